"""Issue 14, items 6 and 9, web side: unsafe article URLs, HEAD, the last documented page.

A ``javascript:`` (or ``data:``) URL read from a JSONL ``url`` or an RSS ``<link>`` is shown as
text, never as a link; ``HEAD`` is answered on every GET route with the GET's status and
headers and no body; ``page=100000&per_page=200`` (the documented maxima) is a page, not an error.
"""
from __future__ import annotations

import re

import pytest

from eventwire.records import Article, ArticleResult
from eventwire.store.duckdb import open_store
from eventwire.store.writer import Batch, article_key

URLS = {"js": "javascript:alert(document.domain)", "js-upper": " JaVaScRiPt:alert(1)",
        "data": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "http": "https://example.org/story"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    db = tmp_path_factory.mktemp("hostile-web") / "web.duckdb"
    con = open_store(db)
    batch, keys = Batch(), {}
    for name, url in URLS.items():
        text = f"Story {name}: Iran's foreign minister said on Monday that talks had failed."
        keys[name] = article_key(text)
        batch.add_result(ArticleResult(Article(id=name, text=text, url=url, published="2020-01-06")),
                         keys[name], "run1", None)
    batch.write(con)
    con.close()
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        c.keys = keys
        yield c


@pytest.mark.parametrize("name", ["js", "js-upper", "data"])
def test_unsafe_article_url_is_text_not_a_link(client, name):
    page = client.get(f"/articles/{client.keys[name]}")
    assert page.status_code == 200
    hrefs = re.findall(r'<a [^>]*href="([^"]*)"', page.text)
    assert not [h for h in hrefs if "alert" in h or h.lower().lstrip().startswith(("javascript:", "data:"))], hrefs
    assert "alert" in page.text or "base64" in page.text  # still shown, as escaped text


def test_http_article_url_is_a_link(client):
    page = client.get(f"/articles/{client.keys['http']}")
    assert 'href="https://example.org/story"' in page.text


@pytest.mark.parametrize("path", ["/", "/events", "/articles", "/api/v1/events", "/api/v1/summary",
                                  "/static/app.css"])
def test_head_is_answered_on_get_routes(client, path):
    get, head = client.get(path), client.head(path)
    assert get.status_code == 200 and head.status_code == 200, (path, head.status_code)
    assert head.content == b""
    assert head.headers.get("content-type") == get.headers.get("content-type")
    assert "content-security-policy" in head.headers


def test_head_on_a_missing_page_is_404_without_body(client):
    head = client.head("/articles/0123456789abcdef0123456789abcdef")
    assert head.status_code == 404 and head.content == b""


@pytest.mark.parametrize("path", ["/api/v1/events", "/api/v1/articles", "/events", "/articles", "/api/v1/actors",
                                  "/actors"])
def test_the_last_documented_page_is_an_empty_page(client, path):
    res = client.get(path, params={"page": 100000, "per_page": 200})
    assert res.status_code == 200, (path, res.text[:300])
    if path.startswith("/api/"):
        body = res.json()
        assert body["items"] == [] and body["has_next"] is False and body["page"] == 100000


@pytest.mark.parametrize("params", [{"page": 100001}, {"per_page": 201}, {"page": 0}])
def test_beyond_the_documented_bounds_is_a_422(client, params):
    assert client.get("/api/v1/events", params=params).status_code == 422
