"""Development folds: which part of each dev set rules may be tuned on, which stays untouched.

Issue 10 asks for figures on data no rule was written from. Each dev set is split once, by a
property of the item that does not depend on its content (docs/eval.md, "Folds"):

- PLV (``PLV_train.tsv``): rows are numbered from 0 in file order (the article id the scorer
  uses). Even rows are the tuning fold, odd rows the untouched fold.
- IndiaPoliceEvents dev half (even ``doc_id`` only): ``doc_id % 4 == 0`` is the tuning fold (its
  errors may be read), ``doc_id % 4 == 2`` the untouched fold (nobody reads its errors). An odd
  ``doc_id`` (the other half of the corpus) belongs to neither fold, only to ``all``.
- PETRARCH-2 unit-test records: sentences in the first half of the file (index ``< n // 2`` in
  file order) are the tuning fold, the rest the untouched fold.
- PLOVER codebook examples (``PLOVER_GSR_CAMEO.json``): the records with text, numbered from 0 in
  file order, split as PLV rows (``plv_row_in``): even = tuning, odd = untouched.
"""
from __future__ import annotations

FOLDS = ("all", "tune", "untouched")
PLV_ROWS = ("all", "even", "odd")
#: IPE: doc_id modulus and the residues of the two folds
IPE_MODULUS = 4
IPE_TUNE = 0
IPE_UNTOUCHED = 2
#: human-readable rule of each fold, printed beside its figures
IPE_RULES = {"all": "every document", "tune": f"doc_id % {IPE_MODULUS} == {IPE_TUNE}",
             "untouched": f"doc_id % {IPE_MODULUS} == {IPE_UNTOUCHED}"}
PETR_RULES = {"all": "every sentence", "tune": "first half of the file", "untouched": "second half of the file"}
GSR_RULES = {"all": "every record with text", "even": "even records from 0, tuning fold",
             "odd": "odd records from 0, untouched fold"}


def plv_row_in(row_id: int, rows: str) -> bool:
    """True when PLV row ``row_id`` (0-based) is in the ``rows`` selection (all, even, odd)."""
    if rows not in PLV_ROWS:
        raise ValueError(f"rows must be one of {PLV_ROWS}, not {rows!r}")
    return rows == "all" or row_id % 2 == (0 if rows == "even" else 1)


def ipe_fold(doc_id: int) -> str | None:
    """``tune``, ``untouched`` or None (a document of neither fold) for an IPE ``doc_id``."""
    rest = doc_id % IPE_MODULUS
    return "tune" if rest == IPE_TUNE else "untouched" if rest == IPE_UNTOUCHED else None


def petr_fold(index: int, total: int) -> str:
    """``tune`` for the first half of ``total`` sentences (0-based ``index``), else ``untouched``."""
    return "tune" if index < total // 2 else "untouched"


def in_fold(fold: str, item_fold: str | None) -> bool:
    """True when an item whose own fold is ``item_fold`` counts in the figures of ``fold``."""
    if fold not in FOLDS:
        raise ValueError(f"fold must be one of {FOLDS}, not {fold!r}")
    return fold == "all" or item_fold == fold
