"""The shared word-list reader of the ontology loaders, and the grammar word lists."""
from __future__ import annotations

import pytest

from eventwire.errors import OntologyError
from eventwire.ontology import word_list, word_set
from eventwire.ontology.grammar import grammar


def test_word_list_keeps_order_and_lowers():
    assert word_list({"w": ["On", " against "]}, "w", "x.yaml") == ("on", "against")
    assert word_set({"w": ["A", "a"]}, "w", "x.yaml") == frozenset({"a"})


@pytest.mark.parametrize("data", [{}, {"w": []}, {"w": "word"}, {"w": [True]}, {"w": ["ok", " "]}, None])
def test_word_list_names_the_file_and_list_on_bad_data(data):
    with pytest.raises(OntologyError, match=r"x\.yaml.*'w'"):
        word_list(data, "w", "x.yaml")


def test_grammar_lists_load():
    g = grammar()
    assert "would" in g.reported_future_auxiliaries and "would" in g.modal_auxiliaries
    assert "'s" in g.indicative_auxiliaries and "one's" in g.generic_possessives
    assert not g.person_pronouns & g.non_person_pronouns
