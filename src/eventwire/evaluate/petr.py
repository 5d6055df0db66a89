"""PETRARCH-2 unit-test records (``PETR.UnitTest.records.xml``): event type and dyad per sentence.

Each ``<Sentence date="YYYYMMDD" id=...>`` holds a ``<Text>`` and gold ``<EventCoding>`` elements:
``sourcecode``/``targetcode``/``eventcode`` (a CAMEO coding), ``noevents="True"`` (the sentence
holds no event), or ``error=...`` (a parser/discard test). Sentences are articles with ids
``"0"``, ``"1"``, ... in file order (record ids are not unique) and the record date as
publication date.

Scoring, per sentence with gold codings:

- a gold coding's PLOVER type comes from the package's ``cameo2plover.tsv`` (``ontology.plover.
  cameo_info``, nearest listed ancestor). Codings whose code is not numeric or has no PLOVER type
  (CAMEO 01 statements, the records' private test codes such as 345 or 901) are dropped; a sentence
  left with none is counted as ``unmapped`` and not scored;
- a gold side's country is what the package makes of a CAMEO actor code when it builds its actor
  dictionary (``actors/cameo_codes.yaml``, as in ``scripts/build_actors.py``): the first three
  letters (``USAGOV`` -> USA, ``IRN`` -> IRN), ``IGOUNO`` -> UNO, ``IGOEUR`` -> EUR, other ``IGO...``
  -> IGO, regions and historical states -> none, CAMEO renames (``TMP`` -> TLS). Agent-only codes
  (``---GOV``: an official of no stated country; ``~MIL``), ``---`` (no recipient) and codes that are not
  codes (a quoted phrase, ``###``) have no country: they match a predicted side with no country
  or no predicted side at all;
- **type right**: some predicted event of the sentence has the PLOVER type of some gold coding;
  **type+actor right**: some predicted event has the type *and* the actor country *and* the
  recipient country of one gold coding (a missing predicted side has country none). Both are
  also counted per gold coding (``codings_type_found``, ``codings_full_found``), and on the
  ``real_world`` sentences alone (every gold country a real one: most records are feature tests
  with invented states and a test verb dictionary, see docs/eval.md).

Sentences with ``noevents="True"`` count in ``false_event_sentences`` when any event is predicted
for them. Sentences with an ``error`` coding or with no coding at all are left out (``excluded``).
Folds (``folds.petr_fold``): the first half of the file is the tuning fold, the rest untouched.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldError
from ..ontology import gazetteer, read_yaml
from ..ontology.plover import cameo_info
from .common import predictions_by_id, read_text
from .folds import FOLDS, PETR_RULES, in_fold, petr_fold

_CODE = re.compile(r"^~?[A-Z-]{3}([A-Z]{3})*~?$")


@dataclass(frozen=True)
class Coding:
    cameo: str
    type: str
    actor: str | None
    recipient: str | None


@dataclass
class Record:
    index: int
    rid: str
    text: str
    published: str | None
    codings: list[Coding] = field(default_factory=list)
    noevents: bool = False
    status: str = "scored"  # scored | noevents | unmapped | excluded
    fold: str = "tune"


def _rules() -> dict[str, Any]:
    return read_yaml("actors/cameo_codes.yaml")


def code_country(code: str | None) -> str | None:
    """Country the package gives a CAMEO actor code (see module docstring); None for none."""
    if not code or not _CODE.match(code.strip()):
        return None
    code = code.strip().strip("~")
    first, second = code[:3], code[3:6]
    if first == "---":
        return None
    if first == "IGO":
        return second if second in ("UNO", "EUR") else "IGO"
    rules = _rules()
    if first in rules["not_countries"]:
        return None
    if first in rules["sector_map"] and first not in rules["plover_nonstate"]:
        return None  # an agent code with no country before it (~MIL, GOV...)
    return str(rules["rename_countries"].get(first, first))


def _coding(el: ET.Element) -> Coding | None:
    code = (el.get("eventcode") or "").strip()
    info = cameo_info(code) if code.isdigit() else None
    if info is None:
        return None
    return Coding(code, info.type, code_country(el.get("sourcecode")), code_country(el.get("targetcode")))


def _record(index: int, el: ET.Element, total: int) -> Record:
    text = " ".join((el.findtext("Text") or "").split())
    date = el.get("date") or ""
    published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r"\d{8}", date) else None
    rec = Record(index, el.get("id") or str(index), text, published, fold=petr_fold(index, total))
    codings = el.findall("EventCoding")
    if not text or not codings or any(c.get("error") for c in codings):
        rec.status = "excluded"
    elif any((c.get("noevents") or "").strip().lower() == "true" for c in codings):
        rec.status, rec.noevents = "noevents", True
    else:
        rec.codings = [c for c in map(_coding, codings) if c is not None]
        rec.status = "scored" if rec.codings else "unmapped"
    return rec


def load(path: str | Path) -> list[Record]:
    """Every ``<Sentence>`` of a PETRARCH unit-test file, in file order; GoldError if malformed."""
    try:
        root = ET.fromstring(read_text(path, "PETRARCH records file"))
    except ET.ParseError as exc:
        raise GoldError(f"{path}: not well-formed XML ({exc})") from exc
    sents = root.findall(".//Sentence")
    if not sents:
        raise GoldError(f"{path}: no <Sentence> records")
    return [_record(i, el, len(sents)) for i, el in enumerate(sents)]


def real_world(r: Record) -> bool:
    """True when every country of the record's gold codings is a real one: a country of the
    package's gazetteer or a PLOVER non-state code (UNO, EUR, IGO, NGO, ...). Most unit-test
    records name invented states (Arnor, Gondor) with codes of a test dictionary."""
    known = set(_rules()["plover_nonstate"])
    return all(c is None or c in known or gazetteer.country(c) is not None
               for k in r.codings for c in (k.actor, k.recipient))


def _side(e: dict[str, Any], key: str) -> str | None:
    return (e.get(key) or {}).get("country")


def _matches(c: Coding, events: list[dict[str, Any]], full: bool) -> bool:
    return any(e.get("type") == c.type and (not full or (_side(e, "actor") == c.actor and
                                                         _side(e, "recipient") == c.recipient))
               for e in events)


def score_records(records: list[Record], preds: dict[str, list[dict]], fold: str = "all") -> dict[str, Any]:
    """The figures of one fold (see module docstring)."""
    rs = [r for r in records if in_fold(fold, r.fold)]
    scored = [r for r in rs if r.status == "scored"]
    ev = {r.index: preds.get(str(r.index), []) for r in rs}
    type_ok = sum(1 for r in scored if any(_matches(c, ev[r.index], False) for c in r.codings))
    full_ok = sum(1 for r in scored if any(_matches(c, ev[r.index], True) for c in r.codings))
    codings = [(c, r.index) for r in scored for c in r.codings]
    empty = [r for r in rs if r.status == "noevents"]
    n = max(1, len(scored))
    real = [r for r in scored if real_world(r)]
    real_type = sum(1 for r in real if any(_matches(c, ev[r.index], False) for c in r.codings))
    real_full = sum(1 for r in real if any(_matches(c, ev[r.index], True) for c in r.codings))
    return {"sentences": len(scored), "type_accuracy": round(type_ok / n, 3),
            "type_actor_accuracy": round(full_ok / n, 3), "type_right": type_ok, "type_actor_right": full_ok,
            "codings": len(codings), "codings_type_found": sum(_matches(c, ev[i], False) for c, i in codings),
            "codings_full_found": sum(_matches(c, ev[i], True) for c, i in codings),
            "no_event_sentences": len(empty), "false_event_sentences": sum(1 for r in empty if ev[r.index]),
            "unmapped": sum(1 for r in rs if r.status == "unmapped"),
            "excluded": sum(1 for r in rs if r.status == "excluded"),
            "real_world_sentences": len(real), "real_world_type_right": real_type,
            "real_world_type_actor_right": real_full}


def misses(records: list[Record], preds: dict[str, list[dict]], fold: str = "tune") -> list[str]:
    """One line per scored sentence of ``fold`` with no type+actor match, and per no-event
    sentence that got events: for reading the tuning fold's errors."""
    out = []
    for r in records:
        if not in_fold(fold, r.fold) or r.status not in ("scored", "noevents"):
            continue
        events = preds.get(str(r.index), [])
        got = ", ".join(f"{e.get('type')} {_side(e, 'actor')}->{_side(e, 'recipient')}" for e in events) or "nothing"
        if r.status == "noevents" and events:
            out.append(f"MISS [{r.index} {r.rid}] no event in gold; got {got} | {r.text}")
        elif r.status == "scored" and not any(_matches(c, events, True) for c in r.codings):
            gold = ", ".join(f"{c.type}({c.cameo}) {c.actor}->{c.recipient}" for c in r.codings)
            out.append(f"MISS [{r.index} {r.rid}] gold {gold}; got {got} | {r.text}")
    return out


def score(path: str | Path, predictions: str | Path, folds: tuple[str, ...] = FOLDS) -> dict[str, Any]:
    """``{fold: figures}`` for an extract-output file (ids = sentence index) on a records file."""
    records = load(path)
    preds = predictions_by_id(predictions, "events")
    return {fold: score_records(records, preds, fold) for fold in folds}


def lines(result: dict[str, Any]) -> list[str]:
    """Per fold a ``#`` line naming it, then its figures as one JSON object."""
    out = []
    for fold, figures in result.items():
        out.append(f"# {fold} ({PETR_RULES[fold]})")
        out.append(json.dumps(figures))
    return out
