"""A real `bentoml serve` of the triage service for tests that need one (service and browser tests)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil

from triage.settings import REPO_ROOT, Settings


def listening_port(process: subprocess.Popen[bytes]) -> int | None:
    """The TCP port `process` or one of its children listens on, None before any does. A server started on port 0 has
    the kernel pick a free port as it binds: no other process can take it between the pick and the bind, as one could
    take a port chosen free beforehand before a slow server bound it (and then answer its health checks)."""
    for member in _tree(process):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            for connection in member.net_connections(kind="tcp"):
                if connection.status == psutil.CONN_LISTEN:
                    return int(connection.laddr.port)
    return None


def served_port(process: subprocess.Popen[bytes]) -> int | None:
    """The port a `bentoml serve` run as `process` answers HTTP on, None before a worker has started: the socket its
    arbiter binds and hands each worker as `--fd N`. The arbiter listens on two ports more (its control and event
    endpoints), so not every port the tree listens on is the service's."""
    for member in _tree(process):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied, ValueError, IndexError):
            arguments = member.cmdline()
            if "--fd" not in arguments:
                continue
            handed = int(arguments[arguments.index("--fd") + 1])
            for connection in member.net_connections(kind="tcp"):
                if connection.fd == handed and connection.status == psutil.CONN_LISTEN:
                    return int(connection.laddr.port)
    return None


def _tree(process: subprocess.Popen[bytes]) -> list[psutil.Process]:
    try:
        root = psutil.Process(process.pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


# What a `bentoml serve` whose socket could not be bound says before it exits (circus, then the OS).
BIND_REFUSALS = ("Could not bind", "Address already in use")
# How many times a first start on a port the kernel picks is tried again after a port taken meanwhile: BentoML binds
# its two endpoint ports after choosing them free and letting them go, so another bind can come between.
BIND_RETRIES = 3


class ServerProcess:
    """A real `bentoml serve` of the triage service, in its own process group.

    It listens on a port the kernel picks as the socket is bound (`--port 0`), read from the worker (`served_port`)
    once it runs: a port chosen free beforehand could be taken before a slow start bound it, by another server or by
    one of BentoML's own endpoints, and the start failed or another server answered its health checks. `port` and
    `url` are known from `wait_ready` on; a start after `kill` binds the same port again, as clients hold its URL.
    """

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
        self.port: int | None = None
        self.state_dir = state_dir
        self.log_path = log_path
        self.env = env or {}
        self.target = target
        self.cwd = cwd
        self.clean_env = clean_env
        self.process: subprocess.Popen[bytes] | None = None
        self._log_start = 0

    @property
    def url(self) -> str:
        assert self.port is not None, "the port is known once the server listens (wait_ready)"
        return f"http://127.0.0.1:{self.port}"

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
                # the first triages of a test pay what a warm-up would; not every server a test starts triages
                "TRIAGE_SERVE_WARM_UP": "false",
            }
        )
        command = [sys.executable, "-m", "bentoml", "serve", self.target]
        command += ["--host", "127.0.0.1", "--port", str(self.port_to_bind())]
        self._log_start = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, cwd=self.cwd, env=env | self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def port_to_bind(self) -> int:
        """The port a launch asks for: the one served before a `kill`, else 0 (the kernel picks one as it binds)."""
        return self.port or 0

    def start(self, timeout: float = 120) -> None:
        self.launch()
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 120) -> None:
        """Wait until `/readyz` answers 200; kill the server and raise with its log otherwise. A first start whose
        socket was taken meanwhile is started again, on another port the kernel picks."""
        assert self.process is not None, "launch() first"
        deadline = time.monotonic() + timeout
        picked, retries = self.port is None, BIND_RETRIES
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                said = self._said()
                if picked and retries and any(refusal in said for refusal in BIND_REFUSALS):
                    retries -= 1
                    self.process = None
                    self.launch()
                    continue
                raise RuntimeError(f"server exited with {self.process.returncode}: {said[-3000:]}")
            port = served_port(self.process)  # ours: never another server that took the port meanwhile
            if port is not None:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                        self.port = port
                        return
                except httpx.TransportError:
                    pass
            time.sleep(0.5)
        self.kill()
        raise RuntimeError(f"server not ready after {timeout}s: {self._said()[-3000:]}")

    def _said(self) -> str:
        """What the server wrote to its log since it was last launched."""
        with self.log_path.open("rb") as log:
            log.seek(self._log_start)
            return log.read().decode(errors="replace")

    def kill(self) -> None:
        """SIGKILL the server and every worker it spawned: a crash, not a graceful shutdown.

        BentoML starts workers in their own process groups, so killing the group is not enough.
        """
        if self.process is None:
            return
        processes = _tree(self.process)
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
