"""`triage train risk` end to end (on the small synthetic history), then the commands that use its champion."""

from __future__ import annotations

import json

import pandas as pd
import yaml
from mlflow import MlflowClient
from typer.testing import CliRunner

from cli.app import app
from features.tables import read_table
from triage.registry import GENERATED_DATA_TAG, load_champion


def test_training_reports_model_and_baseline_and_registers_champion(trained_risk, settings):
    report = trained_risk.report
    for who in ("model", "baseline"):
        for metric in ("roc_auc", "pr_auc", "recall_at_review", "cost_per_return"):
            assert 0 <= report[who][metric] <= max(1.0, report["cost_model"]["missed_abuse_cost"])
    assert report["model"]["brier"] is not None and report["baseline"]["brier"] is None
    assert report["model"]["cost_per_return"] < report["baseline"]["cost_per_return"]
    assert report["gate"]["promoted"] or report["gate"]["champion_version"] is not None
    champion = load_champion(settings, settings.risk_model_name)
    assert hasattr(champion.model, "score_abuse")
    # fitted on a folder with the generator's mark (invented customers): the generated sample may stand in for history
    tags = MlflowClient(settings.tracking_uri).get_run(trained_risk.run_id).data.tags
    assert tags[GENERATED_DATA_TAG] == "true"
    assert json.loads(trained_risk.report_path.read_text())["run_id"] == trained_risk.run_id


def _requests_csv(settings, path, rows: int = 12) -> pd.DataFrame:
    """A CSV of real sample-data returns in the API's request shape."""
    returns = read_table("returns", settings.sample_data_dir).tail(rows)
    items = read_table("line_items", settings.sample_data_dir)
    orders = read_table("orders", settings.sample_data_dir)
    frame = returns.merge(items, on=["line_item_id", "order_id"]).merge(orders, on=["order_id", "customer_id"])
    requests = pd.DataFrame(
        {
            "return_id": frame["return_id"],
            "customer_id": frame["customer_id"],
            "order_id": frame["order_id"],
            "sku": frame["sku"],
            "product_category": frame["product_category"],
            "price": (frame["price"] * (1 - frame["discount"])).round(2),
            "currency": frame["currency"],
            "order_date": frame["order_ts"].dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "delivery_date": frame["delivery_ts"].dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "request_date": frame["request_ts"].dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "reason_text": frame["reason_text"],
            "reason_code": frame["form_reason_code"].fillna(""),
            "lang": frame["lang"],
        }
    )
    requests.to_csv(path, index=False)
    return requests


def test_predict_risk_cli(trained_reasons, trained_risk, settings, tmp_path):
    requests = _requests_csv(settings, tmp_path / "in.csv")
    runner = CliRunner()
    # The shop's block list decides a CSV row as it decides a served request.
    blocked = requests["order_id"].iloc[0]
    block = ["lists", "add", "block", "order", blocked, "--by", "amelie", "--note", "empty box"]
    assert runner.invoke(app, block).exit_code == 0
    try:
        result = runner.invoke(
            app, ["predict", "risk", "--input", str(tmp_path / "in.csv"), "--output", str(tmp_path / "out.csv")]
        )
    finally:
        assert runner.invoke(app, ["lists", "remove", "order", blocked, "--by", "amelie"]).exit_code == 0
    assert result.exit_code == 0, result.output
    out = pd.read_csv(tmp_path / "out.csv", keep_default_na=False)
    assert out["return_id"].tolist() == requests["return_id"].tolist()
    assert out["risk_score"].between(0, 1).all()
    assert set(out["decision"]) <= {"free_return", "paid_return", "keep_item", "manual_review", "reject"}
    assert out["rules"].str.len().gt(0).all()
    on_list = out["order_id"] == blocked
    assert (out.loc[on_list, "decision"] == "manual_review").all()
    assert out.loc[on_list, "rules"].str.contains("BLOCK_LIST").all()
    assert not out.loc[~on_list, "rules"].str.contains("BLOCK_LIST").any()


def test_predict_risk_bad_input_is_a_clear_error(trained_risk, settings, tmp_path):
    requests = _requests_csv(settings, tmp_path / "in.csv", rows=3)
    runner = CliRunner()
    requests.drop(columns=["sku"]).to_csv(tmp_path / "missing.csv", index=False)
    requests.assign(price=["1.0", "cheap", "2"]).to_csv(tmp_path / "price.csv", index=False)
    (tmp_path / "latin1.csv").write_bytes("return_id\nd\xe9faut\n".encode("latin-1"))
    (tmp_path / "empty.csv").write_text("")
    expected = {
        "missing.csv": "lacks columns: sku",
        "price.csv": "column price row 3",
        "latin1.csv": "not UTF-8",
        "empty.csv": "is empty",
        "nowhere.csv": "cannot read",
    }
    for name, message in expected.items():
        result = runner.invoke(
            app, ["predict", "risk", "--input", str(tmp_path / name), "--output", str(tmp_path / "out.csv")]
        )
        assert result.exit_code == 2, (name, result.output)
        assert message in " ".join(result.output.split()), (name, result.output)
        assert "Traceback" not in result.output


def test_policy_simulate_cli(trained_risk, settings, tmp_path):
    candidate = yaml.safe_load(settings.policy_path.read_text(encoding="utf-8"))
    candidate["version"] = "lenient"
    candidate["free_return_quota"]["count"] = 10
    (tmp_path / "candidate.yaml").write_text(yaml.safe_dump(candidate), encoding="utf-8")
    result = CliRunner().invoke(app, ["policy", "simulate", "--policy", str(tmp_path / "candidate.yaml")])
    assert result.exit_code == 0, result.output
    report = json.loads((settings.reports_dir / "policy_simulation.json").read_text())
    assert report["candidate"]["policy_version"] == "lenient"
    assert report["candidate"]["decisions"]["paid_return"] <= report["current"]["decisions"]["paid_return"]
    bad = CliRunner().invoke(app, ["policy", "simulate", "--policy", str(tmp_path / "nope.yaml")])
    assert bad.exit_code == 2
    assert "cannot read" in bad.output


def test_policy_tune_cli_writes_a_candidate_simulate_reads(trained_risk, settings, tmp_path):
    candidate = tmp_path / "tuned.yaml"
    result = CliRunner().invoke(
        app, ["policy", "tune", "--max-warned", "0.10", "--max-reviewed", "0.15", "-o", str(candidate)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads((settings.reports_dir / "policy_tuning.json").read_text())
    assert report["tuned"]["reviewed"] <= 0.15
    assert "plotly" in (settings.reports_dir / "policy_tuning.html").read_text(encoding="utf-8").lower()
    simulated = CliRunner().invoke(app, ["policy", "simulate", "--policy", str(candidate)])
    assert simulated.exit_code == 0, simulated.output
    simulation = json.loads((settings.reports_dir / "policy_simulation.json").read_text())
    assert simulation["candidate"]["policy_version"] == yaml.safe_load(candidate.read_text())["version"]
    assert simulation["candidate"]["reviewed"] == round(report["tuned"]["reviewed"] * simulation["returns"])
    bad = CliRunner().invoke(app, ["policy", "tune", "--max-warned", "1.5", "-o", str(candidate)])
    assert bad.exit_code == 2 and "share" in bad.output
