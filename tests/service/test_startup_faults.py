"""Faults at start-up and while serving (issue 16, defect 7): a champion whose artifact is missing or
corrupt stops with a message naming the model and the fix, instead of an MLflow or pickle traceback;
models that cannot start leave a worker answering 503 with the reason; a call failing because the
database is down is 503 with the readiness reason, not a bare 500; a database migrated by a newer release stops
`bentoml serve` once, with a message, instead of a restart loop."""

from __future__ import annotations

import asyncio
import pickle
import subprocess
from pathlib import Path
from types import SimpleNamespace

import bentoml
import pytest
import sqlalchemy as sa
import yaml

from serving import model_runner, service
from serving.db import open_database
from serving.model_runner import NoModels
from tests.service.conftest import ServerProcess
from triage import registry
from triage.registry import ChampionLoadError, NoChampionError, load_champion
from triage.settings import REPO_ROOT, Settings


@pytest.mark.parametrize(
    "failure",
    [FileNotFoundError("model.pkl"), pickle.UnpicklingError("invalid load key, 'n'"), ModuleNotFoundError("sklearn2")],
)
def test_unloadable_champion_names_the_model_and_the_fix(monkeypatch: pytest.MonkeyPatch, failure: Exception) -> None:
    settings = Settings()
    monkeypatch.setattr(registry, "bento_models", dict)
    monkeypatch.setattr(registry, "champion_version", lambda *_: SimpleNamespace(version="7", run_id="r"))

    def broken(*_: object) -> None:
        raise failure

    monkeypatch.setattr(registry, "load_model_version", broken)
    with pytest.raises(ChampionLoadError, match=rf"{settings.reason_model_name}.*version 7.*triage train reasons"):
        load_champion(settings, settings.reason_model_name)


def test_models_that_cannot_start_leave_a_worker_answering_503(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_champion(_: Settings) -> None:
        raise NoChampionError("no champion version of 'returns-reason-classifier'; run `triage train reasons` first")

    monkeypatch.setattr(model_runner, "load_runner", no_champion)
    models = model_runner.start_runner(Settings())
    assert isinstance(models, NoModels)
    assert "triage train reasons" in (models.problem() or "")
    with pytest.raises(bentoml.exceptions.ServiceUnavailable, match="triage train reasons"):
        asyncio.run(models.classify([]))


@pytest.mark.parametrize(
    ("reason", "status"), [("prediction log not writable: OperationalError: gone", 503), (None, None)]
)
def test_a_call_failing_while_the_store_is_down_is_503_with_the_reason(reason: str | None, status: int | None) -> None:
    class Worker:
        def readiness(self) -> str | None:
            return reason

    async def failing() -> None:
        raise ConnectionError("server closed the connection unexpectedly")

    call = service.TriageService.inner._unless_unavailable(Worker(), failing())
    if status is None:  # ready: the failure is the service's own, a 500
        with pytest.raises(ConnectionError):
            asyncio.run(call)
        return
    with pytest.raises(bentoml.exceptions.BentoMLException, match="not writable") as refused:
        asyncio.run(call)
    assert refused.value.error_code == status


def test_a_policy_file_without_shop_fault_reasons_keeps_the_service_from_serving(tmp_path) -> None:
    """A policy written before `shop_fault_reasons` stops the models from starting (no decision without a
    policy, no default one): every call and `/readyz` answer 503 with the key and what to add."""
    data = yaml.safe_load((REPO_ROOT / "config" / "policy.yaml").read_text(encoding="utf-8"))
    del data["shop_fault_reasons"]
    old = tmp_path / "policy.yaml"
    old.write_text(yaml.safe_dump(data), encoding="utf-8")
    settings = Settings(state_dir=tmp_path / "state", policy_path=old, serve_model_process=False)
    models = model_runner.start_runner(settings)
    assert isinstance(models, NoModels)
    assert "shop_fault_reasons: missing; add the reason codes" in (models.problem() or "")
    with pytest.raises(bentoml.exceptions.ServiceUnavailable, match="shop_fault_reasons"):
        asyncio.run(models.triage([]))


def test_a_database_migrated_by_a_newer_release_stops_the_server_once(tmp_path: Path) -> None:
    """`bentoml serve` on a database at a revision this release does not know exits non-zero with one message naming
    the database, its revision and the one this release reaches (each worker failed on it and was started again,
    without end)."""
    settings = Settings(state_dir=tmp_path / "state")
    engine = open_database(settings)
    with engine.begin() as connection:
        reached = connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    log = tmp_path / "serve.log"
    server = ServerProcess(settings.state_dir, log)
    server.launch()
    assert server.process is not None
    try:
        code = server.process.wait(timeout=90)
    except subprocess.TimeoutExpired:
        server.kill()
        pytest.fail(f"still running after 90 s: {log.read_text()[-2000:]}")
    said = log.read_text()
    assert code != 0
    refusal = f"cannot serve the database sqlite:///{settings.sqlite_path}: its schema is at revision 9999"
    assert said.count(refusal) == 1, said[-2000:]
    assert f"this one reaches {reached}" in said and "Traceback" not in said
