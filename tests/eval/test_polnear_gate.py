"""Accuracy gate for quotes: PolNeAR dev (84 articles) and the seed article, scored by the
project's own scorers in ../shared/eval/, against floors pinned a little below measured figures.

Measured (see docs/quotes.md for the commands): PolNeAR dev direct quote F1 0.925, speaker
accuracy 0.930, strict F1 0.856, all-attribution strict F1 0.598; seed quotes 21/21, false
quotes 0, indirect 4/4. A change that lowers any of them below its floor fails here.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from eventwire.pipeline import process_many
from eventwire.records import Article

FLOORS_DIRECT = {"quote_f1": 0.92, "speaker_acc": 0.92, "strict_f1": 0.85}  # measured 0.925/0.930/0.856
FLOOR_ALL_STRICT = 0.59  # measured 0.598


def _scorer(shared: Path, name: str):
    spec = importlib.util.spec_from_file_location(f"shared_eval_{name}", shared / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.slow
def test_polnear_dev_gate(shared_dir, tmp_path):
    polnear = _scorer(shared_dir, "polnear")
    root = str(shared_dir / "data" / "polnear" / "dev")
    articles = [Article(id=art, text=text) for art, text, _ in polnear.load(root)]
    out = tmp_path / "dev_out.jsonl"
    with out.open("w", encoding="utf8") as fh:
        for result in process_many(articles):
            fh.write(json.dumps(result.to_dict()) + "\n")
    direct = polnear.score(root, str(out), True)
    every = polnear.score(root, str(out), False)
    for key, floor in FLOORS_DIRECT.items():
        assert direct[key] >= floor, (key, direct)
    assert every["strict_f1"] >= FLOOR_ALL_STRICT, every


def test_seed_quotes_gate(shared_dir, seed_result, tmp_path, capsys):
    seed = _scorer(shared_dir, "seed")
    pred = tmp_path / "seed.json"
    pred.write_text(json.dumps(seed_result.to_dict()), encoding="utf8")
    text = Path(__file__).resolve().parents[2] / "examples" / "us-iran-2020-01-06.txt"
    gold = shared_dir / "data" / "seed" / "us-iran-2020-01-06.gold.json"
    figures = seed.main(str(gold), str(text), str(pred))
    misses = [line for line in capsys.readouterr().out.splitlines() if "quote" in line]
    assert figures["quotes_right"] == "21/21", misses
    assert figures["false_quotes"] == 0, misses
    right, total = map(int, figures["indirect_right"].split("/"))
    assert right >= 3 and total == 4, misses
