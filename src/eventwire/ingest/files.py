"""Files as input: lossless ids for any file name, refusal of special files, bounded reads.

- ``path_id(path)`` is the id a file's items are stored under. A name that is valid UTF-8 is
  kept as it is; a name holding bytes that are not UTF-8 (``bad\\xff.txt`` from a Latin-1
  archive, which Python carries as lone surrogates) is written with every such byte as the four
  characters ``\\xNN`` and every backslash doubled, so ``path_bytes(path_id(p)) ==
  os.fsencode(p)`` always holds (lossless) and the id is valid Unicode that DuckDB, Arrow and
  JSON accept. Not handled: telling such an escaped id from a valid UTF-8 name that literally
  contains ``\\xNN`` text (the id alone does not say which it is; ``path_bytes`` assumes escaped).
- ``refusal(path, in_folder, store)`` says why a path must not be read: found while walking a
  folder, only regular files are read (a FIFO would block forever, a symlink to ``/dev/zero``
  never ends); a path named on the command line may also be a FIFO (``<(zcat x.jsonl.gz)``),
  never a device or socket; the store the run writes, and the files beside it that it owns
  (``DB.wal``, ``DB.writer.lock``, ``DB.shards/``: ``StoreGuard``), are never input.
- ``read_bounded(stream, limit)`` reads at most ``limit + 1`` bytes, so an over-long input is
  known without reading it whole.
"""
from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

_ESCAPE = re.compile(r"\\\\|\\x([0-9a-f]{2})")


def path_id(path: str) -> str:
    """The stored id of ``path``: itself when it is valid Unicode, else the escaped form (see module doc)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(path) if _fs_surrogates(path) else path.encode("utf-8", "surrogatepass")
        return raw.replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")
    return path


def _fs_surrogates(path: str) -> bool:
    """True when every lone surrogate in ``path`` is a surrogateescape'd byte (U+DC80..U+DCFF)."""
    return all(0xDC80 <= ord(ch) <= 0xDCFF for ch in path if 0xD800 <= ord(ch) <= 0xDFFF)


def path_bytes(stored: str) -> bytes:
    """The file name bytes behind an escaped ``path_id`` (inverse of ``path_id`` for such names)."""
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(stored):
        out += stored[pos:m.start()].encode("utf-8")
        out += bytes([int(m.group(1), 16)]) if m.group(1) else b"\\"
        pos = m.end()
    out += stored[pos:].encode("utf-8")
    return bytes(out)


@dataclass(frozen=True)
class StoreGuard:
    """What of an input folder belongs to the store being written: the store file itself (by
    identity, so a hard link or symlink to it counts) and every file beside it that the store
    owns, named ``DB.<something>`` (``DB.wal``, ``DB.writer.lock``, ``DB.shards/...``)."""

    real: str | None = None
    ids: frozenset[tuple[int, int]] = frozenset()

    @classmethod
    def of(cls, db: str | os.PathLike[str] | None) -> "StoreGuard":
        if db is None:
            return cls()
        real = os.path.realpath(os.fspath(db))
        return cls(real, frozenset(identities([real])))

    def owns(self, path: str, st: os.stat_result) -> bool:
        if (st.st_dev, st.st_ino) in self.ids:
            return True
        if self.real is None:
            return False
        real = os.path.realpath(path)
        return real == self.real or real.startswith(self.real + ".")


def identities(paths: Iterable[str]) -> set[tuple[int, int]]:
    """(device, inode) of those ``paths`` that exist."""
    out = set()
    for p in paths:
        try:
            st = os.stat(p)
        except OSError:
            continue
        out.add((st.st_dev, st.st_ino))
    return out


def refusal(path: str, in_folder: bool, store: StoreGuard) -> str | None:
    """Why ``path`` must not be read (a sentence), or None when it may be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None  # opening it will say why (E_READ)
    if store.owns(path, st):
        return "is the store this run writes to (or a file of it: WAL, lock, shards); it is never read as input"
    if stat.S_ISREG(st.st_mode) or (stat.S_ISFIFO(st.st_mode) and not in_folder):
        return None
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode)
            or stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
    where = " found in an input folder" if in_folder else ""
    return f"is {kind}{where}; only regular files are read (name a pipe explicitly, or use '-' for stdin)"


def read_bounded(stream: IO[bytes], limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``stream`` (one more than allowed tells that it is too long)."""
    chunks, left = [], limit + 1
    while left > 0:
        data = stream.read(min(left, 1 << 20))
        if not data:
            break
        chunks.append(data)
        left -= len(data)
    return b"".join(chunks)


def too_long(source_id: str, setting: str, limit: int) -> str:
    """The message of an E_TOO_LONG problem for an input over the byte limit ``settings.<setting>``."""
    return (f"{source_id}: more than {limit:,} bytes; the limit is settings.{setting} "
            f"(set the environment variable EVENTWIRE_{setting} to raise it)")
