"""Counts extractor: numbers tied to what they count, on hand-built parses of short texts (count_parses.py,
no model load); the seed article runs through the small model."""
from __future__ import annotations

import pytest
from count_parses import PARSES
from hand_docs import hand_doc

from eventwire.errors import OntologyError
from eventwire.extract import Context
from eventwire.extract.counts import extract, read_number
from eventwire.ontology import lexicons
from eventwire.records import Article


@pytest.fixture
def counts():
    def run(text: str):
        doc = hand_doc(PARSES[text])
        out = extract(doc, Context(article=Article(id="t", text=text), doc=doc))
        for c in out:
            assert c.text == text[c.start:c.end]
        return out
    return run


def one(found, text):
    hit = [c for c in found if c.text == text]
    assert len(hit) == 1, f"{text!r} not in {[c.text for c in found]}"
    return hit[0]


@pytest.mark.parametrize("text, span, value, category", [
    ("The Pentagon will send an additional 2,500 U.S. Marines to the region.", "2,500 U.S. Marines", 2500,
     "military_personnel"),
    ("It keeps 5,000 troops in the country.", "5,000 troops", 5000, "military_personnel"),
    ("It has dispatched a 4,000-soldier brigade from the 82nd Airborne Division.", "4,000-soldier brigade",
     4000, "military_personnel"),
    ("Two other Navy vessels are part of the flotilla.", "Two other Navy vessels", 2, "vessels"),
    ("We have targeted 52 Iranian sites.", "52 Iranian sites", 52, "targets"),
    ("They represent the 52 American hostages taken by Iran.", "52 American hostages", 52, "hostages"),
    ("It would force the administration to cease hostilities within 30 days.", "30 days", 30, "days"),
    ("Hundreds of protesters gathered outside the embassy.", "Hundreds of protesters", 100, "protesters"),
    ("A 4,000-strong force crossed the border.", "4,000-strong force", 4000, "military_personnel"),
    ("Nearly 2.5 million people voted.", "2.5 million people", 2_500_000, "people"),
    ("The army lost twenty-five tanks.", "twenty-five tanks", 25, "weapons"),
    ("Two hundred fifty troops arrived.", "Two hundred fifty troops", 250, "military_personnel"),
    # tolls, bare adjectives, demonyms, measures
    ("The death toll rose to 40 on Sunday.", "death toll rose to 40", 40, "killed"),
    ("The toll has climbed to 12.", "toll has climbed to 12", 12, "killed"),
    ("Some 1,200 dead were buried.", "1,200 dead", 1200, "killed"),
    ("At least 35 were killed in the blast.", "35", 35, "killed"),
    ("Police arrested 40 after the march.", "40", 40, "arrested"),
    ("It left 30 dead soldiers and 40 wounded.", "30 dead soldiers", 30, "killed"),
    ("It left 30 dead soldiers and 40 wounded.", "40 wounded", 40, "injured"),
    ("France has sent seven military experts.", "seven military experts", 7, "other"),
    ("It offered a $1-billion loan.", "$1-billion", 1_000_000_000, "money"),
    ("The EU provides €45m in support.", "€45m", 45_000_000, "money"),
    ("Twenty Iraqis gathered.", "Twenty Iraqis", 20, "people"),
    ("The rock rose 215 feet.", "215 feet", 215, "measures"),
])
def test_counted_nouns(counts, text, span, value, category):
    c = one(counts(text), span)
    assert (c.value, c.category) == (value, category)


@pytest.mark.parametrize("text, span, category", [
    ("At least 12 people were killed in the attack.", "12 people", "killed"),
    ("Police arrested 40 demonstrators on Sunday.", "40 demonstrators", "arrested"),
    ("Three soldiers were wounded by a roadside bomb.", "Three soldiers", "injured"),
    ("Three of the soldiers died in the blast.", "Three of the soldiers", "killed"),
    ("Hundreds of protesters were arrested.", "Hundreds of protesters", "arrested"),
    ("One civilian was killed.", "One civilian", "killed"),
])
def test_outcome_verbs_recategorise_people(counts, text, span, category):
    assert one(counts(text), span).category == category


def test_money_and_percent(counts):
    found = counts("The $2 billion package covers 40 percent of the budget, or 15% of aid, and 3 million euros.")
    money = one(found, "$2 billion")
    assert (money.value, money.category, money.unit) == (2_000_000_000, "money", "USD")
    assert one(found, "40 percent").category == "percent"
    assert one(found, "15%").value == 15
    euros = one(found, "3 million euros")
    assert (euros.value, euros.unit) == (3_000_000, "EUR")


def test_approximate_flags_bounds_and_vague_quantities(counts):
    found = counts("At least 12 people died, about 300 were hurt and dozens of homes burned; 5 boats sank.")
    assert one(found, "12 people").approximate
    assert one(found, "dozens of homes").approximate
    assert not one(found, "5 boats").approximate


@pytest.mark.parametrize("text", [
    "The country was invaded in 2003.",
    "The 2020 election was close.",
    "The meeting starts at 3 p.m. on Friday.",
    "Troops of the 82nd Airborne Division left.",
    "The F-35 program and Apollo 11 were expensive.",
    "Flight 370 vanished.",
    "It was one that could increase the risk.",
    "No one came, and one of them left.",
    "He left two years ago.",
    "The Pentagon announced it one day after the vote.",
    "The score was 3-2 in the second half.",
    "He was the second most powerful figure in Iran.",
    "Two-thirds of voters agreed, and three quarters of them stayed.",
    "He is 80 years old.",
    "This is one reason he is hurting.",
    "One of the advisers quit.",
    "The Dow fell 300 and he said 3 would go.",
])
def test_not_counts(counts, text):
    assert counts(text) == []


def test_an_age_is_no_count_but_the_person_arrested_is_one(counts):
    found = counts("A 45-year-old man was arrested.")
    assert [(c.text, c.value, c.category, c.claim) for c in found] == [("A 45-year-old man", 1, "arrested", None)]


def test_spans_are_tight_and_in_text_order(counts):
    text = "Officials said 2,500 Marines and 5,000 troops would go, along with two ships."
    found = counts(text)
    assert [c.text for c in found] == ["2,500 Marines", "5,000 troops", "two ships"]
    assert [c.start for c in found] == sorted(c.start for c in found)


def test_empty_and_numberless_docs(counts):
    assert counts("No numbers here at all.") == []
    assert counts(" ") == []


def test_read_number_words_and_scales():
    lex = lexicons.counts_lexicon()
    doc = hand_doc(PARSES["a dozen two hundred thousand 3bn"])
    assert read_number(doc, 0, lex).value == 12
    n = read_number(doc, 2, lex)
    assert (n.value, n.last) == (200_000, 4)
    assert read_number(doc, 5, lex).value == 3_000_000_000


def test_lexicon_categories_and_validation():
    lex = lexicons.counts_lexicon()
    assert lex.noun_category["troop"] == "military_personnel"
    assert {"killed", "money", "percent", "other"} <= lex.categories
    with pytest.raises(OntologyError, match="both"):
        lexicons._inverted({"categories": {"a": ["x"], "b": ["x"]}}, "categories", "t.yaml")
    with pytest.raises(OntologyError, match="must be int"):
        lexicons._mapping({"units": {"one": "1"}}, "units", "t.yaml")
    with pytest.raises(OntologyError, match="list of words"):
        lexicons._words({"w": "notalist"}, "w", "t.yaml")


def test_counts_on_seed_article(seed_text, nlp):
    doc = nlp(seed_text)
    found = {c.text: c for c in extract(doc, Context(article=Article(id="s", text=seed_text), doc=doc))}
    for span in ("2,500 U.S. Marines", "5,000 troops", "4,000-soldier brigade", "52 Iranian sites",
                 "52 American hostages", "30 days", "Two other Navy vessels"):
        assert span in found
    assert not any("82nd" in t or "2003" in t for t in found)
