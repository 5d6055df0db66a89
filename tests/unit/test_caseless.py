"""Names in text written without capitals (or all in capitals): dictionary and gazetteer matching
that does not depend on case (eventwire.extract.caseless), through the whole pipeline."""
from __future__ import annotations

from eventwire import Article, process
from eventwire.contract import validate
from eventwire.extract import caseless
from eventwire.ontology import data_path
from eventwire.ontology.actors import normalise

LOWER = ("ahmedabad: gujarat police arrested 63 vhp workers on friday after a mob set fire to "
         "shops in the city. chief minister narendra modi said the situation was under control. "
         "police fired at the mob near the railway station, a senior officer said.")


def _run(text: str):
    result = process(Article(id="t", text=text, published="2002-03-10"))
    assert validate(result.to_dict(), text) == []
    return result


def _entity(result, mention: str):
    return next((e for e in result.entities for m in e.mentions if m.text == mention), None)


def test_lower_case_article_gets_places_organisations_and_people():
    result = _run(LOWER)
    place = next(p for p in result.places if p.text == "ahmedabad")
    assert (place.name, place.country) == ("Ahmedabad", "IND")
    police = _entity(result, "gujarat police")
    assert police is not None and (police.type, police.country, police.sector) == ("ORG", "IND", "COP")
    vhp = _entity(result, "vhp workers")
    assert vhp is not None and vhp.country == "IND"
    modi = _entity(result, "narendra modi")
    assert modi is not None and modi.type == "PERSON" and modi.country == "IND"


def test_event_actor_is_coded_in_lower_case_text():
    result = _run(LOWER)
    arrests = [e for e in result.events if e.actor and e.actor.start is not None
               and LOWER[e.actor.start:e.actor.end] == "gujarat police"]
    assert arrests and all(e.actor.country == "IND" for e in arrests)


def test_common_words_that_are_names_are_not_matched():
    text = ("it may be a nice day in the valley, he said, and the reading of the turkey bill will "
            "be over soon. the sabha met on monday and an aid group sent food.")
    result = _run(text)
    found = {m.text for e in result.entities for m in e.mentions} | {p.text for p in result.places}
    assert not found & {"may", "nice", "valley", "reading", "turkey", "will", "aid group", "sabha"}


def test_one_word_city_needs_its_country_named():
    # "sabha" is a Libyan city in the gazetteer and the Hindi for assembly
    assert not [p for p in _run("the vidhan sabha met in the morning, officials said.").places]
    assert [p.text for p in _run("protesters marched in sabha, libya, on monday.").places] == ["sabha", "libya"]


def test_all_caps_headline():
    text = "POLICE ARREST VHP WORKERS IN AHMEDABAD AFTER RIOTS\n\nThe police said on Friday that 63 people were held."
    result = _run(text)
    assert "AHMEDABAD" in {p.text for p in result.places}


def test_normally_written_text_is_not_matched_caselessly():
    text = ("It may be a nice day in Ahmedabad, he said. the police said nothing about china or the "
            "gujarat riots, Reuters reported from New Delhi on Friday.")
    result = _run(text)
    assert _entity(result, "gujarat") is None and _entity(result, "china") is None


def test_stop_list_is_normalised_and_keeps_names_listed_as_names():
    lines = [ln for ln in data_path("actors/caseless_stop.txt").read_text(encoding="utf8").splitlines()
             if ln and not ln.startswith("#")]
    assert all(ln == normalise(ln).lower() for ln in lines)
    assert {"turkey", "nice", "reading", "aid group"} <= set(lines)
    assert not {"china", "united states", "white house"} & set(lines)
    phrases = caseless.indexed_rules().phrases
    assert "TURKEY" not in phrases and "CHINA" in phrases and "UP" not in phrases


def test_the_phrase_index_is_built_only_for_text_without_capitals(nlp, monkeypatch):
    """Most articles have no sentence without capitals: they never pay for the ~50,000-phrase index."""
    from eventwire.extract import Context
    from eventwire.records import Article

    calls = []
    real = caseless._phrases
    monkeypatch.setattr(caseless, "_phrases", lambda *a: calls.append(1) or real(*a))
    caseless.rules.cache_clear(), caseless.indexed_rules.cache_clear()
    try:
        text = "Iran fired missiles at two bases in Iraq on Tuesday, officials said."
        doc = nlp(text)
        assert caseless.name_spans(doc, Context(article=Article("a", text), doc=doc)) == []
        assert calls == []
        lower = "police arrested vhp workers in ahmedabad on sunday after the clashes in gujarat."
        doc = nlp(lower)
        assert caseless.name_spans(doc, Context(article=Article("b", lower), doc=doc))
        assert calls == [1]
    finally:
        caseless.rules.cache_clear(), caseless.indexed_rules.cache_clear()
