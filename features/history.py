"""Point-in-time customer history features for the abuse-risk model and the return policy.

Every feature of a return request is computed **as of its `request_ts`**: only events strictly
before that moment count, so training rows never see the future and a live request sees exactly
what training saw. One function, `risk_features`, serves a batch of 20k training rows and a single
live request (with that customer's history frames); window counts are vectorised with
`numpy.searchsorted` over (customer, time) keys rather than per-row loops.

Confirmation delay: a return's `confirmed_abuse` flag is only known after the warehouse inspects
the parcel and an agent reviews it. We assume that happens `ABUSE_CONFIRMATION_DELAY` (7 days)
after the return was requested, so earlier abuse counts only when `request_ts + 7 days < T`.

Protected attributes (name, country, language) are never features; the customer table is used only
for the account creation date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from features.taxonomy import REASONS

ABUSE_CONFIRMATION_DELAY = timedelta(days=7)
RETURN_WINDOWS_DAYS: tuple[int, ...] = (30, 90, 365)
# A request this many days after delivery is "late in the window" (wardrobing: worn, then returned).
LATE_REQUEST_DAYS = 20
_SHOP_FAULT_CODES = [reason.code for reason in REASONS if reason.shop_fault]
_FAMILY_OF = {reason.code: reason.family.value for reason in REASONS}

NUMERIC_FEATURES: tuple[str, ...] = (
    "returns_last_30d",
    "returns_last_90d",
    "returns_last_365d",
    "items_bought_last_365d",
    "return_rate_365d",
    "free_returns_used",
    "confirmed_abuse_count",
    "shop_fault_claims_365d",
    "late_requests_365d",
    "account_age_days",
    "order_value",
    "item_price",
    "discount",
    "days_delivery_to_request",
    "order_items",
    "same_product_sizes_in_order",
    "order_share_returned",
    "reason_confidence",
    "form_reason_contradicts",
)
CATEGORICAL_FEATURES: tuple[str, ...] = ("product_category", "reason_family")
FEATURE_COLUMNS: tuple[str, ...] = NUMERIC_FEATURES + CATEGORICAL_FEATURES
REQUEST_COLUMNS: tuple[str, ...] = (
    "customer_id",
    "order_id",
    "request_ts",
    "delivery_ts",
    "product_category",
    "price",
    "discount",
)


class HistorySummary(BaseModel):
    """What the policy and the risk model need to know about a customer's past, as of one request.

    Computed from the history tables, or supplied by the caller (`customer_history` in a request),
    in which case the supplied summary takes precedence.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    returns_last_30d: int = Field(default=0, ge=0)
    returns_last_90d: int = Field(default=0, ge=0)
    returns_last_365d: int = Field(default=0, ge=0)
    free_returns_used: int = Field(default=0, ge=0, description="Free returns used in the policy's quota window.")
    confirmed_abuse_count: int = Field(default=0, ge=0, description="Abuse confirmed before the request.")
    account_age_days: float | None = Field(default=None, ge=0)


def _seconds(ts: pd.Series) -> np.ndarray:
    moments = pd.to_datetime(pd.Series(ts))
    if moments.dt.tz is not None:
        moments = moments.dt.tz_convert("UTC").dt.tz_localize(None)
    return moments.to_numpy(dtype="datetime64[s]").astype(np.int64)


def count_before(
    keys: pd.Series,
    at: pd.Series,
    event_keys: pd.Series,
    event_at: pd.Series,
    window: timedelta | None = None,
    weights: pd.Series | None = None,
) -> np.ndarray:
    """For each (key, moment), count (or sum `weights` of) events with the same key in [moment - window, moment).

    Strictly before the moment: an event at the same instant as the request is not yet history.
    Keys and times are packed into one sortable int64 so a single `searchsorted` answers every row.
    """
    codes, _ = pd.factorize(pd.concat([keys, event_keys], ignore_index=True).astype("string"))
    request_codes, event_codes = codes[: len(keys)], codes[len(keys) :]
    stride = np.int64(10**10)  # > any epoch second we will meet, so (key, time) packs without overlap
    event_packed = event_codes.astype(np.int64) * stride + _seconds(event_at)
    order = np.argsort(event_packed, kind="stable")
    event_packed = event_packed[order]
    cumulative = np.concatenate(
        [[0.0], np.cumsum(np.ones(len(order)) if weights is None else weights.to_numpy(dtype=float)[order])]
    )
    request_base = request_codes.astype(np.int64) * stride
    moment = _seconds(at)
    upper = np.searchsorted(event_packed, request_base + moment, side="left")
    start = moment - int(window.total_seconds()) if window is not None else np.zeros_like(moment)
    lower = np.searchsorted(event_packed, request_base + np.maximum(start, 0), side="left")
    return cumulative[upper] - cumulative[lower]


def requests_from_returns(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The return requests of the history tables as request rows (the same shape a live request has)."""
    returns = tables["returns"]
    items = tables["line_items"][["line_item_id", "product_id", "product_category", "price", "discount"]]
    orders = tables["orders"][["order_id", "delivery_ts", "currency"]]
    frame = returns.merge(items, on="line_item_id", how="left").merge(orders, on="order_id", how="left")
    return frame.set_index(returns.index)


def requests_from_export(frame: pd.DataFrame, line_items: pd.DataFrame) -> pd.DataFrame:
    """Return requests in the API/CSV shape (`order_id`, `sku`, `price`, `delivery_date`, `request_date`,
    optional `reason_code`) as `risk_features` request rows.

    Price, discount and product id come from the order's line item when the history has it (as in
    training); otherwise the request's price is taken as paid, with no discount. Timestamps become
    naive UTC like the history tables.
    """
    known = line_items[["order_id", "sku", "product_id", "price", "discount"]].drop_duplicates(["order_id", "sku"])
    merged = frame[["order_id", "sku"]].merge(known, on=["order_id", "sku"], how="left")
    found = merged["price"].notna().to_numpy()
    given = frame["price"].astype(float).to_numpy()
    requests = frame.copy()
    for column, name in (("request_ts", "request_date"), ("delivery_ts", "delivery_date")):
        moments = pd.to_datetime(frame[name], utc=True)
        requests[column] = moments.dt.tz_localize(None)
    requests["price"] = np.where(found, merged["price"].to_numpy(dtype=float), given)
    requests["discount"] = np.where(found, merged["discount"].to_numpy(dtype=float), 0.0)
    requests["product_id"] = merged["product_id"].to_numpy()
    requests["form_reason_code"] = frame.get("reason_code")
    return requests


def risk_features(
    requests: pd.DataFrame,
    tables: dict[str, pd.DataFrame],
    free_return_categories: Sequence[str],
    free_return_window_days: int,
) -> pd.DataFrame:
    """Risk features of each request, as of its `request_ts`, from the history tables.

    Args:
        requests: one row per return request with `REQUEST_COLUMNS`, optionally `product_id`,
            `form_reason_code`, `reason_family` and `reason_confidence` (the reason classifier's output).
        tables: `customers`, `orders`, `line_items`, `returns` frames (columns as in features/schemas.py);
            for a live request, just that customer's rows. Events after a request's moment are ignored.
        free_return_categories, free_return_window_days: the policy's free-return rule, used to count
            the free returns a customer already used (shop-fault returns do not use the quota).

    Returns:
        A frame indexed like `requests` with `FEATURE_COLUMNS` (NaN where a fact is unknown).
    """
    missing = [column for column in REQUEST_COLUMNS if column not in requests.columns]
    if missing:
        raise ValueError(f"return requests lack columns: {', '.join(missing)}")
    customers, orders, items, past = (tables[name] for name in ("customers", "orders", "line_items", "returns"))
    at = pd.to_datetime(requests["request_ts"])
    who = requests["customer_id"]
    out = pd.DataFrame(index=requests.index)

    for days in RETURN_WINDOWS_DAYS:
        out[f"returns_last_{days}d"] = count_before(
            who, at, past["customer_id"], past["request_ts"], timedelta(days=days)
        )
    bought = items[["order_id"]].merge(orders[["order_id", "customer_id", "order_ts"]], on="order_id", how="inner")
    out["items_bought_last_365d"] = count_before(
        who, at, bought["customer_id"], bought["order_ts"], timedelta(days=365)
    )
    out["return_rate_365d"] = out["returns_last_365d"] / out["items_bought_last_365d"].clip(lower=1)

    past_items = (
        past[["customer_id", "order_id", "request_ts", "line_item_id", "label"]]
        .merge(items[["line_item_id", "product_category"]], on="line_item_id", how="left")
        .merge(orders[["order_id", "delivery_ts"]], on="order_id", how="left")
    )
    shop_fault = past_items["label"].isin(_SHOP_FAULT_CODES)
    used_quota = past_items["product_category"].isin(list(free_return_categories)) & ~shop_fault
    out["free_returns_used"] = count_before(
        who,
        at,
        past_items["customer_id"],
        past_items["request_ts"],
        timedelta(days=free_return_window_days),
        weights=used_quota.astype(float),
    )
    # Behaviour over the past year: claiming the shop was at fault, returning late in the window.
    delay = pd.to_datetime(past_items["request_ts"]) - pd.to_datetime(past_items["delivery_ts"])
    late = delay >= timedelta(days=LATE_REQUEST_DAYS)
    for name, flags in (("shop_fault_claims_365d", shop_fault), ("late_requests_365d", late)):
        out[name] = count_before(
            who,
            at,
            past_items["customer_id"],
            past_items["request_ts"],
            timedelta(days=365),
            weights=flags.astype(float),
        )
    abuse = past[past["confirmed_abuse"].astype(bool)]
    out["confirmed_abuse_count"] = count_before(
        who, at, abuse["customer_id"], pd.to_datetime(abuse["request_ts"]) + ABUSE_CONFIRMATION_DELAY
    )

    created = requests[["customer_id"]].merge(customers[["customer_id", "created_at"]], on="customer_id", how="left")
    out["account_age_days"] = ((at - pd.to_datetime(created["created_at"]).to_numpy()).dt.total_seconds() / 86400).clip(
        lower=0
    )

    item_price = requests["price"].astype(float) * (1 - requests["discount"].astype(float).fillna(0))
    out["item_price"] = item_price
    out["discount"] = requests["discount"].astype(float)
    out["days_delivery_to_request"] = (at - pd.to_datetime(requests["delivery_ts"])).dt.total_seconds() / 86400

    order_lines = items.assign(paid=items["price"] * (1 - items["discount"]))
    per_order = order_lines.groupby("order_id").agg(order_value=("paid", "sum"), order_items=("line_item_id", "size"))
    joined = requests[["order_id"]].join(per_order, on="order_id")
    # A live order not yet in the history store: value is at least this item, size unknown.
    out["order_value"] = joined["order_value"].fillna(item_price).to_numpy()
    out["order_items"] = joined["order_items"].to_numpy()
    if "product_id" in requests.columns:
        sizes = order_lines.groupby(["order_id", "product_id"])["sku"].nunique().rename("sizes")
        out["same_product_sizes_in_order"] = (
            requests[["order_id", "product_id"]].join(sizes, on=["order_id", "product_id"])["sizes"].to_numpy()
        )
    else:
        out["same_product_sizes_in_order"] = np.nan
    earlier_on_order = count_before(requests["order_id"], at, past["order_id"], past["request_ts"])
    out["order_share_returned"] = (earlier_on_order + 1) / out["order_items"]

    out["reason_confidence"] = requests.get("reason_confidence", pd.Series(np.nan, index=requests.index)).astype(float)
    family = requests.get("reason_family", pd.Series(pd.NA, index=requests.index, dtype="string")).astype("string")
    out["reason_family"] = family.fillna("unknown")
    form_family = requests.get("form_reason_code", pd.Series(pd.NA, index=requests.index)).map(_FAMILY_OF)
    # No form reason, nothing to contradict: 0, so the model never meets an all-missing column.
    contradicts = form_family.notna() & family.notna() & (form_family.astype("string") != family)
    out["form_reason_contradicts"] = contradicts.fillna(False).astype(float)
    out["product_category"] = requests["product_category"].astype("string").to_numpy()
    return out[list(FEATURE_COLUMNS)]


def apply_history_overrides(features: pd.DataFrame, summaries: Sequence[HistorySummary | None]) -> pd.DataFrame:
    """Replace computed history features with caller-supplied summaries (a request's own summary wins)."""
    result = features.copy()
    for position, summary in enumerate(summaries):
        if summary is None:
            continue
        for name, value in summary.model_dump(exclude_none=True).items():
            result.iloc[position, result.columns.get_loc(name)] = value
    return result


def history_summary(row: pd.Series) -> HistorySummary:
    """The policy's view of one feature row."""
    age = row.get("account_age_days")
    return HistorySummary(
        returns_last_30d=int(row["returns_last_30d"]),
        returns_last_90d=int(row["returns_last_90d"]),
        returns_last_365d=int(row["returns_last_365d"]),
        free_returns_used=int(row["free_returns_used"]),
        confirmed_abuse_count=int(row["confirmed_abuse_count"]),
        account_age_days=None if pd.isna(age) else float(age),
    )
