"""Attacks given in a venue of words, retorts, the medium of a statement (issue 10, thirty-third
round).

- "viciously attacked me from the stage of the DNC", "is attacked in the media": an attack verb
  whose own phrase names where words are given -- a platform of speech or a medium
  (precision.yaml verbal_attacks.word_venues) -- is verbal whoever makes it, unless the sentence
  tells of violence (PLOVER ASSAULT is physical force; criticism is ACCUSE): recoded to criticism
  when a party makes it (events._verbal_attack), dropped when no one is named (events
  _agentless_event: an ACCUSE of no accuser records nothing).
- "Trump shot back that the journalist had not been called on", '"France will always be France,"
  Hollande retaliated': a verb of force as the phrasal verb of answering ("shoot / fire back")
  with a clause of its own as complement, or with its clause quoted before it, tells what was said;
  force takes a target, not a proposition (event_noise._retort). "hit him so hard that he fell"
  (a result clause) and a clause before a semicolon are no complement of that kind.
- "Judicial Watch stated in a release Tuesday that ...", "Trump said in a press release": the
  medium a verb of saying gives its words in is no argument of the verb, so its word selects no
  dictionary pattern (PETRARCH2's "say ... release" is a release of prisoners; event_triggers
  _adjunct); "said they would release the hostages" still codes the release.
- "Ms. Friedan called Mrs. Schlafly an ''Aunt Tom''": a quoted appositive of the object of a verb
  of naming is the name given also when its quotation mark follows the article (event_triggers
  naming_predicate), no call (event_noise._naming).
- "if Iran strikes, we will hit ...": a hostile act on a condition is a threat unless its consequence
  is a finite verb in the simple present or past or a modal perfect: "if we win, we remove the
  problems" (a habit or a fact) and "it would have been picked up" (a consequence that did not
  happen) threaten nothing; a future, a modal, a to-infinitive, a gerund and the present perfect of
  a threat made ready ("we have targeted 52 Iranian sites") threaten (event_triggers._conditional).

Hand-written sentences; each rule's test fails on the commit before the round (27e6f80); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import of_type, types

IN = "2002-03-08"
US = "2016-05-04"


def _of(text: str, typ: str, published: str = US) -> list[tuple[str, str | None, str | None]]:
    return of_type(text, typ, published)


def test_an_attack_in_a_speech_is_criticism() -> None:
    # (a state or a city attacked was read as force: a place is attacked physically)
    assert _of("Trump attacked Mexico in a speech on Monday.", "ASSAULT") == []
    assert _of("Trump attacked Mexico in a speech on Monday.", "ACCUSE") == [("attacked", "Donald Trump", "Mexico")]
    assert _of("The governor attacked Washington on Twitter.", "ACCUSE") == [("attacked", "governor", "Washington")]


def test_an_attack_in_the_media_by_no_one_named_is_no_event() -> None:
    assert "ASSAULT" not in types("Cosby is attacked in the media.", US)


def test_an_attack_at_a_rally_stays_force() -> None:   # guard: a rally is no venue of words alone
    assert "ASSAULT" in types("A protester was attacked at a Trump rally in Chicago.", US)


def test_an_attack_in_a_venue_of_words_with_violence_stays_force() -> None:   # guard
    assert "ASSAULT" in types("Gunmen attacked the candidate on the stage and shot two of his aides.", US)


def test_a_retort_is_no_force() -> None:
    assert _of("When Trump shot back that the journalist had not been called on, the crowd cheered.",
               "ASSAULT") == []
    assert _of("\u201cFrance will always be France,\u201d an angry Hollande retaliated.", "ASSAULT") == []


def test_a_result_clause_is_no_retort() -> None:   # guard
    assert [trig for trig, _, _ in _of(
        "A private security official hit the university employee so hard with his gun butt that he fell "
        "down unconscious.", "ASSAULT", IN)] == ["hit"]


def test_a_clause_before_a_semicolon_is_no_quotation() -> None:   # guard
    assert [trig for trig, _, _ in _of(
        "Protests have recently spread to the Amhara region, as well; in August, security forces shot dead "
        "roughly 100 demonstrators.", "ASSAULT")] == ["shot"]


def test_a_press_release_is_the_medium_not_a_release() -> None:
    assert "RETREAT" not in types(
        "Judicial Watch stated in a release Tuesday that a declaration by the State Department suggests "
        "the email was found in September 2014.", US)
    assert "RETREAT" not in types("Donald Trump said in a press release that he had filed his disclosure.", US)


def test_a_release_announced_is_still_coded() -> None:   # guard
    assert types("The rebels said they would release the hostages on Friday.", IN) == ["AGREE"]


def test_a_quoted_name_after_its_article_is_naming() -> None:
    # "called X an ''Aunt Tom''": the parser hangs the quoted name on the object as an appositive
    # whose quotation mark follows its article
    assert _of("Ms. Friedan called Mrs. Schlafly an ''Aunt Tom.''", "CONSULT") == []


def test_a_condition_with_a_present_or_past_consequence_is_no_threat() -> None:
    assert "THREATEN" not in types("If we win the seat, we remove the perception problems.", US)
    assert "THREATEN" not in types("If she used it in Russia or China, it would have been picked up by "
                                    "their intelligence services, Mr. Lewis said.", US)


def test_a_condition_with_a_future_consequence_is_a_threat() -> None:   # guard
    assert "THREATEN" in types("If Hamas fires rockets, Israel will strike Gaza, the minister said.", US)
    assert "THREATEN" in types("If Hamas fires rockets, Israel could strike Gaza, the minister said.", US)


def test_a_conditional_threat_told_with_a_gerund_is_a_threat() -> None:   # guard
    assert "THREATEN" in types("Santilli discusses burying guns and shooting federal agents if they come "
                                "through his door.", US)


def test_a_condition_with_a_threat_made_ready_is_a_threat() -> None:   # guard (the seed's tweet)
    assert "THREATEN" in types("Trump said that if Iran strikes any Americans, the United States has targeted "
                                "52 Iranian sites.", "2020-01-06")
