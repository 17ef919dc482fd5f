"""A refused request is logged as one line at WARNING, naming fields and problems, never the values
(issue 16, defect 5: every 422 was logged at ERROR with a traceback quoting the input)."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Callable
from typing import NoReturn

import pytest
from pydantic import ValidationError

from serving.api import EXAMPLE_EN, TriageRequest
from serving.request_log import BENTOML_REQUEST_LOGGER, ValidationErrorsAsOneLine

PHONE = "+44 7700 900123"


def _refused_record() -> logging.LogRecord:
    body = {"returns": [EXAMPLE_EN | {"price": PHONE, "reason_text": "", "customer_name": f"call {PHONE}"}]}
    try:
        TriageRequest.model_validate_json(json.dumps(body))
    except ValidationError:
        exc_info = sys.exc_info()
    return logging.LogRecord(
        BENTOML_REQUEST_LOGGER, logging.ERROR, __file__, 1, "Exception on %s [%s]", ("/triage", "POST"), exc_info
    )


def test_validation_errors_become_one_warning_line() -> None:
    record = _refused_record()
    assert ValidationErrorsAsOneLine().filter(record)
    assert record.levelno == logging.WARNING and record.levelname == "WARNING"
    assert record.exc_info is None
    line = logging.Formatter("%(levelname)s %(message)s").format(record)
    assert "\n" not in line
    assert "POST /triage" in line and "returns.0.price" in line and "returns.0.reason_text" in line
    assert PHONE not in line and "7700" not in line


def test_a_key_the_client_sent_is_named_on_one_line_escaped_and_cut() -> None:
    # "x\n... [ERROR] ..." wrote a log line of the client's making, an escape coloured the terminal reading the log,
    # and a key of 20,000 characters was a 20 KB line
    forged = "x\n2026-12-07T07:59:00+0000 [ERROR] [entry_service:returns_triage:1] FORGED\x1b[31m"
    body = {"returns": [EXAMPLE_EN | {forged: 1, "k" * 20_000: 1}]}
    try:
        TriageRequest.model_validate_json(json.dumps(body))
    except ValidationError:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        BENTOML_REQUEST_LOGGER, logging.ERROR, __file__, 1, "Exception on %s [%s]", ("/triage", "POST"), exc_info
    )
    assert ValidationErrorsAsOneLine().filter(record)
    line = logging.Formatter("%(levelname)s %(message)s").format(record)
    assert "\n" not in line and "\x1b" not in line and len(line) < 400, line
    assert "'returns.0.x\\n2026-12-07T07:59:00+0000 [ERRO" in line and "(20,010 characters) (extra_forbidden)" in line


def test_other_errors_keep_their_traceback() -> None:
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        exc_info = sys.exc_info()
    record = logging.LogRecord(BENTOML_REQUEST_LOGGER, logging.ERROR, __file__, 1, "boom", (), exc_info)
    assert ValidationErrorsAsOneLine().filter(record)
    assert record.levelno == logging.ERROR and record.exc_info is exc_info


def test_installed_on_bentomls_request_logger(caplog: pytest.LogCaptureFixture) -> None:
    from serving.request_log import log_validation_errors_as_one_line

    log_validation_errors_as_one_line()
    log_validation_errors_as_one_line()
    logger = logging.getLogger(BENTOML_REQUEST_LOGGER)
    assert sum(isinstance(f, ValidationErrorsAsOneLine) for f in logger.filters) == 1


def test_explained_refusals_are_one_warning_line() -> None:
    import bentoml

    try:
        raise bentoml.exceptions.BentoMLException("return R1 was already triaged", error_code=409)
    except bentoml.exceptions.BentoMLException:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        BENTOML_REQUEST_LOGGER, logging.ERROR, __file__, 1, "Exception on %s [%s]", ("/triage", "POST"), exc_info
    )
    assert ValidationErrorsAsOneLine().filter(record)
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert record.getMessage() == "refused POST /triage (409): return R1 was already triaged"


def test_busy_refusals_are_one_warning_line_and_503s_from_failures_keep_their_traceback() -> None:
    """Refused as the service refuses them (`_unless_unavailable`): the busy 503s are one WARNING line; a 503
    explaining a failure (the database, the model process gone, an error while not ready) stays an ERROR with
    its traceback, though its cause is a `ServiceUnavailable` too."""
    from serving import service
    from serving.model_process import ModelProcessGone
    from serving.model_side import DatabaseUnavailable

    class NotReady:
        def readiness(self) -> str:
            return "prediction log not writable: OperationalError: gone"

    def logged(failure: Callable[[], object]) -> logging.LogRecord:
        async def call() -> None:
            failure()

        try:
            asyncio.run(service.TriageService.inner._unless_unavailable(NotReady(), call()))
        except Exception:
            exc_info = sys.exc_info()
        record = logging.LogRecord(
            BENTOML_REQUEST_LOGGER, logging.ERROR, __file__, 1, "Exception on %s [%s]", ("/triage", "POST"), exc_info
        )
        assert ValidationErrorsAsOneLine().filter(record)
        return record

    shed = logged(service._overloaded)
    assert shed.levelno == logging.WARNING
    assert shed.getMessage() == "refused POST /triage (503): the triage models are overloaded; retry shortly"
    without_a_place = logged(lambda: service._too_many_bulk_calls(2))
    assert without_a_place.levelno == logging.WARNING and "refused POST /triage (503): this worker" in (
        without_a_place.getMessage()
    )
    # One count for /triage and /classify: the refusal names both returns and texts.
    assert "send fewer returns or texts per call" in without_a_place.getMessage()
    # A call ended before its next piece: a /triage call sent again is answered from the log for the returns stored;
    # /classify has no ids, so a call sent again classifies and logs every text again.
    triage_late = logged(lambda: service._too_slow("triage", 50, 100, 256, 30.2, 77.3)).getMessage()
    assert triage_late.startswith("refused POST /triage (503): this call of 256 returns would take 77 s")
    assert "its first 100 returns are stored (30 s; sent again, they are answered from the log)" in triage_late
    classify_late = logged(lambda: service._too_slow("classify", 50, 100, 256, 30.2, 77.3)).getMessage()
    assert "this call of 256 texts would take 77 s" in classify_late and "from the log" not in classify_late
    assert "sent again, every text is classified and logged again" in classify_late

    def raising(error: Exception) -> Callable[[], NoReturn]:
        def fail() -> NoReturn:
            raise error

        return fail

    for failure in (
        DatabaseUnavailable("database unavailable: could not connect to server"),
        ModelProcessGone("the model process exited (signal 9); a new worker starts"),
        ConnectionError("server closed the connection unexpectedly"),  # explained by readiness
    ):
        record = logged(raising(failure))
        assert record.levelno == logging.ERROR and record.exc_info is not None, failure


def test_a_body_that_never_came_whole_is_one_warning_line() -> None:
    """The client went away mid-body, or BodyLimitMiddleware refused the body (413, 408) and the app saw a
    disconnect: each was logged at ERROR with a 20-line traceback (hostile_probes' slow bodies)."""
    from starlette.requests import ClientDisconnect

    try:
        raise ClientDisconnect()
    except ClientDisconnect:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        BENTOML_REQUEST_LOGGER, logging.ERROR, __file__, 1, "Exception on %s [%s]", ("/triage", "POST"), exc_info
    )
    assert ValidationErrorsAsOneLine().filter(record)
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert record.getMessage().startswith("refused POST /triage (body not received): the client disconnected")
