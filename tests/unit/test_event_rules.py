"""Trigger-composition and actor rules added for PLOVER coding, each on a hand-written sentence.

Every test names the rule it checks; each would fail without that rule (see docs/events.md).
"""
from __future__ import annotations

from eventwire import Article, process
from eventwire.records import Event


def events_of(text: str) -> list[Event]:
    result = process(Article(id="t", text=text, published="2021-03-01"))
    assert not [p for p in result.problems if p.code.startswith("E_")], result.problems
    return result.events


def by_trigger(events: list[Event], word: str) -> list[Event]:
    return [e for e in events if e.trigger is not None and e.trigger.text == word]


def actor_text(text: str, e: Event) -> str:
    assert e.actor is not None and e.actor.start is not None
    return text[e.actor.start:e.actor.end]


def test_statement_refinement_keeps_the_verbs_own_event():
    # PETRARCH codes "condemn ... terrorist attack" 018 (a statement, no PLOVER event): keep CONDEMN's ACCUSE
    text = "Chile's foreign minister condemned the terrorist attack on the embassy in Lima."
    [e] = by_trigger(events_of(text), "condemned")
    assert e.type == "ACCUSE" and e.actor.country == "CHL"


def test_agree_to_an_uncoded_clause_is_agree():
    text = "Kenya agreed to build a new hospital near the border."
    [e] = by_trigger(events_of(text), "agreed")
    assert e.type == "AGREE" and e.cameo == "030" and actor_text(text, e) == "Kenya"


def test_threaten_to_an_uncoded_clause_is_threaten():
    text = "Hungary threatened to publish the documents."
    [e] = by_trigger(events_of(text), "threatened")
    assert e.type == "THREATEN" and actor_text(text, e) == "Hungary"


def test_purpose_clause_of_aid_is_its_recipient_not_an_event():
    text = "Japan donated medical equipment to assist Nepal."
    events = events_of(text)
    [e] = by_trigger(events, "donated")
    assert e.type == "AID" and e.recipient is not None and e.recipient.country == "NPL"
    assert by_trigger(events, "assist") == []


def test_capitalised_acronym_is_an_actor():
    text = "ICE returned three stolen statues to the government of Peru."
    [e] = by_trigger(events_of(text), "returned")
    assert actor_text(text, e) == "ICE"


def test_dateline_closed_by_parenthesis_colon_is_not_the_actor():
    text = "LAGOS (Reuters): President Bola Tinubu has held a meeting with the governors of five states."
    [e] = by_trigger(events_of(text), "held")
    assert e.type == "CONSULT" and "Tinubu" in actor_text(text, e)


def test_dateline_closed_by_mangled_dash_is_not_the_actor():
    text = 'NAIROBI (AP) " President William Ruto on Monday granted a full pardon to two journalists.'
    [e] = by_trigger(events_of(text), "granted")
    assert "Ruto" in actor_text(text, e)


def test_a_quotation_mark_closes_a_dateline_only_after_a_place_in_capitals(nlp):
    from eventwire.extract.event_actors import dateline_end

    assert dateline_end(nlp('NAIROBI (AP) " President Ruto spoke.')[0]) == 4
    assert dateline_end(nlp('Iran " will respond to any attack " , he said.')[0]) == -1


def test_quantity_heads_resolve_to_the_people_they_count():
    text = "Thousands of teachers in Chile protested the new pension law."
    [e] = by_trigger(events_of(text), "protested")
    assert e.type == "PROTEST" and "teachers" in actor_text(text, e)


def test_person_of_an_organisation_is_an_actor_coded_by_it():
    text = "The chairman of the African Union condemned the coup."
    [e] = by_trigger(events_of(text), "condemned")
    assert e.type == "ACCUSE" and actor_text(text, e).startswith("The chairman")


def test_verb_default_code_needs_a_political_recipient():
    # "levy" has a default CAMEO code; a duty is not an actor, so no event (as PETRARCH requires)
    assert by_trigger(events_of("The government levied a new import duty."), "levied") == []


def test_blockade_is_assault_cameo_191():
    text = "Egyptian forces blockaded the port of Gaza."
    [e] = by_trigger(events_of(text), "blockaded")
    assert e.type == "ASSAULT" and e.cameo == "191"


def test_training_forces_is_military_cooperation():
    text = "British instructors trained Ukrainian soldiers."
    [e] = by_trigger(events_of(text), "trained")
    assert e.type == "COOPERATE" and e.cameo == "062"


def test_cutting_tariffs_eases_a_sanction():
    text = "Canada cut tariffs on Mexican steel."
    [e] = by_trigger(events_of(text), "cut")
    assert e.cameo == "085" and e.actor.country == "CAN"


def test_reported_would_is_a_backshifted_will():
    # "said they would boycott" = "we will boycott": a material act announced for the future is a threat
    text = "The main opposition parties said on Monday they would boycott the local elections."
    [e] = by_trigger(events_of(text), "boycott")
    assert e.type == "THREATEN"


def test_conditional_would_is_not_a_reported_future():
    text = "The minister said the army would boycott the talks if the rebels attacked."
    assert all(e.type != "THREATEN" or e.cameo != "133" for e in by_trigger(events_of(text), "boycott"))


def test_group_coded_by_its_members_names_them_in_its_mention():
    text = "Senior administration officials, including Secretary of State Antony Blinken, will brief Congress on Friday."
    [e] = by_trigger(events_of(text), "brief")
    assert e.actor.country == "USA" and actor_text(text, e).endswith("Antony Blinken")


def test_peacekeepers_arriving_is_peacekeeping_aid():
    # a project pattern with a subject-side ("pre") keyword
    text = "Some 200 Kenyan peacekeepers arrived in Haiti on Monday."
    [e] = by_trigger(events_of(text), "arrived")
    assert e.type == "AID" and e.cameo == "074" and e.actor.country == "KEN"


def test_a_fronted_place_phrase_is_no_recipient():
    text = "On Capitol Hill, Senator Lee demanded a vote on the war powers resolution."
    for e in by_trigger(events_of(text), "demanded"):
        assert e.recipient is None or "Capitol Hill" not in (e.recipient.name or "")
