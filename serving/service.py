"""The returns-triage HTTP service (BentoML 1.4). Start it with `triage serve --port N`.

Endpoints: `POST /triage`, `POST /classify`, `POST /feedback` (API key required), `POST /admin/reload`
and `/admin/reload/status` (admin-scoped key: serve a newly promoted champion without a restart),
`GET /healthz`, `GET /readyz`, `GET /metrics`, OpenAPI docs at `/` and `/docs.json`; the agent console under
`/console` (its own sign-in) and the public policy page at `/policy/en` and `/policy/fr`.

Each worker serves HTTP; its models (`serving.model_side.ModelSide`, loaded once from the MLflow alias
`champion`) run behind one interface (`serving.model_runner.ModelRunner`): in a model process of
their own by default (`serving.model_process`), or on a thread of the worker
(`Settings.models_in_own_process`). Without a loadable reason-classifier champion the worker
still starts and answers `/readyz`, `/triage` and `/classify` 503 with the reason
(`serving.model_runner.NoModels`); a call failing because the database is down answers 503 too.
`/triage` and `/classify` hand their items to BentoML's adaptive batching
dispatcher, called in-process (`serving.batching`), so concurrent requests share one embedding call,
one history-feature pass and one risk-model call. Each batch is committed to the prediction log
before its results come back, so every response is logged before it is sent; a feedback row's
corrected reason and inspection outcome are written to the stored return in the same transaction
as the row, so later risk features see them. Decisions and feedback are announced to webhook subscribers
from an outbox written in those same transactions, delivered by a background thread of each worker
(`serving.webhooks`). The model math runs on `Settings.serve_threads`
threads (one by default); scale with `Settings.serve_workers`, not threads.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable
from dataclasses import asdict
from typing import Any, NoReturn, TypeVar

import anyio
import bentoml
from bentoml.metrics import Counter, Gauge, Histogram
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from features.store import answer_part
from features.text import identifier_problem
from serving.api import (
    AMOUNT_KEYS,
    API_ROUTES,
    IDEMPOTENCY_KEY_HEADER,
    MAX_BATCH,
    MAX_OBJECT_KEYS,
    ClassifyRequest,
    ClassifyResponse,
    FeedbackBody,
    FeedbackRequest,
    FeedbackResponse,
    ReloadRequest,
    ReloadResponse,
    ReturnRequest,
    TriageBody,
    TriageResponse,
    example_now,
    idempotency_key,
)
from serving.auth import PUBLIC_PREFIXES, ApiKeyMiddleware, caller
from serving.batching import AdaptiveBatcher, BatchWork, SplitCallPieces, pieces
from serving.connection_limits import bound_connections
from serving.console.app import create_app as create_console_app
from serving.db import UnservableDatabase, create_db_engine, open_database
from serving.idempotency import (
    Conflict,
    conflict_message,
    logged_conflicts,
    release,
    request_fingerprints,
    reserve,
    unlogged_problems,
)
from serving.middleware import (
    BodyLimitMiddleware,
    Busy,
    DuplicateKeyMiddleware,
    ExplainedErrorMiddleware,
    HeaderProblemsMiddleware,
    JsonBodyMiddleware,
    QueryStringMiddleware,
    ReadinessMiddleware,
    RelativeRedirectMiddleware,
    RetryAfterMiddleware,
    ValidationStatusMiddleware,
    refuse,
    refuse_field,
    refuse_fields,
)
from serving.model_reload import ReloadableRunner, ReloadOutcome
from serving.model_runner import start_runner
from serving.model_side import ReasonInput, Redecision
from serving.monitoring_gauges import MonitoringGaugesMiddleware
from serving.openapi import ADMIN_ANSWERS, ENDPOINT_ANSWERS, DocsMiddleware
from serving.request_log import log_validation_errors_as_one_line
from serving.route_labels import RestorePathMiddleware, label_routes
from serving.stores.api_keys import ApiKeyStore
from serving.stores.feedback import (
    CorrectedToTheSuggestion,
    FeedbackRecord,
    FeedbackStore,
    IdempotencyKey,
    KeyReused,
    ReasonUnsaid,
    ToldAnotherDecision,
    decided_for_its_reason,
)
from serving.stores.predictions import PredictionLog, pseudonym_key
from serving.stores.reloads import ReloadRequests
from serving.webhooks import DeliveryThread, delivery_policy
from triage.settings import SERVE_TIMEOUT_SECONDS, Settings, get_settings

logger = logging.getLogger(__name__)
Item = TypeVar("Item")
Result = TypeVar("Result")

DECISIONS = Counter(name="triage_decisions", documentation="Policy decisions returned", labelnames=["decision"])
UNAVAILABLE = Counter(
    name="triage_parts_unavailable", documentation="Result parts returned as unavailable", labelnames=["part"]
)
BATCH_SIZES = Histogram(
    name="triage_request_batch_size",
    documentation="Return requests per /triage call",
    buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
)
MODEL_BATCH_SIZES = Histogram(
    name="triage_model_batch_size",
    documentation="Items per model call after adaptive batching, by endpoint",
    labelnames=["endpoint"],
    buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
)
MODEL_BATCH_SECONDS = Histogram(
    name="triage_model_batch_seconds",
    documentation="Seconds per model batch (models, policy, reply and the log commit), by endpoint",
    labelnames=["endpoint"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
OVERLOADED = Counter(name="triage_overloaded", documentation="Requests answered 503 because the batcher was overloaded")
MODEL_INFO = Gauge(
    name="triage_model_info", documentation="Model versions serving (value 1)", labelnames=["model", "version"]
)


# A call of more than a piece (`PIECE_RETURNS` returns or `PIECE_CHARS` characters of text) is a bulk call: a worker
# holds `Settings.serve_bulk_pieces` such pieces at once (`SplitCallPieces`). The models get it in smaller pieces
# still (`MODEL_PIECE_CHARS`), each queued when the one before it is answered, so a call of one return waits behind a
# model piece of each large call, not all of them (the batcher runs its queue in arrival order, whole). A text's model
# time grows with its length, and what a one-return call sent during a bulk import waits is mostly the model piece
# running when it arrives: pieces of 50,000 characters (50 texts of 1,000) held it up to 9.0-11.4 s at a load of
# 7-13, pieces of 12,500 up to 2.7-6.9 s (`benchmarks/bulk_callers.py`, docs/SCALING.md). A model piece of 12 such
# texts still takes tens of times a batch's fixed cost. The places stay counted in pieces of 50,000 characters: in
# model pieces, a worker held one call of 64 returns of 1,000 characters where it holds three.
PIECE_RETURNS = 64
PIECE_CHARS = 50_000
MODEL_PIECE_CHARS = 12_500
# What a 503 or 429 asks the client to wait: the queue that shed a call drains in seconds, and a client
# retrying at once only lengthens it.
RETRY_AFTER_SECONDS = 5


def _text_chars(item: ReturnRequest | ReasonInput) -> int:
    return len(item.reason_text if isinstance(item, ReturnRequest) else item.text)


_split = functools.partial(pieces, chars=_text_chars, max_items=PIECE_RETURNS, max_chars=PIECE_CHARS)
_model_pieces = functools.partial(pieces, chars=_text_chars, max_items=PIECE_RETURNS, max_chars=MODEL_PIECE_CHARS)


def _too_many_bulk_calls(held: int) -> NoReturn:
    OVERLOADED.inc()
    refuse(
        503,
        f"this worker is busy with calls of more than {PIECE_RETURNS} returns or texts or {PIECE_CHARS:,} characters, "
        f"which it takes {held} pieces of at once, and this call's pieces do not fit beside them; retry after "
        f"{RETRY_AFTER_SECONDS} s, or send fewer returns or texts per call",
        busy=True,
    )


# What a call ended before its next piece leaves behind, by endpoint: /triage answers a return it logged before from
# the log, where /classify has no ids and classifies and logs every text of a call sent again.
_LEFT_BEHIND = {
    "triage": "its first {answered} returns are stored ({seconds:.0f} s; sent again, they are answered from the log), "
    "the rest are not",
    "classify": "its first {answered} texts were classified and logged ({seconds:.0f} s); sent again, every text is "
    "classified and logged again",
}


def _too_slow(endpoint: str, call_seconds: float, answered: int, items: int, seconds: float, ending: float) -> NoReturn:
    OVERLOADED.inc()
    unit = "returns" if endpoint == "triage" else "texts"
    left = _LEFT_BEHIND[endpoint].format(answered=answered, seconds=seconds)
    refuse(
        503,
        f"this call of {items} {unit} would take {ending:.0f} s at the pace of its last pieces, past the "
        f"{call_seconds:g} s a call may take here: {left}; retry after {RETRY_AFTER_SECONDS} s, or send fewer {unit} "
        "per call",
        busy=True,
    )


def _readiness() -> str | None:
    """Why this worker is not ready, or None (the service instance exists once start-up finished)."""
    try:
        service = bentoml.get_current_service()
    except bentoml.exceptions.BentoMLException:
        return "service is starting: models not loaded yet"
    return service.readiness()


def _observe_batch(endpoint: str, size: int, seconds: float) -> None:
    MODEL_BATCH_SIZES.labels(endpoint=endpoint).observe(size)
    MODEL_BATCH_SECONDS.labels(endpoint=endpoint).observe(seconds)


def _overloaded() -> NoReturn:
    """A request the adaptive batcher sheds answers 503 (retry later) instead of a generic 500."""
    OVERLOADED.inc()
    raise Busy("the triage models are overloaded; retry shortly")


def _show_versions(outcome: ReloadOutcome | None) -> None:
    """Point the model-version gauge at the models a finished reload left serving."""
    if outcome is not None and outcome.reloaded:
        for model, version in outcome.previous_versions.items():
            MODEL_INFO.labels(model=model, version=version).set(0)
        for model, version in outcome.model_versions.items():
            MODEL_INFO.labels(model=model, version=version).set(1)


def _key_store() -> ApiKeyStore:
    return ApiKeyStore(create_db_engine(get_settings().db_url))


@bentoml.service(
    name="returns_triage",
    workers=get_settings().serve_workers,
    traffic={"timeout": SERVE_TIMEOUT_SECONDS},
    logging={"access": {"enabled": get_settings().serve_access_log}},
    # BentoML always installs its OpenTelemetry middleware; excluding every URL is how it is turned off.
    tracing={} if get_settings().serve_tracing else {"excluded_urls": [".*"]},
)
class TriageService:
    """Triage of return requests: reason, risk, policy decision and reply draft, logged durably."""

    def __init__(self) -> None:
        settings = get_settings()
        log_validation_errors_as_one_line()
        self.database = open_database(settings)
        self.feedback_store = FeedbackStore(self.database)
        # The models' batches write the prediction log; the worker checks that it is writable.
        self.log = PredictionLog(
            self.database,
            pseudonym_key(settings),
            redact=settings.redact_contact_details,
            min_free_bytes=int(settings.min_free_disk_mb * 2**20),
            reservation_lease_seconds=settings.reservation_lease_seconds,
        )
        # Swappable: POST /admin/reload serves a newly promoted champion without a restart.
        self.models = ReloadableRunner(functools.partial(start_runner, settings), ReturnRequest(**example_now()))
        # The models just loaded are the registry's champions, so every reload asked for so far is followed.
        self.reload_requests = ReloadRequests(self.database)
        self.followed_reload = self.reload_requests.newest()
        self.following: asyncio.Task[None] | None = None
        # Events the log and feedback wrote to the outbox leave from here, in the background.
        self.deliveries = DeliveryThread(
            self.database, delivery_policy(settings), settings.webhook_delivery_interval_seconds
        )
        self.deliveries.start()
        self.triage_batcher = self._batcher("triage", self.models.triage, settings)
        self.classify_batcher = self._batcher("classify", self.models.classify, settings)
        # The console decides an agent's corrected reason again with these models (`serving.console.app`).
        CONSOLE.state.redecide = self.redecide
        # One count for both routes: their calls share the model process.
        self.bulk_calls = SplitCallPieces(_split, settings.serve_bulk_pieces, _too_many_bulk_calls)
        for model, version in self.models.model_versions.items():
            MODEL_INFO.labels(model=model, version=version).set(1)

    def _batcher(
        self, endpoint: str, work: BatchWork[Item, Result], settings: Settings
    ) -> AdaptiveBatcher[Item, Result]:
        return AdaptiveBatcher(
            work,
            max_batch_size=MAX_BATCH,
            max_latency_ms=settings.serve_max_latency_ms,
            on_batch=functools.partial(_observe_batch, endpoint),
            overloaded=_overloaded,
            linger_fraction=settings.serve_batch_linger,
            pipeline_lead=settings.serve_pipeline_lead if self.models.pipelined else None,
            split=_model_pieces,
            max_items_in_flight=settings.serve_max_items_in_flight,
            call_seconds=settings.serve_call_seconds,
            late=functools.partial(_too_slow, endpoint, settings.serve_call_seconds),
        )

    async def redecide(self, items: list[Redecision]) -> list[dict[str, Any] | None]:
        """Logged returns decided and drafted again for agents' reasons (`ModelSide.redecide_batch`), not logged."""
        return (await self.models.redecide(items))[0]

    @bentoml.on_deployment
    def migrate_store() -> None:
        """Migrate the database once, in the server's own process before any worker starts. A database this release
        cannot serve (migrated by a newer release) stops the server here, with one message naming it and its
        revisions and a non-zero exit: each worker failing on it was started again, without end."""
        settings = get_settings()
        try:
            open_database(settings).dispose()
        except UnservableDatabase as error:
            raise SystemExit(f"cannot serve the database {settings.db_url_shown}: {error}") from None

    @bentoml.on_startup
    async def follow_reloads(self) -> None:
        """Start looking for reloads asked of other workers and replicas (`serving.stores.reloads`)."""
        self.following = asyncio.get_running_loop().create_task(
            self._follow_reloads(get_settings().reload_poll_seconds)
        )

    @bentoml.on_shutdown
    def stop_models(self) -> None:
        """Let the model process finish and exit with its worker; stop delivering events and following reloads."""
        if self.following is not None:
            self.following.cancel()
        self.deliveries.stop()
        self.models.close()

    async def _follow_reloads(self, every_seconds: float) -> None:
        while True:
            await asyncio.sleep(every_seconds)
            try:
                newest = await anyio.to_thread.run_sync(self.reload_requests.newest)
            except OperationalError:
                continue  # the database is unreachable: /readyz says so; look again next time
            if self._follow(newest):
                _show_versions(await self.models.reload_outcome(wait_seconds=None))

    def _follow(self, request: int) -> bool:
        """Begin reloading for reload request `request` unless it was followed already; True if begun.
        A reload that is running may have loaded the champions before this request: the request stays
        unfollowed, and the next look begins another reload after it."""
        if request <= self.followed_reload or not self.models.begin_reload():
            return False
        self.followed_reload = request
        return True

    def readiness(self) -> str | None:
        """None when ready to serve, else why not (the models gone or the log not writable)."""
        return self.models.problem() or self.log.is_writable()

    async def _unless_unavailable(self, call: Awaitable[Result]) -> Result:
        """The call's result; when it fails because the worker cannot serve (the database unreachable or
        read-only, the model process gone), 503 with that reason (`readiness`) instead of a bare 500.
        Nothing was acknowledged, so the client may retry; `/readyz` reports the same reason."""
        try:
            return await call
        except bentoml.exceptions.ServiceUnavailable as error:
            refuse(503, str(error), busy=isinstance(error, Busy))  # overloaded or the model process gone
        except bentoml.exceptions.BentoMLException:
            raise  # already an answer (409, 404, a 503 with its reason)
        except OperationalError as error:  # a feedback write the database refused (unreachable, full)
            refuse(503, f"database unavailable: {error.orig}")
        except Exception:
            reason = await anyio.to_thread.run_sync(self.readiness)
            if reason is not None:
                refuse(503, reason)
            raise

    def _store_feedback(self, record: FeedbackRecord, key: IdempotencyKey | None) -> int | None:
        """Store the record with its correction of the customer history (`add_with_history`); None
        (nothing stored) when the return was never triaged. The same record again, or a key used
        before, gives the same id (`KeyReused` for a key used before for another record);
        `CorrectedToTheSuggestion` for a correction to the reason the answer suggested (the console reads
        that choice as accepting it)."""
        with self.database.connect() as connection:
            answered = self.log.answered([record.return_id], connection)
        if record.return_id not in answered:
            return None
        suggested = answer_part(answered[record.return_id][1], "reason", "code")
        if record.reason_accepted is False and record.corrected_reason == suggested:
            raise CorrectedToTheSuggestion(record.return_id, suggested)
        return self.feedback_store.add_with_history(record, key)

    def _unlogged_id_problem(self, return_id: str) -> str | None:
        """Why the rule for ids refuses `return_id` when the log holds no such return, else None."""
        if (problem := identifier_problem(return_id)) is None:
            return None
        with self.database.connect() as connection:
            return None if return_id in self.log.answered([return_id], connection) else problem

    def _check(self, returns: list[ReturnRequest], reserving: bool) -> tuple[list[str], list[str]]:
        """The call's fingerprints and the return ids that conflict: a call of several returns reserves
        them (`reserve`), since its batches may commit apart; a call of one return is checked against
        the log (refusing it in its batch is refusing it whole). A call holding an id the rule for ids refuses, of a
        return the log does not hold, is refused first with 422 naming it (`unlogged_problems`), and so is a history
        whose free returns used cannot be within the served policy's quota window (`ReturnRequest.history_problems`)."""
        window = self.models.quota_window_days

        def problems_of(item: ReturnRequest) -> dict[str, str]:
            return item.id_problems() | item.history_problems(window)

        if problems := unlogged_problems(self.log, returns, problems_of):
            refuse_fields(problems)
        fingerprints = request_fingerprints(self.log, returns)
        if reserving:
            return fingerprints.keys, reserve(self.log, returns, fingerprints)
        return fingerprints.keys, logged_conflicts(self.log, returns, fingerprints)

    def _release(self, returns: list[ReturnRequest], fingerprints: list[str]) -> None:
        """Release a failed call's reservation (`idempotency.release`). The call's own error is what its
        client must see, so a database that refuses this too is only logged: the claims then stay, as
        after a killed process."""
        try:
            release(self.log, returns, fingerprints)
        except SQLAlchemyError as error:
            logger.warning("reservation of %d returns not released: %s", len(returns), error)

    @bentoml.api(route="/triage", input_spec=TriageBody)
    async def triage_returns(self, returns: list[ReturnRequest]) -> TriageResponse:
        """Triage 1–256 return requests; results come back in request order.

        Idempotent per `return_id`: the same request sent again gets the stored answer and writes
        nothing; a request holding a return already triaged (or being triaged) with a different
        request is refused whole with 409 naming the return(s), and none of its returns is triaged
        or logged. A call cut into pieces (`PIECE_RETURNS`, `PIECE_CHARS`) is refused with 503 when its pieces
        do not fit beside those the worker holds (`Settings.serve_bulk_pieces`, `SplitCallPieces`).
        """
        BATCH_SIZES.observe(len(returns))
        with self.bulk_calls.held(returns):  # 503 when the worker has its share of bulk pieces
            reserving = len({request.return_id for request in returns}) > 1
            fingerprints, conflicts = await self._unless_unavailable(
                anyio.to_thread.run_sync(self._check, returns, reserving)
            )
            if conflicts:
                refuse(409, conflict_message(conflicts))
            try:
                answers = await self._unless_unavailable(self.triage_batcher(returns))
            except BaseException:
                if reserving:  # nothing was acknowledged: another request for these returns may have them
                    with anyio.CancelScope(shield=True):
                        await anyio.to_thread.run_sync(self._release, returns, fingerprints)
                raise
            # A call of one return claimed since its check for a different request (refused whole), or a
            # reserved call whose reservation was released while one of its batches ran (refused in part).
            late = [answer.return_id for answer in answers if isinstance(answer, Conflict)]
            if late:
                logged = [answer.return_id for answer in answers if not isinstance(answer, Conflict)]
                refuse(409, conflict_message(late, logged))
            results = [answer for answer in answers if not isinstance(answer, Conflict)]
            for result in results:
                if result.decision is not None:
                    DECISIONS.labels(decision=str(result.decision.code)).inc()
                for entry in result.unavailable:
                    UNAVAILABLE.labels(part=entry.part).inc()
            return TriageResponse(results=results)

    @bentoml.api(route="/classify", input_spec=ClassifyRequest)
    async def classify(self, texts: list[str], langs: list[Any] | None = None) -> ClassifyResponse:
        """The return reason of each text (no risk, decision or reply)."""
        items = [
            ReasonInput(text=text, lang=lang) for text, lang in zip(texts, langs or [None] * len(texts), strict=True)
        ]
        with self.bulk_calls.held(items):
            parts = await self._unless_unavailable(self.classify_batcher(items))
        return ClassifyResponse(results=parts, model_versions=self.models.reason_versions)

    @bentoml.api(route="/feedback", input_spec=FeedbackBody)
    async def feedback(self, ctx: bentoml.Context, **fields: Any) -> FeedbackResponse:
        """Record an agent's outcome for a triaged return (committed before the answer).

        Idempotent: the same record sent again is stored once and answered with the same id; feedback
        for a return this service never triaged is refused with 404. With an `Idempotency-Key` header
        (one per record), a key sent before is answered with the id of its first record, storing
        nothing, also after newer records of the return (a late retry does not undo them); the same
        key with another record is refused with 409 naming it. A record leaving out `reason_accepted`
        keeps the return's newest record's reason and decision; a return's first record without it is 409. So is
        a record whose reply went out as drafted (`sent_as_is`, its own or kept) beside a final decision other
        than the one that draft told the customer (`ToldAnotherDecision`), as the console refuses it.
        """
        try:
            sent = idempotency_key(ctx.request.headers.getlist(IDEMPOTENCY_KEY_HEADER))
        except ValueError as error:
            # A return_id the rule refuses, of no logged return, is named as well: its 422 names the header too
            # (`HeaderProblemsMiddleware`), where the header's 400 came first and the id one try later.
            unlogged = anyio.to_thread.run_sync(self._unlogged_id_problem, fields["return_id"])
            if (problem := await self._unless_unavailable(unlogged)) is not None:
                refuse_field("return_id", problem)
            refuse(400, str(error))
        # Each client's keys are its own (an API key always passed the middleware here).
        key = None if sent is None else IdempotencyKey(caller(ctx.request.scope) or "", sent)
        record = decided_for_its_reason(
            FeedbackRecord(**FeedbackRequest.model_construct(**fields).model_dump(mode="json"))
        )
        try:
            record_id = await self._unless_unavailable(anyio.to_thread.run_sync(self._store_feedback, record, key))
        except (KeyReused, ReasonUnsaid, CorrectedToTheSuggestion, ToldAnotherDecision) as error:
            refuse(409, str(error))
        if record_id is None:
            # an id the rule refuses is taken only as a return logged before the rule (`LoggedReturnId`)
            if (problem := identifier_problem(record.return_id)) is not None:
                refuse_field("return_id", problem)
            refuse(404, f"return {record.return_id} was never triaged: feedback is taken for triaged returns only")
        return FeedbackResponse(id=record_id, return_id=record.return_id)

    @bentoml.api(route="/admin/reload", input_spec=ReloadRequest)
    async def reload_models(self, ctx: bentoml.Context, wait_seconds: float = 30.0) -> ReloadResponse:
        """Serve the registry's current champions without a restart (admin-scoped key). The new models
        replace the old only after they loaded and answered a smoke request; requests in flight finish
        on the old ones. 200 reloaded, 409 refused (the old models keep serving; `error` says why),
        202 still loading after `wait_seconds` (ask `/admin/reload/status`). While a reload runs, this
        waits for it instead of starting another. Every other worker, and every replica on the same
        database, reloads too within `Settings.reload_poll_seconds` (`serving.stores.reloads`)."""
        self._follow(await self._unless_unavailable(anyio.to_thread.run_sync(self.reload_requests.record)))
        return await self._reload_answer(ctx, wait_seconds)

    @bentoml.api(route="/admin/reload/status", input_spec=ReloadRequest)
    async def reload_status(self, ctx: bentoml.Context, wait_seconds: float = 30.0) -> ReloadResponse:
        """The running or last reload of this worker, waiting up to `wait_seconds` for a running one
        (status codes as `/admin/reload`; 404 when none was started)."""
        return await self._reload_answer(ctx, wait_seconds)

    async def _reload_answer(self, ctx: bentoml.Context, wait_seconds: float) -> ReloadResponse:
        try:
            outcome = await self.models.reload_outcome(wait_seconds)
        except LookupError as error:
            ctx.response.status_code = 404
            return ReloadResponse(reloaded=False, model_versions=self.models.model_versions, error=str(error))
        if outcome is None:
            ctx.response.status_code = 202
            return ReloadResponse(reloaded=False, in_progress=True, model_versions=self.models.model_versions)
        _show_versions(outcome)
        if not outcome.reloaded:
            ctx.response.status_code = 409
        return ReloadResponse(**asdict(outcome))


# Before the worker's uvicorn server starts: heads are read, and connections taken, before any middleware sees them.
bound_connections(
    get_settings().max_request_head_bytes,
    get_settings().request_head_seconds,
    get_settings().keep_alive_seconds,
    get_settings().max_connections,
    RETRY_AFTER_SECONDS,
)
# The agent console and the public policy page: their own paths, their own sign-in.
CONSOLE = create_console_app()
TriageService.mount_asgi_app(CONSOLE, path="/", name="console")
# The /metrics labels of requested paths: the fixed routes, one per served prefix, one for the rest.
label_routes(
    API_ROUTES | {"/", "/docs.json", "/schema.json", "/healthz", "/livez", "/readyz", "/metrics", "/console"},
    PUBLIC_PREFIXES,
)
TriageService.add_asgi_middleware(RestorePathMiddleware)  # first: routing sees the real path
# Outside the others, so every refusal to retry carries it, the key check's and the readiness probe's too.
TriageService.add_asgi_middleware(RetryAfterMiddleware, seconds=RETRY_AFTER_SECONDS)
# Outside every answer of 422, the body validation's (`ValidationStatusMiddleware`) too.
TriageService.add_asgi_middleware(
    HeaderProblemsMiddleware, checks={"/feedback": {IDEMPOTENCY_KEY_HEADER: idempotency_key}}
)
TriageService.add_asgi_middleware(ValidationStatusMiddleware)
TriageService.add_asgi_middleware(RelativeRedirectMiddleware)
TriageService.add_asgi_middleware(MonitoringGaugesMiddleware, folder=get_settings().monitoring_reports_dir)
TriageService.add_asgi_middleware(ExplainedErrorMiddleware)
TriageService.add_asgi_middleware(JsonBodyMiddleware, paths=API_ROUTES)
TriageService.add_asgi_middleware(
    DocsMiddleware,
    spec=lambda: TriageService.openapi_spec.asdict(),
    answers=ADMIN_ANSWERS | ENDPOINT_ANSWERS,
)
TriageService.add_asgi_middleware(ReadinessMiddleware, probe=_readiness)
TriageService.add_asgi_middleware(
    BodyLimitMiddleware, max_bytes=get_settings().max_request_bytes, read_seconds=get_settings().request_body_seconds
)
TriageService.add_asgi_middleware(
    ApiKeyMiddleware, key_store=_key_store, cache_seconds=get_settings().api_key_cache_seconds
)
TriageService.add_asgi_middleware(QueryStringMiddleware, paths=API_ROUTES)  # after the key check
TriageService.add_asgi_middleware(  # inside the body limit
    DuplicateKeyMiddleware, paths=API_ROUTES, max_keys=MAX_OBJECT_KEYS, amount_keys=AMOUNT_KEYS
)
