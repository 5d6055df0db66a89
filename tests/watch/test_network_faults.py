"""Bad network input becomes problems rows, never a crash; the pass goes on (issue 12, item 5)."""
from __future__ import annotations

import time

import duckdb
from watchfix import site, cfg  # noqa: F401 (fixtures)
from localsite import article_page, rss

from eventwire.watch.passes import Pass
from eventwire.watch.sources import parse_sources

GOOD = ["Iran fired missiles at a base in Iraq that houses American troops, the Pentagon said on Wednesday.",
        "President Donald Trump said the United States would respond to the attack."]


def _slow(handler) -> None:
    time.sleep(3)  # longer than the 1 s timeout of the test settings
    handler._send(200, {"Content-Type": "application/rss+xml"}, b"<rss></rss>")


def _huge(handler) -> None:
    """50 MB of HTML, no Content-Length: only the download limit stops it."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    chunk = b"<p>" + b"word " * 13_000 + b"</p>"
    try:
        for _ in range(50 * 2**20 // len(chunk)):
            handler.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass
    handler.close_connection = True


def _serve_faults(site) -> tuple[list[str], dict[str, str]]:
    """Feeds with every fault; returns (feed URLs, item or feed id -> expected problem code)."""
    u = site.url
    site.page("/a1", article_page("Missiles fired", GOOD))
    site.routes["/big"] = _huge
    site.routes["/loop"] = (302, {"Location": u + "/loop"}, b"")
    site.page("/doc.pdf", b"%PDF-1.4 binary", "application/pdf")
    site.page("/bad-bytes", b"<html><body><p>Caf\xe9 \xff\xfe broken " + b"text " * 50 + b"</p></body></html>",
              "text/html; charset=utf-8")
    site.page("/nav-only", "<html><body><nav>Home</nav></body></html>")
    items = [{"title": "good", "link": u + "/a1", "summary": "teaser"},
             {"title": "big", "link": u + "/big", "summary": "teaser"},
             {"title": "loop", "link": u + "/loop", "summary": "teaser"},
             {"title": "pdf", "link": u + "/doc.pdf", "summary": "teaser"},
             {"title": "bytes", "link": u + "/bad-bytes", "summary": "teaser"},
             {"title": "gone", "link": u + "/gone", "summary": "teaser"},
             {"title": "nav", "link": u + "/nav-only", "summary": "teaser"},
             {"title": "no link", "guid": "item-without-link",
              "summary": "The Iraqi parliament voted on Sunday to expel American troops from the country."}]
    feeds = {"/feed": rss("Test Wire", items)}
    site.page("/feed", feeds["/feed"], "application/rss+xml")
    site.routes["/slow"] = _slow
    site.page("/error", "oops", "text/plain", status=500)
    site.page("/html", article_page("Not a feed", ["This is a web page, not a feed at all, with words."]))
    site.page("/bad-xml", "<?xml version='1.0'?><rss><channel><<<<title>x</ti", "application/rss+xml")
    site.page("/latin1-feed", '<?xml version="1.0" encoding="utf-8"?><rss><channel><title>Caf\xe9</title>'
              .encode("latin-1") + b"<item><title>a \xe9</title></item></channel></rss>", "application/rss+xml")
    urls = [u + p for p in ("/feed", "/slow", "/missing", "/error", "/html", "/bad-xml", "/latin1-feed")]
    expected = {u + "/slow": "E_FETCH", u + "/missing": "E_FETCH", u + "/error": "E_FETCH", u + "/html": "E_FEED",
                u + "/bad-xml": "E_FEED", u + "/latin1-feed": "E_DECODE",
                f"{u}/feed#{u}/big": "E_TOO_LONG", f"{u}/feed#{u}/loop": "E_FETCH",
                f"{u}/feed#{u}/doc.pdf": "E_FETCH", f"{u}/feed#{u}/bad-bytes": "E_DECODE",
                f"{u}/feed#{u}/gone": "E_FETCH", f"{u}/feed#{u}/nav-only": "E_HTML",
                f"{u}/feed#item-without-link": "W_SUMMARY_ONLY"}
    return urls, expected


def test_every_network_fault_is_a_problem_row_and_the_pass_goes_on(site, cfg, tmp_path, nlp):
    urls, expected = _serve_faults(site)
    db = str(tmp_path / "w.duckdb")
    summary = Pass(db, parse_sources(urls), cfg=cfg).run()
    con = duckdb.connect(db, read_only=True)
    problems = {(i, c): m for i, c, m in con.execute("SELECT input_id, code, message FROM problems").fetchall()}
    titles = sorted(t for (t,) in con.execute("SELECT title FROM articles").fetchall())
    status = con.execute("SELECT status FROM runs").fetchall()
    con.close()
    for input_id, code in expected.items():
        assert (input_id, code) in problems, (input_id, code, sorted(problems))
    assert "redirects" in problems[(f"{site.url}/feed#{site.url}/loop", "E_FETCH")]
    assert "application/pdf" in problems[(f"{site.url}/feed#{site.url}/doc.pdf", "E_FETCH")]
    assert "timed out" in problems[(site.url + "/slow", "E_FETCH")]
    assert titles == ["good", "no link"]  # the good page (titled as in the feed) and the summary of the item without link
    assert status == [("done",)] and summary.articles_new == 2 and summary.problems >= len(expected) - 1


def test_a_second_pass_asks_conditionally_and_never_refetches_a_dead_page(site, cfg, tmp_path, nlp):
    urls, _ = _serve_faults(site)
    db = str(tmp_path / "w.duckdb")
    Pass(db, parse_sources(urls), cfg=cfg).run()
    site.hits.clear()
    second = Pass(db, parse_sources(urls), cfg=cfg).run()
    paths = [path for _, path, _ in site.hits]
    assert second.not_modified == 1 and second.articles_new == 0
    feed_hit = next(h for _, p, h in site.hits if p == "/feed")
    assert feed_hit.get("If-None-Match") and "eventwire/" in feed_hit.get("User-Agent", "")
    for dead in ("/big", "/loop", "/doc.pdf", "/bad-bytes", "/a1", "/nav-only"):
        assert dead not in paths, dead
