"""Golden test: counts and dates of the founding example article (full pipeline, small model).

``seed_counts_dates.json`` holds every count and date the pipeline finds in the article,
sorted by position. Regenerate it after an intended change with
``EVENTWIRE_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/golden/test_seed_counts_dates.py``
and review the diff.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

from eventwire.evaluate import seed

GOLDEN = Path(__file__).with_name("seed_counts_dates.json")


def _snapshot(result) -> dict:
    return {
        "counts": [[c.start, c.text, c.value, c.category, c.approximate] for c in result.counts],
        "dates": [[d.start, d.text, d.date, d.granularity] for d in result.dates],
    }


def test_counts_and_dates_against_gold(seed_result, seed_text, shared_dir):
    gold = seed.load_gold(shared_dir / "data" / "seed" / "us-iran-2020-01-06.gold.json")
    pred = {"counts": [c.to_dict() for c in seed_result.counts], "dates": [d.to_dict() for d in seed_result.dates]}
    figures = seed.score({"counts": gold["counts"], "dates": gold["dates"]}, seed_text, pred).figures
    assert figures == {"counts_right": "7/7", "dates_right": "4/4"}  # measured 7/7 and 4/4 on dates alone


def test_counts_and_dates_snapshot(seed_result):
    snap = _snapshot(seed_result)
    if os.environ.get("EVENTWIRE_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(snap, indent=1, ensure_ascii=False) + "\n", encoding="utf8")
    assert snap == json.loads(GOLDEN.read_text(encoding="utf8"))


def test_spans_point_into_the_text_and_dates_are_iso(seed_result, seed_text):
    for rec in [*seed_result.counts, *seed_result.dates]:
        assert seed_text[rec.start:rec.end] == rec.text
    for d in seed_result.dates:
        assert d.date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d.date), d
        assert (d.granularity == "day") == bool(d.date and len(d.date) == 10 and d.granularity != "week")
