"""Settings of same-story clustering (``data/store/clustering.yaml``), loaded and checked once.

Not handled: per-corpus tuning; one threshold and window serve every corpus.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import OntologyError

_FILE = "store/clustering.yaml"
_PATH = Path(__file__).resolve().parent / "data" / _FILE


def fail(relative: str, line: int | None, message: str) -> OntologyError:
    return OntologyError(f"bad data in {relative}: {message}")


def read_yaml(relative: str) -> Any:
    try:
        return yaml.safe_load(_PATH.read_text(encoding="utf8"))
    except (OSError, yaml.YAMLError) as exc:
        raise OntologyError(f"cannot read {_PATH}: {exc}") from exc


@dataclass(frozen=True)
class ClusterSettings:
    num_perm: int
    shingle_words: int
    threshold: float
    window_days: int
    seed: int
    max_group_events: int


def _number(data: dict, key: str, kind: type, low: float, high: float) -> float:
    value = data.get(key)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
        raise fail(_FILE, None, f"'{key}' must be a number in [{low}, {high}], got {value!r}")
    if kind is int and not isinstance(value, int):
        raise fail(_FILE, None, f"'{key}' must be an integer, got {value!r}")
    return value


@functools.lru_cache(maxsize=1)
def cluster_settings() -> ClusterSettings:
    """The bundled clustering settings; OntologyError if the file is malformed."""
    data = read_yaml(_FILE)
    if not isinstance(data, dict):
        raise fail(_FILE, None, "top level must be a mapping")
    return ClusterSettings(
        num_perm=int(_number(data, "num_perm", int, 16, 1024)),
        shingle_words=int(_number(data, "shingle_words", int, 1, 10)),
        threshold=float(_number(data, "threshold", float, 0.01, 1.0)),
        window_days=int(_number(data, "window_days", int, 0, 3650)),
        seed=int(_number(data, "seed", int, 0, 2**31)),
        max_group_events=int(_number(data, "max_group_events", int, 2, 10_000)))
