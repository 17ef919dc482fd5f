"""What a customer's return text asks for, read as structured fields (English and French).

The reason classifier says *why* an item comes back; a reply also needs *what the customer wants*:
the size they need (or the direction, "one size up"), sizes they say do not fit, complaints no size
swap fixes (length, petite fit, colour, sleeves), explicit requests (call me, collect it, email the
label, no printer, refund elsewhere, a person) and signs of a fault (damage, defect or wear after little
use, stain, hole, a missing part, a shop mistake), which win over any size reading. The reply drafter
and the agent console both read these fields, so they cannot disagree about what was asked.

Pure rules over the text, matched on a lower-case, accent-free view (customers often drop accents);
a few words before a fault word can negate it ("no damage", « aucun défaut »).

One module per kind of reading, each with its rules: `sizes`, `fit`, `requests`, `exchange`, `faults`, `fault_context`
(what is set aside before faults are read), `denials` (faults the text denies), `hazards`, `delivery`, `hardship`,
`feelings` (a deep upset told), `gifts` (an item given to the customer), `complaints`, `which_item` (whether the text
speaks of which item came, or says only that it came) and `signature` (the name a text is signed with), `turns` (the
customer's turns of a chat pasted as the reason); `clauses` holds what they share (the words around a match, negation),
`kinds` the kinds and `CustomerAsks`, and `reading` the reader, `read_asks`. Callers import from this package only.
"""

from features.customer_asks.denials import (
    NOT_THEIR_SIZE,
    closure_too_tight,
    fit_felt,
    fit_pictured,
    packing_hurt_item_spared,
    reason_denied,
    said_besides_the_fit,
)
from features.customer_asks.faults import need_denied_of_the_one_come
from features.customer_asks.kinds import (
    ALREADY_RETURNED_REQUESTS,
    FAULT_KINDS,
    HARDSHIP_KINDS,
    HAZARD_KINDS,
    LETTER_SIZES,
    NOT_A_RETURN,
    REQUEST_KINDS,
    UNFIXABLE_KINDS,
    CustomerAsks,
)
from features.customer_asks.reading import read_asks
from features.customer_asks.signature import SIGNED_TITLES, signed_name
from features.customer_asks.sizes import (
    INSTEAD_OF,
    in_collar_inches,
    normalise_size,
    size_system,
    waist_and_leg_ordered,
)
from features.customer_asks.turns import customer_turns

__all__ = [
    "ALREADY_RETURNED_REQUESTS",
    "FAULT_KINDS",
    "HARDSHIP_KINDS",
    "HAZARD_KINDS",
    "INSTEAD_OF",
    "LETTER_SIZES",
    "NOT_A_RETURN",
    "NOT_THEIR_SIZE",
    "REQUEST_KINDS",
    "SIGNED_TITLES",
    "UNFIXABLE_KINDS",
    "CustomerAsks",
    "closure_too_tight",
    "customer_turns",
    "fit_felt",
    "fit_pictured",
    "in_collar_inches",
    "need_denied_of_the_one_come",
    "normalise_size",
    "packing_hurt_item_spared",
    "read_asks",
    "reason_denied",
    "said_besides_the_fit",
    "signed_name",
    "size_system",
    "waist_and_leg_ordered",
]
