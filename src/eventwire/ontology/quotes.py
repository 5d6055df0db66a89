"""Loader for the quotes lexicon (``data/quotes.yaml``): cue verbs, statement nouns, title cues.

Read once per process (``functools.lru_cache``), validated, returned as a frozen object.
Not handled here: anything about spaCy or the text; the extractor decides how words are used.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from . import fail, read_yaml, word_set

SOURCE = "quotes.yaml"
_WORD_KEYS = ("direct_cues", "indirect_cues", "statement_nouns", "title_cues", "pronouns", "name_titles",
              "weak_titles", "name_prepositions", "personal_pronouns", "naming_verbs",
              "passive_subject_speaks")
_INT_KEYS = ("max_quote_chars", "max_cue_distance", "pronoun_paragraph_reach", "title_paragraph_reach",
             "max_name_words", "max_scare_quote_words", "partial_gap_chars")


@dataclass(frozen=True)
class QuoteLexicon:
    """What the quotes extractor looks up; ``data/quotes.yaml`` documents each field."""

    direct_cues: frozenset[str]
    indirect_cues: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    statement_nouns: frozenset[str]
    title_cues: frozenset[str]
    pronouns: frozenset[str]
    name_titles: frozenset[str]
    name_prepositions: frozenset[str]
    personal_pronouns: frozenset[str]
    weak_titles: frozenset[str]
    naming_verbs: frozenset[str]
    passive_subject_speaks: frozenset[str]
    title_aliases: dict[str, str]
    max_quote_chars: int
    max_cue_distance: int
    pronoun_paragraph_reach: int
    title_paragraph_reach: int
    max_name_words: int
    max_scare_quote_words: int
    partial_gap_chars: int
    title_case_share: float
    quote_fills_share: float
    min_quoted_share: float

    #: every cue lemma, direct or indirect
    cues: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "cues", self.direct_cues | self.indirect_cues)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return word_set(data, key, SOURCE)


def _positive_int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise fail(SOURCE, None, f"{key!r} must be a positive integer, got {value!r}")
    return value


def _share(data: dict[str, Any], key: str) -> float:
    value = data.get(key)
    if not isinstance(value, float) or not 0 < value <= 1:
        raise fail(SOURCE, None, f"{key!r} must be a number in (0, 1], got {value!r}")
    return value


@functools.lru_cache(maxsize=1)
def quote_lexicon() -> QuoteLexicon:
    """The validated quotes lexicon (read once per process); OntologyError on bad data."""
    data = read_yaml(SOURCE)
    if not isinstance(data, dict):
        raise fail(SOURCE, None, "top level must be a mapping")
    words = {key: _words(data, key) for key in _WORD_KEYS}
    ints = {key: _positive_int(data, key) for key in _INT_KEYS}
    according = tuple(tuple(p.split()) for p in sorted(_words(data, "according_to")))
    return QuoteLexicon(according_to=according, title_case_share=_share(data, "title_case_share"),
                        quote_fills_share=_share(data, "quote_fills_share"),
                        min_quoted_share=_share(data, "min_quoted_share"), title_aliases=_aliases(data, words["name_titles"]),
                        **words, **ints)


def _aliases(data: dict[str, Any], titles: frozenset[str]) -> dict[str, str]:
    """``title_aliases``: abbreviation -> full title word, both of them known name titles."""
    value = data.get("title_aliases")
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise fail(SOURCE, None, "'title_aliases' must map abbreviations to title words")
    out = {k.lower(): v.lower() for k, v in value.items()}
    unknown = sorted(w for pair in out.items() for w in pair if w not in titles)
    if unknown:
        raise fail(SOURCE, None, f"'title_aliases' uses words missing from 'name_titles': {unknown}")
    return out
