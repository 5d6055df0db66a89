"""Benchmark (issue 12, item 3): seconds per ``eventwire watch`` pass as the store grows — flat.

    nice -n 10 .venv/bin/python bench/watch.py [--sizes 1000 10000] [--new 50] [--repeat 2]

For each size N a store of N articles is built without spaCy (generated texts of sentences drawn
from the benchmark corpus, each article with its MinHash signature and three events between
USA, IRN and IRQ over 60 days of dates, clustered once: the steady state of a store that has
been watched for a while). Then a pass of ``--new`` new articles is run into a copy of it
exactly as ``eventwire watch`` runs one: a feed served by a local HTTP server on 127.0.0.1
(full-text items), fetched, triaged, extracted with the real pipeline (spaCy, in this process),
written chunk by chunk, clustered incrementally, with one alert rule evaluated. The model is
loaded by a warm-up pass first. Prints, per size, the pass's seconds and its *store seconds*
(the time the store is open: triage, writes, clustering, alerts — the part that could grow with
the store; extraction is the same work at every size), best of ``--repeat`` passes each into a
fresh copy, and the ratios of the largest size to the smallest.
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import shutil
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from common import load_note
from memory import sentences

PARTIES = ("USA", "IRN", "IRQ")


def build(path: Path, n: int, pool: list[str], seed: int = 5) -> None:
    """N generated articles with signatures and events, written directly, then clustered."""
    import datetime as dt

    from eventwire.records import Article, ArticleResult, Event, Participant, Span
    from eventwire.store.cluster import recluster, signature
    from eventwire.store.duckdb import open_store
    from eventwire.store.writer import Batch, article_key

    rng, con = random.Random(seed), open_store(path)
    for start in range(0, n, 1000):
        batch = Batch()
        for i in range(start, min(n, start + 1000)):
            text = " ".join(rng.sample(pool, 5)) + f" (ref {i})"
            day = (dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(60))).isoformat()
            events = [Event("ASSAULT", None, "asserted", Participant(a, a, None, None, None, None),
                            Participant(b, b, None, None, None, None), day, None, Span(0, 10, text[:10]), -5.0)
                      for a, b in (rng.sample(PARTIES, 2) for _ in range(3))]
            res = ArticleResult(Article(f"old-{i}", text, published=day, publisher=f"outlet{i % 7}"), events=events)
            batch.add_result(res, article_key(text), "bench", signature(text))
        batch.write(con)
    recluster(con)
    con.close()


def serve_feed(items: list[str]) -> tuple[ThreadingHTTPServer, str]:
    """A local RSS feed of full-text items on 127.0.0.1; returns (server, feed URL)."""
    body = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content='
            '"http://purl.org/rss/1.0/modules/content/"><channel><title>Bench Wire</title>'
            + "".join(f"<item><title>new {i}</title><guid>new-{i}</guid><pubDate>Wed, 08 Jan 2020 12:00:00 GMT"
                      f"</pubDate><content:encoded>{escape(t)}</content:encoded></item>" for i, t in enumerate(items))
            + "</channel></rss>").encode("utf8")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/feed.rss"


def one_pass(db: Path, url: str) -> tuple[float, float, int]:
    from eventwire.ontology.watch import watch_settings
    from eventwire.watch.alerts import parse_rule
    from eventwire.watch.passes import Pass
    from eventwire.watch.sources import parse_sources

    cfg = dataclasses.replace(watch_settings(), host_delay_seconds=0.0)
    s = Pass(str(db), parse_sources([url]), rules=[parse_rule("USA->IRN escalation < -20 per day")], cfg=cfg).run()
    assert s.articles_new > 0, s
    return s.seconds, s.store_seconds, s.articles_new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--new", type=int, default=50, help="new articles per pass")
    ap.add_argument("--repeat", type=int, default=2, help="passes per size (the best is kept)")
    args = ap.parse_args()
    pool = sentences()
    rng = random.Random(99)
    new = [" ".join(rng.sample(pool, 4)) for _ in range(args.new)]
    server, url = serve_feed(new)
    print(f"{len(pool)} corpus sentences; passes of {args.new} new articles; {load_note()}", flush=True)
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        build(base / "warm.duckdb", 10, pool)
        one_pass(base / "warm.duckdb", url)  # loads the model
        for n in args.sizes:
            t = time.perf_counter()
            build(base / f"s{n}.duckdb", n, pool)
            built = time.perf_counter() - t
            runs = []
            for k in range(args.repeat):
                copy = base / f"s{n}-{k}.duckdb"
                shutil.copyfile(base / f"s{n}.duckdb", copy)
                runs.append(one_pass(copy, url))
            seconds, store, added = min(runs)
            rows[n] = (seconds, min(r[1] for r in runs))
            print(f"{n:>6} stored articles (built in {built:.1f} s): pass of {added} new articles "
                  f"{seconds:.2f} s, store open {rows[n][1]:.2f} s (best of {args.repeat}); {load_note()}", flush=True)
    server.shutdown()
    lo, hi = min(rows), max(rows)
    print(f"ratio {hi}/{lo}: pass {rows[hi][0] / rows[lo][0]:.2f}, store time {rows[hi][1] / rows[lo][1]:.2f}")


if __name__ == "__main__":
    sys.exit(main())
