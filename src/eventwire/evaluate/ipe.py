"""IndiaPoliceEvents (Times of India, 2002): did police kill / arrest / use force / act, per sentence.

A corpus directory holds ``docs.jsonl`` (``doc_id``, ``doc_text``), ``sents.jsonl`` (``doc_id``,
``sent_text``, ``sent_labels``; the sentences of a document in order), ``metadata.jsonl``
(``doc_id``, ``date``) and ``manual_keyword_list.json`` (the corpus paper's keyword lists). The
figures are exactly those of ``../shared/eval/ipe.py``: a sentence is predicted positive for a
question when an event whose evidence overlaps it has a police actor (sector COP, or a police
word of the keyword list in the actor's name): ANY_ACTION any type; ARREST a COERCE with mode
``arrest`` or an arrest/detain/nab trigger; FORCE an ASSAULT; KILL an ASSAULT whose evidence holds
a kill word, or a ``killed`` count inside the sentence. Precision, recall and F1 per question,
for the predictions and for the keyword baseline (a police word and a class word in one sentence).

Figures can be restricted to a fold of documents (``folds.ipe_fold``): the sentences of the
other documents are left out of both the predictions' and the baseline's counts.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GoldError
from .common import read_json, read_predictions, read_text
from .folds import FOLDS, IPE_RULES, in_fold, ipe_fold

CLASSES = ["KILL", "ARREST", "FORCE", "ANY_ACTION"]
_KAF = ("KILL", "ARREST", "FORCE")
_EXTRA_POLICE = {"policeman", "policemen"}
_ARREST_TRIGGERS = ("arrest", "detain", "nab")
_KEYWORD_CLASSES = {"kill": {"KILL", "FORCE"}, "arrest": {"ARREST"}, "other_force": {"FORCE"}}


@dataclass(frozen=True)
class Sentence:
    doc: int
    start: int
    end: int
    gold: frozenset[str]
    text: str


@dataclass
class Corpus:
    keywords: dict[str, Any]
    dates: dict[int, str]
    docs: dict[int, str]
    sents: list[Sentence]


def _jsonl(path: Path, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(read_text(path, "IPE file").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        missing = [f for f in fields if not isinstance(obj, dict) or f not in obj]
        if missing:
            raise GoldError(f"{path}:{n}: missing field(s) {', '.join(missing)}")
        out.append(obj)
    return out


def load(root: str | Path) -> Corpus:
    """Read and validate an IPE-format directory; sentence offsets found in document order."""
    d = Path(root)
    if not d.is_dir():
        raise GoldError(f"{root} is not an IndiaPoliceEvents-format folder")
    kw = read_json(d / "manual_keyword_list.json", "keyword list")
    for key in ("police", "police_acronyms", *_KEYWORD_CLASSES):
        if not isinstance(kw, dict) or not isinstance(kw.get(key), list):
            raise GoldError(f"{d / 'manual_keyword_list.json'}: needs a list {key!r}")
    dates = {m["doc_id"]: m["date"] for m in _jsonl(d / "metadata.jsonl", ("doc_id", "date"))}
    docs = {m["doc_id"]: m["doc_text"] for m in _jsonl(d / "docs.jsonl", ("doc_id", "doc_text"))}
    sents, pos = [], {}  # type: ignore[var-annotated]
    for n, s in enumerate(_jsonl(d / "sents.jsonl", ("doc_id", "sent_text", "sent_labels")), 1):
        if s["doc_id"] not in docs:
            raise GoldError(f"{d / 'sents.jsonl'}:{n}: doc_id {s['doc_id']!r} is not in docs.jsonl")
        text, sent = docs[s["doc_id"]], s["sent_text"].strip()
        i = text.find(sent, pos.get(s["doc_id"], 0))
        if i < 0:
            raise GoldError(f"{d / 'sents.jsonl'}:{n}: sentence not found in document {s['doc_id']} after offset "
                            f"{pos.get(s['doc_id'], 0)}")
        pos[s["doc_id"]] = i + len(sent)
        sents.append(Sentence(s["doc_id"], i, i + len(sent), frozenset(s["sent_labels"]), sent))
    return Corpus(kw, dates, docs, sents)


def _words_re(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.I)


def _is_police(side: dict[str, Any] | None, police: set[str]) -> bool:
    return bool(side) and (side.get("sector") == "COP"  # type: ignore[union-attr]
                           or any(w in police for w in re.findall(r"[a-z]+", (side.get("name") or "").lower())))  # type: ignore[union-attr]


def _labels(s: Sentence, result: dict[str, Any], police: set[str], kill: re.Pattern[str]) -> set[str]:
    got: set[str] = set()
    killed = any(c.get("category") == "killed" and s.start <= c["start"] < s.end for c in result.get("counts", []))
    for e in result.get("events", []):
        ev = e["evidence"]
        if ev["end"] <= s.start or ev["start"] >= s.end or not _is_police(e.get("actor"), police):
            continue
        got.add("ANY_ACTION")
        trigger = (e.get("trigger") or {}).get("text", "").lower()
        if e["type"] == "COERCE" and (e.get("mode") == "arrest" or trigger.startswith(_ARREST_TRIGGERS)):
            got.add("ARREST")
        if e["type"] == "ASSAULT":
            got.add("FORCE")
            if kill.search(ev["text"]) or killed:
                got.add("KILL")
    return got


def predicted(corpus: Corpus, sents: list[Sentence], pred: dict[str, dict[str, Any]]) -> list[set[str]]:
    """Labels read off the extract output for each sentence (see module docstring)."""
    police = set(corpus.keywords["police"]) | _EXTRA_POLICE
    kill = _words_re(corpus.keywords["kill"])
    return [_labels(s, pred.get(str(s.doc)) or {}, police, kill) for s in sents]


def keyword_baseline(corpus: Corpus, sents: list[Sentence]) -> list[set[str]]:
    """The corpus paper's keyword matcher: a police word or acronym and a class word."""
    kw = corpus.keywords
    police, acronyms = _words_re(kw["police"]), kw["police_acronyms"]
    classes = {key: _words_re(kw[key]) for key in _KEYWORD_CLASSES}
    out = []
    for s in sents:
        t, got = " " + s.text.lower() + " ", set()
        if police.search(t) or any(a in t for a in acronyms):
            for key, labels in _KEYWORD_CLASSES.items():
                if classes[key].search(t):
                    got |= labels | {"ANY_ACTION"}
        out.append(got)
    return out


def prf(sents: list[Sentence], preds: list[set[str]]) -> dict[str, Any]:
    """Precision, recall, F1 and gold count per question, and their macro-F1 (as ipe.py rounds)."""
    res: dict[str, Any] = {}
    for c in CLASSES:
        tp = sum(1 for s, p in zip(sents, preds) if c in s.gold and c in p)
        fp = sum(1 for s, p in zip(sents, preds) if c not in s.gold and c in p)
        fn = sum(1 for s, p in zip(sents, preds) if c in s.gold and c not in p)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        res[c] = {"p": round(pr, 3), "r": round(rc, 3), "f1": round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0,
                  "gold": tp + fn}
    res["macro_f1"] = round(sum(res[c]["f1"] for c in CLASSES) / len(CLASSES), 3)
    return res


def kaf_f1(figures: dict[str, Any]) -> float:
    """Mean F1 over KILL, ARREST and FORCE (issue 10's target; ANY_ACTION left out)."""
    return round(sum(figures[c]["f1"] for c in _KAF) / len(_KAF), 3)


def fold_docs(corpus: Corpus, fold: str) -> list[int]:
    """doc_ids of ``fold`` (all, tune, untouched), in the order of docs.jsonl."""
    return [d for d in corpus.docs if in_fold(fold, ipe_fold(int(d)))]


def score_corpus(corpus: Corpus, pred: dict[str, dict[str, Any]], folds: tuple[str, ...] = FOLDS) -> dict[str, Any]:
    """``{fold: {"documents", "sentences", "predicted", "keywords"}}`` for each non-empty fold."""
    out = {}
    for fold in folds:
        docs = set(fold_docs(corpus, fold))
        sents = [s for s in corpus.sents if s.doc in docs]
        if not sents:
            continue
        out[fold] = {"documents": len(docs), "sentences": len(sents),
                     "predicted": prf(sents, predicted(corpus, sents, pred)),
                     "keywords": prf(sents, keyword_baseline(corpus, sents))}
    if not out:
        raise GoldError(f"no IPE sentences in fold(s) {', '.join(folds)}")
    return out


def score(root: str | Path, predictions: str | Path, folds: tuple[str, ...] = FOLDS) -> dict[str, Any]:
    """Figures per fold for an extract-output file (ids = doc_id) on an IPE folder."""
    pred = {}
    for obj in read_predictions(predictions):
        pred[str(obj.get("id"))] = obj
    return score_corpus(load(root), pred, folds)


def lines(result: dict[str, Any]) -> list[str]:
    """Per fold a ``#`` line naming it, then the two lines ``../shared/eval/ipe.py score`` prints."""
    out = []
    for fold, r in result.items():
        three = {k: kaf_f1(r[k]) for k in ("predicted", "keywords")}
        out.append(f"# {fold} ({IPE_RULES[fold]}): {r['documents']} documents, {r['sentences']} sentences; "
                   f"mean F1 of KILL, ARREST, FORCE: predicted {three['predicted']}, keywords {three['keywords']}")
        out.append("predicted " + json.dumps(r["predicted"]))
        out.append("keywords  " + json.dumps(r["keywords"]))
    return out
