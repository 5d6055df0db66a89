"""`eventwire extract` prints a readable summary on a terminal and the contract JSON when piped."""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from eventwire import render_text

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "us-iran-2020-01-06.txt"
CMD = [sys.executable, "-m", "eventwire", "extract", str(SEED), "--published", "2020-01-06"]

RECORD = {
    "id": "a.txt", "published": "2020-01-03", "entities": [],
    "events": [{"type": "ASSAULT", "factuality": "asserted", "date": "2020-01-03", "confidence": 0.8,
                "actor": {"name": "United States", "country": "USA"},
                "recipient": {"name": "Qassem Soleimani", "country": "IRN", "implied": True},
                "location": {"name": "Baghdad"}, "evidence": {"text": "The U.S.\nkilled Soleimani " + "x" * 200}}],
    "quotes": [{"speaker": None, "kind": "direct", "text": "We do not seek war"}],
    "counts": [{"value": 3000, "text": "3,000 troops", "category": "military_personnel"}],
    "dates": [], "contradictions": [{"reason": "r", "a": {"text": "left"}, "b": {"text": "did not leave"}}],
    "problems": [],
}


def test_summary_fits_the_width_and_shows_every_section():
    text = render_text.summary(RECORD, width=70)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 70
    assert "United States (USA) → Qassem Soleimani (IRN) (implied)" in text
    assert "@ Baghdad" in text and "confidence 0.80" in text and "asserted" in text
    assert "(unknown speaker) (direct): We do not seek war" in text
    assert "3,000" in text and "A: “left”" in text and "B: “did not leave”" in text
    assert [line for line in lines if line.split(" (")[0] in {s.upper() for s in render_text.SECTIONS}] == [
        "EVENTS (1)", "QUOTES (1)", "COUNTS (1)", "DATES (0)", "CONTRADICTIONS (1)", "PROBLEMS (0)"]


def _under_pty(cmd: list[str]) -> str:
    """stdout of ``cmd`` run with a pseudo-terminal as its stdout (stderr discarded)."""
    main, child = pty.openpty()
    env = {**os.environ, "COLUMNS": "100"}
    proc = subprocess.Popen(cmd, stdout=child, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(main)
    return b"".join(chunks).decode("utf8").replace("\r\n", "\n")


def test_extract_prints_a_summary_on_a_terminal_and_json_when_piped():
    shown = _under_pty(CMD)
    piped = subprocess.run(CMD, capture_output=True, text=True, check=True).stdout
    as_json = subprocess.run([*CMD, "--format", "json"], capture_output=True, text=True, check=True).stdout
    record = json.loads(piped)
    assert piped == as_json
    assert shown.startswith(f"{record['id']} · 2020-01-06\n")
    assert f"EVENTS ({len(record['events'])})" in shown and f"QUOTES ({len(record['quotes'])})" in shown
    assert "Mark Esper (direct): There’s been no decision whatsoever to leave Iraq" in shown
    assert not shown.lstrip().startswith("{")
    assert max(len(line) for line in shown.splitlines()) <= 100
