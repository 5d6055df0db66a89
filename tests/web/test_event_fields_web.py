"""Implied actors and event rules from a real `eventwire run` store, through the API and the pages."""
from __future__ import annotations

import json

import lxml.html
import pytest

from eventwire.cli import main

#: the text names no one who arrested: the coder codes police as the actor, implied
ARREST = "Five activists were arrested in Ahmedabad on Monday."


@pytest.fixture(scope="module")
def arrest_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    root = tmp_path_factory.mktemp("arrestweb")
    src = root / "arrest.jsonl"
    src.write_text(json.dumps({"id": "arrest", "text": ARREST, "published": "2026-11-30"}) + "\n", encoding="utf8")
    db = root / "arrest.duckdb"
    assert main(["run", str(src), "--db", str(db), "--workers", "1", "-q"]) == 0
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def _arrest(rows: list[dict]) -> dict:
    hits = [r for r in rows if r["trigger_text"] == "arrested"]
    assert len(hits) == 1, rows
    return hits[0]


def test_api_events_say_the_actor_is_implied(arrest_client):
    items = arrest_client.get("/api/v1/events", params={"factuality": "all"}).json()["items"]
    ev = _arrest(items)
    assert ev["actor_implied"] is True and ev["recipient_implied"] is False
    assert "actor:implied" in ev["rules"] and ev["context"]
    art = arrest_client.get(f"/api/v1/articles/{ev['article_key']}").json()
    assert _arrest(art["events"])["actor_implied"] is True


def test_events_page_marks_the_implied_actor(arrest_client):
    page = lxml.html.fromstring(arrest_client.get("/events", params={"factuality": "all"}).text)
    rows = page.xpath('//table[@id="events"]//tr[contains(@class, "event")]')
    assert rows
    cells = [[td.text_content().strip() for td in row.xpath("td")] for row in rows]
    arrest = [c for c in cells if "arrested" in c[-1]][0]
    assert arrest[5].endswith("implied"), arrest  # actor cell: "police IND implied"
    assert not arrest[6].endswith("implied"), arrest  # the activists are named


def test_article_page_marks_the_implied_actor_and_lists_the_rules(arrest_client):
    ev = _arrest(arrest_client.get("/api/v1/events", params={"factuality": "all"}).json()["items"])
    page = lxml.html.fromstring(arrest_client.get(f"/articles/{ev['article_key']}").text)
    item = [li for li in page.xpath('//ol[@id="event-list"]/li') if "COERCE" in li.text_content()][0]
    assert [s.text_content() for s in item.xpath('.//span[@class="implied"]')] == ["implied"]
    assert [c.text_content() for c in item.xpath('.//details[@class="rules"]//code')] == ev["rules"]
    assert item.xpath('.//span[@class="context"]')[0].text_content() == ev["context"]


def test_csv_export_of_the_view_has_the_new_columns(arrest_client):
    import csv

    r = arrest_client.get("/events/export", params={"format": "csv", "factuality": "all"})
    rows = [row for row in csv.DictReader(r.text.splitlines()) if "arrested" in row["evidence_text"]]
    assert [(row["actor_implied"], row["recipient_implied"]) for row in rows] == [("True", "False")]
    assert "actor:implied" in json.loads(rows[0]["rules"]) and rows[0]["context"]


def test_brief_marks_the_implied_actor(arrest_client):
    page = lxml.html.fromstring(arrest_client.get("/brief").text)
    cells = [td.text_content() for td in page.xpath("//td") if "Five activists" in td.text_content()]
    assert cells and "(implied) → Five activists" in " ".join(cells[0].split())
