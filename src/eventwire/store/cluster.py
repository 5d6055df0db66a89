"""Same-story clustering (MinHash/LSH + time window) and what hangs off it.

``signature(text)`` is an article's MinHash over word shingles (computed in the workers and
stored in ``article_minhash``). After every run, ``recluster(con)`` finds candidate pairs with
LSH banding *inside DuckDB*, one band at a time (the bands of datasketch's ``MinHashLSH`` for
the same threshold and number of permutations: two articles are candidates when one band of
their signatures is equal),
keeps pairs whose estimated Jaccard similarity (share of equal signature values, computed in
SQL) reaches the threshold, streams them in key order into a union-find that
and whose publication dates lie within the window (union-find; a join that would stretch a story's
date range beyond the window is refused, so stories do not chain across weeks), names each story
by its smallest article key, and then

- gives every event its story and how many articles and sources of that story report the same
  PLOVER type between the same actor and recipient (GDELT's NumArticles/NumSources);
- finds cross-article contradictions inside each story (``crosscheck.py``).

Everything is recomputed from stored rows in a fixed order, so the result does not depend on
the order articles arrived in (the resume test relies on it). Settings: ``ontology/data/store/
clustering.yaml``. Memory: DuckDB does the O(articles) work (and spills to disk under its
memory limit); Python holds only the articles that share a story with another article. Not
handled: incremental LSH across runs (the pairs are recomputed, O(articles) work each run);
articles without a date join any story their text matches.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from ..ontology.clustering import cluster_settings
from .crosscheck import cross_contradictions
from .writer import normalise

if TYPE_CHECKING:
    import duckdb
    from datasketch import MinHash

_WORD = re.compile(r"\w+")
#: datasketch permutation scheme (32-bit values); stored signatures must all use the same one
_SCHEME = "affine32"


def shingles(text: str, n: int) -> set[bytes]:
    """Overlapping n-word shingles of the normalised, lower-cased text (one shingle if shorter)."""
    words = _WORD.findall(normalise(text).lower())
    if len(words) <= n:
        return {" ".join(words).encode("utf8")} if words else set()
    return {" ".join(words[i:i + n]).encode("utf8") for i in range(len(words) - n + 1)}


def signature(text: str) -> list[int]:
    """MinHash signature of an article's text (list of ints; stored as UBIGINT[])."""
    return [int(v) for v in _minhash(text).hashvalues]


def _minhash(text: str) -> "MinHash":
    from datasketch import MinHash

    cfg = cluster_settings()
    m = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, scheme=_SCHEME)
    m.update_batch(sorted(shingles(text, cfg.shingle_words)))
    return m


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets (what clustering thresholds)."""
    return float(_minhash(a).jaccard(_minhash(b)))


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


class _Stories:
    """Union-find over articles; a story's date range may never exceed the window (no chaining).

    Only articles that appear in a similar pair are held (added on first sight).
    """

    def __init__(self, window: int) -> None:
        self.parent: dict[str, str] = {}
        self.span: dict[str, tuple[dt.date, dt.date] | None] = {}
        self.window = window

    def add(self, k: str, day: dt.date | None) -> None:
        if k not in self.parent:
            self.parent[k], self.span[k] = k, (day, day) if day else None

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        sa, sb = self.span[ra], self.span[rb]
        merged = (min(sa[0], sb[0]), max(sa[1], sb[1])) if sa and sb else sa or sb
        if merged and (merged[1] - merged[0]).days > self.window:
            return
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child], self.span[root] = root, merged


#: candidate pairs (a < o) of one LSH band: equal slices of the two signatures
_BAND_SQL = """
INSERT INTO _eventwire_pairs
SELECT x.article_key, y.article_key
FROM (SELECT article_key, signature[$lo:$hi] AS h FROM {sigs}) x
JOIN (SELECT article_key, signature[$lo:$hi] AS h FROM {sigs}) y ON x.h = y.h AND x.article_key < y.article_key"""

#: candidates whose share of equal signature values reaches the threshold, in key order
_SIMILAR_SQL = """
SELECT c.a, c.o, sa.published, so.published
FROM (SELECT DISTINCT a, o FROM _eventwire_pairs) c
JOIN {src} sa ON sa.article_key = c.a JOIN {src} so ON so.article_key = c.o
WHERE list_sum(list_transform(range(1, len(sa.signature) + 1),
                              lambda i: (sa.signature[i] = so.signature[i])::INT))::DOUBLE
      / len(sa.signature) >= $threshold
ORDER BY c.a, c.o"""

#: the stored articles that take part in clustering
_STORED_SRC = ("(SELECT m.article_key, a.published, m.signature FROM article_minhash m "
               "JOIN articles a USING (article_key))")


def _similar_pairs(con: "duckdb.DuckDBPyConnection", sigs: str, src: str) -> Iterator[tuple[Any, ...]]:
    """(a, o, published a, published o) of similar pairs, a < o, in key order.

    One join per LSH band (so DuckDB's working memory is one band's, not all bands' at once);
    the candidates go to a temporary table, deduplicated and checked in one final query.
    """
    bands, rows = lsh_shape()
    con.execute("CREATE OR REPLACE TEMP TABLE _eventwire_pairs (a VARCHAR, o VARCHAR)")
    try:
        for band in range(bands):
            con.execute(_BAND_SQL.format(sigs=sigs), {"lo": band * rows + 1, "hi": (band + 1) * rows})
        cur = con.execute(_SIMILAR_SQL.format(src=src), {"threshold": cluster_settings().threshold})
        while batch := cur.fetchmany(10_000):
            yield from batch
    finally:
        con.execute("DROP TABLE IF EXISTS _eventwire_pairs")


@functools.lru_cache(maxsize=1)
def lsh_shape() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's ``MinHashLSH`` picks for the configured threshold."""
    cfg = cluster_settings()
    return optimal_bands(cfg.threshold, cfg.num_perm)


def optimal_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) minimising false positive + false negative probability, equally weighted.

    The same choice as datasketch's ``MinHashLSH`` (tested), computed with numpy's Gauss-Legendre
    quadrature instead of scipy's ``quad``: the writer of a pool run does not import datasketch
    and scipy (about 40 MB and 0.4 s) just for these two numbers.
    """
    import numpy as np

    pairs = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=float)
    bands, rows = pairs[:, :1], pairs[:, 1:]

    def integral(f: Any, lo: float, hi: float) -> Any:
        nodes, weights = np.polynomial.legendre.leggauss(16)
        edges = np.linspace(lo, hi, 33)
        half, mid = (edges[1:] - edges[:-1])[:, None] / 2, (edges[1:] + edges[:-1])[:, None] / 2
        s = (mid + half * nodes).ravel()[None, :]
        return (f(s) * (weights * half).ravel()[None, :]).sum(axis=1)

    fp = integral(lambda s: 1 - (1 - s ** rows) ** bands, 0.0, threshold)
    fn = integral(lambda s: (1 - s ** rows) ** bands, threshold, 1.0)
    b, r = pairs[int(np.argmin(fp * 0.5 + fn * 0.5))]
    return int(b), int(r)


def joined(con: "duckdb.DuckDBPyConnection", sigs: str = "article_minhash", src: str = _STORED_SRC) -> dict[str, str]:
    """article_key -> story id for the articles of ``src`` that share a story with another one.

    Similar pairs are joined in key order; an article without a date joins the first story it
    matches. Articles missing from the result are stories of their own.
    """
    found = _Stories(cluster_settings().window_days)
    for a, o, pub_a, pub_o in _similar_pairs(con, sigs, src):
        found.add(a, _day(pub_a))
        found.add(o, _day(pub_o))
        found.join(a, o)
    return {key: found.find(key) for key in found.parent}


def stories(items: list[tuple[str, str | None, list[int]]]) -> dict[str, str]:
    """``[(article_key, published, signature)]`` -> article_key -> story id (smallest member key)."""
    import duckdb

    con = duckdb.connect()
    try:
        con.register("_items", pa.table({"article_key": [k for k, _, _ in items],
                                         "published": pa.array([p for _, p, _ in items], pa.string()),
                                         "signature": pa.array([s for _, _, s in items], pa.list_(pa.uint64()))}))
        found = joined(con, "_items", "_items")
    finally:
        con.close()
    return {key: found.get(key, key) for key, _, _ in items}


_EVENT_REPORTS_SQL = """
UPDATE events SET num_articles = x.na, num_sources = x.ns FROM (
    SELECT DISTINCT record_id,
           count(DISTINCT article_key) OVER w AS na, count(DISTINCT src) OVER w AS ns
    FROM (SELECT e.record_id, e.article_key, e.story_id, e.type,
                 coalesce(e.actor_country, e.actor_name) AS ak,
                 coalesce(e.recipient_country, e.recipient_name) AS rk,
                 coalesce(s.publisher, s.input_id) AS src
          FROM events e JOIN article_sources s USING (article_key))
    WINDOW w AS (PARTITION BY story_id, type, ak, rk)) AS x
WHERE events.record_id = x.record_id"""


def recluster(con: "duckdb.DuckDBPyConnection") -> dict[str, int]:
    """Recompute stories, event report counts and cross-article contradictions (own transaction)."""
    story = joined(con)
    con.execute("BEGIN TRANSACTION")
    try:
        _set_stories(con, story)
        con.execute(_EVENT_REPORTS_SQL)
        found = cross_contradictions(con)
        n_stories, n_articles = con.execute(
            "SELECT count(DISTINCT story_id), count(*) FROM articles "
            "WHERE article_key IN (SELECT article_key FROM article_minhash)").fetchone()
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return {"stories": n_stories, "articles": n_articles, "cross_contradictions": found}


def _set_stories(con: "duckdb.DuckDBPyConnection", story: dict[str, str]) -> None:
    """Articles in ``story`` get its id; every other clustered article is its own story."""
    table = pa.table({"article_key": pa.array(list(story), pa.string()),
                      "story_id": pa.array(list(story.values()), pa.string())})
    con.register("_eventwire_stories", table)
    try:
        con.execute("UPDATE articles SET story_id = article_key "
                    "WHERE article_key IN (SELECT article_key FROM article_minhash) "
                    "AND article_key NOT IN (SELECT article_key FROM _eventwire_stories) "
                    "AND story_id IS DISTINCT FROM article_key")
        con.execute("UPDATE articles SET story_id = s.story_id FROM _eventwire_stories s "
                    "WHERE articles.article_key = s.article_key "
                    "AND articles.story_id IS DISTINCT FROM s.story_id")
        con.execute("UPDATE events SET story_id = a.story_id FROM articles a "
                    "WHERE events.article_key = a.article_key AND events.story_id IS DISTINCT FROM a.story_id")
    finally:
        con.unregister("_eventwire_stories")
