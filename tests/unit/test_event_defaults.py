"""Verb defaults (issue 10, tenth round): what a verb codes when none of its patterns matched.

PETRARCH2's verb blocks give every verb of a synonym cluster the block's code. The tenth round
recodes the defaults the PLOVER codebook contradicts (granting is a concession, aiding is aid:
COOPERATE "excludes aid") and removes those of verbs that name no act between their subject and
object (verbs of degree: "expanded its presence"; of thinking and feeling: "mourned the victims",
"expressed hope"). Hand-written sentences; each rule's test fails on the commit before the round
(e406337), the guards pass on both.
"""
from __future__ import annotations

import pytest

from event_helpers import coded, types


def test_granting_a_party_what_it_asked_for_is_a_concession():
    assert coded("The Supreme Court granted the ACLU a hearing.")[:1] == [
        ("CONCEDE", "Supreme Court", "ACLU")]


def test_aiding_a_party_is_aid_not_cooperation():
    assert coded("Russia aided Syria.")[:1] == [("AID", "Russia", "Syria")]


@pytest.mark.parametrize("text", [
    "The United States expanded its presence in Iraq.",   # degree: no cooperation named
    "Putin mourned the victims of the attack in Moscow.",  # feeling: no accusation
    "China expressed hope for Taiwan.",                    # PETRARCH2's "express" is 110
])
def test_verbs_naming_no_act_between_parties_have_no_default(text):
    assert types(text) == []


def test_patterns_of_those_verbs_still_code():
    # the pattern (cooperation expanded, support expressed), not the default, codes
    assert [c[1:] for c in coded("China expanded military cooperation with Russia.")][:1] == [("China", "Russia")]
    assert coded("Russia expressed support for Ukraine.")[:1] == [("SUPPORT", "Russia", "Ukraine")]


def test_a_cancelled_visit_refuses_the_meeting():
    # PLOVER REJECT (meet: "reject a request for a meeting"), not PETRARCH2's 161 reduction of relations
    assert coded("Merkel cancelled her planned visit to Turkey.")[:1] == [("REJECT", "Merkel", "Turkey")]


def test_halted_talks_and_cancelled_flights_stay_sanctions():
    assert types("Egypt cancelled flights to Qatar.")[:1] == ["SANCTION"]
