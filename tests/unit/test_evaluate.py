"""`eventwire eval` scorers: same figures as ../shared/eval on the same predictions; clear errors.

Predictions here are built from the gold itself with deterministic mistakes (missed items, wrong
speakers, wrong values, false positives), so every branch of each scorer is exercised without
running the pipeline.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.errors import GoldError, InputError
from eventwire.evaluate import plv, polnear, seed

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = ROOT / "examples" / "us-iran-2020-01-06.txt"
SEED_GOLD = ROOT.parent / "shared" / "data" / "seed" / "us-iran-2020-01-06.gold.json"


def shared_script(shared: Path, name: str, *args: object) -> list[str]:
    out = subprocess.run([sys.executable, str(shared / "eval" / name), *map(str, args)],
                         capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def write_jsonl(path: Path, objs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), encoding="utf8")
    return path


# -- seed ---------------------------------------------------------------------------------------

def seed_prediction(gold: dict, text: str) -> dict:
    def span(snippet: str, i: int = 0) -> dict:
        s = text.find(snippet)
        return {"start": s, "end": s + len(snippet), "text": snippet}

    quotes = [dict(span(g["snippet"]), speaker=g["speaker"] if i % 3 else "Somebody Else", kind="direct")
              for i, g in enumerate(gold["quotes"]) if i % 5]
    quotes += [dict(span(g["snippet"]), speaker=g["speaker"]) for g in gold["indirect_quotes"][:2]]
    quotes += [dict(span(gold["not_quotes"][0]["snippet"]), speaker=None)]
    counts = [dict(span(g["snippet"]), value=g["value"] + (i == 1), category="other")
              for i, g in enumerate(gold["counts"])]
    dates = [dict(span(g["snippet"]), date=g["date"] if i % 2 else "1999-01-01") for i, g in enumerate(gold["dates"])]
    events = [{"type": g["accept"][0], "evidence": span(g["evidence"]), "actor": {"country": g.get("actor")},
               "recipient": {"country": g.get("recipient") if i % 4 else "XXX"}} for i, g in enumerate(gold["events"])]
    people = [{"name": g["name"], "country": g.get("country")} for g in gold["people"][::2]]
    contra = [{"a": span(g["b"]), "b": span(g["a"])} for g in gold["contradictions"]]
    return {"id": "x", "quotes": quotes, "counts": counts, "dates": dates, "events": events,
            "entities": people, "contradictions": contra}


def test_seed_figures_equal_shared_script(shared_dir, tmp_path):
    gold, text = seed.load_gold(SEED_GOLD), SEED_TEXT.read_text(encoding="utf8")
    pred = write_jsonl(tmp_path / "pred.json", [seed_prediction(gold, text)])
    ours = seed.score(gold, text, json.loads(pred.read_text().splitlines()[0])).lines()
    assert ours == shared_script(shared_dir, "seed.py", SEED_GOLD, SEED_TEXT, pred)
    assert any(line.startswith("MISS") for line in ours)
    figures = json.loads(ours[-1])
    assert figures["quotes_right"] != f"{len(gold['quotes'])}/{len(gold['quotes'])}"


def test_seed_cli_with_pred_prints_figures(shared_dir, tmp_path, capsys):
    gold, text = seed.load_gold(SEED_GOLD), SEED_TEXT.read_text(encoding="utf8")
    pred = write_jsonl(tmp_path / "pred.json", [seed_prediction(gold, text)])
    assert main(["eval", "seed", str(SEED_GOLD), str(SEED_TEXT), "--pred", str(pred)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == shared_script(shared_dir, "seed.py", SEED_GOLD, SEED_TEXT, pred)


def test_seed_gold_with_only_some_sections(tmp_path):
    text = "Trump said 5,000 troops would stay."
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"counts": [{"snippet": "5,000 troops", "value": 5000}]}))
    pred = {"counts": [{"start": 11, "end": 23, "value": 5000}]}
    assert seed.score(seed.load_gold(gold), text, pred).figures == {"counts_right": "1/1"}


@pytest.mark.parametrize("content, message", [
    ("{not json", "not JSON"),
    ("[1, 2]", "top level must be an object"),
    ('{"foo": []}', "none of the sections"),
    ('{"counts": {"snippet": "x"}}', "section 'counts' must be a list"),
    ('{"counts": [{"snippet": "x"}]}', "counts\\[0\\]: missing field 'value'"),
    ('{"quotes": [{"snippet": "x", "speaker": 3}]}', "field 'speaker' must be str"),
])
def test_malformed_seed_gold(tmp_path, content, message):
    gold = tmp_path / "g.json"
    gold.write_text(content)
    with pytest.raises(GoldError, match=message):
        seed.load_gold(gold)


def test_seed_snippet_not_in_article_and_missing_files(tmp_path):
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"counts": [{"snippet": "nowhere", "value": 1}]}))
    with pytest.raises(GoldError, match="not in article"):
        seed.score(seed.load_gold(gold), "some text", {})
    with pytest.raises(GoldError, match="does not exist"):
        seed.load_gold(tmp_path / "missing.json")


def test_cli_reports_gold_errors_with_code(tmp_path, capsys):
    gold = tmp_path / "g.json"
    gold.write_text('{"counts": [{"value": 3}]}')
    article = tmp_path / "a.txt"
    article.write_text("three")
    assert main(["eval", "seed", str(gold), str(article), "--pred", str(gold)]) == 2
    err = capsys.readouterr().err
    assert "E_GOLD" in err and "missing field 'snippet'" in err


def test_prediction_files_may_be_pretty_json_or_arrays(tmp_path):
    from eventwire.evaluate.common import read_predictions

    pretty = tmp_path / "p.json"
    pretty.write_text(json.dumps({"id": "a", "quotes": []}, indent=2))
    assert [o["id"] for o in read_predictions(pretty)] == ["a"]
    pretty.write_text(json.dumps([{"id": "a"}, {"id": "b"}], indent=2))
    assert [o["id"] for o in read_predictions(pretty)] == ["a", "b"]
    pretty.write_text("[1]")
    with pytest.raises(InputError, match="item 1 is not a JSON object"):
        list(read_predictions(pretty))


def test_bad_prediction_file_is_an_input_error(tmp_path):
    pred = tmp_path / "p.jsonl"
    pred.write_text('{"id": "a"}\nnot json\n')
    with pytest.raises(InputError, match=":2: not JSON"):
        list(polnear.predictions_by_id(pred, "quotes"))


# -- PolNeAR ------------------------------------------------------------------------------------

def make_corpus(root: Path) -> Path:
    """Two tiny articles in brat standoff, one with two annotator files (the first is used)."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    a = 'Smith said, "We will win." Jones argued the plan failed.'
    (root / "text" / "a.txt").write_text(a, encoding="utf8")
    (root / "attributions" / "a_0001.ann").write_text(
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 12 26\t\"We will win.\"\n"
        "T4\tSource 27 32\tJones\nT5\tContent 41 56\tthe plan failed\n"
        "E1\tAttribution:T2 Source:T1 Content:T3\nE2\tAttribution:T2 Source:T4 Content:T5\n"
        "#1\tAnnotatorNotes T1\tignored line\n", encoding="utf8")
    (root / "attributions" / "a_ffff.ann").write_text("", encoding="utf8")
    b = '"No comment," the spokesman said.'
    (root / "text" / "b.txt").write_text(b, encoding="utf8")
    (root / "attributions" / "b_0002.ann").write_text(
        "T1\tContent 0 13\t\"No comment,\"\nT2\tSource 14 27\tthe spokesman\n"
        "E1\tAttribution:T1 Content:T1 Source:T2\n", encoding="utf8")
    return root


def test_polnear_tiny_corpus_scores(tmp_path):
    root = make_corpus(tmp_path / "corpus")
    pred = write_jsonl(tmp_path / "p.jsonl", [
        {"id": "a", "quotes": [
            {"start": 12, "end": 26, "kind": "direct", "speaker_mention": {"start": 0, "end": 5}},
            {"start": 41, "end": 56, "kind": "indirect", "speaker_mention": {"start": 0, "end": 5}}]},
        {"id": "b", "quotes": [{"start": 0, "end": 13, "kind": "direct", "speaker_mention": None},
                               {"start": 20, "end": 26, "kind": "direct", "speaker_mention": None}]}])
    result = polnear.score(root, pred)
    d, a = result["direct"], result["all"]
    assert d["counts"]["gold"] == 2 and d["counts"]["pred"] == 3 and d["counts"]["pred_hit"] == 2
    assert d["speaker_acc"] == 0.5 and d["counts"]["speaker_missing"] == 1
    assert a["counts"]["gold"] == 3 and a["counts"]["speaker_wrong"] == 1


def test_polnear_tiny_corpus_equals_shared_script(shared_dir, tmp_path):
    root = make_corpus(tmp_path / "corpus")
    pred = write_jsonl(tmp_path / "p.jsonl", [
        {"id": "a", "quotes": [{"start": 12, "end": 20, "kind": "direct", "speaker_mention": {"start": 0, "end": 5}}]},
        {"id": "b", "quotes": [{"start": 0, "end": 13, "kind": "partial"}]}])
    assert polnear.lines(polnear.score(root, pred)) == shared_script(shared_dir, "polnear.py", "score", root, pred)


def polnear_predictions(root: Path) -> list[dict]:
    """Predictions from the gold: every 4th attribution missed, every 3rd speaker wrong, shifted spans."""
    objs = []
    for art, text, gold in polnear.load(root):
        quotes = []
        for i, g in enumerate(gold):
            if i % 4 == 3:
                continue
            s, e = g.content[0]
            sm = None if g.source is None or i % 7 == 5 else (
                {"start": g.source[0][0], "end": g.source[0][1]} if i % 3 else {"start": 0, "end": 1})
            quotes.append({"start": s + (i % 2), "end": e, "kind": "direct" if g.direct else "indirect",
                           "speaker_mention": sm})
        quotes.append({"start": 0, "end": min(40, len(text)), "kind": "direct", "speaker_mention": None})
        objs.append({"id": art, "quotes": quotes})
    return objs


def test_polnear_dev_figures_equal_shared_script(shared_dir, tmp_path):
    root = shared_dir / "data" / "polnear" / "dev"
    pred = write_jsonl(tmp_path / "p.jsonl", polnear_predictions(root))
    ours = polnear.lines(polnear.score(root, pred))
    assert ours == shared_script(shared_dir, "polnear.py", "score", root, pred)
    assert 0 < json.loads(ours[0].split(" ", 1)[1])["strict_f1"] < 1


@pytest.mark.parametrize("ann, message", [
    ("T1\tSource 5\tx\n", "bad offsets"),
    ("T1\tSource\tx\n", "bad span line"),
    ("T1\tSource a b\tx\n", "bad span line"),
    ("T1\tSource 9 3\tx\n", "bad offsets"),
    ("T1\tContent 0 3\tx\nE1\tContent:T1 Source:T9\n", "has no T line"),
    ("T1\tContent 0 999\tx\nE1\tContent:T1\n", "past the end"),
    ("E1\tContentT1\n", "bad event line"),
])
def test_malformed_brat(tmp_path, ann, message):
    root = tmp_path / "c"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "a.txt").write_text("hello world")
    (root / "attributions" / "a_0001.ann").write_text(ann)
    with pytest.raises(GoldError, match=message):
        list(polnear.load(root))


def test_polnear_corpus_layout_errors(tmp_path):
    with pytest.raises(GoldError, match="needs text/ and attributions/"):
        list(polnear.load(tmp_path))
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    with pytest.raises(GoldError, match="no .ann files"):
        list(polnear.load(tmp_path))
    (tmp_path / "attributions" / "z_0001.ann").write_text("")
    with pytest.raises(GoldError, match="does not exist"):
        list(polnear.load(tmp_path))


# -- PLV ----------------------------------------------------------------------------------------

def plv_predictions(path: Path) -> list[dict]:
    """Right type for most rows, wrong/actor-only/none for the rest, CONCEDE for some YIELDs."""
    objs = []
    for r in plv.rows(path):
        i, src, tgt = int(r["id"]), r["source"], r["target"]
        label = {"YIELD": "CONCEDE"}.get(r["label"], r["label"])
        actor = {"start": src[0], "end": src[1]} if src else None
        recip = {"start": tgt[0], "end": tgt[1]} if tgt else None
        events = [] if i % 6 == 0 else [{"type": "ACCUSE" if i % 5 == 0 else label, "actor": actor,
                                         "recipient": recip if i % 4 else None}]
        objs.append({"id": r["id"], "events": events})
    return objs


def test_plv_figures_equal_shared_script(shared_dir, tmp_path):
    tsv = shared_dir / "data" / "plover" / "PLV_train.tsv"
    pred = write_jsonl(tmp_path / "p.jsonl", plv_predictions(tsv))
    ours = plv.lines(plv.score(tsv, pred))
    assert ours == shared_script(shared_dir, "plv.py", "score", tsv, pred)
    assert 0 < json.loads(ours[0])["macro_f1"] < 1


def test_plv_tiny_file_and_errors(tmp_path):
    tsv = tmp_path / "p.tsv"
    tsv.write_text("marked_sentence\tgold_root\n<s>Iran</s> accused <t>Israel</t> of spying.\tACCUSE\n"
                   "<s>Rebels</s> <s>Rebels</s> gave up.\tYIELD\n", encoding="utf8")
    rows = list(plv.rows(tsv))
    assert rows[0]["text"] == "Iran accused Israel of spying." and rows[0]["source"] == (0, 4)
    assert rows[0]["target"] == (13, 19) and rows[1]["target"] is None
    pred = write_jsonl(tmp_path / "pred.jsonl", [
        {"id": "0", "events": [{"type": "ACCUSE", "actor": {"start": 0, "end": 4}, "recipient": {"start": 13, "end": 19}}]},
        {"id": "1", "events": [{"type": "RETREAT", "actor": {"start": 0, "end": 6}}]}])
    assert plv.score(tsv, pred)["accuracy"] == 1.0
    bad = tmp_path / "bad.tsv"
    bad.write_text("sentence\tlabel\nx\ty\n")
    with pytest.raises(GoldError, match="missing column"):
        list(plv.rows(bad))


# -- running extraction itself ------------------------------------------------------------------

def test_eval_runs_extraction_and_saves_predictions(tmp_path, capsys, nlp):
    root = make_corpus(tmp_path / "corpus")
    saved = tmp_path / "saved.jsonl"
    assert main(["eval", "polnear", str(root), "--save-pred", str(saved), "-q"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in saved.read_text().splitlines()] == ["a", "b"]
    assert out == polnear.lines(polnear.score(root, saved))
    assert json.loads(out[0].split(" ", 1)[1])["counts"]["gold"] == 2


def test_eval_seed_runs_extraction_with_gold_publication_date(tmp_path, nlp):
    article = tmp_path / "a.txt"
    article.write_text("The Pentagon said Sunday it will send 2,500 Marines on Wednesday.", encoding="utf8")
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"published": "2020-01-06",
                                "counts": [{"snippet": "2,500 Marines", "value": 2500}],
                                "dates": [{"snippet": "on Wednesday", "date": "2020-01-08"},
                                          {"snippet": "said Sunday", "date": "2020-01-05"}]}))
    from eventwire.evaluate import evaluate_seed

    assert evaluate_seed(str(gold), str(article)).figures == {"counts_right": "1/1", "dates_right": "2/2"}
    assert evaluate_seed(str(gold), str(article), published="2020-01-20").figures["dates_right"] == "0/2"


def test_every_eval_subcommand_and_option_is_documented():
    import argparse

    from eventwire.cli import build_parser

    doc = (ROOT / "docs" / "eval.md").read_text(encoding="utf8")
    eval_parser = build_parser()._subparsers._group_actions[0].choices["eval"]  # type: ignore[union-attr]
    kinds = next(a for a in eval_parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert set(kinds) == {"seed", "polnear", "plv", "ipe", "petr", "gsr"}
    for name, parser in kinds.items():
        assert f"eventwire eval {name}" in doc
        for action in parser._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert f"`{opt}" in doc, f"{opt} of 'eval {name}' is not in docs/eval.md"
