"""Quality of the champion reason model as the service answers, on text no model trained on.

Loads the state folder's champion the way the service does (`triage.registry.load_champion`, so
`TRIAGE_REASON_REVIEW_THRESHOLD` applies) and scores `predict_reasons` on the corpus's calibration slice,
the blind slice (`../shared/data/blind/`), the 60 real dev texts (`../shared/data/real/`), the newest
generated returns (the time split's test part) and the drift demo's shifted texts (`data/shift/`), each reason
as the decision acts on it (the customer's words' where they plainly contradict the classifier,
`decisions.reason_reading`; `classifier_accuracy` and `read_by_words` say what that changed, and
`ticks_contradicted` how often the words contradict a reason ticked honestly or falsely): label and family
accuracy, macro-F1, per language and per reason, needs_review rate, accuracy of the automated
answers, accuracy of the most confident 40% (the issue's coverage target) and the share that can be
automated at 80% accuracy. Prints a table, writes JSON.
With `--baseline-state`, the champion of that other state folder is scored on the same sets (under
"baseline") and the JSON gets, per set, texts the new champion reads right and the baseline wrong, and
texts both read wrong, and the counts of texts only one of them reads right (with McNemar's exact p).
With `--blend-weights 0,0.3,...`, each set also gets the accuracy of the champion's encoder and n-gram model
blended at each encoder weight (how the blend's floor was chosen; benchmarks/README.md).
With `--typing lower,no-accents,...`, each set is also read retyped the way customers type (`TYPING_STYLES`):
accuracy, needs_review rate and the share of readings that changed, per style and language.

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/reason_quality.py [--json out.json] [--sets blind,real_dev]
        [--baseline-state <older state folder> --examples 8] [--blend-weights 0,0.3,1]
        [--typing lower,upper,no-accents,no-punctuation,sms]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from decisions.reason_mismatch import reason_mismatch
from decisions.reason_reading import tick_reading, words_reading
from features.customer_asks import read_asks
from features.taxonomy import REASON_CODES, family_of, get_reason
from features.text import fold_accents
from models.reason_classifier import ReasonPrediction
from models.reason_encoder import softmax_rows
from models.reason_review import blend_predictions
from training.corpus import load_corpus, split_calibration
from training.evaluation import correct_answers
from training.reason_quality import paired_counts, reading_examples, served_quality
from training.reasons import load_blind_texts, load_real_texts, load_reason_frame
from training.splits import returns_split
from triage.registry import load_champion
from triage.settings import Settings, get_settings

# The targets: at least 40% of answers automated, and those right at least 80% of the time.
COVERAGE_TARGET = 0.4
ACCURACY_TARGET = 0.8
SETS = ("calibration", "blind", "real_dev", "synthetic_test", "shift")

_PUNCTUATION = re.compile(r"[^\w\s']+")
# Shortenings French and English customers type on a phone (whole words only).
_SMS_WORDS = {
    "pour": "pr",
    "dans": "ds",
    "tout": "tt",
    "toute": "tte",
    "beaucoup": "bcp",
    "quand": "qd",
    "quelque": "qq",
    "rien": "ri1",
    "c'est": "c",
    "je suis": "jsuis",
    "j'ai": "jai",
    "n'est": "nest",
    "vous": "vs",
    "you": "u",
    "are": "r",
    "please": "pls",
    "because": "bc",
    "thanks": "thx",
    "i am": "im",
    "i'm": "im",
    "don't": "dont",
    "doesn't": "doesnt",
}
_SMS_PATTERN = re.compile(r"\b(" + "|".join(re.escape(word) for word in _SMS_WORDS) + r")\b")


def _sms(text: str) -> str:
    """Lower case, no accents, no punctuation, phone shortenings."""
    return _without_punctuation(_SMS_PATTERN.sub(lambda match: _SMS_WORDS[match.group(1)], fold_accents(text.lower())))


def _without_punctuation(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text).split())


TYPING_STYLES: dict[str, Callable[[str], str]] = {
    "lower": str.lower,
    "upper": str.upper,
    "no-accents": fold_accents,
    "no-punctuation": _without_punctuation,
    "sms": _sms,
}


def read_by_words(answers: Sequence[ReasonPrediction], frame: pd.DataFrame) -> list[ReasonPrediction]:
    """The classifier's answers as the decision acts on them (`decisions.assembler.ReturnCase.read_by_words`): the
    reason the customer's words give where they plainly contradict the classifier's."""
    read = []
    for answer, text, lang in zip(answers, frame["text"], frame["lang"], strict=True):
        words = words_reading(answer.reason, read_asks(text, lang), text)
        read.append(
            answer if words is None else replace(answer, reason=words.reason, family=str(family_of(words.reason)))
        )
    return read


# The reasons that claim a fault of the shop: a tick of one buys a free label.
SHOP_FAULTS = tuple(code for code in REASON_CODES if get_reason(code).shop_fault)


def ticks_contradicted(answers: Sequence[ReasonPrediction], frame: pd.DataFrame) -> dict[str, int]:
    """How often the customer's words contradict a reason ticked that the classifier's answer left its chance
    (`decisions.reason_reading.tick_reading`, where `decisions.reason_mismatch` finds no mismatch): ticked honestly
    (each text's own label, a mistake each time) and ticked falsely (each fault of the shop on a text labelled with
    none, which the ticked-vs-written check may catch already)."""
    counts = dict.fromkeys(("honest", "honest_contradicted", "false", "false_mismatch", "false_contradicted"), 0)
    for answer, text, lang, label in zip(answers, frame["text"], frame["lang"], frame["label"], strict=True):
        asks = read_asks(text, lang)
        if label in REASON_CODES and reason_mismatch(label, answer.reason, answer.needs_review, answer.top3) is None:
            counts["honest"] += 1
            counts["honest_contradicted"] += tick_reading(label, answer.reason, asks, text) is not None
        if label in SHOP_FAULTS:
            continue
        for tick in SHOP_FAULTS:
            counts["false"] += 1
            if reason_mismatch(tick, answer.reason, answer.needs_review, answer.top3) is not None:
                counts["false_mismatch"] += 1
            else:
                counts["false_contradicted"] += tick_reading(tick, answer.reason, asks, text) is not None
    return counts


def evaluation_sets(settings: Settings, names: list[str]) -> dict[str, pd.DataFrame]:
    """The named sets (text, lang, label) that are on this machine."""
    sets: dict[str, pd.DataFrame | None] = {}
    if "calibration" in names:
        sets["calibration"] = split_calibration(load_corpus(settings.corpus_dir), settings.reason_calibration_fraction)[
            1
        ]
    if "blind" in names:
        sets["blind"] = load_blind_texts(settings)
    if "real_dev" in names:
        sets["real_dev"] = load_real_texts(settings)
    if "shift" in names:
        sets["shift"] = load_corpus(settings.shift_dir)
    if "synthetic_test" in names:
        frame = load_reason_frame(settings)
        sets["synthetic_test"] = returns_split(frame, settings).test
    return {name: frame[["text", "lang", "label"]] for name, frame in sets.items() if frame is not None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, from {', '.join(SETS)}")
    parser.add_argument("--json", type=Path, default=None, help="Default: <state>/reports/reason_quality.json")
    parser.add_argument("--baseline-state", type=Path, default=None, help="A state folder whose champion to compare")
    parser.add_argument("--examples", type=int, default=8, help="Examples per group and set (with --baseline-state)")
    parser.add_argument(
        "--blend-weights",
        default="",
        help="comma-separated encoder weights: also print each set's accuracy with the champion's encoder and "
        "n-gram model blended at each (the reason only; needs_review belongs to the champion's own weight)",
    )
    parser.add_argument("--typing", default="", help=f"comma-separated, from {', '.join(TYPING_STYLES)}")
    args = parser.parse_args()
    styles = [style for style in args.typing.split(",") if style]
    unknown = sorted(set(styles) - set(TYPING_STYLES))
    if unknown:
        parser.error(f"--typing: unknown style(s) {', '.join(unknown)}; known: {', '.join(TYPING_STYLES)}")
    settings = get_settings()
    champion = load_champion(settings, settings.reason_model_name)
    model = champion.model
    baseline = None
    if args.baseline_state is not None:
        baseline_settings = settings.model_copy(update={"state_dir": args.baseline_state.resolve()})
        baseline = load_champion(baseline_settings, settings.reason_model_name)
    results: dict[str, Any] = {
        "model": {"name": champion.name, "version": champion.version, "run_id": champion.run_id},
        "review_threshold": getattr(model, "threshold_", None),
        "coverage_target": COVERAGE_TARGET,
        "accuracy_target": ACCURACY_TARGET,
        "sets": {},
    }
    if baseline is not None:
        results["baseline"] = {
            "state": str(args.baseline_state),
            "version": baseline.version,
            "sets": {},
            "paired": {},
        }
        results["examples"] = {}
    for name, frame in evaluation_sets(settings, args.sets.split(",")).items():
        started = time.perf_counter()
        classified = model.predict_reasons(frame["text"].tolist())
        answers = read_by_words(classified, frame)
        results["sets"][name] = served_quality(answers, frame, COVERAGE_TARGET, ACCURACY_TARGET)
        results["sets"][name]["seconds"] = round(time.perf_counter() - started, 1)
        results["sets"][name]["classifier_accuracy"] = float(
            correct_answers(frame["label"], np.array([answer.reason for answer in classified], dtype=object)).mean()
        )
        results["sets"][name]["read_by_words"] = words_changes(classified, answers, frame)
        results["sets"][name]["ticks_contradicted"] = ticks_contradicted(classified, frame)
        if args.blend_weights:
            weights = [float(weight) for weight in args.blend_weights.split(",")]
            results["sets"][name]["accuracy_by_encoder_weight"] = accuracy_by_encoder_weight(model, frame, weights)
        if styles:
            results["sets"][name]["typing"] = typing_scores(model, frame, answers, styles)
        if baseline is not None:
            baseline_answers = baseline.model.predict_reasons(frame["text"].tolist())
            results["baseline"]["sets"][name] = served_quality(
                baseline_answers, frame, COVERAGE_TARGET, ACCURACY_TARGET
            )
            readings = [
                np.array([answer.reason for answer in both], dtype=object) for both in (answers, baseline_answers)
            ]
            results["examples"][name] = reading_examples(frame, *readings, per_group=args.examples)
            results["baseline"]["paired"][name] = paired_counts(frame, *readings)
    print(f"{champion.name} v{champion.version}, review threshold {results['review_threshold']}")
    print_table(results["sets"])
    for name, scores in results["sets"].items():
        changed = scores["read_by_words"]
        print(
            f"  {name}, read by the words: {changed['n']} answers changed, {changed['right_before']} right before, "
            f"{changed['right_after']} after (classifier alone: accuracy {scores['classifier_accuracy']:.3f})"
        )
        ticks = scores["ticks_contradicted"]
        print(
            f"  {name}, ticks the words contradict: honest {ticks['honest_contradicted']} of {ticks['honest']}; "
            f"a fault of the shop ticked on a text of none {ticks['false_contradicted']} of {ticks['false']} "
            f"({ticks['false_mismatch']} a mismatch already)"
        )
        fit = scores["fit_direction"]
        if fit["n"]:
            print(f"  {name}, fit complaints read as fit: direction right {fit['accuracy']:.3f} of {fit['n']}")
        if "accuracy_by_encoder_weight" in scores:
            readings = ", ".join(
                f"{weight}: {accuracy:.3f}" for weight, accuracy in scores["accuracy_by_encoder_weight"].items()
            )
            print(f"  {name}, accuracy by encoder weight: {readings}")
        for style, by_language in scores.get("typing", {}).items():
            print(
                f"  {name}, typed {style}: "
                + ", ".join(
                    f"{language} acc {row['accuracy']:.3f} review {row['needs_review_rate']:.3f} "
                    f"changed {row['changed']:.3f}"
                    for language, row in by_language.items()
                )
            )
    if baseline is not None:
        print(f"baseline: {args.baseline_state} v{baseline.version}")
        print_table(results["baseline"]["sets"])
        print("texts only one model reads right (new / baseline, exact McNemar p):")
        for name, paired in results["baseline"]["paired"].items():
            slices = {"all": paired["overall"], **paired["per_language"]}
            print(
                f"  {name}: "
                + ", ".join(
                    f"{key} {row['only_new_right']} / {row['only_old_right']} (p {row['mcnemar_p']})"
                    for key, row in slices.items()
                )
            )
    output = args.json or settings.reports_dir / "reason_quality.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {output}")


def accuracy_by_encoder_weight(model: Any, frame: pd.DataFrame, weights: list[float]) -> dict[str, float]:
    """Accuracy of the champion's two parts blended at each encoder weight (`size_unspecified` counts either
    size as right, as everywhere in this report)."""
    texts = frame["text"].tolist()
    encoder_proba = softmax_rows(model.encoder_.logits_and_vectors(texts)[0])
    ngram_proba = model.ngram_model_.predict_proba(texts)
    return {
        f"{weight:g}": float(correct_answers(frame["label"], predicted).mean())
        for weight, predicted in blend_predictions(model.classes_, encoder_proba, ngram_proba, weights)
    }


def typing_scores(model: Any, frame: pd.DataFrame, answers: list[Any], styles: list[str]) -> dict[str, Any]:
    """Per style and language (and "all"): accuracy and needs_review rate of the set retyped in that style,
    and the share of texts whose reason differs from the reading of the text as written."""
    original = np.array([answer.reason for answer in answers], dtype=object)
    languages = frame["lang"].to_numpy()
    slices = {"all": np.ones(len(frame), dtype=bool)}
    slices |= {language: languages == language for language in sorted(set(languages))}
    scores: dict[str, Any] = {}
    for style in styles:
        retyped = model.predict_reasons([TYPING_STYLES[style](text) for text in frame["text"]])
        reasons = np.array([answer.reason for answer in retyped], dtype=object)
        correct = correct_answers(frame["label"], reasons)
        review = np.array([answer.needs_review for answer in retyped])
        scores[style] = {
            language: {
                "n": int(mask.sum()),
                "accuracy": float(correct[mask].mean()),
                "needs_review_rate": float(review[mask].mean()),
                "changed": float((reasons[mask] != original[mask]).mean()),
            }
            for language, mask in slices.items()
        }
    return scores


def words_changes(
    classified: Sequence[ReasonPrediction], answers: Sequence[ReasonPrediction], frame: pd.DataFrame
) -> dict[str, int]:
    """How many answers the customer's words changed, and how many of those were right before and after (either size
    reason is right for a fit with no direction, `training.evaluation.correct_answers`)."""
    before, after = (
        correct_answers(frame["label"], np.array([answer.reason for answer in read], dtype=object))
        for read in (classified, answers)
    )
    changed = np.array([old.reason != new.reason for old, new in zip(classified, answers, strict=True)], dtype=bool)
    return {
        "n": int(changed.sum()),
        "right_before": int(before[changed].sum()),
        "right_after": int(after[changed].sum()),
    }


def print_table(sets: dict[str, Any]) -> None:
    at_coverage = f"accuracy_at_coverage_{COVERAGE_TARGET:g}"
    at_accuracy = f"coverage_at_accuracy_{ACCURACY_TARGET:g}"
    print("set / slice            n   acc  family  macroF1  review%  auto-acc  acc@40%  cover@80%")
    for name, scores in sets.items():
        slices = {"all": scores["overall"], **scores["per_language"]}
        for slice_name, row in slices.items():
            automated = row["automated_accuracy"]
            print(
                f"{name + ' ' + slice_name:<20} {row['n']:>5} {row['accuracy']:.3f}  {row['family_accuracy']:.3f}"
                f"   {row['macro_f1']:.3f}    {row['needs_review_rate']:.3f}    "
                f"{'  -  ' if automated is None else f'{automated:.3f}'}    "
                f"{row[at_coverage] or 0:.3f}    {row[at_accuracy]:.3f}"
            )


if __name__ == "__main__":
    main()
