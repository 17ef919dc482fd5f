"""The console's queue: triaged returns from the prediction log, newest first, filtered and paged.

Paging is by key (`before` = the smallest log id shown so far), not by offset: each page reads
only its own rows from a (filter column, id) index, whatever its depth. Filters are validated
here, so a bad value is a 400 naming the field, never an empty page or a 500.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from pydantic import TypeAdapter, ValidationError
from sqlalchemy.engine import Connection
from starlette.datastructures import QueryParams

from decisions.policy import LIST_RULE_CODES, DecisionCode
from features.schemas import LANGUAGES
from features.taxonomy import REASON_CODES
from features.text import quoted_cut, whole_number_within
from models.risk_reasons import NO_HISTORY
from serving.api import LoggedReturnId
from serving.console.words import (
    HANDOVER_WORDS,
    REQUEST_WORDS,
    coded_words,
    decision_words,
    risk_reason_words,
    rules_to_read,
    sentence_in_words,
)
from serving.db import feedback, predictions
from serving.stores.predictions import newest_logged

TRIAGE_ENDPOINT = "triage"
COUNT_CAP = 1_000
_FLAGS = {"true": True, "false": False}


class FilterError(ValueError):
    """A queue filter with a value it cannot take; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class QueueFilters:
    """What the agent filters the queue by; None means any. Field names are the query parameters."""

    needs_review: bool | None = None
    reason: str | None = None
    risk_band: str | None = None
    decision: str | None = None
    lang: str | None = None
    handover: bool | None = None
    replied: bool | None = None
    customer: str | None = None  # the prediction log's pseudonym: one customer's returns

    def query_string(self, **extra: object) -> str:
        """The filters (and `extra` parameters) as a URL query string, without the `?`."""
        values = {field.name: getattr(self, field.name) for field in fields(self)} | extra
        return urlencode(
            {
                name: str(value).lower() if isinstance(value, bool) else value
                for name, value in values.items()
                if value is not None
            }
        )

    @property
    def active(self) -> bool:
        return any(getattr(self, field.name) is not None for field in fields(self))


def _one(params: QueryParams, name: str) -> str:
    """The parameter's value ("" when absent); the console refuses an address giving it twice
    (`serving.console.query`)."""
    return params.get(name, "").strip()


def _choice(params: QueryParams, name: str, allowed: Sequence[str]) -> str | None:
    value = _one(params, name)
    if not value:
        return None
    if value not in allowed:
        raise FilterError(name, f"{value!r} is not one of {', '.join(allowed)}")
    return value


def _flag(params: QueryParams, name: str) -> bool | None:
    value = _one(params, name).lower()
    if not value:
        return None
    if value not in _FLAGS:
        raise FilterError(name, f"{value!r} is not true or false")
    return _FLAGS[value]


# The log's customer pseudonym (`serving.stores.predictions.pseudonymise`: HMAC-SHA256, hex).
_PSEUDONYM = re.compile(r"[0-9a-f]{64}")


def _customer(params: QueryParams) -> str | None:
    value = _one(params, "customer")
    if not value:
        return None
    if not _PSEUDONYM.fullmatch(value):
        raise FilterError("customer", "is not a customer as the console links to one (the log's pseudonym)")
    return value


def parse_filters(params: QueryParams, risk_bands: Sequence[str]) -> QueueFilters:
    """Filters from query parameters (empty = any).

    Raises:
        FilterError: a value outside the taxonomy, the decisions, the languages or `risk_bands`, a
            customer that is no pseudonym.
    """
    return QueueFilters(
        needs_review=_flag(params, "needs_review"),
        reason=_choice(params, "reason", REASON_CODES),
        risk_band=_choice(params, "risk_band", risk_bands),
        decision=_choice(params, "decision", [code.value for code in DecisionCode]),
        lang=_choice(params, "lang", LANGUAGES),
        handover=_flag(params, "handover"),
        replied=_flag(params, "replied"),
        customer=_customer(params),
    )


# The query parameters of the queue's filters (the names `parse_filters` reads).
FILTER_PARAMETERS: tuple[str, ...] = tuple(field.name for field in fields(QueueFilters))
IGNORED_SHOWN = 5


@dataclass(frozen=True)
class IgnoredParameters:
    """The query parameters a console page does not take (`?staus=open`, `?reply=true`): the page shows them, and
    what was applied without them, rather than passing over them as if the link held only the rest."""

    names: tuple[str, ...]  # the first IGNORED_SHOWN, quoted as a refusal quotes a value (`quoted_cut`)
    near: tuple[str | None, ...]  # for each, the parameter it likely misspells
    more: int  # how many others were ignored

    def __bool__(self) -> bool:
        return bool(self.names)


def ignored_parameters(params: QueryParams, taken: Sequence[str]) -> IgnoredParameters:
    """The parameters of `params` whose name is not in `taken`, in the order given, each once."""
    names = list(dict.fromkeys(name for name, _value in params.multi_items() if name not in taken))
    shown = names[:IGNORED_SHOWN]
    return IgnoredParameters(
        # quoted: a name holding a bidi control (U+202E) is shown escaped, so it cannot reorder the notice
        names=tuple(quoted_cut(name) for name in shown),
        near=tuple(next(iter(difflib.get_close_matches(name, taken, n=1)), None) for name in shown),
        more=len(names) - len(shown),
    )


# The largest id SQLite's INTEGER and PostgreSQL's BIGINT hold.
# The log's id column is `sa.Integer`: 32 bits on PostgreSQL, where a larger cursor failed the query (a 500).
_MAX_LOG_ID = 2**31 - 1


def parse_cursor(params: QueryParams) -> int | None:
    """The `before` log id of a deeper page; raises FilterError unless one positive integer."""
    value = _one(params, "before")
    if not value:
        return None
    # isdigit alone admits "²" (int() refuses it), ids past the column's range failed the query and 5,000 digits
    # int() refuses to read: all were 500s.
    log_id = whole_number_within(value, 1, _MAX_LOG_ID) if value.isdigit() else None
    if log_id is None:
        raise FilterError("before", f"{quoted_cut(value)} is not a log id (a positive integer)")
    return log_id


def _conditions(filters: QueueFilters) -> list[sa.ColumnElement[bool]]:
    columns = {
        "needs_review": predictions.c.needs_review,
        "reason": predictions.c.reason_code,
        "risk_band": predictions.c.risk_band,
        "decision": predictions.c.decision_code,
        "lang": predictions.c.lang,
        "handover": predictions.c.handover,
        "customer": predictions.c.customer_pseudonym,
    }
    conditions = [predictions.c.endpoint == TRIAGE_ENDPOINT]
    for name, column in columns.items():
        value = getattr(filters, name)
        if value is not None:
            conditions.append(column == value)
    if filters.replied is not None:
        # Feedback records are cumulative: once a reply is marked sent, every later record keeps its status.
        sent = sa.exists().where(feedback.c.return_id == predictions.c.return_id, feedback.c.reply_status.is_not(None))
        conditions.append(sent if filters.replied else ~sent)
    return conditions


@dataclass(frozen=True)
class RiskReasonView:
    code: str
    words: str


# A reading the classifier gives less than this is no likely correction: a button for it is noise.
MIN_READING_PROBABILITY = 0.05


@dataclass(frozen=True)
class QueueRow:
    """One triaged return as the queue shows it (customer text is escaped by the template)."""

    log_id: int
    return_id: str
    created_at: datetime
    text: str
    lang: str | None
    product_category: str | None
    reason: str | None
    reason_confidence: float | None
    needs_review: bool | None
    risk_band: str | None
    risk_score: float | None
    risk_reasons: tuple[RiskReasonView, ...]
    decision: str | None
    decision_words: str
    rules: tuple[tuple[str, str], ...]
    handover: bool | None
    unavailable: tuple[str, ...]
    customer: str | None = None  # the log's pseudonym, never the customer's id
    handover_reasons: tuple[str, ...] = ()  # in plain words
    open_requests: tuple[str, ...] = ()  # what the customer asked that the draft does not answer, in plain words
    top3: tuple[tuple[str, float], ...] = ()  # the reason model's three likeliest readings (code, probability)

    @property
    def risk_signals(self) -> tuple[RiskReasonView, ...]:
        """The factors that raised the risk score (`NO_HISTORY` names a state, not a factor)."""
        return tuple(reason for reason in self.risk_reasons if reason.code != NO_HISTORY.code)

    @property
    def no_history(self) -> bool:
        return any(reason.code == NO_HISTORY.code for reason in self.risk_reasons)

    @property
    def allowed(self) -> bool:
        """Whether an allow-list entry decided the return (as in the lowest risk band), and no block entry."""
        codes = {code for code, _sentence in self.rules}
        return LIST_RULE_CODES["allow"] in codes and LIST_RULE_CODES["block"] not in codes

    @property
    def other_readings(self) -> tuple[tuple[str, float], ...]:
        """The model's other likely reasons (code, probability), most likely first: an agent correcting an unsure
        reason picks one in one click. Codes the taxonomy no longer holds (an older model's) and readings under
        MIN_READING_PROBABILITY are left out (the list of every reason still offers them)."""
        return tuple(
            (code, probability)
            for code, probability in self.top3
            if code != self.reason and code in REASON_CODES and probability >= MIN_READING_PROBABILITY
        )

    @property
    def reason_probability(self) -> float | None:
        """The classifier's probability of the suggested reason (its `confidence` is the confidence model's
        estimate that the answer is right, a different figure): what the next readings compare with."""
        return next((probability for code, probability in self.top3 if code == self.reason), None)

    @property
    def rules_to_read(self) -> tuple[str, ...]:
        """The sentences of the rules the queue row shows (`words.rules_to_read`)."""
        return rules_to_read(self.rules, self.risk_band)


def queue_row(log_id: int, created_at: datetime, request: Mapping[str, Any], response: Mapping[str, Any]) -> QueueRow:
    """A logged triage (request and response as stored) as a queue row."""
    reason = response.get("reason") or {}
    risk = response.get("risk") or {}
    decision = response.get("decision") or {}
    reply = response.get("reply") or {}
    return QueueRow(
        log_id=log_id,
        return_id=str(response.get("return_id") or request.get("return_id") or ""),
        created_at=created_at,
        text=str(request.get("reason_text") or ""),
        lang=request.get("lang") or reply.get("lang"),
        product_category=request.get("product_category"),
        reason=reason.get("code"),
        reason_confidence=reason.get("confidence"),
        needs_review=reason.get("needs_review"),
        risk_band=risk.get("band"),
        risk_score=risk.get("score"),
        risk_reasons=tuple(RiskReasonView(code, risk_reason_words(code)) for code in risk.get("reason_codes") or ()),
        decision=decision.get("code"),
        decision_words=decision_words(decision.get("code")),
        rules=tuple((rule["code"], sentence_in_words(rule["sentence"])) for rule in decision.get("rules") or ()),
        handover=reply.get("handover"),
        unavailable=tuple(entry["part"] for entry in response.get("unavailable") or ()),
        customer=request.get("customer_id"),
        handover_reasons=tuple(coded_words(HANDOVER_WORDS, code) for code in reply.get("handover_reasons") or ()),
        open_requests=tuple(coded_words(REQUEST_WORDS, code) for code in reply.get("requests") or ()),
        top3=tuple((top["code"], top["probability"]) for top in reason.get("top3") or ()),
    )


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    next_before: int | None  # cursor of the next (older) page, None on the last page
    total: int  # returns matching the filters, counted up to COUNT_CAP + 1
    customer_returns: dict[str, int]  # how many returns each shown row's customer has in the log (pseudonym)

    @property
    def total_words(self) -> str:
        return f"more than {COUNT_CAP:,}" if self.total > COUNT_CAP else f"{self.total:,}"


def _select_rows(filters: QueueFilters, before: int | None, limit: int) -> sa.Select:
    conditions = _conditions(filters)
    if before is not None:
        conditions.append(predictions.c.id < before)
    columns = (predictions.c.id, predictions.c.created_at, predictions.c.request, predictions.c.response)
    return sa.select(*columns).where(*conditions).order_by(predictions.c.id.desc()).limit(limit)


def queue_page(connection: Connection, filters: QueueFilters, before: int | None, size: int) -> QueuePage:
    """One page of the queue: up to `size` rows older than `before`, newest first."""
    rows = connection.execute(_select_rows(filters, before, size + 1)).all()
    # Counted up to a cap: an exact count reads every matching row of the log (137 ms for 20,000
    # unfiltered rows on SQLite), while "more than 1,000" tells the agent as much.
    matching = sa.select(predictions.c.id).where(*_conditions(filters)).limit(COUNT_CAP + 1).subquery()
    total = connection.execute(sa.select(sa.func.count()).select_from(matching)).scalar_one()
    shown = [queue_row(row.id, row.created_at, row.request, row.response) for row in rows[:size]]
    next_before = shown[-1].log_id if len(rows) > size else None
    customers = {row.customer for row in shown if row.customer}
    return QueuePage(
        rows=shown, next_before=next_before, total=total, customer_returns=customer_returns(connection, customers)
    )


def customer_returns(connection: Connection, customers: set[str]) -> dict[str, int]:
    """How many distinct returns each customer (pseudonym) has in the log: one grouped read on its index."""
    if not customers:
        return {}
    column = predictions.c.customer_pseudonym
    query = (
        sa.select(column, sa.func.count(sa.distinct(predictions.c.return_id)))
        .where(column.in_(sorted(customers)), predictions.c.endpoint == TRIAGE_ENDPOINT)
        .group_by(column)
    )
    return {customer: count for customer, count in connection.execute(query).all()}


CUSTOMER_RETURNS_SHOWN = 10


def other_returns(connection: Connection, row: QueueRow) -> list[QueueRow]:
    """The customer's other triaged returns, newest first (up to CUSTOMER_RETURNS_SHOWN): the agent sees
    what this customer sent back before and how it was decided, by the log's pseudonym alone."""
    if not row.customer:
        return []
    query = _select_rows(QueueFilters(customer=row.customer), None, 4 * CUSTOMER_RETURNS_SHOWN)
    others: dict[str, QueueRow] = {}
    for found in connection.execute(query.where(predictions.c.return_id != row.return_id)).all():
        other = queue_row(found.id, found.created_at, found.request, found.response)
        others.setdefault(other.return_id, other)  # a return logged again: its newest triage
    return list(others.values())[:CUSTOMER_RETURNS_SHOWN]


def next_in_queue(connection: Connection, filters: QueueFilters, log_id: int) -> str | None:
    """The return id after (older than) log row `log_id` in the filtered queue, if any."""
    row = connection.execute(_select_rows(filters, log_id, 1)).first()
    return None if row is None else str(row.response.get("return_id") or row.request.get("return_id"))


@dataclass(frozen=True)
class LoggedTriage:
    """One logged triage as stored: what the return page shows in full."""

    log_id: int
    created_at: datetime
    request: dict[str, Any]
    response: dict[str, Any]

    @property
    def row(self) -> QueueRow:
        return queue_row(self.log_id, self.created_at, self.request, self.response)


_RETURN_ID: TypeAdapter[str] = TypeAdapter(LoggedReturnId)


def latest_triage(connection: Connection, return_id: str) -> LoggedTriage | None:
    """The newest logged triage of a return (a retried request is logged again), or None.

    None without asking the database for an id no logged return has (`serving.api.LoggedReturnId`: one the rule
    for ids came after is still opened): PostgreSQL cannot even compare one holding NUL (the console's page of
    `R%00` was a 500).
    """
    try:
        _RETURN_ID.validate_python(return_id)
    except ValidationError:
        return None
    columns = (predictions.c.id, predictions.c.created_at, predictions.c.request, predictions.c.response)
    row = connection.execute(
        newest_logged(return_id, *columns, where=[predictions.c.endpoint == TRIAGE_ENDPOINT])
    ).first()
    if row is None:
        return None
    return LoggedTriage(row.id, row.created_at, dict(row.request), dict(row.response))
