"""Benchmarks (b) 1 -> 2 workers, (d) Dask LocalCluster vs local pool, (e) hours for 150,000 articles.

    .venv/bin/python bench/scaling.py [--articles 168] [--workers 2]

One input (the first ``--articles`` PolNeAR texts, dev then train, or the example article
made distinct by a numbered first line) is written as JSONL once; then ``eventwire run`` is
timed as a subprocess, each time into a new database, with: the local engine and 1 worker,
the local engine and ``--workers`` workers, the Dask engine (LocalCluster) with ``--workers``
workers. Each wall time includes start-up (imports, model load, Dask cluster start) and the
store's final clustering: what a user waits for. The projection for 150,000 articles scales
the fastest measured articles/s to that many articles of the same mean length.

Besides wall time, each run prints CPU seconds (user + system), which a shared machine's load
does not change: of the writer process (from the run's ``--json`` summary) and of the whole run
(writer + workers, from ``getrusage(RUSAGE_CHILDREN)``), and the seconds of the final
re-clustering. ``--repeat N`` runs each configuration N times, interleaved, and keeps the best
wall time of each (the ratio of best walls is the least load-sensitive wall figure).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import EXAMPLE, POLNEAR_DEV, load_note

TARGET_ARTICLES = 150_000


def texts(n: int) -> tuple[str, list[str]]:
    """n distinct article texts and where they came from."""
    if POLNEAR_DEV.is_dir():
        files = sorted(POLNEAR_DEV.glob("*.txt")) + sorted((POLNEAR_DEV.parents[1] / "train" / "text").glob("*.txt"))
        return f"PolNeAR dev+train, first {n}", [f.read_text(encoding="utf8") for f in files[:n]]
    base = EXAMPLE.read_text(encoding="utf8")
    return f"example article x{n} (numbered)", [f"Report {i}.\n\n{base}" for i in range(n)]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(src: Path, db: Path, args: list[str]) -> tuple[float, float, dict]:
    """(wall s, CPU s of the run and its workers, run summary) of one ``eventwire run``."""
    exe = str(Path(sys.executable).with_name("eventwire"))
    cpu, t = _children_cpu(), time.perf_counter()
    proc = subprocess.run([exe, "run", str(src), "--db", str(db), "-q", "--json", *args],
                          capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode:
        sys.exit(f"eventwire run {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return wall, _children_cpu() - cpu, json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=168)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--repeat", type=int, default=1, help="runs per configuration (best wall kept)")
    args = ap.parse_args()
    desc, corpus = texts(args.articles)
    n_words = sum(len(t.split()) for t in corpus)
    configs = [("local, 1 worker", ["--workers", "1"]),
               (f"local, {args.workers} workers", ["--workers", str(args.workers)])]
    if not args.skip_dask:
        configs.append((f"dask LocalCluster, {args.workers} workers", ["--engine", "dask", "--workers", str(args.workers)]))
    walls: dict[str, float] = {}
    cpus: dict[str, float] = {}
    print(f"start: {load_note()}")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        src.write_text("".join(json.dumps({"id": f"b{i}", "text": t, "published": "2020-01-06"}) + "\n"
                               for i, t in enumerate(corpus)), encoding="utf8")
        for r in range(args.repeat):
            for i, (name, extra) in enumerate(configs):
                wall, cpu, summary = timed_run(src, Path(tmp) / f"db{i}-{r}.duckdb", extra)
                walls[name] = min(wall, walls.get(name, wall))
                cpus[name] = min(cpu, cpus.get(name, cpu))
                print(f"{name:32s}: {wall:7.1f} s  {len(corpus) / wall:6.2f} articles/s  {n_words / wall:7.0f} words/s  "
                      f"cpu {cpu:6.1f} s (writer {summary['writer_cpu_seconds']:5.1f} s), "
                      f"recluster {summary['recluster_seconds']:.1f} s  "
                      f"({summary['articles_new']} articles, {summary['records']} records)")
    one, many = walls[configs[0][0]], walls[configs[1][0]]
    print(f"\ncorpus: {desc}: {len(corpus)} articles, {n_words:,} words ({n_words / len(corpus):.0f} per article); "
          f"{os.cpu_count()} cores; {load_note()}")
    print(f"(b) 1 -> {args.workers} workers: {one / many:.2f}x   target >= 1.7x")
    print(f"    CPU seconds, {args.workers} workers / 1 worker: {cpus[configs[1][0]] / cpus[configs[0][0]]:.2f}x "
          f"(the pool's extra work: start-up of each worker, sending chunks and rows between processes)")
    if not args.skip_dask:
        dask = walls[configs[2][0]]
        print(f"(d) Dask LocalCluster / local pool ({args.workers} workers): {many / dask:.2f}x the pool's speed "
              f"({dask:.1f} s vs {many:.1f} s)")
    best = min(walls.values())
    hours = TARGET_ARTICLES / (len(corpus) / best) / 3600
    print(f"(e) {TARGET_ARTICLES:,} articles of ~{n_words / len(corpus):.0f} words at {len(corpus) / best:.2f} articles/s: "
          f"{hours:.1f} hours on this machine")


if __name__ == "__main__":
    main()
