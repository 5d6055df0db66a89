"""Exports: GDELT 2.0 TSV (61 columns, codebook round trip), PLOVER JSONL, Parquet/CSV per table."""
from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest
from conftest import TEXT, make_result, snapshot

from eventwire.ontology import gdelt
from eventwire.store.cluster import recluster, signature
from eventwire.store.duckdb import open_store
from eventwire.store.export import export
from eventwire.store.writer import Batch, article_key

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture
def filled(store):
    res = make_result(url="https://news.example.com/iran")
    consult = replace(res.events[0], type="CONSULT", cameo="036", quad_class=1, goldstein=4.0,
                      evidence=res.events[1].evidence)
    undated = replace(res.events[0], date=None, evidence=res.quotes[0].cue)
    res.events.extend([consult, undated])
    no_date = make_result(text="A second article. " + res.article.text, aid="b", published=None)
    batch = Batch()
    for r in (res, no_date):
        batch.add_result(r, article_key(r.article.text), "r1", signature(r.article.text))
    batch.write(store)
    store.execute("INSERT INTO runs (run_id, started_at) VALUES ('r1', TIMESTAMP '2020-01-09 10:11:12')")
    recluster(store)
    return store


def _read_gdelt(path, columns):
    """A reader written from the GDELT 2.0 codebook column list: typed dict per row."""
    out = []
    with open(path, encoding="utf8", newline="") as fh:
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            assert len(cells) == len(columns), len(cells)
            out.append(dict(zip(columns, cells)))
    return out


def _codebook(shared_dir):
    with open(shared_dir / "data" / "gdelt" / "GDELT_2.0_Events_schema.csv", encoding="utf8", newline="") as fh:
        return [(r["tableId"], r["dataType"]) for r in csv.DictReader(fh)]


def test_bundled_columns_equal_the_codebook(shared_dir):
    assert gdelt.events_columns() == tuple(name for name, _ in _codebook(shared_dir))


def test_gdelt_tsv_round_trips_through_a_codebook_reader(filled, tmp_path, shared_dir):
    stats = export(filled, "gdelt", tmp_path)
    codebook = _codebook(shared_dir)
    rows = _read_gdelt(stats.files[0], [n for n, _ in codebook])
    assert len(rows) == stats.rows == 4  # the future THREATENs are not exported, and the stats say so
    assert (stats.skipped, stats.reasons) == (2, {"not asserted or reported": 2})
    for row in rows:  # every cell parses as its codebook type (blank = null)
        for name, kind in codebook:
            if row[name] and kind == "INTEGER":
                int(row[name])
            elif row[name] and kind == "FLOAT":
                float(row[name])
    by_code = {r["EventCode"]: r for r in rows if r["SOURCEURL"] == "https://news.example.com/iran"}
    consult = by_code["036"]  # CAMEO codes stay strings: the leading zero survives
    assert (consult["EventBaseCode"], consult["EventRootCode"], consult["QuadClass"]) == ("036", "03", "1")
    assault = by_code["190"]
    assert (assault["Actor1Code"], assault["Actor1CountryCode"], assault["Actor1Type1Code"]) == ("IRNGOV", "IRN", "GOV")
    assert (assault["Actor2Code"], assault["Actor1Geo_CountryCode"], assault["Actor2Geo_CountryCode"]) == \
        ("IRQ", "IR", "IZ")
    assert (assault["SQLDATE"], assault["MonthYear"], assault["Year"]) == ("20200108", "202001", "2020")
    assert (assault["ActionGeo_FullName"], assault["ActionGeo_CountryCode"], assault["ActionGeo_Lat"]) == \
        ("Iraq", "IZ", "33")
    assert assault["DATEADDED"] == "20200109101112" and assault["SOURCEURL"] == "https://news.example.com/iran"
    assert assault["AvgTone"] == "" and assault["Actor1KnownGroupCode"] == ""
    [b] = [r for r in rows if r["SOURCEURL"] == "b"]  # no URL: the article id; no publication date:
    assert b["SQLDATE"] == "20200108"  # the event's own date


def test_all_events_flag_exports_non_factual_events_with_a_date(filled, tmp_path):
    stats = export(filled, "gdelt", tmp_path, all_events=True)
    assert (stats.rows, stats.skipped) == (5, 1)  # b's THREATEN has no date and b no publication date
    assert stats.reasons == {"no date": 1}


def test_plover_jsonl_has_the_required_fields(filled, tmp_path):
    stats = export(filled, "plover", tmp_path)
    lines = [json.loads(x) for x in open(stats.files[0], encoding="utf8")]
    assert len(lines) == stats.rows == 4
    for rec in lines:
        for field in ("id", "date", "actor", "event"):  # required per PLOVER_MANUAL.tex, table "PLOVER JSON"
            assert rec[field], field
        assert len(rec["date"]) == 10 and rec["date"][4] == "-"
        assert set(rec["event"]) <= PLOVER_TYPES and rec["quad_code"] in (1, 2, 3, 4, None)
        assert all({"code", "sector", "entity_text"} <= set(a) for a in rec["actor"] + rec["recipient"])
        assert rec["cite_info"]["codebook"] == "PLOVER 2.0" and rec["factuality"] in ("asserted", "reported")
    assert len({r["id"] for r in lines}) == len(lines)


def test_parquet_dir_reopens_read_only_with_the_same_rows(filled, tmp_path):
    stats = export(filled, "parquet", tmp_path / "pq")
    assert {p.rsplit("/", 1)[-1] for p in stats.files} >= {"articles.parquet", "events.parquet"}
    con = open_store(tmp_path / "pq")
    assert snapshot(con) == snapshot(filled)
    con.close()


def test_csv_per_table(filled, tmp_path):
    stats = export(filled, "csv", tmp_path)
    with open(tmp_path / "events.csv", encoding="utf8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6 and stats.rows > len(rows)


def test_plover_nonstate_codes_become_cameo_known_groups(store, tmp_path):
    res = make_result()
    un = replace(res.events[0].actor, name="United Nations", country="UNO", sector=None)
    res.events[0] = replace(res.events[0], actor=un)
    batch = Batch()
    batch.add_result(res, article_key(res.article.text), "r1", signature(res.article.text))
    batch.write(store)
    recluster(store)
    [row] = _read_gdelt(export(store, "gdelt", tmp_path).files[0], gdelt.events_columns())
    assert (row["Actor1Code"], row["Actor1KnownGroupCode"], row["Actor1CountryCode"]) == ("UNO", "UNO", "")
    assert row["Actor1Geo_Type"] == "" and row["Actor2CountryCode"] == "IRQ"


def test_is_root_event_marks_events_of_the_lead(store, tmp_path):
    from eventwire.records import Span

    text = "Missiles hit bases\n" + TEXT + " " + "More detail follows here. " * 6 + "\nLater, Iran fired again."
    res = make_result(text=text)
    i = text.index("Iran fired again")
    late = replace(res.events[0], evidence=Span(i, i + 16, "Iran fired again"))
    res.events[:] = [res.events[0], late]
    batch = Batch()
    batch.add_result(res, article_key(text), "r1", signature(text))
    batch.write(store)
    recluster(store)
    rows = _read_gdelt(export(store, "gdelt", tmp_path).files[0], gdelt.events_columns())
    assert [r["IsRootEvent"] for r in rows] == ["1", "0"]


def test_plover_context_comes_from_the_event_record(store, tmp_path):
    """The record's ``context`` is stored in the events.context column and exported from there."""
    res = make_result()
    res.events[0] = replace(res.events[0], context="legal;military")
    res.events[1] = replace(res.events[1], context=None, factuality="asserted")
    batch = Batch()
    batch.add_result(res, article_key(res.article.text), "r1", signature(res.article.text))
    batch.write(store)
    rows = store.execute("SELECT context, extra FROM events ORDER BY seq").fetchall()
    assert [r[0] for r in rows] == ["legal;military", None]
    assert not any("context" in json.loads(r[1] or "{}") for r in rows)  # a column, no longer in extra
    with open(export(store, "plover", tmp_path).files[0]) as fh:
        recs = {r["event"][0]: r for r in map(json.loads, fh)}
    assert recs["ASSAULT"]["context"] == ["legal", "military"]
    assert recs["THREATEN"]["context"] == []
