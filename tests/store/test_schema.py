"""Schema and migrations: ordered, named, recorded; columns match schema.py."""
from __future__ import annotations

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.store import migrations, schema
from eventwire.store.duckdb import open_store


def test_migrations_are_ordered_named_and_recorded(tmp_path):
    con = open_store(tmp_path / "s.duckdb")
    got = con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert got == [(m.version, m.name) for m in migrations.MIGRATIONS]
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == sorted(versions) == list(range(1, len(versions) + 1))
    assert migrations.migrate(con) == []  # nothing left to apply
    con.close()


def test_migrated_columns_equal_schema_module(store):
    for table in schema.all_tables():
        cols = tuple(r[0] for r in store.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position", [table]).fetchall())
        assert cols == schema.columns(table), table


def test_every_record_kind_has_a_table():
    from eventwire.records import ArticleResult

    missing = [k for k in ArticleResult.RECORD_KINDS if k not in schema.RECORD_COLUMNS]
    assert missing == [], "record kinds without a table go to other_records; add a migration for them"


def test_partial_database_gets_the_missing_migrations(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    first = migrations.MIGRATIONS[0]
    for statement in first.statements:
        con.execute(statement)
    con.execute("INSERT INTO schema_migrations VALUES (1, 'initial_schema', now())")
    con.close()
    con = open_store(path)
    assert [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()] == \
        [m.version for m in migrations.MIGRATIONS]
    con.close()


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES (999, 'from_the_future', now())")
    con.close()
    with pytest.raises(StoreError, match="upgrade"):
        open_store(path)


def test_read_only_missing_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "absent.duckdb", read_only=True)


def test_flatten_keeps_unknown_fields_in_extra():
    row = schema.flatten("counts", {"value": 3, "text": "3 dead", "start": 0, "end": 6, "category": "killed",
                                    "approximate": True})
    assert row[:5] == [3, "3 dead", 0, 6, "killed"]
    assert row[-1] == '{"approximate": true}'


def test_a_database_held_by_a_writer_process_gives_a_clear_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "held.duckdb"
    open_store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="another process"):
            open_store(path, read_only=True)
    finally:
        holder.kill()
        holder.wait()


def test_read_only_open_of_an_old_database_says_how_to_upgrade(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    for statement in migrations.MIGRATIONS[0].statements:
        con.execute(statement)
    con.execute("INSERT INTO schema_migrations VALUES (1, 'initial_schema', now())")
    con.close()
    with pytest.raises(StoreError, match="older eventwire.*places_table"):
        open_store(path, read_only=True)
    open_store(path).close()  # a writable open migrates it
    open_store(path, read_only=True).close()
