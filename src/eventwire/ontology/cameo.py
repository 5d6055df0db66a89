"""CAMEO codes, Goldstein values and GDELT QuadClass for PLOVER events (bundled maps).

Data: ``data/cameo/`` (see its NOTICE.md for provenance and licences), loaded and validated
once per process. ``cameo_for(type, mode)`` gives the CAMEO code standing for a PLOVER event
type and mode, with its QuadClass and Goldstein value, for GDELT-format export.

Not handled: PLOVER *context* (CAMEO's sub-codes often encode it: e.g. economic vs. military
aid) is ignored, so the code is the one for the type and mode alone; factuality is ignored
too (a negated event gets the same code: callers decide whether to export it).
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from ..errors import OntologyError

_DATA = "data/cameo"


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath(f"{_DATA}/{name}").read_text(encoding="utf8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


@functools.lru_cache(maxsize=1)
def codes() -> dict[str, CameoCode]:
    """Every CAMEO code (2-4 digit strings, leading zeros kept) -> its record."""
    out: dict[str, CameoCode] = {}
    for r in _rows("cameo_codes.tsv"):
        rec = CameoCode(r["code"], r["name"], float(r["goldstein"]), int(r["quad_class"]))
        if not rec.code.isdigit() or not 2 <= len(rec.code) <= 4 or rec.quad_class not in (1, 2, 3, 4):
            raise OntologyError(f"cameo_codes.tsv: bad row {r}")
        if not -10.0 <= rec.goldstein <= 10.0:
            raise OntologyError(f"cameo_codes.tsv: Goldstein out of [-10, 10]: {r}")
        out[rec.code] = rec
    return out


@functools.lru_cache(maxsize=1)
def plover_map() -> dict[tuple[str, str], str]:
    """(PLOVER type, mode or '') -> CAMEO code; curated rows override the generated ones."""
    table = codes()
    out: dict[tuple[str, str], str] = {}
    for name in ("plover_to_cameo.tsv", "plover_curated.tsv"):
        for r in _rows(name):
            if r["cameo"] not in table:
                raise OntologyError(f"{name}: unknown CAMEO code {r['cameo']!r} in {r}")
            out[(r["plover_type"].upper(), (r["mode"] or "").strip().lower())] = r["cameo"]
    missing = {t for t, _ in out} - {t for t, m in out if m == ""}
    if missing:
        raise OntologyError(f"no mode-less CAMEO code for PLOVER types {sorted(missing)}")
    return out


def cameo_for(plover_type: str, mode: str | None = None) -> tuple[str, int, float] | None:
    """(CAMEO code, QuadClass, Goldstein) for a PLOVER type and mode, or None for an unknown type.

    A mode the map does not know falls back to the type's mode-less code.
    """
    table = plover_map()
    key = (plover_type.upper(), (mode or "").strip().lower())
    code = table.get(key) or table.get((key[0], ""))
    if code is None:
        return None
    rec = codes()[code]
    return rec.code, rec.quad_class, rec.goldstein


def goldstein(code: str) -> float | None:
    """Goldstein value of a CAMEO code ('138', '0874'), or None if the code is unknown."""
    rec = codes().get(code)
    return rec.goldstein if rec else None


def quad_class(code: str) -> int | None:
    """GDELT QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)
    of a CAMEO code, or None for a code that is not a known CAMEO code."""
    rec = codes().get(code)
    return rec.quad_class if rec else None


def root_code(code: str) -> str:
    """The two-digit CAMEO root of a code ('0874' -> '08'); GDELT's EventRootCode."""
    return code[:2]


def base_code(code: str) -> str:
    """The three-digit CAMEO base of a code ('0874' -> '087', '13' -> '13'); GDELT's EventBaseCode."""
    return code[:3]
