"""Entities: one record per referent (PERSON ORG GPE LOC NORP), with role, country, sector.

Not implemented yet beyond the lookup helper other extractors use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records import Entity

if TYPE_CHECKING:
    from . import Context


def extract(doc: Any, ctx: "Context") -> list[Entity]:
    return []


def entity_at(ctx: "Context", start: int, end: int) -> Entity | None:
    """The entity one of whose mentions overlaps [start, end), preferring the longest overlap.

    Works after the entities extractor has run (``ctx.results["entities"]``); returns None
    before that or when no mention overlaps.
    """
    best, best_overlap = None, 0
    for ent in ctx.results.get("entities", ()):
        for m in ent.mentions:
            ov = min(end, m.end) - max(start, m.start)
            if ov > best_overlap:
                best, best_overlap = ent, ov
    return best
