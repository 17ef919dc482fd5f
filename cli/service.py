"""Service operations commands: `triage serve`, `triage report`, `triage data load`, `triage bento build`.

Each command is a thin shell over `serving.db` and the stores.
"""

from __future__ import annotations

import json
import shlex
import signal
import socket
import subprocess
import sys
from dataclasses import asdict, fields
from pathlib import Path

import pandas as pd
import typer
from sqlalchemy.exc import SQLAlchemyError

from cli.common import (
    alone_on_state,
    console,
    database_problem,
    fail,
    open_database_or_exit,
    output_file_or_exit,
    progress_bar,
    whole_number,
    write_text_or_exit,
)
from cli.loading import load_policy_or_exit
from features.csv_input import BatchInputError, write_predictions
from features.schemas import TABLES
from features.tables import RowProblem, TableError, table_path
from features.text import counted
from serving.analytics.report import build_analytics, render_report
from serving.analytics.tables import load_inputs
from serving.api import EXAMPLE_EN
from serving.predict_risk import generated_sample_refused
from serving.stores.api_keys import ApiKeyStore
from serving.stores.history import HistoryStore, MixedHistoryError, load_exports, load_history
from serving.stores.history_check import history_bounds
from serving.stores.predictions import pseudonym_key
from triage.registry import SERVICE_IMPORT_PATH, NoChampionError, champion_version, train_command
from triage.settings import Settings, get_settings

REJECT_COLUMNS = [field.name for field in fields(RowProblem)]
bento_app = typer.Typer(no_args_is_help=True, help="A self-contained Bento of the service (BentoML).")


@bento_app.command("build")
def bento_build(
    version: str | None = typer.Option(None, help="The Bento's version; BentoML generates one by default."),
) -> None:
    """Build a Bento carrying the champion models, the policy file and the migrations; prints its tag.

    Serve it anywhere with `bentoml serve <tag>` and TRIAGE_DATABASE_URL; `bentoml containerize <tag>`
    makes an OCI image of it (needs Docker or another container engine).
    """
    from serving.bento import build_bento

    try:
        bento = build_bento(get_settings(), version=version)
    except NoChampionError as error:
        raise fail(str(error), code=1) from None
    for label, value in sorted(bento.info.labels.items()):
        console.print(f"{label}: {value}", highlight=False)
    typer.echo(str(bento.tag))


def report(
    output: Path = typer.Option(
        None, "--output", "-o", help="HTML file to write (default: <state>/reports/analytics.html)."
    ),
) -> None:
    """Write the returns analytics (charts and tables) as one self-contained HTML file."""
    settings = get_settings()
    settings.prepare_state()
    target = output_file_or_exit(output or settings.reports_dir / "analytics.html")
    label_fee = load_policy_or_exit(settings.policy_path).label_fee
    inputs = load_inputs(open_database_or_exit(settings), settings.monitoring_reports_dir)
    analytics = build_analytics(inputs, label_fee)
    write_text_or_exit(target, render_report(analytics))
    headline = analytics.headline
    console.print(
        f"wrote {target}: {counted(len(analytics.charts), 'chart')} over {counted(headline.returns, 'return')} and "
        f"{counted(headline.triaged, 'triage')}"
    )


def data_load(
    path: Path = typer.Argument(..., help="Folder with customers/orders/line_items/returns .csv.gz exports."),
    rejects: Path | None = typer.Option(
        None,
        "--rejects",
        help="Load the good rows and write the refused ones to this CSV (table, line, row_id, column, value, "
        "problem); without it a bad value loads nothing.",
    ),
    replace: bool = typer.Option(
        False,
        "--replace",
        help="Delete the stored history (every customer, order, line item and return, those the service recorded "
        "too) and load these in its place, in one transaction: how a shop's exports take over from the generated "
        "sample `triage up` loaded.",
    ),
) -> None:
    """Import history exports (sample-data format) into the service's history store; idempotent.

    Every value is checked against the schema and the shop's bounds (dates from TRIAGE_SHOP_FOUNDED to
    now, prices up to TRIAGE_MAX_ITEM_PRICE and in cents, discounts within 0-1); a row whose parent row is refused
    (an order of a refused customer) is refused with it. A shop's exports are never stored beside the generated
    sample's invented customers (the sample's folder holds its generator's mark), nor the sample beside a shop's
    rows: such a load is refused unless --replace.
    """
    if not path.is_dir():
        raise fail(f"{path} is not a folder")
    if rejects is not None:  # checked now: it is written after the good rows are stored, before they are committed
        output_file_or_exit(rejects, [table_path(table, path) for table in TABLES])
    settings = get_settings()
    engine = open_database_or_exit(settings)
    with alone_on_state(settings, "data load"), progress_bar() as progress:
        tasks: dict[str, int] = {}

        def advance(table: str, rows: int) -> None:
            if table not in tasks:
                tasks[table] = progress.add_task(table, total=None)
            progress.advance(tasks[table], rows)

        def write_rejects(refused: list[RowProblem]) -> None:
            if rejects is not None:
                frame = pd.DataFrame([asdict(problem) for problem in refused], columns=REJECT_COLUMNS)
                write_predictions(frame, rejects)

        try:
            counts, refused = load_exports(
                engine,
                path,
                history_bounds(settings),
                progress=advance,
                partial=rejects is not None,
                before_commit=write_rejects,
                replace=replace,
            )
        except MixedHistoryError as error:
            raise fail(f"nothing loaded: {error}; load it with --replace to delete the stored history first") from None
        except TableError as error:
            them = "it" if len(error.problems) == 1 else "them"
            raise fail(f"nothing loaded: {error}; fix {them}, or load the good rows with --rejects PATH") from None
        except BatchInputError as error:  # a full disk: the rows refused could not be written, so none is loaded
            raise fail(f"nothing loaded: the refused rows were not written: {error}") from None
        except (SQLAlchemyError, OSError) as error:
            raise fail(f"nothing loaded: cannot write the database {database_problem(settings, error)}", 1) from None
        except ValueError as error:
            raise fail(str(error)) from None
    # a table's rows said by its name in the singular: "1 customer", "135,647 line items"
    console.print(
        ("replaced the stored history: loaded " if replace else "loaded ")
        + ", ".join(counted(rows, table.removesuffix("s").replace("_", " ")) for table, rows in counts.items())
    )
    if rejects is not None:
        console.print(
            f"refused {counted(len({(p.table, p.row_id) for p in refused}), 'row')}; their reasons: {rejects}"
        )


def check_servable(settings: Settings) -> None:
    """Fail with the command to run when there is no reason-classifier champion to serve, or with the key file's
    problem when the pseudonym key cannot be read: every worker failed on it at start, in a traceback, again and
    again, and the command never ended."""
    name = settings.reason_model_name
    if champion_version(settings, name) is None:
        raise fail(f"no champion for {name!r}; run `{train_command(settings, name)}` first", code=1)
    try:
        pseudonym_key(settings)
    except ValueError as error:
        raise fail(str(error), code=1) from None


def check_listenable(host: str, port: int) -> None:
    """Exit with one line when `host:port` cannot be listened on: a port another program holds was a traceback of
    BentoML's process manager ending in `OSError: [Errno 98] Address already in use`, after the models were read."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError):
        raise fail(f"--host {host!r} is no address of this machine (127.0.0.1, 0.0.0.0, ::)") from None
    with socket.socket(family, kind, proto) as probe:
        # as BentoML's sockets do: a port left in TIME_WAIT by a server just stopped is taken, a listening one not
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            raise fail(f"cannot listen on {host}:{port}: {error.strerror or error}", code=1) from None


def run_server(settings: Settings, host: str, port: int) -> int:
    """Run `bentoml serve` for the triage service in the foreground (on an address `check_listenable` took);
    returns its exit code."""
    open_database_or_exit(settings).dispose()  # migrate once here rather than racing in every worker
    command = [sys.executable, "-m", "bentoml", "serve", SERVICE_IMPORT_PATH, "--host", host, "--port", str(port)]
    return run_foreground(command)


def run_foreground(command: list[str]) -> int:
    """Run `command` until it exits and return its exit code (128 + the signal that ended it), passing on the
    signals that stop this process: a supervisor (systemd, a container runtime, `kill`) sends SIGTERM to this
    process only, whose default handling ended it at once and left the server running, still holding its port."""
    process = subprocess.Popen(command)

    def pass_on(received: int, _frame: object) -> None:
        process.send_signal(received)

    previous = {stop: signal.signal(stop, pass_on) for stop in (signal.SIGTERM, signal.SIGHUP)}
    try:
        code = process.wait()
    except KeyboardInterrupt:
        # Ctrl-C in a terminal reaches the whole process group; a SIGINT sent to this process alone does not
        process.send_signal(signal.SIGINT)
        code = process.wait()
    finally:
        for stop, handler in previous.items():
            signal.signal(stop, handler)
    return 128 - code if code < 0 else code


def serve(
    port: int = typer.Option(
        3000, "--port", "-p", parser=whole_number(1, 65_535), metavar="PORT", help="Port to listen on."
    ),
    host: str = typer.Option("127.0.0.1", help="Address to bind; 0.0.0.0 exposes the service to the network."),
) -> None:
    """Serve the triage API (BentoML) with the champion models."""
    check_listenable(host, port)
    settings = get_settings()
    settings.prepare_state()
    check_servable(settings)
    raise typer.Exit(code=run_server(settings, host, port))


def example_curl(port: int, key: str) -> str:
    """A ready-to-paste request against a locally served API."""
    body = shlex.quote(json.dumps({"returns": [EXAMPLE_EN]}))
    return (
        f"curl -s -X POST http://127.0.0.1:{port}/triage -H 'Authorization: Bearer {key}' "
        f"-H 'Content-Type: application/json' -d {body}"
    )


def serve_with_example(settings: Settings, port: int = 3000) -> None:
    """End of `triage up`: load the sample history into an empty history store (not the generated sample on a shop's
    state: `generated_sample_refused`), create a key, print a curl that uses it, then serve until Ctrl-C; none of it
    on a port it cannot listen on."""
    check_listenable("127.0.0.1", port)
    check_servable(settings)
    engine = open_database_or_exit(settings)
    if not any(HistoryStore(engine).counts().values()):
        if (refused := generated_sample_refused(settings)) is None:
            console.print(f"loading the customer history from {settings.sample_data_dir} ...")
            load_history(engine, settings.sample_data_dir)
        else:
            console.print(
                f"not loading the customer history: {refused}; load the shop's exports with `triage data load DIR`",
                markup=False,
                highlight=False,
            )
    _, key = ApiKeyStore(engine).create("triage-up")
    console.print(f"\nServing on http://127.0.0.1:{port} (docs at /). Try, once it says it is ready:\n")
    typer.echo(example_curl(port, key) + "\n")
    raise typer.Exit(code=run_server(settings, "127.0.0.1", port))
