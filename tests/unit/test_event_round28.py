"""Trips made, pressing on a matter, compensation, casting as, done participles, postponements
(issue 10, twenty-eighth round).

- "Last week, she made stops in the Denver and Las Vegas media markets", "Clinton traveled to
  Pittsburgh": CAMEO 036 (express intent to meet, PLOVER AGREE) read from a verb of travel told as
  made is the journey itself: the visit (042, PLOVER CONSULT) when it goes to another country than
  the traveller's, else no event (precision.yaml trip_codes, trip_verbs, visit_code;
  event_triggers._trips_made, events._abroad). The future stays the announced meeting, and verbs
  of proposing keep their intention ("Iran proposed talks with Saudi Arabia").
- "Todd pressed Priebus on the subject of Trump's taxes", "Trump was pressed on why he had said
  ...": pressing a party on a matter is a demand (CAMEO 100), not the dictionary's advance "pressed
  on" (190); "the troops pressed on toward the capital" stays force (triggers.yaml).
- "Congress voted to compensate the victims": compensation of the harmed is AID (PLOVER manual:
  reparations and voluntary settlements are AID), not the dictionary's official complaint (114).
- "cast the candidate as 'divisive, stupid and wrong' for proposing a ban": a verb of casting as is a
  verb of judgement whose "for" phrase is its ground, no event (precision.yaml ground_verbs).
- "The government will compensate the families of those killed in the riots": a past participle
  with no auxiliary modifying a noun tells a done act; the future above it is not its own
  (factuality._reduced_relative).
- "The assembly will not meet until March 12": an act put off to a date is scheduled, not refused
  (grammar.yaml postponement_prepositions; event_triggers._postponed); "will not lay down arms"
  stays a refusal.
- Dictionary phrases of no act (triggers.yaml): "ordered the release of internal documents" (a
  disclosure, no one freed: &DOCUMENTS), "Sanders supporters remained defiant" (a state of mind),
  "embroiled in controversy", "sent Mr. Trump an unmistakable message" (a signal, no meeting),
  "hand down his sentence" (the sentencing, nothing returned).
- "Trump's success finally unites top Republican donors", "Clinton's missteps at debate arm her
  rivals": a noun of a thing (grammar.yaml thing_suffixes, thing_heads), a party's only through
  its possessor, does no act (events._thing_of_party); "Armenia's military top brass demanded",
  "the mob's attack killed five" stay.
- "Congress provided about 120 million dollars to the Defense Department", "the army called to
  assist the police": AID from one organ of a state to another of the same state is its own
  business, no aid (precision.yaml state_organ_sectors; events._own_organs); relief to victims
  and aid to another state stay.
- "Iran released the sailors": people named by their trade or nationality (sailors, fishermen,
  crew, nationals, tourists, diplomats ...) are people an act is done to (implicit.yaml
  patient_heads), so their release is no "release of no person".

Hand-written sentences; each rule's test fails on the commit before the round (cd9f49c); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import factual, sides

US = "2016-05-04"
IN = "2002-03-05"


def test_a_trip_abroad_told_as_made_is_a_visit() -> None:
    found = sides("German Chancellor Angela Merkel made a trip to Moscow last week.", US)
    assert [f[:2] for f in found] == [("CONSULT", "made")]


def test_a_trip_at_home_told_as_made_is_no_event() -> None:
    assert sides("Last week, Hillary Clinton made stops in the Denver and Las Vegas media markets.", US) == []
    assert sides("Hillary Clinton traveled to Pittsburgh's Allegheny County on Tuesday.", US) == []


def test_a_future_trip_and_a_proposal_stay_intentions() -> None:   # guards
    assert [f[:2] for f in sides("Senate President Bukola Saraki will on Tuesday lead a Senate delegation "
                                 "to China.", US)] == [("AGREE", "lead")]
    assert [f[:2] for f in sides("Iran proposed talks with Saudi Arabia.", US)] == [("AGREE", "proposed")]


def test_pressing_a_party_on_a_matter_is_a_demand() -> None:
    found = sides("Earlier this week, NBC host Chuck Todd pressed Republican National Chairman Reince Priebus "
                  "on the subject of Trump's taxes.", US)
    assert [f[:2] for f in found] == [("REQUEST", "pressed")]
    assert all(f[0] != "ASSAULT" for f in sides("On the topic of another tough guy, Mr. Putin, Mr. Trump was "
                                                 "pressed on why he had said it was a great honor.", US))


def test_troops_pressing_on_still_use_force() -> None:   # guard
    assert [f[:2] for f in sides("The troops pressed on toward the capital.", US)] == [("ASSAULT", "pressed")]


def test_compensating_victims_is_aid() -> None:
    found = sides("Congress voted to compensate the victims in 1988.", US)
    assert [f[:2] for f in found] == [("AID", "compensate")]


def test_casting_as_is_a_judgement_whose_ground_is_no_event() -> None:
    found = sides("Trump said he was unlikely to have a good relationship with David Cameron because the British "
                  "prime minister cast the U.S. presidential candidate as divisive, stupid and wrong for proposing "
                  "a temporary ban on Muslims entering the United States.", US)
    assert "proposing" not in [f[1] for f in found]


def test_a_participle_of_a_done_act_keeps_its_own_time() -> None:
    found = factual("The government will compensate the families of those killed in the riots.", IN)
    assert ("ASSAULT", "killed", "asserted") in found


def test_an_act_put_off_to_a_date_is_not_refused() -> None:
    assert factual("The assembly will not meet until March 12.", IN) == []
    assert factual("the assembly will not meet again only on march 12.", IN) == []


def test_a_refusal_without_a_date_stays() -> None:   # guard
    assert [f[:2] for f in factual("The rebels will not lay down arms.", IN)] == [("REJECT", "lay")]


def test_a_release_of_papers_frees_no_one() -> None:
    assert sides("A federal judge has ordered the release of internal Trump University documents.", US) == []
    found = sides("The court ordered the release of the prisoners.", IN)   # guard
    assert [f[:2] for f in found] == [("RETREAT", "ordered")]


def test_a_state_of_mind_or_a_message_sent_is_no_act() -> None:
    assert sides("Sanders supporters remained defiant.", US) == []
    assert sides("The party's leaders sent Mr. Trump an unmistakable message.", US) == []
    assert [f[:2] for f in sides("Cambodian troops remained on alert near the Thailand border.", US)] \
        == [("MOBILIZE", "remained")]   # guard


def test_a_sentence_handed_down_is_the_sentencing() -> None:
    found = sides("The judge handed down a sentence of ten years to the former minister.", US)
    assert [f[:2] for f in found] == [("COERCE", "handed")]


def test_a_team_sent_abroad_is_a_visit() -> None:
    assert [f[:2] for f in sides("The president sent a team to Iran.", US)] == [("CONSULT", "sent")]


def test_sailors_released_are_people_freed() -> None:
    assert [f[:2] for f in sides("Iran released the sailors on Tuesday.", US)] == [("RETREAT", "released")]


def test_a_thing_of_a_party_does_no_act() -> None:
    assert sides("Trump's success finally unites top Republican donors against him.", US) == []
    assert sides("Clinton's missteps at debate arm her rivals.", US) == []


def test_a_party_named_by_its_possessor_still_acts() -> None:   # guard
    found = sides("Armenia's military top brass demanded the resignation of the prime minister.", US)
    assert [f[:2] for f in found] == [("REQUEST", "demanded")]


def test_one_organ_of_a_state_funding_another_is_no_aid() -> None:
    assert sides("In the 2016 defense authorization bill, Congress provided about 120 million dollars to the "
                 "Defense Department for a joint program.", US) == []


def test_aid_to_another_state_or_to_victims_stays() -> None:   # guard
    assert [f[:2] for f in sides("Germany provided 28 million euros to the government of Yemen.", US)] \
        == [("AID", "provided")]
