"""The faster attribute-ruler matching (eventwire.fast_attributes) gives exactly spaCy's matches
and token attributes."""
from __future__ import annotations

import spacy

from eventwire import settings
from eventwire.fast_attributes import speed_up
from tests.conftest import SEED_TEXT
from tests.news_sentences import SENTENCES

#: sentences that reach every kind of pattern of en_core_web_sm's attribute ruler: IN lists
#: ("because", "n't"), NOT_IN, REGEX ("nothin'", "y'all"), two-token patterns ("gonna",
#: "let's", "there is"), DEP conditions ("i" as subject or object), whitespace tokens
TRICKY = ("I got it, but he gets it because i said so. Y'all ain't gonna say nothin', let's go.",
          "There is a dog and there are cats; c'mon, give it to me.\n\n   Spaced   out\t\ttext  ",
          "IT WAS NOT THE POLICE WHO FIRED, SAID THE MINISTER OF HOME AFFAIRS.", "x", "")


def _texts() -> list[str]:
    return [SEED_TEXT.read_text(encoding="utf8"), *SENTENCES, *TRICKY]


def test_matches_equal_spacy_matcher():
    nlp = spacy.load(settings.DEFAULT_MODEL)
    ruler = nlp.get_pipe("attribute_ruler")
    original = ruler.match
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(_texts()))
    assert speed_up(nlp)
    assert ruler.match is not original
    for doc in docs:
        assert ruler.match(doc) == original(doc), doc.text[:60]


def test_token_attributes_unchanged():
    plain, fast = spacy.load(settings.DEFAULT_MODEL), spacy.load(settings.DEFAULT_MODEL)
    speed_up(fast)
    attrs = lambda doc: [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in doc]  # noqa: E731
    for a, b in zip(plain.pipe(_texts()), fast.pipe(_texts())):
        assert attrs(a) == attrs(b)


def test_pipeline_uses_it(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # the instance's own match, not the class's


def test_unparsed_doc_falls_back_to_spacy():
    nlp = spacy.load(settings.DEFAULT_MODEL, exclude=["parser"])
    ruler = nlp.get_pipe("attribute_ruler")
    original = ruler.match
    speed_up(nlp)
    doc = nlp.make_doc("He did not go.")
    assert ruler.match(doc) == original(doc)
    assert speed_up(spacy.blank("en")) is False
