"""Named queries: registry shape, parameter checking, results on a hand-built store."""
from __future__ import annotations

import re

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


@pytest.mark.parametrize("params,message", [
    ({"type": "attack"}, "--type 'attack': not a PLOVER event type; choose from AGREE, CONSULT"),
    ({"factuality": "certain"}, "certain is not a factuality; choose from asserted, negated"),
    ({"factuality": "asserted,maybe"}, "maybe is not a factuality"),
    ({"country": "US"}, "--country 'US': not an ISO 3166 alpha-3 country code"),
    ({"quad": "5"}, "--quad '5': must be between 1 and 4"),
    ({"quad": "two"}, "--quad 'two': not a whole number"),
    ({"min_confidence": "1.5"}, "--min-confidence '1.5': must be between 0 and 1"),
    ({"date_to": "03/01/2020"}, "--date-to '03/01/2020': not a date; write YYYY-MM-DD"),
])
def test_a_bad_filter_value_names_the_option_and_the_accepted_values(params, message):
    with pytest.raises(InputError, match=re.escape(message)):
        queries.bind("events", params)


def test_filter_values_are_normalised():
    _, bound = queries.bind("events", {"type": "assault", "country": "irn", "factuality": "Asserted, reported"})
    assert (bound["type"], bound["country"], bound["factuality"]) == ("ASSAULT", "IRN", "asserted,reported")
    assert queries.bind("events", {"factuality": "all"})[1]["factuality"] is None


def test_the_events_query_has_every_filter_and_the_one_events_listing():
    names = [p.name for p in queries.REGISTRY["events"].params]
    assert names == ["actor", "recipient", "country", "type", "quad", "factuality", "min_confidence",
                     "date_from", "date_to", "limit", "offset"]
    assert not {"event_search", "quote_search"} & set(queries.REGISTRY)


def test_events_by_country_quad_factuality_list_and_confidence(filled):
    filled.execute("UPDATE events SET confidence = 0.9 WHERE type = 'ASSAULT'")
    assert [r["type"] for r in queries.run(filled, "events", country="irq")] == ["ASSAULT"]
    assert [r["type"] for r in queries.run(filled, "events", quad=4)] == ["ASSAULT"]
    assert len(queries.run(filled, "events", factuality="asserted,future")) == 2
    assert [r["type"] for r in queries.run(filled, "events", factuality="future")] == ["THREATEN"]
    assert [r["confidence"] for r in queries.run(filled, "events", min_confidence=0.5)] == [0.9]


def test_fetch_says_when_the_limit_left_rows_out(filled):
    one = queries.fetch(filled, "events", limit=1)
    assert len(one.rows) == 1 and one.more
    both = queries.fetch(filled, "events", limit=2)
    assert len(both.rows) == 2 and not both.more and both.notes == []


def test_an_empty_result_names_the_default_that_hides_rows(filled):
    res = queries.fetch(filled, "stories")
    assert res.rows == [] and res.notes == [
        "2 row(s) are hidden by the default --min-articles 2; pass --min-articles 1 to see them"]
    assert queries.fetch(filled, "stories", min_articles=1).rows
    assert queries.fetch(filled, "stories", min_articles=3).notes == []  # given, not a default


def test_an_empty_escalation_says_which_events_its_rules_leave_out(filled):
    filled.execute("UPDATE events SET date = NULL")
    filled.execute("UPDATE articles SET published = NULL")
    res = queries.fetch(filled, "escalation")
    assert res.rows == [] and res.notes == [
        "1 matching event(s) have no date (neither their own nor their article's publication date) and are "
        "left out: give articles a publication date (`eventwire run --published`, or a date in the file name)"]


def test_an_empty_escalation_names_its_default_factualities(filled):
    filled.execute("UPDATE events SET recipient_country = 'IRN' WHERE type = 'THREATEN'")  # a future threat
    res = queries.fetch(filled, "escalation", actor="USA")
    assert res.rows == [] and res.notes == ["1 row(s) are hidden by the default --factuality asserted,reported; "
                                            "pass --factuality all to see them"]
    assert [r["events"] for r in queries.run(filled, "escalation", actor="USA", factuality="all")] == [1]


def test_query_modules_do_not_import_each_other():
    import ast
    from pathlib import Path

    store = Path(queries.__file__).parent
    modules = [store / "sql.py", *sorted(store.glob("*_queries.py"))]
    assert len(modules) >= 4  # sql, web_queries, view_queries, watch_queries
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1}
        assert imported <= {"sql"}, (path.name, imported)
