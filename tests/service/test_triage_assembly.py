"""Unit tests of the triage assembly with fake models: each part present or explained, never faked."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from decisions import assembler
from decisions.policy import DecisionCode, load_policy
from features.history import CATEGORICAL_FEATURES, FEATURE_COLUMNS, HistorySummary
from features.taxonomy import family_of
from models.reason_classifier import ReasonPrediction
from models.reply_drafter import Draft, ReplyCase, ReplyFacts, compose
from serving.api import EXAMPLE_EN, EXAMPLE_FR, ReasonPart, ReturnRequest, TopReason
from serving.components import Components
from serving.db import create_db_engine, migrate
from serving.request_features import ordered_items, request_columns
from serving.results import ResultBuilder, reason_parts
from serving.stored_replies import NAME_PLACEHOLDER, with_name, without_name
from serving.stores.history import HistoryStore
from triage.settings import Settings


@dataclass
class FakeChampion:
    model: Any
    name: str
    version: str
    run_id: str | None = None


class FixedReasons:
    """Predicts the same reason for every text."""

    def __init__(self, reason: str, confidence: float) -> None:
        self.reason, self.confidence = reason, confidence

    def predict_reasons(
        self, texts: list[str], langs: list[str | None] | None = None, picked: list[str | None] | None = None
    ) -> list[ReasonPrediction]:
        top3 = [(self.reason, self.confidence), ("other", 0.05), ("too_large", 0.01)]
        family = str(family_of(self.reason))
        return [ReasonPrediction(self.reason, family, self.confidence, top3, False) for _ in texts]


class GrammarDrafter:
    """Drafts straight from the reply grammar (what the fitted drafter does without neighbours)."""

    name_fingerprints_: frozenset[str] = frozenset()

    def __init__(self, force_lang: str | None = None) -> None:
        self.force_lang = force_lang

    def draft_many(self, cases: list[ReplyCase], facts: list[ReplyFacts]) -> list[Draft]:
        drafts = []
        for case, case_facts in zip(cases, facts, strict=True):
            subject, body = compose(case, case_facts)
            asks_person = bool({"call_me", "human"} & set(case_facts.open_requests))
            drafts.append(
                Draft(
                    subject,
                    body,
                    self.force_lang or case.lang,
                    asks_person,
                    case_facts,
                    handover_reasons=("person",) if asks_person else (),
                    requests=case_facts.open_requests,
                )
            )
        return drafts


@pytest.fixture
def history(tmp_path: Path) -> HistoryStore:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'triage.db'}")
    migrate(engine)
    return HistoryStore(engine)


@pytest.fixture(scope="module")
def policy() -> Any:
    return load_policy(Settings().policy_path)


def _requests(*overrides: dict[str, Any]) -> list[ReturnRequest]:
    bases = [EXAMPLE_EN, EXAMPLE_FR]
    return [ReturnRequest.model_validate(copy.deepcopy(bases[i % 2]) | extra) for i, extra in enumerate(overrides)]


def _reasons(code: str, confidence: float, count: int) -> list[ReasonPart]:
    top3 = [TopReason(code=code, probability=confidence)]
    return [
        ReasonPart(code=code, family=str(family_of(code)), confidence=confidence, top3=top3, needs_review=False)
    ] * count


def _unavailable(result: Any) -> dict[str, str]:
    return {entry.part: entry.reason for entry in result.unavailable}


def test_classify_maps_predictions() -> None:
    (part,) = reason_parts(FixedReasons("too_small", 0.8).predict_reasons(["tight"]))
    assert (part.code, part.family, part.confidence) == ("too_small", "size", 0.8)
    assert [top.code for top in part.top3] == ["too_small", "other", "too_large"]


def test_reason_only_explains_every_missing_part() -> None:
    components = Components(reasons=FakeChampion(FixedReasons("too_small", 0.9), "reasons", "7"))
    (result,) = ResultBuilder(components, Settings()).results(_requests({}), _reasons("too_small", 0.9, 1))
    assert result.reason is not None and result.reason.code == "too_small"
    assert (result.risk, result.decision, result.reply) == (None, None, None)
    assert set(_unavailable(result)) == {"risk", "decision", "reply"}
    assert result.model_versions == {"reasons": "7"}


def test_decision_without_risk_model(policy: Any, history: HistoryStore) -> None:
    components = Components(reasons=FakeChampion(None, "reasons", "1"), policy=policy, history=history)
    results = ResultBuilder(components, Settings()).results(_requests({}, {}), _reasons("damaged_in_transit", 0.9, 2))
    for result in results:
        assert result.decision is not None and result.decision.code == DecisionCode.FREE_RETURN
        assert "RISK_UNAVAILABLE" in [rule.code for rule in result.decision.rules]
        assert result.decision.policy_version == policy.version
        assert set(_unavailable(result)) == {"risk", "reply"}
    assert results[0].model_versions == {"reasons": "1", "policy": policy.version}


def test_request_history_summary_takes_precedence(policy: Any, history: HistoryStore) -> None:
    components = Components(reasons=FakeChampion(None, "reasons", "1"), policy=policy, history=history)
    used_up = HistorySummary(free_returns_used=policy.free_return_quota.count).model_dump()
    fresh, exhausted = ResultBuilder(components, Settings()).results(
        # the example's own text describes a cracked lamp, which would make it the shop's fault: free
        _requests(
            {},
            {
                "customer_history": used_up,
                "product_category": "shoes",
                "currency": "GBP",
                "reason_text": "Too small, I need a bigger size.",
            },
        ),
        _reasons("too_small", 0.95, 2),
    )
    assert fresh.decision.code == DecisionCode.FREE_RETURN
    assert exhausted.decision.code == DecisionCode.PAID_RETURN
    assert "FREE_QUOTA_EXHAUSTED" in [rule.code for rule in exhausted.decision.rules]


def test_a_contradicted_ticked_reason_is_answered_with_both_readings(policy: Any, history: HistoryStore) -> None:
    components = Components(reasons=FakeChampion(None, "reasons", "1"), policy=policy, history=history)
    used_up = HistorySummary(free_returns_used=policy.free_return_quota.count).model_dump()
    # The text describes no fault (the example's cracked lamp would make it the shop's fault either way).
    ticked = {"reason_code": "damaged_in_transit", "customer_history": used_up, "reason_text": "Far too tight on me."}
    contradicted, agreed = ResultBuilder(components, Settings()).results(
        _requests(ticked, ticked | {"reason_code": "too_small"}), _reasons("too_small", 0.95, 2)
    )
    assert (contradicted.reason.mismatch, contradicted.reason.picked_code) == (True, "damaged_in_transit")
    # Ticked, the shop's fault would be free whatever the quota; written, it is a fit problem past the quota.
    assert contradicted.decision.code == DecisionCode.PAID_RETURN and contradicted.decision.warn
    assert contradicted.decision.rules[0].code == "REASON_MISMATCH"
    assert (agreed.reason.mismatch, agreed.reason.picked_code) == (False, None)
    assert "REASON_MISMATCH" not in [rule.code for rule in agreed.decision.rules]


def test_the_reason_answered_is_the_one_the_words_give_where_they_contradict_the_classifier(
    policy: Any, history: HistoryStore
) -> None:
    components = Components(reasons=FakeChampion(None, "reasons", "1"), policy=policy, history=history)
    used_up = HistorySummary(free_returns_used=policy.free_return_quota.count).model_dump()
    request = {"customer_history": used_up, "reason_text": "Juste pas la bonne taille.", "lang": "fr"}
    builder = ResultBuilder(components, Settings())
    (read,) = builder.results(_requests(request), _reasons("wrong_item", 0.95, 1))
    # The classifier's wrong item would be the shop's fault, free; the words name none: past the quota, a paid label.
    assert (read.reason.code, read.reason.family) == ("other", "other")
    assert read.decision.code == DecisionCode.PAID_RETURN
    assert read.decision.rules[0].code == "REASON_FROM_WORDS"
    # An agent's reason on a re-decision stands.
    (given,), _ = builder.greeted_results(_requests(request), _reasons("wrong_item", 1.0, 1), reasons_given=True)
    assert given.reason.code == "wrong_item" and given.decision.code == DecisionCode.FREE_RETURN


@pytest.fixture(scope="module")
def risk_model() -> Any:
    """A real RiskModel fitted on random features, where prior abuse drives the label."""
    from models.risk_model import RiskModel

    rng = np.random.default_rng(0)
    rows = 150
    frame = pd.DataFrame({name: rng.integers(0, 5, rows).astype(float) for name in FEATURE_COLUMNS})
    frame["product_category"] = rng.choice(["shoes", "lighting", "dresses"], rows)
    frame["reason_family"] = rng.choice(["size", "condition"], rows)
    labels = (frame["confirmed_abuse_count"] + rng.normal(0, 0.5, rows) > 3).astype(int)
    assert set(CATEGORICAL_FEATURES) == {"product_category", "reason_family"}
    return RiskModel(max_iter=10, calibration_folds=2).fit(frame, labels)


def test_risk_part_feeds_the_decision(policy: Any, history: HistoryStore, risk_model: Any) -> None:
    components = Components(
        reasons=FakeChampion(None, "reasons", "1"),
        policy=policy,
        history=history,
        risk=FakeChampion(risk_model, "risk", "3"),
    )
    abuser = HistorySummary(confirmed_abuse_count=4).model_dump()
    honest, abusive = ResultBuilder(components, Settings()).results(
        _requests({}, {"customer_history": abuser}), _reasons("too_small", 0.95, 2)
    )
    for result in (honest, abusive):
        assert result.risk is not None and 0 <= result.risk.score <= 1
        assert result.risk.band == policy.band_of(result.risk.score).name
        assert "RISK_UNAVAILABLE" not in [rule.code for rule in result.decision.rules]
        assert set(_unavailable(result)) == {"reply"}
    assert abusive.risk.score > honest.risk.score
    assert honest.model_versions["risk"] == "3"


@pytest.fixture
def drafting(policy: Any, history: HistoryStore) -> Components:
    """Components with the policy, a history store and a reply drafter, without risk."""
    return Components(
        reasons=FakeChampion(None, "reasons", "1"),
        policy=policy,
        history=history,
        drafter=FakeChampion(GrammarDrafter(), "replies", "2"),
    )


def test_reply_drafted_in_the_customers_language(drafting: Components) -> None:
    english, french = ResultBuilder(drafting, Settings()).results(
        _requests({}, {}), _reasons("damaged_in_transit", 0.9, 2)
    )
    assert english.reply is not None and english.reply.lang == "en"
    assert french.reply is not None and french.reply.lang == "fr"
    assert "Olivia" in english.reply.body
    assert set(_unavailable(english)) == {"risk"}


def test_reply_names_the_item_offers_the_size_asked_and_lists_what_it_cannot_meet(drafting: Components) -> None:
    text = "Elles serrent, il me faudrait un 40. Pouvez-vous me téléphoner ?"
    extra = {"reason_text": text, "product_category": "shoes", "product_name": "Baskets Vera", "size": "38",
             "product_name_lang": "fr", "sku": "SHO-0042"}  # fmt: skip
    (result,) = ResultBuilder(drafting, Settings(reply_prepared_on="2026-10-10")).results(
        _requests(extra | {"lang": "fr"}), _reasons("too_small", 0.9, 1)
    )
    assert result.reply is not None, result.unavailable
    assert "vos baskets" in result.reply.body and "en taille 40" in result.reply.body
    assert result.reply.handover and result.reply.requests == ["call_me"] and "person" in result.reply.handover_reasons


def test_the_stored_reply_greets_a_placeholder_not_the_customer(drafting: Components) -> None:
    """Issue 16, defect 5: the log stores the request's name as a pseudonym; the stored reply must not undo it."""
    results, names = ResultBuilder(drafting, Settings()).greeted_results(
        _requests({}, {"customer_name": None}), _reasons("damaged_in_transit", 0.9, 2)
    )
    assert names == ["Olivia", None]
    stored = [without_name(r.model_dump(mode="json"), name) for r, name in zip(results, names, strict=True)]
    assert "Olivia" in results[0].reply.body and "Olivia" not in str(stored[0])
    assert NAME_PLACEHOLDER in stored[0]["reply"]["body"] and stored[1] == results[1].model_dump(mode="json")
    assert with_name(stored[0], "Olivia") == results[0].model_dump(mode="json")


@pytest.mark.parametrize("name", [" Olivia ", "Olivia\u00a0", "\u2003Olivia"])
def test_a_name_typed_with_spaces_around_it_is_not_stored_in_clear(drafting: Components, name: str) -> None:
    # the API and the history's CSVs keep a name as typed; the draft greets it without its spaces ("Hello Olivia,"),
    # where the log looked for it with them: the stored reply kept the customer's name in clear
    results, names = ResultBuilder(drafting, Settings()).greeted_results(
        _requests({"customer_name": name}, {"customer_name": None}), _reasons("damaged_in_transit", 0.9, 2)
    )
    stored = without_name(results[0].model_dump(mode="json"), names[0])
    assert "Hello Olivia," in results[0].reply.body and "Olivia" not in str(stored)
    # a retry is answered from the log with the name put back as the draft greeted it, the same answer
    assert with_name(stored, name) == results[0].model_dump(mode="json")


def test_reply_failing_the_checker_is_withheld(policy: Any, history: HistoryStore) -> None:
    components = Components(
        reasons=FakeChampion(None, "reasons", "1"),
        policy=policy,
        history=history,
        drafter=FakeChampion(GrammarDrafter(force_lang="en"), "replies", "2"),
    )
    _, french = ResultBuilder(components, Settings()).results(_requests({}, {}), _reasons("damaged_in_transit", 0.9, 2))
    assert french.reply is None
    assert "reply checker" in _unavailable(french)["reply"]
    (withheld,) = [entry for entry in french.unavailable if entry.part == "reply"]
    assert withheld.findings and all(withheld.findings)
    assert french.decision is not None


def test_checker_findings_reach_the_result_as_the_checker_listed_them(
    policy: Any, history: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # joined with "; " and split again, a finding quoting the customer's "; " became two
    found = {"quoting": ['copies the customer\'s words "trop petit; je le renvoie"'], "language": ["not in French"]}
    monkeypatch.setattr(assembler, "check_rules", lambda *_: found)
    components = Components(
        reasons=FakeChampion(None, "reasons", "1"),
        policy=policy,
        history=history,
        drafter=FakeChampion(GrammarDrafter(), "replies", "2"),
    )
    for result in ResultBuilder(components, Settings()).results(_requests({}, {}), _reasons("too_small", 0.9, 2)):
        (withheld,) = [entry for entry in result.unavailable if entry.part == "reply"]
        assert withheld.findings == ['copies the customer\'s words "trop petit; je le renvoie"', "not in French"]
        assert result.model_dump(mode="json")["unavailable"][-1]["findings"] == withheld.findings


def test_stored_line_item_supplies_price_and_discount() -> None:
    (request,) = _requests({})
    stored = pd.DataFrame(
        [
            {
                "line_item_id": "L1",
                "order_id": request.order_id,
                "sku": request.sku,
                "product_id": "SHO-0042",
                "product_name": "Leather loafers",
                "product_category": "shoes",
                "size": "39",
                "price": 120.0,
                "discount": 0.25,
            }
        ]
    )
    (item,) = ordered_items([request], stored)
    assert (item.product_name, item.discount) == ("Leather loafers", 0.25)
    columns = request_columns([request], _reasons("too_small", 0.9, 1), [item])
    assert [columns[name][0] for name in ("price", "discount", "product_id")] == [120.0, 0.25, "SHO-0042"]
    (unknown,) = ordered_items(_requests({"sku": "OTHER"}), stored)
    assert unknown.price is None


def test_mismatched_reasons_are_rejected() -> None:
    components = Components(reasons=FakeChampion(None, "reasons", "1"))
    with pytest.raises(ValueError, match="2 requests but 1 reason"):
        ResultBuilder(components, Settings()).results(_requests({}, {}), _reasons("other", 0.5, 1))
