"""Every route and page of the app is documented in docs/web.md (datasette-style), and back."""
from __future__ import annotations

import re
from pathlib import Path

from eventwire.web import api, pages

DOC = Path(__file__).resolve().parents[2] / "docs" / "web.md"


def _paths() -> set[str]:
    return {r.path for router in (api.router, pages.router) for r in router.routes}


def test_routers_have_the_expected_size():
    assert len([p for p in _paths() if p.startswith("/api/v1/")]) >= 15 and len(_paths()) >= 27


def test_every_route_is_documented():
    text = DOC.read_text(encoding="utf8")
    missing = sorted(p for p in _paths() if f"`{p}`" not in text)
    assert missing == []


def test_every_documented_api_route_exists():
    documented = set(re.findall(r"^\| `(/api/v1/[^`]*)`", DOC.read_text(encoding="utf8"), re.M))
    assert len(documented) >= 15 and documented <= _paths()
