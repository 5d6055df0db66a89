"""Store schema: one table per record kind of the contract, plus articles, runs and problems.

Each record table is described by ``Column`` specs: a SQL name, a DuckDB type and the *path*
of the value inside the record's contract dict (``("actor", "country")``). ``flatten`` turns
one contract dict into a row by those paths; keys the schema does not know (fields added to
the contract later) are kept in the ``extra`` JSON column, so nothing is silently lost.
The DDL itself lives in ``migrations.py`` (frozen, ordered); a test checks that migrated
tables have exactly the columns declared here.

Not handled: record kinds this module does not list get no table of their own; their
records are kept whole, as JSON, in ``other_records``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Column:
    """One column of a record table; ``path`` locates the value in the record's dict."""

    name: str
    type: str
    path: tuple[str, ...]


def _c(name: str, type_: str, *path: str) -> Column:
    return Column(name, type_, path or (name,))


def _span(prefix: str) -> tuple[Column, ...]:
    return (_c(f"{prefix}_start", "INTEGER", prefix, "start"), _c(f"{prefix}_end", "INTEGER", prefix, "end"),
            _c(f"{prefix}_text", "VARCHAR", prefix, "text"))


def _party(prefix: str) -> tuple[Column, ...]:
    return tuple(_c(f"{prefix}_{k}", t, prefix, k) for k, t in (
        ("name", "VARCHAR"), ("country", "VARCHAR"), ("sector", "VARCHAR"),
        ("start", "INTEGER"), ("end", "INTEGER"), ("entity", "VARCHAR")))


#: Columns every record table starts with (filled by the writer, not from the record dict).
KEY_COLUMNS: tuple[Column, ...] = (
    Column("record_id", "VARCHAR", ()), Column("article_key", "VARCHAR", ()), Column("seq", "INTEGER", ()))

#: Record kind -> columns taken from the record's contract dict (after the key columns).
RECORD_COLUMNS: dict[str, tuple[Column, ...]] = {
    "entities": (_c("entity_id", "VARCHAR", "id"), _c("name", "VARCHAR"), _c("type", "VARCHAR"),
                 _c("role", "VARCHAR"), _c("country", "VARCHAR"), _c("sector", "VARCHAR"),
                 _c("n_mentions", "INTEGER", "mentions")),
    "mentions": (_c("entity_id", "VARCHAR"), _c("start", "INTEGER"), _c("end", "INTEGER"),
                 _c("text", "VARCHAR")),
    "quotes": (_c("text", "VARCHAR"), _c("start", "INTEGER"), _c("end", "INTEGER"), _c("kind", "VARCHAR"),
               _c("speaker", "VARCHAR"), _c("speaker_entity", "VARCHAR"), *_span("speaker_mention"),
               *_span("cue")),
    "events": (_c("type", "VARCHAR"), _c("mode", "VARCHAR"), _c("factuality", "VARCHAR"),
               *_party("actor"), *_party("recipient"), _c("date", "VARCHAR"),
               _c("location_name", "VARCHAR", "location", "name"),
               _c("location_country", "VARCHAR", "location", "country"),
               _c("location_lat", "DOUBLE", "location", "lat"), _c("location_lon", "DOUBLE", "location", "lon"),
               *_span("evidence"), _c("score", "DOUBLE"), *_span("trigger"), _c("cameo", "VARCHAR"),
               _c("quad_class", "INTEGER"), _c("goldstein", "DOUBLE"), _c("confidence", "DOUBLE"),
               # added by migration 5 (so placed after ``extra`` and the report columns: ADDED_COLUMNS)
               _c("actor_implied", "BOOLEAN", "actor", "implied"),
               _c("recipient_implied", "BOOLEAN", "recipient", "implied"),
               _c("context", "VARCHAR"), _c("date_basis", "VARCHAR"), _c("rules", "VARCHAR[]")),
    "counts": (_c("value", "DOUBLE"), _c("text", "VARCHAR"), _c("start", "INTEGER"), _c("end", "INTEGER"),
               _c("category", "VARCHAR")),
    "dates": (_c("text", "VARCHAR"), _c("start", "INTEGER"), _c("end", "INTEGER"), _c("date", "VARCHAR")),
    "places": (_c("name", "VARCHAR"), _c("country", "VARCHAR"), _c("lat", "DOUBLE"), _c("lon", "DOUBLE"),
               _c("start", "INTEGER"), _c("end", "INTEGER"), _c("text", "VARCHAR")),
    "contradictions": (*_span("a"), *_span("b"), _c("reason", "VARCHAR")),
}

#: Columns every record table ends with.
TAIL_COLUMNS: tuple[Column, ...] = (Column("extra", "JSON", ()),)

#: Columns the store adds to events after clustering (not in the record dict).
EVENT_REPORT_COLUMNS: tuple[Column, ...] = (
    Column("story_id", "VARCHAR", ()), Column("num_articles", "INTEGER", ()),
    Column("num_sources", "INTEGER", ()))

#: Record columns that a later migration appended (``ALTER TABLE ... ADD COLUMN``): in the table
#: they come after ``extra`` and the report columns, in this order; rows written before that
#: migration hold NULL in them.
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("actor_implied", "recipient_implied", "context", "date_basis", "rules"),
}

#: Non-record tables: name -> (column name, type) in order.
OTHER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (("article_key", "VARCHAR"), ("id", "VARCHAR"), ("title", "VARCHAR"), ("url", "VARCHAR"),
                 ("published", "VARCHAR"), ("source", "VARCHAR"), ("publisher", "VARCHAR"),
                 ("author", "VARCHAR"), ("n_chars", "INTEGER"), ("text", "VARCHAR"), ("story_id", "VARCHAR"),
                 ("run_id", "VARCHAR")),
    "article_sources": (("article_key", "VARCHAR"), ("input_id", "VARCHAR"), ("source", "VARCHAR"),
                        ("publisher", "VARCHAR"), ("url", "VARCHAR"), ("published", "VARCHAR")),
    "article_minhash": (("article_key", "VARCHAR"), ("signature", "UBIGINT[]")),
    "problems": (("problem_id", "VARCHAR"), ("article_key", "VARCHAR"), ("input_id", "VARCHAR"),
                 ("code", "VARCHAR"), ("message", "VARCHAR"), ("extractor", "VARCHAR"), ("run_id", "VARCHAR")),
    "cross_contradictions": (("record_id", "VARCHAR"), ("story_id", "VARCHAR"), ("a_article_key", "VARCHAR"),
                             ("a_start", "INTEGER"), ("a_end", "INTEGER"), ("a_text", "VARCHAR"),
                             ("b_article_key", "VARCHAR"), ("b_start", "INTEGER"), ("b_end", "INTEGER"),
                             ("b_text", "VARCHAR"), ("reason", "VARCHAR")),
    "other_records": (("record_id", "VARCHAR"), ("article_key", "VARCHAR"), ("kind", "VARCHAR"),
                      ("seq", "INTEGER"), ("data", "JSON")),
    "runs": (("run_id", "VARCHAR"), ("started_at", "TIMESTAMP"), ("finished_at", "TIMESTAMP"),
             ("status", "VARCHAR"), ("model", "VARCHAR"), ("model_version", "VARCHAR"),
             ("eventwire_version", "VARCHAR"), ("extractor_version", "VARCHAR"),
             ("ontology_version", "VARCHAR"), ("sources", "JSON"), ("workers", "INTEGER"),
             ("articles_new", "INTEGER"), ("articles_skipped", "INTEGER"), ("records", "INTEGER"),
             ("problems", "INTEGER"), ("seconds", "DOUBLE")),
    "schema_migrations": (("version", "INTEGER"), ("name", "VARCHAR"), ("applied_at", "TIMESTAMP")),
    # incremental clustering (store/cluster.py) and `eventwire watch` (watch/)
    "article_bands": (("article_key", "VARCHAR"), ("band", "INTEGER"), ("hash", "UBIGINT"), ("day", "INTEGER")),
    "cluster_state": (("name", "VARCHAR"), ("value", "BIGINT")),
    "watch_sources": (("source", "VARCHAR"), ("etag", "VARCHAR"), ("last_modified", "VARCHAR"),
                      ("fingerprint", "VARCHAR"), ("checked_at", "TIMESTAMP"), ("status", "VARCHAR")),
    "watch_items": (("item", "VARCHAR"), ("article_key", "VARCHAR"), ("status", "VARCHAR"),
                    ("fetched_at", "TIMESTAMP")),
    "alerts": (("alert_id", "VARCHAR"), ("rule", "VARCHAR"), ("actor", "VARCHAR"), ("recipient", "VARCHAR"),
               ("measure", "VARCHAR"), ("window_start", "VARCHAR"), ("window_end", "VARCHAR"), ("value", "DOUBLE"),
               ("threshold", "DOUBLE"), ("fired_at", "TIMESTAMP"), ("run_id", "VARCHAR")),
}

#: Tables whose rows describe the corpus (compared by the resume test); runs/migrations are bookkeeping.
DATA_TABLES: tuple[str, ...] = ("articles", "article_sources", "article_minhash", "problems",
                                *RECORD_COLUMNS, "cross_contradictions", "other_records")
#: Columns that legitimately differ between an interrupted+resumed run and a clean one.
RUN_COLUMNS: frozenset[str] = frozenset({"run_id"})


def columns(table: str) -> tuple[str, ...]:
    """Column names of ``table`` in order (record tables include key, tail and report columns)."""
    if table in RECORD_COLUMNS:
        added = ADDED_COLUMNS.get(table, ())
        cols = KEY_COLUMNS + tuple(c for c in RECORD_COLUMNS[table] if c.name not in added) + TAIL_COLUMNS
        if table == "events":
            cols += EVENT_REPORT_COLUMNS
        return tuple(c.name for c in cols) + added
    return tuple(name for name, _ in OTHER_TABLES[table])


def all_tables() -> tuple[str, ...]:
    return tuple(OTHER_TABLES) + tuple(RECORD_COLUMNS)


def _get(record: dict[str, Any], column: Column) -> Any:
    """The column's value in ``record``: a list is kept for a list column (``VARCHAR[]``), else
    stored as its length (``mentions`` -> ``n_mentions``)."""
    value: Any = record
    for key in column.path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if isinstance(value, (list, tuple)):
        return list(value) if column.type.endswith("[]") else len(value)
    return value


def _known_keys(kind: str) -> set[str]:
    return {c.path[0] for c in RECORD_COLUMNS[kind]}


def flatten(kind: str, record: dict[str, Any]) -> list[Any]:
    """Values of the record's columns (without key columns) plus the ``extra`` JSON (or None)."""
    values = [_get(record, c) for c in RECORD_COLUMNS[kind]]
    extra = {k: v for k, v in record.items() if k not in _known_keys(kind)}
    values.append(json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None)
    return values


def table_row(kind: str, record_id: str, article_key: str, seq: int, record: dict[str, Any]) -> tuple[Any, ...]:
    """The row of a record in its table's column order (``columns(kind)``): key columns, the
    record's values, ``extra``, the report columns (None: the store fills them after clustering)
    and the columns later migrations added (``ADDED_COLUMNS``)."""
    values = dict(zip([c.name for c in RECORD_COLUMNS[kind]] + ["extra"], flatten(kind, record)))
    values.update(record_id=record_id, article_key=article_key, seq=seq)
    return tuple(values.get(name) for name in columns(kind))
