"""Task functions every front end calls (CLI, Python, web). No argument parsing here."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import settings
from .ingest import Unreadable, read_sources
from .pipeline import process_many
from .records import Article, ArticleResult


def results_for(items: Iterable[Article | Unreadable], model: str = settings.DEFAULT_MODEL,
                batch_size: int = settings.BATCH_SIZE) -> Iterator[ArticleResult]:
    """Process ingested items in order; unreadable ones become results with one problem."""
    pending: list[Article | Unreadable] = []

    def flush() -> Iterator[ArticleResult]:
        articles = [i for i in pending if isinstance(i, Article)]
        done = iter(process_many(articles, model=model, batch_size=batch_size))
        for item in pending:
            if isinstance(item, Unreadable):
                yield ArticleResult(Article(id=item.id, text=""), problems=[item.problem])
            else:
                yield next(done)
        pending.clear()

    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def extract(paths: Iterable[str], published: str | None = None, model: str = settings.DEFAULT_MODEL,
            source_format: str | None = None) -> Iterator[ArticleResult]:
    """Read every source and yield one ``ArticleResult`` per article, in input order."""
    yield from results_for(read_sources(paths, published=published, source_format=source_format), model=model)
