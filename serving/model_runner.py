"""Where a serving worker's models run, behind one interface: `ModelRunner`.

Two implementations: `InThreadRunner` runs each batch on a thread of the worker (the models share
the worker's interpreter lock with its HTTP event loop); `serving.model_process.ModelProcess` runs
them in a process of its own, fed whole batches over a pipe, so HTTP and the models use different
cores. `start_runner` picks one (`Settings.models_in_own_process`). Both run the same `ModelSide`
batch functions, so a batch does the same work whichever runs it; the service only sees this
interface.
"""

from __future__ import annotations

import functools
import logging
import os
import signal
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, runtime_checkable

import anyio
from bentoml.exceptions import ServiceUnavailable

from decisions.policy import PolicyError
from serving.api import ReasonPart, ReturnRequest, TriageResult
from serving.batching import BatchWork
from serving.idempotency import Conflict
from serving.model_process import ModelProcess, ModelProcessError
from serving.model_side import ModelSide, ReasonInput, Redecision
from triage.registry import NoChampionError, RegistryUnavailableError
from triage.settings import Settings

logger = logging.getLogger(__name__)
Item = TypeVar("Item")
Result = TypeVar("Result")


@runtime_checkable
class ModelRunner(Protocol):
    """A worker's loaded models, running batches somewhere; what the service needs of them."""

    # True when batches run in another process, so the batcher may send the next before one ends.
    pipelined: bool
    model_versions: dict[str, str]
    reason_versions: dict[str, str]
    # The policy's free-return quota window, which a request's own history is checked against (None: no models).
    quota_window_days: int | None

    async def triage(self, returns: list[ReturnRequest]) -> tuple[list[TriageResult | Conflict], float]:
        """Triage a batch (logged before it returns); the results and the model's seconds."""
        ...

    async def classify(self, items: list[ReasonInput]) -> tuple[list[ReasonPart], float]:
        """Classify a batch of texts (logged before it returns); the parts and the model's seconds."""
        ...

    async def smoke(self, returns: list[ReturnRequest]) -> tuple[list[TriageResult], float]:
        """Triage a batch without logging it (how reloaded models prove they answer)."""
        ...

    async def redecide(self, items: list[Redecision]) -> tuple[list[dict[str, Any] | None], float]:
        """Decide and draft logged returns again for an agent's reason (`ModelSide.redecide_batch`), unlogged."""
        ...

    def problem(self) -> str | None:
        """Why the models cannot serve (e.g. their process exited), or None."""
        ...

    def close(self) -> None:
        """Stop the models (at worker shutdown)."""
        ...


def in_thread(function: Callable[[list[Item]], list[Result]]) -> BatchWork[Item, Result]:
    """A synchronous batch function run on a worker thread (the event loop keeps accepting requests)."""

    def timed(items: list[Item]) -> tuple[list[Result], float]:
        started = time.perf_counter()
        return function(items), time.perf_counter() - started

    async def run(items: list[Item]) -> tuple[list[Result], float]:
        return await anyio.to_thread.run_sync(timed, items)

    return run


class InThreadRunner:
    """The models in the worker's own process, each batch on a thread, one batch at a time."""

    pipelined = False

    def __init__(self, model_side: ModelSide) -> None:
        self.model_side = model_side
        self.model_versions = model_side.model_versions
        self.reason_versions = model_side.reason_versions
        self.quota_window_days: int | None = model_side.quota_window_days
        self._triage = in_thread(model_side.batch_function("triage"))
        self._classify = in_thread(model_side.batch_function("classify"))
        self._smoke = in_thread(model_side.batch_function("smoke"))
        self._redecide = in_thread(model_side.batch_function("redecide"))

    async def triage(self, returns: list[ReturnRequest]) -> tuple[list[TriageResult | Conflict], float]:
        return await self._triage(returns)

    async def classify(self, items: list[ReasonInput]) -> tuple[list[ReasonPart], float]:
        return await self._classify(items)

    async def smoke(self, returns: list[ReturnRequest]) -> tuple[list[TriageResult], float]:
        return await self._smoke(returns)

    async def redecide(self, items: list[Redecision]) -> tuple[list[dict[str, Any] | None], float]:
        return await self._redecide(items)

    def problem(self) -> str | None:
        return None

    def close(self) -> None:
        self.model_side.database.dispose()


class NoModels:
    """Stands in for models that could not start (no champion, an unloadable artifact): the worker
    stays up and answers `/readyz`, `/triage` and `/classify` with 503 and the reason at once.

    A worker that raised at start-up was restarted by BentoML in a loop while its listening socket
    accepted connections that were never answered (a client waited 9 minutes).
    """

    pipelined = False

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self.model_versions: dict[str, str] = {}
        self.reason_versions: dict[str, str] = {}
        self.quota_window_days: int | None = None

    async def triage(self, returns: list[ReturnRequest]) -> tuple[list[TriageResult | Conflict], float]:
        raise ServiceUnavailable(self.reason)

    async def classify(self, items: list[ReasonInput]) -> tuple[list[ReasonPart], float]:
        raise ServiceUnavailable(self.reason)

    async def redecide(self, items: list[Redecision]) -> tuple[list[dict[str, Any] | None], float]:
        raise ServiceUnavailable(self.reason)

    def problem(self) -> str | None:
        return self.reason

    def close(self) -> None:
        """Nothing to stop."""


def start_runner(settings: Settings) -> ModelRunner:
    """The worker's models, in a model process or on a thread (`Settings.models_in_own_process`), or
    `NoModels` with the reason they could not start (e.g. "run `triage train reasons`", or the policy
    file's bad key)."""
    try:
        return load_runner(settings)
    except (NoChampionError, RegistryUnavailableError, PolicyError, ModelProcessError) as error:
        logger.error("models not loaded, answering 503: %s", error)
        return NoModels(f"models not loaded: {error}")


def load_runner(settings: Settings) -> ModelRunner:
    """The worker's models, in a model process or on a thread.

    Raises:
        NoChampionError, RegistryUnavailableError, PolicyError or ModelProcessError ("run `triage train reasons`",
            a registry that did not answer, a bad policy key): the models could not load.
    """
    if settings.models_in_own_process:
        # A worker without its model process stops; BentoML's process manager starts a new one.
        return ModelProcess(on_exit=functools.partial(os.kill, os.getpid(), signal.SIGTERM))
    return InThreadRunner(ModelSide(settings))
