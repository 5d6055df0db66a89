"""RSS and Atom feed files: one article per item (feedparser).

An item's text is its full content (``content:encoded`` / Atom ``content``) when present, else its
summary, turned from HTML into plain text (paragraph and line breaks kept as newlines). Title,
link, author and date come from the item; the feed's title is the publisher.

Not handled: fetching the linked pages (no network at run time: feeds that carry only a teaser
give teaser-length articles); enclosures; feeds split over pages.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..records import Article, Problem

if TYPE_CHECKING:
    from . import Item

_BLOCK = re.compile(r"(?i)<\s*(br|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*/?\s*>")
_TAG = re.compile(r"<[^>]+>")
_BLANKS = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\n\s*\n+")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: block ends become newlines, entities are unescaped."""
    import html

    text = html.unescape(_TAG.sub("", _BLOCK.sub("\n", fragment)))
    lines = [_BLANKS.sub(" ", line).strip() for line in text.split("\n")]
    return _LINES.sub("\n\n", "\n".join(lines)).strip()


def _entry_text(entry: Any) -> str:
    for part in entry.get("content") or []:
        if part.get("value"):
            return html_to_text(part["value"])
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def looks_like_feed(head: bytes) -> bool:
    lower = head[:2048].lower()
    return b"<rss" in lower or (b"<feed" in lower and b"atom" in lower) or b"<rdf:rdf" in lower


def read(source_id: str, raw: bytes, published: str | None) -> Iterator["Item"]:
    """One Article per feed item; a feed with no readable items is one E_FEED problem."""
    import feedparser

    from . import Unreadable

    parsed = feedparser.parse(raw)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield Unreadable(source_id, Problem("E_FEED", f"{source_id}: no feed items found{why}"))
        return
    publisher = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        item_id = f"{source_id}#{entry.get('id') or entry.get('link') or n}"
        yield Article(id=item_id, text=_entry_text(entry), published=_entry_date(entry) or published,
                      title=entry.get("title") or None, url=entry.get("link") or None, source=source_id,
                      publisher=publisher, author=entry.get("author") or None)
