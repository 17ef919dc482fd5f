"""Swapping a serving worker's models for the registry's current champions without dropping a request
(`POST /admin/reload`, after `triage retrain` promoted a challenger).

`ReloadableRunner` is a `serving.model_runner.ModelRunner` that holds the worker's current runner.
A reload starts a new runner beside it (loading the champions the registry names now), has it
answer a smoke request, and only then points new batches at it. The old runner finishes every
batch it was handed before it is closed, so no request fails or waits for a model load. When the
new models do not load, do not answer or leave out a model the old ones serve (its champion gone from
the registry), they are closed and the old ones keep serving; the outcome says why (and, for a model left out,
how to retire it on purpose: `RETIRING`). Loading can
outlast an HTTP request (a model process starts, big weights load), so a reload runs as a task of the
worker: callers wait for it a bounded time and ask again, and a second reload is never started while
one runs.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anyio

from serving.api import ReasonPart, ReturnRequest, TriageResult
from serving.model_runner import ModelRunner
from serving.model_side import ReasonInput, Redecision

# How a model is retired on purpose, which a reload refuses to do: a champion gone from the registry is more often an
# alias removed or a version deleted by mistake, and every return after it was decided without its part. A started
# worker serves the champions the registry names and answers each part it has none for as unavailable.
RETIRING = (
    "to stop serving a model on purpose, remove its champion alias and restart the service (a restarted worker serves "
    "without it and says so in each answer's unavailable parts)"
)

# How often a reload looks whether the old runner has finished its batches.
DRAIN_POLL_SECONDS = 0.01


@dataclass(frozen=True)
class ReloadOutcome:
    """What a reload did: whether the new models serve now, the versions serving before and after,
    and why not when they do not."""

    reloaded: bool
    previous_versions: dict[str, str]
    model_versions: dict[str, str]
    error: str | None
    seconds: float


class ReloadableRunner:
    """The worker's models, swappable under traffic (see the module docstring).

    Args:
        start: builds a runner with the registry's current champions (raises when they cannot load).
        smoke_request: the return new models must triage before they serve.
    """

    def __init__(self, start: Callable[[], ModelRunner], smoke_request: ReturnRequest) -> None:
        self._start = start
        self._smoke_request = smoke_request
        self._current = start()
        # Batches handed to each runner and not answered yet: an old runner is closed at zero.
        self._in_flight: Counter[ModelRunner] = Counter()
        self._reload: asyncio.Task[ReloadOutcome] | None = None

    @property
    def pipelined(self) -> bool:
        return self._current.pipelined

    @property
    def model_versions(self) -> dict[str, str]:
        return self._current.model_versions

    @property
    def reason_versions(self) -> dict[str, str]:
        return self._current.reason_versions

    @property
    def quota_window_days(self) -> int | None:
        return self._current.quota_window_days

    async def triage(self, returns: list[ReturnRequest]) -> tuple[list[TriageResult], float]:
        return await self._run("triage", returns)

    async def classify(self, items: list[ReasonInput]) -> tuple[list[ReasonPart], float]:
        return await self._run("classify", items)

    async def smoke(self, returns: list[ReturnRequest]) -> tuple[list[TriageResult], float]:
        return await self._run("smoke", returns)

    async def redecide(self, items: list[Redecision]) -> tuple[list[dict[str, Any] | None], float]:
        return await self._run("redecide", items)

    async def _run(self, kind: str, items: list[Any]) -> Any:
        runner = self._current
        self._in_flight[runner] += 1
        try:
            return await getattr(runner, kind)(items)
        finally:
            self._in_flight[runner] -= 1

    def problem(self) -> str | None:
        return self._current.problem()

    def close(self) -> None:
        self._current.close()

    def begin_reload(self) -> bool:
        """Start reloading unless a reload is running (call on the worker's event loop); True if started."""
        if self._reload is not None and not self._reload.done():
            return False
        self._reload = asyncio.get_running_loop().create_task(self._swap())
        return True

    async def reload_outcome(self, wait_seconds: float | None) -> ReloadOutcome | None:
        """The running reload's outcome if it ends within `wait_seconds` (None: however long it takes;
        else None when still loading), or the last reload's when none is running.

        Raises:
            LookupError: no reload has been started in this worker.
        """
        if self._reload is None:
            raise LookupError("no reload has been started in this worker")
        done, _ = await asyncio.wait({self._reload}, timeout=wait_seconds)
        return self._reload.result() if done else None

    async def _swap(self) -> ReloadOutcome:
        started = time.perf_counter()
        previous = self._current
        candidate, error = await self._checked_candidate()
        if candidate is None:
            versions = previous.model_versions
            return ReloadOutcome(False, versions, versions, error, round(time.perf_counter() - started, 2))
        self._current = candidate
        while self._in_flight[previous] > 0:
            await asyncio.sleep(DRAIN_POLL_SECONDS)
        del self._in_flight[previous]
        await anyio.to_thread.run_sync(previous.close)
        return ReloadOutcome(
            True, previous.model_versions, candidate.model_versions, None, round(time.perf_counter() - started, 2)
        )

    async def _checked_candidate(self) -> tuple[ModelRunner | None, str | None]:
        """New models that loaded and answered the smoke request, or None and why not."""
        try:
            candidate = await anyio.to_thread.run_sync(self._start)
        except Exception as error:  # whatever broke, the old models keep serving and the caller learns why
            return None, f"the new models did not load: {type(error).__name__}: {error}"
        try:
            results, _ = await candidate.smoke([self._smoke_request])
            if results[0].reason is None:
                raise ValueError("no reason in the answer to the smoke request")
        except Exception as error:
            await anyio.to_thread.run_sync(candidate.close)
            return None, f"the new models failed the smoke request: {type(error).__name__}: {error}"
        # A model served now that the registry names no loadable champion for (an alias removed, or pointing at a
        # version gone) was dropped by the reload: every return after it was decided without a risk score.
        lost = sorted(set(self._current.model_versions) - set(candidate.model_versions))
        if lost:
            await anyio.to_thread.run_sync(candidate.close)
            said = "; ".join(f"{part.part}: {part.reason}" for part in results[0].unavailable or [])
            return None, (
                f"the new models leave out {', '.join(lost)}, which serve now ({said or 'not loaded'}); {RETIRING}"
            )
        return candidate, None
