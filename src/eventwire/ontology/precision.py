"""Word lists of the event-precision rules (``data/plover/precision.yaml``), loaded once.

The rules themselves live in ``extract/event_noise.py``; this module only reads and validates
the lists (each must be a non-empty list of strings).

Not handled: per-language lists (English only).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from . import fail, read_yaml, word_set

_REL = "plover/precision.yaml"


@dataclass(frozen=True)
class PrecisionLists:
    non_event_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    motion_destinations: frozenset[str]
    non_agent_nouns: frozenset[str]
    generic_plural_heads: frozenset[str]
    generic_heads: frozenset[str]
    generic_adverbs: frozenset[str]
    own_statement_marks: frozenset[str]
    plural_only_nouns: frozenset[str]
    purpose_marks: frozenset[str]
    control_verbs: frozenset[str]
    purpose_phrases: tuple[tuple[str, ...], ...]


@functools.lru_cache(maxsize=1)
def lists() -> PrecisionLists:
    """The precision word lists; OntologyError naming the file when one is missing or malformed."""
    raw = read_yaml(_REL)
    if not isinstance(raw, dict):
        raise fail(_REL, None, "expected a mapping of list names to word lists")
    out = {name: word_set(raw, name, _REL) for name in PrecisionLists.__dataclass_fields__}
    out["purpose_phrases"] = tuple(tuple(p.split()) for p in sorted(out["purpose_phrases"]))
    return PrecisionLists(**out)


@dataclass(frozen=True)
class DisputeCues:
    """Cues of a dispute made in a later sentence (``factuality.yaml`` ``cross_sentence``)."""

    dispute_predicates: frozenset[str]
    dispute_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    referring_pronouns: frozenset[str]
    statement_nouns: dict[str, frozenset[str]]   # noun -> lemmas of the verbs that make one
    window_sentences: int


@functools.lru_cache(maxsize=1)
def dispute_cues() -> DisputeCues:
    """The cross-sentence dispute cues; OntologyError naming the file when malformed."""
    rel = "plover/factuality.yaml"
    raw = (read_yaml(rel) or {}).get("cross_sentence")
    if not isinstance(raw, dict):
        raise fail(rel, None, "'cross_sentence' must be a mapping")
    out: dict = {name: word_set(raw, name, rel, "cross_sentence.")
                 for name in ("dispute_predicates", "dispute_verbs", "denial_verbs", "referring_pronouns")}
    nouns = raw.get("statement_nouns")
    if not isinstance(nouns, dict) or not all(isinstance(v, list) and v for v in nouns.values()):
        raise fail(rel, None, "cross_sentence.statement_nouns must map nouns to verb lists")
    out["statement_nouns"] = {str(k).lower(): frozenset(str(v).lower() for v in vs) for k, vs in nouns.items()}
    window = raw.get("window_sentences")
    if not isinstance(window, int) or not 1 <= window <= 10:
        raise fail(rel, None, "cross_sentence.window_sentences must be an integer from 1 to 10")
    out["window_sentences"] = window
    return DisputeCues(**out)
