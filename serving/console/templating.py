"""The console's Jinja2 environment: autoescaping everywhere, so customer text is always shown as text."""

from __future__ import annotations

from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape


def to_minute(timestamp: str | None) -> str:
    """A request's ISO 8601 timestamp as agents read it ("2026-01-18 00:54 UTC"); anything else as given."""
    if not timestamp:
        return ""
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    return moment.strftime("%Y-%m-%d %H:%M") + (" UTC" if moment.utcoffset() is not None else "")


templates = Environment(
    loader=PackageLoader("serving.console", "templates"), autoescape=select_autoescape(default=True)
)
templates.filters["to_minute"] = to_minute
