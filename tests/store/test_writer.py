"""Writing results: deterministic ids, one row per record, idempotent, extra fields kept."""
from __future__ import annotations

import json

from conftest import TEXT, make_result, snapshot

from eventwire.store.writer import Batch, article_key, normalise, publisher_of


def _write(con, *results, run_id="r1"):
    batch = Batch()
    n = sum(batch.add_result(r, article_key(r.article.text), run_id, [1, 2, 3]) for r in results)
    batch.write(con)
    return n


def test_normalised_text_key_ignores_whitespace_and_compat_forms():
    assert normalise("  a\u00a0b \n\n c ") == "a b c"
    assert article_key("Iran  fired\nmissiles") == article_key("Iran fired missiles ")
    assert article_key("Iran fired missiles") != article_key("Iraq fired missiles")


def test_every_record_becomes_a_row(store):
    res = make_result()
    n = _write(store, res)
    counts = {t: store.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0]
              for t in ("articles", "entities", "mentions", "quotes", "events", "counts", "dates", "problems")}
    assert counts == {"articles": 1, "entities": 2, "mentions": 2, "quotes": 1, "events": 2, "counts": 1,
                      "dates": 1, "problems": 1}
    assert n == 2 + 2 + 1 + 2 + 1 + 1  # entities, mentions, quotes, events, counts, dates
    ev = store.execute("SELECT type, actor_country, recipient_country, location_lat, evidence_text, cameo "
                       "FROM events ORDER BY seq").fetchall()
    assert ev[0] == ("ASSAULT", "IRN", "IRQ", 33.0, "Iran fired missiles at a base in Iraq", "190")
    assert ev[1][2] is None  # no recipient -> NULLs, not a crash


def test_spans_in_rows_match_the_article_text(store):
    _write(store, make_result())
    for text, start, end in store.execute(
            'SELECT text, start, "end" FROM quotes UNION ALL SELECT text, start, "end" FROM counts '
            'UNION ALL SELECT text, start, "end" FROM mentions').fetchall():
        assert TEXT[start:end] == text


def test_writing_twice_adds_nothing(store):
    _write(store, make_result())
    before = snapshot(store)
    _write(store, make_result(), run_id="r2")
    assert snapshot(store) == before


def test_record_ids_are_deterministic(tmp_path):
    from eventwire.store.duckdb import open_store

    ids = []
    for name in ("a", "b"):
        con = open_store(tmp_path / f"{name}.duckdb")
        _write(con, make_result())
        ids.append(con.execute("SELECT list(record_id ORDER BY record_id) FROM events").fetchall()[0][0])
        con.close()
    assert ids[0] == ids[1] and len(set(ids[0])) == 2


def test_fields_added_to_records_land_in_extra(store):
    from dataclasses import replace

    from eventwire.records import Count

    res = make_result()
    c = res.counts[0]
    if "approximate" in Count.__dataclass_fields__:
        res.counts[0] = replace(c, approximate=True)
        _write(store, res)
        extra = store.execute("SELECT extra FROM counts").fetchall()[0][0]
        assert json.loads(extra)["approximate"] is True
    else:
        _write(store, res)
        assert store.execute("SELECT extra FROM counts").fetchall()[0][0] is None


def test_publisher_falls_back_to_url_host():
    from eventwire.records import Article

    assert publisher_of(Article("x", "t", url="https://www.example.com/a")) == "example.com"
    assert publisher_of(Article("x", "t", url="https://a.org/b", publisher="A News")) == "A News"
    assert publisher_of(Article("x", "t")) is None
