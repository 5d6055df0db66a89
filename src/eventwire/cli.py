"""Command line: one short function per command; logic lives in ``api``."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from . import __version__, api, settings
from .errors import EventwireError

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(fn: Command) -> Command:
    COMMANDS[fn.__name__.removeprefix("cmd_").replace("_", "-")] = fn
    return fn


def progress(iterable, enabled: bool, unit: str = "article"):  # type: ignore[no-untyped-def]
    """Wrap an iterable in a tqdm bar on stderr when enabled."""
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, unit=unit, file=sys.stderr, dynamic_ncols=True)


@command
def cmd_extract(args: argparse.Namespace) -> int:
    out = open(args.output, "w", encoding="utf8") if args.output else sys.stdout
    failed = 0
    results = api.extract(args.inputs, published=args.published, model=args.model,
                          source_format=args.source_format)
    many = len(args.inputs) > 1 or any(not p.endswith(".txt") for p in args.inputs)
    for res in progress(results, enabled=many and not args.quiet):
        failed += any(p.code.startswith("E_") for p in res.problems)
        out.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    if failed:
        print(f"eventwire: {failed} article(s) had problems; see their 'problems' field", file=sys.stderr)
    return 1 if failed else 0


def add_extract(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract entities, quotes, counts, dates, events from articles")
    p.add_argument("inputs", nargs="+", help="text files, directories, JSONL files, or - for stdin")
    p.add_argument("--published", help="publication date YYYY-MM-DD for plain-text input")
    p.add_argument("--model", default=settings.DEFAULT_MODEL, help="installed spaCy pipeline name")
    p.add_argument("--format", choices=["json", "jsonl"], default="jsonl",
                   help="json and jsonl both print one compact object per article per line")
    p.add_argument("--source-format", help="force the input format (text, jsonl, ...)")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


PARSERS = [add_extract]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description=__doc__)
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for add in PARSERS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except EventwireError as exc:
        print(f"eventwire: error [{exc.code}]: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
