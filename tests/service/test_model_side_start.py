"""A worker's model side is ready when it says so: what its first triage used to build is built at start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy.engine import Engine

from features import pattern_words
from models.reason_classifier import ReasonClassifier
from models.reason_review import ReviewedReasonModel
from serving.api import EXAMPLE_EN, EXAMPLE_FR, ReturnRequest, example_now
from serving.model_side import ModelSide
from tests.service.test_redecision import _settings


def _started(
    engine: Engine, registry: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warm_up: bool
) -> tuple[ModelSide, list[Any]]:
    """A model side started afresh (no pattern table built in this process), and the reason models it warmed up."""
    pattern_words._table.cache_clear()
    warmed: list[Any] = []
    monkeypatch.setattr(ReasonClassifier, "warm_up", lambda model: warmed.append(model), raising=False)
    settings = _settings(engine, registry, tmp_path).model_copy(update={"serve_warm_up": warm_up})
    return ModelSide(settings), warmed


def test_the_first_triage_after_start_builds_no_pattern_table(
    engine: Engine, tiny_reason_registry: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the reading's pattern tables were built on the worker's first triage: its first client waited for them, on a
    # worker that had said it was ready
    side, warmed = _started(engine, tiny_reason_registry, tmp_path, monkeypatch, warm_up=True)
    try:
        built_at_start = pattern_words._table.cache_info()
        assert built_at_start.currsize > 0
        assert warmed == [side.components.reasons.model]  # and what the reason model builds late
        first = [
            ReturnRequest(**example_now(example) | {"return_id": f"R-first-{number}", "customer_id": "C000999"})
            for number, example in enumerate((EXAMPLE_EN, EXAMPLE_FR))
        ]
        [english, french] = side.triage_batch(first)
        assert english.reason is not None and french.reason is not None
        assert pattern_words._table.cache_info().misses == built_at_start.misses
    finally:
        side.database.dispose()


class _EnglishEncoder:
    """Records the texts it reads."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        self.read += texts
        return np.zeros((len(texts), 1))


def test_the_reason_model_builds_its_english_encoder_when_warmed_up() -> None:
    # built on the first English text whose reason it could change: a served worker's first such client waited for
    # its imports and weights, most of a first triage
    model = ReviewedReasonModel()
    model.confidence_model_ = object()  # fitted, as far as warming up reads
    model.english_encoder_ = _EnglishEncoder()
    model.warm_up()
    assert model.english_encoder_.read == ["warm-up"]
    model.english_encoder_ = None  # a model without one has nothing to build
    model.warm_up()


def test_a_worker_told_not_to_warm_up_builds_nothing_at_start(
    engine: Engine, tiny_reason_registry: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # test servers and development loops start more often than they triage (TRIAGE_SERVE_WARM_UP=false)
    side, warmed = _started(engine, tiny_reason_registry, tmp_path, monkeypatch, warm_up=False)
    side.database.dispose()
    assert pattern_words._table.cache_info().currsize == 0 and warmed == []
