"""Faults: damage, defects, wear, stains, holes, missing parts and shop mistakes read from the text."""

from __future__ import annotations

import re

from features.customer_asks.clauses import NEGATION_IN_CLAUSE, denied, kinds_found
from features.customer_asks.fit import MEASURE
from features.customer_asks.hazards import FOOD, SMOKE
from features.customer_asks.sizes import CAME_INSTEAD, COLOURS, INSTEAD_OF, MONTHS_FR, PERSON_OR_BODY
from features.text import regex, words_before

# A colour or a size named as the thing: one of several ordered, not a part of the item.
_ONE_OF_TWO_ORDERED = COLOURS + r"\b|(?:small|medium|large|x{1,3}[sl]|[sml]|\d+)\b"
# Burnt every time or at the lowest setting: the appliance's doing, not the cook's.
_BURNT_FOOD_REPEATS = (
    r"always|every time|each time|every slice|even on|even at|keeps|a chaque fois|chaque fois|toujours|meme (?:au|a|"
    r"sur|en)"
)
# A device named after "with the" or "to the" that the customer says they have ("won't connect with the laptop I
# already have"): their own, so the item failing with it may be the wrong model, not a defect.
_THE_CUSTOMERS_OWN = (
    r"(?: [\w-]+){1,3}? (?:(?:that|which) )?(?:i|we) (?:already |currently |also )?(?:have|own|use|got|bought|'ve got|"
    r"have got|'ve had|had)\b"
)
# A device or platform a thing connects to; "doesn't pair with my dress" is a look, no connection.
DEVICE = (
    r"(?:phones?|iphones?|mobile|smartphone|android|ios|laptop|computer|pc|macs?|macbook|tablet|ipad|tv|television|"
    r"car|smartwatch|console|ps5|xbox|speakers?|headphones|earbuds|router|wi-?fi|bluetooth|printer|app|network|"
    r"hub|alexa|echo|soundbar|stereo|camera|kindle|telephone|portable|ordinateur|tablette|voiture|enceinte|"
    r"casque)"
)
# A count of items, in figures or words.
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|une|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|onze|douze)"
)
# The rest of the sentence of a size ordered, and what follows the size received, when neither tells an earlier order
# (`FAULTS`' sizes across sentences).
_NO_EARLIER_ORDER = (
    r"(?:(?!\b(?:last|before|previously|l'an dernier|l'annee derniere|la derniere fois|avant|precedemment)\b)[^.!?])"
    r"{0,80}"
)
_NOT_THIS_TIME = r"(?![^.!?]{0,30}\b(?:this time|cette fois)\b)"
# What a count in the box counts when it is no part: the order's items, time, sizes ("Only one item in my parcel",
# « Une seule fois dans la boîte »)
_NOT_A_PART_COUNTED = (
    r"(?:items?|articles?|produits?|things?|days?|jours?|weeks?|semaines?|fois|times?|sizes?|tailles?|orders?|"
    r"commandes?|parcels?|colis|packages?|paquets?|boxe?s?|boites?|defauts?|problemes?|soucis?|choses?|problems?|"
    r"issues?|faults?)\b"
)
# The rest of the sentence after a count in the box, when it says the rest of the order comes apart or the one sent
# was all that was ordered, and goes back for its fit ("Just 1 top in the bag, as I ordered, but it is too big.")
# ... what is told just before the item was bought: "..., so I ordered this one", « ..., donc on a pris ce modèle »
_NOT_BOUGHT_FOR = (
    r"(?![^.!?]{0,40}?\b(?:i|we|he|she|they|(?:my|our) \w+|j'ai|on a|nous avons|il a|elle a|ils ont|(?:mon|ma) \w+ a) "
    r"(?:\w+ )?(?:ordered|bought|chose|picked|commande|achete|pris|choisi)\b)"
)
_THE_REST_OR_THE_FIT = (
    r"[^.!?]*\b(?:as (?:i |we )?ordered|comme (?:je l'ai |prevu )?commandee?s?|the rest|le reste|coming|to come|"
    r"separately|separement|arriv\w*|a venir|follow\w*|too (?:small|big|large|tight|loose|long|short)|"
    r"trop (?:petite?s?|grande?s?|serree?s?|larges?|courte?s?|longue?s?)|wrong size|(?:does|did)(?:n't| not) fit|"
    r"ne (?:me |lui )?va(?:it)? pas|mauvaise taille|pas la bonne taille)\b"
)
# What an item comes « sans », « non fourni » or « pas de ... dans le colis » when it is no part of it: a trouble,
# its box, the paperwork, a hanger (packing), money, the delivery, the size (« sans la bonne taille »), a thing done
# (« livré sans sonner », « reçu sans l'avoir commandé »); batteries are often sold apart, as "batteries not included"
_NOT_A_PART_WITHOUT = (
    r"(?:(?:moindres?|emballages?|boites?|cartons?|colis|factures?|etiquettes?|bordereaux?|bons?|frais|suivis?|"
    r"numeros?|codes?|tickets?|signatures?|tailles?|retours?|informations?|infos?|guides?|mots?|problemes?|soucis?|"
    r"retards?|avis|accord|piles?|reste|bonne?s?|mauvaise?s?|memes?|papiers?|avoir|etre|ouvrir|utiliser|essayer|"
    r"porter|prevenir|deballer|laver|monter|tester|voir|savoir|demander|commander|attendre|sonner|laisser|liens?|qr|"
    r"remises?|reductions?|promos?|couleurs?|services?|livreurs?|personnes?|recus?|garanties?|delais?|"
    r"remboursements?|cintres?)\b)"
)
# ... the part named closing its clause ("except the charger.", "except the power cable, so"), not the subject of what
# is said of it next ("but the manual was only in German", "but the glass lid was shattered")
_PART_CLOSES = r"(?= *(?:[.,;:!?)]|$|and\b|et\b))"
# What the item is, not a part of it, said as the one thing not right ("everything was fine except the colour", « tout
# était là sauf la bonne taille »)
_NOT_A_PART_LACKED = (
    r"(?:sizes?|colou?rs?|fit|quality|finish|look|smell|price|delivery|fact|way|style|shape|material|fabric|length|"
    r"width|item|product|one|right|correct|bonne?|taille|couleur|coloris|qualite|finition|prix|livraison|odeur|forme|"
    r"tissu|matiere|longueur|article|produit)\b"
)
# ... a part named there, closing its clause: "the charger.", « le câble d'alimentation »
_PART_LACKED = "(?!" + _NOT_A_PART_LACKED + r")[\w-]+(?: (?:[\w-]+|d'[\w-]+))?" + _PART_CLOSES
# A message or a label received, which lacks a link or a code, not a part (« J'ai reçu l'étiquette sans le QR code »)
_A_MESSAGE = r"(?:mail|e-?mail|message|sms|confirmation|etiquette|lien|courrier)s?\b"
# ... not a size bought too ("got a 12 too, to see which fits"), a percentage or a count of something else ("got a 15%
# discount code")
_NOT_A_SIZE_GOT = (
    r" ?%| ?percent\b| ?per cent\b| (?:too|as well|also|to compare|to see|to try)\b| (?:pounds?|euros?|off|discount|"
    r"items?|pieces?|days?|weeks?|months?|codes?|sizes?|numbers?|times?|tailles?|pointures?|fois)\b|"
    # ... nor the size got said to be the one ordered ("I received the 39 I ordered, the box says 38", « reçu le 39 que
    # j'avais commandé »): only the box or the paper is wrong (not "received a 39 I ordered a 38", run on)
    r" (?:(?:that|which) )?(?:i|we)(?: had)? (?:ordered|chose|picked|bought|selected)\b(?! (?:the |a |an |size )?"
    r"(?:\d|xx?[sl]\b|xxxl\b|[sml]\b))|"
    r" (?:que |qu' ?)?(?:(?:j'|je )?(?:avais|ai) |nous avons |on a |on avait )?(?:commandee?s?|choisie?s?)\b"
    r"(?! (?:le |la |un |une |du |en |taille )?(?:\d|xx?[sl]\b|xxxl\b|[sml]\b))|"
    # ... or as ordered ("the blouse itself is a 12 as ordered", « les bottes sont bien en 38 comme commandé »)
    r",? (?:exactly |just )?as (?:i |we )?(?:ordered|chose|picked)\b|,? comme (?:commandee?s?|prevu|demandee?s?)\b"
)
# What names the size the item was ordered or packed in, beside the item: the order's own words, the paper packed with
# it or the box it came in ("the invoice says S", "the box says 38"): another size got is a wrong size sent, whichever
# was ordered
_PACKED_SAYS = (
    r"(?:order(?: confirmation)?|invoice|packing slip|(?:packing|delivery|dispatch) note|receipt|(?:shoe ?)?box|"
    r"packaging|bag)"
)
_PACKED_SAYS_FR = (
    r"(?:(?:la |le |ma |mon |sur la |sur le )(?:facture|commande|confirmation de commande|bon de "
    r"(?:livraison|commande)|bordereau(?: de livraison)?|boite(?: a chaussures)?|carton|emballage|sachet)|l'emballage)"
)
# ... « c'est écrit 38 » on it
_WRITTEN_ON_FR = r"(?:c'est|il est|il y a|c'etait|il etait|il y avait) (?:ecrit|marque|indique|note)"
# A size or a measure named, in a group named by the `format` argument: "the 10 litre", "a 12", "an L", « un 42 ».
_SIZE_ARTICLE = r"(?:the |a |an |size |taille |le |la |un |une |du |en )"
_A_SIZE_SAID = _SIZE_ARTICLE + r"?(?P<{}>\d{{1,3}}(?:[.,]\d)?|xx?[sl]|xxxl|[sml])"
# ... another size got than the one ordered before it (group "ordered"), as a size, not a count or a price
_ANOTHER_SIZE_GOT = (
    "(?!" + _SIZE_ARTICLE + r"?(?P=ordered)\b)" + _A_SIZE_SAID.format("got") + r"\b(?!" + _NOT_A_SIZE_GOT + ")"
)
# The rest of the clause after a part said absent, when the listing said so (« Adaptateur non fourni, comme indiqué
# dans la description », « Chargeur non fourni (vendu séparément) »)
_SOLD_APART = (
    r"(?![^.!?;]{0,40}\b(?:comme (?:indique|precise|annonce|prevu|ecrit)|vendue?s? (?:a part|separement)|"
    r"c'(?:etait|est) (?:indique|precise|ecrit)))"
)
# A number as an order names it in French: a size alone or after « un », « en », « du », « taille » (« commandé 40 »,
# « en 38 »; not a count, « Commandé 2, reçu 1 »), or after a noun (« une housse 240x220 », « le grip 2 »)
_NUMBER_NAMED_FR = r"(?:(?:un|une|le|la|les|des|du|en) [a-z][\w-]* |(?:un |une |en |du |taille )?(?=\d{2}))"
# The same item again, in a bad state ("I ordered a lamp and received a broken one"), not another ("got the long one")
_IN_A_BAD_STATE = (
    r"(?:broken|damaged|used|faulty|defective|torn|dirty|scratched|cracked|stained|worn|opened|smashed|dented|chipped)"
)
# The article before a thing ordered or received in French
_AN_ITEM_FR = r"(?:(?:un|une|des|le|la|les|du|de la) |l')"
# A colour or a size, of the one that came (group "came") and of another asked for in its place: a colour or a size
# other than the one come, or one named as customers name a colour they chose ("the teal one", « le bordeaux »)
_SHADES = (
    r"(?:" + COLOURS + r"|tan|camel|cognac|mustard|teal|taupe|sage|rust|coral|charcoal|ivory|plum|lilac|mauve|indigo|"
    r"turquoise|ecru|bordeaux|marine|moutarde|ivoire|corail|anthracite|turquoise|prune)"
)
_ONE_CAME = r"(?P<came>" + _SHADES + r"|\d{1,3}|xx?[sl]|xxxl|[sml]|small|medium|large)"
_ANOTHER_ASKED = (
    r"(?:(?!(?P=came)\b)(?:"
    + _SHADES
    + r"|\d{1,3}|xx?[sl]|xxxl|[sml]|small|medium|large)\b(?! (?:days?|weeks?|months?|"
    r"jours?|semaines?|mois)\b)|(?:the|a|an|le|la|les|un|une) (?!(?P=came)\b)(?!wrong\b|mauvaise?\b)[\w-]+(?: ones?| "
    r"version| pair)?(?= *(?:[.!?,;]|$)))"
)
# What a customer says they received that is no item: the parcel, money, a message, a day, a size or colour, a
# surprise or a rash, or a time ("received a week late")
_NO_ITEM_RECEIVED = (
    r"(?:parcel|package|delivery|refund|money|email|e-mail|message|reply|confirmation|tracking|notification|call|"
    r"letter|voucher|credit|colis|paquet|carton|remboursement|mail|e-?mail|sms|code|lien|numero|suivi|facture|"
    r"etiquette|avoir|bon|autre|reponse|appel|courrier|lettre|taille|pointure|couleur|size|colou?r|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"jours?|semaines?|mois|days?|weeks?|months?|surprise|shock|rash|headache|bonus|discount|sample|choc|late|"
    r"early|later|invoice|receipt|bill|text|bargain)s?\b"
)
# Where a parcel said delivered is looked for and not found: the clause ends there, or names where ("No parcel.",
# "nothing there at all", « aucun colis devant ma porte »); not a thing the parcel lacked ("No parcel tape on the box")
# A character of the text between a letterbox said delivered to and a box found empty, where no parcel is told nor
# opened (then the empty box is the parcel's)
NO_PARCEL_TOLD = (
    r"(?:(?!\b(?:parcel|package|packet|opened|open|unwrapped|unpacked|colis|carton|paquet|ouvert|ouvre|deballe)\b)"
    r"[^!?])"
)
_AT_THE_DOOR_END = (
    r"(?= *(?:$|[.,;!?])| (?:at all|anywhere|in sight|to be seen|(?:on|at|in|by|outside) (?:the|my|our) (?:porch|"
    r"doorstep|step|mat|door|front door|letterbox|mailbox|garden|safe place)|nulle part|devant (?:ma|la|notre) "
    r"porte|a la porte|dans (?:ma|la|notre) boite)\b)"
)
# A delivery said flatly not to have happened, but for the day or the time: "Tracking says delivered on the 3rd. It
# was not. It came on the 5th.", "Tracking says delivered on time. It was not. It was three days late.", "The website
# says delivered in 2-3 days. It wasn't. Took two weeks.", « Le suivi dit livré. C'est faux. Il est arrivé deux jours
# après. »; a denial of "on time" itself is told by the words just before it (`_ON_TIME_BEFORE`)
_NOT_COME_LATER = (
    r"(?! *[.!?;]+ *(?:but |mais )?(?:it|they|il|elle|ils|elles) (?:only |finally |eventually |seulement |finalement )?"
    r"(?:came|arrived|turned up|showed up|(?:est|sont) (?:\w+ )?(?:arrivee?s?|venue?s?|livree?s?)|(?:was|were) "
    r"(?:\w+ ){0,3}(?:late|early)|(?:est|etait|sont|etaient) (?:\w+ ){0,3}en (?:retard|avance))\b)"
    # ... or the time it took told next: "It wasn't. Took two weeks.", « C'est faux. Il a mis dix jours. »
    r"(?! *[.!?;]+ *(?:(?:it|they) )?(?:took|has taken|had taken)\b| *[.!?;]+ *(?:il|elle|ils|elles|le colis|la "
    r"commande) (?:a|ont|avait|avaient) mis\b)"
)
# What follows a French "not come" when the parcel did come, late, before a day, in part, damaged or not as ordered
# (« pas arrivé à temps pour le mariage », « jamais parvenu en bon état », « pas reçu dans la bonne taille »)
# What is blocked but no part of the item (« le suivi est bloqué », « le suivi de ma commande est bloqué », « mon compte
# (client) est bloqué »): the parcel's way, the customer's account or money; fixed-width look-behinds, one per word
_NOT_THE_ITEMS_BLOCKED = "".join(
    f"(?<!{word} )"
    for word in (
        "suivi", "colis", "paquet", "commande", "livraison", "envoi", "expedition", "compte", "paiement",
        "remboursement", "retour", "dossier", "carte", "site", "transporteur", "client",
    )
)  # fmt: skip
_CAME_AFTER_ALL_FR = (
    r"(?! (?:a temps|avant|pour|le \d|qu|en bon etat|dans (?:la|le|les) (?:bonne?s?|mauvaise?s?|meme)|complete?s?|"
    r"entiere?s?|intacte?s?|avec)\b)"
)
# A parcel said to have come when it should ("on time", « dans les temps »): before a denial here, after an arrival in
# delivery's `_ON_TIME`; « dans les délais » is read only here
ON_TIME_WORDS = ("on time", "in time", "a temps", "a l'heure", "dans les temps")
_ON_TIME_BEFORE = "".join(
    f"(?<!{time}{stop})" for time in (*ON_TIME_WORDS, "dans les delais") for stop in (". ", ", ", "; ")
)
# Where the wearer's body shows what the item pressed or rubbed: marks or a dent there are no fault of the item
_BODY_MARKED = (
    r"(?:waist|skin|legs?|feet|foot|shoulders?|arms?|hips?|stomach|tummy|belly|back|neck|wrists?|ankles?|heels?|toes?|"
    r"chest|thighs?|body|face|nose|ears?|hands?|fingers?|head|forehead|temples?|cheeks?|cheekbones?|ribs)"
)
# ... and a scratch, a scuff or a dent told there, the wearer's, not the item's ("The sequins leave scratches on my
# arms", "The clasp gave me a scratch on my wrist", "I get a dent in my hair"); nor one a pet or the customer put on
# it ("My cat put a scratch on the leg"), nor a cat's scratch post
_NOT_ON_THE_WEARER = (
    r"(?! (?:all over|on|in|along|across) (?:my|her|his|your|their|our) (?:\w+ )?(?:hair|paws?|"
    + _BODY_MARKED
    + r")\b)"
)
# ... not one got from another shop ("I ordered the teal one elsewhere", « j'ai acheté le noir ailleurs »)
_NOT_BOUGHT_ELSEWHERE = (
    r"(?![^.!?]{0,30}\b(?:elsewhere|somewhere else|(?:from|at|on|in) (?:another|a different)|in (?:town|store|a shop)|"
    r"ailleurs|autre part|(?:sur|dans|chez) (?:un|une) autre|en magasin|en boutique|"
    # ... nor one wanted after all, a change of mind (« finalement »)
    r"after all|in the end|instead|finalement|au final|plutot)\b)"
    # (... told where the faults' reading set words aside: « le noir sur un autre site » is read as « le noir ; »)
    r"(?! +;)"
)
# The one that came not needed or not wanted in its colour or size, then another one asked for: "No need for it in
# mustard, I ordered the teal one", « Pas besoin en 44, j'avais commandé du 40 »: the shop's mistake, and a reading of
# no complaint is one of the wrong item (`decisions.reason_reading`); not the same one again, nor what the order was
# for ("I ordered it for a party")
NEED_DENIED_OF_THE_ONE_COME: tuple[str, ...] = (
    r"\b(?:(?:don't|dont|do not|didn't|did not) (?:need|want|like)|no (?:need|use) for|(?:have|had) no use for|"
    r"not (?:needed|wanted)|no (?:use|good) to (?:me|us)|useless to (?:me|us)) (?:it |them |this |these |one |"
    r"this one |that one |the [\w-]+ )?(?:in|as) (?:a |an |the |size )?"
    + _ONE_CAME
    + r"\b(?: ones?)?[^.!?]{0,20}?(?:[,;:] ?|[.] | (?:as|because|since|but|when|whereas) )(?:i |we )?"
    r"(?:had |'d |have |'ve )?(?:asked for|ordered|chose|chosen|picked|selected|paid for|wanted|requested) "
    r"(?:it in |them in |in )?(?:a |an |the |size )?" + _ANOTHER_ASKED + _NOT_BOUGHT_ELSEWHERE,
    r"\b(?:pas besoin|aucun besoin|(?:je )?n'en (?:ai|avais) (?:pas|aucun) besoin|(?:je )?n'en veux pas|"
    r"(?:je )?ne (?:le|la|les) veux pas|inutile(?: pour moi)?)(?: (?:du|de la|des|d'un|d'une|de l') ?[\w-]+)? "
    r"(?:en|du|de) (?:taille )?"
    + _ONE_CAME
    + r"\b[^.!?]{0,20}?(?:[,;:] ?|[.] | (?:car|puisque|alors que|mais) )(?:j'avais|j'ai|nous avions|nous avons) "
    r"(?:(?!deja\b)\w+ )?(?:demande|commande|choisi|pris|achete|paye|selectionne)e?s? (?:le |la |les |l'|un |une |du |"
    r"en |des )?(?:taille )?" + _ANOTHER_ASKED + _NOT_BOUGHT_ELSEWHERE,
)


def need_denied_of_the_one_come(folded: str) -> bool:
    """Whether the folded text says the one that came is not needed in its colour or size beside another asked for
    (`NEED_DENIED_OF_THE_ONE_COME`)."""
    return any(regex(pattern).search(folded) for pattern in NEED_DENIED_OF_THE_ONE_COME)


FAULTS: dict[str, tuple[str, ...]] = {
    "damage": (
        # not what only threatens ("the shoulders feel like they're going to split") nor the customer bending over
        r"\b(?<!going to )(?<!about to )(?<!gonna )(?<!would )(?<!might )(?<!could )(?<!will )"
        r"(?:damaged|broken|cracked|cracking|crushed|dented|smashed|shattered|scratched|scuffed|chipped|"
        r"bent(?! (?:over|down|forwards?|double)\b)|torn|"
        # "we've split up" is a couple, "split up the back" a seam
        # a couple that "split up" ("we've split up"), not a thing ("the leather split up", "split up the back")
        r"ripped|split(?! up\b(?:(?<=\bwe split up)|(?<=\bi split up)|(?<=\bthey split up)|(?<='ve split up)|"
        r"(?<=\bwe have split up)|(?<=\bi have split up)|(?<=\bwe had split up)|(?<=\bjust split up)|"
        r"(?<=recently split up))"
        r"(?! (?:the|along|at|on|down|in|to)\b))|split open|frayed|fraying|snagged|snags?|snapped|"
        # not a colour ("a gorgeous rusty orange", "rusty red")
        r"peeling|peeled|flaking|flaked|rusty(?! (?:orange|red|brown|pink|gold|copper|tan|colou?r|tones?|shades?|"
        r"hues?)\b)|rusted|rusting|rust (?:spots?|marks?|stains?))\b",
        # "a crack", "a hairline crack in the corner"; not a dent a frame or a hat leaves in the wearer ("I get a dent
        # in my hair", "it leaves a dent in my forehead": `_NOT_ON_THE_WEARER`)
        r"(?<!\bput )(?<!\bmade )\b(?:a|the|with a|had a) (?:(?:small|tiny|little|hairline|big|huge|large|deep|long|"
        r"visible) )?(?:crack|tear|rip|chip|(?:scratch(?! (?:posts?|pads?|boards?|trees?|mats?|cards?)\b)|scuff|gouge|"
        r"dent)" + _NOT_ON_THE_WEARER + r")\b",
        # ... or several, on the item ("scratches all over it", "deep gouges on the lid"); not ones denied or guarded
        # against ("no scratches at all", "prevents scratches on the screen")
        r"(?<!\bno )(?<!\bany )(?<!\bwithout )(?<!\bprevents )(?<!\bprevent )(?<!\bagainst )(?<!\bfrom )"
        r"\b(?:scratches|scuffs|gouges|dents)\b(?= (?:all over|on|in|along|across|everywhere)\b)"
        + _NOT_ON_THE_WEARER
        + r"|\bgouged\b",
        r"\barrived (?:broken|damaged|in pieces)\b",
        # arrived in a bad state, said as a whole (« Cocotte arrivée en piteux état », "arrived in a sorry state", "in a
        # right state", British for a mess, « dans un drôle d'état »); not the customer's own mood (« je suis dans un
        # triste état »), nor the right one ("arrived in the right state / colour")
        # ... nor the customer who arrived somewhere so (« Je suis arrivée dans un triste état au travail »)
        r"(?<!\bi )(?<!\bwe )(?<!\bsuis )(?<!\bsommes )(?<!\betais )(?<!\betions )(?<!\bj'etais )"
        # ... nor one coming home (« rentrée », "came home / back"), nor a mess of packing, nor a state the text says
        # the item came through ("Arrived in a right mess of bubble wrap and peanuts, but the vase itself is perfect")
        r"\b(?:arrived|came|delivered|arrivee?s?|livree?s?|recue?s?|parvenue?s?) (?:(?!home\b|back\b)\w+ )?"
        r"(?:in (?:a )?(?:(?:very|really|right|real) )?(?:sorry|terrible|awful|shocking|dreadful|appalling|horrible|"
        r"poor|bad) (?:state|condition)|in a (?:right |real |proper |right old )?(?:state|mess)(?! of\b)|"
        r"(?:en|dans un) (?:(?:tres|bien) )?(?:piteux|triste|sale|mauvais|pitoyable|lamentable|deplorable) etat|"
        r"dans un etat (?:lamentable|pitoyable|deplorable|epouvantable|catastrophique|pas possible)|"
        r"dans un (?:drole|sacre) d'etat)\b"
        r"(?![^.!?]{0,80}\b(?:but|mais)\b[^.!?]{0,40}\b(?:perfect|intact|fine|undamaged|unharmed|parfaite?s?|"
        r"intacte?s?|impeccables?)\b)",
        # a courier seen mishandling the parcel, with what is inside named ("your courier threw the parcel over my
        # gate and the mug set inside is now four mugs and two sets of handles"), unless it is said to be fine
        r"\b(?:courier|driver|delivery (?:man|men|guy|guys|driver)|postman|livreur|facteur)\b[^.!?]{0,40}\b(?:threw|"
        r"thrown|throw|dropped|kicked|chucked|tossed|lance|lancee|jete|jetee|balance|balancee)\b(?=[^.!?]{0,60}\b(?:"
        r"inside|dedans|a l'interieur)\b)(?![^.!?]{0,100}\b(?:fine|intact|undamaged|okay|ok|survived|va bien|"
        r"intacte?s?|n'a rien)\b)",
        r"\bin (?:pieces|two (?:pieces?|halves))\b",
        r"\b(?:abime|abimee|abimes|abimees|endommage|endommagee|endommages|casse|cassee|casses|cassees|fendu|fendue|"
        r"fissure|fissuree|ecrasee|raye|rayee|rayures?|dechire|dechiree|dechirure|cabosse|cabossee|ebreche|"
        # « je me suis tordu la cheville » is the customer's ankle
        r"ebrechee|(?<!me suis )(?<!s'est )tordue?|en morceaux|en miettes|brise|brisee|brises|brisees|"
        # « la bosse de l'oignon frotte » is the customer's bunion, not a dent
        r"bosses?(?! (?:de l'oignon|du pied|de mon pied|de mes pieds|de l'hallux|sur (?:le|mon) pied)\b)|"
        r"accroc|fele|felee|felures?|"
        r"feles|felees|defonce|defoncee|defonces|defoncees|craquele|craquelle|craquellent|a craque|se fend|"
        r"se fendille|se fendillent|se fendiller|se decolle|se decollent|s'ecaille|s'ecaillent|rouille|rouillee|"
        r"rouiller|"
        r"s'effiloche|s'effilochent|decollee?s?|denudee?s?|(?<!\bai )(?<!\bavons )(?<!\bont )(?<!l')arrachee?s?)\b",
        # « le colis est arrivé écrasé », not « le haut écrase la poitrine » (a fit complaint)
        r"(?<!\bhaut )(?<!\bca )(?<!\bil )(?<!\belle )\becrase\b(?! (?:la|le|les|l'|ma|mon|mes|un|une|tout|trop)\b)"
        # « le petit orteil est écrasé » is a fit complaint about the customer's foot
        r"(?<!orteil est ecrase)(?<!orteils sont ecrase)(?<!pied est ecrase)(?<!doigts sont ecrase)",
        # « une roue voilée », « la jante est voilée »: bent out of true
        r"\b(?:roues?|jantes?|plateau|cadre|disque)(?: \w+)? (?:est |sont |etait |etaient )?voilee?s?\b",
        r"\b(?:tore|warped|warping|buckled|crazing|crazed|tarnish(?:ed|es|ing)?|yellowed|blistered|bubbled|"
        r"delaminat\w*|punctured|crumbl(?:ed|es|ing)|disintegrat\w*|stripped (?:thread|screw|already)|"
        r"(?:has|have|already) stripped)\b",
        # « monture écaille », « effet écaille » is tortoiseshell, a colour
        r"\b(?:(?<!monture )(?<!effet )(?<!facon )(?<!imitation )(?<!en )(?<!d')ecaillee?s?|rouillent|jaunit|"
        r"jaunissent|noirci|noircie|noircis|noircit|s'abimen?t?|se rayen?t?|"
        r"se tord(?:ent)?|"
        r"s'effriten?t?|se dechiren?t?|se desserren?t?|cassen?t|craqueler|affaissee?s?|"
        r"s'est (?:\w+ )?(?:abimee?|fendue?|arrachee?|dechiree?|tordue?|ouverte?|affaissee?)|"
        r"se sont (?:abimee?s|fendue?s|arrachee?s|dechiree?s|ouverte?s))\b",
        # « un gros éclat dans l'émail » (a chip), « un coin est éclaté », « le carton était enfoncé » (dented in),
        # « une éraflure », « en quatre morceaux »; not a shine (« l'éclat des couleurs », « un bel éclat », « un éclat
        # de rire »), nor a thing pushed in by the customer, all the way or held so (« j'ai enfoncé le bouton », « la
        # prise est bien enfoncée », « il ne s'enfonce pas sur la tête », « le bouton reste enfoncé »)
        r"\b(?:un|une|des|deux|trois|plusieurs|gros|petit|grand|large|enorme)(?: (?:gros|petit|grand|large|enorme|"
        r"vilain|autre))? eclats?\b(?! (?:de|d') ?(?:rire|voix|couleurs?|lumiere|soleil|beaute|l'))|"
        r"\b(?<!\bai )(?<!\bont )(?<!\ba )eclatee?s?\b(?! de rire)|\ben (?:deux|trois|quatre|cinq|six|mille|plusieurs|"
        r"\d+) morceaux\b|\b(?:entailles?|fendus|fendues)\b|"
        r"\b(?<!\bai )(?<!\bavons )(?<!\bont )(?<!\ba )(?<!\bbien )(?<!\bmal )(?<!\bpas )(?<!s')(?<!\bse )(?<!\bil )"
        r"(?<!\breste )(?<!\belle )(?<!\bon )(?<!\bj')(?<!\bje )enfoncee?s?\b|"
        r"\b(?:eraflures?|eraflee?s?|bosselee?s?)\b",
    ),
    "defect": (
        r"\b(?:faulty|defective|defect|malfunction\w*|dead on arrival|doa)\b",
        # the item's own parts made out of line: "the pre-drilled holes don't line up with the others", « les fixations
        # ne sont pas alignées »; not with what the customer has ("the camera ring doesn't line up and I can't press
        # the buttons", "doesn't line up with my clips": the wrong model or size)
        r"\b(?:does ?n[o']?t|don't|do not|didn't|did not|won't|will not) (?:line up|align)(?= *(?:[.,;!?]|$)| with "
        r"(?:each other|one another|the others?\b|the other \w+))|\bmisaligned\b|"
        r"\bne (?:sont|est|sont meme|etaient|etait) pas (?:alignee?s?|en face)\b|\bmal alignee?s?\b",
        # ... "won't even switch on", "never ever charged"
        r"\b(?:does ?n[o']?t|doesnt|don't|dont|won't|wont|will not|did not|didn't|never) (?:even |ever )?"
        r"(?:work|turn on|switch on|switch (?:itself )?off|charge|heat|heat up|warm up|power on|power up|start|"
        r"light up|close|zip|stay|pair|connect|hold a charge|spin|register|respond|read|detect|cool|cut(?! it)|spray|"
        r"inflate|pump|dispense|seal|lock|rotate|extend|boil|toast|print|ring|recogni[sz]e|pop up|glow|"
        r"load|boot|sync|beep|brew|steam|drain|freeze|display|click|latch|keep time|trigger|triggers)"
        r"\b(?! (?:on|for|over|around|round|across|with) (?:me|my|him|her|his|us|our|the|them|it|a|an)\b)"
        r"(?! to the" + _THE_CUSTOMERS_OWN + ")",
        # ... nor pair with the item's own other part ("won't pair with the parent unit", "with the TV it came with"),
        # nor with the customer's phone ("doesn't pair with my phone": a device that should, unless the text says it is
        # not compatible, `INCOMPATIBLE`); with a device told as theirs ("with the laptop I already have") it may be
        # the wrong model
        r"\b(?:does ?n[o']?t|doesnt|don't|dont|won't|wont|will not|did not|didn't|never) (?:pair|connect|sync)"
        r" (?:up )?(?:with|to) (?:the|each other|one another|(?:my|our) "
        + DEVICE
        + r")\b(?!"
        + _THE_CUSTOMERS_OWN
        + ")",
        r"\b(?:not|isn't|aren't|wasn't|weren't|never) (?:charging|heating(?: up)?|cooling|spinning|responding|"
        r"turning on|powering on|getting (?:cold|hot)|registering|recogni[sz]ed|detected)\b",
        r"\b(?:does ?n[o']?t|doesnt|don't|won't|wont|will not) do anything\b(?! (?:for|to) )|\bnothing happens\b|"
        r"\b(?:button|switch|trigger|key|remote|dial|knob|pedal|lever|it) does nothing\b(?! (?:for|to) )|"
        r"\b(?:side|speaker|earbud|earpiece|sound|audio|headphones?) (?:\w+ )?(?:crackles|crackling|buzzes|buzzing|"
        r"hisses|hissing|distorts)\b",
        r"\bno (?:sound|power|picture|signal|heat|steam|suction|display|image)\b",
        # a screen with pixels that never light ("a line of dead pixels", « des pixels morts »)
        r"\b(?:dead|stuck) pixels?\b|\bpixels? (?:morts?|bloquee?s?)\b",
        # a bottle or a jar that came part-used: what leaked or was taken out before it came ("arrived half empty",
        # « arrivé à moitié vide »), not one the customer has used since
        r"\b(?:arrived|came|turned up|delivered|arrivee?s?|livree?s?|recue?s?)\b(?: \w+){0,2}? (?:half[- ]empty|"
        r"(?:a )?moitie vide|a (?:moitie|demi) (?:vide|rempli\w*))\b",
        r"\b(?:lost|loses|losing) (?:all )?(?:suction|power|pressure|signal|charge)\b|\b(?:loses|losing) time\b",
        # "a fault from new", "manufacturing fault", "it's a dud"; not "my fault"
        r"\b(?:manufacturing|factory|production|motor|wiring|printing|electrical|electronic|mechanical|software|"
        r"heater|heating|timer|controller|pump|battery|sensor|sewing|stitching) (?:fault|defect|flaw|error|problem|"
        r"issue)\b",
        r"\bfault(?:y)? (?:from|since|out of) (?:new|day one|the (?:start|beginning|first day|box)|first use)\b",
        # a flaw in the making, as « un défaut » is ("a bubble inside the lens, like a flaw in the material", "Flawed
        # item"); not "no flaws", nor the customer's own ("my only flaw")
        # ... nor a flaw the customer goes on to name, which is read for what it is ("has one flaw: it runs small",
        # "The only flaw in the dress is the length")
        r"(?<!\bmy )(?<!\bonly )(?<!\bone )(?<!\bmain )(?<!\bbiggest )\bflaws? (?:in|on|across|through) (?:the|its|"
        r"this|that|one|both) \w+(?! (?:is|was|being|:)| ?:)|"
        r"\b(?:has|had|have|with|there(?:'s| is| was| are)) (?:an? |some )?(?:(?!no\b|any\b|zero\b|not\b|one\b|only\b|"
        r"main\b|single\b)\w+ )?flaws?\b(?! ?:| (?:is|was)\b)|\bflawed\b",
        r"\b(?:it's|its|it is|that's|thats|that is|this is|must be|seems like|looks like|obviously|clearly|"
        r"definitely) (?:a |an )?(?:obvious |clear |genuine |real |proper )?(?:fault|dud|lemon|misprint)\b",
        # "only charge if I wiggle the cable"
        r"\bdud\b|\bnot fit for purpose\b|\bintermittent(?:ly)?\b|"
        # "only charge if I wiggle the cable", "only charge in the case if I hold the lid down"
        r"\bonly (?:works?|charges?|charging|connects?|pairs?|syncs?|turns? on|lights? up|plays?|heats?)(?: \w+){0,3}? "
        r"(?:if|when|while|on|half|sometimes)\b",
        # a hard part that does not sit flat or rocks ("The lid of the casserole doesn't sit flat, it rocks on the rim",
        # « le couvercle est bancal »); not a garment on the body
        r"\b(?:lids?|base|bottom|frame|table|shelf|pan|plate|tray|legs?|feet|stand|door|drawer|cover|mirror|board|"
        r"chair|stool|desk|couvercle|pied|pieds|table|etagere|tiroir|porte|plateau|chaise|tabouret)\b(?: [\w']+){0,5}? "
        r"(?:does ?n[o']?t|doesnt|don't|won't|will not|never) (?:sit|lie|stand) (?:flat|level|straight|properly|evenly)"
        r"\b|\b(?:rocks|wobbles|wobbling|rocking) (?:on (?:the|its) (?:rim|base|edge|legs?|feet)|back and forth|from "
        r"side to side)\b|\b(?:est|sont) bancale?s?\b|\bne (?:tient|tiennent) pas (?:a plat|droite?s?|d'aplomb)\b",
        r"\berror (?:code|message)s?\b|\b(?:shows?|showing|gives?|giving|says|saying|displays?|flashes|throws) "
        r"(?:an? |the )?(?:\w+ ){0,2}error\b",
        r"\b(?:is|was|arrived|came|completely|totally|stone|went|already|just|screen|battery|side|pixels?) dead\b"
        r"(?! (?:comfy|comfortable|nice|easy|good|soft|cute|pretty|happy|chuffed|light|warm|cosy|cozy|smart|set|on|"
        r"right|accurate)\b)",
        # a device or a part of it that died or gave up: "the battery died after a week", "it packed up", "the toaster
        # conked out", "the battery dies within the hour", « la batterie est morte », « elle a rendu l'âme »; not a
        # person, a pet or a plant (said of no device), nor a noise that died down or people who gave up trying, nor a
        # watch's cell run out (« la pile est morte, merci de remplacer la pile »); nor the customer's old one, whose
        # death the item was bought for ("my old kettle died so I ordered this", "so my husband chose this one", « Ma
        # souris de bureau a rendu l'âme, et j'ai choisi celle-ci », « sa calculatrice a rendu l'âme »), nor another
        # device's battery ("my phone battery died so I missed the courier")
        r"(?<!\bold )(?<!\bprevious )(?<!\blast )(?<!\bformer )(?<!\bphone )(?<!\blaptop )(?<!\bcar )(?<!\btablet )"
        r"(?<!\bcamera )(?<!\bcomputer )\b(?:it|they|this one|batter(?:y|ies)|motor|screen|"
        r"display|bulbs?|leds?|charger|fan|pump|heater|element|remote|speakers?|earbuds?|headphones|lights?|lamp|"
        r"kettle|toaster|blender|hoover|vacuum|dryer|straighteners?|clock|watch|device|machine|unit|appliance|thing)"
        r"(?: (?:has|had|have|just|completely|totally|then|already|suddenly|simply))* (?:died|dies|dying|conked out|"
        r"packed up|packed in|gave up|gave out)\b(?! (?:down|trying|on|waiting|hope|looking|asking)\b)"
        + _NOT_BOUGHT_FOR,
        r"\b(?:batterie|moteur|ecran|ampoule|appareil|machine|chargeur)s? (?:est |sont |etait |etaient )?"
        r"(?:morte?s?|hs)\b" + _NOT_BOUGHT_FOR,
        r"(?:^|[.!?;:,] |\b(?:et|mais|puis) )(?!(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|notre|l'ancien\w*)\b)"
        r"(?:[\w'-]+ ){1,3}?(?:a|ont|avait|avaient) rendu l'ame\b" + _NOT_BOUGHT_FOR,
        r"\b(?:screen|display|light|lights|bulb|lamp|picture|image|led|leds) (?:\w+ )?flicker(?:s|ing|ed)?\b",
        r"\b(?:does ?n[o']?t|don't|won't|wont) (?:move|take off|go away)\b"
        r"(?! (?:my|your|his|her|our|their|with|when i|the|it|them)\b)|"
        r"\b(?:stays|stayed|remains|still) (?:stone |completely )?(?:cold|blank|dark)\b|\b(?:unusable|not usable)\b|"
        # "the lever stopped staying down unless you hold it", "stopped holding a charge", « ne reste plus baissé »
        r"\b(?:stopped|stops|has stopped) (?:staying (?:down|up|on|in|shut|closed|open|put|in place|together|locked|"
        r"lit)|holding (?:a |its |the )?(?:charge|pressure|temperature|heat|air|shape|together|shut|closed)|(?:locking|"
        r"latching|clicking|sealing)(?: (?:in|shut|closed|into place|properly|at all))?(?= *(?:[.,;:!?]|$|and\b|but\b|"
        r"so\b|unless\b|when\b|after\b)))|"
        r"\b(?:ne|n') ?reste(?:nt)? (?:pas|plus) (?:baissee?s?|enfoncee?s?|fermee?s?|en place|allumee?s?|"
        r"en position)\b|"
        r"\bstopped (?:being )?(?:recogni[sz]ed|detected|charging|responding)\b|"
        r"\bonly (?:does|heats|toasts|works on) one side\b",
        r"\b(?:keeps jamming|jams (?:every|after|up|constantly|all the time))\b",
        r"\b(?:restarts|reboots|turns on|switches on|comes on|goes off|drifts|beeps|resets) (?:on its own|by itself|"
        r"randomly|for no reason)\b",
        r"\b(?:sewn|stitched|made|cut|assembled|printed|put together|glued) (?:on )?(?:wrong(?:ly)?|badly|crooked|"
        r"shut|upside down)\b|\bnever (?:been )?(?:cut|sewn|stitched) (?:open|through|shut|closed)\b|"
        # a seam or hem left unsewn: "the left side seam under the arm simply isn't stitched for about 8cm", « l'ourlet
        # n'est pas cousu »
        r"\b(?:seams?|hems?|ourlets?|coutures?)\b(?: [\w']+){0,4}? (?:(?:simply|just|actually|even) )?(?:isn't|is not|"
        r"wasn't|was not|aren't|are not|weren't|were not|hasn't been|has not been|haven't been|was never|were never|"
        r"n'est pas|ne sont pas|n'a pas ete|n'ont pas ete|n'etait pas) (?:even )?(?:stitched|sewn|cousue?s?)\b"
        # ... not one made another way ("the hem isn't sewn, it's taped")
        r"(?![,;]? (?:it's|it is|they're|they are|but|just|c'est|mais) (?:\w+ )?(?:taped|glued|bonded|fused|"
        r"thermocolle|colle))|"
        # what must move sewn fast: "sewed the drawstring into the waistband seam", « le cordon est cousu dans la
        # couture »; not a label sewn into the side seam
        r"\b(?:sew(?:ed|n)?|stitched) (?:the |its |their )?(?:drawstrings?|draw ?cords?|cords?|zips?|zippers?) "
        r"(?:\w+ ){0,2}(?:into|in|through|to) the (?:\w+ ){0,2}seams?\b|\b(?:drawstrings?|draw ?cords?|cords?|zips?|"
        r"zippers?|cordons?|fermetures?) (?:is |are |was |were |has been |have been |est |sont )?(?:sewn|stitched|"
        r"cousue?s?) (?:into|in|through|shut|dans|a) (?:the |la |l')?(?:\w+ )?(?:seams?|couture)\b",
        # wear after little use: "came apart", "rubbed off", "worn through", "bobbles", "went see-through"
        r"\b(?:came|comes|coming|come) (?:apart|loose|undone|unstuck|unglued|unstitched|unsewn|unravell?ed|away)\b|"
        r"\b(?:came|coming) off\b"
        r"(?! (?:as|my|your|his|her|their|me|him|them|the (?:heel|foot|feet|shoulders?|hips?))\b)",
        # not "the novelty wore off"
        r"\b(?<!novelty )(?<!excitement )(?<!appeal )(?:rubbed|rubs|rubbing|peeled|peels|flaked|flakes|chipping|chips|"
        r"wore|worn|wearing|wears|washed|washes) "
        r"(?:off|away)\b",
        r"\b(?:worn|wore|wearing|wears) (?:through|thin|smooth|bald|flat)\b|"
        # "Both knees went through on my daughter's leggings"
        r"\b(?:knees?|elbows?|heels?|toes?|seat|bum|bottom|crotch|soles?|cuffs?) (?:have |has |had |both |already )*"
        r"(?:gone|went|wore|rubbed) through\b|"
        # "the handle has developed a wobble and sticks"
        r"\b(?:developed|developing|develops|has got|'s got) an? (?:\w+ )?(?:wobble|rattle|squeak|leak|fault|kink|"
        r"split|tear|crack|hole|buzz|hum)\b",
        r"\b(?:started|starting|begun|began|begins|beginning) (?:to )?(?:peel|fray|tear|split|rip|crack|flake|fade|"
        r"pill|bobble|come apart|fall apart|unravel|rust|bubbl|lift|wear through)\w*\b|\bfray(?:s|ed)?\b|\bsplitting\b",
        r"\b(?:gone|already|come|worked|working|has come|had come|have come) (?:loose|apart|undone)\b|"
        r"\b(?:has|had|have) come off\b|"
        r"\b(?:losing|loses|lost) (?:its )?(?:fluff|loops|threads|stones|sequins|beads|bristles|feathers|stuffing)\b|"
        r"\bdestroyed (?:in|after|within)\b|\b(?:spots?|patches) of rust\b|\brusting\b|\b(?:flake|peel)s? off\b",
        r"\bbroke (?:off|down|apart|in (?:half|two)|on|after|when|within|the first|while)\b|"
        r"\b(?:it|they|one|clip|strap|handle|zip|leg|lid|heel|buckle|hinge|chain|clasp|arm|cable|wire|stem) broke\b",
        # "became hard to zip up" and "goes baggy at the waist" are fit
        r"\b(?:gone|went|turned|become|became) (?:threadbare|bald|shiny|bobbly|"
        r"misshapen|stiff|hard|rough|sticky|yellow|lumpy|saggy|wavy|patchy|out of shape)\b(?! to\b)",
        r"\b(?:threadbare|misshapen|see[- ]through after|lost (?:its|their|all) shape|"
        r"(?:has|have|had|already|completely|all) stretched out)\b",
        # what fell out or popped off, not the customer's heel or feet falling out of a shoe a size too big
        # a part that fell off ("the buttons are sewn on with one thread, two fell off"), not a ring off a finger nor
        # a strap that slips ("the shoulder strap fell off my shoulder twice")
        r"\b(?:buttons?|rose|clasp|hand|handle|strap|buckle|heel|sole|knob|beads?|sequins?|stones?|pompom)\b[^.!?]{0,40}"
        r"\b(?:fell|fallen) off\b(?! (?:me|him|her)\b| (?:my|your|her|his|their) (?:shoulders?|arms?|wrists?|fingers?|"
        r"hips?|waist|head|ears?|neck|nose|face|feet|foot|legs?|body)\b)|"
        r"\b(?:fell|falls|falling|fall) apart\b|\b(?:popped|popping|pulled|pulling) off\b(?! (?:it|them|the look)\b)|"
        r"(?<!heel )(?<!heels )(?<!feet )(?<!foot )(?<!\bi )(?<!boobs )(?<!chest )(?<!keeps )(?<!kept )"
        r"(?<!keep )\b(?:fell|falls|falling|fall|popped|popping) out\b(?! of\b)",
        r"\b(?:bobbles|bobbly|bobble (?:factory|everywhere)|pills (?:badly|after|already|everywhere|like))\b",
        r"\b(?:colou?r|dye|ink|print|paint|plating|coating|finish) (?:has |had |have |is |was )?(?:ran|run|bled|bleeds|"
        r"faded|"
        r"fades|washed out|come off|came off|rubbed off|worn off|gone|chipped)\b|\bfading\b|"
        # ... onto the wearer or what it touched: "the dye left red marks on my back", "the colour transferred onto my
        # sofa", « la teinture a laissé des traces sur ma peau »
        r"\b(?:colou?r|dye|ink|print|paint)s? (?:has |had |have |just )?(?:left|leaves|leaving) (?:\w+ ){0,2}(?:marks?|"
        r"stains?|streaks?|patches|lines?)\b|\b(?:colou?r|dye|ink|paint)s? (?:has |had |have )?(?:transferred|"
        r"transfers|transferring)\b|\b(?:teinture|couleur|encre|peinture)s? (?:a |ont |avait )?laisse\w* (?:des |de "
        r"|une )?(?:\w+ )?(?:marques?|traces?|taches?)\b",
        r"\b(?:poking|poked|pokes|coming|sticking|sticks) (?:out )?(?:through|out of) (?:the )?(?:fabric|cover|"
        r"material|seam|"
        r"lining|case|casing)\b",
        # a wire, a spring or a feather come out through what holds it ("the underwire came out", "a spring has worked
        # its way through", « l'armature est sortie du tissu », « un ressort transperce le matelas »)
        r"\b(?:underwires?|wires?|springs?|boning|bones|feathers?|quills?) (?:(?:has|have|had|just|already) )*(?:come|"
        r"came|coming|poked|poking|worked its way|working its way|broken|broke) (?:out|through)\b"
        r"(?! of (?:the |its |my )?(?:box|parcel|package|packaging|bag|envelope)\b)",
        r"\b(?:armatures?|baleines?|ressorts?|plumes?)\b(?: [\w-]+){0,2}? (?:est |sont |a |ont |deja )*(?:sortie?s?|"
        r"ressortie?s?|transperce|transpercent|perce|percent|traverse|traversent|depasse|depassent)(?: deja)? "
        r"(?:du |de la |des |le |la |les |a travers (?:le |la |les ))?(?:tissu|bonnets?|coutures?|doublure|housse|"
        r"matelas|coussin|oreiller|soutien-gorge)\b",
        r"\b(?:sheds?|shedding) (?:like|everywhere|fluff|fibres|fibers|hair|bristles|glitter|feathers|all over)\b",
        r"\b(?:key|keys|space bar|trigger|lever|dial|knob|port|socket|door|drawer|slider|button|buttons|handle|lid|"
        r"zip|zipper|wheel|hinge) (?:is |are |was |were |gets |keeps getting )?(?:stuck|jammed|sticks|sticking|"
        r"wobbly|wobbles|loose|rattles|squeaks|crackles|buzzes)\b",
        r"\b(?:stopped|stops|quit) working\b|\b(?:a|ont|est|sont) grillee?s?\b",
        # a part that burnt out, or the item within days or uses; a candle burnt out after 18 hours ended as candles do
        r"\b(?:motor|bulb|element|fuse|heater|fan|pump|board|battery|charger|leds?|controller|coil|thermostat|"
        r"adapter)s? (?:has |have |had |already |just )?(?:burnt|burned) out\b|"
        r"\b(?:burnt|burned) out\b(?=[^.!?]{0,15}\b(?:days?|weeks?|months?|uses?|goes|washes)\b)",
        r"\b(?:not working|no longer works)\b",
        r"\b(?:sparks?|sparked|sparking|burning smell|smells? of burning|" + SMOKE + r"|overheat\w*|melted|caught fire|"
        r"short[- ]circuit\w*)\b",
        r"\b(?:zip|zipper|strap|buckle|heel|sole|seam|seams|stitching|handle|button|clasp|lid|hinge|velcro|wheel|"
        # (a leg, not the customer's own: "my legs gave way after the hike")
        r"wheels|(?<!\bmy )(?<!\bher )(?<!\bhis )(?<!\bour )(?<!\btheir )legs?|underwire|rib|pull)s? (?:is |are |has |"
        r"have |was |were )?(?:already )?(?:broke|broken|"
        r"came off|came apart|fell off|falls off|fall off|popped off|came undone|is undone|are undone|split|burst|"
        r"snapped|gave way|failed|loose|poked through|pulled out|opening|opened up|lifting|separating|coming away|"
        r"detaching|detached)\b",
        # a piece of furniture or a frame that collapsed under its use ("the shelf gave way", "the stool caved in",
        # « l'étagère s'est effondrée », « le banc a cédé »): not a person ("I collapsed", « elle s'est effondrée en
        # larmes »), nor a price, nor what a folding item does ("it collapses flat for storage", "the seat buckles")
        r"\b(?:shelf|shelves|shelving|chair|stool|table|bed|frame|rail|rack|bench|ladder|stand|bookcase|desk|cabinet|"
        r"trolley|hammock|tent|gazebo|cot|crib|sofa|couch|seat|unit|wardrobe|it|the whole thing)s? "
        r"(?:has |have |had |just |completely |totally |simply )?(?:collapsed|gave way|given way|caved in|"
        r"buckled under|came crashing down)\b",
        r"\b(?:etagere|chaise|tabouret|table|lit|sommier|cadre|tringle|barre|banc|echelle|support|meuble|bibliotheque|"
        r"bureau|armoire|hamac|tente|tonnelle|pied|structure|assise|canape|fauteuil|rayonnage|lampadaire|parasol|"
        r"ensemble)s? (?:s'est |se sont |a |ont |est |sont |s'etait )?(?:completement |totalement |carrement |"
        r"tout de suite |deja |litteralement )?(?:effondree?s?|ecroulee?s?|affaissee?s?|cede)\b",
        r"\b(?:keeps?|kept) (?:losing (?:the )?connection|disconnecting|cutting out|switching off|turning off|"
        r"shutting (?:off|down)|stopping|restarting|rebooting|freezing|crashing)\b",
        r"\b(?:cuts|cutting) out\b",
        # not a courier or a parcel that "never came on the day promised"
        r"\bnever (?:connects|connected|(?:comes|came|come) on(?! (?:the|time|a|an|that|this|my|monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|\d+)\b)|turns on|turned on|switches on|switched on|charges|charged|"
        r"works|worked|pairs|paired)\b",
        # a device that stops by itself ("stops overnight", "stopped after two days"), not a hem that stops at the knee
        r"\b(?:stops|stopped|stopping) (?:overnight|every (?:night|day|morning|evening|time|few \w+)|at night|"
        r"(?:in|during) the night|randomly|by itself|on its own|after (?:a|an|one|two|three|four|five|"
        r"six|a few|few|\d+) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|uses?|charges?|washes?|"
        r"cycles?)|(?:charging|heating|spinning|ticking|running|blowing|cooling|recording|responding|connecting|"
        r"pairing|lighting up))\b",
        r"\b(?:shuts?|turns?|switch(?:es)?|shut|turned|switched) (?:itself |themselves )?(?:off|down) (?:randomly|"
        r"by itself|on its own|for no reason|all the time|constantly|after|every|mid)\b",
        r"\b(?:randomly|constantly) (?:shuts?|turns?|switch(?:es)?) (?:itself |themselves )?(?:off|down)\b",
        r"\b(?:turns|switches|shuts|turned|switched|shut) (?:itself|themselves) (?:off|down)\b",
        # an unsafe item is a defect whatever else the text says, and so is one that burnt someone ("the plug burnt my
        # hand", « la prise m'a brûlé les doigts »)
        r"\b(?:dangerous|dangerously hot|unsafe|not safe|hazardous|(?:safety|fire|choking) hazard|too hot to "
        r"(?:touch|hold|handle))\b",
        r"\b(?:burnt|burned|scalded|scorched) (?:me|him|her|us|them|(?:my|her|his|their|our) (?:\w+'s )?(?:hands?|"
        r"fingers?|thumbs?|arms?|skin|legs?|face|palms?|wrists?|lips?|mouth|tongue|feet|foot))\b|"
        r"\b(?:m'a|m'ont|lui a|nous a|l'a) (?:brule|ebouillante)e?s?\b",
        # food the item burns by itself ("it burns the toast even on setting 1", « il brûle le pain »), or burnt every
        # time or at a low setting ("My toast is always burnt, even on setting 1", « le pain ressort brûlé à chaque
        # fois »), not the customer's ("I burned my toast")
        r"\b(?:it|always|keeps|still|every time|il|elle) (?:burn(?:s|t|ed|ing)?|brulen?t?) (?:toujours )?(?:the |my |"
        r"le |la |les |mon |ma |mes )?" + FOOD + r"\b",
        r"\b" + FOOD + r"\b[^.!?;]{0,40}?\b(?:" + _BURNT_FOOD_REPEATS + r")\b[^.!?;]{0,20}?\b(?:burn\w*|brule\w*)\b|"
        r"\b" + FOOD + r"\b[^.!?;]{0,40}?\b(?:burn\w*|brule\w*)\b[^.!?;]{0,30}?\b(?:" + _BURNT_FOOD_REPEATS + r")\b",
        r"\b(?:pilling|pilled|bobbling|bobbled|loose threads?|faded)\b",
        r"\b(?:came apart|fell apart|falling apart|came undone|unravell?ing|unravell?ed)\b",
        r"\b(?:shrank|shrunk|shrinks)\b",
        r"\bleak(?:s|ed|ing)?\b",
        # not « à défaut » (failing that)
        r"\b(?:defectueux|defectueuse|(?<!a )defaut|defauts|(?<!\blike a )vice(?!-)|en panne|hs|inutilisable|"
        r"inutilisables)\b",
        r"\b(?:ne|n') ?(?:fonctionnen?t?|marchen?t?|s'allumen?t?|chauffen?t?|chargen?t?|fermen?t?|demarren?t?|"
        # ... « ne s'allume même pas »
        r"s'ouvren?t?|repond(?:ent)?)(?: meme)?(?: plus| pas| jamais)\b(?! (?:sur|autour|a|au) )",
        r"\b(?:fonctionnen?t?|marchen?t?|chauffen?t?|s'allumen?t?|chargen?t?) (?:plus|pas|mal)\b",
        # a toaster that browns one side only, its element that never glows: « un grille-pain qui ne grille que d'un
        # côté. La résistance de gauche ne rougit jamais » (as "only toasts one side")
        r"\b(?:ne |n')(?:grillen?t?|chauffen?t?|fonctionnen?t?|marchen?t?|cuit|cuisent|dorent|dore) que "
        r"(?:d'un|d'une|sur un|sur une) (?:seul |seule )?(?:cote|face)\b|"
        r"\b(?:resistance|element|filament)s?(?: [\w']+){0,3} (?:ne |n')rougi(?:t|ssent) (?:pas|plus|jamais)\b",
        # the device refuses, « ne » dropped as often in speech: « la lampe veut pas s'allumer »
        r"\bveu(?:t|lent) (?:pas|plus|jamais|toujours pas) (?:s'allumer|demarrer|fonctionner|marcher|chauffer|charger|"
        r"se (?:re)?charger|s'ouvrir|se fermer|tourner|se (?:re)?connecter|s'eteindre)\b",
        r"\b(?:ne |n')(?:tournen?t?|capten?t?|declenchen?t?|s'enclenchen?t?|circulen?t?|reconnai(?:t|ssent)|"
        r"ecri(?:t|vent)|aspiren?t?|imprimen?t?|detecten?t?|s'allumen?t?|diffusen?t?) (?:pas|plus|jamais|rien|"
        r"aucune?|presque pas)\b",
        r"\b(?:redemarren?t?|se rallumen?t?) (?:tout seul|toute seule|en boucle|sans arret|sans cesse)\b|"
        r"\b(?:pas de|aucun|aucune) (?:son|signal|image|vapeur|pression|aspiration)\b|\bsans son\b(?! \w)|"
        r"\bbruit anormal\b|\berreur de (?:coupe|fabrication|montage|couture)\b|\bsorti d'usine\b",
        # a part that sticks: « roue gauche bloquée », « la poignée télescopique qui reste coincée »
        r"\b(?:roue|roulette|moteur|bouton|poignee|fermeture|tirette|gachette|couvercle|mecanisme|curseur|glissiere|"
        r"charniere|touche)s?(?: \w+){0,3} (?:bloquee?s?|coincee?s?)\b",
        r"\b(?:pressions?|boutons?(?: pression)?|aimant|fermeture|boucle|attache|clip)s? (?:\w+ )?"
        r"ne tien(?:nen)?t pas\b|\b(?:n'est|ne sont) pas cousue?s?\b|"
        r"\bmal (?:cousue?s?|sertie?s?|collee?s?|montee?s?|finie?s?|assemblee?s?)\b",
        r"\b(?:bouton|boutons|pompon|perle|perles|strass|talon|semelle|poignee|anse|pierre) (?:\w+ )?(?:est |sont )?"
        r"tombee?s?\b|\b(?<!oreilles )percee?s?\b|\beffilochee?s?\b|\bgondolee?s?\b|"
        r"\bse desagregen?t?\b|\bdeteignen?t?\b|\bdeteint\b|\bemoussee?s?\b",
        r"\b(?:revetement|couleur|peinture|dorure|vernis|placage|teinte|motif|impression|antiadhesif) "
        r"(?:qui |deja |completement |vite )?(?:part|partent|s'en va|est partie?)\b(?! (?:que|entiere))",
        # « ne se connecte pas au wifi »: the fit exceptions above (« ne ferme pas sur moi ») do not apply
        r"\b(?:ne|n') ?(?:se (?:connecten?t?|chargen?t?|rechargen?t?)|s'appairen?t?|s'eteint|s'eteignent)"
        r"(?: plus| pas| jamais)\b",
        r"\b(?:n'a|n'ont) jamais (?:fonctionne|marche|charge|chauffe|demarre)\b",
        r"\b(?:ne|n') ?(?:s'est|se sont) jamais (?:allumee?s?|connectee?s?)\b",
        # stops by itself (« s'éteint toute seule », « s'arrête la nuit »), not a hem that « s'arrête au genou »
        r"\b(?:s'arreten?t?|s'eteint|s'eteignent|se coupen?t?|se met en veille|se mettent en veille|s'est arretee?|"
        r"se sont arretee?s) (?:tout seul|"
        r"toute seule|tous seuls|toutes seules|au bout d[e']|apres|la nuit|pendant la nuit|en pleine nuit|chaque nuit|"
        r"toutes les nuits|sans raison|sans arret|sans cesse|regulierement|n'importe quand|en plein)",
        r"\b(?:dangereux|dangereuse|dangereuses|chauffe dangereusement|dangereusement chaude?s?|risque "
        r"d'(?:incendie|electrocution|etouffement)|trop chaude? pour (?:le |la |les )?toucher|brulante?s?)\b",
        r"\b(?:se deconnecte|se deconnectent|clignote sans arret|non reconnue?)\b",
        r"\b(?:dysfonctionnement|dysfonctionne|faux contact|pixels? morts?|gresille|gresillement|redemarre en boucle|"
        r"(?:message|code) d'erreur|code erreur|affiche (?:une |un |le code )?(?:erreur|err)|fabrication ratee|"
        r"ne tien(?:nen)?t pas la charge|reste(?:nt)? (?:noire?s?|froide?s?|eteinte?s?)|"
        # (not what is no part of the item: « le suivi est bloqué », « ma commande est bloquée », « mon compte est
        # bloqué »: a parcel on its way, an account)
        + _NOT_THE_ITEMS_BLOCKED
        + r"(?:est|sont) bloquee?s?(?! (?:\d|au|a la|en|chez|depuis|pendant)\b)|se bloquen?t?|"
        r"prend l'eau|prennent l'eau|a pris l'eau|ont pris l'eau|"
        # a hood or a lining made to come off (« la capuche se détache ») is no fault
        r"se decousen?t?|se defai?t|se defont|(?<!capuche )(?<!doublure )(?<!fourrure )se detachen?t?|"
        r"se degonflen?t?|s'aplatit|"
        r"s'est (?:\w+ )?(?:tasse|detendu|deforme)e?|se sont (?:\w+ )?(?:tasse|detendu|deforme)e?s|"
        r"(?:est|sont|etait|etaient|tout|toute|deja|completement) "
        r"deformee?s?|part(?:ent|ir)? en (?:petites |grosses |fines )?(?:paillettes|lambeaux|plaques|ecailles|copeaux|"
        r"miettes)|"
        r"(?:commence|commencent|commencer) a (?:cloquer|peler|s'ecailler|se decoller|rouiller|craqueler|se detendre|"
        r"se deformer|se decoudre)|"
        r"se deformen?t?|s'usen?t?|s'effacen?t?|se denuden?t?|pelen?t?|peluchent|boulochage|"
        r"(?:couleur|teinte) a (?:vire|degorge|passe)|completement delavee?s?)\b",
        r"\b(?:perd|perdent|perdu) (?:ses|leurs|des) (?:poils|plumes|paillettes|perles|strass|fils|picots|roues)\b|"
        r"\b(?:perd|perdent|perdu) (?:sa|leur) (?:couleur|forme|tenue)\b|\bboulott\w*|\bboulocher\b|"
        r"\bfait des boules\b|"
        r"\b(?:devient|devenu|devenue|devenus|devenues) (?:transparente?s?|(?:\w+ ){0,2}?delavee?s?)\b|"
        r"\bdelavee?s? (?:au|apres|des|en)\b|\b(?:a|ont) lache\b|\blachent\b|\bs'effil(?:e|ocher)\b|"
        r"\b(?:coutures?) (?:\w+ ){0,3}s'ouvren?t?\b|\bgrincen?t?\b|"
        r"\b(?:charniere|poignee|pied|dossier|levier|bouton|roue|manche|lame|molette) (?:\w+ )?a du jeu\b",
        r"\b(?:couture|coutures|bretelle|fermeture|sangle|semelle|talon|colle|anse|poignee) (?:\w+ ){0,3}(?:lachent|"
        r"a lache|ont lache|a craque|se decoud|a eclate|ont eclate)\b",
        # the item itself burst: a ball, an air bed, a bottle (« Le ballon a éclaté à l'ouverture. », "The ball burst
        # when I opened it"); not the customer (« j'ai éclaté de rire », "I burst into tears", "I burst it pumping it
        # up"), nor a burst of something ("a burst of colour", "my bubble burst"), nor the customer's home's pipes («
        # Une canalisation a éclaté chez nous », "a pipe burst at home")
        r"\b(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\byou )(?<!\ba )(?<!\bthe )(?<!\bbubble )"
        r"(?<!\bbubbles )(?<!\bpipe )(?<!\bpipes )(?<!\bmain )(?<!\bboiler )(?<!\btank )"
        r"(?:has |have |had |just |already )?(?:burst|bursts)\b"
        r"(?! (?:of|into|out|in|with|onto|it|them|pipes?|water|main|appendix)\b)|"
        r"(?<!\bj'ai )(?<!\bje )(?<!\bon )(?<!\bnous avons )(?<!canalisation )(?<!canalisations )(?<!tuyau )"
        r"(?<!tuyaux )(?<!conduite )(?<!chaudiere )\b(?:a|ont|avait|avaient) (?:deja |carrement |"
        r"completement )?eclate\b(?! (?:de rire|en sanglots|en larmes|en (?:deux|morceaux|mille morceaux)|chez)\b)",
        # « ça ne fait rien » is « never mind »
        r"\b(?<!ca )(?<!cela )ne (?:fait|produit|diffuse|moud|aspire|chauffe|souffle|capte|detecte|lit|imprime|"
        r"affiche|coupe|grille|sort|charge) (?:rien|aucune?|plus rien)\b",
        # « une peluche » is a soft toy; « tout peluché » is worn fabric
        r"\b(?:bouloche|boulochee|bouloches|boulochees|peluchee|peluchees|tout peluche)\b",
        r"\b(?:etincelles?|odeur de brule|sent le brule|fumee|surchauffe|fondu|court-circuit|pris feu)\b",
        r"\b(?:fermeture eclair|fermeture|zip|bride|laniere|talon|semelle|couture|coutures|poignee|bouton|couvercle) "
        r"(?:cassee?s?|a lache|ont lache|s'est (?:decousue|defaite|detachee|cassee)|decousues?|defaites?|"
        r"arrachee?s?)\b",
        r"\b(?:decousu|decousue|decousues|se decoud|part en morceaux|s'est defait)\b",
        # seams sewn badly (« c'est la couture qui est ratée », « coutures de travers »), fabric that laddered after a
        # first wear (« il a filé au premier portage », "laddered the first time"; not a bunk bed's ladder)
        r"\b(?:couture|coutures|ourlet|ourlets|finition|finitions) (?:\w+ ){0,3}(?:ratee?s?|baclee?s?|de travers|mal "
        r"faite?s?)\b|\bpas ete cousue?s? pareil\b",
        r"\b(?:a|ont|avait|avaient) file\b|\bs'est effilee?\b|\bse sont effilee?s\b|\bladdered\b|"
        r"\ba (?:big |huge |long )?ladder in (?:the|my|it)\b",
        r"\b(?:a|ont) (?:retreci|deteint)\b",
        r"\bretreci\b|\bretreci(?:e|es|s|t|ssent|r autant)\b",
        # "after first washing the t-shirt become smaller": shrunk, in the customer's words
        r"\bafter (?:the |its |one |a |first |1st )*(?:wash|washing|cycle)\b[^.!?]{0,40}\b(?:become|became|got|went) "
        r"(?:\w+ )?(?:smaller|shorter|tighter)\b",
        # stretched out of shape by a wash or two: "after washing it carefully by hand, as the label says, the jumper
        # came out several inches longer and the neck is stretched so wide", "doesn't seem to hold its shape"
        r"\bafter (?:the |its |one |a |first |1st )*(?:wash|washing)\b[^.!?]{0,80}\b(?:came out|become|became|went) "
        r"(?:\w+ ){0,2}(?:longer|wider|bigger|baggier)\b|\b(?:does ?n[o']?t|doesnt|won't|didn't|did not) (?:seem to )?"
        r"(?:hold|keep) (?:its|their) shape\b",
        # « la poignée bouge déjà », not a sleeve (« la manche »)
        r"\b(?:la poignee|le manche|l'anse|la charniere|le couvercle|la molette|le pied) (?:\w+ )?(?:bouge|branle)\b",
        r"\bfuit\b|\bfuite\b",
    ),
    "stain": (
        # "deep red marks on my waist", "red marks on both feet", "marks on both sides of my nose" is where it digs in,
        # not a stain
        r"\b(?:stain|stains|stained|dirty|soiled|discolou?red|discolou?ration)\b|\bmarks? on\b(?! (?:(?:both|either|"
        r"each|the) (?:sides?|bridge|top|back|front) of )?(?:my|her|his|your|their|our|both|both of (?:my|her|his|"
        r"their))(?: \w+)? " + _BODY_MARKED + r"\b)",
        # « elle fait tache » (it clashes with the room) is no stain
        r"(?<!\bfait )(?<!\bfont )(?<!\bfaire )(?<!\bferait )(?<!\bfaisait )(?<!\bfaisaient )"
        r"\b(?:tache|taches|tachee|(?<!on )(?<!for )(?<!a )(?<!the )sale|salie|souillee?|decolore|decoloree|"
        r"jauni|jaunie)\b",
    ),
    "hole": (
        # a garment's arm, neck and leg holes are openings, not damage, and so is a hole made for something to pass
        # through ("a hole for the lead", "thumb holes", "lace holes", « trou pour la laisse », « trou pour le pouce »)
        r"\b(?<!arm )(?<!neck )(?<!leg )(?<!last )(?<!new )(?<!first )(?<!tightest )(?<!loosest )(?<!extra )"
        r"(?<!thumb )(?<!finger )(?<!button )(?<!lace )(?<!drainage )(?<!drain )(?<!vent )(?<!ventilation )"
        r"(?:hole|holes)\b(?! (?:on|of) the belt| for (?:the |a |your |my )?(?:lead|leash|harness|thumbs?|head|"
        r"arms?|cable|strap|lace)s?\b)",
        # a ladder run in tights, not the ladder sold ("the ladder's third rung is bent")
        r"\b(?:laddered|moth[- ]eaten)\b|\b(?:a|one|another|huge|big|massive|long) ladders? (?:in|on|up|down|at|"
        r"running|appeared|after)\b|\bladders? (?:in|on|up|down) (?:the|one|both|my|each) (?:\w+ )?(?:legs?|tights|"
        r"stockings|thighs?|knees?|heels?|toes?)\b",
        r"\b(?<!dernier )(?<!premier )(?<!nouveau )(?<!nouveaux )(?:trou|trous)\b"
        # (... unless they are torn: « les trous à pouces sont déchirés »)
        r"(?! (?:de (?:la |ma )?ceinture|de la camera|du bouton|(?:de|a|aux) pouces?|de lacets?|d'aeration)\b"
        r"(?! (?:sont |est |se sont |s'est )?(?:\w+ )?(?:dechire|decousu|abime|craque|arrache|troue|deforme)e?s?\b)| "
        r"pour "
        r"(?:la |le |les |l'|un |une )?(?:laisse|harnais|pouces?|tete|bras|cable|sangle|lacets?|attache)\b)",
        r"\b(?:troue|trouee|troues|trouees)\b",
    ),
    "missing_part": (
        # « Le bracelet acier manque »: a part said to be missing, not one that lacks something (« la robe manque de
        # tenue »), nor one the customer misses or words that fail them (« la robe me manque déjà », « les mots me
        # manquent »), nor what the listing lacks (« les informations manquent sur le site »)
        r"\b(?:(?:le|la|les) (?!(?:mots|informations|infos|explications|precisions|photos)\b)[\w-]+|l'[\w-]+)"
        r"(?: [\w-]+){0,2}(?<!\bme)(?<!\bm')(?<!\bte)(?<!\bnous)(?<!\bvous)(?<!\blui)(?<!\bleur) manquen?t?\b"
        r"(?! (?:de|d'|a|pas|juste|un peu)\b)",
        # a part named as the one thing the box lacked: "Everything was in the box except the charger", « tout y était
        # sauf la notice »; not something else said of the item ("everything was fine except the colour", "all there
        # apart from the size being wrong")
        r"\b(?:everything|all(?: the)? (?:parts|pieces|bits|accessories))(?: (?:else|i needed))? (?:was|is|were|are|"
        r"came) (?:in (?:the |my )?(?:box|parcel|package|bag|set|kit)|there|included|present|supplied)"
        r"(?: [\w-]+){0,3}?,? (?:except|apart from|but|other than|bar|save) (?:for )?(?:the |a |an |my |its )"
        + _PART_LACKED,
        r"\btout (?:y (?:etait|est)|(?:etait|est) (?:dans (?:le|la) (?:colis|carton|boite|paquet)|la|present|fourni))"
        r"(?: [\w-]+){0,3}?,? (?:sauf|a part|excepte|hormis) (?:le |la |les |l'|un |une |mon |ma |mes )" + _PART_LACKED,
        # ... said after it as a sentence of its own: "Everything was there. Everything except the charger, I mean.",
        # « Le carton était complet. Enfin, tout sauf le câble. »; only after the box's contents said whole, not after
        # praise ("Love it all. Everything except the sleeves, they're too long.")
        r"\b(?:everything|it all|all of it) (?:was|is|were|came) (?:there|in the box|included|complete)\b[^.!?]{0,40}"
        r"[.!?;:] (?:well,? |i mean,? |actually,? |ok,? )?everything,? (?:except|apart from|but|other than|bar|save) "
        r"(?:for )?(?:the |a |an |my |its )" + _PART_LACKED,
        r"\b(?:tout y (?:etait|est)|(?:etait|est) complet)\b[^.!?]{0,40}[.!?;:] (?:enfin,? |bon,? )?tout,? (?:sauf|"
        r"a part|excepte|hormis) (?:le |la |les |l'|un |une |mon |ma |mes )" + _PART_LACKED,
        # the item said come and a part said not, in a clause of its own: "The coat is here and it's great. The
        # collar isn't.", "The shoes arrived, the laces didn't.", « Le manteau est bien arrivé, le col non. »; not what
        # is said of the item ("The coat is here. The size isn't right.", "the colour isn't what I expected"), what
        # the shop still owes ("the refund hasn't") nor a paper ("the receipt didn't")
        r"\b(?:(?:is|are|was|were) (?:here|there)|arrived|came|turned up)\b[^?]{0,100}?[.;,:] (?:but |and )?the "
        r"(?!(?:size|colou?r|fit|quality|price|length|refund|money|label|e-?mail|reply|tracking|rest|receipt|invoice|"
        r"note|slip|paperwork|bill|card|voucher|code|confirmation|gift (?:note|receipt|message))\b)[\w-]+(?: "
        r"[\w-]+)? (?:isn't|is not|wasn't|was not|aren't|are not|weren't|were not|didn't|did not|hasn't|has not|"
        r"haven't|have not)(?= *(?:$|[.!;]))",
        r"\b(?:est|sont) (?:bien )?(?:la|arrivee?s?|livree?s?)\b[^?]{0,100}?[.;,:] (?:mais )?(?:(?:le|la|les) "
        r"(?!(?:taille|couleur|qualite|prix|longueur|remboursement|etiquette|reste|facture|ticket|recu|bon|note|"
        r"carte|code|confirmation)\b)[\w-]+ (?:non|pas|n'y est pas|"
        r"n'y sont pas|"
        r"n'est pas arrivee?|ne sont pas arrivee?s)|pas (?:le|la|les) [\w-]+)(?= *(?:$|[.!;]))",
        # "missing an inch" is a fit complaint
        r"\bmissing\b(?! (?:out|the point|you|home)\b)(?! (?:about |at least |by |a good |nearly |almost |around |"
        r"roughly |over )?" + MEASURE + r")",
        # "there's no belt in the bag", "No gas cylinder in the box." as a sentence opens; not "no room in the bag", the
        # paperwork ("no returns slip in the parcel"), a fault said absent ("No damage in the box, just too big"), the
        # packing ("No padding in the box, the vase smashed") nor a part the listing said absent ("as expected")
        r"(?:\bthere(?:'s| is| was) |(?:^|[.!?;:,] ))no (?!room\b|space\b|damage\b|problems?\b|issues?\b|faults?\b|"
        r"scratch\w*|marks?\b|dents?\b|signs?\b|padding\b|protection\b|bubble\b|wrap\b|packaging\b|packing\b)"
        r"(?!(?:\w+ )?(?:receipts?|invoices?|slips?|labels?|forms?|notes?|"
        r"paperwork)\b)(?:\w+ ){1,2}in the (?:box|parcel|package|bag|packet|envelope)\b"
        r"(?![^.!?;]{0,30}\b(?:as expected|as (?:stated|described|listed|advertised)|sold separately)\b)",
        # « il n'y avait pas de ceinture dans le sachet »: the French twin; not the paperwork nor a trouble
        # (`_NOT_A_PART_WITHOUT`: « pas de facture », « pas de problème dans le colis »), room (« pas de place ») nor a
        # fault said absent (« pas de rayure »)
        r"\bn'y (?:a|avait) (?:pas|plus|aucune?) (?:de |d')(?!" + _NOT_A_PART_WITHOUT + r"|place\b|espace\b|defauts?\b|"
        r"protections?\b|calage\b|papier\b|bulle\b|"
        r"degats?\b|traces?\b|rayures?\b)(?:[\w-]+ ){1,2}?(?:dans|a l'interieur d)(?:u|e la|es|e l'| le| la| les| l')?"
        r" ?(?:paquets?|colis|cartons?|boites?|emballages?|sachets?|pochettes?|enveloppes?)\b",
        r"\b(?<!batteries )(?<!battery )(?:not|wasn't|weren't|isn't|aren't) "
        r"(?:included|in the (?:box|parcel|package|bag|packet|pack|envelope|dust bag))\b",
        # "the box only had two of the four chairs in it", "only 3 of the 4 player pieces"; not a rating ("I'd give it
        # only 2 out of 5") nor a choice ("I'll keep only one of the two"): the parts are named or were in the box
        r"\bonly (?:had |has |contained |contains |came with |got |were |was )?(?:one|two|three|four|five|\d+) "
        r"(?:of|out of) (?:the )?(?:two|three|four|five|six|eight|ten|\d+)(?! (?:stars?|points?)\b)(?= (?:\w+ ){0,2}"
        r"(?!(?:fits|works|looks|seems|does)\b)\w{2,}s\b| in the (?:box|parcel|package|bag|packet|envelope)\b)",
        # (a hanger is packing, but not with a part named beside it: "Came without the hanger or the belt.")
        r"\b(?:came|arrived|comes|delivered|shipped|sent) without (?!(?:a |any )?(?:scratch|damage|problem|issue|"
        r"mark|fuss|hassle|delay|incident)\b|(?:a |any |the )?(?:coat |clothes )?hangers?\b"
        # (... a part, not a clause about the item: "Arrived without a hanger and the dress is too big for me.")
        r"(?!,? (?:or|and|nor) (?:the|a|an|its|any) [\w-]+\b(?! (?:is|are|was|were|looks?|seems?|feels?|fits?|has|"
        r"have|came|arrived)\b)))",
        r"\bincomplete\b|\bno (?:screws|bolts|fixings|instructions|charger|charging cable|remote|allen key)\b",
        # one part of a set came alone: "I received the shell only" (a 3-in-1 jacket); not a time ("received it only
        # yesterday"), money ("got a refund only") nor one colour or size of those ordered ("I received the blue only,
        # the red was out of stock", "the blue one only"); a colour or size naming the part is one ("the black shell
        # only")
        r"\b(?:received|got|contained|came with|arrived with) (?:the|a|an) "
        r"(?!(?:" + _ONE_OF_TWO_ORDERED + r") (?:one|ones|pair|size|colou?r|version) only\b)(?:\w+ )?"
        r"(?!(?:refund|credit|voucher|money|reply|email|message|answer)\b)(?!" + _ONE_OF_TWO_ORDERED + r")\w+ only\b"
        r"(?! (?:yesterday|today|now|last|this|on|in|after|recently|just|once|because|since|to|a|the|version|model|"
        r"edition|option)\b)",
        # a count that falls short: "2 slats short", "two corners short", "pack of 4 but there are 3 in the bag"; not a
        # length ("5 is too short", "the short leg", "3 centimetres short")
        r"\b(?!" + MEASURE + r")(?:one|two|three|four|five|six|\d+) (?:\w+ )?\w+s short\b",
        # « Reçu la chaîne seule » (a necklace without its pendant): one part of a set came alone; not the parcel or the
        # customer alone (« reçu le colis seule »), nor a part that comes in another parcel (« la veste doit arriver »)
        r"\brecue?s? (?:(?:le|la|les) |l')(?!(?:colis|commande|paquet|carton|envoi|livreur)\b)[\w-]+ seule?s?\b"
        r"(?![^.!?;]*\b(?:(?:doit|doivent|devrait|devraient|va|vont) arriver|arrivera|arriveront|autre (?:colis|"
        r"envoi|livraison))\b)",
        # "Pack of 6 toys, 4 in the bag.", « Lot de 6 verres, 4 dans le carton. »: another count in the box (not "6 in
        # the bag")
        r"(?:\b(?:pack|set|box|lot) of (\d+)(?: \w+)?[,;:-] (?:only |just )?(?!\1\b)\d+ (?:\w+ )?in the "
        r"(?:box|bag|pack|packet|parcel)\b|\b(?:lot|pack|paquet|boite|coffret|set) de (\d+)(?: [\w-]+)?[,;:-] "
        r"(?:seulement )?(?!\2\b)\d+ (?:[\w-]+ )?dans (?:le |la |l')?(?:carton|boite|colis|paquet|sachet)\b)"
        # said on its own, as the count in the box ("Set of 4 glasses, 1 in the box was smashed" is damage)
        r"(?= *(?:[.,;:!?]|$|and\b|but\b|et\b|mais\b))(?!" + _THE_REST_OR_THE_FIT + ")",
        # a set that came with another count: "Set of 6 arrived with only 4 glasses", "the box of 12 had just 10 in it",
        # « Le lot de 6 est arrivé avec seulement 4 verres », « le coffret de 6 n'en contenait que 4 »; not the same
        # count ("a set of 6 arrived with only 6 saucers, no cups" is another part missing), nor the count of those
        # broken or whole ("Set of 6 arrived with just 2 chipped": damage)
        r"\b(?:pack|set|box|lot|case|bundle) of (?P<set_count>" + _COUNT + r")(?: [\w-]+)? (?:arrived|came|turned up|"
        r"was delivered|had|has|contained|contains)(?: with)? (?:only|just) (?!(?P=set_count)\b)" + _COUNT + r"\b"
        r"(?! (?:[\w-]+ )?(?:broken|chipped|cracked|damaged|smashed|scratched|dented|bent|intact|whole|usable|"
        r"working|in one piece)\b)|"
        r"\b(?:lot|pack|paquet|boite|coffret|set|carton) de (?P<lot_count>" + _COUNT + r")(?: [\w-]+)? (?:est |etait )?"
        r"(?:arrivee?|livree?|recue?) avec (?:seulement|uniquement) (?!(?P=lot_count)\b)" + _COUNT + r"\b"
        r"(?! (?:[\w-]+ )?(?:cassee?s?|ebrechee?s?|fendue?s?|abimee?s?|rayee?s?|intacte?s?|entiere?s?)\b)|"
        r"\b(?:lot|pack|paquet|boite|coffret|set|carton) de (?P<lot_held>" + _COUNT + r")(?: [\w-]+)? (?:ne |n')"
        r"(?:en )?(?:contenait|contient|avait) (?:que|qu') ?(?!(?P=lot_held)\b)" + _COUNT + r"\b",
        r"\b(?:pack|set|box|lot) of (?:two|three|four|five|six|eight|ten|twelve|\d+) (?:\w+ )?but (?:there (?:are|were|"
        r"was|is) |(?:i|we) (?:got|received|only got) |only )(?:only )?(?:one|two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|\d+)\b",
        # fewer came than were ordered: "Ordered 12, only 10 in the box", "bought 6 and only 4 arrived", « j'en ai
        # commandé 12, il n'y en avait que 10 dans le carton »; not a time ("ordered 2 weeks ago, only 3 days left")
        r"\b(?:ordered|bought|paid for)(?: \w+){0,3}? "
        + _COUNT
        + r"\b[^.!?]{0,40}?\b(?:only|just) (?:got |received |had )?"
        + _COUNT
        + r"(?: \w+)? (?:in the (?:box|parcel|package|pack|bag|set)|arrived|came|turned up|were (?:in|inside|there|"
        r"delivered|sent)|inside|delivered|received)\b",
        r"\bcommande\w*(?: \w+)? " + _COUNT + r"\b[^.!?]{0,40}?\b(?:n'y en (?:a|avait)|n'en ai (?:recu|eu)|(?:ne|n') ?"
        r"(?:sont|etaient) (?:arrivee?s|venue?s|livree?s)) (?:que|seulement) " + _COUNT + r"\b",
        # « il manque 8 cm », « il manque bien cinq centimètres » are fit complaints
        r"\b(?:manquante?s?|incomplete?|il (?:en )?manqu(?:e|ait)|manqu(?:e|ait|ent|aient)(?= (?:un|une|le|la|les|des|"
        r"deux|trois|quatre|\d)))\b(?!(?: \w+)? ?(?:"
        + MEASURE
        + r"|\d+ ?m\b|(?:\w+ )?de (?:longueur|largeur|tour)\b))",
        r"\b(?:sans|pas de|aucune?) (?:vis|notice|chargeur|cable|telecommande|visserie|fixations|cles? allen)\b",
        # « Il n'y en a pas dans le paquet », « elles ne sont pas dans les colis », "there were none in the box"
        r"\bn'y en (?:a|avait) (?:pas|aucune?|point)(?: \w+)? (?:dans|a l'interieur d)(?:u|e la|es|e l'| le| la| les| "
        r"l')? ?(?:paquets?|colis|cartons?|boites?|emballages?|sachets?)\b|"
        # not the problem or its cause said not to be there (« Le problème n'est pas dans le colis, c'est la taille »)
        r"\b(?<!probleme )(?<!souci )(?<!defaut )(?<!ce )(?:ne sont|n'est|n'etaient|n'etait) pas dans (?:le |la |les |"
        r"l')(?:paquets?|colis|cartons?|boites?|emballages?|sachets?)\b(?! (?:que|qu'))|"
        r"\bthere (?:were|was|are|is) none in the (?:box|parcel|package|bag|packet)\b",
        # the part first: « une vis manque. », « trois pièces en moins »; not « manque de » (lacks) nor a measure
        r"\b(?:un|une|le|la|les|des|deux|trois|quatre|cinq|six|\d+) (?:pieces?|vis|boulons?|ecrous?|chevilles?|pieds?|"
        r"boutons?|perles?|cartes?|pions?|elements?|accessoires?|embouts?|couvercles?|piles?|notice|chargeur|cable|"
        r"telecommande) (?:\w+ )?(?:manqu(?:e|ent|ait|aient)(?= *(?:[.,;:!?]|$|et\b|mais\b|a l'appel\b))|en moins\b)",
        # a count of what the box held, said on its own: "Only one cufflink in the box.", « Un seul gant dans le
        # paquet. »; not what one of them was ("only one in the box was broken"), a count of something else ("Only one
        # size left", "only 3 days in the box"), a one-item order ("Only one item in my parcel"), nor a box the rest
        # of the order or a fit return comes after (« l'autre arrive séparément », "as ordered, but too big")
        r"\b(?<!\bsent )(?<!\bput )(?<!\bpacked )(?<!\bmis )(?<!\bremis )(?:(?:only|just|seulement) "
        + _COUNT
        + r"|un seul|une seule)(?! "
        + _NOT_A_PART_COUNTED
        + r")"
        r"(?: [\w-]+){0,2}? (?:in|inside|dans) (?:the |my |this |a |le |la |les |l'|mon |ma |ce |cette )?(?:box|parcel|"
        r"package|pack|packet|bag|envelope|paquet|colis|carton|boite|sachet|emballage|pochette|enveloppe)\b"
        r"(?= *(?:[.,;:!?]|$|and\b|but\b|et\b|mais\b|instead of\b|au lieu d))(?!" + _THE_REST_OR_THE_FIT + ")",
        # « Bottes reçues sans les lacets »: a part the item came without; not a trouble it came without (« reçu sans
        # problème »), its box, the paperwork, the rest of the order or a thing done (« livré sans sonner »), nor
        # the customer's own sending (« J'ai envoyé le retour sans le chargeur », « Je l'avais envoyé sans la notice »:
        # « envoyé » only after « vous m'avez », « on m'a »), a message received without a link, nor a part the
        # listing says is sold apart (`_SOLD_APART`)
        r"\b(?:recue?s?|livree?s?|arrivee?s?|(?:vous (?:m'|nous )?avez|on (?:m'|nous )?a|ils (?:m'|nous )?ont) "
        r"(?:envoyee?s?|expediee?s?))(?! (?:l'|le |la |les |un |une )?" + _A_MESSAGE + r")(?: [\w'-]+){0,3}? "
        r"sans (?:(?:les|le|la|ses|son|sa|leurs|leur) |l')"
        # ... the part named after what is none (« Livrée sans le cintre ni la ceinture. »)
        r"(?:[\w-]+ (?:ni|ou|et) (?:sans )?(?:(?:les|le|la|ses|son|sa|leurs|leur) |l')"
        # (... not a clause about the item: « Livrée sans le cintre et la robe est trop grande. »)
        r"(?![\w-]+ (?:est|sont|etait|etaient|me|nous|va|vont|fait|font|a|ont)\b))?"
        r"(?!" + _NOT_A_PART_WITHOUT + r")[\w-]+" + _SOLD_APART,
        # « Couvercle non fourni », « Le couvercle n'est pas fourni »: the part named first, as a clause opens
        r"(?:(?:^|[.!?;:,(] *)|\b(?:le|la|les|son|sa|ses) |\bl')(?!(?:le|la|les|son|sa|ses|un|une|des)\b)"
        r"(?!" + _NOT_A_PART_WITHOUT + r")[\w-]+ (?:[\w-]+ )?"
        r"(?:non|n'(?:est|etait|sont|etaient) pas) fournie?s?\b" + _SOLD_APART,
    ),
    "shop_mistake": (
        # ... or with no one said, as a short text opens: "sent wrong cable"; not the customer's own sending back
        # ("Sent the wrong size back by mistake")
        r"\b(?:you|they)(?:'ve| have)? (?:sent|shipped|delivered|gave) (?:me )?(?:the |a )?wrong\b|"
        r"(?:^|[.!?;:,] )(?:sent|shipped|delivered|gave) (?:me )?(?:the |a )?wrong\b(?!(?: [\w']+){0,3} back\b| "
        r"(?:address|house|door|flat|number|place|postcode|day|date|time|neighbou?r)\b)",
        r"\b(?:received|got|was sent|were sent|arrived|came|delivered) (?:in |with )?(?:the |a |an )?(?:wrong|"
        r"different|incorrect)"
        r" (?:item|size|colou?r|product|model|one|shoe|shoes|pair|dress)\b",
        r"\bwrong (?:item|product|model|colou?r|size) (?:was |were )?(?:sent|delivered|arrived|in the (?:box|"
        r"parcel))\b",
        r"\bnot (?:what|the one|the size|the colou?r) i ordered\b",
        # what came is not the order: "the contents don't match it" (not the description or the photos), "No sign of
        # my order" beside what was inside (not a parcel still awaited: "Still no sign of my order after 10 days")
        r"\b(?:the )?contents (?:don't|do not|didn't|did not) match\b(?! (?:the|your) (?:description|photos?|pictures?|"
        r"images?|listing|website|advert|page)\b)",
        r"\b(?:inside (?:was|were)|(?:box|parcel|package) (?:had|contained))\b[^.!?]*[.!?][\s\S]{0,200}?\bno sign of "
        r"(?:my|our) order\b|\bno sign of (?:my|our) order\b[\s\S]{0,200}?\b(?:inside (?:was|were)|(?:box|parcel|"
        r"package) (?:had|contained))\b",
        # "You've sent the away shirt ... The invoice clearly says home shirt": what came, then what the order says
        r"\b(?:you|they)(?:'ve| have)? sent (?:me |us )?(?:the|a|an) [^.!?]{1,30}[.!?,;][^.!?]{0,80}"
        r"(?:[.!?] [^.!?]{0,40})?\b(?:invoice|order "
        r"confirmation|packing slip|my order|the order) (?:clearly |definitely |plainly )?(?:says|said|shows|showed|"
        r"states|stated|was for)\b",
        # "Wrong item.", not "I hadn't picked the wrong item myself"
        r"(?<!ordered the )(?<!picked the )(?<!chose the )(?<!ordered a )(?<!picked a )\bwrong item\b",
        r"\b(?:two|2) (?:left|right) (?:shoes|feet|boots|trainers|sneakers|sandals|slippers|gloves|wellies)\b",
        # a label that names another size than the item's ("labelled M but it's an S"); not a guess ("must be
        # mislabelled or it's a men's size") nor a size that runs big ("labelled 9 but enormous": a fit complaint)
        r"\b(?<!must be )(?<!might be )(?<!maybe )(?<!probably )(?:mislabelled|mislabeled)\b|\blabelled (?:as )?(?:a |"
        r"an |size )?\S+ but (?:(?:it'?s|its|it is|they'?re|they are|is|are|actually|really|in fact) )*(?:a|an|size)\b",
        r"\bmauvais (?:article|produit|modele|coloris)\b",
        # (not the customer's own choice: « j'ai commandé la mauvaise taille »)
        r"(?<!commande la )(?<!choisi la )(?<!pris la )(?<!selectionne la )(?<!commander la )(?<!choisir la )"
        r"(?<!prendre la )"
        r"\b(?:mauvaise|erreur de) (?:taille|couleur|reference|commande)\b(?! (?:de ma part|de ma faute))",
        r"\b(?:pas|n'est pas) (?:ce que j'ai commande|l'article commande|le produit commande|la taille commandee|"
        r"la couleur commandee)\b",
        # « Vous avez envoyé le mauvais câble », « envoyé le mauvais câble » (a short text's opening; there « un autre
        # colis » is a parcel the customer sent since, not « vous m'avez envoyé un autre colis »)
        r"(?:\b(?:vous (?:m'|nous )?avez|on (?:m'|nous )?a|ils (?:m'|nous )?ont) (?:envoye|expedie|livre)|\bj'ai recu|"
        r"(?:^|[.!?;:,] )(?!(?:envoye|expedie)e?s? (?:un |une )?autre (?:colis|paquet|carton|envoi)s?\b)"
        r"(?:envoye|expedie|recu)e?s?) "
        r"(?:un |une |le |la |les |des )?(?:autre|mauvais|mauvaise|erreur)\b(?!(?: [\w']+){0,2} en retour\b| "
        r"(?:facture|mail|e-?mail|message|sms|lien|code|numero|avoir|bon|etiquette|confirmation|adresse|courrier|"
        r"suivi)s?\b)",
        r"\b(?:deux|2) (?:pieds|chaussures|bottes|bottines|baskets|sandales|chaussons|pantoufles|escarpins|mocassins|"
        r"gants) (?:gauches?|droits?|droites?)\b",
        r"\betiquete (?:en |comme )?(?:taille )?\S+ mais\b",
        # "sent a toaster instead of the kettle", "I received a cardigan in place of my pullover", « reçu un pull au
        # lieu du gilet », « à la place du gilet »: what came instead of what was ordered, not a day ("delivered on the
        # 12th instead of the 8th"); "I got a 10 instead of my usual 12" is the customer's own choice, and so is what
        # the customer sent ("I sent it back instead of ...") or money in place of money ("a credit note instead of a
        # refund")
        r"\b(?:(?<!i )(?<!we )(?:sent|shipped)|received|delivered)\b[^.!?]{0,50}\b(?:instead of|in place of|"
        r"in lieu of)\b(?! (?:the )?(?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|last|this|"
        r"before|on|by|in)\b)| (?:a |an |my |the )?(?:refund|credit|voucher|money|gift card|store credit)\b)",
        # a size sent in place of the size ordered ("sent a 12 instead of the 10", « reçu un 42 au lieu du 40 »)
        *CAME_INSTEAD,
        # what was ordered first, then what the box held: « au lieu du sac à dos, il y avait dans le carton une housse
        # de couette », "Instead of the kettle I ordered, the box had a toaster"; not instead of doing something
        # (« au lieu d'attendre », "instead of waiting")
        r"(?:^|[.!?;] )(?:\w+,? )?" + INSTEAD_OF + r"(?!'\w+(?:er|ir|re)\b| (?!(?:\w*thing|\w*ring|clothing|bedding)\b)"
        r"\w+ing\b)\w*\b[^.!?]{1,60}\b(?:il y avait|(?:le colis|le carton|la boite) "
        r"contenait|(?:j'ai|on m'a|vous m'avez) (?:recu|envoye|livre)|(?:i|we) (?:got|received|was sent|were sent)|you "
        r"sent|inside (?:was|were)|(?:the )?(?:box|parcel|package) (?:had|held|contained))\b",
        r"\b(?:recu|recue|recus|recues|envoye|envoyee|envoyes|livre|livree|se trouvai(?:t|ent)|il y avait|contenait)\b"
        r"[^.!?]{0,50}\b(?:au lieu d|a la place d|en lieu et place d)(?!(?:u|e|es)? ?(?:\d|lundi|mardi|mercredi|"
        r"jeudi|vendredi|samedi|dimanche|la date))",
        r"\b(?:i|we) (?:ordered|paid for|asked for)\b[^.!?]{1,50}?(?:,|;| but| yet)\s*(?:i |we )?(?:got|received|"
        r"was sent|were sent|you sent|they sent)\b(?! (?:it|them|this|these|my|our|two|both|one|another|several|\d+|"
        r"the (?:parcel|package|order|item)|today|yesterday|quickly|fast|promptly|on time|late|in time|on)\b)",
        # one size or measure ordered and another got, said plainly: "i ordered the 10 litre and got the 5 litre",
        # "Ordered a 12 and received a 14"; not the same one got ("ordered a 10 and got a 10 that fits like an 8") nor a
        # count ("ordered 3 and got 2", said with no article: a part missing)
        r"(?:\b(?:i|we) |(?:^|[.!?;] ))(?:ordered|paid for|asked for) (?="
        + _SIZE_ARTICLE
        + ")"
        + _A_SIZE_SAID.format("ordered")
        + r"\b[^.!?]{0,30}? and "
        r"(?:(?:i |we )?(?:got|received|was sent|were sent)|(?:you|they)(?:'ve| have)? sent(?: me| us)?) "
        + _ANOTHER_SIZE_GOT,
        # a size or measure got, then the order's own words or the box it came in naming another: "got the 5 litre.
        # order says 10", "received an L, my invoice says M", "I received an XS and the invoice says S"
        r"\b(?:got|received|was sent|were sent) "
        + _A_SIZE_SAID.format("got")
        + r"\b(?!"
        + _NOT_A_SIZE_GOT
        + r")[^.!?]{0,30}?(?:[.!?,;] ?(?:but |"
        r"and |yet |whereas |while )?| (?:but|and|yet|whereas|while) )(?:the |my |its |their )?" + _PACKED_SAYS + r" "
        r"(?:clearly |definitely |even )?(?:says|said|shows|showed|states|stated|was for|is for|reads|is marked|is "
        r"labell?ed) (?!"
        + _SIZE_ARTICLE
        + r"?(?P=got)\b)"
        + _A_SIZE_SAID.format("ordered")
        + r"\b(?!"
        + _NOT_A_SIZE_GOT
        + ")",
        # ... in French: « J'ai reçu un XS et la facture indique S », « reçu du 39 alors que la boîte indique 38 »
        r"\b(?:recue?s?|eue?s?|(?:vous m'avez|on m'a) (?:envoye|livre)e?s?) "
        + _A_SIZE_SAID.format("got")
        + r"\b(?!"
        + _NOT_A_SIZE_GOT
        + ")"
        r"[^.!?]{0,30}?(?:[.!?,;] ?(?:mais |et |alors que |or |pourtant )?| (?:mais|et|alors que|or|pourtant) )"
        + _PACKED_SAYS_FR
        + r" (?:pourtant |bien |clairement )?(?:indique|indiquait|dit|disait|affiche|affichait|porte|portait|mentionne|"
        r"mentionnait|est marquee?|etait marquee?|"
        + _WRITTEN_ON_FR
        + r") (?!"
        + _SIZE_ARTICLE
        + r"?(?P=got)\b)"
        + _A_SIZE_SAID.format("ordered")
        + r"\b",
        # the shop's sending said wrong with the item between: "you sent it in the wrong size", "they've sent me these
        # in the wrong colour"; not the customer's own ("I sent it back in the wrong box") nor a place ("you sent it to
        # the wrong address")
        r"\b(?:you|they)(?:'ve| have)? (?:sent|shipped|delivered|given) (?:me |us )?(?:it|them|this|these|this one) "
        r"(?:in |with )?(?:the |a )?wrong\b",
        # ... the item named: "They sent me the dress in the wrong size again"; only a way the item is made, not how it
        # came ("sent the vase in the wrong box")
        r"\b(?:you|they)(?:'ve| have)? (?:sent|shipped|delivered|given) (?:me |us )?(?:the|my|a|an|this|these|those) "
        r"[\w-]+(?: [\w-]+)? in (?:the |a )?wrong (?:size|colou?r|shade|model|version|length|fit|style|pattern)\b",
        # the order's own words naming one size, then the item another: "The packing slip says M but I got an L", "My
        # invoice says 38 but the box says 40"
        r"\b"
        + _PACKED_SAYS
        + r" (?:clearly |definitely |even )?(?:says|said|shows|showed|states|stated|was for|is for|"
        r"reads|is marked|is labell?ed) "
        + _A_SIZE_SAID.format("ordered")
        + r"\b[^.!?]{0,20}?(?:,|;| but| yet| and) (?:(?:i |we )?(?:got|received|was sent|were sent)|(?:the |my |this )?"
        r"(?:label|tag|box|item|(?!there\b|" + PERSON_OR_BODY + r")[\w-]+) (?:says|said|shows|is|was|are|were)|"
        r"(?:it|they)(?:'s|'re| is| was| are| were))(?: (?:actually|really|clearly|in fact))? " + _ANOTHER_SIZE_GOT,
        # ... in French: « La boîte indique 38 mais j'ai reçu du 39 », « la facture dit S, les chaussures sont en 39 »
        r"(?:^|[.!?;:,] |\b(?:et|mais|or|pourtant) )"
        + _PACKED_SAYS_FR
        + r" (?:pourtant |bien |clairement )?(?:indique|"
        r"indiquait|dit|disait|affiche|affichait|porte|portait|mentionne|mentionnait|est marquee?|etait marquee?|"
        + _WRITTEN_ON_FR
        + r") "
        + _A_SIZE_SAID.format("ordered")
        + r"\b[^.!?]{0,20}?(?:,|;| mais| alors que| or| pourtant| et) (?:(?:j'ai |nous avons )?(?:recue?s?|eue?s?)|"
        r"(?:vous m'avez|on m'a) (?:envoye|livre)e?s?|(?:les |la |le |ces |mes |ma |mon )(?!" + PERSON_OR_BODY + r")"
        r"[\w-]+ (?:sont|est|etaient|etait)|c'est|c'etait|ce sont|(?:il|elle)s? (?:est|sont|etait|etaient))"
        r"(?: (?:bien|en fait|en realite|clairement|pourtant))? " + _ANOTHER_SIZE_GOT,
        # the shop's mistake said as theirs: « vous vous êtes trompés de taille », "you got my size wrong"; not the
        # customer's own (« je me suis trompée de taille », "I got the size wrong") nor an address (« vous vous êtes
        # trompés d'adresse »)
        r"\bvous vous etes trompee?s? (?:de |d')(?:taille|couleur|coloris|modele|article|produit|reference|pointure|"
        r"commande|colis)\b",
        r"\b(?:you|they)(?:'ve| have)? got (?:my|the|our) (?:size|colou?r|order|model|item) wrong\b",
        # what the box held said to be another model: "the lamp inside is another model", « la lampe dedans est un
        # autre modèle »; not one compared with the listing ("looks like another model than the photo": a listing that
        # differs)
        # ... what the box held, not the item's own inside ("The pan is nice, inside is a different colour")
        r"(?:\b(?:the|a|an|my) [\w-]+ inside|(?:^|[.!?;] )inside|\bin the (?:box|parcel|package)) (?:is|was|are|were) "
        r"(?:a |an )?(?:another|different|other|whole other) (?:model|item|product|version|one)\b(?! (?:than|from) "
        r"(?:the|your) (?:photos?|pictures?|images?|listing|description|website|advert)\b)",
        r"\b(?:dedans|a l'interieur|dans (?:le|la) (?:colis|carton|boite|paquet)) (?:c'|il |elle )?(?:est|etait) "
        r"(?:un|une) (?:autre|different|differente) (?:modele|article|produit|reference)\b"
        r"(?! (?:que|de) (?:sur )?(?:la|les) (?:photos?|images?|annonce|description|site)\b)",
        # what the shop sent or swapped, said done in error: « Vous avez échangé ma taille M contre un S par erreur »,
        # "you swapped the sizes by mistake"; not a message sent so (« vous m'avez envoyé un mail par erreur ») nor the
        # customer's own doing (« j'ai commandé par erreur »)
        # ... the shop named as the doer: « vous », « on m'a » (I was sent), not « on a » (we) nor "they" alone
        r"\b(?:vous (?:m'|nous )?avez|on (?:m'|nous )a|(?:le magasin|l'entrepot|la boutique) (?:m'|nous )?a) (?:\w+ )?"
        r"(?:envoye|expedie|livre|echange|inverse|interverti|melange)e?s?\b"
        r"(?! (?:un |une |le |la |les |des )?" + _A_MESSAGE + r")"
        r"[^.!?]{0,60}?\bpar (?:erreur|megarde)\b",
        # (not "put it in the wrong box by mistake", « mis / emballé ... par erreur »: the right item, packed wrong)
        r"\b(?:you|the shop|the warehouse)(?:'ve| have| has)? (?:\w+ )?(?:sent|shipped|swapped|switched|mixed up|"
        r"gave)\b"
        r"(?! (?:me |us )?(?:an? |the )?(?:e-?mail|message|text|link|code|invoice|label|confirmation|reminder)s?\b)"
        r"[^.!?]{0,60}?\b(?:by mistake|in error|by accident)\b",
        # not "Not the quality I paid for" (a quality complaint)
        r"\b(?:not|isn't|wasn't) (?!the (?:quality|standard|level|value|finish|standards|durability) )"
        r"(?:the \w+ |what |the one |the (?:\w+ ){1,3})(?:i|we) (?:ordered|paid for|asked for|selected|chose)\b",
        r"\b(?:different|wrong) (?:item|product|model|article|sku|order) (?:code|number|no)\b|"
        r"\b(?:someone|somebody|the warehouse|they|you) (?:picked|packed|sent|shipped|put in) the wrong\b|"
        r"\b(?:picking|packing|warehouse|dispatch) (?:error|mistake)\b|\bsomeone else'?s (?:order|parcel)\b",
        r"\b(?:but|while|whereas|yet) (?:my|the) order (?:was|is|said|says)\b|"
        r"\bthe wrong (?:item|product|model|set|pattern|edition|version|parcel|order|book)\b|"
        # ... or not the right one, as « pas (du tout) le bon article »: "Not the right item at all, I ordered blue";
        # not one that does not suit ("not the right product for my skin")
        r"\b(?:not|isn't|wasn't|is not|was not|aren't|weren't|never) (?:at all |even )?(?:the|a) (?:right|correct) "
        r"(?:item|product|model|article|parcel|order)s?\b(?! (?:for|to)\b)|"
        r"\bwrong \w+ (?:sent|delivered|supplied|shipped)\b",
        r"\b(?:erreur de (?:preparation|colis|envoi|livraison|commande)|erreur d'envoi|commande de quelqu'un d'autre|"
        r"alors que (?:j'ai|j'avais|j'en ai|j'en avais|nous avons|nous avions) commande (?:le|la|les|l'|des|un|une|du|"
        r"en)\b"
        r"(?! (?:mois|semaines?|jours?|moment)\b)|"
        r"pas (?:du tout |vraiment )?(?:le bon|la bonne) (?:article|modele|produit|reference|sac|colis)|"
        r"n'est pas (?:ma|notre) commande|"
        # « alors que ma commande était en L », "but my order was the same dress in red"
        r"(?:alors que|mais|pourtant) ma commande etait|ma commande etait (?:pourtant|correcte|la bonne)|"
        r"pas (?:celui|celle|ce) que "
        r"(?:j'ai|j'avais|nous avons) commande)",
        # « j'avais commandé le blender en inox brossé, réf. B-450, et j'ai reçu un presse-agrumes », « La robe que
        # j'ai commandée n'est jamais arrivée, vous m'avez envoyé une jupe »; not the day ordered alone (« J'ai
        # commandé le 12 mai et reçu le 20 »), nor the one ordered (« vous m'avez envoyé le 38 mais il taille
        # petit »), a delivery (« vous m'avez livré avec trois jours de retard ») or a message (« ... un mail »)
        r"\b(?:j'ai|j'avais|nous avons|nous avions) commandee?s?\b(?! (?:le \d{1,2}(?:er)? )?"
        + MONTHS_FR
        + r"(?: \d{4})?(?:,| et| mais)\s*(?:j'ai |nous avons )?(?:recu|eu)\b)(?:[^.!?]|\b(?:ref|no|n)\. ){1,50}?"
        r"(?:,| et| mais)\s*(?:(?:j'ai |nous avons )?(?:recu|eu)\b(?! (?:le colis|la commande|hier|aujourd'hui|"
        r"rapidement|vite|a temps))|(?:vous m'avez|on m'a|vous nous avez|on nous a) (?:envoye|livre|expedie) (?:un|"
        r"une|des|du|de la) (?!(?:colis|paquet|carton|remboursement|mail|e-?mail|message|sms|code|lien|numero|suivi|"
        r"confirmation|facture|etiquette|avoir|bon|autre colis)s?\b))",
        # what came, then what was ordered, named in a word or two closing the clause: « j'ai reçu des boucles
        # argentées, j'avais pris des dorées », "I got the grey one, I ordered the navy"; not a size ordered (« j'avais
        # pris du 38 ») nor what the order was for (« je l'avais commandée pour un mariage »); what came is an item, not
        # the parcel or the refund, and what was ordered no delivery (« j'ai reçu le colis, j'avais pris la livraison
        # express »)
        r"\b(?:j'ai|on m'a|vous m'avez|(?:i|we)(?: have|'ve)?) (?:recu|eu|envoye|livre|received|got|been sent|was sent|"
        r"were sent)\b(?! (?:(?:the|my|your|a|an|le|la|les|l'|mon|ma|mes|votre|vos|un|une) ?)?(?:parcel|package|"
        r"delivery|order|refund|money|email|e-mail|message|confirmation|tracking|colis|paquet|commande|livraison|"
        r"remboursement|mail|courriel)s?\b)[^.!?]{1,60}?(?:,|;| but| whereas| when| alors que| mais| et)\s*(?:j'avais|"
        r"j'ai|nous avions|nous avons|(?:i|we)(?: had|'d)?) (?:commande|pris|achete|choisi|ordered|chosen|picked|"
        r"paid for|bought) (?:des|un|une|le|la|les|l'|the|a|an|some) ?(?!\d|taille|pointure|size|it|them|"
        r"(?:express|standard|next[- ]day|free|fast|rapid|premium) (?:delivery|shipping|livraison)|delivery|shipping|"
        r"livraison)[\w-]+(?: ones?| one| pair|"
        r" version| model| [\w-]+)?(?= *(?:[.!?,;]|$))",
        *NEED_DENIED_OF_THE_ONE_COME,
        # a size ordered, then another size received in the next sentence: « J'ai commandé ce pantalon en 38 (c'est
        # écrit sur ma confirmation). J'ai reçu un 46 », "I ordered a 10. I received a 14."
        # (not a count, "I ordered 3 mugs. I received 2.", nor an earlier order, "I ordered a 10 last year. I got a 12
        # this time")
        # ... or as a note lists them: « commande: legging gris taille S. reçu: legging gris taille XL. »
        r"(?:\b(?:j'ai|j'avais|nous avons|nous avions) commande\b|(?:^|[.!?;] )commande ?:)[^.!?]{0,40}?"
        r"\b(?:en|du|un|une|taille) (\d{2,3}|x{0,2}[sml]|xxl)\b" + _NO_EARLIER_ORDER + r"[.!?;] (?:et |mais )?"
        r"(?:(?:j'ai|nous avons|on m'a) (?:recu|eu)|recue?s? ?:) (?:(?:un |une |le |la |du |en )?(?:taille )?|"
        r"(?:[\w-]+ ){1,3}(?:en|taille) )(?!\1\b)(?:\d{2,3}|x{0,2}[sml]|xxl)\b" + _NOT_THIS_TIME,
        r"\b(?:i|we) (?:ordered|paid for|asked for) (?:a |an |the |size |a size )?(\d{1,3}|x{0,2}[sml]|xxl)\b"
        r"(?! [a-z]{2,}s\b)" + _NO_EARLIER_ORDER + r"[.!?;] (?:but |and )?(?:i|we) (?:got|received|was sent|were sent) "
        r"(?:a |an |the |size |a size )?(?!\1\b)(?:\d{1,3}|x{0,2}[sml]|xxl)\b" + _NOT_THIS_TIME,
        # one thing ordered, another received, each told in its own short sentence or clause: « J'ai commandé une
        # imprimante. J'ai reçu un grille-pain. », "I ordered a printer. I received a toaster.", "Ordered a printer,
        # received a toaster."; the thing named by its noun (first in French, last in English), so not the thing
        # ordered again with its fault or fit (« J'ai reçu une robe trop petite », "I received a damaged dress")
        r"(?:\b(?:j'ai|j'avais|nous avons|nous avions) |(?:^|[.!?;:] ))commandee?s? " + _AN_ITEM_FR + r"([a-z][\w-]*)"
        r"(?: [\w-]+)?(?:[.!?;,] | et | mais )(?:j'ai |nous avons |on m'a )?(?:recue?s?|eu) "
        + _AN_ITEM_FR
        + r"(?!\1\b)(?!"
        + _NO_ITEM_RECEIVED
        + r")[a-z][\w-]*(?: [\w-]+)?(?= *(?:[.!?,;]|$))",
        r"(?:\b(?:i|we) |(?:^|[.!?;:] ))ordered (?:a|an|the|some) (?:[\w-]+ )?([a-z][\w-]*)(?:[.!?;,] | and | but )"
        r"(?:(?:i|we) )?(?:got|received|was sent|were sent) (?:a|an|the|some) (?!" + _IN_A_BAD_STATE + r" ones?\b)"
        r"(?:[\w-]+ )?(?!\1\b)"
        r"(?!" + _NO_ITEM_RECEIVED + r")[a-z][\w-]*(?= *(?:[.!?,;]|$))",
        # one number or size ordered, another received: « pas la bonne taille, commandé 40 recu 44 », « Commandé une
        # housse 240x220, reçu une 140x200 », « Commandé le grip 2, reçu le grip 4 »; « le » before a bare number is a
        # day (« commandé le 12, reçu le 20 »)
        r"\bcommandee?s? " + _NUMBER_NAMED_FR + r"(\d+(?:x\d+)?)\b[ ,;.]+(?:et |mais )?(?:j'ai |on m'a )?(?:recue?s?|"
        r"livree?s?) " + _NUMBER_NAMED_FR + r"(?!\1\b)\d+(?:x\d+)?\b",
        # a pack of one count sent for another: "Got 3 pack, ordered 10 pack.", "Ordered the 10-pack, got a 3-pack"
        r"\b(?:got|received|was sent|were sent) (?:a |an |the )?(\d+)[ -]?(?:pack|pk|pcs|pieces?|set)\b[^.!?]{0,20}?"
        r"(?:,|;|[.!?]| but| when| whereas) ?(?:(?:i|we) (?:had )?)?ordered (?:a |an |the )?(?!\1\b)\d+[ -]?(?:pack|pk|"
        r"pcs|pieces?|set)\b",
        r"\bordered (?:a |an |the )?(\d+)[ -]?(?:pack|pk|pcs|pieces?|set)\b[^.!?]{0,20}?(?:,|;|[.!?]| but| and) ?"
        r"(?:(?:i|we) )?(?:got|received|was sent|were sent) (?:a |an |the )?(?!\1\b)\d+[ -]?(?:pack|pk|pcs|pieces?|"
        r"set)\b",
        # what the box held, then what was ordered in the next sentence: "inside was a pair of women's sandals in a
        # size 5. I ordered men's walking boots", « le carton contenait une nappe. J'avais commandé des rideaux. »
        r"\b(?:inside (?:was|were|there was|there were)|(?:box|parcel|package|bag) (?:contained|held)|in the (?:box|"
        r"parcel|package) (?:was|were)|(?:colis|carton|boite|paquet) contenait|dans (?:le colis|le carton|la boite) il "
        r"y avait)\b[^.!?]{1,80}[.!?;] (?:but |mais |or )?(?:i|we|j'avais|j'ai|nous avions|nous avons) (?:had )?"
        r"(?:ordered|commande)\b",
    ),
    # what arrived was the box alone, not a box that lacked a part ("the box of the watch is empty of the strap")
    "empty_parcel": (
        r"\b(?:got|received|receive|was sent|were sent|sent me|sent us|delivered|opened)\b(?: \w+){0,3} empty "
        r"(?:box|parcel|package|envelope|carton)\b",
        r"\b(?:box|parcel|package|envelope|carton)\b(?: \w+){0,2} (?:was|is|arrived|came)(?: \w+)? empty\b(?! of\b)",
        r"\bnothing (?:was )?(?:inside|in) (?:the |my |our )?(?:box|parcel|package|envelope)\b|"
        r"\b(?:box|parcel|package|envelope) with nothing in(?:side)?\b",
        # an empty parcel said first, as the whole complaint: "Empty box, nothing inside", « Colis vide ! »; not the box
        # an item came out of ("I'm happy to send a photo of the empty box", « Le carton vide était écrasé »)
        r"(?:^|[.!?;:] )(?:an )?empty (?:box|parcel|package|envelope)\b(?! (?:with|except|but|apart|other)\b)|"
        r"(?:^|[.!?;:] )(?:un )?(?:colis|carton|boite|paquet|enveloppe) vides?\b(?! (?:de|d'|sauf|a part|avec|mais|"
        r"hormis)\b)",
        r"\b(?:colis|carton|boite|paquet|enveloppe)\b(?: \w+){0,3} (?:etait|est|etaient|sont|arrive|arrivee|"
        r"arrives|arrivees)(?: \w+)? vides?\b",
        r"\b(?:recu|recue|livre|livree|envoye|envoyee|ouvert)\b(?: \w+){0,3} (?:colis|carton|boite|paquet|enveloppe) "
        r"vides?\b",
        r"\b(?:il n'y avait |n'y avait )?rien (?:a l'interieur|dedans) (?:du|de la|de mon|de ma) (?:colis|carton|"
        r"boite|paquet)\b|\b(?:colis|carton|paquet) sans rien (?:dedans|a l'interieur)\b",
        # the parcel opened with nothing in it: "Opened the parcel and there was nothing in it!", « Il n'y avait rien
        # dans le colis »; not a box with nothing but a part in it, nor said first in French (« ... et il n'y a rien
        # dans le carton », « Rien dans le carton non plus »: a part looked for, `missing_part`)
        r"\b(?:box|parcel|package|envelope)\b[^.!?]{0,25}?\b(?:there was|there's|there is|it had|had|was) nothing "
        r"(?:in it|inside|in there)\b(?!,? (?:but|except|apart|other than|besides)\b)",
        # (« ma boîte », « la boîte aux lettres » are the letterbox: nothing there is a parcel never come)
        r"(?:^|[.!?;:] )(?:(?:il )?n?'?y (?:avait|a)(?: absolument)? )?rien dans (?:(?:le|mon|ce) (?:colis|carton|"
        r"paquet)|(?:la|mon|cette) enveloppe|(?:la|cette) boite(?! (?:aux|a) lettres))\b(?! (?:non plus|sauf|a part|"
        r"hormis|mais)\b)",
    ),
    # the whole parcel never reached the customer, not a box of several ("box 2 of 3 never arrived", « le colis avec
    # les portes n'est jamais arrivé » is a missing part) nor a late one ("didn't arrive until the 19th";
    # `ARRIVED_AFTER_ALL` cancels it when the text says it turned up)
    "not_received": (
        r"\b(?:tracking|it|app|website|courier|carrier)\b[^.!?]{0,25}\b(?:says?|said|shows?|showed|showing|marked|"
        r"marks|is marked|was marked)(?: it| the parcel| my parcel| the order| my order)?(?: was| as| has been| is)? "
        r"delivered\b[^.!?]{0,20}\b(?:but|yet|though|although)\b",
        # ... or said delivered, in either order, then shown not come by what the customer saw at the door ("'Delivered'
        # says the app. Ring doorbell footage shows nobody came.", "Tracking says delivered. Nothing on the doorstep.",
        # « Le suivi indique livré. La caméra montre que personne n'est venu. ») or flatly denied in a sentence of
        # its own ("The shoes were 'delivered' according to you. They were not.", « Livré selon le suivi. Ce n'est pas
        # le cas. »); not a person awaited for a collection, which no delivery said comes before, nor a denial that
        # goes on ("It was not in one piece", "not true, I found it at my neighbour's")
        r"(?:\bdelivered\b ?[\"'»”]?,? (?:says?|said|shows?|showed|according to)(?: the| my)?|"
        r"\b(?:tracking|app|website|courier|carrier|e-?mail|text)\b[^.!?]{0,15}\b(?:says?|said|shows?|showed|marked|"
        r"marks|has it)(?: it| the parcel| my parcel| the order| my order)?(?: was| as| has been| is)? [\"'«“]? ?"
        r"delivered\b)[^!?]{0,90}?\b(?:(?:nobody|no one|no-one)(?: ever)? (?:came|come|turned up|showed up|delivered|"
        r"knocked|rang|was here|left)(?! (?:to|and) (?:collect|pick|take|fetch)| for (?:the|my|a) (?:return|"
        r"collection|pick))\b|(?:nothing (?:was )?(?:left|delivered|there|here)|no (?:parcel|package|sign of "
        r"(?:it|them|a parcel|the parcel|any parcel)))" + _AT_THE_DOOR_END + r"|nothing (?:was )?on the (?:porch|"
        r"doorstep|step|mat)\b|(?:the|my|our) (?:letter ?box|mail ?box|post ?box) (?:is|was)(?: \w+)? empty\b|"
        r"(?<=[.;:,] )"
        + _ON_TIME_BEFORE
        + r"(?:(?:no,? )?(?:it|they) (?:was not|were not|wasn't|weren't|wasnt|werent|was never|were never|"
        r"has not been|have not been|hasn't been|haven't been)|(?:that's|that is|this is) (?:not "
        r"true|false|a lie)|not true)(?: delivered)?(?= *(?:$|[.!?;]))" + _NOT_COME_LATER + ")",
        r"(?:\blivree?\b ?[\"'»”]?,? (?:selon|d'apres|dit|indique)(?: le| l'| mon)?|"
        r"\b(?:suivi|appli|application|site|transporteur|mail|sms)\b[^.!?]{0,15}\b(?:indique|marque|note|affiche|dit|"
        r"annonce)(?: comme| qu'il est| qu'elle est| que le colis est)? [\"'«“]? ?livree?s?\b)[^!?]{0,90}?\b"
        r"(?:personne (?:n'est|n'a|ne s'est)(?: jamais)? (?:venu|passe|sonne|livre|presente)(?! (?:chercher|"
        r"recuperer|prendre|pour (?:le|l'|mon) (?:retour|enlevement|ramassage)))|rien (?:n'a ete|n'etait) (?:depose|"
        r"livre|laisse)\b|(?:aucun colis|pas de colis|pas l'ombre d'un colis)"
        + _AT_THE_DOOR_END
        + r"|(?:la|ma|notre) boite (?:aux|a) lettres (?:est|etait)(?: \w+)? vide\b"
        + r"|(?<=[.;:,] )"
        + _ON_TIME_BEFORE
        + r"(?:(?:il|elle|ils|elles) (?:ne l'a|ne l'ont|ne l'a jamais|ne l'ont jamais|n'a|n'ont) (?:pas )?ete"
        r"(?: livree?s?)?|ce n'est pas (?:le cas|vrai)|c'est faux|faux)(?= *(?:$|[.!?;]))" + _NOT_COME_LATER + ")",
        # ... or said left in the letterbox, then that box found empty: "Delivered to my letterbox, says the app. The
        # box was empty.", « le suivi dit « livré en boîte aux lettres » mais la boîte est vide »; a bare box found
        # empty with no letterbox said is the parcel's (`empty_parcel`), as is one found empty once a parcel is told
        # between ("delivered to my letterbox. I opened the parcel and the box was empty")
        r"\bdelivered\b[\"'»”]?(?: \w+){0,3}? (?:to|into|in|through) (?:the|my|our) (?:letter ?box|mail ?box|"
        r"post ?box)\b" + NO_PARCEL_TOLD + r"{0,60}?\b(?:the|my|our|that) (?:letter ?box|mail ?box|post ?box|box) "
        r"(?:is|was)(?: \w+)? empty\b",
        r"\blivree?s?\b[\"'»”]?(?: \w+){0,3}? (?:en|dans (?:la|ma|notre|une)) boite (?:aux|a) lettres\b"
        + NO_PARCEL_TOLD
        + r"{0,60}?\b(?:la|ma|notre|cette) boite(?: (?:aux|a) lettres)? (?:est|etait)(?: \w+)? vide\b",
        # ... or said delivered or signed for, then told not received at all ("It says delivered and signed for. I was
        # home all day and no parcel.", "Signed for by 'Smith', nothing received", « Livré à l'accueil selon le suivi
        # ... Rien reçu. », « Marqué livré depuis lundi, toujours rien »); not a parcel that came later after all
        r"(?:\b(?:it|tracking|app|website|courier|carrier|e-?mail|text|order|parcel)\b[^.!?]{0,15}\b(?:says?|said|"
        r"shows?|showed|showing|is marked|was marked|marked|listed)(?: it| as)? (?:as )?[\"'«“]? ?(?:delivered|signed "
        r"for)\b|\b(?:shows?|showing|marked|listed) as (?:delivered|signed for)\b|\bsigned for by\b)"
        r"(?:(?!\b(?:i|we) (?:got|received) (?:it|them)\b)[^!?]){0,90}?\b"
        r"(?:nothing (?:received|came|arrived|here)|(?:i've|i have|we've|we have) (?:received|got) nothing|(?:i|we) "
        r"(?:never|didn't|didnt|did not|haven't|havent|have not) (?:received|got) (?:it|anything|a thing|them|the "
        r"parcel)|still nothing|and no parcel|no parcel (?:here|arrived|came))\b"
        # (nothing received of the parcel, not of an answer: "I have received nothing from your team")
        r"(?! (?:from|about|back|regarding|since|for|on|in (?:reply|return))\b)" + _NOT_COME_LATER,
        r"(?:\blivree?s?\b(?: [\w'-]+){0,4}? (?:selon|d'apres) (?:le |l'|mon )?(?:suivi|appli|application|site|"
        r"transporteur|mail|sms)|\bmarquee? (?:comme )?livree?s?|\b(?:suivi|appli|application|site|transporteur|mail|"
        r"sms)\b[^.!?]{0,15}\b(?:indique|marque|note|affiche|dit|annonce)[^.!?]{0,20}\blivree?s?)"
        # (not once the customer says they got it: « je l'ai bien reçu. Toujours rien pour le remboursement »)
        r"(?:(?!\bbien recue?s?\b|\bl'ai recue?\b|\bles ai recue?s\b)[^!?]){0,90}?"
        r"(?:\brien recu|\bje n'ai rien recu|\b(?:toujours|encore) rien|\b(?:je ne l'ai|nous ne l'avons) "
        r"(?:jamais|pas) recue?|\baucun colis)\b(?! (?:de (?:votre|vos|la part)|en retour|depuis|pour|concernant|au "
        r"sujet|quant|cote|du cote|sur|niveau)\b)" + _NOT_COME_LATER,
        # ... or said handed over in person or signed for, then denied by the one it was handed to ("'Handed to the
        # recipient', you say. Not into my hands.", « "remis en main propre" d'après vous. Pas dans mes mains en tout
        # cas. »); not a return the customer handed to a courier (« Je l'ai remis en main propre au livreur »), which
        # no denial follows
        r"\b(?:handed (?:over )?(?:to me|to us|to the recipient|in person)|hand[- ]delivered|(?:delivered|given) "
        r"(?:in person|into my hands|to me in person|to the recipient in person)|signed for)\b[^!?]{0,90}?\b(?:not "
        r"(?:in|into) (?:my|our) hands\b|(?:nobody|no one|no-one) (?:handed|gave) (?:me|us)\b|(?:i|we) (?:never|didn't|"
        r"didnt|did not|haven't|havent|have not) signed? (?:for )?(?:anything|it|them|a thing)\b|(?:i|we) signed "
        r"(?:for )?nothing\b)",
        # ... or said delivered or handed over, then nothing found in the customer's letterbox, with no parcel told
        # between ("Tracking says delivered on the 4th: nothing in my letterbox", « Le suivi affiche « remis au
        # destinataire » le 4 : rien dans ma boîte ni chez la gardienne »); not a parcel opened and found empty (« J'ai
        # ouvert le colis : rien dans la boîte », `empty_parcel`)
        r"\b(?:delivered|handed (?:over )?to (?:the )?(?:recipient|addressee))\b"
        + NO_PARCEL_TOLD
        + r"{0,90}?\bnothing (?:was )?(?:in|inside) (?:my|our|the) (?:letter ?box|mail ?box|post ?box)\b"
        + _NOT_COME_LATER,
        r"\b(?:livree?s?|distribuee?s?|remise?s? (?:au destinataire|en mains? propres?))\b"
        + NO_PARCEL_TOLD
        + r"{0,90}?\brien dans (?:(?:ma|notre) boite|(?:la|ma|notre) boite (?:aux|a) lettres)\b"
        + _NOT_COME_LATER,
        r"\bremise?s? (?:en mains? propres?|au destinataire|en personne)\b[^!?]{0,90}?\b(?:pas (?:dans|entre) (?:mes|"
        r"nos) mains\b|(?:personne|on) ne (?:m'a|nous a) (?:rien |jamais rien )?(?:remis|donne)\b|(?:je n'ai|nous "
        r"n'avons) (?:jamais )?rien signe\b)",
        # "My parcel never came", "Order never arrived", "Parcel didnt arrive", "Order not received", "The
        # replacement never arrived" (the parcel of one sent), "hello order never arrived" (after a greeting)
        r"(?:\b(?:my|the|our|hello|hi|hiya|hey) |(?:^|[.!?;:,] ))(?:parcel|package|order|delivery|replacement)"
        r"(?: \w+){0,2} (?:has "
        r"|have |had "
        r"|was |is )?(?:never|not|still not|still hasn't|hasn't|hasnt|has not|didn't|didnt|did not|never been|not been)"
        r"(?: yet)? (?:arrived|arrive|come|came|turned up|shown up|showed up|been delivered|delivered|received|"
        # ... or got to the customer ("Parcel never reached its destination", "The order never got here", "never made
        # it to me")
        r"reached (?:me|us|its destination)|(?:got|get|made it|make it) (?:here|to me|to us))"
        # ... not one that came, late, apart, in part, not as ordered or elsewhere first ("didn't arrive in one piece",
        # "not received as described", "hasn't arrived yet for the second item", "not delivered to the right address")
        r"\b(?!(?: yet)? (?:until|till|in time|on time|before|for|by|with|as|in one piece|in (?:good|perfect|"
        r"working|full)|intact|complete|whole|undamaged|safely|properly|together|all together|at once|(?:to|at) the "
        # ... nor one that came wrong ("The replacement didn't come in the right colour", "... in the box it should")
        r"(?:right|correct)|in (?:the |a |an |my )?(?:right|correct|wrong|same|proper|box|bag|packaging|original)|when|"
        r"on the (?:day|date))\b)",
        r"\b(?:never|haven't|havent|have not|hasn't|hasnt|didn't|didnt|did not|still not|still haven't|still havent)"
        r"(?: yet| actually| even)? "
        r"(?:received|got|had|seen)(?: my| the| our| this)? (?:parcel|package|order|delivery)\b|"
        r"\bnothing (?:has |ever )?(?:came|come|arrived|turned up|was delivered)\b(?! (?:with|in|inside|out)\b)|"
        r"\b(?:parcel|package|order) (?:has been |was |got |is )?(?:lost|stolen)\b|\b(?:parcel|package|order) "
        r"(?:has |have )?(?:gone|went) missing\b",
        # a day waited in for a delivery that never came: "I waited in all day for my delivery, the courier never
        # came", « J'ai attendu toute la journée ma livraison, le livreur n'est jamais venu » (a courier waited for,
        # with no delivery said, may have been to collect a return: `COLLECTION_MISSED`)
        r"\b(?:(?:waited|stayed)(?: in| at home| home| around)?|(?:was|been) (?:in|at home|home))(?: all| the whole)? ?"
        r"(?:day|morning|afternoon|evening)?[^.!?]{0,20}?\b(?:for|4) (?:my|the|our|a) (?:delivery|parcel|package|order)"
        r"\b[^!?]{0,30}?\b(?:(?:courier|driver|delivery|parcel|package|order|it|they|he|she|dpd|evri|hermes|ups|dhl|"
        r"postman|van)(?: \w+)? (?:never|didn't|didnt|did not|hasn't|hasnt|has not)(?: even)?|(?:nobody|no one)"
        r"(?: ever)?) (?:came|come|turned up|turn up|showed up|show up|showed|arrived|arrive)\b",
        r"\b(?:attendu|reste|restee|suis restee?) (?:chez moi |a la maison )?(?:toute la journee|toute la matinee|"
        r"tout l'apres-midi|toute l'apres-midi)[^.!?]{0,20}?\b(?:ma|la|notre|mon|le) (?:livraison|colis|commande|"
        r"paquet)\b[^!?]{0,30}?\b(?:(?:livreur|transporteur|coursier|chauffeur|colis|il|elle) (?:n'est|ne s'est|est|"
        r"s'est) (?:jamais|pas|toujours pas) (?:venue?|passee?|presentee?|arrivee?)|(?:personne|rien) (?:n'est|est) "
        r"(?:jamais )?(?:venu|passe|arrive))\b",
        r"\b(?:indique|marque|note|affiche|dit|signale|annonce)e? (?:comme |qu'il est |qu'elle est )?livree?s?\b"
        r"[^.!?]{0,20}\b(?:mais|alors que|pourtant)\b",
        # (« ma nouvelle commande », « le deuxième colis »: the parcel named with its order; « le remplacement »,
        # « le produit de remplacement »: the parcel of one sent)
        r"\b(?:mon|le|notre|ma|la) (?:(?:nouvelle|nouveau|nouvel|deuxieme|seconde?|derniere?) )?(?:colis|"
        r"commande|paquet|livraison|remplacement|(?:produit|article) de remplacement)(?: \w+){0,2} (?:n'est |n'a |ne "
        r"m'est |ne nous est )?"
        r"(?:jamais|"
        r"toujours pas|pas|pas encore)(?: ete)? (?:arrivee?|recue?|livree?|parvenue?)\b" + _CAME_AFTER_ALL_FR,
        r"\b(?:jamais|toujours pas|pas|rien) recu (?:le |mon |ma |la |notre |de )?(?:colis|commande|paquet)\b|"
        r"\b(?:colis|commande|paquet) (?:jamais|toujours pas|pas) (?:recue?|arrivee?|livree?|parvenue?)\b"
        + _CAME_AFTER_ALL_FR
        + r"|\b(?:colis|paquet|commande) (?:a ete |est )?(?:perdue?|egaree?|volee?)\b|\bje n'ai rien recu\b",
        # « VOUS AVEZ PERDU MON COLIS », "you've lost my parcel": the parcel to the customer, not the return parcel
        # (« le colis de retour », "the parcel I sent back": `sent_back`) nor an order's number or e-mail
        r"\b(?:vous avez|ils ont|il a|le transporteur a|le livreur a|la poste a) (?:encore |donc )?(?:perdu|egare) "
        r"(?:mon|ma|notre|le|la) (?:colis|commande|paquet)\b(?! (?:de |du )?retour\b| (?:que|qu') ?(?:je |j'|nous |"
        r"on )(?:vous )?(?:ai |avais |avons |avions |a |avait )?(?:renvoye|retourne|rendu|expedie|envoye|poste|"
        r"depose)e?s?\b)|"
        # ... nor by the depot or the carrier named ("The depot lost my parcel", "DPD have lost my order")
        r"\b(?:you|they|(?:the |[a-z]+ )?(?:courier|carrier|depot|sorting office|post office|driver)|royal mail|dpd|"
        r"evri|hermes|ups|dhl|yodel|parcelforce)(?:'ve| have| has)? (?:lost|misplaced) (?:my|our|the) (?:parcel|"
        r"package|order|delivery)\b(?! (?:number|no|ref|reference|confirmation|history|details?|e-?mails?|code|"
        r"return)\b| (?:that |which )?(?:i|we) (?:had |have )?(?:sent|returned|posted|shipped|mailed|dropped off)\b"
        # a loss told of an earlier order, or one put right ("lost my parcel last time", "then found it")
        r"|,? (?:(?:the )?last time|before|previously|once)\b|,? (?:(?:but|and) )?(?:then |later )?(?:found|located|"
        r"recovered|delivered) it\b)",
        # said delivered to a neighbour who does not have it ("Delivered to a neighbour, nobody in the building has
        # it", « marquée livrée chez un voisin. J'ai fait tout l'immeuble, personne ne l'a »), not one who had it
        r"\bdelivered (?:to|with) (?:a |my |the |our |next door )?neighbou?rs?\b[^!?]{0,60}?\b(?:nobody|no one|"
        r"no-one|(?:doesn't|don't|does not|do not) have it|(?:hasn't|haven't) got it|never got it|didn't get it|none "
        r"of them)\b",
        r"\blivree?s? chez (?:un |une |le |la |mon |ma |mes |les )?voisine?s?\b[^!?]{0,80}?\b(?:personne (?:ne|n')|"
        r"aucun voisin|aucune voisine|(?:il|elle|ils|elles) ne l'(?:a|ont) pas|(?:il|elle) n'a rien recu)",
        # ... or that went back to the shop undelivered ("the parcel was returned to sender", « le colis est reparti
        # chez vous »); not the customer's own return parcel (« le colis de retour », "the parcel I sent back")
        # ("sent back to you" is as often the customer's return: "My return parcel has been sent back to you")
        r"\b(?<!\breturn )(?<!\breturns )(?:parcel|package|order|delivery)\b(?! (?:i|we)\b)(?: \w+){0,2} (?:was|has "
        r"been|got|went|is being|has gone|is going) (?:returned|sent back|back) to (?:the )?(?:sender|your warehouse|"
        r"warehouse|depot)\b",
        r"\b(?:colis|paquet|commande)\b(?! (?:de |du )?retour\b| (?:que|qu') ?(?:je|j'|nous|on)\b)(?: [\w']+){0,2} "
        r"(?:est|a ete|etait) (?:reparti|repartie|renvoye|renvoyee|retourne|retournee) (?:chez vous|a l'expediteur|"
        r"a l'envoyeur|a l'entrepot|a votre entrepot)\b",
    ),
}


def damage_read(text: str) -> bool:
    """Whether the text tells of damage (`FAULTS["damage"]`), not denied."""
    return "damage" in kinds_found({"damage": FAULTS["damage"]}, text, negatable=True)


# A word that says how sure the customer is of the mistake, between its subject and its verb: "I must have ordered the
# wrong size", « je me suis sûrement trompée », « j'ai dû prendre la mauvaise taille »
_SURE_OF_IT = (
    r"(?:(?:must|may|might) have |(?:probably|accidentally|mistakenly|stupidly|clearly|obviously|definitely|"
    r"apparently|somehow|just) |(?:surement|probablement|certainement|visiblement|apparemment|peut-etre|juste|bien|"
    r"encore|vraiment|completement) )?"
)
_OWN_MISTAKE = re.compile(
    r"\b(?:i|we) " + _SURE_OF_IT + r"(?:ordered|picked|chose|chosen|selected|clicked) (?:the |a )?wrong\b|"
    r"\bmy (?:mistake|fault|bad|error)\b|"
    r"\bj'ai " + _SURE_OF_IT + r"(?:commande|choisi|pris|selectionne|du (?:commander|choisir|prendre|selectionner)) "
    r"(?:la |le |une |un )?(?:mauvaise|mauvais)\b|\b(?:erreur|faute)\b[^.!?]{0,30}\bde ma part\b|"
    r"\bour (?:mistake|fault|error|bad)\b|\bma (?:faute|erreur)\b|"
    # « je me suis trompée de taille », "I got the size wrong" (not "we got the wrong size": one received)
    r"\b(?:je me suis|nous nous sommes) " + _SURE_OF_IT + r"trompee?s? (?:de|dans (?:la|le|les))\b|"
    r"\b(?:i|we) got the (?:size|sizing|colou?r) wrong\b|\b(?:i|we) (?:mixed|messed) up the (?:size|sizes|sizing)\b"
)


# A mistake doubted or denied before it in its clause: "I don't think I ordered the wrong size", "No way I ordered the
# wrong size", "It's not like I ordered the wrong size", « je ne pense pas m'être trompée »
_MISTAKE_DOUBTED = re.compile(
    r"\b(?:(?:don't|dont|do not|didn't|did not) think|doubt|no way|not like|not as if|not as though|sure i didn't|"
    r"sure i did not|ne (?:pense|crois) pas|doute|pas comme si)\b[^.!?;]{0,40}$"
)
# ... not a doubt denied, which affirms it: "No doubt I ordered the wrong size", "I don't doubt ...", « Sans doute que
# j'ai commandé la mauvaise taille », « Je me suis sans doute trompée » (probably), « Je n'ai aucun doute, ... », « je
# ne doute pas que ... »; left out with its negation and the space before it, so that the words around it meet
DOUBT_DENIED = re.compile(
    r" ?\b(?:(?:i |we )?(?:don't|dont|do not|didn't|did not|never) doubt(?:ed)?(?: (?:it|that))?|(?:i have |i've |"
    r"there's |there is )?no doubt(?: about it)?|without (?:a |any )?doubt)\b|"
    r" ?\b(?:(?:je |j')?(?:n'ai|n'avais|n'y a|ne fais|ne fait|ca ne fait) (?:aucun|pas de|plus de|plus aucun) doute|"
    r"(?:je )?ne doute (?:pas|plus|point)|(?:sans (?:aucun )?|nul |aucun |pas de )doute)\b"
)


def own_mistake(folded: str) -> bool:
    """Whether the customer says the order was their own mistake ("I ordered the wrong size", « je me suis trompée de
    taille », "my mistake"), not denied in its clause ("not my fault", « ce n'est pas ma faute ») nor doubted before it
    ("I don't think I ordered the wrong size"; "no doubt" affirms it): a wrong item is then none of the shop's."""
    folded = DOUBT_DENIED.sub("", folded)
    return any(
        not denied(folded, mistake, NEGATION_IN_CLAUSE)
        and not _MISTAKE_DOUBTED.search(words_before(folded, mistake.start()))
        for mistake in _OWN_MISTAKE.finditer(folded)
    )


# An odd pair, one shoe of each size: "the left boot is a 7 and the right one is an 8", « une basket 41 et une basket
# 42 », "a mismatched pair", « une paire dépareillée »: a shop mistake (not « une basket 41 et une basket 41 bis »).
ODD_PAIR = re.compile(
    r"\b(?:odd|mismatched) (?:pair|shoes|boots|trainers|sizes)\b|"
    r"\b(?:paire|chaussures|bottes|baskets) depareillees?\b|"
    r"\b(?:the (?:left|right)|one) (?:shoe|boot|trainer|sneaker|sandal|slipper|one) (?:is|was) (?:a |an |size )?"
    r"(?P<size>\d{1,2}(?:[.,]5)?)\b,? (?:and|but|while|whereas) the (?:other|left|right)(?: one| shoe| boot)? "
    r"(?:is |was )?(?:a |an |size )?(?!(?P=size)\b)\d{1,2}\b|"
    r"\b(?:un|une) (?P<shoe>escarpin|chaussure|botte|bottine|basket|sandale|chausson|mocassin) "
    r"(?P<size2>\d{2}(?:[.,]5)?)\b(?: \([^()]{0,20}\))?,? et (?:un|une) (?P=shoe) (?!(?P=size2)\b)\d{2}\b"
)
# ... not the two sizes the customer ordered (« J'ai commandé une basket 41 et une basket 42 pour choisir »)
ORDERED_JUST_BEFORE = re.compile(r"\b(?:ordered|bought|chose|commandee?s?|achetee?s?|pris|choisie?s?)\W*$")
# A break the customer lays on the size, not on the item (« La fermeture a craqué ... Ce n'est pas la faute du zip,
# c'est la taille. », "The seam split, but it's not the seam's fault, it's the size"): no damage or defect.
FAULT_LAID_ON_THE_SIZE = re.compile(
    r"\b(?:(?:not|isn't|wasn't) (?:the |a |any )?(?:fault (?:of|with|in) (?:the|my) \w+|\w+(?:'s|s')? fault)|"
    r"nothing wrong with (?:the \w+|it|them)|(?:ce n'est|c'est|ce n'etait|c'etait) pas (?:la faute|un defaut|un "
    r"probleme) (?:du|de la|des|de l'|d'un|d'une) ?\w+(?: \w+)?)[,.;:!]? (?:(?:it's|it is|it was|that's|just|but|"
    r"c'est|c'etait|mais|juste) )+(?:the |my |a |la |ma |une question de )?(?:size|sizing|fit|taille|pointure|coupe|"
    r"too (?:small|tight|big|narrow)|trop (?:petite?s?|serree?s?|etroite?s?|grande?s?))\b"
)
