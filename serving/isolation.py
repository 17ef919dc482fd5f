"""One return request that cannot be triaged fails alone, never the requests batched with it.

The adaptive batcher gathers concurrent clients' requests into one batch; an exception while
assembling it (e.g. a customer whose stored history holds a date the features cannot represent)
used to fail every request of the batch with a 500. `assemble_isolated` finds the failing
requests by halving the batch, so k bad requests in a batch of n cost about k·log2(n) extra
calls, and answers each of them with its reason and the other parts unavailable, with the error
and the command that finds such rows. The other requests are answered as usual.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from decisions.policy import ListHit
from serving.api import ReasonPart, ReturnRequest, TriageResult, Unavailable

logger = logging.getLogger(__name__)

# `serving.results.ResultBuilder.greeted_results`: requests, their reasons and list hits -> one result
# and the greeted first name each.
Greeted = tuple[list[TriageResult], list[str | None]]
Assemble = Callable[[Sequence[ReturnRequest], Sequence[ReasonPart], Sequence[tuple[ListHit, ...]]], Greeted]
# The parts that need the customer's history, the policy and the models beyond the reason classifier.
ISOLATED_PARTS = ("risk", "decision", "reply")
CHECK_COMMAND = "triage history check"


def _failed(request: ReturnRequest, reason: ReasonPart, error: Exception, versions: dict[str, str]) -> TriageResult:
    why = f"return {request.return_id} could not be decided ({type(error).__name__}: {error}); run `{CHECK_COMMAND}`"
    return TriageResult(
        return_id=request.return_id,
        reason=reason,
        risk=None,
        decision=None,
        reply=None,
        model_versions=versions,
        unavailable=[Unavailable(part=part, reason=why) for part in ISOLATED_PARTS],
    )


def assemble_isolated(
    assemble: Assemble,
    requests: Sequence[ReturnRequest],
    reasons: Sequence[ReasonPart],
    list_hits: Sequence[tuple[ListHit, ...]],
    versions: dict[str, str],
) -> Greeted:
    """`assemble(requests, reasons, list_hits)`, except that a request it cannot assemble gets a
    result of its own (reason only, the rest unavailable with the error) instead of failing the batch."""
    try:
        return assemble(requests, reasons, list_hits)
    except Exception as error:
        if len(requests) == 1:
            logger.warning("return %s could not be decided: %s: %s", requests[0].return_id, type(error).__name__, error)
            return [_failed(requests[0], reasons[0], error, versions)], [None]
    middle = len(requests) // 2
    first, first_names = assemble_isolated(assemble, requests[:middle], reasons[:middle], list_hits[:middle], versions)
    rest, rest_names = assemble_isolated(assemble, requests[middle:], reasons[middle:], list_hits[middle:], versions)
    return first + rest, first_names + rest_names
