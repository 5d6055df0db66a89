"""Quotes: direct, partial and indirect speech, each with its cue and resolved speaker.

One pass finds the quotations (``quote_marks``); each is typed (a title such as a book name is
dropped; a fragment inside a sentence is ``partial``, a whole utterance ``direct``) and gets the
speech verb governing it or standing next to it (``quote_cues``). Indirect speech is a speech
verb with a clausal complement outside quotation marks ("Esper told reporters that ..."), or
"according to X". Speakers are then resolved in document order (``quote_speakers``): a
quotation with no cue of its own continues the previous speaker when it follows a quotation in
the same paragraph or opens the next paragraph.

Not handled: quotations inside quotations, speech cued by nouns ("his claim that ..."),
single-quote marks, and indirect speech whose clause the parser attaches elsewhere.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..ontology.quotes import QuoteLexicon, quote_lexicon
from ..records import Problem, Quote, Span
from .quote_cues import (DocView, author_of, colon_cue, governing_cue, is_cue, mention_span,
                         nearby_cue, subject_of, verb_after)
from .quote_marks import Quotation, find_quotations, paragraph_bounds
from .quote_speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Token

    from . import Context

#: characters that, just before an opening mark, show that a whole utterance starts there
_UTTERANCE_BEFORE = frozenset(".:,;!?—–-()[]\n")
#: characters that, as the last inside a quotation, show that an utterance (or its part) ends
_UTTERANCE_END = frozenset(",?!—–-")


@dataclass(frozen=True)
class Candidate:
    """A quote before speaker resolution; ``mention`` is None when no cue was found."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    opens_paragraph: bool = False


def extract(doc: Any, ctx: "Context") -> list[Quote]:
    """Every quote of the article, in text order."""
    lex = quote_lexicon()
    text = ctx.article.text
    quotations, unbalanced = find_quotations(text, lex.max_quote_chars)
    if unbalanced:
        ctx.problems.append(Problem("W_UNBALANCED_QUOTES", f"{unbalanced} quotation mark(s) "
                                    "could not be paired; quotes near them may be missing", "quotes"))
    paragraphs = paragraph_bounds(text)
    view = DocView.build(doc, [(q.start, q.end) for q in quotations], text)
    cands = [c for q in quotations if (c := _marked(view, q, lex, paragraphs)) is not None]
    cands += _indirect(view, lex)
    cands.sort(key=lambda c: (c.start, c.end))
    return _resolve(cands, ctx, view, lex, paragraphs)


def _marked(view: DocView, q: Quotation, lex: QuoteLexicon,
            paragraphs: list[tuple[int, int]]) -> Candidate | None:
    """Type one quotation and find its cue; None for a title."""
    text = view.text
    i, j = view.tokens_in(q.start, q.end)
    if i >= j or _is_title(view, q, i, lex):
        return None
    para_start = paragraphs[q.paragraph][0]
    before = text[para_start:q.start - 1].rstrip()
    kind = "direct" if not before or before[-1] in _UTTERANCE_BEFORE else "partial"
    cue = governing_cue(view, i, j, lex) if kind == "partial" else None
    cue = cue or colon_cue(view, i, lex) or nearby_cue(view, i, j, lex)
    if cue is None and text[q.start:q.end].rstrip()[-1:] in _UTTERANCE_END:
        cue = verb_after(view, j, lex)
    return Candidate(q.start, q.end, kind, *_cue_and_mention(view, cue, lex),
                     opens_paragraph=not before)


def _cue_and_mention(view: DocView, cue: "Token | None",
                     lex: QuoteLexicon) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    if cue is None:
        return None, None
    cue_span = _cue_span(cue)
    subj = subject_of(cue, lex)
    if subj is None:
        return cue_span, None
    return cue_span, mention_span(view, author_of(subj, lex))


def _cue_span(cue: "Token") -> tuple[int, int]:
    """The cue's characters; "according to" keeps both words."""
    end_tok = cue.nbor(1) if cue.lower_ == "according" else cue
    return cue.idx, end_tok.idx + len(end_tok.text)


def _is_title(view: DocView, q: Quotation, i: int, lex: QuoteLexicon) -> bool:
    """A quoted title: a title word ("author of", "book") just before the mark and words in
    title case ("Revolution and Aftermath: A New Strategy Toward Iran.")."""
    if not any(view.doc[k].lower_ in lex.title_cues for k in range(max(0, i - 4), i)):
        return False
    words = [w for w in view.text[q.start:q.end].split() if w[:1].isalpha() and len(w) > 3]
    return not words or sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _indirect(view: DocView, lex: QuoteLexicon) -> list[Candidate]:
    """Speech verbs with a clausal complement outside quotation marks, and "according to"."""
    out = []
    for k in view.with_lemma(lex.indirect_cues | {"according", "accord"}):
        tok = view.doc[k]
        if view.in_quote[k] or not is_cue(tok, lex, lex.indirect_cues):
            continue
        content = _complement(view, tok)
        if content is None:
            continue
        cue_span, mention = _cue_and_mention(view, tok, lex)
        if mention is not None:
            out.append(Candidate(content[0], content[1], "indirect", cue_span, mention))
    return out


def _complement(view: DocView, cue: "Token") -> tuple[int, int] | None:
    """Character span of the reported clause, or None when there is none (or it is quoted)."""
    doc = view.doc
    if cue.lower_ == "according":
        head = cue.head
        sent = head.sent
        left = cue.left_edge.i
        right = cue.right_edge.i
        lo, hi = (right + 1, sent.end) if left <= sent.start + 1 else (sent.start, left)
    else:
        comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
        if comp is None:
            return None
        lo, hi = comp.left_edge.i, comp.right_edge.i + 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if hi - lo < 2 or any(view.in_quote[lo:hi]):
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _resolve(cands: list[Candidate], ctx: "Context", view: DocView, lex: QuoteLexicon,
             paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Give each candidate its speaker, in text order. A quotation with no cue of its own that
    continues the previous one, or one sharing its cue, joins the previous quote's record."""
    text = view.text
    resolver = SpeakerResolver(ctx, view, lex, paragraphs)
    out: list[Quote] = []
    prev: tuple[int, int, Candidate] | None = None  # (paragraph, index in out, candidate)
    for c in cands:
        para = resolver.paragraph(c.start)
        if c.kind != "indirect" and prev is not None and _joins(c, para, prev, out[prev[1]]):
            out[prev[1]] = _join(text, out[prev[1]], c)
            prev = (para, prev[1], c)
            continue
        if c.mention is None:
            if prev is None or not _opens_next(c, para, prev[0], out[prev[1]]):
                continue
            out.append(replace(out[prev[1]], text=text[c.start:c.end], start=c.start, end=c.end,
                               kind=c.kind, pieces=()))
        else:
            speaker = resolver.resolve(*c.mention)
            resolver.remember(c.start, speaker)
            out.append(Quote(text[c.start:c.end], c.start, c.end, c.kind, speaker.name, speaker.entity,
                             Span.of(text, *c.mention), Span.of(text, *c.cue) if c.cue else None))
        if c.kind != "indirect":
            prev = (para, len(out) - 1, c)
    return out


def _joins(c: Candidate, para: int, prev: tuple[int, int, Candidate], quote: Quote) -> bool:
    """``c`` continues ``quote``: it has no cue and follows in the same paragraph or opens the
    next one, or it hangs on the very same cue ("“A,” he said, “B.”")."""
    prev_para, _, prev_cand = prev
    if quote.speaker is None:
        return False
    if c.mention is None:
        return para == prev_para
    return c.cue == prev_cand.cue and para == prev_para


def _opens_next(c: Candidate, para: int, prev_para: int, quote: Quote) -> bool:
    """A cue-less quotation opening the paragraph after ``quote``'s continues its speaker."""
    return quote.speaker is not None and c.opens_paragraph and para == prev_para + 1


def _join(text: str, quote: Quote, c: Candidate) -> Quote:
    """``quote`` extended to the end of ``c``, keeping each quoted piece."""
    pieces = quote.pieces or (Span(quote.start, quote.end, quote.text),)
    kind = "direct" if "direct" in (quote.kind, c.kind) else quote.kind
    return replace(quote, text=text[quote.start:c.end], end=c.end, kind=kind,
                   pieces=pieces + (Span.of(text, c.start, c.end),))
