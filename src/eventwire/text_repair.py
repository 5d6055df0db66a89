"""Repair mis-decoded text before parsing, and map offsets back to the text as given.

News often arrives as UTF-8 that was read as Windows-1252 or Latin-1 ("â€œ" for "“",
"â€™" for "’", "Â " for a no-break space). ``repair(text)`` fixes such sequences with ftfy's
encoding fixes, one whitespace-delimited token at a time, and returns a ``Repair``: the repaired
text plus an alignment from repaired offsets to offsets into the original text. The pipeline
parses the repaired text, runs the extractors on it, then ``Repair.remap`` moves every record's
``start``/``end`` back onto the original text and recomputes each span's ``text`` from it, so the
output keeps the contract: offsets into the article text exactly as given.

Typographic apostrophes inside words ("he’ll", "don’t") are parsed as ASCII ones, one character
for one (the parser and the word lists know "'ll", "n't"); records keep the text as given.

``repair`` returns None when nothing needs repair (pure ASCII, or no token that ftfy changes, no
typographic apostrophe and no markup tag): then the pipeline is exactly what it was without this
module.

Markup tags a crawl left in the text ('<tweet tweet_id="7781...">', '<time
datetime="2016-06-29">Trump', '</a>': ``repair.yaml`` markup) are parsed as spaces, one for each
character, so the tag's attributes are no words of the sentence ("29">Trump" is no name) and
every offset stays where it was; records keep the text as given, tags included.

Only repairs of UTF-8 read as Windows-1252 or Latin-1 are applied (each repaired character must
be the mis-decoded bytes of its UTF-8 encoding), so every offset maps exactly. Not handled:
mojibake that spans whitespace inside one character (a mis-decoded U+2028 ...), double
mis-decoding, and mis-decoding from other encodings (MacRoman, Windows-1251 ...): such tokens
stay as given.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Any

from .ontology import read_yaml

_SOURCE = "repair.yaml"
#: a token: a run of characters that are not ASCII whitespace (a no-break space belongs to its
#: token), plus one following space, which ftfy may need ("Â " is a mis-decoded no-break space)
_TOKEN = re.compile(r"[^\t\n\x0b\x0c\r ]+ ?")
#: a typographic apostrophe inside a word ("he’ll", "don’t", "Trump’s"): parsed as the ASCII one,
#: which the parser's training text and the word lists write ("'ll", "n't", "'s"); a closing
#: single quotation mark (after a word, before a space or punctuation) is left alone
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")
#: an apostrophe written twice inside a word ("didn''t", "vhp''s": an escaping artifact of crawled
#: databases): parsed as one, so the parser sees "n't" and "'s"
_DOUBLED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])''(?=[^\W\d_])")
#: how many characters a lost UTF-8 sequence (shown by ftfy as U+FFFD) may have replaced
_LOSSY_LENGTHS = (3, 2, 4)


@dataclass(frozen=True)
class _Rules:
    lead: re.Pattern[str]
    #: lossy sequence -> the mis-decoded form of the character restored, of the same length,
    #: which ftfy then repairs
    lossy: dict[str, str]
    #: a markup tag left in crawled text, blanked for parsing
    markup: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    import ftfy.bad_codecs  # noqa: F401 - registers the sloppy codecs

    from .ontology import fail

    data = read_yaml(_SOURCE)
    if not isinstance(data, dict) or not isinstance(data.get("lead_chars"), str):
        raise fail(_SOURCE, None, "'lead_chars' must be a regex character class")
    try:
        lead = re.compile(data["lead_chars"])
    except re.error as exc:
        raise fail(_SOURCE, None, f"'lead_chars' is not a regex ({exc})") from exc
    lossy: dict[str, str] = {}
    for seq, ch in (data.get("lossy") or {}).items():
        bad = ch.encode("utf8").decode("sloppy-windows-1252") if isinstance(ch, str) and len(ch) == 1 else ""
        if not isinstance(seq, str) or len(bad) != len(seq):
            raise fail(_SOURCE, None, f"lossy {seq!r}: must map to one character whose mis-decoded "
                                      f"form is as long as the sequence")
        lossy[seq] = bad
    if not isinstance(data.get("markup"), str):
        raise fail(_SOURCE, None, "'markup' must be a regex")
    try:
        markup = re.compile(data["markup"])
    except re.error as exc:
        raise fail(_SOURCE, None, f"'markup' is not a regex ({exc})") from exc
    return _Rules(lead, lossy, markup)


@functools.lru_cache(maxsize=1)
def _config() -> Any:
    """ftfy's encoding fixes only: nothing that would change text that is not mis-decoded."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
        replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=True,
        fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False,
        fix_line_breaks=False, fix_surrogates=False, remove_control_chars=False, normalization=None,
        explain=False)


def _fix_token(token: str) -> str:
    """ftfy's repair of one token; the token unchanged if ftfy fails on it (bad input must not
    stop an article)."""
    import ftfy

    try:
        return ftfy.fix_text(token, config=_config())
    except Exception:  # noqa: BLE001 - a repair is an improvement, never a requirement
        return token


def _align(orig: str, fixed: str) -> list[tuple[str, int]] | None:
    """Pair each repaired character with the number of original characters it replaces: as
    many as its UTF-8 encoding has bytes when those characters are that encoding mis-decoded,
    else one if it is unchanged; None if the token cannot be followed that way."""
    out: list[tuple[str, int]] = []
    i = 0
    for ch in fixed:
        n = next((n for n in _LOSSY_LENGTHS if _decodes_to(orig[i:i + n], ch)), 0) if ch == "\ufffd" \
            else len(ch.encode("utf8"))
        if n > 1 and _decodes_to(orig[i:i + n], ch):
            out.append((ch, n))
            i += n
        elif i < len(orig) and orig[i] == ch:
            out.append((ch, 1))
            i += 1
        else:
            return None
    return out if i == len(orig) else None


def _decodes_to(chunk: str, ch: str) -> bool:
    """Is ``chunk`` the UTF-8 bytes of ``ch`` read as Windows-1252 or Latin-1 (a no-break space
    may have become a space; for U+FFFD, ftfy's mark of a lost byte: a lead byte, then U+FFFD)?"""
    if ch == "\ufffd":
        return len(chunk) > 1 and chunk[-1] == "\ufffd" and bool(_rules().lead.match(chunk))
    want = ch.encode("utf8")
    if len(chunk) != len(want):
        return False
    chunk = chunk.replace(" ", "\xa0")
    for codec in ("sloppy-windows-1252", "latin-1"):
        try:
            if chunk.encode(codec) == want:
                return True
        except UnicodeEncodeError:
            continue
    return False


@dataclass(frozen=True)
class Repair:
    """A repaired text and the alignment back to the original.

    ``breaks`` holds (repaired offset, original offset) pairs, sorted: between two breaks the
    texts correspond character for character.
    """

    original: str
    text: str
    breaks: tuple[tuple[int, int], ...]
    #: number of tokens that were repaired
    tokens: int

    def to_original(self, offset: int) -> int:
        """The original offset of the boundary before repaired character ``offset``."""
        k = bisect.bisect_right(self._keys, offset) - 1
        fixed, orig = self.breaks[k]
        return min(orig + (offset - fixed), len(self.original))

    @functools.cached_property
    def _keys(self) -> list[int]:
        return [b[0] for b in self.breaks]

    def remap(self, value: Any) -> Any:
        """``value`` (a record, or a list/tuple of them) with every ``start``/``end`` moved onto
        the original text and every span ``text`` recomputed from it; other fields unchanged. A
        record or tuple that nothing changes in is returned as it is (no copy: most spans of an
        article whose repair only turned typographic apostrophes into ASCII ones move nowhere)."""
        if isinstance(value, list):
            return [self.remap(v) for v in value]
        if isinstance(value, tuple):
            items = tuple(self.remap(v) for v in value)
            return value if all(new is old for new, old in zip(items, value)) else items
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return value
        changes: dict[str, Any] = {}
        names, others = _field_names(type(value))
        for name in others:
            old = getattr(value, name)
            new = self.remap(old)
            if new is not old:
                changes[name] = new
        rec: Any = value
        if {"start", "end"} <= names and isinstance(rec.start, int) and isinstance(rec.end, int):
            start, end = self.to_original(rec.start), self.to_original(rec.end)
            if (start, end) != (rec.start, rec.end):
                changes.update(start=start, end=end)
            if "text" in names and isinstance(rec.text, str) and self.original[start:end] != rec.text:
                changes["text"] = self.original[start:end]
        return dataclasses.replace(value, **changes) if changes else value


@functools.cache
def _field_names(cls: type) -> tuple[frozenset[str], tuple[str, ...]]:
    """(every field name, the names other than start/end/text) of a dataclass, once per class
    (``Repair.remap`` visits every record and every span of a repaired article)."""
    names = frozenset(f.name for f in dataclasses.fields(cls))
    return names, tuple(sorted(names - {"start", "end", "text"}))


def repair(text: str) -> Repair | None:
    """Repair mis-decoded tokens of ``text`` and blank the markup tags a crawl left in it; None
    when nothing needs it (the usual case)."""
    doubled = "''" in text
    markup = "<" in text and _rules().markup.search(text) is not None
    if text.isascii() and not doubled and not markup:
        return None
    rules = _rules()
    pieces: list[str] = []
    breaks: list[tuple[int, int]] = [(0, 0)]
    last = fixed_len = tokens = 0
    for m in _TOKEN.finditer(text):
        token = m.group()
        mojibake = bool(rules.lead.search(token))
        if not mojibake and not (doubled and _DOUBLED_APOSTROPHE.search(token)):
            continue
        for seq, bad in rules.lossy.items():
            token = token.replace(seq, bad)  # same length: offsets unchanged
        pairs = _repaired(token) if mojibake else None
        pairs = _undoubled(pairs if pairs is not None else [(ch, 1) for ch in token]) if doubled else pairs
        if pairs is None:
            continue
        pieces.append(text[last:m.start()])
        fixed_len += m.start() - last
        orig = m.start()
        for ch, n in pairs:
            pieces.append(ch)
            fixed_len += 1
            orig += n
            if n != 1:
                breaks.append((fixed_len, orig))
        last = m.end()
        tokens += 1
    pieces.append(text[last:])
    fixed = _APOSTROPHE.sub("'", "".join(pieces))   # one character for one: no new break
    if markup:   # '<time datetime="2016-06-29">Trump': spaces for the tag, one for one: no new break
        fixed = rules.markup.sub(lambda m: " " * len(m.group()), fixed)
    if not tokens and fixed == text:
        return None
    return Repair(text, fixed, tuple(breaks), tokens)


def _undoubled(pairs: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """The repaired characters with an apostrophe written twice inside a word made one character
    that replaces two; None when there is none and nothing else was repaired."""
    out: list[tuple[str, int]] = []
    changed = any(n != 1 for _, n in pairs)
    i = 0
    while i < len(pairs):
        ch, n = pairs[i]
        if ch == "'" == pairs[i + 1][0] if i + 1 < len(pairs) else False:
            before = out[-1][0] if out else ""
            after = pairs[i + 2][0] if i + 2 < len(pairs) else ""
            if _DOUBLED_APOSTROPHE.search(before[-1:] + "''" + after[:1]) and n == 1 == pairs[i + 1][1]:
                out.append(("'", 2))
                i += 2
                changed = True
                continue
        out.append((ch, n))
        i += 1
    return out if changed else None


def _repaired(token: str) -> list[tuple[str, int]] | None:
    """The repaired characters of a token, each with the number of characters it replaces; None
    when there is nothing to repair or no repair that is UTF-8 read as Windows-1252 / Latin-1.

    ftfy's own fix is tried first; when its guess is another encoding ("“â€™" read as MacRoman),
    only the sequences that are mis-decoded UTF-8 on their own are repaired (ftfy's
    ``decode_inconsistent_utf8``); when neither can be followed character by character the
    token stays as given."""
    from ftfy.fixes import decode_inconsistent_utf8

    fixed = _fix_token(token)
    if fixed == token:
        return None
    pairs = _align(token, fixed)
    if pairs is None:
        try:
            fixed = decode_inconsistent_utf8(token)
        except Exception:  # noqa: BLE001 - a repair is an improvement, never a requirement
            return None
        pairs = _align(token, fixed) if fixed != token else None
    return pairs
