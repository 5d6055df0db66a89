"""Humanitarian aid and the bodies that give it (issue 10, seventh round).

The PLOVER manual's AID: "humanitarian aid such as emergency assistance", given by states, the UN,
NGOs and aid groups to the people of a disaster. Hand-written sentences, no corpus text; each
rule's test fails on the code before it (checked against a snapshot of the source before the rule).
"""
from __future__ import annotations

import pytest

from eventwire.pipeline import process
from eventwire.records import Article


def aid(text: str):
    found = [e for e in process(Article(id="t", text=text, published="2020-03-05")).events if e.type == "AID"]
    return found[0] if found else None


@pytest.mark.parametrize("text, actor, country, sector", [
    # an international body of the manual's non-state table acts whatever its sector (Red Cross: MED)
    ("The Red Cross provided food and medicine to flood victims in Pakistan.", "Red Cross", "NGO", "MED"),
    ("The UN refugee agency provided food and medicine to flood victims in Pakistan.", "UN refugee agency", "UNO", "REF"),
    # NGOs and aid groups (sector SOC) are political actors
    ("The charity provided food and medicine to flood victims in Pakistan.", "charity", None, "SOC"),
])
def test_humanitarian_bodies_giving_aid_to_civilians_act(text, actor, country, sector):
    e = aid(text)
    assert e is not None and e.actor is not None
    assert (e.actor.name, e.actor.country, e.actor.sector) == (actor, country, sector)
    assert e.recipient is not None and e.recipient.name == "flood victims"


def test_people_of_a_disaster_receive_what_is_rushed_to_them():
    e = aid("Aid agencies rushed tents to survivors of the quake.")
    assert e is not None and e.actor.sector == "SOC" and e.recipient.name.startswith("survivors")


def test_an_organisation_listed_by_its_whole_name_can_act():
    e = aid("The World Food Programme provided food and medicine to flood victims in Pakistan.")
    assert e is not None and (e.actor.name, e.actor.country) == ("World Food Programme", "UNO")


def test_a_law_whose_name_ends_in_a_non_agent_noun_still_cannot_act():
    events = process(Article(id="t", text="The Affordable Care Act provided insurance to millions of Americans.",
                             published="2020-03-05")).events
    assert not [e for e in events if e.actor is not None and "Act" in (e.actor.name or "")]


@pytest.mark.parametrize("text", [
    "The United Nations fed two million people in Ethiopia.",
    "The army vaccinated children in the flooded villages.",
    "The Red Crescent handed out drinking water to pilgrims.",
    "Cuba dispatched doctors to Italy.",   # people sent to heal or rescue (CAMEO 073)
])
def test_feeding_vaccinating_and_handing_out_goods_is_aid(text):
    assert aid(text) is not None


def test_private_people_giving_to_private_people_is_still_no_event():
    assert aid("Local businessmen provided food and medicine to flood victims in Pakistan.") is None


def test_a_body_approving_an_agreement_ratifies_it():
    events = process(Article(id="t", text="The parliament approved the agreement with the IMF.",
                             published="2020-03-05")).events
    assert [e.type for e in events] == ["SUPPORT"]


@pytest.mark.parametrize("text, mode", [
    # PLOVER RETREAT: "allowing the entry of observers, peacekeepers, or humanitarian workers"
    ("The army allowed aid convoys into the besieged town.", "access"),
    ("Assad allowed UN inspectors into the country.", "access"),
    ("The government granted humanitarian access to the region.", "access"),
    # ... and "disarming"
    ("The militants laid down their arms.", "disarm"),
])
def test_letting_aid_and_monitors_in_and_laying_down_arms_is_retreat(text, mode):
    events = process(Article(id="t", text=text, published="2020-03-05")).events
    assert [(e.type, e.mode) for e in events] == [("RETREAT", mode)]


@pytest.mark.parametrize("text, expected", [
    # PLOVER SUPPORT: "express support for ... actor"; support named material stays AID
    ("The US pledged its backing for the transitional council.", "SUPPORT"),
    ("India extended its support to Bangladesh's bid.", "SUPPORT"),
    ("The EU assured Kyiv of its continued support.", "SUPPORT"),
    ("Saudi Arabia extended financial support to Pakistan.", "AID"),
])
def test_backing_and_support_extended_are_support_unless_material(text, expected):
    events = process(Article(id="t", text=text, published="2020-03-05")).events
    assert [e.type for e in events] == [expected]
