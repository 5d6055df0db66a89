"""Shared helpers for the benchmarks: the corpus, word counts, peak RSS, machine load.

The corpus is the PolNeAR dev texts (84 news articles) when ``../shared`` sits beside the
checkout, else the bundled example article repeated. Benchmarks print what they used. To time
another version, run a benchmark with ``PYTHONPATH=<that checkout>/src``: the eventwire found first
is the one measured.
"""
from __future__ import annotations

import importlib.util
import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
EXAMPLE = ROOT / "examples" / "us-iran-2020-01-06.txt"

# The checkout's own source, unless an eventwire is already importable (installed, or chosen with
# PYTHONPATH=<other checkout>/src to measure another version against this one: inserting the
# checkout first would silently measure this checkout's code under both names).
if importlib.util.find_spec("eventwire") is None:
    sys.path.insert(0, str(ROOT / "src"))


def corpus(repeat_example: int = 40) -> tuple[str, list[tuple[str, str]]]:
    """(description, [(id, text), ...]) — PolNeAR dev if present, else the example repeated."""
    if POLNEAR_DEV.is_dir():
        files = sorted(POLNEAR_DEV.glob("*.txt"))
        return (f"PolNeAR dev, {len(files)} articles",
                [(f.name, f.read_text(encoding="utf8")) for f in files])
    text = EXAMPLE.read_text(encoding="utf8")
    return (f"example article x{repeat_example}",
            [(f"example-{i}", text) for i in range(repeat_example)])


def words(texts: list[str]) -> int:
    """Whitespace-separated words: the unit of every words/s figure here."""
    return sum(len(t.split()) for t in texts)


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident set size of this process (or of its largest waited-for child), in MB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def load_note() -> str:
    """The 1-minute load average against the core count: other work skews wall-clock figures."""
    return f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
