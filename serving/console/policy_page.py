"""The public return-policy page, in English and French, written from the policy the engine decides with.

Every figure (windows, categories, quota, fees, keep-item prices, refund days) comes from the
validated `Policy`; only the sentences around them live here. Risk bands and the cost model are
internal: customers never see them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from decisions.policy import Policy
from features.schemas import CATEGORY_CODES
from features.taxonomy import REASON_CODES
from models.reply_grammar import business_days, category_name

LANGS: tuple[str, ...] = ("en", "fr")

# How each reason reads on the page when the policy pays its return (`shop_fault_reasons`): every
# taxonomy code, since which reasons a shop pays for is its choice ("If an item is {reasons}, ...").
SHOP_FAULT_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "too_small": "too small",
        "too_large": "too large",
        "damaged_in_transit": "damaged on arrival",
        "defective": "faulty",
        "poor_quality": "of poor quality",
        "missing_parts": "incomplete",
        "not_as_described": "not as described",
        "wrong_item": "not what you ordered",
        "arrived_late": "late",
        "no_longer_needed": "no longer needed",
        "other": "returned for another reason",
    },
    "fr": {
        "too_small": "trop petit",
        "too_large": "trop grand",
        "damaged_in_transit": "arrivé endommagé",
        "defective": "défectueux",
        "poor_quality": "de mauvaise qualité",
        "missing_parts": "incomplet",
        "not_as_described": "non conforme à la description",
        "wrong_item": "différent de votre commande",
        "arrived_late": "livré en retard",
        "no_longer_needed": "devenu inutile",
        "other": "retourné pour une autre raison",
    },
}

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Our return policy",
        "version": "Policy version {version}.",
        "other_lang": "Version française",
        "windows_title": "How long you have",
        "windows": "You can ask to return an item within {days} days of delivery.",
        "windows_except": "Some categories have their own period:",
        "days": "{days} days",
        "category": "Category",
        "period": "Return period",
        "non_returnable_title": "Items that cannot be returned",
        "non_returnable": "For hygiene and personalisation reasons, these items cannot be returned unless they are "
        "faulty: {categories}.",
        "none_non_returnable": "Every category can be returned.",
        "free_title": "Free returns",
        "free": "Returns of {categories} are free, up to {count} free returns every {window} days.",
        "fee": "Other returns cost {fees} for the return label, deducted from your refund.",
        "fee_every": "Returns cost {fees} for the return label, deducted from your refund.",
        "shop_fault": "If an item is {reasons}, the return is always free, whatever the category or the number of "
        "returns, and it does not count towards your free returns.",
        "keep_title": "Low-value items",
        "keep": "For an item that cost at most {prices}, we may refund you without asking for the item back.",
        "exchange": "If the size is not right, we offer an exchange for another size.",
        "refund_title": "Your refund",
        "refund": "We refund you within {days} after we receive the item (for an item you keep, after our decision).",
        "review": "Some returns are checked by our team before the refund; we tell you when that is the case.",
        "status": "Follow your return at",
        "and": "and",
        "or": "or",
    },
    "fr": {
        "title": "Notre politique de retour",
        "version": "Version de la politique : {version}.",
        "other_lang": "English version",
        "windows_title": "Le délai de retour",
        "windows": "Vous pouvez demander le retour d'un article dans les {days} jours suivant la livraison.",
        "windows_except": "Certaines catégories ont leur propre délai :",
        "days": "{days} jours",
        "category": "Catégorie",
        "period": "Délai de retour",
        "non_returnable_title": "Articles non repris",
        "non_returnable": "Pour des raisons d'hygiène et de personnalisation, ces articles ne peuvent pas être "
        "retournés, sauf s'ils sont défectueux : {categories}.",
        "none_non_returnable": "Toutes les catégories peuvent être retournées.",
        "free_title": "Retours gratuits",
        "free": "Les retours {categories} sont gratuits, dans la limite de {count} retours gratuits tous les "
        "{window} jours.",
        "fee": "Les autres retours coûtent {fees} pour l'étiquette de retour, déduits de votre remboursement.",
        "fee_every": "Les retours coûtent {fees} pour l'étiquette de retour, déduits de votre remboursement.",
        "shop_fault": "Si un article est {reasons}, le retour est toujours gratuit, quels que soient la catégorie "
        "et le nombre de retours, et il n'est pas décompté de vos retours gratuits.",
        "keep_title": "Articles de faible valeur",
        "keep": "Pour un article payé au plus {prices}, nous pouvons vous rembourser sans vous demander de le "
        "renvoyer.",
        "exchange": "Si la taille ne convient pas, nous proposons un échange contre une autre taille.",
        "refund_title": "Votre remboursement",
        "refund": "Nous vous remboursons sous {days} après réception de l'article "
        "(pour un article que vous gardez, après notre décision).",
        "review": "Certains retours sont vérifiés par notre équipe avant le remboursement ; nous vous le "
        "signalons le cas échéant.",
        "status": "Suivez votre retour sur",
        "and": "et",
        "or": "ou",
    },
}


def money(amount: float, currency: str, lang: str) -> str:
    """An amount as the page's language writes it (decimal comma in French)."""
    figure = f"{amount:.2f}"
    return f"{figure.replace('.', ',')} {currency}" if lang == "fr" else f"{figure} {currency}"


def _series(items: list[str], conjunction: str) -> str:
    """'a, b and c' / 'a, b or c' (the conjunction in the page's language)."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _category(code: str, lang: str, partitive: bool = False) -> str:
    """A category's name on the page: a French clause's name carries its partitive (« les retours de robes,
    d'accessoires »), which a list after a colon or a table row does not (« sous-vêtements »)."""
    name = category_name(code, lang)
    return name if partitive else re.sub(r"^(de |d')", "", name)


@dataclass(frozen=True)
class PolicySection:
    title: str
    paragraphs: tuple[str, ...]
    table: tuple[tuple[str, str], ...] = ()  # (category, period) rows


@dataclass(frozen=True)
class PolicyPage:
    lang: str
    title: str
    version: str
    other_lang: str
    other_lang_label: str
    sections: tuple[PolicySection, ...]
    period_headers: tuple[str, str]
    status_label: str
    status_url: str


def policy_page(policy: Policy, lang: str) -> PolicyPage:
    """The policy's sections in `lang` ('en' or 'fr'); raises ValueError for another language."""
    if lang not in LANGS:
        raise ValueError(f"lang: {lang!r} is not one of {', '.join(LANGS)}")
    text = TEXT[lang]

    def names(categories: list[str], partitive: bool = False) -> str:
        ordered = [code for code in CATEGORY_CODES if code in categories]
        return _series([_category(code, lang, partitive) for code in ordered], text["and"])

    windows = policy.return_window_days
    exceptions = tuple(
        (_category(code, lang), text["days"].format(days=days))
        for code, days in sorted(windows.categories.items(), key=lambda item: CATEGORY_CODES.index(item[0]))
        if days != windows.default
    )
    window_paragraphs = [text["windows"].format(days=windows.default)]
    if exceptions:
        window_paragraphs.append(text["windows_except"])
    non_returnable = (
        text["non_returnable"].format(categories=names(policy.non_returnable_categories))
        if policy.non_returnable_categories
        else text["none_non_returnable"]
    )
    fees = _series([money(fee, currency, lang) for currency, fee in policy.label_fee.items()], text["or"])
    # The reasons the decision treats as the shop's fault, in taxonomy order.
    shop_fault = [SHOP_FAULT_WORDS[lang][code] for code in REASON_CODES if code in policy.shop_fault_reasons]
    quota = policy.free_return_quota
    # a shop without free-return categories, or with a quota of none, charges every return but those it pays for
    free = (
        [
            text["free"].format(
                categories=names(policy.free_return_categories, partitive=True),
                count=quota.count,
                window=quota.window_days,
            ),
            text["fee"].format(fees=fees),
        ]
        if policy.free_return_categories and quota.count
        else [text["fee_every"].format(fees=fees)]
    )
    if shop_fault:
        free.append(text["shop_fault"].format(reasons=_series(shop_fault, text["or"])))
    if policy.exchange_for_size_reasons:
        free.append(text["exchange"])
    prices = _series(
        [money(price, currency, lang) for currency, price in policy.keep_item.max_price.items()], text["or"]
    )
    sections = (
        PolicySection(text["windows_title"], tuple(window_paragraphs), exceptions),
        PolicySection(text["non_returnable_title"], (non_returnable,)),
        PolicySection(text["free_title"], tuple(free)),
        PolicySection(text["keep_title"], (text["keep"].format(prices=prices),)),
        PolicySection(
            text["refund_title"],
            (text["refund"].format(days=business_days(*policy.refund_processing_days, lang)), text["review"]),
        ),
    )
    other = next(code for code in LANGS if code != lang)
    return PolicyPage(
        lang=lang,
        title=text["title"],
        version=text["version"].format(version=policy.version),
        other_lang=other,
        other_lang_label=text["other_lang"],
        sections=sections,
        period_headers=(text["category"], text["period"]),
        status_label=text["status"],
        status_url=policy.status_url,
    )
