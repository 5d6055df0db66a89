"""Extractors: pure functions ``(doc, ctx) -> list[record]``, run in the order of EXTRACTORS.

Each extractor reads the spaCy ``Doc`` and what earlier extractors produced
(``ctx.results["entities"]`` ...). None does I/O or mutates the Doc. A failure in one
becomes an ``E_EXTRACTOR`` problem for that article; the others still run.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import Article, Problem

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Context:
    """What an extractor may read besides the Doc: the article and earlier results."""

    article: Article
    doc: "Doc"
    results: dict[str, list[Any]] = field(default_factory=dict)
    #: scratch space shared between extractors of one article (e.g. an entity index)
    cache: dict[str, Any] = field(default_factory=dict)
    #: warnings about this article an extractor wants reported (e.g. W_UNBALANCED_QUOTES)
    problems: list[Problem] = field(default_factory=list)


Extractor = Callable[["Doc", Context], list[Any]]


def _registry() -> tuple[tuple[str, Extractor], ...]:
    from . import contradictions, counts, dates, entities, events, places, quotes

    return (
        ("entities", entities.extract),
        ("dates", dates.extract),
        ("counts", counts.extract),
        ("places", places.extract),
        ("quotes", quotes.extract),
        ("events", events.extract),
        ("contradictions", contradictions.extract),
    )


EXTRACTORS = _registry()
