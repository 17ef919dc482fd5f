"""The analytics as Plotly charts and HTML: the console's analytics page and `triage report`'s file.

The charts are Plotly figures serialised to JSON inside `<script type="application/json">` blocks;
`analytics.js` draws them with the Plotly bundle of the plotly wheel. The console serves both
files itself; the report file inlines them, so it opens anywhere without a network.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from features.taxonomy import Family
from models.reply_grammar import category_name
from serving.analytics import metrics
from serving.analytics.tables import AnalyticsInputs

STATIC_DIR = Path(__file__).resolve().parent.parent / "console" / "static"
FAMILY_COLOURS = {
    "size": "#4c78a8",
    "condition": "#e45756",
    "expectation": "#f58518",
    "fulfillment": "#72b7b2",
    "preference": "#54a24b",
    "other": "#9d9da0",
}
# The return-rate chart draws this many categories (the highest rates over the last RECENT_MONTHS settled months).
RATE_LINES_DRAWN = 4
RECENT_MONTHS = 3


@dataclass(frozen=True)
class Chart:
    chart_id: str
    title: str
    figure_json: str  # Plotly figure (data + layout) as JSON
    caption: str


@dataclass(frozen=True)
class Analytics:
    """Everything the analytics page shows."""

    generated_at: datetime
    headline: metrics.Headline
    charts: list[Chart]
    category_rates: pd.DataFrame
    top_skus: pd.DataFrame
    size_feedback: pd.DataFrame
    quality_alerts: pd.DataFrame
    monitor: Any

    @property
    def size_table(self) -> pd.DataFrame:
        """The size feedback as the page lists it: the SKUs that run small or large first."""
        return metrics.size_guide_first(self.size_feedback)


def plotly_js_path() -> Path:
    import plotly

    return Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"


MONTHS = {"type": "date", "tickformat": "%b %Y", "dtick": "M3"}
DAY_MS = 86_400_000


def _day_axis(days: pd.Series, ticks: int = 8) -> dict[str, Any]:
    """A date axis ticked on whole days, about `ticks` of them: left to itself, Plotly ticked a log of one or two
    days every few hours, each tick labelled with its day ("03 Dec 2026" twice, then "04 Dec 2026" three times)."""
    span = (days.max() - days.min()).days if len(days) else 0
    return {"type": "date", "tickformat": "%d %b %Y", "dtick": DAY_MS * max(1, -(-span // ticks))}


def _layout(go: Any, title: str, x_title: str, y_title: str, x_axis: dict | None = None, **extra: Any) -> Any:
    return go.Layout(
        title={"text": title, "y": 0.98, "yanchor": "top"},
        xaxis={"title": {"text": x_title}, **(x_axis or {})},
        yaxis={"title": {"text": y_title}},
        margin={"l": 70, "r": 20, "t": 110, "b": 40},
        # Legend above the plot, under the title: below it, it collides with the x-axis title.
        legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"},
        template="plotly_white",
        **extra,
    )


# Plotly draws a label's `<a href>`, `<b>`, `<span style>` and `<br>` as links and styles: a SKU `<a href="https://...">`
# in an export was a link on the agents' chart. Its entities read back as the characters, so a label shows as written.
_PLOTLY_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _as_written(labels: Iterable[Any]) -> list[str]:
    """Labels from the data (SKUs) as Plotly shows them as plain text."""
    return [str(label).translate(_PLOTLY_ENTITIES) for label in labels]


def _chart(chart_id: str, figure: Any, caption: str) -> Chart:
    return Chart(chart_id, figure.layout.title.text, figure.to_json(), caption)


def build_charts(
    inputs: AnalyticsInputs, tables: Mapping[str, pd.DataFrame], label_fee: Mapping[str, float]
) -> list[Chart]:
    """One Plotly chart per analysis, with a title, labelled axes and units."""
    import plotly.graph_objects as go

    charts = []
    rate = tables["return_rate"][lambda table: table["settled"]]
    unsettled = tables["return_rate"].loc[lambda table: ~table["settled"], "month"]
    figure = go.Figure(
        layout=_layout(
            go, "Return rate by order month and category", "order month", "items returned (% of items sold)", MONTHS
        )
    )
    overall = metrics.monthly_return_rate(rate)
    figure.add_trace(
        go.Scatter(
            x=overall["month"],
            y=overall["return_rate"] * 100,
            mode="lines",
            name="all categories",
            line={"color": "#1f2937", "width": 3},
        )
    )
    # Seventeen lines in one plot read as none: the categories with the highest recent rates are drawn, the others
    # are one click away in the legend, and every category's figures are in the table below the charts.
    ranked = tables["category_rates"]["product_category"]
    drawn = set(ranked.head(RATE_LINES_DRAWN))
    for category in ranked:
        rows = rate[rate["product_category"] == category]
        figure.add_trace(
            go.Scatter(
                x=rows["month"],
                y=rows["return_rate"] * 100,
                mode="lines",
                name=category_name(str(category), "en"),
                visible=True if category in drawn else "legendonly",
            )
        )
    # The legend lists every category: to the right, where it cannot cover the title.
    figure.update_layout(
        legend={"orientation": "v", "x": 1.02, "y": 1, "yanchor": "top", "title": {"text": "click to draw"}},
        margin={"r": 150, "t": 60},
    )
    caption = (
        f"Items of each month's orders that came back: all categories together, and the {RATE_LINES_DRAWN} "
        f"categories with the highest rate over the last {RECENT_MONTHS} months drawn; click another in the legend "
        "to draw it. Every category is in the table “Return rate by category”."
    )
    if len(unsettled):
        # Without this the last months read as a fall in returns: their returns are still coming in.
        caption += f" Orders from {unsettled.min():%B %Y} on are left out: their returns are still coming in."
    charts.append(_chart("return-rate", figure, caption))

    mix = tables["reason_mix"]
    figure = go.Figure(
        layout=_layout(
            go, "Reason mix by category (reason families)", "product category", "share of returns (%)", barmode="stack"
        )
    )
    for family in Family:
        rows = mix[mix["family"] == str(family)]
        categories = [category_name(code, "en") for code in rows["product_category"]]
        figure.add_trace(
            go.Bar(x=categories, y=rows["share"] * 100, name=str(family), marker_color=FAMILY_COLOURS[family])
        )
    charts.append(_chart("reason-mix", figure, "What each category's returns say, by reason family."))

    skus = tables["top_skus"].iloc[::-1]
    figure = go.Figure(
        layout=_layout(
            go, "Most-returned SKUs and their reasons", "returns (count)", "SKU", barmode="stack", height=480
        )
    )
    for family in Family:
        figure.add_trace(
            go.Bar(
                y=_as_written(skus["sku"]),
                x=skus[str(family)] * skus["returns"],
                orientation="h",
                name=str(family),
                marker_color=FAMILY_COLOURS[family],
            )
        )
    charts.append(_chart("top-skus", figure, "The SKUs returned most often; bar segments are reason families."))

    sizes = tables["size_feedback"].head(20)
    figure = go.Figure(
        layout=_layout(
            go,
            "Size feedback per SKU (SKUs with the most size returns)",
            "SKU",
            "share of size returns (%)",
            barmode="stack",
        )
    )
    figure.add_trace(
        go.Bar(x=_as_written(sizes["sku"]), y=sizes["too_small_share"] * 100, name="too small", marker_color="#4c78a8")
    )
    figure.add_trace(
        go.Bar(x=_as_written(sizes["sku"]), y=sizes["too_large_share"] * 100, name="too large", marker_color="#f58518")
    )
    charts.append(
        _chart("size-feedback", figure, "“Runs small” when at least two thirds of a SKU's size returns say too small.")
    )

    quality = tables["quality_alerts"].head(12)
    skus_tested = _as_written(quality["sku"])
    names = [f"{sku} ⚠" if alert else sku for sku, alert in zip(skus_tested, quality["alert"], strict=True)]
    figure = go.Figure(
        layout=_layout(
            go,
            "Quality returns: recent window vs the SKU's own baseline",
            "SKU (⚠ = significant rise)",
            "defective or poor quality (% of the SKU's returns)",
            barmode="group",
        )
    )
    figure.add_trace(go.Bar(x=names, y=quality["baseline_share"] * 100, name="baseline", marker_color="#9d9da0"))
    figure.add_trace(go.Bar(x=names, y=quality["recent_share"] * 100, name="recent", marker_color="#e45756"))
    if quality.empty:  # else an empty plot with a y axis from -1 to 4, as if drawing had failed
        figure.update_xaxes(visible=False)
        figure.update_yaxes(visible=False)
        figure.add_annotation(
            text=f"No SKU has {metrics.QUALITY_MIN_RECENT} or more recent returns to test",
            showarrow=False,
            xref="paper",
            yref="paper",
            x=0.5,
            y=0.5,
        )
    charts.append(
        _chart(
            "quality",
            figure,
            "The SKUs with the smallest p-values of a one-sided binomial test, adjusted for testing many SKUs.",
        )
    )

    abuse = tables["abuse_trend"]
    figure = go.Figure(
        layout=_layout(
            go, "Confirmed abuse by request month", "request month", "returns confirmed as abuse (%)", MONTHS
        )
    )
    figure.add_trace(go.Scatter(x=abuse["month"], y=abuse["abuse_rate"] * 100, mode="lines+markers", name="abuse rate"))
    caption = "Share of inspected returns confirmed as abuse; returns not inspected yet are left out."
    charts.append(_chart("abuse", figure, caption))

    cost = tables["free_return_cost"]
    figure = go.Figure(
        layout=_layout(
            go,
            "Cost of free-return labels by month",
            "triage month",
            "label cost (currency units)",
            {"type": "date", "tickformat": "%b %Y", "dtick": "M1"},
            barmode="group",
        )
    )
    for currency, rows in cost.groupby("currency"):
        figure.add_trace(
            go.Bar(x=rows["month"], y=rows["label_cost"], name=f"{currency} (fee {label_fee[currency]:.2f})")
        )
    charts.append(
        _chart("free-return-cost", figure, "Free returns decided by the service, priced at the policy's label fee.")
    )

    health = tables["model_health"]
    figure = go.Figure(layout=_layout(go, "Model health by day", "triage day", "share (%)", _day_axis(health["day"])))
    for column, name in (
        ("needs_review_share", "needs review (% of triaged)"),
        ("override_rate", "overridden by agents (% of reviewed)"),
    ):
        figure.add_trace(go.Scatter(x=health["day"], y=health[column] * 100, mode="lines+markers", name=name))
    charts.append(
        _chart(
            "model-health",
            figure,
            "Reason predictions flagged for review, and agents' corrections of reason or decision.",
        )
    )
    return charts


def build_analytics(inputs: AnalyticsInputs, label_fee: Mapping[str, float]) -> Analytics:
    """Compute every analysis and its chart."""
    return_rate = metrics.return_rate_by_month(inputs.sold, inputs.returns)
    tables = {
        "return_rate": return_rate,
        "category_rates": metrics.category_return_rates(return_rate, RECENT_MONTHS),
        "reason_mix": metrics.reason_mix(inputs.returns),
        "top_skus": metrics.top_skus(inputs.sold, inputs.returns),
        "size_feedback": metrics.size_feedback(inputs.returns),
        "quality_alerts": metrics.quality_alerts(inputs.returns),
        "abuse_trend": metrics.abuse_trend(inputs.returns),
        "free_return_cost": metrics.free_return_cost(inputs.log, label_fee),
        "model_health": metrics.model_health(inputs.log, inputs.outcomes),
    }
    return Analytics(
        generated_at=datetime.now(UTC),
        headline=metrics.headline(
            inputs.sold, inputs.returns, tables["model_health"], tables["quality_alerts"], tables["size_feedback"]
        ),
        charts=build_charts(inputs, tables, label_fee),
        category_rates=tables["category_rates"],
        top_skus=tables["top_skus"],
        size_feedback=tables["size_feedback"],
        quality_alerts=tables["quality_alerts"],
        monitor=inputs.monitor,
    )


def standalone_assets() -> dict[str, str]:
    """The CSS and scripts a report file inlines (Plotly's bundle, the chart loader, the console's CSS)."""
    return {
        "plotly_js": plotly_js_path().read_text(encoding="utf-8"),
        "analytics_js": (STATIC_DIR / "analytics.js").read_text(encoding="utf-8"),
        "css": (STATIC_DIR / "console.css").read_text(encoding="utf-8"),
    }


# JSON text held in a `<script>` block is read by the HTML parser first: `</script>` ends the block, and `<!--` then
# `<script` makes it run on past its own end tag (a SKU "<!--<script>" among the most returned swallowed the rest of
# the analytics page, the charts' loader included). JSON reads `\u003c` as `<`, and `<` only occurs in its strings.
_SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_safe(text: str) -> str:
    """JSON text that the HTML parser reads as plain text inside a `<script>` block: no `<`, `>` or `&` is left
    unescaped, so nothing a SKU or a name holds can end the block or keep it open."""
    return text.translate(_SCRIPT_ESCAPES)


def chart_payload(charts: list[Chart]) -> str:
    """The charts as one JSON document for `analytics.js`."""
    return script_safe(json.dumps({chart.chart_id: json.loads(chart.figure_json) for chart in charts}))


def page_context(analytics: Analytics) -> dict[str, Any]:
    """What `_analytics_body.html` renders: the analytics, their charts' JSON and the windows the page names."""
    return {
        "analytics": analytics,
        "chart_data": chart_payload(analytics.charts),
        "recent_months": RECENT_MONTHS,
        "quality_min_recent": metrics.QUALITY_MIN_RECENT,
    }


def render_report(analytics: Analytics) -> str:
    """The analytics as one self-contained HTML file (styles, Plotly and the charts inlined)."""
    from serving.console.templating import templates

    return templates.get_template("analytics_report.html").render(**page_context(analytics), assets=standalone_assets())
