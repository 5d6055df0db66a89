"""Serving while writing: snapshots follow the writer, writers wait for readers, one writer at a time."""
from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.store.duckdb import open_store
from eventwire.store.live import SnapshotReader, open_writer, writer_lock


def _articles(reader: SnapshotReader) -> int:
    cur = reader.cursor()
    try:
        return cur.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    finally:
        cur.close()


def _add(path, key: str) -> None:
    con = open_writer(path, wait=10)
    con.execute("INSERT INTO articles (article_key, id, text) VALUES (?, ?, 'x')", [key, key])
    con.close()


def test_a_reader_holds_no_lock_and_follows_each_write(tmp_path):
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    reader = SnapshotReader(path, refresh=0)
    try:
        assert _articles(reader) == 0
        _add(path, "a")  # a writer opens the file although the server is up
        assert _articles(reader) == 1
        _add(path, "b")
        assert _articles(reader) == 2
    finally:
        reader.close()


def test_a_reader_keeps_serving_its_snapshot_while_a_writer_holds_the_file(tmp_path):
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    reader = SnapshotReader(path, refresh=0)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "c.execute(\"INSERT INTO articles (article_key, id, text) VALUES ('k', 'k', 't')\"); "
                               "print('ready', flush=True); time.sleep(60)", str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert _articles(reader) == 0  # the writer holds the file: the last snapshot answers
    finally:
        holder.kill()
        holder.wait()
    assert _articles(reader) == 1  # the writer is gone: the next request sees its commit
    reader.close()


def test_a_writer_waits_for_a_reader_that_holds_the_file_briefly(tmp_path):
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    reader = subprocess.Popen([sys.executable, "-c", "import duckdb, os, sys, time; c = duckdb.connect(sys.argv[1], "
                               "read_only=True); open(sys.argv[1] + '.serve-copying', 'w').write(str(os.getpid())); "
                               "print('ready', flush=True); time.sleep(1.5)", str(path)],
                              stdout=subprocess.PIPE, text=True)
    assert reader.stdout.readline().strip() == "ready"
    with pytest.raises(duckdb.Error):
        duckdb.connect(str(path)).close()  # what `run` met before: the reader's lock
    open_writer(path, wait=30).close()  # retried until the copying reader let go
    reader.wait()


def test_a_writer_does_not_wait_for_any_other_holder(tmp_path):
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    other = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
                              "read_only=True); print('ready', flush=True); time.sleep(60)", str(path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="lock"):
            open_writer(path, wait=30)  # at once: no serving process is copying the file
    finally:
        other.kill()
        other.wait()


def test_a_second_writer_gets_a_clear_error_naming_the_first(tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = subprocess.Popen([sys.executable, "-c", "import sys, time; from eventwire.store.live import writer_lock\n"
                              "with writer_lock(sys.argv[1], 'watch'):\n print('ready', flush=True); time.sleep(60)",
                              db], stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=rf"being written by eventwire watch \(pid {first.pid}\)"):
            with writer_lock(db, "run"):
                pass
    finally:
        first.kill()
        first.wait()
    with writer_lock(db, "run"):  # the lock dies with its process, even killed
        pass
