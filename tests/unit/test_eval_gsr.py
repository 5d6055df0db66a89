"""`eventwire eval gsr` on a tiny hand-written file shaped like PLOVER_GSR_CAMEO.json.

The codebook file itself is not used here (docs/eval.md): these records are made up, with the
file's fields, its old type names (DEMAND, FIGHT) and a DOCUMENT record without text.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.errors import GoldError
from eventwire.evaluate import evaluate_gsr, gsr

RECORDS = [
    {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "internal documentation", "license": "none"},
    {"id": "X-THREATEN-0001", "date": "2000-01-01", "event": "THREATEN",
     "text": "Russia threatened to sell missiles to Syria.",
     "source": [{"actorText": "Russia", "code": "RUS", "sector": "GOV"}],
     "target": [{"actorText": "Syria", "code": "SYR"}]},
    {"id": "X-DEMAND-0001", "date": "2000-01-02", "event": "DEMAND", "text": "France demanded that Iran free the hostages.",
     "source": [{"actorText": "France", "code": "FRA"}], "target": [{"actorText": "Iran", "code": "IRN"}]},
    {"id": "X-FIGHT-0001", "date": "2000-01-03", "event": "FIGHT", "text": "Israeli troops fought militants in Gaza.",
     "source": [{"actorText": "Israeli troops", "code": "ISR", "sector": "MIL"}]},
    {"id": "X-YIELD-0001", "date": "2000-01-04", "event": "YIELD", "text": "The rebels surrendered.", "source": None},
]


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS), encoding="utf8")
    return path


def write_pred(path: Path, events: dict[int, list[dict]]) -> Path:
    path.write_text("".join(json.dumps({"id": str(i), "events": ev}) + "\n" for i, ev in events.items()),
                    encoding="utf8")
    return path


#: record number -> predicted events: THREATEN by Russia (type and source right); REQUEST with no
#: country (type right only if DEMAND is read as REQUEST); ACCUSE for the fight (a miss); RETREAT
#: for a gold YIELD (accepted)
PRED = {0: [{"type": "THREATEN", "actor": {"country": "RUS"}}, {"type": "SANCTION", "actor": {"country": "RUS"}}],
        1: [{"type": "REQUEST", "actor": None}],
        2: [{"type": "ACCUSE", "actor": {"country": "ISR"}}],
        3: [{"type": "RETREAT", "actor": {"country": None}}]}


def test_load_skips_records_without_text_and_maps_old_names(gold):
    recs = gsr.load(gold)
    assert [r.index for r in recs] == [0, 1, 2, 3]
    assert [r.event for r in recs] == ["THREATEN", "DEMAND", "FIGHT", "YIELD"]
    assert [r.type for r in recs] == ["THREATEN", "REQUEST", "ASSAULT", "YIELD"]
    assert recs[0].sources == ("RUS",) and recs[3].sources == ()
    assert recs[1].published == "2000-01-02" and recs[1].rid == "X-DEMAND-0001"
    assert gsr.gold_type("DISAPPROVE") == gsr.gold_type("INVESTIGATE") == "ACCUSE"
    assert [r.index for r in gsr.select(recs, "even")] == [0, 2]
    assert [r.index for r in gsr.select(recs, "odd")] == [1, 3]


def test_scores_per_fold(gold, tmp_path):
    recs = gsr.load(gold)
    preds = {str(i): ev for i, ev in PRED.items()}
    every = gsr.score_records(recs, preds, "all")
    assert (every["n"], every["type_found"], every["type_found_rate"]) == (4, 3, 0.75)
    assert every["per_type"] == {"ASSAULT": "0/1", "REQUEST": "1/1", "THREATEN": "1/1", "YIELD": "1/1"}
    assert (every["type_source_n"], every["type_source_found"]) == (3, 1)
    assert every["confusions"] == [["ASSAULT", "ACCUSE", 1]] and every["no_event"] == 0
    even, odd = gsr.score_records(recs, preds, "even"), gsr.score_records(recs, preds, "odd")
    assert (even["n"], even["type_found"], odd["n"], odd["type_found"]) == (2, 1, 2, 2)
    none = gsr.score_records(recs, {}, "even")
    assert none["no_event"] == 2 and none["confusions"] == [["THREATEN", "NONE", 1], ["ASSAULT", "NONE", 1]]
    assert gsr.misses(recs, preds, "odd") == []
    assert gsr.misses(recs, preds) == ["MISS [2 X-FIGHT-0001] gold ASSAULT (FIGHT); got ['ACCUSE'] | "
                                       "Israeli troops fought militants in Gaza."]


def test_cli_with_predictions(gold, tmp_path, capsys):
    pred = write_pred(tmp_path / "p.jsonl", PRED)
    assert main(["eval", "gsr", str(gold), "--pred", str(pred), "--rows", "even", "--misses"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("MISS [2 X-FIGHT-0001]")
    assert out[1] == "# rows even (even records from 0, tuning fold): type found 1 / 2 = 0.5"
    assert json.loads(out[2])["per_type"] == {"ASSAULT": "0/1", "THREATEN": "1/1"} and len(out) == 3
    assert main(["eval", "gsr", str(gold), "--pred", str(pred)]) == 0
    heads = [line for line in capsys.readouterr().out.splitlines() if line.startswith("#")]
    assert [h.split(" (")[0] for h in heads] == ["# rows all", "# rows even", "# rows odd"]
    assert heads[2].endswith("type found 2 / 2 = 1.0")


@pytest.mark.parametrize("content, message", [
    ("{}", "expected a JSON array"),
    ("[1]", "item 0 is not a JSON object"),
    ('[{"text": "Iran protested."}]', "'text' and 'event' must be strings"),
    ('[{"text": "Iran protested.", "event": "PROTEST", "source": "IRN"}]', "'source' must be a list"),
    ('[{"event": "DOCUMENT"}]', "no record has a 'text'"),
    ("[", "not JSON"),
])
def test_malformed_file(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf8")
    with pytest.raises(GoldError, match=message):
        gsr.load(path)


def test_runs_extraction_on_the_chosen_rows(gold, tmp_path, nlp):
    saved = tmp_path / "saved.jsonl"
    figures, misses = evaluate_gsr(str(gold), "even", save_pred=str(saved))
    assert [json.loads(line)["id"] for line in saved.read_text().splitlines()] == ["0", "2"]
    assert set(figures) == {"even"} and figures["even"]["n"] == 2
    assert figures == gsr.score(gold, saved, ("even",))
    assert "THREATEN" in [e["type"] for e in json.loads(saved.read_text().splitlines()[0])["events"]]
