"""The `watch` command: folders of new files, durations, bad rules, SIGTERM between passes."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import duckdb
import pytest
from localsite import rss
from watchfix import cfg, site  # noqa: F401 (fixtures)

from eventwire.cli import main
from eventwire.watch import parse_every, parse_sources
from eventwire.watch.passes import Pass

TEXT = "Iran fired missiles at two bases in Iraq that house American troops, the Pentagon said on Wednesday."


def test_durations_and_sources(tmp_path):
    assert [parse_every(x) for x in ("90", "90s", "15m", "2h", "1d")] == [90, 90, 900, 7200, 86400]
    for bad in ("0", "-5m", "soon", "15x"):
        with pytest.raises(ValueError):
            parse_every(bad)
    urls = tmp_path / "feeds.txt"
    urls.write_text("# my feeds\nhttps://a.example/rss\n\nhttp://b.example/atom.xml\n", encoding="utf8")
    plain = tmp_path / "note.txt"
    plain.write_text("Just an article, not a list of feeds.", encoding="utf8")
    got = parse_sources([str(urls), str(tmp_path), str(plain), "https://c.example/feed"])
    assert [(s.kind, s.id) for s in got] == [("feed", "https://a.example/rss"), ("feed", "http://b.example/atom.xml"),
                                             ("path", str(tmp_path)), ("path", str(plain)),
                                             ("feed", "https://c.example/feed")]


def test_bad_values_are_clean_errors(tmp_path, capsys):
    db = str(tmp_path / "w.duckdb")
    assert main(["watch", str(tmp_path), "--db", db, "--once", "--alert", "USA->IRN mood < 3 per day"]) == 2
    assert "E_INPUT" in capsys.readouterr().err
    assert main(["watch", str(tmp_path), "--db", db, "--once", "--every", "often"]) == 2
    assert "--every" in capsys.readouterr().err
    assert main(["watch", str(tmp_path / "absent"), "--db", db, "--once"]) == 2
    assert "not an http(s) URL" in capsys.readouterr().err


def test_a_folder_gives_only_its_new_and_changed_files(cfg, tmp_path, nlp):  # noqa: F811
    folder, db = tmp_path / "in", str(tmp_path / "w.duckdb")
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf8")
    first = Pass(db, parse_sources([str(folder)]), cfg=cfg).run()
    (folder / "b.txt").write_text("The Iraqi parliament voted on Sunday to expel American troops.", encoding="utf8")
    second = Pass(db, parse_sources([str(folder)]), cfg=cfg).run()
    third = Pass(db, parse_sources([str(folder)]), cfg=cfg).run()
    assert (first.items, first.articles_new) == (1, 1)
    assert (second.items, second.articles_new) == (1, 1)  # a.txt is not read again
    assert third.items == 0
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(2,)]
    con.close()


def test_sigterm_between_passes_stops_cleanly_and_a_second_writer_is_refused(site, tmp_path):  # noqa: F811
    site.page("/feed", rss("Wire", [{"title": "one", "content": TEXT, "link": site.url + "/1"}]),
              "application/rss+xml")
    db = str(tmp_path / "w.duckdb")
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "watch", site.url + "/feed", "--db", db,
                             "--every", "1h", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        line = ""
        while "pass 1:" not in line and time.monotonic() < deadline:
            line = proc.stderr.readline()
            assert line or proc.poll() is None, "watch ended early"
        second = subprocess.run([sys.executable, "-m", "eventwire", "run", str(tmp_path), "--db", db, "-q"],
                                capture_output=True, text=True, timeout=300)
        assert second.returncode == 2 and "E_STORE" in second.stderr and "eventwire watch (pid" in second.stderr
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=60)
        rest = proc.stderr.read()
    finally:
        proc.kill()
    assert rc == 0 and "stopped" in rest, rest
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT status, articles_new FROM runs").fetchall() == [("done", 1)]
    con.close()
