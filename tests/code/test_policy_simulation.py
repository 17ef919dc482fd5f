"""Policy simulation: the figures add up, and a policy change moves them in the expected direction."""

from __future__ import annotations

import pytest
import yaml

from decisions.policy import DecisionCode, parse_policy
from training.policy_simulation import simulate
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
def result(risk_frame, risk_tables, fitted_risk_model, policies):
    rows = risk_frame.iloc[int(len(risk_frame) * 0.8) :].reset_index(drop=True)
    return simulate(rows, fitted_risk_model.score_abuse(rows), risk_tables, *policies)


@pytest.mark.parametrize("side", ["current", "candidate"])
def test_figures_add_up(result, side):
    outcome = result[side]
    assert sum(outcome["decisions"].values()) == outcome["returns"] == result["returns"]
    assert sum(outcome["shares"].values()) == pytest.approx(1.0)
    assert outcome["abuse_caught"] + outcome["abuse_charged"] + outcome["abuse_free"] == outcome["abuse"]
    honest = outcome["returns"] - outcome["abuse"]
    honest_free = honest - outcome["honest_reviewed_or_rejected"] - outcome["honest_charged"]
    assert honest_free >= 0
    assert outcome["free_return_cost"] == pytest.approx(outcome["free_label_cost"] + outcome["keep_item_refunds"])
    assert outcome["honest_customers_affected"] <= outcome["honest_reviewed_or_rejected"] + outcome["honest_charged"]


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
