"""JSONL: one article per line, ``{"id", "text", "published"?, "title"?, "url"?, "publisher"?, "author"?}``.

``read_stream`` reads a binary stream line by line, so only one line is in memory at a time (a
JSONL file of any size, or a pipe on stdin). Not handled: a single line larger than memory.
"""
from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from ..records import Article, Problem
from .text import decode

if TYPE_CHECKING:
    from . import Item


def looks_like_jsonl(head: bytes) -> bool:
    """True when the first line is a JSON object with a "text" field."""
    first = head.split(b"\n", 1)[0]
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and "text" in obj


def valid_date(value: Any) -> bool:
    try:
        dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True


def to_article(obj: Any, fallback_id: str, published: str | None) -> "Item":
    from . import Unreadable

    if not isinstance(obj, dict):
        return Unreadable(fallback_id, Problem("E_FIELDS", f"{fallback_id}: a line is JSON but not an object"))
    bad = [k for k in ("id", "text", "title", "url", "publisher", "author") if not _encodable(obj.get(k))]
    if bad:
        return Unreadable(fallback_id, Problem("E_DECODE", f"{fallback_id}: field(s) {', '.join(bad)} hold a "
                                                           f"lone surrogate escape (e.g. \\ud800): not valid Unicode"))
    aid = str(obj.get("id") if obj.get("id") is not None else fallback_id)
    text = obj.get("text")
    if not isinstance(text, str):
        return Unreadable(aid, Problem("E_FIELDS", f"{aid}: field 'text' is missing or not a string"))
    pub = obj.get("published") or published
    if pub is not None and not valid_date(pub):
        return Unreadable(aid, Problem("E_DATE", f"{aid}: published {pub!r} is not YYYY-MM-DD"))
    return Article(id=aid, text=text, published=str(pub)[:10] if pub else None,
                   title=obj.get("title") if isinstance(obj.get("title"), str) else None,
                   url=obj.get("url") if isinstance(obj.get("url"), str) else None, source=fallback_id,
                   publisher=_text(obj, "publisher"), author=_text(obj, "author"))


def _encodable(value: Any) -> bool:
    """False for a string with a lone UTF-16 surrogate (JSON "\\ud800" without its pair)."""
    if not isinstance(value, str):
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(obj: dict[str, Any], key: str) -> str | None:
    """An optional string field (``publisher``, ``author``); anything else is ignored."""
    value = obj.get(key)
    return value if isinstance(value, str) and value.strip() else None


def read(source_id: str, raw: bytes, published: str | None) -> Iterator["Item"]:
    """One article per line of ``raw``; see ``read_stream``."""
    return read_stream(source_id, io.BytesIO(raw), published)


def read_stream(source_id: str, stream: IO[bytes], published: str | None) -> Iterator["Item"]:
    """One article per line, read lazily; a bad line (bytes, JSON or fields) is one Unreadable item."""
    from . import Unreadable

    for lineno, line_bytes in enumerate(stream, 1):
        line_bytes = line_bytes.removesuffix(b"\n")
        if not line_bytes.strip():
            continue
        where = f"{source_id}:{lineno}"
        line = decode(where, line_bytes)
        if isinstance(line, Problem):
            yield Unreadable(where, line)
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield Unreadable(where, Problem("E_JSON", f"{where}: not valid JSON ({exc})"))
            continue
        yield to_article(obj, where, published)
