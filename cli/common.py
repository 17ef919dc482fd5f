"""What every `triage` command group shares: one way to fail, to open the database, to read
and write the predict commands' CSVs, and to show progress."""

from __future__ import annotations

import contextlib
import fcntl
import sys
import tempfile
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from typer.core import TyperGroup

from features.csv_input import NOT_REGULAR, BatchInputError, not_regular, write_predictions, write_whole
from features.dates import naive_utc, read_moment
from features.text import amount_text, quoted_cut, whole_number_within, written_number
from serving.db import UnservableDatabase, open_database
from triage.settings import Settings, SettingsError, get_settings


def plain_console(**options: Any) -> Console:
    """A rich console (`options` as Console takes them) that prints text as written: rich read "[/]" in an agent's
    name, a key's or a list entry's note as markup (a MarkupError traceback once the agent or key was made, its one-time
    password or key never shown; `agents list` and `lists show` then failed on it each time) and "[red]x[/red]" said
    'x', as it reads ":smile:" as an emoji."""
    return Console(markup=False, emoji=False, **options)


console = plain_console(stderr=True, soft_wrap=True)
Loaded = TypeVar("Loaded")
# The largest count or id a command sends to the database: SQLite's INTEGER and PostgreSQL's BIGINT hold 64 bits,
# and a larger one (`monitor --last`, `webhooks log --limit`, `webhooks remove ID`) stopped the command with the
# driver's OverflowError.
LARGEST_DATABASE_INTEGER = 2**63 - 1


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error and return the exit to raise (bad input never shows a traceback).

    Code 2: the input (a file, an argument) is wrong; code 1: the input was fine, something the
    command needs (a model, the database) is missing.
    """
    console.print(Text.assemble(("error:", "red"), f" {message}"), highlight=False)
    return typer.Exit(code=code)


def output_file_or_exit(path: Path, inputs: Sequence[Path] = ()) -> Path:
    """`path` when a file can be written there; exit code 2 before any work when it is a folder, its
    folder does not exist (a command that writes at the end would otherwise fail after its whole run),
    or it is one of the command's `inputs` (which it would replace)."""
    if path.is_dir():
        raise fail(f"cannot write {path}: it is a folder; give a file name")
    if not_regular(path):
        raise fail(f"cannot write {path}: {NOT_REGULAR}")
    if not path.parent.is_dir():
        raise fail(f"cannot write {path}: folder {path.parent} does not exist")
    if path.exists() and any(source.exists() and path.samefile(source) for source in inputs):
        raise fail(f"cannot write {path}: it is an input of this command, which it would replace")
    _writable_or_exit(path, path.parent)
    return path


def state_folder_or_exit(ctx: typer.Context, needs_none: Collection[str] = ()) -> None:
    """Exit code 2 before any work when a `TRIAGE_*` variable is refused by the settings or the state folder cannot
    be written or made (a file, no permission): one line, not a traceback deep in the command. Help needs neither
    (it is the page that names TRIAGE_STATE_DIR); the subcommands `needs_none` of the group `ctx` belongs to need no
    state folder, but read the settings as every command may."""
    if _shows_help(ctx, sys.argv[1:]):
        return
    try:
        settings = get_settings()
    except SettingsError as error:
        raise fail(str(error)) from None
    if ctx.invoked_subcommand not in needs_none:
        output_folder_or_exit(settings.state_dir)
        # a file where the state keeps a folder (mlruns, reports), or a link to nothing, was FileExistsError's
        # traceback from every command that prepares the state
        for folder in settings.state_folders[1:]:
            if (folder.exists() or folder.is_symlink()) and not folder.is_dir():
                raise fail(f"{folder} is a file where the state folder keeps a folder: move it away")


def _shows_help(ctx: typer.Context, args: list[str]) -> bool:
    """Whether the command line asks for help, which is read after a group's callback: `--help`, or a command group
    named alone (`triage policy`), which shows its help. Help must not need the folder it could explain."""
    named = ctx.command.get_command(ctx, ctx.invoked_subcommand) if ctx.invoked_subcommand else None
    return "--help" in args or (isinstance(named, TyperGroup) and args == [ctx.invoked_subcommand])


def output_folder_or_exit(path: Path) -> Path:
    """`path` when files can be written in it (a folder, or one that can be created in the nearest folder above
    it that exists); exit code 2 before any work otherwise."""
    if path.exists() and not path.is_dir():
        raise fail(f"cannot write into {path}: it is a file; give a folder")
    existing = next(folder for folder in (path, *path.parents) if folder.exists())
    if not existing.is_dir():
        raise fail(f"cannot write into {path}: {existing} is a file")
    _writable_or_exit(path, existing)
    return path


def _writable_or_exit(path: Path, folder: Path) -> None:
    # A file made and removed at once: permission bits, access control lists and read-only mounts all say no to it
    # (a command that writes at the end failed with a traceback after its whole run).
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise fail(f"cannot write {path}: {error.strerror or error} in {folder}") from None


def write_text_or_exit(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all (`features.csv_input.write_whole`); exit code 2 naming
    the reason when it cannot be written (a device or a read-only file system refuses what a check before
    the work could not tell)."""
    try:
        write_whole(path, lambda file: file.write(text))
    except BatchInputError as error:
        raise fail(str(error)) from None


def open_database_or_exit(settings: Settings, create: bool = True) -> Engine:
    """The service database, migrated (an empty one in memory when it does not exist and a command that only reads
    it or changes what it holds opens it, `create` False: `serving.db.open_database`); exit code 1 when it cannot be
    opened."""
    try:
        return open_database(settings, create)
    # OSError: a state folder or database file it may not create
    except (SQLAlchemyError, OSError, UnservableDatabase) as error:
        raise fail(f"cannot open the database {database_problem(settings, error)}", code=1) from None


def stored_database_or_exit(settings: Settings) -> Engine:
    """The service database for a command that reads or changes what is stored in it (a listing, a revocation, a
    history check); exit code 1 when the state folder holds none yet (SQLite's file not made), naming the folder.
    An empty table or "no active key" said of a folder holding no database told an operator with a mistyped
    `TRIAGE_STATE_DIR` that nothing was stored. Makes neither the folder nor the file."""
    if settings.database_url is None and not settings.sqlite_path.exists():
        raise fail(
            f"no database in {settings.state_dir} ({settings.sqlite_path.name} does not exist): nothing is stored "
            "there; set TRIAGE_STATE_DIR to the service's state folder (`triage serve`, `triage data load` and "
            "`triage keys create` make the database)",
            code=1,
        )
    return open_database_or_exit(settings, create=False)


@contextlib.contextmanager
def alone_on_state(settings: Settings, command: str) -> Iterator[None]:
    """Run the block as the one `triage <command>` on the state folder; one started meanwhile exits at once, code 1,
    naming the state folder: a second `data load` read its files, then waited SQLite's busy timeout (10 s) and said
    "database is locked". The lock (`<state>/<command>.lock`, an flock) goes with the process holding it, so a load
    killed or stopped by Ctrl-C leaves none behind; it holds for the commands of this machine.
    """
    path = settings.state_dir / f"{command.replace(' ', '-')}.lock"
    try:
        lock = path.open("a")
    except OSError as error:
        raise fail(f"cannot open the lock file {path}: {error.strerror or error}", code=1) from None
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise fail(
                f"another `triage {command}` is running on {settings.state_dir}: let it end, then run this one again",
                code=1,
            ) from None
        yield


def database_problem(settings: Settings, error: Exception) -> str:
    """The database (its password hidden: the message may end in a log) and why it cannot be used, on one line
    (the driver's own message, which may span several)."""
    return f"{settings.db_url_shown}: {' '.join(str(getattr(error, 'orig', None) or error).split())}"


def moment_option(text: str) -> datetime:
    """A moment given on the command line (`--since`, `--until`), read as every entry point reads a date
    (`features.dates.read_moment`), as naive UTC; a usage error naming the option otherwise."""
    try:
        return naive_utc(read_moment(text))
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def whole_number(low: int, high: int = LARGEST_DATABASE_INTEGER) -> Callable[[str], int]:
    """The parser of a count, an id or a port given on the command line: ASCII digits from `low` to `high`, refused
    in one sentence naming the range (typer said pydantic's "Input should be a valid integer, unable to parse string
    as an integer" and "Input should be greater than or equal to 1")."""

    def parse(given: str | int) -> int:
        text = str(given)  # typer parses an option's default too, as written: a number
        number = whole_number_within(text, low, high)
        if number is None:  # 5,000 digits were Python's "Exceeds the limit (4300 digits)... set_int_max_str_digits()"
            raise typer.BadParameter(f"{quoted_cut(text)} is not a whole number from {low:,} to {high:,}")
        return number

    return parse


def number_between(low: float, high: float, above_low: bool = False, noun: str = "number") -> Callable[[str], float]:
    """The parser of a scale or a share given on the command line: a number in ASCII digits (`written_number`) from
    `low` (or, `above_low`, above it) to `high`, refused in one sentence naming the range. typer read it as float()
    does: "1_0" as 10, " 0.5" as 0.5, and said "nan" was to be at most 10."""
    low_said, high_said = amount_text(low), amount_text(high)
    between = f"above {low_said} and at most {high_said}" if above_low else f"from {low_said} to {high_said}"

    def parse(given: str | float) -> float:
        text = str(given)  # typer parses an option's default too, as written: a number
        number = written_number(text)
        if number is None or not (low < number if above_low else low <= number) or not number <= high:
            raise typer.BadParameter(f"{quoted_cut(text)} is not a {noun} {between}")
        return number

    return parse


Choice = TypeVar("Choice", bound=StrEnum)


def choice(kind: type[Choice]) -> Callable[[str], Choice]:
    """The parser of an option that names one of `kind`'s values, refused in one sentence listing them (typer said
    pydantic's "Value error, 'root' is not one of 'score', 'admin'.")."""

    def parse(given: str | Choice) -> Choice:
        try:
            return kind(str(given))  # typer parses the default too, as written: a member
        except ValueError:
            raise typer.BadParameter(f"{quoted_cut(str(given))} is not one of {', '.join(kind)}") from None

    return parse


def choices(kind: type[StrEnum]) -> str:
    """How an option of `choice(kind)` shows in the help: [score|admin]."""
    return f"[{'|'.join(kind)}]"


def when_text(moment: datetime | None) -> str:
    """A stored time for a table cell (empty when unset)."""
    return moment.isoformat(timespec="seconds") if moment else ""


def progress_bar() -> Progress:
    """The progress bar long commands report to (on stderr, beside the messages). Transient: the line said after the
    work (the summary, or a refusal the check before the work could not foresee: a disk that filled) is the one that
    stays, not below the bar's last state. Shown only on a terminal: elsewhere (a log, a pipe) rich prints the bar once,
    at its end, and a blank line after it."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_interactive,
    )


def read_input(read: Callable[[Path], pd.DataFrame], input_path: Path, output_path: Path) -> pd.DataFrame:
    """Read the input CSV and check the output folder before any model loads, so bad input fails fast.

    Raises:
        typer.Exit: code 2 with the reader's message when `read` raises `BatchInputError`, or when the
            output cannot be written (`output_file_or_exit`: a folder, in none, or the input itself).
    """
    output_file_or_exit(output_path, [input_path])
    try:
        return read(input_path)
    except BatchInputError as error:
        raise fail(str(error)) from None


def predict_csv(
    input_path: Path,
    output_path: Path,
    read: Callable[[Path], pd.DataFrame],
    load: Callable[[pd.DataFrame], Loaded],
    predict: Callable[[pd.DataFrame, Loaded, Progress], pd.DataFrame],
    summary: Callable[[pd.DataFrame, Loaded], str],
) -> None:
    """The skeleton of every `triage predict` command: read and check the input (before any model
    loads), `load` what the command needs, `predict` with a progress bar, write the CSV, print `summary`."""
    frame = read_input(read, input_path, output_path)
    loaded = load(frame)
    with progress_bar() as progress:
        predicted = predict(frame, loaded, progress)
    try:
        write_predictions(predicted, output_path)
    except BatchInputError as error:
        raise fail(str(error)) from None
    console.print(summary(predicted, loaded))


def input_option(help: str) -> Any:
    """The required `--input/-i` CSV; `help` names the columns the command reads."""
    return typer.Option(..., "--input", "-i", help=help)


def output_option(help: str) -> Any:
    """The required `--output/-o` CSV; `help` says what is added to the input."""
    return typer.Option(..., "--output", "-o", help=help)


def batch_size_option(help: str) -> Any:
    """How many texts go to the reason classifier at once."""
    return typer.Option(256, parser=whole_number(1), metavar="N", help=help)
