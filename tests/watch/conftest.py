"""Watch test fixtures: the local site, fast watch settings, store snapshots."""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from localsite import Site  # noqa: E402


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture
def cfg():
    """Watch settings for tests: short timeouts, no politeness delay, no back-off wait."""
    from eventwire.ontology.watch import watch_settings

    return dataclasses.replace(watch_settings(), timeout_seconds=1.0, retries=1, backoff_seconds=0.0,
                               host_delay_seconds=0.0, writer_wait_seconds=20.0)
