"""Find tokens by their lower-case form without building a Token object for every token.

Iterating a spaCy Doc creates one Python ``Token`` per token, which costs more than most of what
an extractor then does with it. ``indices`` reads the Doc's arrays of lower-case form and shape
(hashes) instead and returns only the token indices worth looking at; callers then check those
tokens exactly as before, so their output does not change.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc


def indices(doc: "Doc", lower: Iterable[str], digit_start: bool = False) -> list[int]:
    """Ascending indices of the tokens whose lower-case form is one of ``lower`` or, with
    ``digit_start``, whose first character is a digit (``token.text[:1].isdigit()``)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    wanted = numpy.array([strings[w] for w in lower], dtype=numpy.uint64)
    arr = doc.to_array(["LOWER", "SHAPE"])
    mask = numpy.isin(arr[:, 0], wanted)
    if digit_start:
        shapes = numpy.unique(arr[:, 1])
        digits = numpy.array([h for h in shapes.tolist() if strings[h][:1] == "d"], dtype=numpy.uint64)
        mask |= numpy.isin(arr[:, 1], digits)
    return numpy.flatnonzero(mask).tolist()
