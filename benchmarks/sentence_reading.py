"""Sentence-level reading at inference: does the reason model read a long text better sentence by sentence?

For a text of two sentences or more (sentence ends, line breaks, "but / however / although / mais / cependant /
sauf que"; parts of three words or more), each sentence is also read by one reader: the served blend, its n-gram
part alone or its multilingual encoder alone. A sentence whose top reason is `other` does not vote, so greetings
and praise stay out. The voters are pooled (mean; mean weighted by each one's top non-`other` probability,
"confidence"; or the most confident one, "most sure") and the pool is blended into the whole text's served
probabilities at w. (reader, pool, w) is chosen on the calibration slice only, as the encoder weight is: the
smallest w within one standard error of the best, w = 0 being the served model. Every set is scored for every
variant (accuracy as `training.evaluation.correct_answers` counts it, overall and per language) with the texts
gained and lost against the served reading and McNemar's p; plus the time per text of each reading.

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/sentence_reading.py [--json out.json] [--errors wrong.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reason_quality import evaluation_sets

from features.language import resolve_languages
from models.reason_encoder import softmax_rows
from models.reason_review import within_one_standard_error
from training.evaluation import correct_answers
from training.reason_quality import paired_counts
from triage.registry import load_champion
from triage.settings import get_settings

# Sentence ends, line breaks, and the turns where a review moves from praise to the complaint.
SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|\n+|\s+(?:but|mais|however|cependant|although|sauf que)\s+", re.I)
WEIGHTS = (0.1, 0.2, 0.3, 0.4, 0.5)
POOLS = ("mean", "confidence", "most_sure")
# The sentence readers: the served blend, and each of its two parts alone.
READERS: dict[str, Callable[[Any, list[str], list[str]], np.ndarray]] = {
    "blend": lambda model, texts, langs: model.probabilities_and_vectors(texts, langs)[0],
    "ngram": lambda model, texts, langs: model.ngram_model_.predict_proba(texts),
    "encoder": lambda model, texts, langs: softmax_rows(model.encoder_.logits_and_vectors(texts)[0]),
}
SETS = ("calibration", "blind", "real_dev", "shift", "synthetic_test")
ERROR_SETS = ("blind", "real_dev")


def sentences(text: str) -> list[str]:
    """The text's sentences of at least three words."""
    return [part.strip() for part in SENTENCE_BREAK.split(text) if part and len(part.split()) >= 3]


def pooled(proba: np.ndarray, other: int, pool: str) -> np.ndarray | None:
    """One text's sentences' pooled probabilities, or None when every sentence's top reason is `other`."""
    votes = proba[np.argmax(proba, axis=1) != other]
    if not len(votes):
        return None
    if pool == "mean":
        return votes.mean(axis=0)
    sure = np.delete(votes, other, axis=1).max(axis=1)
    if pool == "confidence":
        return (sure[:, None] * votes).sum(axis=0) / sure.sum()
    return votes[np.argmax(sure)]


def pooled_rows(whole: np.ndarray, flat: np.ndarray, counts: list[int], other: int, pool: str) -> np.ndarray:
    """Per text, its sentences' pool (`flat` holds the sentences of texts with two or more, in order);
    the whole text's own probabilities where no sentence votes."""
    pools = whole.copy()
    start = 0
    for row, count in enumerate(counts):
        if count < 2:
            continue
        votes = pooled(flat[start : start + count], other, pool)
        start += count
        if votes is not None:
            pools[row] = votes
    return pools


def scored(frame: pd.DataFrame, predicted: np.ndarray, served: np.ndarray) -> dict[str, Any]:
    """Accuracy overall and per language, and the texts gained / lost against the served reading (McNemar)."""
    right = correct_answers(frame["label"], predicted)
    langs = frame["lang"].to_numpy(dtype=object)
    paired = paired_counts(frame, predicted, served)["overall"]
    return {
        "all": float(right.mean()),
        **{str(lang): float(right[langs == lang].mean()) for lang in sorted(set(langs))},
        "gained": paired["only_new_right"],
        "lost": paired["only_old_right"],
        "mcnemar_p": paired["mcnemar_p"],
        "changed": int((predicted != served).sum()),
    }


def wrong_texts(model: Any, frame: pd.DataFrame, whole: np.ndarray, vectors: np.ndarray) -> list[dict[str, Any]]:
    """The texts the served reading gets wrong, with its answer, confidence and top three."""
    classes = model.classes_
    served = classes[np.argmax(whole, axis=1)]
    confidence = model.confidence(whole, vectors)
    right = correct_answers(frame["label"], served)
    return [
        {
            "text": frame["text"].iloc[i],
            "lang": frame["lang"].iloc[i],
            "label": frame["label"].iloc[i],
            "answer": str(served[i]),
            "confidence": round(float(confidence[i]), 3),
            "top3": [(str(classes[k]), round(float(whole[i, k]), 3)) for k in np.argsort(-whole[i])[:3]],
        }
        for i in np.flatnonzero(~right)
    ]


def read_set(model: Any, frame: pd.DataFrame) -> tuple[dict[str, Any], np.ndarray, np.ndarray]:
    """Every variant's scores on one set; and the whole texts' served probabilities and vectors."""
    texts = frame["text"].tolist()
    classes = model.classes_
    other = int(np.flatnonzero(classes == "other")[0])
    started = time.perf_counter()
    whole, vectors = model.probabilities_and_vectors(texts)
    seconds = {"whole": time.perf_counter() - started}
    served = classes[np.argmax(whole, axis=1)]
    split = [sentences(text) for text in texts]
    counts = [len(parts) for parts in split]
    langs = resolve_languages(texts)
    flat = [sentence for parts in split if len(parts) >= 2 for sentence in parts]
    flat_langs = [lang for parts, lang in zip(split, langs, strict=True) if len(parts) >= 2 for _ in parts]
    result: dict[str, Any] = {
        "texts": len(texts),
        "multi_sentence": sum(count >= 2 for count in counts),
        "sentences_read": len(flat),
        "served": scored(frame, served, served),
        "variants": {},
    }
    for reader, read in READERS.items():
        started = time.perf_counter()
        flat_proba = read(model, flat, flat_langs)
        seconds[f"sentences_{reader}"] = time.perf_counter() - started
        for pool in POOLS:
            pools = pooled_rows(whole, flat_proba, counts, other, pool)
            for weight in WEIGHTS:
                predicted = classes[np.argmax((1 - weight) * whole + weight * pools, axis=1)]
                result["variants"][f"{reader}/{pool}/{weight}"] = scored(frame, predicted, served)
    result["ms_per_text"] = {key: round(1000 * value / len(texts), 2) for key, value in seconds.items()}
    return result, whole, vectors


def calibration_choice(calibration: dict[str, Any]) -> dict[str, Any]:
    """The best variant on the calibration slice, and the one-standard-error choice (served = w 0)."""
    scores = {key: row["all"] for key, row in calibration["variants"].items()}
    scores["served/-/0"] = calibration["served"]["all"]
    within = within_one_standard_error(scores, calibration["texts"])
    chosen = min(within, key=lambda key: (float(key.rsplit("/", 1)[1]), -scores[key]))
    return {"best_variant": max(scores, key=scores.get), "chosen": chosen, "within_one_se": within}


def print_table(sets: dict[str, Any]) -> None:
    names = list(sets)
    print(f"{'variant':<26}" + "".join(f"{name[:11]:>20}" for name in names))
    print(f"{'served':<26}" + "".join(f"{sets[name]['served']['all']:>20.3f}" for name in names))
    for key in next(iter(sets.values()))["variants"]:
        cells = [sets[name]["variants"][key] for name in names]
        print(f"{key:<26}" + "".join(f"{c['all']:>9.3f} +{c['gained']:>3}/-{c['lost']:<4}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="JSON path (default: reports folder).")
    parser.add_argument("--errors", type=Path, default=None, help="JSON of the served reading's wrong texts.")
    parser.add_argument("--sets", default="calibration,blind,real_dev,shift", help="Comma-separated sets.")
    args = parser.parse_args()
    unknown = sorted(set(args.sets.split(",")) - set(SETS))
    if unknown:
        parser.error(f"--sets: unknown {', '.join(unknown)} (known: {', '.join(SETS)})")
    settings = get_settings()
    frames = evaluation_sets(settings, args.sets.split(","))
    if not frames:
        parser.error(f"--sets: none of {args.sets} is on this machine")
    champion = load_champion(settings, settings.reason_model_name)
    model = champion.model
    report: dict[str, Any] = {"model": f"{champion.name} v{champion.version}", "sets": {}}
    errors: dict[str, list[dict[str, Any]]] = {}
    for name, frame in frames.items():
        result, whole, vectors = read_set(model, frame)
        report["sets"][name] = result
        print(
            f"{name}: {result['texts']} texts, {result['multi_sentence']} multi-sentence, "
            f"{result['sentences_read']} sentences; served {result['served']['all']:.3f}; "
            f"ms per text {result['ms_per_text']}"
        )
        if name in ERROR_SETS:
            errors[name] = wrong_texts(model, frame, whole, vectors)
    if "calibration" in report["sets"]:
        report["choice"] = calibration_choice(report["sets"]["calibration"])
        print(f"calibration best {report['choice']['best_variant']}; one-SE choice {report['choice']['chosen']}")
    print_table(report["sets"])
    path = args.json or settings.reports_dir / "sentence_reading.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(f"wrote {path}")
    if args.errors is not None:
        args.errors.write_text(json.dumps(errors, indent=1, ensure_ascii=False))
        print(f"wrote {args.errors}")


if __name__ == "__main__":
    main()
