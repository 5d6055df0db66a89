"""Property-based tests: process() on random text never raises and always honours the contract.

Two generators: arbitrary unicode (control characters, RTL, emoji, lone quote marks) and
news-like text assembled from fragments that trigger every extractor (names, cue verbs, quote
marks, numbers, weekdays). Examples are bounded so the module runs in seconds.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire import Article, process, process_many
from eventwire.contract import validate
from eventwire.errors import PROBLEM_CODES

FRAGMENTS = [
    "President Donald Trump", "Trump", "he", "she", "they", "the Pentagon", "Iran", "Iraqi lawmakers",
    "Secretary of Defense Mark Esper", "Esper", "said", "told reporters that", "warned", "threatened",
    "will", "would", "did not", "denied", "announced", "voted to expel", "attacked", "killed",
    "2,500 U.S. Marines", "52 Iranian sites", "at least 12 people", "$2 billion", "thirty days",
    "on Friday", "early Monday", "last week", "Jan. 3", "4 October 2007", "in 2003", "tomorrow",
    "“", "”", "\"", "'", "‘", "’", "«", "»", ",", ".", ";", ":", "—", "(", ")", "\n\n", "\n",
    "Baghdad", "the Persian Gulf", "troops", "sanctions", "a letter", "in a tweet", "no decision",
    "مرحبا", "😀", "\u200f", "Ⅻ", "１２", "",
]
PUBLISHED = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
RAW_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
NEWSY_TEXT = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map(" ".join)
FAST = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


def check(text: str, published: str | None) -> None:
    """process() returns a contract-valid result; problems only carry registered codes."""
    result = process(Article(id="prop", text=text, published=published))
    obj = result.to_dict()
    errors = validate(obj, text)
    assert errors == [], errors[:5]
    for p in result.problems:
        assert p.code in PROBLEM_CODES
        assert not p.code == "E_EXTRACTOR", f"an extractor raised on {text!r}: {p.message}"


@FAST
@given(RAW_TEXT, PUBLISHED)
def test_arbitrary_unicode(text, published):
    check(text, published)


@FAST
@given(NEWSY_TEXT, PUBLISHED)
def test_news_like_fragments(text, published):
    check(text, published)


@settings(max_examples=10, deadline=None, derandomize=True)
@given(st.lists(NEWSY_TEXT, min_size=1, max_size=6))
def test_batched_equals_one_by_one(texts):
    """process_many (nlp.pipe batches) gives exactly what process gives article by article."""
    articles = [Article(id=f"a{i}", text=t, published="2020-01-06") for i, t in enumerate(texts)]
    batched = [r.to_dict() for r in process_many(articles, batch_size=4)]
    single = [process(a).to_dict() for a in articles]
    assert batched == single
