"""One Prometheus label for every path the service does not serve.

BentoML 1.4's traffic-metrics middleware labels each request with its raw path, and it runs
outside every middleware a service can add, so anyone without a key could grow `/metrics` (and
the worker's memory) without bound by requesting random paths: 3,000 of them grew `/metrics`
from 130 KB to 13.4 MB. `label_unknown_routes` wraps that middleware so a path the service does
not serve reaches it, and the router, as `UNKNOWN_ROUTE`: the answer is the same 404, under one
label. It adapts a BentoML internal (`tests/service/test_route_labels.py` pins the behaviour).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

UNKNOWN_ROUTE = "/(unknown)"
STATIC_PREFIX = "/static_content/"


@functools.cache
def _static_files() -> frozenset[str]:
    """The documentation page's assets BentoML serves under `STATIC_PREFIX`."""
    from bentoml._internal import server

    folder = Path(server.__file__).parent / "static_content"
    return frozenset(f"{STATIC_PREFIX}{path.name}" for path in folder.iterdir() if path.is_file())


def is_known_route(path: str, routes: frozenset[str]) -> bool:
    """Whether the service serves `path`: one of `routes` or a documentation asset."""
    return path in routes or (path.startswith(STATIC_PREFIX) and path in _static_files())


def label_unknown_routes(routes: frozenset[str]) -> None:
    """Make BentoML's traffic metrics see every path outside `routes` as `UNKNOWN_ROUTE` (idempotent)."""
    from bentoml._internal.server.http.instruments import RunnerTrafficMetricsMiddleware

    original = RunnerTrafficMetricsMiddleware.__call__
    original = getattr(original, "unlabelled", original)

    @functools.wraps(original)
    async def call(self: Any, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and not is_known_route(scope["path"], routes):
            scope = scope | {"path": UNKNOWN_ROUTE, "raw_path": UNKNOWN_ROUTE.encode()}
        await original(self, scope, receive, send)

    call.unlabelled = original  # type: ignore[attr-defined]
    RunnerTrafficMetricsMiddleware.__call__ = call  # type: ignore[method-assign]
