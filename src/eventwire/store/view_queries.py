"""Named queries behind the analyst views: map, actor network, problems, search, filtered export.

Registered in ``queries.REGISTRY`` like ``web_queries`` (so ``eventwire query NAME`` runs them
too). Every event view takes the same filters as ``event_search`` (actor, recipient, country,
type, quad, date range) plus two that say how far to trust a record:

- ``factuality``: one value or a comma-separated list (``asserted,reported`` = "happened");
- ``min_confidence``: 0-1; events below it, or without a confidence, are left out.

Not handled: places other than the event's geocoded location (events without one are counted,
never guessed onto the map), ranking of search hits (substring match, newest first).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .queries import Query

_PARTIES = "coalesce(e.actor_country, e.actor_name)", "coalesce(e.recipient_country, e.recipient_name)"


def event_filter_sql() -> str:
    """WHERE clause of the shared event filters over ``events e JOIN articles a``."""
    from .queries import _DATE_RANGE, _party_match

    return f"""{_party_match("actor", "actor")} AND {_party_match("recipient", "recipient")}
        AND ($country IS NULL OR upper($country) IN (e.actor_country, e.recipient_country))
        AND ($type IS NULL OR e.type = upper($type)) AND ($quad IS NULL OR e.quad_class = $quad)
        AND ($factuality IS NULL OR list_contains(string_split(replace(lower($factuality), ' ', ''), ','),
                                                  e.factuality))
        AND ($min_confidence IS NULL OR e.confidence >= $min_confidence) AND {_DATE_RANGE}"""


#: (name, type, help) of the shared event filters, in ``event_search``'s order.
FILTERS: tuple[tuple[str, str, str], ...] = (
    ("actor", "str", "actor ISO3 code or part of its name"),
    ("recipient", "str", "recipient ISO3 code or part of its name"),
    ("country", "str", "ISO3 code of either party"), ("type", "str", "PLOVER event type"),
    ("quad", "int", "CAMEO QuadClass 1-4"),
    ("factuality", "str", "one factuality or a comma-separated list, e.g. asserted,reported"),
    ("min_confidence", "float", "only events whose confidence is at least this (0-1)"),
    ("date_from", "date", "first event date, inclusive"), ("date_to", "date", "last event date, inclusive"))
_LIMIT = (("limit", "limit", "maximum rows returned"),)


def _specs() -> list[tuple[str, str, str, tuple[tuple[str, str, str], ...]]]:
    from .queries import _EVENT_DATE
    from .web_queries import _event_columns

    where = event_filter_sql()
    events_from = "events e JOIN articles a USING (article_key)"
    actor, recipient = _PARTIES
    return [
        ("event_places", "Events per geocoded place (the map): count, per-QuadClass counts, the dominant "
         "QuadClass, date span; events without a location are not placed.",
         f"""SELECT e.location_name AS place, e.location_country AS country, e.location_lat AS lat,
                    e.location_lon AS lon, count(*) AS events,
                    count(*) FILTER (WHERE e.quad_class = 1) AS quad1, count(*) FILTER (WHERE e.quad_class = 2) AS quad2,
                    count(*) FILTER (WHERE e.quad_class = 3) AS quad3, count(*) FILTER (WHERE e.quad_class = 4) AS quad4,
                    mode(e.quad_class) AS quad_class, min({_EVENT_DATE}) AS first_date, max({_EVENT_DATE}) AS last_date
             FROM {events_from} WHERE e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL AND {where}
             GROUP BY ALL ORDER BY events DESC, place LIMIT $limit""", (*FILTERS, *_LIMIT)),
        ("place_events", "The events placed at one map point (same filters as the map), oldest first.",
         f"""SELECT {_event_columns(_EVENT_DATE)}, e.confidence, e.location_lat AS lat, e.location_lon AS lon
             FROM {events_from} WHERE e.location_lat = $lat AND e.location_lon = $lon AND {where}
             ORDER BY date NULLS LAST, a.id, e.evidence_start LIMIT $limit""",
         (("lat", "float", "latitude of the place"), ("lon", "float", "longitude of the place"), *FILTERS,
          *_LIMIT)),
        ("actor_network", "Dyads as network edges: actor -> recipient with the number of events and their "
         "mean score (negative = conflict).",
         f"""SELECT {actor} AS actor, {recipient} AS recipient, count(*) AS events,
                    round(avg(e.score), 3) AS mean_score, min({_EVENT_DATE}) AS first_date,
                    max({_EVENT_DATE}) AS last_date
             FROM {events_from} WHERE {actor} IS NOT NULL AND {recipient} IS NOT NULL AND {where}
             GROUP BY ALL ORDER BY events DESC, actor, recipient LIMIT $limit""", (*FILTERS, *_LIMIT)),
        ("event_totals", "How many events match the filters, by factuality (for totals and toggles).",
         f"""SELECT e.factuality, count(*) AS events, count(e.confidence) AS with_confidence
             FROM {events_from} WHERE {where} GROUP BY ALL ORDER BY events DESC, e.factuality""", FILTERS),
        ("event_export", "Events matching the filters in the row shape of `eventwire export` (PLOVER and "
         "GDELT writers), oldest first.",
         f"""SELECT e.*, a.id AS article_id, a.url AS article_url, a.title AS article_title,
                    a.publisher AS article_publisher, a.published AS article_published, r.started_at AS added,
                    count(*) OVER (PARTITION BY e.story_id, e.type, {actor}, {recipient}) AS num_mentions,
                    e.evidence_start < CASE WHEN strpos(substr(a.text, $lead + 1), chr(10)) > 0
                                            THEN $lead + strpos(substr(a.text, $lead + 1), chr(10)) - 1
                                            ELSE length(a.text) END AS is_root,
                    {_EVENT_DATE} AS event_date
             FROM {events_from} LEFT JOIN runs r ON r.run_id = a.run_id WHERE {where}
             ORDER BY event_date NULLS LAST, article_id, e.seq LIMIT $limit""",
         (*FILTERS, ("lead", "int", "characters of an article's lead (GDELT IsRootEvent, as in export)"),
          *_LIMIT)),
        ("problem_list", "Problems recorded by runs (unreadable inputs, failed extractors, warnings), "
         "with the article they belong to; optionally of one code.",
         """SELECT p.code, p.message, p.input_id, p.extractor, p.article_key, a.title AS article_title,
                   p.run_id, r.started_at
            FROM problems p LEFT JOIN articles a ON a.article_key = p.article_key
                 LEFT JOIN runs r ON r.run_id = p.run_id
            WHERE $code IS NULL OR p.code = upper($code)
            ORDER BY r.started_at DESC NULLS LAST, p.code, p.input_id LIMIT $limit""",
         (("code", "str", "only problems with this code, e.g. E_DECODE"), *_LIMIT)),
        ("problem_codes", "Problems per code.",
         "SELECT code, count(*) AS problems FROM problems GROUP BY code ORDER BY problems DESC, code", ()),
        ("undated", "Articles without a publication date and events without any date (own or article's): "
         "escalation series and GDELT/PLOVER exports leave them out.",
         f"""SELECT (SELECT count(*) FROM articles WHERE published IS NULL) AS articles_undated,
                    (SELECT count(*) FROM articles) AS articles,
                    (SELECT count(*) FROM {events_from} WHERE {_EVENT_DATE} IS NULL) AS events_undated,
                    (SELECT count(*) FROM events) AS events""", ()),
        ("search", "One search over actors, quotes, event evidence and article titles (case-insensitive "
         "substring), newest first within each kind.",
         f"""WITH hits AS (
                SELECT 'actor' AS kind, en.name AS label, coalesce(en.country, '') AS detail, NULL AS article_key,
                       NULL AS record_id, count(DISTINCT en.article_key)::INTEGER AS n, NULL AS published
                FROM entities en WHERE en.name ILIKE '%' || $q || '%' AND en.type IN ('PERSON', 'ORG', 'NORP', 'GPE')
                GROUP BY ALL
                UNION ALL
                SELECT 'quote', q.text, coalesce(q.speaker, ''), q.article_key, q.record_id, 1, a.published
                FROM quotes q JOIN articles a USING (article_key)
                WHERE q.text ILIKE '%' || $q || '%' OR q.speaker ILIKE '%' || $q || '%'
                UNION ALL
                SELECT 'event', e.evidence_text, e.type || ' ' || e.factuality, e.article_key, e.record_id, 1,
                       {_EVENT_DATE}
                FROM {events_from} WHERE e.evidence_text ILIKE '%' || $q || '%'
                UNION ALL
                SELECT 'article', coalesce(a.title, a.id), a.id, a.article_key, NULL, 1, a.published
                FROM articles a WHERE a.title ILIKE '%' || $q || '%' OR a.id ILIKE '%' || $q || '%')
             SELECT * FROM hits ORDER BY CASE kind WHEN 'actor' THEN 0 WHEN 'event' THEN 1 WHEN 'quote' THEN 2
                      ELSE 3 END, n DESC, published DESC NULLS LAST, label LIMIT $limit""",
         (("q", "str", "phrase to look for"), *_LIMIT)),
    ]


def build() -> list["Query"]:
    """The view queries as ``Query`` objects (``q`` and ``lat``/``lon`` of place_events are required)."""
    from .queries import Param, Query

    from ..ontology import gdelt

    required = {"q", "lat", "lon"}
    defaults = {"limit": 100, "lead": gdelt.lead_min_chars()}
    return [Query(name, description, sql, tuple(
        Param(p, t, h, default=defaults.get(p), required=p in required) for p, t, h in params))
        for name, description, sql, params in _specs()]
