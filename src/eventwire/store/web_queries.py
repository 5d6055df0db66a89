"""Named queries behind the REST API and the dashboard, registered in ``queries.REGISTRY``.

They follow ``queries.py``'s conventions (DuckDB named parameters only, actor/recipient match
an ISO3 code exactly or a name as a case-insensitive substring, event date falls back to the
publication date) and add what pages need: record ids and article keys for the click-through
to evidence spans, ``offset`` for pagination, and per-article record lists for the article
view. ``eventwire query NAME`` runs them too.

Kept in a sibling module so that ``queries.py`` stays the short core; ``queries.py`` calls
``build()`` at import time. ``build`` imports ``Query``/``Param`` lazily so either module may
be imported first.

Not handled: totals for pagination (pages report only whether a next page exists), ranking of
text search (substring match).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .queries import Query

_ACTOR_KEY = "coalesce(e.actor_country, e.actor_name)"
_RECIPIENT_KEY = "coalesce(e.recipient_country, e.recipient_name)"
_PAGE = "LIMIT $limit OFFSET greatest(coalesce($offset, 0), 0)"
#: Events that count towards the escalation index (same rule as the ``escalation`` query).
_COUNTED = "e.score IS NOT NULL AND e.factuality IN ('asserted', 'reported')"


def _event_columns(event_date: str) -> str:
    return f"""e.record_id, e.article_key, a.id AS article_id, a.title AS article_title,
    {event_date} AS date, e.type, e.mode, e.factuality, e.actor_name, e.actor_country, e.actor_sector,
    e.recipient_name, e.recipient_country, e.recipient_sector, e.score, e.quad_class, e.cameo,
    e.goldstein, e.location_name, e.location_country, e.evidence_start, e.evidence_end,
    e.evidence_text, e.trigger_text, e.num_articles, e.num_sources"""


_QUOTE_COLUMNS = """q.record_id, q.article_key, a.id AS article_id, a.title AS article_title, a.published,
    q.speaker, en.role AS speaker_role, en.country AS speaker_country, q.kind, q.text, q.start, q."end",
    q.cue_text"""
_QUOTE_FROM = """quotes q JOIN articles a USING (article_key)
    LEFT JOIN entities en ON en.article_key = q.article_key AND en.entity_id = q.speaker_entity"""


def _specs() -> list[tuple[str, str, str, tuple[tuple[str, str, str], ...]]]:
    """(name, description, sql, ((param, type, help), ...)) of every web query."""
    from .queries import _DATE_RANGE as _DATES, _EVENT_DATE, _party_match as _party

    _EVENT_COLUMNS = _event_columns(_EVENT_DATE)
    page = (("limit", "limit", "maximum rows returned"), ("offset", "int", "rows to skip (pagination)"))
    parties = (("actor", "str", "actor ISO3 code or part of its name"),
               ("recipient", "str", "recipient ISO3 code or part of its name"))
    dates = (("date_from", "date", "first event date, inclusive"), ("date_to", "date", "last event date, inclusive"))
    key = (("key", "str", "article_key of the article"),)
    return [
        ("article_list", "Articles, newest first, optionally whose title or id contains a phrase.",
         f"""SELECT a.article_key, a.id, a.title, a.published, a.publisher, a.url, a.n_chars, a.story_id,
                    (SELECT count(*) FROM events e WHERE e.article_key = a.article_key) AS events,
                    (SELECT count(*) FROM quotes q WHERE q.article_key = a.article_key) AS quotes
             FROM articles a
             WHERE $search IS NULL OR a.title ILIKE '%' || $search || '%' OR a.id ILIKE '%' || $search || '%'
             ORDER BY a.published DESC NULLS LAST, a.id {_PAGE}""",
         (("search", "str", "phrase in the title or id"), *page)),
        ("article", "One article with its text, by article_key.",
         """SELECT article_key, id, title, url, published, source, publisher, author, n_chars, story_id, text
            FROM articles WHERE article_key = $key""", key),
        ("article_entities", "Entities of one article with their mentions (start, end pairs).",
         """SELECT en.record_id, en.entity_id, en.name, en.type, en.role, en.country, en.sector,
                   list([m.start, m."end"] ORDER BY m.start) FILTER (WHERE m.start IS NOT NULL) AS mentions
            FROM entities en LEFT JOIN mentions m
              ON m.article_key = en.article_key AND m.entity_id = en.entity_id
            WHERE en.article_key = $key GROUP BY ALL ORDER BY min(m.start) NULLS LAST, min(en.seq)""", key),
        ("article_quotes", "Quotes of one article in text order, with the speaker's role.",
         f"""SELECT {_QUOTE_COLUMNS}, q.speaker_mention_start, q.speaker_mention_end, q.cue_start, q.cue_end
             FROM {_QUOTE_FROM} WHERE q.article_key = $key ORDER BY q.start, q.seq""", key),
        ("article_events", "Events of one article in text order.",
         f"""SELECT {_EVENT_COLUMNS}, e.trigger_start, e.trigger_end
             FROM events e JOIN articles a USING (article_key) WHERE e.article_key = $key
             ORDER BY e.evidence_start, e.seq""", key),
        ("article_counts", "Counts of one article in text order.",
         """SELECT record_id, value, text, start, "end", category FROM counts WHERE article_key = $key
            ORDER BY start, seq""", key),
        ("article_dates", "Dates of one article in text order.",
         """SELECT record_id, text, start, "end", date FROM dates WHERE article_key = $key
            ORDER BY start, seq""", key),
        ("article_contradictions", "Contradictions inside one article.",
         """SELECT record_id, a_start, a_end, a_text, b_start, b_end, b_text, reason FROM contradictions
            WHERE article_key = $key ORDER BY a_start, seq""", key),
        ("event_search", "Events by actor, recipient, either party's country, PLOVER type, QuadClass, "
         "factuality and date range, newest first; paginated.",
         f"""SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a USING (article_key)
             WHERE {_party("actor", "actor")} AND {_party("recipient", "recipient")}
               AND ($country IS NULL OR upper($country) IN (e.actor_country, e.recipient_country))
               AND ($type IS NULL OR e.type = upper($type)) AND ($quad IS NULL OR e.quad_class = $quad)
               AND ($factuality IS NULL OR e.factuality = lower($factuality)) AND {_DATES}
             ORDER BY date DESC NULLS LAST, a.id, e.evidence_start, e.seq {_PAGE}""",
         (*parties, ("country", "str", "ISO3 code of either party"), ("type", "str", "PLOVER event type"),
          ("quad", "int", "CAMEO QuadClass 1-4"), ("factuality", "str", "asserted, negated, ..."),
          *dates, *page)),
        ("quote_search", "Who said what: quotes by speaker, phrase and kind, with the speaker's role; "
         "paginated.",
         f"""SELECT {_QUOTE_COLUMNS} FROM {_QUOTE_FROM}
             WHERE ($speaker IS NULL OR q.speaker ILIKE '%' || $speaker || '%')
               AND ($search IS NULL OR q.text ILIKE '%' || $search || '%')
               AND ($kind IS NULL OR q.kind = lower($kind))
               AND ($speaker_country IS NULL OR en.country = upper($speaker_country))
             ORDER BY a.published DESC NULLS LAST, a.id, q.start {_PAGE}""",
         (("speaker", "str", "part of the speaker's name"), ("search", "str", "phrase in the quote"),
          ("kind", "str", "direct, partial or indirect"),
          ("speaker_country", "str", "ISO3 code of the speaker's country"), *page)),
        ("dyads", "Actor -> recipient pairs with the most events, their escalation sum and date span.",
         f"""SELECT {_ACTOR_KEY} AS actor, {_RECIPIENT_KEY} AS recipient, count(*) AS events,
                    round(sum(e.score) FILTER (WHERE {_COUNTED}), 3) AS escalation,
                    min({_EVENT_DATE}) AS first_date, max({_EVENT_DATE}) AS last_date
             FROM events e JOIN articles a USING (article_key)
             WHERE {_ACTOR_KEY} IS NOT NULL AND {_RECIPIENT_KEY} IS NOT NULL
               AND {_party("actor", "actor")}
             GROUP BY ALL ORDER BY events DESC, actor, recipient {_PAGE}""",
         (("actor", "str", "only dyads whose actor matches"), *page)),
        ("dyad_events", "The events behind a dyad's escalation series (those the index counts).",
         f"""SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a USING (article_key)
             WHERE {_COUNTED} AND {_party("actor", "actor")} AND {_party("recipient", "recipient")}
               AND {_DATES}
             ORDER BY date, a.id, e.evidence_start {_PAGE}""", (*parties, *dates, *page)),
        ("event_timeline", "Events per day per CAMEO QuadClass (1 verbal coop, 2 material coop, "
         "3 verbal conflict, 4 material conflict; null when unmapped).",
         f"""SELECT {_EVENT_DATE} AS date, e.quad_class, count(*) AS events
             FROM events e JOIN articles a USING (article_key)
             WHERE {_EVENT_DATE} IS NOT NULL AND {_DATES}
             GROUP BY ALL ORDER BY date, e.quad_class NULLS LAST LIMIT $limit""", (*dates, page[0])),
        ("actor_entities", "Entities named exactly like an actor (case-insensitive), or of that country "
         "code, with their roles and how many articles mention them.",
         """SELECT en.name, en.type, en.role, en.country, en.sector, count(DISTINCT en.article_key) AS articles
            FROM entities en WHERE lower(en.name) = lower($actor) OR en.country = upper($actor)
            GROUP BY ALL ORDER BY articles DESC, en.name LIMIT $limit""",
         (("actor", "str", "actor name or ISO3 code"), page[0])),
        ("contradiction_list", "Contradictions within one article and across articles, with both spans "
         "and the articles they come from; paginated.",
         f"""SELECT 'within' AS scope, c.record_id, c.reason, a.article_key AS a_article_key, a.id AS a_article_id,
                    a.title AS a_title, c.a_start, c.a_end, c.a_text, a.article_key AS b_article_key,
                    a.id AS b_article_id, a.title AS b_title, c.b_start, c.b_end, c.b_text, a.published
             FROM contradictions c JOIN articles a USING (article_key)
             UNION ALL
             SELECT 'across', x.record_id, x.reason, aa.article_key, aa.id, aa.title, x.a_start, x.a_end,
                    x.a_text, ab.article_key, ab.id, ab.title, x.b_start, x.b_end, x.b_text, aa.published
             FROM cross_contradictions x JOIN articles aa ON aa.article_key = x.a_article_key
                  JOIN articles ab ON ab.article_key = x.b_article_key
             ORDER BY published DESC NULLS LAST, scope, a_article_id, a_start {_PAGE}""", page),
        ("cluster_list", "Same-story clusters with their article and source counts; paginated.",
         f"""SELECT a.story_id, count(*) AS articles, count(DISTINCT coalesce(a.publisher, a.source)) AS sources,
                    min(a.published) AS first_published, max(a.published) AS last_published,
                    list(a.article_key ORDER BY a.published, a.id) AS article_keys,
                    list(coalesce(a.title, a.id) ORDER BY a.published, a.id) AS titles
             FROM articles a WHERE a.story_id IS NOT NULL
             GROUP BY a.story_id HAVING count(*) >= coalesce($min_articles, 1)
             ORDER BY articles DESC, first_published DESC NULLS LAST, a.story_id {_PAGE}""",
         (("min_articles", "int", "only clusters with at least this many articles"), *page)),
        ("run_list", "Corpus runs with their fingerprint and totals, newest first.",
         f"""SELECT run_id, started_at, finished_at, status, model, model_version, eventwire_version,
                    extractor_version, ontology_version, workers, articles_new, articles_skipped, records,
                    problems, seconds FROM runs ORDER BY started_at DESC NULLS LAST {_PAGE}""", page),
    ]


def build() -> list["Query"]:
    """The web queries as ``Query`` objects (imported lazily: see the module docstring)."""
    from .queries import Param, Query

    out = []
    for name, description, sql, params in _specs():
        defaults = {"limit": 100}
        out.append(Query(name, description, sql, tuple(
            Param(p, t, h, default=defaults.get(p), required=(p == "key"))
            for p, t, h in params)))
    return out
