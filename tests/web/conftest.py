"""Web test fixtures: a hand-built store and an in-process client of the real app."""
from __future__ import annotations

import pytest

import web_storefix as storefix


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory) -> storefix.FixtureStore:
    return storefix.build(tmp_path_factory.mktemp("webdb") / "fixture.duckdb")


@pytest.fixture(scope="session")
def client(fixture_store):
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(fixture_store.path), raise_server_exceptions=False) as c:
        yield c
