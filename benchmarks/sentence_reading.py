"""Sentence-level reading of long texts: does the reason model read a review better sentence by sentence?

Long reviews often carry the return reason in one sentence among praise and story. This scores the state
folder's champion reason model on the calibration slice, the blind slice and the 60 real dev texts three ways:
the whole text (what the service does), the whole text's probabilities blended with the mean of its sentences'
(weights 0.25 and 0.5), and blended with its most confident sentence's. Texts with fewer than two sentences of
three words or more are read whole in every variant. Accuracy as `training.evaluation.correct_answers` counts
it (the service's figures), overall, per language and on the multi-sentence texts. Prints a table, writes JSON.

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/sentence_reading.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reason_quality import evaluation_sets

from training.evaluation import correct_answers
from triage.registry import load_champion
from triage.settings import get_settings

# Sentence ends, line breaks, and the turns where a review moves from praise to the complaint.
SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|\n+|\s+(?:but|mais|however|cependant|although|sauf que)\s+", re.I)
WEIGHTS = (0.25, 0.5)


def sentences(text: str) -> list[str]:
    """The text's sentences of at least three words."""
    return [part.strip() for part in SENTENCE_BREAK.split(text) if part and len(part.split()) >= 3]


def readings(model: object, texts: list[str]) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Per variant, the class probabilities of every text; and which texts have two sentences or more."""
    whole = model.predict_proba(texts)
    split = [sentences(text) for text in texts]
    flat = [sentence for parts in split for sentence in parts if len(parts) >= 2]
    flat_proba = model.predict_proba(flat) if flat else np.zeros((0, whole.shape[1]))
    mean, most_sure = whole.copy(), whole.copy()
    several = np.array([len(parts) >= 2 for parts in split])
    start = 0
    for row in np.flatnonzero(several):
        proba = flat_proba[start : start + len(split[row])]
        start += len(split[row])
        mean[row] = proba.mean(axis=0)
        most_sure[row] = proba[np.argmax(proba.max(axis=1))]
    variants = {"whole": whole}
    for weight in WEIGHTS:
        variants[f"whole+mean {weight}"] = (1 - weight) * whole + weight * mean
        variants[f"whole+most sure {weight}"] = (1 - weight) * whole + weight * most_sure
    return variants, several


def scores(frame: pd.DataFrame, classes: np.ndarray, proba: np.ndarray, several: np.ndarray) -> dict[str, float]:
    right = correct_answers(frame["label"], classes[np.argmax(proba, axis=1)])
    langs = frame["lang"].to_numpy(dtype=object)
    result = {"all": float(right.mean()), "multi_sentence": float(right[several].mean()) if several.any() else None}
    result.update({str(lang): float(right[langs == lang].mean()) for lang in np.unique(langs)})
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="JSON path (default: reports folder).")
    args = parser.parse_args()
    settings = get_settings()
    champion = load_champion(settings, settings.reason_model_name)
    report: dict[str, object] = {"model": f"{champion.name} v{champion.version}", "sets": {}}
    for name, frame in evaluation_sets(settings, ["calibration", "blind", "real_dev"]).items():
        variants, several = readings(champion.model, frame["text"].tolist())
        per_variant = {
            variant: scores(frame, champion.model.classes_, proba, several) for variant, proba in variants.items()
        }
        report["sets"][name] = {"texts": len(frame), "multi_sentence": int(several.sum()), "accuracy": per_variant}
        print(f"{name}: {len(frame)} texts, {int(several.sum())} with two sentences or more")
        for variant, figures in per_variant.items():
            print(
                f"  {variant:<20} "
                + "  ".join(f"{key} {value:.3f}" for key, value in figures.items() if value is not None)
            )
    path = args.json or settings.reports_dir / "sentence_reading.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
