"""Named queries behind the REST API and the dashboard, registered in ``queries.REGISTRY``.

They are written like the store's own queries (``Query`` objects built from ``sql.py``) and add
what pages need: record ids and article keys for the click-through to evidence spans, ``offset``
for pagination, and per-article record lists for the article view. Event and quote listings use
the store's ``events`` and ``quotes`` queries, the same as ``eventwire query``.

Not handled: totals for pagination (pages report only whether a next page exists), ranking of
text search (substring match).
"""
from __future__ import annotations

from .sql import (ACTOR_KEY, COUNTED, DATE_FROM, DATE_RANGE, DATE_TO, EVENT_COLUMNS, EVENT_DATE,
                  EVENT_TABLE, EVENTS_FROM, KEY, LIMIT, PAGE, PAGE_PARAMS, QUOTE_COLUMNS,
                  QUOTES_FROM, RECIPIENT_KEY, Param, Query, party_match)

_PARTIES = (Param("actor", "str", "actor ISO3 code or part of its name"),
            Param("recipient", "str", "recipient ISO3 code or part of its name"))
_DATES = (DATE_FROM, DATE_TO)


_ARTICLE_QUERIES = (
    Query("article_list", "Articles, newest first, optionally whose title or id contains a phrase.",
          f"""SELECT a.article_key, a.id, a.title, a.published, a.publisher, a.url, a.n_chars, a.story_id,
                     (SELECT count(*) FROM events e WHERE e.article_key = a.article_key) AS events,
                     (SELECT count(*) FROM quotes q WHERE q.article_key = a.article_key) AS quotes
              FROM articles a
              WHERE $search IS NULL OR a.title ILIKE '%' || $search || '%' OR a.id ILIKE '%' || $search || '%'
              ORDER BY a.published DESC NULLS LAST, a.id {PAGE}""",
          (Param("search", "str", "phrase in the title or id"), *PAGE_PARAMS),
          columns=("id", "title", "published", "publisher", "events", "quotes")),
    Query("article", "One article with its text, by article_key.",
          """SELECT article_key, id, title, url, published, source, publisher, author, n_chars, story_id, text
             FROM articles WHERE article_key = $key""", (KEY,)),
    Query("article_entities", "Entities of one article with their mentions (start, end pairs).",
          """SELECT en.record_id, en.entity_id, en.name, en.type, en.role, en.country, en.sector,
                    list([m.start, m."end"] ORDER BY m.start) FILTER (WHERE m.start IS NOT NULL) AS mentions
             FROM entities en LEFT JOIN mentions m
               ON m.article_key = en.article_key AND m.entity_id = en.entity_id
             WHERE en.article_key = $key GROUP BY ALL ORDER BY min(m.start) NULLS LAST, min(en.seq)""", (KEY,)),
    Query("article_quotes", "Quotes of one article in text order, with the speaker's role.",
          f"""SELECT {QUOTE_COLUMNS}, q.speaker_mention_start, q.speaker_mention_end, q.cue_start, q.cue_end
              FROM {QUOTES_FROM} WHERE q.article_key = $key ORDER BY q.start, q.seq""", (KEY,)),
    Query("article_events", "Events of one article in text order.",
          f"""SELECT {EVENT_COLUMNS}, e.trigger_start, e.trigger_end
              FROM {EVENTS_FROM} WHERE e.article_key = $key
              ORDER BY e.evidence_start, e.seq""", (KEY,), columns=EVENT_TABLE),
    Query("article_counts", "Counts of one article in text order.",
          """SELECT record_id, value, text, start, "end", category FROM counts WHERE article_key = $key
             ORDER BY start, seq""", (KEY,)),
    Query("article_dates", "Dates of one article in text order.",
          """SELECT record_id, text, start, "end", date FROM dates WHERE article_key = $key
             ORDER BY start, seq""", (KEY,)),
    Query("article_contradictions", "Contradictions inside one article.",
          """SELECT record_id, a_start, a_end, a_text, b_start, b_end, b_text, reason FROM contradictions
             WHERE article_key = $key ORDER BY a_start, seq""", (KEY,)),
)

_DYAD_QUERIES = (
    Query("dyads", "Actor -> recipient pairs with the most events, their escalation sum and date span.",
          f"""SELECT {ACTOR_KEY} AS actor, {RECIPIENT_KEY} AS recipient, count(*) AS events,
                     round(sum(e.score) FILTER (WHERE {COUNTED}), 3) AS escalation,
                     min({EVENT_DATE}) AS first_date, max({EVENT_DATE}) AS last_date
              FROM {EVENTS_FROM}
              WHERE {ACTOR_KEY} IS NOT NULL AND {RECIPIENT_KEY} IS NOT NULL
                AND {party_match("actor", "actor")}
              GROUP BY ALL ORDER BY events DESC, actor, recipient {PAGE}""",
          (Param("actor", "str", "only dyads whose actor matches"), *PAGE_PARAMS)),
    Query("dyad_events", "The events behind a dyad's escalation series (those the index counts: "
          "asserted or reported, with a score).",
          f"""SELECT {EVENT_COLUMNS} FROM {EVENTS_FROM}
              WHERE {COUNTED} AND {party_match("actor", "actor")} AND {party_match("recipient", "recipient")}
                AND {DATE_RANGE}
              ORDER BY date, a.id, e.evidence_start {PAGE}""", (*_PARTIES, *_DATES, *PAGE_PARAMS),
          columns=EVENT_TABLE),
    Query("event_timeline", "Events per day per CAMEO QuadClass (1 verbal coop, 2 material coop, "
          "3 verbal conflict, 4 material conflict; null when unmapped).",
          f"""SELECT {EVENT_DATE} AS date, e.quad_class, count(*) AS events
              FROM {EVENTS_FROM}
              WHERE {EVENT_DATE} IS NOT NULL AND {DATE_RANGE}
              GROUP BY ALL ORDER BY date, e.quad_class NULLS LAST LIMIT $limit""", (*_DATES, LIMIT)),
    Query("actor_entities", "Entities named exactly like an actor (case-insensitive), or of that country "
          "code, with their roles and how many articles mention them.",
          """SELECT en.name, en.type, en.role, en.country, en.sector, count(DISTINCT en.article_key) AS articles
             FROM entities en WHERE lower(en.name) = lower($actor) OR en.country = upper($actor)
             GROUP BY ALL ORDER BY articles DESC, en.name LIMIT $limit""",
          (Param("actor", "str", "actor name or ISO3 code", required=True), LIMIT)),
)

_CORPUS_QUERIES = (
    Query("contradiction_list", "Contradictions within one article and across articles, with both spans "
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
              ORDER BY published DESC NULLS LAST, scope, a_article_id, a_start {PAGE}""", PAGE_PARAMS,
          columns=("scope", "reason", "a_article_id", "a_text", "b_article_id", "b_text")),
    Query("cluster_list", "Same-story clusters with their article and source counts; paginated.",
          f"""SELECT a.story_id, count(*) AS articles, count(DISTINCT coalesce(a.publisher, a.source)) AS sources,
                     min(a.published) AS first_published, max(a.published) AS last_published,
                     list(a.article_key ORDER BY a.published, a.id) AS article_keys,
                     list(coalesce(a.title, a.id) ORDER BY a.published, a.id) AS titles
              FROM articles a WHERE a.story_id IS NOT NULL
              GROUP BY a.story_id HAVING count(*) >= coalesce($min_articles, 1)
              ORDER BY articles DESC, first_published DESC NULLS LAST, a.story_id {PAGE}""",
          (Param("min_articles", "int", "only clusters with at least this many articles"), *PAGE_PARAMS)),
    Query("run_list", "Corpus runs with their fingerprint and totals, newest first.",
          f"""SELECT run_id, started_at, finished_at, status, model, model_version, eventwire_version,
                     extractor_version, ontology_version, workers, articles_new, articles_skipped, records,
                     problems, seconds FROM runs ORDER BY started_at DESC NULLS LAST {PAGE}""", PAGE_PARAMS),
)

#: The web layer's queries, in the order ``eventwire query list`` shows them.
QUERIES: tuple[Query, ...] = (*_ARTICLE_QUERIES, *_DYAD_QUERIES, *_CORPUS_QUERIES)
