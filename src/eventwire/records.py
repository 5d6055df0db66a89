"""Record types of the extract contract (``../shared/CONTRACT.md``).

One frozen dataclass per record type; ``to_dict()`` gives exactly the contract's JSON
shape. All offsets are Python code-point offsets into the article text as given.
Extractors build these; nothing else in the package invents the shape of a record.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any


#: the types ``_plain`` returns as they are without looking further (most values of a record)
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Turn nested records, tuples and dates into JSON-ready values."""
    if type(value) in _SCALARS:
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


class _Record:
    """Mixin: dataclass fields -> dict in declaration order."""

    def to_dict(self) -> dict[str, Any]:
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in fields(self))  # type: ignore[arg-type]
        return {name: _plain(getattr(self, name)) for name in names}


#: a record class's field names in declaration order, once per class (``dataclasses.fields``
#: rebuilds its tuple on every call: ``to_dict`` runs for every record of every article)
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True)
class Span(_Record):
    """A piece of the article: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])


@dataclass(frozen=True)
class Article:
    """One input document. ``published`` is an ISO date string or None."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    #: who published it (site name, feed title, URL host); the store counts sources by it
    publisher: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Entity(_Record):
    id: str
    name: str
    type: str  # PERSON ORG GPE LOC NORP
    role: str | None
    country: str | None
    sector: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True)
class Quote(_Record):
    text: str
    start: int
    end: int
    kind: str  # direct | partial | indirect
    speaker: str | None
    speaker_entity: str | None
    speaker_mention: Span | None
    cue: Span | None
    #: the quoted pieces of a quote its cue interrupts (“A,” he said. “B.”), which then spans
    #: from the first piece to the last; empty for a quote in one piece
    pieces: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Participant(_Record):
    """Actor or recipient of an event: the mention it was coded from."""

    name: str
    country: str | None
    sector: str | None
    start: int | None
    end: int | None
    entity: str | None
    #: the text names no one: the act's conventional agent (arrests -> police) is coded instead
    implied: bool = False


@dataclass(frozen=True)
class Location(_Record):
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Place(_Record):
    """A place mention geocoded from the bundled gazetteer (``text == article_text[start:end]``).

    ``country`` is ISO 3166 alpha-3, or None for seas and multi-country regions; ``kind`` is one
    of country, continent, region, water, landmark, city.
    """

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    start: int
    end: int
    text: str
    kind: str | None = None


@dataclass(frozen=True)
class Event(_Record):
    type: str
    mode: str | None
    factuality: str
    actor: Participant | None
    recipient: Participant | None
    date: str | None
    location: Location | None
    evidence: Span
    score: float | None
    trigger: Span | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    confidence: float | None = None
    #: names of the rules that made and kept the event (``extract/trace.py``; docs/events.md)
    rules: tuple[str, ...] = ()
    #: PLOVER context(s) of the event's CAMEO code ("military", "legal;military"), or None
    context: str | None = None
    #: where ``date`` comes from: "text" (a date expression on the event), "publication" (the
    #: article's date: the event is reported as current news), "story" (told in the past with no
    #: date of its own: the news day of an earlier sentence), or None when ``date`` is None
    #: (a past or background event with no date of its own)
    date_basis: str | None = None
    #: victims and detainees counted in the event's evidence ("37 people were killed": the count
    #: records of categories killed, injured, arrested ... whose span lies inside the evidence)
    counts: tuple["Count", ...] = ()
    #: evidence of later mentions of the same happening merged into this event (the lead repeated
    #: in the body): same type, mode, actor, recipient, date and factuality
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class CountClaim(_Record):
    """What comparing a figure with another statement of it needs, read off the parse by the
    counts extractor (contradictions inside an article; the store across articles).

    ``start``/``end``: the sentence the figure is stated in; ``head``: lemma of the counted noun
    ("people", "soldier"; None when the parse gives none); ``update``: an update, part or rate
    cue near the figure ("rose to", "including", "another", "a day"), so it is no standalone total."""

    start: int
    end: int
    head: str | None
    update: bool


@dataclass(frozen=True)
class Count(_Record):
    value: float
    text: str
    start: int
    end: int
    category: str
    #: the figure is a bound or an estimate ("at least 12", "about 300", "hundreds of")
    approximate: bool = False
    #: ISO 4217 currency code for money counts ("USD"), else None
    unit: str | None = None
    #: for categories that contradictions compare (killed, injured ...), else None
    claim: CountClaim | None = None


@dataclass(frozen=True)
class DateRef(_Record):
    text: str
    start: int
    end: int
    date: str | None
    #: precision of ``date``: "day" (YYYY-MM-DD), "week" (YYYY-MM-DD of the week's Monday),
    #: "month" (YYYY-MM), "year" (YYYY), or None when ``date`` is None
    granularity: str | None = None


@dataclass(frozen=True)
class Contradiction(_Record):
    a: Span
    b: Span
    reason: str


@dataclass(frozen=True)
class Problem(_Record):
    code: str
    message: str
    extractor: str | None = None


@dataclass
class ArticleResult:
    """Everything ``process(article)`` learned about one article (== the contract)."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    #: event candidates dropped, with the rule that dropped each (only with ``--explain``, else None)
    dropped: list[dict[str, Any]] | None = None

    RECORD_KINDS = ("entities", "quotes", "events", "counts", "dates", "contradictions", "places")

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.article.id, "published": self.article.published}
        if self.article.title is not None:
            out["title"] = self.article.title
        if self.article.url is not None:
            out["url"] = self.article.url
        for kind in self.RECORD_KINDS + ("problems",):
            out[kind] = [r.to_dict() for r in getattr(self, kind)]
        if self.dropped is not None:
            out["dropped"] = self.dropped
        return out


def record_id(article_id: str, kind: str, start: int | None, end: int | None, extra: str = "") -> str:
    """Deterministic id for a record: hash of article id + kind + span (+ extra)."""
    key = f"{article_id}\x1f{kind}\x1f{start}\x1f{end}\x1f{extra}"
    return hashlib.blake2b(key.encode("utf8"), digest_size=8).hexdigest()
