"""docs/store.md documents every store command, option, query, table and export format."""
from __future__ import annotations

import re
from pathlib import Path

from eventwire import cli
from eventwire.store import queries, schema
from eventwire.store.export import FORMATS

DOC = (Path(__file__).resolve().parents[2] / "docs" / "store.md").read_text(encoding="utf8")


def test_every_core_query_and_its_parameters_are_documented():
    for name in queries.CORE_QUERIES:
        assert f"`{name}`" in DOC, name
        for p in queries.REGISTRY[name].params:
            assert f"--{p.name.replace('_', '-')}" in DOC, (name, p.name)


def test_every_table_and_export_format_is_documented():
    for table in schema.all_tables():
        assert f"`{table}`" in DOC, table
    for fmt in FORMATS:
        assert f"`{fmt}`" in DOC, fmt


#: options this module's commands define (other engines/front ends document theirs in their docs)
OWN_OPTIONS = {"run": {"--db", "--workers", "--published", "--model", "--source-format", "--json", "--quiet"},
               "query": {"--db", "--format"}, "export": {"--db", "--format", "--out", "--all-events"},
               "demo": {"--db", "--quiet"}}


def test_every_option_of_the_store_commands_is_documented():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for command, own in OWN_OPTIONS.items():
        assert f"eventwire {command}" in DOC
        defined = {o for a in sub.choices[command]._actions for o in a.option_strings}
        assert own <= defined, (command, own - defined)
        for opt in own:
            assert re.search(rf"(?<![\w-]){re.escape(opt)}\b", DOC), (command, opt)
