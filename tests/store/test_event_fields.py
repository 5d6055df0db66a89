"""Event fields stored as columns (migration 5): actor_implied, recipient_implied, context,
date_basis, rules — filled by `run` (local and Dask), read by the event queries and exports, and
added to a store made by the previous schema version."""
from __future__ import annotations

import csv
import json

import duckdb
import pytest
from conftest import make_result

from eventwire.cli import main
from eventwire.store import migrations, schema
from eventwire.store.duckdb import open_store
from eventwire.store.writer import Batch, article_key

#: an agentless arrest: the text names no one who arrested, so the coder codes police, implied
ARREST = "Five activists were arrested in Ahmedabad on Monday."
FIELDS = ("actor_implied", "recipient_implied", "context", "date_basis", "rules")


def _from_record(ev: dict) -> tuple:
    """The new columns' values as the extract record gives them."""
    return ((ev["actor"] or {}).get("implied"), (ev["recipient"] or {}).get("implied"), ev["context"],
            ev["date_basis"], ev["rules"])


@pytest.fixture(scope="module")
def arrest(tmp_path_factory):
    """The arrest article as JSONL, its `eventwire extract` events, and a store `eventwire run` made."""
    root = tmp_path_factory.mktemp("arrest")
    src = root / "arrest.jsonl"
    src.write_text(json.dumps({"id": "arrest", "text": ARREST, "published": "2026-11-30"}) + "\n", encoding="utf8")
    out = root / "extract.jsonl"
    assert main(["extract", str(src), "--format", "jsonl", "-o", str(out), "-q"]) == 0
    events = json.loads(out.read_text(encoding="utf8").splitlines()[0])["events"]
    db = root / "arrest.duckdb"
    assert main(["run", str(src), "--db", str(db), "--workers", "1", "-q"]) == 0
    return src, events, db


def _stored(db) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT {', '.join(FIELDS)} FROM events ORDER BY seq").fetchall()
    finally:
        con.close()


def test_run_stores_the_extract_records_fields(arrest):
    _, events, db = arrest
    arrests = [e for e in events if e["trigger"] and e["trigger"]["text"] == "arrested"]
    assert arrests and arrests[0]["actor"]["implied"] is True, "the extractor must code the arrest's agent"
    assert _stored(db) == [_from_record(e) for e in events]
    assert any(row[0] is True and row[4] for row in _stored(db))


def test_dask_engine_fills_the_columns(arrest, tmp_path):
    pytest.importorskip("distributed")
    src, events, _ = arrest
    db = tmp_path / "dask.duckdb"
    assert main(["run", str(src), "--db", str(db), "--engine", "dask", "--workers", "1", "-q"]) == 0
    assert _stored(db) == [_from_record(e) for e in events]


def test_watch_fills_the_columns(arrest, tmp_path):
    src, events, _ = arrest
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "arrest.jsonl").write_text(src.read_text(encoding="utf8"), encoding="utf8")
    db = tmp_path / "watch.duckdb"
    assert main(["watch", str(folder), "--db", str(db), "--once", "-q"]) == 0
    assert _stored(db) == [_from_record(e) for e in events]


def test_query_events_returns_the_fields(arrest, capsys):
    _, events, db = arrest
    capsys.readouterr()
    assert main(["query", "events", "--db", str(db), "--format", "json", "--factuality", "all"]) == 0
    rows = json.loads(capsys.readouterr().out)
    want = {e["evidence"]["start"]: _from_record(e) for e in events}
    assert {r["evidence_start"]: tuple(r[f] for f in FIELDS) for r in rows} == want
    assert main(["query", "events", "--db", str(db), "--format", "csv", "--factuality", "all"]) == 0
    cells = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert json.loads(cells[0]["rules"]) == rows[0]["rules"]  # a list cell is its JSON text
    assert cells[0]["actor_implied"] == "True"


def test_exports_carry_the_columns(arrest, tmp_path):
    _, events, db = arrest
    con = open_store(db, read_only=True)
    try:
        from eventwire.store.export import export

        with open(export(con, "csv", tmp_path / "csv").files[schema.all_tables().index("events")],
                  encoding="utf8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert {f: rows[0][f] for f in ("actor_implied", "context")} == {"actor_implied": "true",
                                                                         "context": events[0]["context"]}
        assert json.loads(rows[0]["rules"]) == events[0]["rules"]
        plover = export(con, "plover", tmp_path / "plover").files[0]
        with open(plover, encoding="utf8") as fh:
            recs = [json.loads(line) for line in fh]
        assert recs[0]["context"] == events[0]["context"].split(";")
        export(con, "parquet", tmp_path / "pq")
    finally:
        con.close()
    back = open_store(tmp_path / "pq", read_only=True)
    assert back.execute("SELECT actor_implied, rules FROM events").fetchall() == [(True, events[0]["rules"])]
    back.close()


def _old_store(path) -> None:
    """A store as schema version 4 made it, with two events: one whose ``extra`` holds the fields
    the store kept there before (context, date_basis, rules), one without ``extra``."""
    con = duckdb.connect(str(path))
    for m in migrations.MIGRATIONS:
        if m.version <= 4:
            for statement in m.statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [m.version, m.name])
    con.execute("INSERT INTO articles (article_key, id, text) VALUES ('k0', 'old', 'Old text.')")
    con.execute("""INSERT INTO events (record_id, article_key, seq, type, factuality, extra) VALUES
                   ('r1', 'k0', 0, 'COERCE', 'asserted',
                    '{"context": "legal", "date_basis": "text", "rules": ["trigger:verb:arrest"]}'),
                   ('r2', 'k0', 1, 'ASSAULT', 'asserted', NULL)""")
    con.close()


def test_a_version_4_store_migrates_and_takes_new_rows(tmp_path):
    path = tmp_path / "v4.duckdb"
    _old_store(path)
    with pytest.raises(Exception, match="event_implied_context_rules"):
        open_store(path, read_only=True)  # read-only cannot migrate: says which migration is missing
    con = open_store(path)
    try:
        assert max(v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()) == 5
        cols = tuple(r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                               "WHERE table_name = 'events' ORDER BY ordinal_position").fetchall())
        assert cols == schema.columns("events")
        old = dict((r[0], r[1:]) for r in con.execute(
            f"SELECT record_id, {', '.join(FIELDS)} FROM events ORDER BY record_id").fetchall())
        # implied was never stored: unknown (NULL); the others come back from extra
        assert old == {"r1": (None, None, "legal", "text", ["trigger:verb:arrest"]),
                       "r2": (None, None, None, None, None)}
        res = make_result()
        from dataclasses import replace

        from eventwire.records import Participant
        res.events[0] = replace(res.events[0], actor=Participant("police", "IRQ", "COP", None, None, None, True),
                                context="legal", date_basis="publication", rules=("actor:implied", "x"))
        batch = Batch()
        batch.add_result(res, article_key(res.article.text), "r1", None)
        batch.write(con)
        new = con.execute(f"SELECT {', '.join(FIELDS)} FROM events WHERE article_key <> 'k0' "
                          "ORDER BY seq").fetchall()
        assert new == [(True, False, "legal", "publication", ["actor:implied", "x"]),
                       (False, None, None, None, [])]
    finally:
        con.close()


def test_an_export_written_before_the_columns_reads_them_as_null(tmp_path):
    """A Parquet export of a version-4 store (no new columns) still answers the event queries."""
    from eventwire.store import queries

    db = tmp_path / "v4.duckdb"
    _old_store(db)
    con = duckdb.connect(str(db))
    out = tmp_path / "old-export"
    out.mkdir()
    for table in ("articles", "events"):
        con.execute(f"COPY {table} TO '{out / (table + '.parquet')}' (FORMAT parquet)")
    con.close()
    back = open_store(out, read_only=True)
    try:
        rows = queries.run(back, "events", factuality="all")
        assert {r["record_id"]: r["actor_implied"] for r in rows} == {"r1": None, "r2": None}
        assert all(r["rules"] is None for r in rows)
    finally:
        back.close()
