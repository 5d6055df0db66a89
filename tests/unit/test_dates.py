"""Dates extractor: recognition on hand-built parses of short texts (date_parses.py, no model load),
tense-aware resolution, pure calendar helpers; random text still goes through the model."""
from __future__ import annotations

from datetime import date

import pytest
from date_parses import PARSES
from hand_docs import hand_doc

from eventwire.errors import OntologyError
from eventwire.extract import Context
from eventwire.extract import dates as D
from eventwire.ontology import lexicons
from eventwire.records import Article

MONDAY = "2020-01-06"  # publication date of the seed article, a Monday


@pytest.fixture
def dates():
    def run(text: str, published: str | None = MONDAY):
        doc = hand_doc(PARSES[text])
        out = D.extract(doc, Context(article=Article(id="t", text=text, published=published), doc=doc))
        for d in out:
            assert d.text == text[d.start:d.end]
        return {d.text: d for d in out}
    return run


@pytest.mark.parametrize("text, span, expected", [
    ("Officials will brief Congress on Wednesday about the strike.", "Wednesday", "2020-01-08"),
    ("Soleimani was killed in a drone strike early Friday in Iraq.", "early Friday", "2020-01-03"),
    ("The Iraqi parliament voted Monday to expel U.S. forces.", "Monday", "2020-01-06"),
    ("Trump vowed in a tweet Sunday to strike back.", "Sunday", "2020-01-05"),
    ("The summit is scheduled for Thursday.", "Thursday", "2020-01-09"),
    ("They plan to visit Baghdad on Friday.", "Friday", "2020-01-10"),
    ("He said he would travel to Paris on Tuesday.", "Tuesday", "2020-01-07"),
    ("Officials met last Monday.", "last Monday", "2019-12-30"),
    ("Talks will resume next Monday.", "next Monday", "2020-01-13"),
    ("The attack happened Sunday night.", "Sunday night", "2020-01-05"),
    ("Late Thursday night, rockets hit the base.", "Late Thursday night", "2020-01-02"),
    ("The summit is on Friday.", "Friday", "2020-01-10"),
    ("Friday, Jan. 3, saw strikes.", "Friday, Jan. 3", "2020-01-03"),
])
def test_weekdays_follow_tense(dates, text, span, expected):
    found = dates(text)
    assert found[span].date == expected and found[span].granularity == "day"


@pytest.mark.parametrize("text, span, expected, granularity", [
    ("Troops arrived yesterday and leave tomorrow.", "yesterday", "2020-01-05", "day"),
    ("Troops arrived yesterday and leave tomorrow.", "tomorrow", "2020-01-07", "day"),
    ("The general was killed last week.", "last week", "2019-12-30", "week"),
    ("Talks resume next week.", "next week", "2020-01-13", "week"),
    ("It happened earlier this month.", "earlier this month", "2020-01", "month"),
    ("The law passed last year.", "last year", "2019", "year"),
    ("Two weeks ago, it rained.", "Two weeks ago", "2019-12-23", "week"),
    ("Three days ago the convoy left.", "Three days ago", "2020-01-03", "day"),
    ("He left eight years ago.", "eight years ago", "2012", "year"),
    ("The bill passed in December.", "December", "2019-12", "month"),
    ("Elections are due in May.", "May", "2020-05", "month"),
    ("The speech came on Jan. 3.", "Jan. 3", "2020-01-03", "day"),
    ("Talks on March 28 failed.", "March 28", "2019-03-28", "day"),
    ("The vote will take place on March 28.", "March 28", "2020-03-28", "day"),
    ("The truce holds since the 3rd of January.", "3rd of January", "2020-01-03", "day"),
    ("It began 3 Jan. in Baghdad.", "3 Jan.", "2020-01-03", "day"),
    ("Fighting erupted over the weekend.", "weekend", "2019-12-30", "week"),
    ("Talks will be held at the weekend.", "weekend", "2020-01-06", "week"),
])
def test_relative_and_yearless_dates(dates, text, span, expected, granularity):
    d = dates(text)[span]
    assert (d.date, d.granularity) == (expected, granularity)


@pytest.mark.parametrize("text, span, expected, granularity", [
    ("The war began on 4 October 2007.", "4 October 2007", "2007-10-04", "day"),
    ("On Dec. 28, 2019, he died.", "Dec. 28, 2019", "2019-12-28", "day"),
    ("The report, dated 2019-12-30, says so.", "2019-12-30", "2019-12-30", "day"),
    ("The country was invaded by a U.S.-led force in 2003.", "2003", "2003", "year"),
    ("It was signed in January 2020.", "January 2020", "2020-01", "month"),
])
def test_absolute_dates_resolve_without_publication_date(dates, text, span, expected, granularity):
    d = dates(text, published=None)[span]
    assert (d.date, d.granularity) == (expected, granularity)


def test_relative_dates_without_publication_date_keep_text(dates):
    found = dates("He will meet Putin on Friday; the deal was signed Jan. 3 and talks ended yesterday.",
                  published=None)
    assert {k: (v.date, v.granularity) for k, v in found.items()} == {
        "Friday": (None, None), "Jan. 3": (None, None), "yesterday": (None, None)}


@pytest.mark.parametrize("text", [
    "The Sunday Times reported it.",
    "He wrote for the London Sunday Times for years.",
    "Some 2000 people marched.",
    "We may go, and the troops march on.",
    "He scored 1999 points.",
    "The decision is final.",
])
def test_not_dates(dates, text):
    assert dates(text) == {}


def test_bad_publication_date_is_treated_as_unknown(dates):
    assert dates("He left yesterday.", published="not-a-date")["yesterday"].date is None


def test_spans_are_tight(dates):
    assert set(dates("Senior officials will brief Congress on Wednesday about it.")) == {"Wednesday"}


# -- pure helpers: no model ------------------------------------------------------------------

def test_weekday_resolution_rules():
    lex = lexicons.dates_lexicon()
    pub = date(2020, 1, 6)  # Monday
    past, future = (lambda: "past"), (lambda: "future")
    assert D._weekday({"wd": "Monday", "mod": None}, pub, past, lex) == pub
    assert D._weekday({"wd": "Friday", "mod": None}, pub, past, lex) == date(2020, 1, 3)
    assert D._weekday({"wd": "Friday", "mod": None}, pub, future, lex) == date(2020, 1, 10)
    assert D._weekday({"wd": "Monday", "mod": "last"}, pub, future, lex) == date(2019, 12, 30)
    assert D._weekday({"wd": "Tues.", "mod": "next"}, pub, past, lex) == date(2020, 1, 7)


def test_yearless_day_picks_year_by_tense():
    pub = date(2020, 1, 6)
    assert D._day_month(28, 12, None, pub, lambda: None) == "2019-12-28"  # closest
    assert D._day_month(10, 1, None, pub, lambda: "past") == "2019-01-10"
    assert D._day_month(10, 1, None, pub, lambda: "future") == "2020-01-10"
    assert D._day_month(31, 2, "2020", pub, lambda: None) is None  # no such day
    assert D._day_month(29, 2, None, date(2021, 3, 1), lambda: "past") == "2020-02-29"


def test_weeks_start_on_monday_across_years():
    assert D._iso_week(date(2020, 1, 5)) == "2019-12-30"  # a Sunday: its week starts in 2019
    assert D._relative({"mod": "last", "unit": "week"}, date(2020, 1, 6), lexicons.dates_lexicon()) == (
        "2019-12-30", "week")
    assert D._relative({"mod": "last", "unit": "night"}, date(2020, 1, 6), lexicons.dates_lexicon()) == (
        "2020-01-05", "day")


def test_dates_lexicon_validation(monkeypatch):
    lex = lexicons.dates_lexicon()
    assert lex.weekdays["friday"] == 4 and lex.months["sept"] == 9
    with pytest.raises(OntologyError, match="must lie in"):
        lexicons._check_range({"funday": 9}, 0, 6, "weekdays", "t.yaml")


# -- robustness: never crash, spans always match the text -------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from eventwire.extract import counts as C  # noqa: E402

_WORDS = ["Jan.", "3", "2,500", "$", "€", "-", "billion", "m", "of", "hundreds", "a", "dozen", "Friday",
          "last", "week", "ago", "two", "toll", "rose", "to", "killed", "were", "dead", "in", "2003", "May",
          "—", "“", "\n", "%", "Late", "weekend", "since", "3rd", "29", "February", "31", "9999", "1.5bn",
          "one", "thousand", "and", "twenty", "five", "2020-02-30", "MONDAY", "tens", "days", "The"]


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=20), glue=st.booleans(),
       published=st.sampled_from([None, "2020-02-29", "2020-01-06", "bad"]))
def test_counts_and_dates_never_crash_and_spans_match(nlp, words, glue, published):
    text = ("" if glue else " ").join(words)
    doc = nlp(text)
    ctx = Context(article=Article(id="t", text=text, published=published), doc=doc)
    for rec in [*C.extract(doc, ctx), *D.extract(doc, ctx)]:
        assert text[rec.start:rec.end] == rec.text


def test_year_glued_to_letters_is_not_a_date(dates):
    assert dates("ofwe2003 in2003") == {}


def test_lower_case_weekday_resolves_but_lower_case_ambiguous_month_does_not():
    from eventwire.pipeline import process
    from eventwire.records import Article

    r = process(Article("x", "police fired ten rounds in vadodara on monday. he will march 15 miles.", "2002-03-26"))
    assert [(d.text, d.date) for d in r.dates] == [("monday", "2002-03-25")]


def test_fronted_year_before_a_comma_is_a_date():
    from eventwire.pipeline import process
    from eventwire.records import Article

    text = "In 1993, radical Islamists bombed the World Trade Center. They sold 1,993 cars."
    r = process(Article("x", text, "2016-09-22"))
    assert [(d.text, d.date) for d in r.dates] == [("1993", "1993")]
    assert [e.date for e in r.events] == ["1993"]


@pytest.mark.parametrize("flags", [0, __import__("re").IGNORECASE])
def test_alternation_grouped_by_first_letter_matches_as_the_plain_one(flags: int) -> None:
    """The alternation grouped by first letter (dates._by_first_letter) finds what the plain
    "longest first" alternation finds, case-blind too, where forms of both cases share a letter."""
    import re

    words = ["mar", "march", "may", "Mar", "Mars", "MAYDAY", "mon", "monday", "m", "tue", "tues", "Tuesday"]
    ordered = sorted(words, key=len, reverse=True)
    plain = re.compile(r"\b(?P<w>" + "|".join(re.escape(w) for w in ordered) + r")(?P<rest>\w*)", flags)
    grouped = re.compile(r"\b(?P<w>" + D._by_first_letter(ordered) + r")(?P<rest>\w*)", flags)
    text = "Mars MARCH march mayday MAYDAY Monday mon m Tuesday TUES tue tuesday mx marsh"
    assert [m.groupdict() for m in grouped.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
    assert D._by_first_letter(["Monday", "Mon", "Tuesday"]) == "M(?:onday|on)|T(?:uesday)"
