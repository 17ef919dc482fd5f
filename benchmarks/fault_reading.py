"""How often the reply's reading of a return text (`features.customer_asks.read_asks`) finds a described
fault and a hazard, per labelled reason, on text no rule was written from: the blind slice
(`../shared/data/blind/`, 660 texts, EN/FR) and the real dev texts (`../shared/data/real/`, 60, EN).

A described fault makes a return the shop's (no label fee; past the window a person checks it), so
this counts both sides: the fault reasons (damaged_in_transit, defective, poor_quality, ...) where a
fault should mostly be read, and the fit reasons (too_small, too_large, size_unspecified) where a
fault read is a false one. Evaluation only: these texts are never trained or tuned on.
Prints and writes JSON.

    .venv/bin/python benchmarks/fault_reading.py [--json F]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

from features.customer_asks import read_asks
from triage.settings import get_settings

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SOURCES = {"blind": SHARED_DATA / "blind" / "return_texts_blind.csv", "real": SHARED_DATA / "real" / "return_texts.csv"}
FIT_REASONS = ("too_small", "too_large", "size_unspecified")


def read_texts() -> pd.DataFrame:
    """The evaluation texts of every source found, with their source, language and label."""
    frames = [pd.read_csv(path).assign(source=name) for name, path in SOURCES.items() if path.exists()]
    if not frames:
        raise SystemExit(f"no evaluation texts under {SHARED_DATA}")
    return pd.concat(frames, ignore_index=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="Default: <state>/reports/benchmark_fault_reading.json")
    args = parser.parse_args()
    texts = read_texts()
    asks = [read_asks(text, lang) for text, lang in zip(texts["text"], texts["lang"], strict=True)]
    texts["fault"] = [bool(found.faults) for found in asks]
    texts["hazard"] = [bool(found.hazards) for found in asks]
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
    result = {
        "texts": {str(source): int(count) for source, count in texts["source"].value_counts().items()},
        "per_reason": per_reason,
        "per_reason_and_language": per_language,
        "false_faults_on_fit_reasons": {"texts": len(fit), "fault_read": int(fit["fault"].sum())},
    }
    for label, scores in per_reason.items():
        print(f"{label:20} fault {scores['fault_read']:3}/{scores['texts']:<3} hazard {scores['hazard_read']:3}")
    print(f"false faults on fit reasons: {result['false_faults_on_fit_reasons']['fault_read']}/{len(fit)}")
    output = args.json or get_settings().reports_dir / "benchmark_fault_reading.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2))
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
