"""Helpers shared by the scorers: reading prediction files, span overlap, gold-file errors."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import GoldError, InputError


def read_text(path: str | Path, what: str) -> str:
    """The UTF-8 text of ``path``; a missing or undecodable file is a GoldError naming ``what``."""
    try:
        return Path(path).read_text(encoding="utf8")
    except FileNotFoundError as exc:
        raise GoldError(f"{what} {str(path)!r} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{what} {str(path)!r} cannot be read: {exc}") from exc


def read_json(path: str | Path, what: str) -> Any:
    """The parsed JSON of a gold or data file; GoldError naming the file when it is not JSON."""
    try:
        return json.loads(read_text(path, what))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{what} {str(path)!r} is not JSON ({exc.msg}, line {exc.lineno})") from exc


def read_predictions(path: str | Path) -> Iterator[dict[str, Any]]:
    """Objects of an extract-output file: JSONL, or one JSON object or array (pretty-printed
    or not); a line that is not JSON is an InputError naming the line."""
    try:
        text = Path(path).read_text(encoding="utf8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"prediction file {str(path)!r} cannot be read: {exc}") from exc
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, (dict, list)):
        for n, obj in enumerate(whole if isinstance(whole, list) else [whole], 1):
            if not isinstance(obj, dict):
                raise InputError(f"{path}: item {n} is not a JSON object")
            yield obj
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not JSON ({exc.msg}); expected eventwire extract output") from exc
        if not isinstance(obj, dict):
            raise InputError(f"{path}:{n}: expected a JSON object per line, got {type(obj).__name__}")
        yield obj


def predictions_by_id(path: str | Path, field: str) -> dict[str, list[dict[str, Any]]]:
    """``{article id: obj[field]}`` for every object of a prediction file (last one wins)."""
    out = {}
    for n, obj in enumerate(read_predictions(path), 1):
        if "id" not in obj:
            raise InputError(f"{path}: object {n} has no 'id'")
        out[str(obj["id"])] = obj.get(field, [])
    return out


def hits(obj: dict[str, Any] | None, span: tuple[int, int]) -> bool:
    """True when a record with start/end overlaps ``span`` by at least one character."""
    return obj is not None and obj.get("start") is not None and min(obj["end"], span[1]) > max(obj["start"], span[0])


def need(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    """``obj[key]`` checked to be of ``kind``; otherwise a GoldError saying where."""
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: expected an object, got {type(obj).__name__}")
    if key not in obj:
        raise GoldError(f"{where}: missing field {key!r}")
    value = obj[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise GoldError(f"{where}: field {key!r} must be {names}, got {value!r}")
    return value
