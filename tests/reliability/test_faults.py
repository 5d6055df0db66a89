"""Issue 7 item 3: faults during a run. A worker process killed mid-batch, the disk refusing
writes, the database locked by another writer: each gives a clear error (exit 2 with a stable
code), leaves no partial article in the store, and the rerun completes with exactly the rows
of a clean run.

The faults are real: SIGKILL of a pool worker, RLIMIT_FSIZE making the OS fail the
database's file writes (EFBIG), a second process holding DuckDB's write lock.
"""
from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest

from eventwire.cli import main
from eventwire.store import schema
from live_run import LiveRun
from news_sentences import SENTENCES

N_ARTICLES = 96
#: columns filled only when a run finishes (story clustering): absent from an interrupted run
FINISH_COLUMNS = frozenset({"story_id", "num_articles", "num_sources"})
EXE = str(Path(sys.executable).with_name("eventwire"))


def write_corpus(path: Path) -> Path:
    with path.open("w", encoding="utf8") as f:
        for i in range(N_ARTICLES):
            text = " ".join(SENTENCES[(i + k) % 6] for k in range(1 + i % 4))
            f.write(json.dumps({"id": f"f{i}", "text": f"Dispatch {i}. {text}", "published": "2020-01-07"}) + "\n")
    return path


def snapshot(db: Path, drop: frozenset[str] = frozenset()) -> dict[str, set[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in schema.DATA_TABLES:
            cols = [c for c in schema.columns(table) if c not in schema.RUN_COLUMNS | drop]
            names = ", ".join(f'"{c}"' for c in cols)
            out[table] = {tuple(map(repr, r)) for r in con.execute(f'SELECT {names} FROM "{table}"').fetchall()}
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The corpus and the database of an uninterrupted run (in-process, one worker)."""
    root = tmp_path_factory.mktemp("faults")
    src = write_corpus(root / "corpus.jsonl")
    assert main(["run", str(src), "--db", str(root / "clean.duckdb"), "--workers", "1", "-q"]) == 0
    return src, snapshot(root / "clean.duckdb"), snapshot(root / "clean.duckdb", FINISH_COLUMNS)


def assert_no_partial_articles(db: Path, clean_partial: dict[str, set[tuple]]) -> int:
    """Every row of the interrupted store is a row of the clean run, and every stored article has
    all of its record rows (nothing half-written). Returns the number of articles stored."""
    got = snapshot(db, FINISH_COLUMNS)
    for table in schema.DATA_TABLES:
        assert got[table] <= clean_partial[table], f"{table} holds rows a clean run does not"
    keys = {row[0] for row in got["articles"]}
    for table in schema.RECORD_COLUMNS:
        want = {r for r in clean_partial[table] if r[1] in keys}
        assert {r for r in got[table] if r[1] in keys} == want, f"{table}: an article is stored incompletely"
    return len(keys)


def rerun_equals_clean(src: Path, db: Path, clean_full: dict[str, set[tuple]]) -> None:
    assert main(["run", str(src), "--db", str(db), "--workers", "1", "-q"]) == 0
    assert snapshot(db) == clean_full


def test_worker_killed_mid_batch(clean, tmp_path, capsys):
    src, full, partial = clean
    db = tmp_path / "killed.duckdb"
    run = LiveRun("run", str(src), "--db", str(db), "--workers", "2")
    run.wait_for(rb"\b(1[6-9]|[2-9]\d)/%d" % N_ARTICLES)  # first chunk committed
    victim = max(run.proc.children(recursive=True), key=lambda p: p.cpu_times().user)
    os.kill(victim.pid, signal.SIGKILL)
    rc, err = run.finish(timeout=120)
    assert rc == 2 and "E_CLUSTER" in err and "worker process died" in err, err[-1500:]
    assert "Traceback" not in err
    stored = assert_no_partial_articles(db, partial)
    assert 16 <= stored < N_ARTICLES, "the kill must land mid-run, after the first commit"
    rerun_equals_clean(src, db, full)


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_disk_write_failing(clean, tmp_path):
    """The OS refuses writes past 300 kB (RLIMIT_FSIZE): the WAL write of a COMMIT fails."""
    src, full, partial = clean
    db = tmp_path / "full-disk.duckdb"
    proc = subprocess.run([EXE, "run", str(src), "--db", str(db), "--workers", "1", "-q"],
                          capture_output=True, text=True, preexec_fn=_limit_file_size(300_000), timeout=300)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "E_STORE" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    if db.exists():
        assert_no_partial_articles(db, partial)
    rerun_equals_clean(src, db, full)


def test_database_locked_by_another_writer(clean, tmp_path, capsys):
    src, full, _ = clean
    from eventwire.store.duckdb import open_store

    db = tmp_path / "locked.duckdb"
    open_store(db).close()  # an existing, migrated store
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                               f"con = duckdb.connect({str(db)!r}); print('locked', flush=True); time.sleep(120)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        rc = main(["run", str(src), "--db", str(db), "--workers", "1", "-q"])
        err = capsys.readouterr().err
        assert rc == 2 and "E_STORE" in err and "lock" in err.lower(), err
    finally:
        holder.kill()
        holder.wait()
    assert snapshot(db)["articles"] == set(), "the refused run must not have written anything"
    rerun_equals_clean(src, db, full)


def test_workers_exit_when_the_writer_is_killed(clean, tmp_path):
    """SIGKILL of the writer alone (no process group kill): its pool workers must not stay behind."""
    src = clean[0]
    proc = psutil.Popen([EXE, "run", str(src), "--db", str(tmp_path / "orphans.duckdb"), "--workers", "2", "-q"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    workers: list[psutil.Process] = []
    while len(workers) < 2:
        assert proc.poll() is None and time.monotonic() < deadline, "the pool never started"
        workers = [c for c in proc.children() if "resource_tracker" not in " ".join(c.cmdline())]
        time.sleep(0.2)
    time.sleep(1)
    proc.kill()
    proc.wait()
    gone, alive = psutil.wait_procs(workers, timeout=15)
    for p in alive:
        p.kill()
    assert not alive, f"{len(alive)} worker(s) outlived the writer"
