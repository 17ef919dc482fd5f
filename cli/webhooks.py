"""`triage webhooks ...`: signed events for returns systems (`serving.stores.webhooks`, `serving.webhooks`)."""

from __future__ import annotations

import typer
from rich.table import Table

from cli.common import (
    console,
    fail,
    open_database_or_exit,
    plain_console,
    stored_database_or_exit,
    when_text,
    whole_number,
)
from features.text import counted
from serving.stores.webhooks import WebhookError, WebhookStore
from serving.webhooks import deliver_due, delivery_policy
from triage.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Signed events for returns systems (HMAC-SHA256).")


def _webhook_store(stored: bool = False) -> WebhookStore:
    """The subscriptions and the outbox; `stored` for a command that only reads or changes what is there: exit code 1
    on a state folder holding no database (`stored_database_or_exit`), which it would not make."""
    settings = get_settings()
    return WebhookStore(stored_database_or_exit(settings) if stored else open_database_or_exit(settings))


@app.command("add")
def webhooks_add(
    url: str = typer.Argument(..., help="The receiver's http(s) URL."),
    events: str = typer.Option(
        ..., "--events", help="Comma-separated: decision.made, decision.overridden, feedback.recorded."
    ),
) -> None:
    """Subscribe a URL; prints the signing secret once."""
    try:
        subscription, secret = _webhook_store().subscribe(url, events)
    except WebhookError as error:
        raise fail(str(error)) from None
    console.print(
        f"subscription {subscription.id}: {url} gets {', '.join(subscription.events)}; "
        "its signing secret (store it now, it is not shown again):"
    )
    typer.echo(secret)


@app.command("list")
def webhooks_list(
    include_removed: bool = typer.Option(False, "--all", help="Also removed subscriptions."),
) -> None:
    """List subscriptions (never their secrets) and the outbox by status."""
    store = _webhook_store(stored=True)
    table = Table("id", "url", "events", "created", "removed")
    for subscription in store.subscriptions(include_removed):
        table.add_row(
            str(subscription.id),
            subscription.url,
            ",".join(subscription.events),
            when_text(subscription.created_at),
            when_text(subscription.removed_at),
        )
    plain_console(width=200).print(table)
    console.print("outbox: " + (", ".join(f"{n} {status}" for status, n in sorted(store.counts().items())) or "empty"))


@app.command("remove")
def webhooks_remove(
    subscription_id: int = typer.Argument(
        ..., parser=whole_number(1), metavar="ID", help="The id shown by `triage webhooks list`."
    ),
) -> None:
    """Remove a subscription; its undelivered events are cancelled."""
    try:
        cancelled = _webhook_store(stored=True).unsubscribe(subscription_id)
    except WebhookError as error:
        raise fail(str(error)) from None
    console.print(f"removed subscription {subscription_id}; {counted(cancelled, 'undelivered event')} cancelled")


@app.command("deliver")
def webhooks_deliver() -> None:
    """One delivery round now: every due event once (the service also delivers in the background)."""
    result = deliver_due(_webhook_store(stored=True), delivery_policy(get_settings()))
    console.print(
        f"attempted {result.attempted}, delivered {result.delivered}, failed {result.failed_attempts} (retried later)"
    )


@app.command("log")
def webhooks_log(
    limit: int = typer.Option(50, "--limit", parser=whole_number(1), metavar="N", help="Newest attempts to show."),
    event_id: str | None = typer.Option(None, "--event-id", help="Only this event's attempts."),
) -> None:
    """Delivery attempts, newest first."""
    table = Table("when", "event id", "type", "url", "attempt", "HTTP", "error", "status")
    for attempt in _webhook_store(stored=True).log(limit, event_id):
        table.add_row(
            when_text(attempt.attempted_at),
            attempt.event_id,
            attempt.event_type,
            attempt.url,
            str(attempt.attempt),
            str(attempt.status_code or ""),
            attempt.error or "",
            attempt.outbox_status,
        )
    plain_console(width=220).print(table)
