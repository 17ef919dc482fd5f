"""Policy simulation: the figures add up, and a policy change moves them in the expected direction."""

from __future__ import annotations

import pandas as pd
import pytest
import yaml

from decisions.policy import DecisionCode, parse_policy
from decisions.reason_mismatch import PICKED_PROBABILITY_CEILING
from features.history import requests_from_returns
from models.risk_reasons import score_and_explain
from training.policy_simulation import decide_all, quota_usage, replay_cases, simulate
from training.risk import out_of_fold_reasons
from triage.settings import REPO_ROOT


@pytest.fixture(scope="module")
def policies():
    data = yaml.safe_load((REPO_ROOT / "config" / "policy.yaml").read_text(encoding="utf-8"))
    current = parse_policy(data)
    data["version"] = "stricter"
    data["free_return_quota"]["count"] = 1
    data["risk_bands"][-1]["min_score"] = 0.1
    data["risk_bands"][-2]["min_score"] = 0.07
    data["risk_bands"][-3]["min_score"] = 0.04
    return current, parse_policy(data)


@pytest.fixture(scope="module")
def replay(risk_frame, fitted_risk_model):
    rows = risk_frame.iloc[int(len(risk_frame) * 0.8) :].reset_index(drop=True)
    return rows, *score_and_explain(fitted_risk_model, rows)


@pytest.fixture(scope="module")
def result(replay, risk_tables, policies):
    return simulate(*replay, risk_tables, *policies)


@pytest.mark.parametrize("side", ["current", "candidate"])
def test_figures_add_up(result, policies, side):
    outcome = result[side]
    fees = policies[side == "candidate"].label_fee.values()
    paid = outcome["decisions"]["paid_return"]
    assert paid > 0 and min(fees) * paid <= outcome["label_fee_revenue"] <= max(fees) * paid + 0.01
    assert sum(outcome["decisions"].values()) == outcome["returns"] == result["returns"]
    assert sum(outcome["shares"].values()) == pytest.approx(1.0)
    assert outcome["abuse_caught"] + outcome["abuse_charged"] + outcome["abuse_free"] == outcome["abuse"]
    honest = outcome["returns"] - outcome["abuse"]
    honest_free = honest - outcome["honest_reviewed_or_rejected"] - outcome["honest_charged"]
    assert honest_free >= 0
    assert outcome["free_return_cost"] == pytest.approx(outcome["free_label_cost"] + outcome["keep_item_refunds"])
    assert outcome["honest_customers_affected"] <= outcome["honest_reviewed_or_rejected"] + outcome["honest_charged"]
    assert outcome["reviewed"] == outcome["decisions"]["manual_review"]
    assert outcome["no_history_returns"] <= outcome["returns"]
    assert outcome["no_history_warned"] <= min(outcome["warned"], outcome["no_history_returns"])
    assert outcome["warned"] + outcome["warnings_without_reason"] <= outcome["returns"]
    assert outcome["no_history_warnings_without_reason"] <= outcome["warnings_without_reason"]
    assert outcome["no_history_reviewed"] <= min(outcome["reviewed"], outcome["no_history_returns"])


def test_warnings_come_with_a_factor_that_raised_the_score(replay, risk_tables, policies, result):
    rows, scores, reasons = replay
    current = policies[0]
    used = quota_usage(rows["return_id"], risk_tables, current)
    decisions = decide_all(replay_cases(rows), scores, reasons, used, current)
    warn_bands = {band.name for band in current.risk_bands if band.warn}
    in_warn_band = [made for made in decisions if made.risk_band in warn_bands]
    warned = [made for made in in_warn_band if "RISK_WARNING" in made.rule_codes]
    assert warned and len(warned) < len(in_warn_band)  # the sample has both
    for made, why in zip(decisions, reasons, strict=True):
        if "RISK_WARNING" in made.rule_codes:
            assert made.warn and any(reason.raises_score for reason in why)
        elif made.risk_band in warn_bands:
            assert "RISK_WARNING_WITHOUT_REASON" in made.rule_codes
    # The simulation counts what the rule held back: the warn band's returns left without a warning.
    held_back = [made for made in in_warn_band if "RISK_WARNING" not in made.rule_codes and not made.warn]
    assert result["current"]["warnings_without_reason"] == len(held_back) > 0


def test_changes_account_for_every_moved_decision(result):
    moved_in = {code.value: 0 for code in DecisionCode}
    moved_out = dict(moved_in)
    for change, count in result["changes"].items():
        before, after = change.split(" -> ")
        moved_out[before] += count
        moved_in[after] += count
    for code in moved_in:
        expected = result["candidate"]["decisions"][code] - result["current"]["decisions"][code]
        assert moved_in[code] - moved_out[code] == expected


def test_stricter_policy_catches_more_and_affects_more(result):
    current, candidate = result["current"], result["candidate"]
    assert candidate["abuse_caught"] >= current["abuse_caught"]
    assert candidate["decisions"]["manual_review"] > current["decisions"]["manual_review"]
    assert candidate["free_return_cost"] < current["free_return_cost"]


def _customer_with_quality_returns(count: int) -> dict[str, pd.DataFrame]:
    """One customer's history: `count` poor_quality dress returns in the last 60 days, then a dress too small."""
    day = pd.Timestamp("2026-06-01")
    returned = [*["poor_quality"] * count, "too_small"]
    ids = [f"{number}" for number in range(len(returned))]
    ordered = [day - pd.Timedelta(days=60 - 10 * number) for number in range(len(returned))]
    return {
        "customers": pd.DataFrame({"customer_id": ["C1"], "created_at": [day - pd.Timedelta(days=400)]}),
        "orders": pd.DataFrame(
            {
                "order_id": [f"O{n}" for n in ids],
                "customer_id": "C1",
                "order_ts": ordered,
                "delivery_ts": [moment + pd.Timedelta(days=2) for moment in ordered],
                "currency": "EUR",
            }
        ),
        "line_items": pd.DataFrame(
            {
                "line_item_id": [f"L{n}" for n in ids],
                "order_id": [f"O{n}" for n in ids],
                "sku": "DRS-1-M",
                "product_id": "DRS-1",
                "product_category": "dresses",
                "price": 59.0,
                "discount": 0.0,
            }
        ),
        "returns": pd.DataFrame(
            {
                "return_id": [f"R{n}" for n in ids],
                "line_item_id": [f"L{n}" for n in ids],
                "order_id": [f"O{n}" for n in ids],
                "customer_id": "C1",
                "request_ts": [moment + pd.Timedelta(days=5) for moment in ordered],
                "label": returned,
                "confirmed_abuse": False,
                "reason_text": "",
            }
        ),
    }


def test_past_returns_the_policy_pays_for_leave_the_quota_free():
    """A customer whose quota's worth of past returns were poor_quality: free under the shipped policy
    (the shop paid for those), paid under one that does not pay for poor_quality (they used the quota)."""
    data = yaml.safe_load((REPO_ROOT / "config" / "policy.yaml").read_text(encoding="utf-8"))
    shipped = parse_policy(data)
    assert "poor_quality" in shipped.shop_fault_reasons
    data["shop_fault_reasons"] = [reason for reason in data["shop_fault_reasons"] if reason != "poor_quality"]
    unpaid = parse_policy(data)
    tables = _customer_with_quality_returns(shipped.free_return_quota.count)
    rows = requests_from_returns(tables).rename(columns={"label": "reason"}).iloc[[-1]]
    rows = rows.assign(item_price=rows["price"], reason_confidence=0.95)
    free, paid = (
        decide_all(replay_cases(rows), [0.0], [[]], quota_usage(rows["return_id"], tables, policy), policy)[0]
        for policy in (shipped, unpaid)
    )
    assert free.code is DecisionCode.FREE_RETURN and "FREE_RETURN_ELIGIBLE" in free.rule_codes
    assert next(rule.sentence for rule in free.rules if rule.code == "FREE_RETURN_ELIGIBLE").startswith(
        "Free return 1 of"
    )
    assert paid.code is DecisionCode.PAID_RETURN and paid.clause_key == "quota_used"


@pytest.mark.parametrize(
    ("ticked_probability", "mismatched"), [(0.01, True), (PICKED_PROBABILITY_CEILING, False), (0.6, False)]
)
def test_a_ticked_reason_the_text_contradicts_is_decided_under_both_readings(ticked_probability, mismatched):
    """A customer whose free returns are used up ticks too_small (a paid return then) while the text reads
    defective (free, the shop's fault): the replay, like the service, neither charges on the tick alone nor
    lets the free return stand, a person decides, warned with REASON_MISMATCH, unless the text leaves the
    tick its chance."""
    data = yaml.safe_load((REPO_ROOT / "config" / "policy.yaml").read_text(encoding="utf-8"))
    data["shop_fault_reasons"] = [reason for reason in data["shop_fault_reasons"] if reason != "poor_quality"]
    policy = parse_policy(data)
    tables = _customer_with_quality_returns(policy.free_return_quota.count)
    rows = requests_from_returns(tables).iloc[[-1]]
    rows = rows.assign(
        item_price=rows["price"],
        reason="defective",
        reason_confidence=0.95,
        ticked_reason="too_small",
        ticked_probability=ticked_probability,
    )
    used = quota_usage(rows["return_id"], tables, policy)
    made = decide_all(replay_cases(rows), [0.0], [[]], used, policy)[0]
    if mismatched:
        assert made.code is DecisionCode.MANUAL_REVIEW and made.warn and made.rule_codes[0] == "REASON_MISMATCH"
    else:
        assert made.code is DecisionCode.FREE_RETURN and "REASON_MISMATCH" not in made.rule_codes
    # A replay frame written before the ticks were kept replays on the written reading alone.
    older = rows.drop(columns=["ticked_reason", "ticked_probability"])
    assert decide_all(replay_cases(older), [0.0], [[]], used, policy)[0].code is DecisionCode.FREE_RETURN


def test_the_replay_frame_keeps_what_the_out_of_fold_reading_gives_the_ticked_reason():
    """Out-of-fold readings give the ticked reason a high probability where the text supports it and a
    low one where it says something else; nothing ticked is NaN."""
    words = {
        "too_small": ["far too small", "tight on the chest", "size runs small", "could not zip it, too small"],
        "defective": ["the zip broke", "stopped working", "the seam split", "button fell off, broken"],
    }
    texts = [f"{text} {n}" for label in words for text in words[label] for n in range(6)]
    labels = [label for label in words for _ in words[label] for _ in range(6)]
    ticked = [label if n % 3 == 0 else ("defective" if label == "too_small" else "too_small") if n % 3 == 1 else None
              for n, label in enumerate(labels)]  # fmt: skip
    read = out_of_fold_reasons(pd.Series(texts), pd.Series(labels), seed=0, ticked=ticked)
    agreeing = [p for p, tick, label in zip(read["ticked_probability"], ticked, labels, strict=True) if tick == label]
    contradicted = [
        p for p, tick, label in zip(read["ticked_probability"], ticked, labels, strict=True) if tick and tick != label
    ]
    assert min(agreeing) > max(contradicted)
    assert read["ticked_probability"][[tick is None for tick in ticked]].isna().all()
