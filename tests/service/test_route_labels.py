"""Requested paths get a bounded set of /metrics labels (issue 16, defect 2: 3,000 random paths grew
/metrics from 130 KB to 13.4 MB), and every path still reaches its route. Pins the BentoML 1.4
traffic-metrics middleware that `serving.route_labels` adapts, so an upgrade that changes it fails here."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from serving.route_labels import UNKNOWN_ROUTE, route_label
from triage.settings import REPO_ROOT

SCRIPT = textwrap.dedent(
    """
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient
    from bentoml._internal.configuration.containers import BentoMLContainer
    from bentoml._internal.server.http.instruments import RunnerTrafficMetricsMiddleware

    from serving.route_labels import RestorePathMiddleware, label_routes

    label_routes(frozenset({"/triage"}), ("/console/",))
    label_routes(frozenset({"/triage"}), ("/console/",))  # a second call must not wrap twice
    app = Starlette(routes=[
        Route("/triage", lambda request: JSONResponse({}), methods=["POST"]),
        Route("/console/returns/{rid}", lambda request: JSONResponse({"rid": request.path_params["rid"]})),
    ])
    app.add_middleware(RestorePathMiddleware)
    app.add_middleware(RunnerTrafficMetricsMiddleware, namespace="probe")
    with TestClient(app) as client:
        statuses = {client.get(f"/random-{number}").status_code for number in range(200)}
        assert statuses == {404}, statuses
        assert client.post("/triage").status_code == 200
        for number in range(50):
            assert client.get(f"/console/returns/R{number}").json() == {"rid": f"R{number}"}
    text = BentoMLContainer.metrics_client.get().generate_latest().decode()
    print("\\n".join(line for line in text.splitlines() if line.startswith("probe_request_total{")))
    """
)


def test_paths_share_bounded_labels_and_still_route(tmp_path: Path) -> None:
    env = os.environ | {"PROMETHEUS_MULTIPROC_DIR": str(tmp_path), "PYTHONPATH": str(REPO_ROOT)}
    run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert len(lines) == 3, lines
    assert next(line for line in lines if f'endpoint="{UNKNOWN_ROUTE}"' in line).endswith(" 200.0")
    assert next(line for line in lines if 'endpoint="/console/*"' in line).endswith(" 50.0")
    assert next(line for line in lines if 'endpoint="/triage"' in line).endswith(" 1.0")


def test_route_label() -> None:
    routes, prefixes = frozenset({"/triage", "/"}), ("/console/", "/static_content/")
    assert route_label("/triage", routes, prefixes) == "/triage" and route_label("/", routes, prefixes) == "/"
    assert route_label("/console/returns/R1", routes, prefixes) == "/console/*"
    assert route_label("/static_content/x.css", routes, prefixes) == "/static_content/*"
    assert route_label("/triage/", routes, prefixes) == UNKNOWN_ROUTE
    assert route_label("/wp-admin", routes, prefixes) == UNKNOWN_ROUTE
