"""One return that cannot be triaged fails alone, never its batch-mates (issue 16, defect 1: a customer
with a stored return dated 1600 made every batch holding one of their requests answer 500)."""

from __future__ import annotations

import copy
from collections.abc import Sequence

import pytest

from decisions.policy import ListHit
from serving.api import EXAMPLE_EN, ReasonPart, ReturnRequest, TopReason, TriageResult
from serving.isolation import assemble_isolated

REASON = ReasonPart(
    code="too_small",
    family="fit",
    confidence=0.9,
    top3=[TopReason(code="too_small", probability=0.9)],
    needs_review=False,
)


def _request(number: int, customer: str = "C1") -> ReturnRequest:
    return ReturnRequest.model_validate(
        copy.deepcopy(EXAMPLE_EN) | {"return_id": f"R{number}", "customer_id": customer}
    )


class Assembler:
    """Fails any batch holding a request of customer `poisoned`; counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(
        self, requests: Sequence[ReturnRequest], reasons: Sequence[ReasonPart], hits: Sequence[tuple[ListHit, ...]]
    ) -> tuple[list[TriageResult], list[str | None]]:
        self.calls += 1
        if any(request.customer_id == "poisoned" for request in requests):
            raise ValueError("returns.request_ts holds 1600-01-03")
        results = [
            TriageResult(
                return_id=r.return_id,
                reason=reason,
                risk=None,
                decision=None,
                reply=None,
                model_versions={"m": "1"},
                unavailable=[],
            )
            for r, reason, _ in zip(requests, reasons, hits, strict=True)
        ]
        return results, [r.customer_id for r in requests]


@pytest.mark.parametrize("bad", [[], [0], [5], [0, 31], [3, 4, 17]])
def test_only_the_failing_requests_fail(bad: list[int]) -> None:
    requests = [_request(n, "poisoned" if n in bad else f"C{n}") for n in range(32)]
    assembler = Assembler()
    results, names = assemble_isolated(assembler, requests, [REASON] * 32, [()] * 32, {"m": "1"})
    assert [result.return_id for result in results] == [r.return_id for r in requests]
    assert names == [None if n in bad else f"C{n}" for n in range(32)]
    for number, result in enumerate(results):
        parts = {entry.part for entry in result.unavailable}
        if number in bad:
            assert result.reason == REASON and result.decision is None and result.risk is None and result.reply is None
            assert parts == {"risk", "decision", "reply"}
            assert all(
                "1600-01-03" in entry.reason and "triage history check" in entry.reason for entry in result.unavailable
            )
        else:
            assert parts == set()
    # Halving finds each bad request in about log2(32) calls, not one call per request.
    assert assembler.calls <= 1 + 2 * 5 * max(len(bad), 1)
