"""HTTP limits the API contract needs beyond what BentoML does by default (ASGI middlewares).

- `BodyLimitMiddleware`: bodies above a byte limit get 413, decided from Content-Length before
  anything is read, or — for chunked bodies — as soon as the running total passes the limit,
  so an oversized body is never held in memory whole. A body not received whole in time gets 408:
  a client that never finished its body held the call until BentoML's traffic timeout answered
  504, a server error for the client's fault.
- `ValidationStatusMiddleware`: BentoML answers pydantic validation failures with 400; the API
  promises 422 (the request is well-formed but its content is invalid) with, per error, the
  field path and the problem.
- `HeaderProblemsMiddleware`: a 422 (a body or a field refused) also names the request's headers that an endpoint
  refuses (`/feedback`'s `Idempotency-Key`): the endpoint reads them only once the body passed, so a request bad in
  both was answered naming the body alone, and the header on the next try.
- `JsonBodyMiddleware`: the API takes UTF-8 JSON only; BentoML picks a parser by Content-Type, so a
  multipart body without a boundary was a 500 and `text/plain` was parsed as JSON. Other media
  types, charsets and content encodings get 415.
- `QueryStringMiddleware`: the API reads its fields from the JSON body only; a query string on a POST gets 400
  naming its first parameter (`POST /admin/reload?wait_seconds=5` waited the default 30 s without a word).
- `DuplicateKeyMiddleware`: a JSON object that repeats a key gets 422 naming it (which copy wins
  depends on the parser), and one wider than any the API takes gets 422 before it is validated; so does a
  number a parser reads as 0 though it is not written so: a negative zero, or one below what a double holds; and
  one of more digits than the parser reads, which it refused as invalid JSON naming no field.
- `ExplainedErrorMiddleware`: BentoML answers every error of 500 or more with the same generic
  message and wraps 4xx messages in a list; an endpoint that calls `refuse(status, message)` is
  answered `{"error": message}` with that status (a 503 says why, a 404 which return is unknown).
- `ReadinessMiddleware`: `GET`/`HEAD /readyz` with the reason a worker is not ready; other
  methods get 405.
- `RetryAfterMiddleware`: a 503 (not ready, overloaded, the database unreachable) or 429 tells the
  client when to retry (`Retry-After`); without it a client's own back-off was its only guide.
- `RelativeRedirectMiddleware`: Starlette redirects `/console/` to `/console` (and every route with
  a trailing slash) with an absolute URL built from the request's Host header, which a proxy passing
  Host through turns into an open redirect; redirects to the request's own host become relative.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from http import HTTPStatus
from typing import Any, NoReturn

import anyio
from bentoml.exceptions import ServiceUnavailable
from starlette.datastructures import URL, Headers, QueryParams
from starlette.responses import JSONResponse, Response

from features.plain_errors import validator_words
from features.text import FINER_THAN_CENTS, ZERO_MISREADS, finer_than_cents, quoted_cut, zero_misread


class BodyLimitMiddleware:
    """Refuses request bodies larger than `max_bytes` with 413, and bodies not received whole within
    `read_seconds` of the request's start with 408 (None: no time limit)."""

    def __init__(self, app: Any, max_bytes: int, read_seconds: float | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.read_seconds = read_seconds

    def _too_large(self) -> JSONResponse:
        return JSONResponse({"error": f"request body larger than {self.max_bytes} bytes"}, status_code=413)

    def _too_slow(self) -> JSONResponse:
        # The rest of the body may still come: the connection cannot carry another request.
        return JSONResponse(
            {"error": f"request body not received whole within {self.read_seconds:g} seconds"},
            status_code=408,
            headers={"Connection": "close"},
        )

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large()(scope, receive, send)
            return

        deadline = None if self.read_seconds is None else anyio.current_time() + self.read_seconds
        received = 0
        body_complete = False
        refusal: JSONResponse | None = None
        response_started = False

        async def limited_receive() -> dict[str, Any]:
            nonlocal received, body_complete, refusal
            if body_complete:  # the app only waits for the client's disconnect now
                return await receive()
            try:
                with anyio.fail_after(None if deadline is None else max(deadline - anyio.current_time(), 0)):
                    message = await receive()
            except TimeoutError:
                refusal = self._too_slow()
                return {"type": "http.disconnect"}  # the app gives up on the body, as below
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                body_complete = not message.get("more_body", False)
                if received > self.max_bytes:
                    refusal = self._too_large()
                    # Stop the app reading: it sees a disconnect and gives up on the body.
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: dict[str, Any]) -> None:
            nonlocal response_started
            if refusal is not None:
                if not response_started:
                    response_started = True
                    await refusal(scope, receive, send)
                return
            response_started = response_started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if refusal is None:
                raise
            if not response_started:
                await refusal(scope, receive, send)


def _problems(detail: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pydantic errors as {field, problem, type}; `field` is the dotted path into the body, `problem` a validator's own
    words (without pydantic's "Value error, " before them) or pydantic's."""
    return [
        {
            "field": ".".join(str(part) for part in error.get("loc", ())) or "(body)",
            "problem": validator_words(str(error.get("msg", ""))),
            "type": error.get("type", ""),
        }
        for error in detail
    ]


async def _problem_lists_rewritten(
    app: Any, scope: dict[str, Any], receive: Any, send: Any, status: int, rewrite: Callable[[dict[str, Any]], Response]
) -> None:
    """Run `app`, answering a response of `status` whose JSON body lists problems (a list in `detail`) with
    `rewrite(body)`, and every other response as it was."""
    held: dict[str, Any] | None = None
    body = b""

    async def rewriting_send(message: dict[str, Any]) -> None:
        nonlocal held, body
        if message["type"] == "http.response.start" and message["status"] == status:
            held = message
            return
        if held is None:
            await send(message)
            return
        body += message.get("body", b"")
        if message.get("more_body", False):
            return
        try:
            payload = json.loads(body)
        except ValueError:
            payload = None
        if isinstance(payload, dict) and isinstance(payload.get("detail"), list):
            await rewrite(payload)(scope, receive, send)
            return
        headers = {key.decode(): value.decode() for key, value in held.get("headers", [])}
        await Response(body, status_code=status, headers=headers)(scope, receive, send)

    await app(scope, receive, rewriting_send)


class ValidationStatusMiddleware:
    """Turns BentoML's 400 validation responses (a pydantic error report) into 422 with field-level problems."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await _problem_lists_rewritten(self.app, scope, receive, send, 400, self._rewrite)

    @staticmethod
    def _rewrite(report: dict[str, Any]) -> Response:
        return JSONResponse({"error": "invalid request", "detail": _problems(report["detail"])}, status_code=422)


class HeaderProblemsMiddleware:
    """Adds to each 422 answer of a path of `checks` a problem for each header its parser refuses: `checks` maps a path
    to {header name: parser of the header's values (`Headers.getlist`), raising ValueError saying why}, the parser its
    endpoint reads the header with. Outside every middleware and endpoint answering 422, so each answer names them."""

    def __init__(self, app: Any, checks: Mapping[str, Mapping[str, Callable[[list[str]], object]]]) -> None:
        self.app = app
        self.checks = checks

    def _problems(self, scope: dict[str, Any]) -> list[dict[str, str]]:
        headers = Headers(scope=scope)
        problems = []
        for name, parse in self.checks.get(scope["path"], {}).items():
            try:
                parse(headers.getlist(name))
            except ValueError as error:
                problems.append({"field": name, "problem": str(error), "type": "header"})
        return problems

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        problems = self._problems(scope) if scope["type"] == "http" and scope["path"] in self.checks else []
        if not problems:
            await self.app(scope, receive, send)
            return

        def named(answer: dict[str, Any]) -> Response:
            return JSONResponse(answer | {"detail": [*answer["detail"], *problems]}, status_code=422)

        await _problem_lists_rewritten(self.app, scope, receive, send, 422, named)


class RetryAfterMiddleware:
    """Adds `Retry-After: seconds` to every 503 and 429 answer that has none. Each says the call was
    not taken and may be sent again (nothing was acknowledged), so it tells the client when."""

    def __init__(self, app: Any, seconds: int) -> None:
        self.app = app
        self.header = (b"retry-after", str(seconds).encode())

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_retry_after(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and message["status"] in (429, 503):
                headers = list(message.get("headers", []))
                if not any(name.lower() == b"retry-after" for name, _ in headers):
                    message = message | {"headers": [*headers, self.header]}
            await send(message)

        await self.app(scope, receive, with_retry_after)


class RelativeRedirectMiddleware:
    """Answers a redirect to the request's own host (as the Host header names it) with a relative
    Location: its path, with one leading slash (`//evil.example` names a host again), and its query.
    Starlette's trailing-slash redirects are written from the Host header, so a link to
    `/console/` with a forged Host sent the client to that host."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await self.app(
            scope, receive, _relative_redirects(send, URL(scope=scope).netloc) if scope["type"] == "http" else send
        )


def _relative_redirects(send: Any, own_host: str) -> Any:
    """`send`, with the Location of a redirect to `own_host` made relative (`_relative`)."""

    async def relative(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start" and 300 <= message["status"] < 400:
            message["headers"] = [
                (name, _relative(value, own_host) if name.lower() == b"location" else value)
                for name, value in message["headers"]
            ]
        await send(message)

    return relative


def _relative(location: bytes, own_host: str) -> bytes:
    """`location` without its scheme and host when the host is `own_host`, else unchanged."""
    url = URL(location.decode("latin-1"))
    if not url.netloc or url.netloc.lower() != own_host.lower():
        return location
    return ("/" + url.path.lstrip("/") + (f"?{url.query}" if url.query else "")).encode("latin-1")


class ReadinessMiddleware:
    """Answers `GET /readyz`: 200 when `probe()` returns None, else 503 with the reason.

    BentoML's own /readyz only reports a boolean; operators need to know *why* a worker is not
    ready (models not loaded, log store not writable).
    """

    def __init__(self, app: Any, probe: Any, path: str = "/readyz") -> None:
        self.app = app
        self.probe = probe
        self.path = path

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            refused = JSONResponse({"error": "method not allowed"}, status_code=405, headers={"Allow": "GET, HEAD"})
            await refused(scope, receive, send)
            return
        try:
            reason = await anyio.to_thread.run_sync(self.probe)
        except Exception as error:  # the probe failing is itself the reason we are not ready
            reason = f"{type(error).__name__}: {error}"
        if reason is None:
            await JSONResponse({"status": "ready"})(scope, receive, send)
        else:
            await JSONResponse({"status": "not ready", "reason": reason}, status_code=503)(scope, receive, send)


class JsonBodyMiddleware:
    """Refuses bodies of `paths` that are not plain UTF-8 JSON with 415: another media type, another
    charset, or a Content-Encoding (the body would be parsed as it arrived, compressed or not).

    A missing Content-Type is read as JSON, as BentoML does.
    """

    def __init__(self, app: Any, paths: frozenset[str]) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] in self.paths:
            problem = _not_plain_json(Headers(scope=scope))
            if problem is not None:
                await JSONResponse({"error": problem}, status_code=415)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _not_plain_json(headers: Headers) -> str | None:
    # Every header that says how to read the body, not its first: Content-Type "application/json" then
    # "application/json; charset=latin-1", or Content-Encoding "identity" then "gzip", was read as plain JSON, where
    # a proxy reading the last (or joining them, which was refused) saw another body.
    types = headers.getlist("content-type")
    if len(types) > 1:
        return f"Content-Type sent {len(types)} times: send it once, application/json"
    # an empty one is a missing one, read as JSON as BentoML does
    media_type, _, parameters = ((types[0] if types else "") or "application/json").partition(";")
    media_type = media_type.strip().lower()
    if media_type != "application/json":
        return f"unsupported media type {media_type!r}: send application/json"
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        charset = value.strip().strip('"').lower()
        if name.strip().lower() == "charset" and charset not in ("utf-8", "utf8"):
            return f"unsupported charset {charset!r}: send UTF-8 JSON"
    for encoding in ", ".join(headers.getlist("content-encoding")).split(","):
        if encoding.strip().lower() not in ("identity", ""):
            return f"unsupported content encoding {encoding.strip().lower()!r}: send the JSON uncompressed"
    return None


class QueryStringMiddleware:
    """Refuses a POST to `paths` whose URL holds a query string with 400 naming its first parameter: BentoML reads a
    JSON API's fields from the body alone and passed over the query without a word, so a client sending one took
    it for read (`?wait_seconds=5`, `?dry_run=true`)."""

    def __init__(self, app: Any, paths: frozenset[str]) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"] in self.paths:
            names = list(QueryParams(scope["query_string"]).keys())
            if names:
                message = (
                    f"query parameter {quoted_cut(names[0])} is not read: {scope['path']} takes its fields in the "
                    "JSON body only"
                )
                await JSONResponse({"error": message}, status_code=400)(scope, receive, send)
                return
        await self.app(scope, receive, send)


class DuplicateKeyMiddleware:
    """Refuses JSON bodies of `paths` in which an object repeats a key, with 422 naming the key by its place
    (`returns.3.price`, as validation names a field), or
    has more than `max_keys` keys (None: any number), with 422 saying how many.

    Parsers disagree on which copy wins (the API's keeps the last), so a repeated key is a request
    that means two things: `{"texts": ["too small"], "texts": ["x"]}` was classified as "x". An object
    wider than any the API takes holds keys no field takes, and each was one problem to list: a
    return of 140,000 unknown keys (1.8 MB) was answered with a 10 MB 422 and a 3.5 MB log line after
    ~1.5 s of the worker's event loop, in which no other call was answered. Runs inside
    `BodyLimitMiddleware`, so the body it holds is bounded.

    Holding the body whole, it also refuses one in another encoding than UTF-8 (a byte-order mark, or UTF-16 or
    UTF-32 without one) with 415 saying so, as a header naming such a charset is refused (`JsonBodyMiddleware`):
    the parser called such bytes invalid JSON at line 1 column 1, which told the client nothing of the cause.

    And a number a parser reads as 0 though it is not written as 0, with 422 naming its place: a negative zero
    (`-0`, `-0.0`, `-0e0`: every number the API takes is 0 or more, and a parser reads `-0` as 0, Python's int
    having no negative zero, so validation never sees the sign; no till writes a price of -0, a client that does
    computes its amounts with a sign), and a number below the smallest a double holds (`1e-400`, read as 0 and
    taken, where 1e-300 is refused as finer than a cent).

    And a number of more digits before its point than the API's parser reads (`MAX_NUMBER_DIGITS`), with 422 naming its
    place: the parser called the whole body invalid JSON, naming no field.

    And an amount (a number under a key of `amount_keys`) with a digit other than 0 past its cents, read from its
    digits as the CLI's readers read a cell (`finer_than_cents`): `89.000000000000000000001` is read as the double 89.0,
    on which the request model's check for cents finds nothing, and was taken as a price of 89.
    """

    def __init__(
        self, app: Any, paths: frozenset[str], max_keys: int | None = None, amount_keys: frozenset[str] = frozenset()
    ) -> None:
        self.app = app
        self.paths = paths
        self.max_keys = max_keys
        self.amount_keys = amount_keys

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        messages = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request" or not message.get("more_body", False):
                break
        body = b"".join(message.get("body", b"") for message in messages)
        encoding = _encoding_problem(body)
        if encoding is not None:
            await JSONResponse({"error": encoding}, status_code=415)(scope, receive, send)
            return
        problem = _object_problem(body, self.max_keys, self.amount_keys)
        if problem is not None:
            await JSONResponse({"error": "invalid request", "detail": [problem]}, status_code=422)(scope, receive, send)
            return

        async def replay() -> dict[str, Any]:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


# Byte-order marks, UTF-32's before UTF-16's: UTF-32 LE's begins with UTF-16 LE's.
_BYTE_ORDER_MARKS = {
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\xfe\xff": "UTF-16",
    b"\xff\xfe": "UTF-16",
    b"\xef\xbb\xbf": "UTF-8",
}


def _encoding_problem(body: bytes) -> str | None:
    """Why `body` is not UTF-8 JSON as RFC 8259 has it sent, judged by its first bytes, or None. JSON in UTF-8 holds
    no NUL byte (a control character is escaped), so one among the first four is UTF-16 or UTF-32 without a mark."""
    for mark, encoding in _BYTE_ORDER_MARKS.items():
        if body.startswith(mark):
            return f"the body begins with a {encoding} byte-order mark: send UTF-8 JSON without one"
    if b"\x00" in body[:4]:
        return "the body begins with NUL bytes, as UTF-16 or UTF-32 text does: send UTF-8 JSON"
    return None


class _RefusedObject(Exception):
    def __init__(self, problem: dict[str, str]) -> None:
        super().__init__(problem["problem"])
        self.problem = problem


class _RepeatedKey:
    """Stands in the parsed body for an object that repeats `key`, so the key's place can be found: the object
    hook sees an object's pairs, not where the object is."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key


class _Misread:
    """Stands in the parsed body for a number `literal` a parser reads as another number than it is written (0 though
    it is not written as 0, or a double without the digits past its cents), so its place can be found: `problem` says
    why, `kind` is the problem's type."""

    __slots__ = ("kind", "literal", "problem")

    def __init__(self, literal: str, kind: str, problem: str) -> None:
        self.literal, self.kind, self.problem = literal, kind, problem


# The most digits before its point of a number pydantic's JSON parser reads (Python's own limit for an int read from
# text): a longer one made the whole body "Invalid JSON: number out of range", a 422 naming no field.
MAX_NUMBER_DIGITS = 4300
TOO_MANY_DIGITS = f"is out of range: it has more than {MAX_NUMBER_DIGITS:,} digits before its point"


def _digits_before_point(literal: str) -> int:
    """How many digits a JSON number's literal (`-?digits[.digits][e[+-]digits]`) has before its point."""
    whole = literal.removeprefix("-")
    return len(whole) - len(whole.lstrip("0123456789"))


def _number_reader(read: Any, marks: list[Any]) -> Any:
    """A `json.loads` number hook reading a literal with `read`, marking one of more digits than the API's parser reads,
    one read as 0 that is not written as 0, and a fraction finer than a cent, which only an amount's key refuses (each
    mark also added to `marks`)."""

    def number(literal: str) -> Any:
        if _digits_before_point(literal) > MAX_NUMBER_DIGITS:  # counted before `int` reads it: a ValueError past them
            marks.append(_Misread(literal, "too_many_digits", TOO_MANY_DIGITS))
            return marks[-1]
        value = read(literal)
        if value == 0 and (kind := zero_misread(literal)) is not None:
            marks.append(_Misread(literal, kind, ZERO_MISREADS[kind]))
        elif read is float and finer_than_cents(literal):
            marks.append(_Misread(literal, "finer_than_cents", FINER_THAN_CENTS))
        else:
            return value
        return marks[-1]

    return number


def _object_checker(max_keys: int | None, repeats: list[Any]) -> Any:
    """A `json.loads` object hook refusing objects of more than `max_keys` keys and marking those that repeat a key,
    each mark also added to `repeats`."""

    def check(pairs: list[tuple[str, Any]]) -> dict[str, Any] | _RepeatedKey:
        if max_keys is not None and len(pairs) > max_keys:
            problem = f"an object of {len(pairs)} keys: the request's objects have at most {max_keys}"
            raise _RefusedObject({"field": "(body)", "problem": problem, "type": "too_many_keys"})
        found: dict[str, Any] = {}
        for key, value in pairs:
            if key in found:
                repeats.append(_RepeatedKey(key))
                return repeats[-1]
            found[key] = value
        return found

    return check


def _marked_place(parsed: Any, amount_keys: frozenset[str]) -> tuple[str, _RepeatedKey | _Misread] | None:
    """The dotted place (`returns.3.price`) of the first repeated key or misread number, in the body's order, of a
    body parsed with `_object_checker` and `_number_reader`, and its mark; None when nothing is marked. A fraction
    finer than a cent is a misread only under a key of `amount_keys` (a duration is no amount)."""
    pending: list[tuple[Any, tuple[str, ...]]] = [(parsed, ())]
    while pending:
        value, place = pending.pop()
        if isinstance(value, _RepeatedKey):
            return ".".join((*place, value.key)), value
        if isinstance(value, _Misread) and (value.kind != "finer_than_cents" or (place and place[-1] in amount_keys)):
            return ".".join(place), value
        children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        pending.extend((child, (*place, str(name))) for name, child in reversed(list(children)))
    return None


def _object_problem(body: bytes, max_keys: int | None, amount_keys: frozenset[str]) -> dict[str, str] | None:
    """The first problem of an object or number of `body` (a repeated key, too many keys, a number read as 0 that is
    not written as 0, an amount finer than a cent) as {field, problem, type}, or None (also when `body` is not JSON:
    the API's own parser reports that)."""
    marks: list[Any] = []
    try:
        parsed = json.loads(
            body,
            object_pairs_hook=_object_checker(max_keys, marks),
            parse_int=_number_reader(int, marks),
            parse_float=_number_reader(float, marks),
        )
    except _RefusedObject as refused:
        return refused.problem
    except (ValueError, RecursionError):
        return None
    # every call's body passes here: walked only to name a mark (walking 256 returns took 20 ms of the event loop)
    found = _marked_place(parsed, amount_keys) if marks else None
    if found is None:
        return None
    place, mark = found
    if isinstance(mark, _Misread):
        return {"field": place, "problem": f"{mark.literal[:40]} {mark.problem}", "type": mark.kind}
    return {"field": place, "problem": "key appears more than once in one object", "type": "duplicate_key"}


# The message `refuse` leaves for `ExplainedErrorMiddleware`: a dict shared by the request's task
# and any task or thread it starts (a copied context holds the same dict).
_EXPLANATION: ContextVar[dict[str, Any] | None] = ContextVar("triage_error_explanation", default=None)


class Busy(ServiceUnavailable):
    """A 503 saying the service is busy (the batcher shed the call, the worker had no place for a bulk call),
    logged as one line (`serving.request_log`); other 503s (the database, the model process gone) explain a
    failure and keep their traceback."""


def refuse(status: int, message: str, busy: bool = False) -> NoReturn:
    """End the current API call with `status` and `{"error": message}` (see `ExplainedErrorMiddleware`);
    `busy`: a 503 `Busy` refusal."""
    import bentoml

    explanation = _EXPLANATION.get()
    if explanation is not None:
        explanation["error"] = message
    if busy:
        raise Busy(message)
    raise bentoml.exceptions.BentoMLException(message, error_code=HTTPStatus(status))


def refuse_field(field: str, problem: str) -> NoReturn:
    """End the current API call with 422 naming `field` and its `problem`, as a request body's validation does
    (`ValidationStatusMiddleware`): for a rule an endpoint can only check against what is stored."""
    refuse_fields([(field, problem)])


def refuse_fields(problems: Sequence[tuple[str, str]]) -> NoReturn:
    """`refuse_field` for each (field, problem) of `problems` in one 422, as a body's validation names them all."""
    import bentoml

    explanation = _EXPLANATION.get()
    if explanation is not None:
        explanation["error"] = "invalid request"
        explanation["detail"] = [
            {"field": field, "problem": problem, "type": "value_error"} for field, problem in problems
        ]
    # logged as a body's validation is (`serving.request_log`): the field and the kind of problem, not the value
    fields = ", ".join(f"{field} (value_error)" for field, _ in problems)
    raise bentoml.exceptions.BentoMLException(fields, error_code=HTTPStatus(422))


class ExplainedErrorMiddleware:
    """Gives an error response the message its endpoint passed to `refuse`."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        explanation: dict[str, Any] = {}
        token = _EXPLANATION.set(explanation)
        replaced = False

        async def explaining_send(message: dict[str, Any]) -> None:
            nonlocal replaced
            if message["type"] == "http.response.start" and message["status"] >= 400 and "error" in explanation:
                replaced = True
                response = JSONResponse(explanation, status_code=message["status"])
                await response(scope, receive, send)
                return
            if not replaced:
                await send(message)

        try:
            await self.app(scope, receive, explaining_send)
        finally:
            _EXPLANATION.reset(token)
