"""Named, parameterised queries: the only SQL that front ends (CLI, REST API, dashboard) run.

``REGISTRY`` maps a query name to a ``sql.Query``: a description, typed ``sql.Param`` specs
(what the CLI and the web layer validate against, see ``describe()``) and SQL that reads its
parameters as DuckDB named parameters (``$actor``). ``run(con, name, **params)`` checks and
converts the parameters and returns a list of dicts; ``fetch`` also says whether the row limit
cut the result and, for an empty result, why (a default that hides rows, rows the query's own
rules leave out). No user value is ever formatted into SQL text.

The store's own queries are here (documented in docs/store.md); the REST API's and dashboard's
in ``web_queries.py`` and ``view_queries.py``. All are written the same way, from the pieces in
``sql.py``; none of these modules imports another except this one importing the two.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from . import view_queries, watch_queries, web_queries
from .sql import (ACTOR, ACTOR_KEY, CONVERTERS, DATE_FROM, DATE_RANGE, DATE_TO, EVENT_COLUMNS,
                  EVENT_DATE, EVENT_FILTER_PARAMS, EVENT_FILTERS, EVENT_TABLE, EVENTS_FROM,
                  FACTUALITY_MATCH, HAPPENED, LIMIT, PAGE, PAGE_PARAMS,
                  QUOTE_COLUMNS, QUOTE_KINDS, QUOTES_FROM, RECIPIENT, RECIPIENT_KEY, Param, Query,
                  party_match)

if TYPE_CHECKING:
    import duckdb

__all__ = ["CONVERTERS", "CORE_QUERIES", "REGISTRY", "Param", "Query", "Result", "bind", "describe",
           "fetch", "run"]

_HAPPENED = Param(
    "factuality", "factuality", "factualities counted (comma-separated); 'all' for every one",
    default=",".join(HAPPENED), off="all")
#: the escalation rules other than the date and the dyad: what the notes on an empty result count
_ESCALATION_RULES = (f"e.score IS NOT NULL AND {FACTUALITY_MATCH} AND {party_match('actor', 'actor')} "
                     f"AND {party_match('recipient', 'recipient')}")
_ESCALATION_EMPTY = (
    (f"SELECT count(*) FROM {EVENTS_FROM} WHERE {EVENT_DATE} IS NULL AND {_ESCALATION_RULES}",
     "{n} matching event(s) have no date (neither their own nor their article's publication date) and "
     "are left out: give articles a publication date (`eventwire run --published`, or a date in the "
     "file name)"),
    (f"SELECT count(*) FROM {EVENTS_FROM} WHERE ({ACTOR_KEY} IS NULL OR {RECIPIENT_KEY} IS NULL) "
     f"AND {_ESCALATION_RULES} AND {DATE_RANGE}",
     "{n} matching event(s) lack an actor or a recipient, so they belong to no dyad"))

_EVENTS = Query(
    "events", "Events with every filter (actor, recipient, either party's country, PLOVER type, "
    "QuadClass, factuality, minimum confidence, date range), newest first; the same query as "
    "/api/v1/events.",
    f"""SELECT {EVENT_COLUMNS} FROM {EVENTS_FROM} WHERE {EVENT_FILTERS}
        ORDER BY date DESC NULLS LAST, a.id, e.evidence_start, e.seq {PAGE}""",
    (*EVENT_FILTER_PARAMS, *PAGE_PARAMS), columns=EVENT_TABLE)

_QUOTES = Query(
    "quotes", "Who said what: quotes by speaker, phrase, kind and the speaker's country, with the "
    "speaker's role, newest first.",
    f"""SELECT {QUOTE_COLUMNS} FROM {QUOTES_FROM}
        WHERE ($speaker IS NULL OR q.speaker ILIKE '%' || $speaker || '%')
          AND ($search IS NULL OR q.text ILIKE '%' || $search || '%')
          AND ($kind IS NULL OR q.kind = $kind)
          AND ($speaker_country IS NULL OR en.country = $speaker_country)
        ORDER BY a.published DESC NULLS LAST, a.id, q.start, q.seq {PAGE}""",
    (Param("speaker", "str", "part of the speaker's name"),
     Param("search", "str", "phrase the quote must contain (case-insensitive)"),
     Param("kind", "quote_kind", f"quote kind: {', '.join(QUOTE_KINDS)}"),
     Param("speaker_country", "country", "ISO3 code of the speaker's country"), *PAGE_PARAMS),
    columns=("speaker", "speaker_role", "kind", "text", "article_id", "published"))

_ESCALATION = Query(
    "escalation", "Escalation index per dyad per day: sum of event scores (negative = conflict) "
    "and the number of events, for events with a score, an actor, a recipient and a date, of the "
    "factualities counted (by default those that say the event happened: asserted, reported).",
    f"""SELECT {EVENT_DATE} AS date, {ACTOR_KEY} AS actor, {RECIPIENT_KEY} AS recipient,
               round(sum(e.score), 3) AS escalation, count(*) AS events,
               count(DISTINCT e.article_key) AS articles
        FROM {EVENTS_FROM}
        WHERE e.score IS NOT NULL AND {FACTUALITY_MATCH}
          AND {ACTOR_KEY} IS NOT NULL AND {RECIPIENT_KEY} IS NOT NULL AND {EVENT_DATE} IS NOT NULL
          AND {party_match("actor", "actor")} AND {party_match("recipient", "recipient")}
          AND {DATE_RANGE}
        GROUP BY ALL ORDER BY date, actor, recipient LIMIT $limit""",
    (ACTOR, RECIPIENT, _HAPPENED, DATE_FROM, DATE_TO, LIMIT),
    why_empty=_ESCALATION_EMPTY)

_TOP_ACTORS = Query(
    "top_actors", "Actors with the most events (as actor or recipient), with their summed score.",
    f"""WITH parties AS (
            SELECT {ACTOR_KEY} AS actor, e.score, 'actor' AS role, e.type FROM events e
            UNION ALL
            SELECT {RECIPIENT_KEY}, e.score, 'recipient', e.type FROM events e)
        SELECT actor, count(*) AS events, count(*) FILTER (WHERE role = 'actor') AS as_actor,
               count(*) FILTER (WHERE role = 'recipient') AS as_recipient, round(sum(score), 3) AS score
        FROM parties WHERE actor IS NOT NULL AND ($type IS NULL OR type = $type)
        GROUP BY actor ORDER BY events DESC, actor LIMIT $limit""",
    (Param("type", "event_type", "only events of this PLOVER type"), LIMIT))

_EVENT_ARTICLES = Query(
    "event_articles", "Articles behind an event: every article of the same story reporting the same "
    "type between the same actors.",
    f"""WITH target AS (SELECT e.story_id, e.type, {ACTOR_KEY} AS ak, {RECIPIENT_KEY} AS rk
                        FROM events e WHERE e.record_id = $event_id)
        SELECT DISTINCT a.id AS article_id, a.title, a.published, a.publisher, a.url, e.record_id,
               e.factuality, e.evidence_text
        FROM {EVENTS_FROM} JOIN target t
          ON e.type = t.type AND e.story_id = t.story_id
         AND {ACTOR_KEY} IS NOT DISTINCT FROM t.ak AND {RECIPIENT_KEY} IS NOT DISTINCT FROM t.rk
        UNION
        SELECT a.id, a.title, a.published, a.publisher, a.url, e.record_id, e.factuality, e.evidence_text
        FROM {EVENTS_FROM} WHERE e.record_id = $event_id
        ORDER BY published NULLS LAST, article_id LIMIT $limit""",
    (Param("event_id", "str", "record_id of the event (from the events query)", required=True), LIMIT))

_STORIES = Query(
    "stories", "Same-story clusters: how many articles and sources tell each story.",
    """SELECT a.story_id, count(*) AS articles, count(DISTINCT coalesce(a.publisher, a.source)) AS sources,
              min(a.published) AS first_published, max(a.published) AS last_published,
              arg_min(coalesce(a.title, a.id), coalesce(a.published, '')) AS example
       FROM articles a WHERE a.story_id IS NOT NULL
       GROUP BY a.story_id HAVING count(*) >= $min_articles
       ORDER BY articles DESC, a.story_id LIMIT $limit""",
    (Param("min_articles", "int", "only stories told by at least this many articles", default=2, off="1"),
     LIMIT))

_CONTRADICTIONS = Query(
    "contradictions", "Statements that cannot both hold, within one article and across articles.",
    """SELECT 'within' AS scope, a.id AS article_a, a.id AS article_b, c.a_text, c.b_text, c.reason
       FROM contradictions c JOIN articles a USING (article_key)
       UNION ALL
       SELECT 'across', aa.id, ab.id, x.a_text, x.b_text, x.reason
       FROM cross_contradictions x JOIN articles aa ON aa.article_key = x.a_article_key
            JOIN articles ab ON ab.article_key = x.b_article_key
       ORDER BY scope DESC, article_a, article_b LIMIT $limit""",
    (LIMIT,))

_SUMMARY = Query(
    "summary", "Rows per table of the store.",
    """SELECT 'articles' AS "table", count(*) AS "rows" FROM articles
       UNION ALL SELECT 'entities', count(*) FROM entities UNION ALL SELECT 'mentions', count(*) FROM mentions
       UNION ALL SELECT 'quotes', count(*) FROM quotes UNION ALL SELECT 'events', count(*) FROM events
       UNION ALL SELECT 'counts', count(*) FROM counts UNION ALL SELECT 'dates', count(*) FROM dates
       UNION ALL SELECT 'places', count(*) FROM places
       UNION ALL SELECT 'contradictions', count(*) FROM contradictions
       UNION ALL SELECT 'cross_contradictions', count(*) FROM cross_contradictions
       UNION ALL SELECT 'problems', count(*) FROM problems UNION ALL SELECT 'runs', count(*) FROM runs""",
    ())

_CORE = (_EVENTS, _QUOTES, _ESCALATION, _TOP_ACTORS, _EVENT_ARTICLES, _STORIES, _CONTRADICTIONS, _SUMMARY)
#: The store's own queries (documented in docs/store.md).
CORE_QUERIES: tuple[str, ...] = tuple(q.name for q in _CORE)
#: Every named query, by name.
REGISTRY: dict[str, Query] = {q.name: q for q in (*_CORE, *web_queries.QUERIES, *view_queries.QUERIES,
                                                  *watch_queries.QUERIES)}


def describe() -> list[dict[str, Any]]:
    """The registry as plain data (name, description, params with type/default/required/help)."""
    return [{"name": q.name, "description": q.description,
             "params": [{"name": p.name, "type": p.type, "default": p.default, "required": p.required,
                         "help": p.help} for p in q.params]} for q in REGISTRY.values()]


def bind(name: str, params: dict[str, Any]) -> tuple[Query, dict[str, Any]]:
    """Look up a query and convert its parameters; raise InputError on unknown or bad ones."""
    if name not in REGISTRY:
        raise InputError(f"unknown query {name!r}; choose from {', '.join(sorted(REGISTRY))}")
    query = REGISTRY[name]
    known = {p.name: p for p in query.params}
    unknown = sorted(k for k, v in params.items() if k not in known and v is not None)
    if unknown:
        raise InputError(f"query {name!r} has no parameter {', '.join(unknown)}; it takes "
                         f"{', '.join(known) or 'none'}")
    return query, {p.name: _convert(name, p, params.get(p.name)) for p in query.params}


def _convert(query: str, param: Param, value: Any) -> Any:
    if value is None or value == "":
        if param.required:
            raise InputError(f"query {query!r} needs {param.option}")
        value = param.default
        if value is None:
            return None
    try:
        return CONVERTERS[param.type](value)
    except ValueError as exc:
        raise InputError(f"{param.option} {value!r}: {exc}") from exc


def _rows(con: "duckdb.DuckDBPyConnection", sql: str, bound: dict[str, Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, bound)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def run(con: "duckdb.DuckDBPyConnection", name: str, **params: Any) -> list[dict[str, Any]]:
    """Run the named query with checked parameters; rows as dicts in column order."""
    query, bound = bind(name, params)
    return _rows(con, query.sql, bound)


@dataclass
class Result:
    """Rows of a query, whether the row limit left more out, and notes on an empty result."""

    rows: list[dict[str, Any]]
    more: bool = False
    notes: list[str] = field(default_factory=list)


def fetch(con: "duckdb.DuckDBPyConnection", name: str, **params: Any) -> Result:
    """Like ``run``, plus: ``more`` when rows beyond ``limit`` exist; for an empty result, notes on
    the rows that a default left out (with the option that shows them) and that the query's own
    rules leave out (``Query.why_empty``)."""
    query, bound = bind(name, params)
    limit = bound.get("limit")
    if limit is not None:
        bound["limit"] = limit + 1
    rows = _rows(con, query.sql, bound)
    result = Result(rows[:limit] if limit is not None else rows, limit is not None and len(rows) > limit)
    if not rows:
        result.notes = _why_empty(con, query, params, bound)
    return result


def _count(con: "duckdb.DuckDBPyConnection", sql: str, bound: dict[str, Any]) -> int:
    """The number SQL ``sql`` counts (a ``SELECT count(*)``), with the parameters it uses."""
    row = con.execute(sql, {k: v for k, v in bound.items() if f"${k}" in sql}).fetchone()
    return int(row[0]) if row else 0


def _why_empty(con: "duckdb.DuckDBPyConnection", query: Query, given: dict[str, Any],
               bound: dict[str, Any]) -> list[str]:
    notes = []
    cap = bound.get("limit")
    for p in query.params:
        if p.off is None or given.get(p.name) not in (None, ""):
            continue
        relaxed = dict(bound, **{p.name: CONVERTERS[p.type](p.off)}, **({"offset": 0} if "offset" in bound else {}))
        n = _count(con, f"SELECT count(*) FROM ({query.sql})", relaxed)
        if n:
            shown = f"more than {cap - 1}" if cap is not None and n >= cap else str(n)
            notes.append(f"{shown} row(s) are hidden by the default {p.option} {p.default}; "
                         f"pass {p.option} {p.off} to see them")
    for sql, message in query.why_empty:
        n = _count(con, sql, bound)
        if n:
            notes.append(message.format(n=n))
    return notes
