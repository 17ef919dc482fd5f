"""The current window monitoring looks at: logged triage requests, or a CSV of requests.

The serving database is read with `features.store` (no code of the service): the prediction log,
agents' feedback and the customer history tables are the contract between them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.engine import Engine

from decisions.assessments import ReasonModel, assess_request_rows
from decisions.policy import ListHit, Policy
from decisions.reason_mismatch import ticked_codes
from features.csv_input import BatchInputError, read_requests_csv
from features.history import REQUEST_COLUMNS, requests_from_export
from features.language import resolve_languages
from features.profile import prediction_columns, request_profile
from features.store import StoreError, answer_part
from features.tables import Bounds
from features.text import counted


class WindowError(StoreError):
    """The current window cannot be built; the message says why in plain words."""


@dataclass(frozen=True)
class Window:
    """The requests of the current window: their profile (plus predictions when logged), texts and return ids.

    `answers`: a file's answers given afresh (`reason`, `risk_band` by return_id), which agents' feedback did not
    judge; None for the prediction log, whose logged answers it did.
    """

    profile: pd.DataFrame
    texts: list[str]
    return_ids: list[str]
    source: str
    answers: pd.DataFrame | None = None


def _or_nan(value: float | None) -> float:
    return np.nan if value is None else float(value)


def requests_of(frame: pd.DataFrame, history: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Request rows (`REQUEST_COLUMNS`, reason_text, lang) from API-field requests.

    The prediction log keeps customer ids only as pseudonyms; a logged return is found in the
    history store (which the service fills with every triaged return) to count its customer's past.
    """
    requests = requests_from_export(frame, history["line_items"]).reset_index(drop=True)
    stored = history["returns"].set_index("return_id")["customer_id"]
    known = requests["return_id"].map(stored)
    requests["customer_id"] = known.where(known.notna(), requests["customer_id"])
    given = [None if pd.isna(lang) or lang == "" else str(lang) for lang in frame.get("lang", [None] * len(frame))]
    requests["lang"] = resolve_languages(requests["reason_text"].astype(str).tolist(), given)
    missing = [column for column in REQUEST_COLUMNS if column not in requests]
    if missing:
        raise WindowError(f"requests lack {', '.join(missing)}")
    return requests


def logged_window(engine: Engine, logged: pd.DataFrame, history: dict[str, pd.DataFrame], source: str) -> Window:
    """The window of logged rows: request profile plus what the service answered."""
    fields = pd.DataFrame(list(logged["request"]))
    responses = list(logged["response"])
    requests = requests_of(fields, history)
    # A part the service did not answer is missing, not a category of its own: a window none of whose requests got
    # a decision is a skipped check saying so, not a drifted decision mix that retraining cannot mend.
    profile = request_profile(requests, history).assign(
        **prediction_columns(
            reasons=[answer_part(r, "reason", "code") for r in responses],
            confidences=[_or_nan(answer_part(r, "reason", "confidence")) for r in responses],
            needs_review=[answer_part(r, "reason", "needs_review") for r in responses],
            risk_scores=[_or_nan(answer_part(r, "risk", "score")) for r in responses],
            decisions=[answer_part(r, "decision", "code") for r in responses],
        )
    )
    return Window(profile, requests["reason_text"].astype(str).tolist(), requests["return_id"].tolist(), source)


def enough_requests(count: int, min_rows: int, source: str) -> None:
    """Refuse a window of fewer than `min_rows` requests: too few for a meaningful comparison.

    Raises:
        WindowError: naming the window and both counts.
    """
    if count < min_rows:
        raise WindowError(
            f"the current window ({source}) holds {counted(count, 'request')}; at least {min_rows:,} are needed for a "
            "meaningful comparison"
        )


def read_window_csv(path: Path, min_rows: int, bounds: Bounds | None = None) -> pd.DataFrame:
    """A CSV of requests in the API's fields (prices and dates within the shop's `bounds`), checked whole before any
    model answers a row: every value, and at least `min_rows` requests (a file too small was refused only after
    each of its rows had been scored).

    Raises:
        WindowError: the first bad value, by column and row, or too few requests.
    """
    try:
        frame = read_requests_csv(path, bounds)
    except BatchInputError as error:
        raise WindowError(str(error)) from None
    enough_requests(len(frame), min_rows, str(path))
    return frame


def csv_window(
    frame: pd.DataFrame,
    source: str,
    history: dict[str, pd.DataFrame],
    reason_model: ReasonModel,
    policy: Policy,
    risk_model: Any = None,
    list_hits: Callable[[pd.DataFrame], Sequence[tuple[ListHit, ...]]] | None = None,
) -> Window:
    """The window of a file of requests (`read_window_csv`), answered as the service answers them, so that it is
    compared on the same checks as logged traffic.

    The reason champion reads each text with the reason ticked in its form; the risk champion (None when none
    serves: then no risk score, as the service answers) and the policy decide each return through the decisions
    layer's assembler (`decisions.assessments.assess_request_rows`, as `triage predict risk` does), with the shop's
    list entries each row matches (`list_hits` looks them up for the rows read; none when not given).
    """
    requests = requests_of(frame, history)
    texts = requests["reason_text"].astype(str).tolist()
    ticked = ticked_codes(requests["form_reason_code"])
    predictions = list(reason_model.predict_reasons(texts, requests["lang"].tolist(), ticked))
    assessed = assess_request_rows(
        frame, predictions, history, risk_model, policy, list_hits(frame) if list_hits is not None else None
    )
    profile = request_profile(requests, history).assign(
        **prediction_columns(
            reasons=[p.reason for p in predictions],
            confidences=[p.confidence for p in predictions],
            needs_review=[p.needs_review for p in predictions],
            risk_scores=[_or_nan(score) for score in assessed["risk_score"]],
            decisions=assessed["decision"].tolist(),
        )
    )
    return_ids = requests["return_id"].tolist()
    answers = pd.DataFrame(
        {"reason": [p.reason for p in predictions], "risk_band": assessed["risk_band"].to_numpy()}, index=return_ids
    )
    return Window(profile, texts, return_ids, source, answers)
