"""Extractor steps declare what they read; the order and the reads are checked."""
from __future__ import annotations

import pytest

from eventwire.extract import EXTRACTORS, STEPS, Context, Results, Step, check_order
from eventwire.records import Article


def test_registry_order_is_checked_and_names_are_the_results():
    check_order(STEPS)
    assert [name for name, _ in EXTRACTORS] == [s.name for s in STEPS]
    assert dict((s.name, s.requires) for s in STEPS)["events"] == ("entities", "dates", "counts", "places", "quotes")


def test_a_step_requiring_a_later_result_fails_when_built():
    steps = (Step("a", lambda d, c: [], ("b",)), Step("b", lambda d, c: []))
    with pytest.raises(RuntimeError, match="'a' requires \\['b'\\]"):
        check_order(steps)


def test_reading_an_undeclared_result_raises_while_the_step_runs():
    ctx = Context(article=Article(id="x", text="t"), doc=None)
    assert isinstance(ctx.results, Results)
    ctx.results["entities"] = ["E"]
    ctx.results["dates"] = ["D"]
    ok = Step("reader", lambda d, c: list(c.results.get("entities", ())), ("entities",))
    assert ok(None, ctx) == ["E"]
    bad = Step("reader", lambda d, c: list(c.results.get("dates", ())), ("entities",))
    with pytest.raises(KeyError, match="'reader' reads ctx.results\\['dates'\\] but does not declare it"):
        bad(None, ctx)
    assert ctx.results.get("dates") == ["D"]   # outside a step: no check
