"""The console's Jinja2 environment: autoescaping everywhere, so customer text is always shown as text."""

from __future__ import annotations

from datetime import UTC, datetime

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from decisions.policy import LIST_HIT_SENTENCE
from features.dates import as_date
from features.taxonomy import reason_words
from features.text import MAX_REPLY_CHARS, counted
from models.reply_grammar import category_name


def to_minute(timestamp: str | None) -> str:
    """A request's ISO 8601 timestamp as agents read it ("2026-01-18 00:54 UTC"); anything else as given."""
    if not timestamp:
        return ""
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    return moment.strftime("%Y-%m-%d %H:%M") + (" UTC" if moment.utcoffset() is not None else "")


def days_after(later: str | None, earlier: str | None) -> str:
    """How many days separate two ISO 8601 timestamps ("25 days after"), by calendar day as the policy counts
    the return window (`features.dates.as_date`); empty when either is missing or unreadable."""
    try:
        days = (as_date(datetime.fromisoformat(later or "")) - as_date(datetime.fromisoformat(earlier or ""))).days
    except ValueError:
        return ""
    return f"{counted(days, 'day')} after"


def rule_html(sentence: str) -> Markup:
    """A decision rule's sentence, escaped, with the agent's name and note of a list hit each in `<bdi>`: an agent's
    words are theirs, and a direction override in them (U+202E) reversed the rest of the sentence."""
    match = LIST_HIT_SENTENCE.fullmatch(sentence)
    if match is None:
        return escape(sentence)
    parts, done = [], 0
    for start, end in (match.span(group) for group in ("added_by", "note") if match.group(group) is not None):
        parts += [escape(sentence[done:start]), Markup("<bdi>"), escape(sentence[start:end]), Markup("</bdi>")]
        done = end
    return Markup("").join([*parts, escape(sentence[done:])])


# How long before a session ends the console warns the agent (console.js): enough to finish and send a reply.
SESSION_WARNING_SECONDS = 15 * 60


def seconds_left(moment: datetime) -> int:
    """Whole seconds from now until `moment` (an aware datetime), 0 once it has passed."""
    return max(0, int((moment - datetime.now(UTC)).total_seconds()))


def category_words(code: str | None) -> str:
    """A product category as agents read it ("small_appliances" -> "small appliances"), as the rules name it."""
    return category_name(code, "en") if code else ""


templates = Environment(
    loader=PackageLoader("serving.console", "templates"), autoescape=select_autoescape(default=True)
)
templates.filters["to_minute"] = to_minute
templates.filters["days_after"] = days_after
templates.filters["reason_words"] = reason_words
templates.filters["category_words"] = category_words
templates.filters["seconds_left"] = seconds_left
templates.filters["rule_html"] = rule_html
templates.globals["session_warning_seconds"] = SESSION_WARNING_SECONDS
templates.globals["max_reply_chars"] = MAX_REPLY_CHARS
