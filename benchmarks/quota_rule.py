"""What changes when the free-return quota count follows the policy's `shop_fault_reasons` rather than the
taxonomy's fixed notion of the shop's fault (`Policy.quota_rule`).

Only customers with a past return for a reason the policy pays for but the taxonomy does not flag (in the
shipped policy: `poor_quality`) see `free_returns_used` move. On the history the risk champion was trained
on (its `risk_report.json` names it): how many returns and customers move, by how much; then, on the test
period `triage policy simulate` replays, what the served risk champion (fitted on the taxonomy's count)
makes of the policy's count: scores, bands, ROC-AUC and Brier score with either count, and the decisions
the policy in force takes with either count (through the one assembler, as `policy simulate` does).

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/quota_rule.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import brier_score_loss, roc_auc_score

from decisions.policy import load_policy
from features.history import requests_from_returns, risk_features
from features.taxonomy import REASONS
from models.risk_reasons import score_and_explain
from training.policy_simulation import decide_all, replay_cases
from training.risk import FRAME_NAME, REPORT_NAME, load_history_tables
from triage.registry import load_champion
from triage.settings import get_settings


def _quota_counts(tables: dict[str, pd.DataFrame], policy: Any) -> pd.DataFrame:
    """Each historical return's `free_returns_used` by the taxonomy's rule and by the policy's, by return id."""
    requests = requests_from_returns(tables)
    taxonomy_rule = replace(
        policy.quota_rule(), reasons_not_counted=frozenset(reason.code for reason in REASONS if reason.shop_fault)
    )
    counts = {
        name: risk_features(requests, tables, rule)["free_returns_used"].to_numpy()
        for name, rule in (("taxonomy", taxonomy_rule), ("policy", policy.quota_rule()))
    }
    return pd.DataFrame(counts, index=requests["return_id"].to_numpy())


def _served(rows: pd.DataFrame, used: np.ndarray, model: Any, policy: Any) -> dict[str, Any]:
    """Scores, bands and decisions of the replayed rows with this quota count."""
    features = rows.assign(free_returns_used=used)
    scores, reasons = score_and_explain(model, features)
    return {
        "scores": scores,
        "reasons": reasons,
        "bands": np.array([policy.band_of(float(score)).name for score in scores]),
        "decisions": _decisions(rows, scores, reasons, used, policy),
    }


def _decisions(rows: pd.DataFrame, scores: np.ndarray, reasons: list, used: np.ndarray, policy: Any) -> np.ndarray:
    return np.array([made.code.value for made in decide_all(replay_cases(rows), scores, reasons, used, policy)])


def _changes(before: np.ndarray, after: np.ndarray) -> dict[str, int]:
    """How many decisions went from each code to each other code."""
    table = pd.crosstab(before, after)
    return {
        f"{old} -> {new}": int(table.loc[old, new])
        for old in table.index
        for new in table.columns
        if old != new and table.loc[old, new] > 0
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    settings = get_settings()
    policy = load_policy(settings.policy_path)
    report = json.loads((settings.reports_dir / REPORT_NAME).read_text())
    tables = load_history_tables(Path(report["history_dir"]))
    counts = _quota_counts(tables, policy)
    moved = counts["taxonomy"] != counts["policy"]
    customers = tables["returns"].set_index("return_id")["customer_id"]
    history = {
        "reasons_not_counted": sorted(policy.quota_rule().reasons_not_counted),
        "returns": len(counts),
        "returns_moved": int(moved.sum()),
        "customers": int(customers.nunique()),
        "customers_moved": int(customers.loc[counts.index[moved]].nunique()),
        "mean_count_taxonomy": round(float(counts["taxonomy"].mean()), 4),
        "mean_count_policy": round(float(counts["policy"].mean()), 4),
        "largest_drop": int((counts["taxonomy"] - counts["policy"]).max()),
    }

    champion = load_champion(settings, settings.risk_model_name)
    frame = pd.read_parquet(settings.reports_dir / FRAME_NAME)
    rows = frame[frame["test"]].reset_index(drop=True)
    by_rule = counts.loc[rows["return_id"]]
    served = {name: _served(rows, by_rule[name].to_numpy(), champion.model, policy) for name in ("taxonomy", "policy")}
    before, after = served["taxonomy"], served["policy"]
    abuse = rows["abuse"].astype(bool).to_numpy()
    # The policy's count with the scores of the taxonomy's: what the count moves by itself.
    count_only = _decisions(rows, before["scores"], before["reasons"], by_rule["policy"].to_numpy(), policy)
    test = {
        "risk_model_version": champion.version,
        "returns": len(rows),
        "returns_moved": int((by_rule["taxonomy"] != by_rule["policy"]).sum()),
        "scores_moved": int((before["scores"] != after["scores"]).sum()),
        "largest_score_change": round(float(np.abs(after["scores"] - before["scores"]).max()), 4),
        "bands_moved": int((before["bands"] != after["bands"]).sum()),
        "roc_auc": {name: round(float(roc_auc_score(abuse, served[name]["scores"])), 4) for name in served},
        "brier": {name: round(float(brier_score_loss(abuse, served[name]["scores"])), 5) for name in served},
        "decision_changes": _changes(before["decisions"], after["decisions"]),
        "decision_changes_by_the_count_alone": _changes(before["decisions"], count_only),
    }
    result = {"policy_version": policy.version, "history": history, "test_period": test}
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
