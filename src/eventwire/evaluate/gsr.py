"""PLOVER codebook examples (``PLOVER_GSR_CAMEO.json``): is the gold event type found in the sentence?

The file (Open Event Data Alliance, CC BY-SA 4.0; not copied into the package) is a JSON array
of records. Every record with a ``text`` is one example sentence (the ``DOCUMENT`` record, which
has none, is skipped) with ``event`` (the type, in PLOVER's older names), ``source``/``target``
(lists of ``{"actorText", "code", "sector"}``; ``code`` an ISO3 country or a non-state code such
as ``IGO``) and ``date``. Records with text are numbered from 0 in file order: the number is the
article id (``published`` = the record's ``date``), and the fold (``folds.plv_row_in``: even =
tuning, odd = untouched).

Old names are mapped to the current ones: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT ->
ASSAULT, INVESTIGATE -> ACCUSE; the rest are unchanged. A gold YIELD accepts CONCEDE or RETREAT.

Figures per selection of records:

- **type found** (the headline): the gold type is among the types of the record's predicted
  events (recall of the type in the sentence), overall and per gold type (``hits/n``);
- **type+source**: some predicted event of the gold type has an actor country equal to one of
  the gold source ``code``s; counted over the records whose gold has a source code;
- **no event**: records with no predicted event at all;
- **confusions**: the most common (gold type, first predicted type or NONE) pairs of the misses.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GoldError
from .common import predictions_by_id, read_json
from .folds import GSR_RULES, plv_row_in

#: PLOVER names of the codebook file -> the names the package uses
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
YIELD = {"CONCEDE", "RETREAT"}
#: how many (gold, predicted) confusion pairs are printed
TOP_CONFUSIONS = 12
#: characters of a record's text shown on a MISS line
MISS_TEXT = 200


@dataclass(frozen=True)
class Record:
    index: int  # number among the records with text, from 0: article id and fold
    rid: str
    text: str
    published: str | None
    event: str  # the file's name
    type: str  # the package's name
    sources: tuple[str, ...]  # gold source codes


def gold_type(event: str) -> str:
    """The package's name for a type name of the codebook file."""
    return RENAMED.get(event, event)


def accepts(gold: str, predicted: str | None) -> bool:
    """True when a predicted type counts as the gold type (YIELD accepts CONCEDE and RETREAT)."""
    return predicted == gold or (gold == "YIELD" and predicted in YIELD)


def _codes(side: Any, where: str) -> tuple[str, ...]:
    if side is None:
        return ()
    if not isinstance(side, list) or not all(isinstance(a, dict) for a in side):
        raise GoldError(f"{where}: 'source' must be a list of actor objects, got {side!r}")
    return tuple(str(a["code"]).strip().upper() for a in side if a.get("code"))


def load(path: str | Path) -> list[Record]:
    """The records with text, in file order; GoldError on a malformed file."""
    data = read_json(path, "PLOVER GSR file")
    if not isinstance(data, list):
        raise GoldError(f"{path}: expected a JSON array of records, got {type(data).__name__}")
    out: list[Record] = []
    for n, rec in enumerate(data):
        if not isinstance(rec, dict):
            raise GoldError(f"{path}: item {n} is not a JSON object")
        text = rec.get("text")
        if not text:
            continue
        where = f"{path}: item {n} ({rec.get('id', 'no id')})"
        event = rec.get("event")
        if not isinstance(text, str) or not isinstance(event, str) or not event:
            raise GoldError(f"{where}: 'text' and 'event' must be strings")
        date = rec.get("date")
        out.append(Record(len(out), str(rec.get("id", len(out))), text, date if isinstance(date, str) else None,
                          event, gold_type(event), _codes(rec.get("source"), where)))
    if not out:
        raise GoldError(f"{path}: no record has a 'text'")
    return out


def select(records: list[Record], rows: str) -> list[Record]:
    """The records of ``rows`` (all, even = tuning, odd = untouched)."""
    return [r for r in records if plv_row_in(r.index, rows)]


def _types(events: list[dict[str, Any]]) -> list[str]:
    return [str(e.get("type")) for e in events]


def _found(r: Record, events: list[dict[str, Any]]) -> bool:
    return any(accepts(r.type, t) for t in _types(events))


def _source_found(r: Record, events: list[dict[str, Any]]) -> bool:
    return any(accepts(r.type, e.get("type")) and (e.get("actor") or {}).get("country") in r.sources
               for e in events)


def score_records(records: list[Record], preds: dict[str, list[dict]], rows: str = "all") -> dict[str, Any]:
    """The figures of the ``rows`` selection (see module docstring)."""
    rs = select(records, rows)
    per: Counter[str] = Counter()
    per_hit: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    hits = src_n = src_hits = none = 0
    for r in rs:
        events = preds.get(str(r.index), [])
        per[r.type] += 1
        if _found(r, events):
            hits += 1
            per_hit[r.type] += 1
        else:
            confusions[(r.type, _types(events)[0] if events else "NONE")] += 1
        if r.sources:
            src_n += 1
            src_hits += _source_found(r, events)
        none += not events
    n = len(rs)
    return {"n": n, "type_found": hits, "type_found_rate": round(hits / max(1, n), 3),
            "type_source_n": src_n, "type_source_found": src_hits,
            "type_source_rate": round(src_hits / max(1, src_n), 3), "no_event": none,
            "per_type": {t: f"{per_hit[t]}/{per[t]}" for t in sorted(per)},
            "confusions": [[g, p, c] for (g, p), c in confusions.most_common(TOP_CONFUSIONS)]}


def misses(records: list[Record], preds: dict[str, list[dict]], rows: str = "all") -> list[str]:
    """One ``MISS`` line per record of ``rows`` whose gold type was not found."""
    out = []
    for r in select(records, rows):
        events = preds.get(str(r.index), [])
        if not _found(r, events):
            gold = r.type if r.type == r.event else f"{r.type} ({r.event})"
            out.append(f"MISS [{r.index} {r.rid}] gold {gold}; got {_types(events)} | {r.text[:MISS_TEXT]}")
    return out


def score(path: str | Path, predictions: str | Path, rows: tuple[str, ...] = ("all",)) -> dict[str, Any]:
    """``{rows: figures}`` for an extract-output file (ids = record numbers) on a GSR file."""
    records = load(path)
    preds = predictions_by_id(predictions, "events")
    return {sel: score_records(records, preds, sel) for sel in rows}


def lines(result: dict[str, Any]) -> list[str]:
    """Per selection a ``#`` line naming it with the headline, then its figures as one JSON object."""
    out = []
    for sel, f in result.items():
        out.append(f"# rows {sel} ({GSR_RULES[sel]}): type found {f['type_found']} / {f['n']} "
                   f"= {f['type_found_rate']}")
        out.append(json.dumps(f))
    return out
