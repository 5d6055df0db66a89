"""Web dashboard and REST API over an eventwire store (``eventwire serve``)."""
from __future__ import annotations

from .app import create_app, serve

__all__ = ["create_app", "serve"]
