"""Readable terminal summary of extract records (``eventwire extract`` on a terminal, ``--format table``).

``summary(record, width)`` turns one contract dict (``ArticleResult.to_dict()``) into plain text
lines that fit ``width`` columns: a header (id, publication date, counts per record kind), then
events (date, type, actor → recipient, factuality, place, evidence snippet), quotes (speaker:
text), counts, dates, contradictions and problems. Nothing is computed here that the record does
not hold: the summary is a view of the same contract the JSON output prints.

Not handled: colour, paging, right-to-left scripts, East Asian wide characters (widths are
counted in code points, so such text may overflow the terminal).
"""
from __future__ import annotations

import re
import shutil
import textwrap
from typing import Any

#: Narrowest layout the summary is laid out for (a narrower terminal wraps lines).
MIN_WIDTH = 60
_BREAKS = re.compile(r"\s*[\r\n\t]+\s*")
#: Sections printed, in order, with their record key.
SECTIONS = ("events", "quotes", "counts", "dates", "contradictions", "problems")


def terminal_width() -> int:
    """Columns of the terminal on stdout (80 when unknown), never under ``MIN_WIDTH``."""
    return max(MIN_WIDTH, shutil.get_terminal_size((80, 24)).columns)


def clip(text: str | None, width: int) -> str:
    """``text`` on one line, cut with an ellipsis to at most ``width`` characters."""
    flat = _BREAKS.sub(" ", text or "").rstrip()
    return flat if len(flat) <= width else flat[:max(0, width - 1)].rstrip() + "…"


def party(p: dict[str, Any] | None) -> str:
    """``name (ISO3)`` of an event participant, ``(implied)`` when the coder inferred it; ``?`` if none."""
    if not p:
        return "?"
    name = p.get("name") or p.get("country") or "?"
    code = f" ({p['country']})" if p.get("country") and p.get("country") != name else ""
    return f"{name}{code}{' (implied)' if p.get('implied') else ''}"


def _event(e: dict[str, Any], width: int) -> list[str]:
    where = (e.get("location") or {}).get("name")
    conf = e.get("confidence")
    head = "  ".join(x for x in (
        f"{e.get('date') or 'no date':<10}", f"{e.get('type', ''):<10}", e.get("factuality") or "",
        f"@ {where}" if where else "", f"confidence {conf:.2f}" if isinstance(conf, (int, float)) else "") if x)
    evidence = _BREAKS.sub(" ", (e.get("evidence") or {}).get("text") or "")
    return [clip("  " + head, width), clip(f"      {party(e.get('actor'))} → {party(e.get('recipient'))}", width),
            clip(f"      “{evidence}”", width)]


def _quote(q: dict[str, Any], width: int) -> list[str]:
    who = q.get("speaker") or "(unknown speaker)"
    return [clip(f"  {who} ({q.get('kind', '')}): {q.get('text', '')}", width)]


def _count(c: dict[str, Any], width: int) -> list[str]:
    value = c.get("value")
    shown = f"{value:,.0f}" if isinstance(value, (int, float)) and float(value).is_integer() else str(value)
    approx = "~" if c.get("approximate") else ""
    return [clip(f"  {approx}{shown:>10}  {c.get('category') or '':<20} “{c.get('text', '')}”", width)]


def _date(d: dict[str, Any], width: int) -> list[str]:
    return [clip(f"  {d.get('date') or '?':<10}  {d.get('granularity') or '':<6} “{d.get('text', '')}”", width)]


def _contradiction(c: dict[str, Any], width: int) -> list[str]:
    return [clip("  " + (c.get("reason") or ""), width),
            clip("      A: “" + (c.get("a") or {}).get("text", "") + "”", width),
            clip("      B: “" + (c.get("b") or {}).get("text", "") + "”", width)]


def _problem(p: dict[str, Any], width: int) -> list[str]:
    return [clip(f"  {p.get('code', '')}: {p.get('message', '')}", width)]


_LINES = {"events": _event, "quotes": _quote, "counts": _count, "dates": _date,
          "contradictions": _contradiction, "problems": _problem}


def header(record: dict[str, Any], width: int) -> list[str]:
    """The article's id and date, and how many records of each kind it has."""
    published = record.get("published") or "no publication date (give --published YYYY-MM-DD)"
    counts = [f"{len(record.get(k) or [])}\u00a0{k}" for k in ("events", "quotes", "entities", "counts", "dates",
                                                             "contradictions", "problems")]
    return [clip(f"{record.get('id', '')} · {published}", width),
            *(line.replace("\u00a0", " ") for line in textwrap.wrap(" · ".join(counts), width))]


def summary(record: dict[str, Any], width: int = 80) -> str:
    """The readable summary of one article's extract record, ``width`` columns wide."""
    width = max(MIN_WIDTH, width)
    lines = header(record, width)
    for key in SECTIONS:
        rows = record.get(key) or []
        lines.append("")
        lines.append(f"{key.upper()} ({len(rows)})")
        if not rows:
            lines.append("  none")
        for row in rows:
            lines.extend(_LINES[key](row, width))
    return "\n".join(lines)


def undated_warning(counts: dict[str, int]) -> str:
    """The run summary's warning about undated articles and events (``undated`` query row)."""
    return (f"eventwire: warning: {counts['articles_undated']} of {counts['articles']} article(s) in the store have "
            f"no publication date and {counts['events_undated']} of {counts['events']} event(s) no date at all; "
            "undated events are left out of escalation series, time charts and the GDELT/PLOVER exports. "
            "Give a date with --published YYYY-MM-DD, in the file name (story_2016-10-12.txt), in a dateline "
            "on the first line ('WASHINGTON, Oct. 12, 2016 —'), or as 'published' in JSONL.")


def export_skips(skipped: int, reasons: dict[str, int]) -> str:
    """What an export left out and why, e.g. ``199 event(s) not exported: 58 no date, 141 not asserted ...``."""
    hints = {"not asserted or reported": " (--all-events exports them)", "no date": " (see run's warning)"}
    why = ", ".join(f"{n} {reason}{hints.get(reason, '')}" for reason, n in sorted(reasons.items(),
                                                                                   key=lambda kv: -kv[1]))
    return f"eventwire: {skipped} event(s) not exported: {why}"
