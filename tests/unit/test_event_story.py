"""The story's country and day, conditions, habitual nouns (issue 10, eleventh round).

- A named party with no country of its own takes the article's country only when the article has
  a clear one: the country most of its evidence (place mentions, coded parties, the dateline's
  place counted twice) points to must lead the next one by half again (implicit.yaml
  ``story_lead_percent``).
- "In May, ..." is a date (the preposition may open the sentence); an event noun has no tense, so
  nothing dates it on the publication day; a present-tense clause's "today" is nowadays, no day
  of narration for the acts after it.
- "should he win" is a condition, no demand.
- "repeated calls" are many occasions, no one happening; "carried out the slaughter" is the attack.

Hand-written sentences; each rule's test fails on the commit before the round (5e9c0df).
"""
from __future__ import annotations

import pytest

from event_helpers import coded, events, types
from eventwire.pipeline import process
from eventwire.records import Article


def _article(text: str, published: str = "2016-08-03"):
    return process(Article(id="t", text=text, published=published))


def _country_of(result, name: str) -> str | None:
    for e in result.events:
        for side in (e.actor, e.recipient):
            if side is not None and side.name == name:
                return side.country
    raise AssertionError(f"{name} is no side of {[(e.type, e.actor, e.recipient) for e in result.events]}")


def test_a_story_split_between_two_countries_gives_no_country_to_an_unknown_name():
    # France: 2 place mentions and "French"; the United States: 3 and Trump -- 4 against 3, no
    # clear lead (before: the place majority made Khan American whatever the rest)
    text = ("French police in Paris, Nice and Lyon guarded the stadiums. Voters in Ohio, Iowa and Texas "
            "watched. Khizr Khan criticised Donald Trump on Tuesday.")
    assert _country_of(_article(text), "Khizr Khan") is None


def test_a_story_clearly_set_in_one_country_still_codes_its_residents():
    text = ("Voters in Ohio, Iowa and Texas watched from New York. Police in Boston waited. "
            "Khizr Khan criticised Donald Trump on Tuesday.")
    assert _country_of(_article(text), "Khizr Khan") == "USA"


def test_the_dateline_place_counts_twice():
    # India: the dateline, twice, and Mumbai; the United States: New York once -> India, 3 of 4
    # (before: two Indian places, short of the three a resident's country needs)
    text = "New Delhi: Rajesh Sharma, who studied in New York and taught in Mumbai, criticised the army on Tuesday."
    assert _country_of(_article(text, "2002-03-05"), "Rajesh Sharma") == "IND"


def test_a_month_after_a_capitalised_preposition_is_a_date():
    result = _article("In May, Xi Jinping and Vladimir Putin signed a treaty.", "2015-12-28")
    assert [e.date for e in result.events][:1] == ["2015-05"]


def test_an_event_noun_is_not_dated_on_the_publication_day():
    result = _article("The attack by Islamic State militants worries the French government.", "2016-06-13")
    attack = [e for e in result.events if e.type == "ASSAULT"]
    assert attack and attack[0].date is None


def test_nowadays_is_no_day_of_narration():
    text = ("Today, the two countries are moving closer. "
            "The Russian army attacked Chechen rebels.")
    result = _article(text, "2015-12-28")
    attacked = [e for e in result.events if e.trigger.text == "attacked"]
    assert attacked and attacked[0].date is None


def test_a_day_in_a_past_clause_still_dates_the_story():
    text = "Police opened fire on Tuesday in Ahmedabad. Four protesters were arrested."
    result = _article(text, "2002-03-01")
    assert {e.date for e in result.events} == {"2002-02-26"}


def test_should_before_its_subject_is_a_condition_not_a_demand():
    assert "REQUEST" not in types(
        "Henson said Cruz will have a tougher time in the general election, should he win his party's nomination.")


def test_repeated_calls_are_no_one_request():
    assert "REQUEST" not in types("Khan decried Donald Trump's repeated calls to ban all Muslims.")
    assert types("Khan decried Donald Trump's calls to ban all Muslims.").count("REQUEST") == 1


def test_carrying_out_a_slaughter_is_the_attack():
    assert coded("The militants carried out the slaughter in the village.")[:1] == [
        ("ASSAULT", "militants", None)]


@pytest.mark.parametrize("text", [
    "Police on Tuesday arrested five men.",
])
def test_guard_dated_verbs_keep_their_day(text):
    assert [e.date for e in events(text)] == ["2020-03-03"]


def test_co_travellers_do_not_consult_each_other():
    # "arrive" codes a visit (CAMEO 040 for PETRARCH2); coordinated travellers visit together
    assert coded("President Barack Obama and Vice President Joe Biden arrived in Orlando on Thursday.") == []
    # a meeting of coordinated parties still goes both ways
    assert len(coded("Vladimir Putin and Xi Jinping met in Beijing on Thursday.")) == 2


def test_an_act_still_pending_is_not_done():
    assert types("Donald Trump has yet to apologize to the Khans.") == []
    assert types("The main accused is yet to be arrested by the police.") == []
    assert types("The police have arrested the main accused.") == ["COERCE"]


def test_them_stands_for_the_people_named_before():
    assert coded("Three boys were returning home. A group of 30 miscreants attacked them near the mosque.") == [
        ("ASSAULT", "30 miscreants", "Three boys")]
    # not the actor's own phrase
    assert coded("The militants seized the villagers and killed them.")[-1] == ("ASSAULT", "militants", "villagers")


def test_a_gerund_in_a_nouns_phrase_is_not_the_subjects_act():
    # the shooter is not Obama; "a campaign of bombing" (of) and "responded by bombing" still climb
    assert "ASSAULT" not in types(
        "President Barack Obama placed flowers at a memorial for shooting victims of the massacre.")
    assert coded("Russia responded by bombing the rebels.")[:1] == [("ASSAULT", "Russia", "rebels")]


@pytest.mark.parametrize("text", [
    "Republican operatives plan to discredit Trump by attacking his business career.",
    "The new law requires schools to break out student data by race.",
])
def test_a_default_attack_on_nothing_force_can_touch_is_no_assault(text):
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "A Palestinian rammed a bulldozer into Israelis at a bus stop.",   # the target after "into"
    "Militants attacked five buses in Kashmir.",                      # property, counted
    "Taliban fighters attacked a convoy in Helmand.",                 # vehicles
    "Russian hackers targeted a group of American politicians.",      # a group of parties
])
def test_force_on_people_places_and_property_stays(text):
    assert types(text)[:1] == ["ASSAULT"]


def test_the_cm_is_a_party():
    # "cm": the chief minister (curated_agents.tsv); the owner of the proposal supported
    assert coded("congress leader naresh rawal supported the cm's proposal.") == [
        ("SUPPORT", "naresh rawal", "cm")]   # (the name after the title, since the thirty-fourth round)


def test_retiring_is_no_concession():
    assert types("Michael Morell, who retired from the CIA in 2013, criticised Donald Trump.") == ["ACCUSE"]


def test_a_past_date_does_not_date_an_act_to_come():
    result = _article("new delhi: police said they would interrogate ansari in connection with the abduction "
                      "of partha roy burman last year.", "2002-03-08")
    assert [(e.type, e.date) for e in result.events] == [("ACCUSE", None)]


def test_intelligence_agencies_named_by_role_are_the_countrys_own():
    text = "Security was tightened on Sunday. Intelligence agencies have warned the police in Lucknow."
    result = _article(text, "2002-03-10")
    assert [e.actor.country for e in result.events if e.actor and e.actor.name.endswith("agencies")] == ["IND"]


def test_blocking_a_proposal_rejects_it():
    assert coded("Russia blocked China's proposal for a development bank.") == [("REJECT", "Russia", "China")]
    assert types("Protesters blocked the highway in Ahmedabad.") == ["COERCE"]   # unchanged


@pytest.mark.parametrize("text", [
    "Chinese influence has provoked mixed feelings in Kazakhstan.",   # an abstraction cannot act
    "Russian companies extracted natural resources in Kazakhstan.",   # mining, no seizure
])
def test_abstractions_and_mining_are_no_events(text):
    assert types(text) == []


def test_an_act_that_is_a_hope_or_plan_is_not_done():
    assert types("The government's only hope was to send me to prison.") == []


def test_a_curfew_imposed_is_the_authorities_act():
    events_ = _article("rajkot: curfew was imposed in two police station areas on thursday.", "2002-03-01").events
    assert [(e.type, e.actor.name, e.actor.implied) for e in events_] == [("COERCE", "authorities", True)]


def test_an_inquiry_ordered_is_the_authorities_act():
    events_ = _article("ahmedabad: a judicial inquiry was ordered into the police firing on tuesday.", "2002-03-06").events
    assert ("ACCUSE", "authorities", True) in [(e.type, e.actor.name, e.actor.implied) for e in events_]


def test_refugees_taken_in_must_be_the_object():
    assert types("Germany is taking aim at a surge of hate speech against refugees.") != ["AID"]
    assert types("Turkey accepted thousands of refugees from Syria.") == ["AID"]
    assert types("Jordan hosts 600,000 Syrian refugees.") == ["AID"]


def test_defending_ones_own_strategy_supports_no_party():
    assert types("Clinton campaign officials defended their Latino voter strategy.") == []
    assert coded("China defended its ally Pakistan.") == [("SUPPORT", "China", "Pakistan")]   # another party

