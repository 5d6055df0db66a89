"""Forces moved: passives and participles of MOBILIZE verbs, patrols, units (issue 10,
thirty-first round).

- "thousands of para-military and police personnel have been deployed", "police were put on high
  alert", "six more companies of para-military forces had been deployed", "the para-military
  troops deployed around these centres": the forces an agentless passive or past participle of a
  MOBILIZE verb moves are the ones that move (PLOVER MOBILIZE: "all military or police moves";
  the verbs alternate: "troops deployed to the border"), so they are the actor, with no recipient
  but where they are sent against (event_actors.moved_force; trace actor:moved_force). A passive
  with an agent keeps the agent as actor and the force is no recipient ("troops were sent to
  Kuwait by the Pentagon": Kuwait).
- "police patrolled the area": a force's move needs no recipient (PLOVER MOBILIZE "Requires
  recipient: No"; events._enough).
- "companies", "battalions", "a posse" of a force are counted like a quantity: the force acts
  (actor_words.yaml quantity_heads).
- "security personnel have been deployed", "policemen were stationed at the gate": police and
  security forces sent, deployed or stationed (triggers.yaml &POLICE_FORCES, CAMEO 153).
- A reduced passive relative's noun is its underlying object for the keyword patterns when it
  names a party ("troops deployed around the site"), not a thing ("mattresses scattered about
  the fields" are no crowd dispersed; event_triggers._passive_object).

- "security has been beefed up around the residence", "patrolling had been intensified":
  security and watch stepped up with no one named are moves of the police of the place (an
  implied agent, implicit.yaml police_security, limited to its patients: "the rules were
  tightened" is none), with no recipient (the measure is no party; triggers.yaml
  &SECURITY_WATCH).
- "police are investigating the case", "the cid is probing the killings": an investigation by the
  state's investigators needs no one charged (PLOVER ACCUSE: "all investigations"; implicit.yaml
  investigation_codes, investigator_sectors); "reporters investigated the story" still needs a
  party.
- "the administration has deployed forces": forces of no kind named (triggers.yaml); police ranks
  and forces of South Asian English (curated_agents.tsv: psi, rpf, raf, itbp, cop).

- "the police recovered two empty cartridges from him", "police recovered swords and acid bulbs":
  arms, explosives and ammunition recovered or seized are confiscated (PLOVER COERCE seize, CAMEO
  1711; triggers.yaml &SEIZED_ARMS); "the army recovered the bodies of two soldiers" is none.

- "the police have named about 12 bjp members under charges of rioting": naming a party as accused
  or under charges accuses it of a crime (CAMEO 1121; triggers.yaml); "Obama named Merrick Garland
  to the Supreme Court" is none.

- "police made elaborate security arrangements" (a move, CAMEO 150), "the city police have clamped
  restrictions on public meetings" (a restriction, CAMEO 1721; triggers.yaml).

- "'We arrested 20 people last night,' the police commissioner said": a first person inside a
  quotation whose speaker the article names by no entity is coded from the words naming the speaker
  (event_actors.participant; trace actor:resolved:quote_speaker).

- "Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar": "up to"
  before a number counts the object (event_actors._counted_object); "police arrested two suspects
  from the station": people named as the object are the recipient, not the place taken from
  (implicit.yaml patient_heads in event_actors._object_of); "police detained the accused", "the
  injured were rushed to hospital": a past participle with a determiner in a noun's place names
  people, no act (event_noise._nominal_participle; syntax.NOUN_SLOTS).

- "Merkel criticized the violence in Syria", "condemn the ghastly incidents at godhra": a place's
  scene phrase right after a thing object is the thing's though the parser hangs it on the verb;
  the charge is aimed at the happening's doer, not the place (event_actors.charged_happening);
  "took direct aim at Senator Marco Rubio" keeps its target.

Hand-written sentences; each rule's test fails on the commit before the round (4ff8a4c); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import events, sides

IN = "2002-03-08"
US = "2016-05-04"


def _moves(text: str, published: str = IN) -> list[tuple[str, str | None, str | None]]:
    """(trigger, actor, recipient) of the MOBILIZE events of a one-line story."""
    return [(trig, actor, recip) for typ, trig, actor, recip in sides(text, published) if typ == "MOBILIZE"]


def test_forces_deployed_in_the_passive_are_the_actor() -> None:
    assert _moves("Thousands of para-military and police personnel have been deployed to maintain law "
                  "and order.") == [("deployed", "para-military and police personnel", None)]
    assert _moves("In Andhra Pradesh, police were put on high alert in all sensitive pockets of the "
                  "state.") == [("put", "police", None)]


def test_a_unit_of_a_force_is_the_force() -> None:
    assert _moves("Six more companies of para-military forces had been deployed inside the complex.") == [
        ("deployed", "para-military forces", None)]


def test_a_participle_of_forces_deployed_is_a_move() -> None:
    assert _moves("In fact, the para-military troops deployed around these centres outnumbered the "
                  "ram sevaks.") == [("deployed", "para-military troops", None)]


def test_the_trace_names_the_moved_force() -> None:
    found = [e for e in events("Police were put on high alert in the district.") if e.type == "MOBILIZE"]
    assert len(found) == 1 and "actor:moved_force" in found[0].rules


def test_police_sent_or_stationed_are_moves() -> None:
    assert _moves("Additional security personnel have been deployed to prevent any untoward incident.") == [
        ("deployed", "Additional security personnel", None)]
    assert _moves("Policemen were stationed at the gate of the temple.") == [("stationed", "Policemen", None)]


def test_a_patrol_needs_no_recipient() -> None:
    assert _moves("Police patrolled the area throughout the night.") == [("patrolled", "Police", None)]


def test_the_force_sent_by_an_agent_is_no_recipient() -> None:
    assert _moves("3,000 troops were sent to Kuwait by the Pentagon.", US) == [("sent", "Pentagon", "Kuwait")]
    assert _moves("The army was deployed by the government in the state.") == [("deployed", "government", None)]


def test_a_destination_stays_the_recipient() -> None:   # guard
    assert _moves("The Pentagon sent 3,000 troops to Kuwait.", US) == [("sent", "Pentagon", "Kuwait")]


def test_things_scattered_are_no_crowd_dispersed() -> None:   # guard
    assert sides("The vessels and burnt mattresses scattered about the fields show that they had "
                 "hidden there.", IN) == []


def test_a_crowd_dispersed_stays_a_police_act() -> None:   # guard
    found = [e for e in events("The mob was dispersed near the station.") if e.type == "COERCE"]
    assert len(found) == 1 and found[0].actor is not None and found[0].actor.implied


def test_campaigns_mobilising_voters_are_no_force() -> None:   # guard
    assert _moves("Hillary Clinton mobilized her supporters in Ohio.", US) == []
    assert _moves("Volunteers were deployed to the polling booths.", US) == []


def test_security_stepped_up_is_a_police_move() -> None:
    for text in ("Security has been beefed up in and around the residence of the party chief.",
                 "Patrolling had been intensified in sensitive areas."):
        found = [e for e in events(text) if e.type == "MOBILIZE"]
        assert len(found) == 1 and found[0].actor is not None and found[0].actor.implied, text
        assert found[0].actor.sector == "COP" and found[0].recipient is None


def test_rules_tightened_are_no_move() -> None:   # guard
    assert [e.type for e in events("The rules were tightened last year.")] == []


def test_a_state_investigation_needs_no_one_charged() -> None:
    assert sides("The CID is probing the killings.", IN) == [("ACCUSE", "probing", "CID", None)]
    assert sides("PSI T K Gondaliya is investigating the case.", IN) == [
        ("ACCUSE", "investigating", "PSI T K Gondaliya", None)]


def test_a_private_inquiry_needs_a_party() -> None:   # guard
    assert sides("Reporters investigated the story for months.", US) == []


def test_forces_of_no_kind_named_are_moved() -> None:
    assert _moves("The administration has deployed forces in and around the town.") == [
        ("deployed", "administration", None)]


def test_arms_recovered_are_confiscated() -> None:
    assert [f[:3] for f in sides("The police recovered two empty cartridges from him.", IN)] == [
        ("COERCE", "recovered", "police")]
    assert [f[:3] for f in sides("Police recovered swords and acid bulbs from the locality.", IN)] == [
        ("COERCE", "recovered", "Police")]


def test_bodies_recovered_are_no_confiscation() -> None:   # guard
    assert sides("The army recovered the bodies of two soldiers.", IN) == []


def test_naming_under_charges_accuses() -> None:
    assert [f[:2] for f in sides("The rural police have named about 12 BJP members under charges of rioting.", IN)] == [
        ("ACCUSE", "named")]


def test_naming_to_an_office_accuses_no_one() -> None:   # guard
    assert sides("Obama named Merrick Garland to the Supreme Court.", US) == []


def test_security_arrangements_and_restrictions_clamped() -> None:
    assert [f[:3] for f in sides("Police made elaborate security arrangements in the trouble-prone areas.", IN)] == [
        ("MOBILIZE", "made", "Police")]
    assert [f[:3] for f in sides("The city police have clamped restrictions on public meetings.", IN)] == [
        ("COERCE", "clamped", "city police")]


def test_travel_arrangements_are_no_move() -> None:   # guard
    assert sides("The campaign made travel arrangements for the press.", US) == []


def test_a_first_person_is_its_quotations_speaker() -> None:
    found = [e for e in events('"We arrested 20 people last night," the police commissioner said.') if e.type == "COERCE"]
    assert len(found) == 1 and found[0].actor is not None and found[0].actor.sector == "COP"
    assert "actor:resolved:quote_speaker" in found[0].rules


def test_an_uncoded_speakers_first_person_is_no_party() -> None:   # guard
    assert list(events('"We will fight them on the beaches," a man in the crowd said.')) == []


def test_up_to_a_number_counts_the_object() -> None:
    assert sides("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.", US) == [
        ("ASSAULT", "kidnapped", "Afghan rebels", "16 Russian civilian advisers")]


def test_people_arrested_are_the_recipient_not_the_place() -> None:
    assert sides("Police arrested two suspects from the station.", IN) == [
        ("COERCE", "arrested", "Police", "two suspects")]


def test_a_participle_used_as_a_noun_is_no_act() -> None:
    assert sides("Police detained the accused from his house.", IN) == [
        ("COERCE", "detained", "Police", "the accused")]
    assert [f[0] for f in sides("The injured were rushed to hospital by police.", IN)] == []


def test_an_accusation_stays_an_act() -> None:   # guard
    assert sides("Clinton was accused by Trump of lying.", US) == [("ACCUSE", "accused", "Trump", "Clinton")]


def test_the_place_of_a_condemned_happening_is_no_recipient() -> None:
    assert sides("Merkel criticized the violence in Syria.", US) == [("ACCUSE", "criticized", "Merkel", None)]


def test_a_target_taken_aim_at_stays() -> None:   # guard
    assert sides("Mr. Stevens took direct aim at Senator Marco Rubio of Florida.", US) == [
        ("ACCUSE", "took", "Stevens", "Marco Rubio")]
