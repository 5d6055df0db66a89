"""Infinitives with no time and days between a subject and its verb (issue 10, forty-first round).

- "The first American to carry out a suicide bombing in Syria worshiped here", "one of four groups
  to file suit over the law": a to-infinitive with no verb to take its time from is non-finite; its
  "to" marks no tense, so the act names no time and is not dated on the publication day
  (events._untimed, as for a bare present participle). An infinitive with a governing verb keeps
  that verb's time, and a finite verb in the present keeps the publication day.
- "two muslim groups associated with the babri masjid movement on saturday proposed that ...": a
  time phrase between a subject and its verb is the verb's adjunct (news English puts the day
  there: "police on tuesday opened fire"); when the parser hangs it on a participle modifying the
  subject, after the participle's own complement, it still dates the verb (events._attached). A day
  right after the participle ("activists arrested on saturday attacked") stays the participle's.
- "He made the comments just before ending a three-day trip", "spoke briefly ... before savaging
  Trump": a temporal phrase on the verb that holds a non-finite trigger's time places that verb
  in another time than the story's occasion ("before the primary"), but not when the phrase is the
  one that holds the trigger itself: it orders two acts of one occasion, so the trigger keeps the
  story's day (events._other_time, ``inner``).

Hand-written sentences; each rule test fails on the commit before the round (49949c7); the guards
pass on both.
"""
from __future__ import annotations

from eventwire.pipeline import process
from eventwire.records import Article

FRIDAY = "2002-03-01"   # a Friday


def _dated(text: str, published: str = FRIDAY) -> dict[str, tuple[str | None, str | None]]:
    """trigger -> (date, date basis) of each event of a one-line story."""
    return {e.trigger.text: (e.date, e.date_basis)
            for e in process(Article(id="t", text=text, published=published)).events if e.trigger}


# -- a to-infinitive with no time ---------------------------------------------------------------

def test_an_infinitive_on_a_noun_is_not_dated_on_the_publication_day() -> None:
    got = _dated("The first American to carry out a suicide bombing in Syria worshiped here.")
    assert got["carry"] == (None, None)


def test_an_infinitive_on_a_party_is_not_dated_on_the_publication_day() -> None:
    got = _dated("Robert McDuff, attorney for one of four groups to file suit over the law, spoke.")
    assert got["file"] == (None, None)


def test_guard_a_finite_present_keeps_the_publication_day() -> None:
    got = _dated("The senator is criticizing the governor as a weak leader.")
    assert got["criticizing"] == (FRIDAY, "publication")


def test_guard_an_infinitive_under_a_dated_verb_takes_its_day() -> None:
    got = _dated("On Tuesday the army began to attack the rebels in the north.")
    assert got["attack"] == ("2002-02-26", "text")


# -- a day between the subject and its verb ----------------------------------------------------

def test_a_day_after_the_subjects_participle_dates_the_verb() -> None:
    got = _dated("two muslim groups associated with the babri masjid movement on saturday proposed that "
                 "prime minister atal bihari vajpayee take steps for tripartite talks.")
    assert got["proposed"] == ("2002-02-23", "text")


def test_a_day_after_the_subjects_participle_dates_the_verb_past_its_auxiliary() -> None:
    got = _dated("Leaders associated with the movement on Wednesday had urged the government to hold talks.")
    assert got["urged"] == ("2002-02-27", "text")


def test_guard_a_day_right_after_the_participle_is_the_participles() -> None:
    got = _dated("Activists arrested on saturday attacked the police station.")
    assert got["arrested"] == ("2002-02-23", "text")
    assert got["attacked"] == (None, None)


def test_guard_a_day_on_the_verb_itself_is_unchanged() -> None:
    got = _dated("Two groups associated with the movement proposed talks on Saturday.")
    assert got["proposed"] == ("2002-02-23", "text")


# -- the phrase that holds the trigger orders two acts of one occasion -------------------------

def test_before_a_gerund_trigger_keeps_the_story_day() -> None:
    got = _dated("Obama on Wednesday defended the deal. He made the comments just before ending a three-day "
                 "trip to Vietnam.")
    assert got["ending"] == ("2002-02-27", "story")


def test_before_savaging_keeps_the_story_day() -> None:
    got = _dated("Clinton on Wednesday praised the union. She spoke briefly of her friendship with him before "
                 "savaging Trump as a fraud.")
    assert got["savaging"] == ("2002-02-27", "story")


def test_guard_another_time_phrase_on_the_holder_still_moves_it() -> None:
    got = _dated("Clinton on Wednesday praised the union. During the primary she made the comments just before "
                 "attacking Trump.")
    assert got["attacking"] == (None, None)
