"""`ReloadableRunner` with fake runners: swapping models under traffic drops no call, the old models
finish what they were handed before they close, and bad new models leave the old ones serving.
(`tests/service/test_reload_http.py` does the same through a real `bentoml serve`.)"""

from __future__ import annotations

import asyncio
import itertools
from types import SimpleNamespace
from typing import Any

import pytest

from serving.api import EXAMPLE_EN, ReturnRequest
from serving.model_reload import ReloadableRunner, ReloadOutcome

SMOKE = ReturnRequest(**EXAMPLE_EN)


class FakeRunner:
    """Answers each item with its version after `seconds`; refuses calls once closed."""

    pipelined = True

    def __init__(self, version: str, seconds: float = 0.005, answers: bool = True) -> None:
        self.model_versions = {"reason_classifier": version}
        self.reason_versions = dict(self.model_versions)
        self.seconds = seconds
        self.answers = answers
        self.closed = False
        self.smoked = 0

    async def classify(self, items: list[Any]) -> tuple[list[str], float]:
        if self.closed:
            raise RuntimeError("called after close")
        await asyncio.sleep(self.seconds)
        if self.closed:
            raise RuntimeError("closed while answering")
        return [self.model_versions["reason_classifier"]] * len(items), self.seconds

    triage = classify

    async def smoke(self, returns: list[ReturnRequest]) -> tuple[list[Any], float]:
        self.smoked += 1
        return [SimpleNamespace(reason={"code": "too_small"} if self.answers else None, unavailable=[])], 0.0

    def problem(self) -> str | None:
        return None

    def close(self) -> None:
        self.closed = True


def _runner(*versions: FakeRunner | Exception) -> tuple[ReloadableRunner, list[FakeRunner]]:
    queue = iter(versions)
    started: list[FakeRunner] = []

    def start() -> FakeRunner:
        runner = next(queue)
        if isinstance(runner, Exception):
            raise runner
        started.append(runner)
        return runner

    return ReloadableRunner(start, SMOKE), started


async def _reload(models: ReloadableRunner) -> ReloadOutcome:
    models.begin_reload()
    outcome = await models.reload_outcome(wait_seconds=10)
    assert outcome is not None
    return outcome


def test_reload_under_traffic_drops_nothing_and_switches_versions() -> None:
    models, started = _runner(FakeRunner("1", seconds=0.02), FakeRunner("2"))

    async def scenario() -> tuple[list[str], Any]:
        answers: list[str] = []
        counter = itertools.count()

        async def client() -> None:
            for _ in range(40):
                parts, _ = await models.classify([next(counter)])
                answers.extend(parts)

        clients = [asyncio.create_task(client()) for _ in range(8)]
        await asyncio.sleep(0.1)
        outcome = await _reload(models)
        await asyncio.gather(*clients)
        return answers, outcome

    answers, outcome = asyncio.run(scenario())
    assert len(answers) == 8 * 40  # every call answered: none failed on the closing models
    assert outcome.reloaded and outcome.error is None
    assert (outcome.previous_versions, outcome.model_versions) == (
        {"reason_classifier": "1"},
        {"reason_classifier": "2"},
    )
    assert {"1", "2"} == set(answers) and answers.index("2") > 0
    # After the swap only the calls already handed to the old models (one per client) end there.
    assert answers[answers.index("2") :].count("1") <= 8
    old, new = started
    assert old.closed and not new.closed and new.smoked == 1
    assert models.model_versions == {"reason_classifier": "2"}


@pytest.mark.parametrize(
    ("candidate", "why"),
    [
        (RuntimeError("no champion for reason_classifier"), "did not load: RuntimeError: no champion"),
        (FakeRunner("2", answers=False), "failed the smoke request"),
    ],
)
def test_bad_new_models_leave_the_old_ones_serving(candidate: FakeRunner | Exception, why: str) -> None:
    models, started = _runner(FakeRunner("1"), candidate)
    outcome = asyncio.run(_reload(models))
    assert not outcome.reloaded and why in (outcome.error or "")
    assert outcome.model_versions == outcome.previous_versions == {"reason_classifier": "1"}
    assert asyncio.run(models.classify(["x"]))[0] == ["1"]
    assert not started[0].closed
    if isinstance(candidate, FakeRunner):
        assert candidate.closed  # the rejected models do not linger


def test_callers_wait_a_bounded_time_and_a_running_reload_is_joined_not_repeated() -> None:
    models, started = _runner(FakeRunner("1", seconds=0.3), FakeRunner("2"), FakeRunner("3"))

    async def scenario() -> None:
        with pytest.raises(LookupError):
            await models.reload_outcome(wait_seconds=0)
        busy = asyncio.create_task(models.classify(["x"]))  # keeps the old models busy for a while
        await asyncio.sleep(0.01)
        assert models.begin_reload()
        assert await models.reload_outcome(wait_seconds=0.05) is None  # still draining: "in progress"
        assert not models.begin_reload()  # joined, not started again
        outcome = await models.reload_outcome(wait_seconds=5)
        assert outcome is not None and outcome.reloaded
        assert await busy == (["1"], 0.3)
        assert await models.reload_outcome(wait_seconds=0) == outcome  # the last reload, when none runs

    asyncio.run(scenario())
    assert len(started) == 2


def test_new_models_that_leave_out_a_model_served_now_leave_the_old_ones_serving() -> None:
    # the risk champion's alias pointing at a version gone: the reload dropped the risk model (200, "reloaded"), and
    # every return after it was decided without a risk score
    served, candidate = FakeRunner("1"), FakeRunner("2")
    served.model_versions = {"reason_classifier": "1", "risk": "1"}
    models, _ = _runner(served, candidate)
    outcome = asyncio.run(_reload(models))
    assert not outcome.reloaded and "leave out risk, which serve now" in (outcome.error or "")
    # and says how to retire one on purpose, which no reload does
    assert "remove its champion alias and restart the service" in (outcome.error or "")
    assert models.model_versions == {"reason_classifier": "1", "risk": "1"}
    assert candidate.closed and not served.closed
    # a model gained is no loss: a worker started without a risk champion takes one when it comes
    gaining = FakeRunner("2")
    gaining.model_versions = {"reason_classifier": "2", "risk": "1"}
    models, _ = _runner(FakeRunner("1"), gaining)
    assert asyncio.run(_reload(models)).reloaded and models.model_versions == gaining.model_versions
