"""One ``eventwire watch`` pass: read what is new, store it, cluster it, evaluate alerts.

The store is opened (``store.live.open_writer``) only when needed — not while feeds and pages
are fetched — so a dashboard (``eventwire serve``) takes a fresh snapshot between passes:

1. read the sources' states (ETag, Last-Modified, file fingerprints) and record the pass in ``runs``;
2. fetch feeds (conditional requests) and read changed files, without the store open;
3. look up which linked pages were fetched before (``watch_items``) and fetch the others;
4. triage: articles already stored only get the new place they were read from
   (``article_sources``); unreadable items and network faults become ``problems`` rows;
5. extract the rest in chunks of ``settings.RUN_CHUNK_SIZE`` with the same pure ``process()``
   as ``eventwire run`` (in this process), each chunk committed in one transaction with its
   ``watch_items`` rows, so a killed pass loses at most one chunk and the next pass redoes it
   (steps 4 to 6 hold the store: opening and checkpointing it per chunk cost more than the
   chunk's writes);
6. cluster incrementally (``store.cluster.recluster``), evaluate alert rules on the windows of
   the new events, save the sources' states, mark the pass done.

Sources' validators are saved last: a pass killed before that fetches its feeds whole again and
the triage skips what was stored, so the store ends as an uninterrupted pass leaves it.
Not handled: a process pool for extraction (a pass is usually a few dozen articles; use
``eventwire run --workers N`` for a backlog).
"""
from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from .. import __version__, settings
from ..batch.runner import extract_chunk, model_version, ontology_version
from ..ingest import Unreadable
from ..ontology.watch import WatchSettings, watch_settings
from ..records import Article
from ..store.cluster import recluster
from ..store.live import open_writer
from ..store.writer import Batch, article_key, arrow_table, problem_row, source_row, write_tables
from . import alerts
from .fetch import Fetcher
from .sources import Harvest, Source, State, harvest_feed, harvest_pages, harvest_path

if TYPE_CHECKING:
    import duckdb


@dataclass
class PassSummary:
    """What a pass did (printed as one line; ``--json`` prints it whole)."""

    run_id: str
    feeds: int = 0
    not_modified: int = 0
    items: int = 0
    articles_new: int = 0
    articles_skipped: int = 0
    records: int = 0
    problems: int = 0
    stories: int = 0
    placed: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    #: seconds the store was open, extraction excluded: the part that could grow with the store
    store_seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["alerts"] = [alerts.describe(a) for a in self.alerts]
        return out

    def line(self) -> str:
        return (f"{self.feeds} feed(s) ({self.not_modified} not modified), {self.items} item(s): "
                f"{self.articles_new} new article(s), {self.articles_skipped} already stored, {self.records} "
                f"records, {self.problems} problem(s), {self.placed} article(s) (re)clustered, "
                f"{len(self.alerts)} alert(s) in {self.seconds:.1f} s")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Pass:
    """One pass of ``sources`` into the store ``db``."""

    def __init__(self, db: str, sources: list[Source], model: str = settings.DEFAULT_MODEL,
                 rules: list[alerts.Rule] | None = None, cfg: WatchSettings | None = None,
                 say: Callable[[str], None] = lambda s: None) -> None:
        self.db, self.sources, self.model = db, sources, model
        self.rules, self.cfg, self.say = rules or [], cfg or watch_settings(), say
        self.summary = PassSummary(run_id=uuid.uuid4().hex[:16])
        self.store_seconds = self.started = self.extract_seconds = 0.0

    @contextmanager
    def store(self) -> Iterator["duckdb.DuckDBPyConnection"]:
        """The store, open for writing only inside the block (time counted as store time)."""
        t = time.perf_counter()
        con = open_writer(self.db, self.cfg.writer_wait_seconds)
        try:
            yield con
        finally:
            con.close()
            self.store_seconds += time.perf_counter() - t

    def run(self) -> PassSummary:
        started = self.started = time.perf_counter()
        with self.store() as con:
            states = self._start(con)
        h = Harvest()
        with Fetcher(self.cfg) as fetcher:
            for src in self.sources:
                if src.kind == "feed":
                    harvest_feed(h, fetcher, src.id, states.get(src.id, State()), self.cfg)
                else:
                    harvest_path(h, src.id, states)
            if h.pages:
                self.say(f"fetching up to {len(h.pages)} article page(s)")
                harvest_pages(h, fetcher, self._known_pages, self.cfg)
        self.summary.feeds, self.summary.not_modified = h.feeds, h.not_modified
        with self.store() as con:  # held from triage to the end of the pass: one open, not one per chunk
            todo = self._triage(con, h)
            self._extract(con, todo, h)
            self._finish(con, h)
        s = self.summary
        s.seconds = round(time.perf_counter() - started, 3)
        s.store_seconds = round(self.store_seconds - self.extract_seconds, 3)
        return s

    def _start(self, con: "duckdb.DuckDBPyConnection") -> dict[str, State]:
        con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        con.execute(
            "INSERT INTO runs (run_id, started_at, status, model, model_version, eventwire_version, "
            "extractor_version, ontology_version, sources, workers) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, 1)",
            [self.summary.run_id, _now(), self.model, model_version(self.model), __version__,
             settings.EXTRACTOR_VERSION, ontology_version(), json.dumps(["watch", *(s.id for s in self.sources)])])
        rows = con.execute("SELECT source, etag, last_modified, fingerprint, status FROM watch_sources").fetchall()
        return {r[0]: State(*r[1:]) for r in rows}

    def _known_pages(self, urls: list[str]) -> set[str]:
        if not urls:
            return set()
        with self.store() as con:
            return {u for (u,) in con.execute("SELECT item FROM watch_items WHERE list_contains($u, item)",
                                              {"u": sorted(set(urls))}).fetchall()}

    def _triage(self, con: "duckdb.DuckDBPyConnection", h: Harvest) -> list[tuple[Article, str | None]]:
        """Record problems and new sightings of stored articles; return (article, key) to extract."""
        s, batch, todo, seen = self.summary, Batch(), [], set()
        keyed = [(it, article_key(it.text) if isinstance(it, Article) and it.text.strip() else None)
                 for it in h.items]
        s.items = len(keyed)
        keys = sorted({k for _, k in keyed if k})
        stored = {k for (k,) in con.execute("SELECT article_key FROM articles WHERE list_contains($k, article_key)",
                                            {"k": keys}).fetchall()} if keys else set()
        for item, key in keyed:
            if isinstance(item, Unreadable):
                batch.add("problems", problem_row(item.id, None, item.problem, s.run_id), item.id)
                s.problems += 1
            elif key is not None and (key in stored or key in seen):
                batch.add("article_sources", source_row(key, item), (key, item.id))
                s.articles_skipped += 1
            else:
                if key:
                    seen.add(key)
                todo.append((item, key))
        for art, problem in h.warnings:
            key = article_key(art.text)
            row = problem_row(art.id, key, problem, s.run_id)
            batch.add("problems", row, row[0])
        now = _now()
        for url, code in h.dead_pages.items():
            batch.add("watch_items", (url, None, code, now), url)
        batch.write(con)
        return todo

    def _extract(self, con: "duckdb.DuckDBPyConnection", todo: list[tuple[Article, str | None]], h: Harvest) -> None:
        s, size = self.summary, settings.RUN_CHUNK_SIZE
        if todo:
            self.say(f"extracting {len(todo)} new article(s)")
        for i in range(0, len(todo), size):
            part = todo[i:i + size]
            t = time.perf_counter()
            out = extract_chunk([a for a, _ in part], self.model, s.run_id, [k for _, k in part])
            self.extract_seconds += time.perf_counter() - t
            tables = dict(out.tables)
            pages = [(h.page_of[a.id], k, "stored", _now()) for a, k in part if a.id in h.page_of and k]
            if pages:
                tables["watch_items"] = arrow_table("watch_items", pages)
            write_tables(con, tables)
            s.articles_new += out.new
            s.records += out.records
            s.problems += out.problems

    def _finish(self, con: "duckdb.DuckDBPyConnection", h: Harvest) -> None:
        s = self.summary
        days = alerts.new_days(con) if self.rules else []
        stats = recluster(con)
        s.stories, s.placed = stats["stories"], stats["placed"]
        s.alerts = alerts.evaluate(con, self.rules, days, s.run_id) if days else []
        now = _now()
        states = pa.table({"source": list(h.states), **{
            f: [getattr(st, f) for st in h.states.values()] for f in ("etag", "last_modified", "fingerprint")},
            "checked_at": [now] * len(h.states), "status": [st.status for st in h.states.values()]})
        if h.states:
            con.register("_ew_states", states)
            con.execute("INSERT OR REPLACE INTO watch_sources SELECT * FROM _ew_states")
            con.unregister("_ew_states")
        con.execute("UPDATE runs SET finished_at = ?, status = 'done', articles_new = ?, articles_skipped = ?, "
                    "records = ?, problems = ?, seconds = ? WHERE run_id = ?",
                    [now, s.articles_new, s.articles_skipped, s.records, s.problems,
                     round(time.perf_counter() - self.started, 3), s.run_id])
