"""One typed loader for every ontology data file, bundled or overlaid by a user directory.

The active ontology is the bundled ``ontology/data/`` plus, optionally, a user directory given
with ``--ontology DIR`` (``use(DIR)``) that mirrors its layout. For each data file:

- a user file with the same relative path is *merged*: TSV rows are appended after the bundled
  rows (a later row for the same key wins), YAML mappings are merged key by key (recursively),
  YAML lists are extended, scalars replaced, and the *whole values* of ``WHOLE_VALUES`` (lists
  that are one value, such as a syntax rule's ``pattern``) replaced outright;
- a relative path listed under ``replace:`` in the user's ``ontology.yaml`` replaces the bundled
  file instead (``cameo_verbs.json`` can only be replaced, not merged);
- a user file that matches no bundled file is an error (a misspelt name must not be ignored).

Every value read keeps where it came from (``Origin``: file and line), so a bad entry is
reported as ``bad data in FILE:LINE: what is wrong`` whichever layer it is in. ``typed(Schema,
relative)`` turns a YAML mapping into a frozen dataclass from its type hints (word sets, word
lists, phrases, integers and numbers with ranges, string maps, nested sections).

Not handled: deleting a bundled entry by overlay (replace the file instead); overlays of the
gazetteer, CAMEO tables or ``store/`` files (not read through this loader).
"""
from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import json
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ..errors import OntologyError

#: Folder of the bundled data files.
DATA_DIR = Path(__file__).resolve().parent / "data"
#: Name of the optional manifest in a user ontology directory.
MANIFEST = "ontology.yaml"
#: Suffixes of the data files the loader reads (and a user directory may hold).
DATA_SUFFIXES = (".yaml", ".tsv", ".txt", ".json")
#: Files that can only be replaced, not merged.
REPLACE_ONLY = frozenset({"plover/cameo_verbs.json"})

T = TypeVar("T")


class Line(int):
    """A line number that remembers its file (``fail(rel, line, ...)`` names that file)."""

    file: str

    def __new__(cls, number: int, file: str) -> "Line":
        obj = super().__new__(cls, number)
        obj.file = file
        return obj


@dataclass(frozen=True)
class Origin:
    file: str
    line: int | None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line is not None else self.file


def fail(relative: str, line: int | None, message: str) -> OntologyError:
    """Build (not raise) the OntologyError for a bad entry in a data file."""
    file = getattr(line, "file", relative)
    return OntologyError(f"bad data in {Origin(file, line)}: {message}")


@dataclass(frozen=True)
class Layers:
    """The active ontology: the bundled directory, an optional user directory and the files the
    user replaces outright."""

    user: Path | None = None
    replace: frozenset[str] = frozenset()

    def sources(self, relative: str) -> list[tuple[Path, str]]:
        """(path, name shown in errors) of each layer of ``relative``, bundled first."""
        out = []
        if relative not in self.replace:
            out.append((DATA_DIR / relative, relative))
        if self.user is not None and (self.user / relative).is_file():
            out.append((self.user / relative, str(self.user / relative)))
        if not out or not out[0][0].is_file():
            raise OntologyError(f"bundled data file {relative!r} is missing (looked in {DATA_DIR})")
        return out


_ACTIVE = Layers()
#: cache of the loaders here (``use`` clears it with every other ontology cache)
cached = functools.lru_cache(maxsize=64)


def active() -> Layers:
    return _ACTIVE


def use(directory: str | Path | None) -> Layers:
    """Make ``directory`` (or none: the bundled ontology alone) the active overlay; clear every
    cached table. OntologyError when the directory or its manifest is malformed; the caller
    validates the result with ``validate()``."""
    global _ACTIVE
    layers = Layers() if directory is None else _layers(Path(directory))
    _ACTIVE = layers
    clear_caches()
    return layers


def clear_caches() -> None:
    """Clear every ``functools.lru_cache`` of the ``eventwire.ontology`` and ``eventwire.extract``
    modules (their tables depend on the active layers)."""
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith(("eventwire.ontology", "eventwire.extract")):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and hasattr(value, "__wrapped__"):
                    value.cache_clear()


def _layers(user: Path) -> Layers:
    if not user.is_dir():
        raise OntologyError(f"--ontology {user}: no such directory")
    user = user.resolve()
    replace: frozenset[str] = frozenset()
    manifest = user / MANIFEST
    if manifest.is_file():
        doc = _parse_yaml(manifest, str(manifest))
        raw = doc.data if isinstance(doc.data, dict) else None
        if raw is None or not set(raw) <= {"name", "description", "replace"}:
            raise OntologyError(f"bad data in {manifest}:1: expected a mapping with name, description, replace")
        listed = raw.get("replace") or []
        if not isinstance(listed, list) or not all(isinstance(r, str) for r in listed):
            raise OntologyError(f"bad data in {doc.where(('replace',))}: 'replace' must be a list of file paths")
        for n, rel in enumerate(listed):
            if not (DATA_DIR / rel).is_file() or not (user / rel).is_file():
                raise OntologyError(f"bad data in {doc.where(('replace', n))}: {rel!r} must be a bundled "
                                    f"data file present in {user}")
        replace = frozenset(listed)
    for path in sorted(user.rglob("*")):
        rel = path.relative_to(user).as_posix()
        if path.is_file() and rel != MANIFEST and not path.name.startswith("."):
            if not (DATA_DIR / rel).is_file() or path.suffix not in DATA_SUFFIXES:
                raise OntologyError(f"bad data in {path}: no bundled data file {rel!r} to overlay "
                                    f"(see docs/ontology.md for the files that can be overlaid)")
            if rel in REPLACE_ONLY and rel not in replace:
                raise OntologyError(f"bad data in {path}: {rel!r} can only be replaced (list it under "
                                    f"'replace:' in {MANIFEST})")
    return Layers(user, replace)


def data_path(relative: str) -> Path:
    """Path of the file that stands for ``relative`` (the user's replacement, else bundled)."""
    return _ACTIVE.sources(relative)[0][0]


# --- YAML with line numbers --------------------------------------------------------------------

Path_ = tuple[Any, ...]

#: YAML values that an overlay replaces outright instead of merging (by file: key paths, ``"*"``
#: for any key): lists that are one value whose items only make sense together (a dependency
#: pattern, a range, a curve), not collections of entries. docs/ontology.md lists them.
WHOLE_VALUES: dict[str, tuple[Path_, ...]] = {
    "plover/syntax_rules.yaml": tuple(("rules", "*", key) for key in ("pattern", "absent", "first", "order")),
    "dates.yaml": (("year_range",),),
    "plover/confidence.yaml": (("curve_x",), ("curve_y",)),
}


def _whole(path: Path_, whole: tuple[Path_, ...]) -> bool:
    return any(len(w) == len(path) and all(a == "*" or a == b for a, b in zip(w, path)) for w in whole)


@dataclass
class YamlDoc:
    """Parsed YAML plus the origin of every mapping value and list item (by key path)."""

    data: Any
    origins: dict[Path_, Origin]
    file: str

    def where(self, path: Path_) -> Origin:
        """Origin of the value at ``path``, else of its nearest ancestor that has one."""
        while path:
            if path in self.origins:
                return self.origins[path]
            path = path[:-1]
        return self.origins.get((), Origin(self.file, None))


def _parse_yaml(path: Path, shown: str) -> YamlDoc:
    import yaml

    try:
        loader = yaml.CSafeLoader(path.read_text(encoding="utf8"))  # libyaml: same nodes and marks, ~8x faster
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise OntologyError(f"bad data in {Origin(shown, line)}: not valid YAML ({exc})") from exc
    except OSError as exc:
        raise OntologyError(f"cannot read {shown}: {exc}") from exc
    origins: dict[Path_, Origin] = {}
    if node is not None:
        _walk(node, data, (), shown, origins)
    return YamlDoc(data, origins, shown)


def _walk(node: Any, data: Any, path: Path_, shown: str, origins: dict[Path_, Origin]) -> None:
    import yaml

    origins[path] = Origin(shown, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode) and isinstance(data, dict):
        keys = list(data) if len(data) == len(node.value) else [_scalar_key(k) for k, _ in node.value]
        for key, (key_node, value_node) in zip(keys, node.value):
            if key in data:
                _walk(value_node, data[key], path + (key,), shown, origins)
                origins[path + (key,)] = Origin(shown, key_node.start_mark.line + 1)
    elif isinstance(node, yaml.SequenceNode) and isinstance(data, list):
        for i, (item_node, item) in enumerate(zip(node.value, data)):
            _walk(item_node, item, path + (i,), shown, origins)


def _scalar_key(key_node: Any) -> Any:
    return getattr(key_node, "value", None) if isinstance(getattr(key_node, "value", None), str) else None


def _merge(base: Any, top: Any, path: Path_, origins: dict[Path_, Origin], top_origins: dict[Path_, Origin],
           whole: tuple[Path_, ...] = ()) -> Any:
    """``top`` overlaid on ``base`` (mappings merged, lists extended, scalars and the values at a
    ``whole`` path replaced); ``origins`` (of ``base``) is updated to those of the result."""
    if isinstance(base, dict) and isinstance(top, dict) and not _whole(path, whole):
        out = dict(base)
        for key, value in top.items():
            out[key] = _merge(base.get(key), value, path + (key,), origins, top_origins, whole) if key in base else value
            if key not in base:
                _copy_origins(top_origins, path + (key,), path + (key,), origins)
        if path + () in top_origins and path not in origins:
            origins[path] = top_origins[path]
        return out
    if isinstance(base, list) and isinstance(top, list) and not _whole(path, whole):
        for i in range(len(top)):
            _copy_origins(top_origins, path + (i,), path + (len(base) + i,), origins)
        return base + top
    _drop_origins(origins, path)
    _copy_origins(top_origins, path, path, origins)
    return top


def _copy_origins(src: dict[Path_, Origin], old: Path_, new: Path_, dst: dict[Path_, Origin]) -> None:
    for p, o in src.items():
        if p[:len(old)] == old:
            dst[new + p[len(old):]] = o


def _drop_origins(origins: dict[Path_, Origin], path: Path_) -> None:
    for p in [p for p in origins if p[:len(path)] == path and len(p) > len(path)]:
        del origins[p]


@cached
def yaml_doc(relative: str) -> YamlDoc:
    """The merged YAML of ``relative`` over every layer, with origins (cached)."""
    layers = _ACTIVE.sources(relative)
    doc = _parse_yaml(*layers[0])
    for path, shown in layers[1:]:
        top = _parse_yaml(path, shown)
        if top.data is None:
            continue
        if not isinstance(top.data, type(doc.data)):
            raise OntologyError(f"bad data in {top.where(())}: top level must be a "
                                f"{type(doc.data).__name__} like the bundled {relative}")
        origins = dict(doc.origins)
        doc = YamlDoc(_merge(doc.data, top.data, (), origins, top.origins, WHOLE_VALUES.get(relative, ())),
                      origins, doc.file)
    return doc


def read_yaml(relative: str) -> Any:
    """Parse a data file's YAML over every layer (cached). Callers must not mutate the result."""
    return yaml_doc(relative).data


@cached
def read_json(relative: str) -> Any:
    """A JSON data file (the user's replacement if any)."""
    path = data_path(relative)
    try:
        return json.loads(path.read_text(encoding="utf8"))
    except (OSError, ValueError) as exc:
        raise OntologyError(f"bad data in {path}: not valid JSON ({exc})") from exc


@cached
def read_tsv(relative: str, columns: int) -> tuple[tuple[Line, tuple[str, ...]], ...]:
    """Rows of a TSV data file over every layer as ``(line, fields)``; ``line`` knows its file.

    Lines starting with ``#`` and blank lines are skipped; every other line must have exactly
    ``columns`` tab-separated fields (empty fields are allowed) or OntologyError is raised.
    """
    rows = []
    for path, shown in _ACTIVE.sources(relative):
        with path.open(encoding="utf8", newline="") as fh:
            for number, fields in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if not fields or not "".join(fields).strip() or fields[0].startswith("#"):
                    continue
                if len(fields) != columns:
                    raise fail(shown, Line(number, shown), f"expected {columns} tab-separated fields, got {len(fields)}")
                rows.append((Line(number, shown), tuple(map(str.strip, fields))))
    return tuple(rows)


@cached
def content_hash() -> str:
    """Hash of every data file of the active ontology (bundled and user layers), 16 hex digits."""
    h = hashlib.blake2b(digest_size=8)
    files = sorted(p.relative_to(DATA_DIR).as_posix() for p in DATA_DIR.rglob("*") if p.is_file())
    for rel in files:
        for path, _ in _ACTIVE.sources(rel):
            h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


# --- typed sections ----------------------------------------------------------------------------

def spec(key: str | None = None, lo: float | None = None, hi: float | None = None,
         optional: bool = False, lower: bool = True) -> Any:
    """Field options of a typed section: its YAML ``key`` (default: the field name), a value
    range, whether it may be missing (then empty), whether words are lower-cased."""
    return dataclasses.field(metadata={"key": key, "lo": lo, "hi": hi, "optional": optional, "lower": lower})


def typed(schema: type[T], relative: str, section: str | None = None) -> T:
    """The YAML mapping of ``relative`` (or its ``section``) as a ``schema`` dataclass, every
    field checked against its type hint; OntologyError naming file:line otherwise."""
    doc = yaml_doc(relative)
    path: Path_ = (section,) if section else ()
    data = doc.data.get(section) if section and isinstance(doc.data, dict) else doc.data
    return _section(schema, data, doc, path, f"{section}." if section else "")


def _section(schema: type[T], data: Any, doc: YamlDoc, path: Path_, prefix: str) -> T:
    if not isinstance(data, dict):
        raise OntologyError(f"bad data in {doc.where(path)}: {prefix.rstrip('.') or 'top level'!r} must be a mapping")
    hints = typing.get_type_hints(schema)
    values = {}
    for f in dataclasses.fields(schema):  # type: ignore[arg-type]
        if not f.init:
            continue
        meta: Any = f.metadata or {}
        key = meta.get("key") or f.name
        where = doc.where(path + (key,))
        if key not in data and meta.get("optional"):
            if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                continue
        values[f.name] = _value(hints[f.name], data.get(key), meta, doc, path + (key,), f"{prefix}{key}", where)
    return schema(**values)


def _bad(where: Origin, name: str, what: str, got: Any) -> OntologyError:
    return OntologyError(f"bad data in {where}: {name!r} must be {what}, got {got!r}")


def _words(raw: Any, meta: Any, where: Origin, name: str, items: Any = None) -> list[str]:
    """A word list; ``items(i)`` gives the origin of item i (the bad item is named, in its layer)."""
    if raw is None and meta.get("optional"):
        return []
    bad = next((i for i, v in enumerate(raw) if not (isinstance(v, str) and v.strip())), None) \
        if isinstance(raw, list) else None
    if bad is not None and items is not None:
        where = items(bad)
    if not isinstance(raw, list) or not raw or bad is not None:
        raise OntologyError(f"bad data in {where}: {name!r} must be a non-empty list of words (quote on/off/no)")
    return [v.strip().lower() if meta.get("lower", True) else v.strip() for v in raw]


def _number(raw: Any, kind: type, meta: Any, where: Origin, name: str) -> Any:
    ok = isinstance(raw, kind) or (kind is float and isinstance(raw, int))
    if not ok or isinstance(raw, bool):
        raise _bad(where, name, f"a{'n integer' if kind is int else ' number'}", raw)
    lo, hi = meta.get("lo"), meta.get("hi")
    if (lo is not None and raw < lo) or (hi is not None and raw > hi):
        raise _bad(where, name, f"in [{lo}, {hi}]", raw)
    return kind(raw)


def _value(hint: Any, raw: Any, meta: Any, doc: YamlDoc, path: Path_, name: str, where: Origin) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _section(hint, raw, doc, path, name + ".")
    if hint in (int, float):
        return _number(raw, hint, meta, where, name)
    if hint is str:
        if not isinstance(raw, str) or not raw.strip():
            raise _bad(where, name, "a non-empty string", raw)
        return raw
    items = lambda i: doc.where(path + (i,))  # noqa: E731
    if origin is frozenset:
        return frozenset(_words(raw, meta, where, name, items))
    if origin is tuple and args == (str, ...):
        return tuple(_words(raw, meta, where, name, items))
    if origin is tuple and args == (float, ...):
        if not isinstance(raw, list) or not raw:
            raise _bad(where, name, "a non-empty list of numbers", raw)
        return tuple(_number(v, float, meta, where, name) for v in raw)
    if origin is tuple and args and typing.get_origin(args[0]) is tuple:
        return tuple(tuple(p.split()) for p in sorted(set(_words(raw, meta, where, name, items))))
    if origin is dict:
        return _mapping(args[1], raw, meta, doc, path, name, where)
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        inner = next(a for a in args if a is not type(None))
        return None if raw is None else _value(inner, raw, meta, doc, path, name, where)
    raise TypeError(f"typed loader: unsupported field type {hint!r} for {name}")


def _mapping(kind: Any, raw: Any, meta: Any, doc: YamlDoc, path: Path_, name: str, where: Origin) -> dict[str, Any]:
    if raw is None and meta.get("optional"):
        return {}
    if not isinstance(raw, dict) or not raw:
        raise _bad(where, name, "a non-empty mapping", raw)
    out = {}
    lower = meta.get("lower", True)
    for k, v in raw.items():
        sub = doc.where(path + (k,))
        key = str(k).lower() if lower else str(k)
        if kind is str:
            if not isinstance(v, (str, int)) or isinstance(v, bool):
                raise _bad(sub, f"{name}.{k}", "a string", v)
            out[key] = str(v).lower() if lower else str(v)
        else:
            out[key] = _value(kind, v, {}, doc, path + (k,), f"{name}.{k}", sub)   # ``lower`` is for keys
    return out


def line_of(relative: str, path: Path_) -> Line | None:
    """The line (knowing its file) of the YAML value at ``path`` in ``relative``, for ``fail``."""
    origin = yaml_doc(relative).where(path)
    return Line(origin.line, origin.file) if origin.line is not None else None


def rule_name(line: Line | None, relative: str) -> str:
    """A short stable name for the data entry at ``line``: ``plover/triggers.yaml:12`` for a
    bundled file, ``user:plover/triggers.yaml:3`` for the user's layer."""
    if line is None:
        return relative
    return f"{relative}:{int(line)}" if line.file == relative else f"user:{relative}:{int(line)}"


def validate() -> None:
    """Load every table of the active ontology, so that a bad file fails now (OntologyError
    naming file:line), not in the middle of a run."""
    from . import actors, contradictions, grammar, lexicons, plover, precision, quotes

    for load in (plover.types, plover.cameo_map, plover.lexicon, plover.factuality_cues, plover.actor_words,
                 plover.agent_nouns, precision.lists, precision.dispute_cues, grammar.grammar,
                 actors.titles, actors._actor_table, actors._agent_table, quotes.quote_lexicon,
                 lexicons.counts_lexicon, lexicons.dates_lexicon, contradictions.rules):
        load()
    from ..extract import declarative

    declarative.rules()
