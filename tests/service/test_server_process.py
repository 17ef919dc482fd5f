"""The test servers' `ServerProcess`: it serves on a port nothing else can take, and says which."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest
from server_support import ServerProcess, served_port

# A service of one route, quick to start: what is tested is how the server is started and found, not the triage.
TINY_SERVICE = """
import bentoml


@bentoml.service
class Echo:
    @bentoml.api
    def echo(self, text: str) -> str:
        return text
"""


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[ServerProcess]:
    (tmp_path / "echo_service.py").write_text(TINY_SERVICE)
    server = ServerProcess(tmp_path / "state", tmp_path / "serve.log", target="echo_service:Echo", cwd=tmp_path)
    yield server
    server.kill()


def _listening(server: ServerProcess) -> set[int]:
    assert server.process is not None
    root = psutil.Process(server.process.pid)
    return {
        connection.laddr.port
        for member in (root, *root.children(recursive=True))
        for connection in member.net_connections(kind="tcp")
        if connection.status == psutil.CONN_LISTEN
    }


def test_the_server_is_found_on_the_port_its_worker_serves_among_the_ports_it_listens_on(tiny: ServerProcess) -> None:
    tiny.start(timeout=120)
    assert tiny.process is not None and served_port(tiny.process) == tiny.port
    # BentoML's arbiter listens on its control and event endpoints too: any port of the tree was not the service's
    others = _listening(tiny) - {tiny.port}
    assert others, _listening(tiny)
    assert httpx.post(f"{tiny.url}/echo", json={"text": "bonjour"}).text == "bonjour"


def test_a_server_started_again_after_a_kill_answers_on_the_same_address(tiny: ServerProcess) -> None:
    tiny.start(timeout=120)
    url = tiny.url
    tiny.kill()
    tiny.start(timeout=120)
    assert tiny.url == url and httpx.get(f"{url}/readyz").status_code == 200


class _TakenFirst(ServerProcess):
    """A server whose first launch asks for a port another socket holds, as one taken between its pick and its bind."""

    def __init__(self, taken: int, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.taken: int | None = taken

    def port_to_bind(self) -> int:
        taken, self.taken = self.taken, None
        return taken or super().port_to_bind()


def test_a_first_start_whose_port_was_taken_is_started_again_on_another(tmp_path: Path) -> None:
    (tmp_path / "echo_service.py").write_text(TINY_SERVICE)
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        taken = holder.getsockname()[1]
        server = _TakenFirst(
            taken, tmp_path / "state", tmp_path / "serve.log", target="echo_service:Echo", cwd=tmp_path
        )
        try:
            server.start(timeout=120)
            assert server.port not in (None, taken)
            assert "Address already in use" in (tmp_path / "serve.log").read_text()
            assert httpx.post(f"{server.url}/echo", json={"text": "hi"}).text == "hi"
        finally:
            server.kill()
