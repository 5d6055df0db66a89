"""FastAPI application factory and the ``serve`` task behind ``eventwire serve``.

``create_app(db)`` opens the store read-only and mounts the REST API (``api.py``), the HTML
pages (``pages.py``) and the static files (own CSS/JS and the vendored Chart.js), all behind
the security-headers middleware. Error responses never leak a traceback: validation problems
are 4xx with a message; an unexpected failure is a logged 500 with a generic message
(``security.SecurityHeaders``).

The store is read from a snapshot that follows it (``store.live.SnapshotReader``): ``eventwire
run`` and ``eventwire watch`` can write while the server is up, and pages show their records
within a refresh (docs/watch.md).

Not handled: TLS, authentication, pushing changes to an open page (reload it).
"""
from __future__ import annotations

import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, settings
from ..errors import InputError
from . import api, pages
from .data import WebStore
from .security import DropEmptyParams, HeadAsGet, SecurityHeaders

HERE = Path(__file__).parent
#: ``eventwire serve`` binds this address unless ``--host`` says otherwise (this machine only).
DEFAULT_HOST = settings.SERVE_HOST
DEFAULT_PORT = settings.SERVE_PORT


def create_app(db: str | Path, min_confidence: float | None = None) -> FastAPI:
    """The dashboard + REST API over the store at ``db`` (DuckDB file or Parquet directory);
    ``min_confidence``: the default minimum confidence of event lists (a request's own wins)."""
    store = WebStore(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI):  # type: ignore[no-untyped-def]
        yield
        store.close()

    app = FastAPI(title="eventwire", version=__version__, lifespan=lifespan,
                  description="Events, quotes, actors, dyads and contradictions from an eventwire store.",
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.min_confidence = min_confidence
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _error_handlers(app)
    app.add_middleware(DropEmptyParams)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    return app


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/static/"))


def _error(request: Request, status: int, detail: Any) -> Response:
    if _wants_html(request):
        return pages.error_page(request, status, detail)
    return JSONResponse({"detail": detail}, status_code=status)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        return _error(request, 422, detail)

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> Response:
        return _error(request, 400, str(exc))


def serve(db: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, log_level: str = "info",
          min_confidence: float | None = None) -> None:
    """Run the dashboard with uvicorn until interrupted (binds 127.0.0.1 unless told otherwise)."""
    import uvicorn

    app = create_app(db, min_confidence=min_confidence)
    print(f"eventwire: dashboard on http://{host}:{port}/ over {db} (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
