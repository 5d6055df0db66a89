"""The one data path of the web layer: named queries from ``store.queries``, run per request.

Both the REST API and the HTML pages call the functions here, which call
``store.queries.run`` — the same named, parameterised queries as ``eventwire query``. No SQL is
written in the web package.

Not handled: caching (every request queries DuckDB; the store is read-only while served),
totals for pagination (one extra row tells whether a next page exists).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import queries
from ..store.live import SnapshotReader

#: Largest ``limit`` the query registry accepts (rows fetched for pagination stay under it).
MAX_ROWS = 100_000


class WebStore:
    """A read-only store shared by all requests; each query runs on its own DuckDB cursor."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self._con = SnapshotReader(path)  # a copy that follows writers (docs/watch.md)
        self._lock = threading.Lock()

    def query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        with self._lock:
            cur = self._con.cursor()
        try:
            return queries.run(cur, name, **params)
        finally:
            cur.close()

    def close(self) -> None:
        self._con.close()


@dataclass(frozen=True)
class Page:
    """One page of a listing: 1-based ``page``, rows per page, whether another page follows."""

    items: list[dict[str, Any]]
    page: int
    per_page: int
    has_next: bool

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "page": self.page, "per_page": self.per_page, "has_next": self.has_next}


def paged(store: WebStore, name: str, page: int, per_page: int, **filters: Any) -> Page:
    """Run a query with ``offset``/``limit`` for one page; one extra row detects a next page.
    Every page the parameters allow (``params.MAX_PAGE`` x ``MAX_PER_PAGE``) is answered; past the
    last row it is empty."""
    offset = (page - 1) * per_page
    rows = store.query(name, limit=per_page + 1, offset=offset, **filters)
    return Page(rows[:per_page], page, per_page, len(rows) > per_page)


def sliced(store: WebStore, name: str, page: int, per_page: int, **filters: Any) -> Page:
    """Pagination for registry queries without ``offset``: fetch up to the page and slice.
    Such a listing holds at most ``MAX_ROWS`` rows; a page past them is empty."""
    offset = (page - 1) * per_page
    if offset >= MAX_ROWS:
        return Page([], page, per_page, False)
    rows = store.query(name, limit=min(offset + per_page + 1, MAX_ROWS), **filters)
    return Page(rows[offset:offset + per_page], page, per_page, len(rows) > offset + per_page)


ARTICLE_KINDS = ("entities", "quotes", "events", "counts", "dates", "contradictions")


def article(store: WebStore, key: str) -> dict[str, Any] | None:
    """The article with its text and every record list, or None when the key is unknown."""
    rows = store.query("article", key=key)
    if not rows:
        return None
    out = dict(rows[0])
    for kind in ARTICLE_KINDS:
        out[kind] = store.query(f"article_{kind}", key=key)
    return out


def is_country(key: str) -> bool:
    return len(key) == 3 and key.isascii() and key.isalpha() and key.isupper()


def actor(store: WebStore, key: str, limit: int) -> dict[str, Any]:
    """What an actor (ISO3 code or name) did, what was done to it, and what it (or its people) said."""
    speaker = {"speaker_country": key} if is_country(key) else {"speaker": key}
    return {
        "actor": key,
        "entities": store.query("actor_entities", actor=key, limit=limit),
        "did": store.query("events", actor=key, limit=limit),
        "received": store.query("events", recipient=key, limit=limit),
        "said": store.query("quotes", limit=limit, **speaker),
    }


def dyad(store: WebStore, actor_key: str, recipient_key: str, date_from: Any = None, date_to: Any = None,
         limit: int = 1000) -> dict[str, Any]:
    """Daily escalation series both ways (``escalation`` query) and the events behind the points."""
    dates = {"date_from": date_from, "date_to": date_to}
    return {
        "actor": actor_key, "recipient": recipient_key,
        "series": store.query("escalation", actor=actor_key, recipient=recipient_key, limit=limit, **dates),
        "reverse": store.query("escalation", actor=recipient_key, recipient=actor_key, limit=limit, **dates),
        "events": store.query("dyad_events", actor=actor_key, recipient=recipient_key, limit=limit, **dates),
        "reverse_events": store.query("dyad_events", actor=recipient_key, recipient=actor_key, limit=limit,
                                      **dates),
    }
