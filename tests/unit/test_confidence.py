"""Calibrated event confidence: features of a record, the shipped weights, the fitting script's
pieces (synthetic data; the PLV reliability table is printed by scripts/calibrate_confidence.py)."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from eventwire.extract import confidence
from eventwire.records import Event, Participant, Span

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("calibrate_confidence", ROOT / "scripts" / "calibrate_confidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(rules, actor=("USA", None), recipient=("IRN", None), factuality="asserted", words=8):
    text = " ".join(["word"] * words)
    act = Participant("A", actor[0], actor[1], 0, 4, None) if actor else None
    rec = Participant("B", recipient[0], recipient[1], 5, 9, None) if recipient else None
    return Event("ASSAULT", None, factuality, act, rec, None, None, Span(0, len(text), text), -10.0,
                 rules=tuple(rules))


def test_features_read_the_rules_and_the_record():
    e = _event(["trigger:pattern:cameo_verbs.json:ATTACK/3", "trigger:conditional", "actor:subject",
                "actor:resolved:pronoun", "factuality:reported"], recipient=None, factuality="reported")
    f = confidence.features(e)
    assert f["trigger=pattern_dictionary"] == 1 and f["recoded"] == 1 and f["actor=subject"] == 1
    assert f["actor_resolved"] == 1 and f["actor_coded"] == 1 and f["recipient=none"] == 1
    assert f["factuality=reported"] == 1 and 0 < f["evidence_words"] < 1
    g = confidence.features(_event(["trigger:pattern:plover/triggers.yaml:10", "actor:climbed"], actor=(None, None)))
    assert g["trigger=pattern_project"] == 1 and g["actor=other"] == 1 and "actor_coded" not in g
    assert g["recipient=coded"] == 1


def test_shipped_calibration_is_a_monotone_probability():
    cal = confidence.calibration()
    assert cal.fitted_on and "calibrate_confidence.py" in cal.command
    assert list(cal.curve_x) == sorted(cal.curve_x) and list(cal.curve_y) == sorted(cal.curve_y)
    good = confidence.estimate(_event(["trigger:pattern:plover/triggers.yaml:10", "actor:subject"]))
    bad = confidence.estimate(_event(["trigger:verb:say", "actor:controlling_subject"], actor=(None, None),
                                     recipient=None, factuality="negated"))
    assert 0 <= bad < good <= 1


@pytest.mark.parametrize("x, y", [(-1, 0.1), (0.0, 0.1), (0.25, 0.3), (0.5, 0.5), (0.75, 0.5), (2, 0.9)])
def test_monotone_curve_interpolates(x, y):
    assert confidence.monotone((0.0, 0.5, 0.5, 1.0), (0.1, 0.5, 0.5, 0.9), x) == pytest.approx(y if x != 0.75 else 0.7)


def test_script_fit_and_isotonic_on_synthetic_data():
    cc = _script()
    rng = random.Random(7)
    xs, ys = [], []
    for _ in range(2000):
        a = rng.random() < 0.5
        xs.append({"bias": 1.0, "a": float(a)})
        ys.append(rng.random() < (0.8 if a else 0.2))
    w = cc.fit(xs, ys, 0.01)
    assert w["a"] == pytest.approx(2.77, abs=0.3) and w["bias"] == pytest.approx(-1.39, abs=0.2)
    curve_x, curve_y = cc.isotonic([0.1, 0.2, 0.3, 0.4] * 10, [False, True, False, True] * 10)
    assert curve_y == sorted(curve_y) and len(curve_x) == len(curve_y)
    table = cc.reliability([0.1, 0.1, 0.9, 0.9], [False, False, True, False])
    assert "| 0.0-0.2 | 2 | 0.100 | 0.000 | -0.100 |" in table and "| 0.8-1.0 | 2 | 0.900 | 0.500 | -0.400 |" in table


def test_seed_events_carry_the_calibrated_estimate(seed_result):
    for e in seed_result.events:
        assert e.confidence == confidence.estimate(e)
