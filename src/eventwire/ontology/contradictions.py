"""Loader for the contradiction rules (``data/contradictions.yaml``), read once per process.

Not handled: rules per event type (the action frames are shared by every type).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from . import fail, typed
from .loader import line_of, spec

_REL = "contradictions.yaml"

FACTUALITIES = frozenset({"asserted", "negated", "hypothetical", "future", "planned", "denied",
                          "disputed", "reported"})


@dataclass(frozen=True, eq=False)
class ContradictionRules:
    """Validated contents of ``contradictions.yaml`` (see the comments there)."""

    claims: frozenset[str]
    negations: frozenset[str]
    reporting_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    hedges: frozenset[str]
    frames: dict[str, frozenset[str]]
    count_categories: frozenset[str]
    count_cues: frozenset[str]
    max_per_article: int
    #: trigger lemma -> names of the frames it belongs to
    frame_index: dict[str, frozenset[str]]
    question_marks: frozenset[str]
    place_object_frames: frozenset[str]
    max_hops: int
    window_tokens: int
    negation_carriers: frozenset[str]
    #: object lemma -> names of the object groups it belongs to
    object_index: dict[str, frozenset[str]]

    def same_object(self, a: str, b: str) -> bool:
        """Objects (lemmas) that name the same thing: equal, or in one object group."""
        return a == b or bool(self.object_index.get(a, frozenset()) & self.object_index.get(b, frozenset()))

    def frames_of(self, lemma: str) -> frozenset[str]:
        """Names of the action frames a trigger lemma belongs to (empty if none)."""
        return self.frame_index.get(lemma.lower(), frozenset())


def _index(frames: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name, words in frames.items():
        for w in words:
            out.setdefault(w, set()).add(name)
    return {w: frozenset(v) for w, v in out.items()}


@dataclass(frozen=True)
class _File:
    """``contradictions.yaml`` as written (checked by the typed loader)."""

    claims: frozenset[str]
    negations: frozenset[str]
    reporting_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    hedges: frozenset[str]
    frames: dict[str, frozenset[str]] = spec(lower=False)
    count_categories: frozenset[str]  # type: ignore[misc]  # spec() gives no default
    count_cues: frozenset[str]  # type: ignore[misc]  # spec() gives no default
    max_per_article: int = spec(lo=1)
    question_marks: frozenset[str]  # type: ignore[misc]  # spec() gives no default
    place_object_frames: frozenset[str]  # type: ignore[misc]  # spec() gives no default
    max_hops: int = spec(lo=1)
    window_tokens: int = spec(lo=1)
    negation_carriers: frozenset[str]  # type: ignore[misc]  # spec() gives no default
    object_groups: dict[str, frozenset[str]] = spec(optional=True, lower=False)


@functools.lru_cache(maxsize=1)
def rules() -> ContradictionRules:
    """The contradiction rules; OntologyError names the bad field and its file:line."""
    raw = typed(_File, _REL)
    out = ContradictionRules(
        raw.claims, raw.negations, raw.reporting_verbs, raw.conditional_marks, raw.hedges, raw.frames,
        raw.count_categories, raw.count_cues, raw.max_per_article, _index(raw.frames), raw.question_marks,
        raw.place_object_frames, raw.max_hops, raw.window_tokens, raw.negation_carriers, _index(raw.object_groups))
    bad = (out.claims | out.negations) - FACTUALITIES
    if bad or out.claims & out.negations:
        raise fail(_REL, line_of(_REL, ("claims",)), f"bad factualities {sorted(bad)} or overlap of claims and negations")
    return out
