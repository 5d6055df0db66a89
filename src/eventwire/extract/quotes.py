"""Quotes: direct, partial and indirect speech, each with its cue and resolved speaker.

One pass finds the quotations (``quote_marks``); each is typed (a title such as a book name is
dropped; a fragment inside a sentence is ``partial``, a whole utterance ``direct``) and gets the
speech verb governing it or standing next to it (``quote_cues``). Indirect speech is a speech
verb with a clausal complement outside quotation marks ("Esper told reporters that ..."), or
"according to X"; a paraphrase holding quotations becomes one ``partial`` quote. Speakers are
then resolved in document order (``quote_speakers``): a quotation with no cue of its own joins
the previous quote when it follows it in the same paragraph, or is the whole next paragraph.

Not handled: quotations inside quotations, speech cued by nouns ("his claim that ..."),
single-quote marks, and indirect speech whose clause the parser attaches elsewhere.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..ontology.quotes import QuoteLexicon, quote_lexicon
from ..records import Problem, Quote, Span
from .quote_cues import (DocView, author_of, colon_cue, free_relative_speaker, governing_cue, governing_verb, is_cue,
                         labelled_speaker, mention_span, nearby_cue, sentence_before, subject_of,
                         verb_after)
from .quote_marks import Quotation, find_quotations, paragraph_bounds
from .quote_speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Token

    from . import Context

#: characters that, just before an opening mark, show that a whole utterance starts there
_UTTERANCE_BEFORE = frozenset(".:,;!?—–-()[]\n")
#: a dash or semicolon opening an aside after a paraphrase's last quotation
_ASIDE = re.compile(r"\s[—–-]{1,2}\s|;")
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
    #: False when the quotation runs on into the next paragraph without a closing mark
    closed: bool = True
    #: the quotation is its whole paragraph (nothing but marks and spaces around it)
    whole_paragraph: bool = False
    #: quotations inside a paraphrase (kind ``partial`` built from indirect speech)
    pieces: tuple[tuple[int, int], ...] = ()


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
    marked = [c for q in quotations if (c := _marked(view, q, lex, paragraphs)) is not None]
    cands = _combine(view, quotations, marked, _indirect(view, lex), lex)
    cands.sort(key=lambda c: (c.start, c.end))
    return _resolve(cands, ctx, view, lex, paragraphs)


def _marked(view: DocView, q: Quotation, lex: QuoteLexicon,
            paragraphs: list[tuple[int, int]]) -> Candidate | None:
    """Type one quotation and find its cue; None for a title."""
    text = view.text
    i, j = view.tokens_in(q.start, q.end)
    if i >= j:
        return None
    prev = _char_before(text, q.start - 1, paragraphs[q.paragraph][0])
    kind = "direct" if not prev or prev in _UTTERANCE_BEFORE else "partial"
    whole = not prev and not text[q.end + 1:paragraphs[q.paragraph][1]].strip()
    label = labelled_speaker(view, i, j) if kind == "direct" else None
    if label is not None:  # "- Carl Bialik: “...”", "“...” ― Esther Tapia"
        return Candidate(q.start, q.end, kind, *label, opens_paragraph=not prev, closed=q.closed,
                         whole_paragraph=whole)
    cue = governing_cue(view, i, j, lex) if kind == "partial" else None
    if cue is None and _is_title(view, q, i, lex):
        return None
    ends_utterance = kind == "direct" and text[q.start:q.end].rstrip()[-1:] in _UTTERANCE_END
    if cue is None and ends_utterance:  # “...,” she wrote. beats a colon before the quotation
        cue = verb_after(view, j, lex, speech_only=True)
        cue = None if cue is None or _introduces_next(view, cue) else cue
    cue = cue or colon_cue(view, i, lex) or nearby_cue(view, i, j, lex)
    if cue is None and ends_utterance:
        cue = verb_after(view, j, lex)
    if cue is None and kind == "partial" and not _is_scare_quote(view, q, i, lex):
        cue = governing_verb(view, i, j, lex)
    return Candidate(q.start, q.end, kind, *_cue_and_mention(view, cue, lex),
                     opens_paragraph=not prev, closed=q.closed, whole_paragraph=whole)


def _introduces_next(view: DocView, cue: "Token") -> bool:
    """Another quotation opens after ``cue`` before its sentence ends ("Mills then writes back
    “You look cute.”"): the verb may introduce that one rather than close the one before."""
    doc = view.doc
    for k in range(cue.i + 1, min(len(doc), cue.i + 1 + quote_lexicon().max_cue_distance)):
        if view.in_quote[k]:
            return True
        if doc[k].text in (".", "!", "?", ";") or doc[k].is_space and "\n" in doc[k].text:
            return False
    return False


def _char_before(text: str, pos: int, floor: int) -> str:
    """The last non-space character before ``pos`` and not before ``floor`` ("" if none)."""
    k = pos - 1
    while k >= floor and text[k].isspace():
        k -= 1
    return text[k] if k >= floor else ""


def _cue_and_mention(view: DocView, cue: "Token | None",
                     lex: QuoteLexicon) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    if cue is None:
        return None, None
    cue_span = _cue_span(cue)
    subj = subject_of(view, cue, lex)
    if subj is None or _crosses_paragraph(view, subj.i, cue.i):
        return cue_span, None
    return cue_span, mention_span(view, author_of(free_relative_speaker(view, cue, subj, lex), lex))


def _crosses_paragraph(view: DocView, a: int, b: int) -> bool:
    """A line break lies between tokens ``a`` and ``b`` (the parser joined two paragraphs)."""
    lo, hi = min(a, b), max(a, b)
    return any(view.doc[k].is_space and "\n" in view.doc[k].text for k in range(lo + 1, hi))


def _cue_span(cue: "Token") -> tuple[int, int]:
    """The cue's characters; "according to" keeps both words."""
    end_tok = cue.nbor(1) if cue.lower_ == "according" else cue
    return cue.idx, end_tok.idx + len(end_tok.text)


def _is_title(view: DocView, q: Quotation, i: int, lex: QuoteLexicon) -> bool:
    """A quoted title or name: title case ("Revolution and Aftermath: A New Strategy Toward
    Iran.") after a title word ("author of", "book"), or short, wholly in title case and after a
    word that introduces a name (CNN's “New Day,”)."""
    words = [w for w in view.text[q.start:q.end].split() if w[:1].isalpha()]
    long_words = [w for w in words if len(w) > 3] or words
    title_case = sum(w[0].isupper() for w in long_words) >= lex.title_case_share * len(long_words)
    if not words or not title_case:
        return False
    if len(words) <= lex.max_name_words and i >= 2 and _names_follow(view.doc[i - 2], lex):
        return True
    return any(view.doc[k].lower_ in lex.title_cues for k in range(max(0, i - 4), i))


def _names_follow(tok: "Token", lex: QuoteLexicon) -> bool:
    """The word before a quotation shows that a name follows (CNN's “New Day”, on “Meet the
    Press”, star of “Scandal”)."""
    return tok.tag_ == "POS" or tok.pos_ == "PROPN" or tok.lower_ in lex.name_prepositions


def _is_scare_quote(view: DocView, q: Quotation, i: int, lex: QuoteLexicon) -> bool:
    """A few words quoted inside a noun phrase (the “top secret” level, Obama's “pivot”),
    which no speech verb governs: a label, not speech."""
    if len(view.text[q.start:q.end].split()) > lex.max_scare_quote_words:
        return False
    k = i - 2  # i - 1 is the opening mark
    return k >= 0 and (view.doc[k].pos_ in ("DET", "PRON") or view.doc[k].tag_ in ("POS", "PRP$", "JJ"))


def _indirect(view: DocView, lex: QuoteLexicon) -> list[Candidate]:
    """Speech verbs (outside quotation marks) with a clausal complement, and "according to"."""
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
    """Character span of the reported clause, or None when there is none."""
    doc = view.doc
    if cue.lower_ == "according":
        head = cue.head
        sent = head.sent
        left = cue.left_edge.i
        right = cue.right_edge.i
        lo, hi = (right + 1, sent.end) if left <= sent.start + 1 else (sent.start, left)
    else:
        comps = [c for c in cue.children if c.dep_ == "ccomp"]
        if not comps:
            return None
        # the clause nearest the verb (the parser may hang a headline before it on it too)
        comp = min(comps, key=lambda c: c.left_edge.i - cue.i if c.i > cue.i else cue.i - c.right_edge.i)
        lo, hi = comp.left_edge.i, _cut_at_next_cue(view, comp, comp.right_edge.i + 1)
    lo, hi = _same_paragraph(view, cue.i, lo, hi)
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if hi - lo < 2:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _same_paragraph(view: DocView, k: int, lo: int, hi: int) -> tuple[int, int]:
    """Token range ``[lo, hi)`` clipped to the paragraph of token ``k`` (the parser sometimes
    runs a sentence across a paragraph break)."""
    doc = view.doc
    for m in range(k - 1, lo - 1, -1):
        if doc[m].is_space and "\n" in doc[m].text:
            lo = m + 1
            break
    for m in range(max(k + 1, lo), hi):
        if doc[m].is_space and "\n" in doc[m].text:
            return lo, m
    return lo, hi


def _cut_at_next_cue(view: DocView, comp: "Token", hi: int) -> int:
    """End of a reported clause, cut before a second report hanging on it ("he was
    “outraged”, arguing that ..."): that one is a quote of its own."""
    lex = quote_lexicon()
    for k in range(comp.i + 1, hi):
        tok = view.doc[k]
        if tok.dep_ in ("advcl", "conj") and is_cue(tok, lex, lex.cues) and not _second_that_clause(tok):
            return tok.left_edge.i
    return hi


def _second_that_clause(tok: "Token") -> bool:
    """``tok`` heads a second "that" clause of the same report ("says A and that she expects
    B"), which the parser joins to the first clause's verb."""
    return tok.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _combine(view: DocView, quotations: list[Quotation], marked: list[Candidate],
             indirect: list[Candidate], lex: QuoteLexicon) -> list[Candidate]:
    """Merge quotations into the indirect speech that contains them. A paraphrase holding
    quotations becomes one ``partial`` quote (its quotations its pieces), unless one quotation
    fills nearly all of it: then the quotation stays and the paraphrase goes. Indirect speech
    nested inside such a paraphrase goes too, as does any other indirect speech overlapping a
    quotation (the quotation is the better record)."""
    def quoted(c: Candidate) -> bool:
        i, j = view.tokens_in(c.start, c.end)
        return any(view.in_quote[i:j])

    outer = _outermost(indirect)
    outer_keys = {(c.start, c.end, c.cue) for c in outer}
    inner = [c for c in indirect if (c.start, c.end, c.cue) not in outer_keys]
    reports: dict[tuple[int, int], Candidate] = {}  # quotation -> the report it fills
    absorbed: set[tuple[int, int]] = set()
    for k, qs in _quotations_inside(outer, quotations).items():
        c = outer[k]
        end = max(c.end, qs[-1].end)  # a quotation may end past the clause ("... movement.”")
        if any(q.end - q.start >= lex.quote_fills_share * (end - c.start) for q in qs):
            reports.update({(q.start, q.end): c for q in qs})
            continue
        end = _cut_after(view, qs[-1].end + 1, end)
        outer[k] = replace(c, end=end, kind="partial", pieces=tuple((q.start, q.end) for q in qs))
        absorbed.update((q.start, q.end) for q in qs)
    kept = [c for c in outer if c.pieces or not quoted(c)]
    kept += [c for c in inner if not quoted(c)]
    for c in marked:
        report = reports.get((c.start, c.end))
        if c.mention is None and report is not None:  # the report's verb and subject are its cue
            c = replace(c, cue=report.cue, mention=report.mention)
        if (c.start, c.end) not in absorbed:
            kept.append(c)
    return kept


def _quotations_inside(outer: list[Candidate], quotations: list[Quotation]) -> dict[int, list[Quotation]]:
    """For each index into ``outer`` (sorted, not nested), the quotations starting inside it."""
    starts = [c.start for c in outer]
    inside: dict[int, list[Quotation]] = {}
    for q in quotations:
        k = bisect.bisect_right(starts, q.start) - 1
        if k >= 0 and outer[k].end > q.start:
            inside.setdefault(k, []).append(q)
    return inside


def _cut_after(view: DocView, start: int, end: int) -> int:
    """``end`` moved back to the last quotation's closing mark (``start`` is just after it)
    when a participle or a conjoined verb follows it ("said things “should be wrapped up by
    Cleveland,” referring to ...", "“...,” and shared a link"), else to a dash or semicolon
    in ``text[start:end]`` that starts an aside ("he was “encouraged” by the plan — a modest
    boost ...")."""
    k, _ = view.tokens_in(start, end)
    while k < len(view.doc) and view.doc[k].idx < end and (view.doc[k].is_punct or view.doc[k].is_space):
        k += 1
    if k < len(view.doc) and view.doc[k].idx < end and (
            view.doc[k].tag_ == "VBG" or view.doc[k].lower_ in ("and", "but")):
        return start
    m = _ASIDE.search(view.text, start, end)
    return max(start - 1, m.start()) if m else end


def _outermost(cands: list[Candidate]) -> list[Candidate]:
    """The candidates not contained in another one, sorted by start."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if not out or c.end > out[-1].end:
            out.append(c)
    return out


def _resolve(cands: list[Candidate], ctx: "Context", view: DocView, lex: QuoteLexicon,
             paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Give each candidate its speaker, in text order. A quotation with no cue of its own that
    continues the previous one, or one sharing its cue, joins the previous quote's record."""
    text = view.text
    resolver = SpeakerResolver(ctx, view, lex, paragraphs)
    out: list[Quote] = []
    joined: dict[int, list[tuple[int, int]]] = {}  # index in out -> pieces joined so far
    prev: tuple[int, int, Candidate] | None = None  # (paragraph, index in out, candidate)
    for c in cands:
        para = resolver.paragraph(c.start)
        guess = _speaker_before(view, c, lex)
        if guess is not None and prev is not None and resolver.resolve(*guess[1]).name != out[prev[1]].speaker:
            c, guess = replace(c, cue=guess[0], mention=guess[1]), None  # another speaker: no join
        if c.kind != "indirect" and prev is not None and _joins(c, para, prev, out[prev[1]], joined, lex):
            joined.setdefault(prev[1], [(out[prev[1]].start, out[prev[1]].end)]).append((c.start, c.end))
            prev = (para, prev[1], c)
            continue
        if guess is not None:
            c = replace(c, cue=guess[0], mention=guess[1])
        if c.mention is None:
            continue
        else:
            speaker = resolver.resolve(*c.mention)
            resolver.remember(c.start, speaker)
            out.append(Quote(text[c.start:c.end], c.start, c.end, c.kind, speaker.name, speaker.entity,
                             Span.of(text, *c.mention), Span.of(text, *c.cue) if c.cue else None,
                             tuple(Span.of(text, *p) for p in c.pieces)))
        if c.kind != "indirect":
            prev = (para, len(out) - 1, c)
    for k, pieces in joined.items():
        out[k] = replace(out[k], text=text[out[k].start:pieces[-1][1]], end=pieces[-1][1],
                         pieces=tuple(Span.of(text, *p) for p in pieces))
    return out


def _speaker_before(view: DocView, c: Candidate,
                    lex: QuoteLexicon) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """For a whole sentence quoted with no cue, the cue and speaker mention of the sentence
    right before it (``sentence_before``); None otherwise."""
    if c.mention is not None or c.kind != "direct" or view.text[c.start:c.end].rstrip(" '’\"”)")[-1:] not in ".?!…":
        return None  # a quotation not ending a sentence is rather a name or slogan
    verb = sentence_before(view, view.tokens_in(c.start, c.end)[0], lex)
    cue, mention = _cue_and_mention(view, verb, lex)
    return (cue, mention) if mention is not None else None


def _joins(c: Candidate, para: int, prev: tuple[int, int, Candidate], quote: Quote,
           joined: dict[int, list[tuple[int, int]]], lex: QuoteLexicon) -> bool:
    """``c`` joins ``quote``'s record: it has no cue and follows in the same paragraph or opens
    the next one (wholly a quotation, or after a run-on), or it hangs on the very same cue
    ("“A,” he said, “B.”"); and the record stays mostly quotation (``min_quoted_share``). A
    cue-less quotation that cannot join is left out: the speaker is not known."""
    prev_para, index, prev_cand = prev
    pieces = joined.get(index, [(quote.start, quote.end)])
    quoted = sum(e - s for s, e in pieces) + c.end - c.start
    if quote.speaker is None or quoted < lex.min_quoted_share * (c.end - quote.start):
        return False
    if c.mention is None:
        next_para = para == prev_para + 1 and (c.whole_paragraph or not prev_cand.closed)
        return para == prev_para or (c.opens_paragraph and next_para)
    same_cue = c.cue == prev_cand.cue and para == prev_para
    return same_cue and (c.kind == "direct" or c.start - pieces[-1][1] <= lex.partial_gap_chars)
