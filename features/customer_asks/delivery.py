"""Delivery and the carrier: a late delivery, tracking, a collection missed, an order never received, and a return
already sent whose refund is awaited.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from features.customer_asks.clauses import (
    NEGATION_IN_CLAUSE,
    SENTENCE_END,
    clause_around,
    denied,
    first_reading,
    kinds_found,
)
from features.customer_asks.fault_context import packaging_blanked
from features.customer_asks.faults import FAULTS, NO_PARCEL_TOLD, ON_TIME_WORDS
from features.customer_asks.fit import SIZE_COMPLAINT
from features.customer_asks.hazards import hazards_found
from features.customer_asks.requests import CARRIER, EARLIER_ORDER, REQUESTS
from features.customer_asks.sizes import COLOURS
from features.pattern_words import needed_words
from features.text import regex, sentence_bounds, words_before

# The parcel came late, in the customer's words ("came a week late", "the party was over by the time it got here",
# « arrivée avec quatre jours de retard »), not the customer late for work (« je suis arrivé en retard au boulot »).
# It fires on 58 of the 659 corpus texts labelled arrived_late (most say it otherwise: "holiday over, no use now")
# and on 44 other texts and handover messages that mention a late parcel in passing, every one of them true. Nor the
# customer late with the return ("Sorry I'm a week late sending this back", « je suis en retard pour la renvoyer »),
# nor a late delivery denied ("No late delivery problems": `late_delivery` reads the words before), nor late in the
# day ("It arrived late in the evening", "came late at night"): a time, not a delay, nor days after the order or the
# payment ("It arrived two days after the order"): how quickly it came.
_LATE_DELIVERY = re.compile(
    r"\b(?<!suis )(?<!sommes )(?:came|arrived|arrives|turned up|got here|delivered|showed up|arrivee?s?|livree?s?|"
    r"recue?s?)\b(?: \w+){0,3}? (?:late(?! (?:in the (?:evening|afternoon|day|morning)|at night|last night|"
    r"that (?:night|evening)|tonight)\b)|too late|(?:a |one |two |three |four |five |six |\d+ )?(?:days?|weeks?) late|"
    r"(?:the |a |one |two |three |four |five |six |several |\d+ )?(?:days?|weeks?) after (?:(?:the|her|his|my|our)"
    r"(?! (?:order|orders|ordering|payment|purchase|dispatch|confirmation|shipping|shipment|invoice)\b)|"
    r"(?:we|i) (?:had )?(?:left|flew|set off|got back|came back|went))|"
    r"(?<!suis )(?<!sommes )(?<!etais )en retard|trop tard|avec (?:\w+ )?(?:jours?|semaines?) de retard)\b|"
    r"\b(?<!i'm )(?<!i am )(?<!we're )(?<!we are )(?<!i was )(?:a|one|two|three|four|five|six|ten|several|\d+) "
    r"(?:days?|weeks?) late\b(?! (?:in )?(?:sending|returning|posting))|\blate (?:delivery|arrival)\b|"
    # "the delivery was a bit late"; not "the delivery was not late at all"
    r"\bdelivery was (?:(?!not\b|never\b)\w+ ){0,3}?late\b|"
    r"\b(?:over|gone|passed|been and gone) by the time (?:it|they) (?:got here|arrived|came)\b|"
    r"\b(?:jours?|semaines?) de retard\b|\bretard de livraison\b|\blivraison (?:en retard|tardive)\b|"
    # a wait of weeks told ("I waited three weeks for this lamp", « j'ai attendu trois semaines pour la recevoir »),
    # not for an answer or the customer's own delay ("waited two weeks for a reply", "waited a week to try it")
    r"\b(?:i|we|j'ai|nous avons|on a) (?:had to )?(?:waited|wait|attendu) (?:over |more than |nearly |almost |about |"
    r"plus de |presque |pres de )?(?:a|one|two|three|four|five|six|several|\d+|une|deux|trois|quatre|cinq|six|"
    r"plusieurs) (?:weeks?|months?|semaines?|mois) (?:for (?!(?:a |an |the |your |my )?(?:reply|response|answer|"
    r"refund|email|e-mail|call|callback|money|credit|label)\b)"
    # ... for the item, not for something else to happen first ("for the paint to dry", "for the wall to be plastered")
    r"(?!(?:[\w']+ ){1,4}to (?!arrive|come|be (?:delivered|dispatched|sent|shipped)|turn up|show up|get here|reach)\w)"
    r"|pour (?:recevoir|avoir|que)\b|avant de (?:recevoir|"
    r"l'avoir|les avoir)\b)"
)
# The shop's own services not working are no fault of the item: « votre suivi de colis ne marche pas », "the tracking
# link doesn't work", "your website wasn't loading", "the discount code didn't work"; blanked out before faults are
# read. Not an item's own app or tracking ("GPS shows my dog in the next town ... Tracking doesn't work").
_TRACKING = (
    r"(?:(?:votre |le )?suivi de (?:colis|commande|livraison)|votre suivi|(?:parcel|order|delivery|your) tracking|"
    r"tracking (?:link|number|page|code))"
)
_NOT_WORKING = (
    r"(?: \w+){0,2}? (?:(?:ne |n')?(?:marche|fonctionne)n?t? (?:pas|plus|jamais)|(?:(?:just|really|still|simply) )?"
    r"(?:does ?n[o']?t|doesnt|don't|won't|didn't|did not|isn't|is not|wasn't|was not|never|not) (?:work|works|working|"
    r"load|loading))\b"
)
SERVICE_NOT_WORKING = re.compile(
    r"\b(?:" + _TRACKING + r"|website|site(?: web| internet)?|(?:discount|promo|voucher) code|code promo|voucher|"
    r"bon de reduction)\b" + _NOT_WORKING
)
# ... the shop's parcel tracking among them (`CustomerAsks.tracking_broken`)
TRACKING_NOT_WORKING = re.compile(r"\b" + _TRACKING + r"\b" + _NOT_WORKING)
# A collection that did not happen, said with its collection ("the courier never came to collect it", "the pick-up
# never happened", « le livreur n'est jamais venu chercher le colis », « l'enlèvement n'a jamais eu lieu »): the item
# is still with the customer, who needs it collected again (`collect`). Not a courier or « livreur » alone, who as
# often never delivered, nor a shop's "new collection"; and not when the text says the order is still awaited
# (`ORDER_AWAITED`).
COLLECT_WORD = (
    r"(?:collect(?:s|ed|ing)?\b|pick (?:it|them|the \w+) up|pick ?-?up|picked up|(?:booked|arranged|requested) "
    r"(?:a |the |my )?collection)"
)
COLLECTION_MISSED = re.compile(
    r"\b(?:courier|driver|collector|dpd|evri|hermes|ups|dhl)\b[^.!?]{0,40}?\b(?:never|didn't|did not|hasn't|has not|"
    r"still hasn't|failed to)(?: even| actually)? (?:came|come|turned up|turn up|showed up|show up)(?: to)? "
    + COLLECT_WORD
    + r"|\b"
    + COLLECT_WORD
    + r"\b[^.!?]{0,60}?\b(?:(?:never|didn't|did not|hasn't|has not)(?: even)? (?:came|come|turned up|showed up|"
    r"happened|took place)|(?:nobody|no one|no-one) (?:ever )?(?:came|turned up|showed up))\b|"
    r"\b(?:the|my|our) (?:collection|pick ?-?up) (?:never|didn't|did not|hasn't|has not)(?: even)? (?:happened|take "
    r"place|took place)\b|"
    r"\b(?:livreur|transporteur|coursier|chauffeur)\b[^.!?]{0,40}?\b(?:n'est|ne sont) (?:jamais|pas|toujours pas) "
    r"(?:venue?s?|passee?s?) (?:le |la |les |l')?(?:chercher|recuperer|reprendre|enlever|prendre)\b|"
    r"\b(?:enlevement|ramassage|collecte)\b[^.!?]{0,40}?\b(?:n'a|n'ont) (?:jamais|pas|toujours pas) eu lieu\b|"
    # a day waited in for a courier: the customer, who has the item, was at home for its collection
    r"\bwaited (?:in|at home|around)?(?: all| the whole)? ?(?:day|morning|afternoon)?[^.!?]{0,20}?\bfor (?:a |the )?"
    r"(?:courier|driver)\b[^.!?]{0,20}?\b(?:never|didn't|didnt|did not) (?:came|come|turned up|showed up)\b|"
    r"\battendu (?:chez moi |a la maison )?(?:toute la journee|toute la matinee|tout l'apres-midi|toute l'apres-midi) "
    r"(?:le|un) (?:livreur|transporteur|coursier|chauffeur) qui (?:n'est|ne s'est) (?:jamais|pas) (?:venu|passe|"
    r"presente)\b"
)
# One who "never came to the door" left the parcel somewhere ("he left it in the bin", "left it with a neighbour"): the
# customer has it.
_NOT_TO_THE_DOOR = r"(?!(?: up| round| over)? to (?:the |my |our )?(?:front |back )?(?:door|doorstep|house|flat)\b)"
# The one who delivers, said never to have come (« Franchement je suis furieuse, le livreur n'est jamais venu. », SMS
# « livreur jamais venu », "the delivery driver never turned up"; not « pas venu hier », a day missed): the order
# never came, unless the text tells of a collection or a return (the « livreur » who never came to collect it:
# `COLLECTION_MISSED`) or awaits the order still (`ORDER_AWAITED`). A "courier" or "driver" alone is as often a
# collection's ("I waited in all day for a courier who never came").
DELIVERER_NEVER_CAME = re.compile(
    r"\b(?:livreur|livreuse)\b[^.!?]{0,20}?\b(?:(?:n'est|ne s'est|est|s'est) )?(?:jamais|toujours pas) (?:venue?|"
    r"passee?|presentee?)\b|\b(?:delivery (?:driver|man|guy|person|van)|postman|postie)\b[^.!?]{0,20}?\b(?:never|"
    r"didn't|didnt|did not|hasn't|hasnt|has not)(?: even)? (?:came|come|turned up|turn up|showed up|show up|showed)\b"
    + _NOT_TO_THE_DOOR
)
RETURN_TOLD = re.compile(r"\b(?:return\w*|send\w* (?:it|them) back|retour\w*|renvo\w*|chercher|recuperer|reprendre)\b")
ORDER_AWAITED = re.compile(
    r"\b(?:still )?waiting (?:for|on) (?:my|the|our) (?:order|parcel|package|delivery)\b|"
    r"\bj'attends (?:toujours |encore )?(?:ma commande|mon colis|mon paquet|la livraison)\b"
)
# The parcel still awaited, said in the present (the order never came, `not_received`): "Still waiting for my parcel",
# « J'attends toujours mon colis »; not a wait for something to be done with it ("still waiting for my parcel to be
# collected"), nor "Still waiting." alone, as often for a refund or a reply ("Asked for a refund. Still waiting.").
PARCEL_STILL_AWAITED = re.compile(
    r"\bstill waiting (?:for|on) (?:my|the|our) (?:order|parcel|package|delivery)\b(?! to be\b)|"
    r"\bj'attends (?:toujours|encore) (?:ma commande|mon colis|mon paquet|la livraison)\b(?! (?:de|du) retour\b)"
)
# ... or its tracking said stuck now ("Tracking stuck on 'in transit' since the 2nd", "the tracking hasn't moved in a
# week", "Tracking has said 'in transit' since the 2nd and hasn't moved", « Suivi bloqué « en cours d'acheminement »
# depuis le 2 », « le suivi indique « en livraison » depuis lundi et n'a pas bougé », « colis bloqué au centre de
# tri », "stuck at the depot and I need it before Friday"); not a wait told of the past ("the tracking was stuck for a
# week", « le suivi est resté bloqué », « le suivi n'avait pas bougé »), nor « suivi » the verb (« j'ai suivi la
# notice »), nor a wait its sentence says ended with the parcel come ("stuck until the 9th", "then it arrived",
# « bloqué pendant trois semaines, puis livraison la veille »): what else the text says came or is had
# (`ARRIVED_AFTER_ALL`, `item_had`) undoes the reading either way.
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS_EN) + ")"
_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY_FR = "(?:" + "|".join(_WEEKDAYS_FR) + ")"
_CAME_AFTER_THE_WAIT = (
    r"(?![^.!?]{0,80}?\b(?:(?:until|till) (?:the |last |this |on )?(?:\d|"
    + _WEEKDAY
    + r"|yesterday|today|it (?:arrived|came))|then (?:it |they |the \w+ )?(?:arrived|came|turned up|(?:was |got )?"
    r"delivered)|(?:puis|ensuite) (?:(?:il|elle|le colis) (?:est |a ete )?)?(?:arrivee?|livree?)|(?:puis|ensuite) "
    r"(?:la )?livraison|jusqu'(?:au|a) (?:\d|" + _WEEKDAY_FR + r"|hier|aujourd'hui)))"
)
# ... unless the parcel whose tracking is stuck is the return the customer sent: told sent back, dropped off or posted
# (the item the object), or named the return's ("Sent it back on Monday, tracking hasn't moved since", "I dropped the
# return at the post office and the tracking has not updated", "the tracking number on the return label", « J'ai
# déposé le colis retour au point relais, le suivi ne bouge plus »): the return's whereabouts are chased (`sent_back`)
RETURN_TRACKED = re.compile(
    # (the item as the object: not "The driver dropped off a card", « J'ai renvoyé un mail », « J'ai déposé une
    # réclamation »)
    r"\b(?:(?:sent|posted|shipped|mailed|returned) (?:it|them|the \w+) back\b|(?:sent|posted|shipped|mailed|"
    r"dropped)(?: off)? (?:my|the|our) return\b|(?:my|our) return (?:parcel|package|has|is|was|hasn't|isn't)\b|"
    r"(?:i|we)(?:'ve| have)? (?:dropped|posted) (?:it|them|the (?:return|parcel|package|item|box))\b|(?:i|we)"
    r"(?:'ve| have)? dropped off (?:the|my) (?:return|parcel|package|item|box)\b|return(?:s)? (?:label|parcel|package|"
    r"tracking)\b|(?:colis|paquet|suivi|etiquette) (?:de |du )?(?:mon )?retour\b|(?:je l'ai|je les ai|je vous l'ai|je "
    r"vous les ai|nous l'avons) (?:bien )?(?:depose|poste|renvoye|retourne|reexpedie)e?s?\b|(?:j'ai|nous avons|on a) "
    r"(?:bien )?(?:depose|poste|renvoye|retourne|reexpedie) (?:le colis|le paquet|l'article|le retour|la commande)\b)"
)
_THE_TRACKING_FR = r"(?:\b(?:le|mon|votre|du|au|son|ce) |(?:^|[.!?;:,] ))suivi\b"
TRACKING_STUCK = re.compile(
    r"(?:\b(?:tracking|parcel|package|order)(?: (?:page|status|info))? (?:is |has been |'s )?(?:still )?(?:stuck|"
    r"frozen)\b|\btracking\b[^.!?]{0,60}?\b(?:still )?(?:hasn't|hasnt|has not)(?: even)? (?:moved|changed|updated|"
    r"been updated)\b|"
    + _THE_TRACKING_FR
    + r"(?: (?:du|de mon|de ma|de la) (?:colis|commande|livraison))? (?:est |indique |affiche |dit |marque )?"
    r"(?:toujours )?(?:bloque|fige)\b|"
    + _THE_TRACKING_FR
    + r"[^.!?]{0,60}?(?:\bne |\bn')(?:bouge|evolue|avance) (?:toujours )?(?:plus|pas)\b|"
    + _THE_TRACKING_FR
    + r"[^.!?]{0,60}?\bn'a (?:toujours )?(?:pas|plus) (?:bouge|evolue|change)\b|"
    # the parcel itself held (« mon colis est bloqué au dépôt », « ma commande est bloquée depuis lundi »)
    r"\b(?:colis|commande|paquet|livraison) (?:est )?(?:toujours )?bloquee?\b)" + _CAME_AFTER_THE_WAIT
)
# ... or the place it was said left for the customer to fetch has nothing for them ("Tracking says it's at the parcel
# shop but they can't find it", "the pickup point has no parcel under my name", « Remis au point relais d'après le
# suivi, mais le point relais ne trouve rien à mon nom », « le bureau de poste n'a aucune trace du colis »); not a
# shop's stock or our own service ("your shop can't find my order": no pickup place), nor anything else the place
# could not find or do (`_NOTHING_ELSE_SAID`), nor a search that
# ended with it found or come ("couldn't find it at first", « ne trouvait rien, puis l'a retrouvé », "had no parcel
# for me on Monday, it only came on Wednesday", « n'avait aucun colis lundi, il est arrivé mercredi »)
_PICKUP_PLACE = (
    r"\b(?:pick ?-?up point|collection point|parcel (?:shop|locker|point)|locker|post office|sorting office|depot|"
    r"relay point|point (?:relais|retrait)|relais(?: colis)?|bureau de (?:poste|tabac)|la poste|buraliste|tabac|"
    r"consigne|casier)\b"
)
# ... "anything" / « rien » of the parcel only: alone, or for the customer's name ("can't find anything under my name",
# « rien à mon nom »), not anything else the place could not find or do ("anything wrong with my label", "anything to
# object to", « rien compris », « rien trouvé à redire »)
_NOTHING_ELSE_SAID = (
    r"(?= *(?:$|[.!?,;:]| (?:but|and|mais|et|at all|du tout)\b| (?:under|for|in|with|a|au|pour|sous) (?:my|our|the|"
    r"mon|notre|nom|moi|nous|le nom)\b))"
)
# ... what the place says it has not for the customer, after it is named (`PICKUP_PLACE_HAS_NOTHING`) or after the
# customer went to fetch it there (`_in_hand`)
_NOTHING_THERE = (
    r"\b(?:(?:can't|cant|cannot|can not|couldn't|couldnt|could not|won't|wont) (?:find|locate|trace) "
    r"(?:it|them|anything" + _NOTHING_ELSE_SAID + r"|my (?:parcel|package|order)|the "
    r"(?:parcel|package|order)|a (?:parcel|package))|(?:has|have|"
    r"had) (?:nothing|no (?:parcel|package|record|trace|sign))|(?:doesn't|doesnt|does not|don't|dont|do not|didn't|"
    r"didnt|did not) have (?:it|them|anything|my (?:parcel|package|order)|the (?:parcel|package|order))|no (?:record|"
    r"trace|sign) of (?:it|them|my (?:parcel|package|order)|the (?:parcel|package|order))|nothing (?:under|in|for) my "
    r"name|(?:ne|n') ?(?:trouve(?:nt)?|retrouve(?:nt)?|a|ont|avait|avaient) (?:rien(?: trouve)?"
    + _NOTHING_ELSE_SAID
    + r"|aucun colis|aucune trace|pas (?:le|mon) colis|jamais (?:recu|eu) (?:le|mon) colis)|aucun "
    r"colis|aucune trace|"
    # ... or has not found it (« ils n'ont pas trouvé mon colis », « ne l'ont jamais retrouvé »)
    r"(?:ne|n') ?(?:l'|les )(?:a|ont|avait|avaient) (?:pas|jamais) (?:pu |su )?(?:re)?trouv(?:e|er)(?:e|s|es)?|"
    r"(?:ne|n') ?(?:a|ont|avait|avaient) (?:pas|jamais) (?:pu |su )?(?:re)?trouv(?:e|er)(?:e|s|es)? (?:le|mon|notre) "
    r"(?:colis|paquet))\b"
    r"(?![^.!?]{0,40}?\b(?:at first|until|then|eventually|finally|in the end|d'abord|puis|finalement|au final|"
    r"jusqu')|[^.!?]{0,40}?\b(?:it|they|il|elle|ils|elles|le colis)(?: only| finally| eventually| seulement| "
    r"finalement)? (?:came|arrived|turned up|(?:est|sont) (?:arrivee?s?|livree?s?)))"
)
PICKUP_PLACE_HAS_NOTHING = re.compile(_PICKUP_PLACE + r"[^.!?]{0,60}?" + _NOTHING_THERE)
# ... or the item itself, where no collection is said: "the driver who never turned up, still no sofa", « toujours pas
# de canapé »; not news, a visit or a person ("Still no idea when they will", « toujours pas de rdv », "still no sign
# of him")
ITEM_AWAITED = re.compile(
    r"\bstill no (?:sign of )?(?:my |the )?(?!(?:collection|pick ?-?up|refund|money|label|reply|response|answer|news|"
    r"word|one|call|e-?mail|update|idea|luck|contact|courier|driver|him|her|them|show|visit|slot|date|time|sign)\b)"
    r"[a-z]+|\btoujours pas (?:de |d')(?!(?:enlevement|ramassage|collecte|remboursement|etiquette|reponse|nouvelles|"
    r"appel|mail|passage|rdv|rendez-vous|creneau|livreur|transporteur|date|visite)\b)[a-z]+"
)
ARRIVED_AFTER_ALL = re.compile(
    # not one that never did ("My parcel never turned up")
    r"\b(?<!never )(?<!n't )(?<!nt )(?<!not )(?:turned up|showed up)\b|"
    r"\b(?:finally (?:came|arrived)|(?:days?|weeks?) later|arrived (?:on|the|a|two|three|yesterday|today|after)|"
    r"sending (?:it|them) back|returning (?:it|them)|send (?:it|them) back|"
    r"(?:est|sont) finalement (?:arrivee?s?|livree?s?)|"
    # (the day the tracking says, not one it came: « le suivi affiche livré le 4 », « marqué « livré » hier »)
    r"(?<!affiche )(?<!indique )(?<!dit )(?<!marque )(?<!marquee )(?<!note )(?<!annonce )(?<!comme )(?<![«\"] )"
    r"(?<![«\"])(?:arrivee?s?|livree?s?) (?:finalement|le \d|le lendemain|hier|avec \d|apres)"
    r"(?!\w* (?:selon|d'apres)\b)|"
    r"je (?:le |la |les )?(?:renvoie|retourne)|(?:jours|semaines?) plus tard|"
    # a parcel lost for a while, then come: "then it came", « puis il est arrivé »; not "then it came up as delivered"
    r"(?:then|puis|ensuite) (?:it|they|il|elle|ils|elles) (?:came|arrived|(?:est|sont) (?:arrivee?s?|livree?s?))"
    r"(?! (?:up|back|as|en retour)\b)|"
    # ... or come by now: "now it arrived and I don't need it", "it eventually turned up", « il est arrivé entre-temps »
    # (not a message come about it: "Now the email has come saying it was delivered", « Le mail ... est arrivé »)
    r"\bnow (?:it|they|the (?!(?:e-?mail|mail|message|text|tracking|statement|refund|notification|update|"
    r"confirmation)\b)\w+)(?:'s| is| has| have|'ve)? (?:arrived|came|come|turned up|here)|"
    r"\b(?:eventually|at last) (?:arrived|came|turned up)|(?:arrived|came|turned up) (?:in the end|eventually|at last)|"
    r"(?:maintenant|entre-temps|entre temps|au final) (?:il|elle|ils|elles|le colis|la commande) (?:est|sont) "
    r"(?:arrivee?s?|livree?s?)|(?:il|elle|ils|elles|le colis|la commande|le paquet) (?:est|sont) (?:arrivee?s?|"
    r"livree?s?) (?:entre-temps|entre temps|au final|quand meme))\b"
)
# What the tracking or a courier is said to say of the parcel ("tracking says it was damaged in transit", "the driver
# says it was too big for the locker", « le suivi indique déposé chez la voisine »), up to a turn: hearsay of a parcel
# the customer may never have seen, and a parcel too big for a letterbox or a van, are no item had (`item_had`).
_HEARSAY = re.compile(
    r"\b(?:says?|said|saying|shows?|showed|showing|claims?|claimed|apparently|supposedly|according to|dit|disait|"
    r"indique|indiquait|affiche|selon|d'apres|apparemment|soi-disant)\b[^.!?;]*?(?=$|[.!?;]| (?:but|mais)\b)|"
    r"\b(?:too|trop) (?:big|large|bulky|gros|grosse|grande?|volumineux|volumineuse) (?:for|to fit|to go|pour)(?: in| "
    r"into| through| dans| rentrer dans)? (?:the|my|a|our|la|le|ma|mon|une?) (?:letter ?box|mail ?box|post ?box|"
    r"locker|parcel box|safe place|van|door|porch|boite aux lettres|casier|consigne|camionnette|porte)\b"
)
# A letterbox named, then a box found empty with no parcel told or opened between: that letterbox, not a parcel that
# came with nothing in it ("Delivered to my letterbox. The box was empty.", « livré en boîte aux lettres » mais la
# boîte est vide; not "... I opened the parcel and the box was empty").
LETTERBOX_FOUND_EMPTY = re.compile(
    r"\b(?:letter ?box|mail ?box|post ?box|boite (?:aux|a) lettres)\b"
    + NO_PARCEL_TOLD
    + r"{0,60}?\b(?:box|boite)(?: (?:aux|a) lettres)? (?:is|was|est|etait)(?: \w+)? (?:empty|vide)\b"
)
# The customer has the item, whatever else the text says never came: it fits badly or is the wrong one ("Wrong size",
# "doesn't fit", « mauvaise taille », « ne me va pas »), or it was fetched or found where it was left ("so I picked it
# up at the sorting office", "he threw it over the fence", « je l'ai récupéré au point relais », « le colis est
# toujours chez moi »); not a parcel still to be fetched ("can I collect it from the depot?") nor the shop's stock
# ("do you still have it in a 12?").
_ITEM_IN_HAND = re.compile(
    r"\b(?:(?:far |way |much |a bit |slightly )?too (?:small|big|large|tight|loose|baggy|narrow|wide)|wrong (?:size|"
    r"colou?r|item)|(?:doesn't|doesnt|does not|don't|dont|do not|didn't|didnt|did not|won't|wont) fit(?! (?:in|into|"
    r"through|under)\b)|trop (?:petite?s?|grande?s?|serree?s?|large?s?|amples?|etroite?s?)|mauvaise (?:taille|"
    r"pointure|couleur)|mauvais (?:article|modele|produit)|ne (?:me |lui |leur )?(?:va|vont) pas)\b|"
    r"\b(?:(?:picked|collected|fetched|found|had to (?:pick|collect|fetch|get|go and get|go get)) (?:it|them|the "
    r"(?:parcel|package|box|order))(?: up)? (?:up|from|at|in|on|behind|under|over|outside)|got (?:it|them|the "
    r"(?:parcel|package|box|order)) from)\b|"
    r"\b(?:threw|thrown|chucked|lobbed|tossed|dumped) (?:it|them|the (?:parcel|package|box))(?: \w+)? (?:over|in|into|"
    r"behind|on|under)\b|\b(?:left|put) (?:it|them|the (?:parcel|package|box)) (?:out )?(?:in the (?:rain|bin|"
    r"recycling|porch|garden|hedge)|in my (?:bin|recycling|porch|garden|hedge)|over the (?:fence|gate|wall)|on the "
    r"doorstep|outside|behind|with (?:a|my|the|our) (?:neighbou?r|next door))\b|"
    r"\b(?:neighbou?r|next door)\w* (?:took it in|had it|kept it)\b|(?<!you )(?<!they )\bstill (?:have|got) (?:it|"
    r"them)\b(?! in\b)|"
    r"\b(?:(?:je l'ai|je les ai|nous l'avons|on l'a) (?:recupere|retire|trouve)e?s?|j'ai (?:recupere|retire) (?:le|"
    r"mon|ma|la) (?:colis|paquet|commande)|(?:du|suis allee?) (?:aller )?(?:le |la |les )?(?:chercher|recuperer) "
    r"(?:le colis|le paquet|la commande|au|a la))\b|\b(?:le colis|le paquet|il|elle) (?:etait|est) (?:chez (?:la |le "
    r"|ma |mon |une |un )(?:voisine?|gardien)|toujours chez moi)\b|\bjetee? par-dessus\b|"
    r"\bje (?:l'ai|les ai) (?:toujours|encore)\b(?! pas\b)"
)
# Faults of the item itself: the customer who tells of one has it (`empty_parcel` and `missing_part` may tell of a box
# that came without it).
_FAULTS_OF_THE_ITEM = frozenset({"damage", "defect", "stain", "hole", "shop_mistake"})
# A sign of the item had is none where the clause guesses at it, asks it or denies it ("He must have left it outside",
# "they must still have it at the depot", "I asked if the neighbour had it", "none of my neighbours had it"), or where
# it was left with someone else ("left it outside someone else's door"): the parcel is still not had.
_NOT_HAD_BEFORE = re.compile(
    r"\b(?:must|might|probably|perhaps|maybe|possibly|if|whether|none|surement|sans doute|peut-etre|si(?! bien\b)|"
    r"aucune?)\b(?:[^\w.!?;,]+\w+){0,3}[^\w.!?;,]*$"
)
_HAD_ELSEWHERE = re.compile(
    r"[^.!?;,]{0,25}?\b(?:wrong|someone else|somebody else|mauvaise? (?:adresse|maison|porte))\b"
)
# ... nor a fit or a fault told, in its clause, of an earlier order or of the one a reorder replaced ("I ordered a 12
# because the 10 was too small last time", "I reordered a 12 because the 10 was too small, and the new parcel never
# arrived", « Ma nouvelle commande n'est jamais arrivée, la première était trop petite »); a clause of its own that
# says "this time" leaves the item had ("Last time it was fine, but this time the postman never came so I picked it up
# at the depot, the mug was chipped")
# A sign of the item fetched where it was left, and what follows it in its sentence when the place had nothing
_FETCHED = re.compile(r"\b(?:picked|collected|fetched|had to|chercher|recuperer)\b")
_FOUND_NOTHING = re.compile(r"[^.!?;]{0,80}?" + _NOTHING_THERE)
_FIT_SAID = re.compile(r"\b(?:too|wrong|fit|trop|mauvaise?|va|vont)\b")
_EARLIER_CLAUSE = re.compile(
    r"[^.!?;:,]*\b(?:" + EARLIER_ORDER + r"|re-?ordered|ordered (?:it |them |one |another )?again|recommandee?s?|"
    # the first of two orders ("the first one was too small", « la première était trop petite »), not the first wear
    # of the one had, a first look at it, nor the first of a month (« le premier mars »); in French the ordinal alone
    # or with an order's word, not the first part of the item had (« La première couture a lâché »)
    r"(?:the|my) first(?! (?:day|days|week|wear|wash|use|time i|few|couple|thing|impression|look|glance|try|go)\b)|"
    r"(?:la|le|ma|mon) premiere?(?= (?:etait|est|a|avait|n'|ne|commande|colis|paquet|paire|taille|fois(?! que))\b))"
    r"(?![\w'-])[^.!?;:,]*"
)
# A refund awaited ("a solicitor if the refund doesn't appear this week", « si le remboursement n'arrive pas cette
# semaine », "if I'm not refunded by Friday") is for a return already sent after the text says it was sent ("sent it
# back", « j'ai renvoyé ») or in a short threat that says nothing of the item (`only_threatens`): in a
# new return it is a demand ("Too small. If I'm not refunded by Friday I'll complain"), a past order ("Last time the
# refund never came through") or a wish (« le remboursement n'est pas nécessaire »).
# A parcel that never came, said in few words with "it" or the item's own name ("It never showed up", "havent recieved
# it", "charged twice and the shoes never arrived!!!"): in a text this short (`_CONTACT_ONLY_WORDS`) it is the order;
# not a light that "never came on", a person who never came, one size or colour of several ordered ("I got the large
# only, the medium never came"), nor something else awaited (`AWAITED_ELSE`). What is said after "and" or "but" is
# another thing ("They never arrived and I was charged twice!!!"), but only after a parcel's word (arrive, receive,
# deliver): one who "never came and took it away", "never came but I waited in all day" is a person, a visit for a
# collection; but one charged for what never came paid for a parcel ("It never came but I was charged"), and a cause
# told of the parcel ("It never came because it doesn't fit through my letterbox apparently").
_SAID_TO_A_STOP = (
    r"(?= *(?:$|[.!?,;]|(?:and|but) (?:i|we)(?: was| were| got| have been|'ve been| had been)? (?:still )?(?:charged|"
    r"billed|debited)\b|because (?:it|they)\b|"
    # ... or paid for, the money taken ("never turned up and I've paid twice", "never came and you took the money")
    r"(?:and|but) (?:(?:i|we)(?:'ve| have| had)? (?:also |still |even |already )?paid|you(?:'ve| have)? (?:also |"
    r"still |even )?(?:taken|took|charged|debited|billed))\b))"
)
_SAID_TO_ITS_END = r"(?= *(?:$|[.!?,;]|(?:and|but|et|mais)\b))"
NOT_RECEIVED_IN_FEW_WORDS = re.compile(
    r"(?:^|[.!?;:,] |\band |\bbut )(?:(?:still|sadly|unfortunately) )?(?:it|they|(?:my|the|our) (?!(?:son|daughter|"
    r"husband|wife|partner|friend|mum|mom|dad|guests?|family|kids|children|engineer|technician|fitter|man|guy|"
    r"postman|postie|small|medium|large|x{0,3}[sml]|size|colou?r|model|version|style|one|" + COLOURS + r")\b)(?:\w+ )?"
    r"\w+)"
    # ... the item named with what the customer did with it ("The jumper I ordered in a small never arrived")
    r"(?: (?:that |which )?(?:i|we) (?:ordered|bought|chose|picked)(?: (?:in|for) (?:a |an |the |my |size )?\w+)?)?"
    r" (?:has |have |had )?(?:never|still hasn't|still hasnt|still haven't|still "
    r"havent|hasn't|hasnt|haven't|havent|has not|have not|didn't|didnt|did not|still not)(?: yet| even)? (?:(?:arrived|"
    r"arrive|been delivered)(?: yet)?" + _SAID_TO_ITS_END + r"|(?:come|came|turned up|turn up|shown up|showed up|show "
    r"up)(?: yet)?" + _SAID_TO_A_STOP + r")|"
    r"(?:^|[.!?;:,] )(?:(?:i|we) )?(?:still )?(?:never|haven't|havent|have not|didn't|didnt|did not|not)(?: yet| "
    r"even| actually)? (?:received|got) (?:it|them)(?: yet)?" + _SAID_TO_ITS_END + r"|"
    # ... or with no subject: "Never arrived, tracking says delivered"
    r"(?:^|[.!?;:,] )(?:still )?never (?:(?:arrived|been delivered)" + _SAID_TO_ITS_END + r"|(?:came|turned up|showed "
    r"up)" + _SAID_TO_A_STOP + r")|"
    # « Jamais reçu. », « Je ne l'ai jamais reçu. », « Ils ne sont jamais arrivés. », or the item named after it
    # (« Jamais reçu mes sandales », « Je n'ai jamais reçu ma lampe »), not its size, colour or model, nor the right
    # one (« jamais reçu la bonne taille »: a wrong one came)
    r"(?:^|[.!?;:,] )(?:(?:je ne |j'ai |je )?(?:l'ai |les ai )?jamais recue?s?|(?:il|elle|ils|elles) (?:ne |n')?"
    r"(?:est|sont) (?:jamais|toujours pas) (?:arrivee?s?|livree?s?)|(?:je n'ai |nous n'avons |on n'a )?(?:jamais|"
    r"toujours pas) recu (?:mes|mon|ma|nos|notre|le|la|les) (?!(?:bons?|bonnes?|vraie?s?|memes?|autres?)\b)"
    r"(?!(?:\w+ )?(?:taille|pointure|couleur|coloris|modele|version|remboursement|etiquette|notice|facture|mail|"
    r"reponse)\b)(?:\w+ )?\w+)" + _SAID_TO_ITS_END + r"|"
    # « Le pull que j'ai commandé en S n'est jamais arrivé. », not the size, colour or model got wrong (« La taille que
    # j'ai commandée n'est jamais arrivée »)
    r"(?:^|[.!?;:,] )(?:le|la|les|mon|ma|mes) (?!(?:taille|pointure|couleur|coloris|modele|version)\b)(?:\w+ )?\w+ "
    r"(?:que j'ai|qu'on a|que nous avons) (?:commandee?s?|"
    r"achetee?s?|choisie?s?|prise?s?)(?: (?:en|pour) (?:\w+ )?\w+)? (?:ne |n')?(?:est|sont) (?:jamais|toujours pas) "
    r"(?:arrivee?s?|livree?s?)" + _SAID_TO_ITS_END + r"|"
    # ... or named alone (« La rentrée est passée, les chaussures ne sont jamais arrivées. »), as "the shoes never
    # arrived" is; not the size, colour or model, nor the right or the same one (« La bonne couleur n'est jamais
    # arrivée », « Le bon modèle », « Les vraies chaussures »: a wrong one came), nor another parcel (« Mon autre colis
    # n'est jamais arrivé. »)
    r"(?:^|[.!?;:,] )(?:le|la|les|mon|ma|mes) (?!(?:bons?|bonnes?|vraie?s?|memes?)\b)(?!(?:\w+ )?(?:taille|pointure|"
    r"couleur|coloris|modele|version|autres?|deuxieme|seconde?)\b)(?:\w+ )?\w+ "
    r"(?:ne |n')(?:est|sont) (?:jamais|toujours pas) (?:arrivee?s?|livree?s?)" + _SAID_TO_ITS_END + r"|"
    r"(?:^|[.!?;:,] )(?:il|elle|ils|elles) (?:ne |n')?(?:est|sont) (?:jamais|toujours pas) venue?s?" + _SAID_TO_A_STOP
)
# ... what else a short text may tell of awaiting, or of having: the refund, a label, a message, a collection, a return
# or an exchange, a person, a part or a paper of the item ("The batteries never arrived.", "The instructions never
# came.", « La capuche n'est jamais arrivée, le manteau oui. »), or anything that did come or is liked ("The dress came
# but the matching belt never arrived.", "Love the coat but the hood never arrived."): then what never came is no
# parcel. What the tracking says came ("It never showed up, tracking says delivered", « le suivi dit livré ») and a
# charge got ("I got charged though") are no item had, nor a promise got in writing ("I've got it in writing that it
# would come Monday, it never arrived."). A refund said promised or due is awaited too, with no "my" before it ("Sent it
# back on the 2nd, refund promised in 5 days. Never arrived.").
AWAITED_ELSE = re.compile(
    r"\b(?:refund|money back|remboursement)(?: \w+)?(?: was| is| has been| a ete| est)? (?:promised|due|owed|issued|"
    r"processed|approved|confirmed|promise|prevu|valide)\b|"
    r"(?<!\btook )(?<!\btaken )(?<!\bcharged )(?<!\bdebited )\b(?:(?:my|the|your|our) (?:refund|money|credit)\b"
    r"(?! back\b)|(?:mon|le) remboursement\b|label|e-?mails?|code|"
    r"voucher|reply|response|answer|invoice|receipt|confirmation|courier|driver|collect\w*|pick-?up|return\w*|"
    r"exchange|replacement|guy|fitter|engineer|technician|second|other|rest|half|part|parts|piece|pieces|instructions|"
    r"manual|batter\w+|belt|hood|cover|lid|strap|cable|charger|warranty|card|gift|accessor\w+|etiquette|mail|avoir|"
    r"reponse|livreur|retour\w*|echange|pieces?|notice|ceinture|capuche|housse|couvercle|sangle|bretelle|"
    r"chargeur|piles?|lacets?|facture)\b|"
    r"(?<!never )(?<!n't )(?<!nt )(?<!not )(?<!jamais )(?<!pas )(?<!says )(?<!said )(?<!shows )(?<!showed )"
    r"(?<!marked )(?<!as )(?<!dit )(?<!indique )(?<!marque )(?<!comme )\b(?:came|arrived|got|received|delivered|"
    r"love|loved|arrivee?s?|recue?s?|livree?s?)\b(?! (?:charged|(?:it |that |this )?in writing)\b)"
)
RETURN_SENT = re.compile(
    r"\b(?:sent|posted|shipped|mailed|dropped|returned) (?:it|them|(?:the|my|this|these|both) (?:\w+ ){0,2}?\w+)"
    r"(?: off)? back\b|\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:returned|dropped off|handed in) (?:it|them|the|"
    r"my)\b|\b(?:j'ai|nous avons|on a|je l'ai|je les ai|je vous l'ai|je vous les ai)(?: deja| bien)? (?:renvoye|"
    r"retourne|reexpedie|rapporte|depose|poste)e?s?\b|"
    # ... or had it collected: "The courier collected it last week", « Le transporteur l'a récupéré »
    r"\b(?:" + CARRIER + r"|they) (?:has |had |have |already )?(?:collected (?:it|them|the (?:item|parcel|package|"
    r"box|return))|picked (?:it|them) up)\b(?! (?:from|at) | ?\?)|\b(?:livreur|transporteur|coursier|chauffeur) "
    r"(?:(?:l'a|les a) (?:recupere|enleve|pris|emporte)e?s?(?! en photo)|est (?:venu|passe) (?:le |la |les )?"
    r"(?:chercher|recuperer|prendre)|"
    r"(?:a|ont) (?:recupere|enleve|pris) (?:le colis|l'article|le retour))\b"
)
REFUND_AWAITED = re.compile(
    r"\brefund (?:doesn'?t|does not|hasn'?t|has not|still hasn'?t|isn'?t|is not|never|won'?t)(?: yet| even)? "
    r"(?:appear|appeared|arrive|arrived|come through|came through|show up|shown up|land|landed)\b|"
    r"\bremboursement (?:n'arrive|ne m'est|ne nous est)(?: toujours)? (?:pas|jamais)\b|"
    r"\bsi je ne suis (?:toujours )?pas rembourse(?:e|s|es)? (?:sous|d'ici|avant|dans|cette)\b|"
    r"\bif (?:i'm|i am|we're|we are) (?:still )?not refunded (?:within|by|this|in|before)\b"
)
# ... and, after a return said sent only (not a short threat's: "Still no refund, I'm going to the small claims
# court"), "but I have no refund", "no refund yet", « je n'ai pas été remboursé », « toujours pas de remboursement »
NO_REFUND_YET = re.compile(
    r"\b(?:i|we) (?:still )?(?:have|'ve got|have got|'ve had|have had) no refund\b|"
    r"\b(?:still no refund|no refund (?:yet|so far))\b|"
    r"\b(?:haven't|have not|hasn't|has not|not) (?:yet )?been refunded\b|\bn'(?:ai|avons) (?:toujours |pas encore |"
    r"toujours pas )?(?:pas )?(?:encore )?ete remboursee?s?\b|\btoujours pas (?:de remboursement|ete remboursee?s?)\b"
)


# The delivery itself said slow ("the delivery was slow", "slow shipping", « la livraison a été très lente »): not the
# website, the item or a courier's answers ("Delivery was quick but the kettle is slow", « livraison rapide, mais
# lente à chauffer », "Courier slow to answer my emails"), nor denied ("the delivery wasn't slow"), nor beside a parcel
# said to have come on time or quickly (`_ON_TIME`): then something else was slow.
_SLOW_DELIVERY = re.compile(
    r"\b(?:delivery|shipping|postage) (?:was |were |has been )?(?:(?:very|really|a bit|so|too|rather|quite|painfully|"
    r"incredibly|extremely) )?slow\b|\bslow (?:delivery|shipping|postage)\b|"
    r"\blivraison (?:(?:a ete|etait|est|tres|trop|un peu|super|hyper|bien) )*(?:lente|longue)\b"
)
_ON_TIME = re.compile(
    r"\b(?:came|arrived|delivered|got here|turned up|arrivee?s?|livree?s?|recue?s?) (?:\w+ ){0,2}?(?:"
    + "|".join((*ON_TIME_WORDS, "quickly", "promptly", "early", "fast", "rapidement", "vite"))
    + r")\b"
)


# The day the parcel was needed for, said to have been missed (`CustomerAsks.occasion_missed`): "Arrived too late for
# the wedding", "Missed the date I needed it for", "graduation was a week before it arrived", "It was supposed to arrive
# for my interview", « Arrivé trop tard pour le mariage », « La chemise devait arriver pour mon entretien lundi »,
# « reçue après l'anniversaire ». The reply apologises for it whatever the reason (`models.reply_drafter`'s
# `came_late`), so each form says the parcel came after the day: a day named of anything else ("It's for a wedding,
# the colour is wrong") says nothing.
_OCCASION = (
    r"(?:wedding|party|birthday|graduation|interview|prom|christening|baptism|holiday|trip|event|occasion|ceremony|"
    r"funeral|anniversary|christmas|housewarming|mariage|fete|anniversaire|entretien|bapteme|ceremonie|soiree|vacances|"
    r"voyage|noel|diplome|communion|obseques|enterrement|evenement|gala|bal|cremaillere|"
    # a shower, an engagement, a match or a show (« le tournoi », « mon premier live »)
    r"(?:baby )?shower|engagement(?: party)?|fiancailles|tournament|match(?! (?:with|for|to|my|the|your|our)\b)|"
    r"concert|recital|festival|competition|tournoi|spectacle|live|"
    # a race run (« la course solidaire », "the charity race"), not "of course"
    r"race|(?<!\bof )course|"
    # the first day of a term or a job ("ready for the first day of term", « pour la rentrée »)
    r"first day(?: (?:of|at) (?:term|school|work|(?:my |the |a )?(?:new )?job))?|start of term|rentree)"
)
_WHOSE = (
    r"(?:the|my|our|her|his|their|a|this|le|la|l'|les|mon|ma|mes|notre|son|sa|leur|un|une|ce|cette) ?(?:[\w']+ ){0,2}?"
)
# ... or a day said bare at the start of a sentence or an aside ("(birthday missed)", « Anniversaire raté »)
_WHOSE_MAYBE = "(?:" + _WHOSE + ")?"
# The parcel's coming, as the customer tells it ("by the time it arrived", "by the time I received it")
_PARCEL_CAME = (
    r"(?:(?:it|they|the \w+) (?:arrived|came|got here|turned up)|(?:i|we) (?:received|got) (?:it|them|the \w+))\b"
)
# ... and ended there, not the start of a longer sentence ("The party missed out on the cake")
_SAID_BARE_END = (
    r"(?= *(?:$|[.!?;:,)]| (?:but|and|so|because|thanks|due|owing|mais|et|donc|car|a cause|en raison|grace|"
    r"par la faute)\b))"
)
# The parcel came after the day it was bought or promised for ("meant for our wedding on the 14th. It arrived on the
# 17th", "Needed for a wedding on Saturday. Arrived Monday.", "meant for my dad's birthday last week ... too late now",
# "Promised delivery before our housewarming on the 3rd. Turned up on the 9th"), not merely came ("it arrived in 2
# pieces")
# ... and a day an item "was for" told with its date ("It was for a wedding last weekend", "for my cousin's engagement
# party on sat"): "It was for a birthday ... It arrived yesterday" tells of no day before the parcel
_DAY_PAST = (
    r" (?:last (?:week|weekend|night|\w+day)|on (?:the )?\d{1,2}(?:st|nd|rd|th)?\b|on (?:sat|sun|mon|tue|tues|wed|thu|"
    r"thur|thurs|fri)\w*\b)"
)
_CAME_AFTER = (
    r"(?:\b(?:arrived|came|got here|turned up|was delivered)(?: \w+){0,3}? (?:after|late|(?:on (?:the )?|the )"
    r"(?P<came>\d{1,2})(?:st|nd|rd|th)?|(?:on (?:a |the )?)?(?P<cameen>"
    + _WEEKDAY
    + r")|yesterday|today|\w+ days? later)\b|"
    # ... or only now ("its wednesday and it's only just come")
    r"\bonly (?:just )?(?:come|came|arrived|turned up|got here)\b|"
    r"\btoo late\b)"
)
# A time told before "after" (« après »): a length ("two days", "a full week", « trois jours »), a day ("the Monday"),
# or one adverb ("just", "well", « bien »)
_TIME_BEFORE = (
    r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|\d+|un|une|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs) )?(?:(?:full|whole|good|bonne|longue|petite?s?) )?"
    r"(?:days?|weeks?|months?|hours?|jours?|semaines?|mois|heures?) |the (?:day|week|" + _WEEKDAY + r") |"
    r"(?:just|only|well|long|right|shortly|juste|bien|longtemps|peu|seulement) |"
    r"(?:home|a la maison|chez (?:moi|nous)) )"
)
# Read where the parcel missed the day, not the customer: "missed" only with the parcel or nothing as its subject
# ("Missed the date I needed it for", "it missed the wedding"; not "I was ill and missed the wedding"), "late for" not
# of a person ("We were late for the party"), and a day the item was meant for only when the parcel came after it
# (`_CAME_AFTER`: not "It was meant for the wedding but the wedding is off", "Needed for the wedding on Saturday").
_PERSON_LATE = r"(?<!\bi was )(?<!\bwe were )(?<!\bi'm )(?<!\bwe're )(?<!\bi am )(?<!\bwe are )"
_OCCASION_MISSED_FORMS = (
    _PERSON_LATE + r"\b(?:too late|not in time|late) for " + _WHOSE + _OCCASION + r"\b|"
    r"(?:^|[.!?;:,] ?|\b(?:it|they|parcel|order|package|delivery|which|that) )missed "
    + _WHOSE
    + r"(?:"
    + _OCCASION
    + r"|date|day)\b|"
    r"\b" + _OCCASION + r" (?:was|were|had been)\b[^.!?]{0,30}\bbefore (?:it|they|the parcel|the order|the \w+) "
    r"(?:arrived|came|turned up|got here)\b|"
    r"\b(?:meant|supposed|needed|due) to (?:arrive|be here|come|be delivered) (?:for|by|before) "
    + _WHOSE
    + _OCCASION
    + r"\b|"
    r"\b(?:(?:meant|needed)(?: (?:it|them|this|these|one))? for |(?:it|they|the \w+) (?:was|were) for (?="
    + _WHOSE
    + _OCCASION
    + _DAY_PAST
    + r")|promised (?:it |them |delivery )?(?:for|by|before) )(?:"
    + _WHOSE
    + _OCCASION
    # ... or a weekday alone ("Needed for Saturday, came Monday"), compared with the one it came on in `day_missed`
    + r"\b(?: on the (?P<day>\d{1,2}))?|(?=(?:this |last |on |by )?"
    + _WEEKDAY
    + r"\b))(?:,? ?(?:this |last |on |by )?(?P<dayen>"
    + _WEEKDAY
    + r")\b)?(?=[^?]{0,150}?"
    + _CAME_AFTER
    + r")|"
    # (a time between: "arrived two days after the anniversary", "the Monday after", "just after", « arrivée trois
    # jours après la fête », not "in time but after the party")
    r"\b(?:arrived|came|delivered|turned up|got here) " + _TIME_BEFORE + r"?after " + _WHOSE + _OCCASION + r"\b|"
    # ... not in time for it ("It didn't arrive in time for the party", "The order never got here in time for ...")
    r"(?<!\bi )(?<!\bwe )\b(?:didn't|didnt|did not|never|wasn't|wasnt|was not) (?:arrive|come|get here|turn up|"
    r"show up|be delivered|delivered|reach (?:me|us)|got here|arrived|came|turned up) in time for "
    + _WHOSE
    + _OCCASION
    + r"\b|"
    # ... over by the time the parcel came ("holiday over by the time it got here", "By the time it arrived the
    # wedding was over", "The party was over by the time I received it"), come and gone without it ("My birthday came
    # and went without the dress", "First day came, no blazer"; not "no issues") or said missed with no subject
    # ("(birthday missed)", « Anniversaire raté »: `day_missed` reads it only beside a late parcel)
    r"\b" + _OCCASION + r" (?:was |were |had been |is )?(?:over|finished|gone|past) by the time " + _PARCEL_CAME + "|"
    r"\bby the time " + _PARCEL_CAME + ",? " + _WHOSE + _OCCASION + r" (?:was|were|had been) (?:over|finished|gone|"
    r"past)\b|"
    r"\b" + _OCCASION + r" (?P<without>came|has come|had come)(?: and (?:went|gone))?,? (?:and |but )?(?:still )?(?:no|"
    # (atomic: "without a single problem" is not read past its "a single" to a thing named)
    r"without)(?>(?: any| (?P<named>the|a|an|my|our|his|her|their))?(?: (?:single|real|major|big|slightest))?) "
    r"(?!(?:issues?|problems?|complaints?|trouble|hitch|"
    r"hitches|worries|fuss|drama|bother|snow|rain|one|regrets?)\b)\w|"
    r"(?:^|[.!?;:,(] ?)"
    + _WHOSE_MAYBE
    + _OCCASION
    + r" (?P<bare>missed|ratee?s?|manquee?s?|(?:has|had) been and gone)"
    + _SAID_BARE_END
    + "|"
    r"\btrop tard pour " + _WHOSE + _OCCASION + r"\b|"
    # « Les vacances étaient finies quand il est arrivé »
    r"\b" + _OCCASION + r" (?:etaient|etait|est|sont) (?:deja )?(?:finie?s?|terminee?s?|passee?s?) (?:quand|lorsque) "
    r"(?:il|elle|ils|elles|le colis|la commande|le \w+|la \w+) (?:est|sont) (?:arrivee?s?|livree?s?)\b|"
    r"\b(?:devait|devaient|aurait du|auraient du) (?:arriver|etre la|etre livree?s?) (?:pour|avant) "
    + _WHOSE
    + _OCCASION
    + r"\b|"
    r"\b(?:arrivee?s?|recue?s?|livree?s?) (?:le \d{1,2}(?:er)?,? |"
    + _TIME_BEFORE
    + r")?apres "
    + _WHOSE
    + _OCCASION
    + r"\b|"
    # « Le tournoi était samedi, les crampons sont arrivés lundi »
    r"\b"
    + _OCCASION
    + r" (?:etait|avait lieu|c'etait) (?:ce |le )?(?P<dayfr>"
    + _WEEKDAY_FR
    + r")\b[^.!?]{0,3}[.,;] ?[^.!?]{0,40}?"
    r"\b(?:arrivee?s?|livree?s?|recue?s?) (?:le |ce )?(?P<camefr>" + _WEEKDAY_FR + r")\b|"
    # ... and in English: "The communion was on Saturday. The dress arrived on Tuesday.", "The party was Saturday and it
    # came Monday"
    r"\b"
    + _OCCASION
    + r" (?:was|had been) (?:on |this |last )?(?:the )?(?P<daywas>"
    + _WEEKDAY
    + r")\b[^.!?]{0,3}(?:[.,;] ?| and (?:then )?)[^.!?]{0,40}?"
    r"\b(?:arrived|came|was delivered|were delivered|turned up|got here|showed up) (?:on |last |this )?(?:the )?"
    r"(?P<camewas>" + _WEEKDAY + r")\b|"
    # ... or the parcel for a day's occasion came a later weekday: « baskets pour la course de dimanche, livrées
    # mercredi », "trainers for the race on Sunday, delivered Wednesday"
    r"\bpour "
    + _WHOSE
    + _OCCASION
    + r"(?: \w+)? (?:de|du) (?P<dayfrfor>"
    + _WEEKDAY_FR
    + r")\b[^.!?]{0,3}[.,;] ?[^.!?]{0,40}?\b(?:arrivee?s?|livree?s?|recue?s?) (?:le |ce |que |seulement )*"
    r"(?P<camefrfor>" + _WEEKDAY_FR + r")\b|"
    r"\bfor "
    + _WHOSE
    + _OCCASION
    + r" (?:on |this |last )(?P<dayenfor>"
    + _WEEKDAY
    + r")\b[^.!?]{0,3}[.,;] ?[^.!?]{0,40}?\b(?:arrived|came|delivered|turned up|got here) (?:on |last |this |only )*"
    r"(?P<cameenfor>" + _WEEKDAY + r")\b|"
    r"\bpas (?:arrivee?s? |livree?s? |parvenue?s? )?a temps pour " + _WHOSE + _OCCASION + r"\b|"
    # « Commandée le 2 pour un mariage le 14 [...] Elle est arrivée le 17 » (the dates compared in `day_missed`)
    r"\bpour "
    + _WHOSE
    + _OCCASION
    + r" (?:le|du) (?P<dayfrn>\d{1,2})(?:er)?\b(?=[^?]{0,150}?\b(?:arrivee?s?|livree?s?|recue?s?) (?:(?:que|seulement|"
    r"finalement|enfin) )?le (?P<camefrn>\d{1,2})\b)"
)
OCCASION_MISSED = regex(_OCCASION_MISSED_FORMS)
# Every form of `OCCASION_MISSED` names an occasion (`_OCCASION`), a weekday (each ends in "day"), a date or a day: a
# text holding none of their words (most texts) cannot be read by it (`occasions_missed`).
_OCCASION_WORDS = needed_words(_OCCASION)
_OCCASION_OR_DAY_WORDS = None if _OCCASION_WORDS is None else (*sorted(_OCCASION_WORDS), "date", "day")

# A cause of the customer's own, just after a day said missed ("because I was ill", "I got the dates wrong", « car
# j'étais malade »)
_OWN_CAUSE = re.compile(
    r"[^.!?]{0,10}?\b(?:because|since|as|due to|owing to|car|parce qu|puisque|a cause d)\b|"
    r"[^.!?]{0,10}?\b(?:(?:i|we) (?:was|were|got|had|forgot|mixed|couldn't|could not|didn't|did not)|j'etais|"
    r"j'(?:ai|avais) (?:ete|oublie|confondu|du)|je n'ai pas pu|nous etions|on etait)\b"
)
# ... or the delivery, just after a day said missed ("Birthday missed thanks to your courier", « Anniversaire raté à
# cause du retard de livraison »): the parcel missed it, whatever else the text tells
_DELIVERY_BLAMED = re.compile(
    r" *,? *(?:thanks to|because of|due to|owing to|a cause|en raison|grace a|par la faute)(?: (?:of|the|your|a|du|de|"
    r"des|la|le|les|l'|votre|vos|d'un|d'une))* ?(?:(?:late|slow|delayed|useless) )?(?:courier|carrier|delivery|"
    r"driver|postman|post|shipping|delay|retard|livraison|livreur|livreuse|transporteur|colis|poste)\b"
)
# The parcel turned up after a day come and gone, told later in the text ("Now this one turns up", "then it finally
# arrived")
_TURNED_UP_AFTER = re.compile(
    r"[^?]{0,200}?\b(?:now|then|finally|only now|since)\b[^.!?]{0,25}\b(?:turns? up|turned up|arrives?|arrived|comes|"
    r"came|shows? up|showed up|gets? here|got here)\b"
)
# A day missed the customer says did not matter, just after it in its sentence ("Came after my birthday, which is fine",
# "It arrived after the party but that's fine", « Arrivée après l'anniversaire, mais ce n'est pas grave »)
_MISSED_NO_MATTER = re.compile(
    r"[^.!?]{0,40}?\b(?:(?:that|it|which)(?:'s| is| was) (?:fine|ok|okay|alright|no (?:problem|big deal|bother))|"
    r"(?:doesn't|does not|didn't|did not) matter|no harm done|(?:ce n'est|c'est|ce n'etait|c'etait) pas grave|"
    r"pas grave|sans importance|pas de souci|aucun souci|no problem|no worries|not a problem|all good|"
    r"no matter(?! (?:what|how|when|where|which|who))|"
    r"(?<!not )(?<!n't )(?<!pas )(?<!never )(?:just |juste )?(?:in time|a temps)|"
    # ... or came before it with time to spare ("it came on Tuesday so plenty of time", "the week before", « bien à
    # temps », « en avance »)
    r"plenty of time|in good time|with time to spare|ahead of time|(?:the|a) week before|(?:bien|largement) a temps|"
    r"en avance|(?:la|une) semaine avant|"
    r"(?:pas de|aucun) probleme)\b"
)


def occasions_missed(folded: str) -> Iterator[re.Match[str]]:
    """`OCCASION_MISSED`'s readings of the text, in order; a text that names no occasion, weekday, date or day
    (`_OCCASION_OR_DAY_WORDS`) is not scanned."""
    if _OCCASION_OR_DAY_WORDS is not None and not any(word in folded for word in _OCCASION_OR_DAY_WORDS):
        return iter(())
    return OCCASION_MISSED.finditer(folded)


def day_missed(folded: str, missed: re.Match[str]) -> bool:
    """Whether a day read by `OCCASION_MISSED` was missed: said not to matter just after (`_MISSED_NO_MATTER`), or a
    parcel said to come on a date before the day's own ("Meant for my birthday on the 3rd, it arrived on the 1st"),
    it was not (nor a weekday just before it: "Needed for Saturday, came Friday"); a day said missed with no subject
    ("birthday missed") was missed by the parcel where the delivery is blamed just after (`_DELIVERY_BLAMED`), else
    only where the text tells the parcel late (`late_delivery`) and names no cause of the customer's after it
    (`_OWN_CAUSE`: "Party missed because I was ill", "Wedding missed, I got the dates wrong"), and one come and gone
    with nothing named after it only beside a parcel told late or turned up since (`_TURNED_UP_AFTER`)."""
    day, came = missed.group("day") or missed.group("dayfrn"), missed.group("came") or missed.group("camefrn")
    early = day is not None and came is not None and int(came) <= int(day)
    for weekdays, day_group, came_group in (
        (_WEEKDAYS_FR, "dayfr", "camefr"),
        (_WEEKDAYS_EN, "dayen", "cameen"),
        (_WEEKDAYS_EN, "daywas", "camewas"),
        (_WEEKDAYS_FR, "dayfrfor", "camefrfor"),
        (_WEEKDAYS_EN, "dayenfor", "cameenfor"),
    ):
        day_named, came_named = missed.group(day_group), missed.group(came_group)
        if day_named and came_named:
            # a weekday after the day's, within half a week (« Le tournoi était samedi, ... arrivés lundi », "Needed
            # for Saturday, came Monday"), not one just before it (« ... arrivés jeudi », "... came on Friday")
            early = not 1 <= (weekdays.index(came_named) - weekdays.index(day_named)) % 7 <= 3
    blamed = missed.group("bare") and _DELIVERY_BLAMED.match(folded, missed.end())
    if missed.group("bare") and not blamed and (not late_delivery(folded) or _OWN_CAUSE.match(folded, missed.end())):
        return False
    if (
        missed.group("without")
        and not missed.group("named")
        and not (late_delivery(folded) or _TURNED_UP_AFTER.match(folded, missed.end()))
    ):
        # a day come and gone with no thing named ("without the dress") tells of the parcel only beside a late one, or
        # one turned up since ("First day came, no blazer. ... Now this one turns up"): not "My birthday came and went,
        # no one remembered"
        return False
    return not early and not _MISSED_NO_MATTER.match(folded, missed.end())


def late_delivery(folded: str) -> bool:
    """Whether the text says the parcel came late (`_LATE_DELIVERY`) or slowly (`_SLOW_DELIVERY`, unless `_ON_TIME`),
    not denied by the words just before."""
    late = list(_LATE_DELIVERY.finditer(folded))
    if not _ON_TIME.search(folded):
        late += _SLOW_DELIVERY.finditer(folded)
    return any(not denied(folded, match, NEGATION_IN_CLAUSE) for match in late)


def item_had(folded: str, read_for_faults: str) -> bool:
    """Whether the text tells of the item as in the customer's hands (`_ITEM_IN_HAND`), or of a fault of it, outside
    what the tracking or a courier is said to say (`_HEARSAY`): a parcel that did not come the way it should have
    ("The postman never came so I picked it up at the sorting office, the mug was chipped."), not one never had."""
    told = _HEARSAY.sub(" ; ", folded)
    if any(_in_hand(told, sign) for sign in _ITEM_IN_HAND.finditer(told)):
        return True
    told = packaging_blanked(_EARLIER_CLAUSE.sub(" ; ", _HEARSAY.sub(" ; ", read_for_faults)))
    return bool(_FAULTS_OF_THE_ITEM & set(kinds_found(FAULTS, told, negatable=True)))


def _in_hand(told: str, sign: re.Match[str]) -> bool:
    """Whether one sign of the item had (`_ITEM_IN_HAND`) says the customer has it: not guessed, asked or denied
    (`_NOT_HAD_BEFORE`), not left with someone else (`_HAD_ELSEWHERE`), and a fit not told of an earlier order."""
    if _NOT_HAD_BEFORE.search(words_before(told, sign.start())) or _HAD_ELSEWHERE.match(told, sign.end()):
        return False
    if _FETCHED.search(sign[0]) and _FOUND_NOTHING.match(told, sign.end()):
        # gone to fetch it where it was left, and the place had nothing ("I had to collect it from the depot but they
        # couldn't find it", « Je suis allée le chercher au bureau de poste mais ils n'ont pas trouvé mon colis »)
        return False
    return not (_FIT_SAID.search(sign[0]) and _EARLIER_CLAUSE.search(clause_around(told, sign)))


# A return already sent back or refunded, then a turn to another item ("Thanks for the quick refund last month on the
# toaster! Now the kettle has stopped working", « Merci pour le remboursement de la robe bleue. Par contre la rouge a
# une fermeture cassée. »): the text is a new return and the earlier one is told in passing. Not a refund still
# discussed after the turn ("I sent it back but still no refund, and it was broken anyway"), nor money charged ("the
# refund came through, but I was charged for the label on a faulty kettle").
# Words that tell of the time before the item went back: the past before the past ("had snapped", « avait craqué »),
# its arrival ("when they arrived", « à la réception ») or its posting ("before I posted them"); not another item the
# customer had bought, ordered or kept ("However, the jacket I had kept has a hole")
_BEFORE_IT_WENT_BACK = (
    r"had (?:already |been |just )?(?!(?:bought|ordered|kept|got|purchased|chosen|picked)\b)\w+(?:ed|en|t|n)|"
    r"(?:was|were) already|when (?:it|they|the \w+) (?:arrived|came)|on arrival|"
    r"(?:before|when) (?:i|we) (?:sent|posted|returned|packed)|from the (?:start|beginning|first day)|"
    r"(?:etait|etaient|avait|avaient) deja|a (?:la reception|l'arrivee|la livraison)|avant de (?:le |la |les |l')?"
    r"(?:renvoyer|retourner|poster)|des (?:la reception|le debut|l'ouverture)"
)
_TURN = re.compile(
    # another item or a new moment: "now", "the red one", "the second pair", « la rouge », « celle-ci », "today"
    r"\b(?:this one|this time|the other|another|the second|the new|par contre|en revanche|cette fois|l'autre|"
    r"celui-ci|celle-ci|le second|la seconde|le deuxieme|la deuxieme)\b|"
    # a moment, unless the customer only learns of the item sent back then ("Today I realised it was leaking from the
    # start", "Now I remember the heel was already broken", « Aujourd'hui je vois que la fermeture était cassée »)
    r"\b(?:now|today|this morning|aujourd'hui|ce matin)\b(?!,? (?:i|we|je|j'ai|nous)(?:'ve| have| had| ai)? "
    r"(?:see|saw|seen|realis\w*|realiz\w*|notic\w*|remember\w*|recall\w*|found|find|discover\w*|vois|voyons|vu|"
    r"constate\w*|remarque\w*|m'apercois|me rends compte|me souviens|decouvre\w*)\b)|"
    r"\b(?:the|la|le|les) " + COLOURS + r"(?:s? ones?|s)?\b|"
    # a contrast that opens a sentence (« Mais la rouge a un trou »), not one inside the story of the item returned
    # ("It was a shame because the colour was lovely but the zip broke"), nor one whose sentence tells of the time
    # before it was sent back ("However the heel had snapped when they arrived", « Cependant la fermeture était déjà
    # cassée à la réception »): the fault of the return made
    r"(?:^|[.!?;] )(?:but|however|though|unfortunately|sadly|mais|cependant|pourtant|malheureusement|sauf que)\b"
    r"(?![^.!?;]{0,150}\b(?:" + _BEFORE_IT_WENT_BACK + r")\b)"
)
# A return asked of another item after the turn: "Now I'd like to return this jacket", « je voudrais échanger la rouge »
_RETURN_ASKED = re.compile(
    r"\b(?:return|returning|send (?:it|them|this|these) back|exchange|swap|renvoyer|retourner|renvoie|retourne|"
    r"echanger)\b"
)
_MONEY_WORDS = re.compile(
    r"\b(?:refund\w*|money|charged|fees?|paid|costs?|rembours\w*|argent|frais|factur\w*|payee?s?)\b|[£€$]"
)


def new_return_after(folded: str, kind: str) -> bool:
    """Whether the text, after it first says the item was sent back or refunded (`kind`), turns (`_TURN`) to a fault,
    a hazard, a size complaint or a return of its own (`_RETURN_ASKED`), not to the refund or to money
    (`_MONEY_WORDS`)."""
    reading = first_reading(REQUESTS[kind], folded)
    if reading is None:
        return False
    rest = folded[reading.end() :]
    if not _TURN.search(rest.lstrip(" ,")) or _MONEY_WORDS.search(rest):
        return False
    return bool(
        kinds_found(FAULTS, rest, negatable=True)
        or hazards_found(rest)
        or SIZE_COMPLAINT.search(rest)
        or _RETURN_ASKED.search(rest)
    )


# The item told packed too poorly for the journey: "packaging was inadequate", "badly packed", "a flimsy mailer with no
# stiffener", "Needs much better packaging", « mal emballé », « un calage insuffisant », « sans carton d'expédition »
# (`CustomerAsks.poorly_packed`): the shop's packing, which the reply passes on; not packed well ("well packed", « bien
# emballé ») nor too much of it (`packaging_complaint`).
_PACKED = r"(?:packed|packaged|wrapped|boxed|protected|emballee?s?|protegee?s?)"
POORLY_PACKED = re.compile(
    r"\b(?:poorly|badly|inadequately|carelessly|insufficiently|shoddily|terribly|barely|(?:not|wasn't|weren't|"
    r"was not|were not) (?:properly|well|securely|adequately|very well|sufficiently))(?: \w+)? " + _PACKED + r"|"
    r"\b(?:packaging|packing|padding|protection|wrapping)(?: \w+){0,2}? (?:was |were |is |completely |totally |"
    r"very |really |woefully |just )*(?:inadequate|insufficient|poor|flimsy|useless|non-existent|nonexistent|a joke|"
    r"pathetic|minimal|not (?:good|great|enough|sufficient|adequate|up to (?:much|scratch))|(?<!not )(?<!n't )(?:bad|"
    r"terrible|awful|rubbish|shocking|appalling|dreadful))\b|"
    r"\b(?:flimsy|thin|no|without (?:any )?) ?(?:mailer|envelope|padding|bubble wrap|protection|stiffener|"
    r"packaging|packing)\b(?= (?:with|at all|whatsoever|around|inside|to protect)\b| no stiffener)|"
    r"\b(?:needs?|could do with|deserves?) (?:much |far |a lot |a bit |way )?better (?:packaging|packing|protection)\b|"
    r"\b(?:mal|pas (?:assez|bien|correctement|suffisamment)|insuffisamment|n'etait pas (?:bien|correctement|assez)) "
    r"(?:emballee?s?|protegee?s?|calee?s?)\b|"
    r"\b(?:emballage|calage|protection|rembourrage)(?: \w+){0,2}? (?:etait |est |totalement |completement |vraiment |"
    r"tres )*(?:insuffisante?|inexistante?|minimaliste|ridicule|inadaptee?|leger|legere|nul|nulle|catastrophique|"
    r"deplorable|lamentable|pas (?:terrible|suffisante?|adaptee?|bon|bonne))\b|"
    r"\bl'emballage n'(?:etait|est) pas (?:bon|terrible|suffisant|adapte|a la hauteur)\b|"
    # a token layer around the item or nothing at all ("Only a sheet of paper around it", "nothing to protect it",
    # « juste une feuille de papier autour », « rien pour le protéger »), not a sheet found in the box instead of it
    r"\b(?:only|just|merely|nothing but|juste|seulement|simplement|qu'une?) (?:a |one |une? )?(?:single |thin |"
    r"flimsy |fine |seule |simple |petite? )?(?:sheet|piece|layer|scrap|bit|feuille|morceau|couche|bout)s? "
    r"(?:of |de |d')(?:\w+ ){0,2}?(?:paper|tissue|newspaper|cardboard|card|bubble wrap|papier|carton|journal|"
    r"papier bulle)\b"
    r"(?: \w+)?(?= (?:around|round|wrapped|to protect|as (?:padding|protection)|autour|pour (?:le |la |les |l')?"
    r"proteger|comme (?:protection|calage))\b)|"
    r"\b(?:nothing|no padding|no protection|rien|aucune protection|aucun calage) (?:at all )?(?:(?:to protect|"
    r"protecting|to cushion) (?:it|them|the \w+)|around (?:it|them)\b(?! (?:is|are|was|were|fits?)\b)|"
    r"pour (?:le |la |les |l')?(?:proteger|caler)|autour(?= *(?:$|[.!?;:,])))|"
    # (« sans protection » of the parcel, not a product's feature: « La boîte indique sans protection UV »)
    r"\bsans (?:aucun |aucune )?(?:calage|protection|papier bulle|carton d'expedition|rembourrage)\b"
    r"(?! (?:uv|solaire|anti[\w-]*|contre|thermique|auditive|des yeux|de la peau|pour (?:les|la|le) (?:yeux|peau|"
    r"cheveux|tete)))"
)
# ... or what the shop sends next asked packed better: "please pack it properly this time", "send a new one, well
# packed this time", « Remboursement ou nouveau vase, emballé cette fois », « Merci de m'en renvoyer un, mieux
# protégé »: read only where its sentence asks something of the shop before it (`_ASKED_OF_THE_SHOP`), not a packing
# praised this time ("it was well packed this time, unlike last order", « Il était bien emballé cette fois »)
BETTER_PACKING_ASKED = re.compile(
    r"\b(?:pack|package|wrap|box|protect) (?:it|them|the \w+|this|the replacement|one)? ?(?:(?:more )?properly|"
    r"better|more carefully|carefully|securely|with (?:more )?care)\b(?: \w+){0,2}? (?:this time|next time)|"
    r"\b" + _PACKED + r"(?: \w+){0,2}? (?:this time|next time|cette fois(?:-ci)?|la prochaine fois)\b|"
    r"\bmieux (?:emballee?s?|protegee?s?|calee?s?)\b"
)
_ASKED_OF_THE_SHOP = re.compile(
    r"\b(?:please|pls|could you|can you|would you|will you|send|resend|new one|another|a new|replacement|replace|"
    r"make sure you|i'd like|i would like|i want|merci de|pouvez-vous|pourriez-vous|pouvez vous|renvoy\w*|envoy\w*|"
    r"nouveau|nouvelle|neuf|neuve|un autre|une autre|remplacement|svp|s'il vous plait|j'aimerais|je voudrais|"
    r"je souhaite)\b"
)
# ... nor in a sentence of the customer's own packing or sending back ("I'll make sure it's packed properly this
# time", "My husband will pack it better this time", "I have no packaging at all to send it back in", « Je vais le
# renvoyer bien emballé cette fois », « je le renverrai sans carton d'expédition », « je le renvoie sans protection »)
_OWN_PACKING = re.compile(
    r"\b(?:i'll|i will|i need to|i have to|i must|i'm going to|i am going to|i'd better|we'll|we will|we need to|"
    r"(?:my|our) \w+ will|i have no|i've no|i've got no|i don't have|i do not have|we have no|we don't have|"
    r"i have nothing|i've nothing|i've got nothing|we have nothing|"
    r"to send (?:it|them) back|send (?:it|them) back in|je vais|on va|nous allons|je (?:le |la |les )?renverrai|"
    r"je (?:le |la |les )?renvoie|je dois|je n'ai (?:plus|pas)|on n'a (?:plus|pas)|pour (?:le |la |les )?renvoyer)\b"
)


# ... nor nothing to protect had by anything but the parcel: a product's design ("the case has nothing to protect the
# camera", « cette coque n'a rien pour protéger l'écran »); "the box had nothing to protect it" is the parcel's
_HAD_BY_THE_ITEM = re.compile(
    r"\b(?!(?:box|boxes|parcel|package|packaging|envelope|mailer|carton|colis|paquet|emballage|boite|enveloppe)\b)"
    r"[\w']+ (?:has|have|had|n'a|n'ont|n'avait|n'avaient) $"
)


# ... nor packaging judged for the planet or for being too much ("not great for the environment, far too much plastic",
# « pas bon pour la planète, trop de plastique »): `packaging_complaint`'s
_TOO_MUCH_OR_THE_PLANET = re.compile(
    r"\b(?:too much|so much|far too much|way too much|excessive|environment|planet|eco|recycl\w*|trop de|tellement de|"
    r"planete|environnement|ecolo\w*)\b"
)


def poorly_packed(folded: str) -> bool:
    """Whether the text says the item was packed too poorly (`POORLY_PACKED`) or asks what the shop sends next packed
    better (`BETTER_PACKING_ASKED` after an ask, `_ASKED_OF_THE_SHOP`), not denied in its clause ("it wasn't poorly
    packed, the courier dropped it") nor in a sentence of the customer's own packing or sending back
    (`_OWN_PACKING`)."""
    for pattern, asked in ((POORLY_PACKED, False), (BETTER_PACKING_ASKED, True)):
        for match in pattern.finditer(folded):
            begin, end = sentence_bounds(folded, match.start(), match.end())
            if (
                denied(folded, match, NEGATION_IN_CLAUSE)
                or _OWN_PACKING.search(folded, begin, end)
                or _TOO_MUCH_OR_THE_PLANET.search(folded, begin, end)
                or _HAD_BY_THE_ITEM.search(folded[max(begin, match.start() - 40) : match.start()])
            ):
                continue
            if not asked or _asked_before(folded, begin, match.start()):
                return True
    return False


# ... a packing told as what happened between the ask and it ("Please note it was well packed this time")
_TOLD_AS_DONE = re.compile(r"\b(?:was|were|is|it's|arrived|came|etait|est arrivee?|sont arrivee?s|a ete)\b")


def _asked_before(folded: str, begin: int, end: int) -> bool:
    """Whether `folded[begin:end]` asks something of the shop (`_ASKED_OF_THE_SHOP`) and tells nothing as done after
    its last ask (`_TOLD_AS_DONE`)."""
    asks = list(_ASKED_OF_THE_SHOP.finditer(folded, begin, end))
    return bool(asks) and not _TOLD_AS_DONE.search(folded, asks[-1].end(), end)


# The day of an occasion told past, and the parcel come on a later day (`occasion_day_passed`): "The wedding was on
# Saturday, the dress arrived Tuesday", "Wedding was Saturday just gone. Dress turned up Tuesday.", "The wedding was on
# the 14th; the dress came on the 17th", "Scout camp was last weekend, sleeping bag arrived Tuesday", "Needed for the
# wedding on Saturday, got it Tuesday", « Le mariage a eu lieu samedi, la robe est arrivée mardi », « La communion,
# c'était samedi. La robe est arrivée mardi. »: the day the item was for is gone, whatever the words for it.
_EVENT = (
    r"(?:" + _OCCASION + r"|camp|camping trip|viewing|exam|game|show|meeting|dinner|photo ?shoot|shoot|gig|play|"
    r"marathon|hen (?:do|party|night)|stag (?:do|party|night)|school trip|sports day|date night|ball|dance|"
    r"examen|rendez-vous|seance photo|kermesse|colonie|sortie|reveillon|repas|diner|defile|course|competition)"
)
_DAY_NAME = (
    r"(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche"
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)
# A date of the month: an ordinal ("the 14th", « le 1er ») or a number after "the"/« le » ("on the 14", « le 18 »),
# never a length ("3 hours long", "5 minutes before")
_DATE_OF_MONTH = (
    r"(?:(?<=the )|(?<=le )|(?<=du ))\d{1,2}(?:st|nd|rd|th|er)?\b(?! (?:hours?|minutes?|days?|weeks?|months?|"
    r"heures?|jours?|semaines?|mois)\b)|\d{1,2}(?:st|nd|rd|th|er)\b|\d{1,2}(?= (?:" + _MONTHS + r")\b)"
)
# the occasion's day: a weekday, a date, or a time told past ("last weekend", « le week-end dernier »)
_EVENT_DAY = (
    r"(?:(?:on |this |last |the |le |ce )*(?:(?P<wday>"
    + _DAY_NAME
    + r")\b(?: (?:the )?(?P<wdate>\d{1,2})(?:st|nd|rd|th)?"
    r"\b)?|(?P<date>"
    + _DATE_OF_MONTH
    + r")(?: (?:"
    + _MONTHS
    + r"))?)|(?P<past>last (?:weekend|night|week)|(?:le )?week-end dernier|"
    r"hier soir|la semaine derniere))"
)
# the parcel's coming on a day: a weekday, a date, "the following Tuesday", or only now ("this morning", « hier »)
_CAME_ON = (
    r"\b(?:arrived|came|turned up|got here|showed up|was delivered|were delivered|got (?:it|them)|received (?:it|them)|"
    r"arrivee?s?|livree?s?|recue?s?)\b(?: (?:only|finally|eventually|on|the|seulement|finalement|enfin|que|le|ce))* ?"
    r"(?:(?P<following>following |suivant )?(?P<cwday>" + _DAY_NAME + r")\b(?: (?:the )?(?P<cwdate>\d{1,2})(?:st|nd|rd|"
    r"th)?\b)?(?P<cfollowing> suivant)?|(?P<cdate>" + _DATE_OF_MONTH + r")|(?P<now>yesterday|today|this "
    r"(?:morning|afternoon)|hier|aujourd'hui|ce matin))"
)
_OCCASION_DAY_PASSED = re.compile(
    # told past: "the wedding was on Saturday", "house viewing that was on Saturday", « le mariage a eu lieu samedi »;
    # or the item's purpose with its day: "Needed for the wedding on Saturday", "bought for my party on the 14th"
    r"\b(?:" + _EVENT + r"\b[^.!?]{0,25}?\b(?:was|were|had been|took place|happened|etait|a eu lieu|avait lieu|c'etait|"
    r"s'est tenue?)\b,? |"
    r"(?:needed|wanted|bought|ordered|got|meant|pour) (?:it |them |this |these |ca )?(?:for )?"
    + _WHOSE
    + _EVENT
    + r" (?:on |this |last |de |du |le )?(?:the )?)"
    + _EVENT_DAY
)
_PARCEL_CAME_ON = re.compile(_CAME_ON)
# ... the parcel told right after the occasion's day, as the thing for it ("..., the dress arrived", "Dress turned up",
# « , la robe est arrivée », "and then it came"): nothing else told between ("The exam was on Monday so I was busy; the
# jumper arrived Tuesday", "The show was on Saturday, but I bought the dress for work; it arrived Tuesday")
_PARCEL_NEXT = re.compile(
    r"(?: ?(?:just gone|dernier|derniere))?[ ,.;:!-]*(?:(?:and|but|then|so|et|mais|puis) )*(?:(?:it|they|il|elle|ils|"
    r"elles|the|my|our|her|his|their|this|these|la|le|les|l'|ma|mon|mes|notre|nos|sa|son|ses|leur|leurs)(?: |(?<=l')))?"
    r"(?:(?!(?:i|we|you|je|nous|vous|j'\w*)\b)[\w'-]+ ){0,6}?"
    r"(?:(?:only|finally|eventually|seulement|finalement|enfin) )?(?:(?:est|sont|a ete|ont ete|n'est|ne sont) )?"
)
# ... nor a parcel that came in time for what it was for ("perfect timing for my trip", « juste à temps pour »)
_CAME_IN_TIME = re.compile(r"[^.!?]{0,40}?\b(?:perfect timing|just in time|in time for|juste a temps|a temps pour)\b")


_WEEKDAY_INDEX: dict[str, int] = {
    **{day[:3]: index for index, day in enumerate(_WEEKDAYS_EN)},
    **{day[:3]: index for index, day in enumerate(_WEEKDAYS_FR)},
}


def _day_index(name: str | None) -> int | None:
    """A weekday's index (Monday 0) from its English or French name or English abbreviation ("tues", "sat")."""
    return _WEEKDAY_INDEX.get(name[:3]) if name else None


def _number(date_of_month: str) -> int:
    """The day of the month a date is written with ("14th", "1er": 14, 1)."""
    return int(re.match(r"\d+", date_of_month)[0])


def _came_later(day: re.Match[str], came: re.Match[str]) -> bool:
    """Whether the parcel's day (`came`) is after the occasion's (`day`): a later date of the month (by at most 20
    days), a weekday one to four days on or "the following" one, or any weekday or "this morning" after a day told past
    ("last weekend", « hier soir »)."""
    told_date, came_date = day["date"] or day["wdate"], came["cdate"] or came["cwdate"]
    if told_date and came_date:
        return 0 < _number(came_date) - _number(told_date) <= 20
    told_on, came_on = _day_index(day["wday"]), _day_index(came["cwday"])
    if told_on is not None and came_on is not None:
        return bool(came["following"] or came["cfollowing"]) or 1 <= (came_on - told_on) % 7 <= 4
    return bool(day["past"] and (came["cwday"] or came["now"]))


def occasion_day_passed(folded: str) -> bool:
    """Whether the text tells the day of an occasion (`_OCCASION_DAY_PASSED`) and the parcel come on a later day
    (`_came_later`) in its sentence or the next (`_PARCEL_CAME_ON`); not a day the parcel came before ("The party was on
    Saturday, it came on Thursday"), nor one said not to matter just after (`_MISSED_NO_MATTER`)."""
    for day in _OCCASION_DAY_PASSED.finditer(folded):
        ends = [end.end() for end in itertools.islice(SENTENCE_END.finditer(folded, day.end()), 2)]
        window_end = min(ends[-1] if ends else len(folded), day.end() + 160)
        came = _PARCEL_CAME_ON.search(folded, day.end(), window_end)
        if (
            came
            and _PARCEL_NEXT.fullmatch(folded, day.end(), came.start())
            and _came_later(day, came)
            and not _MISSED_NO_MATTER.match(folded, came.end())
            and not _CAME_IN_TIME.match(folded, came.end())
        ):
            return True
    return False


# The day an item was for, told apart from the parcel's coming (`occasion_told_apart`): "It was for my sister's
# wedding. The colour was lovely. It came on the Monday after.", "Bought the frame for the ceremony on the 4th. The
# tracking had it stuck at the depot until the 7th.", « Le pull de Noël est arrivé le 29 décembre. »: the item's
# purpose, not any event told (an exam the customer sat), and a coming after its day, wherever the text tells it.
_FOR_THE_DAY = re.compile(
    r"\b(?:(?:it|they|this|these|that|which) (?:was|were|is|are) (?:(?:meant|bought|needed|supposed to be) )?for |"
    r"(?:bought|ordered|got|chose|needed|wanted|meant|intended|planned)(?: [\w'-]+){0,4}? (?:for|to wear (?:to|at)) |"
    r"to wear (?:to|at|for) |(?:pour|destinee?s? a|prevue?s? pour) (?:(?:porter|mettre) )?(?:a |au |aux )?)"
    r"(?P<whose>" + _WHOSE + r")" + _EVENT + r"\b(?P<day>[^.!?]{0,20}?" + _EVENT_DAY + r")?"
)
# ... a day of the calendar's own ("Christmas jumper", "for Christmas", « le pull de Noël », « pour le réveillon du 31
# »): its date is known (month, day); not a time of year named for a sale, a rush or a holiday ("the Christmas sale",
# « les vacances de Noël »), nor a time before or after it ("ordered before Christmas")
_CALENDAR_DAYS: dict[str, tuple[int, int]] = {
    "christmas|xmas|noel": (12, 25),
    "new year's eve|nye|reveillon du (?:31|nouvel an)|saint-sylvestre|saint sylvestre": (12, 31),
    "halloween": (10, 31),
    "valentine'?s(?: day)?|saint-valentin|saint valentin": (2, 14),
}
_NOT_THE_DAY = (
    r"(?:sales?|rush|period|break|holidays?|shopping|orders?|deliver(?:y|ies)|deadline|post|opening|hours|closure|"
    r"soldes|periode|vacances|commandes?|livraisons?|courses|achats|promos?|ouverture)\b"
)
_CALENDAR_DAY = re.compile(
    r"(?<!\bbefore )(?<!\bafter )(?<!\bsince )(?<!\buntil )(?<!\bavant )(?<!\bapres )(?<!\bdepuis )(?<!\bjusqu'a )"
    r"\b(?:" + "|".join(f"(?P<d{index}>{words})" for index, words in enumerate(_CALENDAR_DAYS)) + r")\b"
    r"(?! " + _NOT_THE_DAY + r")"
)
_BEFORE_THE_DAY = re.compile(r"\b(?:the|les|des|la|le) " + _NOT_THE_DAY + r"(?: (?:de|du|for))? $")
_MONTH_NUMBERS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "janvier"),
            ("feb", "fevrier"),
            ("mar", "mars"),
            ("apr", "avril"),
            ("may", "mai"),
            ("jun", "juin"),
            ("jul", "juillet"),
            ("aug", "aout"),
            ("sep", "septembre"),
            ("oct", "octobre"),
            ("nov", "novembre"),
            ("dec", "decembre"),
        ),
        start=1,
    )
    for name in names
}
# ... and the parcel's coming: a verb of arrival, or the parcel held until a day ("stuck at the depot until the 7th",
# « bloqué au dépôt jusqu'au 7 »), then its day: after the occasion ("the Monday after", "two days after", « le
# lendemain », « le lundi d'après »), or a date with or without its month ("on the 7th", « le 29 décembre », "January
# 3rd")
_CAME_WORDS = (
    r"(?:arrived|came|turned up|got here|showed up|was delivered|were delivered|got (?:it|them)|received (?:it|them)|"
    r"arrivee?s?|livree?s?|recue?s?|(?:until|till|to|jusqu'(?:au|a)) (?=(?:the )?\d))"
)
_DAY_OF = (
    r"(?:(?P<n1>\d{1,2})(?P<ord>st|nd|rd|th|er)?(?: (?:of )?(?P<m1>" + _MONTHS + r"))?|(?P<m2>" + _MONTHS + r") "
    r"(?P<n2>\d{1,2})(?:st|nd|rd|th)?)\b"
)
# ... a bare number a date only after "the", « le »: not a count ("arrived 2 days early", « reçu 3 robes »)
_DATE_WORD_BEFORE = re.compile(r"\b(?:the|le|du|au|jusqu'au|jusqu'a) $")
_CAME_AFTER_THE_DAY = re.compile(
    r"\b" + _CAME_WORDS + r"(?: (?:only|finally|eventually|on|seulement|finalement|enfin|que|qu'))* ?"
    r"(?:(?P<after>(?:(?:on )?(?:the |le |la )?(?:(?:" + _DAY_NAME + r"|day|week|weekend|semaine)|(?:a|one|two|"
    r"three|four|five|several|a few|\d+|un|une|deux|trois|quatre|cinq|quelques) (?:days?|weeks?|jours?|semaines?)) "
    r"(?:after|d'apres|suivante?|apres)|le lendemain)(?= *(?:$|[.!?;:,)]| (?:and|but|so|et|mais|donc)\b)))|"
    r"(?:on |the |le |du |au )*" + _DAY_OF + ")"
)
_PARCEL_WORDS = re.compile(
    r"\b(?:tracking|depot|courier|parcel|package|delivery|delivered|arrived|came|turned up|suivi|colis|depot|"
    r"transporteur|livraison|livree?s?|arrivee?s?|recue?s?)\b"
)


def _calendar_day(match: re.Match[str]) -> tuple[int, int]:
    """The (month, day) of a day of the calendar read by `_CALENDAR_DAY`."""
    return next(day for index, day in enumerate(_CALENDAR_DAYS.values()) if match.group(f"d{index}"))


def _after_in_the_year(came: tuple[int, int], day: tuple[int, int]) -> bool:
    """Whether the day `came` (month, day) is after `day` by 1 to 40 days, across the year's end."""
    return 0 < (came[0] - day[0]) % 12 * 31 + came[1] - day[1] <= 40


def occasion_told_apart(folded: str) -> bool:
    """Whether the text tells the occasion the item was for (`_FOR_THE_DAY`, or a day of the calendar's own:
    `_CALENDAR_DAY`) and, later in the text (another sentence or the same), the parcel come after its day
    (`_CAME_AFTER_THE_DAY`): "after" it, or a date after the occasion's own date (the calendar's, or the one told with
    it: "for the ceremony on the 4th ... until the 7th"); not said not to matter or in time just after
    (`_MISSED_NO_MATTER`)."""
    days: list[tuple[int, tuple[int, int] | None, int | None]] = []
    for purpose in _FOR_THE_DAY.finditer(folded):
        told = purpose.group("date") or purpose.group("wdate")
        days.append((purpose.end(), None, _number(told) if told else None))
    for calendar in _CALENDAR_DAY.finditer(folded):
        if not _BEFORE_THE_DAY.search(words_before(folded, calendar.start())):
            days.append((calendar.end(), _calendar_day(calendar), None))
    for end, calendar_day, date_told in days:
        for came in _CAME_AFTER_THE_DAY.finditer(folded, end):
            if _MISSED_NO_MATTER.match(folded, came.end()) or _CAME_IN_TIME.match(folded, came.end()):
                continue
            # a date without a verb of arrival ("until the 7th") only in a sentence of the parcel's journey
            start = max((mark.end() for mark in SENTENCE_END.finditer(folded, 0, came.start())), default=0)
            if not _PARCEL_WORDS.search(folded, start, came.end()):
                continue
            number = came.group("n1") or came.group("n2")
            month = came.group("m1") or came.group("m2")
            bare = came.group("n1") and not (month or came.group("ord"))
            if bare and not _DATE_WORD_BEFORE.search(folded, max(0, came.start("n1") - 10), came.start("n1")):
                continue
            if came.group("after"):
                late = True
            elif calendar_day is not None:
                late = bool(number and month) and _after_in_the_year(
                    (_MONTH_NUMBERS[month[:3] if month[:3] in _MONTH_NUMBERS else month], int(number)), calendar_day
                )
            else:
                late = date_told is not None and number is not None and 0 < int(number) - date_told <= 20
            if late:
                return True
    return False
