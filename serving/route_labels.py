"""Bounded Prometheus labels for the paths requested from the service.

BentoML 1.4's traffic-metrics middleware labels each request with its raw path, and it runs
outside every middleware a service can add, so anyone without a key could grow `/metrics` (and
the worker's memory) without bound by requesting random paths: 3,000 of them grew `/metrics`
from 130 KB to 13.4 MB. `label_routes` wraps that middleware so it sees `route_label(path)`: the
path itself for the service's fixed routes, `<prefix>*` for paths under a prefix the service
serves (the console's `/console/returns/{return_id}`, documentation assets), `UNKNOWN_ROUTE` for
anything else. The real path travels in the scope under `REAL_PATH` and `RestorePathMiddleware`,
the first of the service's own middlewares, puts it back before routing. This adapts a BentoML
internal (`tests/service/test_route_labels.py` pins the behaviour).
"""

from __future__ import annotations

import functools
from typing import Any

UNKNOWN_ROUTE = "/(unknown)"
REAL_PATH = "triage.real_path"


def route_label(path: str, routes: frozenset[str], prefixes: tuple[str, ...]) -> str:
    """The label of `path`: itself when one of `routes`, `<prefix>*` under a served prefix, else unknown."""
    if path in routes:
        return path
    prefix = next((prefix for prefix in prefixes if path.startswith(prefix)), None)
    return f"{prefix}*" if prefix is not None else UNKNOWN_ROUTE


def label_routes(routes: frozenset[str], prefixes: tuple[str, ...]) -> None:
    """Make BentoML's traffic metrics label paths with `route_label` (idempotent)."""
    from bentoml._internal.server.http.instruments import RunnerTrafficMetricsMiddleware

    original = RunnerTrafficMetricsMiddleware.__call__
    original = getattr(original, "unlabelled", original)

    @functools.wraps(original)
    async def call(self: Any, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            label = route_label(scope["path"], routes, prefixes)
            if label != scope["path"]:
                scope = scope | {"path": label, REAL_PATH: scope["path"]}
        await original(self, scope, receive, send)

    call.unlabelled = original  # type: ignore[attr-defined]
    RunnerTrafficMetricsMiddleware.__call__ = call  # type: ignore[method-assign]


class RestorePathMiddleware:
    """Puts back the path `label_routes` replaced by its label, so routing sees the real one."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if REAL_PATH in scope:
            scope = {key: value for key, value in scope.items() if key != REAL_PATH} | {"path": scope[REAL_PATH]}
        await self.app(scope, receive, send)
