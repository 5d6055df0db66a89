"""The crisis brief: one self-contained HTML page about a dyad (or the whole store) over a date range.

``collect(store, dyad, date_from, date_to, min_confidence)`` gathers, through the named queries
only: the daily escalation series of both directions (sum of scores of the events that happened,
``asserted`` or ``reported``, at or above the confidence threshold: the ``escalation`` rule), the
main events with their evidence and sources, what is disputed or denied, key quotes by speaker
(speakers of either party's country), contradictions of the articles involved, side by side,
the counts (troops, casualties ...) reported per day, and a data note (articles, sources, coder
version, threshold). ``render(...)`` turns that into HTML with inline SVG charts and inline CSS:
no script, no external request, laid out to print on A4 (``eventwire brief -o brief.html``, or
``/brief`` on the dashboard).

Not handled: more than ``MAX_EVENTS`` events or ``MAX_ARTICLES`` articles (the brief says how
many it left out), translation, a map (the dashboard's /map has one).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .. import __version__
from ..errors import InputError
from ..store.sql import HAPPENED
from . import svg

#: Most events and articles a brief reads; the data note says when more exist.
MAX_EVENTS, MAX_ARTICLES = 2000, 300
#: Events listed as "main events" and quotes per speaker.
MAIN_EVENTS, QUOTES_PER_SPEAKER, SPEAKERS = 25, 6, 10
#: Factualities listed as disputed.
DISPUTED = ("disputed", "denied")
#: Count categories drawn over time (others are listed only).
COUNT_CHARTS = ("military_personnel", "killed", "injured", "casualties", "people")
TEMPLATES = Path(__file__).parent / "templates"


class Store(Protocol):
    name: str

    def query(self, name: str, **params: Any) -> list[dict[str, Any]]: ...


def parse_dyad(text: str | None) -> tuple[str, str] | None:
    """``USA-IRN`` -> ("USA", "IRN"); names may be used too (``Trump-Iran``); None when not given."""
    if not text:
        return None
    parts = [p.strip() for p in re.split(r"\s*(?:-|–|:|,)\s*", text.strip()) if p.strip()]
    if len(parts) != 2:
        raise InputError(f"--dyad {text!r}: write two parties separated by '-', e.g. USA-IRN")
    return parts[0], parts[1]


@dataclass
class Brief:
    title: str
    parties: tuple[str, str] | None
    date_from: str | None
    date_to: str | None
    min_confidence: float | None
    events: list[dict[str, Any]] = field(default_factory=list)
    disputed: list[dict[str, Any]] = field(default_factory=list)
    series: list[tuple[str, dict[dt.date, float]]] = field(default_factory=list)
    quotes: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    contradictions: list[dict[str, Any]] = field(default_factory=list)
    counts: list[dict[str, Any]] = field(default_factory=list)
    note: dict[str, Any] = field(default_factory=dict)


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _events(store: Store, parties: tuple[str, str] | None, **filters: Any) -> list[dict[str, Any]]:
    if parties is None:
        return store.query("event_export", limit=MAX_EVENTS, **filters)
    a, b = parties
    rows = (store.query("event_export", actor=a, recipient=b, limit=MAX_EVENTS, **filters)
            + store.query("event_export", actor=b, recipient=a, limit=MAX_EVENTS, **filters))
    return sorted({r["record_id"]: r for r in rows}.values(), key=lambda r: (str(r["event_date"]), r["article_id"]))


def _key(row: dict[str, Any], side: str) -> str | None:
    return row.get(f"{side}_country") or row.get(f"{side}_name")


def _series(events: list[dict[str, Any]]) -> list[tuple[str, dict[dt.date, float]]]:
    """Daily sum of scores per direction (the escalation rule), the two busiest directions."""
    sums: dict[str, dict[dt.date, float]] = defaultdict(dict)
    for e in events:
        day, score = _day(e["event_date"]), e.get("score")
        a, b = _key(e, "actor"), _key(e, "recipient")
        if day and score is not None and a and b and e["factuality"] in HAPPENED:
            sums[f"{a} → {b}"][day] = round(sums[f"{a} → {b}"].get(day, 0.0) + float(score), 3)
    return sorted(sums.items(), key=lambda kv: -len(kv[1]))[:2]


def _quotes(store: Store, parties: tuple[str, str] | None, keys: set[str]) -> list[tuple[str, list[dict[str, Any]]]]:
    countries = [p for p in parties or () if re.fullmatch(r"[A-Z]{3}", p)]
    rows = ([q for c in countries for q in store.query("quotes", speaker_country=c, limit=MAX_EVENTS)]
            if countries else store.query("quotes", limit=MAX_EVENTS))
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in rows:
        if q["article_key"] in keys and q.get("speaker"):
            by_speaker[q["speaker"]].append(q)
    ranked = sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:SPEAKERS]
    order = {"direct": 0, "partial": 1, "indirect": 2}
    return [(s, sorted(qs, key=lambda q: (order.get(q["kind"], 3), q["start"]))[:QUOTES_PER_SPEAKER])
            for s, qs in ranked]


def _counts(store: Store, articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for key, art in sorted(articles.items(), key=lambda kv: str(kv[1]["article_published"])):
        for c in store.query("article_counts", key=key):
            if c["category"] not in (None, "other", "days", "money"):
                out.append({**c, "published": art["article_published"], "article_id": art["article_id"],
                            "article_url": art["article_url"]})
    return out


def collect(store: Store, dyad: str | None = None, date_from: str | None = None, date_to: str | None = None,
            min_confidence: float | None = None) -> Brief:
    """Everything the brief shows, read through the named queries (see the module docstring)."""
    parties = parse_dyad(dyad)
    filters = {"date_from": date_from, "date_to": date_to, "min_confidence": min_confidence}
    happened = _events(store, parties, factuality=",".join(HAPPENED), **filters)
    disputed = _events(store, parties, factuality=",".join(DISPUTED), **filters)
    rows = happened + disputed
    articles = {r["article_key"]: r for r in rows}
    keys = set(list(articles)[:MAX_ARTICLES])
    days = sorted(d for d in (_day(r["event_date"]) for r in rows) if d)
    title = f"{parties[0]} – {parties[1]}" if parties else f"All actors in {store.name}"
    brief = Brief(title, parties, date_from or (days[0].isoformat() if days else None),
                  date_to or (days[-1].isoformat() if days else None), min_confidence)
    brief.events = sorted(happened, key=lambda e: (-abs(e.get("score") or 0), str(e["event_date"])))[:MAIN_EVENTS]
    brief.events.sort(key=lambda e: (str(e["event_date"]), e["article_id"], e["evidence_start"]))
    brief.disputed, brief.series = disputed, _series(happened)
    brief.quotes = _quotes(store, parties, keys)
    brief.contradictions = [c for c in store.query("contradiction_list", limit=MAX_EVENTS)
                            if c["a_article_key"] in keys or c["b_article_key"] in keys]
    brief.counts = _counts(store, {k: articles[k] for k in keys})
    runs = store.query("run_list", limit=1)
    brief.note = {"articles": len(keys), "articles_left_out": max(0, len(articles) - len(keys)),
                  "sources": len({r.get("article_publisher") or r.get("source") or r["article_id"] for r in rows}),
                  "events": len(happened), "events_shown": len(brief.events), "disputed": len(disputed),
                  "coder": (f"eventwire {runs[0]['eventwire_version'] or __version__}, extractor "
                            f"{runs[0]['extractor_version'] or '?'}, ontology {runs[0]['ontology_version'] or '?'}"
                            if runs else f"eventwire {__version__}"),
                  "threshold": min_confidence, "store": store.name,
                  "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")}
    return brief


def charts(brief: Brief) -> dict[str, Any]:
    """Inline SVG of the escalation series and of each drawn count category."""
    start, end = _day(brief.date_from), _day(brief.date_to)
    if not (start and end):
        return {"escalation": "", "counts": []}
    end = max(end, start + dt.timedelta(1))
    escalation = svg.series_chart(brief.series, start, end) if brief.series else ""
    per_day: dict[str, dict[dt.date, float]] = defaultdict(dict)
    for c in brief.counts:
        day = _day(c["published"])
        if day and c["category"] in COUNT_CHARTS and start <= day <= end:
            per_day[c["category"]][day] = max(per_day[c["category"]].get(day, 0.0), float(c["value"]))
    return {"escalation": escalation,
            "counts": [(cat, svg.bars_chart(vals, start, end, f"largest {cat} figure reported per day"))
                       for cat, vals in sorted(per_day.items())]}


def render(brief: Brief) -> str:
    """The brief as one HTML document (inline CSS and SVG, no script, no external resource)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    env.filters["web_url"] = web_url
    return env.get_template("brief.html").render(brief=brief, charts=charts(brief), palette=svg.PALETTE,
                                                 happened=HAPPENED)


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None (a brief never links javascript: or file: URLs)."""
    return url if url and re.match(r"https?://", url, re.I) else None


def style_hash(document: str) -> str:
    """CSP source for the document's one inline <style> block (``'sha256-...'``)."""
    m = re.search(r"<style>(.*?)</style>", document, re.S)
    digest = hashlib.sha256((m.group(1) if m else "").encode("utf8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"
