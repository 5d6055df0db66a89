"""Dictionary keywords a verb only refers to, uses, holds or carries; leaving for a place; things
handed over (issue 10, thirty-seventh round).

The PETRARCH2 verb dictionary codes a verb by any keyword of its pattern found after it in the
clause. Where the verb does not act on what the keyword names, the project's patterns
(triggers.yaml, code null) now say it is no event; where it does, the dictionary's code stays:

- "citing the ongoing investigation by the F.B.I." refers to an inquiry (EXPLAIN_VERBAL +
  &INVESTIGATION = 090 investigate); "announced a judicial inquiry" stays.
- "described his visit", "describe rival Ted Cruz": describing intends no visit (036) and
  criticizes no one (110).
- "attacks using helicopters" investigates nothing (UTILIZE + &AIRCRAFT = 090); "carried arms
  openly" and "carrying out a dual mission" send nothing (SEND's "carry": 154, 072, 036).
- "will protect reproductive rights": a right is no party (DEFEND + right = 052).
- "heading the civil rights division", "leading Mrs. Clinton's vice-presidential search": an
  office held (OVERSEE_MANAGE + rights = 0833, + search = 090).
- "a speech addressing the terrorist attacks" speaks about them (OVERSEE_MANAGE + attack = 113).
- "decided to set up district level peace committees": a body of one's own (CONSTRUCT +
  committee = 030); a joint committee with another party stays cooperation.
- "left for his Hawaii vacation": leaving for a place goes there; leaving a country (its object,
  or a from-phrase) stays a withdrawal (CAMEO 0874).
- "handed me a thick envelope": a thing handed over is no return of what was held (CAMEO 084);
  handed over to someone (a to-phrase) and prisoners handed over stay.

Hand-written sentences; each rule's test fails on the commit before the round (d309598); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import dated, sides, types

from eventwire.pipeline import process
from eventwire.records import Article

US = "2016-05-10"
IN = "2002-03-10"


def test_citing_an_investigation_is_no_investigation() -> None:
    text = ("The Obama administration is still reluctant to call the attack an act of terrorism, "
            "citing the ongoing investigation by the F.B.I.")
    assert "ACCUSE" not in types(text, US)


def test_announcing_an_inquiry_stays() -> None:   # guard
    text = "Chief Minister Narendra Modi announced a judicial inquiry into the fire on Tuesday."
    assert types(text, IN) == ["ACCUSE"]


def test_describing_a_rival_criticizes_no_one() -> None:
    text = "A woman at one of the rallies used a vulgar word to describe rival Ted Cruz."
    assert types(text, US) == []


def test_using_aircraft_investigates_nothing() -> None:
    text = "The Syrian army carried out two chemical weapons attacks using helicopters on villages in Idlib."
    assert types(text, US) == ["ASSAULT"]


def test_carrying_arms_sends_nothing() -> None:
    assert types("Supporters of the governor carried arms openly in Cleveland outside the convention.", US) == []


def test_protecting_rights_is_no_event() -> None:
    assert types("Republicans have become increasingly devoted to protecting gun rights.", US) == []


def test_heading_a_division_is_an_office_held() -> None:
    text = "Thomas Perez headed the civil rights division at the Justice Department."
    assert types(text, US) == []


def test_a_speech_addressing_attacks_is_no_criticism() -> None:
    text = "Donald Trump will deliver a speech on Monday addressing the terrorist attacks in Orlando."
    assert types(text, US) == []


def test_setting_up_ones_own_committees_is_no_promise() -> None:
    text = "The Gujarat government has decided to set up district level peace committees."
    assert types(text, IN) == []


def test_a_joint_committee_stays_cooperation() -> None:   # guard
    text = "India and Pakistan set up a joint committee on trade on Tuesday."
    assert types(text, IN) == ["COOPERATE"]


def test_leaving_for_a_place_is_no_withdrawal() -> None:
    assert types("President Obama left for his Hawaii vacation on Friday.", US) == []


def test_leaving_a_country_stays_a_withdrawal() -> None:   # guard
    assert [(t, r) for t, _, _, r in sides("American troops left Iraq on Sunday.", US)] == [("RETREAT", "Iraq")]


def test_a_thing_handed_over_is_no_return() -> None:
    assert types("Instead, Senator Warren handed the reporter a thick envelope.", US) == []


def test_prisoners_handed_over_stay_released() -> None:   # guard
    text = "The rebels handed over the prisoners to the Red Cross on Sunday."
    assert types(text, IN) == ["RETREAT"]


# second batch

def test_arguing_ones_fight_is_no_demonstration() -> None:
    text = "Senator Murphy argued his fight to increase funding for public schools is especially important."
    assert types(text, US) == []


def test_raising_concerns_is_no_meeting() -> None:
    assert types("Civil rights activists raised specific concerns about racism and job security.", US) == []


def test_raising_concerns_with_a_party_consults_it() -> None:   # guard
    text = "The ambassador raised concerns with the Chinese government on Monday."
    assert [(t, r) for t, _, _, r in sides(text, US)] == [("CONSULT", "Chinese government")]


def test_signs_of_a_feeling_disapprove_of_no_one() -> None:
    assert types("Both the candidate and her staff are showing signs of irritation.", US) == []


def test_stepping_up_efforts_is_no_mobilization() -> None:
    text = "The coalition increased its efforts against the Islamic State on Monday."
    assert "MOBILIZE" not in types(text, US)


def test_taking_on_protesters_is_no_repression() -> None:
    text = "Hillary Clinton aggressively took on protesters loyal to Bernie Sanders on Thursday."
    assert "ASSAULT" not in types(text, US)


def test_announcing_ones_support_endorses() -> None:
    text = "Marco Rubio is announcing his support for Donald Trump."
    assert [(t, r) for t, _, _, r in sides(text, US)] == [("SUPPORT", "Donald Trump")]


def test_meeting_ones_brother_is_private() -> None:
    assert types("Donald Trump met his older brother Freddy for dinner in Queens.", US) == []


def test_the_families_of_victims_visited_stay() -> None:   # guard
    assert types("The home minister visited the families of the riot victims on Sunday.", IN) == ["CONSULT"]


def test_embarking_on_an_undertaking_consults_no_one() -> None:
    text = ("Thirteen years after President Bush and Congress embarked on the biggest education experiment, "
            "the law was replaced.")
    assert "CONSULT" not in types(text, US)


def test_a_harms_weekday_looks_back_under_a_present_clause() -> None:
    text = ("The timeline of events in the Islamist massacre Tuesday in San Bernardino shows that the name "
            "was announced on a police scanner.")
    assert [(t, d) for t, _, d in dated(text, "2015-12-04") if t == "ASSAULT"] == [("ASSAULT", "2015-12-01")]


def test_a_harms_month_looks_back_under_a_present_clause() -> None:
    text = "Guns are a particularly emotional issue in South Carolina after the Charleston church massacre in June."
    assert [d.date for d in process(Article(id="t", text=text, published="2016-02-25")).dates] == ["2015-06"]


def test_a_meetings_month_still_looks_ahead() -> None:   # guard
    text = "The summit in June will focus on trade."
    assert [d.date for d in process(Article(id="t", text=text, published="2016-02-25")).dates] == ["2016-06"]


def test_taking_a_round_of_a_city_tours_it() -> None:
    assert types("George Fernandes visited Ahmedabad on Monday, taking a round of the city.", IN) == ["CONSULT"]


def test_taking_a_leader_along_is_no_arrest() -> None:
    assert types("Singh chose to take his critic and senior BJP leader along on the tour.", IN) == []


def test_taking_a_leader_into_custody_stays_an_arrest() -> None:   # guard
    assert types("Police took the BJP leader into custody on Monday.", IN) == ["COERCE"]


def test_officers_transferred_are_posted_not_mobilized() -> None:
    text = "Some police officers, who had taken effective steps against rioters, were transferred on Monday."
    assert types(text, IN) == []


def test_police_forces_transferred_stay_mobilized() -> None:   # guard
    assert types("The government transferred police forces to Ayodhya on Monday.", IN) == ["MOBILIZE"]


def test_campaigning_on_an_issue_is_no_attack() -> None:
    assert types("Trump campaigned on immigration in Iowa on Monday.", US) == []


def test_campaigning_for_a_release_stays_an_appeal() -> None:   # guard
    assert "REQUEST" in types("Activists campaigned for the release of the jailed journalists.", US)


def test_pushing_for_an_item_is_an_appeal_not_an_advance() -> None:
    assert types("Trump pushed for the agenda item on the Republican side.", US) == ["REQUEST"]


def test_troops_pushing_on_stay_an_advance() -> None:   # guard
    assert types("The troops pushed on toward Baghdad on Monday.", US) == ["ASSAULT"]


def test_the_families_of_victims_met_at_ones_residence_stay() -> None:   # guard (a possessive elsewhere)
    text = "The chief minister met the families of the victims at his residence on Sunday."
    assert types(text, IN) == ["CONSULT"]


def test_a_leader_taken_away_stays_an_arrest() -> None:   # guard
    assert types("Police took away the VHP leader on Monday.", IN) == ["COERCE"]
