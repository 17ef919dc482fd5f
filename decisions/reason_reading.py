"""The reason the classifier read against what the customer's words plainly say.

The reason classifier weighs the whole text; `features.customer_asks` reads a few facts a customer states in so
many words. Where the two disagree, the words decide only for the facts that were right far more often than the
classifier on held-out text (benchmarks/README.md, "The reason read against the words"):
- a size asked bigger or smaller ("Need a bigger size", « la taille au-dessus »), or with no way asked the size the
  words say is needed ("Comes up a size smaller than the size guide says", « J'aurais dû prendre au-dessus »:
  `CustomerAsks.size_runs`), is too small (too large) where the classifier read another reason that claims no fault
  of the shop (the other size, a change of mind, no reason, a late delivery told in passing, which the annotation
  guide's rule 8 leaves to the other reason);
- the way the fit complaint points, against the other size read where that is the way the customer habitually sizes
  ("I normally go down one in your jeans, but these are too small", « D'habitude je prends une taille en dessous, mais
  celui-ci est trop petit »: the classifier reads the habit's words; too small), with no way asked nor the fit denied;
- the item said not to fit with no way given ("It's just not the right size", « elle ne me va pas ») and nothing
  else: that is none of the reasons that claim the shop got something wrong (damage, a defect, a part missing,
  another item, a listing that differs), so such a reading gives way to `other`, as the annotation guide labels a
  fit with no direction (`data/corpus/ANNOTATION.md`, rule 2);
- a wrong item read where the customer says they ordered wrongly themselves ("I ordered the wrong size", « je me suis
  trompée de taille ») and tells of no fault, quality or description complaint: the shop sent what was ordered, so
  the reason is the size asked or the way the fit complaint points, else a fit with no way given, else bought by
  mistake; a wrong item ticked there is contradicted whatever the classifier read. So too where they say the item came
  in the size ordered and go back for its fit, however told ("I ordered an M, I got an M, but it fits like an L", « J'ai
  commandé un 38 et reçu un 38, trop petit », "I received the 39 I ordered, the box says 38, they pinch": only the box
  is wrong).
- the fault read (damage, a defect, another item, a part missing, a listing that differs, a late delivery) denied in
  so many words beside what the return is for instead, with no fault, quality or description complaint told ("Works
  perfectly, the only issue is the lid is a bit stiff, no big deal, sending it back because my flatmate brought hers",
  « Elle fonctionne très bien ... ma colocataire a apporté la sienne »: `fault_denied`): the size told or the way the
  fit complaint points, else no longer needed (no need of it, one had already, a change of mind, not to their taste).
  A denial counts only affirmed and standing as said (`features.customer_asks.denials`), so an item that "worked well
  for a week, then stopped", or « fonctionne très bien sauf que le couvercle ne ferme plus », keeps its fault.
- a wrong item read where the words speak of no item other than the one ordered (no order, choice, identity, other
  item, colour or size named: `CustomerAsks.which_item_spoken_of`) and of no shop's mistake: "received" alone claims
  nothing ("I received the vase today, it is cracked", « J'ai reçu ce vase, il est fêlé »), so the reason is what they
  tell instead: a quality complaint, else a damage, a defect or a part missing, else a reason of the customer's own
  with no complaint, else, where no reason is ticked, nothing but that the item came ("I received this lamp.":
  `other`, no identifiable reason);
- a listing that differs read where the words say another item came ("it is grey, I chose white", « commandé noir,
  reçu bleu ») and speak of no listing but to say the item matches it: a wrong item.
The size and the fit hold neither where the words tell of anything else the return may be for: a fault, a quality or
description complaint, something a size does not fix ("a different shade of green than pictured"), several sizes
ordered to choose from; nor the second where a size is named ("The label says M but it fits like an XS": the marking
against the fit may be a wrong item or a listing at fault). The words never take a fault of the shop from the
classifier on a size asked: the words' reading misses many ways a fault is told, which the classifier reads. A size
wanted alone ("Please send the M") settles nothing either: a customer sent the wrong size asks for the one they
ordered, and the classifier reads those texts better than the words' facts do.
Against a reason ticked in the form that the classifier did not read (`tick_reading`), the words contradict the tick
where they deny in so many words the fault it claims ("it arrived in perfect condition, I just don't need it" of damage
in transit, « elle fonctionne très bien » of a defect, "it's the right item, just not for me" of a wrong item, "parcel
came on time" of a late delivery; `features.customer_asks.denials`) and tell of no fault, quality or description
complaint nor a late delivery besides; or, for a tick of a fault of the shop other than a wrong item (most often the
wrong size sent), where they tell of the size and of no fault, quality or description complaint, and the classifier
reads a size too (« Je le renvoie pour la taille au-dessus » under damage ticked, read too small but unsure), or where
the way their fit complaint points is the classifier's reading, or it reads no complaint ("Sending it back, far too
tight" under a defect ticked, read too small or a change of mind); or, for a tick of a fault in the item itself
(damage, a defect, a part missing), where the classifier reads a size, sure or not, and the words speak only of the fit
("I'm swimming in it", "it perches on my head like a thimble": `_fit_read_agreed`); or, for any tick of a
fault of the shop, where they give a reason of the customer's own (no need of it, a change of mind, one had already,
not to their taste), tell no complaint, speak of no fault's matter but to deny it and say little else, and the
classifier reads no complaint either
("It is exactly as pictured, just not my colours" under a defect ticked, read a change of mind but unsure). The tick is
then a mismatch, and buys a free label only if the classifier's reading gives one too. Where the classifier read the
tick's reason, the words overrule both only as they would the classifier's reading alone (a fault denied as above): an
expectation the item then broke is no denial ("It's supposed to work perfectly out of the box. Mine doesn't.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from decisions.policy import RuleHit
from features.customer_asks import (
    LETTER_SIZES,
    NOT_THEIR_SIZE,
    CustomerAsks,
    closure_too_tight,
    customer_turns,
    fit_felt,
    fit_pictured,
    need_denied_of_the_one_come,
    packing_hurt_item_spared,
    said_besides_the_fit,
)
from features.taxonomy import Family, family_of, get_reason, reason_words
from features.text import match_view

# The way a customer asks the size to change, the reason it tells and how an agent reads it.
_SIZE_ASKED: dict[str, tuple[str, str]] = {
    "up": ("too_small", "asks for a bigger size"),
    "down": ("too_large", "asks for a smaller size"),
}
# ... and the way the words say the customer needs without asking it (`CustomerAsks.size_runs`: "Comes up a size
# smaller than the size guide says", « J'aurais dû prendre au-dessus »), read where no way is asked
_SIZE_RUNS: dict[str, tuple[str, str]] = {
    "up": ("too_small", "says it comes up too small"),
    "down": ("too_large", "says it comes up too big"),
}
# The way a fit complaint points (`CustomerAsks.fit_way`), the reason it tells and how an agent reads it.
_FIT_COMPLAINED: dict[str, tuple[str, str]] = {
    "up": ("too_small", "says it is too small"),
    "down": ("too_large", "says it is too big"),
}
# The families of a reading that tells no complaint of the item (a change of mind, no reason): a fit complaint the words
# point one way is no less plain beside them.
_NO_COMPLAINT_READ = frozenset({Family.PREFERENCE, Family.OTHER})
# ... and those reasons
_FIT_COMPLAINED_REASONS = frozenset(reason for reason, _ in _FIT_COMPLAINED.values())
# What a fit said with no way given is labelled (`data/corpus/ANNOTATION.md`, rule 2).
_FIT_WITH_NO_WAY = "other"
# What the words say of a fit with no way given, the reason it is labelled and how an agent reads it.
_FIT_SAID = (_FIT_WITH_NO_WAY, "only says it does not fit, and names no fault")
# The reasons of a fault of the shop in the item itself (damage, a defect, a part missing): a fit is never one of them,
# whoever the item fits, where a wrong item (another size sent) or a listing that differs (its size guide) may be told
# by the fit.
_FAULT_IN_THE_ITEM = frozenset({"damaged_in_transit", "defective", "missing_parts"})
# What the words say against such a tick where they speak only of the fit and the classifier reads a size, as an agent
# reads it (`_fit_read_agreed`)
_FIT_READ_SAID = "speaks only of the fit, and names no damage, defect or part missing"
# A fit denied ("It's not too small, it just looks odd on me", « elle n'est pas trop grande »): the size read is not
# what the words say
_FIT_DENIED = re.compile(
    r"\b(?:not|isn't|aren't|wasn't|weren't|never|n'est pas|ne sont pas|pas|jamais) (?:\w+ )?(?:too |trop )?(?:small|"
    r"big|tight|large|loose|short|long|petite?s?|grande?s?|serree?s?|large?s?|courte?s?|longue?s?)\b"
)
# A wrong item sent is most often the wrong size ("you sent it in the wrong size, I need the bigger one"), which a
# customer tells by the size they need: words of the size do not contradict that tick.
_SIZE_SENT_WRONG = "wrong_item"
# An item the customer says they ordered wrongly themselves ("I ordered the wrong size", « je me suis trompée de
# taille ») is no wrong item sent: the annotation guide files it by the size asked or the way the fit complaint points,
# else as a fit with no way given (`other`, rule 2) where it speaks of the fit, else as bought by mistake
# (`no_longer_needed`).
_OWN_MISTAKE_SAID = "says they ordered it wrongly themselves"
_BOUGHT_BY_MISTAKE = "no_longer_needed"
# A fault denied with no reason told instead (a parcel said to have come on time, and nothing else): no identifiable
# reason (the annotation guide's `other`)
_NO_REASON_TOLD = "other"
# The reason a parcel said to have come early or on time denies
_ON_TIME = "arrived_late"
# ... nor is an item the customer says came in the size ordered ("I ordered an M, I got an M, but it fits like an L"),
# told with a fit complaint: the guide files it by the size asked or the way the fit complaint points, else as a fit
# with no way given.
_CAME_AS_ORDERED_SAID = "says it came in the size ordered"
# What the words say against a tick of a fault of the shop where they tell a reason of the customer's own instead and
# no complaint, as an agent reads it (`_own_reason_agreed`)
_OWN_REASON_SAID = "gives a reason of their own (not needed, not to their taste) and names no fault"
# What the words say that denies each reason's fault, as an agent reads it (`CustomerAsks.reasons_denied`).
# A damage in transit ticked where the words say only the packing was hurt and the item came unharmed
# (`_packing_only_hurt`), and how an agent reads it
_DAMAGED = "damaged_in_transit"
_PACKING_ONLY_SAID = "says only the packing was damaged, and the item came unharmed"
_DENIED_SAID: dict[str, str] = {
    "damaged_in_transit": "says it arrived undamaged",
    "defective": "says it works",
    "wrong_item": "says it is the item ordered",
    "missing_parts": "says nothing is missing",
    "not_as_described": "says it is as described",
    "arrived_late": "says it came on time",
}
# A wrong item read where the words speak of no item other than the one ordered (`CustomerAsks.which_item_spoken_of`):
# "received" alone claims nothing ("I received the vase today, it is cracked", « J'ai reçu ce vase, il est fêlé »), so
# the reason is what the words tell instead, with how an agent reads it: a fault of another kind, a quality complaint,
# a reason of the customer's own with no complaint, or, where no reason is ticked, nothing but that the item came (no
# identifiable reason, the annotation guide's `other`).
_FAULT_TOLD: dict[str, tuple[str, str]] = {
    "damage": ("damaged_in_transit", "tells of damage and of no other item than the one ordered"),
    "defect": ("defective", "tells of a defect and of no other item than the one ordered"),
    "missing_part": ("missing_parts", "tells of a part missing and of no other item than the one ordered"),
}
_QUALITY_TOLD = ("poor_quality", "complains of its quality and of no other item than the one ordered")
_OWN_REASON_TOLD = ("no_longer_needed", "gives a reason of their own and speaks of no other item than the one ordered")
_ONLY_RECEIVED = ("other", "only says the item came, which names no reason")
# A fit read where the words dislike the design ("the print is far too big for me", « les motifs sont trop grands »)
# and say nothing of how the item fits: a matter of taste, no size (`_design_not_fit`)
_FIT_READS = frozenset({"too_small", "too_large"})
_DESIGN_TOLD = ("no_longer_needed", "dislikes the design and says nothing of how the item fits")
# ... and beside a reason ticked, that reason: the only one the customer gives
_TICK_ONLY_REASON = "only says the item came, and ticked this reason"
# A listing that differs read where the words say another item came in so many words ("it is grey, I chose white",
# « commandé noir, reçu bleu ») and speak of no listing (its photos, description, what it was sold as): the shop sent
# another item.
_OTHER_ITEM_SENT = ("wrong_item", "says another item came than the one ordered")

# The listing's own sizing named ("smaller than the size guide says", « le guide des tailles »): a fit told against it
# is what a listing that differs means (the annotation guide, rules 5 and 10), so a not-as-described tick beside it is
# no mistake.
_LISTING_SIZING = re.compile(
    r"\b(?:size|sizing) (?:guide|chart)s?\b|\bmeasurements? (?:listed|given|on the (?:site|page|listing|website))\b|"
    r"\b(?:guide|tableau|grille) des tailles\b",
    re.IGNORECASE,
)
_LISTING_AT_FAULT = "not_as_described"
# Words that say the item is not the customer's size ("too big", « trop petite »)
_NOT_THEIR_SIZE = re.compile(r"\b(?:" + NOT_THEIR_SIZE + r")\b")
# ... or, with no way given, that it fails the customer's fit ("they pinch", "a bit big", « ils me serrent »)
_FIT_COMPLAINT = re.compile(
    r"\b(?:" + NOT_THEIR_SIZE + r"|pinch\w*|rubs?|rubbing|digs? in|digging in|squash\w*|cramp\w*|cuts? into|"
    r"(?:a bit|quite|very|rather|slightly|so|really|far|way) (?:big|small|tight|loose|snug|short|long|baggy|roomy|huge|"
    r"tiny)|serre\w*|comprime\w*|blesse\w*|flotte\w*)\b"
)
# A size named as customers write it, in the text as typed: a letter size in capitals or a number of one or two digits
# ("says M", "like an XS", "the 38"). Broader than the sizes the words' reading takes as asked or had, on purpose: a
# size named is a comparison the words' facts do not settle.
_SIZE_NAMED = re.compile(r"\b(?:" + "|".join(LETTER_SIZES) + r"|\d{1,2}(?:[.,]5)?)\b")


@dataclass(frozen=True)
class WordsReading:
    """A reason the customer's words settle against the classifier's reading.

    Attributes:
        read: the classifier's reason, or the reason ticked that the words contradict (`ticked`).
        reason: the reason the words give, which the decision and the reply act on.
        said: what the words say, as an agent reads it ("asks for a bigger size").
        ticked: `read` is the reason ticked in the form, not the classifier's.
    """

    read: str
    reason: str
    said: str
    ticked: bool = False

    def rule(self) -> RuleHit:
        """The rule that tells the agent why the reason is not the classifier's (or the one ticked)."""
        whose = "The reason ticked is" if self.ticked else "The reason model read"
        return RuleHit(
            "REASON_FROM_WORDS",
            f"{whose} {reason_words(self.read)}, but the customer {self.said}: taken as {reason_words(self.reason)}.",
        )


def fault_denied(reason: str, asks: CustomerAsks) -> bool:
    """Whether the customer's words (read as `asks`) deny the fault `reason` claims and tell of none besides: a fault,
    a quality or a description complaint or a late delivery told is the classifier's to weigh against the denial ("the
    box was fine but the vase inside was broken")."""
    told = asks.faults or asks.quality_complaint or asks.not_as_described or asks.late_delivery
    return reason in asks.reasons_denied and not told


def words_reading(read: str, asks: CustomerAsks, text: str, ticked: str | None = None) -> WordsReading | None:
    """The reason the customer's words (`text`, read as `asks`) give when they plainly contradict the classifier's
    reading `read`, else None (the words agree, say nothing clear, or tell of anything else the return may be for). A
    wrong item read where the customer says they ordered wrongly themselves, or that it came in the size ordered and
    does not fit (`_sent_as_ordered`), is the reason that return is filed under (`_own_order_reason`); a fault read
    that the words deny beside what the return is for instead (`fault_denied`), the reason that gives
    (`_reason_instead`). A wrong item read where the words speak of no other item, what they tell instead
    (`_told_of_no_other_item`; a text that says only that the item came leaves a reason `ticked` its say); a listing
    that differs read where they say another item came and speak of no listing, and no complaint read where the one
    that came is not needed beside another asked for, a wrong item. A chat pasted as the reason is read by the
    customer's turns (`features.customer_asks.customer_turns`), as `asks` was."""
    text = customer_turns(text)
    sent_as_ordered = _sent_as_ordered(asks, text)
    if read == _SIZE_SENT_WRONG and sent_as_ordered is not None:
        reason = _own_order_reason(asks, text)
        # (a fit with no way told beside a size ticked: the tick gives the way the words leave open)
        way_ticked = ticked in _FIT_COMPLAINED_REASONS and reason == _FIT_WITH_NO_WAY
        return WordsReading(read, ticked if way_ticked and ticked is not None else reason, sent_as_ordered)
    if fault_denied(read, asks):
        # the fault read denied in so many words, beside what the return is for instead
        return WordsReading(read, _reason_instead(asks, text), _DENIED_SAID[read])
    complaint = _complaint_beside_the_time(read, asks)
    if complaint is not None:
        return WordsReading(read, complaint, _DENIED_SAID[read])
    told_instead = _told_of_no_other_item(asks, ticked) if read == _SIZE_SENT_WRONG else None
    if told_instead is not None:
        return WordsReading(read, *told_instead)
    if _design_not_fit(read, asks):
        return WordsReading(read, *_DESIGN_TOLD)
    listing_spoken_of = asks.not_as_described or asks.listing_spoken_of
    if read == _LISTING_AT_FAULT and "shop_mistake" in asks.faults and not listing_spoken_of:
        return WordsReading(read, *_OTHER_ITEM_SENT)
    # ... and so is a reading of no complaint where the need denied is of the one that came, beside another asked for
    # ("No need for it in mustard, I ordered the teal one"); not a mistake the words leave to either side ("Erreur de
    # commande."), which the classifier weighs
    if family_of(read) in _NO_COMPLAINT_READ and need_denied_of_the_one_come(match_view(text)):
        return WordsReading(read, *_OTHER_ITEM_SENT)
    told_else = (
        asks.faults or asks.quality_complaint or asks.not_as_described or asks.unfixable or asks.ordered_to_compare
    )
    size = None if told_else else _size_told(asks, text)
    habit = None if told_else else _fit_against_the_habit(read, asks, text)
    if habit is not None:
        return WordsReading(read, *habit)
    if size is None or size[0] == read:
        return None
    fit_only = size == _FIT_SAID
    # a fit with no way given takes only a fault of the shop from the classifier; a size asked never takes one
    return WordsReading(read, *size) if get_reason(read).shop_fault == fit_only else None


def tick_reading(ticked: str, read: str, asks: CustomerAsks, text: str) -> WordsReading | None:
    """The reason acted on where the customer's words contradict the reason they ticked (`ticked`) and the
    classifier's top reading (`read`, sure or not) is another: `read`, or the words' reason against it
    (`words_reading`). The words contradict the tick where they deny its fault (`fault_denied`), or, for a tick of a
    fault of the shop, where they tell of the size (or a fit complaint's way) and of no fault and the classifier reads
    a size (that way) too (`_size_agreed`); a wrong item ticked, where they say the customer ordered wrongly
    themselves or it came in the size ordered and does not fit (`_sent_as_ordered`), whatever the classifier read.
    Where the classifier read the tick's reason (but for those), the words' reason against that reading
    (`words_reading`), else None; None too where the words do not contradict the tick. A chat pasted as the reason is
    read by the customer's turns, as `words_reading` reads it."""
    text = customer_turns(text)
    sent_as_ordered = _sent_as_ordered(asks, text)
    # the reason the fit complaint's way gives where it, not a size, contradicts the tick
    way: str | None = None
    if ticked == _SIZE_SENT_WRONG and sent_as_ordered is not None:
        # the customer's own wrong order, or the size ordered come, told in so many words, is no wrong item whoever
        # read one
        said: str | None = sent_as_ordered
    elif read == ticked:
        # two readings of the same words: the words overrule them only as they would the classifier's alone
        agreed = words_reading(read, asks, text, ticked)
        return WordsReading(ticked, agreed.reason, agreed.said, ticked=True) if agreed is not None else None
    elif fault_denied(ticked, asks) or _complaint_beside_the_time(ticked, asks) is not None:
        said = _DENIED_SAID[ticked]
    elif ticked == _DAMAGED and _packing_only_hurt(asks, text):
        said = _PACKING_ONLY_SAID
    else:
        way, said = _size_agreed(ticked, read, asks, text) or (None, None)
        said = said or _fit_read_agreed(ticked, read, asks, text) or _own_reason_agreed(ticked, read, asks, text)
    if said is None:
        return None
    overruled = words_reading(read, asks, text, ticked)
    reason = way or (overruled.reason if overruled is not None else read)
    return WordsReading(ticked, reason, said, ticked=True)


def _design_not_fit(read: str, asks: CustomerAsks) -> bool:
    """Whether a fit read (`_FIT_READS`) stands where the words dislike the design (`UNFIXABLE["design"]`, whose
    "too big" is the print's, not the item's) and say nothing of the fit, a size or a way, nor of a fault, its quality
    or its listing: the design is what the return is for."""
    fit_said = asks.speaks_of_fit or asks.does_not_fit or asks.fit_way or asks.size_direction or asks.wanted_size
    told_else = asks.faults or asks.quality_complaint or asks.not_as_described
    return read in _FIT_READS and "design" in asks.unfixable and not fit_said and not told_else


def _packing_only_hurt(asks: CustomerAsks, text: str) -> bool:
    """Whether the words say only the packing was hurt on the way and the item came unharmed ("The outer carton was
    bashed in but the teapot itself is perfect", « Colis cabossé, mais la théière est intacte »:
    `features.customer_asks.packing_hurt_item_spared`), and tell of no fault, quality or description complaint,
    hazard or late delivery the return may be for: no damage in transit, whatever else the return is for."""
    told = asks.faults or asks.quality_complaint or asks.not_as_described or asks.hazards or asks.late_delivery
    return not told and packing_hurt_item_spared(match_view(text))


def _told_of_no_other_item(asks: CustomerAsks, ticked: str | None) -> tuple[str, str] | None:
    """What the words tell instead of a wrong item where they speak of no item other than the one ordered and of no
    shop's mistake: a damage, a defect or a part missing (the first told), else a quality complaint, else a reason of
    the customer's own and no complaint, else only that the item came: no identifiable reason with no reason `ticked`
    (`_ONLY_RECEIVED`), the reason ticked beside it (the only one given; a wrong item ticked stands as read); None where
    they tell none of these."""
    if asks.which_item_spoken_of or "shop_mistake" in asks.faults:
        return None
    if asks.quality_complaint:
        return _QUALITY_TOLD
    fault = next((_FAULT_TOLD[kind] for kind in asks.faults if kind in _FAULT_TOLD), None)
    if fault is not None:
        return fault
    complaint = asks.faults or asks.not_as_described or asks.hazards or asks.speaks_of_fit
    if complaint or asks.late_delivery or asks.occasion_missed:
        return None
    if asks.reason_of_their_own:
        return _OWN_REASON_TOLD
    if not asks.only_received:
        return None
    if ticked is None:
        return _ONLY_RECEIVED
    # the tick is the only reason the customer gives: the words that only say the item came do not contradict it
    return (ticked, _TICK_ONLY_REASON) if ticked != _SIZE_SENT_WRONG else None


def _size_agreed(ticked: str, read: str, asks: CustomerAsks, text: str) -> tuple[str | None, str] | None:
    """What the words say of the size (`_size_told`, else the way a fit complaint points where `read` is that way or
    tells no complaint: a change of mind, no reason) against a tick of a fault of the shop other than a wrong item,
    where the classifier's reading `read` is a size or the words' own reason and the words tell of no fault, quality or
    description complaint the tick may stand for, with the reason that fit complaint's way gives ("Sending it back, far
    too tight on me" read as no complaint is too small; None where a size told it); None else. A complaint a size does
    not fix ("too short in the body", a cut) is no fault of the shop either, and a damaged item the customer also wants
    in another size tells of the damage, as does a flaw told beside the size or the fit, however it is told
    (`said_besides_the_fit`, not counted: "I need a smaller size, and the strap snapped"), or a part that opens said
    too tight (`closure_too_tight`: « le bouchon est trop serré »). A listing's tick beside the listing's sizing named
    is the fit against it, no mistake."""
    told_fault = asks.faults or asks.quality_complaint or asks.not_as_described
    if told_fault or not get_reason(ticked).shop_fault or ticked == _SIZE_SENT_WRONG:
        return None
    if ticked == _LISTING_AT_FAULT and _LISTING_SIZING.search(text):
        return None
    # a flaw told beside the size or the fit, whichever tells it ("Too small, and the heel wobbles", "Too big and one
    # button is hanging by a thread": a defect the fault reading misses) leaves the tick its chance
    if said_besides_the_fit(match_view(text), counted=False) or closure_too_tight(match_view(text)):
        return None
    size = _size_told(asks, text)
    if size is None:
        # the way their fit complaint points, with no size asked ("Je la renvoie, trop grande", or felt: "they squash
        # my toes"), where the classifier reads that way too or no complaint at all: a complaint's words are weaker
        # than a size asked
        complained = _FIT_COMPLAINED.get(_fit_way_told(asks, text) or "")
        agrees = complained is not None and (read == complained[0] or family_of(read) in _NO_COMPLAINT_READ)
        return complained if agrees and complained is not None else None
    reason, said = size
    return (None, said) if read == reason or family_of(read) is Family.SIZE else None


def _fit_read_agreed(ticked: str, read: str, asks: CustomerAsks, text: str) -> str | None:
    """What the words say against a tick of a fault in the item itself (damage, a defect, a part missing) where the
    classifier reads a size, sure or not, and the words speak of the fit (`CustomerAsks.speaks_of_fit`, or in a
    picture: "it perches on my head like a thimble", `_FIT_PICTURED`) and of nothing the tick may stand for: no
    fault, quality or description complaint, hazard or late delivery told, and the tick's own matter spoken of only to
    deny it ("I'm swimming in it" under damage ticked, read too big but unsure): `_FIT_READ_SAID`; None else. A fit
    that fails the customer is theirs to return, not a fault of the item; a size asked is `_size_agreed`'s."""
    if ticked not in _FAULT_IN_THE_ITEM or family_of(read) is not Family.SIZE:
        return None
    told = asks.faults or asks.quality_complaint or asks.not_as_described or asks.hazards or asks.late_delivery
    spoken_of = set(asks.fault_matter) - set(asks.reasons_denied)
    # ... nor a size named beside another item's matter: "The label says M but it fits like an XS" may be the shop's
    # marking at fault
    if told or ticked in spoken_of or (_SIZE_SENT_WRONG in spoken_of and _SIZE_NAMED.search(text)):
        return None
    # ... nor a fit complaint the words point the other way from the classifier's size ("Je la renvoie, trop grande"
    # read too small): two readings that disagree are no plain fit
    complained = _FIT_COMPLAINED.get(_fit_way_told(asks, text) or "")
    if (complained is not None and complained[0] != read) or _FIT_DENIED.search(match_view(text)):
        return None
    # ... and says little else: every clause the fit, or words that say nothing of the item ("The boots pinch my toes,
    # and the heel wobbles" tells a defect the fault reading may miss)
    folded = match_view(text)
    # (... nor a part that opens said too tight: "the lid is screwed on too tight to undo" is the item's fault)
    if said_besides_the_fit(folded) or closure_too_tight(folded):
        return None
    fit_told = asks.speaks_of_fit or fit_pictured(folded) or fit_felt(folded) is not None
    return _FIT_READ_SAID if fit_told else None


def _fit_way_told(asks: CustomerAsks, text: str) -> str | None:
    """The way the customer's fit complaint points: in the fit's words (`CustomerAsks.fit_way`), else by what the item
    does to the body or set against the body or the rider (`features.customer_asks.fit_felt`: "the boots squash my
    toes", "a tad roomy", "the bike is too tall for me, I can't reach the ground")."""
    return asks.fit_way or fit_felt(match_view(text))


def _own_reason_agreed(ticked: str, read: str, asks: CustomerAsks, text: str) -> str | None:
    """What the words say against a tick of a fault of the shop where they give a reason of the customer's own instead
    (`CustomerAsks.reason_of_their_own`: no need of it, a change of mind, one had already, not to their taste), tell
    no complaint of the item nor of its delivery (a fault, a quality or description complaint, a hazard, a late
    delivery), speak of no fault's matter but to deny it (`CustomerAsks.fault_matter`) and say nothing else a
    complaint may hide in (`CustomerAsks.said_besides`), and the classifier's
    reading, as the words take it (`words_reading`), tells no complaint either ("It is exactly as pictured, just not
    my colours" under a defect ticked, read a change of mind but unsure): `_OWN_REASON_SAID`; None else."""
    told = asks.faults or asks.quality_complaint or asks.not_as_described or asks.late_delivery or asks.hazards
    # ... nor speak of a fault's matter but to deny it: "works great, said nobody" is no word of the item working
    spoken_of = set(asks.fault_matter) - set(asks.reasons_denied)
    # ... and say nothing else a complaint may hide in: "Arrived wet and mouldy, I don't want it anymore"
    if told or spoken_of or asks.said_besides or not asks.reason_of_their_own or not get_reason(ticked).shop_fault:
        return None
    overruled = words_reading(read, asks, text, ticked)
    acted = overruled.reason if overruled is not None else read
    return _OWN_REASON_SAID if family_of(acted) in _NO_COMPLAINT_READ else None


def _fit_against_the_habit(read: str, asks: CustomerAsks, text: str) -> tuple[str, str] | None:
    """The reason the fit complaint's way gives (`_FIT_COMPLAINED`) where the classifier read the other size, the way
    the customer habitually sizes (`CustomerAsks.habit_way`: "I normally go down one in your jeans, but these are too
    small", « D'habitude je prends une taille en dessous, mais celui-ci est trop petit »), with no way asked or said
    to run nor the fit denied; None else. The habit is how they usually buy, the complaint what this item does."""
    complained = _FIT_COMPLAINED.get(asks.fit_way or "")
    habit = _SIZE_ASKED.get(asks.habit_way or "")
    if complained is None or habit is None or asks.size_direction is not None or asks.size_runs is not None:
        return None
    if read != habit[0] or complained[0] == read or _FIT_DENIED.search(match_view(text)):
        return None
    return complained


def _size_told(asks: CustomerAsks, text: str) -> tuple[str, str] | None:
    """The reason and what the words say of the size: a size asked bigger or smaller, else the item said not to fit
    with no way given and no size named (`_FIT_SAID`); None where they tell neither."""
    if asks.size_direction in _SIZE_ASKED:
        return _SIZE_ASKED[asks.size_direction]
    if asks.size_direction is None and asks.size_runs in _SIZE_RUNS:
        return _SIZE_RUNS[asks.size_runs]
    fit_only = asks.does_not_fit and asks.size_direction is None and asks.wanted_size is None
    return _FIT_SAID if fit_only and not _SIZE_NAMED.search(text) else None


def _sent_as_ordered(asks: CustomerAsks, text: str) -> str | None:
    """What the words say that makes a wrong item none, where they tell of no fault, quality or description complaint
    the return may be for besides: the order was the customer's own mistake, or the item came in the size ordered and
    the return is for its fit (a size asked, the way the fit complaint points, or a fit with no way given); None
    else."""
    if asks.faults or asks.quality_complaint or asks.not_as_described:
        return None
    if asks.own_mistake:
        return _OWN_MISTAKE_SAID
    # (a fit complaint with no way, too: "I received the 39 I ordered, they pinch"; not "the fit is as expected")
    fit_told = (
        asks.size_direction in _SIZE_ASKED
        or _fit_way_told(asks, text) in _SIZE_ASKED
        or asks.does_not_fit
        or (asks.speaks_of_fit and _FIT_COMPLAINT.search(match_view(text)) is not None)
    )
    return _CAME_AS_ORDERED_SAID if asks.came_as_ordered and fit_told else None


def _reason_instead(asks: CustomerAsks, text: str) -> str:
    """The reason of an item whose fault the words deny beside what it goes back for instead (`fault_denied`): the size
    told (`_size_told`), else the way the fit complaint points where the words say it is not their size ("too big":
    not a flaw's words, "the plug is a bit loose"), else no longer needed (no need of it, a change of mind, one had
    already, bought by mistake, not to their taste: `features.customer_asks.denials`), else, where the words give no
    reason instead (a parcel said to have come early or on time and nothing else: "Turned up sooner than I'd thought."),
    no identifiable reason."""
    size = _size_told(asks, text)
    if size is not None:
        return size[0]
    complained = _FIT_COMPLAINED.get(asks.fit_way or "")
    not_their_size = _NOT_THEIR_SIZE.search(match_view(text))
    if complained is not None and not_their_size:
        return complained[0]
    return _BOUGHT_BY_MISTAKE if asks.reason_of_their_own or not_their_size else _NO_REASON_TOLD


def _complaint_beside_the_time(read: str, asks: CustomerAsks) -> str | None:
    """The complaint told beside a parcel said to have come early or on time, where the classifier read a late delivery
    ("Came sooner than I'd thought, but the colour is nothing like the photos", « Arrivé en avance, mais la couleur ne
    correspond pas »): a quality complaint, else a damage, a defect or a part missing (the first told), else a listing
    that differs; None where a late delivery is told too or the time is not denied. When the parcel came says nothing
    against what is wrong with the item."""
    if read != _ON_TIME or read not in asks.reasons_denied or asks.late_delivery:
        return None
    if asks.quality_complaint:
        return _QUALITY_TOLD[0]
    fault = next((_FAULT_TOLD[kind][0] for kind in asks.faults if kind in _FAULT_TOLD), None)
    return fault or (_LISTING_AT_FAULT if asks.not_as_described else None)


def _own_order_reason(asks: CustomerAsks, text: str) -> str:
    """The reason of an item the customer ordered wrongly themselves, or says came in the size ordered: the size asked
    bigger or smaller, else the way their fit complaint points, in the fit's words or felt ("I ordered the wrong size,
    it's too big", "it is the 42 I ordered, it squeezes my toes": `_fit_way_told`), else a fit with no way given where
    the words speak of the fit or say it does not fit (« il ne me va pas »), else bought by mistake."""
    way = asks.size_direction if asks.size_direction in _SIZE_ASKED else _fit_way_told(asks, text)
    if way in _SIZE_ASKED:
        return _SIZE_ASKED[way][0]
    return _FIT_WITH_NO_WAY if asks.speaks_of_fit or asks.does_not_fit else _BOUGHT_BY_MISTAKE
