"""SIGKILL of ``eventwire watch`` mid-pass, then a restart: the store equals an uninterrupted pass,
row for row (only run ids differ)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from watchfix import site, cfg  # noqa: F401 (fixtures)
from localsite import rss

from eventwire.store.duckdb import open_store
from eventwire.watch.passes import Pass
from eventwire.watch.sources import parse_sources

N = 48


def _items(base: str) -> list[dict]:
    """N - 8 unrelated short articles (random words of a fixed vocabulary, seeded) and 8 edited
    copies of the first ones."""
    import random

    rng = random.Random(12)
    vocab = [f"{a}{b}" for a in ("road", "bus", "clinic", "school", "bridge", "market", "river", "tower")
             for b in ("ford", "ton", "by", "wick", "stead", "ham", "ley", "worth", "more", "dale")]
    texts = [f"The council of {rng.choice(vocab).title()} met on Tuesday. " + " ".join(rng.sample(vocab, 30)) + "."
             for _ in range(N - 8)]
    texts += ["Update: " + t for t in texts[:8]]  # edited copies: stories of two articles
    return [{"title": f"item {i}", "content": t, "link": f"{base}/i{i}", "guid": f"i{i}", "date": "2020-01-08"}
            for i, t in enumerate(texts)]


def _store(db: str) -> dict:
    """Every data table (and the clustering's bands) without run ids, sorted."""
    from eventwire.store import schema

    con = open_store(db, read_only=True)
    out = {}
    for table in (*schema.DATA_TABLES, "article_bands"):
        cols = ", ".join(f'"{c}"' for c in schema.columns(table) if c not in schema.RUN_COLUMNS)
        out[table] = sorted(con.execute(f'SELECT {cols} FROM "{table}"').fetchall(), key=repr)
    con.close()
    return out


def test_sigkill_mid_pass_and_restart_equal_an_uninterrupted_pass(site, cfg, tmp_path, nlp):
    site.page("/feed", rss("Wire", _items(site.url)), "application/rss+xml")
    url = site.url + "/feed"
    clean = str(tmp_path / "clean.duckdb")
    Pass(clean, parse_sources([url]), cfg=cfg).run()
    killed = str(tmp_path / "killed.duckdb")
    open_store(killed).close()
    cmd = [sys.executable, "-m", "eventwire", "watch", url, "--db", killed, "--once", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wal = Path(killed + ".wal")
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:  # until a chunk of articles is committed
        if wal.exists() and wal.stat().st_size > 50_000:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = open_store(killed, read_only=True)  # replays the WAL of the killed writer
    seen = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    con.close()
    assert 16 <= seen < N, f"the kill must land mid-pass (saw {seen} of {N} articles)"
    con = open_store(killed, read_only=True)
    assert con.execute("SELECT status FROM runs").fetchall() == [("running",)]
    assert con.execute("SELECT count(*) FROM articles WHERE story_id IS NOT NULL").fetchall() == [(0,)]
    con.close()
    restart = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert restart.returncode == 0, restart.stderr[-2000:]
    assert _store(killed) == _store(clean)
    con = open_store(killed, read_only=True)
    assert sorted(con.execute("SELECT status FROM runs").fetchall()) == [("done",), ("interrupted",)]
    stories = con.execute("SELECT count(DISTINCT story_id) FROM articles").fetchall()[0][0]
    con.close()
    assert stories == N - 8  # the edited copies joined their originals
