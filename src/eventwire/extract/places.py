"""Places: geocoded place mentions, and ``locate()`` — where an event happened.

``extract`` looks up spaCy's place entities (GPE, LOC, FAC; and ORG spans for regions, seas and
landmarks only, as the small model tags "Capitol Hill" ORG) in the bundled offline gazetteer
(``ontology/gazetteer.py``) and returns one ``Place`` per mention, in text order.

Ambiguous names: countries beat regions beat cities, and the more populous city wins, unless a
candidate lies in a country the article names without doubt elsewhere and the best does not
("Georgia" in a story that names the U.S. is the state). Names that are a person or a word of a
person's name in the same article ("Lester" after "Lester Holt") are skipped.

``locate(ctx, start, end)`` gives an event's location: the best place mention in the sentence(s)
of its evidence that a locative preposition governs ("in Iraq", "toward the Persian Gulf"), or
a city/landmark that modifies a site noun ("Baghdad's airport"); see ``data/gazetteer/places.yaml``.

In text written without capitals, the gazetteer names ``caseless.name_spans`` finds replace
spaCy's entities there (it misses most names without capitals), and a lower-case spaCy entity
made only of common English words ("turkey") is no place.

Not handled: places spaCy does not tag as entities in normally written text; nested names ("Kansas City, Missouri" gives
two mentions); metonymy ("Tehran said" is listed as a place mention, though locate() ignores it
because no preposition governs it); places named only in other sentences than the evidence.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING
from collections.abc import Iterable

from ..ontology.gazetteer import GazEntry, lookup, place_rules
from ..records import Location, Place
from . import caseless, token_scan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from . import Context

_CACHE = "places.anchors"
_STARTS = "places.starts"
_SENTS = "sentence.starts"
_DETERMINERS = {"the", "a", "an"}


@dataclass(frozen=True)
class _Anchor:
    """A place mention with the token it hangs from in the parse (for ``locate``)."""

    place: Place
    root: int


def extract(doc: "Doc", ctx: "Context") -> list[Place]:
    """Every place mention found in the gazetteer, in text order."""
    rules = place_rules()
    people = _person_names(doc)
    found: list[tuple["Span", tuple[GazEntry, ...]]] = []
    extra = caseless.name_spans(doc, ctx)
    for ent in token_scan.ents(doc):
        if extra and caseless.overlaps(extra, ent.start, ent.end):
            continue
        if ent.label_ in rules.ner_labels:
            allowed = None
        elif ent.label_ in rules.weak_labels:
            allowed = rules.weak_kinds
        else:
            continue
        span = _trim(ent)
        if span is None or span.text in people or caseless.is_common_word(span.text):
            continue
        cands = tuple(c for c in lookup(span.text) if allowed is None or c.kind in allowed)
        if cands:
            found.append((span, cands))
    found = _with_caseless(doc, ctx, found)
    # countries the article names without doubt: every candidate of the mention agrees
    named = {cands[0].country for _, cands in found if len({c.country for c in cands}) == 1}
    anchors = [_Anchor(_place(span, _choose(cands, named)), span.root.i) for span, cands in found]
    ctx.cache[_CACHE] = anchors
    ctx.cache[_STARTS] = [a.place.start for a in anchors]
    return [a.place for a in anchors]


def _with_caseless(doc: "Doc", ctx: "Context",
                   found: list[tuple["Span", tuple[GazEntry, ...]]]) -> list[tuple["Span", tuple[GazEntry, ...]]]:
    """Add the gazetteer places ``caseless.name_spans`` found in text without capitals (spaCy's
    entities that overlap one were skipped); text order."""
    extra = [(a, b) for a, b, label in caseless.name_spans(doc, ctx) if label in ("GPE", "LOC")]
    if not extra:
        return found
    for a, b in extra:
        cands = lookup(doc[a:b].text)
        if cands:
            found.append((doc[a:b], cands))
    return sorted(found, key=lambda f: f[0].start)


def _trim(ent: "Span") -> "Span | None":
    """The entity without a leading article or a trailing possessive ('the Gulf's' -> 'Gulf')."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].text.lower() in _DETERMINERS:
        start += 1
    while end > start and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return ent.doc[start:end] if end > start else None


def _person_names(doc: "Doc") -> set[str]:
    """Texts of PERSON entities and of each word of them ("Lester" of "Lester Holt")."""
    out: set[str] = set()
    for e in token_scan.ents(doc):
        if e.label_ == "PERSON":
            out.add(e.text)
            out.update(t.text for t in e if t.text.isalpha() and t.text.istitle())
    return out


def _choose(cands: tuple[GazEntry, ...], named: set[str | None]) -> GazEntry:
    """The best candidate, unless it lies in a country the article does not otherwise name and
    another lies in one it does ("Georgia" in a US story is the state; "Birmingham" after
    "Britain" is in England)."""
    best = cands[0]
    if best.country in named:
        return best
    return next((c for c in cands[1:] if c.country in named), best)


def _place(span: "Span", entry: GazEntry) -> Place:
    return Place(entry.name, entry.country, entry.lat, entry.lon,
                 span.start_char, span.end_char, span.text, entry.kind)


def locate(ctx: "Context", start: int, end: int,
           exclude: Iterable[tuple[int, int]] = ()) -> Location | None:
    """The location of an event whose evidence is ``[start, end)``, or None.

    Candidates are the place mentions in the sentence(s) overlapping the evidence and at most
    ``window_chars`` from it (at most ``max_candidates``; places.yaml), minus those
    overlapping an ``exclude`` span (pass the actor's and recipient's spans: "strike back at
    the United States" names a target, not a location).
    Best: inside the evidence or attached to a word in it ("headed toward the Persian Gulf",
    not "said in Washington"), then the highest preposition score, then the fewest parse-tree
    steps from the evidence's head word ("killed ... in Iraq", not "figure in Iran"), then the
    most specific kind, then the nearest in the text.
    Needs ``extract`` to have run on the same Context; returns None otherwise.
    """
    anchors: list[_Anchor] = ctx.cache.get(_CACHE) or []
    if not anchors:
        return None
    rules = place_rules()
    lo, hi = _sentence_bounds(ctx, start, end)
    lo, hi = max(lo, start - rules.window_chars), min(hi, end + rules.window_chars)
    root = _evidence_root(ctx.doc, start, end)
    skip = list(exclude)
    best, best_key = None, None
    first = bisect.bisect_left(ctx.cache[_STARTS], lo)
    for a in anchors[first:first + rules.max_candidates]:
        p = a.place
        if p.start >= hi:
            break
        if any(p.start < e and s < p.end for s, e in skip):
            continue
        score, governor = _locative_score(ctx.doc[a.root], p.kind)
        if score <= 0 or (root is not None and _described(ctx.doc[a.root], root)):
            continue
        attached = start <= p.start and p.end <= end or start <= governor < end
        if not attached and score < rules.unattached_min_score:
            continue
        dist = 0 if attached else min(abs(p.start - end), abs(start - p.end))
        hops = _tree_distance(root, ctx.doc[a.root]) if root is not None else 0
        key = (attached, score, -hops, rules.specificity.get(p.kind or "", 0), -dist)
        if best_key is None or key > best_key:
            best, best_key = p, key
    return Location(best.name, best.country, best.lat, best.lon) if best else None


def _described(place: "Token", root: "Token", limit: int = 12) -> bool:
    """The place is in a relative clause that the evidence's head word is not in ("attacked a
    federal judge whose parents were born in Mexico"): the clause describes a participant, and
    where its own predicate happened is not where the event did."""
    for t in itertools.islice(place.ancestors, limit):
        if t.i == root.i:
            return False
        if t.dep_ == "relcl":   # (the event itself told in the clause: "the man who was killed in Godhra")
            return root.i != t.i and all(a.i != t.i for a in itertools.islice(root.ancestors, limit))
    return False


def _evidence_root(doc: "Doc", start: int, end: int) -> "Token | None":
    """Head word of the evidence; None for an empty or very long one (bounded work)."""
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or not 0 < len(span) <= place_rules().max_root_tokens:
        return None
    return span.root


def _tree_distance(a: "Token", b: "Token", limit: int = 12) -> int:
    """Steps between two tokens of one sentence through their lowest common head (at most
    ``limit`` steps up from each)."""
    up_a = [a.i, *(t.i for t in itertools.islice(a.ancestors, limit))]
    up_b = [b.i, *(t.i for t in itertools.islice(b.ancestors, limit))]
    where = {i: n for n, i in enumerate(up_a)}
    for n, i in enumerate(up_b):
        if i in where:
            return where[i] + n
    return 2 * limit


def _verb_of(prep: "Token") -> "Token":
    """The word a preposition attaches to, skipping particles ("strike back at" -> strike)."""
    head = prep.head
    return head.head if head.dep_ in ("advmod", "prt") and head.head.i != head.i else head


def _sentence_bounds(ctx: "Context", start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentences that overlap [start, end)."""
    doc = ctx.doc
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or len(span) == 0:
        return start, end
    first, last = sentence_of(ctx, span[0].i), sentence_of(ctx, span[-1].i)
    return doc[first[0]].idx, doc[last[1] - 1].idx + len(doc[last[1] - 1].text)


def sentence_of(ctx: "Context", i: int) -> tuple[int, int]:
    """Token bounds [start, end) of the sentence holding token ``i``: one pass over the Doc's
    sentences per article (cached), then a binary search — ``Token.sent`` costs the length of
    the sentence at every call, which adds up on a 100,000-character sentence."""
    starts = ctx.cache.get(_SENTS)
    if starts is None:
        starts = ctx.cache[_SENTS] = [s.start for s in ctx.doc.sents] + [len(ctx.doc)]
    k = bisect.bisect_right(starts, i) - 1
    return starts[k], starts[k + 1]


def _locative_score(tok: "Token", kind: str | None) -> tuple[int, int]:
    """How strongly the parse says the place is where something happened (0 = not at all), and
    the character offset of the word the place phrase attaches to (the preposition's head)."""
    rules = place_rules()
    # "in Iraq and Syria", "in Baghdad, Iraq": the second place borrows the first one's 'in'
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj":
        prep = head.text.lower()
        if prep == "of" and head.head.text.lower() == "out":  # "out of Iraq"
            prep = "out"
        if prep == "at" and _verb_of(head).lemma_.lower() in rules.target_verbs:
            return 0, -1
        if prep in rules.source_prepositions and head.head.pos_ in ("NOUN", "PROPN"):
            return 0, -1   # "its arms purchases from Russia", "troops from Iran": a thing's origin
        return rules.preposition_score.get(prep, 0), head.head.idx
    if tok.dep_ in ("poss", "compound", "nmod") and kind in ("city", "landmark"):
        return (1 if {head.lemma_.lower(), head.text.lower()} & rules.site_nouns else 0), head.head.idx
    return 0, -1
