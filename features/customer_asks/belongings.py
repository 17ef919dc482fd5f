"""Belongings: the item damaged the customer's own things (a blouse an iron stained, a floor a chair scratched)."""

from __future__ import annotations

import re

from features.customer_asks.clauses import NEGATION_IN_CLAUSE, clause_around, denied

# What the customer owns beside the item: clothes and linen, furniture, the home's floors and surfaces, a car
_THINGS_EN = (
    r"(?:blouse|shirt|top|clothes|clothing|dress|jeans|trousers|jumper|coat|washing|laundry|sheets|bedding|towels|"
    r"curtains|pillowcases|pillows|sofa|couch|armchair|chair|cushions|bed|mattress|carpet|rug|floor|floors|flooring|floorboards|parquet|tiles|table|desk|worktop|counter|"
    r"countertop|wall|walls|paintwork|paint|bath|bathtub|sink|hob|cupboard|cupboards|furniture|car|laptop|phone)"
)
_THINGS_FR = (
    r"(?:chemisier|chemise|haut|vetements|linge|robe|jean|pantalon|pull|manteau|draps|serviettes|rideaux|canape|fauteuil|chaise|coussins|lit|matelas|tapis|"
    r"moquette|sol|parquet|carrelage|table|bureau|plan de travail|mur|murs|peinture|baignoire|evier|plaque|placards?|"
    r"meubles?|voiture|ordinateur|telephone|affaires)"
)
# ... the home's own surfaces, the customer's whoever names them ("the floor", « le parquet »)
_FIXTURES = r"(?:floor|floors|flooring|floorboards|parquet|carpet|worktop|sol|carrelage|moquette|plan de travail)"
# ... all of them or some ("all my towels", « tous mes draps »)
_MINE_EN = (
    r"(?:(?:(?:all|some|most|one|two) (?:of )?)?(?:my|our)(?: \w+){0,2}? "
    + _THINGS_EN
    + r"s?|the(?: \w+)? "
    + _FIXTURES
    + r")\b"
)
_MINE_FR = (
    r"(?:(?:(?:tous|toutes|tout) )?(?:mon|ma|mes|notre|nos)(?: \w+){0,2}? "
    + _THINGS_FR
    + r"s?|(?:le|la|les) "
    + _FIXTURES
    + r")\b"
)
# The home itself, which the shop never delivers, so whatever damaged it harmed the customer's own: its walls, floors,
# skirting and paint ("it dented the wall", "chipped our skirting board", « ça a abîmé le parquet », « a fissuré le
# carrelage »; not a door or loose tiles, which may be the item's own or the item), said bare ("the wall": a home's
# wall is the customer's), but not a thing of the item named after it ("the wall bracket", "the floor of the box",
# « le mur du carton »): the word ends its phrase
_HOME_EN = (
    r"(?:wall|walls|paintwork|plaster|skirting(?: boards?)?|ceiling|door ?frame|banister|stairs|floor|floors|"
    r"flooring|floorboards|parquet|carpet|worktop|countertop)"
)
_HOME_FR = r"(?:mur|murs|peinture|platre|plinthes?|plafond|escalier|sol|parquet|carrelage|moquette)"
_PHRASE_ENDS = (
    r"(?= *(?:$|[.,;:!?)]|(?:and|but|when|while|as|in|on|behind|beside|next|where|with|so|too|badly|completely|"
    r"everywhere|again|et|mais|quand|en|lors|avec|derriere|partout|aussi|completement|au passage)\b|"
    # ... or the room it is in ("the wall of the hallway", « le mur du salon »)
    r" of (?:the|my|our) (?:hall|hallway|landing|kitchen|lounge|living room|bedroom|bathroom|stairs|staircase)\b|"
    r" (?:du|de la|de l'|de mon|de ma|de notre) ?(?:salon|couloir|entree|chambre|cuisine|sejour|bureau|escalier|"
    r"palier|salle de bains?|salle a manger)\b))"
)
_HOME_DAMAGED = (
    r"\b(?:damaged|dented|chipped|cracked|ruined|marked|scratched|scuffed|stained|gouged|scraped|knocked a hole in|"
    r"took (?:the )?paint off) (?:(?:my|our|the)(?: \w+)?|part of (?:my|our|the)) "
    + _HOME_EN
    + _PHRASE_ENDS
    + r"|\b(?:a|ont|m'a|m'ont) (?:completement |totalement )?(?:abime|endommage|fissure|ecaille|raye|marque|tache|"
    r"bossele|casse|enfonce) (?:mon|ma|mes|notre|nos|le|la|les|l')(?: ?\w+)? ?" + _HOME_FR + _PHRASE_ENDS
)
# What dye did to the customer's own clothes: another thing the item named as its source turned them another colour
# ("these jeans turned my white socks blue", « ce plaid a rendu mon linge blanc tout bleu »); not a wash that changed
# the item's own colour ("The first wash turned my t-shirt pink", « Un lavage a rendu mon haut tout gris »), nor "it"
# alone, which may be the wash, nor the item's own kind named as what was dyed ("These socks turned my socks grey")
_DYED_EN = (
    r"(?:bra|bras|socks|underwear|pants|knickers|shirt|shirts|top|tops|t-shirt|t-shirts|vest|clothes|washing|laundry|"
    r"sheets|towels)"
)
_DYED_FR = (
    r"(?:linge|vetements?|soutien-gorge|soutiens-gorge|chaussettes|tee-shirts?|t-shirts?|chemises?|chemisiers?|draps|"
    r"serviettes|culottes?|sous-vetements|hauts?|debardeurs?|pulls?)"
    r"(?: (?:blanc|blanche|blancs|blanches|clair|claire|clairs|claires|beige|creme|preferee?))?"
)
_COLOUR_EN = r"(?:blue|pink|green|grey|gray|black|red|purple|orange|yellow|brown)"
_COLOUR_FR = r"(?:bleue?s?|roses?|verte?s?|grise?s?|noire?s?|rouges?|violette?s?|orange|jaunes?|marron)"
_A_WASH = r"(?!(?:wash|washes|washing|first|one|cycle|lavage|lavages|premier|machine|cycle|seul)\b)"
_DYED = (
    r"\b(?:(?:the|these|this|those|its|their|my new|the new) "
    + _A_WASH
    + r"(?P<source_en>[\w-]+(?: [\w-]+)?)|the dye|the colou?r) turned (?:all )?(?:my|our)(?: [\w'-]+){0,2}? "
    r"(?P<dyed_en>"
    + _DYED_EN
    + r") (?:a bit |slightly |completely |bright )?"
    + _COLOUR_EN
    + r"\b|\b(?:(?:(?:le|la|les|ce|cet|cette|ces|mon nouveau|ma nouvelle|mes nouveaux|mes nouvelles) |l')"
    + _A_WASH
    + r"(?P<source_fr>[\w-]+(?: [\w-]+)?)|la teinture|la couleur) (?:a|ont) (?:rendu|teint|colore) (?:tout )?"
    r"(?:mon|ma|mes|notre|nos) (?P<dyed_fr>" + _DYED_FR + r") (?:en |tout |toute |toutes )?" + _COLOUR_FR + r"\b"
)
_DYED_ITSELF = re.compile(_DYED)


def _dyed_itself(match: re.Match[str]) -> bool:
    """Whether what `match` says was dyed is the kind of thing named as the dye's source ("These socks turned my
    socks grey"): the item itself, not the customer's other clothes."""
    found = _DYED_ITSELF.match(match.group())
    if found is None:
        return False
    source = set((found["source_en"] or found["source_fr"] or "").split())
    dyed = set((found["dyed_en"] or found["dyed_fr"] or "").split())
    return bool({word.rstrip("s") for word in source} & {word.rstrip("s") for word in dyed})


# ... the home's furnishings and things, which no wash of the item harms
_FURNISHINGS_EN = (
    r"(?:sofa|couch|armchair|chair|cushions|bed|mattress|carpet|rug|floor|floors|flooring|floorboards|parquet|tiles|"
    r"table|desk|worktop|counter|countertop|wall|walls|paintwork|bath|bathtub|sink|hob|cupboards?|furniture|car|"
    r"laptop|phone)"
)
_FURNISHINGS_FR = (
    r"(?:canape|fauteuil|chaise|coussins|lit|matelas|tapis|moquette|sol|parquet|carrelage|table|bureau|plan de "
    r"travail|murs?|peinture|baignoire|evier|plaque|placards?|meubles?|voiture|ordinateur|telephone)"
)
# ... nor what a wash did ("the wash dyed my top", « le lavage a teinté mon haut »): the item itself changed
_BY_A_WASH = (
    r"(?<!\bwash )(?<!\bwashing )(?<!\bdryer )(?<!\bcycle )(?<!\bmachine )(?<!\blavage )(?<!\blavages )"
    r"(?<!\bsechage )(?<!\bsechoir )"
)
# The item damaged them: "stained my blouse", "left rust marks on my shirt", "scratched our floor", "it bled onto my
# sheets", "stained all my towels", « a taché mon chemisier », « a rayé le parquet », « a déteint sur mes draps »,
# « ça a taché tous mes draps », « des traces noires sur mon plan de travail »; not the customer's own doing ("I
# scratched my floor moving it", « j'ai taché ma robe »), nor a word that may be said of the item itself once theirs
# ("damaged my sofa" of the sofa delivered)
_OWN_DOING = r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bwe've )(?<!\bj'ai )(?<!\bnous avons )(?<!\bje )"
_BELONGINGS_DAMAGED = re.compile(
    _OWN_DOING
    + _BY_A_WASH
    + r"\b(?:stained|stains|scratched|scratches|scuffed|marked|marks|burnt|burned|scorched|dyed|discoloured|"
    r"discolored|bleached|gouged) (?:all over )?"
    + _MINE_EN
    # ... ruined or wrecked: only the home's things, not clothes, which a wash may ruin of the item itself ("the dryer
    # ruined my jumper"; « ça a bousillé mon canapé »)
    + r"|"
    + _OWN_DOING
    + _BY_A_WASH
    + r"\b(?:ruined|wrecked) (?:(?:all|some) (?:of )?)?(?:my|our)(?: \w+){0,2}? "
    + _FURNISHINGS_EN
    + r"\b|"
    + _OWN_DOING
    + _BY_A_WASH
    + r"\b(?:a|ont|m'a|m'ont) (?:completement |totalement )?(?:ruine|bousille|fichu en l'air) (?:mon|ma|mes|notre|nos)"
    r"(?: \w+){0,2}? "
    + _FURNISHINGS_FR
    + r"\b"
    # ... everything it was washed with ("it stained everything else in the wash", « ça a tout taché »)
    + r"|"
    + _OWN_DOING
    + _BY_A_WASH
    + r"\b(?:stained|dyed) (?:everything|the rest of (?:my|our|the) (?:washing|laundry|load|clothes))\b|"
    + _OWN_DOING
    + _BY_A_WASH
    + r"\b(?:a|ont) tout (?:tache|teint|teinte|colore|sali|deteint)\b"
    + r"|\b(?:left|leaves|leaving) (?:a |an |some |big |black |brown |orange |blue |rust |dark |white )*(?:stains?|"
    r"marks?|scratch(?:es)?|dye|rust|residue|burn marks?|scorch marks?|rings?|dents?) (?:all )?(?:on|over|in|across) "
    + _MINE_EN
    # (the item named between: "the dye from these jeans ran onto my sofa", "the colour of the cushion bled into")
    + r"|\b(?:dye|colour|color)(?: (?:from|of|in|on) (?:the|these|this|those|that|its|their)(?: [\w'-]+){1,2})? "
    r"(?:ran|bled|came off|rubbed off|transferred) (?:onto|on|into|all over) "
    + _MINE_EN
    # ... the item itself as what ran ("it bled all over my sheets", "the cover rubbed off on my sofa")
    + r"|\b(?:it|they|this|these|the \w+) (?:has |have )?(?:bled|rubbed off|came off|transferred) (?:onto|on|into|all "
    r"over) "
    + _MINE_EN
    + r"|"
    + _OWN_DOING
    + r"\bgot (?:dye|colou?r|ink|paint|oil|grease|rust) (?:all )?(?:over|on|onto) "
    + _MINE_EN
    + r"|"
    + _OWN_DOING
    + _BY_A_WASH
    + r"\b(?:a|ont|m'a|m'ont) (?:completement |totalement )?(?:tache|raye|brule|decolore|marque|troue|teinte|colore|"
    r"sali) "
    + _MINE_FR
    + r"|\b(?:a|ont) (?:completement |totalement )?deteint sur (?:tout )?"
    + _MINE_FR
    # « la teinture du jean a coulé sur mon canapé »
    + r"|\b(?:teinture|couleur)(?: (?:du|de la|de l'|des|de ce|de cette|de ces)(?: [\w'-]+){1,2})? (?:a|ont) (?:coule|"
    r"bave|deteint|degouline) sur (?:tout )?"
    + _MINE_FR
    # (marks found, not ones avoided: « pour éviter les taches sur le carrelage »)
    + r"|(?<!\beviter )(?<!\beviter les )(?<!\bpas de )(?<!\bsans )(?<!\baucune )"
    r"\b(?:des |une |de grosses |plein de )?(?:taches?|traces?|marques?|rayures?|aureoles?) (?:\w+ ){0,3}?sur "
    + _MINE_FR
    + r"|"
    + _OWN_DOING
    + _HOME_DAMAGED
    + r"|"
    + _DYED
)


# ... not the item itself, named as the customer's new purchase ("scratched my new table", « sur mon tapis neuf »), nor
# a thing the courier damaged in delivering it ("The driver scratched my desk carrying it in", « Le livreur a rayé ma
# table »)
_THE_PURCHASE = re.compile(r"\b(?:new|brand-new|neuf|neuve|neufs|neuves|nouvelle?s?|nouveaux)\b")
_THE_COURIER = re.compile(
    r"\b(?:courier|driver|delivery|deliveryman|postman|postie|carrier|fitters?|livreur|livreuse|transporteur|"
    r"livraison|facteur|monteur)s?\b[^.!?]{0,30}$"
)


# ... though the home itself is never the item delivered: a floor or a wall the courier scratched is the customer's
# ("The courier scratched my floor bringing it in", « Le livreur a rayé le parquet »), not a floor lamp, a wall clock
# or the floor of a box
_THE_HOME = re.compile(
    r"\b(?:floor|floors|flooring|floorboards|parquet|carpet|tiles|wall|walls|paintwork|sol|carrelage|moquette|mur|"
    r"murs)$"
)
_NOT_THE_HOME = re.compile(
    r" (?:lamps?|lights?|clocks?|mirrors?|shelf|shelves|cabinets?|units?|lampadaires?|horloges?|miroirs?|etageres?|"
    r"of (?:the|its) (?:box|parcel|package|van|crate)|(?:du|de la|de l') ?(?:carton|colis|boite|camion|caisse))\b"
)


def _the_courier_damaged_the_item(folded: str, match: re.Match[str]) -> bool:
    """Whether the thing `match` says was damaged is the item, damaged by the courier delivering it (`_THE_COURIER`),
    not the home around it (`_THE_HOME`)."""
    if not _THE_COURIER.search(folded, max(0, match.start() - 40), match.start()):
        return False
    return not _THE_HOME.search(match.group()) or bool(_NOT_THE_HOME.match(folded, match.end()))


# ... nor damage only supposed before it in its clause ("it might mark the floor", « si ça a déteint sur mes
# draps »), or feared while still to come, told in the present ("I'm afraid it marks the floor", "I'm worried it stains
# my sofa"): a fear that only softens what has happened tells it done ("I'm afraid it has stained my sofa", "I fear it
# marked the floor")
_SUPPOSED = re.compile(r"\b(?:might|may|could|would|will|if|whether|in case|pourrait|pourraient|si)\b")
_FEARED = re.compile(r"\b(?:afraid|worried|worry|worries|fear|fears|scared|concerned|peur|crains|crainte|risque)\b")
_STILL_TO_COME = re.compile(r"\b(?:stains|scratches|marks|leaves|leaving)\b")


def _only_feared(folded: str, match: re.Match[str]) -> bool:
    """Whether the clause of `match` supposes the damage before it (`_SUPPOSED`), or fears it (`_FEARED`) told in the
    present (`_STILL_TO_COME`)."""
    clause = clause_around(folded, match)
    before = clause[: max(0, clause.find(match.group(0).strip()))]
    feared = _FEARED.search(before) and _STILL_TO_COME.search(match.group(0))
    return bool(_SUPPOSED.search(before) or feared)


def belongings_damaged(folded: str) -> bool:
    """Whether the text says the item damaged the customer's own things (`_BELONGINGS_DAMAGED`), not denied in its
    clause ("it didn't stain my blouse, luckily", « il n'a pas taché mon chemisier »), nor the new purchase itself
    (`_THE_PURCHASE`) or what the courier damaged of it (`_the_courier_damaged_the_item`)."""
    return any(
        not denied(folded, match, NEGATION_IN_CLAUSE)
        # (« mon tapis neuf »: the French adjective after its noun; a dye's source may be new: "the new towels")
        and not (
            _THE_PURCHASE.search(folded, match.start(), match.end() + 10) and not _DYED_ITSELF.match(match.group())
        )
        and not _the_courier_damaged_the_item(folded, match)
        and not _dyed_itself(match)
        and not _only_feared(folded, match)
        for match in _BELONGINGS_DAMAGED.finditer(folded)
    )
