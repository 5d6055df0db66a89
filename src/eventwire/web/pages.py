"""Dashboard pages: one short route per page, each rendering a template over ``data.py``.

The pages read exactly what the REST API returns (same functions, same named queries) and
validate parameters with the same dependencies (``params.py``). Chart data travels inside the
page as a JSON data block (``<script type="application/json">``, not executed, allowed by the
CSP) and is drawn by ``static/app.js`` with the vendored Chart.js.

Not handled: client-side sorting of tables; pages have no total count (previous/next only).
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..ontology import plover
from . import brief as crisis_brief
from . import data, highlight, svg, views
from .api import EventTypeArg, Filters, Key, PageArgs, Party, Store
from .params import MAX_TEXT, EventType, QuoteKind, date_range, enum_value, quote_filters

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

NAV = (("/", "Overview"), ("/events", "Events"), ("/map", "Map"), ("/network", "Network"), ("/dyads", "Dyads"),
       ("/actors", "Actors"), ("/quotes", "Quotes"), ("/articles", "Articles"), ("/contradictions", "Contradictions"),
       ("/problems", "Problems"), ("/clusters", "Clusters"), ("/runs", "Runs"), ("/brief", "Brief"))
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def static(path: str) -> str:
    return f"/static/{path}?v={__version__}"


templates.env.globals.update(static=static, nav=NAV, quad_names=QUAD_NAMES, zip=zip,
                             factualities=list(plover.FACTUALITY), happened=views.HAPPENED_VALUE)


def render(request: Request, template: str, page: str, title: str, status: int = 200, **ctx: Any) -> Response:
    section = "/" + request.url.path.strip("/").split("/")[0] if request.url.path != "/" else "/"
    db = getattr(request.app.state, "store", None)
    return templates.TemplateResponse(request, template, {
        "page": page, "title": title, "section": section, "db_name": db.name if db else "",
        "query": _pager_query(request), "query_with": _query_with(request), **ctx}, status_code=status)


def _pager_query(request: Request):  # type: ignore[no-untyped-def]
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}
    return lambda page: urlencode({**params, "page": page})


def _query_with(request: Request):  # type: ignore[no-untyped-def]
    """``query_with(name=value, ...)``: this page's query string with those parameters replaced."""
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}
    return lambda **kw: urlencode({**params, **{k: v for k, v in kw.items()}})


def error_page(request: Request, status: int, detail: Any) -> Response:
    if isinstance(detail, list):
        detail = "; ".join(f"{'.'.join(str(x) for x in d['loc'][1:])}: {d['msg']}" for d in detail)
    return render(request, "error.html", "error", f"Error {status}", status=status,
                  status_code=status, detail=str(detail))


@router.get("/")
def overview(request: Request, db: Store) -> Response:
    return render(request, "overview.html", "overview", "Overview",
                  timeline=db.query("event_days", limit=data.MAX_ROWS),
                  dyads=db.query("dyads", limit=10), contradictions=db.query("contradiction_list", limit=5),
                  alerts=db.query("alert_list", limit=5),
                  summary={r["table"]: r["rows"] for r in db.query("summary")})


def _trusted(request: Request, filters: dict[str, Any]) -> dict[str, Any]:
    return views.trust(filters, "factuality" in request.query_params)


def _view(request: Request, db: data.WebStore, filters: dict[str, Any]) -> dict[str, Any]:
    """Filters with the page default and the totals the trust bar shows."""
    shown = _trusted(request, filters)
    rows = db.query("event_totals", **{**shown, "factuality": None})
    return {"filters": shown, "totals": views.totals(rows, shown["factuality"]),
            "export_query": urlencode({k: v for k, v in shown.items() if v is not None})}


@router.get("/events")
def events(request: Request, db: Store, pg: PageArgs, filters: Filters) -> Response:
    view = _view(request, db, filters)
    result = data.paged(db, "events", pg.page, pg.per_page, **view["filters"])
    return render(request, "events.html", "events", "Events", result=result, types=[t.value for t in EventType],
                  **view)


@router.get("/events/export")
def events_export(request: Request, db: Store, filters: Filters,
                  format: Annotated[Literal["csv", "plover", "gdelt"], Query(description="file format")] = "csv",
                  ) -> Response:
    rows = db.query("event_export", limit=data.MAX_ROWS, **_trusted(request, filters))
    out = views.export_view(rows, format)
    name, media = views.EXPORTS[format]
    skipped = "; ".join(f"{n} {why}" for why, n in out.reasons.items()) or "0"
    return Response(out.body, media_type=media, headers={
        "content-disposition": f'attachment; filename="{name}"', "x-eventwire-rows": str(out.rows),
        "x-eventwire-skipped": skipped})


@router.get("/map")
def map_page(request: Request, db: Store, filters: Filters) -> Response:
    view = _view(request, db, filters)
    places = db.query("event_places", limit=data.MAX_ROWS, **view["filters"])
    return render(request, "map.html", "map", "Map", places=places, placed=sum(p["events"] for p in places),
                  types=[t.value for t in EventType], **view)


@router.get("/map/place")
def map_place(request: Request, db: Store, filters: Filters, lat: Annotated[float, Query(ge=-90, le=90)],
              lon: Annotated[float, Query(ge=-180, le=180)]) -> Response:
    rows = db.query("place_events", lat=lat, lon=lon, limit=1000, **_trusted(request, filters))
    return templates.TemplateResponse(request, "_place_events.html", {"events": rows})


@router.get("/network")
def network(request: Request, db: Store, filters: Filters,
            max_nodes: Annotated[int, Query(ge=2, le=200, description="most actors drawn")] = 40) -> Response:
    view = _view(request, db, filters)
    edges = db.query("actor_network", limit=data.MAX_ROWS, **view["filters"])
    drawing, hidden = svg.network(edges, max_nodes=max_nodes)
    return render(request, "network.html", "network", "Actor network", edges=edges, drawing=drawing,
                  hidden=hidden, types=[t.value for t in EventType], **view)


@router.get("/problems")
def problems(request: Request, db: Store, pg: PageArgs,
             code: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_]*$")] = None) -> Response:
    result = data.sliced(db, "problem_list", pg.page, pg.per_page, code=code or None)
    undated = db.query("undated")[0]
    return render(request, "problems.html", "problems", "Problems", result=result, code=code or "",
                  codes=db.query("problem_codes"), undated=undated)


@router.get("/search")
def search(request: Request, db: Store,
           q: Annotated[str | None, Query(max_length=MAX_TEXT, description="phrase to look for")] = None) -> Response:
    hits = db.query("search", q=q, limit=300) if q else []
    return render(request, "search.html", "search", f"Search: {q}" if q else "Search", q=q or "", hits=hits)


@router.get("/brief")
def brief(db: Store, dates: Annotated[dict[str, Any], Depends(date_range)],
          dyad: Annotated[str | None, Query(max_length=MAX_TEXT, description="two parties, e.g. USA-IRN")] = None,
          min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None) -> Response:
    document = crisis_brief.render(crisis_brief.collect(db, dyad or None, min_confidence=min_confidence,
                                                        **{k: v and v.isoformat() for k, v in dates.items()}))
    csp = (f"default-src 'none'; style-src {crisis_brief.style_hash(document)}; img-src data:; "
           "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return HTMLResponse(document, headers={"content-security-policy": csp})


@router.get("/quotes")
def quotes(request: Request, db: Store, pg: PageArgs,
           filters: Annotated[dict[str, Any], Depends(quote_filters)]) -> Response:
    result = data.paged(db, "quotes", pg.page, pg.per_page, **filters)
    return render(request, "quotes.html", "quotes", "Who said what", result=result, filters=filters,
                  kinds=[k.value for k in QuoteKind])


@router.get("/actors")
def actors(request: Request, db: Store, pg: PageArgs, type: EventTypeArg = None) -> Response:
    result = data.sliced(db, "top_actors", pg.page, pg.per_page, type=enum_value(type))
    return render(request, "actors.html", "actors", "Actors", result=result)


@router.get("/actors/{key}")
def actor(request: Request, db: Store, key: Party) -> Response:
    found = data.actor(db, key, limit=200)
    if not any(found[k] for k in ("entities", "did", "received", "said")):
        raise HTTPException(404, f"nothing is known about {key!r}")
    return render(request, "actor.html", "actor", key, actor=found)


@router.get("/dyads")
def dyads(request: Request, db: Store, pg: PageArgs,
          actor: Annotated[str | None, Query(max_length=MAX_TEXT)] = None) -> Response:
    result = data.paged(db, "dyads", pg.page, pg.per_page, actor=actor or None)
    return render(request, "dyads.html", "dyads", "Dyads", result=result, actor=actor or "")


@router.get("/dyads/{actor}/{recipient}")
def dyad(request: Request, db: Store, actor: Party, recipient: Party,
         dates: Annotated[dict[str, Any], Depends(date_range)]) -> Response:
    found = data.dyad(db, actor, recipient, **dates)
    return render(request, "dyad.html", "dyad", f"{actor} → {recipient}", dyad=found, dates=dates)


@router.get("/articles")
def articles(request: Request, db: Store, pg: PageArgs,
             search: Annotated[str | None, Query(max_length=MAX_TEXT)] = None) -> Response:
    result = data.paged(db, "article_list", pg.page, pg.per_page, search=search or None)
    return render(request, "articles.html", "articles", "Articles", result=result, search=search or "")


@router.get("/articles/{key}")
def article(request: Request, db: Store, key: Key) -> Response:
    found = data.article(db, key)
    if found is None:
        raise HTTPException(404, f"no article with key {key!r}")
    segs = highlight.segments(found["text"] or "", highlight.record_annotations(found))
    return render(request, "article.html", "article", found["title"] or found["id"], article=found,
                  segments=segs)


@router.get("/contradictions")
def contradictions(request: Request, db: Store, pg: PageArgs) -> Response:
    result = data.paged(db, "contradiction_list", pg.page, pg.per_page)
    return render(request, "contradictions.html", "contradictions", "Contradictions", result=result)


@router.get("/clusters")
def clusters(request: Request, db: Store, pg: PageArgs,
             min_articles: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> Response:
    result = data.paged(db, "cluster_list", pg.page, pg.per_page, min_articles=min_articles)
    return render(request, "clusters.html", "clusters", "Same-story clusters", result=result,
                  min_articles=min_articles)


@router.get("/runs")
def runs(request: Request, db: Store, pg: PageArgs) -> Response:
    result = data.paged(db, "run_list", pg.page, pg.per_page)
    return render(request, "runs.html", "runs", "Runs", result=result)
