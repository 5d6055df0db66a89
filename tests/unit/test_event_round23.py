"""Acts planned or expected, not yet done (issue 10, twenty-third round).

- "The New York Times is expected to endorse the Democratic candidate", "Clinton plans to call for
  an increase in spending", "Trump has proposed banning Muslims", "the union is going to march":
  the act is not done. PLOVER records what was done, and codes an announced intention as AGREE
  (to cooperate) or THREATEN (to use conflict), as the project's future-intent rules do ("will
  release the prisoners", "will attack Clinton"); an act planned or expected that keeps its own
  type (SUPPORT, REQUEST, COERCE, PROTEST) is no event (events._unrealised; precision.yaml
  intention_factuality, intention_types).
- Only the act the plan or the future is said of (events._planned_here): the verb with "will", or
  the to-infinitive of a word of planning or expectation, through chained infinitives. A verb with
  a tense of its own under such a clause ("after a shooting that killed 14 people, Trump proposed
  ...") and a nominal trigger ("victims of police firing") keep their events.
- "Ted Cruz has captured Iowa", "He captured the neighboring state of New Hampshire": a verb of
  taking territory whose object is a place of the actor's own country, done by a person of no
  armed sector in a sentence with no word of violence, is a contest won; territory is seized from
  another party (PLOVER ASSAULT occupation, COERCE seizure; events._home_state_won). A country's or
  an armed side's capture stays.
- "Trump said the countries should be working together", "it should be up to the prosecutor": a
  demand read from "should" or "must" (PLOVER REQUEST: a party asks another to act) that names no
  one it is made of, in the active voice, is an opinion; no one was asked (events._left_out). A
  passive asks the act of whoever can do it ("Iran said the sanctions must be lifted") and stays.
- An act in the future on a day the text gives is scheduled and stays ("will brief Congress on
  Wednesday", the seed's briefing); a plan with a day is still a plan (events._scheduled).
- "Cruz and Trump differ on Israel": holding other views is a state, not an accusation, which the
  verb dictionary's default gives (precision.yaml non_event_verbs).
- A decision taken is the act ("Japan has decided to lift the sanctions": PLV_train codes it
  YIELD; precision.yaml decision_heads).

Hand-written sentences; each rule's test fails on the commit before the round (a23ac6b); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import factual

US = "2016-05-04"


def test_expected_act_is_no_event() -> None:
    assert factual("The New York Times is expected to endorse the Democratic candidate.", US) == []


def test_planned_act_is_no_event() -> None:
    assert factual("Clinton plans to call for a dramatic increase in federal spending.", US) == []
    assert factual("Trump has proposed temporarily banning Muslims from entering the United States.", US) == []


def test_a_plan_with_a_day_is_still_a_plan() -> None:
    assert factual("Clinton plans to call for an increase in federal spending on Monday.", US) == []
    # (a future act on a day of its own is scheduled and stays: "will brief Congress on Wednesday")
    assert factual("Pompeo will brief Congress on Wednesday.", US) == [("CONSULT", "brief", "future")]


def test_act_in_the_progressive_future_is_no_event() -> None:
    assert factual("Trump is going to march with the Democratic nomination.", US) == []


def test_intentions_and_decisions_stay() -> None:
    assert factual("Trump will attack Clinton on trade.", US) == [("THREATEN", "attack", "future")]
    assert factual("The government will release the prisoners.", US) == [("AGREE", "release", "future")]
    assert factual("Japan has decided to partially lift economic sanctions imposed on India.", US) \
        == [("RETREAT", "lift", "planned")]


def test_act_with_a_tense_of_its_own_or_a_noun_stays() -> None:
    assert ("ASSAULT", "shooting", "planned") in \
        factual("After a shooting by two gunmen that killed 14 people, Trump proposed barring Muslims.", US)
    assert ("ASSAULT", "firing", "planned") in \
        factual("The families of the victims of police firing are seeking compensation.", US)


def test_a_home_state_captured_by_a_politician_is_a_contest_won() -> None:
    assert factual("Ted Cruz has captured Iowa.", US) == []


def test_a_capture_by_a_country_or_of_a_foreign_place_stays() -> None:
    assert factual("Russia captured Crimea in 2014.", US) == [("COERCE", "captured", "asserted")]
    assert factual("Putin captured Crimea.", US) == [("COERCE", "captured", "asserted")]


def test_a_should_of_no_party_is_no_demand() -> None:
    assert factual("Trump said the countries should be working together.", US) == []
    assert factual("The governor said it should be up to the prosecutor.", US) == []


def test_a_should_of_a_party_is_a_demand() -> None:
    assert factual("Huckabee said Paul Ryan should resign.", US) == [("REQUEST", "said", "asserted")]
    assert factual("Iran said the sanctions must be lifted.", US) == [("REQUEST", "said", "asserted")]


def test_differing_is_no_accusation() -> None:
    assert factual("Cruz and Trump differ on Israel.", US) == []
