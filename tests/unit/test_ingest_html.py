"""HTML reader: main text without boilerplate, metadata, problems for pages without text."""
from __future__ import annotations

from eventwire.ingest import READERS, Unreadable, detect_format, read_sources, sniff
from eventwire.records import Article

BODY = ("<p>Iran fired more than a dozen ballistic missiles at two bases in Iraq that house U.S. troops, "
        "the Pentagon said on Tuesday, in retaliation for the killing of a general.</p>"
        "<p>The attack came days after a U.S. drone strike killed General Qassem Soleimani in Baghdad, "
        "raising fears of a wider war in the region and sending oil prices higher.</p>"
        "<p>\"We are assessing the damage,\" a Pentagon spokesman said.</p>")
PAGE = ("<!DOCTYPE html><html><head><title>Iran fires missiles at bases</title>"
        "<meta name=\"author\" content=\"Jane Roe\"><meta property=\"og:site_name\" content=\"Example News\">"
        "<meta property=\"article:published_time\" content=\"2020-01-08T10:00:00Z\">"
        "<link rel=\"canonical\" href=\"https://www.example.com/iran\"></head><body>"
        "<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | Subscribe now</nav>"
        f"<article><h1>Iran fires missiles at bases</h1>{BODY}</article>"
        "<footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>")


def _read(tmp_path, name: str, data: str | bytes, **kw):
    path = tmp_path / name
    path.write_bytes(data.encode("utf8") if isinstance(data, str) else data)
    return list(read_sources([str(path)], **kw))


def test_main_text_and_metadata(tmp_path):
    [art] = _read(tmp_path, "page.html", PAGE)
    assert isinstance(art, Article)
    assert "ballistic missiles" in art.text and "We are assessing the damage" in art.text
    assert "Subscribe now" not in art.text and "All rights reserved" not in art.text
    assert (art.title, art.published, art.author) == ("Iran fires missiles at bases", "2020-01-08", "Jane Roe")
    assert art.publisher == "Example News" and art.url == "https://www.example.com/iran"


def test_published_option_is_the_fallback_date(tmp_path):
    page = PAGE.replace("2020-01-08T10:00:00Z", "")
    [art] = _read(tmp_path, "p.htm", page, published="2020-01-09")
    assert art.published in ("2020-01-09",)


def test_page_without_text_is_a_problem(tmp_path):
    [item] = _read(tmp_path, "empty.html", "<html><body><nav>Home</nav></body></html>")
    assert isinstance(item, Unreadable) and item.problem.code == "E_HTML"


def test_detection_by_extension_and_content():
    assert detect_format("a.HTML", b"") == "html" and detect_format("a.htm", b"") == "html"
    assert sniff(b"  <!doctype html><html>") == "html"
    assert sniff(b"<html lang='en'><head>") == "html"
    assert "html" in READERS


def test_stdin_html_is_sniffed(monkeypatch, tmp_path):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf8"))))
    [art] = list(read_sources(["-"]))
    assert isinstance(art, Article) and "ballistic missiles" in art.text
