"""Extractors: pure functions ``(doc, ctx) -> list[record]``, run in the order of EXTRACTORS.

Each extractor reads the spaCy ``Doc`` and what earlier extractors produced
(``ctx.results["entities"]`` ...). None does I/O or mutates the Doc. A failure in one
becomes an ``E_EXTRACTOR`` problem for that article; the others still run.

Every step declares the results it reads (``Step.requires``) and assigns its own name, as spaCy
components declare ``requires``/``assigns``: the order is checked when this module is imported
(``check_order``), and while a step runs, reading a result it did not declare raises
(``Results``) instead of silently getting nothing.
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
    results: dict[str, list[Any]] = field(default_factory=lambda: Results())
    #: scratch space shared between extractors of one article (e.g. an entity index)
    cache: dict[str, Any] = field(default_factory=dict)
    #: warnings about this article an extractor wants reported (e.g. W_UNBALANCED_QUOTES)
    problems: list[Problem] = field(default_factory=list)
    #: the repair ``article.text`` was made by (text_repair.Repair), or None: what maps an offset
    #: back onto the text as given, for what leaves the pipeline unmapped (trace's candidates)
    repair: Any = None


class Results(dict):
    """``ctx.results``: while a step runs (``reader`` set), reading a result the step did not
    declare in ``requires`` raises KeyError naming the step and the result."""

    reader: str | None = None
    allowed: frozenset[str] = frozenset()

    def _check(self, key: Any) -> None:
        if self.reader is not None and key not in self.allowed:
            raise KeyError(f"extractor {self.reader!r} reads ctx.results[{key!r}] but does not declare it "
                           f"(Step.requires in eventwire/extract/__init__.py)")

    def get(self, key: Any, default: Any = None) -> Any:
        self._check(key)
        return super().get(key, default)

    def __getitem__(self, key: Any) -> Any:
        self._check(key)
        return super().__getitem__(key)


Extractor = Callable[["Doc", Context], list[Any]]


@dataclass(frozen=True)
class Step:
    """One extractor: its name (= the result it assigns), function and the results it reads."""

    name: str
    fn: Extractor
    requires: tuple[str, ...] = ()

    def __call__(self, doc: "Doc", ctx: Context) -> list[Any]:
        results = ctx.results
        if not isinstance(results, Results):
            return self.fn(doc, ctx)
        old = results.reader, results.allowed
        results.reader, results.allowed = self.name, frozenset(self.requires)
        try:
            return self.fn(doc, ctx)
        finally:
            results.reader, results.allowed = old


def check_order(steps: tuple[Step, ...]) -> None:
    """RuntimeError unless every step's ``requires`` are assigned by earlier steps."""
    done: set[str] = set()
    for step in steps:
        missing = set(step.requires) - done - {step.name}   # a step may read its own (partial) result
        if missing:
            raise RuntimeError(f"extractor {step.name!r} requires {sorted(missing)}, which no earlier step assigns")
        done.add(step.name)


def _registry() -> tuple[Step, ...]:
    from . import contradictions, counts, dates, entities, events, places, quotes

    steps = (
        Step("entities", entities.extract),
        Step("dates", dates.extract),
        Step("counts", counts.extract),
        Step("places", places.extract),
        Step("quotes", quotes.extract, ("entities",)),
        Step("events", events.extract, ("entities", "dates", "counts", "places", "quotes")),
        Step("contradictions", contradictions.extract, ("entities", "dates", "counts", "places", "quotes", "events")),
    )
    check_order(steps)
    return steps


STEPS = _registry()
#: (name, function) in run order; the function checks the results it reads (``Step``)
EXTRACTORS: tuple[tuple[str, Extractor], ...] = tuple((s.name, s) for s in STEPS)
