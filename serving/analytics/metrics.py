"""Returns analytics as pure functions of tables: every figure the analytics page and `triage report` show.

Inputs are plain pandas frames (see `serving.analytics.tables` for where they come from):
- `sold`: one row per line item sold (`line_item_id`, `order_ts`, `product_category`, `sku`);
- `returns`: one row per return (`return_id`, `line_item_id`, `request_ts`, `label`, `product_category`,
  `sku`, `confirmed_abuse`, `inspection_outcome`: None until the item is inspected), the reason being the
  agent-judged label (the predicted one until corrected);
- `log`: the prediction log's triages (`created_at`, `decision_code`, `needs_review`, `currency`);
- `outcomes`: agents' latest feedback per return (`return_id`, `reason_accepted`, `final_decision`,
  `model_decision`).
Nothing here reads a database or draws a chart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.stats import binomtest

from features.taxonomy import REASONS, Family

FAMILY_OF: dict[str, str] = {reason.code: str(reason.family) for reason in REASONS}
QUALITY_REASONS: frozenset[str] = frozenset({"defective", "poor_quality"})
# A SKU's quality returns are tested once it has this many returns in the recent window.
QUALITY_MIN_RECENT = 4
# An order month's return rate counts once the time since its last day covers the delay (order to request)
# within which this share of returns are requested: before that its rate reads low, its returns still coming in.
SETTLED_SHARE = 0.95


def _month(moments: pd.Series) -> pd.Series:
    """The first day of each moment's month (UTC; naive moments are UTC, as in the history)."""
    return pd.to_datetime(moments, utc=True).dt.tz_localize(None).dt.to_period("M").dt.to_timestamp()


def _utc(moments: pd.Series) -> pd.Series:
    return pd.to_datetime(moments, utc=True).dt.tz_localize(None)


def return_rate_by_month(sold: pd.DataFrame, returns: pd.DataFrame) -> pd.DataFrame:
    """Share of items sold each month (by order month) that came back, per category.

    Returns columns `month`, `product_category`, `items_sold`, `items_returned`, `return_rate` and
    `settled`: whether the month's orders have had time to come back (SETTLED_SHARE of returns are
    requested within a delay the history measures; a month whose last day is more recent than that
    before the history's latest order still has returns to come, and its rate reads low).
    """
    items = sold[["line_item_id", "order_ts", "product_category"]].copy()
    items["month"] = _month(items["order_ts"])
    items["returned"] = items["line_item_id"].isin(returns["line_item_id"].dropna())
    table = (
        items.groupby(["month", "product_category"], observed=True)
        .agg(items_sold=("line_item_id", "size"), items_returned=("returned", "sum"))
        .reset_index()
    )
    table["return_rate"] = table["items_returned"] / table["items_sold"]
    ordered = _utc(items.set_index("line_item_id")["order_ts"])
    requested = _utc(returns["request_ts"])
    delays = (requested - returns["line_item_id"].map(ordered)).dropna()
    settle = delays.quantile(SETTLED_SHARE) if len(delays) else pd.Timedelta(0)
    # The latest order is the history's clock for sales (triaged returns can be newer than any order loaded).
    table["settled"] = table["month"] + pd.offsets.MonthBegin(1) + settle <= ordered.max()
    return table


def category_return_rates(rate: pd.DataFrame, recent_months: int = 3) -> pd.DataFrame:
    """Each category's return rate over the settled order months of `rate` (`return_rate_by_month`'s table).

    Returns `product_category`, `items_sold`, `items_returned`, `return_rate` (all settled months), `recent_rate`
    (the last `recent_months` settled months), `earlier_rate` (the months before them; NaN without any) and
    `change` (recent minus earlier), the highest recent rate first: the categories a shop manager looks at first.
    """
    settled = rate[rate["settled"]]
    recent = settled["month"].isin(sorted(settled["month"].unique())[-recent_months:])

    def totals(rows: pd.DataFrame) -> pd.DataFrame:
        totals = rows.groupby("product_category", observed=True)[["items_sold", "items_returned"]].sum()
        return totals.assign(rate=totals["items_returned"] / totals["items_sold"])

    table = totals(settled).rename(columns={"rate": "return_rate"})
    table["recent_rate"] = totals(settled[recent])["rate"]
    table["earlier_rate"] = totals(settled[~recent])["rate"]
    table["change"] = table["recent_rate"] - table["earlier_rate"]
    table = table.sort_values(["recent_rate", "return_rate"], ascending=False)
    return table.rename_axis("product_category").reset_index()


def monthly_return_rate(rate: pd.DataFrame) -> pd.DataFrame:
    """All categories together per order month of `rate` (`return_rate_by_month`'s table): `month`, `return_rate`."""
    totals = rate.groupby("month")[["items_sold", "items_returned"]].sum()
    return (totals["items_returned"] / totals["items_sold"]).rename("return_rate").reset_index()


def reason_mix(returns: pd.DataFrame) -> pd.DataFrame:
    """Each category's returns by reason family: `product_category`, `family`, `returns`, `share`."""
    labelled = returns.dropna(subset=["label"]).assign(family=lambda frame: frame["label"].map(FAMILY_OF))
    table = labelled.groupby(["product_category", "family"], observed=True).size().rename("returns").reset_index()
    table["share"] = table["returns"] / table.groupby("product_category")["returns"].transform("sum")
    return table


def top_skus(sold: pd.DataFrame, returns: pd.DataFrame, limit: int = 15) -> pd.DataFrame:
    """The most-returned SKUs with their return rate and reason-family mix.

    Returns one row per SKU (most returns first): `sku`, `product_category`, `returns`, `items_sold`,
    `return_rate`, then one column per reason family with its share of the SKU's returns.
    """
    counts = returns.dropna(subset=["sku"]).groupby("sku").size().nlargest(limit).rename("returns")
    chosen = returns[returns["sku"].isin(counts.index)].assign(family=lambda frame: frame["label"].map(FAMILY_OF))
    mix = pd.crosstab(chosen["sku"], chosen["family"], normalize="index")
    mix = mix.reindex(columns=[str(family) for family in Family], fill_value=0.0)
    sold_per_sku = sold.groupby("sku").size().rename("items_sold")
    category = sold.drop_duplicates("sku").set_index("sku")["product_category"]
    table = pd.concat([counts, sold_per_sku.reindex(counts.index), category.reindex(counts.index), mix], axis=1)
    table["return_rate"] = table["returns"] / table["items_sold"]
    return table.rename_axis("sku").reset_index()


def size_feedback(returns: pd.DataFrame, min_size_returns: int = 5, verdict_share: float = 2 / 3) -> pd.DataFrame:
    """Per SKU with at least `min_size_returns` size returns: does it run small or large?

    "runs small" when at least `verdict_share` of its size returns say too small ("runs large" for
    too large), else "true to size". Returns `sku`, `size_returns`, `too_small`, `too_large`,
    `too_small_share`, `too_large_share`, `verdict`, most size returns first.
    """
    sized = returns[returns["label"].isin(["too_small", "too_large"])]
    table = pd.crosstab(sized["sku"], sized["label"]).reindex(columns=["too_small", "too_large"], fill_value=0)
    table["size_returns"] = table["too_small"] + table["too_large"]
    table = table[table["size_returns"] >= min_size_returns].copy()
    table["too_small_share"] = table["too_small"] / table["size_returns"]
    table["too_large_share"] = table["too_large"] / table["size_returns"]
    table["verdict"] = np.select(
        [table["too_small_share"] >= verdict_share, table["too_large_share"] >= verdict_share],
        ["runs small", "runs large"],
        default="true to size",
    )
    table = table.sort_values(["size_returns", "too_small_share"], ascending=False)
    return table.rename_axis("sku").reset_index()[
        ["sku", "size_returns", "too_small", "too_large", "too_small_share", "too_large_share", "verdict"]
    ]


def size_guide_first(sizes: pd.DataFrame) -> pd.DataFrame:
    """`size_feedback`'s table with the SKUs that run small or large first (their size guide needs a look),
    then those true to size; within each, the order it had (most size returns first)."""
    return sizes.sort_values("verdict", key=lambda verdict: verdict.eq("true to size"), kind="stable")


def benjamini_hochberg(p_values: np.ndarray) -> np.ndarray:
    """False-discovery-rate adjusted p-values (q-values), in the input's order."""
    count = len(p_values)
    if count == 0:
        return p_values
    order = np.argsort(p_values)
    scaled = p_values[order] * count / np.arange(1, count + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    result = np.empty(count)
    result[order] = np.minimum(adjusted, 1.0)
    return result


def quality_alerts(
    returns: pd.DataFrame, recent_days: int = 90, min_recent: int = QUALITY_MIN_RECENT, max_q: float = 0.05
) -> pd.DataFrame:
    """SKUs whose share of quality returns (defective, poor quality) rose above their own baseline.

    The recent window is the last `recent_days` before the newest return; the baseline is the SKU's
    returns before it (with one pseudo-return of each kind, so a clean baseline is not a zero rate).
    Each SKU with at least `min_recent` recent returns gets a one-sided binomial test of its recent
    quality count against its baseline share; the p-values are adjusted for testing many SKUs at once
    (Benjamini-Hochberg). `alert` is q <= `max_q` with the recent share above the baseline.

    Returns `sku`, `recent_returns`, `recent_quality`, `recent_share`, `baseline_returns`,
    `baseline_share`, `p_value`, `q_value`, `alert`, smallest p-value first.
    """
    columns = ["sku", "recent_returns", "recent_quality", "recent_share", "baseline_returns", "baseline_share"]
    frame = returns.dropna(subset=["sku", "label", "request_ts"])
    if frame.empty:
        return pd.DataFrame(columns=[*columns, "p_value", "q_value", "alert"])
    start = pd.to_datetime(frame["request_ts"]).max() - pd.Timedelta(days=recent_days)
    recent_mask = pd.to_datetime(frame["request_ts"]) > start
    quality = frame["label"].isin(QUALITY_REASONS)
    grouped = pd.DataFrame(
        {
            "recent_returns": recent_mask.groupby(frame["sku"]).sum(),
            "recent_quality": (recent_mask & quality).groupby(frame["sku"]).sum(),
            "baseline_returns": (~recent_mask).groupby(frame["sku"]).sum(),
            "baseline_quality": (~recent_mask & quality).groupby(frame["sku"]).sum(),
        }
    )
    tested = grouped[grouped["recent_returns"] >= min_recent].copy()
    tested["recent_share"] = tested["recent_quality"] / tested["recent_returns"]
    tested["baseline_share"] = (tested["baseline_quality"] + 1) / (tested["baseline_returns"] + 2)
    tested["p_value"] = [
        binomtest(int(k), int(n), p, alternative="greater").pvalue
        for k, n, p in zip(tested["recent_quality"], tested["recent_returns"], tested["baseline_share"], strict=True)
    ]
    tested["q_value"] = benjamini_hochberg(tested["p_value"].to_numpy())
    tested["alert"] = (tested["q_value"] <= max_q) & (tested["recent_share"] > tested["baseline_share"])
    tested = tested.sort_values(["p_value", "recent_share"], ascending=[True, False])
    return tested.rename_axis("sku").reset_index()[[*columns, "p_value", "q_value", "alert"]]


def abuse_trend(returns: pd.DataFrame) -> pd.DataFrame:
    """Inspected returns per request month and the share confirmed as abuse: `month`, `returns`,
    `confirmed_abuse`, `abuse_rate`. A return not inspected yet (no outcome, not confirmed) is left out:
    counted, it read as honest, and the newest months (triaged, not yet back) fell to no abuse at all."""
    inspected = returns["inspection_outcome"].notna() | returns["confirmed_abuse"].eq(True)
    frame = returns[inspected].dropna(subset=["request_ts"]).assign(month=lambda data: _month(data["request_ts"]))
    table = (
        frame.groupby("month")
        .agg(returns=("return_id", "size"), confirmed_abuse=("confirmed_abuse", lambda values: int(values.sum())))
        .reset_index()
    )
    table["abuse_rate"] = table["confirmed_abuse"] / table["returns"]
    return table


def free_return_cost(log: pd.DataFrame, label_fee: Mapping[str, float]) -> pd.DataFrame:
    """What free-return labels cost the shop per month and currency, priced at the policy's label fee.

    Returns `month`, `currency`, `free_returns`, `label_cost`.
    """
    free = log[(log["decision_code"] == "free_return") & log["currency"].isin(list(label_fee))]
    free = free.assign(month=_month(free["created_at"]))
    table = free.groupby(["month", "currency"]).size().rename("free_returns").reset_index()
    table["label_cost"] = table["free_returns"] * table["currency"].map(label_fee)
    return table


def model_health(log: pd.DataFrame, outcomes: pd.DataFrame) -> pd.DataFrame:
    """Per day: triages, the share flagged needs_review, returns reviewed by agents and the share overridden.

    An override is a corrected reason or a final decision other than the model's. Returns `day`,
    `triaged`, `needs_review_share`, `reviewed`, `override_rate` (NaN on days without reviews).
    """
    days = log.assign(day=pd.to_datetime(log["created_at"], utc=True).dt.floor("D"))
    table = days.groupby("day").agg(
        triaged=("decision_code", "size"), needs_review_share=("needs_review", lambda v: float(v.eq(True).mean()))
    )
    if not outcomes.empty:
        reviewed = outcomes.assign(
            day=pd.to_datetime(outcomes["triaged_at"], utc=True).dt.floor("D"),
            overridden=~outcomes["reason_accepted"].astype(bool)
            | (outcomes["final_decision"].notna() & (outcomes["final_decision"] != outcomes["model_decision"])),
        )
        per_day = reviewed.groupby("day").agg(reviewed=("overridden", "size"), override_rate=("overridden", "mean"))
        table = table.join(per_day, how="left")
    else:
        table = table.assign(reviewed=0, override_rate=np.nan)
    table["reviewed"] = table["reviewed"].fillna(0).astype(int)
    return table.reset_index()


@dataclass(frozen=True)
class Headline:
    """The figures above the charts."""

    returns: int
    items_sold: int
    return_rate: float
    triaged: int
    needs_review_share: float | None
    reviewed: int
    override_rate: float | None
    quality_alerts: int
    runs_small: int


def headline(
    sold: pd.DataFrame, returns: pd.DataFrame, health: pd.DataFrame, alerts: pd.DataFrame, sizes: pd.DataFrame
) -> Headline:
    triaged = int(health["triaged"].sum()) if not health.empty else 0
    reviewed = int(health["reviewed"].sum()) if not health.empty else 0
    flagged = float((health["needs_review_share"] * health["triaged"]).sum()) if triaged else 0.0
    overridden = float((health["override_rate"].fillna(0) * health["reviewed"]).sum()) if reviewed else 0.0
    return Headline(
        returns=len(returns),
        items_sold=len(sold),
        return_rate=len(returns) / len(sold) if len(sold) else 0.0,
        triaged=triaged,
        needs_review_share=flagged / triaged if triaged else None,
        reviewed=reviewed,
        override_rate=overridden / reviewed if reviewed else None,
        quality_alerts=int(alerts["alert"].sum()) if not alerts.empty else 0,
        runs_small=int((sizes["verdict"] == "runs small").sum()) if not sizes.empty else 0,
    )
