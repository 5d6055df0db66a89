"""Benchmark (issue 14, item 1): re-clustering near-duplicate feeds — linear, and nothing redone.

    nice -n 10 .venv/bin/python bench/cluster.py [--sizes 1000 4000 16000] [--days 10]

For each size N a store is built (without spaCy: the articles and their MinHash signatures are
written directly, each article with one event so report counts and cross-article checks have
work) holding one *near-duplicate feed*: N items of the same template text that differ in a
number and one word (a score / market-update feed, wire reprints with small edits), published
over ``--days`` days. Then, each in a fresh subprocess (so the peak resident set size is the
clustering's, on top of the imports every writer has):

- ``first``: ``recluster(con)`` over the N unclustered articles (what the run's writer does);
- ``rerun``: ``recluster(con)`` again with nothing new (what a rerun of the same feed does).

Prints seconds and peak RSS per size and the ratios the issue asks for: memory and time of the
largest size over the smallest (<= 2 and <= 20 for 16x the articles) and rerun / first (<= 10 %).
Timings are wall clock on whatever else the machine runs (load average printed).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, load_note

TEMPLATE = ("Markets update {n}: the index closed {w} at {v} points on {d} after a session in which "
            "traders weighed central bank comments on interest rates, oil prices and the outlook for "
            "growth in Europe and Asia. Shares of banks and energy companies led the moves while "
            "technology stocks were mixed, and the currency held steady against the dollar in late "
            "trading, analysts said, adding that volumes were close to their average for the month.")
WORDS = ("higher", "lower", "flat", "firmer", "weaker", "steady")


def build(path: Path, n: int, days: int) -> None:
    """Write ``n`` near-duplicate items (article, signature, one event) into a new store."""
    from eventwire.records import Article, ArticleResult, Event, Participant, Span
    from eventwire.store.cluster import signature
    from eventwire.store.duckdb import open_store
    from eventwire.store.writer import Batch, article_key

    con = open_store(path)
    for start in range(0, n, 2000):
        batch = Batch()
        for i in range(start, min(n, start + 2000)):
            day = f"2020-01-{1 + i % days:02d}"
            text = TEMPLATE.format(n=i, w=WORDS[i % len(WORDS)], v=7000 + i % 997, d=day)
            ev = Event("COOPERATE", None, "asserted", Participant("Traders", "USA", None, None, None, None),
                       Participant("Europe", "EUR", None, None, None, None), day, None, Span(0, 20, text[:20]), 1.0)
            res = ArticleResult(Article(f"feed#{i}", text, published=day, publisher=f"feed{i % 3}"), events=[ev])
            batch.add_result(res, article_key(text), "bench", signature(text))
        batch.write(con)
    con.close()


def measure(path: str) -> None:
    """Child process: one recluster of the store; prints JSON (seconds, peak RSS, stats)."""
    import resource

    from eventwire.store.cluster import recluster
    from eventwire.store.duckdb import open_store

    con = open_store(path)
    t = time.perf_counter()
    stats = recluster(con)
    seconds = time.perf_counter() - t
    con.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(seconds, 3), "peak_rss_mb": round(rss, 1), **stats}))


def child(path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    ap.add_argument("--days", type=int, default=10, help="the feed's items are spread over this many days")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        measure(args.measure)
        return
    print(f"near-duplicate feed over {args.days} days; {load_note()}")
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"feed{n}.duckdb"
            t = time.perf_counter()
            build(path, n, args.days)
            built = time.perf_counter() - t
            first, rerun = child(path), child(path)
            rows[n] = (first, rerun)
            print(f"{n:>6} items (store built in {built:.1f} s): first re-cluster {first['seconds']:.2f} s, "
                  f"peak RSS {first['peak_rss_mb']:.0f} MB, {first['stories']} stories; rerun with nothing new "
                  f"{rerun['seconds']:.3f} s ({rerun['placed']} placed), peak RSS {rerun['peak_rss_mb']:.0f} MB",
                  flush=True)
    lo, hi = min(rows), max(rows)
    (f_lo, _), (f_hi, r_hi) = rows[lo], rows[hi]
    print(f"ratio {hi}/{lo}: memory {f_hi['peak_rss_mb'] / f_lo['peak_rss_mb']:.2f} (<= 2), "
          f"time {f_hi['seconds'] / f_lo['seconds']:.1f} (<= 20); "
          f"rerun/first at {hi}: {100 * r_hi['seconds'] / f_hi['seconds']:.1f} % (<= 10 %)")


if __name__ == "__main__":
    main()
