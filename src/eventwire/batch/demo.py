"""The demo corpus: the example articles shipped in ``eventwire/examples`` (``manifest.tsv``).

Each manifest row names a text file and its publication date, title, publisher and URL (blank
when unknown); ``LICENSES.md`` beside them says why each may be shipped.
Not handled: examples in other formats than plain UTF-8 text.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: What to try after ``eventwire demo`` (printed by the CLI; {db} is the database path).
NEXT_STEPS = (
    "eventwire query summary --db {db}",
    "eventwire query events --db {db} --actor USA",
    "eventwire query quotes --db {db} --speaker Esper",
    "eventwire query escalation --db {db} --format csv",
    "eventwire query top_actors --db {db}",
    "eventwire export --db {db} --format gdelt --out demo-export/",
    "eventwire serve --db {db}                   # dashboard and REST API on http://127.0.0.1:8000/",
    "eventwire run MORE_ARTICLES/ --db {db}      # add your own .txt/.jsonl/.html/RSS/WARC files",
)


def demo_articles() -> Iterator[Article]:
    """The shipped example articles, with their manifest metadata."""
    manifest = EXAMPLES / "manifest.tsv"
    lines = [ln for ln in manifest.read_text(encoding="utf8").splitlines() if ln and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        path = EXAMPLES / row["file"]
        if not path.is_file():
            raise InputError(f"example {row['file']!r} listed in {manifest} is missing")
        yield Article(id=f"examples/{row['file']}", text=path.read_text(encoding="utf8"),
                      published=row["published"] or None, title=row["title"] or None, url=row["url"] or None,
                      source="eventwire:examples", publisher=row["publisher"] or None)
