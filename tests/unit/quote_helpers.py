"""Helpers shared by the quote tests: run the quotes extractor on a short text, on its written-down
parse when quote_parses.py has one (no model parse)."""
from __future__ import annotations

from hand_docs import hand_doc
from quote_parses import PARSES

from eventwire.extract import Context, quotes
from eventwire.records import Article, Entity


def run(nlp, text: str, entities: list[Entity] | None = None) -> tuple[list, Context]:
    """The quotes of ``text``, on its written-down parse (quote_parses.py), else ``nlp``'s."""
    doc = hand_doc(PARSES[text]) if text in PARSES else nlp(text)
    ctx = Context(article=Article("t", text), doc=doc)
    ctx.results["entities"] = entities or []
    return quotes.extract(doc, ctx), ctx


def only(found: list, kind: str | None = None):
    picked = [q for q in found if kind is None or q.kind == kind]
    assert len(picked) == 1, [(q.kind, q.text) for q in found]
    return picked[0]


def check_offsets(text: str, found: list) -> None:
    for q in found:
        assert text[q.start:q.end] == q.text
        for span in (q.speaker_mention, q.cue, *q.pieces):
            if span is not None:
                assert text[span.start:span.end] == span.text
