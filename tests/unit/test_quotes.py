"""Quotes extractor: one short text per rule, on its parse written down from the small model
(quote_parses.py), checked exactly.

Each test runs only the quotes extractor (entities left empty unless the test supplies them),
so what is checked is this extractor's own behaviour.
"""
from __future__ import annotations

import time

import pytest

from eventwire.extract.quote_marks import find_quotations, paragraph_bounds
from eventwire.ontology.quotes import quote_lexicon
from eventwire.records import Entity, Span

from quote_helpers import check_offsets, only, run


def test_cue_after_with_apposition():
    text = "“Trump makes plenty of mistakes,” said Ian Bremmer, president of the Eurasia Group."
    found, _ = run(None, text)
    q = only(found)
    check_offsets(text, found)
    assert (q.kind, q.text) == ("direct", "Trump makes plenty of mistakes,")
    assert (q.speaker, q.speaker_mention.text, q.cue.text) == ("Ian Bremmer", "Ian Bremmer", "said")


def test_cue_before_with_colon():
    text = "Senator Mary Jones said: “We will not vote for this bill.”"
    q = only(run(None, text)[0], "direct")
    assert q.text == "We will not vote for this bill."
    assert q.speaker == "Mary Jones" and q.cue.text == "said"


def test_colon_at_end_of_previous_paragraph():
    text = "Mary Jones told the crowd:\n\n“We will win this fight.”"
    q = only(run(None, text)[0], "direct")
    assert q.speaker == "Mary Jones" and q.cue.text == "told"


def test_pronoun_speaker_takes_previous_speaker():
    text = ("Mark Esper told reporters that the army is staying in Iraq.\n\n"
            "“There’s been no decision whatsoever to leave Iraq,” he said.")
    found, _ = run(None, text)
    check_offsets(text, found)
    direct = only(found, "direct")
    assert direct.speaker_mention.text == "he" and direct.speaker == "Mark Esper"


def test_surname_resolves_to_full_name():
    text = ("Eric Edelman served under George W. Bush.\n\n"
            "“He’s just reacting; he’s not thinking deeply,” Edelman said.")
    q = only(run(None, text)[0], "direct")
    assert q.speaker_mention.text == "Edelman" and q.speaker == "Eric Edelman"


def test_entity_extractor_is_the_authority():
    text = "“We are ready,” the minister said."
    start = text.index("minister")
    ent = Entity("e1", "Ana Silva", "PERSON", "minister", None, None,
                 (Span.of(text, start, start + len("minister")),))
    q = only(run(None, text, [ent])[0])
    assert (q.speaker, q.speaker_entity, q.speaker_mention.text) == ("Ana Silva", "e1", "minister")


def test_interrupted_quote_is_one_record_with_pieces():
    text = "“He’s just reacting,” Edelman said. “And this is where it comes back to haunt them.”"
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found)
    assert [p.text for p in q.pieces] == ["He’s just reacting,", "And this is where it comes back to haunt them."]
    assert q.speaker == "Edelman" and q.start == 1 and q.end == len(text) - 1


def test_added_borrows_the_subject_of_the_speech_verb():
    text = ("Aung San Suu Kyi said it was too early to congratulate winners but added, "
            "“I think you all have an idea of the results.”")
    q = only(run(None, text)[0], "direct")
    assert q.speaker_mention.text == "Aung San Suu Kyi" and q.cue.text == "added"


def test_multi_sentence_quote():
    text = "“Americans don’t want it. Trump doesn’t want it. The Iranians don’t want it,” Coffey said."
    q = only(run(None, text)[0])
    assert q.text.startswith("Americans") and q.text.endswith("want it,") and q.speaker == "Coffey"


def test_run_on_paragraph_continues_speaker():
    text = ("“It’s a delicate thing,” said Jon Alterman. “You want to leave them a pathway.\n\n"
            "“That is the whole point of deterrence.”\n\nThe talks resumed on Friday.")
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found)
    assert q.speaker == "Jon Alterman"
    assert q.pieces[-1].text == "That is the whole point of deterrence."


def test_far_cueless_quotation_is_left_out():
    text = ("“It’s delicate,” said Jon Alterman, a Middle East expert at the Center for Strategic "
            "and International Studies in Washington. “You want a pathway.”")
    found, _ = run(None, text)
    assert [(q.text, q.speaker) for q in found] == [("It’s delicate,", "Jon Alterman")]


def test_continuation_stops_at_another_person():
    text = ("“It goes in here and goes out here,” Tom Ebeling said, pointing to his ears. "
            "Betsy Ebeling shook her head. “Tom is much better about it than I am.”")
    found, _ = run(None, text)
    # not joined to Tom's record: the sentence right before it makes Betsy the speaker
    assert [(q.text, q.speaker) for q in found] == [
        ("It goes in here and goes out here,", "Tom Ebeling"),
        ("Tom is much better about it than I am.", "Betsy Ebeling")]


def test_organisation_as_speaker_of_indirect_speech():
    text = "The Pentagon later said it was a draft that should not have been released."
    q = only(run(None, text)[0], "indirect")
    assert q.text == "it was a draft that should not have been released"
    assert (q.speaker, q.cue.text) == ("Pentagon", "said")


def test_indirect_with_told_and_pronoun():
    text = ("Secretary of Defense Mark Esper later told reporters that the U.S. is not pulling "
            "troops out of Iraq. He said the U.S. remains committed to the campaign.")
    found, _ = run(None, text)
    indirect = [q for q in found if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["that the U.S. is not pulling troops out of Iraq",
                                         "the U.S. remains committed to the campaign"]
    assert {q.speaker for q in indirect} == {"Mark Esper"}


def test_according_to():
    text = "The warships are headed toward the Persian Gulf, according to defense officials."
    q = only(run(None, text)[0], "indirect")
    assert q.text == "The warships are headed toward the Persian Gulf"
    assert q.cue.text == "according to" and q.speaker_mention.text == "defense officials"


def test_written_statement_letter():
    text = "“This action endangered our service members,” Pelosi said in a letter to colleagues Sunday."
    q = only(run(None, text)[0])
    assert q.speaker == "Pelosi" and q.cue.text == "said"


def test_paraphrase_stops_before_an_aside():
    text = "Sanders said he was “encouraged” by the plan — a modest boost for Obama since 2009."
    q = only(run(None, text)[0])
    assert q.kind == "partial" and q.text == "he was “encouraged” by the plan"


def test_issuer_of_a_statement_is_the_speaker():
    text = ("Jessica Mackler issued a statement saying his comment “has absolutely no place in "
            "American democracy.”")
    q = only(run(None, text)[0])
    assert q.speaker_mention.text == "Jessica Mackler" and q.cue.text == "saying"


def test_partial_quote_in_a_tweet():
    text = "Trump vowed in a tweet Sunday to “quickly & fully strike back” if Iran attacks."
    q = only(run(None, text)[0])
    assert q.kind == "partial" and q.text == "quickly & fully strike back"
    assert q.speaker == "Trump" and q.cue.text == "vowed"


def test_paraphrase_holding_a_quotation_is_partial():
    text = "The letter said that U.S. forces would be relocated “to prepare for onward movement.”"
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found)
    assert q.kind == "partial" and q.text.startswith("that U.S. forces")
    assert [p.text for p in q.pieces] == ["to prepare for onward movement."]


def test_book_title_is_not_a_quote():
    text = ("“The process so far has seemed pretty ragged,” said Eric Edelman, the author of "
            "“Revolution and Aftermath: A New Strategy Toward Iran.”")
    found, _ = run(None, text)
    title = text.index("Revolution")
    assert not [q for q in found if q.start <= title < q.end]
    assert only(found).speaker == "Eric Edelman"


def test_show_name_is_not_a_quote():
    text = "She spoke Sunday on CNN’s “State of the Union” about the race."
    assert run(None, text)[0] == []


def test_straight_quotes():
    text = '"We are ready for anything," the minister said.'
    q = only(run(None, text)[0])
    assert q.text == "We are ready for anything," and q.speaker == "minister"


def test_unbalanced_mark_never_swallows_the_rest():
    text = ("He said “this is never closed. The report follows here.\n\n"
            "Another paragraph with no quotation at all.\n\nAnd a third one.")
    found, ctx = run(None, text)
    assert all(q.end <= text.index("Another") for q in found)
    assert [p.code for p in ctx.problems] == ["W_UNBALANCED_QUOTES"]


def test_markup_attributes_are_not_quotes():
    text = 'A reader wrote <tweet author="@someone" date="2016-03-01">in support</tweet> of it.'
    assert [q for q in run(None, text)[0] if q.kind != "indirect"] == []


def test_empty_and_quote_free_text():
    assert run(None, "No quotations here at all.")[0] == []
    assert run(None, "“”")[0] == []


# --- quotation marks (no model needed) ---------------------------------------------------

def test_marks_pair_curly_and_straight():
    text = 'A “one” and "two" and „three” end.'
    qs, bad = find_quotations(text, 1000)
    assert [text[q.start:q.end] for q in qs] == ["one", "two", "three"] and bad == 0


def test_straight_marks_take_their_side_from_neighbours():
    text = 'A stray 6" pipe, a "deportation force" and "absurd." end.'
    qs, _ = find_quotations(text, 1000)
    assert [text[q.start:q.end] for q in qs] == ["deportation force", "absurd."]


def test_marks_run_on_convention_and_stray_marks():
    text = "“First part.\n\n“Second part.”\n\nStray ” mark and “open one.\n\nLast."
    qs, bad = find_quotations(text, 1000)
    assert [(text[q.start:q.end], q.closed) for q in qs] == [("First part.", False), ("Second part.", True)]
    assert bad == 2


def test_marks_longer_than_limit_are_dropped():
    text = "“" + "word " * 50 + "”"
    qs, bad = find_quotations(text, 100)
    assert qs == [] and bad == 1


def test_paragraphs_by_blank_lines_else_lines():
    assert paragraph_bounds("a\nb\n\nc") == [(0, 3), (5, 6)]
    assert paragraph_bounds("a\nb") == [(0, 1), (2, 3)]


def test_many_marks_stay_linear():
    text = ("“x” " * 50_000) + ("” " * 50_000)
    start = time.perf_counter()
    qs, bad = find_quotations(text, 1000)
    assert len(qs) == 50_000 and bad == 50_000
    assert time.perf_counter() - start < 2.0


def test_article_with_1000_marks(nlp):
    text = " ".join(f"“Point {i} stands,” he said." if i % 2 else "Then ” stray." for i in range(500))
    start = time.perf_counter()
    found, ctx = run(nlp, text)   # a long text: parsed by the model, not written down
    assert time.perf_counter() - start < 30
    check_offsets(text, found)
    assert len([q for q in found if q.kind == "direct"]) >= 200


# --- lexicon --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("direct_cues: say\n", r"quotes\.yaml:1: 'direct_cues' must be"),
    ("max_quote_chars: 0\n", r"quotes\.yaml:1: 'max_quote_chars' must be in"),
    ("\ntitle_case_share: 0.0\n", r"quotes\.yaml:2: 'title_case_share' must be a number in \(0, 1\]"),
    ("title_aliases: {xyz: general}\n", r"quotes\.yaml:1: 'title_aliases' uses words missing"),
])
def test_lexicon_loads_and_validates(tmp_path, text, message):
    from eventwire import ontology
    from eventwire.errors import OntologyError
    from eventwire.ontology import quotes as qmod

    lex = quote_lexicon()
    assert {"say", "tell", "according"} & lex.cues >= {"say", "tell"}
    assert lex.title_aliases["gen"] == "general" and 0 < lex.quote_fills_share <= 1
    (tmp_path / "quotes.yaml").write_text(text, encoding="utf8")
    try:
        ontology.use(tmp_path)
        with pytest.raises(OntologyError, match=message):
            qmod.quote_lexicon()
    finally:
        ontology.use(None)
    assert qmod.quote_lexicon().cues == lex.cues
