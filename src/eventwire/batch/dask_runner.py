"""Dask engine for ``eventwire run --engine dask``: the same pure extraction, on a Dask cluster.

The writer (this process) holds the only database connection, as with the local pool, and
triages the input exactly as the local engine does (streamed, ``Runner.parts``). The articles to
process come in partitions of ``settings.RUN_CHUNK_SIZE``; each partition is one Dask task
that runs ``pipeline.process_many`` on a worker (the model is loaded once per worker process
and cached), turns the results into store rows and writes them as one Parquet file per table
into a *shard* directory. The writer merges each finished shard into DuckDB in
one transaction (``INSERT ... ON CONFLICT DO NOTHING`` over deterministic keys), then deletes
it. So merging a shard twice adds nothing, a killed run loses only unmerged shards, and the
rerun redoes exactly the articles that are missing.

At most ``2 x workers`` partitions are in flight and the input is read lazily, so memory stays
flat for any corpus size. Without ``scheduler`` a ``LocalCluster`` (one single-threaded process
per worker) is started, only once there is a first partition to extract.

Not handled: workers that cannot see the shard directory. On a multi-machine cluster the
shard directory must be on storage every worker and the writer share (an HPC scratch
filesystem, a Kubernetes ReadWriteMany volume); see ``docs/scale.md``. Object stores (s3://)
are not supported.
"""
from __future__ import annotations

import importlib.util
import itertools
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import settings
from ..errors import ClusterError
from ..ingest import Unreadable
from ..records import Article
from ..store import schema
from .runner import Extracted, Part, Runner, extract_chunk

if TYPE_CHECKING:
    import duckdb
    from distributed import Client


@dataclass(frozen=True)
class Shard:
    """What a worker sends back: where its rows are and what they count."""

    path: str
    articles: int
    new: int
    records: int
    problems: int
    keys: tuple[str, ...] = ()


def _client(scheduler: str | None, workers: int) -> tuple["Client", Any]:
    """A Client on ``scheduler`` or on a new LocalCluster; (client, cluster or None)."""
    if importlib.util.find_spec("distributed") is None:  # the extra is absent (a broken install still fails loudly)
        raise ClusterError("the Dask engine needs the optional extra 'dask': "
                           "pip install 'eventwire[dask]'")
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout=settings.DASK_CONNECT_TIMEOUT), None
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster), cluster


def shard_root(db: str | os.PathLike[str], shard_dir: str | None) -> Path:
    """Where this database's shards go: ``--shard-dir`` or ``<db>.shards`` beside the database."""
    return Path(shard_dir) if shard_dir else Path(f"{db}.shards")


def extract_partition(part: list[Article], model: str, run_id: str, out: str,
                      keys: list[str | None] | None = None) -> Shard:
    """Worker task: extract ``part`` and write its rows under ``out`` (one Parquet per table).

    The shard is written to a temporary name and renamed, so a shard directory either holds
    every table of the partition or does not exist.
    """
    import pyarrow.parquet as pq

    ext = extract_chunk(part, model, run_id, keys)
    tmp = Path(f"{out}.tmp-{uuid.uuid4().hex[:8]}")
    tmp.mkdir(parents=True)
    for table, arrow in ext.tables.items():
        pq.write_table(arrow, tmp / f"{table}.parquet")
    tmp.rename(out)
    return Shard(out, ext.articles, ext.new, ext.records, ext.problems, tuple(ext.keys))


def merge_shard(con: "duckdb.DuckDBPyConnection", path: str | os.PathLike[str]) -> None:
    """Load every table file of a shard in one transaction; rows already stored are skipped."""
    files = sorted(Path(path).glob("*.parquet"))
    con.execute("BEGIN TRANSACTION")
    try:
        for f in files:
            table = f.stem
            if table not in schema.all_tables():
                raise ClusterError(f"shard {path} holds an unknown table file {f.name}")
            names = ", ".join(f'"{c}"' for c in schema.columns(table))
            con.execute(f'INSERT INTO "{table}" ({names}) SELECT {names} FROM read_parquet(?) '
                        f"ON CONFLICT DO NOTHING", [str(f)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


class DaskEngine:
    """Runs a ``Runner``'s extraction on Dask; the runner's connection stays the single writer."""

    def __init__(self, runner: Runner, db: str | os.PathLike[str], scheduler: str | None = None,
                 shard_dir: str | None = None) -> None:
        self.runner, self.scheduler = runner, scheduler
        self.root = shard_root(db, shard_dir)
        self.prefix = f"{Path(db).name}-run-"

    def _clear_stale(self) -> None:
        """Remove shards of earlier, interrupted runs of this database (their articles are redone)."""
        if self.root.is_dir():
            for old in self.root.glob(f"{self.prefix}*"):
                shutil.rmtree(old, ignore_errors=True)

    def process(self, items: Iterable[Article | Unreadable], tick: Callable[[int], None] = lambda n: None) -> None:
        """Triage ``items`` (streamed), extract on the cluster, merge every shard; ``tick(n)`` per commit."""
        parts = self.runner.parts(items, tick)
        first = list(itertools.islice(parts, 1))
        if not first:
            return
        self._clear_stale()
        run_dir = self.root / f"{self.prefix}{self.runner.summary.run_id}"
        run_dir.mkdir(parents=True, exist_ok=True)
        client, cluster = _client(self.scheduler, self.runner.workers)
        try:
            self._map(client, itertools.chain(first, parts), run_dir, tick)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        shutil.rmtree(run_dir, ignore_errors=True)

    def _map(self, client: "Client", parts: Iterator[Part], run_dir: Path, tick: Callable[[int], None]) -> None:
        from distributed import as_completed

        r = self.runner
        window = max(2, 2 * len(client.scheduler_info().get("workers", {})) or 2 * r.workers)
        numbered = enumerate(parts)

        def submit(i: int, part: Part) -> Any:
            return client.submit(extract_partition, part[0], r.model, r.summary.run_id,
                                 str(run_dir / f"part-{i:06d}"), part[1], pure=False)

        running = as_completed([submit(i, p) for i, p in itertools.islice(numbered, window)])
        for future in running:
            shard: Shard = future.result()
            merge_shard(r.con, shard.path)
            shutil.rmtree(shard.path, ignore_errors=True)
            r.committed(Extracted({}, list(shard.keys), shard.articles, shard.new, shard.records,
                                  shard.problems), tick)
            for i, p in itertools.islice(numbered, 1):
                running.add(submit(i, p))
