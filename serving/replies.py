"""Turn a policy `Decision` into the facts a reply states (`ReplyFacts`).

The decision carries amounts, the processing time and the rules that fired; a reply needs dates a
customer can plan with and the policy clause in words of their language. This mapping is the one
place that turns one into the other, so the drafter, the checker and the service agree on every
fact.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd

from features.history import HistorySummary
from features.schemas import PRODUCT_CATEGORIES
from models.reply_drafter import ReplyCase, ReplyFacts
from models.reply_grammar import add_business_days, category_name, neighbouring_size
from serving.policy import Decision, Policy, ReturnContext, decide
from triage.settings import Settings, get_settings

SIZED_CATEGORIES = frozenset(category.code for category in PRODUCT_CATEGORIES if category.sized)

# Rule codes of `serving.policy.decide` → the plain-words clause a reply cites (reply_grammar.CLAUSES).
_CLAUSE_BY_RULE = {
    "NON_RETURNABLE_CATEGORY": "non_returnable",
    "OUTSIDE_RETURN_WINDOW": "outside_window",
    "RISK_BAND_NO_FREE_RETURN": "risk_band",
    "CATEGORY_NOT_FREE": "category_not_free",
    "FREE_QUOTA_EXHAUSTED": "quota_used",
}


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def reply_facts(
    decision: Decision,
    request: ReturnContext,
    reason: str,
    size: str | None = None,
    settings: Settings | None = None,
) -> ReplyFacts:
    """The facts a reply to this request states, all derived from the decision and the request.

    Refund dates run from the request date: for a return, the parcel's transit time
    (`Settings.reply_transit_days`) plus the policy's processing days; for `keep_item`, the
    processing days alone. A reply to `reject` or `manual_review` promises no refund.

    Args:
        decision: the policy decision for this request.
        request: the request's category, price, currency and dates.
        reason: the reason code the decision used (size issues get a suggested exchange size).
        size: the size ordered, if any.
        settings: defaults to the process settings.
    """
    settings = settings or get_settings()
    code = str(decision.code)
    requested = _as_date(request.request_date)
    low, high = decision.refund_days
    refunds = code in ("free_return", "paid_return", "keep_item")
    sends_back = code in ("free_return", "paid_return")
    transit_low, transit_high = settings.reply_transit_days if sends_back else (0, 0)

    clause_key = next((_CLAUSE_BY_RULE[rule] for rule in decision.rule_codes if rule in _CLAUSE_BY_RULE), None)
    clause_values: dict[str, object] = {}
    if clause_key == "outside_window" and decision.return_by is not None:
        clause_values = {
            "window_days": (decision.return_by - _as_date(request.delivery_date)).days,
            "window_end": decision.return_by,
        }
    alternative_key = ("guarantee" if clause_key == "non_returnable" else "dispute") if code == "reject" else None
    return ReplyFacts(
        decision=code,
        currency=decision.currency,
        status_url=decision.status_url,
        refund_amount=round(decision.refund_amount, 2) if refunds else None,
        refund_days=(low, high),
        refund_from=add_business_days(requested, transit_low + low) if refunds else None,
        refund_to=add_business_days(requested, transit_high + high) if refunds else None,
        label_fee=round(decision.label_fee, 2) if sends_back else 0.0,
        free_label=code == "free_return" and decision.label_fee == 0,
        exchange_offered=decision.exchange_offered,
        suggested_size=neighbouring_size(size, reason, request.product_category) if decision.exchange_offered else None,
        return_by=requested + timedelta(days=settings.reply_send_back_days) if sends_back else None,
        review_by=add_business_days(requested, settings.reply_review_days) if code == "manual_review" else None,
        clause_key=clause_key if code in ("reject", "paid_return") else None,
        clause_values=clause_values,
        alternative_key=alternative_key,
    )


def size_from_sku(sku: str | None, category: str) -> str | None:
    """The size encoded at the end of a SKU (`P10056-S`, `P10097-W29`, `SHO-0042-39`) for sized categories."""
    if not sku or category not in SIZED_CATEGORIES or "-" not in sku:
        return None
    size = sku.rsplit("-", 1)[1].strip().upper()
    return size if re.fullmatch(r"[0-9]?X{0,3}[SML]|W?\d{2,3}|\d{2,3}[A-H]", size) else None


def reply_case(
    text: str,
    lang: str,
    reason: str,
    product_category: str,
    product_name: str | None = None,
    customer_name: str | None = None,
    sku: str | None = None,
    order_id: str | None = None,
) -> ReplyCase:
    """The reply case for one request as the service receives it.

    Without a catalogue name the reply names the product by its category in the customer's
    language ("shoes", "chaussures"); the size comes from the SKU.
    """
    return ReplyCase(
        text=text,
        lang=lang,
        reason=reason,
        product_name=product_name or category_name(product_category, lang),
        product_category=product_category,
        first_name=customer_name,
        size=size_from_sku(sku, product_category),
        order_id=order_id,
    )


REQUIRED_COLUMNS: tuple[str, ...] = (
    "text",
    "product_name",
    "product_category",
    "price",
    "currency",
    "delivery_date",
    "request_date",
)
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "lang",
    "reason",
    "first_name",
    "size",
    "order_id",
    "risk_score",
    "free_returns_used",
)
OUTPUT_COLUMNS: tuple[str, ...] = (
    "reason",
    "decision",
    "reply_lang",
    "subject",
    "body",
    "handover",
    "handover_reasons",
    "check_problems",
)


class ReplyInputError(ValueError):
    """A batch of requests that cannot be drafted; the message names the column and row."""


def _parsed(frame: pd.DataFrame, column: str, parse: Callable[[str], Any], what: str, default: Any = ...) -> list[Any]:
    """Parse one column; an empty cell gives `default` (or an error when the column is required)."""
    if column not in frame.columns:
        return [default] * len(frame)
    values = []
    for row, raw in enumerate(frame[column].fillna("").astype(str).str.strip().tolist(), start=2):  # 1 = header
        if not raw and default is not ...:
            values.append(default)
            continue
        try:
            values.append(parse(raw))
        except (TypeError, ValueError):
            raise ReplyInputError(f"column '{column}', line {row}: {raw!r} is not {what}") from None
    return values


def _text(value: str) -> str:
    return value


def _probability(value: str) -> float:
    score = float(value)
    if not 0.0 <= score <= 1.0:
        raise ValueError(f"{score} is outside 0..1")
    return score


def draft_replies_frame(
    frame: pd.DataFrame,
    drafter: Any,
    policy: Policy,
    settings: Settings,
    reason_model: Any | None = None,
    batch_size: int = 256,
    on_batch: Callable[[int], None] | None = None,
) -> pd.DataFrame:
    """Decide and draft a reply for every request of a CSV-like frame (`triage predict replies`).

    Each row needs `REQUIRED_COLUMNS`; `reason` may be given (else `reason_model` predicts it), and
    `risk_score`/`free_returns_used` feed the policy when known. Every draft is checked; the
    checker's problems are written next to it (an empty list means it passed). `on_batch` is called
    with the number of replies drafted after each batch (progress bars). When `reason_model` predicts
    reasons, `drafter` shares its embedder if both use the same model, so each text is embedded once.

    Raises:
        ReplyInputError: a missing column, an unparsable value or an unknown code, naming column and line.
    """
    from features.language import resolve_languages
    from features.schemas import CATEGORY_CODES
    from features.taxonomy import REASON_CODES
    from models.reply_checker import check

    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise ReplyInputError(f"missing columns: {', '.join(missing)} (found: {', '.join(map(str, frame.columns))})")
    texts = frame["text"].fillna("").astype(str).tolist()
    langs = resolve_languages(texts, _parsed(frame, "lang", _text, "a language", None))
    prices = _parsed(frame, "price", float, "a price")
    delivered = _parsed(frame, "delivery_date", date.fromisoformat, "a date (YYYY-MM-DD)")
    requested = _parsed(frame, "request_date", date.fromisoformat, "a date (YYYY-MM-DD)")
    risks = _parsed(frame, "risk_score", _probability, "a risk score between 0 and 1", None)
    used = _parsed(frame, "free_returns_used", int, "a whole number", 0)
    for column, allowed in (("product_category", CATEGORY_CODES), ("currency", tuple(policy.label_fee))):
        for row, value in enumerate(frame[column].astype(str), start=2):
            if value not in allowed:
                raise ReplyInputError(f"column '{column}', line {row}: {value!r} is not one of {', '.join(allowed)}")
    given_reasons = _parsed(frame, "reason", _text, "a reason code", None)
    if all(reason is not None for reason in given_reasons):
        reasons, confidences = [str(reason) for reason in given_reasons], [1.0] * len(frame)
    elif reason_model is None:
        raise ReplyInputError("some rows have no 'reason' and no reason classifier is available to predict it")
    else:
        predicted = reason_model.predict_reasons(texts, langs)
        # Same embedding model: the drafter reads the vectors just computed instead of embedding again.
        drafter.share_embedder(getattr(reason_model, "embedder_", None))
        reasons = [given or guess.reason for given, guess in zip(given_reasons, predicted, strict=True)]
        confidences = [
            1.0 if given else guess.confidence for given, guess in zip(given_reasons, predicted, strict=True)
        ]
    for row, reason in enumerate(reasons, start=2):
        if reason not in REASON_CODES:
            raise ReplyInputError(f"column 'reason', line {row}: {reason!r} is not a reason code")

    sizes, first_names, order_ids = (
        _parsed(frame, column, _text, "text", None) for column in ("size", "first_name", "order_id")
    )
    cases, facts = [], []
    for index in range(len(frame)):
        request = ReturnContext(
            str(frame["product_category"].iloc[index]),
            prices[index],
            str(frame["currency"].iloc[index]),
            delivered[index],
            requested[index],
        )
        decision = decide(
            request,
            reasons[index],
            confidences[index],
            risks[index],
            [],
            HistorySummary(free_returns_used=used[index]),
            policy,
        )
        facts.append(reply_facts(decision, request, reasons[index], sizes[index], settings))
        cases.append(
            ReplyCase(
                text=texts[index],
                lang=langs[index],
                reason=reasons[index],
                product_name=str(frame["product_name"].iloc[index]),
                product_category=request.product_category,
                first_name=first_names[index],
                size=sizes[index],
                order_id=order_ids[index],
            )
        )
    drafts = []
    for start in range(0, len(cases), batch_size):
        drafts += drafter.draft_many(cases[start : start + batch_size], facts[start : start + batch_size])
        if on_batch is not None:
            on_batch(len(drafts) - start)
    known_names = getattr(drafter, "name_fingerprints_", ())
    output = pd.DataFrame(
        {
            "reason": reasons,
            "decision": [fact.decision for fact in facts],
            "reply_lang": [draft.lang for draft in drafts],
            "subject": [draft.subject for draft in drafts],
            "body": [draft.body for draft in drafts],
            "handover": [draft.handover for draft in drafts],
            "handover_reasons": [";".join(draft.handover_reasons) for draft in drafts],
            "check_problems": [
                json.dumps(check(draft, fact, case, known_names), ensure_ascii=False)
                for draft, fact, case in zip(drafts, facts, cases, strict=True)
            ],
        },
        index=frame.index,
    )
    return pd.concat([frame.drop(columns=[c for c in OUTPUT_COLUMNS if c in frame.columns]), output], axis=1)
