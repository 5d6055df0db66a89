"""Alert rules of ``eventwire watch``: when a dyad's measure crosses a threshold, say so once.

A rule reads ``ACTOR->RECIPIENT MEASURE OP THRESHOLD per WINDOW``, for example::

    USA->IRN escalation < -20 per day
    IRN->USA events >= 5 per 3 days
    Iran->Iraq articles > 10 per week

- ACTOR, RECIPIENT: an ISO3 code (exact) or part of a name (case-insensitive), as in
  ``eventwire query escalation``;
- MEASURE: ``escalation`` (sum of event scores; negative = conflict), ``events`` or ``articles``
  — the columns of the ``escalation`` query (events that happened: asserted or reported, with a
  score, an actor, a recipient and a date; the event's date, else the article's);
- OP: ``<``, ``<=``, ``>``, ``>=``; THRESHOLD: a number;
- WINDOW: ``day``, ``week`` or ``N days``: calendar windows of that many days counted from
  1970-01-01 (``per week`` windows start on Thursdays), summed over their days.

After each pass, every rule is evaluated on the windows holding an event of the articles the
pass stored. A window whose value satisfies the rule fires one alert, once: the alert
(rule, window) is stored in ``alerts``, printed to stderr, listed by ``/api/v1/alerts`` and on the
dashboard's overview, and POSTed as JSON to ``--webhook`` URLs. Rules come from ``--alert RULE``
and from ``--alerts FILE`` (one rule per line; blank lines and ``#`` comments ignored); a rule
that does not parse is an ``E_INPUT`` error naming it (and its file and line).

Not handled: alerts on a window's *change* (a jump relative to the previous window), rules
over several dyads at once, retrying a webhook that failed (the failure is printed).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..store import queries

if TYPE_CHECKING:
    import duckdb

_RULE = re.compile(r"^\s*(?P<actor>\S(?:.*?\S)?)\s*->\s*(?P<recipient>\S(?:.*?\S)?)\s+"
                   r"(?P<measure>escalation|events|articles)\s*(?P<op><=|>=|<|>)\s*"
                   r"(?P<threshold>[-+]?\d+(?:\.\d+)?)\s+per\s+(?P<window>day|week|(?P<n>\d+)\s+days?)\s*$", re.I)
_OPS: dict[str, Callable[[float, float], bool]] = {"<": operator.lt, "<=": operator.le, ">": operator.gt,
                                                   ">=": operator.ge}
_EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class Rule:
    text: str
    actor: str
    recipient: str
    measure: str
    op: str
    threshold: float
    days: int

    def window(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """The (first, last) day of the calendar window holding ``day``."""
        start = _EPOCH + dt.timedelta(days=(day - _EPOCH).days // self.days * self.days)
        return start, start + dt.timedelta(days=self.days - 1)


def parse_rule(text: str, where: str = "") -> Rule:
    """A ``Rule`` from its text; InputError saying what a rule looks like when it does not parse."""
    m = _RULE.match(text)
    days = 0
    if m:
        window = m["window"].lower()
        days = 1 if window == "day" else 7 if window == "week" else int(m["n"])
    if not m or not 1 <= days <= 366:
        raise InputError(f"{where}bad alert rule {text.strip()!r}: write 'ACTOR->RECIPIENT MEASURE OP NUMBER per "
                         f"WINDOW', e.g. 'USA->IRN escalation < -20 per day' (MEASURE: escalation, events or "
                         f"articles; OP: < <= > >=; WINDOW: day, week or N days, N from 1 to 366)")
    return Rule(" ".join(text.split()), m["actor"], m["recipient"], m["measure"].lower(), m["op"],
                float(m["threshold"]), days)


def read_rules(texts: list[str], files: list[str]) -> list[Rule]:
    """Rules from ``--alert`` texts and ``--alerts`` files (one per line, # comments)."""
    rules = [parse_rule(t) for t in texts]
    for path in files:
        try:
            lines = open(path, encoding="utf8").read().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read alert rules from {path}: {exc}") from exc
        for n, line in enumerate(lines, 1):
            if line.strip() and not line.lstrip().startswith("#"):
                rules.append(parse_rule(line, f"{path}:{n}: "))
    return rules


def _value(con: "duckdb.DuckDBPyConnection", rule: Rule, first: dt.date, last: dt.date) -> float | None:
    rows = queries.run(con, "escalation", actor=rule.actor, recipient=rule.recipient,
                       date_from=first.isoformat(), date_to=last.isoformat(), limit=100_000)
    return float(sum(r[rule.measure] or 0 for r in rows)) if rows else None


#: the days of the events of articles not clustered yet (what the pass being finished stored)
_NEW_DAYS_SQL = """
SELECT DISTINCT coalesce(TRY_CAST(e.date AS DATE), TRY_CAST(a.published AS DATE)) AS day
FROM events e JOIN articles a USING (article_key)
WHERE a.story_id IS NULL AND day IS NOT NULL ORDER BY day"""


def new_days(con: "duckdb.DuckDBPyConnection") -> list[dt.date]:
    """Call before clustering: the event days of the articles stored since the last clustering."""
    return [d for (d,) in con.execute(_NEW_DAYS_SQL).fetchall()]


def evaluate(con: "duckdb.DuckDBPyConnection", rules: list[Rule], days: list[dt.date],
             run_id: str) -> list[dict[str, Any]]:
    """Store and return the alerts that fire for the first time in the windows holding ``days``."""
    fired = []
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for rule in rules:
        for first, last in sorted({rule.window(d) for d in days}):
            value = _value(con, rule, first, last)
            if value is None or not _OPS[rule.op](value, rule.threshold):
                continue
            alert_id = hashlib.blake2b(f"{rule.text}|{first}".encode(), digest_size=12).hexdigest()
            if con.execute("SELECT 1 FROM alerts WHERE alert_id = ?", [alert_id]).fetchall():
                continue
            row = {"alert_id": alert_id, "rule": rule.text, "actor": rule.actor, "recipient": rule.recipient,
                   "measure": rule.measure, "window_start": first.isoformat(), "window_end": last.isoformat(),
                   "value": round(value, 3), "threshold": rule.threshold, "fired_at": now, "run_id": run_id}
            con.execute(f"INSERT INTO alerts VALUES ({', '.join('?' * len(row))})", list(row.values()))
            fired.append(row)
    return fired


def describe(alert: dict[str, Any]) -> str:
    """One line for the console."""
    span = alert["window_start"] if alert["window_start"] == alert["window_end"] else \
        f"{alert['window_start']}..{alert['window_end']}"
    return (f"ALERT {alert['actor']}->{alert['recipient']} {alert['measure']} {alert['value']:g} "
            f"on {span} (rule: {alert['rule']})")


def payload(alert: dict[str, Any], db: str) -> dict[str, Any]:
    """The JSON body POSTed to a webhook."""
    return {**{k: v for k, v in alert.items() if k != "fired_at"}, "fired_at": alert["fired_at"].isoformat() + "Z",
            "db": db, "text": describe(alert)}
