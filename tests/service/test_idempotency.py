"""`/triage` is idempotent per return_id (issue 16, defect 9): the batch plan, without models."""

from __future__ import annotations

import copy

from serving.api import EXAMPLE_EN, ReturnRequest, TriageResult
from serving.idempotency import Conflict, plan_batch
from serving.stored_replies import with_name, without_name


def _request(return_id: str, text: str = "too small") -> ReturnRequest:
    body = copy.deepcopy(EXAMPLE_EN) | {"return_id": return_id, "reason_text": text, "customer_name": "Olivia"}
    return ReturnRequest.model_validate(body)


def _result(return_id: str, name: str = "Olivia") -> TriageResult:
    return TriageResult(
        return_id=return_id,
        reason=None,
        risk=None,
        decision=None,
        model_versions={},
        unavailable=[],
        reply={"subject": "Your return", "body": f"Hello {name}, ...", "lang": "en", "handover": False},
    )


def test_retries_replay_and_different_bodies_conflict() -> None:
    stored_result = without_name(_result("R-old").model_dump(mode="json"), "Olivia")
    assert "Olivia" not in str(stored_result) and "Hello {customer_name}, ..." in str(stored_result)
    stored = {"R-old": ("key-old", stored_result), "R-changed": ("key-before", stored_result)}
    requests = [_request("R-new"), _request("R-old"), _request("R-changed"), _request("R-new"), _request("R-new", "x")]
    keys = ["key-new", "key-old", "key-after", "key-new", "key-other"]
    plan = plan_batch(requests, keys, stored, lambda retried: [r.customer_name for r in retried])
    assert plan.fresh == [0]
    answers = plan.merge([_result("R-new")])
    assert answers[0] == answers[3] == _result("R-new")  # an equal request in the same batch shares the answer
    assert answers[1] == _result("R-old")  # replayed as answered, the name put back
    assert answers[2] == Conflict("R-changed") and answers[4] == Conflict("R-new")
    assert "already triaged" in answers[2].message


def test_names_leave_the_stored_reply_whole_words_only() -> None:
    result = _result("R1", "Ann").model_dump(mode="json")
    result["reply"]["body"] = "Hello Ann, your Annual parcel"
    stored = without_name(result, "Ann")
    assert stored["reply"]["body"] == "Hello {customer_name}, your Annual parcel"
    assert with_name(stored, "Ann") == result and with_name(stored, None) == stored
    assert without_name(result, None) == result and without_name(result | {"reply": None}, "Ann")["reply"] is None
