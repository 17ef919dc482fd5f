"""The model side of the service: the loaded champions and the batch functions behind `/triage` and
`/classify`, without HTTP.

`ModelSide` runs either in a serving worker's own process (on a thread) or alone in a model
process (`serving.model_process`) that the worker feeds whole batches; the benchmark's in-process
ceiling calls the same batch functions. Each batch is committed to the prediction log in one
transaction before it returns, so every response is logged before it is sent; the same transaction
adds a triage batch's returns to the customer history store, so later risk features see them.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from bentoml.exceptions import ServiceUnavailable
from pydantic import BaseModel, Field
from sqlalchemy.exc import OperationalError
from threadpoolctl import ThreadpoolController

from features.language import resolve_languages
from features.taxonomy import REASON_CODES, family_of
from models.reason_classifier import ReasonPrediction
from serving.api import (
    AS_LOGGED,
    EXAMPLE_EN,
    EXAMPLE_FR,
    Language,
    ReasonPart,
    ReturnRequest,
    TriageResult,
    example_now,
)
from serving.components import load_components
from serving.db import open_database
from serving.idempotency import Conflict, plan_batch, request_fingerprints
from serving.isolation import assemble_isolated
from serving.results import ResultBuilder, reason_parts
from serving.stored_replies import without_name
from serving.stores.history import record_triaged_returns
from serving.stores.predictions import PredictionLog, pseudonym_key
from serving.stores.risk_lists import RiskListStore, request_list_keys
from triage.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


class DatabaseUnavailable(ServiceUnavailable):
    """The database refused a batch (unreachable, disk full, locked): answered 503 with why, retryable."""


class ReasonInput(BaseModel):
    """One text for the batched reason classifier."""

    text: str
    lang: Language | None = None


class Redecision(BaseModel):
    """A logged return to decide and draft again for the reason an agent gave it (`ModelSide.redecide_batch`)."""

    return_id: str
    request: dict[str, Any] = Field(description="The request as the prediction log holds it (pseudonymised).")
    reason: str


# The batch functions a worker hands its batches to: by endpoint, the smoke test of a reload and the
# console's re-decision of a corrected reason.
BATCH_KINDS: tuple[str, ...] = ("triage", "classify", "smoke", "redecide")
# The name a re-decided draft greets when the logged request named the customer: the log holds that name as a
# pseudonym only, and drafted without one the reply greeted "Dear customer," where the suggested draft greeted the
# customer by name. The stand-in is then replaced by the log's placeholder, as the name was in the suggested draft.
GREETED_STAND_IN = "Customerfirstname"


class ModelSide:
    """Loads the champions once and triages or classifies batches, logging each batch durably.

    Raises:
        NoChampionError: no reason classifier champion (its message names the command to run).
    """

    def __init__(self, settings: Settings) -> None:
        import torch

        torch.set_num_threads(settings.serve_threads)
        self.threads = settings.serve_threads
        # Found once: threadpool_limits() rescans every loaded native library on each call (~3 ms).
        self.thread_pools = ThreadpoolController()
        self.database = open_database(settings)
        self.components = load_components(settings, self.database)
        # Compile the risk trees now, so readiness means ready and the first client does not pay for it.
        if self.components.risk is not None:
            self.components.risk.model.compile_trees()
        self.results = ResultBuilder(self.components, settings)
        self.log = PredictionLog(
            self.database,
            pseudonym_key(settings),
            redact=settings.redact_contact_details,
            reservation_lease_seconds=settings.reservation_lease_seconds,
        )
        self.history = self.components.history
        self.lists = RiskListStore(self.database, pseudonym_key(settings))
        # Named once here, so a re-decision's look-up of an e-mail hash entry only reads.
        self.lists.name_entries_stored_before_pseudonyms()
        self.model_versions = self.components.model_versions()
        self.reason_versions = {self.components.reasons.name: self.components.reasons.version}
        self.quota_window_days = self.components.quota_window_days()
        if settings.serve_warm_up:
            # The rest of what a worker builds on its first triage: the embedding weights loaded lazily, the reading's
            # pattern tables, the reply drafter's encoder, the language detector. The first client paid it, several
            # seconds (the largest call's first piece). A triage of the API's two examples, neither logged nor
            # recorded, builds them before the worker says it is ready.
            self.smoke_batch([ReturnRequest(**example_now(example)) for example in (EXAMPLE_EN, EXAMPLE_FR)])
            # and the parts of the reason model the examples may not reach (`ReviewedReasonModel.warm_up`)
            warm_up = getattr(self.components.reasons.model, "warm_up", None)
            if warm_up is not None:
                warm_up()
        # The loaded models are millions of long-lived objects: a full garbage collection walking
        # them stalled every request for ~280 ms (p99 at half load). Frozen objects are never walked.
        gc.freeze()

    def batch_function(self, kind: str) -> Callable[[list[Any]], list[Any]]:
        """The batch function of `kind` (one of `BATCH_KINDS`); a database that refuses the batch's
        reads or commit (unreachable, full, locked) raises `DatabaseUnavailable` (nothing was acknowledged)."""
        if kind not in BATCH_KINDS:
            raise ValueError(f"kind must be one of {BATCH_KINDS}, got {kind!r}")
        function = {
            "triage": self.triage_batch,
            "classify": self.classify_batch,
            "smoke": self.smoke_batch,
            "redecide": self.redecide_batch,
        }[kind]

        def guarded(items: list[Any]) -> list[Any]:
            try:
                return function(items)
            except OperationalError as error:
                raise DatabaseUnavailable(f"database unavailable: {error.orig}") from error

        return guarded

    def triage_batch(self, returns: list[ReturnRequest]) -> list[TriageResult | Conflict]:
        """Triage return requests gathered from all concurrent calls: one embedding pass and one
        history/feature pass per batch, committed to the prediction log before returning.

        The returns join the customer history store in the same transaction, so a customer's
        later requests count every return whose triage was acknowledged. A request already answered
        is answered from the log without writing; a different request for an answered return is a
        `Conflict` (`serving.idempotency`). A return is logged once across workers and replicas: the
        batch claims its returns when it commits (`PredictionLog.claim`), answers the ones logged
        first elsewhere from their rows and logs a return only for the request its claim holds.
        """
        items = [r.model_dump(mode="json") for r in returns]
        prints = request_fingerprints(self.log, returns)
        fingerprints = prints.keys
        with self.database.connect() as connection:
            answered = prints.known_answers(self.log.answered([r.return_id for r in returns], connection))
            claimed = prints.known(self.log.claimed([r.return_id for r in returns], connection))
        plan = plan_batch(returns, fingerprints, answered, self._greeted_names, claimed)
        fresh = [returns[index] for index in plan.fresh]
        if not fresh:
            return plan.merge([])
        with self.thread_pools.limit(limits=self.threads):
            read, reasons = self._read(fresh)
            # One list lookup per batch; the policy engine gets the hits as data.
            hits = self.lists.hits_per_request([request_list_keys(r) for r in fresh])
            # A request that cannot be decided (e.g. its customer's stored history is broken) fails
            # alone, with the reason; its batch-mates are answered as usual.
            results, names = assemble_isolated(self.results.greeted_results, read, reasons, hits, self.model_versions)
        with self.database.begin() as connection:
            # Claimed before: by this call's reservation, or by another worker or replica that may have
            # logged the return since `answered` was read (then this batch answers it from that row). A
            # return claimed for a different request is not this batch's to log.
            held = prints.known(
                self.log.claim({returns[index].return_id: fingerprints[index] for index in plan.fresh}, connection)
            )
            if held:
                stored = prints.known_answers(self.log.answered(sorted(held), connection))
                plan.answer_from_log(
                    [index for index in plan.fresh if returns[index].return_id in stored],
                    returns,
                    fingerprints,
                    stored,
                    self._greeted_names,
                )
                for index in plan.fresh:
                    claimed_for = held.get(returns[index].return_id, fingerprints[index])
                    if index not in plan.answers and claimed_for != fingerprints[index]:
                        plan.answers[index] = Conflict(returns[index].return_id)
            kept = [position for position, index in enumerate(plan.fresh) if index not in plan.answers]
            if kept:
                record_triaged_returns(connection, [fresh[k] for k in kept], [reasons[k].code for k in kept])
                self.log.record(
                    str(uuid.uuid4()),
                    "triage",
                    [items[plan.fresh[k]] for k in kept],
                    # The customer's name stays out of the log (the request holds it as a pseudonym only).
                    [without_name(results[k].model_dump(mode="json"), names[k]) for k in kept],
                    connection,
                    [fingerprints[plan.fresh[k]] for k in kept],
                )
        answers = plan.merge(results)
        # A request refused within the batch for another body of its return that came first, when the claim turned
        # out to hold its body (a call's reservation committed after the batch read the claims): the first was refused
        # at the claim, so this one is triaged in a batch of its own rather than refused though its body is logged.
        again = [
            index
            for index, answer in enumerate(answers)
            if isinstance(answer, Conflict)
            and index not in plan.fresh
            and held.get(returns[index].return_id) == fingerprints[index]
        ]
        if again:
            for index, answer in zip(again, self.triage_batch([returns[index] for index in again]), strict=True):
                answers[index] = answer
        return answers

    def smoke_batch(self, returns: list[ReturnRequest]) -> list[TriageResult]:
        """Triage without logging or recording anything: how newly loaded models prove they answer
        before a reload lets them serve (a smoke request is not a customer's return)."""
        return self._answer(returns)[1]

    def redecide_batch(self, items: list[Redecision]) -> list[dict[str, Any] | None]:
        """Each logged return's result (JSON form, greeting by the log's placeholder a customer it named) with the
        agent's reason in place of the classifier's: the same history step, risk model, policy decision and
        drafter as a triage, nothing logged or recorded. The agent's reading is taken as certain and settles
        the reason ticked in the form. None for a return the history store does not hold (its customer is
        known there only, the log holds a pseudonym).

        Raises:
            ValueError: a reason that is no taxonomy code.
        """
        unknown = sorted({item.reason for item in items} - set(REASON_CODES))
        if unknown:
            raise ValueError(f"not reason codes: {', '.join(unknown)}")
        customers = self.history.customers_of([item.return_id for item in items]) if self.history is not None else {}
        known = [index for index, item in enumerate(items) if item.return_id in customers]
        answers: list[dict[str, Any] | None] = [None] * len(items)
        if not known:
            return answers
        requests = [
            ReturnRequest.model_validate(
                items[index].request
                | {
                    "customer_id": customers[items[index].return_id],
                    "customer_name": GREETED_STAND_IN if items[index].request.get("customer_name") else None,
                    "customer_email_hash": self.lists.email_hash_of(items[index].request.get("customer_email_hash")),
                    "reason_code": None,
                },
                context=AS_LOGGED,
            )
            for index in known
        ]
        certain = [items[index].reason for index in known]
        reasons = reason_parts([ReasonPrediction(code, family_of(code), 1.0, [(code, 1.0)], False) for code in certain])
        with self.thread_pools.limit(limits=self.threads):
            hits = self.lists.hits_per_request([request_list_keys(r) for r in requests])
            results, names = self.results.greeted_results(requests, reasons, hits, reasons_given=True)
        for index, result, name in zip(known, results, names, strict=True):
            answers[index] = without_name(result.model_dump(mode="json"), name)
        return answers

    def _answer(self, returns: list[ReturnRequest]) -> tuple[list[ReasonPart], list[TriageResult]]:
        with self.thread_pools.limit(limits=self.threads):
            read, reasons = self._read(returns)
            # One list lookup per batch; the policy engine gets the hits as data.
            hits = self.lists.hits_per_request([request_list_keys(r) for r in returns])
            return reasons, self.results.results(read, reasons, hits)

    def _read(self, returns: Sequence[ReturnRequest]) -> tuple[list[ReturnRequest], list[ReasonPart]]:
        """Each request with the language its text is read in, and its reason. A language the request does not give
        is detected once, here: the reason model routes by it (its English encoder reads English texts only) and the
        reply is drafted in it. Only the results see the filled-in copy; the log and the history keep the request."""
        langs = resolve_languages([r.reason_text for r in returns], [r.lang for r in returns])
        read = [
            request if request.lang else request.model_copy(update={"lang": Language(lang)})
            for request, lang in zip(returns, langs, strict=True)
        ]
        ticked = [r.ticked_reason for r in read]
        return read, self._reasons([r.reason_text for r in read], [r.lang for r in read], ticked)

    def _greeted_names(self, requests: Sequence[ReturnRequest]) -> list[str | None]:
        """The first name a retried request's stored reply greets: its own, else the history store's."""
        unnamed = [request.customer_id for request in requests if not request.customer_name]
        stored = self.history.first_names(unnamed) if unnamed and self.history is not None else {}
        return [request.customer_name or stored.get(request.customer_id) for request in requests]

    def classify_batch(self, items: list[ReasonInput]) -> list[ReasonPart]:
        """Reason predictions for texts gathered from all concurrent calls, logged before returning."""
        with self.thread_pools.limit(limits=self.threads):
            parts = self._reasons([item.text for item in items], [item.lang for item in items])
        self._log(
            "classify",
            [{"text": item.text} for item in items],
            [part.model_dump(mode="json") | {"model_versions": self.reason_versions} for part in parts],
        )
        return parts

    def _reasons(
        self, texts: list[str], langs: list[Language | None], picked: list[str | None] | None = None
    ) -> list[ReasonPart]:
        return reason_parts(self.components.reasons.model.predict_reasons(texts, langs, picked))

    def _log(
        self,
        endpoint: str,
        items: list[dict[str, Any]],
        results: list[dict[str, Any]],
        connection: Connection | None = None,
    ) -> None:
        """Commit one model batch's requests and results to the log (one transaction, or the caller's)."""
        self.log.record(str(uuid.uuid4()), endpoint, items, results, connection)
