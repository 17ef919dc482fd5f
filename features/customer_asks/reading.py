"""`read_asks`: one return text read into `CustomerAsks` from every kind of reading."""

from __future__ import annotations

from re import Pattern

from features.customer_asks.belongings import belongings_damaged
from features.customer_asks.clauses import NEGATION, NEGATION_IN_CLAUSE, affirmed, denied, kinds_found
from features.customer_asks.complaints import (
    LISTING_PROMISES_A_PART,
    ORDERED_TO_COMPARE,
    REPEATED,
    colour_not_ordered,
    counterfeit,
    not_as_described,
    packaging_complaint,
    quality_complaint,
    service_complaint,
    service_praised,
)
from features.customer_asks.customs import customs_paid_by_sum, customs_refused, customs_unpaid
from features.customer_asks.delivery import (
    ARRIVED_AFTER_ALL,
    AWAITED_ELSE,
    COLLECT_WORD,
    COLLECTION_MISSED,
    DELIVERER_NEVER_CAME,
    ITEM_AWAITED,
    LETTERBOX_FOUND_EMPTY,
    NO_REFUND_YET,
    NOT_RECEIVED_IN_FEW_WORDS,
    ORDER_AWAITED,
    PARCEL_STILL_AWAITED,
    PICKUP_PLACE_HAS_NOTHING,
    REFUND_AWAITED,
    RETURN_SENT,
    RETURN_TOLD,
    RETURN_TRACKED,
    SERVICE_NOT_WORKING,
    TRACKING_NOT_WORKING,
    TRACKING_STUCK,
    day_missed,
    item_had,
    late_delivery,
    new_return_after,
    occasion_day_passed,
    occasion_told_apart,
    occasions_missed,
    poorly_packed,
)
from features.customer_asks.denials import (
    denied_reasons,
    fault_matter,
    listing_spoken_of,
    reason_of_their_own,
    said_besides,
)
from features.customer_asks.exchange import (
    EXCHANGE_FOR,
    MONEY_ASKED,
    ORDER_STILL_WANTED,
    ORDERED_SENT,
    OTHER_VERSION,
    PUT_RIGHT_ASKED,
    SEND_ONE,
    SEND_THE,
    SEND_THEM,
    WRONG_ONE_TOLD,
    another_item_asked,
    asked,
    exchange_asked,
    exchange_given_up,
    given_up_for_the_money,
    new_one_wished,
    replacement_asked,
    sizes_given_up,
    sizes_mused,
    sizes_of_no_exchange_asked,
)
from features.customer_asks.fault_context import (
    A_HOME_SENTENCE,
    BROKEN_PART,
    CLOSES_NOT,
    CONNECTS_NOT,
    CONTENTS_INTACT,
    DAMAGED_WITH_IT,
    ELSEWHERE,
    INCOMPATIBLE,
    LIFTS_OFF,
    LOOK_NOT_WORKING,
    LOOSE_ON_THE_BODY,
    MISSING_FROM_THE_MAKING,
    ON_THE_LAST_NOTCH,
    OWN_ALTERATION,
    PACKAGING_AROUND,
    ROOMS_FEWER,
    SHORT_OF_HOLES,
    UNSAFE_WORD,
    blanked,
    blanked_within,
    made_light_of_blanked,
    packaging_blanked,
    packaging_made_light_of_blanked,
)
from features.customer_asks.faults import (
    DOUBT_DENIED,
    FAULT_LAID_ON_THE_SIZE,
    FAULTS,
    ODD_PAIR,
    ORDERED_JUST_BEFORE,
    damage_read,
    own_mistake,
)
from features.customer_asks.feelings import HEART_BROKEN, deeply_upset, not_heard, scorned
from features.customer_asks.fit import (
    ADVISED,
    ASKED_FOR_ONESELF,
    BACK_TO_USUAL,
    COLOUR_WORD,
    CUT_INSTEAD_OF_SIZE,
    DIRECTION,
    DIRECTION_NOT_WANTED,
    DIRECTION_REFUSED,
    DOES_NOT_FIT,
    FIT_WORDS,
    GOES_NOT_ON_ME,
    HABIT_AFTER,
    HABIT_BEFORE,
    HABIT_WAY,
    HALF_SIZE,
    ITEM_FITS,
    NEXT_SIZE,
    PAST_ORDER,
    REGRETTED,
    RUNS_BIG,
    RUNS_HEARSAY,
    RUNS_MADE_UP_FOR,
    RUNS_SMALL,
    SET_ASIDE,
    SEVERAL_SIZES,
    SIZE_COMPLAINT,
    SPEAKS_OF_FIT,
    TO_OTHER_SHOPPERS,
    TOLD_TO_READERS,
    TOO_BIG,
    TOO_SMALL,
    UNFIXABLE,
    WAYS_ALONE,
    colour_praise_blanked,
    design_blanked,
    length_of_time_blanked,
    sizes_regretted,
    sleeves_blanked,
    sleeves_with_fit,
    usual_way_back,
)
from features.customer_asks.gifts import gift_received
from features.customer_asks.hardship import celebration, hardship
from features.customer_asks.hazards import (
    CANDLE_SMOKES,
    CARRIES_POWER,
    HEATED_BEDDING,
    HEATING_FAULT,
    PLASTIC_SMELL,
    POWERED_CATEGORIES,
    WORN_CABLE,
    hazards_found,
    worn_stand_in,
)
from features.customer_asks.kinds import ALREADY_RETURNED_REQUESTS, FAULT_KINDS, HAZARD_KINDS, CustomerAsks
from features.customer_asks.requests import (
    ASKED_OUTRIGHT,
    EXPRESS_PAID,
    MORE_THAN_THANKS,
    PAID_ANOTHER_WAY_TOO,
    PAID_CHARGES,
    QUESTIONS,
    REQUESTS,
    THANKS,
    asked_again,
    refund_method_asked,
    refund_preferred,
    store_credit_asked,
    with_request,
)
from features.customer_asks.sizes import (
    OLDEST_AGE_SIZE,
    ORDERED,
    ORDERED_MY_USUAL,
    REJECTED,
    SIZE_NOT_FITTING,
    SIZE_NOT_FITTING_FR,
    SIZE_OR_SIZE,
    SIZED_BY_COLLAR,
    THE_SIZE_ORDERED,
    USUAL,
    WANTED,
    collar_sizes,
    count_starts,
    cups_need_a_bra,
    fits_like_way,
    halves_as_sizes,
    held_in_place_of,
    in_collar_inches,
    item_sizes_not_ordered,
    label_agreeing_blanked,
    label_sizes_not_ordered,
    letters_need_context,
    measures_spaced,
    ordered_beside_wrong_paper,
    reordered_at,
    ring_letters_need_a_ring,
    same_scale,
    size_awaited,
    size_came_as_ordered,
    size_system,
    sized_by_age,
    sizes_found,
    waists_and_legs_as_sizes,
)
from features.customer_asks.turns import customer_turns
from features.customer_asks.which_item import only_received, which_item_spoken_of
from features.handover import handover_reasons
from features.pattern_words import patterns_that_may_match
from features.spelling import mended_ask_words
from features.text import match_view, regex, sentence_bounds, words_before

# The longest message read as only a contact request: the 680 hand-written handover messages that ask for a
# call or a person and nothing else have at most 16 words; a longer text says something of its own.
_CONTACT_ONLY_WORDS = 20
# Handover kinds that threaten to take the matter elsewhere (`features.handover.HANDOVER_KINDS`).
_ESCALATION = frozenset({"legal", "payment_dispute", "public_review"})
_THREAT_ONLY_WORDS = 16


# The way the customer needs where the item runs one way (it comes up small: the size up)
_OTHER_WAY = {"up": "down", "down": "up"}


def _runs_told(runs: Pattern[str], folded: str) -> bool:
    """Whether the customer tells that the item runs that way (`fit.RUNS_SMALL`, `fit.RUNS_BIG`), affirmed, not as
    what others said or they read (`fit.RUNS_HEARSAY` in its sentence) nor told to other shoppers, and in a text where
    no size ordered made up for it (`fit.RUNS_MADE_UP_FOR`: "Runs small, they said. So I sized up and it swallowed
    me")."""
    if RUNS_MADE_UP_FOR.search(folded):
        return False
    return any(
        not denied(folded, match, NEGATION_IN_CLAUSE)
        and not RUNS_HEARSAY.search(folded[slice(*sentence_bounds(folded, match.start(), match.end()))])
        and not TOLD_TO_READERS.search(words_before(folded, match.start()))
        for match in runs.finditer(folded)
    )


def read_asks(text: str, lang: str | None = None, category: str | None = None) -> CustomerAsks:
    """Read what a return text asks for (both languages' phrasings are tried: customers mix them).

    Args:
        text: the customer's words as typed.
        lang: "en" or "fr"; accepted for symmetry with the other readers, the rules cover both.
        category: the returned product's category when the caller knows it: whether the item is footwear, which
            an age never sizes; without it, a footwear word in the clause of the age read says so.

    Returns:
        The structured `CustomerAsks`; fields stay empty when the text does not say.
    """
    # a chat pasted as the reason: the customer's turns are their words, the agent's are not
    text = customer_turns(text)
    folded = mended_ask_words(match_view(text))
    sized = ring_letters_need_a_ring(
        cups_need_a_bra(
            halves_as_sizes(waists_and_legs_as_sizes(measures_spaced(letters_need_context(text, folded)), category)),
            category,
        ),
        category,
    )
    # a collar said with its half in words ("a 17 and a half collar") sizes by collar as "17.5 collar" does
    collars_said = halves_as_sizes(folded)
    sized_by_collar = bool(SIZED_BY_COLLAR.search(collars_said))

    def said(patterns: tuple[str, ...], unsaid_at: frozenset[int] = frozenset()) -> list[str]:
        # the sizes the patterns read, a number in a text sized by collar written as a collar size
        return [in_collar_inches(size, sized_by_collar) for size in sizes_found(patterns, sized, unsaid_at)]

    counts = count_starts(sized, folded, category)
    reordered = reordered_at(sized)
    # the size a label gives beside another size ordered came in its place: a wrong size sent, no size wanted
    mislabelled = tuple(dict.fromkeys((*label_sizes_not_ordered(folded), *item_sizes_not_ordered(folded))))
    rejected = tuple(dict.fromkeys([*said(REJECTED, counts), *mislabelled]))
    # "don't send a 40 ... I need a 39": the first size asked for that the text does not also reject, nor weigh against
    # another
    hedged = frozenset(choice.start(group) for choice in SIZE_OR_SIZE.finditer(sized) for group in (1, 2))
    mused = sizes_mused(sized, folded)
    # a size given up for the money asked after it ("A 12 would do, but I'd rather have a refund"): none asked
    given_up = sizes_given_up(sized) - mused
    unasked = (
        hedged
        | counts
        | reordered
        | sizes_of_no_exchange_asked(sized)
        | mused
        | ordered_beside_wrong_paper(sized)
        | given_up
    )
    # a size asked before one only regretted ("Wish I'd gone for the L"), which is the size needed but no ask
    regretted = sizes_regretted(sized)
    wanted = next((size for size in said(WANTED, unasked | regretted) if size not in rejected), None)
    wanted_regretted = wanted is None and bool(regretted)
    if wanted_regretted:
        wanted = next((size for size in said(WANTED, unasked) if size not in rejected), None)
    # the size mused on before the item goes back ("Maybe an XS would work, but I'll get a refund"): none asked, but the
    # one the customer reckons would fit
    size_mused = (
        next((size for size in said(WANTED, unasked - mused) if size not in rejected), None)
        if mused and wanted is None
        else None
    )
    # the size had, told after the one asked in its place (« Je veux le 46 au lieu du 45 »): no size wanted
    held = held_in_place_of(sized, wanted)
    if held and held not in rejected:
        rejected = (*rejected, held)
    if wanted and wanted.isdigit() and int(wanted) <= OLDEST_AGE_SIZE and sized_by_age(folded, category):
        wanted = f"AGE {wanted}"
    usual_sizes = [size for size in said(USUAL) if size not in rejected]
    # the usual size ordered is the one had: a usual size said besides it, on the same scale, is the one to offer
    # ("Ordered my usual 38 ... usually a 39 in trainers"; not "Ordered my usual 42 ... usually a 6.5", a UK size)
    ordered_usual = said(ORDERED_MY_USUAL)
    usual = next(
        (
            size
            for size in usual_sizes
            if size not in ordered_usual and any(same_scale(size, had) for had in ordered_usual)
        ),
        next(iter(usual_sizes), None),
    )
    # the size ordered, else the one had in place of the size asked, else one that does not fit ("usually an 8. The 8
    # won't zip", « Mon M habituel ne suffit pas »)
    ordered_told = said(ORDERED)
    ordered = next(iter(ordered_told or ([held] if held else said((SIZE_NOT_FITTING, SIZE_NOT_FITTING_FR)))), None)
    # a usual size written like the size had ("I'm a 34B ... usually an S, and this S is huge": the S)
    if ordered and usual and size_system(usual) != size_system(ordered):
        usual = next((size for size in usual_sizes if size_system(size) == size_system(ordered)), usual)
    # the size the item came in, said to be the one ordered ("I ordered an M, I got an M")
    came_in = size_came_as_ordered(folded)
    # the usual size of each way of writing sizes: the one read above for its own, the first said for the others
    usual_each_way: dict[str, str] = {}
    for size in (usual, *usual_sizes) if usual else ():
        usual_each_way.setdefault(size_system(size), size)
    # a way said to be no way out, or not wanted, is no way asked ("I don't think sizing down is an option")
    ways_asked = DIRECTION_NOT_WANTED.sub(SET_ASIDE, DIRECTION_REFUSED.sub(SET_ASIDE, folded))
    ways_reordered = reordered_at(ways_asked)
    ways_said = [
        (way, pattern, match)
        for way, patterns in DIRECTION.items()
        for pattern in patterns_that_may_match(patterns, ways_asked)
        for match in regex(pattern).finditer(ways_asked)
        if match.start() not in ways_reordered
    ]
    # the item's own fit told ("Comes up a size smaller than the size guide says"): the customer needs the other way
    item_runs = next(
        (_OTHER_WAY[way] for way, _, match in ways_said if ITEM_FITS.search(words_before(ways_asked, match.start()))),
        None,
    ) or fits_like_way(sized, ordered or came_in)
    way_readings = [
        (way, match)
        for way, pattern, match in ways_said
        if not PAST_ORDER.search(words_before(ways_asked, match.start()))
        and not ITEM_FITS.search(words_before(ways_asked, match.start()))
        and not ADVISED.search(words_before(ways_asked, match.start()))
        and not TO_OTHER_SHOPPERS.match(ways_asked, match.end())
        and not HABIT_BEFORE.search(words_before(ways_asked, match.start()))
        and not HABIT_AFTER.match(ways_asked, match.end())
        and not (pattern in WAYS_ALONE and denied(ways_asked, match, NEGATION_IN_CLAUSE))
    ]
    # ... nor a way given up for the money asked after it ("A size up would fit, but I'd rather have my money back")
    ways_given_up = [reading for reading in way_readings if given_up_for_the_money(ways_asked, reading[1].start())]
    way_readings = [reading for reading in way_readings if reading not in ways_given_up]
    # the way the customer habitually sizes ("I normally go down one in your jeans"): no way asked now
    habit_told = HABIT_WAY.search(ways_asked)
    habit_way = next(
        (
            way
            for way, _, match in ways_said
            if HABIT_BEFORE.search(words_before(ways_asked, match.start()))
            or HABIT_AFTER.match(ways_asked, match.end())
        ),
        habit_told["way"] if habit_told else None,
    )
    # a way told to the review's readers, or regretted, is no wish, but says which way the item runs
    told = [
        (
            TOLD_TO_READERS.search(words_before(ways_asked, match.start())) is not None
            and not ASKED_FOR_ONESELF.match(ways_asked, match.end())
        )
        or REGRETTED.search(words_before(ways_asked, match.start())) is not None
        for _, match in way_readings
    ]
    runs = next((way for (way, _), to_readers in zip(way_readings, told, strict=True) if to_readers), item_runs)
    way_readings = [reading for reading, to_readers in zip(way_readings, told, strict=True) if not to_readers]
    direction = way_readings[0][0] if way_readings else None
    several_sizes = any(way == direction and SEVERAL_SIZES.match(match.group(0)) for way, match in way_readings)
    half_size = not several_sizes and any(
        way == direction and HALF_SIZE.search(match.group(0)) for way, match in way_readings
    )
    # the way the text's own fit complaint points, when it points one way only
    # (the design said too big or too small is no fit: « les motifs sont trop grands »)
    of_the_fit = design_blanked(folded)
    small = affirmed((TOO_SMALL.pattern,), of_the_fit) or runs == "up" or _runs_told(RUNS_SMALL, folded)
    big = affirmed((TOO_BIG.pattern,), of_the_fit) or runs == "down" or _runs_told(RUNS_BIG, folded)
    fit_way = "up" if small and not big else "down" if big and not small else None
    if direction is None and NEXT_SIZE.search(folded):
        # "will try the next size": that way
        direction = fit_way or "next"
    if direction is None and BACK_TO_USUAL.search(folded):
        # "I sized up and they drown me, back to my usual size": the way back from the size taken
        direction = usual_way_back(folded) or fit_way
    # a doubt denied is no negation of the fault after it (« Sans aucun doute, vous vous êtes trompés de taille »)
    read_for_faults = blanked(
        (HEART_BROKEN, SERVICE_NOT_WORKING, LOOK_NOT_WORKING, OWN_ALTERATION, ELSEWHERE, LOOSE_ON_THE_BODY),
        blanked((DOUBT_DENIED,), folded, by=""),
    )
    read_for_faults = blanked((SHORT_OF_HOLES,), blanked_within(ON_THE_LAST_NOTCH, LIFTS_OFF, read_for_faults))
    read_for_faults = label_agreeing_blanked(blanked_within(A_HOME_SENTENCE, ROOMS_FEWER, read_for_faults))
    replacement = replacement_asked(folded)
    if not replacement:
        # a flaw made light of whose item is asked for again is still what it goes back for ("The mug arrived
        # chipped, not a big deal. Could you send a replacement?"); a fault shrugged at is still a fault ("The zip
        # broke after one wear, whatever.")
        read_for_faults = made_light_of_blanked(read_for_faults, shrugs=False)
    if CONTENTS_INTACT.search(folded) and not DAMAGED_WITH_IT.search(folded):
        read_for_faults = packaging_blanked(read_for_faults)
    read_for_faults = packaging_made_light_of_blanked(read_for_faults)
    read_for_faults = CANDLE_SMOKES.sub(" ; ", read_for_faults)
    if INCOMPATIBLE.search(folded):
        read_for_faults = CONNECTS_NOT.sub(" ; ", read_for_faults)
    if CLOSES_NOT.search(read_for_faults) and FIT_WORDS.search(folded) and not BROKEN_PART.search(folded):
        read_for_faults = CLOSES_NOT.sub(" ; ", read_for_faults)
    hazards = hazards_found(folded)
    worn_cable = "electrical" not in hazards and (WORN_CABLE.search(folded) or worn_stand_in(folded))
    powered = category in POWERED_CATEGORIES or CARRIES_POWER.search(folded)
    if worn_cable and powered:
        hazards = tuple(kind for kind in HAZARD_KINDS if kind in {*hazards, "electrical"})
    if "heat" not in hazards and powered and PLASTIC_SMELL.search(folded):
        hazards = tuple(kind for kind in HAZARD_KINDS if kind in {*hazards, "heat"})
    if "electrical" not in hazards and HEATED_BEDDING.search(folded) and HEATING_FAULT.search(folded):
        hazards = tuple(kind for kind in HAZARD_KINDS if kind in {*hazards, "electrical"})
    if SIZE_COMPLAINT.search(folded) and set(hazards) <= {"danger"}:
        read_for_faults = UNSAFE_WORD.sub(" ; ", read_for_faults)
    made_badly = any(
        not denied(read_for_faults, match, NEGATION) for match in MISSING_FROM_THE_MAKING.finditer(read_for_faults)
    )
    faults = kinds_found(FAULTS, MISSING_FROM_THE_MAKING.sub(" ; ", read_for_faults), negatable=True)
    if made_badly:
        faults = tuple(kind for kind in FAULT_KINDS if kind in {*faults, "defect"})
    if any(
        not ORDERED_JUST_BEFORE.search(words_before(read_for_faults, pair.start()))
        for pair in ODD_PAIR.finditer(read_for_faults)
    ):
        faults = tuple(kind for kind in FAULT_KINDS if kind in {*faults, "shop_mistake"})
    if mislabelled or colour_not_ordered(read_for_faults):
        # a label naming another size than ordered, or another colour than ordered come: the shop sent another item
        faults = tuple(kind for kind in FAULT_KINDS if kind in {*faults, "shop_mistake"})
    if "damage" in faults and PACKAGING_AROUND & set(faults) and not damage_read(packaging_blanked(read_for_faults)):
        # a box torn open around a part missing or a wrong item is how the part went or what the item came in
        faults = tuple(kind for kind in faults if kind != "damage")
    if FAULT_LAID_ON_THE_SIZE.search(folded):
        faults = tuple(kind for kind in faults if kind not in ("damage", "defect"))
    # the customer's own mistake with a shop's read beside it ("They sent the wrong size, my mistake for not checking")
    # is neither, for the classifier to weigh
    said_own = own_mistake(folded)
    mistake_own = said_own and "shop_mistake" not in faults
    if "shop_mistake" in faults and said_own:
        faults = tuple(kind for kind in faults if kind != "shop_mistake")
    if {"empty_parcel", "not_received"} <= set(faults) and LETTERBOX_FOUND_EMPTY.search(folded):
        # the box found empty is the letterbox the parcel was said left in (« livré en boîte aux lettres » mais la
        # boîte est vide): it never came, nothing came empty
        faults = tuple(kind for kind in faults if kind != "empty_parcel")
    requests = kinds_found(ASKED_OUTRIGHT, folded)
    if "exchange" in requests and not exchange_asked(folded):
        requests = tuple(kind for kind in requests if kind != "exchange")
    if another_item_asked(folded):
        # something else the shop sells asked in its place ("Can I swap it for something else?"): a new order
        requests = with_request(requests, "another_item")
    if direction is None and ("exchange" in requests or wanted):
        # an exchange or a size asked with no way of its own goes the way the review told its readers or the customer
        # regrets not taking ("Order one size up from your normal. ... can I exchange it?", "I should have gone a size
        # up, so please send me the large": the large is the size up, and the reason is read from it)
        direction = runs
    if "refund_method" in requests and not refund_method_asked(folded):
        requests = tuple(kind for kind in requests if kind != "refund_method")
    if "store_credit" in requests and not store_credit_asked(folded):
        requests = tuple(kind for kind in requests if kind != "store_credit")
    if "gift_card_paid" in requests and PAID_ANOTHER_WAY_TOO.search(folded):
        # part paid by card: the refund does not all go onto the gift card, so a person answers where it goes
        requests = tuple(kind for kind in requests if kind != "gift_card_paid")
    if "refund_difference" in requests and not asked_again(folded, "refund_difference"):
        requests = tuple(kind for kind in requests if kind != "refund_difference")
    requests = tuple(kind for kind in requests if kind not in PAID_CHARGES or affirmed(REQUESTS[kind], folded))
    # customs charges told with their sum are paid unless only foreseen; none are paid where the text says they were not
    if customs_paid_by_sum(folded):
        requests = with_request(requests, "refund_customs")
    if customs_unpaid(folded):
        requests = tuple(kind for kind in requests if kind != "refund_customs")
    if replacement:
        requests = with_request(requests, "replacement")
    return_sent = RETURN_SENT.search(folded)
    if return_sent and (
        REFUND_AWAITED.search(folded, return_sent.end()) or NO_REFUND_YET.search(folded, return_sent.end())
    ):
        requests = with_request(requests, "sent_back")
    requests = tuple(
        kind for kind in requests if kind not in ALREADY_RETURNED_REQUESTS or not new_return_after(folded, kind)
    )
    if "sent_back" in requests:
        # the return said sent is what the refund chased is for: one reading
        requests = tuple(kind for kind in requests if kind != "refund_awaited")
    if (
        "not_received" not in faults
        and len(folded.split()) <= _CONTACT_ONLY_WORDS
        and NOT_RECEIVED_IN_FEW_WORDS.search(read_for_faults)
        and not AWAITED_ELSE.search(folded)
    ):
        faults = tuple(kind for kind in FAULT_KINDS if kind in {*faults, "not_received"})
    if (
        "not_received" not in faults
        and DELIVERER_NEVER_CAME.search(read_for_faults)
        and not any(
            told.search(folded) for told in (regex(COLLECT_WORD), COLLECTION_MISSED, RETURN_TOLD, ORDER_AWAITED)
        )
    ):
        faults = tuple(kind for kind in FAULT_KINDS if kind in {*faults, "not_received"})
    if "not_received" not in faults and any(
        awaited.search(folded) for awaited in (PARCEL_STILL_AWAITED, TRACKING_STUCK, PICKUP_PLACE_HAS_NOTHING)
    ):
        if RETURN_TRACKED.search(folded):
            requests = with_request(requests, "sent_back")
        else:
            faults = tuple(kind for kind in FAULT_KINDS if kind in {*faults, "not_received"})
    if "not_received" not in faults and customs_refused(folded):
        # a parcel whose customs charges the customer would not pay was not handed over to them
        faults = tuple(kind for kind in FAULT_KINDS if kind in {*faults, "not_received"})
    if "not_received" in faults and (
        ARRIVED_AFTER_ALL.search(folded)
        or set(ALREADY_RETURNED_REQUESTS) & set(requests)
        or item_had(folded, read_for_faults)
    ):
        # it came in the end, what has not come is the refund for a return already sent, or the customer has the item
        faults = tuple(kind for kind in faults if kind != "not_received")
    collection_missed = (
        bool(COLLECTION_MISSED.search(folded))
        and "not_received" not in faults
        and not ORDER_AWAITED.search(folded)
        and not (ITEM_AWAITED.search(folded) and not regex(COLLECT_WORD).search(folded))
    )
    if collection_missed and not late_delivery(folded):
        requests = with_request(requests, "collect")
    if SEND_THE.search(folded) and wanted is None and not {"send_missing", "replacement"} & set(requests):
        sent_for = "send_missing" if "missing_part" in faults else "replacement" if "shop_mistake" in faults else None
        requests += (sent_for,) if sent_for else ()
    if (
        wanted is None
        and direction is None
        and not {"send_missing", "replacement"} & set(requests)
        and ORDER_STILL_WANTED.search(folded)
        and ({"shop_mistake", "not_received"} & set(faults) or WRONG_ONE_TOLD.search(folded))
        and not ("shop_mistake" not in faults and SIZE_COMPLAINT.search(folded))
    ):
        requests = with_request(requests, "replacement")
    # ... or the shop's mistake asked to be put right ("Wrong model sent. Please put it right.", « Merci de rectifier »)
    if (
        wanted is None
        and direction is None
        and not {"send_missing", "replacement"} & set(requests)
        and "shop_mistake" in faults
        and any(not denied(folded, put, NEGATION_IN_CLAUSE) for put in PUT_RIGHT_ASKED.finditer(folded))
        and not MONEY_ASKED.search(folded)
    ):
        requests = with_request(requests, "replacement")
    ordered_sent = ORDERED_SENT.search(folded)
    if ordered_sent and not {"send_missing", "replacement"} & set(requests):
        missing = "missing_part" in faults or ordered_sent["missing"]
        requests += ("send_missing" if missing else "replacement",)
    if (
        faults
        and not {"send_missing", "replacement", "exchange"} & set(requests)
        and asked(folded, new_one_wished(folded))
    ):
        # a new one wished for beside a fault is the same item again (« La bandoulière a lâché. Je souhaite un sac
        # neuf. »)
        requests = with_request(requests, "replacement")
    if "missing_part" in faults and "send_missing" not in requests and SEND_THEM.search(folded):
        requests = with_request(requests, "send_missing")
    if (
        wanted is None
        and not {"send_missing", "replacement"} & set(requests)
        and asked(folded, list(SEND_ONE.finditer(folded)))
    ):
        requests = with_request(requests, "send_missing" if "missing_part" in faults else "replacement")
    of_length = length_of_time_blanked(folded)
    unfixable = kinds_found(UNFIXABLE, colour_praise_blanked(of_length))
    named_elsewhere = EXCHANGE_FOR.search(folded) or "cut" in unfixable
    # sleeves pointing the body's way, with no length complaint but theirs ("too small, and the sleeves too short")
    sleeves_way = sleeves_with_fit(of_length) if "sleeve" in unfixable else None
    if sleeves_way and "length" in unfixable:
        length_besides = kinds_found({"length": UNFIXABLE["length"]}, sleeves_blanked(colour_praise_blanked(of_length)))
        sleeves_way = None if length_besides else sleeves_way
    same_item = wanted is None or wanted in said(THE_SIZE_ORDERED)
    if faults and "exchange" in requests and same_item and direction is None and not named_elsewhere:
        # "faulty, please exchange or money back": one that works, and a wrong size's exchange for the size ordered the
        # item ordered; "exchange for age 11-12" or "need junior size" names something else
        requests = tuple(dict.fromkeys("replacement" if kind == "exchange" else kind for kind in requests))
    if "design" in unfixable and not faults and "replacement" in requests:
        # another one asked after the design is disliked ("The print is far too loud for me, can I have another
        # one?", « Le motif est trop chargé, je peux en avoir un autre ? ») is another design, not the same again
        requests = tuple(dict.fromkeys("exchange" if kind == "replacement" else kind for kind in requests))
    size_said = bool(wanted or direction or usual or rejected)
    says_nothing_of_the_item = (
        not (size_said or faults or hazards or unfixable) and len(folded.split()) <= _CONTACT_ONLY_WORDS
    )
    # only threatens: "I will post about this on Instagram", « Je vais contacter l'UFC-Que Choisir » (the 92 such
    # handover messages have at most 16 words; a longer threat also says what went wrong)
    only_threatens = (
        says_nothing_of_the_item
        and len(folded.split()) <= _THREAT_ONLY_WORDS
        and any(_ESCALATION & set(handover_reasons(text, lang)) for lang in ("en", "fr"))
    )
    if only_threatens and REFUND_AWAITED.search(folded):
        # a threat over a refund alone ("a solicitor if the refund doesn't appear this week") is about a return sent
        requests = with_request(requests, "sent_back")
    for kind, question in QUESTIONS.items():
        # another version asked as an exchange ("Do you do a petite one?" read as one) is the exchange's to answer
        if question.search(folded) and not (kind == "question" and "exchange" in requests):
            requests = with_request(requests, kind)
    # ... or only tells of a collection that did not come (« Franchement je suis furieuse, le livreur n'est jamais
    # venu. »): about the collection, not the item
    contact_asked = {"call_me", "human", *(["collect"] if collection_missed else [])}
    contact_only = says_nothing_of_the_item and (
        (bool(requests) and set(requests) <= contact_asked) or (not requests and only_threatens)
    )
    return CustomerAsks(
        wanted_size=wanted,
        # an exchange or a way asked beside the regret is still asked ("I should have gone for the L, please exchange
        # it", « J'aurais dû prendre le S ... je voudrais juste la plus petite »)
        size_regretted=wanted_regretted
        and wanted is not None
        and not (direction or {"exchange", "replacement"} & set(requests)),
        size_direction=direction,
        size_mused=size_mused,
        size_awaited=wanted is not None and size_awaited(folded),
        collar_sizes=collar_sizes(collars_said) if sized_by_collar else (),
        several_sizes=several_sizes,
        half_size=half_size,
        size_runs=runs,
        usual_size=usual,
        usual_sizes=tuple(usual_each_way.values()),
        ordered_size=ordered,
        ordered_told=bool(ordered_told),
        rejected_sizes=rejected,
        unfixable=unfixable,
        requests=requests,
        faults=faults,
        which_item_spoken_of=which_item_spoken_of(folded, text),
        only_received=only_received(folded),
        listing_spoken_of=listing_spoken_of(folded),
        hazards=hazards,
        hardship=hardship(folded),
        celebration=celebration(folded),
        scorned=scorned(folded),
        contact_only=contact_only,
        # a part the listing says comes with the item, missing from the box: the listing is right, the box is not
        not_as_described=not_as_described(folded)
        and not (("missing_part" in faults or "send_missing" in requests) and LISTING_PROMISES_A_PART.search(folded)),
        late_delivery=late_delivery(folded),
        ordered_to_compare=bool(ORDERED_TO_COMPARE.search(folded)),
        # (an exchange asked of an item whose design is disliked is for another design)
        other_version="exchange" in requests and (bool(OTHER_VERSION.search(folded)) or "design" in unfixable),
        cut_instead="cut" in unfixable and bool(regex(CUT_INSTEAD_OF_SIZE).search(folded)),
        # "I don't want an exchange to a different colour, just a bigger size": a size asked is no refund preferred
        # ... and a size, a way or an exchange given up for the money asked after it is the money preferred
        refund_preferred=(refund_preferred(folded) or bool(given_up or ways_given_up) or exchange_given_up(folded))
        and not (wanted or direction),
        other_size_ordered=bool(reordered)
        and not (wanted or direction or {"exchange", "replacement"} & set(requests) or "cut" in unfixable),
        quality_complaint=quality_complaint(folded),
        service_complaint=service_complaint(folded),
        service_praised=service_praised(folded),
        packaging_complaint=packaging_complaint(folded),
        poorly_packed=poorly_packed(folded),
        deeply_upset=deeply_upset(folded),
        not_heard=not_heard(folded),
        gift_received=gift_received(folded),
        belongings_damaged=belongings_damaged(folded),
        counterfeit=counterfeit(folded),
        collection_missed=collection_missed,
        # not the customer's own mistake again ("I ordered the wrong size again, my fault")
        repeated=bool(REPEATED.search(folded)) and not said_own,
        # not denied just before ("but not too late for the wedding", « pas trop tard pour le mariage »)
        # nor said not to matter just after ("Came after my birthday, which is fine")
        # ... or the day of an occasion told, and the parcel come on a later day ("The wedding was on Saturday, the
        # dress arrived Tuesday")
        occasion_missed=any(
            not denied(folded, missed, NEGATION_IN_CLAUSE) and day_missed(folded, missed)
            for missed in occasions_missed(folded)
        )
        or occasion_day_passed(folded)
        # ... or the day the item was for told apart from its coming ("It was for my sister's wedding. ... It came on
        # the Monday after")
        or occasion_told_apart(folded),
        tracking_broken=bool(TRACKING_NOT_WORKING.search(folded)),
        express_paid=affirmed(EXPRESS_PAID, folded),
        speaks_of_fit=bool(
            wanted
            or direction
            or runs
            or reordered
            or usual_sizes
            or ordered
            or rejected
            or SPEAKS_OF_FIT.search(design_blanked(of_length))
        ),
        does_not_fit=bool(
            DOES_NOT_FIT.search(folded) or (GOES_NOT_ON_ME.search(folded) and not regex(COLOUR_WORD).search(folded))
        )
        and not (direction or wanted),
        reasons_denied=denied_reasons(folded),
        reason_of_their_own=reason_of_their_own(folded),
        fault_matter=fault_matter(folded),
        said_besides=said_besides(folded),
        own_mistake=mistake_own,
        fit_way=fit_way,
        habit_way=habit_way,
        sleeves_with_fit=sleeves_way,
        # thanks for a refund come, with nothing else asked nor wrong: no return whose state a person checks
        refund_thanked=requests == ("refund_received",)
        and not (faults or hazards or unfixable or size_said)
        and bool(THANKS.search(folded))
        and not MORE_THAN_THANKS.search(folded),
        came_as_ordered=came_in is not None,
    )
