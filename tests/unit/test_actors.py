"""Actor coding (ontology.actors) and the Phoenix dictionary build: no spaCy model needed."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from eventwire.errors import OntologyError
from eventwire.ontology import actors, read_tsv
from eventwire.ontology.actors import ActorCode, code_actor, normalise

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text, country, sector", [
    ("Iraqi parliament", "IRQ", "LEG"),
    ("the Pentagon", "USA", "MIL"),
    ("Tehran", "IRN", None),
    ("U.S. forces", "USA", "MIL"),
    ("Iran", "IRN", None),
    ("CIA Director", "USA", "SPY"),
    ("Quds Force", "IRN", "MIL"),
    ("new commander of the Quds Force", "IRN", "MIL"),
    ("Iranian general", "IRN", "MIL"),
    ("a U.S. commander in Baghdad", "USA", "MIL"),
    ("Chairman of the Joint Chiefs", "USA", "MIL"),
    ("the Islamic State", "IMG", "REB"),
    ("American troops", "USA", "MIL"),
    ("Iraqi lawmakers", "IRQ", "LEG"),
    ("conservative radio host", None, "JRN"),
    ("House Speaker", None, "LEG"),
    ("House Intelligence Committee", None, "LEG"),  # a named institution beats a modifier
    ("Pentagon spokesman", "USA", "MIL"),  # spokespeople take their employer's sector
    ("U.S. intelligence officials", "USA", "SPY"),
    ("retired Air Force general", None, "ELI"),
    ("Iran’s Foreign Minister", "IRN", "GOV"),
])
def test_code_actor_known_phrases(text, country, sector):
    code = code_actor(text)
    assert code is not None and (code.country, code.sector) == (country, sector)


def test_code_actor_name_drops_determiner_and_possessive():
    assert code_actor("the Pentagon") == ActorCode("USA", "MIL", "Pentagon")
    assert code_actor("Iran’s").name == "Iran"


def test_unknown_organisation_gets_no_guess_from_the_title():
    # "president" alone is GOV, but "of the Eurasia Group" names an organisation we do not know
    assert code_actor("president of the Eurasia Group") is None
    assert code_actor("president").sector == "GOV"


def test_department_words_stay_part_of_the_title():
    assert code_actor("former undersecretary of Defense").sector == "ELI"
    assert code_actor("undersecretary of Defense").sector == "GOV"


def test_lowercase_words_do_not_match_proper_names():
    assert code_actor("us") is None  # the pronoun, not the country
    assert code_actor("US").country == "USA"
    assert code_actor("Kim Jong Un").country == "PRK"  # "Un" is no United Nations
    assert code_actor("al-Qaeda").country == "IMG"  # an Arabic article before a name is fine
    assert code_actor("Kataib Hezbollah").country == "IRQ"  # curated beats the longest Phoenix match


def test_nothing_known_is_none():
    assert code_actor("a Middle East expert") is None
    assert code_actor("") is None
    assert code_actor("the") is None


def test_normalise():
    assert normalise("  Iran’s  elite ") == "IRAN ELITE"
    assert normalise("U.S._forces,") == "U.S. FORCES"


def test_aliases_have_a_canonical_name():
    assert actors.canonical_name("U.S.") == "United States"
    assert actors.canonical_name("the United States") is None  # determiners are the caller's job
    assert actors.canonical_name("United States") == "United States"


def test_first_name_gender():
    assert actors.first_name_gender("Nancy") == "f"
    assert actors.first_name_gender("Mark") == "m"
    assert actors.first_name_gender("Zqx") is None


def test_title_lexicon_expands_abbreviations():
    lex = actors.titles()
    assert lex.expand("Gen.") == "general"
    assert "secretary" in lex.title_words


def test_every_sector_in_the_data_is_a_plover_sector():
    sectors = actors._sectors()
    assert all(e.sector in sectors for e in actors._actor_table().values() if e.sector)
    assert {s for s in actors._agent_table().values() if s} <= sectors  # '' = role noun with no sector
    assert actors.agent_sector("spokesman") == ""


def test_read_tsv_rejects_wrong_column_count(tmp_path, monkeypatch):
    import eventwire.ontology.loader as onto

    (tmp_path / "bad.tsv").write_text("# comment\na\tb\nc\n", encoding="utf8")
    monkeypatch.setattr(onto, "DATA_DIR", tmp_path)
    with pytest.raises(OntologyError, match="bad.tsv:3"):
        read_tsv.__wrapped__("bad.tsv", 2)
    with pytest.raises(OntologyError, match="missing"):
        read_tsv.__wrapped__("nope.tsv", 2)


# ---------------------------------------------------------------- the build script

@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_actors", ROOT / "scripts" / "build_actors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_convert_cameo_codes(build):
    rules = build.load_rules()
    assert build.convert("IRNGOVLEG", rules) == ("IRN", "LEG")  # parliament: LEG beats GOV
    assert build.convert("USAGOVMIL", rules) == ("USA", "GOV")  # defence ministry stays GOV
    assert build.convert("IGOUNOKID", rules) == ("UNO", None)
    assert build.convert("IMGMUSISI", rules) == ("IMG", "REB")  # religion chunk does not win
    assert build.convert("MEA", rules) == (None, None)  # a region is no country
    assert build.convert("TMP", rules) == ("TLS", None)
    assert build.convert("---", rules) is None


def test_current_code_prefers_open_ended_then_undated(build):
    assert build.current_code([("IRQ", "<20030320"), ("IRQOCC", "20030320-20060520"),
                               ("IRQ", ">20060520")]) == "IRQ"
    assert build.current_code([("USAELI", ""), ("USAGOV", "090101-130201")]) == "USAELI"
    assert build.current_code([("USAGOV", "090101-130201"), ("USALEG", "010101-081231")]) == "USAGOV"


def test_read_blocks_joins_synonyms_and_codeless_names(build, tmp_path):
    src = tmp_path / "x.actors.txt"
    src.write_text("# header\nFOO_LAND_ [FOO]\n+FOOISH_\nBAR_AGENCY_\n+BAR_\nBAZ_OFFICE_ # note\n"
                   "\t[FOOGOV]\nQUX_ [FOOMIL 990101-991231] [FOOELI >20000101]\n", encoding="utf8")
    blocks = list(build.read_blocks(src))
    assert blocks[0] == (["FOO_LAND_", "FOOISH_"], [("FOO", "")])
    assert blocks[1] == (["BAR_AGENCY_", "BAR_", "BAZ_OFFICE_"], [("FOOGOV", "")])
    assert blocks[2][1] == [("FOOMIL", "990101-991231"), ("FOOELI", ">20000101")]


def test_bundled_data_carries_the_phoenix_licence():
    folder = ROOT / "src" / "eventwire" / "ontology" / "data" / "actors"
    assert "MIT License" in (folder / "LICENSE.phoenix").read_text(encoding="utf8")
    assert "Open Event Data Alliance" in (folder / "phoenix_actors.tsv").read_text(encoding="utf8")[:400]


def test_docs_examples_run():
    import doctest

    result = doctest.testfile(str(ROOT / "docs" / "entities.md"), module_relative=False)
    assert result.attempted >= 5 and result.failed == 0


def test_shipped_tables_are_what_the_build_script_makes(build, shared_dir):
    src = shared_dir / "data" / "cameo" / "petrarch2_dictionaries"
    rules = build.load_rules()
    shipped = {p: (c, s, k) for _, (p, c, s, k) in read_tsv("actors/phoenix_actors.tsv", 4)}
    assert build.build_actors(src, rules) == shipped
    agents = {p: s for _, (p, s) in read_tsv("actors/phoenix_agents.tsv", 2)}
    assert build.build_agents(src, rules) == agents
