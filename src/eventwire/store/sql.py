"""What every named query is made of: ``Param`` and ``Query``, the parameter checks, and the SQL
fragments the query modules share (``queries.py``, ``web_queries.py``, ``view_queries.py``).

A query is written once as ``Query(name, description, sql, params)``; its SQL reads parameters
only as DuckDB named parameters (``$actor``), never as formatted text. A parameter's ``type``
names its converter in ``CONVERTERS``, which turns a CLI string or JSON value into what the SQL
expects or raises ``ValueError`` with a message for the user ("not a PLOVER event type; choose
from ..."); ``queries.bind`` turns that into an ``InputError`` (CLI exit 2, API 422).

This module imports no other query module, so they all import it and none imports another.

Conventions the fragments implement: an actor/recipient filter matches an ISO3 country code
exactly (``IRN``) or the name case-insensitively as a substring (``esper``); a date filter
compares the event's own date when it is a full ISO day, else the article's publication date.
Not handled: full-text ranking (search is substring matching), time zones.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..ontology.plover import FACTUALITY, PLOVER_TYPES

#: Largest ``limit`` a query accepts.
MAX_LIMIT = 100_000
#: Largest ``offset`` a query accepts: at least the last documented page of the web listings
#: (page 100,000 of 200 rows starts at row 19,999,800).
MAX_OFFSET = 20_000_000
#: Quote kinds of the extract contract.
QUOTE_KINDS = ("direct", "partial", "indirect")
#: Value of a list filter (``--factuality``) that switches it off, default included.
ALL = "all"


@dataclass(frozen=True)
class Param:
    """One query parameter: name, type (key of CONVERTERS), help text, default, required, and
    for a default that hides rows, the value that shows them (``off``)."""

    name: str
    type: str
    help: str
    default: Any = None
    required: bool = False
    #: the value (as typed on the command line) that switches off a filter the default applies
    off: str | None = None

    @property
    def option(self) -> str:
        """The parameter as a command-line option (``date_from`` -> ``--date-from``)."""
        return "--" + self.name.replace("_", "-")


@dataclass(frozen=True)
class Query:
    """A named query. ``columns``: the columns a terminal table shows (None: all); JSON and CSV
    always get every column. ``why_empty``: (COUNT SQL over the same parameters, message with
    ``{n}``) pairs, run when the query returns no rows, to say which rows its own rules leave out."""

    name: str
    description: str
    sql: str
    params: tuple[Param, ...] = ()
    columns: tuple[str, ...] | None = None
    why_empty: tuple[tuple[str, str], ...] = field(default_factory=tuple)


# --- converters: user input (CLI string or JSON value) -> SQL parameter value ---------------------

def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValueError("not a whole number") from None


def _float(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError("not a number") from None


def _iso_date(value: Any) -> str:
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError("not a date; write YYYY-MM-DD") from None


def _between(lo: float, hi: float, conv: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        n = conv(value)
        if not lo <= n <= hi:
            raise ValueError(f"must be between {lo:g} and {hi:g}")
        return n
    return check


def _one_of(choices: tuple[str, ...], what: str, case: Callable[[str], str]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        v = case(str(value).strip())
        if v not in choices:
            raise ValueError(f"not {what}; choose from {', '.join(choices)}")
        return v
    return check


def _factuality(value: Any) -> str | None:
    """One factuality or a comma-separated list, checked; ``all`` switches the filter off."""
    words = [w.strip().lower() for w in str(value).split(",") if w.strip()]
    if words == [ALL]:
        return None
    bad = [w for w in words if w not in FACTUALITY]
    if bad or not words:
        raise ValueError(f"{', '.join(bad) or 'nothing'} is not a factuality; choose from "
                         f"{', '.join(FACTUALITY)} (several with commas), or {ALL}")
    return ",".join(words)


def _country(value: Any) -> str:
    v = str(value).strip()
    if not re.fullmatch(r"[A-Za-z]{3}", v):
        raise ValueError("not an ISO 3166 alpha-3 country code (three letters, e.g. IRN)")
    return v.upper()


#: Parameter type name -> converter from user input; each raises ValueError with a user message.
CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "str": str, "int": _int, "float": _float, "date": _iso_date,
    "limit": _between(1, MAX_LIMIT, _int), "offset": _between(0, MAX_OFFSET, _int),
    "quad": _between(1, 4, _int), "confidence": _between(0, 1, _float), "country": _country,
    "event_type": _one_of(PLOVER_TYPES, "a PLOVER event type", str.upper),
    "quote_kind": _one_of(QUOTE_KINDS, "a quote kind", str.lower),
    "factuality": _factuality,
}


# --- shared parameters ---------------------------------------------------------------------------

LIMIT = Param("limit", "limit", "maximum rows returned", default=100)
OFFSET = Param("offset", "offset", "rows to skip (pagination)")
ACTOR = Param("actor", "str", "actor ISO3 country code or part of its name")
RECIPIENT = Param("recipient", "str", "recipient ISO3 country code or part of its name")
COUNTRY = Param("country", "country", "ISO3 code of either party")
EVENT_TYPE = Param("type", "event_type", "PLOVER event type, e.g. ASSAULT")
QUAD = Param("quad", "quad", "CAMEO QuadClass 1-4")
FACTUALITY_PARAM = Param("factuality", "factuality",
                         "one factuality or a comma-separated list, e.g. asserted,reported; 'all' for every one")
MIN_CONFIDENCE = Param("min_confidence", "confidence", "only events whose confidence is at least this "
                       "(0-1; 0 keeps every event, also those without one)")
DATE_FROM = Param("date_from", "date", "first event date (YYYY-MM-DD), inclusive")
DATE_TO = Param("date_to", "date", "last event date (YYYY-MM-DD), inclusive")
KEY = Param("key", "str", "article_key of the article", required=True)
PAGE_PARAMS = (LIMIT, OFFSET)
#: The event filters every event query takes, in this order (CLI, API and pages alike).
EVENT_FILTER_PARAMS = (ACTOR, RECIPIENT, COUNTRY, EVENT_TYPE, QUAD, FACTUALITY_PARAM, MIN_CONFIDENCE,
                       DATE_FROM, DATE_TO)


# --- shared SQL fragments (over ``events e JOIN articles a``) -----------------------------------

def party_match(prefix: str, param: str) -> str:
    """``$param`` is NULL, the ISO3 code of the party, or a substring of its name."""
    return (f"(${param} IS NULL OR e.{prefix}_country = upper(${param}) "
            f"OR e.{prefix}_name ILIKE '%' || ${param} || '%')")


EVENTS_FROM = "events e JOIN articles a USING (article_key)"
#: the event's own date when it is a full ISO day ("2020-01-03"), else the article's publication date
EVENT_DATE = ("(CASE WHEN regexp_full_match(coalesce(e.date, ''), '\\d{4}-\\d{2}-\\d{2}') "
              "THEN e.date ELSE a.published END)")
DATE_RANGE = (f"($date_from IS NULL OR {EVENT_DATE} >= $date_from) "
              f"AND ($date_to IS NULL OR {EVENT_DATE} <= $date_to)")
ACTOR_KEY = "coalesce(e.actor_country, e.actor_name)"
RECIPIENT_KEY = "coalesce(e.recipient_country, e.recipient_name)"
PAGE = "LIMIT $limit OFFSET greatest(coalesce($offset, 0), 0)"
#: factualities that say an event happened: what escalation counts and exports keep by default
HAPPENED = ("asserted", "reported")
#: Events that count towards the escalation index.
COUNTED = "e.score IS NOT NULL AND e.factuality IN ('asserted', 'reported')"
#: the ``$factuality`` list filter (NULL: every factuality)
FACTUALITY_MATCH = ("($factuality IS NULL OR list_contains(string_split($factuality, ','), e.factuality))")
#: WHERE clause of EVENT_FILTER_PARAMS
EVENT_FILTERS = f"""{party_match("actor", "actor")} AND {party_match("recipient", "recipient")}
        AND ($country IS NULL OR $country IN (e.actor_country, e.recipient_country))
        AND ($type IS NULL OR e.type = $type) AND ($quad IS NULL OR e.quad_class = $quad)
        AND {FACTUALITY_MATCH}
        AND ($min_confidence IS NULL OR $min_confidence <= 0 OR e.confidence >= $min_confidence) AND {DATE_RANGE}"""
#: columns of an event row (listings, article view, dyad events, map)
EVENT_COLUMNS = f"""e.record_id, e.article_key, a.id AS article_id, a.title AS article_title,
    {EVENT_DATE} AS date, e.type, e.mode, e.factuality, e.actor_name, e.actor_country, e.actor_sector,
    e.recipient_name, e.recipient_country, e.recipient_sector, e.score, e.quad_class, e.cameo,
    e.goldstein, e.confidence, e.location_name, e.location_country, e.evidence_start, e.evidence_end,
    e.evidence_text, e.trigger_text, e.num_articles, e.num_sources, e.actor_implied, e.recipient_implied,
    e.context, e.date_basis, e.rules"""
#: what a terminal table of events shows
EVENT_TABLE = ("date", "type", "factuality", "actor_name", "actor_country", "recipient_name",
               "recipient_country", "evidence_text")
QUOTE_COLUMNS = """q.record_id, q.article_key, a.id AS article_id, a.title AS article_title, a.published,
    q.speaker, en.role AS speaker_role, en.country AS speaker_country, q.kind, q.text, q.start, q."end",
    q.cue_text"""
QUOTES_FROM = """quotes q JOIN articles a USING (article_key)
    LEFT JOIN entities en ON en.article_key = q.article_key AND en.entity_id = q.speaker_entity"""
