"""Publication dates for plain text: from the file name, else from a dateline at the top.

- ``from_name("corpus/reuters_2016-10-12_syria.txt")`` -> ``"2016-10-12"``: an ISO day
  (``2016-10-12``), the same with ``_`` or ``.`` separators, or eight digits ``20161012`` standing
  alone between non-digits, in the file's base name.
- ``from_dateline(text)``: a full date with a year in the article's first line (at most
  ``DATELINE_CHARS`` characters): ``WASHINGTON, Jan. 6, 2020 —``, ``6 January 2020``,
  ``Published: 2020-01-06``. Month names come from ``ontology/data/dates.yaml``.

Both accept only real calendar days inside the dates lexicon's ``year_range``. Not handled:
dates in the folder names, two-digit years, day-first numeric dates (``06/01/2020`` is
ambiguous, so it is never guessed), a dateline below the first line.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import PurePath

#: How far into an article's first line a dateline date is looked for (characters).
DATELINE_CHARS = 200

_NAME_DATE = re.compile(r"(?<!\d)(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d)")


def _day(year: int, month: int, day: int) -> str | None:
    from ..ontology.lexicons import dates_lexicon

    first, last = dates_lexicon().year_range
    if not first <= year <= last:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def from_name(source_id: str) -> str | None:
    """The first valid date in the base name of ``source_id``, as YYYY-MM-DD; None when there is none."""
    for m in _NAME_DATE.finditer(PurePath(source_id).name):
        found = _day(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if found:
            return found
    return None


@functools.lru_cache(maxsize=1)
def _dateline_patterns() -> tuple[re.Pattern[str], ...]:
    from ..ontology.lexicons import dates_lexicon

    mon = "|".join(sorted((re.escape(m) for m in dates_lexicon().months), key=len, reverse=True))
    return (re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
            re.compile(rf"\b(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I),
            re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{mon})\.?,?\s+(?P<y>\d{{4}})\b", re.I))


def from_dateline(text: str) -> str | None:
    """A full date (with year) in the first line of ``text``; None when there is none."""
    from ..ontology.lexicons import dates_lexicon

    first = text.lstrip()[:DATELINE_CHARS].split("\n", 1)[0]
    months = dates_lexicon().months
    for pattern in _dateline_patterns():
        m = pattern.search(first)
        if m:
            month = months[m.group("mon").lower()] if "mon" in m.groupdict() else int(m.group("m"))
            found = _day(int(m.group("y")), month, int(m.group("d")))
            if found:
                return found
    return None


def for_text(source_id: str, text: str) -> str | None:
    """The publication date a plain-text article carries itself: file name first, then dateline."""
    return from_name(source_id) or from_dateline(text)
