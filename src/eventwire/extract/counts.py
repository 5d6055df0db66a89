"""Counts: numbers tied to what they count ("2,500 U.S. Marines", "a 4,000-soldier brigade",
"hundreds of protesters", "$2 billion", "40 percent").

A count is a number phrase (digits, number words, scale words, vague plurals) plus the noun it
counts, found through the parse: the noun the number modifies (``nummod``), the noun after a
hyphen ("4,000-soldier"), or the object of "of" ("three of the soldiers"). The category comes
from the counted noun (``ontology/data/counts.yaml``) and, for people, from the verb that says
what happened to them ("12 people were killed" -> killed).

Not handled: numbers with no counted noun in the same phrase ("the toll rose to 12"),
ranges ("10-12 people" keeps the first figure only when the parse links it), fractions,
ages ("45-year-old"), and counts split over coordination ("killed 12 and wounded 30").
Years, dates, times, ordinals and numbers inside names are never counts.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..ontology.contradictions import rules as contradiction_rules
from ..ontology.lexicons import CountsLexicon, counts_lexicon
from ..records import Count, CountClaim
from . import token_scan
from .places import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from . import Context

_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$", re.IGNORECASE)
#: entity labels whose numbers are never counts (names, dates, clock times, ranks)
_BLOCKING_ENTS = frozenset({"TIME", "ORDINAL", "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT",
                            "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
_TIME_CATEGORIES = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "decades"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: farthest (in tokens) the counted noun may lie after the number phrase
_MAX_GAP = 6


class _Number:
    """A number phrase: tokens [first, last], its value and whether it is vague."""

    __slots__ = ("first", "last", "value", "vague", "weak", "words")

    def __init__(self, first: int, last: int, value: float, vague: bool = False,
                 weak: bool = False, words: bool = False) -> None:
        self.first, self.last, self.value = first, last, value
        self.vague, self.weak, self.words = vague, weak, words


def extract(doc: "Doc", ctx: "Context") -> list[Count]:
    """Every count in the document, in text order; see the module docstring for coverage."""
    lex = counts_lexicon()
    out: list[Count] = []
    text = article_text(doc, ctx)
    i = 0
    for k in token_scan.indices(doc, lex.starters, digit_start=True):  # tokens that may start a number
        if k < i:
            continue
        num = read_number(doc, k, lex)
        if num is None:
            continue
        count = _count_for(doc, text, num, lex)
        if count is not None:
            out.append(count)
        i = num.last + 1
    out = [with_claim(doc, ctx, c) for c in out]
    taken = [(c.start, c.end) for c in out]
    single = [c for t in token_scan.indices(doc, lex.singular_articles)
              if (c := _singular_outcome(doc, text, doc[t], lex)) is not None
              and not any(a < c.end and c.start < b for a, b in taken)]
    return sorted(out + single, key=lambda c: c.start) if single else out


def _singular_outcome(doc: "Doc", text: str, det: "Token", lex: CountsLexicon) -> Count | None:
    """"a youth perished in police firing" -> 1 killed: a person named with the indefinite
    article, subject (or object) of an outcome verb that is not negated. No claim: the article
    is no figure a report could contradict."""
    noun = det.head
    if det.dep_ != "det" or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i < det.i:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "a number of people", "a group of protesters", "a resident of ..."
    if _noun_category(noun, lex) not in lex.person_categories:
        return None
    category = _outcome(noun, lex)
    verb = noun.head if noun.dep_ in ("nsubjpass", "nsubj", "dobj") else None
    if category is None or (verb is not None and any(c.dep_ == "neg" for c in verb.children)):
        return None
    return Count(value=1, text=text[det.idx:noun.idx + len(noun.text)], start=det.idx,
                 end=noun.idx + len(noun.text), category=category, approximate=False)


def with_claim(doc: "Doc", ctx: "Context", n: Count) -> Count:
    """``n`` with its ``claim`` (sentence, counted noun's lemma, update cue within
    ``window_tokens`` of the figure) when contradictions compare its category."""
    r = contradiction_rules()
    first = doc.char_span(n.start, n.start + 1, alignment_mode="expand")
    if n.category not in r.count_categories or first is None or not len(first):
        return n
    tok = first[0]
    s0, s1 = sentence_of(ctx, tok.i)
    sent = doc[s0:s1]
    span = doc.char_span(n.start, n.end, alignment_mode="expand")
    head = span.root.lemma_.lower() if span is not None and 0 < len(span) <= 20 else None
    near = doc[max(s0, tok.i - r.window_tokens):min(s1, tok.i + r.window_tokens)]
    update = any(t.lemma_.lower() in r.count_cues or t.lower_ in r.count_cues for t in near)
    return dataclasses.replace(n, claim=CountClaim(sent.start_char, sent.end_char, head, update))


def article_text(doc: "Doc", ctx: "Context") -> str:
    """The text ``doc`` was parsed from: the article's (``Doc.text`` re-joins every token on
    each access, which costs more than these extractors), unless the Doc was built otherwise."""
    text = ctx.article.text
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        return text
    return token_scan.text(doc)


# -- number phrases ---------------------------------------------------------------------------

def _digit_value(text: str, lex: CountsLexicon) -> float | None:
    """Value of a digit token ("2,500", "2.5", "2bn"), or None."""
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    m = _SUFFIXED.match(text)
    if m and m.group(2).lower() in lex.scales:
        return float(m.group(1)) * lex.scales[m.group(2).lower()]
    return None


def _glued(doc: "Doc", i: int) -> bool:
    """True when token i is joined to the token before it without a space ("F-35", "COVID-19")."""
    if i < 2 or doc[i - 1].text not in "-/" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    return doc[i - 2].is_alpha or doc[i - 2].like_num


def _vague_at(doc: "Doc", i: int, lex: CountsLexicon) -> _Number | None:
    """A vague quantity ("hundreds", "tens of thousands") starting at token i, or None."""
    best = None
    for phrase, value in lex.vague.items():
        words = phrase.split()
        if i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            if best is None or len(words) > best.last - i + 1:
                best = _Number(i, i + len(words) - 1, float(value), vague=True, words=True)
    return best


def _words_at(doc: "Doc", i: int, lex: CountsLexicon) -> _Number | None:
    """A number written in words ("two", "twenty-five", "a dozen", "two hundred") at token i."""
    j, total, current, prev = i, 0.0, 0.0, ""  # prev: kind of the last word read
    if doc[i].lower_ in ("a", "an") and i + 1 < len(doc) and (
            doc[i + 1].lower_ in lex.scales or doc[i + 1].lower_ == "dozen"):
        j, current, prev = i + 1, 1.0, "a"
    last = None
    while j < len(doc):
        w = doc[j].lower_
        if w == "dozen" and prev in ("a", "unit", "tens"):
            current, kind = current * 12, "dozen"  # ends the number: "a dozen two" is two numbers
        elif w in lex.units and w != "dozen" and (prev in ("", "scale") or (prev == "tens" and lex.units[w] < 10)):
            current, kind = current + lex.units[w], "tens" if lex.units[w] >= 20 and lex.units[w] % 10 == 0 else "unit"
        elif w in lex.scales and prev in ("a", "unit", "tens", "scale") and len(w) > 2:
            current, kind = current * lex.scales[w], "scale"
            if lex.scales[w] >= 1000:
                total, current = total + current, 0.0
        elif prev == "tens" and w == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc) \
                and doc[j + 1].lower_ in lex.units:
            j += 1
            continue
        else:
            break
        prev, last, j = kind, j, j + 1
    if last is None:
        return None
    weak = last == i and doc[i].lower_ in lex.weak_numbers
    return _Number(i, last, total + current, weak=weak, words=True)


def read_number(doc: "Doc", i: int, lex: CountsLexicon) -> _Number | None:
    """The number phrase starting at token i (digits + scale words, words, vague), or None."""
    tok = doc[i]
    if tok.ent_type_ in _BLOCKING_ENTS or _glued(doc, i):
        return None
    value = _digit_value(tok.text, lex)
    if value is None:
        return _vague_at(doc, i, lex) or _words_at(doc, i, lex)
    last = i
    while last + 1 < len(doc):
        nxt, glued = doc[last + 1], not doc[last].whitespace_
        if nxt.text == "-" and glued and last + 2 < len(doc) and doc[last + 2].lower_ in lex.scales \
                and len(doc[last + 2].text) > 2 and not nxt.whitespace_:
            last += 2  # "$1-billion loan"
        elif nxt.lower_ in lex.scales and (len(nxt.text) > 2 or glued):
            last += 1  # "2.5 million", "45m" (short scales only when glued: not "5 m")
        else:
            break
        value *= lex.scales[doc[last].lower_]
    return _Number(i, last, value)


# -- what is counted --------------------------------------------------------------------------

def person_noun(noun: "Token") -> bool:
    """The noun counts people (counts.yaml ``person_categories``: "persons", "people", "policemen")."""
    lex = counts_lexicon()
    return _noun_category(noun, lex) in lex.person_categories


def _noun_category(noun: "Token", lex: CountsLexicon) -> str:
    """Category of a counted noun via the lexicon (compound + head first), else "other"."""
    head_forms = [noun.lower_, noun.lemma_.lower()]
    if noun.lower_.endswith("s"):
        head_forms.append(noun.lower_[:-1])
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    for c in compounds:
        for form in head_forms:
            cat = lex.noun_category.get(f"{c.lower_} {form}")
            if cat:
                return cat
    for form in head_forms:
        if form in lex.noun_category:
            return lex.noun_category[form]
    if noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS"):
        return "people"  # "20 Iraqis"
    return "other"


def _outcome(noun: "Token", lex: CountsLexicon) -> str | None:
    """What happened to counted people: the category of the verb they are subject/object of."""
    verbs = []
    if noun.dep_ in ("nsubjpass", "nsubj", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
        verbs.append(noun.head)
    # "people killed in", "people who were killed" -- not "one reason he is hurting"
    verbs += [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
              and not any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WP", "WDT")
                          for g in c.children)]
    for verb in verbs:
        base = verb.lemma_.lower()
        # a phrase first: "were shot dead", "gunned down", "lost their lives", "claimed three lives"
        keys = [f"{base} {c.lemma_.lower()}" for c in verb.children if c.dep_ in _PHRASE_DEPS] + [base]
        cat = next((lex.verb_outcome[k] for k in keys if k in lex.verb_outcome), None)
        if cat:
            return cat
    return None


#: a verb's words that make an outcome phrase with it ("shot dead", "gunned down", "lost lives")
_PHRASE_DEPS = frozenset({"oprd", "acomp", "advmod", "prt", "dobj"})


def _hyphen_noun(doc: "Doc", last: int) -> tuple["Token", "Token"] | None:
    """("4,000-soldier brigade") -> (counted noun, last token of the phrase), or None."""
    if last + 2 >= len(doc) or doc[last + 1].text != "-" or doc[last].whitespace_ or doc[last + 1].whitespace_:
        return None
    word = doc[last + 2]
    if last + 3 < len(doc) and doc[last + 3].text == "-" and not word.whitespace_:
        return None  # "45-year-old", "30-day-long"
    if word.lower_ == "strong":  # "a 4,000-strong force": the noun after is counted
        nxt = word.head if word.head.i > word.i else (doc[word.i + 1] if word.i + 1 < len(doc) else None)
        return (nxt, nxt) if nxt is not None and nxt.pos_ in _NOUNS else None
    if word.pos_ not in _NOUNS and word.tag_ not in ("NN", "NNS"):
        return None
    end = word.head if word.head.i > word.i and word.head.pos_ in _NOUNS and word.head.i - word.i <= 3 else word
    return word, end


def _of_noun(doc: "Doc", last: int) -> "Token | None":
    """("hundreds of protesters", "three of the soldiers") -> the noun after "of", or None."""
    if last + 1 >= len(doc) or doc[last + 1].lower_ != "of":
        return None
    objs = [c for c in doc[last + 1].children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
    if not objs:
        nxt = [t for t in doc[last + 2:last + 2 + _MAX_GAP] if t.pos_ in _NOUNS]
        objs = nxt[:1] if nxt and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for t in
                                      doc[last + 2:nxt[0].i + 1]) else []
    return objs[0] if objs else None


def _modified_noun(doc: "Doc", num: _Number) -> "Token | None":
    """The noun the number modifies ("2,500 U.S. Marines" -> Marines), or None."""
    tok = doc[num.last]
    head = tok.head
    if tok.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod", "appos") \
            and head.pos_ in _NOUNS and num.last < head.i <= num.last + _MAX_GAP:
        return head
    return None


def _counted(doc: "Doc", num: _Number, lex: CountsLexicon) -> tuple["Token", "Token", bool] | None:
    """(counted noun, last token of the phrase, hyphenated?) for a number phrase, or None."""
    hy = _hyphen_noun(doc, num.last)
    if hy is not None:
        return hy[0], hy[1], True
    if num.vague:
        noun = _of_noun(doc, num.last)
        return (noun, noun, False) if noun is not None else None
    # "one of the advisers" is a way of speaking, not a count; "three of the soldiers" is one
    noun = _modified_noun(doc, num)
    nxt = doc[num.last + 1] if num.last + 1 < len(doc) else None
    if noun is None and nxt is not None and nxt.lower_ in lex.bare_adjectives \
            and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in _NOUNS):
        return nxt, nxt, False  # "1,200 dead", "30 wounded" (not "30 dead soldiers")
    noun = noun or (_of_noun(doc, num.last) if num.value >= 1 and not num.weak else None)
    return (noun, noun, False) if noun is not None else None


# -- assembling records -----------------------------------------------------------------------

def _approximate(doc: "Doc", first: int, lex: CountsLexicon) -> bool:
    """True when words like "at least", "about", "nearly" stand right before the number."""
    for n in (3, 2, 1):
        if first - n >= 0 and " ".join(t.lower_ for t in doc[first - n:first]) in lex.approximators:
            return True
    return False


def _record(doc: "Doc", text: str, first: int, end_tok: "Token", value: float, category: str,
            approximate: bool, unit: str | None = None) -> Count:
    start, end = doc[first].idx, end_tok.idx + len(end_tok.text)
    v: float = int(value) if float(value).is_integer() else value
    return Count(value=v, text=text[start:end], start=start, end=end, category=category,
                 approximate=approximate, unit=unit)


def _money_or_percent(doc: "Doc", text: str, num: _Number, lex: CountsLexicon) -> Count | None:
    """"$2 billion", "2 million dollars", "40 percent", "40%" as counts, or None."""
    approx = num.vague or _approximate(doc, num.first, lex)
    before = doc[num.first - 1] if num.first > 0 else None
    if before is not None and before.text in lex.currencies and not before.whitespace_:
        sym_first = num.first - 1
        return _record(doc, text, sym_first, doc[num.last], num.value, "money",
                       approx or _approximate(doc, sym_first, lex), lex.currencies[before.text])
    if num.last + 1 < len(doc):
        nxt = doc[num.last + 1]
        if nxt.lower_ in lex.currencies and nxt.text not in ("$", "€", "£", "¥"):
            return _record(doc, text, num.first, nxt, num.value, "money", approx, lex.currencies[nxt.lower_])
        pct_end = _percent_end(doc, num.last + 1, lex)
        if pct_end is not None:
            return _record(doc, text, num.first, pct_end, num.value, "percent", approx)
    return None


def _percent_end(doc: "Doc", i: int, lex: CountsLexicon) -> "Token | None":
    if doc[i].lower_ in lex.percent_words:
        return doc[i]
    if i + 1 < len(doc) and f"{doc[i].lower_} {doc[i + 1].lower_}" in lex.percent_words:
        return doc[i + 1]
    return None


def _toll(doc: "Doc", text: str, num: _Number, lex: CountsLexicon) -> Count | None:
    """"the death toll rose to 40": a count of the dead, spanning "death toll rose to 40"."""
    tok = doc[num.last]
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ in ("dobj", "attr") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or num.weak:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in lex.toll_nouns), None)
    if subj is None or not subj.i < num.first or num.first - subj.i > _MAX_GAP:
        return None
    first = min([subj.i] + [c.i for c in subj.children if c.dep_ == "compound"])
    start, end = doc[first].idx, tok.idx + len(tok.text)
    v: float = int(num.value) if float(num.value).is_integer() else num.value
    return Count(value=v, text=text[start:end], start=start, end=end, category="killed",
                 approximate=num.vague or _approximate(doc, num.first, lex))


def _bare_outcome(doc: "Doc", text: str, num: _Number, lex: CountsLexicon) -> Count | None:
    """"At least 35 were killed", "killed 12", "two died": the number alone, counted by the verb."""
    tok = doc[num.last]
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head.pos_ != "VERB" or num.vague:
        return None
    category = lex.verb_outcome.get(tok.head.lemma_.lower())
    if category is None:
        return None
    v: float = int(num.value) if float(num.value).is_integer() else num.value
    start, end = doc[num.first].idx, tok.idx + len(tok.text)
    return Count(value=v, text=text[start:end], start=start, end=end, category=category,
                 approximate=_approximate(doc, num.first, lex))


def _plural_ok(noun: "Token", num: _Number, hyphen: bool, lex: CountsLexicon) -> bool:
    """A number above one must count a plural (or collective) noun, unless hyphenated."""
    if hyphen or num.value == 1 or num.vague:
        return True
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in lex.collective_nouns


def _count_for(doc: "Doc", text: str, num: _Number, lex: CountsLexicon) -> Count | None:
    """The count record for one number phrase, or None when it counts nothing we keep."""
    money = _money_or_percent(doc, text, num, lex)
    if money is not None:
        return money
    found = _counted(doc, num, lex)
    if found is None:
        return _toll(doc, text, num, lex) or _bare_outcome(doc, text, num, lex)
    noun, end_tok, hyphen = found
    if noun.lower_ in lex.fraction_words:
        return None
    category = _noun_category(noun, lex)
    in_date = doc[num.first].ent_type_ == "DATE"
    if (in_date and category not in _TIME_CATEGORIES) or not _plural_ok(noun, num, hyphen, lex):
        return None
    if category in _TIME_CATEGORIES and (num.weak or (end_tok.i + 1 < len(doc)
                                         and doc[end_tok.i + 1].lower_ in lex.not_a_count_after)):
        return None
    if num.weak and category not in lex.weak_number_categories:
        return None
    state = next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in lex.bare_adjectives), None)
    if state is not None and category in lex.outcome_subjects:
        category = lex.noun_category.get(state, category)  # "30 dead soldiers" -> killed
    elif category in lex.outcome_subjects:  # "hundreds of protesters were arrested": ask "hundreds"
        category = _outcome(noun, lex) or (noun is not doc[num.last].head and _outcome(doc[num.last], lex)) \
            or category
    approx = num.vague or _approximate(doc, num.first, lex)
    unit = lex.currencies.get(noun.lower_) if category == "money" else None
    return _record(doc, text, num.first, end_tok, num.value, category, approx, unit)
