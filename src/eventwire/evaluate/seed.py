"""Score one article's extract output against a seed-style gold JSON file.

The gold format is that of ``../shared/data/seed/*.gold.json``: sections ``quotes``,
``not_quotes``, ``indirect_quotes``, ``counts``, ``dates``, ``events``, ``contradictions`` and
``people``, each a list of items that point into the article by a verbatim ``snippet``. The
figures (and the MISS lines) are those of ``../shared/eval/seed.py``; a section the gold file
leaves out is not scored (its figure is absent) instead of failing.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldError
from .common import hits, need, read_json

SUFFIX = {"jr", "sr", "ii", "iii", "iv", "the"}
#: gold sections -> the fields each item must have (name, type)
SECTIONS: dict[str, tuple[tuple[str, type | tuple[type, ...]], ...]] = {
    "quotes": (("snippet", str), ("speaker", str)),
    "not_quotes": (("snippet", str),),
    "indirect_quotes": (("snippet", str), ("speaker", str)),
    "counts": (("snippet", str), ("value", (int, float))),
    "dates": (("snippet", str), ("date", str)),
    "events": (("evidence", str), ("accept", list)),
    "contradictions": (("a", str), ("b", str)),
    "people": (("name", str),),
}


@dataclass
class SeedScore:
    """Figures (in the shared scorer's order) and the misses behind them."""

    figures: dict[str, Any] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """What ``../shared/eval/seed.py`` prints: one MISS line per miss, then the figures."""
        return [f"MISS {m}" for m in self.misses] + [json.dumps(self.figures)]


def name_key(name: str | None) -> tuple[str, ...]:
    toks = [t for t in re.sub(r"[^\w\s-]", " ", name or "").lower().split() if t not in SUFFIX and len(t) > 1]
    return (toks[0], toks[-1]) if len(toks) >= 2 else tuple(toks)


def same_person(pred: str | None, gold: str) -> bool:
    return pred is not None and bool(pred) and (pred.strip().lower() == gold.lower() or name_key(pred) == name_key(gold))


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read and validate a gold file; raise GoldError naming the file, section and item."""
    gold = read_json(path, "gold file")
    if not isinstance(gold, dict):
        raise GoldError(f"gold file {str(path)!r}: top level must be an object")
    if not any(s in gold for s in SECTIONS):
        raise GoldError(f"gold file {str(path)!r} has none of the sections {', '.join(SECTIONS)}")
    for section, fields_ in SECTIONS.items():
        items = gold.get(section, [])
        if not isinstance(items, list):
            raise GoldError(f"{path}: section {section!r} must be a list")
        for i, item in enumerate(items):
            for key, kind in fields_:
                need(item, key, kind, f"{path}: {section}[{i}]")
    return gold


def _span_of(text: str, snippet: str) -> tuple[int, int]:
    i = text.find(snippet)
    if i < 0:
        raise GoldError(f"gold snippet not in article: {snippet!r}")
    return i, i + len(snippet)


def _quotes(gold: dict, text: str, pred: dict, sc: SeedScore) -> None:
    quotes, ok = pred.get("quotes", []), 0
    for g in gold["quotes"]:
        found = [q for q in quotes if hits(q, _span_of(text, g["snippet"]))]
        if not found:
            sc.misses.append(f"quote not found: {g['snippet']!r}")
        elif not any(same_person(q.get("speaker"), g["speaker"]) for q in found):
            sc.misses.append(f"quote {g['snippet']!r}: speaker {[q.get('speaker') for q in found]} != {g['speaker']!r}")
        else:
            ok += 1
    sc.figures["quotes_right"] = f"{ok}/{len(gold['quotes'])}"


def _false_quotes(gold: dict, text: str, pred: dict, sc: SeedScore) -> None:
    quotes = pred.get("quotes", [])
    false = [n["snippet"] for n in gold["not_quotes"] if any(hits(q, _span_of(text, n["snippet"])) for q in quotes)]
    sc.misses += [f"not a quote, but extracted: {s!r}" for s in false]
    sc.figures["false_quotes"] = len(false)


def _indirect(gold: dict, text: str, pred: dict, sc: SeedScore) -> None:
    ok = 0
    for g in gold["indirect_quotes"]:
        span = _span_of(text, g["snippet"])
        if any(hits(q, span) and same_person(q.get("speaker"), g["speaker"]) for q in pred.get("quotes", [])):
            ok += 1
        else:
            sc.misses.append(f"indirect quote missing or misattributed: {g['snippet']!r} ({g['speaker']})")
    sc.figures["indirect_right"] = f"{ok}/{len(gold['indirect_quotes'])}"


def _value(c: dict) -> float:
    try:
        return float(c.get("value", -1))
    except (TypeError, ValueError):
        return -1.0


def _counts(gold: dict, text: str, pred: dict, sc: SeedScore) -> None:
    ok = 0
    for g in gold["counts"]:
        span = _span_of(text, g["snippet"])
        if any(hits(c, span) and _value(c) == g["value"] for c in pred.get("counts", [])):
            ok += 1
        else:
            sc.misses.append(f"count missing: {g['value']} in {g['snippet']!r}")
    sc.figures["counts_right"] = f"{ok}/{len(gold['counts'])}"


def _dates(gold: dict, text: str, pred: dict, sc: SeedScore) -> None:
    ok = 0
    for g in gold["dates"]:
        span = _span_of(text, g["snippet"])
        cands = [d for d in pred.get("dates", []) if hits(d, span)]
        cands += [e for e in pred.get("events", []) if hits(e.get("evidence"), span)]
        if any(c.get("date") == g["date"] for c in cands):
            ok += 1
        else:
            sc.misses.append(f"date missing or wrong: {g['snippet']!r} should be {g['date']}")
    sc.figures["dates_right"] = f"{ok}/{len(gold['dates'])}"


def _events(gold: dict, text: str, pred: dict, sc: SeedScore) -> None:
    ok = 0
    for g in gold["events"]:
        span = _span_of(text, g["evidence"])
        cands = [e for e in pred.get("events", []) if hits(e.get("evidence"), span) and e.get("type") in g["accept"]]
        if "actor" in g:
            cands = [e for e in cands if (e.get("actor") or {}).get("country") == g["actor"]]
        if "recipient" in g:
            cands = [e for e in cands if (e.get("recipient") or {}).get("country") == g["recipient"]]
        if cands:
            ok += 1
        else:
            sc.misses.append(f"event {g.get('id')}: no {g['accept']} by {g.get('actor')} on "
                             f"{g.get('recipient')} at {g['evidence']!r}")
    sc.figures["events_right"] = f"{ok}/{len(gold['events'])}"


def _contradictions(gold: dict, text: str, pred: dict, sc: SeedScore) -> None:
    ok = 0
    for g in gold["contradictions"]:
        a, b = _span_of(text, g["a"]), _span_of(text, g["b"])
        if any((hits(c.get("a"), a) and hits(c.get("b"), b)) or (hits(c.get("a"), b) and hits(c.get("b"), a))
               for c in pred.get("contradictions", [])):
            ok += 1
        else:
            sc.misses.append(f"contradiction not found: {g.get('why')}")
    sc.figures["contradictions_right"] = f"{ok}/{len(gold['contradictions'])}"


def _people(gold: dict, text: str, pred: dict, sc: SeedScore) -> None:
    ok, ents = 0, pred.get("entities", [])
    for g in gold["people"]:
        match = [e for e in ents if same_person(e.get("name"), g["name"])]
        if match and (not g.get("country") or any(e.get("country") == g["country"] for e in match)):
            ok += 1
        else:
            sc.misses.append(f"person missing or wrong country: {g['name']} ({g.get('country')})")
    sc.figures["people_right"] = f"{ok}/{len(gold['people'])}"


#: (gold section, scorer) in the order the shared script reports them
_SCORERS = (("quotes", _quotes), ("not_quotes", _false_quotes), ("indirect_quotes", _indirect),
            ("counts", _counts), ("dates", _dates), ("events", _events),
            ("contradictions", _contradictions), ("people", _people))


def score(gold: dict[str, Any], text: str, pred: dict[str, Any]) -> SeedScore:
    """Score one prediction object (extract contract) against validated gold for ``text``."""
    sc = SeedScore()
    for section, fn in _SCORERS:
        if section in gold:
            fn(gold, text, pred, sc)
    return sc
