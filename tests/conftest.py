"""Shared fixtures. Unit tests build Docs by hand or use the small model; eval tests need ../shared."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TEXT = ROOT / "examples" / "us-iran-2020-01-06.txt"
SEED_GOLD = SHARED / "data" / "seed" / "us-iran-2020-01-06.gold.json"


def need_shared() -> Path:
    """The ../shared data folder; in CI its absence is a failure, elsewhere a skip."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing; CI must have shared/ beside the clone")
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from eventwire.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf8")


@pytest.fixture(scope="session")
def seed_result(seed_text):
    from eventwire import Article, process

    return process(Article(id="us-iran-2020-01-06", text=seed_text, published="2020-01-06"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return need_shared()
