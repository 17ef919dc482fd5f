"""`triage lists ...`: the shop's allow and block lists (`serving.stores.risk_lists`)."""

from __future__ import annotations

import typer
from rich.table import Table

from cli.common import console, fail, plain_console, stored_database_or_exit, when_text
from cli.loading import risk_list_store
from serving.stores.risk_lists import ListError, RiskListStore
from triage.settings import get_settings

app = typer.Typer(
    no_args_is_help=True,
    help="Allow and block lists: an allowed customer is never warned or reviewed for risk, a blocked one "
    "always goes to manual review.",
)


@app.command("add")
def lists_add(
    list_name: str = typer.Argument(..., help="allow or block."),
    kind: str = typer.Argument(..., help="customer, email_hash, order or sku."),
    value: str = typer.Argument(..., help="The id (customer ids are stored pseudonymised)."),
    by: str = typer.Option(..., "--by", help="Who adds the entry (kept in the audit trail)."),
    note: str | None = typer.Option(None, "--note", help="Why, for whoever reads the decision."),
) -> None:
    """Put a customer, e-mail hash, order or SKU on the allow or block list."""
    try:
        entry = risk_list_store(get_settings()).add(list_name, kind, value, by, note)
    except ListError as error:
        raise fail(str(error)) from None
    console.print(f"added {kind} {value!r} to the {entry.list_name} list (entry {entry.id}, by {entry.added_by})")


@app.command("remove")
def lists_remove(
    kind: str = typer.Argument(..., help="customer, email_hash, order or sku."),
    value: str = typer.Argument(..., help="The id as it was added."),
    by: str = typer.Option(..., "--by", help="Who removes the entry (kept in the audit trail)."),
    note: str | None = typer.Option(None, "--note", help="Why it is removed."),
) -> None:
    """Take a value off its list; the entry stays in the audit trail (`show --all`)."""
    try:
        settings = get_settings()
        store = risk_list_store(settings, stored_database_or_exit(settings), read_only=True)
        entry = store.remove(kind, value, by, note)
    except ListError as error:
        raise fail(str(error)) from None
    console.print(f"removed {kind} {value!r} from the {entry.list_name} list (entry {entry.id}, by {by})")


@app.command("show")
def lists_show(
    include_removed: bool = typer.Option(False, "--all", help="Also removed entries: the whole audit trail."),
) -> None:
    """Show the lists (customers appear as their pseudonym)."""
    table = Table("id", "list", "kind", "value", "added by", "added", "note", "removed by", "removed", "why removed")
    # shown as stored (customers as their pseudonym): no key is needed, and the first read of one makes it
    store = RiskListStore(stored_database_or_exit(get_settings()), key=b"")
    for entry in store.entries(include_removed):
        table.add_row(
            str(entry.id),
            entry.list_name,
            entry.kind,
            entry.value,
            entry.added_by,
            when_text(entry.added_at),
            entry.note or "",
            entry.removed_by or "",
            when_text(entry.removed_at),
            entry.removal_note or "",
        )
    plain_console(width=200).print(table)
