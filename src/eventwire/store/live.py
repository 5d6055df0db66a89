"""Serving a DuckDB store while another process writes it: snapshots for readers, a lock for writers.

DuckDB lets one process open a database file for writing, or any number of processes open it
read-only — never both at once. ``eventwire serve`` must stay up while ``eventwire watch`` or
``eventwire run`` writes, so:

- **readers never hold the file for long.** ``SnapshotReader`` serves a private *copy* of the
  store (in a temporary directory). At most every ``serve_refresh_seconds`` (``watch.yaml``) a
  request checks the file's size and modification time; when they changed it opens the store
  read-only for as long as it takes to copy the file (and its ``.wal``), then switches new
  requests to the new copy. While a writer holds the file the copy cannot be taken: the
  dashboard keeps answering from the last copy and tries again later;
- **writers wait briefly for readers.** ``open_writer(db)`` retries a lock conflict for up to
  ``writer_wait_seconds`` while a serving process copies the file (it says so in
  ``DB.serve-copying`` for the length of the copy); any other process holding the file is the
  usual ``E_STORE`` error at once;
- **one writer at a time, with a clear error.** ``writer_lock(db)`` takes an exclusive lock on
  ``DB.writer.lock`` for the whole run or watch; a second writer gets ``StoreError`` at once,
  naming the process that writes. ``eventwire watch`` holds the store only while a pass stores
  (not while it fetches or sleeps), so the dashboard shows its new records after every pass.

Costs: disk for one more copy of the store (two during a switch), one file copy per change
(about a second per GB), and readers see a store at most one refresh (or, while ``run`` holds
the file for a whole run, one run) behind. Not handled: several machines (use a database server
for many users), Windows (``fcntl`` locks), Parquet directories (served directly, never written).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..ontology.watch import watch_settings
from .duckdb import is_parquet_dir, open_store


def _locked(exc: BaseException) -> bool:
    return "lock" in str(exc).lower() and "conflicting" in str(exc).lower()


@contextlib.contextmanager
def writer_lock(db: str | os.PathLike[str], what: str = "run") -> Iterator[None]:
    """Hold ``DB.writer.lock`` (exclusive, released when the process ends, even by SIGKILL)."""
    import fcntl

    path = Path(f"{db}.writer.lock")
    try:
        fh = open(path, "a+", encoding="utf8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise StoreError(f"cannot create the writer lock {path}: {exc.strerror or exc}") from exc
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise StoreError(f"{db} is being written by {holder}; one writer at a time — wait for it to "
                             f"finish (or stop it), then run this again") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"eventwire {what} (pid {os.getpid()})")
        fh.flush()
        yield
    finally:
        fh.close()


def _copying(db: str | os.PathLike[str]) -> Path:
    """Marker file a ``SnapshotReader`` holds (with its pid) while it copies the store."""
    return Path(f"{db}.serve-copying")


def _reader_copying(db: str | os.PathLike[str]) -> bool:
    """Whether a live ``SnapshotReader`` process is copying the store right now."""
    try:
        pid = int(_copying(db).read_text(encoding="utf8").strip() or 0)
        os.kill(pid, 0)
    except (OSError, ValueError):
        return False
    return pid > 0


def open_writer(db: str | os.PathLike[str], wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """``open_store(db)`` for writing, retrying (up to ``wait`` seconds) while a serving process
    copies the file; any other holder of the file is a ``StoreError`` at once."""
    wait = watch_settings().writer_wait_seconds if wait is None else wait
    deadline, pause = time.monotonic() + wait, 0.05
    while True:
        try:
            return open_store(db)
        except StoreError as exc:
            if not (_locked(exc.__cause__ or exc) and _reader_copying(db)) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 1.0)


def _stamp(path: Path) -> tuple[int, ...]:
    """What changes when a writer commits: size and mtime of the file and of its WAL."""
    out: list[int] = []
    for p in (path, Path(f"{path}.wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except FileNotFoundError:
            out += [-1, -1]
    return tuple(out)


class SnapshotReader:
    """Read-only connections over a private copy of a DuckDB store, refreshed when it changes.

    ``cursor()`` is thread-safe; a Parquet directory is opened directly (nothing writes it).
    """

    def __init__(self, path: str | os.PathLike[str], wait: float | None = None,
                 refresh: float | None = None) -> None:
        cfg = watch_settings()
        self.path = Path(path)
        self.refresh = cfg.serve_refresh_seconds if refresh is None else refresh
        self._lock = threading.Lock()
        self._dir: Path | None = None
        self._stamp: tuple[int, ...] | None = None
        self._checked = 0.0
        self._n = 0
        self._old: list[tuple[duckdb.DuckDBPyConnection, Path | None]] = []
        if is_parquet_dir(path):
            self._con, self._file = open_store(path, read_only=True), None
            return
        self._dir = Path(tempfile.mkdtemp(prefix="eventwire-serve-"))
        weakref.finalize(self, shutil.rmtree, self._dir, True)  # also when close() is never called
        self._con, self._file = self._first(cfg.writer_wait_seconds if wait is None else wait)

    def _first(self, wait: float) -> tuple[duckdb.DuckDBPyConnection, Path]:
        deadline = time.monotonic() + wait
        while True:
            try:
                got = self._copy()
            except StoreError:
                self.close()
                raise
            if got is not None:
                return got
            if time.monotonic() >= deadline:
                self.close()
                raise StoreError(f"{self.path} is being written by another process and has no snapshot yet; "
                                 f"start serving when the writer pauses ('eventwire watch' pauses between "
                                 f"passes; 'eventwire run' holds the file until it ends)")
            time.sleep(0.2)

    def _copy(self) -> tuple[duckdb.DuckDBPyConnection, Path] | None:
        """A connection to a fresh copy of the store, or None while a writer holds it."""
        if not self.path.exists():
            raise StoreError(f"no database at {self.path}; create one with 'eventwire run SOURCE --db {self.path}'")
        marker = _copying(self.path)
        with contextlib.suppress(OSError):  # a read-only folder: writers then do not wait for us
            marker.write_text(str(os.getpid()), encoding="utf8")
        try:
            dest, stamp = self._copy_locked()
        finally:
            with contextlib.suppress(OSError):
                marker.unlink()
        if dest is None:
            return None
        con = open_store(dest, read_only=True)
        self._stamp = stamp
        return con, dest

    def _copy_locked(self) -> tuple[Path | None, tuple[int, ...]]:
        try:
            holder = duckdb.connect(str(self.path), read_only=True)  # no writer can commit while we copy
        except duckdb.Error as exc:
            if _locked(exc):
                return None, ()
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        assert self._dir is not None
        self._n += 1
        dest = self._dir / f"snapshot-{self._n}.duckdb"
        try:
            stamp = _stamp(self.path)
            shutil.copyfile(self.path, dest)
            if Path(f"{self.path}.wal").exists():
                shutil.copyfile(f"{self.path}.wal", f"{dest}.wal")
        finally:
            holder.close()
        return dest, stamp

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the newest snapshot (refreshed first when the store changed)."""
        with self._lock:
            now = time.monotonic()
            if self._file is not None and now - self._checked >= self.refresh:
                self._checked = now
                if _stamp(self.path) != self._stamp:
                    self._switch()
            return self._con.cursor()

    def _switch(self) -> None:
        try:
            got = self._copy()
        except (StoreError, OSError):
            return  # the store is being replaced or is unreadable right now: keep the last snapshot
        if got is None:
            return
        for con, file in self._old:  # requests still running use the previous one; close older ones
            _close(con, file)
        self._old = [(self._con, self._file)]
        self._con, self._file = got

    def close(self) -> None:
        for con, file in [*self._old, (getattr(self, "_con", None), getattr(self, "_file", None))]:
            _close(con, file)
        self._old = []
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)


def _close(con: duckdb.DuckDBPyConnection | None, file: Path | None) -> None:
    if con is not None:
        with contextlib.suppress(duckdb.Error):
            con.close()
    if file is not None:
        for p in (file, Path(f"{file}.wal")):
            with contextlib.suppress(OSError):
                p.unlink()
