"""Turning ``ArticleResult``s into rows and writing them: one transaction per batch of articles.

Articles are keyed by ``article_key(text)``, a hash of the normalised text, so the same story
read twice (a rerun, or the same file under another name) is stored once; every place it was
read from becomes an ``article_sources`` row. Record ids are deterministic
(``records.record_id`` over article key + kind + span + a discriminator), and every insert is
``ON CONFLICT DO NOTHING``, so writing the same result twice adds nothing. All rows of an
article are written in the same transaction as the article row: a killed writer leaves either
the whole article or none of it, and the rerun picks up what is missing.

``Batch.tables()`` turns the rows into Arrow tables where they are built (a pool worker, a Dask
task), so the single writer only runs ``write_tables`` (one ``INSERT ... ON CONFLICT DO NOTHING``
per table, one transaction per batch).

Not handled: updating an article whose extraction changed (a new extractor version needs a
new database, or ``DELETE`` of the old articles first).
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa

from ..records import ArticleResult, Problem, record_id
from . import schema

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, whitespace runs collapsed to one space, ends stripped (case is kept)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def article_key(text: str) -> str:
    """Stable key of an article: blake2b-128 of its normalised text."""
    return hashlib.blake2b(normalise(text).encode("utf8"), digest_size=16).hexdigest()


def publisher_of(article: Any) -> str | None:
    """The article's publisher, else its URL host without ``www.``, else None."""
    if getattr(article, "publisher", None):
        return str(article.publisher)
    if article.url:
        host = urlsplit(article.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def _discriminator(kind: str, rec: dict[str, Any]) -> tuple[Any, Any, str]:
    """(start, end, extra) identifying a record inside its article."""
    if kind == "entities":
        return None, None, str(rec.get("id"))
    if kind == "mentions":
        return rec["start"], rec["end"], str(rec.get("entity_id"))
    if kind == "events":
        ev, actor, recip = rec.get("evidence") or {}, rec.get("actor") or {}, rec.get("recipient") or {}
        trig = rec.get("trigger") or {}
        return ev.get("start"), ev.get("end"), (f"{rec.get('type')}|{actor.get('start')}|"
                                                 f"{recip.get('start')}|{trig.get('start')}|{rec.get('factuality')}")
    if kind == "contradictions":
        return rec["a"]["start"], rec["a"]["end"], f"{rec['b']['start']}|{rec['b']['end']}"
    if "start" in rec and "end" in rec:
        return rec["start"], rec["end"], str(rec.get("kind") or rec.get("category") or "")
    return None, None, json.dumps(rec, sort_keys=True, ensure_ascii=False)


def _records_of(result: ArticleResult) -> dict[str, list[dict[str, Any]]]:
    """Record dicts per kind, with entity mentions split into their own kind."""
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in result.RECORD_KINDS:
        out[kind] = [r.to_dict() for r in getattr(result, kind, [])]
    out["mentions"] = [{"entity_id": e["id"], **m} for e in out.get("entities", []) for m in e["mentions"]]
    return out


def problem_row(input_id: str, key: str | None, problem: Problem, run_id: str) -> tuple[Any, ...]:
    pid = record_id(input_id, "problem", None, None, f"{problem.code}|{problem.message}|{problem.extractor}")
    return (pid, key, input_id, problem.code, problem.message, problem.extractor, run_id)


def source_row(key: str, article: Any) -> tuple[Any, ...]:
    return (key, article.id, article.source, publisher_of(article), article.url, article.published)


class Batch:
    """Rows of many articles, per table, ready for one transaction."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in schema.all_tables()}
        self.seen: dict[str, set[Any]] = {}

    def add(self, table: str, row: tuple[Any, ...], key: Any) -> None:
        seen = self.seen.setdefault(table, set())
        if key not in seen:
            seen.add(key)
            self.rows[table].append(row)

    def add_result(self, result: ArticleResult, key: str, run_id: str, signature: list[int] | None) -> int:
        """Add an article and all its records; return the number of records added."""
        art = result.article
        self.add("articles", (key, art.id, art.title, art.url, art.published, art.source, publisher_of(art),
                              getattr(art, "author", None), len(art.text), art.text, None, run_id), key)
        self.add("article_sources", source_row(key, art), (key, art.id))
        if signature is not None:
            self.add("article_minhash", (key, signature), key)
        for p in result.problems:
            row = problem_row(art.id, key, p, run_id)
            self.add("problems", row, row[0])
        return sum(self._add_records(kind, recs, key) for kind, recs in _records_of(result).items())

    def _add_records(self, kind: str, recs: list[dict[str, Any]], key: str) -> int:
        n = 0
        for seq, rec in enumerate(recs):
            rid = record_id(key, kind, *_discriminator(kind, rec))
            if kind in schema.RECORD_COLUMNS:
                self.add(kind, schema.table_row(kind, rid, key, seq, rec), rid)
            else:
                self.add("other_records", (rid, key, kind, seq, json.dumps(rec, ensure_ascii=False)), rid)
            n += 1
        return n

    def tables(self) -> dict[str, pa.Table]:
        """The non-empty tables as Arrow tables (built where the rows are, e.g. in a worker)."""
        return {table: arrow_table(table, rows) for table, rows in self.rows.items() if rows}

    def write(self, con: "duckdb.DuckDBPyConnection") -> None:
        """Insert every row in one transaction; rows whose key exists already are skipped."""
        write_tables(con, self.tables())


def arrow_table(table: str, rows: list[tuple[Any, ...]]) -> pa.Table:
    """Rows of ``table`` (tuples in schema column order) as an Arrow table."""
    cols = schema.columns(table)
    return pa.table({c: pa.array(list(v)) for c, v in zip(cols, zip(*rows))})


def write_tables(con: "duckdb.DuckDBPyConnection", tables: dict[str, pa.Table]) -> None:
    """Insert Arrow tables (``Batch.tables()``) in one transaction; existing keys are skipped."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table, arrow in tables.items():
            _insert(con, table, arrow)
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:  # a failed COMMIT has already ended the transaction
            pass
        raise


def _insert(con: "duckdb.DuckDBPyConnection", table: str, arrow: pa.Table) -> None:
    con.register("_eventwire_rows", arrow)
    try:
        names = ", ".join(f'"{c}"' for c in schema.columns(table))
        con.execute(f'INSERT INTO "{table}" ({names}) SELECT {names} FROM _eventwire_rows '
                    f"ON CONFLICT DO NOTHING")
    finally:
        con.unregister("_eventwire_rows")
