"""Retention (issue 16, defect 5): personal data older than `retention_days` goes, what the features
and retraining need stays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from serving.db import HISTORY_TABLES, feedback, predictions, redecisions, triage_claims
from serving.stores.feedback import FeedbackRecord, FeedbackStore
from serving.stores.predictions import PredictionLog
from serving.stores.redecisions import RedecisionStore
from serving.stores.retention import PURGED, purge

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_purge_removes_old_personal_data_only(engine: Engine) -> None:
    log = PredictionLog(engine, b"k")
    for return_id in ("R-old", "R-new"):
        with engine.begin() as connection:  # as a served batch logs a return: its claim, then its row
            log.claim({return_id: None}, connection)
            item = {"return_id": return_id, "reason_text": "call me"}
            log.record("q", "triage", [item], [{"model_versions": {}}], connection)
    FeedbackStore(engine).add(FeedbackRecord("R-old", "a", True, reply_status="edited", edited_reply="Hello Eve"))
    # a corrected reason's new draft was kept for good, past the log row it was made from; made today for a row
    # purged now, it goes with the row, not after its own retention period
    redecided = RedecisionStore(engine)
    for return_id in ("R-old", "R-new"):
        redecided.add(return_id, "too_large", "a", {"reply": {"body": "Hello {customer_name}, order 4411"}})
    returns = HISTORY_TABLES["returns"]
    with engine.begin() as connection:
        connection.execute(
            predictions.update().where(predictions.c.return_id == "R-old").values(created_at=NOW - timedelta(days=800))
        )
        connection.execute(
            triage_claims.update()
            .where(triage_claims.c.return_id == "R-old")
            .values(claimed_at=NOW - timedelta(days=800))
        )
        connection.execute(feedback.update().values(created_at=NOW - timedelta(days=800)))
        connection.execute(
            returns.insert(),
            [
                {
                    "return_id": "H-old",
                    "customer_id": "C1",
                    "request_ts": datetime(2024, 1, 1),
                    "reason_text": "mine",
                    "label": "too_small",
                },
                {
                    "return_id": "H-new",
                    "customer_id": "C1",
                    "request_ts": datetime(2026, 11, 1),
                    "reason_text": "new",
                    "label": "too_large",
                },
            ],
        )
    assert purge(engine, 730, now=NOW) == {
        "prediction_log_rows_deleted": 1,
        "redecisions_deleted": 1,
        "feedback_replies_cleared": 1,
        "return_texts_cleared": 1,
    }
    with engine.connect() as connection:
        assert [row.return_id for row in connection.execute(sa.select(predictions.c.return_id))] == ["R-new"]
        # A purged return's claim goes with its row: the return may be triaged again.
        assert connection.execute(sa.select(triage_claims.c.return_id)).scalars().all() == ["R-new"]
        assert connection.execute(sa.select(feedback.c.edited_reply)).scalar_one() is None
        assert connection.execute(sa.select(redecisions.c.return_id)).scalars().all() == ["R-new"]
        kept = dict(connection.execute(sa.select(returns.c.return_id, returns.c.reason_text)).all())
        labels = dict(connection.execute(sa.select(returns.c.return_id, returns.c.label)).all())
    assert kept == {"H-old": None, "H-new": "new"} and labels == {"H-old": "too_small", "H-new": "too_large"}
    assert purge(engine, 730, now=NOW) == dict.fromkeys(
        ("prediction_log_rows_deleted", "redecisions_deleted", "feedback_replies_cleared", "return_texts_cleared"), 0
    )


def test_each_kind_purge_counts_has_its_words_in_one_place(engine: Engine) -> None:
    # `triage data purge` named the four kinds in its own table: a fifth count from purge was a KeyError there
    counts = purge(engine, 730, now=NOW)
    assert list(counts) == list(PURGED)
    assert all(len(words) == 3 and all(words) for words in PURGED.values())
