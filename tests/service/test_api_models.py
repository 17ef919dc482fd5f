"""Cross-field rules of the request models (single-field limits are tested over HTTP)."""

from __future__ import annotations

import copy

import pytest
from pydantic import ValidationError

from serving.api import EXAMPLE_EN, ClassifyRequest, FeedbackRequest, ReturnRequest


def _refused_field(refused: pytest.ExceptionInfo[ValidationError]) -> str:
    """The field a refusal names, as the service's 422 says it (`field`: its location, dotted)."""
    (error,) = refused.value.errors()
    return ".".join(str(part) for part in error["loc"])


@pytest.mark.parametrize(
    ("fields", "message", "field"),
    [
        ({"reason_accepted": False}, "corrected_reason is required", "corrected_reason"),
        ({"reason_accepted": True, "corrected_reason": "other"}, "corrected_reason must be empty", "corrected_reason"),
        ({"reason_accepted": True, "reply_status": "edited"}, "edited_reply is required", "edited_reply"),
        ({"reason_accepted": True, "edited_reply": "Hi"}, "edited_reply is required", "edited_reply"),
        (
            {"reason_accepted": True, "reply_status": "sent_as_is", "edited_reply": "Hi"},
            "edited_reply is required",
            "edited_reply",
        ),
        ({"reason_accepted": True, "inspection_outcome": "lost"}, "Input should be", "inspection_outcome"),
        ({"reason_accepted": True, "final_decision": "refund_twice"}, "Input should be", "final_decision"),
    ],
)
def test_feedback_rules_name_the_field_they_refuse(fields: dict, message: str, field: str) -> None:
    # A rule between fields named no field ("(body)" in the 422): a client could not tell which input to fix.
    with pytest.raises(ValidationError, match=message) as refused:
        FeedbackRequest.model_validate({"return_id": "R1", "agent_id": "a"} | fields)
    assert _refused_field(refused) == field


def test_a_rule_between_fields_is_not_checked_against_a_field_already_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        FeedbackRequest.model_validate({"return_id": "R1", "agent_id": "a", "reason_accepted": "perhaps"})
    assert _refused_field(refused) == "reason_accepted"
    with pytest.raises(ValidationError) as refused:  # not also "corrected_reason must be empty unless ..."
        FeedbackRequest.model_validate(
            {"return_id": "R1", "agent_id": "a", "reason_accepted": "no", "corrected_reason": "too_large"}
        )
    assert [problem["loc"] for problem in refused.value.errors()] == [("reason_accepted",)]
    with pytest.raises(ValidationError) as refused:
        ClassifyRequest.model_validate({"texts": ["a", ""], "langs": ["en"]})
    assert _refused_field(refused) == "texts.1"


def test_feedback_accepts_a_full_record() -> None:
    record = FeedbackRequest.model_validate(
        {
            "return_id": "R1",
            "agent_id": "a",
            "reason_accepted": False,
            "corrected_reason": "too_large",
            "final_decision": "paid_return",
            "reply_status": "edited",
            "edited_reply": "Bonjour ...",
            "inspection_outcome": "worn",
        }
    )
    assert record.model_dump(mode="json")["final_decision"] == "paid_return"


@pytest.mark.parametrize(
    ("dates", "message", "field"),
    [
        ({"delivery_date": "2026-10-01T00:00:00Z"}, "delivery_date is before order_date", "delivery_date"),
        ({"request_date": "2026-10-01T00:00:00Z"}, "request_date is before order_date", "request_date"),
        # decided "Requested within the 30-day return window" on -1 days (delivery 2026-10-05T14:00Z)
        ({"request_date": "2026-10-04T00:00:00Z"}, "request_date is on a day before delivery_date", "request_date"),
    ],
)
def test_dates_must_be_in_order(dates: dict, message: str, field: str) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        ReturnRequest.model_validate(copy.deepcopy(EXAMPLE_EN) | dates)
    assert _refused_field(refused) == field


def test_a_request_made_hours_before_the_deliverys_scan_of_the_same_day_is_taken() -> None:
    # the window counts UTC days (0 here); a carrier's "delivered" scan is often posted hours late
    request = ReturnRequest.model_validate(copy.deepcopy(EXAMPLE_EN) | {"request_date": "2026-10-05T09:00:00Z"})
    assert request.request_date < request.delivery_date


def test_an_empty_history_is_refused_and_a_partial_one_counts_the_rest_as_zero() -> None:
    with pytest.raises(ValidationError, match="leave it out to use the stored history") as refused:
        ReturnRequest.model_validate(copy.deepcopy(EXAMPLE_EN) | {"customer_history": {}})
    assert _refused_field(refused) == "customer_history"
    partial = ReturnRequest.model_validate(copy.deepcopy(EXAMPLE_EN) | {"customer_history": {"returns_last_365d": 2}})
    assert partial.customer_history is not None
    assert (partial.customer_history.returns_last_365d, partial.customer_history.confirmed_abuse_count) == (2, 0)
    assert ReturnRequest.model_validate(copy.deepcopy(EXAMPLE_EN)).customer_history is None  # the stored history


def test_naive_timestamps_are_utc() -> None:
    request = ReturnRequest.model_validate(copy.deepcopy(EXAMPLE_EN) | {"order_date": "2026-10-02T09:15:00"})
    assert request.order_date.utcoffset().total_seconds() == 0


def test_classify_langs_must_match_texts() -> None:
    with pytest.raises(ValidationError, match="langs has 1 entries for 2 texts") as refused:
        ClassifyRequest.model_validate({"texts": ["a", "b"], "langs": ["en"]})
    assert _refused_field(refused) == "langs"
