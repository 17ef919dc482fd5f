"""A real `bentoml serve` of the triage service for tests that need one (service and browser tests)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil

from triage.settings import REPO_ROOT, Settings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def listening_port(process: subprocess.Popen[bytes]) -> int | None:
    """The TCP port `process` or one of its children listens on, None before any does. A server started on port 0 has
    the kernel pick a free port as it binds: no other process can take it between the pick and the bind, as one could
    take a `free_port` before a slow server bound it (and then answer its health checks)."""
    try:
        tree = [psutil.Process(process.pid)]
        tree += tree[0].children(recursive=True)
    except psutil.NoSuchProcess:
        return None
    for member in tree:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            for connection in member.net_connections(kind="tcp"):
                if connection.status == psutil.CONN_LISTEN:
                    return int(connection.laddr.port)
    return None


class ServerProcess:
    """A real `bentoml serve` of the triage service, in its own process group."""

    def __init__(
        self,
        state_dir: Path,
        log_path: Path,
        env: dict[str, str] | None = None,
        target: str = "serving.service:TriageService",
        cwd: Path = REPO_ROOT,
        clean_env: bool = False,
    ) -> None:
        """`env` overrides the test environment (with `clean_env`, it is the whole environment);
        `target` is what `bentoml serve` serves (a service import path, or a Bento tag served from `cwd`)."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.state_dir = state_dir
        self.log_path = log_path
        self.env = env or {}
        self.target = target
        self.cwd = cwd
        self.clean_env = clean_env
        self.process: subprocess.Popen[bytes] | None = None

    def launch(self) -> None:
        """Start the server without waiting for it (see `wait_ready`)."""
        env = (
            {}
            if self.clean_env
            else os.environ
            | {
                "TRIAGE_STATE_DIR": str(self.state_dir),
                "BENTOML_HOME": str(self.state_dir / "bentoml"),
                # What the tests expect (one worker, a model process to kill), whatever the machine's cores.
                "TRIAGE_SERVE_WORKERS": "1",
                "TRIAGE_SERVE_MODEL_PROCESS": "true",
            }
        )
        command = [sys.executable, "-m", "bentoml", "serve", self.target]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, cwd=self.cwd, env=env | self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def start(self, timeout: float = 120) -> None:
        self.launch()
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 120) -> None:
        """Wait until `/readyz` answers 200; kill the server and raise with its log otherwise."""
        assert self.process is not None, "launch() first"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}: {self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.5)
        self.kill()
        raise RuntimeError(f"server not ready after {timeout}s: {self.log_path.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL the server and every worker it spawned: a crash, not a graceful shutdown.

        BentoML starts workers in their own process groups, so killing the group is not enough.
        """
        if self.process is None:
            return
        try:
            processes = [psutil.Process(self.process.pid)]
            processes += processes[0].children(recursive=True)
        except psutil.NoSuchProcess:
            processes = []
        for process in processes:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.send_signal(signal.SIGKILL)
        psutil.wait_procs(processes, timeout=30)
        self.process.wait(timeout=30)
        self.process = None


def settings_with_key(state_dir: Path, name: str) -> tuple[Settings, str]:
    """The settings of a state folder to serve (its reports folder made) and a new score-scoped API key
    named `name` in its database, for scripts that start `ServerProcess`es on it."""
    from serving.db import open_database
    from serving.stores.api_keys import ApiKeyStore

    settings = Settings(state_dir=state_dir)
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    engine = open_database(settings)
    key = ApiKeyStore(engine).create(name)[1]
    engine.dispose()
    return settings, key
