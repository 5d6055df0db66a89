"""The `serve` command and serving a Parquet export."""
from __future__ import annotations

import subprocess
import sys

import pytest


def test_serve_and_demo_serve_arguments():
    from eventwire.cli import build_parser

    args = build_parser().parse_args(["serve", "--db", "x.duckdb"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    args = build_parser().parse_args(["demo", "--serve", "--port", "9001", "--host", "0.0.0.0"])
    assert args.serve and (args.host, args.port) == ("0.0.0.0", 9001)
    assert build_parser().parse_args(["demo"]).serve is False
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve"])  # --db is required


def test_serve_on_a_missing_database_fails_cleanly(tmp_path):
    r = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db", str(tmp_path / "none.duckdb")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "E_STORE" in r.stderr and "Traceback" not in r.stderr


def test_a_parquet_export_serves_the_same_answers(fixture_store, client, tmp_path):
    from fastapi.testclient import TestClient

    from eventwire import api
    from eventwire.web import create_app

    api.export(str(fixture_store.path), "parquet", str(tmp_path / "pq"))
    with TestClient(create_app(tmp_path / "pq")) as pq:
        for route in ("/api/v1/events?per_page=200", "/api/v1/quotes", "/api/v1/dyads/USA/IRN",
                      "/api/v1/contradictions"):
            assert pq.get(route).json() == client.get(route).json(), route
        key = fixture_store.keys["fixture/a2.txt"]
        assert pq.get(f"/articles/{key}").status_code == 200
