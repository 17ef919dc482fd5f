"""Returns analytics computations on small hand-made tables (serving.analytics.metrics)."""

from __future__ import annotations

import html
import json

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from serving.analytics import metrics
from serving.analytics.report import Chart, build_analytics, chart_payload
from serving.analytics.tables import AnalyticsInputs

LABELS = ("too_small", "too_large", "defective", "poor_quality")


def _returns(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """(sku, label, request day) rows as the returns table the metrics read."""
    frame = pd.DataFrame(rows, columns=["sku", "label", "request_ts"])
    frame["request_ts"] = pd.to_datetime(frame["request_ts"])
    frame["return_id"] = [f"R{number}" for number in range(len(frame))]
    frame["line_item_id"] = [f"L{number}" for number in range(len(frame))]
    frame["product_category"] = "tops"
    frame["confirmed_abuse"] = [number % 4 == 0 for number in range(len(frame))]
    frame["inspection_outcome"] = frame["confirmed_abuse"].map({True: "worn", False: "ok"})
    return frame


def test_quality_alert_flags_a_rise_against_the_skus_own_baseline_only() -> None:
    rows = []
    for sku, recent_quality in (("RISING", 7), ("STEADY", 1)):
        rows += [(sku, "too_small", f"2025-0{1 + i % 6}-10") for i in range(36)]  # baseline: no quality returns
        rows += [(sku, "poor_quality", "2025-03-01") for _ in range(2)]
        rows += [(sku, "defective", "2025-12-20") for _ in range(recent_quality)]
        rows += [(sku, "too_large", "2025-12-21") for _ in range(8 - recent_quality)]
    # A SKU that always had many quality returns is not "rising".
    rows += [("ALWAYS_BAD", "poor_quality", "2025-02-01") for _ in range(20)]
    rows += [("ALWAYS_BAD", "poor_quality", "2025-12-20") for _ in range(5)]
    rows += [("ALWAYS_BAD", "too_small", "2025-12-20") for _ in range(3)]
    alerts = metrics.quality_alerts(_returns(rows)).set_index("sku")
    assert alerts.loc["RISING", "alert"]
    assert not alerts.loc["STEADY", "alert"] and not alerts.loc["ALWAYS_BAD", "alert"]
    assert alerts.loc["RISING", "recent_share"] == pytest.approx(7 / 8)
    assert alerts.loc["RISING", "p_value"] < alerts.loc["STEADY", "p_value"]
    assert (alerts["q_value"] >= alerts["p_value"]).all()


def test_benjamini_hochberg_by_hand() -> None:
    # Sorted 0.01, 0.03, 0.04, 0.2 scale by 4/rank to 0.04, 0.06, 0.0533, 0.2; then the running
    # minimum from the largest p down makes 0.06 into 0.0533.
    p_values = np.array([0.01, 0.04, 0.03, 0.2])
    np.testing.assert_allclose(metrics.benjamini_hochberg(p_values), [0.04, 0.16 / 3, 0.16 / 3, 0.2])


def test_size_feedback_says_runs_small_with_share_and_count() -> None:
    rows = [("S1", "too_small", "2025-05-01")] * 8 + [("S1", "too_large", "2025-05-01")] * 2
    rows += [("S2", "too_small", "2025-05-01")] * 3 + [("S2", "too_large", "2025-05-01")] * 3
    rows += [("S3", "too_small", "2025-05-01")] * 2  # too few size returns to judge
    sizes = metrics.size_feedback(_returns(rows)).set_index("sku")
    assert sizes.loc["S1", "verdict"] == "runs small" and sizes.loc["S1", "too_small"] == 8
    assert sizes.loc["S1", "too_small_share"] == pytest.approx(0.8)
    assert sizes.loc["S2", "verdict"] == "true to size"
    assert "S3" not in sizes.index


def test_the_size_table_lists_the_skus_that_run_small_or_large_first() -> None:
    # the page listed the 25 SKUs with the most size returns, most of them true to size
    rows = [("BUSY", "too_small", "2025-05-01")] * 10 + [("BUSY", "too_large", "2025-05-01")] * 10
    rows += [("SMALL", "too_small", "2025-05-01")] * 6 + [("LARGE", "too_large", "2025-05-01")] * 8
    sizes = metrics.size_feedback(_returns(rows))
    assert list(sizes["sku"]) == ["BUSY", "LARGE", "SMALL"]
    assert list(metrics.size_guide_first(sizes)["sku"]) == ["LARGE", "SMALL", "BUSY"]


def test_return_rate_counts_returned_items_per_order_month_and_category() -> None:
    sold = pd.DataFrame(
        {
            "line_item_id": ["L0", "L1", "L2", "L3"],
            "order_ts": pd.to_datetime(["2025-01-05", "2025-01-20", "2025-02-02", "2025-02-03"]),
            "product_category": ["tops", "tops", "tops", "shoes"],
            "sku": ["A", "A", "A", "B"],
        }
    )
    returns = _returns([("A", "too_small", "2025-01-25")])
    rate = metrics.return_rate_by_month(sold, returns).set_index(["month", "product_category"])["return_rate"]
    assert rate[(pd.Timestamp("2025-01-01"), "tops")] == 0.5
    assert rate[(pd.Timestamp("2025-02-01"), "tops")] == 0.0


def test_an_order_month_whose_returns_are_still_coming_in_is_not_settled() -> None:
    # the chart's last month read as a fall in returns (sample: January 12% against 20% every month before)
    orders = pd.date_range("2025-01-01", "2025-04-30", freq="D")
    sold = pd.DataFrame(
        {
            "line_item_id": [f"L{number}" for number in range(len(orders))],
            "order_ts": orders,
            "product_category": "tops",
            "sku": "A",
        }
    )
    returned = sold.iloc[::5]  # every fifth item, asked back 20 days after the order
    returns = _returns([("A", "too_small", str(day + pd.Timedelta(days=20))) for day in returned["order_ts"]])
    returns["line_item_id"] = list(returned["line_item_id"])
    table = metrics.return_rate_by_month(sold, returns).set_index("month")
    # the orders end on 30 April: April's have not had their 20 days, March's have
    assert table["settled"].to_dict() == {pd.Timestamp(f"2025-0{month}-01"): month < 4 for month in (1, 2, 3, 4)}


def test_category_rates_rank_the_recent_settled_months_against_the_months_before() -> None:
    # the return-rate chart drew all 17 categories in one plot; it draws the few this ranking puts first
    months = pd.to_datetime(["2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01"])
    rate = pd.DataFrame(
        {
            "month": list(months) * 2,
            "product_category": ["tops"] * 4 + ["shoes"] * 4,
            "items_sold": [100] * 8,
            "items_returned": [10, 10, 30, 90, 20, 20, 20, 0],
            "settled": [True, True, True, False] * 2,
        }
    )
    rate["return_rate"] = rate["items_returned"] / rate["items_sold"]
    table = metrics.category_return_rates(rate, recent_months=1).set_index("product_category")
    assert list(table.index) == ["tops", "shoes"]  # March (the last settled month): 30% against 20%
    assert table.loc["tops", "return_rate"] == pytest.approx(50 / 300)  # April, still coming back, left out
    assert table.loc["tops", ["recent_rate", "earlier_rate"]].tolist() == pytest.approx([0.3, 0.1])
    assert table.loc["shoes", "change"] == pytest.approx(0.0)
    overall = metrics.monthly_return_rate(rate).set_index("month")["return_rate"]
    assert overall[pd.Timestamp("2025-03-01")] == pytest.approx(0.25)


def test_the_abuse_trend_counts_inspected_returns_only() -> None:
    # triaged returns not back yet counted as honest: the chart's newest months fell to 0% abuse
    returns = _returns([("A", "too_small", "2025-05-10")] * 8 + [("A", "too_small", "2025-06-10")] * 8)
    returns.loc[returns["request_ts"] >= "2025-06-01", ["inspection_outcome", "confirmed_abuse"]] = [None, False]
    returns.loc[returns.index[-2:], "inspection_outcome"] = ["worn", "ok"]
    returns.loc[returns.index[-2], "confirmed_abuse"] = True
    trend = metrics.abuse_trend(returns).set_index("month")
    assert trend.loc[pd.Timestamp("2025-05-01"), ["returns", "confirmed_abuse"]].tolist() == [8, 2]
    assert trend.loc[pd.Timestamp("2025-06-01"), ["returns", "abuse_rate"]].tolist() == [2, 0.5]


def test_model_health_override_rate_counts_corrected_reasons_and_changed_decisions() -> None:
    day = pd.Timestamp("2026-11-30 10:00", tz="UTC")
    log = pd.DataFrame(
        {
            "return_id": ["R1", "R2", "R3", "R4"],
            "created_at": [day] * 4,
            "decision_code": ["free_return"] * 4,
            "needs_review": [True, False, False, None],
            "currency": ["EUR"] * 4,
        }
    )
    outcomes = pd.DataFrame(
        {
            "return_id": ["R1", "R2", "R3"],
            "reason_accepted": [False, True, True],
            "final_decision": [None, "reject", "free_return"],
            "model_decision": ["free_return"] * 3,
            "triaged_at": [day] * 3,
        }
    )
    (row,) = metrics.model_health(log, outcomes).itertuples()
    assert (row.triaged, row.needs_review_share, row.reviewed) == (4, 0.25, 3)
    assert row.override_rate == pytest.approx(2 / 3)
    cost = metrics.free_return_cost(log, {"EUR": 3.95})
    assert cost["label_cost"].tolist() == [pytest.approx(4 * 3.95)]


def test_the_newest_monitoring_summary_is_the_last_run(tmp_path) -> None:
    import json
    import os

    from serving.analytics.tables import latest_monitor_run

    assert latest_monitor_run(tmp_path) is None
    for stamp, (recommended, moment) in {"20261201T0900": (False, 1_000), "20261202T0900": (True, 2_000)}.items():
        (tmp_path / stamp).mkdir()
        summary = tmp_path / stamp / "summary.json"
        summary.write_text(json.dumps({"retrain_recommended": recommended}))
        os.utime(summary, (moment, moment))
    run = latest_monitor_run(tmp_path)
    assert run.path.parent.name == "20261202T0900" and run.retrain_recommended is True


def test_chart_data_reads_as_plain_text_inside_its_script_block() -> None:
    """A SKU "<!--<script>" among the charts' labels kept the page's `<script type="application/json">` block open
    past its end tag (the HTML parser's escaped script state): the rest of the analytics page, the charts' loader
    included, was read as chart data. No `<`, `>` or `&` may reach the block; JSON reads the escapes back."""
    skus = ["<!--<script>", "</script><b>x</b>", "A&amp;B"]
    figure = go.Figure(go.Bar(x=skus, y=[3, 2, 1]))
    payload = chart_payload([Chart("top-skus", "Most returned SKUs", figure.to_json(), "caption")])
    assert not set("<>&") & set(payload)
    assert json.loads(payload)["top-skus"]["data"][0]["x"] == skus


def test_chart_labels_from_the_data_are_drawn_as_written() -> None:
    """Plotly draws `<a href>`, `<b>` and `<span style>` in a label: a SKU `<a href="https://...">` in an export was a
    link on the agents' most-returned, size and quality charts. Each SKU label reads back as the SKU, as text."""
    skus = ['<a href="https://phish.example/">SKU-1</a>', "<b>SKU&2</b>"]
    rows = [(sku, label, f"2026-{month:02d}-10") for sku in skus for month in range(1, 12) for label in LABELS]
    returns = _returns(rows)
    sold = returns[["line_item_id", "sku", "product_category"]].assign(order_ts=returns["request_ts"])
    log = pd.DataFrame(columns=["return_id", "created_at", "decision_code", "needs_review", "currency"])
    outcomes = pd.DataFrame(columns=["return_id", "reason_accepted", "final_decision", "model_decision", "triaged_at"])
    inputs = AnalyticsInputs(sold=sold, returns=returns, log=log, outcomes=outcomes, monitor=None)
    figures = json.loads(chart_payload(build_analytics(inputs, {"EUR": 3.0, "GBP": 3.0}).charts))
    for chart_id, axis in (("top-skus", "y"), ("size-feedback", "x"), ("quality", "x")):
        drawn = [label for trace in figures[chart_id]["data"] for label in trace[axis]]
        assert {html.unescape(label).removesuffix(" ⚠") for label in drawn} == set(skus), chart_id
        assert not any("<" in label for label in drawn), chart_id
