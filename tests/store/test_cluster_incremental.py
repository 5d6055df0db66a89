"""Incremental clustering: a step places only new articles and the stories they can join; a
rerun with nothing new does nothing; near-duplicates cost linear links, not pairs."""
from __future__ import annotations

from conftest import snapshot
from stories import STORY_A, STORY_A_EDITED, STORY_B

from eventwire.records import Article, ArticleResult
from eventwire.store import queries
from eventwire.store.cluster import recluster, signature
from eventwire.store.writer import Batch, article_key, source_row


def _write(store, *items: tuple[str, str, str]) -> None:
    batch = Batch()
    for aid, text, day in items:
        res = ArticleResult(Article(aid, text, published=day, publisher=aid))
        batch.add_result(res, article_key(text), "r", signature(text))
    batch.write(store)


def _stories(store) -> dict[str, str]:
    return dict(store.execute("SELECT id, story_id FROM articles").fetchall())


def _others(n: int) -> list[tuple[str, str, str]]:
    """n unrelated one-sentence articles, each its own story."""
    return [(f"other{i}", f"Council {i} approved budget line {i * 13} for roads number {i * 7} in district "
                          f"{i * 3} after a vote on item {i * 11} of session {i * 5}.", "2020-01-08")
            for i in range(n)]


def test_a_rerun_with_nothing_new_places_nothing_and_changes_nothing(store):
    _write(store, ("a", STORY_A, "2020-01-08"), ("b", STORY_A_EDITED, "2020-01-09"), *_others(5))
    first = recluster(store)
    assert first["placed"] == 7 and first["stories"] == 6
    before = snapshot(store)
    again = recluster(store)
    assert again["placed"] == 0 and again["stories"] == 6
    assert again["cross_contradictions"] == first["cross_contradictions"] and again["found"] == 0
    assert snapshot(store) == before


def test_a_new_article_touches_only_the_story_it_joins(store):
    _write(store, ("a", STORY_A, "2020-01-08"), *_others(20))
    recluster(store)
    others = {k: v for k, v in _stories(store).items() if k.startswith("other")}
    _write(store, ("b", STORY_A_EDITED, "2020-01-09"))
    step = recluster(store)
    assert step["placed"] == 2  # b and the story of a, not the 20 other stories
    got = _stories(store)
    assert got["a"] == got["b"] == min(article_key(STORY_A), article_key(STORY_A_EDITED))
    assert {k: v for k, v in got.items() if k.startswith("other")} == others


def test_a_new_source_of_a_stored_article_updates_its_story_counts(store):
    from eventwire.records import Event, Participant, Span

    ev = Event("ASSAULT", None, "asserted", Participant("Iran", "IRN", None, None, None, None),
               Participant("Iraq", "IRQ", None, None, None, None), None, None, Span(0, 4, "Iran"), -10.0)
    batch = Batch()
    batch.add_result(ArticleResult(Article("x1", STORY_A, publisher="Wire A"), events=[ev]),
                     article_key(STORY_A), "r", signature(STORY_A))
    batch.write(store)
    recluster(store)
    [row] = queries.run(store, "events")
    assert row["num_sources"] == 1
    batch = Batch()  # read again from another outlet after the store was clustered
    batch.add("article_sources", source_row(article_key(STORY_A), Article("x2", STORY_A, publisher="Paper C")), "x2")
    batch.write(store)
    assert recluster(store)["placed"] == 0
    [row] = queries.run(store, "events")
    assert (row["num_articles"], row["num_sources"]) == (1, 2)


def test_incremental_steps_equal_one_full_clustering(store):
    items = [("a", STORY_A, "2020-01-08"), ("b", STORY_B, "2020-01-08"), ("c", STORY_A_EDITED, "2020-01-10"),
             ("d", "Update: " + STORY_A, "2020-01-11"), ("e", "Later: " + STORY_A, "2020-02-20"), *_others(6)]
    for i in range(0, len(items), 3):
        _write(store, *items[i:i + 3])
        recluster(store)
    stepwise = _stories(store)
    recluster(store, full=True)
    assert _stories(store) == stepwise
    assert len({stepwise[k] for k in "acd"}) == 1 and stepwise["e"] != stepwise["a"] != stepwise["b"]


def test_a_store_clustered_before_article_bands_existed_is_clustered_once_in_full(store):
    _write(store, ("a", STORY_A, "2020-01-08"), ("b", STORY_A_EDITED, "2020-01-08"))
    store.execute("UPDATE articles SET story_id = article_key")  # as an older eventwire left it
    assert recluster(store)["placed"] == 2
    assert len(set(_stories(store).values())) == 1


def test_near_duplicates_are_linked_to_a_representative_not_to_each_other():
    """A bucket of n identical signatures gives n - 1 links (one per article), not n(n-1)/2."""
    import duckdb
    import pyarrow as pa

    from eventwire.store import cluster

    sig = signature(STORY_A)
    n = 300
    con = duckdb.connect()
    con.register("_items", pa.table({"article_key": [f"k{i:04d}" for i in range(n)],
                                     "published": pa.array(["2020-01-08"] * n, pa.string()),
                                     "signature": pa.array([sig] * n, pa.list_(pa.uint64()))}))
    found = cluster._place(con, "_items")
    links = list(cluster._links(con))
    con.close()
    assert len(links) == n - 1 and all(a == 0 for a, _ in links)  # index 0: k0000
    assert set(found.values()) == {"k0000"}
