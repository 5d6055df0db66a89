"""Validated request parameters shared by the REST API and the pages (FastAPI dependencies).

Every parameter has a type, bounds or an enumeration, so bad input is answered with a 4xx that
says what is wrong (422 from FastAPI's validation, 400 for rules across parameters such as
``date_from`` after ``date_to``) before any query runs. Values reach SQL only as DuckDB
parameters (see ``data.py``), so quotes, semicolons and comment markers are plain text.

Not handled: free-text fields are capped at ``MAX_TEXT`` characters; longer ones get a 422.
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import HTTPException, Query, Request

from ..ontology import plover
from ..store.sql import CONVERTERS, FACTUALITY_PARAM, MIN_CONFIDENCE, Param

#: Longest accepted free-text parameter (names, search phrases).
MAX_TEXT = 200
#: Rows per page: default and maximum.
PER_PAGE, MAX_PER_PAGE = 50, 200
#: Highest page number accepted.
MAX_PAGE = 100_000
#: Pattern of an article key or record id in a URL.
KEY_PATTERN = r"^[A-Za-z0-9_.:-]{1,128}$"
COUNTRY_PATTERN = r"^[A-Za-z]{3}$"


def _event_types() -> type[enum.Enum]:
    return enum.Enum("EventType", {t: t for t in plover.PLOVER_TYPES}, type=str)  # type: ignore[return-value]


#: the PLOVER types as a query enum (OpenAPI lists them; any other value is a 422)
EventType = _event_types()


class QuoteKind(str, enum.Enum):
    """Quote kinds of the extract contract."""

    direct = "direct"
    partial = "partial"
    indirect = "indirect"


Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Country = Annotated[str | None, Query(pattern=COUNTRY_PATTERN, description="ISO 3166 alpha-3 code")]


@dataclass
class Paging:
    page: int
    per_page: int


def paging(page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")] = 1,
           per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="rows per page")] = PER_PAGE,
           ) -> Paging:
    return Paging(page, per_page)


def _check_range(date_from: dt.date | None, date_to: dt.date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(400, f"date_from {date_from} is after date_to {date_to}")


def enum_value(x: Any) -> Any:
    return x.value if isinstance(x, enum.Enum) else x


def event_filters(
        request: Request,
        actor: Annotated[Text, Query(description="actor ISO3 code or part of its name")] = None,
        recipient: Annotated[Text, Query(description="recipient ISO3 code or part of its name")] = None,
        country: Country = None,
        type: Annotated[EventType | None, Query(description="PLOVER event type")] = None,  # type: ignore[valid-type]
        quad: Annotated[int | None, Query(ge=1, le=4, description="CAMEO QuadClass 1-4")] = None,
        factuality: Annotated[str | None, Query(max_length=MAX_TEXT, description=FACTUALITY_PARAM.help)] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1, description=MIN_CONFIDENCE.help)] = None,
        date_from: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
        date_to: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
) -> dict[str, Any]:
    """Filters of the ``events`` query (``store.sql.EVENT_FILTER_PARAMS``), checked; no
    ``min_confidence`` means the server's (``serve --min-confidence``)."""
    if min_confidence is None:
        min_confidence = getattr(request.app.state, "min_confidence", None)
    _check_range(date_from, date_to)
    return {"actor": actor or None, "recipient": recipient or None, "country": country, "type": enum_value(type),
            "quad": quad, "factuality": _checked(FACTUALITY_PARAM, factuality), "min_confidence": min_confidence,
            "date_from": date_from, "date_to": date_to}


def _checked(param: Param, value: Any) -> Any:
    """``value`` converted as the CLI converts it; a bad one is a 422 with the CLI's message."""
    if value in (None, ""):
        return None
    try:
        CONVERTERS[param.type](value)
    except ValueError as exc:
        raise HTTPException(422, f"{param.name} {value!r}: {exc}") from exc
    return value


def date_range(date_from: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
               date_to: Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
               ) -> dict[str, Any]:
    _check_range(date_from, date_to)
    return {"date_from": date_from, "date_to": date_to}


def quote_filters(speaker: Annotated[Text, Query(description="part of the speaker's name")] = None,
                  search: Annotated[Text, Query(description="phrase in the quote")] = None,
                  kind: QuoteKind | None = None, speaker_country: Country = None) -> dict[str, Any]:
    """Filters of the ``quotes`` query, checked."""
    return {"speaker": speaker or None, "search": search or None, "kind": enum_value(kind),
            "speaker_country": speaker_country}
