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


def test_news_verdicts_match_the_records_the_code_emits(tmp_path):
    """judged_news re-extracts the judged articles from the shared folder and keeps the records
    whose key (type, trigger start, sides with countries) a verdict names; others are left out."""
    from eventwire import Article
    from eventwire.pipeline import process

    cc = _script()
    text = "Iran's foreign minister strongly criticized the United States on Monday."
    (tmp_path / "data" / "polnear" / "train" / "text").mkdir(parents=True)
    (tmp_path / "data" / "polnear" / "train" / "text" / "a1.txt").write_text(text, encoding="utf8")
    events = process(Article(id="polnear:a1", text=text, published="2020-01-07")).events
    assert events, "the sentence must yield an event for the test to mean anything"
    e = events[0]
    cols = ["set", "fold", "corpus", "article", "published", "type", "trigger_start", "trigger_end", "trigger",
            "actor", "actor_country", "recipient", "recipient_country", "real", "actor_ok", "recipient_ok",
            "countries_ok", "date_ok"]

    def row(type_, actor_country, ok):
        return ["pn", "fit", "polnear", "a1", "2020-01-07", type_, str(e.trigger.start), str(e.trigger.end),
                e.trigger.text, e.actor.name if e.actor else "", actor_country,
                e.recipient.name if e.recipient else "", (e.recipient.country or "") if e.recipient else "",
                "y", ok, "y", "y", "y"]

    verdicts = tmp_path / "v.tsv"
    verdicts.write_text("\n".join("\t".join(r) for r in [
        cols, row(e.type, (e.actor.country or "") if e.actor else "", "y"),
        row(e.type, "XXX", "n"),                        # another actor country: another record
        row("SANCTION" if e.type != "SANCTION" else "AID", (e.actor.country or "") if e.actor else "", "n"),
    ]) + "\n", encoding="utf8")
    news, n = cc.judged_news(verdicts, tmp_path)
    assert n == 3 and len(news) == 1
    fold, set_, art, event, v = news[0]
    assert (fold, set_, art) == ("fit", "pn", "polnear:a1") and event.type == e.type and cc._right(v)


def test_news_verdicts_missing_text_is_a_clear_error(tmp_path):
    cc = _script()
    verdicts = tmp_path / "v.tsv"
    verdicts.write_text("set\tfold\tcorpus\tarticle\tpublished\ttype\ttrigger_start\ttrigger_end\ttrigger\tactor\t"
                        "actor_country\trecipient\trecipient_country\treal\tactor_ok\trecipient_ok\tcountries_ok\t"
                        "date_ok\npn\tfit\tpolnear\tnowhere\t\tACCUSE\t0\t1\tx\t\t\t\t\ty\ty\ty\ty\ty\n", encoding="utf8")
    with pytest.raises(SystemExit, match="no text for 1 judged articles"):
        cc.judged_news(verdicts, tmp_path)


def test_threshold_table_counts_kept_records_and_precision():
    cc = _script()
    v = [{"real": r, "actor_ok": a, "recipient_ok": "y"} for r, a in (("y", "y"), ("y", "n"), ("n", "y"), ("n", "n"))]
    table = cc.thresholds([0.9, 0.45, 0.35, 0.1], v)
    assert "| 0.0 | 4 | 2/2 | 0.50 | 0.25 |" in table
    assert "| 0.4 | 2 | 2/2 | 1.00 | 0.50 |" in table and "| 0.5 | 1 | 1/2 | 1.00 | 1.00 |" in table


def test_judged_news_file_is_well_formed():
    import csv

    path = ROOT / "judgments" / "news_events.tsv"
    with path.open(encoding="utf8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) > 500
    for r in rows:
        assert r["fold"] in {"fit", "heldout"} and r["corpus"] in {"polnear", "ipe"}
        assert all(r[c] in {"y", "n"} for c in ("real", "actor_ok", "recipient_ok", "countries_ok", "date_ok"))
        assert int(r["trigger_end"]) > int(r["trigger_start"]) >= 0
        # the fixed samples, the round-26 to -30 sets and rounds 33, 37, 41, 46 and 49 are the held-out check: never fitted
        held = ("26", "27", "28", "29", "30", "33", "37", "41", "46", "49")
        assert (r["fold"] == "heldout") == (r["set"].startswith("sample-") or r["set"][-2:] in held)
        if r["corpus"] == "ipe" and r["fold"] == "fit":
            assert int(r["article"]) % 4 == 0   # the IPE tuning fold only


def test_features_name_where_the_date_comes_from():
    from dataclasses import replace

    e = _event(["trigger:verb:attack", "actor:subject"])
    assert confidence.features(e)["date=none"] == 1
    dated = replace(e, date="2020-01-03", date_basis="text")
    assert confidence.features(dated)["date=text"] == 1 and "date=none" not in confidence.features(dated)


def test_given_weights_are_scored_on_the_held_out_verdicts_without_fitting(tmp_path, capsys):
    from eventwire import Article
    from eventwire.pipeline import process

    cc = _script()
    text = "Iran's foreign minister strongly criticized the United States on Monday."
    (tmp_path / "data" / "polnear" / "train" / "text").mkdir(parents=True)
    (tmp_path / "data" / "polnear" / "train" / "text" / "a1.txt").write_text(text, encoding="utf8")
    e = process(Article(id="polnear:a1", text=text, published="2020-01-07")).events[0]
    cols = ["set", "fold", "corpus", "article", "published", "type", "trigger_start", "trigger_end", "trigger",
            "actor", "actor_country", "recipient", "recipient_country", "real", "actor_ok", "recipient_ok",
            "countries_ok", "date_ok"]
    row = ["pn26", "heldout", "polnear", "a1", "2020-01-07", e.type, str(e.trigger.start), str(e.trigger.end),
           e.trigger.text, e.actor.name, e.actor.country or "", e.recipient.name, e.recipient.country or "",
           "y", "y", "y", "y", "y"]
    verdicts = tmp_path / "v.tsv"
    verdicts.write_text("\t".join(cols) + "\n" + "\t".join(row) + "\n", encoding="utf8")
    weights = tmp_path / "w.yaml"
    weights.write_text("fitted_on: test\ncommand: none\ncurve_x: [0.0, 1.0]\ncurve_y: [0.0, 1.0]\n"
                       "weights:\n  bias: 2.0\n", encoding="utf8")
    out_before = cc.OUT.read_text(encoding="utf8")
    assert cc.main(["--weights", str(weights), "--judged", str(verdicts), "--shared", str(tmp_path), "--write"]) == 0
    printed = capsys.readouterr().out
    assert "not fitted, not written" in printed and "Held-out fold, polnear (pn26)" in printed
    assert "| 0.8-1.0 | 1 | 0.881 | 1.000 | +0.119 |" in printed   # sigmoid(2.0) on the one judged record
    assert "PLV table skipped" in printed and cc.OUT.read_text(encoding="utf8") == out_before


def test_features_read_every_rule_the_trigger_word_the_code_and_the_evidence():
    text = '"We will strike back," said the minister?'
    e = Event("THREATEN", None, "asserted", Participant("A", "IRN", None, 0, 4, None), None, None, None,
              Span(0, len(text), text), -7.0, trigger=Span(9, 15, "strike"), cameo="138",
              rules=("trigger:verb:strike", "actor:subject", "recipient:prep:against", "keep:political_actor"))
    f = confidence.features(e)
    assert f["rule2=actor:subject"] == f["rule3=recipient:prep:against"] == f["rule2=keep:political_actor"] == 1
    assert "rule3=trigger:verb:strike" not in f   # (the trigger's kind is a feature of its own, its lemma too)
    assert f["lemma=strike"] == f["word=strik"] == f["cameo=138"] == f["cameo2=13"] == 1
    assert f["quote"] == f["first_person"] == f["question"] == f["lead"] == 1
    assert "counts" not in f and "mentions" not in f


def test_stem_takes_off_one_inflection_and_keeps_three_letters():
    assert [confidence.stem(w) for w in ("Attacked", "attacks", "killing", "uses", "use", "bus", "led")] == \
        ["attack", "attack", "kill", "use", "use", "bus", "led"]


def test_capital_us_is_no_first_person_pronoun_and_mis_decoded_quotes_are_quotes():
    def cues(text):
        e = Event("ACCUSE", None, "asserted", None, None, None, None, Span(400, 400 + len(text), text), -2.0)
        return {k for k in ("quote", "first_person") if k in confidence.features(e)}
    assert cues("the US condemned Iran") == set()
    assert cues("told us to leave") == {"first_person"}
    # the record keeps the article's mis-decoded text; the cue reads it as the extractors did
    assert cues("said \u00e2\u20ac\u0153leave now\u00e2\u20ac\u009d") == cues("said \u201cleave now\u201d") == {"quote"}


def test_a_merged_event_is_estimated_again_with_its_mentions():
    from eventwire import Article
    from eventwire.pipeline import process

    text = ("Iran condemned Israel on Monday. Officials said Iran condemned Israel again, "
            "and the ministry said Iran condemned Israel.")
    events = process(Article(id="m", text=text, published="2020-01-06")).events
    assert any(e.mentions for e in events)
    for e in events:
        assert e.confidence == confidence.estimate(e)
