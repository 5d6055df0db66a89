"""Benchmark: start-up of ``eventwire extract`` on one short article, against bare spaCy.

    .venv/bin/python bench/startup.py [--rounds 5] [--breakdown]

Each round runs two fresh processes, interleaved so the machine's load hits both alike:
"bare" imports spaCy, loads the model and parses the example article (the floor any spaCy tool
pays); "eventwire" runs ``eventwire extract examples/us-iran-2020-01-06.txt --published
2020-01-06 --format json`` to /dev/null. The best round of each is reported, with wall time and
the child's CPU time (user + system: robust to other processes on a shared machine), and the
ratio eventwire / bare. ``--breakdown`` adds the CPU time of each start-up step, measured in one
extra process (imports, parser, model load, parse, ontology loads, extraction).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "us-iran-2020-01-06.txt"
BARE = ("import spacy, sys; from eventwire import settings; "
        "spacy.load(settings.DEFAULT_MODEL)(open(sys.argv[1], encoding='utf8').read())")
BREAKDOWN = r"""
import sys, time
c0 = time.process_time()
def mark(label):
    global c0
    c = time.process_time(); print(f"  {label:32s} {c - c0:6.3f} s CPU"); c0 = c
import spacy; mark("import spacy")
from eventwire import cli; mark("import eventwire.cli")
cli.build_parser(); mark("build the CLI parser")
from eventwire.pipeline import load_nlp, run_extractors
nlp = load_nlp(); mark("spacy.load")
text = open(sys.argv[1], encoding="utf8").read()
doc = nlp(text); mark("parse the article")
from eventwire.records import Article
article = Article("x", text, published="2020-01-06")
run_extractors(article, doc); mark("extractors, first article (loads)")
run_extractors(article, doc); mark("extractors, same article again")
"""


def child(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=dict(os.environ, PYTHONWARNINGS="ignore"))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--breakdown", action="store_true")
    args = ap.parse_args()
    eventwire = [str(Path(sys.executable).parent / "eventwire"), "extract", str(EXAMPLE), "--published",
                 "2020-01-06", "--format", "json", "-o", os.devnull]
    bare_cmd = [sys.executable, "-c", BARE, str(EXAMPLE)]
    bare, full = [], []
    for _ in range(args.rounds):
        bare.append(child(bare_cmd))
        full.append(child(eventwire))
    bw, fw = min(w for w, _ in bare), min(w for w, _ in full)
    bc, fc = min(c for _, c in bare), min(c for _, c in full)
    print(f"best of {args.rounds} rounds; load average {os.getloadavg()[0]:.1f}")
    print(f"  bare spaCy (import, load, parse): {bw:5.2f} s wall  {bc:5.2f} s CPU")
    print(f"  eventwire extract (one article):  {fw:5.2f} s wall  {fc:5.2f} s CPU")
    print(f"  ratio eventwire / bare:           {fw / bw:5.2f}x wall  {fc / bc:5.2f}x CPU")
    if args.breakdown:
        print("CPU time of each start-up step (one process):")
        subprocess.run([sys.executable, "-c", BREAKDOWN, str(EXAMPLE)], check=True, cwd=ROOT,
                       env=dict(os.environ, PYTHONWARNINGS="ignore"))


if __name__ == "__main__":
    main()
