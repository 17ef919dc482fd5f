"""Who may use the service: `triage keys ...` (API keys of system clients) and `triage agents ...` (the console's
support agents). Each command is a thin shell over its store; none needs a model, so the module imports no more than
the stores (light commands start in a fraction of the whole CLI's import time)."""

from __future__ import annotations

import typer
from rich.table import Table
from rich.text import Text

from cli.common import choice, choices, console, fail, open_database_or_exit, plain_console, stored_database_or_exit
from features.text import counted, quoted_cut
from serving.stores.agents import MIN_PASSWORD_CHARS, AgentError, AgentStore, one_time_password
from serving.stores.api_keys import ApiKeyError, ApiKeyStore, KeyScope
from triage.settings import get_settings

keys_app = typer.Typer(no_args_is_help=True, help="API keys for system clients of the triage service.")


@keys_app.command("create")
def keys_create(
    name: str = typer.Argument(..., help="Which client the key is for, e.g. 'returns-portal'."),
    scope: KeyScope = typer.Option(
        KeyScope.SCORE,
        "--scope",
        parser=choice(KeyScope),
        metavar=choices(KeyScope),
        help="score: the scoring API; admin: also /admin/ (e.g. POST /admin/reload).",
    ),
) -> None:
    """Create an API key; it is printed once and stored only as a hash."""
    try:
        info, plain = ApiKeyStore(open_database_or_exit(get_settings())).create(name, scope)
    except ApiKeyError as error:
        raise fail(str(error)) from None
    said = f" for {name!r}; store it now, it is not shown again:"
    console.print(Text.assemble(f"created {info.scope}-scoped key ", (str(info.key_id), "bold"), said))
    typer.echo(plain)


@keys_app.command("list")
def keys_list() -> None:
    """List API keys (ids, names, dates; never the keys)."""
    table = Table("key id", "name", "scope", "created", "revoked")
    for key in ApiKeyStore(stored_database_or_exit(get_settings())).list():
        revoked = key.revoked_at.isoformat(timespec="seconds") if key.revoked_at else ""
        table.add_row(key.key_id, key.name, key.scope, key.created_at.isoformat(timespec="seconds"), revoked)
    plain_console().print(table)


@keys_app.command("revoke")
def keys_revoke(key_id: str = typer.Argument(..., help="The key id shown by `triage keys list`.")) -> None:
    """Revoke an API key: requests with it get 401, as with an unknown key, once running workers' key cache
    expires (`TRIAGE_API_KEY_CACHE_SECONDS`, 2 s by default)."""
    if not ApiKeyStore(stored_database_or_exit(get_settings())).revoke(key_id):
        raise fail(f"no active key with id {quoted_cut(key_id)} (see `triage keys list`)")
    seconds = get_settings().api_key_cache_seconds
    console.print(f"revoked key {key_id}; running services refuse it within {seconds:g} s")


agents_app = typer.Typer(no_args_is_help=True, help="Support agents who sign in to the console (/console).")


@agents_app.command("create")
def agents_create(
    name: str = typer.Argument(..., help="The agent's sign-in name, e.g. 'amelie'."),
    ask: bool = typer.Option(False, "--ask", help="Prompt for the password instead of generating one."),
) -> None:
    """Create a console agent; prints a one-time password (or asks for one with --ask)."""
    if ask:
        password = typer.prompt(
            f"Password (at least {MIN_PASSWORD_CHARS} characters)", hide_input=True, confirmation_prompt=True
        )
    else:
        password = one_time_password()
    try:
        agent = AgentStore(open_database_or_exit(get_settings())).create(name, password)
    except AgentError as error:
        raise fail(str(error)) from None
    if ask:
        console.print(f"created agent {agent.name!r}")
        return
    console.print(f"created agent {agent.name!r}; hand over this password, it is not shown again:")
    typer.echo(password)


@agents_app.command("list")
def agents_list() -> None:
    """List console agents (names, creation dates, and when disabled)."""
    table = Table("name", "created", "disabled")
    for agent in AgentStore(stored_database_or_exit(get_settings())).list():
        disabled = agent.disabled_at.isoformat(timespec="seconds") if agent.disabled_at else ""
        table.add_row(agent.name, agent.created_at.isoformat(timespec="seconds"), disabled)
    plain_console().print(table)


@agents_app.command("disable")
def agents_disable(
    name: str = typer.Argument(..., help="The agent's sign-in name (see `triage agents list`)."),
) -> None:
    """Disable an agent who left: they sign in no more, and each console page they still have open is signed out
    at its next request, saying why. Their records keep their name."""
    try:
        still_open = AgentStore(stored_database_or_exit(get_settings())).disable(name)
    except AgentError as error:
        raise fail(str(error)) from None
    signed_out = counted(still_open, "open session")
    console.print(f"disabled agent {name.strip()!r}: they sign in no more; {signed_out} signed out at the next request")


@agents_app.command("enable")
def agents_enable(name: str = typer.Argument(..., help="The agent's sign-in name (see `triage agents list`).")) -> None:
    """Let a disabled agent sign in again (with the password they had; sessions from before stay ended)."""
    try:
        AgentStore(stored_database_or_exit(get_settings())).enable(name)
    except AgentError as error:
        raise fail(str(error)) from None
    console.print(f"enabled agent {name.strip()!r}; they sign in with the password they had")
