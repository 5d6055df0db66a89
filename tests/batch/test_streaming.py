"""Issue 6: ``eventwire run`` streams. Readers are lazy, triage works window by window with an
in-flight set, and the runner never reads more than a bounded number of items ahead of what it
has committed, whatever the corpus size."""
from __future__ import annotations

import gzip
import io
import json
import sys

import duckdb
import pytest

from eventwire import Article, settings
from eventwire.batch.runner import Extracted, Runner
from eventwire.ingest import Unreadable, count_items, read_sources
from eventwire.ingest.warc import GzipWatch
from eventwire.store import schema
from eventwire.store.duckdb import open_store
from eventwire.store.writer import article_key


class Budget(io.RawIOBase):
    """A byte stream of ``lines`` that fails when more than ``limit`` bytes are read."""

    def __init__(self, lines: list[bytes], limit: int) -> None:
        self.data, self.pos, self.limit = b"".join(lines), 0, limit

    def readable(self) -> bool:
        return True

    def readinto(self, buf):  # type: ignore[no-untyped-def]
        n = min(len(buf), 1024, len(self.data) - self.pos)
        assert self.pos + n <= self.limit, f"reader pulled {self.pos + n} bytes for the first item"
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


def test_jsonl_on_stdin_is_read_line_by_line(monkeypatch):
    lines = [json.dumps({"id": f"x{i}", "text": f"Line {i} " + "word " * 200}).encode() + b"\n"
             for i in range(500)]
    stream = io.BufferedReader(Budget(lines, limit=64 * 1024), 4096)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    first = next(read_sources(["-"]))
    assert isinstance(first, Article) and first.id == "x0"  # 500 lines are ~0.5 MB: not all read


def test_stdin_after_sniffing_still_yields_every_line(monkeypatch):
    lines = [json.dumps({"id": f"x{i}", "text": f"Line {i}."}).encode() + b"\n" for i in range(300)]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"".join(lines))))
    assert [a.id for a in read_sources(["-"])] == [f"x{i}" for i in range(300)]


def test_gzip_watch_spots_a_truncated_member_while_reading():
    whole = gzip.compress(b"a" * 100_000) + gzip.compress(b"b" * 50_000)
    for data, ok in ((whole, True), (whole[:-7], False), (b"WARC/1.0\r\n", True), (whole + b"junk", False)):
        watch = GzipWatch(io.BytesIO(data))
        while watch.read(333):
            pass
        assert watch.complete() is ok


def test_count_items_counts_files_and_jsonl_lines_but_not_warc(tmp_path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{bad\n', encoding="utf8")
    assert count_items([str(tmp_path)]) == 4 == len(list(read_sources([str(tmp_path)])))
    (tmp_path / "c.warc").write_bytes(b"WARC/1.0\r\n")
    assert count_items([str(tmp_path)]) is None
    assert count_items(["-"]) is None


def test_chunks_shrink_at_the_end_of_the_input_only_with_a_pool():
    from eventwire.batch.runner import _sizes

    assert list(_sizes(40, 16, 1)) == [16, 16, 8]
    sizes = list(_sizes(168, 16, 2))
    assert sum(sizes) == 168 and sizes[:7] == [16] * 7 and sizes[-3:] == [2, 2, 2]
    assert all(a >= b for a, b in zip(sizes, sizes[1:])) and min(sizes) == 2


def _article(i: int) -> Article:
    return Article(id=f"s{i}", text=f"Officials in Iraq said {i + 2} soldiers were sent.", published="2020-01-06")


def test_runner_reads_a_bounded_number_of_items_ahead(tmp_path, monkeypatch, nlp):
    """With windows of 8 (one read ahead) and chunks of 4, at most 2 x 8 + 4 items are read ahead;
    duplicates across windows are skipped, an unreadable item is a problem."""
    monkeypatch.setattr(settings, "TRIAGE_CHUNK", 8)
    read = committed = 0
    worst = 0

    def items():
        nonlocal read, worst
        for i in range(40):
            read += 1
            worst = max(worst, read - committed)
            yield _article(i % 30) if i != 13 else Unreadable("bad", settings_problem())

    def tick(n: int) -> None:
        nonlocal committed
        committed += n

    con = open_store(tmp_path / "s.duckdb")
    runner = Runner(con, workers=1, chunk=4)
    runner.start(["gen"])
    runner.process(items(), tick)
    s = runner.finish(0.0)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert committed == read == 40 and worst <= 2 * 8 + 4
    assert (s.articles_read, s.articles_new, s.articles_skipped, stored) == (40, 29, 10, 29)
    assert not runner.in_flight


def settings_problem():  # type: ignore[no-untyped-def]
    from eventwire.records import Problem

    return Problem("E_JSON", "bad: not valid JSON")


def test_keys_in_flight_are_not_sent_twice(tmp_path):
    con = duckdb.connect()
    from eventwire.store.migrations import migrate

    migrate(con)
    runner = Runner(con, workers=2, chunk=4)
    runner.start(["gen"])
    first = runner.triage([_article(1), _article(2)])
    again = runner.triage([_article(1), _article(3)])  # window 1 not committed yet: 1 is in flight
    assert [a.id for a, _ in first] == ["s1", "s2"] and [a.id for a, _ in again] == ["s3"]
    key = article_key(_article(1).text)
    runner.committed(Extracted({}, [key], 2, 2, 0, 0), lambda n: None)
    assert key not in runner.in_flight and runner.summary.articles_skipped == 1
    assert con.execute("SELECT count(*) FROM article_sources").fetchone()[0] == 1  # the skipped copy


@pytest.mark.parametrize("workers", [2])
def test_pool_run_equals_in_process_run(tmp_path, nlp, workers):
    """The pool path (rows built in the workers, streamed triage) stores what one process stores."""
    from eventwire import api

    items = [_article(i) for i in range(40)] + [_article(3)]
    dbs = [tmp_path / "one.duckdb", tmp_path / "pool.duckdb"]
    for db, w in zip(dbs, (1, workers)):
        api.run_items(iter(items), ["gen"], str(db), workers=w)
    snaps = []
    for db in dbs:
        con = duckdb.connect(str(db), read_only=True)
        snaps.append({t: sorted(con.execute(f'SELECT {_columns(t)} FROM "{t}"').fetchall(), key=repr)
                      for t in schema.DATA_TABLES})
        con.close()
    assert snaps[0] == snaps[1] and len(snaps[0]["articles"]) == 40 and snaps[0]["entities"]


def _columns(table: str) -> str:
    return ", ".join(f'"{c}"' for c in schema.columns(table) if c not in schema.RUN_COLUMNS)
