"""Event precision: classes of trigger that the dictionary codes but that state no act.

``noise(trig, actor_tok, sentence_triggers)`` names the reason a coded trigger is not an event
(or returns None). Word lists are in ``ontology/data/plover/precision.yaml``. Rules:

- cognition/copula/inclusion verbs coded only by their default code ("does not expect ... to
  lead to war", "the United Nations faces a crisis");
- verbs of motion coded as a visit with no destination ("departing Baghdad's airport with ...");
- participles modifying a noun with no agent ("a bus meant for news media", "invited members");
- passives with no agent whose actor came from another clause ("a draft that should not have
  been released" is not released by the Pentagon that called it a draft);
- purpose infinitives ("targeted Soleimani to prevent a war" is not a REJECT);
- actors that cannot act: documents and abstractions ("the considerations that convinced ..."),
  bare generic plurals ("obligates countries to offer protection");
- habitual and generic statements ("has tended to respond", "usually retaliates");
- noun triggers that are bare plurals ("U.S. military attacks" in a general remark), anaphoric
  possessives that repeat an earlier event of the article ("his threat"), or the instrument of a verb trigger of the same
  type ("killed in
  a U.S. drone strike": one event, coded from the verb);
- demand verbs whose complement is a statement ("insisting that no decision had been made"),
  intention words over a stated fact ("warned that the administration was relinquishing ..."),
  and demands on a thing ("said Pence's performance should boost Trump's poll numbers");
- actors addressed to the reader ("your state probably offers ...").

Not handled: generic statements without a marker word ("Iran responds to attacks in kind");
background history (coded with its own date when the dates extractor finds one); irony.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..ontology import gazetteer, plover
from ..ontology.actors import agent_sector, lookup
from ..ontology.grammar import grammar
from ..ontology.lexicons import dates_lexicon
from ..ontology.implicit import implicit
from ..ontology.precision import lists
from . import declarative, event_actors, event_implicit, token_scan
from .event_triggers import Trigger, has_complement, judgement, light_verb_subject, naming_predicate
from .factuality import governors, indicative, quality_clause
from .syntax import (NOUN_SLOTS, PARTY_ENTS, SPECIFIC_MODS, THING_ENTS, TIME_ENTS, VERB_ONLY_DEPS, child, gerund_head,
                     lemma, missed_subject, relative_antecedent, simple_present, subjectless_infinitive, to_infinitive)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: the reason given to a noun trigger owned by a pronoun ("his threat"); events.py drops it only
#: when an earlier event of the article has its type and actor (a repeated mention)
ANAPHORIC = "anaphoric possessive noun"


def _default_coded(trig: Trigger) -> bool:
    """Coded from the verb's default code (directly, or recoded by a tense rule), no pattern."""
    return trig.how == "verb" or (trig.how == "embedded" and trig.embedded is None and trig.token.pos_ == "VERB"
                                  and lemma(trig.token) not in plover.lexicon().clause_defaults)


def _non_event_verb(trig: Trigger) -> bool:
    tok = trig.token
    if tok.pos_ == "VERB" and lemma(tok) in lists().clause_cognition_verbs \
            and any(c.dep_ == "ccomp" and _finite(c) for c in tok.children) and trig.how != "embedded":
        return True   # "recognized that the deal was flawed": knowing a fact, not recognising a party
    return tok.pos_ == "VERB" and lemma(tok) in lists().non_event_verbs and _default_coded(trig)


def _finite(clause: "Token") -> bool:
    """A clause with a subject of its own and no infinitive "to": "that some might be good people",
    not "aid trucks to enter" (an object and its infinitive: "allowed aid trucks to enter")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) \
        and not any(c.tag_ == "TO" for c in clause.children)


def _motion_without_destination(trig: Trigger) -> bool:
    tok = trig.token
    if trig.info.type != "CONSULT" or lemma(tok) not in lists().motion_verbs or trig.how == "pattern":
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in lists().motion_destinations:
            obj = child(prep, "pobj")
            if obj is not None and (obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.pos_ == "PROPN"):
                return False
    return True


def _attendance(trig: Trigger) -> bool:
    """'attends his final Correspondents' Dinner', 'a veteran attending school': attending what is
    no meeting (precision.yaml ``meeting_nouns``) nor a party's body is no consultation. With no
    object ("declined to attend") the verb is left to the other rules."""
    tok, pl = trig.token, lists()
    if trig.info.type != "CONSULT" or lemma(tok) not in pl.attendance_verbs:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]   # (a name may split one: "Correspondents’ Dinner")
    if not objects:
        return False
    if any(lemma(o) in pl.meeting_nouns or o.lower_ in pl.meeting_nouns for o in objects):
        return False
    return any(lemma(o) in pl.occasion_nouns or lemma(o) in pl.schooling_nouns for o in objects) \
        or not event_actors.actor_like(objects[0])


def _showing(tok: "Token") -> bool:
    """'has demonstrated that those who criticize him do so at their own peril', 'to demonstrate
    how Clinton was influenced': a verb of showing (precision.yaml ``showing_verbs``) with a clause
    shows that something is so; no protest."""
    return lemma(tok) in lists().showing_verbs and any(c.dep_ == "ccomp" for c in tok.children)


def _own_event_put_off(tok: "Token", actor: "Token") -> bool:
    """'was postponing a Monday evening rally', 'canceled a joint rally with Obama': cancelling or
    delaying an event of one's own (precision.yaml ``postponing_verbs``, ``own_event_nouns``) whose
    owner is not named as another party (a possessive, a by- or of-phrase: "postponed the
    opposition's rally" restricts the opposition)."""
    pl = lists()
    if lemma(tok) not in pl.postponing_verbs:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or not all(lemma(o) in pl.own_event_nouns or o.lower_ in pl.own_event_nouns for o in objects):
        return False
    owners = [g for o in objects for g in ([c for c in o.children if c.dep_ == "poss"]
                                           + [p for c in o.children if c.dep_ == "prep" and c.lower_ in pl.owner_prepositions
                                              for p in c.children if p.dep_ == "pobj"])]
    return all(g.pos_ == "PRON" or g.i == actor.i or g.lower_ == actor.lower_ for g in owners)


def _agentless_participle(tok: "Token") -> bool:
    """'a bus meant for news media', 'invited members': a participle modifying a noun (rule
    ``agentless_participle`` of plover/syntax_rules.yaml). An intransitive verb of dying has no
    passive participle: "a young man perished in police firing" is a clause the parser misread, and
    so is a participle with an object under a noun heading the whole sentence ("Trump called
    Clinton a liar.", ``syntax.missed_subject``)."""
    return declarative.holds("agentless_participle", tok) and not event_implicit.unaccusative(tok) \
        and missed_subject(tok) is None


def _nominal_participle(tok: "Token") -> bool:
    """'detained the accused', 'the injured were rushed to hospital': a past participle with a
    determiner in a noun's place (subject, object, a preposition's object) names people, no act
    (English nominalised participles: "the accused", "the wounded")."""
    return tok.tag_ == "VBN" and tok.dep_ in NOUN_SLOTS and any(c.dep_ == "det" for c in tok.children) \
        and not any(c.dep_ in VERB_ONLY_DEPS for c in tok.children)


def _passive_actor_elsewhere(tok: "Token", actor: "Token") -> bool:
    """A passive trigger with no agent whose actor was found outside its own phrase, other than
    the subject of a reporting verb right above it ("was arrested, police said")."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    if not passive or child(tok, "agent") is not None:
        return False
    if tok.left_edge.i <= actor.i <= tok.right_edge.i:
        return False   # instrument ("in a U.S. drone strike") or owner ("U.S. forces") inside it
    head = tok.head
    reporting = plover.factuality_cues().reporting_heads
    patient = child(tok, "nsubjpass")
    if tok.dep_ in ("ccomp", "parataxis") and lemma(head) in reporting and actor.head.i == head.i \
            and (patient is None or patient.pos_ != "PRON"):   # "she said she was asked": no
        return False
    return True


def _embedding_word(tok: "Token") -> bool:
    lex, cues = plover.lexicon(), plover.factuality_cues()
    words = (lemma(tok), tok.lower_)
    return any(w in lex.embedding or w in lex.clause_defaults or w in cues.planned_heads
               or w in cues.future_heads for w in words)


def _purpose(trig: Trigger, found: dict[int, Trigger]) -> bool:
    """A verbal act (QuadClass 1 or 3) as the to-infinitive of purpose of another clause, of a
    material act ("targeted Soleimani to prevent a war", "made enough arrests to prevent any
    concentration": on its event noun) or of a passive that takes no
    infinitive complement ("be relocated to prepare for"); never the complement of an
    embedding or control word. A material purpose is kept: "sent jets to destroy the reactor" reports the
    mission."""
    tok = trig.token
    if plover.types()[trig.info.type].quad not in (1, 3):
        return False
    if trig.info.type.lower() in lists().purpose_kept_types and tok.head.i != tok.i \
            and lemma(tok.head) in lists().protest_form_verbs:
        # ("blocked highways to protest fuel prices": the act is the protest's form), unless that
        # act is coded as the same type already ("called a bandh to protest": one protest)
        head_trig = found.get(tok.head.i)
        return head_trig is not None and head_trig.info.type == trig.info.type
    if trig.embed_kind is not None or tok.pos_ != "VERB" or child(tok, "nsubj", "nsubjpass") is not None:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lists().purpose_marks for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "acl" and head.pos_ == "NOUN" and head.i in found and found[head.i].how == "noun" \
            and lemma(head) not in plover.factuality_cues().planned_nouns:
        return True   # "had made enough arrests to prevent any concentration": the arrests' purpose
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or _embedding_word(head) \
            or lemma(head) in lists().motion_verbs or _phone_call(head):   # "came to meet the management": a visit
        return False   # (a call made to say something: what is said is the event)
    if tok.dep_ == "advcl":
        return True
    if tok.dep_ != "xcomp":
        return False
    if any(c.dep_ == "auxpass" for c in head.children):   # "would be relocated to prepare for ..."
        return lemma(head) not in lists().control_verbs
    head_trig = found.get(head.i)
    return head_trig is not None and head_trig.how != "embedded" and child(head, "dobj") is not None


def _aiming(tok: "Token") -> bool:
    """'is aiming to expand background checks', 'sought to block': a verb of aiming or trying with
    a to-infinitive states an aim; the infinitive is the act (``aim_verbs``)."""
    if lemma(tok) not in lists().aim_verbs or any(c.dep_ == "dobj" for c in tok.children):
        return False   # "wanted Desai to lay the blame": a wish put to someone stays a demand
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children) for c in tok.children)


def _money_purpose(tok: "Token") -> bool:
    """'asked Congress for 1.9 billion dollars to fight Zika', 'funds to combat terrorism': an
    infinitive on a noun of money or resources names what they are for, an aim, whatever its
    type (a material mission, "sent jets to destroy the reactor", hangs on the verb, not on money)."""
    pl = lists()
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in pl.purpose_marks for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "acl":
        return head.pos_ == "NOUN" and lemma(head) in pl.resource_nouns
    if tok.dep_ not in ("advcl", "xcomp") or head.pos_ not in ("VERB", "AUX") or child(tok, "nsubj") is not None:
        return False
    money = [c for c in head.children if c.dep_ == "dobj"] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return any(lemma(m) in pl.resource_nouns for m in money)   # "redirected funds to", "asked for $2bn to"


def _likened(tok: "Token") -> bool:
    """'after a fortnight of virtual house arrest', 'a veritable siege': an event noun said to be
    like the act (precision.yaml ``likening_modifiers``) names no act."""
    if tok.pos_ != "NOUN":
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "advmod")]
    # ... or on its compound: "virtual house arrest"
    mods += [g for c in tok.children if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
    return any(m.lower_ in lists().likening_modifiers for m in mods)


_NON_SPACE = re.compile(r"\S")


def _navigation(tok: "Token") -> bool:
    """'related stories: 1 killed in ahmedabad, police firing in vadodara': a line of links to
    other pages (grammar.yaml ``navigation_labels``) that a crawl kept with the article, or such a
    list run into the end of a line of text (``link_lists``)."""
    if any(lo <= tok.idx < hi for lo, hi in link_lists(tok.doc)):
        return True
    text = token_scan.text(tok.doc)   # (spaCy re-joins every token on each access to Doc.text)
    labels, longest = _navigation_labels()
    # the line up to the token, from its first non-space character; only as far as the longest
    # label reaches (and one character on, so that lower-casing reads the same): a line may be a
    # whole paragraph
    first = _NON_SPACE.search(text, text.rfind("\n", 0, tok.idx) + 1, tok.idx)
    start = first.start() if first else tok.idx
    line = text[start:min(tok.idx, start + longest + 1)].lower()
    return line.startswith(labels)


@functools.lru_cache(maxsize=1)
def _navigation_labels() -> tuple[tuple[str, ...], int]:
    """grammar.yaml ``navigation_labels`` as a tuple (for one ``str.startswith``) and the length of
    the longest, once per process (``_navigation`` runs for every trigger)."""
    labels = tuple(grammar().navigation_labels)
    return labels, max(map(len, labels), default=0)


_LINK_LISTS = "event_noise.link_lists"


def link_lists(doc: "Doc") -> list[tuple[int, int]]:
    """Character spans of a crawl's lists of links to other stories run into a line of the text
    (dates.yaml ``link_lists``: three or more headlines joined by no-break spaces to the line's
    end; or a navigation label before a no-break space, "... the bench asked. related stories
    lok sabha adjourned till 2 pm"), found once per document (``doc.user_data``)."""
    found = doc.user_data.get(_LINK_LISTS)
    if found is None:
        text = token_scan.text(doc)
        found = [(m.start(), m.end()) for m in _link_pattern().finditer(text)] if _NO_BREAK.search(text) else []
        doc.user_data[_LINK_LISTS] = found
    return found


#: what every match of ``_link_pattern`` holds (each alternative has a no-break space or "Â", "â" case-blind):
#: a text without it (most) is not scanned
_NO_BREAK = re.compile("[\u00a0\u00c2\u00e2]")


@functools.lru_cache(maxsize=1)
def _link_pattern() -> "re.Pattern[str]":
    """dates.yaml ``link_lists`` or a navigation label before a no-break space, to the line's end."""
    labels = "|".join(re.escape(label) for label in sorted(grammar().navigation_labels, key=len, reverse=True))
    label = rf"(?:{labels})\s*:?\s*(?:\u00a0|Â)[^\n]*$"
    return re.compile(f"{dates_lexicon().link_lists.pattern}|{label}", re.MULTILINE | re.IGNORECASE)


def _dispersal_aim(tok: "Token", sentence: dict[int, Trigger]) -> bool:
    """'fired in the air to disperse the mob', 'lobbed tear gas to scatter the crowd': the
    dispersal is what the force coded on the governing verb was for (its object is that event's
    recipient, event_actors._aim_of), not a second act."""
    if lemma(tok) not in implicit().dispersal_verbs or tok.dep_ not in ("xcomp", "advcl"):
        return False
    return to_infinitive(tok) and tok.head.i in sentence


def _non_agent(actor: "Token") -> bool:
    if actor.ent_type_ in PARTY_ENTS and actor.pos_ == "PROPN" and actor.ent_type_ != "ORG":
        return False
    words = {lemma(actor), actor.lower_, actor.lower_.rstrip("s")}
    return not words.isdisjoint(lists().non_agent_nouns) and not _listed_body(actor)


def _listed_body(tok: "Token") -> bool:
    """'The World Food Programme provided food': an organisation the actor dictionary lists by
    its whole name is a body, whatever its last word ("the Affordable Care Act" is not listed)."""
    span = next((e for e in token_scan.ents(tok.doc) if e.start <= tok.i < e.end and e.label_ == "ORG"), None)
    if span is None or tok.pos_ != "PROPN":
        return False
    words = [t.text for t in span if not (t.i == span.start and t.lower_ == "the")]
    entry = lookup(" ".join(words))
    if entry is None and len(words) > 2 and (owner := lookup(words[0])) is not None and owner.kind == "actor":
        entry = lookup(" ".join(words[1:]))   # "the UN World Food Programme": the body of a listed body
    return entry is not None and entry.kind == "actor"


def _demand_on_a_thing(trig: Trigger) -> bool:
    """'said Pence's performance should boost Trump's numbers', 'the focus should be on ...': no one
    is asked to act -- the subject is a thing: a listed non-agent noun, or the subject of a copula
    that is a common noun naming no party (no agent or role noun, no name, event_actors.actor_like:
    "emphasis should be on jobs" says what matters). Not a passive subject, a thing acted on
    ("sanctions must be lifted", "military intervention must be avoided" ask someone to lift them,
    not to intervene), nor the subject of another verb, which the lower-case parse may have left
    unrecognised as a party ("the centre should initiate a dialogue")."""
    if trig.info.type != "REQUEST" or trig.embedded is None or trig.embedded.dep_ != "ccomp":
        return False
    subj = child(trig.embedded, "nsubj", "nsubjpass")
    if subj is None or subj.ent_type_ in PARTY_ENTS:
        return False
    return _non_agent(subj) or (subj.dep_ == "nsubj" and lemma(trig.embedded) == "be" and subj.pos_ == "NOUN"
                                and not event_actors.actor_like(subj))


def _addressed(actor: "Token") -> bool:
    """'your state probably offers ...': an actor addressed to the reader is generic (rule
    ``actor_addressed_to_reader`` of plover/syntax_rules.yaml)."""
    return declarative.holds("actor_addressed_to_reader", actor)


def _generic_plural(actor: "Token") -> bool:
    """'countries', 'analysts' with no specific modifier; any plural counted by a vague
    quantifier ("far fewer publications", "many newspapers")."""
    if declarative.holds("vaguely_counted_plural", actor):   # plover/syntax_rules.yaml
        return True
    if actor.tag_ != "NNS" or actor.ent_type_ or lemma(actor) not in lists().generic_plural_heads:
        return False
    counted = actor.head.head if actor.dep_ == "pobj" and actor.head.lower_ == "of" else None
    if counted is not None and (counted.like_num or counted.ent_type_ == "CARDINAL"):
        return False   # "thousands of people demonstrated": a crowd counted, not people in general
    return not any(c.dep_ in SPECIFIC_MODS for c in actor.children)


def _own_statement(node: "Token") -> bool:
    """An adverbial clause that states its own fact ("Although X did Y, ...")."""
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lists().own_statement_marks
                                        for c in node.children)


def _frequency(t: "Token", determiners: frozenset[str]) -> bool:
    """'every year', 'each week', 'per day' on the verb, 'ninety people a day' on a counted noun: a
    time unit (dates.yaml ``ago_units``) with a frequency or rate determiner (grammar.yaml
    ``frequency_determiners``, ``rate_determiners``) states how often something happens: a
    habitual or aggregate statement, no one happening. Not an offset ("a day after the riots")."""
    if t.dep_ not in ("npadvmod", "advmod") or t.lower_ not in dates_lexicon().ago_units:
        return False   # (first: most words are no time unit, and their children are not built)
    kids = list(t.children)
    return any(d.dep_ in ("det", "prep") and d.lower_ in determiners for d in kids) \
        and not any(d.lower_ in grammar().offset_words for d in kids)


def _generic(tok: "Token") -> bool:
    """Under 'tend to' / 'used to', with a habitual adverb on it or on a verb above it, or an event
    noun with a habitual adjective ("repeated calls", precision.yaml ``generic_adjectives``) (a
    relative clause, a conjunct or an "although" clause is its own statement: "often talked about
    leaving the country that was invaded in 2003" does not make the invasion habitual, nor does
    "has used the phrase often, and criticized Obama" the criticism)."""
    pl = lists()
    reporting = plover.factuality_cues().reporting_heads
    chain = [tok]
    node = tok
    for h in governors(tok):
        if lemma(h) in reporting or node.dep_ in ("relcl", "conj") or _own_statement(node):
            break
        chain.append(h)
        node = h
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in pl.generic_adjectives for c in tok.children):
        return True   # "Trump's repeated calls to ban Muslims"
    for node in chain:
        if any(c.dep_ == "advmod" and c.lower_ in pl.generic_adverbs for c in node.children):
            return True
        if any(_frequency(c, grammar().frequency_determiners) for c in node.children) \
                or any(_frequency(g, grammar().rate_determiners) for c in node.children
                       if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ in ("NOUN", "NUM") for g in c.children):
            return True   # "police arrest hundreds of people every year", "ninety people a day are killed"
        if node.i != tok.i and lemma(node) in pl.generic_heads and node.pos_ in ("VERB", "AUX") \
                and (lemma(node) != "use" or node.tag_ == "VBD") and child(node, "dobj") is None \
                and any(c.dep_ == "xcomp" for c in node.children):
            return True
    return False


def _descriptive_relative(tok: "Token") -> bool:
    """'Hispanics, who back the former secretary of state by 9 points', 'Americans who want ready
    access to firearms': a relative clause in the simple present (no auxiliary) says what its noun
    is or habitually does -- a state, no happening with a time (a past, perfect or progressive one
    may tell an act: "police, which arrested 63 rioters")."""
    return tok.dep_ == "relcl" and simple_present(tok) and tok.head.pos_ in ("NOUN", "PROPN")


def _present_time_clause(tok: "Token") -> bool:
    """'when Donald Trump debates Hillary Clinton', 'even after he steps down': a verb in the simple
    present (no auxiliary) heading an adverbial clause of time or condition (precision.yaml
    ``present_time_marks``, a subordinator or the wh-adverb "when") refers to a future or habitual
    act -- English uses the present there for both -- and tells no happening; one with a day or
    time of its own is scheduled and stays."""
    return tok.dep_ == "advcl" and simple_present(tok) \
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in lists().present_time_marks for c in tok.children) \
        and not any(t.ent_type_ in TIME_ENTS for t in tok.subtree)


def _capacity_infinitive(tok: "Token") -> bool:
    """'superdelegates free to support either candidate', 'was about to begin', 'appear determined to
    block his path': a to-infinitive complement of an adjective of freedom, imminence, resolve or
    likelihood (precision.yaml ``capacity_adjectives``) says what a party may, is about to or means
    to do, not what it did (a conjunct shares it)."""
    verb = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else tok
    head = verb.head
    return verb.dep_ == "xcomp" and to_infinitive(verb) and head.pos_ == "ADJ" \
        and head.lower_ in lists().capacity_adjectives


def _standing_support(trig: Trigger) -> bool:
    """'supported Medicare cuts for years', 'has long backed Israel': support held over time (a
    bare plural of duration after "for", precision.yaml ``duration_nouns``; ``standing_adverbs``)
    is a stance, no act of support on an occasion. Only SUPPORT: a sustained material act ("has
    been providing aid for years") is still coded."""
    tok, pl = trig.token, lists()
    if trig.info.type != "SUPPORT" or trig.how == "noun":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in pl.standing_adverbs for c in tok.children) \
        or any(p.dep_ == "prep" and p.lower_ == "for" and g.dep_ == "pobj" and g.lower_ in pl.duration_nouns
               and not any(d.dep_ in ("nummod", "det") for d in g.children)
               for p in tok.children for g in p.children)


def _stance_participle(trig: Trigger) -> bool:
    """'the main super PAC supporting her', 'those backing him': a present participle of support
    modifying a party names the party's standing (a supporter), no act of support at a time (PLOVER
    SUPPORT is an act: "endorse, praise, back"). A message does act ("a statement praising
    Netanyahu"), and force is another matter ("police firing at the crowd" is the firing)."""
    tok = trig.token
    return trig.info.type == "SUPPORT" and trig.how != "noun" and tok.dep_ == "acl" and tok.tag_ == "VBG" \
        and (tok.head.pos_ == "PRON" or event_actors.actor_like(tok.head)) and lemma(tok.head) not in lists().message_nouns


def _noun_noise(trig: Trigger, actor: "Token") -> str | None:
    tok = trig.token
    if actor.tag_ == "PRP$":
        return ANAPHORIC
    # plover/syntax_rules.yaml; a light verb's subject did the acts ("students staged demonstrations")
    if declarative.holds("bare_plural_noun", tok) and light_verb_subject(tok) is None:
        return "bare plural noun"
    return None


def _demand_of_statement(trig: Trigger) -> bool:
    """'insisting that no final decision had been made': a stated fact, not a demand; nor is a
    quality stated ("insists the GOP must be a party of ideas"), nor a future or a possibility
    asserted ("continuing to insist she will release the transcripts", "insisted that Cruz would
    be able to get things done": precision.yaml ``assertive_modals``; a demand's verb is bare or
    takes "should": "insisted that he resign", "insists they should leave")."""
    if trig.info.type != "REQUEST" or not _default_coded(trig):
        return False
    comp = child(trig.token, "ccomp")
    return comp is not None and (indicative(comp) or quality_clause(comp) or any(
        c.dep_ == "aux" and c.lower_ in lists().assertive_modals for c in comp.children))


def _concurrence(trig: Trigger) -> bool:
    """'He agreed that Trump may struggle to win support', 'agreed that the economy was weak': a
    verb of agreeing (precision.yaml ``concurring_verbs``) with a that-clause stating a fact or a
    possibility shares a view, no agreement to act (PLOVER AGREE: "agree to" an action, a
    settlement, a meeting); "agreed that the talks should resume" agrees on an act and stays.
    Likewise "large majorities of Americans agreed with Trump", "he agreed with Mr. Cruz": agreeing
    with a party and on nothing (no infinitive, clause, object or a preposition of the matter,
    grammar.yaml ``agreement_matter_prepositions``) is sharing the party's view; "agreed with his
    Iranian counterpart to exchange technology" stays. The verb's default code (SUPPORT, 050) with
    a that-clause of fact is the same shared view ("economists agree that movement toward them will
    be incremental"); agreeing with a party's view keeps its pattern (triggers.yaml, SUPPORT 051)."""
    tok = trig.token
    if trig.info.type not in ("AGREE", "SUPPORT") or lemma(tok) not in lists().concurring_verbs:
        return False
    kids = list(tok.children)
    if trig.info.type == "AGREE" and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids) \
            and not any(c.dep_ in ("xcomp", "ccomp", "dobj", "advcl") for c in kids) \
            and not any(c.dep_ == "prep" and c.lower_ in grammar().agreement_matter_prepositions for c in kids):
        return True
    comp = child(tok, "ccomp")
    return comp is not None and any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children) \
        and (indicative(comp) or _possibility(comp))


def _refused_exclusion(trig: Trigger) -> bool:
    """'declined to rule out any of the three candidates', 'refused to deny the report': refusing
    to exclude or deny (precision.yaml ``exclusion_verbs``) leaves a thing open, and refusing to
    speak ("declined to criticize Clinton", ``silence_verbs``) keeps silent, so nothing is
    rejected (PLOVER REJECT refuses a request or a proposal); nor does refusing to name ("refusing
    to call the attack a result of terrorism": a naming predicate). (Refusing to let a thing act,
    "refuse to let hate destroy me", was tried as resolve: a PLV_train even row refuses to allow a
    thing in, so it stays a refusal.)"""
    comp = child(trig.token, "xcomp")
    if trig.info.type != "REJECT" or comp is None:
        return False
    return lemma(comp) in lists().exclusion_verbs or lemma(comp) in lists().silence_verbs or bool(naming_predicate(comp))


def _intent_of_fact(trig: Trigger) -> bool:
    """'warned that the administration was relinquishing leverage': an intention word over a
    stated fact is no promise or threat of the speaker's (the embedded event stays, reported)."""
    if trig.how == "verb" and trig.info.type in ("AGREE", "THREATEN"):
        # a verb of assurance or warning coded by its default ("assured Jones that most of his
        # listeners supported his candidacy") over a stated fact likewise states it
        # (a promise in an infinitive stays one: "assured a delegation to shift the stones", and a
        # clause before the verb is no complement of it: a header line parsed into the sentence)
        kids = list(trig.token.children)
        return not any(c.dep_ == "xcomp" for c in kids) \
            and any(c.dep_ == "ccomp" and c.i > trig.token.i and indicative(c) for c in kids)
    emb = trig.embedded
    if trig.how != "embedded" or emb is None or emb.dep_ != "ccomp" or emb.head.i != trig.token.i:
        return False
    entry = plover.lexicon().embedding.get(lemma(trig.token)) or plover.lexicon().embedding.get(trig.token.lower_)
    return entry is not None and entry[0] == "intend" and indicative(emb)


def _warned_possibility(trig: Trigger) -> bool:
    """'intelligence agencies have warned that terrorists may sneak into ayodhya': a warning whose
    complement clause (after the verb) has a subject of its own (no pronoun, not the warner or a
    thing it owns) and a modal of possibility (precision.yaml ``possibility_modals``) foretells
    what another may do: a pessimistic comment (CAMEO 012), no threat; what the warned side would
    suffer ("could pay a heavy price", ``consequence_verbs``) stays a threat. A warning of a danger
    ("warned of the terror threat", of or about a ``danger_nouns`` noun) is no threat either."""
    pl = lists()
    tok = trig.token
    if trig.info.type != "THREATEN" or lemma(tok) not in pl.warning_verbs:
        return False
    if any(c.dep_ == "prep" and c.lower_ in pl.danger_topic_prepositions and any(
            g.dep_ == "pobj" and lemma(g) in pl.danger_nouns for g in c.children) for c in tok.children):
        return True   # "warned of the terror threat": a danger foretold (precision.yaml danger_nouns)
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if comp is None or lemma(comp) in pl.consequence_verbs:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in pl.possibility_modals for c in comp.children):
        return False
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    warner = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    # (a subject the warner owns is its own: "warned that its forces could strike")
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children) if subj is not None else False
    return subj is not None and subj.pos_ != "PRON" and not own and (warner is None or lemma(subj) != lemma(warner))


def _description_denied(trig: Trigger) -> bool:
    """'rejected the notion that he was part of the establishment', 'has rejected the label': a
    REJECT whose object is a description (precision.yaml ``characterisation_nouns``, or a
    ``claim_nouns`` noun with a that-clause stating a fact or a forecast) denies it; no request or
    proposal is refused."""
    if trig.info.type != "REJECT":
        return False
    pl = lists()
    obj = child(trig.token, "dobj")
    if obj is None:
        return False
    if lemma(obj) in pl.characterisation_nouns or obj.lower_ in pl.characterisation_nouns:
        return True
    return (lemma(obj) in pl.claim_nouns or obj.lower_ in pl.claim_nouns) and any(
        c.dep_ in ("acl", "ccomp") and (indicative(c) or _possibility(c) or _forecast_clause(c))
        and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        for c in obj.children)   # (not "the suggestion that the minister resign": a proposal)


def _possibility(clause: "Token") -> bool:
    """A that-clause with an epistemic modal ("dismissed suggestions that the party could split"):
    a possibility claimed, no act proposed (precision.yaml ``possibility_modals``)."""
    return any(c.dep_ == "aux" and c.lower_ in lists().possibility_modals for c in clause.children)


def _forecast_clause(clause: "Token") -> bool:
    """A that-clause with a modal of prediction ("rejected the idea that he would be a drag on the
    ticket"): a forecast claimed (precision.yaml ``prediction_modals``). Only for a claim noun's
    clause: "agreed that it would abide by the verdict" is a commitment, no forecast."""
    return any(c.dep_ == "aux" and c.lower_ in lists().prediction_modals for c in clause.children)


def _source_condition(trig: Trigger) -> bool:
    """'a White House official, who requested anonymity to discuss a private conversation': what a
    source asks of the reporter (precision.yaml ``source_conditions``) is the reporting's
    convention, no request between parties (whatever the infinitive after it)."""
    obj = child(trig.token, "dobj")
    return trig.info.type == "REQUEST" and obj is not None and lemma(obj) in lists().source_conditions


def _counsel_given(trig: Trigger) -> bool:
    """'would advise Trump on dealing with the threats', 'is now advising Clinton's campaign on
    foreign policy', 'Cordesman, who has also advised Sen. John McCain': a verb of counsel
    (precision.yaml ``counsel_verbs``) with no complement naming an act asked for (an infinitive or
    a that-clause: "advised Obama to withdraw") is counsel given, a role, no request (since the
    twenty-fourth round with or without a topic phrase)."""
    tok = trig.token
    if trig.info.type != "REQUEST" or lemma(tok) not in lists().counsel_verbs:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)


def noise(trig: Trigger, found: "Token", actor: "Token", sentence: dict[int, Trigger]) -> str | None:
    """Why the coded trigger ``trig`` is no event, or None when it is one. ``found``: the actor
    head as the parse gave it; ``actor``: after pronoun resolution; ``sentence``: every trigger
    of the sentence by token index."""
    tok = trig.token
    checks = (
        (lambda: trig.how == "noun" and _noun_noise(trig, found)),
        (lambda: _agentless_participle(tok) and event_actors.moved_force(trig) is None and "participle modifier"),
        (lambda: trig.how != "noun" and _nominal_participle(tok) and "a participle used as a noun"),
        (lambda: _passive_actor_elsewhere(tok, found) and "passive without agent"),
        (lambda: _non_agent(actor) and "actor cannot act"),
        (lambda: _generic_plural(actor) and "generic plural actor"),
        (lambda: _addressed(actor) and "actor addressed to the reader"),
        (lambda: _poll_support(trig, actor) and "support measured in a poll"),
        (lambda: _own_event_put_off(tok, actor) and "one's own event put off, no act toward a party"),
    )
    return next((why for check in checks if (why := check())), None) or trigger_noise(trig, sentence)


def trigger_noise(trig: Trigger, sentence: dict[int, Trigger]) -> str | None:
    """The reasons that do not depend on who acted (used for agentless events too)."""
    tok = trig.token
    checks = (
        (lambda: _non_event_verb(trig) and "cognition or copula verb"),
        (lambda: _motion_without_destination(trig) and "motion without destination"),
        (lambda: _attendance(trig) and "attendance, not a meeting"),
        (lambda: _showing(tok) and "a showing, not an act"),
        (lambda: _purpose(trig, sentence) and "purpose clause"),
        (lambda: _money_purpose(tok) and "what money is for, not an act"),
        (lambda: _dispersal_aim(tok, sentence) and "the aim of the force used, not another act"),
        (lambda: _navigation(tok) and "a link to another page, not this article's news"),
        (lambda: _likened(tok) and "a likeness, not the act ('virtual house arrest')"),
        (lambda: _aiming(tok) and "an aim, not an act (its infinitive is coded)"),
        (lambda: _demand_on_a_thing(trig) and "demand on a thing"),
        (lambda: _generic(tok) and "habitual or generic statement"),
        (lambda: _descriptive_relative(tok) and "a description in the present, no happening"),
        (lambda: _present_time_clause(tok) and "a time or condition clause in the present: a future or habitual act"),
        (lambda: _capacity_infinitive(tok) and "what a party may, is about to or means to do, no act"),
        (lambda: _stance_participle(trig) and "a supporter named, no act of support"),
        (lambda: _standing_support(trig) and "support held over time, no act of support"),
        (lambda: _demand_of_statement(trig) and "statement, not a demand"),
        (lambda: _intent_of_fact(trig) and "statement, not an intention"),
        (lambda: _concurrence(trig) and "a view shared, no agreement to act"),
        (lambda: _refused_exclusion(trig) and "a refusal to rule out, nothing rejected"),
        (lambda: _warned_possibility(trig) and "a warning of what another may do, no threat"),
        (lambda: _description_denied(trig) and "a description denied, no request refused"),
        (lambda: _counsel_given(trig) and "counsel given, no act asked for: no request"),
        (lambda: _source_condition(trig) and "a source's condition of anonymity, no request"),
        (lambda: _nominal_content(trig) and "content of a demand, threat or promise"),
        (lambda: _ended_act(trig) and "an act ended or withheld, not done"),
        (lambda: _electoral(trig) and "electoral competition"),
        (lambda: _naming(trig) and "naming, not a call"),
        (lambda: _call_of_no_party(trig) and "a call of no party, no telephone call"),
        (lambda: _aspectual(trig) and "aspectual or facilitating verb: the act is its complement"),
        (lambda: _continued_state(trig) and "a stance or a state continued, no new happening"),
        (lambda: _result_participle(tok) and "the result of the clause before it, no act of its own"),
        (lambda: _judged_infinitive(tok) and "a judgement of what should be done, no act"),
        (lambda: _divided(tok) and "a party divided, no attack"),
        (lambda: _thing_released(trig) and "release of no person"),
        (lambda: _thing_picked_up(trig) and "a thing picked up, no person arrested"),
        (lambda: _idiom(trig) and "an idiom, no act"),
        (lambda: _danger(trig) and "a danger named, no threat made"),
        (lambda: _press_declined(trig) and "the press's request for an interview or comment, no party's"),
        (lambda: _thing_promoted(trig) and "a thing promoted, no demand of a party"),
        (lambda: _reliance_on_no_party(trig) and "reliance on a thing or a class, no party asked"),
        (lambda: _thing_characterised(trig) and "a thing characterised, no act"),
        (lambda: _thing_welcomed(trig) and "a thing of no party welcomed, no support of a party"),
        (lambda: _permission_result(trig) and "a result made possible, no permission granted"),
        (lambda: _thing_purpose(trig) and "what a thing is for or able to do, no act"),
        (lambda: _topic_participle(trig) and "a participle of topic ('about'), no act"),
        (lambda: _class_by_support(trig) and "a class of people defined by their support, no act"),
        (lambda: _embedded_sense(trig, sentence) and "the act embedded is no event of its type"),
        (lambda: _dismissal(trig) and "dismissal, not shooting"),
        (lambda: _retort(trig) and "a retort: a verb of force introducing what was said, no force"),
        (lambda: _figurative_seizure(trig) and "seizure of no place or party"),
        (lambda: _evaluated_capacity(tok) and "a capacity judged, not an act"),
        (lambda: _wished(tok) and "an interest or wish, not an act"),
        (lambda: _statistic(tok) and "a statistic, not an act"),
        (lambda: _toll(trig) and "a toll over a span of time or a series, not one happening"),
        (lambda: _message_medium(trig, sentence) and "the medium of a message coded on its own"),
        (lambda: _question_put(tok) and "a question put to the subject"),
        (lambda: _question_asked(trig) and "a question, not a request"),
        (lambda: _appeal_of_no_ask(trig) and "appealing to someone, nothing asked"),
        (lambda: _talk_about(trig) and "talking about a topic, no party consulted"),
        (lambda: _own_stance_defended(trig) and "defending one's own stance, no party supported"),
        (lambda: _likelihood(tok) and "a thing likely to happen, no party's threat or promise"),
    )
    return next((why for check in checks if (why := check())), None)


def _own_stance_defended(trig: Trigger) -> bool:
    """'Trump defended his position', 'Obama defended the process': defending one's own stance or
    conduct (``own_stance_nouns``, or an object owned by a possessive pronoun) supports no party
    (PLOVER SUPPORT: support for another's policy, action or person: "Beijing defended Moscow's
    actions" stays)."""
    tok = trig.token
    if trig.info.type != "SUPPORT" or lemma(tok) not in lists().defence_verbs:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ not in lists().collective_possessives:
        return poss.lower_ in lists().own_stance_possessives or any(c.lower_ == "own" for c in obj.children)
    return lemma(obj) in lists().own_stance_nouns


def _evaluated_capacity(tok: "Token") -> bool:
    """'more successful at integrating immigrants', 'a better job at accepting refugees': a
    gerund after at/in/of under a word that judges a capacity (``evaluative_heads``)."""
    head = gerund_head(tok, ("at", "in", "of"))
    return head is not None and (lemma(head) in lists().evaluative_heads
                                 or any(c.dep_ == "amod" and lemma(c) in lists().evaluative_heads for c in head.children))


def _wished(tok: "Token") -> bool:
    """'was not interested in consulting seers', 'keen on meeting Putin': a gerund after in/on under
    a word of interest or eagerness (``interest_heads``) is wished for, not done (grammar: the
    gerund is the complement of an attitude)."""
    head = gerund_head(tok, ("in", "on", "about"))
    return head is not None and lemma(head) in lists().interest_heads


def _message_medium(trig: Trigger, sentence: dict[int, Trigger]) -> bool:
    """'sent a letter to the WHO threatening to pull funding': the sending (CONSULT) is the
    medium of the statement the sentence codes from the participle on the verb or the letter."""
    tok, pl = trig.token, lists()
    if trig.info.type == "CONSULT" and _phone_call(tok):   # "called Morrison to congratulate him"
        return any(t.token.head.i == tok.i and subjectless_infinitive(t.token, ("advcl", "xcomp"))
                   and t.info.type != "CONSULT"
                   and child(t.token, "ccomp") is None   # ("to assure him that ...": a statement, kept as said)
                   for t in sentence.values() if t.token.i != tok.i)
    letter = next((c for c in tok.children if c.dep_ == "dobj" and lemma(c) in pl.message_nouns), None)
    if trig.info.type != "CONSULT" or lemma(tok) not in pl.message_verbs or letter is None:
        return False
    return any(t.token.dep_ in ("advcl", "acl", "xcomp") and t.token.head.i in (tok.i, letter.i)
               and t.info.type != "CONSULT" for t in sentence.values() if t.token.i != tok.i)


def _phone_call(tok: "Token") -> bool:
    """'called Morrison', 'phoned the president', 'calls with senators': a verb of telephoning with
    a party as its object or with-phrase (``phone_verbs``; a party itself, not a thing of one:
    "called Clinton's squabble ..."; not "called for", "called on", "called X a liar")."""
    def other_sense(c: "Token") -> bool:   # "called for", "called out", "called on the governor" (not "on Wednesday")
        if c.dep_ not in ("prt", "prep"):
            return False
        if c.lower_ in grammar().on_prepositions:
            return any(g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS for g in c.children)
        return c.lower_ == "for" or c.lower_ in grammar().phrasal_particles
    def party(c: "Token") -> bool:   # the party itself, not a thing of one ("Clinton's squabble")
        return c.ent_type_ in PARTY_ENTS or c.pos_ in ("PROPN", "PRON") or lemma(c) in plover.agent_nouns() \
            or agent_sector(c.lower_) is not None or (event_actors.actor_like(c) and any(
                m.dep_ in ("compound", "amod", "nmod", "appos") and (m.ent_type_ in PARTY_ENTS or m.pos_ == "PROPN")
                for m in c.children))   # ("his Lebanese counterpart, Michel Aoun")

    def callee(c: "Token") -> bool:   # called, or a call with ("calls with senators")
        return (c.dep_ in ("dobj", "nsubjpass") and party(c)) or (
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and party(g) for g in c.children))
    return lemma(tok) in lists().phone_verbs and any(callee(c) for c in tok.children) \
        and not any(other_sense(c) for c in tok.children)   # (not "call a meeting")


def _call_of_no_party(trig: Trigger) -> bool:
    """'the SVP has called a referendum', 'he called Clinton's squabble unusual': the telephone
    sense of a verb of calling (CAMEO 041, the dictionary's default for "call") calls a party; with
    a thing as its object, or none, the verb has another sense (calling an election, naming)."""
    return trig.code == "041" and trig.how != "noun" and lemma(trig.token) in lists().phone_verbs \
        and not _phone_call(trig.token)


def _talk_about(trig: Trigger) -> bool:
    """'Merkel talks about a European consensus': a verb of talking (precision.yaml
    ``talking_verbs``) with what it is about and no party talked with or to is speech, no PLOVER
    CONSULT (consultations are with another party: "talked with Putin about Syria" stays). The
    parser may take the verb for a plural noun after a name ("Merkel talks about")."""
    tok = trig.token
    if trig.info.type != "CONSULT" or lemma(tok) not in lists().talking_verbs:
        return False
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    if tok.pos_ != "VERB" and not (tok.dep_ == "ROOT" and named):
        return False   # ("the talks about the border": the talks between parties)
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    return "about" in preps and preps.isdisjoint(lists().talk_partner_prepositions) and child(tok, "dobj") is None


def _question_put(tok: "Token") -> bool:
    """'When asked whom she supported, Warren declined': an elliptical passive "when/if asked"
    clause says a question was put to the subject (by the press); the subject asked nothing.
    With an agent ("when asked by the court to do so") the agent's request is coded."""
    return lemma(tok) == "ask" and tok.tag_ == "VBN" and tok.dep_ == "advcl" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children) \
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in lists().elliptical_marks for c in tok.children)


def _question_asked(trig: Trigger) -> bool:
    """'asked Carson about his relationship with a company', 'asked whether he would run', 'asked
    the crowd, "why should we trust her?"': "ask" in its interrogative sense puts a question; PLOVER
    REQUEST is asking for an act or a thing ("asked X to V", "asked for help" stay requests)."""
    tok = trig.token
    if trig.info.type != "REQUEST" or lemma(tok) not in lists().question_verbs:
        return False
    marks = plover.factuality_cues().question_marks
    if _question_quoted(tok, marks):
        return True   # ("... Mistake?" he asked: the parser may take the quoted word for a complement)
    kids = list(tok.children)
    if any(c.dep_ == "xcomp" and lemma(c) in lists().question_complements for c in kids):
        return True   # "asked Kasich to lay out his path": asked to speak, a question
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lower_ in lists().question_objects
                                                         for g in c.children) for c in kids):
        return True   # "asking for anonymity to speak freely", "asked for comment": the reporter's craft
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in kids):
        return True
    wh = grammar().question_words
    if any(c.dep_ in ("ccomp", "dobj") and any(d.lower_ in wh for d in c.subtree if d.i <= c.i) for c in kids):
        return True
    if any(c.dep_ == "advcl" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ in wh for m in c.children)
           for c in kids):
        return True   # "asked the students if they were serious": the parser reads "if" as a condition
    return any(t.text in marks for t in tok.sent if t.i > tok.i)


def _question_quoted(tok: "Token", marks: frozenset[str]) -> bool:
    """'"... Mistake?" he asked': the reporting verb after a quotation that closes on a question
    mark reports the question put (only closing quotes and the verb's subject between them; the
    parser may end a sentence at the quotation's close)."""
    subject = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    j = tok.i - 1
    while j >= 0 and (j in subject or tok.doc[j].tag_ in ("''", "``") or tok.doc[j].is_quote):
        j -= 1
    return j >= 0 and tok.doc[j].text in marks and j < tok.i - 1


def _appeal_of_no_ask(trig: Trigger) -> bool:
    """'he appeals to a demographic': "appeal to" with nothing asked (no infinitive, clause or
    for-phrase: triggers.yaml's @COMPLEMENT) is being attractive to someone; PLOVER REQUEST asks
    for an act or a thing ("appealed to the people to maintain peace", "appealed for calm")."""
    tok = trig.token
    if trig.info.type != "REQUEST" or tok.pos_ != "VERB" or lemma(tok) not in lists().appeal_verbs \
            or not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) or has_complement(tok):
        return False
    # (an infinitive the parser hangs lower still asks: "appealed to all the parties who are in
    # power to ensure ...")
    return not any(t.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
                   or (t.dep_ == "prep" and t.lower_ == "for") for t in tok.subtree if t.i > tok.i)


def _statistic(tok: "Token") -> bool:
    """'African Americans killed 81 percent of white homicide victims': an act whose object is a
    share of a class of people (a percentage of victims, voters ...) states a statistic over many
    acts, not one act ("hand over 40 percent of their arms" is one act on things); so does an
    object compared with another's total ("deported more people than any other president")."""
    heads = implicit().patient_heads
    for o in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        share = o.ent_type_ == "PERCENT" or o.lower_ in ("percent", "%")
        people = [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj" and (lemma(g) in heads or g.lower_ in heads)]
        if share and people:
            return True
        # "has deported more people than any other president": a total compared with another's
        # total counts many acts over time ("arrested more than 100 people", a quantity, is one act)
        compared = any(c.dep_ == "amod" and c.lower_ in lists().comparative_quantifiers for c in o.children) and any(
            p.dep_ == "prep" and p.lower_ == "than" and any(g.dep_ == "pobj" and g.pos_ != "NUM" for g in p.children)
            for p in o.children)
        if compared:
            return True
    return False


def _toll(trig: Trigger) -> bool:
    """'an estimated 700 people have been killed during these riots', '700 people had been killed
    till date', 'people had died in the recent riots': an attack told with no one acting (a passive
    without agent, or the victims as subject of an unaccusative verb), timed by a span up to now
    (precision.yaml ``toll_span_adverbs`` right after one of ``toll_span_openers``: "till date",
    "so far", in the verb's phrases whichever way the parser hung them) or by a phrase of a plural
    noun ("these riots", "the recent riots", "the last 50 years") determined by
    ``toll_span_modifiers``: a total over many acts, no one happening."""
    tok = trig.token
    if trig.info.type != "ASSAULT" or trig.how == "noun" or tok.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("agent", "nsubj") and not event_implicit.unaccusative(tok) for c in tok.children):
        return False
    words = lists()
    doc = tok.doc
    for c in tok.children:
        if any(g.lower_ in words.toll_span_adverbs and g.i > 0 and doc[g.i - 1].lower_ in words.toll_span_openers
               for g in (c, *c.children)):
            return True
        if c.dep_ != "prep":
            continue
        for g in (g for g in c.children if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")):
            if (lemma(g) in words.toll_span_nouns or event_implicit.cause_noun(g)) \
                    and any(m.dep_ in ("det", "amod") and m.lower_ in words.toll_span_modifiers for m in g.children):
                return True
    return False


def _poll_support(trig: Trigger, actor: "Token") -> bool:
    """'receiving more support from the youth', 'the older population backing him': SUPPORT
    whose giver is a poll or demographic group (``poll_groups``) is a measured opinion; so is a
    stance (``poll_types``: "65 percent of Republicans supported his call for a ban") whose
    subject is a share of a class: a survey's figure, no one party's act."""
    if trig.info.type.lower() in lists().poll_types and any(
            c.dep_ == "nsubj" and lemma(c) in lists().poll_groups
            and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in trig.token.children):
        return True
    if trig.info.type != "SUPPORT":
        return False
    groups = lists().poll_groups
    givers = [actor] + [g for c in trig.token.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"]
    return any(g is not None and lemma(g) in groups for g in givers)


def _doers(tok: "Token") -> list["Token"]:
    """The subject of the verb, or of the verb whose infinitive it is ("who have helped push"), a
    relative pronoun standing for its antecedent ("Hispanic voters - who have helped push ..."), or
    the agent of a passive ("rejected by an electorate")."""
    verb = tok.head if tok.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in tok.children) else tok
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [relative_antecedent(c) or c for c in verb.children if c.dep_ == "nsubj"] + agents


def _electoral(trig: Trigger) -> bool:
    """'captured Florida by 74,000 votes', 'holds a lead in the polls', 'appealing to swing
    voters': a competitive verb whose own clause names an election (precision.yaml
    ``electoral_verbs``, ``electoral_words``); PLOVER codes no electoral competition."""
    tok, pl = trig.token, lists()
    if trig.how == "noun":
        return False
    if _candidate_endorsed(tok) or _campaign_pledge(trig) or _campaign_money(trig) or _campaign_rally(trig):
        return True   # "they're endorsing Hillary Clinton", "vows to defend the ACA" in campaign news
    comp = trig.embedded if trig.embedded is not None else child(tok, "xcomp")
    if trig.info.type.lower() in pl.campaign_content_types and comp is not None \
            and lemma(comp) in pl.campaign_verbs:
        return True   # "promised to campaign across the country" (not "refused to vote for the bill")
    if lemma(tok) in pl.campaign_verbs and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in pl.advocacy_prepositions
                                                     and not any(g.ent_type_ in TIME_ENTS for g in c.children))
            for c in tok.children):
        return True   # "Clinton campaigned in Ohio": on the trail (not "campaigned for the release")
    if any(c.dep_ == "dobj" and lemma(c) in pl.campaign_verbs and not _campaign_cause(c) for c in tok.children):
        return True   # "Clinton began her campaign in Iowa": the run for office (not "a campaign to free them")
    if lemma(tok) in pl.courting_verbs and any(c.dep_ == "dobj" and (c.lower_ in pl.courted_nouns or lemma(c)
                                                                    in pl.courted_nouns) for c in tok.children):
        return True   # "is thanking supporters at a rally", "greeted voters": courting the electorate
    if lemma(tok) not in pl.electoral_verbs:
        # any verb whose own object names the contest ("battle it out for the nomination", "will
        # award 30 delegates"), in a sentence with no word of violence; not an act against the
        # election itself ("boycotted the elections": PROTEST, "annulled the election")
        if any(lemma(c) in pl.electorate_nouns for c in _doers(tok)):
            # "Hispanic voters helped push the state toward Democrats", "voters rejected Trump",
            # "rejected by an electorate": voters act by voting (not "angry voters attacked the
            # polling station": violence and protest are in scope)
            return trig.info.type.lower() not in pl.any_actor_types
        if trig.info.type.lower() in pl.election_contest_types:
            return False
        objs = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if trig.info.type.lower() in pl.campaign_types and any(_campaign_thing(o) for o in objs):
            return True   # "stepped up their campaign appearances in anticipation of the primary"
        if not any(_contest_word(o) for o in objs):
            return False
        return _no_violence(tok)
    words = _clause_words(tok)
    if tok.dep_ in ("xcomp", "advcl", "conj") and tok.head.i != tok.i:   # "upset Bush to win the primary"
        words |= _clause_words(tok.head)
    if not words.isdisjoint(pl.electoral_words):
        return True
    # "Ted Cruz has captured Texas and Oklahoma", "He captured the neighboring state of New
    # Hampshire": in an article about an election, a state or region won, in a sentence with no
    # word of violence, is a contest won (not "the rebels captured the town")
    places = [c for c in tok.children if c.dep_ == "dobj"]
    places = [g for c in places for g in (c, *c.conjuncts)]
    if lemma(tok) in pl.challenge_verbs and places and all(_officeholder(g) for g in places) \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) \
            and _election_article(tok) and _no_violence(tok):
        return True   # "Russ Feingold, who is challenging Sen. Ron Johnson in Wisconsin": running against him
    return bool(places) and all(g.ent_type_ in ("GPE", "LOC") or lemma(g) in pl.contest_places for g in places) \
        and _election_article(tok) \
        and _no_violence(tok)


def _officeholder(tok: "Token") -> bool:
    """A person named with the title of an elected office ("Sen. Ron Johnson", "DNC Chair Rep.
    Debbie Wasserman Schultz", "the incumbent": precision.yaml ``office_titles``)."""
    titles = lists().office_titles
    return tok.lower_ in titles or any(
        c.dep_ in ("compound", "amod", "appos") and (c.lower_ in titles or any(g.lower_ in titles for g in c.subtree))
        for c in tok.children)


def _no_violence(tok: "Token") -> bool:
    """The token's sentence holds no word of violence (precision.yaml ``verbal_attacks.violence_words``)."""
    return {w for t in tok.sent for w in (t.lower_, lemma(t))}.isdisjoint(lists().verbal_attacks.violence_words)


def _candidate_endorsed(tok: "Token") -> bool:
    """'endorsed Ted Cruz', 'are endorsing Hillary Clinton': a verb of endorsing whose object is a
    person, in an article about an election (at least ``election_article_words`` distinct
    ``electoral_words``), backs a candidate: campaign support, no PLOVER event. Endorsing a policy,
    a plan or a motion stays SUPPORT."""
    pl = lists()
    if lemma(tok) not in pl.endorsement_verbs:
        return False
    obj = child(tok, "dobj") or (child(tok, "nsubjpass") if any(c.dep_ == "auxpass" for c in tok.children) else None)
    if obj is None or obj.ent_type_ != "PERSON":
        return False
    return _election_article(tok)


def _election_article(tok: "Token") -> bool:
    """An article about an election: at least ``election_article_words`` distinct electoral words
    (counted once per document, on its lemma and form lists: no Token built)."""
    doc, pl = tok.doc, lists()
    found = doc.user_data.get(_ELECTION_WORDS)
    if found is None:
        words = pl.electoral_words
        found = doc.user_data[_ELECTION_WORDS] = len(
            {lem for lem, low in zip(token_scan.lemmas(doc), token_scan.lowers(doc)) if lem in words or low in words})
    return found >= pl.election_article_words


#: Doc.user_data key of the number of distinct electoral words in the document
_ELECTION_WORDS = "eventwire.event_noise.election_words"


def _campaign_pledge(trig: Trigger) -> bool:
    """'she vows to defend the Affordable Care Act', 'has pledged to ban all Muslims': a person's
    vow or pledge (``pledge_verbs``) whose promised act has no party to act on, in an article about
    an election, is a campaign promise to voters -- no PLOVER AGREE ("willingness ... to cooperate"
    with a party) or THREATEN. "vowed to bomb ISIS" names a party and stays."""
    tok, pl = trig.token, lists()
    if trig.how != "embedded" or trig.embedded is None or lemma(tok) not in pl.pledge_verbs:
        return False
    subj = child(tok, "nsubj") or (child(tok.head, "nsubj") if tok.dep_ in ("advcl", "conj", "xcomp") else None)
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in grammar().person_pronouns):
        return False
    act = trig.embedded

    def party(t: "Token") -> bool:   # (a law or a work named is no party: "the Affordable Care Act")
        return event_actors.actor_like(t) and t.ent_type_ not in THING_ENTS
    parties = [c for c in act.children if c.dep_ in ("dobj", "dative") and party(c)]
    parties += [g for c in act.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj" and party(g)]
    return not parties and _election_article(tok)


def _campaign_money(trig: Trigger) -> bool:
    """'Levine, who has given money to Marco Rubio': money given to a person in an article about an
    election is a campaign donation, no PLOVER AID (whose benefits accrue to a political actor's
    people or state; the manual puts fundraising in the elections context)."""
    tok = trig.token
    if trig.info.type != "AID" or trig.code not in lists().campaign_money_codes:
        return False
    funds = lists().campaign_funds

    def beneficiary(g: "Token") -> bool:   # a candidate, or a campaign's fund ("a super PAC")
        return g.ent_type_ == "PERSON" or lemma(g) in funds or g.lower_ in funds
    persons = [c for c in tok.children if c.dep_ == "dative" and beneficiary(c)]
    persons += [g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                for g in c.children if g.dep_ == "pobj" and beneficiary(g)]
    return bool(persons) and _election_article(tok)


def _campaign_rally(trig: Trigger) -> bool:
    """'Trump held a rally in Ohio', 'Warren joined Clinton onstage at a rally': a rally
    (``campaign_rally_nouns``) a person holds or appears at, with no
    cause named (``_campaign_cause``: "a rally against the war" stays), in an article about an
    election, is a campaign event: PLOVER PROTEST is "civilian demonstrations ... carried out as
    protests against the recipient", and the manual puts campaigns in the `elections` context."""
    tok, pl = trig.token, lists()
    if trig.info.type != "PROTEST":
        return False
    rally = next((o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)
                  if lemma(o) in pl.campaign_rally_nouns), None) or next(
        (g for g in tok.subtree if g.dep_ == "pobj" and g.head.lower_ in pl.rally_prepositions
         and lemma(g) in pl.campaign_rally_nouns and _own_phrase(g, tok)), None)
    # ("organizing fundraisers and rallies"; "joined Clinton onstage at a Cincinnati rally"; the
    # subject of a participle is its controller: "visited Missouri, holding a rally")
    if rally is None:
        return False
    subj = child(tok, "nsubj") or event_actors.actor_token(trig)
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in grammar().person_pronouns):
        return False
    return not _campaign_cause(rally) and _election_article(tok)


def _own_phrase(tok: "Token", verb: "Token") -> bool:
    """``tok`` hangs on ``verb`` through nouns and prepositions only (no other verb or clause
    between: "joined Clinton onstage for the first time at a rally")."""
    node = tok.head
    while node.i != verb.i:
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            return False
        node = node.head
    return True


def _campaign_cause(noun: "Token") -> bool:
    """A campaign noun with its cause named: a complement ("a campaign to free the prisoners"), an
    advocacy phrase ("against the dam", "for the release"), or a modifier other than a party, an
    office or a possessive ("a bombing campaign", "an anti-corruption campaign"; not "her
    presidential campaign", "the Trump campaign")."""
    pl = lists()
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in pl.advocacy_prepositions:
            return True
        if c.dep_ in ("compound", "amod") and not c.ent_type_ and lemma(c) not in pl.campaign_offices:
            return True
    return False


def _campaign_thing(obj: "Token") -> bool:
    """An object named by the campaign it belongs to ("campaign appearances", "election ads") or
    about the contest ("in anticipation of the June 7 primary": one of-phrase deep)."""
    pl = lists()
    if obj.ent_type_ or lemma(obj) in plover.agent_nouns():
        return False   # "supported the election commission", "met campaign officials": parties
    if any(c.dep_ in ("compound", "amod") and lemma(c) in pl.campaign_modifiers for c in obj.children):
        return True
    return any(_contest_word(g) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def _contest_word(tok: "Token") -> bool:
    """A word of a party's nomination contest (``electoral_objects``), not a body or an appointment
    named with it: "the Senate Democratic Caucus" (a legislative modifier or an organisation's
    name), "the nomination of Merrick Garland" (an office given by appointment)."""
    pl = lists()
    if not (lemma(tok) in pl.electoral_objects or tok.lower_ in pl.electoral_objects):
        return False
    if tok.ent_type_ == "ORG" or any(c.dep_ in ("compound", "amod") and c.lower_ in pl.legislative_modifiers
                                     for c in tok.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _clause_words(tok: "Token") -> set[str]:
    out: set[str] = set()
    for c in tok.children:
        if not (c.dep_ in ("prep", "advmod") and c.lower_ in grammar().time_prepositions):
            out |= {w for t in c.subtree for w in (t.lower_, lemma(t))}
    return out


def _divided(tok: "Token") -> bool:
    """'the NDA partners are torn': a passive participle of tearing (``divided_participles``) with
    no agent, said of a party in a sentence with no word of violence, says the party is divided;
    no one used force on it (PLOVER ASSAULT). A thing torn ("his shirt was torn") stays."""
    pl = lists()
    if lemma(tok) not in pl.divided_participles or tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
        return False
    subj = tok.head if tok.dep_ == "acl" else child(tok, "nsubjpass", "nsubj")   # ("a party torn over ...")
    if subj is None or not event_actors.actor_like(subj) \
            or any(c.dep_ == "prep" and c.lower_ in grammar().result_prepositions for c in tok.children):
        return False   # ("his shirt was torn into tatters", "torn to pieces": a thing torn)
    return _no_violence(tok)


def _embedded_sense(trig: Trigger, sentence: dict[int, Trigger]) -> bool:
    """'A judge ordered the department to release all of the emails': an order coded as the act it
    embeds (same type) is that act; when the act is no event of its type by its own words (a
    release of things, a dismissal, a seizure of no place or party), neither is the order of it.
    An embedding of a type of its own stays ("urged him to release the tapes": REQUEST)."""
    inner = sentence.get(trig.embedded.i) if trig.how == "embedded" and trig.embedded is not None else None
    return inner is not None and inner.info.type == trig.info.type \
        and (_thing_released(inner) or _dismissal(inner) or _figurative_seizure(inner))


def _thing_released(trig: Trigger) -> bool:
    """'released a propaganda video', 'ordered the release of the emails': PLOVER RETREAT's
    release mode is the release of captives; a release of things or of nobody named is none. Nor
    is a promise or a cooperation read from one ("will release transcripts of the interviews",
    "under a court order to release the documents": a disclosure); a refusal to release what was
    asked for stays a refusal ("declined to release any tax returns")."""
    if trig.info.type not in ("RETREAT", "CONCEDE", "AGREE", "COOPERATE") \
            or (trig.info.mode != "release" and lemma(trig.token) not in lists().release_words):
        return False
    tok = trig.token
    rel = tok if lemma(tok) in lists().release_words else next(
        (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and lemma(c) == "release"), None)
    if rel is None:
        return False
    if rel.pos_ == "NOUN":
        of = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        patient = child(of, "pobj") if of is not None else None
    else:
        patient = child(rel, "dobj", "nsubjpass")
        if patient is None and rel.dep_ == "acl" and rel.tag_ == "VBN":
            patient = rel.head   # "the poll, released on Wednesday night": the participle's noun
    return patient is not None and not event_implicit.patient_ok(patient, _party(patient))


def _figurative_seizure(trig: Trigger) -> bool:
    """'She occupies one of the key positions', 'captured the imagination': a verb of taking
    territory (precision.yaml ``seizure_verbs``) whose object is no place, installation or party
    (``place_nouns``, ``seizable_things``); and a verb of seizing right before one of its
    ``seizure_particles`` ("seized on new revelations", "seizing upon a report": a subject taken
    up), unless a day follows ("seized on Monday 20 kg of heroin")."""
    tok, pl = trig.token, lists()
    if trig.how == "noun" or trig.info.type not in ("ASSAULT", "COERCE"):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.lower_ in pl.seizure_particles.get(lemma(tok), ()):
        day = child(after, "pobj")
        return day is None or day.ent_type_ not in TIME_ENTS
    if lemma(tok) not in pl.seizure_verbs:
        return False
    obj = child(tok, "dobj", "nsubjpass")
    if obj is None:
        return False
    if obj.lower_ in grammar().partitive_heads or obj.pos_ == "NUM":   # "one of the key positions"
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = (child(of, "pobj") if of is not None else None) or obj
    if obj.ent_type_ in PARTY_ENTS | {"LOC", "FAC"} or obj.pos_ in ("PROPN", "PRON", "NUM") \
            or agent_sector(lemma(obj)) is not None or event_implicit.patient_ok(obj, False):
        return False   # a party or people ("captured 30 rebels")
    if any(c.dep_ in ("compound", "amod", "poss", "nmod") and (_party(c) or c.lower_ in pl.hostile_modifiers)
           for c in obj.children):
        return False   # "enemy positions", "Taliban positions"
    named = [c for c in obj.children if c.dep_ == "compound"] + [
        g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    places = pl.place_nouns | pl.seizable_things
    return lemma(obj) not in places and obj.lower_ not in places \
        and not any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in named)   # ("the town of Kunduz")


def _dismissal(trig: Trigger) -> bool:
    """'Trump fired Comey', 'Lewandowski was fired', "Podliska's firing": "fire" whose object (or
    passive subject, with no "at"/"on"/"upon") is a person dismisses, as does the noun of dismissal
    (``dismissal_nouns``) with a person as possessor or of-object; shots are fired at or on people,
    or rounds fired."""
    tok = trig.token
    if trig.info.type == "ASSAULT" and trig.how == "noun" and tok.lower_ in lists().dismissal_nouns:
        # "Podliska's firing", "the firing of Comey": the noun's person is the one dismissed
        return any((c.dep_ == "poss" and _person_name(c))
                   or (c.dep_ == "prep" and c.lower_ == "of"
                       and any(_person_name(g) for g in c.children if g.dep_ == "pobj"))
                   for c in tok.children)
    if trig.info.type != "ASSAULT" or trig.how == "noun" or lemma(tok) != "fire":
        return False
    if any(c.dep_ == "prep" and c.lower_ in grammar().target_prepositions
           and any(g.ent_type_ not in TIME_ENTS for g in c.children if g.dep_ == "pobj") for c in tok.children):
        return False   # (not "fired the director on Tuesday")
    obj = child(tok, "dobj", "nsubjpass")
    return obj is not None and lemma(obj) not in implicit().instrument_nouns \
        and (obj.ent_type_ == "PERSON" or obj.pos_ in ("PROPN", "PRON") or _party(obj))


def _class_by_support(trig: Trigger) -> bool:
    """'activists and voters who backed Sanders', 'people who backed Senator Cruz': a relative clause
    of support on a plural noun of people (``class_heads``) says which people are meant, by their
    preference; it tells no act of support (a named party's backing stays: "Christie, who backed
    Trump")."""
    tok = trig.token
    head = tok.head
    return trig.info.type == "SUPPORT" and tok.dep_ == "relcl" and head.tag_ == "NNS" and not head.ent_type_ \
        and lemma(head) in lists().class_heads


def _thing_characterised(trig: Trigger) -> bool:
    """'The Clinton campaign has described the probe as a security review': a verb of
    characterising (``describing_verbs``) with a thing as its object and an as-phrase says what the
    thing is; no act toward a party (a party characterised, "described Trump as a racist", stays)."""
    tok = trig.token
    if trig.how == "noun" or lemma(tok) not in lists().describing_verbs:
        return False
    obj = child(tok, "dobj")
    return obj is not None and not _party(obj) and obj.pos_ != "PRON" \
        and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in tok.children)


def _thing_welcomed(trig: Trigger) -> bool:
    """'I welcome a debate in Congress about wages', 'local officials said they welcome the national
    attention', 'Lazar said he welcomed extradition': a verb of welcoming (precision.yaml
    ``welcoming_verbs``) whose object is a thing no party owns states an attitude to the thing; PLOVER
    SUPPORT is support of a party or of a party's policy or act ("welcomed Aliyev's decision", "the
    decision by the World Economic Forum", "the Iran deal": the owner, agent or party modifier
    stays, and so does an act or accord, ``welcomed_acts``: "welcomed the agreement", or news whose
    clause names a party: "welcomed the news that Kasich would quit")."""
    tok = trig.token
    if trig.how == "noun" or trig.info.type != "SUPPORT" or lemma(tok) not in lists().welcoming_verbs:
        return False
    obj = child(tok, "dobj")
    if obj is None or _party(obj) or lemma(obj) in lists().welcomed_acts or event_actors.owner_of_thing(obj) is not obj:
        return False
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and _party(c) for c in obj.children):
        return False
    # "welcomed the news that Kasich would quit": the content clause names a party's act
    return not any(c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ in ("nsubj", "nsubjpass") and _party(g)
                                                                for g in c.children) for c in obj.children)


def _permission_result(trig: Trigger) -> bool:
    """'..., allowing the group to continue its attacks', 'a rule change allowing them to vote': a
    verb of permission (``permission_verbs``) as a participle with no subject of its own, in a
    result clause after its head verb or modifying a noun, tells what the situation or the thing
    made possible; no party grants it (grammar: the participle's understood subject)."""
    tok = trig.token
    if trig.how == "noun" or tok.tag_ != "VBG" or lemma(tok) not in lists().permission_verbs \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return (tok.dep_ == "advcl" and tok.i > tok.head.i) or (tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"))


def _thing_purpose(trig: Trigger) -> bool:
    """'campaign reform to prevent super PACs from buying elections', 'a tool to aid the
    president's re-election', 'the fortitude to return our nation's jobs': a to-infinitive with
    no subject of its own modifying a noun that is no party says what the thing is for or makes
    possible; no one does the act (grammar: an infinitival relative or purpose modifier of the
    noun). Not under a noun of intention, decision or proposal ("a plan to deport", "the decision
    to allow", "a bill to ban", "passed measures to step up sanctions": factuality.yaml
    planned_heads, planned_nouns and precision.yaml intention_nouns), whose act is planned,
    decided or enacted, nor under a party ("the first party to condemn the attack")."""
    tok = trig.token
    if trig.how == "noun" or tok.pos_ != "VERB" or tok.dep_ not in ("acl", "relcl") \
            or not any(c.dep_ == "aux" and c.lower_ in lists().purpose_marks for c in tok.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    head = tok.head
    cues = plover.factuality_cues()
    return head.pos_ == "NOUN" and head.i < tok.i and not _party(head) \
        and lemma(head) not in cues.planned_nouns and lemma(head) not in cues.planned_heads \
        and lemma(head) not in lists().intention_nouns


def _topic_participle(trig: Trigger) -> bool:
    """'the growing concerns surrounding the Republican ticket': a participle of topic
    (``topic_participles``) modifying a noun that is no party means "about"; "a mob surrounding
    the police station" (a party) stays."""
    tok = trig.token
    return trig.how != "noun" and tok.tag_ == "VBG" and tok.dep_ == "acl" and lemma(tok) in lists().topic_participles \
        and not _party(tok.head)


def _idiom(trig: Trigger) -> bool:
    """'caught up in a contradiction', 'fired up the crowd': a verb with the particles of one of
    its idioms (precision.yaml ``idiom_phrasals``, next to the verb) names no act of its type."""
    tok = trig.token
    idioms = [p.split() for p in lists().idiom_phrasals.get(lemma(tok), ())] if trig.how != "noun" else []
    return any([t.lower_ for t in tok.doc[tok.i + 1:tok.i + 1 + len(words)]] == words for words in idioms)


def _reliance_on_no_party(trig: Trigger) -> bool:
    """'is counting on the fervor of his supporters', 'counting on winning': a verb of relying
    (precision.yaml ``reliance_verbs``) on what is no named party, body or agent noun (a thing, an
    act) asks no one; "I count on the Security Council" stays a request."""
    tok = trig.token
    if trig.info.type != "REQUEST" or trig.how == "noun" or lemma(tok) not in lists().reliance_verbs:
        return False
    on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in lists().reliance_prepositions), None)
    if on is None:
        return False
    obj = child(on, "pobj", "pcomp")
    return obj is None or obj.dep_ == "pcomp" or not _named_party(obj)


def _thing_promoted(trig: Trigger) -> bool:
    """'traveled the globe pushing Obama's foreign policies', 'the strategy she pushed': a verb of
    pressing (precision.yaml ``promotion_verbs``) coded by its default with a thing as its object
    (a direct object, or the relative pronoun of a thing) promotes it, no demand of a party."""
    tok = trig.token
    if not _default_coded(trig) or lemma(tok) not in lists().promotion_verbs:
        return False
    obj = child(tok, "dobj")
    if (obj is None or obj.tag_ in ("WDT", "WP")) and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
        obj = tok.head   # "the strategy she pushed in Libya"
    # (the thing itself, whoever owns it: "Obama's foreign policies")
    return obj is not None and not _named_party(obj) and obj.pos_ != "NUM" and not event_implicit.patient_ok(obj, False)


def _named_party(tok: "Token") -> bool:
    """A party by its own head: a named party, a proper noun, a pronoun or an agent noun (not a
    thing owned by one: "Obama's foreign policies", "the fervor of his supporters")."""
    return tok.ent_type_ in PARTY_ENTS or tok.pos_ in ("PROPN", "PRON") or event_actors.agent_noun(tok)


def _press_declined(trig: Trigger) -> bool:
    """'declined multiple requests for an interview for this article', 'declined an interview',
    'had accepted interviews with ABC News': refusing or accepting what a reporter asks of a source
    (precision.yaml ``press_requests``, or a request for one) is reporting practice, no refusal of
    a party's request (PLOVER REJECT) and no agreement between parties (AGREE)."""
    if trig.info.type not in ("REJECT", "AGREE") or trig.how == "noun":
        return False
    press = lists().press_requests
    obj = child(trig.token, "dobj")
    if obj is None:
        return False
    if (lemma(obj) in press or obj.lower_ in press) and not any(c.dep_ == "poss" for c in obj.children):
        return True   # (not a party's own: "rejects Trump's comments")
    # ("requests for an interview": the preposition of what is asked for, grammar.yaml asked_for_prepositions)
    return any(c.dep_ == "prep" and c.lower_ in grammar().asked_for_prepositions and any(
        g.dep_ == "pobj" and (lemma(g) in press or g.lower_ in press) for g in c.children) for c in obj.children)


def _danger(trig: Trigger) -> bool:
    """'an existential threat to Israel from Iran', 'the Islamist terror threat', 'poses a threat
    to democracy': a threat noun (precision.yaml ``danger_nouns``) with a modifier of a kind of
    danger (``danger_modifiers``) or as the object of a verb of being a danger (``danger_verbs``)
    names a danger, not a party's threat of its own act (PLOVER THREATEN); not with a possessor, a
    by-agent or the act threatened (an infinitive or a clause: "Iran's threat to close the
    strait"). A threat "from" a party may be either ("the latest threat from the paramhans" is
    his threat to end his life) and stays."""
    tok, words = trig.token, lists()
    if trig.how != "noun" or lemma(tok) not in words.danger_nouns:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") or c.dep_ in ("acl", "relcl")
           for c in tok.children):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words.danger_modifiers for c in tok.children) \
        or (tok.dep_ in ("dobj", "attr") and lemma(tok.head) in words.danger_verbs)


def _person_name(tok: "Token") -> bool:
    """A person's name: tagged so, or a proper noun of no organisation, group or known place (the
    small model tags unfamiliar surnames as places: "Podliska's firing")."""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("ORG", "NORP")
                                         and not gazetteer.lookup(tok.text))


def _retort(trig: Trigger) -> bool:
    """'Trump shot back that the journalist had not been called on', 'fired back that the charge was
    false': a verb of force (PLOVER ASSAULT) as the phrasal verb of answering ("shoot / fire / hit /
    strike back") with a clause of its own as complement, or one whose clause is quoted before it
    ('"France will always be France," an angry Hollande retaliated'), tells what was said -- force
    takes a target, not a proposition (grammar: a finite clausal complement is the content of a
    verb of saying)."""
    tok = trig.token
    if trig.info.type != "ASSAULT" or trig.how == "noun":
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    doc = tok.doc
    if any(c.i < tok.i and any(t.is_quote for t in doc[c.right_edge.i:tok.i])
           for c in clauses):
        return True   # a quotation before its verb: '"France will always be France," Hollande retaliated'
    # after the verb only the phrasal verb of answering ("shoot / fire / hit back that"): a result
    # clause is no complement ("hit him so hard that he fell")
    return bool(clauses) and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)


def _thing_picked_up(trig: Trigger) -> bool:
    """'started picking up problems with the valuation', 'rounded up support': a phrasal verb of
    arrest (PLOVER COERCE mode arrest; triggers.yaml verb_codes: "pick up", "round up", "lock up")
    with a thing as its object has its everyday sense; PLOVER COERCE's arrest is of people."""
    tok = trig.token
    if trig.info.mode != "arrest" or trig.how == "noun" or not any(c.dep_ == "prt" for c in tok.children):
        return False
    obj = child(tok, "dobj")
    return obj is not None and not event_implicit.patient_ok(obj, _party(obj))


def _party(tok: "Token") -> bool:
    """A named party, a person or agent noun, a pronoun or a number of them ("11 of Iran's
    prisoners"), not a thing ("the emails", "a video")."""
    return tok.ent_type_ in PARTY_ENTS or tok.pos_ in ("PROPN", "PRON", "NUM") or event_actors.actor_like(tok)


def _naming(trig: Trigger) -> bool:
    """'calls Clinton unqualified', 'calls Cruz a con man': a verb of calling with a predicate
    (an object complement, a second object, or a verbless small clause) names, it calls nobody."""
    # whatever it was coded ("calling him a talented guy"), unless the predicate judges the one
    # named (criticism or praise, coded by the @PEJORATIVE / @LAUDATORY patterns); "what he
    # calls a 'corrupt' process" (a free relative) only quotes a name, it addresses no one
    tok = trig.token
    if trig.info.type == "MOBILIZE":
        return False   # "called para-military forces": forces called in (the parse splits the name)
    quoting = any(c.tag_ in ("WP", "WDT") and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children)
    return bool(naming_predicate(tok)) and (quoting or judgement(tok) is None)


def _judged_infinitive(tok: "Token") -> bool:
    """'it is important for citizens to criticise the police', 'it was unfair on the speaker's part
    to allow interruptions', 'it was the responsibility of parliament to find a solution': a
    to-infinitive under an extraposed adjective or noun of obligation ("it is ADJ ... to V", "it is
    the duty of X to V") states a norm or a judgement of an act, not the act (a conjunct shares it)."""
    verb = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else tok
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    node = verb   # up through the adjective or "on X's part" to the copula
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "csubj", "acl", "pobj", "prep", "acomp") or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() == "be":
            return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in node.children) \
                and any(c.dep_ in ("acomp", "attr") and (c.lower_ in grammar().evaluative_adjectives
                                                         or lemma(c) in grammar().obligation_nouns)
                        for c in node.children)
    return False


def _aspectual(trig: Trigger) -> bool:
    """'have continued to block his efforts', 'kept fighting': a verb of aspect (precision.yaml
    ``aspectual_verbs``) with a verbal complement says how long or when the complement's act goes
    on; the complement is the act (coded on its own), the aspect verb is none. So is a verb of
    occupation (``occupied_verbs``) with a gerund after "in" ("were engaged in ensuring ...") and
    "help" with a verbal complement (``facilitating_verbs``: "helped Bush carry the state")."""
    tok = trig.token
    if trig.how == "noun":
        return False
    if lemma(tok) in lists().occupied_verbs:   # "were engaged in arresting the rioters": the arresting
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
                   for c in tok.children)
    if lemma(tok) in lists().facilitating_verbs:   # "helped Bush carry the state": a party helped to act
        helped = any(c.dep_ == "dobj" for c in tok.children)
        return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and (helped or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) for c in tok.children)
    return lemma(tok) in lists().aspectual_verbs \
        and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children)


def _continued_state(trig: Trigger) -> bool:
    """'Ethiopia continues to occupy the border village', 'has continued to block his efforts': the
    complement of a verb of continuing (precision.yaml ``continuative_verbs``) tells an act already
    going on; kept up in the present, the perfect or an infinitive it is a state up to now or a
    course wanted, no one happening. Kept: an act in the simple past, the narrative's next
    happening ("mobs continued to attack shops on Tuesday", "protesters continued to call for more
    information from the city police")."""
    tok = trig.token
    head = tok.head
    if trig.how == "noun" or tok.dep_ != "xcomp" or head.i == tok.i or lemma(head) not in lists().continuative_verbs:
        return False
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in head.children)
    return head.tag_ in ("VBZ", "VBP", "VB", "VBG") or perfect


def _result_participle(tok: "Token") -> bool:
    """'Donald Trump won the Indiana Republican primary, forcing fellow candidates out of the race':
    a verb of making someone act (precision.yaml ``result_causatives``) as a present participle
    after the verb it hangs on, with no subject or conjunction of its own, is the result of that
    verb's act (a trailing participle of result), not an act of coercion."""
    head = tok.head
    return lemma(tok) in lists().result_causatives and tok.tag_ == "VBG" and tok.dep_ == "advcl" \
        and head.pos_ in ("VERB", "AUX") and head.i < tok.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def _nominal_content(trig: Trigger) -> bool:
    """'demanding his arrest', 'called for a ban on X and the arrest of Y': an event noun inside
    the object of a demand, threat or promise word (its direct object, or a "for" phrase) is what
    is asked or threatened (the governing word is the event), not an act."""
    if trig.how != "noun":
        return False
    node = trig.token
    for _ in range(6):
        if node.dep_ not in ("conj", "pobj", "prep", "dobj") or node.head.i == node.i:
            return False
        link = node
        node = node.head
        if node.pos_ == "VERB":
            if link.dep_ == "prep" and link.lower_ != "for":
                return False
            emb = plover.lexicon().embedding
            return lemma(node) in emb or node.lower_ in emb
    return False


def _ended_act(trig: Trigger) -> bool:
    """'US aid to Egypt was suspended', 'halted the offensive', 'cut funding': an event noun that
    is the object of a verb of ending or withholding (``ending_verbs``) is what stops; the verb's
    own event (SANCTION, RETREAT ...) reports the happening."""
    tok = trig.token
    return trig.how == "noun" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" \
        and lemma(tok.head) in lists().ending_verbs


def instrument_duplicates(trigs: list[Trigger]) -> dict[int, int]:
    """Token indices of noun triggers that are the instrument or the subject of a verb trigger of
    the same type in the same sentence ("killed in a U.S. drone strike", "a U.S. drone strike
    killed three"): the verb's event covers them."""
    verbs = {t.token.i: t for t in trigs if t.how != "noun"}
    out: dict[int, int] = {}
    for t in trigs:
        tok = t.token
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj":
            tok = tok.head   # "killed in police [firing]": the participle's noun is the pobj
        elif t.how != "noun":
            continue
        prep = tok.head
        if tok.dep_ == "nsubj" and t.how == "noun":   # "a U.S. drone strike killed three": the cause
            verb = verbs.get(tok.head.i)
            if verb is not None and verb.info.type == t.info.type:
                out[t.token.i] = verb.token.i
        elif tok.dep_ == "pobj" and prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by", "during", "with"):
            verb = verbs.get(prep.head.i)
            if verb is not None and verb.token.i != t.token.i and verb.info.type == t.info.type:
                out[t.token.i] = verb.token.i   # noun trigger -> the verb whose event covers it
    return out


def _likelihood(tok: "Token") -> bool:
    """'the ayodhya drama threatened to spill over', 'the strike threatens to cripple the port': a
    verb of threat or promise (precision.yaml ``likelihood_verbs``) with an infinitive and a subject
    naming a situation (``situation_nouns``) says what is likely to happen (the verb's epistemic
    sense); a threat or promise is made by a party (PLOVER THREATEN, AGREE), and a party named
    with the situation ("Hamas's campaign") keeps it."""
    if lemma(tok) not in lists().likelihood_verbs or child(tok, "xcomp") is None:
        return False
    subj = child(tok, "nsubj")
    return subj is not None and subj.pos_ == "NOUN" and lemma(subj) in lists().situation_nouns \
        and not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in PARTY_ENTS for c in subj.children)
