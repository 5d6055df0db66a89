"""Fit and check the calibrated event confidence (``extract/confidence.py``) on hand-judged news.

    python scripts/calibrate_confidence.py                 # fit on the judged news records, print the tables
    python scripts/calibrate_confidence.py --write         # ... and write ontology/data/plover/confidence.yaml
    python scripts/calibrate_confidence.py --gold plv      # the earlier fit: PLV_train even rows
    python scripts/calibrate_confidence.py --gold both     # news fit fold and PLV even rows together
    python scripts/calibrate_confidence.py --weights OLD.yaml   # the tables for other weights, no fit

News gold (the default, since the thirteenth round of issue 10): ``judgments/news_events.tsv``
holds hand verdicts on event records eventwire emitted from PolNeAR train articles and IPE
tuning-fold documents (the ``fit`` fold) and from the fixed judged samples and a fresh judged set
(the ``heldout`` fold): the record's key (type, trigger offsets, actor and recipient with their
countries) and the verdicts (real, actor_ok, recipient_ok, countries_ok, date_ok); no article text
(it is read from ``../shared``; see judgments/README.md). The articles are extracted again with the
code under test; a record is *judged* when its type, trigger offsets, actor and recipient (name
and country) are those of a judged record, and it is right when the verdicts say real, actor_ok
and recipient_ok (what ``confidence`` estimates). Records the code emits now but no one judged are
left out. The logistic weights are fitted (L2, Newton) on the ``fit`` fold; the feature set, the
penalty and the optional isotonic curve are chosen by log loss cross-validated over articles
(four folds, every record of an article in one fold; with ``--gold both`` the PLV rows join the
folds by row number). Reliability tables are printed for the
cross-fitted ``fit`` fold, for the ``heldout`` fold (never fitted), per corpus, with the type and
full precision kept at a few ``--min-confidence`` values, and for PLV_train's odd rows (a second
kind of gold: one news sentence per row).

PLV gold (``--gold plv``): each PLV_train row (``../shared/data/plover/PLV_train.tsv``) is one
sentence with a marked source, an optional marked target and the gold PLOVER type. Every event the
pipeline extracts from a row whose actor overlaps the gold source is *judged*: it is right when its
type is the gold type (YIELD accepts CONCEDE or RETREAT) and, when the row marks a target, its
recipient overlaps the target. Events whose actor is not the marked source are not judged. The fit
uses the even rows only (cross-validation over rows % 4), the table is printed for the odd rows.

Not handled: PETRARCH unit tests (fictitious actors); judged records whose key the code under test
no longer emits drop out of both fit and tables (the script prints how many matched).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_TSV = SHARED / "data" / "plover" / "PLV_train.tsv"
DEFAULT_JUDGED = ROOT / "judgments" / "news_events.tsv"
#: --min-confidence values whose kept share and precision the held-out table prints
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5)
OUT = ROOT / "src" / "eventwire" / "ontology" / "data" / "plover" / "confidence.yaml"
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
#: L2 penalties tried on every weight but the bias (larger = flatter estimates); the one with the
#: best cross-validated log loss on the even rows is used
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
#: feature sets tried (prefixes of the features left out); chosen with the penalty, the same way
#: ("no detail": the features of the thirteenth to twenty-fourth rounds, without the trace's every rule,
#: the trigger's lemma and word, the CAMEO code and the evidence cues added in the twenty-fifth)
DETAIL = ("rule2=", "rule3=", "lemma=", "word=", "cameo", "quote", "question", "first_person", "counts", "mentions",
          "lead")
FEATURE_SETS = {"all": (), "no type": ("type=",), "no type or length": ("type=", "evidence_words"),
                "no words": ("lemma=", "word="), "no detail": DETAIL}
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


def _texts(shared: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(corpus, article) -> text: PolNeAR train or dev ``text/<article>.txt``, IPE ``docs.jsonl``."""
    out = {}
    for corpus, art in wanted:
        if corpus == "polnear":
            for part in ("train", "dev"):
                f = shared / "data" / "polnear" / part / "text" / f"{art}.txt"
                if f.exists():
                    out[corpus, art] = f.read_text(encoding="utf8")
                    break
    if any(c == "ipe" for c, _ in wanted):
        with (shared / "data" / "ipe" / "docs.jsonl").open(encoding="utf8") as fh:
            for line in fh:
                doc = json.loads(line)
                if ("ipe", str(doc["doc_id"])) in wanted:
                    out["ipe", str(doc["doc_id"])] = doc["doc_text"]
    missing = sorted(wanted - out.keys())
    if missing:
        raise SystemExit(f"calibrate_confidence: no text for {len(missing)} judged articles, e.g. {missing[0]} "
                         f"(is {shared} the shared folder?)")
    return out


def _side(p: object) -> tuple[str, str]:
    """(name, country) of a participant, ("", "") for none: how the verdict file writes a side."""
    return (getattr(p, "name", "") or "", getattr(p, "country", "") or "") if p is not None else ("", "")


def judged_news(path: Path, shared: Path) -> tuple[list[tuple[str, str, str, object, dict[str, str]]], int]:
    """(fold, set, article, event, verdicts) for every record the code under test emits that matches
    a judged record of ``path`` (type, trigger start, actor and recipient names and countries),
    and the number of judged records."""
    from eventwire import Article
    from eventwire.pipeline import process_many

    with path.open(encoding="utf8") as fh:
        verdicts = list(csv.DictReader(fh, delimiter="\t"))
    by_key: dict[tuple, dict[str, str]] = {}  # type: ignore[type-arg]
    articles: dict[tuple[str, str], str] = {}
    for v in verdicts:
        k = (v["corpus"], v["article"], v["type"], int(v["trigger_start"]), v["actor"], v["actor_country"],
             v["recipient"], v["recipient_country"])
        by_key[k] = v
        articles[v["corpus"], v["article"]] = v["published"] or ""
    texts = _texts(shared, set(articles))
    order = sorted(articles)
    docs = (Article(id=f"{c}:{a}", text=texts[c, a], published=articles[c, a] or None) for c, a in order)
    out = []
    for (corpus, art), res in zip(order, process_many(docs)):
        for e in res.events:
            v = by_key.get((corpus, art, e.type, e.trigger.start if e.trigger else -1, *_side(e.actor), *_side(e.recipient)))
            if v is not None:
                out.append((v["fold"], v["set"], f"{corpus}:{art}", e, v))
    return out, len(verdicts)


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


def cv_isotonic(train: list[tuple[dict[str, float], bool, int]], l2: float, mod: int = 4, inner: int = 8) -> list[float]:
    """Cross-validated predictions of logistic + isotonic: for each fold (group % ``mod``; the PLV
    even rows have the two folds 0 and 2), the model is fitted on the other folds and its curve on
    their own cross-fitted scores (group % ``inner``)."""
    from eventwire.extract.confidence import monotone, score

    out = [0.0] * len(train)
    for half in sorted({r % mod for _, _, r in train}):
        other = [t for t in train if t[2] % mod != half]
        weights = fit([x for x, _, _ in other], [y for _, y, _ in other], l2)
        cx, cy = isotonic(cross_fitted(other, l2, mod=inner), [y for _, y, _ in other])
        for i, (x, _, r) in enumerate(train):
            if r % mod == half:
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


def _right(v: dict[str, str]) -> bool:
    return all(v[c] == "y" for c in ("real", "actor_ok", "recipient_ok"))


def thresholds(preds: list[float], verdicts: list[dict[str, str]]) -> list[str]:
    """Per --min-confidence value: records kept, type precision (real) and full precision."""
    lines = ["| min confidence | kept | real events kept | type precision | full precision |", "|---|---|---|---|---|"]
    real_all = sum(v["real"] == "y" for v in verdicts)
    for t in THRESHOLDS:
        kept = [v for p, v in zip(preds, verdicts) if p >= t]
        if not kept:
            lines.append(f"| {t:.1f} | 0 | 0 | - | - |")
            continue
        real = sum(v["real"] == "y" for v in kept)
        lines.append(f"| {t:.1f} | {len(kept)} | {real}/{real_all} | {real / len(kept):.2f} | "
                     f"{sum(_right(v) for v in kept) / len(kept):.2f} |")
    return lines


def _yaml(weights: dict[str, float], curve: tuple[list[float], list[float]], fitted_on: str, command: str) -> str:
    head = ("# Calibrated event confidence (extract/confidence.py): logistic weights by feature.\n"
            "# Generated by scripts/calibrate_confidence.py --write; do not edit by hand.\n")
    body = "\n".join(f"  {name!r}: {w}" for name, w in sorted(weights.items()))
    return (f"{head}fitted_on: \"{fitted_on}\"\n"
            f"command: \"{command}\"\n"
            f"curve_x: {curve[0]}\ncurve_y: {curve[1]}\nweights:\n{body}\n")


def choose(train: list[tuple[dict[str, float], bool, int]], mod: int, inner: int) -> tuple[str, float, bool, float]:
    """The feature set, L2 penalty and curve with the best cross-validated log loss (and that loss)."""
    ys = [y for _, y, _ in train]
    cv = {}
    for name in FEATURE_SETS:
        for l2 in L2_GRID:
            rows = _only(train, FEATURE_SETS[name])
            cv[name, l2, False] = log_loss(cross_fitted(rows, l2, mod=mod), ys)
            cv[name, l2, True] = log_loss(cv_isotonic(rows, l2, mod=mod, inner=inner), ys)
    name, l2, iso = min(cv, key=lambda k: cv[k])
    return name, l2, iso, cv[name, l2, iso]


def _fit_chosen(train: list[tuple[dict[str, float], bool, int]], name: str, l2: float, iso: bool, mod: int
                ) -> tuple[dict[str, float], tuple[list[float], list[float]]]:
    rows = _only(train, FEATURE_SETS[name])
    ys = [y for _, y, _ in rows]
    weights = fit([x for x, _, _ in rows], ys, l2)
    curve = isotonic(cross_fitted(rows, l2, mod=mod), ys) if iso else ([0.0, 1.0], [0.0, 1.0])
    return weights, curve


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", choices=["news", "plv", "both"], default="news",
                    help="what to fit on: the judged news records' fit fold (default), PLV_train's even rows, or both")
    ap.add_argument("--judged", type=Path, default=DEFAULT_JUDGED, help="the news verdicts (TSV)")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (article texts, PLV_train)")
    ap.add_argument("--tsv", type=Path, default=None, help="PLV_train.tsv (default: in --shared)")
    ap.add_argument("--write", action="store_true", help=f"write the weights to {OUT.relative_to(ROOT)}")
    ap.add_argument("--weights", type=Path, default=None,
                    help="print the tables for these weights (a confidence.yaml) instead of fitting")
    args = ap.parse_args(argv)
    from eventwire.extract.confidence import features, monotone, score

    plv_tsv = args.tsv or args.shared / "data" / "plover" / "PLV_train.tsv"
    news, n_verdicts = judged_news(args.judged, args.shared) if args.judged.exists() else ([], 0)
    train: list[tuple[dict[str, float], bool, int]] = []
    parts = []
    if args.gold in ("news", "both"):
        if not news:
            raise SystemExit(f"calibrate_confidence: no judged news records matched ({args.judged})")
        arts = sorted({a for f, _, a, _, _ in news if f == "fit"})
        group = {a: i for i, a in enumerate(arts)}
        part = [(features(e), _right(v), group[a]) for f, _, a, e, v in news if f == "fit"]
        print(f"{len(news)} of {n_verdicts} judged news records matched by the code under test; "
              f"fit fold: {len(part)} records of {len(arts)} articles, {sum(y for _, y, _ in part)} right")
        parts.append(f"judgments/news_events.tsv fit fold: {len(part)} judged records of {len(arts)} articles, "
                     f"{sum(y for _, y, _ in part)} right")
        train += part
    plv = judged_events(plv_tsv) if args.gold in ("plv", "both") or plv_tsv.exists() else []
    if args.gold in ("plv", "both"):
        part = [(features(e), y, row) for row, e, y in plv if row % 2 == 0]
        parts.append(f"PLV_train.tsv even rows: {len(part)} judged events, {sum(y for _, y, _ in part)} right")
        train += part
    # folds: group % 4 (news: article number, PLV: row number, whose even rows fall in folds 0 and 2)
    mod, inner = 4, (8 if args.gold == "plv" else 4)
    fitted_on = "; ".join(parts)
    if args.weights is not None:   # score given weights (another version's confidence.yaml): no fit
        import yaml
        given = yaml.safe_load(args.weights.read_text(encoding="utf8"))
        weights, curve = given["weights"], (given["curve_x"], given["curve_y"])
        name, l2, iso = "all", 0.0, False
        print(f"weights of {args.weights} (fitted on: {given.get('fitted_on')}); not fitted, not written")
        args.write = False
    else:
        name, l2, iso, loss = choose(train, mod, inner)
        weights, curve = _fit_chosen(train, name, l2, iso, mod)
        print(f"features: {name}; L2 penalty {l2}; isotonic curve: {'yes' if iso else 'no'} "
              f"(best log loss cross-validated over articles and rows, {loss:.4f})")
    if args.write:
        command = "python scripts/calibrate_confidence.py --write" + (f" --gold {args.gold}" if args.gold != "news" else "")
        OUT.write_text(_yaml(weights, curve, fitted_on, command), encoding="utf8")
        print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)

    def predict(x: dict[str, float]) -> float:
        return monotone(tuple(curve[0]), tuple(curve[1]), score(weights, x))

    if args.weights is None:
        rows = _only(train, FEATURE_SETS[name])
        cv = cv_isotonic(rows, l2, mod, inner) if iso else cross_fitted(rows, l2, mod=mod)
        print("\nFitted data, cross-fitted (each record scored by a fit without its article or row):")
        print("\n".join(reliability(cv, [y for _, y, _ in train])))
    if news:
        held = [(s, e, v) for f, s, _, e, v in news if f == "heldout"]
        for corpus in ("polnear", "ipe"):
            part = [(predict(features(e)), v) for s, e, v in held if v["corpus"] == corpus]
            if part:
                print(f"\nHeld-out fold, {corpus} ({', '.join(sorted({s for s, _, v in held if v['corpus'] == corpus}))}):")
                print("\n".join(reliability([p for p, _ in part], [_right(v) for _, v in part])))
                print("\n".join(thresholds([p for p, _ in part], [v for _, v in part])))
    if not plv:
        print(f"\n(no {plv_tsv}: PLV table skipped)")
        return 0
    print("\nPLV_train odd rows (never fitted):")
    print("\n".join(reliability([predict(features(e)) for row, e, _ in plv if row % 2 == 1],
                                 [y for row, _, y in plv if row % 2 == 1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
