"""The `triage` command: mounts one sub-app per command group (`triage.settings` is the only state it reads).

A command imports its own module only: the modules of all commands take pandas, scikit-learn, Evidently and PySpark,
seconds of CPU before `triage keys list` (benchmarks/README.md, "Start-up import cost"). The root's help, which lists
every command's summary, imports them all.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any

import click
import typer
from typer.core import TyperGroup

from cli.common import fail, state_folder_or_exit
from features.text import quoted_cut
from triage.registry import RegistryUnavailableError

# command name -> (module, attribute): a Typer of subcommands, or the function of a single command
COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("cli.service", "serve"),
    "report": ("cli.service", "report"),
    "monitor": ("cli.monitor", "monitor_command"),
    "retrain": ("cli.train", "retrain_command"),
    "up": ("cli.up", "up"),
    "policy": ("cli.policy", "app"),
    "train": ("cli.train", "app"),
    "predict": ("cli.predict", "app"),
    "batch": ("cli.batch", "app"),
    "data": ("cli.data", "app"),
    "keys": ("cli.access", "keys_app"),
    "agents": ("cli.access", "agents_app"),
    "bento": ("cli.service", "bento_app"),
    "lists": ("cli.lists", "app"),
    "history": ("cli.history", "app"),
    "webhooks": ("cli.webhooks", "app"),
}


class _Commands(TyperGroup):
    """The root group: each command is built from its module when it is named, not when `triage` starts."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute = COMMANDS[cmd_name]
            found = getattr(importlib.import_module(module), attribute)
            if isinstance(found, typer.Typer):
                command: click.Command = typer.main.get_group(found)  # a group even when it holds one command
            else:
                alone = typer.Typer()
                alone.command(cmd_name)(found)
                command = typer.main.get_command(alone)
            command.name = cmd_name
            _texts_read_as_utf8(command)
            self.add_command(command)
        return self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context) -> object:
        # Every command that opens the registry may find it silent or failing: one line and exit code 1 here, not a
        # handler in each (a refusal read as "no champion" trained a new one, or went on without the model).
        try:
            return super().invoke(ctx)
        except RegistryUnavailableError as error:
            raise fail(str(error), code=1) from None


def _texts_read_as_utf8(command: Any) -> None:
    """Have `command` (each command of a group) refuse a text argument or option that is not UTF-8, naming it, before
    its work. Python reads such bytes as lone surrogates (`'x\\udcff'`), which no store can write: `keys revoke` and
    `lists add --note` ended in a UnicodeEncodeError traceback from the database. Paths are not texts (they reach a
    command as `Path`s): a file named in another encoding is read as the system names it."""
    for subcommand in getattr(command, "commands", {}).values():
        _texts_read_as_utf8(subcommand)
    if command.callback is not None:
        command.callback = _refusing_bytes_not_utf8(command.callback, {param.name: param for param in command.params})


def _refusing_bytes_not_utf8(callback: Callable[..., Any], params: dict[str, Any]) -> Callable[..., Any]:
    @functools.wraps(callback)
    def checked(*args: Any, **kwargs: Any) -> Any:
        for name, values in kwargs.items():
            for value in values if isinstance(values, list | tuple) else [values]:
                if isinstance(value, str) and not _utf8(value):
                    param = params.get(name)
                    said = (
                        f"option {param.opts[0]}" if param is not None and param.param_type_name == "option" else name
                    )
                    raise fail(f"{said} is not UTF-8 text: {quoted_cut(value)}")
        return callback(*args, **kwargs)

    return checked


def _utf8(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


app = typer.Typer(cls=_Commands, no_args_is_help=True, help="Returns triage: data, training, prediction and serving.")


@app.callback()
def state_folder(ctx: typer.Context) -> None:
    """Every command may write in the state folder (models, reports, the SQLite store): one that cannot be
    written or made (below a file, without permission) is one line here, not a traceback deep in a command.
    The policy group checks it for its own commands: checking a policy file reads only that file."""
    state_folder_or_exit(ctx, needs_none={"policy"})


if __name__ == "__main__":
    # `python -m cli.app ...` runs a checkout's code (the `triage` script imports the installed one); without
    # this it imported the commands, ran none and exited 0.
    app()
