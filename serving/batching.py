"""BentoML adaptive batching, called in-process: the one module that uses BentoML's internals.

A `@bentoml.api(batchable=True)` method is only batched when it is reached over HTTP: a call from
another API of the same service (`self.to_async.<api>()`) goes back through the service's own
HTTP stack (request serialised, middlewares, parsed again, answer serialised and parsed), which
doubled the per-request cost of `/triage` and, under load, dropped connections
(`aiohttp.ServerDisconnectedError`, answered 503). `AdaptiveBatcher` drives the same dispatcher
BentoML puts in front of batchable APIs (`CorkDispatcher`: one batch at a time, gathering the
requests that queue meanwhile; it learns the batch cost `a * n + b` to shed requests that would
time out) directly on Python objects, without its idle holding (see `NoIdleWait`).

Two ways to run the batches (`serving.model_runner`), each with the gate that suits it: on a
thread of the worker, one batch at a time with `Lingering`; or in a model process, with `Pipelined`
sending the next batch before the running one ends.

BentoML is pinned to 1.4.x; `CorkDispatcher`, `NonBlockSema` and `Optimizer` come from its internal
module `bentoml._internal.marshal.dispatcher`, and no other module of the project touches
`bentoml._internal`. `tests/service/test_bentoml_internals.py` pins what this module relies on
(signatures, attributes, the lock protocol), so a BentoML upgrade that changes them fails there;
`tests/service/test_batching.py` exercises the behaviour.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Generic, NoReturn, TypeVar

from bentoml._internal.marshal.dispatcher import CorkDispatcher, NonBlockSema, Optimizer

Item = TypeVar("Item")
Result = TypeVar("Result")

# A batch function: the results of a batch of items, in order, and the seconds the model took.
BatchWork = Callable[[list[Item]], Awaitable[tuple[list[Result], float]]]
# How a caller's items are cut into pieces that queue one after another.
Split = Callable[[list[Item]], list[list[Item]]]


def pieces(items: Sequence[Item], chars: Callable[[Item], int], max_items: int, max_chars: int) -> list[list[Item]]:
    """`items` in order, cut into consecutive pieces of at most `max_items` items and `max_chars` characters
    (`chars` of each item); an item longer than `max_chars` alone is a piece of its own."""
    cut: list[list[Item]] = []
    piece: list[Item] = []
    piece_chars = 0
    for item in items:
        item_chars = chars(item)
        if piece and (len(piece) == max_items or piece_chars + item_chars > max_chars):
            cut.append(piece)
            piece, piece_chars = [], 0
        piece.append(item)
        piece_chars += item_chars
    if piece:
        cut.append(piece)
    return cut


class SplitCallPieces(Generic[Item]):
    """At most `pieces` pieces of calls cut into more than one piece (`split`) in flight at once; a call of one
    piece needs none, and a call of more pieces than that is taken when no other split call is in flight.

    A split call's pieces queue one after another, interleaved with every other call's, so each split call
    in flight lengthens the wait of all the others and of every one-piece call: without a bound, enough
    of them sent at once all ran into the traffic timeout (504, none answered) while one-return calls
    waited behind every one of them (`benchmarks/bulk_callers.py`). The bound counts pieces, not calls: a
    piece is a bounded amount of model work, where a call holds two to six of them, and two of the
    largest calls interleaved each ended when both did, past the traffic timeout, where either alone ended
    within it. Refused at once instead (`refuse`, e.g. 503 with `Retry-After`), a client retries when
    pieces are likely free, and the calls taken finish.
    """

    def __init__(self, split: Split[Item], pieces: int, refuse: Callable[[int], NoReturn]) -> None:
        self._split = split
        self.pieces = pieces
        self._refuse = refuse
        self.taken = 0

    @contextlib.contextmanager
    def held(self, items: list[Item]) -> Iterator[None]:
        """The pieces of the call of `items` while the block runs; `refuse(pieces)` when it is split and
        its pieces do not fit beside those taken."""
        cut = len(self._split(items))
        needed = cut if cut > 1 else 0
        if needed and self.taken and self.taken + needed > self.pieces:
            self._refuse(self.pieces)
        self.taken += needed
        try:
            yield
        finally:
            self.taken -= needed


class NoIdleWait(Optimizer):
    """The dispatcher's cost model (`a * n + b`, used to shed requests that would time out), without
    holding requests while the model is idle.

    The stock optimizer holds a batch until its requests have waited about as long as past batches'
    first requests did, and that average includes the holding itself, so it sustains itself (open-loop
    latency several times the model time: benchmarks/README.md). Our batch cost is CPU-bound (a
    fixed part plus a per-item part), so the best batch is every request that queued while the
    previous batch ran; under load, batches grow on their own.
    """

    def trigger_refresh(self) -> None:
        super().trigger_refresh()
        self.wait = 0

    def log_outbound(self, n: int, wait: float, duration: float) -> None:
        """Ignored: the dispatcher times a batch from its dispatch, which includes waiting behind the
        running batch when batches are pipelined; `measured` gets the model's own time instead."""

    def measured(self, n: int, seconds: float) -> None:
        """A batch of `n` items took the model `seconds`."""
        super().log_outbound(n, 0.0, seconds)

    def cost(self, n: int) -> float:
        """Expected seconds of a batch of `n` items."""
        return self.o_a * n + self.o_b


class Lingering(NonBlockSema):
    """The dispatcher's one-batch-at-a-time lock, held after each batch until as many new calls
    arrived as the batch answered, or for at most `fraction` of the batch's duration, scaled by
    the share of answered callers that came back within that time recently.

    Without it, closed-loop clients (each sends its next request when answered) split into two
    groups that alternate (the half answered last is still on its way back when the other half is
    dispatched), so batches stay at half the concurrency, where the fixed per-batch cost weighs
    twice as much. Open-loop traffic does not come back, so there the wait seldom pays off and
    shrinks towards nothing instead of delaying every batch. The share is partial credit, not
    all-or-nothing: when one straggler of 32 misses the window, the wait still paid off for 31,
    and an all-or-nothing score decayed the wait until closed-loop batches fell back to ~23 of 32.
    """

    POLL_SECONDS = 0.001
    MEMORY = 0.2  # weight of the latest outcome in the running share of waits that paid off

    def __init__(self, fraction: float) -> None:
        super().__init__(1)
        self.fraction = fraction
        self.batch_started = 0.0
        self.batch_callers = 0
        self.arrivals = 0
        self.paid_off = 1.0
        self._holds = 0  # holds so far; a watch may end only its own hold
        self._holding: int | None = None  # the number of the hold in force
        self._awaited = 0  # the arrival count that ends it

    def acquire(self) -> bool:
        self.batch_started = time.perf_counter()
        return super().acquire()

    def dispatched(self, callers: int, items: int) -> None:
        """The batch just acquired answers `callers`; the hold after it waits for them."""
        self.batch_callers = callers

    def arrived(self) -> None:
        """Count a new call; the last awaited caller ends the hold at once, not at the next poll."""
        self.arrivals += 1
        if self._holding is not None and self.arrivals >= self._awaited:
            self._end_hold(self._holding)

    def release(self) -> None:
        now = time.perf_counter()
        window = self.fraction * (now - self.batch_started)
        self._holds += 1
        self._holding, self._awaited = self._holds, self.arrivals + self.batch_callers
        self._watch(self._holds, self.arrivals, self.batch_callers, now + window * self.paid_off, now + window)

    def _end_hold(self, hold: int) -> None:
        if self._holding == hold:
            self._holding = None
            super().release()

    def _watch(self, hold: int, since: int, callers: int, hold_until: float, watch_until: float) -> None:
        """End hold number `hold` at `hold_until` unless the `callers` are back first (counting
        calls after the `since`-th); keep watching until `watch_until` either way, so the share
        that comes back stays measured even while it is too low to hold for."""
        back, now = min(1.0, (self.arrivals - since) / callers) if callers else 1.0, time.perf_counter()
        if back == 1.0 or now >= hold_until:
            self._end_hold(hold)
        if back == 1.0 or now >= watch_until:
            self.paid_off += self.MEMORY * (back - self.paid_off)
        else:
            asyncio.get_running_loop().call_later(
                self.POLL_SECONDS, self._watch, hold, since, callers, hold_until, watch_until
            )


class Pipelined(NonBlockSema):
    """The dispatcher's lock for batches run in a model process: at most two batches in flight, the
    one the model process runs and the next, which is sent when the running one is expected to end
    within `lead` of its expected duration (its size times the learnt cost per item, plus the fixed
    cost): early enough that the model process never waits for it, whatever the batch's actual length.

    The model process then goes from one batch to the next without waiting for the worker's event
    loop, which answers the finished batch's callers and parses their next requests on the other
    core meanwhile; and the next batch, sent as late as that allows, gathers every request that
    queued while the running one ran. Closed-loop clients then settle into two alternating groups,
    which costs one more fixed per-batch cost per round and saves the event loop's whole turn.
    """

    def __init__(self, lead: float, cost: Callable[[int], float]) -> None:
        super().__init__(2)
        self.lead = lead
        self.cost = cost
        self.send_next_at = 0.0
        self._queued_size: int | None = None  # the size of the batch waiting behind the running one

    def is_locked(self) -> bool:
        return self.sema < 1 or (self.sema < 2 and time.perf_counter() < self.send_next_at)

    def acquire(self) -> bool:
        if self.sema == 2:  # nothing in flight: not sendable behind this one until its size is known
            self.send_next_at = float("inf")
        return super().acquire()

    def dispatched(self, callers: int, items: int) -> None:
        """The batch just acquired has `items` items: it runs at once, or after the running one."""
        if self.sema == 1:
            self._running(items)
        else:
            self._queued_size = items

    def arrived(self) -> None:
        """New calls do not change when the next batch is sent."""

    def release(self) -> None:
        super().release()
        if self.sema == 1:  # the queued batch is the running one now
            size, self._queued_size = self._queued_size, None
            if size is None:  # its size is not known yet: `dispatched` follows
                self.send_next_at = float("inf")
            else:
                self._running(size)

    def _running(self, size: int) -> None:
        self.send_next_at = time.perf_counter() + (1 - self.lead) * self.cost(size)


class AdaptiveBatcher(Generic[Item, Result]):
    """Gathers the item lists of concurrent callers into batches for one batch function.

    Args:
        work: maps a batch of items to one result per item, in order, and the seconds the model
            took (a `serving.model_runner.ModelRunner` method); the event loop keeps
            accepting requests meanwhile.
        max_batch_size: most items per call of `work`; a caller's list that does not fit is split.
        max_latency_ms: a request the dispatcher expects to wait longer than this is shed.
        on_batch: called with each batch's size and the seconds the model took (metrics).
        overloaded: called when a request is shed; must raise (e.g. a 503 error).
        linger_fraction: one batch at a time, held as `Lingering` says (0: the next batch starts
            as soon as one ends).
        pipeline_lead: when given, up to two batches in flight instead, as `Pipelined` says
            (for `work` in another process; `linger_fraction` is then unused).
        split: cuts a caller's items into pieces (e.g. `pieces`) that queue one after another: a
            piece joins the queue when the caller's previous one is answered, so the calls that
            arrive meanwhile are batched before the rest of a large call instead of waiting behind
            all of it (the dispatcher runs the queue in arrival order). None: one piece.
        max_items_in_flight: a call arriving while this many items of earlier calls are queued or
            running is refused at once (`overloaded`) instead of queued (None: no bound). The
            dispatcher sheds a request only once it has waited about `max_latency_ms`, so a flood
            of calls was held (parsed, in memory) that long before being told to retry.
        call_seconds: before each piece of a split call after the first, the pace of its last pieces says when
            it would end (`_end_if_late`); past this many seconds from its start, `late` is called with the items
            answered, the call's items, the seconds so far and those it would take, and must raise: the client hears
            then that the call would not end in time rather than waiting out a timeout that ends it anyway (None: no
            bound).
    """

    def __init__(
        self,
        work: BatchWork[Item, Result],
        max_batch_size: int,
        max_latency_ms: int,
        on_batch: Callable[[int, float], None],
        overloaded: Callable[[], NoReturn],
        linger_fraction: float,
        pipeline_lead: float | None = None,
        split: Split[Item] | None = None,
        max_items_in_flight: int | None = None,
        call_seconds: float | None = None,
        late: Callable[[int, int, float, float], NoReturn] | None = None,
    ) -> None:
        self._work = work
        self._call_seconds = call_seconds
        self._late = late
        self._split = split
        self._overloaded = overloaded
        self._max_items_in_flight = max_items_in_flight
        self.items_in_flight = 0
        self._on_batch = on_batch
        self.optimizer = NoIdleWait(max_latency_ms / 1000)
        self._lock: Lingering | Pipelined = (
            Lingering(linger_fraction) if pipeline_lead is None else Pipelined(pipeline_lead, self.optimizer.cost)
        )
        self.dispatcher: CorkDispatcher[list[Item], list[Result]] = CorkDispatcher(
            max_latency_in_ms=max_latency_ms,
            max_batch_size=max_batch_size,
            fallback=overloaded,
            get_batch_size=len,
            batch_dim=(0, 0),
            shared_sema=self._lock,
        )
        self.dispatcher.optimizer = self.optimizer
        self._submit = self.dispatcher(self._run)

    async def __call__(self, items: list[Item]) -> list[Result]:
        """The results of `items`, computed in batches shared with concurrent callers, a piece at a time
        (`split`): a piece that fails ends the call, and the pieces after it are never sent. Refused at
        once (`overloaded`) when `max_items_in_flight` items are queued or running already; ended before
        a piece (`late`) when its last pieces' pace says it would end past `call_seconds`."""
        if self._max_items_in_flight is not None and self.items_in_flight >= self._max_items_in_flight:
            self._overloaded()
        self.items_in_flight += len(items)
        started = time.perf_counter()
        try:
            results: list[Result] = []
            paces: list[tuple[int, float]] = []  # each answered piece's items and seconds
            for piece in self._split(items) if self._split is not None else [items]:
                if paces:
                    self._end_if_late(len(results), len(items), started, paces)
                sent = time.perf_counter()
                self._lock.arrived()
                results.extend(await self._submit(piece))
                paces.append((len(piece), time.perf_counter() - sent))
            return results
        finally:
            self.items_in_flight -= len(items)

    def _end_if_late(self, answered: int, items: int, started: float, paces: list[tuple[int, float]]) -> None:
        """`late` when the call started at `started` has `answered` of its `items` answered and the rest would end
        past `call_seconds` at the pace of the faster of its last two pieces (`paces`: each piece's items and
        seconds). The last pieces' pace, not the call's: a piece answered from the log takes no model time, and the
        machine's load changes. Two pieces, not one: a piece can be slow once (the queue the call found, a worker's
        first reading of a kind of text, a collection), and one piece's pace multiplied by all the pieces left ended
        calls that would have ended in time; after the first piece, only a next piece that would itself end past
        `call_seconds` ends the call."""
        if self._call_seconds is None or self._late is None:
            return
        now = time.perf_counter()
        seconds_per_item = min(seconds / size for size, seconds in paces[-2:])
        left = items - answered if len(paces) > 1 else min(items - answered, paces[-1][0])
        if now - started + seconds_per_item * left > self._call_seconds:
            self._late(answered, items, now - started, now - started + seconds_per_item * (items - answered))

    async def _run(self, jobs: Sequence[list[Item]]) -> list[list[Result]]:
        flat = list(itertools.chain.from_iterable(jobs))
        self._lock.dispatched(len(jobs), len(flat))
        results, seconds = await self._work(flat)
        self.optimizer.measured(len(flat), seconds)
        self._on_batch(len(flat), seconds)
        if len(results) != len(flat):
            raise RuntimeError(f"batch function returned {len(results)} results for {len(flat)} items")
        bounds = list(itertools.accumulate(len(job) for job in jobs))
        return [results[start:end] for start, end in zip([0, *bounds[:-1]], bounds, strict=True)]
