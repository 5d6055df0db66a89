"""WARC reader: HTML and text captures become articles; other records are skipped."""
from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import Unreadable, detect_format, read_sources, sniff
from eventwire.records import Article

from test_ingest_html import PAGE  # noqa: I001  (tests/unit is on sys.path under pytest's rootdir)


def _warc(gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://www.example.com/iran", "response",
                                                  payload=io.BytesIO(PAGE.encode("utf8")), http_headers=http))
    img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://www.example.com/a.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG...."), http_headers=img))
    missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://www.example.com/gone", "response",
                                                  payload=io.BytesIO(b"<html>gone</html>"), http_headers=missing))
    writer.write_record(writer.create_warc_record(
        "urn:text:1", "resource", payload=io.BytesIO(b"Plain wire copy about Iraq."),
        warc_content_type="text/plain; charset=utf-8"))
    return buf.getvalue()


def test_warc_and_warc_gz(tmp_path):
    for gz, name in ((False, "c.warc"), (True, "c.warc.gz")):
        path = tmp_path / name
        path.write_bytes(_warc(gz))
        items = list(read_sources([str(path)]))
        assert [type(i) for i in items] == [Article, Article], name
        page, text = items
        assert "ballistic missiles" in page.text and page.url == "https://www.example.com/iran"
        assert page.published == "2020-01-08" and page.id == f"{path}#https://www.example.com/iran"
        assert text.text == "Plain wire copy about Iraq." and text.published  # capture date


def test_detection_by_extension_and_magic(tmp_path):
    assert detect_format("x.warc.gz", b"") == "warc" and detect_format("x.warc", b"") == "warc"
    assert sniff(_warc(False)[:4096]) == "warc" and sniff(_warc(True)[:4096]) == "warc"


def test_broken_warc_is_a_problem(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    items = list(read_sources([str(path)]))
    assert items and isinstance(items[-1], Unreadable) and items[-1].problem.code == "E_WARC"
