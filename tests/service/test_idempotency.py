"""`/triage` is idempotent per return_id (issue 16, defect 9): the batch plan without models, a call
refused whole when one of its returns conflicts, and two model sides on one database (two workers or
replicas) logging a return once."""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from serving import idempotency
from serving.api import EXAMPLE_EN, ReturnRequest, TriageResult
from serving.idempotency import (
    Conflict,
    Fingerprints,
    conflict_message,
    conflicting_returns,
    plan_batch,
    release,
    request_fingerprints,
    reserve,
)
from serving.model_side import ModelSide
from serving.stored_replies import with_name, without_name
from serving.stores.predictions import PredictionLog
from tests.service.conftest import TINY_REASON_MODEL, age_claims
from triage.settings import Settings


def _request(return_id: str, text: str = "too small", **fields: Any) -> ReturnRequest:
    body = copy.deepcopy(EXAMPLE_EN) | {"return_id": return_id, "reason_text": text, "customer_name": "Olivia"}
    return ReturnRequest.model_validate(body | fields)


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
    plan = plan_batch(requests, keys, stored, lambda retried: [r.customer_name for r in retried], {})
    assert plan.fresh == [0]
    answers = plan.merge([_result("R-new")])
    assert answers[0] == answers[3] == _result("R-new")  # an equal request in the same batch shares the answer
    assert answers[1] == _result("R-old")  # replayed as answered, the name put back
    assert answers[2] == Conflict("R-changed") and answers[4] == Conflict("R-new")


def test_a_call_conflicts_on_every_return_answered_or_sent_twice_differently() -> None:
    stored = {"R-old": "key-old", "R-changed": "key-before"}
    requests = [_request(r) for r in ("R-new", "R-old", "R-changed", "R-twice", "R-twice", "R-same", "R-same")]
    keys = ["key-new", "key-old", "key-after", "key-1", "key-2", "key-3", "key-3"]
    assert conflicting_returns(requests, keys, stored) == ["R-changed", "R-twice"]
    assert conflicting_returns(requests[:2] + requests[5:], keys[:2] + keys[5:], stored) == []
    message = conflict_message(["R-changed", "R-twice"])
    assert "return_id R-changed, R-twice: already triaged (or being triaged)" in message
    assert "nothing of this request" in message
    late = conflict_message(["R-changed"], ["R-new", "R-old"])
    assert "other returns (R-new, R-old) were triaged and logged" in late


def test_names_leave_the_stored_reply_whole_words_only() -> None:
    result = _result("R1", "Ann").model_dump(mode="json")
    result["reply"]["body"] = "Hello Ann, your Annual parcel"
    stored = without_name(result, "Ann")
    assert stored["reply"]["body"] == "Hello {customer_name}, your Annual parcel"
    assert with_name(stored, "Ann") == result and with_name(stored, None) == stored
    assert without_name(result, None) == result and without_name(result | {"reply": None}, "Ann")["reply"] is None


def test_a_claim_waits_for_the_claim_of_an_open_transaction(engine: Engine) -> None:
    """Two batches committing one new return at once: the second sees the first's claim once it commits."""
    log = PredictionLog(engine, b"key")
    with engine.begin() as connection:
        assert log.claim({"R1": "k1", "R2": "k2"}, connection) == {}
    taken: list[dict[str, str | None]] = []

    def claim_in_another_batch() -> None:
        with engine.connect() as later:  # its own connection, in its own thread (SQLite's rule)
            taken.append(log.claim({"R4": "k4", "R3": "k3-other"}, later))
            later.commit()

    with engine.connect() as holding:
        transaction = holding.begin()
        assert log.claim({"R3": "k3", "R2": "k2"}, holding) == {"R2": "k2"}
        second = threading.Thread(target=claim_in_another_batch)
        second.start()
        second.join(timeout=1)
        assert second.is_alive() and not taken  # waits on R3 (PostgreSQL: the row's lock; SQLite: the write lock)
        transaction.commit()
    second.join(timeout=15)
    assert taken == [{"R3": "k3"}]  # claimed for the first batch's request
    with engine.connect() as connection:
        claims = connection.execute(sa.text("SELECT return_id FROM triage_claims ORDER BY return_id")).scalars()
        assert list(claims) == ["R1", "R2", "R3", "R4"]


@pytest.fixture
def two_workers(engine: Engine, tiny_reason_registry: str, tmp_path: Path) -> Iterator[tuple[ModelSide, ModelSide]]:
    """Two model sides on one database, as two workers or two replicas (one pseudonym key)."""
    url = engine.url.render_as_string(hide_password=False)
    sides = tuple(
        ModelSide(
            Settings(
                state_dir=tmp_path / name,
                database_url=url,
                mlflow_tracking_uri=tiny_reason_registry,
                reason_model_name=TINY_REASON_MODEL,
                pseudonym_key="shared",
            )
        )
        for name in ("a", "b")
    )
    yield sides
    for side in sides:
        side.database.dispose()


def _read_before_the_other_committed(side: ModelSide, monkeypatch: pytest.MonkeyPatch) -> None:
    """The side's next batch reads an empty log, as when both workers read before either committed."""
    answered = side.log.answered
    calls = iter([lambda ids, connection: {}])
    monkeypatch.setattr(side.log, "answered", lambda ids, connection: next(calls, answered)(ids, connection))


def test_two_workers_triaging_one_return_at_once_log_it_once(two_workers, engine, monkeypatch) -> None:
    a, b = two_workers
    request, other = _request("RW1", customer_id="CW1"), _request("RW2", customer_id="CW2")
    (first,) = a.triage_batch([request])
    _read_before_the_other_committed(b, monkeypatch)
    second, answer = b.triage_batch([request, other])
    assert isinstance(first, TriageResult) and second == first  # the first commit's answer, the name put back
    assert isinstance(answer, TriageResult) and answer.return_id == "RW2"
    _read_before_the_other_committed(b, monkeypatch)
    (changed,) = b.triage_batch([_request("RW1", price=12.5)])
    assert changed == Conflict("RW1")
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT return_id, count(*) FROM predictions WHERE endpoint = 'triage' GROUP BY return_id")
        ).all()
        history = connection.execute(sa.text("SELECT count(*) FROM returns WHERE return_id = 'RW1'")).scalar_one()
    assert sorted(rows) == [("RW1", 1), ("RW2", 1)] and history == 1


def _fingerprints(side: ModelSide, call: list[ReturnRequest]) -> Fingerprints:
    return request_fingerprints(side.log, call)


def _logged(engine: Engine) -> list[tuple[str, int]]:
    with engine.connect() as connection:
        query = "SELECT return_id, count(*) FROM predictions WHERE endpoint = 'triage' GROUP BY return_id"
        return sorted(tuple(row) for row in connection.execute(sa.text(query)))


def test_calls_racing_with_different_bodies_are_each_triaged_or_refused_whole(two_workers, engine, monkeypatch) -> None:
    """Call X (RX1, RX2) and call Y (RX2 with another body, RX3) both found nothing logged. X's returns
    may be triaged in two batches; Y's RX2, committed between them, refused X in part (RX1 logged, RX2
    409). A call of several returns now reserves them first: X is triaged whole, Y refused whole."""
    a, b = two_workers
    x = [_request("RX1", customer_id="CX1"), _request("RX2", customer_id="CX2")]
    y = [_request("RX2", customer_id="CX2", price=12.5), _request("RX3", customer_id="CX3")]
    assert reserve(a.log, x, _fingerprints(a, x)) == []
    assert reserve(b.log, y, _fingerprints(b, y)) == ["RX2"]
    assert reserve(b.log, x, _fingerprints(b, x)) == []  # the same call again (a retry) keeps its claims
    # Y's RX2 alone (a call of one return: its log check passed, nothing was logged) reaches a batch first
    assert b.triage_batch([y[0]]) == [Conflict("RX2")]
    (first,) = a.triage_batch([x[0]])
    _read_before_the_other_committed(b, monkeypatch)  # X's retry, on the other worker, read an empty log
    second, again = b.triage_batch([x[1], x[0]])
    assert isinstance(first, TriageResult) and again == first and isinstance(second, TriageResult)
    assert _logged(engine) == [("RX1", 1), ("RX2", 1)]
    with engine.connect() as connection:  # Y's other return was not kept claimed by its refused call
        claimed = connection.execute(sa.text("SELECT return_id FROM triage_claims ORDER BY return_id")).scalars()
        assert list(claimed) == ["RX1", "RX2"]


def test_a_failed_calls_reservation_is_released(two_workers, engine) -> None:
    a, _ = two_workers
    x = [_request("RF1", customer_id="CF1"), _request("RF2", customer_id="CF2")]
    y = [_request("RF2", customer_id="CF2", price=12.5), _request("RF3", customer_id="CF3")]
    assert reserve(a.log, x, _fingerprints(a, x)) == []
    (logged,) = a.triage_batch([x[0]])  # the call's first batch committed, its second failed
    release(a.log, x, _fingerprints(a, x).keys)
    assert reserve(a.log, y, _fingerprints(a, y)) == []  # RF2 is free again; RF1 stays logged
    changed = [_request("RF1", customer_id="CF1", price=1.5), _request("RF4", customer_id="CF4")]
    assert reserve(a.log, changed, _fingerprints(a, changed)) == ["RF1"]
    assert isinstance(logged, TriageResult) and _logged(engine) == [("RF1", 1)]


def test_a_killed_calls_reservation_blocks_other_requests_only_for_its_lease(two_workers, engine) -> None:
    """A worker killed between reserving its call's returns and logging them leaves the reservation. It
    refused a different request for those returns until `triage data purge` dropped it (730 days); now
    only for the lease. A logged return is never taken over, and the reserved request keeps one answer."""
    a, b = two_workers
    killed = [_request("RL1", customer_id="CL1"), _request("RL2", customer_id="CL2")]
    corrected = [_request("RL1", customer_id="CL1", price=12.5), _request("RL3", customer_id="CL3")]
    assert reserve(a.log, killed, _fingerprints(a, killed)) == []  # ...and the worker died
    lease = b.log.reservation_lease.total_seconds()
    age_claims(engine, lease - 30)
    assert reserve(b.log, corrected, _fingerprints(b, corrected)) == ["RL1"]  # within the lease
    assert b.triage_batch([corrected[0]]) == [Conflict("RL1")]  # a call of one return, refused in its batch
    assert isinstance(b.triage_batch([killed[1]])[0], TriageResult)  # the killed call's retry, in part
    age_claims(engine, 60)
    assert reserve(b.log, corrected, _fingerprints(b, corrected)) == []  # RL1 taken over; RL2, logged, untouched
    assert reserve(a.log, killed, _fingerprints(a, killed)) == ["RL1"]  # the killed call is now the conflict
    first, other = b.triage_batch(corrected)
    assert isinstance(first, TriageResult) and first.return_id == "RL1" and isinstance(other, TriageResult)
    age_claims(engine, 10 * lease)
    stolen = [_request("RL2", customer_id="CL2", price=3.0), _request("RL4", customer_id="CL4")]
    assert reserve(a.log, stolen, _fingerprints(a, stolen)) == ["RL2"]  # logged: its request's for good
    assert a.triage_batch([corrected[0]]) == [first]  # the stored answer, once
    assert _logged(engine) == [("RL1", 1), ("RL2", 1), ("RL3", 1)]


def test_a_reserved_request_is_triaged_in_a_batch_where_another_body_for_its_return_came_first(two_workers, engine):
    """A call of one return (Y) checked the log before call X reserved that return for another body, and BentoML
    put Y ahead of X's request in one batch. The batch kept the first request of the return and refused the second
    within the batch, then the reservation refused the first: both calls 409, X released its reservation and
    the return was not triaged (72 racing calls right after a start were all 409). The reserved request now goes
    first in its batch: X is triaged whole, Y refused."""
    a, b = two_workers
    x = [_request("RQ1", customer_id="CQ1"), _request("RQ2", customer_id="CQ2")]
    y = _request("RQ1", customer_id="CQ1", price=12.5)
    assert reserve(a.log, x, _fingerprints(a, x)) == []
    refused, reserved, other = b.triage_batch([y, *x])
    assert refused == Conflict("RQ1")
    assert isinstance(reserved, TriageResult) and reserved.return_id == "RQ1" and isinstance(other, TriageResult)
    assert _logged(engine) == [("RQ1", 1), ("RQ2", 1)]
    assert b.triage_batch([y, x[0]]) == [Conflict("RQ1"), reserved]  # and so after it was logged


def test_a_batch_that_read_the_claims_before_a_reservation_triages_the_reserved_body(two_workers, engine, monkeypatch):
    """Calls of one return Y and Z, with two bodies for RN1, were batched together (Y first) by a batch that read
    the claims just before call X (Z's body, and RN2) reserved RN1. The batch kept Y and refused Z within it, then
    X's claim refused Y: Z was refused though its body is the one X logs. The batch now triages Z after its claim."""
    a, b = two_workers
    x = [_request("RN1", customer_id="CN1", price=12.5), _request("RN2", customer_id="CN2")]
    y, z = _request("RN1", customer_id="CN1"), x[0]
    assert reserve(a.log, x, _fingerprints(a, x)) == []
    monkeypatch.setattr(b.log, "claimed", lambda return_ids, connection: {})  # read before X's reservation
    refused, triaged = b.triage_batch([y, z])
    assert refused == Conflict("RN1") and isinstance(triaged, TriageResult) and triaged.return_id == "RN1"
    answered, other = a.triage_batch(x)
    assert answered == triaged and isinstance(other, TriageResult)
    assert _logged(engine) == [("RN1", 1), ("RN2", 1)]


# One instant written in three zones: a client that formats in its own zone, or another client library, retrying.
IN_UTC = {"order_date": "2026-10-02T09:15:00Z", "request_date": "2026-10-08T18:30:00Z"}
IN_PARIS = {"order_date": "2026-10-02T11:15:00+02:00", "request_date": "2026-10-08T19:30:00+01:00"}
IN_NEW_YORK = {"order_date": "2026-10-02T05:15:00-04:00", "request_date": "2026-10-08T14:30:00-0400"}


def test_a_retry_writing_the_same_instants_in_another_offset_is_the_same_request(two_workers, engine) -> None:
    # it was 409 "already triaged with a different request": the fingerprint read the moments as written
    a, b = two_workers
    (first,) = a.triage_batch([_request("RO1", customer_id="CO1", **IN_UTC)])
    for moments in (IN_PARIS, IN_NEW_YORK):
        retry = _request("RO1", customer_id="CO1", **moments)
        assert b.triage_batch([retry]) == [first]
        call = [retry, _request("RO2", customer_id="CO2", **moments)]
        assert reserve(b.log, call, _fingerprints(b, call)) == []
    later = _request("RO1", customer_id="CO1", request_date="2026-10-08T18:31:00Z")
    assert b.triage_batch([later]) == [Conflict("RO1")]  # another instant is another request
    assert _logged(engine) == [("RO1", 1)]


def test_a_request_logged_before_moments_were_read_in_utc_is_still_a_retry(two_workers, engine, monkeypatch) -> None:
    # a deploy must not turn the honest retry of a request logged under its fingerprint as received into a 409
    a, b = two_workers
    request = _request("RP1", customer_id="CP1", **IN_PARIS)
    with monkeypatch.context() as before:
        before.setattr(idempotency, "MOMENTS", ())  # fingerprinted as received, as then
        (first,) = a.triage_batch([request])
    assert b.triage_batch([request]) == [first]
    call = [request, _request("RP2", customer_id="CP2", **IN_PARIS)]
    assert reserve(b.log, call, _fingerprints(b, call)) == []
    assert b.triage_batch([_request("RP1", customer_id="CP1", price=12.5, **IN_PARIS)]) == [Conflict("RP1")]
    assert _logged(engine) == [("RP1", 1)]
