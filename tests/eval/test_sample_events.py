"""scripts/sample_events.py: the fixed-seed event sample for hand judgment, and its figures."""
from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def se():
    spec = importlib.util.spec_from_file_location("sample_events", ROOT / "scripts" / "sample_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def events(n: int) -> list[dict]:
    return [{"type": "ACCUSE", "n": i} for i in range(n)]


def test_pick_events_fills_the_shortfall_one_per_article_in_turn(se):
    per_article = [("a", events(7)), ("b", events(1)), ("c", []), ("d", events(5))]
    sample = se.pick_events(per_article, seed=10)
    by = {art: [i for a, i, _ in sample if a == art] for art, _ in per_article}
    # 4 + 1 + 0 + 4 = 9 of 16; the shortfall is filled a, d, a, d, a, a, a (b and c are empty)
    assert [len(by[a]) for a in "abcd"] == [7, 1, 0, 5]
    assert len(sample) == 13 and all(by[a] == sorted(by[a]) for a in by)
    assert [e["n"] for a, i, e in sample if a == "a"] == by["a"]  # events keep their numbers


def test_pick_events_stops_at_the_quota_and_depends_only_on_the_seed(se):
    per_article = [("a", events(9)), ("b", events(2)), ("c", events(9))]
    first = se.pick_events(per_article, seed=10)
    assert len(first) == 12 and first == se.pick_events(per_article, seed=10)
    by = {art: len([1 for a, _, _ in first if a == art]) for art in "abc"}
    assert by == {"a": 5, "b": 2, "c": 5}
    assert [i for a, i, _ in se.pick_events(per_article, seed=11) if a == "a"] != \
        [i for a, i, _ in first if a == "a"]


def test_pick_articles_is_a_seeded_draw(se):
    cands = [str(i) for i in range(50)]
    assert se.pick_articles(cands, 10) == se.pick_articles(list(cands), 10)
    assert len(set(se.pick_articles(cands, 10))) == 10 and se.pick_articles(cands, 10) != se.pick_articles(cands, 3)


def test_ipe_articles_are_the_untouched_fold(se, tmp_path):
    d = tmp_path / "data" / "ipe"
    d.mkdir(parents=True)
    (d / "docs.jsonl").write_text("".join(json.dumps({"doc_id": i, "doc_text": f"t{i}"}) + "\n" for i in (0, 2, 4, 6, 10)),
                                  encoding="utf8")
    (d / "metadata.jsonl").write_text("".join(json.dumps({"doc_id": i, "date": "2002-03-01"}) + "\n" for i in (2, 6)),
                                      encoding="utf8")
    assert se.ipe_articles(tmp_path) == [("2", "t2", "2002-03-01"), ("6", "t6", "2002-03-01"), ("10", "t10", None)]


def test_sentence_around(se):
    text = "First one. Police fired at the mob on Monday. Third."
    start = text.index("fired")
    assert se.sentence_around(text, start, start + 5) == "Police fired at the mob on Monday."


def judged(path: Path, rows: list[tuple]) -> Path:
    with path.open("w", encoding="utf8", newline="") as fh:
        w = csv.DictWriter(fh, ["sample_id", "factuality", "real", "actor_ok", "recipient_ok", "countries_ok",
                                "date_ok", "dup", "reason"], delimiter="\t")
        w.writeheader()
        for i, (fact, *flags) in enumerate(rows):
            w.writerow(dict(zip(w.fieldnames, [f"s{i}", fact, *flags, "why"])))
    return path


def test_figures_of_a_judged_sheet(se, tmp_path):
    sheet = judged(tmp_path / "j.tsv", [
        ("asserted", "y", "y", "y", "y", "n", "n"),
        ("reported", "y", "y", "n", "n", "y", "n"),
        ("future", "n", "na", "na", "na", "na", "y"),
        ("asserted", "n", "na", "na", "na", "na", "n"),
    ])
    f = se.figures(se.read_sheet(str(sheet)))
    assert f["type_precision"] == "2/4 = 0.50" and f["full_precision"] == "1/4 = 0.25"
    assert f["type_precision_asserted_reported"] == "2/3 = 0.67"
    assert f["countries_right_on_real"] == "1/2 = 0.50" and f["date_right_on_real"] == "1/2 = 0.50"
    assert f["duplicates"] == 1


def test_an_unjudged_row_is_refused(se, tmp_path):
    sheet = judged(tmp_path / "j.tsv", [("asserted", "", "", "", "", "", "")])
    with pytest.raises(SystemExit, match="unjudged"):
        se.read_sheet(str(sheet))


def test_further_batches_are_disjoint_and_leave_the_sample_unchanged(se):
    cands = [str(i) for i in range(35)]
    b0, b1, b2, b3 = (se.pick_articles(cands, 10, batch=k) for k in range(4))
    assert b0 == se.pick_articles(cands, 10)
    assert len(b1) == len(b2) == 10 and len(b3) == 5
    assert not (set(b0) & set(b1)) and not (set(b1) & set(b2)) and set(b0 + b1 + b2 + b3) == set(cands)


def test_score_pools_sheets(se, tmp_path, capsys):
    a = judged(tmp_path / "a.tsv", [("asserted", "y", "y", "y", "y", "y", "n")])
    b = judged(tmp_path / "b.tsv", [("asserted", "n", "na", "na", "na", "na", "n")])
    assert se.main(["score", str(a), str(b), "--pool"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("pooled\t") and json.loads(last.split("\t")[1])["type_precision"] == "1/2 = 0.50"
