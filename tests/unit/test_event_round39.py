"""The thing a speaker names (issue 10, thirty-ninth round).

- A verb whose object is a free relative of naming -- "what" and a clause that names a thing with a
  verb of naming (grammar.yaml ``naming_relative_verbs``), "criticized what she called the angry rhetoric
  from Trump", "condemned what he termed the aggression of Israel" -- acts on the thing named, and
  the thing's owner is the recipient (event_actors._named_thing, used by _object_of): the parser
  hangs the naming clause as the verb's clausal complement, so the verb had no object and the record
  no recipient (or none at all).
- The of-phrase of a noun of depiction names what is depicted, not whose the depiction is
  (actor_words.yaml depiction_nouns, precision.yaml non_agent_nouns): "denounced the pessimistic
  vision of America" is aimed at no party the text names; "Trump's vision of America" is Trump's.

Hand-written sentences; each rule test fails on the commit before the round (c3cac7f); the guards
pass on both.
"""
from __future__ import annotations

from event_helpers import of_type

from eventwire.extract import event_actors

US = "2016-05-10"


def test_the_thing_named_in_a_free_relative_is_the_object() -> None:
    text = ("Hillary Clinton criticized what she called the angry, divisive rhetoric from the Republican "
            "front-runner, Donald Trump.")
    assert of_type(text, "ACCUSE", US) == [("criticized", "Hillary Clinton", "Donald Trump")]


def test_a_condemned_act_named_by_the_speaker_is_aimed_at_its_doer() -> None:
    assert of_type("The minister condemned what he termed the aggression of Israel.", "ACCUSE", US) == [
        ("condemned", "minister", "Israel")]
    assert of_type("Pakistan condemned what it called an unprovoked attack by Indian troops.", "ACCUSE", US) == [
        ("condemned", "Pakistan", "Indian troops")]


def test_a_plain_object_or_a_said_clause_is_no_named_thing() -> None:   # guard
    from eventwire.pipeline import load_nlp
    nlp = load_nlp()
    doc = nlp("The senator criticized the decision.")
    assert getattr(event_actors, "_named_thing", lambda t: None)(doc[2]) is None
    doc = nlp("The senator criticized what Trump said about Mexico.")
    assert getattr(event_actors, "_named_thing", lambda t: None)(doc[2]) is None


def test_what_a_depiction_depicts_is_not_its_owner() -> None:
    assert of_type("The president denounced the deeply pessimistic vision of America.", "ACCUSE", US) == [
        ("denounced", "president", None)]


def test_a_possessed_depiction_is_its_possessors() -> None:   # guard
    assert of_type("Clinton criticized Trump's vision of America.", "ACCUSE", US) == [
        ("criticized", "Clinton", "Donald Trump")]
