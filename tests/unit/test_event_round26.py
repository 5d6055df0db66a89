"""Charges about happenings, fights that are contests, a noun that tells an act again, activities
that are no side (issue 10, twenty-sixth round).

- "condemned the violence in Gujarat", "condemned the attack on a church in Islamabad": a charge
  (PLOVER ACCUSE) is aimed at whoever did the happening it is about; the place the happening's noun
  names after "in"/"at", and the victim of a happening of force after "on"/"against", are no
  recipient -- unless the noun is the charge itself ("an investigation into Hillary Clinton") or an
  act whose doer is conventionally the state of the place ("denounced journalist detentions in
  Venezuela"; event_actors.charged_happening, actor_words.yaml charged_happening_types; trace
  ``recipient:none:charged_happening``).
- "he fought really hard", "fight these laws", "Trump fought Rubio in Florida": "fight" by a person
  or a civilian body in a sentence with no word of violence is a contest, no force and no charge,
  however the CAMEO dictionary codes it (precision.yaml competition_verbs; events._competition);
  armed sides still fight ("Rebels fought government troops").
- "Clinton attacked Trump on Monday. ... Clinton's attacks on Trump ...": an event noun owned by
  its named actor, with no date of its own, tells again an act of the same type, actor and
  recipient the article records: one record, the noun a mention of it (events._duplicate,
  _owned_noun); so when the noun lacks the recipient the act names (events._partial).
- "demanded a CBI inquiry", "proposed a New York debate", "demanded a compensation": a noun of an
  activity or proceeding is never a side, whatever names modify it (actor_words.yaml
  activity_heads, event_actors.activity_noun).

- "Bernie Sanders spoke in Ohio. Sanders criticized Hillary Clinton": a capitalised word the
  tagger left out of every entity (even as a common noun, "Sanders" NNS) that is the surname of
  the article's one named person of that surname is that person (event_actors._surname_of).
- "Sanders supporters said they have rallied behind the Trump ticket": rallying behind a party is
  backing it (triggers.yaml, CAMEO 051), no demonstration.
- "She also called for all candidates to lay out their plans" in a US story: a common noun of
  agents with no country, name or foreign word is of the story's country (events._story_agent).

- "the party should brace for ...", "he should relax and accept it": a state of mind urged asks
  no act (grammar.yaml mental_state_verbs: brace, relax, shock, calm).

Hand-written sentences; each rule's test fails on the commit before the round (873a915); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import sides

from eventwire import Article
from eventwire.pipeline import process

US = "2016-05-04"
IN = "2002-03-05"


def test_the_place_or_victim_of_a_happening_charged_is_no_recipient() -> None:
    assert sides("Aligarh Muslim University teachers have condemned the violence in Gujarat.", IN) \
        == [("ACCUSE", "condemned", "Aligarh Muslim University teachers", None)]
    assert sides("The board also condemned the riots in Gujarat.", IN) == [("ACCUSE", "condemned", "The board", None)]
    assert sides("Shahabuddin also condemned the attack on a church in Islamabad.", IN) \
        == [("ACCUSE", "condemned", "Shahabuddin", None)]
    assert sides("Congressional Republicans are investigating the 2012 attack on the United States diplomatic "
                 "compound in Benghazi.", US) == [("ACCUSE", "investigating", "Republicans", None)]


def test_a_charge_keeps_its_target_when_the_noun_names_it() -> None:
    assert sides("The FBI launched an investigation into Hillary Clinton.", US) \
        == [("ACCUSE", "launched", "FBI", "Hillary Clinton")]
    assert sides("The minister denounced journalist detentions in Venezuela.", US)[0] \
        == ("ACCUSE", "denounced", "minister", "Venezuela")
    assert sides("Trump condemned Iran for the attack on the embassy.", US) == [("ACCUSE", "condemned", "Trump", "Iran")]


def test_a_fight_of_civilian_sides_is_a_contest() -> None:
    assert sides("Advocates said it is critical to fight these laws on a local basis.", US) == []
    assert sides("Trump fought Rubio in Florida.", US) == []


def test_armed_sides_still_fight() -> None:
    assert sides("Rebels fought government troops on Sunday.", US) == [("ASSAULT", "fought", "Rebels", "government troops")]
    assert sides("The army fought the rebels near the town.", US) == [("ASSAULT", "fought", "army", "rebels")]


def test_an_owned_event_noun_tells_an_act_again() -> None:
    text = "Bernie Sanders stepped up his criticism on Tuesday. Clinton said Sanders' criticism was unfair."
    events = process(Article(id="t", text=text, published=US)).events
    assert [(e.type, e.trigger.text, e.actor.name if e.actor else None) for e in events] \
        == [("ACCUSE", "stepped", "Bernie Sanders")]
    assert len(events[0].mentions) == 2   # "his criticism" and "Sanders' criticism"


def test_an_unowned_noun_of_another_place_stays_its_own_event() -> None:
    text = "Police fired on the mob in Vadodara on Monday. Police firing in Baroda killed two."
    found = [(e.type, e.trigger.text) for e in process(Article(id="t", text=text, published=US)).events]
    assert ("ASSAULT", "firing") in found and ("ASSAULT", "fired") in found


def test_an_activity_is_no_side() -> None:
    assert sides("haryana congress on monday demanded a compensation of rs 2,000 per acre for farmers.", IN) \
        == [("REQUEST", "demanded", "haryana congress", None)]
    assert sides("Clinton proposed a New York debate on the evening of April 4.", US) == []


def test_rallying_behind_a_party_backs_it() -> None:
    assert sides("Supporters of Cruz said they have rallied behind the Trump ticket.", US) \
        == [("SUPPORT", "rallied", "Supporters of Cruz", "Trump ticket")]


def test_a_rally_against_a_party_stays_a_protest() -> None:
    assert sides("Thousands rallied in Tehran against the United States.", US) \
        == [("PROTEST", "rallied", "Thousands", "United States")]


def test_a_common_noun_of_agents_is_of_the_story_country() -> None:
    text = "Hillary Clinton attacked Donald Trump in Ohio. She also called for all candidates to lay out their plans."
    found = [(e.type, e.recipient.name, e.recipient.country)
             for e in process(Article(id="t", text=text, published=US)).events if e.recipient is not None]
    assert ("REQUEST", "all candidates", "USA") in found


def test_a_nationality_or_a_foreign_word_keeps_a_common_noun_uncoded() -> None:
    text = "Donald Trump spoke in Iowa on Monday. World leaders condemned Trump on Tuesday."
    actors = [(e.actor.name, e.actor.country) for e in process(Article(id="t", text=text, published=US)).events
              if e.actor is not None and e.type == "ACCUSE"]
    assert actors == [("World leaders", None)]


def test_an_owned_noun_without_a_recipient_retells_the_act_that_names_one() -> None:
    for text in ("Hillary Clinton attacked Donald Trump on Monday in Ohio. Critics said Clinton's attacks were unfair.",
                 "Clinton's attacks were unfair, critics said. Hillary Clinton attacked Donald Trump on Monday in Ohio."):
        events = process(Article(id="t", text=text, published=US)).events
        assert [(e.type, e.trigger.text, e.recipient.name if e.recipient else None) for e in events] \
            == [("ACCUSE", "attacked", "Donald Trump")]
        assert len(events[0].mentions) == 1


def test_a_surname_the_tagger_left_out_is_the_person_named_before() -> None:
    text = "Bernie Sanders spoke in Ohio on Tuesday. Sanders criticized Hillary Clinton on Wednesday."
    actors = [(e.actor.name, e.actor.country) for e in process(Article(id="t", text=text, published=US)).events
              if e.actor is not None]
    assert actors == [("Bernie Sanders", "USA")]



def test_a_state_of_mind_urged_asks_no_act() -> None:
    assert sides("Reid said the party should brace for how unpredictable this election could be.", US) == []
    assert sides("They are his mortal enemy, so he should relax and accept it, Gingrich said.", US) == []


def test_an_act_urged_stays_a_request() -> None:
    assert [t for t, *_ in sides("Trump said Paul Ryan should resign.", US)] == ["REQUEST"]


def test_an_act_lacking_its_recipient_is_not_merged_into_an_owned_noun_that_names_one() -> None:
    text = ("Donald Trump's refusal to endorse Paul Ryan angered Republicans on Monday. "
            "But Ryan was not the only Republican whom Trump refused to endorse.")
    found = [(e.type, e.trigger.text) for e in process(Article(id="t", text=text, published=US)).events]
    assert ("REJECT", "refusal") in found and ("REJECT", "refused") in found
