"""`eventwire run` over plain text: dates from file names and datelines; a warning when there are none."""
from __future__ import annotations

import duckdb
import pytest

from eventwire import cli
from eventwire.ingest import pubdate

TEXTS = ("Iran fired missiles at an American base in Iraq, officials said.\n",
         "The United States accused Iran of reckless aggression, the State Department said.\n")


def _corpus(folder, names):
    folder.mkdir()
    for name, text in zip(names, TEXTS):
        (folder / name).write_text(text, encoding="utf8")
    return folder


def _run(capsys, folder, db):
    assert cli.main(["run", str(folder), "--db", str(db), "--workers", "1", "-q"]) == 0
    return capsys.readouterr().err


def _dates(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return (sorted((r[0] for r in con.execute("SELECT published FROM articles").fetchall()), key=str),
                con.execute("SELECT count(*), count(a.published) FROM events e JOIN articles a USING (article_key)")
                .fetchone())
    finally:
        con.close()


def test_run_over_dated_file_names_stores_dated_events(tmp_path, capsys):
    folder = _corpus(tmp_path / "dated", ["reuters_2016-10-12_iran.txt", "20161013-ap.txt"])
    err = _run(capsys, folder, tmp_path / "dated.duckdb")
    published, (events, dated) = _dates(tmp_path / "dated.duckdb")
    assert published == ["2016-10-12", "2016-10-13"]
    assert events >= 2 and dated == events
    assert "no publication date" not in err


def test_run_over_undated_files_warns_with_the_counts(tmp_path, capsys):
    folder = _corpus(tmp_path / "undated", ["iran.txt", "usa.txt"])
    err = _run(capsys, folder, tmp_path / "undated.duckdb")
    published, (events, dated) = _dates(tmp_path / "undated.duckdb")
    assert published == [None, None] and events >= 2 and dated == 0
    assert f"warning: 2 of 2 article(s) in the store have no publication date and {events} of {events} event(s)" \
        in err
    assert "--published YYYY-MM-DD" in err
    assert cli.main(["export", "--db", str(tmp_path / "undated.duckdb"), "--format", "gdelt",
                     "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "wrote 0 row(s)" in err and f"{events} event(s) not exported: " in err and " no date" in err


@pytest.mark.parametrize("source_id,text,expected", [
    ("x/reuters_2016-10-12_syria.txt", "", "2016-10-12"), ("x/a_2016_10_12.txt", "", "2016-10-12"),
    ("20161012.txt", "", "2016-10-12"), ("x/12345678901.txt", "", None), ("x/2016-02-30.txt", "", None),
    ("2016-10-12/story.txt", "", None),  # folders are not read
    ("a.txt", "WASHINGTON, Jan. 6, 2020 — The Pentagon said", "2020-01-06"),
    ("a.txt", "BEIRUT, 6 January 2020 (Reuters) - Iran said", "2020-01-06"),
    ("a.txt", "Published: 2020-01-06\n\nText", "2020-01-06"),
    ("a.txt", "WASHINGTON — The Pentagon said on Jan. 6, 2020", "2020-01-06"),
    ("a.txt", "WASHINGTON — The Pentagon said\nOn Jan. 6, 2020 it", None),  # only the first line
    ("a.txt", "Jan. 6 — no year here", None), ("a.txt", "On 06/01/2020 Iran said", None),
    ("a_2016-10-12.txt", "Jan. 6, 2020 — The", "2016-10-12"),  # the file name wins
])
def test_publication_date_from_name_or_dateline(source_id, text, expected):
    assert pubdate.for_text(source_id, text) == expected
