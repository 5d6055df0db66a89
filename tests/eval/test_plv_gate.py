"""Accuracy gate: PLOVER event types on the PLV sentences, end to end (the system finds the actors).

Scored with ../shared/eval/plv.py exactly as the command in docs/events.md does. No weights are
fitted to PLV, but the project trigger patterns (triggers.yaml) were written while reading errors
on PLV_train, so this is a development-set figure, not a held-out one. MACRO_F1_FLOOR is pinned
slightly below the measured value; see docs/events.md for the measurement.
"""
from __future__ import annotations

import importlib.util
import json

MACRO_F1_FLOOR = 0.72
NO_EVENT_CEILING = 0.12
#: row parity (0 = even rows, the tuning fold; 1 = odd rows, untouched) -> floor; measured at
#: e5ac1ff: 0.794 / 0.763 (`eventwire eval plv PLV_train.tsv --rows even|odd`)
HALF_FLOORS = {0: 0.77, 1: 0.74}


def _plv_module(shared_dir):
    spec = importlib.util.spec_from_file_location("plv_eval", shared_dir / "eval" / "plv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_plv_macro_f1_floor(shared_dir, tmp_path):
    from eventwire import Article
    from eventwire.pipeline import process_many

    plv = _plv_module(shared_dir)
    tsv = shared_dir / "data" / "plover" / "PLV_train.tsv"
    rows = list(plv.rows(tsv))
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf8") as fh:
        for res in process_many(Article(id=r["id"], text=r["text"]) for r in rows):
            fh.write(json.dumps({"id": res.article.id, "events": [e.to_dict() for e in res.events]}) + "\n")
    figures = plv.score(tsv, pred)
    assert figures["macro_f1"] >= MACRO_F1_FLOOR, figures
    assert figures["no_event_found"] <= NO_EVENT_CEILING, figures
    # issue 10 folds (docs/eval.md): even rows = tuning, odd rows = untouched, scored apart
    from eventwire.evaluate.common import predictions_by_id
    from eventwire.evaluate.plv import score_rows

    preds = predictions_by_id(pred, "events")
    for parity, floor in HALF_FLOORS.items():
        half = score_rows([r for r in rows if int(r["id"]) % 2 == parity], preds)
        assert half["macro_f1"] >= floor, (parity, half)
