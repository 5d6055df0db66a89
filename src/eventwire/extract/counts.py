"""counts: not implemented yet (returns no records)."""
from __future__ import annotations

from typing import Any


def extract(doc: Any, ctx: Any) -> list[Any]:
    return []
