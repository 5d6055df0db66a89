"""Scoring eventwire on gold data: seed-style JSON, PolNeAR (brat) corpora, PLV sentences,
IndiaPoliceEvents sentences, PETRARCH-2 unit-test records, PLOVER codebook examples (GSR).

The scorers reproduce the figures of the project's reference scripts in ``../shared/eval/``
exactly (a test pins this; PETRARCH and GSR have no reference script in ``../shared/eval``, see
``petr`` and ``gsr``), but validate their inputs and raise ``GoldError`` with the file and place
of the fault instead of crashing. ``eventwire eval`` is the command-line front end.
"""
from __future__ import annotations

from .runner import (evaluate_gsr, evaluate_ipe, evaluate_petr, evaluate_plv, evaluate_plv_rows, evaluate_polnear,
                     evaluate_seed)

__all__ = ["evaluate_gsr", "evaluate_ipe", "evaluate_petr", "evaluate_plv", "evaluate_plv_rows", "evaluate_polnear",
           "evaluate_seed"]
