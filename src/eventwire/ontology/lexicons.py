"""Loaders for the counts and dates lexicons (``data/counts.yaml``, ``data/dates.yaml``).

Each loader reads its file once per process (``functools.lru_cache``) through the ontology
loader (so a ``--ontology`` overlay applies), checks its shape and
returns a frozen, ready-to-use object; a malformed file raises ``OntologyError`` naming the
file and the key. Nothing here knows about spaCy.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..errors import OntologyError
from .loader import read_yaml


def _load_yaml(name: str) -> dict[str, Any]:
    """The YAML mapping of ``name`` over every ontology layer (``loader.read_yaml``)."""
    data = read_yaml(name)
    if not isinstance(data, dict):
        raise OntologyError(f"{name}: top level must be a mapping")
    return data


def _mapping(data: dict[str, Any], key: str, source: str, kind: type = int) -> dict[str, Any]:
    """``data[key]`` as a dict with lower-case string keys and values of ``kind``."""
    value = data.get(key)
    if not isinstance(value, dict) or not value:
        raise OntologyError(f"{source}: '{key}' must be a non-empty mapping")
    out = {}
    for k, v in value.items():
        if not isinstance(v, kind) or isinstance(v, bool):
            raise OntologyError(f"{source}: '{key}.{k}' must be {kind.__name__}, got {v!r}")
        out[str(k).lower()] = v
    return out


def _whole(data: dict[str, Any], key: str, lo: int, hi: int, source: str) -> int:
    """A whole number in [lo, hi]; OntologyError naming the file and key otherwise."""
    value = data.get(key)
    if not (isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi):
        raise OntologyError(f"{source}: '{key}' must be a whole number, {lo}..{hi}")
    return value


def _words(data: dict[str, Any], key: str, source: str) -> frozenset[str]:
    """``data[key]`` as a set of lower-case strings."""
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise OntologyError(f"{source}: '{key}' must be a list of words")
    return frozenset(str(v).lower() for v in value)


def _inverted(data: dict[str, Any], key: str, source: str) -> dict[str, str]:
    """``{category: [word, ...]}`` -> ``{word: category}``; a word in two categories is an error."""
    value = data.get(key)
    if not isinstance(value, dict) or not value:
        raise OntologyError(f"{source}: '{key}' must be a mapping of category -> words")
    out: dict[str, str] = {}
    for cat in value:
        for word in _words(value, cat, f"{source}: {key}"):
            if word in out and out[word] != cat:
                raise OntologyError(f"{source}: '{word}' is in both {out[word]!r} and {cat!r} under '{key}'")
            out[word] = str(cat)
    return out


@dataclass(frozen=True)
class CountsLexicon:
    """Everything the counts extractor looks up; see ``data/counts.yaml`` for meanings."""

    units: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, int]
    approximators: frozenset[str]
    weak_numbers: frozenset[str]
    weak_number_categories: frozenset[str]
    currencies: dict[str, str]
    percent_words: frozenset[str]
    noun_category: dict[str, str]
    verb_outcome: dict[str, str]
    outcome_subjects: frozenset[str]
    not_a_count_after: frozenset[str]
    collective_nouns: frozenset[str]
    toll_nouns: frozenset[str]
    fraction_words: frozenset[str]
    bare_adjectives: frozenset[str]
    singular_articles: frozenset[str]
    person_categories: frozenset[str]

    @functools.cached_property
    def starters(self) -> frozenset[str]:
        """Lower-case words a number phrase not in digits can start with ("two", "hundreds", "a")."""
        return frozenset(self.units) | {p.split()[0] for p in self.vague} | {"a", "an"}

    @property
    def categories(self) -> frozenset[str]:
        """Every category a count can get."""
        return frozenset(self.noun_category.values()) | {"money", "percent", "other"} | set(self.verb_outcome.values())


@functools.lru_cache(maxsize=1)
def counts_lexicon() -> CountsLexicon:
    """The validated counts lexicon (read once per process)."""
    src = "counts.yaml"
    data = _load_yaml(src)
    lex = CountsLexicon(
        units=_mapping(data, "units", src), scales=_mapping(data, "scales", src),
        vague=_mapping(data, "vague", src), approximators=_words(data, "approximators", src),
        weak_numbers=_words(data, "weak_numbers", src),
        weak_number_categories=_words(data, "weak_number_categories", src),
        currencies=_mapping(data, "currencies", src, str),
        percent_words=_words(data, "percent_words", src),
        noun_category=_inverted(data, "categories", src),
        verb_outcome=_inverted(data, "outcome_verbs", src),
        outcome_subjects=_words(data, "outcome_subjects", src),
        not_a_count_after=_words(data, "not_a_count_after", src),
        collective_nouns=_words(data, "collective_nouns", src),
        toll_nouns=_words(data, "toll_nouns", src),
        fraction_words=_words(data, "fraction_words", src),
        bare_adjectives=_words(data, "bare_adjectives", src),
        singular_articles=_words(data, "singular_articles", src),
        person_categories=_words(data, "person_categories", src))
    unknown = lex.weak_number_categories - lex.categories
    if unknown:
        raise OntologyError(f"{src}: weak_number_categories names unknown categories {sorted(unknown)}")
    return lex


@dataclass(frozen=True)
class DatesLexicon:
    """Everything the dates extractor looks up; see ``data/dates.yaml`` for meanings."""

    weekdays: dict[str, int]
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    month_day_prepositions: frozenset[str]   # "on march 5": a lower-case ambiguous month with its day
    day_parts: frozenset[str]
    relative_days: dict[str, int]
    #: phrases counting days from the day last named ("the next day") and count directions
    #: ("two days later"): days after (+) or before (-) it
    anaphoric_days: dict[str, int]
    anaphoric_directions: dict[str, int]
    anaphor_objects: frozenset[str]   # "the day before that": still the day just told
    relative_modifiers: dict[str, int]
    relative_units: frozenset[str]
    ago_units: dict[str, str]
    year_prepositions: frozenset[str]
    year_range: tuple[int, int]
    future_verbs: frozenset[str]
    future_modals: frozenset[str]
    reporting_verbs: frozenset[str]
    past_markers: frozenset[str]
    invariant_verbs: frozenset[str]
    #: how many days before publication a news-day date of an earlier sentence may lie to date an
    #: undated past act after it (the story's occasion; ``story_days`` in dates.yaml)
    story_days: int
    #: paragraph breaks after the dated one to which its story day reaches (``story_paragraphs``)
    story_paragraphs: int
    #: a headline's lines at most, the words of each at most, and the paragraphs below it in
    #: which its lead's day is looked for (``headline``)
    headline_words: int
    headline_lines: int
    lead_paragraphs: int
    #: lines that end a story (items of a live blog or digest), compiled, multi-line, any case
    story_breaks: "re.Pattern[str]"
    #: a crawl's page lines ("This story is from March 10, 2002"): their dates are no story day
    page_lines: "re.Pattern[str]"
    #: a crawl's lists of links to other stories (``link_lists``): no events, no story day
    link_lists: "re.Pattern[str]"
    #: prepositions of a temporal phrase that places a past act in another time (no story day)
    own_time_prepositions: frozenset[str]
    #: adverbs of sequence: the act came after or before the dated one, on a day not given
    sequence_adverbs: frozenset[str]
    #: prepositions of the day a span ends ("boycott ... till monday"): no day of the act
    span_end_prepositions: frozenset[str]
    #: prepositions of the day a span opens ("have killed 400 since last November"): no day of the act
    span_start_prepositions: frozenset[str]
    #: nouns of dated documents and occasions ("a June letter": June is a month)
    month_nouns: frozenset[str]
    #: occasions an act happens in ("killed in the 2012 attack": 2012 dates the killing)
    occasion_nouns: frozenset[str]
    #: harms news tells after they happen (``past_occasion_nouns``): a day or month on one of them
    #: looks back, whatever the tense of the clause around it
    past_occasion_nouns: frozenset[str]
    occasion_prepositions: frozenset[str]
    gathering_nouns: frozenset[str]


def _check_range(d: dict[str, int], lo: int, hi: int, key: str, src: str) -> None:
    bad = {k: v for k, v in d.items() if not lo <= v <= hi}
    if bad:
        raise OntologyError(f"{src}: '{key}' values must lie in {lo}..{hi}: {bad}")


def _line_patterns(data: dict, key: str, src: str) -> "re.Pattern[str]":
    """A list of line regular expressions compiled as one (multi-line, any case)."""
    lines = data.get(key)
    if not (isinstance(lines, list) and lines and all(isinstance(b, str) for b in lines)):
        raise OntologyError(f"{src}: '{key}' must be a list of regular expressions")
    try:
        return re.compile("|".join(f"(?:{b})" for b in lines), re.MULTILINE | re.IGNORECASE)
    except re.error as exc:
        raise OntologyError(f"{src}: '{key}': {exc}") from None


@functools.lru_cache(maxsize=1)
def dates_lexicon() -> DatesLexicon:
    """The validated dates lexicon (read once per process)."""
    src = "dates.yaml"
    data = _load_yaml(src)
    weekdays, months = _mapping(data, "weekdays", src), _mapping(data, "months", src)
    _check_range(weekdays, 0, 6, "weekdays", src)
    _check_range(months, 1, 12, "months", src)
    yr = data.get("year_range")
    if not (isinstance(yr, list) and len(yr) == 2 and all(isinstance(v, int) for v in yr) and yr[0] < yr[1]):
        raise OntologyError(f"{src}: 'year_range' must be [first, last] years")
    ago = _mapping(data, "ago_units", src, str)
    if not set(ago.values()) <= {"day", "week", "month", "year"}:
        raise OntologyError(f"{src}: 'ago_units' values must be day, week, month or year")
    story = _whole(data, "story_days", 0, 31, src)
    reach = _whole(data, "story_paragraphs", 0, 50, src)
    head = data.get("headline")
    if not isinstance(head, dict):
        raise OntologyError(f"{src}: 'headline' must map words, lines and lead_paragraphs to numbers")
    return DatesLexicon(
        weekdays=weekdays, months=months, ambiguous_months=_words(data, "ambiguous_months", src),
        month_day_prepositions=_words(data, "month_day_prepositions", src),
        day_parts=_words(data, "day_parts", src), relative_days=_mapping(data, "relative_days", src),
        anaphoric_days=_mapping(data, "anaphoric_days", src),
        anaphoric_directions=_mapping(data, "anaphoric_directions", src),
        anaphor_objects=_words(data, "anaphor_objects", src),
        relative_modifiers=_mapping(data, "relative_modifiers", src),
        relative_units=_words(data, "relative_units", src), ago_units=ago,
        year_prepositions=_words(data, "year_prepositions", src), year_range=(yr[0], yr[1]),
        future_verbs=_words(data, "future_verbs", src), future_modals=_words(data, "future_modals", src),
        reporting_verbs=_words(data, "reporting_verbs", src),
        past_markers=_words(data, "past_markers", src),
        invariant_verbs=_words(data, "invariant_verbs", src), story_days=story, story_paragraphs=reach,
        headline_words=_whole(head, "words", 1, 200, f"{src}: headline"),
        headline_lines=_whole(head, "lines", 1, 5, f"{src}: headline"),
        lead_paragraphs=_whole(head, "lead_paragraphs", 1, 20, f"{src}: headline"),
        story_breaks=_line_patterns(data, "story_breaks", src), page_lines=_line_patterns(data, "page_lines", src),
        link_lists=_line_patterns(data, "link_lists", src),
        own_time_prepositions=_words(data, "own_time_prepositions", src),
        sequence_adverbs=_words(data, "sequence_adverbs", src),
        span_end_prepositions=_words(data, "span_end_prepositions", src),
        span_start_prepositions=_words(data, "span_start_prepositions", src), month_nouns=_words(data, "month_nouns", src),
        occasion_nouns=_words(data, "occasion_nouns", src),
        past_occasion_nouns=_words(data, "past_occasion_nouns", src),
        occasion_prepositions=_words(data, "occasion_prepositions", src),
        gathering_nouns=_words(data, "gathering_nouns", src))
