"""WARC and WARC.gz files (e.g. news-crawl): one article per HTML or plain-text capture (warcio).

``response`` records with an HTML payload go through the HTML reader (trafilatura: main text,
title, date, author); ``resource`` / ``response`` records with a ``text/plain`` payload are taken
as they are. The article id is ``FILE#TARGET-URI``; its URL is the WARC target URI. When the page
carries no date, the capture date (``WARC-Date``) is used, else ``--published``.

``read_stream`` reads a binary stream record by record (a file or stdin), so only one record's
payload is in memory at a time, and never more than its limit after decompression
(``settings.MAX_HTML_BYTES`` for HTML, ``settings.MAX_RECORD_BYTES`` for text): a larger
payload is one ``E_TOO_LONG`` problem, the rest of it is skipped in bounded pieces, and the
next record is read. A truncated gzip stream is detected on the way through. A capture date
(``WARC-Date``) that does not start with an ISO date is ignored.

Not handled: ``revisit`` records (deduplicated captures: no payload), non-200 responses,
PDF or other binary payloads (skipped), ARC (pre-WARC) files.
"""
from __future__ import annotations

import dataclasses
import gzip
import io
import zlib
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from .. import settings
from ..records import Article, Problem
from .files import read_bounded, too_long
from .html import article_from_html
from .text import decode

if TYPE_CHECKING:
    from . import Item


def looks_like_warc(head: bytes) -> bool:
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(head)) as fh:
                head = fh.read(8)
        except (OSError, EOFError):
            return False
    return head.startswith(b"WARC/")


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        return (record.http_headers.get_header("Content-Type") or "").lower()
    return (record.rec_headers.get_header("Content-Type") or "").lower()


def _article(source_id: str, record: Any, published: str | None) -> "Item | None":
    """The article in one WARC record, None when the record carries no page."""
    from . import Unreadable

    if record.rec_type not in ("response", "resource"):
        return None
    if record.http_headers is not None and record.http_headers.get_statuscode() not in (None, "200"):
        return None
    ctype, uri = _content_type(record), record.rec_headers.get_header("WARC-Target-URI") or ""
    item_id = f"{source_id}#{uri}"
    if "html" not in ctype and not ctype.startswith("text/plain"):
        return None  # PDF, images ...: skipped without reading the payload
    capture = _capture_date(record)
    setting = "MAX_HTML_BYTES" if "html" in ctype else "MAX_RECORD_BYTES"
    limit = int(getattr(settings, setting))
    payload = read_bounded(record.content_stream(), limit)
    if len(payload) > limit:
        return Unreadable(item_id, Problem("E_TOO_LONG", too_long(item_id, setting, limit)))
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise ValueError(f"record {uri or '?'} is truncated: {missing} byte(s) of its Content-Length missing")
    if "html" in ctype:
        item = article_from_html(item_id, payload, None, url=uri or None)
        if isinstance(item, Article) and item.published is None:
            item = dataclasses.replace(item, published=capture or published)
        return item
    if ctype.startswith("text/plain"):
        text = decode(item_id, payload)
        if isinstance(text, Problem):
            return Unreadable(item_id, text)
        return Article(id=item_id, text=text, published=capture or published, url=uri or None,
                       source=source_id)
    return None


def _capture_date(record: Any) -> str | None:
    """The day of the capture (``WARC-Date``), None when the header does not start with an ISO date."""
    from .jsonl import valid_date

    day = (record.rec_headers.get_header("WARC-Date") or "")[:10]
    return day if valid_date(day) else None


def read(source_id: str, raw: bytes, published: str | None) -> Iterator["Item"]:
    """Every page captured in the WARC bytes ``raw``; see ``read_stream``."""
    return read_stream(source_id, io.BytesIO(raw), published)


def read_stream(source_id: str, stream: IO[bytes], published: str | None) -> Iterator["Item"]:
    """Every page captured in the WARC, lazily; a broken record ends the file with one E_WARC problem."""
    from warcio.archiveiterator import ArchiveIterator

    from . import Unreadable

    found, watch = 0, GzipWatch(stream)
    try:
        for record in ArchiveIterator(watch):
            item = _article(source_id, record, published)
            if item is not None:
                found += 1
                yield item
    except Exception as exc:  # noqa: BLE001 - warcio raises many types (even AttributeError) on bad input
        yield Unreadable(source_id, Problem("E_WARC", f"{source_id}: WARC record unreadable after "
                                                      f"{found} page(s) ({exc})"))
        return
    watch.drain()
    if not watch.complete():
        yield Unreadable(source_id, Problem("E_WARC", f"{source_id}: the gzip stream ends early (file truncated) "
                                                      f"after {found} page(s); the last record is lost"))
    elif not found:
        yield Unreadable(source_id, Problem("E_WARC", f"{source_id}: no HTML or text pages in the WARC"))


class GzipWatch:
    """A read-through wrapper that checks that a gzip stream is complete (every member ends).

    warcio silently drops a last record whose gzip member is cut off; this catches that case
    while warcio reads, without a second pass (so it also works on stdin). A stream that does not
    start with the gzip magic bytes is not checked (``complete()`` is True).
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.head = stream, b""
        self.gzip: bool | None = None
        self.member: Any = None
        self.ok = True

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self._feed(data)
        return data

    def drain(self) -> None:
        """Read (and check) whatever the reader left unread."""
        while self.read(1 << 16):
            pass

    def complete(self) -> bool:
        return not self.gzip or (self.ok and self.member is None)

    def _feed(self, data: bytes) -> None:
        if self.gzip is None:
            self.head += data
            if len(self.head) < 2 and data:
                return
            self.gzip, data, self.head = self.head.startswith(b"\x1f\x8b"), self.head, b""
        while self.gzip and self.ok and data:
            if self.member is None:
                self.member = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                self.member.decompress(data, 1 << 20)
                while self.member.unconsumed_tail and not self.member.eof:
                    self.member.decompress(self.member.unconsumed_tail, 1 << 20)
            except zlib.error:
                self.ok = False
                return
            data = self.member.unused_data if self.member.eof else b""
            if self.member.eof:
                self.member = None
