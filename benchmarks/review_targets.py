"""Selective accuracy of the champion reason model for several calibration precision targets.

Training fits the review threshold for `TRIAGE_REVIEW_CALIBRATION_PRECISION_TARGET` on the corpus's calibration
slice. This re-fits it the same way (`choose_review_threshold` on the calibration slice's confidences) for each
target given, and reports, on the calibration slice, the blind slice, the 60 real dev texts and the synthetic test
split, the share answered without review and the accuracy of those answers: what each target would do, without
retraining. Prints a table, writes JSON.

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/review_targets.py [--targets 0.95,0.965,0.975] [--json F]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reason_quality import evaluation_sets

from models.reason_classifier import choose_review_threshold
from training.evaluation import correct_answers, selective_figures
from triage.registry import load_champion
from triage.settings import get_settings

SETS = ["calibration", "blind", "real_dev", "synthetic_test"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", default="0.95,0.965,0.97,0.975,0.98", help="Comma-separated precision targets.")
    parser.add_argument("--json", type=Path, help="Write the figures here.")
    args = parser.parse_args()
    targets = [float(target) for target in args.targets.split(",")]
    settings = get_settings()
    champion = load_champion(settings, settings.reason_model_name)
    model = champion.model
    confidence, right = {}, {}
    for name, part in evaluation_sets(settings, SETS).items():
        if part is None:
            continue
        probabilities, vectors = model.probabilities_and_vectors(part["text"].tolist())
        confidence[name] = model.confidence(probabilities, vectors)
        right[name] = np.asarray(correct_answers(part["label"], model.classes_[np.argmax(probabilities, axis=1)]))
    rows = []
    for target in targets:
        threshold = choose_review_threshold(confidence["calibration"], right["calibration"].astype(float), target)
        row = {"target": target, "threshold": threshold}
        for name in confidence:
            every = np.ones(len(right[name]), dtype=bool)
            row[name] = selective_figures(right[name], confidence[name] >= threshold, every)
        rows.append(row)
    print(f"champion {settings.reason_model_name} v{champion.version}, fitted threshold {model.threshold_:.3f}")
    print("| target | threshold | " + " | ".join(f"{name}: automated, right" for name in confidence) + " |")
    print("|---|---|" + "---|" * len(confidence))
    for row in rows:
        cells = []
        for name in confidence:
            cell = row[name]
            right_share = "-" if cell["automated_accuracy"] is None else f"{cell['automated_accuracy']:.1%}"
            cells.append(f"{cell['automated_share']:.0%}, {right_share}")
        print(f"| {row['target']} | {row['threshold']:.3f} | " + " | ".join(cells) + " |")
    if args.json:
        args.json.write_text(json.dumps({"champion_version": champion.version, "rows": rows}, indent=1))
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
