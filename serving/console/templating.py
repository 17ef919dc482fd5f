"""The console's Jinja2 environment: autoescaping everywhere, so customer text is always shown as text."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

templates = Environment(
    loader=PackageLoader("serving.console", "templates"), autoescape=select_autoescape(default=True)
)
