"""Docs built by hand, without loading a model, for unit tests of one rule.

A parse is written as space-separated items ``word/lemma/POS/TAG/dep/head/ent`` (or, without
lemmas, ``word/POS/TAG/dep/head/ent``): ``head`` is the absolute index of the head token, ``ent``
an IOB tag (``B-PERSON``, ``O``), and ``word_`` means no space after the word (the last word has
none). An item ``||`` starts a new sentence (heads stay absolute indices); ``%``, ``/`` and
whitespace in a word are written ``%25``, ``%2F``, ``%20``, ``%0A``, ``%09``; a last item ``~``
means the text ends with a space. ``spec_of(doc)`` writes a model's parse in this form, to freeze
it once in a test.
"""
from __future__ import annotations

import functools
from typing import Any


@functools.lru_cache(maxsize=1)
def blank_vocab() -> Any:
    import spacy

    return spacy.blank("en").vocab  # English lexical attributes (lower_, like_num), no model


def hand_doc(spec: str) -> Any:
    """The Doc of a written parse (see the module docstring)."""
    from spacy.tokens import Doc

    cols: dict[str, list[Any]] = {k: [] for k in ("words", "spaces", "lemmas", "pos", "tags", "deps", "heads",
                                                  "ents")}
    starts: list[bool] = []
    new_sentence = True
    items = spec.split()
    trailing_space = bool(items) and items[-1] == "~"
    for item in items[:-1] if trailing_space else items:
        if item == "||":
            new_sentence = True
            continue
        starts.append(new_sentence)
        new_sentence = False
        fields = item.split("/")
        if len(fields) == 6:
            fields.insert(1, "")
        w, lemma, p, t, d, h, e = (_unescape(f) for f in fields)
        glued = w.endswith("_") and len(w) > 1
        cols["words"].append(w[:-1] if glued else w)
        cols["spaces"].append(not glued)
        cols["lemmas"].append(lemma or (w[:-1] if glued else w))
        for key, value in (("pos", p), ("tags", t), ("deps", d), ("heads", int(h)), ("ents", e)):
            cols[key].append(value)
    cols["spaces"][-1] = trailing_space  # the text ends with the last word (or one space, "~")
    return Doc(blank_vocab(), sent_starts=starts, **cols)


def spec_of(doc: Any) -> str:
    """A model's parse of a Doc as a ``hand_doc`` spec (lemmas and sentence starts included)."""
    out = []
    for t in doc:
        if t.is_sent_start and t.i:
            out.append("||")
        ent = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O"
        word = _escape(t.text) + ("" if t.whitespace_ or t.i == len(doc) - 1 else "_")
        out.append(f"{word}/{_escape(t.lemma_)}/{t.pos_}/{t.tag_}/{t.dep_}/{t.head.i}/{ent}")
    if len(doc) and doc[-1].whitespace_:
        out.append("~")
    return " ".join(out)


_ESCAPES = (("%", "%25"), ("/", "%2F"), (" ", "%20"), ("\n", "%0A"), ("\t", "%09"))


def _escape(text: str) -> str:
    """A word with the characters of the spec syntax (%, /, whitespace) written as %XX."""
    for ch, code in _ESCAPES:
        text = text.replace(ch, code)
    return text


def _unescape(text: str) -> str:
    for ch, code in reversed(_ESCAPES):
        text = text.replace(code, ch)
    return text
