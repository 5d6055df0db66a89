"""The dashboard stays up while watch (and run) write: three passes of a changing feed while
``eventwire serve`` runs; the API shows each pass, nothing twice, never a 5xx (issue 12)."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time

import httpx
from watchfix import site, cfg  # noqa: F401 (fixtures)
from localsite import article_page, rss

from eventwire import api
from eventwire.store.duckdb import open_store
from eventwire.watch.passes import Pass
from eventwire.watch.sources import parse_sources

TEXTS = ["Iran fired missiles at two bases in Iraq that house American troops, the Pentagon said on Wednesday.",
         "The Iraqi parliament voted on Sunday to expel American troops from the country after the strike.",
         "President Donald Trump threatened to impose sanctions on Iraq if the troops were forced to leave.",
         "Iran's foreign minister said the strikes were proportionate measures taken in self-defense."]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Poller(threading.Thread):
    """Hits the API as fast as it answers, remembering every status code."""

    def __init__(self, base: str) -> None:
        super().__init__(daemon=True)
        self.base, self.statuses, self.stop = base, [], threading.Event()

    def run(self) -> None:
        with httpx.Client(timeout=30) as c:
            while not self.stop.is_set():
                for route in ("/api/v1/articles?per_page=200", "/api/v1/events?per_page=200", "/"):
                    self.statuses.append(c.get(self.base + route).status_code)
                time.sleep(0.05)


def _articles(base: str) -> list[dict]:
    return httpx.get(base + "/api/v1/articles?per_page=200", timeout=30).json()["items"]


def _wait_for(base: str, n: int) -> list[dict]:
    deadline = time.monotonic() + 60
    while True:
        items = _articles(base)
        if len(items) >= n or time.monotonic() > deadline:
            return items
        time.sleep(0.25)


def test_three_passes_while_serving_then_a_run(site, cfg, tmp_path, nlp):
    db = str(tmp_path / "live.duckdb")
    open_store(db).close()
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    poller = Poller(base)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read()
                time.sleep(0.2)
        poller.start()
        items = [{"title": f"story {i}", "content": t, "link": f"{site.url}/s{i}", "guid": f"s{i}"}
                 for i, t in enumerate(TEXTS[:3])]
        site.page("/p4", article_page("story 3", [TEXTS[3], "Tehran did not seek escalation or war, he said."]))
        items.append({"title": "story 3", "link": site.url + "/p4", "summary": "teaser"})
        feeds = [items[:2], items[:3], items]
        for n, feed in enumerate(feeds, 1):
            site.page("/feed", rss("Wire", feed), "application/rss+xml")
            Pass(db, parse_sources([site.url + "/feed"]), cfg=cfg).run()
            shown = _wait_for(base, len(feed))
            assert sorted(a["title"] for a in shown) == sorted(f["title"] for f in feed), n
        (tmp_path / "more.txt").write_text("Iraq's prime minister asked the United States to send a delegation "
                                           "to discuss the withdrawal of troops, his office said.", encoding="utf8")
        api.run([str(tmp_path / "more.txt")], db, workers=1, published="2020-01-09")  # run, too, while serving
        shown = _wait_for(base, 5)
        events = httpx.get(base + "/api/v1/events?per_page=200&factuality=all", timeout=30).json()["items"]
    finally:
        poller.stop.set()
        poller.join(timeout=30)
        server.terminate()
        server.wait(timeout=30)
    ids = [a["id"] for a in shown]
    assert len(ids) == 5 and len(set(ids)) == 5
    con = open_store(db, read_only=True)
    stored_events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    con.close()
    assert len(events) == stored_events > 0 and len({e["record_id"] for e in events}) == len(events)
    assert len(poller.statuses) > 20 and all(s < 500 for s in poller.statuses), sorted(set(poller.statuses))
