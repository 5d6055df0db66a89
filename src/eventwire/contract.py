"""Validate extract output against the contract (``CONTRACT.md``), for users and for tests.

``validate(obj, text)`` checks one output object (``ArticleResult.to_dict()`` or a line of
``eventwire extract`` output) and returns a list of human-readable errors (empty when valid):
required fields with the right types, enumerations (quote kinds, PLOVER types, factuality,
entity types), ISO-3 country codes, registered problem codes, and — when the article text is
given — that every span lies inside the text and that every ``text`` field equals
``text[start:end]``.

Not checked: whether the records are *right* (that is what ``eventwire eval`` does), PLOVER
modes against the codebook, or fields added after the contract was written (extra fields are
allowed by the contract and ignored here).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from .errors import PROBLEM_CODES

ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
QUOTE_KINDS = frozenset({"direct", "partial", "indirect"})
PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
FACTUALITY = frozenset({"asserted", "negated", "hypothetical", "future", "planned", "denied",
                        "disputed", "reported"})
_ISO3 = re.compile(r"[A-Z]{3}\Z")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?\Z")

Errors = list[str]


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _opt_str(v: Any) -> bool:
    return v is None or isinstance(v, str)


class _Checker:
    """Collects errors for one output object; ``text`` enables span checks."""

    def __init__(self, text: str | None) -> None:
        self.text = text
        self.errors: Errors = []

    def fail(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def need(self, obj: Any, where: str, fields: dict[str, Callable[[Any], bool]]) -> bool:
        """Check that ``obj`` is a dict whose listed fields exist and pass their test."""
        if not isinstance(obj, dict):
            self.fail(where, f"expected an object, got {type(obj).__name__}")
            return False
        ok = True
        for name, test in fields.items():
            if name not in obj:
                self.fail(where, f"missing field {name!r}")
                ok = False
            elif not test(obj[name]):
                self.fail(where, f"field {name!r} has a bad value {obj[name]!r}")
                ok = False
        return ok

    def offsets(self, where: str, start: Any, end: Any, text: str | None = None) -> None:
        """start/end are ints with 0 <= start <= end <= len(text); text equals the slice."""
        if not (_is_int(start) and _is_int(end)):
            self.fail(where, f"offsets must be integers, got {start!r}, {end!r}")
            return
        if start < 0 or end < start:
            self.fail(where, f"bad offsets [{start}, {end})")
            return
        if self.text is None:
            return
        if end > len(self.text):
            self.fail(where, f"span [{start}, {end}) ends beyond the text ({len(self.text)} chars)")
        elif text is not None and self.text[start:end] != text:
            self.fail(where, f"text {text[:40]!r} != article text [{start}:{end}] "
                             f"{self.text[start:end][:40]!r}")

    def span(self, obj: Any, where: str, optional: bool = False) -> None:
        if obj is None and optional:
            return
        if self.need(obj, where, {"start": _is_int, "end": _is_int, "text": lambda v: isinstance(v, str)}):
            self.offsets(where, obj["start"], obj["end"], obj["text"])

    def country(self, where: str, value: Any) -> None:
        if value is not None and not (isinstance(value, str) and _ISO3.match(value)):
            self.fail(where, f"country {value!r} is not ISO 3166 alpha-3 or null")

    def records(self, obj: dict[str, Any], kind: str, check: Callable[[Any, str], None]) -> None:
        items = obj.get(kind)
        if not isinstance(items, list):
            self.fail(kind, f"expected a list, got {type(items).__name__}")
            return
        for i, item in enumerate(items):
            check(item, f"{kind}[{i}]")


def _entity(c: _Checker, e: Any, where: str) -> None:
    if not c.need(e, where, {"id": lambda v: isinstance(v, str), "name": lambda v: isinstance(v, str),
                             "type": lambda v: v in ENTITY_TYPES, "role": _opt_str,
                             "country": _opt_str, "sector": _opt_str,
                             "mentions": lambda v: isinstance(v, list)}):
        return
    c.country(where, e["country"])
    for j, m in enumerate(e["mentions"]):
        c.span(m, f"{where}.mentions[{j}]")


def _quote(c: _Checker, q: Any, where: str) -> None:
    if not c.need(q, where, {"text": lambda v: isinstance(v, str), "start": _is_int, "end": _is_int,
                             "kind": lambda v: v in QUOTE_KINDS, "speaker": _opt_str,
                             "speaker_entity": _opt_str, "speaker_mention": lambda v: True,
                             "cue": lambda v: True}):
        return
    c.offsets(where, q["start"], q["end"], q["text"])
    c.span(q["speaker_mention"], f"{where}.speaker_mention", optional=True)
    c.span(q["cue"], f"{where}.cue", optional=True)


def _participant(c: _Checker, p: Any, where: str) -> None:
    if p is None:
        return
    if not c.need(p, where, {"name": lambda v: isinstance(v, str), "country": _opt_str,
                             "sector": _opt_str, "start": lambda v: v is None or _is_int(v),
                             "end": lambda v: v is None or _is_int(v), "entity": _opt_str}):
        return
    c.country(where, p["country"])
    if p["start"] is not None or p["end"] is not None:
        c.offsets(where, p["start"], p["end"])


def _event(c: _Checker, e: Any, where: str) -> None:
    if not c.need(e, where, {"type": lambda v: v in PLOVER_TYPES, "mode": _opt_str,
                             "factuality": lambda v: v in FACTUALITY, "actor": lambda v: True,
                             "recipient": lambda v: True, "date": _opt_str, "location": lambda v: True,
                             "evidence": lambda v: True, "score": lambda v: v is None or _is_num(v)}):
        return
    _participant(c, e["actor"], f"{where}.actor")
    _participant(c, e["recipient"], f"{where}.recipient")
    c.span(e["evidence"], f"{where}.evidence")
    if e.get("trigger") is not None:
        c.span(e["trigger"], f"{where}.trigger")
    rules = e.get("rules")
    if rules is not None and not (isinstance(rules, list) and all(isinstance(r, str) and r for r in rules)):
        c.fail(where, f"field 'rules' must be a list of rule names, got {rules!r}")
    loc = e["location"]
    if loc is not None and c.need(loc, f"{where}.location", {
            "name": lambda v: isinstance(v, str), "country": _opt_str,
            "lat": lambda v: v is None or _is_num(v), "lon": lambda v: v is None or _is_num(v)}):
        c.country(f"{where}.location", loc["country"])


def _count(c: _Checker, n: Any, where: str) -> None:
    if c.need(n, where, {"value": _is_num, "text": lambda v: isinstance(v, str), "start": _is_int,
                         "end": _is_int, "category": lambda v: isinstance(v, str) and bool(v)}):
        c.offsets(where, n["start"], n["end"], n["text"])
        claim = n.get("claim")
        if claim is not None and c.need(claim, f"{where}.claim", {
                "start": _is_int, "end": _is_int, "head": _opt_str, "update": lambda v: isinstance(v, bool)}):
            c.offsets(f"{where}.claim", claim["start"], claim["end"], None)
            if not claim["start"] <= n["start"] < claim["end"]:
                c.fail(f"{where}.claim", "the sentence does not hold the figure")


def _date(c: _Checker, d: Any, where: str) -> None:
    if c.need(d, where, {"text": lambda v: isinstance(v, str), "start": _is_int, "end": _is_int,
                         "date": lambda v: v is None or (isinstance(v, str) and bool(_ISO_DATE.match(v)))}):
        c.offsets(where, d["start"], d["end"], d["text"])


def _contradiction(c: _Checker, x: Any, where: str) -> None:
    if c.need(x, where, {"a": lambda v: True, "b": lambda v: True,
                         "reason": lambda v: isinstance(v, str) and bool(v)}):
        c.span(x["a"], f"{where}.a")
        c.span(x["b"], f"{where}.b")


def _place(c: _Checker, p: Any, where: str) -> None:
    if c.need(p, where, {"name": lambda v: isinstance(v, str), "start": _is_int, "end": _is_int,
                         "text": lambda v: isinstance(v, str)}):
        c.offsets(where, p["start"], p["end"], p["text"])
        c.country(where, p.get("country"))


def _problem(c: _Checker, p: Any, where: str) -> None:
    c.need(p, where, {"code": lambda v: v in PROBLEM_CODES,
                      "message": lambda v: isinstance(v, str) and bool(v)})


CHECKS: dict[str, Callable[[_Checker, Any, str], None]] = {
    "entities": _entity, "quotes": _quote, "events": _event, "counts": _count, "dates": _date,
    "contradictions": _contradiction, "problems": _problem,
}
#: record kinds added to the contract after it was written: checked only when present
OPTIONAL_CHECKS: dict[str, Callable[[_Checker, Any, str], None]] = {"places": _place}


def validate(obj: Any, text: str | None = None) -> Errors:
    """Return the contract violations of one output object (empty list when it is valid).

    ``text`` is the article text; without it, spans are checked for shape only.
    """
    c = _Checker(text)
    if not c.need(obj, "article", {"id": lambda v: isinstance(v, str),
                                   "published": lambda v: v is None or (isinstance(v, str) and bool(_ISO_DATE.match(v)))}):
        return c.errors
    for kind, check in CHECKS.items():
        c.records(obj, kind, functools.partial(check, c))
    for kind, check in OPTIONAL_CHECKS.items():
        if kind in obj:
            c.records(obj, kind, functools.partial(check, c))
    return c.errors
