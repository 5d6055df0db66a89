"""Readers: one module per source format, each yielding ``Article`` or ``Unreadable`` items.

``read_sources(paths)`` walks files, directories and ``-`` (stdin), picks a reader per file by
extension (or content, for stdin) unless ``source_format`` forces one, and never raises for a
bad item: an item that cannot be read becomes ``Unreadable`` with a problem code.

Reading is lazy: directories are walked file by file, JSONL is read line by line and WARC record
by record (``STREAM_READERS``, also on stdin), so a corpus of any size streams through. Plain
text and HTML files are one article each, and an RSS/Atom file is parsed whole (feedparser):
those are read into memory one file at a time. ``count_items`` counts the items of countable
inputs cheaply (for a progress bar's total). Not handled: a single feed file larger than memory.
"""
from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from ..errors import InputError
from ..records import Article, Problem
from . import feed, html, jsonl, text, warc


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
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        elif os.path.exists(p):
            yield p
        else:
            raise InputError(f"no such file or directory: {p}")


def read_sources(paths: Iterable[str], published: str | None = None,
                 source_format: str | None = None) -> Iterator[Item]:
    """Yield every article (or Unreadable) from the given paths, in order, reading lazily."""
    if source_format is not None and source_format not in READERS:
        raise InputError(f"unknown source format {source_format!r}; choose from {sorted(READERS)}")
    for path in iter_files(paths):
        try:
            yield from _read_file(path, published, source_format)
        except OSError as exc:
            yield Unreadable(path, Problem("E_READ", f"{path}: {exc.strerror or exc}"))


def _read_file(path: str, published: str | None, source_format: str | None) -> Iterator[Item]:
    """The items of one file (or stdin); streamed when its format has a stream reader."""
    source_id = "stdin" if path == "-" else path
    with _open(path) as (stream, head):
        fmt = source_format or (sniff(head) if path == "-" else detect_format(path, head))
        if fmt in STREAM_READERS:
            yield from STREAM_READERS[fmt](source_id, stream, published)
        else:
            yield from READERS[fmt](source_id, stream.read(), published)


class _open:
    """Context manager: (binary stream positioned at the start, its first 4 KiB) for a path or '-'."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.fh: IO[bytes] | None = None

    def __enter__(self) -> tuple[IO[bytes], bytes]:
        if self.path == "-":
            head = sys.stdin.buffer.read(4096)
            return io.BufferedReader(_Prefixed(head, sys.stdin.buffer), 1 << 16), head
        self.fh = open(self.path, "rb")  # noqa: SIM115 - closed in __exit__
        head = self.fh.read(4096)
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
    per non-blank line (a byte scan). Stdin, RSS/Atom and WARC inputs make the count None.
    """
    total = 0
    for path in iter_files(paths):
        if path == "-":
            return None
        fmt = source_format or by_extension(path)
        if fmt in ("text", "html"):
            total += 1  # one item, even when unreadable: no need to open the file
            continue
        try:
            with open(path, "rb") as fh:
                fmt = fmt or detect_format(path, fh.read(4096))
                fh.seek(0)
                if fmt in ("feed", "warc"):
                    return None
                total += sum(1 for line in fh if line.strip()) if fmt == "jsonl" else 1
        except OSError:
            total += 1
    return total
