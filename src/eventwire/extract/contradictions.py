"""Contradictions: pairs of statements in one article that cannot both hold.

Two kinds, both built on earlier extractors' records (rules in ``ontology/data/contradictions.yaml``):

- **events**: the same action (same PLOVER type; trigger words equal or in one action frame,
  e.g. withdraw/leave/pull out) by the same actor, put forward in one place (asserted, reported,
  planned, future, disputed; or a reported "would") and said not to happen in another (negated,
  denied) — "preparations would be made to withdraw U.S. forces" vs. "no decision whatsoever to
  leave Iraq". An actor missing from an event inside a quote ("we", none) is the quote's
  speaker's country. Events against different targets/places, on different dates, hedged
  ("the prospect of a withdrawal", "talked about pulling out") or conditional ("if it passes")
  never conflict, nor do two different people (Clinton vs. "the United States"; one senator
  vs. another).
- **counts**: two exact figures of a casualty-like category (killed, injured, ...) for the same
  counted noun that differ, in sentences that name the same place and no different dates, with
  no update/part/rate cue ("rose to", "including", "another", "a day") in either sentence.

``conflict(a, b)`` compares two statements (Claim, Event, Count, or their contract dicts) and
returns the reason or None; the store reuses it across articles.

Not handled: contradictions between a statement and a paraphrase of it with different event
types ("expel" SANCTION vs. "stay" nothing); numbers in prose without a count record; who is
right; pairs inside one sentence (usually one statement denying the other, not two statements);
events coded from nouns ("the withdrawal") — they name an action more than they state it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..ontology.contradictions import ContradictionRules, rules
from ..records import Contradiction, Count, Event, Span
from .places import sentence_of
from .syntax import OBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from . import Context

_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "there", "it"})
_SUFFIXES = re.compile(r"(ing|ed|es|s)$")


@dataclass(frozen=True)
class Claim:
    """A statement reduced to what ``conflict`` compares.

    ``polarity`` +1: puts the action or figure forward; -1: says it does not happen; 0: states
    nothing (hypothetical, hedged). ``theatre``: countries (events) or place names (counts)
    it is about, besides the actor. ``sentence``: start offset of its sentence, or None.
    """

    span: Span
    kind: str
    what: str
    polarity: int
    factuality: str | None = None
    mode: str | None = None
    actor: str | None = None
    action: str | None = None
    theatre: frozenset[str] = frozenset()
    date: str | None = None
    value: float | None = None
    exact: bool = True
    head: str | None = None
    cue: bool = False
    who: str | None = None
    sentence: int | None = None
    obj: str | None = None
    #: the actor's entity id, when the actor is a person (people speak only for themselves)
    person: str | None = None


# --- the pairwise test ----------------------------------------------------------------------

def conflict(a: Any, b: Any) -> str | None:
    """Why statements ``a`` and ``b`` cannot both hold, or None.

    Accepts ``Claim``, ``Event`` or ``Count`` records, or their contract dicts (as the store
    keeps them). Without a Doc, an event's claim strength comes from its factuality alone.
    """
    ca, cb = as_claim(a), as_claim(b)
    if ca is None or cb is None or ca.kind != cb.kind:
        return None
    if ca.sentence is not None and ca.sentence == cb.sentence:
        return None
    return _event_conflict(ca, cb) if ca.kind == "event" else _count_conflict(ca, cb)


def _event_conflict(a: Claim, b: Claim) -> str | None:
    if a.what != b.what or a.polarity * b.polarity != -1 or not a.actor or a.actor != b.actor:
        return None
    if not _same_action(a, b, rules()):
        return None
    if a.theatre and b.theatre and not a.theatre & b.theatre:
        return None
    if a.date and b.date and not _same_time(a.date, b.date):
        return None
    if a.obj and b.obj and not rules().same_object(a.obj, b.obj):
        return None
    if a.person and b.person and a.person != b.person:
        return None
    pos, neg = (a, b) if a.polarity > 0 else (b, a)
    return f"{a.what} by {a.actor}: {_side(pos)} vs. {_side(neg)}"


def _same_time(a: str, b: str) -> bool:
    """Dates ('|'-joined ISO dates of any precision) that may name the same time: some pair
    where one is a prefix of the other ('2016-07' and '2016-07-14')."""
    return any(x.startswith(y) or y.startswith(x) for x in a.split("|") for y in b.split("|"))


def _side(c: Claim) -> str:
    verb = f" '{c.action}'" if c.action else ""
    who = f" ({c.who})" if c.who else ""
    label = c.factuality or ("claimed" if c.polarity > 0 else "negated")
    if label == "hypothetical" and c.polarity > 0:  # a reported "would": see _polarity
        label = "reported"
    return f"{label}{verb}{who}"


def _same_action(a: Claim, b: Claim, r: ContradictionRules) -> bool:
    if a.action and b.action:
        return a.action == b.action or bool(r.frames_of(a.action) & r.frames_of(b.action))
    return bool(a.mode) and a.mode == b.mode


def _count_conflict(a: Claim, b: Claim) -> str | None:
    r = rules()
    if a.what != b.what or a.what not in r.count_categories or a.cue or b.cue:
        return None
    if not (a.exact and b.exact) or a.value is None or b.value is None or a.value == b.value:
        return None
    if a.head and b.head and a.head != b.head:
        return None
    if not a.theatre & b.theatre:  # the same place must be named with both figures
        return None
    if a.date and b.date and not _same_time(a.date, b.date):
        return None
    return f"{a.what}: {_num(a.value)} vs. {_num(b.value)} {a.head or ''}".rstrip()


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


# --- records -> claims (no Doc) -------------------------------------------------------------

def as_claim(x: Any) -> Claim | None:
    """A Claim from a Claim, Event, Count or contract dict; None for anything else."""
    if isinstance(x, Claim) or x is None:
        return x
    d = x.to_dict() if isinstance(x, (Event, Count)) else x
    if not isinstance(d, Mapping):
        return None
    if "evidence" in d and "type" in d:
        return _event_dict_claim(d)
    if "category" in d and "value" in d:
        span = Span(d["start"], d["end"], d["text"])
        return Claim(span, "count", d["category"], 1, value=float(d["value"]),
                     exact=not d.get("approximate", False), head=_lemma(d["text"].split()[-1]))
    return None


def _event_dict_claim(d: Mapping[str, Any]) -> Claim:
    r = rules()
    fact = d.get("factuality")
    polarity = 1 if fact in r.claims else -1 if fact in r.negations else 0
    ev, actor = d["evidence"], d.get("actor") or {}
    trig = d.get("trigger") or {}
    return Claim(Span(ev["start"], ev["end"], ev["text"]), "event", d["type"], polarity, fact,
                 d.get("mode"), actor.get("country"),
                 _lemma(trig["text"].split()[0]) if trig.get("text") else None,
                 _theatre(d), d.get("date"))


def _theatre(d: Mapping[str, Any]) -> frozenset[str]:
    actor = (d.get("actor") or {}).get("country")
    found = {(d.get("recipient") or {}).get("country"), (d.get("location") or {}).get("country")}
    return frozenset(c for c in found if c and c != actor)


def _lemma(word: str) -> str:
    """Crude lemma for text without a parse: 'withdrawing' -> 'withdraw' when a frame knows it."""
    w = word.lower().strip(".,;:!?\"'’“”")
    known = rules().frame_index
    if w in known:
        return w
    for cand in (_SUFFIXES.sub("", w), _SUFFIXES.sub("", w) + "e", w[:-1]):
        if cand in known:
            return cand
    return w


# --- the extractor --------------------------------------------------------------------------

def extract(doc: "Doc", ctx: "Context") -> list[Contradiction]:
    """Contradicting pairs among this article's events and counts, in text order."""
    from .events import UNREAL   # negated and hypothetical acts are left out of the events, not of the claims
    events = (*ctx.results.get("events", ()), *ctx.cache.get(UNREAL, ()))
    claims = [c for ev in events if (c := event_claim(ev, doc, ctx))]
    claims += [c for n in ctx.results.get("counts", ()) if (c := count_claim(n, doc, ctx))]
    buckets: dict[tuple[str, str, str | None], list[Claim]] = {}
    for c in sorted(claims, key=lambda c: (c.span.start, c.span.end)):
        if c.polarity or c.kind == "count":  # only same kind/type/actor can conflict
            buckets.setdefault((c.kind, c.what, c.actor if c.kind == "event" else None), []).append(c)
    found: dict[tuple[int, int, int, int], Contradiction] = {}
    for group in buckets.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                key = (a.span.start, a.span.end, b.span.start, b.span.end)
                # overlapping evidence is one statement, not two
                if b.span.start >= a.span.end and key not in found and (reason := conflict(a, b)):
                    found[key] = Contradiction(a.span, b.span, reason)
    return [found[k] for k in sorted(found)][: rules().max_per_article]


def event_claim(ev: Event, doc: "Doc", ctx: "Context") -> Claim | None:
    """The Claim of an event, using the parse for hedges and the quotes for a missing actor."""
    base = as_claim(ev)
    if base is None:
        return None
    tok = _token_at(doc, ev.trigger.start if ev.trigger else ev.evidence.start)
    if tok is None:
        return base
    # a nominal trigger ("Kremlin threats", "no illusions about Putin's threat") names an
    # action rather than stating that it happens: never one side of a contradiction
    bounds = sentence_of(ctx, tok.i)
    polarity = _polarity(tok, ev.factuality, bounds[0], rules()) if tok.pos_ in ("VERB", "AUX") else 0
    if _is_question(doc, bounds, rules()):
        polarity = 0
    quote = _quote_around(ctx, ev.evidence.start, ev.evidence.end)
    actor = base.actor
    if quote is not None and (ev.actor is None or ev.actor.name.lower() in _FIRST_PERSON):
        actor = actor or _speaker_country(ctx, quote)
    action = tok.lemma_.lower() if ev.trigger else base.action
    return Claim(base.span, "event", base.what, polarity, base.factuality, base.mode, actor, action,
                 base.theatre - {actor}, _when(ctx, doc[bounds[0]:bounds[1]], ev),
                 who=getattr(quote, "speaker", None), sentence=doc[bounds[0]].idx,
                 obj=_object(tok, rules()), person=_person(ctx, ev))


def _sentence_dates(ctx: "Context", sent: Any) -> str | None:
    """'|'-joined dates of the date expressions in a sentence, or None."""
    dates = sorted({d.date for d in ctx.results.get("dates", ())
                    if d.date and sent.start_char <= d.start < sent.end_char})
    return "|".join(dates) or None


def _when(ctx: "Context", sent: Any, ev: Event) -> str | None:
    """When the event's sentence says it happens: its date expressions, else the event's own
    date, else the publication date ("Cruz endorses Trump" is now; "refused ... in July" is not)."""
    return _sentence_dates(ctx, sent) or ev.date or ctx.article.published


def _person(ctx: "Context", ev: Event) -> str | None:
    """The actor's entity id if that entity is a PERSON (else None)."""
    eid = ev.actor.entity if ev.actor else None
    if not eid:
        return None
    return eid if any(e.id == eid and e.type == "PERSON" for e in ctx.results.get("entities", ())) else None


_NOT_OBJECTS = ("GPE", "LOC", "FAC", "NORP")


def _object(tok: "Token", r: ContradictionRules) -> str | None:
    """Lemma of what the trigger acts on ("withdraw U.S. forces" -> force, "accused Russia" ->
    russia); None when it is a pronoun, absent, or a place after a movement trigger ("leave
    Iraq": that is where, not what)."""
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS:
            if c.pos_ == "PRON":
                return None
            if c.ent_type_ in _NOT_OBJECTS and r.frames_of(tok.lemma_) & r.place_object_frames:
                return None
            return c.lemma_.lower()
    return None


def _is_question(doc: "Doc", bounds: tuple[int, int], r: ContradictionRules) -> bool:
    """The sentence [start, end) tokens is a question ("Why does Israel refuse to ...?")."""
    for i in range(bounds[1] - 1, max(bounds[0], bounds[1] - 4) - 1, -1):
        if not doc[i].is_space:
            return doc[i].text in r.question_marks
    return False


def _token_at(doc: "Doc", offset: int) -> "Token | None":
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _polarity(tok: "Token", factuality: str, sent_start: int, r: ContradictionRules) -> int:
    """+1 / -1 / 0 as in Claim, from the factuality and the words governing the trigger
    (at most ``max_hops`` heads up)."""
    if factuality not in r.claims | r.negations | {"hypothetical"}:
        return 0
    hedged, conditional, reported = False, False, False
    node: Token | None = tok
    for _ in range(r.max_hops):
        if node is None:
            break
        kids = list(node.children)
        hedged |= node.lemma_.lower() in r.hedges and node.i != tok.i
        hedged |= any(c.dep_ == "aux" and c.lower_ in r.hedges for c in kids)
        conditional |= any(_conditional(c, r) for c in kids)
        if node.i != tok.i and node.lemma_.lower() in r.reporting_verbs:
            reported = True
            break
        node = node.head if node.head.i != node.i else None
    if hedged or conditional:
        return 0
    if factuality == "hypothetical":
        return 1 if reported or _reported_before(tok, sent_start, r) else 0
    if factuality in r.negations:
        return -1 if _negation_on_action(tok, r) else 0
    return 1


_NO_WORDS = frozenset({"no", "never", "not", "n't"})


def _negation_on_action(tok: "Token", r: ContradictionRules) -> bool:
    """Whether a negation found above a negated trigger bears on the action: on the trigger or
    a verb above it, or on a decision-like noun ("no decision to leave"), but not on any other
    noun ("makes no apologies for accusing"). With no negation word in reach (a negating verb:
    "refused to ...") the event's factuality is trusted."""
    node = tok
    for _ in range(r.max_hops):
        if any(c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in _NO_WORDS)
               for c in node.children):
            return node.i == tok.i or node.pos_ != "NOUN" or node.lemma_.lower() in r.negation_carriers
        if node.i != tok.i and node.lemma_.lower() in r.reporting_verbs or node.head.i == node.i:
            break
        node = node.head
    return True


def _conditional(child: "Token", r: ContradictionRules) -> bool:
    """A conditional marker on a word ("if") or on a clause hanging from it ("if it passes")."""
    if child.dep_ == "mark":
        return child.lower_ in r.conditional_marks
    return child.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in r.conditional_marks for g in child.children)


def _reported_before(tok: "Token", sent_start: int, r: ContradictionRules) -> bool:
    """A reporting verb earlier in the sentence (at most ``window_tokens`` back) with no
    conditional word between it and the trigger (the parse often misses "wrote ... saying X
    would be done" as governing X)."""
    report = None
    for t in tok.doc[max(sent_start, tok.i - r.window_tokens):tok.i]:
        if t.pos_ == "VERB" and t.lemma_.lower() in r.reporting_verbs:
            report = t.i
        elif report is not None and t.lower_ in r.conditional_marks:
            report = None
    return report is not None


def _quote_around(ctx: "Context", start: int, end: int) -> Any:
    for q in ctx.results.get("quotes", ()):
        if q.start <= start and end <= q.end:
            return q
    return None


def _speaker_country(ctx: "Context", quote: Any) -> str | None:
    if not getattr(quote, "speaker_entity", None):
        return None
    for ent in ctx.results.get("entities", ()):
        if ent.id == quote.speaker_entity:
            return ent.country
    return None


def count_claim(n: Count, doc: "Doc", ctx: "Context") -> Claim | None:
    """The Claim of a count of a rule category: its ``claim`` (sentence, head, update cue, read
    off the parse by the counts extractor) with the places and dates of its sentence."""
    return claim_of_count(n, [(p.start, p.name) for p in ctx.results.get("places", ())],
                          [(d.start, d.date) for d in ctx.results.get("dates", ())])


def claim_of_count(n: Count | Mapping[str, Any], places: Iterable[tuple[int, str]],
                   dates: Iterable[tuple[int, str | None]], same_article: bool = True) -> Claim | None:
    """The Claim of a count (record or contract dict) whose ``claim`` is set, given the article's
    places and dates as (start, name/date) pairs; None for other counts. The store calls this with
    its stored records (``same_article=False``: statements of two articles never share a sentence)."""
    d = n.to_dict() if isinstance(n, Count) else n
    c = d.get("claim")
    base = as_claim(d)
    if not c or base is None or d.get("category") not in rules().count_categories:
        return None
    s, e = c["start"], c["end"]
    theatre = frozenset(name for start, name in places if s <= start < e)
    date = "|".join(sorted({day for start, day in dates if day and s <= start < e})) or None
    return Claim(base.span, "count", base.what, 1, value=base.value, exact=base.exact, head=c["head"] or base.head,
                 cue=bool(c["update"]), theatre=theatre, sentence=s if same_article else None, date=date)
