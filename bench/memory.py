"""Benchmark (c): peak memory of ``eventwire run`` for 1,000 vs 10,000 articles — flat, <= 1 GB/worker.

    .venv/bin/python bench/memory.py [--sizes 1000 10000] [--workers 1] [--sentences 3]

Articles are *short and generated* to keep the run feasible: each is ``--sentences`` sentences
drawn at random (fixed seed) from the PolNeAR dev texts (or the example article), all distinct.
Each size runs ``eventwire run FILE.jsonl --db NEW.duckdb`` as a subprocess; the resident set
size of the writer process and of every worker process is sampled every 0.2 s with psutil.
Prints the peaks and the ratio of the largest size to the smallest; the writer's peak is also
given for the streaming part alone (before the final re-clustering of stories, whose duration
the run reports in its ``--json`` summary).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from common import ROOT, corpus, load_note

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def sentences() -> list[str]:
    """Sentences of 5-60 words from the benchmark corpus."""
    _, items = corpus()
    out = {s.strip() for _, text in items for s in SENTENCE.split(text)}
    return sorted(s for s in out if 5 <= len(s.split()) <= 60)


def write_corpus(path: Path, n: int, per_article: int, pool: list[str], seed: int = 7) -> int:
    """Write ``n`` distinct generated articles as JSONL; return their word count."""
    rng, seen, n_words = random.Random(seed), set(), 0
    with path.open("w", encoding="utf8") as f:
        while len(seen) < n:
            text = " ".join(rng.sample(pool, per_article))
            if text in seen:
                continue
            seen.add(text)
            n_words += len(text.split())
            f.write(json.dumps({"id": f"gen-{len(seen)}", "text": text, "published": "2020-01-06"}) + "\n")
    return n_words


def run_and_watch(args: list[str]) -> tuple[float, float, float, float, int]:
    """Run a command; (wall s, peak writer RSS MB, peak writer RSS MB before the final
    re-clustering, peak single-worker RSS MB, exit code)."""
    t = time.perf_counter()
    proc = psutil.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    samples: list[tuple[float, float]] = []
    worker = 0.0
    while proc.poll() is None:
        try:
            samples.append((time.perf_counter(), proc.memory_info().rss))
            for child in proc.children(recursive=True):
                worker = max(worker, child.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.2)
    end = time.perf_counter()
    out, err = proc.communicate()
    if proc.returncode:
        print(err.decode()[-2000:], file=sys.stderr)
        return end - t, 0.0, 0.0, 0.0, proc.returncode
    recluster = json.loads(out.decode().strip().splitlines()[-1])["recluster_seconds"]
    writer = max(r for _, r in samples)
    streaming = max((r for s, r in samples if s < end - recluster - 0.5), default=0.0)
    return end - t, writer / 2**20, streaming / 2**20, worker / 2**20, 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--sentences", type=int, default=3, help="sentences per generated article")
    args = ap.parse_args()
    pool = sentences()
    exe = str(Path(sys.executable).with_name("eventwire"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            src = Path(tmp) / f"corpus-{n}.jsonl"
            n_words = write_corpus(src, n, args.sentences, pool)
            wall, writer, streaming, worker, rc = run_and_watch(
                [exe, "run", str(src), "--db", str(Path(tmp) / f"db-{n}.duckdb"), "--workers", str(args.workers),
                 "-q", "--json"])
            rows.append((n, n_words, wall, writer, worker, rc, streaming))
            print(f"{n:6d} articles ({n_words:,} words): {wall:7.1f} s, writer peak {writer:6.0f} MB "
                  f"({streaming:.0f} MB before the final re-clustering), "
                  f"worker peak {worker:6.0f} MB{'' if args.workers > 1 else ' (no pool: writer extracts)'}, rc={rc}")
    small, big = rows[0], rows[-1]
    print(f"\n{len(pool)} source sentences, {args.sentences} per article; {args.workers} worker(s); {load_note()}")
    print(f"peak RSS ratio {big[0]}/{small[0]} articles: writer {big[3] / small[3]:.2f}x "
          f"(before the final re-clustering {big[6] / small[6]:.2f}x)"
          + (f", worker {big[4] / small[4]:.2f}x" if args.workers > 1 else "")
          + f"; largest process {max(big[3], big[4]):.0f} MB (limit 1024 MB per worker)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))
    main()
