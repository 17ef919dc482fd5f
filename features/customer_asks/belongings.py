"""Belongings: the item damaged the customer's own things (a blouse an iron stained, a floor a chair scratched)."""

from __future__ import annotations

import re

from features.customer_asks.clauses import NEGATION_IN_CLAUSE, denied

# What the customer owns beside the item: clothes and linen, furniture, the home's floors and surfaces, a car
_THINGS_EN = (
    r"(?:blouse|shirt|top|clothes|clothing|dress|jeans|trousers|jumper|coat|washing|laundry|sheets|bedding|towels|"
    r"curtains|sofa|couch|carpet|rug|floor|floors|flooring|floorboards|parquet|tiles|table|desk|worktop|counter|"
    r"countertop|wall|walls|paintwork|paint|bath|bathtub|sink|hob|cupboard|cupboards|furniture|car|laptop|phone)"
)
_THINGS_FR = (
    r"(?:chemisier|chemise|haut|vetements|linge|robe|jean|pantalon|pull|manteau|draps|serviettes|rideaux|canape|tapis|"
    r"moquette|sol|parquet|carrelage|table|bureau|plan de travail|mur|murs|peinture|baignoire|evier|plaque|placards?|"
    r"meubles?|voiture|ordinateur|telephone|affaires)"
)
# ... the home's own surfaces, the customer's whoever names them ("the floor", « le parquet »)
_FIXTURES = r"(?:floor|floors|flooring|floorboards|parquet|carpet|worktop|sol|carrelage|moquette|plan de travail)"
_MINE_EN = r"(?:(?:my|our)(?: \w+){0,2}? " + _THINGS_EN + r"|the(?: \w+)? " + _FIXTURES + r")\b"
_MINE_FR = r"(?:(?:mon|ma|mes|notre|nos)(?: \w+){0,2}? " + _THINGS_FR + r"|(?:le|la|les) " + _FIXTURES + r")\b"
# The item damaged them: "stained my blouse", "left rust marks on my shirt", "scratched our floor", « a taché mon
# chemisier », « a rayé le parquet », « a déteint sur mes draps », « des traces noires sur mon plan de travail »; not
# the customer's own doing ("I scratched my floor moving it", « j'ai taché ma robe »), nor a word that may be said of
# the item itself once theirs ("damaged my sofa" of the sofa delivered)
_OWN_DOING = r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bwe've )(?<!\bj'ai )(?<!\bnous avons )(?<!\bje )"
_BELONGINGS_DAMAGED = re.compile(
    _OWN_DOING
    + r"\b(?:stained|scratched|scuffed|marked|burnt|burned|scorched|dyed|discoloured|discolored|bleached|gouged) "
    r"(?:all over )?"
    + _MINE_EN
    + r"|\bleft (?:a |an |some |big |black |brown |orange |blue |rust |dark |white )*(?:stains?|marks?|"
    r"scratch(?:es)?|dye|rust|residue|burn marks?|scorch marks?|rings?|dents?) (?:all )?(?:on|over|in|across) "
    + _MINE_EN
    + r"|\b(?:dye|colour|color) (?:ran|bled|came off) (?:onto|on|into|all over) "
    + _MINE_EN
    + r"|"
    + _OWN_DOING
    + r"\b(?:a|ont|m'a|m'ont) (?:completement |totalement )?(?:tache|raye|brule|decolore|marque|troue) "
    + _MINE_FR
    + r"|\b(?:a|ont) deteint sur (?:tout )?"
    + _MINE_FR
    # (marks found, not ones avoided: « pour éviter les taches sur le carrelage »)
    + r"|(?<!\beviter )(?<!\beviter les )(?<!\bpas de )(?<!\bsans )(?<!\baucune )"
    r"\b(?:des |une |de grosses |plein de )?(?:taches?|traces?|marques?|rayures?|aureoles?) (?:\w+ ){0,3}?sur "
    + _MINE_FR
)


# ... not the item itself, named as the customer's new purchase ("scratched my new table", « sur mon tapis neuf »), nor
# a thing the courier damaged in delivering it ("The driver scratched my desk carrying it in", « Le livreur a rayé ma
# table »)
_THE_PURCHASE = re.compile(r"\b(?:new|brand-new|neuf|neuve|neufs|neuves|nouvelle?s?|nouveaux)\b")
_THE_COURIER = re.compile(
    r"\b(?:courier|driver|delivery|deliveryman|postman|postie|carrier|fitters?|livreur|livreuse|transporteur|"
    r"livraison|facteur|monteur)s?\b[^.!?]{0,30}$"
)


def belongings_damaged(folded: str) -> bool:
    """Whether the text says the item damaged the customer's own things (`_BELONGINGS_DAMAGED`), not denied in its
    clause ("it didn't stain my blouse, luckily", « il n'a pas taché mon chemisier »), nor the new purchase itself
    (`_THE_PURCHASE`) or what the courier damaged (`_THE_COURIER`)."""
    return any(
        not denied(folded, match, NEGATION_IN_CLAUSE)
        # (« mon tapis neuf »: the French adjective after its noun)
        and not _THE_PURCHASE.search(folded, match.start(), match.end() + 10)
        and not _THE_COURIER.search(folded, max(0, match.start() - 40), match.start())
        for match in _BELONGINGS_DAMAGED.finditer(folded)
    )
