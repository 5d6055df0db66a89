"""Task functions every front end calls (CLI, Python, web). No argument parsing here."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from . import settings
from .ingest import Unreadable, read_sources
from .records import Article, ArticleResult

if TYPE_CHECKING:
    import duckdb

    from .batch.runner import RunSummary
    from .store.export import ExportStats
    from .store.queries import Result


def results_for(items: Iterable[Article | Unreadable], model: str = settings.DEFAULT_MODEL,
                batch_size: int = settings.BATCH_SIZE) -> Iterator[ArticleResult]:
    """Process ingested items in order; unreadable ones become results with one problem, and an
    article the pipeline fails on gets an ``E_PROCESS`` problem (never an exception)."""
    from .pipeline import process_safely

    pending: list[Article | Unreadable] = []

    def flush() -> Iterator[ArticleResult]:
        articles = [i for i in pending if isinstance(i, Article)]
        done = iter(process_safely(articles, model=model, batch_size=batch_size))
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
            source_format: str | None = None, explain: bool = False) -> Iterator[ArticleResult]:
    """Read every source and yield one ``ArticleResult`` per article, in input order.
    ``explain``: each result's ``dropped`` lists the event candidates that were dropped, with the
    rule that dropped each (``extract/trace.py``)."""
    results = results_for(read_sources(paths, published=published, source_format=source_format), model=model)
    if not explain:
        yield from results
        return
    from .extract.trace import collecting

    with collecting() as sink:
        for res in results:
            res.dropped = sink.pop(res.article.id, [])
            yield res


# --- corpus runs and the store (issue 4) -------------------------------------------------------

Tick = Callable[[int], None]


def run(sources: Sequence[str], db: str, workers: int | None = None, model: str = settings.DEFAULT_MODEL,
        source_format: str | None = None, published: str | None = None,
        progress: Callable[[int | None], Tick] | None = None, engine: str = "local",
        scheduler: str | None = None, shard_dir: str | None = None, mixed_ontology: bool = False,
        min_confidence: float | None = None) -> "RunSummary":
    """Extract every article of ``sources`` into the store ``db`` (resumable, idempotent).

    ``progress(total)`` may return a callback called with the number of input items committed
    (stored, skipped as known, or recorded as a problem); ``total`` comes from a cheap counting
    pass (``ingest.count_items``) and is None when the input cannot be counted without parsing
    (stdin, RSS/Atom, WARC).
    ``engine="dask"`` extracts on a Dask cluster (``scheduler`` address, else a LocalCluster of
    ``workers`` processes) that writes Parquet shards under ``shard_dir``; see docs/scale.md.
    A store whose earlier runs used another ontology (``ontology.fingerprint``) is refused
    (StoreError) unless ``mixed_ontology``; see docs/ontology.md. ``min_confidence``: events whose
    calibrated confidence is below it are not stored (None: every event).
    """
    from .ingest import count_items

    total = count_items(sources, source_format) if progress else None
    return run_items(read_sources(sources, published=published, source_format=source_format, store=db), list(sources),
                     db, workers=workers, model=model, progress=progress, engine=engine,
                     scheduler=scheduler, shard_dir=shard_dir, total=total, mixed_ontology=mixed_ontology,
                     min_confidence=min_confidence)


def run_items(items: Iterable[Article | Unreadable], sources: list[str], db: str, workers: int | None = None,
              model: str = settings.DEFAULT_MODEL, progress: Callable[[int | None], Tick] | None = None,
              engine: str = "local", scheduler: str | None = None, shard_dir: str | None = None,
              total: int | None = None, mixed_ontology: bool = False,
              min_confidence: float | None = None) -> "RunSummary":
    """Like ``run`` for articles already read (``sources`` only names them in the run record).

    ``items`` is consumed lazily (bounded memory); ``total`` is passed to ``progress``."""
    import time

    import duckdb

    from .errors import InputError, StoreError
    from .store.duckdb import is_parquet_dir
    from .store.live import open_writer, writer_lock

    if is_parquet_dir(db):
        raise StoreError(f"{db} is a directory (Parquet, read-only); 'run' needs a DuckDB file path")
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r}; choose 'local' or 'dask'")
    started = time.perf_counter()
    with writer_lock(db, "run"):  # one writer at a time; serve never holds the file (docs/watch.md)
        con = open_writer(db)
        try:
            check_ontology(con, db, engine, mixed_ontology)
            check_min_confidence(min_confidence, engine)
            check_event_model(engine)
            tick = progress(total) if progress else (lambda n: None)
            with minimum_confidence(min_confidence):
                return _run(con, items, sources, db, workers, model, tick, engine, scheduler, shard_dir, started)
        except duckdb.Error as exc:
            raise StoreError(f"writing to {db} failed ({exc}). Every article committed before the failure is "
                             f"complete; fix the cause (disk space, permissions) and run the same command again "
                             f"to resume") from exc
        finally:
            try:
                con.close()
            except duckdb.Error:  # closing checkpoints; a full disk can refuse that too (the WAL stays valid)
                pass


def _run(con: "duckdb.DuckDBPyConnection", items: Iterable[Article | Unreadable], sources: list[str], db: str,
         workers: int | None, model: str, tick: Tick, engine: str,
         scheduler: str | None, shard_dir: str | None, started: float) -> "RunSummary":
    """The body of ``run_items`` on an open store: triage and extract (streamed), finish."""
    from .batch.runner import Runner

    runner = Runner(con, model=model, workers=workers)
    runner.start(sources)
    try:
        if engine == "dask":
            from .batch.dask_runner import DaskEngine

            DaskEngine(runner, db, scheduler=scheduler, shard_dir=shard_dir).process(items, tick)
        else:
            runner.process(items, tick)
    except BaseException:  # Ctrl-C, SIGTERM (see cli.main), a failure: the runs row says 'interrupted'
        runner.interrupted_quietly()
        raise
    return runner.finish(started)


def query(db: str, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run a named query (``eventwire.store.queries.REGISTRY``) on a store; rows as dicts."""
    from .store import queries

    return _read(db, name, params, queries.run)


def query_result(db: str, name: str, **params: Any) -> "Result":
    """Like ``query``, plus whether the row limit left rows out and why an empty result is empty
    (``eventwire.store.queries.fetch``)."""
    from .store import queries

    return _read(db, name, params, queries.fetch)


def _read(db: str, name: str, params: dict[str, Any], how: Any) -> Any:
    """Check the parameters, open the store read-only and run ``how(con, name, **params)``; a value
    the SQL types cannot hold is E_INPUT, a damaged store E_STORE."""
    import duckdb

    from .errors import InputError, StoreError
    from .store import queries
    from .store.duckdb import open_store

    queries.bind(name, params)  # fail on bad parameters before touching the database
    con = open_store(db, read_only=True)
    try:
        return how(con, name, **params)
    except (duckdb.ConversionException, duckdb.OutOfRangeException) as exc:  # a value the SQL types cannot hold
        raise InputError(f"a parameter of query {name!r} is out of range ({str(exc).splitlines()[0]})") from exc
    except duckdb.Error as exc:  # a damaged store read by this query
        raise StoreError(f"reading {db} failed ({exc}); the store may be damaged") from exc
    finally:
        con.close()


def export(db: str, fmt: str, out: str, all_events: bool = False,
           min_confidence: float | None = None) -> "ExportStats":
    """Export a store as parquet | csv | plover | gdelt files under directory ``out``; plover and
    gdelt leave out events whose confidence is below ``min_confidence``.

    An output folder that cannot be written is ``OutputError``; a store read error ``StoreError``."""
    import duckdb

    from .errors import InputError, OutputError, StoreError
    from .store.duckdb import open_store
    from .store.export import FORMATS
    from .store.export import export as write

    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    check_min_confidence(min_confidence)
    con = open_store(db, read_only=True)
    try:
        return write(con, fmt, out, all_events=all_events, min_confidence=min_confidence)
    except OSError as exc:
        raise OutputError(f"cannot write the export to {out}: {exc.strerror or exc}") from exc
    except duckdb.Error as exc:
        if isinstance(exc, duckdb.IOException) and str(out) in str(exc):  # DuckDB's own file writers (COPY)
            raise OutputError(f"cannot write the export to {out}: {exc}") from exc
        raise StoreError(f"reading {db} failed ({exc}); the store may be damaged") from exc
    finally:
        con.close()


def use_ontology(directory: str | None) -> str:
    """Overlay the user ontology ``directory`` on the bundled one for this process (None: the
    bundled one alone), validated now: OntologyError naming file:line. Returns the ontology
    fingerprint (version + content hash) that runs record. See docs/ontology.md."""
    from . import ontology

    ontology.use(directory)
    ontology.validate()
    return ontology.fingerprint()


def check_min_confidence(value: float | None, engine: str = "local") -> None:
    """InputError when ``value`` is not a probability, or would not reach the workers."""
    from .errors import InputError

    if value is not None and not 0 <= value <= 1:
        raise InputError(f"--min-confidence must be between 0 and 1, not {value}")
    if value is not None and (engine != "local" or settings.POOL_START != "fork"):
        raise InputError("run --min-confidence works with the local engine and forked workers only")


def minimum_confidence(value: float | None):  # type: ignore[no-untyped-def]
    """Context in which events below ``value`` are dropped as they are extracted."""
    from .extract.trace import minimum

    return minimum(value)


def check_ontology(con: "duckdb.DuckDBPyConnection", db: str, engine: str = "local", mixed: bool = False) -> None:
    """StoreError when earlier runs of the store used another ontology (unless ``mixed``);
    InputError when a user ontology would not reach the workers (Dask, spawned workers)."""
    from . import ontology
    from .errors import InputError, StoreError

    current = ontology.fingerprint()
    if ontology.loader.active().user is not None and (engine != "local" or settings.POOL_START != "fork"):
        raise InputError("--ontology works with the local engine and forked workers only (settings.POOL_START)")
    rows = con.execute("SELECT DISTINCT ontology_version FROM runs WHERE ontology_version IS NOT NULL").fetchall()
    bundled = ontology.loader.active().user is None
    other = sorted(v for (v,) in rows if v != current and not (bundled and "+" not in v and current.startswith(v + "+")))
    if other and not mixed:
        raise StoreError(f"{db} was coded with ontology {', '.join(other)}; this run uses {current}. Use a new "
                         f"store, or pass --mixed-ontology to add to it anyway (docs/ontology.md)")


def check_event_model(engine: str = "local") -> None:
    """ModelError when ``settings.EVENT_MODEL`` names a file that is not a valid event model;
    InputError when the setting would not reach the workers (Dask, spawned workers)."""
    from .errors import InputError
    from .extract import event_model

    if event_model.load() is not None and (engine != "local" or settings.POOL_START != "fork"):
        raise InputError("--event-model works with the local engine and forked workers only (settings.POOL_START)")


def demo(db: str, workers: int | None = 1, progress: Callable[[int | None], Tick] | None = None) -> "RunSummary":
    """Build a store from the example articles shipped in ``eventwire/examples`` (see its manifest)."""
    from .batch.demo import demo_articles

    return run_items(demo_articles(), ["eventwire:examples"], db, workers=workers, progress=progress)
