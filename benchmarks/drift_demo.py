"""Drift demonstration: replay traffic into a running service, monitor each replay, then close the loop.

1. Replays (each `--rows` requests, sent through `POST /triage` of a real `bentoml serve`):
   `unshifted` (the reference period's own returns), `new_product_line` (small appliances jump from
   1% to 40% of returns), `french_share` (85% French instead of 39%), `reason_burst` (60% of returns
   say the item is defective, instead of 3%), `phrased_differently` (the hand-written texts of
   `data/shift/` in place of the customers' texts: products the shop's corpus lacks, prescription
   eyewear and e-bikes, in their own jargon, and new channels' registers, marketplace return forms
   with codes and chat transcripts; never part of the training corpus. The real and blind texts of
   `../shared/data/` are evaluation-only and would become training data here through the agents'
   corrections). After each replay `triage monitor --since/--until` runs on that window.
2. The loop: agents' corrections for part (`--feedback-share`) of the `phrased_differently` texts go
   through `POST /feedback`; the rest is held back (a text and its counterpart in the other language
   fall on the same side). `triage retrain` runs twice: with a small history (a worse challenger:
   refused, with the reason) and with the whole history (promoted or refused). Both report champion
   and challenger accuracy on the held-back shifted texts and on the real and blind texts of
   `../shared/data/` (evaluation only: they are never replayed into feedback, so no challenger trains
   on them).

It uses the champions of `TRIAGE_STATE_DIR` (train them first; or `--lean-champion` on a state folder
without a reason champion: a TF-IDF classifier fitted on the history's training part and the corpus's
training slice, the challenger's data minus the feedback, so what the challenger gains comes from the
corrections; its review threshold is fitted on the corpus's calibration slice as the served model's
is), loads the sample history into the history store when empty, prints each step and writes
`<state>/reports/drift_demo.json`.

    python benchmarks/drift_demo.py --rows 300
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pandas as pd

from training.corpus import held_out, load_corpus, split_calibration
from triage.registry import CORPUS_VERSION_TAG, champion_version
from triage.settings import REPO_ROOT, Settings, get_settings

# Run as `python benchmarks/drift_demo.py` (as the README shows) the folder on the path is benchmarks/, and
# `benchmarks.serve_load` did not import ("No module named 'benchmarks'"): the repository's root holds the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NEW_PRODUCT_LINE = "small_appliances"
BURST_REASON = "defective"
REPLAYS = ("unshifted", "new_product_line", "french_share", "reason_burst", "phrased_differently")
STAMP = "%Y-%m-%dT%H:%M:%SZ"


def reference_period_returns(settings: Settings) -> pd.DataFrame:
    """The sample returns of the models' test period (their references are drawn from it), in API fields."""
    from training.risk import load_history_tables
    from training.splits import returns_split

    tables = load_history_tables(settings.sample_data_dir)
    frame = (
        tables["returns"]
        .merge(tables["line_items"], on=["line_item_id", "order_id"])
        .merge(tables["orders"], on=["order_id", "customer_id"])
    )
    test = returns_split(frame, settings).test
    return pd.DataFrame(
        {
            "return_id": test["return_id"],
            "customer_id": test["customer_id"],
            "order_id": test["order_id"],
            "sku": test["sku"],
            "product_category": test["product_category"],
            "price": (test["price"] * (1 - test["discount"])).round(2),
            "currency": test["currency"],
            "order_date": test["order_ts"].dt.strftime(STAMP),
            "delivery_date": test["delivery_ts"].dt.strftime(STAMP),
            "request_date": test["request_ts"].dt.strftime(STAMP),
            "reason_text": test["reason_text"],
            "lang": test["lang"],
            "label": test["label"],
        }
    ).reset_index(drop=True)


def shift_texts(settings: Settings) -> pd.DataFrame:
    """The shifted traffic's texts (id, lang, text, label, product): `data/shift/`, of products and channels the
    training corpus lacks."""
    return load_corpus(settings.shift_dir)


def corrected_by_agents(shifted: pd.DataFrame, texts: pd.DataFrame, share: float) -> np.ndarray:
    """Which requests of the `phrased_differently` replay agents correct: those of about `share` of the text
    pairs. A shift text and its counterpart in the other language share their id's number, and the pair goes
    to one side, so no held-back text has its translation among the corrections."""
    ids = shifted["reason_text"].map(dict(zip(texts["text"], texts["id"], strict=True)))
    return ~held_out(ids.str.extract(r"(\d+)$", expand=False), 1 - share).to_numpy(bool)


def register_lean_champion(settings: Settings, history_rows: int | None = None) -> str:
    """Fit a TF-IDF reason classifier on the history's training part (a seeded draw of `history_rows` of it, or
    all) plus the corpus's training slice, with the review threshold at which its answers on the corpus's
    calibration slice reach `review_calibration_precision_target`, and register it as champion with its
    monitoring reference and corpus version, as `triage train reasons` registers its model; the version. For a
    state folder without a reason champion."""
    import mlflow

    from decisions.policy import load_policy
    from features.profile import profile_embedder
    from models.reason_classifier import ReasonClassifier, choose_review_threshold
    from training.champion import publish_and_gate
    from training.corpus import corpus_version
    from training.reasons import MODEL_ARTIFACT, REPORT_NAME, load_reason_frame
    from training.reference import reason_reference, reference_requests
    from training.risk import load_history_tables
    from training.splits import returns_split
    from training.tracking import configure_tracking

    if champion_version(settings, settings.reason_model_name) is not None:
        raise ValueError(f"{settings.state_dir} has a reason champion already; a lean one would replace it")
    split = returns_split(load_reason_frame(settings), settings)
    seen = pd.concat([split.train, split.validation])
    if history_rows is not None:
        seen = seen.sample(n=history_rows, random_state=settings.seed)
    corpus, calibration = split_calibration(load_corpus(settings.corpus_dir), settings.reason_calibration_fraction)
    texts = pd.concat([seen["text"], corpus["text"]]).tolist()
    labels = pd.concat([seen["label"], corpus["label"]]).tolist()
    model = ReasonClassifier(kind="tfidf").fit(texts, labels)
    # The served model's threshold is fitted the same way; at 0 nothing is ever reviewed, and the monitor's
    # needs_review check would read 0 whatever the traffic.
    answers = model.predict_reasons(calibration["text"].tolist())
    threshold = choose_review_threshold(
        np.array([answer.confidence for answer in answers]),
        np.array([answer.reason for answer in answers]) == calibration["label"].to_numpy(),
        settings.review_calibration_precision_target,
    )
    model.with_review_threshold(threshold)
    tables = load_history_tables(settings.sample_data_dir)
    requests = reference_requests(tables, split.test["return_id"], settings.monitor_reference_rows, settings.seed)
    embedder = profile_embedder(settings.embedding_batch_size, settings.torch_threads)
    reference = reason_reference(model, requests, tables, embedder, load_policy(settings.policy_path))
    configure_tracking(settings)
    with mlflow.start_run(run_name="lean-reason-champion") as run:
        gate = publish_and_gate(
            settings,
            settings.reason_model_name,
            model,
            {"kind": "tfidf", "history_rows": len(seen), "corpus_rows": len(corpus), "review_threshold": threshold},
            REPORT_NAME,
            settings.reports_dir / "reasons" / run.info.run_id,
            artifact_path=MODEL_ARTIFACT,
            # No champion to compare with (checked above): the gate promotes the first version.
            candidate_score=1.0,
            score_champion=lambda _: 0.0,
            reference=reference,
            version_tags={CORPUS_VERSION_TAG: corpus_version(corpus)},
        )
    return gate.version


def _mix(shifted: pd.DataFrame, rest: pd.DataFrame, share: float, rows: int, rng: np.random.Generator) -> pd.DataFrame:
    """`rows` requests: `share` of them drawn from `shifted`, the others from `rest` (with replacement)."""
    count = round(rows * share)
    picked = [
        shifted.iloc[rng.integers(0, len(shifted), count)],
        rest.iloc[rng.integers(0, len(rest), rows - count)],
    ]
    return pd.concat(picked).sample(frac=1, random_state=int(rng.integers(1 << 31))).reset_index(drop=True)


def build_replays(pool: pd.DataFrame, texts: pd.DataFrame, rows: int, seed: int) -> dict[str, pd.DataFrame]:
    """Each replay's requests (API fields plus the true `label`), with return ids unique to the replay;
    `phrased_differently` carries up to `rows` of `texts` (each at most once)."""
    rng = np.random.default_rng(seed)
    replays = {
        "unshifted": pool.sample(n=rows, random_state=seed).reset_index(drop=True),
        "new_product_line": _mix(
            pool[pool["product_category"] == NEW_PRODUCT_LINE],
            pool[pool["product_category"] != NEW_PRODUCT_LINE],
            0.4,
            rows,
            rng,
        ),
        "french_share": _mix(pool[pool["lang"] == "fr"], pool[pool["lang"] == "en"], 0.85, rows, rng),
        "reason_burst": _mix(pool[pool["label"] == BURST_REASON], pool, 0.6, rows, rng),
    }
    drawn = texts.sample(n=min(rows, len(texts)), random_state=seed).reset_index(drop=True)
    phrased = pool.sample(n=len(drawn), random_state=seed + 1).reset_index(drop=True)
    replays["phrased_differently"] = phrased.assign(
        reason_text=drawn["text"].to_numpy(), lang=drawn["lang"].to_numpy(), label=drawn["label"].to_numpy()
    )
    for name, frame in replays.items():
        frame["return_id"] = [f"{return_id}-{name[:6]}-{number}" for number, return_id in enumerate(frame["return_id"])]
    return replays


def items_of(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """`/triage` request items (the label stays behind)."""
    return frame.drop(columns=["label"]).to_dict(orient="records")


def replay(client: httpx.Client, frame: pd.DataFrame, batch: int = 32) -> list[dict[str, Any]]:
    """POST the requests in batches; returns each request's result, in order. Any failure stops the replay."""
    results: list[dict[str, Any]] = []
    items = items_of(frame)
    for start in range(0, len(items), batch):
        response = client.post("/triage", json={"returns": items[start : start + batch]})
        response.raise_for_status()
        results.extend(response.json()["results"])
    return results


def served_accuracy(frame: pd.DataFrame, results: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """How often the served reason was the true one, overall and per language (what agents would find)."""
    right = pd.Series([(result.get("reason") or {}).get("code") for result in results], index=frame.index)
    right = right == frame["label"]
    slices = {"overall": right, **{str(lang): right[frame["lang"] == lang] for lang in sorted(frame["lang"].unique())}}
    return {name: {"n": len(values), "accuracy": round(float(values.mean()), 3)} for name, values in slices.items()}


def send_feedback(client: httpx.Client, frame: pd.DataFrame, results: list[dict[str, Any]]) -> int:
    """An agent's verdict on each served reason (accepted, or corrected to the true label) via POST /feedback."""
    sent = 0
    for row, result in zip(frame.itertuples(), results, strict=True):
        served = (result.get("reason") or {}).get("code")
        if served is None:
            continue
        accepted = served == row.label
        body = {"return_id": row.return_id, "agent_id": "agent-demo", "reason_accepted": accepted}
        if not accepted:
            body["corrected_reason"] = row.label
        client.post("/feedback", json=body).raise_for_status()
        sent += 1
    return sent


def run_command(arguments: list[str], environment: dict[str, str] | None = None) -> tuple[int, str]:
    """Run a `triage` command; its exit code and output."""
    command = [str(Path(sys.executable).parent / "triage"), *arguments]
    done = subprocess.run(
        command, cwd=REPO_ROOT, env=os.environ | (environment or {}), capture_output=True, text=True, check=False
    )
    return done.returncode, done.stdout + done.stderr


def newest_summary(settings: Settings) -> dict[str, Any]:
    summaries = sorted(settings.monitoring_reports_dir.glob("*/summary.json"))
    return json.loads(summaries[-1].read_text()) | {"folder": str(summaries[-1].parent)}


def monitor_window(settings: Settings, since: datetime, until: datetime) -> tuple[int, dict[str, Any]]:
    """`triage monitor --since --until` on one replay's window; its exit code and summary."""
    window = [since.strftime("%Y-%m-%dT%H:%M:%S"), until.strftime("%Y-%m-%dT%H:%M:%S")]
    code, output = run_command(["monitor", "--since", window[0], "--until", window[1]])
    if code not in (0, 3):
        raise SystemExit(f"triage monitor failed ({code}): {output[-2000:]}")
    return code, newest_summary(settings)


def print_summary(name: str, code: int, summary: dict[str, Any]) -> None:
    print(f"\n== {name}: exit {code}, retrain recommended: {summary['retrain_recommended']}")
    for check in summary["checks"]:
        value = "-" if check["value"] is None else f"{check['value']:.3f}"
        print(f"   {check['status']:7} {check['name']:45} {value:>7}  threshold {check['threshold']}")


def print_held_back(report: dict[str, Any], name: str) -> None:
    """Champion vs challenger on the held-back shifted texts (neither fitted on them), overall and per language."""
    verdict = "promoted" if report["promoted"] else "refused"
    print(f"   held-back shifted texts, champion v{report['champion_version']} -> challenger "
          f"v{report['challenger_version']} ({verdict}):")  # fmt: skip
    for note in report["notes"]:
        print(f"   note: {note}")
    for slice_name, before in report["comparison"]["champion"][name].items():
        after = report["comparison"]["challenger"][name][slice_name]
        print(
            f"   {slice_name:8} n={before['n']:4}  accuracy {before['accuracy']:.3f} -> {after['accuracy']:.3f}  "
            f"macro-F1 {before['macro_f1']:.3f} -> {after['macro_f1']:.3f}"
        )


def screenshot_report(report: Path, out: Path, chromium: str) -> None:
    """A PNG of a monitoring `report.html` (the page is self-contained) from its first drifted column on, taken
    with Chromium (the top of the page when nothing drifted)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(report.resolve().as_uri(), wait_until="load")
            page.wait_for_timeout(3000)  # Evidently draws its widgets after the load event
            drifted = page.get_by_text("Data drift detected").first
            if drifted.count():
                # The column's title sits just above the verdict line.
                drifted.evaluate("line => { line.scrollIntoView({block: 'start'}); window.scrollBy(0, -90); }")
            page.screenshot(path=str(out))
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300, help="Requests per replay.")
    parser.add_argument("--feedback-share", type=float, default=0.6, help="Share of shifted texts agents correct.")
    parser.add_argument("--worse-history-rows", type=int, default=1500, help="History rows of the refused challenger.")
    parser.add_argument("--history-rows", type=int, help="History rows of the second challenger (default all).")
    parser.add_argument("--frozen-rows", type=int, help="Frozen-test rows both retrains score on (default all).")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--screenshot", type=Path, help="Save a PNG of the phrased_differently replay's report here.")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="Chromium for --screenshot.")
    parser.add_argument(
        "--lean-champion", action="store_true", help="Register a TF-IDF reason champion first (see above)."
    )
    args = parser.parse_args()

    from benchmarks.serve_load import SERVICE, create_key, ensure_history_loaded, free_port, start_server

    settings = get_settings()
    settings.prepare_state()
    results: dict[str, Any] = {"rows": args.rows, "replays": {}}
    if args.lean_champion:
        results["lean_champion_version"] = register_lean_champion(settings)
    ensure_history_loaded()
    pool = reference_period_returns(settings)
    texts = shift_texts(settings)
    replays = build_replays(pool, texts, args.rows, args.seed)
    port = free_port()
    server = start_server(port, settings.state_dir / "drift_demo_serve.log", SERVICE)
    try:
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {create_key()}"}, timeout=300
        ) as client:
            answers = {}
            for name in REPLAYS:
                since = datetime.now(UTC)
                time.sleep(1)  # the window bounds are whole seconds
                answers[name] = replay(client, replays[name])
                time.sleep(1)
                until = datetime.now(UTC)
                code, summary = monitor_window(settings, since, until)
                print_summary(name, code, summary)
                accuracy = served_accuracy(replays[name], answers[name])
                print(f"   served reason accuracy: {accuracy}")
                results["replays"][name] = {"exit_code": code, "served_accuracy": accuracy, **summary}
            shifted = replays["phrased_differently"]
            corrected = corrected_by_agents(shifted, texts, args.feedback_share)
            served = answers["phrased_differently"]
            sent = send_feedback(client, shifted[corrected], [served[row] for row in np.flatnonzero(corrected)])
            results["feedback_sent"] = sent
    finally:
        server.terminate()
        server.wait(timeout=60)
    if args.screenshot is not None:
        report_html = Path(results["replays"]["phrased_differently"]["folder"]) / "report.html"
        screenshot_report(report_html, args.screenshot, args.chromium)
    held_back = shifted[~corrected][["reason_text", "lang", "label"]].rename(columns={"reason_text": "text"})
    held_back_path = settings.state_dir / "drift_demo_held_back.csv"
    held_back.to_csv(held_back_path, index=False)
    # Evaluation only: the real and blind texts are scored, never replayed into feedback or fitted on.
    extra_evaluations = [
        argument
        for path in (settings.real_texts_path, settings.blind_texts_path)
        if path.is_file()
        for argument in ("--held-back", str(path))
    ]
    frozen = ["--frozen-rows", str(args.frozen_rows)] if args.frozen_rows else []
    second = ["--history-rows", str(args.history_rows)] if args.history_rows else []
    for name, extra in (("small_history", ["--history-rows", str(args.worse_history_rows)]), ("second", second)):
        arguments = ["retrain", "--model", "reasons", "--held-back", str(held_back_path), *extra_evaluations]
        code, output = run_command([*arguments, *extra, *frozen])
        print(f"\n== triage retrain {' '.join(extra)} (exit {code})\n{output[-3000:]}")
        report = json.loads((settings.reports_dir / "retrain_report.json").read_text())
        results[f"retrain_{name}"] = {"exit_code": code, **report}
        print_held_back(report, held_back_path.stem)
    out = settings.reports_dir / "drift_demo.json"
    out.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nresults: {out}")


if __name__ == "__main__":
    main()
