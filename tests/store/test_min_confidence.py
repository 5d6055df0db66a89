"""--min-confidence: export leaves low-confidence events out of plover/gdelt; serve's default
minimum for event lists (a request's own wins); run's threshold drops events as extracted."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import make_result

from eventwire import api
from eventwire.errors import InputError
from eventwire.store.cluster import recluster, signature
from eventwire.store.duckdb import open_store
from eventwire.store.export import LOW_CONFIDENCE, export
from eventwire.store.writer import Batch, article_key


@pytest.fixture
def db(tmp_path):
    """A store with one article: an asserted ASSAULT (confidence 0.9), and its copy at 0.2."""
    path = tmp_path / "c.duckdb"
    con = open_store(path)
    res = make_result()
    sure = replace(res.events[0], confidence=0.9)
    unsure = replace(res.events[0], confidence=0.2, evidence=res.quotes[0].cue)
    res.events[:] = [sure, unsure]
    batch = Batch()
    batch.add_result(res, article_key(res.article.text), "r1", signature(res.article.text))
    batch.write(con)
    con.execute("INSERT INTO runs (run_id, started_at) VALUES ('r1', TIMESTAMP '2020-01-09 10:11:12')")
    recluster(con)
    con.close()
    return path


def _plover(db, tmp_path, minimum):
    con = open_store(db, read_only=True)
    try:
        stats = export(con, "plover", tmp_path / "out", min_confidence=minimum)
    finally:
        con.close()
    lines = (tmp_path / "out" / "events.plover.jsonl").read_text(encoding="utf8").splitlines()
    return stats, [json.loads(x) for x in lines]


def test_export_leaves_out_events_below_the_minimum(db, tmp_path):
    stats, rows = _plover(db, tmp_path, None)
    assert len(rows) == 2 and LOW_CONFIDENCE not in stats.reasons
    stats, rows = _plover(db, tmp_path, 0.5)
    assert len(rows) == 1 and stats.reasons[LOW_CONFIDENCE] == 1


def test_serve_default_minimum_and_a_request_overriding_it(db):
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(db, min_confidence=0.5)) as c:
        assert [e["confidence"] for e in c.get("/api/v1/events").json()["items"]] == [0.9]
        assert len(c.get("/api/v1/events", params={"min_confidence": 0.1}).json()["items"]) == 2
    with TestClient(create_app(db)) as c:
        assert len(c.get("/api/v1/events").json()["items"]) == 2


@pytest.mark.parametrize("value", [-0.1, 1.5])
def test_minimum_must_be_a_probability(value):
    with pytest.raises(InputError, match="between 0 and 1"):
        api.check_min_confidence(value)


def test_run_threshold_drops_events_as_extracted(seed_result, seed_text):
    from eventwire import Article, process
    from eventwire.extract.trace import minimum

    confidences = sorted(e.confidence for e in seed_result.events)
    cut = confidences[len(confidences) // 2]
    with minimum(cut):
        kept = process(Article(id="s", text=seed_text, published="2020-01-06")).events
    assert kept and all(e.confidence >= cut for e in kept)
    assert len(kept) == sum(c >= cut for c in confidences)
