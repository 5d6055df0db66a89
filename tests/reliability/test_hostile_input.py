"""Issue 14, items 2-5 and 8: hostile input read by the readers (and through ``run``/``extract``).

Each case is one an actual crawl produces: a JSONL line nested 1,000 levels deep, a Latin-1
file name, a WARC record or HTML page far larger than any article, a FIFO or a symlink to
``/dev/zero`` in an input folder, the store inside the folder it reads, publication dates that
are not ISO dates. The huge inputs run in a subprocess under ``RLIMIT_AS`` (and a timeout), so
a regression makes the test fail instead of taking the machine.
"""
from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import main
from eventwire.ingest import Unreadable, count_items, read_sources
from eventwire.records import Article

GOOD = "Iran's foreign minister said on Monday that talks with the United States had failed."
#: Address-space cap of the subprocess that reads a huge input (the fixed readers need far less).
MEMORY_CAP = 1_500_000_000


def items_of(paths, **kw) -> list[tuple[str, str]]:
    """(id, 'article' or the problem code) per item ``read_sources`` yields."""
    out = []
    for it in read_sources([str(p) for p in paths], **kw):
        out.append((it.id, "article" if isinstance(it, Article) else it.problem.code))
    return out


def run_capped(code: str, timeout: int = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run Python ``code`` in a subprocess whose address space is capped at MEMORY_CAP bytes."""
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout, preexec_fn=cap, env={**os.environ, **(env or {})})


# --- item 2: a JSONL line nested 1,000 levels deep ------------------------------------------------

def deep_jsonl(path: Path) -> Path:
    lines = [json.dumps({"id": "before", "text": GOOD, "published": "2020-01-06"}),
             "[" * 1000 + "]" * 1000,
             '{"id": "deep-field", "text": "x", "extra": ' + "[" * 1000 + "]" * 1000 + "}",
             json.dumps({"id": "after", "text": GOOD + " Again.", "published": "2020-01-06"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf8")
    return path


def test_deeply_nested_jsonl_line_is_one_problem_and_the_file_goes_on(tmp_path):
    src = deep_jsonl(tmp_path / "deep.jsonl")
    got = items_of([src])
    assert [code for _, code in got] == ["article", "E_JSON", "E_JSON", "article"], got
    assert got[1][0].endswith("deep.jsonl:2")


def test_run_and_extract_store_the_articles_around_a_deep_line(tmp_path, capsys):
    src = deep_jsonl(tmp_path / "deep.jsonl")
    db = tmp_path / "deep.duckdb"
    assert main(["run", str(src), "--db", str(db), "--workers", "1", "-q"]) == 0
    con = duckdb.connect(str(db), read_only=True)
    ids = sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall())
    codes = sorted(r[0] for r in con.execute("SELECT code FROM problems").fetchall())
    con.close()
    assert ids == ["after", "before"] and codes == ["E_JSON", "E_JSON"]
    capsys.readouterr()
    assert main(["extract", "-q", str(src)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["before", str(src) + ":2", str(src) + ":3", "after"]


# --- item 3: a file name that is not valid UTF-8 --------------------------------------------------

def test_non_utf8_file_name_is_stored_losslessly(tmp_path):
    from eventwire.ingest.files import path_bytes

    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(str(folder)) + b"/bad\xff\\name.txt"
    with open(raw, "wb") as fh:
        fh.write(GOOD.encode())
    for i in range(20):  # more than one chunk of good articles around it
        (folder / f"good{i:02}.txt").write_text(f"Report {i}. {GOOD}", encoding="utf8")
    db = tmp_path / "names.duckdb"
    assert main(["run", str(folder), "--db", str(db), "--workers", "1", "-q"]) == 0
    con = duckdb.connect(str(db), read_only=True)
    ids = [r[0] for r in con.execute("SELECT input_id FROM article_sources ORDER BY input_id").fetchall()]
    con.close()
    assert len(ids) == 21
    bad = [i for i in ids if "bad" in i]
    assert bad == [str(folder) + "/bad\\xff\\\\name.txt"], bad
    assert path_bytes(bad[0]) == raw  # lossless: the exact bytes of the name come back


# --- item 4: decompression and size ---------------------------------------------------------------

def _warc_gz(path: Path, html_bytes: int) -> Path:
    """A .warc.gz whose first record is an HTML page of ``html_bytes`` bytes, the second a small page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    class Page(io.RawIOBase):  # streams the huge payload without holding it
        def __init__(self, n: int) -> None:
            self.left, self.unit = n, b"<p>" + b"lorem ipsum dolor sit amet " * 30 + b"</p>\n"

        def readable(self) -> bool:
            return True

        def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
            n = min(len(buf), self.left)
            data = (self.unit * (n // len(self.unit) + 1))[:n]
            buf[:n] = data
            self.left -= n
            return n

    small = ("<html><body><article><p>" + " ".join([GOOD] * 20) + "</p></article></body></html>").encode()
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, payload, length in (("http://example.org/huge", io.BufferedReader(Page(html_bytes)), html_bytes),
                                     ("http://example.org/small", io.BytesIO(small), len(small))):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(length))], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(uri, "response", payload=payload, length=length,
                                                          http_headers=headers))
    return path


def test_warc_record_of_300_mb_is_too_long_and_the_next_record_is_read(tmp_path):
    src = _warc_gz(tmp_path / "bomb.warc.gz", 300 * 2**20)
    assert src.stat().st_size < 5 * 2**20  # a small file that decompresses to 300 MB
    proc = run_capped(f"""
        from eventwire.ingest import read_sources
        for it in read_sources([{str(src)!r}]):
            print(it.id, getattr(getattr(it, "problem", None), "code", "article"))
        """)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.split("\n")
    assert lines[0].endswith("#http://example.org/huge E_TOO_LONG"), proc.stdout
    assert lines[1].endswith("#http://example.org/small article"), proc.stdout


def test_html_file_over_the_limit_is_too_long_without_parsing(tmp_path):
    page = tmp_path / "huge.html"
    with open(page, "wb") as fh:
        fh.write(b"<html><body>")
        for _ in range(30):
            fh.write(b"<div><p>" + b"word " * 200_000 + b"</p></div>")  # 30 MB
    proc = run_capped(f"""
        from eventwire.ingest import read_sources
        print([getattr(getattr(it, "problem", None), "code", "article") for it in read_sources([{str(page)!r}])])
        """)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "['E_TOO_LONG']"


def test_limits_are_settings_and_environment_variables(tmp_path, monkeypatch):
    from eventwire import settings

    (tmp_path / "a.html").write_bytes(b"<html><body><article><p>" + GOOD.encode() * 40 + b"</p></article></body></html>")
    (tmp_path / "b.txt").write_bytes(GOOD.encode() * 10)
    lines = [json.dumps({"id": "long", "text": GOOD * 100}), json.dumps({"id": "short", "text": GOOD})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf8")
    monkeypatch.setattr(settings, "MAX_HTML_BYTES", 1000)
    monkeypatch.setattr(settings, "MAX_TEXT_BYTES", 500)
    monkeypatch.setattr(settings, "MAX_LINE_BYTES", 1000)
    got = dict(items_of([tmp_path]))
    assert got[str(tmp_path / "a.html")] == "E_TOO_LONG"
    assert got[str(tmp_path / "b.txt")] == "E_TOO_LONG"
    assert got[str(tmp_path / "c.jsonl") + ":1"] == "E_TOO_LONG" and got["short"] == "article"
    proc = subprocess.run([sys.executable, "-c", "from eventwire import settings; print(settings.MAX_HTML_BYTES)"],
                          capture_output=True, text=True, env={**os.environ, "EVENTWIRE_MAX_HTML_BYTES": "12345"})
    assert proc.stdout.strip() == "12345"


def test_jsonl_line_over_the_limit_is_skipped_in_bounded_memory(tmp_path):
    """A 600 MB line (no newline for 600 MB) under a 1.5 GB address-space cap."""
    src = tmp_path / "long-line.jsonl"
    with open(src, "wb") as fh:
        fh.write(json.dumps({"id": "first", "text": GOOD}).encode() + b"\n")
        fh.write(b'{"id": "huge", "text": "')
        block = b"a" * 2**20
        for _ in range(600):
            fh.write(block)
        fh.write(b'"}\n' + json.dumps({"id": "last", "text": GOOD + " Later."}).encode() + b"\n")
    try:
        proc = run_capped(f"""
            from eventwire.ingest import read_sources
            print([(it.id.rsplit("/", 1)[-1], getattr(getattr(it, "problem", None), "code", "article"))
                   for it in read_sources([{str(src)!r}])])
            """)
    finally:
        src.unlink()
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == ("[('first', 'article'), ('long-line.jsonl:2', 'E_TOO_LONG'), "
                                   "('last', 'article')]")


# --- item 5: special files and the store in an input folder ---------------------------------------

def test_fifo_dev_zero_and_the_store_in_a_folder_are_refused(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf8")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("/dev/zero", folder / "zero.jsonl")
    db = folder / "store.duckdb"
    duckdb.connect(str(db)).close()
    proc = run_capped(f"""
        from eventwire.ingest import count_items, read_sources
        print(count_items([{str(folder)!r}]))
        for it in read_sources([{str(folder)!r}], store={str(db)!r}):
            print(it.id.rsplit("/", 1)[-1], getattr(getattr(it, "problem", None), "code", "article"))
        """, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert lines[0] == "5"
    assert sorted(lines[1:]) == ["good.txt article", "pipe.txt E_READ", "store.duckdb E_READ",
                                 "zero.jsonl E_READ", "zero.txt E_READ"]


def test_run_with_its_store_inside_the_input_folder(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf8")
    db = folder / "corpus.duckdb"
    for _ in range(2):  # the second run finds the store (and no article in it)
        assert main(["run", str(folder), "--db", str(db), "--workers", "1", "-q"]) == 0
    con = duckdb.connect(str(db), read_only=True)
    articles = con.execute("SELECT id FROM articles").fetchall()
    problems = con.execute("SELECT input_id, message FROM problems").fetchall()
    con.close()
    assert articles == [(str(folder / "good.txt"),)]
    ids = {p[0] for p in problems}  # the store and the files beside it it owns (WAL, writer lock)
    assert str(db) in ids and all(i == str(db) or i.startswith(str(db) + ".") for i in ids), ids
    assert all("store this run writes" in p[1] for p in problems)


def test_a_fifo_named_on_the_command_line_is_read(tmp_path):
    pipe = tmp_path / "named.jsonl"
    os.mkfifo(pipe)
    writer = subprocess.Popen([sys.executable, "-c", f"open({str(pipe)!r}, 'w').write("
                               f"{json.dumps(json.dumps({'id': 'piped', 'text': GOOD}) + chr(10))})"])
    try:
        assert count_items([str(pipe)]) is None  # counting would consume the pipe
        assert items_of([pipe]) == [("piped", "article")]
    finally:
        writer.wait(timeout=30)


# --- item 8: publication dates --------------------------------------------------------------------

@pytest.mark.parametrize("published, outcome", [
    ("20200106", "E_DATE"), ("2020-W01-1", "E_DATE"), (20200106, "E_DATE"), ("2020-01-06<script>", "E_DATE"),
    ("2020-13-01", "E_DATE"), ("yesterday", "E_DATE"), ("2020-01-06", "article"),
    ("2020-01-06T10:30:00Z", "article"), (None, "article")])
def test_published_must_be_an_iso_date(tmp_path, published, outcome):
    src = tmp_path / "dates.jsonl"
    src.write_text(json.dumps({"id": "a", "text": GOOD, "published": published}) + "\n", encoding="utf8")
    [item] = list(read_sources([str(src)]))
    got = "article" if isinstance(item, Article) else item.problem.code
    assert got == outcome
    if isinstance(item, Article) and published:
        assert item.published == "2020-01-06"
    if isinstance(item, Unreadable):
        assert repr(published) in item.problem.message


def test_bad_published_option_is_a_clean_error(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf8")
    assert main(["extract", str(src), "--published", "20200106"]) == 2
    err = capsys.readouterr().err
    assert "E_INPUT" in err and "20200106" in err and "Traceback" not in err
