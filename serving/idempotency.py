"""`/triage` is idempotent per `return_id`.

A return is triaged once. The same request sent again (a client retrying after a timeout or a
crash) is answered with the stored answer and writes nothing; a different request for a
`return_id` already answered is a conflict (409), since a return's decision must not change
behind the agent's back. Requests are compared by a keyed fingerprint of everything they carry
(`PredictionLog.fingerprint`). Within one batch, the first request of a `return_id` is triaged and
later equal ones share its answer.

Two workers triaging the same new `return_id` at the same instant can both store it: the check
reads the log before the batch runs. Retries come after an answer (or a timeout), not at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from serving.api import ReturnRequest, TriageResult
from serving.stored_replies import with_name


@dataclass(frozen=True)
class Conflict:
    """A request for a `return_id` that was answered for a different request."""

    return_id: str

    @property
    def message(self) -> str:
        return (
            f"return {self.return_id} was already triaged with a different request: a return is triaged once; "
            "send the same request to get the stored answer"
        )


@dataclass
class BatchPlan:
    """Which requests of a batch to triage, and the answers of the others."""

    size: int
    fresh: list[int] = field(default_factory=list)
    answers: dict[int, TriageResult | Conflict] = field(default_factory=dict)
    same_as: dict[int, int] = field(default_factory=dict)

    def merge(self, computed: Sequence[TriageResult]) -> list[TriageResult | Conflict]:
        """Every request's answer, in order, given the results of the `fresh` ones (in their order)."""
        if len(computed) != len(self.fresh):
            raise ValueError(f"{len(computed)} results for {len(self.fresh)} fresh requests")
        answers: dict[int, TriageResult | Conflict] = dict(zip(self.fresh, computed, strict=True)) | self.answers
        for index, first in self.same_as.items():
            answers[index] = answers[first]
        return [answers[index] for index in range(self.size)]


def plan_batch(
    requests: Sequence[ReturnRequest],
    fingerprints: Sequence[str],
    stored: Mapping[str, tuple[str | None, dict[str, Any]]],
    greeted_names: Callable[[Sequence[ReturnRequest]], list[str | None]],
) -> BatchPlan:
    """Split a batch into requests to triage, retries to answer from the log and conflicts.

    Args:
        fingerprints: one per request (`PredictionLog.fingerprint`).
        stored: `PredictionLog.answered` for the batch's return ids.
        greeted_names: the first name each of some requests' replies greets; a stored reply holds a
            placeholder instead (`serving.stored_replies`), filled in for the retried requests.
    """
    retried = [index for index, request in enumerate(requests) if request.return_id in stored]
    names = dict(zip(retried, greeted_names([requests[index] for index in retried]), strict=True)) if retried else {}
    plan = BatchPlan(size=len(requests))
    first_of: dict[str, tuple[int, str]] = {}
    for index, (request, key) in enumerate(zip(requests, fingerprints, strict=True)):
        if request.return_id in stored:
            stored_key, response = stored[request.return_id]
            plan.answers[index] = (
                TriageResult.model_validate(with_name(response, names[index]))
                if stored_key == key
                else Conflict(request.return_id)
            )
        elif request.return_id in first_of:
            first, first_key = first_of[request.return_id]
            if first_key == key:
                plan.same_as[index] = first
            else:
                plan.answers[index] = Conflict(request.return_id)
        else:
            first_of[request.return_id] = (index, key)
            plan.fresh.append(index)
    return plan
