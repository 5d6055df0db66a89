"""Names in text written without capitals, or all in capitals, found in the dictionaries.

spaCy's small model finds names by their capitals: in an article written all in lower case
("police fired at a vhp mob in ahmedabad") or in an all-caps headline it misses most of them, and
the entity extractor drops lower-case spans anyway. ``name_spans`` matches the actor dictionary
(``ontology.actors``) and the gazetteer (``ontology.gazetteer``) whatever the case, in such text
only, and returns the token spans, each with an NER-like label:

* a gazetteer place: GPE (LOC for continents, regions, seas and landmarks);
* a dictionary place that is not in the gazetteer: NORP when it ends like a demonym
  ("pakistani"), else GPE ("gujarat");
* a one-word gazetteer city the dictionary does not know: only when the article names its
  country otherwise (another match in that country), as many small cities are words too;
* a dictionary actor of 2-3 words with no role noun or organisation word: PERSON; else ORG;
* a match followed by role nouns of the agent dictionary ("gujarat police", "vhp workers")
  becomes an ORG mention over both, as spaCy tags "Gujarat Police" in normally written text;
* up to ``titled_name_words`` name words right after a title word ("general secretary a k nandy",
  "chairman ashok ganguly"): PERSON -- initials, or words that are no English word of the loaded
  model's rule lemmatizer (``register_english``), in lower-case text only (``_titled_names``).

Which text: an article at most ``lower_max_capital_share`` of whose words start with a capital,
in its sentences that are so too; and any sentence of ``caps_min_words`` words or more mostly in
capitals. Which phrases: at least ``min_letters`` letters, a one-word phrase a noun, proper noun or
adjective (so "may" and "will" never match; the tagger is too unsure of the words of a longer
name in lower case: "narendra modi" has "modi" as an auxiliary), and not in the generated stop list of phrases made
only of common English words ("nice", "reading", "turkey"). All in ``actors/caseless.yaml``.

Not handled: names in no dictionary and after no title (many people; places below the gazetteer's
cities), a name after a title that begins with an English word ("ram vilas paswan" is found only
as a dictionary name), truecasing of the text for the parser, and words that are names and common
words at once but not in the English word list the stop list was built from.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..ontology import data_path, fail, read_yaml
from ..ontology.grammar import grammar
from ..ontology.actors import ActorCode, agent_sector, code_actor, entries, normalise, titles
from ..ontology.gazetteer import index as gazetteer_index
from ..ontology.gazetteer import lookup as gazetteer_lookup
from . import token_scan
from .syntax import FUNCTION_POS, PARTY_ENTS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from . import Context

_SOURCE = "actors/caseless.yaml"
_STOP = "actors/caseless_stop.txt"
_CACHE = "caseless.spans"
_SENTENCES = "caseless.sentences"
_WORD = re.compile(r"[^\W\d_]{2,}")
#: four words in capitals in a row: the cheap test that lets normally written text skip the
#: per-sentence count
_CAPS_RUN = re.compile(r"\b[A-Z]{2,}\W+[A-Z]{2,}\W+[A-Z]{2,}\W+[A-Z]{2,}\b")
_LOC_KINDS = frozenset({"continent", "region", "water", "landmark"})


@dataclass(frozen=True)
class Phrase:
    """What a dictionary or gazetteer phrase is: NER-like label and country; ``weak`` for a
    one-word name that only the gazetteer knows as a city ("sabha", a Libyan city and the Hindi
    for assembly), matched only in an article that names its country otherwise."""

    label: str
    country: str | None
    weak: bool


@dataclass(frozen=True)
class Rules:
    """Validated ``actors/caseless.yaml`` plus the phrase index it applies to (``phrases`` and
    ``first_words`` are filled by ``indexed_rules()``, only when an article has a caseless sentence)."""

    lower_max_capital_share: float
    caps_min_share: float
    caps_min_words: int
    min_letters: int
    max_tokens: int
    head_pos: frozenset[str]
    max_agent_words: int
    titled_name_words: int
    org_words: frozenset[str]
    demonym_endings: tuple[str, ...]
    region_endings: tuple[str, ...]
    #: normalised phrase -> what it is; stop-listed and short phrases left out
    phrases: dict[str, Phrase]
    #: normalised phrases made only of common English words (caseless_stop.txt)
    stop: frozenset[str]
    #: first words of ``phrases`` (a position whose word is not one starts no match)
    first_words: set[str]


@functools.lru_cache(maxsize=1)
def rules() -> Rules:
    """The caseless matching rules, read and checked once per process (no phrase index yet)."""
    data = read_yaml(_SOURCE)
    try:
        r = Rules(float(data["lower_max_capital_share"]), float(data["caps_min_share"]),
                  int(data["caps_min_words"]), int(data["min_letters"]), int(data["max_tokens"]),
                  frozenset(str(p) for p in data["head_pos"]), int(data["max_agent_words"]),
                  int(data["titled_name_words"]), frozenset(str(w).upper() for w in data["org_words"]),
                  tuple(str(w).upper() for w in data["demonym_endings"]),
                  tuple(str(w).upper() for w in data["region_endings"]), {},
                  frozenset(normalise(line) for line in data_path(_STOP).read_text(encoding="utf8").splitlines()
                            if line.strip() and not line.startswith("#")), set())
    except (KeyError, TypeError, ValueError) as exc:
        raise fail(_SOURCE, None, f"missing or malformed field ({exc})") from exc
    return r


@functools.lru_cache(maxsize=1)
def indexed_rules() -> Rules:
    """``rules()`` with the phrase index built, once per process: ~50,000 dictionary and gazetteer
    phrases, built only when an article has a sentence without capitals (most have none)."""
    r = rules()
    r.phrases.update(_phrases(r, r.stop))
    r.first_words.update(p.split(" ", 1)[0] for p in r.phrases)
    return r


def is_common_word(text: str) -> bool:
    """Is this name, written in lower case, a phrase of common English words ("turkey")?"""
    return text.islower() and normalise(text) in rules().stop


def _phrases(r: Rules, stop: frozenset[str]) -> dict[str, Phrase]:
    out: dict[str, Phrase] = {}
    places = {normalise(k): cands for k, cands in gazetteer_index().items()}
    for phrase, entry in entries().items():
        if entry.kind != "place":
            out[phrase] = Phrase(_actor_label(r, phrase), entry.country, False)
        elif phrase in places:
            out[phrase] = Phrase(_place_label(places[phrase]), entry.country, False)
        else:  # a demonym ("pakistani") or a region the gazetteer lacks ("gujarat")
            demonym = phrase.endswith(r.demonym_endings) and not phrase.endswith(r.region_endings)
            out[phrase] = Phrase("NORP" if demonym else "GPE", entry.country, False)
    for phrase, cands in places.items():
        if phrase not in out:
            weak = " " not in phrase and cands[0].kind == "city"
            out[phrase] = Phrase(_place_label(cands), cands[0].country, weak)
    return {p: v for p, v in out.items() if p not in stop and sum(c.isalpha() for c in p) >= r.min_letters}


def _place_label(cands: tuple) -> str:
    return "LOC" if cands and cands[0].kind in _LOC_KINDS else "GPE"


def _actor_label(r: Rules, phrase: str) -> str:
    words = phrase.split()
    person = 2 <= len(words) <= 3 and not any(w in r.org_words or agent_sector(w) for w in words)
    return "PERSON" if person else "ORG"


# ---------------------------------------------------------------- which text

def _sentence_bounds(doc: "Doc", ctx: "Context") -> list[int]:
    """Token starts of the sentences, then len(doc) (shared with places.sentence_of)."""
    starts = ctx.cache.get("sentence.starts")
    if starts is None:
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            starts = [s.start for s in doc.sents] + [len(doc)]
        else:
            starts = [0, len(doc)]
        ctx.cache["sentence.starts"] = starts
    return starts


@functools.lru_cache(maxsize=8)
def lower_case_article(text: str) -> bool:
    """The article is written without capitals (at most ``lower_max_capital_share`` of its words
    start with one): its names are found only through the dictionaries and the gazetteer. Only
    its prose counts -- the lines with a sentence's end -- when it has any: a crawl's share bar or
    menu line ("Facebook Twitter Linkedin Mail") is no sentence of the article. (Kept for the last
    few texts: the entity and event extractors both ask about the same article.)"""
    prose = [line for line in text.splitlines() if _SENTENCE_END.search(line)]
    words = _WORD.findall("\n".join(prose)) or _WORD.findall(text)
    return bool(words) and _capital_share(words) <= rules().lower_max_capital_share


def caseless_sentences(doc: "Doc", ctx: "Context") -> list[tuple[int, int]]:
    """Token bounds of the sentences written without capitals or all in capitals (once per
    article: kept in ``ctx.cache``)."""
    cached = ctx.cache.get(_SENTENCES)
    if cached is None:
        cached = ctx.cache[_SENTENCES] = _caseless_sentences(doc, ctx)
    return cached


def _caseless_sentences(doc: "Doc", ctx: "Context") -> list[tuple[int, int]]:
    r = rules()
    text = ctx.article.text
    lower = lower_case_article(text)
    if not lower and not _CAPS_RUN.search(text):
        return []
    # a line break ends a stretch of text too: a crawl's header line ("This story is from March 27,
    # 2002") that the parser joined to the lower-case lead does not make the lead capitalised
    breaks = {i + 1 for i in token_scan.line_breaks(doc) if i + 1 < len(doc)}
    starts = sorted(set(_sentence_bounds(doc, ctx)) | breaks)
    out = []
    for a, b in zip(starts, starts[1:]):
        if a >= b:
            continue
        sent = _WORD.findall(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        if not sent:
            continue
        if lower and _capital_share(sent) <= r.lower_max_capital_share or \
                len(sent) >= r.caps_min_words and sum(w.isupper() for w in sent) >= r.caps_min_share * len(sent):
            out.append((a, b))
    return out


#: a sentence's end in a line: ".", "?" or "!" before a space, a quote or the line's end
_SENTENCE_END = re.compile(r"[.?!][\"'”’]?(?:\s|$)")


def _capital_share(words: list[str]) -> float:
    return sum(w[0].isupper() for w in words) / len(words)


# ---------------------------------------------------------------- matching

def name_spans(doc: "Doc", ctx: "Context") -> list[tuple[int, int, str]]:
    """(first token, end token, label) of each dictionary name in caseless sentences, in text
    order (cached per article in ``ctx.cache``). There they replace spaCy's entities, which are
    unreliable without capitals ("POLICE ARREST VHP WORKERS IN AHMEDABAD" all one ORG): callers
    drop the spaCy entities that overlap one."""
    cached = ctx.cache.get(_CACHE)
    if cached is not None:
        return cached
    found: list[tuple[int, int, Phrase]] = []
    sentences = caseless_sentences(doc, ctx)
    if sentences:
        inside = {k for a, b in sentences for k in range(a, b)}
        taken = {k for e in token_scan.ents(doc) if e.start not in inside for k in range(e.start, e.end)}
        keys = [normalise(t.text) for t in doc]
        for a, b in sentences:
            found.extend(_scan(doc, keys, a, b, taken))
        english = _ENGLISH.get(id(doc.vocab))
        if english is not None:
            held = taken | {k for a, b, _ in found for k in range(a, b)}
            for a, b in sentences:
                found.extend(_titled_names(doc, a, b, held, english))
            found.sort(key=lambda f: f[0])
    named = {p.country for _, _, p in found if not p.weak}
    out = [(a, b, p.label) for a, b, p in found if not p.weak or p.country in named]
    ctx.cache[_CACHE] = out
    doc.user_data[_NAMED] = frozenset(k for a, b, label in out if label in _PARTIES for k in range(a, b))
    return out


#: the English words of each loaded pipeline (its lemmatizer's index of base forms), by vocabulary
_ENGLISH: dict[int, frozenset[str]] = {}
#: parts of speech no word of a person's name has (function words, pronouns, numbers)
NOT_NAME_POS = FUNCTION_POS | {"PRON", "NUM", "SPACE"}


def register_english(nlp: "Language") -> None:
    """Keep the English words of a loaded pipeline: the base forms its rule lemmatizer knows (the
    model's WordNet-derived ``lemma_index``). ``_titled_names`` tells a name from a word by them;
    a pipeline without such a lemmatizer finds no titled names."""
    try:
        lemmatizer: Any = nlp.get_pipe("lemmatizer")   # (spaCy types pipes as callables)
        index = lemmatizer.lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(index.get(pos) or ())
    if words:
        _ENGLISH[id(nlp.vocab)] = frozenset(words)


def _name_word(tok: "Token", english: frozenset[str], inside: bool) -> bool:
    """A word of a person's name in text without capitals: an initial ("a k nandy"), or a word
    that is no English word (neither it nor its lemma is in ``english``, nor a stop word or a
    function word); ``inside`` a name begun so, also an English word the tagger calls a proper
    noun ("ashok das"; not "detective department": a name does not begin with an English word)."""
    if not tok.is_alpha or not tok.is_lower:
        return False
    if len(tok) == 1:
        return True
    if tok.is_stop or tok.pos_ in NOT_NAME_POS:
        return False
    if tok.lower_ in english or tok.lemma_.lower() in english:
        return inside and tok.tag_ == "NNP"
    return True


def _titled_names(doc: "Doc", a: int, b: int, taken: set[int],
                  english: frozenset[str]) -> list[tuple[int, int, Phrase]]:
    """People named right after a title in text without capitals ("vhp state general secretary a k
    nandy told reporters", "chairman ashok ganguly said", "police commissioner v k gupta"): the
    title words (actors/titles.yaml) are followed by up to ``titled_name_words`` name words
    (``_name_word``) that end in one of two letters or more. The dictionaries know few such people;
    the tagger, without capitals, knows none."""
    title_words = titles().title_words
    most = rules().titled_name_words
    out = []
    for i in range(a, b - 1):
        if doc[i].lower_ not in title_words or i in taken:
            continue
        j = i + 1
        while j < b and j - i <= most and j not in taken and doc[j].lower_ not in title_words \
                and _name_word(doc[j], english, any(len(doc[k]) > 1 for k in range(i + 1, j))):
            j += 1
        while j > i + 1 and len(doc[j - 1]) == 1:
            j -= 1   # ("secretary a letter": an article is no initial)
        if j > i + 1:
            out.append((i + 1, j, Phrase("PERSON", None, False)))
    return out


def named(tok: "Token") -> bool:
    """The token is part of a dictionary name of a party (a person, organisation or group, not a
    place) found in caseless text (``name_spans``, once it has run for the token's document):
    "condemned the intransigence of the vhp" names a party that neither the tagger nor the NER can
    tell from a word."""
    return tok.i in tok.doc.user_data.get(_NAMED, ())


#: Doc.user_data key of the token indices of the party names ``name_spans`` found
_NAMED = "caseless.named"
#: the labels of party names (not places: "the areas of ahmedabad" names where, not whom)
_PARTIES = PARTY_ENTS - {"GPE"}


def _scan(doc: "Doc", keys: list[str], a: int, b: int, taken: set[int]) -> list[tuple[int, int, Phrase]]:
    first = indexed_rules().first_words
    out = []
    i = a
    while i < b:
        found = None if i in taken or keys[i] not in first or _stance(doc, i) else _longest(doc, keys, i, b, taken)
        if found is None:
            i += 1
            continue
        end, phrase = found
        end, phrase = _with_agents(doc, keys, end, b, taken, phrase)
        out.append((i, end, phrase))
        i = end
    return out


def _stance(doc: "Doc", i: int) -> bool:
    """'the anti-vhp seers', 'pro-bjp groups': a name joined by a hyphen to a stance prefix
    (grammar.yaml ``stance_prefixes``) names what its holders oppose or favour; they are not that
    party (spaCy keeps a capitalised "Anti-American" one word)."""
    if i < 2 or doc[i - 1].text not in ("-", "‐", "–"):
        return False
    prefix = doc[i - 2]
    return prefix.lower_ in grammar().stance_prefixes and prefix.idx + len(prefix.text) == doc[i - 1].idx \
        and doc[i - 1].idx + len(doc[i - 1].text) == doc[i].idx


def _longest(doc: "Doc", keys: list[str], i: int, b: int, taken: set[int]) -> tuple[int, Phrase] | None:
    r = indexed_rules()
    for j in range(min(b, i + r.max_tokens), i, -1):
        if any(k in taken for k in range(i, j)):
            continue
        phrase = r.phrases.get(" ".join(keys[i:j]))
        if phrase is not None and (j - i > 1 or doc[i].pos_ in r.head_pos):
            return j, phrase
    return None


def _with_agents(doc: "Doc", keys: list[str], end: int, b: int, taken: set[int],
                 phrase: Phrase) -> tuple[int, Phrase]:
    """Extend a name over the role nouns right after it ("gujarat police", "vhp workers"): an ORG
    mention, as spaCy tags "Gujarat Police"; not over a person's title ("gujarat chief
    minister": the minister is a person) nor across punctuation."""
    r = rules()
    if phrase.label == "PERSON":
        return end, phrase
    title_words = titles().title_words
    for j in range(min(b, end + r.max_agent_words), end, -1):
        words = doc[end:j]
        if any(k in taken for k in range(end, j)) or not all(t.is_alpha for t in words) \
                or words[-1].lower_ in title_words:
            continue
        if agent_sector(" ".join(keys[end:j])):
            return j, Phrase("ORG", phrase.country, False)
    return end, phrase


def code(name: str) -> ActorCode | None:
    """Code a name written without capitals: the dictionaries as for the name capitalised
    ("gujarat police" as "Gujarat Police"), else the gazetteer's best place for the country
    ("godhra": a city in India)."""
    found = code_actor(" ".join(w[:1].upper() + w[1:] for w in name.split(" ")))
    if found is not None and found.country:
        return found
    place = gazetteer_lookup(name)
    if not place or not place[0].country:
        return found
    return ActorCode(place[0].country, found.sector if found else None, found.name if found else name)


def overlaps(spans: list[tuple[int, int, str]], first: int, last: int) -> bool:
    """Does token span [first, last) overlap one of ``name_spans``' spans?"""
    return any(a < last and first < b for a, b, _ in spans)
