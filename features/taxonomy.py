"""The return-reason taxonomy, defined once. Every other module refers to these codes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Family(StrEnum):
    SIZE = "size"
    CONDITION = "condition"
    EXPECTATION = "expectation"
    FULFILLMENT = "fulfillment"
    PREFERENCE = "preference"
    OTHER = "other"


@dataclass(frozen=True)
class Reason:
    """One taxonomy entry.

    `shop_fault` marks reasons that claim the shop got something wrong (damage, a defect, a missing
    part, a wrong item or listing): a risk feature counts a customer's past claims by it. Which
    reasons the shop pays the return for is the policy's `shop_fault_reasons`, not this flag.
    """

    code: str
    family: Family
    meaning: str
    shop_fault: bool


REASONS: tuple[Reason, ...] = (
    Reason("too_small", Family.SIZE, "too small/tight/short, runs small", False),
    Reason("too_large", Family.SIZE, "too big/loose/long, runs large", False),
    Reason("damaged_in_transit", Family.CONDITION, "arrived broken, crushed, scratched", True),
    Reason("defective", Family.CONDITION, "does not work, stopped working, malfunction", True),
    Reason("poor_quality", Family.CONDITION, "cheap material, fell apart, pilling, seams undone", False),
    Reason("missing_parts", Family.CONDITION, "parts/accessories/pieces missing", True),
    Reason(
        "not_as_described",
        Family.EXPECTATION,
        "differs from photos/description/specs, colour not as pictured",
        True,
    ),
    Reason("wrong_item", Family.FULFILLMENT, "received a different item/size/colour than ordered", True),
    Reason("arrived_late", Family.FULFILLMENT, "delivered too late / after the date needed", False),
    Reason(
        "no_longer_needed",
        Family.PREFERENCE,
        "changed mind, disliked style/colour, bought by mistake, found cheaper, unwanted gift, "
        "ordered several to choose",
        False,
    ),
    Reason("other", Family.OTHER, "anything else / no identifiable reason", False),
)

REASON_CODES: tuple[str, ...] = tuple(reason.code for reason in REASONS)
_BY_CODE = {reason.code: reason for reason in REASONS}


def get_reason(code: str) -> Reason:
    """Look up a reason by code.

    Raises:
        ValueError: when the code is not in the taxonomy (the message lists the valid codes).
    """
    try:
        return _BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown reason code {code!r}; expected one of {', '.join(REASON_CODES)}") from None


def reason_words(code: str) -> str:
    """A reason code as people read it ("poor_quality" -> "poor quality"): rule sentences and the console
    name reasons in words, never by code."""
    return code.replace("_", " ")


def family_of(code: str) -> Family:
    """The family a reason code belongs to."""
    return get_reason(code).family
