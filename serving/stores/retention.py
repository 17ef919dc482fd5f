"""What personal data the service keeps, where, and for how long.

- Prediction log (`predictions`): the request with `customer_id` and `customer_name` pseudonymised
  (keyed HMAC), the customer's reason text (monitoring reads it; contact details redacted when
  `Settings.redact_contact_details`), and the response with the name replaced by a placeholder.
- Feedback (`feedback`): the agent's id, when edited the reply that was sent, and the agent's note (free
  text, which may name the customer). `POST /feedback`'s idempotency keys (`feedback_keys`) are deleted with the
  log rows of their age.
- Re-decisions (`redecisions`): a logged return decided and drafted again for an agent's corrected reason; the
  response as the prediction log holds it (the draft greets `{customer_name}`), so it goes when the log's row would.
- Risk lists (`risk_list_entries`): customer ids as pseudonyms, and agents' notes on adding and removing an
  entry (free text, which may name the customer).
- Customer history (`customers`, `orders`, `line_items`, `returns`): the shop's own records, keyed by
  its raw `customer_id` so exports and triaged returns join; a triaged return adds its order and
  return, with the reason text. The risk features read ids, dates, categories, prices and labels,
  never the texts.

`purge` applies `Settings.retention_days`: log rows older than that are deleted, with the re-decisions made
from them, and the free texts of older feedback (edited reply, note), of list entries removed before then (their notes)
and of history returns are cleared (labels, dates and ids stay, so risk features and retraining keep working; a
list entry in force keeps its note, which says why it is there). `triage data purge` runs it; schedule it daily.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from serving.db import (
    HISTORY_TABLES,
    feedback,
    feedback_keys,
    predictions,
    redecisions,
    risk_list_entries,
    triage_claims,
)

# What `purge` counts, per kind (its result's keys, in order): the rows' noun, singular and plural, and what was done
# to them; `triage data purge` says each count in these words.
PURGED = {
    "prediction_log_rows_deleted": ("prediction log row", "prediction log rows", "deleted"),
    "redecisions_deleted": ("re-decision", "re-decisions", "deleted"),
    "feedback_replies_cleared": ("feedback reply", "feedback replies", "cleared"),
    "feedback_notes_cleared": ("feedback note", "feedback notes", "cleared"),
    "list_notes_cleared": ("removed list entry's notes", "removed list entries' notes", "cleared"),
    "return_texts_cleared": ("return text", "return texts", "cleared"),
}


def purge(engine: Engine, retention_days: int, now: datetime | None = None) -> dict[str, int]:
    """Delete or clear personal data older than `retention_days`; rows affected per kind of `PURGED`, in one
    transaction."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=retention_days)
    returns = HISTORY_TABLES["returns"]
    with engine.begin() as connection:
        deleted = connection.execute(predictions.delete().where(predictions.c.created_at < cutoff)).rowcount
        # A claim is taken just before its row is logged, so it goes with the row (a claim left without its
        # row would make a retry of that return find neither an answer nor a way to be triaged).
        connection.execute(triage_claims.delete().where(triage_claims.c.claimed_at < cutoff))
        # A feedback key answers retries as long as a retried /triage request is answered from the log, no longer.
        connection.execute(feedback_keys.delete().where(feedback_keys.c.created_at < cutoff))
        # With the log rows they were made from, whatever their own age: one made today for a row just purged
        # belongs to a return no page shows any more.
        logged = sa.exists().where(predictions.c.return_id == redecisions.c.return_id)
        redecided = connection.execute(redecisions.delete().where(~logged)).rowcount
        replies = connection.execute(
            feedback.update()
            .where(feedback.c.created_at < cutoff, feedback.c.edited_reply.is_not(None))
            .values(edited_reply=None)
        ).rowcount
        notes = connection.execute(
            feedback.update().where(feedback.c.created_at < cutoff, feedback.c.note.is_not(None)).values(note=None)
        ).rowcount
        entries = risk_list_entries.c
        list_notes = connection.execute(
            risk_list_entries.update()
            .where(entries.removed_at < cutoff, sa.or_(entries.note.is_not(None), entries.removal_note.is_not(None)))
            .values(note=None, removal_note=None)
        ).rowcount
        texts = connection.execute(
            returns.update()
            .where(returns.c.request_ts < cutoff.replace(tzinfo=None), returns.c.reason_text.is_not(None))
            .values(reason_text=None, agent_reply=None)
        ).rowcount
    return dict(zip(PURGED, (deleted, redecided, replies, notes, list_notes, texts), strict=True))
