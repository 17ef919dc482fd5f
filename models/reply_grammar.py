"""The small grammar replies are composed from: parts, their phrase banks per language, and formatting.

A reply is a sequence of parts (greeting, empathy, decision, facts, exchange offer, next steps,
status follow-up, closing). Each part has a phrase bank per language: a few interchangeable style
variants per key (the key says *what* is said, e.g. which decision; the variant says *how*). The
drafter learns from past replies which variant and part order worked; the words themselves only
come from here, and their `{slots}` only from the current case's facts, so nothing a past customer
wrote or was told can reach another customer.

Everything language-specific is data in `PHRASES`, `CLAUSES`, `MARKERS` and `HANDOVER_TRIGGERS`;
the code that uses it is shared by both languages.

Agreement with the product's number: English names the product directly ("the Vera Sage Trainers"),
so its phrases mark each word that agrees with it as `[singular|plural]` ("Once the {product}
[reaches|reach] us"), resolved by `agree` with `product_is_plural`. French names it through a head
noun, "l'article « {product} »" (the catalogue names are English and cannot be inflected in French),
so French phrases agree with "article" (masculine singular) whatever the name, and carry no choices.
"""

from __future__ import annotations

import re
import string
import unicodedata
from datetime import date, timedelta

from features.taxonomy import get_reason

PART_ORDERS: dict[str, tuple[str, ...]] = {
    # Empathy first suits most replies; leading with the decision suits short, factual exchanges.
    "empathy_first": ("greeting", "empathy", "decision", "facts", "exchange", "next_steps", "status", "closing"),
    "decision_first": ("greeting", "decision", "empathy", "facts", "exchange", "next_steps", "status", "closing"),
}
DEFAULT_ORDER = "empathy_first"

# Parts whose variant is chosen from what worked in past replies (the others have one wording per key).
STYLED_PARTS: tuple[str, ...] = ("greeting", "empathy", "decision", "closing")

PHRASES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "subject": {
            "free_return": ("Your return of {product}: free return label inside",),
            "paid_return": ("Your return of {product}: label and next steps",),
            "keep_item": ("Your refund for {product}: no need to send [it|them] back",),
            "manual_review": ("Your return request for {product}: we're on it",),
            "reject": ("Your return request for {product}",),
        },
        "greeting": {
            "named": ("Hello {first_name},", "Hi {first_name},", "Dear {first_name},"),
            "anonymous": ("Hello,", "Hi there,", "Dear customer,"),
        },
        "empathy": {
            "apology_condition": (
                "I'm really sorry that your {product} [was|were] not in the condition [it|they] should have been.",
                "We apologise: your {product} should have reached you in perfect order, and [it|they] did not.",
                "Sorry about this, it is frustrating to unpack a parcel and find your {product} [is|are] not in "
                "working order.",
            ),
            "apology_wrong_item": (
                "I'm sorry we sent you the wrong item, that was our mistake.",
                "We apologise for the mix-up: you should have received exactly what you ordered.",
                "Sorry about this, the wrong item left our warehouse and that is on us.",
            ),
            "apology_description": (
                "I'm sorry your {product} did not match [its|their] description.",
                "We apologise: our photos and description of the {product} set the wrong expectations.",
                "Sorry that the {product} [is|are] not what our product page promised.",
            ),
            "apology_late": (
                "I'm sorry your {product} arrived later than we promised.",
                "We apologise for the late delivery; you were counting on it and we let you down.",
                "Sorry that your parcel took longer than it should have.",
            ),
            "quality": (
                "Thank you for telling us the {product} did not meet your expectations; your feedback goes to our "
                "product team.",
                "Thanks for letting us know how the {product} held up, we pass this feedback on to our buyers.",
                "We appreciate you taking the time to tell us about the quality of the {product}.",
            ),
            "size": (
                "Thanks for letting us know the {product} did not fit as you hoped.",
                "Finding the right size online is not always easy, so thank you for telling us how the {product} "
                "[fits|fit].",
                "Thank you for your message about the fit of your {product}.",
            ),
            "preference": (
                "Thank you for letting us know the {product} [is|are] not quite right for you.",
                "No problem at all, it happens that an item is not what you were looking for.",
                "Thanks for your message about your {product}.",
            ),
            "neutral": (
                "Thank you for your message about your {product}.",
                "Thanks for getting in touch about your {product}.",
                "We have received your message about the {product}, thank you.",
            ),
        },
        "decision": {
            "free_return": (
                "Your return is accepted and the return label is free.",
                "Good news: we have accepted your return, free of charge.",
                "We are happy to take the {product} back, and the return costs you nothing.",
            ),
            "paid_return": (
                "Your return is accepted. {clause}",
                "We have accepted your return. {clause}",
                "We are happy to take the {product} back. {clause}",
            ),
            "keep_item": (
                "There is no need to send the {product} back: please keep [it|them], and we will refund you.",
                "Good news: you can keep the {product}, and we are refunding you anyway.",
                "Please keep the {product}; we are refunding you without asking you to return [it|them].",
            ),
            "manual_review": (
                "Your request is now with our returns team, who confirm the return options for some requests "
                "themselves. You will hear from us by {review_by}.",
                "A member of our returns team is looking at your request personally and will reply by {review_by}.",
                "We are taking a closer look at your request before confirming the return options, and will "
                "get back to you by {review_by}.",
            ),
            "reject": (
                "Unfortunately we cannot accept this return. {clause}",
                "I'm afraid this return is not possible. {clause}",
                "We have looked at your request, but we cannot accept this return. {clause}",
            ),
        },
        "facts": {
            "refund_after_return": (
                "Once the {product} [reaches|reach] us, we refund {refund_amount} to your {refund_method} within "
                "{refund_days} business days; if you send [it|them] today, expect the refund between {refund_from} "
                "and {refund_to}.",
            ),
            "refund_now": (
                "The refund of {refund_amount} will reach your {refund_method} between {refund_from} and {refund_to}.",
            ),
            "free_label": ("The prepaid return label is attached to this email.",),
            "paid_label": ("The return label costs {label_fee}, already deducted from that amount.",),
            "return_by": ("Please send the {product} back by {return_by}.",),
        },
        "exchange": {
            "with_size": (
                "If you would rather have the {product} in size {suggested_size}, just reply with the word "
                "exchange and we will send [it|them] as soon as your return is on its way.",
            ),
            "other_size": (
                "If you would rather have the {product} in another size, just reply with the word exchange and "
                "the size you need, and we will send [it|them] as soon as your return is on its way.",
            ),
        },
        "next_steps": {
            "free_return": (
                "Next step: print the label, pack the {product} with [its|their] tags and drop the parcel at any "
                "parcel point.",
            ),
            "paid_return": (
                "Next step: download the label from your return page, pack the {product} with [its|their] tags and "
                "drop the parcel at any parcel point.",
            ),
            "keep_item": ("There is nothing else you need to do.",),
            "manual_review": (
                "You do not need to do anything for now; please keep the {product} and [its|their] packaging until you "
                "hear from us.",
            ),
            "reject": ("{alternative}",),
        },
        "status": {
            "follow": (
                "You can follow your return at any time at {status_url}.",
                "The status of your return is always up to date at {status_url}.",
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
            "free_return": ("Votre retour de « {product} » : étiquette de retour gratuite",),
            "paid_return": ("Votre retour de « {product} » : étiquette et prochaines étapes",),
            "keep_item": ("Votre remboursement pour l'article « {product} » : inutile de nous le renvoyer",),
            "manual_review": ("Votre demande de retour pour « {product} » : nous nous en occupons",),
            "reject": ("Votre demande de retour pour « {product} »",),
        },
        "greeting": {
            "named": (
                "Bonjour {first_name},",
                "Bonjour {first_name}, merci pour votre message.",
                "Bonjour {first_name}, et merci de nous avoir écrit.",
            ),
            "anonymous": ("Bonjour,", "Bonjour, merci pour votre message.", "Bonjour, et merci de nous avoir écrit."),
        },
        "empathy": {
            "apology_condition": (
                "Je suis vraiment désolé que votre article « {product} » ne soit pas arrivé dans l'état attendu.",
                "Toutes nos excuses : votre article « {product} » aurait dû vous parvenir en parfait état.",
                "Désolé pour ce désagrément, recevoir un article qui ne fonctionne pas comme prévu est agaçant.",
            ),
            "apology_wrong_item": (
                "Je suis désolé que nous vous ayons envoyé le mauvais article, c'est notre erreur.",
                "Toutes nos excuses pour cette erreur : vous auriez dû recevoir exactement ce que vous avez commandé.",
                "Désolé, le mauvais article est parti de notre entrepôt et c'est de notre faute.",
            ),
            "apology_description": (
                "Je suis désolé que votre article « {product} » ne corresponde pas à sa description.",
                "Toutes nos excuses : nos photos et notre description de l'article « {product} » vous ont induit en "
                "erreur.",
                "Désolé que l'article « {product} » ne soit pas conforme à ce que promettait notre fiche produit.",
            ),
            "apology_late": (
                "Je suis désolé que votre article « {product} » soit arrivé plus tard que prévu.",
                "Toutes nos excuses pour ce retard de livraison ; vous comptiez dessus et nous vous avons déçu.",
                "Désolé que votre colis ait mis plus de temps que prévu.",
            ),
            "quality": (
                "Merci de nous avoir dit que l'article « {product} » n'était pas à la hauteur de vos attentes ; "
                "votre avis est transmis à notre équipe produit.",
                "Merci de nous dire comment l'article « {product} » a tenu, nous transmettons ces retours à nos "
                "acheteurs.",
                "Merci d'avoir pris le temps de nous parler de la qualité de l'article « {product} ».",
            ),
            "size": (
                "Merci de nous avoir signalé que l'article « {product} » ne vous allait pas comme prévu.",
                "Trouver la bonne taille en ligne n'est pas toujours simple, merci de nous dire comment l'article "
                "« {product} » taille.",
                "Merci pour votre message au sujet de la taille de l'article « {product} ».",
            ),
            "preference": (
                "Merci de nous avoir prévenus que l'article « {product} » ne vous convient pas tout à fait.",
                "Aucun problème, il arrive qu'un article ne soit pas ce que l'on cherchait.",
                "Merci pour votre message au sujet de l'article « {product} ».",
            ),
            "neutral": (
                "Merci pour votre message au sujet de l'article « {product} ».",
                "Merci de nous avoir contactés au sujet de l'article « {product} ».",
                "Nous avons bien reçu votre message concernant l'article « {product} », merci.",
            ),
        },
        "decision": {
            "free_return": (
                "Votre retour est accepté et l'étiquette de retour est gratuite.",
                "Bonne nouvelle : nous acceptons votre retour, sans frais pour vous.",
                "Nous reprenons volontiers l'article « {product} », et le retour ne vous coûte rien.",
            ),
            "paid_return": (
                "Votre retour est accepté. {clause}",
                "Nous avons accepté votre retour. {clause}",
                "Nous reprenons volontiers l'article « {product} ». {clause}",
            ),
            "keep_item": (
                "Inutile de nous renvoyer l'article « {product} » : gardez-le, nous vous remboursons.",
                "Bonne nouvelle : vous pouvez garder l'article « {product} », et nous vous remboursons quand même.",
                "Gardez l'article « {product} » ; nous vous remboursons sans vous demander de le renvoyer.",
            ),
            "manual_review": (
                "Votre demande est entre les mains de notre équipe retours, qui confirme elle-même les options de "
                "retour de certaines demandes. Vous aurez de nos nouvelles d'ici le {review_by}.",
                "Un membre de notre équipe retours examine personnellement votre demande et vous répondra d'ici "
                "le {review_by}.",
                "Nous examinons votre demande avec attention avant de confirmer les options de retour, et nous "
                "revenons vers vous d'ici le {review_by}.",
            ),
            "reject": (
                "Malheureusement, nous ne pouvons pas accepter ce retour. {clause}",
                "Nous sommes au regret de ne pas pouvoir accepter ce retour. {clause}",
                "Nous avons examiné votre demande, mais ce retour n'est pas possible. {clause}",
            ),
        },
        "facts": {
            "refund_after_return": (
                "Dès que l'article « {product} » nous parvient, nous remboursons {refund_amount} sur votre "
                "{refund_method} sous {refund_days} jours ouvrés ; si vous l'envoyez aujourd'hui, comptez un "
                "remboursement entre le {refund_from} et le {refund_to}.",
            ),
            "refund_now": (
                "Le remboursement de {refund_amount} arrivera sur votre {refund_method} entre le "
                "{refund_from} et le {refund_to}.",
            ),
            "free_label": ("L'étiquette de retour prépayée est jointe à cet e-mail.",),
            "paid_label": ("L'étiquette de retour coûte {label_fee}, déjà déduits de ce montant.",),
            "return_by": ("Merci de nous renvoyer l'article « {product} » au plus tard le {return_by}.",),
        },
        "exchange": {
            "with_size": (
                "Si vous préférez l'article « {product} » en taille {suggested_size}, répondez simplement avec le "
                "mot échange et nous l'enverrons dès que votre retour sera en route.",
            ),
            "other_size": (
                "Si vous préférez l'article « {product} » dans une autre taille, répondez simplement avec le mot "
                "échange et la taille souhaitée, et nous l'enverrons dès que votre retour sera en route.",
            ),
        },
        "next_steps": {
            "free_return": (
                "Prochaine étape : imprimez l'étiquette, emballez l'article avec ses étiquettes et déposez le colis "
                "dans un point relais.",
            ),
            "paid_return": (
                "Prochaine étape : téléchargez l'étiquette depuis votre page de retour, emballez l'article avec ses "
                "étiquettes et déposez le colis dans un point relais.",
            ),
            "keep_item": ("Vous n'avez rien d'autre à faire.",),
            "manual_review": (
                "Vous n'avez rien à faire pour le moment ; merci de garder l'article et son emballage jusqu'à notre "
                "réponse.",
            ),
            "reject": ("{alternative}",),
        },
        "status": {
            "follow": (
                "Vous pouvez suivre votre retour à tout moment sur {status_url}.",
                "Le statut de votre retour est toujours à jour sur {status_url}.",
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

# Policy clauses in plain words, keyed by why a return is paid or refused.
CLAUSES: dict[str, dict[str, str]] = {
    "en": {
        "outside_window": "Our policy accepts returns of {category} within {window_days} days of delivery, and "
        "that period ended on {window_end}.",
        "non_returnable": "For hygiene and personalisation reasons, {category} cannot be returned once delivered.",
        "quota_used": "You have already used the free returns included for the current period.",
        "category_not_free": "Returns of {category} are not among our free-return categories.",
        "risk_band": "This return is not covered by free returns.",
    },
    "fr": {
        "outside_window": "Notre politique accepte les retours de la catégorie {category} sous {window_days} jours "
        "après la livraison, et ce délai a pris fin le {window_end}.",
        "non_returnable": "Pour des raisons d'hygiène ou de personnalisation, les articles de la catégorie "
        "{category} ne peuvent pas être retournés après livraison.",
        "quota_used": "Vous avez déjà utilisé les retours gratuits inclus pour la période en cours.",
        "category_not_free": "Les retours de la catégorie {category} ne font pas partie de nos retours gratuits.",
        "risk_band": "Ce retour n'est pas couvert par les retours gratuits.",
    },
}

# What a refused customer can still do: a faulty item keeps its legal guarantee whatever the return window.
ALTERNATIVES: dict[str, dict[str, str]] = {
    "en": {
        "guarantee": "If the {product} [is|are] faulty, [it is|they are] still covered by the legal guarantee: "
        "reply with a photo of the fault and we will arrange a repair or a replacement.",
        "dispute": "If you think our dates are wrong, reply with your delivery confirmation and we will gladly "
        "look again. If the {product} [develops|develop] a fault, [it remains|they remain] covered by the legal "
        "guarantee.",
    },
    "fr": {
        "guarantee": "Si l'article « {product} » est défectueux, il reste couvert par la garantie légale : "
        "répondez avec une photo du défaut et nous organiserons une réparation ou un remplacement.",
        "dispute": "Si vous pensez que nos dates sont erronées, répondez avec votre confirmation de livraison et "
        "nous regarderons à nouveau. Si l'article « {product} » présente un défaut, il reste couvert par la "
        "garantie légale.",
    },
}

REFUND_METHODS: dict[str, dict[str, str]] = {
    "en": {"original_payment": "original payment method", "store_credit": "store credit balance"},
    "fr": {"original_payment": "moyen de paiement d'origine", "store_credit": "avoir client"},
}

CATEGORY_NAMES: dict[str, dict[str, str]] = {
    "en": {  # other English names are the category codes with spaces
        "personalised": "personalised items",
        "kitchen": "kitchen items",
        "decor": "decor items",
        "small_appliances": "small appliances",
    },
    "fr": {
        "dresses": "robes",
        "tops": "hauts",
        "trousers": "pantalons",
        "jeans": "jeans",
        "knitwear": "mailles",
        "outerwear": "manteaux et vestes",
        "shoes": "chaussures",
        "underwear": "sous-vêtements",
        "bags": "sacs",
        "accessories": "accessoires",
        "lighting": "luminaires",
        "bedding": "linge de lit",
        "kitchen": "cuisine",
        "decor": "décoration",
        "small_appliances": "petit électroménager",
        "personalised": "articles personnalisés",
    },
}

# Phrases the checker looks for (matched on accent-free lower-case text) to verify stated facts and tone.
MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "free_label": ("label is free", "free of charge", "prepaid", "costs you nothing", "free return label"),
        "refund_promise": ("we refund", "we will refund", "refunding you", "the refund of", "refund you"),
        "apology": ("sorry", "apologise", "apologize"),
        "fraud": ("fraud", "abuse", "suspicious", "suspect", "risk score", "blacklist", "scam"),
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
    },
}

# Signs that a person, not a draft, should answer: anger, legal threats, or a request for a human.
# Matched on accent-free lower-case text, so "AVOCAT", "Avocat" and "avocat" all count. Per language
# because a word can be harmless in the other one (French "trop court" is not a court of law).
HANDOVER_TRIGGERS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "legal": (
            r"\blawyers?\b",
            r"\bsolicitors?\b",
            r"\blegal action\b",
            r"\bsue\b",
            r"\bsuing\b",
            r"\bcourt\b",
            r"\bsmall claims\b",
            r"\btrading standards\b",
            r"\bombudsman\b",
            r"\bchargeback\b",
        ),
        "human": (
            r"\b(speak|talk|chat) (to|with) (a |an |some)?(human|person|someone|manager|supervisor|real)",
            r"\breal (human|person)\b",
            r"\bnot a (bot|robot)\b",
            r"\bcall me\b",
            r"\bphone me\b",
        ),
        "angry": (
            r"\bunacceptable\b",
            r"\bdisgust",
            r"\boutrage",
            r"\bridiculous\b",
            r"\bfurious\b",
            r"\bappalling\b",
            r"\bdisgrace",
            r"\bfed up\b",
            r"\bnever again\b",
            r"\bworst\b",
            r"\bjoke\b",
            r"\bscam\b",
            r"\bpathetic\b",
            r"!{3,}",
        ),
    },
    "fr": {
        "legal": (
            r"\bavocats?\b",
            r"\ben justice\b",
            r"\btribunal\b",
            r"\bplainte\b",
            r"\bmise en demeure\b",
            r"\bdgccrf\b",
            r"\bque choisir\b",
            r"\bpoursuites?\b",
            r"\bmediateur\b",
        ),
        "human": (
            r"\b(parler|discuter) (a|avec) (un|une|quelqu'un|quelqu un|votre)",
            r"\bun humain\b",
            r"\bvraie personne\b",
            r"\bun conseiller\b",
            r"\bune conseillere\b",
            r"\b(un|le|votre) responsable\b",
            r"\brappelez[- ]moi\b",
            r"\bappelez[- ]moi\b",
            r"\bpas un robot\b",
        ),
        "angry": (
            r"\binadmissible\b",
            r"\binacceptable\b",
            r"\bscandal",
            r"\bhonteu",
            r"\bn'importe quoi\b",
            r"\barnaque\b",
            r"\bras[- ]le[- ]bol\b",
            r"\bmarre\b",
            r"\bfurieu",
            r"\bdegoute",
            r"\blamentable\b",
            r"\bfoutage\b",
            r"\bplus jamais\b",
            r"!{3,}",
        ),
    },
}

_SLOT = re.compile(r"\{([a-z_]+)\}")
_AGREEMENT = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")  # `[singular|plural]`
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£"}
_LETTER_SIZES = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL")


def fold(text: str) -> str:
    """Lower-case, accent-free text so phrase matching survives missing accents and capitals."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def empathy_key(reason: str) -> str:
    """Which empathy bank fits a reason: an apology for the shop's faults (and late delivery), else neutral."""
    by_reason = {
        "damaged_in_transit": "apology_condition",
        "defective": "apology_condition",
        "missing_parts": "apology_condition",
        "wrong_item": "apology_wrong_item",
        "not_as_described": "apology_description",
        "arrived_late": "apology_late",
        "poor_quality": "quality",
        "too_small": "size",
        "too_large": "size",
        "no_longer_needed": "preference",
    }
    return by_reason.get(reason, "neutral")


def apologises_for(reason: str) -> bool:
    """Whether the reply must apologise: the shop's fault per the taxonomy, or a late delivery."""
    return get_reason(reason).shop_fault or reason == "arrived_late"


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
    Hyphenated words count by their last part (`T-Shirts` → `shirts`). Empty when no word is left."""
    words = re.sub(r"\([^()]*\)", " ", name).lower().split()
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


def agree(template: str, plural: bool) -> str:
    """A template with each `[singular|plural]` choice resolved for the product's number."""
    return _AGREEMENT.sub(lambda match: match.group(2 if plural else 1), template)


def fill(template: str, values: dict[str, str]) -> str:
    """Fill a template's slots; an unknown slot stays visible as `{name}` so the checker catches it."""
    return _SLOT.sub(lambda match: values.get(match.group(1), match.group(0)), template)


def leftover_slots(text: str) -> list[str]:
    """Unfilled `{slot}` markers left in a text."""
    return re.findall(r"\{[^{}]*\}", text)


def format_money(amount: float, currency: str, lang: str) -> str:
    """An amount as a customer reads it: `€12.50` in English, `12,50 €` in French."""
    symbol = _CURRENCY_SYMBOLS.get(currency, currency)
    if lang == "fr":
        return f"{amount:.2f}".replace(".", ",") + f"\u00a0{symbol}"
    return f"{symbol}{amount:.2f}"


def format_date(day: date, lang: str) -> str:
    """A date in words (`3 December 2026`, `3 décembre 2026`), unambiguous in both languages."""
    if lang == "fr":
        return f"{day.day} {_FR_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {day:%B} {day.year}"


def category_name(category: str, lang: str) -> str:
    """A product category's name in the reply's language."""
    return CATEGORY_NAMES[lang].get(category, category.replace("_", " "))


def add_business_days(start: date, days: int) -> date:
    """The date `days` business days (Monday to Friday) after `start`."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def neighbouring_size(size: str | None, reason: str, category: str) -> str | None:
    """The next size up for `too_small`, down for `too_large`; None when there is no sensible neighbour.

    Letter sizes step along XXS..3XL; shoe sizes and jeans waists (`W30`) by one; even EU clothing
    sizes (34, 36, 38...) by two. Combined sizes such as bra sizes (`75B`) get no suggestion.
    """
    if not size or reason not in ("too_small", "too_large"):
        return None
    step = 1 if reason == "too_small" else -1
    label = size.strip().upper()
    if label in _LETTER_SIZES:
        index = _LETTER_SIZES.index(label) + step
        return _LETTER_SIZES[index] if 0 <= index < len(_LETTER_SIZES) else None
    match = re.fullmatch(r"(W?)(\d+)", label)
    if match is None:
        return None
    prefix, number = match.group(1), int(match.group(2))
    increment = 2 if not prefix and category != "shoes" and number % 2 == 0 else 1
    neighbour = number + step * increment
    return f"{prefix}{neighbour}" if neighbour > 0 else None


def strip_slots(template: str) -> str:
    """A template with its slots removed (and its agreement in the singular, the wording it had before
    agreement was marked), for comparing its wording with past replies."""
    return " ".join(
        _SLOT.sub(" ", agree(template, plural=False)).translate(str.maketrans("", "", string.punctuation)).split()
    )
