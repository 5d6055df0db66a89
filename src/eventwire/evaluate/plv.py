"""PLV-format sentences (Zero-Shot-PLOVER TSV) and the event-type scorer.

The TSV needs the columns ``marked_sentence`` (the sentence with the source marked ``<s>..</s>``
and the target ``<t>..</t>``) and ``gold_root`` (the PLOVER type; YIELD accepts CONCEDE or
RETREAT). Row number = article id. The figures are exactly those of ``../shared/eval/plv.py``:
the predicted type of a row is that of an event whose actor overlaps the source and recipient
the target, else of one whose actor overlaps the source, else NONE.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import GoldError
from .common import predictions_by_id, read_text

YIELD = {"CONCEDE", "RETREAT"}
_TAG = re.compile(r"</?[st]>")
_COLUMNS = ("marked_sentence", "gold_root")


def _unmark(marked: str) -> tuple[str, dict[str, list[int | None]]]:
    """Remove <s>/<t> marks; return the text and {"s"|"t": [start, end]} (first marking wins)."""
    text, spans, pos = "", {}, 0  # type: ignore[var-annotated]
    for m in _TAG.finditer(marked):
        text += marked[pos:m.start()]
        tag = m.group()
        pair = spans.setdefault(tag.strip("</>"), [None, None])
        end = tag.startswith("</")
        if pair[1 if end else 0] is None:
            pair[1 if end else 0] = len(text)
        pos = m.end()
    return text + marked[pos:], spans


def rows(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield {id, text, source, target, label} per TSV row; GoldError on a malformed file."""
    csv.field_size_limit(10**8)
    reader = csv.DictReader(io.StringIO(read_text(path, "PLV file")), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in _COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise GoldError(f"{path}: missing column(s) {', '.join(missing)} (found {reader.fieldnames})")
    for i, r in enumerate(reader):
        if not r.get("marked_sentence") or not r.get("gold_root"):
            raise GoldError(f"{path}: row {i + 2} has no marked_sentence or gold_root")
        text, spans = _unmark(r["marked_sentence"])
        yield {"id": str(i), "text": text, "source": _pair(spans, "s"), "target": _pair(spans, "t"),
               "label": r["gold_root"]}


def _pair(spans: dict[str, list[int | None]], key: str) -> tuple[int | None, int | None] | None:
    return (spans[key][0], spans[key][1]) if key in spans else None


def _overlaps(a: dict[str, Any] | None, span: tuple | None) -> bool:
    return a is not None and span is not None and a.get("start") is not None \
        and min(a["end"], span[1]) > max(a["start"], span[0])


def predict(events: list[dict[str, Any]], src: tuple | None, tgt: tuple | None) -> str:
    """The type the scorer reads off a row's predicted events (see module docstring)."""
    for e in events:
        if tgt and _overlaps(e.get("actor"), src) and _overlaps(e.get("recipient"), tgt):
            return e["type"]
    for e in events:
        if _overlaps(e.get("actor"), src):
            return e["type"]
    return "NONE"


def score_rows(gold_rows: list[dict[str, Any]], preds: dict[str, list[dict]]) -> dict[str, Any]:
    """Accuracy, macro-F1 over gold labels, share of rows with no event, per-type F1."""
    gold, got = [], []
    for r in gold_rows:
        p = predict(preds.get(r["id"], []), r["source"], r["target"])
        if r["label"] == "YIELD" and p in YIELD:
            p = "YIELD"
        gold.append(r["label"])
        got.append(p)
    if not gold:
        raise GoldError("the PLV file has no rows")
    f1s = {}
    for lab in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, got) if g == p == lab)
        fp = sum(1 for g, p in zip(gold, got) if p == lab and g != lab)
        fn = sum(1 for g, p in zip(gold, got) if g == lab and p != lab)
        pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1s[lab] = round(2 * pr * rc / max(1e-9, pr + rc), 3)
    acc = sum(1 for g, p in zip(gold, got) if g == p) / len(gold)
    none = sum(1 for p in got if p == "NONE") / len(gold)
    return {"n": len(gold), "accuracy": round(acc, 3), "macro_f1": round(sum(f1s.values()) / len(f1s), 3),
            "no_event_found": round(none, 3), "per_type_f1": f1s}


def score(path: str | Path, predictions: str | Path) -> dict[str, Any]:
    """Figures for a prediction file (extract JSONL, ids = row numbers) on a PLV TSV."""
    return score_rows(list(rows(path)), predictions_by_id(predictions, "events"))


def lines(result: dict[str, Any]) -> list[str]:
    """What ``../shared/eval/plv.py score`` prints for the same figures."""
    return [json.dumps(result)]
