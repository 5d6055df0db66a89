"""Helpers shared by the event-rule tests: the events of a one-line article and their
(type, actor name, recipient name) triples."""
from __future__ import annotations

from eventwire.pipeline import process
from eventwire.records import Article


def events(text: str):
    return process(Article(id="t", text=text, published="2020-03-05")).events


def coded(text: str):
    return [(e.type, e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
            for e in events(text)]


def types(text: str, published: str = "2020-03-05") -> list[str]:
    """The types of the events of a story published on ``published``."""
    return [e.type for e in process(Article(id="t", text=text, published=published)).events]


def dated(text: str, published: str) -> list[tuple[str, str, str | None]]:
    """(type, trigger, date) of each event of a one-line story published on ``published``."""
    return [(e.type, e.trigger.text, e.date) for e in process(Article(id="t", text=text, published=published)).events]


def sides(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, trigger, actor name, recipient name) of each event of a story published on ``published``."""
    return [(e.type, e.trigger.text, e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
            for e in process(Article(id="t", text=text, published=published)).events]


def of_type(text: str, typ: str, published: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger, actor name, recipient name) of the events of type ``typ`` in a story published on ``published``."""
    return [(trig, actor, recip) for t, trig, actor, recip in sides(text, published) if t == typ]


def factual(text: str, published: str) -> list[tuple[str, str, str]]:
    """(type, trigger, factuality) of each event of a story published on ``published``."""
    return [(e.type, e.trigger.text, e.factuality)
            for e in process(Article(id="t", text=text, published=published)).events]
