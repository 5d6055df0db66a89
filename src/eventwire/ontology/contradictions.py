"""Loader for the contradiction rules (``data/contradictions.yaml``), read once per process.

Not handled: rules per event type (the action frames are shared by every type).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..errors import OntologyError
from . import read_yaml, word_set

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


def _words(data: dict, name: str) -> frozenset[str]:
    return word_set(data, name, _REL)


@functools.lru_cache(maxsize=1)
def rules() -> ContradictionRules:
    """The contradiction rules; OntologyError names the bad field."""
    data = read_yaml(_REL)
    if not isinstance(data, dict) or not isinstance(data.get("frames"), dict):
        raise OntologyError("contradictions.yaml: top level must be a mapping with 'frames'")
    frames = {str(k): _words(data["frames"], k) for k in data["frames"]}
    out = ContradictionRules(
        _words(data, "claims"), _words(data, "negations"), _words(data, "reporting_verbs"),
        _words(data, "conditional_marks"), _words(data, "hedges"), frames,
        _words(data, "count_categories"), _words(data, "count_cues"), int(data.get("max_per_article", 0)),
        _index(frames), _words(data, "question_marks"), _words(data, "place_object_frames"),
        int(data.get("max_hops", 0)), int(data.get("window_tokens", 0)), _words(data, "negation_carriers"),
        _index({str(k): _words(data["object_groups"], k) for k in data.get("object_groups") or {}}))
    bad = (out.claims | out.negations) - FACTUALITIES
    if bad or out.claims & out.negations or min(out.max_per_article, out.max_hops, out.window_tokens) < 1:
        raise OntologyError(f"contradictions.yaml: bad factualities {sorted(bad)} or overlap of "
                            "claims and negations, or max_per_article/max_hops/window_tokens < 1")
    return out
