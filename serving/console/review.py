"""What an agent's action on a return's page writes: the next feedback record (pure).

Each record is the return's whole outcome so far (reason judgement, final decision and its note,
reply status), so the newest record is the current state and a reload shows what was saved. An
action taken before the agent judged the reason counts as accepting the suggested reason: the
agent acted on the page that shows it.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from decisions.policy import DecisionCode
from features.taxonomy import REASON_CODES, reason_words
from features.text import MAX_REPLY_CHARS, has_control_characters, visible_text
from serving.console.words import decision_words
from serving.stores.feedback import FeedbackRecord

MAX_NOTE_CHARS = 2_000


class ReviewError(ValueError):
    """An action the console refuses; `field` names the form field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _state(current: FeedbackRecord | None, return_id: str, agent: str) -> FeedbackRecord:
    if current is None:
        return FeedbackRecord(return_id=return_id, agent_id=agent, reason_accepted=True)
    return replace(current, agent_id=agent)


def judge_reason(
    current: FeedbackRecord | None, return_id: str, agent: str, suggested: str | None, reason: str
) -> FeedbackRecord:
    """Accept the suggested reason (`reason` equal to it) or correct it to another taxonomy code."""
    if reason not in REASON_CODES:
        raise ReviewError("reason", f"{reason!r} is not one of {', '.join(REASON_CODES)}")
    accepted = reason == suggested
    return replace(
        _state(current, return_id, agent), reason_accepted=accepted, corrected_reason=None if accepted else reason
    )


def follow_reason(
    record: FeedbackRecord, current: FeedbackRecord | None, decided_before: str | None, decided_now: str | None
) -> FeedbackRecord:
    """The reason judgement `record` with the final decision following the reason, as the pipeline decides it.

    A corrected reason's decision (`decided_now`, None when it was not decided again) is the outcome until the
    agent saves one: what its draft tells the customer, and what the feedback's readers (webhooks, analytics)
    must see. A decision filled in so for the reason before (`decided_before`) is decided again or cleared with
    every change of reason: left, it read as the agent's override of the reason accepted back. A decision the
    agent saved stays; one saved equal to the filled-in decision, without a note, cannot be told from it and
    follows the reason too. Once a draft went out unchanged, its decision is what the customer was told: the
    reason then changes nothing else.
    """
    if record.reply_status == "sent_as_is":
        return record
    filled_in = (
        current is not None
        and not current.reason_accepted
        and current.corrected_reason is not None
        and current.decision_reason == current.corrected_reason
        and current.final_decision == decided_before
        and current.note is None
    )
    if record.final_decision is not None and not filled_in:
        return record
    if record.corrected_reason is not None and not record.reason_accepted and decided_now is not None:
        return replace(record, final_decision=decided_now, decision_reason=record.corrected_reason)
    return replace(record, final_decision=None, decision_reason=None)


def decide(
    current: FeedbackRecord | None,
    return_id: str,
    agent: str,
    model_decision: str | None,
    decision: str,
    note: str,
    told_decision: str | None = None,
    decided_for: str | None = None,
    shown_decision: str | None = None,
) -> FeedbackRecord:
    """Set the final decision; overriding the model's (`model_decision`, the one in force, made for the reason
    `decided_for`) needs a note saying why.

    A decision from a page that showed another decision in force (`shown_decision`, its `decision_mark`) is refused:
    another agent corrected the reason meanwhile, so the page's suggestion is no longer the one an override is judged
    against (a "paid return" kept from it was refused for want of a note, without a word of the change, and with a
    note saved as overriding a free return the agent never saw).

    Once the draft went to the customer unchanged, it told them `told_decision` (the decision made for the reason
    that draft was made for; `model_decision` when not given): another decision saved after it would make the
    record say what the customer was never told, so it is refused until an edited reply says it (`send_reply`
    refuses the same pair in the other order).
    """
    codes = [code.value for code in DecisionCode]
    if decision not in codes:
        raise ReviewError("decision", f"{decision!r} is not one of {', '.join(codes)}")
    if shown_decision is not None and shown_decision != decision_mark(decided_for, model_decision):
        raise ReviewError(
            "decision",
            "the suggested decision changed while this page was open (the reason was corrected meanwhile; now "
            f"{decision_words(model_decision)} for {reason_words(decided_for) if decided_for else 'no reason'}): "
            "reload the page to read it, then save your decision",
        )
    told = model_decision if told_decision is None else told_decision
    if current is not None and current.reply_status == "sent_as_is" and decision != told:
        raise told_another_decision(told, decision, reply_sent=False)
    note = typed_text(note)
    if decision != model_decision and not visible_text(note).strip():  # zero-width characters say nothing
        raise ReviewError("note", "a note is required when the decision differs from the suggested one")
    if len(note) > MAX_NOTE_CHARS:
        raise ReviewError("note", f"at most {MAX_NOTE_CHARS} characters")
    _refuse_control_characters("note", note)
    return replace(_state(current, return_id, agent), final_decision=decision, note=note or None)


def told_another_decision(told: str | None, decided: str | None, reply_sent: bool) -> ReviewError:
    """The refusal of a reply sent as drafted beside a decision the draft does not state (`told`): on the reply
    when it is the one being sent (`reply_sent`), else on the decision saved after it."""
    if reply_sent:
        return ReviewError(
            "reply",
            f"the draft tells the customer the suggested decision ({decision_words(told)}), not the saved one "
            f"({decision_words(decided)}): edit it to say so before sending",
        )
    return ReviewError(
        "decision",
        f"the reply sent as drafted told the customer the suggested decision ({decision_words(told)}): send an "
        f"edited reply that says {decision_words(decided)} before saving it",
    )


def _refuse_control_characters(field: str, text: str) -> None:
    """As the API refuses them in free text: no keyboard types them, and PostgreSQL cannot store NUL
    (a note holding one was a 500 there, and stored on SQLite)."""
    if has_control_characters(text):
        raise ReviewError(field, "holds control characters (other than tab and line breaks)")


def typed_text(text: str) -> str:
    """A console text field's text as the agent typed it: a browser submits each line break as CRLF where the field's
    `maxlength` counted it as one character (a note of 2,000 characters over 20 lines was refused as 2,020 and could
    not be saved), stripped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _mark(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def draft_mark(draft: str) -> str:
    """A short mark of a draft, which the reply form carries to say which draft its page showed."""
    return _mark(typed_text(draft))


def decision_mark(reason: str | None, decision: str | None) -> str:
    """A short mark of the decision in force and the reason it was made for, which the decision form carries to say
    which decision its page showed."""
    return _mark(f"{reason}\n{decision}")


def send_reply(
    current: FeedbackRecord | None,
    return_id: str,
    agent: str,
    draft: str,
    sent: str,
    suggested_decision: str | None = None,
    shown_draft: str | None = None,
) -> FeedbackRecord:
    """Mark the reply sent: `sent_as_is` when the text is the draft, else `edited` with the text.

    The draft states the `suggested_decision` to the customer (a free label, a fee, a review): sent unchanged
    after the agent saved another decision, it would tell the customer the wrong outcome, so it is refused.
    So is a reply from a page that showed another draft than the one in force (`shown_draft`, its `draft_mark`):
    another agent corrected the reason meanwhile, and the reply was written to a decision no longer made.
    """
    text = typed_text(sent)
    if not visible_text(text).strip():
        raise ReviewError("reply", "the reply is empty")
    if len(text) > MAX_REPLY_CHARS:
        raise ReviewError("reply", f"at most {MAX_REPLY_CHARS} characters")
    _refuse_control_characters("reply", text)
    if shown_draft is not None and shown_draft != draft_mark(draft):
        raise ReviewError(
            "reply",
            "the draft changed while this page was open (the reason was corrected meanwhile): reload the page to "
            "read the new draft and the decision it states, then send",
        )
    state = _state(current, return_id, agent)
    if text == typed_text(draft):
        final = state.final_decision
        if final is not None and final != suggested_decision:
            raise told_another_decision(suggested_decision, final, reply_sent=True)
        return replace(state, reply_status="sent_as_is", edited_reply=None)
    return replace(state, reply_status="edited", edited_reply=text)
