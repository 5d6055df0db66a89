"""Find tokens by their lower-case form without building a Token object for every token.

Iterating a spaCy Doc creates one Python ``Token`` per token, which costs more than most of what
an extractor then does with it. ``indices`` reads the Doc's arrays of lower-case form and shape
(hashes) instead and returns only the token indices worth looking at; callers then check those
tokens exactly as before, so their output does not change. ``lemmas``, ``pos``,
``line_breaks`` and ``sentence_bounds`` likewise read arrays, and ``text`` and ``ents`` keep what spaCy rebuilds from
every token on each access; each is worked out once per Doc and kept in ``doc.user_data``
(the extractors never change a Doc's tokens, annotations or entities).
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def indices(doc: "Doc", lower: Iterable[str], digit_start: bool = False) -> list[int]:
    """Ascending indices of the tokens whose lower-case form is one of ``lower`` or, with
    ``digit_start``, whose first character is a digit (``token.text[:1].isdigit()``: the shape
    starts with "d"). Reads where each lower-case form stands (and which shapes start with a
    digit), found once per document (kept in ``doc.user_data``): a large word list (surnames)
    is matched against the document's distinct words, not hashed on each call."""
    if not len(doc):
        return []
    at = doc.user_data.get(_LOWER_AT)
    if at is None:
        at = {}
        for i, w in enumerate(lowers(doc)):
            where = at.get(w)
            if where is None:
                at[w] = [i]
            else:
                where.append(i)
        doc.user_data[_LOWER_AT] = at
    if isinstance(lower, (set, frozenset, dict)) and len(lower) > len(at):
        hits = [at[w] for w in at if w in lower]
    else:
        hits = [at[w] for w in set(lower) if w in at]
    if digit_start:
        digits = doc.user_data.get(_DIGIT_AT)
        if digits is None:
            strings = doc.vocab.strings
            shapes = doc.to_array("SHAPE").tolist()
            starts = {h for h in set(shapes) if strings[h][:1] == "d"}
            digits = doc.user_data[_DIGIT_AT] = [i for i, h in enumerate(shapes) if h in starts]
        hits.append(digits)
    if len(hits) == 1:
        return list(hits[0])
    return sorted({i for found in hits for i in found})


#: Doc.user_data keys of what ``lemmas``, ``lowers``, ``pos`` and ``line_breaks`` compute once per document
_LEMMAS = "eventwire.token_scan.lemmas"
_LOWERS = "eventwire.token_scan.lowers"
_LOWER_AT = "eventwire.token_scan.lower_at"
_DIGIT_AT = "eventwire.token_scan.digit_at"
_POS = "eventwire.token_scan.pos"
_LINE_BREAKS = "eventwire.token_scan.line_breaks"


def lemmas(doc: "Doc") -> list[str]:
    """The lower-case lemma of every token (``doc[i].lemma_.lower()`` at index i), read from the
    Doc's lemma array once per document (kept in ``doc.user_data``): a rule that looks at a few
    lemmas picks its tokens from this list instead of building every Token of a sentence."""
    found = doc.user_data.get(_LEMMAS)
    if found is None:
        strings = doc.vocab.strings
        hashes = doc.to_array("LEMMA").tolist() if len(doc) else []
        lower = {h: strings[h].lower() for h in set(hashes)}
        found = doc.user_data[_LEMMAS] = [lower[h] for h in hashes]
    return found


def lowers(doc: "Doc") -> list[str]:
    """The lower-case form of every token (``doc[i].lower_`` at index i), read from the Doc's
    LOWER array once per document (kept in ``doc.user_data``)."""
    found = doc.user_data.get(_LOWERS)
    if found is None:
        strings = doc.vocab.strings
        hashes = doc.to_array("LOWER").tolist() if len(doc) else []
        lower = {h: strings[h] for h in set(hashes)}
        found = doc.user_data[_LOWERS] = [lower[h] for h in hashes]
    return found


def pos(doc: "Doc") -> list[int]:
    """The coarse part-of-speech id of every token (``doc[i].pos``, comparable with
    ``spacy.parts_of_speech``), read from the Doc's array once per document (``doc.user_data``)."""
    found = doc.user_data.get(_POS)
    if found is None:
        found = doc.user_data[_POS] = doc.to_array("POS").tolist() if len(doc) else []
    return found


def line_breaks(doc: "Doc") -> list[int]:
    """Ascending indices of the whitespace tokens that hold a line break (``tok.is_space and
    "\\n" in tok.text``), found once per document (kept in ``doc.user_data``)."""
    found = doc.user_data.get(_LINE_BREAKS)
    if found is None:
        if not len(doc):
            return []
        strings = doc.vocab.strings
        arr = doc.to_array(["ORTH", "IS_SPACE"])   # (the token's own is_space flag, as tok.is_space reads it)
        spaces = arr[:, 1] != 0
        breaking = [h for h in numpy.unique(arr[spaces, 0]).tolist() if "\n" in strings[h]]
        found = doc.user_data[_LINE_BREAKS] = numpy.flatnonzero(
            spaces & numpy.isin(arr[:, 0], numpy.array(breaking, dtype=numpy.uint64))).tolist()
    return found


#: Doc.user_data key of the sentence starts ``sentence_bounds`` reads (None: ask spaCy)
_SENT_STARTS = "eventwire.token_scan.sent_starts"


def sentence_bounds(tok: "Token") -> tuple[int, int]:
    """(start, end) token indices of ``tok.sent``, by bisection over the document's sentence
    starts (read once from its SENT_START array, kept in ``doc.user_data``): the bounds spaCy's
    ``Span.sent`` finds by walking from the token to the nearest ``sent_start == 1`` either side,
    without building the Span. A Doc without sentence annotation or with sentence hooks is left
    to ``tok.sent`` (which raises or calls the hook as before)."""
    doc = tok.doc
    starts = doc.user_data.get(_SENT_STARTS, False)
    if starts is False:
        starts = None
        if doc.has_annotation("SENT_START") and not ({"sents"} & doc.user_hooks.keys() or "sent" in doc.user_span_hooks
                                                      or "sent" in doc.user_token_hooks):
            starts = [0] + [i for i in numpy.flatnonzero(doc.to_array("SENT_START") == 1).tolist() if i]
        doc.user_data[_SENT_STARTS] = starts
    if starts is None:
        sent = tok.sent
        return sent.start, sent.end
    k = bisect.bisect_right(starts, tok.i)
    return starts[k - 1], starts[k] if k < len(starts) else len(doc)


#: Doc.user_data keys of what ``text`` and ``ents`` compute once per document
_TEXT = "eventwire.token_scan.text"
_ENTS = "eventwire.token_scan.ents"


def text(doc: "Doc") -> str:
    """``doc.text``, once per document (spaCy's ``Doc.text`` re-joins every token on each
    access), kept in ``doc.user_data``."""
    found = doc.user_data.get(_TEXT)
    if found is None:
        found = doc.user_data[_TEXT] = doc.text
    return found


def known_text(doc: "Doc", parsed: str) -> None:
    """Keep ``parsed``, the text ``doc`` was parsed from, as its ``text``: spaCy's tokenizer is
    lossless (``doc.text == parsed``; the unit tests check it on real articles), so the pipeline,
    which knows that text, spares the re-join of every token. A text of another length than the
    Doc's is not kept (a Doc parsed from something else: ``text`` then joins its tokens)."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(parsed):
        doc.user_data.setdefault(_TEXT, parsed)


def ents(doc: "Doc") -> Sequence["Span"]:
    """``doc.ents``, once per document (spaCy's ``Doc.ents`` builds every Token on each access),
    kept in ``doc.user_data``. The extractors never change a Doc's entities."""
    found = doc.user_data.get(_ENTS)
    if found is None:
        found = doc.user_data[_ENTS] = doc.ents
    return found
