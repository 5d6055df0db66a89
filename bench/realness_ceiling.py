"""Benchmark: how far a learned filter of "is this a real event?" could lift judged news precision.

    .venv/bin/pip install -e '.[learn]'     # scikit-learn: an optional extra, not a dependency
    .venv/bin/python bench/realness_ceiling.py [--judged judgments/news_events.tsv] [--json]

A measurement only; it writes no model. Issue 10's goal for hand-judged news is a type precision
of 0.75 (the share of records that name a real event of their type). The rules and the calibrated
``confidence`` (``extract/confidence.py``) are what the product has; this script asks what a
classifier trained on the hand verdicts themselves would buy if records below a cut were left out.

Records: every record the code under test emits that matches a verdict of
``judgments/news_events.tsv`` (``scripts/calibrate_confidence.judged_news``: type, trigger offset,
both sides and their countries). Label: the verdict ``real`` (type precision), not ``confidence``'s
target (real and both sides right). The classifier is a LogisticRegression(C=1, max_iter=3000)
over the confidence features of the record (``confidence.features``, one-hot as the shipped model
sees them), TF-IDF of the evidence text's word 1-2 grams (sublinear tf, min_df 2) and the shipped
``confidence`` itself, fitted on the ``fit`` fold only; figures are printed for the ``heldout``
fold, which it never sees. For each corpus and each share of records left out (the lowest-scored
0, 5, 10, 20, 30 %), it prints the records kept, the real ones kept and the type precision when the
cut is made by the shipped ``confidence`` and by the classifier, with the ROC AUC of each score
for ``real`` on the held-out fold. Both cuts are measured in one run on the same records.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from common import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
SHARES = (0, 5, 10, 20, 30)


def _auc(scores: list[float], ys: list[int]) -> float:
    from sklearn.metrics import roc_auc_score
    return round(float(roc_auc_score(ys, scores)), 3)


def cuts(scores: list[float], ys: list[int]) -> list[tuple[int, int, int, float]]:
    """(share left out %, kept, real kept, type precision) for each of SHARES, lowest scores out
    first (ties in record order)."""
    order = sorted(range(len(ys)), key=lambda i: scores[i])
    out = []
    for share in SHARES:
        keep = order[len(ys) * share // 100:]
        real = sum(ys[i] for i in keep)
        out.append((share, len(keep), real, round(real / max(1, len(keep)), 3)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--judged", type=Path, default=ROOT / "judgments" / "news_events.tsv")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    args = ap.parse_args(argv)
    try:
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("realness_ceiling: scikit-learn is missing: .venv/bin/pip install -e '.[learn]'", file=sys.stderr)
        return 2
    from calibrate_confidence import judged_news

    from eventwire.extract.confidence import features

    print("extracting the judged articles with the code under test (minutes) ...", file=sys.stderr)
    news, n_verdicts = judged_news(args.judged, args.shared)
    fit = [(e, v) for f, _, _, e, v in news if f == "fit"]
    held = [(corpus_of(a), e, v) for f, _, a, e, v in news if f == "heldout"]
    y_fit = [int(v["real"] == "y") for _, v in fit]
    dv = DictVectorizer()
    tf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)

    def matrix(events: list[Any], train: bool) -> Any:
        feats = [features(e) for e in events]
        texts = [e.evidence.text for e in events]
        conf = csr_matrix([[e.confidence] for e in events])
        if train:
            return hstack([dv.fit_transform(feats), tf.fit_transform(texts), conf]).tocsr()
        return hstack([dv.transform(feats), tf.transform(texts), conf]).tocsr()

    model = LogisticRegression(C=1.0, max_iter=3000).fit(matrix([e for e, _ in fit], True), y_fit)
    report: dict[str, Any] = {"matched": len(news), "verdicts": n_verdicts, "fit_records": len(fit),
                              "fit_real": sum(y_fit), "heldout": {}}
    for corpus in sorted({c for c, _, _ in held}):
        rows = [(e, v) for c, e, v in held if c == corpus]
        ys = [int(v["real"] == "y") for _, v in rows]
        learned = [float(p) for p in model.predict_proba(matrix([e for e, _ in rows], False))[:, 1]]
        shipped = [float(e.confidence) for e, _ in rows]
        report["heldout"][corpus] = {
            "records": len(rows), "real": sum(ys),
            "auc_real": {"confidence": _auc(shipped, ys), "learned": _auc(learned, ys)},
            "cuts": {"confidence": cuts(shipped, ys), "learned": cuts(learned, ys)}}
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"{report['matched']} of {report['verdicts']} judged records matched; classifier fitted on the fit fold "
          f"({report['fit_records']} records, {report['fit_real']} real); figures on the held-out fold:")
    for corpus, r in report["heldout"].items():
        print(f"\n{corpus}: {r['records']} records, {r['real']} real; ROC AUC for real: "
              f"confidence {r['auc_real']['confidence']}, learned {r['auc_real']['learned']}")
        print("  left out   by confidence: kept  real  type prec   by learned: kept  real  type prec")
        for a, b in zip(r["cuts"]["confidence"], r["cuts"]["learned"]):
            print(f"  {a[0]:3d} %     {a[1]:18d} {a[2]:5d} {a[3]:10.3f} {b[1]:17d} {b[2]:5d} {b[3]:10.3f}")
    return 0


def corpus_of(article: str) -> str:
    """'polnear:<name>' -> 'polnear' (judged_news names an article corpus:article)."""
    return article.split(":", 1)[0]


if __name__ == "__main__":
    raise SystemExit(main())
