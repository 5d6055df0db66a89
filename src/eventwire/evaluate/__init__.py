"""Scoring eventwire on gold data: seed-style JSON, PolNeAR (brat) corpora, PLV sentences.

The scorers reproduce the figures of the project's reference scripts in ``../shared/eval/``
exactly (a test pins this), but validate their inputs and raise ``GoldError`` with the file and
place of the fault instead of crashing. ``eventwire eval`` is the command-line front end.
"""
from __future__ import annotations

from .runner import evaluate_plv, evaluate_polnear, evaluate_seed

__all__ = ["evaluate_plv", "evaluate_polnear", "evaluate_seed"]
