"""How a refused request is logged.

BentoML logs each request body that fails validation at ERROR with the traceback of the pydantic
error, which quotes the input (a customer's phone number reached the log; 2 KB per bad request).
A client's mistake is not the service's error: `ValidationErrorsAsOneLine` turns that record into
one WARNING line with the method, the path and each problem's field and type, never a value (a key the client
sent, which names a field, quoted and cut: never a line of its own making); a
refusal an endpoint explains (404, 409) is one WARNING line with its message, and so is a 503 saying the
service is busy (a shed call, a bulk call without a place: a traceback per refused call under load); a
body that never came whole (the client went away, or `BodyLimitMiddleware` refused it as too large or too slow and
answered 413 or 408) is one WARNING line too, where it was an ERROR with a 20-line traceback.
"""

from __future__ import annotations

import logging

from pydantic import ValidationError
from starlette.requests import ClientDisconnect

from features.text import quoted_cut
from serving.middleware import Busy

# The logger of BentoML 1.4's `log_exception`, which the API endpoint calls for every failure.
BENTOML_REQUEST_LOGGER = "bentoml._internal.server.http_app"


def _busy(error: BaseException | None) -> bool:
    """A 503 that says the service is busy (`Busy`: the batcher shed the call, the worker had no place for a
    bulk call), not one explaining a failure (the database, the model process gone, not ready)."""
    return isinstance(error, Busy)


# The longest field a refusal's log line names whole: the API's own run to 50 characters (`returns.255.customer_history.
# returns_last_365d`); a longer one is a key the client sent, named by its start and length.
MAX_LOGGED_FIELD_CHARS = 100


def _escaped(text: str) -> str:
    """`text` with each character that is not printable (a line break, a terminal's escape) written as its escape."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def _field(place: tuple[int | str, ...]) -> str:
    """A problem's field as the log line names it: its dotted place; quoted, escaped and cut (`quoted_cut`) when the
    client's key in it is not one printable line or is long. A key holding a line break wrote a line of the client's
    own making into the log ("... [ERROR] ..."), an escape coloured a terminal, and a key of 1 MB was a 1 MB line."""
    field = ".".join(str(part) for part in place) or "(body)"
    return field if field.isprintable() and len(field) <= MAX_LOGGED_FIELD_CHARS else quoted_cut(field, 60)


class ValidationErrorsAsOneLine(logging.Filter):
    """Rewrites records carrying a pydantic `ValidationError` as one WARNING line without input values."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, ClientDisconnect):
            self._one_line(
                record, "body not received", "the client disconnected, or its body was too large or too slow"
            )
            return True
        status = int(getattr(error, "error_code", 500))
        if not isinstance(error, ValidationError):
            if status < 500 or _busy(error):
                self._one_line(record, status, str(error))
            return True
        problems = sorted(
            {
                f"{_field(problem['loc'])} ({problem['type']})"
                for problem in error.errors(include_input=False, include_context=False, include_url=False)
            }
        )
        self._one_line(record, 422, ", ".join(problems))
        return True

    @staticmethod
    def _one_line(record: logging.LogRecord, status: int | str, detail: str) -> None:
        path, method = record.args if isinstance(record.args, tuple) and len(record.args) == 2 else ("?", "?")
        record.msg = "refused %s %s (%s): %s"
        record.args = (method, path, status, _escaped(detail))
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text = None, None


def log_validation_errors_as_one_line() -> None:
    """Install the filter on BentoML's request logger (once per process)."""
    logger = logging.getLogger(BENTOML_REQUEST_LOGGER)
    if not any(isinstance(existing, ValidationErrorsAsOneLine) for existing in logger.filters):
        logger.addFilter(ValidationErrorsAsOneLine())
