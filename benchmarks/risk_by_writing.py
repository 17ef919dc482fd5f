"""Does the risk score turn writing style or language into risk? Realistic texts vs the sample's own.

Every text is the reason text of otherwise identical return requests: a few fixed profiles, each one
return of the sample's newest (the same customer, history, order, item, price and dates; a first-time
customer among them), so whatever differs between the sets comes from the words alone. Sets: the
sample's own newest texts (per language, as many as the blind slice has), the blind slice
(`../shared/data/blind/`, English and French) and the 60 real texts (`../shared/data/real/`, English).
All of them are read by the champion reason model and decided by the champion risk model and the
policy in force through the one assembler (`decisions.assessments.assess_requests`, as `triage predict
risk` does). Per set and language, and per profile: the reason model's mean confidence, the risk
score (mean, median, 90th percentile), the share warned, reviewed, and carrying each reason code the
text can raise; and each realistic set's gap to the sample's texts of its language, over all texts and
with the reasons held equal (per reason written for, then averaged).

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/risk_by_writing.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from decisions.assessments import assess_requests, predict_reasons_in_batches
from decisions.policy import DecisionCode, load_policy
from features.history import no_history, requests_from_returns, risk_features
from features.schemas import TABLES
from features.tables import read_table
from training.reasons import load_blind_texts, load_real_texts
from triage.registry import load_champion
from triage.settings import get_settings

# Clothing the free-return rule covers, priced above the keep-item limit and requested inside the
# window: the decision then turns on risk alone, not on a category or a late request.
CATEGORIES = ("dresses", "tops", "trousers", "jeans", "knitwear")
MIN_PRICE = 25.0
MAX_DAYS_AFTER_DELIVERY = 20
# Profiles by their history as of the request (`features.history` names): each is the newest
# sample return that fits. "regular" is a customer with a few returns and no abuse on record.
PROFILES: dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "first_time": lambda f: pd.Series(no_history(f), index=f.index),
    "regular": lambda f: f["returns_last_365d"].between(1, 3) & (f["returns_last_90d"] <= 1),
    "frequent_returner": lambda f: f["returns_last_90d"] >= 4,
}
# The reason code a low reason-model confidence gave until issue 18 dropped that feature: kept so that runs
# before and after compare (the requests tick no reason, so REASON_CONTRADICTS_FORM cannot fire).
VAGUE = "VAGUE_REASON_TEXT"


def pick_profiles(tables: dict[str, pd.DataFrame], requests: pd.DataFrame, policy: Any) -> pd.DataFrame:
    """One request row per profile: the newest sample return that fits it (no confirmed abuse before)."""
    recent = requests.sort_values("request_ts", kind="stable").tail(4000)
    features = risk_features(recent, tables, policy.quota_rule())
    eligible = (
        recent["product_category"].isin(CATEGORIES)
        & (recent["price"] * (1 - recent["discount"]) >= MIN_PRICE)
        & (features["days_delivery_to_request"] <= MAX_DAYS_AFTER_DELIVERY)
        & (features["confirmed_abuse_count"] == 0)
    )
    rows = []
    for name, fits in PROFILES.items():
        chosen = recent[eligible & fits(features)]
        if chosen.empty:
            raise SystemExit(f"no sample return fits profile {name!r}")
        rows.append(chosen.iloc[-1].rename(name))
    return pd.DataFrame(rows)


def text_sets(settings: Any, returns: pd.DataFrame, per_language: int) -> pd.DataFrame:
    """(set, lang, text, label): the sample's newest texts per language, the blind slice and the real texts;
    `label` is the reason a text was written for (the sample's and the real texts': as an agent read it)."""
    newest = returns.sort_values("request_ts", kind="stable")
    parts = [
        newest[newest["lang"] == lang].tail(per_language)[["lang", "reason_text", "label"]].assign(set="sample")
        for lang in ("en", "fr")
    ]
    for name, frame in (("blind", load_blind_texts(settings)), ("real", load_real_texts(settings))):
        if frame is None:
            raise SystemExit(f"the {name} texts are not on this machine")
        parts.append(frame[["lang", "text", "label"]].rename(columns={"text": "reason_text"}).assign(set=name))
    texts = pd.concat(parts, ignore_index=True)
    return texts.assign(group=texts["set"] + "_" + texts["lang"])


def summarise(rows: pd.DataFrame) -> dict[str, Any]:
    """The figures of one group of assessed requests."""
    scores = rows["risk_score"].astype(float)
    bands = rows["risk_band"].value_counts(normalize=True)
    codes = rows["risk_reason_codes"].fillna("").str.split(";")
    return {
        "requests": len(rows),
        "mean_reason_confidence": round(float(rows["reason_confidence"].mean()), 4),
        "score_mean": round(float(scores.mean()), 4),
        "score_median": round(float(scores.median()), 4),
        "score_p90": round(float(scores.quantile(0.9)), 4),
        "warned": round(float(rows["warn"].mean()), 4),
        "reviewed": round(float((rows["decision"] == DecisionCode.MANUAL_REVIEW.value).mean()), 4),
        f"with_{VAGUE}": round(float(codes.map(lambda found: VAGUE in found).mean()), 4),
        "bands": {band: round(float(share), 4) for band, share in bands.items()},
    }


def same_reason_gap(assessed: pd.DataFrame, group: str, sample: str) -> dict[str, Any]:
    """A set's gap to the sample's texts with the reasons held equal: the mean over the reasons both hold of
    the per-reason difference, so a set that is mostly about size is not compared with a sample mostly
    about something else. What remains is how the words are written and read, not what they say."""
    rows = assessed[assessed["group"].isin([group, sample])].assign(
        score=lambda frame: frame["risk_score"].astype(float), warned=lambda frame: frame["warn"].astype(float)
    )
    means = rows.groupby(["label", "group"])[["score", "warned"]].mean().unstack("group").dropna()
    gap = {name: round(float((means[name][group] - means[name][sample]).mean()), 4) for name in ("score", "warned")}
    return {"reasons": len(means), "score_mean": gap["score"], "warned": gap["warned"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="Default: <state>/reports/risk_by_writing.json")
    parser.add_argument("--batch-size", type=int, default=64, help="texts per reason-model call")
    args = parser.parse_args()
    settings = get_settings()
    started = time.perf_counter()
    policy = load_policy(settings.policy_path)
    reason_champion = load_champion(settings, settings.reason_model_name)
    risk_champion = load_champion(settings, settings.risk_model_name)
    tables = {name: read_table(name, settings.sample_data_dir) for name in TABLES}
    requests = requests_from_returns(tables)
    profiles = pick_profiles(tables, requests, policy)
    blind = load_blind_texts(settings)
    texts = text_sets(settings, tables["returns"], per_language=len(blind) // 2 if blind is not None else 0)
    langs = texts["lang"].tolist()
    reasons = predict_reasons_in_batches(reason_champion.model, texts["reason_text"].tolist(), langs, args.batch_size)

    # Every text in every profile: the profile's request with the text as its reason (no ticked reason).
    frames = []
    for name, profile in profiles.iterrows():
        frame = pd.DataFrame([profile] * len(texts)).reset_index(drop=True)
        frames.append(
            frame.assign(
                reason_text=texts["reason_text"].to_numpy(),
                lang=langs,
                form_reason_code=None,
                profile=name,
                group=texts["group"].to_numpy(),
                label=texts["label"].to_numpy(),
            )
        )
    cases = pd.concat(frames, ignore_index=True)
    assessed = assess_requests(
        cases,
        (cases["price"] * (1 - cases["discount"])).tolist(),
        cases["reason_text"].tolist(),
        reasons * len(profiles),
        tables,
        risk_champion.model,
        policy,
    )
    assessed = pd.concat([cases[["profile", "group", "label"]], assessed], axis=1)

    groups = list(dict.fromkeys(texts["group"]))
    result: dict[str, Any] = {
        "risk_model": f"{risk_champion.name} v{risk_champion.version}",
        "reason_model": f"{reason_champion.name} v{reason_champion.version}",
        "policy_version": policy.version,
        "profiles": {
            name: {
                "return_id": row["return_id"],
                "customer_id": row["customer_id"],
                "product_category": row["product_category"],
                "price_paid": round(float(row["price"] * (1 - row["discount"])), 2),
                "request_ts": str(row["request_ts"]),
            }
            for name, row in profiles.iterrows()
        },
        "by_set": {group: summarise(assessed[assessed["group"] == group]) for group in groups},
        "by_set_and_profile": {
            f"{group}/{name}": summarise(assessed[(assessed["group"] == group) & (assessed["profile"] == name)])
            for group in groups
            for name in profiles.index
        },
    }
    result["gap_to_sample"] = {
        group: {
            key: round(result["by_set"][group][key] - result["by_set"][f"sample_{group.split('_')[1]}"][key], 4)
            for key in ("mean_reason_confidence", "score_mean", "warned", "reviewed", f"with_{VAGUE}")
        }
        for group in groups
        if not group.startswith("sample_")
    }
    result["gap_to_sample_same_reasons"] = {
        group: same_reason_gap(assessed, group, f"sample_{group.split('_')[1]}")
        for group in groups
        if not group.startswith("sample_")
    }
    result["seconds"] = round(time.perf_counter() - started, 1)

    print(f"{result['risk_model']}, {result['reason_model']}, policy {result['policy_version']}")
    header = (
        f"{'set':<30} {'n':>5} {'conf':>6} {'mean':>6} {'p50':>6} {'p90':>6} {'warned':>7} {'review':>7} {'vague':>6}"
    )
    for title, table in (("by set (all profiles)", result["by_set"]), ("by set/profile", result["by_set_and_profile"])):
        print(f"\n{title}\n{header}")
        for name, row in table.items():
            print(
                f"{name:<30} {row['requests']:>5} {row['mean_reason_confidence']:>6.3f} {row['score_mean']:>6.3f} "
                f"{row['score_median']:>6.3f} {row['score_p90']:>6.3f} {row['warned']:>7.1%} {row['reviewed']:>7.1%} "
                f"{row[f'with_{VAGUE}']:>6.1%}"
            )
    print("\ngap to the sample's texts of the same language (all texts; the reasons held equal)")
    for group, gap in result["gap_to_sample"].items():
        same = result["gap_to_sample_same_reasons"][group]
        print(
            f"  {group}: " + ", ".join(f"{key} {value:+.4f}" for key, value in gap.items()) + f"; over "
            f"{same['reasons']} reasons: score_mean {same['score_mean']:+.4f}, warned {same['warned']:+.4f}"
        )
    path = args.json or settings.reports_dir / "risk_by_writing.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2))
    print(f"\nwrote {path} ({result['seconds']} s)")


if __name__ == "__main__":
    main()
