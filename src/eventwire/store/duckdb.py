"""Opening a store: a DuckDB file (created and migrated on first use) or a Parquet directory.

``open_store(path)`` returns a DuckDB connection whose tables are those of ``schema.py``.
A path that is an existing directory is read as a Parquet export (``TABLE.parquet`` per table,
as ``eventwire export --format parquet`` writes) through read-only views; anything else is a
DuckDB database file. Only one process may write a DuckDB file at a time: that is the batch
runner's single writer.

Not handled: remote databases (MotherDuck, S3), concurrent writers (DuckDB refuses them; the
error is turned into a StoreError with a clear message).
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from ..errors import StoreError
from . import schema
from .migrations import MIGRATIONS, applied, migrate


def is_parquet_dir(path: str | os.PathLike[str]) -> bool:
    return Path(path).is_dir()


def open_store(path: str | os.PathLike[str], read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Connect to the store at ``path``; a DuckDB file is created and migrated unless read_only."""
    if is_parquet_dir(path):
        return _open_parquet_dir(Path(path))
    if read_only and not Path(path).exists():
        raise StoreError(f"no database at {path}; create one with 'eventwire run SOURCE --db {path}'")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        hint = (" — another process (an 'eventwire run'?) is writing it; DuckDB lets no other process "
                "open a database while one writes. Wait for it, or query a Parquet export "
                "('eventwire export --format parquet')") if "lock" in str(exc).lower() else ""
        raise StoreError(f"cannot open {path}: {exc}{hint}") from exc
    if not read_only:
        migrate(con)
    else:
        _check_current(con, path)
    return con


def _check_current(con: duckdb.DuckDBPyConnection, path: str | os.PathLike[str]) -> None:
    """A read-only store must already have every migration (it cannot be migrated)."""
    missing = [m.name for m in MIGRATIONS if m.version not in applied(con)]
    if missing:
        con.close()
        raise StoreError(f"{path} was written by an older eventwire and lacks migrations "
                         f"{', '.join(missing)}; open it once for writing (e.g. 'eventwire run "
                         f"NEW_SOURCES --db {path}') to upgrade it")


def _open_parquet_dir(path: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with one view per ``*.parquet`` file of the directory."""
    files = {f.stem: f for f in sorted(path.glob("*.parquet"))}
    if "articles" not in files:
        raise StoreError(f"{path} is a directory without articles.parquet; "
                         f"write one with 'eventwire export --format parquet --out {path}'")
    con = duckdb.connect()
    migrate(con)  # empty tables, so queries over tables absent from the export still run
    for table in schema.all_tables():
        if table in files:
            con.execute(f'DROP TABLE "{table}"')
            con.read_parquet(str(files[table])).create_view(table)
    return con


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table of the schema (table names come from schema.py, never from users)."""
    out = {}
    for table in schema.all_tables():
        out[table] = int(con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0])
    return out
