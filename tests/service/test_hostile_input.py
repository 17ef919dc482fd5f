"""Hostile and careless inputs against the request models (issue 16, defects 1, 3, 4, 6, 8).

Validation runs as BentoML runs it (`model_validate_json` on the raw body), so what is refused
here is answered 422 naming the field; the HTTP tests check the status codes end to end.
"""

from __future__ import annotations

import copy
import json
import math
import unicodedata
from typing import Any

import pytest
from pydantic import ValidationError

from serving.api import (
    AS_LOGGED,
    EXAMPLE_EN,
    ID_FORMS,
    ClassifyRequest,
    ReloadRequest,
    ReturnRequest,
    TriageBody,
    TriageRequest,
)


def _body(**overrides: Any) -> bytes:
    return json.dumps({"returns": [copy.deepcopy(EXAMPLE_EN) | overrides]}).encode()


def _problem(body: bytes) -> tuple[str, str]:
    """The first problem's field path and message when `body` is refused."""
    with pytest.raises(ValidationError) as refused:
        TriageRequest.model_validate_json(body)
    error = refused.value.errors()[0]
    return ".".join(str(part) for part in error["loc"]), error["msg"]


def test_the_example_is_accepted() -> None:
    assert TriageRequest.model_validate_json(_body()).returns[0].return_id == EXAMPLE_EN["return_id"]


@pytest.mark.parametrize(
    "dates",
    [
        # Defect 1: accepted, stored, then broke the customer's features for good.
        {"order_date": "1600-01-01T00:00:00Z", "delivery_date": "1600-01-02T00:00:00Z"},
        # Defect 3: OverflowError (500) when converted to UTC.
        {"order_date": "0001-01-01T00:00:00+14:00", "delivery_date": "0001-01-01T00:00:00+14:00"},
        {"request_date": "1999-12-31T23:59:59Z"},
    ],
)
def test_dates_before_the_shop_existed_are_refused(dates: dict[str, str]) -> None:
    field, message = _problem(_body(**dates))
    assert field.startswith("returns.0.") and field.endswith("_date")
    assert "before" in message and "shop_founded" in message


def test_dates_far_in_the_future_are_refused() -> None:
    field, message = _problem(_body(request_date="9999-12-31T23:59:59-14:00"))
    assert field == "returns.0.request_date" and "future" in message


@pytest.mark.parametrize("value", [1_759_000_000, 1.7e9, True])
def test_epoch_numbers_are_not_dates(value: Any) -> None:
    field, message = _problem(_body(order_date=value))
    assert field == "returns.0.order_date" and "ISO 8601" in message


@pytest.mark.parametrize("value", ["89.0", "1e308", True])
def test_prices_are_json_numbers(value: Any) -> None:
    field, _ = _problem(_body(price=value))
    assert field == "returns.0.price"


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_prices_are_finite_numbers(value: float) -> None:
    # NaN and -Infinity were refused as "greater than or equal to 0"
    field, message = _problem(_body(price=value))
    assert field == "returns.0.price" and message.endswith(f"must be a finite number, not {value}")
    with pytest.raises(ValidationError, match="finite number"):
        ReloadRequest.model_validate_json(json.dumps({"wait_seconds": value}))


@pytest.mark.parametrize("value", [1e308, 100_000.01])
def test_prices_above_what_a_shop_sells_are_refused(value: float) -> None:
    field, message = _problem(_body(price=value))
    assert field == "returns.0.price" and "max_item_price" in message


@pytest.mark.parametrize("value", [12.345, 0.001, 99_999.995, 1e-300])
def test_prices_finer_than_a_cent_are_refused(value: float) -> None:
    # 12.345 was accepted and the reply promised a refund of £12.35, more than was paid
    field, message = _problem(_body(price=value))
    assert field == "returns.0.price" and "2 decimals" in message


def test_a_negative_zero_price_is_refused() -> None:
    # -0.0 passes ge=0 and was read as 0 (its reply read "we refund £-0.00" before that): no till writes a
    # negative zero, a client that does computes its prices with a sign (`predict replies` reads a cell through here)
    field, message = _problem(_body(price=-0.0))
    assert field == "returns.0.price" and "negative zero" in message


def test_a_zero_price_is_taken() -> None:
    assert TriageRequest.model_validate_json(_body(price=0)).returns[0].price == 0


@pytest.mark.parametrize("field", ["return_id", "customer_id", "order_id", "sku", "customer_email_hash"])
# U+FFFF, U+10FFFF (noncharacters), U+E000 (private use) and an unassigned code point print as nothing or a box.
@pytest.mark.parametrize(
    "value",
    [
        "R1\x00",
        "   ",
        " R1",
        "R1\t",
        "\u202eR1",
        "R\u200b1",
        "R1\u2028",
        "R\uffff",
        "R\U0010ffff",
        "R\ue000",
        "R\u0378",
    ],
)
def test_identifiers_are_printable_without_surrounding_spaces(field: str, value: str) -> None:
    # each was accepted: "R1\x00" cannot be stored in PostgreSQL, and "R\u200b1" looks like "R1" but is not
    path, message = _problem(_body(**{field: value}))
    assert path == f"returns.0.{field}" and ("printable" in message or "spaces" in message)


# Zero-width space, non-joiner, joiner, LRM, RLM, word joiner, BOM, RLO, RLI, a tag letter.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u202e", "\u2067", "\U000e0041"]
IDENTIFIER_LIKE = EXAMPLE_EN | {"customer_email_hash": "9f86d0", "reason_code": "too_small", "product_name_lang": "en"}


@pytest.mark.parametrize(
    "field",
    [
        *("return_id", "customer_id", "order_id", "sku", "size", "customer_email_hash"),
        *("product_category", "currency", "lang", "reason_code", "product_name_lang"),
    ],
)
@pytest.mark.parametrize("mark", INVISIBLE)
def test_invisible_characters_in_identifiers_and_codes_are_refused(field: str, mark: str) -> None:
    # a size "3\u200b9" was accepted: it looks like 39, and the exchange offer reads it as no size
    value = IDENTIFIER_LIKE[field]
    path, _ = _problem(_body(**{field: value[:1] + mark + value[1:]}))
    assert path == f"returns.0.{field}"


@pytest.mark.parametrize("field", ["customer_name", "product_name"])
@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_names_keep_zero_width_characters_as_typed(field: str, mark: str) -> None:
    # joiners shape some scripts and emoji; what reads a name for the reply ignores them (features.text)
    value = f"Zo{mark}ë"
    assert getattr(ReturnRequest.model_validate_json(json.dumps(EXAMPLE_EN | {field: value})), field) == value


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_names_are_one_line(separator: str) -> None:
    # the name is greeted in the reply's first line; a line separator broke it there
    path, message = _problem(_body(customer_name=f"Olivia{separator}Your refund is refused"))
    assert path == "returns.0.customer_name" and "plain text" in message


@pytest.mark.parametrize("field", ["return_id", "customer_id", "order_id", "sku", "size", "customer_email_hash"])
def test_identifiers_are_refused_unless_in_nfc(field: str) -> None:
    # "RE\u0301-1" (the accent a combining mark) looks like "RÉ-1" but is another id: the same return sent so by a
    # client that normalised it was triaged a second time, as another return
    composed = "RÉ-1"
    assert TriageRequest.model_validate_json(_body(**{field: composed})).returns[0].model_dump()[field] == composed
    path, message = _problem(_body(**{field: unicodedata.normalize("NFD", composed)}))
    assert path == f"returns.0.{field}" and ("NFC" if field == "size" else "NFKC") in message


@pytest.mark.parametrize("field", ["return_id", "customer_id", "order_id", "sku", "customer_email_hash"])
@pytest.mark.parametrize("value", ["\uff32\uff11", "\ufb01-1", "R\u00a01", "R\u2460"])
def test_identifiers_that_read_as_another_are_refused_naming_the_field(field: str, value: str) -> None:
    # a full-width "Ｒ１", a ligature "ﬁ-1", a no-break space or a circled digit read as "R1", "fi-1", "R 1" and "R1"
    # to people and to the stacks that fold compatibility characters, yet were other returns than those
    path, message = _problem(_body(**{field: value}))
    assert path == f"returns.0.{field}" and "NFKC" in message


@pytest.mark.parametrize("value", ["a/b", "..", ".", "a\\b"])
def test_return_ids_name_a_console_page(value: str) -> None:
    # "a/b" was accepted and its console page (/console/returns/a/b) could not be opened
    path, message = _problem(_body(return_id=value))
    assert path == "returns.0.return_id" and "/" in message


@pytest.mark.parametrize("value", ["SHO-0042/39", "R-2026.001", "#12 O'Neil", "李-1"])
def test_real_identifiers_are_accepted(value: str) -> None:
    request = TriageRequest.model_validate_json(_body(sku=value, return_id=value.replace("/", "-")))
    assert request.returns[0].sku == value


@pytest.mark.parametrize("text", ["too small\x00", "too small\x1b[31m", "\x07too small"])
def test_texts_with_control_characters_are_refused(text: str) -> None:
    field, message = _problem(_body(reason_text=text))
    assert field == "returns.0.reason_text" and "control characters" in message


def test_texts_keep_tabs_line_breaks_and_right_to_left_marks() -> None:
    text = "Trop petit.\r\n\tمقاس صغير\u200f جدا"
    assert TriageRequest.model_validate_json(_body(reason_text=text)).returns[0].reason_text == text


def test_history_counts_are_bounded() -> None:
    field, _ = _problem(_body(customer_history={"returns_last_30d": 10**12}))
    assert field == "returns.0.customer_history.returns_last_30d"


@pytest.mark.parametrize(
    ("name", "value"),
    [("account_age_days", False), ("returns_last_90d", True), ("free_returns_used", "2"), ("returns_last_30d", 1.5)],
)
def test_history_values_are_not_coerced(name: str, value: object) -> None:
    # A boolean read as 0 or 1, or a string read as a number, would decide on a history nobody sent.
    field, _ = _problem(_body(customer_history={name: value}))
    assert field == f"returns.0.customer_history.{name}"


@pytest.mark.parametrize("text", ["\u200b\u200b\u200b", "\u200d\ufeff \u2060", "\u00ad\u200c"])
def test_zero_width_only_text_is_blank(text: str) -> None:
    field, message = _problem(_body(reason_text=text))
    assert field == "returns.0.reason_text" and "blank" in message
    with pytest.raises(ValidationError, match="blank"):
        ClassifyRequest.model_validate_json(json.dumps({"texts": [text]}))


@pytest.mark.parametrize(
    "name",
    [
        "<b onmouseover=alert(3)>Eve</b>",
        "Eve<script>",
        "Eve &lt;b&gt;",
        "Eve\x00",
        "Eve\nBcc: x",
        "\u202eEve",
        "\u2067Eve",
    ],
)
def test_names_are_plain_text(name: str) -> None:
    field, message = _problem(_body(customer_name=name))
    assert field == "returns.0.customer_name" and "plain text" in message


@pytest.mark.parametrize("field", ["customer_name", "product_name"])
@pytest.mark.parametrize(
    ("unreadable", "named"),
    [
        ("Ren\ufffde", "U+FFFD, the mark of a text decoded in the wrong encoding"),
        ("Bob\uffff", "U+FFFF, a noncharacter"),
        *((f"Zo{char}e", "a noncharacter") for char in ("\ufffe", "\ufdd0", "\ufdef")),
    ],
)
def test_a_name_decoded_in_the_wrong_encoding_or_holding_a_noncharacter_is_refused(
    field: str, unreadable: str, named: str
) -> None:
    # both are quoted in the draft: "Hello Ren\ufffde," was greeted as sent
    path, message = _problem(_body(**{field: unreadable}))
    assert path == f"returns.0.{field}" and named in message and "leave it out" in message


def test_a_product_name_logged_before_the_rule_for_names_is_read_back_as_logged() -> None:
    # the console's correction decides a logged request again: refused, it failed every correction in its batch
    logged = EXAMPLE_EN | {"product_name": "Robe Ren\ufffde", "size": "M\ufffd"}
    assert ReturnRequest.model_validate(logged, context=AS_LOGGED).product_name == "Robe Ren\ufffde"
    with pytest.raises(ValidationError, match="U\\+FFFD"):
        ReturnRequest.model_validate(logged)


@pytest.mark.parametrize("name", ["\ue000Ann", "Zo\ufdcfe", "Zo\ufdf0e", "Ann\U0001fffe", "Ren\u00e9e \U0001f600"])
def test_private_use_characters_and_the_neighbours_of_noncharacters_stay_in_names(name: str) -> None:
    # a private-use character writes a rare ideograph in some Japanese names (gaiji); U+FDCF and U+FDF0 are letters
    assert ReturnRequest.model_validate_json(json.dumps(EXAMPLE_EN | {"customer_name": name})).customer_name == name


@pytest.mark.parametrize("field", ["product_name", "size"])
def test_product_names_and_sizes_are_plain_text(field: str) -> None:
    # both are quoted in the reply a customer reads
    path, message = _problem(_body(**{field: "<b>XL</b>"}))
    assert path == f"returns.0.{field}" and "plain text" in message


@pytest.mark.parametrize("name", ["Olivia", "Zoë", "Jean-Luc", "O'Brien", "Anne Marie", "李"])
def test_real_names_are_accepted(name: str) -> None:
    assert ReturnRequest.model_validate_json(json.dumps(EXAMPLE_EN | {"customer_name": name})).customer_name == name


@pytest.mark.parametrize("value", ["false", '"30"'])
def test_reload_waits_are_json_numbers(value: str) -> None:
    # `{"wait_seconds": false}` was read as 0 seconds (schemathesis ST201 with an admin key)
    with pytest.raises(ValidationError, match="wait_seconds"):
        ReloadRequest.model_validate_json(f'{{"wait_seconds": {value}}}')
    assert ReloadRequest.model_validate_json('{"wait_seconds": 5}').wait_seconds == 5


@pytest.mark.parametrize("size", ["7\u00bd", "10\u00bd", "UK 7\u00bd"])
def test_a_half_size_is_taken_as_shops_write_it(size: str) -> None:
    # a size is held to NFC, not NFKC: "7½" (NFKC: "71⁄2") was refused "must be in Unicode NFKC"
    assert TriageRequest.model_validate_json(_body(size=size)).returns[0].size == size


def test_the_endpoint_holds_every_field_the_rule_for_ids_holds() -> None:
    # `/triage` validates its body with ids as sent and holds returns not logged to the rule by `ID_FORMS`: a field the
    # rule covers that `ID_FORMS` missed would be taken with any id
    breaches = {"NFKC": "\uff32\uff11", "NFC": unicodedata.normalize("NFD", "RÉ-1")}
    held: dict[str, str] = {}
    for field in ReturnRequest.model_fields:
        for form, value in breaches.items():
            try:
                TriageRequest.model_validate_json(_body(**{field: value}))
            except ValidationError as refused:
                if any(f"Unicode {form}" in error["msg"] for error in refused.errors()):
                    held.setdefault(field, form)
    assert held == ID_FORMS
    for field, form in ID_FORMS.items():
        taken = TriageBody.model_validate_json(_body(**{field: breaches[form]})).returns[0]
        assert list(taken.id_problems()) == [field]
