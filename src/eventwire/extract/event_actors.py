"""Actors and recipients of event triggers, read off the dependency parse, then coded.

The actor is the subject of the trigger verb, found by climbing control and embedding links
("The Pentagon made plans to send" -> Pentagon; "voted to expel" -> the voter), the agent of a
passive, or the modifier that names who acted in a noun trigger ("U.S. drone strike"). The
recipient is the passive subject, the direct object or a target preposition's object. Each is
returned as the mention span it was coded from, plus the entity and country/sector codes
(``ontology.actors.code_actor`` and ``entities.entity_at``).

Not handled: coreference beyond relative pronouns, first-person speakers of quotes and
subjects of the reporting verb above a pronoun; reciprocal events (both sides as actor).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from typing import TYPE_CHECKING, Any

from ..ontology import gazetteer, plover
from ..ontology.actors import agent_sector, code_actor, lookup, titles
from ..ontology.grammar import grammar
from ..ontology.lexicons import counts_lexicon
from ..ontology.precision import lists
from ..records import Participant
from .entities import entity_at
from ..ontology.implicit import implicit, implied_agent_for
from . import caseless, declarative, event_implicit, factuality, roles, token_scan
from .event_triggers import Trigger, agent_modifier, giver_of, light_verb_subject, named_one, noun_code, phrase_sector
from .syntax import (ACTOR_ENTS, ACTOR_MODS, CLIMB, FUNCTION_POS, NUMERIC_ENTS, OWNER_ENTS, PARTY_ENTS, PLACE_ENTS,
                     SPAN_DEPS, SUBJECTS, TIME_ENTS, WH_TAGS, child, first_person, lemma, missed_subject, passive_subject,
                     judging_verb, misparsed_object, misparsed_to_phrase, possessor, relative_antecedent, subject_of,
                     to_infinitive)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from . import Context

#: types whose actor, when no subject is found, is the country owning the moved forces
OWNER_TYPES = frozenset({"RETREAT", "MOBILIZE"})


def actor_like(tok: "Token") -> bool:
    """A head noun that can be a political actor: a named entity, proper noun, agent noun or a
    noun modified by one ('Iraqi parliament', 'U.S. forces'); never a date, time or number."""
    text = tok.text
    if tok.ent_type_ in NUMERIC_ENTS or not (text[:1].isalpha() or any(ch.isalpha() for ch in text)):
        return False   # (nor a bullet or a dash the parser made a noun: "•")
    if activity_noun(tok):
        return False   # "a CBI inquiry", "a New York debate": an activity, whoever its modifiers name
    if _amount(tok):
        return False   # "rs 700": an amount of money, however the tagger took the unit
    if tok.ent_type_ in ACTOR_ENTS or tok.pos_ == "PROPN" or _acronym(tok) or caseless.named(tok) \
            or metonym_country(tok) is not None:
        return True   # (a dictionary name in text written without capitals: "the vhp")
    if tok.pos_ in FUNCTION_POS:
        return False   # "pay for the wall": a function word is no agent (the list derived from the
        # Phoenix dictionary holds a few such strings: "for")
    if agent_noun(tok):   # (the curated role nouns too: "the cm", "sarpanch")
        return True
    if any(c.dep_ in ACTOR_MODS | {"appos"} and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN") for c in tok.children):
        return True  # "Iraqi parliament", "his counterpart Sergio Mattarella"
    return of_actor(tok) is not None


def agent_noun(tok: "Token") -> bool:
    """A common noun that names agents itself (agent_nouns.txt, the curated sector nouns): "group",
    "supporters", "administration"; not one that is a party only by a name modifying it."""
    if tok.lemma_.lower() in plover.agent_nouns() or tok.lower_ in plover.agent_nouns() \
            or agent_sector(tok.lower_) is not None:
        return True
    # a role the dictionary names with its modifying noun, in the plural ("the district collectors":
    # "district collector"): the compound words before the head with its lemma
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    return bool(words) and tok.tag_ in ("NNS", "NNPS") and agent_sector(f"{words[0]} {tok.lemma_.lower()}") is not None


def activity_noun(tok: "Token") -> bool:
    """A common noun of an activity or proceeding (``actor_words.yaml`` activity_heads: "inquiry",
    "debate", "talks"), never a side of an event."""
    return tok.pos_ == "NOUN" and (tok.lower_ in plover.actor_words().activity_heads
                                   or tok.lemma_.lower() in plover.actor_words().activity_heads)


def mark_metonyms(doc: "Doc", country: str | None) -> None:
    """Note the document's bare definite nouns that name ``country``'s government in its press
    (actor_words.yaml ``government_metonyms``: "the centre" in an Indian article), for
    ``metonym_country``; called once per document before its events are coded."""
    words = plover.actor_words().government_metonyms.get((country or "").lower(), ())   # (keys read lower-case)
    found = {t.i for t in doc if t.lower_ in words and _bare_definite(t)} if words else set()
    doc.user_data[_METONYMS] = (country, frozenset(found))


def metonym_country(tok: "Token") -> str | None:
    """The country whose government the token names by its press's metonym, or None."""
    country, found = tok.doc.user_data.get(_METONYMS, (None, frozenset()))
    return country if tok.i in found else None


#: Doc.user_data key of (the article's country, the token indices of its government metonyms)
_METONYMS = "events.metonyms"
#: the PLOVER sector of a government metonym's side (actor_words.yaml ``government_metonyms``)
METONYM_SECTOR = "GOV"


def _bare_definite(tok: "Token") -> bool:
    """A noun with the definite article and nothing else before it, and no of- or for-phrase:
    "the centre", not "the city centre", "a centre", "the centre of the town"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    left = [c for c in tok.children if c.i < tok.i]
    if len(left) != 1 or left[0].dep_ != "det" or left[0].lower_ != "the":
        return False
    belonging = plover.actor_words().belonging_preps   # of, for
    return not any(c.dep_ == "prep" and c.lower_ in belonging for c in tok.children)


def of_actor(tok: "Token") -> "Token | None":
    """'the chairman of the African Union Commission', 'a spokesman for the ministry': the named
    actor a person or group noun belongs to (one level, named entities and proper nouns only)."""
    if tok.pos_ != "NOUN":
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in plover.actor_words().belonging_preps:
            pobj = child(prep, "pobj")
            if pobj is not None and (pobj.ent_type_ in ACTOR_ENTS or pobj.pos_ == "PROPN" or _acronym(pobj)) \
                    and not _amount(pobj):
                return pobj
            if pobj is not None and agent_noun(pobj) and _post_or_member(tok) and any(
                    c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ACTOR_ENTS
                    for c in pobj.children):
                return pobj   # "the deputy head of China's delegation", "the head of the Chinese
                # delegation": a body a named party owns or a nationality names is a party too, and
                # a person or post of it belongs to it (not "34% of GOP voters", "a video of ...",
                # "political opponents of the Maldives government": no post of it)
    return None


def _post_or_member(tok: "Token") -> bool:
    """A post ("head", "chief", "leaders": a title word) or a member of a body (titles.yaml
    ``membership_nouns``)."""
    word = lemma(tok)
    return roles.is_title_word(word) or word in titles().membership_nouns


def _amount(tok: "Token") -> bool:
    """A currency unit counted ("a price of rs 700", "a fine of Rs 5,000"): an amount of money,
    however the tagger took the unit, no party."""
    return tok.lower_ in counts_lexicon().currencies and any(c.like_num for c in tok.children)


def _acronym(tok: "Token") -> bool:
    """'ICE', 'DSS', 'NCB': a capitalised acronym the tagger took for a common noun."""
    return tok.is_upper and tok.is_alpha and len(tok) >= 2


def mention_span(head: "Token") -> tuple[int, int]:
    """Character span of the noun phrase headed by ``head``: its left modifiers and the head (with
    the of-phrase of a proper name written in capitals: "the Department of Justice")."""
    left = head
    for c in head.lefts:
        if c.dep_ in SPAN_DEPS:
            left = c.left_edge
            break
    left = _after_credit(left, head)
    while left.i < head.i and (left.is_punct or left.is_space):
        left = left.doc[left.i + 1]
    right = head
    for c in head.rights:
        if c.dep_ in ("compound", "flat", "nummod") or (c.dep_ == "case" and c.i == right.i + 1):
            right = c
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == right.i + 1), None)
    name = child(of, "pobj") if of is not None and head.is_title and head.dep_ != "compound" else None
    if name is not None and all(t.is_title and t.pos_ == "PROPN" for t in name.subtree if not t.is_punct):
        right = name.right_edge   # "the Department of Justice", "the Bank of England": one proper name
    if right.i == head.i and head.lower_.rstrip(".") in titles().honorific_gender and head.i + 1 < len(head.doc):
        name = head.doc[head.i + 1]   # "mr modi condemned": a lower-case name the parser took for a verb
        if name.is_alpha and not name.is_stop and name.dep_ in ("aux", "compound", "appos", "advmod", "npadvmod") \
                and name.head.i in (head.i, head.head.i):
            right = name
    return left.idx, right.idx + len(right.text)


def _after_credit(left: "Token", head: "Token") -> "Token":
    """The first token after a photo credit glued by slashes ("REUTERS/Muhammad Hamed/File Photo")
    inside [left, head), or ``left`` when there is none: a credit names who took the picture."""
    doc, ends = left.doc, grammar().credit_ends
    slash = [t.i for t in doc[left.i:head.i] if t.text == "/" and not t.whitespace_ and t.i > 0
             and not doc[t.i - 1].whitespace_]
    if not slash:
        return left
    end = next((t for t in doc[slash[-1] + 1:head.i] if t.lower_ in ends), None)
    return doc[end.i + 1] if end is not None else left


def _agent(tok: "Token") -> "Token | None":
    """The by-agent of a passive; for an instrument ("killed by police bullets") its owner."""
    # (plover/syntax_rules.yaml; "attacked on the speeches by Sanders": the parser's by-phrase on the adjunct)
    obj = declarative.find("passive_agent", tok) or declarative.find("misattached_passive_agent", tok)
    if obj is not None and obj.lemma_.lower() in implicit().instrument_nouns:
        return next((c for c in obj.children if c.dep_ in ACTOR_MODS and actor_like(c)), obj)
    return obj


def noun_actor(noun: "Token") -> "Token | None":
    """Who acted in a noun trigger: possessor, entity or agent-noun modifier ("police firing"),
    'by X', or a light verb's subject ("police made arrests"). The possessor of an act with a
    conventional agent is its patient ("Thackeray's arrest"), not who acted."""
    code = noun_code(noun)
    info = plover.cameo_info(code)
    patient_poss = info is not None and implied_agent_for(code, info.mode, noun.lemma_.lower()) is not None
    victim = event_implicit.named_victim(noun)
    scene = _scene_premodifiers(noun)
    for c in noun.children:
        if c.dep_ == "poss" and patient_poss:
            continue
        if c.i in scene:
            continue   # "the Charleston church massacre", "the american center attack": the place named
        if c.dep_ in ACTOR_MODS and c.dep_ != "poss" and (
                _scene_modifier(c) or (patient_poss and c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower)):
            continue   # "the Paris attacks", "the Bastille Day attack": where or when, not who;
            # "house arrest", "preventive detention": a kind of the act, not who did it
        if c.dep_ == "compound" and lemma(c) in implicit().instrument_nouns:
            continue   # "a drone attack", "the rocket attack": the means, not who acted
        if c.dep_ == "compound" and victim is not None and victim.i == c.i:
            continue   # "the Laquan McDonald shooting": whom it was done to, not who did it
        subject = light_verb_subject(noun) if c.dep_ == "poss" and c.tag_ == "PRP$" else None
        if subject is not None and subject.pos_ != "PRON":
            return subject   # "Israel mounted its invasion": its = the named subject
        if c.dep_ == "poss" or (c.dep_ in ACTOR_MODS
                                and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN" or agent_modifier(c))):
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            return child(c, "pobj")
    giver = giver_of(noun)
    if giver is not None:
        return giver   # "aid from Japan"
    if noun.dep_ == "acl" and noun.tag_ == "VBG":
        return noun.head   # "police firing" parsed as a participle of "police"
    return light_verb_subject(noun)


def _scene_premodifiers(noun: "Token") -> set[int]:
    """'the Charleston church massacre', 'the sabarmati express killings', 'the american center
    attack': when the word right before an act noun, modifying it, names a place, a building or a
    vehicle (precision.yaml ``place_nouns``, ``physical_targets``), the modifiers before the noun
    name that place -- where the act happened or what it hit, not who did it; not a place noun that
    also names the polity acting there ("state repression", ``polity_place_nouns``), nor a building
    the actor dictionary names as a party ("the White House meeting", "the Pentagon briefing"). The
    indices of those modifiers, else none."""
    pl = lists()
    last = noun.doc[noun.i - 1] if noun.i > 0 else None
    if last is None or last.head.i != noun.i or last.dep_ not in ("compound", "amod") \
            or not {last.lower_, lemma(last)} & (pl.place_nouns | pl.physical_targets) \
            or {last.lower_, lemma(last)} & pl.polity_place_nouns:
        return set()
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    named = noun.doc[min(m.left_edge.i for m in mods):noun.i].text   # ("White/compound>House/compound>crackdown")
    entry = lookup(named)
    if entry is not None and entry.kind == "actor":
        return set()   # "the White House meeting": a building the dictionary names as the party housed there
    return {c.i for c in mods}


def _scene_modifier(tok: "Token") -> bool:
    """A noun modifier naming a time, an occasion or a place below a country (a city, a region):
    it says where or when an act happened; a country's name ("U.S. strikes") may say who did it."""
    if tok.ent_type_ in ("DATE", "TIME", "EVENT", "FAC"):
        return True
    if tok.ent_type_ not in ("GPE", "LOC", "ORG", "NORP") and not (tok.ent_type_ == "" and tok.pos_ == "PROPN"):
        return False   # (a place name the tagger missed: "the 2012 Benghazi attack", or called
        # an organisation or a nationality: "the Benghazi attack", "the gujarat massacre"; the
        # whole name must be a gazetteer place below a country)
    ent = next((e for e in token_scan.ents(tok.doc) if e.start <= tok.i < e.end), None)
    # the entity's words, else the name's own compound words ("San Bernardino Shooting" in a
    # headline's capitals, an entity that swallowed markup before "California")
    first = min((c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i), default=tok.i)
    names = [n for n in (ent.text if ent is not None else None, tok.doc[first:tok.i + 1].text, tok.text) if n]
    found: tuple[Any, ...] = next((g for g in map(gazetteer.lookup, names) if g), ())
    return bool(found) and all(g.kind != "country" for g in found)


def _instrument_actor(verb: "Token") -> "Token | None":
    """'killed in a U.S. drone strike': the actor of a noun trigger in an in/by phrase."""
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by", "during", "with"):
            obj = child(prep, "pobj")
            nouns = plover.lexicon().nouns
            if obj is not None and (obj.lower_ in nouns or obj.lemma_.lower() in nouns):
                found = noun_actor(obj)
                if found is not None:
                    return found
            if obj is not None and actor_like(obj) and any(_reduced_relative(c) for c in obj.children):
                return obj   # "killed in police firing" parsed as "police [firing]"
    return None


def _reduced_relative(tok: "Token") -> bool:
    """'police firing at the mob', 'troops patrolling the border': a present participle modifying
    a noun; the noun is its subject (a reduced relative clause)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.i != tok.i


DATELINE_SEPARATORS = frozenset({"--", "—", "–", "-", ":"})
#: a dash mangled into a quotation mark ("WASHINGTON (AP) \" ..."): a separator only after a place in capitals
DATELINE_QUOTES = frozenset({'"', "“", "”"})


def paragraph_start(tok: "Token") -> int:
    """Index of the first token of tok's paragraph within its sentence: after the last blank or
    line break before it (a crawl's header line "This story is from March 28, 2002" is no part of
    the next paragraph's sentence, though the parser may join them)."""
    return _paragraph_start(tok, token_scan.sentence_bounds(tok)[0])


def _paragraph_start(tok: "Token", sent_start: int) -> int:
    """``paragraph_start`` of ``tok``, whose sentence starts at token ``sent_start``."""
    breaks = token_scan.line_breaks(tok.doc)
    k = bisect.bisect_left(breaks, tok.i)   # (the last break before tok, if it is in tok's sentence)
    return breaks[k - 1] + 1 if k and breaks[k - 1] >= sent_start else sent_start


#: words a dateline written in lower case may not hold: "he said:", "the point is:" are no datelines
_NOT_DATELINE_POS = frozenset({"VERB", "AUX", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "ADV"})


#: Doc.user_data key of the datelines found so far: (paragraph start, sentence end) -> dateline_end
_DATELINES = "eventwire.event_actors.datelines"


def dateline_end(tok: "Token") -> int:
    """Index of the separator closing a dateline ("KABUL (Pajhwok) :", "THE HAGUE, Netherlands --",
    in lower-case text "faizabad:") at the start of tok's paragraph, or -1 when there is none.
    (It depends on the paragraph's start and the sentence's end only: worked out once for each
    such pair of a document, kept in ``doc.user_data``.)"""
    start, end = token_scan.sentence_bounds(tok)   # (tok.sent's bounds)
    first = _paragraph_start(tok, start)
    doc = tok.doc
    known = doc.user_data.setdefault(_DATELINES, {})
    key = (first, end)
    if key not in known:
        known[key] = _dateline_end(doc, first, end)
    return known[key]


def _dateline_end(doc: "Doc", first: int, end: int) -> int:
    """``dateline_end`` of the paragraph starting at token ``first`` of a sentence ending at ``end``."""
    for t in doc[first: min(end, first + 12)]:
        quote = t.text in DATELINE_QUOTES
        if (t.text.lstrip(")") in DATELINE_SEPARATORS or quote) and t.i > first:  # "(Pajhwok):" -> "):"
            before = doc[first:t.i]
            if quote and not any(b.is_upper and b.is_alpha and len(b) >= 3 for b in before):
                return -1
            if all(b.pos_ in ("PROPN", "PUNCT", "NUM") or b.is_upper or b.is_title for b in before):
                return t.i
            if t.text == ":" and len(before) <= 3 and all(b.is_lower and b.is_alpha for b in before) \
                    and not any(b.pos_ in _NOT_DATELINE_POS for b in before):
                return t.i   # a place written in lower case ("faizabad:", "new delhi:")
            return -1
    return -1


def _after_dateline(tok: "Token", verb: "Token") -> "Token":
    """A subject the parser put inside a dateline -> the noun phrase heading the text after it."""
    end = dateline_end(tok)
    if end < 0 or tok.i > end or verb.i <= end:
        return tok
    for t in tok.doc[end + 1:verb.i]:
        if t.pos_ in ("NOUN", "PROPN") and not (end < t.head.i < verb.i):
            return t
        if t.dep_ in ("appos", "nsubj") and t.head.i <= end and t.is_alpha:
            return t   # a lower-case name mistagged a verb and hung on the dateline ("ahmedabad: ... narendra modi")
    if end + 2 < len(tok.doc) and (tok.ent_type_ in PLACE_ENTS or bool(gazetteer.lookup(tok.text))):
        first, noun = tok.doc[end + 1], tok.doc[end + 2]
        if first.pos_ in ("VERB", "AUX") and first.is_lower and noun.pos_ in ("NOUN", "PROPN") and noun.head.i == first.i:
            return noun   # "new delhi: bjp members of parliament ... urged": the name opening the text,
            # tagged a verb, took the noun after it as its object
    return tok


def actor_token(trig: Trigger) -> "Token | None":
    """The token heading the actor mention of a trigger, or None."""
    found = _actor_token(trig)
    if found is None:
        return None
    # (the verb the subject hangs from: a trigger below it, "launching" under "dove", is no limit)
    return _after_dateline(found, found.head if found.head.i > found.i else trig.token)


def _actor_token(trig: Trigger) -> "Token | None":
    tok = trig.token
    if trig.how == "noun":
        return noun_actor(tok)
    moved = moved_force(trig)
    if moved is not None:
        return moved   # "police were put on high alert": the forces moved are the ones that move
    if receiving(trig):
        return _prep_party(tok, plover.actor_words().giver_preps)   # "received aid from Japan": Japan
    if _reduced_relative(tok) and actor_like(tok.head):
        return tok.head
    if event_implicit.unaccusative(tok):   # "perished in police firing": the subject is the victim
        cause = event_implicit.death_cause(tok)
        if cause is not None and cause.dep_ != "pobj":   # "police [firing]": the noun before it acted
            before = cause.doc[cause.i - 1]
            return before if actor_like(before) else None
        return noun_actor(cause) if cause is not None else None
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and lemma(tok.head) in plover.actor_words().answering_verbs:
        return noun_actor(tok)   # "Hamas rejected the demand": whoever demanded ("Israel's"), not Hamas
    owner = gerund_possessor(tok)
    if owner is not None:
        return owner   # "the United States' backing independence for Kosovo": the United States
    node = tok
    for _ in range(6):
        found = _agent(node) or subject_of(node) or missed_subject(node)
        if found is not None and found.dep_ != "expl":
            return found
        if node.pos_ in ("NOUN", "PROPN") and noun_actor(node) is not None:
            return noun_actor(node)
        if child(node, "nsubjpass") is not None and _instrument_actor(node) is not None:
            return _instrument_actor(node)
        charged = _charged_with(node)
        if charged is not None:
            return charged   # "accused Israel of killing", "charging it with collaborating": object control
        if node.dep_ not in CLIMB or node.head is node:
            break
        controller = child(node.head, "nsubjpass") if node.dep_ == "xcomp" else None
        if controller is None and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and (
                (node.dep_ == "xcomp" and node.head.lemma_.lower() in lists().control_verbs)
                or (node.dep_ == "advcl" and node.head.lemma_.lower() in grammar().causative_verbs)):
            controller = child(node.head, "dobj")   # "prompting the personnel to open fire"
        if controller is not None and (actor_like(controller) or _party_pronoun(controller)):
            return controller   # "police were forced to fire", "asked him to enforce": object control
        holder = _of_holder(node) if node.dep_ == "acl" else None
        if holder is not None:
            return holder   # "the ability of individuals to visit": the noun's own party
        if node.dep_ == "acl" and node.head.dep_ == "dobj" \
                and lemma(node.head.head) in plover.actor_words().mentioning_verbs and noun_actor(node.head) is None:
            break   # "did not mention proposals to ban Muslims": whose proposal, the text does not say
            # (it does in "discussing his plan to ban Muslims": his)
        # "placed flowers at a memorial for shooting victims": a gerund in a noun's phrase is not
        # done by the subject of the verb the noun hangs from ("support for bombing ISIS"), unless
        # the phrase names the noun's own act ("a campaign of bombing", grammar.yaml
        # noun_own_act_prepositions)
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.dep_ == "prep" \
                and node.head.lower_ not in grammar().noun_own_act_prepositions \
                and node.head.head.pos_ in ("NOUN", "PROPN"):
            break
        node = node.head
    return _owner(tok) if trig.info.type in OWNER_TYPES else None


def _party_pronoun(tok: "Token") -> bool:
    """A personal pronoun of a person or of many ("him", "her", "them": grammar.yaml
    ``person_pronouns``, ``plural_object_pronouns``), which pronoun resolution binds to a party."""
    g = grammar()
    return tok.pos_ == "PRON" and (tok.lower_ in g.person_pronouns or tok.lower_ in g.plural_object_pronouns) \
        and tok.lower_ not in g.reflexive_pronouns


def gerund_possessor(tok: "Token") -> "Token | None":
    """The possessor written right before a gerund is its subject ("the United States' backing
    independence for Kosovo", "Turkey's shooting down the jet"), though the parser may hang the
    possessive on the phrase before and the gerund elsewhere."""
    if tok.tag_ != "VBG" or tok.i < 2 or any(c.dep_ in SUBJECTS for c in tok.children):
        return None
    mark = tok.doc[tok.i - 1]
    owner = mark.head if mark.tag_ == "POS" else None
    return owner if owner is not None and owner.i < mark.i and actor_like(owner) else None


def receiving(trig: Trigger) -> bool:
    """'Israel receives military aid from the United States': a verb of receiving coded as a
    transfer is its converse -- the giver acts, the subject receives (``receive_verbs``); not
    asylum, which who receives people gives (``hosting_codes``)."""
    words = plover.actor_words()
    return trig.how != "noun" and trig.info.type.lower() in words.transfer_types \
        and lemma(trig.token) in words.receive_verbs and trig.code not in words.hosting_codes


def _charged_with(gerund: "Token") -> "Token | None":
    """'accused Israel of killing', 'charging it with collaborating', 'blamed the police for
    failing': a gerund after of/with/for under a verb with a direct object is done by that object
    (object control), not by the verb's subject."""
    prep = gerund.head
    perfect = gerund.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in gerund.children)
    if gerund.dep_ != "pcomp" or not (gerund.tag_ == "VBG" or perfect) or prep.dep_ != "prep" \
            or prep.lower_ not in plover.actor_words().charge_preps \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
        return None
    # (a passive subject too: "were arrested for blocking the highway"; and the object an object
    # predicate judges: "called Iowa voters stupid for supporting Carson")
    verb = judging_verb(prep)
    obj = child(verb, "dobj", "nsubjpass") if verb.pos_ in ("VERB", "AUX") else None
    if obj is None:
        # "lashed out at Turkey for having shot down a bomber": the prepositional object of a verb
        # of criticism is the one charged (charge_targets); "are mad at Sanders for agreeing to
        # debate", "was furious with Netanyahu for criticizing": so is that of an adjective of
        # feeling (feeling_targets), the parser hanging the for-phrase on it or on its copula
        words = plover.actor_words()
        head = prep.head
        adj = head if head.pos_ == "ADJ" and head.dep_ == "acomp" else \
            next((c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        holders = ([(head, words.charge_targets)] if head.pos_ == "VERB" else []) + \
            ([(adj, words.feeling_targets)] if adj is not None else [])
        obj = next((g for holder, preps in holders for c in holder.children if c.dep_ == "prep" and c.lower_ in preps
                    and c.i < prep.i for g in c.children if g.dep_ == "pobj" and actor_like(g)
                    and g.ent_type_ not in ("LOC", "FAC") and lemma(g) not in lists().place_nouns), None)
    return obj if obj is not None and obj.i < prep.i else None


def _of_holder(infinitive: "Token") -> "Token | None":
    """'the ability of individuals to visit', 'the right of refugees to return': an infinitive
    modifying a noun is controlled by the party the noun belongs to (its "of" object)."""
    noun = infinitive.head
    if noun.pos_ != "NOUN" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in infinitive.children):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    return pobj if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") else None


def _owner(verb: "Token") -> "Token | None":
    """'preparations would be made to withdraw U.S. forces': no subject, the forces' country acts
    (rule ``force_owner`` of plover/syntax_rules.yaml)."""
    return declarative.find("force_owner", verb)


def _hyphen_last(tok: "Token | None") -> "Token | None":
    """The last part of a hyphenated word the tokenizer split into parts of one relation ("the
    re-election of Paul Ryan": "re", "-", "election" all objects): the word's head noun, which
    carries its modifiers."""
    doc = tok.doc if tok is not None else None
    while tok is not None and doc is not None and tok.i + 2 < len(doc) and not tok.whitespace_ \
            and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_ \
            and doc[tok.i + 2].dep_ == tok.dep_ and doc[tok.i + 2].head.i == tok.head.i:
        tok = doc[tok.i + 2]
    return tok


def _predicated(tok: "Token") -> "Token | None":
    """The object of an object-predicative verb that the parser hung under the predicate ("called
    the DNC's suspension 'arbitrary'": "suspension" under "arbitrary") or took for a first
    predicate ("called Clinton 'crooked'": two ``oprd``): the subject of the verb's object
    predicate before it, or the first of two predicates; None when there is none."""
    preds = [c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i]
    if len(preds) > 1 and preds[0].pos_ in ("PROPN", "NOUN", "PRON"):
        return preds[0]   # ("called Clinton 'crooked'" parsed as two predicates: the first is the object)
    pred = preds[0] if preds else None
    if pred is None:
        return None
    return next((c for c in pred.children if c.dep_ in ("nsubj", "nmod") and tok.i < c.i < pred.i), None)


def _named_thing(tok: "Token") -> "Token | None":
    """'criticized what/dobj she called/ccomp the rhetoric/oprd from Trump': the verb's object is a
    free relative -- "what" and a clause that names a thing with a verb of naming (grammar.yaml
    ``naming_relative_verbs``), which the parser hangs as the verb's clausal complement; the act is aimed at
    the thing named (its owner is found as for any thing: owner_of_thing), not at the pronoun.
    None when the verb has no such complement."""
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.i < tok.i or lemma(clause) not in grammar().naming_relative_verbs:
            continue
        if any(c.dep_ == "dobj" and c.lower_ == "what" and tok.i < c.i < clause.i for c in clause.children):
            return next((c for c in clause.children if c.dep_ in ("oprd", "dobj") and c.i > clause.i
                         and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _counted_object(tok: "Token") -> "Token | None":
    """'kidnapped up to 16 Russian advisers', 'killed up to 30 people': "up to" before a number
    counts the object (at most so many); the parser takes it for a particle and a preposition, and
    the counted noun for the preposition's object. None when there is no such phrase."""
    bounds = grammar().count_bound_particles
    for to in (c for t in (tok, *(p for p in tok.children if p.dep_ == "prt")) for c in t.children
               if c.dep_ == "prep" and c.lower_ == "to" and c.i > 0 and c.doc[c.i - 1].lower_ in bounds):
        obj = child(to, "pobj")
        if obj is not None and (obj.pos_ == "NUM" or any(g.dep_ == "nummod" for g in obj.children)):
            return obj
    return None


def _object_of(tok: "Token") -> "Token | None":
    """Direct object (a hyphen-split one by its last part, _hyphen_last; one the parser hung under an
    object predicate, _predicated), else the first target-like preposition's object (of the verb
    or its object), else the party a charge is against on what it asks for ("filed a complaint
    for declaratory judgement against the DOJ")."""
    obj = _hyphen_last(child(tok, "dobj", "dative")) or _predicated(tok) or _counted_object(tok)
    obj = obj if obj is not None else _named_thing(tok)
    if obj is not None and (actor_like(obj) or event_implicit.person_head(obj)):
        return obj   # (people taken "from the station" are the object, not the place: patient_heads)
    owned = obj is not None and party_possessor(obj) is not None
    # (a party's thing: "condemned the government's deal with social media outlets" is aimed at
    # the government, owner_of_thing; the deal's own with-phrase names its other side)
    holders = [tok] + ([obj] if obj is not None and not owned else [])
    # what is asked for holds whom it is asked from: "called for more information from Israel"
    holders += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    # a means phrase holds the argument the parser hangs on it: "spoke by phone with Scholz"
    holders += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in grammar().means_prepositions
                for g in c.children if g.dep_ == "pobj" and lemma(g) in grammar().means_nouns]
    # the adverb of a phrasal-prepositional verb holds the verb's preposition, where the parser hangs
    # it: "fired back/advmod at/prep Clinton", "pushed back against Sanders" (grammar.yaml adverb_particles)
    holders += [c for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in grammar().adverb_particles
                and c.i > tok.i]
    preps = plover.actor_words().recipient_preps
    if obj is not None and obj.lemma_.lower() in implicit().instrument_nouns:
        # a weapon used ("opened fire", "fired shots"): aimed at the object of a target preposition
        # ("on the crowd"), not at the place it was used in ("in the town")
        preps = tuple(p for p in preps if p in grammar().target_prepositions)
    kids = [(holder, list(holder.children)) for holder in holders]   # (read once, not once per preposition)
    present = {prep.lower_ for _, children in kids for prep in children}
    for prep_word in preps:
        if prep_word not in present:
            continue   # (no child of a holder is this word: nothing below can match it)
        for holder, children in kids:
            for prep in children:
                # a fronted phrase ("On Capitol Hill, Pelosi pushed ...") sets the scene: no target
                # (a particle with an object is a preposition: "called on/prt Sanders/pobj")
                if (prep.dep_ in ("prep", "dative") or (prep.dep_ == "prt" and child(prep, "pobj") is not None)) \
                        and prep.lower_ == prep_word and prep.i > holder.i:
                    pobj = child(prep, "pobj")
                    if pobj is not None and prep_word in grammar().scene_prepositions and not pobj.ent_type_ \
                            and lemma(pobj) in lists().place_nouns:
                        continue   # "attacked a mosque in the town": where it happened, not to whom
                    if pobj is not None and actor_like(pobj):
                        return pobj
                    doer = _noun_agent(pobj) if pobj is not None and pobj.pos_ == "NOUN" \
                        and prep_word not in grammar().scene_prepositions else None
                    if doer is not None and _party_object(doer):
                        return pobj   # "extended support to the bandh sponsored by the vhp": the thing
                        # a party did stands for the party (owner_of_thing); not a scene ("contended
                        # in its letter, written by Kenneth P. Cohen": where it was said)
                    if pobj is not None and (prep_word in grammar().target_prepositions or activity_noun(pobj)) \
                            and owner_of_thing(pobj) is not pobj:
                        # "took aim at comments by Trump": aimed at Trump (owner_of_thing); "cooperating
                        # with the Department of Justice's inquiry": with the inquiry's owner
                        return pobj
    if obj is None:   # "yielded to/aux Trump/xcomp": a to-phrase the parser took for an infinitive
        named = misparsed_to_phrase(tok)
        if named is not None and actor_like(named):
            return named
    if obj is not None and not owned:   # the party a charge is against, on what it asks for or the
        # offence it names ("registered a case of murder against the crowd")
        words = plover.actor_words()
        against = words.charge_targets
        found = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in words.charge_things
                      for h in c.children if h.dep_ == "pobj" for p in h.children
                      if p.dep_ == "prep" and p.lower_ in against for g in p.children
                      if g.dep_ == "pobj" and actor_like(g)), None)
        if found is not None:
            return found
    return obj


def _receiver(verb: "Token", obj: "Token") -> "Token":
    """Who receives what is given: "sold fighter jets to Taiwan", "supplied weapons to the
    government" -- the object of "to"/"for" when it names a party and the direct object (the
    thing given) does not (``transfer_types``)."""
    if obj.dep_ not in ("dobj", "nsubjpass") or obj.head.i != verb.i or obj.ent_type_ in PARTY_ENTS \
            or obj.pos_ == "PROPN":
        return obj
    # (the thing given may be a passive subject: "assistance was provided by the US to Yemen")
    preps = plover.actor_words().transfer_preps
    # (or on the thing given, where the parser hangs it: "shared intelligence [with Israel]")
    found = _prep_party(verb, preps, after=obj.i) or _prep_party(obj, preps)
    return found if found is not None and found.ent_type_ not in NUMERIC_ENTS else obj


def _commanded(trig: Trigger) -> bool:
    """The trigger is an order coded as the act it orders (triggers.yaml embedding ``command``)."""
    entry = plover.lexicon().embedding.get(lemma(trig.token))
    return entry is not None and entry[0] == "command"


def _honour(obj: "Token") -> bool:
    """An honour conferred ("the Legion of Honour", "a medal"; ``actor_words.yaml`` honour_words):
    a thing given, no party, though the tagger may call its name an organisation."""
    words = plover.actor_words().honour_words
    return any(t.lower_ in words or t.lemma_.lower() in words for t in obj.subtree
               if t.dep_ in ("compound", "pobj") or t.i == obj.i)


def _prep_party(holder: "Token", preps: "frozenset[str] | tuple[str, ...]", after: int = -1) -> "Token | None":
    """The first actor-like object of one of ``preps`` (or a dative) on ``holder``, after token
    ``after``: "sold jets to Taiwan", "wrote to the Iraqi military"."""
    for prep in holder.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in preps and prep.i > after:
            pobj = child(prep, "pobj")
            if pobj is not None and actor_like(pobj):
                return pobj
    return None


def moved_force(trig: Trigger) -> "Token | None":
    """'Thousands of police personnel have been deployed', 'police were put on high alert',
    'policemen were stationed at the gate', 'additional forces deployed in the area': the forces
    an agentless passive (or past participle) of a MOBILIZE verb moves are the ones that move, so
    they are its actor (PLOVER MOBILIZE: "all military or police moves"; the verbs alternate,
    "troops deployed to the border"), with no recipient but where they are sent against; None
    when an agent is named or the patient is no force (implicit.yaml ``moved_types``,
    ``moved_sectors``)."""
    tok = trig.token
    imp = implicit()
    if trig.how == "noun" or trig.info.type not in imp.moved_types or not event_implicit.agentless(trig):
        return None
    subj = passive_subject(tok)
    if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i != tok.i:
        subj = tok.head   # "additional forces deployed in the area"
    return subj if subj is not None and _force_moved(subj, imp.moved_sectors) else None


def _force_moved(obj: "Token", sectors: frozenset[str]) -> bool:
    """The object names armed forces (implicit.yaml ``moved_sectors``): by its own noun ("the
    army", "3,000 troops") or, for a unit counted of them, by its of-phrase's ("95 companies of
    military and para military forces", "two battalions of soldiers")."""
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    heads = [obj, *(g for g in of.children if g.dep_ == "pobj")] if of is not None else [obj]
    return any((agent_sector(lemma(h)) or "").lower() in sectors or (phrase_sector(h) or "").lower() in sectors
               for h in heads)


def recipient_token(trig: Trigger, actor: "Token | None") -> "Token | None":
    """The token heading the recipient mention: passive subject, object, target preposition."""
    tok = trig.token
    if trig.how == "noun":
        found = _aimed_at(_target_objects([tok]))
        if found is None and actor is not None and actor.i != tok.i:
            # an act whose actor is named otherwise ("Israel mounted its invasion of Lebanon",
            # "the U.S. bombing of Baghdad"): the of-object is what it was done to
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = child(of, "pobj") if of is not None else None
            found = obj if obj is not None and obj.i != actor.i and actor_like(obj) else None
        if found is None:
            found = event_implicit.named_victim(tok)   # "the Laquan McDonald shooting": McDonald was shot
        if found is None:
            found = _gerund_object(tok, actor)   # "a police officer shooting Laquan McDonald": McDonald
        if found is None:
            found = _undergoer(tok) or _rebutter(trig)   # "Iran faces criticism from the U.N.": Iran
        if found is None and trig.info.type == "ACCUSE":
            found = _accused_in_content(tok)   # "Trump's accusation that Obama created ISIS": Obama
        # an attack on a party's decision is an attack on the party, as for verbs (owner_of_thing; a
        # common noun owned by a party counts as actor-like, "Clinton's record": its owner)
        return owner_of_thing(found) if found is not None and (not actor_like(found) or found.pos_ == "NOUN") else found
    if receiving(trig):
        subj = child(tok, "nsubj")
        return subj if subj is not None and actor_like(subj) else None   # the receiver
    if trig.embedded is not None and _commanded(trig):
        # "ordered the police to open fire on the mob": the act ordered is done to the mob
        inner = replace(trig, token=trig.embedded, embedded=None, how="noun" if trig.embedded.pos_ == "NOUN" else "verb")
        found = recipient_token(inner, actor)
        if found is not None:
            return found
    cand = passive_subject(tok) or _object_of(tok)
    if cand is not None and cand.dep_ == "nsubjpass" and trig.info.type in implicit().moved_types \
            and _force_moved(cand, implicit().moved_sectors):
        # "troops were deployed (by the government) to Kuwait": the force moved is the actor's own
        # (or, with no agent, the actor: moved_force); whom it is sent to or against is the
        # recipient, as for the active verb's object below (not the owner of a unit: "batallions of
        # the state reserve police")
        return _prep_party(tok, implicit().destination_preps)
    if cand is None:
        # "Paul Ryan, whom Trump refused to endorse": the relative pronoun the parser took for a
        # second subject is the object; its antecedent is the recipient
        wrong = misparsed_object(tok)
        cand = relative_antecedent(wrong) if wrong is not None else None
    if cand is None or (cand.dep_ == "dobj" and not actor_like(cand)):
        cand = _act_object_target(tok, actor) or cand   # "carried out his attack on club goers"
    violence = child(tok, "dobj") if trig.info.type == "ACCUSE" else None
    doer = _violence_agent(violence) if violence is not None and event_implicit.cause_noun(violence) else None
    if doer is not None:
        return doer   # "condemned India's shelling of border villages": India, not the villages
    own = plover.actor_words().verb_recipient_preps.get(lemma(tok), ())
    complied = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in own
                     for g in c.children if g.dep_ == "pobj"), None) if own else None
    if complied is not None:   # "abide by the court's verdict": the verdict's court (owner_of_thing, below),
        # as a role noun modifying it is ("the court verdict")
        cand = next((c for c in complied.children if c.dep_ == "compound" and agent_sector(lemma(c)) is not None),
                    complied)
    if cand is not None and trig.info.type.lower() in plover.actor_words().transfer_types:
        cand = _receiver(tok, cand)
    if cand is not None and lemma(tok) in plover.actor_words().honour_verbs and _honour(cand):
        # "awarded the Legion of Honour to the general"
        cand = _prep_party(tok, plover.actor_words().honour_preps)
    if event_implicit.unaccusative(tok):
        cand = event_implicit.the_dead(tok)   # "a youth perished in police firing": the victim
    if trig.info.type == "REQUEST" and trig.embedded is not None and trig.embedded.dep_ == "ccomp":
        who = child(trig.embedded, "nsubj", "nsubjpass")   # who must act; a pronoun there stands for the
        # party told, when the verb has one ("told his supporters that they should respond")
        told = cand is not None and cand.dep_ in ("dobj", "dative") and cand.head.i == tok.i and actor_like(cand)
        cand = cand if told and who is not None and who.pos_ == "PRON" else who or cand
    wanted = next((c for c in tok.children if factuality.for_to(c)), None)
    if trig.info.type == "REQUEST" and wanted is not None and cand is None:
        cand = child(wanted, "nsubj", "nsubjpass")   # "called for President Obama to resign": Obama
    to_whom = _message_addressee(tok)
    if to_whom is not None and (cand is None or trig.embedded is not None or cand.dep_ != "dobj"
                                or cand.pos_ == "PRON"):   # ("called Morrison to congratulate him")
        cand = to_whom   # "sent a letter to the WHO threatening to pull funding": the WHO is threatened
    elif (cand is None or not (actor_like(cand) or _party_pronoun(cand))) and trig.embedded is not None:
        # "gave money to help X" (not "asked him to enforce law and order": him, resolved later)
        # (whom a demand, threat or promise is addressed to comes before what it is about:
        # "appealed to the vhp to postpone its decision", a name the lower-case parse calls a noun)
        content = trig.info.type.lower() in lists().content_types
        addressed = _to_noun(tok) if content else None
        if addressed is not None or not (content and _addressed_pronoun(tok)):
            cand = addressed or child(trig.embedded, "nsubjpass") or _object_of(trig.embedded) or cand
        # (else "appealed to everyone to help the administration": the addressee is named, by a
        # pronoun that is no party, and what the addressee is asked to help is no recipient)
    if cand is None and lemma(tok) in lists().naming_verbs:
        cand = named_one(tok)   # "calls [Clinton unqualified]", "called out Trump"
    if cand is None:  # "demanded that Yediyurappa step down": the subject of the complement
        comp = child(tok, "ccomp", "xcomp")
        cand = child(comp, "nsubj", "nsubjpass") if comp is not None else None
        if cand is not None and first_person(cand):
            # "promising that 'we will send a clear signal ... to Israel'": the speaker's own side;
            # the party the promised act is directed at is the recipient
            found = _object_of(comp) if comp is not None else None
            cand = found if found is not None and actor_like(found) else None
    if cand is None and trig.info.type == "CONSULT":
        cand = _meeting_partner(tok)   # "emerging from a 45-minute meeting with President Obama"
    if cand is None and trig.info.type.lower() in lists().content_types:
        cand = _to_noun(tok)   # "appealed to them not to believe rumours" (no trigger embedded)
    if cand is None:
        cand = _addressee(tok)
    if cand is None or not actor_like(cand) or lemma(cand) in implicit().instrument_nouns:
        cand = _aim_of(trig, actor) or cand   # "burst tear gas shells to disperse the mob"
    if cand is not None and cand.dep_ == "dobj" and lemma(cand) in implicit().instrument_nouns:
        # "opened fire on women devotees", "fired tear gas at the crowd": whom the instrument is aimed at
        cand = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in implicit().aim_preps
                     for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS), cand)
    if cand is not None and cand.dep_ == "dobj" and cand.head.i == tok.i \
            and lemma(cand) in plover.actor_words().feeling_nouns:
        cand = _felt_towards(tok, cand) or cand   # "expressed frustration that the allies ...": the allies
    cand = owner_of_thing(cand) if cand is not None and trig.how != "noun" else cand
    if cand is not None and actor is not None and cand.i == actor.i:
        # the from-party voiced the noun ("won promises from Sanders", "faced pressure from
        # Democrats to veto"): whom it was aimed at is the subject of the verb of undergoing
        other = _undergoer(tok) if tok.pos_ == "NOUN" else None
        return other if other is not None and other.i != actor.i else None
    imp = implicit()
    particle_object = cand is not None and cand.dep_ == "pobj" and cand.head.i == tok.i + 1 \
        and cand.head.head.i == tok.i and cand.head.lower_ in grammar().phrasal_particles   # "called in the army"
    if cand is not None and trig.info.type in imp.moved_types \
            and ((cand.dep_ == "dobj" and cand.head.i == tok.i) or particle_object) \
            and _force_moved(cand, imp.moved_sectors):
        # "deployed the army in Gujarat", "sent 3,000 troops to Kuwait": the force moved is the
        # actor's own; the recipient is where or against whom it goes
        cand = _prep_party(tok, imp.destination_preps)
    words = plover.actor_words()
    if cand is not None and lemma(tok) in words.topic_verbs and cand.dep_ == "dobj" and cand.head.i == tok.i:
        # "discussed Libya with Trump": the object is the topic; the party talked with is the
        # with-phrase's, on the verb or (as the parser often has it) on the topic
        cand = next((g for holder in (tok, cand, *cand.conjuncts) for c in holder.children
                     if c.dep_ == "prep" and c.lower_ in words.topic_preps
                     for g in c.children if g.dep_ == "pobj" and actor_like(g)), None)
    if cand is not None and trig.code in words.recalled_codes and cand.dep_ == "dobj" and cand.head.i == tok.i:
        # "recalled its ambassador to Canada": the envoy is the actor's own, the country the recipient
        cand = next((g for holder in (tok, cand) for c in holder.children
                     if c.dep_ == "prep" and c.lower_ in words.recalled_preps
                     for g in c.children if g.dep_ == "pobj" and actor_like(g)), None)
    scene_only = trig.info.type in imp.one_place_types or (
        trig.info.type in imp.mutual_types and actor is not None and bool(party_conjuncts(actor)))
    if cand is not None and scene_only and scene_place(cand):
        return None   # "demonstrated in Serbia", "A and B clashed in the town": where, not the target
    return cand


def _gerund_object(tok: "Token", actor: "Token | None") -> "Token | None":
    """'video of a police officer shooting Laquan McDonald', 'the police firing on and beating the
    protesters': an -ing form read as the noun of the act still takes a direct object as its verb
    does, and that object is what the act was done to -- a party or people (implicit.yaml
    ``patient_heads``), not the actor; None otherwise."""
    obj = child(tok, "dobj") if tok.tag_ == "VBG" else None
    if obj is None or (actor is not None and obj.i == actor.i):
        return None
    return obj if actor_like(obj) or event_implicit.person_head(obj) else None


def _accused_in_content(noun: "Token") -> "Token | None":
    """'Trump's accusation that Obama and Clinton created the Islamic State': the content clause of
    a charge noun (a that-clause hung on it) says what the accused did, so its subject is the
    accused -- as for a verb of demanding or charging with a that-clause (recipient_token: "demanded
    that Yediyurappa step down"); a party or a pronoun standing for one, not the speaker's own side
    ("the claim that we lied"); None otherwise."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    subj = child(clause, "nsubj") if clause is not None else None
    if subj is None or first_person(subj):
        return None
    return subj if actor_like(subj) or _party_pronoun(subj) else None


def _act_object_target(verb: "Token", actor: "Token | None") -> "Token | None":
    """'Omar Mateen carried out his murderous attack on club goers', 'held a conference call with
    researchers', 'launching a new round of attacks on Trump': a verb whose object is the noun of an
    act aimed at or shared with another party (actor_words.yaml ``act_object_nouns``, the noun
    lexicon's event nouns; through a noun of number or sequence, ``series_nouns``) takes its event
    from that noun, and the noun's target phrase (``noun_recipient_prepositions``) names the other
    side: a party or people named there before anything else, else what it names, as for a noun
    trigger (recipient_token; a thing stands for its owner, owner_of_thing). Not the actor itself;
    None otherwise."""
    obj = child(verb, "dobj")
    words = plover.actor_words()
    if obj is None or lemma(verb) not in words.act_object_verbs | implicit().light_verbs:
        return None
    if lemma(obj) in words.series_nouns or obj.lower_ in words.series_nouns:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = child(of, "pobj") if of is not None else None
        holders = [obj, inner] if inner is not None else [obj]
        act = inner
    else:
        holders, act = [obj], obj
    if act is None or not (act.lower_ in words.act_object_nouns or lemma(act) in words.act_object_nouns
                           or act.lower_ in plover.lexicon().nouns):
        return None
    return _aimed_at([p for p in _target_objects(holders)
                      if p.pos_ in ("NOUN", "PROPN") and (actor is None or p.i != actor.i)])


def _target_objects(holders: list["Token"]) -> list["Token"]:
    """The objects of the act nouns' own target phrases (actor_words.yaml
    ``noun_recipient_prepositions``: "attack on", "talks with"), not times."""
    preps = plover.actor_words().noun_recipient_preps
    return [p for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTS]


def _aimed_at(aimed: list["Token"]) -> "Token | None":
    """'the police firing at taldi on vhp activists': a party or people named in one target phrase
    is whom the act was aimed at, before a place or thing named in another; else the first."""
    return next((p for p in aimed if actor_like(p) or event_implicit.person_head(p)), aimed[0] if aimed else None)


def scene_place(tok: "Token") -> bool:
    """The object of a preposition of scene ("in", "at": grammar.yaml ``scene_prepositions``) that
    is a place (an entity, a place noun, a gazetteer name the tagger mislabelled NORP)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in grammar().scene_prepositions \
        and (tok.ent_type_ in PLACE_ENTS or lemma(tok) in lists().place_nouns
             or (tok.pos_ == "PROPN" and bool(gazetteer.lookup(tok.text))))


def place_of_act(trig: Trigger, recip_tok: "Token | None", at_home: bool = False) -> bool:
    """'endorsed in New Hampshire by the Times', 'offered to debate April 14 in Brooklyn': a place
    after a preposition of scene is where the act was done, no recipient, except for the types
    whose target it is (``actor_words.yaml`` place_target_types: force, coercion, deployment,
    threats, sanctions, aid, meetings and charges, as PLV's annotators mark them) and for a verb's
    own preposition ("intervene in Libya", "sought refuge in Bangladesh"). A meeting's or a
    charge's place in the actor's own country (``at_home``; ``home_scene_types``) hosts no one and
    is charged with nothing ("Samuels huddled in Chicago"): abroad it stands for its state. The
    place still counts as evidence for keeping the event; it is only not recorded as the recipient."""
    words = plover.actor_words()
    kind = trig.info.type.lower()
    if recip_tok is None or not scene_place(recip_tok) \
            or (kind in words.place_target_types and not (at_home and kind in words.home_scene_types)):
        return False
    return recip_tok.head.lower_ not in words.verb_recipient_preps.get(lemma(trig.token), ())


def thing_recipient(tok: "Token | None") -> bool:
    """'mediated in the ayodhya dispute', 'criticized the Paris agreement', 'promised at a Las
    Vegas rally': a common noun of a thing that cannot act (precision.yaml ``non_agent_nouns``:
    documents, decisions, happenings, occasions) is no party, and a city's or region's name
    modifying it says where or what about, not whose (PLOVER's recipient is an actor). Not when a
    party owns it ("Clinton's plan", "the U.S. plan", "the Republican convention": the owner is
    meant; the verbs' owner_of_thing has already put a possessor or of-party in its place). In
    lower-case text the tagger calls such a noun a proper one ("the godhra incident")."""
    if tok is None or not ((tok.pos_ == "NOUN" and tok.ent_type_ not in OWNER_ENTS)
                           or (tok.pos_ == "PROPN" and tok.is_lower)) \
            or agent_noun(tok) or event_implicit.person_head(tok):
        return False
    words = {lemma(tok), tok.lower_, tok.lower_.rstrip("s")}
    return not words.isdisjoint(lists().non_agent_nouns) and not any(_owning(c) for c in tok.children)


def _owning(mod: "Token") -> bool:
    """A modifier naming the party that owns its noun: a possessor, a party noun, a person,
    organisation or people, a country; not another place's name (a city, a region: gazetteer
    kinds other than "country", or a place the gazetteer does not know)."""
    if mod.dep_ == "poss" or (mod.dep_ in ACTOR_MODS and agent_noun(mod)):
        return True   # ("a lower court ruling", "the government plan": a party noun)
    owner = possessor(mod.head) if mod.dep_ in ("nmod", "compound") else None
    if owner is not None and owner.i == mod.i:
        return True   # "Sanders' access": a possessive written with a lone apostrophe
    if mod.dep_ not in ACTOR_MODS or mod.ent_type_ not in OWNER_ENTS | PLACE_ENTS | {"NORP"}:
        return False
    if mod.ent_type_ not in PLACE_ENTS:
        return True
    span = next((e for e in token_scan.ents(mod.doc) if e.start <= mod.i < e.end), None)
    return any(p.kind == "country" for p in gazetteer.lookup(span.text if span is not None else mod.text))


def charged_happening(trig: Trigger, recip_tok: "Token | None") -> bool:
    """'condemned the violence in Gujarat', 'condemned the attack on a church in Islamabad': a
    charge (``actor_words.yaml`` charged_happening_types) is aimed at whoever did the happening it
    is about, not at the place the happening's noun names after a preposition of scene ("in",
    "at") nor, for a happening of force (an event noun coded ASSAULT, a cause of death), at whom
    it was done to (``charged_victim_prepositions``: "on", "against"). Not when the noun is the
    charge itself ("an inquiry into
    ...", "charges against ...") nor when the happening conventionally has the state of the place as
    its doer (an implied agent's word, implicit.yaml: "denounced journalist detentions in
    Venezuela" charges Venezuela)."""
    if recip_tok is None or recip_tok.dep_ != "pobj" \
            or trig.info.type.lower() not in plover.actor_words().charged_happening_types:
        return False
    prep, thing = recip_tok.head, recip_tok.head.head
    obj = child(trig.token, "dobj")
    if thing.i == trig.token.i and obj is not None and prep.i == obj.right_edge.i + 1 and not actor_like(obj) \
            and scene_place(recip_tok):
        thing = obj   # "condemned the violence / in Syria": a place's scene phrase right after a thing
        # object is the thing's (the parser hangs it on the verb); "took aim at Rubio" is aimed at him
    if thing.i == trig.token.i or thing.pos_ != "NOUN" or thing.head.i != trig.token.i \
            or thing.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    code = plover.lexicon().nouns.get(lemma(thing))
    info = plover.cameo_info(code) if code else None
    if (info is not None and info.type == trig.info.type) \
            or any(lemma(thing) in agent.words for agent in implicit().agents):
        return False
    if prep.lower_ in grammar().scene_prepositions:
        return True
    force = (info is not None and info.type == "ASSAULT") or lemma(thing) in implicit().death_causes
    return force and prep.lower_ in plover.actor_words().charged_victim_preps


def _undergoer(noun: "Token") -> "Token | None":
    """'Iran faces criticism', 'drew condemnation from', 'came under criticism': the subject of a
    verb of undergoing (``actor_words.yaml`` undergo_verbs) whose object is the event noun is
    whom the act is aimed at."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or lemma(verb) not in plover.actor_words().undergo_verbs:
        return None
    subj = child(verb, "nsubj", "nsubjpass")
    return subj if subj is not None and actor_like(subj) else None


def _felt_towards(verb: "Token", noun: "Token") -> "Token | None":
    """The party a feeling expressed is directed at (``actor_words.yaml`` feeling_nouns): the party
    of the noun's own preposition (or of the verb's, ``feeling_verb_prepositions``), that party's
    owner ("over the handling of the riots by the government") or the doer of its relative clause
    ("over the manner in which the government had handled the situation"); else the subject of the
    that-clause of the noun or the verb ("expressed frustration that the allies were acting as free
    riders"). None when none is a party."""
    words = plover.actor_words()
    for holder, preps in ((noun, words.feeling_preps), (verb, words.feeling_verb_preps)):
        for prep in holder.children:
            pobj = child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ in preps else None
            if pobj is None:
                continue
            owner = owner_of_thing(pobj)   # (the doer of its relative clause too: _author)
            if actor_like(owner):
                return owner
    subj = next((s for holder in (noun, verb) for c in holder.children if c.dep_ in ("ccomp", "acl")
                 for s in (child(c, "nsubj", "nsubjpass"),) if s is not None), None)
    return subj if subj is not None and actor_like(subj) else None


def _rebutter(trig: Trigger) -> "Token | None":
    """'Clinton rebutted Exxon's accusation', 'Trump responded to Rubio's biggest attack', 'hit back
    at criticism from Republicans': the subject of a verb of rebutting (``actor_words.yaml``
    rebutting_verbs, a phrasal one with its particle) whose object, or whose to/at/against-phrase,
    is the accusation, attack or threat noun, is whom it was aimed at -- one answers a charge, an
    attack or a threat made against oneself (PLOVER ACCUSE, ASSAULT and THREATEN name their
    target). Not the noun's own possessor ("Trump responded to his own attack")."""
    noun, words = trig.token, plover.actor_words()
    if trig.info.type.lower() not in words.answered_types:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in words.answered_preps:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)),
                    None)   # ("hit back": the parser may make "back" an adverb)
    if verb.pos_ != "VERB" or not {lemma(verb), f"{lemma(verb)} {particle}"} & words.rebutting_verbs:
        return None
    subj = child(verb, "nsubj")
    poss = child(noun, "poss")
    if subj is None or not actor_like(subj) or (poss is not None and poss.lower_ == subj.lower_):
        return None
    return subj


def _aim_of(trig: Trigger, actor: "Token | None") -> "Token | None":
    """Whom an act with no object is aimed at through a clause: the subject of a threat's
    condition ("threatened to fast if the district administration did not remove them": PLOVER
    THREATEN's target is who must comply), the object of crowd control's purpose ("burst tear
    gas to disperse the mob", ``dispersal_verbs``)."""
    tok = trig.token
    if trig.info.type == "THREATEN":
        marks = plover.lexicon().conditional.marks
        for clause in (c for t in tok.subtree for c in t.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children):
                subj = child(clause, "nsubj", "nsubjpass")
                if subj is not None and subj.pos_ != "PRON" and actor_like(subj) and (actor is None or subj.i != actor.i):
                    return subj
    if trig.info.type == "ASSAULT":
        for clause in (c for c in tok.children if c.dep_ in ("advcl", "xcomp")):
            obj = child(clause, "dobj")
            if clause.lemma_.lower() in implicit().dispersal_verbs and obj is not None \
                    and event_implicit.patient_ok(obj, actor_like(obj)):
                return obj
        return _confronted(tok, actor)
    return None


def _confronted(tok: "Token", actor: "Token | None") -> "Token | None":
    """The crowd whose act the police or the army used force against: the subject of a when/as
    clause on the verb or a verb coordinated with it, when it is a violent crowd (precision.yaml
    ``physical_actors``): "police fired 70 rounds and lobbed teargas shells when mobs emerged and
    attacked shops"."""
    lex = lists().verbal_attacks
    crowds = lex.physical_actors
    if actor is None or (agent_sector(lemma(actor)) or "").lower() not in lex.armed_sectors:
        return None   # (force used by the police or the army: "violence broke out as mobs ...")
    for verb in (tok, *tok.conjuncts):
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            marks = {m.lower_ for v in (clause, *clause.conjuncts) for m in v.children if m.dep_ in ("mark", "advmod")}
            subj = child(clause, "nsubj")   # (the parser may hang "when" on the clause's conjunct)
            if marks & grammar().simultaneity_marks and subj is not None and subj.lower_ in crowds \
                    and (actor is None or subj.i != actor.i):
                return subj
    return None


def party_possessor(noun: "Token") -> "Token | None":
    """The noun's possessor when it names a party ("the government's deal", "Israel's shelling"),
    not a pronoun (whose referent may be the actor itself); None otherwise."""
    poss = possessor(noun)
    return poss if poss is not None and poss.pos_ != "PRON" and actor_like(poss) else None


def owner_of_thing(tok: "Token") -> "Token":
    """An act aimed at a party's action or attribute is aimed at the party: "condemned the
    intransigence of the VHP" -> the VHP, "criticized Clinton's email use" -> Clinton (its
    possessor or of-object, when the noun itself is no party)."""
    doer = party_possessor(tok) if tok.tag_ == "VBG" else None
    if doer is not None:
        return doer   # "condemned ISIS's targeting of gays": the gerund's doer
    if tok.pos_ != "NOUN" or tok.ent_type_ or agent_sector(lemma(tok)) is not None \
            or lemma(tok) in implicit().patient_heads:
        return tok   # a party or people themselves
    poss = party_possessor(tok)
    if poss is not None:
        return poss
    poss = child(tok, "poss")
    if poss is not None and poss.tag_ == "PRP$" and poss.lower_ in grammar().third_person_possessives \
            and poss.lower_ not in grammar().thing_possessives and not actor_like(tok):
        return poss   # "slammed his proposal": the pronoun's referent (events._event: not the actor's own;
        # "apologized to his supporters": a party noun is the party itself)
    pobj = _of_object(tok) if lemma(tok) not in plover.actor_words().depiction_nouns else None
    # ("the vision of America": what is depicted, not whose the vision is)
    if pobj is not None and _party_object(pobj):
        return pobj
    part_of = _of_party(pobj) if pobj is not None and pobj.pos_ == "NOUN" and pobj.ent_type_ not in NUMERIC_ENTS \
        and lemma(pobj) not in plover.actor_words().quantity_heads else None   # (a part, not a number of them)
    if part_of is not None:
        return part_of   # "the verdict of the lucknow bench of the allahabad high court": the court's
    agent = _noun_agent(tok)   # "comments by Trump", "the stand taken by the attorney-general"
    if agent is not None and _party_object(agent):
        return agent
    named = next((c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in OWNER_ENTS and actor_like(c)), None)
    if named is not None and tok.lower_ in plover.actor_words().owned_things:
        return named   # "calls the Trump line racist", "disagrees with a State Department decision"
    # "the deal Trump negotiated", "the manner in which the police handled the protest"; and one
    # thing further, "aspects of the strategy Obama trumpeted", "the details of Clinton's plan"
    inner = _author(tok) or (None if pobj is None or pobj.pos_ != "NOUN" else _author(pobj) or party_possessor(pobj))
    return inner if inner is not None else tok


def _of_party(noun: "Token") -> "Token | None":
    """The party a part or a unit belongs to, by the noun's own of-phrase ("the lucknow bench of the
    allahabad high court", "a committee of the assembly"): a thing of a part of a party is the
    party's (owner_of_thing, one step further). None when the of-object is no party."""
    pobj = _of_object(noun)
    return pobj if pobj is not None and _party_object(pobj) else None


def _of_object(noun: "Token") -> "Token | None":
    """The object of the noun's own of-phrase, or None."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return child(of, "pobj") if of is not None else None


def _party_object(tok: "Token") -> bool:
    return actor_like(tok) and tok.ent_type_ not in NUMERIC_ENTS


def _author(noun: "Token") -> "Token | None":
    """The party that made or did the thing ``noun`` names, as its relative clause tells it: the
    clause's own subject, a party named (not a pronoun), in a clause of which the thing is the
    object or the manner ("the plan that Obama announced", "the deal Trump negotiated", "the
    manner in which the police handled the protest"), not one of place, time or reason ("the city
    where Trump lives", "the day Sanders had proposed"), nor a scene's ("the climate in which people
    hate each other": a preposition with the relative pronoun counts only after a noun of manner,
    ``actor_words.yaml`` manner_nouns). None otherwise."""
    if noun.ent_type_ in TIME_ENTS or lemma(noun) in plover.actor_words().time_nouns:
        return None
    for rel in noun.children:
        if rel.dep_ != "relcl" or any(c.tag_ == "WRB" for c in rel.children):
            continue
        scene = any(c.dep_ == "prep" and any(g.tag_ in WH_TAGS for g in c.children) for c in rel.children)
        if scene and lemma(noun) not in plover.actor_words().manner_nouns:
            continue
        subj = child(rel, "nsubj")
        if subj is not None and subj.pos_ != "PRON" and _party_object(subj):
            return subj
    return None


def _noun_agent(noun: "Token") -> "Token | None":
    """The object of a noun's own by-phrase or of its participle's agent phrase ("comments by
    Trump", "the violence caused by religious extremists"), or None."""
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None) or next(
        (a for v in noun.children if v.dep_ == "acl" for a in v.children if a.dep_ == "agent"), None)
    return child(by, "pobj") if by is not None else None


def _violence_agent(noun: "Token") -> "Token | None":
    """Who did the violence a condemnation is aimed at: the attack noun's possessor ("Israel's
    shelling of border villages"), agent ("the violence caused by religious extremists") or party
    modifier ("the Israeli attack", "police firing"), not the victim of its of/on phrase (PLOVER
    ACCUSE is aimed at the party accused); None when none is named, and the recipient is then
    chosen as for any object (PLV's annotators mark the condemned attack itself: "condemned the
    shooting and suicide attack on a government building")."""
    poss = party_possessor(noun)
    if poss is not None:
        return poss
    agent = _noun_agent(noun)   # "the attack by militants", "the violence caused by religious extremists"
    if agent is not None and actor_like(agent):
        return agent
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and actor_like(c)
                 and c.ent_type_ not in NUMERIC_ENTS), None)


def _message_addressee(tok: "Token") -> "Token | None":
    """Whom a message is addressed to, for a statement hanging from the sending of it ("sent a
    letter to the WHO threatening ...", "wrote a letter to the governor urging ...")."""
    pl = lists()
    if tok.dep_ not in ("advcl", "acl", "xcomp"):
        return None
    head = tok.head
    if lemma(head) in pl.phone_verbs and tok.dep_ in ("advcl", "xcomp"):
        callee = child(head, "dobj")   # "called Morrison to congratulate him": Morrison
        if callee is not None and actor_like(callee):
            return callee
    verb = head.head if head.pos_ == "NOUN" and lemma(head) in pl.message_nouns else head
    if lemma(verb) not in pl.message_verbs:
        return None
    return _prep_party(verb, ("to",)) or _prep_party(head, ("to",))


def _addressed_pronoun(tok: "Token") -> bool:
    """The verb's own to/with phrase names its addressee by a pronoun ("appealed to everyone")."""
    return any(prep.dep_ == "prep" and prep.lower_ in grammar().addressee_prepositions and g.dep_ == "pobj"
               and g.pos_ == "PRON"
               for prep in tok.children for g in prep.children)


def _to_noun(tok: "Token") -> "Token | None":
    """The noun of the verb's own "to" phrase ("appealed to the vhp"), whatever its case, or a
    personal pronoun there, which resolution binds to a party ("appealed to them to stick to
    news": the newspapers named before; not "everyone", no party); in another phrase of an
    addressee before what it is asked to do (grammar.yaml ``addressee_prepositions``: "called on
    her to resign", "pleaded with the rebels to free them"), a party or such a pronoun only (not
    "threatened them with arrest", "called for a primary on CNN")."""
    for prep in tok.children:
        pobj = child(prep, "pobj") if prep.dep_ == "prep" else None
        if pobj is None:
            continue
        if prep.lower_ == "to" and ((pobj.pos_ in ("NOUN", "PROPN") and pobj.ent_type_ not in NUMERIC_ENTS)
                                    or _party_pronoun(pobj)):
            return pobj
        if prep.lower_ in grammar().addressee_prepositions and (actor_like(pobj) or _party_pronoun(pobj)) \
                and any(c.dep_ in ("xcomp", "advcl") and c.i > pobj.i and to_infinitive(c) for c in tok.children):
            return pobj   # (an addressee is told what to do: "counted on them for years" tells no one)
    return None


def _meeting_partner(tok: "Token") -> "Token | None":
    """The with-party of a meeting noun in the verb's own phrases ("emerging from a meeting with
    President Obama", "after talks with the Taliban"; precision.yaml ``meeting_nouns``): whom the
    consultation was with."""
    nouns = lists().meeting_nouns
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        for meeting in (g for g in prep.children if g.dep_ == "pobj" and (g.lower_ in nouns or lemma(g) in nouns)):
            party = next((p for w in meeting.children if w.dep_ == "prep" and w.lower_ == "with"
                          for p in w.children if p.dep_ == "pobj" and actor_like(p)), None)
            if party is not None:
                return party
    return None


def _addressee(tok: "Token") -> "Token | None":
    """'wrote to the Iraqi military saying ... withdraw': the addressee of a governing verb."""
    node = tok
    for _ in range(5):
        if node.head is node or node.dep_ not in CLIMB:
            return None
        node = node.head
        found = _prep_party(node, ("to",)) if node.pos_ == "VERB" else None
        if found is not None:
            return found
    return None


def resolve(tok: "Token", ctx: "Context | None") -> "Token":
    """Replace a relative pronoun, or a third-person subject pronoun, by the token it stands for
    when the parse says (the subject of the reporting verb above it)."""
    antecedent = relative_antecedent(tok)
    if antecedent is not None:
        return antecedent
    for _ in range(2):  # "Hundreds of political prisoners", "Tens of thousands of people": the people
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
            if tok.lemma_.lower() in plover.actor_words().quantity_heads else None
        tok = (child(of, "pobj") or tok) if of is not None else tok
    if tok.pos_ != "PRON" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in grammar().first_person \
            or tok.lower_ in grammar().indefinite_pronouns:
        return tok
    node = tok.head
    for _ in range(4):  # "the Pentagon announced it was suspending": subject of the reporting verb
        if node.head is node:
            break
        node = node.head
        subj = child(node, "nsubj")
        subj = _after_dateline(subj, node) if subj is not None else None
        if subj is not None and subj.pos_ != "PRON" and actor_like(subj) and agrees(tok, subj, ctx):
            return subj
    return tok


def plural_antecedent(pron: "Token", actor: "Token | None") -> "Token | None":
    """'Three boys were returning home. A group of miscreants attacked them': an object pronoun of
    many stands for the nearest plural party or people named before it, in its sentence or the one
    before, outside the actor's own phrase and not another mention of it ("the miscreants attacked
    them": an object is not its clause's subject); None when there is none."""
    if pron.lower_ not in grammar().plural_object_pronouns or pron.dep_ not in ("dobj", "pobj"):
        return None
    doc, sent = pron.doc, pron.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    own = {t.i for t in actor.subtree} if actor is not None else set()
    for t in reversed(doc[first:pron.i]):
        plural = t.tag_ in ("NNS", "NNPS") or (t.tag_ == "NNP" and t.is_lower and t.lower_.endswith("s")
                                                 and event_implicit.person_head(t))   # (lower-case text: "mobs"/NNP)
        if plural and t.dep_ not in ("compound", "poss", "amod") and t.i not in own \
                and (actor is None or lemma(t) != lemma(actor)) and event_implicit.patient_ok(t, actor_like(t)):
            return t
    return None


def agrees(pron: "Token", antecedent: "Token", ctx: "Context | None" = None) -> bool:
    """Pronoun and antecedent agree in animacy ('it' is no PERSON, 'he' no country) and number ('he'
    is no plural noun: "Sanders fans told POLITICO that ... he took aim" is not the fans); the
    entities extractor's type wins over the parser's label ("Trump" tagged ORG)."""
    ent = entity_at(ctx, antecedent.idx, antecedent.idx + len(antecedent.text)) if ctx is not None else None
    label = getattr(ent, "type", None) or antecedent.ent_type_
    if pron.lower_ in grammar().non_person_pronouns:
        return label != "PERSON"
    if pron.lower_ in grammar().person_pronouns:   # (he, she ...: singular)
        return label not in ("GPE", "NORP", "ORG", "LOC") and antecedent.tag_ not in ("NNS", "NNPS")
    return True


def _quote_speaker(ctx: "Context", start: int) -> tuple[str | None, str | None]:
    """(speaker name, speaker entity id) of the quote containing offset ``start``."""
    for q in ctx.results.get("quotes", ()):
        if q.start <= start < q.end:
            return q.speaker, q.speaker_entity
    return None, None


def entity_by_id(ctx: "Context", eid: str | None) -> Any:
    """The article entity with id ``eid``, or None."""
    return next((e for e in ctx.results.get("entities", ()) if e.id == eid), None) if eid else None


def party_conjuncts(tok: "Token") -> list["Token"]:
    """The nouns coordinated after ``tok`` ("the Philippines and France")."""
    return [c for c in tok.conjuncts if c.i > tok.i and c.pos_ in ("NOUN", "PROPN")]


def participant(tok: "Token | None", ctx: "Context", single: bool = False) -> Participant | None:
    """Code the mention headed by ``tok`` (after pronoun resolution) as an event participant;
    ``single``: the head's own noun phrase, without the parties coordinated with it."""
    if tok is None:
        return None
    tok = resolve(tok, ctx)
    start, end = mention_span(tok)
    conj = [] if single else party_conjuncts(tok)
    if conj:  # a compound actor ("the coalition forces and the Afghan government"): one mention
        end = mention_span(conj[-1])[1]
    text = ctx.article.text[start:end]
    ent = entity_at(ctx, tok.idx, tok.idx + len(tok.text))
    if ent is None:
        ent = _appositive_name(tok, ctx) or _surname_of(tok, ctx)
    speaker = None
    if ent is None and first_person(tok):
        speaker, eid = _quote_speaker(ctx, tok.idx)
        ent = entity_by_id(ctx, eid)
    # "'We arrested 20 people,' the police commissioner said": a speaker the article names by no
    # entity (a role, a name the tagger missed) is coded from the words naming it
    code = code_actor(speaker if ent is None and speaker else _without_person_name(text, start, ent))
    if getattr(code, "country", None) is None and getattr(ent, "country", None) is None:
        member = _member_code(tok)
        if member is not None:  # "student groups including A, B and C": the mention names them
            code = member
            incl = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "including"), None)
            if incl is not None:
                end = max(end, incl.right_edge.idx + len(incl.right_edge.text))
                text = ctx.article.text[start:end]
    country = getattr(code, "country", None) or getattr(ent, "country", None) or _possessor_country(tok, ctx)
    sector = getattr(code, "sector", None) or getattr(ent, "sector", None)
    metonym = metonym_country(tok) if country is None and sector is None else None
    if metonym is not None:   # "the centre" in an Indian article: the national government
        country, sector = metonym, METONYM_SECTOR
    if sector is None and country is None and tok.lower_ in plover.actor_words().crowd_heads and tok.dep_ == "nsubj":
        sector = "CVL"   # "thousands demonstrated against the government": a crowd of civilians (not
        # "accepted millions in donations": an object counted is no crowd)
    name = getattr(ent, "name", None) or getattr(code, "name", None) or _POSSESSIVE_END.sub("", text)
    return Participant(name, country, sector, start, end, getattr(ent, "id", None))


#: the possessive ending a mention's text keeps ("criticised the centre's stand"): no part of its name
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")


def _without_person_name(text: str, start: int, ent: Any) -> str:
    """The mention's text less the person's surname: a surname is no nationality ("Mark Cuban" is
    no Cuban, "Maggie Hassan" no Jordanian); the country of a person comes from the rest of the
    phrase ("Iraqi Prime Minister Haider al-Abadi", or a nationality the tagger took into the name)
    or from the person's entity (a dictionary entry, a role). A person the entity coder gave a
    country keeps the phrase whole ("Erdogan and Biden": the others named with him are coded as
    before)."""
    if getattr(ent, "type", None) != "PERSON" or getattr(ent, "country", None) is not None:
        return text
    for m in getattr(ent, "mentions", ()):
        lo, hi = m.start - start, m.end - start
        if 0 <= lo < hi <= len(text) and " " in text[lo:hi].strip():
            cut = lo + text[lo:hi].rstrip().rfind(" ")
            return (text[:cut] + " " + text[hi:]).strip()
    # a surname alone ("Mr. Rhodes said": no Greek island; "Cuban said"): the person's own name
    # words are no nationality either
    own = set(str(getattr(ent, "name", "")).lower().split())
    words = text.split()
    if own and any(w.lower().strip(".,'’") in own for w in words):
        return " ".join(w for w in words if w.lower().strip(".,'’") not in own)
    return text


def _surname_of(tok: "Token", ctx: "Context") -> Any:
    """The article's one named person whose full name ends with this proper noun, where the tagger
    left the word out of every entity ("Bernie Sanders was handed three defeats ... Sanders
    instead delivered his standard speech": the second "Sanders" is no entity of its own). None when
    no person, or more than one, has that surname ("Bill Clinton" and "Hillary Clinton"). The
    tagger may take the name for a common noun ("Sanders", NNS): a capitalised word will do."""
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title or tok.ent_type_ in PLACE_ENTS \
            or any(c.dep_ in ("compound", "det", "amod") for c in tok.children):
        return None
    found = [e for e in ctx.results.get("entities", ()) if getattr(e, "type", None) == "PERSON"
             and " " in e.name and e.name.rsplit(" ", 1)[1] == tok.text]
    return found[0] if len(found) == 1 else None


def _appositive_name(tok: "Token", ctx: "Context") -> Any:
    """The named person or body in apposition to a common noun ("the gunman, Omar Mateen, 29";
    "the attacker, Ahmed Ali,"): an appositive names the same referent as its head, so the
    name's entity is the side's. None for a proper noun head, a head or appositive coordinated with
    others ("his deputies, A and B", or a parse that hangs A inside B) or a contrast
    ("demonstrators, not fellow Republicans")."""
    if tok.pos_ != "NOUN" or any(c.dep_ == "conj" for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i and not any(
                x.dep_ in ("neg", "conj", "cc") for x in c.children) and not any(
                x.dep_ == "neg" for x in tok.doc[tok.i + 1:c.i]):
            ent = entity_at(ctx, c.idx, c.idx + len(c.text))
            named = {getattr(entity_at(ctx, x.idx, x.idx + len(x.text)), "id", None) for x in c.subtree
                     if x.ent_type_ in ("PERSON", "ORG")}
            if getattr(ent, "type", None) in ("PERSON", "ORG", "NORP") and len(named) <= 1:
                return ent
    return None


def party_group(tok: "Token", ctx: "Context") -> Any:
    """The party (a NORP entity among ``party_adjectives``: "Republican", "Democratic") modifying
    a noun of people that names no entity of its own ("Some Republican experts"), or None."""
    if tok.ent_type_ or not actor_like(tok):
        return None
    mod = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                and c.lower_ in plover.actor_words().party_adjectives), None)
    return entity_at(ctx, mod.idx, mod.idx + len(mod.text)) if mod is not None else None


def _possessor_country(tok: "Token", ctx: "Context") -> str | None:
    """'Clinton's campaign', 'Modi's government', "Putin said his country ...": a party's own
    body is of the party's country (the possessor's, or the speaker's for a possessive pronoun,
    when it is a coded name and the head itself has no country). A person's name modifying the
    body of one's people names its owner as a possessive does ("the Sanders campaign", "Bernie
    supporters": actor_words.yaml ``name_owned_bodies``; not "the Bush tax cuts")."""
    poss = child(tok, "poss")
    if poss is None and lemma(tok) in plover.actor_words().name_owned_bodies:
        poss = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and getattr(entity_at(ctx, c.idx, c.idx + len(c.text)), "type", None) == "PERSON"), None)
    if poss is None or tok.ent_type_ or not (actor_like(tok) or lemma(tok) in plover.actor_words().possessed_bodies):
        return None   # "his statement", "his trip" are no party
    if poss.pos_ == "PRON":   # "Putin said his country will not lift the ban": the speaker's
        poss = _speaker_of(poss, ctx)
        if poss is None:
            return None
    ent = entity_at(ctx, poss.idx, poss.idx + len(poss.text))
    return getattr(ent, "country", None) or getattr(code_actor(poss.text), "country", None)


def _speaker_of(pron: "Token", ctx: "Context") -> "Token | None":
    """The subject of the nearest verb above a possessive pronoun that it agrees with ("Zarif
    said his government would retaliate": Zarif), or None."""
    node = pron.head
    for _ in range(5):
        if node.head is node:
            return None
        node = node.head
        subj = child(node, "nsubj")
        if subj is not None and pron.head.i != subj.i and subj.pos_ != "PRON" and actor_like(subj) \
                and agrees(pron, subj, ctx):
            return subj
    return None


def _text(tok: "Token", start: int, end: int) -> str:
    """The text of characters start..end of tok's Doc, without rebuilding the whole Doc text."""
    span = tok.doc.char_span(start, end, alignment_mode="expand")
    return span.text if span is not None else tok.text


def _member_code(tok: "Token") -> Any:
    """'officials — including Pompeo, Esper ...': code a group by its first coded member."""
    owner = of_actor(tok)
    if owner is not None:
        s, e = mention_span(owner)
        code = code_actor(_text(owner, s, e))
        if code is not None and getattr(code, "country", None):
            return code
    for prep in tok.children:
        if prep.dep_ in ("prep", "appos") and (prep.lower_ == "including" or prep.dep_ == "appos"):
            member = child(prep, "pobj") if prep.dep_ == "prep" else prep
            for m in ([member] + list(member.conjuncts)) if member is not None else []:
                s, e = mention_span(m)
                code = code_actor(_text(m, s, e))
                if code is not None and getattr(code, "country", None):
                    return code
    return None
