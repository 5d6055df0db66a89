"""Every command, option and problem code a user can meet is documented (README or docs/)."""
from __future__ import annotations

import re
from pathlib import Path

from eventwire import cli
from eventwire.errors import PROBLEM_CODES

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf8")
DOCS = README + "".join(p.read_text(encoding="utf8") for p in sorted((ROOT / "docs").glob("*.md")))


def subcommands():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sub.choices


def test_readme_starts_with_the_two_commands():
    block = re.search(r"```bash\n(.*?)```", README, re.S).group(1).strip().splitlines()
    assert len(block) == 2
    assert "pip install" in block[0] and "eventwire extract examples/" in block[0]
    assert "pytest" in block[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf8")
    assert block[0] in ci and block[1] in ci, ".ci/run must run the README's commands"


def test_every_command_is_in_the_readme():
    for name in subcommands():
        assert f"eventwire {name}" in README, name


def test_every_option_is_documented():
    missing = []
    for name, parser in subcommands().items():
        for action in parser._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help" and not re.search(
                        rf"(?<![\w-]){re.escape(opt)}\b", DOCS):
                    missing.append(f"{name} {opt}")
    assert not missing, f"undocumented options: {missing}"


def test_every_problem_code_is_documented():
    missing = [c for c in PROBLEM_CODES if f"`{c}`" not in DOCS]
    assert not missing, f"undocumented problem codes: {missing}"
