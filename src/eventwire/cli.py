"""Command line: one short function per command; logic lives in ``api``."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from . import __version__, api, render_text, settings
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
                          source_format=args.source_format, explain=args.explain)
    many = len(args.inputs) > 1 or any(not p.endswith(".txt") for p in args.inputs)
    table = args.format == "table" or (args.format is None and not args.explain and out is sys.stdout
                                       and sys.stdout.isatty())
    width = render_text.terminal_width() if table else 0
    for i, res in enumerate(progress(results, enabled=many and not args.quiet)):
        failed += any(p.code.startswith("E_") for p in res.problems)
        if table:
            out.write(("─" * width + "\n" if i else "") + render_text.summary(res.to_dict(), width) + "\n")
        else:
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
    p.add_argument("--format", choices=["json", "jsonl", "table"], default=None,
                   help="json and jsonl both print one compact object per article per line; table a "
                   "readable summary (default: table on a terminal, else jsonl)")
    p.add_argument("--source-format", help="force the input format (text, jsonl, html, feed, warc)")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--explain", action="store_true", help="also list the event candidates that were dropped, "
                   "with the rule that dropped each (JSON field 'dropped'; docs/events.md)")
    _ontology_arg(p)
    _event_model_arg(p)


def _ontology_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ontology", metavar="DIR", help="overlay this directory on the bundled ontology: extra "
                   "trigger patterns, actors, agents, precision words, modes (docs/ontology.md)")


def _event_model_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--event-model", metavar="PATH", default=settings.EVENT_MODEL,
                   help="weights of the optional event-type classifier (scripts/train_events.py; none ships; "
                   "recorded in the run fingerprint; docs/events.md)")


def _bar(enabled: bool):  # type: ignore[no-untyped-def]
    """A ``progress(total) -> tick(n)`` factory drawing a tqdm bar with ETA on stderr."""
    if not enabled:
        return None

    def start(total: int):  # type: ignore[no-untyped-def]
        from tqdm import tqdm

        bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)
        return bar.update

    return start


def _summary(s) -> None:  # type: ignore[no-untyped-def]
    print(f"eventwire: {s.articles_new} new article(s), {s.articles_skipped} already stored, "
          f"{s.records} records, {s.problems} problem(s), {s.stories} stories, "
          f"{s.cross_contradictions} cross-article contradiction(s) in {s.seconds:.1f} s "
          f"({s.workers} worker(s))", file=sys.stderr)


@command
def cmd_run(args: argparse.Namespace) -> int:
    summary = api.run(args.sources, args.db, workers=args.workers, model=args.model,
                      source_format=args.source_format, published=args.published, progress=_bar(not args.quiet),
                      engine=args.engine, scheduler=args.scheduler, shard_dir=args.shard_dir,
                      mixed_ontology=args.mixed_ontology, min_confidence=args.min_confidence)
    _summary(summary)
    undated = api.query(args.db, "undated")[0] if summary.articles_new else None
    if undated and (undated["articles_undated"] or undated["events_undated"]):
        print(render_text.undated_warning(undated), file=sys.stderr)
    if args.json:
        print(json.dumps(summary.to_dict()))
    return 0


def add_run(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="extract a corpus into a DuckDB store (resumable, deduplicated)")
    p.add_argument("sources", nargs="+", help="dirs/files of .txt, .jsonl, .html, RSS/Atom, .warc(.gz), or -")
    p.add_argument("--db", required=True, help="DuckDB file (created on first use)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local process pool, or a Dask cluster (needs the 'dask' extra; docs/scale.md)")
    p.add_argument("--scheduler", help="dask: scheduler address, e.g. tcp://host:8786 (default: a LocalCluster)")
    p.add_argument("--shard-dir", help="dask: directory for Parquet shards, shared by workers and this "
                   "process (default: DB.shards beside the database)")
    p.add_argument("--published", help="publication date YYYY-MM-DD for inputs that carry none")
    p.add_argument("--model", default=settings.DEFAULT_MODEL, help="installed spaCy pipeline name")
    p.add_argument("--source-format", help="force the input format (text, jsonl, html, feed, warc)")
    p.add_argument("--json", action="store_true", help="also print the run summary as JSON on stdout")
    _ontology_arg(p)
    _event_model_arg(p)
    p.add_argument("--mixed-ontology", action="store_true", help="add to a store whose earlier runs used "
                   "another ontology (refused by default; docs/ontology.md)")
    _min_confidence_arg(p, "do not store events whose confidence is below this")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


@command
def cmd_query(args: argparse.Namespace) -> int:
    from .store import queries
    from .store.render import render, render_query_list

    width = render_text.terminal_width()
    if args.name == "list":
        if args.format == "table":
            print(render_query_list(queries.REGISTRY.values(), width))
        else:
            print(render(queries.describe() if args.format == "json" else _query_list(), args.format))
        return 0
    params = {p: getattr(args, p) for p in _query_params() if getattr(args, p) is not None}
    result = api.query_result(args.db, args.name, **params)
    print(render(result.rows, args.format, width=width, columns=queries.REGISTRY[args.name].columns))
    if result.more:
        paging = " or page with --offset" if any(p.name == "offset" for p in queries.REGISTRY[args.name].params) else ""
        print(f"eventwire: showing the first {len(result.rows)} rows; more exist (raise --limit{paging})",
              file=sys.stderr)
    for note in result.notes:
        print(f"eventwire: {note}", file=sys.stderr)
    return 0


def _query_params() -> list[str]:
    from .store.queries import REGISTRY

    return sorted({p.name for q in REGISTRY.values() for p in q.params})


def _query_list() -> list[dict[str, str]]:
    from .store.queries import REGISTRY

    return [{"query": q.name, "parameters": " ".join(f"--{p.name.replace('_', '-')}" for p in q.params),
             "description": q.description} for q in REGISTRY.values()]


def add_query(sub: argparse._SubParsersAction) -> None:
    from .store.queries import REGISTRY

    p = sub.add_parser("query", help="run a named query on a store ('eventwire query list' lists them)")
    p.add_argument("name", choices=["list", *REGISTRY], metavar="NAME", help="query name, or 'list'")
    p.add_argument("--db", default="eventwire.duckdb", help="DuckDB file or Parquet directory")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    helps = {p.name: p.help for q in REGISTRY.values() for p in q.params}
    for name in _query_params():
        p.add_argument(f"--{name.replace('_', '-')}", dest=name, help=helps[name])


@command
def cmd_export(args: argparse.Namespace) -> int:
    stats = api.export(args.db, args.format, args.out, all_events=args.all_events,
                       min_confidence=args.min_confidence)
    print(f"eventwire: wrote {stats.rows} row(s) to {len(stats.files)} file(s) in {args.out}", file=sys.stderr)
    if stats.skipped:
        print(render_text.export_skips(stats.skipped, stats.reasons), file=sys.stderr)
    return 0


def add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export a store: parquet | csv (per table), plover (JSONL), gdelt (TSV)")
    p.add_argument("--db", required=True, help="DuckDB file or Parquet directory")
    p.add_argument("--format", choices=["parquet", "csv", "plover", "gdelt"], required=True)
    p.add_argument("--out", required=True, help="output directory (created)")
    p.add_argument("--all-events", action="store_true",
                   help="plover/gdelt: also export negated, hypothetical, future ... events")
    _min_confidence_arg(p, "plover/gdelt: leave out events whose confidence is below this")


def _min_confidence_arg(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--min-confidence", type=float, default=None, metavar="P",
                   help=f"{what} (0-1, the estimated chance an event is right; default: none; README)")


@command
def cmd_demo(args: argparse.Namespace) -> int:
    from .batch.demo import NEXT_STEPS

    _summary(api.demo(args.db, progress=_bar(not args.quiet)))
    print(f"Demo database: {args.db}\nTry next:")
    for step in NEXT_STEPS:
        print("  " + step.format(db=args.db))
    if args.serve:
        return cmd_serve(args)
    return 0


def add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="build a demo store from the bundled example articles")
    p.add_argument("--db", default="eventwire-demo.duckdb", help="DuckDB file to create or update")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--serve", action="store_true", help="then open the dashboard on it (see 'serve')")
    _serve_args(p)


@command
def cmd_serve(args: argparse.Namespace) -> int:
    from .web import serve

    api.check_min_confidence(getattr(args, "min_confidence", None))
    serve(args.db, host=args.host, port=args.port, min_confidence=getattr(args, "min_confidence", None))
    return 0


def _serve_args(p: argparse.ArgumentParser) -> None:
    host, port = settings.SERVE_HOST, settings.SERVE_PORT  # not from web.app: building the parser imports no FastAPI
    p.add_argument("--host", default=host, help=f"address to bind (default {host}: this machine only)")
    p.add_argument("--port", type=int, default=port, help=f"port (default {port})")


def add_serve(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="web dashboard and REST API (/api/v1) over a store")
    p.add_argument("--db", required=True, help="DuckDB file or Parquet directory (opened read-only)")
    _serve_args(p)
    _ontology_arg(p)
    _min_confidence_arg(p, "event lists and /api/v1 event queries hide events below this unless a request "
                        "gives its own min_confidence")


@command
def cmd_eval(args: argparse.Namespace) -> int:
    from . import evaluate
    from .evaluate import plv, polnear

    common = {"pred": args.pred, "model": args.model, "save_pred": args.save_pred}
    wrap = (lambda it: progress(it, enabled=not args.quiet)) if args.kind != "seed" else None
    if args.kind == "seed":
        lines = evaluate.evaluate_seed(args.gold, args.article, published=args.published, **common).lines()
    elif args.kind == "polnear":
        lines = polnear.lines(evaluate.evaluate_polnear(args.corpus, wrap=wrap, **common))
    elif args.kind in ("ipe", "petr"):
        lines = _eval_folds(args, wrap, common)
    elif args.kind == "gsr":
        lines = _eval_gsr(args, wrap, common)
    elif args.rows != "all":
        lines = [f"# rows {args.rows} (numbered from 0; even = tuning, odd = untouched)"]
        lines += plv.lines(evaluate.evaluate_plv_rows(args.tsv, args.rows, wrap=wrap, **common))
    else:
        lines = plv.lines(evaluate.evaluate_plv(args.tsv, wrap=wrap, **common))
    print("\n".join(lines))
    return 0


def _eval_folds(args: argparse.Namespace, wrap, common: dict) -> list[str]:  # type: ignore[no-untyped-def]
    from . import evaluate
    from .evaluate import ipe, petr

    folds = ("all", "tune", "untouched") if args.fold == "each" else (args.fold,)
    if args.kind == "ipe":
        return ipe.lines(evaluate.evaluate_ipe(args.corpus, folds, wrap=wrap, **common))
    figures, misses = evaluate.evaluate_petr(args.records, folds, wrap=wrap, **common)
    return (misses if args.misses else []) + petr.lines(figures)


def _eval_gsr(args: argparse.Namespace, wrap, common: dict) -> list[str]:  # type: ignore[no-untyped-def]
    from . import evaluate
    from .evaluate import gsr

    figures, misses = evaluate.evaluate_gsr(args.file, args.rows, wrap=wrap, **common)
    return (misses if args.misses else []) + gsr.lines(figures)


def add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score extraction on gold data: seed JSON, PolNeAR corpus, PLV TSV, IPE, PETRARCH, "
                       "PLOVER codebook examples")
    kinds = p.add_subparsers(dest="kind", required=True)
    seed = kinds.add_parser("seed", help="one article against a seed-style gold JSON file")
    seed.add_argument("gold", help="gold JSON (sections quotes, counts, dates, events, people ...)")
    seed.add_argument("article", help="the article text file the gold snippets come from")
    seed.add_argument("--published", help="publication date YYYY-MM-DD (default: the gold file's)")
    pol = kinds.add_parser("polnear", help="quote attribution on a PolNeAR-format corpus (brat standoff)")
    pol.add_argument("corpus", help="folder with text/*.txt and attributions/*.ann")
    plv = kinds.add_parser("plv", help="PLOVER event types on a PLV TSV of marked sentences")
    plv.add_argument("tsv", help="TSV with marked_sentence (<s>..</s>, <t>..</t>) and gold_root columns")
    plv.add_argument("--rows", choices=["all", "even", "odd"], default="all",
                     help="score these rows only (numbered from 0): even = tuning fold, odd = untouched")
    ipe = kinds.add_parser("ipe", help="police kill/arrest/force per sentence on IndiaPoliceEvents, keyword baseline beside")
    ipe.add_argument("corpus", help="folder with docs.jsonl, sents.jsonl, metadata.jsonl, manual_keyword_list.json")
    petr = kinds.add_parser("petr", help="PLOVER type and dyad countries on PETRARCH-2 unit-test records (XML)")
    petr.add_argument("records", help="PETR.UnitTest.records.xml-style file")
    petr.add_argument("--misses", action="store_true", help="also list the tuning fold's misses")
    gsr = kinds.add_parser("gsr", help="is the gold PLOVER type found in the sentence? PLOVER codebook examples (JSON)")
    gsr.add_argument("file", help="PLOVER_GSR_CAMEO.json-style file (records with text, event, source, date)")
    gsr.add_argument("--rows", choices=["all", "even", "odd"], default="all",
                     help="score these records only (those with text, numbered from 0): even = tuning fold, "
                     "odd = untouched (default all: all, then even and odd apart)")
    gsr.add_argument("--misses", action="store_true", help="also list the missed records of --rows")
    for k in (ipe, petr):
        k.add_argument("--fold", choices=["each", "all", "tune", "untouched"], default="each",
                       help="figures of one fold (default: all, tune and untouched; see docs/eval.md)")
    for k in (seed, pol, plv, ipe, petr, gsr):
        k.add_argument("--pred", help="score this extract output (JSONL) instead of running extraction")
        k.add_argument("--save-pred", help="write the predictions extraction produced to this JSONL file")
        k.add_argument("--model", default=settings.DEFAULT_MODEL, help="installed spaCy pipeline name")
        k.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
        _ontology_arg(k)
        _event_model_arg(k)


@command
def cmd_brief(args: argparse.Namespace) -> int:
    from .web import brief
    from .web.data import WebStore

    store = WebStore(args.db)
    try:
        document = brief.render(brief.collect(store, args.dyad, args.date_from, args.date_to, args.min_confidence))
    finally:
        store.close()
    with open(args.output, "w", encoding="utf8") as fh:
        fh.write(document)
    print(f"eventwire: wrote the brief to {args.output} (self-contained HTML; print it to PDF from a browser)",
          file=sys.stderr)
    return 0


def add_brief(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("brief", help="a self-contained HTML crisis brief of a store (dyad, date range)")
    p.add_argument("--db", required=True, help="DuckDB file or Parquet directory")
    p.add_argument("--dyad", help="two parties separated by '-', e.g. USA-IRN (default: every actor)")
    p.add_argument("--from", dest="date_from", type=_iso_day, help="first event date YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_iso_day, help="last event date YYYY-MM-DD")
    p.add_argument("--min-confidence", type=float, help="only events whose confidence is at least this (0-1)")
    p.add_argument("-o", "--output", default="brief.html", help="HTML file to write (default brief.html)")


def _iso_day(text: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


@command
def cmd_watch(args: argparse.Namespace) -> int:
    from .watch.cli import run_command

    return run_command(args)


def add_watch(sub: argparse._SubParsersAction) -> None:
    from .watch.cli import add_arguments

    add_arguments(sub.add_parser("watch", help="follow feeds and folders into a store, with alerts (docs/watch.md)"))


PARSERS = [add_extract, add_run, add_query, add_export, add_demo, add_serve, add_eval, add_brief, add_watch]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire", description="Political event data, attributed quotes and contradictions from news text.")
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for add in PARSERS:
        add(sub)
    return parser


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: the run stops, its ``runs`` row says 'interrupted'."""


#: Signals received during this command. DuckDB turns the exception a signal handler raises
#: inside a query into its own error ("Query interrupted"), so ``main`` also asks this list.
SIGNALLED: list[int] = []


def _on_signal(signum: int, frame: object) -> None:
    import signal

    SIGNALLED.append(signum)
    raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def _stopped() -> int:
    import signal

    if SIGNALLED and SIGNALLED[-1] == signal.SIGTERM:
        print("eventwire: terminated (SIGTERM); what was committed is kept, the same command resumes",
              file=sys.stderr)
        return 143
    print("eventwire: interrupted", file=sys.stderr)
    return 130


def main(argv: Sequence[str] | None = None) -> int:
    import gc
    import signal
    import threading

    if settings.GC_THRESHOLDS:
        gc.set_threshold(*settings.GC_THRESHOLDS)
    args = build_parser().parse_args(argv)
    main_thread = threading.current_thread() is threading.main_thread()
    stops = (signal.SIGTERM, signal.SIGINT)
    previous = {s: signal.signal(s, _on_signal) for s in stops} if main_thread else {}
    SIGNALLED.clear()
    try:
        if getattr(args, "ontology", None):
            api.use_ontology(args.ontology)
        if getattr(args, "event_model", None):
            settings.EVENT_MODEL = args.event_model
            api.check_event_model()
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return _stopped()
    except EventwireError as exc:
        if SIGNALLED:  # a store error that is DuckDB's answer to the signal
            return _stopped()
        print(f"eventwire: error [{exc.code}]: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception:
        if SIGNALLED:
            return _stopped()
        raise
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
