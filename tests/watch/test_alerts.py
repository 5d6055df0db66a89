"""Alert rules: parsing, windows, firing exactly once (console and a local webhook receiver)."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from watchfix import site, cfg  # noqa: F401 (fixtures)
from localsite import rss

from eventwire.errors import InputError
from eventwire.watch import watch
from eventwire.watch.alerts import evaluate, parse_rule, read_rules

STRIKES = ["The United States launched airstrikes on Iran on Wednesday, killing dozens of soldiers, the Pentagon said.",
           "American forces attacked Iranian military bases near Tehran on Wednesday, officials said.",
           "The United States bombed an Iranian oil facility on Wednesday, Iran's government said."]


def test_rules_parse_and_bad_rules_say_what_a_rule_looks_like(tmp_path):
    r = parse_rule("USA->IRN escalation < -20 per day")
    assert (r.actor, r.recipient, r.measure, r.op, r.threshold, r.days) == ("USA", "IRN", "escalation", "<", -20, 1)
    assert parse_rule("Iran -> United States events >= 5 per 3 days").recipient == "United States"
    assert parse_rule("IRN->USA articles > 2 per week").days == 7
    for bad in ("USA IRN escalation < -20 per day", "USA->IRN mood < 3 per day", "USA->IRN events = 3 per day",
                "USA->IRN events > x per day", "USA->IRN events > 3 per fortnight", "USA->IRN events > 3 per 0 days"):
        with pytest.raises(InputError, match="ACTOR->RECIPIENT MEASURE OP NUMBER per"):
            parse_rule(bad)
    f = tmp_path / "rules.txt"
    f.write_text("# escalation watch\nUSA->IRN escalation < -20 per day\n\nIRN->USA events > oops per day\n")
    with pytest.raises(InputError, match=r"rules.txt:4: bad alert rule"):
        read_rules([], [str(f)])


def test_windows_are_calendar_windows_of_n_days():
    r = parse_rule("USA->IRN events > 1 per 3 days")
    first, last = r.window(dt.date(2020, 1, 8))
    assert (last - first).days == 2 and first <= dt.date(2020, 1, 8) <= last
    assert r.window(first) == r.window(last) != r.window(last + dt.timedelta(days=1))


def _store_with_strikes(store, n: int, day: str = "2020-01-08") -> None:
    from eventwire.records import Article, ArticleResult, Event, Participant, Span
    from eventwire.store.writer import Batch, article_key

    batch = Batch()
    for i in range(n):
        text = f"Strike number {i} on the base."
        ev = Event("ASSAULT", None, "asserted", Participant("United States", "USA", None, None, None, None),
                   Participant("Iran", "IRN", None, None, None, None), day, None, Span(0, 6, "Strike"), -10.0)
        batch.add_result(ArticleResult(Article(f"s{i}", text, published=day), events=[ev]), article_key(text), "r", None)
    batch.write(store)


def test_an_alert_fires_once_per_rule_and_window(tmp_path):
    from eventwire.store.duckdb import open_store

    store = open_store(tmp_path / "a.duckdb")
    _store_with_strikes(store, 3)
    rule = parse_rule("USA->IRN escalation < -20 per day")
    quiet = parse_rule("USA->IRN escalation < -50 per day")
    [alert] = evaluate(store, [rule, quiet], [dt.date(2020, 1, 8)], "run1")
    assert (alert["value"], alert["window_start"], alert["window_end"]) == (-30.0, "2020-01-08", "2020-01-08")
    assert evaluate(store, [rule, quiet], [dt.date(2020, 1, 8)], "run2") == []  # already fired
    assert store.execute("SELECT count(*) FROM alerts").fetchall() == [(1,)]
    store.close()


def test_a_pass_pushing_a_dyad_past_its_threshold_fires_one_alert_on_console_and_webhook(site, cfg, tmp_path, nlp):
    items = [{"title": f"strike {i}", "content": t, "link": f"{site.url}/s{i}", "date": "2020-01-08"}
             for i, t in enumerate(STRIKES)]
    db, lines = str(tmp_path / "w.duckdb"), []
    rules = [parse_rule("USA->IRN escalation < -20 per day")]
    kwargs = dict(once=True, rules=rules, webhooks=[site.url + "/hook"], cfg=cfg, report=lines.append)
    site.page("/feed", rss("Wire", items[:1]), "application/rss+xml")
    watch([site.url + "/feed"], db, **kwargs)  # -10: below the threshold
    site.page("/feed", rss("Wire", items), "application/rss+xml")
    watch([site.url + "/feed"], db, **kwargs)  # -30: fires
    watch([site.url + "/feed"], db, **kwargs)  # nothing new: no second alert
    alerts = [ln for ln in lines if ln.startswith("ALERT")]
    assert alerts == ["ALERT USA->IRN escalation -30 on 2020-01-08 (rule: USA->IRN escalation < -20 per day)"]
    [(path, body)] = site.posted
    sent = json.loads(body)
    assert path == "/hook" and sent["value"] == -30 and sent["actor"] == "USA" and sent["db"] == db
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(db)) as client:
        listed = client.get("/api/v1/alerts").json()["items"]
        assert [(a["rule"], a["value"]) for a in listed] == [("USA->IRN escalation < -20 per day", -30.0)]
        assert "USA-&gt;IRN escalation &lt; -20 per day" in client.get("/").text
