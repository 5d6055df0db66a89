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
from . import plv, polnear, seed
from .common import read_predictions, read_text

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
