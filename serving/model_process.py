"""A serving worker's models in a process of their own, fed whole batches over a pipe.

A worker's HTTP event loop and a batch thread share one interpreter lock, so the model waited for
the event loop between batches: after each batch the loop answered its callers and parsed their
next requests while the model sat idle. In a model process the batches run on one
core and HTTP on the other, and `serving.batching.Pipelined` sends the next batch before the
running one ends, so the model never waits for the event loop.

The child builds the same `ModelSide` the in-thread mode uses, so a batch does exactly the same
work (and commits the prediction log before answering). Messages: the worker sends
`(job, kind, items)`, or None to stop; the child answers `(job, ok, results or error text, model
seconds)`. The child ignores Ctrl-C (its worker stops it) and exits when the pipe closes, so it
never outlives its worker. If it dies, the pending calls fail with `ModelProcessGone` (503) and
`on_exit` runs: the service then stops its worker gracefully, and BentoML's process manager starts
a new worker, which starts a new model process.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import multiprocessing
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from bentoml.exceptions import ServiceUnavailable

from serving.api import ReasonPart, ReturnRequest, TriageResult
from serving.idempotency import Conflict
from serving.model_side import DatabaseUnavailable, ModelSide, ReasonInput, Redecision
from triage.settings import get_settings

logger = logging.getLogger(__name__)


class ModelProcessError(RuntimeError):
    """The model process failed to start, or failed a batch (a 500: a bug or a broken database)."""


class ModelProcessGone(ServiceUnavailable):
    """The model process exited: its calls are answered 503 (retry) while a new worker starts."""


def batch_failure(error: Exception) -> tuple[bool, str]:
    """A failed batch as its callers get it: whether the database refused (their 503, to retry) and the message; a
    refusing database in its own words, as a worker's own call says it, anything else named by its error's type."""
    if isinstance(error, DatabaseUnavailable):
        return True, str(error)
    return False, f"{type(error).__name__}: {error}"


def _serve(connection: Connection) -> None:
    """The child: load the models, then run batches in arrival order until the worker goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        model_side = ModelSide(get_settings())
    except Exception as error:  # the worker re-raises it: its start-up fails with this message
        connection.send(("failed", str(error)))
        return
    connection.send(("ready", model_side.model_versions, model_side.reason_versions, model_side.quota_window_days))
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return
        if message is None:
            return
        job, kind, items = message
        started = time.perf_counter()
        try:
            outcome: tuple[bool, Any] = (True, model_side.batch_function(kind)(items))
        except Exception as error:  # the callers of this batch get it; the next batch runs
            logger.exception("%s batch of %d failed", kind, len(items))
            outcome = (False, batch_failure(error))
        try:
            connection.send((job, *outcome, time.perf_counter() - started))
        except (BrokenPipeError, ConnectionResetError):
            return


class ModelProcess:
    """The parent side: starts the child, waits until its models are loaded, and runs batches in it
    (a `serving.model_runner.ModelRunner`).

    Raises:
        ModelProcessError: the child could not load the models (e.g. no reason-classifier
            champion; the message says which command to run) or exited during start-up.
    """

    # Its batches run in another process, so the batcher may send the next before one ends.
    pipelined = True

    def __init__(self, on_exit: Callable[[], None]) -> None:
        """`on_exit` is called (from a thread) when the child exits unexpectedly, after its pending
        calls failed; the service stops its worker there."""
        self._on_exit = on_exit
        context = multiprocessing.get_context("spawn")
        self._connection, child_end = context.Pipe()
        self.process = context.Process(target=_serve, args=(child_end,), name="triage-models", daemon=True)
        self.process.start()
        child_end.close()  # so the worker sees end-of-file when the child exits
        try:
            message = self._connection.recv()
        except EOFError:
            raise ModelProcessError(f"the model process exited during start-up (code {self._exit_code()})") from None
        if message[0] == "failed":
            self.process.join()
            raise ModelProcessError(message[1])
        _, self.model_versions, self.reason_versions, self.quota_window_days = message
        self.exited: str | None = None
        self._closing = False
        self._jobs = itertools.count()
        self._pending: dict[int, tuple[asyncio.AbstractEventLoop, asyncio.Future[tuple[Any, float]]]] = {}
        self._send_lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, name="model-process-reader", daemon=True)
        self._reader.start()

    async def triage(self, returns: list[ReturnRequest]) -> tuple[list[TriageResult | Conflict], float]:
        """Triage a batch in the model process; the results and the model's seconds."""
        return await self._call("triage", returns)

    async def classify(self, items: list[ReasonInput]) -> tuple[list[ReasonPart], float]:
        """Classify a batch of texts in the model process; the parts and the model's seconds."""
        return await self._call("classify", items)

    async def smoke(self, returns: list[ReturnRequest]) -> tuple[list[TriageResult], float]:
        """Triage a batch in the model process without logging it (a reload's smoke request)."""
        return await self._call("smoke", returns)

    async def redecide(self, items: list[Redecision]) -> tuple[list[dict[str, Any] | None], float]:
        """Decide and draft logged returns again for an agent's reason in the model process, unlogged."""
        return await self._call("redecide", items)

    async def _call(self, kind: str, items: list[Any]) -> tuple[Any, float]:
        if self.exited is not None:
            raise ModelProcessGone(self.exited)
        job = next(self._jobs)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[tuple[Any, float]] = loop.create_future()
        self._pending[job] = (loop, future)
        # A large batch fills the pipe until the child reads it, after its running batch: send
        # from a thread, one message at a time, so the event loop never blocks on it.
        try:
            await asyncio.to_thread(self._send, (job, kind, items))
        except OSError:
            self._pending.pop(job, None)
            raise ModelProcessGone("the model process exited") from None
        return await future

    def _send(self, message: tuple[int, str, list[Any]] | None) -> None:
        with self._send_lock:
            self._connection.send(message)

    def _read(self) -> None:
        """Settle each answered batch's future on its event loop until the child exits."""
        while True:
            try:
                job, ok, payload, seconds = self._connection.recv()
            except (EOFError, OSError):
                break
            loop, future = self._pending.pop(job)
            if ok:
                loop.call_soon_threadsafe(_settle, future, (payload, seconds), None)
            else:
                unavailable, message = payload
                error = DatabaseUnavailable(message) if unavailable else ModelProcessError(message)
                loop.call_soon_threadsafe(_settle, future, None, error)
        code = self._exit_code()
        self.exited = f"the model process exited (code {code})"
        for job in list(self._pending):
            if (entry := self._pending.pop(job, None)) is not None:
                entry[0].call_soon_threadsafe(_settle, entry[1], None, ModelProcessGone(self.exited))
        if not self._closing:
            # SIGTERM is how BentoML's process manager stops a worker's children at shutdown.
            logger.log(logging.INFO if code == -signal.SIGTERM else logging.ERROR, self.exited)
            self._on_exit()

    def _exit_code(self) -> int | None:
        self.process.join(timeout=5)
        return self.process.exitcode

    def problem(self) -> str | None:
        """Why this worker cannot serve models (the model process exited), or None."""
        return self.exited

    def close(self) -> None:
        """Stop the child once it has answered what it was sent."""
        self._closing = True
        with contextlib.suppress(OSError):  # already gone
            self._send(None)
        # The reader sees the child's end-of-file and reaps it (one thread only may wait for it).
        self._reader.join(timeout=60)


def _settle(future: asyncio.Future[Any], result: Any, error: Exception | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
