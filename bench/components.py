"""Which spaCy components can be switched off? Measures speed gain and output change per component.

    .venv/bin/python bench/components.py [--limit N]

For each component of the model, the pipeline is loaded with that component excluded (as
``settings.DISABLED_COMPONENTS`` would do), every article is processed, and the output is
compared with the output of the full model: a component may be disabled only if no article's
output changes. Prints CPU words/s with and without it and the number of changed articles.
Exclusions that break the pipeline (a listener losing its tok2vec) are reported as such.
"""
from __future__ import annotations

import argparse
import json
import time

from common import corpus, load_note, words

from eventwire import Article, settings
from eventwire.pipeline import load_nlp, process_many


def outputs(articles: list[Article], model: str, exclude: tuple[str, ...]) -> tuple[list[str], float]:
    """(JSON of every result, CPU seconds) with the given components excluded."""
    settings.DISABLED_COMPONENTS = exclude
    load_nlp.cache_clear()
    load_nlp(model)
    t = time.process_time()
    out = [json.dumps(r.to_dict(), sort_keys=True) for r in process_many(articles, model=model)]
    return out, time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=settings.DEFAULT_MODEL)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    args = ap.parse_args()
    desc, items = corpus()
    items = items[:args.limit] if args.limit else items
    articles = [Article(id=i, text=t, published="2020-01-06") for i, t in items]
    n_words = words([a.text for a in articles])
    outputs(articles[:2], args.model, ())  # warm-up: lexicons and ontologies load on first use
    base, base_cpu = outputs(articles, args.model, ())
    print(f"corpus: {desc}, {len(articles)} articles, {n_words:,} words; {load_note()}")
    print(f"all components: {n_words / base_cpu:7.0f} words/s (cpu)")
    for name in load_nlp(args.model).pipe_names:
        try:
            out, cpu = outputs(articles, args.model, (name,))
        except Exception as exc:  # noqa: BLE001 - report and go on
            print(f"without {name:16s}: breaks the pipeline ({type(exc).__name__}: {str(exc)[:80]})")
            continue
        changed = sum(a != b for a, b in zip(base, out))
        print(f"without {name:16s}: {n_words / cpu:7.0f} words/s (cpu), {n_words / cpu / (n_words / base_cpu):.2f}x, "
              f"output changed in {changed}/{len(articles)} articles")
    settings.DISABLED_COMPONENTS = ()


if __name__ == "__main__":
    main()
