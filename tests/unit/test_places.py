"""Offline gazetteer, the places extractor and locate() (hand-built Docs and short model texts)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.extract import Context
from eventwire.extract import places
from eventwire.ontology import gazetteer as gz
from eventwire.records import Article, Location, Place


# --- gazetteer ------------------------------------------------------------------------------

def test_key_normalises_case_article_possessive_and_quotes():
    assert gz.key("the Persian Gulf’s") == "persian gulf"
    assert gz.key("  The   Middle East ") == "middle east"
    assert gz.key("WASHINGTON") == "washington"


@pytest.mark.parametrize("name, kind, country", [
    ("Iraq", "country", "IRQ"),
    ("U.S.", "country", "USA"),
    ("the United States", "country", "USA"),
    ("Britain", "country", "GBR"),
    ("Baghdad", "city", "IRQ"),
    ("Tehran", "city", "IRN"),
    ("Kiev", "city", "UKR"),                  # GeoNames alternate name
    ("Persian Gulf", "water", None),
    ("Strait of Hormuz", "water", None),
    ("Gulf of Oman", "water", None),
    ("Red Sea", "water", None),
    ("Suez Canal", "water", "EGY"),
    ("Middle East", "region", None),
    ("Capitol Hill", "landmark", "USA"),
    ("Africa", "continent", None),
])
def test_lookup_finds_countries_cities_regions_and_water(name, kind, country):
    best = gz.lookup(name)[0]
    assert (best.kind, best.country) == (kind, country)
    assert -90 <= best.lat <= 90 and -180 <= best.lon <= 180


@pytest.mark.parametrize("name, expected", [
    ("Virginia", ("Virginia", "region", "USA")),          # the state, not Virginia (South Africa)
    ("Florida", ("Florida", "region", "USA")),            # not Floridablanca's alternate name
    ("New York", ("New York City", "city", "USA")),
    ("Washington State", ("Washington State", "region", "USA")),
    ("White House", ("White House", "landmark", "USA")),  # not Casablanca's alternate name
])
def test_us_states_and_landmarks_beat_foreign_alternate_names(name, expected):
    e = gz.lookup(name)[0]
    assert (e.name, e.kind, e.country) == expected


def test_georgia_is_the_state_in_a_story_that_names_the_us_and_the_country_otherwise():
    doc = _doc(["U.S.", "and", "Georgia"], [("GPE", 0, 1), ("GPE", 2, 3)])
    assert places.extract(doc, _ctx(doc))[1].country == "USA"
    doc = _doc(["Russia", "and", "Georgia"], [("GPE", 0, 1), ("GPE", 2, 3)])
    assert places.extract(doc, _ctx(doc))[1].country == "GEO"


def test_word_of_a_person_name_is_not_a_place():
    doc = _doc(["Lester", "Holt", "asked", ".", "Lester", "said"], [("PERSON", 0, 2), ("GPE", 4, 5)])
    assert places.extract(doc, _ctx(doc)) == []


def test_country_beats_city_and_own_name_beats_alias():
    assert [e.kind for e in gz.lookup("Mexico")][:2] == ["country", "city"]
    assert gz.lookup("Georgia")[0].country == "GEO"
    assert gz.lookup("Congo")[0].country == "COD"      # hand-written alias overrides countryinfo


def test_country_centroids_and_unknown_names():
    iraq = gz.country("IRQ")
    assert (iraq.lat, iraq.lon) == (33.0, 44.0)
    assert gz.country("XXX") is None
    assert gz.lookup("Trump") == () and gz.lookup("") == ()
    assert gz.lookup("Island") == ()                    # a word countryinfo lists for Iceland


def test_every_entry_is_valid():
    for entries in gz.index().values():
        for e in entries:
            assert e.kind in gz.KINDS
            assert e.country is None or (len(e.country) == 3 and e.country.isupper())
    assert len(gz.index()) > 10_000


# --- extractor on hand-built Docs -----------------------------------------------------------

def _doc(words, ents, heads=None, deps=None):
    """A Doc with given entities (label, start, end token) and optional parse."""
    iob = ["O"] * len(words)
    for label, s, e in ents:
        iob[s] = f"B-{label}"
        for i in range(s + 1, e):
            iob[i] = f"I-{label}"
    kw = {}
    if heads is not None:
        kw = {"heads": heads, "deps": deps, "sent_starts": [True] + [False] * (len(words) - 1)}
    return Doc(Vocab(), words=words, ents=iob, **kw)


def _ctx(doc):
    return Context(article=Article(id="t", text=doc.text), doc=doc)


def test_extract_trims_article_and_keeps_offsets_into_the_text():
    doc = _doc(["Ships", "entered", "the", "Persian", "Gulf", "."], [("LOC", 2, 5)])
    ctx = _ctx(doc)
    [p] = places.extract(doc, ctx)
    assert (p.name, p.kind, p.text) == ("Persian Gulf", "water", "Persian Gulf")
    assert doc.text[p.start:p.end] == p.text


def test_extract_skips_labels_that_are_not_places_and_person_names():
    doc = _doc(["Jordan", "met", "Jordan", "in", "Paris"],
               [("PERSON", 0, 1), ("GPE", 2, 3), ("GPE", 4, 5)])
    got = places.extract(doc, _ctx(doc))
    assert [p.name for p in got] == ["Paris"]


def test_weak_label_only_matches_regions_and_landmarks():
    doc = _doc(["On", "Capitol", "Hill", "and", "in", "Iraq"], [("ORG", 1, 3), ("ORG", 5, 6)])
    assert [p.name for p in places.extract(doc, _ctx(doc))] == ["Capitol Hill"]


def test_ambiguous_city_prefers_a_country_the_article_names():
    doc = _doc(["Britain", "and", "Birmingham"], [("GPE", 0, 1), ("GPE", 2, 3)])
    assert places.extract(doc, _ctx(doc))[1].country == "GBR"
    doc = _doc(["The", "United", "States", "and", "Birmingham"], [("GPE", 1, 3), ("GPE", 4, 5)])
    assert places.extract(doc, _ctx(doc))[1].country == "USA"


def test_locate_uses_the_governing_preposition():
    #        0        1      2     3    4     5
    words = ["Troops", "were", "sent", "to", "Iraq", "."]
    doc = _doc(words, [("GPE", 4, 5)], heads=[2, 2, 2, 2, 3, 2],
               deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"])
    ctx = _ctx(doc)
    places.extract(doc, ctx)
    assert places.locate(ctx, 0, len(doc.text)) == Location("Iraq", "IRQ", 33.0, 44.0)
    assert places.locate(ctx, 0, 5, exclude=[(doc[4].idx, doc[4].idx + 4)]) is None


def test_locate_ignores_a_place_no_preposition_governs():
    words = ["Iran", "threatened", "Iraq", "."]
    doc = _doc(words, [("GPE", 0, 1), ("GPE", 2, 3)], heads=[1, 1, 1, 1],
               deps=["nsubj", "ROOT", "dobj", "punct"])
    ctx = _ctx(doc)
    places.extract(doc, ctx)
    assert places.locate(ctx, 0, len(doc.text)) is None


def test_locate_without_extract_returns_none():
    doc = _doc(["in", "Iraq"], [("GPE", 1, 2)], heads=[0, 0], deps=["ROOT", "pobj"])
    assert places.locate(_ctx(doc), 0, 7) is None


# --- with the model -------------------------------------------------------------------------

def _run(nlp, text):
    doc = nlp(text)
    ctx = Context(article=Article(id="t", text=text), doc=doc)
    return doc, ctx, places.extract(doc, ctx)


def test_model_seed_like_sentence(nlp):
    text = ("The warships are headed toward the Persian Gulf and could transit the Suez Canal "
            "within days, officials said in Washington.")
    doc, ctx, found = _run(nlp, text)
    names = [p.name for p in found]
    assert "Persian Gulf" in names and "Suez Canal" in names
    assert all(text[p.start:p.end] == p.text for p in found)
    ev = text.index("headed")
    assert places.locate(ctx, ev, ev + len("headed")).name == "Persian Gulf"


def test_model_prefers_prepositional_place_over_possessive(nlp):
    text = ("Soleimani was killed in a U.S. drone strike early Friday in Iraq as he was departing "
            "Baghdad's airport.")
    doc, ctx, found = _run(nlp, text)
    start = text.index("killed")
    loc = places.locate(ctx, start, text.index(" early"))
    assert loc is not None and loc.country == "IRQ" and loc.name == "Iraq"


def test_model_recipient_is_not_a_location(nlp):
    text = "Trump threatened to impose stiff sanctions on Iraq if it expelled U.S. troops."
    doc, ctx, _ = _run(nlp, text)
    assert places.locate(ctx, 0, len(text)) is None


def test_model_other_sentence_is_not_used(nlp):
    text = "Troops arrived in Kabul on Monday. The president praised them."
    doc, ctx, _ = _run(nlp, text)
    s = text.index("The president")
    assert places.locate(ctx, s, len(text)) is None
    assert places.locate(ctx, 0, 14).name == "Kabul"


def test_place_record_to_dict_is_contract_shaped():
    p = Place("Iraq", "IRQ", 33.0, 44.0, 3, 7, "Iraq", "country")
    assert p.to_dict() == {"name": "Iraq", "country": "IRQ", "lat": 33.0, "lon": 44.0,
                           "start": 3, "end": 7, "text": "Iraq", "kind": "country"}


def test_model_at_after_a_target_verb_is_not_a_location(nlp):
    text = "Iran is vowing to strike back at the United States."
    doc, ctx, found = _run(nlp, text)
    assert [p.country for p in found] == ["IRN", "USA"]
    assert places.locate(ctx, 0, len(text)) is None


def test_model_unattached_place_needs_a_strong_preposition(nlp):
    text = ("The warships are headed toward the Persian Gulf, entering a region where the Pentagon "
            "has already dispatched a brigade.")
    doc, ctx, _ = _run(nlp, text)
    s = text.index("dispatched")
    assert places.locate(ctx, s, len(text)) is None


def test_model_place_nearest_in_the_parse_wins(nlp):
    text = ("Soleimani, who was arguably the second most powerful figure in Iran, was killed in a "
            "U.S. drone strike early Friday in Iraq as he was departing Baghdad's airport.")
    doc, ctx, _ = _run(nlp, text)
    s = text.index("a U.S. drone strike")
    assert places.locate(ctx, s, s + len("a U.S. drone strike")).country == "IRQ"
    assert places.locate(ctx, 0, len(text)).country == "IRQ"


def test_seed_places_and_strike_location(seed_result, seed_text, shared_dir):
    """Golden: the seed's places are geocoded, and gold event locations are found."""
    import json

    got = {(p.text, p.country) for p in seed_result.places}
    assert {("Persian Gulf", None), ("Suez Canal", "EGY"), ("Middle East", None), ("Baghdad", "IRQ"),
            ("Tehran", "IRN"), ("Capitol Hill", "USA"), ("WASHINGTON", "USA")} <= got
    assert all(seed_text[p.start:p.end] == p.text for p in seed_result.places)
    gold = json.loads((shared_dir / "data" / "seed" / "us-iran-2020-01-06.gold.json").read_text())
    for g in gold["events"]:
        if "location_country" not in g:
            continue
        s = seed_text.index(g["evidence"])
        located = [e.location for e in seed_result.events if e.evidence.start < s + len(g["evidence"])
                   and s < e.evidence.end and e.type in g["accept"] and e.location]
        assert located and all(loc.country == g["location_country"] for loc in located), g["id"]
