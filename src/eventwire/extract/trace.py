"""Trace of event coding: the names of the rules that made and kept each event, and the
candidates that were dropped, with the rule that dropped each (``eventwire extract --explain``).
An event's calibrated ``confidence`` (``confidence.estimate``) is computed here, from its rules.

Rule names are ``stage:name``:

- ``trigger:``  how the trigger was coded: ``trigger:pattern:plover/triggers.yaml:12`` (a project
  pattern, file:line), ``trigger:pattern:cameo_verbs.json:ATTACK/3`` (a PETRARCH2 dictionary
  pattern), ``trigger:verb:strike`` (the verb's default code), ``trigger:noun:airstrike``,
  ``trigger:series:campaign`` (a noun of a series named by its event modifier: "a bombing
  campaign"), ``trigger:model``, then any recoding rule (``trigger:embedding:intend``, ``trigger:conditional``,
  ``trigger:obligation``, ``trigger:clause_default``, ``trigger:refusal``, ``trigger:future_intent``,
  ``trigger:purpose``, ``trigger:verbal_attack`` (an attack in words: criticism),
  ``trigger:armed_attack`` (an attack coded as criticism done by armed hands: force));
- ``actor:`` / ``recipient:``  the syntactic relation the participant was read from
  (``actor:subject``, ``actor:passive_agent``, ``actor:controlling_subject``, ``actor:noun_modifier``,
  ``actor:instrument``, ``actor:owner``, ``actor:missed_subject`` (a subject the parser hung
  elsewhere, ``syntax.missed_subject``), ``actor:charged_object`` ("accused Israel of killing"),
  ``actor:gerund_possessor`` ("the United States' backing independence"),
  ``actor:implied`` (the act's conventional agent), ``actor:context`` (an agentless act's actor
  read from the sentence around it: the party said to report it, the actor of a when-clause of
  violence, the owner of the violence named as its cause), ``actor:none`` (an agentless act kept
  without an actor); ``recipient:object``, ``recipient:prep:to``,
  ``recipient:passive_subject``, ``recipient:confronted`` (the crowd of a when-clause force was
  used against) ..., ``recipient:none:place_of_act``: the place found after "in"/"at" is where the
  act was done, not its recipient, ``event_actors.place_of_act``; ``recipient:none:unresolved_pronoun``:
  the subject pronoun of another clause found stands for no one the article names,
  ``events._unresolved_subject``; ``recipient:none:charged_happening``: the place or victim of the
  happening a charge is about, ``event_actors.charged_happening``; ``recipient:none:thing_asked_for``:
  the object of a request's "for", the thing wanted, ``events._asked_for``; ``recipient:none:thing``: a
  noun of a thing that cannot act, owned by no party, ``event_actors.thing_recipient``;
  ``recipient:antecedent``: the recipient put forward what the act takes up ("Clinton proposed a
  debate ... Sanders rejected the idea", ``events._proposer``);
  ``recipient:resolved:pronoun`` / ``recipient:resolved:relative``: the recipient was read from a
  pronoun standing for a party named before, "police dispersed them"), and how it was resolved
  (``actor:resolved:pronoun``, ``actor:resolved:relative``, ``actor:resolved:quantity_head``, ``actor:resolved:dateline``,
  ``actor:resolved:quote_speaker``: a first-person pronoun inside a quotation stands for its speaker);
  ``actor:moved_force``: the forces an agentless passive or participle of a MOBILIZE verb moves
  ("police were put on alert", "troops deployed around the site"), ``event_actors.moved_force``;
- ``code:``  where the actor's country/sector came from (``code:dictionary``, ``code:entity``;
  ``code:ROLE:possessor``: the possessor's country, "Clinton's campaign";
  ``code:ROLE:place_country``: the side's country is the event's place's or the article's, a
  local group, a common noun of agents ("all candidates", ``events._story_agent``) or a named
  person with no country of their own);
- ``keep:``  the checks the event passed (``keep:precision`` = no ``event_noise`` rule fired,
  ``keep:political_actor``, ``keep:coded_actor_and_recipient`` for a verb's default code,
  ``keep:reciprocal`` for "two groups clashed");
- ``factuality:``  the label and, when a later sentence changed it, ``factuality:later_sentence``.

Dropped candidates carry one rule: an ``event_noise`` reason ("participle modifier" ...), or
``no actor``, ``no political actor``, ``too little evidence``, ``self-directed``, ``repeats an
earlier event``, ``instrument of a verb trigger``.

Dropped candidates' offsets are mapped back onto the text as given, like the records, when
``text_repair`` changed the text the extractors saw.

Not handled: the trace names the relation an actor was read from, not every rule consulted on
the way.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..ontology.actors import code_actor
from ..ontology.grammar import grammar
from ..ontology import plover
from ..ontology.implicit import implicit
from ..records import Event, Span
from .confidence import estimate
from ..ontology.precision import lists
from .syntax import (WH_TAGS, first_person, judging_verb, misparsed_object, misparsed_to_phrase, missed_subject,
                     passive_subject)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from . import Context
    from .event_triggers import Trigger

#: dependency labels of a participant read straight off the trigger, by stage
_DIRECT = {"nsubj": "subject", "csubj": "subject", "nsubjpass": "passive_subject", "dobj": "object",
           "dative": "object", "poss": "noun_modifier", "compound": "noun_modifier", "amod": "noun_modifier",
           "nmod": "noun_modifier"}

_SINK: dict[str, list[dict[str, Any]]] | None = None
#: events whose confidence is below this are dropped (``run --min-confidence``; None: none are)
_MINIMUM: list[float | None] = [None]
#: the reason the last candidate was dropped, noted by ``drop`` (one article at a time)
_LAST: list[str] = []


@contextlib.contextmanager
def collecting() -> Iterator[dict[str, list[dict[str, Any]]]]:
    """Collect dropped candidates (article id -> list) while the block runs."""
    global _SINK
    old, _SINK = _SINK, {}
    try:
        yield _SINK
    finally:
        _SINK = old


@contextlib.contextmanager
def minimum(value: float | None) -> Iterator[None]:
    """Drop events whose confidence is below ``value`` while the block runs (forked workers
    started inside it inherit it)."""
    old, _MINIMUM[0] = _MINIMUM[0], value
    try:
        yield
    finally:
        _MINIMUM[0] = old


def drop(reason: str) -> None:
    """Note why the candidate being built is dropped; returns None (``return trace.drop(...)``)."""
    _LAST[:] = [reason]
    return None


def record(ctx: "Context", trig: "Trigger", sent: Any, event: Event | None) -> Event | None:
    """The event with its rules, or (when it was dropped) note the candidate for --explain."""
    if event is None:
        reason = _LAST[0] if _LAST else "dropped"
        _LAST.clear()
        if _SINK is not None:
            _SINK.setdefault(ctx.article.id, []).append(_dropped(ctx, trig, sent, reason))
        return None
    _LAST.clear()
    from . import event_actors as actors

    actor = event.actor
    parsed = actors.actor_token(trig) if actor is not None and actor.start is not None and not actor.implied else None
    actor_tok = actors.resolve(parsed, ctx) if parsed is not None else None
    event = replace(event, rules=event_rules(trig, event, parsed, actor_tok, ctx))
    return replace(event, confidence=estimate(event))


def _dropped(ctx: "Context", trig: "Trigger", sent: Any, reason: str) -> dict[str, Any]:
    from .events import clause_tokens

    toks = [t for t in clause_tokens(trig.token) if sent.start <= t.i < sent.end]
    start, end = min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
    tok = trig.token
    fixed = ctx.repair   # offsets of the repaired text -> the text as given
    text = ctx.article.text if fixed is None else fixed.original
    at = (lambda i: i) if fixed is None else fixed.to_original
    return {"type": trig.info.type, "cameo": trig.code or None,
            "trigger": Span.of(text, at(tok.idx), at(tok.idx + len(tok.text))).to_dict(),
            "evidence": Span.of(text, at(start), at(end)).to_dict(), "dropped_by": reason,
            "rules": list(trigger_rules(trig))}


def trigger_rules(trig: "Trigger") -> tuple[str, ...]:
    """How the trigger was coded, then how it was recoded (``Trigger.rules``)."""
    return tuple(getattr(trig, "rules", ()) or (f"trigger:{trig.how}",))


def event_rules(trig: "Trigger", event: Event, parsed: "Token | None", actor_tok: "Token | None",
                ctx: "Context") -> tuple[str, ...]:
    """Every rule that made and kept ``event`` (see the module docstring for the names)."""
    rules = list(trigger_rules(trig))
    attacks = lists().verbal_attacks
    if event.cameo != getattr(trig, "code", None) and event.cameo in (attacks.code, attacks.physical_code):
        # recoded by who attacked: words (events._verbal_attack) or force (events._armed_attack)
        rules.append("trigger:verbal_attack" if event.cameo == attacks.code else "trigger:armed_attack")
    if event.actor is None:
        rules.append("actor:none")
    elif getattr(event.actor, "implied", False):
        rules.append("actor:implied")
    else:   # (an agentless act's actor comes from the sentence around it: actor:context)
        rules += actor_rules(trig, parsed, actor_tok) or ["actor:context"]
    rules += _recipient_rules(trig, event, ctx)
    rules += _code_rules(event, ctx)
    rules.append("keep:precision" if parsed is not None else "keep:agentless")
    if event.actor is not None:
        rules.append("keep:political_actor")
    if trig.how == "verb" and event.actor is not None:
        word = trig.token.lemma_.lower() if trig.token is not None else ""
        reciprocal = event.recipient is None and word in implicit().reciprocal_verbs
        rules.append("keep:reciprocal" if reciprocal else "keep:coded_actor_and_recipient")
    rules.append(f"factuality:{event.factuality}")
    return tuple(dict.fromkeys(rules))


def actor_rules(trig: "Trigger", parsed: "Token | None", actor: "Token | None") -> list[str]:
    """The relation the actor head was read from, and how it was resolved."""
    if parsed is None:
        return []
    from .event_actors import moved_force

    moved = moved_force(trig)   # ("troops were deployed": the forces moved move, event_actors.moved_force)
    relation = "moved_force" if moved is not None and moved.i == parsed.i else _actor_relation(trig.token, parsed)
    out = [f"actor:{relation}"]
    if first_person(parsed):
        out.append("actor:resolved:quote_speaker")   # "we" inside a quotation: its speaker
    if actor is not None and actor.i != parsed.i:
        if parsed.lower_ in ("who", "which", "that", "whom"):
            out.append("actor:resolved:relative")
        elif parsed.pos_ == "PRON":
            out.append("actor:resolved:pronoun")
        elif parsed.head.i == actor.head.i or actor.head.i == parsed.i or _under(actor, parsed):
            out.append("actor:resolved:quantity_head")
        else:
            out.append("actor:resolved:dateline")
    return out


def _path(tok: "Token", anc: "Token") -> list["Token"]:
    """Tokens from ``tok``'s head up to (not including) its ancestor ``anc``."""
    out: list["Token"] = []
    node = tok.head
    while node.i != anc.i and node.head is not node and len(out) < 8:
        out.append(node)
        node = node.head
    return out


def _is(found: "Token | None", tok: "Token") -> bool:
    return found is not None and found.i == tok.i


def _under(tok: "Token", anc: "Token", hops: int = 4) -> bool:
    node = tok
    for _ in range(hops):
        if node.head is node:
            return False
        node = node.head
        if node.i == anc.i:
            return True
    return False


def _actor_relation(trig: "Token", actor: "Token") -> str:
    missed = missed_subject(trig)
    if missed is not None and missed.i == actor.i:
        return "missed_subject"   # a subject the parser hung elsewhere (syntax.missed_subject)
    if trig.dep_ == "pcomp" and ((actor.dep_ in ("dobj", "nsubjpass") and actor.head.i == judging_verb(trig.head).i)
                                 or (actor.dep_ == "pobj" and actor.head.head.i == trig.head.head.i)):
        # "accused Israel of killing", "lashed out at Turkey for having shot" (event_actors._charged_with)
        return "charged_object"
    if actor.head.i == trig.i:
        if actor.dep_ in ("poss", "compound", "amod", "nmod"):
            return "noun_modifier"
        return {"nsubj": "subject", "csubj": "subject", "nsubjpass": "passive_subject"}.get(actor.dep_, actor.dep_)
    if actor.dep_ == "pobj" and actor.head.dep_ == "agent":
        return "passive_agent" if actor.head.head.i == trig.i else "controlling_passive_agent"
    if actor.dep_ == "pobj" and actor.head.lower_ == "by" and actor.head.head.i == trig.i:
        return "noun_by_phrase"
    if actor.dep_ == "pobj" and actor.head.lower_ in plover.actor_words().giver_preps and actor.head.head.i == trig.i:
        return "giver"   # "received aid from Japan" (event_actors.receiving)
    from . import declarative
    from .event_actors import dateline_end, gerund_possessor

    end = dateline_end(trig)
    if 0 <= end < actor.i < trig.i and (any(c.dep_ in ("nsubj", "nsubjpass") and c.i < end for c in trig.children)
                                         or (actor.head.i == end + 1 and actor.head.pos_ in ("VERB", "AUX"))):
        return "subject_after_dateline"   # (or the name opening the text, tagged a verb, took it as object)
    if _is(gerund_possessor(trig), actor):
        return "gerund_possessor"   # "the United States' backing independence"
    if _is(declarative.find("misattached_passive_agent", trig), actor):
        return "passive_agent"   # "attacked on the speeches by Sanders"
    if _under(actor, trig, 6) and any(a.dep_ in ("prep", "agent") for a in _path(actor, trig)):
        return "instrument"
    if actor.dep_ in ("nsubj", "csubj"):
        return "controlling_subject"
    if actor.dep_ in ("compound", "amod", "poss") and actor.ent_type_ in ("GPE", "NORP"):
        return "owner"
    return "climbed"


#: ctx.cache key: trigger token index -> why the recipient found was left out (``leave_out_recipient``)
RECIPIENT_LEFT_OUT = "trace.recipient_left_out"


def leave_out_recipient(ctx: "Context", trig: "Trigger", reason: str) -> None:
    """Note that the recipient found for ``trig`` was left out, and why (the trace's
    ``recipient:none:REASON``): "place_of_act", "unresolved_pronoun", "charged_happening",
    "thing_asked_for", "thing"."""
    ctx.cache.setdefault(RECIPIENT_LEFT_OUT, {})[trig.token.i] = reason


#: ctx.cache key: trigger token indices whose recipient put forward the thing the act takes up
#: (``recipient_antecedent``)
RECIPIENT_ANTECEDENT = "trace.recipient_antecedent"


def recipient_antecedent(ctx: "Context", trig: "Trigger") -> None:
    """Note that ``trig``'s recipient is the actor of an earlier event who put forward what the act
    takes up ("rejected the idea": events._proposer; the trace's ``recipient:antecedent``)."""
    ctx.cache.setdefault(RECIPIENT_ANTECEDENT, set()).add(trig.token.i)


#: ctx.cache key: trigger token index -> the word the recipient was read from, before pronoun
#: resolution (``note_recipient_word``)
RECIPIENT_WORD = "trace.recipient_word"


def note_recipient_word(ctx: "Context", trig: "Trigger", tok: "Token | None") -> None:
    """Note the word ``trig``'s recipient was read from, before resolution (events._event): the
    trace then tells a recipient read from a pronoun (``recipient:resolved:pronoun``)."""
    if tok is not None:
        ctx.cache.setdefault(RECIPIENT_WORD, {})[trig.token.i] = tok


def _recipient_rules(trig: "Trigger", event: Event, ctx: "Context | None") -> list[str]:
    rec = event.recipient
    if rec is None:   # ("offered in Paris": events._event noted the place it left out as recipient)
        reason = getattr(ctx, "cache", {}).get(RECIPIENT_LEFT_OUT, {}).get(trig.token.i) if trig.token is not None else None
        return [f"recipient:none:{reason}"] if reason else []
    if rec.start is None:
        return ["recipient:place"]
    if trig.token is not None and trig.token.i in getattr(ctx, "cache", {}).get(RECIPIENT_ANTECEDENT, ()):
        return ["recipient:antecedent"]
    doc = trig.token.doc
    span = doc.char_span(rec.start, rec.end or rec.start, alignment_mode="expand")
    if span is None:
        return ["recipient:mention"]
    said = getattr(ctx, "cache", {}).get(RECIPIENT_WORD, {}).get(trig.token.i)   # (before resolution)
    if said is not None and said.pos_ == "PRON" and not span.start <= said.i < span.end:
        # "police dispersed them": the pronoun's relation, and that it stands for a party named before
        how = "relative" if said.tag_ in WH_TAGS else "pronoun"
        return _recipient_relation(trig, said) + [f"recipient:resolved:{how}"]
    return _recipient_relation(trig, span.root)


def _recipient_relation(trig: "Trigger", head: "Token") -> list[str]:
    """The relation of the recipient's head word to the trigger."""
    tok = trig.token
    if head.head.i == tok.i and head.dep_ in _DIRECT:
        return [f"recipient:{_DIRECT[head.dep_]}"]
    if head.dep_ == "pobj" and head.head.dep_ in ("prep", "dative", "prt"):
        prep = head.head
        where = "noun_prep" if trig.how == "noun" else "prep"
        if prep.head.i == tok.i or (prep.head.head.i == tok.i and prep.head.dep_ == "dobj"):
            return [f"recipient:{where}:{prep.lower_}"]
        return [f"recipient:addressee:{prep.lower_}" if prep.lower_ == "to" else f"recipient:prep:{prep.lower_}"]
    misparsed = misparsed_to_phrase(tok) if head.dep_ == "xcomp" and head.head.i == tok.i else None
    if misparsed is not None and misparsed.i == head.i:
        return ["recipient:addressee:to"]   # "yielded to/aux Trump/xcomp": a to-phrase misparsed
    if trig.embedded is not None and _under(head, trig.embedded):
        return ["recipient:embedded_event"]
    if head.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "relcl" and misparsed_object(c) is not None
                                                   and tok in (c, *c.subtree) for c in head.children):
        return ["recipient:relative_object"]   # "Paul Ryan, whom Trump refused to endorse"
    if head.dep_ in ("nsubj", "nsubjpass"):
        clause = head.head
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" for m in clause.children) and _under(clause, tok):
            return ["recipient:condition_subject"]   # "threatened ... if the administration did not"
        if clause.dep_ == "advcl" and clause.head.i in {tok.i, *(c.i for c in tok.conjuncts)}:
            return ["recipient:confronted"]   # "fired ... when mobs emerged and attacked shops"
        return ["recipient:complement_subject"]
    if head.dep_ == "dobj" and head.head.dep_ in ("advcl", "xcomp") and head.head.head.i == tok.i:
        return ["recipient:purpose_object"]   # "fired tear gas to disperse the mob"
    subject = passive_subject(tok) if head.dep_ == "conj" else None
    if subject is not None and subject.i == head.i:
        return ["recipient:passive_subject:object_conjunct"]   # "fired 50 rounds and 100 persons were arrested"
    return ["recipient:other"]


def _code_rules(event: Event, ctx: "Context") -> list[str]:
    """How each side was coded: from its entity, from the dictionaries, and ``code:ROLE:place_country``
    when its country is the event's place's or the article's (a local group or a named resident
    with no country of their own: events._local, events._resident)."""
    from .event_actors import entity_by_id   # (imported here like dateline_end: trace is imported by the extractors)
    out = []
    for role, p in (("actor", event.actor), ("recipient", event.recipient)):
        if p is None:
            continue
        if p.entity is not None:
            out.append(f"code:{role}:entity")
        if p.country or p.sector:
            out.append(f"code:{role}:coded")
        if p.country and not getattr(p, "implied", False) and getattr(code_actor(p.name), "country", None) is None:
            ent = entity_by_id(ctx, p.entity)
            mention = ctx.article.text[p.start:p.end] if p.start is not None and p.end is not None else p.name
            owner = mention.split("'s ")[0] if "'s " in mention else None
            if mention.split(" ", 1)[0].lower() in grammar().third_person_possessives:
                out.append(f"code:{role}:possessor")   # "Putin said his country ...": the speaker's
            elif owner and p.country in {getattr(code_actor(owner), "country", None)} | {
                    getattr(e, "country", None) for e in ctx.results.get("entities", ()) if e.name and e.name in owner}:
                out.append(f"code:{role}:possessor")   # "Clinton's campaign": the possessor's country
            elif getattr(ent, "country", None) != p.country:
                out.append(f"code:{role}:place_country")
    return out


def disputed(before: list[Event], after: list[Event]) -> list[Event]:
    """``after`` (``event_disputes.apply``'s output) with ``factuality:later_sentence`` added to
    the events whose factuality a later sentence changed, then without the events below the
    ``minimum`` confidence (left out only now, so that no other rule sees fewer events)."""
    low = _MINIMUM[0]
    if low is None:
        return _disputed(before, after)
    return [e for e in _disputed(before, after) if e.confidence is None or e.confidence >= low]


def _disputed(before: list[Event], after: list[Event]) -> list[Event]:
    if before is after:
        return after
    out = [e if b.factuality == e.factuality else
           replace(e, rules=tuple(r for r in e.rules if not r.startswith("factuality:"))
                   + (f"factuality:{e.factuality}", "factuality:later_sentence"))
           for b, e in zip(before, after)]
    return [e if e is a else replace(e, confidence=estimate(e)) for e, a in zip(out, after)]
