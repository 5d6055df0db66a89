"""Same-story clustering (MinHash/LSH + time window), incremental, and what hangs off it.

``signature(text)`` is an article's MinHash over word shingles (computed in the workers and
stored in ``article_minhash``). After every run or watch pass, ``recluster(con)`` clusters only
what is new:

1. the *new* articles are those with a signature and no story yet (``articles.story_id`` NULL);
   their LSH band hashes (the bands of datasketch's ``MinHashLSH`` for the configured threshold
   and number of permutations) go to ``article_bands`` with their publication day;
2. the *region* is the new articles, the stored articles that share a band bucket with one of
   them and were published within two windows of it (or have no date), and every member of
   those articles' stories: the stories the new articles can join;
3. the region is clustered from scratch: inside each band bucket every article is linked to
   one *representative*, the smallest article key among the bucket's members published within
   ``window_days`` of it (an undated article: the smallest key of the whole bucket), so a
   bucket of n near-duplicates gives n links, not n²/2 pairs (found in SQL); links whose
   estimated Jaccard similarity (share of equal signature values, compared in numpy) reaches
   the threshold are joined in
   key order by a union-find that refuses a join stretching a story's date range beyond the
   window (stories do not chain across weeks). A story's id is its smallest article key;
4. for the stories touched (before and after), and those of articles read again from a new
   source (``article_sources`` rows past the ``cluster_state`` mark), every event gets its
   story and how many articles and sources of that story report the same PLOVER type between
   the same actor and recipient (GDELT's NumArticles/NumSources), and cross-article
   contradictions are rebuilt (``crosscheck.py``).

A rerun with nothing new does no clustering work. The result is a function of the stored rows
(not of arrival order) whenever a region holds every article its stories link to, which is
what reprints and edited copies give; a story whose members link to articles outside the
region (a template feed published daily for months) can come out differently from a
from-scratch clustering of everything (``recluster(con, full=True)`` does that).
Settings: ``ontology/data/store/clustering.yaml``. Memory and time: O(region) per pass; DuckDB
holds the band rows (spilling to disk under its memory limit), Python one entry per region
article. Not handled: a region that is one huge near-duplicate story is re-clustered whole on
every pass that adds to it (O(story size), never O(story size²)).
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
#: ``cluster_state`` row: the largest ``article_sources`` rowid whose article's story counts are current
_SOURCES_MARK = "sources_seen"


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
    """Union-find over articles; a story's date range may never exceed the window (no chaining)."""

    def __init__(self, window: int) -> None:
        self.parent: dict[str, str] = {}
        self.span: dict[str, tuple[int, int] | None] = {}
        self.window = window

    def add(self, k: str, day: int | None) -> None:
        if k not in self.parent:
            self.parent[k], self.span[k] = k, (day, day) if day is not None else None

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
        if merged and merged[1] - merged[0] > self.window:
            return
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child], self.span[root] = root, merged


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


# --- SQL of one clustering step. Temp tables: _ew_new (article_key, day, signature) = articles to
# place, _ew_nb = their bands, _ew_region (article_key, day), _ew_rb = the region's bands. ---

_DAY = "date_diff('day', DATE '1970-01-01', TRY_CAST(left({col}, 10) AS DATE))"

_NEW_SQL = f"""
CREATE OR REPLACE TEMP TABLE _ew_new AS
SELECT m.article_key, {_DAY.format(col='a.published')}::INTEGER AS day, m.signature
FROM article_minhash m JOIN articles a USING (article_key)
WHERE a.story_id IS NULL OR $full"""

_BANDS_SQL = """
CREATE OR REPLACE TEMP TABLE _ew_nb AS
SELECT article_key, b::INTEGER AS band, hash(signature[b * $rows + 1:(b + 1) * $rows]) AS hash, day
FROM _ew_new CROSS JOIN range(0, $bands) t(b)"""

#: stored articles sharing a bucket with a new one, within two windows, expanded to their stories
_REGION_SQL = """
CREATE OR REPLACE TEMP TABLE _ew_region AS
WITH buckets AS (SELECT band, hash, min(day) AS lo, max(day) AS hi, bool_or(day IS NULL) AS undated
                 FROM _ew_nb GROUP BY band, hash),
near AS (SELECT DISTINCT s.article_key FROM article_bands s JOIN buckets b ON s.band = b.band AND s.hash = b.hash
         WHERE b.undated OR s.day IS NULL OR s.day BETWEEN b.lo - 2 * $window AND b.hi + 2 * $window),
stories AS (SELECT DISTINCT a.story_id FROM articles a JOIN near USING (article_key))
SELECT a.article_key, {day}::INTEGER AS day, a.story_id AS old_story FROM articles a
WHERE a.story_id IN (SELECT story_id FROM stories) AND a.article_key NOT IN (SELECT article_key FROM _ew_new)
UNION ALL SELECT article_key, day, NULL FROM _ew_new"""

_REGION_BANDS_SQL = """
CREATE OR REPLACE TEMP TABLE _ew_rb AS
SELECT article_key, band, hash, day FROM _ew_nb
UNION ALL
SELECT s.article_key, s.band, s.hash, s.day FROM article_bands s
WHERE s.article_key IN (SELECT article_key FROM _ew_region WHERE old_story IS NOT NULL)"""

#: each article -> its bucket representative (dated: smallest key within the window; undated:
#: smallest key of the bucket); the distinct links (a < o) as indexes into ``_ew_keys`` (the
#: region's articles in key order), in key order
_LINKS_SQL = """
WITH reps AS (
    SELECT article_key, day,
           min(article_key) OVER (PARTITION BY band, hash, day IS NULL ORDER BY day
                                  RANGE BETWEEN $window PRECEDING AND $window FOLLOWING) AS near_rep,
           min(article_key) OVER (PARTITION BY band, hash) AS bucket_rep
    FROM _ew_rb),
links AS (SELECT DISTINCT least(article_key, rep) AS a, greatest(article_key, rep) AS o
          FROM (SELECT article_key, CASE WHEN day IS NULL THEN bucket_rep ELSE near_rep END AS rep FROM reps)
          WHERE rep <> article_key)
SELECT ka.i AS a, ko.i AS o FROM links l JOIN _ew_keys ka ON ka.article_key = l.a
JOIN _ew_keys ko ON ko.article_key = l.o ORDER BY l.a, l.o"""

#: the region's articles in key order, numbered from 0, with their signatures
_KEYS_SQL = """
CREATE OR REPLACE TEMP TABLE _ew_keys AS
SELECT (row_number() OVER (ORDER BY r.article_key) - 1)::INTEGER AS i, r.article_key, r.day, s.signature
FROM _ew_region r JOIN {sigs} s USING (article_key)"""


def _params(full: bool = False) -> dict[str, Any]:
    bands, rows = lsh_shape()
    cfg = cluster_settings()
    return {"bands": bands, "rows": rows, "window": cfg.window_days, "threshold": cfg.threshold, "full": full}


def _links(con: "duckdb.DuckDBPyConnection") -> Iterator[tuple[int, int]]:
    """Links (a, o) between region articles (indexes into ``_ew_keys``) whose share of equal
    signature values reaches the threshold, in key order; compared in numpy, O(links)."""
    import numpy as np

    p = _params()
    sig = con.sql("SELECT signature FROM _ew_keys ORDER BY i").to_arrow_table().column(0).combine_chunks()
    width = cluster_settings().num_perm
    values = np.asarray(sig.flatten().to_numpy(zero_copy_only=False), dtype=np.uint64).reshape(-1, width)
    for batch in con.sql(_LINKS_SQL, params={"window": p["window"]}).to_arrow_reader(4096):
        a, o = batch.column(0).to_numpy(), batch.column(1).to_numpy()
        keep = (values[a] == values[o]).sum(axis=1) >= p["threshold"] * width
        yield from zip(a[keep].tolist(), o[keep].tolist())


def _place(con: "duckdb.DuckDBPyConnection", sigs: str, full: bool = False) -> dict[str, str]:
    """Build the temp tables of one step (new articles, bands, region) and cluster the region:
    article_key -> story id for every region article."""
    p = _params(full)
    if sigs == "article_minhash":
        con.execute(_NEW_SQL, {"full": full})
    else:
        con.execute(_ITEMS_NEW_SQL)
    con.execute(_BANDS_SQL, {"bands": p["bands"], "rows": p["rows"]})
    if sigs == "article_minhash" and not full:
        con.execute(_REGION_SQL.format(day=_DAY.format(col="a.published")), {"window": p["window"]})
        con.execute(_REGION_BANDS_SQL)
    else:
        con.execute("CREATE OR REPLACE TEMP TABLE _ew_region AS SELECT article_key, day, NULL AS old_story "
                    "FROM _ew_new")
        con.execute("CREATE OR REPLACE TEMP TABLE _ew_rb AS SELECT * FROM _ew_nb")
    con.execute(_KEYS_SQL.format(sigs=sigs))
    found, keys = _Stories(p["window"]), []
    for key, day in con.execute("SELECT article_key, day FROM _ew_keys ORDER BY i").fetchall():
        found.add(key, day)
        keys.append(key)
    for a, o in _links(con):
        found.join(keys[a], keys[o])
    return {key: found.find(key) for key in keys}


_ITEMS_NEW_SQL = f"""
CREATE OR REPLACE TEMP TABLE _ew_new AS
SELECT article_key, {_DAY.format(col='published')}::INTEGER AS day, signature FROM _items"""


def _drop_temp(con: "duckdb.DuckDBPyConnection") -> None:
    for table in ("_ew_keys", "_ew_rb", "_ew_region", "_ew_nb", "_ew_new"):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def stories(items: list[tuple[str, str | None, list[int]]]) -> dict[str, str]:
    """``[(article_key, published, signature)]`` -> article_key -> story id (smallest member key)."""
    import duckdb

    con = duckdb.connect()
    try:
        con.register("_items", pa.table({"article_key": [k for k, _, _ in items],
                                         "published": pa.array([p for _, p, _ in items], pa.string()),
                                         "signature": pa.array([s for _, _, s in items], pa.list_(pa.uint64()))}))
        found = _place(con, "_items")
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
          FROM events e JOIN article_sources s USING (article_key)
          WHERE e.story_id IN (SELECT story_id FROM _ew_touched))
    WINDOW w AS (PARTITION BY story_id, type, ak, rk)) AS x
WHERE events.record_id = x.record_id"""


def recluster(con: "duckdb.DuckDBPyConnection", full: bool = False) -> dict[str, int]:
    """Cluster the new articles into stories and refresh what depends on the stories they touch
    (own transaction); ``full`` re-clusters every stored article from scratch.

    Returns {"stories", "articles" (clustered), "cross_contradictions" (in the store), "found"
    (cross-article contradictions found in the touched stories), "placed" (articles clustered
    in this call)}.
    """
    if not full and _nothing_new(con):
        return _totals(con) | {"found": 0, "placed": 0}
    try:
        if full:
            con.execute("DELETE FROM article_bands")
        elif not con.execute("SELECT count(*) FROM article_bands").fetchall()[0][0]:
            full = True  # a store clustered before article_bands existed: build them once
        story = _place(con, "article_minhash", full)
        return _commit(con, story, full)
    finally:
        _drop_temp(con)


def _first_row(cur: "duckdb.DuckDBPyConnection") -> tuple[Any, ...] | None:
    """The first row of a result, the result consumed (DuckDB refuses other work on the
    connection while a result is unfinished)."""
    rows = cur.fetchall()
    return rows[0] if rows else None


def _nothing_new(con: "duckdb.DuckDBPyConnection") -> bool:
    """No unclustered article and no new ``article_sources`` row since the last clustering step."""
    mark = _first_row(con.execute("SELECT value FROM cluster_state WHERE name = ?", [_SOURCES_MARK]))
    if mark is None:
        return False
    top, unplaced = con.execute(
        "SELECT (SELECT coalesce(max(rowid), -1) FROM article_sources), "
        "(SELECT count(*) FROM articles WHERE story_id IS NULL "
        "AND article_key IN (SELECT article_key FROM article_minhash))").fetchall()[0]
    return top <= mark[0] and not unplaced


def _totals(con: "duckdb.DuckDBPyConnection") -> dict[str, int]:
    n_stories, n_articles, n_cross = con.execute(
        "SELECT count(DISTINCT story_id), count(story_id), (SELECT count(*) FROM cross_contradictions) "
        "FROM articles").fetchall()[0]
    return {"stories": n_stories, "articles": n_articles, "cross_contradictions": n_cross}


def _commit(con: "duckdb.DuckDBPyConnection", story: dict[str, str], full: bool) -> dict[str, int]:
    mark = _first_row(con.execute("SELECT value FROM cluster_state WHERE name = ?", [_SOURCES_MARK]))
    seen = -1 if full or mark is None else mark[0]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("INSERT INTO article_bands SELECT article_key, band, hash, day FROM _ew_nb")
        _set_stories(con, story, seen)
        con.execute(_EVENT_REPORTS_SQL)
        touched = [s for (s,) in con.execute("SELECT story_id FROM _ew_touched").fetchall()]
        found = cross_contradictions(con, stories=None if full else touched)
        top = con.execute("SELECT coalesce(max(rowid), -1) FROM article_sources").fetchall()[0][0]
        con.execute("INSERT OR REPLACE INTO cluster_state VALUES (?, ?)", [_SOURCES_MARK, top])
        totals = _totals(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("DROP TABLE IF EXISTS _ew_touched")
    return totals | {"found": found, "placed": len(story)}


def _set_stories(con: "duckdb.DuckDBPyConnection", story: dict[str, str], seen: int) -> None:
    """Region articles get their story; ``_ew_touched`` = their stories before and after, plus the
    stories of articles read from a new source since ``seen`` (an ``article_sources`` rowid)."""
    table = pa.table({"article_key": pa.array(list(story), pa.string()),
                      "story_id": pa.array(list(story.values()), pa.string())})
    con.register("_eventwire_stories", table)
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _ew_touched AS "
                    "SELECT story_id FROM _eventwire_stories UNION "
                    "SELECT old_story FROM _ew_region WHERE old_story IS NOT NULL UNION "
                    "SELECT a.story_id FROM articles a WHERE a.story_id IS NOT NULL AND a.article_key IN "
                    "(SELECT article_key FROM article_sources WHERE rowid > ?)", [seen])
        con.execute("UPDATE articles SET story_id = s.story_id FROM _eventwire_stories s "
                    "WHERE articles.article_key = s.article_key "
                    "AND articles.story_id IS DISTINCT FROM s.story_id")
        con.execute("UPDATE events SET story_id = s.story_id FROM _eventwire_stories s "
                    "WHERE events.article_key = s.article_key AND events.story_id IS DISTINCT FROM s.story_id")
    finally:
        con.unregister("_eventwire_stories")
