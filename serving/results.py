"""API results of a batch of return requests: reason, risk, decision and reply, each present or explained.

The decisions layer (`decisions.assembler.Assembler`) makes every decision and reply; this module
gathers what the service feeds it (the reason predictions, the served history step) and maps its
assessments to the API's parts. Dependencies between parts: decision needs reason + policy +
history store (and uses risk when a risk model exists); risk needs the policy's quota rule for its
features; reply needs decision + drafter, and a draft the reply checker rejects is withheld rather
than shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from decisions.assembler import Assembler, Assessment, ReturnCase
from decisions.policy import Decision, ListHit, ReturnContext
from decisions.reason_mismatch import ReasonMismatch, reason_mismatch
from decisions.replies import ReplyTimes, reply_case
from features.history import history_summaries
from features.language import detect_language
from features.taxonomy import family_of
from models.reason_classifier import ReasonPrediction
from serving.api import (
    DecisionPart,
    ReasonPart,
    ReplyPart,
    ReturnRequest,
    RiskPart,
    RuleFired,
    TopReason,
    TriageResult,
    Unavailable,
)
from serving.components import Components
from serving.request_features import ServedHistory, served_history


def reason_parts(predictions: Sequence[ReasonPrediction]) -> list[ReasonPart]:
    """The reason classifier's predictions as API parts."""
    return [
        ReasonPart(
            code=prediction.reason,
            family=prediction.family,
            confidence=prediction.confidence,
            top3=[TopReason(code=code, probability=probability) for code, probability in prediction.top3],
            needs_review=prediction.needs_review,
        )
        for prediction in predictions
    ]


def written_vs_picked(request: ReturnRequest, reason: ReasonPart) -> ReasonMismatch | None:
    """The mismatch between the reason ticked in the form and the text's reading, if any."""
    top3 = [(top.code, top.probability) for top in reason.top3]
    return reason_mismatch(request.ticked_reason, reason.code, reason.needs_review, top3)


def return_context(request: ReturnRequest) -> ReturnContext:
    """The policy's view of a request."""
    return ReturnContext(
        product_category=str(request.product_category),
        price=request.price,
        currency=str(request.currency),
        delivery_date=request.delivery_date,
        request_date=request.request_date,
    )


class ResultBuilder:
    """Builds the `TriageResult`s of requests whose reasons are already predicted.

    Reasons are computed by the caller so the service can route them through its adaptively
    batched endpoint; everything else happens here, through the decisions layer. The reply is drafted
    in the request's `lang`: the service fills it in as the reason model read the text
    (`serving.model_side.ModelSide`); a request without one (a logged request decided again) has it detected here.
    """

    def __init__(self, components: Components, times: ReplyTimes) -> None:
        self.components = components
        self.missing = components.missing_parts()
        self.assembler: Assembler | None = None
        if "decision" not in self.missing and components.policy is not None:
            self.assembler = Assembler(
                components.policy,
                times,
                risk_model=components.risk.model
                if components.risk is not None and "risk" not in self.missing
                else None,
                drafter=components.drafter.model
                if components.drafter is not None and "reply" not in self.missing
                else None,
            )

    def results(
        self,
        requests: Sequence[ReturnRequest],
        reasons: Sequence[ReasonPart],
        list_hits: Sequence[tuple[ListHit, ...]] | None = None,
    ) -> list[TriageResult]:
        """One result per request, in order; unavailable parts are null and explained.

        `list_hits` are each request's allow/block-list entries (none when not given).
        """
        return self.greeted_results(requests, reasons, list_hits)[0]

    def greeted_results(
        self,
        requests: Sequence[ReturnRequest],
        reasons: Sequence[ReasonPart],
        list_hits: Sequence[tuple[ListHit, ...]] | None = None,
        reasons_given: bool = False,
    ) -> tuple[list[TriageResult], list[str | None]]:
        """`results`, and the first name each reply greets (None: a neutral greeting or no reply), which
        the prediction log replaces by a placeholder (`serving.stored_replies`). With `reasons_given` the reasons are
        a person's (an agent's correction), which the customer's words never overrule (`decisions.reason_reading`);
        else a reason the words plainly contradict is answered as the words give it, as the decision and the reply
        take it."""
        if len(requests) != len(reasons) or (list_hits is not None and len(list_hits) != len(requests)):
            raise ValueError(f"{len(requests)} requests but {len(reasons)} reason predictions")
        mismatches = [written_vs_picked(request, reason) for request, reason in zip(requests, reasons, strict=True)]
        reasons = [
            reason if mismatch is None else reason.model_copy(update={"mismatch": True, "picked_code": mismatch.picked})
            for reason, mismatch in zip(reasons, mismatches, strict=True)
        ]
        assessments: list[Assessment | None] = [None] * len(requests)
        names: list[str | None] = [None] * len(requests)
        if self.assembler is not None and self.components.history is not None and self.components.policy is not None:
            history = served_history(self.components.history, requests, reasons, self.components.policy)
            names = list(history.first_names)
            assessments = list(
                self.assembler.assemble(
                    self._cases(
                        requests, reasons, mismatches, history, list_hits or [()] * len(requests), reasons_given
                    ),
                    history_summaries(history.features),
                    features=history.features,
                )
            )
        versions = self.components.model_versions()
        shared = [Unavailable(part=part, reason=why) for part, why in sorted(self.missing.items())]
        results = []
        for request, reason, assessment in zip(requests, reasons, assessments, strict=True):
            reply, withheld = _reply_part(assessment)
            results.append(
                TriageResult(
                    return_id=request.return_id,
                    reason=_acted_reason(reason, assessment),
                    risk=_risk_part(assessment),
                    decision=_decision_part(assessment.decision) if assessment is not None else None,
                    reply=reply,
                    model_versions=versions,
                    unavailable=shared + ([withheld] if withheld else []),
                )
            )
        return results, names

    def _cases(
        self,
        requests: Sequence[ReturnRequest],
        reasons: Sequence[ReasonPart],
        mismatches: Sequence[ReasonMismatch | None],
        history: ServedHistory,
        list_hits: Sequence[tuple[ListHit, ...]],
        reasons_given: bool,
    ) -> list[ReturnCase]:
        drafting = "reply" not in self.missing
        return [
            ReturnCase(
                return_context(request),
                reason.code,
                reason.confidence,
                reply_case(
                    text=request.reason_text,
                    lang=str(request.lang) if request.lang else detect_language(request.reason_text),
                    reason=reason.code,
                    product_category=str(request.product_category),
                    # the request's own name first; the catalogue's (English) from the order history else
                    product_name=request.product_name or item.product_name,
                    customer_name=name,
                    sku=request.sku,
                    order_id=request.order_id,
                    product_name_lang=str(request.product_name_lang or "en") if request.product_name else None,
                    size=request.size,
                    needs_review=reason.needs_review,
                )
                if drafting
                else None,
                hits,
                text=request.reason_text,
                mismatch=mismatch,
                reason_given=reasons_given,
                ticked=request.ticked_reason,
            )
            for request, reason, mismatch, item, name, hits in zip(
                requests, reasons, mismatches, history.items, history.first_names, list_hits, strict=True
            )
        ]


def _acted_reason(reason: ReasonPart, assessment: Assessment | None) -> ReasonPart:
    """The reason part of the reason the decision and the reply acted on: the customer's words' where they plainly
    contradicted the classifier (`decisions.reason_reading`), with the ticked reason it then contradicts (also where
    the words alone contradict the tick: they deny its fault)."""
    if assessment is None:
        return reason
    code = assessment.acted_reason(reason.code)
    mismatch = assessment.mismatch
    if code == reason.code and (mismatch is not None) == reason.mismatch:
        return reason
    return reason.model_copy(
        update={
            "code": code,
            "family": str(family_of(code)),
            "mismatch": mismatch is not None,
            "picked_code": mismatch.picked if mismatch is not None else None,
        }
    )


def _risk_part(assessment: Assessment | None) -> RiskPart | None:
    if assessment is None or assessment.risk_score is None or assessment.decision.risk_band is None:
        return None
    return RiskPart(
        score=round(assessment.risk_score, 4),
        band=assessment.decision.risk_band,
        reason_codes=[reason.code for reason in assessment.risk_reasons],
    )


# How a result says its draft was withheld; the checker's findings follow in `Unavailable.findings`.
CHECKER_REFUSAL = "the draft failed the reply checker"


def _reply_part(assessment: Assessment | None) -> tuple[ReplyPart | None, Unavailable | None]:
    """The reply, or None with why it is withheld (a draft the checker rejected)."""
    if assessment is None or assessment.draft is None:
        return None, None
    if assessment.reply_problems:
        return None, Unavailable(part="reply", reason=CHECKER_REFUSAL, findings=list(assessment.reply_problems))
    draft = assessment.draft
    return ReplyPart(
        subject=draft.subject,
        body=draft.body,
        lang=draft.lang,
        handover=draft.handover,
        handover_reasons=list(draft.handover_reasons),
        requests=list(draft.requests),
    ), None


def _decision_part(decision: Decision) -> DecisionPart:
    return DecisionPart(
        code=decision.code,
        warn=decision.warn,
        rules=[RuleFired(code=rule.code, sentence=rule.sentence) for rule in decision.rules],
        policy_version=decision.policy_version,
    )
