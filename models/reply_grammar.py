"""The small grammar replies are composed from: parts, their phrase banks per language, and formatting.

A reply is a sequence of parts (`PART_ORDER`: greeting, acknowledgement, decision, facts, exchange
offer, answers to the customer's requests, a safety line, next steps, status follow-up, closing): the
message is acknowledged before anything is decided. Each part has a phrase bank per language: a few
interchangeable style variants per key (the key says *what* is said, e.g. which decision; the variant
says *how*). The drafter learns from past replies which variants worked; the words themselves only
come from here, and their `{slots}` only from the current case's facts, so nothing a past customer
wrote or was told can reach another customer.

Everything language-specific is data (`PHRASES`, `PACKING`, `ONCE_BACK`, `OTHER_SIZE`, `CLAUSES`, `ALTERNATIVES`,
`MARKERS`); the code that uses it is shared by both languages.

The item is named by `{item}` ("your dress", « votre robe ») and `{the_item}` ("the dress",
« la robe »), from `models.item_nouns` (or the catalogue name in English). Words that agree with it
are choices: `[singular|plural]` in English ("Once {the_item} [reaches|reach] us"), and in French,
which agrees in gender too, `[m.sg|f.sg|m.pl|f.pl]` (« [gardez-le|gardez-la|gardez-les|gardez-les] »),
both resolved by `agree`.
"""

from __future__ import annotations

import re
import string
import unicodedata
from datetime import date, timedelta
from functools import lru_cache

from features.call_time import CallTime
from features.text import strip_combining, visible_text

# Parts of a reply, in the order they are written: the customer's message is acknowledged before
# anything is decided, and the next steps come after every fact they depend on.
PART_ORDER: tuple[str, ...] = (
    "greeting", "empathy", "decision", "facts", "exchange", "requests", "safety", "next_steps", "status", "closing",
)  # fmt: skip

# A body that has thanked the customer (folded), which alone a sign-off may thank again ("Thanks again", « Merci
# encore »); « Merci de » before what the customer is asked to do (« Merci de nous renvoyer votre robe », « merci de
# garder le carton ») is a "please", no thanks, unlike « Merci de nous avoir signalé » or « merci de votre patience »
THANKED: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\bthank"),
    "fr": re.compile(
        r"\bmerci\b(?! de (?:nous renvoyer|renvoyer|nous le signaler|conserver|garder|ne pas|le |la |les |l')|"
        r" d'(?!avoir\b))"
    ),
}

# Parts whose variant is chosen from what worked in past replies (the others have one wording per key).
STYLED_PARTS: tuple[str, ...] = ("greeting", "empathy", "decision", "closing")

# Acknowledgements that apologise; every other one thanks without naming a fault.
APOLOGY_KEYS: frozenset[str] = frozenset(
    {
        "apology_condition",
        "apology_fault",
        "apology_missing",
        "apology_wrong_item",
        "apology_description",
        "apology_late",
        "apology_occasion",
        "apology_empty",
        "apology_not_received",
        # the policy pays for poor quality (goods must be of satisfactory quality), so it is the shop's to apologise
        # for, not feedback to thank for
        "quality",
    }
)
# Acknowledgements of a hard time the customer mentions (`features.customer_asks.HARDSHIP_KINDS`): they open
# the reply, are sorry for the customer rather than for a fault, and replace any thanks for the feedback.
SYMPATHY_KEYS: dict[str, str] = {"bereavement": "condolence", "illness": "hardship", "separation": "hardship"}
# Acknowledgements of someone hurt (`features.injury.someone_hurt`: whom and how), before anything else: sorry that
# they were hurt, never for what hurt them (no fault admitted); the one hurt is named only when the text names them
# alone ("your son"), else none is ("someone").


def hurt_key(who: str, kind: str) -> str:
    """The empathy key of someone hurt: "hurt_son", "reaction_self" (`features.injury.HURT_WHO`, `HURT_KINDS`)."""
    return f"{'reaction' if kind == 'reaction' else 'hurt'}_{who}"


def is_hurt_key(key: str) -> bool:
    """Whether an empathy key is a hurt line (`hurt_key`)."""
    return key.startswith(("hurt_", "reaction_"))


def is_sympathy_key(key: str) -> bool:
    """Whether an empathy key is sorry for the customer rather than for a fault: a hurt line, a loss, a hard time."""
    return is_hurt_key(key) or key in SYMPATHY_KEYS.values()


def opening_words(sentence: str, lang: str) -> frozenset[str]:
    """The folded words a sentence opens with, up to its first apology word: "I'm so sorry that ..." -> {"i'm", "so",
    "sorry"}, « Je suis vraiment désolé que ... » -> {"je", "suis", "vraiment", "desole"}."""
    words = []
    for word in fold(sentence).split():
        words.append(word.strip(string.punctuation.replace("'", "")))
        if word.startswith(MARKERS[lang]["apology"]):
            break
    return frozenset(words)


def after_sympathy(options: tuple[str, ...], sympathy_line: str, lang: str) -> tuple[str, ...]:
    """The wordings of an apology that may follow a line of sympathy (`is_sympathy_key`): those opening with none of
    its opening words (« Je suis vraiment désolé que votre fils se soit blessé. » and « Je suis sincèrement désolé pour
    votre perte. » are followed by « Toutes nos excuses pour ce problème ... », not « Je suis vraiment désolé du
    problème ... »; "I'm so sorry that you were hurt." by "We apologise for ...", not by "I'm really sorry ..." or
    "Sorry that ..."). Every apology has one (tests/code/test_reply_grammar.py)."""
    opening = opening_words(sympathy_line, lang)
    return tuple(option for option in options if fold(option).split()[0] not in opening)


PHRASES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "subject": {
            "free_return": ("Returning {subject_item}: free return label inside",),
            "paid_return": ("Returning {subject_item}: label and next steps",),
            "keep_item": ("Your refund for {subject_item}: no need to send [it|them] back",),
            "keep_item_payment": ("About {subject_item}: no need to send [it|them] back",),
            "manual_review": ("Your request about {subject_item}: we're on it",),
            "reject": ("Your return request for {subject_item}",),
            # the item is already sent back or refunded: no label inside, where the return stands is checked
            "already_returned": ("About {subject_item}: we are checking where your return stands",),
            "refund_thanked": ("About {subject_item}: thank you for your message",),
        },
        "greeting": {
            "named": ("Hello {first_name},", "Hi {first_name},", "Dear {first_name},"),
            "anonymous": ("Hello,", "Hi there,", "Dear customer,"),
        },
        "empathy": {
            "apology_condition": (
                "I'm really sorry that {item} [was|were] not in the condition [it|they] should have been.",
                "We apologise: {item} should have reached you in perfect order, and [it|they] did not.",
                "I'm sorry about this; it is disappointing to unpack an order and find a problem with it.",
            ),
            "apology_fault": (
                "I'm really sorry about the problem with {item}.",
                "We apologise for the trouble with {the_item}; [it is|they are] not what you should have received.",
                "I'm sorry about this; a new purchase should not cause you any trouble.",
            ),
            "apology_missing": (
                "I'm really sorry that {item} arrived without everything that should have been in the box.",
                "We apologise: everything that comes with {the_item} should have been in your parcel.",
                "I'm sorry about this; it is frustrating to unpack an order and find something missing.",
            ),
            "apology_wrong_item": (
                "I'm sorry we sent you the wrong item; that was our mistake.",
                "We apologise for the mix-up: you should have received exactly what you ordered.",
                "Sorry about this: the wrong item left our warehouse, and that is on us.",
            ),
            "apology_description": (
                "I'm sorry {item} did not match [its|their] description.",
                "We apologise: our photos and description of {the_item} set the wrong expectations.",
                "Sorry that {the_item} [is|are] not what our product page promised.",
            ),
            "apology_late": (
                "I'm sorry {item} arrived later than we promised.",
                "We apologise for the late delivery; you were counting on it and we let you down.",
                "Sorry that your parcel took longer than it should have.",
            ),
            "quality": (
                "I'm sorry {the_item} did not live up to the quality you should expect from us; your feedback goes to "
                "our product team.",
                "Sorry that {the_item} [is|are] not the quality [it|they] should be; we pass this on to our buyers.",
                "We apologise: {the_item} should have been of better quality than this.",
            ),
            "size": (
                "Thanks for letting us know {the_item} did not fit as you hoped.",
                "Finding the right size online is not always easy, so thank you for telling us how {the_item} "
                "[fits|fit].",
                "Thank you for your message about the fit of {item}.",
            ),
            "preference": (
                "Thank you for letting us know {the_item} [is|are] not quite right for you.",
                "No problem at all: sometimes an item just isn't what you were looking for.",
                "Thanks for your message about {item}.",
            ),
            "apology_empty": (
                "I'm really sorry that your parcel arrived without {item} in it.",
                "We apologise: your parcel should have had {item} in it, and it did not.",
            ),
            "apology_not_received": (
                "I'm really sorry that your parcel has not reached you.",
                "We apologise: your parcel should have reached you by now, and it has not.",
            ),
            # after a thanks for a fit or a change of mind, when the text also says the parcel came late: the lateness
            # is the shop's to apologise for, whatever the reason ("They arrived late, which was annoying, but ...")
            "apology_late_too": ("We are also sorry that [it|they] arrived later than we promised.",),
            # a late parcel that missed the day it was needed for (`CustomerAsks.occasion_missed`), in place of
            # `apology_late`
            "apology_occasion": (
                "I'm so sorry your parcel did not reach you in time for the day you needed [it|them].",
                "We apologise: your parcel did not reach you in time for the day you needed [it|them].",
            ),
            # after the reason's acknowledgement (a fit, a fault), the day missed in place of `apology_late_too`
            "apology_occasion_too": (
                "We are also sorry that your parcel did not reach you in time for the day you needed [it|them].",
            ),
            # a collection of the return that did not happen (`CustomerAsks.collection_missed`): the shop's carrier
            # failed, whatever the reason
            "apology_collection": ("We apologise that our courier did not come to collect {the_item} as planned.",),
            # after an apology the shop owes, when the text says the same mistake happened before
            "apology_again": ("We are all the more sorry as this is not the first time.",),
            # after the acknowledgement, when the text says the listing promised otherwise (`not_as_described`):
            # whatever the reason, the page is the shop's to correct; no second thanks after "Thanks for your message"
            "listing_noted": (
                "You have pointed out what our product page gets wrong: we are reporting it so the page can be "
                "checked and corrected.",
            ),
            # after the acknowledgement, when the text complains of the packaging (`packaging_complaint`)
            "packaging_noted": (
                "Thank you too for your word on the packaging: we are passing it on to our warehouse.",
            ),
            # after the acknowledgement, when the text says the item was packed too poorly or asks it packed better
            # (`poorly_packed`: "packaging was inadequate", "pack it properly this time"), in place of `packaging_noted`
            "packing_noted": (
                "We are also passing on to our warehouse what you tell us about how {the_item} [was|were] packed, so "
                "that what we send you is better protected.",
            ),
            # after the acknowledgement, when the text says the item is not genuine (`counterfeit`)
            "counterfeit_noted": (
                "You tell us {the_item} may not be genuine: we take this very seriously and are passing it on to the "
                "team that checks our products.",
            ),
            "condolence": ("I'm very sorry for your loss.",),
            "hardship": ("I'm sorry to hear you are going through such a difficult time.",),
            "hurt_self": ("I'm so sorry that you were hurt.",),
            "hurt_son": ("I'm so sorry that your son was hurt.",),
            "hurt_daughter": ("I'm so sorry that your daughter was hurt.",),
            "hurt_child": ("I'm so sorry that your child was hurt.",),
            "hurt_someone": ("I'm so sorry to hear that someone was hurt.",),
            "reaction_self": ("I'm so sorry to hear about the reaction you had.",),
            "reaction_son": ("I'm so sorry to hear about your son's reaction.",),
            "reaction_daughter": ("I'm so sorry to hear about your daughter's reaction.",),
            "reaction_child": ("I'm so sorry to hear about your child's reaction.",),
            "reaction_someone": ("I'm so sorry to hear about this reaction.",),
            # the customer's animal, hurt by the item (`features.injury.HURT_WHO`'s "pet": a collar, a harness, a toy)
            "hurt_pet": ("I'm so sorry that your pet was hurt.",),
            "reaction_pet": ("I'm so sorry to hear about your pet's reaction.",),
            # first, when the customer says earlier messages went unanswered (`features.handover`'s "unanswered"): the
            # wait is the shop's to apologise for, whatever the reason; it opens unlike any other apology, so one for
            # a fault may follow it
            "apology_wait": ("Our apologies for the long wait for an answer from us.",),
            # next, when the text doubts that a person reads its messages at all (`CustomerAsks.not_heard`: "Is anyone
            # even reading this?"): the answer to that question, before anything else is said of the item
            "heard": ("Your message has been read by a person here, and I am answering it myself.",),
            # first, when the text judges the shop's service poor (`CustomerAsks.service_complaint`): the service is the
            # shop's to apologise for, whatever the reason
            "apology_service": ("We are sorry that our service has let you down.",),
            # after the acknowledgement, when the text praises the shop's service or delivery
            # (`CustomerAsks.service_praised`) and nothing is apologised for: the kind words are not left unanswered
            "service_praised": ("We are glad to hear you were pleased with our service.",),
            # after the acknowledgement, when the text says the return has upset someone deeply
            # (`CustomerAsks.deeply_upset`: "Absolutely heartbroken it doesn't fit!"), where no sympathy line or
            # frustration line answers the feeling already; it names no fault, so it apologises for none
            "upset_noted": ("We can imagine how disappointing this is.",),
            # after the acknowledgement, when the text tells of a happy event of the customer's
            # (`CustomerAsks.celebration`: "The baby came early", "We got married last month"), where no hard time,
            # hurt or anger is answered: a person would not let it pass unremarked
            "congratulations_birth": ("Congratulations on the new arrival in your family!",),
            "congratulations_wedding": ("Congratulations on your wedding!",),
            "congratulations_engagement": ("Congratulations on your engagement!",),
            # (a baby on the way, the customer's or their partner's: "I'm pregnant", "my wife is expecting")
            "congratulations_pregnancy": ("Congratulations on the baby on the way!",),
            "congratulations_new_home": ("Congratulations on your new home!",),
            # after the acknowledgement, when the text says the item damaged the customer's own things
            # (`CustomerAsks.belongings_damaged`: "the iron stained my blouse"): the shop's to be sorry for, whatever
            # the reason read, so the checker does not read it as an apology for a fault
            "belongings_noted": (
                "We are also sorry to hear that your own belongings were damaged; if you would like us to look into "
                "that damage, just reply with a photo of it.",
            ),
            # before the acknowledgement, when the customer is angry or threatens to escalate (no apology in
            # it: the reason decides whether the shop apologises)
            # ... in its place, when the angry customer's item caught fire, sparked, burnt or otherwise endangered them
            # (`CustomerAsks.hazards`): alarm, not annoyance
            "frustration_hazard": ("I understand how alarming and upsetting this must have been.",),
            "frustration": (
                "I understand how frustrating this has been.",
                "I can see why this has been frustrating.",
                "I understand your frustration.",
            ),
            "neutral": (
                "Thank you for your message about {item}.",
                "Thanks for getting in touch about {item}.",
                "We have received your message about {item}, thank you.",
            ),
        },
        "decision": {
            "free_return": (
                "Your return is accepted and the return label is free.",
                "Good news: we have accepted your return, free of charge.",
                "We are happy to take {the_item} back, and the return costs you nothing.",
            ),
            "paid_return": (
                "Your return is accepted. {clause}",
                "We have accepted your return. {clause}",
                "We are happy to take {the_item} back. {clause}",
            ),
            # a missing part asked for (`reply_drafter.missing_part_first`): the part first, the return if it cannot
            # be sent
            "free_return_part_first": (
                "You asked us to send what was missing: a colleague will check whether we can and contact you "
                "personally. If we cannot, you can still return {the_item}: your return is accepted and the return "
                "label is free.",
            ),
            "keep_item": (
                "There is no need to send {the_item} back: please keep [it|them], and we will refund you.",
                "Good news: you can keep {the_item}, and we are refunding you anyway.",
                "Please keep {the_item}; we are refunding you without asking you to return [it|them].",
            ),
            # ... beside a disputed payment, whose money a person settles (`facts`' refund_by_person)
            "keep_item_payment": ("There is no need to send {the_item} back: please keep [it|them].",),
            "manual_review": (
                "Your request is now with our returns team, who will confirm your return options. You will hear "
                "from us by {review_by}.",
                "A member of our returns team is looking at your request personally and will reply by {review_by}.",
                "We are taking a closer look at your request before confirming the return options, and will "
                "get back to you by {review_by}.",
            ),
            # a parcel that arrived empty: nothing comes back, the delivery is checked
            "manual_review_delivery": (
                "A member of our team is looking into the delivery of your parcel and will reply by {review_by}.",
            ),
            # the item is already on its way back, or refunded: nothing goes out, where the return stands is checked
            # "sent back to us": a parcel refused at the door goes back by itself, not sent by the customer
            "manual_review_sent_back": (
                "You tell us {the_item} [has|have] already been sent back to us: a colleague is checking where your "
                "return and its refund stand and will reply by {review_by}.",
            ),
            # thanks for a refund come: nothing to check, only thanks back
            "manual_review_refund_thanked": (
                "We are glad the refund for {item} has reached you, and thank you for your kind words.",
            ),
            "manual_review_refund_received": (
                "You tell us the refund for {item} has already reached you: a colleague is checking where this "
                "return stands and will reply by {review_by}.",
            ),
            # a refund chased with no return said sent: not "already sent back", which the customer did not say
            "manual_review_refund_awaited": (
                "You tell us you are still waiting for your refund for {item}: a colleague is checking where your "
                "return and its refund stand and will reply by {review_by}.",
            ),
            "reject": (
                "Unfortunately we cannot accept this return. {clause}",
                "I'm afraid this return is not possible. {clause}",
                "We have looked at your request, but we cannot accept this return. {clause}",
            ),
        },
        "facts": {
            "refund_after_return": (
                "Once {the_item} [reaches|reach] us, we refund {refund_amount} to {refund_method} within "
                "{refund_days}; if you send [it|them] today, expect the refund between {refund_from} "
                "and {refund_to}.",
            ),
            # a collection asked for, which a colleague arranges (`requests`' pending_collect)
            "refund_after_collection": (
                "Once {the_item} [reaches|reach] us, we refund {refund_amount} to {refund_method} within "
                "{refund_days}; if [it is|they are] collected today, expect the refund between {refund_from} "
                "and {refund_to}.",
            ),
            "refund_now": (
                "The refund of {refund_amount} will reach {refund_method} between {refund_from} and {refund_to}.",
            ),
            # a payment disputed with the bank or not agreed to: no amount nor date, which a chargeback could pay twice
            "refund_by_person": (
                "As the payment itself is being looked at, the money is not paid back automatically: how it comes back "
                "to you is settled with you personally.",
            ),
            "free_label": ("The prepaid return label is attached to this email.",),
            "return_by": ("Please send {the_item} back by {return_by}.",),
            "return_by_if_returned": ("If you return {the_item}, please send [it|them] back by {return_by}.",),
        },
        "exchange": {
            # the size alone: the item's catalogue name carries the cut or fit that was returned ("the Slim Fit Jeans in
            # size 32"), and the sentence before names the item
            "with_size": (
                "If you would rather have [it|them] in {suggested_size}, just reply with the word exchange "
                "and we will send [it|them] {once_back}.",
            ),
            "other_size": (
                "If another size would suit you better, just reply with the word exchange and the size you need, "
                "and we will send it {once_back}.",
            ),
            # the customer already asked for it ("Returning for a 5.5", "XL please"): noted, not offered back. The
            # refund's amount and dates stand above, so the line says that refund is made only if the size is gone,
            # not the item and the refund both
            "asked_with_size": (
                "You asked to exchange [it|them] for {suggested_size}: we have noted it, and we will send [it|them] "
                "{once_back}; we refund you as above only if that size is no longer available.",
            ),
            # ... by a customer who would wait for it ("If the 34 isn't in stock, I'll wait"): the wait is noted, not
            # left unread beside a refund "only if that size is no longer available"
            "asked_with_size_awaited": (
                "You asked to exchange [it|them] for {suggested_size}: we have noted it, and we will send [it|them] "
                "{once_back}; we refund you as above only if that size is no longer available. You told us you would "
                "wait if it is only out of stock for now: we have noted that too.",
            ),
            "asked_other_size": (
                "You asked to exchange [it|them] for {other_size}: just reply with the size you need, and we will send "
                "it {once_back}; we refund you as above only if that size is no longer available.",
            ),
            # a size up or down asked ("Can I swap for a bigger size?"): the size sent is the shop's choice
            "asked_our_size": (
                "You asked for an exchange: we have noted it, and we will send [it|them] in {suggested_size} "
                "{once_back}; we refund you as above only if that size is no longer available. If you need a "
                "different size, just reply with it.",
            ),
            # the item ordered, asked in place of the wrong one sent ("swapped for the ones I actually ordered"): the
            # shop's mistake, so it is sent, and the refund above is made only if it can no longer be
            "asked_ordered_item": (
                "You asked for {the_item} you ordered: we have noted it, and we will send [it|them] {once_back}; we "
                "refund you as above only if [it is|they are] no longer available.",
            ),
            # ... when the item is named as the other kind that came ("your juicer"): what was ordered is not it
            "asked_ordered_other": (
                "You asked for the item you ordered: we have noted it, and we will send it {once_back}; we refund you "
                "as above only if it is no longer available.",
            ),
            # a new one asked in place of one damaged in transit: the shop's to send, the refund only without one
            "asked_new_one": (
                "You asked us to replace {the_item}: we have noted it, and we will send you [a new one|new ones] "
                "{once_back}; we refund you as above only if [it is|they are] no longer available.",
            ),
            "paid_label": (
                "Before we send [it|them], a colleague will confirm with you how the return label's cost is settled, "
                "as this return is not free.",
            ),
            # an exchange asked on a refused return: it needs the item back too
            "refused_size": (
                "As {the_item} cannot come back to us, an exchange for {asked_size} is not possible either.",
            ),
            "refused_other_size": (
                "As {the_item} cannot come back to us, an exchange for {other_size} is not possible either.",
            ),
            "refused": ("As {the_item} cannot come back to us, an exchange is not possible either.",),
        },
        "requests": {
            "email_label": ("As you asked, the return label is attached to this email.",),
            "no_printer": (
                "You do not need a printer: the parcel point prints the label from the QR code on your return page.",
            ),
            "pending_collect": ("A colleague will contact you personally about collecting {the_item} from you.",),
            # questions asked outright: the packing the policy asks for (`PACKAGING_ANSWERS`), that an exchange goes
            # out with no wait for the return (no "exchange" in these words: the checker reads that word as an offer),
            # and another version, which a colleague checks
            "packaging": ("You asked about the packaging: {packaging_answer}",),
            "exchange_time": (
                "You asked how long it takes: we do not wait for your return to reach us before we send [it|them].",
            ),
            "pending_exchange_time": (
                "You asked how long it would take: a colleague will look at this and contact you personally.",
            ),
            "pending_question": (
                "You asked whether we have {the_item} in another version: a colleague will check and contact you "
                "personally.",
            ),
            "pending_needed_soon": (
                "You told us you need it soon: a colleague will check what we can do in time and contact you "
                "personally.",
            ),
            # ... after an exchange or a replacement a colleague follows up: the same colleague, one contact
            "pending_needed_soon_too": ("You told us you need it soon: they will check what we can do in time too.",),
            # where a parcel is to be left: a colleague adds it to the next delivery (what is sent in place of the
            # item, or a later order), no promise of where the courier leaves it
            "pending_delivery_note": (
                "You gave us delivery instructions: a colleague will add them to your next delivery from us.",
            ),
            "exchange_first": (
                "You asked whether the two can cross in the post: they can, as we do not wait for your return to reach "
                "us before we send [it|them].",
            ),
            "pending_exchange_first": (
                "You asked whether we can send it before your return reaches us: a colleague will look at this and "
                "contact you personally.",
            ),
            # another product asked in its place ("swap it for something else"): a new order, which the customer places
            # (no "exchange" in these words: the checker reads that word as an offer)
            "another_item": (
                "You asked to swap {the_item} for something else: we cannot send another product in [its|their] place, "
                "but you are welcome to place a new order for the one you would like.",
            ),
            "pending_resize": (
                "You asked whether {the_item} can be resized or altered: a colleague will check and contact you "
                "personally.",
            ),
            # the damage passed on to the carrier, which the agent does: no contact with the customer needed
            "pending_tell_carrier": ("You asked us to let the courier know: a colleague will pass it on to them.",),
            "pending_refund_elsewhere": (
                "A colleague will contact you personally about your request to be refunded to another card or account.",
            ),
            "pending_person": ("A member of our team will contact you personally, as you asked.",),
            "pending_person_when": (
                "A member of our team will contact you personally, as you asked; we have noted that you would like "
                "the call {call_time}.",
            ),
            # a person asked for in words no request reads, or an escalation: no "as you asked"
            "person_handover": ("A member of our team will be in touch with you personally.",),
            # a payment disputed with the bank or made without the card holder's consent: what becomes of the money is
            # settled with the customer, so the line says what the person contacts them about
            "payment_handover": ("A member of our team will contact you personally about your payment.",),
            # where the refund goes, asked while a person reviews the return (a refund's own line says it otherwise):
            # no "refund you", which the checker reads as a refund promised
            "refund_method": ("You asked where the refund goes: a refund is always paid back to {refund_method}.",),
            # how the item was paid asked after: the payment changes nothing, and the gift card is where a refund goes
            # store credit asked instead of the money: the policy refunds the way the order was paid (no "refund
            # you", which the checker reads as a refund promised on a review)
            "store_credit": (
                "You asked for store credit instead: a refund is only ever made to the card or account you paid with.",
            ),
            # ... by a customer whose item was a gift (`CustomerAsks.gift_received`): someone else paid, so the line
            # names the order's payment, not theirs
            "store_credit_gift": (
                "You asked for store credit instead: a refund is only ever made the way the order was paid.",
            ),
            "gift_card_paid": (
                "You paid with a gift card: that changes nothing for your return or an exchange, and a refund is "
                "paid back onto the gift card, the payment method you used.",
            ),
            # requests a person settles: a label while the return is reviewed, a return without a printer where
            # parcel points cannot print, a replacement instead of the refund
            "pending_email_label": ("We will email you the return label as soon as your return is confirmed.",),
            "pending_no_printer": (
                "We have noted that you have no printer and will tell you how to send {the_item} back without one.",
            ),
            "replacement": ("That exchange is how we send you the replacement you asked for.",),
            "pending_replacement": (
                "You asked for a replacement: a colleague will look at whether we can send one and contact you "
                "personally.",
            ),
            # ... and what it means for the refund promised above
            "pending_instead_of_refund": ("If we can, what we send takes the place of the refund above.",),
            # no "exchange" in these words: the checker reads that word as an exchange offer
            "pending_exchange": (
                "You asked for {the_item} in another size, colour or version: a colleague will look at whether we can "
                "send [it|them] and contact you personally.",
            ),
            "pending_exchange_size": (
                "You asked for {the_item} in {asked_size}{cut_too}: a colleague will look at whether we can send "
                "[it|them] and contact you personally.",
            ),
            # a size up or down asked, no size named: the way asked, not "another size, colour or version"
            "pending_exchange_way": (
                "You asked for {the_item} in {other_size}{cut_too}: a colleague will look at whether we can send "
                "[it|them] and contact you personally.",
            ),
            # the petite range asked, no size named ("need the petite length"): that range, not "another size, colour
            # or version"
            "pending_exchange_petite": (
                "You asked for {the_item} in the petite range: a colleague will look at whether we can send [it|them] "
                "and contact you personally.",
            ),
            # another cut or length asked, no size named ("the regular, not the tall"): that, not "another size, colour
            # or version"
            "pending_exchange_cut": (
                "You asked for {the_item} in another cut or length: a colleague will look at whether we can send "
                "[it|them] and contact you personally.",
            ),
            "pending_refund_delivery": (
                "You asked for the delivery costs to be paid back too: a colleague will look at this and contact you "
                "personally.",
            ),
            "pending_refund_difference": (
                "You asked for the price difference to be refunded: a colleague will look at this and contact you "
                "personally.",
            ),
            "pending_return_costs": (
                "You asked for the cost of the return to be covered: a colleague will look at this and contact you "
                "personally.",
            ),
            "pending_refund_engraving": (
                "You asked for the engraving to be refunded too: a colleague will look at this and contact you "
                "personally.",
            ),
            "pending_refund_engraving_delivery": (
                "You asked for the engraving and the delivery costs to be refunded too: a colleague will look at this "
                "and contact you personally.",
            ),
            "pending_refund_customs": (
                "You told us you paid customs charges on delivery: a colleague is checking whether we should pay them "
                "back and will get in touch with you.",
            ),
            "pending_charged_twice": (
                "You tell us you were charged twice: a colleague will check your payments and contact you personally.",
            ),
            "pending_send_missing": (
                "You asked us to send what was missing: a colleague will check whether we can and contact you "
                "personally.",
            ),
        },
        "safety": {
            "electrical": ("For your safety, please unplug {the_item} and do not use [it|them] again.",),
            "stop_using": ("For your safety, please stop using {the_item} straight away.",),
            # someone else hurt by it (a child, a partner, an animal) is kept from it for their own safety: "For your
            # safety" reads as the customer's
            "stop_using_for": ("For {whose_safety} safety, please stop using {the_item} straight away.",),
            "sharp": ("Please take care: wrap any broken or sharp parts before you pack {the_item}.",),
        },
        "next_steps": {
            "send_print": (
                "Next step: print the label, pack {the_item} {packing} and drop the parcel at any parcel point.",
            ),
            "send_download": (
                "Next step: download the label from your return page, pack {the_item} {packing} and drop the "
                "parcel at any parcel point.",
            ),
            "send_qr": ("Next step: pack {the_item} {packing} and take the parcel to any parcel point.",),
            "send_collect": (
                "Next step: pack {the_item} {packing} and keep the parcel ready until a colleague has been in touch "
                "about the collection.",
            ),
            # no printer, and parcel points that cannot print the label: a colleague says how to send it
            "send_wait": ("Next step: pack {the_item} {packing} and keep the parcel ready until we get back to you.",),
            "keep_for_part": (
                "Next step: keep {the_item} {packing} until a colleague has been in touch about what was missing.",
            ),
            "keep_item": ("There is nothing else you need to do.",),
            # a parcel refused at the door has no proof of postage
            "sent_back": (
                "There is nothing more to send; if you have a proof of postage, please keep it until the refund has "
                "reached you.",
            ),
            "manual_review": (
                "You do not need to do anything for now; please keep {the_item} and [its|their] packaging until you "
                "hear from us.",
            ),
            "manual_review_delivery": (
                "There is nothing to send back; please keep the box and the packaging it came in until you hear "
                "from us.",
            ),
            "manual_review_not_received": (
                "There is nothing for you to send back; if the parcel turns up in the meantime, please let us know.",
            ),
            "refund_received": ("There is nothing you need to send or do for now.",),
            "refund_thanked": ("There is nothing else you need to do.",),
            "reject": ("{alternative}",),
        },
        "status": {
            "follow": (
                "You can follow your return at any time at {status_url}.",
                "The status of your return is always up to date at {status_url}.",
            ),
            "tracking_broken": (
                "Thank you for telling us our parcel tracking did not work for you: we have passed that on so it can "
                "be put right. Your return's status is at {status_url}; if that page does not work for you either, "
                "just reply to this email and we will tell you where your return stands.",
            ),
        },
        "closing": {
            "default": (
                "Best wishes,\nThe Customer Care team",
                "Kind regards,\nCustomer Care",
                "Thanks again,\nThe Customer Care team",
            ),
        },
    },
    "fr": {
        "subject": {
            "free_return": ("Retour de {subject_item} : étiquette de retour gratuite",),
            "paid_return": ("Retour de {subject_item} : étiquette et prochaines étapes",),
            "keep_item": ("Votre remboursement pour {subject_item} : inutile de nous [le|la|les|les] renvoyer",),
            "keep_item_payment": ("Au sujet de {subject_item} : inutile de nous [le|la|les|les] renvoyer",),
            "manual_review": ("Votre demande concernant {subject_item} : nous nous en occupons",),
            "reject": ("Votre demande de retour pour {subject_item}",),
            "already_returned": ("Au sujet de {subject_item} : nous vérifions où en est votre retour",),
            "refund_thanked": ("Au sujet de {subject_item} : merci pour votre message",),
        },
        "greeting": {
            "named": ("Bonjour {first_name},",),
            "anonymous": ("Bonjour,",),
        },
        "empathy": {
            "apology_condition": (
                "Je suis vraiment désolé que {item} ne vous [soit|soit|soient|soient] pas [parvenu|parvenue|parvenus|"
                "parvenues] en parfait état.",
                "Toutes nos excuses : {item} [aurait|aurait|auraient|auraient] dû vous parvenir en parfait état.",
                "Nous sommes désolés : recevoir une commande qui n'est pas en parfait état est très décevant.",
            ),
            "apology_fault": (
                "Je suis vraiment désolé du problème que vous rencontrez avec {item}.",
                # not « ... aurait dû vous donner satisfaction »: the plainest apology after a hurt (`after_sympathy`),
                # where a customer's satisfaction is not what is at stake
                "Toutes nos excuses pour le problème rencontré avec {item}.",
                "Nous sommes désolés : il est très décevant qu'un achat récent pose déjà problème.",
            ),
            "apology_missing": (
                "Je suis vraiment désolé que {item} vous [soit parvenu incomplet|soit parvenue incomplète|"
                "soient parvenus incomplets|soient parvenues incomplètes].",
                "Toutes nos excuses : tout ce qui accompagne {item} aurait dû se trouver dans votre colis.",
                "Nous sommes désolés : il est très décevant de déballer une commande et de constater qu'il manque "
                "quelque chose.",
            ),
            "apology_wrong_item": (
                "Je suis désolé que nous vous ayons envoyé le mauvais article : c'est notre erreur.",
                "Toutes nos excuses pour cette erreur : vous auriez dû recevoir exactement ce que vous avez commandé.",
                "Désolé, le mauvais article est parti de notre entrepôt, et c'est de notre faute.",
            ),
            "apology_description": (
                "Je suis désolé que {item} ne [corresponde|corresponde|correspondent|correspondent] pas à "
                "[sa|sa|leur|leur] description.",
                "Toutes nos excuses : nos photos et notre description vous ont donné une idée inexacte de {item}.",
                "Désolé que {item} ne [soit|soit|soient|soient] pas [conforme|conforme|conformes|conformes] à ce que "
                "promettait notre fiche produit.",
            ),
            "apology_late": (
                "Je suis désolé que {item} [soit arrivé|soit arrivée|soient arrivés|soient arrivées] plus tard que "
                "prévu.",
                "Toutes nos excuses pour ce retard de livraison ; vous comptiez dessus et nous vous avons déçu.",
                "Désolé que votre colis ait mis plus de temps que prévu.",
            ),
            "quality": (
                "Je suis désolé que {item} n'[ait|ait|aient|aient] pas été à la hauteur de la qualité que vous étiez "
                "en droit d'attendre ; votre avis est transmis à notre équipe produit.",
                "Toutes nos excuses : {item} n'[est|est|sont|sont] pas de la qualité attendue ; nous transmettons "
                "votre retour à nos acheteurs.",
                "Nous sommes désolés : la qualité de {item} n'est pas celle que vous deviez recevoir.",
            ),
            "size": (
                "Merci de nous avoir signalé que {item} ne vous [allait|allait|allaient|allaient] pas comme prévu.",
                "Trouver la bonne taille en ligne n'est pas toujours simple : merci de nous dire comment {item} "
                "[taille|taille|taillent|taillent].",
                "Merci pour votre message au sujet de la taille de {item}.",
            ),
            "preference": (
                "Merci de nous avoir prévenus que {item} ne vous [convient|convient|conviennent|conviennent] pas "
                "tout à fait.",
                "Aucun problème : il arrive qu'un article ne soit pas ce que l'on cherchait.",
                "Merci pour votre message au sujet de {item}.",
            ),
            "apology_empty": (
                "Je suis vraiment désolé que votre colis vous soit parvenu sans {item}.",
                "Toutes nos excuses : {item} [aurait|aurait|auraient|auraient] dû se trouver dans votre colis.",
            ),
            "apology_not_received": (
                "Je suis vraiment désolé que votre colis ne vous soit pas parvenu.",
                "Toutes nos excuses : votre colis aurait dû vous parvenir, et ce n'est pas le cas.",
            ),
            "apology_late_too": ("Toutes nos excuses aussi pour le retard de livraison.",),
            "apology_occasion": (
                "Je suis vraiment désolé que votre colis ne vous soit pas parvenu à temps pour le jour où vous en "
                "aviez besoin.",
                "Toutes nos excuses : votre colis ne vous est pas parvenu à temps pour le jour où vous en aviez "
                "besoin.",
            ),
            "apology_occasion_too": (
                "Toutes nos excuses aussi : votre colis ne vous est pas parvenu à temps pour le jour où vous en aviez "
                "besoin.",
            ),
            "apology_collection": (
                "Toutes nos excuses : notre transporteur n'est pas venu chercher {the_item} comme prévu.",
            ),
            "apology_again": ("Nous en sommes d'autant plus désolés que ce n'est pas la première fois.",),
            "listing_noted": (
                "Vous nous signalez ce que notre fiche produit indique à tort : nous le faisons remonter pour qu'elle "
                "soit vérifiée et corrigée.",
            ),
            "packaging_noted": (
                "Merci aussi pour votre remarque sur l'emballage : nous la transmettons à notre entrepôt.",
            ),
            "packing_noted": (
                "Nous transmettons aussi à notre entrepôt ce que vous nous dites de l'emballage, pour que nos envois "
                "vous parviennent mieux protégés.",
            ),
            "counterfeit_noted": (
                "Vous nous signalez que {the_item} ne [serait|serait|seraient|seraient] pas "
                "[authentique|authentique|authentiques|authentiques] : nous prenons ce signalement très au sérieux et "
                "le transmettons à l'équipe qui contrôle nos produits.",
            ),
            "condolence": ("Je suis sincèrement désolé pour votre perte.",),
            "hardship": ("Je suis désolé d'apprendre que vous traversez une période si difficile.",),
            "hurt_self": ("Je suis vraiment désolé que vous vous soyez fait mal.",),
            "hurt_son": ("Je suis vraiment désolé que votre fils se soit blessé.",),
            "hurt_daughter": ("Je suis vraiment désolé que votre fille se soit blessée.",),
            "hurt_child": ("Je suis vraiment désolé que votre enfant se soit fait mal.",),
            "hurt_someone": ("Je suis vraiment désolé d'apprendre cette blessure.",),
            "reaction_self": ("Je suis vraiment désolé d'apprendre que vous avez fait une réaction.",),
            "reaction_son": ("Je suis vraiment désolé d'apprendre que votre fils a fait une réaction.",),
            "reaction_daughter": ("Je suis vraiment désolé d'apprendre que votre fille a fait une réaction.",),
            "reaction_child": ("Je suis vraiment désolé d'apprendre que votre enfant a fait une réaction.",),
            "reaction_someone": ("Je suis vraiment désolé d'apprendre cette réaction.",),
            "hurt_pet": ("Je suis vraiment désolé que votre animal se soit blessé.",),
            "reaction_pet": ("Je suis vraiment désolé d'apprendre que votre animal a fait une réaction.",),
            "apology_wait": ("Veuillez nous excuser de vous avoir fait attendre notre réponse.",),
            "heard": ("Votre message a bien été lu par une personne de notre service, et c'est moi qui vous réponds.",),
            "apology_service": ("Nous sommes désolés que notre service vous ait déçu.",),
            "service_praised": ("Nous sommes ravis que notre service vous ait plu.",),
            "upset_noted": ("Nous imaginons bien votre déception.",),
            "congratulations_birth": ("Toutes nos félicitations pour cette naissance !",),
            "congratulations_wedding": ("Toutes nos félicitations pour votre mariage !",),
            "congratulations_engagement": ("Toutes nos félicitations pour vos fiançailles !",),
            "congratulations_pregnancy": ("Toutes nos félicitations pour le bébé à venir !",),
            "congratulations_new_home": ("Toutes nos félicitations pour votre nouveau logement !",),
            "belongings_noted": (
                "Nous regrettons aussi que vos propres affaires aient été abîmées ; si vous souhaitez que nous "
                "examinions ces dégâts, répondez-nous simplement avec une photo.",
            ),
            "frustration_hazard": ("Je comprends à quel point cela a dû vous inquiéter et vous contrarier.",),
            "frustration": (
                "Je comprends tout à fait votre agacement.",
                "Je comprends que cette situation soit agaçante.",
                "Je comprends votre mécontentement.",
            ),
            "neutral": (
                "Merci pour votre message au sujet de {item}.",
                "Merci de nous avoir contactés au sujet de {item}.",
                "Nous avons bien reçu votre message concernant {item}, merci.",
            ),
        },
        "decision": {
            "free_return": (
                "Votre retour est accepté et l'étiquette de retour est gratuite.",
                "Bonne nouvelle : nous acceptons votre retour, sans frais pour vous.",
                "Nous reprenons volontiers {item}, et le retour ne vous coûte rien.",
            ),
            "paid_return": (
                "Votre retour est accepté. {clause}",
                "Nous avons accepté votre retour. {clause}",
                "Nous reprenons volontiers {item}. {clause}",
            ),
            "free_return_part_first": (
                "Vous nous demandez d'envoyer ce qui manquait : un conseiller vérifiera si c'est possible et vous "
                "contactera personnellement. Si ce n'est pas possible, vous pourrez toujours nous renvoyer {item} : "
                "votre retour est accepté et l'étiquette de retour est gratuite.",
            ),
            "keep_item": (
                "Inutile de nous renvoyer {item} : [gardez-le|gardez-la|gardez-les|gardez-les], nous vous remboursons.",
                "Bonne nouvelle : vous pouvez garder {item}, et nous vous remboursons quand même.",
                "Gardez {item} ; nous vous remboursons sans vous demander de [le|la|les|les] renvoyer.",
            ),
            "keep_item_payment": ("Inutile de nous renvoyer {item} : [gardez-le|gardez-la|gardez-les|gardez-les].",),
            "manual_review": (
                "Votre demande est entre les mains de notre équipe retours, qui vous confirmera les options de "
                "retour. Vous aurez de nos nouvelles d'ici le {review_by}.",
                "Un membre de notre équipe retours examine personnellement votre demande et vous répondra d'ici "
                "le {review_by}.",
                "Nous examinons votre demande avec attention avant de confirmer les options de retour, et nous "
                "revenons vers vous d'ici le {review_by}.",
            ),
            "manual_review_delivery": (
                "Un membre de notre équipe vérifie la livraison de votre colis et vous répondra d'ici le {review_by}.",
            ),
            "manual_review_sent_back": (
                "Vous nous indiquez que {item} nous [a déjà été renvoyé|a déjà été renvoyée|ont déjà été renvoyés|"
                "ont déjà été renvoyées] : un conseiller vérifie où en sont votre retour et son remboursement et vous "
                "répondra d'ici le {review_by}.",
            ),
            "manual_review_refund_thanked": (
                "Nous sommes ravis que le remboursement pour {item} vous soit bien parvenu, et merci pour votre gentil "
                "message.",
            ),
            "manual_review_refund_received": (
                "Vous nous indiquez que votre remboursement pour {item} vous est déjà parvenu : un conseiller vérifie "
                "où en est ce retour et vous répondra d'ici le {review_by}.",
            ),
            "manual_review_refund_awaited": (
                "Vous nous indiquez que vous attendez toujours votre remboursement pour {item} : un conseiller vérifie "
                "où en sont votre retour et son remboursement et vous répondra d'ici le {review_by}.",
            ),
            "reject": (
                "Malheureusement, nous ne pouvons pas accepter ce retour. {clause}",
                "Nous sommes au regret de ne pas pouvoir accepter ce retour. {clause}",
                "Nous avons examiné votre demande, mais ce retour n'est pas possible. {clause}",
            ),
        },
        "facts": {
            "refund_after_return": (
                "Dès que {item} nous [parvient|parvient|parviennent|parviennent], nous remboursons {refund_amount} sur "
                "{refund_method} sous {refund_days} ; si vous [l'envoyez|l'envoyez|les envoyez|"
                "les envoyez] aujourd'hui, comptez un remboursement entre le {refund_from} et le {refund_to}.",
            ),
            "refund_after_collection": (
                "Dès que {item} nous [parvient|parvient|parviennent|parviennent], nous remboursons {refund_amount} sur "
                "{refund_method} sous {refund_days} ; [s'il est enlevé|si elle est enlevée|s'ils sont enlevés|"
                "si elles sont enlevées] aujourd'hui, comptez un remboursement entre le {refund_from} et le "
                "{refund_to}.",
            ),
            "refund_now": (
                "Le remboursement de {refund_amount} arrivera sur {refund_method} entre le "
                "{refund_from} et le {refund_to}.",
            ),
            "refund_by_person": (
                "Comme votre paiement lui-même est en cours d'examen, l'argent ne vous est pas rendu automatiquement : "
                "la façon dont il vous revient est réglée avec vous personnellement.",
            ),
            "free_label": ("L'étiquette de retour prépayée est jointe à cet e-mail.",),
            "return_by": ("Merci de nous renvoyer {item} au plus tard le {return_by}.",),
            "return_by_if_returned": (
                "Si vous nous [le|la|les|les] renvoyez, merci de le faire au plus tard le {return_by}.",
            ),
        },
        "exchange": {
            "with_size": (
                "Si vous [le|la|les|les] préférez en {suggested_size}, répondez simplement avec le mot « échange » "
                "et nous vous [l'enverrons|l'enverrons|les enverrons|les enverrons] {once_back}.",
            ),
            "other_size": (
                "Si une autre taille vous convient mieux, répondez simplement avec le mot « échange » et la taille "
                "souhaitée : nous l'enverrons {once_back}.",
            ),
            "asked_with_size": (
                "Vous souhaitez un échange en {suggested_size} : c'est noté, et nous vous [l'enverrons|l'enverrons|"
                "les enverrons|les enverrons] {once_back} ; nous ne vous remboursons comme indiqué ci-dessus que si "
                "cette taille n'est plus disponible.",
            ),
            "asked_with_size_awaited": (
                "Vous souhaitez un échange en {suggested_size} : c'est noté, et nous vous [l'enverrons|l'enverrons|"
                "les enverrons|les enverrons] {once_back} ; nous ne vous remboursons comme indiqué ci-dessus que si "
                "cette taille n'est plus disponible. Vous préférez attendre si elle est seulement en rupture pour le "
                "moment : c'est noté aussi.",
            ),
            "asked_other_size": (
                "Vous souhaitez un échange dans {other_size} : répondez simplement avec la taille qu'il vous faut, "
                "et nous l'enverrons {once_back} ; nous ne vous remboursons comme indiqué ci-dessus que si cette "
                "taille n'est plus disponible.",
            ),
            "asked_our_size": (
                "Vous souhaitez un échange : c'est noté, et nous vous [l'enverrons|l'enverrons|les enverrons|les "
                "enverrons] en {suggested_size} {once_back} ; nous ne vous remboursons comme indiqué ci-dessus que si "
                "cette taille n'est plus disponible. S'il vous faut une autre taille, répondez-nous simplement en "
                "l'indiquant.",
            ),
            "asked_ordered_item": (
                "Vous souhaitez recevoir {the_item} que vous aviez [commandé|commandée|commandés|commandées] : c'est "
                "noté, et nous vous [l'enverrons|l'enverrons|les enverrons|les enverrons] {once_back} ; nous ne vous "
                "remboursons comme indiqué ci-dessus que [s'il n'est|si elle n'est|s'ils ne sont|si elles ne sont] "
                "plus [disponible|disponible|disponibles|disponibles].",
            ),
            "asked_ordered_other": (
                "Vous souhaitez recevoir l'article que vous aviez commandé : c'est noté, et nous vous l'enverrons "
                "{once_back} ; nous ne vous remboursons comme indiqué ci-dessus que s'il n'est plus disponible.",
            ),
            "asked_new_one": (
                "Vous souhaitez que nous remplacions {the_item} : c'est noté, et nous vous en enverrons [un autre|une "
                "autre|d'autres|d'autres] {once_back} ; nous ne vous remboursons comme indiqué ci-dessus que [s'il "
                "n'est|si elle n'est|s'ils ne sont|si elles ne sont] plus [disponible|disponible|disponibles|"
                "disponibles].",
            ),
            "paid_label": (
                "Avant de vous [l'envoyer|l'envoyer|les envoyer|les envoyer], un conseiller vous confirmera comment le "
                "coût de l'étiquette de retour est réglé, ce retour n'étant pas gratuit.",
            ),
            "refused_size": (
                "Comme {item} ne [peut|peut|peuvent|peuvent] pas nous être [renvoyé|renvoyée|renvoyés|renvoyées], "
                "un échange en {asked_size} n'est pas possible non plus.",
            ),
            "refused_other_size": (
                "Comme {item} ne [peut|peut|peuvent|peuvent] pas nous être [renvoyé|renvoyée|renvoyés|renvoyées], "
                "un échange dans {other_size} n'est pas possible non plus.",
            ),
            "refused": (
                "Comme {item} ne [peut|peut|peuvent|peuvent] pas nous être [renvoyé|renvoyée|renvoyés|renvoyées], "
                "un échange n'est pas possible non plus.",
            ),
        },
        "requests": {
            "email_label": ("Comme vous nous l'avez demandé, l'étiquette de retour est jointe à cet e-mail.",),
            "no_printer": (
                "Pas besoin d'imprimante : le point relais imprime l'étiquette à partir du QR code de votre page de "
                "retour.",
            ),
            "pending_collect": (
                "Un conseiller vous contactera personnellement pour organiser l'enlèvement de {item}.",
            ),
            "packaging": ("Vous nous interrogez sur l'emballage : {packaging_answer}",),
            "exchange_time": (
                "Vous demandez combien de temps cela prend : nous n'attendons pas que votre retour nous parvienne pour "
                "vous [l'envoyer|l'envoyer|les envoyer|les envoyer].",
            ),
            "pending_exchange_time": (
                "Vous demandez combien de temps cela prendrait : un conseiller regardera et vous contactera "
                "personnellement.",
            ),
            "pending_question": (
                "Vous demandez si nous avons {the_item} dans une autre version : un conseiller vérifiera et vous "
                "contactera personnellement.",
            ),
            "pending_needed_soon": (
                "Vous nous dites en avoir besoin rapidement : un conseiller regardera ce que nous pouvons faire à "
                "temps et vous contactera personnellement.",
            ),
            "pending_needed_soon_too": (
                "Vous nous dites en avoir besoin rapidement : il regardera aussi ce que nous pouvons faire à temps.",
            ),
            "pending_delivery_note": (
                "Vous nous avez donné des instructions de livraison : un conseiller les ajoutera à votre prochaine "
                "livraison.",
            ),
            "exchange_first": (
                "Vous demandez si les deux envois peuvent se croiser : oui, nous n'attendons pas que votre retour nous "
                "parvienne pour vous [l'envoyer|l'envoyer|les envoyer|les envoyer].",
            ),
            "pending_exchange_first": (
                "Vous demandez si nous pouvons l'envoyer avant que votre retour nous parvienne : un conseiller "
                "regardera et vous contactera personnellement.",
            ),
            "another_item": (
                "Vous souhaitez un autre article à la place de {item} : nous ne pouvons pas envoyer un autre produit "
                "en remplacement, mais vous pouvez passer une nouvelle commande pour celui qui vous plaît.",
            ),
            "pending_resize": (
                "Vous demandez si {the_item} [peut|peut|peuvent|peuvent] être [ajusté|ajustée|ajustés|ajustées] ou "
                "[retouché|retouchée|retouchés|retouchées] : un conseiller vérifiera et vous contactera "
                "personnellement.",
            ),
            "pending_tell_carrier": (
                "Vous nous demandez de prévenir le transporteur : un conseiller le lui signalera.",
            ),
            "pending_refund_elsewhere": (
                "Un conseiller vous contactera personnellement au sujet de votre demande de remboursement sur une "
                "autre carte ou un autre compte.",
            ),
            "pending_person": ("Un membre de notre équipe vous contactera personnellement, comme vous le souhaitez.",),
            "pending_person_when": (
                "Un membre de notre équipe vous contactera personnellement, comme vous le souhaitez ; nous avons noté "
                "de vous appeler de préférence {call_time}.",
            ),
            "person_handover": ("Un membre de notre équipe reviendra vers vous personnellement.",),
            "payment_handover": (
                "Un membre de notre équipe vous contactera personnellement au sujet de votre paiement.",
            ),
            "refund_method": ("Vous demandez où arrive le remboursement : il est toujours versé sur {refund_method}.",),
            "store_credit": (
                "Vous souhaitez un avoir : un remboursement se fait uniquement sur le moyen de paiement utilisé pour "
                "la commande.",
            ),
            "store_credit_gift": (
                "Vous souhaitez un avoir : un remboursement se fait uniquement de la façon dont la commande a été "
                "payée.",
            ),
            "gift_card_paid": (
                "Vous avez payé avec une carte cadeau : cela ne change rien pour votre retour ni pour un échange, et "
                "un remboursement est fait sur la carte cadeau, le moyen de paiement utilisé.",
            ),
            "pending_email_label": (
                "Nous vous enverrons l'étiquette de retour par e-mail dès que votre retour sera confirmé.",
            ),
            "pending_no_printer": (
                "Nous avons bien noté que vous n'avez pas d'imprimante et vous dirons comment renvoyer {item} sans "
                "imprimante.",
            ),
            "replacement": ("C'est par cet échange que nous vous enverrons le remplacement demandé.",),
            "pending_replacement": (
                "Vous demandez un remplacement : un conseiller regardera si nous pouvons vous en envoyer un et vous "
                "contactera personnellement.",
            ),
            "pending_instead_of_refund": ("Si c'est possible, cet envoi remplace le remboursement indiqué ci-dessus.",),
            "pending_exchange": (
                "Vous souhaitez recevoir {item} dans une autre taille, couleur ou version : un conseiller regardera si "
                "c'est possible et vous contactera personnellement.",
            ),
            "pending_exchange_size": (
                "Vous souhaitez recevoir {item} en {asked_size}{cut_too} : un conseiller regardera si c'est possible "
                "et vous contactera personnellement.",
            ),
            "pending_exchange_way": (
                "Vous souhaitez recevoir {item} dans {other_size}{cut_too} : un conseiller regardera si c'est possible "
                "et vous contactera personnellement.",
            ),
            "pending_exchange_petite": (
                "Vous souhaitez recevoir {item} en version petite : un conseiller regardera si c'est possible et vous "
                "contactera personnellement.",
            ),
            "pending_exchange_cut": (
                "Vous souhaitez recevoir {item} dans une autre coupe ou longueur : un conseiller regardera si c'est "
                "possible et vous contactera personnellement.",
            ),
            "pending_refund_delivery": (
                "Vous demandez aussi qu'on vous rembourse les frais de livraison : un conseiller examinera ce point et "
                "vous contactera personnellement.",
            ),
            "pending_refund_difference": (
                "Vous demandez qu'on vous rembourse la différence de prix : un conseiller examinera ce point et vous "
                "contactera personnellement.",
            ),
            "pending_return_costs": (
                "Vous demandez que les frais de retour soient pris en charge : un conseiller examinera ce point et "
                "vous contactera personnellement.",
            ),
            "pending_refund_engraving": (
                "Vous demandez aussi le remboursement de la gravure : un conseiller examinera ce point et vous "
                "contactera personnellement.",
            ),
            "pending_refund_engraving_delivery": (
                "Vous demandez aussi le remboursement de la gravure et des frais de livraison : un conseiller "
                "examinera ce point et vous contactera personnellement.",
            ),
            "pending_refund_customs": (
                "Vous nous dites avoir payé des frais de douane à la livraison : un conseiller vérifie s'il nous "
                "revient de vous les rembourser et reviendra vers vous.",
            ),
            "pending_charged_twice": (
                "Vous nous signalez un double débit : un conseiller vérifiera vos paiements et vous contactera "
                "personnellement.",
            ),
            "pending_send_missing": (
                "Vous nous demandez d'envoyer ce qui manquait : un conseiller vérifiera si c'est possible et vous "
                "contactera personnellement.",
            ),
        },
        "safety": {
            "electrical": (
                "Pour votre sécurité, débranchez {the_item} et ne [l'utilisez|l'utilisez|les utilisez|les utilisez] "
                "plus.",
            ),
            "stop_using": ("Pour votre sécurité, cessez tout de suite d'utiliser {the_item}.",),
            "stop_using_for": ("Pour la sécurité {whose_safety}, cessez tout de suite d'utiliser {the_item}.",),
            "sharp": ("Attention : enveloppez les morceaux cassés ou coupants avant d'emballer {the_item}.",),
        },
        "next_steps": {
            "send_print": (
                "Prochaine étape : imprimez l'étiquette, emballez {the_item} {packing} et déposez le colis dans un "
                "point relais.",
            ),
            "send_download": (
                "Prochaine étape : téléchargez l'étiquette depuis votre page de retour, emballez {the_item} {packing} "
                "et déposez le colis dans un point relais.",
            ),
            "send_qr": ("Prochaine étape : emballez {the_item} {packing} et déposez le colis dans un point relais.",),
            "send_collect": (
                "Prochaine étape : emballez {the_item} {packing} et gardez le colis prêt jusqu'à ce qu'un conseiller "
                "vous ait contacté au sujet de l'enlèvement.",
            ),
            "send_wait": (
                "Prochaine étape : emballez {the_item} {packing} et gardez le colis prêt jusqu'à ce que nous "
                "revenions vers vous.",
            ),
            "keep_for_part": (
                "Prochaine étape : gardez {the_item} {packing} jusqu'à ce qu'un conseiller vous ait contacté au sujet "
                "de ce qui manquait.",
            ),
            "keep_item": ("Vous n'avez rien d'autre à faire.",),
            "sent_back": (
                "Vous n'avez plus rien à envoyer ; si vous avez une preuve de dépôt, merci de la garder jusqu'à ce que "
                "le remboursement vous parvienne.",
            ),
            "manual_review": (
                "Vous n'avez rien à faire pour le moment ; merci de garder {the_item} et [son|son|leur|leur] emballage "
                "jusqu'à notre réponse.",
            ),
            "manual_review_delivery": (
                "Vous n'avez rien à nous renvoyer ; merci de garder le carton et l'emballage reçus jusqu'à notre "
                "réponse.",
            ),
            "manual_review_not_received": (
                "Vous n'avez rien à nous renvoyer ; si le colis arrive entre-temps, merci de nous le signaler.",
            ),
            "refund_received": ("Vous n'avez rien à envoyer ni à faire pour le moment.",),
            "refund_thanked": ("Vous n'avez rien d'autre à faire.",),
            "reject": ("{alternative}",),
        },
        "status": {
            "follow": (
                "Vous pouvez suivre votre retour à tout moment sur {status_url}.",
                "Le statut de votre retour est toujours à jour sur {status_url}.",
            ),
            "tracking_broken": (
                "Merci de nous avoir signalé que notre suivi de colis ne fonctionnait pas : nous l'avons transmis pour "
                "qu'il soit réparé. Le statut de votre retour est sur {status_url} ; si cette page ne fonctionne pas "
                "non plus pour vous, répondez simplement à cet e-mail et nous vous dirons où en est votre retour.",
            ),
        },
        "closing": {
            "default": (
                "Bien cordialement,\nLe service client",
                "Cordialement,\nLe service client",
                "Merci encore,\nLe service client",
            ),
        },
    },
}

# When the shop sends what a return is exchanged for (another size, the item ordered, a new one): once the customer
# has sent the item back, or once it is collected where the collection the customer asked for is the way back.
ONCE_BACK: dict[str, dict[str, str]] = {
    "en": {
        "sent": "as soon as your return is on its way",
        "collected": "as soon as your return is collected",
    },
    "fr": {
        "sent": "dès que votre retour sera en route",
        "collected": "dès que votre retour aura été enlevé",
    },
}

# The size an exchange asked for without naming it is in: the way the customer said ("I'll go up a size": a larger
# one; half a size, `CustomerAsks.half_size`, a shoe's half size that way), else another
# (`CustomerAsks.size_direction`; "next", a way unsaid, is another).
OTHER_SIZE: dict[str, dict[str, str]] = {
    "en": {"up": "a larger size", "down": "a smaller size", "half_up": "a half size larger",
           "half_down": "a half size smaller", "other": "another size"},
    "fr": {"up": "une taille plus grande", "down": "une taille plus petite", "half_up": "une demi-pointure plus grande",
           "half_down": "une demi-pointure plus petite", "other": "une autre taille"},
}  # fmt: skip
# Another cut asked with the size ("a bigger size, going for the regular fit") or as the other choice of it ("half a
# size up, or a wide fit if you have one": `CustomerAsks.cut_instead`), said after it
CUT_TOO: dict[str, dict[str, str]] = {
    "en": {"and": " and in another fit", "or": " or in another fit"},
    "fr": {"and": " et dans une autre coupe", "or": " ou dans une autre coupe"},
}

# How to pack an item for its return, by the kind of goods (`packing_key`): tags for clothing, the box
# for shoes, accessories and packaging for electronics, unopened for sealed goods.
PACKING: dict[str, dict[str, str]] = {
    "en": {
        "clothing": "with [its|their] tags still attached",
        "shoes": "in [its|their] original box",
        "fashion_accessory": "with any tags and dust bag [it|they] came with",
        "electrical": "with all [its|their] accessories and cables in the original packaging",
        "sealed": "unopened, with [its|their] seal intact",
        "household": "carefully (in [its|their] original packaging, if you still have it)",
    },
    "fr": {
        "clothing": "avec [ses|ses|leurs|leurs] étiquettes",
        "shoes": "dans [sa|sa|leur|leur] boîte d'origine",
        "fashion_accessory": "avec [ses|ses|leurs|leurs] étiquettes et, le cas échéant, [sa|sa|leur|leur] housse",
        "electrical": "avec tous [ses|ses|leurs|leurs] accessoires et câbles dans l'emballage d'origine",
        "sealed": "sans [l'ouvrir|l'ouvrir|les ouvrir|les ouvrir], avec [son|son|leur|leur] scellé intact",
        "household": "avec soin (dans [son|son|leur|leur] emballage d'origine, si vous l'avez encore)",
    },
}
# The answer to a question about the packaging (`CustomerAsks.requests`' packaging): what `PACKING` asks, said as
# whether the original packaging is needed; worded unlike the next step's packing, which the same draft says.
PACKAGING_ANSWERS: dict[str, dict[str, str]] = {
    "en": {
        "clothing": "you do not need the original packaging; any bag or box will do, with the tags still attached.",
        "shoes": "please send [it|them] back in the original box.",
        "fashion_accessory": "you do not need the original packaging, only the tags and the dust bag, if any.",
        "electrical": "please keep the original packaging and send [it|them] back in it, with all [its|their] "
        "accessories.",
        "sealed": "please keep [it|them] sealed: [it|they] can only come back unopened.",
        "household": "the original packaging is best, but any sturdy box will do.",
    },
    "fr": {
        "clothing": "l'emballage d'origine n'est pas nécessaire ; un sac ou un carton suffit, avec les étiquettes.",
        "shoes": "merci de [le|la|les|les] renvoyer dans la boîte d'origine.",
        "fashion_accessory": "l'emballage d'origine n'est pas nécessaire ; ajoutez simplement les étiquettes et la "
        "housse fournies, le cas échéant.",
        "electrical": "merci de conserver l'emballage d'origine, dans lequel [il|elle|ils|elles] "
        "[repart|repart|repartent|repartent] avec tous [ses|ses|leurs|leurs] accessoires.",
        "sealed": "merci de ne pas [l'ouvrir|l'ouvrir|les ouvrir|les ouvrir] : [il ne peut|elle ne peut|ils ne "
        "peuvent|elles ne peuvent] revenir que [scellé|scellée|scellés|scellées].",
        "household": "l'emballage d'origine est préférable, mais un carton solide suffit.",
    },
}
_PACKING_BY_CATEGORY: dict[str, str] = {
    **dict.fromkeys(("dresses", "tops", "trousers", "jeans", "knitwear", "outerwear", "underwear"), "clothing"),
    "shoes": "shoes",
    **dict.fromkeys(("bags", "accessories"), "fashion_accessory"),
    **dict.fromkeys(("lighting", "small_appliances", "electronics"), "electrical"),
    "beauty": "sealed",
}


def packing_key(category: str) -> str:
    """Which packing instruction fits a category (`PACKING`); household goods by default."""
    return _PACKING_BY_CATEGORY.get(category, "household")


# Policy clauses in plain words, keyed by why a return is paid or refused. A paid return says why and
# what the label costs in one sentence.
CLAUSES: dict[str, dict[str, str]] = {
    "en": {
        "outside_window": "Our policy accepts returns of {category} within {window_days} days of delivery, and "
        "that period ended on {window_end}.",
        "non_returnable": "Once delivered, {category} cannot be returned.",
        "non_returnable_hygiene": "For hygiene reasons, {category} cannot be returned once delivered.",
        "non_returnable_made_to_order": "{Category} are made for you, so they cannot be returned once delivered.",
        "quota_used": "You have already used the free returns included for the current period, so the return label "
        "costs {label_fee}, taken off your refund.",
        "category_not_free": "Returns of {category} are not among our free-return categories, so the return label "
        "costs {label_fee}, taken off your refund.",
        "risk_band": "Under our returns policy this return uses a paid label, which costs {label_fee}, taken off your "
        "refund.",
        # a quota of no free returns: none was "already used"
        "no_free_returns": "Our returns policy includes no free returns in this case, so the return label costs "
        "{label_fee}, taken off your refund.",
        # a paid return whose label costs nothing in this currency: nothing is taken off, so no reason is owed
        "no_label_fee": "The return label costs you nothing.",
    },
    "fr": {
        "outside_window": "Notre politique accepte les retours {category} sous {window_days} jours après la "
        "livraison, et ce délai a pris fin le {window_end}.",
        "non_returnable": "Les retours {category} ne sont pas possibles après livraison.",
        "non_returnable_hygiene": "Pour des raisons d'hygiène, les retours {category} ne sont pas possibles après "
        "livraison.",
        "non_returnable_made_to_order": "Les retours {category} ne sont pas possibles après livraison, car ces "
        "articles sont fabriqués pour vous.",
        "quota_used": "Vous avez déjà utilisé les retours gratuits inclus pour la période en cours : l'étiquette de "
        "retour coûte donc {label_fee}, déduits de votre remboursement.",
        "category_not_free": "Les retours {category} ne font pas partie de nos retours gratuits : l'étiquette de "
        "retour coûte donc {label_fee}, déduits de votre remboursement.",
        "risk_band": "Selon notre politique de retour, ce retour se fait avec une étiquette payante, qui coûte "
        "{label_fee}, déduits de votre remboursement.",
        "no_free_returns": "Notre politique de retour ne prévoit pas de retour gratuit dans ce cas : l'étiquette de "
        "retour coûte donc {label_fee}, déduits de votre remboursement.",
        "no_label_fee": "L'étiquette de retour ne vous coûte rien.",
    },
}

# Why a category cannot be returned, where the reason is one a customer accepts; a category without one
# gets the plain clause (never a reason that does not apply, such as "personalisation" for a bra).
_NON_RETURNABLE_WHY: dict[str, str] = {
    "underwear": "non_returnable_hygiene",
    "beauty": "non_returnable_hygiene",
    "personalised": "non_returnable_made_to_order",
}


def clause_key(key: str, category: str) -> str:
    """The `CLAUSES` entry a decision's clause is written with for this category."""
    return _NON_RETURNABLE_WHY.get(category, key) if key == "non_returnable" else key


# What a refused customer can still do: a faulty item keeps its legal guarantee whatever the return window.
ALTERNATIVES: dict[str, dict[str, str]] = {
    "en": {
        "guarantee": "If {the_item} [is|are] faulty, [it is|they are] still covered by the legal guarantee: "
        "reply with a photo of the fault and we will arrange a repair or a replacement.",
        "dispute": "If you think our dates are wrong, reply with your delivery confirmation and we will gladly "
        "look again. If {the_item} [develops|develop] a fault, [it remains|they remain] covered by the legal "
        "guarantee.",
    },
    "fr": {
        "guarantee": "Si {item} [est défectueux|est défectueuse|sont défectueux|sont défectueuses], "
        "[il reste couvert|elle reste couverte|ils restent couverts|elles restent couvertes] par la garantie légale : "
        "répondez avec une photo du défaut et nous organiserons une réparation ou un remplacement.",
        "dispute": "Si vous pensez que nos dates sont erronées, répondez avec votre confirmation de livraison et "
        "nous regarderons à nouveau. Si {item} [présente|présente|présentent|présentent] un défaut, "
        "[il reste couvert|elle reste couverte|ils restent couverts|elles restent couvertes] par la garantie légale.",
    },
}

# "to_confirm": the customer asked for another card or account, which a colleague confirms first, so the
# reply must not promise the original payment method. "order_payment": the item was a gift to the customer
# (`CustomerAsks.gift_received`), who did not pay for it: the refund goes to the payment the order was made with, not
# "your original payment method".
REFUND_METHODS: dict[str, dict[str, str]] = {
    "en": {
        "original_payment": "your original payment method",
        "store_credit": "your store credit balance",
        "to_confirm": "your chosen card or account, once a colleague has confirmed it with you,",
        "order_payment": "the payment method used for the order",
    },
    "fr": {
        "original_payment": "votre moyen de paiement d'origine",
        "store_credit": "votre avoir client",
        "to_confirm": "votre carte ou compte indiqué, après confirmation avec un conseiller,",
        "order_payment": "la carte ou le compte ayant servi à payer la commande",
    },
}

# Whose safety the stop-using line names when someone else than the customer was hurt (`features.injury.HURT_WHO`):
# a child or an animal by who they are, anyone else as everyone's.
WHOSE_SAFETY: dict[str, dict[str, str]] = {
    "en": {"son": "your son's", "daughter": "your daughter's", "child": "your child's", "pet": "your pet's",
           "someone": "everyone's"},
    "fr": {"son": "de votre fils", "daughter": "de votre fille", "child": "de votre enfant", "pet": "de votre animal",
           "someone": "de tous"},
}  # fmt: skip

# Category names as a policy clause cites them: English after "returns of", French with its « de ».
CATEGORY_NAMES: dict[str, dict[str, str]] = {
    "en": {  # other English names are the category codes with spaces
        "personalised": "personalised items",
        "kitchen": "kitchenware",
        "decor": "home decoration",
        "small_appliances": "small appliances",
        "hosiery": "socks and tights",
    },
    "fr": {
        "dresses": "de robes",
        "tops": "de hauts",
        "trousers": "de pantalons",
        "jeans": "de jeans",
        "knitwear": "de pulls et gilets",  # « les retours de mailles » reads as trade jargon
        "outerwear": "de manteaux et vestes",
        "shoes": "de chaussures",
        "underwear": "de sous-vêtements",
        "swimwear": "de maillots de bain",
        "nightwear": "de vêtements de nuit",
        "hosiery": "de chaussettes et collants",
        "skirts": "de jupes",
        "jumpsuits": "de combinaisons",
        "bags": "de sacs",
        "accessories": "d'accessoires",
        "lighting": "de luminaires",
        "bedding": "de linge de lit",
        "kitchen": "d'articles de cuisine",
        "decor": "d'objets de décoration",
        "small_appliances": "de petit électroménager",
        "personalised": "d'articles personnalisés",
        "electronics": "d'appareils électroniques",
        "toys": "de jouets",
        "beauty": "de produits de beauté",
        "tools": "d'outils",
        "home": "d'articles pour la maison",
    },
}

# Phrases the checker looks for (matched on accent-free lower-case text) to verify stated facts and tone.
MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "free_label": ("label is free", "free of charge", "prepaid", "costs you nothing", "free return label"),
        "refund_promise": ("we refund", "we will refund", "refunding you", "the refund of", "refund you"),
        "apology": ("sorry", "apologise", "apologize"),
        "fraud": ("fraud", "abuse", "suspicious", "suspect", "risk score", "blacklist", "scam"),
        # a decision, which must not come before the acknowledgement
        "decision": (
            "accept",
            "cannot",
            "not possible",
            "keep",
            "refund",
            "returns team",
            "closer look",
            "happy to take",
        ),
        "tags": ("tags",),
        "accessories": ("accessories",),
        "unopened": ("unopened",),
        "safety": ("for your safety", "safety, please stop using", "take care"),
        "paid_reason": ("policy", "free returns", "free-return"),
        "risk_wording": ("not covered by free returns", "risk", "flag", "unusual", "history of returns"),
        "fault": ("sorry", "apolog", "damaged", "faulty", "defect", "wrong item", "mistake", "condition", "mix-up"),
        "email_label": ("attached to this email",),
        "no_printer": ("do not need a printer", "no printer"),
        "print": ("print the label",),
        "exchange": ("exchange",),
        "original_method": ("original payment method", "card or account you paid with"),
        "drop_off": ("drop the parcel", "take the parcel to"),
    },
    "fr": {
        "free_label": (
            "etiquette de retour est gratuite",
            "sans frais",
            "prepayee",
            "ne vous coute rien",
            "etiquette de retour gratuite",
        ),
        "refund_promise": ("nous remboursons", "nous vous remboursons", "le remboursement de", "rembourserons"),
        "apology": ("desole", "excuses", "excusez"),
        "fraud": ("fraude", "abus", "suspect", "suspicieu", "score de risque", "liste noire", "arnaque"),
        "decision": ("accept", "pas possible", "regret", "gard", "rembours", "equipe retours", "examin", "reprenons"),
        "tags": ("ses etiquettes", "leurs etiquettes"),
        "accessories": ("accessoires",),
        "unopened": ("sans l'ouvrir", "sans les ouvrir"),
        "safety": ("pour votre securite", "pour la securite", "attention"),
        "paid_reason": ("politique", "retours gratuits"),
        "risk_wording": ("pas couvert par les retours gratuits", "risque", "inhabituel", "historique"),
        "fault": ("desole", "excuses", "abime", "defectueu", "defaut", "mauvais article", "erreur", "etat"),
        "email_label": ("jointe a cet e-mail",),
        "no_printer": ("pas besoin d'imprimante",),
        "print": ("imprimez l'etiquette",),
        "exchange": ("echange",),
        "original_method": ("moyen de paiement d'origine",),
        "drop_off": ("deposez le colis",),
    },
}

_SLOT = re.compile(r"\{([A-Za-z_]+)\}")
# `[singular|plural]` (English) or `[m.sg|f.sg|m.pl|f.pl]` (French, after the item noun's gender and number)
_AGREEMENT = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)(?:\|([^\[\]|]*)\|([^\[\]|]*))?\]")
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£"}
_LETTER_SIZES = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case, accent-free text so phrase matching survives missing accents and capitals.

    Remembered: the checker folds every word of every draft, and drafts share most of their words."""
    if text.isascii():
        return text.lower()
    return strip_combining(unicodedata.normalize("NFKD", text.replace("’", "'"))).lower()


def empathy_key(
    reason: str,
    needs_review: bool = False,
    faults: tuple[str, ...] = (),
    hazards: tuple[str, ...] = (),
    not_as_described: bool = False,
    ordered_to_compare: bool = False,
    late_delivery: bool = False,
    worn: bool = True,
    quality_complaint: bool = False,
    does_not_fit: bool = False,
    design_disliked: bool = False,
) -> str:
    """How a reply acknowledges the message: an apology for the shop's faults (and a late delivery), thanks
    otherwise.

    A fault the customer describes (damage, a defect, a stain, a hole, a shop mistake) wins over the
    reason, since a stained shirt is not a fit problem, and so does an item that hurt or endangered them
    (`hazards`: a burn is never answered with thanks for the feedback). The apology fits what went wrong:
    a parcel damaged in transit is sorry it arrived so; a missing part that the box was incomplete; any
    other fault (it broke, wore through, stopped working) is sorry for the trouble without saying when it
    began, since « ne vous est pas parvenu en parfait état » is wrong for a pan that warped after a month.
    An unsure reason (`needs_review`) gets a neutral acknowledgement that names no problem: a wrong apology
    ("sorry it arrived damaged" for a rug that did not match the sofa) is worse than none. When the text itself
    describes a fault or a hazard, the unsure reason still gets the general apology ("sorry about the problem
    with your iron"), which names no cause: a burnt hand answered with thanks for the message reads as cold.
    So does an unsure reason on a text that says the item is not what the description or the photos promised
    (`not_as_described`, "not what was shown"): the shop's listing is at fault whatever the reason read; and one
    that says the parcel came late (`late_delivery`, "the dress came a week late") gets the late apology, and one whose
    text complains of the item's quality in so many words (`quality_complaint`, "Not the quality I paid for", « ça
    fait vraiment bas de gamme ») the quality apology: the customer named the problem, thanks would read as cold.
    A parcel that arrived empty, or never arrived, is always apologised for. A customer who ordered several sizes
    or versions to choose from (`ordered_to_compare`) is owed no apology for the reason alone: only a fault the text
    describes earns one. A size complaint about an item nobody wears (`worn` False: a pan, a rug, a blender) is
    thanked for as a preference: the size acknowledgement speaks of how the item fits a body ("the fit of your frying
    pan"). A text that says in so many words that a worn item does not fit (`does_not_fit`: "Absolutely heartbroken it
    doesn't fit!"), read as the `other` reason or an unsure one, is acknowledged as a size complaint: the customer
    named the problem. So is one read as poor quality whose text says it does not fit and judges the quality nowhere
    (« Vraiment contente de la qualité, mais pas la bonne taille »): the quality apology would tell the customer the
    opposite of what they wrote. A fit reason read of a text that dislikes the design and says nothing of the fit
    (`design_disliked`: "The print is too big and bold for me, could I exchange it?") is thanked for as a preference:
    "did not fit as you hoped" would answer a complaint the customer did not make.
    """
    if "empty_parcel" in faults:
        return "apology_empty"
    if "not_received" in faults:
        return "apology_not_received"
    if needs_review:
        # the customer's own words describe a fault: sorry for "the problem", never for a cause nobody confirmed
        if faults or hazards or not_as_described:
            return "apology_fault"
        if quality_complaint:
            return "quality"
        if does_not_fit and worn:
            return "size"
        return "apology_late" if late_delivery else "neutral"
    if ordered_to_compare and not (faults or hazards or not_as_described):
        # several sizes or versions ordered to choose from: whatever reason was read, nothing went wrong
        return "size" if reason in ("too_small", "too_large") and worn else "preference"
    if reason == "not_as_described" and not_as_described:
        # the text says the listing promised otherwise: « pas ce que j'ai commandé » there is the description's fault
        return "apology_description"
    if "shop_mistake" in faults:
        return "apology_wrong_item"
    if reason == "damaged_in_transit" and "damage" in faults:
        # the text confirms the damage read: what it says is missing is beside it, mostly a piece broken off (« il
        # manquait les vis et le miroir est arrivé fendu », "a chunk of the corner missing")
        return "apology_condition"
    if reason == "missing_parts" or "missing_part" in faults:
        return "apology_missing"
    if reason == "damaged_in_transit":
        return "apology_condition"
    if faults or hazards:
        return "apology_fault"
    by_reason = {
        "defective": "apology_fault",
        "wrong_item": "apology_wrong_item",
        "not_as_described": "apology_description",
        "arrived_late": "apology_late",
        "poor_quality": "quality" if quality_complaint or not does_not_fit else ("size" if worn else "preference"),
        "too_small": "size" if worn and not design_disliked else "preference",
        "too_large": "size" if worn and not design_disliked else "preference",
        "no_longer_needed": "preference",
        "other": "size" if does_not_fit and worn else "neutral",
    }
    return by_reason.get(reason, "neutral")


def apologises_for(reason: str) -> bool:
    """Whether a reply to this reason alone must apologise: the acknowledgement `empathy_key` picks is an apology
    (what the text describes on top is read by `empathy_key` itself)."""
    return empathy_key(reason) in APOLOGY_KEYS


def slots_in(template: str) -> set[str]:
    """The slot names a template uses."""
    return set(_SLOT.findall(template))


# The exceptions to `product_is_plural`'s -s rule. Singular nouns in -s, besides the -ss, -us and -is
# endings the rule already reads as singular (dress, cactus, iris):
SINGULAR_NOUNS_IN_S: frozenset[str] = frozenset({
    "alias", "atlas", "bias", "canvas", "chaos", "corps", "cosmos", "ethos", "gas", "lens", "news", "series", "species",
})  # fmt: skip
# Plural nouns that do not end in -s:
PLURAL_NOUNS_WITHOUT_S: frozenset[str] = frozenset(
    {"children", "feet", "geese", "men", "mice", "people", "teeth", "women"}
)
# Plurals in -us, which the -us ending would read as singular:
PLURAL_NOUNS_IN_US: frozenset[str] = frozenset({"emus", "gnus", "menus", "tutus"})


def product_head_noun(name: str) -> str:
    """The noun a product name's number follows, lower-case: its last word, ignoring words in
    parentheses, trailing sizes and words with digits or apostrophes (`Trainers W30`, `Jeans (XL)`,
    `Levi's`), and the words after "of" (`Set of Glasses` is one set, `Pair of Socks` one pair).
    Hyphenated words count by their last part (`T-Shirts` → `shirts`). Empty when no word is left.
    Read without format characters (`visible_text`): a zero-width space inside "Trainers" is still trainers."""
    words = re.sub(r"\([^()]*\)", " ", visible_text(name)).lower().split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    for word in reversed(words):
        word = word.strip(string.punctuation + "«»“”‘’").split("-")[-1]
        if word.isalpha() and word.upper() not in _LETTER_SIZES:
            return word
    return ""


def product_is_plural(name: str) -> bool:
    """Whether an English product name is plural, so the reply says "the jeans reach us" and "them".

    The rule: the head noun (`product_head_noun`) is plural when it ends in -s, except the -ss, -us and
    -is endings (dress, cactus, iris) and the listed singular nouns in -s (`SINGULAR_NOUNS_IN_S`: canvas,
    lens, news...); a few irregular plurals (`PLURAL_NOUNS_WITHOUT_S`, `PLURAL_NOUNS_IN_US`) are plural
    too. This is right for the catalogue's pluralia tantum (jeans, trousers, leggings, pyjamas,
    sunglasses) and ordinary plurals (trainers, earrings, string lights), and for names it has never
    seen (socks, towels, bath sheets). Mass nouns without -s (bedding, knitwear, lighting) stay singular.
    """
    head = product_head_noun(name)
    if head in PLURAL_NOUNS_WITHOUT_S or head in PLURAL_NOUNS_IN_US:
        return True
    if len(head) < 3 or not head.endswith("s") or head in SINGULAR_NOUNS_IN_S:
        return False
    return not head.endswith(("ss", "us", "is"))


def agree(template: str, plural: bool, french_form: int | None = None) -> str:
    """A template with each agreement choice resolved: `[singular|plural]` by `plural`, and French
    `[m.sg|f.sg|m.pl|f.pl]` by `french_form` (`ItemNoun.fr_form`; masculine of `plural` when None)."""
    form = french_form if french_form is not None else 2 * plural

    def choose(match: re.Match[str]) -> str:
        if match.group(3) is None:
            return match.group(2 if plural else 1)
        return match.group(form + 1)

    return _AGREEMENT.sub(choose, template)


def fill(template: str, values: dict[str, str]) -> str:
    """Fill a template's slots; `{Name}` is slot `name` with a capital first letter (sentence starts).
    An unknown slot stays visible as `{name}` so the checker catches it."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        text = values.get(name.lower())
        if text is None:
            return match.group(0)
        return text[:1].upper() + text[1:] if name[0].isupper() else text

    return _SLOT.sub(value, template)


def leftover_slots(text: str) -> list[str]:
    """Unfilled `{slot}` markers left in a text."""
    return re.findall(r"\{[^{}]*\}", text)


def format_money(amount: float, currency: str, lang: str) -> str:
    """An amount as a customer reads it: `€12.50` in English, `12,50 €` in French."""
    symbol = _CURRENCY_SYMBOLS.get(currency, currency)
    # "z": a negative zero (a price of -0.0 passes every `>= 0` check) is written 0.00, never -0.00.
    if lang == "fr":
        return f"{amount:z.2f}".replace(".", ",") + f"\u00a0{symbol}"
    return f"{symbol}{amount:z.2f}"


def format_date(day: date, lang: str) -> str:
    """A date in words (`3 December 2026`, `3 décembre 2026`, `1er décembre 2026`), unambiguous in both
    languages; French writes the first of the month as an ordinal."""
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {_FR_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {day:%B} {day.year}"


def category_name(category: str, lang: str) -> str:
    """A product category's name as a policy clause cites it ("kitchenware", « d'articles de cuisine »)."""
    default = category.replace("_", " ")
    return CATEGORY_NAMES[lang].get(category, default if lang == "en" else f"de {default}")


# French typography: a non-breaking space before the high punctuation and inside the quotes.
_NBSP = "\u00a0"
# A match starts only where a run of spaces does: started inside the run as well, a long run that no punctuation
# ends was read once per space (quadratic).
_SPACE_BEFORE = re.compile(r"(?<![ \u00a0\u202f])[ \u00a0\u202f]*([:;!?»])(?=\s|$|[.,)])")
_SPACE_AFTER = re.compile(r"«[ \u00a0\u202f]*")


def typeset_french(text: str) -> str:
    """French text with a non-breaking space before « : ; ! ? » » and after « « », whatever spacing it had.

    Only punctuation followed by a space, a line end or closing punctuation is touched, so the colon of
    a URL (`https://`) is left alone.
    """
    spaced = _SPACE_BEFORE.sub(lambda match: _NBSP + match.group(1), text)
    return _SPACE_AFTER.sub("«" + _NBSP, spaced)


def business_days(low: int, high: int, lang: str) -> str:
    """A processing time as a reply or the policy page says it: "3–5 business days", « 3 à 5 jours ouvrés »; one
    figure when the range is one day count ("3 business days", "1 business day", « 1 jour ouvré »), as a policy's
    `refund_processing_days: [3, 3]` read "within 3–3 business days"."""
    if low != high:
        return f"{low}–{high} business days" if lang == "en" else f"{low} à {high} jours ouvrés"
    if lang == "en":
        return f"{low} business day" if low == 1 else f"{low} business days"
    return f"{low} jour ouvré" if low <= 1 else f"{low} jours ouvrés"


def add_business_days(start: date, days: int) -> date:
    """The date `days` business days (Monday to Friday) after `start`."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


# When a call back is asked for (`features.call_time`), as the reply repeats it: "in the afternoon, after 3 pm",
# « l'après-midi, après 15 h ». "This" or "tomorrow" is not said: the reply goes out later than the message.
_DAY_PART_PHRASES: dict[str, dict[str, str]] = {
    "en": {"soon": "as soon as possible", "morning": "in the morning", "lunchtime": "at lunchtime",
           "afternoon": "in the afternoon", "evening": "in the evening"},
    "fr": {"soon": "dès que possible", "morning": "le matin", "lunchtime": "à l'heure du déjeuner",
           "afternoon": "l'après-midi", "evening": "en soirée"},
}  # fmt: skip
_BOUND_PHRASES: dict[str, dict[str, str]] = {
    "en": {"after": "after {0}", "before": "before {0}", "around": "around {0}", "at": "at {0}",
           "between": "between {0} and {1}"},
    "fr": {"after": "après {0}", "before": "avant {0}", "around": "vers {0}", "at": "à {0}",
           "between": "entre {0} et {1}"},
}  # fmt: skip


def _clock_phrase(hour: int, minute: int, lang: str) -> str:
    """A time of day as a reply writes it: "3 pm", "6:30 pm"; « 15 h », « 18 h 30 »."""
    if lang == "fr":
        return f"{hour}\u00a0h" + (f"\u00a0{minute:02d}" if minute else "")
    return f"{hour % 12 or 12}" + (f":{minute:02d}" if minute else "") + ("\u00a0pm" if hour >= 12 else "\u00a0am")


def call_time_phrase(when: CallTime, lang: str) -> str:
    """When the customer asked to be called, as the reply says it after "the call" / « de vous appeler »."""
    said = [_DAY_PART_PHRASES[lang][when.day_part]] if when.day_part else []
    if when.bound:
        clocks = [_clock_phrase(hour, minute, lang) for hour, minute in when.times]
        said.append(_BOUND_PHRASES[lang][when.bound].format(*clocks))
    return ", ".join(said)


def size_phrase(size: str, lang: str, unit: str | None = None) -> str:
    """A size as a reply says it after "in"/« en »: "size M", « taille M »; a child's "AGE 11-12" as "age 11-12",
    « 11-12 ans » (how children's clothes are labelled); a leg length "L36" as "leg length 36", « longueur 36 »; a half
    size as customers write it, "size 15½", « taille 38,5 »; a bra's cup alone "cup size B", « bonnet B »; a number
    measured in the `unit` the customer gave (a home item's) with that unit, "32 cm" (« en taille 32 » is a
    garment's); a collar in inches (`16.5"`) as "collar size 16½", « taille de col 16,5 pouces » (a bare inch mark
    after "size" reads as a stray quote)."""
    if unit and re.fullmatch(r"\d+(?:[.,]\d+)?", size):
        return f"{size} {unit}" if lang == "en" else f"{size.replace('.', ',')} {unit}"
    collar = size.endswith('"')
    size = size.removesuffix('"')
    # a half size as customers write it: « 38,5 » in French, "15½" in English (a collar's "15.5" reads as a measure)
    size = re.sub(r"(?<=\d)\.5$", "½", size) if lang == "en" else re.sub(r"(?<=\d)\.(?=\d)", ",", size)
    if collar:
        return f"collar size {size}" if lang == "en" else f"taille de col {size} pouces"
    if size.startswith("AGE "):
        return f"age {size[4:]}" if lang == "en" else f"{size[4:]} ans"
    # a baby's age in months: « en 12 mois » and "in 6-9 months" read as a time
    if size.startswith("MONTHS "):
        return f"size {size[7:]} months" if lang == "en" else f"taille {size[7:]} mois"
    # a leg length (`L36`, « longueur 36 ») is no letter size: « taille L36 » reads as a large
    if re.fullmatch(r"L\d{2}", size):
        return f"leg length {size[1:]}" if lang == "en" else f"longueur {size[1:]}"
    # a bra's cup alone: « taille B » and "size B" read as a letter size nobody sells
    if re.fullmatch(r"DD|[A-G]", size):
        return f"cup size {size}" if lang == "en" else f"bonnet {size}"
    return f"size {size}" if lang == "en" else f"taille {size}"


# Jeans come in waists (W25..W34); a customer writes them without the W (« j'ai pris le 26 »), and below the EU trouser
# sizes (34 up) and above the UK ones (6..20) a bare number of jeans is a waist: the 26's neighbours are 25 and 27.
_JEANS_WAISTS = range(23, 34)


# Babies' sizes in months, as shops label them: ranges ("0-3", "3-6" ...) in English, one age (« 3 mois », « 6 mois »
# ...) in French
_MONTHS_RANGES = ("0-3", "3-6", "6-9", "9-12", "12-18", "18-24", "24-36")
_MONTHS_AGES = ("1", "3", "6", "9", "12", "18", "24", "36")


def _neighbouring_months(label: str, step: int) -> str | None:
    """The baby's size next to `label` ("MONTHS 6-9", "MONTHS 12") `step` along its own run of sizes, written the
    same way; None at either end or off the run."""
    months = label.removeprefix("MONTHS ")
    run = _MONTHS_RANGES if "-" in months else _MONTHS_AGES
    index = run.index(months) + step if months in run else -1
    return f"MONTHS {run[index]}" if 0 <= index < len(run) else None


def neighbouring_size(size: str | None, reason: str, category: str, half: bool = False) -> str | None:
    """The next size up for `too_small`, down for `too_large`; None when there is no sensible neighbour.

    Letter sizes step along XXS..3XL, babies' months along their run (6-9 months: 9-12; « 12 mois »: 18); shoe sizes
    and jeans waists (`W30`, or `26` in jeans; `W30 L32` keeps its leg) by one; even EU clothing sizes (34, 36, 38...)
    by two; collars in inches (`16"`) by half an inch. A shoe's half size steps to the whole size that way (39.5 up: 40,
    down: 39), and half a size asked (`half`: « une demi-pointure de plus ») steps a shoe by half (39 up: 39.5); no
    other size has a half next to it. Combined sizes such as bra sizes (`75B`) get no suggestion.
    """
    if not size or reason not in ("too_small", "too_large"):
        return None
    step = 1 if reason == "too_small" else -1
    label = size.strip().upper()
    if label.startswith("MONTHS "):
        return _neighbouring_months(label, step)
    if label in _LETTER_SIZES and not half:
        index = _LETTER_SIZES.index(label) + step
        return _LETTER_SIZES[index] if 0 <= index < len(_LETTER_SIZES) else None
    collar = re.fullmatch(r'(\d{2}(?:\.5)?)"', label)
    if collar:
        return f'{float(collar.group(1)) + step * 0.5:g}"'
    shoe = re.fullmatch(r"\d{1,2}(?:\.5)?", label) if category == "shoes" else None
    if shoe and (half or label.endswith(".5")):
        # the half next to a whole size, or the whole next to a half
        return f"{float(label) + step * 0.5:g}"
    waist_and_leg = re.fullmatch(r"W(\d{2}) (L\d{2})", label)
    if waist_and_leg and not half:
        # a jeans' waist and leg length ("W32 L30"): the waist steps, the leg length stays
        return f"W{int(waist_and_leg.group(1)) + step} {waist_and_leg.group(2)}"
    match = re.fullmatch(r"(W?)(\d+)", label)
    if match is None or half:
        return None
    prefix, number = match.group(1), int(match.group(2))
    waist = bool(prefix) or (category == "jeans" and number in _JEANS_WAISTS)
    increment = 2 if not waist and category != "shoes" and number % 2 == 0 else 1
    neighbour = number + step * increment
    return f"{prefix}{neighbour}" if neighbour > 0 else None


def strip_slots(template: str) -> str:
    """A template with its slots removed (and its agreement in the singular), for comparing its wording
    with past replies."""
    return " ".join(
        _SLOT.sub(" ", agree(template, plural=False)).translate(str.maketrans("", "", string.punctuation)).split()
    )
