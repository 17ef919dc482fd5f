"""`triage train ...`: fit, evaluate and register models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from cli.common import database_problem, fail, open_database_or_exit, plain_console, progress_bar, whole_number
from cli.loading import load_policy_or_exit
from features.csv_input import BatchInputError, read_csv_input
from features.tables import table_path
from training.champion import gate_verdict
from training.reasons import REPORT_NAME, train_reasons
from training.replies import print_reply_summary, train_replies
from training.risk import print_risk_summary, train_risk
from triage.registry import ChampionLoadError, NoChampionError, load_champion
from triage.settings import Settings, get_settings

app = typer.Typer(no_args_is_help=True, help="Train models, evaluate them and register the champion.")
console = plain_console()  # training summaries go to stdout; progress and errors to stderr


def print_reason_summary(report: dict[str, Any]) -> None:
    """Print the models side by side on realistic text and the synthetic test split, then the served
    model's selective accuracy (share automated, accuracy of the automated answers)."""
    sets = ("calibration", "blind", "real_dev")
    table = Table(title="Reason classifier: accuracy EN / FR (realistic sets never trained on) and synthetic macro-F1")
    for column in ("model", *sets, "synthetic test F1 en / fr"):
        table.add_column(column)
    for name, scores in report["realistic"].items():
        cells = []
        for set_name in sets:
            part = scores.get(set_name)
            if part is None:
                cells.append("-")
                continue
            languages = " / ".join(
                f"{part['per_language'][lang]:.2f}" for lang in ("en", "fr") if lang in part["per_language"]
            )
            cells.append(f"{part['accuracy']:.3f} ({languages})")
        per_language = report["comparison"][name]["test_per_language"]
        synthetic = " / ".join(f"{per_language[lang]['macro_f1']:.3f}" for lang in ("en", "fr") if lang in per_language)
        table.add_row(name + (" (served)" if name == report["chosen"] else ""), *cells, synthetic)
    console.print(table)
    for set_name, by_language in report["selective"].items():
        overall = by_language["overall"]
        automated = overall["automated_accuracy"]
        console.print(
            f"{set_name}: {overall['automated_share']:.0%} automated, "
            f"{'-' if automated is None else f'{automated:.1%}'} right among them (accuracy {overall['accuracy']:.1%})"
        )
    final = report["final"]
    console.print(
        f"served: encoder weight {final['params']['encoder_weight']}, English encoder weight "
        f"{final['params']['english_encoder_weight']}, review below confidence "
        f"{final['review_threshold']:.3f}; synthetic test macro-F1 {final['test']['overall']['macro_f1']:.3f}; "
        f"served model fitted in {report['fit_seconds']:.0f} s, trained in {report['train_seconds']:.0f} s"
    )
    gate = report.get("gate")
    if gate:
        console.print(gate_verdict(gate))


def require_sample_returns(settings: Settings) -> None:
    """Exit with a clear message (code 2) when there are no historical returns to train on."""
    if not table_path("returns", settings.sample_data_dir).is_file():
        raise fail(f"no returns table in {settings.sample_data_dir}; run `triage data generate` first")


def run_reason_training(settings: Settings) -> None:
    """Train the reason classifier with a progress bar and print its summary."""
    load_policy_or_exit(settings.policy_path)  # its monitoring reference is decided under it: checked before the work
    with progress_bar() as progress:
        result = train_reasons(settings, progress=progress)
    print_reason_summary(result.report)
    console.print(f"report: {result.report_path}")


def run_risk_training(settings: Settings) -> None:
    """Train the abuse-risk model with a progress bar and print its evaluation against the baseline."""
    load_policy_or_exit(settings.policy_path)  # the training reads it: a bad one is one line, before the work
    with progress_bar() as progress:
        task = progress.add_task("training risk model", total=4)
        result = train_risk(settings, log=lambda message: progress.update(task, description=message, advance=1))
    print_risk_summary(result.report, console)
    console.print(f"report: {result.report_path}")


def run_reply_training(settings: Settings) -> None:
    """Fit the reply drafter with a progress bar and print the checker's verdict on the test split."""
    load_policy_or_exit(settings.policy_path)  # the training reads it: a bad one is one line, before the work
    with progress_bar() as progress:
        result = train_replies(settings, progress=progress)
    print_reply_summary(result.report, console)
    console.print(f"report: {result.report_path}")


@app.command("reasons")
def reasons() -> None:
    """Train and compare reason classifiers on the sample returns; register the best, gate the champion."""
    settings = get_settings()
    require_sample_returns(settings)
    run_reason_training(settings)


@app.command("risk")
def risk() -> None:
    """Train the abuse-risk model on the sample history, compare it with a rules baseline, gate the champion."""
    settings = get_settings()
    require_sample_returns(settings)
    run_risk_training(settings)


@app.command("replies")
def replies() -> None:
    """Fit the reply drafter on past replies that worked, check its drafts on the test split, gate the champion."""
    settings = get_settings()
    require_sample_returns(settings)
    run_reply_training(settings)


def ensure_champions(settings: Settings) -> None:
    """Train each model that has no champion this code can load, in dependency-free order; report the ones that do.

    A champion that no longer loads (e.g. a risk model fitted on features the code stopped computing)
    is as good as none: serving would answer without it. The risk model needs no reason champion (its
    training uses out-of-fold reason predictions), and the reply drafter learns from the labelled
    history, so each can be trained on its own.
    """
    trainers = (
        (settings.reason_model_name, run_reason_training),
        (settings.risk_model_name, run_risk_training),
        (settings.reply_model_name, run_reply_training),
    )
    for model_name, train in trainers:
        try:
            current = load_champion(settings, model_name)
        except ChampionLoadError as error:
            console.print(f"{error}: training a new one")
            train(settings)
            continue
        except NoChampionError:
            train(settings)
            continue
        console.print(f"{model_name} v{current.version} is champion (run {current.run_id})")
        latest_reason_report = settings.reports_dir / REPORT_NAME
        if model_name == settings.reason_model_name and latest_reason_report.is_file():
            print_reason_summary(json.loads(latest_reason_report.read_text()))


def retrain_command(
    model: str = typer.Option(
        "all", "--model", help="Which challenger to fit: reasons, risk or all (risk needs a risk champion)."
    ),
    history_rows: int | None = typer.Option(
        None,
        parser=whole_number(100),
        metavar="N",
        help="Fit on only the newest N history rows (a quick run; default: all of them).",
    ),
    frozen_rows: int | None = typer.Option(
        None, parser=whole_number(100), metavar="N", help="Score on a sample of N frozen-test rows."
    ),
    held_back: list[Path] = typer.Option(
        [],
        help="CSV of labelled texts (text, lang, label) to report both reason models on, named by its file name; "
        "never fitted on. Repeatable.",
    ),
) -> None:
    """Fit challengers on the history plus agents' feedback (reasons: corrected or accepted reasons; risk:
    inspection outcomes); promote each only when better on recent feedback by the configured margin and not
    worse in either language. Exit 0 when one was promoted, 1 when all were refused, 2 when none could run."""
    from sqlalchemy.exc import SQLAlchemyError

    from features.store import StoreError, read_feedback, read_history
    from training.retrain import retrain_reasons
    from training.retrain_risk import retrain_risk

    if model not in ("reasons", "risk", "all"):
        raise fail(f"--model must be reasons, risk or all, not {model!r}")
    settings = get_settings()
    require_sample_returns(settings)
    load_policy_or_exit(settings.policy_path)  # the challengers' references are decided under it
    extra = {}
    for path in held_back:
        # The predict commands' reader: a file of zeros is refused from its first bytes, not read whole.
        try:
            extra[path.stem] = read_csv_input(path, ("text", "lang", "label"), text_columns=("text",))
        except BatchInputError as error:
            raise fail(str(error)) from None
    # read only: a state folder without a store is read as an empty one (too little feedback), never made
    engine = open_database_or_exit(settings, create=False)
    runs = {
        "reasons": lambda feedback: retrain_reasons(
            settings, feedback, history_rows=history_rows, frozen_rows=frozen_rows, evaluation_sets=extra
        ),
        "risk": lambda feedback: retrain_risk(
            settings, read_history(engine), feedback, history_rows=history_rows, frozen_rows=frozen_rows
        ),
    }
    promoted: list[bool] = []
    try:
        feedback = read_feedback(engine)
        for name, run in runs.items():
            if model not in (name, "all"):
                continue
            try:
                result = run(feedback)
            except (NoChampionError, ValueError) as error:
                console.print(f"{name}: {error}", style="red")
                continue
            print_retrain_summary(result.report)
            console.print(f"report: {result.report_path}")
            promoted.append(bool(result.report["promoted"]))
    except StoreError as error:
        console.print(str(error), style="red")
        raise typer.Exit(code=2) from None
    except SQLAlchemyError as error:
        raise fail(f"cannot read the database {database_problem(settings, error)}", code=1) from None
    finally:
        engine.dispose()
    if not promoted:
        raise typer.Exit(code=2)
    raise typer.Exit(code=0 if any(promoted) else 1)


def print_retrain_summary(report: dict[str, Any]) -> None:
    """Champion vs challenger on each evaluation set, and the verdict."""
    table = Table(title=f"{report['model_name']}: champion v{report['champion_version']} vs challenger "
                  f"v{report['challenger_version']}")  # fmt: skip
    for column in ("evaluation", "slice", "champion", "challenger"):
        table.add_column(column)
    champion, challenger = report["comparison"]["champion"], report["comparison"]["challenger"]
    for evaluation, slices in champion.items():
        for slice_name, figures in slices.items():
            table.add_row(
                evaluation,
                f"{slice_name} (n={figures['n']})",
                _figures(figures),
                _figures(challenger[evaluation][slice_name]),
            )
    console.print(table)
    if "review_threshold" in report:
        threshold = report["review_threshold"]
        refit = threshold["refit_from_feedback"]
        console.print(f"review threshold: champion {threshold['champion']:.3f}, re-fitted from feedback {refit}")
    for note in report.get("notes", []):
        console.print(f"note: {note}", style="yellow")
    verdict = "promoted to champion" if report["promoted"] else "refused"
    console.print(f"challenger v{report['challenger_version']} {verdict}: {'; '.join(report['reasons'])}")


def _figures(figures: dict[str, Any]) -> str:
    return ", ".join(f"{name} {value:.3f}" for name, value in figures.items() if name != "n" and value is not None)
