"""A refused request is logged as one line at WARNING, naming fields and problems, never the values
(issue 16, defect 5: every 422 was logged at ERROR with a traceback quoting the input)."""

from __future__ import annotations

import json
import logging
import sys
from http import HTTPStatus

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
    import bentoml

    def logged(cause: BaseException | None) -> logging.LogRecord:
        try:
            try:
                if cause is not None:
                    raise cause
            finally:
                raise bentoml.exceptions.BentoMLException("busy: retry after 5 s", error_code=HTTPStatus(503))
        except bentoml.exceptions.BentoMLException:
            exc_info = sys.exc_info()
        record = logging.LogRecord(
            BENTOML_REQUEST_LOGGER, logging.ERROR, __file__, 1, "Exception on %s [%s]", ("/triage", "POST"), exc_info
        )
        assert ValidationErrorsAsOneLine().filter(record)
        return record

    for busy in (None, bentoml.exceptions.ServiceUnavailable("the triage models are overloaded")):
        record = logged(busy)
        assert (
            record.levelno == logging.WARNING
            and record.getMessage() == "refused POST /triage (503): busy: retry after 5 s"
        )
    failed = logged(ConnectionError("server closed the connection unexpectedly"))  # explained by readiness
    assert failed.levelno == logging.ERROR and failed.exc_info is not None


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
