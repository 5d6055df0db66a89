"""A faster, identical ``match`` for spaCy's ``attribute_ruler`` component.

spaCy's AttributeRuler runs a Matcher with every pattern over every token (179 patterns in
en_core_web_sm: a tag-map entry per fine-grained tag, word exceptions, IN / NOT_IN / REGEX
conditions that the Matcher evaluates with a Python call per token), which costs about 13% of
parsing. ``speed_up(nlp)`` evaluates the patterns it can on the Doc's attribute arrays instead,
one vectorised comparison per condition: fixed-length patterns (no ``OP``) over ORTH, LOWER, TAG,
DEP and IS_SPACE with a plain value, IN, NOT_IN or REGEX. Any other pattern stays with a Matcher
of its own. The matches, de-duplicated and sorted as spaCy does, go to spaCy's own
``set_annotations``, so every token gets exactly the attributes it got before (the tests compare
the match lists, and POS, TAG, MORPH and LEMMA token by token, on real articles).

Not handled (spaCy's own matching is kept): a Doc without tags or dependencies (the Matcher's
``allow_missing`` semantics), and attribute rulers of another class than spaCy's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_COLUMNS = ("ORTH", "LOWER", "TAG", "DEP", "IS_SPACE")


@dataclass
class _Condition:
    column: int
    kind: str  # "eq" "in" "not_in" "regex"
    values: Any  # numpy array of hashes (or a bool for IS_SPACE), or a compiled regex
    seen: dict[int, bool] = field(default_factory=dict)  # regex: hash -> result

    def mask(self, doc: "Doc", column: numpy.ndarray) -> numpy.ndarray:
        if self.kind == "eq":
            return column == self.values
        if self.kind == "in":
            return numpy.isin(column, self.values)
        if self.kind == "not_in":
            return ~numpy.isin(column, self.values)
        strings = doc.vocab.strings
        hits = []
        for h in numpy.unique(column).tolist():
            if h not in self.seen:
                self.seen[h] = bool(self.values.search(strings[h]))
            if self.seen[h]:
                hits.append(h)
        return numpy.isin(column, numpy.array(hits, dtype=numpy.uint64))


@dataclass
class _Pattern:
    attr_id: int
    match_id: int
    tokens: list[list[_Condition]]


def speed_up(nlp: "Language") -> bool:
    """Give the pipeline's attribute ruler the faster ``match``; False if it has none."""
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler

    ruler = next((p for _, p in nlp.pipeline if type(p) is AttributeRuler), None)
    if ruler is None:
        return False
    strings = nlp.vocab.strings
    fast: list[_Pattern] = []
    rest = Matcher(nlp.vocab)
    for i in range(len(ruler.attrs)):
        key = str(i)
        for pattern in ruler.matcher.get(key)[1]:
            compiled = _compile(strings, pattern)
            if compiled is None:
                rest.add(key, [pattern])
            else:
                fast.append(_Pattern(i, strings[key], compiled))
    original = ruler.match
    ruler.match = lambda doc: _match(doc, fast, rest, original)  # type: ignore[method-assign]
    return True


def _compile(strings: Any, pattern: list[dict[str, Any]]) -> list[list[_Condition]] | None:
    """Conditions per token of a pattern, or None if it uses anything not handled here."""
    out = []
    for spec in pattern:
        if not spec or not isinstance(spec, dict):
            return None
        conds = []
        for name, value in spec.items():
            cond = _condition(strings, name, value)
            if cond is None:
                return None
            conds.append(cond)
        out.append(conds)
    return out or None


def _condition(strings: Any, name: str, value: Any) -> _Condition | None:
    if name not in _COLUMNS:
        return None
    col = _COLUMNS.index(name)
    if name == "IS_SPACE":
        return _Condition(col, "eq", int(value)) if isinstance(value, bool) else None
    if isinstance(value, str):
        return _Condition(col, "eq", strings[value])
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        return _Condition(col, op.lower(), numpy.array([strings[v] for v in arg], dtype=numpy.uint64))
    if op == "REGEX" and isinstance(arg, str):
        return _Condition(col, "regex", re.compile(arg))
    return None


def _match(doc: "Doc", fast: list[_Pattern], rest: Any, original: Any) -> list[tuple[int, int, int, int]]:
    """What ``AttributeRuler.match`` returns: (attribute id, match id, start, end), sorted."""
    if not len(doc) or not doc.has_annotation("TAG") or not doc.has_annotation("DEP"):
        return original(doc)
    arrays = doc.to_array(list(_COLUMNS))
    n = len(doc)
    found: set[tuple[int, int, int, int]] = set()
    for p in fast:
        width = len(p.tokens)
        if width > n:
            continue
        hit = numpy.ones(n - width + 1, dtype=bool)
        for offset, conds in enumerate(p.tokens):
            for cond in conds:
                hit &= cond.mask(doc, arrays[offset:n - width + 1 + offset, cond.column])
        found.update((p.attr_id, p.match_id, int(k), int(k) + width) for k in numpy.flatnonzero(hit))
    if len(rest):
        for m_id, start, end in rest(doc, allow_missing=True, as_spans=False):
            found.add((int(doc.vocab.strings[m_id]), m_id, start, end))
    return sorted(found)
