"""Dashboard pages in-process: every page renders from the same data as the API; headers; errors."""
from __future__ import annotations

import html
import re

import pytest
from web_storefix import A1, A2

PAGES = ["/", "/events", "/events?type=ASSAULT&quad=4", "/quotes", "/quotes?speaker=esper", "/actors",
         "/actors/USA", "/actors/Mark%20Esper", "/dyads", "/dyads/USA/IRN", "/articles", "/contradictions",
         "/clusters", "/runs"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(client, page):
    r = client.get(page)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text and " onclick=" not in r.text and " style=" not in r.text  # CSP-clean


@pytest.mark.parametrize("path", ["/", "/api/v1/events", "/static/app.js", "/static/vendor/chartjs/chart.umd.min.js",
                                  "/articles/ffff", "/api/v1/events?page=0"])
def test_security_headers_everywhere(client, path):
    h = client.get(path).headers
    csp = h["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "http:" not in csp and "https:" not in csp and "unsafe-inline" not in csp and "*" not in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "no-referrer"


def test_pages_reference_no_remote_resource(client):
    for page in PAGES:
        text = client.get(page).text
        assert not re.search(r"""(src|href)=["'](https?:)?//""", text.replace('href="https://example.org/a1"', ""))


def test_vendored_chart_library_is_served_locally(client):
    js = client.get("/static/vendor/chartjs/chart.umd.min.js")
    assert js.status_code == 200 and "Chart.js v4" in js.text[:200]


def _tags_removed(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def _article_text(page: str) -> str:
    m = re.search(r'<article class="article-text" id="article-text">(.*?)</article>', page, re.S)
    assert m
    return _tags_removed(m.group(1))


@pytest.mark.parametrize("aid,text", [("fixture/a1.txt", A1), ("fixture/a2.txt", A2)])
def test_article_view_keeps_the_text_exactly(client, fixture_store, aid, text):
    page = client.get(f"/articles/{fixture_store.keys[aid]}").text
    assert _article_text(page) == text


def test_article_view_highlights_quotes_with_speakers(client, fixture_store):
    key = fixture_store.keys["fixture/a2.txt"]
    api = client.get(f"/api/v1/articles/{key}").json()
    page = client.get(f"/articles/{key}").text
    for q in api["quotes"]:
        spans = re.findall(rf'<span class="ann [^"]*"[^>]*data-quote="[^"]*{q["record_id"]}[^"]*"[^>]*>(.*?)</span>',
                           page, re.S)
        assert _tags_removed("".join(spans)) == q["text"]
        speakers = re.findall(rf'data-quote="[^"]*{q["record_id"]}[^"]*"[^>]*data-speaker="([^"]*)"', page)
        assert speakers and set(speakers) == {q["speaker"]}
    for record in api["events"] + api["quotes"] + api["entities"] + api["counts"] + api["dates"]:
        assert page.count(f'id="r-{record["record_id"]}"') == 1
        assert f'href="#r-{record["record_id"]}"' in page


def test_dyad_page_embeds_the_api_series(client):
    page = client.get("/dyads/USA/IRN").text
    api = client.get("/api/v1/dyads/USA/IRN").json()
    m = re.search(r'<script type="application/json" id="dyad-data">(.*?)</script>', page, re.S)
    import json

    data = json.loads(m.group(1))
    assert data["series"] == api["series"] and data["reverse"] == api["reverse"]
    for e in api["events"]:
        assert f'#r-{e["record_id"]}"' in page


def test_quote_explorer_shows_speaker_and_role(client):
    page = client.get("/quotes?search=no+decision").text
    assert "Mark Esper" in page and "Secretary of Defense" in page and "Zarif" not in page


def test_contradiction_view_is_side_by_side(client):
    page = client.get("/contradictions").text
    assert page.count('class="side a"') == page.count('class="side b"') == 2
    assert "withdrawal announced vs. no decision to leave" in page


def test_bad_page_parameters_render_an_error_page(client):
    r = client.get("/events?date_from=2020-99-01")
    assert r.status_code == 422 and "date_from" in r.text and r.headers["content-type"].startswith("text/html")
    r = client.get("/events?date_from=2020-02-01&date_to=2020-01-01")
    assert r.status_code == 400 and "after" in r.text
    assert client.get("/articles/0000").status_code == 404
    assert client.get("/actors/Nobody%20Known").status_code == 404


def test_empty_form_fields_mean_not_given(client):
    r = client.get("/events?actor=&recipient=&country=&type=&quad=&date_from=&date_to=&page=")
    assert r.status_code == 200
    assert client.get("/api/v1/events?type=&quad=").json()["items"]


def test_pager_links_keep_filters(client):
    page = client.get("/events?type=ASSAULT&per_page=1").text
    assert 'href="?type=ASSAULT&amp;per_page=1&amp;page=2"' in page


def test_unexpected_failure_is_a_generic_500_with_security_headers(fixture_store):
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    app = create_app(fixture_store.path)

    @app.get("/api/v1/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/v1/boom")
    assert r.status_code == 500 and r.json() == {"detail": "internal error; see the server log"}
    assert "secret" not in r.text and r.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in r.headers["content-security-policy"]
