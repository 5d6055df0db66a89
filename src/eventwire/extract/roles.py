"""Titles and roles of people, quoted regions and the dateline: helpers for the entity extractor.

All functions read the spaCy Doc (token attributes, entity types, no re-parsing) and return token
or character spans. Vocabulary comes from ``ontology/data/actors/titles.yaml``.

Not handled: roles in relative clauses ("X, who heads the agency"), roles after the verb
("X is the director of ..."), titles split over a line break, non-English titles outside the
lexicon, and datelines that are not upper case ("Washington —").
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..ontology.actors import agent_sector, titles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dateline at the start of a wire story: "WASHINGTON —", "BAGHDAD, Iraq (AP) -".
DATELINE_RE = re.compile(
    r"^\s*([A-Z][A-Z.'\- ]{1,40}?)(?:,\s*([A-Z][A-Za-z.' ]{1,30}?))?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s")
_CONNECTORS = frozenset({"of", "the", "for", "and", "on"})
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_MAX_TITLE_TOKENS = 9
_MAX_ROLE_TOKENS = 14
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘«", "”’»"
_MAX_QUOTE_CHARS = 3000


def word_of(doc: "Doc", i: int) -> str:
    """Token i's text, with a following attached '.' (spaCy splits "Brig." as "Brig" ".")."""
    tok = doc[i]
    if not tok.whitespace_ and i + 1 < len(doc) and doc[i + 1].text == ".":
        return tok.text + "."
    return tok.text


def is_title_word(word: str, modifiers: bool = False) -> bool:
    lex = titles()
    low = word.lower()
    return low in lex.title_words or (modifiers and (low in lex.title_modifiers or low in lex.former_words))


def _pre_title_ok(doc: "Doc", i: int) -> bool:
    tok = doc[i]
    word = word_of(doc, i)
    if is_title_word(word, modifiers=True) or tok.lower_ in _CONNECTORS:
        return True
    if tok.tag_ == "POS" and i > 0 and doc[i - 1].ent_type_ in ("GPE", "NORP", "ORG"):
        return True  # "Iran's Foreign Minister Javad Zarif"
    return tok.text[:1].isupper() and (bool(tok.ent_type_) and tok.ent_type_ != "PERSON")


def pre_title(doc: "Doc", first: int) -> tuple[int, int] | None:
    """Token span [a, first) of a title written right before a name ("CIA Director"), or None."""
    if first <= 0 or first >= len(doc) or sentence_starts_at(doc, first):
        return None
    i, stop = first - 1, max(0, first - _MAX_TITLE_TOKENS)
    while i >= stop:
        if _abbrev_period(doc, i):
            i -= 1  # the period of an abbreviation; its word is checked next
            continue
        if not _pre_title_ok(doc, i):
            break
        i -= 1
        if sentence_starts_at(doc, i + 1):
            break
    a = i + 1
    while a < first and (doc[a].lower_ in _CONNECTORS or doc[a].text == "."):
        a += 1
    if a >= first or doc[first - 1].lower_ in _CONNECTORS:
        return None  # "spokeswoman for Hillary Clinton": the title is someone else's
    honorifics = [k for k in range(a, first) if word_of(doc, k).lower() in titles().honorific_gender]
    if honorifics:
        a = honorifics[-1]  # "the chairman of Mrs. Clinton": only "Mrs." belongs to this name
    words = [word_of(doc, k) for k in range(a, first) if doc[k].text != "."]
    if not any(is_title_word(w) for w in words):
        return None
    return (a, first)


def honorific_gender(doc: "Doc", first: int) -> str | None:
    """Gender told by an honorific right before token ``first`` ("Mrs. Clinton" -> 'f')."""
    k = first - 1
    if k >= 1 and doc[k].text == "." and not doc[k - 1].whitespace_:
        k -= 1
    return titles().honorific_gender.get(word_of(doc, k).lower()) if k >= 0 else None


def _ent_end(doc: "Doc", i: int) -> int:
    """End token of the entity starting at or containing token i."""
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j


def appositive_role(doc: "Doc", first: int, end: int) -> tuple[int, int] | None:
    """Token span of a role in apposition after the name at tokens [first, end) ("Ian Bremmer,
    president of the Eurasia Group, ..."), without a leading determiner; None when the words
    there are no role (the parser does not call them an apposition of the name and they hold no
    known title or role noun), or name someone else ("chairman of Mrs. Clinton's campaign")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    lex, i = titles(), end + 1
    if doc[i].lower_ in _POSSESSIVES:
        return None  # "Obama, his evolution on climate ..."
    while i < len(doc) and doc[i].lower_ in lex.determiners:
        i += 1
    start = i
    while i < len(doc) and i - start < _MAX_ROLE_TOKENS:
        tok = doc[i]
        if tok.ent_type_ == "PERSON" and i > start:
            return None
        if tok.ent_type_ == "PERSON" or tok.is_quote or (i > start and sentence_starts_at(doc, i)):
            break
        if tok.is_punct and not (tok.text in ("-", "&") or _abbrev_period(doc, i)):
            break
        if tok.ent_type_ and tok.ent_iob_ == "B" or (tok.ent_type_ and i == start):
            i = _ent_end(doc, i)
            continue
        if tok.lower_ in lex.role_stop_words or tok.pos_ in ("VERB", "AUX", "PRON"):
            break
        i += 1
    while i > start and doc[i - 1].lower_ in _CONNECTORS:
        i -= 1
    if i <= start or (i < len(doc) and doc[i].ent_type_ == "PERSON"):
        return None
    return (start, i) if _is_role(doc, start, i, first, end) else None


def _is_role(doc: "Doc", start: int, stop: int, first: int, end: int) -> bool:
    toks = doc[start:stop]
    if not any(t.pos_ == "NOUN" and t.text[:1].islower() or is_title_word(t.text) for t in toks):
        return False
    if any(t.dep_ == "appos" and first <= t.head.i < end for t in toks):
        return True
    return any(is_title_word(t.text) or agent_sector(t.text) for t in toks if not t.ent_type_)


def _abbrev_period(doc: "Doc", i: int) -> bool:
    """A '.' glued to the word before it ("Brig." split by the tokenizer), not ending a sentence
    (a known title abbreviation never ends one, whatever the parser thinks)."""
    if doc[i].text != "." or i == 0 or doc[i - 1].whitespace_ or i + 1 >= len(doc):
        return False
    return not doc[i + 1].is_sent_start or doc[i - 1].lower_ + "." in titles().abbreviations


def sentence_starts_at(doc: "Doc", i: int) -> bool:
    """Token i starts a sentence, unless the parser split after a title abbreviation ("Brig. Gen.")."""
    return bool(doc[i].is_sent_start) and not (i >= 2 and _abbrev_period(doc, i - 1))


def party_tag(text: str, end_char: int) -> bool:
    """True when a congressional party-state tag (", D-Calif.,") follows the name ending here."""
    return re.match(titles().party_tag, text[end_char:end_char + 16]) is not None


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (curly pairs; straight quotes paired per paragraph).

    An opening mark with no close within the paragraph (or 3,000 characters) is ignored, so an
    unbalanced mark never swallows the rest of the article. Nested quotes are not tracked.
    """
    regions: list[tuple[int, int]] = []
    for para_start, para in _paragraphs(text):
        regions.extend((para_start + a, para_start + b) for a, b in _quotes_in(para))
    return regions


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for part in re.split(r"(\n\s*\n)", text):
        if part.strip():
            yield pos, part
        pos += len(part)


#: the quotation marks ``_quotes_in`` pairs (a scan for them skips every other character)
_QUOTE_MARKS = re.compile('[“”"]')


def _quotes_in(para: str) -> list[tuple[int, int]]:
    out, open_at, straight_at = [], None, None
    for m in _QUOTE_MARKS.finditer(para):
        k, ch = m.start(), m.group()
        if ch == "“":
            open_at = k if open_at is None else open_at
        elif ch == "”" and open_at is not None:
            if k - open_at <= _MAX_QUOTE_CHARS:
                out.append((open_at + 1, k))
            open_at = None
        elif ch == '"':
            if straight_at is None:
                straight_at = k
            else:
                out.append((straight_at + 1, k))
                straight_at = None
    return out


def in_regions(regions: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """True if character ``pos`` lies inside one of the sorted ``regions`` (``starts`` = their starts)."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and regions[k][0] <= pos < regions[k][1]


def dateline_place(text: str) -> list[str]:
    """Place names of an upper-case dateline ("WASHINGTON —" -> ["WASHINGTON"]), else []."""
    m = DATELINE_RE.match(text[:120])
    if not m:
        return []
    return [g.strip() for g in m.groups() if g and g.strip()]


def title_only_head(doc: "Doc", i: int) -> tuple[int, int, list[str]] | None:
    """For a determiner "the" at token i, the span and words of a title-only mention after it
    ("the general", "the Defense secretary", "the Marine general"), or None.

    The head must be a singular title noun not followed by a name or "of" ("the president of
    France" is left alone)."""
    lex, j = titles(), i + 1
    mods: list[str] = []
    while j < len(doc) and j - i <= 4:
        word = word_of(doc, j)
        if is_title_word(word) and doc[j].tag_ not in ("NNS", "NNPS"):
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ in ("of", "-", "for")):
                return None
            return (i + 1, j + 1, mods + [lex.expand(word)])
        if not (doc[j].text[:1].isupper() or word.lower() in lex.title_modifiers):
            return None
        mods.append(lex.expand(word))
        j += 1
    return None


def role_words(role: str) -> set[str]:
    """Lower-case content words of a role, abbreviations spelled out."""
    lex = titles()
    return {lex.expand(w) for w in re.findall(r"[\w.'-]+", role)} - _CONNECTORS - lex.determiners


def gender_of_role(role: str | None) -> str | None:
    """'m' / 'f' when an honorific or gendered role noun says so ("Mrs.", "spokeswoman")."""
    if not role:
        return None
    lex = titles()
    for w in re.findall(r"[\w.'-]+", role.lower()):
        g = lex.honorific_gender.get(w) or lex.gendered_roles.get(w)
        if g:
            return g
    return None


def is_subject(tok: "Token") -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass")
