"""Inline SVG for pages that must work without a script: the actor network and the brief's charts.

- ``network(edges, max_nodes)``: actors on a circle (most events first), dyads as arrows whose
  width grows with the number of events and whose colour is the mean score (red conflict, blue
  cooperation, grey neutral); every edge is a link to its dyad page.
- ``series_chart(series, start, end)``: daily values of one or more series on a calendar x axis
  (every day of [start, end] has its own place), a zero line, and lines that stop at days
  without events (no line is drawn through an empty day; a lone day is a dot).
- ``bars_chart(values, start, end)``: one bar per dated value on the same calendar axis.

All text goes through ``html.escape``; the output is a string of SVG markup for a Jinja
``|safe`` or a standalone file. Not handled: label collision on crowded axes (tick labels are
thinned to at most ``MAX_TICKS``), more than ``max_nodes`` actors (the rest are counted, not drawn).
"""
from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: Most date labels drawn on a calendar axis.
MAX_TICKS = 8
#: Colours of series, in order.
PALETTE = ("#c0392b", "#1f5fbf", "#4e9a06", "#8e44ad", "#e69500")


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def score_colour(score: float | None) -> str:
    """Red for conflict (negative mean score), blue for cooperation, grey around zero or unknown."""
    if score is None or abs(score) < 0.5:
        return "#8a8f98"
    strength = min(1.0, abs(score) / 10)
    if score < 0:
        return f"rgb({150 + int(90 * strength)},{90 - int(60 * strength)},{80 - int(50 * strength)})"
    return f"rgb({70 - int(40 * strength)},{110 - int(20 * strength)},{170 + int(70 * strength)})"


@dataclass(frozen=True)
class Node:
    key: str
    x: float
    y: float
    r: float
    events: int


def _nodes(edges: Sequence[dict[str, Any]], max_nodes: int, size: float) -> tuple[dict[str, Node], int]:
    totals: dict[str, int] = {}
    for e in edges:
        for k in (e["actor"], e["recipient"]):
            totals[k] = totals.get(k, 0) + int(e["events"])
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    kept, top = ranked[:max_nodes], max(totals.values(), default=1)
    centre, radius = size / 2, size / 2 - 150
    nodes = {}
    for i, key in enumerate(kept):
        angle = 2 * math.pi * i / max(1, len(kept)) - math.pi / 2
        nodes[key] = Node(key, centre + radius * math.cos(angle), centre + radius * math.sin(angle),
                          6 + 16 * math.sqrt(totals[key] / top), totals[key])
    return nodes, len(ranked) - len(kept)


def _edge(e: dict[str, Any], a: Node, b: Node, width: float) -> str:
    """A curved arrow from a to b (curving right, so both directions of a dyad stay apart)."""
    dx, dy = b.x - a.x, b.y - a.y
    dist = math.hypot(dx, dy) or 1.0
    ux, uy = dx / dist, dy / dist
    x1, y1, x2, y2 = a.x + ux * a.r, a.y + uy * a.r, b.x - ux * (b.r + 4), b.y - uy * (b.r + 4)
    cx, cy = (x1 + x2) / 2 - uy * dist * 0.12, (y1 + y2) / 2 + ux * dist * 0.12
    href = f"/dyads/{esc(_path(e['actor']))}/{esc(_path(e['recipient']))}"
    label = f"{e['actor']} → {e['recipient']}: {e['events']} event(s), mean score {e.get('mean_score')}"
    return (f'<a href="{href}" class="edge" data-actor="{esc(e["actor"])}" data-recipient="{esc(e["recipient"])}" '
            f'data-events="{int(e["events"])}"><title>{esc(label)}</title>'
            f'<path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" fill="none" '
            f'stroke="{score_colour(e.get("mean_score"))}" stroke-width="{width:.1f}" marker-end="url(#arrow)"/>'
            f'<path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" fill="none" stroke="transparent" '
            f'stroke-width="{max(width, 12):.1f}"/></a>')


def _path(key: str) -> str:
    from urllib.parse import quote

    return quote(str(key), safe="")


def network(edges: Sequence[dict[str, Any]], max_nodes: int = 40, size: int = 760) -> tuple[str, int]:
    """The SVG of the actor network and how many actors were left out (beyond ``max_nodes``)."""
    nodes, hidden = _nodes(edges, max_nodes, size)
    top = max((int(e["events"]) for e in edges), default=1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-150 0 {size + 300} {size}" class="network" '
             f'role="img" aria-label="actor network">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="11" markerHeight="11" '
             'markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/>'
             '</marker></defs>']
    for e in sorted(edges, key=lambda e: int(e["events"])):
        a, b = nodes.get(e["actor"]), nodes.get(e["recipient"])
        if a and b and a is not b:
            parts.append(_edge(e, a, b, 1.2 + 7 * math.sqrt(int(e["events"]) / top)))
    for n in nodes.values():
        anchor = "start" if n.x >= size / 2 else "end"
        lx = n.x + (n.r + 4) * (1 if anchor == "start" else -1)
        parts.append(f'<a href="/actors/{esc(_path(n.key))}" class="node" data-key="{esc(n.key)}">'
                     f'<title>{esc(n.key)}: {n.events} event(s)</title>'
                     f'<circle cx="{n.x:.1f}" cy="{n.y:.1f}" r="{n.r:.1f}" fill="#fff" stroke="#152238" '
                     f'stroke-width="1.5"/><text x="{lx:.1f}" y="{n.y + 4:.1f}" text-anchor="{anchor}" '
                     f'font-size="12">{esc(_short(n.key))}</text></a>')
    parts.append("</svg>")
    return "".join(parts), hidden


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(d) for d in range((end - start).days + 1)]


def _ticks(start: dt.date, end: dt.date) -> list[dt.date]:
    span = (end - start).days
    step = max(1, math.ceil((span + 1) / MAX_TICKS))
    return [start + dt.timedelta(d) for d in range(0, span + 1, step)]


@dataclass(frozen=True)
class Frame:
    """Pixel mapping of a calendar chart: x from days, y from values."""

    start: dt.date
    end: dt.date
    lo: float
    hi: float
    width: int = 720
    height: int = 240
    left: int = 52
    right: int = 30
    top: int = 14
    bottom: int = 34

    def x(self, day: dt.date) -> float:
        """Middle of the day's slot: the range has (end - start + 1) equal slots, one per day."""
        slots = (self.end - self.start).days + 1
        return self.left + (self.width - self.left - self.right) * ((day - self.start).days + 0.5) / slots

    def y(self, value: float) -> float:
        return self.top + (self.height - self.top - self.bottom) * (self.hi - value) / ((self.hi - self.lo) or 1)


def _axes(f: Frame, label: str) -> list[str]:
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {f.width} {f.height}" class="chart-svg" '
           f'role="img" aria-label="{esc(label)}">']
    for v in _nice(f.lo, f.hi):
        zero = ' stroke="#222" stroke-width="1.5" class="zero"' if v == 0 else ' stroke="#e3e6eb"'
        out.append(f'<line x1="{f.left}" x2="{f.width - f.right}" y1="{f.y(v):.1f}" y2="{f.y(v):.1f}"{zero}/>'
                   f'<text x="{f.left - 6}" y="{f.y(v) + 4:.1f}" text-anchor="end" font-size="11">{v:g}</text>')
    for d in _ticks(f.start, f.end):
        out.append(f'<line x1="{f.x(d):.1f}" x2="{f.x(d):.1f}" y1="{f.height - f.bottom}" '
                   f'y2="{f.height - f.bottom + 4}" stroke="#555"/>'
                   f'<text x="{f.x(d):.1f}" y="{f.height - f.bottom + 17}" text-anchor="middle" font-size="11" '
                   f'class="tick" data-date="{d.isoformat()}">{d.isoformat()}</text>')
    return out


def _nice(lo: float, hi: float) -> list[float]:
    span = (hi - lo) or 1
    step = 10 ** math.floor(math.log10(span / 4))
    step *= next(m for m in (1, 2, 5, 10) if span / (step * m) <= 6)
    first = math.ceil(lo / step) * step
    return [round(first + i * step, 6) for i in range(int((hi - first) / step) + 1)]


def series_chart(series: Sequence[tuple[str, dict[dt.date, float]]], start: dt.date, end: dt.date,
                 label: str = "escalation per day") -> str:
    """Lines per series over every day of [start, end]; a run of consecutive days is one line."""
    values = [v for _, s in series for v in s.values()]
    lo, hi = min([0.0, *values]), max([0.0, *values])
    f = Frame(start, end, lo - 0.05 * ((hi - lo) or 1), hi + 0.05 * ((hi - lo) or 1))
    out = _axes(f, label)
    for i, (name, points) in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        for run in _runs(sorted(points)):
            coords = " ".join(f"{f.x(d):.1f},{f.y(points[d]):.1f}" for d in run)
            if len(run) > 1:
                out.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for d in points:
            out.append(f'<circle cx="{f.x(d):.1f}" cy="{f.y(points[d]):.1f}" r="3.5" fill="{colour}" '
                       f'class="point" data-date="{d.isoformat()}"><title>{esc(name)} {d.isoformat()}: '
                       f'{points[d]:g}</title></circle>')
    out.append("</svg>")
    return "".join(out)


def _runs(dates: Iterable[dt.date]) -> list[list[dt.date]]:
    """Consecutive days grouped: [d1, d2, d3], [d7] ..."""
    runs: list[list[dt.date]] = []
    for d in dates:
        if runs and (d - runs[-1][-1]).days == 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs


def bars_chart(values: dict[dt.date, float], start: dt.date, end: dt.date, label: str, colour: str = "#1f5fbf"
               ) -> str:
    """One bar per day that has a value, on the calendar axis of [start, end], from zero."""
    hi = max([0.0, *values.values()])
    f = Frame(start, end, 0.0, hi * 1.08 or 1.0, height=170)
    out = _axes(f, label)
    width = max(1.5, min(24.0, (f.width - f.left - f.right) / ((end - start).days + 1) * 0.7))
    for d, v in sorted(values.items()):
        out.append(f'<rect x="{f.x(d) - width / 2:.1f}" y="{f.y(v):.1f}" width="{width:.1f}" '
                   f'height="{f.y(0) - f.y(v):.1f}" fill="{colour}"><title>{d.isoformat()}: {v:g}</title></rect>')
    out.append("</svg>")
    return "".join(out)
