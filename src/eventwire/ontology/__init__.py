"""Bundled lexicons and dictionaries: shared loading helpers.

Every data file lives under ``ontology/data/`` (optionally overlaid by a user directory, see
``loader``) and is read through ``loader``, once per process (``functools.lru_cache``), never
per article. Modules such as ``ontology.actors`` turn what they read into typed tables and raise
``OntologyError`` naming the file and line on bad data.
"""
from __future__ import annotations

from typing import Any

from .loader import DATA_DIR, content_hash, data_path, fail, read_json, read_tsv, read_yaml, typed, use, validate

#: Version of the bundled ontology data; bump when any data file changes meaning.
ONTOLOGY_VERSION = "0.1.0"

__all__ = ["DATA_DIR", "ONTOLOGY_VERSION", "content_hash", "data_path", "read_yaml", "read_json", "read_tsv",
           "fail", "typed", "use", "validate", "fingerprint", "word_list", "word_set"]


def fingerprint() -> str:
    """The ontology part of a run fingerprint: version + content hash of every data file of the
    active ontology (bundled and user layers), e.g. ``0.1.0+3f2a...``."""
    return f"{ONTOLOGY_VERSION}+{content_hash()}"


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
