"""events: PLOVER events with actor, recipient, mode, factuality, date, location and score.

Per sentence: triggers (``event_triggers``) -> actor/recipient mentions (``event_actors``) ->
precision rules (``event_noise``: triggers that state no act) -> factuality (``factuality``);
then, over the article, disputes made in a later sentence (``event_disputes``). An event is kept when its actor is a
political actor (a coded
country/sector, an entity, or an actor-like noun phrase); a trigger coded only from a verb's
default CAMEO code (no keyword matched) also needs an actor-like recipient, as in PETRARCH.
Events come out sentence by sentence, the governing verb before the verbs it embeds.

``score`` is the Goldstein value (-10 most conflictual .. +10 most cooperative) of the event's
CAMEO code; ``quad_class`` the GDELT QuadClass; ``confidence`` an ordering of how the code was
found (triggers.yaml), not a calibrated probability.

Agentless acts done to people are kept with their conventional (implied) agent or no actor
(``event_implicit``); the content of a threat/demand/promise and duplicates within the article
are not coded twice; a background event (past perfect, relative clause) has no date.

Not handled: events spread over several sentences (beyond ``event_disputes``); reciprocal events
(coded once, first party as actor); PLOVER contexts beyond the CAMEO code's; a date elsewhere in the sentence when the
trigger's own clause has none.
"""
from __future__ import annotations

import bisect
import functools
import re

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..ontology import cameo as _cameo
from ..ontology.actors import agent_sector, lookup
from ..ontology import gazetteer
from ..ontology import plover
from ..ontology.grammar import grammar
from ..ontology.lexicons import dates_lexicon
from ..ontology.precision import lists
from ..records import Event, Location, Participant, Span
from . import caseless, counts, token_scan
from . import event_actors as actors
from . import event_disputes, event_implicit as implicit, event_model, event_noise, trace
from .confidence import estimate
from .dates import iso_day
from .entities import entity_at
from .event_triggers import (DICTIONARY_RULE, REFUSAL_RULE, TRIP_RULE, Trigger, ahead, light_verb, noun_code,
                             sentence_triggers, venue_of_words)
from .factuality import NOUN_INFINITIVE_DEPS, asked, charged, factuality, predicted, subject_noun_of_infinitive
from .places import locate
from .syntax import (ACTOR_ENTS, ACTOR_MODS, COMPLEMENT_DEPS, FINITE_TAGS, NAMED_ENTS, OTHER_CLAUSE, PARTY_ENTS,
                     PLACE_ENTS, WH_TAGS, child, first_person, gerund_head, lemma, modifier_words, simple_past,
                     simple_present, to_infinitive, trigger_token)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from . import Context


def extract(doc: Any, ctx: "Context") -> list[Event]:
    out: list[Event] = []
    origins: list[tuple[Trigger, Any]] = []   # the trigger and sentence of each event of ``out``
    model = event_model.load()
    actors.mark_metonyms(doc, _article_country(ctx))   # "the centre" in an Indian article
    for sent in doc.sents:
        trigs = sentence_triggers(sent)
        if model is not None:
            trigs = event_model.retype(sent, trigs, model)
        found = {t.token.i: t for t in trigs}
        dupes = event_noise.instrument_duplicates(trigs)
        content = _contents(trigs)
        made: set[int] = set()
        for trig in trigs:
            if dupes.get(trig.token.i, -1) in made:   # the verb's event covers its instrument
                event = trace.drop("instrument of a verb trigger")
            elif _content_of(trig, content, found, made):
                event = trace.drop("content of a threat, demand, promise or refusal")
            else:
                event = build_event(trig, sent, ctx, found, out)
                first = _duplicate(event, out, sent) if event is not None else None
                if event is not None and first is not None:   # merged: its evidence is a mention
                    out[first] = _fill(out[first], event)   # (and its date, where only it has one)
                    event = trace.drop("duplicate of an earlier event of the article")
                part = _partial(event, out, sent) if event is not None else None
                if event is not None and part is not None:
                    older = out[part]
                    if _named_sides(event) <= _named_sides(older):   # the earlier one says more
                        out[part] = _fill(older, event)
                        event = trace.drop("same happening as an earlier event of the article that names more of it")
                    else:   # this one says more: it takes the earlier one's place
                        kept = trace.record(ctx, trig, sent, event)
                        out[part] = _fill(kept, older) if kept is not None else older
                        if kept is not None:   # --explain lists the earlier one as the one left out
                            old_trig, old_sent = origins[part]
                            trace.record(ctx, old_trig, old_sent, trace.drop(
                                "same happening as a later event of the article that names more of it"))
                            origins[part] = (trig, sent)
                        continue
            event = trace.record(ctx, trig, sent, event)
            if event is not None:
                out.append(event)
                made.add(trig.token.i)
                mirrored = [e for e in (trace.record(ctx, trig, sent, e) for e in ctx.cache.pop(MIRRORED, []))
                            if e is not None]
                out.extend(mirrored)
                origins.extend([(trig, sent)] * (1 + len(mirrored)))
    after = event_disputes.apply(doc, out, ctx.results.get("quotes", ()))
    keep = []
    for e, (trig, sent) in zip(after, origins):
        why = _left_out(e, trig, ctx)
        if why is not None:   # listed by --explain with the rule that left it out
            if e.factuality not in lists().emitted_factuality or _unrealised(e, trig):
                ctx.cache.setdefault(UNREAL, []).append(e)   # contradictions still compare it
            trace.record(ctx, trig, sent, trace.drop(why))
        keep.append(why is None)
    return trace.disputed([e for e, k in zip(out, keep) if k], [e for e, k in zip(after, keep) if k])


#: rules by which the project recoded a future, conditional or refused act as the intention
#: (AGREE, THREATEN) or the refusal (REJECT) itself (event_triggers)
FUTURE_INTENT_RULE = "trigger:future_intent"
INTENT_RULES = frozenset({FUTURE_INTENT_RULE, "trigger:conditional", REFUSAL_RULE})
#: the first rule of an embedding verb coded by its own default (triggers.yaml clause_defaults)
CLAUSE_DEFAULT_RULE = "trigger:clause_default:"
#: the first rule of a trigger coded by its verb's default code (no keyword pattern matched)
VERB_DEFAULT_RULE = "trigger:verb:"
#: the rule that reads a demand (REQUEST) from what a speaker says someone should or must do
OBLIGATION_RULE = "trigger:obligation"


def _left_out(event: Event, trig: Trigger, ctx: "Context | None" = None) -> str | None:
    """Why an extracted event is not emitted, once its factuality is final: no happening, an act
    planned or expected and not coded as the intention (``_unrealised``), a future
    description (factuality.predicted), or a type that requires a recipient with none (PLOVER
    manual: AID, COOPERATE, SANCTION; an intention coded from a PETRARCH2 dictionary pattern,
    precision.yaml ``dictionary_recipient_types``) and no other party in its sentence; None when
    it is emitted."""
    if not _happening(event, trig):
        return f"not a happening: {event.factuality}"
    if _unrealised(event, trig):
        return f"not done: a {event.factuality} {event.type} is coded only as the intention (AGREE, THREATEN)"
    if event.factuality == "future" and event.date_basis != "text" and predicted(trig.token):
        return "no intent: a future act in a restrictive relative clause describes its noun"
    if event.type.lower() in lists().charge_content_types and (charged(trig.token) or _ground(trig.token)):
        return "the content of a charge or the ground of a judgement: what the accusation, praise or blame says"
    if event.factuality == "asserted" and _habitual(trig.token):
        return "a habit or a state: the narrator's simple present in the body tells no one happening"
    if _own_organs(event):
        return "one organ of a state helping or funding another of the same state: its own business, no aid"
    if TRIP_RULE in trig.rules and not _abroad(event):
        return "a journey to no other country: no party visited (PLOVER CONSULT visit)"
    if _forecast(event, trig, ctx):
        return "no intent: the narrator's forecast of an act no keyword names, no one announced it"
    if event.recipient is None and OBLIGATION_RULE in trig.rules and not _passive_act(trig.embedded):
        return "a demand read from 'should' or 'must' of no party: an opinion, no one asked"
    if _wish_of_no_one(event, trig):
        return "a wish or an emphasis addressed to no one: no request"
    dictionary = _dictionary_intention(event, trig)   # "her group planned to take part in demonstrations"
    promise = _future_cooperation(trig)   # "she will protect reproductive rights", "Mexico will pay for the wall"
    warning = _future_hostility(event, trig)   # "Sanders will pick up at least 45", "will fight at home and abroad"
    needs = event.type.lower() in lists().recipient_types or dictionary or promise or warning
    if event.recipient is None and needs and not _other_party(trig, event):
        return f"{event.type} requires a recipient" + (" (a dictionary pattern's intention)" if dictionary else
                                                       " (a cooperative act in the future tense)" if promise else
                                                       " (a hostile act in the future tense)" if warning else "")
    return None


def _abroad(event: Event) -> bool:
    """A trip told as made (event_triggers._trips_made) visits a party when it goes to another
    country than the traveller's ("made a trip to China"); a candidate's stops in Iowa or at a
    nightclub, or a delegation led to no country the text codes, visit no one."""
    there = event.recipient.country if event.recipient is not None else None
    home = event.actor.country if event.actor is not None else None
    return bool(there) and there != home


def _forecast(event: Event, trig: Trigger, ctx: "Context | None") -> bool:
    """'Dozens of speakers will commemorate the anniversary', 'Americans will confront two views',
    'Mexico will pay for the wall': the future of a verb whose type is only the verb's default
    code (no keyword pattern), told by the narrator in a main clause -- under no verb of saying,
    outside any quotation, not of the first person and on no day the text gives -- is a forecast.
    PLOVER reads the future tense as an intention (AGREE) because such a report is the actor's
    announcement ("the government will release the prisoners"); a forecast announces nothing.
    Only cooperative acts (AGREE): a hostile act forecast ("Trump will attack Clinton on trade")
    stays a threat. Kept: reported and quoted futures ("said it would abide by the verdict"),
    keyword patterns ("the council will meet"), and schedules ("will visit Godhra on Friday")."""
    if event.factuality != "future" or event.type != "AGREE" or FUTURE_INTENT_RULE not in trig.rules \
            or not trig.rules[0].startswith(VERB_DEFAULT_RULE) or event.date_basis == "text":
        return False
    clause = trig.token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ROOT" or not any(c.dep_ == "aux" and c.lower_ in plover.lexicon().future_aux
                                        for t in (trig.token, clause) for c in t.children):
        return False
    subj = next((c for t in (trig.token, clause) for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or first_person(subj) or subj.lower_ in grammar().addressee_pronouns:
        return False
    quotes = ctx.results.get("quotes", ()) if ctx is not None else ()
    tok = trig.token
    return not any(q.start <= tok.idx < q.end for q in quotes) \
        and not any(t.is_quote for t in tok.sent if t.i < tok.i)   # (words quoted, attributed or not)


def _wish_of_no_one(event: Event, trig: Trigger) -> bool:
    """'the Democrats stressed the need for a more pragmatic approach', 'she underscored the urgency
    of raising the disease's profile', 'I'd want answers', 'the shankaracharya wanted a mutually
    acceptable solution': a REQUEST the PETRARCH2 dictionary reads from a verb of wanting, needing
    or emphasising (precision.yaml ``wish_verbs``) with no one it is addressed to is a wish or an
    emphasis; PLOVER REQUEST is a request of another party ("demanded that the government act",
    "wants Iran to release the sailors" name theirs and stay)."""
    first = trig.rules[0] if trig.rules else ""
    return event.type == "REQUEST" and event.recipient is None and first.startswith(DICTIONARY_RULE) \
        and lemma(trig.token) in lists().wish_verbs


def _passive_act(comp: "Token | None") -> bool:
    """The obligated clause is a passive ("the sanctions must be lifted", "military intervention must
    be avoided"): an act is asked of whoever can do it (PLOVER REQUEST), though the text names no one."""
    return comp is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in comp.children)


def _unrealised(event: Event, trig: Trigger) -> bool:
    """A planned or expected act (precision.yaml ``intention_factuality``: "his plan to boycott the
    debate", "is expected to endorse the Democratic candidate") coded as the act itself: PLOVER
    records what was done, and an announced intention as AGREE (cooperation) or THREATEN (conflict);
    the act is an event when it happens. Only an act the plan or the future is said of
    (``_planned_here``); kept: a type of intention (``intention_types``; a deployment announced
    is itself a show of force posture, CAMEO 15), an act scheduled for a day the text gives
    ("will brief Congress on Wednesday"), an act the project recoded as the intention (the future
    of a cooperative or hostile act, a refusal, a condition), a nominal trigger, and a decision
    taken (``decision_heads``: "has decided to lift the sanctions" is the act, PLV codes it
    YIELD)."""
    if event.factuality not in lists().intention_factuality or event.type.lower() in lists().intention_types \
            or _scheduled(event) or INTENT_RULES & set(trig.rules) or trig.how == "noun" \
            or trig.token.pos_ == "NOUN":
        return False
    if trig.token.tag_ == "VBG" and trig.token.dep_ == "acl" and actors.actor_like(trig.token.head):
        # a present participle on a party's noun tells what those people do at the time of the
        # clause it was read from ("groups encouraging Clinton to run will hail ...", "FBI officials
        # overseeing the probe"): planned or ahead, as that clause is (a past participle is anterior
        # to it: "people arrested under POTO will never claim compensation" were arrested). On a
        # message it gives the message's content, its own act ("will send a letter urging ...":
        # PLV_train codes it)
        return True
    return _planned_here(trig.token)


def _scheduled(event: Event) -> bool:
    """An act in the future on a day the text gives ("will brief Congress on Wednesday"), not only
    a month or a year ("is expected to endorse the candidate in the 2016 election"), and not a plan
    or proposal with a day ("proposed they debate on April 15": still only proposed)."""
    return event.factuality == "future" and event.date_basis == "text" and iso_day(event.date) is not None


def _planned_here(tok: "Token") -> bool:
    """The verb itself is in the future ("will endorse", "'ll campaign"; not a reported "would
    request": the speaker's stated intention, which judges counted as the act) or is the
    to-infinitive of a word of planning or expectation (factuality.yaml ``planned_heads``,
    ``future_heads``, ``planned_nouns``: "plans to demand", "is expected to endorse", "his plan to
    boycott", "joined the bid to block refugees"), through coordinated verbs of no tense of their
    own, infinitives of purpose ("will assemble a force to round up") and present participle
    adjuncts ("will be delivering a speech addressing the attacks"), and no decision was
    taken on the way ("decided to support"). A verb with a tense of its own ("the shooting that
    killed 14", "after having slammed the effort"), a participle modifying a noun ("people arrested
    under POTO will never claim compensation") or a verb under some other word ("evidence to
    convict him of grabbing") is not what was planned: its factuality was read from a clause
    further up."""
    cues = plover.factuality_cues()
    for _ in range(5):
        if tok.lemma_.lower() in lists().decision_heads:
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues.future_words for c in tok.children):
            return True
        head = tok.head
        if head.i == tok.i or (tok.dep_ == "conj" and tok.tag_ != "VB"):   # "will campaign and met"
            return False
        word = head.lemma_.lower()
        if tok.dep_ in NOUN_INFINITIVE_DEPS and head.pos_ == "NOUN" and to_infinitive(tok):
            return word in cues.planned_nouns | cues.planned_heads   # "the plan to deport", "calls to ban"
        noun = subject_noun_of_infinitive(tok)   # "Trump's call to ban ... bears", misparsed
        if noun is not None and noun.lemma_.lower() in cues.planned_nouns | cues.planned_heads:
            return True
        if not (tok.dep_ in ("xcomp", "conj") or (tok.dep_ == "advcl" and (to_infinitive(tok) or _free_participle(tok)))):
            return False
        if tok.dep_ == "xcomp" and word in cues.planned_heads | cues.future_heads:
            return word not in lists().decision_heads   # "decided to lift": the decision is the act
        tok = head
    return False


def _free_participle(tok: "Token") -> bool:
    """A present participle adjunct with no subject or conjunction of its own ("will be delivering a
    speech on Monday addressing the attacks"): it tells what goes on at its clause's time."""
    return tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def _dictionary_intention(event: Event, trig: Trigger) -> bool:
    """The event's type was coded by a PETRARCH2 dictionary pattern (cameo_verbs.json) as a type of
    ``dictionary_recipient_types`` (AGREE) -- not by the future tense of a cooperative act ("will
    release the hostages": the manual's own AGREE) and not by a synset of agreeing or pledging
    itself (``dictionary_commitment_synsets``: "agreed to consider the proposal")."""
    first = trig.rules[0] if trig.rules else ""
    if not first.startswith(DICTIONARY_RULE) or FUTURE_INTENT_RULE in trig.rules \
            or event.type.lower() not in lists().dictionary_recipient_types:
        return False
    synset = first[len(DICTIONARY_RULE):].split("/")[0].lower()
    return synset not in lists().dictionary_commitment_synsets


def _habitual(tok: "Token") -> bool:
    """'Israel coordinates with Jordan on a regular basis', 'he rejects the norms of Washington
    discourse', 'On his campaign website, Lopez-Cantera promises to end the Common Core': a verb in
    the simple present (no auxiliary) told by the narrator in the body of an article names what
    its subject does as a rule or holds as a stance -- the habitual reading of the English simple
    present -- where news tells a happening in the past tense. Not in the headline or a line of
    headline length (dates.yaml ``headline`` words: "Sanders praises Obama after meeting", a
    subheading, a list of headlines: headlinese tells past news in the present), nor in the text's
    first sentence (a one-sentence text is all headline), nor a verb of saying (factuality.yaml
    ``reporting_heads``: "Clinton says the administration should act" reports a statement)."""
    if tok.pos_ != "VERB" or not simple_present(tok):
        return False
    if lemma(tok) in plover.factuality_cues().reporting_heads:
        return False   # "Hillary Clinton says the administration should ...": news reports a statement so
    if tok.sent.start == 0:
        return False
    text = token_scan.text(tok.doc)
    start, end = text.rfind("\n", 0, tok.idx) + 1, text.find("\n", tok.idx)
    return len(text[start:end if end >= 0 else len(text)].split()) > dates_lexicon().headline_words


def _ground(tok: "Token") -> bool:
    """'teased Becerra for bringing Clinton water', 'criticized the media for allowing Clinton to go
    so long', 'thanked Sanders for agreeing to the debate': the act in the "for" phrase of a verb of
    judgement (precision.yaml ``ground_verbs``) is the ground of the judgement, which is the event."""
    judge = gerund_head(tok, ("for",))
    return judge is not None and lemma(judge) in lists().ground_verbs


def _future_cooperation(trig: Trigger) -> bool:
    """An AGREE read from the future tense of a cooperative act (``FUTURE_INTENT_RULE``) whose code
    is a promise of cooperation, support or aid (precision.yaml ``future_partner_codes``): PLOVER
    AGREE is willingness to cooperate -- with another party -- so, like the dictionary's
    intentions above, it needs a party ("the rebels will release the hostages" has one; "she will
    protect reproductive rights", "Mexico will pay for the wall" commit to no one). Not future
    meetings and visits (CAMEO 036: the manual codes "references to future meetings, summits,
    state visits" as AGREE, the partner often the host left unnamed) or yielding (035). Likewise a
    promise read from a verb of promising whose complement names no coded event (triggers.yaml
    ``clause_defaults`` of precision.yaml ``promise_verbs``: "pledged to enact judicial reform")."""
    if FUTURE_INTENT_RULE in trig.rules and trig.code in lists().future_partner_codes:
        return True
    first = trig.rules[0] if trig.rules else ""
    return first.startswith(CLAUSE_DEFAULT_RULE) and first[len(CLAUSE_DEFAULT_RULE):] in lists().promise_verbs \
        and trig.code in lists().future_partner_codes


def _future_hostility(event: Event, trig: Trigger) -> bool:
    """A THREATEN read from the future tense of a hostile act that only the verb's default code
    types (``FUTURE_INTENT_RULE`` on a ``VERB_DEFAULT_RULE``; no keyword pattern): PLOVER THREATEN
    is a "coercive or forceful warning", and a warning is given to someone, so, like the future
    cooperation above, it needs a party ("he would deport refugees" has one; "Sanders will pick up
    at least 45", "the party will fight at home and abroad" warn no one)."""
    first = trig.rules[0] if trig.rules else ""
    obj = child(trig.token, "dobj")   # ("police would soon apprehend the attackers": people named)
    return event.type == "THREATEN" and FUTURE_INTENT_RULE in trig.rules and first.startswith(VERB_DEFAULT_RULE) \
        and not (obj is not None and implicit.person_head(obj))


def _other_party(trig: Trigger, event: Event) -> bool:
    """The trigger's sentence names a party besides the actor (a name, a place, an agent noun), whom
    the act may be for even when the recipient search found none ("provided 28 million euros
    ... to pay for aid for those affected in Yemen"), or the act goes to a place named by a common
    noun ("airlifted medical teams to the flood-hit region": the people there receive it)."""
    lo, hi = (event.actor.start, event.actor.end) if event.actor is not None and event.actor.start is not None \
        else (-1, -1)
    tok = trig.token
    if any(p.lower_ == "to" and g.dep_ == "pobj" and g.lemma_.lower() in lists().place_nouns
           for p in tok.children if p.dep_ == "prep" for g in p.children):
        return True
    kind = modifier_words(tok) if tok.pos_ == "NOUN" else set()   # ("his student loans": no party it goes to)
    return any(not lo <= t.idx < (hi or 0) and (t.ent_type_ in ACTOR_ENTS | PLACE_ENTS or actors.actor_like(t))
               for t in tok.subtree if t.i != tok.i and t.i not in kind)


def _statement(trig: Trigger) -> "Token | None":
    """The verb of saying whose clause a promise, threat or refusal read from the future is ("said
    on Friday that the VHP would obey the verdict", "has said she will not release the
    transcripts": the promise or refusal was made when it was said, and is dated by "said"), or
    None for other events."""
    if not INTENT_RULES & set(trig.rules):
        return None
    tok = trig.token
    while tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ != "ccomp" or head.i == tok.i or head.pos_ not in ("VERB", "AUX") \
            or head.lemma_.lower() not in plover.factuality_cues().reporting_heads:
        return None
    return head


def _happening(event: Event, trig: Trigger) -> bool:
    """An event of an emitted factuality (``emitted_factuality``, precision.yaml: not a
    hypothetical or negated act), or a statement of intent whose modal was read as the speaker's
    future ("said they would boycott if ...": the threat itself was made)."""
    if event.factuality in lists().emitted_factuality:
        return True
    intent = {FUTURE_INTENT_RULE, "trigger:conditional"} & set(trig.rules)
    return bool(intent) and event.factuality == "hypothetical" and not asked(trig.token)


#: ctx.cache key of the events left out as no happening (``_happening``): the contradictions
#: extractor still compares them ("no decision to leave was made" against the letter)
UNREAL = "events.unreal"


def _content_of(trig: Trigger, content: dict[int, set[int]], found: dict[int, Trigger], made: set[int]) -> bool:
    """The trigger is inside what an event of the sentence governs (events come governing word
    first), or inside what is demanded, threatened, promised or refused even when that word made
    no event of its own: what is asked for is not done ("urging the caucus to make clear that the
    bill will not be supported")."""
    govs = content.get(trig.token.i, set())
    return bool(govs & made) or any(g in found and found[g].info.type.lower() in lists().content_types for g in govs)


def _contents(trigs: list[Trigger]) -> dict[int, set[int]]:
    """Token index -> the triggers whose embedded content holds it: the complement of a threat,
    demand, promise or refusal and everything inside it ("demanded that the US cancel plans to
    sell arms": the sale is part of what was demanded, not an event of its own)."""
    out: dict[int, set[int]] = {}
    for t in trigs:
        comp = t.embedded
        if comp is None and t.info.type.lower() in lists().content_types \
                and t.token.lemma_.lower() in plover.lexicon().embedding:   # "demanded that the US cancel ..."
            comp = next((c for c in t.token.children if c.dep_ in ("ccomp", "xcomp")), None)
        if comp is not None:
            for tok in comp.subtree:
                if tok.i != t.token.i:
                    out.setdefault(tok.i, set()).add(t.token.i)
    return out


def build_event(trig: Trigger, sent: Any, ctx: "Context", found: dict[int, Trigger] | None = None,
                earlier: list[Event] | None = None) -> Event | None:
    """One Event record for a trigger, or None when it has no political actor or is noise
    (``event_noise``; ``found``: the sentence's triggers by token index; ``earlier``: the
    article's events so far, which an anaphoric "his threat" repeats). An agentless act done to
    people is kept with its conventional agent, or no actor (``event_implicit``)."""
    found = found if found is not None else {trig.token.i: trig}
    parsed = actors.actor_token(trig)
    if parsed is not None and trig.how != "noun" and parsed.dep_ == "nsubj" and parsed.head.i == trig.token.i \
            and implicit.cause_noun(parsed):
        owner = actors.noun_actor(parsed)   # "a U.S. drone strike killed ...": the U.S.
        if owner is None:
            return _caused_harm(trig, parsed, sent, ctx)
        parsed = owner
    if parsed is None and actors.receiving(trig):
        return _received(trig, sent, ctx, found)
    if parsed is None or (trig.how != "noun" and implicit.agentless(trig) and not _instrument(trig, parsed)
                          and actors.moved_force(trig) is None):
        return _agentless_event(trig, sent, ctx, found)
    actor_tok = actors.resolve(parsed, ctx)
    why = event_noise.noise(trig, parsed, actor_tok, found)
    if why and why != event_noise.ANAPHORIC:
        return trace.drop(why)
    event = _event(trig, sent, ctx, actor_tok)
    if event is not None and why == event_noise.ANAPHORIC and _repeats(event, earlier or ()):
        return trace.drop("repeats an earlier event")
    return event


def _caused_harm(trig: Trigger, cause: "Token", sent: Any, ctx: "Context") -> Event | None:
    """'A roadside bombing killed two soldiers': an attack noun as the subject of a harm verb
    names the cause, not an actor; with no actor of its own the act has a null actor and the
    harmed people as recipient (like an agentless passive, event_implicit)."""
    if trig.info.type not in implicit.implicit().agentless_types:
        return trace.drop("no actor")
    tok = actors.recipient_token(trig, cause)
    trace.note_recipient_word(ctx, trig, tok)
    if not implicit.patient_ok(tok, tok is not None and actors.actor_like(tok)):
        return trace.drop("agentless: no patient")
    recipient = actors.participant(tok, ctx)
    if not _coded(recipient) and trig.info.type.lower() not in lists().any_actor_types:
        return trace.drop("no coded actor on either side")
    return _record(trig, sent, ctx, None, recipient)


def _received(trig: Trigger, sent: Any, ctx: "Context", found: dict[int, Trigger]) -> Event | None:
    """'The Taliban received weapons': a transfer received from no named giver has a null actor
    (the receiver gives nothing) and the receiver as recipient, who must be a coded actor."""
    why = event_noise.trigger_noise(trig, found)
    if why:
        return trace.drop(why)
    tok = actors.recipient_token(trig, None)
    trace.note_recipient_word(ctx, trig, tok)
    recipient = actors.participant(tok, ctx)
    if not _coded(recipient):
        return trace.drop("no coded actor on either side")
    return _record(trig, sent, ctx, None, recipient)


def _instrument(trig: Trigger, actor: "Token") -> bool:
    """The actor was found inside the trigger's own phrase ("killed in police firing")."""
    tok = trig.token
    return trig.how != "noun" and tok.left_edge.i <= actor.i <= tok.right_edge.i and actor.dep_ not in ("nsubjpass",)


def _agentless_event(trig: Trigger, sent: Any, ctx: "Context", found: dict[int, Trigger]) -> Event | None:
    """An agentless act done to people: the conventional agent (implied) or no actor."""
    rule = implicit.implied_rule(trig)
    if trig.info.type not in implicit.implicit().agentless_types and rule is None:
        return trace.drop("no actor")
    if not implicit.agentless(trig) or event_noise.trigger_noise(trig, found):
        return trace.drop("agentless: " + (event_noise.trigger_noise(trig, found) or "not an act done to people"))
    if _figurative(trig):
        return trace.drop("agentless: a figure of speech, not an attack")
    if trig.info.type == "ASSAULT" and _word_venue(trig) and not _violent_sentence(sent, trig.token):
        return trace.drop("agentless: words given in a venue of speech, not force")
    if _engagement(trig, None, sent, ctx) and not _armed_patient(trig):
        return trace.drop("agentless: engaged in no fighting, no force used")
    pat = implicit.patient(trig)
    trace.note_recipient_word(ctx, trig, pat)
    if pat is not None and pat.ent_type_ in PLACE_ENTS and trig.token.dep_ in implicit.PARTICIPLE_DEPS:
        return trace.drop("agentless: a participle describing a place")   # "the occupied West Bank"
    ok = implicit.patient_ok(pat, pat is not None and actors.actor_like(pat), rule is not None and rule.person_patient)
    if not ok and rule is None:
        return trace.drop("agentless: no patient")
    if trig.token.dep_ not in implicit.PARTICIPLE_DEPS \
            and factuality(trig.token, ctx, trig.embed_kind, trig.refusal) in implicit.implicit().agentless_unreal:
        return trace.drop("agentless: a possibility or negation, no act and no actor")
    # (a rule limited to its patients names a measure taken, "security was tightened": no party)
    recipient = actors.participant(pat, ctx) if ok and not (rule is not None and rule.patients) else None
    if rule is None and not _coded(recipient) and trig.info.type.lower() not in lists().any_actor_types:
        return trace.drop("no coded actor on either side")
    agent = _named_agent(trig, rule, ctx) or _cause_agent(trig, found, ctx) or _cause_owner(trig, ctx)
    if agent is None and implicit.unaccusative(trig.token) and implicit.death_cause(trig.token) is None:
        return trace.drop("agentless: a death with no violent cause")   # "died when his car crashed"
    return _record(trig, sent, ctx, agent, recipient)


def _cause_agent(trig: Trigger, found: dict[int, Trigger], ctx: "Context") -> Participant | None:
    """'a boy was killed when police fired to disperse a mob': the actor of a violent act in a
    temporal or causal clause of an agentless harm (when, as, after) caused it."""
    if trig.info.type != "ASSAULT":
        return None
    marks = grammar().cause_marks
    tok = trig.token
    near = [tok, *tok.conjuncts] + ([tok.head] if tok.dep_ == "conj" else [])   # "killed and two injured when ..."
    near += implicit.gapped_participles(tok)   # "killed and six others injured ... when police fired"
    for clause in (c for t in near for c in t.children):
        cause = found.get(clause.i)
        if clause.dep_ != "advcl" or cause is None or cause.info.type != "ASSAULT" \
                or not any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in clause.children):
            continue
        parsed = actors.actor_token(cause)
        agent = actors.participant(actors.resolve(parsed, ctx), ctx) if parsed is not None else None
        if _coded(agent):
            return agent
    return None


def _cause_owner(trig: Trigger, ctx: "Context") -> Participant | None:
    """'killed in a police encounter', 'killed in an encounter with the police': the party the
    violence named as the cause belongs to (its modifier, or its with-phrase) did the harm."""
    if trig.info.type != "ASSAULT":
        return None
    cause = implicit.death_cause(trig.token)
    if cause is None or cause.dep_ != "pobj":
        return None
    owner = actors.noun_actor(cause)
    if owner is None:
        owner = next((g for c in cause.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj" and actors.actor_like(g)), None)
    agent = actors.participant(owner, ctx) if owner is not None else None
    return agent if _coded(agent) else None


def _named_agent(trig: Trigger, rule: Any, ctx: "Context") -> Participant | None:
    """'Police said five protesters were arrested': the conventional agent named as the reporter
    of the passive is the actor (its mention, not implied)."""
    if rule is None:
        return None
    parsed = actors.actor_token(trig)
    agent = actors.participant(parsed, ctx) if parsed is not None else None
    return agent if agent is not None and agent.sector == rule.sector else None


def _local(p: Participant | None, country: str | None, ctx: "Context") -> Participant | None:
    """Police, courts and local groups named without a country act where they sit: the country of
    the event's place, else of the article's places (``domestic_sectors``; not a name with a
    ``non_local_words`` word: "world leaders"). Not a named person: a president or a minister
    travels, and an act's place is often its target's ("President Trump ... action against Iran");
    a named person with no country of their own is ``_resident``'s to code."""
    imp = implicit.implicit()
    if p is None or p.country or not p.sector or not country:
        return p
    ent = actors.entity_by_id(ctx, p.entity)
    if getattr(ent, "type", None) == "PERSON":
        return p
    if not imp.non_local_words.isdisjoint(p.name.lower().split()):
        return p   # "world leaders", "foreign diplomats"
    return replace(p, country=country) if p.sector.lower() in imp.domestic_sectors else p


def _not_the_target(country: str | None, recipient: Participant | None, sent: Any, ctx: "Context") -> str | None:
    """The place country a local actor may take, unless the sentence names that country only
    inside the recipient ("lawmakers ... to step up sanctions against Iran": the lawmakers are not
    Iranian; the place acted on is not where the actor sits)."""
    if country is None or recipient is None or recipient.start is None or recipient.end is None:
        return country
    here = [p for p in ctx.results.get("places", ()) if getattr(p, "country", None) == country
            and sent.start_char <= p.start < sent.end_char]
    inside = [p for p in here if recipient.start <= p.start < recipient.end]
    return None if here and len(inside) == len(here) else country


def _resident(p: Participant | None, ctx: "Context", bodies: bool = False) -> Participant | None:
    """A person the article names with no country of their own (no dictionary entry, no
    nationality in the text) is of the article's country, the country most of its places are in
    ("Leonard E. Burman" in a story set in the United States; ICEWS codes unknown named persons
    by the country of the story likewise), counting as evidence the coded people and bodies of
    the article when they all agree on that country (a US campaign story names few places but
    many coded Americans). A named group with no country of its own ("Democrats", NORP) likewise.
    Not a name with a ``non_local_words`` word. ``bodies``: a named organisation too ("the National
    Rifle Association", "BuzzFeed" in a US story), once the event is kept: a body's assumed country
    is no evidence that it is a political actor (it does not keep a business's or a PAC's act)."""
    if p is None or p.country or p.entity is None:
        return p
    ent = actors.entity_by_id(ctx, p.entity)
    country, places = _story_country(ctx)
    if getattr(ent, "type", None) not in (("PERSON", "NORP", "ORG") if bodies else ("PERSON", "NORP")) \
            or getattr(ent, "country", None) or country is None \
            or places < implicit.implicit().resident_min_places \
            or not implicit.implicit().non_local_words.isdisjoint(p.name.lower().split()) \
            or (getattr(ent, "type", None) == "ORG" and not implicit.implicit().regional_words.isdisjoint(
                p.name.lower().split())):
        return p
    return replace(p, country=country)


def _party_member(p: Participant | None, ctx: "Context", doc: Any) -> Participant | None:
    """People named by a party adjective ("Rival Republican candidates") are of the party's
    country as ``_resident`` finds it for the party's name; the record's entity stays unset."""
    if p is None or p.country or p.entity is not None or p.start is None or p.end is None:
        return p
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    group = actors.party_group(span.root, ctx) if span is not None else None
    if group is None:
        return p
    coded = _resident(replace(p, entity=getattr(group, "id", None)), ctx)
    return p if coded is None or not coded.country else replace(p, country=coded.country)


def _story_agent(p: Participant | None, ctx: "Context", doc: Any) -> Participant | None:
    """A side named by a common noun of agents with no country, no sector or a domestic one, and no
    name of its own ("all candidates", "the party", "some advisers", "investigators", "the
    machinists union" in a US campaign story) is of the article's country, as ``_resident`` codes a
    named person of no known country and ``_local`` a police force (ICEWS codes generic agents by
    the country of the story likewise): not when a word of its phrase names a nationality or a
    place ("Kurdish pesh merga": theirs) or says it is not local ("world leaders", "foreign
    diplomats": ``non_local_words``), nor an armed or international sector ("Allied troops"), nor
    when its of-phrase names the party it belongs to ("members of the Bakassi Boys")."""
    if p is None or p.country or p.entity is not None or p.start is None or p.end is None or p.implied \
            or (p.sector is not None and p.sector.lower() not in implicit.implicit().domestic_sectors):
        return p
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    head = span.root if span is not None else None
    if head is None or head.pos_ != "NOUN" or not ({head.lower_, lemma(head)} & plover.agent_nouns()):
        return p
    imp = implicit.implicit()
    if any(t.ent_type_ in PLACE_ENTS | {"NORP"} or t.lower_ in imp.non_local_words for t in span):
        return p
    if actors.of_actor(head) is not None:
        return p   # "Members of the Bakassi Boys": the named group's, whose country the record lacks
    country, places = _story_country(ctx)
    if country is None or places < imp.resident_min_places:
        return p
    return replace(p, country=country)


def _caseless_local(p: Participant | None, ctx: "Context", doc: Any) -> Participant | None:
    """In an article written without capitals ("singh refused to support ...", "the bajrang dal
    has given a call ..."), the parser and NER cannot tell a name from a word, so the dictionaries
    and the gazetteer are all there is: a side named in the text with no country of its own is of
    the article's country (the country most of its places are in, ``caseless_min_places`` of
    them: implicit.yaml), unless its name
    says it is not local ("world leaders"), it is a pronoun, or it names no party (a festival)."""
    if p is None or p.country or p.start is None or p.end is None or p.implied:
        return p
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    head = span.root if span is not None else None
    if head is None or not implicit.patient_ok(head, actors.actor_like(head)):
        return p
    if CASELESS not in ctx.cache:
        ctx.cache[CASELESS] = caseless.lower_case_article(ctx.article.text)
    country, places = _story_country(ctx)
    words = p.name.lower().split()
    if not ctx.cache[CASELESS] or country is None or not words or places < implicit.implicit().caseless_min_places \
            or not implicit.implicit().non_local_words.isdisjoint(words) \
            or (len(words) == 1 and words[0] in grammar().person_pronouns | grammar().non_person_pronouns):
        return p
    return replace(p, country=country)


#: ctx.cache key: the article is written without capitals (_caseless_local)
CASELESS = "events.caseless"


def _article_country(ctx: "Context") -> str | None:
    """The article's country (``_story_country``; None when it has no clear one)."""
    return _story_country(ctx)[0]


def _story_country(ctx: "Context") -> tuple[str | None, int]:
    """(the article's country, how much of the evidence points to it), once per article. The
    evidence is the article's place mentions, its coded people, organisations and nationalities
    (each named party once: "Hillary Clinton", "the FBI", "Republicans"; a campaign story names few
    places but many coded Americans; not the news outlets it cites) and its dateline's place,
    counted ``dateline_weight`` times ("kolkata:" is where the story is filed, whatever the places
    it names). The country is the one most of the evidence points to, and only when it leads the
    next country by ``story_lead_percent`` (implicit.yaml): a story split between two countries
    has none.
    (None, 0) when the article names no place and no coded party."""
    if ARTICLE_COUNTRY not in ctx.cache:
        imp = implicit.implicit()
        places = [p for p in ctx.results.get("places", ()) if getattr(p, "country", None)]
        counts = Counter(p.country for p in places)
        counts.update(e.country for e in ctx.results.get("entities", ())
                      if getattr(e, "type", None) in ("PERSON", "ORG", "NORP") and getattr(e, "country", None)
                      and (getattr(e, "sector", None) or "").lower() not in lists().media_sectors)
        # (a news outlet is the channel of the story, "told Fox News", not a party of its country)
        filed = _filed_from(places, ctx.doc)
        if filed is not None:
            counts[filed] += imp.dateline_weight - 1   # (its mention is counted once above)
        ranked = counts.most_common(2)
        top = ranked[0] if ranked else None
        second = ranked[1][1] if len(ranked) > 1 else 0
        ctx.cache[ARTICLE_COUNTRY] = (top[0], top[1]) if top is not None \
            and top[1] * 100 >= imp.story_lead_percent * second else (None, 0)
    return ctx.cache[ARTICLE_COUNTRY]


def _filed_from(places: list[Any], doc: Any) -> str | None:
    """The country of the place of the article's dateline ("kolkata: ...", "NEW DELHI --", after a
    crawl's header line "This story is from March 10, 2002"), or None."""
    first = min(places, key=lambda p: p.start, default=None)
    if first is None or first.start > DATELINE_REACH:
        return None
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    end = actors.dateline_end(span[0]) if span is not None and len(span) else -1
    return first.country if end >= 0 and first.end <= doc[end].idx else None


#: characters from the start of the text within which a dateline's place is looked for
DATELINE_REACH = 200
#: ctx.cache key of the article's country (_story_country)
ARTICLE_COUNTRY = "events.article_country"


def _victims(ctx: "Context", start: int, end: int) -> tuple[Any, ...]:
    """Counts of victims or detainees inside the evidence ("37 people were killed")."""
    cats = implicit.implicit().event_count_categories
    return tuple(c for c in ctx.results.get("counts", ()) if c.category in cats and start <= c.start and c.end <= end)


def _duplicate(event: Event, earlier: list[Event], sent: Any) -> int | None:
    """The same happening told twice: an earlier event of the article with the same type, mode,
    actor, recipient, date and factuality (asserted and reported alike) — anywhere in the article
    when both sides are named (headline and body) or when the actor is named and the place is known
    and the same ("police opened fire in Bharuch" in the lead and again in the body), else within
    the sentence (two mentions with no recipient and no place cannot be shown to be one happening).
    A verb and the event noun that is its object are one happening whatever the date on one of
    them ("on sunday issued a veiled warning": the noun is not dated by "sunday", the verb is).
    So is an event noun owned by its named actor with no date of its own and an event of the same
    key anywhere in the article ("Clinton attacked Trump" ... "Clinton's attacks on Trump",
    "Sanders' attacks on her contributions" ... "Sanders' attack"): a noun has no tense, and its
    possessive names an act the reader knows (as "his threat" does, ``_repeats``).
    Returns the earlier event's index, or None."""
    def key(e: Event) -> tuple[Any, ...]:
        return (e.type, e.mode, e.actor.name.casefold() if e.actor else None, e.actor.country if e.actor else None,
                e.recipient.name.casefold() if e.recipient else None,
                "happened" if e.factuality in plover.HAPPENED else e.factuality)
    mine = key(event)
    # both sides named in the sentence itself or implied by the act (a side resolved from a pronoun,
    # "attacked them", is not named there: the sentence may tell another happening to the same parties)
    both = all(p is not None and (p.implied or (p.start is not None and sent.start_char <= p.start < sent.end_char))
               for p in (event.actor, event.recipient))
    place = event.location.name if event.location else None

    def same(e: Event) -> bool:
        if key(e) != mine:
            return False
        here = sent.start_char <= e.evidence.start < sent.end_char
        dated = e.date == event.date or (
            here and (e.date is None or event.date is None) and _verb_and_object(e, event, sent))
        if event.actor is not None and not event.actor.implied \
                and (_owned_noun(e, sent.doc) or _owned_noun(event, sent.doc)):
            return True   # "Clinton's attacks on Trump": the act told elsewhere in the article
        return dated and (both or here or (event.actor is not None and place is not None
                                           and e.location is not None and e.location.name == place))
    return next((i for i, e in enumerate(earlier) if same(e)), None)


def _owned_noun(event: Event, doc: Any) -> bool:
    """The event's trigger is a noun with no date of its own (none, or the story's: not one its
    text names), owned by a possessive named word ("Clinton's attacks", "Sanders' attack"; not
    "his attack", an anaphor ``_repeats`` handles)."""
    if event.date is not None and event.date_basis == "text":
        return False
    tok = trigger_token(doc, event)
    return tok is not None and tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)


def _verb_and_object(a: Event, b: Event, sent: Any) -> bool:
    """One event's trigger is the direct object of the other's ("issued a warning")."""
    x, y = trigger_token(sent.doc, a), trigger_token(sent.doc, b)
    return x is not None and y is not None and (
        (x.dep_ == "dobj" and x.head.i == y.i) or (y.dep_ == "dobj" and y.head.i == x.i))


def _partial(event: Event, earlier: list[Event], sent: Any) -> int | None:
    """One happening told twice in a sentence, once with a side missing: "four persons were
    killed [police -> four persons] when police opened fire [police -> -]", "has given a call
    [-> -] to boycott holi" and its noun. An earlier event of the sentence with the same type and
    factuality class whose named sides agree with this one's, one of the two lacking a side the
    other names (modes and dates agree or one is missing). Anywhere in the article when one of the
    two is an event noun owned by its named actor with no date of its own, the other naming the
    recipient it lacks ("Clinton attacked Trump on Monday" ... "Clinton's attacks": the noun tells
    the act again, ``_owned_noun``). Returns its index, or None."""
    def agree(a: Any, b: Any) -> bool:
        return a is None or b is None or a == b

    def same(a: Participant | None, b: Participant | None) -> bool:
        return a is None or b is None or a.name.casefold() == b.name.casefold()

    happened = event.factuality in plover.HAPPENED
    for i, e in enumerate(earlier):
        if e.type != event.type \
                or (e.factuality in plover.HAPPENED) != happened or (not happened and e.factuality != event.factuality):
            continue
        here = sent.start_char <= e.evidence.start < sent.end_char
        lacking = e if e.recipient is None else event   # (the one of the two without a recipient)
        owned = not here and e.actor is not None and event.actor is not None and not event.actor.implied \
            and (e.recipient is None) != (event.recipient is None) and _owned_noun(lacking, sent.doc)
        if not (here or owned):
            continue
        if _named_sides(e) == _named_sides(event) or not (_named_sides(e) <= _named_sides(event)
                                                          or _named_sides(event) <= _named_sides(e)):
            continue   # both name the same sides (then they differ: _duplicate said so) or neither covers the other
        if same(e.actor, event.actor) and same(e.recipient, event.recipient) \
                and agree(e.mode, event.mode) and (owned or agree(e.date, event.date)):
            return i
    return None


def _named_sides(e: Event) -> frozenset[str]:
    return frozenset(k for k, p in (("actor", e.actor), ("recipient", e.recipient)) if p is not None)


def _fill(kept: Event, other: Event) -> Event:
    """``kept`` with ``other``'s evidence as a mention and the mode and date only ``other`` gives."""
    extra: dict[str, Any] = {}
    if kept.mode is None and other.mode is not None:
        extra["mode"] = other.mode
    if kept.date is None and other.date is not None:
        extra.update(date=other.date, date_basis=other.date_basis)
    return _mentioned(kept, (*other.mentions, other.evidence), **extra)


def _mentioned(event: Event, spans: tuple[Span, ...], **extra: Any) -> Event:
    """``event`` with ``spans`` added to its mentions (and ``extra`` fields), its confidence
    estimated again (``confidence.features`` reads the mentions and the date's basis)."""
    out = replace(event, mentions=(*event.mentions, *spans), **extra)
    return replace(out, confidence=estimate(out)) if event.confidence is not None else out


def _proposer(trig: Trigger, obj: "Token", actor: Participant | None, ctx: "Context") -> Participant | None:
    """'Clinton proposed a New York debate - but the Sanders campaign rejected the idea', 'Sanders
    rejected that, too', 'Weaver dismissed that suggestion': a definite or demonstrative noun of a
    thing put forward (actor_words.yaml ``anaphoric_things``: idea, proposal, offer, allegation
    ...), or a demonstrative pronoun, with no owner or content in its own phrase, refers back to
    what was put forward just before (anaphora): whoever put it forward -- the subject of the
    nearest earlier verb of putting forward (``proposing_verbs``: proposed, suggested, offered,
    alleged ...) in the sentence or the ``antecedent_sentences`` before it, a party other than the
    actor -- is the one rejected, criticised, welcomed or agreed with (``antecedent_types``). None
    otherwise."""
    words = plover.actor_words()
    if trig.info.type not in words.antecedent_types or obj.head.i != trig.token.i or obj.dep_ != "dobj":
        return None
    kids = list(obj.children)
    if obj.pos_ == "PRON":
        if obj.lower_ not in words.demonstratives or obj.tag_ != "DT":
            return None   # (a relative "that", WDT, stands for its antecedent: syntax.relative_antecedent)
    elif lemma(obj) not in words.anaphoric_things or not any(
            c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in kids) \
            or any(c.dep_ in ("poss", "compound", "prep", "acl", "relcl", "amod") for c in kids):
        return None   # ("the Sanders proposal", "the idea of a debate", "the idea that ...": owned or said)
    doc, start = trig.token.doc, trig.token.sent.start
    for _ in range(words.antecedent_sentences):
        start = doc[start - 1].sent.start if start > 0 else start
    name = actor.name.casefold() if actor is not None else None
    for verb in reversed(doc[start:trig.token.i]):
        if verb.pos_ != "VERB" or lemma(verb) not in words.proposing_verbs:
            continue
        subj = child(verb, "nsubj")
        if subj is None:
            continue
        found = actors.participant(subj, ctx)   # (resolved there: "he proposed" is whom it stands for)
        if found is None or not _coded(found) or found.name.casefold() == name \
                or (actor is not None and found.entity is not None and found.entity == actor.entity):
            return None   # (the nearest one put it forward: the actor's own, or no party's)
        return found
    return None


def _repeats(event: Event, earlier: Any) -> bool:
    """An earlier event of the same type by the same actor: "his threat" names it again."""
    name = event.actor.name if event.actor else None
    return any(e.type == event.type and e.actor is not None and e.actor.name == name for e in earlier)


def _opponent(trig: Trigger, recip_tok: "Token") -> bool:
    """'Erdogan joined the campaign against ISIS', 'wants Turkey to join the war on ISIS': a party
    named after a preposition of opposition (grammar.yaml ``opposition_prepositions``; the
    ``hostility_prepositions``, "on", only after a noun of a campaign or war, ``hostility_nouns``)
    is what a cooperative act (PLOVER quads 1 and 2: agreeing, consulting, supporting, cooperating,
    aiding, yielding) is done against, not its recipient."""
    if plover.types()[trig.info.type].quad not in (1, 2) or recip_tok.dep_ != "pobj":
        return False
    prep = recip_tok.head
    g = grammar()
    return prep.lower_ in g.opposition_prepositions or (
        prep.lower_ in g.hostility_prepositions and prep.head.pos_ == "NOUN" and lemma(prep.head) in g.hostility_nouns)


def _event(trig: Trigger, sent: Any, ctx: "Context", actor_tok: "Token") -> Event | None:
    """The Event record of a trigger whose actor head is ``actor_tok``, or None when it has no
    political actor or too little evidence."""
    recip_tok = actors.recipient_token(trig, actor_tok)
    trace.note_recipient_word(ctx, trig, recip_tok)
    if recip_tok is not None and recip_tok.dep_ == "dobj" and recip_tok.tag_ in ("WDT", "WP") \
            and recip_tok.head.dep_ == "relcl":
        recip_tok = recip_tok.head.head   # "the alt-right, which Clinton denounced": the antecedent
    if recip_tok is not None and recip_tok.lower_ in grammar().reflexive_pronouns \
            and trig.code in lists().reflexive_act_codes:
        recip_tok = None   # "blew himself up": the bomber's own body is no recipient
    if recip_tok is not None and recip_tok.pos_ == "PRON":
        recip_tok = actors.plural_antecedent(recip_tok, actor_tok) or recip_tok   # "attacked them"
    if recip_tok is not None and _opponent(trig, recip_tok):
        recip_tok = None   # "joined the campaign against ISIS": ISIS is opposed, not supported
    named = actors.participant(actor_tok, ctx)
    actor = _resident(named, ctx)   # a named resident is a coded actor ...
    resident = actor is not named   # ... whose default-coded acts need a named or coded recipient
    recipient = actors.participant(recip_tok, ctx)
    instruments = implicit.implicit().instrument_nouns
    people = trig.info.type in implicit.implicit().agentless_types and implicit.patient_ok(recip_tok, False)   # "the crowd"
    if recipient is not None and (not (_political(recipient, recip_tok) or people)
                                  or (recip_tok is not None and recip_tok.lemma_.lower() in instruments)):
        recipient = None   # a weapon or "fire" ("opened fire") is no party
    if recipient is not None and actor is not None and recip_tok is not None and recip_tok.tag_ == "PRP$" \
            and (_same_party(actor, recipient) or _same_surname(actor, recipient)):
        recipient = None   # "Clinton defended her record": the owner is the actor, no other party
    if recipient is not None and actor is not None and recip_tok is not None and recip_tok.pos_ == "PRON" \
            and recip_tok.lower_ not in grammar().reflexive_pronouns and _same_party(actor, recipient):
        # "Kiir pardoned him": a plain pronoun is not its clause's subject; the resolution is wrong,
        # the pronoun stays as written, uncoded
        recipient = Participant(recip_tok.text, None, None, recip_tok.idx, recip_tok.idx + len(recip_tok.text), None)
    if (recipient is None or not _coded(recipient)) and recip_tok is not None:
        proposer = _proposer(trig, recip_tok, actor, ctx)
        if proposer is not None:   # "Clinton proposed a debate ... but Sanders rejected the idea": Clinton
            recipient, recip_tok = proposer, None
            trace.recipient_antecedent(ctx, trig)
    pair = _mutual(trig, actor_tok, recipient, ctx)   # two coded parties acting on each other are evidence
    if not _political(actor, actor_tok) or (pair is None and not _enough(trig, actor, recipient, resident)):
        return trace.drop("no political actor" if not _political(actor, actor_tok) else "too little evidence")
    if _share_of_class(actor_tok):
        return trace.drop("a generalisation: a share of a class named by no name does no one act")
    if _free_choice(trig, actor_tok, recip_tok):
        return trace.drop("a free choice: no particular party or act")
    if _thing_of_party(actor_tok):
        return trace.drop("a thing of a party's does no act: the verb is a figure of speech")
    if _competition(trig, actor, sent, ctx) or _home_state_won(trig, actor, recipient, recip_tok, sent, ctx):
        return trace.drop("a contest, not force")
    if _engagement(trig, actor, sent, ctx):
        return trace.drop("engaged in no fighting, no force used")
    if _unarmed_mobilization(trig, actor, sent):
        return trace.drop("no military or police move")
    if _unarmed_protection(trig, actor, sent, ctx):
        return trace.drop("no military protection")
    if _unarmed_departure(trig, actor, sent, ctx):
        return trace.drop("no military retreat: a person's move")
    if _private_gift(trig, actor, sent, ctx):
        return trace.drop("a private gift, no aid")
    if _private_money(trig, actor, sent, ctx):
        return trace.drop("private or campaign money, no aid")
    if _personal_dealing(trig, actor, sent, ctx):
        return trace.drop("a person's payment, purchase or investment, no economic cooperation")
    if _figurative(trig):
        return trace.drop("a figure of speech, not an attack")
    if _home_travel(trig, actor, recipient, recip_tok):
        return trace.drop("travel within its own country")
    if _visit_of_no_host(trig, recipient, recip_tok):
        return trace.drop("a visit to no party")
    if _own_kin_visit(trig):
        return trace.drop("a private call on one's own relatives")
    if _interview(trig, actor, recipient):
        return trace.drop("an interview, not a consultation")
    if _self_directed(actor, recipient, recip_tok, trig.info.type not in actors.OWNER_TYPES):
        return trace.drop("self-directed")
    if _own_meeting(trig, actor, recipient, recip_tok):
        return trace.drop("a body's own meeting, no other party met")
    if _own_country_exhorted(trig, actor, recipient, recip_tok):
        return trace.drop("the speaker's own country exhorted, no other party asked")
    if trig.how == "verb" and not (_coded(actor) or _coded(recipient)) and not _reciprocal(trig, actor, recipient):
        return trace.drop("generic verb with no coded actor on either side")
    if trig.info.type.lower() not in lists().any_actor_types and _private(actor, ctx) \
            and (recipient is None or _private(recipient, ctx)):
        return trace.drop("no political actor on either side")
    if trig.info.type.lower() not in lists().any_actor_types and actor is not None and recipient is not None \
            and (_business(actor) or _business(recipient)) \
            and not (_known_political(actor, ctx) or _known_political(recipient, ctx)):
        return trace.drop("a business act")   # (a missing side is unknown, not private)
    if pair is not None:   # "the Philippines and France agree": each party acts on the other
        a, b = pair
        ctx.cache.setdefault(MIRRORED, []).append(_record(trig, sent, ctx, b, a))
        return _record(trig, sent, ctx, a, b)
    at_home = actor is not None and recipient is not None and bool(actor.country) and recipient.country == actor.country
    if actors.place_of_act(trig, recip_tok, at_home):
        recipient = None   # "offered in Paris": where, not to whom (kept as evidence above)
        trace.leave_out_recipient(ctx, trig, "place_of_act")
    elif actors.charged_happening(trig, recip_tok):
        recipient = None   # "condemned the violence in Gujarat": the charge is aimed at its doer
        trace.leave_out_recipient(ctx, trig, "charged_happening")
    elif _unresolved_subject(trig, recip_tok, recipient):
        recipient = None
        trace.leave_out_recipient(ctx, trig, "unresolved_pronoun")
    elif _asked_for(trig, recip_tok):
        recipient = None   # "pushed for Zika funding": the thing wanted, not the party asked
        trace.leave_out_recipient(ctx, trig, "thing_asked_for")
    elif recipient is not None and actors.thing_recipient(recip_tok):
        recipient = None   # "mediated in the ayodhya dispute": a thing, no party
        trace.leave_out_recipient(ctx, trig, "thing")
    return _record(trig, sent, ctx, actor, recipient)


def _asked_for(trig: Trigger, tok: "Token | None") -> bool:
    """'pushed for Zika funding', 'called for a special prosecutor': the object of the request's
    own preposition of what is asked for (grammar.yaml ``asked_for_prepositions``) is the thing or
    person wanted; PLOVER REQUEST's recipient is the party the demand is made of."""
    return trig.info.type == "REQUEST" and tok is not None and tok.dep_ == "pobj" \
        and tok.head.lower_ in grammar().asked_for_prepositions and tok.head.head.i == trig.token.i


def _unresolved_subject(trig: Trigger, tok: "Token | None", recipient: Participant | None) -> bool:
    """The recipient found is the subject pronoun of another clause (a complement, the act asked
    for, a condition: "She criticized what she called the rhetoric", "Trump affirmed that he likes
    Cruz") that stands for no one the article names (no entity, no code): most often the speaker
    itself, or someone the record cannot name; no recipient rather than a bare "he". A pronoun that
    is the act's own subject or object stays ("they were sent to jail"), and so does the one a
    "should" obliges ("he should step down, Trump said": the demand is of someone, OBLIGATION_RULE)."""
    return tok is not None and recipient is not None and tok.pos_ == "PRON" and not first_person(tok) \
        and OBLIGATION_RULE not in trig.rules \
        and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != trig.token.i \
        and not (recipient.country or recipient.sector or recipient.entity)


#: ctx.cache key of the second event of a mutual act (B -> A), added after its A -> B event
MIRRORED = "events.mirrored"


def _mutual(trig: Trigger, actor_tok: "Token", recipient: Participant | None,
            ctx: "Context") -> tuple[Participant, Participant] | None:
    """'The Philippines and France agree', 'activists and the police clashed': coordinated parties
    of a mutual act with no recipient act on each other (PETRARCH/CAMEO code A->B and B->A)."""
    imp = implicit.implicit()
    if recipient is not None or (trig.info.type not in imp.mutual_types and trig.code not in imp.mutual_codes
                                 and trig.token.lemma_.lower() not in imp.mutual_verbs
                                 and not _each_other(trig.token)):
        return None
    if _travel_verb(trig.token) and not _each_other(trig.token):
        return None   # "Obama and Biden arrived in Orlando": co-travellers visit the place, not each other
    if trig.info.type == "ASSAULT" and trig.token.lemma_.lower() not in imp.reciprocal_verbs \
            and trig.token.lemma_.lower() not in imp.exchange_verbs and not _each_other(trig.token):
        return None   # "an American and his wife carried out a mass shooting": co-agents, not each other's targets
    others = actors.party_conjuncts(actor_tok)
    if len(others) != 1:
        return None
    a, b = actors.participant(actor_tok, ctx, single=True), actors.participant(others[0], ctx, single=True)
    if a is None or b is None:
        return None
    named = _each_other(trig.token)   # "Clinton and Sanders accused each other": two named parties will do
    return (a, b) if all(_coded(p) or (named and p.entity is not None) for p in (a, b)) else None


def _each_other(tok: "Token") -> bool:
    """'Clinton and Sanders accused each other': a reciprocal pronoun as the object makes any act
    mutual between the coordinated subjects (PLOVER codes both directions)."""
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "pobj") or c.dep_ == "prep"):
        node = child(obj, "pobj") if obj.dep_ == "prep" else obj
        words = {node.lower_} | {d.lower_ for d in node.children if d.dep_ in ("det", "nummod", "amod")} \
            if node is not None else set()
        if words in ({"each", "other"}, {"one", "another"}):   # (parsed either way round)
            return True
    return False


def _interview(trig: Trigger, actor: Participant | None, recipient: Participant | None) -> bool:
    """'Biden spoke with POLITICO senior writer Glenn Thrush', 'The Huffington Post spoke with
    Teachout on its podcast': a talk between a journalist or an outlet and someone who is not one
    is an interview, whichever side the sentence names first (precision.yaml ``media_sectors``,
    ``interview_types``)."""
    pl = lists()
    media = lambda p: p is not None and (p.sector or "").lower() in pl.media_sectors  # noqa: E731
    return trig.info.type.lower() in pl.interview_types and recipient is not None and media(recipient) != media(actor)


def _business(p: Participant | None) -> bool:
    """A side coded as a business or a multinational (``business_sectors``, ``private_countries``)."""
    return p is not None and bool((p.sector and p.sector.lower() in lists().business_sectors)
                                  or (p.country and p.country.lower() in lists().private_countries))


def _international(p: Participant) -> bool:
    """A side coded as an international body (``international_bodies``: IGO, NGO ...)."""
    return (p.country or "").lower() in lists().international_bodies


def _known_political(p: Participant | None, ctx: "Context") -> bool:
    """A side that may be a political actor: a political sector, or a coded body or state that is
    no person (a person known only by nationality is no political actor)."""
    if p is None:
        return False
    if _international(p):
        return True
    if p.sector:
        return p.sector.lower() in lists().political_sectors
    ent = actors.entity_by_id(ctx, p.entity)
    return p.country is not None and p.country.lower() not in lists().private_countries \
        and getattr(ent, "type", None) != "PERSON"


def _private(p: Participant | None, ctx: "Context") -> bool:
    """A side coded as no political actor: a non-political sector (business, media, education
    ...), or a person known only by nationality. An uncoded side is not known to be private."""
    if p is None:
        return False
    if _international(p):
        return False   # the Red Cross (NGO, sector MED) is a body of the manual's non-state table
    if p.sector:
        words = p.name.lower().split()
        if p.sector.lower() == "rel" and words and words[-1] in lists().believer_nouns:
            return True   # "many hindus": the faithful, no religious organisation
        return p.sector.lower() not in lists().political_sectors
    if not p.country:
        return False
    ent = actors.entity_by_id(ctx, p.entity)
    # (a named person of the article's country, events._resident, is not known to be private)
    return getattr(ent, "type", None) == "PERSON" and getattr(ent, "country", None) is not None


def _record(trig: Trigger, sent: Any, ctx: "Context", actor: Participant | None,
            recipient: Participant | None) -> Event:
    """The Event record; a null ``actor`` takes the act's conventional agent when it has one."""
    start, end = evidence_span(trig, sent, actor)
    location = _location(ctx, start, end)
    if actor is None:
        actor = implicit.implied_actor(trig, location)
    country = location.country if location is not None and location.country else _article_country(ctx)
    actor, recipient = _local(actor, _not_the_target(country, recipient, sent, ctx), ctx), _local(recipient, country, ctx)
    actor, recipient = _resident(actor, ctx, bodies=True), _resident(recipient, ctx, bodies=True)
    actor, recipient = _party_member(actor, ctx, sent.doc), _party_member(recipient, ctx, sent.doc)
    actor, recipient = _caseless_local(actor, ctx, sent.doc), _caseless_local(recipient, ctx, sent.doc)
    actor, recipient = _story_agent(actor, ctx, sent.doc), _story_agent(recipient, ctx, sent.doc)
    if _verbal_attack(trig, actor, sent, ctx):
        code = lists().verbal_attacks.code
        trig = replace(trig, code=code, info=plover.cameo_info(code) or trig.info)
    elif _armed_attack(trig, actor, sent):
        code = lists().verbal_attacks.physical_code
        trig = replace(trig, code=code, info=plover.cameo_info(code) or trig.info)
    recipient = _place_recipient(trig, actor, recipient, location)
    actor, recipient = _sovereign(actor), _sovereign(recipient)
    code, quad, gold = _codes(trig)
    mode = implicit.cue_mode(trig.info.type, trig.info.mode, ctx.article.text[start:end])
    stated = _statement(trig)
    date, basis = event_date(trig if stated is None else replace(trig, token=stated), sent, ctx)
    fact = factuality(trig.token, ctx, trig.embed_kind, trig.refusal)
    if basis in ("publication", "story") and fact not in lists().dated_factuality and stated is None:
        date, basis = None, None   # an act not (yet) done has no day of its own: "a plan to boycott"
    date, basis, fact = _after_the_news(date, basis, fact, trig.token, ctx)
    return Event(
        type=trig.info.type, mode=mode, factuality=fact,
        actor=actor, recipient=recipient, date=date,
        location=location, evidence=Span.of(ctx.article.text, start, end),
        score=gold, trigger=Span.of(ctx.article.text, trig.token.idx, trig.token.idx + len(trig.token.text)),
        cameo=code, quad_class=quad, goldstein=gold,
        confidence=round(trig.prob, 3) if trig.prob is not None else plover.lexicon().confidence.get(trig.how),
        context=trig.info.context, date_basis=basis, counts=_victims(ctx, start, end))


def _after_the_news(date: str | None, basis: str | None, fact: str, tok: "Token",
                    ctx: "Context") -> tuple[str | None, str | None, str]:
    """A verb dated by its text to a day after the news has not happened when it is told: told as
    done or current ("is holding an emergency meeting on sunday" in a Saturday paper, "announced to
    present a memorandum on april 5"), it is future; told in the past tense, the date read is not
    its day (a month without a year is the last one before the news: "attacked in June" in a
    February story; other dates are left out). Event nouns have no tense and keep theirs."""
    if fact in lists().dated_factuality and tok.pos_ in ("VERB", "AUX") and not _past(tok) and ahead(tok):
        fact = "future"   # "Trump and Ryan are meeting up next week": planned
    pub = ctx.article.published
    if basis != "text" or not date or not pub or date <= pub[:len(date)] \
            or fact not in lists().dated_factuality or tok.pos_ not in ("VERB", "AUX"):
        return date, basis, fact
    if not _past(tok):
        return date, basis, "future"
    if len(date) == 7:   # YYYY-MM
        earlier = f"{int(date[:4]) - 1:04d}{date[4:]}"
        return earlier, basis, fact
    return None, None, fact


def _self_directed(actor: Participant | None, recipient: Participant | None, tok: "Token | None",
                   by_name: bool = True) -> bool:
    """The recipient is the actor itself (a reflexive pronoun, or the same entity named by a
    noun): "Trump ... defending himself". A plain pronoun object is never its own clause's
    subject ("Kiir pardoned him"), so a coreference saying so is not trusted to drop an event."""
    if tok is not None and tok.lower_ in grammar().reflexive_pronouns:
        return True
    if by_name and actor is not None and recipient is not None and tok is not None and tok.pos_ != "PRON" and (
            (actor.start is not None and actor.start == recipient.start)
            or actor.name.casefold() == recipient.name.casefold()):
        return True   # one mention or one name on both sides ("Luis Rubio -> Luis Rubio"); not
        # for troops moved (RETREAT, MOBILIZE), whose own forces give way to the place (_place_recipient)
    return actor is not None and recipient is not None and actor.entity is not None \
        and actor.entity == recipient.entity and tok is not None and tok.pos_ != "PRON"


def _own_meeting(trig: Trigger, actor: Participant | None, recipient: Participant | None,
                 recip_tok: "Token | None") -> bool:
    """'senior leaders of the VHP held a closed-door meeting', 'she has convened a meeting of MLAs',
    'the board would be calling an emergency meeting': holding, convening or calling a meeting
    (precision.yaml ``convening_verbs``, ``meeting_nouns``) with no other party named is a body's
    own business; PLOVER CONSULT is a meeting between actors ("held meetings with representatives
    of the board": the partner is the recipient, and stays). The meeting itself is no partner, nor
    is a place of the actor's own country it is held at ("held a closed-door meeting at the
    Karsevakpuram"); a meeting held abroad meets that country's parties ("Soleimani has held
    several meetings in Baghdad": PLV's annotators mark the place)."""
    tok = trig.token
    if trig.info.type != "CONSULT" or lemma(tok) not in lists().convening_verbs \
            or (actor is not None and _international(actor)):
        return False   # (a meeting of an international body is one of its member states: "the
        # Security Council called an emergency meeting")
    obj = child(tok, "dobj")
    if obj is None or lemma(obj) not in lists().meeting_nouns:
        return False
    partners = grammar().partner_prepositions
    if any(p.dep_ == "prep" and p.lower_ in partners for holder in (tok, obj) for p in holder.children):
        return False   # "held discussions with the chief minister": a partner named, parsed or not
    if recipient is None or recip_tok is None or recip_tok.i == obj.i:
        return True
    abroad = recipient.country is not None and actor is not None and actor.country is not None \
        and recipient.country != actor.country
    return actors.scene_place(recip_tok) and not abroad


def _own_country_exhorted(trig: Trigger, actor: Participant | None, recipient: Participant | None,
                          tok: "Token | None") -> bool:
    """'Obama said the United States must act', 'the former ambassador said Mexico must rebut
    Trump': an obligation laid on the speaker's own country, named as a country, asks no other
    party (PLOVER REQUEST is addressed to another actor; an actor is not its own recipient). A
    body of the same country stays ("said the Sri Lankan government must ensure security"), and
    so does a speaker coded only through a possessor, who is not known to be of that country
    ("Indonesia's donors said that Indonesia must ensure security")."""
    return OBLIGATION_RULE in trig.rules and actor is not None and recipient is not None and tok is not None \
        and recipient.country is not None and recipient.country == actor.country and not recipient.sector \
        and tok.ent_type_ == "GPE" and (actor.entity is not None or actor.sector is not None)


def _share_of_class(tok: "Token | None") -> bool:
    """'Many environmentalists criticized the deal', 'many early Obama enthusiasts have since
    criticized', 'most Republicans oppose it': a doer quantified by a determiner of a share of its
    class (grammar.yaml ``generic_quantifiers``), not a named person, body or place, is a generalisation about the
    class -- no party's datable act (PLOVER codes acts of identifiable actors)."""
    if tok is None or tok.ent_type_ in NAMED_ENTS:
        return False   # (a class named by a nationality or a party's members is still a class: "many Republicans")
    return any(c.dep_ in ("amod", "det") and c.lower_ in grammar().generic_quantifiers for c in tok.children)


def _free_choice(trig: Trigger, actor_tok: "Token", recip_tok: "Token | None") -> bool:
    """'Netanyahu will meet with any candidate who requests a meeting', 'any party who will be
    arriving', 'braced for any Trump attacks': a side, or a noun trigger, under a free-choice
    determiner (grammar.yaml ``free_choice_determiners``) is no particular party or act -- a policy
    or a hypothesis, not a datable act between named parties (PLOVER codes events between
    identifiable actors). Not a trigger negated or refused ("refused to meet any of them", "did not
    attack any civilians": a refusal or a denial of its own)."""
    tok = trig.token
    if trig.info.type == "REJECT" or REFUSAL_RULE in trig.rules or any(c.dep_ == "neg" for c in tok.children) \
            or (tok.head is not tok and any(c.dep_ == "neg" for c in tok.head.children)):
        return False
    words = grammar().free_choice_determiners
    sides = [actor_tok, recip_tok] + ([tok] if tok.pos_ == "NOUN" else [])
    return any(t is not None and any(c.dep_ == "det" and c.lower_ in words for c in t.children) for t in sides)


def _thing_of_party(tok: "Token | None") -> bool:
    """'Trump's success finally unites top Republican donors', 'Clinton's missteps at debate arm
    her rivals', 'opponents are galvanized by Merkel's heavy-handed tactics': a noun of a thing
    (grammar.yaml ``thing_suffixes``, ``thing_heads``; not an agent noun, a body a party has --
    actor_words.yaml ``possessed_bodies``: "Clinton's campaign" -- or a name), a party's only
    through its possessor, does no act: the verb is a figure of speech (PLOVER codes what actors
    do). Not a noun that names an act itself ("the mob's attack killed five": the possessor is its
    doer)."""
    if tok is None or tok.pos_ != "NOUN" or tok.ent_type_ or actors.agent_noun(tok) \
            or not any(c.dep_ == "poss" for c in tok.children):
        return False
    word, g = lemma(tok), grammar()
    if word in plover.actor_words().possessed_bodies or noun_code(tok) is not None \
            or not (word in g.thing_heads or tok.lower_ in g.thing_heads or word.endswith(g.thing_suffixes)):
        return False
    return not any(c.dep_ in ACTOR_MODS - {"poss"} and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN")
                   for c in tok.children)


def _same_surname(a: Participant, b: Participant) -> bool:
    """Two person names ending in the same word ("paswan", "ram vilas paswan")."""
    x, y = a.name.casefold().split(), b.name.casefold().split()
    return bool(x and y) and x[-1] == y[-1]


def _same_party(a: Participant, b: Participant) -> bool:
    return (a.entity is not None and a.entity == b.entity) or a.name.casefold() == b.name.casefold()


def _political(p: Participant | None, tok: "Token | None") -> bool:
    if p is None or tok is None:
        return False
    if (tok.pos_ == "PRON" and not p.entity and not (first_person(tok) and (p.country or p.sector))) \
            or actors.activity_noun(tok):
        return False   # (a country a place lent "a compensation" makes no party of it; a first
        # person is its quotation's speaker, coded from the words naming the speaker)
    return bool(p.country or p.sector or p.entity) or actors.actor_like(tok)


def _place_recipient(trig: Trigger, actor: Participant | None, recipient: Participant | None,
                     location: Location | None) -> Participant | None:
    """Troops withdrawn or sent are not the recipient: the country where it happens is (a
    participant with no mention span). Other types keep their recipient."""
    if trig.info.type not in actors.OWNER_TYPES or actor is None or location is None:
        return recipient
    own = recipient is None or (recipient.country is not None and recipient.country == actor.country)
    if own and location.country and location.country != actor.country:
        return Participant(location.name, location.country, None, None, None, None)
    return recipient


def _sovereign(p: Participant | None) -> Participant | None:
    """A party of a dependency is coded with its controlling state (PLOVER manual, "Country
    names": Puerto Rico's governor is USA; the event's location keeps Puerto Rico)."""
    if p is None or not p.country:
        return p
    state = gazetteer.sovereign(p.country)
    return p if state == p.country else replace(p, country=state)


def _coded(p: Participant | None) -> bool:
    return p is not None and bool(p.country or p.sector)


def _enough(trig: Trigger, actor: Participant | None, recipient: Participant | None, resident: bool = False) -> bool:
    """A verb's default code alone is weak evidence: the actor must be coded and the verb must
    have a recipient (PETRARCH asks both to be coded actors; that loses too many events)."""
    if trig.how == "model":
        return _coded(actor)
    imp = implicit.implicit()
    kids = [c for c in trig.token.children if c.dep_ in ("nsubjpass", "dobj")]
    dead = implicit.the_dead(trig.token) if implicit.unaccusative(trig.token) else None
    kids += [dead] if dead is not None else []   # "a youth died in police firing"
    targets = [g for c in trig.token.children if c.dep_ == "prep" and c.lower_ in grammar().target_prepositions
               for g in c.children if g.dep_ == "pobj"]   # "soldiers fired on the crowd"
    people = [c for c in kids if implicit.patient_ok(c, actors.actor_like(c)) or c.pos_ == "NUM"] + \
        [c for c in targets if implicit.patient_ok(c, actors.actor_like(c))]
    if trig.how == "verb" and _coded(actor) and trig.info.type in imp.agentless_types and people:
        return True   # "two were injured in police firing", "detained several suspects" (not "levied a duty")
    if _reciprocal(trig, actor, recipient):
        return True   # "two groups clashed": two-sided violence, every party in the actor
    if trig.how == "verb" and _coded(actor) and trig.info.type in imp.one_place_types \
            and not any(actors.actor_like(k) for k in kids):
        return True   # "the president resigned", "teachers protested the law": a one-place act has no recipient
    if trig.how == "verb" and actor is not None and trig.info.type in imp.moved_types \
            and (actor.sector or "").lower() in imp.moved_sectors and not any(actors.actor_like(k) for k in kids):
        return True   # "police patrolled the area": forces' moves need no recipient (PLOVER MOBILIZE)
    if trig.how == "verb" and actor is not None and (trig.code or "").startswith(imp.investigation_codes) \
            and (actor.sector or "").lower() in imp.investigator_sectors \
            and not any(c.dep_ in COMPLEMENT_DEPS for c in trig.token.children):
        # "police are investigating the case": a state investigation needs no one charged (ACCUSE);
        # "is investigating whether to punish staff" weighs a choice
        return True
    if trig.how == "verb" and resident:   # an actor coded only by the article's country: a named party
        return recipient is not None and (_coded(recipient) or recipient.entity is not None)
    return trig.how != "verb" or (_coded(actor) and recipient is not None)


def _reciprocal(trig: Trigger, actor: Participant | None, recipient: Participant | None) -> bool:
    """'Two groups clashed', 'rival mobs fought': a reciprocal verb of violence (``reciprocal_verbs``)
    with no object whose subject names several parties (a plural noun or coordinated ones)."""
    tok = trig.token
    if trig.how != "verb" or actor is None or recipient is not None or trig.info.type != "ASSAULT" \
            or tok.lemma_.lower() not in implicit.implicit().reciprocal_verbs \
            or any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return False
    subj = child(tok, "nsubj")
    return subj is not None and (subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts))


def _codes(trig: Trigger) -> tuple[str, int, float]:
    """(CAMEO code, QuadClass, Goldstein) for the trigger's code."""
    info = plover.types()[trig.info.type]
    code = trig.code
    quad = _cameo.quad_class(code)
    gold = _cameo.goldstein(code)
    if gold is None:
        gold = trig.info.goldstein if trig.info.goldstein is not None else info.score
    return code, quad or info.quad, gold


def clause_tokens(tok: "Token") -> list["Token"]:
    """The trigger and its own arguments (other clauses left out)."""
    out = [tok]
    for kid in tok.children:
        if kid.dep_ not in OTHER_CLAUSE:
            out.extend(kid.subtree)
    return out


def evidence_span(trig: Trigger, sent: Any, actor: Participant | None) -> tuple[int, int]:
    """Characters of the trigger's clause, stretched left to the actor when it is in the sentence."""
    toks = clause_tokens(trig.token)
    first = actors.paragraph_start(trig.token)   # a header line before a line break is no evidence
    toks = [t for t in toks if t.i >= first] or toks
    sep = actors.dateline_end(trig.token)
    if sep >= 0 and trig.token.i > sep:   # "jaipur: police arrested ...": the dateline is no evidence
        toks = [t for t in toks if t.i > sep] or toks
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    if actor is not None and actor.start is not None and sent.start_char <= actor.start < start:
        start = actor.start
    return start, end


def event_date(trig: Trigger, sent: Any, ctx: "Context") -> tuple[str | None, str | None]:
    """(date, basis): the date expression nearest the trigger in its clause ("text"); else None
    for a background event (past perfect "had fired", a relative clause "the strike that killed",
    an event noun "after the arrests": reported as earlier than the news, with no date of its
    own); else the publication date ("publication": the news reports it as current) -- not for an
    event noun, which has no tense of its own to say it is current (None)."""
    p_lo, p_hi = _paragraph_chars(trig.token)   # the parser may join paragraphs into one sentence
    dates = [d for d in ctx.results.get("dates", ()) if getattr(d, "date", None) and p_lo <= d.start and d.end <= p_hi
             and not _span_bound(d, trig.token.doc)]
    toks = clause_tokens(trig.token)
    lo, hi = min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
    inside = [d for d in dates if lo <= d.start and d.end <= hi and _attached(d, trig.token)]
    if not inside:   # a date on a coordinated verb or on the light verb of an event noun
        s_lo, s_hi = trig.token.sent.start_char, trig.token.sent.end_char
        holders = _date_holders(trig.token)
        inside = [d for d in dates if s_lo <= d.start and d.end <= s_hi and any(_attached(d, h) for h in holders)]
    if inside:
        found = _nearest_day(inside, trig.token)
        if found[0] is not None and _future_verb(trig.token) and ctx.article.published \
                and str(found[0]) < ctx.article.published[:len(str(found[0]))]:
            return None, None   # "would interrogate him over the abduction last year": last year's is the abduction's
        return found
    held = _relative_adverb_dates(trig.token, dates)
    if held:   # "in August, when Trump threw Ramos out": August
        return _nearest_day(held, trig.token)
    saying = _saying_of_stance(trig)
    if saying is not None:   # "an official said on Friday that the White House supported ...": Friday
        s_lo, s_hi = trig.token.sent.start_char, trig.token.sent.end_char
        held = [d for d in dates if s_lo <= d.start and d.end <= s_hi and _attached(d, saying)]
        if held:
            return _nearest_day(held, trig.token)
    chain = time_chain(trig.token)   # "responded by blocking": the time of "responded"
    holder = chain[-1] if chain else trig.token
    if chain:   # "on Friday made an attack ... charging it with": Friday's
        s_lo, s_hi = trig.token.sent.start_char, trig.token.sent.end_char
        held = [d for d in dates if s_lo <= d.start and d.end <= s_hi
                and any(_attached(d, v) for v in [*chain, *_date_holders(chain[-1])])]   # (and the holder's own)
        if held:
            return _nearest_day(held, trig.token)
    if _background(trig.token) or _background(holder) or ctx.article.published is None \
            or _vague_past(trig.token) or _vague_past(holder) or (not chain and _untimed(trig.token)):
        return None, None
    if _past(trig.token) or (holder is not trig.token and _past(holder)):
        first = trig.token.doc[actors.paragraph_start(trig.token)].idx   # not a header line above it
        own = [d for d in dates if max(lo, first) <= d.start and d.end <= hi
               and not _in_argument_clause(d, trig.token)]
        if own:   # "condemned Friday's test": the clause names its own time; an earlier day is not it
            day = next((d for d in own if _news_day(d, ctx)), None)
            return (day.date, "text") if day is not None else (None, None)
        occasion = _occasion_day(trig.token, ctx) or (_occasion_day(holder, ctx) if holder is not trig.token else None)
        if occasion is not None:   # "During the debate, Clinton accused Trump": the debate's day
            return occasion, "text"
        if _other_time(trig.token) or _other_time(holder, trig.token) or _indefinite_perfect(trig.token) \
                or _indefinite_perfect(holder):
            return None, None   # ("Clinton has praised Obama's record": the present perfect names no time)
        story = _story_date(trig.token.sent.start_char, ctx, trig.token.doc)
        return (story, "story") if story else (None, None)
    cue = _past_quote_cue(trig.token, ctx)
    if cue is not None:   # '"These marches are being held by people," he said': the speech's time
        held = [d for d in dates if _attached(d, cue)]
        if held:
            return held[0].date, "text"
        story = _story_date(cue.sent.start_char if cue.sent.start_char < trig.token.idx else trig.token.sent.start_char,
                            ctx, trig.token.doc)
        return (story, "story") if story else (None, None)
    if trig.token.pos_ in ("NOUN", "PROPN"):
        return None, None   # "the attack by an American Muslim", "shooting victims": a noun has no tense
    lead = _headline_day(trig.token, ctx)
    if lead is not None:   # "Putin chides Turkey and praises Trump at news conference": the lead's day
        return lead, "story"
    return ctx.article.published, "publication"


def _saying_of_stance(trig: Trigger) -> "Token | None":
    """'A senior official said on Friday that the White House supported Twitter's efforts', 'Welch
    said Friday that he opposed the deal': a stance or a statement (a verbal type, precision.yaml
    ``charge_content_types``) in the simple past or present, in the that-clause of a verb of saying
    (factuality.yaml ``reporting_heads``), is held or voiced at the time of the saying (the
    sequence of tenses backshifts a simultaneous stance to the past tense; a perfect, "had
    supported", or a modal is another time): the verb of saying, whose date is the stance's; None
    otherwise. Not a material act ("said Friday that police arrested 20 people": the arrests may
    have come before)."""
    tok = trig.token
    if trig.info.type.lower() not in lists().charge_content_types or tok.dep_ != "ccomp" \
            or tok.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    head = tok.head
    return head if lemma(head) in plover.factuality_cues().reporting_heads and head.pos_ == "VERB" else None


def _headline_day(tok: "Token", ctx: "Context") -> str | None:
    """For an act in the article's headline (dates.yaml ``headline``: its first lines of few words,
    with text after them), told in the headline's present: the first news day dating a clause in
    the paragraphs below it ("Putin chides Turkey ..." / "... drew applause on Thursday when he
    lashed out at Turkey"); None when they name none (the publication day then stands)."""
    if HEADLINE not in ctx.cache:   # once per article: (headline end, lead start, lead end)
        text, lex = ctx.article.text, dates_lexicon()
        lines = [(m.start(), m.end()) for m in _LINES.finditer(text)]
        heads = 0   # the headline and a subheadline: the first lines of few words
        while heads < min(lex.headline_lines, len(lines) - 1) \
                and len(text[lines[heads][0]:lines[heads][1]].split()) <= lex.headline_words:
            heads += 1
        lead = lines[heads:heads + lex.lead_paragraphs]   # (a label line, "ABSTRACT.", counts as one)
        ctx.cache[HEADLINE] = (lines[heads - 1][1], lead[0][0], lead[-1][1]) if heads and lead else None
    bounds = ctx.cache[HEADLINE]
    if bounds is None or tok.idx >= bounds[0]:
        return None
    return next((d for start, d in _story_days(ctx, ctx.doc) if bounds[1] <= start < bounds[2] and d is not None),
                None)


#: a line of text (a paragraph), without its line break
_LINES = re.compile(r"[^\n]*\S[^\n]*")
#: ctx.cache key of the headline's end and its lead's bounds (_headline_day)
HEADLINE = "events.headline"


def _span_bound(d: Any, doc: "Doc") -> bool:
    """The date ends or opens a span ("boycott the proceedings till monday", "since last November,
    forces have killed more than 400 protesters": dates.yaml ``span_end_prepositions``,
    ``span_start_prepositions``): the act lasts, or is repeated, over the span that day bounds; it
    does not take place on it, and the text gives no day of its own."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    root = span.root if span is not None else None
    lex = dates_lexicon()
    return root is not None and root.dep_ == "pobj" \
        and root.head.lower_ in lex.span_end_prepositions | lex.span_start_prepositions


def _in_argument_clause(d: Any, trigger: "Token") -> bool:
    """The date lies in a relative clause or a participle or infinitive clause on an argument of
    the trigger ("Clinton, who held three campaign events on Friday, has encouraged ...", "the
    critics who on Sunday cast ...", "the men arrested on Tuesday were released"): a clause that
    modifies a noun has a verb, and a time, of its own, and a date in it dates that verb, not the
    trigger. Not a present participle on a noun, which tells what happens at its clause's time
    ("fired to disperse a mob indulging in arson on tuesday"), nor a clause on the trigger itself
    (an event noun's: "the strike that killed him on Friday" is the strike's day), nor one on the
    document or occasion the act is done in (dates.yaml ``month_nouns``, ``occasion_nouns`` in the
    trigger's own in/at/during phrase, as ``_attached`` reads "in a June letter": "rejected that
    argument in a ruling released Thursday" -- the ruling's day is the rejection's)."""
    span = trigger.doc.char_span(d.start, d.end, alignment_mode="expand")
    node = span.root if span is not None else None
    lex = dates_lexicon()
    for _ in range(12):
        if node is None or node.i == trigger.i or node.head.i == node.i:
            return False
        if node.dep_ in ("relcl", "acl") and node.head.i != trigger.i \
                and not (node.dep_ == "acl" and node.tag_ == "VBG"):
            noun = node.head
            return not (lemma(noun) in lex.month_nouns | lex.occasion_nouns and noun.dep_ == "pobj"
                        and noun.head.lower_ in lex.occasion_prepositions | grammar().medium_prepositions
                        and noun.head.head.i == trigger.i)
        node = node.head
    return False


def _past_quote_cue(tok: "Token", ctx: "Context") -> "Token | None":
    """The past-tense speech verb of the direct quote holding ``tok`` ("..., he said"), or None:
    the present tense of a quotation is the time of its speech, not the day of publication."""
    quote = next((q for q in ctx.results.get("quotes", ()) if q.kind in ("direct", "partial")
                  and q.start <= tok.idx < q.end and q.cue is not None), None)
    if quote is None:
        return None
    span = tok.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return root if root is not None and root.tag_ == "VBD" else None


def _paragraph_chars(tok: "Token") -> tuple[int, int]:
    """Character bounds of tok's paragraph within its sentence: from the last line break before it
    to the first after it ("was sentenced Thursday ...\n\nLazar ... was extradited in 2014": the
    parser made one sentence of two paragraphs, and 2014 is no date of the sentencing)."""
    sent, doc = tok.sent, tok.doc
    first = doc[actors.paragraph_start(tok)].idx
    after = next((t for t in doc[tok.i + 1:sent.end] if t.is_space and "\n" in t.text), None)
    return first, (after.idx if after is not None else sent.end_char)


#: links from a non-finite verb to the verb whose time it shares ("responded by blocking",
#: "defended the incident, calling the protester ...")
SHARED_TIME_DEPS = frozenset({"pcomp", "advcl", "xcomp", "conj"})


def tense_holder(tok: "Token") -> "Token":
    """The verb whose tense a non-finite trigger shares: a gerund or participle with no auxiliary
    of its own is as past or present as the finite verb it hangs from ("responded by abruptly
    blocking": past, like "responded"); the trigger itself otherwise."""
    chain = time_chain(tok)
    return chain[-1] if chain else tok


def _untimed(tok: "Token") -> bool:
    """A present participle with no auxiliary and no verb to take its time from ("Loretta Lynch
    suing North Carolina", "his campaign attacking", "shooting federal agents" as a noun):
    a non-finite verb has no tense of its own, so it names no time, as an event noun names none;
    "is suing" (its own auxiliary) and a headline's main verb keep theirs. A to-infinitive with
    no verb to take its time from is non-finite too ("the first American to carry out a suicide
    bombing", "one of four groups to file suit over the law"): its "to" marks no tense."""
    if tok.dep_ == "ROOT":
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBG":
        return not aux
    return tok.tag_ == "VB" and len(aux) == 1 and to_infinitive(tok)   # ("to" its only auxiliary)


def time_chain(tok: "Token") -> list["Token"]:
    """The verbs a non-finite trigger climbs through to its ``tense_holder`` (the holder last;
    empty when the trigger holds its own time). Each link shares its time, so a date on any of
    them is the trigger's ("with mobs attacking shops" under "as violence escalated ... on
    tuesday afternoon", which the tagger took for a participle)."""
    node = tok
    chain: list["Token"] = []
    for _ in range(4):
        if node.pos_ not in ("VERB", "AUX") or node.tag_ in FINITE_TAGS or node.tag_ == "MD" \
                or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in node.children):
            # (an infinitive's "to" is parsed as its auxiliary but gives it no time of its own)
            return chain if node.pos_ in ("VERB", "AUX") else []
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            # "a speech attacking Trump", "her efforts to admit refugees": a non-finite verb on a
            # noun shares the time of the verb that governs the noun
            verb = _noun_governor(node.head)
            if verb is None:
                return []
            node = verb
            chain.append(node)
            continue
        if node.dep_ not in SHARED_TIME_DEPS or node.head is node:
            return []
        node = node.head.head if node.dep_ == "pcomp" and node.head.dep_ == "prep" else node.head
        if node.pos_ == "NOUN":   # "took the unusual step of criticizing": the verb governing the noun
            verb = _noun_governor(node)
            if verb is None:
                return []
            node = verb
        chain.append(node)
    return []


def _noun_governor(noun: "Token") -> "Token | None":
    """The verb a noun phrase hangs from (its object, subject or prepositional object)."""
    node = noun
    for _ in range(3):
        if node.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "prep", "attr") or node.head is node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _occasion_day(tok: "Token", ctx: "Context") -> str | None:
    """'The candidates debated on Monday night. ... During the debate, Clinton accused Trump': an act
    at a gathering named again with "the" (dates.yaml ``gathering_nouns``, in an
    ``occasion_prepositions`` phrase of its clause) happened on the gathering's day, which the text
    gave where it named the gathering before ("debated on Monday", "Monday's debate", "the rally on
    Tuesday"): the day of the nearest earlier mention of the noun, or of its verb, with a day
    attached; None when no earlier mention has one."""
    lex = dates_lexicon()
    occ = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in lex.occasion_prepositions
                for g in c.children if g.dep_ == "pobj" and g.lower_ in lex.gathering_nouns), None)
    if occ is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in occ.children) \
            or any(c.dep_ in ("poss", "compound", "nummod", "amod") for c in occ.children):
        return None   # ("at a rally", "at Tuesday's rally", "at the GOP debate": no mention named before)
    days = [d for d in ctx.results.get("dates", ()) if getattr(d, "date", None)
            and getattr(d, "granularity", None) == "day" and d.end <= occ.idx]
    doc, word = tok.doc, lemma(occ)
    for m in reversed(doc[:occ.i]):
        if lemma(m) != word or m.pos_ not in ("NOUN", "VERB"):
            continue
        for d in reversed(days):
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or not m.sent.start_char <= d.start < m.sent.end_char:
                continue
            head = span.root.head
            if span.root.dep_ == "pobj" and head.dep_ == "prep":
                head = head.head
            if head.i == m.i:   # "debated on Monday", "the rally on Tuesday", "Monday's debate"
                return str(d.date)
        return None   # (the nearest mention names no day: an earlier one may be another gathering)
    return None


def _other_time(tok: "Token", inner: "Token | None" = None) -> bool:
    """The clause places its act in another time than the story's occasion: a temporal phrase
    ("during the primary", "since 2015") or an adverb of sequence ("subsequently", "later"). Not
    the phrase that holds ``inner``, the trigger whose time ``tok`` holds: "made the comments just
    before ending a trip" orders the two acts of one occasion; it moves neither to another time."""
    lex = dates_lexicon()
    return any(((c.dep_ == "prep" and c.lower_ in lex.own_time_prepositions)
                or (c.dep_ == "advmod" and c.lower_ in lex.sequence_adverbs))
               and not (inner is not None and c.is_ancestor(inner)) for c in tok.children)


def _news_day(d: Any, ctx: "Context") -> bool:
    """A date expression naming a day at most ``story_days`` before publication."""
    pub, day = iso_day(ctx.article.published), iso_day(d.date) if getattr(d, "granularity", None) == "day" else None
    return pub is not None and day is not None and 0 <= (pub - day).days <= dates_lexicon().story_days


def _other_year(d: Any, ctx: "Context") -> bool:
    """A date expression of year granularity naming a year before the publication's ("in 2014",
    "three years ago")."""
    pub = iso_day(ctx.article.published)
    year = str(getattr(d, "date", "") or "")[:4]
    return getattr(d, "granularity", None) == "year" and pub is not None and year.isdigit() and int(year) < pub.year


def _unreal_frame(root: "Token", head: "Token") -> bool:
    """A date that sets no frame of narration: in a clause to come or a condition ("if the joint
    session votes on tuesday", "will meet on Monday"), or compared ("unlike in 1992")."""
    g = grammar()
    kids = list(head.children)
    if any(c.dep_ == "mark" and c.lower_ in g.condition_marks for c in kids) \
            or any(c.dep_ == "aux" and c.lower_ in plover.factuality_cues().future_words for c in kids):
        return True
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ in g.comparison_words
                                 or (prep.i > 0 and prep.doc[prep.i - 1].lower_ in g.comparison_words))


def _vague_past(tok: "Token") -> bool:
    """'recently urged', 'the recent shootings', 'attacks in recent weeks': a vague past with no
    day; 'has so far fired 1,031 rounds', 'have arrested 300 people till now' (``cumulative_phrases``,
    on the verb or the verb it is coordinated with): a total over many days, none of its own."""
    words = grammar().vague_past_words
    near = [c for c in tok.children if c.dep_ in ("advmod", "amod")]
    near += [g for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" for g in p.children
             if g.dep_ == "amod"]   # "in recent weeks"
    if any(t.lower_ in words for t in near):
        return True
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    phrases = grammar().cumulative_phrases
    return tok.pos_ in ("VERB", "AUX") and any(
        " ".join(w.lower_ for w in c.subtree) in phrases
        for v in verbs for c in v.children
        if c.dep_ in ("advmod", "prep", "npadvmod") and c.right_edge.i - c.left_edge.i < _longest(phrases))


@functools.lru_cache(maxsize=8)
def _longest(phrases: frozenset[str]) -> int:
    """Words in the longest phrase of a list: a longer adjunct cannot be one of them."""
    return max((len(p.split()) for p in phrases), default=0)


def _story_date(before: int, ctx: "Context", doc: Any) -> str | None:
    """The story's occasion for an undated past act of a sentence starting at ``before``: the
    day of the nearest date expression of an earlier sentence that dates a clause (it modifies a
    verb: "police on Tuesday opened fire ...". "Four persons were killed."), when it is a day at
    most ``story_days`` (dates.yaml) before publication; None when there is none. A date inside a
    noun phrase ("Monday night's debate", "Friday's test") dates that thing, not the story. A
    clause dated to an earlier year between them ("He was picked three years ago ...") leaves the
    rest of its paragraph (two sentences at most) with no story day."""
    days = _story_days(ctx, doc)
    brk = max((m.start() for m in dates_lexicon().story_breaks.finditer(ctx.article.text, 0, before)), default=-1)
    if STORY_SENTS not in ctx.cache:
        ctx.cache[STORY_SENTS] = [s.start_char for s in doc.sents]
    starts = ctx.cache[STORY_SENTS]
    reach = dates_lexicon().story_paragraphs
    for start, d in reversed(days):
        if not brk < start < before:
            continue
        if d is not None:
            if _paragraph_breaks(ctx.article.text, start, before) <= reach:
                return d
            break   # (a news day reaches the end of the paragraph after its own: story_paragraphs)
        # another year's frame lasts to the end of its paragraph, two sentences at most (a crawl
        # of one paragraph would otherwise lose its story day for good)
        if "\n" not in ctx.article.text[start:before] \
                and bisect.bisect_right(starts, before) - bisect.bisect_right(starts, start) <= FRAME_SENTENCES:
            return None
    day = _dateline_day(ctx)   # "NEW YORK, Nov. 19 (UPI) -- ...": the wire story's day
    if day is not None and brk < day[0]:
        return day[1]
    return _lead_day(before, ctx, starts)


def _story_days(ctx: "Context", doc: Any) -> list[tuple[int, str | None]]:
    """(start, day) of the article's date expressions that date a clause with a news day, or
    (start, None) for a clause dated to an earlier year (once per article; ``_story_date``)."""
    if STORY_DAYS not in ctx.cache:
        found: list[tuple[int, str | None]] = []
        chrome = [(m.start(), m.end()) for m in dates_lexicon().page_lines.finditer(ctx.article.text)]
        chrome += event_noise.link_lists(doc)
        quoted = [(q.start, q.end) for q in ctx.results.get("quotes", ()) if q.kind in ("direct", "partial")]
        for d in ctx.results.get("dates", ()):
            if any(lo <= d.start < hi for lo, hi in chrome):
                continue   # "This story is from March 10, 2002": the page's date, no story
            if _deictic(d) and any(lo <= d.start < hi for lo, hi in quoted):
                continue   # '"this morning, i received ...," he said': the speaker's day, not the paper's
            span = doc.char_span(d.start, d.end, alignment_mode="expand") if getattr(d, "date", None) else None
            root = span.root if span is not None else None
            if root is not None and root.dep_ == "pobj" and root.head.lower_ in dates_lexicon().own_time_prepositions:
                continue   # "present on the spot since saturday night": a span's bound, no occasion of the story
            head = root.head.head if root is not None and root.dep_ == "pobj" else (root.head if root is not None else None)
            if head is not None and head.pos_ == "ADV" and head.dep_ == "advmod":
                head = head.head   # "talking to reporters here on friday": the day of "talking"
            if head is not None and root is not None and root.dep_ == "pobj":
                head = _day_host(head, d)
                if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
                    # "stepped up pressure on China on Saturday": a day the parser hung on the
                    # object of a past verb is a day of that clause too, an occasion of the story
                    head = head.head
            if root is not None and head is not None and head.pos_ in ("VERB", "AUX") and root.dep_ != "poss" \
                    and not _unreal_frame(root, head):
                # "opened fire on Tuesday", "fired missiles Monday"; a clause dated to another year
                # ("was picked three years ago", "in 2014 he ...") moves the story out of the news
                # days: the sentences after it in its paragraph are not on the last news day
                # (None). A day or month ("since February 27") names an earlier event, no new
                # frame of narration.
                if _news_day(d, ctx) and not _present(head):   # (not "Today, those links are beginning")
                    found.append((d.start, d.date))
                elif _other_year(d, ctx) and head.dep_ != "relcl":
                    # (not a relative clause's year: "said singh, who in 1990 first toyed with the
                    # idea": it describes the person named, it does not move the narration)
                    found.append((d.start, None))
        ctx.cache[STORY_DAYS] = sorted(found, key=lambda x: x[0])
    days: list[tuple[int, str | None]] = ctx.cache[STORY_DAYS]
    return days


def _paragraph_breaks(text: str, start: int, end: int) -> int:
    """The paragraph breaks (runs of line breaks) between two offsets of the text."""
    return len(_BREAKS.findall(text, start, end))


#: a paragraph break: a line break, with any blank lines after it
_BREAKS = re.compile(r"\n\s*")


def _lead_day(before: int, ctx: "Context", starts: list[int]) -> str | None:
    """The story's day for an undated past act of the lead, the article's first sentence ("a
    woman was burnt alive and a youth perished in police firing as ..."; the next sentences tell
    "early on tuesday"): the lead sums up the story's occasion, so the first news day dating a
    clause in the ``LEAD_SENTENCES`` after it, in its paragraph, is its day; None when there is
    none, or when the act is not in the first sentence (a later sentence looks back only)."""
    text = ctx.article.text
    first = bisect.bisect_right(starts, before) - 1   # the act's sentence
    if LEAD_START not in ctx.cache:   # once per article: where the body begins, after a crawl's
        top = 0                       # header line ("This story is from March 27, 2002")
        for m in dates_lexicon().page_lines.finditer(text):
            if text[top:m.start()].strip():
                break
            top = m.end()
        ctx.cache[LEAD_START] = top + len(text[top:]) - len(text[top:].lstrip())
    top = ctx.cache[LEAD_START]
    if first != bisect.bisect_right(starts, top) - 1:
        return None
    nxt = starts[first + 1] if first + 1 < len(starts) else len(text)
    limit = starts[first + LEAD_SENTENCES + 1] if first + LEAD_SENTENCES + 1 < len(starts) else len(text)
    brk = text.find("\n", max(before, top))   # (within the lead's paragraph)
    limit = min(limit, brk) if brk >= 0 else limit
    return next((d for start, d in ctx.cache[STORY_DAYS] if nxt <= start < limit and d is not None), None)


#: sentences after the lead in which its day is looked for (_lead_day)
LEAD_SENTENCES = 2
#: ctx.cache key of the first character of the article's body (_lead_day)
LEAD_START = "events.lead_start"


def _dateline_day(ctx: "Context") -> tuple[int, str] | None:
    """(start, day) of a date inside the article's opening dateline ("NEW YORK, Nov. 19 (UPI) --",
    found by ``event_actors.dateline_end``) when it is a news day (``_news_day``), else None;
    once per article."""
    if DATELINE_DAY not in ctx.cache:
        doc, found = ctx.doc, None
        end = actors.dateline_end(doc[0]) if len(doc) else -1
        if end >= 0:
            limit = doc[end].idx
            found = next(((d.start, d.date) for d in ctx.results.get("dates", ())
                          if getattr(d, "date", None) and d.end <= limit and _news_day(d, ctx)), None)
        ctx.cache[DATELINE_DAY] = found
    return ctx.cache[DATELINE_DAY]


#: ctx.cache key of the dateline's day (_dateline_day)
DATELINE_DAY = "events.dateline_day"


#: ctx.cache key of the article's news-day dates (_story_date), and of its sentence starts
STORY_DAYS = "events.story_days"
STORY_SENTS = "events.sentence_starts"
#: sentences after its own that a clause of an earlier year keeps out of the story day
FRAME_SENTENCES = 2


def _future_verb(verb: "Token") -> bool:
    """A verb with a future auxiliary or "would" ("will meet", "would interrogate"; the auxiliaries
    ``_past`` reads as no past either)."""
    future = plover.lexicon().future_aux | grammar().reported_future_auxiliaries
    return any(c.dep_ == "aux" and c.lower_ in future for c in verb.children)


def _present(verb: "Token") -> bool:
    """A verb in the simple or progressive present ("Today, those links are beginning to point
    toward China": today is nowadays, no day of narration); the present perfect tells the past."""
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children))


def _past(tok: "Token") -> bool:
    """Told in the past tense with no date of its own ("police arrested 12 people", "have been
    detained", "the arrests made"): it happened before the news, on a day the text does not
    give, so it is not dated on the publication day. A noun takes the tense of its verb."""
    g = grammar()
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            verb = tok.head.head   # "criticized Obama for his visit to Cuba": the verb above the phrase
        if verb.i == tok.i:
            return False
    if simple_past(verb):   # (also "the mp criticised" that lower-case text gets tagged VBN)
        return True
    aux = {c.lower_ for c in _auxiliaries(verb)}
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not aux:
        return True   # a past participle modifying a noun names a completed act ("26 people killed in ...")
    if verb.tag_ == "VB" and aux & g.past_support_auxiliaries:
        return True   # "Sanders did apologize to Clinton": the past with do-support
    if verb.tag_ in ("VBN", "VBG") and (aux & g.perfect_auxiliaries or aux & g.past_passive_auxiliaries):
        return not aux & (plover.lexicon().future_aux | g.reported_future_auxiliaries)   # (VBG: "was suing")
    return False


def _present_perfect(verb: "Token") -> bool:
    """'Clinton has praised Obama's record', 'has denounced suggestions', 'have promised to build':
    the present perfect tells that something happened before now without placing it at a time
    (it takes no definite time: not "*has praised on Monday"), so the story's day is not its day
    (on the tuning judges' records whose date this changes, the story day had been right on 5 of
    25: the "hot news" perfect of the day's incidents, "two more people have been killed", is the
    exception it gets wrong)."""
    tags = ("VBN", "VBD")   # ("has praised ... and offered": the tagger often makes the second a past)
    return verb.tag_ in tags and any(c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                     for c in _auxiliaries(verb, tags))


def _indefinite_perfect(verb: "Token") -> bool:
    """A present perfect of no particular occasion (``_present_perfect``) -- not the "hot news"
    perfect, which reports a recent happening (McCawley 1971; Comrie, *Aspect* 3.2): a count of the
    people or things it befell ("two more people have been killed", "police have arrested 40
    people") tells a particular happening, reported on the story's day (a running total names its
    own span: "have arrested 300 people till now" is ``_vague_past``)."""
    return _present_perfect(verb) and not _counted_patient(verb)


def _counted_patient(verb: "Token") -> bool:
    """The verb's patient (passive subject or direct object, its head's for a conjunct sharing it)
    is a number of people ("two more people", "over 100 persons", "40 people", "two"; counts.yaml
    ``person_categories``) -- not of things, which a perfect totals over time ("have blocked nearly
    400,000 websites")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ in ("nsubjpass", "dobj") and (c.like_num or (
        any(d.dep_ == "nummod" for d in c.children) and counts.person_noun(c)))
        for v in verbs for c in v.children)


def _auxiliaries(verb: "Token", tags: tuple[str, ...] = ("VBN",)) -> list["Token"]:
    """The verb's auxiliaries; a conjunct with none (of ``tags``) shares its head's ("were attacked
    and killed", "has praised ... and offered")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux and verb.dep_ == "conj" and verb.tag_ in tags and verb.head.i != verb.i:
        aux = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return aux


def _date_holders(tok: "Token", depth: int = 0) -> list["Token"]:
    """Words whose date is the trigger's: verbs coordinated with it that share its subject ("Iran
    on Monday condemned the strike and recalled its ambassador") or its auxiliary ("four were
    killed and five injured on Tuesday"), the verb its when/as clause modifies ("killed on Tuesday
    when police opened fire"), its own when/as/while clause or that of a later conjunct or one
    "minutes before" it ("arrested ... minutes before they were to board the train on friday"),
    present participles on its object (``_simultaneous_parts``), the light verb of an event noun ("the
    Council on Friday made a strong condemnation") and the words whose date is that verb's ("gave a
    tongue lashing to officials ... but was mobbed when he visited ... on friday", "met monday and
    made a joint appeal": a gerund object, or since the thirty-second round any event noun object of a
    light verb, implicit.yaml ``light_verbs``)."""
    if tok.pos_ in ("NOUN", "PROPN") or (tok.tag_ == "VBG" and tok.dep_ == "dobj"):
        # (a gerund object is an event noun: "gave a tongue lashing to officials")
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep":   # "were on wednesday taken into custody"
            verb = verb.head
        if tok.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return []
        light = tok.dep_ == "dobj" and light_verb(verb)
        if depth or not (tok.tag_ == "VBG" or light):
            return [verb]   # ("was released from house arrest when the junta began reforms": not the arrest's)
        # the light verb's own holders: "gave a tongue lashing to officials ... but was mobbed when he
        # visited ... on friday", "opposition leaders met monday and made a joint appeal"
        return [verb, *(v for v in _date_holders(verb, 1) if v.i != tok.i)]
    group = [tok, *tok.conjuncts, *implicit.gapped_participles(tok)]
    marks = {m.lower_ for m in tok.children if m.dep_ in ("mark", "advmod")}
    if tok.dep_ == "advcl" and marks & grammar().simultaneity_marks:
        group += [tok.head, *tok.head.conjuncts]   # "killed on Tuesday when police opened fire": same time
    for clause in (c for c in tok.children if c.dep_ == "advcl"):
        if _same_time(clause) or _free_adjunct(clause):   # "opened fire when the mob attacked on friday",
            # "minutes before ... on friday", "Speaking at Sunday's debate, Sanders criticized"
            group += [clause, *(x for x in clause.children if x.dep_ == "xcomp")]
    group += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in grammar().simultaneity_prepositions
              for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]   # "In responding Friday, ... took"
    for later in (c for c in tok.conjuncts if c.i > tok.i):
        # a when/as clause closing a coordination times every clause of it ("one person was
        # killed and two others were injured as violence escalated on tuesday"): the parser hangs
        # it on the last conjunct
        group += [c for c in later.children if c.dep_ == "advcl" and c.i > later.i and _same_time(c)]
    group += [p for v in list(group) if v.pos_ in ("VERB", "AUX") for p in _simultaneous_parts(v)]
    return [v for v in group if v.i != tok.i and v.pos_ in ("VERB", "AUX")
            and (v.dep_ != "conj" or child(v, "nsubj", "nsubjpass") is None or _elliptical(v))
            and (tok.dep_ != "conj" or child(tok, "nsubj", "nsubjpass") is None or _elliptical(tok) or v.i > tok.i)]


def _simultaneous_parts(verb: "Token") -> list["Token"]:
    """Present participles on the object of a clause told in the past, or on its purpose
    infinitive's ("fired ... to disperse a mob indulging in arson ... on tuesday afternoon"): an
    -ing participle modifying a noun is at the time of the happening its clause narrates (a past
    participle is not: "a man wanted for a murder on Monday"; nor is the purpose infinitive
    itself, whose aim may lie later: "to get Obama past Inauguration Day next year")."""
    if not _past(verb):
        return []   # (a verb of attitude: "opposes the committee making any changes this week")
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                     and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children))]
    return [a for v in verbs for o in v.children if o.dep_ == "dobj"
            for a in o.children if a.dep_ == "acl" and a.tag_ == "VBG"]


def _same_time(clause: "Token") -> bool:
    """A when/as/while clause, or a before/after clause with a same-day offset ("minutes before",
    "shortly after"): its day is the day of the clause it modifies ("two others were seriously
    injured as violence escalated ... on tuesday"). Not handled: an as-clause that tells when the
    object happened ("condemned the launch as Pyongyang fired three missiles Monday" dates the
    condemnation Monday)."""
    g = grammar()
    marks = {m.lower_ for m in clause.children if m.dep_ in ("mark", "advmod")}
    return bool(marks & g.simultaneity_marks) or (bool(marks & g.sequence_marks) and any(
        m.dep_ in ("npadvmod", "advmod") and m.lower_ in g.same_day_offsets for m in clause.children))


def _free_adjunct(clause: "Token") -> bool:
    """'Speaking at Sunday's debate, Sanders criticized Clinton', 'Campaigning in Iowa on Sunday,
    Sanders attacked': a participle clause with no subject, subordinator or auxiliary of its own
    takes its subject from the clause it modifies and happens at that clause's time (a free
    adjunct); not a perfect participle ("Having met him on Sunday, ...": before it)."""
    return clause.tag_ in ("VBG", "VBN") and clause.i < clause.head.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in clause.children)


def _elliptical(verb: "Token") -> bool:
    """A conjunct clause that shares its head's auxiliary ("four were killed and five injured on
    Tuesday"): a participle with a subject of its own but no auxiliary is one clause with it."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _background(tok: "Token") -> bool:
    """A past event the sentence mentions as background, not as the news: past perfect, a
    relative clause, or an event noun after "after/since/following" ("after the arrests")."""
    if tok.pos_ in ("NOUN", "PROPN") or (tok.tag_ == "VBG" and tok.dep_ in ("pobj", "nsubj", "dobj")):
        prep = tok.head if tok.dep_ == "pobj" else None   # "after the arrests", "since the strike"
        return prep is not None and prep.lower_ in grammar().anterior_prepositions
    if any(c.dep_ == "aux" and c.lower_ in grammar().past_perfect_auxiliaries for c in tok.children):
        return True
    return tok.dep_ == "relcl" and tok.tag_ in ("VBD", "VBN") and not _misparsed_relative(tok)


def _misparsed_relative(verb: "Token") -> bool:
    """A clause the parser hung on a noun as a relative clause that cannot be one: it follows a
    comma and opens with its own subject, not a relative word ("..., which was the place of origin
    of the violence, a 72-year-old man was stabbed in the area": the main clause). A relative
    clause after a comma is non-restrictive and opens with who/which/whose; a clause with no
    relative word (a contact clause, "the man I met") never follows a comma."""
    first = verb.left_edge
    if first.i == 0 or verb.doc[first.i - 1].text != ",":
        return False
    if first.lower_ == "that" or any(t.tag_ in WH_TAGS for t in verb.doc[first.i:verb.i]):
        return False   # (a relative word opens it or stands before its verb: "whose parents ...")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)


def _verbal_attack(trig: Trigger, actor: Participant | None, sent: Any, ctx: "Context") -> bool:
    """'Trump continued his attacks on Machado', 'Pelosi slammed the bill': an attack verb or noun
    whose actor is a person or a civilian body, in a sentence with no word of violence, is verbal
    (PLOVER ASSAULT is physical force; criticism is ACCUSE)."""
    lex = lists().verbal_attacks
    tok = trig.token
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    named = {tok.lemma_.lower()} | {c.lemma_.lower() for c in objects}  # "continued his attacks"
    named |= {g.lemma_.lower() for c in objects if lemma(c) in grammar().series_heads
              for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
    # ("launching a new round of attacks": what the round is of)
    if trig.info.type != "ASSAULT" or named.isdisjoint(lex.words):
        return False
    if (lemma(tok) in lex.executing_verbs and objects) or (tok.dep_ == "dobj" and lemma(tok.head) in lex.executing_verbs):
        return False   # "carried out attacks on government forces": an operation executed is force (the verb or its noun)
    if tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod")
                                  and not {c.lower_, lemma(c)}.isdisjoint(lex.medium_modifiers) for c in tok.children):
        return True   # "direct mail attacks", "media attacks": made of words, whoever makes them
    if _word_venue(trig) and not _violent_sentence(sent, tok):
        return True   # "attacked me from the stage", "is attacked in the media": a venue of words
    targets = [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for g in c.children if g.dep_ == "pobj"]
    if any(t.ent_type_ in PLACE_ENTS and not _person_entity(t, ctx) for target in targets for t in _place_words(target)) \
            or any(target.lemma_.lower() in lists().place_nouns for target in targets):
        return False   # a place or building attacked is attacked physically (not "in his State of the Union";
        # nor a place naming whose the target is: "fought the Washington establishment")
    if tok.lemma_.lower() in lex.criticism_words and any(_party_thing(t) and not _physical(t) for t in targets):
        # "attacking his business career", "attacked the judge's ruling": a party's record or words
        # are no target of force, whoever attacks them, unless the sentence tells of violence
        # ("militants attacked the army's positions")
        return not _violent_sentence(sent, tok)
    return _civilian(actor, sent, ctx) and not _violent_sentence(sent, tok)   # ("blasted" is no blast)


def _word_venue(trig: Trigger) -> bool:
    """'viciously attacked me from the stage of the DNC', 'is attacked in the media': an attack verb
    (``verbal_attacks.words``) whose own phrase names where words are given (``word_venues``)."""
    tok = trig.token
    return tok.pos_ == "VERB" and lemma(tok) in lists().verbal_attacks.words and any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and venue_of_words(g) for g in c.children) for c in tok.children)


def _person_entity(tok: "Token", ctx: "Context") -> bool:
    """The token is in a mention of a person entity, or names an actor of the dictionary, not a
    place ("Republicans blast Obama": the tagger may label a name in a headline a place)."""
    ent = entity_at(ctx, tok.idx, tok.idx + len(tok.text))
    entry = lookup(tok.text)
    return (ent is not None and ent.type == "PERSON") or (entry is not None and entry.kind == "actor")


def _place_words(target: "Token") -> list["Token"]:
    """The words of a target that may say it is a place: itself and its phrases, not a modifier
    that names whose or which it is (syntax ``modifier_words``: "the United States' southern neighbor"),
    nor a clause that describes it ("a federal judge whose parents were born in Mexico": a relative
    or participle clause tells about the target, it names no place attacked)."""
    named = modifier_words(target)
    named |= {t.i for c in target.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return [t for t in target.subtree if t.i not in named]


def _unarmed_mobilization(trig: Trigger, actor: Participant | None, sent: Any) -> bool:
    """'the CPM intensified its efforts to form a third front', 'Clinton is building a base there':
    PLOVER MOBILIZE is "military or police moves" by a military or an armed group; a party, a
    legislator, a candidate or another civilian side (``unarmed_sectors``) moves none, unless the
    sentence tells of arms or troops (``verbal_attacks.violence_words``)."""
    return trig.info.type == "MOBILIZE" and actor is not None \
        and (actor.sector or "").lower() in lists().unarmed_sectors and not _violent_sentence(sent, trig.token)


def _unarmed_protection(trig: Trigger, actor: Participant | None, sent: Any, ctx: "Context") -> bool:
    """'Democratic Party officials were trying to protect Clinton', 'a teacher's aide ... trying to
    protect him': CAMEO 074 is military protection or peacekeeping (PLOVER AID, military); a party,
    a legislator, a candidate or a private person gives none (``_unarmed_military``)."""
    return _unarmed_military(trig, actor, sent, ctx, lists().protection_codes)


def _unarmed_departure(trig: Trigger, actor: Participant | None, sent: Any, ctx: "Context") -> bool:
    """'An Ethiopian exile left the U.S. to take on an oppressive regime': a verb of leaving
    (precision.yaml ``departure_verbs``) coded as a military retreat (``military_retreat_codes``,
    CAMEO 0874) is a person's move when no armed side makes it (``_unarmed_military``);
    "surrendered to the authorities" is no departure and stays."""
    return lemma(trig.token) in lists().departure_verbs \
        and _unarmed_military(trig, actor, sent, ctx, lists().military_retreat_codes)


def _unarmed_military(trig: Trigger, actor: Participant | None, sent: Any, ctx: "Context",
                      codes: frozenset[str]) -> bool:
    """The trigger's code is one of the military ``codes`` and its actor is a party, a legislator,
    a candidate or another civilian side (``unarmed_sectors``), or a person of no sector, with no
    word of arms or violence in the sentence (``verbal_attacks.violence_words``)."""
    if trig.code not in codes or actor is None:
        return False
    sector = (actor.sector or "").lower()
    return (sector in lists().unarmed_sectors or (not sector and _tagged_person(actor, sent, ctx))) \
        and not _violent_sentence(sent, trig.token)


def _private_gift(trig: Trigger, actor: Participant | None, sent: Any, ctx: "Context") -> bool:
    """'Soros contributed more than $2 million to a super PAC', 'Manafort is donating his services',
    'attendees ... contributed $2,700 each': PLOVER AID is aid a political actor or an organisation
    gives (a state, a government, a body, doctors or a charity handing over medicine); what a
    private person (a person of no sector) or a business gives is no political event (the issue's
    rule: political events are acts between political actors)."""
    if trig.info.type != "AID" or actor is None or _international(actor):
        return False   # (the IMF, coded a financial body, lends as a body of states)
    return _business(actor) or (not actor.sector and _tagged_person(actor, sent, ctx))


def _private_money(trig: Trigger, actor: Participant | None, sent: Any, ctx: "Context") -> bool:
    """'C.V. Starr gave $10 million to a group backing Bush', 'Clinton's allies ... spending money
    targeting Hispanic voters': money is PLOVER AID (economic aid) only from a state, an organ of
    one, an armed body or an aid-giving organisation (``aid_giver_sectors``, a coded side of no
    sector, or an international body); from a campaign, party, business, an uncoded donor it is
    political finance or spending (``money_nouns``; precision.yaml)."""
    if trig.info.type != "AID" or actor is None or _international(actor):
        return False
    pl = lists()
    if (actor.sector.lower() in pl.aid_giver_sectors) if actor.sector else actor.country is not None:
        return False   # (a coded state or body of no sector: "Germany", "the Canadian International
        # Development Agency"; an uncoded one, "the Rickettses", is no known giver of aid)
    if actor.sector and not _business(actor) \
            and (getattr(actors.entity_by_id(ctx, actor.entity), "type", None) or "").lower() in pl.named_body_types:
        return False   # a named body whose sector comes from a word of its name ("the European
        # Community" coded CVL by "community") is no known private giver
    tok = trig.token
    if tok.lemma_.lower() in pl.money_nouns:
        return True   # "Coca Cola's funding of the Republican convention"
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objects += [j for o in objects for j in o.conjuncts]
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in pl.money_nouns for o in objects for t in o.subtree)


def _own_organs(event: Event) -> bool:
    """'Congress provided about $120 million for a joint Defense Department program', 'the army and
    other para-military forces, called to assist the police': AID from one organ of a state to
    another of the same state (both sides coded with one country and a sector of the state's own
    organs, precision.yaml ``state_organ_sectors``) is the state's own business -- a budget, a
    deployment in support -- no aid (PLOVER AID is given to another actor: a state, a group, the
    people). Relief to victims or a population stays."""
    actor, recipient = event.actor, event.recipient
    if event.type != "AID" or actor is None or recipient is None or not actor.country \
            or actor.country != recipient.country or not actor.sector or not recipient.sector:
        return False
    organs = lists().state_organ_sectors
    return actor.sector.lower() in organs and recipient.sector.lower() in organs


def _personal_dealing(trig: Trigger, actor: Participant | None, sent: Any, ctx: "Context") -> bool:
    """'Trump purchased Doral in 2012', 'he was paying fewer staff in July', 'Sanders has invested a
    lot of time in Minnesota': CAMEO 061 (``economic_cooperation_codes``) is economic cooperation
    between parties -- trade, investment, finance (PLOVER COOPERATE, economic); a person's own
    payments, purchases and investments are private dealings, no political event, whatever
    office the person holds."""
    return trig.code in lists().economic_cooperation_codes and actor is not None and _tagged_person(actor, sent, ctx)


def _engagement(trig: Trigger, actor: Participant | None, sent: Any, ctx: "Context") -> bool:
    """'We Democrats are engaged in serious conversations', 'designed to engage supporters',
    'engaging Trump': a verb of engaging (``engagement.verbs``; PETRARCH2's "engage" is military
    force, 190) is no force when a person or a civilian body engages (or no one), in a sentence
    telling of no violence (``verbal_attacks.violence_words``), in no fighting ("engaged in a
    pitched battle": ``engagement.fight_nouns``); a state or an armed side ("troops engaged the
    rebels") keeps it. PLOVER ASSAULT is physical force."""
    tok, lex = trig.token, lists().engagement
    if trig.info.type != "ASSAULT" or trig.how == "noun" or lemma(tok) not in lex.verbs \
            or (actor is not None and not _civilian(actor, sent, ctx)) or _violent_sentence(sent, tok):
        return False   # (a state or an armed side may engage in force; a sentence telling of
        # violence: "jets engaged the positions, killing ...")
    held = [c for c in tok.children if c.dep_ == "dobj"]
    held += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return not any(lemma(g) in lex.fight_nouns or g.lower_ in lex.fight_nouns for g in held)


def _armed_patient(trig: Trigger) -> bool:
    """The one an agentless act is done to, or its subject, is an armed side (its head word's agent
    sector is one of ``verbal_attacks.armed_sectors``: "troops", "militants", "police")."""
    pat = implicit.patient(trig)
    heads = [t for t in (pat, child(trig.token, "nsubjpass", "nsubj")) if t is not None]
    armed = lists().verbal_attacks.armed_sectors
    return any((agent_sector(lemma(t)) or "").lower() in armed for t in heads)


def _attack_types() -> frozenset[str]:
    """The types an attack word is coded as: force or, said in words, criticism (the PLOVER types
    of precision.yaml ``verbal_attacks.physical_code`` and ``verbal_attacks.code``)."""
    lex = lists().verbal_attacks
    return frozenset(i.type for i in (plover.cameo_info(lex.physical_code), plover.cameo_info(lex.code))
                     if i is not None)


def _competition(trig: Trigger, actor: Participant | None, sent: Any, ctx: "Context") -> bool:
    """'She has dominated Sanders in the South', 'clobbered her in New Hampshire', 'Sanders and
    Clinton battled over who ...': a verb of competition (``competition_verbs``) coded as force,
    done by a person or a civilian body in a sentence with no word of violence, is a contest
    (PLOVER ASSAULT is physical force; electoral and verbal contests are no event); so is such a
    verb the CAMEO dictionary codes as criticism ("fight these laws": a struggle, no charge made)."""
    tok = trig.token
    return trig.how != "noun" and trig.info.type in _attack_types() \
        and tok.lemma_.lower() in lists().competition_verbs \
        and _civilian(actor, sent, ctx) and not _violent_sentence(sent, tok)


def _home_state_won(trig: Trigger, actor: Participant | None, recipient: Participant | None,
                    recip_tok: "Token | None", sent: Any, ctx: "Context") -> bool:
    """'Ted Cruz has captured Iowa', 'He captured the neighboring state of New Hampshire': a verb of
    taking territory (``seizure_verbs``) whose object is a place of the actor's own country, done
    by a person of no armed sector in a sentence with no word of violence, is a contest won (a
    primary, a state's vote); territory is seized from another party (PLOVER ASSAULT occupation,
    COERCE seizure). A country's or an armed side's capture stays ("Russia captured Crimea",
    "Haftar's forces captured Tripoli")."""
    tok = trig.token
    if trig.how == "noun" or tok.lemma_.lower() not in lists().seizure_verbs or actor is None or recipient is None \
            or recip_tok is None or actor.country is None or recipient.country != actor.country:
        return False
    place = any(t.ent_type_ in PLACE_ENTS for t in recip_tok.subtree)   # (the subtree holds the head itself)
    return place and not _armed(actor) and _person(actor, sent, ctx) and not _violent_sentence(sent, tok)


def _figurative(trig: Trigger) -> bool:
    """'striking a populist tone', 'hit the campaign trail', 'struck a deal': an attack verb whose
    object makes it a figure of speech (``figurative_objects``) names no attack of any kind; nor
    does a verb coded ASSAULT by its default code alone whose direct object is nothing force can
    be used on, and that names no such target after at/on/into ("kicking the can down the road",
    "attacking his business career", "break out student data"; ``_physical``: PLOVER ASSAULT is
    force against people, places or property), or which has no target but a topic -- anything "about",
    such a thing "over" ("fought over the budget": a quarrel; "fought over the town" stays), or
    whose only other side, after "with", is such a thing ("grappling with allegations")."""
    tok = trig.token
    if trig.how != "noun" and trig.info.type in _attack_types() \
            and tok.lemma_.lower() in lists().verbal_attacks.words \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in lists().figurative_objects
                    and not (tok.lemma_.lower() in lists().verbal_attacks.criticism_words and _party_thing(c))
                    for c in tok.children):
        return True   # ("attacked Clinton's record" is criticism of Clinton: _party_thing)
    if trig.info.type != "ASSAULT" or trig.how != "verb":
        return False
    obj = child(tok, "dobj")
    targets = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in grammar().target_prepositions
               for g in c.children if g.dep_ == "pobj"]   # "rammed a bulldozer into Israelis"
    gram = grammar()
    topics = [(c.lower_, g) for c in tok.children if c.dep_ == "prep"
              and c.lower_ in gram.topic_prepositions | gram.contested_prepositions
              for g in c.children if g.dep_ == "pobj"]
    if obj is None and not targets and any(p in gram.topic_prepositions or not _physical(g) for p, g in topics):
        return True   # "Democrats have been fighting about Obama", "fought over the budget"
    partners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in gram.counterpart_prepositions
                for g in c.children if g.dep_ == "pobj"]
    if obj is None and not targets and partners and not any(_physical(g) for g in partners):
        return True   # "has been grappling with so many allegations" ("clashed with police" stays)
    return obj is not None and not any(_physical(t) for t in (obj, *targets)) \
        and not (tok.lemma_.lower() in lists().verbal_attacks.criticism_words and _party_thing(obj))


def _party_thing(obj: "Token") -> bool:
    """'Clinton's record', 'his comments', 'the administration's plan': an object possessed by a
    person or a body (a possessive name or pronoun): what is attacked in it is its owner's."""
    return any(c.dep_ == "poss" and (c.tag_ == "PRP$" and c.lower_ not in grammar().thing_possessives
                                     or c.ent_type_ in PARTY_ENTS
                                     or (c.pos_ == "PROPN" and not c.ent_type_)
                                     or actors.actor_like(c))
               for c in obj.children)


def _physical(obj: "Token") -> bool:
    """A party, person, place, building, vehicle or weapon, a pronoun or a counted thing, or a
    group of them ("a mix of politicians"): what force can be used on or with (implicit.yaml
    ``patient_heads``, ``instrument_nouns``; precision.yaml ``place_nouns``, ``physical_targets``)."""
    word = obj.lemma_.lower()
    if actors.actor_like(obj) or obj.pos_ in ("PRON", "NUM", "PROPN") or obj.ent_type_ in ACTOR_ENTS \
            or any(c.dep_ == "nummod" for c in obj.children) \
            or any(w in vocab for w in (word, obj.lower_) for vocab in (
                lists().place_nouns, lists().physical_targets, implicit.implicit().patient_heads,
                implicit.implicit().instrument_nouns)):
        return True
    return any(_physical(g) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def _home_travel(trig: Trigger, actor: Participant | None, recipient: Participant | None,
                 recip_tok: "Token | None") -> bool:
    """'The president traveled to New York for fundraisers', 'Clinton visited the St. Louis area':
    a visit whose only other side is a place of the actor's own country meets no one (PLOVER
    CONSULT: meetings and visits between actors); a visit to a body ("the White House": a coded
    sector) or abroad stays. So is leaving such a place by anyone but armed hands ("Trump left
    Washington on Monday", "Trump's plane leaving Washington"): PLOVER RETREAT is a withdrawal
    from a party's ground ("troops left Fallujah" stays)."""
    if trig.info.type not in ("CONSULT", "RETREAT") or (trig.info.type == "RETREAT" and _armed(actor)) \
            or actor is None or recipient is None or recip_tok is None \
            or not actor.country or recipient.country != actor.country or recipient.sector \
            or not _travel_verb(trig.token):
        return False   # (attending "a cabinet meeting in Moscow" meets the cabinet)
    doc = recip_tok.doc
    state = doc[recip_tok.i + 2] if recip_tok.i + 2 < len(doc) and doc[recip_tok.i + 1].text == "," else None
    return recip_tok.ent_type_ in PLACE_ENTS or recip_tok.lemma_.lower() in lists().place_nouns \
        or (state is not None and state.ent_type_ == "GPE")   # "Boise, Idaho" (Boise read as an ORG)


def _visit_of_no_host(trig: Trigger, recipient: Participant | None, recip_tok: "Token | None") -> bool:
    """'Clinton's visit', 'her visit to Wall Street', 'a visit to a battleground county': a visit
    (precision.yaml ``visit_verbs``) meets the party visited (PLOVER CONSULT: "visits" between
    actors); with no host named, or only a place no country or body is coded for, it meets no one
    (a place abroad is coded with its country: "visited Kabul" stays); nor does a visit to a place
    of remembrance (``monument_nouns``: "visited the ... Officers Memorial")."""
    if trig.info.type != "CONSULT" or trig.token.lemma_.lower() not in lists().visit_verbs:
        return False
    if recipient is None:
        return True
    if recip_tok is not None and recip_tok.lemma_.lower() in lists().monument_nouns:
        return True   # "visited the National Law Enforcement Officers Memorial": a place of remembrance
    return recip_tok is not None and not recipient.country and not recipient.sector \
        and (recip_tok.ent_type_ in PLACE_ENTS or recip_tok.lemma_.lower() in lists().place_nouns)


def _own_kin_visit(trig: Trigger) -> bool:
    """'She had been visiting her sister in Paris', 'met his older brother, Freddy, for dinner': a
    visit or meeting (CONSULT) whose object is one's own relative -- a kin noun (precision.yaml
    ``own_kin_nouns``) with a possessive pronoun, or a name it stands beside -- is a private call,
    no meeting of parties; "met the families of the victims at his residence" stays (the families
    are no one's own)."""
    if trig.info.type != "CONSULT" or trig.how == "noun":
        return False
    kin = lists().own_kin_nouns
    for obj in (c for c in trig.token.children if c.dep_ == "dobj"):
        words = (obj, *(c for c in obj.children if c.dep_ in ("compound", "appos")))
        # ("his older brother Freddy": the possessive hangs on the name the kin noun modifies)
        if any(lemma(t) in kin for t in words) and any(c.dep_ == "poss" and c.tag_ == "PRP$"
                                                       for t in words for c in t.children):
            return True
    return False


def _travel_verb(tok: "Token") -> bool:
    """A verb of motion or visiting (precision.yaml ``motion_verbs``, ``visit_verbs``)."""
    word = tok.lemma_.lower()
    return word in lists().motion_verbs or word in lists().visit_verbs


def _armed(actor: Participant | None) -> bool:
    """The actor is of an armed sector or a violent group ("a mob")."""
    lex = lists().verbal_attacks
    return actor is not None and ((actor.sector or "").lower() in lex.armed_sectors
                                  or any(w in lex.physical_actors for w in actor.name.lower().split()))


def _civilian(actor: Participant | None, sent: Any, ctx: "Context") -> bool:
    """The actor is a person or a civilian body, not an armed one or a violent group."""
    if actor is None or _armed(actor):
        return False   # ("a mob attacked villagers")
    return _person(actor, sent, ctx) or (actor.sector or "").lower() in lists().verbal_attacks.civilian_sectors


def _person(actor: Participant, sent: Any, ctx: "Context") -> bool:
    """The actor is a person: tagged so, or a name of proper nouns of no place, group or body."""
    ent, toks = actors.entity_by_id(ctx, actor.entity), _actor_tokens(actor, sent)
    return _person_tag(ent, toks) or (ent is None and bool(toks) and all(
        t.pos_ == "PROPN" and t.ent_type_ not in PLACE_ENTS | {"NORP", "ORG"} for t in toks))


def _tagged_person(actor: Participant, sent: Any, ctx: "Context") -> bool:
    """The actor's entity, or a word of its name, is tagged a person, and neither the name nor a
    proper noun in it is a known place (the small model tags "Benin" and "Israel Flying Aid", a
    charity, persons)."""
    toks = _actor_tokens(actor, sent)
    return _person_tag(actors.entity_by_id(ctx, actor.entity), toks) and not gazetteer.lookup(actor.name) \
        and not any(t.pos_ == "PROPN" and gazetteer.lookup(t.text) for t in toks)


def _person_tag(ent: Any, toks: list["Token"]) -> bool:
    return getattr(ent, "type", None) == "PERSON" or any(t.ent_type_ == "PERSON" for t in toks)


def _actor_tokens(actor: Participant, sent: Any) -> list["Token"]:
    return [t for t in sent if actor.start is not None and actor.start <= t.idx < (actor.end or 0)]


def _violent_sentence(sent: Any, tok: "Token") -> bool:
    """A word of violence (``verbal_attacks.violence_words``) in the sentence, the trigger aside;
    not a stance ("anti-gun") and not a noun modifier of a matter of debate ("the gun issue", "gun
    control": ``verbal_attacks.debate_heads``)."""
    doc = tok.doc
    lex = lists().verbal_attacks
    violence = lex.violence_words

    def counts(t: "Token") -> bool:
        if t.i == tok.i or (t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
                            and doc[t.i - 2].lower_ in grammar().stance_prefixes):
            return False
        if t.dep_ == "amod" and t.tag_ == "VBN" and t.lemma_.lower() in lex.dismissal_words:
            return False   # "Donald Trump's fired campaign manager": dismissed, no shot fired
        return not (t.dep_ == "compound" and t.head.lemma_.lower() in lex.debate_heads)
    lo, hi = _paragraph_chars(tok)   # (a headline the parser ran into the first paragraph is its own line)
    kept = [t for t in sent if lo <= t.idx < hi and counts(t)]
    words = {t.lemma_.lower() for t in kept} | {t.lower_ for t in kept}
    return not words.isdisjoint(violence)


def _armed_attack(trig: Trigger, actor: Participant | None, sent: Any) -> bool:
    """'A police helicopter attacked the Supreme Court building': an attack word the dictionary
    coded as criticism (PETRARCH2 "attack ... government" = 111) is physical when an armed body
    or a violent group does it to a place or in a sentence of violence (the converse of
    ``_verbal_attack``; PLOVER ASSAULT is the use of physical force)."""
    lex = lists().verbal_attacks
    tok = trig.token
    if trig.info.type != "ACCUSE" or lemma(tok) not in lex.words or actor is None:
        return False
    armed = (actor.sector or "").lower() in lex.armed_sectors \
        or any(w in lex.physical_actors for w in actor.name.lower().split())
    targets = [c for c in tok.children if c.dep_ == "dobj"]
    place = any(t.ent_type_ in PLACE_ENTS or lemma(t) in lists().place_nouns for target in targets for t in target.subtree)
    return armed and (place or _violent_sentence(sent, tok))


def _nearest_day(dates: list[Any], tok: "Token") -> tuple[str | None, str | None]:
    """(date, "text") of the date expression nearest the trigger; (None, None) when it is a week:
    "last week" dates the act to a span the record cannot hold."""
    near = min(dates, key=lambda d: abs(d.start - tok.idx))
    return (near.date, "text") if getattr(near, "granularity", None) != "week" else (None, None)


def _relative_adverb_dates(tok: "Token", dates: list[Any]) -> list[Any]:
    """The dates of a relative clause opened by "when" or "where" (a clause of time or place has
    its antecedent's time): "in August, when Trump threw Ramos out" -> the August date;
    "spent Thursday in St. Paul, where he visited" -> the dates on "spent". However the parser
    hangs a clause of time, a "when" written right after a date has that date as its antecedent
    ("a meeting with the governor on wednesday when the prime minister asked him": Wednesday)."""
    adverbs = grammar().relative_adverbs
    when = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)
    kind = adverbs[when.lower_] if when is not None else None
    if kind == "time" and when is not None and when.i > 0:
        before = tok.doc[when.i - 2] if when.i > 1 and tok.doc[when.i - 1].text == "," else tok.doc[when.i - 1]
        end = before.idx + len(before.text)
        adjacent = [d for d in dates if d.end == end]
        if adjacent:
            return adjacent
    if tok.dep_ != "relcl" or tok.head.i == tok.i:
        return []
    ante = tok.head
    if kind == "time":
        return [d for d in dates if d.start <= ante.idx < d.end]
    if kind == "place":
        verb = ante.head.head if ante.dep_ == "pobj" and ante.head.dep_ == "prep" else ante.head
        s_lo, s_hi = tok.sent.start_char, tok.sent.end_char
        return [d for d in dates if s_lo <= d.start and d.end <= s_hi and _attached(d, verb)] \
            if verb.pos_ in ("VERB", "AUX") else []
    return []


def _deictic(d: Any) -> bool:
    """A date told relative to the moment of speaking ("today", "this morning", "last week",
    "two days ago"): inside a quotation it counts from the speaker's day, not the paper's."""
    words = d.text.lower().split()
    lex = dates_lexicon()
    return bool(words) and (words[0] in lex.relative_days or words[0] in lex.relative_modifiers
                            or words[-1] == "ago")


def _day_host(host: "Token", date: Any) -> "Token":
    """What a day's phrase dates when the parser hung it on a party or a place ("a demonstration
    was staged before the commission on friday", "arrested at the station on monday"): a day is a
    time of a happening, and a party, person or place has none, so the phrase is an adjunct of
    the clause -- the verb the noun phrase hangs from. Other hosts are kept (an event noun has a
    day of its own: "the meeting on friday")."""
    word = lemma(host)
    party = host.ent_type_ in ACTOR_ENTS or word in plover.agent_nouns() or agent_sector(word) is not None
    if getattr(date, "granularity", None) != "day" or host.pos_ not in ("NOUN", "PROPN") \
            or not (party or host.ent_type_ in PLACE_ENTS or word in lists().place_nouns) \
            or word in lists().occasion_nouns or plover.lexicon().nouns.get(word):
        return host
    node = host
    for _ in range(4):
        if node.head.i == node.i or node.dep_ in OTHER_CLAUSE:
            return host
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return host


def _attached(date: Any, trigger: "Token") -> bool:
    """The date phrase modifies the trigger itself ("killed ... early Friday", "brief ... on
    Wednesday"), not a noun inside its arguments ("fallout from an order ... last week")."""
    span = trigger.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    lex = dates_lexicon()
    if head.dep_ == "prep":
        head = _day_host(head.head, date)
    elif span.root.dep_ in ("compound", "nmod", "poss") and lemma(head) in lex.month_nouns \
            and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head   # "In a June letter, Grassley criticised", "in a May 4 letter",
        # "in Tuesday's statement": the letter's day
    elif span.root.dep_ == "npadvmod" and lemma(head) in lex.month_nouns and head.i != trigger.i \
            and head.dep_ == "pobj" and head.head.lower_ in lex.occasion_prepositions | grammar().medium_prepositions:
        head = head.head.head   # a bare noun phrase of time after the noun dates it as well: "on a
        # press call Friday, criticized", "praised her in an interview last October" (the occasion or
        # medium the act was done in; not "following a shooting last year": the act came after it)
    elif span.root.dep_ in ("compound", "nummod", "amod", "poss") and lemma(head) in lex.occasion_nouns \
            and head.dep_ == "pobj" and head.head.lower_ in lex.occasion_prepositions:
        head = head.head.head   # "killed in the 2012 attack": the attack's year
    if head.dep_ in ("aux", "auxpass"):
        head = head.head   # "had on friday evening announced": an auxiliary's phrase is its verb's
    if head.dep_ == "acl" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.i == trigger.i \
            and (span.root.head.i if span.root.dep_ == "pobj" else span.start) > head.i + 1 \
            and _preverbal(span, trigger):
        head = trigger   # "two groups associated with the movement on saturday proposed": a time
        # phrase between the subject and its verb is the verb's adjunct (news English puts the day
        # there: "police on tuesday opened fire"); the parser hung it on the subject's participle
        # after the participle's own complement (not "activists arrested on saturday attacked",
        # where the day follows the participle and is its own)
    return head.i == trigger.i or (trigger.pos_ == "NOUN" and head.i == trigger.head.i)


def _preverbal(span: Any, verb: "Token") -> bool:
    """The phrase ends right before the verb: nothing between them but the verb's auxiliaries,
    negation and adverbs ("on saturday proposed", "on friday had also said")."""
    between = span.doc[span.end:verb.i]
    return verb.i >= span.end and all(t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "neg", "advmod")
                                       for t in between)


def _location(ctx: "Context", start: int, end: int) -> Location | None:
    return locate(ctx, start, end)
