"""PLOVER event ontology: types, CAMEO->PLOVER map, trigger lexicon, factuality cues.

Data under ``data/plover/`` (provenance in docs/events.md), loaded and validated once per
process:

- ``types.yaml``         the 16 PLOVER 2.0 types: QuadClass, default score, base CAMEO code, modes
- ``cameo2plover.tsv``   CAMEO code -> PLOVER type, mode, context, Goldstein value
- ``cameo_verbs.json``   PETRARCH2 verb dictionary: verb blocks, patterns, synonym sets
- ``triggers.yaml``      project patterns, noun triggers, embedding verbs, confidence levels
- ``factuality.yaml``    factuality cue words

Not handled: PLOVER *contexts* are carried through but never used for coding; CAMEO 01
(public statements) has no PLOVER type and is never an event.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..errors import OntologyError

from . import fail, read_json, read_tsv, read_yaml, typed
from .loader import line_of, rule_name, spec

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
FACTUALITY: tuple[str, ...] = (
    "asserted", "negated", "hypothetical", "future", "planned", "denied", "disputed", "reported")
#: factualities that say the event happened (merged alike as repeats of one happening)
HAPPENED: frozenset[str] = frozenset({"asserted", "reported"})

_DIR = "plover"


@dataclass(frozen=True)
class TypeInfo:
    name: str
    quad: int
    score: float
    cameo: str
    modes: frozenset[str]


@dataclass(frozen=True)
class CameoInfo:
    code: str
    type: str
    mode: str | None
    context: str | None
    goldstein: float | None


@dataclass(frozen=True)
class Pattern:
    """A verb pattern: every keyword group must match before (``pre``) / after (``post``) the verb.
    Each keyword is a tuple of alternatives; an alternative is a tuple of words (all required)."""

    pre: tuple[tuple[tuple[str, ...], ...], ...]
    post: tuple[tuple[tuple[str, ...], ...], ...]
    code: str | None
    rank: int  # twice the content keywords, +1 for project patterns
    #: where the pattern is written (``plover/triggers.yaml:12``, ``cameo_verbs.json:ATTACK/3``): its rule name
    name: str = ""
    #: the same keywords for fast matching: (single-word alternatives, multi-word alternatives)
    pre_fast: tuple[tuple[frozenset[str], tuple[tuple[str, ...], ...]], ...] = ()
    post_fast: tuple[tuple[frozenset[str], tuple[tuple[str, ...], ...]], ...] = ()


def _fast(keywords: tuple[tuple[tuple[str, ...], ...], ...]) -> tuple:
    return tuple((frozenset(a[0] for a in k if len(a) == 1), tuple(a for a in k if len(a) > 1)) for k in keywords)


@dataclass(frozen=True)
class VerbEntry:
    rest: tuple[str, ...]           # particle words of a multi-word verb ("pull out")
    code: str | None                # the verb's default CAMEO code
    patterns: tuple[Pattern, ...]   # best rank first
    #: inverted index: a word ('>' + word after the verb, '<' + word before it) -> positions of the
    #: patterns it anchors; `always`: patterns with no single-word anchor
    index: dict[str, tuple[int, ...]] | None = None
    always: tuple[int, ...] = ()


def indexed(code: str | None, rest: tuple[str, ...], patterns: tuple[Pattern, ...]) -> VerbEntry:
    """A VerbEntry whose patterns are sorted by rank and indexed by an anchor keyword."""
    pats = tuple(sorted(patterns, key=lambda p: -p.rank))
    index: dict[str, list[int]] = {}
    always = []
    for i, pat in enumerate(pats):
        side, keys = (">", pat.post_fast) if pat.post_fast else ("<", pat.pre_fast)
        anchor = next((k for k in keys if k[0] and not k[1]), None)
        if anchor is None:
            always.append(i)
            continue
        for word in anchor[0]:
            index.setdefault(side + word, []).append(i)
    return VerbEntry(rest, code, pats, {k: tuple(v) for k, v in index.items()}, tuple(always))


@dataclass(frozen=True)
class Conditional:
    types: frozenset[str]   # hostile types that become threats when promised on a condition
    marks: frozenset[str]   # subordinators of the condition (if, unless)
    code: str               # the THREATEN code they get


@dataclass(frozen=True)
class Purpose:
    acts: frozenset[str]       # material acts ("donated ventilators ...")
    purposes: frozenset[str]   # ... whose "to assist Ethiopia" clause is their purpose


@dataclass(frozen=True)
class Blame:
    code: str                    # the ACCUSE code a reporting verb gets
    predicates: frozenset[str]   # "X was responsible (for the attack)"
    prepositions: frozenset[str]  # "X was behind (the bombing)"
    types: frozenset[str]        # PLOVER types of the act blamed (by the noun trigger lexicon)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[VerbEntry, ...]]
    nouns: dict[str, str]
    embedding: dict[str, tuple[str, dict[str, str]]]   # word -> (kind, {embedded type: code})
    confidence: dict[str, float]
    conditional: Conditional
    obligation: Conditional               # reporting verb + "must" complement -> REQUEST
    no_default: frozenset[str]            # verbs whose default code is not trusted
    refusal_aux: frozenset[str]           # "will not X" / "did not X" -> REJECT
    past_refusal_aux: frozenset[str]      # "did not X": a refusal only for a response verb
    response_verbs: frozenset[str]        # "did not accept / agree / allow": refusing is an act
    future_intent_types: frozenset[str]   # "will release" -> AGREE
    future_aux: frozenset[str]
    future_kept_verbs: frozenset[str]     # "will brief": a communication keeps its type
    clause_defaults: dict[str, str]       # "agreed to set up ..." -> AGREE
    purpose: Purpose                      # "donated ... to assist Ethiopia": one AID event
    blame: Blame                          # "said X was behind the bombing" -> ACCUSE X
    statement_verbs: frozenset[str]       # "declined to say whether ...": what is said embeds no act


@functools.lru_cache(maxsize=1)
def types() -> dict[str, TypeInfo]:
    """The 16 PLOVER types from ``types.yaml``; OntologyError if one is missing or malformed."""
    rel = f"{_DIR}/types.yaml"
    raw = read_yaml(rel)
    if not isinstance(raw, dict) or set(raw) != set(PLOVER_TYPES):
        raise fail(rel, None, f"must define exactly the 16 PLOVER types {PLOVER_TYPES}")
    out = {}
    for name, v in raw.items():
        try:
            out[name] = TypeInfo(name, int(v["quad"]), float(v["score"]), str(v["cameo"]),
                                 frozenset(v.get("modes") or ()))
        except (KeyError, TypeError, ValueError) as exc:
            raise fail(rel, None, f"{name}: {exc!r}") from exc
        if out[name].quad not in (1, 2, 3, 4) or not -10 <= out[name].score <= 10:
            raise fail(rel, None, f"{name}: quad must be 1-4 and score in [-10, 10]")
    return out


@functools.lru_cache(maxsize=1)
def cameo_map() -> dict[str, CameoInfo]:
    """CAMEO code -> PLOVER type/mode/context/Goldstein from ``cameo2plover.tsv``."""
    rel = f"{_DIR}/cameo2plover.tsv"
    out = {}
    for line, (code, typ, mode, context, gold) in read_tsv(rel, 5):
        if code == "cameo":
            continue
        if typ not in PLOVER_TYPES or not code.isdigit():
            raise fail(rel, line, f"bad CAMEO code {code!r} or PLOVER type {typ!r}")
        if mode and getattr(line, "file", rel) != rel and mode not in types()[typ].modes:
            raise fail(rel, line, f"mode {mode!r} is not a mode of {typ}: list it under {typ}.modes in plover/types.yaml")
        out[code] = CameoInfo(code, typ, mode or None, context or None, float(gold) if gold else None)
    return out


def cameo_info(code: str | None) -> CameoInfo | None:
    """PLOVER coding of a CAMEO code, falling back to its nearest listed ancestor; None for
    codes with no PLOVER type (CAMEO 01, statements)."""
    table = cameo_map()
    while code:
        if code in table:
            return table[code]
        code = code[:-1] if len(code) > 3 else (code[:2] + "0" if len(code) == 3 and code[2] != "0" else "")
    return None


def _split_synsets(synsets: dict[str, list[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Synonym set -> its alternatives split into words, once per lexicon (not once per keyword)."""
    return {name: tuple(w for a in alts for w in _alternatives(str(a))) for name, alts in synsets.items()}


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _alternatives(phrase: str) -> tuple[tuple[str, ...], ...]:
    """A keyword phrase as words; a hyphenated word also as the tokens the tokenizer makes of it
    ("sit-in" is read as "sit", "-", "in": spaCy splits a hyphen between letters)."""
    words = tuple(phrase.lower().split())
    split = tuple(t for w in words for t in _HYPHEN.sub(" - ", w).split())
    return (words,) if split == words else (words, split)


def _keyword(word: str, synsets: dict[str, tuple[tuple[str, ...], ...]], rel: str) -> tuple[tuple[str, ...], ...]:
    """One pattern keyword -> its alternatives (synonym sets expanded, multi-word split)."""
    if not isinstance(word, str):  # YAML reads a bare on/off/no as a boolean
        raise fail(rel, None, f"pattern keyword {word!r} must be a string (quote it)")
    if word.startswith("&"):
        alts = synsets.get(word) or synsets.get(word + "_")
        if alts is None:
            return ()  # an undefined synonym set: the pattern can never match
        return alts
    if word.startswith(OBJECT_KEYWORD):   # "@OBJ=&SHUTDOWNS": the head of the verb's object is one of them
        inner = _keyword(word[len(OBJECT_KEYWORD):], synsets, rel)
        return tuple(dict.fromkeys((OBJECT_KEYWORD + alt[-1],) for alt in inner))
    if word.startswith("@"):
        return ((word,),)
    return _alternatives(word)


#: a pattern keyword on the verb's object head: "@OBJ=&SHUTDOWNS", "@OBJ=bandh" (the last word of a
#: multi-word alternative is its head)
OBJECT_KEYWORD = "@OBJ="


def _pattern(pre: list[str], post: list[str], code: str | None, synsets: dict, rel: str,
             bonus: int = 0, name: str = "") -> Pattern | None:
    """Compile a pattern; its rank counts content keywords twice, function words not at all."""
    pre_k = tuple(_keyword(w, synsets, rel) for w in pre)
    post_k = tuple(_keyword(w, synsets, rel) for w in post)
    if any(not k for k in pre_k + post_k):
        return None
    content = sum(1 for w in pre + post if w.lower() not in function_words())
    return Pattern(pre_k, post_k, code, 2 * content + bonus, name, _fast(pre_k), _fast(post_k))


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Pattern keywords that carry no meaning alone (prepositions ...): they do not raise a rank."""
    return frozenset(str(w).lower() for w in read_yaml(f"{_DIR}/triggers.yaml")["function_words"])


#: an embedding map value: the embedding word takes the embedded event's own code ("ordered the
#: release of X" is the release, by who ordered it)
SAME_CODE = "="


def _check_code(code: Any, rel: str) -> str | None:
    if code is None:
        return None
    if not isinstance(code, str) or not code.isdigit():
        raise fail(rel, None, f"CAMEO code must be a quoted digit string, got {code!r}")
    return code


def _dictionary_verbs(synsets: dict) -> dict[str, list[VerbEntry]]:
    rel = f"{_DIR}/cameo_verbs.json"
    raw = read_json(rel)
    verbs: dict[str, list[VerbEntry]] = {}
    for block in raw["blocks"]:
        pats = [_pattern(p["pre"], p["post"], p["code"], synsets, rel, name=f"cameo_verbs.json:{block['name']}/{n}")
                for n, p in enumerate(block["patterns"])]
        shared = indexed(None, (), tuple(p for p in pats if p is not None))  # once per block, not per verb
        for v in block["verbs"]:
            entry = VerbEntry(tuple(v["rest"]), v["code"] or block["code"], shared.patterns, shared.index, shared.always)
            verbs.setdefault(v["lemma"], []).append(entry)
    return verbs


@functools.lru_cache(maxsize=1)
def synsets() -> dict[str, list[str]]:
    return dict(read_json(f"{_DIR}/cameo_verbs.json")["synsets"])


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The merged trigger lexicon: dictionary verbs + project patterns, nouns, embedding words."""
    rel = f"{_DIR}/triggers.yaml"
    raw = read_yaml(rel)
    syn = _split_synsets(synsets())
    verbs = _dictionary_verbs(syn)
    syn.update(_split_synsets(raw.get("synsets") or {}))  # the project's own sets, for its patterns
    for n, item in enumerate(raw["verb_patterns"]):
        line = line_of(rel, ("verb_patterns", n))
        pat = _verb_pattern(item, syn, rel, line)
        for lemma in item["lemma"]:
            verbs.setdefault(lemma, []).append(indexed(None, (), (pat,)))
    for key, code in (raw.get("verb_codes") or {}).items():  # own code: replaces the dictionary's
        lemma, *rest = str(key).split()
        entry = indexed(_check_code(str(code), rel), tuple(rest), ())
        verbs[lemma] = [entry, *verbs.get(lemma, ())] if rest else [entry]
    nouns = {str(k): _check_code(str(v), rel) for k, v in raw["noun_triggers"].items()}
    for word, code in nouns.items():
        if cameo_info(code) is None:
            raise fail(rel, line_of(rel, ("noun_triggers", word)),
                       f"noun trigger {word!r}: CAMEO code {code!r} has no PLOVER type")
    embedding = {}
    for kind, rule in raw["embedding"].items():
        bad = set(rule["map"]) - set(PLOVER_TYPES)
        if bad:
            raise fail(rel, None, f"embedding {kind}: unknown types {sorted(bad)}")
        for word in rule["words"]:
            embedding[word] = (rule.get("kind", kind),   # "=": the embedded event's own code
                               {t: c if c == SAME_CODE else _check_code(c, rel) for t, c in rule["map"].items()})
    conf = {k: float(v) for k, v in raw["confidence"].items()}
    cond = raw["conditional"]
    if not set(cond["types"]) <= set(PLOVER_TYPES) or cameo_info(_check_code(cond["code"], rel)) is None:
        raise fail(rel, None, "conditional: unknown types or CAMEO code")
    conditional = Conditional(frozenset(cond["types"]), frozenset(cond["marks"]), cond["code"])
    obl = raw["obligation"]
    if cameo_info(_check_code(obl["code"], rel)) is None:
        raise fail(rel, None, "obligation: unknown CAMEO code")
    obligation = Conditional(frozenset(), frozenset(obl["modals"]), obl["code"])
    words = {k: frozenset(str(w).lower() for w in raw[k]) for k in
             ("no_default", "refusal_auxiliaries", "future_intent_types", "future_auxiliaries",
              "past_refusal_auxiliaries", "response_verbs", "future_kept_verbs", "statement_verbs")}
    defaults = {str(k): str(_check_code(str(v), rel)) for k, v in (raw.get("clause_defaults") or {}).items()}
    if any(cameo_info(c) is None for c in defaults.values()):
        raise fail(rel, None, "clause_defaults: a code that is no PLOVER event")
    return Lexicon({k: tuple(v) for k, v in verbs.items()}, nouns, embedding, conf,  # type: ignore[arg-type]
                   conditional, obligation, words["no_default"], words["refusal_auxiliaries"],
                   words["past_refusal_auxiliaries"], words["response_verbs"],
                   frozenset(t.upper() for t in words["future_intent_types"]), words["future_auxiliaries"],
                   words["future_kept_verbs"], defaults, _purpose(raw.get("purpose") or {}, rel),
                   _blame(raw["blame"], rel), words["statement_verbs"])


def _blame(raw: Any, rel: str) -> Blame:
    """The ``blame`` section, checked; OntologyError naming the file otherwise."""
    if not isinstance(raw, dict) or not set(raw) == {"code", "predicates", "prepositions", "types"}:
        raise fail(rel, line_of(rel, ("blame",)), "blame: a mapping of code, predicates, prepositions, types")
    if cameo_info(_check_code(str(raw["code"]), rel)) is None or not set(raw["types"]) <= set(PLOVER_TYPES):
        raise fail(rel, line_of(rel, ("blame",)), "blame: unknown CAMEO code or PLOVER types")
    return Blame(str(raw["code"]), frozenset(str(w).lower() for w in raw["predicates"]),
                 frozenset(str(w).lower() for w in raw["prepositions"]), frozenset(raw["types"]))


def _verb_pattern(item: Any, syn: dict, rel: str, line: Any) -> Pattern:
    """One ``verb_patterns`` item, checked; OntologyError naming its file:line."""
    if not isinstance(item, dict) or not set(item) <= {"lemma", "pre", "post", "code"} or "code" not in item:
        raise fail(rel, line, "a verb pattern is a mapping {lemma: [...], pre: [...], post: [...], code: \"CAMEO\"}")
    lemmas, pre, post = item.get("lemma"), item.get("pre") or [], item.get("post")
    if not isinstance(lemmas, list) or not lemmas or not all(isinstance(w, str) for w in lemmas):
        raise fail(rel, line, "'lemma' must be a non-empty list of verb lemmas")
    if not isinstance(post, list) or not isinstance(pre, list):
        raise fail(rel, line, "'pre' and 'post' must be lists of keywords")
    try:
        code = _check_code(item["code"], rel)
    except OntologyError as exc:
        raise fail(rel, line, str(exc).split(": ", 1)[-1]) from exc
    if code is not None and cameo_info(code) is None:
        raise fail(rel, line, f"CAMEO code {code!r} has no PLOVER type (add it to plover/cameo2plover.tsv)")
    pat = _pattern(list(pre), list(post), code, syn, rel, bonus=1, name=rule_name(line, rel))
    if pat is None:
        raise fail(rel, line, f"pattern {item} uses an unknown synonym set")
    return pat


def _purpose(raw: dict[str, Any], rel: str) -> Purpose:
    acts, purposes = frozenset(raw.get("acts") or ()), frozenset(raw.get("purposes") or ())
    if not (acts | purposes) <= set(PLOVER_TYPES):
        raise fail(rel, None, f"purpose: unknown types {sorted((acts | purposes) - set(PLOVER_TYPES))}")
    return Purpose(acts, purposes)


@dataclass(frozen=True)
class FactualityCues:
    precedence: tuple[str, ...]
    negation_words: frozenset[str]
    negating_heads: frozenset[str]
    pending_adverbs: frozenset[str]   # "has yet to apologize": not done so far
    #: word sequences before a gerund that say its act did not happen ("without", "instead of")
    negating_prepositions: tuple[tuple[str, ...], ...]
    #: verbs of holding back whose "from" + gerund did not happen ("refrained from attacking")
    from_negating_heads: frozenset[str]
    #: verbs of dissuading whose "against" + gerund is an act to be avoided ("warned Iran against
    #: attacking"): a possibility, not done
    against_hypothetical_heads: frozenset[str]
    #: verbs of fearing and predicting: a future act in their that-clause, not the thinker's own,
    #: is a possibility someone foresees ("Republicans fear that Trump will destroy the party")
    foreseeing_heads: frozenset[str]
    #: verbs whose complement happened exactly when they did: negated, so is it ("did not bother to ask")
    implicative_heads: frozenset[str]
    #: verbs whose negation says their to-infinitive came at once ("did not hesitate to attack")
    unhesitating_heads: frozenset[str]
    #: verbs of talk and thought whose about-gerund is contemplated ("talked about bombing Iran")
    contemplating_heads: frozenset[str]
    denial_heads: frozenset[str]
    denial_nouns: frozenset[str]
    made_charge_nouns: frozenset[str]   # "dismissed Sanders' accusations": made, though denied
    charge_maker_prepositions: frozenset[str]   # "criticism from Giles": the charge's own maker
    dispute_heads: frozenset[str]
    charge_heads: frozenset[str]        # "accused of seeking support": the act charged is alleged
    charge_prepositions: frozenset[str]   # of, with, for: they introduce the act charged
    dispute_words: frozenset[str]
    hypothetical_words: frozenset[str]
    future_words: frozenset[str]
    future_heads: frozenset[str]
    planned_heads: frozenset[str]
    planned_nouns: frozenset[str]   # nouns whose to-infinitive is their content: "a proposal to ban"
    reporting_heads: frozenset[str]
    #: nouns and adjectives above an event that make it a possibility ("the prospect of", "in case")
    hypothetical_heads: frozenset[str]
    #: "able to help": a possibility unless the ability is told in the past ("was able to arrest")
    ability_adjectives: frozenset[str]
    #: modifiers of a noun trigger that make it a possibility ("potential Iranian attacks")
    hypothetical_mods: frozenset[str]
    #: punctuation that ends a question: an act asked about is not asserted ("will you resign?")
    question_marks: frozenset[str]


@functools.lru_cache(maxsize=1)
def factuality_cues() -> FactualityCues:
    """Cue words from ``factuality.yaml``; OntologyError if a list is missing or a label unknown."""
    rel = f"{_DIR}/factuality.yaml"
    cues = typed(FactualityCues, rel)
    if set(cues.precedence) != set(FACTUALITY) or len(cues.precedence) != len(FACTUALITY):
        raise fail(rel, line_of(rel, ("precedence",)), f"precedence must list exactly {FACTUALITY}")
    return cues


@dataclass(frozen=True)
class ActorWords:
    recipient_preps: tuple[str, ...] = spec("recipient_prepositions")   # in order of preference
    noun_recipient_preps: frozenset[str] = spec("noun_recipient_prepositions")
    act_object_nouns: frozenset[str] = spec()   # "carried out his attack on club goers": the noun's target
    victim_named_nouns: frozenset[str] = spec()   # "the Laquan McDonald shooting": named by its victim
    act_object_verbs: frozenset[str] = spec()   # verbs doing their object's act, besides the light verbs
    series_nouns: frozenset[str] = spec()       # "a new round of attacks": the act is the of-noun
    belonging_preps: frozenset[str] = spec("belonging_prepositions")
    quantity_heads: frozenset[str] = spec()
    non_agent_heads: frozenset[str] = spec()
    activity_heads: frozenset[str] = spec()   # nouns of an activity: never a side (actor_like)
    extra_agent_heads: frozenset[str] = spec()
    crowd_heads: frozenset[str] = spec()   # "thousands demonstrated": a crowd of civilians
    party_adjectives: frozenset[str] = spec()   # "Republican experts": of the party's country
    transfer_types: frozenset[str] = spec()
    transfer_preps: frozenset[str] = spec("transfer_prepositions")
    receive_verbs: frozenset[str] = spec()
    giver_preps: frozenset[str] = spec("giver_prepositions")
    voiced_types: frozenset[str] = spec()    # "criticism from the U.N.": the from-party voices it
    voiced_embeddings: frozenset[str] = spec()   # "promises from Sanders": the from-party promises
    honour_words: frozenset[str] = spec()    # "awarded the Legion of Honour to X": a thing, X receives
    honour_preps: frozenset[str] = spec("honour_prepositions")
    honour_verbs: frozenset[str] = spec()
    undergo_verbs: frozenset[str] = spec()   # "Iran faces criticism": the subject undergoes it
    hosting_codes: frozenset[str] = spec()
    rebutting_verbs: frozenset[str] = spec()   # "Clinton rebutted Exxon's accusation": aimed at Clinton
    answered_types: frozenset[str] = spec()
    answered_preps: frozenset[str] = spec("answered_prepositions")
    charge_preps: frozenset[str] = spec("charge_prepositions")
    feeling_nouns: frozenset[str] = spec()   # "expressed frustration that the allies ...": the allies
    feeling_preps: frozenset[str] = spec("feeling_prepositions")
    feeling_verb_preps: frozenset[str] = spec("feeling_verb_prepositions")
    manner_nouns: frozenset[str] = spec()   # "the manner in which the police handled it": the police
    time_nouns: frozenset[str] = spec()   # "on the day Sanders had proposed": no author
    charge_targets: frozenset[str] = spec("charge_target_prepositions")
    charge_things: frozenset[str] = spec("charge_thing_prepositions")   # "a case of rioting against X"
    feeling_targets: frozenset[str] = spec("feeling_target_prepositions")   # "mad at X for V-ing"
    possessed_bodies: frozenset[str] = spec()
    name_owned_bodies: frozenset[str] = spec()   # "the Sanders campaign": the named person's
    anaphoric_things: frozenset[str] = spec()   # "rejected the idea": what was put forward just before
    demonstratives: frozenset[str] = spec()   # "rejected that": a demonstrative refers back
    anaphoric_determiners: frozenset[str] = spec()   # "rejected the idea", "that suggestion"
    antecedent_types: frozenset[str] = spec(lower=False)   # the types whose object may refer back so
    proposing_verbs: frozenset[str] = spec()   # the verbs of the earlier clause that put it forward
    antecedent_sentences: int = spec(lo=0, hi=5)   # how many sentences back it may be
    owned_things: frozenset[str] = spec()   # "the Trump line": the name-modifier owns the thing
    depiction_nouns: frozenset[str] = spec()   # "the vision of America": the of-object is what is depicted
    answering_verbs: frozenset[str] = spec()   # "Hamas rejected the demand": the demand is another's
    mentioning_verbs: frozenset[str] = spec()   # "did not mention proposals to ban": whose, unsaid
    recalled_codes: frozenset[str] = spec()   # "recalled its ambassador to Canada": Canada is the recipient
    recalled_preps: frozenset[str] = spec("recalled_prepositions")
    verb_recipient_preps: dict[str, tuple[str, ...]] = spec("verb_recipient_prepositions")   # abide by
    place_target_types: frozenset[str] = spec()   # lower-cased: types whose "in <place>" is the target
    home_scene_types: frozenset[str] = spec()   # ... except in the actor's own country (place_of_act)
    charged_happening_types: frozenset[str] = spec()   # lower-cased: charges whose happening's place/victim is no target
    charged_victim_preps: frozenset[str] = spec("charged_victim_prepositions")   # "the attack on a church"
    topic_verbs: frozenset[str] = spec()   # "discussed Libya with Trump": Libya is the topic
    topic_preps: frozenset[str] = spec("topic_prepositions")
    government_metonyms: dict[str, tuple[str, ...]] = spec()   # India's press: "the centre" (GOV)


@functools.lru_cache(maxsize=1)
def actor_words() -> ActorWords:
    """The actor finder's word lists (``actor_words.yaml``); OntologyError if a list is missing."""
    return typed(ActorWords, f"{_DIR}/actor_words.yaml")


@functools.lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Head nouns that name political agents (``agent_nouns.txt``): police, troops, minister ..."""
    rel = f"{_DIR}/agent_nouns.txt"
    words = frozenset(ws[0].lower() for _, ws in read_tsv(rel, 1))
    if len(words) < 50:
        raise fail(rel, None, "expected a list of agent nouns, one per line")
    # (non_agent_heads: heads of names that are no agent alone)
    return (words | actor_words().extra_agent_heads) - actor_words().non_agent_heads
