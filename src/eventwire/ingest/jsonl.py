"""JSONL: one article per line, ``{"id", "text", "published"?, "title"?, "url"?, "publisher"?, "author"?}``.

``read_stream`` reads a binary stream line by line, so only one line is in memory at a time (a
JSONL file of any size, or a pipe on stdin), and never more than ``settings.MAX_LINE_BYTES`` of
it: a longer line is one ``E_TOO_LONG`` problem and the rest of it is skipped unread. Any
failure on one line (JSON nested deeper than Python's recursion limit raises ``RecursionError``)
is a problem for that line and the next line is read.

``published`` must be an ISO date, ``YYYY-MM-DD``, optionally followed by an ISO time
(``2020-01-06T12:30:00Z``): anything else (``"20200106"``, ``"2020-W01-1"``, the number
``20200106``, ``"2020-01-06<script>"``) is ``E_DATE``. Only the date part is stored.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from .. import settings
from ..records import Article, Problem
from .files import too_long
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


#: An ISO date, optionally with an ISO time and zone; nothing before or after it.
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?")


def valid_date(value: Any) -> bool:
    """True for a string holding an ISO date (``YYYY-MM-DD``, a real day), optionally with a time."""
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value[:10])
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
    pub = obj.get("published")
    pub = published if pub is None or pub == "" else pub
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
    """One article per line, read lazily; a bad line (bytes, JSON, fields, length) is one Unreadable item."""
    from . import Unreadable

    limit = settings.MAX_LINE_BYTES
    for lineno, line_bytes in enumerate(_lines(stream, limit), 1):
        where = f"{source_id}:{lineno}"
        if line_bytes is None:
            yield Unreadable(where, Problem("E_TOO_LONG", too_long(where, "MAX_LINE_BYTES", limit)))
        elif line_bytes.strip():
            yield _line_item(where, line_bytes, published)


def _line_item(where: str, line_bytes: bytes, published: str | None) -> "Item":
    """The article of one JSONL line, or the problem that stops it (never raises for the line)."""
    from . import Unreadable

    line = decode(where, line_bytes)
    if isinstance(line, Problem):
        return Unreadable(where, line)
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Unreadable(where, Problem("E_JSON", f"{where}: not valid JSON ({exc})"))
    except RecursionError:
        return Unreadable(where, Problem("E_JSON", f"{where}: JSON nested too deeply to read"))
    try:
        return to_article(obj, where, published)
    except RecursionError:
        return Unreadable(where, Problem("E_FIELDS", f"{where}: a field is nested too deeply to read"))


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines of ``stream`` without their newline, None for a line over ``limit`` bytes (its rest is
    read in 1 MiB pieces and dropped, so memory stays under ``limit`` whatever the line length)."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line == line[:limit] + b"\n":
            yield line.removesuffix(b"\n")
            continue
        while not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            if not line:
                break
        yield None
