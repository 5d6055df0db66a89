"""Disputes made in a later sentence: "a U.S. commander wrote ... saying U.S. forces would be
relocated. ... the Pentagon later said it was a draft" makes the relocation ``disputed``.

A dispute statement is either a copula whose subject refers back to a statement and whose
predicate disputes it ("it was a draft", "the report is false"), or a verb whose object refers
back to one ("dismissed the report" -> disputed, "denied the claim" -> denied). What refers back
is a pronoun (it, this, that ...) or a statement noun (report, claim, letter ...). The events it
disputes are those *reported* from an earlier statement in the ``window_sentences`` sentences
before it (nearest first): events reached from a reporting verb through clause links only (not
through a noun's prepositional phrase: "following a decision by the parliament to expel ..." is
the letter's background, not its content). A statement noun must match the earlier statement
(its reporting verb, e.g. report -> "reported", or the noun heading it, "the letter saying");
a pronoun takes the nearest reported statement. The disputer must be another source than the
one reported (a speaker correcting himself is not handled). Cue words: ``factuality.yaml``
``cross_sentence``.

Not handled: disputes before the statement they dispute; disputes inside the same sentence
(``factuality`` handles "denied that ..."); which of the two sources is right; pronouns that
refer further back than the window, or to a thing rather than a statement ("it" in "climate
change ... it's a hoax" when the sentence before reports something); negated disputes ("the
report was not false") and questions are skipped.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..ontology import plover
from ..ontology.grammar import grammar
from ..ontology.precision import DisputeCues, dispute_cues
from ..records import Event
from . import token_scan
from .syntax import CLAUSAL, CLAUSE_ARGS, child, trigger_token

if TYPE_CHECKING:
    from spacy.tokens import Token

#: at most this many links from an event up to its reporting verb
MAX_HOPS = 6
#: factuality values of events that an earlier statement puts forward (and a dispute can undo);
#: an asserted event is the article's own statement
DISPUTABLE = frozenset({"reported", "hypothetical", "future", "planned"})


@dataclass(frozen=True)
class Dispute:
    label: str                  # "disputed" or "denied"
    ref: "Token"                # the pronoun or statement noun that refers back
    source: "Token | None"      # who disputes (subject of the reporting verb or of the verb)
    sent: int                   # index of the sentence it is in


def _refers_back(tok: "Token", cues: DisputeCues) -> bool:
    """A bare pronoun ("it", not "those who have power") or a statement noun."""
    if tok.lower_ in cues.referring_pronouns:
        return not any(True for _ in tok.children)
    return tok.lower_ in cues.statement_nouns or tok.lemma_.lower() in cues.statement_nouns


def _speaker(tok: "Token") -> "Token | None":
    """The nearest subject at or above ``tok`` (who says or does it)."""
    node = tok
    for _ in range(MAX_HOPS):
        subj = child(node, "nsubj")
        if subj is not None:
            return subj
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _dispute_at(tok: "Token", cues: DisputeCues) -> tuple[str, "Token", "Token | None"] | None:
    """(label, referring word, disputer) when ``tok`` heads a dispute statement."""
    lemma = tok.lemma_.lower()
    if (lemma != "be" and lemma not in cues.dispute_verbs and lemma not in cues.denial_verbs) \
            or child(tok, "neg") is not None:
        return None
    if lemma == "be":
        pred = child(tok, "attr", "acomp")
        subj = child(tok, "nsubj")
        extraposed = any(c.dep_ in CLAUSE_ARGS for t in (tok, pred) if t is not None for c in t.children)
        if pred is not None and subj is not None and not extraposed and _refers_back(subj, cues) and \
                (pred.lemma_.lower() in cues.dispute_predicates or pred.lower_ in cues.dispute_predicates):
            return "disputed", subj, _speaker(tok.head) if tok.head.i != tok.i else None
    elif tok.pos_ == "VERB" and lemma in cues.dispute_verbs | cues.denial_verbs:
        obj = child(tok, "dobj")
        if obj is not None and _refers_back(obj, cues):
            return ("denied" if lemma in cues.denial_verbs else "disputed"), obj, child(tok, "nsubj")
    return None


def find_disputes(sents: list[Any]) -> list[Dispute]:
    """Every dispute statement of the document, in order."""
    cues = dispute_cues()
    heads = cues.dispute_verbs | cues.denial_verbs | {"be"}   # (the lemmas ``_dispute_at`` looks at)
    out = []
    for i, sent in enumerate(sents):
        doc = sent.doc
        if token_scan.text(doc)[sent.start_char:sent.end_char].rstrip().rstrip("\"”’'").endswith("?"):
            continue   # a question disputes nothing ("do you think it's a hoax?"; the sentence's text)
        lemmas = token_scan.lemmas(doc)
        for tok in (doc[k] for k in range(sent.start, sent.end) if lemmas[k] in heads):
            found = _dispute_at(tok, cues)
            if found is not None and not (found[2] is not None and found[2].lower_ in grammar().addressee_pronouns):
                out.append(Dispute(found[0], found[1], found[2], i))
    return out


def reporting_verb(trigger: "Token") -> "Token | None":
    """The reporting verb whose clause the event is in, reached through clause links only."""
    heads = plover.factuality_cues().reporting_heads
    node = trigger
    for _ in range(MAX_HOPS):
        if node.head.i == node.i or node.dep_ not in CLAUSAL:
            return None
        node = node.head
        if node.lemma_.lower() in heads and node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _matches(ref: "Token", verb: "Token", cues: DisputeCues) -> bool:
    """The referring word can mean the statement made with ``verb``."""
    if ref.lower_ in cues.referring_pronouns:
        return True
    verbs = cues.statement_nouns.get(ref.lower_) or cues.statement_nouns.get(ref.lemma_.lower()) or frozenset()
    if verb.lemma_.lower() in verbs:
        return True
    nouns = {ref.lower_, ref.lemma_.lower()}
    speaker = _speaker(verb)
    holder = verb.head if verb.dep_ == "acl" else None   # "the letter saying ..."
    return any(t is not None and (t.lower_ in nouns or t.lemma_.lower() in nouns) for t in (speaker, holder))


def _same_source(a: "Token | None", b: "Token | None") -> bool:
    return a is not None and b is not None and a.lower_ == b.lower_ and a.lower_ not in ("it", "they")


def apply(doc: Any, events: list[Event], quotes: Any = ()) -> list[Event]:
    """``events`` with the factuality of those a later sentence disputes replaced. ``quotes``:
    the quotes extractor's records; an event inside a quotation is reported by its cue verb
    ("“We will withdraw,” the general wrote. The Pentagon said it was a draft.")."""
    if not any(e.factuality in DISPUTABLE for e in events):
        return events   # nothing reported that a later sentence could dispute
    sents = list(doc.sents)
    disputes = find_disputes(sents)
    if not disputes:
        return events
    cues = dispute_cues()
    starts = [s.start_char for s in sents]
    by_sent: dict[int, list[int]] = {}
    for n, e in enumerate(events):
        if e.trigger is not None and e.factuality in DISPUTABLE:
            by_sent.setdefault(_sentence_of(starts, e.trigger.start), []).append(n)
    out = list(events)
    for d in disputes:
        for k in range(d.sent - 1, max(-1, d.sent - 1 - cues.window_sentences), -1):
            hits = _disputed_in(doc, out, by_sent.get(k, ()), d, cues, quotes)
            if hits:
                for n in hits:
                    out[n] = replace(out[n], factuality=d.label)
                break
    return out


def _disputed_in(doc: Any, events: list[Event], indices: Any, d: Dispute, cues: DisputeCues,
                 quotes: Any = ()) -> list[int]:
    hits = []
    for n in indices:
        root = trigger_token(doc, events[n])
        verb = reporting_verb(root) if root is not None else None
        speaker = _speaker(verb) if verb is not None else None
        if verb is None:
            verb, speaker = _quote_cue(doc, quotes, events[n].trigger.start)
        if verb is not None and _matches(d.ref, verb, cues) and not _same_source(speaker, d.source):
            hits.append(n)
    return hits


def _quote_cue(doc: Any, quotes: Any, offset: int) -> tuple["Token | None", "Token | None"]:
    """(cue verb, speaker mention head) of the quotation containing character ``offset``."""
    for q in quotes:
        if q.start <= offset < q.end and getattr(q, "cue", None) is not None:
            cue = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
            mention = q.speaker_mention
            who = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
            return (cue.root if cue is not None else None), (who.root if who is not None else None)
    return None, None


def _sentence_of(starts: list[int], offset: int) -> int:
    """Index of the sentence containing character ``offset`` (``starts`` sorted)."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo
