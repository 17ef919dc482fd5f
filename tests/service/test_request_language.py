"""A request without `lang` has its language detected once (`ModelSide._read`): the reason model routes by it (its
English encoder reads English texts only) and the reply is drafted in it. The answers are the ones given when the reason
model and the result builder each detected it on their own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import sqlalchemy as sa

import features.language
import serving.results
from serving.api import EXAMPLE_EN, ReturnRequest
from serving.db import create_db_engine, migrate, predictions
from serving.model_side import ModelSide
from serving.results import ResultBuilder, reason_parts
from tests.code.test_reason_encoder import reviewed_with_english_reader
from tests.service.conftest import register_tiny_reason_champion
from tests.service.test_triage_assembly import FakeChampion, GrammarDrafter
from triage.settings import REPO_ROOT, Settings

MODEL_NAME = "english-reading-reasons"


def _requests(count: int) -> list[ReturnRequest]:
    """`count` requests over the hand-written corpus in both languages (some shouted in capitals), a third of them
    saying their language."""
    corpus = pd.concat(pd.read_csv(path) for path in sorted((REPO_ROOT / "data" / "corpus").glob("*/*.csv")))
    rows = corpus.groupby("lang").head(count // 2).itertuples()
    requests = []
    for number, row in zip(range(count), rows, strict=False):
        text = row.text.upper() if number % 7 == 0 else row.text
        requests.append(
            ReturnRequest(
                **EXAMPLE_EN
                | {"return_id": f"R-lang-{number}", "reason_text": text, "lang": row.lang if number % 3 == 0 else None}
            )
        )
    return requests


def _counted(calls: list[str], detect: Callable[[str], str]) -> Callable[[str], str]:
    def counting(text: str) -> str:
        calls.append(text)
        return detect(text)

    return counting


def _served(tmp_path: Path) -> tuple[ModelSide, sa.Engine, Settings]:
    """A model side over a reason champion with an English encoder, its log's engine and its settings."""
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    model = reviewed_with_english_reader("defective")
    assert model.english_encoder_ is not None  # English texts are routed to it: the language changes the reason
    register_tiny_reason_champion(uri, tmp_path / "mlruns", MODEL_NAME, model=model)
    engine = create_db_engine(f"sqlite:///{tmp_path / 'triage.db'}")
    migrate(engine)
    settings = Settings(
        state_dir=tmp_path, database_url=str(engine.url), mlflow_tracking_uri=uri, reason_model_name=MODEL_NAME
    )
    return ModelSide(settings), engine, settings


def test_a_requests_language_is_detected_once_and_the_answers_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    side, engine, settings = _served(tmp_path)
    try:
        missing = {part: why for part, why in side.components.missing.items() if part != "reply"}
        drafting = replace(side.components, drafter=FakeChampion(GrammarDrafter(), "replies", "2"), missing=missing)
        side.results = ResultBuilder(drafting, settings)
        requests = _requests(300)
        calls: list[str] = []
        counting = _counted(calls, features.language.detect_language)
        monkeypatch.setattr(features.language, "detect_language", counting)
        monkeypatch.setattr(serving.results, "detect_language", counting)

        # as the service answered when the reason model and the result builder each detected the language
        texts, langs = [r.reason_text for r in requests], [r.lang for r in requests]
        before = side.results.results(
            requests, reason_parts(side.components.reasons.model.predict_reasons(texts, langs))
        )
        unsaid = sum(request.lang is None for request in requests)
        assert len(calls) == 2 * unsaid
        calls.clear()
        after = side.triage_batch(requests)
        assert len(calls) == unsaid
        assert [result.model_dump() for result in after] == [result.model_dump() for result in before]
        # both languages are answered, and a text read in the other language would be answered otherwise
        assert {result.reply.lang for result in after} == {"en", "fr"}
        as_french = reason_parts(side.components.reasons.model.predict_reasons(texts, ["fr"] * len(texts)))
        moved = {result.reply.lang for result, french in zip(after, as_french, strict=True) if result.reason != french}
        assert moved == {"en"}
        # the log keeps each request as it came: the detected language is not written into it
        with engine.connect() as connection:
            logged = connection.execute(sa.select(predictions.c.request)).scalars().all()
        assert sum(request.get("lang") is None for request in logged) == unsaid
    finally:
        side.database.dispose()
        engine.dispose()


def test_a_ticked_reason_the_blend_is_sure_against_has_the_english_encoder_read(tmp_path: Path) -> None:
    side, engine, _ = _served(tmp_path)
    try:
        model = side.components.reasons.model
        text = "stopped working after a day"
        (alone,) = model.predict_reasons([text], ["en"])
        assert not model._undecided(np.array([[probability for _, probability in alone.top3]]))
        ticked = next(code for code in ("too_small", "defective") if code != alone.reason)
        reader = model.english_encoder_
        reader.read_ = []
        side.smoke_batch([ReturnRequest(**EXAMPLE_EN | {"reason_text": text, "lang": "en", "reason_code": None})])
        assert reader.read_ == []  # nothing ticked: the blend is sure, the English encoder is not asked
        side.smoke_batch([ReturnRequest(**EXAMPLE_EN | {"reason_text": text, "lang": "en", "reason_code": ticked})])
        assert reader.read_ == [text]
    finally:
        side.database.dispose()
        engine.dispose()
