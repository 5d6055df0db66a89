"""Opening a store: a DuckDB file (created and migrated on first use) or a Parquet directory.

``open_store(path)`` returns a DuckDB connection whose tables are those of ``schema.py``.
A path that is an existing directory is read as a Parquet export (``TABLE.parquet`` per table,
as ``eventwire export --format parquet`` writes) through read-only views; anything else is a
DuckDB database file. Only one process may write a DuckDB file at a time: that is the batch
runner's single writer.

Every failure to open one is a ``StoreError`` (``E_STORE``, exit status 2), never a traceback:
a file that is not a DuckDB database, a damaged or truncated one (DuckDB's read errors, also
while migrating), a DuckDB database that is not an eventwire store (it has tables but no
``schema_migrations``: eventwire never adds its tables to it; pass ``adopt=True`` to do that on
purpose), and a file another process holds (the message names that process, e.g. an
``eventwire serve``, when the OS lets us read its command line).

Not handled: remote databases (MotherDuck, S3), concurrent writers (DuckDB refuses them; the
error is turned into a StoreError with a clear message), damage in blocks no query reads yet
(a query that meets it later fails with ``E_STORE`` in the CLI).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from ..errors import StoreError
from . import schema
from .migrations import MIGRATIONS, applied, migrate


def is_parquet_dir(path: str | os.PathLike[str]) -> bool:
    return Path(path).is_dir()


def open_store(path: str | os.PathLike[str], read_only: bool = False, adopt: bool = False) -> duckdb.DuckDBPyConnection:
    """Connect to the store at ``path``; a DuckDB file is created and migrated unless read_only.

    ``adopt=True`` lets eventwire add its tables to an existing DuckDB database that holds other
    tables (refused by default: such a file is most likely not meant as a store)."""
    if is_parquet_dir(path):
        return _open_parquet_dir(Path(path))
    if read_only and not Path(path).exists():
        raise StoreError(f"no database at {path}; create one with 'eventwire run SOURCE --db {path}'")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}{lock_hint(str(exc))}") from exc
    try:
        _check_store(con, path, adopt)
        if not read_only:
            migrate(con)
        else:
            _check_current(con, path)
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"{path} is damaged or truncated ({exc}); restore it from a copy, or rebuild it "
                         f"with 'eventwire run' into a new --db path") from exc
    except StoreError:
        con.close()
        raise
    return con


_LOCK = re.compile(r"Could not set lock on file.*?Conflicting lock is held in (?P<exe>.*?) \(PID (?P<pid>\d+)\)",
                   re.S)


def lock_hint(message: str) -> str:
    """For DuckDB's lock conflict (only that error), a sentence naming the process holding the file."""
    m = _LOCK.search(message)
    if m is None:
        return ""
    holder = _holder(int(m.group("pid"))) or f"{m.group('exe')} (PID {m.group('pid')})"
    return (f" — it is held by {holder}; DuckDB lets no other process open a database while one writes "
            "it, and no writer while one reads it. Stop that process (or wait for it), or query a Parquet "
            "export ('eventwire export --format parquet')")


def _holder(pid: int) -> str | None:
    """'an eventwire serve (PID n)' ... from the holder's command line, None when it cannot be read."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            argv = [a.decode("utf-8", "replace") for a in fh.read().split(b"\0") if a]
    except OSError:
        return None
    if any(os.path.basename(a).startswith("eventwire") or a == "eventwire" for a in argv[:3]):
        sub = next((a for a in argv[1:] if a in ("run", "serve", "demo", "query", "export", "watch")), None)
        if sub is not None:
            return f"'eventwire {sub}' (PID {pid})"
    return f"another process (PID {pid}: {' '.join(argv)[:120]})"


def _check_store(con: duckdb.DuckDBPyConnection, path: str | os.PathLike[str], adopt: bool) -> None:
    """Refuse a DuckDB database that holds tables but is no eventwire store (no schema_migrations)."""
    if adopt or applied(con):
        return
    tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_catalog = current_database() LIMIT 5").fetchall()]
    if tables:
        raise StoreError(f"{path} is a DuckDB database but not an eventwire store (it holds "
                         f"{', '.join(tables)} and no schema_migrations); eventwire does not add its tables "
                         f"to it. Give another --db path")


def _check_current(con: duckdb.DuckDBPyConnection, path: str | os.PathLike[str]) -> None:
    """A read-only store must already have every migration (it cannot be migrated)."""
    missing = [m.name for m in MIGRATIONS if m.version not in applied(con)]
    if missing:
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
            types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                     "WHERE table_name = ?", [table]).fetchall())
            rel = con.read_parquet(str(files[table]))
            con.execute(f'DROP TABLE "{table}"')
            # an export written before a migration added columns: those read as NULL
            cols = [f'"{c}"' if c in rel.columns else f'NULL::{types[c]} AS "{c}"' for c in schema.columns(table)]
            rel.project(", ".join(cols)).create_view(table)
    return con


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table of the schema (table names come from schema.py, never from users)."""
    out = {}
    for table in schema.all_tables():
        out[table] = int(con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0])
    return out
