"""Request and response models of the triage API (validated by pydantic, shown in OpenAPI).

Every limit a client can hit is declared here, so validation errors name the field and the
problem: texts 1–5,000 characters with something visible in them and no control characters, ids
printable without surrounding spaces (a return id also without `/`), batches 1–256 holding at most
256,000 characters (code points) of text in all, prices finite JSON
numbers in cents from 0 to `Settings.max_item_price`, timestamps ISO 8601 strings between
`Settings.shop_founded` and now, names plain text, enums from the taxonomy and the table schemas,
unknown fields rejected. Types are strict where coercion would guess: a price given as a string, a
date given as an epoch number and a flag given as "false" or 0 are refused, not converted.

Invisible characters, by kind of field (one rule each, below):
- identifiers (return, customer and order ids, sku, size, e-mail hash, agent id) are matched exactly, so
  a zero-width, bidirectional or other format character (Unicode Cf), a control or a line separator is
  refused (422 naming the field): "R\u200b1" would look like R1 and not be it; so is one not in Unicode NFKC
  ("e" and a combining accent for "é", a full-width "Ｒ１" for "R1", a ligature "ﬁ-1" for "fi-1");
- enums (category, currency, languages, reason and decision codes) take their exact values only;
- names (customer, product) are plain text: no markup, controls or bidirectional overrides and isolates
  (they reorder the greeting's line), no U+FFFD (a name decoded in the wrong encoding) or noncharacter;
  zero-width characters are kept (joiners shape some scripts and emoji) and, as in free text, shown as typed;
- free text (the reason, an edited reply) keeps every character but controls. Whatever reads a text or
  a name for a decision or a reply (the models, the keyword rules, the item noun) reads it without its
  format characters (`features.text.visible_text`), so an invisible character changes nothing.
"""

from __future__ import annotations

import functools
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Annotated, Any, Literal, Self, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from decisions.policy import DecisionCode
from features.dates import MOMENT_FORMS, before_delivery_problem, is_before_delivery, read_moment
from features.history import RETURN_COUNTS, HistorySummary, free_returns_problem
from features.schemas import CATEGORY_CODES, CURRENCIES, INSPECTION_OUTCOMES, LANGUAGES
from features.taxonomy import REASON_CODES
from features.text import (
    CONTROL_CHARACTER_RANGES,
    MAX_ID_CHARS,
    MAX_REPLY_CHARS,
    MAX_TEXT_CHARS,
    amount_text,
    has_control_characters,
    identifier_problem,
)
from serving.patterns import class_ranges, identifier_pattern
from triage.settings import get_settings

# The endpoints that take a JSON body and an API key (the service's `@bentoml.api` routes).
API_ROUTES: frozenset[str] = frozenset({"/triage", "/classify", "/feedback", "/admin/reload", "/admin/reload/status"})
MAX_BATCH = 256
# A call's model time grows with its text: 256 texts of 5,000 characters kept a worker busy for most of the 60 s
# traffic timeout, and two such calls at once ran past it (504). 1,000 characters a return on average is more than
# any reason in the realistic sets (the longest 743); a call with a few texts of 5,000 still fits.
MAX_CALL_TEXT_CHARS = 256_000
MAX_NAME_CHARS = 100
MAX_SIZE_CHARS = 12
# OpenAPI 3.0 (BentoML's generator) takes one `example` per schema: the batch example holds an
# English and a French request.

ReasonCode = StrEnum("ReasonCode", {code: code for code in REASON_CODES})
ProductCategory = StrEnum("ProductCategory", {code: code for code in CATEGORY_CODES})
Language = StrEnum("Language", {code: code for code in LANGUAGES})
InspectionOutcome = StrEnum("InspectionOutcome", {code: code for code in INSPECTION_OUTCOMES})
Currency = StrEnum("Currency", {code: code for code in CURRENCIES})
# Characters that print nothing: a text made of these (and spaces) says nothing. Cf holds the
# zero-width space/joiners, the BOM and the soft hyphen; Cc the control characters.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp"})
# A name is greeted in the reply and shown in the console: markup, entities and control characters
# have no place in one (`<b onmouseover=...>Eve</b>` reached a draft verbatim).
# Bidirectional overrides and isolates reverse how the rest of a line reads (a name "\u202eEve" flips the
# greeting that follows it in a draft).
# A name is greeted in the reply's first line: line and paragraph separators (U+2028, U+2029) would break it.
_NOT_IN_NAMES = re.compile(r"[<>&\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# A name holding U+FFFD was decoded in the wrong encoding before it was sent, and the draft greeted "Hello Ren\ufffde,";
# the noncharacters U+FFFE and U+FFFF (a byte-swapped mark, a -1 read as a character) and U+FDD0-U+FDEF are no text
# either, greeted as typed. Those past the first plane are left: no decoding mistake writes them.
_UNREADABLE_IN_NAMES = re.compile(r"[\ufffd\ufffe\uffff\ufdd0-\ufdef]")


def _iso_string(value: Any) -> Any:
    """Dates are ISO 8601 strings in the forms every entry point reads (`features.dates.read_moment`), or datetimes
    built in Python: epoch numbers, given as numbers or strings, are ambiguous (seconds or milliseconds, which zone)
    and are refused rather than guessed."""
    if isinstance(value, bool | int | float):
        raise ValueError("dates are ISO 8601 strings such as 2026-10-08T18:30:00Z, not numbers")
    return read_moment(value) if isinstance(value, str) else value


def _in_shop_lifetime(value: datetime) -> datetime:
    """Naive timestamps are UTC (as in the shop's exports); before `Settings.shop_founded` or after now
    (plus `Settings.clock_skew_seconds`) is refused: such dates broke the history features."""
    settings = get_settings()
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        moment = aware.astimezone(UTC)
    except OverflowError:  # year 1 at +14:00 or year 9999 at -14:00 has no UTC moment
        moment = datetime.min.replace(tzinfo=UTC) if value.year == 1 else datetime.max.replace(tzinfo=UTC)
    if moment.date() < settings.shop_founded:
        raise ValueError(
            f"timestamp is before the shop existed: its UTC day {moment.date().isoformat()} is before shop_founded "
            f"{settings.shop_founded.isoformat()}"
        )
    latest = datetime.now(UTC) + timedelta(seconds=settings.clock_skew_seconds)
    if moment > latest:
        raise ValueError(
            f"timestamp is in the future: {_utc(moment)} is after {_utc(latest)}, the service's clock plus "
            f"clock_skew_seconds ({settings.clock_skew_seconds} s)"
        )
    return aware


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _json_number(value: Any) -> Any:
    """Amounts and durations are finite JSON numbers: a string or a boolean is refused, not coerced, and
    NaN or Infinity (which Python's JSON reader accepts) is named as such, not as a number below a bound."""
    if isinstance(value, bool | str):
        raise ValueError("must be a JSON number, not a string or a boolean")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"must be a finite number, not {value}")
    return value


def _sellable(value: float) -> float:
    """At most `Settings.max_item_price` (the policy and the reply would promise any refund), in cents."""
    ceiling = get_settings().max_item_price
    if value > ceiling:
        raise ValueError(f"price is above max_item_price ({amount_text(ceiling)})")
    if round(value, 2) != value:  # the reply rounds to cents: 12.345 paid was promised a 12.35 refund
        raise ValueError("price has more than 2 decimals (amounts are in cents)")
    if value == 0 and math.copysign(1.0, value) < 0:  # passes ge=0; no till writes it (a JSON body's: middleware)
        raise ValueError("price is a negative zero: a price is 0 or more, written without a sign")
    return value


def _has_text(value: str) -> str:
    if all(unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in value):
        raise ValueError("text is blank (only spaces or invisible characters)")
    if has_control_characters(value):
        raise ValueError("text holds control characters (other than tab and line breaks)")
    return value


def plain_identifier(value: str) -> str:
    """Ids are matched exactly (retries, feedback, lists): `features.text.identifier_problem`, which the request CSVs
    hold to as well; a blank one names nothing (the field's `min_length`)."""
    if (problem := identifier_problem(value)) is not None:
        raise ValueError(problem)
    return value


def plain_size(value: str) -> str:
    """A size is an identifier in Unicode NFC (`features.text.identifier_problem`): "7½" is a half size as shops write
    it, which NFKC would refuse."""
    if (problem := identifier_problem(value, "NFC")) is not None:
        raise ValueError(problem)
    return value


# The validation context of a request read back from the prediction log (`ModelSide.redecide_batch`): its ids are
# taken as logged, as `LoggedReturnId` takes a return's. A return logged before the rule for ids refused its "Ｒ１" or
# its SKU failed its re-decision, and with it every other agent's correction in the same batch.
AS_LOGGED = {"as_logged": True}
# The validation context of a `/triage` body (`TriageBody`): its ids are taken as sent, and the endpoint holds each
# return the prediction log does not hold to the rule (`ReturnRequest.id_problems`).
IDS_HELD_BY_THE_ENDPOINT = {"ids_held_by_the_endpoint": True}


def _ids_taken_as_sent(info: ValidationInfo) -> bool:
    context = info.context or {}
    return bool(context.get("as_logged") or context.get("ids_held_by_the_endpoint"))


def _unless_logged(rule: Callable[[str], str]) -> Callable[[str, ValidationInfo], str]:
    """`rule` (`plain_identifier`, `plain_size`) as a field's validator that lets a value read `AS_LOGGED`, or sent in
    a `/triage` body (`IDS_HELD_BY_THE_ENDPOINT`), pass."""

    def check(value: str, info: ValidationInfo) -> str:
        return value if _ids_taken_as_sent(info) else rule(value)

    return check


def _path_segment(value: str) -> str:
    """A return id names its console page `/console/returns/{return_id}`: a slash or a dot segment would
    point the page's links elsewhere."""
    if "/" in value or "\\" in value or value in (".", ".."):
        raise ValueError("must not contain / or \\ nor be . or ..")
    return value


def _plain_name(value: str) -> str:
    if _NOT_IN_NAMES.search(value):
        raise ValueError("must be plain text: no markup (<, >, &) or control characters")
    return _has_text(value)


def _readable_name(value: str, info: ValidationInfo) -> str:
    """A name without `_UNREADABLE_IN_NAMES`, unless read back from the log (`AS_LOGGED`): a product name logged before
    this rule is decided again as logged, where refusing it failed every agent's correction in its batch."""
    if (info.context or {}).get("as_logged"):
        return value
    if (unreadable := _UNREADABLE_IN_NAMES.search(value)) is not None:
        raise ValueError(
            f"holds U+{ord(unreadable.group()):04X}, "
            + (
                "the mark of a text decoded in the wrong encoding before it was sent"
                if unreadable.group() == "\ufffd"
                else "a noncharacter, which no name holds"
            )
            + ": the reply would greet the customer with it; send the name as typed, or leave it out"
        )
    return value


def _price_schema(schema: dict[str, Any]) -> None:
    """`_sellable`'s ceiling in the API description, which a client generated from it checks before sending: the
    `maximum` this service was started with. Called when the description is written, so the model reads no setting at
    import. Whole cents are in the field's description only: `multipleOf` 0.01 is read by dividing in binary floating
    point by Ajv (by default) and Python's `jsonschema`, where 19.99 / 0.01 is 1998.9999999999998, so their clients
    would refuse to send ordinary prices the service accepts. No `minimum` above 0 either: a price of 0 is accepted."""
    schema["maximum"] = get_settings().max_item_price


@functools.cache
def _text_pattern() -> str:
    """`_has_text` as a pattern: characters that print nothing but are allowed (spaces, tab, line breaks, format
    characters), then one that prints, then anything but a control character. The invisible characters are listed
    from this Python's Unicode tables, which the check reads; the two classes do not overlap, so a validator reads a
    text of any length in one pass."""
    invisible = [
        chr(point) for point in range(sys.maxunicode + 1) if unicodedata.category(chr(point)) in _INVISIBLE_CATEGORIES
    ]
    allowed = [char for char in invisible if not has_control_characters(char)]
    return f"^[{class_ranges(allowed)}]*[^{class_ranges(invisible)}][^{CONTROL_CHARACTER_RANGES}]*$"


def _text_schema(schema: dict[str, Any]) -> None:
    schema["pattern"] = _text_pattern()


def _name_schema(schema: dict[str, Any]) -> None:
    """`_plain_name`: a text without the characters names refuse (a line break is one of them, so `.` reaches each)."""
    schema["pattern"] = f"^(?!.*{_NOT_IN_NAMES.pattern})(?!.*{_UNREADABLE_IN_NAMES.pattern}){_text_pattern()[1:]}"


# The identifier patterns spell NFKC out (`serving.patterns`), some 60 kB each: the description holds each once, as a
# schema of its own (`identifier_schemas`) its fields refer to. Pydantic resolves a `$ref` it did not write, so a
# field's schema names its identifier schema under this key and `serving.openapi` writes the reference.
IDENTIFIER_SCHEMA_KEY = "x-identifier-schema"


def _refer_to(name: str) -> Callable[[dict[str, Any]], None]:
    def refer(schema: dict[str, Any]) -> None:
        schema[IDENTIFIER_SCHEMA_KEY] = name

    return refer


def identifier_schemas() -> dict[str, dict[str, Any]]:
    """The schemas of identifiers (`plain_identifier`): any; a return id (also `_path_segment`, on text holding no
    line break, so `.` reaches every character); a size (also a plain name, of which only markup is left to refuse)."""
    rules = identifier_pattern()[1:]
    return {
        "Identifier": {"type": "string", "minLength": 1, "maxLength": MAX_ID_CHARS, "pattern": f"^{rules}"},
        "ReturnId": {
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_ID_CHARS,
            "pattern": f"^(?!\\.\\.?$)(?!.*[/\\\\]){rules}",
        },
        "Size": {
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_SIZE_CHARS,
            "pattern": f"^(?!.*[<>&]){identifier_pattern('NFC')[1:]}",
        },
    }


# RFC 3339's date-time (the description's `format`) as far as `read_moment` reads it: a year from 0001, no leap second
# (23:59:60), at most 9 digits of a second's fraction. The ranges of months, days, hours and minutes repeat the
# format's so that a generator drawing from the pattern draws few moments the format refuses (schemathesis found its
# /triage bodies too slow to draw); the format alone knows a month's last day. The service also reads the shorter forms
# the field's description lists (a date alone, minutes, no zone). The bounds are in the description only
# (`_timestamp_schema`): the upper one moves with the service's clock, and the lower one, the UTC day of a moment
# written at any offset, would be a pattern of several alternatives that client generators drop (they map
# `format: date-time` to their date type) and that leaves a drawn body refused for the upper bound all the same.
TIMESTAMP_PATTERN = (
    r"^(?!0000)[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(?:\.[0-9]{1,9})?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$"
)


def _timestamp_schema(between_fields: str = "") -> Callable[[dict[str, Any]], None]:
    """A timestamp field's served schema: the pattern, and in the description its bounds as the service reads them
    (`_in_shop_lifetime`, the settings it runs with) and `between_fields`, a rule relating it to another field."""

    def write(schema: dict[str, Any]) -> None:
        settings = get_settings()
        schema["pattern"] = TIMESTAMP_PATTERN
        schema["description"] = (
            "A date and time with its zone, as the pattern spells it (2026-10-08T18:30:00Z; the service also reads "
            f"ISO 8601's {MOMENT_FORMS}). Its UTC day is shop_founded ({settings.shop_founded.isoformat()}) or later, "
            f"and it is at most clock_skew_seconds ({settings.clock_skew_seconds} s) after the service's clock"
            f"{between_fields}."
        )

    return write


Timestamp = Annotated[
    datetime,
    BeforeValidator(_iso_string),
    AfterValidator(_in_shop_lifetime),
    Field(json_schema_extra=_timestamp_schema()),
]
# The bound comes before the validator that reads the JSON number: after it, pydantic writes `ge` into the API
# description, which no JSON Schema reader knows, so a negative price read as documented.
Price = Annotated[
    float,
    Field(ge=0, allow_inf_nan=False, json_schema_extra=_price_schema),
    BeforeValidator(_json_number),
    AfterValidator(_sellable),
]
Identifier = Annotated[
    str,
    Field(min_length=1, max_length=MAX_ID_CHARS, json_schema_extra=_refer_to("Identifier")),
    AfterValidator(_unless_logged(plain_identifier)),
]
ReturnId = Annotated[Identifier, Field(json_schema_extra=_refer_to("ReturnId")), AfterValidator(_path_segment)]


def _comparable(value: str) -> str:
    """PostgreSQL cannot compare a text holding NUL: no return is logged with one."""
    if "\x00" in value:
        raise ValueError(identifier_problem(value))
    return value


# The validation context of a `/feedback` body refused for another field (`FeedbackBody`): its return_id is held to
# the rule for ids as well, so that one 422 names every field to mend.
RETURN_ID_HELD_TO_THE_RULE = {"return_id_held_to_the_rule": True}


def _held_to_the_rule_if_asked(value: str, info: ValidationInfo) -> str:
    if (info.context or {}).get("return_id_held_to_the_rule") and (problem := identifier_problem(value)) is not None:
        raise ValueError(f"{problem}; such an id is taken only as a return logged before the rule for ids")
    return value


# The id of a return already in the prediction log, matched exactly as logged: the rule for ids (`plain_identifier`)
# came after returns were logged with ids it refuses ("Ｒ１", a combining accent), and those keep their agents' and
# the returns system's records. An id the rule refuses names only such a return (the endpoint checks the log).
LoggedReturnId = Annotated[
    str,
    Field(min_length=1, max_length=MAX_ID_CHARS, json_schema_extra=_refer_to("ReturnId")),
    AfterValidator(_comparable),
    AfterValidator(_path_segment),
    AfterValidator(_held_to_the_rule_if_asked),
]
FreeText = Annotated[
    str, Field(min_length=1, max_length=MAX_TEXT_CHARS, json_schema_extra=_text_schema), AfterValidator(_has_text)
]
ReplyText = Annotated[
    str, Field(min_length=1, max_length=MAX_REPLY_CHARS, json_schema_extra=_text_schema), AfterValidator(_has_text)
]


def _within_call_budget(texts: list[str], noun: str) -> None:
    """Characters are counted as a text's limit counts them, in code points, which the refusal says: an emoji is
    one, an accent typed as a combining mark a second one, where a client counting what it sees finds one."""
    total = sum(len(text) for text in texts)
    if total > MAX_CALL_TEXT_CHARS:
        raise ValueError(
            f"the {noun} total {total:,} characters (Unicode code points); a call holds at most "
            f"{MAX_CALL_TEXT_CHARS:,} ({MAX_BATCH} of {MAX_CALL_TEXT_CHARS // MAX_BATCH:,} on average): "
            "send them in smaller calls"
        )


PlainName = Annotated[
    str,
    Field(min_length=1, max_length=MAX_NAME_CHARS, json_schema_extra=_name_schema),
    AfterValidator(_plain_name),
    AfterValidator(_readable_name),
]
PlainProductName = Annotated[
    str,
    Field(min_length=1, max_length=200, json_schema_extra=_name_schema),
    AfterValidator(_plain_name),
    AfterValidator(_readable_name),
]
# A size is matched and computed on (the exchange offer reads "39" to offer "40"): an identifier, shown
# in the reply as typed, so also plain text.
PlainSize = Annotated[
    str,
    Field(min_length=1, max_length=MAX_SIZE_CHARS, json_schema_extra=_refer_to("Size")),
    AfterValidator(_unless_logged(plain_size)),
    AfterValidator(_plain_name),
    AfterValidator(_readable_name),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


EXAMPLE_EN = {
    "return_id": "R1000001",
    "customer_id": "C000123",
    "order_id": "O1000042",
    "sku": "SHO-0042-39",
    "product_category": "shoes",
    "price": 89.0,
    "currency": "GBP",
    "order_date": "2026-10-02T09:15:00Z",
    "delivery_date": "2026-10-05T14:00:00Z",
    "request_date": "2026-10-08T18:30:00Z",
    "reason_text": "Lovely shoes but I can't get my foot in, the toe box pinches badly. Need a 40 instead.",
    "lang": "en",
    "customer_name": "Olivia",
    "product_name": "Vera Sage Trainers",
    "size": "39",
}
EXAMPLE_FR = {
    "return_id": "R1000002",
    "customer_id": "C000456",
    "order_id": "O1000077",
    "sku": "LIG-0310",
    "product_category": "lighting",
    "price": 59.9,
    "currency": "EUR",
    "order_date": "2026-10-01T11:00:00Z",
    "delivery_date": "2026-10-04T10:20:00Z",
    "request_date": "2026-10-04T19:05:00Z",
    "reason_text": "La lampe est arrivée avec le pied fendu et l'abat-jour écrasé, le carton était tout abîmé.",
    "reason_code": "damaged_in_transit",
}


def example_now(example: dict[str, Any] = EXAMPLE_EN) -> dict[str, Any]:
    """`example` with every moment at this minute, in UTC: within the shop's bounds whatever `TRIAGE_SHOP_FOUNDED`
    says (it is at most today). Every worker's warm-up request was `EXAMPLE_EN`, whose October 2026 dates a founding
    day after them refused: each worker failed at start and was started again, without end."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:00Z")
    return example | {"order_date": now, "delivery_date": now, "request_date": now}


class ReturnRequest(_Strict):
    """One customer's return request, as the returns system sends it."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"example": EXAMPLE_FR})

    return_id: ReturnId
    customer_id: Identifier
    order_id: Identifier
    sku: Identifier
    product_category: ProductCategory
    price: Price = Field(
        description="Price paid for the item, in `currency`: a JSON number in whole cents (at most 2 decimals: 0.999 "
        "or 4.589e-86 is refused), at most max_item_price."
    )
    currency: Currency
    order_date: Timestamp
    delivery_date: Timestamp = Field(json_schema_extra=_timestamp_schema("; not before order_date"))
    request_date: Timestamp = Field(
        json_schema_extra=_timestamp_schema(
            "; not before order_date, and its UTC day not before delivery_date's (a return is asked for an item "
            "delivered; earlier on the same day is taken)"
        )
    )
    reason_text: FreeText = Field(description="The customer's own words, as typed.")
    reason_code: ReasonCode | None = Field(default=None, description="Reason picked in the shop's return form.")
    lang: Language | None = Field(default=None, description="Language of reason_text; detected when absent.")
    customer_name: PlainName | None = Field(default=None, description="First name to greet; plain text.")
    customer_email_hash: Identifier | None = Field(
        default=None,
        description="The shop's hash of the customer's e-mail address, matched against `email_hash` entries of the "
        "allow and block lists (`triage lists`); never the address itself.",
    )
    product_name: PlainProductName | None = Field(
        default=None, description="The item's name as the catalogue writes it; plain text."
    )
    product_name_lang: Language | None = Field(
        default=None,
        description="Language of product_name (English when absent); replies in another language name "
        "the item by a noun of its category instead.",
    )
    size: PlainSize | None = Field(default=None, description="Size ordered; read from the SKU when absent.")
    customer_history: HistorySummary | None = Field(
        default=None,
        description="The customer's history; overrides the service's history store when given. Counts left out "
        "are 0 and account_age_days left out is unknown; an empty object is refused: leave the field out to use "
        "the stored history. The returns of the last 30 days are within those of the last 90, and these within "
        "the last 365: a wider window's count below a narrower one's is refused. free_returns_used is the shop's "
        "count and wins over the returns counted (those do not say which returns used a free one), up to the "
        "returns of the narrowest window holding the policy's quota window: more is refused.",
        json_schema_extra={"minProperties": 1},
    )

    def id_problems(self) -> dict[str, str]:
        """Each id field the rule for ids refuses (`ID_FORMS`) -> why, as its validation words it."""
        values = {name: getattr(self, name) for name in ID_FORMS}
        problems = {name: identifier_problem(value, ID_FORMS[name]) for name, value in values.items() if value}
        return {name: problem for name, problem in problems.items() if problem is not None}

    def history_problems(self, quota_window_days: int | None) -> dict[str, str]:
        """Why the customer_history's count of free returns used cannot be one in the policy's quota window of
        `quota_window_days` (`features.history.free_returns_problem`), by the field it names; {} when it can, or
        without a history or a policy. Checked by the endpoint, which knows the policy the models serve."""
        if self.customer_history is None or quota_window_days is None:
            return {}
        problem = free_returns_problem(self.customer_history, quota_window_days)
        return {} if problem is None else {"customer_history.free_returns_used": problem}

    @field_validator("customer_history", mode="before")
    @classmethod
    def _history_not_empty(cls, history: Any) -> Any:
        # `{}` would be read as a customer with no returns and no abuse, overriding the stored history: a client's
        # placeholder, not a statement, so it is refused rather than taken as one.
        if history == {}:
            raise ValueError(
                "customer_history is empty: leave it out to use the stored history, or give the customer's counts"
            )
        return history

    @field_validator("customer_history")
    @classmethod
    def _windows_nest(cls, history: HistorySummary | None) -> HistorySummary | None:
        # {"returns_last_30d": 5} told the risk model 5 returns in the last 30 days and none in the last 90 or 365 (a
        # count left out is 0): a customer no history could describe, scored without a word.
        if history is None:
            return None
        for narrower, wider in pairwise(NESTED_COUNTS):
            fewer, more = getattr(history, wider), getattr(history, narrower)
            if fewer < more:
                left_out = "" if wider in history.model_fields_set else ", left out"
                raise ValueError(
                    f"customer_history.{wider} ({fewer}{left_out}) is fewer than {narrower} ({more}): each window's "
                    f"returns are within the next one's ({', '.join(NESTED_COUNTS)})"
                )
        return history

    @field_validator("delivery_date", "request_date")
    @classmethod
    def _after_the_order(cls, moment: datetime, info: ValidationInfo) -> datetime:
        ordered = info.data.get("order_date")  # absent when order_date itself was refused
        if ordered is not None and moment < ordered:
            raise ValueError(f"{info.field_name} is before order_date")
        delivered = info.data.get("delivery_date") if info.field_name == "request_date" else None
        if delivered is not None and is_before_delivery(moment, delivered):
            raise ValueError(f"request_date {before_delivery_problem('delivery_date')}")
        return moment

    @property
    def ticked_reason(self) -> str | None:
        """The reason code ticked in the form, as the reason model and the ticked-vs-written check read it."""
        return str(self.reason_code) if self.reason_code else None


# A history's counts of returns by window, narrowest first: each window holds the one before it.
NESTED_COUNTS = tuple(RETURN_COUNTS)


# The fields of a return request held to the rule for ids (`Identifier`, `PlainSize`) and the Unicode form of each.
ID_FORMS: dict[str, Literal["NFC", "NFKC"]] = {
    "return_id": "NFKC",
    "customer_id": "NFKC",
    "order_id": "NFKC",
    "sku": "NFKC",
    "customer_email_hash": "NFKC",
    "size": "NFC",
}


class TriageRequest(_Strict):
    """A batch of return requests; results come back in the same order."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"example": {"returns": [EXAMPLE_EN, EXAMPLE_FR]}})

    returns: list[ReturnRequest] = Field(min_length=1, max_length=MAX_BATCH)

    @field_validator("returns")
    @classmethod
    def _returns_within_call_budget(cls, returns: list[ReturnRequest]) -> list[ReturnRequest]:
        _within_call_budget([item.reason_text for item in returns], "reason texts")
        return returns


class TriageBody(TriageRequest):
    """`TriageRequest` as `POST /triage` takes it. BentoML validates the body here (`model_validate_json`) with its ids
    as sent; the endpoint holds every return the prediction log does not hold to the rule for ids, with the same 422.
    A return logged before the rule with an id it refuses ("Ｒ１") is a logged return: the same request sent again
    gets its stored answer, another one 409, where both were a 422 as if the request were new and bad."""

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **options: Any) -> Self:
        try:
            return super().model_validate_json(json_data, **(options | {"context": IDS_HELD_BY_THE_ENDPOINT}))
        except ValidationError:
            # A body refused for another field is no retry the log could answer (mended, it is another request than
            # one logged: 409), so its 422 names each id the rule refuses beside that field, where the ids came one
            # try later. Held to the rule, the same body is refused again. So is a history's count of free returns
            # used past the served quota window's returns, which the endpoint names of a body that validates.
            try:
                return super().model_validate_json(json_data, **options)
            except ValidationError as refused:
                raise with_history_problems(refused, json_data, _served_quota_window()) from None


def _served_quota_window() -> int | None:
    """The quota window of the policy this worker's models serve (`ReloadableRunner.quota_window_days`), as the
    endpoint holds a history to it; None outside a running service (the CLI reads these schemas too)."""
    import bentoml  # the service's own import: a command reading these schemas does not load it

    try:
        service = bentoml.get_current_service()
    except bentoml.exceptions.BentoMLException:
        return None
    models = getattr(service, "models", None)  # None until the worker's models are loaded
    return None if models is None else models.quota_window_days


def with_history_problems(
    refused: ValidationError, json_data: str | bytes | bytearray, quota_window_days: int | None
) -> ValidationError:
    """`refused` (a `/triage` body's validation) naming as well each return whose customer_history, valid itself,
    holds more free returns used than returns in the narrowest window holding the quota's of `quota_window_days`
    (`ReturnRequest.history_problems`, in its words): a body refused for a negative price named that count one try
    later. Unchanged without a window, or when no history breaks the rule."""
    body = _json_or_none(json_data) if quota_window_days is not None else None
    returns = body.get("returns") if isinstance(body, dict) else None
    if quota_window_days is None or not isinstance(returns, list):
        return refused
    errors = refused.errors()
    named = {tuple(error["loc"]) for error in errors}
    added: list[InitErrorDetails] = []
    for index, item in enumerate(returns):
        history = item.get("customer_history") if isinstance(item, dict) else None
        if not isinstance(history, dict) or not history:
            continue
        try:  # as the body's validation reads it (JSON), so a history it refuses is left to its own problems
            summary = HistorySummary.model_validate_json(json.dumps(history))
        except (ValidationError, ValueError):
            continue
        problem = free_returns_problem(summary, quota_window_days)
        where = ("returns", index, "customer_history", "free_returns_used")
        if problem is not None and where not in named:
            added.append({"type": PydanticCustomError("value_error", f"Value error, {problem}"), "loc": where})
    if not added:
        return refused
    kept: list[InitErrorDetails] = [
        {"type": PydanticCustomError(error["type"], error["msg"]), "loc": error["loc"], "input": error.get("input")}
        for error in errors
    ]
    # each return's problems together, in the order of the returns
    every = sorted([*kept, *added], key=lambda error: _return_index(error["loc"]))
    return ValidationError.from_exception_data(refused.title, every)


def _json_or_none(json_data: str | bytes | bytearray) -> Any:
    try:
        return json.loads(json_data)
    except (ValueError, RecursionError):
        return None


def _return_index(loc: tuple[int | str, ...]) -> int:
    """The index of the return a problem's place (`loc`) is in; -1 for the body's own problems."""
    return loc[1] if len(loc) > 1 and loc[0] == "returns" and isinstance(loc[1], int) else -1


def _widest_object(annotation: Any) -> int:
    """The most keys an object of `annotation` (a model, or a type holding models) may have."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = annotation.model_fields.values()
        return max([len(annotation.model_fields), *(_widest_object(field.annotation) for field in fields)])
    return max((_widest_object(argument) for argument in get_args(annotation)), default=0)


class TopReason(BaseModel):
    code: str
    probability: float


class ReasonPart(BaseModel):
    """The predicted return reason (the written reading); with `mismatch`, the reason ticked in the form
    (`picked_code`) and the text clearly disagree, and the decision took both readings into account."""

    code: str
    family: str
    confidence: float
    top3: list[TopReason]
    needs_review: bool
    mismatch: bool = Field(default=False, description="The ticked reason_code and the text say different things.")
    picked_code: str | None = Field(default=None, description="The reason ticked in the form, when it mismatches.")


class RiskPart(BaseModel):
    """Calibrated abuse risk, its band under the policy and the factors behind it."""

    score: float
    band: str
    reason_codes: list[str]


class RuleFired(BaseModel):
    code: str
    sentence: str


class DecisionPart(BaseModel):
    """What the return policy decided and every rule that fired."""

    code: DecisionCode
    warn: bool
    rules: list[RuleFired]
    policy_version: str


class ReplyPart(BaseModel):
    """A reply draft for the support agent, in the customer's language.

    `handover`: a person should answer (`handover_reasons` says why). `requests`: what the agent follows up:
    what the customer asked for that the draft cannot meet (call_me, human, collect, refund_elsewhere,
    replacement, exchange, refund_delivery, or a label request under review), and `exchange` when the draft says
    the exchange the customer asked for is noted (the decision alone refunds: someone sends the size asked).
    """

    subject: str
    body: str
    lang: str
    handover: bool
    handover_reasons: list[str] = Field(default_factory=list)
    requests: list[str] = Field(default_factory=list)


Part = Literal["reason", "risk", "decision", "reply"]


class Unavailable(BaseModel):
    """A part of the result that could not be produced, and why.

    `findings`: the reply checker's problems with a draft it withheld, one per entry (a finding may hold any
    text, a customer's words quoted among them, so they are never carried joined); empty for any other reason.
    """

    part: Part
    reason: str
    findings: list[str] = Field(default_factory=list)


class TriageResult(BaseModel):
    """The triage of one return request; a part is null exactly when it is listed in `unavailable`."""

    return_id: str
    reason: ReasonPart | None
    risk: RiskPart | None
    decision: DecisionPart | None
    reply: ReplyPart | None
    model_versions: dict[str, str]
    unavailable: list[Unavailable]


class TriageResponse(BaseModel):
    results: list[TriageResult]


class ClassifyRequest(_Strict):
    """Texts to classify, with their languages when known."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"example": {"texts": ["Way too tight around the shoulders", "Reçu la mauvaise couleur"]}},
    )

    texts: list[FreeText] = Field(min_length=1, max_length=MAX_BATCH)
    langs: list[Language | None] | None = Field(
        default=None,
        description="One language per text, in the same order, as many as texts (another count is refused: JSON "
        "Schema has no keyword relating two arrays' lengths); null: detected.",
    )

    @field_validator("texts")
    @classmethod
    def _texts_within_call_budget(cls, texts: list[str]) -> list[str]:
        _within_call_budget(texts, "texts")
        return texts

    @field_validator("langs")
    @classmethod
    def _one_lang_per_text(
        cls, langs: list[Language | None] | None, info: ValidationInfo
    ) -> list[Language | None] | None:
        texts = info.data.get("texts")  # absent when the texts were refused
        if langs is not None and texts is not None and len(langs) != len(texts):
            raise ValueError(f"langs has {len(langs)} entries for {len(texts)} texts")
        return langs


class ClassifyResponse(BaseModel):
    results: list[ReasonPart]
    model_versions: dict[str, str]


ReplyStatus = Literal["sent_as_is", "edited", "not_sent"]


# `FeedbackRequest`'s rules between fields as JSON Schema, which the served description adds to its body
# (`serving.openapi`): BentoML's schema objects cannot hold if/then/else, so the model's own schema leaves them out.
FEEDBACK_RULES: list[dict[str, Any]] = [
    {
        "if": {"required": ["reason_accepted"], "properties": {"reason_accepted": {"const": False}}},
        "then": {"required": ["corrected_reason"], "properties": {"corrected_reason": {"not": {"type": "null"}}}},
        "else": {"properties": {"corrected_reason": {"type": "null"}}},
    },
    {
        "if": {"required": ["reply_status"], "properties": {"reply_status": {"const": "edited"}}},
        "then": {"required": ["edited_reply"], "properties": {"edited_reply": {"not": {"type": "null"}}}},
        "else": {"properties": {"edited_reply": {"type": "null"}}},
    },
]


class FeedbackRequest(_Strict):
    """An agent's outcome for a triaged return: the label stream for retraining."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "example": {
                "return_id": "R1000001",
                "agent_id": "agent-17",
                "reason_accepted": False,
                "corrected_reason": "too_small",
                "final_decision": "free_return",
                "reply_status": "edited",
                "edited_reply": "Hello Olivia, ...",
            }
        },
    )

    return_id: LoggedReturnId = Field(
        description="The triaged return's id as it was sent. One logged before the rule for ids (printable, Unicode "
        "NFKC) that the rule now refuses is taken as logged: it names that return only."
    )
    agent_id: Identifier
    # A warehouse's inspection record leaves it out rather than mark an agent's corrected reason accepted. A JSON
    # boolean only: "false", "no", "off", "0" or 0 were read as false and stored as an agent's label.
    reason_accepted: StrictBool | None = Field(
        default=None,
        description="Whether the suggested reason was right (false: corrected_reason says the right one). Left out or "
        "null: the record says nothing of the reason, and the return's newest record's reason and final decision "
        "stand (a return's first record must say).",
    )
    # Checked when absent too (`validate_default`): the rules below require them of some records.
    corrected_reason: ReasonCode | None = Field(default=None, validate_default=True)
    final_decision: DecisionCode | None = Field(
        default=None,
        description="The decision the agent made, for the reason the record stands on: its corrected_reason, or "
        "the return's newest record's when it says nothing of the reason. Null: the agent made none (the newest "
        "record's stands when the record says nothing of the reason either).",
    )
    reply_status: ReplyStatus | None = None
    edited_reply: ReplyText | None = Field(default=None, validate_default=True)
    inspection_outcome: InspectionOutcome | None = None

    # The rules between fields are checked on the field they require or refuse, so the 422 names it; each reads
    # the fields before it, absent when refused themselves (no rule is then checked against a guess).
    @field_validator("corrected_reason")
    @classmethod
    def _corrected_exactly_when_not_accepted(
        cls, corrected: ReasonCode | None, info: ValidationInfo
    ) -> ReasonCode | None:
        if "reason_accepted" not in info.data:  # refused itself: its 422 is the one to fix first
            return corrected
        accepted = info.data["reason_accepted"]
        if accepted is False and corrected is None:
            raise ValueError("corrected_reason is required when reason_accepted is false")
        if accepted is not False and corrected is not None:
            raise ValueError("corrected_reason must be empty unless reason_accepted is false")
        return corrected

    @field_validator("edited_reply")
    @classmethod
    def _edited_exactly_when_edited(cls, edited: str | None, info: ValidationInfo) -> str | None:
        if "reply_status" in info.data and (info.data["reply_status"] == "edited") != (edited is not None):
            raise ValueError("edited_reply is required exactly when reply_status is 'edited'")
        return edited


class FeedbackBody(FeedbackRequest):
    """`FeedbackRequest` as `POST /feedback` takes it. BentoML validates the body here (`model_validate_json`); its
    return_id is taken as sent (`LoggedReturnId`), and the endpoint refuses one the rule for ids refuses unless the
    log holds it. A body refused for another field is validated again with its return_id held to the rule
    (`RETURN_ID_HELD_TO_THE_RULE`), so its 422 names that id too: it was named one try later, once the other field
    was mended. The log is not read here: a return logged before the rule is named as well, its problem saying so."""

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **options: Any) -> Self:
        try:
            return super().model_validate_json(json_data, **options)
        except ValidationError:
            # Held to the rule, the same body is refused again.
            return super().model_validate_json(json_data, **(options | {"context": RETURN_ID_HELD_TO_THE_RULE}))


class FeedbackResponse(BaseModel):
    id: int
    return_id: str


# `POST /feedback`'s idempotency key, chosen by the client for each record (a UUID, say) and sent again with its
# retries (serving.stores.feedback); its length is the stored column's.
IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
MAX_IDEMPOTENCY_KEY_CHARS = 255
IDEMPOTENCY_KEY_PATTERN = f"[!-~]{{1,{MAX_IDEMPOTENCY_KEY_CHARS}}}"  # visible ASCII, no spaces


def idempotency_key(values: list[str]) -> str | None:
    """The key of the header's values (`Headers.getlist`), None when absent; ValueError naming the header when it is
    sent more than once (which copy a proxy keeps is its own choice: one record stored under either key) or is not
    1-255 visible ASCII characters (an empty or blank key would make every record of a client one)."""
    if not values:
        return None
    if len(values) > 1:
        raise ValueError(f"{IDEMPOTENCY_KEY_HEADER} header sent {len(values)} times: send one key per record")
    (value,) = values
    if not re.fullmatch(IDEMPOTENCY_KEY_PATTERN, value):
        raise ValueError(
            f"{IDEMPOTENCY_KEY_HEADER} header must be 1 to {MAX_IDEMPOTENCY_KEY_CHARS} visible ASCII characters "
            "without spaces (a UUID, say)"
        )
    return value


class ReloadRequest(_Strict):
    """How long to wait for the reload to end before answering 202 (it goes on in the background)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"example": {"wait_seconds": 30}})

    # Below the service's 60-second request timeout, so the answer always comes from the endpoint.
    # `false` was read as 0 seconds (schemathesis ST201)
    wait_seconds: Annotated[float, BeforeValidator(_json_number)] = Field(default=30.0, ge=0.0, le=50.0)


# The most keys an object of a request body may have: every request model forbids keys it has no
# field for, so a wider object is refused before validation lists each of them (`DuplicateKeyMiddleware`).
MAX_OBJECT_KEYS = max(
    _widest_object(model) for model in (TriageRequest, ClassifyRequest, FeedbackRequest, ReloadRequest)
)

# The keys of the request bodies' amounts (every field of type `Price`), whose digits past the cents the body check
# reads before a double hides them (`DuplicateKeyMiddleware`).
AMOUNT_KEYS = frozenset({"price"})


class ReloadResponse(BaseModel):
    """A reload's outcome: `in_progress` (202) while the new models load; `reloaded` (200) when they
    serve; neither (409) when they were refused and the previous models keep serving, `error` saying why."""

    reloaded: bool
    in_progress: bool = False
    previous_versions: dict[str, str] = Field(default_factory=dict, description="Model -> version serving before.")
    model_versions: dict[str, str] = Field(description="Model -> version serving now.")
    error: str | None = Field(default=None, description="Why the new models were not swapped in.")
    seconds: float | None = Field(default=None, description="How long the reload took.")
