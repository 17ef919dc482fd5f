"""The one assembler: a batch of return requests plus the models' outputs -> risk, decision and reply.

Every caller goes through `Assembler.assemble`: the service's `/triage`, `triage predict risk`,
`triage predict replies`, `triage policy simulate` and reply training. Each concept is computed
here once: the risk score and its reason codes (one risk-model call per batch), the risk band (by
`decide`, carried on the decision), the decision, the reply facts it implies and the draft with the
checker's verdict. Callers differ only in where their inputs come from (the history store or
tables, given scores, given quota counts) and in how they present the result.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Protocol

import numpy as np
import pandas as pd

from decisions.policy import Decision, ListHit, Policy, ReturnContext, decide
from decisions.reason_mismatch import ReasonMismatch, reconcile
from decisions.reason_reading import WordsReading, tick_reading, words_reading
from decisions.replies import ReplyTimes, reply_facts
from features.customer_asks import CustomerAsks, read_asks
from features.history import HistorySummary, reason_features
from features.taxonomy import family_of
from models.reply_checker import check_rules
from models.reply_drafter import Draft, ReplyCase, ReplyFacts
from models.risk_reasons import RiskReason, score_and_explain


class Drafter(Protocol):
    """What the assembler needs of a reply drafter (`models.reply_drafter.ReplyDrafter`)."""

    name_fingerprints_: Collection[str]

    def draft_many(self, cases: Sequence[ReplyCase], facts: Sequence[ReplyFacts]) -> list[Draft]: ...


@dataclass(frozen=True)
class ReturnCase:
    """One return request as the pipeline sees it: what the policy reads, the reason it acts on, the
    customer's words (a fault they describe is the shop's, whatever the reason), (when a reply is
    wanted) what the reply is about (its text is then the customer's words), the shop's list
    entries it matches, and (when the ticked reason and the text disagree) both readings, so the
    decision is taken under each (`decisions.reason_mismatch`). `reason` is the classifier's reading unless
    `reason_given` (a person's: an agent's correction, a ticked reason taken as it is, a training label); where the
    customer's words plainly contradict a classifier's reading (`words`), the assembler acts on theirs
    (`read_by_words`), and `ticked` (the reason ticked in the form, None: none or not known) is weighed against
    them. A reason ticked is the customer's own claim: where the words contradict it and the classifier read another
    reason (`decisions.reason_reading.tick_reading`), the case acts on the classifier's, also where the tick was taken
    as it is (`reason_given`, `reason` is `ticked`) because the classifier was unsure: `classifier_read` then holds
    the classifier's reason and confidence (None: not known)."""

    context: ReturnContext
    reason: str
    reason_confidence: float
    reply: ReplyCase | None = None
    list_hits: tuple[ListHit, ...] = ()
    text: str = ""
    mismatch: ReasonMismatch | None = None
    reason_given: bool = False
    ticked: str | None = None
    classifier_read: tuple[str, float] | None = None

    @cached_property
    def fault_described(self) -> bool:
        """Whether the customer's words describe damage, a defect or a shop mistake (read once per case:
        a replay decides the same cases under many policies)."""
        return self._asks is not None and self._asks.has_fault

    @property
    def not_a_return(self) -> str | None:
        """Why the customer's words are no return request (the parcel arrived empty or never arrived, the item
        is already sent back or refunded: `CustomerAsks.not_a_return`), None for a return request."""
        return self._asks.not_a_return if self._asks is not None else None

    @property
    def ordered_to_compare(self) -> bool:
        """Whether the customer's words say they ordered several sizes or versions to choose from."""
        return self._asks is not None and self._asks.ordered_to_compare

    @cached_property
    def words(self) -> WordsReading | None:
        """The reason the customer's words give against `reason`, when they plainly contradict it, or against the
        reason ticked, when they contradict that and the classifier read another (`decisions.reason_reading`); never
        against a person's reason."""
        if self._asks is None:
            return None
        # a reply's text is the customer's words (the case's `text` may be left empty then)
        text = self.reply.text if self.reply is not None else self.text
        if self.reason_given:
            taken_as_ticked = self.ticked is not None and self.reason == self.ticked
            if not taken_as_ticked or self.classifier_read is None:
                return None
            return tick_reading(self.reason, self.classifier_read[0], self._asks, text)
        read = words_reading(self.reason, self._asks, text, self.picked)
        if read is not None or self.mismatch is not None or self.ticked is None:
            return read
        # a tick the classifier's reading left its chance (unsure, or giving it some weight)
        return tick_reading(self.ticked, self.reason, self._asks, text)

    @property
    def picked(self) -> str | None:
        """The reason ticked in the form, as far as the case knows it (None: none or not known)."""
        return self.mismatch.picked if self.mismatch is not None else self.ticked

    def read_by_words(self) -> ReturnCase:
        """This case with the reason its words give (itself when they agree with the classifier and the tick): the
        decision, the reply, the risk score and a ticked reason's mismatch all read that one."""
        if self.words is None:
            return self
        reason = self.words.reason
        picked = self.picked
        # The words contradict a tick as plainly as they do the classifier ("Just not the right size" under a wrong
        # item ticked), and may agree with a tick the classifier contradicted.
        mismatch = None if picked in (None, reason) else ReasonMismatch(picked=picked, written=reason)
        # a tick taken as it is was certain for its reading; the classifier's reason is as sure as the classifier was
        confidence = self.classifier_read[1] if self.reason_given and self.classifier_read else self.reason_confidence
        reply = replace(self.reply, reason=reason) if self.reply is not None else None
        return replace(self, reason=reason, reason_confidence=confidence, reply=reply, mismatch=mismatch)

    @cached_property
    def _asks(self) -> CustomerAsks | None:
        if self.reply is not None:
            return self.reply.asks
        return read_asks(self.text, category=self.context.product_category) if self.text else None


@dataclass(frozen=True)
class Assessment:
    """What the pipeline made of one return request.

    `risk_score` is None when no risk model or score was available. `facts` is None when no reply
    was asked for; `draft` when there is no drafter. `reply_problems` are the checker's findings
    on the draft (empty: it may be shown), and `reply_checks` the same per checker rule
    (`models.reply_checker.RULES`). `words` is the reason the customer's words gave against the classifier's
    (None: the classifier's reason was acted on), and `mismatch` the ticked reason the reason acted on contradicts.
    """

    risk_score: float | None
    risk_reasons: list[RiskReason]
    decision: Decision
    facts: ReplyFacts | None = None
    draft: Draft | None = None
    reply_problems: list[str] | None = None
    reply_checks: dict[str, list[str]] | None = None
    words: WordsReading | None = None
    mismatch: ReasonMismatch | None = None

    def acted_reason(self, read: str) -> str:
        """The reason the decision and the reply acted on, of a case whose classifier read `read`."""
        return self.words.reason if self.words is not None else read


def _acted_features(
    features: pd.DataFrame | None, read: Sequence[ReturnCase], acted: Sequence[ReturnCase]
) -> pd.DataFrame | None:
    """`features` (computed from the classifier's reading of `read`) with the reason features of the reason each case
    is acted on (`acted`): one reason for the risk score, the decision and the reply. A reason ticked that the words
    contradict is then one the reason acted on may contradict, as the risk model learnt it."""
    changed = [index for index, (case, now) in enumerate(zip(read, acted, strict=True)) if case.reason != now.reason]
    if features is None or not changed:
        return features
    families, contradicts = reason_features(
        [family_of(acted[index].reason).value for index in changed], [read[index].picked for index in changed]
    )
    features = features.copy()
    features.iloc[changed, features.columns.get_loc("reason_family")] = families
    features.iloc[changed, features.columns.get_loc("form_reason_contradicts")] = contradicts
    return features


class Assembler:
    """Turns return requests and the models' outputs into assessments under one policy.

    Args:
        policy: the policy in force.
        times: the shop's service times that reply facts promise (needed when cases want replies).
        risk_model: a fitted `models.risk_model.RiskModel`, used when `assemble` gets risk features.
        drafter: drafts the replies of cases that want one (None: facts only).
    """

    def __init__(
        self,
        policy: Policy,
        times: ReplyTimes | None = None,
        risk_model: object | None = None,
        drafter: Drafter | None = None,
    ) -> None:
        self.policy = policy
        self.times = times
        self.risk_model = risk_model
        self.drafter = drafter

    def assemble(
        self,
        cases: Sequence[ReturnCase],
        history: Sequence[HistorySummary],
        features: pd.DataFrame | None = None,
        risk_scores: Sequence[float | None] | None = None,
        risk_reasons: Sequence[list[RiskReason]] | None = None,
    ) -> list[Assessment]:
        """One assessment per case, in order.

        Args:
            cases: the requests.
            history: each customer's history as of the request (the quota count the policy reads).
            features: the requests' risk features (`features.history.FEATURE_COLUMNS`): the risk
                model scores and explains them (ignored without a risk model).
            risk_scores: scores already known (a replay, a CSV column); used when no features are given.
            risk_reasons: the reason codes that came with `risk_scores` (none when not given: then no
                warn band warns, as a warning needs a reason).

        Raises:
            ValueError: inputs of different lengths, or reply cases without `times`.
        """
        size = len(cases)
        lengths = [len(part) for part in (history, risk_scores, risk_reasons) if part is not None]
        if any(length != size for length in lengths):
            raise ValueError(f"{size} cases but histories, risk scores and risk reasons of lengths {lengths}")
        read = [case.words for case in cases]
        acted = [case.read_by_words() for case in cases]
        scores, explanations = self._risk(size, _acted_features(features, cases, acted), risk_scores, risk_reasons)
        cases = acted
        decisions = [
            self._decide(case, words, score, why, summary)
            for case, words, score, why, summary in zip(cases, read, scores, explanations, history, strict=True)
        ]
        facts = self._facts(cases, decisions)
        drafts, checks = self._drafts(cases, facts)
        problems = [None if found is None else [p for rule in found.values() for p in rule] for found in checks]
        mismatches = [case.mismatch for case in cases]
        return [
            Assessment(*parts)
            for parts in zip(
                scores, explanations, decisions, facts, drafts, problems, checks, read, mismatches, strict=True
            )
        ]

    def _decide(
        self,
        case: ReturnCase,
        words: WordsReading | None,
        score: float | None,
        why: list[RiskReason],
        summary: HistorySummary,
    ) -> Decision:
        def under(reason: str, confidence: float) -> Decision:
            return decide(
                case.context,
                reason,
                confidence,
                score,
                why,
                summary,
                self.policy,
                case.list_hits,
                fault_described=case.fault_described,
                not_a_return=case.not_a_return,
                ordered_to_compare=case.ordered_to_compare,
            )

        decision = under(case.reason, case.reason_confidence)
        if case.mismatch is not None:
            # The ticked reason is the customer's own statement: taken as certain for its reading.
            decision = reconcile(decision, under(case.mismatch.picked, 1.0), case.mismatch)
        if words is not None:
            decision = replace(decision, rules=(words.rule(), *decision.rules))
        return decision

    def _risk(
        self,
        size: int,
        features: pd.DataFrame | None,
        given: Sequence[float | None] | None,
        reasons: Sequence[list[RiskReason]] | None,
    ) -> tuple[list[float | None], list[list[RiskReason]]]:
        if features is not None and self.risk_model is not None:
            # One model call for scores and reason codes.
            scores, explanations = score_and_explain(self.risk_model, features)
            return [float(score) for score in np.asarray(scores)], explanations
        if given is not None:
            explained = [list(why) for why in reasons] if reasons is not None else [[] for _ in range(size)]
            return [None if score is None else float(score) for score in given], explained
        return [None] * size, [[] for _ in range(size)]

    def _facts(self, cases: Sequence[ReturnCase], decisions: Sequence[Decision]) -> list[ReplyFacts | None]:
        if any(case.reply is not None for case in cases) and self.times is None:
            raise ValueError("reply cases need the shop's service times (times=...)")
        return [
            None
            if case.reply is None or self.times is None
            else reply_facts(
                decision,
                case.context,
                case.reply,
                self.times,
                self.policy.qr_code_labels,
                self.policy.free_return_quota.count,
            )
            for case, decision in zip(cases, decisions, strict=True)
        ]

    def _drafts(
        self, cases: Sequence[ReturnCase], facts: Sequence[ReplyFacts | None]
    ) -> tuple[list[Draft | None], list[dict[str, list[str]] | None]]:
        drafts: list[Draft | None] = [None] * len(cases)
        problems: list[dict[str, list[str]] | None] = [None] * len(cases)
        wanted = [
            (index, case.reply, case_facts)
            for index, (case, case_facts) in enumerate(zip(cases, facts, strict=True))
            if case.reply is not None and case_facts is not None
        ]
        if self.drafter is None or not wanted:
            return drafts, problems
        drafted = self.drafter.draft_many([reply for _, reply, _ in wanted], [fact for _, _, fact in wanted])
        for (index, reply, case_facts), draft in zip(wanted, drafted, strict=True):
            drafts[index] = draft
            problems[index] = check_rules(draft, case_facts, reply, self.drafter.name_fingerprints_)
        return drafts, problems
