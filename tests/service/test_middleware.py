"""Unit tests of the HTTP middlewares on a small Starlette app (no models, no server)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from sqlalchemy.exc import OperationalError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from features.history import HistorySummary
from serving import middleware
from serving.api import AMOUNT_KEYS, EXAMPLE_EN, MAX_OBJECT_KEYS, ClassifyRequest, FeedbackRequest, ReturnRequest
from serving.auth import ApiKeyMiddleware, bearer_token, is_public
from serving.db import create_db_engine, migrate
from serving.middleware import (
    BodyLimitMiddleware,
    DuplicateKeyMiddleware,
    ExplainedErrorMiddleware,
    JsonBodyMiddleware,
    ReadinessMiddleware,
    RelativeRedirectMiddleware,
    RetryAfterMiddleware,
    ValidationStatusMiddleware,
    refuse,
)
from serving.stores.api_keys import ApiKeyStore, KeyCheck, KeyScope

LIMIT = 1024


async def echo_size(request: Request) -> JSONResponse:
    return JSONResponse({"bytes": len(await request.body())})


async def pydantic_error(_: Request) -> JSONResponse:
    detail = [{"loc": ["returns", 0, "price"], "msg": "Input should be greater than or equal to 0", "type": "ge"}]
    return JSONResponse({"error": "1 validation error", "detail": detail}, status_code=400)


async def other_400(_: Request) -> JSONResponse:
    return JSONResponse({"error": "bad media type"}, status_code=400)


@pytest.fixture
def keys(tmp_path: Path) -> ApiKeyStore:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'keys.db'}")
    migrate(engine)
    return ApiKeyStore(engine)


@pytest.fixture
def client(keys: ApiKeyStore) -> Iterator[TestClient]:
    app = Starlette(
        routes=[
            Route("/echo", echo_size, methods=["POST"]),
            Route("/invalid", pydantic_error, methods=["POST"]),
            Route("/other", other_400, methods=["POST"]),
            Route("/healthz", lambda _: JSONResponse({"ok": True})),
            Route("/admin/reload", lambda _: JSONResponse({"reloaded": True}), methods=["POST"]),
        ]
    )
    app.add_middleware(ApiKeyMiddleware, key_store=lambda: keys)
    app.add_middleware(BodyLimitMiddleware, max_bytes=LIMIT)
    app.add_middleware(ValidationStatusMiddleware)
    with TestClient(app) as test_client:
        yield test_client


def test_public_paths() -> None:
    assert is_public("/healthz") and is_public("/metrics") and is_public("/static_content/x.css")
    assert not is_public("/triage") and not is_public("/feedback")


@pytest.mark.parametrize(
    ("header", "token"),
    [("Bearer abc", "abc"), ("bearer  abc ", "abc"), ("Basic abc", None), ("Bearer", None), ("", None)],
)
def test_bearer_token(header: str, token: str | None) -> None:
    assert bearer_token({"type": "http", "headers": [(b"authorization", header.encode())]}) == token


def test_an_authorization_header_sent_twice_is_a_401(client: TestClient, keys: ApiKeyStore) -> None:
    # the first copy was used: the good key, then another, was answered as the good key's call
    _, key = keys.create("client")
    twice = [("Authorization", f"Bearer {key}"), ("Authorization", "Bearer other")]
    assert client.post("/echo", content=b"x", headers=twice).status_code == 401
    assert client.post("/echo", content=b"x", headers=twice[:1]).status_code == 200


def test_auth(client: TestClient, keys: ApiKeyStore) -> None:
    info, key = keys.create("client")
    assert client.get("/healthz").status_code == 200
    missing = client.post("/echo", content=b"x")
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert client.post("/echo", content=b"x", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.post("/echo", content=b"x", headers={"Authorization": f"Bearer {key}"}).status_code == 200
    unknown = client.post("/echo", content=b"x", headers={"Authorization": "Bearer nope"})
    keys.revoke(info.key_id)
    revoked = client.post("/echo", content=b"x", headers={"Authorization": f"Bearer {key}"})
    # A revoked key answers exactly as an unknown one: a caller learns nothing about which keys existed.
    assert (revoked.status_code, revoked.json(), revoked.headers["www-authenticate"]) == (
        unknown.status_code,
        unknown.json(),
        unknown.headers["www-authenticate"],
    )


def test_admin_paths_need_an_admin_scoped_key(client: TestClient, keys: ApiKeyStore) -> None:
    _, scoring = keys.create("returns-portal")
    admin_info, admin = keys.create("deploys", KeyScope.ADMIN)
    refused = client.post("/admin/reload", headers={"Authorization": f"Bearer {scoring}"})
    assert refused.status_code == 403 and "admin-scoped" in refused.json()["error"]
    assert client.post("/admin/reload").status_code == 401
    assert client.post("/admin/reload", headers={"Authorization": f"Bearer {admin}"}).json() == {"reloaded": True}
    # An admin key also scores; a revoked one opens nothing.
    assert client.post("/echo", content=b"x", headers={"Authorization": f"Bearer {admin}"}).status_code == 200
    keys.revoke(admin_info.key_id)
    assert client.post("/admin/reload", headers={"Authorization": f"Bearer {admin}"}).status_code == 401


class CountingKeys(ApiKeyStore):
    """The key store, counting database lookups."""

    lookups = 0

    def check(self, key: str) -> KeyCheck:
        self.lookups += 1
        return super().check(key)


class UnreachableKeys(ApiKeyStore):
    """The key store of a database that refuses connections."""

    def check(self, key: str) -> KeyCheck:
        raise OperationalError("SELECT api_keys", {}, ConnectionRefusedError("connection refused"))


def test_auth_with_the_database_down_answers_503_with_why(tmp_path: Path) -> None:
    keys = UnreachableKeys(create_db_engine(f"sqlite:///{tmp_path / 'keys.db'}"))
    app = Starlette(routes=[Route("/echo", echo_size, methods=["POST"])])
    app.add_middleware(ApiKeyMiddleware, key_store=lambda: keys)
    with TestClient(app) as client:
        for token in ("trk_any_key", "nope"):
            response = client.post("/echo", headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 503
            assert response.json() == {"error": "database unavailable: connection refused"}


def test_auth_reuses_a_known_status_for_the_cache_delay(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'keys.db'}")
    migrate(engine)
    keys = CountingKeys(engine)
    app = Starlette(routes=[Route("/echo", echo_size, methods=["POST"])])
    app.add_middleware(ApiKeyMiddleware, key_store=lambda: keys, cache_seconds=0.5)
    info, key = keys.create("client")
    headers = {"Authorization": f"Bearer {key}"}
    with TestClient(app) as client:
        assert [client.post("/echo", headers=headers).status_code for _ in range(5)] == [200] * 5
        assert keys.lookups == 1
        for _ in range(3):  # unknown keys are never cached
            assert client.post("/echo", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert keys.lookups == 4
        keys.revoke(info.key_id)
        assert client.post("/echo", headers=headers).status_code == 200  # still cached
        time.sleep(0.6)
        assert [client.post("/echo", headers=headers).status_code for _ in range(3)] == [401] * 3
        assert keys.lookups == 5  # the revoked status is cached too


def test_body_limit_by_content_length_and_by_stream(client: TestClient, keys: ApiKeyStore) -> None:
    _, key = keys.create("client")
    headers = {"Authorization": f"Bearer {key}"}
    assert client.post("/echo", content=b"x" * LIMIT, headers=headers).json() == {"bytes": LIMIT}
    assert client.post("/echo", content=b"x" * (LIMIT + 1), headers=headers).status_code == 413

    def chunks() -> Iterator[bytes]:
        yield from (b"x" * 512 for _ in range(4))

    assert client.post("/echo", content=chunks(), headers=headers).status_code == 413


def test_a_body_that_never_ends_is_refused_in_time() -> None:
    """A chunked body whose end never came was answered 504 by BentoML's traffic timeout after 60 s,
    a server error for the client's fault. A body that ends in time is read, and a wait for the
    client's disconnect after its body is not cut short."""
    waits: list[dict[str, Any]] = []

    async def read_then_wait(scope: dict[str, Any], receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        body = await request.body()
        await JSONResponse({"bytes": len(body)})(scope, receive, send)
        waits.append(await receive())

    limited = BodyLimitMiddleware(read_then_wait, max_bytes=LIMIT, read_seconds=0.2)
    scope = {"type": "http", "method": "POST", "path": "/echo", "headers": [], "query_string": b""}

    async def call(parts: list[dict[str, Any]], then_seconds: float) -> tuple[list[dict[str, Any]], float]:
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            if parts:
                return parts.pop(0)
            await anyio.sleep(then_seconds)  # the client neither ends its body nor goes away for that long
            return {"type": "http.disconnect", "from": "the client"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        started = anyio.current_time()
        with anyio.fail_after(5):
            await limited(scope, receive, send)
        return sent, anyio.current_time() - started

    sent, waited = anyio.run(call, [{"type": "http.request", "body": b"{", "more_body": True}], 3600)
    assert sent[0]["status"] == 408 and waited < 1 and (b"connection", b"close") in sent[0]["headers"]
    assert b"not received whole within 0.2 seconds" in sent[1]["body"]
    sent, waited = anyio.run(call, [{"type": "http.request", "body": b"{}", "more_body": False}], 0.5)
    assert sent[0]["status"] == 200 and sent[1]["body"] == b'{"bytes":2}'
    assert waits == [{"type": "http.disconnect", "from": "the client"}] and waited >= 0.5


def test_validation_errors_become_422_with_fields(client: TestClient, keys: ApiKeyStore) -> None:
    _, key = keys.create("client")
    headers = {"Authorization": f"Bearer {key}"}
    response = client.post("/invalid", headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {"field": "returns.0.price", "problem": "Input should be greater than or equal to 0", "type": "ge"}
    ]
    other = client.post("/other", headers=headers)
    assert other.status_code == 400 and other.json() == {"error": "bad media type"}


@pytest.mark.parametrize(
    ("probe", "status", "body"),
    [
        (lambda: None, 200, {"status": "ready"}),
        (lambda: "log store not writable", 503, {"status": "not ready", "reason": "log store not writable"}),
        (lambda: 1 / 0, 503, {"status": "not ready", "reason": "ZeroDivisionError: division by zero"}),
    ],
)
def test_readiness_reports_the_reason(probe, status: int, body: dict) -> None:
    app = Starlette()
    app.add_middleware(ReadinessMiddleware, probe=probe)
    with TestClient(app) as test_client:
        response = test_client.get("/readyz")
    assert (response.status_code, response.json()) == (status, body)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "TRACE", "PATCH"])
def test_readiness_answers_get_and_head_only(method: str) -> None:
    app = Starlette()
    app.add_middleware(ReadinessMiddleware, probe=lambda: None)
    with TestClient(app) as test_client:
        assert test_client.head("/readyz").status_code == 200
        response = test_client.request(method, "/readyz")
    assert response.status_code == 405 and response.headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    "content_type",
    ["multipart/form-data", "multipart/form-data; boundary=x", "text/plain", "application/x-www-form-urlencoded"],
)
def test_api_bodies_must_be_json(content_type: str) -> None:
    app = Starlette(routes=[Route("/triage", echo_size, methods=["POST"])])
    app.add_middleware(JsonBodyMiddleware, paths=frozenset({"/triage"}))
    with TestClient(app) as test_client:
        refused = test_client.post("/triage", content=b"{}", headers={"Content-Type": content_type})
        assert refused.status_code == 415 and "application/json" in refused.json()["error"]
        for accepted in ("application/json", "application/json; charset=utf-8", "Application/JSON"):
            assert test_client.post("/triage", content=b"{}", headers={"Content-Type": accepted}).status_code == 200
        # Without a Content-Type the body is read as JSON (what BentoML does), and so with an empty one.
        assert test_client.post("/triage", content=b"{}").status_code == 200
        assert test_client.post("/triage", content=b"{}", headers={"Content-Type": ""}).status_code == 200


@pytest.mark.parametrize(
    ("headers", "said"),
    [
        ({"Content-Type": "application/json; charset=latin-1"}, "charset 'latin-1'"),
        ({"Content-Type": "application/json", "Content-Encoding": "gzip"}, "content encoding 'gzip'"),
        # a header sent twice was read by its first: plain JSON, where a proxy reading the last saw another body
        (
            [("Content-Type", "application/json"), ("Content-Type", "application/json; charset=latin-1")],
            "Content-Type sent 2 times",
        ),
        ([("Content-Type", "application/json"), ("Content-Type", "text/plain")], "Content-Type sent 2 times"),
        ([("Content-Encoding", "identity"), ("Content-Encoding", "gzip")], "content encoding 'gzip'"),
        ({"Content-Encoding": "identity, gzip"}, "content encoding 'gzip'"),
    ],
)
def test_api_bodies_must_be_plain_utf8(headers: dict[str, str] | list[tuple[str, str]], said: str) -> None:
    # both were parsed as plain UTF-8 JSON and answered 200 (a gzipped body would have been 422 "invalid JSON")
    app = Starlette(routes=[Route("/triage", echo_size, methods=["POST"])])
    app.add_middleware(JsonBodyMiddleware, paths=frozenset({"/triage"}))
    with TestClient(app) as test_client:
        refused = test_client.post("/triage", content=b"{}", headers=headers)
        assert refused.status_code == 415 and said in refused.json()["error"]
        accepted = {"Content-Type": 'application/json; charset="UTF-8"', "Content-Encoding": "identity"}
        assert test_client.post("/triage", content=b"{}", headers=accepted).status_code == 200


@pytest.fixture
def duplicate_checked() -> Iterator[TestClient]:
    app = Starlette(routes=[Route("/classify", echo_size, methods=["POST"])])
    app.add_middleware(DuplicateKeyMiddleware, paths=frozenset({"/classify"}), amount_keys=AMOUNT_KEYS)
    app.add_middleware(BodyLimitMiddleware, max_bytes=LIMIT)  # added last: outside, as in the service
    with TestClient(app) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (b'{"texts": ["too small"], "texts": ["x"]}', "texts"),  # was classified as "x"
        # named by its place, as validation names a field: "price" alone did not say which of 256 returns
        (b'{"returns": [{"price": 10, "sku": "A", "price": 0}]}', "returns.0.price"),
        (
            b'{"returns": [{"sku": "A"}, {"customer_history": {"a": 1, "b": [], "a": 2}}]}',
            "returns.1.customer_history.a",
        ),
    ],
)
def test_repeated_json_keys_are_refused_naming_the_key(duplicate_checked: TestClient, body: bytes, key: str) -> None:
    refused = duplicate_checked.post("/classify", content=body)
    assert refused.status_code == 422 and refused.json()["detail"][0]["field"] == key


@pytest.mark.parametrize(
    ("body", "place", "literal"),
    [
        # JSON's -0 is read as 0 by every parser (Python's int has no sign for it): validation never saw a sign
        (b'{"returns": [{"sku": "A", "price": -0}]}', "returns.0.price", "-0"),
        (b'{"returns": [{"price": 1}, {"price": -0.0}]}', "returns.1.price", "-0.0"),
        (b'{"returns": [{"price": -0e0}]}', "returns.0.price", "-0e0"),
        (b'{"returns": [{"price": -0.00E+2}]}', "returns.0.price", "-0.00E+2"),
        (
            b'{"returns": [{"customer_history": {"returns_last_30d": -0}}]}',
            "returns.0.customer_history.returns_last_30d",
            "-0",
        ),
        (b'{"wait_seconds": -0.0}', "wait_seconds", "-0.0"),
    ],
)
def test_a_number_written_as_a_negative_zero_is_refused_naming_its_place(
    duplicate_checked: TestClient, body: bytes, place: str, literal: str
) -> None:
    # each was read as 0: a price of -0 was decided and drafted as a free item, though no till writes one
    refused = duplicate_checked.post("/classify", content=body)
    assert refused.status_code == 422
    (problem,) = refused.json()["detail"]
    assert (problem["field"], problem["type"]) == (place, "negative_zero") and literal in problem["problem"]


@pytest.mark.parametrize("literal", ["1e-400", "0." + "0" * 400 + "1", "5E-330"])
def test_a_number_below_what_a_double_holds_is_refused_not_read_as_zero(
    duplicate_checked: TestClient, literal: str
) -> None:
    # each was read as 0 and taken (a price of 1e-400 decided as a free item), while 1e-300 is refused as finer
    # than a cent
    body = b'{"returns": [{"price": %s}]}' % literal.encode()
    refused = duplicate_checked.post("/classify", content=body)
    assert refused.status_code == 422
    (problem,) = refused.json()["detail"]
    assert (problem["field"], problem["type"]) == ("returns.0.price", "underflow") and "reads as 0" in problem[
        "problem"
    ]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (b'{"returns": [{"price": 1}, {"price": %s}]}', "returns.1.price"),
        (
            b'{"returns": [{"customer_history": {"returns_last_30d": -%s}}]}',
            "returns.0.customer_history.returns_last_30d",
        ),
        (b'{"wait_seconds": %s.5e-10}', "wait_seconds"),
        (b'{"texts": ["x"], "langs": [%s]}', "langs.0"),
    ],
)
def test_a_number_of_more_digits_than_the_parser_reads_is_refused_naming_its_place(body: bytes, place: str) -> None:
    # the API's parser refused the body as "Invalid JSON: number out of range at line 1 column 4308", naming no field
    app = Starlette(routes=[Route("/classify", echo_size, methods=["POST"])])
    app.add_middleware(DuplicateKeyMiddleware, paths=frozenset({"/classify"}), amount_keys=AMOUNT_KEYS)
    with TestClient(app) as test_client:
        refused = test_client.post("/classify", content=body % (b"9" * 4301))
        assert refused.status_code == 422
        (problem,) = refused.json()["detail"]
        assert (problem["field"], problem["type"]) == (place, "too_many_digits"), problem
        assert problem["problem"].endswith("is out of range: it has more than 4,300 digits before its point")
        # as many digits as it reads are left to validation
        assert test_client.post("/classify", content=body % (b"9" * 4300)).status_code == 200


@pytest.mark.parametrize(
    "literal",
    ["89.000000000000000000001", "8.90000000000000000000000000001e1", "0.0000000000000000000000000001", "12.345"],
)
def test_a_price_finer_than_a_cent_that_a_double_reads_in_cents_is_refused(
    duplicate_checked: TestClient, literal: str
) -> None:
    # read as 89.0 (the double nearest it), the first passed the cents check made on the double and was taken as a
    # price of 89; the API reads a price's digits as the CLI's readers read a cell's (`finer_than_cents`)
    body = b'{"returns": [{"sku": "A", "price": 10}, {"price": %s}]}' % literal.encode()
    refused = duplicate_checked.post("/classify", content=body)
    assert refused.status_code == 422
    (problem,) = refused.json()["detail"]
    assert (problem["field"], problem["type"]) == ("returns.1.price", "finer_than_cents")
    assert problem["problem"] == f"{literal[:40]} has more than 2 decimals (amounts are in cents)"


def test_the_amount_keys_are_the_price_fields_keys() -> None:
    # a price field under another key would be read as a double only, its digits past the cents unseen
    from serving import api

    priced = {
        name
        for model in (ReturnRequest, ClassifyRequest, FeedbackRequest, api.TriageRequest, api.ReloadRequest)
        for name, field in model.model_fields.items()
        if any(getattr(rule, "func", None) is api._sellable for rule in field.metadata)
    }
    assert priced == AMOUNT_KEYS


def test_digits_past_the_cents_are_read_only_in_an_amount(duplicate_checked: TestClient) -> None:
    # a duration or a count is no amount: only a price's key is held to cents; zeros past the cents are cents
    for body in (
        b'{"wait_seconds": 1.0000000000000000000001}',
        b'{"returns": [{"price": 89.990000000000000000000}]}',
    ):
        assert duplicate_checked.post("/classify", content=body).json() == {"bytes": len(body)}


def test_zero_in_any_form_but_a_signed_one_passes(duplicate_checked: TestClient) -> None:
    for body in (
        b'{"price": 0}',
        b'{"price": 0.0}',
        b'{"price": 0e5}',
        b'{"price": 0.000e-400}',
        b'{"n": [-1, 5e-324]}',
    ):
        assert duplicate_checked.post("/classify", content=body).json() == {"bytes": len(body)}


def test_a_body_without_a_repeated_key_is_not_walked_for_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every call's body passes the check: walking the parsed body to name a repeat's place took 24 ms of the event
    # loop for 256 returns (4 ms to parse them), though almost no body repeats a key.
    def walked(parsed: Any, amount_keys: frozenset[str]) -> str | None:
        raise AssertionError("a body without a repeated key was walked")

    monkeypatch.setattr(middleware, "_marked_place", walked)
    body = json.dumps({"returns": [EXAMPLE_EN] * 256}).encode()
    assert middleware._object_problem(body, MAX_OBJECT_KEYS, AMOUNT_KEYS) is None


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b"\xef\xbb\xbf" + b'{"texts": ["too small"]}', "UTF-8 byte-order mark"),
        ('{"texts": ["too small"]}'.encode("utf-16"), "UTF-16 byte-order mark"),
        ('{"texts": ["too small"]}'.encode("utf-32"), "UTF-32 byte-order mark"),
        ('{"texts": ["too small"]}'.encode("utf-16-le"), "UTF-16 or UTF-32"),
        ('{"texts": ["too small"]}'.encode("utf-32-be"), "UTF-16 or UTF-32"),
    ],
)
def test_a_body_in_another_encoding_than_utf8_is_refused_saying_so(
    duplicate_checked: TestClient, body: bytes, said: str
) -> None:
    # each was a 422 "Invalid JSON: expected value at line 1 column 1" (field "(body)"): nothing said the bytes were
    # fine JSON in another encoding, which a header naming it (charset=utf-16) is refused for with 415
    refused = duplicate_checked.post("/classify", content=body)
    assert refused.status_code == 415 and said in refused.json()["error"] and "send UTF-8" in refused.json()["error"]


def test_utf8_json_passes_the_encoding_check(duplicate_checked: TestClient) -> None:
    for body in ('{"texts": ["trop étroit \\u0000 ☃"]}'.encode(), b"   {}", b"[]", b"1"):
        assert duplicate_checked.post("/classify", content=body).json() == {"bytes": len(body)}


def test_objects_wider_than_any_the_api_takes_are_refused_before_validation() -> None:
    """A return of 140,000 unknown keys (1.8 MB) was answered with a 10 MB 422 listing each key, and
    a 3.5 MB log line, after ~1.5 s of the worker's event loop; 8 at once held /healthz for 9 s. An
    object with every field of the widest request model still passes."""
    app = Starlette(routes=[Route("/triage", echo_size, methods=["POST"])])
    app.add_middleware(DuplicateKeyMiddleware, paths=frozenset({"/triage"}), max_keys=MAX_OBJECT_KEYS)
    with TestClient(app) as test_client:
        for model in (ReturnRequest, HistorySummary, FeedbackRequest, ClassifyRequest):
            every_field = json.dumps(dict.fromkeys(model.model_fields, 0)).encode()
            assert test_client.post("/triage", content=every_field).json() == {"bytes": len(every_field)}
        wide = json.dumps({"returns": [EXAMPLE_EN | {f"k{i}": 0 for i in range(140_000)}]})
        refused = test_client.post("/triage", content=wide)
    assert refused.status_code == 422 and len(refused.content) < 300
    (problem,) = refused.json()["detail"]
    assert problem["type"] == "too_many_keys" and f"at most {MAX_OBJECT_KEYS}" in problem["problem"]
    assert len(ReturnRequest.model_fields) == MAX_OBJECT_KEYS  # the widest object a request holds


def test_duplicate_check_passes_the_body_on_whole(duplicate_checked: TestClient) -> None:
    body = b'{"texts": ["a", "b"], "nested": {"texts": 1}}'  # the same key in two objects is no repeat
    assert duplicate_checked.post("/classify", content=body).json() == {"bytes": len(body)}

    parts = (b'{"texts": ', b'["a"], ', b'"texts": ["b"]}')
    assert duplicate_checked.post("/classify", content=iter(parts)).status_code == 422  # a repeat across chunks
    assert duplicate_checked.post("/classify", content=iter(parts[:2])).json() == {"bytes": 17}
    assert duplicate_checked.post("/classify", content=b"[" * 1000).json() == {"bytes": 1000}  # too deep: passed on
    assert duplicate_checked.post("/classify", content=b" " * (LIMIT + 1)).status_code == 413


@pytest.mark.parametrize("status", [404, 409, 503])
def test_refused_calls_say_why(status: int) -> None:
    import bentoml

    async def endpoint(_: Request) -> JSONResponse:
        try:
            refuse(status, f"because {status}")
        except bentoml.exceptions.BentoMLException as error:  # what BentoML's endpoint wrapper does
            assert error.error_code == status
            return JSONResponse({"error": "An unexpected error has occurred"}, status_code=status)
        raise AssertionError("refuse returned")

    app = Starlette(routes=[Route("/x", endpoint, methods=["POST"]), Route("/ok", echo_size, methods=["POST"])])
    app.add_middleware(ExplainedErrorMiddleware)
    with TestClient(app) as test_client:
        response = test_client.post("/x")
        assert (response.status_code, response.json()) == (status, {"error": f"because {status}"})
        assert test_client.post("/ok", content=b"abc").json() == {"bytes": 3}


def test_refusals_to_retry_say_when() -> None:
    async def answer(request: Request) -> JSONResponse:
        status = int(request.path_params["status"])
        own = {"Retry-After": "60"} if "own" in request.query_params else None
        return JSONResponse({"status": status}, status_code=status, headers=own)

    client = TestClient(RetryAfterMiddleware(Starlette(routes=[Route("/{status}", answer)]), seconds=5))
    assert client.get("/503").headers["retry-after"] == "5"
    assert client.get("/429").headers["retry-after"] == "5"
    assert client.get("/503?own").headers.get_list("retry-after") == ["60"]  # an answer's own is kept
    for status in (200, 400, 413, 500):
        assert "retry-after" not in client.get(f"/{status}").headers


def test_the_service_tells_every_refusal_to_retry_when() -> None:
    from serving.service import RETRY_AFTER_SECONDS, TriageService

    installed = [(middleware, options) for middleware, options in TriageService.middlewares]
    assert (RetryAfterMiddleware, {"seconds": RETRY_AFTER_SECONDS}) in installed
    # Outside the ones that answer 503 themselves (the key check, the readiness probe).
    order = [middleware for middleware, _ in installed]
    assert order.index(RetryAfterMiddleware) < min(order.index(ApiKeyMiddleware), order.index(ReadinessMiddleware))


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/console/", "/console"),
        ("/console/lists/?kind=sku&value=%3Cb%3E", "/console/lists?kind=sku&value=%3Cb%3E"),
        ("/policy/en/", "/policy/en"),
    ],
)
def test_trailing_slash_redirects_never_name_the_host_the_request_claimed(path: str, location: str) -> None:
    from serving.console.app import create_app

    client = TestClient(RelativeRedirectMiddleware(create_app()), follow_redirects=False)
    for host in ("evil.example", "evil.example:8443", "testserver"):
        answer = client.get(path, headers={"Host": host})
        assert answer.status_code == 307 and answer.headers["location"] == location, (host, answer.headers)


def test_a_redirect_to_the_own_host_keeps_one_leading_slash_and_one_elsewhere_is_left_alone() -> None:
    async def bounce(request: Request) -> RedirectResponse:
        # `//evil.example/x` is another host to a browser; the shop's own site is a real elsewhere.
        target = request.query_params["to"]
        return RedirectResponse(target if "://" in target else str(request.url.replace(path=target, query="")))

    client = TestClient(RelativeRedirectMiddleware(Starlette(routes=[Route("/bounce", bounce)])))
    for to, location in (("//evil.example/x", "/evil.example/x"), ("https://shop.example/x", "https://shop.example/x")):
        answer = client.get("/bounce", params={"to": to}, headers={"Host": "evil.example"}, follow_redirects=False)
        assert answer.headers["location"] == location
