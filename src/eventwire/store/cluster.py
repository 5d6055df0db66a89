"""Same-story clustering (MinHash/LSH + time window) and what hangs off it.

``signature(text)`` is an article's MinHash over word shingles (computed in the workers and
stored in ``article_minhash``). After every run, ``recluster(con)`` rebuilds the LSH index over
all stored signatures, joins articles whose estimated Jaccard similarity reaches the threshold
and whose publication dates lie within the window (union-find; a join that would stretch a story's
date range beyond the window is refused, so stories do not chain across weeks), names each story
by its smallest article key, and then

- gives every event its story and how many articles and sources of that story report the same
  PLOVER type between the same actor and recipient (GDELT's NumArticles/NumSources);
- finds cross-article contradictions inside each story (``crosscheck.py``).

Everything is recomputed from stored rows in a fixed order, so the result does not depend on
the order articles arrived in (the resume test relies on it). Settings: ``ontology/data/store/
clustering.yaml``. Not handled: incremental LSH across runs (the index is rebuilt, O(articles));
articles without a date join any story their text matches.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

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


def _from_signature(values: list[int]) -> "MinHash":
    import numpy as np
    from datasketch import MinHash

    cfg = cluster_settings()
    return MinHash(num_perm=len(values), seed=cfg.seed, scheme=_SCHEME,
                   hashvalues=np.array(values, dtype=np.uint64))


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets (what clustering thresholds)."""
    return float(_minhash(a).jaccard(_minhash(b)))


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


class _Stories:
    """Union-find over articles; a story's date range may never exceed the window (no chaining)."""

    def __init__(self, days: dict[str, dt.date | None], window: int) -> None:
        self.parent = {k: k for k in days}
        self.span = {k: (d, d) if d else None for k, d in days.items()}
        self.window = window

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


def stories(items: list[tuple[str, str | None, list[int]]]) -> dict[str, str]:
    """``[(article_key, published, signature)]`` -> article_key -> story id (smallest member key).

    Pairs are joined in key order; an article without a date joins the first story it matches.
    """
    from datasketch import MinHashLSH

    cfg = cluster_settings()
    items = sorted(items)
    hashes = {key: _from_signature(sig) for key, _, sig in items}
    lsh = MinHashLSH(threshold=cfg.threshold, num_perm=cfg.num_perm)
    for key, _, _ in items:
        lsh.insert(key, hashes[key])
    found = _Stories({key: _day(pub) for key, pub, _ in items}, cfg.window_days)
    for key, _, _ in items:
        for other in sorted(lsh.query(hashes[key])):
            if other > key and hashes[key].jaccard(hashes[other]) >= cfg.threshold:
                found.join(key, other)
    return {key: found.find(key) for key in found.parent}


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
    rows = con.execute("SELECT m.article_key, a.published, m.signature FROM article_minhash m "
                       "JOIN articles a USING (article_key) ORDER BY m.article_key").fetchall()
    story = stories([(k, p, list(s)) for k, p, s in rows])
    con.execute("BEGIN TRANSACTION")
    try:
        _set_stories(con, story)
        con.execute(_EVENT_REPORTS_SQL)
        found = cross_contradictions(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return {"stories": len(set(story.values())), "articles": len(story), "cross_contradictions": found}


def _set_stories(con: "duckdb.DuckDBPyConnection", story: dict[str, str]) -> None:
    table = pa.table({"article_key": list(story), "story_id": list(story.values())})
    con.register("_eventwire_stories", table)
    try:
        con.execute("UPDATE articles SET story_id = s.story_id FROM _eventwire_stories s "
                    "WHERE articles.article_key = s.article_key "
                    "AND articles.story_id IS DISTINCT FROM s.story_id")
        con.execute("UPDATE events SET story_id = a.story_id FROM articles a "
                    "WHERE events.article_key = a.article_key AND events.story_id IS DISTINCT FROM a.story_id")
    finally:
        con.unregister("_eventwire_stories")
