"""Bundled lexicons and dictionaries: shared loading helpers.

Every data file lives under ``ontology/data/`` and is read through these helpers, once per
process (``functools.lru_cache``), never per article. Modules such as ``ontology.actors`` parse
and validate what they read and raise ``OntologyError`` naming the file and line on bad data.

Not handled here: schema validation beyond "the file exists and parses"; each module checks
its own fields.
"""
from __future__ import annotations

import csv
import functools
from pathlib import Path
from typing import Any

from ..errors import OntologyError

#: Folder of the bundled data files.
DATA_DIR = Path(__file__).resolve().parent / "data"
#: Version of the bundled ontology data; bump when any data file changes meaning.
ONTOLOGY_VERSION = "0.1.0"

__all__ = ["DATA_DIR", "ONTOLOGY_VERSION", "data_path", "read_yaml", "read_tsv", "fail", "word_list", "word_set"]


def data_path(relative: str) -> Path:
    """Absolute path of a bundled data file; OntologyError if it is missing."""
    path = DATA_DIR / relative
    if not path.is_file():
        raise OntologyError(f"bundled data file {relative!r} is missing (looked in {DATA_DIR})")
    return path


def fail(relative: str, line: int | None, message: str) -> OntologyError:
    """Build (not raise) the OntologyError for a bad entry in a data file."""
    where = f"{relative}:{line}" if line is not None else relative
    return OntologyError(f"bad data in {where}: {message}")


def word_list(data: Any, name: str, relative: str, where: str = "") -> tuple[str, ...]:
    """The lower-cased words of list ``name`` in a parsed YAML mapping, in file order;
    OntologyError naming the file unless it is a non-empty list of non-blank strings (YAML reads
    a bare on/off/no as a boolean: such words must be quoted)."""
    value = data.get(name) if isinstance(data, dict) else None
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(relative, None, f"{where}{name!r} must be a non-empty list of words (quote on/off/no)")
    return tuple(v.strip().lower() for v in value)


def word_set(data: Any, name: str, relative: str, where: str = "") -> frozenset[str]:
    """``word_list`` as a set."""
    return frozenset(word_list(data, name, relative, where))


@functools.lru_cache(maxsize=64)
def read_yaml(relative: str) -> Any:
    """Parse a bundled YAML file (cached). Callers must not mutate the result."""
    import yaml

    try:
        with data_path(relative).open(encoding="utf8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        raise fail(relative, None, f"not valid YAML ({exc})") from exc


@functools.lru_cache(maxsize=64)
def read_tsv(relative: str, columns: int) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Rows of a bundled TSV file as ``(line_number, fields)`` (cached).

    Lines starting with ``#`` and blank lines are skipped; every other line must have exactly
    ``columns`` tab-separated fields (empty fields are allowed) or OntologyError is raised.
    """
    rows = []
    with data_path(relative).open(encoding="utf8", newline="") as fh:
        for number, fields in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not fields or not "".join(fields).strip() or fields[0].startswith("#"):
                continue
            if len(fields) != columns:
                raise fail(relative, number, f"expected {columns} tab-separated fields, got {len(fields)}")
            rows.append((number, tuple(f.strip() for f in fields)))
    return tuple(rows)
