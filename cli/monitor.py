"""`triage monitor`: a thin command over `monitoring.monitor` (exit 0 healthy, 3 retrain recommended)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from cli.common import database_problem, fail, moment_option, open_database_or_exit, plain_console, whole_number
from cli.loading import load_policy_or_exit, risk_list_store, serving_risk_champion
from features.store import StoreError, read_feedback, read_history, read_logged
from features.text import counted
from monitoring.monitor import MonitorError, monitor
from monitoring.window import csv_window, logged_window, read_window_csv
from serving.predict_risk import history_tables, latest_request, list_keys
from serving.stores.history_check import history_bounds
from triage.registry import NoChampionError, load_champion
from triage.settings import get_settings

console = plain_console()


def _utc(moment: datetime | None) -> datetime | None:
    """Command-line moments are UTC."""
    return None if moment is None else moment.replace(tzinfo=UTC)


def monitor_command(
    since: datetime | None = typer.Option(
        None, parser=moment_option, metavar="DATE", help="Window start in the prediction log (no zone: UTC)."
    ),
    until: datetime | None = typer.Option(
        None, parser=moment_option, metavar="DATE", help="Window end (exclusive) in the prediction log (no zone: UTC)."
    ),
    last: int | None = typer.Option(
        None, parser=whole_number(1), metavar="N", help="The newest N logged triage requests (default 1000)."
    ),
    current: Path | None = typer.Option(
        None,
        help="A CSV of requests in the API's fields instead of the log (the champions and the policy answer it).",
    ),
) -> None:
    """Compare the serving champions' reference with a current window; exit 0 healthy, 3 retrain recommended, 2
    when it cannot run (no champion or reference, too few requests, a file it refuses), 1 when the database or the
    registry cannot be read (`triage.registry.RegistryUnavailableError`)."""
    settings = get_settings()
    if current is not None and (since or until or last):
        raise fail("--current replaces the prediction-log window: give it alone, not with --since/--until/--last")
    if last is not None and (since or until):
        raise fail("give either --last or --since/--until, not both")
    if since and until and until <= since:
        # the log would answer "no requests in that window", as if the shop had been quiet
        raise fail(f"--until ({until:%Y-%m-%d %H:%M:%S}) must be after --since ({since:%Y-%m-%d %H:%M:%S})")
    # the top risk band names a check; read (and checked) before the work, not after the whole window
    policy = load_policy_or_exit(settings.policy_path)
    top_band = policy.top_band.name
    # read only: a state folder without a store is read as an empty one, never made
    engine = open_database_or_exit(settings, create=False)
    try:
        if current is not None:
            # the whole file checked (values, size) before a model loads or answers a row
            requests = read_window_csv(current, settings.monitor_min_rows, history_bounds(settings))
            # the customers' history from where `triage predict risk` reads it: the store, or the sample data while
            # the store is empty (read from the empty store alone, every customer had no past: drift in each count)
            history = history_tables(settings, requests["customer_id"].unique().tolist(), latest_request(requests))
            # the service answers without a risk champion it cannot load: so is the file answered
            risk, risk_unserved = serving_risk_champion(settings)
            # answered by the serving champions, the policy and the shop's lists, as the service would answer them
            lists = risk_list_store(settings, engine, read_only=True)
            window = csv_window(
                requests,
                str(current),
                history,
                load_champion(settings, settings.reason_model_name).model,
                policy,
                risk.model if risk is not None else None,
                lambda frame: lists.hits_per_request(list_keys(frame)),
            )
        else:
            history = read_history(engine)
            window_since, window_until = _utc(since), _utc(until)
            logged = read_logged(engine, window_since, window_until, None if since or until else (last or 1000))
            if logged.empty:
                raise fail("no logged /triage requests in that window")
            window = logged_window(engine, logged, history, f"prediction log ({counted(len(logged), 'request')})")
            risk_unserved = serving_risk_champion(settings)[1]
        feedback = read_feedback(engine, window.return_ids)
        # without a serving risk champion the window's risk checks are skipped saying why
        result = monitor(settings, window, feedback, top_band, risk_unserved=risk_unserved)
    except (StoreError, MonitorError, NoChampionError) as error:
        raise fail(str(error)) from None
    except SQLAlchemyError as error:
        raise fail(f"cannot read the database {database_problem(settings, error)}", code=1) from None
    finally:
        engine.dispose()
    console.print(checks_table(result.summary, window.source))
    console.print(f"quality of {result.summary['window']['quality_of']}")
    decisions_of = result.summary["reference"]["decisions_of"]
    if decisions_of is not None:
        console.print(f"decision mix compared with {decisions_of}")
    console.print(f"{verdict(result.summary)}\nreport: {result.folder}/report.html")
    raise typer.Exit(code=result.exit_code)


def checks_table(summary: dict[str, Any], source: str) -> Table:
    """The checks as the command prints them. A check's name is never cut: on a cron log's 80 columns the table cut
    every name to its first 17 characters, "quality.reason_a…" for both languages; a metric id folds instead."""
    table = Table(title=f"monitoring: {source} vs the champions' reference")
    table.add_column("check", no_wrap=True)
    table.add_column("metric id", overflow="fold")
    table.add_column("value", no_wrap=True)
    table.add_column("threshold", no_wrap=True)
    table.add_column("status")
    for check in summary["checks"]:
        value = "-" if check["value"] is None else f"{check['value']:.3f}"
        colour = {"alarm": "red", "ok": "green"}.get(check["status"], "yellow")
        table.add_row(
            check["name"], check["metric_id"], value, str(check["threshold"]), f"[{colour}]{status_said(check)}"
        )
    return table


def status_said(check: dict[str, Any]) -> str:
    """A check's status as the table says it: a skipped one with why ("skipped: 3 feedback rows, fewer than 20")."""
    return f"skipped: {check['note']}" if check["status"] == "skipped" and check.get("note") else check["status"]


def verdict(summary: dict[str, Any]) -> str:
    """The last line: why a retrain is recommended, or healthy with how many checks ran, so that a window whose
    quality checks were all skipped for want of feedback does not read as healthy on every count."""
    if summary["reasons"]:
        return "retrain recommended: " + "; ".join(summary["reasons"])
    checks = summary["checks"]
    skipped = [check["name"] for check in checks if check["status"] == "skipped"]
    if not skipped:
        return "healthy"
    ran = len(checks) - len(skipped)
    return f"healthy on the {counted(ran, 'check')} that ran; skipped (see the table): {', '.join(skipped)}"
