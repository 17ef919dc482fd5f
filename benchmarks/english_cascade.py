"""What reading English texts with the English encoder only where it could change the top reason saves and moves.

On the state folder's champion (`ReviewedReasonModel` with an English encoder), per evaluation set: the share of
English texts the English encoder no longer reads (`ReviewedReasonModel._undecided`), and the readings and review
flags that differ from reading every English text with it; then the reason model's time on sample texts and on
the real dev texts, both ways, `--runs` alternating runs each (medians). Also the ticked-vs-written check
(`decisions.reason_mismatch`) on the English sample returns with a ticked reason among the first `--ticked-rows`:
the mismatches that differ from reading every English text, with the ticked reason passed to the model (as every
caller that checks it does) and without. Prints a line per set, writes JSON.

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/english_cascade.py [--sets blind,real_dev] [--runs 3]
        [--sample-texts 1024] [--ticked-rows 3000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from reason_quality import SETS, evaluation_sets

from decisions.reason_mismatch import reason_mismatch
from models.reason_review import ReviewedReasonModel
from triage.registry import load_champion
from triage.settings import REPO_ROOT, get_settings


@contextmanager
def every_english_text_read(model: ReviewedReasonModel) -> Iterator[None]:
    """The model as it was: every English text read by the English encoder."""
    model._undecided = lambda blended: np.ones(len(blended), dtype=bool)  # type: ignore[method-assign]
    try:
        yield
    finally:
        del model._undecided


def english_texts_read(model: ReviewedReasonModel, texts: list[str]) -> tuple[list[Any], int]:
    """The model's answers, and how many texts its English encoder read for them."""
    counted: list[int] = []
    reader = model.english_encoder_
    read = reader.predict_proba
    reader.predict_proba = lambda batch: (counted.append(len(batch)), read(batch))[1]
    try:
        return model.predict_reasons(texts), sum(counted)
    finally:
        del reader.predict_proba


def compare(model: ReviewedReasonModel, texts: list[str]) -> dict[str, Any]:
    """Skipped share of the English texts, and readings and review flags changed against reading them all."""
    answers, read = english_texts_read(model, texts)
    with every_english_text_read(model):
        before, english = english_texts_read(model, texts)
    pairs = list(zip(answers, before, strict=True))
    return {
        "english_texts": english,
        "english_skipped": round(1 - read / english, 3) if english else None,
        "readings_changed": sum(a.reason != b.reason for a, b in pairs),
        "review_flags_changed": sum(a.needs_review != b.needs_review for a, b in pairs),
    }


def mismatches_changed(model: ReviewedReasonModel, texts: list[str], ticked: list[str]) -> dict[str, Any]:
    """Texts whose ticked-vs-written mismatch differs from reading every English text, with the ticked reasons
    given to the model and without them."""

    def mismatched(answers: list[Any]) -> list[bool]:
        return [
            reason_mismatch(tick, a.reason, a.needs_review, a.top3) is not None
            for tick, a in zip(ticked, answers, strict=True)
        ]

    with every_english_text_read(model):
        before = mismatched(model.predict_reasons(texts, ["en"] * len(texts)))
    changed = {}
    for name, picked in (("ticked_given", ticked), ("ticked_not_given", None)):
        now = mismatched(model.predict_reasons(texts, ["en"] * len(texts), picked))
        changed[name] = sum(a != b for a, b in zip(now, before, strict=True))
    return {"texts": len(texts), "mismatches_every_english_text": sum(before), "mismatches_changed": changed}


def timed(run: Callable[[], Any], runs: int, model: ReviewedReasonModel) -> dict[str, Any]:
    """Median seconds of `run`, cascaded and reading every English text, alternating."""
    seconds: dict[str, list[float]] = {"cascade": [], "every_english_text": []}
    for _ in range(runs):
        started = time.perf_counter()
        run()
        seconds["cascade"].append(round(time.perf_counter() - started, 2))
        with every_english_text_read(model):
            started = time.perf_counter()
            run()
            seconds["every_english_text"].append(round(time.perf_counter() - started, 2))
    return {name: {"runs": values, "median": statistics.median(values)} for name, values in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="calibration,blind,real_dev,shift", help=f"from {', '.join(SETS)}")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample-texts", type=int, default=1024)
    parser.add_argument("--ticked-rows", type=int, default=3000, help="sample rows read for the ticked check")
    parser.add_argument("--json", type=Path, default=None, help="Default: <state>/reports/english_cascade.json")
    args = parser.parse_args()
    settings = get_settings()
    model = load_champion(settings, settings.reason_model_name).model
    if getattr(model, "english_encoder_", None) is None:
        parser.error("the champion reads no text with an English encoder: nothing to compare")
    sets = evaluation_sets(settings, args.sets.split(","))
    results: dict[str, Any] = {"english_weight": model.english_weight_, "sets": {}, "seconds": {}}
    for name, frame in sets.items():
        results["sets"][name] = compare(model, frame["text"].tolist())
        print(name, json.dumps(results["sets"][name]), flush=True)
    sample = pd.read_csv(
        REPO_ROOT / "data" / "sample" / "returns.csv.gz",
        usecols=["reason_text", "lang", "form_reason_code"],
        nrows=max(20_000, args.ticked_rows),
    )
    ticked = sample.head(args.ticked_rows)
    ticked = ticked[(ticked["lang"] == "en") & ticked["form_reason_code"].notna()]
    results["ticked"] = mismatches_changed(
        model, ticked["reason_text"].fillna("").tolist(), ticked["form_reason_code"].tolist()
    )
    print("ticked", json.dumps(results["ticked"]), flush=True)
    timing_sets = {f"sample_{args.sample_texts}": sample["reason_text"].sample(args.sample_texts, random_state=1)}
    if "real_dev" in sets:
        timing_sets["real_dev"] = sets["real_dev"]["text"]
    for name, texts in timing_sets.items():
        listed = texts.tolist()
        model.predict_reasons(listed[:32])  # loads the networks before the clock starts
        results["seconds"][name] = timed(lambda listed=listed: model.predict_reasons(listed), args.runs, model)
        print(f"{name} seconds", json.dumps(results["seconds"][name]), flush=True)
    output = args.json or settings.reports_dir / "english_cascade.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
