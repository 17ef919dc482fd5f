"""How the handover detector's background size moves its held-out false alarms and recall, draw by draw.

The reply drafter fits `HandoverDetector` on the labelled handover messages' tune parts plus a fixed sample of the
shop's history texts as ordinary ones (`ReplyDrafter.handover_background`). For each size and seed given, this fits
it on that draw of the generated sample's texts and reports, per language, recall and false alarms on the messages'
held-out part, and the 5-fold cross-validated figures on the tune parts (the background split into the folds too).
Prints a table, writes JSON.

    .venv/bin/python benchmarks/handover_background.py [--sizes 3000,6000] [--seeds 0,1,2,3,4] [--json F]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, StratifiedKFold

from features.handover import handover_reasons
from features.handover_messages import FIT_SPLITS, as_pairs, read_handover_messages
from features.tables import read_table
from models.handover_detector import HandoverDetector
from triage.settings import get_settings

Pair = tuple[str, str]


def held_out_figures(detector: HandoverDetector, held_out: pd.DataFrame) -> dict[str, dict[str, int]]:
    """Per language: people found of those needing one, and texts handed over of those needing none."""
    figures = {}
    for lang, part in held_out.groupby("lang"):
        predicted = detector.predict(as_pairs(part))
        truth = part["needs_person"].to_numpy()
        figures[str(lang)] = {
            "found": int(predicted[truth == 1].sum()),
            "needing": int((truth == 1).sum()),
            "false_alarms": int(predicted[truth == 0].sum()),
            "not_needing": int((truth == 0).sum()),
        }
    return figures


def cross_validated(pairs: list[Pair], labels: np.ndarray, background: list[Pair]) -> dict[str, int]:
    """5-fold figures on the tune parts, each fold's background fitted as the drafter fits it."""
    ordinary = [pair for pair in background if not handover_reasons(*pair)]
    folds = StratifiedKFold(5, shuffle=True, random_state=0).split(pairs, labels)
    background_folds = KFold(5, shuffle=True, random_state=0).split(ordinary)
    totals = {"found": 0, "needing": 0, "false_alarms": 0, "not_needing": 0, "background_handed_over": 0}
    for (train, test), (background_train, background_test) in zip(folds, background_folds, strict=True):
        detector = HandoverDetector().fit(
            [pairs[i] for i in train], labels[train], [ordinary[i] for i in background_train]
        )
        predicted, truth = detector.predict([pairs[i] for i in test]), labels[test]
        totals["found"] += int(predicted[truth == 1].sum())
        totals["needing"] += int((truth == 1).sum())
        totals["false_alarms"] += int(predicted[truth == 0].sum())
        totals["not_needing"] += int((truth == 0).sum())
        totals["background_handed_over"] += int(detector.predict([ordinary[i] for i in background_test]).sum())
    totals["background"] = len(ordinary)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="3000,6000", help="Comma-separated background sizes.")
    parser.add_argument("--seeds", default="0,1,2,3,4", help="Comma-separated seeds of the background draw.")
    parser.add_argument("--json", type=Path, help="Write the figures here.")
    args = parser.parse_args()
    settings = get_settings()
    messages = read_handover_messages(settings.handover_messages_path)
    tune = messages[messages["split"].isin(FIT_SPLITS)]
    held_out = messages[messages["split"] == "holdout"]
    pairs, labels = as_pairs(tune), tune["needs_person"].to_numpy().astype(int)
    history = read_table("returns", settings.sample_data_dir).dropna(subset=["reason_text"])
    rows = []
    for size in (int(size) for size in args.sizes.split(",")):
        for seed in (int(seed) for seed in args.seeds.split(",")):
            draw = history.sample(size, random_state=seed)
            background = list(zip(draw["reason_text"].astype(str), draw["lang"].astype(str), strict=True))
            detector = HandoverDetector().fit(pairs, labels, background)
            row = {"size": size, "seed": seed, "held_out": held_out_figures(detector, held_out)}
            row["cross_validated"] = cross_validated(pairs, labels, background)
            rows.append(row)
            cells = "  ".join(
                f"{lang}: found {f['found']}/{f['needing']}, false alarms {f['false_alarms']}/{f['not_needing']}"
                for lang, f in row["held_out"].items()
            )
            cv = row["cross_validated"]
            print(
                f"size {size:>6} seed {seed}  held out {cells}  |  5-fold: found {cv['found']}/{cv['needing']}, "
                f"false alarms {cv['false_alarms']}/{cv['not_needing']}, background handed over "
                f"{cv['background_handed_over']}/{cv['background']}",
                flush=True,
            )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
