"""Faults of the shop a customer denies in so many words (`features.customer_asks.denials`), EN and FR."""

from __future__ import annotations

import pytest

from features.customer_asks import fit_felt, read_asks
from features.text import match_view


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("It arrived in perfect condition, I just don't need it any more.", "damaged_in_transit"),
        ("Colis bien emballé, la robe est arrivée en parfait état, mais je n'en ai plus besoin.", "damaged_in_transit"),
        ("The lamp came in one piece, but my partner bought the same one.", "damaged_in_transit"),
        ("It's not damaged, just too small.", "damaged_in_transit"),
        ("The kettle works perfectly, I just bought a second one by mistake.", "defective"),
        ("La bouilloire fonctionne très bien, mais j'en ai déjà une.", "defective"),
        ("Le mixeur marche nickel, je n'en ai simplement plus l'utilité.", "defective"),
        ("It's the right item, just not for me.", "wrong_item"),
        ("C'est bien le bon article, il ne me va simplement pas.", "wrong_item"),
        ("Everything was there, I just changed my mind.", "missing_parts"),
        ("Tout y est, mais je n'en ai plus besoin.", "missing_parts"),
        ("Exactly as pictured, I just don't like it on me.", "not_as_described"),
        ("Conforme à la description, c'est moi qui me suis trompée de modèle.", "not_as_described"),
        ("It matches the description, I just don't like it on me.", "not_as_described"),
        ("Il correspond bien aux photos, mais il ne me plaît pas.", "not_as_described"),
        ("Arrived in a right mess of bubble wrap, but the vase itself is perfect. I don't like the colour.",
         "damaged_in_transit"),
        ("Le carton était enfoncé mais la lampe elle-même est impeccable, elle ne me plaît juste pas.",
         "damaged_in_transit"),
        ("Courier slow to answer emails but the parcel came on time. The jumper is too big.", "arrived_late"),
        ("Colis livré dans les délais, mais la robe ne me plaît pas.", "arrived_late"),
        # what the return is for instead, of the customer and this item
        ("Works perfectly, we already have one in the kitchen.", "defective"),
        ("Il marche nickel, mais je me suis trompée de modèle.", "defective"),
        ("Arrived in perfect condition, I ordered the wrong model by mistake.", "damaged_in_transit"),
        ("Tout y est. Ce n'est juste pas mon style.", "missing_parts"),
        ("It works perfectly. I just don't need it.", "defective"),
        ("It's the right item, it's just not for me.", "wrong_item"),
        # "that's what I ordered" after no wish in its sentence points back at the item
        ("Lovely, that's what I ordered, but I don't need it any more.", "wrong_item"),
        # better than shown is no listing at fault
        ("It's nothing like the photos - it's even nicer in person! Sadly too small.", "not_as_described"),
        ("Rien à voir avec la photo, elle est encore plus belle en vrai. Mais trop petite.", "not_as_described"),
        ("Prettier than the photos, I just don't need it any more.", "not_as_described"),
        # someone the customer lives with has one already; a flaw made light of after the denial
        ("The toaster works fine. Returning it since my housemate already has one.", "defective"),
        ("Le grille-pain marche nickel. Je le renvoie, mon conjoint en avait déjà un.", "defective"),
        ("Works great, the only niggle is the cord is a little short, no big deal, my partner bought the same one.",
         "defective"),
        ("Il fonctionne parfaitement, le bouton est un peu dur, rien de grave, mais ma sœur m'a offert le même.",
         "defective"),
        ("Works fine, a bit noisy, but that's minor, we already have one.", "defective"),
        ("The mixer arrived in perfect condition. We were given one as a wedding present.", "damaged_in_transit"),
        ("Everything was there. My kids already have this one, their gran bought it.", "missing_parts"),
        # nothing wrong with it
        ("There's nothing wrong with it, I just changed my mind.", "defective"),
        ("Rien à redire, je n'en ai simplement plus besoin.", "defective"),
        ("La perceuse n'a aucun défaut. Je n'en ai plus l'utilité.", "defective"),
        # a machine said to run well, or said working and no more, in answer to a question
        ("The mower runs like a dream, we just don't need it since the move.", "defective"),
        ("La tondeuse tourne comme une horloge, mais on n'en a plus l'utilité.", "defective"),
        ("No, it works, I have one already.", "defective"),
        ("Non, elle marche, on en a déjà une.", "defective"),
    ],
)  # fmt: skip
def test_words_that_deny_a_fault_are_read(text: str, denied: str) -> None:
    assert denied in read_asks(text).reasons_denied


@pytest.mark.parametrize(
    "text",
    [
        # negated: no denial but the fault told
        "Not in perfect condition: a scratch on the front.",
        "Pas en parfait état, il y a une rayure.",
        "La robe n'est pas arrivée en parfait état.",
        "Ce n'est pas le bon article.",
        "Not the right item at all, I ordered blue.",
        "It doesn't work perfectly, the fan rattles.",
        # hoped for or asked for, not told
        "I expect an item to arrive in perfect condition.",
        "Please send one that works perfectly.",
        "Je voudrais un échange contre une qui fonctionne bien.",
        # narrowed, or followed by a turn to the item: a fault the words' reading may miss
        "It works perfectly except the timer.",
        "Works fine but the battery died after a week.",
        "Fonctionne bien sauf le minuteur.",
        "Exactly as pictured, but the colour runs in the wash.",
        "The parcel didn't arrive on time.",
        "Le colis n'est pas arrivé à temps pour l'anniversaire.",
        "I needed it to arrive on time for the wedding.",
        # a denial with nothing else the return is for: an expectation a fault then breaks
        "It's supposed to work perfectly out of the box. Mine doesn't.",
        "Normalement ça fonctionne très bien, là rien ne se passe quand j'appuie.",
        "The vase was hardly in perfect condition when it got here.",
        "Received the right model in the wrong colour.",
        "On the website it looked exactly as pictured, in reality the colour is totally different.",
        "Je croyais qu'elle serait comme sur la photo. Elle est beige, pas blanche.",
        "Elle devait fonctionner parfaitement, mais non. Je n'en veux plus.",
        "It's meant to arrive in one piece. Mine came in two. Changed my mind about the brand.",
        # words of a return's purpose said of something else: a fault told, not another reason
        "It's supposed to work perfectly out of the box. Mine doesn't, I have the same problem as with the first one.",
        "Normalement ça fonctionne très bien, là rien ne se passe quand j'appuie, ça ne va pas du tout.",
        "It's supposed to work perfectly out of the box. Mine doesn't, and I already had to send the last one back.",
        "J'ai reçu le bon modèle, vous vous êtes trompé de couleur.",
        "Got the right model, wrong colour though, someone must have packed it by mistake.",
        "The blender works great on paper. In practice the motor smokes. I don't love that, obviously.",
        "Works great, but we have the same issue with the first one.",
        # a state said for a while only, or in jest
        "Works perfectly for the first day, then dies. I don't need another faulty one.",
        "Fonctionne très bien... pendant deux jours. Je n'en ai plus besoin, remboursez-moi.",
        "Marche très bien au début, puis plus rien. Je n'en ai plus besoin.",
        "The toaster works great, said nobody. I don't like it at all.",
        # qualified in its sentence by anything but a turn to the customer
        "Elle marche bien quand elle veut, c'est-à-dire rarement. J'en ai déjà une autre de toute façon.",
        "It's the right item on paper. The box had a different lamp. I don't need it now anyway.",
        "Works perfectly when it wants to, which is almost never. I already have another one anyway.",
        "Il marche bien si on le secoue. J'en ai déjà un autre.",
        "Everything was there in theory, the cable was not. I don't need it now.",
        "Conforme à la description sur le papier. Je n'en ai plus besoin.",
        # "that's what I asked for" after a wish in its sentence points back at what the shop should have sent
        "You should have sent a size up, that's what I asked for.",
        "Vous auriez dû m'envoyer la taille au-dessus, c'est ce que j'avais commandé.",
        # hedged by a clause of the customer's that says no other reason
        "It works perfectly, I was told. Mine won't even switch on. I don't need it now anyway.",
        "It's the right item, I guess, going by the label, but the lamp inside is another model. I don't need it now.",
        "C'est le bon article, j'imagine, vu l'étiquette. La lampe dedans est un autre modèle. Je n'en ai plus besoin.",
        "Everything was in the box, I checked twice... except the charger. I don't need it anymore.",
        # how fast a step went is not the day promised
        "It came quickly once it was finally dispatched, but dispatch took three weeks.",
        "Reçue rapidement après l'expédition, mais l'expédition a pris trois semaines.",
        "Arrived early in the morning on the 23rd, a day after the party it was for.",
        "Delivered promptly to the wrong address, it only reached me ten days after the wedding.",
        # the photos praised over the item, or praise that a difference told after it qualifies
        "It looked nicer in the photos than in person. Too small as well.",
        "Nicer in person, except the colour is nothing like the photo. Too small too.",
        "Mieux qu'en photo, mais la couleur n'est pas celle annoncée. Trop grande aussi.",
        # a flaw after the denial that is not made light of, or no reason of the customer's own after it
        "Works perfectly, the only issue is the lid won't stay shut, my partner bought the same one anyway.",
        "Il fonctionne très bien, sauf que le couvercle ne ferme plus, rien de grave, j'en ai déjà un.",
        "Works perfectly, the lid is a bit stiff, no big deal, but the motor stops after a minute.",
        # ... or a flaw made light of that is no mild one: a failure in part, a restriction, a hazard, a wrong item
        "Marche très bien, seul souci elle ne s'allume qu'une fois sur deux, pas grave, ma mère m'en a offert une.",
        "Works perfectly, the only issue is it gets really hot to the touch, no big deal, my partner has one anyway.",
        "The vacuum works great, the only issue is the battery only lasts 5 minutes, no big deal, my neighbour lent me "
        "his.",
        "It's the right item, the only issue is it's the wrong size, no big deal, my sister has one anyway.",
        "Works perfectly, it gets a bit hot, no big deal, my partner has one anyway.",
        # ... a mild flaw of what the item's working depends on: water, power, switching off, a plug, heat
        "Fonctionne nickel, un peu d'eau qui coule, rien de grave, ma coloc a la sienne.",
        "Elle fonctionne très bien, elle s'éteint un peu toute seule, rien de grave, ma mère m'en a offert une.",
        "Works well, the only issue is the plug is a bit loose, no big deal, my dad has one.",
        "Elle fonctionne très bien, elle chauffe un peu, rien de grave, ma mère m'en a offert une.",
        # ... or an intermittent failure
        "Il marche très bien, l'écran clignote un peu, rien de grave, mon frère m'a donné le sien.",
        "Works great, the app disconnects a little, no big deal, my partner has one anyway.",
        "My flatmate's one works perfectly, mine won't switch on.",
        # someone else's, not one had: a flatmate who uses it, a friend who recommended it
        "It works perfectly. My flatmate uses it more than me.",
        "Marche très bien, ma copine me l'a conseillé.",
        # a listing said of nothing, or denied in so many words
        "Noot as shown",
        "Non conforme à la description.",
        "It doesn't match the description, I just don't like it.",
        "Ne correspond pas à la description, je n'en ai plus besoin.",
        "It matches the description except the colour, I don't need it.",
        # a size that runs one way, « ça marche » (all right), working said of a while only
        "It runs small, I don't need it in this size.",
        "Ça marche, je n'en ai plus besoin.",
        "It works, sort of. I don't need it now.",
        "It runs fine for an hour then dies, I don't need it any more.",
        "Il tourne bien au début puis il cale, je n'en ai plus besoin.",
        # ... nor working words that are no clause of their own, a dye that runs, a bangle that turns on the wrist
        "I can't see how it works, I don't need it now.",
        "Washed it once and the dye runs. I don't need it any more.",
        "Le bracelet est trop grand : même serré au maximum, il tourne. Je n'en ai plus besoin.",
    ],
)
def test_negations_wishes_and_concessions_deny_nothing(text: str) -> None:
    assert read_asks(text).reasons_denied == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It is exactly as pictured, just not my colours.", "en"),
        ("Exactement comme sur la photo, mais ce n'est pas ma couleur.", "fr"),
        ("accidentally ordered two, returning the extra one", "en"),
        ("We moved and the window box is no use to us now.", "en"),
        ("Le tapis de course ne servira pas, on s'est inscrits à la salle.", "fr"),
        ("Unwanted gift, sorry.", "en"),
        ("Cadeau en double, je le renvoie.", "fr"),
        ("My husband didn't like it.", "en"),
        ("My son already has this one from his birthday.", "en"),
        ("Mon neveu a déjà ce puzzle.", "fr"),
        ("Found it cheaper elsewhere.", "en"),
        ("Le même modèle coûte moins cher ailleurs.", "fr"),
        ("Une commande sur un coup de tête, je la renvoie.", "fr"),
        ("Ordered both colours to compare, keeping the other one.", "en"),
        # ... or not wanted, not kept
        ("J'ai reçu ce collier, je n'en veux pas.", "fr"),
        ("Finalement je ne la garde pas.", "fr"),
        ("j en veux plus", "fr"),
        ("Arrived today. I'm not keeping it.", "en"),
        ("We won't be keeping these.", "en"),
        # ... told with no subject
        ("The tent came two days early. Just don't need it any more.", "en"),
        ("Don't need them after all, sorry.", "en"),
        # ... or another found that they like better, or one had already
        ("Found one I prefer in a shop nearby.", "en"),
        ("J'en ai trouvé une qui me plaît davantage.", "fr"),
        ("We've got two already.", "en"),
        ("On en a déjà une au chalet.", "fr"),
    ],
)
def test_a_reason_of_the_customers_own_is_read(text: str, lang: str) -> None:
    assert read_asks(text, lang).reason_of_their_own


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a replacement or a refund not needed, someone's praise, an order of several, something wanted done
        ("I don't need a replacement, just my money back.", "en"),
        ("My sister has the same one and loves it.", "en"),
        ("Ma sœur a la même et l'adore.", "fr"),
        ("J'ai commandé deux coussins, j'en ai reçu un.", "fr"),
        ("I ordered two of these pillows.", "en"),
        ("I don't want it to break again.", "en"),
        ("L'appareil seul ne sert à rien sans son chargeur.", "fr"),
        # ... another one refused, or the item refused as it came
        ("Je n'en veux pas d'autre, remboursez-moi.", "fr"),
        ("Je ne le veux pas dans cet état.", "fr"),
        ("I'm not keeping it in this state.", "en"),
        ("We're not keeping them like this.", "en"),
        ("The strap is torn. Don't need it fixed, just refund me.", "en"),
        ("Don't need it in grey, I asked for the black one.", "en"),
    ],
)
def test_words_of_no_reason_of_the_customers_own_are_none(text: str, lang: str) -> None:
    assert not read_asks(text, lang).reason_of_their_own


@pytest.mark.parametrize(
    ("text", "lang", "matter"),
    [
        ("Works great, said nobody.", "en", ("defective",)),
        ("La moitié des guirlandes ne s'allume pas.", "fr", ("defective",)),
        ("The box says 42 but I bought 43.", "en", ("wrong_item",)),
        ("Reçu du 42, j'ai commandé du 38.", "fr", ("wrong_item",)),
        ("Beaucoup plus petit que les dimensions annoncées.", "fr", ("not_as_described",)),
        ("It came in two pieces.", "en", ("damaged_in_transit", "missing_parts")),
        ("Changed my mind.", "en", ()),
        ("The kettle works fine, not for me.", "en", ("defective",)),
        # French « fêlé » (cracked), not English "fell"
        ("Le bol est arrivé fêlé.", "fr", ("damaged_in_transit",)),
        ("Our plans fell through.", "en", ()),
    ],
)
def test_the_matter_of_a_fault_spoken_of_is_read(text: str, lang: str, matter: tuple[str, ...]) -> None:
    assert read_asks(text, lang).fault_matter == matter


@pytest.mark.parametrize(
    ("text", "lang", "besides"),
    [
        ("It is exactly as pictured, just not my colours.", "en", False),
        ("Très joli sac, mais j'ai changé d'avis, merci.", "fr", False),
        ("Unopened gift, sorry, we already have one.", "en", False),
        ("Arrived soaking wet, I don't want it anymore.", "en", True),
        ("It smells really bad and gets very hot, I've changed my mind.", "en", True),
        ("Ce n'est pas du vrai cuir comme indiqué, j'ai changé d'avis.", "fr", True),
        # a reason of one's own told with its circumstances in a full sentence says no more than the reason
        ("The garden makeover fell through so we don't need the extra paving slabs.", "en", False),
        ("We moved abroad, so we won't be using the heater.", "en", False),
        ("I no longer need it, as our trip to Norway was called off.", "en", False),
        ("Le déménagement est repoussé, donc on n'a plus besoin des cartons en trop.", "fr", False),
        ("Ma fille a changé de club, elle n'a plus besoin des crampons.", "fr", False),
        ("Je n'en ai plus besoin car la fête de l'école est annulée.", "fr", False),
        ("No, they're fine, my partner bought me the same ones.", "en", False),
        # ... but a word of the item's state, however short, or the item described besides, may be what it goes back for
        ("Mouldy, changed my mind.", "en", True),
        ("Moisi, j'ai changé d'avis.", "fr", True),
        ("Squeaky. Don't need it anymore.", "en", True),
        ("The garden makeover fell through so we don't need the slabs, they are a bit chalky anyway.", "en", True),
        ("Le déménagement est repoussé, donc plus besoin, et puis c'est un peu léger.", "fr", True),
        ("It's a bit chalky, I don't need it.", "en", True),
        ("Heavier than it looked, don't need it.", "en", True),
        # ... and what the reason's clause or a clause joined to it says of the item is no circumstance
        ("The legs wiggle so I don't need it.", "en", True),
        ("I don't want it anymore because it tips over.", "en", True),
        ("The drawer jams, I don't need it anymore.", "en", True),
        ("Le pied tourne dans le vide, donc je n'en veux plus.", "fr", True),
        ("The toaster takes ten minutes to brown a slice, we don't need it.", "en", True),
        ("The right earbud is silent, so I don't need them.", "en", True),
        ("L'écran reste noir, on n'en a plus besoin.", "fr", True),
        ("We won't be using it since the timer skips.", "en", True),
        ("I won't be needing it because the lid never closes.", "en", True),
        ("On n'en a plus besoin car le moteur fait un bruit terrible.", "fr", True),
        # ... while a person, a plan or an event is a circumstance, and what is not needed follows the reason
        ("We adopted a bigger dog so we won't be using this crate.", "en", False),
        ("It's a duplicate order, we don't need two.", "en", False),
        ("We won't be using it since my daughter moved out.", "en", False),
        ("On n'en a plus besoin car notre fils a déménagé.", "fr", False),
        ("On a récupéré la poussette de ma sœur, donc on n'a plus besoin de celle-ci.", "fr", False),
    ],
)
def test_what_a_text_says_besides_a_reason_of_the_customers_own_is_read(text: str, lang: str, besides: bool) -> None:
    assert read_asks(text, lang).said_besides is besides


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The blender turned up sooner than I'd thought.", "en"),
        ("Delivered four days ahead of schedule, thanks.", "en"),
        ("It got here well before the date on the confirmation email.", "en"),
        ("The rug arrived a whole week early.", "en"),
        ("Le mixeur est arrivé plus tôt que je ne le croyais.", "fr"),
        ("Tapis reçu quatre jours avant la date prévue.", "fr"),
        ("Livraison bien plus rapide que prévu.", "fr"),
        ("Livrée avec trois jours d'avance, finalement je n'en veux plus.", "fr"),
        ("Reçu plus tôt qu'annoncé, mais la couleur ne me plaît pas.", "fr"),
        ("The lamp arrived early, which was lovely.", "en"),
        ("The heater arrived early today but I no longer need it.", "en"),
    ],
)
def test_a_parcel_said_to_have_come_early_denies_a_late_delivery_whatever_else_is_told(text: str, lang: str) -> None:
    # when the parcel came is a fact of its own: no reason instead needs to be told beside it
    assert "arrived_late" in read_asks(text, lang).reasons_denied


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # hoped for, or negated
        ("It should have turned up ahead of schedule, it took a month.", "en"),
        ("The blender did not arrive in time.", "en"),
        ("Il devait être livré avant la date prévue, il est arrivé deux semaines après.", "fr"),
        ("Le mixeur n'est pas arrivé à temps.", "fr"),
        # a person who came early, or the courier early in the day
        ("Our twins arrived early, so the pram came after they were born.", "en"),
        ("The courier came early in the morning and nobody was in.", "en"),
        ("La petite est arrivée en avance et le lit n'était pas encore livré.", "fr"),
        # "early" that opens when it came
        ("It was a birthday present but it only turned up early March.", "en"),
        ("It only came early afternoon, after the guests had left.", "en"),
        ("The lamp arrived early on Sunday, but the dinner was on Friday.", "en"),
        ("I needed it for the 3rd; it got here early the next week.", "en"),
        ("The clock only turned up early today, a week after the party.", "en"),
        ("The rug finally came early today, nine days after the date you promised.", "en"),
        # the parcel late, told beside a first part that came early
        ("The chairs arrived early but the table came a fortnight late.", "en"),
    ],
)
def test_an_early_arrival_hoped_for_negated_or_of_someone_else_denies_no_late_delivery(text: str, lang: str) -> None:
    asks = read_asks(text, lang)
    assert "arrived_late" not in asks.reasons_denied or asks.late_delivery


@pytest.mark.parametrize(
    ("text", "way"),
    [
        # kit or clothing whose name holds a word of a setting or a time is still the customer's fit
        ("The life jacket is too big for me.", "down"),
        ("The cycle shorts are too tight for me.", "up"),
        ("The two-tone hoodie is too small for me.", "up"),
        ("The rain gear is too big for me.", "down"),
        ("Jolie couleur, mais son col est trop serré pour moi.", "up"),
        # ... a setting, a sound or a time is none
        ("The battery life is too short for me.", None),
        ("Le son est trop bas pour moi.", None),
        ("The bass is too low for me.", None),
    ],
)
def test_a_fit_felt_is_read_past_words_that_also_name_a_setting(text: str, way: str | None) -> None:
    assert fit_felt(match_view(text)) == way
