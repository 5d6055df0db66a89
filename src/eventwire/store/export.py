"""Exports of a store: Parquet or CSV per table, PLOVER JSONL, GDELT 2.0 Events TSV.

- ``parquet`` / ``csv``: one file per table (``articles.parquet`` ...); a Parquet directory can be
  opened again with ``--db DIR`` for read-only queries. In CSV, a text cell that starts with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (``settings.FORMULA_PREFIXES``) gets a
  leading ``'`` (``settings.FORMULA_ESCAPE``), so a spreadsheet shows it as text instead of
  running it as a formula (``neutralise()``, also for other CSV writers); numbers stay as they
  are. Parquet, PLOVER and GDELT keep every value exactly as stored.
- ``plover``: ``events.plover.jsonl``, one PLOVER JSON record per event with the PLOVER field names
  (id, date, actor, recipient, event, mode, context, event_loc, event_text, quad_code,
  event_scale, text_info, cite_info, coder, coded_date) plus eventwire's own (factuality,
  num_articles, num_sources, cameo).
- ``gdelt``: ``events.gdelt.tsv``, GDELT 2.0 Events format: 61 tab-separated columns in codebook
  order, no header, CAMEO codes as strings, blank where unknown.

By default only events that happened per the text (``exported_factuality`` in
``ontology/data/store/gdelt.yaml``: asserted, reported) are exported to PLOVER and GDELT, and only
events with an actor and a full date (the event's, else the article's publication date).
Not handled: GDELT AvgTone, known groups beyond PLOVER's non-state codes, ethnic/religion codes, ADM1/ADM2 codes and
FeatureIDs
(blank); actor geo is the actor's country centroid-free record (type 1, FIPS code, name).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__, settings
from ..ontology import gdelt
from . import schema

if TYPE_CHECKING:
    import duckdb

FORMATS = ("parquet", "csv", "plover", "gdelt")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_EVENTS_SQL = """
SELECT * FROM (
    SELECT e.*, a.id AS article_id, a.url AS article_url, a.title AS article_title,
           a.publisher AS article_publisher, a.published AS article_published, r.started_at AS added,
           count(*) OVER (PARTITION BY e.story_id, e.type, coalesce(e.actor_country, e.actor_name),
                                       coalesce(e.recipient_country, e.recipient_name)) AS num_mentions,
           e.evidence_start < CASE WHEN strpos(substr(a.text, $lead + 1), chr(10)) > 0
                                   THEN $lead + strpos(substr(a.text, $lead + 1), chr(10)) - 1
                                   ELSE length(a.text) END AS is_root
    FROM events e JOIN articles a USING (article_key) LEFT JOIN runs r ON r.run_id = a.run_id)
WHERE (list_contains($factuality, factuality) OR $all_events)
  AND ($min_confidence IS NULL OR coalesce(confidence, 0) >= $min_confidence)
ORDER BY article_published NULLS LAST, article_id, seq"""


#: Why an event was not exported (keys of ``ExportStats.reasons``).
NOT_HAPPENED, NO_DATE, NO_ACTOR = "not asserted or reported", "no date", "no actor"
LOW_CONFIDENCE = "confidence below --min-confidence"


@dataclass
class ExportStats:
    """What an export wrote; ``skipped`` events left out in all, ``reasons`` how many for each reason."""

    format: str
    files: list[str]
    rows: int
    skipped: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "files": self.files, "rows": self.rows, "skipped": self.skipped,
                "reasons": self.reasons}

    def skip(self, reason: str, n: int = 1) -> None:
        if n:
            self.skipped += n
            self.reasons[reason] = self.reasons.get(reason, 0) + n


def export(con: "duckdb.DuckDBPyConnection", fmt: str, out: str | Path, all_events: bool = False,
           min_confidence: float | None = None) -> ExportStats:
    """Write the store in ``fmt`` under directory ``out`` (created). ``min_confidence``: plover and
    gdelt leave out events whose confidence is below it (parquet and csv copy the tables whole)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if fmt in ("parquet", "csv"):
        return _tables(con, fmt, out)
    writer = _plover if fmt == "plover" else _gdelt
    return writer(con, out, all_events, min_confidence)


def _tables(con: "duckdb.DuckDBPyConnection", fmt: str, out: Path) -> ExportStats:
    files, rows = [], 0
    for table in schema.all_tables():
        rel = con.table(table)
        path = out / f"{table}.{fmt}"
        if fmt == "parquet":
            rel.write_parquet(str(path))
        else:
            con.sql(_csv_select(rel, table)).write_csv(str(path), header=True)
        files.append(str(path))
        rows += int(con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0])
    return ExportStats(fmt, files, rows)


def neutralise(value: Any) -> Any:
    """``value`` with ``settings.FORMULA_ESCAPE`` before it when it is text a spreadsheet would run
    as a formula (starts with one of ``settings.FORMULA_PREFIXES``); anything else unchanged."""
    if isinstance(value, str) and value[:1] and value[0] in settings.FORMULA_PREFIXES:
        return settings.FORMULA_ESCAPE + value
    return value


def _csv_select(rel: Any, table: str) -> str:
    """SELECT of ``table`` whose text columns are neutralised the way ``neutralise`` does it."""
    prefixes = "".join(f"\\{c}" if c in "-]^\\" else c for c in settings.FORMULA_PREFIXES)
    pattern = "^[" + prefixes.replace("'", "''") + "]"
    escape = settings.FORMULA_ESCAPE.replace("'", "''")
    cols = []
    for name, typ in zip(rel.columns, rel.types):
        col = f'"{name}"'
        if str(typ) == "VARCHAR":
            col = f"CASE WHEN regexp_matches({col}, '{pattern}') THEN '{escape}' || {col} ELSE {col} END AS {col}"
        elif str(typ) == "VARCHAR[]":  # events.rules: JSON text, as `eventwire query --format csv` writes lists
            col = f"CAST(to_json({col}) AS VARCHAR) AS {col}"
        cols.append(col)
    return f'SELECT {", ".join(cols)} FROM "{table}"'


def events(con: "duckdb.DuckDBPyConnection", all_events: bool = False,
           min_confidence: float | None = None) -> Iterator[dict[str, Any]]:
    """Event rows joined with their article and run, in export order."""
    cur = con.execute(_EVENTS_SQL, {"factuality": list(gdelt.exported_factuality()), "all_events": all_events,
                                    "min_confidence": min_confidence,
                                    "lead": gdelt.lead_min_chars()})
    cols = [d[0] for d in cur.description]
    while batch := cur.fetchmany(1000):
        for values in batch:
            yield dict(zip(cols, values))


def event_date(row: dict[str, Any]) -> str | None:
    """The event's full ISO date, else its article's publication date, else None."""
    for value in (row.get("date"), row.get("article_published")):
        if value and _ISO_DAY.match(str(value)[:10]) and len(str(value)) >= 10:
            return str(value)[:10]
    return None


def _party(row: dict[str, Any], p: str) -> list[dict[str, Any]]:
    if row[f"{p}_name"] is None and row[f"{p}_country"] is None:
        return []
    return [{"code": row[f"{p}_country"], "sector": row[f"{p}_sector"], "entity_text": row[f"{p}_name"]}]


def _context(row: dict[str, Any]) -> list[str]:
    """The event's PLOVER contexts from its ``context`` column (the extract record's ``context``:
    "legal;military" -> ["legal", "military"]); none when it is NULL (a row stored before
    the column existed, and with no ``context`` in its ``extra`` to fill it from)."""
    value = row.get("context")
    return [c.strip() for c in value.split(";") if c.strip()] if isinstance(value, str) else []


def plover_record(row: dict[str, Any]) -> dict[str, Any] | None:
    """One event row as a PLOVER JSON record; None when it lacks a required field (date, actor)."""
    date, actor = event_date(row), _party(row, "actor")
    if date is None or not actor:
        return None
    loc = None
    if row["location_name"] is not None:
        loc = {"extracted_place": row["location_name"], "resolved_place": row["location_name"],
               "lat": row["location_lat"], "lon": row["location_lon"], "country_code": row["location_country"]}
    added = row.get("added")
    return {
        "id": row["record_id"], "date": date, "actor": actor, "recipient": _party(row, "recipient"),
        "event": [row["type"]], "mode": [row["mode"]] if row["mode"] else [], "context": _context(row),
        "event_loc": loc, "event_text": [row["evidence_text"]], "quad_code": row["quad_class"],
        "event_scale": row["score"], "has_event": True,
        "text_info": {"start": row["evidence_start"], "end": row["evidence_end"]},
        "cite_info": {"citation": row["article_id"], "url": row["article_url"], "title": row["article_title"],
                      "publication": row["article_publisher"], "coder": f"eventwire {__version__}",
                      "codebook": "PLOVER 2.0"},
        "coder": f"eventwire {__version__}",
        "coded_date": added.date().isoformat() if isinstance(added, dt.datetime) else None,
        "factuality": row["factuality"], "cameo": row["cameo"],
        "num_articles": row["num_articles"], "num_sources": row["num_sources"],
    }


def why_not(row: dict[str, Any], needs_actor: bool) -> str | None:
    """Why an event row cannot be exported (``NO_DATE``, ``NO_ACTOR``), None when it can."""
    if event_date(row) is None:
        return NO_DATE
    return NO_ACTOR if needs_actor and not _party(row, "actor") else None


def _not_happened(con: "duckdb.DuckDBPyConnection", all_events: bool) -> int:
    if all_events:
        return 0
    found = con.execute("SELECT count(*) FROM events WHERE NOT list_contains($f, factuality)",
                        {"f": list(gdelt.exported_factuality())}).fetchone()
    return int(found[0]) if found else 0


def _low_confidence(con: "duckdb.DuckDBPyConnection", all_events: bool, minimum: float | None) -> int:
    """Events left out by ``minimum`` alone (not already left out as not having happened)."""
    if minimum is None:
        return 0
    found = con.execute("SELECT count(*) FROM events WHERE coalesce(confidence, 0) < $m AND "
                        "(list_contains($f, factuality) OR $all)",
                        {"m": minimum, "f": list(gdelt.exported_factuality()), "all": all_events}).fetchone()
    return int(found[0]) if found else 0


def _plover(con: "duckdb.DuckDBPyConnection", out: Path, all_events: bool, minimum: float | None = None) -> ExportStats:
    path, stats = out / "events.plover.jsonl", ExportStats("plover", [str(out / "events.plover.jsonl")], 0)
    stats.skip(NOT_HAPPENED, _not_happened(con, all_events))
    stats.skip(LOW_CONFIDENCE, _low_confidence(con, all_events, minimum))
    with open(path, "w", encoding="utf8") as fh:
        for row in events(con, all_events, minimum):
            rec = plover_record(row)
            if rec is None:
                stats.skip(why_not(row, True) or NO_DATE)
                continue
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            stats.rows += 1
    return stats


def _cell(value: Any) -> str:
    """A TSV cell: blank for None, no tabs or newlines inside."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return re.sub(r"[\t\r\n]+", " ", str(value))


def _actor(row: dict[str, Any], p: str) -> dict[str, Any]:
    n = "1" if p == "actor" else "2"
    iso, name, ctype = row[f"{p}_country"], row[f"{p}_name"], gdelt.cameo_type(row[f"{p}_sector"])
    group = gdelt.known_group(iso)
    if group:
        iso = None
    code = (iso or group or "") + (ctype or "")
    out: dict[str, Any] = {f"Actor{n}Code": code or None, f"Actor{n}Name": name.upper() if name else None,
                           f"Actor{n}CountryCode": iso, f"Actor{n}KnownGroupCode": group,
                           f"Actor{n}Type1Code": ctype}
    geo = gdelt.country(iso)
    if geo is not None:
        out.update({f"Actor{n}Geo_Type": 1, f"Actor{n}Geo_FullName": geo[1], f"Actor{n}Geo_CountryCode": geo[0]})
    return out


def _action_geo(row: dict[str, Any]) -> dict[str, Any]:
    if row["location_name"] is None:
        return {}
    geo = gdelt.country(row["location_country"])
    is_country = geo is not None and geo[1].lower() == str(row["location_name"]).lower()
    return {"ActionGeo_Type": 1 if is_country else 4, "ActionGeo_FullName": row["location_name"],
            "ActionGeo_CountryCode": geo[0] if geo else None, "ActionGeo_Lat": row["location_lat"],
            "ActionGeo_Long": row["location_lon"]}


def _cameo(row: dict[str, Any]) -> tuple[str | None, int | None, float | None]:
    if row["cameo"]:
        return str(row["cameo"]), row["quad_class"], row["goldstein"]
    from ..ontology.cameo import cameo_for

    found = cameo_for(row["type"], row["mode"])
    return found if found else (None, None, None)


def gdelt_row(row: dict[str, Any]) -> list[str] | None:
    """One event row as the 61 GDELT 2.0 Events cells; None without a full date."""
    date = event_date(row)
    if date is None:
        return None
    day = dt.date.fromisoformat(date)
    code, quad, gold = _cameo(row)
    added = row.get("added")
    cells: dict[str, Any] = {
        "GLOBALEVENTID": int(row["record_id"][:15], 16), "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"), "Year": day.year,
        "FractionDate": f"{day.year + (day.month * 30 + day.day) / 365:.4f}",
        **_actor(row, "actor"), **_actor(row, "recipient"), "IsRootEvent": 1 if row["is_root"] else 0,
        "EventCode": code, "EventBaseCode": code[:3] if code else None,
        "EventRootCode": code[:2] if code else None, "QuadClass": quad, "GoldsteinScale": gold,
        "NumMentions": row["num_mentions"], "NumSources": row["num_sources"], "NumArticles": row["num_articles"],
        **_action_geo(row),
        "DATEADDED": added.strftime("%Y%m%d%H%M%S") if isinstance(added, dt.datetime) else None,
        "SOURCEURL": row["article_url"] or row["article_id"],
    }
    return [_cell(cells.get(col)) for col in gdelt.events_columns()]


def _gdelt(con: "duckdb.DuckDBPyConnection", out: Path, all_events: bool, minimum: float | None = None) -> ExportStats:
    path, stats = out / "events.gdelt.tsv", ExportStats("gdelt", [str(out / "events.gdelt.tsv")], 0)
    stats.skip(NOT_HAPPENED, _not_happened(con, all_events))
    stats.skip(LOW_CONFIDENCE, _low_confidence(con, all_events, minimum))
    with open(path, "w", encoding="utf8", newline="") as fh:
        for row in events(con, all_events, minimum):
            cells = gdelt_row(row)
            if cells is None:
                stats.skip(why_not(row, False) or NO_DATE)
                continue
            fh.write("\t".join(cells) + "\n")
            stats.rows += 1
    return stats
