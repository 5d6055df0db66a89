"""Draw a fixed sample of extracted events for hand judgment, and score the judged sample.

    python scripts/sample_events.py sample polnear [--seed 10] [--tsv OUT.tsv]
    python scripts/sample_events.py sample ipe     [--seed 10] [--tsv OUT.tsv]
    python scripts/sample_events.py sample ipe --batch 1 ...  # 10 further articles (see below)
    python scripts/sample_events.py score JUDGED.tsv [JUDGED2.tsv ...] [--pool]

``sample`` picks 10 articles with a fixed seed, runs extraction on them (whatever ``eventwire``
package Python imports: set ``PYTHONPATH=/path/to/worktree/src`` to judge another revision) and
takes 4 events from each (40 in all):

- PolNeAR: ``text/*.txt`` of ``../shared/data/polnear/dev``; publication date from
  ``../shared/data/polnear/metadata.tsv`` (the file name starts with the metadata's ``filename``).
- IPE: documents of ``../shared/data/ipe`` in the untouched fold (``doc_id % 4 == 2``, see
  docs/eval.md); publication date from ``metadata.jsonl``.

Articles are drawn with ``random.Random(seed).sample`` from the sorted list of candidates, so the
article sample does not depend on the code under test. ``--batch k`` draws the k-th group of 10
further articles instead (disjoint from the sample; used when the 10 articles hold fewer than
40 events, as the IPE ones do), with the same per-article rule. Within an article, 4 events are drawn with
``random.Random(f"{seed}:{article}")`` (the extracted order is kept in the listing). When an
article has fewer than 4 events, the shortfall is filled from the other articles' remaining
events: one more event per article in turn, articles in sample order, until 40 are taken or no
event is left (so a sample can hold fewer than 40 events when the 10 articles hold fewer).

Each event is printed with its evidence, the sentence around it (the text between the nearest
sentence ends), type, mode, actor and recipient (name, country, sector), factuality, date and
publication date. ``--tsv`` also writes a judging sheet with empty judgment columns:
``real`` (y: a happening a PLOVER coder would record, of the stated type, that occurred as
stated), ``actor_ok``, ``recipient_ok`` (y/n; a null side is right only when the text names no
such party), ``countries_ok`` (both country codes right), ``date_ok`` (the record's date is the
happening's own date, or null when the text gives none; a past happening dated on the
publication day without the text saying so is wrong), ``dup`` (y when an earlier sampled or
unsampled event of the article codes the same happening on the same evidence), ``reason``.

``score`` reads judged sheets and prints: type precision (real / sampled), full precision (real
and actor_ok and recipient_ok / sampled), the same two on asserted/reported records only,
country-code accuracy and date accuracy on real events, and the number of duplicates.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
PER_ARTICLE = 4
ARTICLES = 10
SHEET = ["sample_id", "article", "event_no", "type", "mode", "factuality", "actor", "actor_country",
         "actor_sector", "recipient", "recipient_country", "recipient_sector", "date", "published",
         "trigger", "evidence", "real", "actor_ok", "recipient_ok", "countries_ok", "date_ok", "dup",
         "reason"]
JUDGED = ("real", "actor_ok", "recipient_ok", "countries_ok", "date_ok", "dup")
FACTUAL = {"asserted", "reported"}


def polnear_articles(shared: Path) -> list[tuple[str, str, str | None]]:
    """(id, text, published) for every PolNeAR dev article, sorted by id."""
    dates: dict[str, str] = {}
    with (shared / "data" / "polnear" / "metadata.tsv").open(encoding="utf8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            dates[row["filename"]] = row["publication_date"]
    out = []
    for f in sorted((shared / "data" / "polnear" / "dev" / "text").glob("*.txt")):
        out.append((f.stem, f.read_text(encoding="utf8"), dates.get(f.stem)))
    return out


def ipe_articles(shared: Path) -> list[tuple[str, str, str | None]]:
    """(id, text, published) for the IPE documents of the untouched fold (doc_id % 4 == 2)."""
    d = shared / "data" / "ipe"
    dates = {}
    for line in (d / "metadata.jsonl").open(encoding="utf8"):
        m = json.loads(line)
        dates[m["doc_id"]] = m["date"]
    out = []
    for line in (d / "docs.jsonl").open(encoding="utf8"):
        doc = json.loads(line)
        if int(doc["doc_id"]) % 4 == 2:
            out.append((str(doc["doc_id"]), doc["doc_text"], dates.get(doc["doc_id"])))
    return sorted(out, key=lambda a: int(a[0]))


def pick_articles(candidates: list[Any], seed: int, n: int = ARTICLES, batch: int = 0) -> list[Any]:
    """``n`` candidates drawn with the seed, in draw order. Batch 0 is the sample; batch ``k > 0``
    is the ``k``-th group of ``n`` further articles (the remaining candidates in the order of a
    second seeded draw), disjoint from batch 0 and from each other."""
    first = random.Random(seed).sample(candidates, min(n, len(candidates)))
    if batch == 0:
        return first
    rest = [c for c in candidates if c not in first]
    rest = random.Random(seed).sample(rest, len(rest))
    return rest[(batch - 1) * n:batch * n]


def pick_events(per_article: list[tuple[str, list[dict]]], seed: int,
                per: int = PER_ARTICLE) -> list[tuple[str, int, dict]]:
    """(article, event number, event) for the sample: ``per`` from each article, shortfall
    filled one event per article in turn from those with events left (see module docstring)."""
    total = per * len(per_article)
    orders = {}
    for art, events in per_article:
        idx = list(range(len(events)))
        random.Random(f"{seed}:{art}").shuffle(idx)
        orders[art] = idx
    taken = {art: orders[art][:per] for art, _ in per_article}
    left = total - sum(len(v) for v in taken.values())
    while left > 0:
        grew = False
        for art, _ in per_article:
            if left and len(taken[art]) < len(orders[art]):
                taken[art].append(orders[art][len(taken[art])])
                left -= 1
                grew = True
        if not grew:
            break
    events = dict(per_article)
    return [(art, i, events[art][i]) for art, _ in per_article for i in sorted(taken[art])]


def sentence_around(text: str, start: int, end: int) -> str:
    """The text from the sentence end before ``start`` to the one after ``end`` (one line)."""
    ends = [m.end() for m in re.finditer(r"[.!?][\"'”’)]*\s+|\n\s*\n", text)]
    left = max([e for e in ends if e <= start], default=0)
    right = min([e for e in ends if e >= end], default=len(text))
    return " ".join(text[left:right].split())


def _side(s: dict | None) -> tuple[str, str, str]:
    if not s:
        return "", "", ""
    name = s.get("name") or ""
    if s.get("implied"):
        name += " (implied)"
    return name, s.get("country") or "", s.get("sector") or ""


def rows_for(sample: list[tuple[str, int, dict]], texts: dict[str, str], published: dict[str, str | None],
             corpus: str, batch: int = 0) -> list[dict[str, str]]:
    """One judging-sheet row per sampled event (judgment columns empty)."""
    out = []
    for n, (art, i, e) in enumerate(sample, 1):
        ev = e.get("evidence") or {}
        a, r = _side(e.get("actor")), _side(e.get("recipient"))
        out.append({
            "sample_id": f"{corpus}{f'-b{batch}' if batch else ''}-{n:02d}", "article": art, "event_no": str(i),
            "type": e.get("type") or "",
            "mode": e.get("mode") or "", "factuality": e.get("factuality") or "",
            "actor": a[0], "actor_country": a[1], "actor_sector": a[2],
            "recipient": r[0], "recipient_country": r[1], "recipient_sector": r[2],
            "date": e.get("date") or "", "published": published.get(art) or "",
            "trigger": (e.get("trigger") or {}).get("text", ""),
            "evidence": " ".join((ev.get("text") or "").split()),
            **{k: "" for k in (*JUDGED, "reason")},
        })
        out[-1]["_sentence"] = sentence_around(texts[art], ev.get("start", 0), ev.get("end", 0))
    return out


def extract(articles: list[tuple[str, str, str | None]]) -> list[dict[str, Any]]:
    """Extract-contract dicts for the articles, in order, with the installed/imported package."""
    from eventwire.pipeline import process_many
    from eventwire.records import Article

    arts = [Article(id=a, text=t, published=p) for a, t, p in articles]
    return [r.to_dict() for r in process_many(arts)]


def cmd_sample(args: argparse.Namespace) -> int:
    shared = Path(args.shared)
    cands = polnear_articles(shared) if args.corpus == "polnear" else ipe_articles(shared)
    chosen = pick_articles(cands, args.seed, batch=args.batch)
    results = extract(chosen)
    if args.save:
        with open(args.save, "w", encoding="utf8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
    per_article = [(a[0], r.get("events", [])) for a, r in zip(chosen, results)]
    sample = pick_events(per_article, args.seed)
    texts = {a[0]: a[1] for a in chosen}
    pubs = {a[0]: a[2] for a in chosen}
    import eventwire

    print(f"# eventwire from {Path(eventwire.__file__).parent}; seed {args.seed}; corpus {args.corpus}; "
          f"batch {args.batch}")
    for art, events in per_article:
        print(f"# article {art} ({pubs[art]}): {len(events)} events, {sum(1 for s in sample if s[0] == art)} sampled")
    rows = rows_for(sample, texts, pubs, args.corpus, args.batch)
    for r in rows:
        print(f"\n[{r['sample_id']}] {r['article']} #{r['event_no']}  {r['type']}/{r['mode'] or '-'} "
              f"{r['factuality']}  date={r['date'] or '-'} published={r['published'] or '-'}")
        print(f"  actor:     {r['actor'] or '-'} | {r['actor_country'] or '-'} | {r['actor_sector'] or '-'}")
        print(f"  recipient: {r['recipient'] or '-'} | {r['recipient_country'] or '-'} | {r['recipient_sector'] or '-'}")
        print(f"  trigger:   {r['trigger']}\n  evidence:  {r['evidence']}\n  sentence:  {r['_sentence']}")
    if args.tsv:
        with open(args.tsv, "w", encoding="utf8", newline="") as fh:
            w = csv.DictWriter(fh, SHEET, delimiter="\t", extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
    return 0


def _yes(v: str) -> bool:
    return v.strip().lower() in ("y", "yes", "1", "true")


def figures(rows: list[dict[str, str]]) -> dict[str, Any]:
    """The sample's figures from judged rows (see module docstring)."""
    n = len(rows)
    real = [r for r in rows if _yes(r["real"])]
    full = [r for r in real if _yes(r["actor_ok"]) and _yes(r["recipient_ok"])]
    fact = [r for r in rows if r["factuality"] in FACTUAL]
    fact_real = [r for r in fact if _yes(r["real"])]
    fact_full = [r for r in fact_real if _yes(r["actor_ok"]) and _yes(r["recipient_ok"])]

    def frac(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/0"

    return {"events": n, "type_precision": frac(len(real), n), "full_precision": frac(len(full), n),
            "type_precision_asserted_reported": frac(len(fact_real), len(fact)),
            "full_precision_asserted_reported": frac(len(fact_full), len(fact)),
            "countries_right_on_real": frac(sum(_yes(r["countries_ok"]) for r in real), len(real)),
            "date_right_on_real": frac(sum(_yes(r["date_ok"]) for r in real), len(real)),
            "duplicates": sum(_yes(r["dup"]) for r in rows)}


def read_sheet(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for n, r in enumerate(rows, 2):
        bad = [k for k in JUDGED if (r.get(k) or "").strip().lower() not in ("y", "n", "yes", "no", "na", "")]
        if bad or not (r.get("real") or "").strip():
            raise SystemExit(f"{path}:{n}: unjudged or bad value in {bad or ['real']}")
    return rows


def cmd_score(args: argparse.Namespace) -> int:
    sheets = {path: read_sheet(path) for path in args.sheets}
    for path, rows in sheets.items():
        print(f"{path}\t{json.dumps(figures(rows))}")
    if args.pool and len(sheets) > 1:
        print(f"pooled\t{json.dumps(figures([r for rows in sheets.values() for r in rows]))}")
    return 0


def main(argv: Iterable[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="draw and print the sample (and a judging sheet)")
    s.add_argument("corpus", choices=["polnear", "ipe"])
    s.add_argument("--seed", type=int, default=10)
    s.add_argument("--batch", type=int, default=0, help="0: the sample; k: the k-th 10 further articles")
    s.add_argument("--tsv", help="write a judging sheet (TSV) here")
    s.add_argument("--save", help="write the 10 articles' whole extract output (JSONL) here")
    s.add_argument("--shared", default=str(SHARED), help="the shared folder (default ../shared)")
    s.set_defaults(fn=cmd_sample)
    sc = sub.add_parser("score", help="figures of judged sheets")
    sc.add_argument("sheets", nargs="+")
    sc.add_argument("--pool", action="store_true", help="also print the figures of all sheets together")
    sc.set_defaults(fn=cmd_score)
    args = p.parse_args(list(argv) if argv is not None else None)
    return int(args.fn(args))


if __name__ == "__main__":
    sys.exit(main())
