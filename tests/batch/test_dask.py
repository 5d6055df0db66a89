"""The Dask engine gives the same database as the local engine, row for row; shards merge idempotently."""
from __future__ import annotations

import importlib.util
import json

import pytest

from eventwire import settings
from eventwire.cli import main
from eventwire.errors import ClusterError
from eventwire.store import schema

from news_sentences import SENTENCES as NEWS

pytest.importorskip("distributed")

SENTENCES = NEWS[:5]


def corpus(tmp_path, n: int = 36):
    """n distinct short articles + an empty line item, a bad JSON line and a duplicate article."""
    lines = []
    for i in range(n):
        a, b = SENTENCES[i % 5], SENTENCES[(i * 2 + 1) % 5]
        lines.append(json.dumps({"id": f"a{i}", "text": f"Report {i}. {a} {b}", "published": f"2020-01-0{1 + i % 9}"}))
    lines.append(json.dumps({"id": "dup", "text": "Report 0. " + SENTENCES[0] + " " + SENTENCES[1],
                             "published": "2020-01-01"}))
    lines.append(json.dumps({"id": "blank", "text": "   "}))
    lines.append("{not json")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf8")
    return path


def snapshot(db) -> dict[str, list[tuple]]:
    """Every data table without run-specific columns, rows sorted."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in schema.DATA_TABLES:
            cols = [c for c in schema.columns(table) if c not in schema.RUN_COLUMNS]
            names = ", ".join(f'"{c}"' for c in cols)
            out[table] = sorted(con.execute(f'SELECT {names} FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        con.close()


def test_dask_local_cluster_db_equals_local_engine(tmp_path, capsys):
    src = corpus(tmp_path)
    local, dask = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    assert main(["run", str(src), "--db", str(local), "--workers", "1", "-q", "--json"]) == 0
    local_summary = json.loads(capsys.readouterr().out)
    assert main(["run", str(src), "--db", str(dask), "--engine", "dask", "--workers", "2", "-q", "--json"]) == 0
    dask_summary = json.loads(capsys.readouterr().out)
    a, b = snapshot(local), snapshot(dask)
    assert len(a["articles"]) == 36 and a["entities"], "the corpus must exercise the extractors"
    for table in schema.DATA_TABLES:
        assert a[table] == b[table], f"table {table} differs between engines"
    for key in ("articles_read", "articles_new", "articles_skipped", "records", "problems"):
        assert local_summary[key] == dask_summary[key], key
    assert not (tmp_path / "dask.duckdb.shards").exists() or not any((tmp_path / "dask.duckdb.shards").iterdir())
    # a rerun on Dask adds nothing
    assert main(["run", str(src), "--db", str(dask), "--engine", "dask", "--workers", "2", "-q", "--json"]) == 0
    rerun = json.loads(capsys.readouterr().out)
    assert rerun["articles_new"] == 0 and snapshot(dask) == b


def test_shard_merged_twice_adds_nothing(tmp_path, nlp):
    from eventwire import Article
    from eventwire.batch.dask_runner import extract_partition, merge_shard
    from eventwire.store.duckdb import open_store

    part = [Article(id=f"s{i}", text=f"Shard {i}. {s}", published="2020-01-06") for i, s in enumerate(SENTENCES)]
    shard = extract_partition(part, settings.DEFAULT_MODEL, "run1", str(tmp_path / "shard"))
    assert shard.articles == 5 and shard.new == 5 and shard.records > 0
    assert not list(tmp_path.glob("shard.tmp-*")), "the temporary shard name must be renamed away"
    con = open_store(tmp_path / "m.duckdb")
    try:
        merge_shard(con, shard.path)
        once = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in schema.DATA_TABLES}
        merge_shard(con, shard.path)
        twice = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in schema.DATA_TABLES}
    finally:
        con.close()
    assert once["articles"] == 5 and once == twice


def test_missing_dask_extra_is_a_clear_error(tmp_path, monkeypatch, capsys):
    real_find_spec = importlib.util.find_spec

    def no_distributed(name, *args, **kwargs):
        return None if name == "distributed" else real_find_spec(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", no_distributed)
    src = corpus(tmp_path, n=2)
    rc = main(["run", str(src), "--db", str(tmp_path / "x.duckdb"), "--engine", "dask", "-q"])
    err = capsys.readouterr().err
    assert rc == 2 and "E_CLUSTER" in err and "eventwire[dask]" in err


def test_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    from eventwire.batch.dask_runner import _client

    monkeypatch.setattr(settings, "DASK_CONNECT_TIMEOUT", 2)
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
        _client("tcp://127.0.0.1:9", 1)
