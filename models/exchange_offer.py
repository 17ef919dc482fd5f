"""Whether a reply offers an exchange, and in which size: only when a size swap fixes the complaint.

The review found exchanges that could not help ("W32" answered with W31, "extra small" with S,
trousers too long answered with the next size up, colour or sleeve complaints answered with a size
swap, a size the customer had said was too small). The rules here, in order:

1. A fault in the text (damage, defect, stain, hole, shop mistake) is not a fit problem: no size swap, unless
   the customer asks for a size themselves in the fit reason's direction (« il manque un cordon, mais la vraie
   raison : je flotte dedans. Taille en dessous. »); nor is a message that only asks to be called (a fit reason
   guessed for « Rappelez-moi » says nothing), nor to a customer who says they want the money back rather than an
   exchange ("I'd rather have my money back") and names no size, nor to one who has already ordered the other size
   ("Returned the large, reordered in medium."); nor when the reason is unsure and the text says
   nothing of size or fit ("I'm prepared to go to court over £89." guessed too_small).
2. A size the customer asks for ("I need a 40", « en 38 ») is offered, unless it is the size they had
   or one they rejected.
   Another cut asked for ("the regular fit a size up", « la version longue ») is another product: no size of this
   one is offered, whatever size or direction comes with it (a colleague looks at the exchange asked).
3. Otherwise a complaint no size fixes (length, petite fit, colour, sleeves) gets no offer, unless the
   customer asks for the size above or below themselves (« la taille au-dessus », "one size down") in
   the direction of the fit reason.
4. Otherwise only fit reasons (`too_small`, `too_large`) get one: the size the customer mused on before taking the
   refund ("Maybe an XS would work, but I'll get a refund"), else the size the customer usually wears
   when it differs from the one they had (known) and is written the same way (letters, waists, numbers),
   else the next size in the direction they asked for (or the reason's: "Need the next size."), never a rejected
   size; with no size known, several sizes further asked ("2 and a half sizes up"), or the size had told another way
   than the request's ("The 8 won't zip" for an M), the reply asks which size they need. A usual size with no size
   ordered known is often the one they had (« je fais du 38 partout. En 38... »), so it is not offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from features.customer_asks import CustomerAsks, in_collar_inches, size_system, waist_and_leg_ordered
from models.reply_grammar import neighbouring_size

_DIRECTION_REASON = {"up": "too_small", "down": "too_large"}
FIT_REASONS: tuple[str, ...] = ("too_small", "too_large")


@dataclass(frozen=True)
class ExchangeOffer:
    """Whether to offer an exchange (`offered`), the size to name (None: ask which) and `why` (a code
    the checker and the agent read: `asked_size`, `mused_size`, `usual_size`, `next_size`, `ask_size`, or for no
    offer `fault`, `unfixable`, `not_fit`, `rejected_only`, `refund_preferred`, `other_size_ordered`)."""

    offered: bool
    size: str | None
    why: str


def _same_system(size: str, had: str | None) -> bool:
    """Whether two sizes are written the same way (`size_system`: letters, waists, leg lengths, numbers...): "usually a
    12" says nothing about which letter size to send someone who had an M, nor "L28" (a leg length) about a waist 30."""
    return had is None or size_system(size) == size_system(had)


def _way_asked(asks: CustomerAsks, reason: str) -> str | None:
    """The fit reason the size the customer asks for points to: "up" is `too_small`'s, "down" `too_large`'s, the next
    size with no way said (`size_direction` "next") the fit reason's own; None when they ask no way."""
    if asks.size_direction == "next":
        return reason if reason in FIT_REASONS else None
    return _DIRECTION_REASON.get(asks.size_direction or "")


_BAND = re.compile(r"\d+")


def on_band(size: str | None, had: str | None) -> str | None:
    """A bra's cup said alone ("I need a B cup", « un bonnet B ») on the band of the bra had (34C: 34B), as the size
    that is sent is written; any other size as it is."""
    band = _BAND.match(had) if size is not None and had is not None and size_system(had) == "bra" else None
    return band.group() + size if band and size and size_system(size) == "cup" else size


def _usual_size(asks: CustomerAsks, had: str | None, excluded: set[str]) -> str | None:
    """The usual size to offer: the one written like the size had ("I'm a 34B ... usually an S" for an L had: the S; a
    cup alone on the band had, `on_band`), neither had nor rejected; none when the size had is unknown."""
    if had is None:
        return None
    usual = (on_band(size, had) for size in asks.usual_sizes)
    return next((size for size in usual if size not in excluded and _same_system(size, had)), None)


def _fixed_with_the_body(asks: CustomerAsks, direction_reason: str) -> set[str]:
    """The complaints no size fixes alone that the size offered fixes with the body: sleeves (and the length read of
    them) pointing the way the body's fit complaint and the offer point ("The body is too small and the sleeves are too
    short": the size up), not sleeves pointing against the offer."""
    if asks.sleeves_with_fit is None or _DIRECTION_REASON[asks.sleeves_with_fit] != direction_reason:
        return set()
    return {"sleeve", "length"}


def size_had(asks: CustomerAsks, ordered_size: str | None, category: str | None = None) -> str | None:
    """The size the customer had: the one the text says outright was ordered or came ("I'm a 10 and got the S",
    « j'ai pris du 38 », "ordered the L rather than my usual M"), which the customer knows better than the order record;
    else the request's (`ordered_size`; a jeans' "32/32" of the `category` read as the text's, "W32 L32"), else one
    the text says does not fit."""
    requested = ordered_size.strip().upper() if ordered_size else None
    requested = requested and (waist_and_leg_ordered(requested, category) or requested)
    if requested and in_collar_inches(requested, True) in asks.collar_sizes:
        # a shirt's "16" in a text that gives a 16 inch collar is collar 16", whose next size is 16½", not 18
        requested = in_collar_inches(requested, True)
    return asks.ordered_size if asks.ordered_told else requested or asks.ordered_size


def exchange_offer(
    asks: CustomerAsks, ordered_size: str | None, reason: str, category: str, needs_review: bool = False
) -> ExchangeOffer:
    """The exchange a reply may offer for this return.

    Args:
        asks: what the text asks for (`features.customer_asks.read_asks`).
        ordered_size: the size the customer had, when known.
        reason: the reason code the decision used.
        category: the product category (EU clothing sizes step by two, shoes by one).
        needs_review: the reason is unsure: a fit reason guessed for a text that says nothing of fit offers no size.
    """
    had = size_had(asks, ordered_size, category)
    excluded = {*asks.rejected_sizes, *([had] if had else [])}
    way = _way_asked(asks, reason)
    wanted = on_band(asks.wanted_size, had)
    asked_this_way = way == reason or (wanted is not None and wanted not in excluded and reason in FIT_REASONS)
    if asks.has_fault and not asked_this_way:
        return ExchangeOffer(False, None, "fault")
    if asks.contact_only or (needs_review and not asks.speaks_of_fit):
        return ExchangeOffer(False, None, "not_fit")
    # "I'd rather have my money back": a size offered back would answer what they did not ask, unless they name one
    if asks.refund_preferred and not wanted:
        return ExchangeOffer(False, None, "refund_preferred")
    if asks.other_size_ordered:
        return ExchangeOffer(False, None, "other_size_ordered")
    # another cut asked for is another product, whatever size comes with it ("Need a 34, going for the regular fit")
    if "cut" in asks.unfixable:
        return ExchangeOffer(False, None, "unfixable")
    # an explicit size asked wins over the other complaints a size does not fix
    if wanted and wanted not in excluded:
        return ExchangeOffer(True, wanted, "asked_size")
    # with no way asked, the way the text's own fit complaint points ("I normally go down one in your jeans, but these
    # are too small": up) wins over a fit reason read the other way: a habit's way is not this time's
    complained = _DIRECTION_REASON.get(asks.fit_way or "") if reason in FIT_REASONS else None
    direction_reason = way or complained or reason
    unfixable = set(asks.unfixable) - _fixed_with_the_body(asks, direction_reason)
    # the size above or below asked for in the reason's own direction; "the chart said to size up" on a dress
    # that swallowed her is advice read as a direction, and a size swap up would not fix it
    if unfixable and way != reason:
        return ExchangeOffer(False, None, "unfixable")
    if direction_reason not in FIT_REASONS:
        return ExchangeOffer(False, None, "not_fit")
    # a size the customer mused on before taking the refund ("Maybe an XS would work, but I'll get a refund") is the
    # one they reckon fits, over a usual size or the next one
    mused = on_band(asks.size_mused, had)
    if mused and mused not in excluded and _same_system(mused, had):
        return ExchangeOffer(True, mused, "mused_size")
    usual = _usual_size(asks, had, excluded)
    if usual:
        return ExchangeOffer(True, usual, "usual_size")
    if asks.several_sizes and way == direction_reason:
        # "2 and a half sizes up": not the next size; the reply asks which
        return ExchangeOffer(True, None, "ask_size")
    if asks.ordered_size and not _same_system(asks.ordered_size, had):
        # the text tells the size had another way than the request ("usually an 8. The 8 won't zip" for an M): the
        # size next to the request's ("size L") is not one the customer reckons in; the reply asks which
        return ExchangeOffer(True, None, "ask_size")
    # half a size asked is a shoe's half size, never the whole one after it (a 40 told to "une demi-pointure de plus")
    neighbour = neighbouring_size(had, direction_reason, category, half=asks.half_size and way == direction_reason)
    if neighbour and neighbour not in excluded:
        return ExchangeOffer(True, neighbour, "next_size")
    if had and neighbour in excluded:
        return ExchangeOffer(False, None, "rejected_only")
    return ExchangeOffer(True, None, "ask_size")
