"""What one ``eventwire watch`` pass reads: feeds over HTTP(S), new files in directories.

``parse_sources(args)`` turns command-line SOURCEs into ``Source``s: an ``http(s)://`` URL is a
feed; a directory is watched for new or changed files; a file whose every non-blank, non-``#``
line is an http(s) URL is a list of feeds; any other file is read like ``eventwire run`` reads it
(again whenever it changes).

``Harvest`` collects, for one pass, the articles and the problems the sources gave. A feed item
carrying its full text (``content:encoded``, Atom ``content``) is an article as it stands; an item
with only a summary gets its linked page fetched and its main text extracted (trafilatura, as
for HTML files), once: pages already fetched are in ``watch_items``. Every fault becomes a
problem for the feed or item, never an exception:

| what | problem |
|---|---|
| timeout, connection error, HTTP 4xx/5xx, redirect loop, a page that is not HTML (a PDF) | `E_FETCH` |
| a feed or page larger than `max_feed_bytes` / `max_page_bytes` | `E_TOO_LONG` |
| a feed that is an HTML page, or malformed XML with no items | `E_FEED` |
| bytes that are not valid in the declared encoding | `E_DECODE` |
| a page without main text | `E_HTML` |
| an item with only a summary and no link to fetch | `W_SUMMARY_ONLY` (the summary is stored) |

Not handled: feeds split over several pages, enclosures, pages that need JavaScript.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..ingest import Unreadable, iter_files, read_sources
from ..ingest.feed import html_to_text, looks_like_feed
from ..ingest.html import article_from_html, looks_like_html
from ..ontology.watch import WatchSettings
from ..records import Article, Problem
from .fetch import Fetcher, FetchFailed

_URL = re.compile(r"^https?://\S+$", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9._-]+)""", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class Source:
    """``kind`` is "feed" (a URL) or "path" (a directory or a file read as input)."""

    kind: str
    id: str


def parse_sources(args: list[str]) -> list[Source]:
    """Command-line SOURCEs as ``Source``s, in order; InputError for one that does not exist."""
    out: list[Source] = []
    for arg in args:
        if _URL.match(arg):
            out.append(Source("feed", arg))
        elif os.path.isdir(arg):
            out.append(Source("path", arg))
        elif os.path.isfile(arg):
            urls = _url_list(arg)
            out += [Source("feed", u) for u in urls] if urls else [Source("path", arg)]
        else:
            raise InputError(f"{arg}: not an http(s) URL, a directory or a file")
    return out


def _url_list(path: str) -> list[str]:
    """The URLs of a file of feed URLs, or [] when the file is something else."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 20)
        lines = [ln.strip() for ln in head.decode("utf8").splitlines()]
    except (OSError, UnicodeDecodeError):
        return []
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return lines if lines and all(_URL.match(ln) for ln in lines) else []


@dataclass
class State:
    """What the store remembers of a source: conditional-request validators, file fingerprint."""

    etag: str | None = None
    last_modified: str | None = None
    fingerprint: str | None = None
    status: str | None = None


@dataclass
class Page:
    """A feed item whose text is on its linked page."""

    item_id: str
    url: str
    entry: Any
    feed_url: str
    publisher: str | None


@dataclass
class Harvest:
    """Everything one pass read: items to store, problems, pages to fetch, new source states."""

    items: list[Article | Unreadable] = field(default_factory=list)
    #: (input_id, Problem) about an article that is stored anyway (W_ codes)
    warnings: list[tuple[Article, Problem]] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    #: article id -> page URL, recorded in watch_items when the article is committed
    page_of: dict[str, str] = field(default_factory=dict)
    #: page URL -> problem code of a fault another pass would meet again (not fetched again)
    dead_pages: dict[str, str] = field(default_factory=dict)
    states: dict[str, State] = field(default_factory=dict)
    feeds: int = 0
    not_modified: int = 0

    def problem(self, input_id: str, code: str, message: str) -> None:
        self.items.append(Unreadable(input_id, Problem(code, message)))


def harvest_feed(h: Harvest, fetcher: Fetcher, url: str, state: State, cfg: WatchSettings) -> None:
    """Fetch one feed (conditionally) and add its items; a fault is one problem for the feed."""
    h.feeds += 1
    try:
        got = fetcher.get(url, cfg.max_feed_bytes, state.etag, state.last_modified)
    except FetchFailed as exc:
        h.problem(url, exc.code, str(exc))
        h.states[url] = dataclasses.replace(state, status=exc.code)
        return
    if got is None:
        h.not_modified += 1
        h.states[url] = dataclasses.replace(state, status="not modified")
        return
    parsed = _parse_feed(h, url, got.body, got.content_type)
    # validators are kept only for a feed read without fault (else it is fetched whole next time)
    h.states[url] = State(got.etag, got.last_modified, None, "ok") if parsed else State(status="E_FEED")
    if parsed:
        _add_entries(h, url, parsed)


def _parse_feed(h: Harvest, url: str, body: bytes, content_type: str) -> Any:
    import feedparser

    head = body[:4096].lstrip()
    if not looks_like_feed(head) and looks_like_html(head):
        h.problem(url, "E_FEED", f"{url}: an HTML page, not an RSS/Atom feed")
        return None
    encoding = _declared(body, content_type, _XML_ENCODING)
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        h.problem(url, "E_DECODE", f"{url}: not valid {encoding} ({exc})")
        return None
    parsed = feedparser.parse(body)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        h.problem(url, "E_FEED", f"{url}: no feed items found{why}")
        return None
    return parsed


def _declared(body: bytes, content_type: str, pattern: re.Pattern[bytes]) -> str:
    """The encoding the document declares (XML declaration / meta), else its HTTP charset, else UTF-8."""
    m = pattern.search(body[:2048])
    if m:
        return m.group(1).decode("ascii")
    header = re.search(r"charset=([A-Za-z0-9._-]+)", content_type or "")
    return header.group(1) if header else "utf-8"


def entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def _add_entries(h: Harvest, url: str, parsed: Any) -> None:
    publisher = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or None
        item_id = f"{url}#{entry.get('id') or link or n}"
        content = next((p["value"] for p in entry.get("content") or [] if p.get("value")), None)
        summary = entry.get("summary") or entry.get("description") or ""
        if content is None and link and _URL.match(link):
            h.pages.append(Page(item_id, link, entry, url, publisher))
            continue
        art = Article(id=item_id, text=html_to_text(content or summary), published=entry_date(entry),
                      title=entry.get("title") or None, url=link, source=url, publisher=publisher,
                      author=entry.get("author") or None)
        h.items.append(art)
        if content is None and art.text.strip():
            h.warnings.append((art, Problem("W_SUMMARY_ONLY", f"{item_id}: the item has only a summary and no "
                                                               f"link to its page; the summary is stored")))


def harvest_pages(h: Harvest, fetcher: Fetcher, known: Callable[[list[str]], set[str]], cfg: WatchSettings) -> None:
    """Fetch the pages not fetched before (``known(urls)`` says which were) and add their articles."""
    done = known([p.url for p in h.pages])
    for page in h.pages:
        if page.url in done:
            continue
        got = _fetch_page(h, fetcher, page, cfg)
        if isinstance(got, Article):
            h.items.append(got)
            h.page_of[got.id] = page.url


def _fetch_page(h: Harvest, fetcher: Fetcher, page: Page, cfg: WatchSettings) -> Article | None:
    def fail(code: str, message: str, permanent: bool = True) -> None:
        h.problem(page.item_id, code, message)
        if permanent:
            h.dead_pages[page.url] = code

    try:
        got = fetcher.get(page.url, cfg.max_page_bytes)
    except FetchFailed as exc:
        return fail(exc.code, str(exc), exc.permanent)
    assert got is not None  # no validators were sent
    ctype = got.content_type.split(";")[0].strip().lower()
    if ctype and ctype not in _HTML_TYPES:
        return fail("E_FETCH", f"{page.url}: {ctype}, not an HTML page")
    encoding = _declared(got.body, got.content_type, _META_CHARSET)
    try:
        markup = got.body.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        return fail("E_DECODE", f"{page.url}: not valid {encoding} ({exc})")
    art = article_from_html(page.item_id, markup, published=entry_date(page.entry), url=page.url)
    if isinstance(art, Unreadable):
        return fail(art.problem.code, art.problem.message)
    return dataclasses.replace(art, source=page.feed_url, title=page.entry.get("title") or art.title,
                               publisher=page.publisher or art.publisher)


def harvest_path(h: Harvest, path: str, states: dict[str, State]) -> None:
    """Every file under ``path`` that is new or changed since the last pass (size, mtime)."""
    for file in iter_files([path]):
        try:
            st = os.stat(file)
        except OSError as exc:
            h.problem(file, "E_READ", f"{file}: {exc.strerror or exc}")
            continue
        mark = f"{st.st_size}:{st.st_mtime_ns}"
        if states.get(file, State()).fingerprint == mark:
            continue
        h.items.extend(read_sources([file]))
        h.states[file] = State(fingerprint=mark, status="ok")
