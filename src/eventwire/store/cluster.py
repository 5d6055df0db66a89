"""Same-story clustering (MinHash/LSH + time window) and what hangs off it.

``signature(text)`` is an article's MinHash over word shingles (computed in the workers and
stored in ``article_minhash``). After every run, ``recluster(con)`` rebuilds the LSH index over
all stored signatures, joins articles whose estimated Jaccard similarity reaches the threshold
and whose publication dates lie within the window (union-find, so stories are transitive), names
each story by its smallest article key, and then

- gives every event its story and how many articles and sources of that story report the same
  PLOVER type between the same actor and recipient (GDELT's NumArticles/NumSources);
- pairs such events across articles of a story and keeps the pairs that
  ``eventwire.extract.contradictions.conflict(a, b)`` says cannot both hold.

Everything is recomputed from stored rows in a fixed order, so the result does not depend on
the order articles arrived in (the resume test relies on it). Settings: ``ontology/data/store/
clustering.yaml``. Not handled: incremental LSH across runs (the index is rebuilt, O(articles));
articles without a date join any story their text matches.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from ..ontology.clustering import cluster_settings
from ..records import Event, Participant, Span, record_id
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


def _close_in_time(a: str | None, b: str | None, days: int) -> bool:
    if not a or not b:
        return True
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days) <= days
    except ValueError:
        return True


def stories(items: list[tuple[str, str | None, list[int]]]) -> dict[str, str]:
    """``[(article_key, published, signature)]`` -> article_key -> story id (smallest member key)."""
    from datasketch import MinHashLSH

    cfg = cluster_settings()
    items = sorted(items)
    hashes = {key: _from_signature(sig) for key, _, sig in items}
    published = {key: pub for key, pub, _ in items}
    lsh = MinHashLSH(threshold=cfg.threshold, num_perm=cfg.num_perm)
    for key, _, _ in items:
        lsh.insert(key, hashes[key])
    parent = {key: key for key, _, _ in items}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for key, _, _ in items:
        for other in sorted(lsh.query(hashes[key])):
            if other > key and hashes[key].jaccard(hashes[other]) >= cfg.threshold \
                    and _close_in_time(published[key], published[other], cfg.window_days):
                ra, rb = find(key), find(other)
                parent[max(ra, rb)] = min(ra, rb)
    return {key: find(key) for key in parent}


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


def _conflict_fn() -> Any:
    """``contradictions.conflict`` if the extractor module provides it, else None."""
    try:
        from ..extract import contradictions
    except ImportError:
        return None
    return getattr(contradictions, "conflict", None)


_EVENT_COLS = ("record_id", "article_key", "story_id", "type", "mode", "factuality", "actor_name",
               "actor_country", "actor_sector", "actor_start", "actor_end", "actor_entity", "recipient_name",
               "recipient_country", "recipient_sector", "recipient_start", "recipient_end", "recipient_entity",
               "date", "evidence_start", "evidence_end", "evidence_text", "score", "cameo", "quad_class",
               "goldstein", "confidence")


def event_from_row(row: dict[str, Any]) -> Event:
    """Rebuild an ``Event`` record from its ``events`` row (location and trigger are not needed)."""
    def party(p: str) -> Participant | None:
        if row[f"{p}_name"] is None:
            return None
        return Participant(row[f"{p}_name"], row[f"{p}_country"], row[f"{p}_sector"], row[f"{p}_start"],
                           row[f"{p}_end"], row[f"{p}_entity"])

    evidence = Span(row["evidence_start"], row["evidence_end"], row["evidence_text"])
    return Event(row["type"], row["mode"], row["factuality"], party("actor"), party("recipient"), row["date"],
                 None, evidence, row["score"], cameo=row["cameo"], quad_class=row["quad_class"],
                 goldstein=row["goldstein"], confidence=row["confidence"])


def cross_contradictions(con: "duckdb.DuckDBPyConnection") -> int:
    """Rebuild ``cross_contradictions``: conflicting events of one story from different articles."""
    con.execute("DELETE FROM cross_contradictions")
    conflict = _conflict_fn()
    if conflict is None:
        return 0
    cols = ", ".join(f'e."{c}"' for c in _EVENT_COLS)
    cur = con.execute(f"SELECT {cols} FROM events e WHERE e.story_id IN (SELECT story_id FROM articles "
                      f"GROUP BY story_id HAVING count(*) > 1) ORDER BY e.story_id, e.article_key, e.seq")
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for values in cur.fetchall():
        row = dict(zip(_EVENT_COLS, values))
        groups[(row["story_id"], row["type"], row["actor_country"] or row["actor_name"])].append(row)
    found = [hit for group in groups.values() for hit in _pairs(group, conflict)]
    if found:
        con.executemany("INSERT INTO cross_contradictions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT DO NOTHING", found)
    return len(found)


def _pairs(group: list[dict[str, Any]], conflict: Any) -> list[tuple[Any, ...]]:
    out = []
    for a, b in itertools.combinations(group[:cluster_settings().max_group_events], 2):
        if a["article_key"] == b["article_key"]:
            continue
        reason = conflict(event_from_row(a), event_from_row(b))
        if reason:
            rid = record_id(a["record_id"], "cross_contradiction", None, None, b["record_id"])
            out.append((rid, a["story_id"], a["article_key"], a["evidence_start"], a["evidence_end"],
                        a["evidence_text"], b["article_key"], b["evidence_start"], b["evidence_end"],
                        b["evidence_text"], str(reason)))
    return out
