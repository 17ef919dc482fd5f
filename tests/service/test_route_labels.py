"""Unknown paths share one /metrics label (issue 16, defect 2: 3,000 random paths grew /metrics
from 130 KB to 13.4 MB). Pins the BentoML 1.4 traffic-metrics middleware that
`serving.route_labels` adapts, so an upgrade that changes it fails here."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from serving.route_labels import UNKNOWN_ROUTE, is_known_route
from triage.settings import REPO_ROOT

SCRIPT = textwrap.dedent(
    """
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient
    from bentoml._internal.configuration.containers import BentoMLContainer
    from bentoml._internal.server.http.instruments import RunnerTrafficMetricsMiddleware

    from serving.route_labels import label_unknown_routes

    label_unknown_routes(frozenset({"/triage"}))
    label_unknown_routes(frozenset({"/triage"}))  # a second call must not wrap twice
    app = Starlette(routes=[Route("/triage", lambda request: JSONResponse({}), methods=["POST"])])
    app.add_middleware(RunnerTrafficMetricsMiddleware, namespace="probe")
    with TestClient(app) as client:
        statuses = {client.get(f"/random-{number}").status_code for number in range(200)}
        assert statuses == {404}, statuses
        assert client.post("/triage").status_code == 200
    text = BentoMLContainer.metrics_client.get().generate_latest().decode()
    print("\\n".join(line for line in text.splitlines() if line.startswith("probe_request_total{")))
    """
)


def test_unknown_paths_share_one_label(tmp_path: Path) -> None:
    env = os.environ | {"PROMETHEUS_MULTIPROC_DIR": str(tmp_path), "PYTHONPATH": str(REPO_ROOT)}
    run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert len(lines) == 2, lines
    assert any(f'endpoint="{UNKNOWN_ROUTE}"' in line and 'http_response_code="404"' in line for line in lines)
    assert any('endpoint="/triage"' in line and line.endswith(" 1.0") for line in lines)
    assert next(line for line in lines if UNKNOWN_ROUTE in line).endswith(" 200.0")


def test_known_routes() -> None:
    routes = frozenset({"/triage", "/"})
    assert is_known_route("/triage", routes) and is_known_route("/", routes)
    assert is_known_route("/static_content/swagger-ui.css", routes)
    assert not is_known_route("/static_content/nope-123.css", routes)
    assert not is_known_route("/triage/", routes) and not is_known_route("/wp-admin", routes)
