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

# A sentence's end (a semicolon joins two halves of one here: "I was asked for £25 in customs; I didn't pay")
_SENTENCE_END = re.compile(r"[.!?]+")

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
# What may follow a refusal for it to be of the charge: nothing (the clause ends), a pronoun or the charge itself; not
# another thing or sum ("I didn't pay £80 for a dress with a hole in it", "I refused to sign for the second parcel",
# "refused to pay the extra £5 handling fee") nor a payment to come ("I wouldn't pay that again")
_OF_THE_CHARGE = (
    r"(?: (?:it|them|that|those|any(?: of (?:it|them))?|the (?:charges?|fees?|duty|duties|vat|tax)|(?:the )?customs"
    r"(?: \w+)?|(?:the )?import \w+|ca|ces frais|les frais(?: de douane)?|la douane|les droits|cette somme|"
    # ... or the parcel it was asked for (« J'ai refusé le colis »)
    r"(?:the |my |le |la |mon )?(?:parcel|package|delivery|colis|paquet|livraison)))?"
    r"(?= *(?:$|[.,;:!?)]|(?:and|so|but|because|as|since|et|donc|mais|car|alors)\b))"
)
# The customer says the charge asked was not paid ("I didn't pay and I want the dress", "I refused", « je n'ai pas payé
# », « j'ai refusé de les payer »)
_REFUSED = regex(
    r"\b(?:i|we) (?:didn't|didnt|did not|wouldn't|wouldnt|would not|refused to|declined to) pay" + _OF_THE_CHARGE + "|"
    r"\b(?:i|we) (?:refused|declined)" + _OF_THE_CHARGE + "|"
    r"\b(?:je n'ai|nous n'avons|on n'a) (?:pas|jamais) (?:voulu )?paye" + _OF_THE_CHARGE + "|"
    r"\bje ne (?:les |l')?ai (?:pas|jamais) payee?s?\b|"
    r"\b(?:j'ai|nous avons|on a) refuse(?: de (?:les |la |le )?payer)?" + _OF_THE_CHARGE
)
# ... or that there was no charge to pay ("there was nothing to pay", "I didn't have to pay any", « je n'ai rien eu à
# payer »)
_NOTHING_TO_PAY = regex(
    r"\b(?:i|we) (?:didn't|didnt|did not|never) (?:have|had|need|needed) to pay\b|\b(?:nothing|none) (?:to pay|was "
    r"due|to be paid)\b|\bno (?:customs|import|charges?|fees?) (?:to pay|were due|was due|due)\b|\b(?:je n'ai|nous "
    r"n'avons|on n'a) (?:rien|pas) eu (?:a|besoin de) payer\b|\brien (?:eu )?a payer\b"
)
# ... and a payment of it told, which wins over any refusal ("I paid it, but I refused to pay the extra £5", « je les
# ai payés »)
_PAID_IT = regex(
    r"\b(?:i|we)(?:'ve| have| had)? (?:paid|had to pay|settled)(?: (?:it|them|that|up|the \w+))?\b(?! for\b)|"
    r"\b(?:je (?:les |l')?ai|nous (?:les |l')?avons|j'ai) (?:du )?(?:payee?s?|regle)\b"
)

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


def _around_each_charge(folded: str) -> list[str]:
    """Around each customs charge named, from the start of the sentence before its own to the end of the second
    sentence after it: where the customer says what became of it ("The courier asked for £25 customs. I didn't pay any
    of it", "I refused to pay and the courier took it away. He wanted £25 in customs.", « ... m'a réclamé 38 € de frais
    de douane. Je n'avais pas l'intention de payer ... J'ai refusé le colis. »)."""
    spans = []
    for charge in regex(_CHARGE).finditer(folded):
        starts = [0, *(end.end() for end in _SENTENCE_END.finditer(folded, 0, charge.start()))]
        ends = [end.end() for end in _SENTENCE_END.finditer(folded, charge.end())]
        spans.append(folded[starts[-2] if len(starts) > 1 else 0 : ends[2] if len(ends) > 2 else len(folded)])
    return spans


def customs_unpaid(folded: str) -> bool:
    """Whether the text says a customs charge it names went unpaid, around it (`_around_each_charge`): refused
    (`_REFUSED`) or nothing to pay (`_NOTHING_TO_PAY`), with no payment of it told there (`_PAID_IT`): no charge the
    customer paid, whatever sum or payment verb the text gives it."""
    return any(
        (_REFUSED.search(around) or _NOTHING_TO_PAY.search(around)) and not _PAID_IT.search(around)
        for around in _around_each_charge(folded)
    )


def customs_refused(folded: str) -> bool:
    """Whether the text tells customs charges asked of the customer at the door (`_CHARGE_ASKED`, or a sum of them not
    only foreseen) that they refused to pay (`_REFUSED`, no payment told, not "nothing to pay"): the parcel was not
    handed over."""
    refused = any(
        _REFUSED.search(around) and not (_PAID_IT.search(around) or _NOTHING_TO_PAY.search(around))
        for around in _around_each_charge(folded)
    )
    return refused and (
        bool(_CHARGE_ASKED.search(folded))
        or any(not _FORESEEN_BEFORE.search(words_before(folded, told.start())) for told in CUSTOMS_SUM.finditer(folded))
    )
