"""HTTP(S) fetching for ``eventwire watch``: one polite, bounded, retrying GET.

``Fetcher.get(url, max_bytes, etag, last_modified)`` returns the body (``Fetched``), ``None`` for
``304 Not Modified``, or raises ``FetchFailed`` with a problem code:

- ``E_FETCH``: not http(s), a timeout or connection error still failing after ``retries``
  retries with exponential back-off, HTTP 429/5xx after the retries, any other status >= 400, more
  than ``max_redirects`` redirects (a redirect loop);
- ``E_TOO_LONG``: a ``Content-Length`` over ``max_bytes``, or a body that grows past it (the
  download stops there, so a 50 MB page costs at most ``max_bytes`` of memory).

Every request carries the ``User-Agent`` of ``watch.yaml``; requests to one host are spaced by
``host_delay_seconds`` (politeness). Settings: ``ontology/data/store/watch.yaml``.

Not handled: robots.txt, cookies, authentication, HTTP proxies other than httpx's environment
defaults (``HTTPS_PROXY``).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from ..ontology.watch import WatchSettings, watch_settings

#: statuses worth another try: rate limited, server errors
_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Fetched:
    """A 2xx response: final URL (after redirects), body, content type, ETag and Last-Modified."""

    url: str
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None


class FetchFailed(Exception):
    """A fetch that gave no body: ``code`` (E_FETCH, E_TOO_LONG) and a message naming the URL.

    ``permanent`` is False for faults another pass may not meet again (timeouts, 5xx)."""

    def __init__(self, code: str, message: str, permanent: bool = True) -> None:
        super().__init__(message)
        self.code, self.permanent = code, permanent


class Fetcher:
    """One HTTP client for a pass (connection reuse), with per-host politeness."""

    def __init__(self, cfg: WatchSettings | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        self.cfg = cfg or watch_settings()
        self.sleep = sleep
        self.last: dict[str, float] = {}
        self.client = httpx.Client(follow_redirects=True, max_redirects=self.cfg.max_redirects,
                                   timeout=self.cfg.timeout_seconds,
                                   headers={"User-Agent": self.cfg.user_agent})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, max_bytes: int, etag: str | None = None,
            last_modified: str | None = None) -> Fetched | None:
        """The body of ``url`` (None when the server says it has not changed); FetchFailed else."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchFailed("E_FETCH", f"{url}: only http and https URLs are fetched")
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        for attempt in range(self.cfg.retries + 1):
            if attempt:
                self.sleep(self.cfg.backoff_seconds * 2 ** (attempt - 1))
            try:
                return self._once(url, max_bytes, headers)
            except FetchFailed as exc:
                if exc.permanent or attempt == self.cfg.retries:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _polite(self, url: str) -> None:
        host = urlsplit(url).netloc
        wait = self.last.get(host, -1e9) + self.cfg.host_delay_seconds - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self.last[host] = time.monotonic()

    def _once(self, url: str, max_bytes: int, headers: dict[str, str]) -> Fetched | None:
        self._polite(url)
        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                if resp.status_code == 304:
                    return None
                if resp.status_code >= 400:
                    raise FetchFailed("E_FETCH", f"{url}: HTTP {resp.status_code}",
                                      permanent=resp.status_code not in _RETRY_STATUS)
                body = _read_bounded(resp, url, max_bytes)
                return Fetched(str(resp.url), body, resp.headers.get("content-type", ""),
                               resp.headers.get("etag"), resp.headers.get("last-modified"))
        except httpx.TooManyRedirects:
            raise FetchFailed("E_FETCH", f"{url}: more than {self.cfg.max_redirects} redirects "
                                         f"(a redirect loop?)") from None
        except httpx.TimeoutException:
            raise FetchFailed("E_FETCH", f"{url}: timed out after {self.cfg.timeout_seconds:g} s",
                              permanent=False) from None
        except httpx.HTTPError as exc:
            raise FetchFailed("E_FETCH", f"{url}: {type(exc).__name__}: {exc}", permanent=False) from None


def _read_bounded(resp: httpx.Response, url: str, max_bytes: int) -> bytes:
    """The body, refused (E_TOO_LONG) as soon as it is announced or grows beyond ``max_bytes``."""
    announced = resp.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > max_bytes:
        raise FetchFailed("E_TOO_LONG", f"{url}: {int(announced)} bytes announced, more than the "
                                        f"{max_bytes} read at most")
    parts, size = [], 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchFailed("E_TOO_LONG", f"{url}: longer than the {max_bytes} bytes read at most")
        parts.append(chunk)
    return b"".join(parts)


def post_json(url: str, payload: dict, cfg: WatchSettings | None = None) -> None:
    """POST ``payload`` as JSON (alerts to a webhook); FetchFailed on any failure."""
    cfg = cfg or watch_settings()
    try:
        resp = httpx.post(url, json=payload, timeout=cfg.webhook_timeout_seconds,
                          headers={"User-Agent": cfg.user_agent})
    except httpx.HTTPError as exc:
        raise FetchFailed("E_FETCH", f"{url}: {type(exc).__name__}: {exc}") from None
    if resp.status_code >= 400:
        raise FetchFailed("E_FETCH", f"{url}: HTTP {resp.status_code}")
