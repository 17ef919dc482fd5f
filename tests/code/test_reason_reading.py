"""The reason the classifier read against what the customer's words plainly say (`decisions.reason_reading`)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest

from decisions.assembler import Assembler, ReturnCase
from decisions.policy import DecisionCode, ReturnContext, load_policy
from decisions.reason_mismatch import ReasonMismatch
from decisions.reason_reading import tick_reading, words_reading
from decisions.replies import reply_case
from features.customer_asks import read_asks
from features.history import FEATURE_COLUMNS, HistorySummary
from triage.settings import Settings


@pytest.mark.parametrize(
    ("text", "read", "expected"),
    [
        ("Lovely coat but I need a bigger size.", "too_large", "too_small"),
        ("Lovely coat but I need a bigger size.", "no_longer_needed", "too_small"),
        ("Elle est trop juste, je voudrais la taille au-dessus.", "other", "too_small"),
        # a late delivery told in passing: the other reason wins (annotation guide, rule 8)
        ("Arrived two weeks late and too small anyway. Need a bigger size.", "arrived_late", "too_small"),
        ("Could I swap it for a smaller size please?", "too_small", "too_large"),
        ("Juste pas la bonne taille.", "wrong_item", "other"),
        ("It just does not fit me.", "defective", "other"),
        # the way needed with no way asked: the item's own fit, a way regretted (a sheet: "Comes up a size smaller
        # than the size guide says" read too large, and offered the smaller size)
        ("Comes up a size smaller than the size guide says.", "too_large", "too_small"),
        ("Fits a size bigger than expected, I'm lost in it.", "too_small", "too_large"),
        ("Ce modèle chausse une pointure en dessous.", "too_large", "too_small"),
        ("J'aurais dû prendre au-dessus.", "no_longer_needed", "too_small"),
        ("I should have gone a size down, so please send me the small.", "too_small", "too_large"),
        # the fault read denied in so many words, beside what the return is for instead
        ("It arrived in perfect condition, I just don't need it any more.", "damaged_in_transit", "no_longer_needed"),
        ("La bouilloire fonctionne très bien, mais j'en ai déjà une.", "defective", "no_longer_needed"),
        ("Arrived in perfect condition but I need a bigger size.", "damaged_in_transit", "too_small"),
        ("It's the right item, just not for me.", "wrong_item", "no_longer_needed"),
        ("The parcel came on time, I just changed my mind.", "arrived_late", "no_longer_needed"),
        # this time's fit complaint against the way the customer habitually sizes, which the classifier read
        ("I normally go down one in your jeans, but these are too small.", "too_large", "too_small"),
        (
            "D'habitude je prends une taille en dessous dans vos jeans, mais celui-ci est trop petit.",
            "too_large",
            "too_small",
        ),
        ("I usually size up in your tops, but this one is far too big.", "too_small", "too_large"),
        # the design disliked, said too big or small, and nothing of how the item fits: a matter of taste
        ("The checks are far too large and loud on me.", "too_large", "no_longer_needed"),
        ("Les carreaux sont beaucoup trop grands, on dirait une nappe.", "too_large", "no_longer_needed"),
        ("Everything was there, it's just too big.", "missing_parts", "too_large"),
        # ... a flaw made light of beside it, someone close having one already
        (
            "Le mixeur marche très bien. Seul petit défaut : il est un peu bruyant, rien de grave. Je le renvoie parce "
            "que mon compagnon en avait déjà un.",
            "defective",
            "no_longer_needed",
        ),
        (
            "The drill works great, the only niggle is the trigger is a bit stiff, no big deal, returning it since my "
            "neighbour gave me his.",
            "defective",
            "no_longer_needed",
        ),
    ],
)
def test_words_that_plainly_say_the_reason_overrule_the_classifier(text: str, read: str, expected: str) -> None:
    reading = words_reading(read, read_asks(text), text)
    assert reading is not None and reading.read == read and reading.reason == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Lovely coat but I need a bigger size.", "too_small"),  # they agree
        # ... the design disliked beside a fit told: the fit is the classifier's to weigh
        ("The checks are far too large and the coat is too big on me as well.", "too_large"),
        ("Les carreaux sont trop grands et en plus la veste me serre.", "too_small"),
        ("The print is too busy for me and I need a 14.", "too_small"),
        # a fault told beside the size: the classifier weighs which one made them return it
        ("Arrived with a torn seam, and I need a bigger size anyway.", "damaged_in_transit"),
        # several sizes ordered to choose from: the choice, not the fit, may be the reason
        ("Ordered the 38 and the 40 to compare, the 38 is tight, I need the bigger one.", "no_longer_needed"),
        # a fit with no way given settles only that it is no fault: a fit or no reason read stands
        ("Juste pas la bonne taille.", "too_small"),
        ("It just does not fit me.", "no_longer_needed"),
        # a fault of the shop read by the classifier is never taken away on a size asked: the words miss many ways one
        # is told ("than pictured")
        (
            "The jumper is a different shade of green than pictured, and I'd need a size down anyway.",
            "not_as_described",
        ),
        ("Elle est trop juste, je voudrais la taille au-dessus.", "wrong_item"),
        # something else told that a size does not fix
        ("Not the colour I expected and it just does not fit.", "not_as_described"),
        # a size named: the marking against the fit may be a wrong item or a listing at fault
        ("The label says M but it fits like an XS, it's just not the right size.", "not_as_described"),
        ("Sized as an L but it is just not the right size.", "wrong_item"),
        # a size wanted alone is what a customer sent the wrong size asks for too
        ("Please send the M.", "wrong_item"),
        ("Je veux le 46 au lieu du 45.", "wrong_item"),
        # a fault told beside the words that deny another: the box's state is not the vase's
        ("The box was fine but the vase inside was broken.", "damaged_in_transit"),
        ("Arrived in perfect condition but after one wash the seams came apart.", "damaged_in_transit"),
        # a negation is no denial
        ("Pas en parfait état, il y a une rayure.", "damaged_in_transit"),
        # a denial of one fault leaves another reason's
        ("It arrived in perfect condition, but it stopped working after a day.", "defective"),
        # a late delivery told besides the words that deny it
        ("It came on time? No, it was two weeks late.", "arrived_late"),
        # a denial of a fault with nothing the return is for instead, or narrowed by a fault told after it
        ("Elle fonctionne très bien sauf que le couvercle ne ferme plus.", "defective"),
        ("It worked well for a week, then stopped. My flatmate brought hers anyway.", "defective"),
        ("Works fine but the handle snapped off, and my flatmate has one anyway.", "defective"),
        (
            "Elle fonctionne très bien, sauf que le couvercle ne ferme plus, rien de grave, j'en ai déjà une.",
            "defective",
        ),
        # a denial of another fault than the one read
        ("Works perfectly, my flatmate brought hers.", "damaged_in_transit"),
        # a habit that agrees with the complaint, a way asked beside it, or the fit denied
        ("I always size up, and this one is too small.", "too_large"),
        ("I normally go down one, but these are too small, so I need the size up.", "too_small"),
        ("I usually size down, these aren't too small at all, just not my style.", "too_large"),
        # a flaw made light of that is no mild one: a failure in part, a hazard, a wrong item sent, a loose plug (no
        # fit's way either)
        ("Works well, the only issue is the plug is a bit loose, no big deal, my dad has one.", "defective"),
        (
            "Marche très bien, seul souci elle ne s'allume qu'une fois sur deux, pas grave, ma mère m'en a offert une.",
            "defective",
        ),
        (
            "Works perfectly, the only issue is it gets really hot to the touch, no big deal, my partner has one "
            "anyway.",
            "defective",
        ),
        (
            "It's the right item, the only issue is it's the wrong size, no big deal, my sister has one anyway.",
            "wrong_item",
        ),
    ],
)
def test_words_that_settle_nothing_leave_the_classifier_its_reading(text: str, read: str) -> None:
    assert words_reading(read, read_asks(text), text) is None


def _assessed(text: str, read: str, lang: str = "fr", category: str = "dresses", **case: object) -> tuple:
    settings = Settings(reply_prepared_on="2026-11-28")
    context = ReturnContext(category, 60.0, "EUR", date(2026, 11, 21), date(2026, 11, 24))
    reply = reply_case(text, lang, read, category)
    assembler = Assembler(load_policy(settings.policy_path), settings)
    # the free-return quota is used up: only the shop's fault is free
    history = HistorySummary(free_returns_used=99)
    return assembler.assemble([ReturnCase(context, read, 0.9, reply, text=text, **case)], [history])[0]


def _taken_as_ticked(text: str, ticked: str, read: str) -> tuple:
    # the reason ticked taken as it is, the classifier unsure of another
    return _assessed(text, ticked, "en", reason_given=True, ticked=ticked, classifier_read=(read, 0.3))


def test_a_fit_read_as_a_wrong_item_is_decided_and_answered_as_no_fault_of_the_shop() -> None:
    assessment = _assessed("Robe jolie mais juste pas la bonne taille.", "wrong_item")
    assert assessment.acted_reason("wrong_item") == "other"
    assert assessment.decision.code is DecisionCode.PAID_RETURN and assessment.decision.label_fee > 0
    assert "SHOP_FAULT_FREE" not in assessment.decision.rule_codes
    # the agent reads why the reason is not the classifier's
    assert assessment.decision.rules[0].code == "REASON_FROM_WORDS"
    assert assessment.decision.rules[0].sentence == (
        "The reason model read wrong item, but the customer only says it does not fit, and names no fault: "
        "taken as other."
    )
    # the reply is drafted from the same reason: no free label for a shop mistake
    assert assessment.facts.label_fee > 0 and not assessment.facts.free_label


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Elle fonctionne très bien. Seul "défaut" : le couvercle est un peu dur à ouvrir, rien de grave. Je la '
         "renvoie parce que ma colocataire a apporté la sienne.", "fr"),
        ("Works perfectly, the only 'issue' is the lid is a bit stiff, no big deal, sending it back because my "
         "flatmate brought hers.", "en"),
        ("Le robot marche nickel. Je le retourne car ma mère m'a offert le même.", "fr"),
        ("There's nothing wrong with it, I just don't need it any more.", "en"),
        # a machine said to run well, or said working and no more
        ("The bread maker runs fine, I just don't need it any more.", "en"),
        ("La machine à pain tourne bien, je n'en ai simplement plus besoin.", "fr"),
        ("No, it works, we already have one in the caravan.", "en"),
        # a chat pasted as the reason: the agent's question is no fault told, the customer's answer denies it
        ("Customer: sending back the heater. Agent: is it faulty? Customer: no, it runs fine, I just don't need it any "
         "more.", "en"),
        ("Client : je renvoie le ventilateur. Conseiller : il est en panne ? Client : non il tourne bien, on en a déjà "
         "un.", "fr"),
    ],
)  # fmt: skip
def test_an_item_said_to_work_returned_for_a_reason_of_the_customers_own_is_no_fault(text: str, lang: str) -> None:
    # read (and ticked) as a defect, in a category whose returns are paid: no free label, no apology for a fault
    for ticked in (None, "defective"):
        assessment = _assessed(text, "defective", lang, "small_appliances", ticked=ticked)
        assert assessment.acted_reason("defective") == "no_longer_needed"
        assert assessment.decision.code is DecisionCode.PAID_RETURN and assessment.decision.label_fee > 0
        assert "SHOP_FAULT_FREE" not in assessment.decision.rule_codes
        assert assessment.decision.rules[0].code == "REASON_FROM_WORDS"
        assert assessment.facts.label_fee > 0 and not assessment.facts.free_label
        assert (assessment.mismatch is not None) == (ticked is not None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # worked for a while, a fault after "works well" or a fault made light of that is still one: a fault
        ("It worked well for a week, then stopped.", "en"),
        ("It worked well for a week, then stopped. My flatmate brought hers anyway.", "en"),
        ("Elle fonctionne très bien sauf que le couvercle ne ferme plus.", "fr"),
        ("Elle fonctionne très bien sauf que le couvercle ne ferme plus. De toute façon j'en ai déjà une.", "fr"),
        ("Works fine but the handle snapped off.", "en"),
        ("Works fine but the handle snapped off, and my flatmate has one anyway.", "en"),
        # ... run well for a while; the agent's word that it works is not the customer's
        ("It runs fine for a few minutes, then the motor cuts out.", "en"),
        ("Il tourne bien deux minutes puis il s'arrête.", "fr"),
        ("Agent: it works fine on our side. Customer: it does not switch on at all here.", "en"),
        ("Conseiller : chez nous il fonctionne très bien. Client : chez moi il ne s'allume pas du tout.", "fr"),
    ],
)  # fmt: skip
def test_a_fault_told_beside_words_that_it_works_stays_a_fault(text: str, lang: str) -> None:
    assessment = _assessed(text, "defective", lang, "small_appliances")
    assert assessment.words is None and assessment.acted_reason("defective") == "defective"
    assert assessment.decision.code is DecisionCode.FREE_RETURN


def test_a_reason_a_person_gave_is_never_overruled_by_the_words() -> None:
    assessment = _assessed("Robe jolie mais juste pas la bonne taille.", "wrong_item", reason_given=True)
    assert assessment.words is None and assessment.acted_reason("wrong_item") == "wrong_item"
    assert assessment.decision.code is DecisionCode.FREE_RETURN


def test_words_that_agree_with_the_reason_ticked_lift_the_mismatch() -> None:
    # too small ticked, the classifier read too large, the words ask for a bigger size
    mismatch = ReasonMismatch(picked="too_small", written="too_large")
    assessment = _assessed("Lovely dress but I need a bigger size.", "too_large", "en", mismatch=mismatch)
    assert assessment.mismatch is None and assessment.acted_reason("too_large") == "too_small"
    assert "REASON_MISMATCH" not in assessment.decision.rule_codes
    assert assessment.decision.rules[0].code == "REASON_FROM_WORDS"
    # ticked as a defect, the words still contradict the tick: the mismatch names the words' reason
    ticked_defect = ReasonMismatch(picked="defective", written="too_large")
    assessment = _assessed("Lovely dress but I need a bigger size.", "too_large", "en", mismatch=ticked_defect)
    assert assessment.mismatch == ReasonMismatch(picked="defective", written="too_small")
    assert "REASON_MISMATCH" in assessment.decision.rule_codes


def test_words_that_contradict_a_tick_the_classifier_agreed_with_are_a_mismatch() -> None:
    # a wrong item ticked and read, the words only say it does not fit: the tick alone buys no free label
    assessment = _assessed("Robe jolie mais juste pas la bonne taille.", "wrong_item", ticked="wrong_item")
    assert assessment.mismatch == ReasonMismatch(picked="wrong_item", written="other")
    assert assessment.decision.code is DecisionCode.PAID_RETURN and assessment.decision.warn
    assert assessment.decision.rule_codes[:2] == ("REASON_FROM_WORDS", "REASON_MISMATCH")
    # ticked as the words read it: nothing to warn of
    agreed = _assessed("Lovely dress but I need a bigger size.", "too_large", "en", ticked="too_small")
    assert agreed.mismatch is None and "REASON_MISMATCH" not in agreed.decision.rule_codes


@pytest.mark.parametrize(
    ("text", "ticked", "read", "acted"),
    [
        # words that deny the tick's fault, the classifier read another reason: that one, or the words' against it
        ("It arrived in perfect condition, I just don't need it any more.", "damaged_in_transit", "no_longer_needed",
         "no_longer_needed"),
        ("Colis bien emballé, arrivé en parfait état, mais je n'en ai plus besoin.", "damaged_in_transit", "other",
         "other"),
        ("The kettle works perfectly, I just bought a second one by mistake.", "defective", "no_longer_needed",
         "no_longer_needed"),
        ("Il marche nickel, mais je me suis trompée de modèle.", "defective", "no_longer_needed", "no_longer_needed"),
        ("Arrived in perfect condition but I need a bigger size.", "damaged_in_transit", "no_longer_needed",
         "too_small"),
        ("It's the right item, just not for me.", "wrong_item", "other", "other"),
        ("The parcel came on time, I just changed my mind.", "arrived_late", "no_longer_needed", "no_longer_needed"),
        # ... or the tick's fault, which the words deny as they would the classifier's reading alone
        ("It arrived in perfect condition, I just don't need it any more.", "damaged_in_transit",
         "damaged_in_transit", "no_longer_needed"),
        ("Elle fonctionne très bien. Seul « défaut » : le bouton est un peu dur, rien de grave. Je la renvoie, ma "
         "colocataire a apporté la sienne.", "defective", "defective", "no_longer_needed"),
        # words of the size only, read as a size too, against a tick of a fault of the shop
        ("Superbe manteau, très chaud. Je le renvoie pour la taille au-dessus.", "damaged_in_transit", "too_small",
         "too_small"),
        ("Lovely jumper, but I need a smaller size.", "defective", "too_large", "too_large"),
        ("Lovely jumper, but I need a smaller size.", "missing_parts", "too_small", "too_large"),
        ("It just doesn't fit me.", "damaged_in_transit", "too_small", "too_small"),
        # a complaint a size does not fix is no fault of the shop either
        ("Très joli pull, mais trop court de buste, mon M habituel ne suffit pas. Je le renvoie pour la taille "
         "au-dessus.", "damaged_in_transit", "too_small", "too_small"),
        ("Lovely jumper but too short in the body, my usual M isn't enough. Sending it back for the size up.",
         "defective", "too_small", "too_small"),
        ("Elle ne me va pas.", "defective", "too_large", "too_large"),
        # a difference from the photos said to be for the better, the classifier reading the fit
        ("It's nothing like the photos - it's even nicer in person! Sadly too small.", "not_as_described", "too_small",
         "too_small"),
        ("Rien à voir avec la photo, elle est encore plus belle en vrai. Mais trop petite.", "not_as_described",
         "too_small", "too_small"),
        # the way a fit complaint points, no size asked, the classifier reading that way too; a flaw made light of
        ('Seul « défaut » : la couleur, un peu plus foncée, rien de grave. Je la renvoie, trop grande.', "defective",
         "too_large", "too_large"),
        # ... read as no complaint: the fit complaint's way is the reason acted on
        ('Seul « défaut » : la couleur, un peu plus foncée, rien de grave. Je la renvoie, trop grande.', "defective",
         "no_longer_needed", "too_large"),
        ("Sending it back, far too tight on me.", "damaged_in_transit", "other", "too_small"),
        ("Je le renvoie, beaucoup trop serré.", "damaged_in_transit", "no_longer_needed", "too_small"),
        ('Only "flaw": the colour is a shade darker, nothing serious. Sending it back, it is far too tight.',
         "defective", "too_small", "too_small"),
        # a reason of the customer's own and no complaint of the item, the classifier reading none either
        ("It is exactly as pictured, just not my colours.", "defective", "no_longer_needed", "no_longer_needed"),
        ("Exactement comme sur la photo, mais ce n'est pas ma couleur.", "damaged_in_transit", "other", "other"),
        ("Lovely bag, I just changed my mind.", "missing_parts", "no_longer_needed", "no_longer_needed"),
        ("Très joli sac, mais j'ai changé d'avis.", "not_as_described", "no_longer_needed", "no_longer_needed"),
        ("Beautiful lamp. My flatmate brought hers, so we don't need two.", "wrong_item", "other", "other"),
        # ... read as the listing at fault, which the words deny: the reason they give instead
        ("It is exactly as pictured, just not my colours.", "defective", "not_as_described", "no_longer_needed"),
        # ... told with its circumstances in a full sentence
        ("The garden makeover fell through so we don't need the extra paving slabs.", "damaged_in_transit",
         "no_longer_needed", "no_longer_needed"),
        ("Ma fille a changé de club, elle n'a plus besoin des crampons.", "defective", "other", "other"),
        # the fit only, no size asked, under a fault in the item ticked, the classifier reading a size (sure or not)
        ("The cap perches on top of my head like a thimble.", "damaged_in_transit", "too_small", "too_small"),
        ("I'm swimming in this coat, lovely colour though.", "defective", "too_large", "too_large"),
        ("Je nage littéralement dedans, dommage, la coupe est jolie.", "defective", "too_large", "too_large"),
        ("Way too snug across the shoulders and a bit short in the arms.", "missing_parts", "too_small", "too_small"),
        ("Le bonnet est posé sur le crâne, beaucoup trop petit.", "damaged_in_transit", "too_small", "too_small"),
        # the fit beside words that tell no flaw: nothing said missing, the item compared with other coats, a part
        # praised, the fit said with no way given
        ("Too big, and nothing is missing.", "missing_parts", "too_large", "too_large"),
        ("Much more flattering than the other coats I tried, but I need the size up.", "damaged_in_transit",
         "too_small", "too_small"),
        ("Plus joli que l'autre manteau essayé, mais il me faut la taille au-dessus.", "defective", "too_small",
         "too_small"),
        ("Sending it back, far too big, lovely buttons though.", "defective", "other", "too_large"),
        ("Il me faut la taille en dessous, elle ne me va pas.", "defective", "too_large", "too_large"),
        # the item against the customer's own things (their bed, their alcove, their wrist): their fit, not the item's
        # parts failing each other
        ("The duvet cover is too small for the bed.", "defective", "too_small", "too_small"),
        ("The bookcase is far too big for the alcove.", "damaged_in_transit", "too_large", "too_large"),
        ("La housse est trop petite pour le lit, elle ne couvre pas le matelas.", "defective", "too_small",
         "too_small"),
        ("Le meuble est trop grand pour l'espace prévu.", "missing_parts", "too_large", "too_large"),
        ("The strap won't close round my wrist, too small.", "damaged_in_transit", "too_small", "too_small"),
        # a fault's word denied or praised, or shoes to break in, beside the fit: no flaw told
        ("Trop grand, sinon impeccable, aucun défaut.", "defective", "too_large", "too_large"),
        ("Too big. Not faulty, just huge.", "defective", "too_large", "too_large"),
        ("Too small but the quality is faultless.", "defective", "too_small", "too_small"),
        ("Too big, otherwise flawless.", "defective", "too_large", "too_large"),
        ("Too small, not your fault, I should have sized up.", "defective", "too_small", "too_small"),
        ("Too big, but dead comfy.", "defective", "too_large", "too_large"),
        ("Too tight, and I don't want to spend weeks breaking them in.", "defective", "too_small", "too_small"),
        ("Trop serrées, et je n'ai pas envie de les casser pendant des semaines.", "defective", "too_small",
         "too_small"),
        ("Too big, the waistband is loose on me.", "defective", "too_large", "too_large"),
        # ... nor the item set against another item named after "the other", nor feet said dead
        ("Too big, and this one is nicer than the other one I bought.", "defective", "too_large", "too_large"),
        ("Trop grand, celle-ci est plus jolie que l'autre que j'avais.", "defective", "too_large", "too_large"),
        ("Too tight, my feet are dead after an hour.", "defective", "too_small", "too_small"),
        ("The curtain is too short for the window.", "not_as_described", "too_small", "too_small"),
        ("Le tapis est trop grand pour la chambre.", "defective", "too_large", "too_large"),
        ("The roof box is too big for the car boot.", "defective", "too_large", "too_large"),
        ("The mirror is too big for the space in my hallway.", "damaged_in_transit", "too_large", "too_large"),
        # the fit told by what the item does to the body, or the item set against the body or the rider, with no size
        # word: its way is the reason, whatever the classifier read that claims no fault
        ("The trainers squeeze my toes, sending them back.", "defective", "too_small", "too_small"),
        ("The trainers squeeze my toes, sending them back.", "damaged_in_transit", "no_longer_needed", "too_small"),
        ("A touch roomy through the body.", "defective", "other", "too_large"),
        ("Les chaussures m'écrasent les orteils.", "defective", "other", "too_small"),
        ("The helmet presses on my temples.", "missing_parts", "too_small", "too_small"),
        ("My toes hit the end of the shoe.", "damaged_in_transit", "too_small", "too_small"),
        ("The bike is too tall for me, I'm on tiptoe at every stop.", "defective", "other", "too_large"),
        ("Trop haut pour moi, je ne touche pas le sol.", "damaged_in_transit", "too_large", "too_large"),
        ("The ring slips off my finger.", "defective", "other", "too_large"),
        ("The handlebars sit too low for me.", "defective", "other", "too_small"),
        # ... a part of the item told after the pressing is what the fit does to it, not what hurts
        ("The goggles press on my nose and the hinges splay.", "defective", "other", "too_small"),
        ("La monture appuie sur mes pommettes et les charnières forcent.", "damaged_in_transit", "other", "too_small"),
        # an order placed twice, the customer's own doing, with nothing else told: no fault of the shop
        ("I placed the order twice by accident, sending back the extra one, still sealed.", "defective",
         "no_longer_needed", "no_longer_needed"),
        ("I checked out twice, returning the spare.", "wrong_item", "other", "other"),
        ("The order got submitted twice by accident.", "defective", "no_longer_needed", "no_longer_needed"),
        ("Commande passée 2 fois par erreur, je renvoie le second carton.", "missing_parts", "other", "other"),
        ("The order went through twice, I only wanted one kettle.", "damaged_in_transit", "other", "other"),
        ("J'ai passé ma commande deux fois, je renvoie le deuxième grille-pain.", "defective", "other", "other"),
        ("Commande en doublon, je renvoie un des deux.", "missing_parts", "no_longer_needed", "no_longer_needed"),
        ("J'ai commandé deux fois la même lampe par erreur, je renvoie la seconde.", "defective", "other", "other"),
        # the packing hurt on the way and the item said unharmed: no damage in transit, whatever the return is for
        ("The delivery box was torn at one corner, but the planter itself is perfect.", "damaged_in_transit", "other",
         "other"),
        ("Colis cabossé, mais la théière est intacte.", "damaged_in_transit", "no_longer_needed", "no_longer_needed"),
        ("Le carton était tout écrasé mais le vase est arrivé en parfait état.", "damaged_in_transit", "other",
         "other"),
        # a conversation where the customer says the item works and gives their own reason
        ("Customer: I'd like to return the sander. Agent: anything wrong with it? Customer: no, it works fine, I got "
         "one as a present.", "defective", "other", "other"),
        ("Client : je voudrais renvoyer la perceuse. Conseiller : elle a un souci ? Client : non, elle marche bien, "
         "mon frère m'a prêté la sienne.", "defective", "other", "other"),
        # ... the hem, the sewing or a part told of the fit, not of a flaw: no flaw's word beside it
        ("Far too big, the hem bunches up around my shoes.", "defective", "too_large", "too_large"),
        ("Trop grand, le bas s'entasse sur mes chaussures.", "defective", "too_large", "too_large"),
        ("Too tight across my back, beautifully sewn otherwise.", "defective", "too_small", "too_small"),
        ("Too big, the belt loops sit loose on my hips.", "defective", "too_large", "too_large"),
        # ... a small flaw denied in its clause, or « fils » of a son, is no flaw told
        ("Too big. Not one loose thread, the finish is superb.", "defective", "too_large", "too_large"),
        ("Too big, no pulled threads anywhere, I just need the size down.", "defective", "too_large", "too_large"),
        ("Trop grand, pas un fil qui dépasse, finitions parfaites.", "defective", "too_large", "too_large"),
        ("Trop court pour mon fils qui dépasse maintenant le mètre cinquante.", "defective", "too_small",
         "too_small"),
    ],
)  # fmt: skip
def test_words_that_contradict_a_tick_the_classifier_did_not_read_give_the_reason(
    text: str, ticked: str, read: str, acted: str
) -> None:
    reading = tick_reading(ticked, read, read_asks(text), text)
    assert reading is not None and reading.ticked and reading.read == ticked and reading.reason == acted


@pytest.mark.parametrize(
    ("text", "ticked", "read"),
    [
        # the classifier read the tick's reason, and the words agree with both
        ("Je le renvoie pour la taille au-dessus.", "too_small", "too_small"),
        # expectations a fault then broke, and words of a return's purpose said of something else, the classifier unsure
        # of another reason: no denial
        ("It's supposed to work perfectly out of the box. Mine doesn't, I have the same problem as with the first one.",
         "defective", "other"),
        ("Normalement ça fonctionne très bien, là rien ne se passe quand j'appuie, ça ne va pas du tout.", "defective",
         "other"),
        ("It's supposed to work perfectly out of the box. Mine doesn't, and I already had to send the last one back.",
         "defective", "no_longer_needed"),
        ("J'ai reçu le bon modèle, vous vous êtes trompé de couleur.", "wrong_item", "other"),
        ("Got the right model, wrong colour though, someone must have packed it by mistake.", "wrong_item",
         "not_as_described"),
        ("The blender works great on paper. In practice the motor smokes. I don't love that, obviously.", "defective",
         "other"),
        ("Works perfectly for the first day, then dies. I don't need another faulty one.", "defective", "other"),
        ("Fonctionne très bien... pendant deux jours. Je n'en ai plus besoin, remboursez-moi.", "defective", "other"),
        ("Elle devait fonctionner parfaitement, mais non. Je n'en veux plus.", "defective", "no_longer_needed"),
        ("It's meant to arrive in one piece. Mine came in two. Changed my mind about the brand.", "damaged_in_transit",
         "no_longer_needed"),
        ("The toaster works great, said nobody. I don't like it at all.", "defective", "no_longer_needed"),
        # a denial qualified in its sentence
        ("Elle marche bien quand elle veut, c'est-à-dire rarement. J'en ai déjà une autre de toute façon.",
         "defective", "no_longer_needed"),
        ("It's the right item on paper. The box had a different lamp. I don't need it now anyway.", "wrong_item",
         "no_longer_needed"),
        ("Works perfectly when it wants to, which is almost never. I already have another one anyway.", "defective",
         "no_longer_needed"),
        ("Il marche bien si on le secoue. J'en ai déjà un autre.", "defective", "no_longer_needed"),
        ("It works perfectly, I was told. Mine won't even switch on. I don't need it now anyway.", "defective",
         "no_longer_needed"),
        ("C'est le bon article, j'imagine, vu l'étiquette. La lampe dedans est un autre modèle. Je n'en ai plus "
         "besoin.", "wrong_item", "no_longer_needed"),
        # a denial beside the fault it denies, told in words the fault reader must not miss: a device that will not
        # even switch on, another model inside, a part named as the one thing the box lacked
        ("It's the same model my sister has and hers works perfectly. Mine won't even switch on. I don't need it now "
         "anyway.", "defective", "no_longer_needed"),
        ("Celle de ma voisine fonctionne très bien. La mienne ne s'allume même pas. De toute façon je n'en ai plus "
         "besoin.", "defective", "no_longer_needed"),
        ("It's the right item. Inside was a different model. I don't need it any more anyway.", "wrong_item",
         "no_longer_needed"),
        ("C'est le bon article. Dedans c'est un autre modèle. Je n'en ai plus besoin de toute façon.", "wrong_item",
         "no_longer_needed"),
        ("Everything was there. Well, everything was in the box except the charger. I've changed my mind anyway.",
         "missing_parts", "no_longer_needed"),
        ("Tout y est. Enfin, tout était dans le carton sauf le chargeur. De toute façon j'ai changé d'avis.",
         "missing_parts", "no_longer_needed"),
        # a damaged item the customer also wants in another size: the damage is told
        ("It arrived with a torn sleeve, and I'd like it in the size up.", "damaged_in_transit", "too_small"),
        ("Arrivée avec une manche déchirée, il me faudrait aussi la taille au-dessus.", "damaged_in_transit",
         "too_small"),
        ("Cheap fabric, not the quality I paid for, and I need the size up anyway.", "defective", "too_small"),
        # a size the classifier does not read: the words alone do not take the tick
        ("Je le renvoie pour la taille au-dessus.", "damaged_in_transit", "no_longer_needed"),
        # a wrong item sent is most often the wrong size, told by the size needed
        ("It's the right model but you sent it in the wrong size, I need a bigger size.", "wrong_item", "too_small"),
        ("C'est bien le bon modèle mais vous vous êtes trompés de taille, il me faut la taille au-dessus.",
         "wrong_item", "too_small"),
        # a tick of no fault of the shop: the ticked-vs-written check weighs it (`decisions.reason_mismatch`)
        ("Need a bigger size.", "too_large", "too_small"),
        # a size named: the marking against the fit may be the shop's error
        ("The label says M but it fits like an XS, it just doesn't fit.", "defective", "too_small"),
        # a fit complaint's way with no size asked: only where the classifier reads that way, with no fault told and
        # not denied
        ("Je la renvoie, trop grande.", "defective", "too_small"),
        ("Sending it back, far too tight.", "damaged_in_transit", "poor_quality"),
        ("Far too tight, and the zip broke the first time I tried it.", "defective", "too_small"),
        ("It's not too small, it just looks odd on me.", "damaged_in_transit", "too_small"),
        # the fit against the listing's own sizing is what a listing's tick means
        ("Comes up a size smaller than the size guide says, far too tight.", "not_as_described", "too_small"),
        ("Taille bien plus petit que le guide des tailles, trop serré.", "not_as_described", "too_small"),
        ("I followed the size chart, I need a bigger size.", "not_as_described", "too_small"),
        # a reason of the customer's own beside a fault told, the fault's matter spoken of, a reading of a complaint,
        # the fault ticked read, or someone's praise: the tick keeps its chance
        ("Not really my style, and the zip broke on day one.", "defective", "no_longer_needed"),
        ("J'ai changé d'avis, et de toute façon il ne s'allume pas.", "defective", "no_longer_needed"),
        ("Changed my mind, it's the wrong colour anyway.", "wrong_item", "no_longer_needed"),
        ("I changed my mind, you sent me two.", "wrong_item", "no_longer_needed"),
        ("Works great, said nobody. Changed my mind.", "defective", "no_longer_needed"),
        ("I changed my mind, it looks cheap.", "damaged_in_transit", "no_longer_needed"),
        ("I changed my mind.", "defective", "poor_quality"),
        ("I changed my mind.", "defective", "defective"),
        ("My sister has the same one and loves it. Half the lights don't come on.", "defective", "other"),
        ("Ma sœur a la même et l'adore. La moitié des guirlandes reste éteinte.", "defective", "other"),
        ("I don't need a replacement, just my money back.", "defective", "other"),
        # ... or a complaint in words the fault lists miss, beside a change of mind
        ("Arrived wet and mouldy, I don't want it anymore.", "damaged_in_transit", "no_longer_needed"),
        ("Reçu moisi, plus besoin.", "damaged_in_transit", "no_longer_needed"),
        ("It rattles inside when you shake it, I don't want it now.", "defective", "no_longer_needed"),
        ("It's fake leather, not real like it said. Changed my mind.", "not_as_described", "no_longer_needed"),
        ("Beaucoup plus petit que prévu, pas pour moi", "not_as_described", "no_longer_needed"),
        # ... however short: a one-word complaint beside a change of mind counts as the longer one does
        ("Mouldy, changed my mind.", "damaged_in_transit", "no_longer_needed"),
        ("Moisi, j'ai changé d'avis.", "damaged_in_transit", "no_longer_needed"),
        ("The garden makeover fell through so we don't need the slabs, they are a bit chalky anyway.",
         "damaged_in_transit", "no_longer_needed"),
        ("The garden makeover fell through, and two slabs arrived cracked anyway.", "damaged_in_transit",
         "no_longer_needed"),
        # the fit read beside a fault told, the tick's own matter spoken of, or under a tick a fit may tell (another
        # size sent, a listing's size guide), or read as no size: the tick keeps its chance
        ("I'm swimming in this coat, and the zip broke on day one.", "defective", "too_large"),
        ("Je nage dedans, et en plus la couture de l'épaule est déchirée.", "damaged_in_transit", "too_large"),
        ("Far too snug, and the box was crushed when it came.", "damaged_in_transit", "too_small"),
        ("Way too snug, and it won't switch on either.", "defective", "too_small"),
        ("Too tight across the chest, and the belt that goes with it wasn't in the bag.", "missing_parts", "too_small"),
        ("The cap perches on top of my head like a thimble.", "wrong_item", "too_small"),
        ("The cap perches on top of my head like a thimble.", "not_as_described", "too_small"),
        ("The cap perches on top of my head like a thimble.", "damaged_in_transit", "poor_quality"),
        ("It arrived in a bad condition and it's tight.", "damaged_in_transit", "too_small"),
        # ... nor where the words say more than the fit: a flaw the fault reading may miss, or parts that do not fit
        # each other (the item's fault, not the customer's fit), whether the fit complaint's way or a size is read
        ("Far too tight on the toes, and the sole squeaks.", "defective", "too_small"),
        ("Far too tight on the toes, and the sole squeaks.", "defective", "no_longer_needed"),
        ("Too roomy, and the zip pull keeps catching the lining.", "defective", "too_large"),
        ("Le bonnet est posé sur le crâne, et la boucle de la sangle s'ouvre toute seule.", "defective", "too_small"),
        ("A bit big, and one strap is longer than the other.", "defective", "too_large"),
        ("Un peu grand, et une jambe est plus longue que l'autre.", "defective", "too_large"),
        ("The glass lid is too small for the pan it came with.", "damaged_in_transit", "too_small"),
        ("Le couvercle est trop petit pour la cocotte fournie avec.", "missing_parts", "too_small"),
        ("Too roomy, and the velcro won't hold any more.", "defective", "too_large"),
        ("Trop grand, et la fermeture ne tient plus.", "defective", "too_large"),
        # ... on every path: the fit complaint's way read as a size or as no complaint, or a size asked, beside a part
        # coming away or words of a fault in the item
        ("Too big and one button is hanging by a thread.", "defective", "too_large"),
        ("Too big and one button is hanging by a thread.", "defective", "other"),
        ("Too big and one button is hanging by a thread.", "damaged_in_transit", "no_longer_needed"),
        ("Trop grand et un bouton ne tient plus qu'à un fil.", "defective", "other"),
        ("Trop petite, et l'ourlet se découd déjà.", "defective", "too_small"),
        ("I need a smaller size, and the strap snapped.", "defective", "too_large"),
        ("Too snug, and the seam is coming apart.", "defective", "no_longer_needed"),
        ("Il me faut la taille en dessous, et il manque la ceinture.", "missing_parts", "too_large"),
        ("Sending it back for the size up, the clasp came off.", "damaged_in_transit", "too_small"),
        # ... nor where a part of the item fails another, or the item fails beside the customer's own things
        ("The lid is too small for the pan.", "defective", "too_small"),
        ("Le couvercle est trop petit pour la casserole.", "defective", "too_small"),
        ("The duvet cover is too small for the bed, and the zip broke.", "defective", "too_small"),
        ("Trop petite pour le lit, et la fermeture est cassée.", "defective", "too_small"),
        ("Too small, and the zip won't close.", "defective", "too_small"),
        # ... nor where one part is set against the other, whatever the comparison, or a seam, a hem or the lining
        # gives way
        ("Trop grand et un côté est plus foncé que l'autre.", "defective", "too_large"),
        ("Too big and one earcup is louder than the other.", "defective", "too_large"),
        ("Too small, and one cuff feels stiffer than the other one.", "defective", "too_small"),
        ("Too big, and the left shoe is heavier than the other.", "defective", "too_large"),
        ("Trop grand, la manche droite est plus foncée que l'autre.", "defective", "too_large"),
        ("Too big, and one of the handles feels weaker than the other.", "defective", "too_large"),
        ("Too small, and the stitching on the thumb is loose.", "defective", "too_small"),
        ("Trop grand, et la couture de l'épaule est ouverte.", "defective", "too_large"),
        ("Too short in the legs and the hem is coming down.", "defective", "too_small"),
        # ... nor where the item's parts fail each other, named with "the" as furniture or a body (its shelves, legs,
        # doors, face, neck), or bought with it
        ("The brackets are too small for the shelves.", "missing_parts", "too_small"),
        ("Les vis sont trop courtes pour les pieds de la table.", "missing_parts", "too_small"),
        ("The doors are too big for the cabinet.", "defective", "too_large"),
        ("The strap is too narrow for the watch face.", "defective", "too_small"),
        ("Le plateau est trop petit pour le pied de la table.", "defective", "too_small"),
        ("The bed frame is too small for the mattress I bought with it.", "defective", "too_small"),
        # ... nor a boot, a space or a wall of the item's own
        ("The laces are too short for the boot.", "missing_parts", "too_small"),
        ("The shelf is too long for the space between the side panels.", "defective", "too_large"),
        ("La tablette est trop longue pour l'espace entre les montants.", "defective", "too_large"),
        ("The panels are too small for the walls of the tent.", "defective", "too_small"),
        # ... nor a small flaw told in passing beside the fit: a thread loose or pulled, a hem undone, an elastic gone
        # slack, a stud or a bead come off, a rivet loose, a zip that catches
        ("Too big, and a couple of threads hang loose on the pocket.", "defective", "too_large"),
        ("Too big, and there's a pulled thread across the knee.", "defective", "too_large"),
        ("Trop grand, et l'ourlet du bas est défait.", "defective", "too_large"),
        ("Trop serré, et l'élastique de la taille est détendu.", "defective", "too_small"),
        ("Trop grande, et une perle s'est détachée du col.", "defective", "too_large"),
        ("Trop grand, avec plusieurs fils qui pendent au col.", "defective", "too_large"),
        ("Too small, and one rivet is loose.", "defective", "too_small"),
        ("Too small, plus the zip keeps catching halfway.", "defective", "too_small"),
        ("Too small, plus the zip keeps catching halfway.", "defective", "other"),
        # ... nor a flaw told beside the fit felt on the body or against the rider, nor a bag praised as roomy
        ("The boots squash my toes and the sole has split.", "defective", "too_small"),
        ("Trop court pour moi, et la fermeture est cassée.", "defective", "too_small"),
        ("The strap cuts into my shoulder, the buckle is cracked.", "defective", "other"),
        ("Too tall for me, and the brakes squeal.", "defective", "too_large"),
        ("The bag is nice and roomy, but the handle snapped.", "defective", "too_large"),
        ("The glasses slip off my nose because one arm is bent.", "defective", "too_large"),
        # ... nor a sharp part of the item that presses or cuts into the body, nor a setting too high for the customer
        ("A tack pokes through the insole and presses into my heel.", "defective", "other"),
        ("A staple in the lining digs into my back.", "defective", "no_longer_needed"),
        ("Le ressort pince les doigts à chaque ouverture.", "defective", "other"),
        ("The fan speed is too high for me even on setting one.", "defective", "other"),
        ("Le volume est trop haut pour moi, même au minimum.", "defective", "other"),
        # ... nor a sound, an angle or a time too low, high or short for the customer: a fault or a preference
        ("The bass is too low for me, the speaker goes back.", "defective", "too_small"),
        ("The seat's tilt is too high for me on every notch.", "defective", "too_large"),
        ("L'inclinaison du dossier est trop basse pour moi.", "defective", "too_small"),
        # ... nor a part that opens or turns too tight: the item's fault
        ("The cork is jammed in so tight the bottle won't open.", "defective", "too_small"),
        ("The lid of the flask is screwed too tight to undo.", "defective", "too_small"),
        ("The cap is too tight, I can't get it off the tube.", "defective", "too_small"),
        ("Le bouchon du thermos est trop serré, impossible de l'ouvrir.", "defective", "too_small"),
        ("Le couvercle est vissé tellement serré que je n'arrive pas à l'ouvrir.", "defective", "too_small"),
        # ... nor the customer's own body or height said a little big
        ("J'ai la main un peu large, je le renvoie.", "defective", "other"),
        ("Je suis un peu grand pour cette trottinette.", "defective", "other"),
        # ... told after the pressing too, as what hurts
        ("It presses into my ankle, a rivet has worked through the lining.", "defective", "other"),
        ("Ça me rentre dans la cuisse, une vis dépasse du siège.", "defective", "no_longer_needed"),
        ("The seat digs into my thighs where a bolt sticks out.", "defective", "other"),
        ("The seat digs into my thighs where a bolt sticks out.", "defective", "too_small"),
        # ... nor a part told as the subject that opens, shuts or spreads and then presses itself
        ("The clasp forces open and pinches my wrist.", "defective", "other"),
        ("Les baleines s'ouvrent et me rentrent dans les côtes.", "defective", "other"),
        # ... nor a mistake that is the shop's, or a flaw told beside an order placed twice or a box hurt
        ("The colour I ordered was swapped by mistake, I got green.", "wrong_item", "other"),
        ("Bought a second one by accident and it came cracked.", "damaged_in_transit", "other"),
        # ... nor the item said unharmed beside how it is hurt after all
        ("The carton was soaked, the quilt inside is fine but smells of damp.", "damaged_in_transit", "other"),
        ("Colis écrasé mais la lampe est intacte, sauf le pied qui est tordu.", "damaged_in_transit", "other"),
        ("Le carton était mouillé, le coussin est intact mais il sent le moisi.", "damaged_in_transit",
         "no_longer_needed"),
        ("Le carton était déchiré, le miroir est intact, le coin du cadre est plié.", "damaged_in_transit", "other"),
        ("The box was split open, the jug itself is fine, the spout is pushed in.", "damaged_in_transit",
         "no_longer_needed"),
        ("On a passé la commande deux fois, et le second colis est arrivé abîmé.", "damaged_in_transit", "other"),
        ("The box was dented and the vase inside is cracked.", "damaged_in_transit", "other"),
        ("Le carton était cabossé et la lampe est cassée.", "damaged_in_transit", "other"),
        ("The box was crushed but the vase itself is fine, apart from a chip on the rim.", "damaged_in_transit",
         "other"),
        ("The box was dented. The mixer is fine, it just doesn't turn on.", "damaged_in_transit", "other"),
        ("Customer: I'd like to return the sander. Agent: anything wrong with it? Customer: yes, it won't start.",
         "defective", "other"),
    ],
)  # fmt: skip
def test_words_that_leave_the_tick_its_chance(text: str, ticked: str, read: str) -> None:
    assert tick_reading(ticked, read, read_asks(text), text) is None


@pytest.mark.parametrize(
    ("text", "lang", "ticked", "read"),
    [
        ("It arrived in perfect condition, I just don't need it any more.", "en", "damaged_in_transit", "other"),
        (
            "Colis bien emballé, arrivé en parfait état, mais je n'en ai plus besoin.",
            "fr",
            "damaged_in_transit",
            "other",
        ),
        # the classifier read another reason and left the tick its chance: the words alone contradict it
        ("The kettle works perfectly, I just bought a second one by mistake.", "en", "defective", "no_longer_needed"),
        # the words tell only of the size, which the classifier reads too
        ("Lovely jumper, sending it back for the size up.", "en", "damaged_in_transit", "too_small"),
        # words that deny the fault the classifier read as ticked
        (
            "It arrived in perfect condition, I just don't need it any more.",
            "en",
            "damaged_in_transit",
            "damaged_in_transit",
        ),
        ("Superbe manteau. Je le renvoie pour la taille au-dessus.", "fr", "damaged_in_transit", "too_small"),
        # a reason of the customer's own and no complaint, read as none
        ("It is exactly as pictured, just not my colours.", "en", "defective", "no_longer_needed"),
        ("Exactement comme sur la photo, mais ce n'est pas ma couleur.", "fr", "wrong_item", "other"),
        # a reason of one's own told with its circumstances
        ("We moved abroad, so we won't be using the heater.", "en", "defective", "no_longer_needed"),
        ("Le déménagement est repoussé, donc on n'a plus besoin des cartons en trop.", "fr", "missing_parts", "other"),
        # the fit only, under a fault in the item ticked, read as a size
        ("I'm swimming in this coat, lovely colour though.", "en", "defective", "too_large"),
        ("Le bonnet est posé sur le crâne, beaucoup trop petit.", "fr", "damaged_in_transit", "too_small"),
        # ... the item against the customer's own things
        ("The duvet cover is too small for the bed.", "en", "defective", "too_small"),
        ("Trop grand, sinon impeccable, aucun défaut.", "fr", "defective", "too_large"),
        ("Le meuble est trop grand pour l'espace prévu.", "fr", "damaged_in_transit", "too_large"),
        # ... the fit felt on the body, the classifier reading no complaint
        ("The trainers squeeze my toes, sending them back.", "en", "defective", "no_longer_needed"),
        ("Le vélo est trop haut pour moi, je ne touche pas terre.", "fr", "damaged_in_transit", "other"),
        # ... a time or a setting told in another clause is not the measure the fit sets against the customer
        ("Delivery was quick, but the trousers are too short for me.", "en", "defective", "too_small"),
        ("Réglage facile, mais la selle est trop haute pour moi.", "fr", "defective", "too_large"),
        # ... a garment too tight to do up or button, a cap worn too tight: the fit
        ("The waistband is far too tight, I can't do it up.", "en", "defective", "too_small"),
        ("The cap is too tight on my head.", "en", "defective", "too_small"),
        ("Le bonnet est trop serré, il me comprime la tête.", "fr", "damaged_in_transit", "too_small"),
        # ... an order placed twice; the packing hurt, the item unharmed
        ("I checked out twice, returning the spare.", "en", "defective", "other"),
        ("Colis cabossé, mais la théière est intacte.", "fr", "damaged_in_transit", "no_longer_needed"),
    ],
)
def test_a_tick_the_words_contradict_buys_no_free_label(text: str, lang: str, ticked: str, read: str) -> None:
    # a fault of the shop ticked, free as the shop's fault; the words contradict it: a mismatch, and the quota decides
    assessment = _assessed(text, read, lang, ticked=ticked)
    assert assessment.mismatch == ReasonMismatch(picked=ticked, written=assessment.acted_reason(read))
    assert assessment.decision.code is DecisionCode.PAID_RETURN and assessment.decision.warn
    assert assessment.decision.rule_codes[:2] == ("REASON_FROM_WORDS", "REASON_MISMATCH")
    assert "SHOP_FAULT_FREE" not in assessment.decision.rule_codes


@pytest.mark.parametrize(
    ("text", "lang", "ticked"),
    [
        ("It's supposed to work perfectly out of the box. Mine doesn't, I have the same problem as with the first one.",
         "en", "defective"),
        ("Normalement ça fonctionne très bien, là rien ne se passe quand j'appuie, ça ne va pas du tout.", "fr",
         "defective"),
        ("It's supposed to work perfectly out of the box. Mine doesn't, and I already had to send the last one back.",
         "en", "defective"),
        ("J'ai reçu le bon modèle, vous vous êtes trompé de couleur.", "fr", "wrong_item"),
        ("Got the right model, wrong colour though, someone must have packed it by mistake.", "en", "wrong_item"),
        ("The blender works great on paper. In practice the motor smokes. I don't love that, obviously.", "en",
         "defective"),
        # damage and a size: the damage is told
        ("It arrived with a torn sleeve, and I'd like it in the size up.", "en", "damaged_in_transit"),
    ],
)  # fmt: skip
def test_a_tick_the_classifier_read_too_keeps_its_free_return(text: str, lang: str, ticked: str) -> None:
    # ticked as read (sure, or unsure so the tick was taken as it is): the shop's fault, free, nothing to weigh
    read = _assessed(text, ticked, lang, ticked=ticked)
    taken = _assessed(text, ticked, lang, ticked=ticked, reason_given=True, classifier_read=(ticked, 0.4))
    for assessment in (read, taken):
        assert assessment.words is None and assessment.mismatch is None
        assert assessment.decision.code is DecisionCode.FREE_RETURN
        assert "SHOP_FAULT_FREE" in assessment.decision.rule_codes
        assert not {"REASON_FROM_WORDS", "REASON_MISMATCH"} & set(assessment.decision.rule_codes)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Too big and one button is hanging by a thread.", "too_large"),
        ("Too big and one button is hanging by a thread.", "other"),
        ("Trop grand et un bouton ne tient plus qu'à un fil.", "no_longer_needed"),
        ("Trop grand et un côté est plus foncé que l'autre.", "too_large"),
        ("The doors are too big for the cabinet.", "too_large"),
        ("Trop grand, et la chaussure gauche est plus lourde que l'autre.", "too_large"),
        ("Les vis sont trop courtes pour les pieds de la table.", "too_small"),
    ],
)
def test_a_flaw_told_beside_a_fit_keeps_the_fault_ticked_free(text: str, read: str) -> None:
    # the defect ticked taken as it is, the classifier unsure of the fit or of no complaint: the flaw told is the
    # shop's to put right, whatever the fit
    assessment = _taken_as_ticked(text, "defective", read)
    assert assessment.words is None and assessment.mismatch is None
    assert assessment.decision.code is DecisionCode.FREE_RETURN
    assert "REASON_MISMATCH" not in assessment.decision.rule_codes


def test_a_tick_taken_as_it_is_gives_way_where_the_words_contradict_it_and_the_classifier_read_another() -> None:
    # the classifier unsure of a size, so the damage ticked was taken as it is: the words ask the size up
    text = "Superbe manteau, très chaud. Je le renvoie pour la taille au-dessus."
    assessment = _assessed(
        text, "damaged_in_transit", reason_given=True, ticked="damaged_in_transit", classifier_read=("too_small", 0.4)
    )
    assert assessment.acted_reason("damaged_in_transit") == "too_small"
    assert assessment.mismatch == ReasonMismatch(picked="damaged_in_transit", written="too_small")
    assert assessment.decision.code is DecisionCode.PAID_RETURN and assessment.decision.warn
    assert assessment.decision.rules[0].sentence == (
        "The reason ticked is damaged in transit, but the customer asks for a bigger size: taken as too small."
    )
    # the reply is drafted for the size, not for damage
    assert assessment.facts.label_fee > 0 and not assessment.facts.free_label
    # words that deny the damage ticked, the classifier unsure of no longer needed
    denied = _taken_as_ticked(
        "It arrived in perfect condition, I just don't need it any more.", "damaged_in_transit", "no_longer_needed"
    )
    assert denied.mismatch == ReasonMismatch(picked="damaged_in_transit", written="no_longer_needed")
    assert denied.decision.code is DecisionCode.PAID_RETURN
    assert denied.decision.rules[0].sentence == (
        "The reason ticked is damaged in transit, but the customer says it arrived undamaged: taken as no longer "
        "needed."
    )
    # a defect ticked over words of a reason of the customer's own, the classifier unsure of a change of mind
    own = _taken_as_ticked("It is exactly as pictured, just not my colours.", "defective", "no_longer_needed")
    assert own.mismatch == ReasonMismatch(picked="defective", written="no_longer_needed")
    assert own.decision.code is DecisionCode.PAID_RETURN and own.decision.warn
    assert own.decision.rules[0].sentence == (
        "The reason ticked is defective, but the customer gives a reason of their own (not needed, not to their "
        "taste) and names no fault: taken as no longer needed."
    )
    assert own.facts.label_fee > 0 and not own.facts.free_label
    # the classifier read the damage ticked, unsure: the tick stands
    kept = _assessed(
        text,
        "damaged_in_transit",
        "en",
        reason_given=True,
        ticked="damaged_in_transit",
        classifier_read=("damaged_in_transit", 0.4),
    )
    assert kept.words is None and kept.mismatch is None and kept.decision.code is DecisionCode.FREE_RETURN
    # an agent's reason is never overruled, whatever the words say
    agent = _assessed(text, "damaged_in_transit", reason_given=True, classifier_read=("too_small", 0.4))
    assert agent.words is None and agent.decision.code is DecisionCode.FREE_RETURN


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("i ordered the 3 litre and got the 1.5 litre. order says 3.", "en", "no_longer_needed"),
        ("Lovely fabric, but you sent it in the wrong size.", "en", "too_large"),
        ("Bonjour, vous vous êtes trompés de taille, la robe est pourtant jolie.", "fr", "too_small"),
        ("Vous avez échangé ma taille M contre un S par erreur.", "fr", "too_large"),
        ("The packing slip says M but I got an L.", "en", "too_large"),
        ("They sent me the dress in the wrong size again.", "en", "too_small"),
        ("I ordered the M and you sent an L.", "en", "too_large"),
        ("J'ai commandé du 39 et j'ai reçu du 41.", "fr", "too_large"),
    ],
)
def test_a_wrong_size_the_shop_sent_told_in_the_customers_words_is_the_shops_fault(
    text: str, lang: str, read: str
) -> None:
    # read as a fit or a change of mind, the free-return quota used up: the shop's mistake told is free all the same
    assessment = _assessed(text, read, lang)
    assert assessment.decision.code is DecisionCode.FREE_RETURN
    assert "FAULT_DESCRIBED" in assessment.decision.rule_codes
    # the size the shop swapped in by mistake is what came: no exchange into it is offered or noted
    assert assessment.facts.asked_size is None and assessment.facts.suggested_size is None


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("I ordered the wrong size, it's too big.", "en", "too_large"),
        ("Je me suis trompée de taille, elle est trop grande.", "fr", "too_large"),
        ("I ordered a 10 and got a 10, but it's tiny on me.", "en", "too_small"),
        ("Vous m'avez envoyé un mail par erreur, mais la robe est trop petite.", "fr", "too_small"),
    ],
)
def test_the_customers_own_wrong_size_is_no_fault_of_the_shop(text: str, lang: str, read: str) -> None:
    assessment = _assessed(text, read, lang)
    assert assessment.decision.code is DecisionCode.PAID_RETURN
    assert "FAULT_DESCRIBED" not in assessment.decision.rule_codes


_OWN_MISTAKE = "they ordered it wrongly themselves"
_CAME_AS_ORDERED = "it came in the size ordered"


@pytest.mark.parametrize(
    ("text", "lang", "reason", "said"),
    [
        ("I ordered the wrong size.", "en", "other", _OWN_MISTAKE),
        ("I think I ordered the wrong size, it's far too big on me.", "en", "too_large", _OWN_MISTAKE),
        ("Je me suis trompée de taille, il me faut la taille au-dessus.", "fr", "too_small", _OWN_MISTAKE),
        ("I ordered the wrong colour, my mistake.", "en", "no_longer_needed", _OWN_MISTAKE),
        ("J'ai commandé la mauvaise couleur, erreur de ma part.", "fr", "no_longer_needed", _OWN_MISTAKE),
        # a doubt denied, « sans doute » (probably), a word of how sure: the mistake affirmed
        ("Je me suis sans doute trompée de taille, elle est trop grande.", "fr", "too_large", _OWN_MISTAKE),
        ("Je n'ai aucun doute, j'ai commandé la mauvaise taille.", "fr", "other", _OWN_MISTAKE),
        ("I don't doubt I ordered the wrong size.", "en", "other", _OWN_MISTAKE),
        ("I must have ordered the wrong size, it's far too tight.", "en", "too_small", _OWN_MISTAKE),
        # the size got said to be the one ordered, and a fit complaint: the fit's way, else a fit with no way
        ("I ordered an M, I got an M, but it fits like an L.", "en", "too_large", _CAME_AS_ORDERED),
        ("Ordered a 10, got a 10, but they're way too tight.", "en", "too_small", _CAME_AS_ORDERED),
        ("J'ai commandé un 38 et reçu un 38, il taille comme un 36.", "fr", "too_small", _CAME_AS_ORDERED),
        ("J'ai commandé un M et j'ai reçu un M, mais il ne me va pas.", "fr", "other", _CAME_AS_ORDERED),
        # ... a French intensifier after « pas » (« pas possible »: very)
        ("J'ai commandé un 38, reçu un 38, ça me serre pas possible.", "fr", "too_small", _CAME_AS_ORDERED),
        # ... or the size got named where no order is spoken of, the item said to run one way
        ("J'ai reçu un 40 mais elle taille grand.", "fr", "too_large", _CAME_AS_ORDERED),
        ("I received the 12 and it's huge on me.", "en", "too_large", _CAME_AS_ORDERED),
        # ... another size asked for after it: the fit's remedy, nothing else sent otherwise
        ("I ordered a 12 and got a 12, but it fits more like a 14. Can I have a different size?", "en", "too_large",
         _CAME_AS_ORDERED),
        ("J'ai commandé un S et reçu un S, beaucoup trop serré, je voudrais une autre taille.", "fr", "too_small",
         _CAME_AS_ORDERED),
        # ... the size got said to be the one ordered in one phrase, only its box naming another: the fit, however told
        ("I received the 39 I ordered, the box says 38, they pinch.", "en", "other", _CAME_AS_ORDERED),
        ("I got the 10 I ordered, though the packing slip says 12. Way too tight.", "en", "too_small",
         _CAME_AS_ORDERED),
        ("J'ai bien reçu le 39 que j'avais commandé, la boîte indique 38, ils me serrent.", "fr", "too_small",
         _CAME_AS_ORDERED),
        ("Reçu le 40 commandé, mais la boîte dit 42. Trop grand.", "fr", "too_large", _CAME_AS_ORDERED),
        # ... or the item itself said to be the size ordered, whatever its bag, pouch or box says, however the fit is
        # told (felt on the body too)
        ("The pouch it came in says XL, but the fleece is the L we ordered. It squashes my shoulders.", "en",
         "too_small", _CAME_AS_ORDERED),
        ("The sticker on the wrapper reads 6, yet the gloves are the 7 I picked, and far too loose on my hands.", "en",
         "too_large", _CAME_AS_ORDERED),
        ("Packet label says 14, the blouse itself is a size 12 as ordered. Too snug anyway.", "en", "too_small",
         _CAME_AS_ORDERED),
        ("It is the size I ordered (S) even if the bag says XS. Far too tight round the hips.", "en", "too_small",
         _CAME_AS_ORDERED),
        ("I ordered the 44 and the loafers are the 44, even though the box label says 43. They squeeze my toes.",
         "en", "too_small", _CAME_AS_ORDERED),
        ("L'étiquette du sachet indique XL mais c'est bien le L que j'ai commandé, il flotte sur moi.", "fr",
         "too_large", _CAME_AS_ORDERED),
        ("Le carton dit 37, les mocassins sont bien en 38 comme commandé. Ils me serrent.", "fr", "too_small",
         _CAME_AS_ORDERED),
        # ... the fit felt as the item hanging off or drowning the wearer, the size "asked for", « les » before it
        ("The wrapper says XL, the cardigan is the L I ordered, and it hangs off me.", "en", "too_large",
         _CAME_AS_ORDERED),
        ("The pouch says 10, the shirt dress is the 8 I ordered and it swamps me.", "en", "too_large",
         _CAME_AS_ORDERED),
        ("The sandals are the 37 I asked for, though the box says 36, and they pinch my toes.", "en", "too_small",
         _CAME_AS_ORDERED),
        ("La boîte indique 41 mais ce sont bien les 42 que j'ai commandées, elles me serrent.", "fr", "too_small",
         _CAME_AS_ORDERED),
    ],
)  # fmt: skip
def test_a_wrong_item_the_words_say_none_of_read_as_one_is_no_fault_of_the_shop(
    text: str, lang: str, reason: str, said: str
) -> None:
    assessment = _assessed(text, "wrong_item", lang)
    assert assessment.acted_reason("wrong_item") == reason
    assert assessment.decision.code is DecisionCode.PAID_RETURN
    assert assessment.decision.rules[0].code == "REASON_FROM_WORDS"
    assert said in assessment.decision.rules[0].sentence
    # a wrong item ticked is contradicted, even where the classifier read one too: no free label, the mismatch warned
    ticked = _assessed(text, "wrong_item", lang, ticked="wrong_item")
    assert ticked.decision.code is DecisionCode.PAID_RETURN and ticked.mismatch is not None
    assert tick_reading("wrong_item", "no_longer_needed", read_asks(text, lang), text) is not None


@pytest.mark.parametrize(
    ("text", "lang", "ticked"),
    [
        ("The jeans are the 30 I ordered, the bag says 28, they just don't fit.", "en", "too_small"),
        ("The jumper is the M I ordered, the packet says L, it doesn't fit me.", "en", "too_large"),
        ("Le sachet dit 40, c'est bien le 38 que j'ai commandé, mais il ne me va pas.", "fr", "too_large"),
    ],
)
def test_a_size_ticked_gives_the_way_a_fit_told_with_none_leaves_open_beside_the_size_ordered(
    text: str, lang: str, ticked: str
) -> None:
    # read surely as a wrong item: the words say it came as ordered and does not fit, the tick says which way
    assessment = _assessed(text, "wrong_item", lang, mismatch=ReasonMismatch(picked=ticked, written="wrong_item"))
    assert assessment.acted_reason("wrong_item") == ticked
    assert assessment.mismatch is None and "REASON_MISMATCH" not in assessment.decision.rule_codes
    assert assessment.decision.code is DecisionCode.PAID_RETURN


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the size got said to be the one ordered, but the item's own label, one of the pair or a colour named
        # otherwise, or the fit told no complaint: a wrong item ticked keeps its chance
        ("I got the L I ordered, the label inside says M, it's tight.", "en"),
        ("J'ai bien reçu le 38 commandé, mais l'étiquette cousue dit 36 et il est serré.", "fr"),
        ("I received the 39 I ordered, the box says 38, and the left one is a 38, pinches.", "en"),
        ("I received the M I ordered, but in navy not black, and the fit is as expected.", "en"),
        ("Reçu le 40 commandé mais en bleu, pas en noir, et il me serre.", "fr"),
        # ... the size ordered set against another sent, not said to be the item's, nor the item said it
        ("You sent me a 10, it's the 12 I ordered that I need. Far too tight.", "en"),
        ("It's the 44 I ordered, not the 42 that came. They squeeze my toes.", "en"),
        ("It isn't the L I ordered, the fleece squashes my shoulders.", "en"),
        ("Ce n'est pas le L que j'ai commandé, il me serre.", "fr"),
        ("The pouch says L and I ordered the L, but the fleece itself is an M, far too tight.", "en"),
        ("I ordered the 9 and the sandals are a 9, but one of them is stamped 8. They pinch.", "en"),
        # ... nor doubted, guessed, heard from another or asked
        ("I'm not sure the boots are the 41 I ordered, the box says 42, they are huge on me.", "en"),
        ("Perhaps it's the M I ordered, the bag says L and it is far too big.", "en"),
        ("Supposedly these are the 8 I ordered, the sticker says 9, they are far too loose.", "en"),
        ("Is it really the 12 I ordered? The pouch says 14, it's far too loose.", "en"),
        ("Peut-être que c'est le 38 que j'ai commandé, mais le sachet dit 40 et elle est trop grande.", "fr"),
        # "I ordered X and received Y" is the shop's
        ("I ordered a 12 and received a 14.", "en"),
        ("Not my fault: I ordered the M and you sent an L.", "en"),
        ("Ce n'est pas ma faute, j'ai commandé du 39 et j'ai reçu du 41.", "fr"),
        # the shop's sending and the customer's mistake told together, a fault told besides
        ("They sent the wrong size, my mistake for not checking sooner.", "en"),
        ("I ordered the wrong size and the zip is broken.", "en"),
        # another size got, the size ordered got with no fit complaint or with a fault, a label's size with no order
        ("I ordered an M and got an L, far too big.", "en"),
        ("J'ai commandé un M et reçu un L, beaucoup trop grand.", "fr"),
        ("I ordered an M, I got an M, but it's the wrong colour.", "en"),
        ("I ordered an M and got an M, but the zip is broken and it's too tight.", "en"),
        ("The label says M but it fits like an XS.", "en"),
        # the size ordered come, but another model, range, colour or version sent
        ("I ordered a 38 and received a 38 but it's a different model, and too small.", "en"),
        ("I ordered a 32 and got a 32 but they're women's not men's, too tight.", "en"),
        ("J'ai commandé un M et reçu un M mais en rouge au lieu de bleu, et trop serré.", "fr"),
        ("I ordered a 12 and got a 12 but it's the petite version, far too short.", "en"),
        ("J'ai commandé un 40 et reçu un 40, mais c'est le modèle femme, trop petit.", "fr"),
        # ... "a different one" is another item, not another size asked for
        ("I ordered the M and got an M but it's a different one to what's on the website, and it's too small.", "en"),
        ("J'ai commandé un M et reçu un M, mais c'est une autre robe que sur la photo, trop petite.", "fr"),
        # a mistake doubted or denied
        ("I doubt I ordered the wrong size.", "en"),
        ("Je ne pense pas m'être trompée de taille.", "fr"),
    ],
)
def test_words_of_the_shops_mistake_or_a_fault_leave_a_wrong_item_read(text: str, lang: str) -> None:
    asks = read_asks(text, lang)
    assert words_reading("wrong_item", asks, text) is None
    assert tick_reading("wrong_item", "wrong_item", asks, text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("You should have sent a size up, that's what I asked for.", "en"),
        ("Vous auriez dû m'envoyer la taille au-dessus, c'est ce que j'avais commandé.", "fr"),
    ],
)
def test_the_size_the_shop_should_have_sent_is_no_denial_of_a_wrong_item_ticked(text: str, lang: str) -> None:
    # read as the size asked, unsure: the wrong item ticked stands (the words assert one)
    assert tick_reading("wrong_item", "too_small", read_asks(text, lang), text) is None


class _FeaturesSeen:
    """A fitted risk model that keeps the feature rows it is asked to score."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.seen: list[pd.DataFrame] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)

    def feature_columns(self, features: pd.DataFrame) -> pd.DataFrame:
        self.seen.append(features)
        return self.model.feature_columns(features)


def test_the_risk_score_reads_the_reason_acted_on(risk_frame: Any, fitted_risk_model: Any) -> None:
    row = risk_frame[list(FEATURE_COLUMNS)].iloc[[0]].reset_index(drop=True)
    row["reason_family"] = pd.array(["condition"], dtype="string")
    row["form_reason_contradicts"] = 0.0
    context = ReturnContext("dresses", 60.0, "EUR", date(2026, 11, 21), date(2026, 11, 24))
    model = _FeaturesSeen(fitted_risk_model)
    assembler = Assembler(load_policy(Settings().policy_path), risk_model=model)
    # a wrong item ticked and read, the words only say it does not fit: the reason acted on is other, which the tick
    # contradicts
    text = "Robe jolie mais juste pas la bonne taille."
    fit = ReturnCase(context, "wrong_item", 0.9, text=text, ticked="wrong_item")
    # the words agree with the classifier: the features are read as given
    cracked = ReturnCase(context, "damaged_in_transit", 0.9, text="The vase came cracked.", ticked="damaged_in_transit")
    assembler.assemble([fit, cracked], [HistorySummary()] * 2, pd.concat([row, row], ignore_index=True))
    scored = model.seen[0].iloc[:2]
    assert scored["reason_family"].tolist() == ["other", "condition"]
    assert scored["form_reason_contradicts"].tolist() == [1.0, 0.0]


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        # "received" alone claims nothing: what the words tell instead
        ("I received the teapot yesterday and the spout is chipped.", "en", "damaged_in_transit"),
        ("J'ai reçu la théière, le bec est ébréché.", "fr", "damaged_in_transit"),
        ("Received the hair dryer, it won't turn on at all.", "en", "defective"),
        ("J'ai bien reçu le grille-pain mais il ne chauffe pas.", "fr", "defective"),
        ("I got the board game today, the dice are missing.", "en", "missing_parts"),
        ("Reçu le jeu de société, il manque les dés.", "fr", "missing_parts"),
        ("I received the cushion, it feels cheap and flimsy.", "en", "poor_quality"),
        ("J'ai reçu le coussin, qualité médiocre.", "fr", "poor_quality"),
        ("Received the scarf, I changed my mind.", "en", "no_longer_needed"),
        ("J'ai reçu l'écharpe, finalement elle ne me plaît pas.", "fr", "no_longer_needed"),
        ("J'ai reçu ce collier, je n'en veux pas.", "fr", "no_longer_needed"),
        ("J'ai reçu ma commande, je n'en veux plus.", "fr", "no_longer_needed"),
        ("reçu le collier j en veux plus", "fr", "no_longer_needed"),
        ("I received the lamp, I'm not keeping it.", "en", "no_longer_needed"),
        # ... the item that came named as the one ordered speaks of no other item
        ("Got the griddle I ordered, I don't want it any more.", "en", "no_longer_needed"),
        ("We received the rug we bought, changed our minds.", "en", "no_longer_needed"),
        ("J'ai bien reçu la théière que j'avais commandée, je n'en veux plus.", "fr", "no_longer_needed"),
        ("Got the blender I ordered, it won't switch on.", "en", "defective"),
        # ... nor does a change of mind set against it with "but" (« mais »)
        ("Received the toaster I ordered but no longer need it.", "en", "no_longer_needed"),
        ("We got the stool we bought, but we've changed our minds.", "en", "no_longer_needed"),
        ("J'ai reçu la bouilloire que j'avais commandée, mais je n'en ai plus besoin.", "fr", "no_longer_needed"),
        # ... nothing at all but that it came: no identifiable reason
        ("I received this mirror.", "en", "other"),
        ("Hello, got the mirror today.", "en", "other"),
        ("Bonjour, j'ai reçu ce miroir.", "fr", "other"),
        ("Colis reçu ce matin.", "fr", "other"),
    ],
)
def test_a_wrong_item_read_where_the_words_speak_of_no_other_item_is_what_they_tell(
    text: str, lang: str, reason: str
) -> None:
    reading = words_reading("wrong_item", read_asks(text, lang), text)
    assert reading is not None and reading.reason == reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another item told in words of the order, the item's identity, a colour or a size named
        ("I received the teapot, it's not the one I ordered and the spout is chipped.", "en"),
        ("J'ai reçu la théière, ce n'est pas la bonne et le bec est ébréché.", "fr"),
        ("I received a mirror, I ordered a clock.", "en"),
        ("J'ai reçu un miroir alors que j'avais commandé une horloge.", "fr"),
        # ... or the item ordered named with its participle, beside a reason of the customer's own
        ("J'ai reçu une poêle, pas la casserole commandée. Je n'en veux pas.", "fr"),
        ("J'ai reçu un collier au lieu du modèle choisi, je ne le garde pas.", "fr"),
        ("Received the scarf in red, I changed my mind.", "en"),
        ("J'ai reçu le pull en M, la qualité est médiocre.", "fr"),
        ("Received someone else's parcel, the mug inside is cracked.", "en"),
        ("J'ai reçu le colis de quelqu'un d'autre.", "fr"),
        ("I received the blue mirror.", "en"),
        ("J'ai reçu la mauvaise théière.", "fr"),
        ("Received the lamp, the barcode doesn't match.", "en"),
        # ... or named against the one come, or by the range it is for, beside a reason of the customer's own
        ("I received a teapot, not a kettle. No use to me.", "en"),
        ("Received a teapot today, not a kettle. I don't want it.", "en"),
        ("J'ai reçu une théière, pas une bouilloire ! Je n'en ai pas l'utilité.", "fr"),
        ("I received a men's coat. I'm a woman, it's no use to me.", "en"),
        ("J'ai reçu un manteau homme, je n'en veux pas.", "fr"),
        # ... or by what it was meant to be, or the one awaited asked after
        ("This isn't a kettle, it's a teapot. I don't want it.", "en"),
        ("Got a teapot, was supposed to be a kettle. No use to me.", "en"),
        ("Reçu une théière, ça devait être une bouilloire. Je n'en ai pas besoin.", "fr"),
        ("Where is my kettle? I got a teapot. Changed my mind anyway.", "en"),
        # ... or the item ordered set against what came
        ("Got the griddle I ordered but it's the small one, I don't want it.", "en"),
        ("The rug I ordered is not the one that came, changed my mind anyway.", "en"),
        ("J'ai reçu la théière commandée, mais ce n'est pas la bonne couleur. Je n'en veux plus.", "fr"),
        # ... a change of mind beside a colour or another item set against the one ordered
        ("Got the toaster I ordered but I don't want the red one, I chose cream.", "en"),
        ("Received the stool I ordered but no longer need it, and it's the wrong colour anyway.", "en"),
        # more than that it came, told in words no rule reads: the classifier's to weigh
        ("I received the mirror, what a joke.", "en"),
        ("J'ai reçu le miroir, sans commentaire.", "fr"),
        # a fit told: the size sent may be the wrong one
        ("I received the coat, far too big for me.", "en"),
        # a late delivery told beside the reason of their own
        ("Received it two weeks late, I don't need it anymore.", "en"),
    ],
)
def test_a_wrong_item_read_where_the_words_may_tell_one_stands(text: str, lang: str) -> None:
    assert words_reading("wrong_item", read_asks(text, lang), text) is None


@pytest.mark.parametrize(("text", "lang"), [("I received this mirror.", "en"), ("J'ai reçu ce miroir.", "fr")])
def test_a_text_that_only_says_the_item_came_leaves_a_wrong_item_ticked_its_say(text: str, lang: str) -> None:
    asks = read_asks(text, lang)
    assert words_reading("wrong_item", asks, text, ticked="wrong_item") is None
    assert tick_reading("wrong_item", "wrong_item", asks, text) is None
    # the tick stands with its free label; with no tick the return is no shop's fault
    assert _assessed(text, "wrong_item", lang, ticked="wrong_item").decision.code is DecisionCode.FREE_RETURN
    assessment = _assessed(text, "wrong_item", lang)
    assert assessment.acted_reason("wrong_item") == "other"
    assert assessment.decision.code is DecisionCode.PAID_RETURN
    assert "only says the item came" in assessment.decision.rules[0].sentence


@pytest.mark.parametrize(
    ("text", "lang", "ticked", "free"),
    [
        ("I received this mirror.", "en", "damaged_in_transit", True),
        ("J'ai reçu ce miroir.", "fr", "defective", True),
        ("Hello, got the mirror today.", "en", "no_longer_needed", False),
        ("Colis reçu ce matin.", "fr", "no_longer_needed", False),
    ],
)
def test_a_text_that_only_says_the_item_came_is_read_as_the_reason_ticked(
    text: str, lang: str, ticked: str, free: bool
) -> None:
    # the words name no reason: the tick is the only one the customer gives, not the reason model's wrong item
    asks = read_asks(text, lang)
    reading = words_reading("wrong_item", asks, text, ticked=ticked)
    assert reading is not None and reading.reason == ticked
    assessment = _assessed(text, "wrong_item", lang, ticked=ticked)
    assert assessment.acted_reason("wrong_item") == ticked and assessment.mismatch is None
    assert (assessment.decision.code is DecisionCode.FREE_RETURN) is free
    # a tick the reason model read too is no contradiction
    assert tick_reading(ticked, ticked, asks, text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It matches the description, but it is grey and I chose white.", "en"),
        ("I ordered the black one and it came in navy.", "en"),
        ("Commandé en noir, reçu en bleu.", "fr"),
        ("J'ai commandé la robe rouge, elle est verte !", "fr"),
    ],
)
def test_a_colour_other_than_the_one_ordered_read_as_a_listing_that_differs_is_a_wrong_item(
    text: str, lang: str
) -> None:
    reading = words_reading("not_as_described", read_asks(text, lang), text)
    assert reading is not None and reading.reason == "wrong_item"
    assessment = _assessed(text, "not_as_described", lang)
    assert assessment.acted_reason("not_as_described") == "wrong_item"
    assert assessment.decision.code is DecisionCode.FREE_RETURN


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the listing spoken of: its photos or description may be what differs
        ("The photo shows white, it is grey. I ordered white.", "en"),
        ("Sur la photo elle est noire, j'ai commandé noir et reçu bleu.", "fr"),
        ("The product page shows it in white. I ordered white and it is grey.", "en"),
        # a colour that is no other item: a shade, a wash
        ("I ordered navy and it's blue.", "en"),
        ("I ordered white, it went grey after one wash.", "en"),
        ("J'ai commandé le pull noir, il est noir mais trop petit.", "fr"),
    ],
)
def test_a_listing_that_differs_read_stands_where_the_words_speak_of_the_listing_or_no_other_colour(
    text: str, lang: str
) -> None:
    assert words_reading("not_as_described", read_asks(text, lang), text) is None


@pytest.mark.parametrize(
    ("text", "lang", "read", "acted"),
    [
        # nothing else told: no identifiable reason
        ("The blender turned up sooner than I'd thought.", "en", "arrived_late", "other"),
        ("Tapis reçu quatre jours avant la date prévue.", "fr", "arrived_late", "other"),
        # a complaint of the item told beside it
        ("Turned up sooner than I'd thought, but the print is nothing like the photos.", "en", "arrived_late",
         "not_as_described"),
        ("Arrivé bien plus tôt que prévu, mais l'imprimé ne correspond pas aux photos.", "fr", "not_as_described",
         "not_as_described"),
        ("Delivered four days ahead of schedule and the fabric feels cheap and thin.", "en", "poor_quality",
         "poor_quality"),
        # a reason of the customer's own told beside it, with no subject
        ("The tent came two days early. Just don't need it any more.", "en", "arrived_late", "no_longer_needed"),
        # the classifier's own reading where it read no late delivery
        ("Came a week early, but it's far too tight on me.", "en", "too_small", "too_small"),
    ],
)  # fmt: skip
def test_a_late_delivery_ticked_beside_a_parcel_said_to_have_come_early_is_contradicted(
    text: str, lang: str, read: str, acted: str
) -> None:
    reading = tick_reading("arrived_late", read, read_asks(text, lang), text)
    assert reading is not None and reading.ticked and reading.reason == acted


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I was told it would come early in the week, it came ten days late.", "en"),
        ("The chairs arrived early but the table came a fortnight late.", "en"),
        ("Il devait arriver en avance pour la fête, il est arrivé avec une semaine de retard.", "fr"),
        ("Our baby arrived early and the cot only came three weeks after the date you gave.", "en"),
        ("It was a birthday present but it only turned up early March.", "en"),
        ("The lamp arrived early on Sunday, but the dinner was on Friday.", "en"),
    ],
)
def test_a_late_delivery_ticked_beside_an_early_arrival_hoped_for_or_of_another_stands(text: str, lang: str) -> None:
    assert tick_reading("arrived_late", "arrived_late", read_asks(text, lang), text) is None


def test_a_parcel_said_to_have_come_early_read_as_late_is_decided_and_answered_on_the_complaint_told() -> None:
    assessment = _assessed("The lamp showed up sooner than I expected, the shade is not the colour on the website.",
                           "arrived_late", "en", "lighting")  # fmt: skip
    # the reply is drafted from the listing's reason, not the late delivery's; the listing is the shop's fault
    assert assessment.words is not None and assessment.words.reason == "not_as_described"
    assert assessment.facts.free_label


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No need for it in charcoal, I ordered the ivory one.", "en"),
        ("Don't want these in a 7, I asked for a 6.", "en"),
        ("Pas besoin en marine, j'avais choisi le prune.", "fr"),
        ("Je n'en veux pas en 42, j'avais commandé du 38.", "fr"),
    ],
)
def test_the_one_that_came_not_needed_beside_another_asked_read_as_no_complaint_is_a_wrong_item(
    text: str, lang: str
) -> None:
    # the need denied is of the one that came: the classifier's "no longer needed", sure against the wrong item ticked,
    # gives way to the words
    reading = words_reading("no_longer_needed", read_asks(text, lang), text, "wrong_item")
    assert reading is not None and reading.reason == "wrong_item"
    mismatch = ReasonMismatch(picked="wrong_item", written="no_longer_needed")
    assessment = _assessed(text, "no_longer_needed", lang, mismatch=mismatch)
    assert assessment.acted_reason("no_longer_needed") == "wrong_item" and assessment.mismatch is None
    assert assessment.decision.code is DecisionCode.FREE_RETURN


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Don't need it in charcoal any more, I found an ivory one in town.", "en"),
        ("Don't need it in charcoal, I ordered the charcoal one twice by accident.", "en"),
        ("Pas besoin en marine, j'en ai déjà un.", "fr"),
        ("Pas besoin en marine, j'ai commandé le prune sur un autre site.", "fr"),
    ],
)
def test_a_need_gone_for_a_reason_of_ones_own_stays_no_longer_needed(text: str, lang: str) -> None:
    assert words_reading("no_longer_needed", read_asks(text, lang), text, "wrong_item") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the fault named only in the agent's question, answered yes
        ("Me: I want to return the blender. Support: does it leak? Me: yes sadly, every time I use it.", "en"),
        ("Client : je renvoie la bouilloire. Conseiller : elle fuit ? Client : oui, par le fond.", "fr"),
    ],
)
def test_a_fault_the_customer_confirms_in_a_pasted_chat_is_the_shops(text: str, lang: str) -> None:
    # read as a change of mind, in a category whose returns are paid: the fault the agent asked about, answered yes
    assessment = _assessed(text, "no_longer_needed", lang, "small_appliances")
    assert "FAULT_DESCRIBED" in assessment.decision.rule_codes
    assert assessment.decision.code is DecisionCode.FREE_RETURN
