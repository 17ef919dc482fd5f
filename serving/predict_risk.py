"""Batch risk scoring and policy decisions over a CSV of return requests (`triage predict risk`).

The CSV has the API's request fields (return_id, customer_id, order_id, sku, product_category,
price, currency, delivery_date, request_date, reason_text; optional reason_code, lang). Each row
gets the predicted reason, the calibrated abuse-risk score, its band and reason codes, and the
policy decision with the rules that fired (`decisions.assessments.assess_request_rows`). Customer history
comes from one place, `history_tables`: the service's history store when it holds data, else the
sample-data tables (the generated sample's only on a state not fitted on a shop's data).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pandas as pd

from decisions.assessments import ReasonModel, predict_reasons_in_batches
from decisions.reason_mismatch import ticked_codes
from features.dates import iso_moments
from features.schemas import TABLES
from features.store import StoreError
from features.tables import is_generated_sample, read_table
from serving.db import open_database
from serving.stores.history import HistoryStore
from serving.stores.risk_lists import LIST_KEY_FIELDS
from triage.registry import fitted_on_shop_data
from triage.settings import Settings


def latest_request(frame: pd.DataFrame) -> datetime:
    """The latest `request_date` of a CSV of requests (as read by `read_requests_csv`), in UTC: the history is read
    as of it. Each date in its own ISO 8601 form, as the reader checked it."""
    return iso_moments(frame["request_date"]).max().to_pydatetime()


class NoHistoryError(StoreError):
    """Neither the history store nor the sample data can give the customers' history; the message says why."""


def generated_sample_refused(settings: Settings) -> str | None:
    """Why the sample data may not stand in for a shop's customers' history on this state, or None when it may: it is
    the generated sample and a reason or risk champion was fitted on a shop's data, so its invented customers would be
    read as the shop's. Both `history_tables` and `triage up` (which loads it into an empty store) ask."""
    shops = [
        name for name in (settings.reason_model_name, settings.risk_model_name) if fitted_on_shop_data(settings, name)
    ]
    if not shops or not is_generated_sample(settings.sample_data_dir):
        return None
    return (
        f"the generated sample ({settings.sample_data_dir}) does not stand in on a shop's state ({' and '.join(shops)} "
        "fitted on a shop's data): its invented customers would be read as the shop's"
    )


def history_tables(settings: Settings, customer_ids: list[str], as_of: datetime) -> dict[str, pd.DataFrame]:
    """The customers' history known at `as_of`: from the history store when it holds returns, else
    from the sample-data tables (the one place batch scoring reads history from).

    Raises:
        NoHistoryError: the store holds no returns and the sample data cannot stand in: it is the generated sample and
            a champion of the state was fitted on a shop's data (its customers would be read with invented pasts), or
            it cannot be read (a state away from the repository: `read_table`'s bare ValueError ended `predict risk`
            and `monitor --current` in a traceback).
    """
    database_file = settings.state_dir / "triage.db"
    if settings.database_url is not None or database_file.is_file():
        store = HistoryStore(open_database(settings))
        if store.counts().get("returns", 0) > 0:
            return store.frames_for(customer_ids, as_of)
    refused = generated_sample_refused(settings)
    if refused is not None:
        raise NoHistoryError(
            f"no customer history: the history store holds no returns, and {refused}; load the shop's exports with "
            "`triage data load DIR`"
        )
    try:
        tables = {name: read_table(name, settings.sample_data_dir) for name in TABLES}
    except ValueError as error:
        raise NoHistoryError(
            f"no customer history: the history store holds no returns and the sample data cannot stand in ({error}); "
            "load the shop's exports with `triage data load DIR`"
        ) from None
    wanted = set(customer_ids)
    orders = tables["orders"][tables["orders"]["customer_id"].isin(wanted)]
    return {
        "customers": tables["customers"][tables["customers"]["customer_id"].isin(wanted)],
        "orders": orders,
        "line_items": tables["line_items"][tables["line_items"]["order_id"].isin(set(orders["order_id"]))],
        "returns": tables["returns"][tables["returns"]["customer_id"].isin(wanted)],
    }


def ticked_reasons(frame: pd.DataFrame) -> list[str | None]:
    """Each row's reason ticked in the shop's form (a missing column or an empty cell: None)."""
    if "reason_code" not in frame.columns:
        return [None] * len(frame)
    return ticked_codes(frame["reason_code"])


def list_keys(frame: pd.DataFrame) -> list[dict[str, str | None]]:
    """What list entries can match in each row of a CSV of requests, by kind, as
    `serving.stores.risk_lists.request_list_keys` gives it for an API request (a missing column or an
    empty cell: None)."""
    columns = {
        kind: frame[field].tolist() if field in frame.columns else [None] * len(frame)
        for kind, field in LIST_KEY_FIELDS.items()
    }
    return [
        {kind: None if pd.isna(value) or str(value).strip() == "" else str(value) for kind, value in row.items()}
        for row in (dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True))
    ]


def predict_reasons_for_requests(
    model: ReasonModel, frame: pd.DataFrame, batch_size: int, on_batch: Callable[[int], None] | None = None
) -> list[Any]:
    """The champion reason classifier's predictions for every row's `reason_text` (blank `lang`: detected), with
    the row's ticked `reason_code` for the ticked-vs-written check."""
    langs = frame["lang"].replace("", None).tolist() if "lang" in frame.columns else None
    return predict_reasons_in_batches(
        model, frame["reason_text"].tolist(), langs, batch_size, on_batch, picked=ticked_reasons(frame)
    )
