"""Ordered, named schema migrations; each applied one is recorded in ``schema_migrations``.

The DDL here is frozen: a released migration is never edited; a schema change is a new
migration appended to ``MIGRATIONS``. ``migrate(con)`` applies the missing ones in order,
each in its own transaction, and returns the names it applied. Column lists must match
``schema.py`` (a test checks it).

Not handled: downgrades (a database written by a newer eventwire is refused, not rewritten).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import StoreError

if TYPE_CHECKING:
    import duckdb


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


_INITIAL: tuple[str, ...] = (
    """CREATE TABLE "runs" (
        "run_id" VARCHAR, "started_at" TIMESTAMP, "finished_at" TIMESTAMP, "status" VARCHAR, "model"
        VARCHAR, "model_version" VARCHAR, "eventwire_version" VARCHAR, "extractor_version" VARCHAR,
        "ontology_version" VARCHAR, "sources" JSON, "workers" INTEGER, "articles_new" INTEGER,
        "articles_skipped" INTEGER, "records" INTEGER, "problems" INTEGER, "seconds" DOUBLE, PRIMARY KEY
        ("run_id"))""",
    """CREATE TABLE "articles" (
        "article_key" VARCHAR, "id" VARCHAR, "title" VARCHAR, "url" VARCHAR, "published" VARCHAR,
        "source" VARCHAR, "publisher" VARCHAR, "author" VARCHAR, "n_chars" INTEGER, "text" VARCHAR,
        "story_id" VARCHAR, "run_id" VARCHAR, PRIMARY KEY ("article_key"))""",
    """CREATE TABLE "article_sources" (
        "article_key" VARCHAR, "input_id" VARCHAR, "source" VARCHAR, "publisher" VARCHAR, "url" VARCHAR,
        "published" VARCHAR, PRIMARY KEY ("article_key", "input_id"))""",
    """CREATE TABLE "article_minhash" (
        "article_key" VARCHAR, "signature" UBIGINT[], PRIMARY KEY ("article_key"))""",
    """CREATE TABLE "problems" (
        "problem_id" VARCHAR, "article_key" VARCHAR, "input_id" VARCHAR, "code" VARCHAR, "message"
        VARCHAR, "extractor" VARCHAR, "run_id" VARCHAR, PRIMARY KEY ("problem_id"))""",
    """CREATE TABLE "entities" (
        "record_id" VARCHAR, "article_key" VARCHAR, "seq" INTEGER, "entity_id" VARCHAR, "name" VARCHAR,
        "type" VARCHAR, "role" VARCHAR, "country" VARCHAR, "sector" VARCHAR, "n_mentions" INTEGER,
        "extra" JSON, PRIMARY KEY ("record_id"))""",
    """CREATE TABLE "mentions" (
        "record_id" VARCHAR, "article_key" VARCHAR, "seq" INTEGER, "entity_id" VARCHAR, "start" INTEGER,
        "end" INTEGER, "text" VARCHAR, "extra" JSON, PRIMARY KEY ("record_id"))""",
    """CREATE TABLE "quotes" (
        "record_id" VARCHAR, "article_key" VARCHAR, "seq" INTEGER, "text" VARCHAR, "start" INTEGER,
        "end" INTEGER, "kind" VARCHAR, "speaker" VARCHAR, "speaker_entity" VARCHAR,
        "speaker_mention_start" INTEGER, "speaker_mention_end" INTEGER, "speaker_mention_text" VARCHAR,
        "cue_start" INTEGER, "cue_end" INTEGER, "cue_text" VARCHAR, "extra" JSON, PRIMARY KEY
        ("record_id"))""",
    """CREATE TABLE "events" (
        "record_id" VARCHAR, "article_key" VARCHAR, "seq" INTEGER, "type" VARCHAR, "mode" VARCHAR,
        "factuality" VARCHAR, "actor_name" VARCHAR, "actor_country" VARCHAR, "actor_sector" VARCHAR,
        "actor_start" INTEGER, "actor_end" INTEGER, "actor_entity" VARCHAR, "recipient_name" VARCHAR,
        "recipient_country" VARCHAR, "recipient_sector" VARCHAR, "recipient_start" INTEGER,
        "recipient_end" INTEGER, "recipient_entity" VARCHAR, "date" VARCHAR, "location_name" VARCHAR,
        "location_country" VARCHAR, "location_lat" DOUBLE, "location_lon" DOUBLE, "evidence_start"
        INTEGER, "evidence_end" INTEGER, "evidence_text" VARCHAR, "score" DOUBLE, "trigger_start"
        INTEGER, "trigger_end" INTEGER, "trigger_text" VARCHAR, "cameo" VARCHAR, "quad_class" INTEGER,
        "goldstein" DOUBLE, "confidence" DOUBLE, "extra" JSON, PRIMARY KEY ("record_id"))""",
    """CREATE TABLE "counts" (
        "record_id" VARCHAR, "article_key" VARCHAR, "seq" INTEGER, "value" DOUBLE, "text" VARCHAR,
        "start" INTEGER, "end" INTEGER, "category" VARCHAR, "extra" JSON, PRIMARY KEY ("record_id"))""",
    """CREATE TABLE "dates" (
        "record_id" VARCHAR, "article_key" VARCHAR, "seq" INTEGER, "text" VARCHAR, "start" INTEGER,
        "end" INTEGER, "date" VARCHAR, "extra" JSON, PRIMARY KEY ("record_id"))""",
    """CREATE TABLE "contradictions" (
        "record_id" VARCHAR, "article_key" VARCHAR, "seq" INTEGER, "a_start" INTEGER, "a_end" INTEGER,
        "a_text" VARCHAR, "b_start" INTEGER, "b_end" INTEGER, "b_text" VARCHAR, "reason" VARCHAR,
        "extra" JSON, PRIMARY KEY ("record_id"))""",
    """CREATE TABLE "cross_contradictions" (
        "record_id" VARCHAR, "story_id" VARCHAR, "a_article_key" VARCHAR, "a_start" INTEGER, "a_end"
        INTEGER, "a_text" VARCHAR, "b_article_key" VARCHAR, "b_start" INTEGER, "b_end" INTEGER, "b_text"
        VARCHAR, "reason" VARCHAR, PRIMARY KEY ("record_id"))""",
    """CREATE TABLE "other_records" (
        "record_id" VARCHAR, "article_key" VARCHAR, "kind" VARCHAR, "seq" INTEGER, "data" JSON, PRIMARY
        KEY ("record_id"))""",
    """CREATE TABLE "schema_migrations" (
        "version" INTEGER, "name" VARCHAR, "applied_at" TIMESTAMP, PRIMARY KEY ("version"))""",
)

_PLACES: tuple[str, ...] = (
    """CREATE TABLE "places" (
        "record_id" VARCHAR, "article_key" VARCHAR, "seq" INTEGER, "name" VARCHAR, "country" VARCHAR,
        "lat" DOUBLE, "lon" DOUBLE, "start" INTEGER, "end" INTEGER, "text" VARCHAR, "extra" JSON,
        PRIMARY KEY ("record_id"))""",
)

_EVENT_REPORTS: tuple[str, ...] = (
    'ALTER TABLE "events" ADD COLUMN "story_id" VARCHAR',
    'ALTER TABLE "events" ADD COLUMN "num_articles" INTEGER',
    'ALTER TABLE "events" ADD COLUMN "num_sources" INTEGER',
)

_LIVE: tuple[str, ...] = (
    """CREATE TABLE "article_bands" (
        "article_key" VARCHAR, "band" INTEGER, "hash" UBIGINT, "day" INTEGER)""",
    """CREATE TABLE "cluster_state" (
        "name" VARCHAR, "value" BIGINT, PRIMARY KEY ("name"))""",
    """CREATE TABLE "watch_sources" (
        "source" VARCHAR, "etag" VARCHAR, "last_modified" VARCHAR, "fingerprint" VARCHAR, "checked_at"
        TIMESTAMP, "status" VARCHAR, PRIMARY KEY ("source"))""",
    """CREATE TABLE "watch_items" (
        "item" VARCHAR, "article_key" VARCHAR, "status" VARCHAR, "fetched_at" TIMESTAMP, PRIMARY KEY ("item"))""",
    """CREATE TABLE "alerts" (
        "alert_id" VARCHAR, "rule" VARCHAR, "actor" VARCHAR, "recipient" VARCHAR, "measure" VARCHAR,
        "window_start" VARCHAR, "window_end" VARCHAR, "value" DOUBLE, "threshold" DOUBLE, "fired_at"
        TIMESTAMP, "run_id" VARCHAR, PRIMARY KEY ("alert_id"))""",
)

#: Event fields the contract gained (``actor.implied``, ``recipient.implied``, ``context``,
#: ``date_basis``, ``rules``). The store used to drop the nested ``implied`` (old rows: NULL, not
#: known); the top-level ones were kept in ``extra``, so old rows get them back from there.
_EVENT_FIELDS: tuple[str, ...] = (
    'ALTER TABLE "events" ADD COLUMN "actor_implied" BOOLEAN',
    'ALTER TABLE "events" ADD COLUMN "recipient_implied" BOOLEAN',
    'ALTER TABLE "events" ADD COLUMN "context" VARCHAR',
    'ALTER TABLE "events" ADD COLUMN "date_basis" VARCHAR',
    'ALTER TABLE "events" ADD COLUMN "rules" VARCHAR[]',
    """UPDATE "events" SET
        "context" = json_extract_string("extra", '$.context'),
        "date_basis" = json_extract_string("extra", '$.date_basis'),
        "rules" = CASE WHEN json_type("extra", '$.rules') = 'ARRAY'
                       THEN CAST(json_extract("extra", '$.rules') AS VARCHAR[]) END
        WHERE "extra" IS NOT NULL""",
)

#: Every migration, in the order it must be applied. Append only.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial_schema", _INITIAL),
    Migration(2, "places_table", _PLACES),
    Migration(3, "event_report_counts", _EVENT_REPORTS),
    Migration(4, "incremental_clustering_and_watch", _LIVE),
    Migration(5, "event_implied_context_rules", _EVENT_FIELDS),
)


def applied(con: "duckdb.DuckDBPyConnection") -> dict[int, str]:
    """Version -> name of the migrations already applied (empty for a new database)."""
    exists = con.execute("SELECT count(*) FROM information_schema.tables "
                         "WHERE table_name = 'schema_migrations'").fetchall()
    if not exists[0][0]:
        return {}
    return dict(con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall())


def migrate(con: "duckdb.DuckDBPyConnection") -> list[str]:
    """Apply the missing migrations in order; refuse a database newer than this code."""
    done = applied(con)
    newest = max(m.version for m in MIGRATIONS)
    if done and max(done) > newest:
        raise StoreError(f"the database has schema version {max(done)}; this eventwire knows up to "
                         f"{newest} — upgrade eventwire")
    names = []
    for m in MIGRATIONS:
        if m.version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        for statement in m.statements:
            con.execute(statement)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    [m.version, m.name, dt.datetime.now(dt.UTC).replace(tzinfo=None)])
        con.execute("COMMIT")
        names.append(m.name)
    return names
