"""Word lists of the event-precision rules (``data/plover/precision.yaml``), loaded once.

The rules themselves live in ``extract/event_noise.py``; this module only reads and validates
the lists (each must be a non-empty list of strings).

Not handled: per-language lists (English only).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from . import fail, read_yaml

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
    purpose_marks: frozenset[str]
    purpose_phrases: tuple[tuple[str, ...], ...]


@functools.lru_cache(maxsize=1)
def lists() -> PrecisionLists:
    """The precision word lists; OntologyError naming the file when one is missing or malformed."""
    raw = read_yaml(_REL)
    if not isinstance(raw, dict):
        raise fail(_REL, None, "expected a mapping of list names to word lists")
    out = {}
    for name in PrecisionLists.__dataclass_fields__:
        words = raw.get(name)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            raise fail(_REL, None, f"{name!r} must be a non-empty list of strings (quote on/off/no)")
        out[name] = frozenset(w.lower() for w in words)
    out["purpose_phrases"] = tuple(tuple(p.split()) for p in sorted(out["purpose_phrases"]))
    return PrecisionLists(**out)
