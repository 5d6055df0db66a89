"""Settings of ``eventwire watch`` and of serving a store while it is written
(``data/store/watch.yaml``), loaded and checked once.

Not handled: per-feed settings (one timeout, retry and politeness policy for every host).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import OntologyError

_FILE = "store/watch.yaml"
_PATH = Path(__file__).resolve().parent / "data" / _FILE


@dataclass(frozen=True)
class WatchSettings:
    timeout_seconds: float
    retries: int
    backoff_seconds: float
    host_delay_seconds: float
    max_redirects: int
    max_feed_bytes: int
    max_page_bytes: int
    user_agent: str
    every_seconds: float
    writer_wait_seconds: float
    serve_refresh_seconds: float
    webhook_timeout_seconds: float


#: name -> (type, lowest, highest) of every numeric setting
_LIMITS: dict[str, tuple[type, float, float]] = {
    "timeout_seconds": (float, 0.1, 600), "retries": (int, 0, 10), "backoff_seconds": (float, 0, 600),
    "host_delay_seconds": (float, 0, 600), "max_redirects": (int, 0, 50),
    "max_feed_bytes": (int, 1024, 2**31), "max_page_bytes": (int, 1024, 2**31),
    "every_seconds": (float, 1, 7 * 86400), "writer_wait_seconds": (float, 0, 3600),
    "serve_refresh_seconds": (float, 0, 3600), "webhook_timeout_seconds": (float, 0.1, 600)}


def _read() -> Any:
    try:
        return yaml.safe_load(_PATH.read_text(encoding="utf8"))
    except (OSError, yaml.YAMLError) as exc:
        raise OntologyError(f"cannot read {_PATH}: {exc}") from exc


def _number(data: dict, key: str) -> float:
    kind, low, high = _LIMITS[key]
    value = data.get(key)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
        raise OntologyError(f"bad data in {_FILE}: '{key}' must be a number in [{low}, {high}], got {value!r}")
    if kind is int and not isinstance(value, int):
        raise OntologyError(f"bad data in {_FILE}: '{key}' must be an integer, got {value!r}")
    return kind(value)


@functools.lru_cache(maxsize=1)
def watch_settings() -> WatchSettings:
    """The bundled watch settings; OntologyError if the file is malformed."""
    from .. import __version__

    data = _read()
    if not isinstance(data, dict) or not isinstance(data.get("user_agent"), str) or not data["user_agent"].strip():
        raise OntologyError(f"bad data in {_FILE}: a mapping with a non-empty 'user_agent' is needed")
    numbers = {key: _number(data, key) for key in _LIMITS}
    return WatchSettings(user_agent=data["user_agent"].format(version=__version__), **numbers)  # type: ignore[arg-type]
