"""A local HTTP server on 127.0.0.1 for watch tests: routes a test can change between passes.

A route is (status, headers, body) or a callable(handler) doing the response itself. ETags are
honoured (If-None-Match -> 304). ``hits`` lists every (method, path, headers) received.
"""
from __future__ import annotations

import hashlib
import threading
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from collections.abc import Callable
from xml.sax.saxutils import escape

Route = tuple[int, dict[str, str], bytes] | Callable[[BaseHTTPRequestHandler], None]


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[tuple[str, str, dict[str, str]]] = []
        self.posted: list[tuple[str, bytes]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                site.hits.append(("GET", self.path, dict(self.headers)))
                route = site.routes.get(self.path)
                if route is None:
                    return self._send(404, {"Content-Type": "text/plain"}, b"not found")
                if callable(route):
                    return route(self)
                status, headers, body = route
                etag = '"' + hashlib.md5(body).hexdigest() + '"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    return self._send(304, {"ETag": etag}, b"")
                self._send(status, {"ETag": etag, **headers} if status == 200 else headers, body)

            def do_POST(self) -> None:  # noqa: N802
                n = int(self.headers.get("Content-Length") or 0)
                site.posted.append((self.path, self.rfile.read(n)))
                self._send(204, {}, b"")

            def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.handle_error = lambda request, address: None  # a client that hung up (timeouts)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def page(self, path: str, body: bytes | str, ctype: str = "text/html; charset=utf-8", status: int = 200) -> str:
        self.routes[path] = (status, {"Content-Type": ctype}, body.encode("utf8") if isinstance(body, str) else body)
        return self.url + path


def rss(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 feed; item keys: title, link, guid, date (YYYY-MM-DD), summary, content."""
    import datetime as dt

    parts = []
    for it in items:
        day = dt.datetime.fromisoformat(it.get("date", "2020-01-08") + "T12:00:00+00:00")
        parts.append("<item>" + "".join([
            f"<title>{escape(it['title'])}</title>" if "title" in it else "",
            f"<link>{escape(it['link'])}</link>" if "link" in it else "",
            f"<guid>{escape(it.get('guid') or it.get('link') or it['title'])}</guid>",
            f"<pubDate>{format_datetime(day)}</pubDate>",
            f"<description>{escape(it['summary'])}</description>" if "summary" in it else "",
            f"<content:encoded>{escape(it['content'])}</content:encoded>" if "content" in it else "",
        ]) + "</item>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>test</description>"
            + "".join(parts) + "</channel></rss>")


def article_page(title: str, paragraphs: list[str], date: str = "2020-01-08") -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{escape(title)}</title>"
            f'<meta name="date" content="{date}"></head><body><nav>Home | World</nav>'
            f"<article><h1>{escape(title)}</h1>{body}</article><footer>(c) Test News</footer></body></html>")
