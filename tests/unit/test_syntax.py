"""extract/syntax.py: the shared label sets and parse helpers, on hand-built Docs (no model)."""
from __future__ import annotations

import ast
from pathlib import Path

from hand_docs import hand_doc

from eventwire.extract import syntax

#: "Soleimani was killed by a drone ." as the small model parses it
KILLED = ("Soleimani/Soleimani/PROPN/NNP/nsubjpass/2/B-PERSON was/be/AUX/VBD/auxpass/2/O "
          "killed/kill/VERB/VBN/ROOT/2/O by/by/ADP/IN/agent/2/O a/a/DET/DT/det/5/O "
          "Drone/drone/NOUN/NN/pobj/3/O ././PUNCT/./punct/2/O")


def test_child_is_the_first_child_with_one_of_the_labels():
    doc = hand_doc(KILLED)
    killed = doc[2]
    assert syntax.child(killed, "agent").text == "by"
    assert syntax.child(killed, "nsubj", "nsubjpass").text == "Soleimani"
    assert syntax.child(killed, "auxpass", "nsubjpass").text == "Soleimani"  # first in text order
    assert syntax.child(killed, "dobj") is None and syntax.child(doc[4], "det") is None


def test_lemma_is_lower_case():
    doc = hand_doc(KILLED)
    assert [syntax.lemma(t) for t in doc][:3] == ["soleimani", "be", "kill"]
    assert syntax.lemma(doc[5]) == "drone"


def test_label_sets_do_not_contradict_each_other():
    assert not syntax.NUMERIC_ENTS & syntax.ACTOR_ENTS
    assert syntax.PARTY_ENTS <= syntax.ACTOR_ENTS
    assert set(syntax.SUBJECT_DEPS) <= syntax.CLIMB and syntax.ACTOR_MODS <= syntax.SPAN_DEPS


def test_no_extractor_defines_its_own_child_helper_or_label_set_of_dependencies():
    """The helpers and the dependency label sets live in syntax.py only."""
    names = {n for n in dir(syntax) if n.isupper()}
    extract = Path(syntax.__file__).parent
    for path in sorted(extract.glob("*.py")):
        if path.name == "syntax.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf8"))
        defined = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
        funcs = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert not {"_child", "_lemma"} & funcs - ({"_lemma"} if path.name in ("contradictions.py", "event_model.py")
                                                   else set()), path.name
        assert not defined & names, (path.name, defined & names)


def test_every_written_down_parse_gives_back_its_text():
    """The parses the rule tests run on (tests/unit/*_parses.py) rebuild their texts exactly."""
    import runpy

    files = sorted(Path(__file__).parent.glob("*_parses.py"))
    assert len(files) >= 6
    for path in files:
        for text, spec in runpy.run_path(str(path))["PARSES"].items():
            assert hand_doc(spec).text == text, (path.name, text[:60])
