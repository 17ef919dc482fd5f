"""Customs or import charges told with their sum: one the customer paid on delivery, and one they say they did not pay.

A sum of customs charges is told of a parcel met at the door ("The customs fees were £12 when it arrived", "There was
£9 import VAT to pay", « 15 € de frais de douane pour une robe trop petite », « Le livreur m'a demandé 20 € de frais
de douane »), of a charge only foreseen ("I was told to expect £20 customs", "The website warns of £15 import
charges", « On m'avait prévenue de 15 € de frais de douane »), or of one the customer refused ("The courier asked for
£25 in import charges ... I didn't pay"). Only the first is a charge paid (`request_kinds`' `refund_customs`); what
is foreseen or refused is none, whatever else the text says.
"""

from __future__ import annotations

import re

from features.text import regex, words_before

# A sum of money, never nothing ("£0 import charges" is no charge): "£25", "€ 20", "20 €", "12 pounds", "15 euros"
_SUM = (
    r"(?:[£€$] ?(?!0+(?:[.,]0+)?(?!\d))\d+(?:[.,]\d{1,2})?|(?<![\w.,])(?!0+(?:[.,]0+)?(?!\d))\d+(?:[.,]\d{1,2})? ?"
    r"(?:€|£|\$|euros?|eur|pounds?|gbp|quid)(?!\w))"
)
# The charge, in either language
_CHARGE = (
    r"(?:customs(?: (?:charges?|fees?|duty|duties|vat|tax|taxes))?|import (?:duty|duties|vat|tax|taxes|charges?|"
    r"fees?)|(?:frais|droits|taxes?) de (?:douane|dedouanement)|taxes? d'importation|tva (?:a l'import(?:ation)?|"
    r"d'importation))"
)
# The sum told of the charge: before it ("£9 import VAT", "£25 in import charges", « 20 € de frais de douane ») or
# after it, as what it came to ("The customs fees were £12", "import charges came to £18", « les frais de douane
# étaient de 15 € », « m'ont coûté 15 € »)
CUSTOMS_SUM = regex(
    _SUM + r" (?:in |of |for |de |en )?(?:the |les |des |d'|de )?" + _CHARGE + r"\b|"
    r"\b" + _CHARGE + r"(?: (?:on|for|pour) (?:it|them|this|that|the \w+|l'article|la commande|le colis))? "
    r"(?:were|was|came to|come to|cost(?: me| us)?|totall?ed|amounted to|etaient(?: de)?|s'elevaient a|se montaient a|"
    r"m'ont coute|nous ont coute|ont coute) (?:a |an |a whopping |de )?" + _SUM
)
# What makes the sum told only foreseen, in its clause before it: warned of, expected, quoted, or a charge to come or
# wondered about ("I was told to expect £20", "warns of £15", "There will be £15", "if there's £12 to pay",
# « on m'avait prévenue de 15 € », « il y aura 15 € », « est-ce que je devrai payer 15 € »)
_FORESEEN_BEFORE = re.compile(
    r"\b(?:expect\w*|warn\w*|told (?:me |us )?(?:there (?:would|will|might|may) be|to expect|it (?:would|will|might) "
    r"be)|quoted?|estimated?|will|would|might|may|could|going to|if|whether|in case|avoid|prevenue?s?|averti\w*|"
    r"annonce\w*|attend\w*|aura|auront|aurait|devrai\w*|devr(?:a|ais|ait|ez|ons)|faudra\w*|pourrai\w*|risque\w*|si|"
    r"eviter|estime\w*|pas de)\b(?:(?!\b(?:but|mais|however|pourtant|then|puis)\b)[^.!?;])*$"
)
# The customer says a charge asked was not paid ("I didn't pay and I want the dress", "I refused", « je n'ai pas payé »,
# « j'ai refusé »); not a refusal of something else ("I refused the exchange") nor a payment of delivery denied ("I
# didn't pay for express delivery")
_REFUSED = (
    r"\b(?:i|we) (?:didn't|didnt|did not|wouldn't|wouldnt|would not|refused to|declined to|won't|will not) pay\b"
    r"(?! (?:for (?:the |an? )?(?:express|next[- ]day|premium|delivery|postage|shipping)|(?:full|the full) price)\b)|"
    r"\b(?:i|we) (?:refused|declined)\b(?! (?:the |an? |your )?(?:exchange|replacement|refund|offer|voucher|credit|"
    r"gift card)\b)|"
    r"\b(?:je n'ai|nous n'avons|on n'a) (?:pas|jamais) paye\b|\bje ne (?:les |l')?ai (?:pas|jamais) payee?s?\b|"
    r"\b(?:j'ai|nous avons|on a) refuse\b(?! (?:l'echange|le remplacement|le remboursement|l'avoir|le bon)\b)"
)
# ... or that there was no charge to pay ("there was nothing to pay", "I didn't have to pay any", « je n'ai rien eu à
# payer »)
_NOTHING_TO_PAY = (
    r"\b(?:i|we) (?:didn't|didnt|did not|never) (?:have|had|need|needed) to pay\b|\b(?:nothing|none) (?:to pay|was "
    r"due|to be paid)\b|\bno (?:customs|import|charges?|fees?) (?:to pay|were due|was due|due)\b|\b(?:je n'ai|nous "
    r"n'avons|on n'a) (?:rien|pas) eu (?:a|besoin de) payer\b|\brien (?:eu )?a payer\b"
)
CUSTOMS_UNPAID = regex(_REFUSED + "|" + _NOTHING_TO_PAY)
# A charge asked of the customer at the door, with or without its sum: "The courier asked for £25 in import charges",
# "asked if I'd pay £25 in customs", "they wanted customs fees", « Le livreur m'a demandé 20 € de frais de douane »,
# « réclamait des droits de douane »
_CHARGE_ASKED = regex(
    r"\b(?:asked(?: me| us)? (?:for|if (?:i|we)(?:'d| would) pay|me to pay|us to pay)|wanted|demanded|requested|"
    r"charged(?: me| us)?|(?:m'a|nous a|m'ont|nous ont|a) (?:demande|reclame|exige)e?s?|(?:demandait|reclamait|"
    r"voulait|exigeait|voulaient|reclamaient))\b[^.!?]{0,40}?\b" + _CHARGE + r"\b"
)


def customs_paid_by_sum(folded: str) -> bool:
    """Whether the text tells a sum of customs charges met on delivery (`CUSTOMS_SUM`), not only foreseen in its
    clause (`_FORESEEN_BEFORE`), and does not say the charge went unpaid (`customs_unpaid`)."""
    if customs_unpaid(folded):
        return False
    return any(not _FORESEEN_BEFORE.search(words_before(folded, told.start())) for told in CUSTOMS_SUM.finditer(folded))


def customs_unpaid(folded: str) -> bool:
    """Whether the text tells customs charges (`_CHARGE`) and says a payment was not made (`CUSTOMS_UNPAID`): no
    charge the customer paid, whatever sum or payment verb the text gives it."""
    return bool(regex(_CHARGE).search(folded)) and bool(CUSTOMS_UNPAID.search(folded))


def customs_refused(folded: str) -> bool:
    """Whether the text tells customs charges asked of the customer at the door (`_CHARGE_ASKED`, or a sum of them not
    only foreseen) that they did not pay (`_REFUSED`), and not that there was nothing to pay (`_NOTHING_TO_PAY`): the
    parcel was not handed over."""
    if not regex(_REFUSED).search(folded) or regex(_NOTHING_TO_PAY).search(folded):
        return False
    return bool(_CHARGE_ASKED.search(folded)) or any(
        not _FORESEEN_BEFORE.search(words_before(folded, told.start())) for told in CUSTOMS_SUM.finditer(folded)
    )
