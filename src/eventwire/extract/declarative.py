"""Declarative syntax rules: fixed-shape dependency patterns written as data.

Each rule in ``ontology/data/plover/syntax_rules.yaml`` is a spaCy ``DependencyMatcher`` pattern
with a name, what it does and the grammatical reason, and:

- ``returns``: the node whose token the rule gives (``find(name, anchor)``); the pattern's first
  node is the anchor, the token the rule is asked about;
- ``first``: nodes that must be the *first* child of their parent with their attributes, as a
  Python rule reading ``next(c for c in tok.children if ...)`` takes it (a later child that
  would also match is not tried);
- ``absent``: children that must not exist (``{LEFT_ID: node, RIGHT_ATTRS: {...}}``), which a
  DependencyMatcher pattern alone cannot say;
- ``order``: pairs ``[a, b]`` of nodes: a's token comes before b's (a second relation between
  two nodes, which a pattern tree cannot hold);
- ``enabled``: false turns the rule off (``find`` then always gives None).

An attribute value ``"list:TABLE.NAME"`` (inside ``IN`` / ``NOT_IN``) stands for a word list of the
ontology: ``list:grammar.generic_possessives``, ``list:precision.motion_verbs``,
``list:actor_words.quantity_heads`` (``LISTS``).

The matches of every rule are computed once per Doc (for the Doc being processed) and looked up
by anchor. A user ontology (``--ontology``) may change a rule's pattern or switch a rule off (a new rule
name is loaded and checked but nothing asks for it).

Not handled: patterns with a variable number of links (climbing through heads) and rules that
read a word list; those stay Python functions in ``extract/``.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import OntologyError
from ..ontology import read_yaml
from ..ontology.loader import line_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_REL = "plover/syntax_rules.yaml"
_KEYS = {"does", "why", "pattern", "returns", "first", "absent", "order", "enabled"}


@dataclass(frozen=True)
class SyntaxRule:
    name: str
    does: str
    why: str
    pattern: tuple[dict[str, Any], ...]
    returns: str
    first: tuple[str, ...]
    absent: tuple[dict[str, Any], ...]
    order: tuple[tuple[str, str], ...]
    enabled: bool

    def node(self, name: str) -> int:
        return next(i for i, n in enumerate(self.pattern) if n["RIGHT_ID"] == name)

    def parent(self, name: str) -> str:
        return str(self.pattern[self.node(name)]["LEFT_ID"])

    def prefix(self, name: str) -> list[dict[str, Any]]:
        """The pattern's nodes up to ``name``: the chain from the anchor to it."""
        return [dict(n) for n in self.pattern[:self.node(name) + 1]]


@functools.lru_cache(maxsize=1)
def rules() -> dict[str, SyntaxRule]:
    """The syntax rules, checked (each pattern compiles); OntologyError naming file:line."""
    raw = read_yaml(_REL)
    if not isinstance(raw, dict) or not isinstance(raw.get("rules"), dict):
        raise OntologyError(f"bad data in {_REL}: expected a mapping 'rules: {{name: {{...}}}}'")
    out = {name: _rule(str(name), spec) for name, spec in raw["rules"].items()}
    _compile(out.values())
    return out


def _rule(name: str, spec: Any) -> SyntaxRule:  # noqa: C901 - one check per key
    line = line_of(_REL, ("rules", name))
    where = f"bad data in {line.file}:{int(line)}" if line is not None else f"bad data in {_REL}"
    if not isinstance(spec, dict) or not set(spec) <= _KEYS or not {"does", "why", "pattern", "returns"} <= set(spec):
        raise OntologyError(f"{where}: rule {name!r} needs does, why, pattern, returns (and may have "
                            f"first, absent, enabled)")
    pattern = spec["pattern"]
    if not isinstance(pattern, list) or not pattern or not all(isinstance(n, dict) and "RIGHT_ID" in n for n in pattern):
        raise OntologyError(f"{where}: rule {name!r}: 'pattern' must be a DependencyMatcher pattern (a list of nodes)")
    ids = [n["RIGHT_ID"] for n in pattern]
    order = spec.get("order") or []
    if not isinstance(order, list) or not all(isinstance(o, list) and len(o) == 2 for o in order):
        raise OntologyError(f"{where}: rule {name!r}: 'order' must be a list of [earlier, later] node pairs")
    named = [spec["returns"], *(spec.get("first") or ()), *(a.get("LEFT_ID") for a in spec.get("absent") or ()),
             *(n for o in order for n in o)]
    if any(n not in ids for n in named):
        raise OntologyError(f"{where}: rule {name!r}: returns/first/absent name a node the pattern lacks")
    return SyntaxRule(name, str(spec["does"]), str(spec["why"]), tuple(pattern), str(spec["returns"]),
                      tuple(spec.get("first") or ()), tuple(spec.get("absent") or ()),
                      tuple((str(a), str(b)) for a, b in order), spec.get("enabled", True) is not False)


def _compile(found: Any, vocab: Any = None) -> Any:
    """A DependencyMatcher with every rule's patterns; OntologyError when one does not compile."""
    from spacy.matcher import DependencyMatcher

    if vocab is None:
        from spacy.vocab import Vocab

        vocab = Vocab()
    matcher = DependencyMatcher(vocab)
    for rule in found:
        try:
            for key, pattern in _patterns(rule):
                matcher.add(key, [pattern])
        except (ValueError, KeyError, TypeError) as exc:
            line = line_of(_REL, ("rules", rule.name))
            raise OntologyError(f"bad data in {getattr(line, 'file', _REL)}:{line}: rule {rule.name!r}: "
                                f"not a valid DependencyMatcher pattern ({exc})") from exc
    return matcher


def _tables() -> dict[str, Any]:
    from ..ontology import plover, precision
    from ..ontology.grammar import grammar

    return {"grammar": grammar, "precision": precision.lists, "actor_words": plover.actor_words}


#: word-list tables a pattern may name (``list:TABLE.NAME``)
LISTS = ("grammar", "precision", "actor_words")


def _lists(value: Any) -> Any:
    """``value`` with every ``"list:TABLE.NAME"`` replaced by that word list (sorted)."""
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lists(v) for v in value]
    if isinstance(value, str) and value.startswith("list:"):
        table, _, name = value[5:].partition(".")
        words = getattr(_tables()[table](), name) if table in LISTS else None
        if not isinstance(words, (frozenset, tuple)):
            raise KeyError(f"unknown word list {value!r}")
        return sorted(words)
    return value


def _patterns(rule: SyntaxRule) -> list[tuple[str, list[dict[str, Any]]]]:
    out = [(rule.name, [_lists(dict(n)) for n in rule.pattern])]
    out += [(f"{rule.name}|first|{n}", _lists(rule.prefix(n))) for n in rule.first]
    for k, absent in enumerate(rule.absent):
        child = {"LEFT_ID": absent["LEFT_ID"], "REL_OP": ">", "RIGHT_ID": "__absent",
                 "RIGHT_ATTRS": absent.get("RIGHT_ATTRS", {})}
        out.append((f"{rule.name}|absent|{k}", _lists(rule.prefix(absent["LEFT_ID"]) + [child])))
    return out


@functools.lru_cache(maxsize=4)
def _matcher(vocab: Any) -> Any:
    return _compile([r for r in rules().values() if r.enabled], vocab)


#: [the Doc last matched, the rules it was matched with, {rule: {anchor index: returned index}}]
_DOC: list[Any] = [None, None, None]


def _table(doc: "Doc") -> dict[str, dict[int, int]]:
    if _DOC[0] is not doc or _DOC[1] is not rules():
        _DOC[:] = [doc, rules(), _resolve(doc)]
    return _DOC[2]


def _resolve(doc: "Doc") -> dict[str, dict[int, int]]:
    by_key: dict[str, list[Sequence[int]]] = {}
    for match_id, tokens in _matcher(doc.vocab)(doc):
        by_key.setdefault(doc.vocab.strings[match_id], []).append(tokens)
    out: dict[str, dict[int, int]] = {}
    for rule in rules().values():
        if rule.enabled:
            out[rule.name] = _choose(rule, by_key)
    return out


def _choose(rule: SyntaxRule, by_key: dict[str, list[Sequence[int]]]) -> dict[int, int]:
    """Anchor -> returned token index: the earliest match that keeps ``first`` and ``absent``."""
    firsts = {}
    for name in rule.first:
        pos, up = rule.node(name), rule.node(rule.parent(name))
        best: dict[int, int] = {}
        for m in by_key.get(f"{rule.name}|first|{name}", ()):
            best[m[up]] = min(best.get(m[up], m[pos]), m[pos])
        firsts[name] = (pos, up, best)
    blocked = [{m[rule.node(a["LEFT_ID"])] for m in by_key.get(f"{rule.name}|absent|{k}", ())}
               for k, a in enumerate(rule.absent)]
    out: dict[int, int] = {}
    ret = rule.node(rule.returns)
    for m in sorted(by_key.get(rule.name, ()), key=tuple):
        if m[0] in out or any(best.get(m[up]) != m[pos] for pos, up, best in firsts.values()):
            continue
        if any(m[rule.node(a["LEFT_ID"])] in b for a, b in zip(rule.absent, blocked)):
            continue
        if any(m[rule.node(a)] >= m[rule.node(b)] for a, b in rule.order):
            continue
        out[m[0]] = m[ret]
    return out


def find(name: str, anchor: "Token") -> "Token | None":
    """The token rule ``name`` gives for ``anchor``, or None (no match, or the rule is off)."""
    i = _table(anchor.doc).get(name, {}).get(anchor.i)
    return anchor.doc[i] if i is not None else None


def holds(name: str, anchor: "Token") -> bool:
    """True when rule ``name`` matches at ``anchor``."""
    return anchor.i in _table(anchor.doc).get(name, {})
