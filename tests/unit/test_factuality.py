"""Factuality rules, one test per rule, on short sentences parsed by the small model."""
from __future__ import annotations

import pytest

from eventwire.extract.factuality import factuality, labels
from eventwire.ontology import plover


def token(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, expected", [
    # asserted: a plain past-tense act
    ("The army attacked the village.", "attacked", "asserted"),
    # negated: negation on the trigger, and "no" on the noun that governs it
    ("The U.S. is not pulling troops out of Iraq.", "pulling", "negated"),
    ("There's been no decision whatsoever to leave Iraq.", "leave", "negated"),
    ("Nigeria never sent troops to Mali.", "sent", "negated"),
    # hypothetical: modal or conditional
    ("If it passes, it would force the administration to cease hostilities within 30 days.", "cease", "hypothetical"),
    ("A U.S. commander wrote that preparations would be made to withdraw U.S. forces.", "withdraw", "hypothetical"),
    ("Iran could attack U.S. bases.", "attack", "hypothetical"),
    # future
    ("Senior officials will brief Congress on Wednesday.", "brief", "future"),
    ("The army is set to attack the town.", "attack", "future"),
    # planned
    ("The Pentagon made plans Monday to send 2,500 Marines to the Middle East.", "send", "planned"),
    ("The government is preparing to expel the diplomats.", "expel", "planned"),
    # denied
    ("Iran denied that it had attacked the tanker.", "attacked", "denied"),
    # disputed
    ("Officials disputed that the army attacked the village.", "attacked", "disputed"),
    ("The alleged attack killed two people.", "attack", "disputed"),
    # reported
    ("Officials said the army attacked the village.", "attacked", "reported"),
    ("The army attacked the village, according to witnesses.", "attacked", "reported"),
])
def test_factuality_rules(nlp, text, word, expected):
    assert factuality(token(nlp, text, word)) == expected


def test_negation_outranks_reporting(nlp):
    tok = token(nlp, "Esper said there has been no decision to leave Iraq.", "leave")
    assert {"negated", "reported"} <= labels(tok) and factuality(tok) == "negated"


def test_embedding_kind_sets_factuality(nlp):
    tok = token(nlp, "Iran vowed to strike back.", "strike")
    assert factuality(tok, embed_kind="intend") == "future"
    assert factuality(tok, embed_kind="refuse") == "negated"


def test_refusal_uses_up_negation_and_future(nlp):
    tok = token(nlp, "France will not lift the ban.", "lift")
    assert factuality(tok) == "negated"
    assert factuality(tok, refusal=True) == "asserted"


def test_cue_lexicon_is_complete():
    cues = plover.factuality_cues()
    assert set(cues.precedence) == set(plover.FACTUALITY)
    assert "would" in cues.hypothetical_words and "say" in cues.reporting_heads
