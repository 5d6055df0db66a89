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

``find(name, anchor)`` evaluates the pattern at the asked token only: node 0 is the anchor, each
later node's candidates are what its ``REL_OP`` gives from its ``LEFT_ID``'s token (spaCy's own
operator functions), kept when its ``RIGHT_ATTRS`` hold; of the matches, the earliest (by token
indices, node by node) that keeps ``first``, ``absent`` and ``order`` gives the answer. These are
the answers spaCy's ``DependencyMatcher`` over the whole Doc gives (``reference``; tests compare
them), at a fraction of the cost: the layer is asked about a few tokens per sentence, while the
matcher tried every token for patterns whose first node has no attributes (1.9 s CPU against
0.04 s on the 84 PolNeAR dev articles, docs/scale.md). ``ORTH``/``TEXT``, ``LOWER``, ``NORM``,
``LEMMA``, ``POS``, ``TAG``, ``DEP`` and ``ENT_TYPE`` with a string, ``IN``, ``NOT_IN`` or ``REGEX``
are tested in Python; any other attribute or operator of spaCy's Matcher is tested by a
one-token ``Matcher`` on the token. Answers are cached for the Doc last asked about.

A user ontology (``--ontology``) may change a rule or switch it off (a new rule name is loaded and
checked but nothing asks for it): the ``pattern``, ``absent``, ``first`` and ``order`` it gives
replace the bundled ones whole (``loader.WHOLE_VALUES``), other keys keep their bundled values. An
error names the file and line of the key at fault (the user's, for a key a user gives).

Not handled: patterns with a variable number of links (climbing through heads) and rules that
read a word list; those stay Python functions in ``extract/``.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
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


def _where(name: str, key: str | None = None) -> str:
    """``bad data in FILE:LINE`` of rule ``name``'s ``key`` (else of the rule): the layer that gave
    the value, the user's file for a key a user ontology sets."""
    line = line_of(_REL, ("rules", name) + ((key,) if key else ()))
    return f"bad data in {line.file}:{int(line)}" if line is not None else f"bad data in {_REL}"


def _rule(name: str, spec: Any) -> SyntaxRule:  # noqa: C901 - one check per key
    if not isinstance(spec, dict) or not set(spec) <= _KEYS or not {"does", "why", "pattern", "returns"} <= set(spec):
        unknown = sorted(map(str, set(spec) - _KEYS)) if isinstance(spec, dict) else []
        raise OntologyError(f"{_where(name, unknown[0] if unknown else None)}: rule {name!r} needs does, why, "
                            f"pattern, returns (and may have first, absent, order, enabled)"
                            f"{f'; unknown key {unknown[0]!r}' if unknown else ''}")
    pattern = spec["pattern"]
    if not isinstance(pattern, list) or not pattern or not all(isinstance(n, dict) and "RIGHT_ID" in n for n in pattern):
        raise OntologyError(f"{_where(name, 'pattern')}: rule {name!r}: 'pattern' must be a DependencyMatcher "
                            f"pattern (a list of nodes)")
    ids = [n["RIGHT_ID"] for n in pattern]
    order = spec.get("order") or []
    if not isinstance(order, list) or not all(isinstance(o, list) and len(o) == 2 for o in order):
        raise OntologyError(f"{_where(name, 'order')}: rule {name!r}: 'order' must be a list of [earlier, later] node pairs")
    absent = spec.get("absent") or []
    if not isinstance(absent, list) or not all(isinstance(a, dict) for a in absent):
        raise OntologyError(f"{_where(name, 'absent')}: rule {name!r}: 'absent' must be a list of "
                            f"{{LEFT_ID: node, RIGHT_ATTRS: {{...}}}}")
    named = {"returns": [spec["returns"]], "first": list(spec.get("first") or ()),
             "absent": [a.get("LEFT_ID") for a in absent], "order": [n for o in order for n in o]}
    lacking = next((key for key, nodes in named.items() if any(n not in ids for n in nodes)), None)
    if lacking is not None:   # blame the key, or the user's pattern that drops a node a bundled key names
        by, of = line_of(_REL, ("rules", name, lacking)), line_of(_REL, ("rules", name, "pattern"))
        at = f" at {by.file}:{int(by)}" if by is not None and of is not None and by.file == _REL != of.file else ""
        raise OntologyError(f"{_where(name, 'pattern' if at else lacking)}: rule {name!r}: returns/first/absent/order "
                            f"name a node the pattern lacks ({lacking} {[n for n in named[lacking] if n not in ids]}"
                            f"{at}; pattern nodes: {ids})")
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
        for key, pattern in _patterns(rule):
            try:
                matcher.add(key, [_lists(pattern)])
            except (ValueError, KeyError, TypeError) as exc:
                part = "absent" if "|absent|" in key else "pattern"
                raise OntologyError(f"{_where(rule.name, part)}: rule {rule.name!r}: not a valid "
                                    f"DependencyMatcher pattern ({exc})") from exc
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
        words = getattr(_tables()[table](), name, None) if table in LISTS else None
        if not isinstance(words, (frozenset, tuple)):
            raise KeyError(f"unknown word list {value!r}")
        return sorted(words)
    return value


def _patterns(rule: SyntaxRule) -> list[tuple[str, list[dict[str, Any]]]]:
    """The DependencyMatcher patterns of ``rule`` by key (word lists not yet filled in)."""
    out = [(rule.name, [dict(n) for n in rule.pattern])]
    out += [(f"{rule.name}|first|{n}", rule.prefix(n)) for n in rule.first]
    for k, absent in enumerate(rule.absent):
        child = {"LEFT_ID": absent["LEFT_ID"], "REL_OP": ">", "RIGHT_ID": "__absent",
                 "RIGHT_ATTRS": absent.get("RIGHT_ATTRS", {})}
        out.append((f"{rule.name}|absent|{k}", rule.prefix(absent["LEFT_ID"]) + [child]))
    return out


# --- evaluation on the asked token -------------------------------------------------------------
# find(name, anchor) matches the rule's pattern starting at the anchor: node 0 is the anchor, and
# every later node's candidates are what its REL_OP gives from its LEFT_ID's token (spaCy's own
# operator functions), kept when the node's attributes hold. This gives exactly the matches that
# DependencyMatcher finds with that anchor, without running it over every token of the Doc.

#: token attributes tested in Python (Matcher key -> Token attribute); other keys, values and
#: operators are tested by a one-token spaCy Matcher on the token
_ATTRS = {"ORTH": "orth_", "TEXT": "orth_", "LOWER": "lower_", "NORM": "norm_", "LEMMA": "lemma_",
          "POS": "pos_", "TAG": "tag_", "DEP": "dep_", "ENT_TYPE": "ent_type_"}
#: operators whose candidates may lie outside the anchor's tree (DependencyMatcher keeps one tree)
_SEQUENCE_OPS = {".", ".*", ";", ";*"}

Test = Callable[["Token"], bool]


def _attr_test(key: str, value: Any) -> Test | None:
    """A Python test of one RIGHT_ATTRS entry as spaCy's Matcher reads it, or None (not handled)."""
    attr = _ATTRS.get(key.upper()) if isinstance(key, str) else None
    if attr is None:
        return None
    if isinstance(value, str):
        return lambda t: getattr(t, attr) == value
    ops = {str(k).upper(): v for k, v in value.items()} if isinstance(value, dict) else {}
    if not ops or not set(ops) <= {"IN", "NOT_IN", "REGEX"} or len(ops) != len(value):
        return None
    if not all(isinstance(v, list) and all(isinstance(w, str) for w in v) for k, v in ops.items() if k != "REGEX"):
        return None
    if "REGEX" in ops and not isinstance(ops["REGEX"], str):
        return None
    inside, outside = frozenset(ops.get("IN", ())), frozenset(ops.get("NOT_IN", ()))
    regex = re.compile(ops["REGEX"]) if "REGEX" in ops else None
    has_in, has_not_in = "IN" in ops, "NOT_IN" in ops

    def test(t: "Token") -> bool:
        v = getattr(t, attr)
        return ((not has_in or v in inside) and (not has_not_in or v not in outside)
                and (regex is None or regex.search(v) is not None))
    return test


@functools.lru_cache(maxsize=64)
def _one_token_matcher(vocab: Any, spec: str) -> Any:
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    matcher.add("node", [[json.loads(spec)]])
    return matcher


def _node_test(attrs: dict[str, Any]) -> Test | None:
    """The test of a node's RIGHT_ATTRS (None: any token)."""
    if not attrs:
        return None
    tests = [_attr_test(k, v) for k, v in attrs.items()]
    if all(t is not None for t in tests):
        checks = tuple(t for t in tests if t is not None)
        return checks[0] if len(checks) == 1 else (lambda tok: all(c(tok) for c in checks))
    spec = json.dumps(attrs, sort_keys=True)   # e.g. LENGTH, IS_PUNCT, '>=', '_': spaCy decides
    return lambda tok: bool(_one_token_matcher(tok.vocab, spec)(tok.doc[tok.i:tok.i + 1]))


@dataclass(frozen=True)
class _Node:
    left: int              # position of LEFT_ID (-1: the anchor)
    op: str
    test: Test | None


@dataclass(frozen=True)
class _Plan:
    """A rule ready to evaluate: its nodes, and the checks of first / absent / order by position."""
    nodes: tuple[_Node, ...]
    returns: int
    first: tuple[tuple[int, int, bool], ...]     # (node, its parent, the parent fixes the anchor)
    absent: tuple[tuple[int, Test | None], ...]  # (node, test of the child that must not exist)
    order: tuple[tuple[int, int], ...]


def _plan(rule: SyntaxRule) -> _Plan:
    pattern = [_lists(dict(n)) for n in rule.pattern]
    ids = [n["RIGHT_ID"] for n in pattern]
    nodes = tuple(_Node(ids.index(n["LEFT_ID"]) if k else -1, str(n.get("REL_OP", "")),
                        _node_test(n.get("RIGHT_ATTRS") or {})) for k, n in enumerate(pattern))

    def descends(k: int) -> bool:   # node k hangs from the anchor by '>' links only
        while k > 0:
            if nodes[k].op != ">":
                return False
            k = nodes[k].left
        return True
    first = tuple((rule.node(n), rule.node(rule.parent(n)), descends(rule.node(rule.parent(n))))
                  for n in rule.first)
    absent = tuple((rule.node(a["LEFT_ID"]), _node_test(_lists(a.get("RIGHT_ATTRS") or {}))) for a in rule.absent)
    return _Plan(nodes, rule.node(rule.returns), first, absent,
                 tuple((rule.node(a), rule.node(b)) for a, b in rule.order))


@functools.lru_cache(maxsize=1)
def _ops() -> dict[str, Callable[["Doc", int], list["Token"]]]:
    """spaCy's REL_OP functions (doc, token index) -> tokens, from a DependencyMatcher."""
    from spacy.matcher import DependencyMatcher
    from spacy.vocab import Vocab

    return dict(DependencyMatcher(Vocab())._ops)


def _root(tok: "Token") -> int:
    while tok.head.i != tok.i:
        tok = tok.head
    return tok.i


def _expand(nodes: Sequence[_Node], doc: "Doc", anchor: int) -> list[tuple[int, ...]]:
    """Every match of ``nodes`` whose first node is token ``anchor`` (token indices by node)."""
    first = nodes[0].test
    if first is not None and not first(doc[anchor]):
        return []
    ops = _ops()
    partial: list[tuple[int, ...]] = [(anchor,)]
    for node in nodes[1:]:
        grown: list[tuple[int, ...]] = []
        for m in partial:
            for tok in ops[node.op](doc, m[node.left]):
                if (node.test is None or node.test(tok)) and (
                        node.op not in _SEQUENCE_OPS or _root(tok) == _root(doc[anchor])):
                    grown.append((*m, tok.i))
        if not grown:
            return []
        partial = grown
    return partial


def _first_ok(plan: _Plan, doc: "Doc", m: tuple[int, ...], memo: dict[Any, Any]) -> bool:
    """Each ``first`` node is the earliest token that any prefix match gives for its parent."""
    for pos, up, fixed in plan.first:
        if fixed:   # the parent's token decides the anchor: only this anchor's prefix matches
            earlier = any(p[up] == m[up] and p[pos] < m[pos] for p in _expand(plan.nodes[:pos + 1], doc, m[0]))
        else:       # any anchor of the tree could reach the parent: every token of the Doc
            key = ("first", id(plan), pos)
            if key not in memo:
                best: dict[int, int] = {}
                for a in range(len(doc)):
                    for p in _expand(plan.nodes[:pos + 1], doc, a):
                        best[p[up]] = min(best.get(p[up], p[pos]), p[pos])
                memo[key] = best
            earlier = memo[key].get(m[up], m[pos]) < m[pos]
        if earlier:
            return False
    return True


def _evaluate(plan: _Plan, doc: "Doc", anchor: int, memo: dict[Any, Any]) -> int | None:
    """The returned token index of the earliest match at ``anchor`` that keeps first, absent and
    order (the match a DependencyMatcher over the Doc would give for this anchor), or None."""
    matches = _expand(plan.nodes, doc, anchor)
    if len(matches) > 1:
        matches.sort()
    for m in matches:
        if plan.first and not _first_ok(plan, doc, m, memo):
            continue
        # an absent child blocks the match: the match itself is a prefix match of that node
        if any(any(test is None or test(c) for c in doc[m[k]].children) for k, test in plan.absent):
            continue
        if any(m[a] >= m[b] for a, b in plan.order):
            continue
        return m[plan.returns]
    return None


@functools.lru_cache(maxsize=1)
def _plans() -> dict[str, _Plan]:
    return {name: _plan(rule) for name, rule in rules().items() if rule.enabled}


#: [the Doc last asked about, the plans in use, {(rule, anchor index) or memo key: answer}]
_DOC: list[Any] = [None, None, None]


def _answer(name: str, anchor: "Token") -> int | None:
    plans, doc = _plans(), anchor.doc
    if _DOC[0] is not doc or _DOC[1] is not plans:
        _DOC[:] = [doc, plans, {}]
    memo = _DOC[2]
    key = (name, anchor.i)
    if key not in memo:
        plan = plans.get(name)
        memo[key] = _evaluate(plan, doc, anchor.i, memo) if plan is not None else None
    answer: int | None = memo[key]
    return answer


def find(name: str, anchor: "Token") -> "Token | None":
    """The token rule ``name`` gives for ``anchor``, or None (no match, or the rule is off)."""
    i = _answer(name, anchor)
    return anchor.doc[i] if i is not None else None


def holds(name: str, anchor: "Token") -> bool:
    """True when rule ``name`` matches at ``anchor``."""
    return _answer(name, anchor) is not None


# --- the same answers from spaCy's DependencyMatcher over the whole Doc (the reference) ---------

@functools.lru_cache(maxsize=4)
def _matcher(vocab: Any) -> Any:
    return _compile([r for r in rules().values() if r.enabled], vocab)


def reference(doc: "Doc") -> dict[str, dict[int, int]]:
    """{rule: {anchor index: returned index}} for every enabled rule, computed with a
    DependencyMatcher over every token of ``doc`` (slow; tests check ``find`` against it)."""
    by_key: dict[str, list[Sequence[int]]] = {}
    for match_id, tokens in _matcher(doc.vocab)(doc):
        by_key.setdefault(doc.vocab.strings[match_id], []).append(tokens)
    return {rule.name: _choose(rule, by_key) for rule in rules().values() if rule.enabled}


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
