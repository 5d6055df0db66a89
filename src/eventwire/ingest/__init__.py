"""Readers: one module per source format, each yielding ``Article`` or ``Unreadable`` items.

``read_sources(paths)`` walks files, directories and ``-`` (stdin), picks a reader per file by
extension (or content, for stdin) unless ``source_format`` forces one, and never raises for a
bad item: an item that cannot be read becomes ``Unreadable`` with a problem code.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

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
#: file extension -> format name
EXTENSIONS: dict[str, str] = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
                              ".html": "html", ".htm": "html", ".xhtml": "html", ".rss": "feed",
                              ".atom": "feed", ".xml": "feed", ".warc": "warc", ".warc.gz": "warc"}


def detect_format(name: str, head: bytes) -> str:
    """Pick a format from the file extension, else from the first bytes."""
    lower = name.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if lower.endswith(ext):
            return EXTENSIONS[ext]
    return sniff(head)


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
    """Yield every article (or Unreadable) from the given paths, in order."""
    if source_format is not None and source_format not in READERS:
        raise InputError(f"unknown source format {source_format!r}; choose from {sorted(READERS)}")
    for path in iter_files(paths):
        try:
            raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as exc:
            yield Unreadable(path, Problem("E_READ", f"{path}: {exc.strerror or exc}"))
            continue
        fmt = source_format or (sniff(raw[:4096]) if path == "-" else detect_format(path, raw[:4096]))
        yield from READERS[fmt]("stdin" if path == "-" else path, raw, published)
