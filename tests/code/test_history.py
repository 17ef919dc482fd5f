"""Point-in-time risk features: later events never leak into a request's features."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from features.history import (
    FEATURE_COLUMNS,
    HISTORY_COLUMNS,
    HistorySummary,
    QuotaRule,
    apply_history_overrides,
    free_returns_problem,
    history_summaries,
    history_summary,
    no_history,
    requests_from_export,
    requests_from_returns,
    risk_features,
)

T = pd.Timestamp


def _quota(*categories: str, not_counted: tuple[str, ...] = ("defective",)) -> QuotaRule:
    """A 90-day quota rule over `categories` that does not count returns for `not_counted` reasons."""
    return QuotaRule(frozenset(categories), 90, frozenset(not_counted))


CLOTHES = _quota("dresses", "tops", "jeans")


def _tables(extra_returns: list[dict] | None = None) -> dict[str, pd.DataFrame]:
    customers = pd.DataFrame(
        {
            "customer_id": ["C1", "C2"],
            "first_name": ["Ann", "Bob"],
            "country": ["FR", "GB"],
            "preferred_lang": ["fr", "en"],
            "created_at": [T("2025-01-01"), T("2025-06-01")],
            "behaviour": ["serial_returner", "regular"],
        }
    )
    orders = pd.DataFrame(
        {
            "order_id": ["O1", "O2", "O3", "O9"],
            "customer_id": ["C1", "C1", "C1", "C2"],
            "order_ts": [T("2025-02-01"), T("2025-03-01"), T("2025-04-01"), T("2025-04-01")],
            "delivery_ts": [T("2025-02-03"), T("2025-03-03"), T("2025-04-03"), T("2025-04-03")],
            "currency": ["EUR"] * 4,
        }
    )
    items = pd.DataFrame(
        {
            "line_item_id": ["L1", "L2", "L3", "L4", "L5", "L9"],
            "order_id": ["O1", "O2", "O3", "O3", "O3", "O9"],
            "sku": ["P1-S", "P2-M", "P3-S", "P3-M", "P4", "P1-S"],
            "product_id": ["P1", "P2", "P3", "P3", "P4", "P1"],
            "product_name": ["x"] * 6,
            "product_category": ["dresses", "tops", "jeans", "jeans", "lighting", "dresses"],
            "size": ["S", "M", "S", "M", None, "S"],
            "price": [50.0, 20.0, 80.0, 80.0, 30.0, 50.0],
            "discount": [0.0, 0.5, 0.0, 0.0, 0.0, 0.0],
        }
    )
    rows = [
        ("R1", "L1", "O1", "C1", T("2025-02-05"), "too_small", True),
        ("R2", "L2", "O2", "C1", T("2025-03-05"), "defective", False),
        ("R3", "L3", "O3", "C1", T("2025-04-05"), "too_small", False),
        ("R9", "L9", "O9", "C2", T("2025-04-05"), "too_small", False),
    ]
    returns = pd.DataFrame(
        rows, columns=["return_id", "line_item_id", "order_id", "customer_id", "request_ts", "label", "confirmed_abuse"]
    )
    returns["form_reason_code"] = [None, "defective", "no_longer_needed", None]
    if extra_returns:
        returns = pd.concat([returns, pd.DataFrame(extra_returns)], ignore_index=True)
    return {"customers": customers, "orders": orders, "line_items": items, "returns": returns}


def _features(tables):
    requests = requests_from_returns(tables)
    requests["reason_family"] = requests["label"].map({"too_small": "size", "defective": "condition"})
    features = risk_features(requests, tables, CLOTHES)
    return features.set_index(requests["return_id"])


def test_features_as_of_request_time():
    features = _features(_tables())
    assert list(features.columns) == list(FEATURE_COLUMNS)
    r3 = features.loc["R3"]
    assert r3["returns_last_30d"] == 0  # R2 on 03-05 is 31 days before 04-05
    assert r3["returns_last_90d"] == 2
    assert r3["free_returns_used"] == 1  # R1 (dresses, size); R2 is shop fault, so it used no quota
    # R1 confirmed abuse on 02-05 counts once its 7-day confirmation delay has passed.
    assert r3["confirmed_abuse_count"] == 1
    assert r3["shop_fault_claims_365d"] == 1  # R2 (defective)
    assert r3["late_requests_365d"] == 0
    assert features.loc["R1", "returns_last_365d"] == 0
    assert features.loc["R1", "confirmed_abuse_count"] == 0
    assert r3["order_items"] == 3
    assert r3["same_product_sizes_in_order"] == 2  # bracketing: P3 in S and M
    assert r3["order_value"] == pytest.approx(190.0)
    assert r3["order_share_returned"] == pytest.approx(1 / 3)
    assert r3["items_bought_last_365d"] == 5  # O1, O2 and the three lines of O3 (ordered 04-01)
    assert r3["return_rate_365d"] == pytest.approx(2 / 5)
    assert features.loc["R2", "item_price"] == pytest.approx(10.0)
    assert features.loc["R2", "days_delivery_to_request"] == pytest.approx(2.0)
    assert r3["form_reason_contradicts"] == 1.0  # form says preference, text says size
    assert features.loc["R2", "form_reason_contradicts"] == 0.0
    assert features.loc["R1", "form_reason_contradicts"] == 0.0  # no form reason given
    # Another customer's history never leaks in.
    assert features.loc["R9", "returns_last_365d"] == 0


def test_the_quota_counts_no_past_return_whose_reason_the_rule_leaves_out():
    """Which past returns use the quota is the policy's rule (a poor_quality return the shop pays for
    uses none); what the customer claimed (`shop_fault_claims_365d`) stays the taxonomy's, whatever the policy."""
    tables = _tables()
    tables["returns"].loc[tables["returns"]["return_id"] == "R2", "label"] = "poor_quality"
    requests = requests_from_returns(tables)
    paid_by_shop, counted = (
        risk_features(requests, tables, _quota("dresses", "tops", "jeans", not_counted=not_counted)).set_index(
            requests["return_id"]
        )
        for not_counted in (("defective", "poor_quality"), ("defective",))
    )
    assert paid_by_shop.loc["R3", "free_returns_used"] == 1  # R1 only: R2 (poor_quality, tops) is the shop's
    assert counted.loc["R3", "free_returns_used"] == 2  # R1 and R2
    pd.testing.assert_frame_equal(
        paid_by_shop.drop(columns="free_returns_used"), counted.drop(columns="free_returns_used")
    )


def test_a_quota_rule_needs_a_positive_window():
    with pytest.raises(ValueError, match="window_days"):
        QuotaRule(frozenset({"tops"}), 0, frozenset())


def test_later_events_are_ignored():
    before = _features(_tables())
    later = [
        {
            "return_id": f"RX{i}",
            "line_item_id": "L5",
            "order_id": "O3",
            "customer_id": "C1",
            "request_ts": T("2025-04-05 00:00:01") + pd.Timedelta(days=i),
            "label": "no_longer_needed",
            "confirmed_abuse": True,
            "form_reason_code": None,
        }
        for i in range(5)
    ]
    after = _features(_tables(later)).loc[before.index]
    pd.testing.assert_frame_equal(before, after)


def test_abuse_confirmed_after_the_request_is_not_known_yet():
    tables = _tables()
    tables["returns"].loc[tables["returns"]["return_id"] == "R2", "confirmed_abuse"] = True
    tables["returns"].loc[tables["returns"]["return_id"] == "R2", "request_ts"] = T("2025-04-01")
    features = _features(tables)
    assert features.loc["R3", "confirmed_abuse_count"] == 1  # R2's confirmation lands on 04-08


def test_single_live_request_matches_batch():
    tables = _tables()
    batch = _features(tables)
    requests = requests_from_returns(tables)
    live = requests[requests["return_id"] == "R3"].copy()
    live["reason_family"] = "size"
    customer = {
        name: frame[frame["customer_id"] == "C1"] if "customer_id" in frame else frame for name, frame in tables.items()
    }
    single = risk_features(live, customer, CLOTHES).set_index(live["return_id"])
    pd.testing.assert_series_equal(single.loc["R3"], batch.loc["R3"], check_names=False)


def test_missing_request_columns_are_named():
    with pytest.raises(ValueError, match="delivery_ts"):
        risk_features(pd.DataFrame({"customer_id": ["C1"]}), _tables(), _quota())


def test_supplied_history_summary_takes_precedence():
    features = _features(_tables())
    summaries = [None] * len(features)
    summaries[0] = HistorySummary(returns_last_90d=9, free_returns_used=4, confirmed_abuse_count=2)
    overridden = apply_history_overrides(features, summaries)
    summary = history_summary(overridden.iloc[0])
    assert (summary.returns_last_90d, summary.free_returns_used, summary.confirmed_abuse_count) == (9, 4, 2)
    pd.testing.assert_frame_equal(overridden.iloc[1:], features.iloc[1:])


def test_export_requests_take_price_from_the_known_line_item():
    tables = _tables()
    export = pd.DataFrame(
        {
            "customer_id": ["C1", "C1"],
            "order_id": ["O2", "O-new"],
            "sku": ["P2-M", "P7-L"],
            "product_category": ["tops", "dresses"],
            "price": [10.0, 42.0],
            "delivery_date": ["2025-03-03T00:00:00Z", "2025-04-10T00:00:00+02:00"],
            "request_date": ["2025-03-05T00:00:00Z", "2025-04-12T00:00:00Z"],
            "reason_code": ["defective", None],
        }
    )
    requests = requests_from_export(export, tables["line_items"])
    assert requests["price"].tolist() == [20.0, 42.0]  # list price from history; else the paid price
    assert requests["discount"].tolist() == [0.5, 0.0]
    assert requests["product_id"].iloc[0] == "P2" and pd.isna(requests["product_id"].iloc[1])
    assert requests["delivery_ts"].iloc[1] == T("2025-04-09 22:00:00")  # naive UTC
    features = risk_features(requests, tables, _quota("tops"))
    assert features["item_price"].tolist() == [10.0, 42.0]
    assert pd.isna(features["order_items"].iloc[1])  # an order the history does not know yet


def _customers_rows(tables: dict[str, pd.DataFrame], customer_ids: list[str]) -> dict[str, pd.DataFrame]:
    """What the history store hands serving for a batch: only these customers' rows."""
    orders = tables["orders"][tables["orders"]["customer_id"].isin(customer_ids)]
    return {
        "customers": tables["customers"][tables["customers"]["customer_id"].isin(customer_ids)],
        "orders": orders,
        "line_items": tables["line_items"][tables["line_items"]["order_id"].isin(orders["order_id"])],
        "returns": tables["returns"][tables["returns"]["customer_id"].isin(customer_ids)],
    }


@pytest.mark.parametrize("batch_size", [1, 8])
def test_small_served_batches_match_the_training_batch(risk_tables, batch_size):
    """Serving computes features for a few requests from their customers' rows; training for every
    return at once from all rows. Both must give the same numbers (no training/serving skew)."""
    requests = requests_from_returns(risk_tables)
    requests["reason_family"] = ["size", "condition", None, "preference"] * (len(requests) // 4) + [None] * (
        len(requests) % 4
    )
    requests["form_reason_code"] = ["too_small", None, "defective"] * (len(requests) // 3) + [None] * (
        len(requests) % 3
    )
    full = risk_features(requests, risk_tables, CLOTHES)
    sample = requests.sample(40, random_state=3)
    for start in range(0, len(sample), batch_size):
        batch = sample.iloc[start : start + batch_size]
        served = risk_features(batch, _customers_rows(risk_tables, batch["customer_id"].tolist()), CLOTHES)
        pd.testing.assert_frame_equal(served, full.loc[batch.index], check_exact=True)


def test_features_read_only_the_history_columns(risk_tables):
    """A store may hand `risk_features` just `HISTORY_COLUMNS` (serving does): the same features."""
    requests = requests_from_returns(risk_tables)
    requests["reason_family"] = "size"
    full = risk_features(requests, risk_tables, CLOTHES)
    narrow = {name: table[list(HISTORY_COLUMNS[name])] for name, table in risk_tables.items()}
    assert all(len(table.columns) < len(risk_tables[name].columns) for name, table in narrow.items())
    pd.testing.assert_frame_equal(risk_features(requests, narrow, CLOTHES), full, check_exact=True)


def test_order_values_are_pandas_grouped_sums():
    """Order values are summed as pandas' grouped sum does (compensated, missing prices skipped,
    an infinite price not poisoning the rest), so serving's order values equal training's to the bit."""
    tables = _tables()
    rng = np.random.default_rng(7)
    count = 400
    prices = rng.uniform(0.01, 500.0, count).round(2) * 10.0 ** rng.integers(-3, 4, count)
    prices[[5, 17, 230]] = np.nan
    prices[300] = np.inf
    orders = np.array(["O1", "O2", "O3", "O9"])[rng.integers(0, 4, count)]
    tables["line_items"] = pd.DataFrame(
        {
            "line_item_id": [f"L{n}" for n in range(count)],
            "order_id": orders,
            "sku": [f"S{n}" for n in range(count)],
            "product_id": [f"P{n % 7}" for n in range(count)],
            "product_category": "tops",
            "price": prices,
            "discount": rng.choice([0.0, 0.1, 0.25, 1 / 3], count),
        }
    )
    requests = requests_from_returns(tables)
    features = risk_features(requests, tables, _quota("tops"))
    items = tables["line_items"]
    expected = (items["price"] * (1 - items["discount"])).groupby(items["order_id"]).sum()
    assert features["order_value"].tolist() == expected.loc[requests["order_id"]].tolist()
    assert features["order_items"].tolist() == items["order_id"].value_counts().loc[requests["order_id"]].tolist()


def test_history_summaries_equal_each_rows_summary():
    features = _features(_tables())
    features.iloc[1, features.columns.get_loc("account_age_days")] = np.nan
    assert history_summaries(features) == [history_summary(features.iloc[row]) for row in range(len(features))]


def test_tables_as_columns_give_the_same_features(risk_tables):
    """A store may hand each table as its columns (name -> array) instead of a frame, and serving
    passes its requests as columns: the same features (requests as columns are rows 0..n-1)."""
    requests = requests_from_returns(risk_tables)
    requests["reason_family"] = "size"
    full = risk_features(requests, risk_tables, CLOTHES)
    columns = {
        name: {column: table[column].to_numpy() for column in HISTORY_COLUMNS[name]}
        for name, table in risk_tables.items()
    }
    pd.testing.assert_frame_equal(risk_features(requests, columns, CLOTHES), full, check_exact=True)
    request_columns = {column: requests[column].to_numpy() for column in requests.columns}
    pd.testing.assert_frame_equal(
        risk_features(request_columns, columns, CLOTHES),
        full.reset_index(drop=True),
        check_exact=True,
    )


def test_no_history_is_a_customer_known_only_by_this_order():
    tables = _tables()
    features = _features(tables)
    # R1 and R9 are their customers' first order and first return; R2 and R3 come after C1's earlier ones.
    assert dict(zip(features.index, no_history(features), strict=True)) == {
        "R1": True,
        "R2": False,
        "R3": False,
        "R9": True,
    }
    stranger = pd.DataFrame(
        {
            "customer_id": ["C404"],
            "order_id": ["O404"],
            "request_ts": [T("2025-05-01")],
            "delivery_ts": [T("2025-04-28")],
            "product_category": ["tops"],
            "price": [30.0],
            "discount": [0.0],
        }
    )
    assert no_history(risk_features(stranger, tables, _quota("tops"))).tolist() == [True]


@pytest.mark.parametrize(
    ("window_days", "history", "named"),
    [
        (90, {"returns_last_90d": 1, "returns_last_365d": 4, "free_returns_used": 2}, "more than returns_last_90d (1)"),
        (90, {"returns_last_365d": 5, "free_returns_used": 3}, "returns_last_90d (0, left out)"),
        (60, {"returns_last_90d": 1, "returns_last_365d": 1, "free_returns_used": 2}, "returns_last_90d (1)"),
        (30, {"returns_last_30d": 1, "returns_last_90d": 5, "returns_last_365d": 5, "free_returns_used": 2}, "30d (1)"),
        (365, {"returns_last_365d": 1, "free_returns_used": 2}, "returns_last_365d (1)"),
    ],
)
def test_free_returns_used_past_the_returns_of_the_quota_window_are_named(window_days, history, named):
    """A free return used is a past return within the quota's window: the narrowest count holding that window bounds
    it. 2 used beside 1 return in the last 90 days told the policy of returns the customer never made."""
    problem = free_returns_problem(HistorySummary(**history), window_days)
    assert problem is not None and named in problem and f"{window_days}-day quota window" in problem, problem


@pytest.mark.parametrize(
    ("window_days", "history"),
    [
        # the counts do not say which returns used a free one (a fault's uses none): fewer is the shop's count
        (90, {"returns_last_30d": 3, "returns_last_90d": 3, "returns_last_365d": 3}),
        (90, {"returns_last_90d": 3, "returns_last_365d": 3, "free_returns_used": 3}),
        (30, {"returns_last_30d": 1, "returns_last_90d": 5, "returns_last_365d": 5, "free_returns_used": 1}),
        (400, {"free_returns_used": 7}),  # no count holds a quota window of more than a year
    ],
)
def test_free_returns_used_within_the_returns_of_the_quota_window_are_taken(window_days, history):
    assert free_returns_problem(HistorySummary(**history), window_days) is None


@pytest.mark.parametrize("window_days", [1, 30, 31, 90, 200, 365, 366])
def test_the_history_store_never_counts_more_free_returns_than_the_rule_takes(window_days):
    """The rule holds a caller's history to what the features computed from the shop's tables always say."""
    later = [
        {"return_id": return_id, "line_item_id": item, "order_id": "O3", "customer_id": "C1", "request_ts": moment}
        | {"label": "too_large", "confirmed_abuse": False, "form_reason_code": None}
        for return_id, item, moment in (("R4", "L4", T("2025-04-06")), ("R5", "L5", T("2025-04-07")))
    ]
    tables = _tables(later)
    requests = requests_from_returns(tables)
    features = risk_features(requests, tables, QuotaRule(frozenset({"dresses", "jeans"}), window_days, frozenset()))
    assert features["free_returns_used"].max() > 0
    assert [free_returns_problem(summary, window_days) for summary in history_summaries(features)] == [None] * len(
        features
    )
