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

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

import numpy as np
import pandas as pd
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from features.dates import iso_moments
from features.taxonomy import REASONS

ABUSE_CONFIRMATION_DELAY = timedelta(days=7)
RETURN_WINDOWS_DAYS: tuple[int, ...] = (30, 90, 365)
# A history's counts of returns by window -> the window's days, narrowest first: each window holds the one before it.
RETURN_COUNTS: dict[str, int] = {f"returns_last_{days}d": days for days in RETURN_WINDOWS_DAYS}
# Sanity bounds of a history summary a caller supplies: no customer returns a million items, and no
# account is older than a century (larger values overflow the features' integer arithmetic).
MAX_EVENTS = 1_000_000
MAX_ACCOUNT_AGE_DAYS = 36_525
# A request this many days after delivery is "late in the window" (wardrobing: worn, then returned).
LATE_REQUEST_DAYS = 20
# What a customer claims (the taxonomy's notion of the shop's fault), a risk input whatever the shop pays for.
_SHOP_FAULT_CLAIMS = [reason.code for reason in REASONS if reason.shop_fault]
_FAMILY_OF = {reason.code: reason.family.value for reason in REASONS}
# Dtype objects rather than names: pandas looks a name up in its dtype registry on every call.
_STRING = pd.StringDtype()
_NANOSECONDS = np.dtype("datetime64[ns]")

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
# The columns of each history table that `risk_features` reads: a store may hand it only these.
HISTORY_COLUMNS: dict[str, tuple[str, ...]] = {
    "customers": ("customer_id", "created_at"),
    "orders": ("order_id", "customer_id", "order_ts", "delivery_ts"),
    "line_items": ("line_item_id", "order_id", "sku", "product_id", "product_category", "price", "discount"),
    "returns": ("line_item_id", "order_id", "customer_id", "request_ts", "label", "confirmed_abuse"),
}


@dataclass(frozen=True)
class QuotaRule:
    """Which of a customer's past returns use up the free-return quota, as the return policy says.

    Built by the policy (`decisions.policy.Policy.quota_rule`) so that training, serving and the
    policy simulation count the same returns. A past return uses the quota when its category is one
    of `free_return_categories`, it was requested within `window_days` before the request, and its
    reason is not one of `reasons_not_counted` (the reasons the shop pays the return for: a return
    caused by the shop costs the customer nothing, quota included).
    """

    free_return_categories: frozenset[str]
    window_days: int
    reasons_not_counted: frozenset[str]

    def __post_init__(self) -> None:
        if self.window_days <= 0:
            raise ValueError(f"window_days: must be a positive number of days, got {self.window_days}")


def _whole(value: Any) -> Any:
    """A count written 2.0 is 2: JSON Schema's `integer` (the API description's) is any number without a fraction, so a
    client checking against it sends 2.0 as readily as 2. Only a float is read so; a string or a boolean stays refused.
    """
    return int(value) if isinstance(value, float) and value.is_integer() else value


# A count of events, 0 to MAX_EVENTS. The bounds come before the validator: after it, pydantic writes them as `ge` and
# `le`, which no JSON Schema reader knows.
Count = Annotated[int, Field(ge=0, le=MAX_EVENTS), BeforeValidator(_whole)]


class HistorySummary(BaseModel):
    """What the policy and the risk model need to know about a customer's past, as of one request.

    Computed from the history tables, or supplied by the caller (`customer_history` in a request),
    in which case the supplied summary takes precedence. Strict: a caller's `false` or `"2"` is refused,
    not read as 0 or 2 (the table readers convert before they build one).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    returns_last_30d: Count = 0
    returns_last_90d: Count = 0
    returns_last_365d: Count = 0
    free_returns_used: Count = Field(
        default=0,
        description="Free returns used in the policy's quota window (free_return_quota.window_days). The shop's count "
        "wins over the returns counted: those do not say which returns used one (a return for the shop's fault, or "
        "in a category without free returns, uses none), so fewer, 0 too, is taken as sent; more than the returns "
        "of the narrowest window holding the quota's (returns_last_90d for a 90-day quota) is refused.",
    )
    confirmed_abuse_count: Count = Field(default=0, description="Abuse confirmed before the request.")
    account_age_days: float | None = Field(default=None, ge=0, le=MAX_ACCOUNT_AGE_DAYS, allow_inf_nan=False)


def count_holding(window_days: int) -> str | None:
    """The narrowest of a history's counts of returns (`RETURN_COUNTS`) whose window holds `window_days`; None past
    the widest."""
    return next((name for name, days in RETURN_COUNTS.items() if days >= window_days), None)


def free_returns_problem(history: HistorySummary, window_days: int) -> str | None:
    """Why `history.free_returns_used` cannot be a count of free returns used in a quota window of `window_days`, or
    None when it can.

    A free return used is a past return within the quota's window, so there are at most as many as the returns of the
    narrowest of the history's windows that holds the quota's (`returns_last_90d` for 90 days; a quota of more than
    365 days has no count to hold it). Fewer is taken: the counts do not say which returns used one.
    """
    holding = count_holding(window_days)
    if holding is None or history.free_returns_used <= (returns := getattr(history, holding)):
        return None
    left_out = "" if holding in history.model_fields_set else ", left out"
    return (
        f"customer_history.free_returns_used ({history.free_returns_used}) is more than {holding} ({returns}"
        f"{left_out}): the free returns used are returns within the policy's {window_days}-day quota window"
    )


def _naive_utc(ts: pd.Series | np.ndarray) -> np.ndarray:
    """Moments as naive UTC `datetime64[ns]` (aware ones are converted; missing ones are NaT)."""
    if getattr(ts, "dtype", None) == _NANOSECONDS:
        return np.asarray(ts)  # already naive nanoseconds (the tables' dtype): nothing to convert
    moments = pd.to_datetime(pd.Series(ts))
    if moments.dt.tz is not None:
        moments = moments.dt.tz_convert("UTC").dt.tz_localize(None)
    return moments.to_numpy(dtype="datetime64[ns]")


def _seconds(moments: np.ndarray) -> np.ndarray:
    """Naive UTC `datetime64` moments as epoch seconds."""
    return moments.astype("datetime64[s]").astype(np.int64)


def _days_between(later: np.ndarray, earlier: np.ndarray) -> np.ndarray:
    """Days from `earlier` to `later` (naive UTC datetime64 arrays); NaN where either is missing."""
    return (later - earlier) / np.timedelta64(1, "s") / 86400


def _key_codes(*keys: pd.Series | np.ndarray) -> list[np.ndarray]:
    """Integer codes of the keys (ids, strings) in each array: equal codes for equal keys, -1 for missing ones.

    One factorisation for every array that holds the same kind of key (a customer id in the
    requests, the returns and the orders), rather than one per pair compared.
    """
    codes, _ = pd.factorize(np.concatenate([np.asarray(key, dtype=object) for key in keys]))
    return np.split(codes, np.cumsum([len(key) for key in keys[:-1]]))


class _EventsBefore:
    """Events (key, moment) indexed once so that each request's count of earlier events is two binary searches.

    Keys (codes from `_key_codes`) and times are packed into one sortable int64, so a single
    `searchsorted` answers every request; building the index is the costly part, and one index
    serves several windows and weightings of the same events (a served batch of a few rows pays
    pandas' fixed costs once).
    """

    def __init__(
        self, request_codes: np.ndarray, moments: np.ndarray, event_codes: np.ndarray, event_moments: np.ndarray
    ) -> None:
        """`moments` and `event_moments` are epoch seconds (see `_seconds`)."""
        stride = np.int64(10**10)  # > any epoch second we will meet, so (key, time) packs without overlap
        event_packed = event_codes.astype(np.int64) * stride + event_moments
        self._order = np.argsort(event_packed, kind="stable")
        self._event_packed = event_packed[self._order]
        self._request_base = request_codes.astype(np.int64) * stride
        self._moments = moments
        # Every window ends at the request's moment: the upper bounds serve all counts.
        self._upper = np.searchsorted(self._event_packed, self._request_base + moments, side="left")

    def count(self, window: timedelta | None = None, weights: np.ndarray | None = None) -> np.ndarray:
        """For each request, the number (or summed `weights`) of its key's events in [moment - window, moment).

        Strictly before the moment: an event at the same instant as the request is not yet history.
        """
        ones = np.ones(len(self._order)) if weights is None else np.asarray(weights, dtype=float)[self._order]
        cumulative = np.concatenate([[0.0], np.cumsum(ones)])
        start = self._moments - int(window.total_seconds()) if window is not None else np.zeros_like(self._moments)
        lower = np.searchsorted(self._event_packed, self._request_base + np.maximum(start, 0), side="left")
        return cumulative[self._upper] - cumulative[lower]


def _positions(keys: pd.Series | pd.Index, wanted: pd.Series | np.ndarray) -> np.ndarray:
    """Row position in `keys` (unique, a table's primary key) of each wanted key; -1 when absent or missing.

    A dict rather than a pandas index: a served batch looks up a handful of keys, where building
    two indexes cost a hundred times the lookups.
    """
    keys = _objects(keys)
    row_of = dict(zip(keys, range(len(keys)), strict=True))
    wanted = np.asarray(wanted, dtype=object)
    positions = np.fromiter((row_of.get(key, -1) for key in wanted.tolist()), dtype=np.intp, count=len(wanted))
    return np.where(pd.isna(wanted), -1, positions)


def _take(values: pd.Series | np.ndarray, positions: np.ndarray) -> np.ndarray:
    """`values` at `positions` (from `_positions`); None (NaT for moments) where a position is -1."""
    array = np.asarray(values)
    taken = np.full(len(positions), np.datetime64("NaT") if array.dtype.kind == "M" else None, dtype=array.dtype)
    found = positions >= 0
    taken[found] = array[positions[found]]
    return taken


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
        requests[column] = iso_moments(frame[name]).dt.tz_localize(None)
    requests["price"] = np.where(found, merged["price"].to_numpy(dtype=float), given)
    requests["discount"] = np.where(found, merged["discount"].to_numpy(dtype=float), 0.0)
    requests["product_id"] = merged["product_id"].to_numpy()
    requests["form_reason_code"] = frame.get("reason_code")
    return requests


def risk_features(
    requests: pd.DataFrame | Mapping[str, Any],
    tables: Mapping[str, pd.DataFrame | Mapping[str, Any]],
    quota: QuotaRule,
) -> pd.DataFrame:
    """Risk features of each request, as of its `request_ts`, from the history tables.

    Args:
        requests: one row per return request with `REQUEST_COLUMNS`, optionally `product_id`,
            `form_reason_code` and `reason_family` (the reason classifier's output);
            a frame, or a mapping of column name to array (a served batch's requests, rows 0..n-1).
        tables: `customers`, `orders`, `line_items`, `returns` frames (columns as in features/schemas.py),
            or each table as a mapping of column name to array (what a served batch reads, without
            building frames); for a live request, just that customer's rows. Events after a
            request's moment are ignored.
        quota: the policy's rule of which past returns use the free-return quota (`free_returns_used`).

    Returns:
        A frame indexed like `requests` (0..n-1 for columns) with `FEATURE_COLUMNS` (NaN where a
        fact is unknown).
    """
    # Columns or a frame alike: `in` and `[]` mean the same for both, and both give arrays.
    missing = [column for column in REQUEST_COLUMNS if column not in requests]
    if missing:
        raise ValueError(f"return requests lack columns: {', '.join(missing)}")
    customers, orders, items, past = (tables[name] for name in ("customers", "orders", "line_items", "returns"))
    # Plain arrays and dict lookups rather than pandas joins and groupbys: the same code serves 20k
    # training rows and a live batch of one, where pandas' fixed cost per operation dominated.
    at = _naive_utc(requests["request_ts"])
    moments = _seconds(at)
    who = requests["customer_id"]
    count = len(who)
    out: dict[str, np.ndarray | pd.api.extensions.ExtensionArray] = {}

    returned_at = _naive_utc(past["request_ts"])
    returned_seconds = _seconds(returned_at)
    order_of_item = _positions(orders["order_id"], items["order_id"])
    bought = order_of_item[order_of_item >= 0]
    requester, returner, buyer = _key_codes(who, past["customer_id"], _take(orders["customer_id"], bought))
    returns_before = _EventsBefore(requester, moments, returner, returned_seconds)
    for name, days in RETURN_COUNTS.items():
        out[name] = returns_before.count(timedelta(days=days))
    out["items_bought_last_365d"] = _EventsBefore(
        requester, moments, buyer, _seconds(_take(_naive_utc(orders["order_ts"]), bought))
    ).count(timedelta(days=365))
    out["return_rate_365d"] = out["returns_last_365d"] / np.clip(out["items_bought_last_365d"], 1, None)

    returned_category = _take(items["product_category"], _positions(items["line_item_id"], past["line_item_id"]))
    paid_by_shop = _members(past["label"], quota.reasons_not_counted)
    used_quota = _members(returned_category, quota.free_return_categories) & ~paid_by_shop
    out["free_returns_used"] = returns_before.count(timedelta(days=quota.window_days), weights=used_quota)
    # Behaviour over the past year: claiming the shop was at fault, returning late in the window.
    shop_fault = _members(past["label"], _SHOP_FAULT_CLAIMS)
    delivered = _take(_naive_utc(orders["delivery_ts"]), _positions(orders["order_id"], past["order_id"]))
    late = (returned_at - delivered) >= np.timedelta64(LATE_REQUEST_DAYS, "D")
    for name, flags in (("shop_fault_claims_365d", shop_fault), ("late_requests_365d", late)):
        out[name] = returns_before.count(timedelta(days=365), weights=flags)
    abuse = np.asarray(past["confirmed_abuse"], dtype=bool)
    confirmed = returned_seconds[abuse] + int(ABUSE_CONFIRMATION_DELAY.total_seconds())
    out["confirmed_abuse_count"] = _EventsBefore(requester, moments, returner[abuse], confirmed).count()

    created = _take(_naive_utc(customers["created_at"]), _positions(customers["customer_id"], who))
    out["account_age_days"] = np.clip(_days_between(at, created), 0, None)

    item_price = paid_prices(requests)
    out["item_price"] = item_price
    out["discount"] = _floats(requests["discount"])
    out["days_delivery_to_request"] = _days_between(at, _naive_utc(requests["delivery_ts"]))

    order_values, order_sizes = _order_totals(requests["order_id"], items["order_id"], paid_prices(items))
    found = ~np.isnan(order_sizes)
    # A live order not yet in the history store: value is at least this item, size unknown.
    out["order_value"] = np.where(found, order_values, item_price)
    out["order_items"] = order_sizes if not found.all() else order_sizes.astype(np.int64)
    if "product_id" in requests:
        out["same_product_sizes_in_order"] = _sizes_in_order(requests, items)
    else:
        out["same_product_sizes_in_order"] = np.full(count, np.nan)
    request_order, returned_order = _key_codes(requests["order_id"], past["order_id"])
    earlier_on_order = _EventsBefore(request_order, moments, returned_order, returned_seconds).count()
    out["order_share_returned"] = (earlier_on_order + 1) / out["order_items"]

    out["reason_family"], out["form_reason_contradicts"] = reason_features(
        _optional(requests, "reason_family", count), _optional(requests, "form_reason_code", count)
    )
    # As `Series.astype("string")` converts (the same pandas constructor), for a frame or an array.
    out["product_category"] = pd.array(np.asarray(requests["product_category"], dtype=object), dtype=_STRING).to_numpy()
    index = requests.index if isinstance(requests, pd.DataFrame) else pd.RangeIndex(count)
    return pd.DataFrame({name: out[name] for name in FEATURE_COLUMNS}, index=index)


def reason_features(
    families: Sequence[Any], form_codes: Sequence[Any]
) -> tuple[pd.api.extensions.ExtensionArray, np.ndarray]:
    """The risk features of the reason read: `reason_family` (of each request's reason family, "unknown" where none is
    known) and `form_reason_contradicts` (1 where the reason ticked in the form, `form_codes`, is of another family)."""
    known = [None if pd.isna(family) else str(family) for family in families]
    form_families = [None if pd.isna(code) else _FAMILY_OF.get(code) for code in form_codes]
    # No form reason, nothing to contradict: 0, so the model never meets an all-missing column.
    contradicts = np.array(
        [
            form is not None and family is not None and form != family
            for form, family in zip(form_families, known, strict=True)
        ],
        dtype=float,
    )
    return pd.array(["unknown" if family is None else family for family in known], dtype=_STRING), contradicts


def paid_prices(rows: pd.DataFrame) -> np.ndarray:
    """What the customer paid for each row's item: its `price` (a line item's list price) less its `discount` (a
    fraction; missing: none). The policy reads this price, as the API's `price` field carries it."""
    return _floats(rows["price"]) * (1 - np.nan_to_num(_floats(rows["discount"])))


def _floats(values: pd.Series | pd.api.extensions.ExtensionArray | np.ndarray) -> np.ndarray:
    """A column as a float array, missing values (None, NaN, pandas' NA) as NaN.

    What `Series.astype(float).to_numpy()` gives, without building a second Series per column.
    """
    if isinstance(values, pd.Series | pd.api.extensions.ExtensionArray):
        return values.to_numpy(dtype=float, na_value=np.nan)
    return np.asarray(values, dtype=float)


def _optional(requests: pd.DataFrame | Mapping[str, Any], column: str, count: int) -> list[object]:
    """An optional request column's values as a list (all `count` None when the requests lack it)."""
    return _objects(requests[column]) if column in requests else [None] * count


def _objects(values: pd.Series | np.ndarray | Sequence[object]) -> list[object]:
    """A column's values as a list of Python objects (iterating a pandas array goes value by value)."""
    return np.asarray(values, dtype=object).tolist()


def _members(values: pd.Series | np.ndarray, allowed: Collection[str]) -> np.ndarray:
    """Whether each value is one of `allowed` (missing values are not), as `Series.isin` says.

    A set lookup per value: for a served batch's few values, pandas' `isin` cost a hundred times more.
    """
    wanted = frozenset(allowed)
    listed = _objects(values)
    return np.fromiter((value in wanted for value in listed), dtype=bool, count=len(listed))


def _order_totals(
    request_orders: pd.Series | np.ndarray, item_orders: pd.Series | np.ndarray, paid: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per request, its order's paid total and number of line items; NaN (both) when no line item
    of the order is known.

    Only the requested orders are summed, in one pass over the line items. Each total is summed as
    pandas' grouped sum does it (Kahan-compensated, NaN prices skipped, in line-item order), so order
    values stay bit-identical to those the model was trained on.
    """
    wanted = _objects(request_orders)
    # Per order: [total, compensation, line items]
    totals: dict[object, list[float]] = {order: [0.0, 0.0, 0] for order in wanted if not pd.isna(order)}
    for order, value in zip(_objects(item_orders), paid.tolist(), strict=True):
        total = totals.get(order)
        if total is None:
            continue
        total[2] += 1
        if value == value:  # NaN is skipped
            compensated = value - total[1]
            summed = total[0] + compensated
            compensation = summed - total[0] - compensated
            # An infinite price makes the compensation NaN; pandas resets it to keep summing.
            total[1] = compensation if compensation == compensation else 0.0
            total[0] = summed
    known = [totals.get(order) if not pd.isna(order) else None for order in wanted]
    values = np.array([np.nan if total is None or not total[2] else total[0] for total in known], dtype=float)
    sizes = np.array([np.nan if total is None or not total[2] else total[2] for total in known], dtype=float)
    return values, sizes


def _sizes_in_order(requests: pd.DataFrame | Mapping[str, Any], items: pd.DataFrame | Mapping[str, Any]) -> np.ndarray:
    """How many sizes (distinct SKUs) of the returned product its order holds; NaN when the order has none."""
    requested = list(zip(_objects(requests["order_id"]), _objects(requests["product_id"]), strict=True))
    wanted = {(order, product) for order, product in requested if not (pd.isna(order) or pd.isna(product))}
    skus: dict[tuple[object, object], set[object]] = {}
    lines = zip(_objects(items["order_id"]), _objects(items["product_id"]), _objects(items["sku"]), strict=True)
    for order, product, sku in lines:
        if (order, product) in wanted:
            found = skus.setdefault((order, product), set())
            if not pd.isna(sku):
                found.add(sku)
    sizes = [skus.get(key) for key in requested]
    counts = np.array([np.nan if found is None else len(found) for found in sizes], dtype=float)
    return counts if np.isnan(counts).any() else counts.astype(np.int64)


def no_history(features: pd.DataFrame | Mapping[str, Any]) -> np.ndarray:
    """Which requests come from a customer the shop knows nothing about but this order (cold start).

    No item bought in the last year other than this order's, no return in the last year and no
    confirmed abuse: the history features are all zero, so the risk score rests on what the return
    itself carries (order value, category, timing, text, basket shape). An order not yet in the
    history store (`order_items` unknown) counts as the customer's only purchase.
    """
    bought = np.asarray(features["items_bought_last_365d"], dtype=float)
    this_order = np.nan_to_num(np.asarray(features["order_items"], dtype=float), nan=0.0)
    returned = np.asarray(features["returns_last_365d"], dtype=float)
    abuse = np.asarray(features["confirmed_abuse_count"], dtype=float)
    return (bought <= this_order) & (returned == 0) & (abuse == 0)


def apply_history_overrides(features: pd.DataFrame, summaries: Sequence[HistorySummary | None]) -> pd.DataFrame:
    """Replace computed history features with caller-supplied summaries (a request's own summary wins)."""
    result = features.copy()
    for position, summary in enumerate(summaries):
        if summary is None:
            continue
        for name, value in summary.model_dump(exclude_none=True).items():
            result.iloc[position, result.columns.get_loc(name)] = value
    return result


def history_summary(row: pd.Series | Mapping[str, Any]) -> HistorySummary:
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


def history_summaries(features: pd.DataFrame) -> list[HistorySummary]:
    """The policy's view of each feature row, as `history_summary` gives it.

    Reads each summarised column once: a row Series per request cost more than the summary.
    """
    names = [name for name in HistorySummary.model_fields if name in features.columns]
    columns = [features[name].tolist() for name in names]
    return [history_summary(dict(zip(names, values, strict=True))) for values in zip(*columns, strict=True)]
