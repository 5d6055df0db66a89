"""Same-story clustering, NumArticles/NumSources, cross-article contradictions."""
from __future__ import annotations

import pytest
from stories import STORY_A, STORY_A_EDITED, STORY_B

from eventwire.records import Article, ArticleResult, Event, Participant, Span
from eventwire.store import queries
from eventwire.store.cluster import recluster, signature, similarity, stories
from eventwire.store.crosscheck import cross_contradictions, unflatten
from eventwire.store.writer import Batch, article_key, source_row


def _span(text: str, part: str) -> Span:
    i = text.index(part)
    return Span(i, i + len(part), part)


def _event(text: str, part: str, type_: str = "ASSAULT", fact: str = "asserted", trigger: str | None = None):
    iran = Participant("Iran", "IRN", None, None, None, None)
    return Event(type_, None, fact, iran, Participant("Iraq", "IRQ", None, None, None, None), None, None,
                 _span(text, part), -10.0, trigger=_span(text, trigger) if trigger else None)


def _store_with(store, *results: ArticleResult) -> None:
    batch = Batch()
    for res in results:
        batch.add_result(res, article_key(res.article.text), "r", signature(res.article.text))
    batch.write(store)


def _result(aid, text, publisher, published="2020-01-08", events=(), counts=()):
    art = Article(aid, text, published=published, publisher=publisher)
    return ArticleResult(art, events=list(events), counts=list(counts))


def test_edited_copy_is_similar_other_story_is_not():
    assert similarity(STORY_A, STORY_A_EDITED) >= 0.4
    assert similarity(STORY_A, STORY_B) <= 0.1


def test_stories_group_edited_copies_and_split_other_stories():
    items = [(k, "2020-01-08", signature(t)) for k, t in (("a", STORY_A), ("b", STORY_A_EDITED), ("c", STORY_B))]
    got = stories(items)
    assert got["a"] == got["b"] == "a" and got["c"] == "c"


def test_time_window_splits_the_same_text_weeks_apart():
    sig = signature(STORY_A)
    got = stories([("a", "2020-01-08", sig), ("b", "2020-03-01", sig), ("c", None, sig)])
    assert got["a"] != got["b"]
    assert got["c"] in (got["a"], got["b"])  # no date: may join either


def test_event_report_counts(store):
    _store_with(store,
                _result("wire-a", STORY_A, "Wire A", events=[_event(STORY_A, "Iran fired more than a dozen")]),
                _result("paper-b", STORY_A_EDITED, "Paper B",
                        events=[_event(STORY_A_EDITED, "Iran launched more than a dozen")]),
                _result("wire-a-2", STORY_B, "Wire A", events=[_event(STORY_B, "Iran's leaders vowed revenge")]))
    stats = recluster(store)
    assert stats["stories"] == 2
    rows = {r["article_id"]: r for r in queries.run(store, "events")}
    assert (rows["wire-a"]["num_articles"], rows["wire-a"]["num_sources"]) == (2, 2)
    assert (rows["paper-b"]["num_articles"], rows["paper-b"]["num_sources"]) == (2, 2)
    assert (rows["wire-a-2"]["num_articles"], rows["wire-a-2"]["num_sources"]) == (1, 1)
    behind = queries.run(store, "event_articles", event_id=rows["wire-a"]["record_id"])
    assert sorted(r["article_id"] for r in behind) == ["paper-b", "wire-a"]
    assert queries.run(store, "stories")[0]["articles"] == 2


def test_same_text_from_two_sources_counts_two_sources(store):
    res = _result("x1", STORY_A, "Wire A", events=[_event(STORY_A, "Iran fired more than a dozen")])
    _store_with(store, res)
    batch = Batch()  # the same text read again from another outlet: one article, two sightings
    batch.add("article_sources", source_row(article_key(STORY_A), Article("x2", STORY_A, publisher="Paper C")),
              "x2")
    batch.write(store)
    recluster(store)
    [row] = queries.run(store, "events")
    assert (row["num_articles"], row["num_sources"]) == (1, 2)


def test_cross_article_pairs_only_across_articles(store):
    calls = []

    def fake_conflict(a, b):
        calls.append((a["evidence"]["text"], b["evidence"]["text"]))
        return "test reason"

    _store_with(store,
                _result("a", STORY_A, "A", events=[_event(STORY_A, "Iran fired"), _event(STORY_A, "The missiles")]),
                _result("b", STORY_A_EDITED, "B", events=[_event(STORY_A_EDITED, "Iran launched")]))
    recluster(store)
    n = cross_contradictions(store, fake_conflict)
    assert n == 2 and len(calls) == 2  # (a1, b) and (a2, b); never (a1, a2)
    assert all("Iran launched" in pair for pair in calls)
    assert queries.run(store, "contradictions")[0]["scope"] == "across"


def test_unflatten_inverts_flatten():
    text = STORY_A
    ev = _event(text, "Iran fired", trigger="fired")
    from eventwire.store import schema

    cols = [c.name for c in schema.RECORD_COLUMNS["events"]]
    row = dict(zip(cols + ["extra"], schema.flatten("events", ev.to_dict())))
    back = unflatten("events", row)
    assert back == {k: v for k, v in ev.to_dict().items()}


def _extracted(aid: str, text: str, publisher: str) -> ArticleResult:
    """The real extractor's records: the store compares what the core emits (``Count.claim``)."""
    from eventwire import process

    return process(Article(aid, text, published="2020-01-08", publisher=publisher))


def test_real_conflict_finds_counts_that_disagree_across_sources(store, nlp):
    t1 = "Officials said 12 people were killed in the attack on the base in Iraq on Wednesday. " + STORY_A
    t2 = "Officials said 15 people were killed in the attack on the base in Iraq on Wednesday. " + STORY_A_EDITED
    _store_with(store, _extracted("a", t1, "A"), _extracted("b", t2, "B"))
    stats = recluster(store)
    assert stats["cross_contradictions"] == 1
    [row] = queries.run(store, "contradictions")
    assert {row["a_text"], row["b_text"]} == {"12 people", "15 people"}


def test_an_update_cue_in_the_sentence_is_no_contradiction(store, nlp):
    t1 = "Officials said 12 people were killed in the attack on the base in Iraq on Wednesday. " + STORY_A
    t2 = "The toll rose to 15 people killed in the attack on the base in Iraq, officials said. " + STORY_A_EDITED
    second = _extracted("b", t2, "B")
    assert [c.claim.update for c in second.counts if c.category == "killed"] == [True]
    _store_with(store, _extracted("a", t1, "A"), second)
    assert recluster(store)["cross_contradictions"] == 0


def test_counts_stored_without_a_claim_are_not_compared(store, nlp):
    """The store does not re-read the text: a count without the core's ``claim`` makes no claim."""
    import dataclasses

    t1 = "Officials said 12 people were killed in the attack on the base in Iraq on Wednesday. " + STORY_A
    t2 = "Officials said 15 people were killed in the attack on the base in Iraq on Wednesday. " + STORY_A_EDITED
    bare = [dataclasses.replace(r, counts=[dataclasses.replace(c, claim=None) for c in r.counts])
            for r in (_extracted("a", t1, "A"), _extracted("b", t2, "B"))]
    _store_with(store, *bare)
    assert recluster(store)["cross_contradictions"] == 0


def _reference_stories(items):
    """The documented algorithm in plain Python: per LSH bucket, every article links to the
    smallest key published within the window (undated: the bucket's smallest key); similar links
    are joined in key order by a union-find that refuses to stretch a story beyond the window."""
    import datetime as dt
    from collections import defaultdict

    from eventwire.ontology.clustering import cluster_settings
    from eventwire.store.cluster import _Stories, lsh_shape

    cfg, (bands, rows) = cluster_settings(), lsh_shape()
    day = {k: (dt.date.fromisoformat(p) - dt.date(1970, 1, 1)).days if p else None for k, p, _ in items}
    sig = {k: s for k, _, s in items}
    buckets = defaultdict(list)
    for k, _, s in items:
        for b in range(bands):
            buckets[(b, tuple(s[b * rows:(b + 1) * rows]))].append(k)
    links = set()
    for members in buckets.values():
        for k in members:
            if day[k] is None:
                rep = min(members)
            else:
                rep = min(m for m in members if day[m] is not None and abs(day[m] - day[k]) <= cfg.window_days)
            if rep != k:
                links.add((min(k, rep), max(k, rep)))
    found = _Stories(cfg.window_days)
    for k in sorted(sig):
        found.add(k, day[k])
    for a, o in sorted(links):
        if sum(x == y for x, y in zip(sig[a], sig[o])) / len(sig[a]) >= cfg.threshold:
            found.join(a, o)
    return {k: found.find(k) for k in found.parent}


def test_sql_banding_gives_the_stories_of_the_reference_algorithm():
    """Texts sharing 0-100 % of their sentences, dates spread over two weeks, some undated."""
    import random

    rng = random.Random(3)
    pool = [f"Officials in city {i} said {i * 7} people were moved after the {['flood', 'fire', 'strike'][i % 3]}."
            for i in range(60)]
    items = []
    for n in range(120):
        base = rng.randrange(0, 50)
        text = " ".join(pool[base:base + 6] if rng.random() < 0.6 else rng.sample(pool, 6))
        day = None if n % 11 == 0 else f"2020-01-{1 + rng.randrange(14):02d}"
        items.append((f"k{n:03d}", day, signature(text)))
    got, want = stories(items), _reference_stories(items)
    assert got == want
    assert 5 <= len(set(got.values())) < len(items) - 10, "the data must make stories of several articles"


@pytest.mark.parametrize("num_perm", [64, 128, 256])
def test_lsh_bands_are_the_ones_datasketch_picks(num_perm):
    from datasketch.lsh import _optimal_param

    from eventwire.store.cluster import optimal_bands

    for threshold in (0.1, 0.25, 0.4, 0.5, 0.65, 0.8, 0.9):
        assert optimal_bands(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)
