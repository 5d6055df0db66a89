"""Store test helpers: hand-built ArticleResults (no spaCy model) and small stores."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.append(str(Path(__file__).resolve().parents[1] / "unit"))  # ingest fixtures (PAGE, RSS)

from eventwire.records import (Article, ArticleResult, Count, DateRef, Entity, Event,  # noqa: E402
                               Location, Participant, Problem, Quote, Span)

TEXT = ("Iran fired missiles at a base in Iraq, the Pentagon said. \"We will respond,\" Trump said. "
        "Esper denied that troops would leave. 2,500 Marines were sent on Monday.")


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def make_result(text: str = TEXT, aid: str = "a1", published: str | None = "2020-01-08",
                publisher: str | None = None, url: str | None = None) -> ArticleResult:
    """An ArticleResult with one record of every kind, spans taken from ``text``."""
    art = Article(id=aid, text=text, published=published, url=url, publisher=publisher, source=aid)
    iran, trump = _span(text, "Iran"), _span(text, "Trump")
    ent = Entity("e1", "Iran", "GPE", None, "IRN", None, (iran,))
    ent2 = Entity("e2", "Donald Trump", "PERSON", "President", "USA", "GOV", (trump,))
    q = _span(text, "We will respond,")
    quote = Quote(q.text, q.start, q.end, "direct", "Donald Trump", "e2", trump, _span(text, "said. 2"[:4]))
    ev = Event("ASSAULT", None, "asserted", Participant("Iran", "IRN", "GOV", iran.start, iran.end, "e1"),
               Participant("Iraq", "IRQ", None, None, None, None), "2020-01-08",
               Location("Iraq", "IRQ", 33.0, 44.0), _span(text, "Iran fired missiles at a base in Iraq"), -10.0,
               cameo="190", quad_class=4, goldstein=-10.0)
    ev2 = Event("THREATEN", None, "future", Participant("Donald Trump", "USA", "GOV", trump.start, trump.end, "e2"),
                None, None, None, _span(text, "We will respond"), -4.0)
    m = _span(text, "2,500 Marines")
    return ArticleResult(art, entities=[ent, ent2], quotes=[quote], events=[ev, ev2],
                         counts=[Count(2500, m.text, m.start, m.end, "military_personnel")],
                         dates=[DateRef("Monday", text.index("Monday"), text.index("Monday") + 6, "2020-01-06")],
                         problems=[Problem("W_TEST", "a warning")])


@pytest.fixture
def store(tmp_path):
    from eventwire.store.duckdb import open_store

    con = open_store(tmp_path / "t.duckdb")
    yield con
    con.close()


def rows_of(con, table: str, drop: frozenset[str] = frozenset({"run_id"})) -> list[tuple]:
    """All rows of a table without run-specific columns, sorted (for equality checks)."""
    from eventwire.store import schema

    cols = [c for c in schema.columns(table) if c not in drop]
    names = ", ".join(f'"{c}"' for c in cols)
    return sorted(con.execute(f'SELECT {names} FROM "{table}"').fetchall(), key=repr)


def snapshot(con) -> dict[str, list[tuple]]:
    from eventwire.store import schema

    return {t: rows_of(con, t) for t in schema.DATA_TABLES}
