"""BentoML's public way to batch, for `serve_load.py --service benchmarks.batchable_service:BatchableTriage`.

Issue 11 asks whether the service's own batcher (`serving.batching`, built on BentoML's dispatcher, with the
models in a process of the worker) is worth keeping over what BentoML offers publicly: a separate model
service whose API is `batchable`, called by the HTTP service through `bentoml.depends`. This module is that
alternative, serving the same batch function (`ModelSide.triage_batch`: reasons, history, risk, decision,
reply, and the commit of the prediction log) behind the same API-key check, so `serve_load.py` measures
both the same way. It is a benchmark, not a way to run the product: it has no console, feedback, reload,
readiness reasons or 503 mapping.
"""

from __future__ import annotations

import bentoml

from serving.api import MAX_BATCH, ReturnRequest, TriageRequest, TriageResponse, TriageResult
from serving.auth import ApiKeyMiddleware
from serving.db import create_db_engine
from serving.idempotency import Conflict, conflict_message
from serving.model_side import ModelSide
from serving.service import MODEL_BATCH_SIZES
from serving.stores.api_keys import ApiKeyStore
from triage.settings import get_settings


@bentoml.service(name="triage_models", workers=1, traffic={"timeout": 60})
class TriageModels:
    """The models, in their own BentoML worker; BentoML gathers concurrent calls into one batch."""

    def __init__(self) -> None:
        self.side = ModelSide(get_settings())

    @bentoml.api(batchable=True, max_batch_size=MAX_BATCH, max_latency_ms=get_settings().serve_max_latency_ms)
    def triage(self, returns: list[ReturnRequest]) -> list[TriageResult]:
        MODEL_BATCH_SIZES.labels(endpoint="triage").observe(len(returns))
        answers = self.side.triage_batch(returns)
        conflicts = [answer for answer in answers if isinstance(answer, Conflict)]
        if conflicts:  # serve_load sends fresh return ids; a conflict means the run is broken
            raise bentoml.exceptions.InvalidArgument(conflict_message([answer.return_id for answer in conflicts]))
        return answers


@bentoml.service(name="batchable_triage", workers=get_settings().serve_workers, traffic={"timeout": 60})
class BatchableTriage:
    """`POST /triage` as the product serves it, handing each call to `TriageModels`."""

    models = bentoml.depends(TriageModels)

    @bentoml.api(route="/triage", input_spec=TriageRequest)
    async def triage_returns(self, returns: list[ReturnRequest]) -> TriageResponse:
        return TriageResponse(results=await self.models.to_async.triage(returns))


BatchableTriage.add_asgi_middleware(
    ApiKeyMiddleware,
    key_store=lambda: ApiKeyStore(create_db_engine(get_settings().db_url)),
    cache_seconds=get_settings().api_key_cache_seconds,
)
