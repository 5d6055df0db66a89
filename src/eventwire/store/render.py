"""Rendering query results for the terminal: an aligned text table, JSON or CSV.

Not handled: paging; very wide cells are cut to ``max_width`` characters in tables only.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

FORMATS = ("table", "json", "csv")


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def render(rows: list[dict[str, Any]], fmt: str = "table", max_width: int = 60) -> str:
    """Rows (dicts with the same keys) as text in ``fmt`` (table | json | csv)."""
    if fmt == "json":
        return json.dumps([{k: _plain(v) for k, v in r.items()} for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        from .export import neutralise  # text cells a spreadsheet would run as formulas get a leading '

        buf = io.StringIO()
        if rows:
            writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: neutralise(_plain(v)) for k, v in r.items()} for r in rows)
        return buf.getvalue().rstrip("\n")
    return _table(rows, max_width)


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else " ".join(str(_plain(value)).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: list[dict[str, Any]], max_width: int) -> str:
    if not rows:
        return "(no rows)"
    cols = list(rows[0])
    cells = [[_cell(r.get(c), max_width) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(cols), line(["-" * w for w in widths])] + [line(row) for row in cells]
    return "\n".join(out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"
