"""The shop's return policy as data, and the pure function that applies it to one return request.

`load_policy` validates a YAML policy file (errors name the bad key); `decide` turns a request, its
predicted reason, its calibrated abuse-risk score and the customer's history into a `Decision` that
lists every rule that fired, so an agent (and the customer's reply) can say why.

Decision order, first match wins:
0. an entry of the shop's block list matches → `manual_review` (an allow-list entry instead makes the
   risk rules below act as in the lowest risk band: no risk warning, review or risk-based fee); a
   message that is no return request (`NOT_A_RETURN_RULES`: the parcel arrived empty or never arrived, or
   the item is already sent back or refunded) → `manual_review` (nothing can be sent back, or nothing
   again: a person checks the delivery, or where the return and its refund stand);
1. non-returnable category or outside the return window → `reject`
   (a shop-fault return goes to `manual_review` instead: faulty goods are never rejected automatically; so
   does a non-returnable item the customer says arrived late, asked within the return window: whether a
   delivery promise was broken is the shop's to check, `LATE_DELIVERY_REVIEW`);
2. risk in the top band → `manual_review`;
3. low-value item and low risk → `keep_item` (returnless refund);
4. a reason the policy pays for (`shop_fault_reasons`) or a fault the text describes → `free_return`,
   whatever the quota (and a past return for such a reason never used the quota: `Policy.quota_rule`); a
   reason alone is not the shop's fault when the customer says they ordered several sizes or versions to
   choose from (`ORDERED_TO_COMPARE`);
5. a risk band without free returns, a category without free returns, or an exhausted quota → `paid_return`;
6. otherwise → `free_return`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import pairwise
from pathlib import Path
from typing import Any, Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from features.dates import as_date
from features.history import HistorySummary, QuotaRule
from features.plain_errors import plain_words
from features.schemas import CATEGORY_CODES, CURRENCIES, PRODUCT_CATEGORIES
from features.taxonomy import REASON_CODES, REASONS, Family, get_reason, reason_words
from features.text import counted
from models.reply_grammar import category_name
from models.risk_reasons import RiskReason

_SIZED = {category.code for category in PRODUCT_CATEGORIES if category.sized}
# The reason whose return of a non-returnable item a person checks rather than refuses (rule 1).
LATE_DELIVERY = "arrived_late"
# The rule a message that is no return request fires (`features.customer_asks.NOT_A_RETURN`), and what it tells
# the agent: no label goes out, a person checks.
NOT_A_RETURN_RULES: dict[str, tuple[str, str]] = {
    "empty_parcel": (
        "EMPTY_PARCEL",
        "The customer says the parcel arrived empty: nothing can be sent back, so a person checks the delivery.",
    ),
    "not_received": (
        "PARCEL_NOT_RECEIVED",
        "The customer says the parcel never reached them: nothing can be sent back, so a person checks the "
        "delivery with the carrier.",
    ),
    "already_returned": (
        "ALREADY_RETURNED",
        "The customer says the item is already sent back, the refund has already reached them or they are still "
        "waiting for it: no new return or label, so a person checks where the return and its refund stand.",
    ),
}


class PolicyError(ValueError):
    """A policy file that cannot be read or does not validate; the message names the bad key."""


def _check_categories(categories: list[str] | dict[str, Any]) -> None:
    unknown = sorted(set(categories) - set(CATEGORY_CODES))
    if unknown:
        raise ValueError(f"unknown product categories {unknown}; expected some of {', '.join(CATEGORY_CODES)}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReturnWindow(_Strict):
    default: int = Field(gt=0, description="Days after delivery a return may be requested.")
    categories: dict[str, int] = Field(default_factory=dict)

    @field_validator("categories")
    @classmethod
    def _known_positive(cls, value: dict[str, int]) -> dict[str, int]:
        _check_categories(value)
        negative = {name: days for name, days in value.items() if days <= 0}
        if negative:
            raise ValueError(f"return windows must be positive days, got {negative}")
        return value

    def days_for(self, category: str) -> int:
        return self.categories.get(category, self.default)


class FreeReturnQuota(_Strict):
    count: int = Field(ge=0, description="Free returns per customer per rolling window.")
    window_days: int = Field(gt=0)


class KeepItem(_Strict):
    max_price: dict[str, float] = Field(description="Per currency: items at or below this price may be kept.")
    max_risk_band: str

    @field_validator("max_price")
    @classmethod
    def _non_negative(cls, value: dict[str, float]) -> dict[str, float]:
        if any(price < 0 for price in value.values()):
            raise ValueError("prices must be >= 0")
        return value


class RiskBand(_Strict):
    name: str
    min_score: float = Field(ge=0, lt=1)
    warn: bool = False
    free_returns: bool = True


class CostModel(_Strict):
    """Business assumptions for evaluating the risk model and simulating policies (currency units)."""

    missed_abuse_cost: float = Field(ge=0, description="Loss when an abusive return is refunded without review.")
    honest_review_cost: float = Field(ge=0, description="Friction cost of sending an honest customer to review.")
    review_handling_cost: float = Field(ge=0, description="Agent time for any reviewed return.")


class Policy(_Strict):
    """A validated return policy. Build it with `load_policy` or `Policy.model_validate`."""

    version: str = Field(min_length=1)
    return_window_days: ReturnWindow
    non_returnable_categories: list[str] = Field(default_factory=list)
    free_return_categories: list[str]
    free_return_quota: FreeReturnQuota
    label_fee: dict[str, float]
    keep_item: KeepItem
    risk_bands: list[RiskBand] = Field(min_length=2)
    shop_fault_reasons: list[str] = Field(
        description="Reason codes the shop pays the return for: free whatever the category or quota, never "
        "counted against the customer's free-return quota, and never rejected automatically (past the window or "
        "on a non-returnable item a person checks it)."
    )
    shop_fault_min_confidence: float = Field(default=0.5, ge=0, le=1)
    exchange_for_size_reasons: bool = True
    qr_code_labels: bool = Field(
        default=False, description="Parcel points print the return label from a QR code (no printer needed)."
    )
    refund_processing_days: tuple[int, int]
    status_url: str = Field(min_length=1)
    cost_model: CostModel

    @field_validator("non_returnable_categories", "free_return_categories")
    @classmethod
    def _known_categories(cls, value: list[str]) -> list[str]:
        _check_categories(value)
        return value

    @field_validator("shop_fault_reasons")
    @classmethod
    def _known_reasons(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(REASON_CODES))
        if unknown:
            raise ValueError(f"unknown reason codes {unknown}; expected some of {', '.join(REASON_CODES)}")
        return value

    @field_validator("label_fee")
    @classmethod
    def _a_fee_per_currency(cls, value: dict[str, float]) -> dict[str, float]:
        if any(fee < 0 for fee in value.values()):
            raise ValueError("label fees must be >= 0")
        # every entry point takes a request in any of the shop's currencies: one without a fee cannot be decided
        if sorted(value) != sorted(CURRENCIES):
            raise ValueError(
                f"expected a fee for each currency requests come in ({', '.join(CURRENCIES)}), got "
                f"{', '.join(sorted(value)) or 'none'}"
            )
        return value

    @field_validator("risk_bands")
    @classmethod
    def _bands_ordered(cls, bands: list[RiskBand]) -> list[RiskBand]:
        if bands[0].min_score != 0:
            raise ValueError("the first band must start at min_score 0")
        scores = [band.min_score for band in bands]
        if any(later <= earlier for earlier, later in pairwise(scores)):
            raise ValueError(f"min_score must increase strictly from band to band, got {scores}")
        names = [band.name for band in bands]
        if len(set(names)) != len(names):
            raise ValueError(f"band names must be unique, got {names}")
        return bands

    @field_validator("refund_processing_days")
    @classmethod
    def _days_range(cls, value: tuple[int, int]) -> tuple[int, int]:
        if value[0] < 0 or value[1] < value[0]:
            raise ValueError(f"expected [min, max] with 0 <= min <= max, got {list(value)}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        both = sorted(set(self.non_returnable_categories) & set(self.free_return_categories))
        if both:
            raise ValueError(f"free_return_categories: {both} are also non_returnable_categories")
        if self.keep_item.max_risk_band not in {band.name for band in self.risk_bands}:
            raise ValueError(f"keep_item.max_risk_band: {self.keep_item.max_risk_band!r} is not a risk band name")
        if set(self.keep_item.max_price) != set(self.label_fee):
            raise ValueError("keep_item.max_price and label_fee must list the same currencies")
        return self

    def band_of(self, score: float) -> RiskBand:
        """The risk band a calibrated score falls in (the last band whose min_score it reaches)."""
        return next(band for band in reversed(self.risk_bands) if score >= band.min_score)

    @property
    def top_band(self) -> RiskBand:
        return self.risk_bands[-1]

    def quota_rule(self) -> QuotaRule:
        """Which past returns use up a customer's free-return quota under this policy.

        The one place the history features (`features.history.risk_features`) take the rule from, so
        that every caller counts alike: a past return in a free-return category, within the quota's
        window, unless its reason is one the shop pays for (`shop_fault_reasons`), which is free
        whatever the quota and so never uses it either.
        """
        return QuotaRule(
            free_return_categories=frozenset(self.free_return_categories),
            window_days=self.free_return_quota.window_days,
            reasons_not_counted=frozenset(self.shop_fault_reasons),
        )


# Keys a policy file written before them lacks, and what its author adds. Written out rather than
# defaulted: which reasons a shop pays for is its choice, so the file has to say it.
_ADDED_KEYS: dict[str, str] = {
    "shop_fault_reasons": "add the reason codes the shop pays the return for (free whatever the quota, never "
    "counted against it), e.g. `shop_fault_reasons: "
    f"[{', '.join(reason.code for reason in REASONS if reason.shop_fault)}]`, the reasons a policy without this "
    "key was decided with",
}


def _format_error(error: ValidationError) -> str:
    lines = []
    for problem in error.errors():
        key = ".".join(str(part) for part in problem["loc"]) or "<file>"
        message = plain_words(problem["type"], problem["msg"])
        if problem["type"] == "missing" and key in _ADDED_KEYS:
            message = f"{message}; {_ADDED_KEYS[key]}"
        lines.append(f"{key}: {message}")
    return "; ".join(lines)


# What a YAML file holds besides a mapping, in words: "NoneType" was what an empty file was said to hold.
_YAML_KINDS: dict[type, str] = {
    type(None): "nothing: the file is empty",
    list: "a list",
    str: "a text",
    int: "a number",
    float: "a number",
    bool: "true or false",
}


def parse_policy(data: Any, source: str = "policy") -> Policy:
    """Validate an already-parsed policy mapping.

    Raises:
        PolicyError: naming each bad key, e.g. `return_window_days.default: must be greater than 0`.
    """
    if not isinstance(data, dict):
        got = _YAML_KINDS.get(type(data), type(data).__name__)
        raise PolicyError(f"{source}: expected a mapping of policy keys, got {got}")
    try:
        return Policy.model_validate(data)
    except ValidationError as error:
        raise PolicyError(f"{source}: {_format_error(error)}") from None


# A policy is a few kilobytes (the shipped one 3 KB): a larger file is not one, and is not read whole to find out.
MAX_POLICY_BYTES = 2**20


class _PolicyReader(yaml.SafeLoader):
    """PyYAML's safe reader, refusing a mapping that names a key twice: it kept the last without a word (a second
    `return_window_days:` block at the end of a policy replaced the first, its categories with it)."""


def _mapping_naming_each_key_once(reader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    first: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":  # `<<: *defaults` may be overridden key by key
            continue
        key = reader.construct_object(key_node)
        try:
            again = key in first
        except TypeError:  # a key that is no value (a list): the reader names it
            break
        if again:
            raise yaml.constructor.ConstructorError(
                problem=f"key {key!r} is given again (first on line {first[key] + 1}): a policy names each key once",
                problem_mark=key_node.start_mark,
            )
        first[key] = key_node.start_mark.line
    return reader.construct_mapping(node)


_PolicyReader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_naming_each_key_once)


def load_policy(path: Path) -> Policy:
    """Read and validate a YAML policy file.

    Raises:
        PolicyError: unreadable file, invalid YAML, or a key that fails validation (named in the message).
    """
    try:
        with Path(path).open("rb") as file:
            raw = file.read(MAX_POLICY_BYTES + 1)
        if len(raw) > MAX_POLICY_BYTES:
            raise PolicyError(f"{path}: a policy file is at most 1 MiB; this one is larger")
        data = yaml.load(raw.decode("utf-8"), Loader=_PolicyReader)  # a SafeLoader: plain values only
    except OSError as error:
        raise PolicyError(f"{path}: cannot read policy file: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise PolicyError(
            f"{path}: not UTF-8 text (invalid byte at position {error.start}); re-save it as UTF-8"
        ) from None
    except yaml.YAMLError as error:
        raise PolicyError(f"{path}: not valid YAML ({_yaml_problem(error)})") from None
    except RecursionError:  # the reader recurses once per level of nesting
        raise PolicyError(f"{path}: not valid YAML (nested deeper than the reader follows)") from None
    return parse_policy(data, str(path))


def _yaml_problem(error: yaml.YAMLError) -> str:
    """What is wrong and where, on one line: the reader's own message spans lines and quotes the text under a caret."""
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        mark = error.problem_mark
        # the context may be what is wrong, the problem only where: "found duplicate anchor 'v'; first occurrence"
        # and "second occurrence"
        context = ""
        if error.context:
            at = error.context_mark
            context = f"{error.context} (line {at.line + 1}, column {at.column + 1}); " if at else f"{error.context}; "
        return f"line {mark.line + 1}, column {mark.column + 1}: {context}{error.problem}"
    if isinstance(error, yaml.reader.ReaderError):
        return f"position {error.position}: {str(error).splitlines()[0]}"
    return " ".join(str(error).split())


class DecisionCode(StrEnum):
    FREE_RETURN = "free_return"
    PAID_RETURN = "paid_return"
    KEEP_ITEM = "keep_item"
    MANUAL_REVIEW = "manual_review"
    REJECT = "reject"


@dataclass(frozen=True)
class ReturnContext:
    """The facts of one return request that the policy needs.

    `price` is what the customer paid for the item (after discount), in `currency`.
    """

    product_category: str
    price: float
    currency: str
    delivery_date: date | datetime
    request_date: date | datetime


@dataclass(frozen=True)
class RuleHit:
    """A policy rule that fired: a stable code and a plain sentence for agents and audits."""

    code: str
    sentence: str


def band_rule_code(band_name: str) -> str:
    """The code of the rule stating which risk band a score fell in (the console reads it too)."""
    return f"RISK_BAND_{band_name.upper()}"


# The rule code each list's hit adds to a decision.
LIST_RULE_CODES: dict[str, str] = {"allow": "ALLOW_LIST", "block": "BLOCK_LIST"}
# What matched, as the rule's sentence names it (agents read it on the console, customers never do).
_LIST_KIND_WORDS: dict[str, str] = {
    "customer": "customer",
    "email_hash": "customer's e-mail address",
    "order": "order",
    "sku": "SKU",
}

# A list hit's sentence as `ListHit.rule` writes it (and as rows logged before the note was quoted, or before the
# date was named, hold it): where the agent's name and note sit, so the console can isolate them (a note holding
# U+202E reversed the rest of the sentence).
LIST_HIT_SENTENCE = re.compile(
    r"The .+? is on the (?:block|allow) list \(added by (?P<added_by>.+?)"
    r"(?: on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC)?(?:: “?(?P<note>.*?)”?)?\)"
    r"(?:\.|: decided as in the lowest risk band\.)",
    re.DOTALL,
)


@dataclass(frozen=True)
class ListHit:
    """An allow- or block-list entry that matches a request (the service looks them up per batch).

    `list_name` is `allow` or `block`; `kind` what matched (customer, email_hash, order, sku).
    """

    list_name: str
    kind: str
    added_by: str
    added_at: datetime
    note: str | None = None

    def rule(self) -> RuleHit:
        """The rule this hit adds to the decision, naming who put the entry there and when."""
        # Quoted: the note is whoever added the entry speaking, in their own language, not the sentence's words.
        why = f": “{self.note}”" if self.note else ""
        when = self.added_at.strftime("%Y-%m-%d %H:%M UTC")
        kind = _LIST_KIND_WORDS.get(self.kind, self.kind)
        if self.list_name == "block":
            return RuleHit(
                LIST_RULE_CODES["block"],
                f"The {kind} is on the block list (added by {self.added_by} on {when}{why}).",
            )
        return RuleHit(
            LIST_RULE_CODES["allow"],
            f"The {kind} is on the allow list (added by {self.added_by} on {when}{why}): "
            "decided as in the lowest risk band.",
        )


@dataclass(frozen=True)
class Decision:
    """What the policy decided and every fact a reply needs to state it.

    `refund_amount` is what the customer gets back (item price minus any label fee; for
    `manual_review`, the amount refunded if the check passes; 0 for `reject`). `refund_days` is the
    policy processing time in business days after the returned item is received (after the decision
    for `keep_item`). `clause_key` names the policy clause a reply cites for `reject` and `paid_return`
    (`models.reply_grammar.CLAUSES`); the rule that fired states it in plain words.
    """

    code: DecisionCode
    warn: bool
    rules: tuple[RuleHit, ...]
    risk_reason_codes: tuple[str, ...]
    policy_version: str
    currency: str
    refund_amount: float
    label_fee: float
    refund_days: tuple[int, int]
    return_by: date | None
    exchange_offered: bool
    clause_key: str | None
    risk_band: str | None
    status_url: str
    rule_codes: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rule_codes", tuple(rule.code for rule in self.rules))


def _money(amount: float, currency: str) -> str:
    return f"{amount:.2f} {currency}"


def score_said(score: float, policy: Policy) -> str:
    """A risk score as the band rule (and the console) says it: to two decimals, or to as many more as keep it in
    its band (0.0598 is "0.0598" where the next band starts at 0.06: "0.06 is in band low" read as the next band's
    score)."""
    band = policy.band_of(score)
    for decimals in range(2, 7):
        said = f"{score:.{decimals}f}"
        if policy.band_of(float(said)) == band:
            return said
    return repr(score)


def decide(
    request: ReturnContext,
    reason: str,
    reason_confidence: float,
    risk_score: float | None,
    risk_reasons: list[RiskReason],
    history: HistorySummary,
    policy: Policy,
    list_hits: Sequence[ListHit] = (),
    fault_described: bool = False,
    not_a_return: str | None = None,
    ordered_to_compare: bool = False,
) -> Decision:
    """Apply the policy to one return request (pure: same inputs, same decision).

    Args:
        request: the request's category, price, currency and dates.
        reason: the taxonomy code of the main return reason (predicted or agent-confirmed); the shop's
            fault when the policy lists it in `shop_fault_reasons`.
        reason_confidence: the classifier's confidence in `reason` (1.0 when a person confirmed it).
        risk_score: calibrated abuse probability, or None when no risk model is available
            (then the rules that need a risk band — keep_item, warnings, review — do not apply).
        risk_reasons: the factors behind the score; their codes are carried on the decision. A warn
            band warns only when one of them raised the score (`RiskReason.raises_score`).
        history: the customer's history as of the request (free returns used in the quota window).
        policy: the validated policy.
        list_hits: the shop's allow/block-list entries matching the request. Any block hit sends
            the return to manual review, whatever else holds; otherwise an allow hit decides it as
            in the lowest risk band (no risk warning, review or risk-based fee). Each hit is a rule.
        fault_described: the customer's text describes damage, a defect or a shop mistake
            (`features.customer_asks`): treated as the shop's fault whatever the reason says, so no
            label fee, and past the window or on a non-returnable item a person checks it.
        not_a_return: why the message is no return request (a key of `NOT_A_RETURN_RULES`: the parcel arrived
            empty or never arrived, or the item is already sent back or refunded), None for a return request:
            no label goes out, a person checks the delivery or where the return stands before anything is
            refunded.
        ordered_to_compare: the customer says they ordered several sizes or versions to choose from: a reason the
            policy pays for (`shop_fault_reasons`) is then not the shop's fault unless the text describes one
            (rule `ORDERED_TO_COMPARE`).

    Raises:
        ValueError: an unknown reason code or a currency the policy has no fee for.
    """
    family = get_reason(reason).family
    # Which reasons the shop pays for is its policy (and the law it trades under), not the taxonomy's.
    shop_fault = reason in policy.shop_fault_reasons
    if request.currency not in policy.label_fee:
        raise ValueError(f"currency {request.currency!r} not in policy label_fee ({', '.join(policy.label_fee)})")
    category = request.product_category
    # The category as the sentences name it ("kitchenware", "personalised items"), as the policy page does.
    goods = category_name(category, "en")
    delivered = as_date(request.delivery_date)
    requested = as_date(request.request_date)
    window = policy.return_window_days.days_for(category)
    return_by = delivered + timedelta(days=window)
    band = policy.band_of(risk_score) if risk_score is not None else None
    blocked = any(hit.list_name == "block" for hit in list_hits)
    allowed = not blocked and any(hit.list_name == "allow" for hit in list_hits)
    # The band the risk rules act on: the shop vouches for an allowed customer, score or not.
    acting_band = policy.risk_bands[0] if allowed else band
    rules: list[RuleHit] = [hit.rule() for hit in list_hits]
    warn = False

    def finish(code: DecisionCode, clause_key: str | None = None, label_fee: float = 0.0) -> Decision:
        refund = 0.0 if code is DecisionCode.REJECT else round(request.price - label_fee, 2)
        exchange = (
            policy.exchange_for_size_reasons
            and code in (DecisionCode.FREE_RETURN, DecisionCode.PAID_RETURN)
            and family is Family.SIZE
            and category in _SIZED
        )
        if exchange:
            rules.append(RuleHit("EXCHANGE_OFFERED", "A size issue on a sized item: an exchange is offered."))
        return Decision(
            code=code,
            warn=warn,
            rules=tuple(rules),
            risk_reason_codes=tuple(risk.code for risk in risk_reasons),
            policy_version=policy.version,
            currency=request.currency,
            refund_amount=max(refund, 0.0),
            label_fee=label_fee,
            refund_days=policy.refund_processing_days,
            return_by=return_by,
            exchange_offered=exchange,
            clause_key=clause_key,
            risk_band=band.name if band else None,
            status_url=policy.status_url,
        )

    if ordered_to_compare and shop_fault and not fault_described:
        # « commandé 2 tailles pour choisir, je renvoie le 40 » read as a wrong item sent: the customer's own choice
        shop_fault = False
        rules.append(
            RuleHit(
                "ORDERED_TO_COMPARE",
                "The customer says they ordered several sizes or versions to choose from: "
                f"the reason ({reason_words(reason)}) is not taken as the shop's fault.",
            )
        )
    if fault_described and not shop_fault:
        shop_fault = True
        rules.append(
            RuleHit(
                "FAULT_DESCRIBED",
                f"The customer describes damage, a defect or a shop mistake, whatever the reason "
                f"({reason_words(reason)}) says: "
                "treated as the shop's fault.",
            )
        )
    elif shop_fault:
        rules.append(RuleHit("SHOP_FAULT_REASON", f"The reason ({reason_words(reason)}) is the shop's responsibility."))
        if reason_confidence < policy.shop_fault_min_confidence:
            warn = True
            rules.append(
                RuleHit(
                    "LOW_REASON_CONFIDENCE",
                    f"The reason was recognised with low confidence ({reason_confidence:.0%}); "
                    "it is accepted, with a warning.",
                )
            )
    if band is None:
        rules.append(RuleHit("RISK_UNAVAILABLE", "No risk score was available; only the policy rules were applied."))
    else:
        said = score_said(risk_score, policy)
        rules.append(RuleHit(band_rule_code(band.name), f"Risk score {said} is in band {band.name}."))
    if acting_band is not None and acting_band.warn:
        # A warning an agent cannot act on teaches them to ignore warnings: it needs a factor that
        # raised the score (a state such as NO_HISTORY names what the score rests on, not why it is high).
        factors = [risk.code for risk in risk_reasons if risk.raises_score]
        if factors:
            warn = True
            rules.append(
                RuleHit(
                    "RISK_WARNING",
                    f"Risk band {acting_band.name}, "
                    + (
                        "1 signal raised the score: check it"
                        if len(factors) == 1
                        else f"{len(factors)} signals raised the score: check them"
                    )
                    + "; not a reason to refuse.",
                )
            )
        else:
            rules.append(
                RuleHit(
                    "RISK_WARNING_WITHOUT_REASON",
                    f"Risk band {acting_band.name} warns only with a factor that raised the score; "
                    "none did here, so no warning.",
                )
            )

    # 0. The shop's block list: a person looks at every return it matches.
    if blocked:
        warn = True
        rules.append(RuleHit("BLOCK_LIST_REVIEW", "A block-list entry sends the return to manual review."))
        return finish(DecisionCode.MANUAL_REVIEW)
    if not_a_return is not None:
        rules.append(RuleHit(*NOT_A_RETURN_RULES[not_a_return]))
        return finish(DecisionCode.MANUAL_REVIEW)

    # 1. Eligibility for any return.
    if category in policy.non_returnable_categories:
        clause = f"{goods[:1].upper()}{goods[1:]} cannot be returned unless faulty."
        rules.append(RuleHit("NON_RETURNABLE_CATEGORY", clause))
        if shop_fault:
            rules.append(RuleHit("FAULTY_EXCEPTION_REVIEW", "A faulty non-returnable item goes to a person to check."))
            return finish(DecisionCode.MANUAL_REVIEW)
        if reason == LATE_DELIVERY and requested <= return_by:
            # An engraved gift that came after the day it was for: the shop's own delivery dates say whether
            # it broke its promise, which the text alone cannot. Asked past the window, lateness says nothing
            # about the return.
            rules.append(
                RuleHit(
                    "LATE_DELIVERY_REVIEW",
                    "The customer says it arrived late: a person checks the delivery against the date promised.",
                )
            )
            return finish(DecisionCode.MANUAL_REVIEW)
        return finish(DecisionCode.REJECT, "non_returnable")
    if requested > return_by:
        clause = (
            f"Returns of {goods} must be requested within {window} days of delivery; "
            f"this item was delivered on {delivered.isoformat()}, so the return period ended on "
            f"{return_by.isoformat()}."
        )
        rules.append(RuleHit("OUTSIDE_RETURN_WINDOW", clause))
        if shop_fault:
            rules.append(RuleHit("FAULTY_EXCEPTION_REVIEW", "A faulty item past the window goes to a person to check."))
            return finish(DecisionCode.MANUAL_REVIEW)
        return finish(DecisionCode.REJECT, "outside_window")
    rules.append(RuleHit("WITHIN_RETURN_WINDOW", f"Requested within the {window}-day return window."))

    # 2. Top risk band: a person looks, whatever the reason (never an automatic rejection).
    if acting_band is not None and acting_band == policy.top_band:
        rules.append(RuleHit("RISK_TOP_BAND_REVIEW", f"Risk band {band.name} sends the return to manual review."))
        return finish(DecisionCode.MANUAL_REVIEW)

    # 3. Returnless refund for cheap items when risk is low.
    max_keep = policy.keep_item.max_price[request.currency]
    keep_band_rank = [b.name for b in policy.risk_bands].index(policy.keep_item.max_risk_band)
    if acting_band is not None and request.price <= max_keep and policy.risk_bands.index(acting_band) <= keep_band_rank:
        rules.append(
            RuleHit(
                "KEEP_ITEM_LOW_VALUE",
                f"The item costs {_money(request.price, request.currency)}, at most "
                f"{_money(max_keep, request.currency)}, and risk is low: refund without sending it back.",
            )
        )
        return finish(DecisionCode.KEEP_ITEM)

    # 4. The shop's fault: always free.
    if shop_fault:
        rules.append(RuleHit("SHOP_FAULT_FREE", "Returns caused by the shop are always free, whatever the quota."))
        return finish(DecisionCode.FREE_RETURN)

    # 5. Paid unless every free-return condition holds.
    fee = policy.label_fee[request.currency]
    fee_words = f"a return label costs {_money(fee, request.currency)}, deducted from the refund"
    quota = policy.free_return_quota
    if acting_band is not None and not acting_band.free_returns:
        rules.append(
            RuleHit("RISK_BAND_NO_FREE_RETURN", f"Risk band {acting_band.name} does not qualify for free returns.")
        )
        return finish(DecisionCode.PAID_RETURN, "risk_band", fee)
    if category not in policy.free_return_categories:
        clause = f"Returns of {goods} are not free; {fee_words}."
        rules.append(RuleHit("CATEGORY_NOT_FREE", clause))
        return finish(DecisionCode.PAID_RETURN, "category_not_free", fee)
    if history.free_returns_used >= quota.count:
        rules.append(
            RuleHit(
                "FREE_QUOTA_EXHAUSTED",
                # a quota of none has nothing "already used" to count
                "The policy includes no free returns (quota 0)."
                if quota.count == 0
                else f"{counted(history.free_returns_used, 'free return')} already used in the last "
                f"{quota.window_days} days (quota {quota.count}).",
            )
        )
        return finish(DecisionCode.PAID_RETURN, "quota_used", fee)
    rules.append(
        RuleHit(
            "FREE_RETURN_ELIGIBLE",
            f"Free return {history.free_returns_used + 1} of {quota.count} in the last {quota.window_days} days.",
        )
    )
    return finish(DecisionCode.FREE_RETURN)
