"""JSONL reader: optional publisher/author fields (the store counts sources by publisher)."""
from __future__ import annotations

from eventwire.ingest import read_sources


def test_jsonl_publisher_and_author_are_optional_strings(tmp_path):
    import json

    lines = [{"id": "1", "text": "t", "publisher": "Wire", "author": "Jo"}, {"id": "2", "text": "t", "publisher": 3}]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf8")
    a, b = read_sources([str(path)])
    assert (a.publisher, a.author, b.publisher, b.author) == ("Wire", "Jo", None, None)


def test_lone_surrogate_escapes_are_a_decode_problem(tmp_path):
    from eventwire.ingest import Unreadable

    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s", "text": "Iran fired \\ud800 missiles"}\n'
                    '{"id": "ok", "text": "An emoji pair \\ud83d\\ude00 is fine"}\n', encoding="utf8")
    bad, good = read_sources([str(path)])
    assert isinstance(bad, Unreadable) and bad.problem.code == "E_DECODE"
    assert good.text == "An emoji pair \U0001F600 is fine"
