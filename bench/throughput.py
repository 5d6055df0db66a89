"""Benchmark (a): full eventwire pipeline words/s against bare spaCy ``nlp.pipe``, same texts.

    .venv/bin/python bench/throughput.py [--rounds 3] [--profile]

Both sides run in this process, interleaved round by round (bare, full, bare, full, ...), so
the machine's load hits both alike; the best round of each is compared. Two clocks are
reported: wall time and this process's CPU time (CPU time is robust to other processes on a
shared machine). "Bare" is ``spacy.load(model)`` with every component, as a user would run it;
"full" is what ``eventwire extract`` does per article: ``process_many`` (which loads the model
without ``settings.DISABLED_COMPONENTS``) plus ``to_dict`` and JSON serialisation.
``--profile`` adds the CPU time of each extractor and of parsing, from one extra pass, and the
part of the extractors' time spent in the declarative syntax rules (``declarative.find`` / ``holds``).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from collections.abc import Callable

from common import corpus, load_note, words

import eventwire
from eventwire import Article, settings
from eventwire.extract import EXTRACTORS, Context
from eventwire.pipeline import load_nlp, process_many


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def profile(articles: list[Article], model: str) -> tuple[dict[str, float], list[float]]:
    """CPU seconds spent parsing and in each extractor over the corpus (one pass), and
    [CPU seconds, calls] of the declarative syntax rules within the extractors."""
    from eventwire.extract import declarative

    nlp = load_nlp(model)
    t = time.process_time()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=settings.BATCH_SIZE))
    cost = {"spaCy parse": time.process_time() - t}
    rules = [0.0, 0.0]

    def clocked(fn: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object) -> object:
            t = time.process_time()
            try:
                return fn(*args)
            finally:
                rules[0] += time.process_time() - t
                rules[1] += 1
        return call

    find, holds = declarative.find, declarative.holds
    declarative.find, declarative.holds = clocked(find), clocked(holds)
    try:
        for article, doc in zip(articles, docs):
            ctx = Context(article=article, doc=doc)
            for name, fn in EXTRACTORS:
                t = time.process_time()
                ctx.results[name] = fn(doc, ctx)
                cost[name] = cost.get(name, 0.0) + time.process_time() - t
    finally:
        declarative.find, declarative.holds = find, holds
    return cost, rules


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", default=settings.DEFAULT_MODEL)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    import spacy

    desc, items = corpus()
    articles = [Article(id=i, text=t, published="2020-01-06") for i, t in items]
    texts = [a.text for a in articles]
    n_words = words(texts)
    bare = spacy.load(args.model)
    load_nlp(args.model)
    list(bare.pipe(texts[:2]))  # warm both (lazy init, caches)
    list(process_many(articles[:2], model=args.model))

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=settings.BATCH_SIZE):
            pass

    def run_full() -> None:
        for res in process_many(articles, model=args.model):
            json.dumps(res.to_dict(), ensure_ascii=False)

    best = {"bare": [1e9, 1e9], "full": [1e9, 1e9]}
    for r in range(args.rounds):
        for name, fn in (("bare", run_bare), ("full", run_full)):
            w, c = timed(fn)
            best[name] = [min(best[name][0], w), min(best[name][1], c)]
            print(f"round {r + 1} {name:4s}: wall {w:6.2f} s  cpu {c:6.2f} s  {n_words / w:8.0f} words/s (wall)")
    print(f"\ncorpus: {desc}, {n_words:,} words; model {args.model}; "
          f"disabled components: {list(settings.DISABLED_COMPONENTS) or 'none'}; {load_note()}")
    print(f"eventwire measured: {Path(eventwire.__file__).parent}")
    print(f"bare nlp.pipe : {n_words / best['bare'][0]:8.0f} words/s wall, {n_words / best['bare'][1]:8.0f} words/s cpu")
    print(f"full pipeline : {n_words / best['full'][0]:8.0f} words/s wall, {n_words / best['full'][1]:8.0f} words/s cpu")
    print(f"ratio full/bare: {best['bare'][0] / best['full'][0]:.2f}x (wall), "
          f"{best['bare'][1] / best['full'][1]:.2f}x (cpu)   target >= 0.90x (issue 10)")
    if args.profile:
        cost, rules = profile(articles, args.model)
        total = sum(cost.values())
        print("\nCPU seconds per stage (one pass):")
        for name, sec in sorted(cost.items(), key=lambda kv: -kv[1]):
            print(f"  {name:16s} {sec:7.2f} s  {100 * sec / total:5.1f} %")
        print(f"  of which declarative syntax rules (extract/declarative.py): {rules[0]:.2f} s in "
              f"{int(rules[1]):,} find/holds calls")


if __name__ == "__main__":
    main()
