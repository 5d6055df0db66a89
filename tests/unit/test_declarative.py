"""Declarative syntax rules (extract/declarative.py) on hand-built Docs: no model load."""
from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from eventwire import ontology
from eventwire.errors import OntologyError
from eventwire.extract import declarative

VOCAB = spacy.blank("en").vocab   # English lexical attributes (LOWER ...), no pipeline


def doc(words, heads, deps, pos=None, tags=None, ents=None):
    """A parsed Doc from words, absolute head indices and labels."""
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos or ["NOUN"] * len(words),
               tags=tags or ["NN"] * len(words), ents=ents)


def test_passive_agent_is_the_object_of_by():
    d = doc(["Soleimani", "was", "killed", "by", "drones"], [2, 2, 2, 2, 3],
            ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"])
    assert declarative.find("passive_agent", d[2]).text == "drones"
    assert declarative.find("passive_agent", d[0]) is None


def test_first_child_only_as_the_python_rule_reads_it():
    # "withdraw forces U.S. troops": the first object has no owner, so the second is not tried
    d = doc(["withdraw", "forces", "U.S.", "troops"], [0, 0, 3, 0], ["ROOT", "dobj", "compound", "dobj"],
            ents=["O", "O", "B-GPE", "O"])
    assert declarative.find("force_owner", d[0]) is None
    d = doc(["withdraw", "U.S.", "troops"], [0, 2, 0], ["ROOT", "compound", "dobj"], ents=["O", "B-GPE", "O"])
    assert declarative.find("force_owner", d[0]).text == "U.S."


def test_absent_children_block_a_match():
    pos, tags = ["NOUN", "VERB", "ADP", "NOUN"], ["NN", "VBN", "IN", "NN"]
    d = doc(["bus", "meant", "for", "media"], [0, 0, 1, 2], ["ROOT", "acl", "prep", "pobj"], pos, tags)
    assert declarative.holds("agentless_participle", d[1])
    d = doc(["bus", "meant", "by", "Iran"], [0, 0, 1, 2], ["ROOT", "acl", "agent", "pobj"], pos, tags)
    assert not declarative.holds("agentless_participle", d[1])


def test_word_list_reference():
    d = doc(["your", "state"], [1, 1], ["poss", "ROOT"])
    assert declarative.holds("actor_addressed_to_reader", d[1])
    d = doc(["Iran", "state"], [1, 1], ["poss", "ROOT"])
    assert not declarative.holds("actor_addressed_to_reader", d[1])


@pytest.fixture
def overlay(tmp_path):
    yield tmp_path
    ontology.use(None)


def test_a_user_ontology_switches_a_rule_off(overlay):
    (overlay / "plover").mkdir()
    (overlay / "plover" / "syntax_rules.yaml").write_text("rules:\n  passive_agent: {enabled: false}\n", encoding="utf8")
    ontology.use(overlay)
    d = doc(["X", "was", "hit", "by", "Y"], [2, 2, 2, 2, 3], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"])
    assert declarative.find("passive_agent", d[2]) is None
    ontology.use(None)
    assert declarative.find("passive_agent", d[2]).text == "Y"


@pytest.mark.parametrize("text, message", [
    ("rules:\n  bad:\n    does: x\n    why: y\n    pattern: [{RIGHT_ID: a, RIGHT_ATTRS: {}}, {LEFT_ID: a, REL_OP: '??', "
     "RIGHT_ID: b, RIGHT_ATTRS: {}}]\n    returns: b\n", "syntax_rules.yaml:5: rule 'bad': not a valid"),
    ("rules:\n  bad:\n    does: x\n    why: y\n    pattern: [{RIGHT_ID: a, RIGHT_ATTRS: {}}]\n    returns: zz\n",
     "syntax_rules.yaml:6: rule 'bad': returns/first/absent"),
    ("rules:\n  bad: {does: x}\n", "syntax_rules.yaml:2: rule 'bad' needs"),
    ("rules:\n  negation_child:\n    patern: []\n", "syntax_rules.yaml:3: rule 'negation_child' needs .* 'patern'"),
    # a bundled rule changed by the user: the error names the user's file and key, not the bundled rule
    ("rules:\n  negation_child:\n    pattern: [{RIGHT_ID: trigger, RIGHT_ATTRS: {}}, {LEFT_ID: trigger, REL_OP: '??', "
     "RIGHT_ID: negation, RIGHT_ATTRS: {}}]\n", "syntax_rules.yaml:3: rule 'negation_child': not a valid"),
    ("rules:\n  bare_plural_noun:\n    absent: [{LEFT_ID: noun, RIGHT_ATTRS: {LOWER: {IN: 'list:grammar.nope'}}}]\n",
     "syntax_rules.yaml:3: rule 'bare_plural_noun': not a valid"),
    # a user pattern without the nodes the bundled 'first' names: the user's pattern is blamed
    ("rules:\n  passive_agent:\n    pattern: [{RIGHT_ID: verb, RIGHT_ATTRS: {}}, {LEFT_ID: verb, REL_OP: '>', "
     "RIGHT_ID: agent, RIGHT_ATTRS: {DEP: nsubj}}]\n",
     r"syntax_rules.yaml:3: rule 'passive_agent': .* \(first \['by'\] at plover/syntax_rules.yaml:\d+;"),
    ("rules:\n  passive_agent:\n    pattern: [{RIGHT_ID: verb, RIGHT_ATTRS: {}}, {LEFT_ID: verb, REL_OP: '>', "
     "RIGHT_ID: agent, RIGHT_ATTRS: {DEP: nsubj}}]\n    first: [agent, by]\n",
     "syntax_rules.yaml:4: rule 'passive_agent': returns/first"),
])
def test_bad_rules_name_file_and_line(overlay, text, message):
    (overlay / "plover").mkdir()
    (overlay / "plover" / "syntax_rules.yaml").write_text(text, encoding="utf8")
    ontology.use(overlay)
    with pytest.raises(OntologyError, match=re.escape(f"{overlay / 'plover'}/") + message):
        declarative.rules()


def test_order_between_two_nodes():
    # "no decision , nor did we issue plans": 'issue' is a conjunct after 'nor'
    words = ["decision", ",", "nor", "did", "we", "issue", "plans"]
    d = doc(words, [0, 0, 0, 5, 5, 0, 5], ["ROOT", "punct", "cc", "aux", "nsubj", "conj", "dobj"])
    assert declarative.holds("conjunct_after_nor", d[5])
    # 'nor' after the conjunct does not count
    d = doc(["decision", "issue", "nor"], [0, 0, 0], ["ROOT", "conj", "cc"])
    assert not declarative.holds("conjunct_after_nor", d[1])


def test_negation_rules():
    d = doc(["did", "not", "withdraw"], [2, 2, 2], ["aux", "neg", "ROOT"], pos=["AUX", "PART", "VERB"])
    assert declarative.holds("negation_child", d[2]) and not declarative.holds("negation_child", d[0])
    d = doc(["no", "decision"], [1, 1], ["det", "ROOT"], pos=["DET", "NOUN"])
    assert declarative.holds("no_determiner", d[1])
    d = doc(["no", "deciding"], [1, 1], ["det", "ROOT"], pos=["DET", "VERB"])
    assert not declarative.holds("no_determiner", d[1])


def test_bare_plural_and_vaguely_counted_plural():
    tags = ["JJ", "NNS", "IN", "NNS"]
    d = doc(["military", "attacks", "on", "sites"], [1, 1, 1, 2], ["amod", "ROOT", "prep", "pobj"], tags=tags)
    assert declarative.holds("bare_plural_noun", d[1])
    d = doc(["the", "attacks"], [1, 1], ["det", "ROOT"], tags=["DT", "NNS"])
    assert not declarative.holds("bare_plural_noun", d[1])
    d = doc(["talks"], [0], ["ROOT"], tags=["NNS"])   # a plural-only noun (precision.yaml)
    assert not declarative.holds("bare_plural_noun", d[0])
    d = doc(["numerous", "newspapers"], [1, 1], ["amod", "ROOT"], tags=["JJ", "NNS"])
    assert declarative.holds("vaguely_counted_plural", d[1])


# find() evaluates a rule's pattern at the asked token (no DependencyMatcher over the Doc); it must
# give the answers of the DependencyMatcher reference for every token, bundled rules and user ones.
DOCS = [
    (["Soleimani", "was", "killed", "by", "drones", "by", "night"], [2, 2, 2, 2, 3, 2, 5],
     ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "prep", "pobj"]),
    (["withdraw", "forces", "U.S.", "troops"], [0, 0, 3, 0], ["ROOT", "dobj", "compound", "dobj"]),
    (["decision", ",", "nor", "did", "we", "issue", "plans"], [0, 0, 0, 5, 5, 0, 5],
     ["ROOT", "punct", "cc", "aux", "nsubj", "conj", "dobj"]),
    (["no", "decision", "to", "leave", "was", "not", "made", "by", "many", "states"],
     [1, 6, 3, 1, 6, 6, 6, 6, 9, 7], ["det", "nsubjpass", "aux", "acl", "auxpass", "neg", "ROOT", "agent", "amod", "pobj"]),
]
USER_RULES = """rules:
  next_word:
    does: x
    why: y
    pattern:
      - {RIGHT_ID: a, RIGHT_ATTRS: {LENGTH: {">=": 3}}}
      - {LEFT_ID: a, REL_OP: ".", RIGHT_ID: b, RIGHT_ATTRS: {IS_PUNCT: false}}
    returns: b
  later_sibling:
    does: x
    why: y
    pattern:
      - {RIGHT_ID: a, RIGHT_ATTRS: {}}
      - {LEFT_ID: a, REL_OP: "$++", RIGHT_ID: b, RIGHT_ATTRS: {lower: {REGEX: "^[a-p]"}}}
    returns: b
  first_child_of_head:
    does: x
    why: y
    pattern:
      - {RIGHT_ID: t, RIGHT_ATTRS: {DEP: {NOT_IN: [ROOT]}}}
      - {LEFT_ID: t, REL_OP: "<", RIGHT_ID: h, RIGHT_ATTRS: {}}
      - {LEFT_ID: h, REL_OP: ">", RIGHT_ID: k, RIGHT_ATTRS: {}}
    first: [k]
    absent:
      - {LEFT_ID: h, RIGHT_ATTRS: {DEP: neg}}
    order: [[k, t]]
    returns: k
"""


def _answers(d):
    return {name: {t.i: declarative.find(name, t).i for t in d if declarative.find(name, t) is not None}
            for name, rule in declarative.rules().items() if rule.enabled}


@pytest.mark.parametrize("user", [False, True])
def test_find_gives_the_dependency_matcher_answers_on_every_token(overlay, user):
    if user:
        (overlay / "plover").mkdir()
        (overlay / "plover" / "syntax_rules.yaml").write_text(USER_RULES, encoding="utf8")
        ontology.use(overlay)
    found = set()
    for words, heads, deps in DOCS:
        n = len(words)
        for pos, tags in ((["NOUN"] * n, ["NNS"] * n), (["VERB"] * n, ["VBN"] * n)):
            d = doc(words, heads, deps, pos, tags, ents=["B-GPE"] + ["O"] * (n - 1))
            answers = _answers(d)
            assert answers == declarative.reference(d)
            found |= {name for name, hits in answers.items() if hits}
    assert len(found) >= 6
    if user:
        assert {"next_word", "later_sibling", "first_child_of_head"} <= found


def test_find_does_not_run_the_matcher_over_the_doc(monkeypatch):
    def no_matcher(vocab):
        raise AssertionError("DependencyMatcher run")
    monkeypatch.setattr(declarative, "_matcher", no_matcher)
    d = doc(["X", "was", "hit", "by", "Y"], [2, 2, 2, 2, 3], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"])
    assert declarative.find("passive_agent", d[2]).text == "Y"


def _docs_example(marker):
    """The YAML block of docs/ontology.md that contains ``marker`` (the worked example)."""
    import pathlib

    text = (pathlib.Path(__file__).resolve().parents[2] / "docs" / "ontology.md").read_text(encoding="utf8")
    return next(b for b in re.findall(r"```yaml\n(.*?)```", text, re.S) if marker in b)


def test_a_user_ontology_changes_a_rule_pattern(overlay):
    # docs/ontology.md, "Changing a syntax rule": the overlay's pattern replaces the bundled one
    # (it is not appended to it); does, why, returns stay the bundled ones
    bundled = declarative.rules()["negation_child"]
    fingerprint = ontology.fingerprint()
    (overlay / "plover").mkdir()
    (overlay / "plover" / "syntax_rules.yaml").write_text(_docs_example("negation_child:"), encoding="utf8")
    ontology.use(overlay)
    rule = declarative.rules()["negation_child"]
    assert len(rule.pattern) == 2 and rule.pattern != bundled.pattern
    assert (rule.does, rule.why, rule.returns) == (bundled.does, bundled.why, bundled.returns)
    assert ontology.fingerprint() != fingerprint
    never = doc(["did", "never", "withdraw"], [2, 2, 2], ["aux", "advmod", "ROOT"], pos=["AUX", "ADV", "VERB"])
    assert declarative.find("negation_child", never[2]).text == "withdraw"
    noun = doc(["not", "withdrawal"], [1, 1], ["neg", "ROOT"], pos=["PART", "NOUN"])
    assert declarative.find("negation_child", noun[1]) is None      # the new pattern wants a verb
    assert declarative.reference(never)["negation_child"] == {2: 2}
    ontology.use(None)
    assert declarative.find("negation_child", never[2]) is None
    assert declarative.find("negation_child", noun[1]).text == "withdrawal"
