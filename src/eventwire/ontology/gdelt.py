"""Tables for the GDELT 2.0 Events export (``data/store/``), loaded and checked once per process.

- ``events_columns()``: the 61 column names in file order (``gdelt_events_columns.txt``);
- ``country(iso3)``: FIPS 10-4 code and English name (``gdelt_countries.tsv``, from geonames);
- ``cameo_type(sector)``: CAMEO actor type code for a PLOVER sector (``gdelt.yaml``);
- ``known_group(code)``: CAMEO known-group code for PLOVER's non-state codes (UNO -> UNO, EUR -> EEC);
- ``exported_factuality()``: factuality values whose events are exported by default.

Not handled: known groups other than PLOVER's non-state codes (NATO, al-Qaeda ...), ethnic and
religion codes (no source for them: left blank).
"""
from __future__ import annotations

import csv
import functools
from pathlib import Path

import yaml

from ..errors import OntologyError

_DIR = Path(__file__).resolve().parent / "data" / "store"


def _lines(name: str) -> list[str]:
    try:
        text = (_DIR / name).read_text(encoding="utf8")
    except OSError as exc:
        raise OntologyError(f"cannot read bundled file {name}: {exc}") from exc
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def events_columns() -> tuple[str, ...]:
    cols = tuple(line.strip() for line in _lines("gdelt_events_columns.txt"))
    if len(cols) != 61 or len(set(cols)) != 61:
        raise OntologyError(f"gdelt_events_columns.txt must list 61 distinct columns, has {len(cols)}")
    return cols


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    rows = list(csv.DictReader(_lines("gdelt_countries.tsv"), delimiter="\t"))
    out = {}
    for n, r in enumerate(rows, 2):
        if len(r.get("iso3") or "") != 3 or r.get("name") is None:
            raise OntologyError(f"gdelt_countries.tsv row {n}: needs iso3 (3 letters), fips, name")
        out[r["iso3"]] = (r["fips"] or "", r["name"])
    return out


def country(iso3: str | None) -> tuple[str, str] | None:
    """(FIPS 10-4 code, English name) of an ISO 3166 alpha-3 code, or None if unknown."""
    return _countries().get(iso3 or "")


@functools.lru_cache(maxsize=1)
def _yaml() -> dict:
    try:
        data = yaml.safe_load((_DIR / "gdelt.yaml").read_text(encoding="utf8"))
    except (OSError, yaml.YAMLError) as exc:
        raise OntologyError(f"cannot read bundled file gdelt.yaml: {exc}") from exc
    sectors, facts = data.get("sector_to_cameo_type"), data.get("exported_factuality")
    groups = data.get("nonstate_to_cameo")
    if not isinstance(groups, dict) or not all(isinstance(v, str) and len(v) == 3 for v in groups.values()):
        raise OntologyError("gdelt.yaml: nonstate_to_cameo must map PLOVER codes to 3-letter CAMEO codes")
    if not isinstance(sectors, dict) or not all(isinstance(v, str) and len(v) == 3 for v in sectors.values()):
        raise OntologyError("gdelt.yaml: sector_to_cameo_type must map sectors to 3-letter CAMEO type codes")
    if not isinstance(facts, list) or not facts:
        raise OntologyError("gdelt.yaml: exported_factuality must be a non-empty list")
    return data


def cameo_type(sector: str | None) -> str | None:
    return _yaml()["sector_to_cameo_type"].get((sector or "").upper())


def known_group(code: str | None) -> str | None:
    """CAMEO known-group code for a PLOVER non-state "country" code (UNO, EUR, IGO ...), else None."""
    return _yaml()["nonstate_to_cameo"].get((code or "").upper())


def lead_min_chars() -> int:
    """Characters before the first line break that may end an article's lead paragraph."""
    value = _yaml().get("lead_min_chars")
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise OntologyError(f"gdelt.yaml: lead_min_chars must be a non-negative integer, got {value!r}")
    return value


def exported_factuality() -> tuple[str, ...]:
    return tuple(str(f) for f in _yaml()["exported_factuality"])
