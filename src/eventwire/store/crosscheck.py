"""Cross-article contradictions: statements in different articles of one story that cannot both hold.

After clustering, events (grouped by story, PLOVER type and actor) and counts (grouped by story
and category) from *different* articles are compared pairwise with
``eventwire.extract.contradictions.conflict(a, b)``, the same test the extractor applies inside one
article; events are rebuilt as contract dicts from their rows (``unflatten``), counts as claims
from their stored ``claim`` field (sentence, counted noun, update cue: read off the parse by the
counts extractor) and the stored places and dates inside that sentence — the store compares stored
facts, it does not re-read the text. Pairs it rejects are dropped; the others land in
``cross_contradictions`` with both spans and the reason.
Each clustering step rebuilds the rows of the stories it touched (all of them after a full
re-clustering), in a fixed order, so the table does not depend on arrival order.

Not handled: stories larger than ``max_group_events`` records per group (only the first ones, in
article order, are compared); contradictions between articles of different stories.
"""
from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..ontology.clustering import cluster_settings
from ..records import record_id
from . import schema

if TYPE_CHECKING:
    import duckdb

Conflict = Callable[[Any, Any], "str | None"]

#: record kind -> (columns of the group key besides story_id, columns of the (start, end, text) span)
_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, str, str]]] = {
    "events": (("type", "actor_country"), ("evidence_start", "evidence_end", "evidence_text")),
    "counts": (("category",), ("start", "end", "text")),
}


def conflict_fn() -> Conflict:
    """``extract.contradictions.conflict``, the test the extractor applies inside one article
    (imported here, not at module level, so the store loads without the extractors)."""
    from ..extract import contradictions

    return contradictions.conflict


def unflatten(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """The contract dict of a record from its row (inverse of ``schema.flatten`` plus ``extra``)."""
    out: dict[str, Any] = {}
    for col in schema.RECORD_COLUMNS[kind]:
        node = out
        for key in col.path[:-1]:
            node = node.setdefault(key, {})
        node[col.path[-1]] = row[col.name]
    for key, value in list(out.items()):
        if isinstance(value, dict) and all(v is None for v in value.values()):
            out[key] = None
    out.update(json.loads(row["extra"]) if row.get("extra") else {})
    return out


def _groups(con: "duckdb.DuckDBPyConnection", kind: str, stories: list[str] | None) -> list[list[dict[str, Any]]]:
    cols = list(dict.fromkeys(("record_id", "article_key", "extra", *(c.name for c in schema.RECORD_COLUMNS[kind]))))
    names = ", ".join(f'r."{c}"' for c in cols)
    only = "" if stories is None else "AND list_contains($stories, a.story_id) "
    cur = con.execute(f'SELECT {names}, a.story_id FROM "{kind}" r JOIN articles a USING (article_key) '
                      f"WHERE a.story_id IN (SELECT story_id FROM articles GROUP BY story_id HAVING count(*) > 1) "
                      f"{only}ORDER BY a.story_id, r.article_key, r.seq",
                      {} if stories is None else {"stories": stories})
    keys, groups = _KINDS[kind][0], defaultdict(list)
    for values in cur.fetchall():
        row = dict(zip([*cols, "story"], values))
        groups[(row["story"], *(row[k] for k in keys))].append(row)
    cap = cluster_settings().max_group_events  # only these are compared: rebuild no more claims than that
    return [g[:cap] for key, g in groups.items() if all(k is not None for k in key)]


def _claims(con: "duckdb.DuckDBPyConnection", kind: str, groups: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """record_id -> what ``conflict`` compares: the contract dict, or for counts the Claim of its
    stored ``claim`` with the stored places and dates of its sentence (none for a count stored
    without ``claim``: rerun such articles to compare them)."""
    rows = {r["record_id"]: (r["article_key"], unflatten(kind, r)) for g in groups for r in g}
    if kind != "counts":
        return {rid: record for rid, (_, record) in rows.items()}
    from ..extract.contradictions import claim_of_count

    keys = {"keys": sorted({key for key, _ in rows.values()})}
    places, dates = defaultdict(list), defaultdict(list)
    for key, start, name in con.execute("SELECT article_key, start, name FROM places "
                                        "WHERE list_contains($keys, article_key)", keys).fetchall():
        places[key].append((start, name))
    for key, start, day in con.execute("SELECT article_key, start, date FROM dates "
                                       "WHERE list_contains($keys, article_key)", keys).fetchall():
        dates[key].append((start, day))
    return {rid: claim_of_count(record, places[key], dates[key], same_article=False)
            for rid, (key, record) in rows.items()}


def _pairs(kind: str, group: list[dict[str, Any]], claims: dict[str, Any],
           conflict: Conflict) -> list[tuple[Any, ...]]:
    start, end, text = _KINDS[kind][1]
    out = []
    for a, b in itertools.combinations(group[:cluster_settings().max_group_events], 2):
        ca, cb = claims[a["record_id"]], claims[b["record_id"]]
        if a["article_key"] == b["article_key"] or ca is None or cb is None:
            continue
        reason = conflict(ca, cb)
        if reason:
            rid = record_id(a["record_id"], "cross_contradiction", None, None, b["record_id"])
            out.append((rid, a["story"], a["article_key"], a[start], a[end], a[text], b["article_key"], b[start],
                        b[end], b[text], str(reason)))
    return out


def cross_contradictions(con: "duckdb.DuckDBPyConnection", conflict: Conflict | None = None,
                         stories: list[str] | None = None) -> int:
    """Rebuild ``cross_contradictions`` (only the rows of ``stories`` when given); return how many
    pairs were found."""
    if stories is None:
        con.execute("DELETE FROM cross_contradictions")
    else:
        con.execute("DELETE FROM cross_contradictions WHERE list_contains($stories, story_id)", {"stories": stories})
    if stories == []:
        return 0
    conflict = conflict or conflict_fn()
    found = []
    for kind in _KINDS:
        groups = _groups(con, kind, stories)
        claims = _claims(con, kind, groups) if groups else {}
        found += [hit for group in groups for hit in _pairs(kind, group, claims, conflict)]
    if found:
        con.executemany("INSERT INTO cross_contradictions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT DO NOTHING", found)
    return len(found)
