"""Plain text: one file (or stdin) is one article; its id is the path.

Its publication date is the one its file name or dateline carries (``pubdate.py``), else the
``--published`` value.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..records import Article, Problem
from . import pubdate

if TYPE_CHECKING:
    from . import Item


def decode(source_id: str, raw: bytes) -> "str | Problem":
    """Strict UTF-8 decoding; binary data and invalid bytes become problems, never guesses."""
    if b"\x00" in raw[:65536]:
        return Problem("E_BINARY", f"{source_id}: contains NUL bytes; looks like binary data, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Problem("E_DECODE", f"{source_id}: not valid UTF-8 at byte {exc.start} "
                       f"({raw[exc.start:exc.start + 4]!r}); convert the file to UTF-8")


def read(source_id: str, raw: bytes, published: str | None) -> Iterator["Item"]:
    from . import Unreadable

    text = decode(source_id, raw)
    if isinstance(text, Problem):
        yield Unreadable(source_id, text)
    else:
        # a date the file carries (name, dateline) wins over --published, as HTML/feed dates do
        yield Article(id=source_id, text=text, published=pubdate.for_text(source_id, text) or published,
                      source=source_id)
