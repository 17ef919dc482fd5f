"""`/triage` is idempotent per return_id (issue 16, defect 9): the batch plan, without models."""

from __future__ import annotations

import copy

from serving.api import EXAMPLE_EN, ReturnRequest, TriageResult
from serving.idempotency import Conflict, plan_batch


def _request(return_id: str, text: str = "too small") -> ReturnRequest:
    body = copy.deepcopy(EXAMPLE_EN) | {"return_id": return_id, "reason_text": text, "customer_name": "Olivia"}
    return ReturnRequest.model_validate(body)


def _result(return_id: str) -> TriageResult:
    return TriageResult(
        return_id=return_id,
        reason=None,
        risk=None,
        decision=None,
        model_versions={},
        unavailable=[],
        reply={"subject": "Your return", "body": "Hello Olivia, ...", "lang": "en", "handover": False},
    )


def test_retries_replay_and_different_bodies_conflict() -> None:
    stored_result = _result("R-old").model_dump(mode="json")
    stored = {"R-old": ("key-old", stored_result), "R-changed": ("key-before", stored_result)}
    requests = [_request("R-new"), _request("R-old"), _request("R-changed"), _request("R-new"), _request("R-new", "x")]
    keys = ["key-new", "key-old", "key-after", "key-new", "key-other"]
    plan = plan_batch(requests, keys, stored)
    assert plan.fresh == [0]
    answers = plan.merge([_result("R-new")])
    assert answers[0] == answers[3] == _result("R-new")  # an equal request in the same batch shares the answer
    assert answers[1] == _result("R-old")  # replayed as answered
    assert answers[2] == Conflict("R-changed") and answers[4] == Conflict("R-new")
    assert "already triaged" in answers[2].message
