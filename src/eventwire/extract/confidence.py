"""Calibrated confidence: the estimated chance that an event record is right (its type, and its
actor and recipient as far as the gold marks them).

``estimate(event)`` is a logistic score over simple features of the record itself (``features``),
mapped through a monotone (isotonic) curve when the fit chose one (else the identity):
how the trigger was coded (the first ``trigger:`` rule), whether it was recoded, the relation the
actor was read from, whether actor and recipient are coded, the factuality, the PLOVER type, the
length of the evidence and where its date comes from (``date_basis``); since the twenty-fifth round
of issue 10 also every rule of the trace (its family and kind, ``rule2=``/``rule3=``), the trigger's
lemma and word (``lemma=``, ``word=``: which verbs and nouns are usually events in news), the CAMEO
code and its root, and cues of the evidence itself (quotation marks, a first-person pronoun, a
question mark, a counted victim, a repeated mention, the article's lead). The weights live in
``ontology/data/plover/confidence.yaml``, fitted by ``scripts/calibrate_confidence.py`` on
hand-judged records of news articles (the ``fit`` fold of ``judgments/news_events.tsv``: US
political news and Indian conflict news; the reliability tables on the held-out judged records
and on PLV_train's odd rows are in docs/events.md); no data set ships.

Not handled: anything the features do not see (the parse's own uncertainty, the article's
genre): on curated one-event sentences (PLV) the estimate is too low, on Indian conflict news
somewhat low and on US political news about right (docs/events.md).
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from ..ontology import typed
from ..ontology.grammar import grammar
from ..ontology.loader import spec
from ..records import Event
from ..text_repair import repair

_REL = "plover/confidence.yaml"

#: first-trigger-rule prefix -> trigger kind (longest prefix first)
TRIGGER_KINDS = (("trigger:pattern:cameo_verbs.json", "pattern_dictionary"), ("trigger:pattern:", "pattern_project"),
                 ("trigger:verb:", "verb_default"), ("trigger:noun:", "noun"), ("trigger:series:", "noun"),
                 ("trigger:embedding:", "embedding"),
                 ("trigger:clause_default:", "clause_default"), ("trigger:obligation", "obligation"),
                 ("trigger:model", "model"))
ACTOR_RELATIONS = ("subject", "controlling_subject", "noun_modifier", "passive_agent", "instrument", "implied")
#: rule families whose first three parts are a feature ("recipient:prep:to" -> "rule3=recipient:prep:to");
#: every rule's first two parts are one too ("keep:political_actor" -> "rule2=keep:political_actor")
DETAIL_FAMILIES = ("actor", "recipient", "code", "keep", "factuality")
#: trigger kinds whose first rule ends with the trigger's lemma ("trigger:verb:kill")
LEMMA_KINDS = ("verb", "noun", "embedding")
#: inflectional endings taken off a trigger's word (a crude stem: "attacked", "attacks" -> "attack");
#: the first that leaves at least three letters
ENDINGS = ("ing", "ed", "es", "s", "e")
QUOTE_MARKS = frozenset('"“”')
#: evidence starting this close to the article's start is in its headline or lead
LEAD_CHARS = 300
_WORD = re.compile(r"[A-Za-z]+")
FACTUALITY_GROUPS = {"asserted": "asserted", "reported": "reported", "hypothetical": "possible", "future": "possible",
                     "planned": "possible", "negated": "negated", "denied": "negated", "disputed": "negated"}


def features(event: Event) -> dict[str, float]:
    """The features of an event record (name -> value; absent = 0)."""
    rules = event.rules
    trig = [r for r in rules if r.startswith("trigger:")]
    first = trig[0] if trig else "trigger:other"
    kind = next((k for p, k in TRIGGER_KINDS if first.startswith(p)), "other")
    out = {"bias": 1.0, f"trigger={kind}": 1.0, f"type={event.type}": 1.0,
           f"factuality={FACTUALITY_GROUPS.get(event.factuality, 'other')}": 1.0}
    if len(trig) > 1:
        out["recoded"] = 1.0
    rel = next((r.split(":")[1] for r in rules if r.startswith("actor:") and not r.startswith("actor:resolved")), "none")
    out[f"actor={rel if rel in ACTOR_RELATIONS else 'other'}"] = 1.0
    if any(r.startswith("actor:resolved:") for r in rules):
        out["actor_resolved"] = 1.0
    if event.actor is not None and (event.actor.country or event.actor.sector):
        out["actor_coded"] = 1.0
    rec = event.recipient
    out["recipient=" + ("none" if rec is None else "coded" if rec.country or rec.sector else "uncoded")] = 1.0
    out["evidence_words"] = math.log1p(len(event.evidence.text.split())) / math.log(50)
    # where the date comes from: a day the text names ("text") marks a told happening; a story or
    # publication day, or none, a background or undated act (judged news: more often wrong)
    out[f"date={event.date_basis or 'none'}"] = 1.0
    out.update(_detail_features(event, first))
    return out


def stem(word: str) -> str:
    """``word`` lower-cased without its first inflectional ending (``ENDINGS``) that leaves three letters."""
    w = word.lower()
    for ending in ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[:-len(ending)]
    return w


def _detail_features(event: Event, first: str) -> dict[str, float]:
    """Every trace rule's family and kind, the trigger's lemma and word, the CAMEO code and cues of
    the evidence (see the module docstring)."""
    out = {}
    for rule in event.rules:
        parts = rule.split(":")
        out["rule2=" + ":".join(parts[:2])] = 1.0
        if parts[0] in DETAIL_FAMILIES:
            out["rule3=" + ":".join(parts[:3])] = 1.0
    parts = first.split(":")
    if len(parts) > 2 and parts[1] in LEMMA_KINDS:
        out["lemma=" + parts[-1]] = 1.0
    if event.trigger is not None:
        out["word=" + stem(event.trigger.text)] = 1.0
    if event.cameo:
        out["cameo=" + event.cameo] = 1.0
        out["cameo2=" + event.cameo[:2]] = 1.0
    # the evidence as the extractors read it: the record's span text is the article's as given,
    # the estimate made before and after the repair's offsets are mapped back must agree
    fixed = repair(event.evidence.text)
    text = fixed.text if fixed is not None else event.evidence.text
    # words as written; an all-capitals word of two letters or more is a name ("US"), not a pronoun
    words = {w.lower() for w in _WORD.findall(text) if len(w) == 1 or not w.isupper()}
    cues = {"quote": any(c in QUOTE_MARKS for c in text), "question": "?" in text,
            "first_person": bool(words & grammar().first_person),
            "counts": bool(event.counts), "mentions": bool(event.mentions), "lead": event.evidence.start < LEAD_CHARS}
    out.update({name: 1.0 for name, on in cues.items() if on})
    return out


@dataclass(frozen=True)
class Calibration:
    """Logistic weights (feature name -> weight) and how they were fitted."""

    weights: dict[str, float] = spec(lower=False)
    #: monotone map of the logistic score to the estimate (isotonic, linear between points)
    curve_x: tuple[float, ...] = spec(lo=0, hi=1)
    curve_y: tuple[float, ...] = spec(lo=0, hi=1)
    fitted_on: str = spec()
    command: str = spec()


@functools.lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The fitted weights (``confidence.yaml``); OntologyError naming file:line when malformed."""
    return typed(Calibration, _REL)


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    """The logistic score (0-1) of a feature dict."""
    z = sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def monotone(xs: tuple[float, ...], ys: tuple[float, ...], x: float) -> float:
    """The piecewise-linear curve through (xs, ys) at x (flat beyond the ends)."""
    if x <= xs[0]:
        return ys[0]
    for (x0, y0), (x1, y1) in zip(zip(xs, ys), zip(xs[1:], ys[1:])):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0) if x1 > x0 else y1
    return ys[-1]


def estimate(event: Event) -> float:
    """The estimated probability (0-1, three decimals) that ``event`` is right."""
    cal = calibration()
    return round(monotone(cal.curve_x, cal.curve_y, score(cal.weights, features(event))), 3)
