#!/usr/bin/env python3
"""Rebuild the bundled actor dictionaries from the Phoenix (PETRARCH2) files (MIT).

  python scripts/build_actors.py [PETRARCH2_DICT_DIR]

Default source: ../shared/data/cameo/petrarch2_dictionaries/ beside the checkout. Writes, under
src/eventwire/ontology/data/actors/:

* ``phoenix_actors.tsv``  phrase, country, sector, kind  (kind: ``place`` for a bare country code,
  ``actor`` for anything with a sector or a non-state code), from Phoenix.Countries,
  Phoenix.International and Phoenix.MilNonState actor files;
* ``phoenix_agents.tsv``  phrase, sector, from Phoenix.agents.txt (substitution sets and listed
  plurals expanded);
* ``LICENSE.phoenix`` (the MIT licence shipped beside the source files).

CAMEO codes are turned into PLOVER country + sector with the rules in ``cameo_codes.yaml``. Where
an actor has dated codes, the one valid now is kept: an open-ended ``>date`` code, else the
undated default, else the code that ended last. Phrases are stored normalised (upper case,
underscores as spaces, trailing ``_`` dropped) exactly as ``eventwire.ontology.actors.normalise``
produces them. Not handled: TABARI stemming (a phrase without a trailing ``_`` matching longer
words) and the ``<``/``-`` date semantics beyond picking the current code.
"""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "ontology" / "data" / "actors"
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "cameo" / "petrarch2_dictionaries"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
CODE_RE = re.compile(r"\[([A-Z~-]+)\s*([<>]?\s*\d{6,8}(?:-\d{6,8})?)?\s*\]")
WS_RE = re.compile(r"\s+")

sys.path.insert(0, str(ROOT / "src"))
from eventwire.ontology.actors import normalise  # noqa: E402  (same normaliser as at run time)


def load_rules() -> dict:
    return yaml.safe_load((OUT / "cameo_codes.yaml").read_text(encoding="utf8"))


def phrase_of(raw: str) -> str:
    """TABARI phrase -> normalised phrase ('' when nothing is left)."""
    return normalise(raw.replace("_", " "))


def convert(code: str, rules: dict) -> tuple[str | None, str | None] | None:
    """CAMEO actor code (e.g. IRNGOVLEG, IGOUNO, ~MIL) -> (country, sector); None to skip."""
    code = code.lstrip("~").rstrip("~")
    if not code or set(code) == {"-"} or len(code) % 3:
        return None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country, rest = chunks[0], chunks[1:]
    if country == "IGO":
        country = "UNO" if rest[:1] == ["UNO"] else "EUR" if rest[:1] == ["EUR"] else "IGO"
    elif country in rules["not_countries"]:
        country = None
    else:
        country = rules["rename_countries"].get(country, country)
    return country, pick_sector(rest, rules, rules["nonstate_default_sector"].get(country))


def pick_sector(chunks: list[str], rules: dict, default: str | None = None) -> str | None:
    """PLOVER sector for CAMEO sector chunks; religion chunks count only when nothing else does."""
    religious = set(rules["religion_chunks"])
    sectors = [rules["sector_map"][c] for c in chunks if rules["sector_map"].get(c) and c not in religious]
    if sectors:
        return next((s for s in sectors if s in rules["specific_first"]), sectors[0])
    if default:
        return default
    return "REL" if religious.intersection(chunks) else None


def agent_code(code: str, rules: dict) -> str | None:
    """Agent code (~GOVMIL) -> PLOVER sector."""
    return pick_sector([code[i:i + 3] for i in range(0, len(code), 3)], rules)


def current_code(codes: list[tuple[str, str]]) -> str | None:
    """Pick the code valid now from [(code, date_spec)]."""
    open_ended = [(d, c) for c, d in codes if d.startswith(">")]
    if open_ended:
        return max(open_ended)[1]
    undated = [c for c, d in codes if not d]
    if undated:
        return undated[-1]
    ended = sorted(((d.split("-")[-1].lstrip("<").strip().rjust(8, "0"), c) for c, d in codes))
    return ended[-1][1] if ended else None


def read_blocks(path: Path):
    """Yield (names, codes) blocks of a TABARI .actors file (names without codes join the next)."""
    names: list[str] = []
    codes: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        found = [(m.group(1), WS_RE.sub("", m.group(2) or "")) for m in CODE_RE.finditer(line)]
        text = CODE_RE.sub("", line).strip()
        if text and not text.startswith("+") and codes:
            yield names, codes
            names, codes = [], []
        if text:
            names.append(text.lstrip("+").strip())
        codes.extend(found)
    if names and codes:
        yield names, codes


def build_actors(src: Path, rules: dict) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for name in ACTOR_FILES:
        for names, codes in read_blocks(src / name):
            code = current_code(codes)
            conv = convert(code, rules) if code else None
            if not conv or conv == (None, None):
                continue
            country, sector = conv
            kind = "actor" if sector or country in rules["plover_nonstate"] else "place"
            for raw in names:
                phrase = phrase_of(raw)
                if phrase and phrase not in table:
                    table[phrase] = (country or "", sector or "", kind)
    return table


def expand_agent(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    out = [phrase]
    for key, values in subs.items():
        out = [p.replace(key, v) for p in out for v in values] if any(key in p for p in out) else out
    return out


def build_agents(src: Path, rules: dict) -> dict[str, str]:
    subs: dict[str, list[str]] = {}
    table: dict[str, str] = {}
    for raw in (src / "Phoenix.agents.txt").read_text(encoding="utf8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if sub:
            subs[sub.group(1)] = [v.strip() for v in sub.group(2).split(",")]
            continue
        m = re.match(r"^(.+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)~?[\]}]", line)
        if not m:
            continue
        sector = agent_code(m.group(3), rules)
        if not sector:
            continue
        forms = [m.group(1)] + [p for p in (m.group(2) or "").split() if p]
        for form in forms:
            for variant in expand_agent(form, subs):
                phrase = phrase_of(variant)
                if phrase and phrase not in table:
                    table[phrase] = sector
    return table


def write_tsv(path: Path, header: str, rows) -> None:
    with path.open("w", encoding="utf8", newline="\n") as fh:
        fh.write(header)
        for row in rows:
            fh.write("\t".join(row) + "\n")


def main(argv: list[str]) -> None:
    src = Path(argv[0]) if argv else DEFAULT_SRC
    rules = load_rules()
    actors = build_actors(src, rules)
    agents = build_agents(src, rules)
    note = ("# Generated by scripts/build_actors.py from the Phoenix (PETRARCH2) dictionaries,\n"
            "# (c) 2014 Open Event Data Alliance, MIT licence (LICENSE.phoenix). Do not edit by hand.\n")
    write_tsv(OUT / "phoenix_actors.tsv", note + "# phrase\tcountry\tsector\tkind\n",
              ((p, *v) for p, v in sorted(actors.items())))
    write_tsv(OUT / "phoenix_agents.tsv", note + "# phrase\tsector\n",
              ((p, s) for p, s in sorted(agents.items())))
    shutil.copyfile(src / "LICENSE", OUT / "LICENSE.phoenix")
    print(f"{len(actors)} actor phrases, {len(agents)} agent phrases written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
