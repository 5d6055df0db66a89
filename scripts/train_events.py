#!/usr/bin/env python
"""Rebuild the event-coding data shipped in src/eventwire/ontology/data/plover/, and evaluate it.

  python scripts/train_events.py lexicon [SHARED_DIR]     # rebuild cameo_verbs.json + cameo2plover.tsv
  python scripts/train_events.py plv [SHARED_DIR]         # end-to-end PLV score of the shipped system
  python scripts/train_events.py cv [SHARED_DIR]          # 5-fold CV of the event-type model on PLV
  python scripts/train_events.py train [SHARED_DIR] [OUT] # fit the optional model on all of PLV_train
  python scripts/train_events.py halves [SHARED_DIR]      # train on even rows, score odd (and back)
  python scripts/train_events.py speed [SHARED_DIR]       # CPU of spaCy's parse and of each extractor

Data provenance (see docs/events.md):
- cameo_verbs.json is derived mechanically from the PETRARCH2 verb dictionary CAMEO.2.0.txt
  (openeventdata/petrarch2, MIT licence, copyright 2015 Open Event Data Alliance): synonym sets,
  verb blocks (verbs + default CAMEO code) and their object/subject patterns. Comments are dropped.
- cameo2plover.tsv is derived from CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0):
  CAMEO code -> PLOVER type, mode, context. CAMEO 02 (appeal), absent from that table, is mapped to
  REQUEST as the PLOVER manual does (REQUEST merges CAMEO 02 and 10).
- The optional event-type classifier (extract/event_model.py, off by default, NOT shipped) is
  fitted on PLV_train.tsv (snowood1/Zero-Shot-PLOVER, ACL 2024; no licence file) by `train`,
  written outside the package. Its figures are 5-fold cross-validated (`cv`): train on 4 folds,
  run the full pipeline on the 5th with --event-model set, score all folds together.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "ontology" / "data" / "plover"
CODE_RE = re.compile(r"\[([^\]]*)\]")
BRACES_RE = re.compile(r"\{[^}]*\}")


def _code(raw: str | None) -> str | None:
    """'[0334:038]' -> '0334'; '[---]' -> None."""
    if raw is None:
        return None
    code = raw.strip().split(":")[0].strip()
    return code if code and code.isdigit() else None


def _pattern_tokens(body: str) -> tuple[list[str], list[str]]:
    """Split a PETRARCH pattern into keyword lists before and after the verb ('*')."""
    body = body.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ")
    words = [w for w in body.split() if w not in {"$", "+", "%", "^"}]
    if "*" not in words:
        return [], []
    i = words.index("*")

    def clean(ws: list[str]) -> list[str]:
        return [w.strip("_").lower().replace("_", " ") if not w.startswith("&") else w.upper() for w in ws]
    return clean(words[:i]), clean(words[i + 1:])


def parse_cameo_verbs(path: Path) -> dict:
    """Parse CAMEO.2.0.txt into {"synsets": {...}, "blocks": [...]}. Irregular forms are dropped
    (spaCy lemmas are matched instead)."""
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    cur_syn, block, in_verbs = None, None, False
    for raw in path.read_text(encoding="utf8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs, cur_syn = True, None
            continue
        if not raw.strip():
            cur_syn = None
            continue
        if not line.strip():  # a comment line inside a block does not end it
            continue
        if not in_verbs:
            if line.startswith("&"):
                cur_syn = line.strip().upper()
                synsets[cur_syn] = []
            elif line.startswith("+") and cur_syn:
                synsets[cur_syn].append(line[1:].strip().strip("_").lower().replace("_", " "))
            continue
        if line.startswith("---"):
            m = CODE_RE.search(line)
            block = {"name": line.strip("- ").split("[")[0].strip(), "code": _code(m.group(1) if m else None),
                     "verbs": [], "patterns": []}
            blocks.append(block)
        elif block is None:
            continue
        elif line.startswith("-"):
            m = CODE_RE.search(line)
            if not m:
                continue
            pre, post = _pattern_tokens(line[1:m.start()])
            if pre or post:
                block["patterns"].append({"pre": pre, "post": post, "code": _code(m.group(1))})
        else:
            m = CODE_RE.search(line)
            word = BRACES_RE.sub(" ", CODE_RE.sub(" ", line)).split()
            if not word:
                continue
            parts = word[0].lstrip("+").strip("_").lower().split("_")
            parts = [p for p in parts if p]
            if not parts:
                continue
            block["verbs"].append({"lemma": parts[0], "rest": parts[1:],
                                   "code": _code(m.group(1)) if m else None})
    return {"source": "PETRARCH2 CAMEO.2.0.txt (MIT, Open Event Data Alliance)",
            "synsets": synsets, "blocks": [b for b in blocks if b["verbs"]]}


def parse_cameo2plover(path: Path) -> list[tuple[str, str, str, str]]:
    """CAMEO2PLOVER-2021.txt -> rows (cameo, type, mode, context)."""
    rows = []
    for raw in path.read_text(encoding="utf8").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(\d{3,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        rows.append((m.group(1), parts[0], parts[1].replace(" ", ""), parts[2].replace(" ", "")))
    # The PLOVER manual (THREATEN) calls occupations and blockades being carried out ASSAULT, while
    # CAMEO2PLOVER-2021 lists 191/192 under COERCE: the manual wins here.
    rows = [(c, "ASSAULT", "", x) if c in ("191", "192") else (c, t, m, x) for c, t, m, x in rows]
    # CAMEO 0831 (accede to demands for change in leadership) is a resignation, which the PLOVER
    # manual codes RETREAT with mode resign ("RETREAT also covers resignations of government
    # officials"); CAMEO2PLOVER-2021 lists it under CONCEDE: the manual wins here too.
    rows = [(c, "RETREAT", "resign", x) if c == "0831" else (c, t, m, x) for c, t, m, x in rows]
    for code, mode in (("020", ""), ("021", "assist"), ("022", "assist"), ("023", "assist"),
                       ("024", "change"), ("025", "yield"), ("026", "meet"), ("027", "meet"), ("028", "meet")):
        rows.append((code, "REQUEST", mode, "diplomatic"))
    return rows


def goldstein_scores(path: Path) -> dict[str, str]:
    """cameo-codes.csv (andybega/icews, MIT) -> {cameo code: Goldstein score}."""
    import csv

    with open(path, encoding="utf8", errors="replace") as fh:
        return {r["code"]: r["goldstein"] for r in csv.DictReader(fh) if r["goldstein"] not in ("", "NA")}


def _goldstein(code: str, scores: dict[str, str]) -> str:
    """Score of the code, else of its nearest listed ancestor (0841 -> 084 -> 08)."""
    for n in range(len(code), 1, -1):
        if code[:n] in scores:
            return scores[code[:n]]
    return ""


def build_lexicon(shared: Path) -> None:
    verbs = parse_cameo_verbs(shared / "data/cameo/petrarch2_dictionaries/CAMEO.2.0.txt")
    (OUT / "cameo_verbs.json").write_text(json.dumps(verbs, indent=0, sort_keys=True) + "\n", encoding="utf8")
    scores = goldstein_scores(shared / "data/cameo/cameo-codes.csv")
    rows = [r + (_goldstein(r[0], scores),) for r in parse_cameo2plover(shared / "data/plover/CAMEO2PLOVER-2021.txt")]
    head = ("# CAMEO code -> PLOVER type, mode, context, Goldstein score. Derived from CAMEO2PLOVER-2021.txt\n"
            "# (openeventdata/PLOVER, CC BY-SA 4.0) and cameo-codes.csv (andybega/icews, MIT) by\n"
            "# scripts/train_events.py lexicon; 02x (appeals) added as REQUEST.\n"
            "cameo\ttype\tmode\tcontext\tgoldstein\n")
    body = "".join("\t".join(r) + "\n" for r in sorted(set(rows)))
    (OUT / "cameo2plover.tsv").write_text(head + body, encoding="utf8")
    nouns = agent_nouns(shared / "data/cameo/petrarch2_dictionaries/Phoenix.agents.txt")
    (OUT / "agent_nouns.txt").write_text(
        "# Head nouns of political agents (police, troops, minister ...), derived from the Phoenix agents\n"
        "# dictionary of PETRARCH2 (MIT, Open Event Data Alliance) by scripts/train_events.py lexicon.\n"
        + "".join(n + "\n" for n in nouns), encoding="utf8")
    n_pat = sum(len(b["patterns"]) for b in verbs["blocks"])
    print(f"{len(verbs['blocks'])} verb blocks, {n_pat} patterns, {len(verbs['synsets'])} synsets, "
          f"{len(rows)} CAMEO->PLOVER rows, {len(nouns)} agent nouns")


MACRO_RE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def agent_nouns(path: Path) -> list[str]:
    """Head nouns of the Phoenix agents dictionary (PETRARCH2, MIT): 'POLICE_CHIEF [~COP]' -> 'chief'.

    A macro is expanded, not cut off: 'FIRE!PERSON!' is fireman/firewoman/fireperson (not "fire"),
    'HOME_!MINIST!' is minister/ministry (not "home"), '!MINIST! FOR_HOME_AFFAIRS' likewise."""
    text = path.read_text(encoding="utf8", errors="replace")
    macros = {m.group(1): [w.strip().lower() for w in m.group(2).split(",")]
              for m in map(MACRO_RE.match, text.splitlines()) if m}
    out = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "[" not in line or line.startswith(("&", "+", "-")) or MACRO_RE.match(line):
            continue
        token = line.split()[0].split("[")[0]
        macro = next((m for m in macros if m in token), None)
        if macro is not None:   # 'FIRE!PERSON!' -> fire+man ..., '!MINIST!' / 'HOME_!MINIST!' -> minister ...
            stem = token.split(macro)[0]
            glued = bool(stem) and not stem.endswith("_")
            heads = [stem.lower() + w if glued else w for w in macros[macro]]
        else:
            heads = [token.strip("_").lower().split("_")[-1]]
        out.update(h for h in heads if h.isalpha() and len(h) > 2)
    return sorted(out)


def plv(shared: Path) -> None:
    """Run the full pipeline on PLV_train and print the scorer's figures (nothing is fitted to PLV)."""
    tsv, plv_py = shared / "data/plover/PLV_train.tsv", shared / "eval/plv.py"
    exe = Path(sys.executable)
    subprocess.run([exe, plv_py, "inputs", tsv, "/tmp/plv_in.jsonl"], check=True)
    with open("/tmp/plv_out.jsonl", "w", encoding="utf8") as out:
        subprocess.run([exe.parent / "eventwire", "extract", "/tmp/plv_in.jsonl", "-q"], check=True, stdout=out)
    subprocess.run([exe, plv_py, "score", tsv, "/tmp/plv_out.jsonl"], check=True)


# --- event-type model ----------------------------------------------------------------------

FOLDS = 5
YIELD_TYPES = ("CONCEDE", "RETREAT")


def _plv_module(shared: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("plv_eval", shared / "eval" / "plv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and min(a[1], b[1]) > max(a[0], b[0])


def examples(shared: Path) -> list[tuple[str, list[str], str]]:
    """(row id, features, label) for every candidate trigger of every PLV sentence. The candidate
    whose actor overlaps the gold source (the governing one if several) gets the gold type; the
    other overlapping ones are left out; the rest are NONE."""
    from eventwire import settings

    settings.EVENT_MODEL = None  # candidates and features come from the lexicon alone
    from eventwire.extract import Context, event_actors as ea
    from eventwire.extract.event_model import NONE, candidates, features, placeholder
    from eventwire.extract.event_triggers import _depth, sentence_triggers
    from eventwire.pipeline import load_nlp, run_extractors
    from eventwire.records import Article, ArticleResult

    rows = list(_plv_module(shared).rows(shared / "data/plover/PLV_train.tsv"))
    nlp, out = load_nlp(), []
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64)):
        article = Article(id=row["id"], text=row["text"])
        result = run_extractors(article, doc)
        ctx = Context(article=article, doc=doc)
        ctx.results.update({k: getattr(result, k) for k in ArticleResult.RECORD_KINDS})
        for sent in doc.sents:
            cands = sorted(candidates(sent, sentence_triggers(sent)), key=lambda c: (_depth(c[0]), c[0].i))
            gold_done = False
            for tok, trig in cands:
                a = ea.actor_token(trig or placeholder(tok))
                p = ea.participant(ea.resolve(a, ctx), ctx) if a is not None else None
                hit = p is not None and _overlaps((p.start, p.end), row["source"])
                if hit and gold_done:
                    continue
                label = NONE
                if hit:
                    gold_done, label = True, row["label"]
                    if label == "YIELD":
                        label = trig.info.type if trig is not None and trig.info.type in YIELD_TYPES else "RETREAT"
                out.append((row["id"], features(tok, trig), label))
    return out


def fit(data: list[tuple[str, list[str], str]], epochs: int = 25, lr: float = 0.3, l2: float = 1e-4,
        min_count: int = 2, seed: int = 13) -> dict:
    """Multinomial logistic regression by Adagrad on sparse string features (numpy)."""
    import collections
    import random

    import numpy as np

    from eventwire.extract.event_model import NONE
    from eventwire.ontology.plover import PLOVER_TYPES

    labels = [NONE] + sorted({lab for _, _, lab in data if lab != NONE} | set(PLOVER_TYPES))
    counts = collections.Counter(f for _, feats, _ in data for f in set(feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    W = np.zeros((len(vocab), len(labels)))
    G = np.full_like(W, 1e-8)
    rows = [([vocab[f] for f in set(feats) if f in vocab], labels.index(lab)) for _, feats, lab in data]
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(rows)
        for idx, y in rows:
            if not idx:
                continue
            z = W[idx].sum(axis=0)
            p = np.exp(z - z.max())
            p /= p.sum()
            p[y] -= 1.0
            grad = p[None, :] + l2 * W[idx]
            G[idx] += grad ** 2
            W[idx] -= lr * grad / np.sqrt(G[idx])
    keep = {f: [round(float(x), 4) for x in W[i]] for f, i in vocab.items() if np.abs(W[i]).max() >= 1e-3}
    return {"labels": labels, "weights": keep, "min_prob": 0.5, "none_drop": 0.85,
            "provenance": "weights fitted by scripts/train_events.py on PLV_train.tsv "
                          "(snowood1/Zero-Shot-PLOVER, development data, no licence file); no text shipped",
            "n_examples": len(data)}


def train(shared: Path, out: Path = Path("/tmp/eventwire_event_types.json")) -> None:
    data = examples(shared)
    model = fit(data)
    out.write_text(json.dumps(model, sort_keys=True) + "\n", encoding="utf8")
    print(f"{len(data)} examples, {len(model['weights'])} features -> {out} (use: eventwire extract --event-model {out})")


def cross_validate(shared: Path) -> None:
    """Train on 4 folds, run the full pipeline (eventwire extract) on the 5th; score all rows."""
    import tempfile

    plv_mod = _plv_module(shared)
    tsv = shared / "data/plover/PLV_train.tsv"
    data = examples(shared)
    rows = list(plv_mod.rows(tsv))
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-cv-"))
    pred = tmp / "pred.jsonl"
    with pred.open("w", encoding="utf8") as out:
        for k in range(FOLDS):
            held = {r["id"] for r in rows if int(r["id"]) % FOLDS == k}
            model_file = tmp / f"model{k}.json"
            model_file.write_text(json.dumps(fit([d for d in data if d[0] not in held])), encoding="utf8")
            inp = tmp / f"fold{k}.jsonl"
            inp.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n"
                                   for r in rows if r["id"] in held), encoding="utf8")
            subprocess.run([Path(sys.executable).parent / "eventwire", "extract", inp, "-q", "--format", "jsonl",
                            "--event-model", model_file], check=True, stdout=out)
            print(f"fold {k}: {len(held)} held-out rows", file=sys.stderr)
    print(json.dumps(plv_mod.score(tsv, pred)))


def halves(shared: Path) -> None:
    """Cross-fitted halves: train on the even rows and run the full pipeline with that model on the
    odd rows, and the other way round; prints macro-F1 of each half (the fold of docs/eval.md)."""
    import tempfile

    plv_mod = _plv_module(shared)
    tsv = shared / "data/plover/PLV_train.tsv"
    data = examples(shared)
    rows = list(plv_mod.rows(tsv))
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-halves-"))
    for name, parity in (("odd", 1), ("even", 0)):
        held = {r["id"] for r in rows if int(r["id"]) % 2 == parity}
        model_file = tmp / f"model-{name}.json"
        model_file.write_text(json.dumps(fit([d for d in data if d[0] not in held])), encoding="utf8")
        inp, pred = tmp / f"{name}.jsonl", tmp / f"pred-{name}.jsonl"
        inp.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n"
                               for r in rows if r["id"] in held), encoding="utf8")
        with pred.open("w", encoding="utf8") as out:
            subprocess.run([Path(sys.executable).parent / "eventwire", "extract", inp, "-q", "--format", "jsonl",
                            "--event-model", model_file], check=True, stdout=out)
        res = subprocess.run([Path(sys.executable).parent / "eventwire", "eval", "plv", tsv, "--rows", name,
                              "--pred", pred], check=True, capture_output=True, text=True).stdout
        print(f"{name} rows, model trained on the other half: {res.strip().splitlines()[-1]}")


def speed(shared: Path) -> None:
    """CPU seconds of nlp.pipe and of each extractor on the PolNeAR dev texts."""
    import time

    from eventwire.extract import EXTRACTORS, Context
    from eventwire.ontology import plover
    from eventwire.pipeline import load_nlp
    from eventwire.records import Article

    files = sorted((shared / "data/polnear/dev/text").glob("*.txt"))
    texts = [f.read_text(encoding="utf8") for f in files]
    nlp = load_nlp()
    plover.lexicon(), plover.factuality_cues()  # loaded once per process, not per article
    t0 = time.process_time()
    docs = list(nlp.pipe(texts))
    parse = time.process_time() - t0
    cpu: dict[str, float] = {}
    for f, text, doc in zip(files, texts, docs):
        ctx = Context(article=Article(id=f.name, text=text), doc=doc)
        for name, fn in EXTRACTORS:
            t = time.process_time()
            ctx.results[name] = fn(doc, ctx)
            cpu[name] = cpu.get(name, 0.0) + time.process_time() - t
    print(json.dumps({"articles": len(texts), "parse_cpu_s": round(parse, 2),
                      "extractor_cpu_s": {k: round(v, 2) for k, v in cpu.items()}}))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "lexicon"
    shared_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared"
    if cmd == "halves":
        halves(shared_dir)
    elif cmd == "train" and len(sys.argv) > 3:
        train(shared_dir, Path(sys.argv[3]))
    else:
        {"lexicon": build_lexicon, "plv": plv, "train": train, "cv": cross_validate, "speed": speed,
         "halves": halves}[cmd](shared_dir)
