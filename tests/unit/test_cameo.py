"""CAMEO / QuadClass / Goldstein mapping for PLOVER events (bundled tables)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.ontology import cameo

PLOVER_TYPES = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
                "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT").split()


def test_every_plover_type_has_a_code_in_its_quad_class():
    verbal_coop = {"AGREE", "CONSULT", "SUPPORT"}
    material_coop = {"CONCEDE", "COOPERATE", "AID", "RETREAT"}
    verbal_conflict = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
    for t in PLOVER_TYPES:
        code, quad, gold = cameo.cameo_for(t, None)
        expected = 1 if t in verbal_coop else 2 if t in material_coop else 3 if t in verbal_conflict else 4
        assert quad == expected, (t, code, quad)
        assert (gold > 0) == (quad <= 2) or gold == 0, (t, code, gold)


@pytest.mark.parametrize("ptype, mode, code", [
    ("THREATEN", "violence", "138"),      # parent of 1383 / 1384 wins
    ("THREATEN", "restrict", "1312"),
    ("MOBILIZE", "troops", "152"),
    ("AGREE", None, "030"),               # generic X0 base code preferred
    ("ASSAULT", None, "190"),             # curated override
    ("ASSAULT", "drone", "195"),          # curated: PLOVER 2.0 mode absent from the 2021 table
    ("RETREAT", "withdraw", "087"),       # curated override
    ("PROTEST", "demo", "141"),
    ("SANCTION", "expel", "166"),
])
def test_known_mappings(ptype, mode, code):
    assert cameo.cameo_for(ptype, mode)[0] == code


def test_mode_is_case_insensitive_and_unknown_mode_falls_back_to_type():
    assert cameo.cameo_for("threaten", "Violence") == cameo.cameo_for("THREATEN", "violence")
    assert cameo.cameo_for("THREATEN", "no-such-mode") == cameo.cameo_for("THREATEN", None)
    assert cameo.cameo_for("THREATEN", "") == cameo.cameo_for("THREATEN", None)


def test_unknown_type_gives_none():
    assert cameo.cameo_for("FIGHT", None) is None


def test_goldstein_and_quad_class_of_codes():
    assert cameo.goldstein("138") == -7.0
    assert cameo.goldstein("0874") == 10.0
    assert cameo.quad_class("0874") == 2
    assert cameo.quad_class("010") == 1 and cameo.quad_class("190") == 4
    assert cameo.quad_class("112") == 3
    assert cameo.goldstein("999") is None and cameo.quad_class("999") is None
    assert cameo.root_code("0874") == "08" and cameo.base_code("0874") == "087"


def test_cameo_for_agrees_with_the_code_table():
    code, quad, gold = cameo.cameo_for("ASSAULT", "aerial")
    assert (quad, gold) == (cameo.quad_class(code), cameo.goldstein(code))


def test_codes_are_strings_with_leading_zeros():
    assert "010" in cameo.codes() and "01" in cameo.codes()
    assert all(isinstance(c, str) for c in cameo.codes())


def test_shipped_table_matches_the_source_csv(shared_dir: Path):
    """The bundled Goldstein values equal the MIT source table, code for code."""
    src = shared_dir / "data" / "cameo" / "cameo-codes.csv"
    with src.open(encoding="cp1252", errors="replace", newline="") as fh:
        rows = {r["code"]: float(r["goldstein"]) for r in csv.DictReader(fh)}
    assert rows == {c: rec.goldstein for c, rec in cameo.codes().items()}


def test_every_plover_map_row_comes_from_the_2021_table_or_the_curated_file(shared_dir: Path):
    src = (shared_dir / "data" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf8")
    mapped = set(cameo.plover_map().values())
    for code in mapped:
        assert f"\n{code}:" in src or code in _curated_codes(), code


def _curated_codes() -> set[str]:
    from importlib import resources

    text = resources.files("eventwire.ontology").joinpath("data/cameo/plover_curated.tsv").read_text()
    return {r["cameo"] for r in csv.DictReader(text.splitlines(), delimiter="\t")}
