"""Implicit and nominal events: acts the text states without naming who acted.

- An agentless passive ("63 people have been arrested"), a participle ("those arrested", "the
  arrested ram sevaks") or an event noun with no actor of its own ("the arrest of X") is still an
  event when it is a material act done to people (``agentless_types`` in implicit.yaml).
- Its actor is the act's conventional agent when it has one (``implied_agents``: arrests and
  detentions are made by the police, crowd-control weapons are used by security forces), coded
  with the country of the event's place and marked ``implied``; else the actor is null.
- The patient (the passive subject, the noun a participle modifies, the "of" object or the
  possessor of an event noun: "Thackeray's arrest") is the recipient.
- Light verbs hand their subject to their event noun ("police made several arrests"); an ASSAULT
  naming a crowd-control weapon gets that mode (``mode_cues``).

Knowledge: ``ontology/data/plover/implicit.yaml``. Not handled: agents inferred from earlier
sentences ("Police raided the camp. Twelve were detained." is coded with the implied police, not
with the police of the sentence before); agentless acts whose patient is a thing ("shops were
torched").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..ontology import plover
from ..ontology.actors import agent_sector, lookup
from ..ontology.grammar import grammar
from ..ontology.implicit import ImpliedAgent, implicit, implied_agent_for
from ..records import Location, Participant
from .event_triggers import Trigger
from .syntax import child, lemma, missed_subject, one_word_entity, passive_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

#: labels of a participle that modifies the noun it is done to ("persons arrested", "arrested men")
PARTICIPLE_DEPS = frozenset({"acl", "amod", "relcl"})


def unaccusative(tok: "Token") -> bool:
    """A verb of dying ("died", "perished"): its subject undergoes the event (implicit.yaml
    ``patient_subject_verbs``)."""
    imp = implicit()
    lem = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lem not in imp.patient_subject_verbs:
        return False
    # ("succumbed to his injuries" dies; "succumbed to pressure" yields)
    return lem not in imp.injury_verbs or any(g.lower_ in imp.injury_nouns or g.lemma_.lower() in imp.injury_nouns
                                              for c in tok.children if c.dep_ == "prep" for g in c.children
                                              if g.dep_ == "pobj")


def death_cause(tok: "Token") -> "Token | None":
    """The violence a verb of dying names as its cause: the object of a cause preposition that is
    an attack noun of the lexicon or a ``death_causes`` noun ("died in police firing", "perished
    in the clash"), or None ("died in 1990", "died of cancer")."""
    imp = implicit()
    nouns = plover.lexicon().nouns
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in imp.cause_preps:
            continue
        obj = child(prep, "pobj")
        if obj is None:
            continue
        if obj.lower_ in imp.injury_nouns or obj.lemma_.lower() in imp.injury_nouns:
            obj = _injury_cause(obj) or obj   # "succumbed to bullet injuries sustained in police firing"
        word, lem = obj.lower_, obj.lemma_.lower()
        info = plover.cameo_info(nouns.get(word) or nouns.get(lem) or "")
        if (info is not None and info.type == "ASSAULT") or word in imp.death_causes or lem in imp.death_causes:
            return obj
        nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
        if nxt is not None and nxt.tag_ == "VBG" and (nouns.get(nxt.lower_) or nxt.lower_ in imp.death_causes):
            return nxt   # "in police firing" parsed as "police" + a participle "firing"
    return None


def _injury_cause(injury: "Token") -> "Token | None":
    """The violence an injury noun names inside it: the cause noun of its participle's phrase
    ("injuries sustained in police firing": firing), else its own cause modifier ("bullet
    injuries": bullet), or None."""
    imp = implicit()
    nouns = plover.lexicon().nouns
    for part in (c for c in injury.children if c.dep_ == "acl"):
        for prep in (c for c in part.children if c.dep_ == "prep" and c.lower_ in imp.cause_preps):
            obj = child(prep, "pobj")
            lem = obj.lemma_.lower() if obj is not None else ""
            if obj is not None and (obj.lower_ in nouns or lem in nouns or lem in imp.death_causes):
                return obj
    return next((c for c in injury.children if c.dep_ in ("compound", "amod")
                 and (c.lower_ in imp.death_causes or c.lemma_.lower() in imp.death_causes)), None)


def cause_noun(tok: "Token") -> bool:
    """An attack or violence noun ("bombing", "blast", "clash"): as the subject of a harm verb
    it names the cause, not who acted ("a roadside bombing killed two soldiers")."""
    nouns, imp = plover.lexicon().nouns, implicit()
    if tok.pos_ != "NOUN":
        return False
    word, lem = tok.lower_, tok.lemma_.lower()
    info = plover.cameo_info(nouns.get(word) or nouns.get(lem) or "")
    return (info is not None and info.type == "ASSAULT") or word in imp.death_causes or lem in imp.death_causes


def the_dead(tok: "Token") -> "Token | None":
    """Who died: the subject of a verb of dying, or the noun it was parsed as modifying."""
    subj = child(tok, "nsubj")
    return subj if subj is not None or tok.dep_ not in PARTICIPLE_DEPS or tok.head.i == tok.i else tok.head


def gapped_participles(tok: "Token") -> list["Token"]:
    """'one person was killed and six others injured on tuesday night when the police fired': the
    parser makes "others" a conjunct of "killed" and "injured" its participle; the participle's
    time and when-clause are the whole clause's (a gapped coordination shares its auxiliary)."""
    return [a for c in tok.conjuncts if c.pos_ in ("NOUN", "PRON", "NUM")
            for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]


def is_passive(tok: "Token") -> bool:
    """A passive clause or a past participle modifying a noun, either with no agent ("by X");
    a verb of dying with a violent cause ("perished in police firing") likewise names no agent."""
    if unaccusative(tok):   # (a when/as clause must hold violence with an actor: events._agentless_event)
        return death_cause(tok) is not None or any(
            c.dep_ == "advcl" and any(m.lower_ in grammar().cause_marks for m in c.children) for c in tok.children)
    if child(tok, "agent") is not None:
        return False
    if any(c.dep_ == "xcomp" for c in tok.children):
        return False   # "was forced to lathicharge": the passive subject does the complement
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and child(tok, "nsubj") is None and is_passive(tok.head):
        return True   # "were hunted down and killed": the conjunct shares the passive
    if tok.dep_ == "amod" and tok.i < tok.head.i and tok.lemma_.lower() not in implicit().prenominal_participles:
        return False   # "the defeated side", "a wounded pride": an adjective, not an act (not "the arrested men")
    return tok.tag_ == "VBN" and tok.dep_ in PARTICIPLE_DEPS and child(tok, "nsubj", "aux") is None \
        and missed_subject(tok) is None   # ("Trump called Clinton a liar." parsed as a noun phrase)


def agentless(trig: Trigger) -> bool:
    """The trigger states an act with no agent in its own phrase (passive, participle, or an
    event noun whose possessor is its patient)."""
    tok = trig.token
    if trig.how == "noun":   # (a killing named by its victim has no agent in its phrase: "the McDonald shooting")
        return (implied_rule(trig) is not None or named_victim(tok) is not None) and not _by_agent(tok)
    return tok.pos_ == "VERB" and is_passive(tok)


def named_victim(noun: "Token") -> "Token | None":
    """The person a killing noun is named by ("the Laquan McDonald shooting": actor_words.yaml
    ``victim_named_nouns``): its compound modifier that is a PERSON, when no possessive or by-phrase
    names who did it; None otherwise."""
    named = plover.actor_words().victim_named_nouns
    if lemma(noun) not in named and noun.lower_ not in named:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return None
    return next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and (
        c.ent_type_ == "PERSON" or (c.ent_type_ == "ORG" and one_word_entity(c) and lookup(c.text) is None
                                    and agent_sector(lemma(c)) is None))),
        None)   # (the small model often calls a lone surname ORG, "the Martin shooting"; not a known group,
    # "Hamas", nor a name of several words, "the Mother Emanuel Church shooting")


def _by_agent(noun: "Token") -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "by" and child(c, "pobj") is not None for c in noun.children)


def implied_rule(trig: Trigger) -> ImpliedAgent | None:
    """The conventional-agent rule covering the trigger's CAMEO code or mode (its own, or the
    one a cue word in its clause gives: tear gas is crowd control), if any."""
    tok = trig.token
    clause = tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text   # a Span joins its own tokens only
    word = tok.lemma_.lower()
    rule = implied_agent_for(trig.code, trig.info.mode, word) or \
        implied_agent_for(None, cue_mode(trig.info.type, trig.info.mode, clause), word)
    if rule is not None and rule.patients:   # "security was tightened", not "rules were tightened"
        pat = patient(trig)
        return rule if pat is not None and lemma(pat) in rule.patients else None
    return rule


def patient(trig: Trigger) -> "Token | None":
    """Who the agentless act was done to: passive subject, modified noun, of-object, possessor."""
    tok = trig.token
    if trig.how == "noun":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return (child(of, "pobj") if of is not None else None) or child(tok, "poss") or named_victim(tok)
    subj = the_dead(tok) if unaccusative(tok) else passive_subject(tok)
    if subj is None and tok.dep_ == "conj" and tok.tag_ == "VBN":
        subj = child(tok.head, "nsubjpass")   # the conjunct's shared passive subject
    if subj is not None:
        return subj
    if tok.dep_ in PARTICIPLE_DEPS and tok.head.i != tok.i:
        return tok.head
    return None


def patient_ok(tok: "Token | None", actor_like: bool, person_act: bool = False) -> bool:
    """People or parties: an actor-like noun or a person head ("three persons", "those"); any
    noun or pronoun for an act that is only ever done to people (``person_act``: an arrest)."""
    if tok is None:
        return False
    if person_act and tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return True
    if lemma(tok) in implicit().partitive_heads or tok.lower_ in implicit().partitive_heads:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = child(of, "pobj") if of is not None else None
        if whole is not None:   # "25 per cent of them", "half of the victims": who the share is of
            return whole.pos_ in ("PRON", "PROPN") or person_head(whole)
    if tok.pos_ == "NUM" and tok.dep_ in ("nsubjpass", "dobj", "nsubj") \
            and any(c.dep_ == "det" and c.lower_ in grammar().anaphoric_numeral_determiners for c in tok.children):
        return True   # "the two were attacked by a mob": the two people named before
    return actor_like or person_head(tok)


def person_head(tok: "Token") -> bool:
    """A noun of people by its word or lemma (implicit.yaml ``patient_heads``: "suspects", "persons")."""
    heads = implicit().patient_heads
    return lemma(tok) in heads or tok.lower_ in heads


def implied_actor(trig: Trigger, location: Location | None) -> Participant | None:
    """The conventional agent of the act, coded with the country of its place; None if none."""
    rule = implied_rule(trig)
    if rule is None:
        return None
    return Participant(rule.name, location.country if location is not None else None,
                       rule.sector, None, None, None, implied=True)


def cue_mode(type_: str, mode: str | None, clause_text: str) -> str | None:
    """The mode a cue word in the trigger's clause gives (crowd-control), else ``mode``."""
    low = clause_text.lower()
    for cue in implicit().mode_cues:
        if type_ in cue.types and any(_has_words(low, words) for words in cue.words):
            return cue.mode
    return mode


def _has_words(text: str, words: tuple[str, ...]) -> bool:
    return re.search(r"(?<![a-z])" + r"\s+".join(map(re.escape, words)) + r"(?![a-z])", text) is not None
