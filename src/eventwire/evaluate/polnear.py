"""PolNeAR-format corpora (brat standoff) and the quote-attribution scorer.

A corpus directory holds ``text/ARTICLE.txt`` and ``attributions/ARTICLE_XXXX.ann`` (brat
standoff; ``XXXX`` a 4-hex-digit annotator id; with several annotators the first file in
sorted order is used). ``T`` lines are spans (Source, Cue, Content...), ``E`` lines tie them
into attributions (``Attribution:T1 Source:T2 Content:T3``). The figures are exactly those of
``../shared/eval/polnear.py``: quote precision/recall/F1, speaker accuracy, and strict F1 (quote
and speaker both right), once for direct quotes only and once for all attributions.
"""
from __future__ import annotations

import collections
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GoldError
from .common import predictions_by_id, read_text

_ANN_LINE = re.compile(r"^[TE][0-9]+\t")
_ANNOTATOR = re.compile(r"_[0-9a-f]{4}\.ann$")

Spans = list[tuple[int, int]]


@dataclass(frozen=True)
class GoldAttribution:
    content: Spans
    source: Spans | None
    direct: bool


def _span_line(parts: list[str], where: str) -> tuple[str, Spans, str]:
    try:
        label, offs = parts[1].split(" ", 1)
        pieces = [tuple(map(int, x.split())) for x in offs.split(";")]
    except ValueError as exc:
        raise GoldError(f"{where}: bad span line (expected 'T1<TAB>Label START END[;START END]')") from exc
    if any(len(p) != 2 or p[0] > p[1] for p in pieces):
        raise GoldError(f"{where}: bad offsets {offs!r}")
    return label, [(p[0], p[1]) for p in pieces], parts[2] if len(parts) > 2 else ""


def parse_ann(path: str | Path) -> tuple[dict[str, tuple[str, Spans, str]], list[dict[str, str]]]:
    """Spans (``T``) and attributions (``E``) of one brat ``.ann`` file; GoldError on bad lines."""
    spans, events = {}, []
    for n, line in enumerate(read_text(path, "annotation file").splitlines(), 1):
        line = line.rstrip("\n")
        if not _ANN_LINE.match(line):
            continue
        where, parts = f"{path}:{n}", line.split("\t")
        if line[0] == "T":
            spans[parts[0]] = _span_line(parts, where)
            continue
        try:
            events.append(dict(x.split(":") for x in parts[1].split()))
        except (ValueError, IndexError) as exc:
            raise GoldError(f"{where}: bad event line (expected 'E1<TAB>Role:T1 Role:T2 ...')") from exc
    return spans, events


def _attribution(e: dict[str, str], spans: dict, text: str, where: str) -> GoldAttribution:
    def get(key: str) -> tuple[str, Spans, str]:
        if e[key] not in spans:
            raise GoldError(f"{where}: event refers to {e[key]!r}, which has no T line")
        return spans[e[key]]

    pieces = get("Content")[1] + (get("Content2")[1] if "Content2" in e else [])
    if any(t > len(text) for _, t in pieces):
        raise GoldError(f"{where}: content offsets run past the end of the text ({len(text)} characters)")
    ctext = "".join(text[s:t] for s, t in pieces)
    source = get("Source")[1] if "Source" in e else None
    return GoldAttribution(pieces, source, any(q in ctext for q in "“”\""))


def load(root: str | Path) -> Iterator[tuple[str, str, list[GoldAttribution]]]:
    """Yield (article id, text, gold attributions), one annotator file per article."""
    root = Path(root)
    ann_dir = root / "attributions"
    if not ann_dir.is_dir() or not (root / "text").is_dir():
        raise GoldError(f"{root} is not a PolNeAR-format corpus: it needs text/ and attributions/ folders")
    by: dict[str, Path] = {}
    for f in sorted(ann_dir.glob("*.ann")):
        by.setdefault(_ANNOTATOR.sub("", f.name), f)
    if not by:
        raise GoldError(f"{ann_dir} has no .ann files")
    for art, f in sorted(by.items()):
        text = read_text(root / "text" / f"{art}.txt", f"text for {f.name}")
        spans, events = parse_ann(f)
        gold = [_attribution(e, spans, text, str(f)) for e in events if "Content" in e]
        yield art, text, gold


def _overlap(a: tuple[int, int], spans: Spans) -> int:
    return sum(max(0, min(a[1], t) - max(a[0], s)) for s, t in spans)


def _score_article(gold: list[GoldAttribution], quotes: list[dict[str, Any]], only_direct: bool,
                   c: collections.Counter) -> None:
    gold = [g for g in gold if g.direct or not only_direct]
    c["gold"] += len(gold)
    c["gold_with_source"] += sum(1 for g in gold if g.source)
    matched: dict[int, dict] = {}
    for q in quotes:
        if only_direct and q.get("kind") not in (None, "direct", "partial", "mixed"):
            continue
        span = (q["start"], q["end"])
        if span[1] <= span[0]:
            continue
        c["pred"] += 1
        hit = next((i for i, g in enumerate(gold) if _overlap(span, g.content) >= 0.5 * (span[1] - span[0])), None)
        if hit is None:
            continue
        c["pred_hit"] += 1
        matched.setdefault(hit, q)
    for i, q in matched.items():
        _score_speaker(gold[i], q, c)
    c["gold_hit"] += len(matched)


def _score_speaker(g: GoldAttribution, q: dict[str, Any], c: collections.Counter) -> None:
    sm = q.get("speaker_mention")
    if g.source is None:
        c["attr_ok"] += 1
        return
    c["hit_with_source"] += 1
    if sm and _overlap((sm["start"], sm["end"]), g.source) > 0:
        c["speaker_ok"] += 1
        c["attr_ok"] += 1
    elif sm:
        c["speaker_wrong"] += 1
    else:
        c["speaker_missing"] += 1


def score_corpus(corpus: list[tuple[str, str, list[GoldAttribution]]], preds: dict[str, list[dict]],
                 only_direct: bool) -> dict[str, Any]:
    """The shared scorer's figures for one pass (direct quotes only, or all attributions)."""
    c: collections.Counter = collections.Counter()
    for art, _text, gold in corpus:
        _score_article(gold, preds.get(art, []), only_direct, c)
    p = c["pred_hit"] / max(1, c["pred"])
    r = c["gold_hit"] / max(1, c["gold"])
    f1 = 2 * p * r / max(1e-9, p + r)
    rs = c["attr_ok"] / max(1, c["gold"])
    ps = c["attr_ok"] / max(1, c["pred"])
    f1s = 2 * ps * rs / max(1e-9, ps + rs)
    spk = c["speaker_ok"] / max(1, c["hit_with_source"])
    return {"counts": dict(c), "quote_p": round(p, 3), "quote_r": round(r, 3), "quote_f1": round(f1, 3),
            "speaker_acc": round(spk, 3), "strict_f1": round(f1s, 3)}


def score(root: str | Path, predictions: str | Path) -> dict[str, dict[str, Any]]:
    """``{"direct": figures, "all": figures}`` for a prediction file (extract JSONL) on a corpus."""
    corpus = list(load(root))
    preds = predictions_by_id(predictions, "quotes")
    return {"direct": score_corpus(corpus, preds, True), "all": score_corpus(corpus, preds, False)}


def lines(result: dict[str, dict[str, Any]]) -> list[str]:
    """What ``../shared/eval/polnear.py score`` prints for the same figures."""
    return [f"direct {json.dumps(result['direct'])}", f"all    {json.dumps(result['all'])}"]
