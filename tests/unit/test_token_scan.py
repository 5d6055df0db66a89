"""What the extractors' shortcuts rely on.

The pipeline gives each Doc the text it was parsed from as its ``text`` (``token_scan.known_text``)
because spaCy's tokenizer is lossless; ``event_noise.link_lists`` scans only a text that holds a
no-break space (or "Â") because every match of its pattern holds one.
"""
from __future__ import annotations

from eventwire.extract import event_noise, token_scan
from eventwire.ontology.lexicons import dates_lexicon
from eventwire.text_repair import repair
from tests.conftest import SEED_TEXT
from tests.news_sentences import SENTENCES

TEXTS = [SEED_TEXT.read_text(encoding="utf8"), "\n\n  Lead.  \n", "tabs\tand\u00a0no-break\u00a0spaces ",
         "â€œMis-decoded,â€\u009d he said.\r\n", " \u2003 ", *SENTENCES]


def test_a_doc_is_the_text_it_was_parsed_from(nlp):
    for text in TEXTS:
        fixed = repair(text)
        for source in (text, text if fixed is None else fixed.text):
            assert nlp(source).text == source


def test_known_text_keeps_only_a_text_of_the_docs_length(nlp):
    doc = nlp("The minister resigned on Monday.")
    token_scan.known_text(doc, "Another text.")
    assert token_scan.text(doc) == "The minister resigned on Monday."
    doc = nlp("The minister resigned on Monday.")
    given = "The minister resigned on Monday."
    token_scan.known_text(doc, given)
    assert token_scan.text(doc) is given


def test_every_link_list_match_holds_a_no_break_space():
    # (the label alternative of _link_pattern is built with one; the dates.yaml one must open on one)
    assert dates_lexicon().link_lists.pattern.lstrip("(?:").startswith("\\u00a0|Â)")
    links = "Police fired tear gas.\u00a0Ten hurt in Vadodara\u00a0Curfew in Ahmedabad\u00a0Bandh called today\n"
    assert event_noise._link_pattern().search(links)
    assert not event_noise._NO_BREAK.search(links.replace("\u00a0", " "))
    assert not event_noise._link_pattern().search(links.replace("\u00a0", " "))
