"""Contradictions: the pairwise conflict() on hand-built records, and the extractor on short texts."""
from __future__ import annotations

import pytest
from contradiction_parses import PARSES
from hand_docs import hand_doc

from eventwire.extract import Context
from eventwire.extract import contradictions as C
from eventwire.records import Article, Count, Entity, Event, Location, Participant, Quote, Span

TEXT = "x" * 400


def _ev(type_="RETREAT", fact="reported", actor="USA", start=0, end=10, trigger="withdraw",
        recipient=None, loc=None, mode=None, date=None):
    return Event(type=type_, mode=mode, factuality=fact,
                 actor=Participant(actor or "someone", actor, None, start, start + 1, None),
                 recipient=Participant(recipient, recipient, None, None, None, None) if recipient else None,
                 date=date, location=Location(loc, loc, None, None) if loc else None,
                 evidence=Span(start, end, TEXT[start:end]), score=None,
                 trigger=Span(start, start + len(trigger), trigger) if trigger else None)


# --- conflict() without a Doc (as the store uses it across articles) ------------------------

def test_announced_vs_negated_same_action_same_actor_conflicts():
    a = _ev(fact="reported", trigger="withdraw", start=0, end=20)
    b = _ev(fact="negated", trigger="leave", start=100, end=120)
    reason = C.conflict(a, b)
    assert reason is not None and "RETREAT" in reason and "USA" in reason
    assert C.conflict(b, a) is not None                       # symmetric


@pytest.mark.parametrize("fact", ["denied"])
def test_denied_counts_as_a_negation(fact):
    assert C.conflict(_ev(fact="asserted"), _ev(fact=fact, start=50, end=60, trigger="withdrawing"))


def test_two_claims_or_two_negations_do_not_conflict():
    assert C.conflict(_ev(fact="asserted"), _ev(fact="reported", start=50, end=60)) is None
    assert C.conflict(_ev(fact="negated"), _ev(fact="denied", start=50, end=60)) is None


def test_hypothetical_without_a_doc_states_nothing():
    assert C.conflict(_ev(fact="hypothetical"), _ev(fact="negated", start=50, end=60)) is None


def test_different_actor_type_or_action_do_not_conflict():
    neg = _ev(fact="negated", start=50, end=60, trigger="leave")
    assert C.conflict(_ev(actor="GBR"), neg) is None
    assert C.conflict(_ev(actor=None), neg) is None
    assert C.conflict(_ev(type_="SANCTION", trigger="leave"), neg) is None
    assert C.conflict(_ev(trigger="suspend"), neg) is None       # other frame of the same type


def test_different_targets_or_dates_do_not_conflict():
    neg = _ev(fact="negated", start=50, end=60, trigger="leave", loc="IRQ")
    assert C.conflict(_ev(loc="SYR"), neg) is None
    assert C.conflict(_ev(loc="IRQ"), neg) is not None
    assert C.conflict(_ev(recipient="IRQ"), neg) is not None
    assert C.conflict(_ev(date="2020-01-03"), _ev(fact="negated", start=50, end=60, date="2020-01-06")) is None


def test_without_triggers_mode_must_match():
    a, b = _ev(trigger=None, mode="withdraw"), _ev(fact="negated", start=50, end=60, trigger=None, mode="withdraw")
    assert C.conflict(a, b) is not None
    assert C.conflict(_ev(trigger=None), _ev(fact="negated", start=50, end=60, trigger=None)) is None


def test_contract_dicts_work_like_records():
    a = _ev(trigger="withdrawing").to_dict()
    b = _ev(fact="negated", start=50, end=60, trigger="pulled").to_dict()
    assert C.conflict(a, b) is not None
    assert C.conflict({"foo": 1}, b) is None and C.conflict(None, b) is None


def _at(count, place="Baghdad", date=None):
    from dataclasses import replace

    return replace(C.as_claim(count), theatre=frozenset({place}) if place else frozenset(), date=date)


def test_counts_of_the_same_casualty_category_that_differ_conflict():
    a = _at(Count(12, "12 people", 0, 9, "killed"))
    b = _at(Count(15, "15 people", 50, 59, "killed"))
    assert C.conflict(a, b) == "killed: 12 vs. 15 people"
    assert C.conflict(a, _at(Count(12, "12 people", 50, 59, "killed"))) is None      # agree
    assert C.conflict(a, _at(Count(15, "15 soldiers", 50, 61, "killed"))) is None    # other group
    assert C.conflict(a, _at(Count(15, "15 people", 50, 59, "injured"))) is None     # other category
    assert C.conflict(a, _at(Count(15, "15 people", 50, 59, "killed", approximate=True))) is None
    assert C.conflict(a, _at(Count(15, "15 people", 50, 59, "killed"), place="Mosul")) is None
    assert C.conflict(a, _at(Count(15, "15 people", 50, 59, "killed"), place=None)) is None
    assert C.conflict(_at(Count(12, "12 people", 0, 9, "killed"), date="2020-01-03"),
                      _at(Count(15, "15 people", 50, 59, "killed"), date="2020-01-05")) is None
    assert C.conflict(_at(Count(2500, "2,500 Marines", 0, 13, "military_personnel")),
                      _at(Count(5000, "5,000 Marines", 50, 63, "military_personnel"))) is None
    assert C.conflict(a, _ev()) is None                                         # kinds differ


# --- the extractor, on hand-built parses ---------------------------------------------------------

def _ctx(nlp, text, events=(), quotes=(), entities=(), counts=(), places=()):
    """Context over the written-down parse of ``text`` (contradiction_parses.py), else ``nlp``'s."""
    doc = hand_doc(PARSES[text]) if text in PARSES else nlp(text)
    ctx = Context(article=Article(id="t", text=text), doc=doc,
                  results={"events": list(events), "quotes": list(quotes), "entities": list(entities),
                           "counts": list(counts), "places": list(places)})
    return doc, ctx


def _event_at(text, snippet, trigger, fact, actor="USA", type_="RETREAT", actor_name=None):
    s = text.index(snippet)
    t = text.index(trigger, s)
    return Event(type=type_, mode=None, factuality=fact,
                 actor=Participant(actor_name or actor or "x", actor, None, s, s + 1, None),
                 recipient=None, date=None, location=None, evidence=Span.of(text, s, s + len(snippet)),
                 score=None, trigger=Span.of(text, t, t + len(trigger)))


SEEDLIKE = ("A commander wrote to the Iraqi military saying preparations would be made to withdraw "
            "U.S. forces. \u201cThere\u2019s been no decision whatsoever to leave Iraq,\u201d Esper said.")


def test_extractor_finds_reported_plan_vs_quoted_denial_with_speaker_country():
    text = SEEDLIKE
    a = _event_at(text, "to withdraw U.S. forces", "withdraw", "hypothetical")
    b = _event_at(text, "to leave Iraq", "leave", "negated", actor=None, actor_name="There")
    qs = text.index("\u201c") + 1
    qe = text.index(",\u201d") + 1
    esper = Entity("e1", "Mark Esper", "PERSON", None, "USA", "GOV", (Span.of(text, qe + 2, qe + 7),))
    quote = Quote(text[qs:qe], qs, qe, "direct", "Mark Esper", "e1", None, None)
    doc, ctx = _ctx(None, text, events=[a, b], quotes=[quote], entities=[esper])
    [c] = C.extract(doc, ctx)
    assert c.a == a.evidence and c.b == b.evidence
    assert "Mark Esper" in c.reason and "reported 'withdraw'" in c.reason
    assert text[c.a.start:c.a.end] == c.a.text


def test_extractor_reported_but_conditional_would_is_not_a_claim():
    text = ("The senator said that if the resolution passes, the U.S. would withdraw its troops. "
            "The U.S. is not withdrawing its troops, the minister said.")
    a = _event_at(text, "would withdraw its troops", "withdraw", "hypothetical")
    b = _event_at(text, "is not withdrawing its troops", "withdrawing", "negated")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert C.extract(doc, ctx) == []
    plain = text.replace("that if the resolution passes, ", "that ")
    a = _event_at(plain, "would withdraw its troops", "withdraw", "hypothetical")
    b = _event_at(plain, "is not withdrawing its troops", "withdrawing", "negated")
    doc, ctx = _ctx(None, plain, events=[a, b])
    assert len(C.extract(doc, ctx)) == 1                     # reported "would" is a claim


def test_extractor_hedged_talk_is_not_a_claim():
    text = ("Trump has often talked about pulling out of Iraq. "
            "The U.S. is not pulling out of Iraq, Esper said.")
    a = _event_at(text, "pulling out of Iraq", "pulling", "asserted")
    b = _event_at(text, "is not pulling out of Iraq", "pulling", "negated")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert C.extract(doc, ctx) == []


def test_extractor_nominal_trigger_is_not_a_claim():
    text = ("Russia issued verbal threats against Estonia. "
            "She has no illusions about Russia's threat to Europe.")
    a = _event_at(text, "issued verbal threats", "threats", "asserted", actor="RUS", type_="THREATEN")
    b = _event_at(text, "Russia's threat to Europe", "threat", "negated", actor="RUS", type_="THREATEN")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert C.extract(doc, ctx) == []


def test_extractor_same_sentence_pair_is_skipped():
    text = "The U.S. will withdraw troops, but the U.S. is not withdrawing its diplomats."
    a = _event_at(text, "will withdraw troops", "withdraw", "future")
    b = _event_at(text, "is not withdrawing", "withdrawing", "negated")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert C.extract(doc, ctx) == []


def test_extractor_question_and_should_are_not_claims():
    text = "Why does Israel refuse to recognize the genocide? Israel recognized the genocide in May."
    a = _event_at(text, "refuse to recognize", "recognize", "negated", actor="ISR", type_="SUPPORT")
    b = _event_at(text, "Israel recognized the genocide", "recognized", "asserted", actor="ISR", type_="SUPPORT")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert C.extract(doc, ctx) == []
    text = "Israel should recognize the genocide, he said. Israel does not recognize the genocide."
    a = _event_at(text, "should recognize the genocide", "recognize", "reported", actor="ISR", type_="SUPPORT")
    b = _event_at(text, "does not recognize the genocide", "recognize", "negated", actor="ISR", type_="SUPPORT")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert C.extract(doc, ctx) == []


def test_extractor_different_objects_do_not_conflict_but_force_synonyms_do():
    text = "Obama freed seven Iranian men on Sunday. He refused to release violent criminals."
    a = _event_at(text, "Obama freed seven Iranian men", "freed", "asserted")
    b = _event_at(text, "refused to release violent criminals", "release", "negated")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert C.extract(doc, ctx) == []
    text = "The general said the U.S. would withdraw its forces. The U.S. is not pulling troops out."
    a = _event_at(text, "would withdraw its forces", "withdraw", "hypothetical")
    b = _event_at(text, "is not pulling troops out", "pulling", "negated")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert len(C.extract(doc, ctx)) == 1


def test_extractor_verbal_act_against_another_target_does_not_conflict():
    text = "Clinton said she accused Trump of lying. The United States has not accused Russia of hacking."
    a = _event_at(text, "she accused Trump", "accused", "reported", type_="ACCUSE")
    b = _event_at(text, "has not accused Russia", "accused", "negated", type_="ACCUSE")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert C.extract(doc, ctx) == []
    text = text.replace("accused Trump", "accused Russia")
    a = _event_at(text, "she accused Russia", "accused", "reported", type_="ACCUSE")
    b = _event_at(text, "has not accused Russia", "accused", "negated", type_="ACCUSE")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert len(C.extract(doc, ctx)) == 1


def test_extractor_statements_about_different_times_do_not_conflict():
    from eventwire.records import DateRef

    text = ("Cruz endorses Trump. Cruz, who refused to endorse Trump at the convention in July, "
            "changed his mind.")
    a = _event_at(text, "Cruz endorses Trump", "endorses", "asserted", type_="SUPPORT")
    b = _event_at(text, "refused to endorse Trump", "endorse", "negated", type_="SUPPORT")
    july = text.index("July")
    doc, ctx = _ctx(None, text, events=[a, b])
    ctx.article = Article(id="t", text=text, published="2016-09-23")
    ctx.results["dates"] = [DateRef("July", july, july + 4, "2016-07", "month")]
    assert C.extract(doc, ctx) == []
    ctx.results["dates"] = [DateRef("July", july, july + 4, "2016-09", "month")]
    assert len(C.extract(doc, ctx)) == 1                 # same month as the undated headline


def test_extractor_negation_on_an_unrelated_noun_does_not_negate():
    text = ("The admiral makes no apologies for accusing China of militarizing the sea. "
            "He accused China of building islands.")
    a = _event_at(text, "accusing China", "accusing", "negated", type_="ACCUSE")
    b = _event_at(text, "He accused China", "accused", "asserted", type_="ACCUSE")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert C.extract(doc, ctx) == []
    text = "There has been no decision to accuse China. He accused China of building islands."
    a = _event_at(text, "no decision to accuse China", "accuse", "negated", type_="ACCUSE")
    b = _event_at(text, "He accused China", "accused", "asserted", type_="ACCUSE")
    doc, ctx = _ctx(None, text, events=[a, b])
    assert len(C.extract(doc, ctx)) == 1


def _counts_ctx(nlp, text, values):
    from eventwire.extract import counts as K
    from eventwire.extract import places

    counts = [Count(v, f"{v} people", text.index(f"{v} people"), text.index(f"{v} people") + len(f"{v} people"),
                    "killed") for v in values]
    doc, ctx = _ctx(None, text, counts=counts)
    ctx.results["counts"] = [K.with_claim(doc, ctx, c) for c in counts]  # the claim the counts extractor adds
    ctx.results["places"] = places.extract(doc, ctx)
    return doc, ctx


def test_extractor_count_conflict_needs_the_same_place_and_no_update_cue():
    text = ("Police said 12 people were killed in the blast in Baghdad. "
            "Medics said 15 people were killed in the blast in Baghdad.")
    doc, ctx = _counts_ctx(None, text, [12, 15])
    [c] = C.extract(doc, ctx)
    assert (c.a.text, c.b.text) == ("12 people", "15 people")
    doc, ctx = _counts_ctx(None, text.replace("blast in Baghdad.", "blast.", 1), [12, 15])
    assert C.extract(doc, ctx) == []                           # no place with the first figure
    text2 = "Police said 12 people were killed in Baghdad. The toll later rose to 15 people killed in Baghdad."
    doc, ctx = _counts_ctx(None, text2, [12, 15])
    assert C.extract(doc, ctx) == []
    text3 = "In Chicago 90 people a day die from guns. A gunman in Chicago killed 9 people."
    doc, ctx = _counts_ctx(None, text3, [90, 9])
    assert C.extract(doc, ctx) == []


def test_extractor_two_different_people_do_not_conflict():
    text = "Corker said he endorsed the deal. McConnell said he did not endorse the deal."
    a = _event_at(text, "endorsed the deal", "endorsed", "reported", type_="SUPPORT")
    b = _event_at(text, "did not endorse the deal", "endorse", "negated", type_="SUPPORT")
    a = Event(**{**a.__dict__, "actor": Participant("Corker", "USA", None, 0, 6, "e1")})
    b = Event(**{**b.__dict__, "actor": Participant("McConnell", "USA", None, 39, 48, "e2")})
    ents = [Entity("e1", "Bob Corker", "PERSON", None, "USA", "LEG", ()),
            Entity("e2", "Mitch McConnell", "PERSON", None, "USA", "LEG", ())]
    doc, ctx = _ctx(None, text, events=[a, b], entities=ents)
    assert C.extract(doc, ctx) == []
    b = Event(**{**b.__dict__, "actor": Participant("Corker", "USA", None, 39, 48, "e1")})
    doc, ctx = _ctx(None, text, events=[a, b], entities=ents)
    assert len(C.extract(doc, ctx)) == 1


def test_extractor_with_no_events_or_counts_is_empty():
    doc, ctx = _ctx(None, "Nothing happened.")
    assert C.extract(doc, ctx) == []


# --- golden: the seed article through the whole pipeline ------------------------------------

def test_seed_letter_vs_denial_is_found_and_nothing_else(seed_result, seed_text, shared_dir):
    import json

    gold = json.loads((shared_dir / "data" / "seed" / "us-iran-2020-01-06.gold.json").read_text())
    [g] = gold["contradictions"]
    ga, gb = seed_text.index(g["a"]), seed_text.index(g["b"])
    letter = (ga, ga + len(g["a"]))
    # Esper's paragraph(s): from "Secretary of Defense Mark Esper" to "prepare to leave."
    esper = (seed_text.index("Secretary of Defense Mark Esper"), seed_text.index("prepare to leave") + 16)

    def hits(span, rng):
        return span.start < rng[1] and rng[0] < span.end

    found = seed_result.contradictions
    assert any(hits(c.a, letter) and hits(c.b, (gb, gb + len(g["b"]))) for c in found)
    for c in found:   # precision: every pair is the letter against Esper's denial
        assert hits(c.a, letter) and hits(c.b, esper), c


def test_extractor_caps_pairs_per_article_and_keeps_text_order():
    from eventwire.ontology.contradictions import rules

    pos, neg = "The U.S. will withdraw its forces. ", "The U.S. is not withdrawing its forces. "
    text = (pos + neg) * 8
    events, i = [], 0
    while (i := text.find("The U.S.", i)) >= 0:
        sent = text[i:text.index(".", i + 9) + 1]
        trig = "withdrawing" if "not" in sent else "withdraw"
        fact = "negated" if "not" in sent else "future"
        t = text.index(trig, i)
        events.append(Event("RETREAT", None, fact, Participant("U.S.", "USA", None, i, i + 4, None),
                            None, None, None, Span.of(text, i, i + len(sent)), None,
                            trigger=Span.of(text, t, t + len(trig))))
        i += 1
    doc, ctx = _ctx(None, text, events=events)
    found = C.extract(doc, ctx)
    assert len(found) == rules().max_per_article < 8 * 8
    assert [(c.a.start, c.b.start) for c in found] == sorted((c.a.start, c.b.start) for c in found)


def test_work_per_statement_is_bounded_on_a_huge_sentence(nlp):
    """One 30,000-character sentence with 1,500 places and 400 events: locate() and the
    contradictions extractor stay cheap (they used to climb and scan the whole sentence per call)."""
    import time

    from eventwire.extract import places

    unit = "the minister said troops from Iran and Iraq met in Baghdad and will not withdraw "
    text = unit * 370
    doc, ctx = _ctx(nlp, text)
    ctx.results["places"] = places.extract(doc, ctx)
    assert len(list(doc.sents)) < 5 and len(ctx.results["places"]) > 1000
    events, i = [], 0
    while (i := text.find("withdraw", i + 1)) >= 0 and len(events) < 400:
        fact = "negated" if len(events) % 2 else "future"
        events.append(Event("RETREAT", None, fact, Participant("troops", "IRN", None, i - 60, i - 54, None),
                            None, None, None, Span.of(text, i - 60, i + 8), None,
                            trigger=Span.of(text, i, i + 8)))
    ctx.results["events"] = events
    t = time.perf_counter()
    located = [places.locate(ctx, e.evidence.start, e.evidence.end) for e in events]
    C.extract(doc, ctx)
    assert time.perf_counter() - t < 10.0
    assert all(loc is not None for loc in located)
