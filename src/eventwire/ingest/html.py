"""HTML pages: main text plus title, date, author, site name and URL, via trafilatura.

One file is one article. Boilerplate (navigation, footers, comments) is dropped by trafilatura;
offsets in the records refer to the extracted main text (``Article.text``), not to the HTML.
The publication date is the page's own (meta tags, JSON-LD, URL; no guessing from copyright
lines), else ``--published``. A main text under ``settings.HTML_MIN_WORDS`` words is ``E_HTML``.

Not handled: pages that need JavaScript to render their text; pagination across several pages;
pages whose main text trafilatura cannot find become an ``E_HTML`` problem.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .. import settings
from ..records import Article, Problem

if TYPE_CHECKING:
    from . import Item


def _metadata(html: bytes | str) -> dict[str, Any] | None:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        return None
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def article_from_html(source_id: str, html: bytes | str, published: str | None = None,
                      url: str | None = None) -> "Item":
    """An Article from one HTML page, or Unreadable(E_HTML) when it has no main text."""
    from . import Unreadable

    try:
        meta = _metadata(html)
    except Exception as exc:  # noqa: BLE001 - trafilatura/lxml raise many types on broken markup
        return Unreadable(source_id, Problem("E_HTML", f"{source_id}: HTML could not be parsed ({exc})"))
    text = (meta or {}).get("text") or ""
    if len(text.split()) < settings.HTML_MIN_WORDS:
        return Unreadable(source_id, Problem("E_HTML", f"{source_id}: no main text found in the HTML "
                                                       f"({len(text.split())} word(s))"))
    assert meta is not None
    return Article(id=source_id, text=text, published=_date(meta.get("date")) or published,
                   title=meta.get("title") or None, url=url or meta.get("url") or None, source=source_id,
                   publisher=meta.get("sitename") or meta.get("hostname") or None,
                   author=meta.get("author") or None)


def _date(value: Any) -> str | None:
    text = str(value or "")[:10]
    return text if len(text) == 10 and text[4] == "-" and text[7] == "-" else None


def looks_like_html(head: bytes) -> bool:
    lower = head[:2048].lstrip().lower()
    return lower.startswith((b"<!doctype html", b"<html")) or b"<html" in lower[:512]


def read(source_id: str, raw: bytes, published: str | None) -> Iterator["Item"]:
    yield article_from_html(source_id, raw, published)
