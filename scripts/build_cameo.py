"""Regenerate the bundled CAMEO tables in ``src/eventwire/ontology/data/cameo/``.

  python scripts/build_cameo.py [SHARED_DATA_DIR]     # default: ../shared/data beside the repo

Inputs (not shipped as-is):
  cameo/cameo-codes.csv          312 CAMEO codes with names and Goldstein values
                                 (andybega/icews, MIT; file encoding cp1252)
  plover/CAMEO2PLOVER-2021.txt   CAMEO code -> PLOVER event, mode, context
                                 (openeventdata/PLOVER, Philip Schrodt, CC BY-SA 4.0)

Outputs:
  cameo_codes.tsv      code, name, goldstein, quad_class (GDELT QuadClass from the root code)
  plover_to_cameo.tsv  plover_type, mode, cameo, n_codes: the CAMEO code chosen to stand for each
                       (PLOVER type, mode) pair of the 2021 map (see ``choose``), mode '' = none.
``plover_curated.tsv`` (hand-written, beside them) is *not* touched by this script.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "ontology" / "data" / "cameo"
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*)(?:,([^#]*))?")

# GDELT 2.0 codebook: QuadClass by CAMEO root code.
QUAD_BY_ROOT = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 9)},
                **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}


def read_codes(path: Path) -> list[tuple[str, str, str, int]]:
    """Rows (code, name, goldstein, quad_class) of cameo-codes.csv, in file order."""
    rows = []
    with path.open(encoding="cp1252", errors="replace", newline="") as fh:
        for r in csv.DictReader(fh):
            code = r["code"].strip()
            name = " ".join(r["name"].split())
            rows.append((code, name, str(float(r["goldstein"])), QUAD_BY_ROOT[code[:2]]))
    return rows


def read_map(path: Path) -> list[tuple[str, str, str]]:
    """(cameo, plover_type, mode) triples of CAMEO2PLOVER; header lines like '03: AGREE' skipped."""
    out = []
    for raw in path.read_text(encoding="utf8").splitlines():
        m = LINE.match(raw)
        if not m:
            continue
        mode = m.group(3).strip().lower().replace(" ", "")
        out.append((m.group(1), m.group(2), mode))
    return out


def choose(codes: list[str]) -> str:
    """The code standing for a (type, mode): a generic 'X0' base code (e.g. 030) if there is one,
    else the code heading most of the others (prefix), then the shortest, then the lowest.
    E.g. AGREE/'' -> 030, THREATEN/violence -> 138 (parent of 1383 and 1384)."""
    def key(c: str) -> tuple[bool, int, int, str]:
        generic = len(c) == 3 and c.endswith("0")
        return (not generic, -sum(o.startswith(c) for o in codes), len(c), c)
    return min(codes, key=key)


def main(shared: Path) -> None:
    codes = read_codes(shared / "cameo" / "cameo-codes.csv")
    known = {c for c, *_ in codes}
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for cameo, ptype, mode in read_map(shared / "plover" / "CAMEO2PLOVER-2021.txt"):
        if cameo in known and cameo not in groups[(ptype, mode)]:
            groups[(ptype, mode)].append(cameo)
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "cameo_codes.tsv").open("w", encoding="utf8", newline="") as fh:
        fh.write("code\tname\tgoldstein\tquad_class\n")
        for code, name, gold, quad in codes:
            fh.write(f"{code}\t{name}\t{gold}\t{quad}\n")
    with (OUT / "plover_to_cameo.tsv").open("w", encoding="utf8", newline="") as fh:
        fh.write("plover_type\tmode\tcameo\tn_codes\n")
        for (ptype, mode), group in sorted(groups.items()):
            fh.write(f"{ptype}\t{mode}\t{choose(group)}\t{len(group)}\n")
    print(f"{len(codes)} CAMEO codes, {len(groups)} PLOVER (type, mode) pairs -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data")
