"""Property: the store's rows do not depend on chunking, order or repeats of the writes."""
from __future__ import annotations

import duckdb
from conftest import TEXT, make_result, snapshot
from hypothesis import given, settings
from hypothesis import strategies as st
from stories import STORY_A, STORY_A_EDITED, STORY_B

from eventwire.store.cluster import recluster, signature
from eventwire.store.migrations import migrate
from eventwire.store.writer import Batch, article_key

TEXTS = [TEXT, "Update: " + TEXT, STORY_A + " " + TEXT,
         STORY_A_EDITED + " " + TEXT, STORY_B + " " + TEXT]
RESULTS = [make_result(t, aid=f"a{i}", published=f"2020-01-0{i + 1}") for i, t in enumerate(TEXTS)]
SIGNATURES = [signature(t) for t in TEXTS]


def _store(order: list[int], cuts: list[int]) -> dict:
    con = duckdb.connect()
    migrate(con)
    chunks, last = [], 0
    for cut in sorted(set(cuts)) + [len(order)]:
        chunks.append(order[last:cut])
        last = cut
    for chunk in chunks:
        batch = Batch()
        for i in chunk:
            r = RESULTS[i]
            batch.add_result(r, article_key(r.article.text), f"run{len(chunk)}", SIGNATURES[i])
        batch.write(con)
        recluster(con)
    out = snapshot(con)
    con.close()
    return out


REFERENCE = None


@settings(max_examples=5, deadline=None)
@given(st.lists(st.sampled_from(range(len(RESULTS))), min_size=len(RESULTS), max_size=9).map(
    lambda xs: xs + list(range(len(RESULTS)))),
       st.lists(st.integers(0, 14), max_size=4))
def test_any_chunking_order_and_repeats_give_the_same_rows(order, cuts):
    global REFERENCE
    if REFERENCE is None:
        REFERENCE = _store(list(range(len(RESULTS))), [])
    assert _store(order, [c for c in cuts if c < len(order)]) == REFERENCE
