"""`triage agents create`, `disable`, `enable` and `triage report` (the console's CLI commands)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from console_support import triage_batches, unnamed_cells
from typer.testing import CliRunner

from cli.app import app
from features.tables import write_table
from serving.db import open_database
from serving.stores.agents import AgentStore
from serving.stores.history import load_history
from serving.stores.predictions import PredictionLog
from triage.settings import get_settings

runner = CliRunner()


@pytest.fixture
def own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh state folder for commands that read `get_settings()`."""
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state"))
    get_settings.cache_clear()
    yield tmp_path / "state"
    get_settings.cache_clear()


def test_agents_create_prints_a_one_time_password_that_signs_in(own_state: Path) -> None:
    created = runner.invoke(app, ["agents", "create", "amelie"])
    assert created.exit_code == 0, created.output
    password = created.stdout.strip().splitlines()[-1]
    store = AgentStore(open_database(get_settings()))
    assert store.sign_in("amelie", password) is not None
    again = runner.invoke(app, ["agents", "create", "amelie"])
    assert again.exit_code == 2 and "already exists" in again.output
    asked = runner.invoke(app, ["agents", "create", "bob", "--ask"], input="a long secret phrase\n" * 2)
    assert asked.exit_code == 0 and store.sign_in("bob", "a long secret phrase") is not None
    short = runner.invoke(app, ["agents", "create", "carol", "--ask"], input="short\nshort\n")
    assert short.exit_code == 2 and "at least 12" in short.output
    assert "amelie" in runner.invoke(app, ["agents", "list"]).stdout


def test_agents_disable_and_enable_an_agent_by_name(own_state: Path) -> None:
    # an agent who left the shop could not be stopped: `triage agents` created and listed, nothing else
    password = runner.invoke(app, ["agents", "create", "amelie"]).stdout.strip().splitlines()[-1]
    store = AgentStore(open_database(get_settings()))
    disabled = runner.invoke(app, ["agents", "disable", "amelie"])
    assert disabled.exit_code == 0, disabled.output
    assert "disabled agent 'amelie'" in disabled.output and "signed out" in disabled.output
    assert store.sign_in("amelie", password) is None
    listed = runner.invoke(app, ["agents", "list"]).stdout
    assert re.search(r"amelie\s*│[^│]+│\s*\d{4}-\d\d-\d\dT", listed), listed  # the disabled column dated
    again = runner.invoke(app, ["agents", "disable", "amelie"])
    assert again.exit_code == 2 and "already disabled" in again.output
    unknown = runner.invoke(app, ["agents", "disable", "nobody"])
    assert unknown.exit_code == 2 and "no agent named 'nobody'" in unknown.output
    enabled = runner.invoke(app, ["agents", "enable", "amelie"])
    assert enabled.exit_code == 0 and "enabled agent 'amelie'" in enabled.output
    assert store.sign_in("amelie", password) is not None
    assert runner.invoke(app, ["agents", "enable", "amelie"]).exit_code == 2  # not disabled


def test_report_writes_one_self_contained_html_file_with_every_chart(
    own_state: Path, risk_tables: dict[str, Any], tmp_path: Path
) -> None:
    history = tmp_path / "history"
    history.mkdir()
    for name, frame in risk_tables.items():
        write_table(frame, name, history)
    engine = open_database(get_settings())
    load_history(engine, history)
    log = PredictionLog(engine, b"k")
    for number, (items, results) in enumerate(triage_batches(300)):
        log.record(f"req-{number}", "triage", items, results)
    output = tmp_path / "analytics.html"
    result = runner.invoke(app, ["report", "--output", str(output)])
    assert result.exit_code == 0, result.output
    html = output.read_text()
    assert not re.search(r"<(script|link)[^>]+(src|href)=", html)  # nothing fetched: all inlined
    assert "Plotly" in html and len(html) > 3_000_000  # the plotly bundle is inside
    for chart in (
        "return-rate",
        "reason-mix",
        "top-skus",
        "size-feedback",
        "quality",
        "abuse",
        "free-return-cost",
        "model-health",
    ):
        assert f'id="chart-{chart}"' in html
    assert "8 charts" in result.output and "300 triages" in result.output
    assert html.count('<table class="data"') == 4 and unnamed_cells(html) == []  # a phone reads rows as cards
    # the return rate drew every category (17 lines, unreadable): all together and the top four, the rest on demand
    figures = json.loads(re.search(r'id="chart-data">(.*?)</script>', html, re.S).group(1))
    lines = [(trace["name"], trace.get("visible", True)) for trace in figures["return-rate"]["data"]]
    assert lines[0] == ("all categories", True) and [shown for _, shown in lines[1:5]] == [True] * 4
    assert {shown for _, shown in lines[5:]} == {"legendonly"}
    rates = html.split('id="category-rates"')[1].split("</table>")[0]
    categories = re.findall(r'<td data-label="Category">([^<]*)</td>', rates)
    assert [name for name, _ in lines[1:]] == categories  # the table's order, highest recent rate first
    missing = runner.invoke(app, ["report", "--output", str(tmp_path / "nope" / "a.html")])
    assert missing.exit_code == 2 and "does not exist" in missing.output
