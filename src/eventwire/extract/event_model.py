"""Optional event-type classifier: re-types lexicon triggers and finds verbs the lexicon missed.

A multinomial logistic regression over sparse string features of a candidate trigger (its
lemma, object, prepositions, complements, negation, auxiliaries, the lexicon's own CAMEO code
and PLOVER type ...). Labels: the 16 PLOVER types plus NONE (not an event). Weights are JSON,
written by ``scripts/train_events.py train OUT.json`` and read once per process; prediction is a
sum of weight rows and an argmax, in pure Python.

OFF by default: no model is shipped. It is used only when ``settings.EVENT_MODEL`` (``--event-model
PATH``) names a weights file; runs record the file's content hash (``fingerprint``). Trained on PLV
it raises PLV macro-F1 under 5-fold cross-validation but mis-types events of full articles (the
seed article drops from 10/10 to 8/10): see docs/events.md.

Not handled: nouns the lexicon does not list are never candidates; the model never changes
actors, recipients or factuality, only whether a trigger is an event and of which type.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .. import settings
from ..ontology import plover
from .event_triggers import Trigger, verb_code
from .syntax import ARG_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

NONE = "NONE"
#: lexicon codings the model never overrides: keyword patterns, embedding/tense rules, nouns
TRUSTED = frozenset({"pattern", "embedded", "noun"})


@dataclass(frozen=True)
class EventModel:
    labels: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    min_prob: float           # a new (non-lexicon) candidate needs this probability to count
    none_drop: float          # a lexicon trigger is dropped when P(NONE) reaches this

    def scores(self, feats: list[str]) -> list[float]:
        total = [0.0] * len(self.labels)
        for f in feats:
            row = self.weights.get(f)
            if row is not None:
                for k, w in enumerate(row):
                    total[k] += w
        top = max(total)
        exp = [math.exp(s - top) for s in total]
        norm = sum(exp)
        return [e / norm for e in exp]

    def predict(self, feats: list[str], allow_none: bool = True) -> tuple[str, float]:
        """Best label and its probability; ``allow_none=False`` picks the best event type."""
        probs = self.scores(feats)
        ks = [k for k in range(len(probs)) if allow_none or self.labels[k] != NONE]
        k = max(ks, key=probs.__getitem__)
        return self.labels[k], probs[k]


def model_path() -> Path | None:
    """The weights file named by ``settings.EVENT_MODEL``, or None (lexicon only)."""
    value = (settings.EVENT_MODEL or "").strip()
    if not value or value.lower() == "none":
        return None
    return Path(value)


def fingerprint() -> str | None:
    """``event-model:`` + the first 12 hex digits of the SHA-256 of the weights file named by
    ``settings.EVENT_MODEL``; None when no model is named. ModelError if it cannot be read."""
    path = model_path()
    if path is None:
        return None
    try:
        return "event-model:" + hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    except OSError as exc:
        from ..errors import ModelError
        raise ModelError(f"--event-model {path}: cannot read the event model ({exc})") from exc


@functools.lru_cache(maxsize=4)
def _load(path: str) -> EventModel:
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf8"))
    except (OSError, ValueError) as exc:
        from ..errors import ModelError
        raise ModelError(f"--event-model {path}: cannot read the event model ({exc})") from exc
    labels = tuple(raw["labels"])
    if not set(labels) - {NONE} <= set(plover.PLOVER_TYPES):
        from ..errors import OntologyError
        raise OntologyError(f"{p}: labels must be PLOVER types or NONE, got {labels}")
    weights = {f: tuple(w) for f, w in raw["weights"].items() if len(w) == len(labels)}
    return EventModel(labels, weights, float(raw.get("min_prob", 0.5)), float(raw.get("none_drop", 0.85)))


def load() -> EventModel | None:
    """The event-type model named by ``settings.EVENT_MODEL``; None when none is named."""
    path = model_path()
    return _load(str(path)) if path is not None else None


def _lemma(tok: "Token | None") -> str:
    return tok.lemma_.lower() if tok is not None else "-"


def features(tok: "Token", trig: Trigger | None) -> list[str]:
    """Sparse features of a candidate trigger token (``trig``: the lexicon's coding, if any)."""
    lem = _lemma(tok)
    out = ["bias", "lem:" + lem, "pos:" + tok.pos_, "dep:" + tok.dep_, "head:" + _lemma(tok.head)]
    if trig is not None:
        out += ["ltype:" + trig.info.type, "lcode:" + trig.code, "lroot:" + trig.code[:2], "how:" + trig.how,
                "lem_ltype:" + lem + "_" + trig.info.type]
        if trig.embedded is not None:
            out += ["emb:" + _lemma(trig.embedded)]
    else:
        out.append("ltype:none")
    for c in tok.children:
        if c.dep_ in ARG_DEPS:
            out += [f"{c.dep_}:{_lemma(c)}", f"lem_{c.dep_}:{lem}_{_lemma(c)}"]
            if c.ent_type_:
                out.append(f"{c.dep_}_ent:{c.ent_type_}")
            if c.dep_ in ("xcomp", "ccomp"):
                code, _ = verb_code(c) if c.pos_ in ("VERB", "AUX") else (None, "")
                info = plover.cameo_info(code)
                out.append(f"{c.dep_}_type:{info.type if info else 'none'}")
        elif c.dep_ in ("prep", "agent"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            out += ["prep:" + c.lower_, f"lem_prep:{lem}_{c.lower_}", f"prep_obj:{c.lower_}_{_lemma(obj)}"]
        elif c.dep_ in ("neg", "aux", "auxpass"):
            out.append(f"{c.dep_}:{c.lower_}")
    return out


def candidates(sent: "SpacySpan", found: list[Trigger]) -> list[tuple["Token", Trigger | None]]:
    """Lexicon triggers, then verbs of the sentence the lexicon did not code."""
    seen = {t.token.i for t in found}
    out: list[tuple["Token", Trigger | None]] = [(t.token, t) for t in found]
    for tok in sent:
        if tok.pos_ == "VERB" and tok.i not in seen and tok.dep_ not in ("aux", "auxpass", "amod"):
            out.append((tok, None))
    return out


def placeholder(tok: "Token") -> Trigger:
    """A neutral trigger for a verb the lexicon did not code (used to find its actor)."""
    return Trigger(tok, "", plover.CameoInfo("", "CONSULT", None, None, None), "model")


def retype(sent: "SpacySpan", found: list[Trigger], model: EventModel) -> list[Trigger]:
    """Apply the model: keep trusted lexicon codings; re-type triggers coded by a verb's default
    code alone, dropping those it is sure are no event (P(NONE) >= none_drop); add new triggers
    it is confident about (P >= min_prob)."""
    out = []
    for tok, trig in candidates(sent, found):
        if trig is not None and trig.how in TRUSTED:
            out.append(trig)
            continue
        feats = features(tok, trig)
        if trig is not None and model.scores(feats)[model.labels.index(NONE)] >= model.none_drop:
            continue
        label, prob = model.predict(feats, allow_none=trig is None)
        if label == NONE:
            continue
        if trig is None and prob < model.min_prob:
            continue
        if trig is not None and trig.info.type == label:
            out.append(replace(trig, prob=prob))
            continue
        code = plover.types()[label].cameo
        info = plover.cameo_info(code)
        if info is not None:
            base = trig if trig is not None else placeholder(tok)
            out.append(replace(base, code=code, info=info, how="model", prob=prob))
    return out
