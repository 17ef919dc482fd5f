"""API-key authentication for the HTTP service (an ASGI middleware).

Every endpoint requires `Authorization: Bearer <key>` except health checks, metrics and the
documentation: a missing, unknown or revoked key gets the same 401 (a different answer for revoked
keys would tell a caller which keys once existed). `/admin/` paths need an admin-scoped key; a valid
key of another scope gets 403 there (it is known, so saying so leaks nothing). A key's status, once read
from the database, is reused for `Settings.api_key_cache_seconds`: a database round trip on every
request (on a worker thread, often on a new connection) was a third of the served worker's
threaded CPU at concurrency 32. A revocation therefore takes effect within that many seconds.
Unknown keys are never cached, so a key works as soon as it is created and random tokens cannot
grow the cache.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import anyio
from sqlalchemy.exc import OperationalError
from starlette.datastructures import Headers
from starlette.responses import JSONResponse

from serving.stores.api_keys import ApiKeyStore, KeyCheck, KeyScope, KeyStatus

PUBLIC_PATHS: frozenset[str] = frozenset({"/", "/healthz", "/livez", "/readyz", "/metrics", "/docs.json", "/console"})
# The console checks its own session cookie (an API key does not open it); the policy page is public.
PUBLIC_PREFIXES: tuple[str, ...] = ("/static_content/", "/console/", "/policy/")
# Operations on the running service (e.g. POST /admin/reload): admin-scoped keys only.
ADMIN_PREFIX = "/admin/"
# Where a call's scope state holds the id of the API key it came with (`caller`).
CALLER_STATE = "api_key_id"

Scope = dict[str, Any]
ASGIApp = Callable[..., Any]


def is_public(path: str) -> bool:
    """Paths without an API key: health checks, metrics, the OpenAPI documentation, the console
    (which has its own sign-in) and the public policy page."""
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


def caller(scope: Scope) -> str | None:
    """The id of the API key a call passed `ApiKeyMiddleware` with (None: a public path)."""
    return scope.get("state", {}).get(CALLER_STATE)


def bearer_token(scope: Scope) -> str | None:
    """The token of an `Authorization: Bearer ...` header, if any. None for a call sending the header more than once:
    the first copy was taken, so a call a proxy in front checked by its other copy was answered with this key."""
    sent = Headers(scope=scope).getlist("authorization")
    if len(sent) != 1:
        return None
    scheme, _, token = sent[0].partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class ApiKeyMiddleware:
    """Rejects requests without a valid API key: missing, unknown and revoked alike get 401.

    Args:
        app: the wrapped ASGI app.
        key_store: builds the key store on first use (in the worker process, after fork).
        cache_seconds: how long a valid or revoked key's status is reused (0: every request asks
            the database).
    """

    def __init__(self, app: ASGIApp, key_store: Callable[[], ApiKeyStore], cache_seconds: float = 0.0) -> None:
        self.app = app
        self._key_store_factory = key_store
        self._key_store: ApiKeyStore | None = None
        self.cache_seconds = cache_seconds
        self._known: dict[str, tuple[KeyCheck, float]] = {}

    def _check(self, token: str) -> KeyCheck:
        if self._key_store is None:
            self._key_store = self._key_store_factory()
        return self._key_store.check(token)

    async def status(self, token: str) -> KeyCheck:
        """The key's status and scope: from the cache while fresh, else from the database."""
        now = time.monotonic()
        known = self._known.get(token)
        if known is not None and now < known[1]:
            return known[0]
        check = await anyio.to_thread.run_sync(self._check, token)
        if check.status is not KeyStatus.UNKNOWN and self.cache_seconds > 0:
            self._known[token] = (check, now + self.cache_seconds)
        return check

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or is_public(scope["path"]):
            await self.app(scope, receive, send)
            return
        token = bearer_token(scope)
        try:
            check = KeyCheck(KeyStatus.UNKNOWN) if token is None else await self.status(token)
        except OperationalError as error:
            # The key database unreachable: no key can be checked, so say why (retry later). Raised
            # on from here, the error left the call unanswered until the client gave up.
            await JSONResponse({"error": f"database unavailable: {error.orig}"}, status_code=503)(scope, receive, send)
            return
        if check.status is not KeyStatus.VALID:
            response = JSONResponse(
                {"error": "missing or invalid API key"}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
            await response(scope, receive, send)
            return
        if scope["path"].startswith(ADMIN_PREFIX) and check.scope is not KeyScope.ADMIN:
            response = JSONResponse(
                {"error": f"{scope['path']} needs an admin-scoped API key; this key's scope is {check.scope}"},
                status_code=403,
            )
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})[CALLER_STATE] = check.key_id
        await self.app(scope, receive, send)
