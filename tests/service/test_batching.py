"""The in-process adaptive batcher: concurrent callers share batches and get their own results.

The simulations of batches, callers and locks run on a virtual clock (`virtual_time`): a wait ends at once and moves
the clock by its length, and the event loop, the batcher's locks and BentoML's dispatcher all read that clock, so a
scenario takes the same steps on every run however loaded the machine is, and no test sleeps.
"""

from __future__ import annotations

import asyncio
import functools
import selectors
import threading
from collections.abc import Callable, Coroutine
from typing import Any, NoReturn, TypeVar

import pytest
from bentoml._internal.marshal import dispatcher

from serving import batching
from serving.batching import AdaptiveBatcher, BatchWork, Split, SplitCallPieces, pieces
from serving.model_runner import in_thread

T = TypeVar("T")

# A scenario that has not ended after this many virtual seconds never will (its tasks wait for each other).
SCENARIO_LIMIT_SECONDS = 600.0


class VirtualClock:
    """Seconds that pass only when every task of the event loop waits: the wait for the next timer ends at once,
    moving the clock to it. Read as `time.perf_counter()` by `serving.batching` and as `time.time()` by BentoML's
    dispatcher (`virtual_time`)."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now


class _ClockSelector(selectors.DefaultSelector):
    """Polls without blocking; where the event loop would block until its next timer, the clock moves to it."""

    def __init__(self, clock: VirtualClock) -> None:
        super().__init__()
        self._clock = clock

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = super().select(None if timeout is None else 0)
        if not ready and timeout:
            self._clock.now += timeout
        return ready


class _VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self, clock: VirtualClock) -> None:
        super().__init__(_ClockSelector(clock))
        self._clock = clock

    def time(self) -> float:
        return self._clock.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> VirtualClock:
    """A virtual clock the batcher's locks and BentoML's dispatcher read instead of the machine's."""
    virtual = VirtualClock()
    monkeypatch.setattr(batching, "time", virtual)
    monkeypatch.setattr(dispatcher, "time", virtual)
    return virtual


@pytest.fixture
def virtual_time(clock: VirtualClock) -> Callable[[Callable[[], Coroutine[Any, Any, T]]], T]:
    """Runs a scenario on an event loop whose clock is `clock`; one that never ends fails after
    `SCENARIO_LIMIT_SECONDS` of virtual time."""

    def run(scenario: Callable[[], Coroutine[Any, Any, T]]) -> T:
        with asyncio.Runner(loop_factory=lambda: _VirtualLoop(clock)) as runner:
            return runner.run(asyncio.wait_for(scenario(), SCENARIO_LIMIT_SECONDS))

    return run


Run = Callable[[Callable[[], Coroutine[Any, Any, Any]]], Any]


class Overloaded(Exception):
    pass


def _overloaded() -> NoReturn:
    raise Overloaded


class Recorder:
    """A batch function that squares numbers in `seconds` per batch and records each batch it got and the seconds
    it took by the event loop's clock."""

    def __init__(self, seconds: float = 0.02) -> None:
        self.batches: list[list[int]] = []
        self.observed: list[tuple[int, float]] = []
        self.seconds = seconds

    async def __call__(self, items: list[int]) -> tuple[list[int], float]:
        self.batches.append(list(items))
        loop = asyncio.get_running_loop()
        started = loop.time()
        await asyncio.sleep(self.seconds)
        return [item * item for item in items], loop.time() - started


class ThreadRecorder:
    """A synchronous batch function, run on a worker thread (`in_thread`) as the service runs its models, that
    squares numbers and records each batch it got."""

    def __init__(self) -> None:
        self.batches: list[list[int]] = []
        self.lock = threading.Lock()

    def __call__(self, items: list[int]) -> list[int]:
        with self.lock:
            self.batches.append(list(items))
        return [item * item for item in items]


def _batcher(
    work: BatchWork[int, int],
    max_batch_size: int = 256,
    linger: float = 0.25,
    split: Split[int] | None = None,
    call_seconds: float | None = None,
    late: Callable[[int, int, float, float], NoReturn] | None = None,
    observed: list[tuple[int, float]] | None = None,
) -> AdaptiveBatcher[int, int]:
    seen = observed if observed is not None else []
    return AdaptiveBatcher(
        work,
        max_batch_size=max_batch_size,
        max_latency_ms=10_000,
        on_batch=lambda size, seconds: seen.append((size, seconds)),
        overloaded=_overloaded,
        linger_fraction=linger,
        split=split,
        call_seconds=call_seconds,
        late=late,
    )


def test_concurrent_callers_share_batches_and_get_their_own_results_in_order(virtual_time: Run) -> None:
    work = Recorder()
    observed: list[tuple[int, float]] = []

    async def scenario() -> list[list[int]]:
        batcher = _batcher(work, observed=observed)
        await asyncio.gather(*(batcher([warm]) for warm in range(12)))  # the dispatcher's start-up phase
        work.batches.clear()
        return await asyncio.gather(*(batcher([caller, caller + 1000]) for caller in range(64)))

    results = virtual_time(scenario)

    assert results == [[caller * caller, (caller + 1000) ** 2] for caller in range(64)]
    assert sum(len(batch) for batch in work.batches) == 128
    assert len(work.batches) < 64, "concurrent callers were not batched together"
    assert [size for size, _ in observed[-len(work.batches) :]] == [len(batch) for batch in work.batches]
    assert all(seconds == pytest.approx(work.seconds) for _, seconds in observed)


def test_callers_of_a_batch_function_on_a_worker_thread_share_batches_and_get_their_own_results() -> None:
    """The service's models run on a worker thread (`in_thread`): its results reach each caller, and its own time
    reaches `on_batch`."""
    work = ThreadRecorder()
    observed: list[tuple[int, float]] = []

    async def scenario() -> list[list[int]]:
        batcher = _batcher(in_thread(work), observed=observed)
        return await asyncio.gather(*(batcher([caller, caller + 1000]) for caller in range(64)))

    results = asyncio.run(scenario())

    assert results == [[caller * caller, (caller + 1000) ** 2] for caller in range(64)]
    assert sorted(item for batch in work.batches for item in batch) == sorted([*range(64), *range(1000, 1064)])
    assert [size for size, _ in observed] == [len(batch) for batch in work.batches]
    assert all(seconds >= 0 for _, seconds in observed)


def test_a_list_larger_than_the_batch_limit_is_split_and_reassembled() -> None:
    work = ThreadRecorder()

    async def scenario() -> list[int]:
        return await _batcher(in_thread(work), max_batch_size=8)(list(range(20)))

    assert asyncio.run(scenario()) == [item * item for item in range(20)]
    assert max(len(batch) for batch in work.batches) <= 8


def test_pieces_keep_the_order_and_hold_at_most_the_items_and_characters_allowed() -> None:
    texts = ["a" * 30, "b" * 30, "c" * 50, "d" * 200, "e", "f", "g", "h"]

    cut = pieces(texts, chars=len, max_items=3, max_chars=100)

    assert cut == [texts[:2], texts[2:3], texts[3:4], texts[4:7], texts[7:]]
    assert pieces([], chars=len, max_items=3, max_chars=100) == []


def test_calls_cut_into_pieces_take_their_pieces_and_one_that_does_not_fit_is_refused_at_once() -> None:
    def no_room(pieces: int) -> NoReturn:
        raise Overloaded(pieces)

    split = functools.partial(pieces, chars=len, max_items=3, max_chars=100)
    bulk = SplitCallPieces(split, pieces=6, refuse=no_room)
    two, three, four, seven = (["a"] * (3 * count) for count in (2, 3, 4, 7))
    with bulk.held(three), bulk.held(three):  # two calls of 3 pieces fit in 6
        assert bulk.taken == 6
        with pytest.raises(Overloaded, match="6"), bulk.held(two):
            pass
        with bulk.held(["a"] * 3), bulk.held(["a" * 60, "b" * 30]):  # one piece each: none needed
            assert bulk.taken == 6
    with bulk.held(four):  # two calls of 4 pieces: each alone would end before both together
        with pytest.raises(Overloaded), bulk.held(four):
            pass
        assert bulk.taken == 4
    with bulk.held(seven):  # more pieces than the bound: taken alone, never with another
        assert bulk.taken == 7
        with pytest.raises(Overloaded), bulk.held(two):
            pass
    assert bulk.taken == 0
    with pytest.raises(RuntimeError), bulk.held(four):  # a call that fails gives its pieces back
        raise RuntimeError
    assert bulk.taken == 0


def test_a_call_arriving_while_the_batcher_holds_its_most_items_is_refused_at_once(virtual_time: Run) -> None:
    work = Recorder(seconds=0.2)

    async def scenario() -> tuple[list[int], list[int], list[int], int]:
        batcher = AdaptiveBatcher(
            work,
            max_batch_size=256,
            max_latency_ms=10_000,
            on_batch=lambda size, seconds: None,
            overloaded=_overloaded,
            linger_fraction=0,
            max_items_in_flight=4,
        )
        first = asyncio.create_task(batcher([1, 2, 3]))
        second = asyncio.create_task(batcher([4, 5]))  # 3 held: taken, though it makes 5
        await asyncio.sleep(0.01)
        refused = batcher([6])
        with pytest.raises(Overloaded):
            refused.send(None)  # on the call's first step, before it waits for anything: not timed
        answers = await first, await second
        return *answers, await batcher([6]), batcher.items_in_flight

    first, second, later, left = virtual_time(scenario)

    assert (first, second, later) == ([1, 4, 9], [16, 25], [36])
    assert left == 0  # answered calls give their items back


def test_a_call_arriving_during_a_large_one_is_answered_before_the_large_call_ends(virtual_time: Run) -> None:
    """A large call's pieces queue one after another, so a one-item call sent while the first piece
    runs is batched before the rest (without pieces it waited for the whole large call)."""
    work = Recorder(seconds=0.05)

    async def scenario() -> tuple[list[int], list[int], bool]:
        split = functools.partial(pieces, chars=lambda item: 1, max_items=4, max_chars=100)
        batcher = _batcher(work, linger=0, split=split)
        await asyncio.gather(*(batcher([warm]) for warm in range(12)))  # the dispatcher's start-up phase
        work.batches.clear()
        large = asyncio.create_task(batcher(list(range(100, 140))))
        await asyncio.sleep(0.07)  # the large call's first piece is running
        small = await batcher([7])
        large_done = large.done()
        return await large, small, large_done

    large, small, large_done_before_small = virtual_time(scenario)

    assert large == [item * item for item in range(100, 140)] and small == [49]
    assert not large_done_before_small
    assert max(len(batch) for batch in work.batches) <= 5
    small_batch = next(number for number, batch in enumerate(work.batches) if 7 in batch)
    assert small_batch < len(work.batches) - 5, f"the small call waited behind the large one: {work.batches}"


def test_an_error_in_the_batch_function_reaches_every_caller_of_that_batch() -> None:
    def broken(items: list[int]) -> list[int]:
        raise ValueError("model failed")

    async def scenario() -> list[object]:
        batcher = _batcher(in_thread(broken), max_batch_size=16)
        return await asyncio.gather(*(batcher([n]) for n in range(3)), return_exceptions=True)

    outcomes = asyncio.run(scenario())
    assert all(isinstance(outcome, ValueError) and "model failed" in str(outcome) for outcome in outcomes)


def test_a_batch_function_that_loses_results_is_an_error_not_a_misalignment() -> None:
    async def scenario() -> list[int]:
        batcher = _batcher(in_thread(lambda items: items[:-1]))
        return await batcher([1, 2, 3])

    with pytest.raises(RuntimeError, match="2 results for 3 items"):
        asyncio.run(scenario())


def test_the_dispatcher_learns_batch_costs_but_never_holds_requests_while_idle() -> None:
    from bentoml._internal.marshal.dispatcher import Optimizer

    from serving.batching import NoIdleWait

    stock, ours = Optimizer(10.0), NoIdleWait(10.0)
    for size in (1, 2, 4, 8) * 5:  # batches whose first request had queued 0.5 s
        stock.log_outbound(n=size, wait=0.5, duration=0.01 + 0.005 * size)
        # what the dispatcher reports (dispatch to answer, queueing included) is ignored ...
        ours.log_outbound(n=size, wait=0.5, duration=1.0)
        ours.measured(size, 0.01 + 0.005 * size)  # ... for the model's own time
    for optimizer in (stock, ours):
        optimizer.trigger_refresh()

    assert stock.wait == pytest.approx(0.5), "BentoML's optimizer no longer learns the wait: recheck NoIdleWait"
    assert ours.wait == 0
    assert (ours.o_a, ours.o_b) == pytest.approx((0.005, 0.01))
    assert ours.cost(10) == pytest.approx(0.06)
    assert isinstance(_batcher(Recorder()).dispatcher.optimizer, NoIdleWait)


def test_the_lock_waits_for_the_answered_callers_or_a_fraction_of_the_batch_time(virtual_time: Run) -> None:
    from serving.batching import Lingering

    async def scenario() -> tuple[bool, bool, bool, bool]:
        lock = Lingering(fraction=0.5)
        lock.acquire()
        await asyncio.sleep(0.2)  # a 0.2 s batch of 3 callers
        lock.batch_callers = 3
        lock.release()
        held_after_release = lock.is_locked()
        lock.arrivals += 3  # the three answered callers call again
        await asyncio.sleep(0.02)
        free_once_they_are_back = not lock.is_locked()

        lock.acquire()
        await asyncio.sleep(0.2)
        lock.release()  # nobody comes back: free after 0.5 x 0.2 s
        await asyncio.sleep(0.05)
        held_before_deadline = lock.is_locked()
        await asyncio.sleep(0.1)
        return held_after_release, free_once_they_are_back, held_before_deadline, not lock.is_locked()

    assert virtual_time(scenario) == (True, True, True, True)


def test_waiting_for_callers_that_never_come_back_stops_paying_and_shrinks(virtual_time: Run) -> None:
    from serving.batching import Lingering

    async def batch(lock: Lingering, callers_back: int) -> None:
        lock.acquire()
        await asyncio.sleep(0.02)
        lock.batch_callers = 2
        lock.release()
        lock.arrivals += callers_back
        await asyncio.sleep(0.03)  # longer than the watch window (0.5 x 0.02 s)

    async def scenario() -> tuple[float, float]:
        lock = Lingering(fraction=0.5)
        for _ in range(6):
            await batch(lock, callers_back=0)  # open-loop traffic
        open_loop = lock.paid_off
        for _ in range(6):
            await batch(lock, callers_back=2)  # closed-loop clients
        return open_loop, lock.paid_off

    open_loop, closed_loop = virtual_time(scenario)
    assert open_loop < 0.3 < 0.7 < closed_loop


def test_the_last_awaited_caller_ends_the_hold_at_once_and_an_old_watch_never_ends_a_new_hold(
    virtual_time: Run,
) -> None:
    from serving.batching import Lingering

    async def scenario() -> tuple[bool, bool, bool, bool, bool]:
        lock = Lingering(fraction=1.0)
        lock.acquire()
        await asyncio.sleep(0.05)
        lock.batch_callers = 2
        lock.release()
        lock.arrived()
        held_while_one_is_missing = lock.is_locked()
        lock.arrived()  # no await in between: no poll can have run
        free_at_once = not lock.is_locked()

        await asyncio.sleep(0.01)  # that hold's watch scores it, then stops
        lock.paid_off = 0.1  # the next hold lasts 0.1 of its window; its watch goes on for the window
        lock.acquire()
        await asyncio.sleep(0.2)
        lock.batch_callers = 2
        lock.release()  # hold until +0.02 s, watch until +0.2 s
        await asyncio.sleep(0.05)
        first_hold_over = not lock.is_locked()
        lock.acquire()
        await asyncio.sleep(0.1)
        lock.batch_callers = 1
        lock.paid_off = 1.0
        lock.release()  # a new hold of 0.1 s, while the previous watch still polls
        await asyncio.sleep(0.04)
        held_despite_the_old_watch = lock.is_locked()
        await asyncio.sleep(0.1)
        return (
            held_while_one_is_missing,
            free_at_once,
            first_hold_over,
            held_despite_the_old_watch,
            not lock.is_locked(),
        )

    assert virtual_time(scenario) == (True, True, True, True, True)


def test_a_straggler_does_not_stop_the_wait_for_the_callers_that_do_come_back(virtual_time: Run) -> None:
    from serving.batching import Lingering

    async def scenario() -> float:
        lock = Lingering(fraction=0.5)
        for _ in range(12):  # 31 of 32 answered callers come back within the window, every time
            lock.acquire()
            await asyncio.sleep(0.02)
            lock.batch_callers = 32
            lock.release()
            lock.arrivals += 31
            await asyncio.sleep(0.03)
        return lock.paid_off

    assert virtual_time(scenario) > 0.9


def test_the_pipelined_lock_sends_the_next_batch_near_the_end_of_the_running_one_and_never_a_third(
    clock: VirtualClock,
) -> None:
    from serving.batching import Pipelined

    lock = Pipelined(lead=0.25, cost=lambda items: 0.1 * items)
    assert not lock.is_locked()
    lock.acquire()
    assert lock.is_locked(), "a batch whose size is not known yet must not have a batch sent behind it"
    lock.dispatched(callers=2, items=2)  # expected to run 0.2 s: the next may go after 0.15 s
    clock.now += 0.14
    assert lock.is_locked()
    clock.now += 0.02
    assert not lock.is_locked()
    lock.acquire()
    lock.dispatched(callers=1, items=1)  # queued behind the running batch
    assert lock.is_locked(), "a third batch in flight"
    lock.release()  # the first ended: the queued one (0.1 s) runs now, the next may go after 0.075 s
    clock.now += 0.07
    assert lock.is_locked()
    clock.now += 0.01
    assert not lock.is_locked()
    lock.release()
    assert not lock.is_locked() and lock.sema == 2


class SequentialModel:
    """An async batch function that, like a model process, runs one batch at a time in arrival order."""

    def __init__(self, seconds_per_item: float) -> None:
        self.seconds_per_item = seconds_per_item
        self.sent: list[tuple[float, int]] = []  # (time sent, items)
        self.ran: list[tuple[float, float]] = []  # (start, end)
        self._turn: asyncio.Lock | None = None

    async def __call__(self, items: list[int]) -> tuple[list[int], float]:
        self._turn = self._turn or asyncio.Lock()
        loop = asyncio.get_running_loop()
        self.sent.append((loop.time(), len(items)))
        async with self._turn:
            started = loop.time()
            await asyncio.sleep(self.seconds_per_item * len(items))
            self.ran.append((started, loop.time()))
        return [item * item for item in items], self.ran[-1][1] - started


def _closed_loop(pipeline_lead: float | None, virtual_time: Run) -> SequentialModel:
    """16 clients, starting 3 ms apart, each calling 12 times and back 10 ms after each answer (the
    worker's turn of answering a batch and parsing the next requests), against a sequential model."""
    model = SequentialModel(seconds_per_item=0.004)

    async def client(batcher: AdaptiveBatcher[int, int], first: int) -> None:
        await asyncio.sleep(0.003 * first / 100)
        for n in range(first, first + 12):
            assert await batcher([n]) == [n * n]
            await asyncio.sleep(0.01)

    async def scenario() -> None:
        batcher = AdaptiveBatcher(
            model,
            max_batch_size=64,
            max_latency_ms=10_000,
            on_batch=lambda size, seconds: None,
            overloaded=_overloaded,
            linger_fraction=0.25,
            pipeline_lead=pipeline_lead,
        )
        await asyncio.gather(*(batcher([warm]) for warm in range(12)))  # the dispatcher's start-up phase
        model.sent.clear()
        model.ran.clear()
        await asyncio.gather(*(client(batcher, 100 * c) for c in range(16)))

    virtual_time(scenario)
    return model


def _busy(model: SequentialModel) -> float:
    return sum(end - start for start, end in model.ran) / (model.ran[-1][1] - model.ran[0][0])


def test_pipelined_batches_keep_a_sequential_model_busy_where_one_batch_at_a_time_leaves_it_waiting(
    virtual_time: Run,
) -> None:
    pipelined = _closed_loop(pipeline_lead=0.5, virtual_time=virtual_time)
    one_at_a_time = _closed_loop(pipeline_lead=None, virtual_time=virtual_time)

    assert _busy(pipelined) > 0.9
    assert _busy(one_at_a_time) < _busy(pipelined) - 0.03
    ends = [end for _, end in pipelined.ran]
    sent_while_the_previous_ran = [sent < end for (sent, _), end in zip(pipelined.sent[1:], ends, strict=False)]
    assert sum(sent_while_the_previous_ran) >= 0.8 * len(sent_while_the_previous_ran)
    assert all(len(batch) <= 2 for batch in _in_flight(pipelined)), "more than two batches in flight"


def _in_flight(model: SequentialModel) -> list[list[int]]:
    """For each batch sent, the batches sent and not finished at that moment (itself included)."""
    ends = [end for _, end in model.ran]
    return [[j for j, (sent_j, _) in enumerate(model.sent) if sent_j <= sent < ends[j]] for sent, _ in model.sent]


def test_a_split_call_whose_pace_would_end_it_past_its_seconds_is_ended_before_its_next_piece(
    virtual_time: Run,
) -> None:
    """Pieces of 4 items, 0.2 s each: after two, 12 items would end at 0.6 s and 8 end at 0.4 s."""
    work = Recorder(seconds=0.2)
    ended: list[tuple[int, int]] = []

    def late(answered: int, items: int, seconds: float, ending: float) -> NoReturn:
        ended.append((answered, items))
        assert ending >= 0.6 > seconds
        raise Overloaded(seconds)

    async def scenario() -> list[int]:
        split = functools.partial(pieces, chars=lambda item: 1, max_items=4, max_chars=100)
        batcher = _batcher(work, linger=0, split=split, call_seconds=0.5, late=late)
        with pytest.raises(Overloaded):
            await batcher(list(range(12)))
        assert batcher.items_in_flight == 0
        return await batcher(list(range(8)))

    assert virtual_time(scenario) == [item * item for item in range(8)]
    assert ended == [(8, 12)]
    assert work.batches == [[0, 1, 2, 3], [4, 5, 6, 7], [0, 1, 2, 3], [4, 5, 6, 7]]  # the 12's last piece never sent


class SlowPieces(Recorder):
    """A `Recorder` whose batches take `seconds` each, in turn, then `after` seconds each."""

    def __init__(self, seconds: list[float], after: float) -> None:
        super().__init__(after)
        self.slow = list(seconds)
        self.after = after

    async def __call__(self, items: list[int]) -> tuple[list[int], float]:
        self.seconds = self.slow.pop(0) if self.slow else self.after
        return await super().__call__(items)


@pytest.mark.parametrize(
    ("slow", "ended_after"),
    [
        ([0.2], None),  # a worker's first piece slow once (12 items at its pace: 0.6 s), then fast: the call ends
        ([0.02, 0.2], None),  # one slow piece in the middle: the pace of the faster of the last two
        ([0.02, 0.2, 0.2], 12),  # two slow pieces in a row: the rest at their pace would end past 0.5 s
        ([0.3], 4),  # a first piece whose like would itself end past 0.5 s: no second piece is waited for
    ],
)
def test_a_split_call_is_ended_on_the_pace_of_its_last_two_pieces_not_one_slow_piece(
    virtual_time: Run, slow: list[float], ended_after: int | None
) -> None:
    work = SlowPieces(slow, after=0.02)
    ended: list[int] = []

    def late(answered: int, items: int, seconds: float, ending: float) -> NoReturn:
        ended.append(answered)
        raise Overloaded(seconds)

    async def scenario() -> list[int] | None:
        split = functools.partial(pieces, chars=lambda item: 1, max_items=4, max_chars=100)
        batcher = _batcher(work, linger=0, split=split, call_seconds=0.5, late=late)
        try:
            return await batcher(list(range(20)))
        except Overloaded:
            return None

    answered = virtual_time(scenario)
    assert ended == ([] if ended_after is None else [ended_after])
    assert answered == (None if ended_after is not None else [item * item for item in range(20)])
