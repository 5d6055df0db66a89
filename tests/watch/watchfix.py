"""Watch test fixtures (imported by each test module; no conftest.py, whose module name would
clash with tests/store/conftest.py): the local site, fast watch settings."""
from __future__ import annotations

import dataclasses

import pytest
from localsite import Site


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
