"""`/triage` is idempotent per `return_id`, and a call is refused whole when one of its returns conflicts.

A return is triaged once. The same request sent again (a client retrying after a timeout or a
crash) is answered with the stored answer and writes nothing; a different request for a
`return_id` already answered is a conflict (409), since a return's decision must not change
behind the agent's back. Requests are compared by a keyed fingerprint of everything they carry
(`PredictionLog.fingerprint`). Within one batch, the first request of a `return_id` is triaged and
later equal ones share its answer.

A call is checked before any of its returns is triaged (`conflicting_returns`): one conflicting
return refuses the call with 409 naming every conflicting return, and nothing of it is written.
A call that said "failed" about returns it had logged would have its client retry or give up on
writes that were acknowledged.

Workers and replicas that triage the same new `return_id` at the same instant both read an empty
log; the first to commit its claim (`PredictionLog.claim`, a primary key in the database) logs it,
the other answers from the first one's row (`BatchPlan.answer_from_log`): one row, one answer.
A claim holds the fingerprint of the request it was taken for. A call of several returns reserves
them all in one transaction before they are triaged (its claims, committed, or none when one of
them is claimed for a different request), because BentoML may triage them in different batches:
two clients racing with different bodies for one return then see one call triaged whole and the
other refused whole. A batch logs a claimed return only for the request its claim holds; the
other requests are a `Conflict`. A call of one return needs no reservation (refusing it is
refusing it whole). A reservation whose call failed is released (`PredictionLog.release`); one
left by a process killed mid-call holds its returns for the request it was taken for during
`Settings.reservation_lease_seconds` (a retry of that request is triaged, a different one refused),
then a different request for a return still not logged takes it over. A logged return stays its
request's for good. A batch that read the claims before a reservation committed may hold a call of one return with
another body ahead of the reserved body: the claim refuses the first, and the reserved body, refused within the batch,
is triaged after it (`ModelSide.triage_batch`). Only a reservation released while another call's batch was running can
still refuse part of a call; its 409 then names the returns that were logged (`conflict_message`).

A request's moments are instants: its fingerprint reads them in UTC (`request_fingerprints`), so a retry that writes
`19:30+01:00` for `18:30Z` (a client that formats in its own zone, or another client library) is the same request.
Requests logged before the fingerprint read moments so were fingerprinted as received; each such fingerprint is read
as today's of the same request (`Fingerprints.known`), so the same body sent again after the upgrade is still a
retry, not a 409.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from serving.api import ReturnRequest, TriageResult
from serving.stored_replies import with_name
from serving.stores.predictions import PredictionLog

# The fields of a request that are moments: fingerprinted in UTC.
MOMENTS = tuple(name for name, info in ReturnRequest.model_fields.items() if info.annotation is datetime)

# `PredictionLog.answered`: return_id -> (stored fingerprint, stored result).
Stored = Mapping[str, tuple[str | None, dict[str, Any]]]
# return_id -> the fingerprint of the request it was answered or claimed for (None: not recorded).
Earlier = Mapping[str, str | None]
# The first name each of some requests' replies greets (a stored reply holds a placeholder instead).
GreetedNames = Callable[[Sequence[ReturnRequest]], list[str | None]]


@dataclass(frozen=True)
class Fingerprints:
    """The fingerprints of a call's or a batch's requests, one each, and the fingerprint each request was logged under
    before moments were read in UTC when that differs (only a request holding a moment with an offset other than
    UTC's) -> its fingerprint now."""

    keys: list[str]
    earlier: dict[str, str]

    def known(self, stored: Mapping[str, str | None]) -> dict[str, str | None]:
        """`stored` (return_id -> a logged or claimed fingerprint) with the earlier fingerprints of these requests
        read as their fingerprints now."""
        return {return_id: self.earlier.get(key, key) if key else key for return_id, key in stored.items()}

    def known_answers(self, stored: Stored) -> dict[str, tuple[str | None, dict[str, Any]]]:
        """`known` of `PredictionLog.answered`'s (fingerprint, result) pairs."""
        keys = self.known({return_id: key for return_id, (key, _) in stored.items()})
        return {return_id: (keys[return_id], result) for return_id, (_, result) in stored.items()}


def request_fingerprints(log: PredictionLog, requests: Sequence[ReturnRequest]) -> Fingerprints:
    """Each request's fingerprint (`PredictionLog.fingerprint`), its moments read in UTC: `2026-10-08T19:30:00+01:00`
    and `2026-10-08T18:30:00Z` are one instant, and a retry that writes it in another offset is the same request."""
    keys, earlier = [], {}
    for request in requests:
        in_utc = request.model_copy(update={name: getattr(request, name).astimezone(UTC) for name in MOMENTS})
        key = log.fingerprint(in_utc.model_dump(mode="json"))
        received = log.fingerprint(request.model_dump(mode="json"))
        if received != key:
            earlier[received] = key
        keys.append(key)
    return Fingerprints(keys, earlier)


@dataclass(frozen=True)
class Conflict:
    """A request for a `return_id` that was answered for a different request."""

    return_id: str


def conflict_message(conflicting: Sequence[str], logged: Sequence[str] = ()) -> str:
    """The 409 of a call: which returns conflict, and (only after a race) which of its others were logged."""
    names = ", ".join(dict.fromkeys(conflicting))
    message = (
        f"return_id {names}: already triaged (or being triaged) with a different request; a return is triaged once, "
        "send the same request to get the stored answer"
    )
    if not logged:
        return message + "; nothing of this request was triaged or logged"
    return (
        message + f"; the request's other returns ({', '.join(dict.fromkeys(logged))}) were triaged and logged: "
        "send them again without the conflicting ones to get their answers"
    )


def conflicting_returns(requests: Sequence[ReturnRequest], fingerprints: Sequence[str], earlier: Earlier) -> list[str]:
    """The return ids of a call that conflict: answered or claimed for a different request (`earlier`),
    or sent twice in the call with different bodies. Empty when the call may be triaged."""
    seen: dict[str, str] = {}
    conflicting = []
    for request, key in zip(requests, fingerprints, strict=True):
        first = earlier[request.return_id] if request.return_id in earlier else seen.get(request.return_id, key)
        if first != key:
            conflicting.append(request.return_id)
        seen.setdefault(request.return_id, key)
    return list(dict.fromkeys(conflicting))


def logged_conflicts(log: PredictionLog, requests: Sequence[ReturnRequest], fingerprints: Fingerprints) -> list[str]:
    """`conflicting_returns` against what the log answered, claiming nothing."""
    with log.engine.connect() as connection:
        stored = log.answered([request.return_id for request in requests], connection)
    return conflicting_returns(
        requests, fingerprints.keys, fingerprints.known({key: fp for key, (fp, _) in stored.items()})
    )


def unlogged_problems(
    log: PredictionLog, requests: Sequence[ReturnRequest], rules: Callable[[ReturnRequest], dict[str, str]]
) -> list[tuple[str, str]]:
    """(field, problem) for each field of a call's returns that `rules` refuse (the rule for ids,
    `ReturnRequest.id_problems`; the history's quota count, `ReturnRequest.history_problems`), but those of returns the
    log answered: a return logged before the rule ("Ｒ１") is answered from the log when its request comes again, and
    refused with 409 when another does, as any logged return is. Fields are named as a body's validation names them
    (`returns.0.sku`)."""
    breaches = {index: problems for index, request in enumerate(requests) if (problems := rules(request))}
    if not breaches:
        return []
    # PostgreSQL compares no text holding NUL, and no return was logged with one
    asked = [requests[index].return_id for index in breaches if "\x00" not in requests[index].return_id]
    with log.engine.connect() as connection:
        logged = log.answered(asked, connection) if asked else {}
    return [
        (f"returns.{index}.{field}", problem)
        for index, problems in breaches.items()
        if requests[index].return_id not in logged
        for field, problem in problems.items()
    ]


def _claims(requests: Sequence[ReturnRequest], fingerprints: Sequence[str]) -> dict[str, str]:
    return {request.return_id: key for request, key in zip(requests, fingerprints, strict=True)}


def reserve(log: PredictionLog, requests: Sequence[ReturnRequest], fingerprints: Fingerprints) -> list[str]:
    """Claim every return of a call for its request, in one transaction, before any is triaged. Claims
    nothing and returns the conflicting return ids when one is claimed for a different request
    (logged or in flight) or sent twice in the call with different bodies."""
    if conflicting_returns(requests, fingerprints.keys, {}):
        # Refused without claiming anything; the log is still read so that one 409 names every conflicting
        # return, those logged for another request as well as those sent twice in the call.
        return logged_conflicts(log, requests, fingerprints)
    with log.engine.connect() as connection:
        held = fingerprints.known(log.claim(_claims(requests, fingerprints.keys), connection))
        conflicts = conflicting_returns(requests, fingerprints.keys, held)
        if conflicts:
            connection.rollback()
        else:
            connection.commit()
    return conflicts


def release(log: PredictionLog, requests: Sequence[ReturnRequest], fingerprints: Sequence[str]) -> None:
    """Give up the reservation of a call that failed: its returns not logged are free again."""
    with log.engine.begin() as connection:
        log.release(_claims(requests, fingerprints), connection)


@dataclass
class BatchPlan:
    """Which requests of a batch to triage, and the answers of the others."""

    size: int
    fresh: list[int] = field(default_factory=list)
    answers: dict[int, TriageResult | Conflict] = field(default_factory=dict)
    same_as: dict[int, int] = field(default_factory=dict)

    def answer_from_log(
        self,
        indexes: Sequence[int],
        requests: Sequence[ReturnRequest],
        fingerprints: Sequence[str],
        stored: Stored,
        greeted_names: GreetedNames,
    ) -> None:
        """Answer the requests at `indexes` from their returns' stored rows: the stored answer (the
        name put back) for the same request, a `Conflict` for a different one. These answers take
        precedence over results computed for them."""
        missing = [requests[index].return_id for index in indexes if requests[index].return_id not in stored]
        if missing:
            raise LookupError(f"returns {missing} were claimed but have no stored answer")
        names = greeted_names([requests[index] for index in indexes]) if indexes else []
        for index, name in zip(indexes, names, strict=True):
            stored_key, response = stored[requests[index].return_id]
            self.answers[index] = (
                TriageResult.model_validate(with_name(response, name))
                if stored_key == fingerprints[index]
                else Conflict(requests[index].return_id)
            )

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
    stored: Stored,
    greeted_names: GreetedNames,
    claimed: Earlier,
) -> BatchPlan:
    """Split a batch into requests to triage, retries to answer from the log and conflicts.

    Of a batch's requests for one return with different bodies, the one its claim holds is triaged (a call's
    reservation: BentoML may batch a call of one return, checked before the reservation, ahead of it), else the
    first. Keeping the first refused the reserved request within the batch and then the first at the claim: both
    calls 409, the reservation released, the return triaged by neither.

    Args:
        fingerprints: one per request (`PredictionLog.fingerprint`).
        stored: `PredictionLog.answered` for the batch's return ids.
        greeted_names: the first name each of some requests' replies greets; a stored reply holds a
            placeholder instead (`serving.stored_replies`), filled in for the retried requests.
        claimed: `PredictionLog.claimed` for the batch's return ids.
    """
    plan = BatchPlan(size=len(requests))
    retried = [index for index, request in enumerate(requests) if request.return_id in stored]
    plan.answer_from_log(retried, requests, fingerprints, stored, greeted_names)
    first_of: dict[str, tuple[int, str]] = {}
    # The requests their return's claim holds first (a stable sort), then the others in batch order.
    order = sorted(
        range(len(requests)),
        key=lambda index: claimed.get(requests[index].return_id) != fingerprints[index],
    )
    for index in order:
        request, key = requests[index], fingerprints[index]
        if index in plan.answers:
            continue
        if request.return_id in first_of:
            first, first_key = first_of[request.return_id]
            if first_key == key:
                plan.same_as[index] = first
            else:
                plan.answers[index] = Conflict(request.return_id)
        else:
            first_of[request.return_id] = (index, key)
            plan.fresh.append(index)
    plan.fresh.sort()
    return plan
