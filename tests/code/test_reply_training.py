"""Reply training's evaluation: the drafter fitted as `triage train replies` fits it, and the checker's
table per rule and language (a hashing stand-in embedder keeps it to seconds)."""

import json
import re

import pandas as pd
import pytest
from reply_support import HashingEmbedder

from decisions.policy import load_policy
from models.reply_checker import RULES, check_rules
from models.reply_drafter import ReplyDrafter
from training import replies
from training.replies import evaluate_drafter, fit_drafter, load_reply_frame, rule_table


@pytest.fixture(scope="module")
def fitted(settings) -> tuple[ReplyDrafter, pd.DataFrame]:
    """The drafter fitted on a thin slice of the history, and the newest 40 returns to draft."""
    frame = load_reply_frame(settings).sort_values("request_ts", kind="stable").iloc[::60].reset_index(drop=True)
    history, test = frame.iloc[:-40], frame.iloc[-40:]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(replies, "reply_embedder", lambda _: HashingEmbedder())
        return fit_drafter(settings, history), test


def test_the_checker_table_counts_each_rules_failures_per_language(settings, fitted, monkeypatch) -> None:
    drafter, test = fitted
    assert hasattr(drafter.handover_, "model_"), "the handover detector learns from the labelled messages"

    def french_tone_fails(draft, facts, case, fingerprints):  # a seeded failure: every French draft, one rule
        found = check_rules(draft, facts, case, fingerprints)
        return {**found, "tone": ["seeded"]} if case.lang == "fr" else found

    monkeypatch.setattr(replies, "check_rules", french_tone_fails)
    evaluation = evaluate_drafter(drafter, test, load_policy(settings.policy_path), settings)
    drafts = {lang: scores["drafts"] for lang, scores in evaluation["per_language"].items()}
    assert set(drafts) == {"en", "fr"} and sum(drafts.values()) == evaluation["drafts"] == 2 * len(test)
    assert list(evaluation["per_rule"]) == list(RULES)
    assert evaluation["per_rule"]["tone"] == {
        "drafts": evaluation["drafts"],
        "failed": drafts["fr"],
        "failed_per_language": {"en": 0, "fr": drafts["fr"]},
    }
    table = rule_table(evaluation)
    assert [column.header for column in table.columns][2:] == [
        f"failed en ({drafts['en']})",
        f"failed fr ({drafts['fr']})",
    ]
    assert table.row_count == len(RULES)


def test_the_reports_examples_hold_neither_the_customers_words_nor_their_names(settings, fitted) -> None:
    # the report is logged to MLflow, where `triage data purge` never reaches: its examples held the customer's text
    # and greeted them by first name ("Dear Aisha,")
    drafter, test = fitted
    evaluation = evaluate_drafter(drafter, test, load_policy(settings.policy_path), settings)
    written = json.dumps(evaluation["examples"], ensure_ascii=False)
    names = {name for name in test["first_name"].dropna() if len(name) > 2}
    assert names and not [name for name in names if re.search(rf"\b{re.escape(name)}\b", written)]
    assert not [text for text in test["reason_text"] if len(text) > 40 and text[:40] in written]
    examples = evaluation["examples"].values()
    assert examples and {example["return_id"] for example in examples} <= set(test["return_id"])


def test_the_reports_problem_counts_quote_no_customer(settings, fitted, monkeypatch) -> None:
    # the counts quoted what a failing draft said: another customer's name or order number, the draft's own sentence
    # (which greets its customer by name) or a phrase it repeats
    drafter, test = fitted
    quoted = ("Aisha", "O1112223", "Dear Maya, we refund you", "thank you maya for your")

    def leaking(draft, facts, case, fingerprints):
        found = check_rules(draft, facts, case, fingerprints)
        return found | {
            "privacy": [f"mentions another customer's name: {quoted[0]}", f"mentions an order or customer number "
                        f"that is not this case's: {quoted[1]}"],
            "acknowledge_first": [f"decides before acknowledging the message: {quoted[2]!r}"],
            "no_repetition": [f"repeats a phrase: {quoted[3]!r}"],
        }  # fmt: skip

    monkeypatch.setattr(replies, "check_rules", leaking)
    evaluation = evaluate_drafter(drafter, test, load_policy(settings.policy_path), settings)
    written = json.dumps(evaluation, ensure_ascii=False)
    assert not [words for words in quoted if words in written]
    assert evaluation["problems"]["mentions another customer's name"] == evaluation["drafts"]
    assert evaluation["problems"]["repeats a phrase"] == evaluation["drafts"]
