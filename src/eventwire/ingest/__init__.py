"""Readers: one module per source format, each yielding ``Article`` or ``Unreadable`` items.

``read_sources(paths)`` walks files, directories and ``-`` (stdin), picks a reader per file by
extension (or content, for stdin) unless ``source_format`` forces one, and never raises for a
bad item: an item that cannot be read becomes ``Unreadable`` with a problem code.

Reading is lazy: directories are walked file by file, JSONL is read line by line and WARC record
by record (``STREAM_READERS``, also on stdin), so a corpus of any size streams through. Plain
text and HTML files are one article each, and an RSS/Atom file is parsed whole (feedparser):
those are read into memory one file at a time, never more than their byte limit
(``settings.MAX_TEXT_BYTES``, ``MAX_HTML_BYTES``, ``MAX_FEED_BYTES``; JSONL lines and WARC
records have their own, see ``jsonl.py`` and ``warc.py``): a longer input is one ``E_TOO_LONG``
problem, read no further than the limit. ``count_items`` counts the items of countable inputs
cheaply (for a progress bar's total).

Hostile input (issue 14): in a folder only regular files are read (no FIFO, device, socket or
symlink to one) and the store being written (with its ``DB.*`` files) is never read (``files.refusal``: ``E_READ``); file
names that are not UTF-8 get a lossless escaped id (``files.path_id``); any exception a reader
raises on one file (a parser's ``RecursionError`` or ``MemoryError`` included) ends that file
with one ``E_READ`` problem and the next file is read.
"""
from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from ..errors import InputError
from ..records import Article, Problem
from .. import settings
from . import feed, html, jsonl, text, warc
from .files import StoreGuard, path_id, read_bounded, refusal, too_long


@dataclass(frozen=True)
class Unreadable:
    """An input item that produced no article; becomes a ``problems`` row."""

    id: str
    problem: Problem


Item = Article | Unreadable
Reader = Callable[[str, bytes, "str | None"], Iterator[Item]]

#: format name -> reader(source_id, raw bytes, published) ; extended by the other readers
READERS: dict[str, Reader] = {"text": text.read, "jsonl": jsonl.read, "html": html.read, "feed": feed.read,
                              "warc": warc.read}
#: format name -> reader(source_id, binary stream, published) for formats read lazily
STREAM_READERS: dict[str, Callable[[str, IO[bytes], "str | None"], Iterator[Item]]] = {
    "jsonl": jsonl.read_stream, "warc": warc.read_stream}
#: format name -> name of the ``settings`` byte limit of one whole-file input of that format
BYTE_LIMITS: dict[str, str] = {"text": "MAX_TEXT_BYTES", "html": "MAX_HTML_BYTES", "feed": "MAX_FEED_BYTES"}
#: file extension -> format name
EXTENSIONS: dict[str, str] = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
                              ".html": "html", ".htm": "html", ".xhtml": "html", ".rss": "feed",
                              ".atom": "feed", ".xml": "feed", ".warc": "warc", ".warc.gz": "warc"}


def detect_format(name: str, head: bytes) -> str:
    """Pick a format from the file extension, else from the first bytes."""
    return by_extension(name) or sniff(head)


def by_extension(name: str) -> str | None:
    """The format a file name's extension says, else None."""
    lower = name.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if lower.endswith(ext):
            return EXTENSIONS[ext]
    return None


def sniff(head: bytes) -> str:
    """Guess the format of unnamed input (stdin) from its first bytes."""
    stripped = head.lstrip()
    if stripped.startswith(b"{") and jsonl.looks_like_jsonl(stripped):
        return "jsonl"
    if warc.looks_like_warc(head):
        return "warc"
    if feed.looks_like_feed(stripped):
        return "feed"
    if html.looks_like_html(stripped):
        return "html"
    return "text"


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Expand directories (recursively, sorted); keep files and '-' as given."""
    for path, _ in walk(paths):
        yield path


def walk(paths: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """(path, found in a folder) for every file of ``paths``: directories expanded recursively,
    sorted, hidden names skipped; files and '-' as given. Symlinked folders are not followed."""
    for p in paths:
        if p == "-":
            yield p, False
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f), True
        elif os.path.exists(p) or os.path.islink(p):
            yield p, False
        else:
            raise InputError(f"no such file or directory: {p}")


def read_sources(paths: Iterable[str], published: str | None = None,
                 source_format: str | None = None, store: str | None = None) -> Iterator[Item]:
    """Yield every article (or Unreadable) from the given paths, in order, reading lazily.

    ``store`` is the DuckDB file the items go to: it (and its WAL, lock, shards) is refused as input.
    Any exception while reading one file becomes one ``E_READ`` item for it (after the items
    read before the failure) and reading goes on with the next file.
    """
    if source_format is not None and source_format not in READERS:
        raise InputError(f"unknown source format {source_format!r}; choose from {sorted(READERS)}")
    if published is not None and not jsonl.valid_date(published):
        raise InputError(f"--published {published!r} is not an ISO date (YYYY-MM-DD)")
    refused = StoreGuard.of(store)
    for path, in_folder in walk(paths):
        source_id = "stdin" if path == "-" else path_id(path)
        why = None if path == "-" else refusal(path, in_folder, refused)
        if why is not None:
            yield Unreadable(source_id, Problem("E_READ", f"{source_id}: {why}"))
            continue
        try:
            yield from _read_file(path, source_id, published, source_format)
        except OSError as exc:
            yield Unreadable(source_id, Problem("E_READ", f"{source_id}: {exc.strerror or exc}"))
        except Exception as exc:  # noqa: BLE001 - RecursionError, MemoryError, parser bugs: one problem, go on
            yield Unreadable(source_id, Problem("E_READ", f"{source_id}: reading failed "
                                                          f"({type(exc).__name__}: {str(exc)[:200]})"))


def _read_file(path: str, source_id: str, published: str | None, source_format: str | None) -> Iterator[Item]:
    """The items of one file (or stdin); streamed when its format has a stream reader, else read
    whole up to its byte limit (``BYTE_LIMITS``)."""
    with _open(path) as (stream, head):
        fmt = source_format or (sniff(head) if path == "-" else detect_format(path, head))
        if fmt in STREAM_READERS:
            yield from STREAM_READERS[fmt](source_id, stream, published)
            return
        setting = BYTE_LIMITS[fmt]
        limit = int(getattr(settings, setting))
        raw = read_bounded(stream, limit)
        if len(raw) > limit:
            yield Unreadable(source_id, Problem("E_TOO_LONG", too_long(source_id, setting, limit)))
        else:
            yield from READERS[fmt](source_id, raw, published)


class _open:
    """Context manager: (binary stream positioned at the start, its first 4 KiB) for a path, a
    FIFO or '-'."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.fh: IO[bytes] | None = None

    def __enter__(self) -> tuple[IO[bytes], bytes]:
        if self.path == "-":
            head = sys.stdin.buffer.read(4096)
            return io.BufferedReader(_Prefixed(head, sys.stdin.buffer), 1 << 16), head
        self.fh = open(self.path, "rb")  # noqa: SIM115 - closed in __exit__
        head = self.fh.read(4096)
        if not self.fh.seekable():  # a FIFO named on the command line
            return io.BufferedReader(_Prefixed(head, self.fh), 1 << 16), head
        self.fh.seek(0)
        return self.fh, head

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()


class _Prefixed(io.RawIOBase):
    """A raw stream that returns ``head`` and then the rest of ``stream`` (stdin after sniffing)."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self.head, self.stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buf: "bytearray | memoryview") -> int:  # type: ignore[override]
        data = self.head[:len(buf)] if self.head else self.stream.read(len(buf))
        self.head = self.head[len(data):]
        buf[:len(data)] = data
        return len(data)


def count_items(paths: Iterable[str], source_format: str | None = None) -> int | None:
    """How many items ``read_sources`` will yield, or None when that needs parsing.

    Cheap first pass for a progress bar: a text or HTML file is one item, a JSONL file one item
    per non-blank line (a byte scan in bounded chunks). Stdin, a FIFO, RSS/Atom and WARC inputs
    make the count None; a special file found in a folder is one (refused) item, never opened.
    """
    total = 0
    for path, in_folder in walk(paths):
        if path == "-":
            return None
        fmt = source_format or by_extension(path)
        regular = _is_regular(path)
        if fmt in ("text", "html") or (in_folder and not regular):
            total += 1  # one item, even when unreadable or refused: no need to open the file
            continue
        if not regular and os.path.exists(path):
            return None  # a pipe named on the command line: counting would consume it
        try:
            with open(path, "rb") as fh:
                fmt = fmt or detect_format(path, fh.read(4096))
                fh.seek(0)
                if fmt in ("feed", "warc"):
                    return None
                total += _nonblank_lines(fh) if fmt == "jsonl" else 1
        except OSError:
            total += 1
    return total


def _is_regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # missing or unreadable: opening it says why


def _nonblank_lines(fh: IO[bytes]) -> int:
    """Lines holding something other than whitespace, counted 1 MiB at a time (any line length)."""
    n, nonblank = 0, False
    while chunk := fh.read(1 << 20):
        parts = chunk.split(b"\n")
        for part in parts[:-1]:
            if nonblank or part.strip():
                n += 1
            nonblank = False
        nonblank = nonblank or bool(parts[-1].strip())
    return n + nonblank
