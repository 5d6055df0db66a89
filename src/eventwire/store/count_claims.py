"""Count claims without a parse, for comparing figures across articles of one story.

Inside one article ``extract.contradictions.count_claim`` reads the spaCy sentence of a count
(its update/part cues such as "rose to", "including", "another"; its places; its dates). The store
keeps no parse, so this module rebuilds those from the stored text and records: the sentence is
the text between sentence-ending punctuation (or line breaks) around the count, cues are its
words matched against the rules' ``count_cues`` (surface forms and simple suffix-stripped
forms), places and dates are the ``places`` / ``dates`` records inside it.

Not handled: abbreviations ending a "sentence" early ("U.S. officials" splits there, which
only narrows what is compared); cue lemmas of irregular forms the rules do not list.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+|\n+")
_WORD = re.compile(r"[a-z]+")
_SUFFIX = re.compile(r"(ing|ed|es|s)$")


def sentence_bounds(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the sentence holding offset ``start``."""
    begin = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        begin = m.end()
    m = _BOUNDARY.search(text, start)
    end = m.end() if m else len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return begin, end


def _has_cue(sentence: str, cues: frozenset[str]) -> bool:
    words = _WORD.findall(sentence.lower())
    return any(w in cues or _SUFFIX.sub("", w) in cues for w in words)


class CountContext:
    """Article texts, places and dates of the given articles, loaded once."""

    def __init__(self, con: "duckdb.DuckDBPyConnection", article_keys: list[str]) -> None:
        keys = {"keys": sorted(set(article_keys))}
        self.text = dict(con.execute("SELECT article_key, text FROM articles "
                                     "WHERE list_contains($keys, article_key)", keys).fetchall())
        self.places: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for key, start, name in con.execute("SELECT article_key, start, name FROM places "
                                            "WHERE list_contains($keys, article_key)", keys).fetchall():
            self.places[key].append((start, name))
        self.dates: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for key, start, date in con.execute("SELECT article_key, start, date FROM dates WHERE date IS NOT NULL "
                                            "AND list_contains($keys, article_key)", keys).fetchall():
            self.dates[key].append((start, date))

    def claim(self, key: str, record: dict[str, Any]) -> Any:
        """The contradictions module's Claim for a count record, or None if it makes none."""
        from ..extract.contradictions import as_claim
        from ..ontology.contradictions import rules

        base = as_claim(record)
        text = self.text.get(key)
        if base is None or text is None or record.get("category") not in rules().count_categories:
            return None
        s, e = sentence_bounds(text, record["start"])
        places = frozenset(name for start, name in self.places[key] if s <= start < e)
        dates = sorted({d for start, d in self.dates[key] if s <= start < e})
        return dataclasses.replace(base, cue=_has_cue(text[s:e], rules().count_cues), theatre=places,
                                   date="|".join(dates) or None, sentence=None)
