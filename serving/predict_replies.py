"""Decide and draft a reply for every request of a CSV (`triage predict replies`), through the decisions layer."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
from pydantic import TypeAdapter, ValidationError

from decisions.assembler import Assembler, ReturnCase
from decisions.policy import Policy, ReturnContext
from decisions.reason_mismatch import PICKED_PROBABILITY_CEILING, ReasonMismatch, reason_mismatch
from decisions.replies import ReplyTimes
from features.csv_input import spelled_otherwise
from features.dates import MOMENT_FORMS, as_date, before_delivery_problem, is_before_delivery
from features.history import MAX_EVENTS, HistorySummary
from features.language import resolve_languages
from features.schemas import CATEGORY_CODES, LANGUAGES
from features.tables import PADDED, padded
from features.taxonomy import REASON_CODES
from features.text import (
    FINER_THAN_CENTS,
    ZERO_MISREADS,
    amount_text,
    finer_than_cents,
    quoted_cut,
    whole_number_within,
    written_number,
    zero_misread,
)
from models.reply_drafter import ReplyCase
from serving.api import Identifier, PlainName, PlainProductName, PlainSize, Price, Timestamp
from triage.settings import get_settings

REQUIRED_COLUMNS: tuple[str, ...] = (
    "text",
    "product_category",
    "price",
    "currency",
    "delivery_date",
    "request_date",
)
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "lang",
    "reason",
    "needs_review",
    "product_name",
    "product_name_lang",
    "first_name",
    "size",
    "order_id",
    "risk_score",
    "free_returns_used",
)
# A person's words, kept as typed; every other cell is read as written (`features.tables.padded`), as the other
# CSV readers and the API read a value with a form: " 2026-11-10" was read here and refused by them.
AS_TYPED_COLUMNS: tuple[str, ...] = ("text", "product_name", "first_name")
OUTPUT_COLUMNS: tuple[str, ...] = (
    "reason",
    "picked_code",
    "decision",
    "reply_lang",
    "subject",
    "body",
    "handover",
    "handover_reasons",
    "requests",
    "check_problems",
)


class ReplyInputError(ValueError):
    """A batch of requests that cannot be drafted; the message names the column and row."""


def _parsed(frame: pd.DataFrame, column: str, parse: Callable[[str], Any], what: str, default: Any = ...) -> list[Any]:
    """Parse one column; an empty cell gives `default` (or an error when the column is required)."""
    if column not in frame.columns:
        return [default] * len(frame)
    values = []
    for row, raw in enumerate(frame[column].fillna("").astype(str).tolist(), start=2):  # 1 = header
        if not raw and default is not ...:
            values.append(default)
            continue
        try:
            values.append(parse(raw))
        except _Why as why:
            raise ReplyInputError(f"column '{column}', line {row}: {quoted_cut(raw)} is not {what}: {why}") from None
        except (TypeError, ValueError):
            raise ReplyInputError(f"column '{column}', line {row}: {quoted_cut(raw)} is not {what}") from None
    return values


class _Why(ValueError):
    """A cell refused for a reason its column's description leaves unsaid (a negative price): the message adds it."""


def _text(value: str) -> str:
    return value


def _as_requested(annotated: Any, convert: Callable[[str], Any] = str) -> Callable[[str], Any]:
    """A cell parser holding a column to the API's rule for the same request field (`serving.api`), so a
    row is refused as the request would be: an infinite price or one above max_item_price promised such
    a refund, and a first name with markup went into the draft as typed."""
    adapter: TypeAdapter[Any] = TypeAdapter(annotated)

    def parse(raw: str) -> Any:
        try:
            return adapter.validate_python(convert(raw))
        except ValidationError as error:
            first = error.errors()[0]
            if first["type"] == "string_too_long":  # said as "not plain text", as if it held markup
                raise _Why(f"it is longer than {first['ctx']['max_length']} characters, as the API takes") from None
            raise ValueError(first["msg"]) from None

    return parse


_MOMENT = _as_requested(Timestamp)


def _day(value: str) -> date:
    """The day of a date or moment, read as the API reads its dates (and the policy counts their days)."""
    return as_date(_MOMENT(value))


def _number(value: str) -> float:
    """A cell's number read as `predict risk` (pandas) reads one (`written_number`)."""
    number = written_number(value)
    if number is None:
        raise ValueError(f"{value!r} is not written as a number")
    return number


_PRICE = _as_requested(Price, _number)


def _price(value: str) -> float:
    """A price as the API reads it; a negative one is said to be negative ("from 0 to ..." left it to the reader)."""
    if _number(value) < 0:  # -0 reads as 0 here: refused by the API's rule, as written with a sign
        raise _Why("it is negative")
    misread = zero_misread(value)  # 1e-400 reads as 0.0, which the API's rule takes
    if misread is not None:
        raise _Why(ZERO_MISREADS[misread])
    if finer_than_cents(value):  # 89.000000000000000000001 reads as 89.0, which the API's rule on the double takes
        raise _Why(FINER_THAN_CENTS)
    return _PRICE(value)


def _whole_number(value: str) -> int:
    count = whole_number_within(value, 0, MAX_EVENTS)
    if count is None:
        raise ValueError(f"{value!r} is not a count from 0 to {MAX_EVENTS:,}")
    return count


def _flag(value: str) -> bool:
    if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
        raise ValueError(value)
    return value.lower() in ("true", "1", "yes")


def _language(value: str) -> str:
    if value not in LANGUAGES:
        raise ValueError(value)
    return value


def _probability(value: str) -> float:
    score = _number(value)
    if not 0.0 <= score <= 1.0:
        raise ValueError(f"{score} is outside 0..1")
    return score


@dataclass(frozen=True)
class _Reading:
    """The reason a row is decided and answered on, how sure it is, the ticked reason its text contradicts, whether
    the reason is the row's own (`given`: the customer's words overrule a tick taken as it is only where they
    contradict it and the classifier read another reason, `decisions.reason_reading.tick_reading`) and the
    classifier's own reading then (`read`: reason and confidence; None: no classifier)."""

    reason: str
    confidence: float
    unsure: bool
    mismatch: ReasonMismatch | None = None
    given: bool = False
    read: tuple[str, float] | None = None


def _reading(given: str | None, guess: Any) -> _Reading:
    """A row's reason from the ticked one (`given`) and the text's reading (`guess`, a `ReasonPrediction`)."""
    if given is None:
        return _Reading(guess.reason, guess.confidence, guess.needs_review)
    mismatch = reason_mismatch(given, guess.reason, guess.needs_review, guess.top3)
    if mismatch is not None:
        return _Reading(guess.reason, guess.confidence, False, mismatch)
    # an unsure reading that gives the ticked reason little weight either: no apology for a fault nobody read
    doubted = guess.needs_review and dict(guess.top3).get(given, 0.0) < PICKED_PROBABILITY_CEILING
    return _Reading(given, 1.0, doubted, given=True, read=(guess.reason, guess.confidence))


@dataclass(frozen=True)
class ReplyRows:
    """A batch's cells parsed and checked as the API checks a request's fields (None: not given)."""

    texts: list[str]
    langs: list[str | None]
    prices: list[float]
    delivered: list[date]
    requested: list[date]
    risks: list[float | None]
    used: list[int]
    reasons: list[str | None]
    unsure: list[bool | None]
    sizes: list[str | None]
    first_names: list[str | None]
    order_ids: list[str | None]
    product_names: list[str | None]
    product_name_langs: list[str | None]


def read_reply_rows(frame: pd.DataFrame, policy: Policy) -> ReplyRows:
    """Every cell of a batch parsed and checked; cheap, so `triage predict replies` calls it on reading the file
    and refuses a bad value before any model loads.

    Raises:
        ReplyInputError: a missing column, an unparsable value or an unknown code, naming column and line.
    """
    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise ReplyInputError(f"missing columns: {', '.join(missing)} (found: {', '.join(map(str, frame.columns))})")
    said = spelled_otherwise(frame.columns, OPTIONAL_COLUMNS)
    if said is not None:
        raise ReplyInputError(said)
    for column in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS):
        spaced = padded(frame[column]) if column in frame.columns and column not in AS_TYPED_COLUMNS else None
        if spaced is not None and spaced.any():
            row = int(spaced.to_numpy().argmax())
            raise ReplyInputError(f"column '{column}', line {row + 2}: {quoted_cut(frame[column].iloc[row])} {PADDED}")
    for column, allowed in (("product_category", CATEGORY_CODES), ("currency", tuple(policy.label_fee))):
        for row, value in enumerate(frame[column].astype(str), start=2):
            if value not in allowed:
                raise ReplyInputError(
                    f"column '{column}', line {row}: {quoted_cut(value)} is not one of {', '.join(allowed)}"
                )
    reasons = _parsed(frame, "reason", _text, "a reason code", None)
    for row, given in enumerate(reasons, start=2):
        if given is not None and given not in REASON_CODES:
            raise ReplyInputError(f"column 'reason', line {row}: {quoted_cut(given)} is not a reason code")
    day = f"a date in the accepted forms ({MOMENT_FORMS}) from shop_founded to now"
    price = f"a price from 0 to {amount_text(get_settings().max_item_price)} (max_item_price), in cents"
    plain = "plain text (no markup, control characters, U+FFFD or noncharacters)"
    languages = f"one of {', '.join(LANGUAGES)}"
    delivered, requested = _parsed(frame, "delivery_date", _day, day), _parsed(frame, "request_date", _day, day)
    for row, (came, asked) in enumerate(zip(delivered, requested, strict=True), start=2):
        if is_before_delivery(asked, came):
            said = f"{quoted_cut(str(frame['request_date'].iloc[row - 2]))} {before_delivery_problem('delivery_date')}"
            raise ReplyInputError(f"column 'request_date', line {row}: {said}")
    return ReplyRows(
        texts=frame["text"].fillna("").astype(str).tolist(),
        langs=_parsed(frame, "lang", _language, languages, None),
        prices=_parsed(frame, "price", _price, price),
        delivered=delivered,
        requested=requested,
        risks=_parsed(frame, "risk_score", _probability, "a risk score between 0 and 1", None),
        used=_parsed(frame, "free_returns_used", _whole_number, f"a whole number from 0 to {MAX_EVENTS:,}", 0),
        reasons=reasons,
        unsure=_parsed(frame, "needs_review", _flag, "true or false", None),
        sizes=_parsed(frame, "size", _as_requested(PlainSize), plain, None),
        first_names=_parsed(frame, "first_name", _as_requested(PlainName), plain, None),
        order_ids=_parsed(frame, "order_id", _as_requested(Identifier), plain, None),
        product_names=_parsed(frame, "product_name", _as_requested(PlainProductName), plain, None),
        product_name_langs=_parsed(frame, "product_name_lang", _language, languages, None),
    )


def draft_replies_frame(
    frame: pd.DataFrame,
    drafter: Any,
    policy: Policy,
    times: ReplyTimes,
    reason_model: Any | None = None,
    batch_size: int = 256,
    on_batch: Callable[[int], None] | None = None,
) -> pd.DataFrame:
    """Decide and draft a reply for every request of a CSV-like frame (`triage predict replies`).

    Each row needs `REQUIRED_COLUMNS`; `reason` may be given (else `reason_model` predicts it, with
    `needs_review` when unsure; a given reason is sure unless `needs_review` says otherwise), and
    `risk_score`/`free_returns_used` feed the policy when known. A given reason is the one the customer
    ticked: with `reason_model`, the text is read too, and when it clearly says something else
    (`decisions.reason_mismatch`, as the service reads a ticked `reason_code`) the reply follows the
    text, the decision is taken under both readings and `picked_code` names the ticked reason; when the
    reading is unsure and does not support the ticked reason either, the reply acknowledges neutrally. Words that
    deny the fault a ticked reason claims ("it arrived in perfect condition"), or tell of the size and of no fault as
    the reading reads a size too, contradict a tick the reading did not give (`decisions.reason_reading.tick_reading`)
    the same way.
    Without `product_name` the reply names the item by a noun of its category; `product_name_lang` is the
    name's language (English by default).
    Every draft is checked; the checker's problems are written next to it (an empty list means it
    passed). `on_batch` is called with the number of replies drafted after each batch (progress bars).
    When `reason_model` predicts reasons, `drafter` shares its embedder if both use the same model, so
    each text is embedded once.

    Raises:
        ReplyInputError: a missing column, an unparsable value or an unknown code, naming column and line.
    """
    rows = read_reply_rows(frame, policy)
    langs = resolve_languages(rows.texts, rows.langs)
    if reason_model is None and any(reason is None for reason in rows.reasons):
        raise ReplyInputError("some rows have no 'reason' and no reason classifier is available to predict it")
    if reason_model is None:
        readings = [_Reading(str(reason), 1.0, False, given=True) for reason in rows.reasons]
    else:
        predicted = reason_model.predict_reasons(rows.texts, langs, rows.reasons)
        # Same embedding model: the drafter reads the vectors just computed instead of embedding again.
        drafter.share_embedder(getattr(reason_model, "embedder_", None))
        readings = [_reading(given, guess) for given, guess in zip(rows.reasons, predicted, strict=True)]

    cases = [
        ReturnCase(
            ReturnContext(
                str(frame["product_category"].iloc[index]),
                rows.prices[index],
                str(frame["currency"].iloc[index]),
                rows.delivered[index],
                rows.requested[index],
            ),
            readings[index].reason,
            readings[index].confidence,
            ReplyCase(
                text=rows.texts[index],
                lang=langs[index],
                reason=readings[index].reason,
                product_name=rows.product_names[index],
                product_category=str(frame["product_category"].iloc[index]),
                first_name=rows.first_names[index],
                size=rows.sizes[index],
                order_id=rows.order_ids[index],
                product_name_lang=rows.product_name_langs[index] if rows.product_names[index] else None,
                needs_review=rows.unsure[index] if rows.unsure[index] is not None else readings[index].unsure,
            ),
            text=rows.texts[index],
            mismatch=readings[index].mismatch,
            reason_given=readings[index].given,
            ticked=rows.reasons[index],
            classifier_read=readings[index].read,
        )
        for index in range(len(frame))
    ]
    history = [HistorySummary(free_returns_used=count) for count in rows.used]
    assembler = Assembler(policy, times, drafter=drafter)
    assessments = []
    for start in range(0, len(cases), batch_size):
        stop = start + batch_size
        assessments += assembler.assemble(cases[start:stop], history[start:stop], risk_scores=rows.risks[start:stop])
        if on_batch is not None:
            on_batch(len(assessments) - start)
    drafts = [assessment.draft for assessment in assessments]
    output = pd.DataFrame(
        {
            "reason": [
                assessment.acted_reason(reading.reason)
                for reading, assessment in zip(readings, assessments, strict=True)
            ],
            "picked_code": [assessment.mismatch.picked if assessment.mismatch else "" for assessment in assessments],
            "decision": [str(assessment.decision.code) for assessment in assessments],
            "reply_lang": [draft.lang for draft in drafts],
            "subject": [draft.subject for draft in drafts],
            "body": [draft.body for draft in drafts],
            "handover": [draft.handover for draft in drafts],
            "handover_reasons": [";".join(draft.handover_reasons) for draft in drafts],
            "requests": [";".join(draft.requests) for draft in drafts],
            "check_problems": [json.dumps(assessment.reply_problems, ensure_ascii=False) for assessment in assessments],
        },
        index=frame.index,
    )
    return pd.concat([frame.drop(columns=[c for c in OUTPUT_COLUMNS if c in frame.columns]), output], axis=1)
