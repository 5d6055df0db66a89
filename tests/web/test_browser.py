"""End-to-end: `eventwire serve` on 127.0.0.1 driven by Playwright in headless Debian Chromium.

The store holds the hand-built fixture articles plus the seed article as the real pipeline
extracts it. Skipped when /usr/bin/chromium is absent, unless EVENTWIRE_REQUIRE_BROWSER=1 (CI),
then failed. Screenshots go to $EVENTWIRE_SCREENSHOTS (e.g. ``docs``) when set, else to a
temporary folder; ``EVENTWIRE_SCREENSHOTS=docs pytest -m browser tests/web`` refreshes the
ones in docs/.
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import web_storefix as storefix

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]
SEED_ID = "us-iran-2020-01-06"


def _need_browser() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("EVENTWIRE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and EVENTWIRE_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"eventwire serve exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not answer within {seconds} s")


@pytest.fixture(scope="module")
def browser_store(tmp_path_factory, seed_result):
    path = tmp_path_factory.mktemp("browserdb") / "browser.duckdb"
    fs = storefix.build(path)
    keys = storefix.add_results(path, [seed_result])
    return fs, {**fs.keys, **keys}


@pytest.fixture(scope="module")
def server(browser_store):
    _need_browser()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(browser_store[0].path),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base + "/api/v1/summary", proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors, page errors and CSP violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))  # type: ignore[attr-defined]
    yield pg
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    out = Path(os.environ.get("EVENTWIRE_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    out.mkdir(parents=True, exist_ok=True)
    return out


def _api(server: str, path: str) -> dict:
    with urllib.request.urlopen(server + path, timeout=10) as r:
        return json.load(r)


PAGES = [("/", "overview"), ("/events?country=IRN", "events"), ("/quotes", "quotes"), ("/actors", "actors"),
         ("/actors/Mark%20Esper", "actor-esper"), ("/dyads", "dyads"), ("/dyads/USA/IRN", "dyad"),
         ("/articles", "articles"), ("/contradictions", "contradictions"), ("/clusters", "clusters"),
         ("/runs", "runs"), ("/map", "map"), ("/network", "network"), ("/problems", "problems"),
         ("/search?q=Esper", "search")]


@pytest.mark.parametrize("path,name", PAGES)
def test_every_page_loads_cleanly(server, page, path, name):
    response = page.goto(server + path)
    assert response is not None and response.status == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.is_visible()
    assert page.problems == [], page.problems  # no JS error, no CSP violation, no failed resource


def test_overview_chart_counts_every_dated_event(server, page, shots):
    page.goto(server + "/")
    total = page.evaluate("""() => Chart.getChart('timeline-chart').data.datasets
        .reduce((n, ds) => n + ds.data.reduce((a, p) => a + p.y, 0), 0)""")
    assert total == sum(r["events"] for r in _api(server, "/api/v1/timeline")["items"]) > 0
    page.screenshot(path=shots / "web-overview.png", full_page=True)
    x, y, date, quad = page.evaluate("""() => { const c = Chart.getChart('timeline-chart');
        const ds = c.data.datasets.findIndex(d => /^[1-4] /.test(d.label));
        const i = c.data.datasets[ds].data.findIndex(p => p.y > 0);
        const bar = c.getDatasetMeta(ds).data[i];
        const set = c.data.datasets[ds];
        return [bar.x, (bar.y + bar.base) / 2, set.data[i].date, set.label.split(' ')[0]]; }""")
    page.locator("#timeline-chart").click(position={"x": x, "y": y})
    page.wait_for_url(re.compile(r"/events\?"))
    assert f"date_from={date}" in page.url and f"quad={quad}" in page.url
    assert page.locator("#events tr.event").count() > 0


def test_seed_article_quotes_are_highlighted_with_the_right_speakers(server, page, browser_store, seed_text,
                                                                      shared_dir, shots):
    key = browser_store[1][SEED_ID]
    page.goto(f"{server}/articles/{key}")
    marked = page.evaluate("""() => Array.from(document.querySelectorAll('#article-text .ann.quote')).map(
        el => ({at: +el.dataset.at, text: el.textContent, speaker: el.dataset.speaker || null,
                ids: el.dataset.quote}))""")
    # every quote record of the store is highlighted, exactly over its span, with its speaker
    for q in _api(server, f"/api/v1/articles/{key}")["quotes"]:
        mine = [m for m in marked if q["record_id"] in m["ids"].split()]
        assert "".join(m["text"] for m in mine) == q["text"] and mine[0]["at"] == q["start"]
        assert {m["speaker"] for m in mine if m["ids"].split()[0] == q["record_id"]} <= {q["speaker"]}
    # and against the hand-annotated gold: the highlighted speaker is the gold speaker
    gold = json.loads((shared_dir / "data" / "seed" / "us-iran-2020-01-06.gold.json").read_text("utf8"))
    right = sum(_gold_quote_marked(g, seed_text, marked) for g in gold["quotes"])
    print(f"seed gold quotes highlighted with the gold speaker: {right}/{len(gold['quotes'])}")
    assert right >= 20, f"{right}/{len(gold['quotes'])} gold quotes highlighted with the gold speaker"
    page.locator("#quote-list a.rec").nth(3).click()
    # the focus follows a hashchange event, which fires after the click returns
    from playwright.sync_api import expect
    expect(page.locator("#article-text .ann.focus").first).to_be_visible(timeout=5000)
    page.screenshot(path=shots / "web-article.png")


def _name_key(name: str | None) -> tuple[str, ...]:
    toks = [t for t in re.sub(r"[^\w\s-]", " ", name or "").lower().split()
            if t not in {"jr", "sr", "ii", "iii", "iv", "the"} and len(t) > 1]
    return (toks[0], toks[-1]) if len(toks) >= 2 else tuple(toks)


def _gold_quote_marked(gold: dict, text: str, marked: list[dict]) -> bool:
    start = text.find(gold["snippet"])
    end = start + len(gold["snippet"])
    return any(m["at"] < end and m["at"] + len(m["text"]) > start and m["speaker"]
               and _name_key(m["speaker"]) == _name_key(gold["speaker"]) for m in marked)


def test_dyad_chart_has_points_and_a_click_reaches_the_evidence_sentence(server, page, shots):
    api = _api(server, "/api/v1/dyads/USA/IRN")
    page.goto(server + "/dyads/USA/IRN")
    points = page.evaluate("() => +document.getElementById('dyad-chart').dataset.points")
    assert points == len(api["series"]) + len(api["reverse"]) > 0
    # click the first point of USA -> IRN on the canvas, once the chart has its final size
    page.wait_for_function("""() => { const c = Chart.getChart('dyad-chart'), el = c && c.canvas;
        return el && el.clientWidth > 0 && Math.abs(c.width - el.clientWidth) < 1; }""")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    x, y, date = page.evaluate("""() => { const c = Chart.getChart('dyad-chart');
        const i = c.data.datasets[0].data.findIndex(p => p.y !== null);
        const p = c.getDatasetMeta(0).data[i], a = c.chartArea;
        /* a click must land inside the chart area */
        const clamp = (v, lo, hi) => Math.min(Math.max(v, lo + 2), hi - 2);
        const day = new Date(c.data.datasets[0].data[i].x * 86400000).toISOString().slice(0, 10);
        return [clamp(p.x, a.left, a.right), clamp(p.y, a.top, a.bottom), day]; }""")
    page.locator("#dyad-chart").click(position={"x": x, "y": y})
    # Chart.js handles pointer events on the next animation frame: wait for the label, do not race it
    from playwright.sync_api import expect
    expect(page.locator("#selected-day")).to_have_text(f"on {date}", timeout=5000)
    rows = page.locator("#dyad-events tr.event:not(.dimmed)")
    assert rows.count() == next(p["events"] for p in api["series"] if p["date"] == date)
    assert all(d == date for d in rows.evaluate_all("rs => rs.map(r => r.dataset.date)"))
    page.screenshot(path=shots / "web-dyad.png", full_page=True)
    event = next(e for e in api["events"] if e["date"] == date)
    page.locator(f"#dyad-events a.evidence[href$='#r-{event['record_id']}']").click()
    page.wait_for_url(re.compile(r"/articles/"))
    focus = page.locator("#article-text .ann.focus")
    assert "".join(focus.all_text_contents()) == event["evidence_text"]
    assert focus.first.is_visible() and _in_viewport(page, focus.first)


def _in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and 0 <= box["y"] <= page.viewport_size["height"]


def test_quote_explorer_search_form(server, page, shots):
    page.goto(server + "/quotes")
    page.fill("input[name=speaker]", "Esper")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"speaker=Esper"))
    speakers = page.locator("table.quotes td.speaker").all_text_contents()
    assert speakers and all("Esper" in s for s in speakers)
    assert "Secretary of Defense" in page.locator("table.quotes td.role").all_text_contents()
    page.screenshot(path=shots / "web-quotes.png", full_page=True)


def test_contradiction_view_links_to_both_spans(server, page, shots):
    page.goto(server + "/contradictions")
    page.screenshot(path=shots / "web-contradictions.png", full_page=True)
    first = page.locator("section.contradiction").first
    b_text = first.locator(".side.b blockquote").text_content()
    first.locator(".side.b blockquote a").click()
    page.wait_for_url(re.compile(r"#r-.*-b$"))
    assert "".join(page.locator("#article-text .ann.focus").all_text_contents()) == b_text


def test_actor_page_shows_deeds_and_words(server, page, shots):
    page.goto(server + "/actors/USA")
    assert page.locator("#did tr.event").count() > 0 and page.locator("#received tr.event").count() > 0
    page.goto(server + "/actors/Mark%20Esper")
    assert page.locator("table.quotes tr.quote-row").count() >= 1
    page.screenshot(path=shots / "web-actor.png", full_page=True)


def test_server_binds_loopback_only(server):
    """`eventwire serve` without --host listens on 127.0.0.1 only (read from the kernel's socket table)."""
    port = int(server.rsplit(":", 1)[1])
    tables = [Path("/proc/net/tcp"), Path("/proc/net/tcp6")]
    if not tables[0].exists():
        pytest.skip("no /proc/net/tcp on this system")
    listening = []
    for table in tables:
        for line in table.read_text().splitlines()[1:] if table.exists() else []:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                listening.append(address)
    assert listening == ["0100007F"], listening  # 127.0.0.1, little-endian hex; nothing on 0.0.0.0 or ::
