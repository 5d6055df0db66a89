"""Names the small model misses (issue 10, fourteenth round).

- "Police killed the gunman, Omar Mateen, 29": an appositive names the same referent as its head,
  so the named person is the side (and takes that person's country); "his two deputies, A and B"
  and "demonstrators, not fellow Republicans" are no single name.
- "said under the new five-year plan", "struggled to gain traction with his party's base",
  "communicated with her husband in ... messages": a PETRARCH2 dictionary pattern of a verb and
  one content word ("announce ... plan" 032, "struggle ... base" 190, "communicate ... message"
  045) reads the word as the head of the verb's object (a preposition would be written in the
  pattern); a word in an adjunct or a complement clause selects nothing. "set ablaze", "set fire
  to", "imposed new restrictions", "deferred his visit" stay.
- "would meet with the National Rifle Association" in a US story: a named organisation with no
  country of its own takes the story's country, like a named person, once the event is kept (the
  assumed country keeps no business's act); not a body whose name spans a region ("the Eurasian
  Development Forum").
- "made a surprise visit to Kabul": a light verb with an event noun as object names one happening,
  the noun's (the dictionary's "make ... visit", an intent to meet, is not coded beside it);
  "started a hunger strike" is a protest, no attack (a strike of hunger or of workers);
  "launched a bombing campaign", "an arrest drive": a noun of a series named by its event modifier
  is that event.
- "Clinton began her campaign in Iowa": a campaign with no cause named is the run for office, no
  appeal ("launched a campaign against the dam" stays); "a campaign to free the prisoners" puts
  the freeing forward (planned), like "a drive to release them".
- "the opposition staged a walkout", "activists staged a dharna": a walkout or boycott is a boycott,
  a sit-in, dharna or gherao an obstruction (PLOVER PROTEST modes boycott and obstruct).
- "China warned the United States against interfering in Hong Kong": the act warned against is
  the warned party's (object control, like "accused X of V-ing") and is not done (a possibility),
  so only the warning is coded.
- "Many Republicans fear that Trump will destroy the party", "analysts predict Iran will
  retaliate": a future act foreseen by another than its doer is a possibility, no stated intent;
  "Iran said it will retaliate", "Israel believes it will strike" stay threats.
- "Trump called Clinton a liar." parsed as a noun phrase (Trump heading a participle): a sentence
  has a verb, so a participle with an object under a noun heading the whole sentence is the
  sentence's verb and the noun its subject ("A man called John Smith." stays no event).
- "mr modi condemned the carnage" (lower case; the parser takes "modi" for an auxiliary): an
  honorific alone names no one, the word after it is the name.
- "the next day", "the following day", "a day earlier", "two days later", "the day before": a day
  counted from the day last named (in the sentence or the two before it) is that day moved; with
  no day named there, or "the day after the riots" (counted from a day not given), none; "today"
  is no day to count from (in a quote it is the present).

Hand-written sentences; each rule's test fails on the commit before the round (90139c2); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import coded, events

from eventwire.pipeline import process
from eventwire.records import Article


def _dates(text: str) -> list[tuple[str, str | None]]:
    """(trigger, date) of each event of an IPE-style article published on 2002-03-03 (a Sunday)."""
    return [(e.trigger.text, e.date) for e in process(Article(id="t", text=text, published="2002-03-03")).events]


def test_a_named_appositive_is_the_side():
    found = coded("Police killed the gunman, Omar Mateen, 29, in Orlando on Sunday.")
    assert ("ASSAULT", "police", "Omar Mateen") in [(t, a.lower(), r) for t, a, r in found]
    found = coded("The attacker, Ahmed Ali, was arrested by police in Paris on Monday.")
    assert [r for t, a, r in found if t == "COERCE"] == ["Ahmed Ali"]


def test_a_contrasted_appositive_is_no_name_of_the_side():
    found = coded("The delegates will be confronted by left-wing demonstrators, not fellow Republicans.")
    assert all(a != "Republicans" and a != "Republican" for t, a, r in found)


def test_a_dictionary_word_outside_the_object_selects_no_pattern():
    assert coded("The minister said under the new five-year plan, the government would open 15,000 post offices.") == []
    assert coded("Mr. Smith has struggled to gain traction with his party's base.") == []
    assert coded("Ms. Malik communicated with her husband in emails and private messages.") == []


def test_a_dictionary_word_heading_the_object_still_selects_its_pattern():
    assert coded("Officials said the shops were set ablaze by a mob.") == [("ASSAULT", "mob", None)]
    assert coded("The mob set fire to three shops on Monday.") == [("ASSAULT", "mob", None)]
    assert [t for t, a, r in coded("Miscreants tried to set ablaze a shop in the market.")] == ["ASSAULT"]
    assert coded("Russia imposed new import restrictions on Chinese goods.")[0][:2] == ("COERCE", "Russia")
    assert coded("The prime minister deferred his visit to Cambodia.")[0][:2] == ("SANCTION", "prime minister")


def test_a_day_counted_from_the_day_last_named_dates_the_act():
    assert _dates("the mob burnt a bus on wednesday. the next day, police arrested 12 people.") == [
        ("arrested", "2002-02-28")]
    assert _dates("the mob burnt a bus on wednesday. a day later, police arrested 12 people.") == [
        ("arrested", "2002-02-28")]
    assert ("attacked", "2002-02-28") in _dates(
        "police arrested 12 people on friday. the mob had attacked the police station a day earlier.")
    assert ("released", "2002-03-03") in _dates(
        "police arrested 12 people on friday. two days later, the court released them.")


def test_a_day_counted_from_no_named_day_stays_undated():
    assert _dates("the next day, police arrested 12 people.") == [("arrested", None)]
    assert _dates("a day after the riots, police arrested 12 people.") == [("arrested", None)]
    assert _dates("\"today, there are riots,\" he said. a day earlier, police arrested 12 people.") == [
        ("arrested", None)]


_US = "Voters in Ohio, Texas and Florida went to the polls on Tuesday. "


def _sides(text: str) -> list[tuple[str, tuple | None, tuple | None]]:
    return [(e.type, e.actor and (e.actor.name, e.actor.country), e.recipient and (e.recipient.name, e.recipient.country))
            for e in process(Article(id="t", text=_US + text, published="2016-06-16")).events]


def test_a_named_body_takes_the_storys_country():
    assert _sides("Harry Reid criticized the Gun Owners Coalition on Thursday.") == [
        ("ACCUSE", ("Harry Reid", "USA"), ("Gun Owners Coalition", "USA"))]


def test_a_regional_body_or_a_business_act_gains_nothing_from_the_story():
    assert _sides("Harry Reid criticized the Eurasian Development Forum on Thursday.") == [
        ("ACCUSE", ("Harry Reid", "USA"), ("Eurasian Development Forum", None))]
    assert _sides("The Yema Group has been importing bulldozers from the Midwest.") == []


def test_a_light_verb_and_its_event_noun_are_one_happening():
    assert [(t, a) for t, a, r in coded("The president made a surprise visit to Kabul on Monday.")] == [
        ("CONSULT", "president")]
    assert [t for t, a, r in coded("The rebels started a hunger strike.")] == ["PROTEST"]
    assert [t for t, a, r in coded("Police made several arrests in the city on Monday.")] == ["COERCE"]


def test_a_series_named_by_its_event_modifier_is_that_event():
    assert coded("The army launched a bombing campaign against the rebels.") == [("ASSAULT", "army", "rebels")]
    assert [t for t, a, r in coded("Police launched an arrest drive in the city.")] == ["COERCE"]


def test_a_campaign_with_no_cause_is_the_run_for_office():
    assert coded("Clinton began her campaign in Iowa on Monday.") == []
    assert [t for t, a, r in coded("Activists launched a campaign against the dam.")] == ["REQUEST"]


def test_the_aim_of_a_campaign_is_put_forward_not_done():
    found = events("The group launched a campaign to free the prisoners.")
    # (planned, so no event since the twenty-third round: events._unrealised)
    assert [(e.type, e.factuality) for e in found if e.type == "RETREAT"] == []


def test_a_walkout_or_a_dharna_is_a_protest():
    found = coded("The opposition staged a walkout in the assembly.")
    assert [(t, a) for t, a, r in found] == [("PROTEST", "The opposition")]
    found = events("Congress activists staged a dharna outside the collectorate on Friday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "obstruct")]


def test_an_act_warned_against_is_no_act_of_the_warner():
    assert coded("China warned the United States against interfering in Hong Kong.") == [
        ("THREATEN", "China", "United States")]
    assert coded("The UN warned Israel against attacking Gaza.") == [("THREATEN", "UN", "Israel")]


def test_a_future_act_foreseen_by_another_is_no_threat():
    assert coded("Many Republicans fear that Trump will destroy the party.") == []
    assert coded("Analysts predict Iran will retaliate against U.S. bases.") == []


def test_an_intent_stated_or_held_by_the_doer_stays_a_threat():
    assert [t for t, a, r in coded("Iran said it will retaliate against U.S. bases.")] == ["THREATEN"]
    assert [t for t, a, r in coded("Israel believes it will strike Iran soon.")] == ["THREATEN"]


def test_a_sentence_misparsed_as_a_noun_phrase_keeps_its_subject():
    assert [(t, a) for t, a, r in coded("Trump called Clinton a liar.")] == [("ACCUSE", "Donald Trump")]
    assert coded("A man called John Smith.") == []


def test_an_honorific_takes_the_lower_case_name_after_it():
    found = events("ahmedabad: mr modi condemned the godhra carnage in gujarat on saturday.")
    assert [(e.type, e.actor.name, e.actor.country) for e in found] == [("ACCUSE", "mr modi", "IND")]
