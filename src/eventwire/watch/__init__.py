"""``eventwire watch``: follow feeds and folders, store what is new, cluster it, raise alerts.

``watch(sources, db, ...)`` runs passes (``passes.Pass``) every ``every`` seconds until
interrupted (SIGINT or SIGTERM end it between two steps of a pass; the next start resumes) or
once (``once=True``, for cron). It holds ``DB.writer.lock`` for its whole life, so a second
writer (``watch`` or ``run``) gets a clear error, and holds the database only while a pass
stores (never while it fetches or sleeps), so ``eventwire serve`` on the same file stays up and
follows it (``store/live.py``). See docs/watch.md.
"""
from __future__ import annotations

import importlib
import signal
import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any

from .. import settings

if TYPE_CHECKING:
    from ..ontology.watch import WatchSettings
    from .alerts import Rule
    from .passes import Pass, PassSummary
    from .sources import Source, parse_sources

__all__ = ["watch", "parse_sources", "parse_every", "Pass", "PassSummary", "Source"]

#: names re-exported from submodules, imported on first use: importing this package (as every
#: ``eventwire`` command does to build its parser) loads no store, fetcher or extractor
_LAZY = {"Pass": ".passes", "PassSummary": ".passes", "Source": ".sources", "parse_sources": ".sources"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse_every(text: str) -> float:
    """``90``, ``90s``, ``15m``, ``2h``, ``1d`` -> seconds; ValueError otherwise."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    text = text.strip().lower()
    unit = units.get(text[-1:], None)
    number = float(text[:-1] if unit else text)
    if not number > 0:
        raise ValueError(f"{text!r} is not a positive duration")
    return number * (unit or 1)


def _sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def watch(sources: list[str], db: str, every: float | None = None, once: bool = False,
          model: str = settings.DEFAULT_MODEL, rules: list[Rule] | None = None, webhooks: list[str] | None = None,
          cfg: WatchSettings | None = None, report: Callable[[str], None] | None = None,
          on_pass: Callable[[PassSummary], None] | None = None) -> int:
    """Run passes until interrupted (or one with ``once``); return the number of passes done."""
    from ..ontology.watch import watch_settings
    from ..store.live import writer_lock
    from .passes import Pass
    from .sources import parse_sources

    cfg = cfg or watch_settings()
    say = report or (lambda line: print(f"eventwire watch: {line}", file=sys.stderr, flush=True))
    parsed = parse_sources(sources)
    every = cfg.every_seconds if every is None else every
    previous = signal.signal(signal.SIGTERM, _sigterm)
    done = 0
    try:
        with writer_lock(db, "watch"):
            while True:
                began = time.monotonic()
                summary = Pass(db, parsed, model=model, rules=rules, cfg=cfg, say=say).run()
                done += 1
                say(f"pass {done}: {summary.line()}")
                _fire(summary, db, webhooks or [], cfg, say)
                if on_pass:
                    on_pass(summary)
                if once:
                    return done
                time.sleep(max(0.0, every - (time.monotonic() - began)))
    finally:
        signal.signal(signal.SIGTERM, previous)


def _fire(summary: PassSummary, db: str, webhooks: list[str], cfg: WatchSettings,
          say: Callable[[str], None]) -> None:
    from .alerts import describe, payload
    from .fetch import FetchFailed, post_json

    for alert in summary.alerts:
        say(describe(alert))
        for url in webhooks:
            try:
                post_json(url, payload(alert, db), cfg)
            except FetchFailed as exc:
                say(f"webhook failed: {exc}")
