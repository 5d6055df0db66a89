"""Find the text inside quotation marks, in one left-to-right pass (linear in the text length).

Curly marks (“ ” „ « ») say which side they are on; a straight ``"`` is an opener after a
space and before a word, a closer after a word and before a space or punctuation, and toggles
when its neighbours do not tell. A quotation never
crosses a paragraph break, except by the newswire convention for a quotation that runs over
several paragraphs: the paragraph ends without a closing mark and the next one opens with a
mark; then the open quotation ends at the paragraph end. Any other mark left open at the end of
a paragraph, a closing mark with nothing open, or a quotation longer than ``max_chars`` is
counted as unbalanced and yields nothing, so a stray mark never swallows the rest of the text.

Marks inside markup left in scraped text (``<tweet author="@x">``) are skipped.

Not handled: single quotation marks (‘ ’ and ``'``, ambiguous with apostrophes; in news they
mostly mark nested quotations or headlines), and quotations nested inside quotations.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
_MARK = re.compile(r'[“„«”»"]')
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"\n")
_OPENS_WITH_MARK = re.compile(r'\s*[“„«"]')
#: markup left in scraped text (``<tweet author="@x">``): marks inside it are not quotations
_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,300}>")


_BEFORE_OPENER = frozenset(" \t\n([{—–-/")
_AFTER_CLOSER = frozenset(" \t\n.,;:!?)]}—–-/")


def _straight_side(text: str, pos: int, start: int, end: int, nothing_open: bool) -> str:
    """Which side a straight ``"`` is on: an opener after a space and before a word, a closer
    after a word and before a space or punctuation; otherwise whatever pairs with the state."""
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    opens, closes = before in _BEFORE_OPENER, after in _AFTER_CLOSER
    if opens != closes:
        return "“" if opens else "”"
    return "“" if nothing_open else "”"


@dataclass(frozen=True)
class Quotation:
    """The inside of one pair of marks: ``text[start:end]`` excludes the marks themselves."""

    start: int
    end: int
    #: index of the paragraph the quotation starts in (0-based)
    paragraph: int
    #: False when the quotation runs on into the next paragraph (no closing mark here)
    closed: bool = True


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: blank-line separated if the text has blank lines,
    else one paragraph per line. Empty paragraphs are skipped."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE
    bounds, pos = [], 0
    for m in splitter.finditer(text):
        if text[pos:m.start()].strip():
            bounds.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        bounds.append((pos, len(text)))
    return bounds


def find_quotations(text: str, max_chars: int) -> tuple[list[Quotation], int]:
    """All quotations in ``text`` in order, and the number of unbalanced marks met."""
    paras = paragraph_bounds(text)
    tags = [(m.start(), m.end()) for m in _TAG.finditer(text)] if "<" in text else []
    found: list[Quotation] = []
    unbalanced = 0
    for i, (start, end) in enumerate(paras):
        runs_on = i + 1 < len(paras) and bool(_OPENS_WITH_MARK.match(text, paras[i + 1][0]))
        quotes, bad = _scan_paragraph(text, start, end, i, runs_on, tags)
        unbalanced += bad
        for q in quotes:
            if q.end - q.start > max_chars:
                unbalanced += 1
            elif text[q.start:q.end].strip():
                found.append(q)
    return found, unbalanced


def _scan_paragraph(text: str, start: int, end: int, index: int, runs_on: bool,
                    tags: list[tuple[int, int]]) -> tuple[list[Quotation], int]:
    """Pair the marks of one paragraph; ``runs_on``: the next paragraph opens with a mark;
    marks inside ``tags`` (sorted markup spans) are skipped."""
    out: list[Quotation] = []
    open_at: int | None = None
    bad = 0
    t = max(0, bisect.bisect_right(tags, (start, start)) - 1)
    for m in _MARK.finditer(text, start, end):
        ch, pos = m.group(), m.start()
        while tags and t < len(tags) and tags[t][1] <= pos:
            t += 1
        if tags and 0 <= t < len(tags) and tags[t][0] <= pos < tags[t][1]:
            continue
        if ch == STRAIGHT:
            ch = _straight_side(text, pos, start, end, open_at is None)
        if ch in OPENERS:
            bad += open_at is not None
            open_at = pos
        elif open_at is not None:
            out.append(Quotation(open_at + 1, pos, index))
            open_at = None
        else:
            bad += 1
    if open_at is not None:
        if runs_on:
            stop = end
            while stop > open_at + 1 and text[stop - 1].isspace():
                stop -= 1
            out.append(Quotation(open_at + 1, stop, index, closed=False))
        else:
            bad += 1
    return out, bad
