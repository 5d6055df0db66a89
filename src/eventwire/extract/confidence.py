"""Calibrated confidence: the estimated chance that an event record is right (its type, and its
actor and recipient as far as the gold marks them).

``estimate(event)`` is a logistic score over simple features of the record itself (``features``),
mapped through a monotone (isotonic) curve when the fit chose one (else the identity):
how the trigger was coded (the first ``trigger:`` rule), whether it was recoded, the relation the
actor was read from, whether actor and recipient are coded, the factuality, the PLOVER type, the
length of the evidence and where its date comes from (``date_basis``). The weights live in
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
from dataclasses import dataclass

from ..ontology import typed
from ..ontology.loader import spec
from ..records import Event

_REL = "plover/confidence.yaml"

#: first-trigger-rule prefix -> trigger kind (longest prefix first)
TRIGGER_KINDS = (("trigger:pattern:cameo_verbs.json", "pattern_dictionary"), ("trigger:pattern:", "pattern_project"),
                 ("trigger:verb:", "verb_default"), ("trigger:noun:", "noun"), ("trigger:series:", "noun"),
                 ("trigger:embedding:", "embedding"),
                 ("trigger:clause_default:", "clause_default"), ("trigger:obligation", "obligation"),
                 ("trigger:model", "model"))
ACTOR_RELATIONS = ("subject", "controlling_subject", "noun_modifier", "passive_agent", "instrument", "implied")
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
