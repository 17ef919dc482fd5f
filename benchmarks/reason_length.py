"""The reason model as served, by text length: does it hold on the long messages real customers write?

Real customers' messages are long (the 60 real dev texts: median 86 SentencePiece pieces), the blind slice's
mostly short (median 27). This scores the state folder's champion on the blind slice and the real dev texts,
whole and restricted to texts over 48, 64 and 96 pieces (the encoder reads 96): accuracy as the service's
figures count it (`training.evaluation.correct_answers`), the share answered without review and the accuracy of
those answers. Prints a table, writes JSON.

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/reason_length.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reason_quality import evaluation_sets

from features.use_pieces import token_ids
from training.evaluation import correct_answers, selective_figures
from triage.registry import load_champion
from triage.settings import get_settings

LONGER_THAN = (0, 48, 64, 96)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="Write the figures here.")
    args = parser.parse_args()
    settings = get_settings()
    champion = load_champion(settings, settings.reason_model_name)
    rows = []
    for name, part in evaluation_sets(settings, ["blind", "real_dev"]).items():
        if part is None:
            continue
        pieces = np.array([len(ids) for ids in token_ids(part["text"].tolist(), 512)])
        answers = champion.model.predict_reasons(part["text"].tolist())
        right = np.asarray(correct_answers(part["label"], np.array([answer.reason for answer in answers])))
        automated = np.array([not answer.needs_review for answer in answers])
        for cut in LONGER_THAN:
            figures = selective_figures(right, automated, pieces > cut)
            rows.append({"set": name, "longer_than_pieces": cut, **figures})
    print(f"champion {settings.reason_model_name} v{champion.version}")
    print("| set | texts over | n | accuracy | automated | right among automated |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        right_share = "-" if row["automated_accuracy"] is None else f"{row['automated_accuracy']:.3f}"
        print(
            f"| {row['set']} | {row['longer_than_pieces']} pieces | {row['n']} | {row['accuracy']:.3f} | "
            f"{row['automated_share']:.2f} | {right_share} |"
        )
    if args.json:
        args.json.write_text(json.dumps({"champion_version": champion.version, "rows": rows}, indent=1))
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
