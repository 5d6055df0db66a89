"""Named queries behind the analyst views: map, actor network, problems, search, filtered export.

Registered in ``queries.REGISTRY`` like ``web_queries`` (so ``eventwire query NAME`` runs them
too). Every event view takes the event filters of ``events`` (``sql.EVENT_FILTER_PARAMS``: actor,
recipient, country, type, quad, factuality list, min_confidence, date range), so a map, a
network or an export shows exactly the rows the events page lists for the same filters.

Not handled: places other than the event's geocoded location (events without one are counted,
never guessed onto the map), ranking of search hits (substring match, newest first).
"""
from __future__ import annotations

from ..ontology import gdelt
from .sql import (ACTOR_KEY, EVENT_COLUMNS, EVENT_DATE, EVENT_FILTER_PARAMS, EVENT_FILTERS, EVENTS_FROM,
                  LIMIT, RECIPIENT_KEY, Param, Query)

_WHERE = EVENT_FILTERS
_LAT, _LON = Param("lat", "float", "latitude of the place", required=True), \
    Param("lon", "float", "longitude of the place", required=True)
_LEAD = Param("lead", "int", "characters of an article's lead (GDELT IsRootEvent, as in export)",
              default=gdelt.lead_min_chars())

QUERIES: tuple[Query, ...] = (
    Query("event_places", "Events per geocoded place (the map): count, per-QuadClass counts, the dominant "
          "QuadClass, date span; events without a location are not placed.",
          f"""SELECT e.location_name AS place, e.location_country AS country, e.location_lat AS lat,
                    e.location_lon AS lon, count(*) AS events,
                    count(*) FILTER (WHERE e.quad_class = 1) AS quad1, count(*) FILTER (WHERE e.quad_class = 2) AS quad2,
                    count(*) FILTER (WHERE e.quad_class = 3) AS quad3, count(*) FILTER (WHERE e.quad_class = 4) AS quad4,
                    mode(e.quad_class) AS quad_class, min({EVENT_DATE}) AS first_date, max({EVENT_DATE}) AS last_date
             FROM {EVENTS_FROM} WHERE e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL AND {_WHERE}
             GROUP BY ALL ORDER BY events DESC, place LIMIT $limit""", (*EVENT_FILTER_PARAMS, LIMIT)),
    Query("place_events", "The events placed at one map point (same filters as the map), oldest first.",
          f"""SELECT {EVENT_COLUMNS}, e.location_lat AS lat, e.location_lon AS lon
             FROM {EVENTS_FROM} WHERE e.location_lat = $lat AND e.location_lon = $lon AND {_WHERE}
             ORDER BY date NULLS LAST, a.id, e.evidence_start LIMIT $limit""",
          (_LAT, _LON, *EVENT_FILTER_PARAMS, LIMIT)),
    Query("actor_network", "Dyads as network edges: actor -> recipient with the number of events and their "
          "mean score (negative = conflict).",
          f"""SELECT {ACTOR_KEY} AS actor, {RECIPIENT_KEY} AS recipient, count(*) AS events,
                    round(avg(e.score), 3) AS mean_score, min({EVENT_DATE}) AS first_date,
                    max({EVENT_DATE}) AS last_date
             FROM {EVENTS_FROM} WHERE {ACTOR_KEY} IS NOT NULL AND {RECIPIENT_KEY} IS NOT NULL AND {_WHERE}
             GROUP BY ALL ORDER BY events DESC, actor, recipient LIMIT $limit""", (*EVENT_FILTER_PARAMS, LIMIT)),
    Query("event_days", "Events per day per QuadClass, split into those that happened (asserted, reported) "
          "and the rest (hypothetical, future, negated, denied ...): the overview's time chart.",
          f"""SELECT {EVENT_DATE} AS date, e.quad_class, e.factuality IN ('asserted', 'reported') AS happened,
                     count(*) AS events
              FROM {EVENTS_FROM} WHERE {EVENT_DATE} IS NOT NULL AND {_WHERE}
              GROUP BY ALL ORDER BY date, e.quad_class NULLS LAST, happened DESC LIMIT $limit""",
          (*EVENT_FILTER_PARAMS, LIMIT)),
    Query("event_totals", "How many events match the filters, by factuality (for totals and toggles).",
          f"""SELECT e.factuality, count(*) AS events, count(e.confidence) AS with_confidence
             FROM {EVENTS_FROM} WHERE {_WHERE} GROUP BY ALL ORDER BY events DESC, e.factuality""", EVENT_FILTER_PARAMS),
    Query("event_export", "Events matching the filters in the row shape of `eventwire export` (PLOVER and "
          "GDELT writers), oldest first.",
          f"""SELECT e.*, a.id AS article_id, a.url AS article_url, a.title AS article_title,
                    a.publisher AS article_publisher, a.published AS article_published, r.started_at AS added,
                    count(*) OVER (PARTITION BY e.story_id, e.type, {ACTOR_KEY}, {RECIPIENT_KEY}) AS num_mentions,
                    e.evidence_start < CASE WHEN strpos(substr(a.text, $lead + 1), chr(10)) > 0
                                            THEN $lead + strpos(substr(a.text, $lead + 1), chr(10)) - 1
                                            ELSE length(a.text) END AS is_root,
                    {EVENT_DATE} AS event_date
             FROM {EVENTS_FROM} LEFT JOIN runs r ON r.run_id = a.run_id WHERE {_WHERE}
             ORDER BY event_date NULLS LAST, article_id, e.seq LIMIT $limit""",
          (*EVENT_FILTER_PARAMS, _LEAD, LIMIT)),
    Query("problem_list", "Problems recorded by runs (unreadable inputs, failed extractors, warnings), "
          "with the article they belong to; optionally of one code.",
          """SELECT p.code, p.message, p.input_id, p.extractor, p.article_key, a.title AS article_title,
                   p.run_id, r.started_at
            FROM problems p LEFT JOIN articles a ON a.article_key = p.article_key
                 LEFT JOIN runs r ON r.run_id = p.run_id
            WHERE $code IS NULL OR p.code = upper($code)
            ORDER BY r.started_at DESC NULLS LAST, p.code, p.input_id LIMIT $limit""",
          (Param("code", "str", "only problems with this code, e.g. E_DECODE"), LIMIT)),
    Query("problem_codes", "Problems per code.",
          "SELECT code, count(*) AS problems FROM problems GROUP BY code ORDER BY problems DESC, code", ()),
    Query("undated", "Articles without a publication date and events without any date (own or article's): "
          "escalation series and GDELT/PLOVER exports leave them out.",
          f"""SELECT (SELECT count(*) FROM articles WHERE published IS NULL) AS articles_undated,
                    (SELECT count(*) FROM articles) AS articles,
                    (SELECT count(*) FROM {EVENTS_FROM} WHERE {EVENT_DATE} IS NULL) AS events_undated,
                    (SELECT count(*) FROM events) AS events""", ()),
    Query("search", "One search over actors, quotes, event evidence and article titles (case-insensitive "
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
                       {EVENT_DATE}
                FROM {EVENTS_FROM} WHERE e.evidence_text ILIKE '%' || $q || '%'
                UNION ALL
                SELECT 'article', coalesce(a.title, a.id), a.id, a.article_key, NULL, 1, a.published
                FROM articles a WHERE a.title ILIKE '%' || $q || '%' OR a.id ILIKE '%' || $q || '%')
             SELECT * FROM hits ORDER BY CASE kind WHEN 'actor' THEN 0 WHEN 'event' THEN 1 WHEN 'quote' THEN 2
                      ELSE 3 END, n DESC, published DESC NULLS LAST, label LIMIT $limit""",
          (Param("q", "str", "phrase to look for", required=True), LIMIT)),
)
