"""The returns-triage HTTP service (BentoML 1.4). Start it with `triage serve --port N`.

Endpoints: `POST /triage`, `POST /classify`, `POST /feedback` (API key required), `GET /healthz`,
`GET /readyz`, `GET /metrics`, OpenAPI docs at `/` and `/docs.json`.

Models load once per worker at start-up from the MLflow alias `champion` (triage.registry); the
worker refuses to start without a reason-classifier champion. `/triage` and `/classify` hand their
items to BentoML's adaptive batching dispatcher, called in-process (`serving.batching`), so
concurrent requests share one embedding call, one history-feature pass and one risk-model call. Each
batch is committed to the prediction log in one transaction before it returns, so every response is
logged before it is sent; the same transaction adds a triage batch's returns to the customer history
store, and a feedback row's corrected reason and inspection outcome to the stored return, so later
risk features see them. Each worker's model math runs on `Settings.serve_threads` threads (one by
default); scale with `Settings.serve_workers`, not threads.
"""

from __future__ import annotations

import functools
import gc
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import anyio
import bentoml
from bentoml.metrics import Counter, Gauge, Histogram
from pydantic import BaseModel
from threadpoolctl import ThreadpoolController

from serving.api import (
    MAX_BATCH,
    ClassifyRequest,
    ClassifyResponse,
    FeedbackRequest,
    FeedbackResponse,
    Language,
    ReasonPart,
    ReturnRequest,
    TriageRequest,
    TriageResponse,
    TriageResult,
)
from serving.auth import ApiKeyMiddleware
from serving.batching import AdaptiveBatcher
from serving.middleware import BodyLimitMiddleware, ReadinessMiddleware, ValidationStatusMiddleware
from triage.settings import Settings, get_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from serving.stores.feedback import FeedbackRecord

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


class ReasonInput(BaseModel):
    """One text for the batched reason classifier."""

    text: str
    lang: Language | None = None


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
    raise bentoml.exceptions.ServiceUnavailable("the triage models are overloaded; retry shortly")


def _key_store() -> Any:
    from serving.db import create_db_engine
    from serving.stores.api_keys import ApiKeyStore

    return ApiKeyStore(create_db_engine(get_settings().db_url))


@bentoml.service(
    name="returns_triage",
    workers=get_settings().serve_workers,
    traffic={"timeout": 60},
    logging={"access": {"enabled": get_settings().serve_access_log}},
    # BentoML always installs its OpenTelemetry middleware; excluding every URL is how it is turned off.
    tracing={} if get_settings().serve_tracing else {"excluded_urls": [".*"]},
)
class TriageService:
    """Triage of return requests: reason, risk, policy decision and reply draft, logged durably."""

    def __init__(self) -> None:
        import torch

        from serving.db import open_database
        from serving.stores.feedback import FeedbackStore
        from serving.stores.predictions import PredictionLog, pseudonym_key
        from serving.triage import Triager, load_components

        settings = get_settings()
        torch.set_num_threads(settings.serve_threads)
        self.threads = settings.serve_threads
        # Found once: threadpool_limits() rescans every loaded native library on each call (~3 ms).
        self.thread_pools = ThreadpoolController()
        engine = open_database(settings)
        # Raises NoChampionError ("run `triage train reasons`") and the worker does not start.
        self.components = load_components(settings, engine)
        # Load the lazily loaded embedding weights and compile the risk trees now, so readiness
        # means ready and the first client does not pay for it.
        self.components.reasons.model.predict_reasons(["warm-up"])
        if self.components.risk is not None:
            self.components.risk.model.compile_trees()
        self.triager = Triager(self.components)
        self.engine = engine
        self.log = PredictionLog(engine, pseudonym_key(settings), redact=settings.redact_contact_details)
        self.feedback_store = FeedbackStore(engine)
        self.model_versions = self.components.model_versions()
        self.triage_batcher = self._batcher("triage", self._triage_batch, settings)
        self.classify_batcher = self._batcher("classify", self._classify_batch, settings)
        for model, version in self.model_versions.items():
            MODEL_INFO.labels(model=model, version=version).set(1)
        # The loaded models are millions of long-lived objects: a full garbage collection walking
        # them stalled every request for ~280 ms (p99 at half load). Frozen objects are never walked.
        gc.freeze()

    @staticmethod
    def _batcher(endpoint: str, work: Callable[[list[Any]], list[Any]], settings: Settings) -> AdaptiveBatcher:
        return AdaptiveBatcher(
            work,
            max_batch_size=MAX_BATCH,
            max_latency_ms=settings.serve_max_latency_ms,
            on_batch=functools.partial(_observe_batch, endpoint),
            overloaded=_overloaded,
            linger_fraction=settings.serve_batch_linger,
        )

    def readiness(self) -> str | None:
        """None when ready to serve, else why not (models missing or the log not writable)."""
        if self.components.reasons is None:
            return "reason classifier not loaded"
        return self.log.is_writable()

    def _triage_batch(self, returns: list[ReturnRequest]) -> list[TriageResult]:
        """Triage return requests gathered from all concurrent calls: one embedding pass and one
        history/feature pass per batch, committed to the prediction log before returning.

        The returns join the customer history store in the same transaction, so a customer's
        later requests count every return whose triage was acknowledged.
        """
        from serving.stores.history import record_triaged_returns
        from serving.triage import classify

        with self.thread_pools.limit(limits=self.threads):
            reasons = classify(
                self.components.reasons.model, [r.reason_text for r in returns], [r.lang for r in returns]
            )
            results = self.triager.assemble(returns, reasons)
        with self.engine.begin() as connection:
            record_triaged_returns(connection, returns, [reason.code for reason in reasons])
            self._log(
                "triage",
                [r.model_dump(mode="json") for r in returns],
                [r.model_dump(mode="json") for r in results],
                connection,
            )
        return results

    def _classify_batch(self, items: list[ReasonInput]) -> list[ReasonPart]:
        """Reason predictions for texts gathered from all concurrent calls, logged before returning."""
        from serving.triage import classify

        with self.thread_pools.limit(limits=self.threads):
            parts = classify(
                self.components.reasons.model, [item.text for item in items], [item.lang for item in items]
            )
        versions = {self.components.reasons.name: self.components.reasons.version}
        self._log(
            "classify",
            [{"text": item.text} for item in items],
            [part.model_dump(mode="json") | {"model_versions": versions} for part in parts],
        )
        return parts

    def _log(
        self,
        endpoint: str,
        items: list[dict[str, Any]],
        results: list[dict[str, Any]],
        connection: Connection | None = None,
    ) -> None:
        """Commit one model batch's requests and results to the log (one transaction, or the caller's)."""
        self.log.record(str(uuid.uuid4()), endpoint, items, results, connection)

    def _store_feedback(self, record: FeedbackRecord) -> int:
        """The feedback row and its correction of the customer history, committed together."""
        from serving.stores.history import apply_feedback

        with self.engine.begin() as connection:
            record_id = self.feedback_store.add(record, connection)
            apply_feedback(connection, record.return_id, record.corrected_reason, record.inspection_outcome)
        return record_id

    @bentoml.api(route="/triage", input_spec=TriageRequest)
    async def triage(self, returns: list[ReturnRequest]) -> TriageResponse:
        """Triage 1–256 return requests; results come back in request order."""
        BATCH_SIZES.observe(len(returns))
        results = await self.triage_batcher(returns)
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
        parts = await self.classify_batcher(items)
        return ClassifyResponse(
            results=parts, model_versions={self.components.reasons.name: self.components.reasons.version}
        )

    @bentoml.api(route="/feedback", input_spec=FeedbackRequest)
    async def feedback(self, **fields: Any) -> FeedbackResponse:
        """Record an agent's outcome for a triaged return (committed before the answer)."""
        from serving.stores.feedback import FeedbackRecord

        record = FeedbackRecord(**FeedbackRequest.model_construct(**fields).model_dump(mode="json"))
        record_id = await anyio.to_thread.run_sync(self._store_feedback, record)
        return FeedbackResponse(id=record_id, return_id=record.return_id)


TriageService.add_asgi_middleware(ValidationStatusMiddleware)
TriageService.add_asgi_middleware(ReadinessMiddleware, probe=_readiness)
TriageService.add_asgi_middleware(BodyLimitMiddleware, max_bytes=get_settings().max_request_bytes)
TriageService.add_asgi_middleware(
    ApiKeyMiddleware, key_store=_key_store, cache_seconds=get_settings().api_key_cache_seconds
)
