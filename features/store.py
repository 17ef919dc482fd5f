"""Reading the serving database without the service's code: the prediction log, agents' feedback
and the customer history tables, through the schema the database itself declares (SQLAlchemy
reflection). Monitoring and retraining read what the service wrote; the tables are the contract.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from features.schemas import TABLES


class StoreError(ValueError):
    """The database lacks what is asked of it; the message says what."""


def reflect(engine: Engine, name: str) -> sa.Table:
    """A table of the serving database, as the database defines it."""
    try:
        return sa.Table(name, sa.MetaData(), autoload_with=engine)
    except sa.exc.NoSuchTableError:
        raise StoreError(f"the database {engine.url!r} has no table {name!r}; has the service run on it?") from None


def read_history(engine: Engine) -> dict[str, pd.DataFrame]:
    """The customer history tables (customers, orders, line items, returns) with the schemas' dtypes."""
    tables = {}
    with engine.connect() as connection:
        for name, columns in TABLES.items():
            table = reflect(engine, name)
            frame = pd.DataFrame(
                connection.execute(sa.select(table)).mappings().all(), columns=[c.name for c in columns]
            )
            for column in columns:
                if column.dtype == "datetime64[ns]":
                    frame[column.name] = pd.to_datetime(frame[column.name])
                elif column.dtype == "float64":
                    frame[column.name] = frame[column.name].astype(float)
                elif column.dtype == "bool":
                    # pandas' nullable boolean: a triaged return's outcome not known yet (NULL) reads as False
                    frame[column.name] = frame[column.name].astype("boolean").fillna(False).astype(bool)
            tables[name] = frame
    return tables


def read_logged(
    engine: Engine, since: datetime | None = None, until: datetime | None = None, last: int | None = None
) -> pd.DataFrame:
    """Logged `/triage` rows (return_id, created_at, request, response), oldest first: those created in
    [since, until), or the newest `last` of them."""
    predictions = reflect(engine, "predictions")
    query = sa.select(
        predictions.c.return_id, predictions.c.created_at, predictions.c.request, predictions.c.response
    ).where(predictions.c.endpoint == "triage")
    if since is not None:
        query = query.where(predictions.c.created_at >= since)
    if until is not None:
        query = query.where(predictions.c.created_at < until)
    query = query.order_by(predictions.c.id.desc())
    if last is not None:
        query = query.limit(last)
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return pd.DataFrame(rows, columns=["return_id", "created_at", "request", "response"]).iloc[::-1]


def answer_part(response: dict[str, Any], part: str, field: str) -> Any:
    """A field of one part (reason, risk, decision, reply) of a logged answer; None when absent."""
    return (response.get(part) or {}).get(field)


FEEDBACK_COLUMNS: tuple[str, ...] = (
    "id",
    "return_id",
    "agent_id",
    "created_at",
    "reason_accepted",
    "corrected_reason",
    "reply_status",
    "inspection_outcome",
    "request",
    "response",
    "risk_band",
)


def read_feedback(engine: Engine, return_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Agents' latest feedback on each of these returns (all returns when None), joined to the request
    and the answer the service logged for it (`FEEDBACK_COLUMNS`); feedback on a return that was never
    triaged is left out."""
    feedback = reflect(engine, "feedback")
    predictions = reflect(engine, "predictions")
    notes_query = sa.select(feedback).order_by(feedback.c.id)
    answers_query = (
        sa.select(predictions.c.return_id, predictions.c.request, predictions.c.response)
        .where(predictions.c.endpoint == "triage")
        .order_by(predictions.c.id)
    )
    if return_ids is not None:
        wanted = sorted(set(return_ids))
        notes_query = notes_query.where(feedback.c.return_id.in_(wanted))
        answers_query = answers_query.where(predictions.c.return_id.in_(wanted))
    with engine.connect() as connection:
        notes = pd.DataFrame(
            connection.execute(notes_query).mappings().all(), columns=[column.name for column in feedback.columns]
        )
        answers = pd.DataFrame(
            connection.execute(answers_query).mappings().all(), columns=["return_id", "request", "response"]
        )
    if notes.empty or answers.empty:
        return pd.DataFrame(columns=list(FEEDBACK_COLUMNS))
    latest_note = notes.drop_duplicates("return_id", keep="last")
    latest_answer = answers.drop_duplicates("return_id", keep="last")
    joined = latest_note.merge(latest_answer, on="return_id")
    joined = joined.assign(risk_band=[answer_part(r, "risk", "band") for r in joined["response"]])
    return joined[list(FEEDBACK_COLUMNS)]
