"""Issue 7 item 1: a corpus of bad input through ``eventwire run`` and ``eventwire extract``.

Every input ends as an article or as a problem with the expected stable code; the run
completes; counts reconcile (inputs = articles + problems without an article); no extractor
raises on any of it; every extract record honours the contract.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import main
from eventwire.contract import validate
from eventwire.errors import PROBLEM_CODES

sys.path.insert(0, str(Path(__file__).resolve().parent))
import badcorpus  # noqa: E402


def matches(input_id: str, suffix: str) -> bool:
    return input_id == suffix or input_id.endswith("/" + suffix)


def owner(input_id: str, expected: dict) -> str:
    """The expectation key an input id belongs to (longest matching suffix)."""
    keys = [k for k in expected if matches(input_id, k)]
    assert keys, f"unexpected input {input_id!r}"
    return max(keys, key=len)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    (root / "in").mkdir()
    return root, badcorpus.make(root / "in")


def test_run_stores_every_input_as_article_or_problem(corpus, capsys):
    root, expected = corpus
    db = root / "bad.duckdb"
    assert main(["run", str(root / "in"), "--db", str(db), "--workers", "1", "-q", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    con = duckdb.connect(str(db), read_only=True)
    stored = [r[0] for r in con.execute("SELECT input_id FROM article_sources").fetchall()]
    problems = con.execute("SELECT input_id, code, message, article_key FROM problems").fetchall()
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    unkeyed = [p for p in problems if p[3] is None]
    # counts reconcile: every input read is one article or one problem without an article
    assert summary["articles_read"] == len(expected) == len(stored) + len(unkeyed)
    assert n_articles == len(stored)
    outcome = {owner(i, expected): ("article", None) for i in stored}
    for input_id, code, message, _key in problems:
        assert code in PROBLEM_CODES and message, (input_id, code)
        assert code != "E_EXTRACTOR", f"an extractor raised on {input_id}: {message}"
        if code.startswith("E_"):
            outcome[owner(input_id, expected)] = ("problem", code)
    assert outcome == expected


def test_extract_prints_one_valid_record_per_input(corpus, capsys):
    root, expected = corpus
    rc = main(["extract", "-q", str(root / "in")])
    out = capsys.readouterr()
    records = [json.loads(line) for line in out.out.splitlines()]
    assert rc == 1 and "had problems" in out.err
    assert len(records) == len(expected)
    outcome = {}
    for rec in records:
        key = owner(rec["id"], expected)
        path = root / "in" / key
        text = path.read_text(encoding="utf8") if path.suffix == ".txt" and not rec["problems"] else None
        assert validate(rec, text) == [], (key, validate(rec, text)[:3])
        codes = [p["code"] for p in rec["problems"] if p["code"].startswith("E_")]
        assert "E_EXTRACTOR" not in codes, rec["problems"]
        outcome[key] = ("problem", codes[0]) if codes else ("article", None)
    assert outcome == expected
