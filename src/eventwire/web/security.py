"""Security headers for every response of the dashboard and the REST API.

The dashboard loads scripts, styles and the charting library from its own origin only, so
the Content-Security-Policy names no remote source and forbids inline script. Framing is
refused (``frame-ancestors 'none'`` plus the legacy ``X-Frame-Options``). An unexpected
exception becomes a logged 500 with a generic body that carries the same headers.

Not handled: HTTPS (HSTS is only sent when the request came over https; put a TLS-terminating
proxy in front for a public server) and authentication (the server binds 127.0.0.1 by default).
"""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
                   Awaitable[None]]

#: Content-Security-Policy: own origin only, no inline script, no plugins, no framing.
CSP = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))

#: Headers added to every response (names lower-case, as ASGI carries them).
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)
HSTS = (b"strict-transport-security", b"max-age=31536000")
#: Body of the 500 answer to an unexpected failure: no traceback, no internals.
INTERNAL_ERROR = b'{"detail": "internal error; see the server log"}'
log = logging.getLogger("eventwire.web")


class SecurityHeaders:
    """Pure ASGI middleware adding ``HEADERS`` (and HSTS over https) to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = HEADERS + ((HSTS,) if scope.get("scheme") == "https" else ())

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in extra if k not in present]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            if started:
                raise
            log.exception("unhandled error on %s", scope.get("path"))
            await send_with_headers({"type": "http.response.start", "status": 500,
                                     "headers": [(b"content-type", b"application/json")]})
            await send_with_headers({"type": "http.response.body", "body": INTERNAL_ERROR})


class HeadAsGet:
    """Pure ASGI middleware answering ``HEAD`` on every GET route (FastAPI routes declare GET only,
    so HEAD was a 405): the request runs as GET and the response keeps its status and headers
    (``content-length`` included) but carries no body (RFC 9110, 9.3.2)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app(dict(scope, method="GET"), receive, send_headers_only)


class DropEmptyParams:
    """Pure ASGI middleware removing ``name=`` (empty) query parameters: an empty form field
    means "not given", as it does for the CLI, instead of an invalid date or number."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            parts = scope["query_string"].split(b"&")
            kept = [p for p in parts if b"=" in p and not p.endswith(b"=")]
            if len(kept) != len(parts):
                scope = dict(scope, query_string=b"&".join(kept))
        await self.app(scope, receive, send)
