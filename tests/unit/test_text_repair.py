"""Repair of mis-decoded text before parsing (eventwire.text_repair) and its offset alignment.

Mojibake is made the way it happens: a character's UTF-8 bytes read as Windows-1252 ("“" ->
"â€œ"). The property tests insert it at random places into real sentences (the bundled example
article and the shared test sentences) and check that the repair gives back the clean text and
that every offset maps exactly onto the text as given, through the whole pipeline too.
"""
from __future__ import annotations

import re

import ftfy.bad_codecs  # noqa: F401 - registers "sloppy-windows-1252"
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire import Article, process, process_many
from eventwire.contract import validate
from eventwire.records import Participant, Quote, Span
from eventwire.text_repair import repair
from tests.conftest import SEED_TEXT
from tests.news_sentences import SENTENCES

#: characters news text carries that get mis-decoded (quote marks, dashes, bullet, pound, nbsp)
MISDECODED = ("\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u2013", "\u2022", "\u00a3", "\u00e9",
              "\u2026", "\u00a0")
REAL = tuple(s for s in re.split(r"(?<=[.!?\u201d])\s+", SEED_TEXT.read_text(encoding="utf8"))
             if 40 <= len(s) <= 300)[:40] + SENTENCES


def misdecode(ch: str) -> str:
    """``ch`` as UTF-8 read as Windows-1252, undefined bytes lost, as in the wild."""
    return ch.encode("utf8").decode("sloppy-windows-1252").replace("\x9d", "\ufffd")


def insert(clean: str, cuts: list[tuple[int, str]]) -> tuple[str, str, list[int]]:
    """Insert each cut's character into ``clean``, mis-decoded: (dirty text, the text with the
    characters inserted as they should be, and for each boundary of that text the dirty offset
    it must map to)."""
    dirty, restored, where = [], [], []
    last = size = 0
    for pos, ch in cuts + [(len(clean), "")]:
        piece = clean[last:pos]
        dirty.append(piece)
        restored.append(piece)
        where.extend(range(size, size + len(piece)))
        size += len(piece)
        if ch:
            bad = misdecode(ch)
            dirty.append(bad)
            restored.append(ch)
            where.append(size)
            size += len(bad)
        last = pos
    return "".join(dirty), "".join(restored), where + [size]


CUTS = st.lists(st.tuples(st.integers(0, 300), st.sampled_from(MISDECODED)), min_size=1, max_size=6)


def _cuts(clean: str, raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Cut positions inside ``clean``, at most one per position, never inside a word."""
    starts = [0] + [m.end() for m in re.finditer(r"\W", clean)]
    return sorted({starts[p % len(starts)]: ch for p, ch in raw}.items())


# -- the alignment, without the model -------------------------------------------------------

def test_clean_text_is_left_alone():
    for text in ("plain ascii", "\u201cCurly\u201d quotes, caf\u00e9, na\u00efve, S\u00e3o Paulo, \u00a3100",
                 "a \u2018quoted\u2019 word, the voters\u2019 choice"):
        assert repair(text) is None


def test_typographic_apostrophes_in_words_are_parsed_as_ascii_ones():
    text = SEED_TEXT.read_text(encoding="utf8")
    fixed = repair(text)
    assert fixed is not None and len(fixed.text) == len(text) and fixed.breaks == ((0, 0),)
    changed = [i for i, (a, b) in enumerate(zip(text, fixed.text)) if a != b]
    assert changed and all(text[i] == "\u2019" and fixed.text[i] == "'" for i in changed)
    assert all(text[i - 1].isalpha() and text[i + 1].isalpha() for i in changed)


def test_a_typographic_contraction_reads_like_the_ascii_one():
    def events(text):
        return [(e.type, e.factuality, e.actor.name if e.actor else None)
                for e in process(Article(id="t", text=text, published="2016-03-05")).events]
    curly = "Obama said he\u2019ll meet Putin next week."
    assert events(curly) == events(curly.replace("\u2019", "'"))
    assert [(t, f) for t, f, _ in events(curly)] == [("AGREE", "future")]
    result = process(Article(id="t", text=curly, published="2016-03-05"))
    assert validate(result.to_dict(), curly) == []
    assert all("\u2019" in e.evidence.text for e in result.events)


def test_repairs_quote_marks_and_maps_offsets():
    text = "\u00e2\u20ac\u0153We will not stop,\u00e2\u20ac\ufffd he said."
    fixed = repair(text)
    assert fixed is not None
    assert fixed.text == "\u201cWe will not stop,\u201d he said."
    we = fixed.text.index("We")
    assert fixed.to_original(we) == 3 and text[3:5] == "We"
    assert fixed.to_original(len(fixed.text)) == len(text)
    # the closing mark (lost byte 0x9D) is restored from repair.yaml's lossy table
    assert fixed.to_original(fixed.text.index("\u201d")) == text.index("\u00e2\u20ac\ufffd")


def test_a_clean_curly_quote_next_to_mojibake_is_no_macroman():
    # ftfy alone reads "“â€™" as MacRoman ("҉۪"); only the mis-decoded UTF-8 is repaired
    text = "\u201c\u00e2\u20ac\u2122We will respond,\u201d he said."
    fixed = repair(text)
    assert fixed is not None and fixed.text == "\u201c\u2019We will respond,\u201d he said."
    assert [fixed.to_original(k) for k in range(4)] == [0, 1, 4, 5]


def test_misdecoded_no_break_space_and_pound():
    text = "a fine of \u00c2\u00a3100 was\u00c2 imposed"
    fixed = repair(text)
    assert fixed is not None and fixed.text == "a fine of \u00a3100 was\u00a0imposed"
    assert text[fixed.to_original(fixed.text.index("100")):].startswith("100 was")


def test_remap_recomputes_span_texts_from_the_original():
    text = "\u00e2\u20ac\u0153Stop,\u00e2\u20ac\ufffd Khan said."
    fixed = repair(text)
    assert fixed is not None
    q = Quote(text=fixed.text[0:7], start=0, end=7, kind="direct", speaker="Khan", speaker_entity=None,
              speaker_mention=Span.of(fixed.text, 8, 12), cue=Span.of(fixed.text, 13, 17))
    actor = Participant(name="Khan", country=None, sector=None, start=8, end=12, entity=None)
    mq, ma = fixed.remap([q, actor])
    assert (mq.start, mq.end, mq.text) == (0, 11, text[:11])
    assert mq.speaker_mention.text == "Khan" == text[mq.speaker_mention.start:mq.speaker_mention.end]
    assert mq.cue.text == "said"
    assert text[ma.start:ma.end] == "Khan" and ma.name == "Khan"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.sampled_from(REAL), CUTS)
def test_property_repair_restores_text_and_offsets(clean, raw):
    """Random mojibake in real sentences: the repair gives back the text as it should have been
    (curly quotes and all, apostrophes inside words as ASCII ones) and maps every boundary of it
    exactly onto the dirty text."""
    dirty, restored, where = insert(clean, _cuts(clean, raw))
    fixed = repair(dirty)
    assert fixed is not None
    # (and an apostrophe inside a word parsed as the ASCII one, one character for one)
    assert fixed.text == re.sub(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])", "'", restored)
    assert [fixed.to_original(k) for k in range(len(restored) + 1)] == where


# -- the pipeline --------------------------------------------------------------------------

PIPE = settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@PIPE
@given(st.lists(st.sampled_from(REAL), min_size=1, max_size=4), CUTS)
def test_property_pipeline_offsets_exact_after_repair(sentences, raw):
    """process() on dirty text: every span lies in the text as given and every span's text is
    that slice (contract.validate), and no extractor fails."""
    clean = " ".join(sentences)
    dirty, _, _ = insert(clean, _cuts(clean, raw))
    result = process(Article(id="dirty", text=dirty, published="2020-01-06"))
    assert validate(result.to_dict(), dirty) == []
    assert not [p for p in result.problems if p.code.startswith("E_")]


def test_misdecoded_quote_marks_become_a_direct_quote():
    dirty = ("\u00e2\u20ac\u0153We will not stop our march,\u00e2\u20ac\ufffd said VHP leader Ashok "
             "Singhal in Ayodhya on Friday.")
    result = process(Article(id="q", text=dirty, published="2002-03-10"))
    assert validate(result.to_dict(), dirty) == []
    direct = [q for q in result.quotes if q.kind == "direct"]
    assert len(direct) == 1
    q = direct[0]
    assert q.text == dirty[q.start:q.end] and "We will not stop our march" in q.text
    assert q.speaker and "Singhal" in q.speaker


def test_batched_equals_one_by_one_on_dirty_text():
    texts = [SENTENCES[1].replace("\u201c", misdecode("\u201c")).replace("\u201d", misdecode("\u201d")),
             SENTENCES[0], "plain text without names"]
    articles = [Article(id=f"a{i}", text=t, published="2020-01-06") for i, t in enumerate(texts)]
    assert [r.to_dict() for r in process_many(articles, batch_size=2)] == \
        [process(a).to_dict() for a in articles]


def test_dropped_candidates_index_the_text_as_given():
    """--explain's dropped candidates are mapped back like the records (mojibake shifts offsets,
    a typographic apostrophe changes the text)."""
    from eventwire.extract.trace import collecting

    dirty = ("\u00e2\u20ac\u0153Stop,\u00e2\u20ac\ufffd the minister\u2019s aide said. "
             "Residents want to attack the rally, Singh\u2019s aide said.")
    with collecting() as sink:
        process(Article(id="d", text=dirty, published="2002-03-10"))
    dropped = sink.get("d", [])
    assert dropped
    for d in dropped:
        for key in ("trigger", "evidence"):
            assert dirty[d[key]["start"]:d[key]["end"]] == d[key]["text"]


def test_an_apostrophe_written_twice_inside_a_word_is_parsed_as_one():
    # (crawled databases escape "'" as "''": "didn''t" lost its negation, "vhp''s" its possessive)
    from eventwire.text_repair import repair
    text = "he didn''t come and the vhp''s leader said ''no''."
    r = repair(text)
    assert r is not None and r.text == "he didn't come and the vhp's leader said ''no''."
    for word in ("didn't", "vhp's", "leader", "''no''"):
        i = r.text.index(word)
        assert text[r.to_original(i):r.to_original(i + len(word))] == word.replace("'", "''") \
            if word in ("didn't", "vhp's") else text[r.to_original(i):r.to_original(i + len(word))] == word


def test_a_negation_written_with_a_doubled_apostrophe_is_read():
    from eventwire.pipeline import process
    from eventwire.records import Article
    events = process(Article(id="t", text="The police didn''t arrest the protesters.", published="2002-03-05")).events
    assert [e.factuality for e in events if e.type == "COERCE"] in ([], ["negated"])
    assert all(e.factuality != "asserted" for e in events)


# -- markup tags a crawl left in the text (forty-first round) ---------------------------------

def test_markup_tags_are_parsed_as_spaces_one_for_one():
    text = 'He spoke on <time datetime="2016-06-29">Trump, who accused <a href="/x">Bill Clinton</a>.<tweet/>'
    fixed = repair(text)
    assert fixed is not None and len(fixed.text) == len(text)
    assert fixed.text == re.sub(r"<[^<>]*>", lambda m: " " * len(m.group()), text)
    assert [fixed.to_original(k) for k in range(len(text) + 1)] == list(range(len(text) + 1))


def test_comparisons_and_text_without_tags_are_left_alone():
    for text in ("x < y and z > w", "profit <10% and >5%", "a plain line"):
        assert repair(text) is None


def test_an_actor_after_a_tag_is_named_without_the_tags_attributes():
    text = ('Supporters cheered on <time datetime="2016-06-29">Trump, who has accused Bill Clinton of '
            'lying, spoke in Ohio on Monday.')
    result = process(Article(id="m", text=text, published="2016-06-29"))
    assert validate(result.to_dict(), text) == []
    names = [e.actor.name for e in result.events if e.actor is not None and e.type == "ACCUSE"]
    assert names and all(not n[:1].isdigit() for n in names)


def test_records_keep_the_text_as_given_around_a_tag():
    text = '<tweet tweet_id="778257943577919488">Obama condemned the attack in Paris on Monday.</tweet>'
    result = process(Article(id="t", text=text, published="2016-06-29"))
    assert validate(result.to_dict(), text) == []
    assert [(e.type, e.actor.name) for e in result.events if e.actor] == [("ACCUSE", "Obama")]
