"""Reason codes that explain an abuse-risk score in words a support agent understands.

Attribution method (simple and honest): for each explainable feature, set the customer's value to
what is typical (the training population's median, kept on the model as `typical_`; for the item
price, its category's median) and re-score. The drop in calibrated probability is that factor's
contribution. Factors are reported only when they raise the score by at least `min_delta`, largest
first, with a sentence stating the customer's value next to the typical one. Interactions are not
split between features, so contributions need not add up to the score; they answer "how much lower
would the risk be if only this were typical?".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from features.history import LATE_REQUEST_DAYS, no_history
from features.text import counted


@dataclass(frozen=True)
class RiskReason:
    """One factor that raised a customer's risk score.

    `code` is machine-readable (e.g. `HIGH_RETURN_FREQUENCY`); `sentence` states the customer's
    value next to what is typical, e.g. "7 returns in the last 90 days; typical customers have 1".
    `raises_score` is False for a code that names a state rather than a factor (`NO_HISTORY`): it
    tells the agent what the score rests on, but alone it is no reason to warn.
    """

    code: str
    sentence: str
    raises_score: bool = True


NO_HISTORY = RiskReason(
    "NO_HISTORY",
    "No earlier purchase or return in the last year: the score rests on this return alone "
    "(order value, category, timing, basket)",
    raises_score=False,
)


@dataclass(frozen=True)
class _Factor:
    """A feature that can raise the score, its code, and the sentence template (value=, typical=, and for a count
    counted=, the value with `counts` in the singular or plural: "1 earlier return", "3 earlier returns", "1 day").

    `code` names the usual risky direction; when the customer's value is on the other side of
    typical (e.g. a request made unusually soon after delivery), `code_other_side` says so.
    `past_returns` marks a count or rate of the customer's earlier returns: for a customer without
    history its 0 is the missing history itself ("0 returns in the last 90 days; typical customers
    have 1"), which `NO_HISTORY` already says and which is no reason to warn.
    """

    feature: str
    code: str
    template: str
    code_other_side: str | None = None
    risky_when_low: bool = False
    counts: str | None = None
    past_returns: bool = False

    @property
    def unusual_code(self) -> str:
        """The code when the value raising the score is on the other side of typical."""
        return self.code_other_side or f"UNUSUAL_{self.feature.upper()}"

    def code_for(self, value: float, typical: float) -> str:
        usual_side = value <= typical if self.risky_when_low else value >= typical
        return self.code if usual_side else self.unusual_code

    def sentence(self, value: float, typical: float) -> str:
        """The customer's value next to the typical one, as an agent reads it (capitalised)."""
        number = counted(round(value), self.counts) if self.counts else None  # days are said whole
        said = self.template.format(value=value, typical=typical, counted=number)
        return said[0].upper() + said[1:]


_COUNT = "{counted} {what}; typical customers have {typical:g}"
FACTORS: tuple[_Factor, ...] = (
    _Factor(
        "returns_last_30d",
        "RECENT_RETURN_BURST",
        _COUNT.replace("{what}", "in the last 30 days"),
        counts="return",
        past_returns=True,
    ),
    _Factor(
        "returns_last_90d",
        "HIGH_RETURN_FREQUENCY",
        _COUNT.replace("{what}", "in the last 90 days"),
        counts="return",
        past_returns=True,
    ),
    _Factor(
        "returns_last_365d",
        "MANY_RETURNS_THIS_YEAR",
        _COUNT.replace("{what}", "in the last 365 days"),
        counts="return",
        past_returns=True,
    ),
    _Factor(
        "return_rate_365d",
        "HIGH_RETURN_RATE",
        "returned {value:.0%} of the items bought in the last year; typical customers return {typical:.0%}",
        past_returns=True,
    ),
    _Factor(
        "free_returns_used",
        "FREE_RETURN_QUOTA_USED",
        _COUNT.replace("{what}", "used in the current quota window"),
        counts="free return",
        past_returns=True,
    ),
    _Factor(
        "confirmed_abuse_count",
        "PRIOR_CONFIRMED_ABUSE",
        _COUNT.replace("{what}", "confirmed as abuse after inspection"),
        counts="earlier return",
        past_returns=True,
    ),
    _Factor(
        "shop_fault_claims_365d",
        "FREQUENT_FAULT_CLAIMS",
        _COUNT.replace("{what}", "in the last year claimed the shop was at fault"),
        counts="earlier return",
        past_returns=True,
    ),
    _Factor(
        "late_requests_365d",
        "RETURNS_LATE_IN_WINDOW",
        _COUNT.replace("{what}", f"in the last year requested {LATE_REQUEST_DAYS} or more days after delivery"),
        counts="earlier return",
        past_returns=True,
    ),
    _Factor(
        "account_age_days",
        "NEW_ACCOUNT",
        "account opened {counted} before the request; typical accounts are {typical:.0f} days old",
        risky_when_low=True,
        counts="day",
    ),
    _Factor("order_value", "HIGH_ORDER_VALUE", "order worth {value:.2f}; typical orders are worth {typical:.2f}"),
    _Factor(
        "item_price",
        "EXPENSIVE_FOR_CATEGORY",
        "item costs {value:.1f}x its category's median price; typical items cost {typical:.1f}x",
    ),
    _Factor("discount", "DEEP_DISCOUNT", "bought at {value:.0%} discount; typical discount is {typical:.0%}"),
    _Factor(
        "days_delivery_to_request",
        "LATE_IN_RETURN_WINDOW",
        "return requested {counted} after delivery; typical requests come after {typical:.0f} days",
        code_other_side="QUICK_RETURN_REQUEST",
        counts="day",
    ),
    _Factor("order_items", "LARGE_ORDER", "{counted} in the order; typical orders have {typical:g}", counts="item"),
    _Factor(
        "same_product_sizes_in_order",
        "SIZE_BRACKETING",
        "the same product was ordered in {counted} in one order; typical orders have {typical:g}",
        counts="size",
    ),
    _Factor(
        "order_share_returned",
        "MOST_OF_ORDER_RETURNED",
        "{value:.0%} of the order is being returned; typically {typical:.0%}",
    ),
    _Factor(
        "form_reason_contradicts",
        "REASON_CONTRADICTS_FORM",
        "the written reason contradicts the reason picked in the return form; typically they agree",
    ),
)


def score_and_explain(
    model: object, features: pd.DataFrame, top_k: int = 3, min_delta: float = 0.01
) -> tuple[np.ndarray, list[list[RiskReason]]]:
    """Each row's calibrated risk score and the top factors raising it, from one model call.

    The rows and every "this factor made typical" variant of them are scored together: the model's
    fixed cost per call dominates for the few rows of a served batch, and the scores of a row do
    not depend on the other rows it is scored with. A variant equal to its row (the value is
    already typical, about a third of them for the shop's customers) is not scored again: it has
    the row's score.

    Args:
        model: a fitted `models.risk_model.RiskModel` (needs `feature_columns`, `score_abuse`,
            `typical_`, `price_ratio_.category_medians` and `price_ratio_.ratios`).
        features: rows of `features.history.FEATURE_COLUMNS`.
        top_k: at most this many reasons per row.
        min_delta: smallest score drop (absolute probability) worth reporting.

    Returns:
        The scores (as `model.score_abuse(features)`), and one list of `RiskReason` per row:
        `NO_HISTORY` first for a customer without history (`features.history.no_history`), then the
        factors, largest contribution first (possibly none; for a customer without history, never a
        count of earlier returns that is 0).
    """
    rows = model.feature_columns(features)
    count = len(features)
    price_ratio = model.price_ratio_
    categories = pd.factorize(rows[price_ratio.category_column])  # once, for medians and ratios
    typical = model.typical_
    typical_ratio = typical.get("price_vs_category_median", 1.0)
    factors = [factor for factor in FACTORS if factor.feature in typical or factor.feature == "item_price"]
    blocks = len(factors) + 1
    # Block 0 holds the rows as they are; block i + 1 the rows with factor i set to typical. Built
    # as one table of the numbers (a few array operations whatever the factors: this is fixed cost
    # of every served batch); the categories are the rows' in every block.
    variants = np.empty((len(factors), count))
    variants[:] = np.array([typical.get(factor.feature, np.nan) for factor in factors])[:, np.newaxis]
    for index, factor in enumerate(factors):
        if factor.feature == "item_price":
            variants[index] = price_ratio.category_medians(rows, categories) * typical_ratio
    numeric = [name for name, values in rows.items() if values.dtype != object]
    table = np.tile(np.column_stack([rows[name] for name in numeric]), (blocks, 1))
    factor_columns = [numeric.index(factor.feature) for factor in factors]
    differs = np.ones(blocks * count, dtype=bool)
    differs[count:] = ~(variants == table[:count, factor_columns].T).ravel()  # NaN differs
    table.reshape(blocks, count, len(numeric))[np.arange(1, blocks), :, factor_columns] = variants
    scored = table[differs]
    stacked = {
        name: scored[:, numeric.index(name)] if name in numeric else np.tile(values, blocks)[differs]
        for name, values in rows.items()
    }
    scores = np.empty(blocks * count)
    scores[differs] = model.score_abuse(stacked)
    scores = scores.reshape(blocks, count)
    scores = np.where(differs.reshape(blocks, count), scores, scores[0])
    base, deltas = scores[0], scores[0][np.newaxis, :] - scores[1:]
    shown = {factor.feature: rows[factor.feature] for factor in factors}
    shown["item_price"] = price_ratio.ratios(rows, categories)
    typical_shown = {**typical, "item_price": typical_ratio}

    cold = no_history(rows)
    explanations: list[list[RiskReason]] = []
    for row in range(count):
        ranked = sorted(
            (
                index
                for index in range(len(factors))
                if deltas[index, row] >= min_delta
                and not (cold[row] and factors[index].past_returns and shown[factors[index].feature][row] == 0)
            ),
            key=lambda i: -deltas[i, row],
        )
        reasons = [NO_HISTORY] if cold[row] else []
        for index in ranked[:top_k]:
            factor = factors[index]
            value = shown[factor.feature][row]
            if pd.isna(value):
                continue
            typical_value = typical_shown[factor.feature]
            reasons.append(RiskReason(factor.code_for(value, typical_value), factor.sentence(value, typical_value)))
        explanations.append(reasons)
    return base, explanations
