"""Benchmark: a learned event-type scorer next to the rules, on PLV sentences (two-fold cross-fit).

    .venv/bin/pip install -e '.[learn]'     # scikit-learn: an optional extra, not a dependency
    .venv/bin/python bench/learned_scorer.py [--plv TSV] [--rule-pred PRED.jsonl] [--json]

A measurement only. The classifier is trained on ``PLV_train.tsv`` (Zero-Shot-PLOVER), which
comes with no licence: no model trained on it ships in the package, and this script writes
none. It measures how far a plain text classifier next to the rules would move the PLV figures.

Cross-fit over the file's two halves (row number = id, from 0): train on the even rows (the
tuning half), test on the odd rows (the untouched half); then train on the odd rows, test on
the even rows. The classifier is TF-IDF of word 1-2 grams and char_wb 2-5 grams (sublinear tf,
one FeatureUnion) into LogisticRegression(C=10, max_iter=3000, random_state=0), over the
sentence with every marked source (``<s>..</s>``) replaced by " SRC " and every marked target
(``<t>..</t>``) by " TGT ": the actors are masked, the classifier sees the wording around them.

The rules' label of a row is read off eventwire's predictions exactly as ``eventwire eval plv``
reads it (``eventwire.evaluate.plv.predict``). ``--rule-pred`` takes an existing prediction file
(``.venv/bin/eventwire eval plv ../shared/data/plover/PLV_train.tsv -q --save-pred FILE``);
without it the script runs that command into a temporary file first (minutes; progress on
stderr). For each test half it prints macro-F1 and accuracy of:

- rules alone (the figures of ``eventwire eval plv --rows odd|even``),
- the classifier alone (its most probable label),
- fill NONE: the rules' label, the classifier's where the rules found NONE,
- fill NONE + override p >= t (t = 0.6, 0.8, 0.9): as fill NONE, and the classifier's label
  also where its probability is at least t,

with the number of rows whose label differs from the rules'. Figures are computed as
``eventwire.evaluate.plv.score_rows`` computes them (per-label F1 rounded to 3 places, macro
over the gold labels present in the half; gold YIELD accepts CONCEDE or RETREAT); the script
checks that its rules-alone figures equal ``score_rows``'s.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from common import ROOT

DEFAULT_PLV = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"
THRESHOLDS = (0.6, 0.8, 0.9)
SEED = 0
_SOURCE = re.compile(r"<s>.*?</s>", re.S)
_TARGET = re.compile(r"<t>.*?</t>", re.S)
_TAG = re.compile(r"</?[st]>")


def masked_sentences(path: Path) -> list[str]:
    """Each row's marked_sentence with sources -> " SRC ", targets -> " TGT " (all mentions)."""
    csv.field_size_limit(10**8)
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf8")), delimiter="\t", quoting=csv.QUOTE_NONE)
    out = []
    for r in reader:
        text = _TARGET.sub(" TGT ", _SOURCE.sub(" SRC ", r["marked_sentence"]))
        out.append(_TAG.sub("", text))
    return out


def figures(gold: list[str], got: list[str]) -> dict[str, float]:
    """Macro-F1 and accuracy as ``score_rows`` computes them (YIELD accepts CONCEDE/RETREAT)."""
    got = ["YIELD" if g == "YIELD" and p in ("CONCEDE", "RETREAT") else p for g, p in zip(gold, got)]
    f1s = []
    for lab in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, got) if g == p == lab)
        fp = sum(1 for g, p in zip(gold, got) if p == lab and g != lab)
        fn = sum(1 for g, p in zip(gold, got) if g == lab and p != lab)
        pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1s.append(round(2 * pr * rc / max(1e-9, pr + rc), 3))
    acc = sum(1 for g, p in zip(gold, got) if g == p) / len(gold)
    return {"macro_f1": round(sum(f1s) / len(f1s), 3), "accuracy": round(acc, 3)}


def classifier() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
    ])
    return Pipeline([("tfidf", features), ("lr", LogisticRegression(C=10, max_iter=3000, random_state=SEED))])


def run_rules(plv: Path, out: Path) -> None:
    """``eventwire eval plv PLV --save-pred OUT``: the tool's progress and score go to stderr."""
    exe = ROOT / ".venv" / "bin" / "eventwire"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "eventwire"]
    cmd += ["eval", "plv", str(plv), "--save-pred", str(out)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])))
    print("rule predictions: " + " ".join(cmd), file=sys.stderr, flush=True)
    done = subprocess.run(cmd, cwd=ROOT, env=env, stdout=sys.stderr, check=False)
    if done.returncode != 0:
        sys.exit(f"learned_scorer: {' '.join(cmd)} failed (exit {done.returncode})")


def fold(train: list[int], test: list[int], gold_rows: list[dict[str, Any]], texts: list[str],
         preds: dict[str, list[dict]]) -> dict[str, Any]:
    """Train on ``train`` rows, score every scorer on ``test`` rows."""
    from eventwire.evaluate.plv import predict, score_rows

    model = classifier()
    model.fit([texts[i] for i in train], [gold_rows[i]["label"] for i in train])
    proba = model.predict_proba([texts[i] for i in test])
    learned = [str(model.classes_[k]) for k in proba.argmax(axis=1)]
    conf = [float(c) for c in proba.max(axis=1)]
    gold = [gold_rows[i]["label"] for i in test]
    rules = [predict(preds.get(gold_rows[i]["id"], []), gold_rows[i]["source"], gold_rows[i]["target"]) for i in test]

    out: dict[str, Any] = {"n": len(test), "rules": figures(gold, rules)}
    check = score_rows([gold_rows[i] for i in test], preds)
    if (check["macro_f1"], check["accuracy"]) != (out["rules"]["macro_f1"], out["rules"]["accuracy"]):
        sys.exit(f"learned_scorer: rules-alone figures {out['rules']} differ from score_rows's {check}")
    out["classifier"] = figures(gold, learned)
    fill = [m if r == "NONE" else r for r, m in zip(rules, learned)]
    out["fill_none"] = figures(gold, fill) | {"changed": sum(1 for r, f in zip(rules, fill) if r != f)}
    for t in THRESHOLDS:
        got = [m if r == "NONE" or c >= t else r for r, m, c in zip(rules, learned, conf)]
        out[f"override_{t}"] = figures(gold, got) | {"changed": sum(1 for r, g in zip(rules, got) if r != g)}
    return out


def table(result: dict[str, Any]) -> list[str]:
    """The figures as a fixed-width table: one row per scorer, three columns per test half."""
    halves = list(result["folds"])
    names = [("rules alone", "rules"), ("classifier alone", "classifier"), ("fill NONE", "fill_none")]
    names += [(f"fill NONE + override p>={t}", f"override_{t}") for t in THRESHOLDS]
    lines = [f"{'':<28}" + "".join(f"  {'test ' + h + ' (train ' + result['folds'][h]['train'] + ')':<28}" for h in halves),
             f"{'':<28}" + "  macro-F1  accuracy   changed" * len(halves)]
    for label, key in names:
        cells = ""
        for h in halves:
            f = result["folds"][h][key]
            n = f.get("changed")
            cells += f"  {f['macro_f1']:>8.3f}  {f['accuracy']:>8.3f}  {'-' if n is None else n:>8}"
        lines.append(f"{label:<28}" + cells)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--plv", type=Path, default=DEFAULT_PLV, help="PLV TSV (default ../shared/data/plover/PLV_train.tsv)")
    ap.add_argument("--rule-pred", type=Path, help="eventwire prediction JSONL of the same TSV (default: run eval plv)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("learned_scorer: scikit-learn is not installed; pip install -e '.[learn]'", file=sys.stderr)
        sys.exit(2)
    from eventwire.evaluate.common import predictions_by_id
    from eventwire.evaluate.plv import rows

    gold_rows = list(rows(args.plv))
    texts = masked_sentences(args.plv)
    if len(texts) != len(gold_rows):
        sys.exit(f"learned_scorer: {args.plv}: {len(texts)} sentences but {len(gold_rows)} rows")
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = args.rule_pred
        if pred_path is None:
            pred_path = Path(tmp) / "plv_pred.jsonl"
            run_rules(args.plv, pred_path)
        preds = predictions_by_id(pred_path, "events")
    even = [i for i in range(len(gold_rows)) if i % 2 == 0]
    odd = [i for i in range(len(gold_rows)) if i % 2 == 1]
    result: dict[str, Any] = {
        "plv": str(args.plv), "rows": len(gold_rows), "rule_pred": str(args.rule_pred) if args.rule_pred else None,
        "classifier": "TF-IDF word 1-2 + char_wb 2-5 (sublinear) -> LogisticRegression(C=10), actors masked",
        "folds": {"odd": {"train": "even"} | fold(even, odd, gold_rows, texts, preds),
                  "even": {"train": "odd"} | fold(odd, even, gold_rows, texts, preds)},
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return
    source = result["rule_pred"] or "eventwire eval plv (this run)"
    print(f"{args.plv.name}: {len(gold_rows)} rows; rule predictions: {source}")
    print("\n".join(table(result)))
    print("changed: rows whose label differs from the rules'. A measurement only: no trained model ships.")


if __name__ == "__main__":
    main()
