"""Requests: what the customer asks the shop to do (refund, exchange, collection, a label, a call ...), the money back
preferred, and questions.
"""

from __future__ import annotations

import re

from features.customer_asks.clauses import NEGATION_WORDS, SENTENCE_END
from features.customer_asks.fit import CUT_ASKED, PETITE_VERSION_FR, WAY_FR
from features.customer_asks.kinds import REQUEST_KINDS
from features.customer_asks.sizes import ARTICLE, COLOURS, FALLBACK_AFTER, MONTHS_FR, SEARCH_ADVERBS, SIZE
from features.text import regex, sentence_bounds, words_before

# A time before the order this text is about ("last month", "on my previous order", « il y a deux semaines », « la
# dernière fois »): what the words just before it tell of happened to an earlier order.
EARLIER_ORDER = (
    r"(?:last (?:time|week|month|year|order|spring|summer|autumn|fall|winter|christmas)|(?:my|a|an|the|your) (?:last|"
    r"previous|earlier|other|old|first) (?:order|purchase|return)|previously|before|earlier|the other day|back in|"
    r"(?:a|an|one|two|three|four|five|six|a few|a couple of|several|\d+) (?:days?|weeks?|months?|years?) ago|"
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"la derniere fois|la semaine derniere|l'(?:annee|an) derniere?|le mois dernier|precedente?|l'autre jour|"
    r"(?:ma|une|mon|votre) (?:derniere|ancienne|autre|premiere) (?:commande|achat)|"
    r"il y a (?:\w+ ){0,2}(?:jours?|semaines?|mois|ans|annees?)|en " + MONTHS_FR + r")"
)
# A time a refund is promised in ("within 5 working days", « sous 10 jours »).
_WITHIN_DAYS = (
    r"(?:within|in|by|after|sous|dans|en) (?:\d+|a|one|two|three|four|five|six|seven|ten|fourteen|a few|un|une|deux|"
    r"trois|cinq|sept|dix|quinze|quelques) (?:working |business |ouvres )?(?:days?|weeks?|jours?|semaines?)\b"
)
# What is exchanged when words are, not an item: emails, messages, numbers.
_WORDS_SWAPPED = (
    r" (?:des |nos |quelques |plusieurs |more |a few |some )?(?:e-?mails?|mails?|messages?|courriels?|words|mots|"
    r"numbers|numeros|contact details|coordonnees|texts|sms)\b"
)
# The carriers that collect a return; any of them, one that collected the return, told done (`RETURN_SENT`)
_CARRIERS: tuple[str, ...] = (
    "courier",
    "driver",
    "collector",
    "dpd",
    "ups",
    "evri",
    "hermes",
    "dhl",
    "fedex",
    "yodel",
    "parcelforce",
    "royal mail",
)
CARRIER = "(?:" + "|".join(_CARRIERS) + ")"
# What a collection is asked of (`REQUESTS["collect"]`)
_COLLECTED_THING = r"(?:it|them|this(?: one)?|these|the (?:item|parcel|package|box))"
# ... not by the customer, who fetched it or has to ("I had to collect it from the depot", "they left it at the depot
# so I have to pick it up", "I'll pick it up from the post office", "too big for the locker, so I collected it"), or
# went to a pickup place to ("Went to the post office to collect it", "drove to the depot to pick it up"); not someone
# sent round or over to, the shop's courier ("send someone round to collect it"), nor to the customer's own place
# ("come to my office to collect it")
_PLACES_GONE_TO = (
    "post office", "sorting office", "delivery office", "depot", "parcel shop", "locker", "collection point",
    "pickup point", "pick-up point", "pick up point", "parcel point", "relay point",
)  # fmt: skip
_FETCHED_BY_THE_CUSTOMER = (
    r"(?<!\bhad to )(?<!\bwent to )(?<!\bi have to )(?<!\bwe have to )(?<!\bi need to )(?<!\bi'll have to )"
    r"(?<!\bi'll )(?<!\bi will )(?<!\bi must )(?<!\bi can )(?<!\bi could )(?<!\bi )(?<!\bwe )(?<!\bi've )"
    r"(?<!\bwe've )(?<!\bi have )(?<!\bi already )(?<!\bi just )"
    + "".join(rf"(?<!\b{place} to )" for place in _PLACES_GONE_TO)
)
# ... nor by the carrier, whose collection is told done ("The courier collected it last week but I have no refund"):
# each carrier by its last word ("royal mail" as "mail")
_COLLECTED_BY_THE_CARRIER = "".join(
    rf"(?<!\b{name.split()[-1]} )" for name in (*_CARRIERS, "they", "he", "she", "already")
)
# A price said to be double after "charged twice": "charged me twice the price", "twice as much", "twice what it costs".
_NOT_A_PRICE = r"(?! (?:the (?:price|amount|cost|rrp)|as much|what)\b)"
# A question asked without its mark, at the start of the clause after what was told: "... gift card. Does that change
# anything for the refund", « ... carte cadeau. Est-ce que ça change quelque chose »; a verb with its subject, so not
# a statement that drops it ("Will send it back tomorrow.", "Did my research but ...": "my" opens a subject only
# before what is paid or sent, "Did my refund go onto it")
_QUESTION_UNMARKED_EN = (
    r"[^.!?;]{0,60}[.!;,] *(?:(?:does|do|did|will|would|can|could|is|are|should|shall|am|may) (?:that|this|it|i|we|"
    r"you|the|my (?:refund|payment|money|order|return|exchange|card|gift card|voucher|balance|credit))|how (?:do|does|"
    r"will|would|is|are|can|should)|what (?:happens|about|do|does|will|would))\b"
)
# A question mark closing the sentence of what was told or the one after it
_ASKED_IN_THE_NEXT_SENTENCE = r"[^.!?]{0,100}(?:[.!;] *[^.!?]{0,100})?\?"
_QUESTION_UNMARKED_FR = (
    r"[^.!?;]{0,60}[.!;,] *(?:est-ce que?|est-ce qu'|comment (?:se|va|vais|serai|sera|allez|faire|faut)|(?:ca|cela) "
    r"change|y a-t-il|puis-je|vais-je|serai-je|sera-t-il|sera-t-elle|que se passe)"
)
# The carrier that brought the parcel, named as a customer names it: `CARRIER` and the company or its post.
_CARRIER_WORD = r"(?:" + CARRIER + r"|carrier|delivery (?:company|firm|driver|man|guy)|postman|postie|post office)"
_CARRIER_WORD_FR = r"(?:transporteur|livreur|livreuse|la poste|colissimo|chronopost|dpd|ups|dhl|mondial relay)"
# The carrier told: the damage passed on to them ("mention it to the courier", "report this to DPD", "pass this on to
# the delivery company") or they told it ("tell the courier", "let the driver know"); in French « le signaler au
# transporteur », « prévenir le livreur »
_CARRIER_TOLD = (
    r"(?:(?:mention|report|pass|flag|raise|forward|feed) (?:it|this|that|the damage|the problem)(?: back)?(?: on)? "
    r"(?:to|with) (?:the |your )?"
    + _CARRIER_WORD
    + r"|(?:tell|inform|notify|warn) (?:the |your )?"
    + _CARRIER_WORD
    + r"|let (?:the |your )?"
    + _CARRIER_WORD
    + r" know)\b"
)
_CARRIER_TOLD_FR = (
    r"(?:(?:le |la |les |l')?(?:signaler|remonter|faire remonter|transmettre) (?:au|a la|aux) "
    + _CARRIER_WORD_FR
    + r"|(?:prevenir|informer|avertir) (?:le|la|les) "
    + _CARRIER_WORD_FR
    + r")\b"
)
# Where a parcel is to be left, after the verb that leaves it (`REQUESTS["delivery_note"]`): "delivered to a safe
# place", "leave it with my neighbour", « déposé en lieu sûr », « laissez-le chez la gardienne »
_LEFT_AT_EN = (
    # (not where the customer leaves the return for collection: "I'll leave it in the porch on Monday")
    r"(?<!\bi )(?<!\bi'll )(?<!\bi will )(?<!\bi can )(?<!\bwe )(?<!\bwe'll )(?<!\bwe will )(?<!\bi'll just )"
    r"(?:deliver\w*|leave|put|drop(?: off)?|place)\b[^.!?]{0,25}?\b(?:in|to|at|with|behind|into) (?:a |an "
    r"|the |my |our )?(?:safe (?:place|spot)|secure (?:place|spot)|(?:next door )?neighbou?rs?|porch|shed|garage|"
    r"reception|concierge|back door|parcel (?:box|locker))\b"
)
# ... asked, not told between the asking word and the verb ("Please note it was left with a neighbour", « merci de
# noter qu'il a été déposé chez le voisin »), nor a clause of another subject ("I'd like a refund, the courier dropped
# it at the neighbours", « Merci de le récupérer, je le laisse chez la gardienne »)
_NOT_TOLD_EN = (
    r"(?:(?!\b(?:was|were|been|had|has|got|i|i'll|i'm|i've|we|we'll|he|she|they|courier|driver|postman|postie)\b)"
    r"[^.!?])"
)
_NOT_TOLD_FR = r"(?:(?!\b(?:a ete|avait|etait|l'a|l'avait|ont|je|j'|il|elle|ils|livreur|transporteur|facteur)\b)[^.!?])"
_LEFT_AT_FR = (
    r"(?<!\bje le )(?<!\bje la )(?<!\bje les )(?<!\bje )(?<!\bj'ai )(?<!\bon le )(?<!\bnous le )"
    r"(?:deposer|deposez|depose|deposee|laisser|laissez|laisse|laissee|livrer|livrez|livre|livree|mettre|mettez)\b"
    r"[^.!?]{0,25}?(?:en lieu sur|dans un (?:endroit|lieu) sur|a l'abri|chez (?:le |la |mon |ma |mes |les )?voisine?s?|"
    r"chez (?:le |la )?gardienne?|a la loge|au gardien|dans (?:le |mon )?garage|dans (?:la |ma )?boite a colis)"
)
# A parcel sent so that someone signs for it or it is tracked (`REQUESTS["delivery_note"]`), not a label
_SENT_SIGNED_FOR_EN = (
    r"(?:signed for|tracked|(?:with|requiring|needing) (?:a )?signature|(?:by |via )?recorded(?: delivery)?|"
    r"(?:by |via )?special delivery|(?:by |via )?registered (?:post|mail))\b"
    r"(?! (?:return|returns|label|labels|service|number|link)\b)"
)
_SENT_SIGNED_FOR_FR = (
    r"\b(?:en recommande|en lettre recommandee|avec (?:accuse de reception|signature|remise contre signature)|contre "
    r"signature|en (?:colis |envoi )?suivi)\b(?! (?:de retour|du retour|pour le retour)\b)"
)
# Thanks said, and a turn or a question that says more than thanks (`CustomerAsks.refund_thanked`: « Merci, le
# remboursement est arrivé, mais pourquoi seulement 80 € ? »)
THANKS = re.compile(r"\b(?:thanks?|thank you|thx|cheers|merci)\b")
MORE_THAN_THANKS = re.compile(r"\?|\b(?:but|however|though|although|mais|pourtant|cependant|sauf que)\b")
# Store credit as a customer names it, and not one meant for someone else, nor a sum or a code owed as a gesture
# (`store_credit`: "can I have the voucher you promised", « un bon d'achat de 10 € pour le désagrément »)
_CREDIT_EN = r"(?:store credit|credit note|(?:gift )?voucher|gift card|account credit)\b"
_CREDIT_FR = r"(?:un avoir|un bon d'achat|un bon cadeau|une carte cadeau)\b"
_NOT_FOR_SOMEONE = (
    r"(?! (?:for|pour) (?:my|a|her|his|our|their|ma|mon|mes|un|une|sa|son)\b| (?:code|de|of|worth|d'une valeur de)? ?"
    r"[£$€]? ?\d)(?![^.!?]{0,40}\b(?:promised|promis\w*|goodwill|geste commercial|compensation|dedommagement|"
    r"desagrement|inconvenience|code)\b)"
)
# What is paid for or chosen that is no item the shop sends again ("the quality / service / discount I paid for", « la
# livraison que j'ai commandée »)
_NO_ITEM_EN = (
    r"(?:quality|service|discount|delivery|postage|shipping|price|offer|deal|option|upgrade|speed|warranty|guarantee|"
    r"insurance|refund|money|return|label|voucher|gift wrap\w*|engraving)\b"
)
_NO_ITEM_FR = (
    r"(?:remboursement|renvoi|retour|qualite|service|livraison|remise|reduction|prix|offre|option|garantie|"
    r"assurance|gravure|emballage)\b"
)
REQUESTS: dict[str, tuple[str, ...]] = {
    "call_me": (
        r"\b(?:call|ring|phone|telephone) me\b",
        r"\bgive me a (?:call|ring)\b",
        r"\bcall me back\b",
        r"\b(?:can|could|would) (?:someone|somebody|you|one of you) (?:call|ring|phone)\b",
        r"\bby phone\b",
        r"\bphone call\b",
        r"\b(?:me telephoner|m'appeler|me rappeler|appelez-moi|rappelez-moi|appelez moi|rappelez moi|telephonez-moi)\b",
        r"\bpar telephone\b",
        r"\bun appel\b",
        r"\bme joindre\b",
        r"\b(?:etre|me faire) (?:rappelee?|recontactee?|appelee?|contactee? par telephone)s?\b",
        r"\b(?:expect|want|need|demand|await|awaiting|request|requesting|like|'d like|would like) (?:a|an urgent|a "
        r"proper) (?:call|phone call|callback|call back|ring)(?: back)?\b",
        # « je veux qu'un responsable me rappelle »
        r"\b(?:qu'on|qu'un \w+|qu'une \w+|quelqu'un|qu'il|qu'elle) (?:me |m')(?:rappelle|telephone|appelle|contacte)\b",
        # ... or after what they are to do first (« qu'un responsable examine ce dossier et m'appelle »), the call
        # closing the clause or followed by when or where to call (« ... et m'appelle au 06 12 34 56 78 »): not one
        # named (« qu'on appelle Léa et m'appelle maman »)
        r"\b(?:qu'on|qu'un \w+|qu'une \w+|quelqu'un) [^.!?]{0,50}? et (?:me |m')(?:rappelle|telephone|appelle|"
        r"contacte)(?= *(?:$|[.,;!?])| (?:svp|s'il|merci|rapidement|vite|au plus vite|des que|demain|aujourd'hui|"
        r"cette semaine|avant|apres|entre|sur le)\b| au \d)",
        # "I want a manager to contact me", "have someone get in touch with me"
        r"\b(?:manager|supervisor|someone|somebody|a person|team leader) (?:to )?(?:contact|get in touch with) me\b",
    ),
    "human": (
        r"\b(?:speak|talk|chat) (?:to|with) (?:a |an |some |your )?(?:human|person|someone|somebody|manager|"
        r"supervisor|real|actual|team leader)",
        r"\b(?:speak|talk) to (?:whoever|someone|somebody|the person|the people) (?:is |who is |who's |that is )?"
        r"in charge\b",
        # the one above the person answering, asked by the writer ("Can I speak to the manager?", "I want to talk with
        # the supervisor", "Let me speak to the manager"): not "the person" alone, which may be anyone ("I'll talk to
        # the person I bought it for"), someone else who will ("My daughter will talk to the manager at school"), one
        # asked for or advised before ("I asked to speak to the manager in store"), nor someone's own ("the manager at
        # my work")
        r"\b(?:(?:can|could|may|might) (?:i|we)(?: please)?|let me|(?:i|we)(?:'d| would)? (?:like|want|wish|need|"
        r"demand)(?: please)?) (?:to )?(?:speak|talk|chat) (?:to|with) the (?:manager|supervisor|team leader|boss|"
        r"store manager)\b(?! (?:at|of|from|in) (?:my|his|her|their|our)\b)",
        r"\bput me through\b",
        r"\b(?:real|actual|living) (?:human|person)\b",
        r"\bhuman being\b",
        r"\bnot a (?:bot|robot|machine)\b",
        r"\binterlocuteur humain\b",
        r"\b(?:je veux|je voudrais|je demande|j'exige|je souhaite|i want|i need|i demand|i'd like|give me|get me) "
        r"(?:parler a |to speak to |to talk to )?(?:un|une|a|an) (?:humain|human|conseiller|conseillere|operateur|"
        r"operatrice|operator|agent)\b",
        r"\b(?:parler|discuter|avoir affaire) (?:a|avec) (?:un humain|une personne|quelqu'un|quelqu un|un conseiller|"
        r"une conseillere|un responsable|votre responsable|une vraie personne|un etre humain|une personne reelle)",
        r"\b(?:vraie personne|etre humain|pas (?:a )?un robot|pas une machine|personne reelle)\b",
        r"\b(?:me passer|passez-moi|passez moi) (?:un|une|votre|le|la) (?:responsable|conseiller|conseillere|"
        r"superieure?|personne)\b",
        # the one above the person answering, asked by the writer (« Puis-je parler au responsable ? », « Je souhaite
        # m'adresser à votre supérieur », « Je demande à parler au responsable »): not someone else who will (« Mon
        # fils doit parler au directeur demain »), one asked for or advised before (« J'ai demandé à parler au
        # responsable en magasin »), nor someone's own (« au directeur de son école »)
        r"\b(?:puis-je|pourrais-je|peut-on|pourrait-on|je (?:veux|voudrais|souhaite|souhaiterais|demande a|exige de)|"
        r"j'aimerais|j'exige de|nous (?:voulons|voudrions|souhaitons|demandons a)|est-il possible de|merci de me "
        r"faire) (?:parler|m'adresser|avoir affaire|discuter) (?:au|a la|a un|a une|a votre|avec le|avec la|avec "
        r"votre) (?:responsable|superieure?|directeur|directrice|manager|chef de service)\b(?! (?:de|du|d') ?(?:son|sa|"
        r"ses|mon|ma|mes|leur|leurs|notre|nos)\b)",
    ),
    "collect": (
        # ... not the parcel fetched from somewhere ("I picked it up at the sorting office", "collected it from the post
        # office", "I had to collect it from the depot")
        _FETCHED_BY_THE_CUSTOMER
        + r"\bcollect "
        + _COLLECTED_THING
        + r"\b|"
        + _FETCHED_BY_THE_CUSTOMER
        + _COLLECTED_BY_THE_CARRIER
        + r"\bcollected "
        + _COLLECTED_THING
        + r"\b(?! (?:from|at) )",
        r"\b(?:arrange|book|organise|organize) (?:a |the )?(?:collection|pick ?up|courier)\b",
        # "I want the whole thing collected", "can it be collected?"
        r"\b(?:want|like|need|have|get)(?: \w+){0,3} collected\b|\b(?:can|could|would)(?: it| they| this| these)? be "
        r"collected\b",
        _FETCHED_BY_THE_CUSTOMER
        + r"\bpick "
        + _COLLECTED_THING
        + r" up\b|"
        + _FETCHED_BY_THE_CUSTOMER
        + _COLLECTED_BY_THE_CARRIER
        + r"\bpicked "
        + _COLLECTED_THING
        + r" up\b(?! (?:from|at) )",
        r"\bpick(?:ed)? up (?:the (?:item|parcel|package|box)|from (?:my|our) (?:home|house|address|door))\b",
        r"\b(?:courier|driver|someone) (?:to |could |can )?(?:collect|come and (?:get|collect|pick))\b",
        # "please cancel and collect", "can you collect?"; not "collect points" or collecting one's children
        r"\b(?:please|can you|could you|would you|cancel and|come and) collect\b(?! (?:points?|my (?:kids|children|son|"
        r"daughter))\b)",
        r"\b(?:collection|pickup|pick-up) from (?:my|our|home)\b",
        r"\bcan(?:'t| ?not) (?:get|go|carry it|take it) to (?:a |the )?(?:post office|parcel point|drop[- ]off|shop)\b",
        r"\b(?:venir|passer) (?:le |la |les )?(?:chercher|recuperer|prendre)\b",
        r"\b(?:enlevement|ramassage|collecte) (?:a|au|du|chez|a mon)\b",
        r"\brecuperer (?:le colis |l'article |le produit |la |le |les )?(?:a|chez) (?:moi|domicile|mon domicile)\b",
        r"\b(?:un|le) transporteur (?:pour |qui )?(?:vienne |venir )?(?:le |la |les )?(?:recuperer|chercher|prendre)\b",
    ),
    "email_label": (
        r"\b(?:e-?mail|send|forward) (?:me )?(?:the |a )?(?:return )?label (?:to|by|via|at)\b",
        r"\b(?:e-?mail|send) (?:me )?(?:the |a )?(?:return )?label\b",
        r"\blabel (?:by|via|to my|over) e-?mail\b",
        r"\b(?:envoyer|envoyez|transmettre|renvoyer)(?:-moi| moi| me)? (?:l'|une )?etiquette (?:de retour )?par "
        r"(?:e-?mail|mail|courriel)\b",
        r"\betiquette (?:de retour )?(?:par|sur mon|a mon) (?:e-?mail|mail|courriel|adresse)\b",
        r"\bm'envoyer (?:l'|une )?etiquette\b",
        r"\benvoyez-moi (?:l'|une )?etiquette\b",
    ),
    "no_printer": (
        r"\bno printer\b",
        r"\b(?:don't|do not|dont|doesn't) (?:have|own) (?:a |any )?printer\b",
        r"\bhaven't (?:got )?(?:a |any )?printer\b",
        r"\bcan(?:'t| ?not) print\b",
        r"\bunable to print\b",
        r"\bwithout (?:a )?printer\b",
        r"\bpas d'imprimante\b",
        r"\bsans imprimante\b",
        r"\b(?:ne peux|ne pourrai|peux) pas imprimer\b",
        r"\bimprimante (?:est )?(?:en panne|cassee|hs)\b",
    ),
    "refund_elsewhere": (
        # another card or account; "refund to my card" is where the refund goes anyway
        r"\brefund(?:ed)? (?:it |the money |me )?(?:to|onto|on) (?:another |(?:a|my|the) (?:different|other|new) )"
        r"(?:card|account|bank|paypal)",
        r"\b(?:card|account) (?:has |was |is )?(?:expired|closed|cancelled|canceled|blocked|stolen)\b",
        r"\b(?:expired|closed|cancelled|old|lost|stolen) (?:card|account)\b",
        r"\b(?:rembourser|remboursement|remboursez)(?:-moi| moi)? (?:sur|vers|a) (?:une autre|un autre|"
        r"ma nouvelle|mon nouveau|"
        r"mon autre|un compte|une carte|mon compte paypal|paypal)",
        r"\b(?:carte|compte) (?:a ete |est )?(?:expiree|expire|perdue|volee|bloquee|cloture|ferme|resiliee)\b",
        r"\b(?:nouvelle carte|autre carte|autre compte|nouveau compte)\b",
    ),
    # where the refund goes, asked or chosen: "will the refund go back to my card or as store credit?", "I don't want a
    # voucher", « le remboursement se fait sur la carte ou en bon d'achat ? »; not a payment made ("paid by card or
    # voucher") nor a time (« le remboursement se fait sous 5 jours »)
    "refund_method": (
        r"\b(?:refund\w*|money|reimburs\w*)\b[^.!?]{0,60}\b(?:card|account|paypal|payment method),? or "
        r"(?:as |in |a |an |with |by |get |receive )?(?:store credit|credit note|(?:gift )?vouchers?|gift cards?|"
        r"account credit|credit)\b",
        r"\b(?:store credit|credit note|(?:gift )?vouchers?|gift cards?),? or (?:a |an |my |the |as |get |receive |"
        r"back (?:to|on) (?:my |the )?|to (?:my |the )?|on (?:my |the )?)?(?:refund|money back|cash|"
        r"(?:original |bank |credit |debit )?card|original payment)\b",
        r"\bwhere (?:will|does|do|would) (?:the|my) (?:refund|money) (?:go|be (?:paid|sent|credited))\b|"
        r"\bhow (?:will|do|would) (?:i|we) (?:be refunded|get (?:the|my) (?:refund|money back)|receive (?:the|my) "
        r"refund)\b",
        # not a refund awaited for a time ("should come back to my card within 5 days, it has been 10":
        # `refund_awaited`)
        r"\b(?:refund|money) (?:will |would |should )?(?:go|goes|going|be paid|be put|be sent|be credited|come|comes) "
        r"back (?:to|on|onto) (?:my|the) (?:card|original|account|bank|paypal)\b(?![^.!?]{0,30}\b" + _WITHIN_DAYS + ")",
        # a refund rather than a voucher; not a replacement rather than one
        r"\b(?:refund\w*|money)\b[^.!?]{0,40}\b(?:rather than|instead of|not as|not) (?:a |an )?(?:store credit|credit "
        r"note|(?:gift )?voucher|gift card)\b|\b(?:don't want|do not want|dont want) (?:a |an )?(?:store credit|credit "
        r"note|(?:gift )?voucher|gift card)\b"
        # not a voucher refused for another item ("I don't want a gift card, I want the right size"); the money wanted
        # is no other item ("I want a full refund", "I want it refunded to my card")
        r"(?![^.!?]{0,20}\b(?:i|we) (?:want|need|'d like|would like|'d prefer|would prefer) "
        r"(?!(?:(?:my|the|a|an|full|proper|complete|cash) )*(?:money|refund\w*|cash)\b|(?:it|them|this|that) "
        r"(?:refunded|back)\b|to be refunded\b))|\b(?:refund|refunded|money back)(?: me)? (?:as|in|with|by) (?:a |an )?"
        r"(?:store credit|credit note|(?:gift )?voucher|gift card)\b",
        r"\brembours\w*\b[^.!?]{0,60}\b(?:carte|compte|paypal|moyen de paiement),? ou "
        r"(?:en |par |sous forme d'|un |une )?(?:bon d'achat|bon cadeau|avoir|carte cadeau|credit)\b",
        r"\b(?:bon d'achat|bon cadeau|un avoir|avoir client|carte cadeau),? ou "
        r"(?:un |le |par |sur (?:ma |la |mon |le )?)?(?:remboursement|rembourse\w*|carte|virement|compte)\b",
        r"\b(?:comment|ou) (?:serai-je|vais-je etre|je serai|je vais etre|serais-je|suis-je) rembourse|"
        r"\b(?:comment|ou|sous quelle forme) (?:se fait|se fera|sera fait|sera verse|arrive|arrivera|est verse|va) "
        r"(?:le|mon) remboursement\b",
        r"\b(?:le|mon) remboursement (?:se fait|se fera|sera fait|sera effectue|sera verse|est verse|ira|va) "
        r"(?:sur (?:ma |la |mon |le |votre )?(?:carte|compte)|par (?:virement|carte|paypal|cheque)|"
        r"en (?:bon|avoir|carte|especes|credit))\b",
        # « un remboursement, pas un avoir »; not « un remplacement, pas un avoir » nor « sans avoir jamais vu »
        r"\brembours\w*\b[^.!?]{0,40}\b(?:plutot qu'(?:un|en)|au lieu d'un|pas (?:d'un|un|en)) (?:bon d'achat|avoir|"
        r"bon cadeau|carte cadeau)\b",
    ),
    # store credit wanted in place of the money: "I'd rather have store credit", "could I get a credit note instead",
    # « j'aimerais un avoir », « un bon d'achat plutôt qu'un remboursement »; not a voucher refused (`refund_method`),
    # nor one bought for someone ("I'd like a gift card for my sister"), nor the verb (« j'aimerais avoir le 40 »)
    "store_credit": (
        r"\b(?:i'd|i would|we'd|we would|i'll|i will)(?: much)? (?:rather|prefer|like|take|happily take)(?: (?:to )?"
        r"(?:have|get|receive))? (?:a |an |the |some )?" + _CREDIT_EN + _NOT_FOR_SOMEONE,
        r"\b(?:can|could|may) (?:i|we) (?:please )?(?:have|get|receive) (?:it as |this as |a |an |the |some )?"
        + _CREDIT_EN
        + _NOT_FOR_SOMEONE,
        # ... or the item given back for it: "Can I return it for store credit?", "I'd like to send them back for a
        # voucher", « Puis-je le retourner contre un avoir ? », « le renvoyer en échange d'un bon d'achat »
        r"\b(?:return|returning|send (?:it|them|this|these) back|sending (?:it|them|this|these) back|exchange|swap)"
        r"(?: it| them| this| these)? for (?:a |an |some )?" + _CREDIT_EN + _NOT_FOR_SOMEONE,
        r"(?:\b(?:retourner|renvoyer|rendre|echanger)|\b(?:je|on) (?:le |la |les |l')?(?:retourne|renvoie|rends|rend|"
        r"echange)) (?:contre |pour |en echange d')" + _CREDIT_FR + _NOT_FOR_SOMEONE,
        _CREDIT_EN + r" (?:instead|rather than (?:a |the |my )?(?:refund|money)|in place of (?:a |the |my )?refund|"
        r"please|is fine|would be (?:fine|great|better))\b",
        r"\b(?:j'aimerais|je voudrais|je souhaite|je souhaiterais|je prefere|je prefererais|nous preferons|je veux|"
        r"pourriez-vous me faire|pouvez-vous me faire|puis-je avoir|je peux avoir|est-il possible d'avoir)(?: plutot| "
        r"bien)? " + _CREDIT_FR + _NOT_FOR_SOMEONE,
        _CREDIT_FR + r" (?:me convient|m'irait|me va|svp|s'il vous plait|plutot qu'un remboursement|au lieu d'un "
        r"remboursement|a la place du remboursement)\b",
    ),
    # a payment with a gift card told, and asked after (« J'ai payé avec une carte cadeau, est-ce que l'échange passe
    # quand même ? », "I paid with a gift voucher, can I still return it?"): whether it changes anything; the question
    # is in its sentence or the next, not after a statement between ("I paid with a gift card. Did my research but it
    # runs small. Can I swap it for a 12?" asks about the swap); a question without its mark opens the next clause with
    # a question's words ("I paid with a gift card. Does that change anything for the refund"), not a statement's
    # ("... gift card. Will send it back tomorrow.")
    "gift_card_paid": (
        r"\b(?:paid|payed|bought|purchased|used)\b[^.!?]{0,20}? (?:with|by|using|on) (?:a |an |my |the |our )?"
        r"(?:e-?gift card|gift card|gift voucher)s?\b(?:"
        + _ASKED_IN_THE_NEXT_SENTENCE
        + "|"
        + _QUESTION_UNMARKED_EN
        + ")",
        r"\b(?:paye|payee|payes|payees|regle|reglee|achete|achetee|utilise)\b[^.!?]{0,20}? (?:avec|par|en) "
        r"(?:une |un |ma |mon |la |le |notre )?(?:e-carte cadeau|carte[- ]cadeau|bon cadeau|bon d'achat|"
        r"cheque[- ]cadeau)s?\b(?:" + _ASKED_IN_THE_NEXT_SENTENCE + "|" + _QUESTION_UNMARKED_FR + ")",
    ),
    # where the parcel sent to them should be left, asked ("I'd like it delivered to a safe place this time", « merci
    # de le déposer chez le voisin »); not where a courier left one ("the courier left it with a neighbour", « le
    # livreur l'a laissé devant la porte »)
    "delivery_note": (
        r"\b(?:i'd like|i would like|i want|please|pls|can you|could you|would you|make sure|ask (?:the|your) "
        r"(?:courier|driver) to)\b" + _NOT_TOLD_EN + r"{0,30}?\b" + _LEFT_AT_EN,
        # ... or how it is to be sent: "Could the replacement come signed for?", "please send it tracked", « pouvez-vous
        # l'envoyer en recommandé ? »; not the customer's own return ("Can I send it back tracked?", « dois-je le
        # renvoyer en recommandé ? ») nor a label
        # (the customer the sender, "I'd like to send it recorded delivery", « je voudrais l'envoyer en suivi », is
        # their own return)
        r"\b(?:(?:i'd like|i would like|i want)(?! to\b)|please|pls|can|could|would|make sure)\b"
        + _NOT_TOLD_EN
        + r"{0,40}?\b(?:come|arrive|be sent|be delivered|be posted|send|sent|deliver|delivered|post|posted|ship|"
        r"shipped)\b(?! (?:it |them |this |these )?back\b)[^.!?]{0,20}?\b" + _SENT_SIGNED_FOR_EN,
        r"\b(?:pourriez-vous|pouvez-vous|pourriez vous|pouvez vous|merci de|merci d'|(?:je voudrais|j'aimerais|je "
        r"souhaite|je souhaiterais)(?! ?(?:l'|le |la |les )?(?:envoyer|expedier|poster|renvoyer|retourner|deposer)\b)|"
        r"svp|s'il vous plait|est-ce que|serait-il possible|pourrait-il|pourrait-elle|peut-il|peut-elle)"
        + _NOT_TOLD_FR
        + r"{0,40}?\b(?:envoyer|envoyez|envoye|envoyee|expedier|expediez|expedie|expediee|livrer|livrez|arriver|"
        r"venir)\b[^.!?]{0,20}?" + _SENT_SIGNED_FOR_FR,
        r"\b" + _LEFT_AT_EN + r"[^.!?]{0,20}?\b(?:this time|next time|please|pls|if possible)\b",
        r"\b(?:merci de|pouvez-vous|pourriez-vous|je voudrais|j'aimerais|je souhaite|je souhaiterais|svp|s'il vous "
        r"plait)\b" + _NOT_TOLD_FR + r"{0,30}?\b" + _LEFT_AT_FR,
        r"\b" + _LEFT_AT_FR + r"[^.!?]{0,20}?\b(?:cette fois|la prochaine fois|svp|s'il vous plait|si possible)\b",
    ),
    # a new item instead of the refund; « une autre taille » is not, and `replacement_asked` reads the ones declined
    # ("I don't want a replacement")
    "replacement": (
        # the one ordered awaited in place of the wrong one sent back in the same breath (« Je vous renvoie la paire
        # grise et j'attends la bleue. », "Sending the grey back and waiting for the navy one."); not one awaited on
        # its own ("I'm waiting for the black one, it's coming in a separate parcel", « J'attends la bonne taille »)
        r"\b(?:je (?:vous )?(?:renvoie|retourne)|(?:i'm |i am |we're )?(?:sending|returning|posting)) (?:back )?"
        r"(?:la|le|les|the) [^.!?]{0,40}? (?:et|and) (?:(?:j'attends|nous attendons|on attend|j'attendrai) "
        r"(?:donc |maintenant |du coup |toujours )?(?:la|le|les) (?:bonne?s?|vraie?s?|bleue?s?|rouges?|verte?s?|"
        r"noire?s?|blanche?s?|blancs?|grise?s?|roses?|jaunes?|beiges?|marron|violette?s?|oranges?)|(?:i'm |i am |"
        r"i'll |i will |we're |we'll )?(?:still |now )?(?:be )?wait(?:ing)? for the (?:right|correct|blue|red|green|"
        r"black|white|grey|gray|pink|yellow|beige|brown|purple|orange|navy) (?:one|ones|pair|pairs))\b"
        r"(?! (?:taille|size)\b)(?![^.!?]{0,40}\b(?:qui arrive|autre colis|separement|coming|separate|in stock|"
        r"en stock)\b)",
        r"\b(?:send|get|have|want|like|love|need|prefer|take|arrange|receive)(?: me| us)?(?: out)? "
        r"(?:a |an )?(?:(?:undamaged|working|intact|unbroken|perfect|proper|brand) )?(?:replacement|new one|new pair|"
        r"fresh one)\b|"
        # "Please send a perfect one", "I'd like an undamaged pair"
        r"\b(?:send|get|have|want|like|love|need|prefer|receive)(?: me| us)?(?: out)? (?:a |an )?(?:perfect|flawless|"
        r"undamaged|intact|unbroken|working|non-faulty|fault-free) (?:one|pair|item|piece)\b",
        # after an odd pair: "Please send a matching pair", « m'envoyer une vraie paire »
        r"\b(?:send|get|have|want|like|need|receive)(?: me| us)?(?: out)? (?:a |the )?matching pair\b|"
        r"\b(?:m'adresser|m'envoyer|me renvoyer|envoyez-moi|renvoyez-moi|me faire parvenir|recevoir) (?:une|la) "
        r"(?:vraie|bonne) paire\b",
        # "could you send me another one?", "send the same one again"; not another size or colour ("another one in a
        # 12") nor one bought elsewhere ("I'll get another one elsewhere", "at the shop"), nor one the customer has or
        # likes ("I already have another one", "I like the same one my friend has"): "have" and "like" ask only after
        # "can I", "could you", "please", "to", "would"
        r"\b(?:send|get|(?:(?<=\bcan i )|(?<=\bcould i )|(?<=\bmay i )|(?<=\bcan we )|(?<=\bcould we )|(?<=\bto )|"
        r"(?<=\bcan you )|(?<=\bcould you )|(?<=\bplease ))have|"
        r"want|(?:(?<=would )|(?<='d )|(?<=\bi d )|(?<=\bid ))(?:like|take)|need|receive|post|ship)"
        r"(?: me| us)?(?: out)? "
        r"(?:another (?:one|pair|item)|"
        r"the same (?:one|item|pair|model|thing|\w+ again)|(?:one|two|three|four|2|3|4|a couple) more"
        # not more wanted for someone else: "two more of these for my sisters", "a couple more as gifts"; nor more time
        # or words ("I'd like 2 more days", "could I have 2 more photos")
        r"(?! (?:of (?:these|them|those) )?(?:for (?:my|our|his|her|their)|as (?:a )?(?:gifts?|presents?))\b| "
        r"(?:days?|weeks?|months?|hours?|minutes?|time|info\w*|details?|photos?|pictures?|questions?|e-?mails?)\b)|"
        r"(?:one|a pair|an? (?!size\b|colou?r\b)\w+) that (?:actually |really |properly )?"
        r"works)\b(?!,? (?:(?:but|only|just) )?(?:in|at|elsewhere|somewhere|from)\b| (?:a |another )?(?:size|"
        r"colou?r)\b)",
        # a new one of the item asked of the shop: "Can I get a new jug?", "could you send a new lid"; not another size
        # or colour ("a new size"), nor one the customer gets elsewhere, nor a paper or a code ("a new invoice", "a new
        # return label")
        r"\b(?:(?:can|could|may) (?:i|we) (?:please )?(?:get|have)|(?:can|could|would) you (?:please )?(?:send|post)"
        r"(?: me| us)?|please send(?: me| us)?) (?:a|an) (?:brand )?new (?!size\b|colou?r\b|one in\b|(?:return |"
        r"returns |shipping |postage )?(?:invoice|receipt|label|link|code|email|e-mail|password|account|address|"
        r"tracking|confirmation|voucher|quote|form)s?\b)\w+\b"
        r"(?! (?:elsewhere|from|at|in)\b)",
        # a new one wanted over the money: "Need a new jug, not a refund", « je voudrais une nouvelle bouilloire, pas un
        # remboursement » (without it "need a new kettle" is as often one bought elsewhere)
        r"\b(?:need|want|(?:would|'d) (?:like|prefer|rather have)|prefer)(?: me| us)? (?:a |an )(?:brand )?new "
        r"(?!size\b|colou?r\b)\w+(?: please| pls)?,? (?:not|rather than|instead of|over|but not) (?:a |the |my )?"
        r"(?:refund|money back)\b|"
        r"\b(?:veux|voudrais|prefere|prefererais|souhaite|souhaiterais|aimerais|faut|faudrait)(?: recevoir)? "
        r"(?:un|une) (?:nouveau|nouvelle|nouvel|autre) \w+(?: svp| s'il vous plait)?,? (?:pas|plutot qu'|plutot que|"
        r"au lieu d'|et non|et non pas) ?(?:un |le )?remboursement\b",
        # "another" alone only asked of the shop ("Could you send another?"), not "I'll send another" (a parcel)
        r"\b(?:please|can you|could you|would you|kindly|you can|you could)(?: please)? send(?: me| us)?(?: out)? "
        r"another(?=\s*(?:$|[.,;!?]|(?:and|please|asap|out|soon)\b))",
        # "please replace the kettle", not the return label or the refund
        r"\b(?:please|can you|could you|would you|kindly)(?: please)? replace (?:the|my) "
        r"(?!(?:return |returns |postage |prepaid )?(?:label|refund|money|voucher|code|address|card)\b)\w+\b",
        r"\b(?:for|with) a (?:replacement|new pair)\b",
        r"\breplace (?:it|them|this|that|the (?:\w+ )?(?:item|pair|one|product))\b(?! with)",
        # "please replace" with nothing after it but a stop or a courtesy (sheet 593 #69: "please replace, its for a
        # wedding in 3 weeks"), « merci de le remplacer. »; not « le joint est à remplacer », a part described
        r"\b(?:please|pls|plz|can you|could you|would you|kindly)(?: please)? replace"
        r"(?= *(?:$|[.,;:!?]|please|pls|plz|thanks|thank you|asap)(?![\w'-]))",
        r"\b(?:merci de|pouvez-vous|pourriez-vous|pouvez vous|pourriez vous|veuillez) (?:(?:le|la|les) )?remplacer"
        r"(?= *(?:$|[.,;:!?]|svp|stp|merci|s'il vous plait|rapidement|au plus vite)(?![\w'-]))",
        # "please send the correct one quickly" after a wrong item
        r"\b(?:send|deliver|ship|post) (?:me |us )?(?:the |a )?(?:correct|right) (?:one|item|size|colou?r|pair|product|"
        r"model|\w+)\b",
        r"\b(?:get|have|receive) (?:the |a )?(?:correct|right) (?:one|item|pair|product|model)\b",
        # "I'd really like the right one as quickly as possible"
        r"\b(?:'d|would|want|need)(?: really| just)?(?: like)? (?:the|a) (?:correct|right) (?:one|item|pair|product|"
        r"model|version)\b",
        # "could you send it again in a small box", "could the replacement come signed for"
        r"\b(?:send|post|ship) (?:it|them|one|another) (?:out )?again\b|\bre-?send (?:it|them|one)\b|"
        r"\b(?:could|can|would|will) the replacement\b|\bthe replacement (?:come|arrive|be sent)\b",
        # not « le remplacement de la pile », a part the customer had changed, nor one said not come or not so
        # (« Le remplacement n'est pas arrivé dans la bonne taille. »)
        r"\b(?:un|le|en) remplacement\b(?! (?:de|du|des) | (?:que vous m'avez|qu'on m'a|recu|arrive|ne|n'\w+)\b)",
        # « un échange contre une paire qui ferme », « ... contre une paire sans tache », « m'adresser une veste en
        # parfait état »; not what the swap costs (« échanger contre un 52 sans repayer les frais de port »)
        r"\bcontre (?:un|une) (?:\w+ )?(?:qui (?:ferme|fonctionne|marche|tient)|sans (?:defauts?|taches?|rayures?|"
        r"trous?|accrocs?|fissures?|eclats?|bosses?|problemes?|soucis?)|"
        r"en (?:bon |parfait )?etat|intacte?|neuve?)\b",
        r"\b(?:voudrais|veux|aimerais|souhaite|souhaiterais) (?:un|une) (?:\w+ )?qui (?:ferme|fonctionne|marche|"
        r"tient)\b|"
        r"\b(?:m'adresser|m'envoyer|me renvoyer|envoyez-moi|renvoyez-moi|me faire parvenir) (?:un|une) (?:\w+ )?"
        r"(?:en (?:bon |parfait )?etat|neuve?|intacte?|complete?|qui fonctionne|sans defaut)\b",
        r"\b(?:envoyer|envoyez|renvoyer|renvoyez|recevoir|avoir|voudrais|veux|aimerais|souhaite|souhaiterais|"
        r"prendrais)(?:-moi|-m'en|-moi en| moi| m'en| en| bien)? (?:un|une) "
        r"(?:autre|nouveau|nouvelle|nouvel|neuf|neuve)\b(?! (?:taille|pointure|couleur|coloris|modele|en \w+)\b)",
        # « pouvez-vous me renvoyer le même ? », « un nouvel exemplaire »; not another size (« la même en 40 »)
        r"\b(?:me |m')?(?:renvoyer|renvoyez|envoyer|envoyez)(?:-moi| moi)? "
        r"(?:le meme|la meme|les memes)\b(?! (?:\w+ )?(?:en|taille|pointure|couleur|coloris)\b)|"
        r"\b(?:un nouvel|un autre|un nouveau) exemplaire\b|"
        # « un échange standard » is the same item again, not another size
        r"\bechange (?:standard|a l'identique)\b",
        r"\b(?:me le|me la|me les) remplacer\b|\bremplacer (?:l'article|l'appareil|le produit)\b",
        # asked in the imperative or wanted done: « Remplacez-la svp », « remplacez-les-moi », "I'd like it replaced",
        # "can I have them replaced?"
        r"\bremplacez-(?:le|la|les)(?:-moi|-nous)?\b(?! par (?:la |le |un |une |l')?(?:taille|pointure|autre|couleur|"
        r"coloris|modele|version|\d|x{0,3}[sml]\b))|"
        r"\b(?:get|have|like|want|need) (?:it|them|this|these|this one|the \w+) replaced\b(?! (?:with|by) (?:a|an|the) "
        r"(?:different|other|another|bigger|smaller|larger)\b)",
        # « m'adresser les bons rideaux », « me faire parvenir la bonne lampe »; not a slip (« le bon de retour »)
        r"\b(?:envoyer|envoyez|renvoyer|renvoyez|adresser|adressez|faire parvenir|faites parvenir)(?:-moi| moi)? "
        r"(?:le bon|la bonne|les bons|les bonnes)\b(?! (?:de|d'|du|des)\b)",
        # a wait for the right one offered: "Happy to wait for the right colour to come through", "I'll wait for the
        # correct one"; not one the customer cannot wait for
        r"\b(?:(?:happy|willing|glad|content|prepared|fine|ok|okay) to|i'll|i will|we'll|we will|i can|we can|i don't "
        r"mind|i do not mind|don't mind) wait(?:ing)? for (?:the|a) (?:correct|right) \w+\b",
        # the item ordered asked again after a wrong one: "send what I actually ordered", "I still want the blue one",
        # « envoyez-moi ce que j'ai commandé », "Return and resend please."; not a size or colour besides it, a refund
        # ("I still want my money back"), nor a paper to send again ("resend the label")
        r"\b(?:send|ship|post|deliver)(?: me| us)? (?:what|the (?:one|item|thing|pair)s?)(?: that)? (?:i|we) "
        r"(?:actually |originally |really )?(?:ordered|paid for|bought|chose)\b|"
        r"\b(?:envoyer|envoyez|renvoyer|renvoyez|expedier|expediez)(?:-moi| moi| nous)? (?:ce que|ce qu') ?(?:j'ai|"
        r"j'avais|nous avons|on a) (?:vraiment )?commande\b",
        # ... or wanted in so many words: "I'd like the pair I ordered, please", "can I have the frying pan I chose",
        # « je voudrais celles que j'ai commandées », « merci de m'envoyer la lampe que j'avais commandée »; not the
        # money, the return or another size or colour of it ("I'd like the pair I ordered refunded", "I want the one I
        # ordered in a bigger size", « je voudrais celle que j'ai commandée en 40 »), nor what it should do ("I'd like
        # the rug I ordered to lie flat"), nor what was paid for that is no item ("I want the quality / service I paid
        # for", "the discount I chose"), nor a wish denied anywhere before it in its clause ("I don't think I need the
        # lamp I ordered", « Je ne souhaite plus recevoir celle que j'ai commandée »)
        r"(?:^|(?<=[.!?;,:] )|(?<=\bbut ))(?:(?!(?:\bnot|n't|\bdont|\bnever|\bno longer)\b)[^.!?;,:])*?"
        r"\b(?:'d like|would like|want|need|(?:can|could|may) (?:i|we) (?:please )?(?:have|get))(?: to (?:get|have|"
        r"receive))? (?:the|my) (?!" + _NO_ITEM_EN + r")(?:\w+ )?\w+ (?:that )?(?:i|we) "
        r"(?:actually |originally |really )?(?:ordered|paid for|chose|picked)\b"
        r"(?![^.!?;]{0,40}\b(?:sizes?|colou?rs?|refund\w*|money|back|returned|collected|fit|anymore|any more|"
        r"in (?:a|an|the) \w+)\b)(?! to \w+)",
        r"(?:^|(?<=[.!?;,:] )|(?<=\bmais ))(?:(?!\b(?:ne|n'|plus|pas|jamais)\b)[^.!?;,:])*?"
        r"\b(?:voudrais|aimerais|veux|souhaite|souhaiterais|attends|m'envoyer|envoyez-moi|me faire parvenir|"
        r"recevoir)(?: recevoir)? (?:celui|celle|ceux|celles|(?:le|la|les) (?!" + _NO_ITEM_FR + r")\w+(?: \w+)?) "
        r"(?:que|qu') ?(?:j'ai|j'avais|nous avons|on a|nous avions) (?:vraiment |bien |reellement )?"
        r"commande(?:e|s|es)?\b(?![^.!?;]{0,40}\b(?:tailles?|pointures?|couleurs?|coloris|rembours\w*|en \d{2})\b)",
        # ... nor money, a size, a colour or a fit in the rest of the clause ("I still want the full amount back",
        # "the same dress but one size up", "the dress to fit")
        r"\b(?:i|we) (?:still|do still|really still) (?:want|need|would like|'d like) (?:the|my) "
        r"(?!(?:refund|money|label|return|voucher)\b)\w+(?: one| ones)?\b(?!,? (?:(?:but|only|just) )?(?:in|at|"
        r"elsewhere|from|back)\b| (?:a |another )?(?:size|colou?r)\b)"
        r"(?![^.!?;]{0,40}\b(?:sizes?|colou?rs?|fit|back|amount|refund|money)\b)",
        # "resend" asked of the shop ("Return and resend please", "could you resend it"), not what the customer resends
        # ("I had to resend my return", "I will resend the parcel", "asked me to resend the photos")
        r"(?:(?:^|[.!?;:,] )|\b(?:please|pls|kindly|and|then|could you|can you|would you|will you)(?: please)? )"
        r"re-?send\b(?! (?:the |a |my |me the |me a )?(?:return |prepaid )?(?:label|link|email|e-mail|code|invoice|"
        r"receipt|confirmation|details|form|password|tracking|message|parcel|package|photos?|pictures?|images?)s?\b)",
        # « Il me faut le bon, c'est pour sa communion »; « il me faut la bonne taille » is a size
        r"\b(?:il me faut|il me faudrait|je veux|je voudrais|j'aimerais|j'attends) (?:le bon|la bonne|les bons|"
        r"les bonnes)\b(?! (?:taille|pointure|tailles|pointures)\b)",
    ),
    # another size or colour in place of this one: "could I exchange it for the same dress in navy?",
    # "returning to swap", « l'échanger contre la noire »; met by the reply's exchange where it offers one
    "exchange": (
        r"\b(?:exchange|swap)(?: it| them| this| these)? (?:for|please|possible)\b",
        # one size for another: "Exchange 8 for 9 pls", "swap size 10 for 12"
        r"\b(?:exchange|swap) (?:(?:size|a|an|the|my) )?(?:\d{1,2}(?:[.,]5)?|x{0,3}[sml]|[23]xl|2xs) for "
        r"(?:(?:size|a|an|the) )?(?:\d{1,2}(?:[.,]5)?|x{0,3}[sml]|[23]xl|2xs)\b",
        # "Can these be swapped for the wireless model?", "I'd like them swapped for the ones I ordered"
        r"\b(?:be|get|have (?:it|them)|like (?:it|them)|want (?:it|them)) (?:exchanged|swapped) for\b",
        # another cut of the same item: "going for the regular fit a size up", « il me faudrait la version longue »
        *CUT_ASKED,
        # another version: "is there a petite version?", « il me faudrait une version « petite » si ça existe », « il
        # faut un modèle petite taille »
        r"\b(?:need|want|like|prefer|try|do you (?:do|have|make|sell)|is there) (?:a |the |it in (?:a |the )?)?petite"
        r"(?: fit| range| length| version| size)?\b|\b(?:faudrait|faut(?! (?:dire|savoir|que)\b)|voudrais|aimerais|"
        r"prefererais|existe|avez-vous|auriez-vous)\b[^.!?]{0,30}" + PETITE_VERSION_FR,
        r"\bplease (?:exchange|swap)\b|\b(?:exchange|swap) or (?:a )?(?:refund|money back)\b",
        # "I'd like an exchange but not sure which size", "can I request an exchange?"; not one refused ("I don't want
        # an exchange", "a refund rather than have an exchange")
        r"(?<!n't )(?<!not )(?<!never )(?<!dont )(?<!than )\b(?:like|want|need|prefer|request|requesting|ask for|"
        r"asking for|arrange|get|have) (?:an|a) (?:exchange|swap)\b(?! (?:policy|rate|programme|program|scheme)\b)",
        # not words or messages exchanged ("rather than exchange emails", « plutôt que d'échanger des mails »)
        r"\b(?:could|can|may) (?:i|we) (?:please )?(?:exchange|swap)\b|"
        r"\bto (?:exchange|swap)\b(?!" + _WORDS_SWAPPED + ")|"
        r"\b(?:can|could|would) you (?:please )?(?:exchange|swap)\b",
        r"\b(?:l'|les |le |la |me l'|me les |vous l')?echanger(?:ais|ai)?\b(?! (?:pas|plus|jamais)\b)"
        r"(?!(?: volontiers| bien)?" + _WORDS_SWAPPED + r")|"
        # ... said willing in the present (« Je l'échange volontiers », as "Happy to exchange it")
        r"\bje (?:l'|les )echange volontiers\b|"
        # ... or in the imperative, or the item changed for the customer (« Échangez-le svp », « échangez-moi la robe »,
        # « pouvez-vous me le changer ? », « changez-les-moi »), "can I get it swapped?": beside a fault, the same item
        # again (`read_asks`)
        # (not a swap refused or made elsewhere: « Le vendeur n'a pas voulu me le changer », « Ma fille va me le changer
        # en magasin »)
        r"\bechangez-(?:le|la|les|moi)\b|(?<!\bvoulu )(?<!\bvoulait )(?<!\bva )(?<!\bvont )\b(?:me le|me la|me les|"
        r"me l') ?changer\b(?! (?:en (?:magasin|boutique)|ailleurs|chez)\b)|\bchangez-(?:le|la|les)-moi\b|"
        # ... its hyphen dropped, asked alone (« Echangez le svp »; not « échangez la pile » told to the customer)
        r"\b(?:echangez|remplacez) (?:le|la|les)(?= *(?:$|[.,;:!?]|svp\b|stp\b|merci\b|s'il vous plait\b))|"
        r"\b(?:get|have) (?:it|them|this|these|this one) (?:swapped|exchanged)\b(?! for\b)|"
        r"\bechange (?:possible|svp|stp|s'il vous plait)\b|"
        # an exchange asked in a size: « Je souhaite un échange en 40 », « Échange en taille M svp », « svp echange
        # 40 », « Un échange pour un 40 svp », "pls echange 40", "Exchange 12 please"
        r"\b(?:echange(?: en| (?:pour|contre)(?: un| une| le| la| du)?)?|exchange|swap) (?:taille |pointure |size )?"
        r"(?:\d{2}(?:[.,]5)?|x{0,3}[sml]|[23]xl|2xs)"
        r"(?= *(?:$|[.!?;,]|svp|s'il vous plait|merci|si possible|plutot|a la place|please|pls|plz|thanks)(?![\w'-]))|"
        r"\bpour (?:un |l')?echange\b|\b(?:faire|proceder a|effectuer|demander|demande) (?:l'|un )echange\b",
        # « Je voudrais un échange contre un 38 », « Bonjour, échange souhaité : du 85C au 90C. »; not the same item
        # again (« un échange standard », « un échange contre une paire qui ferme »: a replacement)
        r"\b(?:voudrais|aimerais|souhaite|souhaiterais|veux|prefere|prefererais) (?:un |l')echange\b(?! standard\b)"
        r"(?! (?:contre|pour) (?:un|une)(?: \w+)? (?:qui|sans)\b)|"
        r"\bechange (?:souhaite|desire)e?\b",
        # the same item wished again in the size that suits: « je le reprendrais volontiers dans la bonne taille », "I'd
        # gladly have it in the right size"; a wrong size sent makes it the one ordered (`replacement`). Not a plan to
        # buy it elsewhere or next time, nor a wish the stock refuses ("I'll get one in the right size at the shop in
        # town", "I would order it in a different size if you had one", « je les prendrais dans une autre pointure
        # chez un concurrent »)
        r"\bje (?:la |le |les |l')(?:reprendrais|prendrais|garderais|voudrais|aimerais)(?: bien| (?:bien |tres )?"
        r"volontiers| avec plaisir)? (?:dans|en) (?:la|une) (?:bonne|autre) (?:taille|pointure|dimension)\b"
        r"(?![^.!?;]{0,40}\b(?:chez|ailleurs|en magasin|en boutique|si vous|s'il en)\b)",
        r"\b(?:'d|would) (?:happily|gladly|love to|like to|be happy to|be glad to) (?:take|have|keep|get) "
        r"(?:it|them|one|this|these)(?: again)? in (?:the|a|another) (?:right |correct |different )?size\b"
        r"(?![^.!?;]{0,40}\b(?:elsewhere|shop|store|in town|if you|but)\b)",
        # how an exchange is done, asked: « Comment se passe l'échange ? », "How does the exchange work?"
        r"\bcomment (?:se passe|se deroule|se fait|fonctionne|marche|proceder pour|on fait pour|faire pour|puis-je "
        r"faire) (?:l'|un |les |pour l'|pour un )?echanges?\b",
        r"\bhow (?:does|do|would|will) (?:the |an |a )?(?:exchange|swap)s? (?:work|happen|go|take place)\b|"
        r"\bhow (?:do|can|would) (?:i|we) (?:go about |arrange |do |make )?(?:an |the |a )?(?:exchange|swap)\b",
        # another colour of the same item: "send me the blue one", « envoyez-moi la noire »
        r"\b(?:send|have|get|change (?:it|them) for|swap (?:it|them) for|exchange (?:it|them) for)(?: me| us)? (?:the "
        r"|a )?" + COLOURS + r" (?:one|ones|version|pair|instead)\b|"
        # « envoyez-moi la noire », « m'adresser le pantalon noir »
        r"\b(?:envoyez|envoyer|renvoyez|renvoyer|adresser|adressez)(?:-moi| moi)? (?:la|le|les|un|une) (?:\w+ )?"
        + COLOURS
        + r"s?\b",
    ),
    # the price difference refunded: "refund the difference", « remboursez-moi la différence »
    "refund_difference": (
        r"\b(?:refund|pay back|reimburse)(?: me| us)? (?:the |for the )?(?:price )?difference\b|"
        r"\bdifference (?:refunded|reimbursed|paid back|back)\b",
        r"\b(?:rembourser|remboursez|remboursement)(?:-moi| moi| nous)? (?:de )?la difference\b",
        # a lower price seen elsewhere, asked to be matched: "If you can match the price I'll keep it", "Do you price
        # match?", « Si vous alignez votre prix, je la garde », « vous aligner sur ce prix »; asked of the shop, not a
        # thing that matches ("the colour doesn't match the price"); a match denied or told refused in its clause
        # ("they won't price match", « Votre service client refuse d'aligner le prix ») is no ask (`asked_again`)
        r"\bprice[- ]?match(?:ing)?\b|\byou(?: can| could| would| will|'ll| to)?(?: please| just)? match (?:the|"
        r"their|that|this|its|it's|a|your (?:competitor's|competitors'))(?: lower| cheaper| sale| new)? price\b",
        r"\b(?:alignez|aligner|alignerez|aligneriez|alignerez-vous|pouvez-vous vous aligner|vous aligner)"
        r"(?: vos| votre| le| les| sur (?:le|ce|leur|son|ces|leurs))? prix\b",
    ),
    # the delivery paid for the order refunded too: "refund in full including delivery", « frais de port compris »;
    # and express delivery paid for a parcel that came late (`EXPRESS_PAID`)
    "refund_delivery": (
        r"\b(?:including|incl|plus) (?:the |my )?(?:original |express |premium |priority |next[- ]day )?(?:delivery|"
        r"postage|shipping)(?: costs?| charges?| fees?)?\b",
        # "I'd like a refund, please, and the express postage I paid for as well"
        r"\brefund\b[^.!?]{0,60}\b(?:postage|delivery|shipping)(?: costs?| charges?| fees?)? (?:i|we) "
        r"(?:had |'d )?paid\b",
        r"\brefund (?:the |my )?(?:delivery|postage|shipping)\b|\b(?:delivery|postage|shipping) (?:costs?|"
        r"charges?|fees?) (?:refunded|back|too)\b",
        # ... added to the refund asked: "I'd like the dress refunded and the delivery charge as well", « être
        # remboursée, et les frais de livraison aussi »; not "the shipping as well as the label were free"
        r"\brefund(?:ed|ing)?\b[^.!?]{0,60}\b(?:and|plus) (?:the |my )?(?:delivery|postage|shipping)(?: costs?| "
        r"charges?| fees?)? (?:as well|too)\b(?! as\b)",
        r"\brembours\w*\b[^.!?]{0,60}\bet (?:les |mes )?frais (?:de (?:port|livraison)|d'envoi) (?:aussi|"
        r"egalement)\b",
        r"\bfrais (?:de (?:port|livraison)|d'expedition|d'envoi)(?: express| initiaux)? (?:compris|inclus)\b",
        r"\b(?:rembourser|remboursez|remboursement)\b[^.!?]{0,60}\bfrais (?:de (?:port|livraison)|d'envoi)\b",
    ),
    # the cost of sending the item back asked to be the shop's: "a full refund, including return postage", "can you
    # cover the return shipping?", « remboursement intégral, frais de retour inclus », « pouvez-vous prendre en charge
    # les frais de retour ? »; not the return's cost told ("I paid for the return postage", « les frais de retour
    # étaient de 5 € »)
    "return_costs": (
        r"\b(?:including|incl|plus) (?:the |my )?return (?:postage|shipping|delivery|label|costs?|fees?)\b|"
        r"\breturn (?:postage|shipping|delivery|label)(?: costs?| fees?)? (?:included|covered|refunded|paid back|"
        r"too|as well)\b|\b(?:cover|pay for|refund|reimburse)(?: me)? (?:the |my |for the )?(?:cost of (?:the |my )?)?"
        r"return (?:postage|shipping|delivery|label)\b|"
        r"\bwho pays (?:for )?(?:the )?return (?:postage|shipping|label)\b",
        r"\bfrais de retour (?:compris|inclus|offerts|rembourses|pris en charge)\b|\b(?:y compris|avec|et) les frais "
        r"de retour\b|\b(?:prendre|prenez|prendrez|prendriez|prendre vous|rembourser|remboursez|rembourserez) (?:en "
        r"charge )?(?:les |mes )?frais de retour\b|\bfrais de retour (?:sont|seront|seraient) (?:a ma charge|a notre "
        r"charge|pris en charge|rembourses|offerts)\b",
    ),
    # an engraving paid for, asked back with the item's price: "get my money back, engraving included", « remboursée
    # gravure comprise »
    "refund_engraving": (
        r"\b(?:including|incl|plus) (?:the |my )?engraving\b|\bengraving included\b|"
        # "engraving too" only where money is asked back ("refund ... engraving too"; not "I love the engraving too")
        r"\b(?:refund\w*|money back|pay (?:me )?back)\b[^.!?]{0,60}\bengraving (?:too|as well)\b|"
        r"\bengraving (?:fee|cost|charge)s? (?:back|refunded|too|as well)\b|\brefund(?: me)? (?:for )?(?:the |my )?"
        r"engraving\b|\b(?:money|refund)\b[^.!?]{0,40}\bengraving (?:fee|cost|charge)s?\b",
        # (not « Ne remboursez pas la gravure »: the French negation closes round the verb)
        r"\by compris (?:la |les frais de |le prix de la )?gravure\b|\bgravure (?:comprise|incluse|"
        r"aussi|egalement)\b|\brembours\w*\b(?! (?:pas|plus|jamais)\b)[^.!?]{0,40}\b(?:la |les frais de |le prix "
        r"de la )gravure\b",
    ),
    # customs or import charges the customer paid on delivery: "I had to pay £12 customs", « j'ai dû payer 15 € de
    # frais de douane »; not a parcel refused for them ("I refused to pay the customs"), nor a payment or a charge
    # denied (`affirmed`: "I never paid any customs", "I paid by card, no customs charges")
    "refund_customs": (
        r"\b(?:paid|had to pay|was charged|were charged|charged me|payes?|payee?s?|du payer|regle|reglee?s?|"
        r"facturee?s?)\b[^.!?]{0,40}?\b(?P<paid_for>customs|import (?:duty|duties|vat|tax|taxes|charges?|fees?)|"
        r"(?:frais|droits|taxes?) de douane)\b",
        r"\b(?:customs|import) (?:charges?|fees?|duty|duties|vat|tax)\b[^.!?]{0,20}?\b(?:i|we) (?:had to |have )?"
        r"paid\b",
        r"\b(?:frais|droits|taxes?) de douane\b[^.!?]{0,20}?\b(?:j'ai|nous avons) (?:du )?(?:paye|regle)\b",
        # ... or asked back: « j'aimerais savoir si les frais de douane me seront remboursés », "refund the customs fee"
        r"\b(?:frais|droits|taxes?) de (?:douane|dedouanement)\b[^.!?]{0,30}?\brembours|\brembours\w*\b[^.!?]{0,40}?"
        r"\b(?:frais|droits|taxes?) de (?:douane|dedouanement)\b|\brefund(?: me)? (?:the |my )?(?:customs|import)\b|"
        r"\b(?:customs|import) (?:charges?|fees?|duty|duties) (?:back|refunded)\b",
    ),
    # the order's payment taken twice: "I was charged twice", "you charged me twice", « Débitée deux fois », « double
    # prélèvement »; not a device that charged twice, nor a second charge feared ("make sure I'm not charged twice")
    # ... nor a price said to be double ("they charged me twice the price", « facturé deux fois plus cher »)
    "charged_twice": (
        r"\b(?:i|we)(?:'ve| have)?(?: been| was| were| got)? (?:charged|billed|debited) (?:twice|two times|double)\b"
        + _NOT_A_PRICE
        + r"|\b(?:charged|billed|debited) (?:me|us|my card|my account) (?:twice|two times|double)\b"
        + _NOT_A_PRICE
        + r"|"
        r"\bdouble[- ]?(?:charged|billed|debited)\b|"
        # ... said first with no subject ("Outrageous! Charged twice and the shoes never arrived!!!")
        r"(?:^|[.!?;:,] )(?:(?:been|got|was|just) )?(?:charged|billed|debited) (?:twice|two times|double)\b"
        + _NOT_A_PRICE
        + r"|"
        r"\b(?:payment|money|amount)s? (?:has been |have been |was |were )?(?:taken|debited|charged) (?:out )?twice\b|"
        # ... or paid twice, the money taken twice ("I've paid twice for them", "you took the money twice"), said of
        # the order to its clause's end; not twice the price ("paid twice as much"), two purchases ("paid twice now for
        # express shipping", "twice for return postage this year") nor effort ("paid for it twice over")
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?paid (?:for (?:it|them|this|these|the \w+) )?(?:twice|two "
        r"times)(?= *(?:$|[.!?,;)]|(?:and|but|so)\b|for (?:it|them|this|these|that|the (?:same )?(?:order|item|"
        r"one|pair))\b))|\b(?:took|taken|take) (?:the|my|our) (?:money|payment) (?:out )?twice\b",
        r"(?<!\bpas )(?<!\bpas ete )(?<!\bjamais ete )\b(?:debitee?s?|prelevee?s?|facturee?s?) (?:deux fois|"
        r"2 fois|en double)\b(?! (?:plus|moins|le prix)\b)|\b(?:double|deux) (?:prelevements?|debits?|"
        r"facturations?)\b|\bdouble paiement\b|"
        # « j'ai payé deux fois », « payée deux fois », said of the order to its clause's end; not fees paid on two
        # returns (« payé deux fois les frais de retour cette année »), nor payments by instalments (« en deux
        # paiements »)
        r"(?<!\bpas )(?<!\bjamais )\bpayee?s? (?:deux fois|2 fois|en double)(?= *(?:$|[.!?,;)]|(?:et|mais|donc)\b|"
        r"pour (?:la|ma|cette|le|mon|ce|ces|mes|les) (?:meme )?(?:commande|article|paire|produit)\b))",
    ),
    # the damage passed on to the carrier, asked of the shop: "could you mention it to the courier?", "please let the
    # driver know", « pouvez-vous le signaler au transporteur ? », « prévenez le livreur »; the carrier the telling
    # verb's object, not what the customer told them or was told by them ("I told the courier", "the courier said to
    # take photos"), nor the subject of what follows ("raise a return so the courier can collect it")
    "tell_carrier": (
        r"(?:\b(?:could|can|would|will) you|(?:^|[.!?;,] )|\band|\bplease)(?: please| also| kindly)* " + _CARRIER_TOLD,
        r"(?:\b(?:pourriez|pouvez|pourrez|voudriez)[- ]vous|\bmerci de|\bveuillez|\bje vous demande de|\bil faudrait)"
        r"(?: bien| aussi| egalement)* " + _CARRIER_TOLD_FR,
        r"\b(?:signalez|transmettez|remontez)-(?:le|la|les) (?:au|a la|aux) " + _CARRIER_WORD_FR + r"\b|"
        r"\b(?:prevenez|informez|avertissez) (?:le|la|les) " + _CARRIER_WORD_FR + r"\b",
    ),
    # what was missing from the box, sent on its own: "could you please send the missing pieces?", « envoyez-moi
    # les vis ou je le retourne », « me faire parvenir les couverts manquants »
    "send_missing": (
        r"\b(?:send|post|ship)(?: me| us)? (?:the |any )?missing (?:\w+ )?\w+\b",
        r"\b(?:envoyer|envoyez|renvoyer|renvoyez|faire parvenir|adresser|adressez|expedier|expediez)(?:-moi| moi| "
        r"nous)? (?:les |la |le |l')?\w+ "
        r"manquant(?:e|s|es)?\b|\b(?:renvoyez|envoyez)-moi (?:la|le|les) \w+(?: \w+){0,2},? ou\b",
        # the parts told of sent, and the item kept: « Si vous me les envoyez je garde le maillot », "if you can send
        # them I'll keep it"
        r"\bsi vous (?:pouvez )?(?:me |nous )?(?:les |la |le |l')?(?:envoyez|renvoyez|expediez|faites parvenir|"
        r"envoyer|renvoyer|expedier|faire parvenir),? je (?:garde|conserve|la garde|le garde|les garde)\b",
        r"\bif you (?:can |could )?(?:send|post) (?:me |us )?(?:them|it|those|one),? (?:i'll|i will|i'd|i can|"
        r"i'm happy to) keep\b",
        # the missing parts wished for by the writer, without a verb of sending: "I'd like either the missing parts or
        # a return", "We'd really like the missing parts sent out", "Is there a way to get the missing bits sent",
        # « je voudrais recevoir les pièces manquantes »; the wish said by its subject and verb, so one refused (« Je
        # ne veux plus recevoir les pièces manquantes », "I don't want the missing belt now") or a part got
        # elsewhere ("I had to get the missing screws from a hardware shop") is none
        r"\b(?:(?:i|we)(?:'d| would)(?: really| just| much| rather)? (?:like|love|prefer)(?: to (?:have|get|receive))?|"
        r"(?:i|we) (?:really |just )?(?:want|need)|(?:could|can) (?:i|we) (?:please )?(?:have|get)|is there (?:a|any) "
        r"way to get)(?: either| just)? (?:the |my |any )?missing (?:\w+ )?\w+\b",
        r"\b(?:je |j')(?:voudrais|aimerais|souhaite|souhaiterais|veux|prefere|prefererais)(?: bien| plutot)?"
        r"(?: recevoir| avoir)? (?:soit )?(?:les |la |le |l'|mes |ma |mon )\w+(?: \w+)? manquante?s?\b",
    ),
    # the item is already on its way back or back, and the customer asks where the refund is: "I sent the dress
    # back three weeks ago", « j'ai renvoyé les bottes le 3 et toujours rien », « la housse renvoyée »; not « vous
    # me l'avez renvoyé » (the shop sent something) nor « j'ai retourné le carton dans tous les sens »
    "sent_back": (
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:sent|posted|shipped|mailed|dropped|returned) (?:it|them|"
        r"(?:the|my|this|these|both) (?:\w+ ){0,2}?\w+)(?: off)? back\b",
        r"\b(?:i|we)(?:'ve| have| had)? already (?:sent|posted|shipped|returned|dropped off) (?:it|them|the|my|this|"
        r"these)\b",
        # the return itself said sent: "I posted my return last week", "we dropped off our return parcel" (« j'ai posté
        # mon retour » is the French above); not its label, form or request ("I sent my return request")
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:sent|posted|shipped|mailed|dropped off|dropped) (?:my|our|the) "
        r"return(?: parcel| package| box)?\b(?! (?:label|request|form|slip|note|code|number|reason|details)\b)",
        r"\b(?:i|we) (?:sent|posted|returned|shipped) (?:it|them|(?:the|my) (?:\w+ ){0,2}?\w+)(?: back)? (?:\w+ )?"
        r"(?:weeks?|days?|a month|months?) ago\b",
        r"\b(?:j'ai|nous avons|on a|je vous ai)(?: deja)? (?:renvoye|reexpedie|poste|rapporte)e?s? (?:le|la|les|l'|"
        r"mon|ma|mes|votre|ce|cette|ces)\b",
        r"\bje (?:vous )?(?:l'|les )(?:ai|avais) (?:deja )?(?:renvoye|retourne|reexpedie|poste)e?s?\b",
        # « la housse renvoyée », "phone me about the returned sofa cover"
        r"\b(?:le|la|les|du|des) \w{3,} (?:deja )?renvoyee?s?\b|\b(?:about|regarding|for|re) (?:the|my|our) "
        r"returned \w+",
        r"\b(?:j'ai|nous avons|on a)(?: deja)? retourne (?:le|la|les|l'|mon|ma|mes)\b[^.!?]{0,40}\b(?:il y a|depuis|"
        r"le \d|la semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|toujours)",
        # a parcel refused at the door goes back by itself: "I refused the parcel", « J'ai refusé le colis » (customs
        # fees asked on delivery)
        # not a refusal someone else claims ("the courier says I refused the parcel")
        r"(?<!says )(?<!said )(?<!claims )(?<!claimed )(?<!states )(?<!shows )"
        r"\b(?:i|we)(?:'ve| have| had)? refused (?:the |my |our |to accept the )?(?:parcel|package|delivery|order)\b|"
        r"\b(?:i|we)(?:'ve| have| had)? refused to pay (?:the |any )?(?:customs|import|duty|duties)\b|"
        r"\b(?:i|we)(?:'ve| have| had)? refused to pay (?:it|them|that|this)\b[^.!?]{0,20}\b(?:went|gone|was sent|got "
        r"sent|was returned) back\b|"
        r"(?<!dit que )(?<!pretend que )(?<!indique que )(?<!affirme que )"
        r"\b(?:j'ai|nous avons|on a) refuse (?:le colis|la livraison|le paquet|la commande|de payer (?:la douane|les "
        r"frais de douane|les droits))\b",
        # a return the carrier lost: "you lost my return", « mon retour perdu »
        r"\b(?:lost|losing) my return\b|\bmy return (?:parcel )?(?:was|has been|got|is) lost\b|"
        r"\b(?:mon|le) (?:colis (?:de )?)?retour (?:a ete |est )?(?:perdu|egare)\b",
    ),
    # the refund has already reached the customer ("the refund came through", « le remboursement est déjà
    # arrivé »): never a question ("has the refund come through?") nor a refund still awaited
    "refund_received": (
        r"\brefund (?:(?:has|have|had) (?:already |now |finally )?(?:come|gone)|(?:already |now |finally )?(?:came|"
        r"went)) through\b|\brefund (?:has|had) (?:already |now |finally )?(?:arrived|landed|cleared|reached "
        r"(?:me|us))\b",
        r"\b(?:i|we) (?:was|were|got) (?:already |fully |finally |now )?refunded\b|"
        # ... or said back where it was paid from: "Refund already in my account", "the money is back on my card"; not
        # where it is wanted ("I'd like the money back on my card") nor not yet ("the refund is not in my account")
        r"\b(?:refund|money)(?:(?: is| was| has been|'s)(?: already| now| finally)?| already| now)(?: back)? (?:in|on|"
        r"into) (?:my|our) (?:account|card|bank)\b(?!\s*\?)|"
        r"\b(?:refund |remboursement (?:bien )?)(?:received|recu)\b(?!\s*\?)|"
        r"\b(?:i|we)(?:'ve| have| had)? (?:already |now |just |finally )?(?:got|received|had|been given) (?:my|the|a|"
        r"your) refund\b|\b(?:i|we)(?:'ve| have| had) (?:already |now |just )?been refunded\b|\balready refunded "
        r"(?:me|us)\b",
        r"\bremboursement (?:(?:est|a ete|m'est) (?:bien |deja )*|(?:bien|deja) )(?:arrive|recu|passe|effectue|"
        r"parvenu|verse)\b",
        r"\b(?:j'ai|nous avons|on a) (?:bien |deja )*(?:recu|eu|touche) (?:le |mon |notre |votre )?remboursement\b|"
        r"\b(?:j'ai|nous avons|on a) (?:deja |bien )*ete rembourse(?:e|s|es)?\b|\bdeja rembourse(?:e|s|es)?\b",
        # thanks for a refund judged quick, so one that has come: "Thanks so much for the quick refund", « Merci pour le
        # remboursement si rapide »; not an earlier order's ("the quick refund last month on the toaster", « le
        # remboursement rapide de ma dernière commande ») nor thanks in advance (« Je vous les renvoie ... Merci pour le
        # remboursement. »)
        r"(?:\b(?:thanks?|thank you)(?: so much| very much| again)? for (?:the|my|your|that) (?:very |super )?(?:quick|"
        r"fast|speedy|prompt|swift) refund|\bmerci (?:beaucoup |encore )?pour (?:le|mon|votre|ce) remboursement "
        r"(?:si |tres |super )?(?:rapide|express))\b(?![^.!?]{0,40}\b" + EARLIER_ORDER + r"(?![\w'-]))",
    ),
    # the refund chased for a time, with no return said sent ("I've been waiting 5 weeks for my money", « ça fait trois
    # semaines que j'attends mon remboursement »): a refund of a return, whose state a person checks; one that says
    # the item was sent back is `sent_back`'s
    "refund_awaited": (
        r"\b(?:i've been|i have been|we've been|we have been|been|still|i'm still|i am still|we're still) waiting "
        r"(?:(?:for )?(?:over |more than |nearly |almost |about )?(?:\d+|a|one|two|three|four|five|six|several|many) "
        r"(?:days?|weeks?|months?) )?(?:for|on) (?:my|our|the) (?:refund|money)\b",
        # a time chased in French (« toujours », « depuis trois semaines », « ça fait un mois que »), not a refund
        # looked forward to with the item sent (« J'attends mon remboursement avec impatience, voici la robe »)
        r"\b(?:j'attends|nous attendons|on attend)(?: toujours| encore| depuis (?:\d+|un|une|deux|trois|quatre|cinq|"
        r"six|plusieurs) (?:jours|semaines|mois))+ (?:mon|notre|le) (?:remboursement|argent)\b|\b(?:(?:ca|cela) fait )?"
        r"(?:\d+|un|une|deux|trois|quatre|cinq|six|plusieurs) (?:jours|semaines|mois) que (?:j'attends|nous attendons|"
        r"on attend) (?:mon|notre|le) (?:remboursement|argent)\b",
        r"\b(?:where is|where's|still no|still waiting (?:for|on)|still not (?:had|received|got)|still haven't (?:had|"
        r"received|got)|no sign of) (?:my |the |a |any )?refund\b",
        # a refund promised within a time that has run out: "The refund should come back to my card within 5 days, it
        # has been 10", « le remboursement devait arriver sous 5 jours, ça fait deux semaines »
        r"\b(?:refund|money) (?:should|was (?:supposed|meant|due) to|would)(?: have)? [^.!?]{0,50}?\b"
        + _WITHIN_DAYS
        + r"[^.!?]{0,30}?\b(?:it(?:'s| has| is) (?:been|now)|that was|still (?:nothing|not|no)|and nothing|"
        r"but nothing)\b|"
        r"\bremboursement (?:devait|aurait du|etait cense)\b[^.!?]{0,50}?\b" + _WITHIN_DAYS + r"[^.!?]{0,30}?\b(?:ca "
        r"fait|cela fait|il y a|toujours rien|toujours pas|et rien)\b|"
        # ... not one the customer would not want to chase ("I don't want to chase a refund this time", « Je ne veux
        # pas devoir courir après mon argent »; "I'd like to chase up my refund" is one chased)
        r"(?<!n't want to )(?<!not want to )(?<!n't wanna )(?<!rather not )(?<!n't have to )(?<!not have to )"
        r"(?<!n't like to )(?<!n't want to have to )\bchas(?:e|ed|ing) (?:up )?(?:a|my|the|"
        r"this|your) (?:refund|money)\b|\b(?:relancer|relance) (?:pour|au sujet de) (?:mon|le|un) remboursement\b|"
        r"(?<!devoir )(?<!pas )(?<!avoir a )\bcour(?:ir|s|t) apres (?:mon|notre|le) (?:argent|remboursement)\b",
        r"\b(?:toujours|jamais) (?:pas |rien )?(?:de |mon |recu (?:de |mon )?)?(?:remboursement|rembourse)\b|"
        r"\bou (?:en est|est) (?:mon|le) remboursement\b",
        # the refund said held up ("My refund is stuck", « Mon remboursement est bloqué »)
        r"\b(?:my|our|the) refund (?:is|has been|'s been|seems|appears to be) (?:still |now )?(?:stuck|held up|blocked|"
        r"frozen|on hold)\b(?![^.!?]*\?)(?! (?:until|till|unless)\b)|"
        r"\b(?:mon|notre|le) remboursement (?:est|reste|semble|a l'air) (?:toujours |encore )?(?:bloque|coince|gele|"
        r"en suspens)\b(?![^.!?]*\?)(?! (?:tant que|jusqu'a|jusqu'au|sauf si)\b)",
    ),
}
# Express delivery paid for (`CustomerAsks.express_paid`), not denied (`affirmed`: "I didn't pay for express
# delivery", « Je n'ai pas payé la livraison express »).
EXPRESS_PAID = (
    r"\b(?:paid|paying|pay)(?: extra| more)?(?: for)? (?:the |an? )?(?:express|next[- ]day|premium|priority|fast "
    r"track|tracked 24|24[- ]hour|guaranteed) (?:delivery|shipping|postage)\b",
    r"\b(?:paye|payee|payer|choisi)\b[^.!?]{0,20}?\b(?:la |une )?(?:livraison|envoi) (?:express|rapide|premium|"
    r"en 24 ?h|24 ?h)\b",
)
# Charges asked back only where the text does not deny having paid them (`affirmed`).
PAID_CHARGES = ("refund_engraving", "refund_customs")
# The requests read wherever their words occur; a replacement's words may decline it (`replacement_asked`).
ASKED_OUTRIGHT = {kind: patterns for kind, patterns in REQUESTS.items() if kind != "replacement"}
# The size that would fit, looked for by the customer themselves ("Refund please, I'll probably look for a large in
# the shop", "I'm going to look for a 12 in store", « je chercherai sûrement un L en magasin », « je vais chercher une
# taille au-dessus ailleurs »): no exchange asked of the shop, whose size offered would answer what they did not ask;
# unless a refund is what they want if the search fails (`sizes.FALLBACK_AFTER`)
_OWN_SEARCH = (
    r"(?:\b(?:i'll|i will|i'm going to|i am going to|i'm gonna)(?: (?:" + "|".join(SEARCH_ADVERBS) + r"))?(?: have to|"
    r" try to| have a| be)? (?:look|looking|search|searching|hunt|shop)(?: around| online| elsewhere)? for "
    + ARTICLE
    + r"(?:"
    + SIZE
    + r"|(?:bigger|smaller|larger) (?:size|one|pair)|(?:next )?size (?:up|down))(?![\w'-])|"
    r"\bje (?:vais (?:plutot )?(?:chercher|regarder|voir)|chercherai|regarderai|verrai)(?: (?:surement|probablement|"
    r"sans doute|peut-etre|plutot|moi-meme))?(?: ailleurs| en magasin)?(?: pour)? "
    + ARTICLE
    + r"(?:"
    + SIZE
    + "|"
    + WAY_FR
    + r")(?![\w'-]))"
)
# The money back said to be wanted over an exchange (`CustomerAsks.refund_preferred`), or alone ("Just want a
# refund.", "Just a refund thanks", « Je veux juste être remboursée »); not a new one wanted over the money ("Need a
# new jug, not a refund"), read as a replacement, nor the money alone of a charge ("just a refund of the postage"),
# with another way ("just a refund or an exchange") or more ("not just a refund", "I don't just want a refund").
_REFUND_PREFERRED = regex(
    r"(?<!\bnot )(?<!n't )(?<!\bpas )\b(?:(?:just|simply|juste|simplement|seulement|uniquement)(?: (?:want|need|like|"
    r"after|veux|voudrais|souhaite))?|only (?:want|need))(?: (?:a|my|the|un|mon|le|etre))? (?:refund|money back|"
    r"remboursement|remboursee?s?|argent)\b(?! (?:of|for|on|du|de|des|pour) (?:the |my |la |les )?(?:postage|delivery|"
    r"shipping|difference|engraving|customs|port|livraison|gravure|frais)\b|,? (?:or|ou)\b)|"
    r"\b(?:'d|would|i) (?:rather|prefer)(?: to)?(?: just)? (?:have|get|take|receive)? ?(?:my |the |a )?(?:money back|"
    r"refund)\b|\b(?:'d|would|i) (?:rather|prefer to) be refunded\b|"
    # "a refund would be simpler", "a refund is better for me now"
    r"(?<!\bknow )(?<!\bknow a )(?<!\bknow the )(?<!\brealise a )(?<!\brealize a )(?<!\bunderstand a )"
    r"\b(?:a |the )?refund (?:is|would be|will be) (?:better|best|easier|simpler)\b"
    r"(?! for (?:you|your|the shop|the store|them|us)\b)|"
    r"\b(?:refund|money back)(?: please)?,? (?:not|rather than|instead of|over) (?:an? )?(?:exchange|swap|another "
    r"size|different size)\b|\b(?:don't|do not) want (?:an? )?(?:exchange|swap|another size|different size)\b|"
    r"\b(?:prefere|prefererais|aime mieux|aimerais mieux|voudrais plutot|veux plutot)(?: etre)? (?:rembourse\w*|un "
    r"remboursement|mon argent)\b|"
    # ... « plutôt » alone before the money (« Je l'échangerais contre un 40 mais plutôt être remboursée »), not the
    # money of a charge or a part (« plutôt rembourser les frais de port », « plutôt un remboursement partiel ? ») nor
    # « plutôt » of degree (« J'ai été plutôt remboursée rapidement »)
    r"(?<!\bete )(?<!\bsuis )(?<!\betait )(?<!\betais )\bplutot (?:etre )?(?:rembourse\w*|un remboursement|le "
    r"remboursement|mon argent)\b(?! (?:partiel\w*|(?:des|les|du|de la) (?:frais|port|livraison|gravure|"
    r"difference))\b)|"
    r"\bpas d'echange\b|\bje ne (?:veux|souhaite) pas (?:d'|un )?echange\b|"
    r"\bremboursement,? (?:pas|et non|plutot qu'|plutot que|au lieu d') ?(?:un |d')?echange\b|"
    # ... or after the version that would fit is said not to be made ("I'd need a wide fit version, they don't do one,
    # so refund please", « vous ne la faites pas en large, donc remboursement »)
    r"\b(?:they|you|which (?:they|you)) (?:don't|do not|dont|never) (?:do|make|sell|have|offer|stock)\b"
    r"(?! (?:refunds?|exchanges?|returns?)\b)[^.!?]{0,20}?\b(?:so|and so|which means)"
    r"(?: (?:a|my|just|i'd like a|i want a|i'll take a|i'll have a))? (?:refund|money back)\b|"
    r"\b(?:n'existe pas|ne (?:le |la |les |l')?(?:faites|font|vendez|vendent) pas)\b[^.!?]{0,20}?\b(?:donc|alors),? "
    r"(?:je (?:veux|voudrais|prefere) (?:etre )?|un |le )?(?:remboursement|rembourse\w*)\b|"
    # ... or with the size that would fit looked for by the customer themselves (`_OWN_SEARCH`)
    + _OWN_SEARCH
    + r"(?!"
    + FALLBACK_AFTER
    + ")"
)
# ... or after a condition that what is asked first cannot be had ("If you don't have it, just a refund.", "If that's
# not possible", "or if none left", « si vous ne l'avez plus »), not the fit complained of ("If it doesn't fit") nor a
# courtesy ("If it's not too much trouble, just a refund please", "if you don't mind", « si ça ne vous dérange pas »,
# « si cela ne pose pas de problème »).
_FALLBACK_BEFORE = re.compile(
    r"\b(?:sinon|otherwise|if not|or else|failing that|a defaut)\b[^.!?]*$|"
    r"\b(?:if|si|s'il|s'ils)\b(?:(?!\b(?:fit|fits|suit|suits|va|vont|convient)\b)[^.!?])*?"
    r"(?<!derange )(?<!ennuie )(?<!embete )"
    r"(?:\b(?:not|cannot|none left|out of stock|sold out|unavailable|no longer|pas|plus|rupture|indisponible)\b|n't\b)"
    r"(?! (?:too much|trop demander|trop complique|de probleme|a (?:problem|bother|hassle|big deal)|any trouble|"
    r"mind)\b)"
    r"(?:(?!\b(?:fit|fits|suit|suits|va|vont|convient)\b)[^.!?])*$"
)
# Questions the customer asks outright (a question mark closes them): how to pack the item ("Should I keep the
# packaging for the collection?", « Dois-je garder le carton ? ») and how long an exchange takes ("How long does an
# exchange take?", « Ça prend combien de temps, un échange ? »), which the policy answers, whether the item comes in
# another version ("Do you do a tall version?", « Vous l'avez en version longue ? »), which a colleague answers; and
# a day it is needed by ("I need it for a wedding on Saturday", « Échange possible ? Et surtout rapide ? »), which a
# colleague sees what can be done for; whether the item can be made to fit ("Can the engraved one be resized?",
# « Pouvez-vous la mettre à ma taille ? »), which a colleague answers; and whether the exchange is sent before the
# return arrives ("can the two cross in the post?"), which the policy answers.
# Words of a question about money, a date or the order, not the item (`QUESTIONS`' resize and exchange_first).
_NOT_ITEM_WORDS = (
    r"\b(?:refunds?|price|prices|costs?|delivery|date|deadline|order|payment|postage|shipping|charges?|fees?|account|"
    r"address|collection|label|rembours\w*|prix|delai|livraison|commande|paiement|frais|adresse|etiquette|argent|"
    r"avoir)\b"
)
# A character that begins none of them, and none in the clause right after a verb ("adjust the refund to include the
# postage"; not "resized, or do I need to order again?")
_NOT_THE_ITEM = r"(?:(?!" + _NOT_ITEM_WORDS + r")[^.!?])"
_NO_MONEY_AHEAD = r"(?![^.!?,;]{0,30}?" + _NOT_ITEM_WORDS + r")"
QUESTIONS: dict[str, re.Pattern[str]] = {
    "packaging": re.compile(
        r"\b(?:should|do|must|shall|can|will) (?:i|we) (?:\w+ )?(?:keep|use|need|have to (?:keep|use)|send it in|"
        r"return it in|put it in|throw away|bin|recycle)\b[^.!?]{0,30}?\b(?:packaging|box|packing)\b[^.!?]{0,40}\?|"
        r"\b(?:dois-je|faut-il|je dois|est-ce que je dois|est-ce qu'il faut|il faut) (?:\w+ )?(?:garder|conserver|"
        r"utiliser|renvoyer dans|remettre dans|jeter)\b[^.!?]{0,30}?\b(?:emballage|carton|boite)\b[^.!?]{0,40}\?"
    ),
    "exchange_time": re.compile(
        r"\bhow long (?:does|will|would|do) (?:an? |the |my )?(?:exchange|swap)s? (?:take|be)\b|"
        r"\bhow long (?:does|will|would) it take (?:to|for) (?:\w+ )?(?:an? |the |my )?(?:exchange|swap)|"
        r"\b(?:combien de temps|quels? delais?)\b[^.!?]{0,30}?\bechange|\bechange\b[^.!?]{0,30}?"
        r"\b(?:combien de temps|quels? delais?)\b"
    ),
    "question": re.compile(
        r"\b(?:do you (?:do|have|make|sell|stock|offer)|have you|is there|are there|does (?:it|this|this one) come in|"
        r"do (?:they|these|you) come in)\b[^.!?]{0,40}?\b(?:tall|long|longer|petite|short|shorter|wide|plus|"
        r"maternity)\b[^.!?]{0,20}?\b(?:version|fit|length|leg|range|option|size|one|cut)s?\b[^.!?]{0,30}\?|"
        r"\b(?:existe-t-(?:il|elle)|avez-vous|vous (?:l'|le |la |les )?(?:avez|faites)|y a-t-il|est-ce que vous "
        r"(?:l'|le |la |les )?(?:avez|faites))\b[^.!?]{0,40}?\b(?:version|coupe|longueur) (?:longue|courte|petite|"
        r"grande|large|tall)\b[^.!?]{0,30}\?"
    ),
    "needed_soon": re.compile(
        # not a need denied or gone ("I no longer need it for the party", "doesn't need it for her prom now")
        r"(?<!n't )(?<!\bnot )(?<!\bno longer )(?<!\bnever )\b(?:need|needs)(?: it| them| this| these| one| the \w+|"
        r" a new one)?(?: back)? "
        r"(?:for|by|before|in time for) (?:a |the |my |our |her |his |this |next )?(?:wedding|party|holiday|trip|event|"
        r"christening|birthday|interview|graduation|prom|ball|gala|occasion|weekend|monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday|christmas|\d{1,2}(?:st|nd|rd|th)\b)"
        r"(?![^.!?]{0,60}\b(?:anymore|any more|cancell?ed|called off)\b)|"
        # not « plus besoin », « pas besoin », « j'en avais besoin » (a need gone or past)
        r"(?<!\bplus )(?<!\bpas )(?<!\bavais )(?<!\baucun )\b(?:besoin|il (?:me|nous) (?:la|le|les) faut)\b"
        r"[^.!?]{0,20}?\b(?:pour|avant) (?:le |la |mon |ma |notre |ce |"
        r"cette )?(?:mariage|fete|soiree|anniversaire|bapteme|vacances|voyage|ceremonie|week-end|weekend|lundi|mardi|"
        r"mercredi|jeudi|vendredi|samedi|dimanche|noel)\b|\bet surtout rapide ?\?|"
        # "I'd still like my shirt, please, in time for the trip" (not "it didn't arrive in time for the trip")
        r"\bplease,? in time for\b"
    ),
    # ... the item altered, not the money, a date or the order ("Can you adjust the refund?", « raccourcir le délai »)
    "resize": re.compile(
        r"\b(?:can|could|would|will|is it possible to|is there any way to)\b" + _NOT_THE_ITEM + r"{0,40}?\b(?:resized?|"
        r"resizing|altered|alter|adjusted|adjust|shortened|shorten|taken (?:in|up)|take (?:it|them) (?:in|up)|let out|"
        r"made (?:bigger|smaller|larger|longer|shorter))\b" + _NO_MONEY_AHEAD + r"[^.!?]{0,60}\?|"
        r"\b(?:pouvez-vous|pourriez-vous|vous pouvez|est-il possible de|est-ce possible de|peut-on|on peut)\b"
        + _NOT_THE_ITEM
        + r"{0,30}?\b(?:mettre a (?:ma|la bonne) taille|agrandir|retrecir|ajuster|retoucher|raccourcir)\b"
        + _NO_MONEY_AHEAD
        + r"[^.!?]{0,60}\?|\bpeut-(?:elle|il|on) (?:la |le |les )?(?:etre )?(?:agrandi|retreci|ajuste|retouche|"
        r"raccourci|mise? a (?:ma|la bonne) taille)e?s?\b[^.!?]{0,60}\?"
    ),
    "exchange_first": re.compile(
        r"\bcross (?:in|over in) the (?:post|mail)\b[^.!?]{0,40}\?|"
        r"\b(?:can|could|will|would|do) (?:you|they) (?:send|post|ship) (?:the \w+ (?:one|size) |the (?:new|other|"
        r"replacement) (?:one|size|pair) |it |them )?(?:out )?before (?:you (?:get|receive|have)|(?:my|the) return "
        r"(?:arrives|reaches you|gets to you)|(?:it|they) (?:arrives?|reach(?:es)? you|gets? (?:back )?to you))\b"
        r"[^.!?]{0,40}\?|"
        r"\bse croiser\b[^.!?]{0,40}\?|\b(?:envoyer|envoyez|expedier|expediez)\b"
        + _NOT_THE_ITEM
        + r"{0,40}?\bavant (?:de "
        r"(?:recevoir|l'avoir recu|les avoir recus)|que (?:vous (?:l'|les )?(?:ayez|receviez)|(?:mon|le) retour "
        r"(?:arrive|vous parvienne)))\b[^.!?]{0,40}\?"
    ),
}


def refund_preferred(folded: str) -> bool:
    """Whether the text wants the money back over an exchange (`_REFUND_PREFERRED`), not as what else it will take
    when what it asks first cannot be had (`_FALLBACK_BEFORE`: "Could you send another in time? Otherwise I just want
    a refund.", « Sinon je veux juste le remboursement »)."""
    return any(
        not _FALLBACK_BEFORE.search(words_before(folded, match.start())) for match in _REFUND_PREFERRED.finditer(folded)
    )


# A price difference the customer says they already asked for and were refused ("I've asked customer service if they'll
# refund the difference and they said no, so I'm returning this one", « j'ai demandé qu'on me rembourse la différence,
# on m'a dit non »): told as the reason for the return, not asked again.
_ASKED_BEFORE = re.compile(r"\b(?:asked|requested|enquired|demande|reclame)\b[^.!?]{0,60}$")
_REFUSED = re.compile(
    r"\b(?:said no|say no|refused|declined|turned (?:it |me )?down|won't|wouldn't|would not|can't|cannot|couldn't|"
    r"not possible|dit non|refuse\w*|impossible)\b"
)
# How far after the ask its refusal is read, within its sentence.
_REFUSAL_CHARS = 80
# ... nor one denied or told refused before it in its clause: "No need to price match, I just don't want it",
# "I'm not asking for a price match", "they won't price match", « Je sais que vous ne pouvez pas vous aligner sur ce
# prix », « Votre service client refuse d'aligner le prix »; not a fallback ("Could you send it, or if not refund the
# difference?"), nor a negation the ask is the condition of, the clause read ending at "if" / « si » ("I don't mind
# keeping it if you refund the difference", « Je ne la renvoie pas si vous me remboursez la différence »), nor a
# negated question ("Can't you just refund the difference?")
_UP_TO_THE_ASK = r"(?:(?!\b(?:if|unless|si|s'il|s'ils)\b)[^.!?;,:])*$"
_DENIED_IN_CLAUSE = re.compile(
    r"(?<!\bif )" + NEGATION_WORDS + r"(?! you\b)" + _UP_TO_THE_ASK + r"|\b(?:can't|cannot|couldn't|wouldn't|"
    r"refuse\w*)\b(?! you\b)" + _UP_TO_THE_ASK
)


def asked_again(folded: str, kind: str) -> bool:
    """Whether one reading of the request `kind` is neither denied in its clause (`_DENIED_IN_CLAUSE`) nor an earlier
    ask (`_ASKED_BEFORE`) told as refused in the rest of its sentence (`_REFUSED`)."""
    for pattern in REQUESTS[kind]:
        for match in regex(pattern).finditer(folded):
            before = words_before(folded, match.start())
            after = SENTENCE_END.split(folded[match.end() : match.end() + _REFUSAL_CHARS], maxsplit=1)[0]
            if not _DENIED_IN_CLAUSE.search(before) and not (_ASKED_BEFORE.search(before) and _REFUSED.search(after)):
                return True
    return False


# How the item was paid for, told in the clause before a choice of card and voucher ("I paid with a gift voucher or
# card", « J'ai payé avec un avoir ou par carte », "bought with birthday money, not a gift card"): no refund asked.
_PAYMENT_TOLD = re.compile(
    r"\b(?:paid|payed|bought|purchased|used|came from|paye|payee|achete|achetee|utilise|regle)\b[^.!?,;:]*$"
)


# A payment with a gift card shared with another way paid ("half with a gift card and half with my debit card",
# « en partie avec un bon d'achat et le reste par carte »): `gift_card_paid` would say the refund goes onto the card.
PAID_ANOTHER_WAY_TOO = re.compile(
    r"\b(?:half|partly|part of it|the rest|paypal|apple pay|google pay|klarna|(?:debit|credit|bank) card|en partie|le "
    r"reste|moitie|carte (?:bancaire|bleue|de credit)|cb)\b|\b(?:par|avec ma) carte(?! cadeau)\b"
)


def refund_method_asked(folded: str) -> bool:
    """Whether one reading of where the refund goes (`REQUESTS["refund_method"]`) is not a payment told
    (`_PAYMENT_TOLD` in its clause, before it)."""
    return any(
        not _PAYMENT_TOLD.search(words_before(folded, match.start()))
        for pattern in REQUESTS["refund_method"]
        for match in regex(pattern).finditer(folded)
    )


# Store credit refused, or offered by the shop, in the words just before its reading ("I don't want to return it for
# store credit", "I'd rather not ...", "You offered to exchange it for a voucher", « Je ne veux pas le retourner contre
# un avoir », « On m'a proposé de l'échanger contre un avoir »): no credit asked.
_CREDIT_NOT_ASKED_BEFORE = re.compile(
    r"(?:\b(?:not|never)|n't|\bdont)(?: really)?(?: (?:want|wish|like|going|mean|intend|plan|need))?(?: to)? $|"
    r"\brather not $|\brefuse to $|\b(?:offered|offer|offering|suggested|proposed)(?: (?:me|us|i|we))?(?: to)? $|"
    r"\b(?:refuse|pas question|hors de question) (?:de |d')(?:le |la |les |l')?$|"
    r"\bne (?:veux|voudrais|souhaite|souhaiterais|vais|peux|compte) (?:pas|plus|surtout pas|vraiment pas|pas "
    r"vraiment|absolument pas|pas du tout) (?:le |la |les |l')?$|"
    r"\b(?:propose|proposee|proposez|proposait|offert|suggere) (?:de |d')(?:le |la |les |l')?$"
)


# ... or set against the money asked in its sentence ("..., I'd like my money back", « ..., remboursez-moi », "but I'd
# rather have the money"); not the money refused ("Can I return it for store credit? I don't want a refund.")
_MONEY_ASKED = re.compile(
    r"\b(?:(?<!n't )(?<!not )(?:i'd like|i would like|i want|i'd rather have|i would rather have|give me|i need)"
    r"(?: (?:my|the|a))? (?:money(?: back)?|refund)|refund me|remboursez-moi|(?:je veux|je voudrais|je prefere) "
    r"(?:mon argent|etre rembourse\w*|un remboursement|le remboursement))\b"
)


def store_credit_asked(folded: str) -> bool:
    """Whether one reading of store credit (`REQUESTS["store_credit"]`) is not refused or offered by the shop in the
    words just before it (`_CREDIT_NOT_ASKED_BEFORE`), nor set against the money asked in its sentence
    (`_MONEY_ASKED`)."""
    return any(
        not _CREDIT_NOT_ASKED_BEFORE.search(words_before(folded, match.start()))
        and not _MONEY_ASKED.search(folded[slice(*sentence_bounds(folded, match.start(), match.end(), ".!?"))])
        for pattern in REQUESTS["store_credit"]
        for match in regex(pattern).finditer(folded)
    )


def with_request(requests: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """`requests` with `kind` added, in `REQUEST_KINDS`' order."""
    return tuple(known for known in REQUEST_KINDS if known in {*requests, kind})
