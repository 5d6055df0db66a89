"""Bad input never crashes a batch: each bad article becomes one problem with a stable code."""
from __future__ import annotations

import io
import json
import sys

import pytest

from eventwire import Article, process, settings
from eventwire.cli import main
from eventwire.errors import PROBLEM_CODES


def run_cli(args, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    rc = main(["extract", "-q", *args])
    out = capsys.readouterr()
    return rc, [json.loads(line) for line in out.out.splitlines() if line.strip()], out.err


def codes(record):
    return [p["code"] for p in record["problems"]]


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "a_good.txt").write_text("The minister said the talks failed.", encoding="utf8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_blank.txt").write_text("  \n\t \n", encoding="utf8")
    (tmp_path / "d_binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "e_latin1.txt").write_bytes("Caf\xe9 owners protested.".encode("latin-1"))
    (tmp_path / "f_huge.txt").write_text("Troops moved. " * (settings.MAX_CHARS // 14 + 10), encoding="utf8")
    return tmp_path


def test_directory_with_bad_files_processes_the_good_one(corpus, capsys):
    rc, recs, err = run_cli([str(corpus)], capsys)
    assert rc == 1, "exit code must say that some article failed"
    by_name = {r["id"].rsplit("/", 1)[-1]: r for r in recs}
    assert sorted(by_name) == ["a_good.txt", "b_empty.txt", "c_blank.txt", "d_binary.txt",
                               "e_latin1.txt", "f_huge.txt"]
    assert by_name["a_good.txt"]["problems"] == []
    assert codes(by_name["b_empty.txt"]) == ["E_EMPTY"]
    assert codes(by_name["c_blank.txt"]) == ["E_EMPTY"]
    assert codes(by_name["d_binary.txt"]) == ["E_BINARY"]
    assert codes(by_name["e_latin1.txt"]) == ["E_DECODE"]
    assert codes(by_name["f_huge.txt"]) == ["E_TOO_LONG"]
    assert "had problems" in err


def test_every_problem_code_is_registered(corpus, capsys):
    _, recs, _ = run_cli([str(corpus)], capsys)
    for rec in recs:
        for p in rec["problems"]:
            assert p["code"] in PROBLEM_CODES
            assert p["message"]


def test_jsonl_with_broken_lines(tmp_path, capsys):
    f = tmp_path / "in.jsonl"
    f.write_bytes(b'{"id": "ok", "text": "Iran protested."}\n'
                  b'{"id": "broken", "text": \n'
                  b'[1, 2]\n'
                  b'{"id": "notext"}\n'
                  b'{"id": "baddate", "text": "x", "published": "yesterday"}\n'
                  b'{"id": "bytes", "text": "\xff\xfe"}\n')
    rc, recs, _ = run_cli([str(f)], capsys)
    assert rc == 1
    got = [(r["id"].rsplit("/", 1)[-1], codes(r)) for r in recs]
    assert got == [("ok", []), ("in.jsonl:2", ["E_JSON"]), ("in.jsonl:3", ["E_FIELDS"]),
                   ("notext", ["E_FIELDS"]), ("baddate", ["E_DATE"]), ("in.jsonl:6", ["E_DECODE"])]


def test_good_input_exits_zero(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text("Iran protested on Monday.", encoding="utf8")
    rc, recs, _ = run_cli([str(f), "--published", "2020-01-06"], capsys)
    assert rc == 0 and recs[0]["published"] == "2020-01-06" and recs[0]["id"] == str(f)


def test_stdin_text_and_jsonl(capsys, monkeypatch):
    rc, recs, _ = run_cli(["-"], capsys, stdin=b"Iran protested.", monkeypatch=monkeypatch)
    assert rc == 0 and recs[0]["id"] == "stdin"
    rc, recs, _ = run_cli(["-"], capsys, stdin=b'{"id": "s1", "text": "Iran protested."}\n',
                          monkeypatch=monkeypatch)
    assert rc == 0 and recs[0]["id"] == "s1"


def test_missing_path_is_a_clean_error(tmp_path, capsys):
    rc = main(["extract", str(tmp_path / "nope.txt")])
    assert rc == 2
    assert "no such file" in capsys.readouterr().err


def test_unknown_model_is_a_clean_error(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text("Iran protested.", encoding="utf8")
    rc = main(["extract", str(f), "--model", "no_such_spacy_model_xyz"])
    assert rc == 2
    assert "E_MODEL" in capsys.readouterr().err


@pytest.mark.timeout(120)  # guards against a hang (quadratic matching); not a speed threshold
def test_many_quote_marks_stay_contained():
    body = ("He said “ yes. " * 250) + "\n\nThe army withdrew from the city on Monday, officials said."
    res = process(Article(id="q", text=body, published="2020-01-06"))
    assert not [p for p in res.problems if p.code == "E_EXTRACTOR"]
    for q in res.quotes:
        assert q.end - q.start < 2000, "an unbalanced mark swallowed the article"
        assert body[q.start:q.end] == q.text
