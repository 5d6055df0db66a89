"""Exceptions and problem codes.

Exception tree::

    EventwireError                 base of everything eventwire raises on purpose
    ├── InputError                 a source cannot be read at all (missing path, bad format name)
    │   └── GoldError              a gold file for ``eventwire eval`` is malformed
    ├── ModelError                 the spaCy pipeline named by --model cannot be loaded
    ├── OntologyError              a bundled data file fails validation when loaded
    ├── OutputError                an output file or folder cannot be written (read-only, missing)
    ├── StoreError                 the database cannot be opened or written (locked, disk full,
    │                              damaged, truncated, or a DuckDB file that is not an eventwire store)
    └── ClusterError               a batch cannot run: Dask missing or unreachable, a worker died

Problems are not exceptions: one bad article becomes a ``Problem`` record with a stable code
from ``PROBLEM_CODES`` and the batch goes on.
"""
from __future__ import annotations


class EventwireError(Exception):
    """Base class; ``code`` is a stable identifier shown to users."""

    code = "E_EVENTWIRE"


class InputError(EventwireError):
    code = "E_INPUT"


class GoldError(InputError):
    """A gold-standard file given to ``eventwire eval`` is malformed (says which file and where)."""

    code = "E_GOLD"


class ModelError(EventwireError):
    code = "E_MODEL"


class OntologyError(EventwireError):
    code = "E_ONTOLOGY"


class OutputError(EventwireError):
    """An export or output path cannot be written (permissions, read-only file system, not a folder)."""

    code = "E_OUTPUT"


class StoreError(EventwireError):
    code = "E_STORE"


class ClusterError(EventwireError):
    """The run's workers failed: the Dask extra is missing, the scheduler is unreachable, or a
    worker process died. Everything committed before stays; rerunning resumes."""

    code = "E_CLUSTER"


#: Stable problem codes attached to one article. Never renumber or reuse a code.
PROBLEM_CODES: dict[str, str] = {
    "E_EMPTY": "the article has no text (empty or whitespace only)",
    "E_BINARY": "the input looks like binary data, not text",
    "E_DECODE": "the input is not valid UTF-8",
    "E_TOO_LONG": "the article, or the input holding it, is longer than the limits allow (settings.MAX_*)",
    "E_JSON": "a JSONL line is not valid JSON",
    "E_FIELDS": "a JSONL record lacks a required field or has one of the wrong type",
    "E_DATE": "the publication date is not an ISO date (YYYY-MM-DD)",
    "E_READ": "the input file could not be read",
    "E_HTML": "no main text could be extracted from the HTML",
    "E_FEED": "the feed could not be parsed or has no items",
    "E_WARC": "a WARC record could not be read",
    "E_EXTRACTOR": "one extractor failed on this article; its records are missing",
    "E_FETCH": "eventwire watch: a feed or page could not be fetched (timeout, HTTP error, redirect loop, not HTML)",
    "W_SUMMARY_ONLY": "eventwire watch: a feed item has only a summary and no link to its page; the summary is stored",
    "E_PROCESS": "the article could not be processed or stored (the parser failed on it); it has no records",
    "W_UNBALANCED_QUOTES": "quotation marks are unbalanced; quotes near them may be missing",
}
