#!/usr/bin/env python
"""Rebuild the event-coding data shipped in src/eventwire/ontology/data/plover/, and evaluate it.

  python scripts/train_events.py lexicon [SHARED_DIR]     # rebuild cameo_verbs.json + cameo2plover.tsv
  python scripts/train_events.py plv [SHARED_DIR]         # end-to-end PLV score (no training involved)

Data provenance (see docs/events.md):
- cameo_verbs.json is derived mechanically from the PETRARCH2 verb dictionary CAMEO.2.0.txt
  (openeventdata/petrarch2, MIT licence, copyright 2015 Open Event Data Alliance): synonym sets,
  verb blocks (verbs + default CAMEO code) and their object/subject patterns. Comments are dropped.
- cameo2plover.tsv is derived from CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0):
  CAMEO code -> PLOVER type, mode, context. CAMEO 02 (appeal), absent from that table, is mapped to
  REQUEST as the PLOVER manual does (REQUEST merges CAMEO 02 and 10).
No PLV (Zero-Shot-PLOVER) text or weights are shipped: PLV is used only to measure.
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
    clean = lambda ws: [w.strip("_").lower().replace("_", " ") if not w.startswith("&") else w.upper() for w in ws]
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
        if not line.strip():
            cur_syn = None
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


def agent_nouns(path: Path) -> list[str]:
    """Head nouns of the Phoenix agents dictionary (PETRARCH2, MIT): 'POLICE_CHIEF [~COP]' -> 'chief'."""
    out = set()
    for raw in path.read_text(encoding="utf8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "[" not in line or line.startswith(("&", "+", "-")):
            continue
        word = line.split()[0].split("!")[0].strip("_").lower()
        head = word.split("_")[-1]
        if head.isalpha() and len(head) > 2:
            out.add(head)
    return sorted(out)


def plv(shared: Path) -> None:
    """Run the full pipeline on PLV_train and print the scorer's figures (nothing is fitted to PLV)."""
    tsv, plv_py = shared / "data/plover/PLV_train.tsv", shared / "eval/plv.py"
    exe = Path(sys.executable)
    subprocess.run([exe, plv_py, "inputs", tsv, "/tmp/plv_in.jsonl"], check=True)
    with open("/tmp/plv_out.jsonl", "w", encoding="utf8") as out:
        subprocess.run([exe.parent / "eventwire", "extract", "/tmp/plv_in.jsonl", "-q"], check=True, stdout=out)
    subprocess.run([exe, plv_py, "score", tsv, "/tmp/plv_out.jsonl"], check=True)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "lexicon"
    shared_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared"
    {"lexicon": build_lexicon, "plv": plv}[cmd](shared_dir)
