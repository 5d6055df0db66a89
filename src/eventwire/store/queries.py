"""Named, parameterised queries: the only SQL that front ends (CLI, REST API, dashboard) run.

``REGISTRY`` maps a query name to a ``Query``: a description, typed ``Param`` specs (what a web
layer validates against, see ``describe()``) and SQL that reads its parameters as DuckDB named
parameters (``$actor``). ``run(con, name, **params)`` checks and converts the parameters and
returns a list of dicts. No user value is ever formatted into SQL text.

Conventions: an actor/recipient filter matches an ISO3 country code exactly (``IRN``) or the
name case-insensitively as a substring (``esper``); a date filter compares ISO date strings of
the event date when it is a full day, else the article's publication date. Not handled: full-text
ranking (search is substring matching), time zones.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError

if TYPE_CHECKING:
    import duckdb


def _iso_date(value: Any) -> str:
    return dt.date.fromisoformat(str(value)).isoformat()


def _limit(value: Any) -> int:
    n = int(value)
    if not 1 <= n <= 100_000:
        raise ValueError("must be between 1 and 100000")
    return n


#: Parameter type name -> converter from user input (CLI string or JSON value).
CONVERTERS: dict[str, Callable[[Any], Any]] = {"str": str, "int": int, "date": _iso_date, "limit": _limit,
                                              "float": float}


@dataclass(frozen=True)
class Param:
    """One query parameter: name, type (key of CONVERTERS), default and help text."""

    name: str
    type: str
    help: str
    default: Any = None
    required: bool = False


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    sql: str
    params: tuple[Param, ...] = field(default_factory=tuple)


_LIMIT = Param("limit", "limit", "maximum rows returned", default=100)
_ACTOR = Param("actor", "str", "actor ISO3 country code or part of its name")
_RECIPIENT = Param("recipient", "str", "recipient ISO3 country code or part of its name")
_FROM = Param("date_from", "date", "first event date (YYYY-MM-DD), inclusive")
_TO = Param("date_to", "date", "last event date (YYYY-MM-DD), inclusive")


def _party_match(prefix: str, param: str) -> str:
    return (f"(${param} IS NULL OR e.{prefix}_country = upper(${param}) "
            f"OR e.{prefix}_name ILIKE '%' || ${param} || '%')")


#: the event's own date when it is a full ISO day ("2020-01-03"), else the article's publication date
_EVENT_DATE = ("(CASE WHEN regexp_full_match(coalesce(e.date, ''), '\\d{4}-\\d{2}-\\d{2}') "
               "THEN e.date ELSE a.published END)")
_DATE_RANGE = (f"($date_from IS NULL OR {_EVENT_DATE} >= $date_from) "
               f"AND ($date_to IS NULL OR {_EVENT_DATE} <= $date_to)")
_ACTOR_KEY = "coalesce(e.actor_country, e.actor_name)"
_RECIPIENT_KEY = "coalesce(e.recipient_country, e.recipient_name)"

_EVENTS = Query(
    "events", "Events filtered by actor, recipient, PLOVER type and date range, newest first.",
    f"""SELECT e.record_id, {_EVENT_DATE} AS date, e.type, e.mode, e.factuality,
               e.actor_name, e.actor_country, e.recipient_name, e.recipient_country, e.score,
               e.num_articles, e.num_sources, a.id AS article_id, e.evidence_text
        FROM events e JOIN articles a USING (article_key)
        WHERE {_party_match("actor", "actor")} AND {_party_match("recipient", "recipient")}
          AND ($type IS NULL OR e.type = upper($type)) AND {_DATE_RANGE}
        ORDER BY date DESC NULLS LAST, a.id, e.seq LIMIT $limit""",
    (_ACTOR, _RECIPIENT, Param("type", "str", "PLOVER event type, e.g. ASSAULT"), _FROM, _TO, _LIMIT))

_QUOTES = Query(
    "quotes", "Who said what: quotes by speaker and/or containing a phrase.",
    """SELECT q.speaker, q.kind, q.text, a.id AS article_id, a.published, q.start, q."end"
       FROM quotes q JOIN articles a USING (article_key)
       WHERE ($speaker IS NULL OR q.speaker ILIKE '%' || $speaker || '%')
         AND ($search IS NULL OR q.text ILIKE '%' || $search || '%')
       ORDER BY a.published DESC NULLS LAST, a.id, q.seq LIMIT $limit""",
    (Param("speaker", "str", "part of the speaker's name"),
     Param("search", "str", "phrase the quote must contain (case-insensitive)"), _LIMIT))

_ESCALATION = Query(
    "escalation", "Escalation index per dyad per day: sum of event scores (negative = conflict) "
    "and the number of events, for asserted-or-reported events with a score, an actor, a recipient "
    "and a date.",
    f"""SELECT {_EVENT_DATE} AS date, {_ACTOR_KEY} AS actor, {_RECIPIENT_KEY} AS recipient,
               round(sum(e.score), 3) AS escalation, count(*) AS events,
               count(DISTINCT e.article_key) AS articles
        FROM events e JOIN articles a USING (article_key)
        WHERE e.score IS NOT NULL AND e.factuality IN ('asserted', 'reported')
          AND {_ACTOR_KEY} IS NOT NULL AND {_RECIPIENT_KEY} IS NOT NULL AND {_EVENT_DATE} IS NOT NULL
          AND {_party_match("actor", "actor")} AND {_party_match("recipient", "recipient")}
          AND {_DATE_RANGE}
        GROUP BY ALL ORDER BY date, actor, recipient LIMIT $limit""",
    (_ACTOR, _RECIPIENT, _FROM, _TO, _LIMIT))

_TOP_ACTORS = Query(
    "top_actors", "Actors with the most events (as actor or recipient), with their summed score.",
    f"""WITH parties AS (
            SELECT {_ACTOR_KEY} AS actor, e.score, 'actor' AS role, e.type FROM events e
            UNION ALL
            SELECT {_RECIPIENT_KEY}, e.score, 'recipient', e.type FROM events e)
        SELECT actor, count(*) AS events, count(*) FILTER (WHERE role = 'actor') AS as_actor,
               count(*) FILTER (WHERE role = 'recipient') AS as_recipient, round(sum(score), 3) AS score
        FROM parties WHERE actor IS NOT NULL AND ($type IS NULL OR type = upper($type))
        GROUP BY actor ORDER BY events DESC, actor LIMIT $limit""",
    (Param("type", "str", "only events of this PLOVER type"), _LIMIT))

_EVENT_ARTICLES = Query(
    "event_articles", "Articles behind an event: every article of the same story reporting the same "
    "type between the same actors.",
    f"""WITH target AS (SELECT e.story_id, e.type, {_ACTOR_KEY} AS ak, {_RECIPIENT_KEY} AS rk
                        FROM events e WHERE e.record_id = $event_id)
        SELECT DISTINCT a.id AS article_id, a.title, a.published, a.publisher, a.url, e.record_id,
               e.factuality, e.evidence_text
        FROM events e JOIN articles a USING (article_key) JOIN target t
          ON e.type = t.type AND e.story_id = t.story_id
         AND {_ACTOR_KEY} IS NOT DISTINCT FROM t.ak AND {_RECIPIENT_KEY} IS NOT DISTINCT FROM t.rk
        UNION
        SELECT a.id, a.title, a.published, a.publisher, a.url, e.record_id, e.factuality, e.evidence_text
        FROM events e JOIN articles a USING (article_key) WHERE e.record_id = $event_id
        ORDER BY published NULLS LAST, article_id LIMIT $limit""",
    (Param("event_id", "str", "record_id of the event (from the events query)", required=True), _LIMIT))

_STORIES = Query(
    "stories", "Same-story clusters: how many articles and sources tell each story.",
    """SELECT a.story_id, count(*) AS articles, count(DISTINCT coalesce(a.publisher, a.source)) AS sources,
              min(a.published) AS first_published, max(a.published) AS last_published,
              arg_min(coalesce(a.title, a.id), coalesce(a.published, '')) AS example
       FROM articles a WHERE a.story_id IS NOT NULL
       GROUP BY a.story_id HAVING count(*) >= $min_articles
       ORDER BY articles DESC, a.story_id LIMIT $limit""",
    (Param("min_articles", "int", "only stories told by at least this many articles", default=2), _LIMIT))

_CONTRADICTIONS = Query(
    "contradictions", "Statements that cannot both hold, within one article and across articles.",
    """SELECT 'within' AS scope, a.id AS article_a, a.id AS article_b, c.a_text, c.b_text, c.reason
       FROM contradictions c JOIN articles a USING (article_key)
       UNION ALL
       SELECT 'across', aa.id, ab.id, x.a_text, x.b_text, x.reason
       FROM cross_contradictions x JOIN articles aa ON aa.article_key = x.a_article_key
            JOIN articles ab ON ab.article_key = x.b_article_key
       ORDER BY scope DESC, article_a, article_b LIMIT $limit""",
    (_LIMIT,))

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

#: Every named query, by name.
REGISTRY: dict[str, Query] = {q.name: q for q in (
    _EVENTS, _QUOTES, _ESCALATION, _TOP_ACTORS, _EVENT_ARTICLES, _STORIES, _CONTRADICTIONS, _SUMMARY)}
#: The store's own queries (documented in docs/store.md); the web layer adds more below.
CORE_QUERIES: tuple[str, ...] = tuple(REGISTRY)

# The REST API's and dashboard's queries live in a sibling module (see its docstring).
from . import web_queries  # noqa: E402

REGISTRY.update({q.name: q for q in web_queries.build()})
from . import view_queries  # noqa: E402  (map, network, problems, search, filtered export)

REGISTRY.update({q.name: q for q in view_queries.build()})


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
            raise InputError(f"query {query!r} needs --{param.name.replace('_', '-')}")
        return param.default
    try:
        return CONVERTERS[param.type](value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"--{param.name.replace('_', '-')} {value!r}: not a valid {param.type} ({exc})") from exc


def run(con: "duckdb.DuckDBPyConnection", name: str, **params: Any) -> list[dict[str, Any]]:
    """Run the named query with checked parameters; rows as dicts in column order."""
    query, bound = bind(name, params)
    cur = con.execute(query.sql, bound)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]
