"""Loader for the quotes lexicon (``data/quotes.yaml``): cue verbs, statement nouns, title cues.

Read once per process (``functools.lru_cache``) through the typed ontology loader (so a
``--ontology`` overlay applies and errors name file:line), validated, returned as a frozen object.
Not handled here: anything about spaCy or the text; the extractor decides how words are used.
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from . import fail, typed
from .loader import line_of, spec

SOURCE = "quotes.yaml"


@dataclass(frozen=True)
class QuoteLexicon:
    """What the quotes extractor looks up; ``data/quotes.yaml`` documents each field."""

    direct_cues: frozenset[str]
    indirect_cues: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]   # sorted, each split into words
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
    max_quote_chars: int = spec(lo=1)
    max_cue_distance: int = spec(lo=1)
    pronoun_paragraph_reach: int = spec(lo=1)
    title_paragraph_reach: int = spec(lo=1)
    max_name_words: int = spec(lo=1)
    max_scare_quote_words: int = spec(lo=1)
    partial_gap_chars: int = spec(lo=1)
    title_case_share: float = spec(lo=0, hi=1)
    quote_fills_share: float = spec(lo=0, hi=1)
    min_quoted_share: float = spec(lo=0, hi=1)

    #: every cue lemma, direct or indirect
    cues: frozenset[str] = dataclasses.field(default=frozenset(), init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cues", self.direct_cues | self.indirect_cues)


@functools.lru_cache(maxsize=1)
def quote_lexicon() -> QuoteLexicon:
    """The validated quotes lexicon (read once per process); OntologyError on bad data."""
    lex = typed(QuoteLexicon, SOURCE)
    for name in ("title_case_share", "quote_fills_share", "min_quoted_share"):
        if not getattr(lex, name) > 0:
            raise fail(SOURCE, line_of(SOURCE, (name,)), f"{name!r} must be a number in (0, 1], got {getattr(lex, name)!r}")
    bad = [k for k, v in lex.title_aliases.items() if k not in lex.name_titles or v not in lex.name_titles]
    if bad:
        unknown = sorted(w for k in bad for w in (k, lex.title_aliases[k]) if w not in lex.name_titles)
        raise fail(SOURCE, line_of(SOURCE, ("title_aliases", _key(bad[0]))),
                   f"'title_aliases' uses words missing from 'name_titles': {unknown}")
    return lex


def _key(lowered: str) -> str:
    """The key as written in the YAML (the lexicon lower-cases it)."""
    from .loader import read_yaml

    return next((k for k in read_yaml(SOURCE).get("title_aliases", {}) if str(k).lower() == lowered), lowered)
