"""Knowledge for implicit and nominal events (``data/plover/implicit.yaml``), loaded once.

The rules live in ``extract/event_implicit.py``; this module reads and validates the data:
conventional (implied) agents, the types kept without an actor, patient heads, light verbs,
mode cues, instrument nouns and other senses.

Not handled: agents that depend on the country (a conventional agent is the same everywhere).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from . import fail, read_yaml, word_list, word_set
from .plover import PLOVER_TYPES

_REL = "plover/implicit.yaml"


@dataclass(frozen=True)
class ImpliedAgent:
    rule: str
    why: str
    codes: tuple[str, ...]
    modes: frozenset[str]
    name: str
    sector: str | None
    person_patient: bool
    words: frozenset[str]   # trigger lemmas the rule is limited to (empty: any)
    patients: frozenset[str] = frozenset()   # patient lemmas the rule is limited to (empty: any)

    def covers(self, code: str | None, mode: str | None) -> bool:
        return (mode is not None and mode in self.modes) or \
            (code is not None and any(code.startswith(c) for c in self.codes))


@dataclass(frozen=True)
class ModeCue:
    mode: str
    types: frozenset[str]
    words: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Implicit:
    agents: tuple[ImpliedAgent, ...]
    agentless_types: frozenset[str]
    one_place_types: frozenset[str]
    patient_heads: frozenset[str]
    light_verbs: frozenset[str]
    mode_cues: tuple[ModeCue, ...]
    instrument_nouns: frozenset[str]
    agentless_unreal: frozenset[str]
    other_senses: dict[str, frozenset[str]]
    event_count_categories: frozenset[str]
    domestic_sectors: frozenset[str]   # lower-cased
    mutual_types: frozenset[str]
    mutual_codes: frozenset[str]   # CAMEO codes of other types that are mutual (057 sign an agreement)
    patient_subject_verbs: frozenset[str]   # unaccusative verbs of dying
    cause_preps: frozenset[str]
    injury_nouns: frozenset[str]   # "succumbed to bullet injuries sustained in police firing"
    injury_verbs: frozenset[str]   # of dying only with an injury object: "succumbed to his injuries"
    death_causes: frozenset[str]
    non_local_words: frozenset[str]   # names of groups that are not of the place ("world leaders")
    regional_words: frozenset[str]    # names of bodies of many countries ("Eurasian Economic Union")
    series_heads: frozenset[str]      # nouns of a series of acts named by their modifier ("bombing campaign")
    moved_types: frozenset[str]       # types whose object is the force moved, not the recipient
    moved_sectors: frozenset[str]     # lower-cased sectors of a moved force
    destination_preps: frozenset[str]  # prepositions naming where a force is sent ("to Kuwait")
    reciprocal_verbs: frozenset[str]  # "two groups clashed": the participants are the actor
    dispersal_verbs: frozenset[str]   # "fired tear gas to disperse the mob": the mob is the target
    prenominal_participles: frozenset[str]   # "the arrested men": a participle before its noun that is an act
    resident_min_places: int    # place mentions of the article's country before a named person is of it
    caseless_min_places: int    # the same for any named side of a lower-case article
    partitive_heads: frozenset[str] = frozenset()   # "25 per cent of them": the of-object is the patient
    exchange_verbs: frozenset[str] = frozenset()    # "exchanged fire": violence both ways
    mutual_verbs: frozenset[str] = frozenset()      # "A and B agreed on ...": each with the other
    story_lead_percent: int = 150   # the article's country's evidence over the next country's, in per cent
    dateline_weight: int = 2        # place mentions a dateline's place counts for
    aim_preps: frozenset[str] = frozenset()   # "opened fire on the devotees": whom an instrument is aimed at
    investigation_codes: tuple[str, ...] = ()   # CAMEO prefixes of investigations (PLOVER ACCUSE investigate)
    investigator_sectors: frozenset[str] = frozenset()   # lower-cased sectors of the state's investigators


def _agent(item: object, i: int) -> ImpliedAgent:
    if not isinstance(item, dict) or not isinstance(item.get("agent"), dict) or not item.get("rule"):
        raise fail(_REL, None, f"implied_agents[{i}] needs rule, why, codes, modes and agent")
    agent = item["agent"]
    sector = agent.get("sector")
    if sector is not None and not (isinstance(sector, str) and sector.isupper() and len(sector) == 3):
        raise fail(_REL, None, f"implied_agents[{i}]: unknown sector {sector!r}")
    codes = tuple(str(c) for c in item.get("codes") or ())
    if not all(c.isdigit() for c in codes) or not str(item.get("why") or "").strip():
        raise fail(_REL, None, f"implied_agents[{i}]: codes must be CAMEO digit strings and why given")
    return ImpliedAgent(str(item["rule"]), str(item["why"]).strip(), codes,
                        frozenset(str(m) for m in item.get("modes") or ()), str(agent["name"]), sector,
                        bool(item.get("person_patient")), frozenset(str(w).lower() for w in item.get("words") or ()),
                        frozenset(str(w).lower() for w in item.get("patients") or ()))


def _cues(raw: object) -> tuple[ModeCue, ...]:
    if not isinstance(raw, dict):
        raise fail(_REL, None, "mode_cues must map a PLOVER mode to {types, words}")
    out = []
    for mode, spec in raw.items():
        types = word_list(spec, "types", _REL, f"mode_cues.{mode}: ")
        if not {t.upper() for t in types} <= set(PLOVER_TYPES):
            raise fail(_REL, None, f"mode_cues.{mode}: unknown PLOVER type in {types}")
        words = tuple(tuple(w.split()) for w in word_list(spec, "words", _REL, f"mode_cues.{mode}: "))
        out.append(ModeCue(str(mode), frozenset(t.upper() for t in types), words))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def implicit() -> Implicit:
    """The implicit-event knowledge; OntologyError naming the file when malformed."""
    raw = read_yaml(_REL)
    if not isinstance(raw, dict) or not isinstance(raw.get("implied_agents"), list):
        raise fail(_REL, None, "expected a mapping with an implied_agents list")
    types = frozenset(t.upper() for t in word_set(raw, "agentless_types", _REL))
    if not types <= set(PLOVER_TYPES):
        raise fail(_REL, None, f"agentless_types: unknown types {sorted(types - set(PLOVER_TYPES))}")
    return Implicit(
        tuple(_agent(item, i) for i, item in enumerate(raw["implied_agents"])), types,
        frozenset(t.upper() for t in word_set(raw, "one_place_types", _REL)),
        word_set(raw, "patient_heads", _REL), word_set(raw, "light_verbs", _REL),
        _cues(raw.get("mode_cues")),
        word_set(raw, "instrument_nouns", _REL), word_set(raw, "agentless_unreal", _REL),
        {str(k): word_set(raw["other_senses"], str(k), _REL, "other_senses.") for k in raw.get("other_senses") or {}},
        word_set(raw, "event_count_categories", _REL), word_set(raw, "domestic_sectors", _REL),
        frozenset(t.upper() for t in word_set(raw, "mutual_types", _REL)), word_set(raw, "mutual_codes", _REL),
        word_set(raw, "patient_subject_verbs", _REL), word_set(raw, "cause_preps", _REL),
        word_set(raw, "injury_nouns", _REL), word_set(raw, "injury_verbs", _REL),
        word_set(raw, "death_causes", _REL), word_set(raw, "non_local_words", _REL),
        word_set(raw, "regional_words", _REL), word_set(raw, "series_heads", _REL),
        frozenset(t.upper() for t in word_set(raw, "moved_types", _REL)), word_set(raw, "moved_sectors", _REL),
        word_set(raw, "destination_preps", _REL), word_set(raw, "reciprocal_verbs", _REL),
        word_set(raw, "dispersal_verbs", _REL), word_set(raw, "prenominal_participles", _REL),
        _count(raw, "resident_min_places"), _count(raw, "caseless_min_places"),
        word_set(raw, "partitive_heads", _REL), word_set(raw, "exchange_verbs", _REL),
        word_set(raw, "mutual_verbs", _REL),
        _count(raw, "story_lead_percent"), _count(raw, "dateline_weight"), word_set(raw, "aim_preps", _REL),
        tuple(sorted(word_set(raw, "investigation_codes", _REL))), word_set(raw, "investigator_sectors", _REL))


def _count(raw: dict, key: str) -> int:
    value = raw.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise fail(_REL, None, f"{key} must be a whole number, at least 1")
    return value


def implied_agent_for(code: str | None, mode: str | None, word: str | None = None) -> ImpliedAgent | None:
    """The conventional-agent rule covering a CAMEO code or PLOVER mode (and, when the rule is
    limited to some words, the trigger's lemma ``word``), if any."""
    return next((a for a in implicit().agents if a.covers(code, mode)
                 and (not a.words or word is None or word in a.words)), None)
