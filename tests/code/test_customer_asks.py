"""What a return text asks for: the hand-written cases in `data/customer_asks_cases.csv` (EN and FR)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from features.customer_asks import (
    FAULT_KINDS,
    HARDSHIP_KINDS,
    HAZARD_KINDS,
    REQUEST_KINDS,
    UNFIXABLE_KINDS,
    complaints,
    customer_turns,
    faults,
    fit,
    hardship,
    hazards,
    normalise_size,
    read_asks,
    requests,
    size_system,
)
from features.customer_asks import clauses as asks_clauses
from features.customer_asks import reading as asks_reading
from features.text import WORDS_BEFORE_CHARS, regex

CASES = Path(__file__).parent / "data" / "customer_asks_cases.csv"


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _listed(cell: str) -> tuple[str, ...]:
    return tuple(part for part in cell.split(";") if part)


def test_the_case_set_covers_both_languages_and_every_field() -> None:
    cases = _cases()
    assert {case["lang"] for case in cases} == {"en", "fr"}
    assert len({case["id"] for case in cases}) == len(cases)
    kinds_of = {
        "requests": REQUEST_KINDS,
        "faults": FAULT_KINDS,
        "unfixable": UNFIXABLE_KINDS,
        "hazards": HAZARD_KINDS,
        "hardship": HARDSHIP_KINDS,
    }
    for field, kinds in kinds_of.items():
        for lang in ("en", "fr"):
            seen = {kind for case in cases if case["lang"] == lang for kind in _listed(case[field])}
            assert seen == set(kinds), (field, lang, set(kinds) - seen)


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case["id"])
def test_reads_what_the_customer_asks_for(case: dict[str, str]) -> None:
    asks = read_asks(case["text"], case["lang"])
    read = {
        "wanted_size": asks.wanted_size or "",
        "size_direction": asks.size_direction or "",
        "usual_size": asks.usual_size or "",
        "rejected_sizes": tuple(sorted(asks.rejected_sizes)),
        "unfixable": tuple(sorted(asks.unfixable)),
        "requests": tuple(sorted(asks.requests)),
        "faults": tuple(sorted(asks.faults)),
        "hazards": tuple(sorted(asks.hazards)),
        "hardship": asks.hardship or "",
    }
    expected = {
        field: tuple(sorted(_listed(case[field]))) if isinstance(read[field], tuple) else case[field] for field in read
    }
    assert read == expected, case["text"]


@pytest.mark.parametrize(
    ("raw", "size"),
    [("extra small", "XS"), ("xxl", "XXL"), ("2xl", "XXL"), ("2xs", "XXS"), ("xxxl", "3XL"), ("w 32", "W32"),
     ("40,5", "40.5"), ("m", "M"), ("7", "7"), ("99", None), ("blue", None), ("34c", "34C"), ("90dd", "90DD"),
     ("42r", "42R"), ("30 waist", "W30"), ("32in waist", "W32"), ("longueur 28", "L28"), ("30 leg", "L30"),
     ("6-9 months", "MONTHS 6-9"), ("0-3m", "MONTHS 0-3"), ("6 a 9 mois", "MONTHS 6-9"), ("12 mois", "MONTHS 12")],
)  # fmt: skip
def test_sizes_are_written_as_the_catalogue_writes_them(raw: str, size: str | None) -> None:
    assert normalise_size(raw) == size


def test_a_lower_case_letter_is_a_size_only_after_size_taille_or_en() -> None:
    assert read_asks("I need a m").wanted_size is None
    assert read_asks("I need size m").wanted_size == "M"
    assert read_asks("il me faut la taille s").wanted_size == "S"
    assert read_asks("les épaules sont trop larges. échange en s svp").wanted_size == "S"
    assert read_asks("C'est inutilisable en l'état.").wanted_size is None


@pytest.mark.parametrize(
    ("text", "lang", "wanted", "usual"),
    [("I'm normally a C in every brand. Need a B in this one.", "en", "B", "C"),
     ("Could you send an A cup instead?", "en", "A", None), ("I need a DD.", "en", "DD", None),
     ("The cups are cutting in at the top. Need a D not a C.", "en", "D", None),
     ("Je fais un C partout, il me faut un B dans ce modèle.", "fr", "B", None),
     # a letter naming something else
     ("Need a D battery for the remote.", "en", None, None), ("Going to plan B, send a refund.", "en", None, None),
     ("I need a B-grade finish at this price?", "en", None, None), ("Need a din-rail mount.", "en", None, None)],
)  # fmt: skip
def test_a_cup_alone_after_a_or_un_is_a_size(text: str, lang: str, wanted: str | None, usual: str | None) -> None:
    asks = read_asks(text, lang)
    assert (asks.wanted_size, asks.usual_size) == (wanted, usual)
    if wanted:
        assert size_system(wanted) == "cup"
        assert read_asks(text, lang, "underwear").wanted_size == wanted


@pytest.mark.parametrize(
    ("text", "category"),
    [("These are too narrow, I need an E.", "shoes"), ("These are too narrow, I need an E.", None),
     ("Lovely shoes but I'm a D width, not an E.", None), ("My son wanted a B, not a C.", "toys"),
     ("Need a B in this one.", "dresses")],
)  # fmt: skip
def test_a_letter_is_no_cup_where_no_bra_is_sold_or_a_width_is_spoken_of(text: str, category: str | None) -> None:
    # a shoe's fitting was told "You asked to exchange them for cup size E"
    asks = read_asks(text, "en", category)
    assert (asks.wanted_size, asks.usual_size, asks.rejected_sizes) == (None, None, ())


@pytest.mark.parametrize(
    ("text", "contact_only"),
    [("Rappelez-moi demain matin svp.", True), ("Could someone phone me back after six?", True),
     ("Y a-t-il quelqu'un à qui parler au téléphone ?", False),  # no call or person request read
     ("Too big, I need a 38. Please call me.", False), ("The kettle sparks, call me now.", False),
     ("Please call me. " + "The story of this order is long and winding, " * 3, False),
     # the fourth round: a fit reason guessed for an Instagram threat got a size offer
     ("I will post about this on Facebook and Twitter so everyone sees how you treat customers.", True),
     ("Je vais contacter l'UFC-Que Choisir à ce sujet.", True),
     ("Too small, I need a 40, or I go to trading standards.", False),
     ("1 étoile. Le mixeur est annoncé avec trois vitesses et une fonction turbo, il n'a qu'une vitesse. Je le "
      "renvoie.", False),
     # sheet 479 #20: emails exchanged are no exchange of the item (it was offered another size, colour or version)
     ("Je préférerais parler à une personne plutôt que d'échanger des mails.", True),
     ("I'd rather speak to a person than keep trying to exchange emails.", True),
     ("Je voudrais parler à une personne pour échanger ce pull.", False)],
)  # fmt: skip
def test_a_message_that_only_asks_for_a_call_or_threatens_is_read_as_such(text: str, contact_only: bool) -> None:
    # review sheets 113 and 127: « Rappelez-moi après 17h » got the late-delivery apology of a guessed reason
    asks = read_asks(text)
    assert asks.contact_only is contact_only
    assert ("exchange" in asks.requests) is ("échanger ce" in text)


# review sheets 151 and 163: texts saying the item is not what its description promised got no apology under an
# unsure reason; sheets 199 and 211: « commandé la même sandale en 38 et en 39 pour être sûre » was read as a wrong
# item sent (a free label and an apology)
FLAG_CASES = [
    ("not_as_described", "The chain is 5cm short of what was advertised.", True),
    ("not_as_described", "La chaîne est plus courte qu'annoncé.", True),
    ("not_as_described", "Le tapis est plus petit que ce qui est indiqué.", True),
    ("not_as_described", "It's less than I expected.", False),
    # a thing said not there, then the listing that shows it
    ("not_as_described", "There's no lid, but the photos show one.", True),
    ("not_as_described", "It has no zip pocket while the description mentions one", True),
    ("not_as_described", "Aucune poche, pourtant les photos en montrent deux.", True),
    ("not_as_described", "Sans télécommande alors que la description la mentionne.", True),
    ("not_as_described", "No longer need it, although the page shows one.", False),
    ("not_as_described", "Pas de réponse alors que le site en annonce une sous 24h", False),
    # ... nor the page's showing denied; an apostrophe lost is read as typed
    ("not_as_described", "No kettle lid, but the listing never said it had one.", False),
    ("not_as_described", "Pas de capuche, mais la fiche ne l'indique pas.", False),
    ("not_as_described", "Pas de minuteur, alors que l annonce en mentionne un", True),
    ("express_paid", "I paid for express shipping on top of the engraving fee. It arrived on the 12th.", True),
    ("express_paid", "J'avais payé la livraison express. Elle est arrivée trois jours après la fête.", True),
    ("express_paid", "I didn't pay for express delivery but it still came a week late.", False),
    ("express_paid", "Je n'ai pas payé la livraison express, mais le colis est arrivé en retard.", False),
    # ... a word between the denial and the payment ("didn't actually pay"), or a denial of another clause
    ("express_paid", "I didn't actually pay for express delivery, it came late.", False),
    ("express_paid", "Didn't fit, paid for express delivery and it came late.", True),
    # ... nor a negated mind or regret, which is no denial of the payment
    ("express_paid", "I didn't mind paying for next day delivery but it came a week late.", True),
    ("express_paid", "I don't regret paying for express shipping but it came late anyway.", True),
    ("express_paid", "Je ne regrette pas d'avoir payé la livraison express, mais elle est arrivée en retard.", True),
    # the money back wanted alone; not more than it, nor the money of a charge
    ("refund_preferred", "Too small, maybe a 12 would work, not sure. Just want a refund.", True),
    ("refund_preferred", "Just a refund thanks", True),
    # ... not a box looked for to send it back in (a box, not a size), nor a size waited for
    ("refund_preferred", "Too small, I'll look for a large box to send it back in.", False),
    ("refund_preferred", "Trop petit, je vais chercher une grande boîte pour le renvoyer.", False),
    ("refund_preferred", "If the 34 isn't in stock, I'll wait.", False),
    ("refund_preferred", "If the 34 isn't in stock, just refund me.", False),  # a fallback, not preferred
    ("refund_preferred", "Je veux juste être remboursée.", True),
    ("refund_preferred", "I want compensation, not just a refund.", False),
    ("refund_preferred", "Just a refund of the postage please, I'm keeping it.", False),
    ("refund_preferred", "It was the only refund I got.", False),
    ("refund_preferred", "Une autre à temps, c'est possible ? Sinon je veux juste le remboursement.", False),
    ("refund_preferred", "Could you send another in time? Otherwise I'd rather have my money back.", False),
    # ... nor after a condition that what is asked first cannot be had, nor denied; a fit complained of "if" is no such
    # condition
    ("refund_preferred", "Exchange for the blue one please. If you don't have it, just a refund.", False),
    ("refund_preferred", "I'd like a replacement. If that's not possible, just a refund.", False),
    ("refund_preferred", "Replacement please, or if none left just a refund.", False),
    ("refund_preferred", "Un échange contre la noire svp, et si vous ne l'avez plus, juste le remboursement.", False),
    ("refund_preferred", "I don't just want a refund, I want a replacement that works.", False),
    ("refund_preferred", "Too small. If it doesn't fit there's no point, just a refund.", True),
    ("refund_preferred", "If I'm honest, I just want a refund.", True),
    # ... nor a courtesy; near miss: a courtesy, then the condition
    ("refund_preferred", "If it's not too much trouble, just a refund please.", True),
    ("refund_preferred", "If you don't mind, just a refund please.", True),
    ("refund_preferred", "Si ça ne vous dérange pas, juste le remboursement merci.", True),
    ("refund_preferred", "Si ce n'est pas trop demander, juste le remboursement.", True),
    ("refund_preferred", "If it's not too much trouble, send a 12. If you don't have it, just a refund.", False),
    ("refund_preferred", "Si cela ne pose pas de problème, juste le remboursement.", True),
    ("refund_preferred", "Si ça ne vous embête pas, juste le remboursement svp.", True),
    ("refund_preferred", "Si ce n'est pas trop compliqué, juste le remboursement.", True),
    ("refund_preferred", "If it's not a big deal, just a refund please.", True),
    ("refund_preferred", "Si ce n'est pas possible, juste le remboursement.", False),
    # ... and « plutôt » alone before the money; near misses: the money as the fallback, a charge's money
    ("refund_preferred", "Je l'échangerais contre un 40 mais plutôt être remboursée.", True),
    ("refund_preferred", "Trop petit. Plutôt un remboursement qu'un échange.", True),
    ("refund_preferred", "Un 40 svp, sinon plutôt un remboursement.", False),
    ("refund_preferred", "Plutôt que d'être remboursée, je voudrais un 40.", False),
    ("refund_preferred", "Trop petit, pouvez-vous plutôt rembourser les frais de port ?", False),
    ("refund_preferred", "J'ai été plutôt remboursée rapidement la dernière fois, merci.", False),
    ("refund_preferred", "Je garderais bien la robe, plutôt un remboursement partiel ?", False),
    # sheet 569 #49: the money back after the version that would fit is said not to be made (a size was offered); not
    # a refund policy told, nor an exchange asked after it
    ("refund_preferred", "Sides cut into me. I'd need a wide fit version, they don't do one, so refund please.", True),
    ("refund_preferred", "Trop étroite, il faudrait la version large, vous ne la faites pas, donc remboursé.", True),
    ("refund_preferred", "Ce modèle n'existe pas en pied large, donc je veux être remboursée.", True),
    ("refund_preferred", "They don't do refunds, so a refund is out?", False),
    ("refund_preferred", "Too small. They don't do a wide fit, so I'd like an exchange for a 40.", False),
    # the size that would fit looked for by the customer themselves; not a receipt looked for, nor a search with the
    # money only if it fails
    ("refund_preferred", "Refund please, I'll probably look for a large in the shop.", True),
    ("refund_preferred", "It's going back and I'll look for an XL.", True),
    ("refund_preferred", "Remboursement svp, je chercherai sûrement un L en magasin.", True),
    ("refund_preferred", "I'll look for the receipt and send it, too small.", False),
    ("refund_preferred", "Je vais chercher une taille au-dessus ici, sinon remboursement.", False),
    # sheet 499: the listing says what comes with the item and the part is missing: the listing is right
    (
        "not_as_described",
        "La fiche précise « vendue avec son fond de robe en satin ». Je l'ai reçue sans le fond de "
        "robe. Envoyez-moi le fond de robe, ou remboursez-moi.",
        False,
    ),
    (
        "not_as_described",
        "The listing says it comes with a belt but it came without one. Please send the missing belt.",
        False,
    ),
    ("not_as_described", "The listing says 100% cotton, the label says polyester.", True),
    ("not_as_described", "Looked blue-black in the images. These are bright indigo. Not what was shown.", True),
    (
        "not_as_described",
        "In the picture it is silver but I got gold. Also the glass is not sapphire as written.",
        True,
    ),
    ("not_as_described", "Colours look nothing like the pictures.", True),
    ("not_as_described", "Couette annoncée \"chaude, 400 g/m²\", c'est une couette d'été très fine.", True),
    ("not_as_described", "La page produit dit « coton infroissable ». Elle est froissée.", True),
    ("not_as_described", "Le modèle a changé ou la photo est fausse.", True),
    ("not_as_described", "Its exactly like the pictures, I just look silly in hats.", False),
    ("not_as_described", "The website said 2-3 days, it took two weeks.", False),
    ("not_as_described", "Le tapis est bien comme sur les photos, mais la couleur ne rend pas chez moi.", False),
    ("not_as_described", "On a commandé la tente avec une livraison annoncée « sous 3 à 5 jours ».", False),
    ("ordered_to_compare", "I ordered the 8 and the 10 to see which fitted. Sending the 8 back.", True),
    ("ordered_to_compare", "Ordered two colours to compare, keeping the navy.", True),
    ("ordered_to_compare", "Commandé 2 tailles pour choisir, je renvoie le 42.", True),
    ("ordered_to_compare", "J'ai pris la même robe en 36 et en 38 pour être sûre, le 38 repart.", True),
    # grown or sized up, not ordered to choose from
    ("ordered_to_compare", "Il a pris deux tailles au premier lavage.", False),
    ("ordered_to_compare", "pris 2 tailles au dessus comme conseillé, je nage dedans", False),
    ("ordered_to_compare", "I ordered a size up as advised and it is far too big.", False),
    # review sheets 223 and 227: a listing's claim in other words
    ("not_as_described", "Je l'ai choisie car la fiche la décrivait comme « Swiss made ». Gravé made in China.", True),
    ("not_as_described", "coussin soi-disant déhoussable, la housse est cousue", True),
    ("not_as_described", "Ce n'est pas ce que votre fiche annonce, je la retourne.", True),
    ("not_as_described", "Le colis soi-disant livré hier n'est pas là.", False),
    # review sheets 241 and 251: a listing's or a photo's claim in other words
    ("not_as_described", "The lamp is shown as brass, the one that came is painted plastic.", True),
    ("not_as_described", "Same name on the box, just not the sofa that's pictured.", True),
    ("not_as_described", "Exactly as shown on the website, I just changed my mind.", False),
    ("not_as_described", "The bag on the website has a zipped pocket, this one has none.", True),
    ("not_as_described", "It doesn't look anything like the photos.", True),
    ("not_as_described", "Présentée comme antiadhésive, tout attache dès la première omelette.", True),
    ("not_as_described", "La lampe ne ressemble pas du tout à la photo.", True),
    # sheet 593 #32: « pas comme sur la photo », "not like the photo" (not only "not like in the photo"); near misses:
    # as in the photo, or a likeness denied of something else
    ("not_as_described", "Couleur pas comme sur la photo, ce sont des baskets beiges, pas blanches.", True),
    ("not_as_described", "Pas comme la photo.", True),
    ("not_as_described", "Not like the photo.", True),
    ("not_as_described", "Not like the description, very misleading.", True),
    ("not_as_described", "Exactement comme sur la photo, pas comme je l'imaginais.", False),
    ("not_as_described", "I'm not like the model in the photo, too short for me.", False),
    # sheet 601 #31: what came, told in place of what the photos show; near miss: a wrong size in place of the order's
    ("not_as_described", "The colour is a dull khaki instead of the bright olive in every photo.", True),
    ("not_as_described", "Beige au lieu de rose poudré comme sur la photo.", True),
    ("not_as_described", "32 Go de stockage au lieu des 64 Go écrits sur la fiche.", True),
    ("not_as_described", "Reçu un 46 au lieu du 38 de ma commande.", False),
    ("not_as_described", "The tracking showed it as delivered on Monday, it came on Thursday.", False),
    ("not_as_described", "Présenté comme livré en 48 h, reçu en une semaine.", False),
    # review sheet 263: a coat that let the water in got only thanks under an unsure reason
    ("not_as_described", "Not waterproof at all, he came home soaked through.", True),
    ("not_as_described", "Les coutures ne sont pas étanches, l'eau rentre.", True),
    ("not_as_described", "Perfectly waterproof, just too warm for me.", False),
    # sheet 191: a late parcel under an unsure reason got no apology
    # review sheet 277: the listing set against the one that came
    ("not_as_described", "Le grille-pain sur la photo a six réglages, celui que j'ai reçu n'en a que trois.", True),
    ("not_as_described", "In the photos the lining is fleece, the one we got is plain jersey.", True),
    ("not_as_described", "La fiche mentionnait un minuteur, il n'y en a pas.", True),
    ("not_as_described", "Sur la photo elle est belle, mais trop petite pour moi.", False),
    # the listing called wrong in so many words, or what "your" page says; not what the customer finds it says right
    ("not_as_described", "dimensions fausses sur la fiche", True),
    ("not_as_described", "Votre fiche produit indique « longueur 118 cm », j'ai mesuré 96 cm.", True),
    ("not_as_described", "It's supposed to be 160x230 and it's 120x170. Your listing is wrong.", True),
    ("not_as_described", "The listing says 4.2L, which is true, but it's a small 4.2L.", False),
    ("not_as_described", "La fiche annonçait bien des plumes, je n'ai aucun reproche à faire.", False),
    ("not_as_described", "Votre fiche indique M = 54-58 cm. En théorie c'est bon. En pratique il serre.", False),
    # what the site says set against what came (« Le site indique 100% coton, l'étiquette dit polyester », sheet 479)
    ("not_as_described", "Le site indique 100% coton, l'étiquette dit polyester.", True),
    ("not_as_described", 'Le site dit "semelle antidérapante", il glisse. Ce n\'est pas ce qui était décrit.', True),
    ("not_as_described", "En vrai, un sac à main de poupée. Les dimensions de la fiche sont fausses de 15 cm.", True),
    ("not_as_described", 'Trop petite, elle est pourtant indiquée "pour couette 220x240".', True),
    ("not_as_described", "Le site dit livraison en 48 h, reçu en une semaine.", False),
    ("not_as_described", "C'est pas ce qui était prévu, je voulais le rouge.", False),
    # what the site promised of the shop's own service is the policy, not the product (its page is not corrected)
    ("not_as_described", "Le site dit que le retour est gratuit, pourquoi dois-je payer l'étiquette ?", False),
    ("not_as_described", "The website says free returns, why am I charged for the label?", False),
    ("not_as_described", "Votre site indique retours gratuits sous 30 jours, on me facture 6 euros.", False),
    ("not_as_described", "La fiche indique frais de port offerts mais j'ai payé.", False),
    ("not_as_described", "The listing says free shipping but I paid postage.", False),
    ("not_as_described", "It's described as lined but it isn't, please refund to my card", True),
    ("not_as_described", "No pockets even though the description says there are please refund to my card", True),
    # « présentée sur votre site comme » is « présentée comme » (a listing difference not reported to be corrected)
    (
        "not_as_described",
        "J'ai commandé une montre présentée sur votre site comme étant en acier, elle est plaquée.",
        True,
    ),
    ("not_as_described", "Décrite sur la fiche comme 100% laine, c'est de l'acrylique.", True),
    ("not_as_described", "Présentée sur le site comme livrée en 48h, arrivée en 10 jours.", False),
    # the photos or the listing set against the item seen in real life; not where it is as lovely, only not to the
    # customer's taste, or its quality belies the look the photos gave
    ("not_as_described", "It's shown in a warm camel colour. It's more of a mushroom grey in real life.", True),
    ("not_as_described", "In the pictures it's a deep emerald. In real life it's a minty pastel green.", True),
    ("not_as_described", "Couleurs pastel sur la photo, couleurs criardes en vrai.", True),
    ("not_as_described", "Drone « caméra 4K stabilisée » d'après l'annonce. En réalité la vidéo sort en 1080p.", True),
    ("not_as_described", "So pretty in the photos and honestly pretty in real life too. The seam split.", False),
    ("not_as_described", "The print is lovely in the picture but in person it's very busy on me.", False),
    ("not_as_described", "Combinaison superbe sur la photo, superbe en vrai aussi, mais trop longue.", False),
    ("not_as_described", "Le tapis a l'air épais en photo, en vrai on sent le carrelage à travers.", False),
    ("not_as_described", "The quality looks much better in the photos than in real life.", False),
    # ... nor the customer, or the model shown, in real life (« en vrai » is also "honestly")
    ("not_as_described", "The model in the photos is tall; in real life I'm 5'2 so it drowns me.", False),
    ("not_as_described", "In the pictures the model wears an S, in real life I'm usually an M, too tight.", False),
    ("not_as_described", "Sur la photo le mannequin est grand, en vrai je fais 1m55, trop long.", False),
    ("not_as_described", "J'ai vu la robe sur votre site, en vrai je cherchais autre chose, je la renvoie.", False),
    ("not_as_described", "I bought it after seeing it on your website. In person my partner hates it, sorry.", False),
    ("not_as_described", "Sur le site c'est marqué livraison gratuite, en vrai j'ai payé 5 euros.", False),
    ("late_delivery", "Baby shower has been and gone, the dress came a week late. Returning.", True),
    ("late_delivery", "It arrived three days after the wedding I bought it for.", True),
    ("late_delivery", "Livrée avec deux jours de retard, et trop petite.", True),
    ("late_delivery", "It arrived the day after I ordered it, brilliant service, but too big.", False),
    ("late_delivery", "Le réveil ne sonne pas, je suis arrivé en retard au travail deux fois.", False),
    # a size chart said wrong is the listing's; a guide that is no size chart is not
    ("not_as_described", "I measured my foot, your chart says that's a 41. So your chart's wrong or these are.", True),
    ("not_as_described", "The bodice won't zip past my ribs, the size chart is off.", True),
    ("not_as_described", "Le guide des tailles est faux, trop petit.", True),
    # sheet 541 #48: a French size guide said to need redoing or to hold a mistake; not the customer's own reading
    ("not_as_described", "Jveux pas être désagréable mais faut revoir votre guide des tailles. Un S svp.", True),
    ("not_as_described", "Payer le retour pour une erreur de tableau de tailles qui n'est pas la mienne, non.", True),
    ("not_as_described", "Il y a une erreur dans le guide des tailles, le 38 taille comme un 36.", True),
    ("not_as_described", "Je me suis trompée en lisant le guide des tailles, ma faute.", False),
    ("not_as_described", "Je vais revoir le guide des tailles avant de recommander.", False),
    ("not_as_described", "Pas d'erreur dans le guide des tailles, c'est moi qui me suis trompée. Trop petit.", False),
    ("not_as_described", "Aucune erreur du guide des tailles, j'ai mal mesuré.", False),
    ("not_as_described", "Le service client m'a dit qu'il faut revoir le guide des tailles avant de commander.", False),
    ("not_as_described", "The instruction guide is wrong, the screws don't match.", False),
    # ... blamed in other words (review sheet 569 #15); not followed as plain information nor said right
    ("not_as_described", "The 8 won't zip past my ribs. Whoever did the size chart is an optimist.", True),
    ("not_as_described", "The kurta is tight around the arms, size chart is not correct.", True),
    ("not_as_described", "Really generous fit, far more than the size chart suggests.", True),
    ("not_as_described", "Your size guide is a joke, it's miles too big.", True),
    ("not_as_described", "Votre guide des tailles n'est pas bon, trop petit.", True),
    ("not_as_described", "Coupe très généreuse, bien plus que ce que dit le guide des tailles.", True),
    ("not_as_described", "I checked the size chart and went with my usual size.", False),
    ("not_as_described", "The size chart is not wrong, I just ordered badly.", False),
    ("not_as_described", "I went a size smaller than the size chart suggests, my mistake, it's too tight.", False),
    ("not_as_described", "J'ai pris une taille de plus que ce que dit le guide des tailles, c'est trop grand.", False),
    ("not_as_described", "Whoever did the size chart got it spot on, I just changed my mind.", False),
    ("not_as_described", "The size chart was useless to me as I don't know my measurements.", False),
    ("not_as_described", "I followed the guide off your website and ordered a 10.", False),
    # sheet 643 #71: the listing that describes the item so in English, as « la fiche le décrit comme » does in French;
    # not the shop's service it so describes, nor a description the customer finds true
    ("not_as_described", "The website describes this as a slim fit linen shirt. The label says 55% linen.", True),
    ("not_as_described", "The site lists the rug as 160x230, it measures 120x170.", True),
    ("not_as_described", "La fiche le décrit comme doublé, il ne l'est pas.", True),
    ("not_as_described", "The website describes the delivery as next day, it took a week.", False),
    ("not_as_described", "The listing describes it as navy, which is true, I just prefer black.", False),
    # ... nor a listing right of a part missing from the box (a pair, a set of N), nor a claim said again of the item
    ("not_as_described", "Your site sells these as a pair but only one shoe came in the box.", False),
    ("not_as_described", "The website lists it as a set of 4 but only 3 glasses came.", False),
    ("not_as_described", "La fiche dit lot de 4 verres, seulement 3 dans le carton.", False),
    ("not_as_described", "The website describes it as navy and it is navy, I just prefer it in black.", False),
    ("not_as_described", "The listing says oak and it's oak, it just looks darker in my room.", False),
    ("not_as_described", "The listing says navy and it is black.", True),
    ("not_as_described", "La fiche indique un lot de 4, mais la couleur n'est pas celle de la photo.", True),
    # ... a claim with a figure said again whole, and a pair sold as such that came odd (the box's mistake); not a
    # figure said again of another claim
    ("not_as_described", "The listing says 100% cotton and it is 100% cotton, I just dislike the feel.", False),
    ("not_as_described", "Your site sells them as a pair but the two shoes are different sizes.", False),
    ("not_as_described", "The listing describes it as 100% cotton and it is 100% polyester.", True),
    # a difference from the photos said to be for the better is praise; not past a turn that keeps it a difference
    ("not_as_described", "It's nothing like the photos - it's even nicer in person! Sadly too small.", False),
    ("not_as_described", "Nothing like the pictures, honestly much prettier in real life. Too big though.", False),
    ("not_as_described", "Rien à voir avec la photo, elle est encore plus belle en vrai. Mais trop petite.", False),
    ("not_as_described", "Pas comme sur la photo : en vrai c'est encore plus joli ! Trop grand par contre.", False),
    ("not_as_described", "It's nothing like the photos, though the fabric is nicer in person.", True),
    ("not_as_described", "Nothing like the photo. The fabric is nicer in person but the colour is dull.", True),
    ("not_as_described", "Pas comme sur la photo, la couleur est terne.", True),
    ("not_as_described", "Not as described, the quality looks much better in the photos than in real life.", True),
    ("not_as_described", "Nothing like the picture, nicer fabric in person but the cut is completely different.", True),
    ("not_as_described", "Rien à voir avec la photo, plus belle en vrai mais la coupe est différente.", True),
    # the shop's mistake made again; not another shop's, a thing still bad, nor the customer's own mistake again
    ("repeated", "YOU HAVE SENT ME THE WRONG SIZE TWICE. I AM SO ANGRY.", True),
    ("repeated", "VOUS M'AVEZ ENVOYÉ LA MAUVAISE TAILLE DEUX FOIS.", True),
    ("repeated", "Ce n'est pas la première fois que ça m'arrive chez vous.", True),
    ("repeated", "It happened before with another brand, so I know their sizes run small.", False),
    ("repeated", "Le son est encore mauvais après la mise à jour.", False),
    ("repeated", "Encore une erreur de ma part, j'ai pris la mauvaise taille.", False),
    ("repeated", "I ordered the wrong size again, my fault.", False),
    ("repeated", "Mauvaise taille, lavé deux fois.", False),
    ("repeated", "Double commande par erreur (j'ai cliqué deux fois sur valider). Je renvoie la seconde.", False),
    ("collection_missed", "Frankly I'm furious. I waited in all day for a courier who never came.", True),
    # "no longer" is of time, not of the length: no word of fit (replies: a size swap was kept on for it)
    ("speaks_of_fit", "Came after the party, no longer needed.", False),
    ("speaks_of_fit", "I don't need it any longer, sorry.", False),
    ("speaks_of_fit", "Je n'en ai plus besoin, le colis a mis trop longtemps.", False),
    ("speaks_of_fit", "The legs are longer than pictured.", True),
    ("speaks_of_fit", "Far too long for me, I'm 5'2.", True),
    ("speaks_of_fit", "Trop longue pour moi.", True),
    # ... nor "big" of a matter made light of
    ("speaks_of_fit", "The lid is a bit stiff, no big deal. Sending it back because my flatmate brought hers.", False),
    ("speaks_of_fit", "Not a big deal, but I've changed my mind.", False),
    ("speaks_of_fit", "It's a big deal for me, it's far too big.", True),
    # reply review sheet 653: a bag said to be a counterfeit got no word of it; not a material sold as an imitation, a
    # copy of a paper, nor a fake denied
    ("counterfeit", "ANGRY. THIS WATCH IS A FAKE, THE LOGO IS ALL WRONG", True),
    ("counterfeit", "I've read about counterfeit trainers and I'm worried these are one.", True),
    ("counterfeit", "The serial number doesn't check out, it is not authentic.", True),
    ("counterfeit", "TRÈS DÉÇUE, CE PORTEFEUILLE EST UNE CONTREFAÇON", True),
    ("counterfeit", "Ce n'est pas une vraie, le logo est de travers. C'est un faux.", True),
    ("counterfeit", "The fake leather is peeling after three weeks.", False),
    ("counterfeit", "Lovely faux fur collar but it's too small.", False),
    ("counterfeit", "Le faux cuir se décolle déjà.", False),
    ("counterfeit", "It's definitely not a fake, just not for me.", False),
    ("counterfeit", "Ce n'est pas une contrefaçon, juste trop grand.", False),
    ("counterfeit", "Pouvez-vous m'envoyer une copie de la facture ?", False),
    ("counterfeit", "The listing says genuine leather. It is not genuine leather.", False),
    ("counterfeit", "Uneven stitching everywhere. They feel like a cheap knockoff.", False),
    ("counterfeit", "Le guide des tailles dit que ça taille petit. C'est faux, la photo est fausse aussi.", False),
    ("counterfeit", "The reviews on your page are fake, don't trust them.", False),
    ("counterfeit", "Is this a fake website? The order page looked odd.", False),
    ("counterfeit", "Les avis sont faux, la robe est moche.", False),
    ("counterfeit", "The reviews said it was genuine but the wallet is a fake.", True),
    ("counterfeit", "The wallet I bought from your website is a fake.", True),
    ("counterfeit", "Le portefeuille commandé sur votre site est une contrefaçon.", True),
    # another material than the listing said, not a delivery, a wash or a payment done otherwise than it said
    ("not_as_described", "c'est de l'acrylique pas du cachemire comme indiqué sur la fiche", True),
    ("not_as_described", "Le paquet n'est pas venu comme annoncé sur le site, une semaine de retard.", False),
    ("not_as_described", "Pas expédié comme indiqué sur la page sous 24h, je n'en veux plus.", False),
    ("not_as_described", "Je ne l'ai pas repassé comme indiqué sur l'étiquette, il a brûlé.", False),
    ("not_as_described", "Pas de retard comme annoncé sur le site, merci, mais trop petit.", False),
    # the tracking's word of the parcel quoted is no claim of the listing; a claim quoted still is
    (
        "not_as_described",
        "Mon appli de suivi indique « livré » à 9 h ; nous étions là toute la matinée, aucun colis.",
        False,
    ),
    ("not_as_described", "Commande annoncée « en cours de livraison » depuis une semaine.", False),
    ("not_as_described", "Vendue comme « pure soie », l'étiquette dit polyester.", True),
]


@pytest.mark.parametrize(("flag", "text", "value"), FLAG_CASES)
def test_reads_what_the_text_says_of_the_listing_and_of_the_order(flag: str, text: str, value: bool) -> None:
    assert getattr(read_asks(text), flag) is value


class _ReadLengths:
    """A pattern that records how much text each search was given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.lengths: list[int] = []

    def search(self, text: str) -> re.Match[str] | None:
        self.lengths.append(len(text))
        return self.pattern.search(text)


@pytest.mark.parametrize(
    ("rule", "text", "reading"),
    [
        # every fault is negated, so the rule is asked at each of 500 matches
        ("NEGATION", "no broken " * 500, {"faults": ()}),
        ("NEGATION", "pas cassé " * 500, {"faults": ()}),
        # every direction follows an order already placed
        ("PAST_ORDER", "ordered a size up " * 277, {"size_direction": None}),
    ],
)
def test_a_rule_on_the_words_before_each_match_reads_a_few_words_not_the_text_before(
    monkeypatch: pytest.MonkeyPatch, rule: str, text: str, reading: dict[str, object]
) -> None:
    # it searched the whole text before every match: 500 searches of up to 5,000 characters
    # the module that asks the rule: the fault reading asks the negation, `read_asks` the order placed
    module = {"NEGATION": asks_clauses, "PAST_ORDER": asks_reading}[rule]
    recorded = _ReadLengths(getattr(module, rule))
    monkeypatch.setattr(module, rule, recorded)
    asks = read_asks(text)
    assert len(recorded.lengths) > 100
    assert max(recorded.lengths) <= WORDS_BEFORE_CHARS
    assert {field: getattr(asks, field) for field in reading} == reading


# the review of the change since bfebfdf: each text with the reading it must give, and a counter-example that keeps its
# reading
REVIEWED_READINGS = [
    # an item from another shop is blanked up to where the text turns back to this one
    ("I've bought this model from other shops before with no trouble, but this one arrived broken and won't switch "
     "on.", "faults", ("damage", "defect")),
    ("J'en ai acheté chez d'autres marques sans souci, mais celle-ci est arrivée cassée.", "faults", ("damage",)),
    ("I've bought hats from other shops that fell apart in the box. This is just not my style.", "faults", ()),
    # what the customer asks us to send, not what they will send
    ("You sent me the wrong colour. I will post the red one back.", "requests", ()),
    ("The charger was missing. I can send the photos.", "requests", ()),
    ("You sent the wrong laptop. I will send the laptop back.", "requests", ()),
    ("The charger was missing from the box. Could you send the charger?", "requests", ("send_missing",)),
    ("There's no belt in the bag. If you can just post the belt I'll keep the dress.", "requests", ("send_missing",)),
    # a refund awaited is for a return already sent only after the text says it was sent
    ("Trop petit, je le retourne, le remboursement n'est pas nécessaire, un avoir me va.", "not_a_return", None),
    ("Too small. If I'm not refunded by Friday I'll complain.", "not_a_return", None),
    ("Last time the refund never came through, so please be quick. Too big.", "not_a_return", None),
    ("I sent it back on the 3rd. If I'm not refunded by Friday I'll complain.", "not_a_return", "already_returned"),
    ("I'm instructing a solicitor if the refund doesn't appear this week.", "not_a_return", "already_returned"),
    ("J'ai renvoyé la robe lundi, si je ne suis pas remboursée sous huit jours je porte plainte.", "not_a_return",
     "already_returned"),
    # ... and a refund chased for a time is a return's, with no return said sent (sheet 563 #19: "waiting 5 weeks for
    # my money" was answered as a late parcel, with a new paid label); not a wait feared for a new return
    ("I've been waiting six weeks for my refund. Sort it out.", "requests", ("refund_awaited",)),
    ("Ça fait deux semaines que j'attends mon argent, c'est inadmissible.", "requests", ("refund_awaited",)),
    ("I posted it back a month ago and I've been waiting for my money since.", "requests", ("sent_back",)),
    ("Too small. I don't want to be waiting weeks for my refund like last time.", "not_a_return", None),
    ("J'attends mon remboursement avec impatience, voici la robe trop petite.", "requests", ()),
    # the item said not to fit in so many words (sheet 571 #61), not a description nor what goes in it
    ("Absolutely heartbroken it doesn't fit!", "does_not_fit", True),
    ("Didn't fit properly, returning for refund.", "does_not_fit", True),
    ("It doesn't fit the description.", "does_not_fit", False),
    ("The description doesn't fit.", "does_not_fit", False),
    ("Wool, it said. The photo of it doesn't fit.", "does_not_fit", False),
    ("The coat doesn't fit.", "does_not_fit", True),
    ("The laptop doesn't fit.", "does_not_fit", False),
    ("The book doesn't fit, it's too small.", "does_not_fit", False),
    ("It's much smaller than the dimensions listed, my laptop doesn't fit.", "does_not_fit", False),
    ("Charger is EU plug, I ordered UK plug. Doesn't fit my sockets.", "does_not_fit", False),
    # a fit complaint with no way said in other words (review sheet #62), not the size the shop sent in error nor a
    # colour that does not suit
    ("Franchement un super produit, juste pas la bonne taille !!", "does_not_fit", True),
    ("Honestly a great product, just not the right size!!", "does_not_fit", True),
    ("Wrong size for me, sadly.", "does_not_fit", True),
    ("Elle ne me va pas du tout, je la retourne.", "does_not_fit", True),
    ("Vous m'avez envoyé la mauvaise taille.", "does_not_fit", False),
    ("You sent the wrong size.", "does_not_fit", False),
    ("Pas la bonne taille, il me faut un 40.", "does_not_fit", False),
    ("La teinte correspond bien à la photo, c'est juste qu'elle ne me va pas du tout sur les lèvres.", "does_not_fit",
     False),
    ("Un avoir ne me va pas, je veux un remboursement.", "does_not_fit", False),
    # a payment with a gift card asked after (sheet 569 #26), not one only told nor a gift card that came in the parcel
    ("Trop petit. J'ai payé avec une carte cadeau, est-ce que l'échange passe quand même?", "requests",
     ("gift_card_paid",)),
    ("I paid with a gift voucher, can I still return it?", "requests", ("gift_card_paid",)),
    ("I paid with a gift card. It's too small.", "requests", ()),
    # ... asked without its question mark, not a statement that drops its subject
    ("I paid with a gift card. Does that change anything for the refund", "requests", ("gift_card_paid",)),
    ("J'ai payé avec une carte cadeau. Est-ce que ça change quelque chose pour le remboursement", "requests",
     ("gift_card_paid",)),
    ("I paid with a gift card. Will send it back tomorrow.", "requests", ()),
    ("I paid with a gift card. Did my research but the sizing chart was off and it is too small.", "requests", ()),
    ("I paid with a gift card. Did my refund go back onto it", "requests", ("gift_card_paid",)),
    # a double charge said first with no subject (sheet 613 #59 answered the parcel only), not a price compared
    ("Outrageous! Charged twice and the shoes never arrived!!!", "requests", ("charged_twice",)),
    ("Charged twice for one order. Please refund the extra.", "requests", ("charged_twice",)),
    ("Great boots. Charged twice the price in town, so a bargain, but too small.", "requests", ()),
    ("Too small. Charged twice as much in the shop.", "requests", ()),
    # where the parcel sent is to be left, asked (sheet 599 #33), not where a courier left one
    ("I'd like a replacement please, and I'd like it delivered to a safe place this time.", "requests",
     ("replacement", "delivery_note")),
    ("Please leave the new one with my neighbour at number 12.", "requests", ("delivery_note",)),
    ("Pouvez-vous le faire livrer en lieu sûr ?", "requests", ("delivery_note",)),
    ("The courier left it with a neighbour I don't know.", "requests", ()),
    ("Please note it was delivered to my neighbour.", "requests", ()),
    ("Please note the courier left it in the porch in the rain.", "requests", ()),
    ("I keep the box in a safe place until I send it back.", "requests", ()),
    ("Merci de noter que le livreur l'a déposé chez le voisin.", "requests", ()),
    ("Le livreur l'a laissé chez le voisin, qui me l'a donné abîmé.", "requests", ()),
    # ... nor a clause of another subject, nor where the customer leaves the return for collection
    ("I'd like a refund, the courier dropped it at the neighbours and it came back smashed.", "requests", ()),
    ("Could you arrange a collection, I'll leave it in the porch on Monday.", "requests", ("collect",)),
    ("I'll leave it in the porch, please collect it on Monday.", "requests", ("collect",)),
    ("Merci de le récupérer, je le laisse chez la gardienne à partir de lundi.", "requests", ()),
    # ... nor a question after a statement between, about something else
    ("I paid with a gift card. Did my research but the fit is wrong. Can I swap it for a 12?", "requests",
     ("exchange",)),
    ("J'ai payé avec une carte cadeau. J'ai bien lu le guide mais c'est trop petit. C'est possible d'échanger ?",
     "requests", ("exchange",)),
    ("I paid with a gift card (a birthday present). Would a refund go back on it?", "requests", ("gift_card_paid",)),
    ("J'ai payé avec une carte cadeau. Trop petit.", "requests", ()),
    ("It came with a gift card inside. Is that normal?", "requests", ()),
    ("I paid for it with PayPal, and got a voucher as a gift, will the refund go to PayPal?", "requests", ()),
    ("I used a voucher code for 10% off, can I still return it?", "requests", ()),
    ("I paid half with a gift card and half with my debit card, where does the refund go?", "requests",
     ("refund_method",)),
    ("J'ai payé en partie avec un bon d'achat et le reste par carte, comment se passe le remboursement ?", "requests",
     ()),
    # the one ordered awaited in place of a wrong one (sheet 547 #80), not a delivery, the money, a size nor one coming
    # in another parcel
    ("Je vous renvoie la paire grise et j'attends la bleue.", "requests", ("replacement",)),
    ("J'attends la livraison depuis trois semaines.", "requests", ()),
    ("Too small. I'm waiting for the black one, it's coming in a separate parcel.", "requests", ()),
    ("Trop petite, je la renvoie. J'attends la bleue qui arrive dans un autre colis.", "requests", ()),
    ("J'attends la bonne taille, celle-ci est trop petite.", "requests", ()),
    ("Still waiting for my refund.", "requests", ("refund_awaited",)),
    ("Where's my refund? It's been ages.", "requests", ("refund_awaited",)),
    ("J'attends toujours mon remboursement.", "requests", ("refund_awaited",)),
    ("Où en est mon remboursement ?", "requests", ("refund_awaited",)),
    ("I sent the dress back three weeks ago and still no refund.", "requests", ("sent_back",)),
    # a miscarriage, not the weight gained while pregnant
    ("I've lost the baby weight, so the jeans are far too big.", "hardship", None),
    ("I've lost the baby, so I won't need the maternity jeans.", "hardship", "bereavement"),
    # a bare number asked is an age only where an age sizes the item, never for shoes
    ("These trainers are too small for my son, aged 7. Need a 13.", "wanted_size", "13"),
    ("Age 8 comes up like a 10, the sleeves hide his hands. Need a 7.", "wanted_size", "AGE 7"),
    # footwear named in the clause the age sizes, not elsewhere in the text
    ("The age 10 top is too small, she wears it over her boots. Need a 12.", "wanted_size", "AGE 12"),
    ("The age 8 boots are too small. Need a 9.", "wanted_size", "9"),
    # another cut asked for, not one refused or usually bought
    ("Don't need a child size, she is 14. Too tight on the shoulders.", "unfixable", ()),
    ("I usually go for a slim fit but these are too tight. Need a 34.", "unfixable", ()),
    ("Far too big for my daughter. Need the child size.", "unfixable", ("cut",)),
    # ... or as the other choice of a swap (sheet 563 #73), not one said not to be made
    ("Please can we swap them for half a size up, or a wide fit if you have one.", "unfixable", ("cut",)),
    ("Pouvez-vous les échanger contre la pointure au-dessus, ou une version large ?", "unfixable", ("cut",)),
    ("Swap for a size up or a wide fit, but I know they don't do wide fit.", "unfixable", ()),
    ("I'd like to swap for a size up. Or a refund.", "unfixable", ()),
    # ... or a length swapped for (sheet 607 #36: « J'échange contre la longueur courte. » read no exchange), not a
    # length said to fit nor one usually bought
    ("J'échange contre la longueur courte.", "requests", ("exchange",)),
    ("Il me faudrait la longueur courte.", "unfixable", ("length", "cut")),
    ("Je prends la coupe courte.", "unfixable", ("cut",)),
    ("Exchange for the short leg please.", "unfixable", ("cut",)),
    ("Need the short length.", "requests", ("exchange",)),
    ("La longueur courte est parfaite, mais trop serré.", "requests", ()),
    ("I usually prefer the short leg but these are too tight.", "unfixable", ()),
    # ... nor one chosen before or habitually taken
    ("I went for the petite length and they are still too long, I'll just return them.", "requests", ()),
    ("Je prends toujours la longueur standard mais là le jean est trop court. Je le renvoie.", "requests", ()),
    ("D'habitude je prends la coupe droite, mais celui-ci baille.", "unfixable", ()),
    # a part missing, not the paperwork, a rating or a choice
    ("There was no receipt in the box. Too small.", "faults", ()),
    ("There was no returns slip in the parcel. Too small.", "faults", ()),
    ("I'd give it only 2 out of 5. Too small.", "faults", ()),
    ("I'll keep only one of the two.", "faults", ()),
    ("There's no charger in the box.", "faults", ("missing_part",)),
    ("The box only had two of the four chairs in it.", "faults", ("missing_part",)),
    ("Only 3 of the 4 player pieces.", "faults", ("missing_part",)),
    # a late delivery, not the customer late with the return nor one denied
    ("Sorry I'm a week late sending this back, it's too small.", "late_delivery", False),
    ("No late delivery problems, just too small.", "late_delivery", False),
    ("Je l'ai reçue et je suis en retard pour la renvoyer, trop petite.", "late_delivery", False),
    ("It came a week late and it's too small.", "late_delivery", True),
    ("Reçue en retard, et trop petite.", "late_delivery", True),
    # sheet 617 #27: a slow delivery is a late one; not a slow item or website, nor one denied
    ("Honestly the delivery was slow and the packaging was excessive. But it's huge on me.", "late_delivery", True),
    ("Slow shipping, and too big.", "late_delivery", True),
    ("La livraison a été très lente et la robe est trop grande.", "late_delivery", True),
    ("Livraison trop longue, et trop petite.", "late_delivery", True),
    ("The delivery wasn't slow, it's just too small.", "late_delivery", False),
    ("Delivery was quick but the kettle is slow to boil.", "late_delivery", False),
    ("The website was slow and it's too small.", "late_delivery", False),
    ("Livraison rapide, mais la bouilloire est lente à chauffer.", "late_delivery", False),
    ("La livraison n'était pas lente, juste trop petite.", "late_delivery", False),
    ("Slow cooker delivery was quick, but it's too small.", "late_delivery", False),
    ("Courier slow to answer my emails but parcel came on time. Too big.", "late_delivery", False),
    ("Delivery was slow to update but the parcel arrived quickly. Too big.", "late_delivery", False),
    ("Livraison un peu longue à suivre, mais le colis est arrivé à temps. Trop grand.", "late_delivery", False),
    # a negation before a comma denies something else
    ("Didn't fit, arrived late too.", "late_delivery", True),
    ("No, it arrived two days late.", "late_delivery", True),
    ("Never again, it came late and broken.", "late_delivery", True),
    ("It never arrived late before, this one is just too small.", "late_delivery", False),
    # ... and one before the conjunction or the subject of the clause that says it came late
    ("Didn't fit and arrived late.", "late_delivery", True),
    ("Not working and came two days late.", "late_delivery", True),
    ("Not happy it arrived late and the zip is broken.", "late_delivery", True),
    ("Not impressed they came three days late.", "late_delivery", True),
    ("No surprise it turned up late again.", "late_delivery", True),
    ("It wasn't delivered late, it is just too small.", "late_delivery", False),
    # a fault too: a negation before the subject of another clause denies something else
    ("Not happy, it broke after a day.", "faults", ("defect",)),
    ("Not impressed they split on the first wear.", "faults", ("damage",)),
    # a measure missing is a fit complaint, in digits or in words
    ("Je ne peux pas le fermer, il manque bien cinq centimètres devant.", "faults", ()),
    ("Not broken, just too small.", "faults", ()),
    # a refund's status is no listing's claim, a strap slipping off the shoulder no defect
    ("The refund is shown as pending. The dress was too small.", "not_as_described", False),
    ("The lamp is shown as brass, the one that came is painted plastic.", "not_as_described", True),
    ("The shoulder strap is too long and fell off my shoulder twice.", "faults", ()),
    ("The shoulder strap fell off after one day.", "faults", ("defect",)),
    # review sheets 271 and 277: a replacement asked in words around the noun, and declined or past ones
    ("The screen is cracked. Whether a replacement is possible, please let me know.", "requests", ("replacement",)),
    ("A replacement, please, rather than a refund.", "requests", ("replacement",)),
    ("I'd really appreciate a replacement before Friday if you have one.", "requests", ("replacement",)),
    ("Couvercle fêlé, remplacement svp.", "requests", ("replacement",)),
    ("Je demande, au titre de la garantie, son remplacement.", "requests", ("replacement",)),
    ("Savez-vous me renvoyer un service complet ?", "requests", ("replacement",)),
    ("I'd like my money back rather than a replacement.", "requests", ()),
    ("It's faulty and I don't trust a replacement from the same batch.", "requests", ()),
    ("I bought these as a replacement for my old pair.", "requests", ()),
    ("The replacement has arrived and it is the wrong colour too.", "requests", ()),
    ("Elle s'arrête malgré le remplacement de la pile.", "requests", ()),
    ("Je ne veux pas d'un modèle de remplacement.", "requests", ()),
    # a person by role asked to get in touch
    ("I want a supervisor to contact me.", "requests", ("call_me",)),
    ("J'aimerais qu'une responsable me contacte.", "requests", ("call_me",)),
    # ... after what they are to do first (sheet 607 #20: « ... examine ce dossier et m'appelle » read no call), the
    # call closing the clause; not one named, nor a review with no call asked
    ("Je veux qu'un responsable examine ce dossier et m'appelle.", "requests", ("call_me",)),
    ("J'exige que quelqu'un regarde ma commande et me rappelle avant 18h.", "requests", ("call_me",)),
    ("Il faut qu'un responsable regarde ce dossier et m'appelle au 06 12 34 56 78.", "requests", ("call_me",)),
    ("Je veux qu'un responsable examine ce dossier.", "requests", ()),
    ("Ma fille qu'on appelle Léa et m'appelle maman adore la robe.", "requests", ()),
    # marks left on the body, whoever's, are no stain; a strap short of holes is too short, not holed
    ("They left red marks on both his feet after one game.", "faults", ()),
    ("Black marks on the front of the bag.", "faults", ("stain",)),
    ("Le bracelet est trop court, il me manque deux trous.", "faults", ()),
    ("Il y a deux trous dans le pull.", "faults", ("hole",)),
    # a count that falls short is a missing part; a length that falls short is not
    ("Shelf unit - 3 brackets short, can't build it.", "faults", ("missing_part",)),
    ("Set of 6 but there are only 5 in the box.", "faults", ("missing_part",)),
    ("Age 9-10 are too short in the leg.", "faults", ()),
    # a worn power cable is an electrical hazard; a worn rope is not
    ("The cord has started fraying right next to the plug.", "hazards", ("electrical",)),
    ("Le câble s'effiloche déjà près de la prise.", "hazards", ("electrical",)),
    ("The rope on the swing has frayed in a month.", "hazards", ()),
    # glass that came in pieces cuts
    ("Two of the glasses were in pieces in the box.", "hazards", ("sharp",)),
    ("Le vase en verre est arrivé en morceaux.", "hazards", ("sharp",)),
    # a recent operation is a hard time; one years ago is not said to be
    ("I've just had surgery and can't wear heels for months.", "hardship", "illness"),
    ("Mon mari ne peut plus conduire après son opération.", "hardship", "illness"),
    ("J'ai froid aux pieds depuis mon opération de la hanche.", "hardship", None),
    # review sheet 281 (read after the round's fixes): a refund thanked for as quick has come; a size asked if there is
    # one; what came in place of what was ordered, and the right one asked for, in French
    ("Brilliant, thank you for the speedy refund!", "requests", ("refund_received",)),
    ("Super, merci pour le remboursement très rapide.", "requests", ("refund_received",)),
    ("Thanks for the quick refund last time! This one is too big.", "requests", ()),
    ("Je vous le renvoie. Merci pour le remboursement.", "requests", ()),
    ("Si vous avez le 42, je le prends.", "wanted_size", "42"),
    ("If you've got a 12 I'll have that.", "wanted_size", "12"),
    ("Dans le carton il y avait un pull à la place du gilet commandé. Pouvez-vous m'envoyer mon gilet ?", "requests",
     ("replacement",)),
    ("Il manque le pied. Merci de m'envoyer le pied ou de reprendre la lampe.", "requests", ("send_missing",)),
    # review sheet 587 #34: a part of a set that came alone, and the missing one asked to be received
    ("Boucles d'oreilles avec leur chaînette. Reçu les boucles seules, aucune chaînette.", "faults", ("missing_part",)),
    ("Reçu la veste seule, sans la ceinture. Je souhaite recevoir la ceinture.", "requests", ("send_missing",)),
    ("Reçu la veste seule, sans la ceinture. Je souhaite recevoir le remboursement.", "requests", ()),
    ("Je souhaite recevoir la robe en 38.", "requests", ()),
    ("Reçu le pantalon seul, la veste doit arriver dans un autre colis.", "faults", ()),
    ("J'ai reçu le colis seule, mon mari était absent.", "faults", ()),
    # a parcel still awaited, or a listing complaint, is no wrong item sent
    ("Still no sign of my order after 10 days.", "faults", ()),
    ("The contents don't match the description, the fabric is polyester not silk.", "faults", ()),
    ("Inside were two men's shirts. No sign of my order, which was a dress.", "faults", ("shop_mistake",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), REVIEWED_READINGS)
def test_reads_what_the_review_found_misread(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


@pytest.mark.parametrize(
    ("category", "wanted"),
    [("shoes", "12"), ("tops", "AGE 12"), (None, "12")],
)
def test_the_category_says_whether_an_age_sizes_the_item(category: str | None, wanted: str) -> None:
    text = "Age 10 boots came up small, she wears them with thick socks. Need a 12."
    assert read_asks(text, category=category).wanted_size == wanted


# A return already sent back or refunded is no return request, unless it is an earlier order's told in passing before
# a new complaint; a refund thanked for or chased stays the matter of the text.
EARLIER_RETURNS = [
    ("Thanks for the quick refund last month on the toaster! Now the kettle I bought the same day has stopped "
     "working.", None),
    ("Merci pour le remboursement rapide de la robe bleue. Par contre la rouge a une fermeture cassée.", None),
    ("Thank you for the fast refund the other day. This dress is too tight though.", None),
    ("Merci pour le remboursement rapide de ma commande précédente. Ce manteau est trop grand.", None),
    ("I got my refund for the blue one, but the red one has a broken zip.", None),
    ("I was refunded for the first pair last week, but the second pair has the same split in the sole.", None),
    ("I was refunded yesterday, thanks.", "already_returned"),
    ("Refund received, thanks. It was a shame because the colour was lovely but the zip broke.", "already_returned"),
    ("J'ai bien reçu le remboursement. Dommage, la robe était jolie mais trop petite.", "already_returned"),
    ("Refund for the boots came through last week, but the matching bag's strap snapped today.", None),
    ("Refund received? Not yet. Too small.", None),
    ("Thanks for the quick refund on the jeans. Now I'd like to return this jacket, it doesn't suit me.", None),
    ("J'ai renvoyé la robe bleue la semaine dernière. Par contre je voudrais échanger la rouge.", None),
    ("I sent it back last week. Now I'm waiting.", "already_returned"),
    ("I sent the blue dress back last month. Now the red one has a hole in it.", None),
    ("J'ai renvoyé la robe bleue le mois dernier. Mais la rouge a un trou.", None),
    ("Thanks for the quick refund!", "already_returned"),
    ("Merci pour le remboursement rapide, tout est en ordre.", "already_returned"),
    ("The kettle stopped working so I sent it back. Thanks for the quick refund!", "already_returned"),
    ("The refund came through but it's £5 short.", "already_returned"),
    ("I sent it back two weeks ago but still no refund, and it was broken anyway.", "already_returned"),
    ("J'ai renvoyé la bouilloire cassée il y a deux semaines, mais toujours pas de remboursement.", "already_returned"),
    # the item sent back, learnt of since: no other item
    ("I sent the kettle back last week. Today I realised it was leaking from the start.", "already_returned"),
    ("I sent them back on Monday. Now I remember the heel was already broken when they came.", "already_returned"),
    ("J'ai déjà renvoyé la robe. Aujourd'hui je vois que la fermeture était cassée.", "already_returned"),
    ("I sent it back last week. Now the toaster I kept has stopped working.", None),
    # a contrast whose sentence tells of the time before the item went back: the fault of the return made
    ("I sent the shoes back last week. However the heel had snapped when they arrived", "already_returned"),
    ("I sent the shoes back last week. However the heel had snapped before I posted them.", "already_returned"),
    ("I sent the shoes back last week. But they were already scuffed when they came.", "already_returned"),
    ("J'ai renvoyé les bottes la semaine dernière. Cependant la fermeture était déjà cassée à la réception.",
     "already_returned"),
    ("I sent the kettle back. But the toaster has stopped working too.", None),
    ("Refund received, thanks. However, the jacket I kept has a hole.", None),
    # ... and one the customer had bought, ordered or kept, told in the past before the past
    ("Refund received, thanks. However, the jacket I had kept has a hole.", None),
    ("I sent the lamp back. But the kettle I had bought at the same time leaks, I want to return it.", None),
    ("I sent the dress back. But the skirt I had ordered with it is too small, can I return it?", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "not_a_return"), EARLIER_RETURNS)
def test_an_earlier_return_told_before_a_new_complaint_is_no_return_already_made(
    text: str, not_a_return: str | None
) -> None:
    assert read_asks(text).not_a_return == not_a_return


# A length the item falls short of is a fit complaint, not a part missing from the box; a count that falls short is one.
MEASURES_AND_COUNTS = [
    ("The trousers are two inches short of my ankles.", (), ("length",)),
    ("The sleeves are 3 centimetres short.", (), ("sleeve",)),
    ("Sleeves 4cm short, hem 2 inches short.", (), ("length", "sleeve")),
    ("The legs are missing a good 5 centimetres in length.", (), ("length",)),
    ("Il manque 3 centimètres aux manches.", (), ("sleeve",)),
    ("Il manque quinze centimètres de longueur.", (), ("length",)),
    ("Il manque un bon centimètre à la ceinture pour la fermer.", (), ()),
    ("The trousers finish 3 inches above my ankle.", (), ("length",)),
    ("The jeans are 2 inches short in the leg and missing a button.", ("missing_part",), ("length",)),
    ("They're a good 3 cm too long in the leg.", (), ("length",)),
    ("Le pantalon s'arrête 5 cm au-dessus des chevilles.", (), ("length",)),
    ("The boots come up above my ankles nicely but pinch.", (), ()),
    ("It's missing a full inch at the waist.", (), ()),
    ("Il manque un petit sachet de vis.", ("missing_part",), ()),
    ("Shelf unit - 3 brackets short, can't build it.", ("missing_part",), ()),
    ("Two screws short.", ("missing_part",), ()),
    ("Missing 2 screws.", ("missing_part",), ()),
    ("Missing one in the box, only 3 cups.", ("missing_part",), ()),
    ("Il manque deux pieds à la chaise.", ("missing_part",), ()),
    ("Il manque 2 vis.", ("missing_part",), ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults", "unfixable"), MEASURES_AND_COUNTS)
def test_a_length_that_falls_short_is_no_missing_part(
    text: str, faults: tuple[str, ...], unfixable: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (asks.faults, tuple(sorted(asks.unfixable))) == (faults, unfixable)


# A worn cable is an electrical hazard only with a word that means power: a charge may be a fee (« la prise en charge du
# retour », "free of charge", "charged me twice"), a phone a call.
WORN_CABLES = [
    ("Un fil s'effiloche sur la manche, merci pour la prise en charge du retour.", ()),
    ("Le fil de la laisse s'effiloche, je demande la prise en charge.", ()),
    ("The dog lead is already fraying. Can I return it free of charge?", ()),
    ("The lead is frayed, you charged me twice for postage.", ()),
    ("The lead has frayed and there's a delivery charge to send it back?", ()),
    ("The dog lead has frayed, please phone me.", ()),
    ("Le cordon s'effiloche, contactez-moi par téléphone.", ()),
    ("The charging cable is frayed near the plug.", ("electrical",)),
    ("Le câble du chargeur s'effiloche.", ("electrical",)),
    ("The cord is fraying, it won't hold a charge anymore.", ("electrical",)),
    ("Le câble est effiloché, je l'ai mis en charge hier soir.", ("electrical",)),
    ("My phone cable is frayed after a week.", ("electrical",)),
    ("La rallonge s'effiloche.", ("electrical",)),
    ("La rallonge est dénudée près de la prise.", ("electrical",)),
    ("Un fil dénudé dépasse de la couture du pull.", ()),
    # a word standing for the cable named before it
    ("Pourriez-vous m'envoyer un nouveau câble ? Le mien est effiloché près de la prise", ("electrical",)),
    ("I need a new charger cable, mine is fraying near the plug.", ("electrical",)),
    ("Le câble de la lampe est beau. Il s'effiloche déjà près de la prise.", ("electrical",)),
    ("Pourriez-vous m'envoyer une nouvelle laisse ? La mienne est effilochée.", ()),
    ("The dog lead is nice. It frays already, can you phone me?", ()),
    ("Le fil du pull est beau mais il s'effiloche.", ()),
    # ... only where the word opens its clause: "with it", "it came in" are not the cable
    ("The charger cable works perfectly. The case that came with it is fraying at the edges.", ()),
    ("Lovely lamp, the cord is the right length. The rug I bought with it is fraying though.", ()),
    ("Phone charger: the cable is fine, the pouch it came in is frayed.", ()),
    ("The charger cable is great and it is fraying already.", ("electrical",)),
    ("I need a new charger cable, it's fraying near the plug.", ("electrical",)),
    ("Can I get a new charger cable? Mine's frayed at the plug end.", ("electrical",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hazards"), WORN_CABLES)
def test_a_worn_cable_is_an_electrical_hazard_only_where_a_word_means_power(
    text: str, hazards: tuple[str, ...]
) -> None:
    assert read_asks(text).hazards == hazards


# A hard time told as long past is the customer's history, not what they are going through; a recent one is.
HARD_TIMES = [
    ("I had an operation ten years ago, so bending is hard.", None),
    ("Years ago, I had an operation on my knee and I can't kneel.", None),
    ("I had an operation on my knee in 2015 so I can't get to the post office.", None),
    ("J'ai été opérée il y a dix ans du dos, je ne peux pas porter de colis.", None),
    ("Il y a quinze ans, j'ai été opérée du dos.", None),
    ("My father passed away when I was a child, this watch reminds me of him.", None),
    ("Mon père est décédé il y a vingt ans.", None),
    ("I had an operation last week and can't get to the post office.", "illness"),
    ("J'ai été opérée la semaine dernière, je ne peux pas porter le colis.", "illness"),
    ("My father passed away last month and I need to return his order.", "bereavement"),
    ("Mon père est décédé la semaine dernière.", "bereavement"),
    ("I've been in hospital since last week, my grandmother died years ago.", "illness"),
    ("My wife had a stroke last month and I'm sorting out her orders.", "illness"),
    ("Mon père a fait un AVC la semaine dernière.", "illness"),
    ("Mon mari a été opéré du cœur la semaine dernière, il ne peut pas porter le colis.", "illness"),
    ("Mon mari a été opéré du cœur il y a 20 ans, il ne peut pas porter de charges lourdes.", None),
    ("My husband had a heart attack two years ago so he can't lift the box.", None),
    ("A stroke of luck, the parcel came early, but it's too small.", None),
    ("I had a stroke of luck finding this, but it's too small.", None),
    ("I nearly had a heart attack when I saw the price, and it's too small.", None),
    ("J'ai failli faire une crise cardiaque en voyant le prix.", None),
    ("Mon père a fait une crise cardiaque la semaine dernière.", "illness"),
    # ... unless it still weighs; and an illness recovered from is past
    ("My husband died two years ago and I'm still struggling", "bereavement"),
    ("Mon mari est décédé il y a deux ans et je ne m'en remets pas.", "bereavement"),
    ("I had an operation ten years ago, so bending is still hard.", None),
    ("I was diagnosed with cancer last year and I'm now in remission", None),
    ("I was diagnosed with cancer last year. I'm now in remission, thankfully.", None),
    ("J'ai eu un cancer l'an dernier, je suis guérie maintenant.", None),
    ("I'm recovering from surgery and can't get to the post office.", "illness"),
    ("I had chemo last year, all clear now. But my dad is in hospital this week.", "illness"),
    ("Mon père est à l'hôpital, il n'est pas encore remis.", "illness"),
    # ... not a recovery denied, nor something else recovered; and what still weighs is the customer's, not the item's
    ("Ma femme a été opérée la semaine dernière et elle n'est pas encore guérie, je n'ai pas pu le renvoyer.",
     "illness"),
    ("I'm in hospital with a broken hip, not recovered at all.", "illness"),
    ("My husband is in hospital after a stroke. The courier recovered the parcel from the depot, please refund.",
     "illness"),
    ("Mon père est décédé il y a dix ans. La fermeture est toujours difficile à fermer.", None),
    ("My mum passed away years ago. The zip is still very low quality.", None),
    ("My husband passed away five years ago. I'm still struggling to get the zip up on my own.", None),
    ("My husband passed away five years ago. I'm still struggling with the zip, it sticks.", None),
    ("My husband passed away five years ago and I'm still struggling to cope.", "bereavement"),
    ("My husband passed away five years ago and I'm still struggling with the loss.", "bereavement"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hardship"), HARD_TIMES)
def test_a_hard_time_told_as_long_past_or_recovered_from_is_no_hardship_now(text: str, hardship: str | None) -> None:
    assert read_asks(text).hardship == hardship


# What came in place of what was ordered is the shop's mistake, in any of the words for "instead of"; a day, money or
# what the customer did in place of something is not.
IN_PLACE_OF = [
    ("They sent a cardigan in place of the pullover I ordered.", ("shop_mistake",)),
    ("I received a cardigan in place of my pullover.", ("shop_mistake",)),
    ("You sent me a toaster in lieu of the kettle.", ("shop_mistake",)),
    ("J'ai reçu un gilet à la place du pull commandé.", ("shop_mistake",)),
    ("On m'a envoyé un gilet en lieu et place du pull.", ("shop_mistake",)),
    ("Delivered on the 12th in place of the 8th.", ()),
    ("Delivered on the 12th instead of the 8th.", ()),
    ("I received a credit note instead of a refund.", ()),
    ("I wore it in place of my usual coat and it's too small.", ()),
    # what had been ordered, then what came (« j'avais commandé le blender ..., réf. B-450, et j'ai reçu un
    # presse-agrumes », sheet 479 #58); not the parcel received
    ("J'avais commandé le blender en inox brossé, réf. B-450, et j'ai reçu un presse-agrumes.", ("shop_mistake",)),
    ("Malheureusement j'avais commandé le rond et j'ai reçu le carré.", ("shop_mistake",)),
    ("J'avais commandé la robe en 38 et j'ai reçu le colis hier, elle est trop grande.", ()),
    # ... nor a judgement of what came after the item ordered
    ("I ordered the dress but what came was a bit too tight.", ()),
    ("I ordered this for a wedding but what arrived was a disappointment.", ()),
    ("I paid for quality but what came was a cheap imitation.", ()),
    ("I ordered it last week, what arrived was a little smaller than expected.", ()),
    ("I ordered the navy, but what came was the right colour, just damaged at the seam.", ("damage",)),
    ("I ordered the lamp but what came was a broken mess.", ("damage",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), IN_PLACE_OF)
def test_what_came_in_place_of_the_order_is_the_shops_mistake(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# A replacement asked in any words, EN and FR; one declined, in the words before it or after it, is not asked.
REPLACEMENT_ASKS = [
    ("I don't want a replacement, just my money back.", ()),
    ("I'd prefer not to get a replacement.", ()),
    ("No need to send a new one, just refund me.", ()),
    ("A replacement won't help, I want my money back.", ()),
    ("Je ne veux pas d'échange, remboursez-moi.", ()),
    ("Je ne souhaite pas recevoir un neuf, remboursement svp.", ()),
    ("Inutile de m'en envoyer un autre, je veux un remboursement.", ()),
    ("Pas besoin d'en renvoyer un autre.", ()),
    ("Ne m'envoyez pas un autre exemplaire, remboursez-moi.", ()),
    ("Un remplacement ne servirait à rien.", ()),
    ("I'll get another one elsewhere.", ()),
    ("Could you send me a new one?", ("replacement",)),
    ("Could you send me another one?", ("replacement",)),
    ("I'd like another one sent out.", ("replacement",)),
    ("Can't you just send a new one?", ("replacement",)),
    ("I wouldn't mind a replacement.", ("replacement",)),
    ("It doesn't work so please send a new one.", ("replacement",)),
    ("Could I get one that actually works?", ("replacement",)),
    ("The replacement you sent is broken too, I want a refund.", ()),
    ("Now the replacement pair you sent is also too small.", ()),
    ("Le remplacement que vous m'avez envoyé est aussi cassé.", ()),
    ("Please send a replacement pair.", ("replacement",)),
    ("Je ne suis pas satisfaite, je souhaite un échange standard.", ("replacement",)),
    ("Je ne veux pas d'échange standard, remboursez-moi.", ()),
    ("I don't want a refund just a replacement.", ("replacement",)),
    ("Renvoyez-m'en un autre.", ("replacement",)),
    ("J'aimerais en recevoir un neuf.", ("replacement",)),
    ("Pouvez-vous me renvoyer le même ?", ("replacement",)),
    ("Je souhaite un nouvel exemplaire.", ("replacement",)),
    ("La chaîne est cassée. Merci de m'en renvoyer un, mieux protégé.", ("replacement",)),
    ("Il manque la télécommande, pouvez-vous m'en envoyer une ?", ("send_missing",)),
    ("I'm not after a replacement, the price dropped so I just want the difference refunded.", ("refund_difference",)),
    ("I'm not looking for a replacement, refund please.", ()),
    ("Not sure I want a replacement to be honest, the first one lasted a day.", ()),
    ("Not sure if it's faulty but I want a replacement.", ("replacement",)),
    ("It's not charging and I'd like a replacement.", ("replacement",)),
    ("Je voudrais un autre modèle.", ()),
    ("J'en voudrais bien un autre, celui-ci ne chauffe plus.", ("replacement",)),
    ("Could you please send out a new one? The first one never turned on.", ("replacement",)),
    ("I already have another one, so I'm returning this.", ()),
    ("We have the same one at home already.", ()),
    ("I like the same one my friend has.", ()),
    ("I'll get another one at the shop in town.", ()),
    # a swap or an exchange declined as a replacement is ("No need to swap it, refund me." of a wrong item was drafted
    # as the item ordered sent, the refund only if it is gone)
    ("Wrong item. No need to swap it, refund me.", ()),
    ("No need to exchange it, just refund me.", ()),
    ("There's no need to swap them, I'd like a refund.", ()),
    ("Wrong item. Exchange or refund, whichever is quicker.", ("replacement",)),
    ("Too small, please exchange it for a 12.", ("exchange",)),
    ("No refund needed, just swap it for a 12.", ("exchange",)),
    ("Could you replace the return label? It won't print.", ()),
    ("Can you replace my refund with a voucher?", ("refund_method",)),  # where the refund goes, no replacement
    ("Could I have another one?", ("replacement",)),
    ("Could you have another one sent out?", ("replacement",)),
    ("I would like the same one again.", ("replacement",)),
    ("Please replace the kettle, it leaks.", ("replacement",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "requests"), REPLACEMENT_ASKS)
def test_a_replacement_is_asked_in_any_words_and_not_when_declined(text: str, requests: tuple[str, ...]) -> None:
    assert read_asks(text).requests == requests


# A size sent in place of the size ordered: the one ordered is the one wanted, the one that came is refused; a size
# asked in place of another is the one wanted, and the other the one had.
SIZES_IN_PLACE = [
    ("You sent a 12 instead of a 10.", "10", ("12",)),
    ("You sent me a 12 in place of the 10 I ordered.", "10", ("12",)),
    ("They sent an XL instead of an M.", "M", ("XL",)),
    ("You sent the size 8 in place of a 6.", "6", ("8",)),
    ("They sent a 10 instead, I need the 12 I ordered.", "12", ("10",)),
    ("Instead of a size 10 I received a 12.", "10", ("12",)),
    ("Au lieu du M, j'ai reçu un L.", "M", ("L",)),
    ("Reçu un L alors que j'avais commandé un M.", "M", ("L",)),
    ("You sent a 12 but I ordered a 10.", "10", ("12",)),
    ("I'd like a 10 instead.", "10", ()),
    ("You sent a size 12 instead of a 10.", "10", ("12",)),
    ("I got a 12 instead of the 10 I ordered.", "10", ("12",)),
    ("Vous m'avez envoyé un 42 au lieu du 40.", "40", ("42",)),
    ("J'ai reçu un 42 à la place du 40 commandé.", "40", ("42",)),
    ("On m'a envoyé un 42 au lieu d'un 40.", "40", ("42",)),
    ("I'd like a 10 instead of the 12.", "10", ("12",)),
    ("Could I have the 12 instead of the 10?", "12", ("10",)),
    ("Je voudrais le 40 à la place du 42.", "40", ("42",)),
    ("Livré le 14 au lieu du 12.", None, ()),
    ("Could I be sent a 12 instead?", "12", ()),
    ("I'd like to be sent a 12 instead of the 10.", "12", ()),
    ("Can I get sent a 12 instead?", "12", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "rejected"), SIZES_IN_PLACE)
def test_the_size_ordered_in_place_of_which_another_came_is_the_one_wanted(
    text: str, wanted: str | None, rejected: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (asks.wanted_size, asks.rejected_sizes) == (wanted, rejected)


# A part that burnt out failed (a defect), it did not burn anyone; a burn is still a heat hazard.
BURNT_OUT = [
    ("This one burnt out in a week, please send a new one.", ("defect",), ()),
    ("The motor burned out after two uses.", ("defect",), ()),
    ("Le moteur a grillé au bout de deux jours.", ("defect",), ()),
    ("It burned my fingers, too hot to touch.", ("defect",), ("heat",)),
    ("The listing says 60 hours. It burnt out after 18.", (), ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults", "hazards"), BURNT_OUT)
def test_a_part_that_burnt_out_is_a_defect_not_a_burn(
    text: str, faults: tuple[str, ...], hazards: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (asks.faults, asks.hazards) == (faults, hazards)


# A part of the making said missing (a zip's teeth, a seam's stitching) is a defect, not a part missing from the box.
MADE_BADLY = [
    ("La fermeture éclair coince: il manque trois dents au milieu.", ("defect",)),
    ("Une couture de l'épaule n'était pas fermée, il manquait carrément le fil sur 5 cm.", ("defect",)),
    ("A few stitches are missing on the side seam.", ("defect",)),
    ("The zip is missing two teeth.", ("defect",)),
    ("No stitches missing, but the colour is wrong.", ()),
    # a flaw in the making is a defect, but not one the customer goes on to name as the fit
    ("There is a flaw in the fabric, a pulled thread across the front.", ("defect",)),
    ("Lovely dress, it has one flaw: it runs small.", ()),
    ("The only flaw in the dress is the length, far too long on me.", ()),
    ("Il manque le fil d'alimentation dans la boîte.", ("missing_part",)),
    ("Il manque une vis et la notice.", ("missing_part",)),
    ("The charger is missing from the box.", ("missing_part",)),
    # ... nor one said missing before "and", nor a « fil » not said of a seam (an item's cable)
    ("The screws are missing and the thread is loose.", ("missing_part",)),
    ("Two buttons missing and the threads are loose.", ("missing_part",)),
    ("Les écouteurs sont arrivés mais il manque le fil.", ("missing_part",)),
    ("Il manque le fil de la lampe dans le carton.", ("missing_part",)),
    ("Il manque du fil à l'ourlet.", ("defect",)),
    # ... where on the item it is told between (sheet 577 #29 was "find something missing" for a bra's underwire)
    ("The stitching at the end of the channel is missing.", ("defect",)),
    ("Les points de couture au bout de l'armature gauche manquent.", ("defect",)),
    ("The stitching is fine but the strap in the box is missing.", ("missing_part",)),
    ("The stitching at the shoulder of the left sleeve is missing.", ("defect",)),
    # ... not a part in the box whose name holds the word, nor one told of the box or the kit
    ("The Stitch plush I ordered for my daughter is missing from the parcel.", ("missing_part",)),
    ("The teeth cleaning attachment listed on the box is missing.", ("missing_part",)),
    ("Les fils de couture fournis avec le kit de broderie manquent dans la boîte.", ("missing_part",)),
    ("The threads of the cross-stitch kit in the bag are missing.", ("missing_part",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), MADE_BADLY)
def test_a_part_of_the_making_said_missing_is_a_defect_not_a_missing_part(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# A hole made for something to pass through is an opening, not damage.
HOLES = [
    ("Le manteau est très bien pensé: doublure polaire, trou pour la laisse. Trop petit.", ()),
    ("There's a hole for the lead on the back, nice, but it's too small.", ()),
    ("There's a hole in the back seam.", ("hole",)),
    ("Il y a un trou dans la manche.", ("hole",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), HOLES)
def test_a_hole_made_for_something_to_pass_through_is_no_damage(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# Another one asked in a size names the size.
@pytest.mark.parametrize(
    ("text", "wanted"),
    [("Could you send another one in a 12?", "12"), ("Merci de m'en envoyer un en 42.", "42"),
     ("Can I have the same one in a size M?", "M"), ("Could you send another one?", None)],
)  # fmt: skip
def test_another_one_asked_in_a_size_names_the_size(text: str, wanted: str | None) -> None:
    assert read_asks(text).wanted_size == wanted


# A size picked over the usual one is the customer's own choice: the usual one is read, not the pick as wanted.
@pytest.mark.parametrize(
    ("text", "wanted", "usual"),
    [("I got a 10 instead of my usual 12 and it's too small.", None, "12"),
     ("I went for a 10 instead of my usual 12, big mistake, too tight.", None, "12"),
     ("My usual is a 38 but this is tiny.", None, "38"),
     ("A 12 instead of the 10 please.", "12", None)],
)  # fmt: skip
def test_a_size_picked_over_the_usual_one_is_not_the_one_wanted(
    text: str, wanted: str | None, usual: str | None
) -> None:
    asks = read_asks(text)
    assert (asks.wanted_size, asks.usual_size) == (wanted, usual)


# The usual size ordered is the size had; a usual size said besides it is the one to offer.
@pytest.mark.parametrize(
    ("text", "usual", "ordered"),
    [("Ordered my usual 38 but they're tiny, I'm usually a 39 in trainers", "39", "38"),
     ("J'ai pris mon 38 habituel mais elles sont petites, je fais du 39 en baskets.", "39", "38"),
     ("Ordered my usual S, too small.", "S", "S"),
     ("I'm usually a 12, ordered my usual 12, it's tiny.", "12", "12"),
     ("My usual is a 38 but this is tiny.", "38", None),
     # a usual size said not to do is the size had, and no size to offer
     ("Mon M habituel ne suffit pas, il me faudrait la taille au-dessus.", None, "M")],
)  # fmt: skip
def test_the_usual_size_ordered_is_the_size_had_and_another_usual_one_the_one_to_offer(
    text: str, usual: str | None, ordered: str | None
) -> None:
    asks = read_asks(text)
    assert (asks.usual_size, asks.ordered_size) == (usual, ordered)


# A size asked in the words a garment is sized in (a suit's "42R", "a 30 waist", « une longueur 28 ») or after
# "consider", "maybe", "exchange the jacket for"; a size that will not close is the size had, and does not fit.
SIZES_IN_OTHER_WORDS = [
    ("I should be grateful if you would exchange the jacket for a 42R and let me keep the trousers.", "42R", None, ()),
    ("I'd consider a 30 waist, but this pair is too big and is going back.", "W30", None, ()),
    ("Je le renvoie, peut-être une longueur 28 si vous avez ça.", "L28", None, ()),
    ("Could you swap the dress for a 12?", "12", None, ()),
    ("Usually an 8. The 8 won't zip past my ribs.", None, "8", ("8",)),
    ("The 10 won't zip up, I need a 12.", "12", "10", ("10",)),
    ("I'm in my 40s and this is too young for me.", None, None, ()),
    ("Maybe I'll keep it.", None, None, ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "ordered", "rejected"), SIZES_IN_OTHER_WORDS)
def test_a_size_said_in_a_garments_own_words_is_read(
    text: str, wanted: str | None, ordered: str | None, rejected: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (asks.wanted_size, asks.ordered_size, asks.rejected_sizes) == (wanted, ordered, rejected)


# The size had, told after the size asked in its place (« Je veux le 46 au lieu du 45 » read no size had), or in a
# terse clause of its own ("Need the 12 please, ordered the 10 on the 2/11" read no size ordered, the day staying a
# day); near misses: the size that came in place of the one ordered, the customer's own order, what came said first.
SIZES_HAD_BESIDE_THE_ONE_ASKED = [
    ("I'd like the 46 instead of the 45 please.", "46", "45", ("45",)),
    ("Je voudrais le 40 à la place du 38.", "40", "38", ("38",)),
    ("Could you send me the 12 rather than the 14?", "12", "14", ("14",)),
    ("Need the 14 please, ordered the 12 on the 3/11.", "14", "12", ()),
    ("Size 12 ordered 5/11, far too tight.", None, "12", ()),
    ("Taille M commandée, beaucoup trop grande.", None, "M", ()),
    ("You sent me a 12 instead of the 10 I ordered.", "10", None, ("12",)),
    ("Reçu un 42 au lieu du 40.", "40", None, ("42",)),
    ("I got a 10 instead of my usual 12, need the 12.", "12", None, ()),
    ("Got size 10 ordered 12.", None, None, ()),
    ("Need the 14 please, ordered it on the 3/11.", "14", None, ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "ordered", "rejected"), SIZES_HAD_BESIDE_THE_ONE_ASKED)
def test_the_size_had_beside_the_one_asked_is_read(
    text: str, wanted: str | None, ordered: str | None, rejected: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (asks.wanted_size, asks.ordered_size, asks.rejected_sizes) == (wanted, ordered, rejected)


# One part of a set that came alone is a part missing, and its sending asked for; "send another" alone asks for one.
ASKS_FROM_THE_SHEETS = [
    ("I received the shell only. Please send the fleece, or refund the difference, or I'll return the jacket.",
     ("send_missing", "refund_difference"), ("missing_part",)),
    ("The box contained the lid only.", (), ("missing_part",)),
    ("I received it only yesterday and it's too small.", (), ()),
    ("Got the gps only version, not the cellular one I paid for.", (), ("shop_mistake",)),
    ("Please can you send another and arrange collection of this one?", ("collect", "replacement"), ()),
    ("Could you send another?", ("replacement",), ()),
    ("I'll send another photo tomorrow.", (), ()),
    # ... asked of the shop: not the customer's own sending
    ("The first parcel came back to you, so I'll send another.", (), ()),
    ("The label didn't print, can I send another?", (), ("defect",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "requests", "faults"), ASKS_FROM_THE_SHEETS)
def test_a_part_that_came_alone_and_another_asked_alone_are_read(
    text: str, requests: tuple[str, ...], faults: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (set(asks.requests), asks.faults) == (set(requests), faults)


# An item that burnt or scalded someone is a defect and a heat hazard; toast burnt is a defect at most, never a hazard.
BURNS = [
    ("The plug burnt my hand when I unplugged it.", ("defect",), ("heat",)),
    ("La prise m'a brûlé les doigts.", ("defect",), ("heat",)),
    ("The kettle scalded me, steam comes out of the side.", ("defect",), ("heat",)),
    ("It burns the toast even on setting 1.", ("defect",), ()),
    ("I burned my toast, my fault, but the toaster is fine. Not needed anymore.", (), ()),
    # burnt food in any word order
    ("The toast burnt.", (), ()),
    ("My toast is always burnt, even on setting 1.", ("defect",), ()),
    ("The toast comes out burnt every time.", ("defect",), ()),
    ("Il brûle le pain même au réglage 1.", ("defect",), ()),
    ("Le pain ressort brûlé à chaque fois.", ("defect",), ()),
    ("The rice cooker burns the rice every time.", ("defect",), ()),
    # ... and a burn to someone beside food, or an appliance named after food, is still a burn
    ("The toaster burnt my hand.", ("defect",), ("heat",)),
    ("Le grille-pain m'a brûlé.", ("defect",), ("heat",)),
    ("The toast was fine but the toaster burnt my hand.", ("defect",), ("heat",)),
    ("My coffee machine burnt my hand.", ("defect",), ("heat",)),
    ("La machine à pain m'a brûlé les doigts.", ("defect",), ("heat",)),
    # ... and food that burnt someone, "burning hot", or the English "pain", is no food burnt
    ("The lid popped off and the hot milk burnt my daughter's arm.", ("defect",), ("heat",)),
    ("Pizza stone cracked and the pizza burned my mouth.", ("damage", "defect"), ("heat",)),
    ("Le plat m'a brûlé les doigts en sortant du four.", ("defect",), ("heat",)),
    ("The coffee was burning hot and the jug leaked over my hand.", ("defect",), ("heat",)),
    ("Touching the lid gave me a burning pain in my hand.", (), ("heat",)),
    ("What a pain, it burns the bread every time.", ("defect",), ()),
    ("The waffle iron burns the worktop underneath it.", (), ("heat",)),
    ("The food processor motor burns after two minutes of use.", (), ("heat",)),
    ("The food mixer burns when running.", (), ("heat",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults", "hazards"), BURNS)
def test_an_item_that_burnt_someone_is_a_defect_and_a_hazard(
    text: str, faults: tuple[str, ...], hazards: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (asks.faults, asks.hazards) == (faults, hazards)


# A candle is meant to burn: the time it burned, or the burn time a listing promises, is its use, not a hazard (a
# scentless candle was told "For your safety, please stop using the candle straight away"); and a garment that "feels
# like it might cut me in half" is too tight, not sharp (a refused swimsuit was told to wrap its sharp parts). Near
# misses: a candle that burned a hand or scorched a shelf, a cut finger.
USE_AND_IDIOM = [
    ("The candle smells of nothing. The listing says 'strong throw, fills a room, 60 hour burn'. I've burned it for "
     "an evening and I can't smell it even sitting right next to it.", ()),
    ("Burnt it for two hours and it tunnelled straight down the middle.", ()),
    ("After burning it for a few evenings the scent is gone.", ()),
    ("It pulls so tight at the crotch that it feels like it might cut me in half.", ()),
    ("The waistband cuts me in two when I sit down.", ()),
    ("The candle burned my hand when the glass cracked.", ("heat", "sharp")),
    ("I burned it for an hour and it scorched the shelf.", ("heat",)),
    ("I cut my finger on the edge of the tin.", ("sharp",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hazards"), USE_AND_IDIOM)
def test_a_candle_burned_as_meant_or_a_fit_said_to_cut_is_no_hazard(text: str, hazards: tuple[str, ...]) -> None:
    assert read_asks(text).hazards == hazards


# Back to the usual size: the way back from a size taken up or down, said as a size; a verb's "up" (picked up, the
# pick up point) is no size taken, and the fit complaint gives the way
BACK_TO_USUAL_CASES = [
    ("Got them at the pick up point, too tight, back to my usual size please.", "up"),
    ("I picked them up at the depot, too tight, I'll go back to my usual size.", "up"),
    ("I sized up as the guide said and they slip, back to my normal size please.", "down"),
    ("Prises une demi-pointure au-dessus, elles baillent, je reprends ma pointure habituelle.", "down"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "way"), BACK_TO_USUAL_CASES)
def test_back_to_the_usual_size_goes_back_from_the_size_taken(text: str, way: str) -> None:
    assert read_asks(text, None, "shoes").size_direction == way


# An item said to smoke in French is a heat hazard and a fault; a person who smokes, a candle (it smokes by nature) or
# smoke told normal on a first use is neither
SMOKED_FR = [
    ("Le radiateur fumait au bout d'une heure.", ("heat",), ("defect",)),
    ("Pas de four plus petit ? Celui-ci fume dès que je l'allume.", ("heat",), ("defect",)),
    ("Ma compagne fume sur le balcon, l'odeur n'a rien à voir.", (), ()),
    ("La bougie parfumée fume beaucoup.", (), ()),
    ("Le four fume un peu à la première utilisation, normal selon la notice.", (), ()),
    # ... a normal denied, a first use that says when, an item beside a person are the item's
    ("Le four fume, ce n'est vraiment pas normal.", ("heat",), ("defect",)),
    ("La plancha fume dès le premier allumage.", ("heat",), ("defect",)),
    ("Mon voisin fume, mais le radiateur fume aussi quand il chauffe.", ("heat",), ("defect",)),
    # ... and a normal asked, not told
    ("La plaque fume, c'est normal ?", ("heat",), ("defect",)),
    ("Le sèche-linge fume, est-ce normal ?", ("heat",), ("defect",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hazards", "faults"), SMOKED_FR)
def test_an_item_that_smokes_in_french_is_a_heat_hazard(
    text: str, hazards: tuple[str, ...], faults: tuple[str, ...]
) -> None:
    asks = read_asks(text, "fr")
    assert (asks.hazards, asks.faults) == (hazards, faults)


# A box or parcel that came damaged where the text says the item inside is intact is the packaging's damage, not the
# item's; a damaged item beside it, or a damaged parcel with nothing said of the item, is still damage.
PACKAGING_DAMAGED = [
    ("Arrivées en retard, et la boîte était un peu cabossée, rien de grave, les chaussures étaient intactes.",
     ()),
    ("The outer box was crushed but the kettle inside was fine. It's just too small for us.", ()),
    ("The box was dented, the shoes were in perfect condition though. Too narrow.", ()),
    ("Box arrived torn and soggy, shoes intact thankfully. They're too big.", ()),
    ("The box was intact but the glass was smashed.", ("damage",)),
    ("The parcel was crushed and the lamp is broken, the bulb survived.", ("damage",)),
    ("La boîte était cabossée et la chaussure est rayée, le reste est intact.", ("damage",)),
    ("The box was badly dented. Haven't opened it.", ("damage",)),
    ("Le colis est arrivé écrasé, l'article à l'intérieur est cassé.", ("damage",)),
    ("The jewellery box is dented on the lid but the hinge is intact.", ("damage",)),
    # what the packaging says is missing is the item's; the item damaged with it, only a part of it intact
    ("The packet of screws was missing, everything else is intact.", ("missing_part",)),
    ("The box was missing the manual, the item itself is intact.", ("missing_part",)),
    ("The box was crushed and so was the kettle, the plug is intact though.", ("damage",)),
    ("The box arrived crushed, the frame inside too. The glass is intact though.", ("damage",)),
    ("Le colis est arrivé abîmé et la lampe aussi, seul le pied est intact.", ("damage",)),
    ("The box was crushed, only the stand is intact.", ("damage",)),
    ("The box was crushed but the lamp inside is fine too.", ()),
    ("La boîte était abîmée mais la lampe est intacte aussi.", ()),
    ("The box was torn, the shoes were undamaged as well.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), PACKAGING_DAMAGED)
def test_a_damaged_box_around_an_intact_item_is_no_damage_to_the_item(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# Signs an item is unsafe to keep using, read by what they say of it: the house's electrics tripped, an appliance that
# does not switch itself off, a powered item smelling of plastic; not a bag made of plastic, burnt food on a setting,
# nor a word taking up another thing than the cable ("the shade, it is fraying").
SAFETY_SIGNS = [
    ("Plugged it in and it trips the electrics in the whole kitchen every time. Faulty.", None, ("electrical",)),
    ("It keeps tripping the fuse.", None, ("electrical",)),
    ("Le grille-pain fait disjoncter toute la maison.", None, ("electrical",)),
    ("Écran noir, prise vérifiée, disjoncteur OK.", None, ()),
    ("I tripped over the cable and it broke.", None, ()),
    ("It isn't genuine leather. It smells of plastic and the label inside says PU.", "bags", ()),
    ("Le sac sent le plastique.", None, ()),
    ("The heater smells of plastic when it's plugged in.", None, ("heat",)),
    ("The controller gets very hot and smells of plastic.", None, ("heat",)),
    ("The toaster doesn't pop up, it just keeps going until the toast burns.", None, ("heat",)),
    ("Le grille-pain ne s'arrête pas, le pain finit carbonisé.", None, ("heat",)),
    ("The kettle doesn't switch off when it boils.", None, ("heat",)),
    ("The fan won't turn off.", None, ()),
    # what does not stop is something else than the heating, or "going" is on to something else
    ("The iron doesn't stop leaking water all over my clothes.", None, ()),
    ("The oven timer never stops beeping.", None, ()),
    ("The kettle won't stop whistling even off the base, so annoying.", None, ()),
    ("I kept going back and forth with customer service about this iron, it leaks everywhere.", None, ()),
    ("The grill pan kept going rusty after each wash.", None, ()),
    ("The kettle lid doesn't pop up when I press the button.", None, ()),
    ("The heater just keeps going, even on the lowest setting.", None, ("heat",)),
    ("The heater never stops heating, even when set to off.", None, ("heat",)),
    ("The kettle never stops boiling.", None, ("heat",)),
    ("The waffle maker burns the waffles on the lowest setting.", None, ()),
    ("La lampe est belle et le câble fonctionne. Mais l'abat-jour, il s'effiloche déjà.", "lighting", ()),
    ("The cable is fine. But the shade, it is fraying.", "lighting", ()),
    ("The cable on the lamp, it's fraying near the plug.", None, ("electrical",)),
    ("Le câble de la lampe est beau. Il s'effiloche déjà près de la prise.", "lighting", ("electrical",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "hazards"), SAFETY_SIGNS)
def test_a_sign_of_danger_is_read_of_the_item_it_is_told_of(
    text: str, category: str | None, hazards: tuple[str, ...]
) -> None:
    assert read_asks(text, category=category).hazards == hazards


# A colour or size of those ordered that came alone is no part of a set missing; a fastening sewn on without its other
# half is a defect of the making, not a part missing from the box.
ONE_OF_SEVERAL_OR_HALF_MADE = [
    ("I received the blue only, the red was out of stock, fine.", ()),
    ("I received the blue one only, not the red.", ()),
    ("I got the large only, the medium never came.", ()),
    ("I received the shell only. Please send the fleece.", ("missing_part",)),
    # a colour or a size that names the part is no item ordered
    ("I received the black shell only.", ("missing_part",)),
    ("The box contained the white lid only.", ("missing_part",)),
    ("I received the small bowl only, the set has three.", ("missing_part",)),
    ("the poppers at the bottom don't close, half of them are missing the other side. faulty", ("defect",)),
    ("Les pressions du bas n'ont pas leur autre moitié.", ("defect",)),
    ("La fermeture principale a deux dents manquantes, impossible de fermer la poche du bas. Neuf.", ("defect",)),
    ("The poppers are fine but the pillowcase is missing.", ("missing_part",)),
    ("Only one pillowcase, the other half of the set is missing.", ("missing_part",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), ONE_OF_SEVERAL_OR_HALF_MADE)
def test_one_colour_that_came_alone_or_a_fastening_without_its_half_is_no_part_missing(
    text: str, faults: tuple[str, ...]
) -> None:
    assert read_asks(text).faults == faults


# A replacement that came and is told of is none asked; one the customer would take is; a parcel refused at the door is
# on its way back; a price difference already asked for and refused is told, not asked again.
ASKS_TOLD_OR_MADE = [
    ("I sent it back last week. However the replacement has a broken zip.", ()),
    ("My replacement is too small as well.", ()),
    ("A replacement is fine, or a refund.", ("replacement",)),
    ("Could the replacement be sent by Friday?", ("replacement",)),
    # the replacement named as the one wanted, or as one promised that has not come, is still asked for
    ("The replacement is what I want, not a refund.", ("replacement",)),
    ("The replacement is fine by me, please send one in the same size.", ("replacement",)),
    ("The replacement was promised last week but never arrived, please send it.", ("replacement",)),
    ("My replacement is overdue, please send it as soon as possible.", ("replacement",)),
    # ... but one that was fine, good or late came
    ("The replacement was fine for a week, then the zip broke again.", ()),
    ("My replacement was late and is too small.", ()),
    ("its a nice bra otherwise so id take another one if you check it first", ("replacement",)),
    ("Le transporteur m'a réclamé 38 € de frais de douane. J'ai refusé le colis. Merci de me rembourser.",
     ("sent_back",)),
    ("I refused the parcel because of customs fees. Please refund me.", ("sent_back",)),
    ("I refused to pay customs so it went back.", ("sent_back",)),
    # a refusal the carrier claims is not one
    ("The courier says I refused the parcel, but I never did! Please send it again.", ("replacement",)),
    ("Your tracking claims we refused the delivery, that's not true.", ()),
    ("Le livreur dit que j'ai refusé le colis, c'est faux, je n'ai vu personne.", ()),
    ("I've asked customer service if they'll refund the difference and they said no, so I'm returning this one.", ()),
    ("J'ai demandé qu'on me rembourse la différence, on m'a dit non. Je renvoie.", ()),
    ("I asked your team to refund the difference last week, can you confirm it's done?", ("refund_difference",)),
    ("It went on sale the next day, please refund the difference.", ("refund_difference",)),
    # the delivery added to a refund asked: "... and the delivery charge as well"; not the delivery praised
    ("I'd like the dress refunded and the delivery charge as well, please.", ("refund_delivery",)),
    ("Refund please, and the shipping as well.", ("refund_delivery",)),
    ("Je veux être remboursée, et les frais de livraison aussi.", ("refund_delivery",)),
    ("Love the dress and the delivery too, but it's too long so a refund please.", ()),
    ("The refund came quickly and the shipping as well as the label were free.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "requests"), ASKS_TOLD_OR_MADE)
def test_an_ask_is_read_only_where_it_is_made_now(text: str, requests: tuple[str, ...]) -> None:
    assert read_asks(text).requests == requests


# Sizes asked or had in words the readers missed: whether the shop has one, a letter size said in French words, a
# smaller or bigger pair, a usual size that does not do, a petite customer.
SIZES_IN_MORE_WORDS = [
    ("Est-ce que vous avez le 42 en stock, déjà? Si oui j'échange volontiers.", "wanted_size", "42"),
    ("Do you have the 12? I'd swap.", "wanted_size", "12"),
    ("Do you have a 10% discount code?", "wanted_size", None),
    ("Je vous serais reconnaissante de m'indiquer s'il existe en longueur 34.", "wanted_size", "L34"),
    ("Does it come in a 14?", "wanted_size", "14"),
    ("Le chandail est ben trop grand. Je l'échange pour un petit.", "wanted_size", "S"),
    ("Un petit problème avec la couture.", "wanted_size", None),
    ("They're so big my hand slides around inside. Smaller pair please", "size_direction", "down"),
    ("Could I have a bigger one?", "size_direction", "up"),
    ("I ordered a smaller one last time and it fitted.", "size_direction", None),
    ("Retour pour un plus petit.", "size_direction", "down"),
    # a size said in one word: "Need smaller.", « il me faut plus petit »; not a smaller part or a chart
    ("Armholes gape down to my waist, can see everything. Need smaller.", "size_direction", "down"),
    ("Need bigger, please", "size_direction", "up"),
    ("Need a smaller one.", "size_direction", "down"),
    ("Il me faut plus petit.", "size_direction", "down"),
    ("I'd need smaller arms", "size_direction", None),
    ("You need smaller sizes on the chart.", "size_direction", None),
    ("Don't need bigger.", "size_direction", None),
    # ... or asked by asking whether it exists so (« Est-ce qu'il existe en plus petit ? » read nothing); not a measure
    # compared, nor a smaller box to send it back in
    ("Bien trop grand pour ma chambre. Est-ce qu'il existe en plus petit? Sinon je vous le renvoie.", "size_direction",
     "down"),
    ("Trop petit. Vous l'avez en plus grand ?", "size_direction", "up"),
    ("Vous l'auriez en taille plus grande ?", "size_direction", "up"),
    ("Do you have it smaller?", "size_direction", "down"),
    ("Is there a bigger one?", "size_direction", "up"),
    ("Is there one smaller than 180 cm?", "size_direction", None),
    ("Il existe en plus petit que 150 cm ?", "size_direction", None),
    ("Is there a smaller box I can use?", "size_direction", None),
    ("Vous l'avez en plus petit, je sais. Mais je le renvoie.", "size_direction", None),
    # ... the item or nothing before the way, and the way closing the question: not a part or an extra
    ("Avez-vous ce modèle en plus petit ?", "size_direction", "down"),
    ("Does this come in a smaller size, please?", "size_direction", "down"),
    ("Works fine but the plug is the wrong type. Does it come with a bigger plug adapter?", "size_direction", None),
    ("Do you have a smaller lid for it?", "size_direction", None),
    ("Mon M habituel ne suffit pas sur ce modèle.", "ordered_size", "M"),
    ("je chausse du 39 d'habitude mais le 39 ne ferme pas au mollet.", "rejected_sizes", ("39",)),
    ("je chausse du 39 d'habitude mais le 39 ne ferme pas au mollet.", "unfixable", ("calf",)),
    ("I'm a petite 6 and the 6 in this is like a 10.", "unfixable", ("petite",)),
    # the petite range asked for, not one told or ordered (sheet 599 #35)
    ("Sending back, need the petite length.", "unfixable", ("length", "petite", "petite_range", "cut")),
    ("Renvoi, il me faut la version petite.", "unfixable", ("petite", "petite_range")),
    ("Je voudrais les échanger contre la coupe petite.", "unfixable", ("petite", "petite_range")),
    ("I bought it in the petite length and it is still too long.", "unfixable", ("length", "petite")),
    ("Don't need the petite range, just a 12.", "unfixable", ("petite",)),
    ("Need the petite length in black instead of the grey.", "unfixable", ("length", "petite", "cut")),
    ("Swap it for the petite fit in navy please", "unfixable", ("petite", "cut")),
    ("Il me faudrait la version petite en bleu plutôt qu'en noir.", "unfixable", ("petite",)),
    ("Je l'ai pris en version petite mais c'est trop long.", "unfixable", ("length", "petite")),
    ("I'm a 40 chest and this 40 must be cut for a teenager.", "unfixable", ()),
    ("Un grand merci au transporteur, qui a transformé mon vase en puzzle.", "wanted_size", None),
    ("Ordered my usual 75C. I'm 5'6\" and usually a 36D.", "usual_size", "75C"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), SIZES_IN_MORE_WORDS)
def test_a_size_asked_or_had_in_more_words_is_read(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# An injury and a couple parting are hard times too; a heel broken, a crack in a glaze, a stock shortage and a couple
# parted long ago are not.
MORE_HARD_TIMES = [
    ("Je me suis fait une fracture de fatigue au pied deux jours après la commande. Six semaines sans courir.",
     "illness"),
    ("I broke my ankle and can't wear heels for months.", "illness"),
    ("Engagement is off. Returning the ring.", "separation"),
    ("We've split up so I don't need the double duvet.", "separation"),
    ("Nous nous sommes séparés, je renvoie la bague.", "separation"),
    ("Le talon s'est cassé le premier jour.", None),
    ("L'écran est arrivé avec le pied cassé en deux.", None),
    ("La figurine de collection est arrivée avec un bras cassé.", None),
    ("Ma fille a la jambe dans le plâtre, elle ne pourra pas les porter.", "illness"),
    ("The mug has a hairline fracture in the glaze.", None),
    ("Article en rupture de stock, je renvoie l'autre.", None),
    ("We split up five years ago, that's not why. Too small.", None),
    # a near miss, a cast iron finish, something split or separated, « se séparer de » a thing
    ("I almost broke my ankle in these heels, the sole is so slippery.", None),
    ("I nearly broke my back carrying this parcel up the stairs, it is far too heavy.", None),
    ("I wanted it in a cast iron finish, not enamel.", None),
    ("I separated the two parts and the hinge is broken.", None),
    ("We separated the whites from the colours and it still ran.", None),
    ("Nous nous sommes séparés des anciens meubles, celui-ci ne va pas.", None),
    ("I'm in a cast for six weeks.", "illness"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hardship"), MORE_HARD_TIMES)
def test_an_injury_or_a_couple_parting_is_a_hard_time(text: str, hardship: str | None) -> None:
    assert read_asks(text).hardship == hardship


@pytest.mark.parametrize(
    ("text", "faults", "requests"),
    [("We've split up so I don't need the double duvet.", (), ()),
     ("The seam has split up the back.", ("damage", "defect"), ()),
     # a thing that split up is still damaged: only a couple "split up"
     ("The leather split up completely within a week.", ("damage",), ()),
     ("The sole split up near the heel.", ("damage", "defect"), ()),
     ("The seams have split up.", ("damage", "defect"), ()),
     ("We have split up, so no need for the double duvet.", (), ()),
     ("J'en ai marre de courir après mon argent.", (), ("refund_awaited",))],
)  # fmt: skip
def test_a_couple_split_up_is_no_damage_and_money_chased_is_a_refund_awaited(
    text: str, faults: tuple[str, ...], requests: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (asks.faults, asks.requests) == (faults, requests)


# Sentences of this round's own: a heat smell, a colour asked in a size, more of a set, one that works, the same item
# again, what was ordered besides what came, missing parts asked for as "them".
OWN_SENTENCES = [
    ("Le sèche-cheveux sent le chaud et s'arrête tout seul au bout de deux minutes.", "hazards", ("heat",)),
    ("It smells hot after five minutes of use.", "hazards", ("heat",)),
    ("My sister now wants one in the blue. Can you swap this one for the blue in a 12?", "wanted_size", "12"),
    ("Two of the six glasses arrived cracked, the other four are fine. Can you send two more?", "requests",
     ("replacement",)),
    ("Le zip s'est cassé net le troisième jour, je voudrais une veste qui ferme.", "requests", ("replacement",)),
    ("The handle stitching came undone after a week. I'd like the same bag again please, not a refund.", "requests",
     ("replacement",)),
    ("J'ai reçu deux bracelets identiques alors que j'en avais commandé un doré et un argenté.", "faults",
     ("shop_mistake",)),
    ("Il manque deux pièces du puzzle, pouvez-vous me les envoyer ?", "requests", ("send_missing",)),
    ("Could you send them back to me? I changed my mind about the return.", "requests", ()),
    ("J'ai reçu la noire en M et une deuxième noire en M. Pas de rose.", "wanted_size", None),
    ("Elles sont trop étroites, je prendrais volontiers la version large si elle existe.", "requests", ("exchange",)),
    ("La tige est trop étroite. Vous n'auriez pas un modèle « mollet large » ? Sinon je les renvoie.", "requests",
     ("exchange",)),
    ("Do you do a wide calf version of these boots?", "unfixable", ("calf", "cut")),
    ("I have wide calves, these are the wide calf fit and still too tight.", "requests", ()),
    ("I don't need the wide calf version, they are just too long.", "requests", ()),
    # more of them wanted for someone else is a purchase, not a replacement
    ("I'd like two more of these for my sisters, they are lovely, but this one is too small.", "requests", ()),
    ("I want a couple more as gifts, but this one came scratched.", "requests", ()),
    # ... and more time or words wanted is no item at all
    ("I'd like 2 more days", "requests", ()),
    ("The heel is scuffed, I can send 2 more photos if you need them.", "requests", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), OWN_SENTENCES)
def test_reads_this_rounds_own_sentences(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# A flaw the customer makes light of before giving another reason, « faire tache » (to clash), and a box torn around a
# part missing or a wrong item are no fault of their own; a flaw that is the only thing told, one made light of after a
# turn, and a box torn around an item damaged too still are.
FAULTS_WHERE_NONE = [
    ("Chaussures conformes et confortables. Il y a une micro-rayure sur le talon, on ne la voit pas vraiment. Je les "
     "renvoie parce que j'ai changé d'avis sur la couleur.", ()),
    ("Un des coussins a un petit défaut de couture à peine visible, pas grave du tout. Mais on a finalement décidé de "
     "vendre la maison, donc plus de jardin.", ()),
    ("The base is slightly chipped, barely noticeable. Honestly I just don't need it any more.", ()),
    ("La couleur « bleu nuit » est exactement celle des photos: à côté de mon bureau blanc, elle fait tache. Je "
     "préfère la version blanche.", ()),
    ("The box was torn open and the charger is missing.", ("missing_part",)),
    ("Box arrived ripped open and two of the screws were missing.", ("missing_part",)),
    ("The parcel took eight days, the box was torn, and inside was a pair of women's sandals in a size 5. I ordered "
     "men's walking boots in a 10. I'm almost impressed.", ("shop_mistake",)),
    # near misses
    ("Un petit éclat, rien de grave, mais le pied est cassé. Retour.", ("damage",)),
    ("Rien de grave mais le zip est cassé. Je la renvoie.", ("damage",)),
    ("Il y a une rayure sur l'écran, on la voit bien. Je le renvoie.", ("damage",)),
    ("The lid is cracked, not a big deal but I'd like to return it.", ("damage",)),
    ("Le portefeuille est arrivé taché, le colis avait pris l'eau.", ("stain",)),
    ("The box was crushed and the lid is cracked, and the charger is missing.", ("damage", "missing_part")),
    ("The box was torn open, the lamp base is dented and the bulb is missing.", ("damage", "missing_part")),
    ("The box was torn open and the shade was crumpled.", ("damage",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), FAULTS_WHERE_NONE)
def test_a_flaw_made_light_of_a_clash_or_a_box_torn_around_another_fault_is_no_fault_of_its_own(
    text: str, faults: tuple[str, ...]
) -> None:
    assert read_asks(text).faults == faults


# Faults and asks the readers missed: a parcel the shop lost, a part that stopped staying down, a drawstring sewn into
# the seam, « faire l'échange » of a wrong item, a listing set against what came; near misses keep their reading.
FAULTS_UNREAD = [
    ("JE SUIS FURIEUSE. VOUS AVEZ PERDU MON COLIS ET MAINTENANT C'EST MON PROBLÈME", "faults", ("not_received",)),
    ("You've lost my parcel and nobody answers.", "faults", ("not_received",)),
    ("You lost my return and I want my money.", "faults", ()),
    # a stuck tracking beside a mail or a claim sent, or a card the driver left, is still the order's; the return's
    # only with the item sent
    ("J'ai renvoyé un mail hier, le suivi ne bouge plus depuis lundi.", "faults", ("not_received",)),
    ("J'ai déposé une réclamation, mon colis est toujours bloqué au dépôt.", "faults", ("not_received",)),
    ("The courier dropped off a card, and the tracking hasn't moved since.", "faults", ("not_received",)),
    ("Je l'ai déposé au relais mardi, le suivi ne bouge plus.", "requests", ("sent_back",)),
    ("I posted my return off on Tuesday and the tracking has been stuck since.", "requests", ("sent_back",)),
    ("its ok for like a month then the lever stopped staying down unless you hold it, cheap plastic mechanism inside. "
     "not worth 40 quid", "faults", ("defect",)),
    ("The lid stopped locking after two weeks.", "faults", ("defect",)),
    ("I stopped keeping the box after a week.", "faults", ()),
    ("Whoever made them sewed the drawstring into the waistband seam at both ends, so you can't pull it or tie it. Can "
     "I swap them for a pair where the drawstring actually works? Same size, please.", "faults", ("defect",)),
    ("Whoever made them sewed the drawstring into the waistband seam at both ends, so you can't pull it or tie it. Can "
     "I swap them for a pair where the drawstring actually works? Same size, please.", "requests", ("replacement",)),
    ("The label is sewn into the side seam and it scratches.", "faults", ()),
    ("Bonjour, le colis contenait un manteau en taille M, la facture dit M aussi mais ma commande était en L. "
     "Pouvez-vous faire l'échange ? Merci", "requests", ("replacement",)),
    ("la lampe est bien plus petite que sur la photo, 25 cm au lieu de 45 cm selon la fiche. on dirait une lampe de "
     "poupée", "not_as_described", True),
    ("Sur les photos le chemisier est d'un vert sauge très doux, un peu grisé, c'est exactement pour ça que je l'ai "
     "choisi (j'avais le pantalon assorti en tête). Celui que j'ai reçu est kaki vif, presque fluo à la lumière du "
     "jour.", "not_as_described", True),
    ("Ce n'est pas la couleur vendue. Retour.", "not_as_described", True),
    ("The rug is much smaller than in the photos.", "not_as_described", True),
    ("La lampe est plus petite que celle de ma voisine.", "not_as_described", False),
    # made light of before another reason
    ("Un peu plus foncé que sur la photo, ça encore ça va. Par contre l'événement a été annulé.", "not_as_described",
     False),
    ("There's a loose thread or two, I could live with that. The main thing is it just hangs on me.", "faults", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), FAULTS_UNREAD)
def test_a_parcel_lost_a_part_that_stopped_holding_and_a_listing_set_against_what_came_are_read(
    text: str, field: str, value: object
) -> None:
    assert getattr(read_asks(text), field) == value


# Safety read of what it is told of: a leak that does not stop, a hot smell told as normal or one of heat damage are
# no heat hazard; a mirror or a pane that came cracked is a sharp one; a lamp's shade is no colour.
SAFETY_OF_WHAT_IS_TOLD = [
    ("La bouilloire fuit, ça ne s'arrête pas.", None, "hazards", ()),
    ("The kettle leaks and doesn't switch off.", None, "hazards", ("heat",)),
    ("Le grille-pain ne s'arrête pas, le pain finit carbonisé.", None, "hazards", ("heat",)),
    ("The dryer smells hot, normal for a new one I guess, but it's too loud.", None, "hazards", ()),
    ("It smells of heat damage, like it was left in the sun.", None, "hazards", ()),
    ("It smells hot and that's not normal.", None, "hazards", ("heat",)),
    ("Il manquait les vis de fixation et le miroir est arrivé fendu, carton percé.", "decor", "hazards", ("sharp",)),
    ("Once the cardboard was off we found a crack running diagonally across the bottom corner of the glass.", "decor",
     "hazards", ("sharp",)),
    ("There's a crack across the watch glass.", "accessories", "hazards", ()),
    ("The glass base has a hairline crack.", "lighting", "hazards", ()),
    ("The cable is fine. But the shade, it is fraying.", "lighting", "unfixable", ()),
    ("Lamp arrived fine but the shade had a big dent in it.", "lighting", "unfixable", ()),
    ("The lamp's shade is a different shade of white than my other one, annoyingly.", "lighting", "unfixable",
     ("colour",)),
    ("Wrong shade for me, my mistake.", "beauty", "unfixable", ("colour",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "field", "value"), SAFETY_OF_WHAT_IS_TOLD)
def test_a_sign_of_danger_or_a_colour_is_read_of_what_it_is_told_of(
    text: str, category: str | None, field: str, value: object
) -> None:
    assert getattr(read_asks(text, category=category), field) == value


# Asks the readers missed: a perfect one is a replacement, the same item again in another size is that size, and an
# exchange that names another colour, model or version is another item, not one that works.
ASKS_AND_EXCHANGES = [
    ("It's on the front, dead centre, so I can't hide it. Please send a perfect one.", "requests", ("replacement",)),
    ("I'd like an undamaged pair this time.", "requests", ("replacement",)),
    ("I'd like a bigger one.", "requests", ()),
    ("I want the same dress again but in a 12.", "requests", ()),
    ("I want the same dress again but in a 12.", "wanted_size", "12"),
    ("I want the same dress again please, the zip broke.", "requests", ("replacement",)),
    ("The zip broke. Can I exchange it for the black one instead?", "other_version", True),
    ("Le zip est cassé, je voudrais l'échanger contre la bleue.", "other_version", True),
    ("It stopped working after a day, could I exchange it for the bigger model?", "other_version", True),
    ("It stopped working after a day. Can I swap it for another pair?", "other_version", False),
    ("It stopped working after a day, please exchange it for one that works.", "other_version", False),
    ("Can I exchange it for a 12?", "other_version", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), ASKS_AND_EXCHANGES)
def test_a_perfect_one_the_same_in_a_size_and_another_colour_or_model_are_read(
    text: str, field: str, value: object
) -> None:
    assert getattr(read_asks(text), field) == value


# A parcel lost is the delivery to the customer only: the return parcel lost, an order's number or e-mail lost, or a
# parcel lost for a while that then came, is no parcel never received (which sends the return to a person, no label).
LOST_BUT_NOT_UNRECEIVED = [
    ("Le transporteur a perdu le colis de retour, je veux mon remboursement.", ()),
    ("La poste a perdu le colis que je vous ai renvoyé.", ()),
    ("The courier lost the parcel I sent back to you.", ()),
    ("Vous avez perdu ma commande de retour ?", ()),
    ("You've lost my order number, so here it is again: 20561. The dress is too small.", ()),
    ("You've lost my order confirmation email, please resend it. The coat is too big.", ()),
    ("You've lost my parcel for a week, then it came with a cracked lid.", ("damage",)),
    ("Vous avez perdu mon colis une semaine, puis il est arrivé. La robe est trop petite.", ()),
    # near misses
    ("You've lost my parcel and nobody answers.", ("not_received",)),
    ("Le transporteur a perdu mon colis que j'attendais pour samedi.", ("not_received",)),
    ("My parcel never arrived, then it came up as delivered on the tracking.", ("not_received",)),
    # ... lost by the depot or a carrier named ("The depot lost my parcel" read nothing, and "Staines delivery depot
    # lost my parcel" a stain); not the parcel sent back
    ("The depot lost my parcel", ("not_received",)),
    ("Staines delivery depot lost my parcel", ("not_received",)),
    ("DPD have lost my order!!", ("not_received",)),
    ("DPD lost my parcel that I sent back", ()),
    # ... nor a loss told of an earlier order, or one put right
    ("Evri lost my parcel last time, so please send the exchange with another courier. Too small, need a 12.", ()),
    ("You lost my parcel before, please use a different courier this time. The jumper is too big.", ()),
    ("The driver lost my parcel, then found it and delivered it 3 days late.", ()),
    ("They lost my parcel. Still nothing after 3 weeks.", ("not_received",)),
    # a parcel said delivered to a neighbour who does not have it, or gone back to the shop undelivered (sheet 613 #78
    # and #32 were asked to send back what they never had)
    (
        "Bonjour, commande marquée livrée chez un voisin. J'ai fait tout l'immeuble, personne ne l'a. Je souhaite le "
        "remboursement.",
        ("not_received",),
    ),
    ("Tracking shows delivered to a neighbour, I asked around and nobody has it.", ("not_received",)),
    ("J'étais en déplacement, et le colis est reparti chez vous. Remboursez-moi s'il vous plaît.", ("not_received",)),
    ("My parcel was returned to sender because I was away. Please refund me.", ("not_received",)),
    # ... not a neighbour who had it, nor the customer's own return parcel
    ("Delivered to my neighbour, who kept it safe, but the jug is cracked.", ("damage",)),
    ("Livré chez la voisine, qui me l'a donné le soir, mais la carafe est fêlée.", ("damage",)),
    ("The parcel I sent back was returned to you last week, where is my refund?", ()),
    ("My return parcel has been sent back to you, can you confirm the refund?", ()),
    ("The parcel has been sent back to you, please confirm the refund.", ()),
    ("My return parcel was returned to the warehouse, where is my refund?", ()),
    ("J'ai déposé le colis de retour, il est reparti chez vous lundi.", ()),
    ("Le colis que j'ai renvoyé est reparti chez vous lundi, où est mon remboursement ?", ()),
]


@pytest.mark.parametrize(("text", "faults"), LOST_BUT_NOT_UNRECEIVED)
def test_a_parcel_lost_is_the_delivery_to_the_customer_only(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# A parcel that did not come the way it should, told with the item had: a fit or a colour complained of, a fault of
# it, or the parcel fetched or found where it was left, is no parcel never received (each read `not_received`, which
# makes the message no return at all). Near misses: a parcel truly never had, with a size ordered or wished for, a
# fault or a size the tracking or the courier tells of, a negation before it, or the charge got for it.
ITEM_HAD_THOUGH_IT_NEVER_CAME = [
    ("The postman never came so I picked it up at the sorting office, the mug was chipped.", ("damage",)),
    ("The delivery man never came to my door, he threw it over the fence. Wrong size.", ()),
    ("Ils ne sont jamais venus. Le colis est toujours chez moi", ()),
    ("Waited in all day for my parcel, it never came so I collected it from the post office next day. Too small.", ()),
    ("The postie didn't come up the drive, left the box in the rain, it was soaked and the book ruined.", ()),
    ("Mon colis n'est jamais arrivé chez moi, je l'ai récupéré au point relais. Trop grand, je voudrais un 38.", ()),
    ("The parcel never arrived at my house, a neighbour had it. The boots are too big, need a 6.", ()),
    ("They never came. Dress too small, need a 12.", ()),
    ("The delivery driver never showed up, found it in my recycling bin the next day. Screen is cracked.", ("damage",)),
    ("Parcel never arrived so I went to the post office for it. The lamp doesn't work.", ("defect",)),
    ("Le livreur n'est jamais venu, le colis était chez la voisine. Mauvaise taille.", ("shop_mistake",)),
    # near misses
    ("Never arrived, tracking says delivered", ("not_received",)),
    ("colis jamais reçu, je veux être remboursé", ("not_received",)),
    ("It never came but I was charged", ("not_received",)),
    ("ordered a size 12, it never came", ("not_received",)),
    ("Ma commande n'est jamais arrivée, j'avais commandé un 38.", ("not_received",)),
    ("The parcel never came. I'd like a refund, or send a 12 instead if you have it.", ("not_received",)),
    ("Parcel never arrived. The courier says the box was damaged and they destroyed it.", ("damage", "not_received")),
    ("Never received the parcel, the driver says it was too big for the locker.", ("not_received",)),
    ("My parcel never arrived, can I collect it from the depot?", ("not_received",)),
    ("The parcel never came. Do you still have it in a 12?", ("not_received",)),
    ("Colis jamais reçu, je l'ai toujours pas.", ("not_received",)),
    ("Colis jamais reçu, j'ai cherché partout.", ("not_received",)),
    ("My parcel never arrived. Money is tight, please refund.", ("not_received",)),
    ("Pas content, mon colis n'est jamais arrivé.", ("not_received",)),
    ("They never came but I waited in all day", ()),
    # ... nor a sign of the item had that is guessed, asked, denied or put at someone else's, nor a fit told of an
    # earlier order: the parcel is still not had (each read no parcel never received)
    ("The parcel never arrived. I ordered a 12 because the 10 was too small last time.", ("not_received",)),
    (
        "Mon colis n'est jamais arrivé. J'avais pris un 40 car le 38 était trop petit la dernière fois.",
        ("not_received",),
    ),
    ("My parcel never came, none of my neighbours had it.", ("not_received",)),
    ("Parcel never arrived. I asked next door if the neighbour had it but no.", ("not_received",)),
    ("He must have left it outside the wrong house, it never arrived.", ("not_received",)),
    ("My parcel never arrived, the driver probably left it outside someone else's door.", ("not_received",)),
    ("DPD lost my parcel, they must still have it at the depot.", ("not_received",)),
    # ... while a guess or a condition about something else leaves the item had
    ("It never came, probably because of the snow, so I collected it from the depot. Too big.", ()),
    ("Le livreur n'est jamais venu, si bien que j'ai dû aller chercher le colis à la poste. Trop petit.", ()),
    ("Courier never came, maybe he was busy, I collected it from the locker. Wrong size.", ()),
    # ... and a fit told of the parcel a reorder replaced is that parcel's, while "this time" in a clause of its own
    # leaves the item had
    ("I reordered a 12 because the 10 was too small, and the new parcel never arrived.", ("not_received",)),
    (
        "Last time it was fine, but this time the postman never came so I picked it up at the depot, the mug was "
        "chipped.",
        ("damage",),
    ),
    # ... and the French parcel named with its order (« ma nouvelle commande », « mon deuxième colis ») is the parcel
    ("Ma nouvelle commande n'est jamais arrivée.", ("not_received",)),
    ("Mon deuxième colis n'est jamais arrivé.", ("not_received",)),
    # ... the fit of the first of two orders is that order's ...
    ("Ma nouvelle commande n'est jamais arrivée, la première était trop petite.", ("not_received",)),
    ("Mon colis n'est jamais arrivé. La première fois c'était trop petit.", ("not_received",)),
    ("My new order never arrived, the first one was too small.", ("not_received",)),
    # ... not a first wear or look of the one had
    ("The courier never came, I collected it from the depot. Too small from the first day.", ()),
    ("Le livreur n'est jamais venu. Ma première impression : trop petit.", ()),
    ("My parcel never came to the door, it was left with the neighbour. My first impression: too small.", ()),
    ("Le colis n'est jamais arrivé chez moi, c'était chez la voisine. La première couture a lâché.", ("defect",)),
    # ... and « autre » tells of another parcel than the one had, as "my other parcel never arrived" does
    ("J'ai bien reçu la robe, mais mon autre colis n'est jamais arrivé.", ()),
    ("Mon autre colis n'est jamais arrivé.", ()),
]


@pytest.mark.parametrize(("text", "faults"), ITEM_HAD_THOUGH_IT_NEVER_CAME)
def test_a_parcel_that_never_came_is_none_where_the_item_is_had(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# ... and the parcel fetched from somewhere is no collection asked (each read `collect`); near misses: a collection
# asked from a place, one that never came
FETCHED_NOT_COLLECTED = [
    ("The postman never came so I picked it up at the sorting office, the mug was chipped.", ()),
    ("Waited in all day for my parcel, it never came so I collected it from the post office next day. Too small.", ()),
    ("My order never came on the day, I had to collect it from the depot. The jeans are too tight.", ()),
    ("Please can you collect it from my house?", ("collect",)),
    ("Can the courier pick it up from my work address?", ("collect",)),
    ("They never came and picked it up", ("collect",)),
    # ... nor one the customer has to fetch or will (each read `collect`); near misses: the shop told to
    ("The courier never came, they left it at the depot so I have to pick it up.", ()),
    ("I'll pick it up from the post office tomorrow. Too small.", ()),
    ("I need to collect it from the depot.", ()),
    ("You have to pick it up, I can't get to the post office.", ("collect",)),
    ("I need you to collect it.", ("collect",)),
]


@pytest.mark.parametrize(("text", "requests"), FETCHED_NOT_COLLECTED)
def test_a_parcel_fetched_from_somewhere_is_no_collection_asked(text: str, requests: tuple[str, ...]) -> None:
    assert read_asks(text).requests == requests


# A flaw made light of is blanked only where another reason follows: the same words said of something else (a result,
# what the customer does, the shop's view), or a flaw whose item is asked for again, keep the fault.
FLAW_STILL_THE_REASON = [
    ("The mug arrived chipped, not a big deal. Could you send a replacement?", ("damage",)),
    ("Le vase est fêlé, pas grave, je veux juste un remplacement. Merci.", ("damage",)),
    ("The screen is cracked so badly you can't really see it. Please refund me.", ("damage",)),
    ("The print is so faded you can barely see it. I want my money back.", ("defect",)),
    ("La lampe est arrivée cassée, ça ne me dérange pas de la renvoyer. Remboursez-moi svp.", ("damage",)),
    ("The lamp arrived broken, it doesn't bother me to send it back. Please refund.", ("damage",)),
    ("Le talon est cassé et c'est pas grave pour vous ? Je veux être remboursée.", ("damage",)),
    ("The kettle leaks, it's not a big deal to you but it is to me. Refund please.", ("defect",)),
    # near misses: another reason follows
    ("The heel has a tiny scratch, not a big deal. I'd like to exchange them for a size 7 though.", ()),
    ("The heel has a micro-scratch, you can't really see it. I changed my mind about the colour.", ()),
    ("The base is slightly chipped, barely noticeable. Honestly I just don't need it any more.", ()),
    ("The base is slightly chipped, doesn't matter. I found it cheaper elsewhere.", ()),
    ("Le socle est un peu ébréché, tant pis. J'ai changé d'avis.", ()),
    # ... but not the same words of something else
    ("The base is chipped, it doesn't matter what you say. Refund please.", ("damage",)),
    # a fault told plainly and shrugged at ("whatever", "never mind", « tant pis ») is resignation, still a fault
    ("The zip broke after one wear, whatever. I don't need it anymore.", ("defect",)),
    ("It stopped working after a week, never mind. I bought another one anyway.", ("defect",)),
    ("Il ne marche plus, tant pis. On m'en a offert un.", ("defect",)),
    ("It arrived cracked, whatever. I changed my mind anyway.", ("damage",)),
    # ... whichever shrug says it: "doesn't matter" and « peu importe » as "never mind" and « tant pis »
    ("The strap snapped on day two, doesn't matter. I've found a nicer one anyway.", ("damage", "defect")),
    ("The strap snapped on day two, never mind. I've found a nicer one anyway.", ("damage", "defect")),
    ("La bretelle a lâché au bout d'une semaine, peu importe. J'en ai trouvé une autre entre-temps.", ("defect",)),
    ("La bretelle a lâché au bout d'une semaine, tant pis. J'en ai trouvé une autre entre-temps.", ("defect",)),
    ("The toaster stopped heating after three days, it doesn't matter. We got one as a present.", ("defect",)),
    # ... but not a flaw told as slight and shrugged at
    ("A tiny scuff on the toe, doesn't matter. I changed my mind.", ()),
    ("Une petite tache sur le col, peu importe. J'ai changé d'avis.", ()),
    ("Slightly chipped, whatever. Found it cheaper elsewhere.", ()),
    ("The lid has a tiny scratch, never mind. I don't need it any more.", ()),
    ("Un petit accroc sur la manche, tant pis. J'ai changé d'avis.", ()),
]


@pytest.mark.parametrize(("text", "faults"), FLAW_STILL_THE_REASON)
def test_a_flaw_made_light_of_stays_the_reason_unless_another_follows(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# An exchange for the same model, style or colour names no other version: of a faulty item it asks for one that works.
SAME_VERSION_ASKED = [
    ("The zip broke after a day. Can I exchange it for the same model?", False),
    ("Le zip est cassé, je voudrais l'échanger contre le même modèle.", False),
    ("It stopped working. Can I swap it for an identical model please?", False),
    ("The heel snapped. Could you exchange them for the exact same style?", False),
    ("It stopped working. Please exchange it for a working model.", False),
    # near misses
    ("The zip broke. Can I exchange it for the black one instead?", True),
    ("It stopped working after a day, could I exchange it for the bigger model?", True),
]


@pytest.mark.parametrize(("text", "other"), SAME_VERSION_ASKED)
def test_an_exchange_for_the_same_model_names_no_other_version(text: str, other: bool) -> None:
    asks = read_asks(text)
    assert "exchange" in asks.requests and asks.other_version is other


# A delivery said not to be late is no late delivery (the reply apologised for a lateness the customer denied).
DELIVERY_NOT_LATE = [
    ("The delivery was not late at all, but the jeans are massive on me.", False),
    ("Delivery was certainly not late, it came the next day. Too big though.", False),
    ("Delivery was never late with you, but these are too small.", False),
    # near miss
    ("The delivery was a bit late, and they're massive on me.", True),
    # late in the day is a time, not a delay (the draft apologised for a late parcel beside the damage, fe27e89)
    ("It arrived late in the evening and the box was crushed, the lamp is broken.", False),
    ("The courier came late at night and left the parcel outside; the mug was chipped.", False),
    ("It was delivered late last night, and the glass is cracked.", False),
    ("It arrived late, in the evening after the party, and the glass is cracked.", True),
    ("It arrived two days late in the end, and the glass is cracked.", True),
    # days after the order or the payment is how quickly it came
    ("It arrived two days after the order, really quick, but the lamp was broken.", False),
    ("The parcel came three days after my order was placed and the mug was chipped.", False),
    ("Delivered a day after the payment went through; the screen is cracked.", False),
    ("It came the day after the party and the vase was broken.", True),
]


@pytest.mark.parametrize(("text", "late"), DELIVERY_NOT_LATE)
def test_a_delivery_said_not_to_be_late_is_none(text: str, late: bool) -> None:
    assert read_asks(text).late_delivery is late


# Sizes the readers missed or misread: a bare age range asked, « la taille d'après » after a fit complaint, the size
# the item is (« ils sont plutôt 26 ») apart from the child's, an order's size with the subject dropped, a length that
# fits; near misses keep their reading.
SIZES_AGAIN = [
    ("The 3-4 dress comes above her knickers when she lifts her arms. Would you swap it for 4-5 please?",
     "wanted_size", "AGE 4-5"),
    ("It arrived 2-3 days late.", "wanted_size", None),
    ("La chemise est grande partout sauf aux bras: j'ai de gros biceps et les manches me compriment. Je prendrais la "
     "taille d'après.", "size_direction", "up"),
    ("L'entrejambe est beaucoup trop court pour moi (1m74), ça me cisaille. Je vais essayer la taille d'après.",
     "size_direction", "up"),
    # ... and the next one asked alone (« ... le petit orteil est écrasé. la suivante svp » read no way asked)
    ("ça me cisaille le dessus du pied et le petit orteil est écrasé. la suivante svp", "size_direction", "up"),
    ("Trop petit, la taille suivante svp", "size_direction", "up"),
    ("Too small. Next size pls", "size_direction", "up"),
    ("Super robe. La suivante sera pour ma soeur, merci.", "size_direction", None),
    ("chaussons enfant trop petits, ma fille fait du 28 et ils sont plutôt 26. Échange svp", "wanted_size", None),
    ("chaussons enfant trop petits, ma fille fait du 28 et ils sont plutôt 26. Échange svp", "usual_size", "28"),
    ("Trop petit, plutôt un 40 svp.", "wanted_size", "40"),
    ("Ordered a 38 for my daughter, far too small.", "ordered_size", "38"),
    ("I ordered 10 days ago and nothing yet.", "ordered_size", None),
    ("Ordered 10 days ago, too big.", "ordered_size", None),
    ("Got them in XL but my order says M.", "ordered_size", None),
    ("Ordered 24 pouches, got 12.", "ordered_size", None),
    ("Ordered a 4 pack, only 3 inside.", "ordered_size", None),
    ("Ordered the 4 slice in cream, got a 2 slice in black.", "ordered_size", None),
    ("Elles me vont en longueur mais serrent un peu.", "unfixable", ()),
    ("The length is fine but the waist is tight.", "unfixable", ()),
    ("La longueur ne va pas, trop courte.", "unfixable", ("length",)),
    # ... and a day of a month is no size (read the size 25, 12); near misses: a size, then a month or "may"
    ("J'ai commandé le 25 février, trop petit.", "ordered_size", None),
    ("Ordered the 25 December, too small.", "ordered_size", None),
    ("Commandé le 12 mars, je voudrais un 40.", "wanted_size", "40"),
    ("I ordered the 12, a 14 may fit better.", "ordered_size", "12"),
    ("Je voudrais un 40 mais pas avant le 12 mai.", "wanted_size", "40"),
    ("Je fais du 38 mai c'est trop petit.", "usual_size", "38"),
    # ... nor before « et » (« mais et » is never written: read the size 12)
    ("J'ai commandé le 12 mai et reçu le 20, trop petit.", "ordered_size", None),
    ("Je voudrais le 40 mai il est en rupture.", "wanted_size", "40"),
    # ... and a child's age named as a size with its years is that age (read the size 10, 8); near misses: years as a
    # time
    ("Too short for her, I need a 10 years please.", "wanted_size", "AGE 10"),
    ("She is 9, the 10 years is too big, need the 8 years.", "wanted_size", "AGE 8"),
    ("It lasted the 2 years of the warranty, need a 12.", "wanted_size", "12"),
    ("Waited the 2 years for it and it is too small, need a 12.", "wanted_size", "12"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), SIZES_AGAIN)
def test_an_age_range_the_next_size_a_childs_size_and_a_length_that_fits_are_read(
    text: str, field: str, value: object
) -> None:
    assert getattr(read_asks(text), field) == value


# The packaging's damage ends where the item is named after it: "the box arrived crushed with the lamp broken inside"
# tells the lamp's damage too, kept beside a part missing; "with the corner torn off" is still the box's.
ITEM_NAMED_AFTER_THE_BOX = [
    ("The box arrived crushed with the lamp broken inside, and the bulb is missing.", ("damage", "missing_part")),
    ("The box came dented with the kettle dented too, and the filter is missing.", ("damage", "missing_part")),
    ("The parcel arrived torn with the plate chipped, and one cup is missing.", ("damage", "missing_part")),
    ("The box arrived crushed with the glass shattered; the stand is missing too.", ("damage", "missing_part")),
    # near misses: the box's own damage
    ("The box arrived crushed with the corner torn off, but the kettle inside is fine.", ()),
    ("The parcel came with the side split open and the cable is missing.", ("missing_part",)),
]


@pytest.mark.parametrize(("text", "faults"), ITEM_NAMED_AFTER_THE_BOX)
def test_the_item_named_after_a_damaged_box_keeps_its_damage(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# How the item was paid for is no question of where the refund goes; a choice asked after it still is.
PAYMENT_TOLD = [
    ("I paid with a gift voucher or card, I can't remember which.", ()),
    ("It was bought with a gift card or credit card, my husband paid.", ()),
    ("J'ai payé avec un bon d'achat ou carte, je ne sais plus.", ()),
    ("Je l'ai payé en partie avec un avoir ou par carte, je ne sais plus.", ()),
    ("The money came from a voucher or cash, it was a gift.", ()),
    # near misses: where the refund goes, asked after the payment told
    ("I paid by card, will the refund go back to my card or as store credit?", ("refund_method",)),
    ("I paid with a voucher, will I get a voucher or a refund?", ("refund_method",)),
]


@pytest.mark.parametrize(("text", "requests"), PAYMENT_TOLD)
def test_a_payment_told_is_no_question_of_where_the_refund_goes(text: str, requests: tuple[str, ...]) -> None:
    assert read_asks(text).requests == requests


# Hard times the readers missed: a period of mourning, a reaction a doctor named, a couple no longer together; near
# misses (a mourning dove, a doctor's advice on support, a rash guard, a model no longer sold together) are none.
HARD_TIMES_AGAIN = [
    ("My husband he says no to this colour because of religious reasons for the period of mourning. I return it "
     "unused.", "bereavement"),
    ("Within an hour of wearing this thermal top I was itching all over, and it's since turned into a rash. My doctor "
     "says I probably react to lanolin, which is in wool.", "illness"),
    ("The ring was for a proposal, and things have changed between us since I ordered it. We're no longer together.",
     "separation"),
    ("Nous ne sommes plus ensemble, je renvoie la bague.", "separation"),
    ("Good morning, the mourning dove print is cute but too small.", None),
    ("My doctor says I need more support, these shoes are too flat.", None),
    ("The rash guard is too small, my son's doctor said he needs UV protection.", None),
    ("This model is no longer available together with the stand.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hardship"), HARD_TIMES_AGAIN)
def test_mourning_a_reaction_a_doctor_named_and_a_couple_no_longer_together_are_hard_times(
    text: str, hardship: str | None
) -> None:
    assert read_asks(text).hardship == hardship


# A reaction a doctor named is a hard time only when suffered: none had, or a product said to suit allergies or a
# skin prone to them, is none.
REACTION_NOT_SUFFERED = [
    ("Allergy-friendly? My doctor recommended this pillow, but it's too firm.", None),
    ("No reaction at all on my skin, the doctor was wrong about wool. It's just too big.", None),
    ("I have eczema-prone skin and my GP suggested cotton, which this is. Sadly it is too small.", None),
    # near miss
    ("Within an hour I had a rash all over. My doctor says I react to lanolin.", "illness"),
]


@pytest.mark.parametrize(("text", "hardship"), REACTION_NOT_SUFFERED)
def test_a_reaction_not_suffered_is_no_hard_time(text: str, hardship: str | None) -> None:
    assert read_asks(text).hardship == hardship


# A part named before « manque » or « en moins » is missing; what something lacks (« manque de ») and a measure are not.
PART_FIRST_MISSING = [
    ("L'étagère est arrivée, une vis manque. Pouvez-vous l'envoyer ?", ("missing_part",)),
    ("Le puzzle est arrivé avec trois pièces en moins, mon fils est déçu.", ("missing_part",)),
    ("Deux pieds manquent à l'appel.", ("missing_part",)),
    ("La robe manque de tenue.", ()),
    ("Il me faudrait deux tailles en moins.", ()),
    ("Trois centimètres en moins et ce serait parfait.", ()),
    ("Ça me fait une chose en moins à gérer.", ()),
    # a room of a home is no piece of the item
    ("Nous avons déménagé dans un appartement avec une pièce en moins, le buffet ne rentre plus.", ()),
    ("On a une pièce en moins depuis le déménagement, je renvoie l'armoire.", ()),
    ("La maison a deux pièces en moins que l'ancienne et le canapé est trop grand.", ()),
    ("Nous venons de déménager. Le meuble est arrivé avec une pièce en moins.", ("missing_part",)),
]


@pytest.mark.parametrize(("text", "faults"), PART_FIRST_MISSING)
def test_a_part_named_before_it_is_said_missing_is_a_part_missing(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# Readings that fired where nothing was said: a flaw made light of before a bare ask for the money back is still the
# reason; a voucher refused for another item, or a card the refund is awaited on, is no question of where it goes; a
# thing mourned is no death; a candle's burn time is no burn; a listing difference told before the main complaint
# ("mais surtout", "the main thing is") is not what the return is for. Near misses keep their reading.
READINGS_WHERE_NONE = [
    ("The mug arrived chipped, not a big deal. I'd like a refund.", None, "faults", ("damage",)),
    ("Le vase est un peu ébréché, rien de grave. Je voudrais être remboursée. Merci.", None, "faults", ("damage",)),
    ("The mug arrived chipped, not a big deal. I changed my mind anyway, refund please.", None, "faults", ()),
    # the box's flaw made light of is no damage to the item, whatever follows
    ("The box was a bit dented, no big deal. I'd like a refund.", None, "faults", ()),
    ("Le carton était un peu abîmé, pas grave. Je souhaite être remboursée. Merci.", None, "faults", ()),
    ("I don't want a gift card, I want the right size", None, "requests", ()),
    ("I don't want a gift card, I want my money back.", None, "requests", ("refund_method",)),
    ("I don't want a gift card, I want it refunded to my card.", None, "requests", ("refund_method",)),
    ("I don't want a voucher, I want a full refund.", None, "requests", ("refund_method",)),
    ("I don't want a voucher, I want a new pair.", None, "requests", ("replacement",)),
    ("The refund should come back to my card within 5 days, it has been 10", None, "requests", ("refund_awaited",)),
    ("Will the refund go back to my card or as store credit?", None, "requests", ("refund_method",)),
    ("I'm still mourning the loss of my favourite jeans, these are no match.", None, "hardship", None),
    ("I'm still mourning the loss of my mother, so please bear with me.", None, "hardship", "bereavement"),
    ("Still mourning my dad, I can't face wearing it.", None, "hardship", "bereavement"),
    # a death told of someone, whatever follows "passed away" or "funeral": a time, "for my ..."
    ("My grandfather, who raised me, passed away a month ago and I no longer need the suit.", None, "hardship",
     "bereavement"),
    ("My mother-in-law passed away a week ago, so the dress is no longer needed.", None, "hardship", "bereavement"),
    ("Our beloved family dog passed away a few days ago, so the bed is not needed.", None, "hardship", "bereavement"),
    ("I bought it for the funeral for my grandmother but it arrived too late.", None, "hardship", "bereavement"),
    ("I'm in mourning for my father and cannot face wearing bright colours.", None, "hardship", "bereavement"),
    ("'Burn time 60 hours' on the page. It's burnt out after 18. It's also half the size shown.", "decor", "hazards",
     ()),
    ("The candle burns unevenly and the flame is huge, it burnt my finger.", "decor", "hazards", ("heat",)),
    ("The serum made my face burn and go red.", "beauty", "hazards", ("skin",)),
    ("Cette crème m'a brûlé le visage, j'ai des plaques rouges.", "beauty", "hazards", ("skin",)),
    ("The hair straightener burnt my neck, the plates get far too hot.", "beauty", "hazards", ("heat",)),
    ("Un peu plus foncé que sur la photo, mais surtout la coupe ne me va pas, trop serrée aux épaules.", None,
     "not_as_described", False),
    ("It's a bit darker than in the pictures but the main thing is it's too tight across the shoulders.", None,
     "not_as_described", False),
    ("Livré en retard, bon. Mais surtout il fait 120x170 alors que la fiche dit 160x230. Non conforme.", None,
     "not_as_described", True),
    ("Plus foncé que sur la photo. La coupe est bien.", None, "not_as_described", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "field", "value"), READINGS_WHERE_NONE)
def test_a_reading_fires_only_where_the_text_says_it(
    text: str, category: str | None, field: str, value: object
) -> None:
    assert getattr(read_asks(text, category=category), field) == value


# Faults and listing differences the readers missed: a wrong item told as « reçu X, j'avais pris Y »; wheels worn flat,
# a handle that developed a wobble, knees gone through, a colour faded to another, a charge only when the cable is
# wiggled; an item "not the blouse in the pictures" or "different ... to the one on the website"; a wiring fault (an
# electrical hazard). Near misses keep their reading.
FAULTS_AND_LISTINGS_UNREAD = [
    ("salut, livré hier le carton était un peu cabossé, ça encore ça va. par contre j'ai reçu des boucles argentées, "
     "j'avais pris des dorées", "faults", ("shop_mistake",)),
    ("I got the grey one, I ordered the navy.", "faults", ("shop_mistake",)),
    ("J'ai reçu la robe hier, j'avais pris du 38 comme d'habitude mais elle est trop petite.", "faults", ()),
    ("J'ai reçu le manteau, je l'avais commandé pour un mariage.", "faults", ()),
    # the parcel, the refund or a delivery option is no item came in place of another
    ("I got the parcel today, I had ordered the express delivery.", "faults", ()),
    ("J'ai reçu le colis hier, j'avais pris la livraison express.", "faults", ()),
    ("I've received the refund, I ordered the replacement.", "faults", ()),
    ("Two of the wheels were worn flat after one trip, and the handle has developed a wobble and sticks halfway.",
     "faults", ("defect",)),
    ("Both knees went through on my daughter's leggings in the first week of school.", "faults", ("defect",)),
    ("Au bout d'un mois le bleu marine est devenu violet délavé et le tissu commence à se détendre.", "faults",
     ("defect",)),
    ("J'adore le jean délavé, mais il est trop grand.", "faults", ()),
    ("The earbuds only charge if I wiggle the cable.", "faults", ("defect",)),
    # sheet 563 #30: a toaster that browns one side only, its element that never glows, read no fault under a ticked
    # "no longer needed", so the label of a faulty appliance was charged; not skin that no longer reddens
    ("Super, un grille-pain qui ne grille que d'un côté. La résistance de gauche ne rougit jamais, j'ai des tartines "
     "moitié blanches moitié dorées. Très original, mais non merci.", "faults", ("defect",)),
    ("La résistance de droite ne rougit plus.", "faults", ("defect",)),
    ("Le gaufrier ne cuit que d'un côté.", "faults", ("defect",)),
    ("Ma peau ne rougit plus depuis que j'ai changé de crème, je n'en ai plus besoin.", "faults", ()),
    ("Je ne porte ce sac que d'un côté, il est trop lourd.", "faults", ()),
    # sheet 563 #33: a colour praised is no rust ("a gorgeous rusty orange" was damage, so a dress too big was
    # apologised for as a fault); rusty hinges still are
    ("The colour is a gorgeous rusty orange that's perfect for autumn. It hangs off me.", "faults", ()),
    ("Rusty red, lovely, but too small.", "faults", ()),
    ("The hinges are rusty after one wash.", "faults", ("damage",)),
    ("It's just not the blouse in the pictures, and I'd like to return it.", "not_as_described", True),
    ("Mine has a low leg and a high back. It's a completely different style from the listing.", "not_as_described",
     True),
    ("Different ring to the one on the website. Not even the same shape of stone.", "not_as_described", True),
    ("I'd like a different colour from the one I ordered, this one doesn't suit me.", "not_as_described", False),
    ("Light turns on and off by itself. Wiring fault in the fitting, an electrician checked.", "hazards",
     ("electrical",)),
    ("An electrician checked: no wiring fault, the bulb was just loose. It's too bright anyway.", "hazards", ()),
    # sheet 563 #32 and #71: a model not the one described, what the photos show not there (no apology, the listing
    # not passed on); a part shown that did not come is a part missing, not the listing's error
    ("La pointure va. Mais elles sont annoncées avec une semelle compensée de 5 cm, elles sont complètement plates. "
     "Ce n'est pas le modèle décrit.", "not_as_described", True),
    ("Says genuine leather, it's clearly PU, and the coin pocket in the photos isn't there.", "not_as_described", True),
    ("The belt shown in the photos isn't included.", "not_as_described", False),
    ("The model in the photos isn't there any more, so I ordered this one. Too small.", "not_as_described", False),
    # what the listing said it would have, none there (sheet 571 #72: no apology, the listing not passed on); an
    # accessory that should come with it stays a part missing
    ("Le sweat devait avoir une poche kangourou d'après la fiche, il n'y en a pas.", "not_as_described", True),
    ("It was supposed to have side pockets according to the listing, there aren't any.", "not_as_described", True),
    ("The jacket is supposed to come with a hood, it's in the photos, but there isn't one in the bag.",
     "not_as_described", False),
    ("Il devait avoir des poches, il n'y en a pas.", "not_as_described", False),
    ("I should have read the description properly, it doesn't have any pockets, my mistake.", "not_as_described",
     False),
    ("The shirt should have a chest pocket according to the listing, it doesn't have one.", "not_as_described", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), FAULTS_AND_LISTINGS_UNREAD)
def test_a_fault_or_a_listing_difference_in_other_words_is_read(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# Asks the readers missed: a pair that works or a new one asked (a replacement), an item "swapped for" another model
# (an exchange), the parts missing asked for (« Envoyez-les-moi », « Vous pouvez nous envoyer les pièces ? »), a parcel
# refused at the door that went back, a call or a person asked in other words. Near misses read nothing.
ASKS_IN_OTHER_WORDS = [
    ("They don't light up. I'd like a pair that works please, or a refund if you can't.", "requests", ("replacement",)),
    ("The jug has a crack. Can I get a new jug?", "requests", ("replacement",)),
    ("The jug has a crack. I'll get a new jug from the market.", "requests", ()),
    ("It's too small. Can I get a new size?", "requests", ()),
    ("Could you send a new invoice please? The dress is too small.", "requests", ()),
    ("Can I get a new return label? The first one expired.", "requests", ()),
    ("The left earbud cuts out. Can these be swapped for the wireless model?", "other_version", True),
    ("I'd like them swapped for the ones I actually ordered, please, not a refund.", "requests", ("exchange",)),
    ("La fiche indique « boutons de manchette inclus ». Il n'y en a pas dans le paquet. Envoyez-les-moi svp, sinon je "
     "rends la chemise.", "requests", ("send_missing",)),
    ("Il n'y en a pas dans le paquet.", "faults", ("missing_part",)),
    # the problem said not to be in the parcel is no part missing
    ("Le problème n'est pas dans le colis, c'est la taille qui ne va pas.", "faults", ()),
    ("La ceinture n'est pas dans le colis.", "faults", ("missing_part",)),
    ("Il manque quatre pièces. Vous pouvez nous envoyer les pièces ?", "requests", ("send_missing",)),
    # sheet 569 #34: the parts told of asked for, the item kept if they come; not another size asked so
    ("Les coques annoncées n'étaient pas dans le maillot. Si vous me les envoyez je garde le maillot, sinon je le "
     "renvoie.", "requests", ("send_missing",)),
    ("The belt loops came without the belt. If you can send it I'll keep the coat.", "requests", ("send_missing",)),
    ("Si vous me l'envoyez en 38 je garde le pull.", "requests", ()),
    ("I refused to pay it so it went back. Please refund the order.", "requests", ("sent_back",)),
    ("I refused to pay it, the price had gone up.", "requests", ()),
    ("Je souhaiterais être rappelée, les échanges par mail ne mènent à rien.", "requests", ("call_me",)),
    ("I expect a call from a supervisor today.", "requests", ("call_me",)),
    ("Je parle à un robot ? Je veux un humain.", "requests", ("human",)),
    ("I didn't expect the colour to be so bright.", "requests", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), ASKS_IN_OTHER_WORDS)
def test_an_ask_in_other_words_is_read(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# The manager asked for, the one above the person answering (« Puis-je parler au responsable ? » read nothing, and the
# draft left the one thing asked unanswered). Near misses: someone else who will speak to a manager, someone's own
# manager, a manager already spoken to.
MANAGER_ASKED = [
    ("Could I speak to the manager, please?", ("human",)),
    ("I want to talk with the supervisor about this.", ("human",)),
    ("Puis-je parler au responsable du service client ?", ("human",)),
    ("Je souhaite m'adresser à votre supérieur.", ("human",)),
    ("Passez-moi la responsable, s'il vous plaît.", ("human",)),
    ("I'll speak to the manager at my work about the uniform, it's too big.", ()),
    ("I spoke to the manager of the shop and he said to return it online.", ()),
    ("Ma fille va en parler au directeur de son école, le pull est trop grand.", ()),
    ("J'ai parlé au responsable du magasin, il m'a dit de le renvoyer.", ()),
    # one asked for or advised before, in a shop
    ("I asked to speak to the manager in store, they told me to do it online.", ()),
    ("J'ai demandé à parler au responsable en magasin, on m'a renvoyée vers le site.", ()),
    ("La vendeuse m'a dit de parler à la responsable, qui n'était pas là.", ()),
    ("Je demande à parler au responsable.", ("human",)),
    ("Let me speak to the manager.", ("human",)),
    # someone else who will speak to a manager
    ("My daughter will talk to the manager at school about the uniform, it is too big.", ()),
    ("Mon fils doit parler au directeur demain pour son stage, il lui faut une chemise plus grande.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "requests"), MANAGER_ASKED)
def test_a_manager_asked_for_is_a_person_asked(text: str, requests: tuple[str, ...]) -> None:
    assert read_asks(text).requests == requests


# A size alone after « il me faut », closing the ask, is the size wanted as "I need 12" is (« bague 54 ..., il me faut
# 52 » read no size, and the refusal did not say the exchange was not possible either). Near misses: a count or a
# time after « il me faut », a size in one digit.
SIZE_NEEDED_ALONE = [
    ("Ma bague en 54 tourne autour du doigt, il me faut 52.", "52"),
    ("Trop serré aux épaules, il me faudrait 42 svp", "42"),
    ("Trop petit. Il me faut M.", "M"),
    ("The ring spins round my finger, I need 52.", "52"),
    ("Il me faut 2 semaines pour le renvoyer.", None),
    ("Il me faut 10 jours de plus pour le rapporter, je suis en déplacement.", None),
    ("Il me faut 3.", None),
    # a count told short just after
    ("Pour mon service il me faut 12, il n'y en avait que 10 dans le carton.", None),
    ("Il me faut 12. Il n'y en avait que 10.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "size"), SIZE_NEEDED_ALONE)
def test_a_size_needed_alone_is_the_size_wanted(text: str, size: str | None) -> None:
    assert read_asks(text).wanted_size == size


# Sizes the readers missed: a size asked in place of another said alone (« un M au lieu du L »), a usual size said
# plainly (« jsuis un S en vrai », "I'm a 10"), a size taken as a fallback ("If not I'll take the XL"), the size had
# after "and got", the size ordered after a wrong one came (« ma commande était en L »). Near misses read no size.
SIZES_SAID_PLAINLY = [
    ("la veste elle est chanmé mais jsuis perdu dedans. un M au lieu du L", "wanted_size", "M"),
    ("la veste elle est chanmé mais jsuis perdu dedans. un M au lieu du L", "rejected_sizes", ("L",)),
    ("I got a 10 instead of my usual 12.", "wanted_size", None),
    ("jpp le crop top XS jpeux pa lever les bras sans que ça craque, jsuis un S en vrai", "usual_size", "S"),
    ("It's enormous on me, like wearing a duvet. I'm a 10 and got the S.", "usual_size", "10"),
    ("It's enormous on me, like wearing a duvet. I'm a 10 and got the S.", "ordered_size", "S"),
    ("I'm a 40 year old and got a 10% discount code.", "ordered_size", None),
    ("Do you do a tall version? If not I'll take the XL.", "wanted_size", "XL"),
    ("Le colis contenait un manteau en taille M, la facture dit M aussi mais ma commande était en L. Pouvez-vous "
     "faire l'échange ?", "wanted_size", "L"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), SIZES_SAID_PLAINLY)
def test_a_size_said_plainly_is_read(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# Sentences of this round's own beyond clothing (kitchen, electronics, toys, beauty, tools, home): a ladder sold is no
# ladder in tights, a part hot enough to mark a worktop is a heat hazard, "I don't feel safe on it" a danger, copper
# seen inside a charger an electrical hazard, a button that does nothing, a side that crackles and a pairing that only
# works after a restart are defects, an exchange for the "over-ear model" names another version.
OWN_SENTENCES_BEYOND_CLOTHING = [
    ("The ladder's third rung is bent and it wobbles when I step on it, I don't feel safe on it.", "hazards",
     ("danger",)),
    ("The ladder's third rung is bent and it wobbles when I step on it, I don't feel safe on it.", "faults",
     ("damage",)),
    ("These tights got a ladder in the left leg on the first wear.", "faults", ("defect", "hole")),
    ("The kettle switches itself off before boiling and the base gets hot enough to mark the worktop.", "hazards",
     ("heat",)),
    # instead of doing something is no item ordered in place of what came
    ("Au lieu d'attendre, j'ai ouvert le colis : il y avait dans le carton la veste, mais la couleur ne va pas.",
     "faults", ()),
    ("Instead of waiting, I opened it and the box had the jacket, but it's too small.", "faults", ()),
    ("Au lieu du sac à dos que j'ai commandé, il y avait dans le carton une housse de couette.", "faults",
     ("shop_mistake",)),
    # safe with the shop, not on the item; hot enough to do its job
    ("I don't feel safe ordering from you again after this.", "hazards", ()),
    ("I don't feel safe giving my card details again.", "hazards", ()),
    ("Je ne me sens pas en sécurité avec vos livraisons, le colis a été laissé dans la rue.", "hazards", ()),
    ("The heater gets hot enough to warm the room in minutes, but it's too loud.", "hazards", ()),
    ("The charger's casing split and I can see the copper inside, it buzzes when plugged in.", "hazards",
     ("electrical",)),
    ("The remote control car only drives backwards, the forward button does nothing.", "faults", ("defect",)),
    ("The headphones only pair if I restart my phone twice, and the left side crackles. Can I swap them for the "
     "over-ear model?", "other_version", True),
    ("The headphones only pair if I restart my phone twice.", "faults", ("defect",)),
    ("Ce fond de teint m'a donné des boutons et la peau me brûle depuis deux jours.", "hazards", ("skin",)),
    ("Il manque le dé et deux pions dans la boîte du jeu de société. Pouvez-vous nous les faire parvenir ?",
     "requests", ("send_missing",)),
    ("The doll's arm snapped off on Christmas morning. Please send a new doll before her birthday.", "requests",
     ("replacement",)),
    ("La bougie ne tient que 10 heures alors que la fiche annonce 50 heures de combustion.", "hazards", ()),
    ("The fire feels safe and cosy, my kids love the crackling sound effect, but it's too big for the room.",
     "faults", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), OWN_SENTENCES_BEYOND_CLOTHING)
def test_own_sentences_beyond_clothing_are_read(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


def test_a_rug_that_crackles_with_static_is_no_fault() -> None:
    assert read_asks("The rug is listed as wool and it crackles with static when you walk across it.").faults == ()


# Sizes asked in other words: the next size with no way said (its way is the fit reason's), a size ordered of the shop
# (« prenez un 8 »), an exchange « en 56 », a matching pair asked in a size after an odd pair came; a usual size of the
# system of the size had preferred to one of another (a bra's band and cup beside a dress's letter). Near misses keep
# their reading.
SIZES_IN_OTHER_WORDS = [
    ("I look like a stuffed sausage in it. Need the next size.", "size_direction", "next"),
    ("Need the next size please.", "size_direction", "next"),
    ("Way too snug on the hips, need the next size.", "size_direction", "up"),
    ("I need the next size up please, not a refund.", "size_direction", "up"),
    ("Happy to wait for the next size to come back in stock.", "size_direction", None),
    ("Trop petit. Je l'échange pour la suivante.", "size_direction", "up"),
    ("Il me faudrait le bonnet d'après.", "size_direction", "next"),
    ("Je vous le renvoie pour la semaine d'après.", "size_direction", None),
    ("Il me faudrait le modèle d'après, celui-ci ne me plaît pas.", "size_direction", None),
    ("Elles me serrent au bout des orteils. Je chausse du 7, prenez un 8.", "wanted_size", "8"),
    ("Elles me serrent au bout des orteils. Je chausse du 7, prenez un 8.", "usual_size", "7"),
    ("Prenez votre temps, je ne suis pas pressée.", "wanted_size", None),
    ("La bague bloque au milieu du doigt. Vous pouvez me l'échanger en 56 ?", "wanted_size", "56"),
    ("Je préfère l'échanger en magasin.", "wanted_size", None),
    ("Dans la boîte, une basket 41 et une basket 42. Pouvez-vous m'envoyer une vraie paire en 41 ?", "wanted_size",
     "41"),
    ("Dans la boîte, une basket 41 et une basket 42. Pouvez-vous m'envoyer une vraie paire en 41 ?", "requests",
     ("replacement",)),
    ("Dans la boîte, une basket 41 et une basket 42. Pouvez-vous m'envoyer une vraie paire en 41 ?", "faults",
     ("shop_mistake",)),
    ("The left boot is a 7 and the right one is an 8. Please send a matching pair.", "faults", ("shop_mistake",)),
    ("The left boot is a 7 and the right one is an 8. Please send a matching pair.", "requests", ("replacement",)),
    ("Une basket 41 et une basket 41 bis, rien à voir, elles sont juste trop petites.", "faults", ()),
    ("I ordered two different sizes to compare, keeping the 8.", "faults", ()),
    ("I'm a 34B and usually an S. I ordered the M, it gapes at the bust.", "usual_size", "S"),
    ("I'm a 34B and usually an S, and the bust gapes.", "usual_size", "34B"),
    ("I'm a 34B and the bust gapes. I'm usually an S.", "usual_sizes", ("34B", "S")),
    ("Ordered my usual 42 but they pinch, I'm usually a 6.5 in boots.", "usual_size", "42"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), SIZES_IN_OTHER_WORDS)
def test_a_size_asked_in_other_words_is_read(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        # a thing the customer misses, words that fail them, what the listing lacks: no part missing (60a17c7)
        ("Les mots me manquent pour décrire ma déception, la robe est trop petite.", False),
        ("La robe me manque déjà, mais elle est trop petite.", False),
        ("Les informations manquent sur le site, la lampe est trop petite pour mon salon.", False),
        ("Le bracelet acier manque.", True),
    ],
)
def test_what_the_customer_misses_is_no_missing_part(text: str, missing: bool) -> None:
    assert ("missing_part" in read_asks(text).faults) is missing


@pytest.mark.parametrize(
    ("text", "category", "field", "value"),
    [
        # the customer's old thing is left out up to the end of its clause: what follows is this item's again
        ("It was meant to replace my old kettle, and it leaks from the base.", "small_appliances", "faults",
         ("defect",)),
        ("I bought it to replace my old kettle which broke, and it leaks everywhere.", "small_appliances", "faults",
         ("defect",)),
        ("Compared to my previous toaster it's slow, and it burns the bread on one side.", "small_appliances",
         "faults", ("defect",)),
        ("Je l'ai mise avec mes vieilles chaussures et la couture a lâché.", "dresses", "faults", ("defect",)),
        ("I had to do 60 miles in my old boots, which were falling apart.", "shoes", "faults", ()),
        ("Mes vieux souliers étaient finis, la semelle trouée. Ceux-ci sont trop petits.", "shoes", "faults", ()),
        # a wait of weeks for something else to happen first is no late parcel
        ("I waited a week for the paint to dry before hanging it and the frame cracked.", "decor", "late_delivery",
         False),
        ("We waited two weeks for the wall to be plastered, then found the mirror was cracked.", "decor",
         "late_delivery", False),
        ("We waited over a month for the toaster to arrive.", "small_appliances", "late_delivery", True),
    ],
)  # fmt: skip
def test_an_old_thing_or_a_wait_is_read_no_further_than_it_goes(text: str, category: str, field: str, value) -> None:
    assert getattr(read_asks(text, category=category), field) == value


@pytest.mark.parametrize(
    "text",
    [
        # what is sent comes in a time or a count, not a size: an exchange was offered in size 24, 10 or 2
        "Pouvez-vous m'envoyer une étiquette en 24 heures ? La robe est trop grande.",
        "Merci de m'envoyer un avoir en 10 jours maximum, la robe est trop petite.",
        "J'aimerais recevoir le remboursement en 2 fois, le pantalon est trop grand.",
        "Pouvez-vous m'envoyer une étiquette en 2 exemplaires ? Les chaussures sont trop petites.",
    ],
)
def test_a_time_or_a_count_what_is_sent_comes_in_is_no_size_asked(text: str) -> None:
    assert read_asks(text).wanted_size is None


# A number a unit follows is a time, a count, a price or a weight, wherever it is said (« Un échange pour 10 jours »
# read a size 10, "I ordered the 16 piece set" a size 16 ordered); a child's months or a width in cm stay sizes.
NUMBER_BEFORE_A_UNIT = [
    ("Un échange pour 10 jours, c'est possible ? La robe est trop petite.", "wanted_size", None),
    ("Need 10 days to send it back, the dress is too small.", "wanted_size", None),
    ("Too tight. Could I have 10 days more for the exchange?", "wanted_size", None),
    ("Échange pour 20 euros de plus ? Trop grand.", "wanted_size", None),
    ("Too big, maybe 10 pairs of socks fit in it lol", "wanted_size", None),
    ("I ordered the 16 piece set in blue and got the 12 piece in white.", "ordered_size", None),
    ("Un échange pour un 40 svp", "wanted_size", "40"),
    ("Exchange for 40 please", "wanted_size", "40"),
    ("Body acheté en 6 mois, trop petit. Je prends le 12 mois.", "ordered_size", "MONTHS 6"),
    # ... but months as a time are none ("had it for 6 months", « depuis 6 mois »)
    ("I've had it for 6 months, too small now. Could I swap for 12?", "ordered_size", None),
    ("Je l'ai depuis 6 mois, il est trop petit.", "ordered_size", None),
    ("On m'a livré un lave-vaisselle 45 cm alors que j'ai commandé un 60 cm.", "ordered_size", "60"),
    # ... and a pair in the singular, « h/f », the SMS « j ai » after a size
    ("Could you send a size 9 pair please", "wanted_size", "9"),
    ("Too small, I need a 40 pair instead", "wanted_size", "40"),
    ("Je voudrais un 38 h/f", "wanted_size", "38"),
    ("je fais du 38 j ai pris le 40 trop grand", "usual_size", "38"),
    ("echange pour un 38 j attends votre retour", "wanted_size", "38"),
    ("Un échange pour 10 j svp", "wanted_size", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), NUMBER_BEFORE_A_UNIT)
def test_a_number_before_a_unit_is_no_size(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# A size said with a "maybe" in a text that sends the item back and asks no exchange is mused on, not asked ("Maybe the
# 30 would be right. Sending these back." read a 30 asked), but kept as the size mused (an offer names it rather than
# the next size: sheet 677 #73 was offered an S after "Maybe an XS would work"); asked all the same, or with no return
# said, it is one.
SIZE_MUSED = [
    ("Normally a 32 waist and that's what I got. Maybe the 30 would be right. Sending these back.", None, "30"),
    ("Perhaps a 12 would fit better. Returning them.", None, "12"),
    ("Trop petit, peut-être un 40. Je les renvoie, remboursement svp.", None, "40"),
    # sheet 677 #73: "Maybe an XS would work, but I'll get a refund" was told the XS would be sent
    ("Too loose at the waist. Maybe an XS would work, but I'll get a refund and look elsewhere.", None, "XS"),
    ("Trop large, peut-être un 34 irait, mais je vais me faire rembourser.", None, "34"),
    # ... but a refund taken only as the fallback leaves the size asked
    ("Too loose. Maybe an XS would work? If you have one I'll take it, otherwise I'll get a refund.", "XS", None),
    ("Too loose. Maybe the XS. If it's out of stock I'll take the refund.", "XS", None),
    ("Trop large, peut-être un 34. Si vous l'avez, sinon je vais me faire rembourser.", "34", None),
    ("Maybe the 30 would be right.", "30", None),
    ("Maybe a 12? Sending it back for an exchange please.", "12", None),
    ("Je le renvoie, peut-être une longueur 28 si vous avez ça.", "L28", None),
    ("Too loose at the waist. Returning them, I'll get a refund.", None, None),
    # a size said to do for someone else, in the conditional, is a thought, not an ask, wherever the item goes ("Maybe
    # an XS would work for my daughter" was told it asked for an XS); near misses: asked in a question, or for oneself
    ("Too tight. Maybe an XS would work for my daughter.", None, "XS"),
    ("Too small for me, maybe an XS would fit my daughter.", None, "XS"),
    ("Trop serré. Peut-être qu'un XS irait à ma fille.", None, "XS"),
    ("Trop serré. Peut-être qu'un XS lui irait.", None, "XS"),
    ("Too tight. Maybe an XS would work for my daughter?", "XS", None),
    ("Trop serré, peut-être qu'un M serait mieux.", "M", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "mused"), SIZE_MUSED)
def test_a_size_mused_on_while_sending_the_item_back_is_none_asked(
    text: str, wanted: str | None, mused: str | None
) -> None:
    asks = read_asks(text)
    assert (asks.wanted_size, asks.size_mused) == (wanted, mused)


# Apologies and faults in other words: a listing difference made light of after "but" ("but that's minor"), a long
# wait told ("I waited three weeks for this lamp"), a fault of the customer's own older thing ("my old boots, which were
# falling apart"), a breathing reaction a doctor puts down to the item, a sum of money asked back after a flaw made
# light of. Near misses keep their reading.
APOLOGIES_IN_OTHER_WORDS = [
    ("It's a slightly different blue than pictured, but that's minor. After two washes the seams split.",
     "not_as_described", False),
    ("C'est un bleu un peu différent de la photo, mais c'est un détail. Après deux lavages les coutures ont lâché.",
     "not_as_described", False),
    ("It's a slightly different blue than pictured. After two washes the seams split.", "not_as_described", True),
    ("The blue is nothing like the picture. That's not minor, it's the whole point of the lamp.", "not_as_described",
     True),
    ("I waited three weeks for this lamp, which was annoying, and the shade is dented.", "late_delivery", True),
    ("We waited over a month for the toaster to turn up.", "late_delivery", True),
    ("J'ai attendu trois semaines pour recevoir cette bouilloire.", "late_delivery", True),
    ("I waited two weeks for a reply from customer services about the kettle.", "late_delivery", False),
    ("I waited three weeks to try it, sorry for the late return.", "late_delivery", False),
    ("It came after the trip, so I walked in my old boots, which were falling apart.", "faults", ()),
    ("J'ai dû faire la rando avec mes vieilles chaussures, qui étaient trouées.", "faults", ()),
    ("My old kettle lasted ten years, but this one leaks after a week.", "faults", ("defect",)),
    ("Two nights under the duvet and I woke up wheezing with puffy eyes. My GP thinks it's the feathers.", "hardship",
     "illness"),
    ("Depuis que j'utilise cet oreiller je me réveille avec une crise d'asthme, mon médecin pense que c'est les "
     "plumes.", "hardship", "illness"),
    ("Woke up wheezing after the party, too much dancing. The dress is too small.", "hardship", None),
    ("The mug arrived chipped, not a big deal. I want my £30 back.", "faults", ("damage",)),
    ("La tasse est arrivée ébréchée, pas grave. Je veux mes 30 € en retour.", "faults", ("damage",)),
    ("The mug arrived chipped, not a big deal. I want my £30 back because it's the wrong colour.", "faults", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), APOLOGIES_IN_OTHER_WORDS)
def test_an_apology_or_a_fault_in_other_words_is_read(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# This round's own sentences beyond clothing: a lipstick "nothing like the swatch", a phone case's cut-out that does not
# line up, a pushchair's buckled wheel (« une roue voilée »). Near misses keep their reading.
OWN_SENTENCES_ROUND_18 = [
    ("The lipstick is nothing like the swatch online, far more orange.", "not_as_described", True),
    ("I checked the swatch before buying and it's the same orange.", "not_as_described", False),
    ("The screw holes on the two side panels don't line up with each other.", "faults", ("defect", "hole")),
    ("The camera ring on the case doesn't line up and I can't press the side buttons.", "faults", ()),
    ("It took ages and the colour is a little off the swatch, both things I'd forgiven. But it fell apart.",
     "not_as_described", False),
    ("Les fixations ne sont pas alignées, impossible de monter l'étagère.", "faults", ("defect",)),
    ("Lines up perfectly with my other frames, but the glass arrived cracked.", "faults", ("damage",)),
    ("La poussette est arrivée avec une roue voilée.", "faults", ("damage",)),
    ("Le voile de la poussette est trop court pour le soleil.", "faults", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), OWN_SENTENCES_ROUND_18)
def test_this_rounds_own_sentences_beyond_clothing_are_read(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# Readings the fifteenth round's sheets found missing: the right size asked to be sent after a wrong one (« m'envoyer
# une paire de 39 », « m'envoyer le 40 »), a listing set against what came in few words ("not same like picture",
# « rien à voir avec celle présentée »), a part said to be missing with « manque » after it. Near misses keep their
# reading. « Sur internet elle est rouge » is left: « sur les photos c'est magnifique » says the same words in praise.
READINGS_FROM_THE_FIFTEENTH_SHEETS = [
    ("Elles sont trop petites. Pouvez-vous m'envoyer une paire de 41 ?", "wanted_size", "41"),
    ("Mauvaise pointure, merci de m'envoyer le 40 à vos frais.", "wanted_size", "40"),
    ("Pouvez-vous m'envoyer le 12 mars une étiquette ?", "wanted_size", None),
    ("Colour not same as in the photo.", "not_as_described", True),
    ("It's the same as the picture, just too small.", "not_as_described", False),
    ("La teinte n'a rien à voir avec celle présentée.", "not_as_described", True),
    ("Sur les photos c'est magnifique, mais elle est trop petite.", "not_as_described", False),
    ("Merci de m'envoyer un 2e colis, le premier est perdu.", "wanted_size", None),
    ("Le cordon de serrage manque. Pouvez-vous me l'envoyer ?", "faults", ("missing_part",)),
    ("Le cordon de serrage manque. Pouvez-vous me l'envoyer ?", "requests", ("send_missing",)),
    ("La robe manque de tenue, elle est trop grande.", "faults", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), READINGS_FROM_THE_FIFTEENTH_SHEETS)
def test_a_reading_the_fifteenth_sheets_found_missing_is_read(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# A half size in words (the lead's sheet, seed 401: "We'll need a 15 and a half for the day itself" offered the 15 the
# customer said he usually wears): "15 and a half", « 38 et demi », "16 1/2", « 38½ » read as "15.5"; a time or a
# count with a half is no size.
HALF_SIZES_IN_WORDS = [
    ("He's a 15 in school shirts. We'll need a 15 and a half for the day itself.", "wanted_size", "15.5"),
    ("A bit snug, could I have a 9 and a half instead?", "wanted_size", "9.5"),
    ("Trop serré au col, il me faudrait un 38 et demi.", "wanted_size", "38.5"),
    ("Too tight on the neck, I need a 16 1/2 please.", "wanted_size", "16.5"),
    ("Je voudrais échanger contre un 38½ svp.", "wanted_size", "38.5"),
    ("Ordered a 6 and a half, need a 7.", "ordered_size", "6.5"),
    ("I waited 3 and a half weeks for these and they are too small. Need a 7.", "wanted_size", "7"),
    ("Need a 12, it took 2 and a half days to arrive.", "wanted_size", "12"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), HALF_SIZES_IN_WORDS)
def test_a_half_size_in_words_is_the_size_with_its_half(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# A ring kept gladly in another size, and how the exchange is done asked (the lead's sheet, seed 401: « je la garde
# volontiers en 54. Comment se passe l'échange ? » drafted no exchange): the size kept is the size wanted, the question
# the exchange asked. Near misses: the item kept as it came, a return's way asked, an exchange told of before.
KEPT_IN_A_SIZE_AND_EXCHANGE_ASKED_HOW = [
    ("J'ai pris un 56 au lieu de mon 54, elle tourne autour de mon doigt ... je la garde volontiers en 54. Comment se "
     "passe l'échange?", "wanted_size", "54"),
    ("J'ai pris un 56 au lieu de mon 54, elle tourne autour de mon doigt ... je la garde volontiers en 54. Comment se "
     "passe l'échange?", "requests", ("exchange",)),
    ("Elle est trop grande, je la garderais en 52.", "wanted_size", "52"),
    ("Too loose on my finger, I'd happily keep it in a 7.", "wanted_size", "7"),
    ("Too loose on my finger. How does the exchange work?", "requests", ("exchange",)),
    ("Je la garde en attendant le remboursement. Comment se passe le retour ?", "requests", ()),
    ("I'll keep it in the drawer until the refund comes.", "wanted_size", None),
    ("L'échange s'est bien passé la dernière fois. Comment se passe le retour ?", "requests", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), KEPT_IN_A_SIZE_AND_EXCHANGE_ASKED_HOW)
def test_a_size_kept_gladly_is_wanted_and_how_to_exchange_is_an_exchange_asked(
    text: str, field: str, value: object
) -> None:
    assert getattr(read_asks(text), field) == value


# Sizes and ways asked in other words: a count of sizes with its way ("2 and a half sizes up"); a way said to be no
# way out ("I don't think sizing down is an option" of an XS still too wide: no size further that way, no way asked);
# two sizes of a shoe the customer ordered to choose from (« une basket 41 et une basket 42 pour choisir ») are no odd
# pair sent. Near misses: an order placed sizes up, how the item is sized ("it fits like two sizes up", « ça taille
# deux tailles au-dessus »), a way asked as a question, an odd pair that came.
SIZES_COUNTED_REFUSED_OR_ORDERED_TO_CHOOSE = [
    ("Too small, I'm going to need 2 and a half sizes up", "size_direction", "up"),
    ("Way too big, two sizes down please.", "size_direction", "down"),
    ("Could I have a size and a half bigger?", "size_direction", "up"),
    ("Beaucoup trop petites, il me faudrait deux pointures au-dessus.", "size_direction", "up"),
    ("I ordered two sizes up and it's still tight.", "size_direction", None),
    ("I ordered two sizes up and it's still tight.", "ordered_to_compare", False),
    ("They come up two sizes bigger than the chart.", "size_direction", None),
    ("Ordered my usual L but it fits like two sizes up.", "size_direction", None),
    ("J'ai pris mon S habituel mais ça taille deux tailles au-dessus.", "size_direction", None),
    ("I'm a size 8, ordered XS. I don't think sizing down is an option.", "unfixable", ("size_range",)),
    ("I'm a size 8, ordered XS. I don't think sizing down is an option.", "size_direction", None),
    ("Too loose, but a size down isn't possible, it would be too short in the body.", "size_direction", None),
    ("Une taille en dessous n'est pas envisageable.", "unfixable", ("size_range",)),
    ("Would a size down be an option?", "size_direction", "down"),
    ("Would a size down be an option?", "unfixable", ()),
    ("J'ai commandé une basket 41 et une basket 42 pour choisir, je renvoie la 42.", "faults", ()),
    ("J'ai commandé une basket 41 et une basket 42 pour choisir, je renvoie la 42.", "ordered_to_compare", True),
    ("I ordered a 7 and an 8 to see which fits, the 8 goes back.", "ordered_to_compare", True),
    ("J'ai reçu une basket 41 et une basket 42 dans la boîte.", "faults", ("shop_mistake",)),
    ("One boot is a 7 and the other is an 8", "faults", ("shop_mistake",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), SIZES_COUNTED_REFUSED_OR_ORDERED_TO_CHOOSE)
def test_a_count_of_sizes_a_way_refused_and_sizes_ordered_to_choose_are_read(
    text: str, field: str, value: object
) -> None:
    assert getattr(read_asks(text, category="shoes"), field) == value


# The listing set against the item in other words, and faults read of what they are: "wool blend in the title, it's
# 100% acrylic", « sur internet elle est rouge, moi j'ai reçu couleur bordeaux », « Pas conforme. » said alone (every
# corpus text so written is a listing difference); a zip's slider or pull gone from it is a defect, not a part missing
# from the box; a break the customer lays on the size is no fault; a new one asked over the money is a replacement.
# Near misses keep their reading: a person who "said" something of the photos, praise of the photos, « non conforme à
# ma commande », « ce n'est pas la faute du zip » laid on something else, a belt missing from the box, a new kettle
# bought elsewhere.
LISTING_AND_FAULTS_IN_OTHER_WORDS = [
    ("It says wool blend in the title, it's 100% acrylic", "not_as_described", True),
    ("My mum said it looks lovely in the photos but it's too small.", "not_as_described", False),
    ("La robe sur internet elle est rouge, moi j'ai reçu couleur bordeaux presque marron.", "not_as_described", True),
    ("Sur les photos c'est magnifique, j'ai reçu ma robe hier mais elle est trop petite.", "not_as_described", False),
    ('Description: "fond épais triple couche". Reçu: casserole fine monocouche. Pas conforme.', "not_as_described",
     True),
    ("Non conforme à ma commande, j'ai reçu un pull bleu.", "not_as_described", False),
    ("The zip slider is missing the little tab that locks it, so the fly keeps coming down.", "faults", ("defect",)),
    ("La tirette du zip manque, impossible de le fermer.", "faults", ("defect",)),
    ("The drawstring is stitched in so it won't tighten the zip pull came off in my hand.", "faults", ("defect",)),
    ("The box is missing the belt.", "faults", ("missing_part",)),
    ("La fermeture éclair de la robe a craqué quand j'ai essayé de la remonter, parce que la robe est bien trop "
     "étroite pour moi. Ce n'est pas la faute du zip, c'est la taille. Je prends la taille au-dessus.", "faults", ()),
    ("The seam split when I sat down, but it's not the seam's fault, it's the size. Need a 12.", "faults", ()),
    ("The zip broke. Ce n'est pas la faute du zip, c'est la qualité du tissu.", "faults", ("defect",)),
    ("Need a new jug, not a refund", "requests", ("replacement",)),
    ("Je voudrais une nouvelle bouilloire, pas un remboursement.", "requests", ("replacement",)),
    ("I need a new kettle before the weekend so please refund quickly.", "requests", ()),
    # sheet 641 #71: the item the video shows and a share of the size listed; not someone's own photos
    ("The 'vegan leather' feels like cardboard and looks nothing like the soft slouchy bag in the video. Also it's "
     "about 2/3 of the size listed.", "not_as_described", True),
    ("It's half the size advertised.", "not_as_described", True),
    ("Le tapis fait la moitié de la taille annoncée.", "not_as_described", True),
    ("It looks nothing like the one my sister has in the photos she sent, too small anyway.", "not_as_described",
     False),
    # a version the shop need not send is no way asked
    ("Pas besoin de me renvoyer la version plus grande, je préfère un remboursement.", "size_direction", None),
    ("Inutile de m'envoyer la version plus petite, remboursez-moi simplement.", "size_direction", None),
    # ... nor one wished for and given up for a refund
    ("I would love the bigger one but my partner says no, so a refund please.", "size_direction", None),
    ("J'aimerais la version plus grande mais mon mari dit non, donc un remboursement svp.", "size_direction", None),
    ("I'd like the bigger one but I'll take a refund if it's sold out.", "size_direction", "up"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), LISTING_AND_FAULTS_IN_OTHER_WORDS)
def test_a_listing_difference_a_fault_and_a_replacement_in_other_words_are_read(
    text: str, field: str, value: object
) -> None:
    assert getattr(read_asks(text), field) == value


# A rug's or a duvet's width and length asked (« Il nous faudrait le 200x290 » drafted "another size, colour or
# version"): a size of its own way of writing sizes, never offered for a number size nor read from a listing's figure.
DIMENSIONS_AS_SIZES = [
    ("J'avais pris le 160x230 en pensant que ça suffirait, c'est moi qui ai mal estimé. Il nous faudrait le 200x290.",
     "wanted_size", "200x290"),
    ("Too short for our bed, could we swap it for the 200 x 220 please?", "wanted_size", "200x220"),
    ("Coussins annoncés 60x60, ils font 40x40.", "wanted_size", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), DIMENSIONS_AS_SIZES)
def test_a_width_and_length_asked_is_a_size(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


def test_a_width_and_length_is_its_own_way_of_writing_sizes() -> None:
    assert (size_system("200x290"), size_system("40")) == ("dimensions", "number")


# This round's own sentences beyond clothing (kitchen, electronics, toys, beauty, tools, home): what they got wrong is
# read now, and near misses keep their reading. A screen's dead pixels and a monitor that will not pair with its own
# other unit are defects; a bottle that came half empty is one (not
# one used since); a charger « pas celui de la photo », a power « au lieu du 20W annoncé », baskets "smaller than the
# dimensions given" and a shade that "says 'light beige' on the site" are listing differences.
THIS_ROUNDS_OWN_SENTENCES = [
    ("The screen has a line of dead pixels down the left side.", "faults", ("defect",)),
    ("The baby monitor's camera won't pair with the parent unit, tried resetting both.", "faults", ("defect",)),
    ("Le flacon de parfum est arrivé à moitié vide, le bouchon avait bougé.", "faults", ("defect",)),
    ("I use it every day, the bottle is half empty already and I don't like it.", "faults", ()),
    ("Le chargeur fourni n'est pas celui de la photo, c'est un 5W au lieu du 20W annoncé.", "not_as_described", True),
    ("The storage baskets are smaller than the dimensions given, 25cm not 30cm.", "not_as_described", True),
    ("The foundation shade says 'light beige' on the site but it's orange on my skin.", "not_as_described", True),
    ("My sister says it's cheaper on the website of the brand.", "not_as_described", False),
    ("The puzzle box says 1000 pieces but we counted 994, six are missing.", "faults", ("missing_part",)),
    ("Le vélo d'appartement grince à chaque tour de pédale, ce n'est pas la faute du montage, on l'a vérifié.",
     "faults", ("defect",)),
    ("The drill bit snapped on the first hole in softwood. Not my fault, I used the right speed.", "faults",
     ("damage",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), THIS_ROUNDS_OWN_SENTENCES)
def test_this_rounds_own_sentences_beyond_clothing_read_what_they_say(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# A fault the text says was looked for and not found is no fault ("checked for dead pixels and found none", « je n'en
# ai trouvé aucun »), as one denied before it ("no dead pixels", « aucun pixel mort »). Near misses: pixels counted,
# found and named, and "none of" something else.
FAULTS_LOOKED_FOR_AND_NOT_FOUND = [
    ("I checked for dead pixels and found none, but I don't need it anymore.", ()),
    ("Tested for stuck pixels and there were none, returning as unwanted.", ()),
    ("Checked for dead pixels: none. Just don't need it.", ()),
    ("J'ai vérifié les pixels morts et je n'en ai trouvé aucun, mais je n'en ai plus besoin.", ()),
    ("No dead pixels, screen is perfect, just too big for my desk.", ()),
    ("Aucun pixel mort, l'écran est parfait mais trop grand pour mon bureau.", ()),
    ("There are three dead pixels in the corner.", ("defect",)),
    ("Il y a deux pixels morts en bas de l'écran.", ("defect",)),
    ("I checked for dead pixels and found three in the corner.", ("defect",)),
    ("Dead pixels everywhere and I found none of the screws either.", ("defect",)),
    # asked and answered no
    ("Shrank? no, it's just small straight out of the packet. Usually L, this is more like a M", ()),
    ("Défectueux ? Non, juste trop petit.", ()),
    ("Shrank? No idea, it is tiny now.", ("defect",)),
    ("Shrank? Yes, after one wash.", ("defect",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), FAULTS_LOOKED_FOR_AND_NOT_FOUND)
def test_a_fault_looked_for_and_not_found_is_no_fault(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# A letter size said in words followed by the customer's own wear of it ("I'd like the medium I normally wear") is a
# size: asked after a wish, had after an order. Near misses: a size word before "I think", one said to have been huge.
WORD_SIZES_THE_CUSTOMER_WEARS = [
    ("Went down a size in these because all the reviews said they stretch out. I'd like the medium I normally wear.",
     "wanted_size", "M"),
    ("Could I have the large I usually take please", "wanted_size", "L"),
    ("I ordered the medium I normally wear and it's tight.", "ordered_size", "M"),
    ("I'd like the small I think, or maybe not", "wanted_size", None),
    ("The medium I normally wear was huge in these.", "wanted_size", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), WORD_SIZES_THE_CUSTOMER_WEARS)
def test_a_word_size_the_customer_wears_is_a_size(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# A size change said not to help ("going up half a size didn't help on the last pair so refunding", « une pointure
# au-dessus n'a rien changé ») is no way out, as one said not to be an option: no size further that way, no way asked.
# Near misses: one that helped, one that would help, another way asked besides.
A_SIZE_CHANGE_THAT_DID_NOT_HELP = [
    ("lovely shoes. too narrow. going up half a size didn't help on the last pair so refunding", "unfixable",
     ("size_range",)),
    ("lovely shoes. too narrow. going up half a size didn't help on the last pair so refunding", "size_direction",
     None),
    ("Too narrow. Sizing up doesn't help with these, refund please.", "unfixable", ("size_range",)),
    ("Une pointure au-dessus n'a rien changé, je veux être remboursée.", "unfixable", ("size_range",)),
    ("Going up a size helped last time, so I'd like the next size up.", "unfixable", ()),
    ("Too small, going up a size would help.", "unfixable", ()),
    ("Sizing up didn't help on the last pair, can I swap for a size down?", "size_direction", "down"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), A_SIZE_CHANGE_THAT_DID_NOT_HELP)
def test_a_size_change_said_not_to_help_is_no_way_out(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text, category="shoes"), field) == value


# A way asked in other words: "one size more", "a size less", "Swapping up a size." Near miss: how the item is sized
# ("one size more than the chart").
WAYS_ASKED_IN_OTHER_WORDS = [
    ("Ich trage normal 42, aber diese Schuhe sind in 42 zu eng. I need one size more. Thank you.", "up"),
    ("The heel is coming out while walking. Need one size less.", "down"),
    ("It's too tight under the arms, that's the deal-breaker. Swapping up a size.", "up"),
    ("Too loose, swapping it down a size.", "down"),
    ("They come up one size more than the chart says.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "way"), WAYS_ASKED_IN_OTHER_WORDS)
def test_a_way_asked_in_other_words_is_read(text: str, way: str | None) -> None:
    assert read_asks(text).size_direction == way


# The shop's own services not working are no fault of the item (« votre suivi de colis ne marche pas » was apologised
# for as one). Near misses: an item's own app or tracking, an item that fails beside a website that did not load.
SERVICES_NOT_WORKING = [
    ("livré le 22, on était déjà rentrés. je renvoie le votre, jamais porté. et au passage votre suivi de colis ne "
     "marche pas", ()),
    ("The tracking link doesn't work and the bra arrived a week late.", ()),
    ("The discount code didn't work, so I paid full price and now it's too small.", ()),
    ("GPS shows my dog in the next town when he's asleep in the kitchen. Tracking doesn't work.", ("defect",)),
    ("The app doesn't work with the camera, it won't connect.", ("defect",)),
    ("Your website wasn't loading so I'm writing here: the speaker doesn't work.", ("defect",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), SERVICES_NOT_WORKING)
def test_the_shops_services_not_working_are_no_fault_of_the_item(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# A seam or hem left unsewn is a defect ("the left side seam under the arm simply isn't stitched for about 8cm" was
# thanked for under an unsure reason). Near misses: one made another way, a seam said not to be the problem.
SEAMS_LEFT_UNSEWN = [
    ("The left side seam under the arm simply isn't stitched for about 8cm: you can see the raw edges were never "
     "caught in.", ("defect",)),
    ("L'ourlet n'est pas cousu sur le côté gauche.", ("defect",)),
    ("The hem isn't sewn, it's taped, which is fine, but it's too long.", ()),
    ("The seam isn't the problem, the dress is too small.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), SEAMS_LEFT_UNSEWN)
def test_a_seam_left_unsewn_is_a_defect(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# A pane that came cracked is broken glass to pack with care ("Frame corner split and glass cracked" got no safety
# line). Near misses: a watch's, a screen's or a phone's glass, a hairline crack, a cracked-glass finish.
GLASS_CRACKED = [
    ("Frame corner split and glass cracked, came in a bent envelope.", ("sharp",)),
    ("Picture frame arrived with cracked glass.", ("sharp",)),
    ("La vitre du cadre est fêlée.", ("sharp",)),
    ("Les verres à vin sont arrivés fêlés.", ("sharp",)),
    ("The watch glass cracked after a week.", ()),
    ("Watch arrived with the glass cracked.", ()),
    ("La montre est arrivée avec le verre fêlé.", ()),
    ("Les lunettes sont arrivées avec un verre fêlé.", ()),
    ("The screen glass is cracked.", ()),
    ("Le verre du téléphone est fêlé.", ()),
    ("The glass base has a hairline crack.", ()),
    ("Love the cracked glass effect on the vase, but it is too small.", ()),
    # a pane said not to be cracked, and a tablet's, a laptop's, a TV's or reading glasses' glass (all read sharp)
    ("No cracked glass, but the frame is the wrong colour.", ()),
    ("Le verre n'est pas fêlé, mais le cadre est rayé.", ()),
    ("La vitre n'est pas fêlée mais la couleur ne va pas.", ()),
    ("The tablet glass is cracked.", ()),
    ("The laptop's glass was cracked on arrival.", ()),
    ("The TV's glass is cracked.", ()),
    ("The smartwatch glass cracked after a week.", ()),
    ("My reading glasses arrived with one glass cracked.", ()),
    ("Le verre de la tablette est fêlé.", ()),
    ("The glass cracked when I put hot water in it.", ("sharp",)),
    # a mirror come in pieces is as sharp as one come cracked
    ("Le miroir est arrivé en mille miettes, la boîte était pliée en deux.", ("sharp",)),
    ("The mirror arrived in pieces.", ("sharp",)),
    ("Le miroir est arrivé en morceaux.", ("sharp",)),
    ("The mirror arrived in a box that was in pieces.", ()),
    # a crack told running through a pane, or a pane told to have one (« une fissure traverse tout le verre » of a
    # mirror got no safety line); not a screen's, a watch's, nor a hairline one
    ("Un angle est éclaté et une fissure traverse tout le verre en diagonale.", ("sharp",)),
    ("Il y a une fissure dans le verre du cadre.", ("sharp",)),
    ("Une grosse fêlure sur la vitre de la porte.", ("sharp",)),
    ("The mirror has a crack down the middle.", ("sharp",)),
    ("The glass panel arrived with a big crack running through it.", ("sharp",)),
    ("The glass top is cracked.", ("sharp",)),
    ("Une fissure traverse l'écran.", ()),
    ("La montre a une fissure sur le verre.", ()),
    ("Le cadre a une fine fissure sur le verre, rien de grave.", ()),
    ("The glass has a hairline crack.", ()),
    # a negation ending the sentence before is not the pane's (« sans coins ni polystyrène. Un angle ... »)
    ("Emballé sans coins ni polystyrène. Une fissure traverse tout le verre.", ("sharp",)),
    ("It came without any padding. The glass is cracked.", ("sharp",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hazards"), GLASS_CRACKED)
def test_a_pane_that_came_cracked_is_sharp(text: str, hazards: tuple[str, ...]) -> None:
    assert read_asks(text).hazards == hazards


# The item's quality judged poor in so many words is a complaint whatever reason is read ("Not the quality I paid for."
# under an unsure reason was thanked for). Near misses: quality praised or denied, a low price, a fit.
QUALITY_COMPLAINTS = [
    ("By week three eggs were sticking. Not the quality I paid for.", True),
    ("ça froisse rien qu'en la regardant, ça fait vraiment bas de gamme", True),
    ("pens skip and run out fast. cheap", True),
    ("So thin I can see my bra through it. Cheap material, not worth the money.", True),
    ("Qualité pas au niveau du prix.", True),
    ("Pour 60 euros, on s'attend à mieux.", True),
    ("The straw is good quality and tightly woven, but I look ridiculous in it.", False),
    ("The quality is not bad at all, just too big.", False),
    ("It was cheap so no big deal, changed my mind.", False),
    ("Not cheap at all, and lovely, but too small.", False),
    ("Ce n'est pas bas de gamme du tout, juste trop grand.", False),
    # the packaging, the photos, another item, a look on the body
    ("The packaging was flimsy but the jumper itself is lovely, just too small.", False),
    ("Le carton était de mauvaise qualité mais la robe est parfaite, juste trop petite.", False),
    ("The product photos were bad quality so I couldn't tell the colour.", False),
    ("My old one was flimsy so I bought this one, but I found a better deal elsewhere.", False),
    ("The gold looks tacky on me, not my style at all.", False),
    ("Ça fait un peu toc sur moi, pas mon style.", False),
    ("I felt cheap wearing it to the wedding, too short.", False),
    # a feel likened to a rag after washing (an unseen sheet: « la texture d'un torchon » was thanked for)
    ("Three washes and it feels like a dishcloth.", True),
    ("Trois lavages et il a la texture d'un torchon. Bel exploit.", True),
    ("Après un lavage, ils sont rêches comme du papier de verre.", True),
    ("Soft like a cloud, just too long for me.", False),
    ("Robe en chiffon de soie, juste trop grande.", False),
    ("Le tissu est doux comme un chiffon de soie, mais trop grand.", False),
    ("Great for cleaning, I use it like a rag now, too small to wear.", False),
    ("The box it came in was like cardboard mush, the jumper is fine but too small.", False),
    # a fabric one sees through (sheet 569 #63: "they are see-through" was thanked for), not a clear material nor one
    # stretched too tight or missing its slip
    ("Bought the white trousers for our trip and they are see-through. Like, you can read the label on my knickers.",
     True),
    ("The knit is so loose you can see through it and it's already snagged.", True),
    ("Tissu transparent.", True),
    ("In downward dog they went see-through, and it's because they're stretched to the limit. I need an L.", False),
    ("The slip that goes under the lace dress isn't in the bag. Without it the dress is see-through.", False),
    ("Il est doux, il ne fait pas transparent quand on s'accroupit, mais trop grand.", False),
    ("J'ai dû la tenir avec un bout de scotch transparent toute la soirée.", False),
    # ... nor one meant or liked so, or a thing made to be clear, said with it; a "but" turns to the fabric again
    ("The see-through sleeves are lovely but it's too small.", False),
    ("It's meant to be see-through, I knew that, but it's too big.", False),
    ("Le sac transparent est parfait mais la bandoulière est trop courte.", False),
    ("Les voilages transparents sont jolis mais trop courts pour ma fenêtre.", False),
    ("Nice design but the fabric is see-through.", True),
    ("These leggings are see-through, lovely colour but poor quality.", True),
    # ... or a thinness likened to paper or a sheet, not the packaging's
    ("The fabric is as thin as a bedsheet.", True),
    ("La doublure est fine comme du papier et déjà déchirée.", True),
    ("The packaging was as thin as paper, the jumper is fine but too small.", False),
    # ... nor one made light of before another reason, as a fault made light of is none; still one where only the money
    # is asked after it, or where the shop, not the customer, is told it matters little
    ("Works perfectly. It's a little flimsy, no big deal. Sending it back because my flatmate brought hers.", False),
    ("The lamp is a little flimsy but that's minor. I changed my mind anyway.", False),
    ("Ça fait un peu bas de gamme, pas grave. Je le renvoie car on m'en a offert un.", False),
    ("It feels a bit cheap, I could live with that. But it's too small.", False),
    ("It's a little flimsy. Returning it.", True),
    ("A little flimsy, not a big deal, but I'd like a refund.", True),
    ("The lamp is a little flimsy, no big deal to you maybe. It wobbles every time I touch it.", True),
    ("Qualité médiocre, c'est pas grave pour vous peut-être. Je veux être remboursée.", True),
    # ... made light of offhand ("no biggie", "..., whatever.", "never mind", « tant pis », « peu importe »), not where
    # the same words are said of something else ("whatever you say", "whatever size", "no biggie for you")
    ("The stitching is cheap, no biggie. My aunt knitted me one anyway.", False),
    ("Cheap plastic, whatever. I don't need it any more.", False),
    ("Feels flimsy, never mind. I found one I like better.", False),
    ("Qualité médiocre, tant pis. Je n'en ai plus besoin.", False),
    ("Ça fait bas de gamme, peu importe. J'ai changé d'avis.", False),
    ("Feels cheap, whatever you say. Refund please.", True),
    ("Feels flimsy and cheap. Whatever size you send will be the same.", True),
    ("Cheap plastic, no biggie for you I guess. Refund please.", True),
    ("Qualité médiocre, peu importe le prix. Je veux être remboursée.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "complaint"), QUALITY_COMPLAINTS)
def test_a_complaint_of_the_quality_is_read_in_so_many_words(text: str, complaint: bool) -> None:
    assert read_asks(text).quality_complaint is complaint


# The packaging complained of (earlier review sheets: "too much plastic", "a box far too big" left unanswered), not the
# item's own size, box or plastic, nor packaging denied or praised
PACKAGING_COMPLAINTS = [
    ("Way too much plastic in the packaging, and the box was far too big for a small vase.", True),
    ("Beaucoup trop de plastique dans l'emballage pour un simple pull.", True),
    ("Un carton énorme pour une petite tasse, quel gâchis.", True),
    ("The parcel was huge for such a small candle. Returning it anyway, changed my mind.", True),
    ("The storage box is too big for my shelf.", False),
    ("Not too much packaging, nice. Too big for me though.", False),
    ("Pas trop d'emballage, merci. Trop grand pour moi.", False),
    ("The box is huge, it won't fit in my car.", False),
    ("Way too much packaging for one mug.", True),
    ("Il y a beaucoup trop d'emballage, c'est dommage.", True),
    # the item's own box or plastic, packaging denied in its clause or said better than a breakage
    ("The storage box is far too big for a small bedroom", False),
    ("La boîte de rangement est bien trop grande pour une petite chambre", False),
    ("The box is far too big for a small kitchen, the appliance takes up the whole counter", False),
    ("The toy has too much plastic in it, I wanted a wooden one", False),
    ("Il y a trop de plastique sur ce fauteuil", False),
    ("There wasn't too much packaging, which was nice", False),
    ("Too much bubble wrap is better than a broken vase!", False),
    ("The bra has too much padding, the cups look enormous on me.", False),
    ("The coat has way too much padding, it makes me look twice my size.", False),
    ("The parcel was too big for the small parcel locker, so I had to go to the depot", False),
    ("Way too much padding in the box for one mug.", True),
    ("The cushion is packed with too much padding, it's rock hard.", False),
    ("The bra is packed with way too much padding, I look ridiculous.", False),
    ("Trop de plastique dans le colis.", True),
    ("Trop de plastique dans la boîte de rangement.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "complaint"), PACKAGING_COMPLAINTS)
def test_a_complaint_of_the_packaging_is_read(text: str, complaint: bool) -> None:
    assert read_asks(text).packaging_complaint is complaint


# An electric blanket that heats in part or not at all has a fault in what the customer sleeps on (« elle ne chauffe que
# d'un côté » of a « couverture chauffante » got no safety line), where the text names one. Near misses: a heated gilet
# or gloves, a blanket too warm, and the shop's bedding, none electric (a duvet, a topper, a throw "does not heat").
HEATING_FAULTS = [
    ("J'ai acheté cette couverture chauffante. Hélas, elle ne chauffe que d'un côté: l'autre moitié reste froide.",
     "bedding", ("electrical",)),
    ("My electric blanket only warms on one side, the other stays cold.", "bedding", ("electrical",)),
    ("La couverture chauffante a un défaut de chauffe.", None, ("electrical",)),
    ("Cette couette ne chauffe pas du tout, je gèle la nuit.", "bedding", ()),
    ("This duvet gives no heat at all", "bedding", ()),
    ("The memory foam topper has hot spots and I wake up sweating", "bedding", ()),
    ("Fleece blanket doesn't heat up like the picture suggests", "bedding", ()),
    ("The weighted blanket has lumpy bits and hot spots", "bedding", ()),
    ("Le surmatelas à mémoire de forme crée des points chauds.", "bedding", ()),
    ("Le plaid est très doux mais ne chauffe pas vraiment.", "bedding", ()),
    ("The electric blanket doesn't heat on the left side at all.", None, ("electrical",)),
    ("The heated throw has hot spots.", None, ("electrical",)),
    ("Le gilet chauffant ne chauffe que d'un côté, la zone gauche reste froide.", "outerwear", ()),
    ("The heated gloves don't heat. Batteries charged.", "accessories", ()),
    ("It's lovely and soft, just too warm for our flat.", "bedding", ()),
    ("The duvet doesn't warm me up at all, far too thin.", "bedding", ()),
    ("La couette ne chauffe pas assez, trop fine.", "bedding", ()),
    ("My doctor says I must not use an electric blanket with my pacemaker. It is unopened.", None, ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "hazards"), HEATING_FAULTS)
def test_an_electric_blanket_that_heats_in_part_is_an_electrical_hazard(
    text: str, category: str | None, hazards: tuple[str, ...]
) -> None:
    assert read_asks(text, category=category).hazards == hazards


# Sizes asked, read as the customer says them. Two sizes weighed against each other are no size asked ("maybe S or XS"
# was "exchange it for size S"); a size range after an article is a child's age ("exchange it for a 9-10"); a shirt
# sized by its collar in inches has its own scale ("17 inch neck, ordered 17" was offered an L); the bigger one of a
# rug is the way up; another length or fit asked after is an exchange of another cut (« Il n'y a pas de longueur plus
# grande dans cette taille ? », "I'd need the wider fit"); a size change tried before is none asked. Near misses: one
# size asked beside another choice ("a 12 or a refund"), a length said not to exist, a fit usually worn, a size up to
# try.
SIZES_ASKED_AS_SAID = [
    ("Too big. I'd like an exchange but not sure which size, maybe S or XS?", "wanted_size", None),
    ("Trop grand, il me faudrait un S ou un XS.", "wanted_size", None),
    ("Too small, I need a 12 or 14.", "wanted_size", None),
    ("Too small. I need a 12 or a refund.", "wanted_size", "12"),
    ("Too big, I need an S please.", "wanted_size", "S"),
    ("It's tight under the arms. Please could I exchange it for a 9-10 with the same school logo?", "wanted_size",
     "AGE 9-10"),
    ("We waited 2-3 weeks for a refund last time.", "wanted_size", None),
    ("17 inch neck, ordered 17, can't do the top button. So that's fun.", "ordered_size", '17"'),
    ("Collar too tight, I need a 17.5 collar.", "wanted_size", '17.5"'),
    ("The 16 inch neck is too tight.", "collar_sizes", ('16"',)),
    ("Le col de 16 pouces est trop serré.", "collar_sizes", ('16"',)),
    ("16 pouces de col, trop serré.", "collar_sizes", ('16"',)),
    ("Collar 15,5 pouces, trop serré.", "collar_sizes", ('15.5"',)),
    # ... not a size of another kind beside it
    ("I'm a size 16 with a 15 inch neck, the top is too tight on the bust.", "collar_sizes", ('15"',)),
    # ... not a collar alone, nor a French collar in centimetres
    ("Collar too tight, can't do the top button up.", "collar_sizes", ()),
    ("Col 41 trop serré.", "collar_sizes", ()),
    ("Ordered 12, too small.", "ordered_size", "12"),
    ("Le tapis 160x230 est trop petit pour le salon, je prends le plus grand.", "size_direction", "up"),
    ("Le tapis est trop petit, je prends le plus grand soin de mes affaires.", "size_direction", None),
    ("Le pantalon s'arrête au-dessus de la chaussure. Il n'y a pas de longueur plus grande dans cette taille? Sinon je "
     "le renvoie.", "requests", ("exchange",)),
    ("Le pantalon est trop court. Il n'y a pas de longueur plus grande dans cette taille, dommage.", "requests", ()),
    ("Too narrow for my face, they press on my temples and leave red marks. I'd need the wider fit.", "unfixable",
     ("cut",)),
    ("They pinch at the sides. I usually need a wider fit but these were fine in the shop.", "unfixable", ()),
    ("Too small. I tried swapping up a size last year and it didn't help.", "size_direction", None),
    ("Too small, I'll try a size up.", "size_direction", "up"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), SIZES_ASKED_AS_SAID)
def test_sizes_asked_are_read_as_the_customer_says_them(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# A colour praised is no complaint a size leaves unfixed ("The jumpsuit is too tight but the colour is great" was
# offered no exchange). Near misses: a colour disliked, the wrong colour, one praised that does not suit the customer,
# a colour asked for, a colour that looks faded.
COLOUR_PRAISED = [
    ("Love the colour, hate the slightly scratchy wool. It's too tight under the arms.", ()),
    ("The jumpsuit is too tight but the colour is great.", ()),
    ("La robe est trop petite mais la couleur est superbe.", ()),
    ("Lovely hat, soft felt, great colour, but it comes down over my eyebrows.", ()),
    ("I don't love the colour and it's too small.", ("colour",)),
    ("La couleur n'est pas belle et elle est trop petite.", ("colour",)),
    ("Ce n'est pas la bonne couleur et elle est trop petite.", ("colour",)),
    ("Annoyingly the color is lovely but just not on me.", ("colour",)),
    ("La couleur est belle mais pas sur moi.", ("colour",)),
    ("The detailing is beautiful the shade is a bit different from the photo.", ("colour",)),
    ("I'd like the colour in blue please.", ("colour",)),
    ("It looks like the colour has faded, and it is too small.", ("colour",)),
    # the picture's colour set against another part after the turn is still praise; against the colour had, not
    ("The colour is great online, but the straps are different and it's too small.", ()),
    ("The colour is great online, but the neckline is different and it's too small.", ()),
    ("La couleur est superbe sur la photo, mais le décolleté est différent et elle est trop petite.", ()),
    ("The colour is lovely in the photos and just as lovely in real life, but it's too small.", ()),
    ("The colour looked great online, but in person it's nothing like it.", ("colour",)),
    ("La couleur est superbe sur le site, mais en vrai elle est bien plus foncée.", ("colour",)),
    ("The colour is lovely online but it's a different fit and too small.", ()),
    ("The colour is lovely online but it's lighter in weight than expected, too small.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "unfixable"), COLOUR_PRAISED)
def test_a_colour_praised_is_no_complaint(text: str, unfixable: tuple[str, ...]) -> None:
    assert read_asks(text).unfixable == unfixable


# A size change said to spoil another part is no way out ("I'd need to go up a size but then the shoulders would be
# huge" was offered the size down). Near misses: a way asked with something else kept.
SIZE_CHANGE_SPOILS = [
    ("Blouse gapes between the buttons over the chest. I'd need to go up a size but then the shoulders would be huge.",
     ("size_range",)),
    ("Le chemisier bâille à la poitrine. Il me faudrait la taille au-dessus, mais alors les épaules seraient trop "
     "larges.", ("size_range",)),
    ("Too tight across the chest, I need a size up but the same style please.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "unfixable"), SIZE_CHANGE_SPOILS)
def test_a_size_change_said_to_spoil_another_part_is_no_way_out(text: str, unfixable: tuple[str, ...]) -> None:
    assert read_asks(text).unfixable == unfixable


# The item itself asked again after a wrong one is a replacement ("send what I actually ordered", "I still want the blue
# one", "Return and resend please." were refunds). Near misses: money asked, a paper sent again, another size.
ITEM_ASKED_AGAIN = [
    ("What arrived is the same shirt in dark pink. I still want the blue one if you can send it before Friday.",
     ("replacement",)),
    ("This is a plain black dress in a 16. Please collect and send what I actually ordered.",
     ("collect", "replacement")),
    ("I got a men's coat in my parcel, size XL. I ordered a women's 10. Return and resend please.", ("replacement",)),
    ("Mauvais article. Envoyez-moi ce que j'ai commandé svp.", ("replacement",)),
    # ... or by its noun: « m'adresser rapidement les articles commandés », "send me the cushions I ordered"
    ("J'ai reçu deux coussins de voyage, référence 48210. Je vous prie de m'adresser rapidement les articles commandés "
     "et de m'indiquer comment vous retourner ceux-ci sans frais.", ("replacement",)),
    ("Faites-moi parvenir le modèle commandé, merci.", ("replacement",)),
    ("Wrong cushions came. Please send me the cushions I ordered.", ("replacement",)),
    ("Je vais renvoyer les articles commandés.", ()),
    ("Merci de m'envoyer la commande complète.", ()),
    # ... a part missing asked for by its noun is the part, not a new item; a paper is neither
    ("Please send me the batteries I ordered, they were missing from the box.", ("send_missing",)),
    ("The charger was missing. Please send me the charger I ordered.", ("send_missing",)),
    ("Only 2 of the 3 mugs arrived. Please send me the other mug I ordered.", ("send_missing",)),
    ("Il manque des pièces. Merci de m'envoyer les pièces commandées.", ("send_missing",)),
    ("Merci de m'envoyer les articles commandés manquants.", ("send_missing",)),
    ("Il manque un coussin, pouvez-vous m'envoyer le coussin commandé ?", ("send_missing",)),
    ("Please send me the tracking number I ordered with.", ()),
    ("Merci de m'envoyer la facture commandée.", ()),
    ("Pouvez-vous m'envoyer les étiquettes commandées ?", ()),
    ("I still want my money back.", ()),
    ("I still want the refund.", ()),
    ("Please resend the return label.", ()),
    ("I still want it, it's lovely, but it's too small.", ()),
    # what the customer resends, money, a size or a fit (all read a replacement)
    ("I had to resend my return because the first parcel came back to me.", ()),
    ("You asked me to resend the photos of the damage, here they are.", ()),
    ("I will resend the parcel tomorrow.", ()),
    ("Do not resend, refund only please.", ()),
    ("Please don't resend it, I just want a refund.", ()),
    ("No need to resend it, refund please.", ()),
    ("It doesn't work, so please resend it.", ("replacement",)),
    ("I still want the full amount back, including delivery.", ("refund_delivery",)),
    ("I still want the same dress but one size up.", ()),
    ("I still want the dress to fit, it's too small.", ()),
    ("Could you resend it please?", ("replacement",)),
    # the right one asked in other words: « m'adresser les bons rideaux », a wait for the right one offered
    ("Les rideaux reçus mesurent 180 cm. Je vous prie de m'adresser les bons rideaux.", ("replacement",)),
    ("Merci de me faire parvenir la bonne lampe.", ("replacement",)),
    ("I ordered the ochre and this is the teal. Happy to wait for the right colour to come through.",
     ("replacement",)),
    ("Wrong model. I'll wait for the correct one.", ("replacement",)),
    ("Merci de m'adresser le bon de retour.", ()),
    ("Pouvez-vous m'envoyer le bon de retour ?", ()),
    ("I can't wait for the right one to come back in stock, so refund please.", ()),
    # the item ordered still wanted after a wrong one came (review sheet 587 #39, #73: refunded, the wish unread)
    ("You sent me a kid's costume. Happy to post it back, but I'd still like my jacket, please.", ("replacement",)),
    ("Wrong parcel altogether, not my things. I'd like my actual order please.", ("replacement",)),
    ("I'd still like my refund, please.", ()),
    ("I'd still like my order cancelled, it's too late now.", ()),
    ("I'd still like the jacket in a bigger size.", ()),
    ("I'd like my original order refunded.", ()),
    # a service, a size, or a text that says no wrong item came
    ("I'd still like the exchange, please.", ()),
    ("Too small. I'd still like the 12, please.", ()),
    ("It's too small. I'd still like the dress, please, just a size up.", ()),
    ("Faulty zip. I'd still like the coat, please, can you repair it?", ()),
    ("I ordered a 10 and it's too small. I'd still like the dress, please.", ()),
    ("I ordered the wrong size. I'd still like the dress, please.", ()),
    ("I ordered navy and got black. I'd still like the navy, please.", ("replacement",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "requests"), ITEM_ASKED_AGAIN)
def test_the_item_asked_again_is_a_replacement(text: str, requests: tuple[str, ...]) -> None:
    assert read_asks(text).requests == requests


# Faults read by what the text says: a device the customer says they have is theirs ("won't connect with the laptop I
# already have" read a defect; "the TV it came with" is the item's own), a hard part that rocks or does not sit flat,
# a charge held only by hand are defects. Near misses: a collar that does not sit flat on the customer.
FAULTS_AS_SAID = [
    ("The headphones won't connect with the laptop I already have.", ()),
    ("The speaker won't connect to the phone I use every day, it's too old.", ()),
    ("The remote won't pair with the TV it came with.", ("defect",)),
    ("The camera won't pair with the parent unit.", ("defect",)),
    ("It won't connect to wifi.", ("defect",)),
    ("The lid of the casserole doesn't sit flat, it rocks on the rim.", ("defect",)),
    ("Le couvercle est bancal.", ("defect",)),
    ("The earbuds only charge in the case if I hold the lid down.", ("defect",)),
    ("The collar doesn't sit flat on me.", ()),
    ("This rug rocks! But too small.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), FAULTS_AS_SAID)
def test_faults_are_read_as_the_text_says_them(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# This round's own sentences beyond clothing: a crack or a dent told with a word of its size is damage ("The mirror
# arrived with a hairline crack in the corner" read nothing), a part too hot to touch is a heat hazard ("the charger
# ... gets so hot I can't touch the plug"). Near misses: a garment too hot to wear, an intact mirror.
OWN_SENTENCES_ROUND_21 = [
    ("The mirror arrived with a hairline crack in the corner, not sharp but visible.", "faults", ("damage",)),
    ("There's a tiny chip on the plate, I'd like to send it back.", "faults", ("damage",)),
    ("The mirror arrived intact, it is just too small.", "faults", ()),
    ("The charger that came with the tablet gets so hot I can't touch the plug.", "hazards", ("heat",)),
    ("The coat is so hot I can't wear it indoors.", "hazards", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), OWN_SENTENCES_ROUND_21)
def test_this_rounds_own_sentences_beyond_clothing(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# An exchange asked with its noun ("I'd like an exchange but not sure which size", "Please arrange an exchange") is an
# exchange asked. Near misses: one refused, the shop's exchange policy.
EXCHANGE_ASKED_AS_A_NOUN = [
    ("Too big. I'd like an exchange but not sure which size, maybe S or XS?", ("exchange",)),
    ("The sofa itself is lovely, it is the wrong hand. Please arrange an exchange.", ("exchange",)),
    ("Could I have an exchange instead of a refund?", ("exchange",)),
    ("I don't want an exchange, just a refund.", ()),
    ("I would not like an exchange.", ()),
    ("Do you have an exchange policy?", ()),
    # declined before the verb, or weighed against a refund (all read an exchange, drafted as noted and sent, the
    # refund only if the size is gone)
    ("No need to arrange an exchange, refund please.", ()),
    ("Can I get a refund rather than have an exchange?", ()),
    ("I'd rather get a refund than get an exchange.", ()),
    ("I'd like to arrange an exchange for a size 12.", ("exchange",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "requests"), EXCHANGE_ASKED_AS_A_NOUN)
def test_an_exchange_asked_as_a_noun_is_read(text: str, requests: tuple[str, ...]) -> None:
    assert read_asks(text).requests == requests


# A strap, band or waistband loose on its tightest hole or setting, or loose so the foot or body moves in it, is fit,
# no fault ("even on the tightest hole the ankle strap is loose, so my foot slides forward" read a defect). Near
# misses: a strap loose where its stitching came away, a loose buckle, a loose thread.
LOOSE_ON_THE_BODY = [
    ("Even on the tightest hole the ankle strap is loose, so my foot slides forward.", ()),
    ("The strap is loose even on the tightest hole.", ()),
    ("The waistband is loose on the smallest setting.", ()),
    ("The ankle strap is loose, so my heel slips out when I walk.", ()),
    ("The watch band is loose and my wrist moves around in it.", ()),
    ("The strap is loose where the stitching came away.", ("defect",)),
    ("The buckle is loose.", ("defect",)),
    ("The strap is loose.", ("defect",)),
    # sheet 571 #4: what lifts off the wrist on the last notch is fit (« le capteur cardio décolle » read damage, and
    # the draft apologised and reviewed a return past its window); a sole come unstuck is damage
    ("Bracelet trop grand : même au dernier cran, la montre tourne et glisse et le capteur décolle.", ()),
    ("Au dernier cran le bracelet est encore large. Et la semelle se décolle déjà.", ("damage",)),
    ("Au dernier cran la boucle s'est cassée net, du coup la montre bouge.", ("damage",)),
    ("La semelle est décollée à l'avant.", ("damage",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), LOOSE_ON_THE_BODY)
def test_a_strap_loose_on_the_body_is_fit_not_a_fault(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# An ask word typed one slip off is the ask ("exchaneg for 38 please!" read no exchange and no size; « échagner contre
# la taille 42 », "I'd like a replacemnet", « un remlacement »). Near misses: the words one slip away that are words of
# their own (« emplacement », « pièce de rechange », "change", "exchanged").
ASK_WORDS_MISTYPED = [
    ("I went with my usual size, exchaneg for 38 please!", "wanted_size", "38"),
    ("Can I exhcange for a 40?", "requests", ("exchange",)),
    ("Didn't fit. Exchnage for one size smaller please.", "requests", ("exchange",)),
    ("J'aimerais échagner contre la taille 42.", "wanted_size", "42"),
    ("Trop petit. Echnage svp.", "requests", ("exchange",)),
    ("The stitching on the strap is coming apart! I'd love a replacemnet", "requests", ("replacement",)),
    ("Il y a une entaille sur le côté. J'aimerais un remlacement...", "requests", ("replacement",)),
    ("Le prix a baissé, je voudrais un rembourssement de la différence.", "requests", ("refund_difference",)),
    ("Where is my refud?", "requests", ("refund_awaited",)),
    ("The strap broke. I exchanged one last year and it broke too.", "requests", ()),
    ("Il me faut une pièce de rechange pour le couvercle.", "requests", ()),
    ("Je ne trouve pas l'emplacement de la pile.", "requests", ()),
    ("I'd like to change the delivery address.", "requests", ()),
    # a heat exchanger (« échangeur ») is no exchange nor its fault a replacement asked
    ("L'échangeur thermique fait un bruit énorme.", "requests", ()),
    ("Le sèche-linge fuit au niveau de l'échangeur, il faut le réparer.", "requests", ()),
    ("L'échangeur de la VMC est fissuré, je voudrais être remboursée.", "requests", ()),
    # ... and a fault word ("Lamp arrived craked" read no damage); not a word of its own ("tracked")
    ("Lamp arrived craked", "faults", ("damage",)),
    ("They were damaed in transit. I'd like a replacement.", "faults", ("damage",)),
    ("Receiived the single instead of the double.", "faults", ("shop_mistake",)),
    ("The parcel was tracked all the way, the lamp works.", "faults", ()),
    ("The mug arived chiped.", "faults", ("damage",)),
    ("Pars mising.", "faults", ("missing_part",)),
    ("It is fauly.", "faults", ("defect",)),
    ("Shipped quickly, it's my own fault, I ordered the wrong one.", "faults", ()),
    # ... nor a town ("I live in Staines" read a stain)
    ("I live in Staines. The dress is too small.", "faults", ()),
    ("Delivered to my mum in Staines, she says it is too tight", "faults", ()),
    ("Sent to Staines, it came staned.", "faults", ("stain",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), ASK_WORDS_MISTYPED)
def test_an_ask_word_typed_one_slip_off_is_the_ask(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# A change from the size had to the one wanted is the one wanted ("Please exchange size 8 for size 9", "change from M
# to L", « passer du 38 au 40 », "size 42 -> 44" read no size), and so is the size asked after "this" ("Can I swap this
# for the size 8?"). Near misses: a change made, a range worn, a measure, a count.
SIZE_CHANGED_FROM_TO = [
    ("Can I swap this for the size 8? The 10 gapes at the waist.", "wanted_size", "8"),
    ("Please exchange size 8 for size 9.", "wanted_size", "9"),
    ("Can you exchange size 8 to 9", "wanted_size", "9"),
    ("Exchange from 38 to 40 please.", "wanted_size", "40"),
    ("I'd like to change from size M to L.", "wanted_size", "L"),
    ("Too tight. Size 42 -> 44 please.", "wanted_size", "44"),
    ("Trop petit, taille 38 → 40 svp.", "wanted_size", "40"),
    ("Je souhaite passer du 38 au 40.", "wanted_size", "40"),
    ("Je souhaiterais échanger la taille 38 contre la taille 40.", "wanted_size", "40"),
    ("Pouvez-vous l'échanger du M au L ?", "wanted_size", "L"),
    ("These run small, so I sized up from a 6 to a 7, still too tight.", "wanted_size", None),
    ("I changed from a 38 to a 40 last time and it fit.", "wanted_size", None),
    ("Je suis donc passée du 38 au 40 pour cette robe, toujours trop petite.", "wanted_size", None),
    ("Je fais du 38 au 40 selon les marques.", "wanted_size", None),
    ("The seat height adjusts from 40 to 55cm.", "wanted_size", None),
    ("Could I swap 2 for 3 pillows?", "wanted_size", None),
    # a size in one digit with no word before it, the change closing the ask ("Exchange 8 for 9 pls", "9 instead of 8
    # please", "12 plz" read nothing); not a count ("change 2 for 3 items", "got 2 instead of 3")
    ("Exchange 8 for 9 pls", "requests", ("exchange",)),
    ("Size 10 too small. 12 plz.", "wanted_size", "12"),
    ("Échanger le 8 contre un 9 svp", "wanted_size", "9"),
    ("Je voudrais changer 2 contre 3 articles.", "wanted_size", None),
    ("Ordered 3, got 2 instead of 3.", "wanted_size", None),
    # ... and alone after a size in one digit said not to fit ("Trainers size 7 too small. 8 plz" read no 8); not a
    # count after a size that fits
    ("Trainers size 7 too small. 8 plz", "wanted_size", "8"),
    ("Pointure 7 trop petite, 8 svp", "wanted_size", "8"),
    ("Size 7 fits fine. 2 please, I want another pair", "wanted_size", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), SIZE_CHANGED_FROM_TO)
def test_a_size_changed_from_one_to_another_is_the_one_wanted(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# ... the numbers in one digit of the change, said bare, sizes only of an item sized: by its category, else by a size or
# fit word ("Swap 2 for 3 please" read a size 3 of anything); one a word announces as a size is one
BARE_DIGITS_CHANGED = [
    ("Exchange 8 for 9 pls", "shoes", "wanted_size", "9"),
    ("9 instead of 8 please", "dresses", "wanted_size", "9"),
    ("9 instead of 8 please", "dresses", "rejected_sizes", ("8",)),
    ("Too small. Exchange 8 for 9 pls", None, "wanted_size", "9"),
    ("Swap 2 for 3 please", "bedding", "wanted_size", None),
    ("Swap 2 for 3 please", None, "wanted_size", None),
    ("2 instead of 1 please", None, "wanted_size", None),
    ("Exchange 8 for 9 pls", "kitchen", "wanted_size", None),
    ("Échanger le 8 contre un 9 svp", "kitchen", "wanted_size", "9"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "field", "value"), BARE_DIGITS_CHANGED)
def test_bare_digits_changed_are_sizes_only_of_an_item_sized(
    text: str, category: str | None, field: str, value: object
) -> None:
    assert getattr(read_asks(text, category=category), field) == value


# A parcel that never came or came empty, said in few words, is no return ("My parcel never came.", "Order never
# arrived. Tracking says delivered.", "Parcel didnt arrive", "Empty box, nothing inside", « Colis vide ! » read
# nothing). Near misses: a return not yet at the warehouse, a late parcel, a parcel that came without a part (read a
# parcel not received before), the box an item came in.
PARCEL_NEVER_CAME_OR_EMPTY = [
    ("My parcel never came.", ("not_received",)),
    ("Order never arrived. Tracking says delivered.", ("not_received",)),
    ("Parcel didnt arrive", ("not_received",)),
    ("My order hasnt arrived yet", ("not_received",)),
    ("Still havent received my order, its been 3 weeks", ("not_received",)),
    ("Order not received.", ("not_received",)),
    ("Empty box, nothing inside", ("empty_parcel",)),
    ("Colis vide !", ("empty_parcel",)),
    ("Boîte vide à l'ouverture.", ("empty_parcel",)),
    ("The item I returned has not arrived at your warehouse yet.", ()),
    ("Parcel didn't arrive until the 19th, too late for the party.", ()),
    ("The order hasn't come with the instructions.", ()),
    ("Happy to send a photo of the empty box.", ()),
    ("Le carton vide était écrasé, la lampe est cassée.", ("damage",)),
    # a parcel that came, but apart, not as ordered, elsewhere first or in part; an empty box with something in it
    ("Package didn't arrive in one piece, the lamp is broken.", ("damage",)),
    ("Order not received as described, the colour is different.", ()),
    ("Order not delivered to the right address at first, but it came in the end. Wrong size though.", ()),
    ("Delivery hasn't arrived yet for the second item, the first one is too small.", ()),
    ("Order not delivered in full, one item missing.", ("missing_part",)),
    ("Empty box with just the charger, the headphones are missing.", ("missing_part",)),
    ("Colis vide de protection, le vase est arrivé cassé.", ("damage",)),
    # ... with "it", the item's name or the parcel opened ("It never showed up", "havent recieved it", "charged twice
    # and the shoes never arrived!!!", "Opened the parcel and there was nothing in it!", « Il n'y avait rien dans le
    # colis » read nothing); not a light that never came on, a refund or a person awaited, a part looked for
    ("It never showed up", ("not_received",)),
    ("My parcel never turned up.", ("not_received",)),
    ("havent recieved it", ("not_received",)),
    ("Outrageous! Charged twice and the shoes never arrived!!!", ("not_received",)),
    ("Opened the parcel and there was nothing in it!", ("empty_parcel",)),
    ("Il n'y avait rien dans le colis.", ("empty_parcel",)),
    ("It never came on.", ("defect",)),
    ("I sent it back two weeks ago. The refund never arrived.", ()),
    ("Sent it back on the 2nd, refund promised in 5 days. Never arrived.", ()),
    ("Money back was promised. Never arrived.", ()),
    ("Never arrived. Refund please.", ("not_received",)),
    ("My son never came to pick it up.", ()),
    ("Opened the box, there was nothing in it but the charger, the headphones are missing.", ("missing_part",)),
    ("Le couteau à pain manque: la fente est vide et il n'y a rien dans le carton.", ("missing_part",)),
    ("La notice n'y est pas. Rien dans le carton non plus.", ()),
    ("Jamais reçu.", ("not_received",)),
    ("Je ne l'ai jamais reçu.", ("not_received",)),
    ("Ils ne sont jamais arrivés.", ("not_received",)),
    # ... not a part, a paper, a return, an exchange or a person that never came, nor with something else come
    ("The dress came but the matching belt never arrived.", ()),
    ("Love the coat but the hood never arrived.", ()),
    ("The batteries never arrived.", ()),
    ("The instructions never came.", ()),
    ("The warranty card never came.", ()),
    ("My exchange never arrived.", ()),
    ("The assembly guy never came, can't build it.", ()),
    ("Arranged a return for Tuesday, they never came.", ()),
    ("La lampe est arrivée cassée, le colis de retour ? Jamais reçu.", ("damage",)),
    # ... and come by now ("now it arrived and I don't need it" read a parcel not received)
    ("Delivery never came, so I bought one in town; now it arrived and I don't need it.", ()),
    ("Mon colis n'est jamais arrivé, il est arrivé entre-temps mais je n'en ai plus besoin.", ()),
    ("My order never arrived. It eventually turned up but I don't need it now.", ()),
    ("My parcel never came, and now it's too late for the party.", ("not_received",)),
    ("The order never came. Now the email has come saying it was delivered, it wasn't.", ("not_received",)),
    ("Mon colis n'est jamais arrivé. Le mail de livraison est arrivé quand même.", ("not_received",)),
    # ... nor with what the tracking says came, or a charge got ("It never showed up, tracking says delivered." read
    # nothing: "delivered" was taken for the item come)
    ("It never showed up, tracking says delivered.", ("not_received",)),
    ("It never came. Tracking shows delivered!!", ("not_received",)),
    ("It never arrived, I got charged though.", ("not_received",)),
    ("Jamais reçu, le suivi dit livré.", ("not_received",)),
    ("The coat arrived but the scarf never came.", ()),
    ("I got the coat, the scarf never arrived.", ()),
    # ... nor with something else told after "and" ("They never arrived and I was charged twice!!!" read nothing)
    ("They never arrived and I was charged twice!!!", ("not_received",)),
    ("never received them and was charged twice", ("not_received",)),
    ("Ils ne sont jamais arrivés et j'ai été débitée deux fois !!!", ("not_received",)),
    ("They never arrived and the refund never came either", ()),
    ("The coat arrived and the scarf never came.", ()),
    # ... but one who "never came and took it away" or "never came but I waited in all day" is a person, a visit for a
    # collection (read a parcel not received)
    ("They never came and took it away", ()),
    ("They never came and picked it up", ()),
    ("They never came but I waited in all day", ()),
    ("Ils ne sont jamais venus et je l'ai toujours.", ()),
    ("They never came.", ("not_received",)),
    # ... nor with a promise got in writing, nor a cause told of the parcel (each read nothing); near misses: a person
    # who never came, a light that never came on
    ("I've got it in writing that it would come Monday, it never arrived.", ("not_received",)),
    ("It never came because it doesn't fit through my letterbox apparently.", ("not_received",)),
    ("It never came because they sent it to the wrong address.", ("not_received",)),
    ("The engineer never came because he was ill.", ()),
    ("I got it today. It never came on though, the light is dead.", ("defect",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), PARCEL_NEVER_CAME_OR_EMPTY)
def test_a_parcel_that_never_came_or_came_empty_in_few_words_is_read(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# The shop asked to tell the carrier: the carrier is the telling verb's object ("could you mention it to the courier?",
# « prévenez le livreur »); not the subject of what follows ("raise a return so the courier can collect it" read a
# carrier to tell), nor "let me know" of a collection.
CARRIER_TOLD = [
    ("Could you tell the driver?", ("tell_carrier",)),
    ("Please let the courier know, the box was crushed.", ("tell_carrier",)),
    ("Prévenez le livreur svp.", ("tell_carrier",)),
    ("Signalez-le au transporteur svp.", ("tell_carrier",)),
    ("Too small. Can you raise a return so the courier can collect it on Friday?", ("collect",)),
    ("Pouvez-vous organiser un retour pour que le transporteur passe vendredi ?", ()),
    ("Could you let me know if the courier can collect it?", ("collect",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "requests"), CARRIER_TOLD)
def test_the_carrier_is_told_only_as_the_telling_verbs_object(text: str, requests: tuple[str, ...]) -> None:
    assert read_asks(text).requests == requests


# A parcel said delivered, in either order, then shown not come by what the customer saw at the door ("'Delivered' says
# the app. Ring doorbell footage shows nobody came." read a late parcel to send back). Near misses: a parcel said
# delivered that did come, and a person who never came to collect a return.
SAID_DELIVERED_NOBODY_CAME = [
    ("Been checking the porch every day. 'Delivered' says the app. Ring doorbell footage shows nobody came. Not happy.",
     ("not_received",)),
    ("Tracking says delivered. Nothing on the doorstep and no card.", ("not_received",)),
    ('The email says "delivered" and there is no parcel anywhere.', ("not_received",)),
    ("Le suivi indique « livré » depuis lundi. La caméra de la sonnette montre que personne n'est venu. Pas content.",
     ("not_received",)),
    ("Livré selon le suivi, mais aucun colis devant ma porte.", ("not_received",)),
    ("Tracking says delivered, it arrived with a dent in the lid. Nobody came to collect the return though.",
     ("damage",)),
    ("Le suivi indique livré, il est trop petit. Personne n'est venu chercher le retour.", ()),
    ("Le suivi indique livré, je l'ai bien reçu mais il est trop petit.", ()),
    ("Nobody came to collect it on Monday.", ()),
    # ... the parcel looked for where the clause ends or names where, not a thing the parcel lacked; and one got after
    # all
    ("Tracking says delivered. No parcel.", ("not_received",)),
    ("Le suivi dit livré. Pas de colis.", ("not_received",)),
    ("Tracking says delivered. No parcel tape on the box, it was open when I got it and the belt is missing.",
     ("missing_part",)),
    ("Le suivi indique livré. Pas de colis abîmé mais la ceinture manque.", ("missing_part",)),
    ("Tracking says delivered but nobody came. When I got it two days later the box was open and the belt is missing.",
     ("missing_part",)),
    ("The app said delivered, nobody came. Got it next day, too small.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), SAID_DELIVERED_NOBODY_CAME)
def test_a_parcel_said_delivered_that_nobody_brought_is_not_received(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# A parcel said handed over in person or signed for, then denied by the one it was said handed to (« le colis a été
# "remis en main propre" d'après vous. Pas dans mes mains » read nothing, and the draft asked for an appliance never
# had to be sent back). Near misses: a return the customer handed to a courier, a parcel signed for that did come.
SAID_HANDED_OVER_DENIED = [
    ("Bonjour, le colis a été « remis en main propre » d'après le suivi. Pas dans mes mains, en tout cas.",
     ("not_received",)),
    ("« Remis au destinataire » selon le transporteur, mais personne ne m'a rien remis.", ("not_received",)),
    ("Le livreur dit l'avoir remis en mains propres. Je n'ai jamais rien signé.", ("not_received",)),
    ("The tracking says it was handed to me in person. Well, not into my hands.", ("not_received",)),
    ("'Signed for' according to your email. I never signed for anything and nobody rang.", ("not_received",)),
    ("Je l'ai remis en main propre au livreur lundi, j'attends le remboursement.", ()),
    ("I handed it over in person at the depot on Monday.", ()),
    ("Signed for it on Monday and the zip was already broken.", ("damage", "defect")),
    ("Remis en main propre par le livreur, mais il est trop petit.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), SAID_HANDED_OVER_DENIED)
def test_a_parcel_said_handed_over_that_the_customer_denies_having_is_not_received(
    text: str, faults: tuple[str, ...]
) -> None:
    assert read_asks(text).faults == faults


# A parcel said delivered, then flatly denied in a sentence of its own ("The shoes were 'delivered' according to you.
# They were not." read a late parcel, and the draft asked for shoes never had to be sent back). Near misses: a denial
# that goes on, and a parcel that came on another day.
SAID_DELIVERED_DENIED = [
    ("The boots were 'delivered' according to your email. They were not. I was home all day.", ("not_received",)),
    ("Tracking says delivered. It wasn't.", ("not_received",)),
    ("Le suivi indique « livré ». Ce n'est pas le cas.", ("not_received",)),
    ("Livré d'après le site. Il ne l'a pas été. Je n'ai rien vu.", ("not_received",)),
    ("Tracking says delivered, it was not in one piece, the box was crushed.", ("damage",)),
    ("Delivered says the app, not true, I found it at my neighbour's and it's the wrong colour.", ()),
    ("Tracking says delivered on the 3rd. It was not! It came on the 5th, too late for the party.", ()),
    ("Le suivi dit livré. C'est faux. Il est finalement arrivé deux jours après, trop tard.", ()),
    # the time denied, not the delivery
    ("Tracking says delivered on time. It was not. It was three days late and I missed the wedding.", ()),
    ("Tracking says delivered on time. It was not.", ()),
    ("Tracking says delivered. It was not. It was two days late.", ()),
    ("Le suivi dit livré à l'heure. C'est faux.", ()),
    # ... and the time it took told next
    ("The website says delivered in 2-3 days. It wasn't. Took two weeks.", ()),
    ("Le site dit livré en 48h. C'est faux. Il a mis dix jours.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), SAID_DELIVERED_DENIED)
def test_a_parcel_said_delivered_that_the_customer_flatly_denies_is_not_received(
    text: str, faults: tuple[str, ...]
) -> None:
    assert read_asks(text).faults == faults


# A bigger or smaller size said not to be wanted is no way asked ("I don't need a bigger size, I need a refund, the
# seams are coming apart" read a size up, « Je ne veux pas une taille au-dessus » the same), nor a sign that no size
# fits. Near misses: a way asked after one not wanted, a way asked plainly.
WAY_NOT_WANTED = [
    ("I don't need a bigger size, I need a refund, the seams are coming apart.", "size_direction", None),
    ("I don't want a smaller size, just my money back.", "size_direction", None),
    ("I dont want to size up, refund please.", "size_direction", None),
    ("No need for a bigger size, it's faulty.", "size_direction", None),
    ("Je ne veux pas une taille au-dessus, je veux être remboursée.", "size_direction", None),
    ("Je n'ai pas besoin d'une taille plus grande, juste un remboursement.", "size_direction", None),
    ("Pas besoin d'une taille en dessous, remboursez-moi.", "size_direction", None),
    ("I don't want a smaller size, just my money back.", "unfixable", ()),
    ("I don't want a bigger size, I want a smaller one.", "size_direction", "down"),
    ("Too small, I need a bigger size.", "size_direction", "up"),
    ("Trop petit, il me faut une taille au-dessus.", "size_direction", "up"),
    # ... said not wanted with "I don't think", or "not" alone, before the way asked ("I don't think I need a bigger
    # size, maybe one size down" read up); a way asked after a doubt of the fit still is one
    ("I don't think I need a bigger size, maybe one size down", "size_direction", "down"),
    ("I dont think i need a bigger one, a smaller one please", "size_direction", "down"),
    ("Not a bigger size, a smaller one please.", "size_direction", "down"),
    ("Je ne pense pas avoir besoin d'une taille au-dessus, plutôt une taille en dessous.", "size_direction", "down"),
    ("je pense pas avoir besoin d une taille au dessus, plutot une taille en dessous", "size_direction", "down"),
    ("Pas besoin d une taille en dessous, remboursez-moi.", "size_direction", None),
    ("I don't think a bigger size would help, maybe a smaller one.", "size_direction", None),
    ("Pas une taille au-dessus, une taille en dessous svp", "size_direction", "down"),
    ("Je ne pense pas qu'une taille au-dessus ira, plutôt une taille en dessous", "size_direction", "down"),
    ("Il n'y a pas une taille au-dessus ?", "size_direction", "up"),
    ("I don't think it fits, I need a bigger size.", "size_direction", "up"),
    # ... and the way said right after the one set aside, alone ("Not a smaller size, a bigger one!" read no way); not
    # a way said alone elsewhere
    ("Not a smaller size, a bigger one!", "size_direction", "up"),
    ("Not the bigger size, the smaller one", "size_direction", "down"),
    ("Love the colour, the bigger one.", "size_direction", None),
    ("Not a bigger size. A refund please, the smaller one was fine.", "size_direction", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field", "value"), WAY_NOT_WANTED)
def test_a_way_said_not_to_be_wanted_is_no_way_asked(text: str, field: str, value: object) -> None:
    assert getattr(read_asks(text), field) == value


# A size asked as whether the shop has the item in it is the size wanted ("Do you have it in a 14?", « Vous l'avez en
# 40 ? », « Est-ce possible de l'avoir en 40 ? » read no size). Near misses: a colour, a stock, a code, a time.
SIZE_ASKED_IF_THE_SHOP_HAS_IT = [
    ("Too small. Do you have it in a 14?", "14"),
    ("Have you got it in a 14?", "14"),
    ("Do you have these in a 42?", "42"),
    ("Trop petit. Vous l'avez en 40 ?", "40"),
    ("Vous les avez en 39 ?", "39"),
    ("Est-ce possible de l'avoir en 40 ?", "40"),
    ("Pouvez-vous me l'envoyer en 40 ?", "40"),
    ("Do you have it in blue?", None),
    ("Do you have it in stock?", None),
    ("Do you have a 10% code?", None),
    ("Possible de l'avoir en 24 heures ?", None),
    ("Vous l'avez en bleu ?", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), SIZE_ASKED_IF_THE_SHOP_HAS_IT)
def test_a_size_asked_if_the_shop_has_the_item_in_it_is_wanted(text: str, wanted: str | None) -> None:
    assert read_asks(text).wanted_size == wanted


# A device that will not connect to or pair with the customer's phone is faulty ("The headphones don't pair with my
# phone" read nothing), unless the text says it is not made to work with it ("not compatible with Android by design"
# read a defect). Near misses: a fault besides the incompatibility stays, a device told as theirs stays no fault.
CONNECTS_NOT = [
    ("The headphones don't pair with my phone.", ("defect",)),
    ("The speaker won't connect with my laptop.", ("defect",)),
    ("It won't connect to my phone.", ("defect",)),
    ("Ne se connecte pas à mon téléphone.", ("defect",)),
    ("It won't connect to my phone, it's not compatible with Android by design.", ()),
    ("Doesn't pair with my phone, it only works with iPhone.", ()),
    ("Ne se connecte pas à mon téléphone, il n'est pas compatible avec Android.", ()),
    ("The speaker won't connect to my laptop and the casing is cracked. Apparently it's not compatible.", ("damage",)),
    ("The earbuds keep cutting out and won't connect, not compatible they say.", ("defect",)),
    ("The headphones won't connect with the laptop I already have.", ()),
    # a look that does not go with the customer's clothes is no connection; a battery's charge or heavy use is no
    # incompatibility
    ("These earrings don't pair with my dress at all.", ()),
    ("The bag doesn't pair with my outfits, colour is off.", ()),
    ("Shoes don't pair with my suit, returning.", ()),
    ("La batterie ne prend pas la charge et l'enceinte ne se connecte plus à mon téléphone.", ("defect",)),
    ("Won't connect to my phone. The battery doesn't hold charge either, not designed for heavy use I guess.",
     ("defect",)),
    ("Not designed for Android, so it won't pair with my phone.", ()),
    ("L'application ne prend pas en charge mon téléphone, il ne se connecte pas.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), CONNECTS_NOT)
def test_a_device_that_will_not_connect_is_faulty_unless_not_made_to(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# A size further asked by going that way ("I'll go up a size" read no way), not a habit ("I usually go up a size") nor
# a size further negated ("I don't really need bigger" read up).
SIZE_WAY_GONE = [
    ("Too small. I'll go up a size.", "up"),
    ("Going down one size please.", "down"),
    ("I need one size up.", "up"),
    ("Trop petit, je prends la taille au-dessus.", "up"),
    ("I usually go up a size in this brand but these are huge.", None),
    # advice followed is no way asked: often the wrong way for the fit complaint
    ("I was told to go up a size in this brand so I ordered the 12. Now it's huge.", None),
    ("You recommend going down a size, I followed that and it's too tight.", None),
    ("Size guide says to go down one size for a relaxed fit. Way too tight.", None),
    ("Reviews said to go up a size, which I did, and it's still too small.", None),
    ("Everyone says go up a size with these. I did and they're still tight.", None),
    ("I'd have to go up a size for the hips but then the waist would be huge.", None),
    ("I need to go up a size. So unfortunately it has to go back.", "up"),
    ("Le guide conseille de prendre une taille au-dessus, ce que j'ai fait, et c'est encore petit.", None),
    # ... said "size up" or "a size up" after the advice word as well
    ("The guide said to size up, which I did, and it's still small.", None),
    ("The size chart said to size up if you're between sizes, so I ordered the L rather than my usual M.", None),
    ("I was told a size up would fit, it doesn't.", None),
    ("The reviews said it runs small, so please send a size up.", "up"),
    ("I'd say a size up would be right.", "up"),
    ("I went up a size and it's still small.", None),
    ("I don't really need bigger, the length is the problem.", None),
    ("Need bigger.", "up"),
    # advice to other shoppers of a build is no way asked (sheet 563 #16: the draft promised an S coat to a customer
    # who returned it "quand même"); a size asked "if you have one" in stock is
    ("4 étoiles pour la chaleur et la qualité, mais retour quand même: beaucoup trop ample pour moi, les manches "
     "cachent mes mains. Prenez une taille en dessous si vous êtes fine.", None),
    ("Lovely fabric but size down if you're petite. Sending it back.", None),
    ("Go up a size if you have broad shoulders. Returning mine.", None),
    ("Too big. Can I go a size down if you have one?", "down"),
    ("Une taille en dessous svp, si vous l'avez.", "down"),
    # ... nor a fit or stock the shop is asked for: "if you have" names no build
    ("Please send a size up if you have wide fit.", "up"),
    ("Next size down please if you have petite.", "down"),
    ("Too big, I'd like the size down if you've got narrow ones.", "down"),
    ("Exchange for a size up please, or a refund if you are short of stock.", "up"),
    # ... nor a way told to the review's readers (sheet 571 #56: « Prenez une taille au-dessus. » was read as an L
    # asked, and the draft refunded only "if that size is no longer available"); it still says which way the item runs
    # for the next size or an exchange asked with no size. A way asked of the shop is read.
    ("3 étoiles parce que le coton est doux, mais bon, je le retourne: il est trop juste aux aisselles et il remonte "
     "sur le ventre. Prenez une taille au-dessus.", None),
    ("Order a size smaller than usual! Far too roomy across the chest.", None),
    ("Take a size down, they run big. Returning for a refund.", None),
    ("Prenez une taille de plus que d'habitude. Il me faudrait la taille d'après.", "up"),
    ("Order one size up from your normal. Can I exchange it?", "up"),
    ("Please order me a size up.", "up"),
    ("Too small. Order a size up for me please.", "up"),
    ("Échange : prenez une taille au-dessus pour moi, merci.", "up"),
    ("Trop grand. Pouvez-vous m'envoyer une taille en dessous ?", "down"),
    # half a size asked in French (sheet 571 #68: « À échanger contre une demi-pointure en moins. » got "another size,
    # colour or version"); not how the item runs
    ("À échanger contre une demi-pointure en moins.", "down"),
    ("Les orteils touchent, il me faudrait une demi-pointure de plus.", "up"),
    ("Ces baskets taillent une demi-pointure au-dessus.", None),
    ("Elles sont trop grandes d'une demi-pointure.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "direction"), SIZE_WAY_GONE)
def test_a_size_further_asked_by_going_that_way_is_read(text: str, direction: str | None) -> None:
    assert read_asks(text).size_direction == direction


# Fewer came than were ordered: a part missing, not a size ordered ("Ordered 12, only 10 in the box" read a size 12
# had, which a fit reason answered with a size 14). Near misses: a time, a size that does not fit.
COUNT_SHORT = [
    ("Ordered 12, only 10 in the box.", ("missing_part",), None),
    ("Ordered a pack of 6, only 5 were in the box.", ("missing_part",), None),
    ("Bought 6 and only 4 arrived.", ("missing_part",), None),
    ("J'en ai commandé 12, il n'y en avait que 10 dans le carton.", ("missing_part",), None),
    ("Ordered 2 weeks ago, only 3 days left to return.", (), None),
    ("17 inch neck, ordered 17, can't do the top button.", (), '17"'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults", "ordered"), COUNT_SHORT)
def test_fewer_items_than_ordered_is_a_part_missing_not_a_size(
    text: str, faults: tuple[str, ...], ordered: str | None
) -> None:
    asks = read_asks(text)
    assert (asks.faults, asks.ordered_size) == (faults, ordered)


# A collection that did not come, said with its collection ("the courier never came to collect it" read nothing), is a
# collection still to arrange, and a message that only tells of it says nothing of the item. Near misses: a courier
# alone, who as often never delivered, a « livreur » alone, who delivers, an order still awaited, a shop's "new
# collection", a parcel that never arrived or is still awaited.
COLLECTION_MISSED = [
    ("Le livreur n'est jamais venu chercher le colis.", ("collect",), (), True),
    ("I waited in all day for the courier to collect it, he never came.", ("collect",), (), True),
    ("DPD never turned up to collect it.", ("collect",), (), True),
    ("L'enlèvement n'a jamais eu lieu.", ("collect",), (), True),
    ("The courier never came to collect the dress and the zip is broken.", ("collect",), ("damage", "defect"), False),
    ("Franchement je suis furieuse, le livreur n'est jamais venu.", (), ("not_received",), False),
    ("The courier never came.", (), (), False),
    # a day waited in for a courier is the customer at home for a collection
    ("Frankly I'm furious. I waited in all day for a courier who never came.", ("collect",), (), True),
    ("The DHL driver never came, still waiting for my order.", (), ("not_received",), False),
    ("Le livreur n'est jamais venu, j'attends toujours ma commande.", (), ("not_received",), False),
    ("The new autumn collection never came in my size so I bought this, but it's too big.", (), (), False),
    ("Le livreur n'est jamais venu, je n'ai toujours pas reçu ma commande.", (), ("not_received",), False),
    ("My parcel never arrived, the courier never came.", (), ("not_received",), False),
    # ... in French, in SMS, after a collection booked; not with the item itself still awaited
    ("J'ai attendu toute la journée le livreur qui n'est jamais venu.", ("collect",), (), True),
    ("waited in all day for courier never came", ("collect",), (), True),
    ("I booked a collection and waited in all day, nobody came.", ("collect",), (), True),
    ("I waited all day for the driver who never turned up, still no sofa.", (), (), False),
    ("The courier never came to collect the return. Still no idea when they will.", ("collect",), (), True),
    ("Le transporteur n'est jamais venu le chercher, toujours pas de passage.", ("collect",), (), True),
    ("Le livreur n'est pas venu le récupérer, toujours pas de rdv.", ("collect",), (), True),
    ("DPD never turned up to collect it. Still no sign of him.", ("collect",), (), True),
    ("The courier never came to collect it. Still no update from you!", ("collect",), (), True),
    ("The courier never came to collect it. Still no courier today either.", ("collect",), (), True),
    # ... nor a delivery waited in for, or its « livreur », who never came ("I waited in all day for my delivery, the
    # courier never came." read nothing): the order never came
    ("I waited in all day for my delivery, the courier never came.", (), ("not_received",), False),
    ("Stayed in all day for the delivery and the driver never showed up", (), ("not_received",), False),
    ("J'ai attendu toute la journée ma livraison, le livreur n'est jamais venu.", (), ("not_received",), False),
    ("franchement je suis furieuse le livreur est jamais venu", (), ("not_received",), False),
    ("The delivery driver never turned up. Furious.", (), ("not_received",), False),
    ("I waited weeks for my order and the belt never arrived.", (), (), False),
    ("J'ai demandé un retour, le livreur n'est jamais venu.", (), (), False),
    ("Le livreur n'est jamais venu, finalement il est arrivé le lendemain.", (), (), False),
    # ... « jamais » without its verb (SMS); not a day the « livreur » missed
    ("livreur jamais venu", (), ("not_received",), False),
    ("Le livreur n'est pas venu hier, il est passé ce matin. Trop grand.", (), (), False),
    # ... nor one who never came to the door and left the parcel somewhere: the customer has it
    ("The postman never came to the door, he left it in the bin. The jumper is too small.", (), (), False),
    ("The postman didn't come to the door, left it with a neighbour. Too big.", (), (), False),
    ("The postman never knocked, left it in the porch. Too small.", (), (), False),
    ("The delivery driver never came, still no parcel.", (), ("not_received",), False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "requests", "faults", "contact_only"), COLLECTION_MISSED)
def test_a_collection_that_did_not_come_is_one_to_arrange(
    text: str, requests: tuple[str, ...], faults: tuple[str, ...], contact_only: bool
) -> None:
    asks = read_asks(text)
    assert (asks.requests, asks.faults, asks.contact_only) == (requests, faults, contact_only)


# An exchange refused by the word just before it is no exchange asked ("No exchange please, just refund me", « Pas
# d'échange svp, remboursement » read one). Near misses: an exchange asked after a "no" said of something else, or
# asked plainly.
EXCHANGE_REFUSED_BY_NO = [
    ("No exchange please, just refund me.", ()),
    ("No exchange for me, I'd rather have my money back.", ()),
    ("Pas d'échange svp, remboursement.", ()),
    ("Sans échange svp, juste le remboursement.", ()),
    ("There's no exchange button on the site, can I exchange it for a 12?", ("exchange",)),
    ("Échange svp.", ("exchange",)),
    ("Exchange please, no refund.", ("exchange",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "requests"), EXCHANGE_REFUSED_BY_NO)
def test_an_exchange_refused_by_the_word_before_it_is_no_exchange_asked(text: str, requests: tuple[str, ...]) -> None:
    assert read_asks(text).requests == requests


# An exchange asked in a size with the noun (« Je souhaite un échange en 40 », « Échange en taille M svp » read no
# exchange, the first no size). Near misses: a time, a year, a place.
EXCHANGE_NOUN_IN_A_SIZE = [
    ("Je souhaite un échange en 40.", "40", ("exchange",)),
    ("Je souhaiterais un échange en taille 40.", "40", ("exchange",)),
    ("Échange en taille M svp", "M", ("exchange",)),
    ("Trop petit, échange en 42 merci", "42", ("exchange",)),
    ("L'échange en 24 heures, c'est possible ?", None, ()),
    ("J'ai fait un échange en 2023 et tout s'est bien passé, mais cette robe est trop grande.", None, ()),
    ("Un échange en magasin est possible ?", None, ()),
    # ... in few words or with the French word: "I'd like to echange it for a 40" (« échange » typed for "exchange"),
    # « svp echange 40 », « Possible de l'avoir en taille 40 ? », « échange en l svp » read no size. Near misses: the
    # French word in French, a count, a time.
    ("I'd like to echange it for a 40", "40", ("exchange",)),
    ("Too small, can I echange for a 12 please?", "12", ("exchange",)),
    ("svp echange 40", "40", ("exchange",)),
    ("Trop petit. Echange 42 merci", "42", ("exchange",)),
    ("Possible de l'avoir en taille 40 ?", "40", ()),
    ("Trop grand, echange en l svp", "L", ("exchange",)),
    ("Trop petit pls echange en 38", "38", ("exchange",)),
    ("Un échange ou un remboursement, comme vous voulez.", None, ()),
    ("Je voudrais échanger 2 articles de ma commande.", None, ("exchange",)),
    ("Échange 40 jours après l'achat, c'est possible ?", None, ()),
    ("pls echange 40", "40", ("exchange",)),
    ("Too small. Exchange 12 please", "12", ("exchange",)),
    ("Exchange 10 days ago, still nothing.", None, ()),
    # « pour un 40 » after the noun; near miss: a count
    ("Un échange pour un 40 svp", "40", ("exchange",)),
    ("Trop petit, echange pour une taille 42 merci", "42", ("exchange",)),
    ("Un échange pour 2 articles, c'est possible ?", None, ()),
    # ... not an exchange told as done (« J'ai déjà fait un échange pour un 40 » read an exchange asked in a 40); near
    # misses: a new one asked after it, one asked before, one the shop made
    ("J'ai déjà fait un échange pour un 40", None, ()),
    ("J'ai deja fait un echange pour un 40, toujours trop petit", None, ()),
    ("Déjà échangé contre un 40, toujours trop petit.", None, ()),
    ("I already did an exchange for a 40 and it's still too small.", None, ()),
    ("J'ai déjà fait un échange pour un 40. Échange pour un 42 svp", "42", ("exchange",)),
    ("J'ai demandé un échange pour un 40 la semaine dernière", "40", ("exchange",)),
    ("Vous m'avez fait un échange pour un 40 mais j'ai reçu un 38.", "40", ()),
    # ... and the exchange wished for (« J'échangerais volontiers contre un 95C si vous l'avez » read none); near
    # misses: words exchanged, an exchange refused
    ("J'échangerais volontiers contre un 95C si vous l'avez, sinon je me fais rembourser.", "95C", ("exchange",)),
    ("J'échangerai contre un 42 dès réception.", "42", ("exchange",)),
    ("J'échangerais volontiers des mails avec vous.", None, ()),
    ("Je ne l'échangerais pas contre un 40, remboursez-moi.", None, ()),
    # ... but not one wished for, then set aside by the money preferred or a size not to be had (each read the exchange,
    # the sized ones their size); near misses: the wish said further, a wish with "if you have it"
    ("Je l'échangerais bien, mais je préfère être remboursée.", None, ()),
    ("Je l'échangerais bien contre un 40 mais vous ne l'avez plus", None, ()),
    ("Trop petit. Je l'échangerais volontiers contre un 40, mais il n'y a plus de stock.", None, ()),
    ("Je l'échangerais bien contre un 40, mais en noir svp.", "40", ("exchange",)),
    ("Je l'échangerais bien, mais en 40 svp.", "40", ("exchange",)),
    # ... « plutôt » sets the wish aside only before the money (read none); "would swap" is such a wish in English
    # (read the exchange and its size); near misses: the wish said further, the money preferred
    ("Je l'échangerais contre un 40 mais plutôt en noir.", "40", ("exchange",)),
    ("Je l'échangerais contre un 40 mais plutôt un remboursement.", None, ()),
    ("I would swap it for a 12 but you don't have it in stock", None, ()),
    ("I'd exchange it for a 12 but it's sold out.", None, ()),
    ("I would gladly swap it for a 12, but I'd rather have a refund.", None, ()),
    ("I would swap it for a 12 but in black please.", "12", ("exchange",)),
    ("I would swap it for a 12 if you have it.", "12", ("exchange",)),
    # ... nor by a preference not for the money, a refund refused, "don't make me", a stock only feared
    ("I would swap it for a 12 but rather in navy.", "12", ("exchange",)),
    ("I'd exchange it for a 12, but please don't refund me, I want the dress.", "12", ("exchange",)),
    ("I'd happily swap it for a 12 but only if you don't make me pay postage.", "12", ("exchange",)),
    ("I'd exchange it for a 12 but it may be sold out, if so refund.", "12", ("exchange",)),
    ("Je l'échangerais contre un 40, mais je préfère le bleu.", "40", ("exchange",)),
    # ... and SMS French "1" for « un » (read no size nor exchange)
    ("tro petit echange pour 1 40 svp", "40", ("exchange",)),
    # ... and asked with « contre », « je voudrais un échange » or « échange souhaité » (sheet 577 #48 « échange
    # souhaité : du 85C au 90C » read none, nor the size wanted); near misses: one refused, one told as done
    ("Bonjour, échange souhaité : du 85C au 90C.", "90C", ("exchange",)),
    ("Échange souhaité : du 38 au 40 svp.", "40", ("exchange",)),
    ("Je voudrais un échange contre un 38.", "38", ("exchange",)),
    ("Échange contre un 40 svp", "40", ("exchange",)),
    ("Je voudrais un échange, c'est trop petit.", None, ("exchange",)),
    # ... but not one wished for, then set aside (« ... mais vous n'avez plus de 40, donc remboursement. »); near
    # misses: the refund refused after the "but", the wish said further
    ("Je voudrais un échange mais vous n'avez plus de 40, donc remboursement.", None, ()),
    ("Je voudrais un échange mais pas de remboursement.", None, ("exchange",)),
    ("Je l'échangerais bien, mais pas de remboursement.", None, ("exchange",)),
    ("Échange souhaité en M.", "M", ("exchange",)),
    ("Échange souhaité en 24 heures, c'est possible ?", None, ("exchange",)),
    ("Je ne voudrais pas d'échange, remboursez-moi.", None, ()),
    ("Je préférerais un remboursement plutôt qu'un échange.", None, ()),
    ("Déjà échangé contre un 40, toujours trop petit, remboursez-moi.", None, ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "requests"), EXCHANGE_NOUN_IN_A_SIZE)
def test_an_exchange_asked_in_a_size_with_the_noun_is_read(
    text: str, wanted: str | None, requests: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (asks.wanted_size, asks.requests) == (wanted, requests)


# A courier or a parcel that "never came on the day promised" is a delivery, not a light that never came on (read a
# defect).
CAME_ON = [
    ("The courier never came on the day promised, the parcel arrived two days late.", ()),
    ("It never came on.", ("defect",)),
    ("The lamp never came on, not once.", ("defect",)),
    ("The light never comes on when I press it.", ("defect",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "faults"), CAME_ON)
def test_a_courier_that_never_came_on_a_day_is_no_fault(text: str, faults: tuple[str, ...]) -> None:
    assert read_asks(text).faults == faults


# A size asked with "swap to" or "switch to" is the size wanted ("swap to a L please" read none). Near misses: another
# colour, a refund.
SIZE_SWAPPED_TO = [
    ("Too tight, swap to a L please.", "L"),
    ("Can I switch to a 12?", "12"),
    ("24 inch is too small for what I need. Swapping to the 32.", "32"),
    ("I'd like to swap to the blue one.", None),
    ("Can I switch to a refund?", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), SIZE_SWAPPED_TO)
def test_a_size_swapped_to_is_the_one_wanted(text: str, wanted: str | None) -> None:
    assert read_asks(text).wanted_size == wanted


# A number followed by a month, shortened or in figures, is a day, not a size; a size stays one, dual sizes included
DAYS_AND_SIZES = [
    ("Ordered the 10/11, too small.", None, None),
    ("Too small, I ordered the 14 Nov. Need bigger.", None, None),
    ("J'ai pris le 10/11, trop petite.", None, None),
    ("Trop petit, j'ai commandé le 10/11 et je voudrais le 12 nov.", None, None),
    ("Ordered a size 10. Received a size 14.", "10", None),
    ("Ordered a 10/12, too small, need the 14/16.", "10", "14"),
    ("J'ai commandé un 38 le 3/11, trop petit, je voudrais un 40.", "38", "40"),
    ("Commandé le 14 nov., trop grande, il me faut un 36.", None, "36"),
]


@pytest.mark.parametrize(("text", "ordered", "wanted"), DAYS_AND_SIZES)
def test_a_day_of_a_month_is_no_size(text: str, ordered: str | None, wanted: str | None) -> None:
    asks = read_asks(text)
    assert (asks.ordered_size, asks.wanted_size) == (ordered, wanted)


@pytest.mark.parametrize(
    ("category", "wanted"),
    [("accessories", "N"), (None, "N"), ("tops", None)],
)
def test_a_rings_letter_is_a_size_where_rings_are_sold(category: str | None, wanted: str | None) -> None:
    assert read_asks("Ring too small, need an N please.", category=category).wanted_size == wanted


# Texts where a back-reference read in the wrong group would read: the same noun, size or count ordered and got
SAME_ORDERED_AND_GOT = (
    "i ordered the blue mug and got the red mug, nice colour though.",
    "j'ai commande en 40. j'ai recu un 40, mais il est trop petit.",
    "i ordered a 12. i got a 12 and it is too small.",
    "pack of 6 cups, 6 in the box, one cracked.",
)


def test_a_kinds_first_reading_is_where_one_of_its_patterns_reads() -> None:
    # joined in one alternation, "(?!\1\b)" counted the groups of the patterns before it: it pointed at a group never
    # set and never refused, so the scan read "the blue mug ... the red mug" where no pattern does
    patterns = (r"\b(x+)y\b", r"\bthe \w+ (\w+) and got the \w+ (?!\1\b)\w+\b")
    assert asks_clauses.first_reading(patterns, SAME_ORDERED_AND_GOT[0]) is None
    found = asks_clauses.first_reading(patterns, "i ordered the blue mug and got the red cup.")
    assert found is not None and found.group(0) == "the blue mug and got the red cup"
    # the first place any pattern reads at; of two at one place, the first pattern's reading
    found = asks_clauses.first_reading((r"\bred \w+", r"\bthe red\b", r"\bthe \w+ cup"), "the red cup.")
    assert found is not None and found.group(0) == "the red"
    tables = (faults.FAULTS, hazards._HAZARDS, requests.ASKED_OUTRIGHT, requests.REQUESTS, fit.UNFIXABLE)
    tables += (hardship._HARDSHIP, {"not_as_described": complaints._NOT_AS_DESCRIBED})
    for table in tables:
        for kind, kind_patterns in table.items():
            for text in SAME_ORDERED_AND_GOT:
                alone = any(regex(pattern).search(text) for pattern in kind_patterns)
                assert (asks_clauses.first_reading(kind_patterns, text) is not None) is alone, (kind, text)


@pytest.mark.parametrize(
    ("text", "faults"),
    [
        ("My phone battery died so I missed the courier twice. The kettle is too big for the worktop.", ()),
        ("Our kettle died, so my husband chose this one, but it's far too loud.", ()),
        ("The kettle died after a week, I want a refund.", ("defect",)),
    ],
)
def test_a_device_that_died_is_the_items_own(text: str, faults: tuple[str, ...]) -> None:
    # another device's battery, or the old one someone bought the item for, read a defect of the item
    assert read_asks(text, "en").faults == faults


@pytest.mark.parametrize(
    ("lang", "text", "asked"),
    [("en", "Two screws missing from the pack. Could I have the missing screws?", True),
     ("fr", "Il manque deux vis dans le carton, je voudrais les pièces manquantes ou le remboursement.", True),
     ("fr", "Il manquait deux vis. Je ne veux plus recevoir les pièces manquantes, remboursez-moi.", False),
     ("fr", "Il manque une vis, je ne souhaite pas recevoir la vis manquante, je renvoie tout.", False),
     ("en", "Two screws missing from the pack. I had to get the missing screws from a hardware shop, so I'd like some "
      "money back for the hassle.", False),
     ("en", "A screw was missing. I'd rather not wait to get the missing screw, please refund.", False)],
)  # fmt: skip
def test_the_missing_parts_are_asked_only_as_the_writers_own_wish(lang: str, text: str, asked: bool) -> None:
    assert ("send_missing" in read_asks(text, lang).requests) is asked


@pytest.mark.parametrize(
    ("lang", "text", "direction"),
    [("fr", "Impossible de fermer le dernier bouton. Prendre au-dessus.", "up"),
     ("en", "Too tight across the back, I'll try the next one up.", "up"),
     ("fr", "Trop petit mais je ne veux pas prendre au-dessus, remboursement svp.", None),
     ("en", "Too small, I don't want the next one up, just a refund.", None)],
)  # fmt: skip
def test_the_way_said_alone_is_asked_unless_refused_in_its_clause(lang: str, text: str, direction: str | None) -> None:
    assert read_asks(text, lang).size_direction == direction


@pytest.mark.parametrize(
    ("lang", "text", "asked"),
    [("en", "It dropped in price a week later. I don't mind keeping it if you refund the difference.", True),
     ("en", "It's £20 cheaper now, I wouldn't send it back if you could refund the difference.", True),
     ("fr", "Le prix a baissé de 15 €. Je ne la renvoie pas si vous me remboursez la différence.", True),
     ("en", "It was reduced the day after I bought it. Can't you just refund the difference?", True),
     ("en", "Price dropped by £10 the next day, no need to return it if you refund the difference.", True),
     ("en", "No need to price match, I just don't want it any more.", False),
     ("fr", "Je sais que vous ne pouvez pas vous aligner sur ce prix, donc je la renvoie.", False)],
)  # fmt: skip
def test_a_price_difference_is_asked_unless_denied_before_it_in_its_clause(lang: str, text: str, asked: bool) -> None:
    assert ("refund_difference" in read_asks(text, lang).requests) is asked


@pytest.mark.parametrize(
    ("text", "hazards"),
    [
        ("The candle looks nice and burns clean, but I wanted the other scent.", ()),
        ("Lovely candle, burns evenly, just the wrong scent.", ()),
        ("The candle burns really well but it's the wrong colour.", ()),
        ("The candle burns too fast and the flame is huge.", ("heat",)),
        ("It burns my hand when I touch the handle.", ("heat",)),
        # ... nor where the text tells heat or flame in other words
        ("The candle burns slowly but the glass jar got so hot it cracked.", ("heat",)),
        ("Burns evenly at first, then the wick flared up and blackened the wall.", ("heat",)),
    ],
)
def test_a_candles_burn_praised_is_no_heat_hazard(text: str, hazards: tuple[str, ...]) -> None:
    # "burns clean" of a candle read a heat hazard: the draft told the customer to stop using it
    assert read_asks(text, "en").hazards == hazards


@pytest.mark.parametrize(
    ("text", "wanted", "came"),
    [("You sent a 40R, I ordered 40L.", "40L", "40R"),
     ("reçu taille 38 commandé 40", "40", "38"),
     ("You sent a medium. I ordered a large.", "L", "M"),
     # another order told after the stop: the size that came is no mistake of the shop's
     ("Received a 12. I ordered a 10 last year and it was perfect, this one is huge.", "", ""),
     ("I received a 10. I ordered a 12 as well, which fits, so returning the 10.", "", ""),
     ("Reçu un 38, commandé un 40 aussi, je garde le 40.", "", ""),
     ("J'ai reçu du 38, j'ai commandé une autre robe en 40 qui va bien.", "", "")],
)  # fmt: skip
def test_the_size_ordered_said_after_the_size_sent_with_no_joint_is_a_wrong_size(
    text: str, wanted: str, came: str
) -> None:
    asks = read_asks(text)
    assert (asks.wanted_size or "", "".join(asks.rejected_sizes)) == (wanted, came)


@pytest.mark.parametrize(
    ("text", "lang", "direction"),
    [
        # the item said a size off is how it runs, not the way asked
        ("It's at least a size bigger than the chart, I'm swimming in it.", "en", None),
        ("It runs at least a size up, the neckline falls off my shoulder.", "en", None),
        ("Ça taille au moins une taille de plus que le guide, je flotte dedans.", "fr", None),
        ("It's a size bigger than the chart. Could I swap for a smaller size?", "en", "down"),
        # a size more than the chart, the one had or the customer's habit, asked, is asked
        ("I need one size bigger than the listing recommends for my height.", "en", "up"),
        ("Please send a size bigger than the chart suggests, it's tight.", "en", "up"),
        ("Could you exchange it for a size smaller than the label says?", "en", "down"),
        ("Je voudrais une taille de plus que ce qui est indiqué sur le guide, elle serre.", "fr", "up"),
        ("It's the size up I need.", "en", "up"),
        ("Could I have a size bigger than this one?", "en", "up"),
        ("Une taille de plus que celle-ci svp.", "fr", "up"),
        ("Need a size smaller than my usual please.", "en", "down"),
        ("I need a size bigger.", "en", "up"),
    ],
)
def test_a_size_more_than_the_chart_is_how_the_item_runs_not_the_way_asked(
    text: str, lang: str, direction: str | None
) -> None:
    assert read_asks(text, lang).size_direction == direction


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the doer not named the shop: « on a » is "we", "they" anyone
        ("On a mis le pull dans la machine à 60 par erreur. De toute façon je n'en ai plus besoin.", "fr"),
        ("My kids got hold of it and they put it in the dryer by mistake, now it has shrunk.", "en"),
        ("The warehouse put it in the wrong box by mistake, but I don't need it anyway.", "en"),
        ("Vous avez mis le pull dans le mauvais colis par erreur, de toute façon je n'en ai plus besoin.", "fr"),
        ("Vous avez emballé la robe dans un sac plastique par erreur, elle est froissée.", "fr"),
        # sizes bought to compare, a percentage or a count of something else got
        ("I ordered a 10 and got a 12 too, to see which fits. Keeping the 10, don't need the 12.", "en"),
        ("I ordered a 12 piece set and got a 15% discount code for next time.", "en"),
    ],
)
def test_a_mistake_of_someone_else_or_sizes_bought_to_compare_are_no_shop_mistake(text: str, lang: str) -> None:
    assert "shop_mistake" not in read_asks(text, lang).faults


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The packing slip says M but I got an L, it's far too big.", "en"),
        ("My order confirmation says 38 but the box says 40.", "en"),
        ("They sent me the dress in the wrong size again.", "en"),
        ("You've sent me the wrong size, I need the 12.", "en"),
        ("I ordered the M and you sent an L.", "en"),
        ("J'ai commandé du 39 et j'ai reçu du 41.", "fr"),
        ("Commandé en 39, reçu en 41, trop grand.", "fr"),
    ],
)
def test_a_wrong_size_the_shop_sent_in_more_wordings_is_its_mistake(text: str, lang: str) -> None:
    asks = read_asks(text, lang)
    assert "shop_mistake" in asks.faults and not asks.own_mistake


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the order's size and the item's the same, or the item compared by its fit
        ("The packing slip says M and it's an M, but it's too big.", "en"),
        ("The packing slip says M but it fits like an L.", "en"),
        # how it was sent, not what: a box, an address
        ("They sent the vase in the wrong box, but it's fine.", "en"),
        ("You sent the dress to the wrong address first, it came a week late.", "en"),
        # sizes bought to compare
        ("J'ai commandé du 39 et du 41 pour comparer, je renvoie le 41.", "fr"),
    ],
)
def test_the_order_and_the_item_alike_or_sent_wrong_in_another_way_are_no_wrong_size(text: str, lang: str) -> None:
    assert "shop_mistake" not in read_asks(text, lang).faults


@pytest.mark.parametrize(
    ("text", "way"),
    [
        # a French verb of the fit negated after it, as French negates: no complaint that way
        ("Je ne flotte pas dedans, la couleur ne me plaît juste pas.", None),
        ("Le pantalon ne baille pas du tout à la taille.", None),
        ("Ça ne me serre pas, mais je n'aime pas le tissu.", None),
        ("Les chaussures ne me serrent jamais, celles-ci non plus.", None),
        # affirmed, or « pas mal » ("quite a lot"): that way
        ("Je flotte dedans.", "down"),
        ("Le pantalon baille à la taille.", "down"),
        ("Ça serre pas mal aux épaules.", "up"),
        ("Ça me serre pas possible aux hanches.", "up"),
        ("Ça serre pas qu'un peu, impossible de m'asseoir.", "up"),
        ("Elle me serre trop aux hanches.", "up"),
    ],
)
def test_a_fit_verb_negated_after_it_points_no_way(text: str, way: str | None) -> None:
    assert read_asks(text, "fr").fit_way == way


@pytest.mark.parametrize(
    "text",
    [
        # another size named beside the size got: a label's, a box's or an invoice's, the size ordered set against it
        "I received an XS and the invoice says S, far too tight.",
        "The box says 38 but I got a 39, too big.",
        "J'ai reçu un 40, l'étiquette dit 38, trop grand.",
    ],
)
def test_a_size_got_beside_another_size_named_is_not_said_to_come_as_ordered(text: str) -> None:
    assert not read_asks(text).came_as_ordered


@pytest.mark.parametrize(
    ("text", "lang", "way"),
    [
        ("It runs small.", "en", "up"),
        ("This jacket comes up a bit big on me.", "en", "down"),
        ("Ces bottes chaussent un peu grand.", "fr", "down"),
        ("Ça taille petit, dommage.", "fr", "up"),
        # advice read or given, made up for by the size ordered, or negated: no way the fit complaint points
        ("Reviews said it runs small, so I sized up and it swallowed me.", "en", None),
        ("Runs small so I sized up and it's now loose.", "en", "down"),
        ("Elle taille petit donc j'ai pris au-dessus, et là elle est trop grande.", "fr", "down"),
        ("It doesn't run small at all, I just don't like it.", "en", None),
        ("Elle ne taille pas grand, elle est juste moche.", "fr", None),
        # « trop ajustée » is too tight (sheet 709 #22 read no fit at all); a fitted cut praised, or denied, is none
        ("Merci pour votre aide la dernière fois ! Cette robe est trop ajustée hélas.", "fr", "up"),
        ("La coupe ajustée est jolie.", "fr", None),
        ("Pas trop ajustée, parfait.", "fr", None),
    ],
)
def test_an_item_said_to_run_small_or_big_points_the_fit_complaint_that_way(
    text: str, lang: str, way: str | None
) -> None:
    assert read_asks(text, lang).fit_way == way


@pytest.mark.parametrize(
    ("text", "lang", "came", "fit_way", "shop"),
    [
        # the size got said to be the size ordered, with the size it fits like: no wrong size sent, a fit's way
        ("I ordered an M, I got an M, but it fits like an L.", "en", True, "down", False),
        ("J'ai commandé un M et reçu un M mais il taille comme un XL.", "fr", True, "down", False),
        ("I ordered a 10 and got a 10 that fits like an 8.", "en", True, "up", False),
        ("J'ai commandé un 38 et j'ai reçu un 38, beaucoup trop petit.", "fr", True, "up", False),
        ("Ordered a medium, got an M, way too big.", "en", True, "down", False),
        # ... another size asked for after it is the fit's remedy, nothing sent otherwise
        (
            "I ordered a 12 and got a 12, it fits more like a 14. Can I have a different size?",
            "en",
            True,
            "down",
            False,
        ),
        ("J'ai commandé un 38 et reçu un 38, bien trop serré, je voudrais une autre taille.", "fr", True, "up", False),
        ("J'ai commandé un 40, reçu un 40, ça me serre pas possible.", "fr", True, "up", False),
        ("Ordered an S, received an S, far too tight. Could you send the M instead?", "en", True, "up", False),
        # ... not another colour or model sent beside it, nor "a different one" (another item, not a size asked)
        (
            "I ordered the M and got an M but it's a different one to what's on the website, and it's too small.",
            "en",
            False,
            "up",
            False,
        ),
        ("I ordered the M and got an M, but it's a different one from the photo, too small.", "en", False, "up", False),
        (
            "I ordered an M and got an M but in a different colour, can I have a different size?",
            "en",
            False,
            None,
            False,
        ),
        ("J'ai commandé un M et reçu un M, mais d'une autre couleur, trop grand aussi.", "fr", False, "down", False),
        # ... or the size got named where no order is spoken of, the item said to run one way
        ("J'ai reçu un 40 mais elle taille grand.", "fr", True, "down", False),
        ("I received the 12 and it runs really small.", "en", True, "up", False),
        ("I received a 38 instead of a 40, too big.", "en", False, "down", True),
        ("I received a 38 but I ordered a 40.", "en", False, None, True),
        # another size got is the shop's mistake
        ("I ordered an M and got an L.", "en", False, None, True),
        ("J'ai commandé un 38 et reçu un 40.", "fr", False, None, True),
        # a size it fits like against the size ordered, none got said
        ("I ordered a 38, they fit more like a 40.", "en", False, "down", False),
        ("J'ai pris du 40 mais on dirait un 38.", "fr", False, "up", False),
        # ... not against a label's size with no order, nor a fit that is no size
        ("The label says M but it fits like an XS.", "en", False, None, False),
        ("I ordered an M, it fits like a glove but I changed my mind.", "en", False, None, False),
        ("J'ai commandé du 41, je chausse du 38 d'habitude, il me faut le 42.", "fr", False, None, False),
        # a paper or a box naming another size than the item, which is the size ordered: only the paper is wrong
        ("The packing slip says 42 but I ordered 40, and the boots are a 40 anyway.", "en", True, None, False),
        ("I ordered the 40 and the box says 42, but the boots themselves are a 40.", "en", True, None, False),
        (
            "Le bordereau indique 42 alors que j'ai commandé du 40, mais les bottes sont bien en 40.",
            "fr",
            True,
            None,
            False,
        ),
        # ... the item said to be the size ordered by a pronoun, or got in it
        ("I ordered a 10, they're a 10 but the box says 12. They're too small though.", "en", True, "up", False),
        ("I got a 39 and the box says 38. I ordered 39. They are too tight.", "en", True, "up", False),
        # ... or the size got said to be the one ordered in one phrase ("the 39 I ordered", « le 39 commandé »)
        ("I received the 39 I ordered, but the box says 38. They are too tight.", "en", True, "up", False),
        ("J'ai bien reçu le 39 que j'avais commandé, la boîte indique 38, ils me serrent.", "fr", True, "up", False),
        ("Reçu le 40 commandé, mais la boîte dit 42. Trop grand.", "fr", True, "down", False),
        # ... not another size got beside the box, nor one ordered run on after it, nor the item inside said another
        ("I received a 39 and the box says 38, they are too tight.", "en", False, "up", True),
        ("I received a 39 I ordered a 38, too tight.", "en", False, "up", True),
        ("I received the 39 I ordered but the boots themselves are a 37.", "en", False, None, True),
        # ... nor the item's own label, one of the pair or a colour named beside it (the box's label is the box's)
        ("I got the L I ordered, the label inside says M, it's tight.", "en", False, "up", True),
        ("We received the 6 we ordered, the box label says 7, they are too big.", "en", True, "down", False),
        # ... not where the box agrees with the order and the item inside is another size
        ("The box says 38 like my order, but the boots themselves are 39s and too big.", "en", False, "down", True),
        ("Sur la boîte c'est écrit 38 mais j'ai reçu du 39, elles sont trop grandes.", "fr", False, "down", True),
        ("I ordered a 40 and the box says 40, but the boots inside are marked 42.", "en", False, None, True),
        ("J'ai commandé du 40, la boîte dit 40, mais les bottes à l'intérieur sont des 42.", "fr", False, None, True),
        # the item itself said to be the size ordered in one phrase, or set against the size ordered said before, its
        # bag, pouch, sticker or box naming another size
        ("The pouch it came in says XL, but the fleece is the L we ordered, a bit tight.", "en", True, "up", False),
        ("It is the size I ordered (S) even if the bag says XS, far too tight.", "en", True, "up", False),
        ("I ordered the 44 and the loafers are the 44, but the box label says 43, too tight.", "en", True, "up", False),
        ("Le carton dit 37, les mocassins sont bien en 38 comme commandé, ils me serrent.", "fr", True, "up", False),
        (
            "Sur le sachet c'est écrit 36, mais c'est bien la taille que j'ai commandée (38), trop grand.",
            "fr",
            True,
            "down",
            False,
        ),
        # ... not the size ordered set against another that came, nor denied, nor the item's own label naming another
        ("It's the 44 I ordered, not the 42 that came, too tight.", "en", False, "up", False),
        ("You sent me a 10, it's the 12 I ordered that I need, too tight.", "en", False, "up", False),
        ("It isn't the L I ordered, too tight.", "en", False, "up", True),
        ("These are size 9, I ordered 10, too tight.", "en", False, "up", True),
        (
            "I ordered the 44 and the loafers are the 44, but the label inside says 43, too tight.",
            "en",
            False,
            "up",
            False,
        ),
        # ... nor doubted or guessed
        ("Maybe it's the 12 I ordered, the bag says 14, too big.", "en", False, "down", False),
        ("Je crois que c'est le 38 que j'ai commandé, le sachet dit 40, trop grand.", "fr", False, "down", False),
    ],
)
def test_an_item_that_came_in_the_size_ordered_is_no_wrong_size_and_the_size_it_fits_like_is_a_way(
    text: str, lang: str, came: bool, fit_way: str | None, shop: bool
) -> None:
    asks = read_asks(text, lang)
    assert (asks.came_as_ordered, asks.fit_way, "shop_mistake" in asks.faults) == (came, fit_way, shop)


@pytest.mark.parametrize(
    ("text", "lang", "own", "faults"),
    [
        ("I ordered the wrong size, it's my mistake.", "en", True, ()),
        ("Je me suis trompée de taille en commandant.", "fr", True, ()),
        ("I got the size wrong, sorry.", "en", True, ()),
        # the mistake denied is the shop's
        ("Not my fault: I ordered a 12 and received a 14.", "en", False, ("shop_mistake",)),
        ("Ce n'est pas ma faute, j'ai commandé du 39 et j'ai reçu du 41.", "fr", False, ("shop_mistake",)),
        # the shop's sending and the customer's own mistake told together: neither, for the classifier to weigh
        ("They sent the wrong size, my mistake for not checking sooner.", "en", False, ()),
        # "we got the wrong size" is one received
        ("We got the wrong size in the parcel.", "en", False, ("shop_mistake",)),
        # the mistake doubted or denied before it
        ("I don't think I ordered the wrong size, my confirmation says 10 and this is a 14.", "en", False, ()),
        ("No way I ordered the wrong size, I always buy a 10 and this is a 14.", "en", False, ()),
        ("It's not like I ordered the wrong size, check my order.", "en", False, ()),
        ("Je ne crois pas que j'ai commandé la mauvaise taille, j'ai toujours du 38.", "fr", False, ()),
        ("I think I ordered the wrong size, it's too big.", "en", True, ()),
        ("No doubt I ordered the wrong size, my bad.", "en", True, ()),
        ("Without a doubt I ordered the wrong size.", "en", True, ()),
        ("Sans doute que j'ai commandé la mauvaise taille, désolée.", "fr", True, ()),
        ("I doubt I ordered the wrong size, I've worn a 7 all my life.", "en", False, ()),
        # a doubt denied in other words, « sans doute » (probably) inside the mistake, a word of how sure between
        ("I don't doubt I ordered the wrong size.", "en", True, ()),
        ("There's no doubt about it, I picked the wrong size.", "en", True, ()),
        ("Je n'ai aucun doute, j'ai commandé la mauvaise taille.", "fr", True, ()),
        ("Je ne doute pas que je me suis trompée de taille.", "fr", True, ()),
        ("Je me suis sans doute trompée de taille.", "fr", True, ()),
        ("Je me suis sûrement trompée de taille, elle est trop grande.", "fr", True, ()),
        ("J'ai dû prendre la mauvaise taille.", "fr", True, ()),
        ("I must have ordered the wrong size, it's huge on me.", "en", True, ()),
        ("I accidentally ordered the wrong colour.", "en", True, ()),
        # ... not a doubt, nor a mistake denied, nor the shop's mistake without a doubt
        ("Je doute d'avoir commandé la mauvaise taille, je fais du 38 depuis toujours.", "fr", False, ()),
        ("Je ne pense pas m'être trompée de taille.", "fr", False, ()),
        ("I have no doubt you sent the wrong size, I ordered an M.", "en", False, ("shop_mistake",)),
        ("Ça ne fait aucun doute, vous vous êtes trompés de taille.", "fr", False, ("shop_mistake",)),
        # a doubt denied negates no fault after it
        ("No doubt the box was dropped, the vase is smashed.", "en", False, ("damage",)),
    ],
)
def test_the_customers_own_wrong_order_is_read_where_it_is_affirmed(
    text: str, lang: str, own: bool, faults: tuple[str, ...]
) -> None:
    asks = read_asks(text, lang)
    assert (asks.own_mistake, asks.faults) == (own, faults)


@pytest.mark.parametrize(
    ("text", "faults"),
    [
        # a part named after "everything ... but" that is the subject of what is said next, not a part missing
        ("Everything was in the box but the manual was only in German. I've changed my mind anyway.", ()),
        ("Everything was there but the glass lid was shattered.", ("damage",)),
        ("Everything was in the box except the power cable, so I can't use it.", ("missing_part",)),
        # the part named after a list, as a sentence of its own, or of two words
        ("Everything was there. Everything except the charger, I mean.", ("missing_part",)),
        ("Tout y était sauf le câble d'alimentation.", ("missing_part",)),
        ("Le carton était complet. Enfin, tout sauf le câble d'alimentation.", ("missing_part",)),
        # ... not the item's own colour, size or fit, nor a part said of next
        ("Everything except the colour, I mean. It's just not for me.", ()),
        ("Tout sauf la taille, en fait, elle est trop grande.", ()),
        ("Everything except the manual was in German, but I changed my mind anyway.", ()),
        # ... nor one thing excepted from praise, with its complaint said next
        ("Love it all. Everything except the sleeves, they're too long.", ()),
        ("Nice lamp. Everything except the shade, which is a different colour.", ()),
        ("Parfait. Tout sauf la fermeture éclair, qui accroche.", ()),
        # the item's own inside, not what the box held
        ("The pan is nice, inside is a different colour from the outside. I just don't need it now.", ()),
        ("The lamp is lovely and inside is a different colour, a nice surprise.", ()),
    ],
)
def test_a_part_that_closes_its_clause_is_missing_and_what_the_box_held_is_another_model(
    text: str, faults: tuple[str, ...]
) -> None:
    assert read_asks(text, "en").faults == faults


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a way regretted is what the customer would have ordered, no size asked of the shop (a sheet: « J'aurais dû
        # prendre au-dessus » drafted "you asked for an exchange: we will send it in size 40")
        ("J'aurais dû prendre au-dessus.", "fr"),
        ("J'aurais mieux fait de commander la taille en dessous.", "fr"),
        ("Should have gone the next one up, it pulls across the chest.", "en"),
        ("If only I'd gone a size down, it swamps me.", "en"),
    ],
)
def test_a_way_regretted_is_no_way_asked_but_still_speaks_of_fit(text: str, lang: str) -> None:
    asks = read_asks(text, lang)
    assert asks.size_direction is None
    assert asks.speaks_of_fit


@pytest.mark.parametrize(
    ("text", "lang", "fit"),
    [
        # "long" of time is no word of fit (a sheet: "took so long" and "as long as" read as speaking of fit)
        ("The parcel took so long I bought one in town.", "en", False),
        ("Fine to keep it as long as the refund comes through.", "en", False),
        ("Took far too long to arrive, not needed now.", "en", False),
        ("How long does a refund take?", "en", False),
        ("Long story short, I don't need it any more.", "en", False),
        ("C'était long à arriver, je n'en veux plus.", "fr", False),
        ("Délai trop long, j'ai acheté ailleurs.", "fr", False),
        # ... nor a time that is short, or long to assemble
        ("The return window is too short, I was away for a month.", "en", False),
        ("Took far too long to assemble, gave up halfway.", "en", False),
        # ... but the item's length is
        ("The coat is so long it drags on the floor.", "en", True),
        ("It took me ages to choose and it's too long for me.", "en", True),
        ("Trop long pour moi, je mesure 1m55.", "fr", True),
    ],
)
def test_long_of_time_is_no_word_of_fit(text: str, lang: str, fit: bool) -> None:
    assert read_asks(text, lang).speaks_of_fit is fit


@pytest.mark.parametrize(
    ("text", "lang", "complained"),
    [
        ("Dreadful service, I won't be recommending you to anyone.", "en", True),
        ("Your customer service is an absolute joke.", "en", True),
        ("The support team has been really unhelpful from day one.", "en", True),
        ("Service client déplorable, je ne commanderai plus.", "fr", True),
        ("Le SAV est injoignable depuis une semaine.", "fr", True),
        ("Quel mauvais service, trois semaines pour rien.", "fr", True),
        # near-misses: a service praised or denied poor, a service of the item's, the item's quality
        ("Great service as always, the dress is just too small.", "en", False),
        ("Not bad service at all, just the wrong size.", "en", False),
        ("After its first service the mower stopped starting.", "en", False),
        ("Terrible quality, the seam split.", "en", False),
        ("Ce n'est pas un mauvais service, juste la mauvaise taille.", "fr", False),
        ("La mise en service a échoué.", "fr", False),
        # ... nor an item's support or a service of plates (only "customer / technical support", "your support team")
        ("The heel support is useless, my arches ache by lunchtime.", "en", False),
        ("Pretty bra but the support is really poor for a D cup.", "en", False),
        ("Poor support, this cushion is flat after a week.", "en", False),
        ("Worst support bra I have tried.", "en", False),
        ("The tea service is poor quality, one cup came cracked.", "en", False),
        ("Le service à café est nul, une soucoupe fêlée.", "fr", False),
        ("Your support team has been useless for a fortnight.", "en", True),
        ("Terrible technical support, nobody picks up.", "en", True),
    ],
)
def test_a_service_judged_poor_is_read(text: str, lang: str, complained: bool) -> None:
    assert read_asks(text, lang).service_complaint is complained


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # the item's own fit says the way the customer needs: the other way from how it comes up
        ("It felt a size smaller than my usual ones.", "up"),
        ("Comes up a size bigger than the chart.", "down"),
        # ... not the customer's own thought ("I felt a size up would be safer" is what they chose)
        ("I felt a size up would be safer, but even this is tight.", None),
        ("We felt a size down was the right call, and it is still roomy.", None),
    ],
)
def test_the_items_own_fit_says_the_way_needed_not_the_customers_thought(text: str, runs: str | None) -> None:
    asks = read_asks(text, "en")
    assert asks.size_runs == runs
    # ... and the thought is the choice made, no way asked
    assert asks.size_direction is None


@pytest.mark.parametrize(
    ("text", "lang", "wanted", "regretted"),
    [
        # a size regretted is the size needed, but no exchange asked of the shop
        ("Wish I'd gone for the L", "en", "L", True),
        ("I should have ordered the 12, it's tight across the hips.", "en", "12", True),
        ("J'aurais dû prendre le L.", "fr", "L", True),
        ("J'aurais dû prendre le 40, elle serre trop.", "fr", "40", True),
        # ... asked beside the regret, or another size asked after it, it is asked
        ("I should have gone for the L, please exchange it.", "en", "L", False),
        ("J'aurais dû prendre le L, pouvez-vous me l'échanger ?", "fr", "L", False),
        ("I should have ordered the 12 but now I need the 14.", "en", "14", False),
        ("Il me faudrait le 40, j'aurais dû prendre le 38 pour l'autre robe.", "fr", "40", False),
        ("Too tight, I need the L.", "en", "L", False),
        ("Trop serré. J'aurais dû prendre le L. Je l'échange volontiers.", "fr", "L", False),
        ("Elle s'y perd. J'aurais dû prendre le S, je voudrais juste la plus petite.", "fr", "S", False),
    ],
)
def test_a_size_regretted_is_the_size_needed_but_no_exchange_asked(
    text: str, lang: str, wanted: str, regretted: bool
) -> None:
    asks = read_asks(text, lang)
    assert (asks.wanted_size, asks.size_regretted) == (wanted, regretted)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "The post office couldn't find anything wrong with my label, so why was my return refused?"),
     ("fr", "Au point relais, ils n'ont rien compris, je n'ai pas pu déposer mon retour. Pouvez-vous m'aider ?"),
     ("en", "The depot had no parcel for me on Monday, it only came on Wednesday. I don't need it now."),
     ("fr", "Le point relais n'avait aucun colis lundi, il est arrivé mercredi. Je n'en ai plus besoin."),
     ("en", "The post office couldn't find anything to object to in my label but still refused the return."),
     ("fr", "Au bureau de poste, ils n'ont rien trouvé à redire à l'étiquette, mais le retour a été refusé.")],
)  # fmt: skip
def test_a_pickup_place_that_found_nothing_else_or_got_the_parcel_later_is_no_parcel_lost(lang: str, text: str) -> None:
    # what the place could not find is the parcel only; one said come after ends the search
    assert "not_received" not in read_asks(text, lang).faults


@pytest.mark.parametrize(
    ("text", "lang", "fit_way"),
    [
        # a part come loose or named after "loose" is no fit (sample texts: "a loose thread or two" read as too big)
        ("Apart from the fact that there's a loose thread or two, it came after the party.", "en", None),
        ("Loose threads everywhere and a button came off.", "en", None),
        ("The handle came loose in transit and the coating is scratched.", "en", None),
        ("The stitching is coming loose at both cuffs after a week.", "en", None),
        ("My mum tripped on the loose edge of the rug and hurt her wrist.", "en", None),
        # ... a fit complaint beside them still points its way
        ("There's a loose thread or two, but mainly it's snug in the hips.", "en", "up"),
        # ... and loose of the fit stays
        ("It is loose on the waist, the next size down please.", "en", "down"),
        ("Loose and baggy, not for me.", "en", "down"),
        ("Elle est trop ample.", "fr", "down"),
    ],
)
def test_loose_of_a_part_is_no_fit(text: str, lang: str, fit_way: str | None) -> None:
    asks = read_asks(text, lang)
    assert asks.fit_way == fit_way
    assert asks.speaks_of_fit is (fit_way is not None)


@pytest.mark.parametrize(
    ("text", "lang", "damaged"),
    [
        # a scratch, a scuff or a gouge named as a noun is damage, as "scratched" and "a chip" were (sample texts: "it
        # arrived with a big scratch on the front", "a gouge in the side" read no fault)
        ("It arrived with a big scratch on the front.", "en", True),
        ("There's a gouge in the side that wasn't from me.", "en", True),
        ("Deep gouges on the lid.", "en", True),
        ("One trainer has a scuff and a crease across the toe.", "en", True),
        ("Scratches all over it after a week.", "en", True),
        # ... not one denied or guarded against, nor the customer's own doing
        ("It arrived without a scratch, just too big.", "en", False),
        ("Not a scratch on it, I just changed my mind.", "en", False),
        ("No scratches at all, but it is too small.", "en", False),
        ("The screen protector prevents scratches on the screen, but the case is too big.", "en", False),
        ("I scuff my shoes all the time, these are just too small.", "en", False),
        # ... nor one on the wearer, one a pet put on it, nor a cat's scratch post
        ("The sequins leave scratches on my arms, so uncomfortable.", "en", False),
        ("The clasp gave me a scratch on my wrist.", "en", False),
        ("My cat put a scratch on the leg already, my fault, but it's too small anyway.", "en", False),
        ("The scratch post is too small for my cat.", "en", False),
        # ... nor a flaw the customer "could live with" before another reason
        ("There's a tiny scuff on the base that I could live with. The real reason is it doesn't suit the room.", "en",
         False),
    ],
)  # fmt: skip
def test_a_scratch_a_scuff_or_a_gouge_named_is_damage(text: str, lang: str, damaged: bool) -> None:
    assert ("damage" in read_asks(text, lang).faults) is damaged


# A wait said for the size asked if it is not in stock (the draft still refunded "only if that size is no longer
# available" as if unread); not the refund waited for, a wait refused, nor a wait with no size asked.
SIZE_AWAITED = [
    ("Too tight on the waist. Please exchange for a 34. If the 34 isn't in stock, I'll wait.", True),
    ("Trop serré, échange contre un 40 svp, si le 40 n'est pas dispo j'attendrai.", True),
    ("Please exchange for a 34. I will wait for my refund otherwise.", False),
    ("I'll wait no longer, exchange for a 34 now.", False),
    ("Please exchange for a 34.", False),
    ("Too tight. I'll wait for your answer.", False),
    # ... a reply waited for beside a size asked is no wait for the size; a restock waited for is
    ("Too tight, please send the 34. I'll wait for your reply.", False),
    ("Too tight, can I swap for a 34? I'll wait to hear from you.", False),
    ("Trop petite, je voudrais le 40. J'attends votre retour.", False),
    ("Trop petite, échange contre un 40 svp, j'attends votre réponse.", False),
    ("Please exchange for a 34, if it's out of stock I'm happy to wait for the restock.", True),
    ("Please exchange for a 34. If the 34 isn't in stock, just refund me.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "awaited"), SIZE_AWAITED)
def test_a_wait_for_the_size_asked_is_read(text: str, awaited: bool) -> None:
    assert read_asks(text).size_awaited is awaited


# Store credit asked by giving the item back for it (sheet 683 #63: "Can I return it for store credit without a
# receipt?" was refunded without a word on the credit); not refused, nor offered by the shop.
STORE_CREDIT_GIVEN_BACK_FOR = [
    ("Can I return it for store credit without a receipt?", True),
    ("Est-ce que je peux le rendre contre un bon d'achat ?", True),
    ("Can I swap it for a gift card?", True),
    ("Can I swap it for a gift voucher for my mum?", False),
    ("I don't want to return it for store credit, I want my money back.", False),
    ("I'd rather not return it for store credit.", False),
    ("Je ne veux pas le retourner contre un avoir, je veux être remboursée.", False),
    ("You offered to exchange it for a voucher but I want a refund.", False),
    ("On m'a proposé de l'échanger contre un avoir, mais je préfère un remboursement.", False),
    # ... refused in other words, or set against the money asked in its sentence; not the money refused after it
    ("I don't really want to return it for store credit, I'd like my money back.", False),
    ("Je refuse de le renvoyer contre un avoir, je veux mon argent.", False),
    ("Je ne veux vraiment pas le retourner contre un avoir.", False),
    ("Je ne souhaite pas du tout l'échanger contre un bon d'achat.", False),
    ("Pas question de le retourner contre un avoir, remboursez-moi.", False),
    ("Your chat agent suggested I return it for a gift card, but I'd rather have the money.", False),
    ("Can I return it for store credit? I don't want a refund.", True),
    ("Can I return it for store credit rather than a refund?", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "asked"), STORE_CREDIT_GIVEN_BACK_FOR)
def test_store_credit_given_back_for_is_asked_unless_refused_or_offered(text: str, asked: bool) -> None:
    assert ("store_credit" in read_asks(text).requests) is asked


# Half a size asked (`CustomerAsks.half_size`): a shoe's half size is the one to send, not the whole size after it
# (« une demi-pointure de plus » after a 39 was answered with a 40); not more than one size, nor how the item runs, a
# habit or a way said not to help
HALF_SIZE_ASKED = [
    ("Going down half a size.", True),
    ("Need half a size up.", True),
    ("Je prends une demi-pointure de plus.", True),
    ("Un demi-point au-dessus svp.", True),
    ("I need a size up", False),
    ("Too small, I'm going to need 2 and a half sizes up", False),
    ("Elles taillent un demi-point au-dessus.", False),
    ("I usually go half a size up but these are huge.", False),
    ("Going up half a size didn't help on the last pair, so refunding.", False),
]


@pytest.mark.parametrize(("text", "half"), HALF_SIZE_ASKED)
def test_half_a_size_asked_is_told_from_a_whole_one(text: str, half: bool) -> None:
    assert read_asks(text).half_size is half


@pytest.mark.parametrize(
    ("text", "lang", "replacement"),
    [
        # a new one of the item wished for beside a fault: a replacement, whatever words name it
        ("The strap snapped on day two. I'd like a brand new one.", "en", True),
        ("The strap snapped. I would like a new bag please.", "en", True),
        ("The handle came off. A new one please.", "en", True),
        ("La bandoulière a cassé. Je souhaite un sac neuf.", "fr", True),
        ("La poignée a lâché, il me faut une valise neuve.", "fr", True),
        ("La bandoulière a cassé. Un sac neuf svp.", "fr", True),
        # near misses: one got elsewhere, for another use or with other features, wished for before, refused, or
        # another size
        ("The strap snapped. I want a new bag for school, not this.", "en", False),
        ("The kettle is lovely but I want a new kettle that boils faster, so returning it.", "en", False),
        ("Too small. I'd like a new size.", "en", False),
        ("It broke, I don't want a new one, just refund me.", "en", False),
        ("La bandoulière a cassé, je vais racheter un sac neuf ailleurs.", "fr", False),
        ("La bandoulière a cassé. Je voudrais un sac neuf pour ma fille.", "fr", False),
        ("Je voulais un sac neuf pour la rentrée, mais il ne me plaît pas.", "fr", False),
        ("Cassé. Je ne veux pas un sac neuf, remboursez-moi.", "fr", False),
        # ... nor a new one wished for with no fault told, nor a bigger one: another purchase
        ("I want a new bag, this one's too small. Just refund me.", "en", False),
        ("I'd like a new bag, a bigger one, this one is too small. Refund please.", "en", False),
        ("Il me faudrait un sac neuf plus grand, celui-ci est trop petit.", "fr", False),
        ("La fermeture est cassée. Je souhaite un sac neuf plus grand.", "fr", False),
        # ... nor one the money asked after it sets aside: the customer's last word on what they want
        ("The zip broke. I want a new bag, this one's rubbish, refund please.", "en", False),
        ("The handle came off. I'd like a new bag. Actually no, I'd like my money back.", "en", False),
        ("La fermeture est cassée, je veux un sac neuf. Non, remboursez-moi plutôt.", "fr", False),
        ("La poignée a lâché. Je souhaite une valise neuve... je préfère être remboursée en fait.", "fr", False),
        # ... but not the money refused, weighed against it or taken as the fallback
        ("The strap snapped. I'd like a new one rather than a refund.", "en", True),
        ("The strap snapped. I want a new bag, not a refund.", "en", True),
        ("The strap snapped. I want a new bag, if not, a refund.", "en", True),
        ("La bandoulière a lâché. Je souhaite un sac neuf, pas un remboursement.", "fr", True),
        ("La bandoulière a lâché. Je souhaite un sac neuf, sinon remboursez-moi.", "fr", True),
        # ... nor refused further before, a charge refunded, the fallback after a condition in its sentence, or the
        # other choice
        ("The zip broke. I want a new bag, I don't want a refund.", "en", True),
        ("The zip broke. I want a new bag, no need for a refund.", "en", True),
        ("La fermeture est cassée. Je souhaite un sac neuf. Remboursez-moi les frais de port svp.", "fr", True),
        ("The zip broke. I want a new bag. If you can't, refund please.", "en", True),
        ("La fermeture est cassée, je veux un sac neuf. Si ce n'est pas possible, remboursez-moi.", "fr", True),
        ("The zip broke. I want a new bag or a refund.", "en", True),
        ("La fermeture est cassée, je veux un sac neuf ou un remboursement.", "fr", True),
    ],
)
def test_a_new_one_of_the_item_wished_for_is_a_replacement(text: str, lang: str, replacement: bool) -> None:
    assert ("replacement" in read_asks(text, lang).requests) is replacement


@pytest.mark.parametrize(
    ("text", "requests"),
    [
        # the item asked swapped or replaced in the imperative, or wanted so, beside a fault: the same item again
        ("Échangez-la svp, le talon s'est décollé au bout d'un jour.", ("replacement",)),
        ("Remplacez-les-moi, les coutures ont lâché.", ("replacement",)),
        ("Pouvez-vous me la changer ? Le bouton est tombé.", ("replacement",)),
        ("Can I have it swapped? The buckle snapped the first time I wore it.", ("replacement",)),
        ("I'd like them replaced, the sole is peeling off.", ("replacement",)),
        # ... its hyphen dropped, asked alone
        ("Echangez la svp, la boucle a casse.", ("replacement",)),
        # ... beside a fit, another size of it
        ("Beaucoup trop petite, échangez-la contre un 42.", ("exchange",)),
        # ... not the item replaced by another size or colour, nor one the customer could not have changed elsewhere
        ("Trop large, remplacez-la par une taille en dessous.", ()),
        ("Je n'ai pas pu me la changer en boutique, le bouton est tombé.", ()),
        ("I'd like it replaced with a different model, the strap snapped.", ()),
        ("Remplacez la pile, m'a dit le vendeur, mais la montre retarde toujours.", ()),
        ("La vendeuse n'a pas voulu me la changer, le bouton est tombé.", ()),
        ("Ma sœur va me la changer dans sa boutique, je n'en ai plus besoin.", ()),
    ],
)  # fmt: skip
def test_a_swap_asked_in_the_imperative_or_wanted_done_is_read(text: str, requests: tuple[str, ...]) -> None:
    asks = read_asks(text)
    assert tuple(kind for kind in asks.requests if kind in ("exchange", "replacement")) == requests


@pytest.mark.parametrize(
    ("text", "requests", "refund_preferred"),
    [
        # an exchange or a replacement given up for the money asked after it
        ("I was about to ask you to exchange it, but on reflection I just want my money back.", (), True),
        ("J'allais vous demander un échange, finalement je veux être remboursée.", (), True),
        ("Je pensais demander un remplacement, mais je préfère finalement être remboursé.", (), True),
        ("Please replace the kettle, the switch snapped. Thinking about it, refund me instead.", (), True),
        ("Remplacez-la svp, la poignée a cassé. Non, tout compte fait, remboursez-moi.", (), True),
        # ... not where the money is the fallback, an alternative, refused or of a charge
        ("Please exchange it. If that's not possible, just a refund.", ("exchange",), False),
        ("Exchange or refund, whichever suits you.", ("exchange",), False),
        ("Please replace the kettle, the switch snapped. I don't want a refund.", ("replacement",), False),
        ("Je voudrais l'échanger, et rembourser les frais de port svp.", ("exchange",), False),
        ("Please exchange the boots. And refund me for the socks I sent back too.", ("exchange",), False),
        ("Je préfère un échange plutôt qu'un remboursement.", ("exchange",), False),
    ],
)  # fmt: skip
def test_an_ask_given_up_for_the_money_asked_after_it_is_no_ask(
    text: str, requests: tuple[str, ...], refund_preferred: bool
) -> None:
    asks = read_asks(text)
    assert tuple(kind for kind in asks.requests if kind in ("exchange", "replacement")) == requests
    assert asks.refund_preferred is refund_preferred


@pytest.mark.parametrize(
    ("text", "requests", "other_version", "speaks_of_fit"),
    [
        # another one asked after the design is disliked: another design, not the same item again nor a fit
        ("The stripes are too bold for me, can I have another one?", ("exchange",), True, False),
        ("Les carreaux sont trop voyants, je peux en avoir un autre ?", ("exchange",), True, False),
        # ... not scratches too visible (« rayures »), a flaw
        ("Les rayures sont trop visibles, je peux en avoir un autre ?", ("replacement",), False, False),
        ("The pattern is too big for me, could I swap it?", ("exchange",), True, False),
        # ... not a flaw in the print, nor the design praised beside a fit
        ("The print peeled off after one wash, can I have another one?", ("replacement",), False, False),
        ("Love the print but it's too big, could I swap it?", ("exchange",), False, True),
    ],
)  # fmt: skip
def test_a_swap_asked_for_the_design_is_another_version_not_a_fit(
    text: str, requests: tuple[str, ...], other_version: bool, speaks_of_fit: bool
) -> None:
    asks = read_asks(text)
    assert tuple(kind for kind in asks.requests if kind in ("exchange", "replacement")) == requests
    assert (asks.other_version, asks.speaks_of_fit) == (other_version, speaks_of_fit)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Pouvez-vous me la changer contre un 42 ? Elle serre trop.", "42"),
        ("Trop grandes, vous pouvez me les changer contre du 39 ?", "39"),
        ("Échangez-les-moi contre un 39, elles glissent au talon.", "39"),
    ],
)
def test_the_size_an_item_is_asked_changed_for_is_the_size_wanted(text: str, wanted: str) -> None:
    assert read_asks(text).wanted_size == wanted


@pytest.mark.parametrize(
    ("text", "hazards", "faults"),
    [
        # smoke from the item is a heat hazard and a defect
        ("A wisp of smoke rose from the vent the first time I switched it on.", ("heat",), ("defect",)),
        ("The toaster was smoking within a minute, nothing inside it.", ("heat",), ("defect",)),
        # ... not smoke as a tint or a finish, a smoke alarm or a smoke-free home
        ("The vase was sold as smoke glass but it is completely clear.", (), ()),
        ("I ordered the smoke grey tumblers and these look brown.", (), ()),
        ("Unused, from a non-smoking home, the smoke alarm never went off.", (), ()),
    ],
)  # fmt: skip
def test_smoke_from_the_item_is_a_hazard_and_smoke_as_a_tint_is_none(
    text: str, hazards: tuple[str, ...], faults: tuple[str, ...]
) -> None:
    asks = read_asks(text)
    assert (asks.hazards, tuple(kind for kind in asks.faults if kind == "defect")) == (hazards, faults)


# The one that came not needed or not wanted in its colour or size, beside another asked for: the shop's mistake; not
# the same one, a need gone for a reason of the customer's own, nor what the order was for
NEED_DENIED_OF_THE_ONE_CAME = [
    ("No need for it in charcoal, I ordered the ivory one.", ("shop_mistake",)),
    ("Don't want these in a 7, I asked for a 6.", ("shop_mistake",)),
    ("I have no use for it in lilac, I picked the sage version.", ("shop_mistake",)),
    ("Pas besoin en marine, j'avais choisi le prune.", ("shop_mistake",)),
    ("Je n'en veux pas en 42, j'avais commandé du 38.", ("shop_mistake",)),
    ("Don't need it in charcoal any more, I found an ivory one in town.", ()),
    ("No need for it in charcoal, I ordered it for a trip that fell through.", ()),
    ("Don't need it in charcoal, I ordered the charcoal one twice by accident.", ()),
    ("Pas besoin en marine, j'en ai déjà un.", ()),
    ("Je n'en veux pas en marine, j'avais commandé pour un anniversaire annulé.", ()),
    # ... nor another one got from another shop
    ("No need for it in charcoal, I ordered the ivory one from a different seller.", ()),
    ("Pas besoin en marine, j'ai déjà pris le prune ailleurs.", ()),
    ("Pas besoin en marine, j'ai commandé le prune sur un autre site.", ()),
    # ... nor one wanted after all
    ("No need for it in charcoal, I wanted the ivory one in the end.", ()),
    ("Pas besoin en marine, j'avais pris le prune finalement.", ()),
]


@pytest.mark.parametrize(("text", "faults"), NEED_DENIED_OF_THE_ONE_CAME)
def test_the_one_that_came_not_needed_beside_another_asked_is_the_shops_mistake(
    text: str, faults: tuple[str, ...]
) -> None:
    assert read_asks(text).faults == faults


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        # a chat pasted as the reason, on several lines or one, with times: the customer's turns, each a sentence
        (
            "Customer: the toaster came today\nAgent: is it damaged?\nCustomer: no, I just don't need it",
            "the toaster came today. no, I just don't need it.",
        ),
        (
            "Me: returning the rug. Support: was it faulty? Me: nope, wrong shade for the room.",
            "returning the rug. nope, wrong shade for the room.",
        ),
        ("[09:12] Agent: hello! [09:13] You: the strap snapped", "the strap snapped."),
        (
            "Client : je renvoie la lampe Conseiller : elle est cassée ? Client : non, elle ne me plaît pas",
            "je renvoie la lampe. non, elle ne me plaît pas.",
        ),
        # ... words written above the chat are the customer's too
        ("Pasting our chat. Agent: any issue? Customer: it leaks", "Pasting our chat. it leaks."),
        # ... a turn that answers yes takes the question it answers as its words; a "no" or another word does not
        (
            "Agent: so the teapot arrived chipped? Me: yes, exactly, sending it back.",
            "so the teapot arrived chipped? yes, exactly, sending it back.",
        ),
        (
            "Conseiller : il ne chauffe pas ? Client : oui, c'est ça, il reste froid.",
            "il ne chauffe pas ? oui, c'est ça, il reste froid.",
        ),
        ("Agent: is it faulty? Customer: no, it runs fine", "no, it runs fine."),
        ("Agent: any issue? Customer: Yesterday it came.", "Yesterday it came."),
        # no turn of the shop's, or a speaker's word inside a sentence: the text as it is
        ("Me: too small. Note: the size guide is wrong.", "Me: too small. Note: the size guide is wrong."),
        ("I told the agent: it is broken. Me: yes", "I told the agent: it is broken. Me: yes"),
        ("The shop: useless. Me: angry", "The shop: useless. Me: angry"),
        ("Support said: it was fine. Customer: it is not.", "Support said: it was fine. Customer: it is not."),
    ],
)
def test_a_chat_pasted_as_the_reason_is_read_by_the_customers_turns(text: str, turns: str) -> None:
    assert customer_turns(text) == turns


def test_an_agents_question_in_a_chat_is_no_fault_the_customer_tells() -> None:
    chat = (
        "Customer: returning the kettle. Agent: was it damaged or faulty? Customer: no, it works, I have one already."
    )
    asks = read_asks(chat)
    assert asks.faults == () and "defective" in asks.reasons_denied
    # ... the customer's own words still tell theirs, and a fault the agent asks about that they confirm
    assert read_asks("Agent: was it damaged? Customer: yes, the lid is cracked.").faults == ("damage",)
    assert read_asks("Support: does it leak? Me: yes sadly, every time.").faults != ()
    assert read_asks("Conseiller : il fuit ? Client : oui, par le fond.", "fr").faults != ()
