"""`benchmarks/sentence_reading.py` pools a text's sentences without the ones that name no reason, and a text whose
sentences all say `other`, or that has one sentence, keeps its whole reading."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks import sentence_reading

# Classes: 0 = other, 1 = too_small, 2 = defective.
GREETING = [0.8, 0.1, 0.1]
SIZE = [0.1, 0.7, 0.2]
FAULT = [0.1, 0.3, 0.6]


def test_sentences_whose_top_reason_is_other_do_not_vote_in_any_pool() -> None:
    proba = np.array([GREETING, SIZE, FAULT])
    assert np.allclose(sentence_reading.pooled(proba, 0, "mean"), [0.1, 0.5, 0.4])
    assert np.allclose(
        sentence_reading.pooled(proba, 0, "confidence"), (0.7 * np.array(SIZE) + 0.6 * np.array(FAULT)) / 1.3
    )
    assert np.allclose(sentence_reading.pooled(proba, 0, "most_sure"), SIZE)
    assert sentence_reading.pooled(np.array([GREETING, GREETING]), 0, "mean") is None


def test_texts_of_one_sentence_or_no_voter_keep_their_whole_reading() -> None:
    whole = np.array([[0.2, 0.2, 0.6], [0.3, 0.3, 0.4], [0.5, 0.4, 0.1]])
    flat = np.array([GREETING, GREETING, SIZE, SIZE])  # text 1: two greetings; text 2: two size sentences
    pools = sentence_reading.pooled_rows(whole, flat, [1, 2, 2], 0, "mean")
    assert np.allclose(pools, [whole[0], whole[1], SIZE])


def test_the_splitter_breaks_at_a_turn_to_the_complaint_and_drops_short_parts() -> None:
    text = "Lovely colour and soft. Thanks! It looked great but the seam split after one wash"
    assert sentence_reading.sentences(text) == [
        "Lovely colour and soft.",
        "It looked great",
        "the seam split after one wash",
    ]


def test_an_unknown_set_is_refused_by_name(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr("sys.argv", ["sentence_reading.py", "--sets", "calibration,blnd"])
    with pytest.raises(SystemExit) as exit_info:
        sentence_reading.main()
    assert exit_info.value.code == 2
    assert "--sets: unknown blnd" in capsys.readouterr().err
