"""The analytics' input tables, read from the serving database (history, prediction log, feedback)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from serving.db import HISTORY_TABLES, feedback, predictions

TRIAGE_ENDPOINT = "triage"


@dataclass(frozen=True)
class MonitorRun:
    """The newest monitoring summary found under the reports folder."""

    path: Path
    finished_at: datetime
    retrain_recommended: bool | None


@dataclass(frozen=True)
class AnalyticsInputs:
    sold: pd.DataFrame
    returns: pd.DataFrame
    log: pd.DataFrame
    outcomes: pd.DataFrame
    monitor: MonitorRun | None


def _frame(connection: sa.Connection, query: sa.Select) -> pd.DataFrame:
    result = connection.execute(query)
    return pd.DataFrame(result.all(), columns=list(result.keys()))


def load_inputs(engine: Engine, monitoring_dir: Path) -> AnalyticsInputs:
    """Every table the analytics need, read in one connection; the last monitoring run from
    `monitoring_dir` (`Settings.monitoring_reports_dir`)."""
    orders, lines, returns = HISTORY_TABLES["orders"], HISTORY_TABLES["line_items"], HISTORY_TABLES["returns"]
    sold_query = sa.select(lines.c.line_item_id, orders.c.order_ts, lines.c.product_category, lines.c.sku).join(
        orders, orders.c.order_id == lines.c.order_id
    )
    returns_query = sa.select(
        returns.c.return_id,
        returns.c.line_item_id,
        returns.c.request_ts,
        returns.c.label,
        returns.c.confirmed_abuse,
        returns.c.inspection_outcome,
        lines.c.product_category,
        lines.c.sku,
    ).outerjoin(lines, lines.c.line_item_id == returns.c.line_item_id)
    triages = predictions.c.endpoint == TRIAGE_ENDPOINT
    log_query = sa.select(
        predictions.c.return_id,
        predictions.c.created_at,
        predictions.c.decision_code,
        predictions.c.needs_review,
        predictions.c.request["currency"].as_string().label("currency"),
    ).where(triages)
    newest_feedback = sa.select(sa.func.max(feedback.c.id)).group_by(feedback.c.return_id)
    newest_triage = sa.select(sa.func.max(predictions.c.id)).where(triages).group_by(predictions.c.return_id)
    outcomes_query = (
        sa.select(
            feedback.c.return_id,
            feedback.c.reason_accepted,
            feedback.c.final_decision,
            predictions.c.decision_code.label("model_decision"),
            predictions.c.created_at.label("triaged_at"),
        )
        .join(predictions, predictions.c.return_id == feedback.c.return_id)
        .where(feedback.c.id.in_(newest_feedback), predictions.c.id.in_(newest_triage))
    )
    with engine.connect() as connection:
        frames = {
            name: _frame(connection, query)
            for name, query in (
                ("sold", sold_query),
                ("returns", returns_query),
                ("log", log_query),
                ("outcomes", outcomes_query),
            )
        }
    frames["returns"]["confirmed_abuse"] = frames["returns"]["confirmed_abuse"].fillna(False).astype(bool)
    return AnalyticsInputs(**frames, monitor=latest_monitor_run(monitoring_dir))


def latest_monitor_run(monitoring_dir: Path) -> MonitorRun | None:
    """The newest `<run>/summary.json` under `monitoring_dir`, if any (unreadable ones skipped)."""
    summaries = sorted(monitoring_dir.glob("*/summary.json"), key=lambda path: path.stat().st_mtime)
    for path in reversed(summaries):
        try:
            summary: dict[str, Any] = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        recommended = summary.get("retrain_recommended")
        return MonitorRun(
            path=path,
            finished_at=datetime.fromtimestamp(path.stat().st_mtime).astimezone(),
            retrain_recommended=recommended if isinstance(recommended, bool) else None,
        )
    return None
