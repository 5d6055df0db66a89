"""Rendering query results for the terminal: an aligned text table, JSON or CSV.

A table fits ``width`` characters (the terminal's): it shows the query's table columns when it
names some, narrows the widest columns first (cells cut with "…"), and when even narrow columns
do not fit, leaves the last ones out and says so. JSON and CSV always carry every column, uncut.

Not handled: wrapping a cell over several lines; characters wider than one column (CJK, emoji)
count as one.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .sql import Query

FORMATS = ("table", "json", "csv")
#: Narrowest a table column is cut to before columns are left out.
MIN_COLUMN = 6
#: Values up to this long (dates, codes, types) are never cut while longer ones can be.
SHORT_VALUE = 12
#: Table width when none is given (no terminal).
DEFAULT_WIDTH = 100


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _cell(value: Any) -> Any:
    """A CSV cell: a list (an event's ``rules``) as its JSON text, anything else as ``_plain``."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else _plain(value)


def render(rows: list[dict[str, Any]], fmt: str = "table", width: int = DEFAULT_WIDTH,
           columns: Sequence[str] | None = None) -> str:
    """Rows (dicts with the same keys) as text in ``fmt`` (table | json | csv); a table fits
    ``width`` characters and shows ``columns`` (all when None)."""
    if fmt == "json":
        return json.dumps([{k: _plain(v) for k, v in r.items()} for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        from .export import neutralise  # text cells a spreadsheet would run as formulas get a leading '

        buf = io.StringIO()
        if rows:
            writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: neutralise(_cell(v)) for k, v in r.items()} for r in rows)
        return buf.getvalue().rstrip("\n")
    return _table(rows, width, columns)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return "" if value is None else " ".join(str(_plain(value)).split())


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _fit(natural: list[int], values: list[int], width: int) -> list[int]:
    """Column widths that fit ``width`` (two spaces between columns): the widest shrink first,
    none under its floor (its values' width, at least MIN_COLUMN and at most SHORT_VALUE, or its
    natural width if less): long headers of short values are cut first; when that is not enough,
    the last columns are left out (width 0). The first column is always shown."""
    for kept in range(len(natural), 0, -1):
        widths = natural[:kept]
        floor = [min(n, max(MIN_COLUMN, v)) for n, v in zip(widths, values[:kept])]
        budget = width - 2 * (kept - 1)
        if sum(floor) > budget and kept > 1:
            continue
        while sum(widths) > budget:
            above = [k for k in range(kept) if widths[k] > floor[k]]
            if not above:
                break
            widths[max(above, key=widths.__getitem__)] -= 1
        return widths + [0] * (len(natural) - kept)
    return natural


def _table(rows: list[dict[str, Any]], width: int, columns: Sequence[str] | None) -> str:
    if not rows:
        return "(no rows)"
    cols = [c for c in columns if c in rows[0]] if columns else list(rows[0])
    texts = [[_text(r.get(c)) for c in cols] for r in rows]
    values = [max(len(row[i]) for row in texts) for i in range(len(cols))]
    natural = [max(len(c), v) for c, v in zip(cols, values)]
    widths = _fit(natural, [min(v, SHORT_VALUE) for v in values], width)
    shown = [i for i, w in enumerate(widths) if w]

    def line(vals: list[str]) -> str:
        return "  ".join(_cut(vals[i], widths[i]).ljust(widths[i]) for i in shown).rstrip()

    out = [line(cols), line(["-" * w for w in widths])] + [line(row) for row in texts]
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''}"
    hidden = len(rows[0]) - len(shown)
    if hidden:
        footer += f"; {hidden} more column{'s' if hidden != 1 else ''} with --format json or csv"
    return "\n".join(out + textwrap.wrap(footer + ")", width=max(20, width)))


def render_query_list(queries: Iterable["Query"], width: int = DEFAULT_WIDTH) -> str:
    """Every query with its options, and its whole description wrapped to ``width``."""
    blocks = []
    for q in queries:
        head = q.name + ("  " + " ".join(p.option + (" (required)" if p.required else "") for p in q.params)
                         if q.params else "")
        wrap = textwrap.TextWrapper(width=max(40, width), subsequent_indent="    ", break_on_hyphens=False)
        blocks.append(wrap.fill(head) + "\n" + wrap.fill("    " + q.description))
    return "\n\n".join(blocks)
