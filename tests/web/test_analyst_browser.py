"""Browser tests of the analyst views: map, network, trust filters, calendar axis, export, brief.

Same server, store and Chromium as ``test_browser.py`` (its fixtures are imported), so these run
only with ``/usr/bin/chromium``. Expected values come from the stored ``ArticleResult`` objects
(the hand-built fixture articles plus the seed article as the pipeline extracts it), not from
the queries under test.
"""
from __future__ import annotations

import csv
import io
import re

import pytest
from test_browser import CHROMIUM, CHROMIUM_ARGS, browser, browser_store, page, server, shots  # noqa: F401

pytestmark = pytest.mark.browser
HAPPENED = {"asserted", "reported"}


@pytest.fixture(scope="module")
def all_events(browser_store, seed_result):
    results = [*browser_store[0].results.values(), seed_result]
    return [(r.article, e) for r in results for e in r.events]


def _count(page) -> int:
    return int(page.locator("#shown-count").text_content())


def test_factuality_and_confidence_filters_change_the_counts(server, page, all_events, shots):
    happened = [e for _, e in all_events if e.factuality in HAPPENED]
    page.goto(server + "/events")
    assert _count(page) == len(happened)  # the default view: events that happened
    hidden = len(all_events) - len(happened)
    assert int(page.locator("#hidden-count").text_content()) == hidden > 0
    page.click("#show-all-facts")  # the visible toggle
    page.wait_for_url(re.compile(r"factuality=all"))
    assert _count(page) == len(all_events)
    page.select_option("#factuality", "hypothetical")
    page.fill("#min-confidence", "0.3")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"min_confidence=0.3"))
    expected = [e for _, e in all_events if e.factuality == "hypothetical" and (e.confidence or 0) >= 0.3]
    assert _count(page) == len(expected) == page.locator("#events tr.event").count()
    assert all(float(c) >= 0.3 for c in page.locator("#events tr.event").evaluate_all(
        "rs => rs.map(r => r.dataset.confidence)"))
    page.select_option("#factuality", "asserted,reported")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"factuality=asserted%2Creported"))
    confident = [e for e in happened if (e.confidence or 0) >= 0.3]
    assert 0 < _count(page) == len(confident) < len(happened)  # the threshold splits what happened
    page.locator("#events th", has_text="conf.").click()  # sortable: ascending confidence
    confs = [float(x) for x in page.locator("#events tr.event td:nth-child(5)").all_text_contents()]
    assert confs == sorted(confs)
    assert page.locator("#events tfoot tr.totals").text_content().strip().startswith(f"{len(confident)} event(s)")
    page.screenshot(path=shots / "web-events.png", full_page=True)


def test_map_places_markers_and_a_click_lists_that_places_events(server, page, all_events, shots):
    located = [e for _, e in all_events if e.factuality in HAPPENED and e.location and e.location.lat is not None]
    places = {(e.location.lat, e.location.lon) for e in located}
    page.goto(server + "/map")
    page.wait_for_function("() => document.getElementById('map').dataset.boundaries > 100")
    assert page.locator("#map path.place-marker").count() == len(places) > 0
    busiest = max(places, key=lambda p: sum((e.location.lat, e.location.lon) == p for e in located))
    expected = sorted(e.evidence.text for e in located if (e.location.lat, e.location.lon) == busiest)
    name = next(e.location.name for e in located if (e.location.lat, e.location.lon) == busiest)
    marker = page.locator(f"#map path.place-marker[data-place='{name}']")
    assert marker.get_attribute("data-events") == str(len(expected))
    marker.click()
    page.wait_for_function("() => { const d = document.getElementById('place-panel').dataset; return d.place || d.error; }")
    assert page.locator("#place-panel").get_attribute("data-error") is None, page.locator("#place-panel").text_content()
    assert page.locator("#place-panel").get_attribute("data-place") == name
    shown = sorted(page.locator("#place-events tr.event td:last-child a.evidence").all_text_contents())
    assert len(shown) == len(expected) and all(s.rstrip(".…") in x for s, x in zip(shown, expected))
    assert int(page.locator("#unplaced").text_content()) == \
        sum(e.factuality in HAPPENED for _, e in all_events) - len(located)
    page.screenshot(path=shots / "web-map.png", full_page=True)


def test_map_place_that_cannot_load_says_so(server, page):
    """A failed place request is shown in the panel (with the server's status), not left blank."""
    page.route("**/map/place?*", lambda route: route.fulfill(status=503, body="busy"))
    try:
        page.goto(server + "/map")
        page.wait_for_function("() => document.getElementById('map').dataset.markers > 0")
        page.locator("#map path.place-marker").first.click()
        page.wait_for_function("() => document.getElementById('place-panel').dataset.error !== undefined")
        assert "503" in page.locator("#place-panel p.error").text_content()
        assert page.locator("#place-panel").get_attribute("data-place") is None
    finally:
        page.unroute("**/map/place?*")


def test_network_edge_click_reaches_the_dyad_page(server, page, shots):
    page.goto(server + "/network")
    edge = page.locator("svg.network a.edge[data-actor='USA'][data-recipient='IRN']")
    assert edge.count() == 1 and int(edge.get_attribute("data-events")) >= 2
    page.screenshot(path=shots / "web-network.png", full_page=True)
    x, y = page.evaluate("""() => {  /* the middle of the drawn curve, in page pixels */
        const path = document.querySelector("svg.network a.edge[data-actor='USA'][data-recipient='IRN'] path");
        const pt = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM());
        return [pt.x, pt.y]; }""")
    assert page.evaluate(f"() => !!document.elementFromPoint({x}, {y}).closest('a.edge[data-recipient=IRN]')")
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/dyads/USA/IRN$"))
    assert page.locator("h1").text_content().replace(" ", "") == "USA⇄IRN"


def test_overview_time_axis_is_a_calendar(server, page, shots):
    page.goto(server + "/")
    bars = page.evaluate("""() => { const c = Chart.getChart('timeline-chart'), out = [];
        c.data.datasets.forEach((ds, i) => c.getDatasetMeta(i).data.forEach((b, j) =>
            out.push([ds.data[j].date, b.x])));
        return out; }""")
    days = {d: x for d, x in bars}
    assert len(days) >= 3, days
    import datetime as dt
    first = min(days)
    d0 = dt.date.fromisoformat(first)
    per_day = {(dt.date.fromisoformat(d) - d0).days: x - days[first] for d, x in days.items() if d != first}
    widths = {round(px / n, 3) for n, px in per_day.items()}
    assert max(widths) - min(widths) < 0.01 and min(widths) > 0, per_day  # pixels per day constant
    ticks = page.evaluate("() => Chart.getChart('timeline-chart').scales.x.ticks.map(t => t.label)")
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", t) for t in ticks)
    hidden = page.evaluate("() => { const c = Chart.getChart('timeline-chart'); "
                           "return c.isDatasetVisible(c.data.datasets.length - 1); }")
    assert hidden is False  # events that did not happen are off by default
    page.check("#show-unreal")
    assert page.evaluate("() => { const c = Chart.getChart('timeline-chart'); "
                         "return c.isDatasetVisible(c.data.datasets.length - 1); }")
    page.screenshot(path=shots / "web-overview.png", full_page=True)


def test_downloaded_exports_hold_the_filtered_view(server, page, all_events):
    page.goto(server + "/events?factuality=all&country=IRN")
    shown = _count(page)
    with page.expect_download() as info:
        page.click("#export-csv")
    rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf8").read())))
    assert len(rows) == shown > 0 and all("IRN" in (r["actor_country"], r["recipient_country"]) for r in rows)
    with page.expect_download() as info:
        page.click("#export-gdelt")
    lines = open(info.value.path(), encoding="utf8").read().splitlines()
    assert len(lines) == shown and all(len(x.split("\t")) == 61 for x in lines)
    assert info.value.suggested_filename == "events.gdelt.tsv"


def test_brief_makes_no_external_request_and_prints(server, browser, tmp_path, shots):
    import urllib.request

    with urllib.request.urlopen(server + "/brief?dyad=USA-IRN", timeout=30) as r:
        html = r.read().decode("utf8")
        assert "default-src 'none'" in r.headers["content-security-policy"]
    path = tmp_path / "brief.html"
    path.write_text(html, encoding="utf8")
    context = browser.new_context(viewport={"width": 900, "height": 1200})
    pg = context.new_page()
    requests, problems = [], []
    pg.on("request", lambda req: requests.append(req.url))
    pg.on("console", lambda m: m.type == "error" and problems.append(m.text))
    pg.goto(path.as_uri())
    pg.wait_for_load_state("networkidle")
    assert requests == [path.as_uri()] and problems == []
    assert pg.locator("svg.chart-svg line.zero").count() >= 1
    pg.screenshot(path=shots / "web-brief.png", full_page=True)
    pg.goto(server + "/brief?dyad=USA-IRN")  # served: its own CSP lets its inline style apply
    assert pg.evaluate("() => getComputedStyle(document.querySelector('h2')).borderBottomStyle") == "solid"
    context.close()
