"""Issue 14, items 2, 6, 7 and 9: per-item failures, damaged or foreign stores, CSV formula
cells, and the CLI's answers to bad values, locks and SIGTERM.

Every failure here must be a clean error with a stable code and exit status 2 (no traceback),
or, for one bad item, a problem row while the batch goes on.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest

from eventwire import settings
from eventwire.cli import main
from eventwire.records import Article
from eventwire.store.duckdb import open_store
from live_run import LiveRun

GOOD = "Iran's foreign minister said on Monday that talks with the United States had failed."
EXE = str(Path(sys.executable).with_name("eventwire"))


def clean_error(capsys, code: str) -> str:
    err = capsys.readouterr().err
    assert f"[{code}]" in err and "Traceback" not in err, err[-2000:]
    return err


# --- item 2 (and every per-item failure): one bad item is one problem row, the batch goes on -----

def test_an_article_the_parser_fails_on_is_one_problem(monkeypatch):
    from eventwire import pipeline
    from eventwire.batch.runner import extract_chunk

    real = pipeline.run_extractors

    def fragile(article, *args, **kwargs):  # RecursionError / MemoryError on two articles of the chunk
        if "BOOM" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        if "OOM" in article.text:
            raise MemoryError()
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_extractors", fragile)
    chunk = [Article(id=f"a{i}", text=f"Report {i}. {GOOD}{' BOOM' if i == 3 else ' OOM' if i == 5 else ''}")
             for i in range(8)]
    out = extract_chunk(chunk, settings.DEFAULT_MODEL, "run1")
    assert out.new == 6 and len(out.keys) == 8
    problems = out.tables["problems"].to_pylist()
    assert sorted((p["input_id"], p["code"]) for p in problems) == [("a3", "E_PROCESS"), ("a5", "E_PROCESS")]
    assert "RecursionError" in problems[0]["message"] or "RecursionError" in problems[1]["message"]
    assert sorted(out.tables["articles"].column("id").to_pylist()) == ["a0", "a1", "a2", "a4", "a6", "a7"]


def test_an_article_whose_rows_cannot_be_stored_is_one_problem():
    from eventwire.batch.runner import extract_chunk

    chunk = [Article(id="ok", text=GOOD), Article(id="bad-title", text=GOOD + " More.", title="x\ud800y")]
    out = extract_chunk(chunk, settings.DEFAULT_MODEL, "run1")
    assert out.tables["articles"].column("id").to_pylist() == ["ok"]
    assert [(p["input_id"], p["code"]) for p in out.tables["problems"].to_pylist()] == [("bad-title", "E_PROCESS")]


def test_a_reader_raising_ends_only_its_file(tmp_path, monkeypatch):
    from eventwire import ingest

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"{name}: {GOOD}", encoding="utf8")
    real = ingest.READERS["text"]

    def reader(source_id, raw, published):
        if source_id.endswith("b.txt"):
            raise MemoryError()
        return real(source_id, raw, published)

    monkeypatch.setitem(ingest.READERS, "text", reader)
    got = [(i.id.rsplit("/", 1)[-1], type(i).__name__, getattr(getattr(i, "problem", None), "code", None))
           for i in ingest.read_sources([str(tmp_path)])]
    assert got == [("a.txt", "Article", None), ("b.txt", "Unreadable", "E_READ"), ("c.txt", "Article", None)]


# --- item 6: CSV formula injection ------------------------------------------------------------------

def formula_store(path: Path) -> Path:
    con = open_store(path)
    con.execute("INSERT INTO articles (article_key, id, title, url, text, n_chars) VALUES "
                "('k1', '=HYPERLINK(\"http://evil\")', '+1 wins', '@SUM(A1)', '-2 soldiers died', -2), "
                "('k2', 'plain', 'A title', 'https://example.org/a', 'Text', 4)")
    con.close()
    return path


def test_csv_export_neutralises_formula_cells(tmp_path, capsys):
    db = formula_store(tmp_path / "f.duckdb")
    assert main(["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "out")]) == 0
    with open(tmp_path / "out" / "articles.csv", encoding="utf8", newline="") as fh:
        rows = {r["article_key"]: r for r in csv.DictReader(fh)}
    assert rows["k1"]["id"] == "'=HYPERLINK(\"http://evil\")"
    assert (rows["k1"]["title"], rows["k1"]["url"], rows["k1"]["text"]) == ("'+1 wins", "'@SUM(A1)", "'-2 soldiers died")
    assert rows["k1"]["n_chars"] == "-2"  # numbers are not text: unchanged
    assert (rows["k2"]["id"], rows["k2"]["url"]) == ("plain", "https://example.org/a")
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "pq")]) == 0
    con = duckdb.connect()
    ids = {r[0] for r in con.execute(f"SELECT id FROM '{tmp_path / 'pq' / 'articles.parquet'}'").fetchall()}
    assert '=HYPERLINK("http://evil")' in ids  # Parquet keeps the value as stored


def test_query_csv_neutralises_formula_cells(tmp_path, capsys):
    from eventwire.store.render import render

    out = render([{"name": "=1+1", "n": -3, "ok": "fine"}], "csv")
    assert out.splitlines()[1] == "'=1+1,-3,fine"


# --- item 7: damaged, truncated and foreign stores --------------------------------------------------

@pytest.fixture(scope="module")
def truncated(tmp_path_factory) -> Path:
    """A store cut to half its size: DuckDB opens it, reading its catalog fails."""
    root = tmp_path_factory.mktemp("truncated")
    con = open_store(root / "whole.duckdb")
    con.execute("INSERT INTO articles (article_key, id, text) SELECT 'k' || i, 'id' || i, repeat('x', 200) "
                "FROM range(20000) t(i)")
    con.execute("CHECKPOINT")
    con.execute("INSERT INTO problems (problem_id, code) SELECT 'p' || i, 'E_X' FROM range(1000) t(i)")
    con.close()
    cut = root / "half.duckdb"
    shutil.copy(root / "whole.duckdb", cut)
    os.truncate(cut, cut.stat().st_size // 2)
    return cut


def test_truncated_store_is_e_store_in_query_run_export_and_serve(truncated, tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf8")
    for argv in (["query", "summary", "--db", str(truncated)],
                 ["run", str(src), "--db", str(truncated), "--workers", "1", "-q"],
                 ["export", "--db", str(truncated), "--format", "csv", "--out", str(tmp_path / "o")]):
        assert main(argv) == 2, argv
        clean_error(capsys, "E_STORE")
    from eventwire.errors import StoreError
    from eventwire.web import create_app

    with pytest.raises(StoreError):
        create_app(truncated)


def test_foreign_duckdb_file_is_refused_and_left_alone(tmp_path, capsys):
    db = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE measurements (x INTEGER)")
    con.close()
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf8")
    assert main(["run", str(src), "--db", str(db), "--workers", "1", "-q"]) == 2
    assert "not an eventwire store" in clean_error(capsys, "E_STORE")
    assert main(["query", "summary", "--db", str(db)]) == 2
    assert "not an eventwire store" in clean_error(capsys, "E_STORE")
    con = duckdb.connect(str(db), read_only=True)
    tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
    con.close()
    assert tables == ["measurements"], "eventwire must not add its tables to a foreign database"
    open_store(db, adopt=True).close()  # told to: adopted


def test_a_file_that_is_not_a_database_is_e_store(tmp_path, capsys):
    db = tmp_path / "notes.duckdb"
    db.write_text("just some notes\n" * 1000, encoding="utf8")
    assert main(["query", "summary", "--db", str(db)]) == 2
    clean_error(capsys, "E_STORE")


# --- item 9: bad CLI values, export target, lock hint, SIGTERM -------------------------------------

def _offset_query() -> str:
    from eventwire.store.queries import REGISTRY

    return next(name for name, q in REGISTRY.items() if any(p.name == "offset" for p in q.params))


@pytest.mark.parametrize("offset", ["-5", "99999999999999999999999", "ten"])
def test_bad_offset_is_a_clean_error(tmp_path, capsys, offset):
    db = tmp_path / "s.duckdb"
    open_store(db).close()
    assert main(["query", _offset_query(), "--db", str(db), f"--offset={offset}"]) == 2
    assert "--offset" in clean_error(capsys, "E_INPUT")


def test_export_into_a_folder_that_cannot_be_written(tmp_path, capsys):
    db = formula_store(tmp_path / "f.duckdb")
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf8")
    targets = [blocker / "out", Path("/proc/eventwire-export-test")]  # under a file; a read-only file system
    if os.geteuid() != 0:  # root writes into read-only folders anyway
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        targets.append(ro)
    for out in targets:
        assert main(["export", "--db", str(db), "--format", "csv", "--out", str(out)]) == 2, out
        assert "cannot write the export" in clean_error(capsys, "E_OUTPUT")


def test_lock_hint_only_for_lock_errors():
    from eventwire.store.duckdb import lock_hint

    assert lock_hint('IO Error: Could not read block 7 of file "x.duckdb"') == ""
    assert lock_hint("Catalog Error: Table with name blocklist does not exist") == ""
    real = ('IO Error: Could not set lock on file "/x/s.duckdb": Conflicting lock is held in /usr/bin/python3 '
            '(PID 999999999). See also https://duckdb.org/docs/connect/concurrency')
    assert "PID 999999999" in lock_hint(real) and "eventwire run" not in lock_hint(real)


def test_lock_hint_names_the_process_holding_the_store(tmp_path, capsys):
    """The holder is named from its command line: another program, or an 'eventwire run' (here
    one waiting on stdin, so it holds the write lock)."""
    db = tmp_path / "held.duckdb"
    open_store(db).close()
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf8")
    other = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                              f"con = duckdb.connect({str(db)!r}); print('locked', flush=True); time.sleep(120)"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "locked"
        assert main(["run", str(src), "--db", str(db), "--workers", "1", "-q"]) == 2
        err = clean_error(capsys, "E_STORE")
        assert f"another process (PID {other.pid}: " in err and "eventwire run" not in err, err
    finally:
        other.kill()
        other.wait()
    writer = subprocess.Popen([EXE, "run", "-", "--db", str(db), "--workers", "1", "-q"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while str(db) not in _open_files(writer.pid):  # until the writer has opened (and locked) the store
            assert writer.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        assert main(["query", "summary", "--db", str(db)]) == 2
        err = clean_error(capsys, "E_STORE")
        assert f"'eventwire run' (PID {writer.pid})" in err and "eventwire serve" not in err, err
    finally:
        writer.kill()
        writer.wait()


def _open_files(pid: int) -> set[str]:
    try:
        return {os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
    except OSError:
        return set()


def test_sigterm_ends_a_run_like_ctrl_c_and_marks_it_interrupted(tmp_path):
    src = tmp_path / "corpus.jsonl"
    with open(src, "w", encoding="utf8") as fh:
        for i in range(200):
            fh.write(json.dumps({"id": f"s{i}", "text": f"Dispatch {i}. {GOOD} " * (1 + i % 3)}) + "\n")
    db = tmp_path / "term.duckdb"
    run = LiveRun("run", str(src), "--db", str(db), "--workers", "2")
    run.wait_for(rb"\b([1-9]\d)/200")  # a first chunk is committed
    workers = run.proc.children(recursive=True)
    run.proc.send_signal(signal.SIGTERM)
    rc, err = run.finish(timeout=60)
    assert rc == 143 and "terminated (SIGTERM)" in err and "Traceback" not in err, err[-2000:]
    _, alive = psutil.wait_procs(workers, timeout=15)
    for p in alive:
        p.kill()
    assert not alive, "pool workers outlived the terminated run"
    con = duckdb.connect(str(db), read_only=True)
    status, new = con.execute("SELECT status, articles_new FROM runs").fetchone()
    con.close()
    assert status == "interrupted" and new > 0
