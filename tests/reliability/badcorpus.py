"""A corpus of bad input, generated on disk: every class of dirty data issue 7 names.

``make(tmp)`` writes the files and returns ``{input id suffix: expectation}``, where an
expectation is ``("article", None)`` (must be stored/extracted as an article) or
``("problem", CODE)`` (must end as a problem with that stable code). Input ids are matched by
suffix because readers prefix them with the path (``FILE``, ``FILE:LINE``, ``FILE#URI``).
"""
from __future__ import annotations

import io
import json
from pathlib import Path

GOOD = "Iran's foreign minister said on Monday that talks with the United States had failed."
PAGE = ("<html><head><title>Strike</title></head><body><article><h1>Strike on base</h1>"
        "<p>Iran fired missiles at a base in Iraq, the Pentagon said on Wednesday. "
        "Officials said 11 soldiers were injured.</p>")  # unclosed tags: malformed on purpose


def _warc(pages: list[tuple[str, str]]) -> bytes:
    """A gzipped WARC with one HTML response per (uri, html)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()),
                                                     http_headers=headers))
    return buf.getvalue()


def _truncated_warc() -> bytes:
    """Two records; the file is cut in the middle of the second one."""
    body = "<html><body><article><p>" + " ".join([GOOD] * 40) + "</p></article></body></html>"
    first = _warc([("http://example.org/a", body)])
    both = _warc([("http://example.org/a", body), ("http://example.org/b", body)])
    return both[:len(first) + (len(both) - len(first)) // 2]


def make(tmp: Path, huge_chars: int = 20 * 2**20) -> dict[str, tuple[str, str | None]]:
    """Write the bad corpus under ``tmp``; return the expected outcome per input."""
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\r\n   \n",
        "binary.txt": bytes(range(256)) * 64,
        "invalid-utf8.txt": b"Officials in \xff\xfe Baghdad said \xc3\x28 nothing.",
        "mixed-encodings.txt": "Caf\u00e9 owners said ".encode() + "na\u00efve officials".encode("latin-1"),
        "nul-bytes.txt": GOOD.encode() + b"\x00\x00\x00" + GOOD.encode(),
        "huge-20mb.txt": (GOOD + " ").encode() * (huge_chars // (len(GOOD) + 1) + 1),
        "one-sentence-100k.txt": (" ".join(["the minister said troops from Iran and Iraq met in Baghdad"] * 1700)
                                  )[:99_999].encode() + b".",
        "quote-marks-1000.txt": ("He said \" yes and she said \u201c no \u201d . " * 333 + "\"").encode(),
        "malformed.html": PAGE.encode(),
        "rtl.txt": ("\u0642\u0627\u0644 \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 "
                    "\u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0641\u0634\u0644\u062a. "
                    "\u05e9\u05e8 \u05d4\u05d7\u05d5\u05e5 \u05d0\u05de\u05e8. \u200f" + GOOD).encode(),
        "emoji.txt": ("\U0001F4A5\U0001F1EE\U0001F1F7 " + GOOD + " \U0001F44D\U0001F3FD\u200d\u2642\ufe0f").encode(),
        "empty-feed.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>',
        "truncated.warc.gz": _truncated_warc(),
        "lines.jsonl": "\n".join([
            json.dumps({"id": "ok-line", "text": GOOD, "published": "2020-01-06"}),
            "{this is not json",
            json.dumps({"id": "no-text", "title": "missing text"}),
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "bad-date", "text": GOOD, "published": "yesterday"}),
            '{"id": "cut-off", "text": "Iran said',
        ]).encode() + b"\n",
    }
    for name, data in files.items():
        (tmp / name).write_bytes(data)
    return {
        "empty.txt": ("problem", "E_EMPTY"), "blank.txt": ("problem", "E_EMPTY"),
        "binary.txt": ("problem", "E_BINARY"), "invalid-utf8.txt": ("problem", "E_DECODE"),
        "mixed-encodings.txt": ("problem", "E_DECODE"), "nul-bytes.txt": ("problem", "E_BINARY"),
        "huge-20mb.txt": ("problem", "E_TOO_LONG"), "one-sentence-100k.txt": ("article", None),
        "quote-marks-1000.txt": ("article", None), "malformed.html": ("article", None),
        "rtl.txt": ("article", None), "emoji.txt": ("article", None),
        "empty-feed.rss": ("problem", "E_FEED"),
        "truncated.warc.gz#http://example.org/a": ("article", None),
        "truncated.warc.gz": ("problem", "E_WARC"),
        "ok-line": ("article", None), "lines.jsonl:2": ("problem", "E_JSON"),
        "no-text": ("problem", "E_FIELDS"), "lines.jsonl:4": ("problem", "E_FIELDS"),
        "bad-date": ("problem", "E_DATE"), "lines.jsonl:6": ("problem", "E_JSON"),
    }
