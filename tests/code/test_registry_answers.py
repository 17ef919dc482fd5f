"""A tracking server that does not answer, or answers with errors, is said to be so, within a bounded wait: it is not
a registry without a champion (a command would train a new one, or go on without a model that exists)."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner, Result

from cli.app import app
from triage import registry
from triage.registry import RegistryUnavailableError, champion_version
from triage.settings import Settings, get_settings

WAIT_SECONDS = 0.5


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback port that takes connections and never answers (a server hung, a firewall that drops)."""
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen(64)
        yield f"http://127.0.0.1:{listening.getsockname()[1]}"


class _Unavailable(BaseHTTPRequestHandler):
    """Healthy at `/health`, 503 for every call of MLflow's API (a proxy in front of a stopped registry)."""

    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/health" else 503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        """Quiet."""


class _HungBehindHealth(BaseHTTPRequestHandler):
    """Healthy at `/health`, silent for every call of MLflow's API (a registry whose database hangs)."""

    def do_GET(self) -> None:
        if self.path != "/health":
            time.sleep(60)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        """Quiet."""


def _serve(monkeypatch: pytest.MonkeyPatch, handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    # MLflow's retries and timeout as the registry sets them, unset again after the test
    for variable in (
        "MLFLOW_HTTP_REQUEST_MAX_RETRIES",
        "MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR",
        "MLFLOW_HTTP_REQUEST_TIMEOUT",
    ):
        monkeypatch.setenv(variable, "")
        monkeypatch.delenv(variable)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def failing_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    yield from _serve(monkeypatch, _Unavailable)


@pytest.fixture
def hung_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    yield from _serve(monkeypatch, _HungBehindHealth)


def _run(monkeypatch: pytest.MonkeyPatch, state: Path, uri: str, command: list[str]) -> tuple[Result, float]:
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(state))
    monkeypatch.setenv("TRIAGE_MLFLOW_TRACKING_URI", uri)
    monkeypatch.setenv("TRIAGE_REGISTRY_ANSWER_SECONDS", str(WAIT_SECONDS))
    get_settings.cache_clear()
    started = time.monotonic()
    try:
        return CliRunner().invoke(app, command), time.monotonic() - started
    finally:
        get_settings.cache_clear()


@pytest.mark.parametrize(
    "command",
    [
        ["predict", "reasons", "--input", "{texts}", "--output", "{out}"],
        ["serve", "--port", "{port}"],
        ["bento", "build"],
    ],
)
def test_a_registry_that_never_answers_is_said_within_the_wait_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, silent_server: str, command: list[str]
) -> None:
    # `predict reasons` waited 200 s and more, then said "no champion version of ... in http://..."
    texts = tmp_path / "texts.csv"
    texts.write_text("text\nthe zip broke on day one\n")
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = str(spare.getsockname()[1])
    filled = [part.format(texts=texts, out=tmp_path / "out.csv", port=port) for part in command]
    result, seconds = _run(monkeypatch, tmp_path / "state", silent_server, filled)
    assert result.exit_code == 1, result.output
    assert f"the registry {silent_server} did not answer within {WAIT_SECONDS:g} s" in result.output, result.output
    assert "no champion" not in result.output and "Traceback" not in result.output
    assert seconds < 30, seconds
    assert not (tmp_path / "out.csv").exists()


def test_an_unreachable_registry_is_no_reason_to_train_a_new_champion(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # `triage up` read the refusal as "no champion" and trained new ones, to be registered nowhere
    from cli.train import ensure_champions

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        uri = f"http://127.0.0.1:{closed.getsockname()[1]}"  # bound, never listening: refused
    trained: list[Settings] = []
    monkeypatch.setattr("cli.train.run_reason_training", trained.append)
    with pytest.raises(RegistryUnavailableError, match=r"could not be reached \(ConnectionError\)"):
        ensure_champions(Settings(state_dir=tmp_path, mlflow_tracking_uri=uri, registry_answer_seconds=WAIT_SECONDS))
    assert trained == []


def test_a_registry_answering_errors_is_said_as_such_not_as_no_champion(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, failing_server: str
) -> None:
    # MLflow retried a 503 seven times over four minutes, then the command said "no champion"
    settings = Settings(state_dir=tmp_path, mlflow_tracking_uri=failing_server, registry_answer_seconds=WAIT_SECONDS)
    started = time.monotonic()
    with pytest.raises(RegistryUnavailableError, match="could not be read"):
        champion_version(settings, "m")
    assert time.monotonic() - started < 30


def test_a_registry_answering_health_but_not_its_calls_is_said_within_the_wait(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, hung_server: str
) -> None:
    # `/health` answered, so the check let MLflow wait its own 120 s per try, three tries, before the refusal
    settings = Settings(state_dir=tmp_path, mlflow_tracking_uri=hung_server, registry_answer_seconds=WAIT_SECONDS)
    started = time.monotonic()
    with pytest.raises(RegistryUnavailableError, match=r"did not answer a call within 1 s \(TRIAGE_REGISTRY_ANSWER"):
        champion_version(settings, "m")
    assert time.monotonic() - started < 30


def test_a_local_registry_without_the_model_or_its_alias_has_no_champion(tmp_path: Path) -> None:
    import mlflow

    settings = Settings(state_dir=tmp_path)
    settings.prepare_state()
    mlflow.MlflowClient(tracking_uri=settings.tracking_uri, registry_uri=settings.tracking_uri).create_registered_model(
        "m"
    )
    assert champion_version(settings, "m") is None
    assert champion_version(settings, "never-registered") is None


def test_a_registry_file_that_is_no_database_is_said_as_such(tmp_path: Path) -> None:
    # SQLAlchemy's DatabaseError was a traceback from every command that opened it
    garbage = tmp_path / "mlflow.db"
    garbage.write_bytes(bytes(range(256)) * 20)
    settings = Settings(state_dir=tmp_path, mlflow_tracking_uri=f"sqlite:///{garbage}")
    with pytest.raises(RegistryUnavailableError, match="could not be read \\(file is not a database\\)"):
        champion_version(settings, "m")


def test_a_postgresql_registry_that_refuses_connections_is_said_within_the_wait(tmp_path: Path) -> None:
    # MLflow retried opening it 15 times with a doubling back-off: most of an hour without a word
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        uri = f"postgresql+psycopg://shop:s3cret@127.0.0.1:{closed.getsockname()[1]}/registry"
    settings = Settings(state_dir=tmp_path, mlflow_tracking_uri=uri, registry_answer_seconds=WAIT_SECONDS)
    started = time.monotonic()
    with pytest.raises(RegistryUnavailableError, match="could not be read") as refused:
        champion_version(settings, "m")
    assert time.monotonic() - started < 30 and "s3cret" not in str(refused.value)


def test_training_against_a_registry_answering_errors_is_one_line_without_its_password(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, failing_server: str
) -> None:
    # `triage train risk` ended in a 273-line MLflow traceback carrying http://u:s3cret@... in clear
    uri = failing_server.replace("http://", "http://u:s3cret@")
    result, seconds = _run(monkeypatch, tmp_path / "state", uri, ["train", "risk"])
    assert result.exit_code == 1, result.output
    assert "could not be read" in result.output and "TRIAGE_MLFLOW_TRACKING_URI" in result.output, result.output
    assert "s3cret" not in result.output and "Traceback" not in result.output and seconds < 60


def test_a_refusal_cut_short_keeps_no_part_of_the_password(tmp_path: Path) -> None:
    # the driver's words were cut to their first 300 characters before the password was hidden: a password across
    # the cut kept its first characters in clear
    settings = Settings(
        state_dir=tmp_path, mlflow_tracking_uri="postgresql+psycopg://shop:s3cretpassword@127.0.0.1:5/r"
    )
    said = "x" * 271 + " postgresql://shop:s3cretpassword@127.0.0.1:5/r refused"
    with pytest.raises(RegistryUnavailableError) as refused, registry._registry_read(settings):
        raise OperationalError("connect", {}, Exception(said))
    assert "could not be read" in str(refused.value) and "s3cret" not in str(refused.value), str(refused.value)


STORE_SECONDS = 2.0


class _SlowToStore(BaseHTTPRequestHandler):
    """Healthy at `/health`; an upload is answered once stored, `STORE_SECONDS` later (a tracking server putting the
    model in an object store before it answers)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        time.sleep(STORE_SECONDS)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client that gave up
            self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def slow_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    yield from _serve(monkeypatch, _SlowToStore)


def test_a_model_upload_waits_for_the_server_to_store_it_not_the_registry_answer_wait(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, slow_store: str
) -> None:
    # each try waited TRIAGE_REGISTRY_ANSWER_SECONDS for the answer: a model the server took longer to store failed
    # its training after three uploads (and a download, fetched whole before its first byte, its load)
    from mlflow.exceptions import MlflowException
    from mlflow.store.artifact.http_artifact_repo import HttpArtifactRepository

    url = slow_store
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("TRIAGE_MLFLOW_TRACKING_URI", url)
    monkeypatch.setenv("TRIAGE_REGISTRY_ANSWER_SECONDS", str(WAIT_SECONDS))
    settings = Settings()
    registry._check_server_answers(settings)
    model = tmp_path / "model.pkl"
    model.write_bytes(b"\0" * 1_000_000)
    artifacts = HttpArtifactRepository(f"{url}/api/2.0/mlflow-artifacts/artifacts/1/run/artifacts")

    with registry.artifact_transfers(settings), registry.artifact_transfers(settings):
        artifacts.log_artifact(str(model), "model")
        registry._check_server_answers(settings)  # a registry call within leaves the transfer's wait
        artifacts.log_artifact(str(model), "model")
    # the registry's other calls are bounded again
    assert os.environ["MLFLOW_HTTP_REQUEST_TIMEOUT"] == "1"
    with pytest.raises(MlflowException):
        artifacts.log_artifact(str(model), "model")


@pytest.mark.parametrize(("make", "said"), [(Path.mkdir, "a folder"), (os.mkfifo, "no regular file (a FIFO")])
def test_a_folder_in_the_registrys_place_is_said_to_be_one_not_read_as_no_champion(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, make: Callable[[Path], None], said: str
) -> None:
    # read as a registry not made yet: "no champion", and `triage up` went on to train new ones; opened, MLflow
    # retried for two minutes before "unable to open database file". A FIFO there was called a folder.
    (tmp_path / "state").mkdir()
    make(tmp_path / "state" / "mlflow.db")
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("TRIAGE_MLFLOW_TRACKING_URI", raising=False)
    started = time.monotonic()
    with pytest.raises(RegistryUnavailableError, match=f"is {re.escape(said)}.*, not a database file: check TRIAGE_"):
        champion_version(Settings(), "returns-reason-classifier")
    assert time.monotonic() - started < 10
