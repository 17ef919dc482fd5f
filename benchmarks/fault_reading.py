"""Faults read in text no rule was written from, and what they cost the customer end to end: the blind
slice (`../shared/data/blind/`, 660 texts, EN/FR) and the real dev texts (`../shared/data/real/`, 60, EN).

A described fault makes a return the shop's (no label fee; past the window a person checks it), so
this counts both sides:
- reading (`features.customer_asks.read_asks`, no model): per labelled reason, the texts with a fault
  and with a hazard read; on the fit reasons (too_small, too_large, size_unspecified) a fault is a
  false one;
- `--pipeline` (the state's reason and reply champions): every text goes through the full pipeline
  (`serving.predict_replies.draft_replies_frame`: reason, decision, draft) under one standard request
  that pays a label unless the shop is at fault (in the return window, an ordinary low-risk customer
  whose free-return quota is used up, an item above the keep-it price). Per language it reports the
  share of fault-labelled texts that still pay the fee (the issue's "no fee on a described fault"), and
  of fit and change-of-mind texts that lose the fee because a fault was read where the reason alone
  would have charged it, and that pay no fee for any cause (a fault read, or a reason misread as one
  the policy pays for).
The decisions follow the policy in force (`TRIAGE_POLICY_PATH`, its `shop_fault_reasons`), so two
runs compare two policies. Evaluation only: these texts are never trained or tuned on. Prints and
writes JSON.

    .venv/bin/python benchmarks/fault_reading.py [--pipeline] [--json F]
"""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from decisions.policy import load_policy
from features.customer_asks import read_asks
from serving.predict_replies import draft_replies_frame
from triage.registry import load_champion
from triage.settings import Settings, get_settings

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SOURCES = {"blind": SHARED_DATA / "blind" / "return_texts_blind.csv", "real": SHARED_DATA / "real" / "return_texts.csv"}
FIT_REASONS = ("too_small", "too_large", "size_unspecified")
# Labels whose text describes damage, a defect, worn or poorly made goods, missing parts or the shop's
# mistake: none of them may pay a label fee. (not_as_described is a shop-fault reason too, but its text
# describes a mismatch with the listing rather than a fault; it is reported per label.)
FAULT_LABELS = ("damaged_in_transit", "defective", "poor_quality", "missing_parts", "wrong_item")
# The customer's own choice: a fault read here takes away a fee the policy charges.
CUSTOMER_LABELS = (*FIT_REASONS, "no_longer_needed")
REQUEST_DAY = date(2026, 12, 1)
# In the window, low risk, quota used, above the keep-it price: a label fee unless the shop is at fault.
STANDARD_REQUEST: dict[str, Any] = {
    "product_category": "tops",
    "price": 49.0,
    "delivery_date": (REQUEST_DAY - timedelta(days=10)).isoformat(),
    "request_date": REQUEST_DAY.isoformat(),
    "risk_score": 0.02,
    "free_returns_used": 3,
}
CURRENCY = {"en": "GBP", "fr": "EUR"}


def read_texts() -> pd.DataFrame:
    """The evaluation texts of every source found, with their source, language and label."""
    frames = [pd.read_csv(path).assign(source=name) for name, path in SOURCES.items() if path.exists()]
    if not frames:
        raise SystemExit(f"no evaluation texts under {SHARED_DATA}")
    return pd.concat(frames, ignore_index=True)[["source", "id", "lang", "text", "label"]]


def reading(texts: pd.DataFrame) -> dict[str, Any]:
    """Faults and hazards read per labelled reason (and language), and false faults on fit reasons."""
    per_reason = {
        str(label): {
            "texts": len(rows),
            "fault_read": int(rows["fault"].sum()),
            "hazard_read": int(rows["hazard"].sum()),
        }
        for label, rows in texts.groupby("label")
    }
    per_language = {
        f"{label}/{lang}": {"texts": len(rows), "fault_read": int(rows["fault"].sum())}
        for (label, lang), rows in texts.groupby(["label", "lang"])
    }
    fit = texts[texts["label"].isin(FIT_REASONS)]
    return {
        "per_reason": per_reason,
        "per_reason_and_language": per_language,
        "false_faults_on_fit_reasons": {"texts": len(fit), "fault_read": int(fit["fault"].sum())},
    }


def standard_requests(texts: pd.DataFrame) -> pd.DataFrame:
    """Each text as a return request under `STANDARD_REQUEST`, in the currency of its language."""
    return texts[["text", "lang"]].assign(**STANDARD_REQUEST, currency=texts["lang"].map(CURRENCY))


def share(rows: pd.DataFrame, column: str) -> dict[str, Any]:
    count = int(rows[column].sum())
    return {"texts": len(rows), "count": count, "share": round(count / len(rows), 3) if len(rows) else None}


def pipeline(texts: pd.DataFrame, settings: Settings) -> dict[str, Any]:
    """Fees charged end to end under the standard request, per language and label."""
    reasons = load_champion(settings, settings.reason_model_name)
    drafter = load_champion(settings, settings.reply_model_name)
    policy = load_policy(settings.policy_path)
    drafted = draft_replies_frame(standard_requests(texts), drafter.model, policy, settings, reasons.model)
    texts = texts.assign(
        reason=drafted["reason"].to_numpy(),
        fee=(drafted["decision"] == "paid_return").to_numpy(),
        checker_failed=(drafted["check_problems"] != "[]").to_numpy(),
    )
    # A fee the reason alone would have charged (the policy does not pay for it), taken away by the fault reading.
    texts["fee_lost_to_reading"] = texts["fault"] & ~texts["fee"] & ~texts["reason"].isin(policy.shop_fault_reasons)
    faults, customers = texts[texts["label"].isin(FAULT_LABELS)], texts[texts["label"].isin(CUSTOMER_LABELS)]
    return {
        "models": {"reasons": f"{reasons.name} v{reasons.version}", "replies": f"{drafter.name} v{drafter.version}"},
        "policy": {"version": policy.version, "shop_fault_reasons": policy.shop_fault_reasons},
        "request": {**STANDARD_REQUEST, "currency": CURRENCY},
        "fee_on_fault_labels": {str(lang): share(rows, "fee") for lang, rows in faults.groupby("lang")},
        "fee_lost_on_customer_labels": {
            str(lang): share(rows, "fee_lost_to_reading") for lang, rows in customers.groupby("lang")
        },
        "no_fee_on_customer_labels": {
            str(lang): share(rows.assign(free=~rows["fee"]), "free") for lang, rows in customers.groupby("lang")
        },
        "fee_per_label_and_language": {
            f"{label}/{lang}": share(rows, "fee") for (label, lang), rows in texts.groupby(["label", "lang"])
        },
        "drafts_failing_checker": int(texts["checker_failed"].sum()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", action="store_true", help="Also run every text through the champions.")
    parser.add_argument("--json", type=Path, default=None, help="Default: <state>/reports/benchmark_fault_reading.json")
    args = parser.parse_args()
    settings = get_settings()
    texts = read_texts()
    asks = [read_asks(text, lang) for text, lang in zip(texts["text"], texts["lang"], strict=True)]
    texts["fault"] = [found.has_fault for found in asks]
    texts["hazard"] = [bool(found.hazards) for found in asks]
    result: dict[str, Any] = {
        "texts": {str(source): int(count) for source, count in texts["source"].value_counts().items()},
        **reading(texts),
    }
    for label, scores in result["per_reason"].items():
        print(f"{label:20} fault {scores['fault_read']:3}/{scores['texts']:<3} hazard {scores['hazard_read']:3}")
    fit = result["false_faults_on_fit_reasons"]
    print(f"false faults on fit reasons: {fit['fault_read']}/{fit['texts']}")
    if args.pipeline:
        result["pipeline"] = ends = pipeline(texts, settings)
        for name in ("fee_on_fault_labels", "fee_lost_on_customer_labels", "no_fee_on_customer_labels"):
            for lang, figures in ends[name].items():
                print(f"{name} {lang}: {figures['count']}/{figures['texts']} ({figures['share']:.1%})")
        print(f"drafts failing the checker: {ends['drafts_failing_checker']}/{len(texts)}")
    output = args.json or settings.reports_dir / "benchmark_fault_reading.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2))
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
