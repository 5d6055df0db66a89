"""Protection and gifts by private hands, results made possible, participles of topic, a
pattern's own preposition, struggles with things (issue 10, twentieth round).

- "Democratic Party officials were trying to protect the senator": CAMEO 074 is military
  protection or peacekeeping (PLOVER AID, military); a party, a legislator, a candidate or a
  private person gives none (precision.yaml protection_codes). Peacekeepers still do.
- "Harold Whitcombe donated $3 million to a group": what a private person (a person of no sector)
  or a business gives is no PLOVER AID; a state's money to another state stays.
- "..., allowing them to continue their attacks", "a rule change allowing them to vote": a verb
  of permission in a participial result clause, or modifying a noun, tells what the situation or
  the thing made possible; no party grants anything (precision.yaml permission_verbs). "The
  government allowed observers to enter" stays.
- "the growing concerns surrounding the Republican ticket": a participle of topic modifying a noun
  that is no party means "about" (precision.yaml topic_participles); "a mob surrounding the police
  station" stays.
- "calls the issue of security 'a priority' for women": a PETRARCH2 pattern that begins with a
  preposition ("call ... for &SECURITY") holds only when the preposition is the verb's own (a
  child, one of its direct object, or the next word; grammar.yaml own_prepositions), not one deep
  inside its object. "lobbied dozens of senators for the nominee" (hung on the object) stays.
- "Donald Trump purchased the Doral resort in 2012": economic cooperation (CAMEO 061) is between
  parties; a person's own payment, purchase or investment is a private dealing
  (precision.yaml economic_cooperation_codes). A government's investment abroad stays.
- "Lewandowski grabbed reporter Michelle Fields": grabbing a person is physical assault (CAMEO
  182, PLOVER ASSAULT), not the seizure of property the dictionary's default (171) codes; police
  grabbing a protester stays the dictionary's arrest. "has been legislating" is no concession
  (triggers.yaml no_default).
- "Hillary Clinton is organizing fundraisers and rallies in Ohio" (in election news): a rally among
  the conjuncts of the object is a campaign rally like one alone (no PLOVER PROTEST).
- "Trump attacked a federal judge whose parents were born in Mexico": a place inside a relative or
  participle clause describing the target names no place attacked; the attack stays verbal
  (ACCUSE). "Militants attacked a police post" stays ASSAULT.
- "Police arrested two men who had fled from Delhi": a place in a relative clause describing a
  participant is where the clause's own predicate happened, not the event's location; an event
  told inside the relative clause keeps its place ("the men who were arrested in Ahmedabad").
- "Rebels have been battling with shortages of food": a verb of force whose only other side,
  after "with", is a thing names no use of force (grammar.yaml counterpart_prepositions);
  "Protesters clashed with police" stays.

Hand-written sentences; each rule's test fails on the commit before the round (a5d3d86); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import sides

from eventwire.pipeline import process
from eventwire.records import Article

US = "2016-05-01"


def _types(text: str) -> list[str]:
    return [t for t, w, a, r in sides(text, US)]


def test_a_party_protecting_a_candidate_gives_no_military_protection():
    text = "Democratic Party officials were trying to protect the senator by scheduling the debates on weekends."
    assert "AID" not in _types(text)


def test_peacekeepers_still_protect():   # guard
    assert _types("UN peacekeepers protected the refugees in the camp.") == ["AID"]


def test_a_private_persons_donation_is_no_aid():
    assert _types("Harold Whitcombe donated $3 million to a group backing Governor Kasich.") == []


def test_a_states_money_to_another_state_is_aid():   # guard
    assert _types("Japan gave $10 million to Haiti.") == ["AID"]


def test_a_result_clause_of_permission_grants_nothing():
    text = "The rebels were not part of the truce, allowing them to continue their attacks on government troops."
    assert _types(text) == ["ASSAULT"]


def test_a_thing_allowing_an_act_grants_nothing():
    assert _types("Republican delegates want a rule change allowing them to vote freely.") == []


def test_a_government_allowing_observers_in_concedes():   # guard
    assert _types("The government allowed observers to enter the prison.") == ["CONCEDE"]


def test_a_participle_of_topic_is_no_encirclement():
    assert _types("Mr. Pence has worked to quell the growing concerns surrounding the Republican ticket.") == []


def test_a_mob_surrounding_a_station_stays():   # guard
    found = sides("A mob surrounding the police station threw stones at officers.", US)
    assert ("ASSAULT", "surrounding", "mob", "police station") in found


def test_a_pattern_preposition_deep_in_the_object_asks_for_nothing():
    assert _types('Former governor Jan Whitcombe calls the issue of security "a priority" for women.') == []


def test_a_pattern_preposition_of_the_verb_or_its_object_holds():   # guard
    assert _types("The minister called for security guarantees from Russia.") == ["REQUEST"]
    assert _types("Administration officials lobbied dozens of senators for the nominee.") == ["REQUEST"]


def test_a_struggle_with_a_thing_is_no_force():
    assert _types("Rebels have been battling with shortages of food.") == []


def test_a_clash_with_police_is_force():   # guard
    assert _types("Protesters clashed with police in the capital.") == ["ASSAULT"]


def test_a_persons_purchase_or_payment_is_no_economic_cooperation():
    assert _types("Donald Trump purchased the Doral resort in 2012.") == []
    assert _types("Senator Bernie Sanders paid the Vermont consultants $2 million.") == []


def test_a_governments_investment_abroad_is_economic_cooperation():   # guard
    assert _types("The Chinese government invested $5 billion in Pakistan.") == ["COOPERATE"]


def test_grabbing_a_person_is_physical_assault():
    found = sides("Campaign manager Corey Lewandowski grabbed reporter Michelle Fields as she approached Trump.", US)
    assert [t for t, w, a, r in found] == ["ASSAULT"]


def test_police_grabbing_a_protester_stays_an_arrest():   # guard
    assert _types("Police officers grabbed the protester and pushed him to the ground.") == ["COERCE"]


def test_legislating_is_no_concession():
    assert _types("Senator Bernie Sanders has been legislating in Congress for decades.") == []


ELECTION = ("Hillary Clinton, the presumptive Democratic nominee, won the primary in California and leads in "
            "delegates. Voters in the caucuses and primaries backed her candidacy for the nomination. ")


def test_a_candidates_rallies_among_other_campaign_events_are_no_protest():
    text = ELECTION + "Hillary Clinton is organizing fundraisers and rallies in Ohio and Florida in the weeks ahead."
    assert "PROTEST" not in [t for t, w, a, r in sides(text, "2016-06-09")]


def test_a_place_in_a_clause_describing_the_target_makes_no_attack_physical():
    text = "When Donald Trump attacked a federal judge whose parents were born in Mexico, Republicans objected."
    assert _types(text) == ["ACCUSE"]


def test_a_place_attacked_stays_physical():   # guard
    assert _types("Militants attacked a police post located in Kunduz.") == ["ASSAULT"]


def test_a_place_in_a_relative_clause_is_not_where_the_event_happened():
    text = "Police arrested two men who had fled from Delhi."
    events = process(Article(id="t", text=text, published="2002-03-10")).events
    assert [(e.type, e.location) for e in events] == [("COERCE", None)]


def test_a_place_of_the_event_told_in_a_relative_clause_stays():   # guard
    text = "Police arrested two men who had rioted in Delhi on Friday. The men who were arrested in Ahmedabad were released."
    events = process(Article(id="t", text=text, published="2002-03-10")).events
    assert "Ahmedabad" in [e.location.name for e in events if e.location is not None]
