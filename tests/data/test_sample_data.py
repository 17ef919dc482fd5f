"""Data tests for the committed sample data (data/sample) and its generator.

The committed files are read once per module. Point them elsewhere with TRIAGE_SAMPLE_DATA_DIR.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from cli.data import app as data_app
from features import tables
from features.schemas import TABLES, column_names
from features.taxonomy import REASON_CODES
from triage.sample_data import card
from triage.sample_data.catalogue import PRODUCT_KINDS
from triage.sample_data.generate import build_frames, generate
from triage.sample_data.texts import en, fr
from triage.sample_data.texts.compose import Situation, compose_reason_text
from triage.sample_data.world import BANKS
from triage.settings import Settings

# Obvious keywords of each label, per language: a text "names its reason" when it contains one.
KEYWORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "too_small": ("small", "tight"),
        "too_large": ("large", "big", "loose"),
        "damaged_in_transit": ("damaged", "broken"),
        "defective": ("defective", "faulty", "doesn't work", "not working"),
        "poor_quality": ("quality",),
        "missing_parts": ("missing",),
        "not_as_described": ("described", "description"),
        "wrong_item": ("wrong",),
        "arrived_late": ("late",),
        "no_longer_needed": ("changed my mind", "no longer need", "don't need"),
        "other": ("other",),
    },
    "fr": {
        "too_small": ("petit", "serré", "serre"),
        "too_large": ("grand", "large"),
        "damaged_in_transit": ("abîmé", "abime", "cassé", "casse", "endommagé", "endommage"),
        "defective": ("défectueu", "defectueu", "ne fonctionne pas", "ne marche pas"),
        "poor_quality": ("qualité", "qualite"),
        "missing_parts": ("manque", "manquant"),
        "not_as_described": ("description", "conforme"),
        "wrong_item": ("erreur", "mauvais"),
        "arrived_late": ("retard", "tard"),
        "no_longer_needed": ("changé d'avis", "change d'avis", "plus besoin"),
        "other": ("autre",),
    },
}
ID_PATTERNS = {
    ("customers", "customer_id"): r"C\d{6}",
    ("orders", "order_id"): r"O\d{7}",
    ("line_items", "line_item_id"): r"L\d{8}",
    ("returns", "return_id"): r"R\d{7}",
}


@pytest.fixture(scope="module")
def data_dir() -> Path:
    return Settings().sample_data_dir


@pytest.fixture(scope="module")
def frames(data_dir: Path) -> dict[str, pd.DataFrame]:
    return {name: tables.read_table(name, data_dir) for name in TABLES}


@pytest.fixture(scope="module")
def returns(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return frames["returns"]


@pytest.mark.parametrize("table", list(TABLES))
def test_columns_dtypes_allowed_values_and_nulls(frames: dict[str, pd.DataFrame], table: str) -> None:
    frame = frames[table]
    assert list(frame.columns) == column_names(table)
    for column in TABLES[table]:
        values = frame[column.name]
        assert str(values.dtype).startswith(column.dtype.split("[")[0]), column.name
        if not column.nullable:
            assert values.notna().all(), f"{table}.{column.name} has nulls"
        if column.allowed is not None:
            assert set(values.dropna()) <= set(column.allowed), column.name


def test_ids_unique_and_well_formed(frames: dict[str, pd.DataFrame]) -> None:
    for (table, column), pattern in ID_PATTERNS.items():
        ids = frames[table][column]
        assert ids.is_unique, f"duplicate {column}"
        assert ids.str.fullmatch(pattern).all(), f"malformed {column}"
    assert frames["returns"]["line_item_id"].is_unique, "a line item is returned at most once"


def test_prices_discounts_and_sizes(frames: dict[str, pd.DataFrame]) -> None:
    items = frames["line_items"]
    assert (items["price"] > 0).all()
    assert items["discount"].between(0, 0.7).all()
    sized = items["size"].notna()
    assert (items.loc[sized, "sku"] == items.loc[sized, "product_id"] + "-" + items.loc[sized, "size"]).all()
    assert (items.loc[~sized, "sku"] == items.loc[~sized, "product_id"]).all()


def test_referential_integrity(frames: dict[str, pd.DataFrame]) -> None:
    customers, orders, items, returns = (frames[name] for name in ("customers", "orders", "line_items", "returns"))
    assert orders["customer_id"].isin(customers["customer_id"]).all()
    assert items["order_id"].isin(orders["order_id"]).all()
    joined = returns.merge(items[["line_item_id", "order_id"]], on="line_item_id", how="left", suffixes=("", "_item"))
    assert (joined["order_id"] == joined["order_id_item"]).all(), "return order_id must be its line item's order"
    joined = joined.merge(orders[["order_id", "customer_id"]], on="order_id", how="left", suffixes=("", "_order"))
    assert (joined["customer_id"] == joined["customer_id_order"]).all(), "return customer must own the order"


def test_time_ordering(frames: dict[str, pd.DataFrame]) -> None:
    customers, orders, returns = frames["customers"], frames["orders"], frames["returns"]
    first_order = orders.groupby("customer_id")["order_ts"].min()
    created = customers.set_index("customer_id")["created_at"].reindex(first_order.index)
    assert (created <= first_order).all()
    transit = orders["delivery_ts"] - orders["order_ts"]
    assert (transit > pd.Timedelta(0)).all() and (transit <= pd.Timedelta(days=10)).all()
    assert 0.01 < (transit > pd.Timedelta(days=7)).mean() < 0.1, "a few late deliveries"
    delay = returns["request_ts"] - returns.merge(orders, on="order_id", how="left")["delivery_ts"].to_numpy()
    assert (delay > pd.Timedelta(0)).all()
    late_requests = (delay > pd.Timedelta(days=30)).mean()
    assert 0.01 < late_requests < 0.1, "mostly within the 30-day window, some after it"


def test_size_and_time_span(frames: dict[str, pd.DataFrame]) -> None:
    assert len(frames["orders"]) >= 60_000
    assert len(frames["customers"]) >= 8_000
    assert len(frames["returns"]) >= 20_000
    span = frames["returns"]["request_ts"].max() - frames["returns"]["request_ts"].min()
    assert span >= pd.Timedelta(days=18 * 30)


def test_language_share_and_label_coverage(returns: pd.DataFrame) -> None:
    assert (returns["lang"] == "fr").mean() >= 0.30
    counts = returns.groupby(["lang", "label"]).size()
    for lang in ("en", "fr"):
        for label in REASON_CODES:
            assert counts.get((lang, label), 0) >= 50, f"too few {lang} {label}"


def test_class_imbalance_is_realistic(returns: pd.DataFrame) -> None:
    shares = returns["label"].value_counts(normalize=True)
    assert 0.3 <= shares["too_small"] + shares["too_large"] <= 0.45
    assert shares.idxmax() in ("too_small", "too_large", "no_longer_needed")
    assert 0.01 <= shares["missing_parts"] <= 0.04
    assert 0.02 <= shares["other"] <= 0.06


def _names_its_label(text: str, lang: str, label: str) -> bool:
    lowered = text.lower()
    return any(keyword in lowered for keyword in KEYWORDS[lang][label])


def test_most_texts_avoid_their_labels_keyword(returns: pd.DataFrame) -> None:
    named = pd.Series(
        [
            _names_its_label(t, lang, label)
            for t, lang, label in zip(returns["reason_text"], returns["lang"], returns["label"], strict=True)
        ],
        index=returns.index,
    )
    assert named.mean() < 0.4
    per_label = named.groupby(returns["label"]).mean()
    assert (per_label < 0.5).all(), per_label[per_label >= 0.5].to_dict()


def test_text_lengths_and_uniqueness(returns: pd.DataFrame) -> None:
    words = returns["reason_text"].str.split().str.len()
    assert words.between(2, 80).all()
    assert (words >= 30).mean() > 0.05, "some review-like long texts"
    assert returns["reason_text"].nunique() / len(returns) >= 0.9
    for column in ("reason_text", "agent_reply"):
        assert not returns[column].str.contains(r"\{\w+\}").any(), f"unfilled placeholder in {column}"


def test_abuse_follows_inspection_with_noise(returns: pd.DataFrame) -> None:
    assert 0.04 <= returns["confirmed_abuse"].mean() <= 0.07
    suspicious = returns["inspection_outcome"].isin(["worn", "used", "item_swapped", "empty_box"])
    assert returns.loc[suspicious, "confirmed_abuse"].mean() > 0.6
    assert returns.loc[~suspicious, "confirmed_abuse"].mean() < 0.02


def test_abuse_signals_overlap_between_behaviours(frames: dict[str, pd.DataFrame]) -> None:
    returns = frames["returns"].merge(frames["customers"][["customer_id", "behaviour"]], on="customer_id")
    per_customer = returns.groupby(["behaviour", "customer_id"]).size()
    fraudster_median = per_customer["fraudster"].median()
    assert (per_customer["regular"] >= fraudster_median).sum() > 100, "honest customers who return a lot"
    clean_fraud = returns[(returns["behaviour"] == "fraudster") & ~returns["confirmed_abuse"]]
    assert len(clean_fraud) > 0.3 * (returns["behaviour"] == "fraudster").sum(), "fraudsters who look clean"


def test_form_reason_is_partial_and_mostly_agrees(returns: pd.DataFrame) -> None:
    given = returns["form_reason_code"].notna()
    assert 0.5 <= given.mean() <= 0.7
    assert 0.7 <= (returns.loc[given, "form_reason_code"] == returns.loc[given, "label"]).mean() <= 0.92


def test_resolutions_follow_timing_and_reason(frames: dict[str, pd.DataFrame]) -> None:
    returns = frames["returns"].merge(frames["orders"][["order_id", "delivery_ts"]], on="order_id")
    late = returns["request_ts"] - returns["delivery_ts"] > pd.Timedelta(days=30)
    assert (returns.loc[late, "resolution"] == "rejected").mean() > 0.7
    size = returns["label"].isin(["too_small", "too_large"])
    exchange_share = (returns["resolution"] == "exchange").groupby(size).mean()
    assert exchange_share[True] > 2 * exchange_share[False]


def test_replies_quote_the_case_and_predict_contact_again(frames: dict[str, pd.DataFrame]) -> None:
    returns = frames["returns"].merge(frames["customers"][["customer_id", "first_name"]], on="customer_id")
    quotes_name = [name in reply for name, reply in zip(returns["first_name"], returns["agent_reply"], strict=True)]
    quotes_order = [order in reply for order, reply in zip(returns["order_id"], returns["agent_reply"], strict=True)]
    assert pd.Series(quotes_name).mean() > 0.8 and pd.Series(quotes_order).mean() > 0.95
    assert returns["agent_reply"].nunique() / len(returns) > 0.95
    refunds = returns[returns["resolution"] == "refund"]
    # A reply gives refund timing when it contains one of the agents' timing sentences.
    openings = [template.split("{")[0] for bank in (en.REPLIES, fr.REPLIES) for template in bank.timings]
    with_timing = refunds["agent_reply"].map(lambda reply: any(opening in reply for opening in openings))
    rate = refunds["contacted_again"].groupby(with_timing).mean()
    assert rate[False] > rate[True] + 0.1, "replies without refund timing lead to more contact"


def test_data_card_lists_every_column_and_matches_the_files(data_dir: Path, frames: dict[str, pd.DataFrame]) -> None:
    text = (data_dir / card.CARD_NAME).read_text(encoding="utf-8")
    for name, columns in TABLES.items():
        for column in columns:
            assert f"`{column.name}`" in text, f"{name}.{column.name} missing from the data card"
    assert card.figures(frames) in text


def test_generator_is_deterministic(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", seed=7, scale=0.05)
    second = generate(tmp_path / "b", seed=7, scale=0.05)
    other = generate(tmp_path / "c", seed=8, scale=0.05)
    for name, path in first.items():
        assert path.read_bytes() == second[name].read_bytes(), name
    assert first["returns"].read_bytes() != other["returns"].read_bytes()
    assert tables.is_generated_sample(tmp_path / "a") and first["mark"].name == tables.GENERATED_MARK
    small = tables.read_table("returns", tmp_path / "a")
    assert len(small) > 500


def test_committed_data_is_what_the_code_generates(frames: dict[str, pd.DataFrame]) -> None:
    settings = Settings()
    regenerated = build_frames(settings.seed, 1.0)
    for name, frame in regenerated.items():
        assert len(frame) == len(frames[name]), name
    committed = frames["returns"]
    fresh = regenerated["returns"]
    assert list(fresh["reason_text"]) == list(committed["reason_text"])
    assert list(fresh["label"]) == list(committed["label"])


def test_read_table_reports_missing_file_and_columns(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not found"):
        tables.read_table("returns", tmp_path)
    with pytest.raises(ValueError, match="unknown table"):
        tables.read_table("payments", tmp_path)
    frame = pd.DataFrame({"customer_id": ["C000001"], "first_name": ["Ann"]})
    frame.to_csv(tables.table_path("customers", tmp_path), index=False, compression="gzip")
    with pytest.raises(ValueError, match=r"missing columns: country, preferred_lang, created_at, behaviour"):
        tables.read_table("customers", tmp_path)


def test_cli_generates_and_rejects_bad_input(tmp_path: Path) -> None:
    # Mounted like cli/app.py does (a lone command would otherwise collapse into the app).
    cli = typer.Typer()
    cli.add_typer(data_app, name="data")
    runner = CliRunner()
    result = runner.invoke(cli, ["data", "generate", "--out", str(tmp_path / "out"), "--scale", "0.01", "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert tables.table_path("returns", tmp_path / "out").is_file()
    assert re.search(r"generated in", result.output)
    bad = runner.invoke(cli, ["data", "generate", "--out", str(tmp_path / "x"), "--scale", "-1"])
    assert bad.exit_code == 2
    (tmp_path / "file").write_text("not a folder")
    clash = runner.invoke(cli, ["data", "generate", "--out", str(tmp_path / "file"), "--scale", "0.01"])
    assert clash.exit_code == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_label_composes_for_every_product_kind(lang: str) -> None:
    """Banks cover each (label, product kind) pair the simulation can draw, with placeholders filled."""
    rng = random.Random(0)
    bank = BANKS[lang]
    for kind in PRODUCT_KINDS:
        size = kind.sizes[1] if kind.sizes else None
        for label in REASON_CODES:
            if label in ("too_small", "too_large") and not kind.sizes and kind.group != "bedding":
                continue
            for _ in range(5):
                text = compose_reason_text(
                    rng, bank, label, Situation(kind, size, kind.sizes[2] if size else None, "CA")
                )
                assert 2 <= len(text.split()) <= 80, text
                assert "{" not in text and "}" not in text, text
