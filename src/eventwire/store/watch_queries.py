"""Named queries of ``eventwire watch``'s tables (alerts), registered in ``queries.REGISTRY``.

Not handled: filtering alerts by dyad or rule (a watch has a handful of rules; the list is short).
"""
from __future__ import annotations

from .sql import PAGE, PAGE_PARAMS, Query

QUERIES: tuple[Query, ...] = (
    Query("alert_list", "Alerts fired by 'eventwire watch --alert' rules, newest first.",
          f"""SELECT alert_id, rule, actor, recipient, measure, window_start, window_end, value, threshold,
                     fired_at, run_id FROM alerts ORDER BY fired_at DESC, window_start DESC, rule {PAGE}""",
          PAGE_PARAMS),
)
