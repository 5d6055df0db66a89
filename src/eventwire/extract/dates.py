"""Dates: temporal expressions resolved against the publication date, tense-aware.

Recognised (words from ``ontology/data/dates.yaml``): ISO dates (2020-01-06); month + day
(+ year) ("Jan. 3", "March 28, 2019"); day + month (+ year) ("4 October 2007"); month + year
("January 2020"); a month after a preposition ("in March"); weekdays with optional
last/next/this, early/late and a part of the day ("early Friday", "Sunday night"; not a plural,
"on Sundays", "Saturday evenings": a habitual time names no day);
today/tonight/yesterday/tomorrow; this/last/next week|month|year|weekend, "earlier this
week"; "the weekend" (past or coming by tense, given as its week); "N days|weeks|months|years ago"; a bare year after a
preposition or inside a spaCy
DATE entity ("in 2003").

``date`` is ISO 8601 at the precision the text gives, and ``granularity`` says which:
"day" (2020-01-03), "week" (2019-12-30: the Monday that starts the week, as YYYY-MM-DD so
that every consumer can read it), "month" (2020-01) or "year" (2003). A year alone is given as
"2003", never as an invented first of January.

Weekdays and year-less dates use the tense of the governing verb: future (will/would/modals,
infinitives under plan/schedule/expect..., present progressive) looks forward, anything else
looks back (a bare gerund or participle continuing a past clause is past); a
weekday equal to the publication's weekday is the publication day. Without a publication date
only absolute dates resolve; relative ones get ``date`` None.

Not handled: numeric dates other than ISO (1/6/2020 is ambiguous), ranges ("Jan. 3-5" gives
Jan. 3), decades ("the 1990s"), seasons, holidays, times of day, expressions relative to
another event ("the next day", "two days later"), and vague ones ("recently", "many years ago").
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..ontology.grammar import grammar
from ..ontology.lexicons import DatesLexicon, counts_lexicon, dates_lexicon
from ..records import DateRef
from .counts import article_text
from .syntax import NOMINAL_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from . import Context

#: entity labels inside which a date word is part of a name ("Sunday Times", "March Madness")
_NAME_ENTS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW"})
_PAST, _FUTURE = "past", "future"
#: a future-oriented verb told in the past ("threatened to ... Thursday"): the day may be the
#: telling's or the act's; the nearer occurrence of a weekday, the earlier one on a tie
_NEAR = "near"
#: an infinitive under a past verb ("announced to present a memorandum on april 5", "managed to
#: arrest them on friday"): a date of the month lies either side of publication (the nearer year);
#: a weekday stays past (an implicative "managed to" is done when told)
_LATER = "later"
#: lazily computed tense of the expression's governing verb: "past", "future" or None
Tense = Callable[[], "str | None"]


@dataclass(frozen=True)
class _Match:
    """A recognised expression: span, kind and the pieces the resolver needs."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


def _alternation(words: list[str], capitalised: bool) -> str:
    """The words (capitalised and upper-case with ``capitalised``) as a regex alternation, longest
    first. Words of ASCII letters are grouped by their first letter (``_by_first_letter``)."""
    forms: set[str] = set()
    for w in words:
        forms |= {w.capitalize(), w.upper()} if capitalised else {w}
    ordered = sorted(forms, key=lambda f: len(re.escape(f)), reverse=True)
    if all(f[:1].isascii() and f[:1].isalpha() for f in ordered):
        return _by_first_letter(ordered)
    return "|".join(re.escape(f) for f in ordered)


def _by_first_letter(forms: list[str]) -> str:
    """'Monday|Mon|Tuesday' as 'M(?:onday|on)|T(?:uesday)': each group holds the forms that open
    on one letter (either case), in their order; forms of two groups never match at the same place
    (the letters are ASCII: even a case-blind regex reads no two of them as one), so the same
    alternatives are tried in the same order wherever one can match, but the regex engine skips a
    group on its first letter instead of trying every word of it at every word of the text."""
    groups: dict[str, list[str]] = {}
    for f in forms:
        groups.setdefault(f[0].lower(), []).append(f)
    out = []
    for group in groups.values():
        if len({f[0] for f in group}) == 1:
            out.append(f"{re.escape(group[0][0])}(?:{'|'.join(re.escape(f[1:]) for f in group)})")
        else:   # (both cases: "March" and "mar" in one alternation)
            out.append(f"(?:{'|'.join(re.escape(f) for f in group)})")
    return "|".join(out)


#: a cheap test for a part every match of a pattern holds: a regex searched in the text, or
#: (as a 1-tuple) a case-sensitive one searched in the lower-cased text for a case-blind pattern
#: (as ``_matches`` checks it)
_Needed = re.Pattern[str] | tuple[re.Pattern[str]]


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str], _Needed | None], ...]:
    """Compiled (kind, regex, needed) triples in priority order, built once from the lexicon.
    ``needed``, when not None, is a cheap regex that finds a part of every match of ``regex``, or
    words of which every (case-blind) match holds one: where it finds nothing in a text,
    ``regex`` cannot match there and is not run."""
    lex = dates_lexicon()
    mon = _alternation(list(lex.months), True)
    # lower-case text (wire copy typed without capitals): full weekday names ("on sunday") are
    # never ordinary words; month names only with a day number ("march 15"), and never "may"
    full_days = [w for w in lex.weekdays if w.endswith("day")]
    wd = "|".join(filter(None, (_alternation([w for w in lex.weekdays if len(w) >= 4], True),
                                _alternation(full_days, False))))
    mon_num = "|".join(filter(None, (_alternation(list(lex.months), True),
                                     _alternation([m for m in lex.months
                                                   if len(m) > 4 and m not in lex.ambiguous_months], False))))
    # ("on march 5": a lower-case ambiguous month with its day, right after a preposition; not "a
    # march 10 km long")
    ambiguous = _alternation([m for m in lex.months if m in lex.ambiguous_months and len(m) > 2], False)
    after_prep = "(?:" + "|".join(rf"(?<=\b{re.escape(p)} )" for p in sorted(lex.month_day_prepositions)) + ")"
    wd_abbr = _alternation([w for w in lex.weekdays if len(w) < 4], True)
    mods = _alternation(list(lex.relative_modifiers), False)
    units = _alternation(sorted(lex.relative_units | {"weekend"}), False)
    ago = _alternation(list(lex.ago_units), False)
    parts = _alternation([p for p in lex.day_parts if p not in ("early", "late")], False)
    numbers = _alternation([w for w, v in counts_lexicon().units.items() if 0 < v <= 90], False)
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>1[89]\d\d|2[01]\d\d)"
    marks = grammar().sequence_marks   # before, after: they end their phrase ("the day after", not "... the riots")
    ends = [w for w in lex.anaphoric_days if w.split()[-1] in marks]
    whole = [w for w in lex.anaphoric_days if w not in ends]
    later = _alternation([w for w in lex.anaphoric_directions if w not in marks], False)
    sequence = _alternation([w for w in lex.anaphoric_directions if w in marks], False)
    bare = rf"(?!\s+(?!(?:{_alternation(list(lex.anaphor_objects), False)})\b)\w)"
    # ("the day after" ends its phrase, or names the day just told: "the day after that"; not "the
    # day after the riots")
    counted_later = rf"\b(?P<n>\d+|an?|{numbers})\s+days?\s+(?P<dir>{later})\b"
    counted_sequence = rf"\b(?P<n>\d+|an?|{numbers})\s+days?\s+(?P<dir>{sequence})\b{bare}"
    month_nouns = _alternation(sorted(lex.month_nouns), False)
    # "in a June letter", "the March election": a month naming a dated document or occasion
    month_noun = rf"\b(?P<prep>(?i:a|an|the|his|her|its|their|our|my))\s+(?P<mon>{mon})(?=\s+(?:{month_nouns})\b)"
    pats = [
        ("anaphor", rf"\b(?P<phrase>{_alternation(whole, False)})\b"),
        ("anaphor", rf"\b(?P<phrase>{_alternation(ends, False)})\b{bare}"),
        ("anaphor", counted_later),
        ("anaphor", counted_sequence),
        ("iso", r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
        ("mdy", rf"\b(?:(?:{wd})\.?,?\s+)?(?P<mon>{mon_num})\.?\s+{day}\b(?!\s*[-–]?\s*(?:\d|%|percent))(?:,?\s+{year}\b)?"),
        ("dmy", rf"\b{day}\s+(?:of\s+)?(?P<mon>{mon_num})\b(?:(?<=\b\w{{3}})\.|(?<=\b\w{{4}})\.)?(?:,?\s+{year}\b)?"),
        ("my", rf"\b(?P<mon>{mon})\.?,?\s+(?:of\s+)?{year}\b"),
        ("ago", rf"\b(?P<n>\d+|an?|{numbers})\s+(?P<unit>{ago})\s+ago\b"),
        ("rel", rf"\b(?:(?P<edge>earlier|later)\s+)?(?P<mod>{mods})\s+(?P<unit>{units})\b"),
        # (not a plural, "on Saturdays", "Saturday evenings": a habitual time names no day)
        ("weekday", rf"\b(?:(?P<mod>(?i:{mods}|early|late))\s+)?(?P<wd>{wd}|(?:{wd_abbr})\.)(?![sS]\b)"
                    rf"(?!\s+(?:{parts})s\b)(?:\s+(?P<part>{parts}))?\b"),
        ("weekend", r"(?<=\b[Tt]he )weekend\b"),
        ("day", rf"\b(?P<word>{_alternation(list(lex.relative_days), False)})\b"),
        # (the preposition may open the sentence: "In May, Xi and Putin signed")
        ("month", rf"\b(?P<prep>(?i:in|since|by|until|during|from|early|late|mid|last|next|this))"
                  rf"[\s-]+(?P<mon>{mon})\b(?!\.?\s*\d)"),
        ("month", month_noun),   # ("in a June letter")
        ("mdy", rf"{after_prep}(?P<mon>{ambiguous})\s+{day}\b(?!\s*[-–]?\s*(?:\d|%|percent))(?:,?\s+{year}\b)?"),
        ("year", rf"(?<![\w,.$£€-]){year}\b(?!\d|,\d|\s*(?:%|percent))"),
    ]
    # the costly ones try their first alternation at every word boundary; the part each needs is
    # a plain run of words (same flags): "days later" / "day after" (after a space), a month
    # name before a month noun ("June letter"); a regex that opens on a literal or a character
    # set (found by a fast scan, not tried at every position): the dashes of an ISO date, a
    # month before a day number, a day number before a month, a month after a space or dash,
    # a month and year without the word boundary before them
    assert [k for k, _ in pats] == ["anaphor"] * 4 + ["iso", "mdy", "dmy", "my", "ago", "rel", "weekday",
                                                      "weekend", "day", "month", "month", "mdy", "year"]
    needed: dict[str, _Needed | None] = {
        counted_later: re.compile(rf"\sdays?\s+(?:{later})\b", re.IGNORECASE),
        counted_sequence: re.compile(rf"\sdays?\s+(?:{sequence})\b", re.IGNORECASE),
        month_noun: re.compile(rf"(?:{mon})(?=\s+(?:{month_nouns})\b)"),
        pats[4][1]: re.compile(r"-\d\d-"),
        pats[5][1]: re.compile(rf"(?:{mon_num})\.?\s+\d"),
        pats[6][1]: re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{mon_num})\b"),
        pats[7][1]: re.compile(rf"(?:{mon})\.?,?\s+(?:of\s+)?{year}\b"),
        pats[11][1]: re.compile("weekend"),
        pats[0][1]: _lower_needed(_alternation(whole, False)),
        pats[1][1]: _lower_needed(_alternation(ends, False)),
        pats[8][1]: _lower_needed(rf"(?:{ago})\s+ago"),
        pats[9][1]: _lower_needed(rf"(?:{mods})\s+(?:{units})"),
        pats[12][1]: _lower_needed(_alternation(list(lex.relative_days), False)),
        pats[13][1]: re.compile(rf"[\s-](?:{mon})\b"),
        pats[15][1]: re.compile(rf"\b(?:{ambiguous})\s+\d"),
    }
    return tuple((kind, re.compile(p, re.IGNORECASE if kind in ("ago", "rel", "day", "anaphor") else 0),
                  needed.get(p))
                 for kind, p in pats)


#: the characters outside ASCII that a case-blind regex reads as an ASCII letter (İ ı ſ K):
#: where the text holds none, a case-blind match of ASCII words is in the lower-cased text
_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def _lower_needed(pattern: str) -> tuple[re.Pattern[str]] | None:
    """A part of a case-blind pattern, as a case-sensitive regex for the lower-cased text (it
    opens on a literal, found by a fast scan), or None where it holds more than lower-case
    ASCII."""
    if not pattern.isascii() or pattern != pattern.lower():
        return None
    return (re.compile(pattern),)


def _matches(text: str) -> list[_Match]:
    """Non-overlapping matches, earlier patterns first, then in text order."""
    taken: list[tuple[int, int]] = []
    out: list[_Match] = []
    low = text.lower()
    has_ago = "ago" in low
    plain = _ASCII_FOLDS.search(text) is None
    for kind, pat, needed in _patterns():
        if kind == "ago" and not has_ago:
            continue  # the costliest pattern; skip it when it cannot match
        if needed is None:
            pass
        elif isinstance(needed, tuple):
            if plain and needed[0].search(low) is None:
                continue  # (a case-blind match would be there in lower case)
        elif needed.search(text) is None:
            continue  # (a part every match holds is missing: it cannot match)
        for m in pat.finditer(text):
            start, end = m.start(), m.end()
            if kind == "month":
                start = m.start("mon") if m.group("prep").lower() in ("in", "since", "by", "until", "during", "from",
                                                                         "a", "an", "the", "his", "her", "its", "their",
                                                                         "our", "my") else start
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            out.append(_Match(start, end, kind, m.groupdict()))
    return sorted(out, key=lambda x: x.start)


def extract(doc: "Doc", ctx: "Context") -> list[DateRef]:
    """Every date expression in the document, in text order, resolved where possible."""
    lex = dates_lexicon()
    pub = iso_day(ctx.article.published)
    out: list[DateRef] = []
    anchors: list[DateRef] = []   # days a "the next day" may count from
    text = article_text(doc, ctx)
    sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    for m in _matches(text):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not _keep(m, span, lex):
            continue
        if m.kind == "anaphor":
            value, granularity = _anaphor(m, anchors, sent_starts, lex), "day"
            out.append(DateRef(text=text[m.start:m.end], start=m.start, end=m.end,
                               date=value, granularity=granularity if value else None))
            continue
        value, granularity = _resolve(m, pub, functools.partial(_tense, span.root, lex), lex)
        out.append(DateRef(text=text[m.start:m.end], start=m.start, end=m.end,
                           date=value, granularity=granularity if value else None))
        if not (m.kind == "day" and lex.relative_days[(m.groups["word"] or "").lower()] == 0):
            anchors.append(out[-1])   # ("Today, there are 11 million ...": the present, no day of an act)
    return out


def _anaphor(m: _Match, earlier: list[DateRef], sent_starts: list[int], lex: DatesLexicon) -> str | None:
    """The day a phrase counts from the day last named ("the next day", "two days earlier"): that
    day, named in the same sentence or in one of the ``ANAPHOR_SENTENCES`` before it, plus or minus
    the days; None when no day is named there. "today"/"tonight" name no day to count from (in a
    quote they are the present: "Today, there are 11 million undocumented people")."""
    g = m.groups
    phrase = g.get("phrase")
    if phrase:
        offset = lex.anaphoric_days[" ".join(phrase.lower().split())]
    else:
        word = (g["n"] or "").lower()
        n = int(word) if word.isdigit() else 1 if word in ("a", "an") else counts_lexicon().units[word]
        offset = n * lex.anaphoric_directions[(g["dir"] or "").lower()]
    here = bisect.bisect_right(sent_starts, m.start) - 1
    reach = sent_starts[max(0, here - ANAPHOR_SENTENCES)]
    anchor = next((d for d in reversed(earlier) if d.granularity == "day" and d.start >= reach), None)
    day = iso_day(anchor.date) if anchor is not None else None
    return (day + timedelta(days=offset)).isoformat() if day is not None else None


#: sentences before a "the next day" phrase in which the day it counts from may be named
ANAPHOR_SENTENCES = 2


def iso_day(value: str | None) -> date | None:
    """The day of an ISO date string ("2020-01-06", a datetime), None for a month, a year or junk."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _keep(m: _Match, span: "Span", lex: DatesLexicon) -> bool:
    """Drop matches inside names, and bare years that are not used as dates."""
    toks = list(span)
    if any(t.ent_type_ in _NAME_ENTS for t in toks) and not (
            m.kind == "year" and all(t.ent_type_ == "EVENT" for t in toks) and _occasion_year(toks[0], lex)):
        return False   # (a named event keeps its year: "the 1967 war")
    if m.kind == "year":
        return len(toks) == 1 and toks[0].text == m.groups["year"] and _year_is_date(toks[0], lex)
    last = toks[-1]
    if m.kind == "weekday" and last.dep_ == "compound" and last.head.pos_ == "PROPN" \
            and last.head.i > last.i and last.head.lower_ not in lex.months:
        return False  # "the London Sunday Times", "Monday Night Football"
    if m.kind == "weekday" and (m.groups.get("wd") or "").isupper() and len(m.groups.get("wd") or "") > 3:
        return all(t.is_upper or not t.is_alpha for t in toks)
    return True


def _year_is_date(tok: "Token", lex: DatesLexicon) -> bool:
    """A bare four-digit number is a year after a temporal preposition, on an occasion or dated
    document noun (dates.yaml ``occasion_nouns``, ``month_nouns``) or inside a DATE entity."""
    lo, hi = lex.year_range
    if not lo <= int(tok.text) <= hi:
        return False
    if tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS"):
        return False  # "2000 people"
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.lower_ in lex.year_prepositions:
        return True
    return _occasion_year(tok, lex) or tok.ent_type_ == "DATE"


def _occasion_year(tok: "Token", lex: DatesLexicon) -> bool:
    """'the 1967 war', 'the 2012 attack', 'the 2016 election': a number before an occasion or a
    dated document noun names its year."""
    return tok.dep_ in ("nummod", "compound", "amod") and tok.i < tok.head.i \
        and tok.head.lemma_.lower() in lex.occasion_nouns | lex.month_nouns


# -- tense -------------------------------------------------------------------------------------

def _governing_verb(tok: "Token") -> "Token | None":
    """The nearest verb at or above ``tok`` in the parse (at most 8 steps up)."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in NOMINAL_DEPS:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _verb_tense(verb: "Token", lex: DatesLexicon, depth: int = 0) -> str | None:
    """"past", "future" or None (present or unknown) for one verb and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in lex.future_modals or a.lemma_.lower() in ("will", "shall") for a in auxes):
        return _FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return _PAST
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return _PAST
    if verb.lemma_.lower() in lex.future_verbs and verb.tag_ in ("VBZ", "VBP", "VBN", "VBG"):
        return _FUTURE  # "plans to", "is scheduled for", "is expected"
    if verb.tag_ in ("VBG", "VBN") and not auxes and depth < 3:
        holder = _finite_holder(verb)
        if holder is not None and _verb_tense(holder, lex, depth + 1) == _PAST:
            return _PAST   # "cooperated ..., including offering in August": the past of "cooperated"
        return None
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes) \
            and verb.lemma_.lower() not in lex.reporting_verbs:
        return _FUTURE  # "is meeting Wednesday"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in lex.reporting_verbs \
            and not (verb.tag_ == "VBP" and verb.lower_ in lex.invariant_verbs):
        return _FUTURE  # "the summit is on Friday", "talks resume Monday"
    if verb.tag_ == "VB" and any(a.tag_ == "TO" or a.lower_ == "to" for a in auxes) and depth < 3:
        head = verb.head
        if head is not verb and head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in lex.future_verbs:
                return _NEAR if head.tag_ == "VBD" else _FUTURE
            told = _verb_tense(head, lex, depth + 1)
            # an infinitive's act comes after its verb's time: under a past verb ("announced to
            # present a memorandum on april 5") it may lie either side of publication -- the
            # nearer date, not the past one only
            return _LATER if told == _PAST else told
    return None


#: links from a bare participle or gerund to the verb whose time it shares ("cooperated ...,
#: including offering", "began shelling", "was arrested ... and charged"); not a free adjunct
#: (advcl), which may tell a later result ("issued notices, making them returnable on april 8 next")
_SHARED_TIME_DEPS = frozenset({"pcomp", "xcomp", "conj"})


def _finite_holder(verb: "Token") -> "Token | None":
    """The verb a participle or gerund with no auxiliary of its own hangs on as an adjunct,
    complement or conjunct (through a preposition: "by blocking"): a non-finite verb has no tense,
    and one that continues a clause told in the past is past too ("The agency cooperated with the
    inquiry, including offering in August to turn over the server": last August, not the coming
    one). None where it hangs on a noun ("the deadline for starting construction from march 15",
    "the express carrying ram sevaks on february 27": a gerund or participle on a noun names an act
    of any time) or on a verb with no tense of its own (an infinitive: "could do little to stop the
    mob from torching the train on february 27")."""
    if verb.dep_ not in _SHARED_TIME_DEPS or verb.head.i == verb.i:
        return None
    node = verb.head
    if verb.dep_ == "pcomp" and node.dep_ == "prep":
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.dep_ in NOMINAL_DEPS:
        return None
    if node.tag_ in ("VBD", "VBZ", "VBP", "MD") or node.tag_ in ("VBG", "VBN") \
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in node.children):
        return node   # (a bare participle itself: its own holder's, one step up)
    return None


def _tense(root: "Token", lex: DatesLexicon) -> str | None:
    """Tense that orients the expression: a past marker before it ("since"), else its verb's."""
    first = root.doc[root.left_edge.i]
    before = root.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower_ in lex.past_markers:
        return _PAST
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is not None and after.lower_ in grammar().relative_adverbs and after.dep_ == "advmod" \
            and after.head.tag_ == "VBD":
        return _PAST   # "a meeting ... on wednesday when the prime minister asked him": the clause's past
    verb = _governing_verb(root)
    if _on_past_occasion(root, verb, lex):
        return _PAST   # "the Islamist massacre Tuesday ... shows": the harm's day, told after it
    return _verb_tense(verb, lex) if verb is not None else None


def _on_past_occasion(root: "Token", verb: "Token | None", lex: DatesLexicon) -> bool:
    """The expression modifies a noun of a harm told after it happens (dates.yaml
    ``past_occasion_nouns``) on its way up to its governing verb: "the massacre Tuesday", "the
    church massacre in June"."""
    tok = root
    for _ in range(4):
        if tok.head.i == tok.i or (verb is not None and tok.head.i == verb.i):
            return False
        tok = tok.head
        if tok.pos_ == "NOUN":
            return tok.lemma_.lower() in lex.past_occasion_nouns
        if tok.pos_ != "ADP":
            return False
    return False


# -- resolution --------------------------------------------------------------------------------

def _resolve(m: _Match, pub: date | None, tense: "Tense", lex: DatesLexicon) -> tuple[str | None, str]:
    """(ISO value or None, granularity) for one match."""
    g: dict[str, Any] = m.groups
    if m.kind in ("iso", "mdy", "dmy"):
        month = int(g["mon"]) if m.kind == "iso" else lex.months[g["mon"].lower()]
        return _day_month(int(g["day"]), month, g.get("year"), pub, tense), "day"
    if m.kind == "my":
        return f"{int(g['year']):04d}-{lex.months[g['mon'].lower()]:02d}", "month"
    if m.kind == "year":
        return g["year"], "year"
    if pub is None:
        return None, "day"
    if m.kind == "month":
        return _month_only(lex.months[g["mon"].lower()], pub, tense, g["prep"].lower()), "month"
    if m.kind == "weekday":
        return _weekday(g, pub, tense, lex).isoformat(), "day"
    if m.kind == "day":
        return (pub + timedelta(days=lex.relative_days[g["word"].lower()])).isoformat(), "day"
    if m.kind == "ago":
        return _ago(g, pub)
    if m.kind == "weekend":
        return _weekend(pub, tense()), "week"
    return _relative(g, pub, lex, tense)


def _day_month(day: int, month: int, year: str | None, pub: date | None, tense: "Tense") -> str | None:
    """A day of a month; a missing year comes from the publication date and the tense."""
    if year is not None:
        try:
            return date(int(year), month, day).isoformat()
        except ValueError:
            return None
    if pub is None:
        return None
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    best = _pick(cands, pub, tense())
    return best.isoformat() if best else None


def _pick(cands: list[date], pub: date, direction: str | None) -> date | None:
    """The candidate on the tense's side of ``pub`` closest to it (else simply the closest; for
    ``_NEAR`` the closest either side)."""
    side = [c for c in cands if (c <= pub if direction == _PAST else c >= pub)] \
        if direction and direction not in (_NEAR, _LATER) else []
    pool = side or cands
    return min(pool, key=lambda c: abs((c - pub).days)) if pool else None


def _month_only(month: int, pub: date, tense: "Tense", prep: str) -> str:
    direction = {"last": _PAST, "since": _PAST, "next": _FUTURE, "until": None}.get(prep) or tense()
    cands = [date(y, month, 15) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if prep == "this" or month == pub.month:
        chosen = date(pub.year, month, 1)
    else:
        chosen = _pick(cands, pub.replace(day=15), direction) or cands[1]
    return f"{chosen.year:04d}-{chosen.month:02d}"


def _weekday(g: dict[str, str | None], pub: date, tense: "Tense", lex: DatesLexicon) -> date:
    target = lex.weekdays[(g["wd"] or "").rstrip(".").lower()]
    mod = (g.get("mod") or "").lower()
    back = (pub.weekday() - target) % 7
    fwd = (target - pub.weekday()) % 7
    if mod == "last":
        return pub - timedelta(days=back or 7)
    if mod == "next":
        return pub + timedelta(days=fwd or 7)
    if back == 0:
        return pub
    t = tense()
    if t == _NEAR:
        return pub - timedelta(days=back) if back <= fwd else pub + timedelta(days=fwd)
    return pub + timedelta(days=fwd) if t == _FUTURE else pub - timedelta(days=back)   # (_LATER: past)


def _weekend(pub: date, direction: str | None) -> str:
    """"the weekend": the one just past (or under way), or the coming one for future verbs."""
    if pub.weekday() >= 5:
        return _iso_week(pub)
    days = (5 - pub.weekday()) if direction == _FUTURE else -(pub.weekday() + 2)
    return _iso_week(pub + timedelta(days=days))


def _iso_week(d: date) -> str:
    """The week of ``d`` as its first day (Monday), ISO YYYY-MM-DD; granularity says "week"."""
    return (d - timedelta(days=d.weekday())).isoformat()


def _shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _ago(g: dict[str, str | None], pub: date) -> tuple[str, str]:
    word = (g["n"] or "").lower()
    n = int(word) if word.isdigit() else 1 if word in ("a", "an") else counts_lexicon().units[word]
    unit = dates_lexicon().ago_units[(g["unit"] or "").lower()]
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return _iso_week(pub - timedelta(weeks=n)), "week"
    if unit == "month":
        y, mo = _shift_month(pub, -n)
        return f"{y:04d}-{mo:02d}", "month"
    return f"{pub.year - n:04d}", "year"


def _relative(g: dict[str, str | None], pub: date, lex: DatesLexicon,
              tense: "Tense | None" = None) -> tuple[str | None, str]:
    """this/last/next + week|month|year|weekend|morning|night... (``tense``: "this weekend")"""
    step = lex.relative_modifiers[(g["mod"] or "").lower()]
    unit = (g["unit"] or "").lower()
    if unit == "weekend" and step == 0:   # "this weekend, Sanders complained": the one just past
        return _weekend(pub, tense() if tense is not None else None), "week"
    if unit in ("week", "weekend"):  # a weekend is given as its week
        return _iso_week(pub + timedelta(weeks=step)), "week"
    if unit == "month":
        y, mo = _shift_month(pub, step)
        return f"{y:04d}-{mo:02d}", "month"
    if unit == "year":
        return f"{pub.year + step:04d}", "year"
    # parts of a day: "this morning" is today, "last night" yesterday, "next morning" unknown
    if step == 0:
        return pub.isoformat(), "day"
    if step == -1 and unit in ("night", "evening"):
        return (pub - timedelta(days=1)).isoformat(), "day"
    return None, "day"
