"""Entities: one record per referent (PERSON ORG GPE LOC NORP), with role, country, sector.

Pipeline (all on the spaCy Doc, one pass each, no re-parsing):

1. NER spans are cleaned (leading "the", titles, trailing possessives, verbs swept into names
   and text before a line break dropped; fragments such as "Marine Brig" or "Defense" in
   "Secretary of Defense", quoted titles and PERSON spans that are not names dropped); a demonym
   glued to a known organisation ("Islamic" + "State") is joined; a PERSON span the dictionary
   knows as a place or company, and a FAC span it knows as an institution, are relabelled.
2. People are clustered: full names by (first, last) word with short given names spelled out
   ("Mike" = "Michael"); a lone surname joins the person with that surname mentioned nearest
   before it (same gender when an honorific says so), unless another bearer of the surname has
   twice its mentions by then (the story's main figure); spans NER mislabelled ORG/GPE that equal a
   known person's name, and untagged surname tokens ("Pelosi, D-Calif."), become mentions.
3. Roles: the first appositive ("Ian Bremmer, president of the Eurasia Group"), else the
   longest title before a name ("Secretary of Defense Mark Esper"); ``name`` never holds a title.
4. Title-only mentions ("the general", "the Defense secretary") join the person, mentioned
   nearest before, whose role has those words; pronouns are resolved by ``coref``.
5. Country and sector (``ontology.actors.code_actor``): from the role, else the bundled
   dictionary entry for the name, else an organisation in a "who ..." clause, else a party tag
   ("D-Calif." -> USA, LEG); a state office with no country in the text takes the country of
   the article's upper-case dateline ("WASHINGTON —").
6. Other entities are grouped by normalised name (aliases such as "U.S." / "the United States"
   unite through the curated dictionary; "Iranian" / "Iranians" unite; an acronym joins the one
   organisation whose initials spell it); their type is the majority NER label.

Without a dependency parse (a pipeline with no parser) pronouns stay unresolved and "who"
clauses are not read. Not handled: a first name alone shared by several people, two people who
share a surname when no full name is given, "they"/"it" for organisations, gender of given names
outside ``first_names.yaml``, and NER errors no rule above catches.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..ontology.actors import (STATE_SECTORS, canonical_name, code_actor, first_name_gender,
                               formal_first_name, lookup, normalise, titles)
from ..ontology.grammar import grammar
from ..ontology.lexicons import DatesLexicon, dates_lexicon
from ..records import Entity, Span
from . import caseless, coref, roles, token_scan
from .syntax import NOUN_ARGS, one_word_entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from . import Context

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
_MAX_NAME_TOKENS = 6
_MAX_CONTEXT_TOKENS = 8
_MAX_TITLE_WORDS = 12
_ORG_CODES = frozenset({"MNC", "NGO", "IGO", "UNO", "EUR"})
_NAME_TOKEN_RE = re.compile(r"[^\W\d_][\w.'’-]*")


@dataclass
class _Span:
    first: int  # token indices [first, last)
    last: int
    label: str


@dataclass
class _Cluster:
    label: str
    key: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    name_tokens: list[tuple[int, int]] = field(default_factory=list)
    appos: list[str] = field(default_factory=list)
    pre: list[str] = field(default_factory=list)
    context_orgs: list[str] = field(default_factory=list)
    party: bool = False
    role: str | None = None
    country: str | None = None
    sector: str | None = None

    @property
    def first_start(self) -> int:
        return min(s for s, _ in self.mentions)


# ---------------------------------------------------------------- span cleaning

def _strip(doc: "Doc", first: int, last: int, person: bool) -> tuple[int, int]:
    lex = titles()
    while first < last and doc[first].lower_ in lex.determiners:
        first += 1
    while last > first and (doc[last - 1].tag_ == "POS" or doc[last - 1].lower_ in ("’s", "'s", "’", "'")
                            or doc[last - 1].is_punct and not roles._abbrev_period(doc, last - 1)
                            or doc[last - 1].pos_ in ("SYM", "CCONJ")):
        last -= 1
    if person:
        while last - first > 1 and (roles.is_title_word(roles.word_of(doc, first), modifiers=True)
                                    or doc[first].text == "." or _not_name_word(doc[first])):
            first += 1
        while last - first > 1 and _not_name_word(doc[last - 1]):
            last -= 1
    return first, last


def _not_name_word(tok: Any) -> bool:
    """A verb or function word NER swept into a name ("Injecting Clinton", "Obama Seeks")."""
    return tok.tag_.startswith("VB") or tok.pos_ in ("VERB", "AUX", "ADP", "ADV", "DET", "PRON", "CCONJ")


def _is_name(doc: "Doc", first: int, last: int) -> bool:
    """A PERSON span that looks like a name: capitalised words, initials, particles; no colon."""
    lex = titles()
    if last - first > _MAX_NAME_TOKENS:
        return False
    if last - first == 1 and doc[first].tag_ in ("NNS", "NN"):
        return False  # "Scholars" at the start of a sentence
    for tok in doc[first:last]:
        if tok.like_num or not (_NAME_TOKEN_RE.fullmatch(tok.text) or tok.text in ("-", ".")):
            return False  # "W]e", quotes, colons, digits
        if tok.text[:1].islower() and tok.lower_ not in lex.name_particles and tok.text not in ("-", "."):
            return False
    words = [roles.word_of(doc, k) for k in range(first, last) if doc[k].text not in (".", "-")]
    return bool(words) and not all(roles.is_title_word(w, modifiers=True) for w in words)


def _is_place(text: str) -> bool:
    entry = lookup(text)
    return entry is not None and entry.kind == "place"


def _is_institution(text: str) -> bool:
    """A building name that the dictionary knows as an actor with a sector (White House: GOV)."""
    code = code_actor(text)
    return code is not None and code.sector is not None and lookup(code.name) is not None


def _person_or_not(text: str) -> str:
    """PERSON, or GPE / ORG when the dictionary knows the span as a place ("Iraq") or as an
    international organisation or company ("Twitter", "Reuters") tagged PERSON by NER."""
    entry = lookup(text)
    if entry is None:
        return "PERSON"
    if entry.kind == "place":
        return "GPE"
    return "ORG" if entry.country in _ORG_CODES and " " not in text.strip() else "PERSON"


def _join_known_org(doc: "Doc", sp: _Span) -> _Span:
    """"Islamic" (NORP) + "State" -> "Islamic State" (ORG) when the dictionary knows the phrase."""
    nxt = sp.last
    if sp.label in ("NORP", "GPE") and nxt < len(doc) and not doc[nxt].ent_type_ \
            and doc[nxt].pos_ == "PROPN" and doc[nxt].text[:1].isupper():
        entry = lookup(doc[sp.first:nxt + 1].text)
        if entry is not None and entry.kind == "actor":
            return _Span(sp.first, nxt + 1, "ORG")
    return sp


def _is_fragment(doc: "Doc", sp: _Span) -> bool:
    """ORG/GPE/NORP fragments of a title: "Marine Brig", "Defense" in "Secretary of Defense"."""
    lex = titles()
    words = [roles.word_of(doc, k) for k in range(sp.first, sp.last) if doc[k].text != "."]
    if any(roles.is_title_word(w) for w in words) or all(w.lower() in lex.name_suffixes for w in words):
        return True  # "Marine Brig", or "Jr." split off "Joseph R. Biden"
    after_of = sp.first > 0 and doc[sp.first - 1].lower_ == "of"
    return after_of and all(w.lower() in lex.department_words for w in words)


def _quoted_title(text: str, regions: list[tuple[int, int]], starts: list[int], start: int) -> bool:
    """The span starting at ``start`` sits in quotation marks whose content is written like a
    title (every word of four letters or more capitalised): a book or film, not a person."""
    k = bisect.bisect_right(starts, start) - 1
    if k < 0 or not regions[k][0] <= start < regions[k][1]:
        return False
    words = text[regions[k][0]:regions[k][1]].split()
    return len(words) <= _MAX_TITLE_WORDS and all(w[:1].isupper() for w in words if len(w) > 3)


def _after_dateline(doc: "Doc", start: int, end: int) -> int:
    """The first token of a span after a dateline the parser swept into it ("CLEVELAND - Donald
    Trump", "WASHINGTON -- Sen. Ted Cruz"): a dash whose words before it are all in capitals is
    the end of the dateline, no part of the name."""
    for k in range(start, end - 1):
        if doc[k].text in grammar().dateline_dashes:
            words = [t for t in doc[start:k] if t.is_alpha]
            return k + 1 if words and all(t.text.isupper() and len(t.text) > 1 for t in words) else start
    return start


def _ner_spans(doc: "Doc", text: str, regions: list[tuple[int, int]]) -> list[_Span]:
    starts = [a for a, _ in regions]
    out = []
    for ent in token_scan.ents(doc):
        if ent.label_ == "PERSON" and _quoted_title(text, regions, starts, ent.start_char):
            continue
        label = ent.label_
        if label == "FAC" and _is_institution(ent.text):
            label = "ORG"  # "the White House", "the Pentagon" tagged as buildings
        if label not in LABELS:
            continue
        start = max([k + 1 for k in range(ent.start, ent.end) if "\n" in doc[k].text], default=ent.start)
        if start >= ent.end:
            continue  # keep the part after a line break: "Remarks\n\nDonald Trump"
        start = _after_dateline(doc, start, ent.end)   # "CLEVELAND - Donald Trump": "Donald Trump"
        sp = _join_known_org(doc, _Span(start, ent.end, label))
        first, last = _strip(doc, sp.first, sp.last, sp.label == "PERSON")
        if last <= first or not doc[first].text[:1].isupper() and not doc[first].text[:1].isdigit():
            continue
        label = sp.label
        if label == "PERSON":
            label = _person_or_not(doc[first:last].text)
        sp = _Span(first, last, label)
        if sp.label == "PERSON" and not _is_name(doc, first, last):
            continue
        if sp.label != "PERSON" and _is_fragment(doc, sp):
            continue
        out.append(sp)
    return out


# ---------------------------------------------------------------- people

def _name_words(doc: "Doc", sp: _Span) -> list[str]:
    suffixes = titles().name_suffixes
    words = [t.text for t in doc[sp.first:sp.last] if t.text not in (".", "-")]
    while len(words) > 1 and words[-1].lower() in suffixes:
        words.pop()
    return words


def _person_key(words: list[str]) -> str:
    """"first|last" with short given names spelled out ("Mike Pompeo" -> "michael|pompeo")."""
    return f"{formal_first_name(words[0])}|{words[-1].lower()}" if len(words) > 1 else words[0].lower()


class _People:
    """Person clusters of one article with a surname index."""

    def __init__(self, text: str) -> None:
        self.text = text  # the article text (== doc.text, which spaCy rebuilds on every access)
        self.clusters: list[_Cluster] = []
        self.by_key: dict[str, int] = {}
        self.by_surname: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}

    def add_full(self, key: str, surname: str, words: list[str] | None = None) -> int:
        if key not in self.by_key:
            self.by_key[key] = len(self.clusters)
            self.clusters.append(_Cluster("PERSON", key))
            self.by_surname.setdefault(surname.lower(), []).append(self.by_key[key])
            if "|" in key and words:
                self.by_first.setdefault(words[0].lower(), []).append(self.by_key[key])
        return self.by_key[key]

    def for_single(self, word: str, start: int, gender: str | None = None) -> int:
        """Cluster for a lone name word: the same-surname person mentioned nearest before (of the
        given gender, when an honorific tells it and the first name agrees)."""
        ids = self.by_surname.get(word.lower())
        if ids and gender:
            ids = [c for c in ids if first_name_gender(self.clusters[c].key.split("|")[0]) in (None, gender)] or ids
        if not ids and len(self.by_first.get(word.lower(), ())) == 1:
            return self.by_first[word.lower()][0]  # "Hillary" when one Hillary is named in full
        if not ids:
            return self.add_full(word.lower(), word)
        before = [c for c in ids if self.clusters[c].mentions and self.clusters[c].first_start <= start]
        if len(before) > 1:   # the story's main bearer of the name ("Clinton" after one "Bill Clinton")
            counts = {c: sum(1 for s, _ in self.clusters[c].mentions if s < start) for c in before}
            top = max(counts.values())
            if sum(1 for v in counts.values() if v == top) == 1 and top >= 2 * sorted(counts.values())[-2]:
                return max(before, key=lambda c: counts[c])
        return before[-1] if before else ids[0]

    def add_mention(self, cid: int, doc: "Doc", first: int, last: int, label: str) -> None:
        c = self.clusters[cid]
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        c.mentions.append((start, end))
        c.name_tokens.append((first, last))
        if label != "TITLE":  # "the Defense secretary" is a mention, never a name
            c.names.append(self.text[start:end])
            c.labels[label] += 1


def _collect_people(doc: "Doc", text: str, spans: list[_Span]) -> tuple[_People, list[_Span]]:
    people, singles, rest = _People(text), [], []
    fulls = [(sp, _name_words(doc, sp)) for sp in spans if sp.label == "PERSON"]
    two_word = {_person_key(w) for _, w in fulls if len(w) == 2}
    for sp in spans:
        if sp.label != "PERSON":
            rest.append(sp)
    for sp, words in fulls:
        if len(words) > 2 and _person_key(words[-2:]) in two_word:
            words = words[-2:]  # a headline's "Rip Donald Trump" is "Donald Trump"
            first = next(k for k in range(sp.last - 1, sp.first - 1, -1) if doc[k].text == words[0])
            sp = _Span(first, sp.last, sp.label)
        if len(words) > 1:
            cid = people.add_full(_person_key(words), words[-1], words)
            people.add_mention(cid, doc, sp.first, sp.last, "PERSON")
        else:
            singles.append(sp)
    # a full name the parser tagged ORG/GPE ("CLEVELAND - Donald Trump" once its dateline is cut)
    # is a mention before the lone surnames are placed: they look for the bearer named before them
    rest = _relabel(doc, people, rest, lone=False)
    for sp in singles:
        word = _name_words(doc, sp)[0]
        cid = people.for_single(word, doc[sp.first].idx, roles.honorific_gender(doc, sp.first))
        people.add_mention(cid, doc, sp.first, sp.last, "PERSON")
    return people, _relabel(doc, people, rest)


def _relabel(doc: "Doc", people: _People, spans: list[_Span], lone: bool = True) -> list[_Span]:
    """ORG/GPE/NORP spans that are a known person's name ("Trump" tagged ORG) become mentions
    (``lone``: one-word surnames too, else full names only)."""
    keep = []
    for sp in spans:
        words = _name_words(doc, sp)
        text = doc[sp.first:sp.last].text
        cid = people.by_key.get(_person_key(words)) if len(words) > 1 else None
        if cid is None and lone and len(words) == 1 and words[0].lower() in people.by_surname:
            cid = people.for_single(words[0], doc[sp.first].idx)
        entry = lookup(text)
        if cid is not None and (entry is None or entry.kind != "place" or _named_by_demonym(doc, sp)):
            people.add_mention(cid, doc, sp.first, sp.last, sp.label)
        else:
            keep.append(sp)
    return keep


def _named_by_demonym(doc: "Doc", sp: _Span) -> bool:
    """'Mark Cuban spoke ... Cuban also complained': a one-word NORP span that is the surname of a
    person of the article (the caller's test) and stands as a noun phrase of its own -- an argument
    with no determiner and no noun it modifies -- is that person: a nationality word needs an
    article or a plural to name people ("a Cuban", "Cubans") and modifies a noun otherwise ("Cuban
    officials")."""
    tok = doc[sp.first]
    return sp.label == "NORP" and sp.last - sp.first == 1 and tok.tag_ in ("NNP", "NN") \
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") \
        and not any(c.dep_ == "det" for c in tok.children)


def _scan_surnames(doc: "Doc", people: _People, covered: set[int], caseless_tokens: set[int]) -> None:
    """Untagged tokens equal to a known surname ("Pelosi, D-Calif.") become mentions (only the
    tokens whose lower-case form is a surname are looked at: a Token object per token is costly;
    in text without capitals, ``caseless_tokens``, a lower-case one too, whatever the tagger and
    the NER made of it: "later, nandy said"),
    and so do lone surnames the small model tags with a label that is no party's (PRODUCT, DATE,
    WORK_OF_ART ...: "she criticized Singer" after "billionaire Paul Singer"; "Mateen carried out
    the slaughter" after "Omar Mateen"), unless the word is a month or weekday ("in May" stays a
    date in a story on Theresa May)."""
    calendar = dates_lexicon()
    for i in token_scan.indices(doc, people.by_surname):
        tok = doc[i]
        lower = tok.i in caseless_tokens and tok.is_lower
        if tok.i in covered or not (tok.text[:1].isupper() or lower) or tok.lower_ not in people.by_surname:
            continue
        if lower and tok.pos_ not in caseless.NOT_NAME_POS:
            people.add_mention(people.for_single(tok.text, tok.idx), doc, tok.i, tok.i + 1, "PERSON")
        elif tok.pos_ in ("PROPN", "NOUN") and (not tok.ent_type_ or _mislabelled_name(tok, calendar)
                                                 or one_word_entity(tok) and tok.ent_type_ == "PERSON"):
            # (a lone PERSON the tagger took for a plural noun, "Sanders has continued to push",
            # which _is_name leaves out as it would "Scholars": a surname of the article's own
            # people is the person)
            people.add_mention(people.for_single(tok.text, tok.idx), doc, tok.i, tok.i + 1, "PERSON")


def _mislabelled_name(tok: "Token", calendar: DatesLexicon) -> bool:
    """A one-word NER span with a label outside ``LABELS`` that is no calendar word."""
    return one_word_entity(tok) and tok.ent_type_ not in LABELS and tok.lower_ not in calendar.months \
        and tok.lower_ not in calendar.weekdays


# ---------------------------------------------------------------- roles and codes

def _text_of(doc: "Doc", text: str, a: int, b: int) -> str:
    return text[doc[a].idx:doc[b - 1].idx + len(doc[b - 1].text)]


def _collect_roles(doc: "Doc", people: _People) -> None:
    for c in people.clusters:
        for first, last in c.name_tokens:
            pre = roles.pre_title(doc, first)
            if pre:
                c.pre.append(_text_of(doc, people.text, *pre))
            app = roles.appositive_role(doc, first, last)
            if app:
                c.appos.append(_text_of(doc, people.text, *app))
                c.context_orgs.extend(e.text for e in doc[app[0]:app[1]].ents if e.label_ in ("ORG", "GPE", "NORP"))
            if doc.has_annotation("DEP"):  # Span.root crashes spaCy on an unparsed Doc
                c.context_orgs.extend(_relcl_orgs(doc, first, last))
            end = doc[last - 1].idx + len(doc[last - 1].text)
            c.party = c.party or roles.party_tag(people.text, end)
        titles_only = [p for p in c.pre if not _honorific_only(p)]
        c.role = c.appos[0] if c.appos else (max(titles_only, key=len) if titles_only else None)


def _honorific_only(title: str) -> bool:
    """"Mr." / "Mrs. Dr." tell gender or courtesy, not a role."""
    lex = titles()
    return all(w.lower() in lex.honorific_gender or w.lower() in ("dr.", "prof.") for w in title.split())


def _relcl_orgs(doc: "Doc", first: int, last: int) -> list[str]:
    """Noun phrases (objects, subjects, attributes) of a "who ..." clause attached to the name:
    "who led Iran's elite Quds Force" -> ["Iran's elite Quds Force"]."""
    root = doc[first:last].root
    out = []
    for child in root.children:
        if child.dep_ != "relcl":
            continue
        for tok in doc[child.left_edge.i:child.right_edge.i + 1]:
            if tok.dep_ in NOUN_ARGS and tok.pos_ in ("NOUN", "PROPN"):
                a, b = tok.left_edge.i, tok.i + 1
                if b - a <= _MAX_CONTEXT_TOKENS:
                    out.append(doc[a:b].text)
    return out


def _code_person(c: _Cluster, dateline: str | None) -> None:
    lex = titles()
    code = code_actor(c.role) if c.role else None
    country, sector = (code.country, code.sector) if code else (None, None)
    entry = next((e for e in map(lookup, sorted(set(c.names), key=len, reverse=True))
                  if e is not None and e.kind == "actor"), None)
    if entry is not None and entry.kind == "actor":
        country, sector = country or entry.country, sector or entry.sector
    if country is None:  # an organisation the person leads or belongs to ("who led Iran's Quds Force")
        country = next((k.country for k in map(code_actor, c.context_orgs) if k and k.country and k.sector),
                       None)
    if c.party:
        country, sector = country or lex.party_tag_country, sector or lex.party_tag_sector
    if country is None and sector in STATE_SECTORS:
        country = dateline
    c.country, c.sector = country, sector


def _dateline_country(text: str) -> str | None:
    for place in roles.dateline_place(text):
        code = code_actor(place)
        if code and code.country:
            return code.country
    return None


# ---------------------------------------------------------------- title-only mentions, pronouns

def _title_mentions(doc: "Doc", people: _People, covered: set[int]) -> None:
    """"the general", "the Defense secretary" -> the person with that role mentioned nearest before."""
    with_roles = [(cid, roles.role_words(c.role)) for cid, c in enumerate(people.clusters) if c.role]
    if not with_roles:
        return
    for i in token_scan.indices(doc, ("the",)):
        tok = doc[i]
        if tok.i + 1 in covered:
            continue
        found = roles.title_only_head(doc, tok.i)
        if found is None:
            continue
        first, last, words = found
        cid = _match_title(people, with_roles, words, tok.idx)
        if cid is not None:
            people.add_mention(cid, doc, first, last, "TITLE")
            covered.update(range(first, last))


def _match_title(people: _People, with_roles: list[tuple[int, set[str]]], words: list[str],
                 pos: int) -> int | None:
    best, best_pos = None, -1
    for cid, rwords in with_roles:
        c = people.clusters[cid]
        for w in words:
            code = code_actor(w.title()) if w not in rwords else None
            if w not in rwords and not (code and code.country and code.country == c.country):
                break
        else:
            before = [s for s, _ in c.mentions if s < pos]
            if before and max(before) > best_pos:
                best, best_pos = cid, max(before)
    return best


def _gender(c: _Cluster) -> str | None:
    """From an honorific or gendered role ("Mrs.", "spokeswoman"), else a common first name."""
    gender = roles.gender_of_role(" ".join(c.pre + c.appos)) if (c.pre or c.appos) else None
    if gender is None:
        full = [n.split() for n in c.names if len(n.split()) > 1]
        gender = first_name_gender(full[0][0]) if full else None
    return gender


def _pronouns(doc: "Doc", people: _People, regions: list[tuple[int, int]]) -> None:
    sent_of = coref._sentence_index(doc)
    mentions, genders = [], {}
    for cid, c in enumerate(people.clusters):
        genders[cid] = _gender(c)
        for first, last in c.name_tokens:
            root = doc[first:last].root
            mentions.append(coref.PersonMention(doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text),
                                                first, last, cid, roles.is_subject(root), sent_of[first]))
    for m in coref.resolve_pronouns(doc, mentions, genders, regions):
        people.clusters[m.cluster].mentions.append((m.start, m.end))


# ---------------------------------------------------------------- other entities

def _group_others(doc: "Doc", text: str, spans: list[_Span], covered: set[int]) -> list[_Cluster]:
    groups: dict[str, _Cluster] = {}
    for sp in spans:
        if any(k in covered for k in range(sp.first, sp.last)):
            continue
        start, end = doc[sp.first].idx, doc[sp.last - 1].idx + len(doc[sp.last - 1].text)
        surface = text[start:end]
        canon = canonical_name(surface) or surface
        key = normalise(canon)
        if sp.label == "NORP" and key.endswith("S") and len(key) > 4:
            key = key[:-1]
        c = groups.setdefault(key, _Cluster(sp.label, key))
        c.mentions.append((start, end))
        c.names.append(canon)
        c.labels[sp.label] += 1
    return list(groups.values())


def _initials(name: str) -> str:
    lex = titles()
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper() and w.lower() not in lex.determiners)


def _merge_acronyms(groups: list[_Cluster]) -> list[_Cluster]:
    """Join an acronym ("IRGC") to the organisation whose capitalised initials spell it
    ("Islamic Revolutionary Guard Corps"), when exactly one does."""
    by_initials: dict[str, list[_Cluster]] = {}
    for c in groups:
        if len(c.names[0].split()) > 1:
            by_initials.setdefault(_initials(c.names[0]), []).append(c)
    out = []
    for c in groups:
        acronym = c.names[0].replace(".", "")
        targets = by_initials.get(acronym, []) if acronym.isupper() and 2 <= len(acronym) <= 7 else []
        if len(targets) == 1 and targets[0] is not c:
            t = targets[0]
            t.mentions.extend(c.mentions)
            t.labels.update(c.labels)
        else:
            out.append(c)
    return out


def _code_other(c: _Cluster, dateline: str | None) -> None:
    c.label = c.labels.most_common(1)[0][0]
    name = c.names[0]
    code = caseless.code(name) if name.islower() else code_actor(name)
    c.country = code.country if code else None
    # a nationality names no sector; a group the dictionary lists as an actor does, however the
    # tagger labelled it ("Republicans", "the Taliban" as NORP)
    entry = lookup(name) if code and c.label == "NORP" else None
    c.sector = code.sector if code and (c.label == "ORG" or (entry is not None and entry.kind == "actor")) else None
    if c.country is None and c.sector in STATE_SECTORS:
        c.country = dateline


def _person_name(c: _Cluster) -> str:
    """The full name written most often, ties to the longest (titles were stripped from spans);
    a lone surname only when no full name is written."""
    names = [n for n in c.names if n[:1].isupper()] or c.names
    full = [n for n in names if len(n.split()) > 1] or names
    counts = Counter(full)
    return max(full, key=lambda n: (counts[n], len(n.split()), len(n)))


def _other_name(c: _Cluster) -> str:
    """First-seen name, preferring a form that is not all capitals ("Washington", not a dateline's
    "WASHINGTON") unless every mention is written so (acronyms)."""
    mixed = [n for n in c.names if not n.isupper()]
    return mixed[0] if mixed else c.names[0]


# ---------------------------------------------------------------- extractor

def extract(doc: "Doc", ctx: "Context") -> list[Entity]:
    """Entity records of one article, ids e1, e2, ... in order of first mention."""
    text = ctx.article.text
    dateline = _dateline_country(text)
    regions = roles.quoted_regions(text)
    extra = caseless.name_spans(doc, ctx)
    spans = [sp for sp in _ner_spans(doc, text, regions) if not extra or not caseless.overlaps(extra, sp.first, sp.last)]
    spans += [_Span(a, b, label) for a, b, label in extra]
    people, others = _collect_people(doc, text, spans)
    covered = {k for c in people.clusters for a, b in c.name_tokens for k in range(a, b)}
    _scan_surnames(doc, people, covered, {k for a, b in caseless.caseless_sentences(doc, ctx) for k in range(a, b)}
                   if extra else set())
    covered = {k for c in people.clusters for a, b in c.name_tokens for k in range(a, b)}
    _collect_roles(doc, people)
    for c in people.clusters:
        _code_person(c, dateline)
    _title_mentions(doc, people, covered)
    if doc.has_annotation("DEP"):  # pronouns need subjects and sentences: no parser, no pronouns
        _pronouns(doc, people, regions)
    covered = {k for c in people.clusters for a, b in c.name_tokens for k in range(a, b)}
    groups = _merge_acronyms(_group_others(doc, text, others, covered))
    for c in groups:
        _code_other(c, dateline)
    return _records(text, [c for c in people.clusters if c.mentions], groups)


def _records(text: str, people: list[_Cluster], others: list[_Cluster]) -> list[Entity]:
    clusters = sorted(people + others, key=lambda c: c.first_start)
    out = []
    for n, c in enumerate(clusters, 1):
        spans = tuple(Span.of(text, s, e) for s, e in sorted(set(c.mentions)))
        name = _person_name(c) if c.label == "PERSON" else _other_name(c)
        out.append(Entity(f"e{n}", name, c.label, c.role, c.country, c.sector, spans))
    return out


# ---------------------------------------------------------------- lookup for other extractors

def _index(ctx: "Context") -> tuple[list[int], list[tuple[int, int, Entity]], int]:
    ents = ctx.results.get("entities", ())
    cached = ctx.cache.get("entity_index")
    if cached is not None and cached[0] is ents:
        return cached[1]
    rows = sorted(((m.start, m.end, e) for e in ents for m in e.mentions), key=lambda r: (r[0], r[1]))
    longest = max((t - s for s, t, _ in rows), default=0)
    index = ([s for s, _, _ in rows], rows, longest)
    ctx.cache["entity_index"] = (ents, index)
    return index


def entity_at(ctx: "Context", start: int, end: int) -> Entity | None:
    """The entity one of whose mentions overlaps [start, end), preferring the longest overlap.

    Works after the entities extractor has run (``ctx.results["entities"]``); returns None
    before that or when no mention overlaps. Uses a sorted index kept in ``ctx.cache``, so a
    lookup costs O(log mentions + overlapping mentions).
    """
    starts, rows, longest = _index(ctx)
    best: Entity | None = None
    best_overlap = 0
    k = bisect.bisect_left(starts, end)
    while k > 0:
        k -= 1
        s, t, ent = rows[k]
        if s < start - longest:
            break
        overlap = min(end, t) - max(start, s)
        if overlap > best_overlap:
            best, best_overlap = ent, overlap
    return best
