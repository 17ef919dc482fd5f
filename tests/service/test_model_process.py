"""The models in a model process (the same batches as the engine in this process, its failures and
its exit) and in a worker thread."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest

from decisions.policy import load_policy
from serving.model_process import ModelProcess, ModelProcessError, ModelProcessGone, batch_failure
from serving.model_runner import InThreadRunner, ModelRunner
from serving.model_side import DatabaseUnavailable, ModelSide, ReasonInput

TEXTS = ["the zip broke after one wear", "taille trop petite, je voudrais un échange", "arrived too late"]


@pytest.fixture(scope="module")
def model_process(trained_reasons: Any) -> Any:
    exits = threading.Event()
    process = ModelProcess(on_exit=exits.set)
    process.exits = exits  # type: ignore[attr-defined]
    yield process
    process.close()


def test_a_batch_in_the_model_process_gives_what_the_engine_gives_in_this_process(
    model_process: ModelProcess, settings: Any
) -> None:
    items = [ReasonInput(text=text) for text in TEXTS]
    parts, seconds = asyncio.run(model_process.classify(items))

    assert parts == ModelSide(settings).classify_batch(items)
    assert seconds > 0 and model_process.process.pid != os.getpid()
    assert model_process.reason_versions.items() <= model_process.model_versions.items()


def test_a_failing_batch_reaches_its_callers_and_the_next_batch_still_runs(model_process: ModelProcess) -> None:
    classify = model_process.classify
    with pytest.raises(ModelProcessError, match="AttributeError"):
        asyncio.run(classify(["a plain string, not a ReasonInput"]))
    parts, _ = asyncio.run(classify([ReasonInput(text=TEXTS[0])]))
    assert len(parts) == 1 and model_process.problem() is None


def test_a_database_refusal_in_the_model_process_is_said_as_the_worker_says_it() -> None:
    # the 503 read "DatabaseUnavailable: database unavailable: ..." when the model process met the refusal, and
    # "database unavailable: ..." when the worker did (PostgreSQL restarted under calls: faults.py database-restart)
    refused = DatabaseUnavailable("database unavailable: connection failed")
    assert batch_failure(refused) == (True, "database unavailable: connection failed")
    assert batch_failure(AttributeError("x")) == (False, "AttributeError: x")


def test_both_ways_of_running_the_models_are_model_runners(model_process: ModelProcess, settings: Any) -> None:
    assert isinstance(model_process, ModelRunner) and model_process.pipelined
    runner = InThreadRunner(ModelSide(settings))
    assert isinstance(runner, ModelRunner) and not runner.pipelined
    assert runner.model_versions == model_process.model_versions
    # the endpoint holds a request's own history to the quota window of the policy the models serve
    quota = load_policy(settings.policy_path).free_return_quota
    assert runner.quota_window_days == model_process.quota_window_days == quota.window_days


def test_without_a_champion_the_model_process_fails_with_the_command_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from triage.settings import get_settings

    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path))  # the child reads its settings from the environment
    get_settings.cache_clear()
    try:
        with pytest.raises(ModelProcessError, match="triage train reasons"):
            ModelProcess(on_exit=lambda: None)
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()


def test_when_the_model_process_dies_its_calls_get_503_and_the_worker_is_told(trained_reasons: Any) -> None:
    exits = threading.Event()
    process = ModelProcess(on_exit=exits.set)
    os.kill(process.process.pid, signal.SIGKILL)

    assert exits.wait(timeout=30), "on_exit was not called"
    assert "exited (code -9)" in (process.problem() or "")
    with pytest.raises(ModelProcessGone) as raised:
        asyncio.run(process.classify([ReasonInput(text=TEXTS[0])]))
    assert raised.value.error_code == 503
    process.close()  # nothing left to stop: no error


def test_closing_stops_the_child_without_calling_on_exit(trained_reasons: Any) -> None:
    exits = threading.Event()
    process = ModelProcess(on_exit=exits.set)
    process.close()

    assert process.process.exitcode == 0
    assert not exits.wait(timeout=1)


def test_in_thread_models_give_what_the_engine_gives(trained_reasons: Any, settings: Any) -> None:
    model_side = ModelSide(settings)
    items = [ReasonInput(text=text) for text in TEXTS]
    parts, seconds = asyncio.run(InThreadRunner(model_side).classify(items))

    assert parts == model_side.classify_batch(items) and seconds > 0
