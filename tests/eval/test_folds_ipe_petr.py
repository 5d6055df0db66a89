"""`eventwire eval ipe|petr` and `eval plv --rows` on small hand-made inputs (no pipeline run).

The IPE figures must equal ../shared/eval/ipe.py's on the same prediction file; the folds
(docs/eval.md) must keep the untouched documents, rows and sentences out of the tuning figures.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.errors import GoldError
from eventwire.evaluate import evaluate_ipe, evaluate_petr, evaluate_plv_rows, folds, ipe, petr


def write_jsonl(path: Path, objs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), encoding="utf8")
    return path


# -- IndiaPoliceEvents ---------------------------------------------------------------------------

KEYWORDS = {"police": ["police", "cops"], "police_acronyms": ["crpf"], "kill": ["killed", "killing"],
            "arrest": ["arrested", "detained"], "other_force": ["fired", "lathicharged"]}
#: doc_id -> [(sentence, labels)]: 0 and 4 are the tuning fold, 2 untouched, 1 in neither
DOCS = {
    0: [("police arrested five men.", ["ARREST", "ANY_ACTION"]), ("the mob burned shops.", [])],
    2: [("policemen fired at the crowd, killing two.", ["KILL", "FORCE", "ANY_ACTION"]),
        ("nothing else happened.", [])],
    4: [("the police detained 3 people.", ["ARREST", "ANY_ACTION"])],
    1: [("police killed one rioter.", ["KILL", "FORCE", "ANY_ACTION"])],
}


@pytest.fixture()
def ipe_dir(tmp_path: Path) -> Path:
    d = tmp_path / "ipe"
    d.mkdir()
    (d / "manual_keyword_list.json").write_text(json.dumps(KEYWORDS), encoding="utf8")
    texts = {doc: " ".join(s for s, _ in sents) for doc, sents in DOCS.items()}
    write_jsonl(d / "docs.jsonl", [{"doc_id": doc, "doc_text": t} for doc, t in texts.items()])
    write_jsonl(d / "metadata.jsonl", [{"doc_id": doc, "date": f"2002-03-0{doc + 1}", "url": ""} for doc in DOCS])
    write_jsonl(d / "sents.jsonl", [{"doc_id": doc, "sent_id": i, "sent_text": s, "sent_labels": labels}
                                    for doc, sents in DOCS.items() for i, (s, labels) in enumerate(sents)])
    return d


def span(doc: int, i: int = 0) -> dict:
    text = " ".join(s for s, _ in DOCS[doc])
    s = DOCS[doc][i][0]
    return {"start": text.find(s), "end": text.find(s) + len(s), "text": s}


@pytest.fixture()
def ipe_pred(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "pred.jsonl", [
        {"id": "0", "events": [{"type": "COERCE", "mode": "arrest", "actor": {"name": "police", "sector": "COP"},
                                "evidence": span(0)}]},
        {"id": "2", "events": [{"type": "ASSAULT", "mode": None, "actor": {"name": "policemen", "sector": None},
                                "evidence": span(2)}]},
        {"id": "1", "events": [{"type": "ASSAULT", "actor": {"name": "the mob"}, "evidence": span(1)}]},
    ])


def test_ipe_all_fold_prints_exactly_what_the_shared_script_prints(shared_dir, ipe_dir, ipe_pred):
    out = subprocess.run([sys.executable, str(shared_dir / "eval" / "ipe.py"), "score", str(ipe_dir), str(ipe_pred)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    ours = ipe.lines(ipe.score(ipe_dir, ipe_pred, ("all",)))
    assert ours[0].startswith("# all") and ours[1:] == out


def test_ipe_folds_split_documents_by_doc_id_mod_4(ipe_dir, ipe_pred):
    res = ipe.score(ipe_dir, ipe_pred)
    assert [res[f]["documents"] for f in ("all", "tune", "untouched")] == [4, 2, 1]
    tune, untouched = res["tune"]["predicted"], res["untouched"]["predicted"]
    # tuning fold: docs 0 and 4; the arrest in doc 0 is found, the one in doc 4 missed
    assert tune["ARREST"] == {"p": 1.0, "r": 0.5, "f1": 0.667, "gold": 2}
    assert tune["KILL"]["gold"] == 0 and tune["FORCE"]["gold"] == 0
    # untouched fold: doc 2 only; 'policemen' names the actor, 'killing' is a kill word
    assert untouched["KILL"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1}
    assert untouched["ARREST"]["gold"] == 0
    # the keyword baseline is restricted to the same sentences
    assert res["untouched"]["keywords"]["FORCE"]["gold"] == 1 and res["tune"]["keywords"]["FORCE"]["gold"] == 0
    assert ipe.kaf_f1(untouched) == round((1.0 + 0.0 + 1.0) / 3, 3)


def test_ipe_extraction_covers_only_the_requested_fold(ipe_dir, tmp_path, monkeypatch):
    seen = []

    def fake_process_many(articles, model=None):
        from eventwire.records import ArticleResult

        for a in articles:
            seen.append((a.id, a.published))
            yield ArticleResult(a)

    monkeypatch.setattr("eventwire.pipeline.process_many", fake_process_many)
    res = evaluate_ipe(str(ipe_dir), ("untouched",), save_pred=str(tmp_path / "p.jsonl"))
    assert seen == [("2", "2002-03-03")] and list(res) == ["untouched"]


def test_ipe_gold_errors_name_the_file(ipe_dir):
    with (ipe_dir / "sents.jsonl").open("a", encoding="utf8") as fh:
        fh.write(json.dumps({"doc_id": 4, "sent_id": 9, "sent_text": "not in the text", "sent_labels": []}) + "\n")
    with pytest.raises(GoldError, match=r"sents.jsonl:7: sentence not found in document 4"):
        ipe.load(ipe_dir)
    (ipe_dir / "manual_keyword_list.json").write_text("{}", encoding="utf8")
    with pytest.raises(GoldError, match="needs a list 'police'"):
        ipe.load(ipe_dir)


def test_cli_eval_ipe_one_fold(ipe_dir, ipe_pred, capsys):
    assert main(["eval", "ipe", str(ipe_dir), "--pred", str(ipe_pred), "--fold", "tune"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3 and out[0].startswith("# tune (doc_id % 4 == 0): 2 documents, 3 sentences")
    assert json.loads(out[1].removeprefix("predicted "))["ARREST"]["f1"] == 0.667


# -- PETRARCH-2 unit-test records ----------------------------------------------------------------

RECORDS = """<Validation><Sentences>
<Sentence date="20080801" id="A-1"><EventCoding sourcecode="USAGOV" targetcode="IRN" eventcode="112"></EventCoding>
<Text>The United States accused Iran of lying.</Text></Sentence>
<Sentence date="20080801" id="A-2"><EventCoding sourcecode="---GOV" targetcode="---" eventcode="190"></EventCoding>
<Text>Officials fought.</Text></Sentence>
<Sentence date="20080801" id="A-3"><EventCoding noevents = "True"></EventCoding>
<Text>The weather was fine.</Text></Sentence>
<Sentence date="20080802" id="B-1"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="901"></EventCoding>
<Text>Arnor will abandon symbolic ties with Gondor.</Text></Sentence>
<Sentence date="20080802" id="B-2"><EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- a dateline.</Text></Sentence>
<Sentence date="20080802" id="B-3"><EventCoding noevents="True"></EventCoding>
<Text>Nothing happened
  here.</Text></Sentence>
</Sentences></Validation>"""


@pytest.fixture()
def records(tmp_path: Path) -> Path:
    p = tmp_path / "records.xml"
    p.write_text(RECORDS, encoding="utf8")
    return p


def ev(typ: str, actor: str | None, recipient: str | None) -> dict:
    return {"type": typ, "actor": {"country": actor} if actor else None,
            "recipient": {"country": recipient} if recipient else None}


def test_petr_records_statuses_and_folds(records):
    recs = petr.load(records)
    assert [r.status for r in recs] == ["scored", "scored", "noevents", "unmapped", "excluded", "noevents"]
    assert [r.fold for r in recs] == ["tune"] * 3 + ["untouched"] * 3
    assert recs[0].codings == [petr.Coding("112", "ACCUSE", "USA", "IRN")]
    assert recs[1].codings == [petr.Coding("190", "ASSAULT", None, None)]
    assert recs[5].text == "Nothing happened here." and recs[5].published == "2008-08-02"


@pytest.mark.parametrize("code,country", [("USAGOV", "USA"), ("IRN", "IRN"), ("---GOV", None), ("---", None),
                                          ("~MIL", None), ("IGOUNO", "UNO"), ("IGOAFR", "IGO"), ("TMP", "TLS"),
                                          ("EEU", None), ('"INJURY TOLL"', None), ("###", None), (None, None)])
def test_petr_code_country(code, country):
    assert petr.code_country(code) == country


def test_petr_figures(records, tmp_path):
    pred = write_jsonl(tmp_path / "p.jsonl", [
        {"id": "0", "events": [ev("ACCUSE", "USA", "IRN")]},        # type and dyad right
        {"id": "1", "events": [ev("ASSAULT", "USA", None)]},        # type right; gold actor has no country
        {"id": "2", "events": [ev("CONSULT", None, None)]},         # an event where gold holds none
        {"id": "5", "events": []},
    ])
    res = petr.score(records, pred)
    tune, untouched = res["tune"], res["untouched"]
    assert (tune["sentences"], tune["type_right"], tune["type_actor_right"]) == (2, 2, 1)
    assert (tune["type_accuracy"], tune["type_actor_accuracy"]) == (1.0, 0.5)
    assert (tune["no_event_sentences"], tune["false_event_sentences"]) == (1, 1)
    assert (untouched["sentences"], untouched["unmapped"], untouched["excluded"]) == (0, 1, 1)
    assert (untouched["no_event_sentences"], untouched["false_event_sentences"]) == (1, 0)
    assert res["all"]["codings"] == 2 and res["all"]["codings_full_found"] == 1
    assert res["all"]["real_world_sentences"] == 2  # USA/IRN and no-country sides are real-world


def test_petr_agent_only_code_matches_a_side_with_no_country(records, tmp_path):
    pred = write_jsonl(tmp_path / "p.jsonl", [{"id": "1", "events": [ev("ASSAULT", None, None)]}])
    assert petr.score(records, pred, ("tune",))["tune"]["type_actor_right"] == 1


def test_petr_misses_list_only_the_tuning_fold(records, tmp_path, capsys):
    pred = write_jsonl(tmp_path / "p.jsonl", [{"id": "2", "events": [ev("CONSULT", None, None)]},
                                              {"id": "5", "events": [ev("CONSULT", None, None)]}])
    assert main(["eval", "petr", str(records), "--pred", str(pred), "--misses", "--fold", "all"]) == 0
    out = capsys.readouterr().out.splitlines()
    miss = [line for line in out if line.startswith("MISS")]
    assert [m.split("]")[0] for m in miss] == ["MISS [0 A-1", "MISS [1 A-2", "MISS [2 A-3"]
    assert out[-2] == "# all (every sentence)" and json.loads(out[-1])["false_event_sentences"] == 2


def test_petr_runs_extraction_with_record_dates(records, monkeypatch):
    seen = []

    def fake_process_many(articles, model=None):
        from eventwire.records import ArticleResult

        for a in articles:
            seen.append((a.id, a.published))
            yield ArticleResult(a)

    monkeypatch.setattr("eventwire.pipeline.process_many", fake_process_many)
    figures, _ = evaluate_petr(str(records), ("all",))
    assert seen[0] == ("0", "2008-08-01") and len(seen) == 6
    assert figures["all"]["type_right"] == 0 and figures["all"]["false_event_sentences"] == 0


def test_petr_malformed_file(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<Sentences><Sentence>", encoding="utf8")
    with pytest.raises(GoldError, match="not well-formed XML"):
        petr.load(bad)


# -- PLV rows ------------------------------------------------------------------------------------

def test_plv_rows_select_even_and_odd_rows(tmp_path, capsys):
    tsv = tmp_path / "plv.tsv"
    rows = ["<s>Iran</s> accused <t>Iraq</t>.\tACCUSE", "<s>Iran</s> met <t>Iraq</t>.\tCONSULT",
            "<s>Iran</s> shelled <t>Iraq</t>.\tASSAULT", "<s>Iran</s> thanked <t>Iraq</t>.\tSUPPORT"]
    tsv.write_text("marked_sentence\tgold_root\n" + "\n".join(rows) + "\n", encoding="utf8")
    src = {"start": 0, "end": 4}
    pred = write_jsonl(tmp_path / "p.jsonl", [{"id": str(i), "events": [{"type": t, "actor": src}]}
                                              for i, t in enumerate(["ACCUSE", "CONSULT", "COERCE", "REJECT"])])
    even = evaluate_plv_rows(str(tsv), "even", pred=str(pred))
    odd = evaluate_plv_rows(str(tsv), "odd", pred=str(pred))
    assert (even["n"], even["accuracy"]) == (2, 0.5) and (odd["n"], odd["accuracy"]) == (2, 0.5)
    assert set(even["per_type_f1"]) == {"ACCUSE", "ASSAULT"} and set(odd["per_type_f1"]) == {"CONSULT", "SUPPORT"}
    assert evaluate_plv_rows(str(tsv), "all", pred=str(pred))["n"] == 4
    assert main(["eval", "plv", str(tsv), "--pred", str(pred), "--rows", "odd"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("# rows odd") and json.loads(out[1])["n"] == 2
    assert main(["eval", "plv", str(tsv), "--pred", str(pred)]) == 0
    assert json.loads(capsys.readouterr().out) == evaluate_plv_rows(str(tsv), "all", pred=str(pred))


def test_fold_rules():
    assert [folds.ipe_fold(d) for d in (0, 1, 2, 3, 4, 6)] == ["tune", None, "untouched", None, "tune", "untouched"]
    assert [folds.petr_fold(i, 5) for i in range(5)] == ["tune", "tune", "untouched", "untouched", "untouched"]
    assert [folds.plv_row_in(i, "odd") for i in range(4)] == [False, True, False, True]
    with pytest.raises(ValueError):
        folds.in_fold("dev", "tune")


def test_ipe_on_the_shared_corpus_equals_the_shared_script(shared_dir, tmp_path):
    """Predictions built from the dev gold with deterministic mistakes (every third positive
    missed, a non-police actor every fifth, false arrests on every 50th negative sentence)."""
    root = shared_dir / "data" / "ipe"
    corpus = ipe.load(root)
    by_doc: dict[str, list[dict]] = {}
    for n, s in enumerate(corpus.sents):
        ev = {"start": s.start, "end": s.end, "text": s.text}
        actor = {"name": "the mob" if n % 5 == 0 else "police", "sector": None}
        if "KILL" in s.gold and n % 3:
            by_doc.setdefault(str(s.doc), []).append({"type": "ASSAULT", "actor": actor, "evidence": ev})
        if ("ARREST" in s.gold and n % 3) or (not s.gold and n % 50 == 0):
            by_doc.setdefault(str(s.doc), []).append({"type": "COERCE", "mode": "arrest", "actor": actor,
                                                      "evidence": ev})
    pred = write_jsonl(tmp_path / "pred.jsonl", [{"id": d, "events": e} for d, e in by_doc.items()])
    out = subprocess.run([sys.executable, str(shared_dir / "eval" / "ipe.py"), "score", str(root), str(pred)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    res = ipe.score(root, pred)
    assert ipe.lines({"all": res["all"]})[1:] == out
    assert res["tune"]["documents"] + res["untouched"]["documents"] == res["all"]["documents"] == 628
    assert res["tune"]["predicted"]["ARREST"]["gold"] + res["untouched"]["predicted"]["ARREST"]["gold"] \
        == res["all"]["predicted"]["ARREST"]["gold"]
