"""What the analyst pages compute from query rows: trust defaults, totals, exports of a view.

- ``trust(filters, given)``: the pages show events that happened (``asserted``, ``reported``)
  unless the request names a ``factuality`` (``all`` shows every one); the page says what the
  default hides and offers the toggle.
- ``totals(rows)``: events per factuality of the ``event_totals`` query, and how many the current
  factuality filter shows and hides.
- ``export_view(rows, fmt)``: the rows of ``event_export`` (the current filters) as CSV, PLOVER
  JSONL or GDELT TSV, with the same record writers as ``eventwire export`` and the count of rows
  left out, by reason.

Not handled: exports larger than ``data.MAX_ROWS`` events (the response says how many were cut).
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from ..store import export
from ..store.sql import HAPPENED

#: Export formats of a dashboard view: name -> (file name, media type).
EXPORTS = {"csv": ("events.csv", "text/csv; charset=utf-8"),
           "plover": ("events.plover.jsonl", "application/x-ndjson; charset=utf-8"),
           "gdelt": ("events.gdelt.tsv", "text/tab-separated-values; charset=utf-8")}
#: Columns of the CSV export of a view.
CSV_COLUMNS = ("record_id", "event_date", "type", "mode", "factuality", "confidence", "actor_name", "actor_country",
               "actor_sector", "actor_implied", "recipient_name", "recipient_country", "recipient_sector",
               "recipient_implied", "score", "quad_class", "cameo", "goldstein", "context", "date_basis",
               "location_name", "location_country", "location_lat", "location_lon",
               "num_articles", "num_sources", "article_id", "article_title", "article_url", "article_published",
               "evidence_start", "evidence_end", "evidence_text", "rules")
HAPPENED_VALUE = ",".join(HAPPENED)


def trust(filters: dict[str, Any], given: bool) -> dict[str, Any]:
    """The filters with the page default: only events that happened when no factuality is given."""
    return {**filters, "factuality": filters.get("factuality") if given else HAPPENED_VALUE}


@dataclass
class Totals:
    by_factuality: dict[str, int]
    shown: int
    hidden: int

    @property
    def all(self) -> int:
        return self.shown + self.hidden


def totals(rows: list[dict[str, Any]], factuality: str | None) -> Totals:
    """Per-factuality counts (``event_totals`` rows run without a factuality filter) split into
    what ``factuality`` shows and what it hides."""
    counts = {r["factuality"]: int(r["events"]) for r in rows}
    wanted = None if factuality in (None, "", "all") else set(str(factuality).split(","))
    shown = sum(n for f, n in counts.items() if wanted is None or f in wanted)
    return Totals(counts, shown, sum(counts.values()) - shown)


@dataclass
class ExportResult:
    body: str
    rows: int
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return sum(self.reasons.values())


def _cell(value: Any) -> Any:
    """A CSV cell: a list (the event's ``rules``) as its JSON text, anything else as it is."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def export_view(rows: list[dict[str, Any]], fmt: str) -> ExportResult:
    """The view's rows in ``fmt`` (csv, plover, gdelt); rows a format cannot hold are counted by reason."""
    out, result = io.StringIO(), ExportResult("", 0)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for r in rows:
            writer.writerow([export.neutralise(_cell(r.get(c))) for c in CSV_COLUMNS])
        result.rows = len(rows)
    else:
        for r in rows:
            record = export.plover_record(r) if fmt == "plover" else export.gdelt_row(r)
            if record is None:
                reason = export.why_not(r, fmt == "plover") or export.NO_DATE
                result.reasons[reason] = result.reasons.get(reason, 0) + 1
                continue
            out.write((json.dumps(record, ensure_ascii=False) if fmt == "plover" else "\t".join(record)) + "\n")
            result.rows += 1
    result.body = out.getvalue()
    return result
