"""The served history step of a batch: each request's stored line item, the customer's first name and
the point-in-time risk features, read from the history store in one pass."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from decisions.policy import Policy
from features.dates import naive_utc
from features.history import apply_history_overrides, risk_features
from serving.api import ReasonPart, ReturnRequest
from serving.stores.history import SERVED_COLUMNS, HistoryStore

# The request rows' non-object columns (what pandas would infer from the values).
_REQUEST_DTYPES = {
    "request_ts": np.dtype("datetime64[ns]"),
    "delivery_ts": np.dtype("datetime64[ns]"),
    "price": np.dtype(np.float64),
    "discount": np.dtype(np.float64),
}


@dataclass(frozen=True)
class OrderedItem:
    """What the history store knows about the returned line item (None fields when unknown)."""

    price: float | None = None
    discount: float | None = None
    product_id: str | None = None
    product_name: str | None = None


@dataclass(frozen=True)
class ServedHistory:
    """What the history store says about a batch, one entry (or feature row) per request."""

    items: list[OrderedItem]
    first_names: list[str | None]
    features: pd.DataFrame


def ordered_items(requests: Sequence[ReturnRequest], line_items: pd.DataFrame | Mapping[str, Any]) -> list[OrderedItem]:
    """The stored line item of each request's (order, sku), or an empty `OrderedItem`.

    `line_items` is a frame or its columns (`HistoryStore.columns_for`). Only the (order, sku) keys
    are scanned, in plain arrays: pandas' row tuples cost more than the rest of a small batch's lookups.
    """
    wanted = {(request.order_id, request.sku) for request in requests}
    keys = zip(np.asarray(line_items["order_id"]), np.asarray(line_items["sku"]), strict=True)
    stored = {key: row for row, key in enumerate(keys) if key in wanted}
    prices, discounts, products, names = (
        np.asarray(line_items[column]) for column in ("price", "discount", "product_id", "product_name")
    )
    items = []
    for request in requests:
        row = stored.get((request.order_id, request.sku))
        if row is None:
            items.append(OrderedItem())
            continue
        items.append(OrderedItem(float(prices[row]), float(discounts[row]), products[row], names[row]))
    return items


def request_columns(
    requests: Sequence[ReturnRequest], reasons: Sequence[ReasonPart], items: Sequence[OrderedItem]
) -> dict[str, np.ndarray]:
    """Requests as the columns (name -> array) `features.history.risk_features` expects.

    Price, discount and product id come from the stored line item when there is one (as in
    training); otherwise the request's price is taken as paid, with no discount. Columns with given
    dtypes rather than a frame: pandas' inference over row dicts, and then a new frame's first read
    of each column, cost more than the features of a small batch.
    """
    if not len(requests) == len(reasons) == len(items):
        raise ValueError(f"{len(requests)} requests, {len(reasons)} reasons and {len(items)} line items")
    columns: dict[str, tuple[Any, ...]] = {
        "customer_id": tuple(request.customer_id for request in requests),
        "order_id": tuple(request.order_id for request in requests),
        "request_ts": tuple(naive_utc(request.request_date) for request in requests),
        "delivery_ts": tuple(naive_utc(request.delivery_date) for request in requests),
        "product_category": tuple(str(request.product_category) for request in requests),
        "price": tuple(
            item.price if item.price is not None else request.price
            for request, item in zip(requests, items, strict=True)
        ),
        "discount": tuple(item.discount if item.discount is not None else 0.0 for item in items),
        "product_id": tuple(item.product_id for item in items),
        "form_reason_code": tuple(request.ticked_reason for request in requests),
        "reason_family": tuple(reason.family for reason in reasons),
    }
    return {name: np.array(values, dtype=_REQUEST_DTYPES.get(name, object)) for name, values in columns.items()}


def served_history(
    store: HistoryStore, requests: Sequence[ReturnRequest], reasons: Sequence[ReasonPart], policy: Policy
) -> ServedHistory:
    """Stored line items, first names and point-in-time history features of a batch; a request's
    own `customer_history` overrides what the store says."""
    as_of = max(request.request_date for request in requests)
    tables = store.columns_for([request.customer_id for request in requests], as_of, columns=SERVED_COLUMNS)
    items = ordered_items(requests, tables["line_items"])
    ids, names = (np.asarray(tables["customers"][column]).tolist() for column in ("customer_id", "first_name"))
    stored_names = dict(zip(ids, names, strict=True))
    features = risk_features(request_columns(requests, reasons, items), tables, policy.quota_rule())
    return ServedHistory(
        items=items,
        first_names=[request.customer_name or stored_names.get(request.customer_id) for request in requests],
        features=apply_history_overrides(features, [request.customer_history for request in requests]),
    )
