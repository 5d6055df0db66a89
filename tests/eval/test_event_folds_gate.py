"""Accuracy gates for event coding on the issue-10 folds (docs/eval.md, "Folds"), end to end.

Measured at e5ac1ff (commands in docs/eval.md): IndiaPoliceEvents mean F1 over KILL, ARREST,
FORCE 0.719 on the tuning fold (doc_id % 4 == 0) and 0.578 on the untouched fold (doc_id % 4 == 2),
keyword baseline 0.534 / 0.536; precision of each question 0.678-0.933. PETRARCH unit tests: 6 of
19 no-event sentences get events; 11 of 42 real-world sentences get a gold type. Floors are pinned
a little below; the precision floor and "above the keyword baseline" are issue 10's own bars.
"""
from __future__ import annotations

import json

import pytest

from eventwire.evaluate import ipe, petr
from eventwire.pipeline import process_many
from eventwire.records import Article

IPE_KAF_FLOORS = {"tune": 0.69, "untouched": 0.55}  # measured 0.719 / 0.578
IPE_PRECISION_FLOOR = 0.6  # issue 10: precision of each of KILL, ARREST, FORCE >= 0.6 (all documents)
PETR_FALSE_EVENTS_CEILING = 7  # of 19 no-event sentences; measured 6
PETR_REAL_WORLD_TYPE_FLOOR = 9  # of 42 real-world sentences; measured 11


def _predict(articles, path):
    with path.open("w", encoding="utf8") as fh:
        for res in process_many(articles):
            fh.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
    return path


@pytest.mark.slow
def test_ipe_folds_gate(shared_dir, tmp_path):
    root = shared_dir / "data" / "ipe"
    corpus = ipe.load(root)
    arts = [Article(id=str(d), text=t, published=corpus.dates.get(d)) for d, t in corpus.docs.items()]
    res = ipe.score(root, _predict(arts, tmp_path / "ipe.jsonl"))
    for fold, floor in IPE_KAF_FLOORS.items():
        got, keywords = ipe.kaf_f1(res[fold]["predicted"]), ipe.kaf_f1(res[fold]["keywords"])
        assert got >= floor, (fold, got, res[fold]["predicted"])
        assert got > keywords, (fold, got, keywords)
    for question in ("KILL", "ARREST", "FORCE"):
        assert res["all"]["predicted"][question]["p"] >= IPE_PRECISION_FLOOR, res["all"]["predicted"]


def test_petr_unit_records_gate(shared_dir, tmp_path):
    path = shared_dir / "data" / "cameo" / "PETR.UnitTest.records.xml"
    records = petr.load(path)
    arts = [Article(id=str(r.index), text=r.text, published=r.published) for r in records if r.text]
    res = petr.score(path, _predict(arts, tmp_path / "petr.jsonl"), ("all",))["all"]
    assert res["false_event_sentences"] <= PETR_FALSE_EVENTS_CEILING, res
    assert res["real_world_type_right"] >= PETR_REAL_WORLD_TYPE_FLOOR, res
