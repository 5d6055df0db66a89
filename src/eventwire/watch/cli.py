"""Arguments and body of ``eventwire watch`` (``cli.py`` only registers them)."""
from __future__ import annotations

import argparse
import json
import sys

from .. import settings
from ..errors import InputError


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="RSS/Atom feed URL, directory (new files), or a file of feed URLs (one per line)")
    p.add_argument("--db", required=True, help="DuckDB file (created on first use)")
    p.add_argument("--every", default="15m", help="time between passes: 90s, 15m, 2h ... (default 15m)")
    p.add_argument("--once", action="store_true", help="one pass, then exit (for cron)")
    p.add_argument("--alert", action="append", default=[], metavar="RULE",
                   help="alert rule, e.g. 'USA->IRN escalation < -20 per day' (repeatable)")
    p.add_argument("--alerts", action="append", default=[], metavar="FILE", help="file of alert rules, one per line")
    p.add_argument("--webhook", action="append", default=[], metavar="URL", help="POST each alert as JSON here")
    p.add_argument("--model", default=settings.DEFAULT_MODEL, help="installed spaCy pipeline name")
    p.add_argument("--json", action="store_true", help="also print each pass summary as JSON on stdout")
    p.add_argument("-q", "--quiet", action="store_true", help="only the pass summaries and alerts on stderr")


def run_command(args: argparse.Namespace) -> int:
    from . import parse_every, watch
    from .alerts import read_rules

    try:
        every = parse_every(args.every)
    except ValueError:
        raise InputError(f"--every {args.every!r}: write a duration such as 90s, 15m, 2h or 1d") from None
    rules = read_rules(args.alert, args.alerts)

    def say(line: str) -> None:
        if not args.quiet or line.startswith(("pass ", "ALERT", "webhook")):
            print(f"eventwire watch: {line}", file=sys.stderr, flush=True)

    def on_pass(summary) -> None:  # type: ignore[no-untyped-def]
        if args.json:
            print(json.dumps(summary.to_dict()), flush=True)

    try:
        watch(args.sources, args.db, every=every, once=args.once, model=args.model, rules=rules,
              webhooks=args.webhook, report=say, on_pass=on_pass)
    except KeyboardInterrupt:
        print("eventwire watch: stopped; the next start resumes where this one stopped", file=sys.stderr)
    return 0
