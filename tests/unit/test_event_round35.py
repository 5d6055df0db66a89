"""Coordinated wishes, the content of messages, acts kept up, results, readiness, lone surnames,
the target of a light verb's object, parts of a party (issue 10, thirty-fifth round).

- "Russia wants Turkey to close its borders and join the war on ISIS": coordinated verbs share
  the mood of the first (factuality.first_conjunct), and an infinitive with a subject of its own
  under a verb of wishing is wished for too (parsed ccomp): neither act is done. A conjunct of
  another verb form ("his ability to jolt the recovery ... and accused Obama") is no second
  infinitive: it stays.
- "Trump's repeated calls to ban all Muslims", "vows to trash trade deals and use tariffs": the
  infinitive of a message that asks, promises or threatens is its content (factuality.yaml
  ``planned_nouns``), also when the parser makes the noun the infinitive's subject.
- "Ethiopia continues to occupy the border village", "has continued to block his efforts": an act
  kept up in the present or the perfect is a state, no happening (event_noise._continued_state);
  in the simple past it stays.
- "Trump won the Indiana primary, forcing Cruz and Kasich out of the race": a trailing participle of
  making someone act is the result of the clause before it (event_noise._result_participle).
- "very prepared to fight in the media", "ready to endorse a candidate": a readiness to do a
  hostile act or to voice support offers no one anything (triggers.yaml embedding ``ready``); a
  readiness to withdraw troops or to meet is AGREE as before.
- "Sanders has continued to push ...": a lone PERSON the tagger took for a plural noun is the
  article's person of that surname (entities._scan_surnames), so "his proposal" binds to him.
- "launched a new round of attacks on Trump": a light verb's object noun names the act, and its
  target phrase the recipient (event_actors._act_object_target); "cited Clinton's visit to the
  United Nations" is no act of the subject's aimed at the UN.
- "carried out his murderous attack on Democrats": a word of killing or of armed conflict makes an
  attack physical, and so does a verb of executing an operation ("carried out his attack on
  Democrats": precision.yaml ``verbal_attacks.executing_verbs``), for the verb and its noun.
- "Mr. Rhodes said ...": a surname alone is no place (Rhodes, Greece).
- "welcomed the verdict of the lucknow bench of the allahabad high court": the thing of a part of a
  party is the party's (event_actors._of_party).
- "An official said on Friday that the White House supported Twitter's efforts": a stance in the
  simple past or present in the that-clause of a dated verb of saying is held at the saying's time
  (events._saying_of_stance); a material act said so ("said Friday that the mob attacked") may
  have come before and keeps no day of the saying.
- "the Laquan McDonald shooting": a killing noun named by a person is named by its victim, the
  recipient of an act with no named actor (actor_words.yaml ``victim_named_nouns``,
  event_implicit.named_victim).
- "In responding Friday, Clinton's campaign took the unusual step of criticizing ...": a gerund after
  a preposition of simultaneity (grammar.yaml ``simultaneity_prepositions``) is at the time of the
  clause it modifies, and so is what that clause's verb governs (events._date_holders).

Hand-written sentences; each rule's test fails on the commit before the round (f80afbe); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import dated, events, of_type, sides, types

from eventwire.extract.factuality import factuality
from eventwire.pipeline import load_nlp

US = "2016-05-10"
IN = "2002-03-08"


def test_coordinated_acts_wished_for_are_not_done() -> None:
    text = "Russia wants Turkey to close its borders to radical groups and join the war on ISIS."
    assert types(text, US) == []


def test_a_conjunct_of_another_verb_form_is_its_own_act() -> None:   # guard (fails if conjuncts of any form share a mood)
    doc = load_nlp()("In 2012, the Republican Party ran on its ability to jolt the recovery into hyperdrive "
                     "and accused President Barack Obama of bungling the rehabilitation.")
    accused = next(t for t in doc if t.text == "accused")
    assert accused.dep_ == "conj" and accused.head.text == "jolt"   # the parse the rule is for
    assert factuality(accused) == "asserted"   # not "hypothetical" with "jolt" under "ability"


def test_the_content_of_a_call_or_a_vow_is_not_done() -> None:
    assert "COERCE" not in types("Khizr Khan denounced Donald Trump. Trump's repeated calls to ban all Muslims "
                                  "from entering the U.S. drew fire.", US)
    assert "ASSAULT" not in types("Mr. Trump's fire-breathing vows to trash bad trade deals and use tariffs as "
                                   "economic weapons won votes.", US)


def test_a_call_taken_for_the_infinitives_subject_is_still_the_call() -> None:
    text = "He says Trump's call to ban all Muslim immigrants bears some of the responsibility."
    assert "COERCE" not in types(text, US)


def test_an_act_kept_up_to_now_is_a_state() -> None:
    assert types("Ethiopia continues to occupy the border village of Badame.", US) == []
    assert "COERCE" not in types("Congress has continued to block Obama's efforts.", US)


def test_an_act_continued_in_the_past_stays() -> None:   # guard
    assert "PROTEST" in types("Mobs continued to attack shops in the old city on Tuesday.", IN)


def test_a_trailing_participle_of_forcing_is_a_result() -> None:
    text = ("Tuesday marks four weeks since Donald Trump won the Indiana Republican primary, forcing fellow "
            "presidential candidates Ted Cruz and John Kasich out of the race.")
    assert "COERCE" not in types(text, US)


def test_forcing_before_the_clause_stays() -> None:   # guard
    assert "COERCE" in types("Forcing the rebels to retreat, the army took the town.", IN)


def test_a_readiness_to_fight_or_to_endorse_is_no_agreement() -> None:
    assert "AGREE" not in types("Gingrich said: I have been very prepared to fight the media.", US)
    assert "AGREE" not in types("Long before the AFL-CIO was ready to endorse a candidate, Trumka was speaking.", US)


def test_a_readiness_to_withdraw_troops_is_an_offer() -> None:   # guard
    assert "AGREE" in types("Honduras is willing to withdraw its troops from a five kilometer zone along the border.", US)


def test_a_lone_surname_taken_for_a_plural_is_the_person() -> None:
    text = ("Bernie Sanders and Hillary Clinton differ on health care. Their approaches have exposed this rift "
            "as well. Sanders has continued to push for a single-payer health care system, while Clinton has "
            "slammed his proposal as too vague and politically unrealistic.")
    assert ("slammed", "Hillary Clinton", "Bernie Sanders") in of_type(text, "ACCUSE", US)


def test_the_target_of_a_light_verbs_object_is_the_recipient() -> None:
    text = "Hillary Clinton launched a new round of attacks on Donald Trump on Tuesday."
    assert of_type(text, "ACCUSE", US) == [("launched", "Hillary Clinton", "Donald Trump")]


def test_a_verb_that_names_an_act_takes_no_target_from_it() -> None:   # guard
    text = "In her speech, Sherman cited Clinton's visit to the United Nations."
    assert all(r != "United Nations" for t, _, _, r in sides(text, US) if t != "CONSULT")


def test_a_murderous_attack_is_physical() -> None:
    text = ("Just after Omar Mateen carried out his murderous attack on Democrats at the Pulse nightclub, "
            "Donald Trump was calling for change.")
    assert [t for t, trig, _, _ in sides(text, US) if trig == "carried"] == ["ASSAULT"]


def test_a_surname_alone_is_no_place() -> None:
    text = ("Benjamin J. Rhodes, a deputy national security adviser, spoke on Monday. "
            "Later, Rhodes met Netanyahu in Jerusalem.")
    assert [(e.actor.name, e.actor.country) for e in events(text) if e.type == "CONSULT"] == [("Benjamin J. Rhodes", None)]


def test_the_thing_of_a_part_of_a_party_is_the_partys() -> None:
    text = ("lucknow: bjp state president kalraj mishra has welcomed the verdict of the lucknow bench of the "
            "allahabad high court for daily hearing of the ram janambhoomi case.")
    assert [r for _, _, r in of_type(text, "SUPPORT", IN)] == ["allahabad high court"]


def test_a_stance_said_on_a_day_is_held_that_day() -> None:
    text = "A senior Obama administration official said on Friday that the White House supported Twitter's efforts."
    assert dated(text, "2016-02-08") == [("SUPPORT", "supported", "2016-02-05")]


def test_a_material_act_said_on_a_day_keeps_no_day_of_the_saying() -> None:   # guard
    assert dated("The police said on Friday that the mob attacked the station.", "2016-02-08")[0][2] is None


def test_a_gerund_after_in_times_the_clause() -> None:
    text = ("In responding Friday, Clinton's campaign took the unusual step of criticizing the intelligence "
            "community.")
    assert dated(text, "2016-01-31") == [("ACCUSE", "criticizing", "2016-01-29")]


def test_a_killing_named_by_its_victim_has_no_actor_of_that_name() -> None:
    text = "President Obama has watched the video of the Laquan McDonald shooting."
    assert [(a, r) for t, _, a, r in sides(text, "2015-12-04") if t == "ASSAULT"] == [(None, "Laquan McDonald")]


def test_a_killing_by_a_named_group_keeps_its_actor() -> None:   # guard
    found = sides("The FBI shooting of a suspect drew protests.", US)
    assert [a for _, trig, a, _ in found if trig == "shooting"] == ["FBI"]


def test_an_attack_carried_out_is_force() -> None:
    assert [t for t, _, _, _ in sides("Omar Mateen carried out his attack on Democrats.", US)] == ["ASSAULT"]
