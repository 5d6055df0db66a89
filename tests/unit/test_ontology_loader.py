"""The typed ontology loader: user overlays merged on the bundled data, errors naming file:line,
the content hash. No spaCy model."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from eventwire import ontology
from eventwire.errors import OntologyError
from eventwire.ontology import actors, loader, plover, precision


@pytest.fixture
def overlay(tmp_path):
    """A user ontology directory; the bundled ontology is restored afterwards."""
    yield tmp_path
    ontology.use(None)


def write(root, rel, text):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf8")
    return path


def test_yaml_lists_extend_and_tsv_rows_append(overlay):
    before = precision.lists().non_agent_nouns
    write(overlay, "plover/precision.yaml", "non_agent_nouns: [Botnet]\n")
    write(overlay, "actors/curated_actors.tsv", "Bakassi Boys\tNGA\tPRM\tactor\t\n")
    write(overlay, "actors/curated_agents.tsv", "hacker\tUNK\n")
    ontology.use(overlay)
    assert precision.lists().non_agent_nouns == before | {"botnet"}
    assert actors.code_actor("the Bakassi Boys").country == "NGA"
    assert actors.agent_sector("hackers") == "UNK"
    ontology.use(None)
    assert precision.lists().non_agent_nouns == before
    assert actors.code_actor("the Bakassi Boys") is None


def test_later_row_wins_and_mapping_merges(overlay):
    assert actors.code_actor("Tehran").country == "IRN"
    write(overlay, "actors/curated_actors.tsv", "Tehran\tXYZ\t\tplace\t\n")
    write(overlay, "plover/types.yaml", "ASSAULT: {modes: [cyber]}\n")
    ontology.use(overlay)
    assert actors.code_actor("Tehran").country == "XYZ"
    assert "cyber" in plover.types()["ASSAULT"].modes and "abduct" in plover.types()["ASSAULT"].modes
    assert plover.types()["ASSAULT"].quad == 4


def test_user_pattern_gets_a_user_rule_name(overlay):
    write(overlay, "plover/triggers.yaml", "verb_patterns:\n  - {lemma: [hack], post: [\"@OBJ\"], code: \"190\"}\n")
    ontology.use(overlay)
    names = [p.name for e in plover.lexicon().verbs["hack"] for p in e.patterns]
    assert "user:plover/triggers.yaml:2" in names


def test_whole_values_are_replaced_not_extended(overlay):
    # docs/ontology.md "Merging YAML": lists that are one value (loader.WHOLE_VALUES) are replaced
    from eventwire.ontology.lexicons import dates_lexicon

    prepositions = dates_lexicon().year_prepositions
    write(overlay, "dates.yaml", "year_prepositions: [circa]\nyear_range: [1900, 2050]\n")
    write(overlay, "plover/syntax_rules.yaml", "rules:\n  bare_plural_noun:\n    absent: []\n")
    ontology.use(overlay)
    assert dates_lexicon().year_range == (1900, 2050)
    assert set(dates_lexicon().year_prepositions) == set(prepositions) | {"circa"}   # a word list: extended
    rules = loader.read_yaml("plover/syntax_rules.yaml")["rules"]
    assert rules["bare_plural_noun"]["absent"] == [] and len(rules["bare_plural_noun"]["pattern"]) == 1
    assert loader.line_of("dates.yaml", ("year_range", 0)) == 2
    assert loader.line_of("dates.yaml", ("year_range", 0)).file == str(overlay / "dates.yaml")
    assert loader.line_of("dates.yaml", ("year_range", 1)).file == str(overlay / "dates.yaml")
    assert loader.line_of("plover/syntax_rules.yaml", ("rules", "bare_plural_noun", "absent", 0)).file == str(
        overlay / "plover/syntax_rules.yaml")   # no item left: the nearest origin is the user's key
    ontology.use(None)
    assert dates_lexicon().year_range == (1800, 2100)
    assert loader.read_yaml("plover/syntax_rules.yaml")["rules"]["bare_plural_noun"]["absent"]


@pytest.mark.parametrize("rel, text, where", [
    ("plover/triggers.yaml",
     "verb_patterns:\n  - {lemma: [a], post: [], code: \"190\"}\n  - {lemma: [b], post: [], code: 19x}\n",
     "plover/triggers.yaml:3"),
    ("plover/triggers.yaml", "noun_triggers:\n  hackery: \"010\"\n", "plover/triggers.yaml:2"),
    ("actors/curated_actors.tsv", "# c\nX\tNGA\tNOPE\tactor\t\n", "actors/curated_actors.tsv:2"),
    ("actors/curated_agents.tsv", "hacker\n", "actors/curated_agents.tsv:1"),
    ("plover/cameo2plover.tsv", "1905\tASSAULT\tcyber\t\t-7\n", "plover/cameo2plover.tsv:1"),
    ("plover/precision.yaml", "\nnon_agent_nouns: botnet\n", "plover/precision.yaml:2"),
    ("plover/factuality.yaml", "cross_sentence:\n  window_sentences: 99\n", "plover/factuality.yaml:2"),
    ("grammar.yaml", "first_person: [\n", "grammar.yaml"),
])
def test_bad_user_file_names_its_file_and_line(overlay, rel, text, where):
    write(overlay, rel, text)
    with pytest.raises(OntologyError, match=str(overlay / where).replace(".", r"\.")):
        ontology.use(overlay)
        ontology.validate()


def test_unknown_file_and_merge_of_a_replace_only_file_are_refused(overlay):
    write(overlay, "plover/trigers.yaml", "verb_patterns: []\n")
    with pytest.raises(OntologyError, match="trigers.yaml"):
        ontology.use(overlay)
    (overlay / "plover/trigers.yaml").unlink()
    write(overlay, "plover/cameo_verbs.json", "{}")
    with pytest.raises(OntologyError, match="can only be replaced"):
        ontology.use(overlay)
    with pytest.raises(OntologyError, match="no such directory"):
        ontology.use(overlay / "missing")


def test_manifest_replaces_a_file(overlay):
    write(overlay, "ontology.yaml", "name: test\nreplace: [plover/agent_nouns.txt]\n")
    write(overlay, "plover/agent_nouns.txt", "\n".join(f"noun{i}" for i in range(60)) + "\n")
    ontology.use(overlay)
    assert "police" not in plover.agent_nouns() and "noun7" in plover.agent_nouns()
    write(overlay, "ontology.yaml", "replace: [plover/nothing.txt]\n")
    with pytest.raises(OntologyError, match=r"ontology\.yaml:1"):
        ontology.use(overlay)


def test_fingerprint_changes_with_an_overlay(overlay):
    bundled = ontology.fingerprint()
    assert bundled.startswith(ontology.ONTOLOGY_VERSION + "+")
    write(overlay, "plover/precision.yaml", "non_agent_nouns: [botnet]\n")
    ontology.use(overlay)
    assert ontology.fingerprint() != bundled
    ontology.use(None)
    assert ontology.fingerprint() == bundled


@dataclass(frozen=True)
class _Section:
    words: frozenset[str]
    order: tuple[str, ...]
    size: int = loader.spec(lo=1, hi=3)
    share: float = loader.spec(optional=True)
    names: dict[str, str] = loader.spec(optional=True)


def test_typed_converts_and_checks_each_field(monkeypatch, tmp_path):
    write(tmp_path, "x.yaml", "s:\n  words: [A, b]\n  order: [z, Y]\n  size: 2\n  share: 1\n")
    monkeypatch.setattr(loader, "DATA_DIR", tmp_path)
    loader.clear_caches()
    try:
        got = loader.typed(_Section, "x.yaml", "s")
        assert got == _Section(frozenset({"a", "b"}), ("z", "y"), 2, 1.0, {})
        write(tmp_path, "x.yaml", "s:\n  words: [a]\n  order: [b]\n  size: 7\n")
        loader.clear_caches()
        with pytest.raises(OntologyError, match=r"x\.yaml:4: 's\.size' must be in \[1, 3\]"):
            loader.typed(_Section, "x.yaml", "s")
    finally:
        loader.clear_caches()
