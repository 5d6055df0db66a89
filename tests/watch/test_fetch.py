"""The fetcher: politeness per host, retries with back-off, conditional requests, bounded bytes."""
from __future__ import annotations

import dataclasses

import pytest
from watchfix import cfg, site  # noqa: F401 (fixtures)

from eventwire.watch.fetch import Fetcher, FetchFailed


def test_requests_to_one_host_are_spaced_and_carry_a_user_agent(site, cfg):  # noqa: F811
    site.page("/a", "a")
    site.page("/b", "b")
    waits = []
    with Fetcher(dataclasses.replace(cfg, host_delay_seconds=5.0), sleep=waits.append) as f:
        assert f.get(site.url + "/a", 1000).body == b"a"
        assert f.get(site.url + "/b", 1000).body == b"b"
    assert len(waits) == 1 and 4.0 < waits[0] <= 5.0
    assert all(h["User-Agent"].startswith("eventwire/") for _, _, h in site.hits)


def test_server_errors_are_retried_with_back_off_client_errors_are_not(site, cfg):  # noqa: F811
    calls = []

    def flaky(handler) -> None:
        calls.append(1)
        status = 503 if len(calls) == 1 else 200
        handler._send(status, {"Content-Type": "text/plain"}, b"ok")

    site.routes["/flaky"] = flaky
    waits = []
    with Fetcher(dataclasses.replace(cfg, retries=2, backoff_seconds=0.5), sleep=waits.append) as f:
        assert f.get(site.url + "/flaky", 1000).body == b"ok"
        assert waits == [0.5]
        waits.clear()
        with pytest.raises(FetchFailed, match="HTTP 404") as err:
            f.get(site.url + "/nothing-here", 1000)
        assert waits == [] and err.value.code == "E_FETCH" and err.value.permanent


def test_an_unchanged_resource_is_not_downloaded_again(site, cfg):  # noqa: F811
    site.page("/feed", "<rss/>")
    with Fetcher(cfg) as f:
        first = f.get(site.url + "/feed", 1000)
        assert f.get(site.url + "/feed", 1000, etag=first.etag) is None


def test_bytes_are_bounded_and_only_http_is_fetched(site, cfg):  # noqa: F811
    site.page("/big", "x" * 5000)
    with Fetcher(cfg) as f:
        with pytest.raises(FetchFailed, match="5000 bytes announced") as err:
            f.get(site.url + "/big", 4096)
        assert err.value.code == "E_TOO_LONG"
        for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)"):
            with pytest.raises(FetchFailed, match="only http and https"):
                f.get(url, 4096)
