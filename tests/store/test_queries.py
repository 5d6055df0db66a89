"""Named queries: registry shape, parameter checking, results on a hand-built store."""
from __future__ import annotations

import pytest
from conftest import make_result

from eventwire.errors import InputError
from eventwire.records import Article, ArticleResult
from eventwire.store import queries
from eventwire.store.cluster import recluster, signature
from eventwire.store.writer import Batch, article_key

OTHER = ("Israel and Egypt agreed on Tuesday to reopen the border crossing, the foreign ministry said. "
         "Officials met in Cairo to sign the deal, which aid groups welcomed.")


@pytest.fixture
def filled(store):
    batch = Batch()
    other = ArticleResult(Article("b", OTHER, published="2021-05-04"))  # no records
    for res in (make_result(), other):
        batch.add_result(res, article_key(res.article.text), "r1", signature(res.article.text))
    batch.write(store)
    recluster(store)
    return store


def test_registry_describes_every_parameter():
    desc = queries.describe()
    assert {d["name"] for d in desc} >= {"events", "quotes", "escalation", "top_actors", "event_articles"}
    for d in desc:
        for p in d["params"]:
            assert p["type"] in queries.CONVERTERS and p["help"]
    for q in queries.REGISTRY.values():  # every declared parameter is used by the SQL (DuckDB needs it)
        for p in q.params:
            assert f"${p.name}" in q.sql, (q.name, p.name)


def test_bad_parameters_are_input_errors():
    with pytest.raises(InputError, match="unknown query"):
        queries.bind("nope", {})
    with pytest.raises(InputError, match="no parameter"):
        queries.bind("events", {"colour": "red"})
    with pytest.raises(InputError, match="date"):
        queries.bind("events", {"date_from": "last tuesday"})
    with pytest.raises(InputError, match="needs --event-id"):
        queries.bind("event_articles", {})
    with pytest.raises(InputError):
        queries.bind("events", {"limit": "0"})


def test_user_values_are_parameters_not_sql(filled):
    rows = queries.run(filled, "events", actor="x' OR '1'='1")
    assert rows == []
    assert filled.execute("SELECT count(*) FROM events").fetchall()[0][0] == 2


def test_events_by_actor_type_and_date(filled):
    assert [r["type"] for r in queries.run(filled, "events", actor="IRN")] == ["ASSAULT"]
    assert [r["type"] for r in queries.run(filled, "events", actor="trump")] == ["THREATEN"]
    assert queries.run(filled, "events", type="assault", recipient="iraq")[0]["num_articles"] == 1
    assert queries.run(filled, "events", date_from="2020-01-09") == []
    assert len(queries.run(filled, "events", date_from="2020-01-08", date_to="2020-01-08")) == 2


def test_quotes_escalation_top_actors(filled):
    assert queries.run(filled, "quotes", speaker="trump", search="RESPOND")[0]["speaker"] == "Donald Trump"
    esc = queries.run(filled, "escalation")
    assert esc == [{"date": "2020-01-08", "actor": "IRN", "recipient": "IRQ", "escalation": -10.0,
                    "events": 1, "articles": 1}]  # the future THREATEN is not counted
    top = queries.run(filled, "top_actors", limit=2)
    assert {r["actor"] for r in top} <= {"IRN", "IRQ", "USA"} and top[0]["events"] == 1


def test_event_articles_and_summary(filled):
    rid = queries.run(filled, "events", actor="IRN")[0]["record_id"]
    rows = queries.run(filled, "event_articles", event_id=rid)
    assert [r["article_id"] for r in rows] == ["a1"]
    summary = {r["table"]: r["rows"] for r in queries.run(filled, "summary")}
    assert summary["articles"] == 2 and summary["events"] == 2
