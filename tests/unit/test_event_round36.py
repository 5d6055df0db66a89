"""Counterfactuals, vouching, possessives written with a lone apostrophe, things that are no
recipients (issue 10, thirty-sixth round).

- "Huffman said he would have attended the meeting if ...": a modal perfect is the conditional
  perfect of an act that did not happen, no backshifted "will" (factuality.backshifted_will): no
  promise to attend, and no attendance.
- "Sheriff Joe Arpaio vouched for Trump's proposal": vouching for a party speaks for it, an
  endorsement (CAMEO 051, PLOVER SUPPORT), no promise (triggers.yaml).
- "blocking Sanders' access to his own data": an s-final name with a lone apostrophe is a
  possessor (syntax.possessor), so the thing's owner is the recipient.
- "defended the prescribed march route", "hosted a Ramadan Iftar meal": a thing that cannot act
  (precision.yaml ``non_agent_nouns``: access, route, meal, virus ...) is no recipient.
- "asked his followers not to believe in rumours": followers, loyalists, backers, volunteers and
  devotees are people who act and are addressed, as supporters are (actor_words.yaml
  ``extra_agent_heads``).
- "trying to prevent the next terrorist attack": an attack prevented has not happened and keeping
  it from happening is no act toward a party (triggers.yaml; the dictionary read support, 053).
- "launching his campaign for the primary", "began a $1 million ad campaign": one's own campaign,
  an ad campaign or campaign offices opened ask no one anything; "started a campaign to remove
  him" stays an appeal. "She has counted on women": relying on a party is no appeal to it.
- "Trump Tower Commercial LLC": a company's legal form ending a name names a business, whatever
  person the name's other words are (titles.yaml ``business_forms``).

Hand-written sentences; each rule's test fails on the commit before the round (11fb90f); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import events, sides, types

from eventwire.ontology.actors import code_actor

US = "2016-05-10"


def test_a_modal_perfect_is_no_promise() -> None:
    text = ("Rep. Jared Huffman, a California Democrat, said he would have attended the meeting where the caucus "
            "decided endorsements if he thought Grayson would get his way.")
    assert types(text, US) == []


def test_a_backshifted_will_is_still_a_promise() -> None:   # guard (fails if every reported "would" is dropped)
    text = "Rep. Jared Huffman said he would meet Senator Sanders on Friday."
    assert [(e.type, e.factuality) for e in events(text)] == [("AGREE", "future")]


def test_vouching_for_a_party_is_support() -> None:
    text = "Maricopa County Sheriff Joe Arpaio vouched for Trump's proposal to build a wall along the Mexican border."
    assert [(t, a, r) for t, _, a, r in sides(text, US)] == [("SUPPORT", "Joe Arpaio", "Donald Trump")]


def test_a_lone_apostrophe_marks_the_owner() -> None:
    text = "The DNC responded by abruptly blocking Sanders’ access to his own data."
    assert [(t, r) for t, _, _, r in sides(text, US)] == [("COERCE", "Sanders")]


def test_a_thing_is_no_recipient() -> None:
    assert [r for *_, r in sides("Mayor Frank Jackson of Cleveland defended the prescribed march route.", US)] == [None]
    assert [r for *_, r in sides("Senator Rubio said he backed funding the fight against the Zika virus.", US)] != \
        ["the Zika virus"]


def test_a_party_object_stays_the_recipient() -> None:   # guard (fails if every object noun is dropped)
    text = "Mayor Frank Jackson of Cleveland defended the protesters."
    assert [r for *_, r in sides(text, US)] == ["protesters"]


def test_followers_are_people_addressed() -> None:
    text = "The party chief Rajnath Singh asked his followers to stay calm."
    assert [(t, r) for t, _, _, r in sides(text, US)] == [("REQUEST", "his followers")]


def test_a_followers_owner_is_kept_when_they_are_a_thing_of_his() -> None:   # guard
    text = "Bill Clinton unloaded on Sanders on Sunday, accusing Sanders's supporters of sexism."
    assert [(t, r) for t, _, _, r in sides(text, US)] == [("ACCUSE", "Sanders")]


def test_an_attack_prevented_is_no_event() -> None:
    assert types("Donald Trump said: I am trying to save lives and prevent the next terrorist attack.", US) == []


def test_ones_own_campaign_asks_no_one() -> None:
    assert types("Marco Rubio is ceremonially launching his campaign for the must-win primary in Florida.", US) == []
    assert types("The advocacy group One Nation began a $1 million ad campaign this week.", US) == []
    assert types("Senator Clinton has counted on women.", US) == []


def test_a_campaign_to_remove_someone_is_an_appeal() -> None:   # guard (fails if every campaign is dropped)
    text = "After the Whig national convention, several senior leaders started a campaign to remove him."
    assert types(text, US) == ["REQUEST"]


def test_a_legal_form_names_a_business() -> None:
    found = code_actor("Trump Tower Commercial LLC")
    assert found is not None and (found.country, found.sector) == ("USA", "BUS")


def test_a_persons_campaign_keeps_its_code() -> None:   # guard (fails if any business word in a name makes it one)
    found = code_actor("the Trump campaign")
    assert found is not None and found.sector == "GOV"


def test_an_attorney_generals_abbreviation_is_no_legal_form() -> None:   # guard (fails if "AG" is read as a company's form)
    found = code_actor("the Texas AG")
    assert found is None or found.sector != "BUS"
