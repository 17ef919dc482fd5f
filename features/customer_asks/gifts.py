"""Gifts: the customer returns an item someone else bought them, so the money goes back to whoever paid."""

from __future__ import annotations

import re

from features.customer_asks.clauses import NEGATION_IN_CLAUSE, denied

# Who gives: someone close to the customer ("my aunt", "my sister-in-law", "my other half", « ma belle-sœur », « mes
# parents », « un collègue »), not a thing ("my necklace gave me a rash")
_PEOPLE_EN = (
    r"(?:(?:step|god|grand)?(?:mum|mom|mother|dad|father|parents?|ma|pa)|(?:mother|father|sister|brother|daughter|son)s?"
    r"-in-law|in-laws|husband|hubby|wife|partner|other half|boyfriend|girlfriend|bf|gf|fiancee?|sons?|daughters?|kids|"
    r"children|brothers?|sisters?|aunt|auntie|uncle|gran|granny|grandma|grandpa|grandad|nan|nana|cousins?|niece|nephew|"
    r"(?:best )?friends?|bestie|colleagues?|boss|team|neighbou?rs?|family|flatmates?|housemates?|secret santa)"
)
_GIVER_EN = r"(?:(?:my|our) (?:\w+ )?" + _PEOPLE_EN + r"|a (?:friend|colleague|relative|neighbou?r)|someone|somebody)"
_GIVER_FR = (
    r"(?:(?:mon|ma|mes|notre|nos) (?:\w+ )?(?:mere|maman|pere|papa|parents|mari|femme|epouse|compagnon|compagne|"
    r"conjointe?|copain|copine|cheri|cherie|fiancee?|fils|fille|filles|enfants|frere|freres|soeur|soeurs|tante|oncle|"
    r"mamie|mami|papi|papy|grand-mere|grand-pere|grands-parents|cousine?s?|niece|neveu|amie?s?|collegues?|patron|"
    r"patronne|voisine?s?|belle-mere|beau-pere|belle-soeur|beau-frere|belle-fille|gendre|marraine|parrain|famille)|"
    r"une? (?:ami|amie|collegue|voisine?|proche|cousine?)|quelqu'un)"
)
# The item returned, not another one given beside it ("my partner got me almost the same one", "my kids gave me the
# exact same tablet", « on m'a offert le même »): the customer bought the one returned
_THIS_ITEM_EN = (
    r"(?:it|this|them|these|the (?!(?:same|exact|identical|other|one|link|links|code|email|details|photos?|message)\b)"
    r"\w+(?: \w+)?)"
)
_NOT_ANOTHER_FR = r"(?! (?:(?:exactement )?(?:le|la|les) memes?|une? autre|le pareil|la pareille|les pareils)\b)"
# ... received by the customer (or told with no subject: "Got it as a gift"), not by someone else ("my mother
# received the bread maker as a gift from me")
_RECEIVER_EN = r"(?:^|[.!?;,(] ?|\b(?:i|we|i've|we've|i have|we have|i had|we had)(?: just| already)? )"
# The item told as a gift the customer received: "Got it as a gift", "It was a present from my aunt", "my girlfriend
# bought me this running jacket", "I was given this for Christmas", "Gift receipt enclosed", « Cadeau de ma
# belle-sœur », « ma tante m'a offert ce service à thé », « Offerte par mon fils », « reçu en cadeau », « avec le ticket
# cadeau ». Not one the customer bought for someone ("I bought it as a gift for my sister", « Cadeau de Noël pour mon
# fils »), whose own payment the refund goes back to, nor another one given beside the one returned.
_GIFT_RECEIVED = re.compile(
    _RECEIVER_EN
    + r"(?:got|received|was given|were given|been given) "
    + _THIS_ITEM_EN
    + r" (?:as a (?:gift|present)|for (?:my |our )?(?:birthday|christmas|xmas|anniversary|wedding))\b|"
    + _RECEIVER_EN
    + r"(?:got|received|was given|were given) (?:as )?a (?:gift|present)\b(?! (?:for|to) )|"
    r"\b(?:it|this|they|these|the \w+(?: \w+)?) (?:was|were|is|are) a (?:gift|present) (?:from|to me|for me)\b|"
    r"(?:^|[.!?;,] ?)(?:a )?(?:gift|present) from "
    + _GIVER_EN
    + r"|\b"
    + _GIVER_EN
    + r" (?:bought|got|gave|ordered|sent|chose|picked) (?:me|us) "
    + _THIS_ITEM_EN
    + r"\b|\b"
    # ... or ordered for the customer by someone close ("my daughter ordered it for me as a surprise", « ma fille me
    # l'a commandée pour me faire une surprise »)
    + _GIVER_EN
    + r" (?:bought|got|ordered) "
    + _THIS_ITEM_EN
    + r" for (?:me|us)\b|\b"
    + _GIVER_FR
    + r" (?:me|nous) (?:l'|les )(?:a|ont|avait|avaient) (?:commandee?s?|achetee?s?|prise?s?)\b|"
    r"\bgift receipt\b|"
    r"\b(?:"
    + _GIVER_FR
    + r"|on|il|elle|ils|elles) (?:m'|nous )(?:a|ont|avait|avaient) (?:ete )?offerte?s?\b"
    + _NOT_ANOTHER_FR
    + r"(?! (?:un |une |le |la )?(?:geste|bon|code|reduction|remise|avoir|livraison|frais)\b)|"
    r"\b(?:offerte?s? par " + _GIVER_FR + r"|(?:recue?s?|eue?s?) (?:en|comme) cadeau)\b|"
    r"(?:^|[.!?;,] ?)(?:un |c'est un |c'etait un )?cadeau (?:de|d') (?:mon|ma|mes|notre|nos|une?|la part d)\b|"
    r"\bticket cadeau\b"
)


def gift_received(folded: str) -> bool:
    """Whether the customer says the item was a gift to them (`_GIFT_RECEIVED`), not denied in its clause ("it wasn't
    a gift from my mum", « ce n'était pas un cadeau de ma sœur »): the refund goes to the payment the order was made
    with, not the customer's own."""
    return any(not denied(folded, match, NEGATION_IN_CLAUSE) for match in _GIFT_RECEIVED.finditer(folded))
