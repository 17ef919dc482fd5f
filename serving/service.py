"""The returns-triage HTTP service (BentoML 1.4). Start it with `triage serve --port N`.

Endpoints: `POST /triage`, `POST /classify`, `POST /feedback` (API key required), `GET /healthz`,
`GET /readyz`, `GET /metrics`, OpenAPI docs at `/` and `/docs.json`.

Models load once per worker at start-up from the MLflow alias `champion` (triage.registry); the
worker refuses to start without a reason-classifier champion. Reason predictions go through the
adaptively batched `reasons` API, so concurrent requests share one embedding call. Each worker
gets an equal share of `Settings.torch_threads`; scale with `Settings.serve_workers`, not threads.
Every request and response is committed to the prediction log before the response is sent.
"""

from __future__ import annotations

import uuid
from typing import Any

import anyio
import bentoml
from bentoml.metrics import Counter, Gauge, Histogram
from pydantic import BaseModel

from serving.api import (
    ClassifyRequest,
    ClassifyResponse,
    FeedbackRequest,
    FeedbackResponse,
    Language,
    ReasonPart,
    ReturnRequest,
    TriageRequest,
    TriageResponse,
)
from serving.auth import ApiKeyMiddleware
from serving.middleware import BodyLimitMiddleware, ReadinessMiddleware, ValidationStatusMiddleware
from triage.settings import get_settings

DECISIONS = Counter(name="triage_decisions", documentation="Policy decisions returned", labelnames=["decision"])
UNAVAILABLE = Counter(
    name="triage_parts_unavailable", documentation="Result parts returned as unavailable", labelnames=["part"]
)
BATCH_SIZES = Histogram(
    name="triage_request_batch_size",
    documentation="Return requests per /triage call",
    buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
)
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


def _key_store() -> Any:
    from serving.db import create_db_engine
    from serving.stores.api_keys import ApiKeyStore

    return ApiKeyStore(create_db_engine(get_settings().db_url))


@bentoml.service(
    name="returns_triage",
    workers=get_settings().serve_workers,
    traffic={"timeout": 60},
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
        torch.set_num_threads(max(1, settings.torch_threads // settings.serve_workers))
        engine = open_database(settings)
        # Raises NoChampionError ("run `triage train reasons`") and the worker does not start.
        self.components = load_components(settings, engine)
        # Load the lazily loaded embedding weights now, so readiness means ready and the first
        # client does not pay for it.
        self.components.reasons.model.predict_reasons(["warm-up"])
        self.triager = Triager(self.components)
        self.log = PredictionLog(engine, pseudonym_key(settings), redact=settings.redact_contact_details)
        self.feedback_store = FeedbackStore(engine)
        self.model_versions = self.components.model_versions()
        for model, version in self.model_versions.items():
            MODEL_INFO.labels(model=model, version=version).set(1)

    def readiness(self) -> str | None:
        """None when ready to serve, else why not (models missing or the log not writable)."""
        if self.components.reasons is None:
            return "reason classifier not loaded"
        return self.log.is_writable()

    @bentoml.api(batchable=True, max_batch_size=256, max_latency_ms=1000)
    def reasons(self, items: list[ReasonInput]) -> list[ReasonPart]:
        """Reason predictions for texts from all concurrent requests, in one model call."""
        from serving.triage import classify

        return classify(self.components.reasons.model, [item.text for item in items], [item.lang for item in items])

    async def _reasons_for(self, texts: list[str], langs: list[Any]) -> list[ReasonPart]:
        items = [ReasonInput(text=text, lang=lang) for text, lang in zip(texts, langs, strict=True)]
        return [ReasonPart.model_validate(part) for part in await self.to_async.reasons(items)]

    async def _log(self, endpoint: str, items: list[dict[str, Any]], results: list[dict[str, Any]]) -> None:
        """Commit the request and response to the log (off the event loop) before answering."""
        await anyio.to_thread.run_sync(self.log.record, str(uuid.uuid4()), endpoint, items, results)

    @bentoml.api(route="/triage", input_spec=TriageRequest)
    async def triage(self, returns: list[ReturnRequest]) -> TriageResponse:
        """Triage 1–256 return requests; results come back in request order."""
        BATCH_SIZES.observe(len(returns))
        reasons = await self._reasons_for([r.reason_text for r in returns], [r.lang for r in returns])
        results = await anyio.to_thread.run_sync(self.triager.assemble, returns, reasons)
        for result in results:
            if result.decision is not None:
                DECISIONS.labels(decision=str(result.decision.code)).inc()
        for entry in results[0].unavailable:
            UNAVAILABLE.labels(part=entry.part).inc(len(results))
        await self._log(
            "triage",
            [request.model_dump(mode="json") for request in returns],
            [result.model_dump(mode="json") for result in results],
        )
        return TriageResponse(results=results)

    @bentoml.api(route="/classify", input_spec=ClassifyRequest)
    async def classify(self, texts: list[str], langs: list[Any] | None = None) -> ClassifyResponse:
        """The return reason of each text (no risk, decision or reply)."""
        parts = await self._reasons_for(texts, langs or [None] * len(texts))
        versions = {self.components.reasons.name: self.components.reasons.version}
        await self._log(
            "classify",
            [{"text": text} for text in texts],
            [part.model_dump(mode="json") | {"model_versions": versions} for part in parts],
        )
        return ClassifyResponse(results=parts, model_versions=versions)

    @bentoml.api(route="/feedback", input_spec=FeedbackRequest)
    async def feedback(self, **fields: Any) -> FeedbackResponse:
        """Record an agent's outcome for a triaged return (committed before the answer)."""
        from serving.stores.feedback import FeedbackRecord

        record = FeedbackRecord(**FeedbackRequest.model_construct(**fields).model_dump(mode="json"))
        record_id = await anyio.to_thread.run_sync(self.feedback_store.add, record)
        return FeedbackResponse(id=record_id, return_id=record.return_id)


TriageService.add_asgi_middleware(ValidationStatusMiddleware)
TriageService.add_asgi_middleware(ReadinessMiddleware, probe=_readiness)
TriageService.add_asgi_middleware(BodyLimitMiddleware, max_bytes=get_settings().max_request_bytes)
TriageService.add_asgi_middleware(ApiKeyMiddleware, key_store=_key_store)
