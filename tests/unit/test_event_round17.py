"""The hot-news perfect, spans' bounds, lists of links, demands on things (issue 10, seventeenth
round).

- "Violence broke out on Sunday. Two more people have been killed and over 100 persons have been
  arrested": a present perfect whose patient is counted by a number reports a particular recent
  happening (the "hot news" perfect), so it takes the story's day; "The BJP has asked the
  government to resign" (no count) and "have arrested 300 people till now" (a running total) take
  none.
- "a police force was present on the spot since saturday night": a date heading a span (since,
  until, during ...) bounds a state, so it sets no story day; the undated arrests told after it
  keep the story's day (Sunday).
- "... the dm said. Â vhp demands judicial probe into bengal firingÂ babri leader taken into
  preventive custodyÂ crpf conducts flag march": three or more headlines joined by no-break spaces
  to the end of a line are a crawl's links to other stories: no events from them; "related storyÂ
  police arrest 40" likewise after a navigation label in mid-line; a sentence with "Mr. Trump"
  written with no-break spaces stays.
- "the focus should be on ...", "said the debate should be about jobs": an obligation whose
  subject is a thing that names no party asks no one to act (no PLOVER REQUEST); "said the
  sanctions must be lifted", "military intervention must be avoided" (a passive: someone is asked
  to lift them, not to intervene) and "said the administration should resign" stay.

- "a minimum support price of rs 700": an amount of rupees (counts.yaml currencies, "rs") is
  money, no party; "deployed 95 companies of military and para military forces": a unit counted
  of armed forces is the actor's own force moved (MOBILIZE), no recipient.
- "did not mention proposals to ban Muslims", "discussed plans to deport": the act in the
  infinitive of a noun that is the object of a verb of mentioning is no act of the subject's (whose
  plan it is, the clause does not say); "unveiled a proposal to ban Muslims" stays the unveiler's.
- "won promises from Sanders to support the nominee", "faced pressure from Democrats to veto": the
  from-party of a noun of asking, intending or refusing voiced it (as for "criticism from the
  U.N."), and the subject of the verb of undergoing is whom it was aimed at.
- "are mad at Sanders for agreeing to debate", "was furious with Netanyahu for criticizing": the
  at/with party of an adjective of feeling did the act of its for-phrase (object control, as for
  "lashed out at Israel for attacking Gaza").

- '"I would enthusiastically welcome his support," Pence said': direct speech keeps the speaker's
  own tense, so its "would" is a possibility, no backshifted "will" (no future AGREE); "Iran said
  it would retaliate" (reported speech) stays a future threat.
- "was postponing a Monday evening rally", "had canceled a joint rally with Obama": putting off
  one's own event is no act toward a party; "the police postponed the opposition's rally"
  (another's, named) and "canceled his meeting with Putin" (a refusal to meet) stay.

- "the police have the power to arrest the rioters", "the government's responsibility to
  apprehend the key planner": an act that is the infinitive of a noun of power or duty is not done
  (factuality.yaml hypothetical_heads).
- "the anti-vhp seers alleged ...": a name joined by a hyphen to a stance prefix (anti-, pro-, non-:
  grammar.yaml stance_prefixes) in lower-case text names what its holders oppose or favour; they are
  not that party.

- "Ted Cruz has captured Texas and Oklahoma", "captured his home state of Vermont", "picked up two
  delegates": in an article about an election, states or delegates won in a sentence with no word
  of violence are a contest won, no seizure or arrest; "ISIS fighters captured Palmyra after heavy
  fighting" stays.
- "is thanking supporters at a rally", "greeted voters inside a polling location": a candidate's
  thanks or greeting to the electorate is campaigning, no PLOVER SUPPORT.
- "has demonstrated that his critics ...", "to demonstrate how Clinton was influenced": a verb of
  showing with a clause is no protest; "thousands demonstrated against the war" stays.

- "has been attacked on the speeches by Bernie Sanders": a by-phrase naming a person or an
  organisation that the parser hung on the passive verb's adjunct is the verb's agent
  (syntax_rules.yaml misattached_passive_agent), so the attack is Sanders's criticism (ACCUSE), not
  an agentless assault.

- "there wasn't enough evidence to convict him": the infinitive of a noun or adjective of
  sufficient degree (grammar.yaml sufficiency_degree_words) is what the amount would allow, no act.
- "Billionaire Mark Cuban criticized Donald Trump": a person's own name is no nationality (the
  phrase is coded without the name, so "Cuban" gives no CUB); "Iraqi Prime Minister Haider
  al-Abadi" keeps IRQ from the words before the name.

- "the police opened fire on women devotees", "fired tear gas at the crowd": an instrument as the
  object is no party; whom it is aimed at (on, at, upon, into, towards: implicit.yaml aim_preps) is
  the recipient ("opened fire on sunday": a day is none).

- "about the United States' backing independence for Kosovo": the possessor written right before a
  gerund is its subject (trace actor:gerund_possessor), however the parser hung the possessive.
- "Emerging from a 45-minute meeting with President Obama": the with-party of a meeting noun in a
  consultation's own phrases is whom it consulted.

- "The NDA allies met on Wednesday. Later in the evening, the Congress ... condemned": a part of
  the day last named (dates.yaml anaphoric_days: "later in the evening", "earlier in the morning")
  is that day, as "later in the day" was.

Hand-written sentences; each rule's test fails on the commit before the round (8b3592d); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import dated, sides

from eventwire.pipeline import process
from eventwire.records import Article


def _events(text: str, published: str = "2002-03-04") -> list[tuple[str, str, str | None]]:
    return dated(text, published)


def test_a_counted_present_perfect_is_hot_news_of_the_storys_day():
    found = _events("Violence broke out in the city on Sunday. Two more people have been killed and over 100 "
                    "persons have been arrested, police said.")
    assert ("ASSAULT", "killed", "2002-03-03") in found
    assert ("COERCE", "arrested", "2002-03-03") in found


def test_an_active_counted_perfect_is_hot_news_too():
    assert ("COERCE", "arrested", "2002-03-03") in _events(
        "Violence broke out in the city on Sunday. The police have arrested 40 people.")


def test_an_uncounted_or_running_perfect_takes_no_day():   # guard
    found = _events("Violence broke out in the city on Sunday. The BJP has asked the government to resign. "
                    "The police have arrested 300 people till now.")
    assert [d for t, w, d in found if w in ("asked", "arrested")] == [None, None]


def test_a_date_bounding_a_span_is_no_story_day():
    found = _events("The clash took place in canning on sunday. A large police force was present on the spot "
                    "since saturday night. At least 40 persons have been arrested, the dm said.",
                    published="2002-03-10")
    assert ("COERCE", "arrested", "2002-03-10") in found


def test_headlines_joined_by_no_break_spaces_are_links_not_news():
    text = ("The police arrested 40 persons on sunday, the dm said. \u00c2 vhp demands judicial probe into bengal "
            "firing\u00c2 babri leader taken into preventive custody\u00c2 crpf conducts flag march in ayodhya "
            "\u00c2 bjd joins trinamool, tdp in opposing bhoomi puja  \n\nFacebook Twitter")
    found = _events(text, published="2002-03-10")
    assert [w for t, w, d in found] == ["arrested"]


def test_a_navigation_label_in_mid_line_starts_links():
    assert _events("The team lost the match. related story\u00a0police arrest 40 in vadodara") == []


def test_no_break_spaces_in_a_sentence_are_no_links():   # guard
    found = _events("Mr.\u00a0Trump met Mr.\u00a0Xi and Mr.\u00a0Abe on Monday.", published="2016-03-10")
    assert [t for t, w, d in found] == ["CONSULT"]


def test_an_obligation_of_a_thing_is_no_demand():
    for text in ("The focus should be on the federal government's influence over education, Senator Marco "
                 "Rubio said.",
                 "Senator Marco Rubio said the debate should be about jobs."):
        assert [t for t, w, d in _events(text, published="2016-05-23")] == [], text


def test_an_act_asked_on_a_thing_or_of_a_party_stays_a_demand():   # guard
    assert ("REQUEST", "said", None) in _events("Iran said the sanctions must be lifted.", published="2016-05-23")
    assert [t for t, w, d in _events("EU says military intervention in Venezuela must be avoided.",
                                     published="2016-05-23")] == ["REQUEST"]
    assert [t for t, w, d in _events("Senator Marco Rubio said the administration should resign.",
                                     published="2016-05-23")] == ["REQUEST"]


def _sides(text: str, published: str = "2002-03-11") -> list[tuple[str, str, str | None, str | None]]:
    return sides(text, published)


def test_an_amount_of_rupees_is_no_party():
    found = _sides("the farmers held a dharna on monday demanding a minimum support price of rs 700 per quintal "
                   "from the government.")
    assert found and all(r is None or "rs" not in r.split() for t, w, a, r in found)


def test_units_of_armed_forces_moved_are_the_actors_own():
    found = _sides("The state government deployed 95 companies of military and para military forces in Ayodhya "
                   "on Monday.")
    assert [(t, r) for t, w, a, r in found] == [("MOBILIZE", None)]


def test_forces_moved_against_a_party_keep_it_as_recipient():   # guard
    found = _sides("The government deployed the army against the rebels on Monday.")
    assert [(t, r) for t, w, a, r in found] == [("MOBILIZE", "rebels")]


def test_a_plan_mentioned_is_not_the_mentioners_act():
    for text in ("Donald Trump did not mention proposals to ban Muslims from entering the country.",
                 "Donald Trump discussed plans to deport immigrants."):
        assert not any(a == "Donald Trump" and t == "COERCE" for t, w, a, r in _sides(text, "2016-06-13")), text


def test_a_plan_unveiled_is_the_unveilers_act():   # guard
    # (a planned ban is no event since the twenty-third round; a deployment announced still is)
    found = _sides("Donald Trump unveiled a plan to deploy troops to the border.", "2016-06-13")
    assert [(t, w, a) for t, w, a, r in found] == [("MOBILIZE", "deploy", "Donald Trump")]


def test_the_from_party_of_a_promise_or_demand_voiced_it():
    found = _sides("Hillary Clinton won promises from Bernie Sanders to support the nominee.", "2016-05-27")
    assert ("AGREE", "promises", "Bernie Sanders", "Hillary Clinton") in found
    found = _sides("Barack Obama faced pressure from Democrats to veto the bill.", "2016-05-27")
    assert any(t == "REQUEST" and a == "Democrats" and r and "Obama" in r for t, w, a, r in found)


def test_the_one_a_feeling_is_about_did_the_act_of_its_for_phrase():
    found = _sides("Democrats are mad at Bernie Sanders for agreeing to debate Donald Trump.", "2016-05-27")
    assert any(w == "agreeing" and a == "Bernie Sanders" for t, w, a, r in found)
    found = _sides("Barack Obama was furious with Benjamin Netanyahu for criticizing the deal.", "2016-05-27")
    assert any(w == "criticizing" and a and "Netanyahu" in a for t, w, a, r in found)


def test_a_criticised_party_did_the_act_of_its_for_phrase():   # guard
    found = _sides("Iran lashed out at Israel for attacking Gaza.", "2016-05-27")
    assert ("ASSAULT", "attacking", "Israel", "Gaza") in found


def test_would_in_direct_speech_is_no_backshifted_will():
    assert _events('"I would enthusiastically welcome his support," Mike Pence said.', "2016-04-30") == []


def test_would_in_reported_speech_is_a_future():   # guard
    assert ("THREATEN", "retaliate", None) in _events("Iran said it would retaliate against the United States.",
                                                      "2016-04-30")


def test_putting_off_ones_own_event_is_no_act():
    for text in ("Trump's campaign released a statement saying it was postponing a Monday evening rally.",
                 "By Sunday afternoon Hillary Clinton had canceled a joint rally with Barack Obama."):
        assert _events(text, "2016-06-13") == [], text


def test_putting_off_anothers_rally_or_a_meeting_stays():   # guard
    assert [t for t, w, d in _events("The police postponed the opposition's rally.", "2016-06-13")] == ["COERCE"]
    assert [t for t, w, d in _events("Donald Trump canceled his meeting with Vladimir Putin.", "2016-06-13")] \
        == ["REJECT"]


def test_a_power_or_duty_to_act_is_no_act():
    for text in ("the police have the power to arrest the rioters.",
                 "the opposition stressed the government's responsibility to apprehend the key planner."):
        assert not any(t == "COERCE" for t, w, d in _events(text, "2002-03-03")), text


def test_a_stance_prefix_joined_to_a_name_is_no_party_of_it():
    found = _sides("the anti-vhp seers alleged on friday that the vhp wanted to grab their properties.",
                   "2002-03-22")
    assert found and all(a is None or a.startswith("anti-") for t, w, a, r in found)


_PRIMARY = "Voters went to the polls in the Super Tuesday primaries and caucuses on Tuesday. "


def test_states_and_delegates_won_in_an_election_are_no_seizure():
    for text in ("Ted Cruz has captured Texas and Oklahoma.", "He also captured his home state of Vermont.",
                 "Bernie Sanders picked up two delegates."):
        assert not any(t == "COERCE" for t, w, d in _events(_PRIMARY + text, "2016-03-01")), text


def test_a_town_captured_by_fighters_stays_a_seizure():   # guard
    found = _events(_PRIMARY + "ISIS fighters captured Palmyra after heavy fighting.", "2016-03-01")
    assert any(t == "COERCE" and w == "captured" for t, w, d in found)


def test_thanking_or_greeting_voters_is_campaigning():
    for text in ("John Kasich is thanking supporters at a rally in Mississippi.",
                 "Former President Bill Clinton greeted voters inside a polling location in Boston."):
        assert _events(text, "2016-03-01") == [], text


def test_demonstrating_that_something_is_so_is_no_protest():
    for text in ("Donald Trump has demonstrated that his critics do so at their own peril.",
                 "Bernie Sanders is struggling to demonstrate how Hillary Clinton was influenced by Wall Street."):
        assert not any(t == "PROTEST" for t, w, d in _events(text, "2016-03-01")), text


def test_demonstrating_against_a_war_stays_a_protest():   # guard
    assert [t for t, w, d in _events("Thousands demonstrated against the war in London on Saturday.",
                                     "2016-03-01")] == ["PROTEST"]


def test_a_by_phrase_on_a_passive_verbs_adjunct_is_its_agent():
    found = _sides("Hillary Clinton has been attacked on the speeches by Bernie Sanders, who cites them as evidence.",
                   "2016-04-14")
    assert ("ACCUSE", "attacked", "Bernie Sanders", "Hillary Clinton") in found


def test_a_things_by_phrase_is_no_agent():   # guard
    found = _sides("The village was attacked on Monday by militants.", "2016-04-14")
    assert ("ASSAULT", "attacked", "militants", "village") in found


def test_an_infinitive_of_sufficiency_is_not_done():
    found = _events("Prosecutors determined there wasn't enough evidence to convict him of grabbing a reporter.",
                    "2016-04-14")
    assert not any(w == "convict" for t, w, d in found)


def test_a_persons_name_is_no_nationality():
    found = [e for e in process(Article(id="t", text="Billionaire Mark Cuban criticized Donald Trump on Monday.",
                                        published="2016-03-14")).events]
    assert found and found[0].actor is not None and found[0].actor.country != "CUB"


def test_a_nationality_before_a_persons_name_stays():   # guard
    found = [e for e in process(Article(id="t", text="Iraqi Prime Minister Haider al-Abadi criticized Turkey on Monday.",
                                        published="2016-03-14")).events]
    assert found and found[0].actor is not None and found[0].actor.country == "IRQ"


def test_whom_an_instrument_is_aimed_at_is_the_recipient():
    assert ("ASSAULT", "opened", "police", "women devotees") in _sides("the police opened fire on women devotees on sunday.")
    assert ("ASSAULT", "fired", "police", "the crowd") in _sides("police fired tear gas at the crowd on monday.")


def test_a_day_after_an_instrument_is_no_recipient():   # guard
    assert ("ASSAULT", "opened", "police", None) in _sides("the police opened fire on sunday.")


def test_the_possessor_before_a_gerund_is_its_subject():
    found = _sides("Putin complained bitterly about the United States' backing independence for Kosovo in 2008.",
                   "2015-12-19")
    assert any(w == "backing" and a == "United States" for t, w, a, r in found)


def test_the_with_party_of_a_meeting_is_whom_it_consulted():
    found = _sides("Emerging from a 45-minute meeting with President Barack Obama, Bernie Sanders told reporters "
                   "he was pleased.", "2016-01-28")
    assert any(t == "CONSULT" and r and "Obama" in r for t, w, a, r in found)


def test_a_part_of_the_day_last_named_dates_the_act():
    found = _events("The NDA allies met on Wednesday. Later in the evening, the Congress working committee passed a "
                    "resolution condemning the government.", "2002-03-14")
    assert ("ACCUSE", "condemning", "2002-03-13") in found
