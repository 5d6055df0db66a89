"""Canonical speaker names for speaker mentions ("he" -> "Mark Esper", "the Pentagon" -> "Pentagon").

The entities extractor is the authority: ``entity_at`` gives the entity a mention belongs to.
When it has nothing for a mention, a modest fallback of our own applies, deliberately not a
second coreference system:

* a surname ("Esper") takes the longest PERSON name in the article ending in it;
* a title-only mention ("the Marine general") takes the nearest PERSON named before it with
  that title ("Marine Brig. Gen. William H. Seely III");
* a personal pronoun takes the previous quotation's speaker when that one lies in the same
  or a recent paragraph, else the nearest PERSON named before it in that reach;
* any other mention keeps its own words, less determiners, titles and possessives.

Not handled: gender or number agreement of pronouns, title-only mentions ("the general") when
the entities extractor does not resolve them, and names split across line breaks.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..ontology.grammar import grammar
from ..ontology.quotes import QuoteLexicon
from . import token_scan
from .entities import entity_at
from .quote_cues import mention_span

if TYPE_CHECKING:
    from . import Context
    from .quote_cues import DocView

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_NAME_LABELS = frozenset({"PERSON"})


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name, entity id (or None), and the paragraph it was in."""

    name: str | None
    entity: str | None
    person: bool


class SpeakerResolver:
    """Resolves mentions of one article in document order (keeps the last speaker seen)."""

    def __init__(self, ctx: "Context", view: "DocView", lex: QuoteLexicon,
                 paragraphs: list[tuple[int, int]]):
        self.ctx, self.view, self.lex = ctx, view, lex
        self.para_starts = [s for s, _ in paragraphs]
        self.persons = [(e.start_char, e) for e in token_scan.ents(view.doc) if e.label_ in _NAME_LABELS]
        self.person_starts = [s for s, _ in self.persons]
        self.last: tuple[int, Speaker] | None = None
        self.by_surname: dict[str, str] = {}
        for _, ent in self.persons:
            name = self._clean(ent.text)
            if " " in name and len(name) > len(self.by_surname.get(name.rsplit(" ", 1)[1], "")):
                self.by_surname[name.rsplit(" ", 1)[1]] = name

    def paragraph(self, char: int) -> int:
        """Index of the paragraph holding character ``char``."""
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def remember(self, char: int, speaker: Speaker) -> None:
        """Record the speaker of a quotation at ``char`` for later pronouns."""
        if speaker.name:
            self.last = (self.paragraph(char), speaker)

    def resolve(self, start: int, end: int) -> Speaker:
        """The speaker behind the mention ``text[start:end]``."""
        first, last = self.view.tokens_in(start, end)
        if last - first == 1 and self.view.doc[first].lower_ in grammar().relative_pronouns:
            verb = self.view.doc[first].head
            if verb.dep_ == "relcl":  # "Smith, who said ...": the speaker is Smith
                return self.resolve(*mention_span(self.view, verb.head))
        ent = entity_at(self.ctx, start, end)
        if ent is not None:
            return Speaker(ent.name, ent.id, ent.type == "PERSON")
        words = self.view.text[start:end]
        if words.lower() in self.lex.pronouns:
            return self._pronoun(start)
        toks = self.view.doc[first:last]
        name = self._clean(words)
        if name in self.by_surname and all(t.pos_ == "PROPN" for t in toks):
            return Speaker(self.by_surname[name], None, True)
        ent_span = self.view.ent_of[first] if first < len(self.view.ent_of) else None
        if ent_span is not None and ent_span.label_ in _NAME_LABELS:
            return Speaker(name, None, True)
        if all(t.lower_ in self.lex.name_titles or t.lower_ in _DETERMINERS for t in toks):
            titled = self._titled_person(start, {t.lower_ for t in toks})
            if titled is not None:
                return titled
        return Speaker(name or None, None, False)

    def _pronoun(self, start: int) -> Speaker:
        para = self.paragraph(start)
        reach = self.lex.pronoun_paragraph_reach
        if self.last is not None and para - self.last[0] <= reach:
            return self.last[1]
        k = bisect.bisect_left(self.person_starts, start) - 1
        if k >= 0 and para - self.paragraph(self.persons[k][0]) <= reach:
            return Speaker(self._full_name(self._clean(self.persons[k][1].text)), None, True)
        return Speaker(None, None, False)

    def _clean(self, words: str) -> str:
        """Drop determiners, leading titles and a trailing possessive from a mention."""
        toks = words.replace("’s", "").replace("'s", "").split()
        while len(toks) > 1 and (toks[0].lower().rstrip(".") in self.lex.name_titles
                                 or toks[0].lower() in _DETERMINERS):
            toks.pop(0)
        if toks and toks[0].lower() in _DETERMINERS:
            toks.pop(0)
        return " ".join(toks).strip(" ,")

    def _titled_person(self, start: int, words: set[str]) -> Speaker | None:
        """"the general" -> the nearest PERSON before ``start`` introduced with that title
        ("Brig. Gen. William H. Seely III"), within the pronoun reach."""
        wanted = {self.lex.title_aliases.get(w, w) for w in words} - _DETERMINERS - self.lex.weak_titles
        if not wanted:
            return None
        para = self.paragraph(start)
        k = bisect.bisect_left(self.person_starts, start) - 1
        while k >= 0 and para - self.paragraph(self.persons[k][0]) <= self.lex.title_paragraph_reach:
            ent = self.persons[k][1]
            before = self.view.doc[max(0, ent.start - 4):ent.end]
            titles = {self.lex.title_aliases.get(t.lower_.rstrip("."), t.lower_.rstrip(".")) for t in before}
            if wanted <= titles:
                return Speaker(self._clean(ent.text), None, True)
            k -= 1
        return None

    def _full_name(self, name: str) -> str:
        """A lone surname becomes the longest PERSON name in the article ending in it."""
        if " " in name or not name:
            return name
        return self.by_surname.get(name, name)
