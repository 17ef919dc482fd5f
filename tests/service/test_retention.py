"""Retention (issue 16, defect 5): personal data older than `retention_days` goes, what the features
and retraining need stays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from serving.db import HISTORY_TABLES, feedback, predictions, redecisions, risk_list_entries, triage_claims
from serving.stores.feedback import FeedbackRecord, FeedbackStore, IdempotencyKey
from serving.stores.predictions import PredictionLog
from serving.stores.redecisions import RedecisionStore
from serving.stores.retention import PURGED, purge
from serving.stores.risk_lists import RiskListStore

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
        "feedback_notes_cleared": 0,
        "list_notes_cleared": 0,
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
    assert set(purge(engine, 730, now=NOW).values()) == {0}


def test_purge_clears_agents_notes_that_may_name_the_customer(engine: Engine) -> None:
    # An agent's note ("Eve Martin called, parcel lost") was kept for good: purge cleared edited replies only.
    store = FeedbackStore(engine)
    store.add(FeedbackRecord("R-old", "a", True, final_decision="refund", note="Eve Martin called"))
    store.add(FeedbackRecord("R-old", "a", True, final_decision="refund", note="Eve Martin called", reply_status="x"))
    store.add(FeedbackRecord("R-new", "a", True, final_decision="refund", note="Bob called today"))
    lists = RiskListStore(engine, b"k")
    for customer in ("C-gone", "C-kept", "C-recent"):
        lists.add("block", "customer", customer, "a", note=f"{customer}: Eve Martin, 4 wardrobing returns")
    lists.remove("customer", "C-gone", "a", note="Eve Martin phoned, it was her daughter")
    lists.remove("customer", "C-recent", "a", note="Bob phoned")
    with engine.begin() as connection:
        connection.execute(
            feedback.update().where(feedback.c.return_id == "R-old").values(created_at=NOW - timedelta(days=800))
        )
        connection.execute(risk_list_entries.update().values(added_at=NOW - timedelta(days=900)))
        connection.execute(
            risk_list_entries.update()
            .where(risk_list_entries.c.removed_at.is_not(None))
            .values(removed_at=NOW - timedelta(days=800))
        )
        connection.execute(
            risk_list_entries.update()
            .where(risk_list_entries.c.removal_note == "Bob phoned")
            .values(removed_at=NOW - timedelta(days=10))
        )
    counts = purge(engine, 730, now=NOW)
    with engine.connect() as connection:
        notes = connection.execute(sa.select(feedback.c.return_id, feedback.c.note).order_by(feedback.c.id)).all()
        entries = connection.execute(
            sa.select(risk_list_entries.c.note, risk_list_entries.c.removal_note).order_by(risk_list_entries.c.id)
        ).all()
        decisions = connection.execute(sa.select(feedback.c.final_decision)).scalars().all()
    assert [tuple(row) for row in notes] == [("R-old", None), ("R-old", None), ("R-new", "Bob called today")]
    assert decisions == ["refund"] * 3
    # a removed entry's notes go after the retention period; one in force keeps the note saying why it is there
    assert [tuple(row) for row in entries] == [
        (None, None),
        ("C-kept: Eve Martin, 4 wardrobing returns", None),
        ("C-recent: Eve Martin, 4 wardrobing returns", "Bob phoned"),
    ]
    assert (counts["feedback_notes_cleared"], counts["list_notes_cleared"]) == (2, 1)


def test_feedback_idempotency_keys_go_when_a_retried_triage_would_no_longer_be_answered(engine: Engine) -> None:
    # the keys were kept for good, while a /triage retry is answered from the log only until purge deletes its row
    store = FeedbackStore(engine)
    for return_id in ("R-old", "R-new"):
        store.add_with_history(FeedbackRecord(return_id, "a", True), IdempotencyKey("k1", return_id))
    with engine.begin() as connection:
        aged = sa.text("UPDATE feedback_keys SET created_at = :old WHERE idempotency_key = 'R-old'")
        connection.execute(aged, {"old": NOW - timedelta(days=800)})
    purge(engine, 730, now=NOW)
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT idempotency_key FROM feedback_keys")).scalars().all() == ["R-new"]


def test_each_kind_purge_counts_has_its_words_in_one_place(engine: Engine) -> None:
    # `triage data purge` named the four kinds in its own table: a fifth count from purge was a KeyError there
    counts = purge(engine, 730, now=NOW)
    assert list(counts) == list(PURGED)
    assert all(len(words) == 3 and all(words) for words in PURGED.values())
