"""Actor rules of extract/event_actors.py one at a time, on hand-built parses (no model load).

The parses were written down once from en_core_web_sm 3.8.0 (``hand_docs.spec_of``); each test
pins what one rule makes of them.
"""
from __future__ import annotations

import pytest
from hand_docs import hand_doc

from eventwire.extract import event_actors as actors

PARLIAMENT = ("The/the/DET/DT/det/2/O Iraqi/iraqi/ADJ/JJ/amod/2/B-NORP parliament/parliament/NOUN/NN/nsubj/3/O "
              "voted/vote/VERB/VBD/ROOT/3/O to/to/PART/TO/aux/5/O expel/expel/VERB/VB/xcomp/3/O "
              "U.S./U.S./PROPN/NNP/compound/7/B-GPE troops_/troop/NOUN/NNS/dobj/5/O ././PUNCT/./punct/3/O")
KILLED_BY = ("Soleimani/Soleimani/PROPN/NNP/nsubjpass/2/O was/be/AUX/VBD/auxpass/2/O killed/kill/VERB/VBN/ROOT/2/O "
             "by/by/ADP/IN/agent/2/O police/police/NOUN/NNS/pobj/3/O in/in/ADP/IN/prep/4/O "
             "Baghdad/Baghdad/PROPN/NNP/pobj/5/B-GPE on/on/ADP/IN/prep/2/O Friday_/Friday/PROPN/NNP/pobj/7/B-DATE "
             "././PUNCT/./punct/2/O")
CHAIRMAN = ("The/the/DET/DT/det/1/O chairman/chairman/NOUN/NN/nsubj/6/O of/of/ADP/IN/prep/1/O "
            "the/the/DET/DT/det/5/B-ORG African/African/PROPN/NNP/compound/5/I-ORG Union/Union/PROPN/NNP/pobj/2/I-ORG "
            "condemned/condemn/VERB/VBD/ROOT/6/O the/the/DET/DT/det/8/O coup_/coup/NOUN/NN/dobj/6/O "
            "././PUNCT/./punct/6/O")
TALKS = ("The/the/DET/DT/det/1/O talks/talk/NOUN/NNS/nsubj/4/O on/on/ADP/IN/prep/1/O "
         "Monday/Monday/PROPN/NNP/pobj/2/B-DATE failed_/fail/VERB/VBD/ROOT/4/O ././PUNCT/./punct/4/O")


def word(spec: str, text: str):
    return next(t for t in hand_doc(spec) if t.text == text)


def span_text(tok) -> str:
    start, end = actors.mention_span(tok)
    return tok.doc.text[start:end]


@pytest.mark.parametrize("spec, head, expected", [
    (PARLIAMENT, "parliament", "The Iraqi parliament"),   # determiner and adjective modifiers kept
    (PARLIAMENT, "troops", "U.S. troops"),                # compound modifier kept
    (CHAIRMAN, "Union", "the African Union"),
    (CHAIRMAN, "chairman", "The chairman"),               # the 'of' phrase on the right is not
    (KILLED_BY, "Friday", "Friday"),
])
def test_mention_span_is_the_head_and_its_left_modifiers(spec, head, expected):
    assert span_text(word(spec, head)) == expected


@pytest.mark.parametrize("spec, head, expected", [
    (PARLIAMENT, "parliament", True),   # a noun modified by a nationality ("Iraqi parliament")
    (PARLIAMENT, "U.S.", True),         # a named entity
    (KILLED_BY, "police", True),        # an agent noun
    (CHAIRMAN, "chairman", True),       # a person noun that belongs to a named actor
    (KILLED_BY, "Friday", False),       # a date is never an actor
    (TALKS, "talks", False),            # an event noun is no actor
    (CHAIRMAN, "coup", False),
])
def test_actor_like(spec, head, expected):
    assert actors.actor_like(word(spec, head)) is expected


def test_the_named_actor_a_person_noun_belongs_to():
    assert actors.of_actor(word(CHAIRMAN, "chairman")).text == "Union"
    assert actors.of_actor(word(TALKS, "talks")) is None   # 'on Monday' names no actor


def test_the_by_agent_of_a_passive():
    assert actors._agent(word(KILLED_BY, "killed")).text == "police"
    assert actors._agent(word(PARLIAMENT, "voted")) is None
