"""Cross-field rules of the request models (single-field limits are tested over HTTP)."""

from __future__ import annotations

import copy

import pytest
from pydantic import ValidationError

from serving.api import EXAMPLE_EN, ClassifyRequest, FeedbackRequest, ReturnRequest


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"reason_accepted": False}, "corrected_reason is required"),
        ({"reason_accepted": True, "corrected_reason": "other"}, "corrected_reason must be empty"),
        ({"reason_accepted": True, "reply_status": "edited"}, "edited_reply is required"),
        ({"reason_accepted": True, "reply_status": "sent_as_is", "edited_reply": "Hi"}, "edited_reply is required"),
        ({"reason_accepted": True, "inspection_outcome": "lost"}, "Input should be"),
        ({"reason_accepted": True, "final_decision": "refund_twice"}, "Input should be"),
    ],
)
def test_feedback_rules(fields: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        FeedbackRequest.model_validate({"return_id": "R1", "agent_id": "a"} | fields)


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
    ("dates", "message"),
    [
        ({"delivery_date": "2026-10-01T00:00:00Z"}, "delivery_date is before order_date"),
        ({"request_date": "2026-10-01T00:00:00Z"}, "request_date is before order_date"),
    ],
)
def test_dates_must_be_in_order(dates: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ReturnRequest.model_validate(copy.deepcopy(EXAMPLE_EN) | dates)


def test_naive_timestamps_are_utc() -> None:
    request = ReturnRequest.model_validate(copy.deepcopy(EXAMPLE_EN) | {"order_date": "2026-10-02T09:15:00"})
    assert request.order_date.utcoffset().total_seconds() == 0


def test_classify_langs_must_match_texts() -> None:
    with pytest.raises(ValidationError, match="langs has 1 entries for 2 texts"):
        ClassifyRequest.model_validate({"texts": ["a", "b"], "langs": ["en"]})
