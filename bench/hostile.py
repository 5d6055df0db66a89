"""Benchmark (issue 14, item 4): what huge inputs cost the reader (the run's writer) now.

    nice -n 10 .venv/bin/python bench/hostile.py

Each input is generated in a temporary folder and read by ``eventwire.ingest.read_sources`` in
a fresh subprocess (what ``eventwire run`` does in its writer before any worker sees an
article); the script prints per input its size on disk, the outcome, wall seconds and the
subprocess's peak resident set size, next to the same for a plain 3 KB text file (the imports
every writer has). Inputs:

- ``warc-300mb``: a .warc.gz of a few hundred KB whose first record is a 300 MB HTML page
  (the issue measured 16 GB and 68 s before the limits), then one small page;
- ``html-30mb``: a 30 MB HTML file (1.9 GB before);
- ``html-at-limit``: an HTML page just under ``settings.MAX_HTML_BYTES``: the most memory a page
  that *is* parsed can take;
- ``jsonl-600mb-line``: a JSONL file whose second line is 600 MB long.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))
GOOD = "Iran's foreign minister said on Monday that talks with the United States had failed. "

READ = textwrap.dedent("""
    import json, resource, sys, time
    from eventwire.ingest import read_sources
    t = time.perf_counter()
    out = [getattr(getattr(it, "problem", None), "code", "article") for it in read_sources([sys.argv[1]])]
    print(json.dumps({"outcome": out, "seconds": round(time.perf_counter() - t, 2),
                      "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
""")


def measure(path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True, text=True, timeout=600)
    if proc.returncode:
        return {"outcome": f"exit {proc.returncode}: {proc.stderr.strip().splitlines()[-1:]}"}
    return json.loads(proc.stdout)


def html_page(path: Path, size: int) -> Path:
    unit = b"<div><p>" + GOOD.encode() * 20 + b"</p></div>\n"
    with open(path, "wb") as fh:
        fh.write(b"<html><head><title>Big</title></head><body><article>")
        for _ in range(max(1, (size - 200) // len(unit))):
            fh.write(unit)
        fh.write(b"</article></body></html>")
    return path


def long_line(path: Path, megabytes: int) -> Path:
    with open(path, "wb") as fh:
        fh.write(json.dumps({"id": "first", "text": GOOD}).encode() + b"\n" + b'{"id": "huge", "text": "')
        for _ in range(megabytes):
            fh.write(b"a" * 2**20)
        fh.write(b'"}\n' + json.dumps({"id": "last", "text": GOOD + "Later."}).encode() + b"\n")
    return path


def main() -> None:
    from test_hostile_input import _warc_gz

    from eventwire import settings

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "plain.txt").write_text(GOOD * 30, encoding="utf8")
        inputs = {
            "plain-3kb (baseline)": root / "plain.txt",
            "warc-300mb": _warc_gz(root / "bomb.warc.gz", 300 * 2**20),
            "html-30mb": html_page(root / "huge.html", 30 * 2**20),
            "html-at-limit": html_page(root / "limit.html", settings.MAX_HTML_BYTES - 4096),
            "jsonl-600mb-line": long_line(root / "long.jsonl", 600),
        }
        print(f"limits: MAX_HTML_BYTES={settings.MAX_HTML_BYTES:,} MAX_LINE_BYTES={settings.MAX_LINE_BYTES:,} "
              f"MAX_RECORD_BYTES={settings.MAX_RECORD_BYTES:,} MAX_TEXT_BYTES={settings.MAX_TEXT_BYTES:,}; "
              f"load {os.getloadavg()[0]:.1f}")
        print(f"{'input':22} {'on disk':>12} {'seconds':>8} {'peak MB':>8}  outcome")
        for name, path in inputs.items():
            got = measure(path)
            print(f"{name:22} {path.stat().st_size:>12,} {got.get('seconds', '-'):>8} {got.get('peak_mb', '-'):>8}"
                  f"  {got['outcome']}")


if __name__ == "__main__":
    main()
