"""The contract validator itself: valid output passes, each kind of violation is caught."""
from __future__ import annotations

import copy

import pytest

from eventwire.contract import validate

TEXT = "Esper said “no decision” on Friday; 2,500 U.S. Marines left Iraq."


def good() -> dict:
    return {
        "id": "a1", "published": "2020-01-06",
        "entities": [{"id": "e1", "name": "Esper", "type": "PERSON", "role": None, "country": "USA",
                      "sector": "GOV", "mentions": [{"start": 0, "end": 5, "text": "Esper"}]}],
        "quotes": [{"text": "no decision", "start": 12, "end": 23, "kind": "partial", "speaker": "Esper",
                    "speaker_entity": "e1", "speaker_mention": {"start": 0, "end": 5, "text": "Esper"},
                    "cue": {"start": 6, "end": 10, "text": "said"}}],
        "events": [{"type": "RETREAT", "mode": None, "factuality": "negated",
                    "actor": {"name": "Esper", "country": "USA", "sector": "GOV", "start": 0, "end": 5,
                              "entity": "e1"},
                    "recipient": None, "date": "2020-01-03",
                    "location": {"name": "Iraq", "country": "IRQ", "lat": 33.0, "lon": 44.0},
                    "evidence": {"start": 0, "end": 34, "text": TEXT[:34]}, "score": 1.0}],
        "counts": [{"value": 2500, "text": "2,500 U.S. Marines", "start": 36, "end": 54,
                    "category": "military_personnel"}],
        "dates": [{"text": "Friday", "start": 28, "end": 34, "date": "2020-01-03"}],
        "contradictions": [],
        "problems": [],
    }


def test_fixture_matches_its_text():
    assert TEXT[12:23] == "no decision" and TEXT[36:54] == "2,500 U.S. Marines"


def test_valid_object_has_no_errors():
    assert validate(good(), TEXT) == []


@pytest.mark.parametrize("path,value,fragment", [
    (("quotes", 0, "kind"), "rumour", "kind"),
    (("quotes", 0, "start"), 13, "!= article text"),
    (("counts", 0, "end"), 500, "beyond the text"),
    (("counts", 0, "value"), "2500", "value"),
    (("entities", 0, "type"), "PER", "type"),
    (("entities", 0, "country"), "US", "ISO 3166"),
    (("events", 0, "type"), "FIGHT", "type"),
    (("events", 0, "factuality"), "maybe", "factuality"),
    (("events", 0, "evidence", "text"), "other", "!= article text"),
    (("events", 0, "actor", "end"), 1.5, "end"),
    (("dates", 0, "date"), "Jan 3", "date"),
    (("dates", 0, "start"), -1, "bad offsets"),
])
def test_each_violation_is_reported(path, value, fragment):
    obj = good()
    target = obj
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    errors = validate(obj, TEXT)
    assert errors and any(fragment in e for e in errors), errors


def test_missing_field_and_unregistered_problem_code():
    obj = good()
    del obj["quotes"][0]["speaker"]
    obj["problems"] = [{"code": "E_MADE_UP", "message": "x"}]
    errors = validate(obj, TEXT)
    assert any("missing field 'speaker'" in e for e in errors)
    assert any("problems[0]" in e for e in errors)


def test_without_text_spans_are_checked_for_shape_only():
    obj = copy.deepcopy(good())
    obj["counts"][0]["end"] = 500
    assert validate(obj) == []
    obj["counts"][0]["end"] = 10  # end < start
    assert any("bad offsets" in e for e in validate(obj))


def test_optional_places_checked_when_present():
    obj = good()
    obj["places"] = [{"name": "Iraq", "start": 60, "end": 64, "text": "Iraq", "country": "IRQ"}]
    assert TEXT[60:64] == "Iraq"
    assert validate(obj, TEXT) == []
    obj["places"][0]["text"] = "Iran"
    assert validate(obj, TEXT)
