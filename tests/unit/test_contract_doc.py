"""docs/contract.md is the record format users read: it stays equal to eventwire.contract.

Required fields are asked of the validator itself (validate an item missing them), optional ones
come from the extractor's real output on the seed article, and the value lists are the
validator's sets. A field added to the contract or the extractor without a line in the doc, a
required flag that differs, or a value missing from a list fails here.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from eventwire import contract
from eventwire.errors import PROBLEM_CODES

DOC = Path(__file__).resolve().parents[2] / "docs" / "contract.md"
KINDS = ("entities", "quotes", "events", "counts", "dates", "contradictions", "places", "problems")
PROBLEM = {"code": "E_EMPTY", "message": "empty"}


def _doc_fields() -> dict[str, dict[str, bool]]:
    """section -> {field path: required} from the tables of the doc."""
    out: dict[str, dict[str, bool]] = {}
    section = None
    for line in DOC.read_text(encoding="utf8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip().lower()
            out.setdefault(section, {})
        m = re.match(r"\| `([\w.]+)` \| [^|]* \| (yes|no) \|", line)
        if m and section:
            out[section][m.group(1)] = m.group(2) == "yes"
    return out


def _paths(obj: Any, prefix: str = "") -> set[str]:
    out: set[str] = set()
    if isinstance(obj, dict):
        for k, v in obj.items():
            path = f"{prefix}.{k}" if prefix else k
            out |= {path} | _paths(v, path)
    elif isinstance(obj, list):
        for x in obj:
            out |= _paths(x, prefix)
    return out


def _missing(errors: list[str], where: str) -> set[str]:
    return {m.group(1) for e in errors for m in [re.match(rf"{re.escape(where)}: missing field '(\w+)'", e)] if m}


def _required(kind: str, sample: dict[str, Any]) -> set[str]:
    """The fields the validator asks of a ``kind`` record, nested ones as ``parent.child``."""
    item: dict[str, Any] = {}
    base = {"id": "x", "published": None, **{k: [] for k in KINDS}}
    while missing := _missing(contract.validate({**base, kind: [item]}), f"{kind}[0]"):
        item.update({k: sample[k] for k in missing})
    found = set(item)
    for key, value in sample.items():
        if isinstance(value, dict):
            nested = _missing(contract.validate({**base, kind: [{**sample, key: {}}]}), f"{kind}[0].{key}")
            found |= {f"{key}.{n}" for n in nested}
    return found


@pytest.fixture(scope="module")
def seed(seed_result) -> dict[str, Any]:
    out = seed_result.to_dict()
    out["problems"] = [PROBLEM]
    return out


def _fullest(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The record with the most non-null nested objects (an event with actor, recipient, location)."""
    return max(records, key=lambda r: sum(isinstance(v, dict) for v in r.values()))


def test_top_level_fields_match_the_validator(seed):
    doc = _doc_fields()["article"]
    assert {k for k, req in doc.items() if req} == _missing(contract.validate({}), "article") | {
        k for k in KINDS if k in contract.CHECKS}
    assert set(doc) == {k for k in seed}


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_is_documented_with_its_required_flag(seed, kind):
    doc = _doc_fields()[kind]
    records = seed[kind]
    assert records, f"the seed output has no {kind}"
    required = _required(kind, _fullest(records))
    assert {k for k, req in doc.items() if req and "." not in k} == {k for k in required if "." not in k}
    documented_nested = {k for k, req in doc.items() if req and "." in k}
    assert {k for k in required if "." in k} <= documented_nested
    written = {p[len(kind) + 1:] for p in _paths({kind: records}) if p.startswith(kind + ".")}
    assert written <= set(doc), f"undocumented {kind} fields: {sorted(written - set(doc))}"


def _values(label: str) -> set[str]:
    text = DOC.read_text(encoding="utf8")
    line = next(ln for ln in text.splitlines() if ln.startswith(label + ":"))
    return set(re.findall(r"`([^`]+)`", line))


def test_value_lists_are_the_validators():
    assert _values("Entity types") == set(contract.ENTITY_TYPES)
    assert _values("Quote kinds") == set(contract.QUOTE_KINDS)
    assert _values("PLOVER event types") == set(contract.PLOVER_TYPES)
    assert _values("Factualities") == set(contract.FACTUALITY)
    documented = set(re.findall(r"^\| `([EW]_\w+)` \|", DOC.read_text(encoding="utf8"), re.M))
    assert documented == set(PROBLEM_CODES)


def test_readme_links_to_the_record_format_in_the_repository():
    readme = (DOC.parents[1] / "README.md").read_text(encoding="utf8")
    assert "(docs/contract.md)" in readme
    assert "../shared/CONTRACT" not in readme and "`CONTRACT.md`" not in readme
