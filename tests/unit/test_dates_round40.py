"""Dates of clauses on arguments, of spans' starts, of participles and of plural weekdays (issue 10,
fortieth round).

- "Clinton, who held three campaign events across Iowa on Friday, has encouraged the State
  Department ...": a relative clause, or a participle or infinitive clause, on an argument of the
  trigger has a verb, and so a time, of its own; a date in it dates that verb ("held"), not the
  trigger (events._in_argument_clause: no longer the clause's "own" date). A date on the trigger
  itself in a sentence with such a clause still dates it; a present participle on a noun
  ("a mob indulging in arson on tuesday"), a clause on an event noun trigger itself, and a clause on
  the document or occasion the act is done in ("rejected that argument in a ruling released
  Thursday") are left as they were.
- "Since last November, state security forces have killed more than 400 protesters": "since"
  names the day a span opens, over which the act lasts or is repeated (dates.yaml
  ``span_start_prepositions``, as ``span_end_prepositions`` for "till monday"); it is no day of the
  act, and the record gets none (date and basis None).
- "The agency cooperated with the inquiry, including offering in August to ...": a gerund or
  participle with no auxiliary has no tense of its own; as the complement, conjunct or
  prepositional adjunct of a verb told in the past it is past too (dates._finite_holder), so "in
  August" is last August, not the coming one. Not one on a noun ("the deadline for starting
  construction from march 15": an act of any time), a free adjunct (a later result) or an
  infinitive ("could do little to stop the mob from torching the train on february 27" stays the
  nearest February 27).
- "at times when no one would be watching, such as Saturday evenings", "on Sundays": a plural
  weekday, or a weekday with a plural part of the day, names a habitual time, no day; it is no
  date expression.

Hand-written sentences; each rule test fails on the commit before the round (1963e5a); the guards
pass on both.
"""
from __future__ import annotations

from eventwire.pipeline import process
from eventwire.records import Article

FRIDAY = "2002-03-01"   # a Friday
SPRING = "2016-03-03"


def _dated(text: str, published: str = FRIDAY) -> list[tuple[str, str, str | None, str | None]]:
    """(type, trigger, date, date basis) of each event of a one-line story."""
    return [(e.type, e.trigger.text, e.date, e.date_basis)
            for e in process(Article(id="t", text=text, published=published)).events]


def _dates(text: str, published: str = FRIDAY) -> dict[str, str | None]:
    """The date expressions the dates extractor finds: text -> resolved date."""
    return {d.text: d.date for d in process(Article(id="t", text=text, published=published)).dates}


# -- a date in a clause on an argument -------------------------------------------------------------

def test_a_date_in_a_relative_clause_on_the_subject_is_not_the_acts() -> None:
    text = ("Clinton, who held three campaign events across Iowa on Friday, has encouraged the State "
            "Department to release her email as quickly as possible.")
    assert [(w, d, b) for t, w, d, b in _dated(text) if w == "encouraged"] == [("encouraged", None, None)]


def test_a_date_in_a_relative_clause_deep_in_the_object_is_not_the_acts() -> None:
    text = "Gingrich said the mogul should ignore the rush of critics who on Sunday cast Trump's responses as inappropriate."
    assert all(d is None for t, w, d, b in _dated(text))


def test_a_date_in_a_past_participle_on_the_subject_is_not_the_acts() -> None:
    found = _dated("The men arrested on Tuesday were released by the police.")
    assert [(w, d) for t, w, d, b in found if w == "released"] == [("released", None)]
    assert [(w, d) for t, w, d, b in found if w == "arrested"] == [("arrested", "2002-02-26")]


def test_a_date_on_the_trigger_itself_stays() -> None:   # guard
    assert _dated("Clinton on Friday encouraged the State Department to release her email.") == [
        ("REQUEST", "encouraged", "2002-03-01", "text")]
    assert _dated("Police arrested 12 people on Tuesday.") == [("COERCE", "arrested", "2002-02-26", "text")]


def test_a_date_on_the_trigger_stays_beside_a_relative_clause() -> None:   # guard
    text = "Clinton, who leads the race in Iowa, on Friday encouraged the State Department to release her email."
    assert _dated(text) == [("REQUEST", "encouraged", "2002-03-01", "text")]
    assert _dated("Police on Tuesday arrested the men who had attacked the convoy.") == [
        ("COERCE", "arrested", "2002-02-26", "text")]


def test_a_clause_on_the_document_the_act_is_done_in_dates_the_act() -> None:   # guard
    text = "Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling released Thursday."
    assert [(w, d, b) for t, w, d, b in _dated(text, "2016-09-22")] == [("rejected", "2016-09-22", "text")]


def test_a_gerund_under_an_infinitive_takes_no_tense_from_it() -> None:   # guard
    text = "The police could do little to stop the mob from torching the Sabarmati Express on February 27."
    assert _dates(text, "2002-03-03") == {"February 27": "2002-02-27"}


# -- the day a span opens ------------------------------------------------------------------------

def test_the_start_of_a_span_is_no_day_of_the_act() -> None:
    text = "Since last November, state security forces have killed more than 400 protesters in the Oromia region."
    assert [(t, d, b) for t, w, d, b in _dated(text)] == [("ASSAULT", None, None)]
    assert [(t, d, b) for t, w, d, b in _dated("Police have arrested 40 people in the city since Monday.")] == [
        ("COERCE", None, None)]


def test_the_span_start_is_still_a_date_expression() -> None:   # guard
    assert _dates("Police have arrested 40 people in the city since Monday.") == {"Monday": "2002-02-25"}


def test_the_end_of_a_span_is_still_no_day_and_a_plain_day_stays() -> None:   # guard
    assert [(t, d) for t, w, d, b in _dated("congress members have decided to boycott the assembly "
                                            "proceedings till monday.", "2002-03-10")] == [("PROTEST", None)]
    assert _dated("Government troops attacked the rebels on Tuesday near the border.") == [
        ("ASSAULT", "attacked", "2002-02-26", "text")]


# -- a participle's time is its verb's -----------------------------------------------------------

def test_a_gerund_takes_the_tense_of_the_verb_it_hangs_on() -> None:
    text = "The agency cooperated with the inquiry, including offering in August to turn over the server."
    assert _dates(text, SPRING) == {"August": "2015-08"}


def test_a_gerund_complement_of_a_past_verb_looks_back() -> None:
    found = _dated("The army began shelling the town in August.")
    assert [(w, d) for t, w, d, b in found] == [("shelling", "2001-08")]


def test_a_gerund_under_a_future_verb_is_not_made_past() -> None:   # guard
    text = "The agency will cooperate with the inquiry, including offering in August to turn over the server."
    assert _dates(text, SPRING) == {"August": "2016-08"}


# -- plural weekdays -----------------------------------------------------------------------------

def test_a_plural_weekday_names_no_day() -> None:
    text = ("Limbaugh accused the Democrats of scheduling their debates at times when no one would be "
            "watching them, such as Saturday evenings.")
    assert _dates(text) == {}
    assert _dates("The protesters gather in the square on Sunday mornings.") == {}
    assert _dates("The protesters gather in the square on Sundays.") == {}


def test_a_single_weekday_with_its_part_of_day_stays() -> None:   # guard
    assert _dates("Police arrested 12 people on Saturday evening.") == {"Saturday evening": "2002-02-23"}
    assert _dates("The talks were held on Saturday.") == {"Saturday": "2002-02-23"}
