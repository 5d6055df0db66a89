"""Factuality rules, one test per rule, on hand-built parses of short sentences (no model load;
the parses are in factuality_parses.py); disputes across sentences run the whole pipeline."""
from __future__ import annotations

import pytest
from factuality_parses import PARSES
from hand_docs import hand_doc

from eventwire.extract.factuality import factuality, labels
from eventwire.ontology import plover


def token(text: str, word: str):
    """The token ``word`` of the written-down parse of ``text``."""
    return next(t for t in hand_doc(PARSES[text]) if t.text == word)


@pytest.mark.parametrize("text, word, expected", [
    # asserted: a plain past-tense act
    ("The army attacked the village.", "attacked", "asserted"),
    # negated: negation on the trigger, and "no" on the noun that governs it
    ("The U.S. is not pulling troops out of Iraq.", "pulling", "negated"),
    ("There's been no decision whatsoever to leave Iraq.", "leave", "negated"),
    ("Nigeria never sent troops to Mali.", "sent", "negated"),
    # ... and a subject quantified to zero negates every verb it is the subject of
    ("No European government expelled or sanctioned the diplomats.", "sanctioned", "negated"),
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
    # hypothetical: a possibility named by a noun above the event, a conditional phrase, a modifier
    ("The uncertainty over the prospect of a U.S. withdrawal reassured no one.", "withdrawal", "hypothetical"),
    ("Troops are there in case Iran launches attacks against U.S. bases.", "launches", "hypothetical"),
    ("Bases were hardened against potential Iranian attacks.", "attacks", "hypothetical"),
    ("The president's eagerness to disengage from the Middle East is well known.", "disengage", "hypothetical"),
    # negated: the conjunct after "nor"
    ("There's no decision to leave, nor did we issue any plans to leave.", "issue", "negated"),
    # the same words where they do not apply
    ("The case against the general collapsed after Iran attacked the base.", "attacked", "asserted"),
    ("Iran attacked the base and destroyed the hangar.", "destroyed", "asserted"),
])
def test_factuality_rules(text, word, expected):
    assert factuality(token(text, word)) == expected


def test_negation_outranks_reporting():
    tok = token("Esper said there has been no decision to leave Iraq.", "leave")
    assert {"negated", "reported"} <= labels(tok) and factuality(tok) == "negated"


def test_embedding_kind_sets_factuality():
    tok = token("Iran vowed to strike back.", "strike")
    assert factuality(tok, embed_kind="intend") == "future"
    assert factuality(tok, embed_kind="refuse") == "negated"


def test_refusal_uses_up_negation_and_future():
    tok = token("France will not lift the ban.", "lift")
    assert factuality(tok) == "negated"
    assert factuality(tok, refusal=True) == "asserted"


def test_cue_lexicon_is_complete():
    cues = plover.factuality_cues()
    assert set(cues.precedence) == set(plover.FACTUALITY)
    assert "would" in cues.hypothetical_words and "say" in cues.reporting_heads


# -- disputes made in a later sentence (extract/event_disputes.py) ------------------------------

def _events(text: str):
    from eventwire import Article, process

    return process(Article(id="t", text=text, published="2020-01-06")).events


def _fact(events, word: str) -> str:
    found = [e.factuality for e in events if e.trigger.text == word]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize("text, word, expected", [
    # a pronoun subject of a disputing predicate, under another source's reporting verb
    ("A U.S. commander wrote to the Iraqi military saying U.S. forces would withdraw from Iraq. "
     "The Pentagon later said it was a draft.", "withdraw", "disputed"),
    # a statement noun matching the earlier reporting verb, object of a dispute verb
    ("Iranian state media reported that Iran attacked a U.S. tanker. The U.S. Navy dismissed the report.",
     "attacked", "disputed"),
    # ... of a denial verb
    ("Reuters reported that Russia sent troops to Syria. Moscow denied the report.", "sent", "denied"),
    # an event inside a quotation is reported by the quote's cue verb
    ("“We will withdraw all U.S. forces from Iraq,” the U.S. commander wrote in a letter to the Iraqi military. "
     "The Pentagon later said it was a draft.", "withdraw", "disputed"),
    # copula with a statement noun subject
    ("Officials said Turkey had attacked Kurdish fighters. The claim is false, the Turkish army said.",
     "attacked", "disputed"),
    # --- where a later sentence disputes nothing
    # the earlier event is asserted by the article, not reported from a statement
    ("Russia sent troops to Syria. The Kremlin said it was a routine exercise.", "sent", "asserted"),
    # the predicate does not dispute
    ("Officials said Iran attacked the tanker. The Navy said it was a serious escalation.", "attacked", "reported"),
    # a negated dispute
    ("Reuters reported that Russia sent troops to Syria. The report was not false, Moscow said.", "sent", "reported"),
    # a question disputes nothing
    ("Officials said Iran attacked the tanker. Do you think it was a hoax?", "attacked", "reported"),
    # the same source confirming
    ("Officials said Iran attacked the tanker. Officials later said it was false.", "attacked", "reported"),
    # the noun names another kind of statement than the one reported
    ("Reuters reported that Russia sent troops to Syria. Moscow dismissed the accusation.", "sent", "reported"),
])
def test_later_sentence_disputes(text, word, expected):
    assert _fact(_events(text), word) == expected


def test_dummy_it_is_no_dispute():
    from eventwire.extract.event_disputes import find_disputes

    doc = hand_doc(PARSES["It is wrong to attribute the backlash to recent events. It was a draft, the Pentagon said."])
    assert [(d.label, d.ref.text, d.sent) for d in find_disputes(list(doc.sents))] == [("disputed", "It", 1)]


def test_wanting_to_act_is_hypothetical_and_failing_to_act_negated():
    assert factuality(token("Sanders attacked the people who want to break up the big banks.", "break")) \
        == "hypothetical"
    assert factuality(token("The two sides failed to reach an agreement on Monday.", "reach")) == "negated"


def test_pronoun_with_a_relative_clause_refers_to_nobody():
    from eventwire.extract.event_disputes import find_disputes

    doc = hand_doc(PARSES["Our power is to ask questions and question those who have power."])
    assert find_disputes(list(doc.sents)) == []


def test_intention_word_over_a_stated_fact_leaves_it_reported():
    tok = token("Rights groups warned that the administration was relinquishing leverage over the army.",
                "relinquishing")
    assert factuality(tok, embed_kind="intend") == "reported"
    # reported speech: "would" is the speaker's backshifted "will" (a future, not a possibility)
    tok = token("Iran warned that it would retaliate against any attack.", "retaliate")
    assert factuality(tok, embed_kind="intend") == "future"


def test_reluctance_is_hypothetical():
    assert factuality(token("European reluctance to hand over security powers to Brussels is well known.",
                            "hand")) == "hypothetical"
