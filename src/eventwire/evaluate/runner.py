"""Run extraction over a gold set and score it: what ``eventwire eval`` calls.

Each ``evaluate_*`` function either scores an existing prediction file (``pred``: the JSONL that
``eventwire extract`` writes) or runs the pipeline itself over the gold articles, writes the
predictions (to ``save_pred`` or a temporary file) and scores that file, so the figures are
always computed from the same JSON a user would hand to ``../shared/eval/``.
"""
from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import settings
from ..records import Article
from . import gsr, ipe, petr, plv, polnear, seed
from .common import predictions_by_id, read_predictions, read_text
from .folds import FOLDS, plv_row_in

Wrap = Callable[[Iterable[Any]], Iterable[Any]]


@contextmanager
def _prediction_file(articles: list[Article], model: str, save_pred: str | None,
                     wrap: Wrap | None) -> Iterator[Path]:
    """Run the pipeline on ``articles`` and yield the path of the JSONL it wrote."""
    from ..pipeline import process_many

    with tempfile.TemporaryDirectory(prefix="eventwire-eval-") as tmp:
        path = Path(save_pred) if save_pred else Path(tmp) / "pred.jsonl"
        results: Iterable[Any] = process_many(articles, model=model)
        with path.open("w", encoding="utf8") as fh:
            for res in (wrap(results) if wrap else results):
                fh.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
        yield path


def evaluate_seed(gold_path: str, article_path: str, pred: str | None = None, published: str | None = None,
                  model: str = settings.DEFAULT_MODEL, save_pred: str | None = None) -> seed.SeedScore:
    """Score one article against a seed-style gold file; ``published`` defaults to the gold's."""
    gold = seed.load_gold(gold_path)
    text = read_text(article_path, "article")
    if pred is not None:
        first = next(iter(read_predictions(pred)), None)
        return seed.score(gold, text, first or {})
    article = Article(id=Path(article_path).stem, text=text, published=published or gold.get("published"))
    with _prediction_file([article], model, save_pred, None) as path:
        return seed.score(gold, text, next(iter(read_predictions(path))))


def evaluate_polnear(root: str, pred: str | None = None, model: str = settings.DEFAULT_MODEL,
                     save_pred: str | None = None, wrap: Wrap | None = None) -> dict[str, dict[str, Any]]:
    """Quote-attribution figures on a PolNeAR-format corpus (direct quotes, all attributions)."""
    if pred is not None:
        return polnear.score(root, pred)
    articles = [Article(id=art, text=text) for art, text, _ in polnear.load(root)]
    with _prediction_file(articles, model, save_pred, wrap) as path:
        return polnear.score(root, path)


def evaluate_plv(tsv: str, pred: str | None = None, model: str = settings.DEFAULT_MODEL,
                 save_pred: str | None = None, wrap: Wrap | None = None) -> dict[str, Any]:
    """Event-type figures on a PLV-format TSV of marked sentences."""
    if pred is not None:
        return plv.score(tsv, pred)
    articles = [Article(id=r["id"], text=r["text"]) for r in plv.rows(tsv)]
    with _prediction_file(articles, model, save_pred, wrap) as path:
        return plv.score(tsv, path)


def evaluate_plv_rows(tsv: str, rows: str = "all", pred: str | None = None, model: str = settings.DEFAULT_MODEL,
                      save_pred: str | None = None, wrap: Wrap | None = None) -> dict[str, Any]:
    """``evaluate_plv`` on the ``rows`` fold only (all, even = tuning, odd = untouched; rows
    numbered from 0); extraction, when it runs, covers only those rows."""
    gold = [r for r in plv.rows(tsv) if plv_row_in(int(r["id"]), rows)]
    if pred is not None:
        return plv.score_rows(gold, predictions_by_id(pred, "events"))
    articles = [Article(id=r["id"], text=r["text"]) for r in gold]
    with _prediction_file(articles, model, save_pred, wrap) as path:
        return plv.score_rows(gold, predictions_by_id(path, "events"))


def evaluate_ipe(root: str, folds: tuple[str, ...] = FOLDS, pred: str | None = None,
                 model: str = settings.DEFAULT_MODEL, save_pred: str | None = None,
                 wrap: Wrap | None = None) -> dict[str, Any]:
    """IndiaPoliceEvents figures per fold (predictions and keyword baseline); extraction, when
    it runs, covers only the documents of ``folds`` (with their publication dates)."""
    if pred is not None:
        return ipe.score(root, pred, folds)
    corpus = ipe.load(root)
    wanted = {d for f in folds for d in ipe.fold_docs(corpus, f)}
    articles = [Article(id=str(d), text=t, published=corpus.dates.get(d)) for d, t in corpus.docs.items() if d in wanted]
    with _prediction_file(articles, model, save_pred, wrap) as path:
        return ipe.score(root, path, folds)


def evaluate_petr(path: str, folds: tuple[str, ...] = FOLDS, pred: str | None = None,
                  model: str = settings.DEFAULT_MODEL, save_pred: str | None = None,
                  wrap: Wrap | None = None) -> tuple[dict[str, Any], list[str]]:
    """PETRARCH-2 unit-test figures per fold, and the tuning fold's misses; extraction, when it
    runs, covers every sentence (ids = index in the file, published = the record date)."""
    records = petr.load(path)
    if pred is None:
        articles = [Article(id=str(r.index), text=r.text, published=r.published) for r in records if r.text]
        with _prediction_file(articles, model, save_pred, wrap) as out:
            preds = predictions_by_id(out, "events")
    else:
        preds = predictions_by_id(pred, "events")
    return ({f: petr.score_records(records, preds, f) for f in folds}, petr.misses(records, preds, "tune"))


def evaluate_gsr(path: str, rows: str = "all", pred: str | None = None, model: str = settings.DEFAULT_MODEL,
                 save_pred: str | None = None, wrap: Wrap | None = None) -> tuple[dict[str, Any], list[str]]:
    """PLOVER codebook-example figures (``gsr``) and the misses of the ``rows`` selection; for
    ``all`` the even and odd folds' figures follow the figures of all records. Extraction, when it
    runs, covers only the records of ``rows`` (ids = record number, published = the record date)."""
    records = gsr.load(path)
    selections = ("all", "even", "odd") if rows == "all" else (rows,)
    if pred is None:
        articles = [Article(id=str(r.index), text=r.text, published=r.published) for r in gsr.select(records, rows)]
        with _prediction_file(articles, model, save_pred, wrap) as out:
            preds = predictions_by_id(out, "events")
    else:
        preds = predictions_by_id(pred, "events")
    return ({sel: gsr.score_records(records, preds, sel) for sel in selections}, gsr.misses(records, preds, rows))
