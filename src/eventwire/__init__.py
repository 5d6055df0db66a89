"""eventwire: political event data, attributed quotes and contradictions from news text."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import extract
from .errors import EventwireError, InputError, ModelError, OntologyError, StoreError
from .pipeline import process, process_many
from .records import (Article, ArticleResult, Contradiction, Count, DateRef, Entity, Event,
                      Location, Participant, Problem, Quote, Span)

__all__ = [  # sorted
    "Article", "ArticleResult", "Contradiction", "Count", "DateRef", "Entity", "Event",
    "EventwireError", "InputError", "Location", "ModelError", "OntologyError", "Participant",
    "Problem", "Quote", "Span", "StoreError", "extract", "process", "process_many",
]
