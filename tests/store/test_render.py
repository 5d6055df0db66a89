"""Query output for the terminal: tables fit the width, `query list` keeps whole descriptions."""
from __future__ import annotations

import pytest

from eventwire import cli
from eventwire.store import queries
from eventwire.store.render import render, render_query_list

ROWS = [{"date": "2020-01-06", "type": "ASSAULT", "actor_name": "Islamic Revolutionary Guard Corps",
         "actor_country": "IRN", "evidence_text": "Iran fired more than a dozen ballistic missiles " * 4}] * 3


@pytest.mark.parametrize("width", [40, 60, 80, 120, 400])
def test_every_table_line_fits_the_width(width):
    lines = render(ROWS, "table", width=width).splitlines()
    assert all(len(line) <= width for line in lines), [len(x) for x in lines]
    assert lines[2].startswith("2020-01-06")  # short values (dates, codes) are never cut


def test_a_wide_terminal_shows_every_cell_uncut():
    text = render(ROWS, "table", width=400)
    assert ROWS[0]["evidence_text"].strip() in text and "…" not in text


def test_columns_that_cannot_fit_are_left_out_and_said():
    text = render(ROWS, "table", width=30)
    assert "more columns with --format json or csv" in " ".join(text.split())
    assert all(len(line) <= 30 for line in text.splitlines())


def test_json_and_csv_keep_every_column_uncut():
    assert ROWS[0]["evidence_text"] in render(ROWS, "json", width=20)
    assert render(ROWS, "csv", width=20).splitlines()[0] == "date,type,actor_name,actor_country,evidence_text"


def test_a_query_table_shows_its_table_columns():
    cols = queries.REGISTRY["events"].columns
    rows = [{**{c: "x" for c in cols}, "record_id": "r1", "article_key": "k"}]
    header = render(rows, "table", width=300, columns=cols).splitlines()[0].split()
    assert header == list(cols)


def test_query_list_shows_every_whole_description():
    text = render_query_list(queries.REGISTRY.values(), width=60)
    flat = " ".join(text.split())
    for q in queries.REGISTRY.values():
        assert " ".join(q.description.split()) in flat, q.name
    assert all(len(line) <= 60 for line in text.splitlines())


def test_cli_bad_value_is_a_clear_error(capsys, tmp_path):
    assert cli.main(["query", "events", "--type", "attack", "--db", str(tmp_path / "none.duckdb")]) == 2
    err = capsys.readouterr().err
    assert "E_INPUT" in err and "--type 'attack': not a PLOVER event type; choose from AGREE" in err
