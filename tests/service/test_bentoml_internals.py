"""What `serving/batching.py` relies on in BentoML's internal dispatcher (`bentoml._internal`), pinned.

BentoML does not promise these names: a BentoML upgrade that changes them fails here, in one place,
rather than in the service. The behaviour built on them is exercised by `test_batching.py`.
"""

from __future__ import annotations

import asyncio
import inspect

from bentoml._internal.marshal.dispatcher import CorkDispatcher, NonBlockSema, Optimizer

from serving.batching import Lingering, NoIdleWait, Pipelined


def test_the_dispatcher_takes_the_arguments_the_batcher_passes() -> None:
    parameters = inspect.signature(CorkDispatcher.__init__).parameters
    assert {"max_latency_in_ms", "max_batch_size", "fallback", "get_batch_size", "batch_dim", "shared_sema"} <= set(
        parameters
    )


def test_the_optimizer_keeps_its_cost_model_where_no_idle_wait_reads_and_resets_it() -> None:
    optimizer = NoIdleWait(max_latency=1.0)
    assert isinstance(optimizer, Optimizer)
    assert {"n", "wait", "duration"} <= set(inspect.signature(Optimizer.log_outbound).parameters)
    for size in (1, 2, 4, 8, 16, 32, 64):  # the base class fits `o_a * n + o_b` from what it is told
        optimizer.measured(size, 0.01 + 0.001 * size)
    optimizer.trigger_refresh()
    assert optimizer.wait == 0
    assert optimizer.cost(10) == optimizer.o_a * 10 + optimizer.o_b


def test_the_lock_protocol_the_gates_override() -> None:
    for method in ("acquire", "release", "is_locked"):
        assert callable(getattr(NonBlockSema, method))
    lock = NonBlockSema(1)
    assert lock.sema == 1 and not lock.is_locked()
    assert lock.acquire() and lock.is_locked() and lock.sema == 0
    lock.release()
    assert lock.sema == 1
    assert issubclass(Lingering, NonBlockSema) and issubclass(Pipelined, NonBlockSema)


def test_the_dispatcher_calls_through_its_optimizer_and_shared_lock() -> None:
    """The batcher swaps in its own optimizer and lock after construction; the dispatcher must use them."""
    calls: list[str] = []

    class Watched(NonBlockSema):
        def acquire(self) -> bool:
            calls.append("acquire")
            return super().acquire()

        def release(self) -> None:
            calls.append("release")
            super().release()

    async def scenario() -> list[list[int]]:
        dispatcher = CorkDispatcher(
            max_latency_in_ms=10_000,
            max_batch_size=8,
            fallback=lambda: None,
            get_batch_size=len,
            batch_dim=(0, 0),
            shared_sema=Watched(1),
        )
        dispatcher.optimizer = NoIdleWait(10.0)

        async def double(jobs: list[list[int]]) -> list[list[int]]:
            return [[2 * item for item in job] for job in jobs]

        submit = dispatcher(double)
        return list(await asyncio.gather(*(submit([value]) for value in range(5))))

    assert asyncio.run(scenario()) == [[0], [2], [4], [6], [8]]
    assert calls.count("acquire") >= 1 and calls.count("acquire") == calls.count("release")
