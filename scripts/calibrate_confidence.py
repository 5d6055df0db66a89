"""Fit and check the calibrated event confidence (``extract/confidence.py``) on PLV gold.

    python scripts/calibrate_confidence.py                 # fit on even rows, print the tables
    python scripts/calibrate_confidence.py --write         # ... and write ontology/data/plover/confidence.yaml

Each PLV_train row (``../shared/data/plover/PLV_train.tsv``) is one sentence with a marked source,
an optional marked target and the gold PLOVER type. Every event the pipeline extracts from a row
whose actor overlaps the gold source is *judged*: it is right when its type is the gold type
(YIELD accepts CONCEDE or RETREAT) and, when the row marks a target, its recipient overlaps the
target. Events whose actor is not the marked source are not judged (the gold says nothing about
them). The logistic weights are fitted (L2, Newton) on the even rows only, and so is the optional
isotonic curve that maps their score to a probability (on cross-fitted scores: rows % 4 == 0 vs
2); the feature set, the penalty and whether to use the curve are chosen by cross-validated log
loss on the even rows. The reliability table is printed for the odd rows, which the fit did not
see (and, for comparison, for the even rows).

Not handled: other gold sets (PETRARCH unit tests use fictitious actors; IPE has no actor spans).
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TSV = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"
OUT = ROOT / "src" / "eventwire" / "ontology" / "data" / "plover" / "confidence.yaml"
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
#: L2 penalties tried on every weight but the bias (larger = flatter estimates); the one with the
#: best cross-validated log loss on the even rows is used
L2_GRID = (0.3, 1.0, 3.0, 10.0)
#: feature sets tried (prefixes of the features left out); chosen with the penalty, the same way
FEATURE_SETS = {"all": (), "no type": ("type=",), "no type or length": ("type=", "evidence_words")}
YIELD = {"CONCEDE", "RETREAT"}
#: fewest events behind one step of the isotonic curve
MIN_BLOCK = 20


def _overlaps(p, span) -> bool:  # type: ignore[no-untyped-def]
    return p is not None and span is not None and p.start is not None and min(p.end, span[1]) > max(p.start, span[0])


def judged_events(tsv: Path) -> list[tuple[int, object, bool]]:
    """(row number, event, right?) for every judged event of every row."""
    from eventwire import Article
    from eventwire.evaluate.plv import rows
    from eventwire.pipeline import process_many

    gold = list(rows(tsv))
    out = []
    for row, res in zip(gold, process_many(Article(id=r["id"], text=r["text"]) for r in gold)):
        for e in res.events:
            if not _overlaps(e.actor, row["source"]):
                continue
            type_ok = e.type == row["label"] or (row["label"] == "YIELD" and e.type in YIELD)
            recipient_ok = row["target"] is None or _overlaps(e.recipient, row["target"])
            out.append((int(row["id"]), e, type_ok and recipient_ok))
    return out


def fit(xs: list[dict[str, float]], ys: list[bool], l2: float) -> dict[str, float]:
    """L2-penalised logistic regression by Newton's method; weights by feature name."""
    names = sorted({n for x in xs for n in x})
    X = np.array([[x.get(n, 0.0) for n in names] for x in xs])
    y = np.array(ys, dtype=float)
    penalty = np.diag([0.0 if n == "bias" else l2 for n in names])
    w = np.zeros(len(names))
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (p - y) + penalty @ w
        hess = X.T @ (X * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(len(names))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {n: round(float(v), 4) for n, v in zip(names, w)}


def isotonic(scores: list[float], ys: list[bool]) -> tuple[list[float], list[float]]:
    """Pool-adjacent-violators: the monotone curve (block mean score -> block precision)."""
    blocks: list[list[float]] = []   # [sum score, sum right, count]
    for x, y in sorted(zip(scores, ys)):
        blocks.append([x, float(y), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            a = blocks.pop()
            for i in range(3):
                blocks[-1][i] += a[i]
    while len(blocks) > 1 and min(b[2] for b in blocks) < MIN_BLOCK:   # no step rests on a handful of events
        i = min(range(len(blocks)), key=lambda k: blocks[k][2])
        j = i - 1 if i == len(blocks) - 1 or (i > 0 and blocks[i - 1][2] < blocks[i + 1][2]) else i + 1
        lo, hi = min(i, j), max(i, j)
        blocks[lo:hi + 1] = [[blocks[lo][k] + blocks[hi][k] for k in range(3)]]
    return [round(b[0] / b[2], 4) for b in blocks], [round(b[1] / b[2], 4) for b in blocks]


def cross_fitted(train: list[tuple[dict[str, float], bool, int]], l2: float, mod: int = 4) -> list[float]:
    """Each training event's logistic score from a fit on the other half of the rows (the two
    residues of row % ``mod`` present: 0 vs 2 for the even rows), so a curve fitted on them is
    fitted on scores its model did not make."""
    from eventwire.extract.confidence import score

    out = [0.0] * len(train)
    for half in sorted({r % mod for _, _, r in train}):
        weights = fit([x for x, _, r in train if r % mod != half], [y for _, y, r in train if r % mod != half], l2)
        for i, (x, _, r) in enumerate(train):
            if r % mod == half:
                out[i] = score(weights, x)
    return out


def cv_isotonic(train: list[tuple[dict[str, float], bool, int]], l2: float) -> list[float]:
    """Cross-validated predictions of logistic + isotonic: for each half (row % 4), the model is
    fitted on the other half and its curve on that half's own cross-fitted scores (row % 8)."""
    from eventwire.extract.confidence import monotone, score

    out = [0.0] * len(train)
    for half in (0, 2):
        other = [t for t in train if t[2] % 4 != half]
        weights = fit([x for x, _, _ in other], [y for _, y, _ in other], l2)
        cx, cy = isotonic(cross_fitted(other, l2, mod=8), [y for _, y, _ in other])
        for i, (x, _, r) in enumerate(train):
            if r % 4 == half:
                out[i] = monotone(tuple(cx), tuple(cy), score(weights, x))
    return out


def _only(rows: list, leave_out: tuple[str, ...]) -> list:  # type: ignore[type-arg]
    return [({n: v for n, v in x.items() if not n.startswith(leave_out) or n == "bias"}, y, r) for x, y, r in rows]


def log_loss(preds: list[float], ys: list[bool]) -> float:
    eps = 1e-6
    return -sum(math.log(max(eps, p if y else 1 - p)) for p, y in zip(preds, ys)) / len(preds)


def reliability(preds: list[float], ys: list[bool]) -> list[str]:
    """Reliability table: per band, events, mean predicted, measured precision, difference."""
    lines = ["| band | events | predicted | measured | difference |", "|---|---|---|---|---|"]
    for lo, hi in zip(BANDS, BANDS[1:]):
        idx = [i for i, p in enumerate(preds) if lo <= p < hi]
        if not idx:
            lines.append(f"| {lo:.1f}-{min(hi, 1):.1f} | 0 | - | - | - |")
            continue
        pred = sum(preds[i] for i in idx) / len(idx)
        meas = sum(ys[i] for i in idx) / len(idx)
        lines.append(f"| {lo:.1f}-{min(hi, 1):.1f} | {len(idx)} | {pred:.3f} | {meas:.3f} | {meas - pred:+.3f} |")
    n = len(preds)
    brier = sum((p - y) ** 2 for p, y in zip(preds, ys)) / n
    lines.append(f"\n{n} judged events, {sum(ys)} right ({sum(ys) / n:.3f}); Brier score {brier:.3f}")
    return lines


def _yaml(weights: dict[str, float], curve: tuple[list[float], list[float]], n_fit: int, right: int) -> str:
    head = ("# Calibrated event confidence (extract/confidence.py): logistic weights by feature.\n"
            "# Generated by scripts/calibrate_confidence.py --write; do not edit by hand.\n")
    body = "\n".join(f"  {name!r}: {w}" for name, w in sorted(weights.items()))
    return (f"{head}fitted_on: \"PLV_train.tsv even rows: {n_fit} judged events, {right} right\"\n"
            f"command: \"python scripts/calibrate_confidence.py --write\"\n"
            f"curve_x: {curve[0]}\ncurve_y: {curve[1]}\nweights:\n{body}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--write", action="store_true", help=f"write the weights to {OUT.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    from eventwire.extract.confidence import features, monotone, score

    judged = judged_events(args.tsv)
    even = [(features(e), y, row) for row, e, y in judged if row % 2 == 0]
    test = [(features(e), y) for row, e, y in judged if row % 2 == 1]
    ys = [y for _, y, _ in even]
    cv = {}
    for name in FEATURE_SETS:
        for l2 in L2_GRID:
            rows = _only(even, FEATURE_SETS[name])
            cv[name, l2, False] = log_loss(cross_fitted(rows, l2), ys)
            cv[name, l2, True] = log_loss(cv_isotonic(rows, l2), ys)
    name, l2, iso = min(cv, key=lambda k: cv[k])
    train = _only(even, FEATURE_SETS[name])
    weights = fit([x for x, _, _ in train], ys, l2)
    curve = isotonic(cross_fitted(train, l2), ys) if iso else ([0.0, 1.0], [0.0, 1.0])
    print(f"features: {name}; L2 penalty {l2}; isotonic curve: {'yes' if iso else 'no'} "
          f"(best cross-validated log loss on the even rows, {cv[name, l2, iso]:.4f})")
    if args.write:
        OUT.write_text(_yaml(weights, curve, len(train), sum(ys)), encoding="utf8")
        print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)

    def predict(x: dict[str, float]) -> float:
        return monotone(tuple(curve[0]), tuple(curve[1]), score(weights, x))

    print("Odd rows (not used by the fit):")
    print("\n".join(reliability([predict(x) for x, _ in test], [y for _, y in test])))
    print("\nEven rows (the fit's own data):")
    print("\n".join(reliability([predict(x) for x, _, _ in train], ys)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
