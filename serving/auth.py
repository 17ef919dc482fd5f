"""API-key authentication for the HTTP service (an ASGI middleware).

Every endpoint requires `Authorization: Bearer <key>` except health checks, metrics and the
documentation: a missing or unknown key gets 401, a revoked key 403. Keys are checked against
the database on every request, so a revocation takes effect immediately.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
from starlette.datastructures import Headers
from starlette.responses import JSONResponse

from serving.stores.api_keys import ApiKeyStore, KeyStatus

PUBLIC_PATHS: frozenset[str] = frozenset({"/", "/healthz", "/livez", "/readyz", "/metrics", "/docs.json"})
PUBLIC_PREFIXES: tuple[str, ...] = ("/static_content/",)

Scope = dict[str, Any]
ASGIApp = Callable[..., Any]


def is_public(path: str) -> bool:
    """Paths anyone may call: health checks, metrics and the OpenAPI documentation."""
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


def bearer_token(scope: Scope) -> str | None:
    """The token of an `Authorization: Bearer ...` header, if any."""
    scheme, _, token = Headers(scope=scope).get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class ApiKeyMiddleware:
    """Rejects requests without a valid API key (401) or with a revoked one (403).

    Args:
        app: the wrapped ASGI app.
        key_store: builds the key store on first use (in the worker process, after fork).
    """

    def __init__(self, app: ASGIApp, key_store: Callable[[], ApiKeyStore]) -> None:
        self.app = app
        self._key_store_factory = key_store
        self._key_store: ApiKeyStore | None = None

    def _check(self, token: str) -> KeyStatus:
        if self._key_store is None:
            self._key_store = self._key_store_factory()
        return self._key_store.check(token)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or is_public(scope["path"]):
            await self.app(scope, receive, send)
            return
        token = bearer_token(scope)
        status = KeyStatus.UNKNOWN if token is None else await anyio.to_thread.run_sync(self._check, token)
        if status is not KeyStatus.VALID:
            code, message = (
                (403, "API key revoked") if status is KeyStatus.REVOKED else (401, "missing or unknown API key")
            )
            response = JSONResponse({"error": message}, status_code=code, headers={"WWW-Authenticate": "Bearer"})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
