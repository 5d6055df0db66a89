"""Cue verbs and their speakers, read off the dependency parse around a quotation.

Everything here works on one parsed ``Doc`` through a ``DocView`` (token start offsets, which
tokens lie inside quotation marks, the entity each token belongs to), built once per article,
so each lookup is a short local walk: the extractor stays linear in the article length.

Not handled: cues that are nouns ("his claim that ..."), speakers that are only implied
("Asked about X, ..." with the subject in another sentence), and parse errors of the model.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IDX, LEMMA

from ..ontology.grammar import grammar
from ..ontology.quotes import QuoteLexicon
from . import token_scan
from .syntax import BORROW_DEPS, DASHES, MENTION_LEFT_DEPS, NUMERIC_ENTS, PARTY_ENTS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CUE_POS = frozenset({"VERB", "AUX"})
#: entity labels of a subject that can speak
#: entity labels of a subject that cannot
#: dashes that set a name apart from a quotation ("“...” ― Esther Tapia", "- Carl Bialik: “...”")
#: how many tokens a name standing alone beside a quotation may have ("Frank Newport and Jim Harter")
_MAX_LABEL_TOKENS = 8


@dataclass
class DocView:
    """Per-article indexes over a Doc (built once, read by every quotation)."""

    doc: "Doc"
    #: ``doc.text``, computed once (spaCy rebuilds it from the tokens on every access)
    text: str
    starts: list[int]
    in_quote: bytearray
    ent_of: list["Span | None"]

    @classmethod
    def build(cls, doc: "Doc", quoted: list[tuple[int, int]], text: str) -> "DocView":
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        in_quote = bytearray(len(doc))
        for s, e in quoted:
            i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            in_quote[i:j] = b"\x01" * (j - i)
        ent_of: list["Span | None"] = [None] * len(doc)
        for ent in token_scan.ents(doc):
            ent_of[ent.start:ent.end] = [ent] * (ent.end - ent.start)
        return cls(doc, text, starts, in_quote, ent_of)

    def with_lemma(self, lemmas: frozenset[str]) -> list[int]:
        """Indices of the tokens whose lemma (as spaCy stores it) is one of ``lemmas``."""
        if not len(self.doc):
            return []
        strings = self.doc.vocab.strings
        wanted = [strings[w] for w in lemmas if w in strings]
        return numpy.flatnonzero(numpy.isin(self.doc.to_array(LEMMA), wanted)).tolist()

    def tokens_in(self, start: int, end: int) -> tuple[int, int]:
        """Token index range ``[i, j)`` of the tokens that start inside ``[start, end)``."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)


def is_cue(tok: "Token", lex: QuoteLexicon, lemmas: frozenset[str]) -> bool:
    """A speech verb from ``lemmas``, or the ``according`` of "according to"."""
    if tok.lower_ == "according":
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.lower_ == "to"
    return tok.pos_ in CUE_POS and tok.lemma_.lower() in lemmas


def subject_of(view: DocView, tok: "Token", lex: QuoteLexicon, depth: int = 0) -> "Token | None":
    """Who the cue verb ``tok`` attributes speech to: its subject (never one inside quotation
    marks, nor a date or number), the object of "according to", the subject borrowed from a
    governing verb, a name right after the verb ("said Rep. Elijah Cummings" parsed as an
    object), or the noun a participle modifies."""
    if tok.lower_ == "according":
        return _according_source(tok)
    agent = (_passive_agent(view, tok) if depth == 0 and is_cue(tok, lex, lex.cues)
             and tok.lemma_.lower() not in lex.passive_subject_speaks else None)
    if agent is not None:  # "Rubio was asked by moderator Gerard Baker whether ..."
        return None if view.in_quote[agent.i] else agent
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if subjects:  # the parser may give a verb two: the nearest outside the quotation
        outside = [c for c in subjects if not view.in_quote[c.i]]
        subj = min(outside, key=lambda c: abs(c.i - tok.i)) if outside else None  # the nearest
        return None if subj is None or _not_a_speaker(view, subj) else subj
    if depth < 3 and tok.dep_ in BORROW_DEPS and tok.head is not tok:
        if line_break_between(view, tok, tok.head):  # the parser ran the sentence over a break
            return _opening_name(view, tok)
        return subject_of(view, _reporting_head(tok, lex), lex, depth + 1)
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        named = tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and tok.lemma_.lower() in lex.naming_verbs
        return (named and _namer(view, tok.head, lex, depth)) or tok.head  # "a class called “X”"
    return _inverted_subject(view, tok)


def _namer(view: DocView, noun: "Token", lex: QuoteLexicon, depth: int) -> "Token | None":
    """Who uses the name given to ``noun`` ("Carson shared a syllabus for a class called
    “Perception”"): the subject of the verb above the noun, not the thing named."""
    verb, steps = noun.head, 0
    while verb.pos_ not in CUE_POS and verb.head is not verb and steps < 4:
        verb, steps = verb.head, steps + 1
    if verb.pos_ not in CUE_POS or depth >= 3 or line_break_between(view, noun, verb):
        return None
    return subject_of(view, verb, lex, depth + 1)


def _inverted_subject(view: DocView, tok: "Token") -> "Token | None":
    """The name after a speech verb that follows punctuation: a name right after it (", says
    Evan Tracey"), or, after a closing quotation mark, a name within a few tokens ("“...,” said
    Oversight ranking Democrat Elijah Cummings", which the parser reads as an object or worse),
    else the last word of the first run of nouns there ("“...,” said the woman")."""
    doc = view.doc
    before = tok.i - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    if before < 0 or not doc[before].is_punct:
        return None
    nxt = view.ent_of[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.label_ in PARTY_ENTS:  # ..., says Evan Tracey
        return doc[nxt.end - 1]
    if before > 0 and doc[before].text == "," and doc[before - 1].is_quote:
        before -= 1  # “...”, said X
    if not doc[before].is_quote:
        return None
    window = range(tok.i + 1, min(len(doc), tok.i + 7))
    return _last_of_run(view, window, "PROPN", True) or _last_of_run(view, window, "NOUN", False)


def _last_of_run(view: DocView, window: range, wanted: str, skip: bool) -> "Token | None":
    """The last ``wanted`` token (PROPN or NOUN) of the first run of nouns in ``window`` that
    holds one ("Rubio spokesman Alex Conant" -> Conant); dates and numbers are no nouns here.
    Before the run, other words are skipped when ``skip``, else only determiners and
    adjectives; punctuation or a quotation ends the search."""
    doc, last, started = view.doc, None, False
    for k in window:
        ent = view.ent_of[k]
        noun = doc[k].pos_ in ("PROPN", "NOUN") and (ent is None or ent.label_ not in NUMERIC_ENTS)
        if noun and (started or doc[k].pos_ == wanted):
            started = True
            last = k if doc[k].pos_ == wanted else last
        elif (started or doc[k].is_punct or view.in_quote[k]
              or not skip and doc[k].pos_ not in ("DET", "ADJ", "NUM")):
            break
    return doc[last] if last is not None else None


def _opening_name(view: DocView, tok: "Token") -> "Token | None":
    """The name opening the paragraph of ``tok`` and followed by a comma or a verb ("De Blasio,
    speaking on WOR710, called Trump a “blowhard,” and said ..."), for a verb whose parse head
    lies in another paragraph; None when the paragraph does not open with a name."""
    doc, k = view.doc, tok.i
    while k > 0 and not (doc[k - 1].is_space and "\n" in doc[k - 1].text):
        k -= 1
    last = None
    while k < tok.i and doc[k].pos_ == "PROPN" and not view.in_quote[k]:
        last, k = k, k + 1
    if last is None or not (doc[k].text == "," or doc[k].pos_ in CUE_POS):
        return None
    return doc[last]


def _reporting_head(tok: "Token", lex: QuoteLexicon) -> "Token":
    """The speech verb ``tok`` hangs on, going up past the verbs of the reported clause
    ("Suu Kyi said it was too early but added, “...”": *added* -> *said*, not *was*); the
    immediate head when no speech verb is above, or the verb above a preposition ("Obama
    punctuated his list by saying “Too many.”": *saying* -> *by* -> *punctuated*)."""
    anc, steps = tok.head, 0
    while not is_cue(anc, lex, lex.cues) and anc.head is not anc and steps < 6:
        anc, steps = anc.head, steps + 1
    if is_cue(anc, lex, lex.cues):
        return anc
    return tok.head.head if tok.head.pos_ == "ADP" and tok.head.head.pos_ in CUE_POS else tok.head


def _not_a_speaker(view: DocView, tok: "Token") -> bool:
    """Dates, times and numbers ("5:45 p.m." glued to the next line by the parser)."""
    ent = view.ent_of[tok.i]
    return tok.like_num or (ent is not None and ent.label_ in NUMERIC_ENTS)


def _passive_agent(view: DocView, tok: "Token") -> "Token | None":
    """The "by" agent of a passive speech verb ("was asked by host Bill Maher", "by a reporter";
    not for ``passive_subject_speaks`` verbs: in "Smith was quoted by Reuters" Smith speaks),
    when it names someone: a name, a pronoun or a determined noun (not "quoted by name")."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if pobj is None:
        return None
    ent = view.ent_of[pobj.i]
    if (ent is not None and ent.label_ in PARTY_ENTS) or pobj.pos_ in ("PROPN", "PRON"):
        return pobj
    return pobj if any(c.dep_ in ("det", "poss", "compound", "amod") for c in pobj.children) else None


def _according_source(tok: "Token") -> "Token | None":
    for child in tok.children:
        if child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def author_of(noun: "Token", lex: QuoteLexicon) -> "Token":
    """For a statement noun ("the general's letter", "a statement from the White House", "X
    issued a statement"), the author when the text names one; otherwise the noun itself."""
    if noun.lower_ not in lex.statement_nouns:
        return noun
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ == "dobj":  # "Mackler issued a statement saying ...": who issued it
        issuer = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
        if issuer is not None:
            return issuer
    return noun


def mention_span(view: DocView, tok: "Token") -> tuple[int, int]:
    """Character span of the speaker mention headed by ``tok``: its named entity (without a
    trailing possessive), else the head noun with its compound/adjective modifiers."""
    ent = view.ent_of[tok.i]
    if ent is not None:
        end_tok = ent.end
        while end_tok - 1 > ent.start and view.doc[end_tok - 1].tag_ == "POS":
            end_tok -= 1
        last = view.doc[end_tok - 1]
        return ent.start_char, last.idx + len(last.text)
    start = tok.idx
    for child in tok.lefts:
        if child.dep_ in MENTION_LEFT_DEPS and child.tag_ != "PRP$":
            start = min(start, child.left_edge.idx if child.dep_ == "compound" else child.idx)
    return start, tok.idx + len(tok.text)


def governing_cue(view: DocView, i: int, j: int, lex: QuoteLexicon) -> "Token | None":
    """The outermost speech verb above the quoted tokens ``[i, j)`` in the parse tree: in "He
    said he is certain Rubio will continue to be “a champion”" that is "said", not "continue"."""
    doc = view.doc
    root = next((doc[k] for k in range(i, j) if not i <= doc[k].head.i < j), None)
    tok, steps, found = root, 0, None
    while tok is not None and steps < 12 and tok.head is not tok:
        child, tok, steps = tok, tok.head, steps + 1
        if child.dep_ in SUBJECT_DEPS:
            break  # the quotation is part of who speaks ("the author of “...” said"), not speech
        if line_break_between(view, child, tok):
            break  # the parser ran a sentence over a paragraph break
        if not view.in_quote[tok.i] and is_cue(tok, lex, lex.cues):
            found = tok
            if tok.dep_ in ("advcl", "conj"):
                break  # a report of its own hanging on the one above ("said ..., adding that “...”")
    return found


def governing_verb(view: DocView, i: int, j: int, lex: QuoteLexicon) -> "Token | None":
    """The nearest verb with a subject above the quoted tokens ``[i, j)``, preferring one whose
    subject can speak (a name or a personal pronoun): for a fragment quoted inside a sentence
    whose verb reports it without being a speech verb ("Moore thanked him for “stepping up”",
    "Huckabee is labeling Obama's actions “an abuse of power”")."""
    doc = view.doc
    root = next((doc[k] for k in range(i, j) if not i <= doc[k].head.i < j), None)
    tok, steps, first = root, 0, None
    while tok is not None and steps < 8 and tok.head is not tok:
        child, tok, steps = tok, tok.head, steps + 1
        if line_break_between(view, child, tok):
            break
        if tok.pos_ != "VERB" or view.in_quote[tok.i]:
            continue
        subj = subject_of(view, tok, lex)
        if subj is not None and _can_speak(view, subj, lex):
            return tok
        first = first or (tok if subj is not None else None)
    return first


def line_break_between(view: DocView, a: "Token", b: "Token") -> bool:
    """A line break lies between tokens ``a`` and ``b`` (in either order)."""
    lo, hi = (a, b) if a.i < b.i else (b, a)
    return view.text.find("\n", lo.idx, hi.idx) != -1


def _can_speak(view: DocView, tok: "Token", lex: QuoteLexicon) -> bool:
    """A name of a person, organisation, country or group, or a personal pronoun."""
    ent = view.ent_of[tok.i]
    return (ent is not None and ent.label_ in PARTY_ENTS) or tok.lower_ in lex.personal_pronouns


def nearby_cue(view: DocView, i: int, j: int, lex: QuoteLexicon) -> "Token | None":
    """A speech verb with a subject in the same sentence just after ``[i, j)`` or just before
    it, whichever is closer (after wins a tie); never inside another quotation."""
    after = _scan(view, j, +1, lex)
    before = _scan(view, i - 1, -1, lex)
    if after is None or before is None:
        return after or before
    return after if (after.i - j) <= (i - 1 - before.i) else before


def colon_cue(view: DocView, i: int, lex: QuoteLexicon) -> "Token | None":
    """The verb introducing a quotation after a colon ("Trump boomed: “...”", also when the
    colon ends the previous paragraph), provided it has a subject. The colon's head is tried
    first, then the word before the colon, whose verb needs a subject that can speak (the
    parser may hang the colon on the quoted clause: "Sanders delivered a snappy retort: “No
    one is tearing this up.”")."""
    doc = view.doc
    k = i - 2  # i - 1 is the opening mark
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or doc[k].text != ":" or view.in_quote[k]:
        return None
    for first, start in enumerate((doc[k].head, doc[k - 1])):
        tok, steps = start, 0
        while tok.pos_ not in CUE_POS and tok.head is not tok and steps < 4:
            tok, steps = tok.head, steps + 1
        subj = subject_of(view, tok, lex) if tok.pos_ in CUE_POS and not view.in_quote[tok.i] else None
        if subj is not None and (first == 0 or _can_speak(view, subj, lex)):
            return tok
    return None


def verb_after(view: DocView, j: int, lex: QuoteLexicon, speech_only: bool = False) -> "Token | None":
    """Any verb with a subject within a few tokens after a closing mark (“...,” Trump boomed);
    with ``speech_only``, only a speech verb (“...,” he said)."""
    doc = view.doc
    k, seen = j, 0
    while k < len(doc) and seen < 4:
        tok = doc[k]
        if view.in_quote[k] or tok.text in ".\n" or tok.is_space and "\n" in tok.text:
            return None
        if not tok.is_punct:
            seen += 1
            verb = is_cue(tok, lex, lex.cues) if speech_only else tok.pos_ == "VERB"
            if verb and subject_of(view, tok, lex) is not None:
                return tok
        k += 1
    return None


def _scan(view: DocView, k: int, step: int, lex: QuoteLexicon) -> "Token | None":
    doc = view.doc
    if not 0 <= k < len(doc):
        return None
    sent = doc[k].sent
    lo, hi, crossed = sent.start, sent.end, False
    for _ in range(lex.max_cue_distance):
        if not 0 <= k < len(doc):
            return None
        if not lo <= k < hi:
            # the parser often ends a sentence at "said," before a quotation: look past it once
            if step > 0 or crossed or doc[k].text not in (",", ":"):
                return None
            lo, crossed = doc[k].sent.start, True
        if view.in_quote[k]:
            return None
        tok = doc[k]
        if is_cue(tok, lex, lex.cues) and subject_of(view, tok, lex) is not None:
            return tok
        if tok.is_space and "\n" in tok.text:
            return None
        k += step
    return None


def labelled_speaker(view: DocView, i: int, j: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``(cue, mention)`` character spans when a bare name labels the quotation ``[i, j)`` with
    no verb: "- Carl Bialik: “...”" or "Clinton: “...”" (name after a dash or opening its
    paragraph, then a colon), and "“...” ― Esther Tapia" (a dash, then a name ending the line
    or followed by a comma); the colon or dash is the cue."""
    doc = view.doc
    k = i - 2  # i - 1 is the opening mark
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    if k > 0 and doc[k].text == ":" and not view.in_quote[k]:
        first = _name_run(view, k - 1, -1)
        if first is not None and _labels_from_left(doc, first):
            return _chars(doc, k, k + 1), _chars(doc, first, k)
    if j + 1 < len(doc) and doc[j + 1].text in DASHES and not view.in_quote[j + 1]:
        last = _name_run(view, j + 2, +1)
        if last is not None and (last + 1 >= len(doc) or doc[last + 1].text in (",", ".")
                                 or doc[last + 1].is_space and "\n" in doc[last + 1].text):
            return _chars(doc, j + 1, j + 2), _chars(doc, j + 2, last + 1)
    return None


def _name_run(view: DocView, k: int, step: int) -> int | None:
    """The far end of a run of proper nouns (joined by "and") starting at token ``k`` and going
    in direction ``step``; None when token ``k`` is no name or the run is a place or date."""
    doc, end = view.doc, None
    for m in range(k, k + step * _MAX_LABEL_TOKENS, step):
        if not 0 <= m < len(doc) or view.in_quote[m]:
            break
        tok, ent = doc[m], view.ent_of[m]
        if ent is not None and ent.label_ not in PARTY_ENTS - {"GPE"}:
            return None
        if tok.pos_ == "PROPN" or (ent is not None and tok.pos_ != "PUNCT"):
            end = m
        elif not (tok.lower_ in ("and", "&") and end is not None):
            break
    return end


def _labels_from_left(doc: "Doc", first: int) -> bool:
    """The name at token ``first`` opens its paragraph or follows a dash (or "from")."""
    if first == 0:
        return True
    prev = doc[first - 1]
    return prev.is_space and "\n" in prev.text or prev.text in DASHES or prev.lower_ == "from"


def _chars(doc: "Doc", a: int, b: int) -> tuple[int, int]:
    """Character span of tokens ``[a, b)``."""
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)


def sentence_before(view: DocView, i: int, lex: QuoteLexicon) -> "Token | None":
    """For a quotation ``[i, ...)`` with no cue of its own, the main verb of the sentence that
    ends right before it in the same paragraph, when its subject can speak and it holds no
    other quotation: "Clinton touted her credentials. “We need to find ways to support
    workers.”" is Clinton's. (Across a paragraph break this guesses wrong too often.)"""
    doc = view.doc
    k = i - 2  # i - 1 is the opening mark
    while k >= 0 and doc[k].is_space:
        if "\n" in doc[k].text:
            return None
        k -= 1
    if k < 0 or view.in_quote[k] or doc[k].text not in (".", ":", "!", "--", "—", "–"):
        return None
    sent = doc[k].sent
    verb = sent.root
    if any(view.in_quote[sent.start:sent.end]) or verb.pos_ not in CUE_POS:
        return None
    subj = subject_of(view, verb, lex)
    return verb if subj is not None and _can_speak(view, subj, lex) else None


def free_relative_speaker(view: DocView, cue: "Token", subj: "Token", lex: QuoteLexicon) -> "Token":
    """In "Cruz has railed against what he calls the “Washington cartel”" the third-person
    pronoun of the free relative clause stands for the subject of the clause around it: that
    subject (when it can speak and is no pronoun itself), else ``subj``."""
    if subj.lower_ not in grammar().third_person_subjects or subj.i == 0 or view.doc[subj.i - 1].lower_ != "what":
        return subj
    tok, steps = cue, 0
    while tok.head is not tok and steps < 6:
        child, tok, steps = tok, tok.head, steps + 1
        if line_break_between(view, child, tok) or view.in_quote[tok.i]:
            return subj
        if tok.pos_ in CUE_POS:
            outer = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if outer is not None and not view.in_quote[outer.i]:
                ok = outer.lower_ not in lex.pronouns and (outer.pos_ == "PROPN" or _can_speak(view, outer, lex))
                return outer if ok else subj
    return subj
