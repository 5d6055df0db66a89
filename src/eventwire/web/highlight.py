"""Article text cut into segments, each knowing which records cover it, for the article view.

Records overlap freely (an entity inside a quote inside an event's evidence sentence), so the
text is cut at every start and end of every span; each segment carries the set of
annotations covering it. The template renders a segment as one ``<span>`` whose classes name
the kinds and whose ``data-*`` attributes list the record ids, so a link ``#r-<record_id>``
can light up every segment of a record and scroll to its first one.

Not handled: spans outside the text are clipped, empty or inverted spans are dropped; offsets
are code points of the text as stored (the store keeps the article text exactly as given).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Annotation:
    """A span of one record: ``kind`` (quote, entity, event, count, date, cue, contra) and its id."""

    start: int
    end: int
    kind: str
    record_id: str
    label: str = ""
    speaker: str | None = None


@dataclass
class Segment:
    text: str
    start: int
    annotations: list[Annotation] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # record ids whose first segment this is

    @property
    def kinds(self) -> list[str]:
        return sorted({a.kind for a in self.annotations})

    def ids(self, kind: str) -> str:
        return " ".join(a.record_id for a in self.annotations if a.kind == kind)

    @property
    def speaker(self) -> str | None:
        return next((a.speaker for a in self.annotations if a.kind == "quote"), None)

    @property
    def title(self) -> str:
        return " | ".join(dict.fromkeys(a.label for a in self.annotations if a.label))


def _clip(ann: Annotation, n: int) -> Annotation | None:
    start, end = max(0, ann.start), min(n, ann.end)
    if start >= end:
        return None
    return Annotation(start, end, ann.kind, ann.record_id, ann.label, ann.speaker)


def segments(text: str, annotations: Iterable[Annotation]) -> list[Segment]:
    """Cut ``text`` at every annotation boundary; O((segments + annotations) · overlap)."""
    anns = sorted((a for a in (_clip(a, len(text)) for a in annotations) if a), key=lambda a: (a.start, -a.end))
    cuts = sorted({0, len(text), *(a.start for a in anns), *(a.end for a in anns)})
    out: list[Segment] = []
    active: list[Annotation] = []
    seen: set[str] = set()
    i = 0
    for left, right in zip(cuts, cuts[1:]):
        active = [a for a in active if a.end > left]
        while i < len(anns) and anns[i].start == left:
            active.append(anns[i])
            i += 1
        seg = Segment(text[left:right], left, list(active))
        for a in active:
            if a.record_id not in seen:
                seen.add(a.record_id)
                seg.anchors.append(a.record_id)
        out.append(seg)
    return out


def record_annotations(records: dict[str, Sequence[dict[str, Any]]]) -> list[Annotation]:
    """Annotations from the article_* query rows (keys: entities, quotes, events, counts, dates,
    contradictions); rows without a usable span are skipped."""
    out: list[Annotation] = []

    def add(start: Any, end: Any, kind: str, rid: str, label: str = "", speaker: str | None = None) -> None:
        if isinstance(start, int) and isinstance(end, int):
            out.append(Annotation(start, end, kind, rid, label, speaker))

    for e in records.get("entities", ()):
        for start, end in e.get("mentions") or ():
            add(start, end, "entity", e["record_id"], _entity_label(e))
    for q in records.get("quotes", ()):
        add(q["start"], q["end"], "quote", q["record_id"], f"{q['kind']} quote: {q.get('speaker') or 'unknown'}",
            q.get("speaker"))
        add(q.get("cue_start"), q.get("cue_end"), "cue", q["record_id"], "cue")
    for ev in records.get("events", ()):
        add(ev["evidence_start"], ev["evidence_end"], "event", ev["record_id"], _event_label(ev))
    for c in records.get("counts", ()):
        add(c["start"], c["end"], "count", c["record_id"], f"count {c['value']:g} {c['category']}")
    for d in records.get("dates", ()):
        add(d["start"], d["end"], "date", d["record_id"], f"date {d.get('date') or '?'}")
    for c in records.get("contradictions", ()):
        add(c["a_start"], c["a_end"], "contra", f"{c['record_id']}-a", f"contradiction: {c['reason']}")
        add(c["b_start"], c["b_end"], "contra", f"{c['record_id']}-b", f"contradiction: {c['reason']}")
    return out


def _entity_label(e: dict[str, Any]) -> str:
    extra = ", ".join(x for x in (e.get("role"), e.get("country"), e.get("sector")) if x)
    return f"{e['type']} {e['name']}" + (f" ({extra})" if extra else "")


def _event_label(ev: dict[str, Any]) -> str:
    actor = ev.get("actor_name") or ev.get("actor_country") or "?"
    recipient = ev.get("recipient_name") or ev.get("recipient_country") or "?"
    return f"{ev['type']} {actor} → {recipient} ({ev['factuality']})"
