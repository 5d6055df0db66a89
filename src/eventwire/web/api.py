"""REST API ``/api/v1``: one short route per resource, each calling ``data.py``.

Listings return ``{"items": [...], "page": n, "per_page": n, "has_next": bool}``; ``/events``
adds ``notes``: why an empty result is empty when the server's default ``min_confidence`` hid
rows. Errors are ``{"detail": ...}`` with a 4xx status: 422 for a malformed parameter, 400 for
parameters that conflict, 404 for an unknown article or actor key. The OpenAPI schema is at
``/api/v1/openapi.json``.

Not handled: writes of any kind (the API is read-only), authentication, rate limiting.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from ..store import queries
from . import data
from .params import (KEY_PATTERN, MAX_TEXT, EventType, Paging, date_range, enum_value, event_filters, paging,
                     quote_filters)

router = APIRouter(prefix="/api/v1", tags=["api"])

Key = Annotated[str, Path(pattern=KEY_PATTERN, description="article_key or record_id")]
Party = Annotated[str, Path(min_length=1, max_length=MAX_TEXT, description="ISO3 code or name")]
Filters = Annotated[dict[str, Any], Depends(event_filters)]
PageArgs = Annotated[Paging, Depends(paging)]
EventTypeArg = Annotated[EventType | None, Query(description="PLOVER event type")]  # type: ignore[valid-type]


def store(request: Request) -> data.WebStore:
    return request.app.state.store


Store = Annotated[data.WebStore, Depends(store)]


@router.get("/articles", summary="Articles, newest first")
def articles(db: Store, pg: PageArgs,
             search: Annotated[str | None, Query(max_length=MAX_TEXT)] = None) -> dict[str, Any]:
    return data.paged(db, "article_list", pg.page, pg.per_page, search=search or None).to_dict()


@router.get("/articles/{key}", summary="One article with its text and all its records")
def article(db: Store, key: Key) -> dict[str, Any]:
    found = data.article(db, key)
    if found is None:
        raise HTTPException(404, f"no article with key {key!r}")
    return found


@router.get("/events", summary="Events by actor, recipient, country, type, quad class, factuality, "
            "confidence, dates (the `events` query)")
def events(request: Request, db: Store, pg: PageArgs, filters: Filters) -> dict[str, Any]:
    out = data.paged(db, "events", pg.page, pg.per_page, **filters).to_dict()
    out["notes"] = [] if out["items"] else _hidden_by_default(request, db, filters)
    return out


def _hidden_by_default(request: Request, db: data.WebStore, filters: dict[str, Any]) -> list[str]:
    """Why an empty event listing is empty when the server's default ``min_confidence``
    (``serve --min-confidence``), not the request, set the threshold."""
    threshold = filters.get("min_confidence")
    if threshold is None or request.query_params.get("min_confidence"):
        return []
    hidden = sum(r["events"] for r in db.query("event_totals", **{**filters, "min_confidence": None}))
    return [f"{hidden} matching event(s) are below the server's default min_confidence {threshold}; "
            f"pass min_confidence=0 to see them"] if hidden else []


@router.get("/events/{key}/articles", summary="Articles of the same story reporting the same event")
def event_articles(db: Store, key: Key) -> dict[str, Any]:
    return {"items": db.query("event_articles", event_id=key, limit=1000)}


@router.get("/quotes", summary="Who said what: quotes by speaker, phrase and kind")
def quotes(db: Store, pg: PageArgs, filters: Annotated[dict[str, Any], Depends(quote_filters)]) -> dict[str, Any]:
    return data.paged(db, "quotes", pg.page, pg.per_page, **filters).to_dict()


@router.get("/actors", summary="Actors with the most events")
def actors(db: Store, pg: PageArgs, type: EventTypeArg = None) -> dict[str, Any]:
    return data.sliced(db, "top_actors", pg.page, pg.per_page, type=enum_value(type)).to_dict()


@router.get("/actors/{key}", summary="What an actor did, what was done to it, what it said")
def actor(db: Store, key: Party, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
    return data.actor(db, key, limit)


@router.get("/dyads", summary="Actor -> recipient pairs with the most events")
def dyads(db: Store, pg: PageArgs,
          actor: Annotated[str | None, Query(max_length=MAX_TEXT)] = None) -> dict[str, Any]:
    return data.paged(db, "dyads", pg.page, pg.per_page, actor=actor or None).to_dict()


@router.get("/dyads/{actor}/{recipient}", summary="Daily escalation series of a dyad, both ways, with events")
def dyad(db: Store, actor: Party, recipient: Party,
         dates: Annotated[dict[str, Any], Depends(date_range)]) -> dict[str, Any]:
    return data.dyad(db, actor, recipient, **dates)


@router.get("/timeline", summary="Events per day per QuadClass")
def timeline(db: Store, dates: Annotated[dict[str, Any], Depends(date_range)]) -> dict[str, Any]:
    return {"items": db.query("event_timeline", limit=data.MAX_ROWS, **dates)}


@router.get("/contradictions", summary="Contradictions within and across articles")
def contradictions(db: Store, pg: PageArgs) -> dict[str, Any]:
    return data.paged(db, "contradiction_list", pg.page, pg.per_page).to_dict()


@router.get("/clusters", summary="Same-story clusters")
def clusters(db: Store, pg: PageArgs,
             min_articles: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> dict[str, Any]:
    return data.paged(db, "cluster_list", pg.page, pg.per_page, min_articles=min_articles).to_dict()


@router.get("/runs", summary="Corpus runs with their fingerprints")
def runs(db: Store, pg: PageArgs) -> dict[str, Any]:
    return data.paged(db, "run_list", pg.page, pg.per_page).to_dict()


@router.get("/alerts", summary="Alerts fired by 'eventwire watch --alert' rules, newest first")
def alerts(db: Store, pg: PageArgs) -> dict[str, Any]:
    return data.paged(db, "alert_list", pg.page, pg.per_page).to_dict()


@router.get("/summary", summary="Rows per table")
def summary(db: Store) -> dict[str, Any]:
    return {"items": db.query("summary")}


@router.get("/queries", summary="The named queries behind every route (as `eventwire query` lists them)")
def named_queries() -> dict[str, Any]:
    return {"items": queries.describe()}
