"""REST API against the real app in-process (TestClient) over the hand-built fixture store."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from web_storefix import A2

ROUTES = ["/api/v1/articles", "/api/v1/events", "/api/v1/quotes", "/api/v1/actors", "/api/v1/dyads",
          "/api/v1/dyads/USA/IRN", "/api/v1/actors/USA", "/api/v1/timeline", "/api/v1/contradictions",
          "/api/v1/clusters", "/api/v1/runs", "/api/v1/summary", "/api/v1/queries", "/api/v1/openapi.json"]


@pytest.mark.parametrize("route", ROUTES)
def test_every_route_answers_json(client, route):
    r = client.get(route)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")


def test_articles_list_and_detail(client, fixture_store):
    items = client.get("/api/v1/articles").json()["items"]
    assert [a["id"] for a in items] == ["fixture/a2.txt", "fixture/a1.txt", "fixture/a3.txt"]  # newest first
    key = fixture_store.keys["fixture/a2.txt"]
    art = client.get(f"/api/v1/articles/{key}").json()
    assert art["text"] == A2
    assert {q["speaker"] for q in art["quotes"]} == {"Javad Zarif", "Mark Esper"}
    for q in art["quotes"]:
        assert A2[q["start"]:q["end"]] == q["text"]
    roles = {q["speaker"]: q["speaker_role"] for q in art["quotes"]}
    assert roles["Mark Esper"] == "Secretary of Defense"
    assert len(art["events"]) == 3 and len(art["contradictions"]) == 1
    assert art["entities"][0]["mentions"] == [[A2.index("Zarif"), A2.index("Zarif") + 5]]


def test_unknown_article_is_404(client):
    assert client.get("/api/v1/articles/0123456789abcdef").status_code == 404


@pytest.mark.parametrize("params,expected", [
    ({}, 7), ({"actor": "USA"}, 5), ({"actor": "united"}, 3), ({"recipient": "IRN"}, 3),
    ({"country": "KWT"}, 1), ({"country": "irq"}, 1), ({"type": "ASSAULT"}, 3), ({"quad": 3}, 2),
    ({"factuality": "disputed"}, 1), ({"date_from": "2020-01-04"}, 4),
    ({"date_from": "2020-01-03", "date_to": "2020-01-03"}, 3), ({"actor": "IRN", "type": "THREATEN"}, 1),
])
def test_event_filters(client, params, expected):
    body = client.get("/api/v1/events", params={**params, "per_page": 200}).json()
    assert len(body["items"]) == expected, body
    assert body["has_next"] is False


def test_pagination_walks_every_event_once(client):
    seen, page = [], 1
    while True:
        body = client.get("/api/v1/events", params={"per_page": 3, "page": page}).json()
        seen += [e["record_id"] for e in body["items"]]
        if not body["has_next"]:
            break
        page += 1
    assert page == 3 and len(seen) == len(set(seen)) == 7
    assert client.get("/api/v1/events", params={"page": 99}).json()["items"] == []


def test_quotes_by_speaker_text_and_kind(client):
    by_speaker = client.get("/api/v1/quotes", params={"speaker": "zarif"}).json()["items"]
    assert {q["speaker"] for q in by_speaker} == {"Javad Zarif"} and len(by_speaker) == 2
    said = client.get("/api/v1/quotes", params={"search": "no decision"}).json()["items"]
    assert [(q["speaker"], q["kind"], q["speaker_role"]) for q in said] == [
        ("Mark Esper", "indirect", "Secretary of Defense")]
    assert len(client.get("/api/v1/quotes", params={"kind": "partial"}).json()["items"]) == 1
    assert len(client.get("/api/v1/quotes", params={"speaker_country": "USA"}).json()["items"]) == 2


def test_dyad_series_both_ways(client):
    d = client.get("/api/v1/dyads/USA/IRN").json()
    assert [(p["date"], p["escalation"], p["events"]) for p in d["series"]] == [
        ("2020-01-03", -20.0, 2), ("2020-01-08", -2.0, 1)]
    assert [(p["date"], p["escalation"]) for p in d["reverse"]] == [("2020-01-03", -4.4), ("2020-01-08", -10.0)]
    assert sum(p["events"] for p in d["series"]) == len(d["events"])
    assert all(e["factuality"] in ("asserted", "reported") for e in d["events"] + d["reverse_events"])
    top = client.get("/api/v1/dyads").json()["items"][0]
    assert (top["actor"], top["recipient"], top["events"]) == ("USA", "IRN", 3)


def test_actor_profile(client):
    a = client.get("/api/v1/actors/Javad Zarif").json()
    assert {e["role"] for e in a["entities"]} == {"foreign minister"}
    assert len(a["said"]) == 2 and a["did"] == []
    usa = client.get("/api/v1/actors/USA").json()
    assert len(usa["did"]) == 5 and len(usa["received"]) == 2
    actors = client.get("/api/v1/actors", params={"per_page": 2}).json()
    assert actors["has_next"] and actors["items"][0]["actor"] == "USA"


def test_contradictions_clusters_runs_timeline(client, fixture_store):
    cs = client.get("/api/v1/contradictions").json()["items"]
    assert {c["scope"] for c in cs} == {"within", "across"}
    within = next(c for c in cs if c["scope"] == "within")
    assert within["a_text"].startswith("A letter") and "no decision" in within["b_text"]
    clusters = client.get("/api/v1/clusters", params={"min_articles": 2}).json()["items"]
    assert len(clusters) == 1 and clusters[0]["articles"] == 2
    assert set(clusters[0]["article_keys"]) == {fixture_store.keys["fixture/a1.txt"],
                                                 fixture_store.keys["fixture/a3.txt"]}
    assert client.get("/api/v1/runs").json()["items"][0]["run_id"] == "run-fixture"
    timeline = client.get("/api/v1/timeline").json()["items"]
    assert sum(r["events"] for r in timeline) == 7


def test_event_articles_route(client):
    ev = client.get("/api/v1/events", params={"type": "MOBILIZE"}).json()["items"][0]
    rows = client.get(f"/api/v1/events/{ev['record_id']}/articles").json()["items"]
    assert [r["article_id"] for r in rows] == ["fixture/a1.txt"]


@pytest.mark.parametrize("route,params,status", [
    ("/api/v1/events", {"date_from": "2020-02-30"}, 422),
    ("/api/v1/events", {"date_to": "yesterday"}, 422),
    ("/api/v1/events", {"date_from": "2020-01-09", "date_to": "2020-01-01"}, 400),
    ("/api/v1/events", {"type": "BOMBARD"}, 422),
    ("/api/v1/events", {"type": "assault"}, 422),
    ("/api/v1/events", {"quad": 5}, 422),
    ("/api/v1/events", {"quad": "two"}, 422),
    ("/api/v1/events", {"factuality": "certain"}, 422),
    ("/api/v1/events", {"country": "US"}, 422),
    ("/api/v1/events", {"country": "US;"}, 422),
    ("/api/v1/events", {"page": -1}, 422),
    ("/api/v1/events", {"page": 0}, 422),
    ("/api/v1/events", {"per_page": 0}, 422),
    ("/api/v1/events", {"per_page": 10_000}, 422),
    ("/api/v1/events", {"actor": "x" * 201}, 422),
    ("/api/v1/quotes", {"kind": "sarcastic"}, 422),
    ("/api/v1/quotes", {"page": "1; DROP TABLE quotes"}, 422),
    ("/api/v1/clusters", {"min_articles": -3}, 422),
    ("/api/v1/dyads/USA/IRN", {"date_from": "03/01/2020"}, 422),
    ("/api/v1/actors/USA", {"limit": 0}, 422),
    ("/api/v1/articles/..%2F..%2Fetc", {}, 404),
    ("/api/v1/articles/a'b", {}, 422),
    ("/api/v1/nowhere", {}, 404),
])
def test_bad_parameters_are_4xx_with_a_message(client, route, params, status):
    r = client.get(route, params=params)
    assert r.status_code == status, r.text
    detail = r.json()["detail"]
    assert detail and "Traceback" not in r.text


INJECTIONS = ["' OR '1'='1", "USA' --", "USA'; DROP TABLE events; --", "\" OR 1=1 --", "1) OR (1=1",
              "$actor", "?", "'; ATTACH '/tmp/x.db' AS x; --", "IRN' UNION SELECT * FROM articles --",
              "\\'", "%' OR 1=1 OR '%'='", "\x00", "/* */", "😀", "ﾟ", "\u202eNRI"]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_sql_metacharacters_are_plain_text(client, payload):
    """Each payload is matched literally as a name: no rows, no error, the tables unchanged."""
    before = client.get("/api/v1/summary").json()
    for route, name in [("/api/v1/events", "actor"), ("/api/v1/events", "recipient"),
                        ("/api/v1/quotes", "speaker"), ("/api/v1/quotes", "search"),
                        ("/api/v1/articles", "search"), ("/api/v1/dyads", "actor")]:
        r = client.get(route, params={name: payload})
        assert r.status_code == 200, (route, name, r.text)
        assert r.json()["items"] == [], (route, name)
    as_path = client.get(f"/api/v1/actors/{quote(payload, safe='')}x")  # '/' splits the path: no route
    assert as_path.status_code == (404 if "/" in payload else 200)
    assert client.get("/api/v1/summary").json() == before


def test_wildcards_in_search_are_substring_syntax_not_sql(client):
    """'%' is ILIKE's wildcard inside a bound parameter: it widens a match, it cannot end the string."""
    everything = client.get("/api/v1/quotes", params={"search": "%"}).json()["items"]
    assert len(everything) == 4


def test_web_package_writes_no_sql():
    """One data path: every query the web layer runs is a named query of store.queries."""
    from pathlib import Path

    import eventwire.web

    root = Path(eventwire.web.__file__).parent
    sql = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|DROP)\b|\.execute\(")
    offenders = [p.name for p in root.rglob("*.py") if sql.search(p.read_text(encoding="utf8"))]
    assert offenders == []


def test_store_is_opened_read_only(fixture_store):
    import duckdb

    from eventwire.web.data import WebStore

    store = WebStore(fixture_store.path)
    try:
        with pytest.raises(duckdb.Error):
            store._con.cursor().execute("DELETE FROM events")
    finally:
        store.close()


def test_missing_database_is_a_clear_error(tmp_path):
    from eventwire.errors import StoreError
    from eventwire.web import create_app

    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "absent.duckdb")


def test_openapi_lists_every_api_route(client):
    spec = client.get("/api/v1/openapi.json").json()
    paths = set(spec["paths"])
    for route in ROUTES[:-1]:
        template = re.sub(r"/dyads/USA/IRN$", "/dyads/{actor}/{recipient}", route)
        template = re.sub(r"/actors/USA$", "/actors/{key}", template)
        assert template in paths, template
    events = {p["name"]: p for p in spec["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert {"actor", "recipient", "country", "type", "quad", "factuality", "date_from", "date_to", "page",
            "per_page"} <= set(events)
    assert not any(p.startswith(("/events", "/quotes", "/articles")) for p in paths)  # pages stay out


@pytest.mark.parametrize("params,expected", [
    ({"factuality": "asserted,disputed"}, None), ({"factuality": "all"}, 7), ({"factuality": "ASSERTED"}, None),
    ({"min_confidence": 0}, None), ({"country": "usa", "quad": 4}, None),
])
def test_api_events_are_the_cli_events_query(client, fixture_store, params, expected):
    """/api/v1/events and `eventwire query events` run one query: same filters, same rows."""
    from eventwire import api

    body = client.get("/api/v1/events", params={**params, "per_page": 200}).json()
    cli_rows = api.query(str(fixture_store.path), "events", limit=200, **params)
    assert [e["record_id"] for e in body["items"]] == [r["record_id"] for r in cli_rows]
    if expected is not None:
        assert len(cli_rows) == expected


@pytest.mark.parametrize("params,message", [
    ({"factuality": "asserted,maybe"}, "maybe is not a factuality; choose from asserted"),
    ({"min_confidence": 2}, "less than or equal to 1"),
])
def test_api_bad_filter_values_are_422_with_the_cli_message(client, params, message):
    r = client.get("/api/v1/events", params=params)
    assert r.status_code == 422 and message in r.text, r.text


def test_an_empty_event_list_says_when_the_servers_default_confidence_hid_rows(fixture_store):
    """serve --min-confidence sets a default; an empty result names it and how to see the rows."""
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(fixture_store.path, min_confidence=1.0), raise_server_exceptions=False) as c:
        hidden = c.get("/api/v1/events").json()
        assert hidden["items"] == [] and len(hidden["notes"]) == 1
        assert "below the server's default min_confidence 1.0; pass min_confidence=0" in hidden["notes"][0]
        shown = c.get("/api/v1/events", params={"min_confidence": 0}).json()
        assert shown["items"] and shown["notes"] == []
        asked = c.get("/api/v1/events", params={"min_confidence": 1}).json()
        assert asked["items"] == [] and asked["notes"] == []  # the request's own threshold: nothing to explain
