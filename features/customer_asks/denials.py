"""Faults of the shop a customer denies in so many words: "it arrived in perfect condition, I just don't need it",
« la bouilloire fonctionne très bien », "it's the right item, just not for me", "the parcel came on time".

A reason ticked or read that claims the shop got something wrong (damage in transit, a defect, a part missing, another
item sent, a listing that differs, a late delivery) is contradicted by such words. A denial counts only where it is
affirmed: not negated in its clause ("not in perfect condition", « pas en parfait état »), not a wish ("I expect it to
work perfectly", "send one in perfect condition"), and, except for the state the parcel arrived in and when, not
qualified in its sentence ("works perfectly except the timer", "the right item but in the wrong colour", "works
perfectly when it wants to"): a fault told after it is one the words' reading may miss. Whether a fault is told besides
a denial is the caller's to weigh (a box that came fine and a vase inside that came broken tell of damage).
"""

from __future__ import annotations

import re

from features.customer_asks.clauses import NEGATION_IN_CLAUSE, denied
from features.customer_asks.fault_context import MADE_LIGHT, blanked
from features.customer_asks.fit import DOES_NOT_FIT, GOES_NOT_ON_ME, SPEAKS_OF_FIT
from features.text import words_before

_GOOD_STATE = r"(?:perfect|good|great|mint|pristine|excellent|immaculate|new|flawless|fine)"
# "Early" that opens when the parcel came, not how soon ("arrived early January", "early evening", "early on
# Saturday", "early the following week", "early today": `_EARLY_THAT_DAY`)
_THAT_DAY = r"(?:today|tonight|yesterday|tomorrow)"
_NOT_A_TIME_AFTER = (
    r"(?! (?:" + _THAT_DAY + r"|in|on|at|the|next|this|last|that|of|one|every|morning|afternoon|evening|"
    r"night|hours?|days?|weeks?|months?|spring|summer|autumn|fall|winter|jan\w*|feb\w*|march|april|may|june|july|"
    r"aug\w*|sept\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*)\b)"
)
# What each reason's fault is denied by, per reason code (`features.taxonomy`).
# Where a clause opens: the text's start, after a mark, or after an answer or a conjunction ("no, it works")
_CLAUSE_OPENS = (
    r"(?:^|(?<=[.,;:!?] )|"
    + "|".join(rf"(?<=\b{word} )|(?<=\b{word}, )" for word in ("no", "nope", "yes", "non", "oui"))
    + r"|(?<=\band )|(?<=\bbut )|(?<=\bet )|(?<=\bmais ))"
)
_DENIALS: dict[str, re.Pattern[str]] = {
    # the item as it came: "arrived in perfect condition", "came intact", « arrivée en parfait état », « intacte »
    "damaged_in_transit": re.compile(
        r"\b(?:in " + _GOOD_STATE + r" (?:condition|shape|state|nick)|in one piece|safe and sound|undamaged|"
        r"without (?:a|any) (?:scratch|mark|dent)|unscathed|en (?:parfait|bon|tres bon|excellent) etat|"
        r"intacte?s?|sans (?:la moindre|une|aucune) (?:rayure|egratignure|trace)|"
        r"(?:arrived|came|turned up|got here|was delivered) (?:\w+ ){0,2}?(?:perfectly|fine|ok|okay|well|safely)\b|"
        r"(?:no|nothing|not|isn't|wasn't|aren't|weren't) (?:\w+ )?(?:damaged|broken|damage|scratched)\b|"
        r"(?:aucun|aucune) (?:dommage|degat|casse|rayure)s?|"
        r"(?:rien|pas) (?:d'|de )?(?:abime|casse|endommage)e?s?|"
        # the item set against its packing: "the vase itself is perfect", "the contents were fine"
        r"(?:itself|themselves|inside|contents?|lui-meme|elle-meme|eux-memes|elles-memes|a l'interieur) (?:is|are|was|"
        r"were|est|sont|etait|etaient) (?:\w+ )?(?:perfect|fine|ok|okay|all right|alright|parfaite?s?|impeccables?|"
        r"nickel)\b)"
    ),
    # on time, the day promised, or sooner: "the parcel came on time", "turned up sooner than I'd thought",
    # "delivered three days ahead of schedule", "got here well before the date you gave", « livrée dans les délais »,
    # « arrivé plus tôt que je ne le pensais », « reçue deux jours avant la date prévue » (not how fast a step went:
    # "came quickly once it was finally dispatched"; nor "the day after": « arrivé le lendemain de la fête » is late;
    # nor "early" that opens when it came: "early in the morning", "early January", "early on Saturday", "early the
    # following week" (`_NOT_A_TIME_AFTER`); nor a person who came early: `_SOMEONE_CAME`)
    "arrived_late": re.compile(
        r"\b(?:arrived|came|got here|turned up|showed up|was delivered|were delivered|delivery was|delivered) "
        r"(?:(?!after\b|late\b|later\b|too\b|not\b|never\b|past\b|but\b)\w+ ){0,3}?"
        r"(?:on time|ahead of (?:time|schedule)|in time|early" + _NOT_A_TIME_AFTER + "|"
        r"(?:earlier|sooner|quicker|faster) than (?:expected|planned|promised|estimated|scheduled|anticipated|"
        r"(?:i|we)(?: had|'d)? (?:expected|thought|imagined)|(?:i|we) thought it would|you said)|"
        r"before the (?:date|day|deadline|estimate\w*|expected|estimated|promised|scheduled|due))\b|"
        r"\b(?:arrivee?s?|livree?s?|recue?s?|livraison) (?:(?!apres\b|retard\b|pas\b|trop\b|mais\b)[\w']+ ){0,3}?"
        r"(?:a temps|a l'heure|dans les (?:temps|delais)|en avance|avec (?:\w+ ){0,2}?d'avance|"
        r"(?:plus tot|plus vite|plus rapide|plus rapidement) (?:que (?:prevu|(?:je |j'|on )?(?:ne |n')?(?:le |l')?"
        r"(?:pensais|croyais|imaginais|attendais)|(?:ce qui etait )?(?:annonce|indique))|qu'(?:annonce|indique|prevu))|"
        r"avant la date (?:prevue|annoncee|indiquee|estimee|promise|de livraison|limite))\b"
    ),
    # it works: "works perfectly", "working fine", "runs fine" (a motor, an engine, a machine), « fonctionne très
    # bien », « marche nickel », « tourne bien »; or said working and no more, as a clause opens: "no, it works, I
    # ...", « non elle marche, ... » (not « ça marche »: "all right"; nor "I can't see how it works", a dye that "runs"
    # or a watch that « tourne » on the wrist)
    "defective": re.compile(
        r"\b(?:works?|working|functions?|functioning|runs?|running) (?:\w+ )?(?:perfectly|fine|great|well|flawlessly|"
        r"smoothly|as it should|like a charm|like a dream|like clockwork|a treat)\b|"
        r"\b(?:in (?:perfect |full |good )?working order|fully functional)\b|"
        + _CLAUSE_OPENS
        + r"(?:it|they|both|everything) (?:still |all )?works?(?= *(?:[.,;!?]|$))|"
        + _CLAUSE_OPENS
        + r"(?:il|elle|ils|elles|tout) (?:marchen?t?|fonctionnen?t?)(?= *(?:[.,;!?]|$))|"
        # nothing wrong with it: "there's nothing wrong with it", « rien à redire », « elle n'a aucun défaut »
        r"\bnothing (?:at all )?wrong with (?:it|them)\b|\brien a redire\b|"
        r"\bn'(?:y )?(?:a|ont) aucun (?:defaut|probleme|souci)\b|"
        r"\b(?:fonctionnen?t?|marchen?t?|tournen?t?) (?:tres |vraiment |parfaitement |super )?(?:bien|parfaitement|"
        r"nickel|impeccablement|impeccable|a merveille|comme (?:une horloge|sur des roulettes))\b"
    ),
    # the item ordered: "it's the right item", "exactly what I ordered", « c'est bien le bon article »
    "wrong_item": re.compile(
        r"\b(?:it's|it is|its|this is|that's|they're|they are|these are|got|received|sent me) (?:\w+ )?"
        r"(?:the right|the correct|what i) (?:item|product|one|ones|model|colou?r|thing|pair|ordered|asked for)\b|"
        r"\b(?:c'est|ce sont|j'ai recu) (?:bien |exactement )?(?:(?:le bon|la bonne|les bons|les bonnes)(?: (?:article|"
        r"produit|modele|coloris|couleur|taille|objet|ref\w*)s?)?|ce que j'ai commande)\b|\bconforme a (?:ma|la) "
        r"commande\b"
    ),
    # nothing missing: "everything was there", « il ne manque rien », « tout y est »
    "missing_parts": re.compile(
        r"\b(?:everything|all (?:the )?(?:parts|pieces|bits|accessories)) (?:is|was|were|are) (?:there|included|"
        r"in the box)\b|\bnothing (?:is |was )?missing\b|\b(?:ne manqu\w* rien|rien ne manqu\w*|tout y (?:est|etait))"
    ),
    # as listed, said of the item: "exactly as described", "it's as pictured", « conforme à la description » (not a
    # bare "as shown", which a misspelt negation leaves: "Noot as shown")
    "not_as_described": re.compile(
        r"\b(?:exactly|just|it's|it is|its|they're|they are|is|are|was|were|looks?|looked) (?:exactly |just )?(?:as|"
        r"like) (?:described|pictured|advertised|shown|in the (?:photos?|pictures?))\b|"
        r"(?<!non )\bconforme (?:a la|aux) (?:description|photos?)\b|"
        # ... or said to match it: "it matches the description", « il correspond bien aux photos »
        r"\b(?:it|they|this|these|which|that) (?:\w+ )?(?:matches|match|matched|corresponds? to|is true to|"
        r"are true to) (?:the |its |their |your )?(?:description|listing|photos?|pictures?|images?)\b|"
        r"\b(?:correspond|correspondent|correspondait|correspondaient) (?:bien |parfaitement |tout a fait |"
        r"exactement )?(?:a la (?:description|photo|fiche|annonce)|aux photos|au descriptif|a l'annonce)\b|"
        r"\b(?:comme|identique) (?:sur|a) (?:la|les) photos?\b|"
        # ... or better than shown: "it's even nicer in person", "prettier than the photos", « encore plus belle en
        # vrai », « mieux qu'en photo » (not the photos praised over it: "nicer in the photos than in person")
        r"\b(?:nicer|better|prettier|lovelier|more beautiful) (?:in (?:person|real life|the flesh)|than (?:in |on )?"
        r"(?:the |your )?(?:photos?|pictures?|website|listing))\b|"
        r"\bplus (?:belle|beau|belles|beaux|jolie?s?) (?:en vrai|en realite|qu'en photos?|que sur (?:la |les |le )?"
        r"(?:photos?|site))\b|\bmieux (?:en vrai|en realite|qu'en photos?|que sur (?:la |les |le )?(?:photos?|site))\b"
    ),
}
# A state hoped for, asked for or expected, not told: "should arrive in perfect condition", "send one that works
# perfectly", « j'attends un article en parfait état », "it's meant to arrive in one piece", « normalement ça fonctionne
# très bien ».
_WISH = (
    r"\b(?:should|would|expect\w*|want\w*|hop\w*|need\w*|send|replace\w*|exchange|if|supposed\w*|meant|thought|"
    r"devrai\w*|devai\w*|cense\w*|normalement|croyais|pensais|attend\w*|voudrai\w*|veux|souhait\w*|envoy\w*|"
    r"remplac\w*|echange\w*|contre|si|qui)\b"
)
_WISHED = re.compile(_WISH + r"[^.!?;,]*$")
# ... and "that's what I asked for", « c'est ce que j'avais commandé », which points back at what its sentence said
# before it: after a wish there ("You should have sent a size up, that's what I asked for") it claims the item is not
# that one
_POINTS_BACK = re.compile(r"(?:that's|that is|c'est|ce sont)\b")
_WISHED_IN_SENTENCE = re.compile(_WISH + r"[^.!?;]*$")


# Someone a customer lives or shares with, who may have the item already ("my flatmate brought hers").
_SOMEONE_CLOSE = (
    r"(?:flat ?mate|room ?mate|house ?mate|partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|sister|brother|"
    r"mum|mom|mother|dad|father|son|daughter|kids|children|child|grandparents|gran|grandma|grandad|nan|parents|family|"
    r"friend|neighbou?r|colleague|in-laws|"
    r"colocataire|coloc|conjointe?|compagnon|compagne|mari|femme|copain|copine|amie?|soeur|frere|mere|pere|fils|"
    r"fille|voisine?|collegue|famille|belle-mere|beau-pere|beaux-parents)"
)
# ... not praised by the one who has it, which is why the customer chose it ("My sister has the same one and loves it")
_NOT_PRAISED = (
    r"(?!(?: \w+)?,? (?:and|et) (?:\w+ )?(?:loves?|likes?|adores?|raves?|swears?|is happy|l'adore|l'aime|"
    r"en est (?:ravie?|contente?|fan))\b)"
)
# Not their size, as the return's reason instead ("too big", « trop petite », "a size up"): the only words beside a
# denial that give the fit's way (`decisions.reason_reading`), not a flaw's ("the plug is a bit loose")
NOT_THEIR_SIZE = (
    r"too (?:small|big|large|tight|loose|long|short)|(?:bigger|smaller) size|a size (?:up|down)|"
    r"trop (?:petite?s?|grande?s?|juste|serree?s?|large?s?|courte?s?|longue?s?)|"
    r"taille (?:au-dessus|au-dessous|en dessous|superieure|inferieure)"
)
# What the return is for instead, said beside a denial, of the customer and this item: they do not need it, changed
# their mind, have one already, bought it by their own mistake, do not like it, or it is not their size ("I just don't
# need it", « j'en ai déjà une », "I bought a second one by mistake", « c'est moi qui me suis trompée », « elle ne me
# plaît pas », "too big"). Words of the same kind about anything else are no such reason: "I have the same problem as
# with the first one", "I already had to send the last one back", "someone must have packed it by mistake", « vous vous
# êtes trompé de couleur », « ça ne va pas du tout », "I don't love that" (a motor that smokes) tell of a fault. A
# denial with none of these may be an expectation a fault then breaks ("It's supposed to work perfectly out of the
# box. Mine doesn't.", « Je croyais qu'elle serait comme sur la photo. Elle est beige »).
# ... not the item wanted so, or done to: "I don't want it to break again", "didn't want them replaced"
_NOT_WANTED_DONE = r"(?! (?:to|if|when|back|replaced|repaired|fixed|exchanged)\b)"
_NOT_WANTED_AS_IT_CAME = (
    r"(?! (?:d'autre|un autre|une autre|un nouveau|une nouvelle|en echange|de remplacement|si|comme ca|dans cet etat|"
    r"en l'etat|cassee?s?|abimee?s?|ainsi|in (?:this|that|such a) (?:state|condition)|like (?:this|that)|as it is|"
    r"broken|damaged)\b)"
)
_REASONS_OF_THEIR_OWN = (
    # no need of it (not of a replacement or a refund asked instead: "I don't need a replacement, just my money back")
    r"(?:i|we|he|she|(?:my|our) \w+) (?:\w+ )?(?:don't|do not|doesn't|does not|didn't|did not|no longer|won't) "
    r"(?:\w+ )?needs?(?! (?:a |an |the |my )?(?:new|replacement|refund|repair|exchange|label|another)\b)",
    r"no longer (?:needed|required|wanted)",
    # ... told with no subject, as after a comma, "just" or "but" ("Arrived a week early. Just don't need it any more.",
    # "Got the lamp I ordered but no longer need it")
    r"(?:^|(?<=[.!?;,:] )|(?<=\bjust )|(?<=\bsimply )|(?<=\band )|(?<=\bbut ))(?:don't|do not|no longer) (?:really "
    r"|actually )?need "
    r"(?:it|them|this|these)(?! (?:fixed|repaired|replaced|exchanged|changed|to|in|as)\b)",
    r"(?:plus|pas) (?:besoin|l'utilite)",
    # ... or use for it: "the planters are no use to me now", « le parc ne servira pas »
    r"(?:no|of no) use (?:to|for) (?:me|us)",
    r"(?:won't|will not|wouldn't|would not) (?:ever )?(?:be )?us(?:e|ed|ing) (?:it|them|this|these|the \w+)",
    r"ne (?:me |nous )?(?:sert|servira|servirait) plus",
    r"ne (?:me |nous )?(?:servira|servirait) (?:pas|a rien)",
    # ... an unwanted gift, bought on a whim, or found cheaper elsewhere
    r"unwanted (?:gift|present)",
    r"cadeau (?:non (?:desire|voulu|souhaite)|en double)",
    r"(?:an )?impulse (?:buy|purchase)",
    r"sur (?:un )?coup de tete",
    r"(?:found|saw|seen) (?:\w+ ){0,4}?(?:cheaper|for less|(?:at|for) half (?:the )?price)",
    r"cheaper elsewhere",
    r"(?:vue?s?|trouvee?s?) (?:\w+ )?(?:moins cher|a moitie prix)",
    r"moins cher (?:ailleurs|chez)",
    # a change of mind, not for them
    r"changed (?:my|our) minds?",
    # ... another found that they like better: "found one I prefer", « j'en ai trouvé une qui me plaît davantage »
    r"(?:found|bought|got|saw|seen|chose|picked) (?:\w+ ){0,3}?(?:one|another|something)(?: else)? (?:that |which )?"
    r"(?:i|we) (?:prefer|preferred|like better|liked better|like more|liked more)",
    r"(?:trouvee?|vue?|achetee?|choisie?) (?:\w+ ){0,3}?(?:qui me plai[ts] (?:plus|mieux|davantage)|que je prefere)",
    r"changee? d'avis",
    r"not (?:really )?for (?:me|us)",
    r"pas pour (?:moi|nous)",
    # one had already, or bought twice
    r"(?:i|we) (?:\w+ )?already (?:have|had|got|own|bought|ordered) (?:one|it|them|two|an? \w+|another|the "
    r"same (?:one|model|item|thing))",
    r"(?:i|we)(?: have| had| own| got|'ve got|'ve) (?:one|two|another|the same(?: one)?) already",
    r"(?:bought|got|ordered|was given|were given) (?:a second one|another one|the same one|(?:two|2) of the same|"
    r"(?:it|one|them) twice)",
    # ... or was given one: "We were given one as a wedding present", « on nous en a offert un »
    r"(?:was|were|been|got) given (?:one|the same(?: one)?|another(?: one)?)",
    # ... or got one as a present: "I just got one as a present", "we received the same one for our wedding"
    r"(?:got|received|was given|were given|been given) (?:one|another(?: one)?|the same(?: one)?) (?:as an? (?:present|"
    r"gift)|for (?:my|our) (?:birthday|wedding|christmas))",
    r"(?:j'en ai|j'en avais|on en a|on en avait|nous en avons|nous en avions) deja",
    # ... or ordered twice: "It's a duplicate order", « commande passée en double », "the order went through twice",
    # "I placed the same order twice", « j'ai passé ma commande deux fois », « commande en doublon »
    r"(?:a )?duplicate (?:order|purchase)",
    r"(?:placed|put through|made|submitted|ordered|bought|picked|clicked|checked out|check out) (?:\w+ ){0,3}?"
    r"twice(?: by (?:mistake|accident)| in error)?",
    r"order (?:\w+ )?(?:went|gone|got|came|was) (?:through|submitted|placed|sent) twice(?: by (?:mistake|accident)| in "
    r"error)?",
    r"commande (?:\w+ ){0,2}?(?:passee?|faite|effectuee|validee) (?:deux|2) fois(?: par erreur)?",
    r"(?:passee?|fait|effectuee?) (?:\w+ ){0,3}?(?:deux|2) fois (?:la|ma|cette|une) (?:meme )?commande(?: par erreur)?",
    r"(?:passee?|fait|effectuee?) (?:la|ma|cette) (?:meme )?commande (?:deux|2) fois(?: par erreur)?",
    r"(?:commandee?s?|commande) (?:\w+ ){0,2}?en doublon",
    # ... ordered by mistake with no subject, at a sentence's start: "Ordered two by mistake", "Bought the wrong one
    # by accident" (not another's mistake: "the colour I ordered was swapped by mistake")
    r"(?:^|(?<=[.!?;,] ))(?:ordered|bought|clicked|selected|picked)(?: (?:it|them|this|these|one|two|2|three|twice|"
    r"an? [\w-]+|the wrong [\w-]+|the same(?: [\w-]+)?|another(?: one)?|an extra(?: one)?))? (?:by mistake|in error|by "
    r"accident)",
    # ... or the one it was for already has it: "Daughter already has this exact set", « Ma fille a déjà ce livre »
    r"already (?:has|have|had|got|owns?) (?:this|that|these|those|the same|one|it)",
    r"(?:a|avait|ont|avaient|avons|ai) deja (?:ce|cet|cette|ces|le meme|la meme|les memes)",
    # ... or someone they live or share with has one already: "my flatmate brought hers", « ma colocataire a
    # apporté la sienne », "my husband already bought the same one"
    r"(?:my|our) "
    + _SOMEONE_CLOSE
    + r" (?:\w+ )?(?:has|had|have|brought|bought|got|owns|already|gave (?:me|us)|lent (?:me|us)) (?:\w+ )?"
    r"(?:one|hers|his|theirs|their own|the same(?: \w+)?|another(?: one)?|an? (?:spare|\w+))" + _NOT_PRAISED,
    r"(?:ma|mon|mes|notre|nos) " + _SOMEONE_CLOSE + r" (?:m'|nous )?(?:a|avait|ont|avaient|en a|en avait) "
    r"(?:deja )?(?:apporte|achete|offert|trouve|recu|commande|donne|ramene|prete|une|un|la sienne|le sien|les siens|"
    r"les siennes|la leur|le leur|les leurs|la meme|le meme)" + _NOT_PRAISED,
    r"on (?:m'|nous )en a (?:deja )?offert",
    r"j'ai deja (?:un|une|le meme|la meme|achete|commande)",
    r"(?:achete|commande|offert) (?:\w+ )?(?:deux fois|en double|(?:un|une) (?:deuxieme|seconde|autre)|le meme|"
    r"la meme)",
    # their own mistake
    r"(?:i|we) (?:\w+ ){0,2}?(?:ordered|bought|chose|picked|clicked|selected) (?:\w+ ){0,4}?(?:by mistake|in "
    r"error|by accident)",
    r"(?:accidentally|mistakenly) (?:ordered|bought|clicked|picked|chose|selected)",
    # several ordered to choose from, the other kept: "Ordered two keyboards to compare", "keeping the brown"
    r"(?:ordered|bought|got|commandee?s?|achetee?s?|pris) (?:\w+ ){0,5}?(?:to compare|to choose|to see which|pour "
    r"comparer|pour choisir|pour voir (?:laquelle|lequel))",
    r"(?:keep|keeping|kept|decided to keep) the other(?: one| size| colou?r)?",
    r"(?:je garde|j'ai garde|on garde) (?:l'autre|le \d+|la \d+)",
    r"(?:je me suis|(?:c'est )?moi qui me suis|nous nous sommes) trompee?s?",
    r"j'ai (?:\w+ )?(?:commande|achete|pris|choisi) (?:\w+ ){0,6}?par erreur",
    # not to their taste
    r"(?:i|we) (?:\w+ )?(?:don't|do not|didn't|did not) (?:\w+ )?(?:like|love|want) (?:it|them|the (?:colou?r|"
    r"style|look|shape|fit|feel|pattern|design|fabric)|how (?:it|they) looks?)" + _NOT_WANTED_DONE,
    # ... nor to the taste of the one it was for: "Wife didn't like it."
    r"(?:doesn't|does not|didn't|did not) (?:really )?(?:like|love|want) (?:it|them)" + _NOT_WANTED_DONE,
    r"(?:doesn't|does not|didn't|did not|don't|do not) suit (?:me|us)",
    r"not (?:really |quite )?my (?:style|taste|colou?r|thing|cup of tea)s?",
    r"(?:ne )?me (?:plai\w*|va|vont|convien\w*) (?:\w+ )?pas",
    r"pas (?:a mon gout|mon style|ma couleur|mon genre|mon truc)",
    # ... or not wanted, not kept: « je n'en veux pas », « je ne la garde pas », "I'm not keeping it" (not another one
    # refused, « je n'en veux pas d'autre », nor the item refused as it came, « je ne le veux pas dans cet état »)
    r"(?:je|j'?|on|nous) ?(?:ne |n' ?|n )?(?:en|le|la|les|l') ?(?:veux|veut|voulons|voulais|garde|gardons|garderai|"
    r"garderais) (?:(?:vraiment|finalement|absolument) )?(?:pas|plus)" + _NOT_WANTED_AS_IT_CAME,
    r"(?:i'm|i am|we're|we are|i|we) (?:\w+ )?(?:not|won't be|will not be|shan't be) keeping (?:it|them|this|these)"
    + _NOT_WANTED_AS_IT_CAME,
)
# The reason of their own that a return is for instead of a fault, said of the customer and this item (no need of it,
# a change of mind, one had already, their own mistake, not to their taste): `reason_of_their_own`
_OF_THEIR_OWN = re.compile(r"\b(?:" + "|".join(_REASONS_OF_THEIR_OWN) + r")\b")
_INSTEAD = re.compile(r"\b(?:" + "|".join((*_REASONS_OF_THEIR_OWN, NOT_THEIR_SIZE)) + r")\b")


# The state the parcel arrived in, and when, is told whatever follows it ("arrived in perfect condition, but I no
# longer need it", « livré dans les délais, mais la robe ne me plaît pas »). Any other denial stands only where its
# sentence ends at it, or the clause after it says what the return is for instead ("works perfectly, but I already
# have one", « mais j'en ai déjà une », "it's the right item, just not for me", « il ne me va simplement pas »):
# anything else after it may narrow, hedge or undo it ("works perfectly except the timer", "works fine but the battery
# died", "works perfectly when it wants to", "the right item on paper", « marche bien quand elle veut », "for the
# first day", "said nobody", "I was told", "I guess", « j'imagine »), and an ellipsis carries the sentence on (« très
# bien... pendant deux jours »).
_QUALIFIED_READ = frozenset(_DENIALS) - {"damaged_in_transit", "arrived_late"}
# ... and the one denied with no reason instead told
_TOLD_WITH_NO_REASON = frozenset({"arrived_late"})
_SENTENCE_ENDS = r"\s*(?:(?!\.\.|…)[.!?;]|$)"
_INSTEAD_FOLLOWS = r"[\s,;:-]*(?=[^.!?;,:…]*(?:" + _INSTEAD.pattern + r"))"
_STANDS = re.compile(rf"{_SENTENCE_ENDS}|{_INSTEAD_FOLLOWS}")
# ... and so it stands where what follows it is a mild flaw made light of ("Works perfectly, the only issue is the lid
# is a bit stiff, no big deal, sending it back because my flatmate brought hers", "a bit noisy, but that's minor"),
# then the end of the sentence or what the return is for; not after a turn that narrows it (« fonctionne très bien,
# sauf que le couvercle ne ferme plus, rien de grave »), nor where the flaw is no mild one (`_NOT_MILD`): the item
# failing in part, a restriction or a strength (« elle ne s'allume qu'une fois sur deux », "the battery only lasts 5
# minutes", "it gets really hot"), a hazard, an intermittent failure (« l'écran clignote un peu », "the app disconnects
# a little"), or a wrong item ("it's the wrong size"), which the words' fault reading may miss.
_NO_EXCEPTION = r"(?:(?!\b(?:except|apart from|but|however|though|sauf|mais|cependant|pourtant|par contre)\b)[^.!?;…])"
_FLAW_MADE_LIGHT_AFTER = re.compile(
    rf"[\s,;:-]*(?P<flaw>{_NO_EXCEPTION}*?)(?:\b(?:but|though|mais|cependant) )?{MADE_LIGHT}"
    rf"(?:{_SENTENCE_ENDS}|{_INSTEAD_FOLLOWS})"
)
_MILD = re.compile(r"\b(?:a (?:bit|little|touch)|slightly|somewhat|un (?:peu|brin|poil)|legerement)\b")
_NOT_MILD = re.compile(
    r"\b(?:(?<!the )only|not|no|never|wrong|really|very|too|so|extremely|super|ne|que|pas|plus|jamais|trop|tres|"
    r"vraiment|mauvaise?|seulement|hot|warm|heat\w*|burn\w*|smell\w*|smok\w*|spark\w*|leak\w*|drip\w*|water|"
    r"batter\w*|charg\w*|shock\w*|power\w*|plug\w*|cable|wire|switch\w*|cuts? out|turns? (?:off|on)|loose|"
    r"chauff\w*|chaud\w*|brul\w*|odeur|fum\w*|fuit|fuite|coule\w*|goutt\w*|eau|etincel\w*|decharge|courant|prise|"
    r"fil|s'eteint|eteint|allum\w*|coupe\w*|desserr\w*|lache|flicker\w*|disconnect\w*|drops? out|freez\w*|lag\w*|"
    r"clignot\w*|decroch\w*|bug\w*|plant\w*|gel\w*)\b|n't\b|\b(?:n|qu)'"
)


def _stands(folded: str, end: int) -> bool:
    """Whether a denial that ends at `end` stands as said: its sentence ends there, or what the return is for instead
    follows (`_STANDS`), or a mild flaw made light of and then either (`_FLAW_MADE_LIGHT_AFTER`)."""
    if _STANDS.match(folded, end):
        return True
    light = _FLAW_MADE_LIGHT_AFTER.match(folded, end)
    return light is not None and bool(_MILD.search(light["flaw"])) and not _NOT_MILD.search(light["flaw"])


# "Arrived early today" may mean this morning as well as ahead of the date: an early arrival only beside a reason of
# the customer's own told instead ("It arrived early today but I no longer need it"), as every other denial; not
# alone, where the rest may tell it late ("It only arrived early today, a week after the party")
_EARLY_THAT_DAY = re.compile(
    r"\b(?:arrived|came|got here|turned up|showed up|was delivered|were delivered|delivered) (?:\w+ )?early "
    + _THAT_DAY
    + r"\b"
)


def denied_reasons(folded: str) -> tuple[str, ...]:
    """The reasons claiming a fault of the shop that the text (`match_view`'s folded view) denies in so many words, in
    `_DENIALS` order; none where the text does not also say what the return is for instead (`_INSTEAD`), but for when
    the parcel came: "Turned up sooner than I'd thought." says plainly no delivery was late, whatever the return is
    for."""
    instead = _INSTEAD.search(folded) is not None
    return tuple(
        reason
        for reason, pattern in _DENIALS.items()
        if (instead or reason in _TOLD_WITH_NO_REASON)
        and (
            _told(folded, pattern, reason in _QUALIFIED_READ, _OF_SOMEONE_ELSE.get(reason))
            or (instead and reason == "arrived_late" and _told(folded, _EARLY_THAT_DAY, False, _SOMEONE_CAME))
        )
    )


# A size the text says the item is not ("Not too small at all", « elle n'est pas trop grande »): that size denied
_SIZE_DENIED: dict[str, re.Pattern[str]] = {
    "too_small": re.compile(
        r"\b(?:not|never|isn't|aren't|wasn't|weren't|pas) (?:at all |really |even |du tout |vraiment )?(?:too|trop) "
        r"(?:small|tight|short|narrow|petite?s?|serree?s?|courte?s?|etroite?s?)\b"
    ),
    "too_large": re.compile(
        r"\b(?:not|never|isn't|aren't|wasn't|weren't|pas) (?:at all |really |even |du tout |vraiment )?(?:too|trop) "
        r"(?:big|large|loose|long|wide|baggy|grande?s?|larges?|amples?|longue?s?)\b"
    ),
}
# ... not for a while only ("It was not too small before washing", « pas trop petite au début »)
_FOR_A_WHILE = re.compile(r"[^.!?;]*\b(?:before|until|at first|when new|avant|au debut|jusqu)\b")


def reason_denied(folded: str, reason: str) -> bool:
    """Whether the text (`match_view`'s folded view) denies the reason `reason` in so many words, whatever else it says
    ("Arrived earlier than expected" of a late delivery, "Works perfectly" of a defect, "Not too small at all" of too
    small), as `denied_reasons` reads a denial (not negated, wished or narrowed after it) but with no reason instead
    asked: a reading of that reason has nothing in the words to stand on."""
    if _says_more(folded):
        return False
    if reason in _SIZE_DENIED:
        return any(not _FOR_A_WHILE.match(folded, found.end()) for found in _SIZE_DENIED[reason].finditer(folded))
    pattern = _DENIALS.get(reason)
    return pattern is not None and _told(folded, pattern, reason in _QUALIFIED_READ, _OF_SOMEONE_ELSE.get(reason))


# Words that say nothing of the item beside a denial ("Arrivé plus tôt que prévu, merci", "Not too small at all")
_SAYS_NOTHING = frozenset(
    ("thanks", "thank", "merci", "nickel", "great", "super", "parfait", "really", "vraiment", "very", "tres", "bien",
     "just", "juste", "hello", "bonjour", "well", "indeed", "elle", "elles", "n'est", "c'est", "tout", "they", "it's",
     "this", "that", "these", "those", "sont", "ne sont")
)  # fmt: skip
_A_WORD = re.compile(r"[a-z']{4,}")


def _says_more(folded: str) -> bool:
    """Whether the text says more than its denials (any denial's words blanked): a word of four letters or more that
    says something ("The shade arrived with a big chip, the base is intact though", a baby "arrived early" beside a
    parcel late): a denial said beside other words may be of another thing than the reason's own."""
    rest = blanked((*_DENIALS.values(), *_SIZE_DENIED.values()), folded, by=" ")
    return any(word not in _SAYS_NOTHING for word in _A_WORD.findall(rest))


# A person who came, not the parcel: a baby, guests, the driver ("our twins arrived early", « la petite est arrivée en
# avance », « mon bébé, lui, est arrivé en avance »): no denial of a late delivery
_SOMEONE_CAME = re.compile(
    r"\b(?:baby|babies|twins|guests?|visitors?|family|courier|driver|postman|son|daughter|little one|bebes?|petite?|"
    r"fils|fille|jumeaux|jumelles|invitee?s?|famille|livreur|facteur)(?:,? (?:lui|elle|eux|himself|herself),?)? "
    r"(?:has |have |had |is |was |were |est |sont |etait |etaient )?$"
)
_OF_SOMEONE_ELSE = {"arrived_late": _SOMEONE_CAME}


def _told(folded: str, pattern: re.Pattern[str], may_be_qualified: bool, someone_else: re.Pattern[str] | None) -> bool:
    for match in pattern.finditer(folded):
        negated = denied(folded, match, NEGATION_IN_CLAUSE)
        before = words_before(folded, match.start())
        if someone_else is not None and someone_else.search(before):
            continue
        wished = (_WISHED_IN_SENTENCE if _POINTS_BACK.match(match.group(0)) else _WISHED).search(before)
        qualified = may_be_qualified and not _stands(folded, match.end())
        if not (negated or wished or qualified):
            return True
    return False


# The packing said hurt on the way ("the outer carton was bashed in", "a squashed parcel", « le colis est arrivé
# cabossé »): what the carrier did to the box, which says nothing yet of the item inside
_PACKING = r"(?:box|boxes|carton|cartons|parcel|parcels|package|packaging|packet|wrapping|colis|emballage|boite|paquet)"
_HURT = (
    r"(?:dented|battered|crushed|squashed|torn|ripped|damaged|bashed(?: in)?|soggy|wet|split|burst|caved in|"
    r"cabossee?s?|ecrasee?s?|abimee?s?|dechiree?s?|enfoncee?s?|mouillee?s?|endommagee?s?|defoncee?s?|eventree?s?)"
)
_PACKING_HURT = re.compile(
    r"\b" + _PACKING + r"\b[^.!?;]{0,30}?\b" + _HURT + r"\b|\b" + _HURT + r" (?:\w+ )?" + _PACKING + r"\b"
)


# The item said unharmed (`_DENIALS`' damage), and the words that may follow it where nothing more is told
_SPARED = _DENIALS["damaged_in_transit"]


def packing_hurt_item_spared(folded: str) -> bool:
    """Whether the text (`match_view`'s folded view) says the packing was hurt on the way (`_PACKING_HURT`: "the
    delivery box was torn") and the item came unharmed, in so many words (`_DENIALS`' damage, as `denied_reasons`
    reads it: "but the planter itself is perfect", « mais la théière est intacte »), and nothing after that but the
    customer's own reason and words that say nothing of the item (not "is fine but smells musty", « intacte,
    l'abat-jour est plié »), and, beside the packing, the denial and the reason, no word of the item's state, of a
    flaw or of a fault (`_COMPLAINT_CUES`, `_small_flaw_told`, `_fault_word_told`): a damage in transit the words deny,
    whatever the return is for (`denied_reasons` needs that told)."""
    if not _PACKING_HURT.search(folded):
        return False
    spared = [found for found in _SPARED.finditer(folded) if not denied(folded, found, NEGATION_IN_CLAUSE)]
    if not spared:
        return False
    # (after the denial, nothing but the customer's own reason and words that say nothing of the item: not "but smells
    # musty", « l'abat-jour est plié »)
    after = _OF_THEIR_OWN.sub(" ", folded[spared[-1].end() :])
    if any(len(word) >= 4 and word not in _SAYS_NOTHING_AFTER for word in _WORD.findall(after)):
        return False
    rest = _OF_THEIR_OWN.sub(" ", _SPARED.sub(" ", _PACKING_HURT.sub(" ", folded)))
    return not (_COMPLAINT_CUES.search(rest) or _small_flaw_told(rest) or _fault_word_told(rest))


def reason_of_their_own(folded: str) -> bool:
    """Whether the text (`match_view`'s folded view) says the return is for a reason of the customer's own, no fault of
    the item: no need of it, a change of mind, one had already, their own mistake, not to their taste ("It is exactly
    as pictured, just not my colours", « j'ai changé d'avis »); whether a fault is told besides is the caller's to
    weigh."""
    return bool(_OF_THEIR_OWN.search(folded))


# What each reason claiming a fault of the shop is about, in any words, said well or ill of the item (`fault_matter`):
# whether it works, the state it came in, its parts, which item it is, its listing
_FAULT_MATTER: dict[str, re.Pattern[str]] = {
    "damaged_in_transit": re.compile(
        r"\b(?:condition|damag\w*|broken|crack\w*|chip\w*|scratch\w*|dent\w*|smash\w*|crush\w*|shatter\w*|torn|"
        r"one piece|in (?:two|pieces)|etat|abim\w*|endommag\w*|cass\w*|fel(?:ee?s?|ures?)|ebrech\w*|ray\w*|bris\w*|"
        r"ecras\w*|dechir\w*|intacte?s?|en morceaux)\b"
    ),
    "defective": re.compile(
        r"\b(?:works?|working|worked|function\w*|switch\w*|turns? (?:on|off)|power\w*|charg\w*|batter\w*|brok\w*|"
        r"break\w*|fault\w*|defect\w*|dead|dies|died|stopp\w*|motor|button|screen|flaw\w*|fonctionn\w*|marche\w*|"
        r"allum\w*|panne|casse\w*|defaut\w*|bouton|ecran|moteur|s'arret\w*|s'eteint|(?:come|comes|came|light|lights|"
        r"lit) (?:on|up))\b"
    ),
    "missing_parts": re.compile(
        r"\b(?:missing|parts?|pieces?|included|accessor\w*|manqu\w*|fourni\w*|tout y (?:est|etait)|accessoires?)\b"
    ),
    "wrong_item": re.compile(
        r"\b(?:wrong (?:item|one|size|colou?r|model|product|thing|parcel|order|pair|version)|(?:sent|got|received) the "
        r"wrong|(?:the )?(?:right|correct) (?:item|one|model|size|colou?r|product)|different|another|instead|sent|"
        r"invoice|quantity|order (?:says|said|shows|was for|number|confirmation)|"
        r"ordered (?:\w+ ){0,4}?(?:but|and (?:got|received))|mauvaise?s?|autres?|"
        r"(?:le|la) bonn?e? (?:article|modele|taille|couleur|produit|reference)|au lieu|a la place|erreur|envoy\w*|"
        r"facture|quantite|bon de commande|commande\w* (?:\w+ ){0,4}?(?:mais|et (?:recu|eu))|mix-?up|asked for|"
        r"stickers?|barcode|labels? says|box says|(?:doesn't|does not|don't|didn't) match|ne correspond|"
        r"(?:got|received) [^.!?]{0,30}\b(?:i|we) (?:had )?(?:ordered|bought)|recue?s? [^.!?]{0,30}\bj'?(?:ai|avais) "
        r"(?:commande|pris)|j'?(?:ai|avais) (?:commande|pris) [^.!?]{0,30}\brecue?s?)\b"
    ),
    "not_as_described": re.compile(
        r"\b(?:pictur\w*|photos?|describ\w*|description|listing|advert\w*|website|site|shown|images?|sold as|"
        r"supposed to be|annonc\w*|fiche|vendue?s? comme|cense\w*|dimensions?|specs?|"
        r"specifications?)\b"
    ),
}


# Words of a fault in the item itself (damage, a defect, a part missing: "the strap snapped", « il manque la
# ceinture »), which a fit told beside them is no fault of; not the matter alone ("it works best on a tall figure", "a
# lovely piece"), praise ("flawless", "faultless", "dead comfy") nor shoes to break in ("breaking them in", « les
# casser »); one negated in its clause ("not faulty", « aucun défaut », "nothing is missing") is `_fault_word_told`'s
_ITEM_FAULT_WORDS = re.compile(
    r"\b(?:damag\w*|broken|broke|breaks|breaking(?! (?:them|it|these|those|(?:my|the|your) \w+) in\b)|crack\w*|"
    r"chipp?(?:ed|s)?|scratch\w*|dent(?:s|ed)?|smash\w*|crush\w*|shatter\w*|snapp?(?:ed|s)?|in (?:two|pieces)|faulty|"
    r"faults?|defect\w*|flaws?|flawed|"
    r"(?<!feet are )(?<!feet were )(?<!toes are )(?<!legs are )(?<!arms are )dead"
    r"(?! (?:comfy|comfortable|easy|good|nice|cute|soft|light|simple|right|cool|"
    r"handy|smart|warm|chuffed|pleased|happy|proud|sexy|pretty|lovely|on)\b)|died|stopped|missing|abim\w*|"
    r"endommag\w*|cassee?s?|cassures?|s'est casse\w*|fel(?:ee?s?|ures?)|ebrech\w*|ecras\w*|en morceaux|defaut\w*|"
    r"defectueu\w*|panne|manqu\w*)\b"
)


def _fault_word_told(clause: str) -> bool:
    """Whether a clause tells a word of a fault in the item (`_ITEM_FAULT_WORDS`) that no denial (`_DENIALS`) nor
    negation in its clause takes back ("Too big, not faulty", « aucun défaut », "not your fault")."""
    blanked = _denials_blanked(clause)
    return any(not denied(blanked, word, NEGATION_IN_CLAUSE) for word in _ITEM_FAULT_WORDS.finditer(blanked))


def fault_matter(folded: str) -> tuple[str, ...]:
    """The reasons claiming a fault of the shop whose matter the text (`match_view`'s folded view) speaks of at all,
    well or ill (`_FAULT_MATTER`): "works great, said nobody" speaks of whether it works, which a reading of no fault
    may have missed."""
    # (the words that give the customer's own reason are none of a fault's: « commandé deux fois par erreur » speaks of
    # the customer's error, not the shop's)
    rest = _OF_THEIR_OWN.sub(" ; ", folded)
    return tuple(reason for reason, pattern in _FAULT_MATTER.items() if pattern.search(rest))


def listing_spoken_of(folded: str) -> bool:
    """Whether the text (`match_view`'s folded view) speaks of the item's listing (its photos, description, what it was
    sold as: `_FAULT_MATTER`) other than to say the item matches it (`_DENIALS`, whether or not the denial stands):
    "It matches the description, but it is grey, I chose white" speaks of another item sent, not of the listing."""
    rest = _DENIALS["not_as_described"].sub(" ", folded)
    return bool(_FAULT_MATTER["not_as_described"].search(rest) or _LISTING_PAGE.search(rest))


# ... the listing named by its page ("the page said it's waterproof", « la page produit »)
_LISTING_PAGE = re.compile(r"\b(?:page|product page|page produit)\b")


# Words that say nothing of the item beside a reason of the customer's own: greetings, thanks, praise of it, the
# return itself, its state unused, what it was for, its twin kept and the words that join them ("Lovely bag, I just
# changed my mind, sorry!", « Très joli, mais j'ai changé d'avis, merci »)
_SAYS_NOTHING_ELSE = frozenset(
    " ".join(
        (
            "hello hey dear thanks thank cheers please sorry regards best kind sending send returning return",
            "returned back this that these those they them their there it's that's they're i'm i've i'd we've",
            "we're just really anyway anymore more have been were will would could should does with from into",
            "after lovely beautiful nice great gorgeous pretty good perfect perfectly love loved like item",
            "product order honestly unfortunately sadly also exactly still quite very much though bonjour merci",
            "svp stp desole desolee cordialement salut mais donc alors juste vraiment tres bien jolie joli belle",
            "beau superbe parfait parfaite parfaitement produit article commande renvoie renvoyer retourne",
            "retourner retour exactement n'est c'est c'etait finalement malheureusement quand meme elle elles ils",
            "sont etait avoir suis j'ai n'ai pour avec chez unopened sealed unworn unused untouched gift gifts",
            "present birthday christmas keeping keep kept exact same twice second extra neuf neuve cadeau",
            "anniversaire noel garde garder refund refunded card voucher credit label postage courier collection",
            "rembourser remboursement carte avoir etiquette trop spare",
            # (which of the two ordered goes back: "the extra one", « le deuxième »)
            "first other both only wanted premier premiere deuxieme seconde autre deux double doublon encore",
            "emballe emballee emballes emballees scelle scellee",
        )
    ).split()
)
_WORD = re.compile(r"[a-z][a-z'-]*")
# ... and after a damage denied beside the packing hurt (`packing_hurt_item_spared`): "now", « je n'en ai plus besoin »
_SAYS_NOTHING_AFTER = _SAYS_NOTHING_ELSE | {"n'en", "n'ai", "now", "maintenant", "plus", "besoin"}


# Words of the item's state or working, or of what it fell short of, that the lists of faults may miss ("Mouldy,
# changed my mind", "arrived wet", "it wobbles", "smaller than I thought", « reçu moisi », « ça sent le plastique »):
# told beside a reason of the customer's own, in any sentence, however short, they may be what it goes back for
_STATE_WORDS = (
    r"wet|damp|soaked|soaking|soggy|mou?ld\w*|mildew\w*|musty|dirty|filthy|grubby|dusty|greasy|sticky|stain\w*|"
    r"smell\w*|stink\w*|stank|reek\w*|odou?r\w*|whiff|glue\w*|residue|hairs|hair (?:in|on|all)|fluff|wobbl\w*|rattl\w*|"
    r"squeak\w*|squeal\w*|grind(?:s|ing)|clunk\w*|creak\w*|buzz\w*|nois\w*|leak\w*|drip\w*|rust\w*|bent|warp\w*|crooked|wonky|uneven|lopsided|peel\w*|flak\w*|"
    r"fray\w*|bobbl\w*|pilling|pilled|faded|fades|fading|discolou?r\w*|yellowed|tarnish\w*|worn|second-?hand|"
    r"pre-?owned|fake|counterfeit|knock-?off|imitation|replica|flimsy|cheap(?:ly|er looking)?|shoddy|tacky|rubbish|"
    r"junk|awful|terrible|horrible|disgusting|gross|nasty|snag\w*|scuff\w*|marks?|marked|blotch\w*|spots?(?! on\b)|"
    r"torn|ripped|(?<!arm )(?<!arm-)holes?|mess|messy|state|unsafe|dangerous|sharp|splinter\w*|overheat\w*|hot|"
    r"burn\w*|melt\w*|itch\w*|scratchy|"
    r"lag\w*|crash\w*|glitch\w*|freez\w*|flicker\w*|crackl\w*|slipp\w*|(?<!anything )wrong|"
    r"mouille\w*|humide|trempe\w*|moisi\w*|(?<!on )(?<!the )(?<!a )sales?|crasseu\w*|poussier\w*|collant\w*|"
    r"tache\w*|odeur\w*|pue|puent|puant\w*|sent (?:le|la|mauvais|bizarre|fort)|colle|residus?|poils?|bancal\w*|"
    r"branlant\w*|tordu\w*|voilee?s?|gondol\w*|de travers|rouill\w*|ecaill\w*|effiloch\w*|bouloch\w*|delave\w*|"
    r"decolor\w*|terni\w*|jauni\w*|"
    r"d'occasion|contrefacon|faux|fausse|bruit\w*|bruyant\w*|grinc\w*|couine\w*|fuit|fuient|fuite\w*|chauffe\w*|"
    r"brul\w*|fondu\w*|clignot\w*|decu\w*|decevant\w*|nulle?s?|affreu\w*|dangereu\w*|coupant\w*|gratte\w*|"
    r"accroch\w*|"
    # (a part coming away: "one button is hanging by a thread", « un bouton se découd »)
    r"hanging (?:by a thread|off|loose)|(?:came|comes|coming|come) (?:off|apart|undone|unstitched|unglued)|"
    r"fell apart|falls apart|falling apart|unravel\w*|unstitched|a un fil|decousu\w*|se decou\w*|se detach\w*|"
    r"pendouill\w*|twisted|vrillee?s?|"
    # ... or a seam, a hem or the lining giving way ("the stitching on the thumb is loose", "the hem is coming down",
    # « la couture de l'épaule est ouverte »), whose "loose" is no fit
    # (not a fit: "the waistband is loose on me", "too loose")
    r"(?:stitch\w*|seams?|hems?|threads?|lining|waistband|elastic|coutures?|ourlets?|doublure|elastiques?)"
    r"(?: [\w'-]+){0,4}? (?<!too )(?<!trop )(?:(?:is|are|was|were|has come|have come|came|come|coming) "
    r"loose(?! (?:on|around|round|at|for|in|fitting)\b)|undone|open|unpicked|"
    r"coming (?:down|out|loose|undone|apart)|gone (?:slack|saggy)|ouverte?s?|decousue?s?|defaite?s?|lache|"
    r"detendue?s?)"
)
# ... and small flaws a customer tells in passing, read only where no negation in their clause takes them back ("No
# loose threads or anything", « aucun fil tiré »: `_small_flaw_told`): a thread or a stitch loose or pulled, wherever
# the sentence puts it ("a few threads hang loose on the pocket", "a pulled thread across the knee", « un fil tiré sur
# la manche »: a thread is never the fit; « fils » only after words that make it threads, not a son: « mon fils »)
_SMALL_FLAWS = re.compile(
    r"\b(?:(?:threads?|stitch\w*)(?: [\w'-]+){0,3}? loose|loose (?:threads?|stitch\w*)|pulled threads?|"
    r"threads? (?:\w+ )?pulled|(?:fil|(?:des|les|deux|trois|quelques|plusieurs|petits) fils) (?:tires?|qui "
    r"(?:pend|pendent|depasse|depassent))|mailles? (?:a )?filee?s?|"
    # ... a small part come off or loose ("a stud has popped off the collar", "one rivet is loose", « une perle
    # s'est détachée »), or a zip that sticks ("the zip keeps catching", « la fermeture se bloque »); not the item
    # itself said loose on the customer ("the strap is loose on my wrist")
    r"(?:buttons?|studs?|beads?|sequins?|rivets?|charms?|buckles?|clasps?|toggles?|poppers?|hooks?|eyelets?|"
    r"screws?|knobs?|boutons?|perles?|paillettes?|strass|boucles?|fermoirs?|pressions?|oeillets?|vis)"
    r"(?: [\w'-]+){0,3}? (?:(?:(?:has|have|had) )?(?:fallen|fell|popped|pinged|dropped|come|came|coming) off|"
    r"(?:is|are|was|were|feels?|has come|have come|came|come|coming|worked|working) loose"
    r"(?! (?:on|around|round|at|for|in|fitting)\b)|(?:s'est|se sont|est|sont) (?:detachee?s?|tombee?s?))|"
    r"(?:zips?|zippers?|zip pulls?|fermetures?(?: eclair)?|glissieres?)(?: [\w'-]+){0,3}? (?:sticks|sticking|stuck|"
    r"catches|catching|jams|jamming|jammed|se (?:bloque|coince)\w*|bloquee?s?|coincee?s?))\b"
)


def _small_flaw_told(clause: str) -> bool:
    """Whether a clause tells a small flaw (`_SMALL_FLAWS`) that no negation in its clause takes back ("Too big, no
    pulled threads", « aucun fil tiré »)."""
    return any(not denied(clause, flaw, NEGATION_IN_CLAUSE) for flaw in _SMALL_FLAWS.finditer(clause))


# ... and the words of what it fell short of, which a fit complaint says too ("too tight", "tighter than I thought")
_SHORT_OF = (
    r"disappoint\w*|expected|expecting|supposed|prevu|pensais|croyais|cense\w*|attendais|loose|"
    r"too(?= \w)(?! similar\b| much like\b)|"
    r"than (?:expected|i thought|pictured|shown|advertised|described|(?:it|they) (?:looked|seemed))|"
    r"(?!cheaper\b|rather\b|other\b)\w+er than|more \w+ than|(?:plus|moins) \w+ que|(?<!en )(?<!de )trop"
)
_STATE_CUES = re.compile(r"\b(?:" + _STATE_WORDS + r")\b")
_COMPLAINT_CUES = re.compile(r"\b(?:" + _STATE_WORDS + "|" + _SHORT_OF + r")\b")
# ... or the item said not to be or do something ("it's not real leather", « ce n'est pas du vrai cuir », "they don't
# close"), what is left once the reason of the customer's own is set aside ("it's not for me" is that reason)
_ITEM_DENIED = re.compile(
    r"(?:\b(?:it|it's|its|they|they're|this|these|il|elle|ils|elles|ce|c'est|ca)\b[^.!?,;:]{0,20}?"
    r"(?:\b(?:not|never|pas|jamais|no longer)\b|n't\b)"
    # ... or a part of it ("the velcro doesn't grip any more", « la fermeture ne tient plus »)
    r"|\b(?:the|le|la|les|l')\s?[a-z]+(?: [a-z]+)? (?:doesn't|don't|won't|isn't|aren't|wasn't|weren't|can't|no longer|"
    r"ne|n')(?=\W))"
    # (not said unused: "it hasn't been used", « elle n'a pas servi », "that's not the point")
    r"(?! (?:\w+ ){0,2}?(?:used|worn|opened|servi|utilisee?s?|portee?s?|ouverte?s?|the point)\b)"
)
# The clauses of a text: its sentences, as a customer ends them, cut at a comma, a colon or a turn ("but", « mais »)
_CLAUSE = re.compile(r"(?:(?!\b(?:but|mais|however|cependant|although|though|also|aussi|en plus)\b)[^.!?;,:\n])+")
# A clause that tells what the reason of the customer's own came of, said before it ("We moved house, so we don't
# need it", « On a déménagé, donc on n'en a plus besoin »): the clause after it starts with its consequence
_CONSEQUENCE = re.compile(r"\s*(?:so|which is why|that's why|hence|donc|du coup|alors|c'est pourquoi)\b")
# ... or after it, with its cause ("I don't need it, as the renovation was called off", « car le chantier est annulé »)
_CAUSE_WORDS = r"because|since|as|cos|'cause|car|parce que|parce qu'|puisque|puisqu'|vu que"
_CAUSE = re.compile(r"\s*(?:" + _CAUSE_WORDS + r"|comme)\b")
# ... or, just before the clause that holds it, what it came of, told of someone or something other than the item ("My
# son switched schools, he doesn't need the uniform", « Le chantier est annulé, on n'en a plus besoin »; not "It's a
# bit chalky, I don't need it" nor "Arrived chalky, ...", said of the item)
_NOT_OF_THE_ITEM = re.compile(
    r"\s*(?!(?:it|it's|its|they|they're|this|these|il|elle|ils|elles|c'est|ca|recue?s?|arrivee?s?|livree?s?)\b)"
    r"(?:the|our|my|we|i|le|la|les|l'|notre|nos|mon|ma|mes|on|nous|je|j'ai|j'avais)\b"
)
# What a customer's circumstances are told in: a plan or an event and what came of it, someone close, a move, a gift, a
# purchase elsewhere ("the renovation was called off", "we moved abroad", « ma fille a changé de club »)
_CIRCUMSTANCE = re.compile(
    r"\b(?:cancel\w*|called off|fell through|postpon\w*|moved|moving|relocat\w*|changed (?:jobs?|schools?|clubs?|"
    r"plans?|house)|change of plans?|plans?|projects?|trip|holiday|wedding|party|event|job|school|club|baby|pregnan\w*|"
    r"gave|given|bought|found|sold|decided|died|passed away|broke up|split up|new (?:house|home|flat|job|car)|company|"
    r"budget|afford|annul\w*|report\w*|repouss\w*|tombe\w* a l'eau|demenag\w*|"
    r"change\w* d'(?:ecole|club|travail|boulot|poste)|"
    r"projet|voyage|vacances|mariage|fete|evenement|travail|boulot|"
    r"ecole|bebe|enceinte|offert|donne|achete|trouve|vendu|decide|fini|termine|moyens|" + _SOMEONE_CLOSE + r")\b"
)
_CAUSE_AFTER = re.compile(r"\b(?:" + _CAUSE_WORDS + r")\b")
# ... or a person its subject ("We adopted a bigger dog", « on a pris une barrière »)
_PERSON_SUBJECT = re.compile(
    r"\s*(?:(?:so|and|but|donc|et|mais|alors) )?(?:i|we|i've|we've|i'm|we're|on|nous|je|j'\w+|(?:my|our|ma|mon|mes|"
    r"notre|nos) " + _SOMEONE_CLOSE + r")\b"
)
# ... and a clause told of the item ("because it tips over")
_OF_THE_ITEM = re.compile(
    r"\s*(?:(?:so|and|but|donc|et|mais|alors) )?(?:it|it's|its|they|they're|this|these|il|elle|ils|elles|ca|c'est)\b"
)
# The item described: what it is, looks or feels like ("they are a bit chalky", « elle fait cheap »), in a clause that
# does not tell the reason of the customer's own, where a complaint the lists of faults miss may be said
_DESCRIBED = re.compile(
    r"\b(?:is|are|was|were|looks?|looked|feels?|felt|seems?|seemed|est|sont|etait|etaient|fait|font|parait)\b"
)
# ... or, in any clause, said of the item ("it's a bit chalky", « c'est un peu léger »)
_ITEM_DESCRIBED = re.compile(
    r"\b(?:(?:it|they|this|these|il|elle|ils|elles|ca) (?:is|are|was|were|looks?|looked|feels?|felt|seems?|seemed|"
    r"est|sont|etait|etaient|fait|font|parait|semble)|it's|they're|c'est(?! (?:tout|deja|juste|simplement|que|pour|"
    r"en fait)\b))\b"
    # (nor describing nothing once the reason is set aside: "It's [a duplicate order], ...")
    r"(?!\s+(?:(?:a|an|un|une)\s+)?(?:[,.;:!?]|$))"
    # (not praised, nor said new or a gift: "no, they're fine", « elles sont très bien », "it's still sealed")
    r"(?! (?:\w+ )?(?:fine|ok|okay|great|good|lovely|perfect|beautiful|nice|gorgeous|pretty|gift|present|new|unused|"
    r"unopened|sealed|unworn|bien|nickel|parfaite?s?|super|top|impeccables?|jolie?s?|belles?|beaux?|neuve?s?|cadeau|"
    r"intacte?s?)\b)"
)


def said_besides(folded: str) -> bool:
    """Whether the text (`match_view`'s folded view) says more than a reason of the customer's own (`_OF_THEIR_OWN`),
    told with its circumstances, a fault denied (`_DENIALS`) and words that say nothing of the item
    (`_SAYS_NOTHING_ELSE`), that a complaint may hide in: beside the reason and the denials, a word of the item's state
    or of what it fell short of (`_COMPLAINT_CUES`: "Mouldy, changed my mind", "Arrived wet and mouldy, I don't want it
    anymore") or the item said not to be or do something (`_ITEM_DENIED`), anywhere; or, in a sentence that does not
    hold the reason, more than one other word of four letters or more (the item's name) that the lists of faults may
    miss. The sentence that holds the reason is its telling: "The renovation was called off so we don't need the
    spare boards" says no more than the reason."""
    rest = _denials_blanked(_OF_THEIR_OWN.sub(" ", folded))
    if _COMPLAINT_CUES.search(rest) or _ITEM_DENIED.search(rest) or _ITEM_DESCRIBED.search(rest):
        return True
    if any(_small_flaw_told(clause) for clause in _SENTENCE.findall(rest)):
        return True
    untold = _clauses_not_telling(folded)
    others = " ".join(_denials_blanked(clause) for clause, _ in untold)
    words = [word for word in _WORD.findall(others) if len(word) >= 4 and word not in _SAYS_NOTHING_ELSE]
    # (the verb of a clause that holds the reason is the reason's: « ce n'est pas ma couleur »)
    described = any(_DESCRIBED.search(_denials_blanked(clause)) for clause, held in untold if not held)
    return len(words) > 1 or described


def _denials_blanked(clause: str) -> str:
    """The clause without its faults denied (`_DENIALS`), each read in turn where the clause holds its words."""
    return blanked(_DENIALS.values(), clause, by=" ")


def _causes_told(clause: str, reason: re.Match[str]) -> tuple[str, ...]:
    """What the clause that holds a reason of the customer's own (`reason`) tells of its cause: the words before it, and
    after it from a cause's connective on (`_CAUSE_AFTER`), apart: in "We won't be using it since the timer skips" the
    person before the reason is its subject, and the cause told after is the item's."""
    cause = _CAUSE_AFTER.search(clause, reason.end())
    return (clause[: reason.start()], clause[cause.end() :]) if cause else (clause[: reason.start()],)


def _circumstance(clause: str) -> bool:
    """Whether a clause tells a circumstance of the customer's (`_CIRCUMSTANCE`, or a person its subject: "We adopted a
    bigger dog"), not the item ("because it tips over", "the drawer jams")."""
    if not clause.strip() or _OF_THE_ITEM.match(clause):
        return not clause.strip()
    return bool(_CIRCUMSTANCE.search(clause) or _PERSON_SUBJECT.match(clause))


def _clauses_not_telling(folded: str) -> list[tuple[str, bool]]:
    """The clauses of the text (`_CLAUSE`), or what is left of them, that do not tell the reason of the customer's own:
    not the reason itself, nor what its clause says besides it where that tells a circumstance (`_CIRCUMSTANCE`: "The
    renovation was called off so we don't need the boards"; not "The legs wiggle so I don't need it"), nor, telling a
    circumstance, the clause just before the one that holds it (starting with its consequence, `_CONSEQUENCE`, or told
    of someone or something other than the item, `_NOT_OF_THE_ITEM`) or a clause that starts with its cause
    (`_CAUSE`) just after it, not said of the item ("because it tips over"); each with whether its clause held the
    reason."""
    clauses = [match.group(0) for match in _CLAUSE.finditer(folded) if match.group(0).strip()]
    reasons = [_OF_THEIR_OWN.search(clause) for clause in clauses]
    holds = [reason is not None for reason in reasons]
    # what the reason's clause says before it (its cause: "the legs wiggle so") or after it that starts with its cause
    # ("because it tips over"); anything else that follows is what is not needed ("the extra tiles")
    causes = [
        _causes_told(clause, reason) if reason else (clause,) for clause, reason in zip(clauses, reasons, strict=True)
    ]
    told = [" ".join(parts) for parts in causes]
    telling = [held and all(map(_circumstance, parts)) for held, parts in zip(holds, causes, strict=True)]
    for at in range(len(clauses) - 1):
        joined = _CONSEQUENCE.match(clauses[at + 1]) or _NOT_OF_THE_ITEM.match(clauses[at])
        if holds[at + 1] and joined and _circumstance(clauses[at]):
            telling[at] = True
    for at in range(1, len(clauses)):
        cause = _CAUSE.match(clauses[at])
        if holds[at - 1] and cause and _circumstance(clauses[at][cause.end() :]):
            telling[at] = True
    return [(rest, held) for rest, held, tells in zip(told, holds, telling, strict=True) if not tells]


# The fit told in a picture rather than by its words ("it perches on my head like a thimble", "I could fit two of me in
# it", « je nage dedans », « on tient à deux dedans »): fit talk the words' fit reading may not know
_FIT_PICTURED = re.compile(
    r"\b(?:sits?|sat|perch(?:es|ed)?|balanc(?:es|ed)) (?:\w+ )?on (?:top of )?(?:my|his|her|their|your|the) "
    r"(?:head|skull|crown|nose|ears?|toes)\b|"
    r"\b(?:swimming|drowning|swimming about|lost|rattling around) in (?:it|them|this|these|the \w+)\b|"
    r"\b(?:fit|fits|get|got) (?:two|2|three) of me\b|\broom for (?:two|2|another person)\b|"
    r"\blike (?:a|an|wearing a|wearing an) (?:tent|sack|bin bag|bin liner|potato sack|parachute|sausage skin|"
    r"sausage casing|second skin|thimble|bottle ?cap|doll's|child's|kid's)\b|"
    r"\b(?:je|on) (?:nage|nageait|flotte|flottait|tient a deux|rentre a deux) (?:\w+ )?dedans\b|"
    r"\b(?:posee?s?|perchee?s?) (?:\w+ )?sur (?:le crane|la tete|le sommet de (?:la|ma) tete)\b|"
    r"\bcomme (?:une tente|un sac|un sac a patates|un parachute|une deuxieme peau|une seconde peau|un de a coudre)\b|"
    r"\bboudinee?s?\b"
)
# The fit told by what the item does to the body, or the item set against the body or the rider, with no size word
# ("the boots squash my toes", "a tad roomy", "too narrow for my skull", "the bike is too tall for me, I can't reach
# the ground", « ça m'écrase les orteils », « trop haut pour moi »): the way the customer's fit complaint points, which
# the words' fit reading may not know; `fit_felt` reads it
_BODY = (
    r"(?:head|skull|forehead|temples?|face|cheeks?|cheekbones?|nose|ears?|neck|shoulders?|chest|bust|ribs|back|waist|"
    r"tummy|belly|stomach|hips?|bum|thighs?|legs?|knees?|calf|calves|ankles?|feet|foot|toes?|heels?|arches?|wrists?|"
    r"hands?|fingers?|knuckles?|arms?|tete|crane|front|tempes?|visage|joues?|pommettes?|nez|oreilles?|cou|epaules?|"
    r"poitrine|dos|ventre|hanches?|fesses|cuisses?|jambes?|genoux|mollets?|chevilles?|pieds?|orteils?|talons?|"
    r"poignets?|mains?|doigts?|bras|cotes)"
)
_OF_THE_BODY = r"(?:my|his|her|their|our|your|mon|ma|mes|son|sa|ses|les|la|le|l')\s?(?:[\w-]+ )?" + _BODY + r"\b"
# ... of the customer's height, build or whole self: "for me", "for my height", « pour moi », « pour ma taille »
_FOR_THEM = (
    r"(?:for|pour) (?:me|him|her|us|them|moi|lui|elle|nous|eux|(?:my|his|her|mon|ma|son|sa) (?:height|build|frame|"
    r"size|stature|taille|gabarit|morphologie|corpulence)|" + _OF_THE_BODY + r")(?!\w)"
)
# ... what the item does to the body: squeezing, pressing or digging into it ("the boots squash my toes", "the
# waistband digs into my belly", « le casque appuie sur mes tempes »): too small
_PRESSED = re.compile(
    r"\b(?:squeez\w*|pinch\w*|crush\w*|squash\w*|cramp\w*|press(?:es|ed|ing)? (?:on|into|against)|dig(?:s|ging)? "
    r"into|cuts into|cutting into|grip(?:s|ping)? (?:\w+ )?like a vi[cs]e|ecras\w*|compress\w*|comprim\w*|"
    r"cisaill\w*|pinc\w*|appui\w* sur|rentr\w* dans)\b(?: (?:me|m'|lui|l'))?[^.!?;,]{0,12}?\b" + _OF_THE_BODY
)
# ... unless a part of the item that pokes, cuts or traps is told in its sentence ("A nail presses into my heel", "it
# digs into my heel, there's a nail poking through", « le mécanisme pince les doigts », « ça rentre dans le dos, une
# agrafe dépasse »): a flaw or a hazard
_SHARP_PART = re.compile(
    r"\b(?:nails?|staples?|tacks?|pins?|edges?|mechanisms?|hinges?|clamps?|clasps?|latch\w*|wires?|underwires?|springs?|"
    r"screws?|splinters?|"
    r"labels?|tags?|rivets?|bolts?|spikes?|burrs?|points?|clous?|agrafes?|bords?|mecanismes?|charnieres?|"
    r"fils? de fer|ressorts?|vis|echardes?|armatures?|etiquettes?|epingles?|pointes?|baleines?)\b"
)
# ... unless that part is told after the pressing, giving way under the fit ("the hinges splay", « les charnières
# s'écartent »): what the fit does to it
_GIVING_WAY = re.compile(
    r" (?:\w+ )?(?:splay\w*|bow(?:s|ed|ing)?(?: out\w*)?|bend\w* out\w*|bent out\w*|forcent|s'ecartent)\b"
)
# ... the item too high or too low, too short or too long for the customer ("the saddle is too high for me", « trop
# bas pour moi », "too short for my height"), not a setting, a sound, an angle, a time or a price ("the volume is too
# high for me", "the bass is too low for me", "the seat's tilt is too high for me", "the battery life is too short
# for me", « l'autonomie est trop courte pour moi »: a fault or a preference) nor a heel's height, which is no size.
# Words that also name clothing or kit ("life jacket", "cycle shorts", "two-tone", "rain gear") or a possessive
# (« son col ») are not among them.
_TOO_HIGH_OR_LOW = re.compile(r"\b(?:too|trop) (?:(high|haute?s?)|low|basse?s?) " + _FOR_THEM)
_NOT_A_HEIGHT = re.compile(
    r"\b(?:volume|brightness|price|setting|temperature|heat|speed|pressure|level|sound|noise|power|sensitivity|"
    r"contrast|pitch|resistance|tension|heels?|bass|treble|tilt|angle|incline|recline|zoom|resolution|intensity|"
    r"strength|output|flow|suction|battery|runtime|charge|timer|program(?:me)?|warranty|delay|wait|delivery|prix|"
    r"luminosite|vitesse|pression|niveau|(?:le|du) son|puissance|reglages?|talons?|basses|aigus|"
    r"tonalite|inclinaison|angle|intensite|debit|aspiration|batterie|autonomie|charge|minuterie|programme|garantie|"
    r"delai|livraison)\b"
)
# ... and the other ways the item is set against the customer ("too narrow for my head", "too long for me"): the same
# group 1 for a way up (too small)
_TOO_FOR_THEM = re.compile(
    r"\b(?:too|trop) (?:(narrow|small|short|tight|tiny|snug|etroite?s?|petite?s?|courte?s?|serree?s?|juste)|tall|big|"
    r"large|wide|long|loose|grande?s?|large?s?|longue?s?|ample?s?) " + _FOR_THEM
)
_FIT_FELT: dict[str, re.Pattern[str]] = {
    "up": re.compile(
        r"\b(?:toes?|heels?|knees?) (?:\w+ )?(?:hit|hits|touch|touches|bang|bangs|press|presses|jammed|rub|rubs) "
        r"(?:against |on |into )?the (?:end|front|top|handlebars?|bars|steering|tip)\b|"
        r"\b(?:orteils?|genoux) (?:\w+ )?(?:touchent|tape\w*|butent|cognent) (?:le bout|contre le guidon|le guidon)\b"
    ),
    "down": re.compile(
        r"\b(?:(?:a )?(?:touch|bit|little|tad|smidge) |too |rather |quite |very )roomy\b|"
        r"\broomy (?:on|for) (?:me|him|her)\b|"
        # (« un peu large » of the item, not of the customer: « j'ai le pied un peu large », « je suis un peu grande »)
        r"\bun (?:peu|poil|brin) amples?\b|\b(?:il|elle|ils|elles|c'est|c) (?:est |sont )?un (?:peu|poil|brin) "
        r"(?:grande?s?|large?s?)\b|"
        r"\b(?:can't|cannot|can not|couldn't|could not|unable to) (?:\w+ )?(?:reach|touch) the "
        r"(?:pedals|ground|floor|handlebars?|bars)\b|"
        r"\b(?:can't|cannot|can not|couldn't|could not) put (?:a|my|his|her) foot down\b|"
        r"\b(?:on (?:my |his |her )?tip-?toes?|tip-?toeing)\b|\bsur la pointe des pieds\b|"
        r"\bne (?:touche|touchons|touchent|touchait) (?:pas|meme pas|plus) (?:le sol|terre|par terre|les pedales)\b|"
        r"\b(?:slips?|slides?|slipping|sliding|falls?|falling) (?:straight |right )?off " + _OF_THE_BODY + "|"
        # (the item hanging off, drowning or swallowing the wearer: "it hangs off me", "the coat drowns me")
        r"\b(?:hangs?|hanging|hung) off (?:me|him|her|them|my (?:shoulders|frame|body))\b|"
        r"\b(?:drowns?|drowning|swamps?|swamping|swallows?|swallowing|swallowed) (?:me|him|her|them)\b|"
        r"\bgliss\w* (?:de|sur) " + _OF_THE_BODY
    ),
}
# The sentences of a text, as a customer ends them, and what makes light of a flaw told in one ("no big deal")
_SENTENCE = re.compile(r"[^.!?;\n]+")
_MADE_LIGHT_OF = re.compile(MADE_LIGHT)
# The clauses a fit is told in: cut at a sentence's end, a comma or a colon, and at the words that join another matter
# to it ("Too tight and the seams are crooked", « trop serré, et la fermeture accroche »)
_FIT_CLAUSE_ENDS = re.compile(
    r"[.!?;,:\n]+|\b(?:and|but|also|though|however|plus|with|et|mais|aussi|avec|cependant|pourtant)\b"
)
# The customer's own places and people an item is set against, named with "the" ("too small for the bed", "too big
# for the alcove", « trop grande pour le lit », "too short for the window"): a fit that fails the customer, not the
# item's parts failing each other. Not furniture, a body or a device named so: "the legs", "the shelves", "the drawers",
# "the table frame", "the face" of a watch, « les pieds », « le meuble » are as often the item's own parts.
_CUSTOMERS_OWN_PLACES = (
    r"beds?|bunks?|mattress\w*|cots?|cribs?|rooms?|bedrooms?|kitchens?|bathrooms?|living room|hall|hallway|landing|"
    r"windows?|doorways?|gardens?|balcon(?:y|ies)|patios?|yard|garages?|cars?|van|bab(?:y|ies)|toddlers?|kids?|child|"
    r"children|sons?|daughters?|boys?|girls?|husband|wife|partner|dogs?|pupp(?:y|ies)|cats?|kittens?|pets?|"
    r"lits?|matelas|berceaux?|chambres?|cuisine|salle de bain|salon|couloir|entree|fenetres?|jardin|balcon|terrasse|"
    r"garage|voitures?|coffre|bebes?|enfants?|fils|filles?|mari|femme|chiens?|chiots?|chats?|chatons?|"
    # (a space or a wall, but of the item's own: "the space between the side panels", "the walls of the tent", «
    # l'espace entre les montants »; "boot" is the shop's boots but in "the car boot")
    r"(?:alcoves?|recess\w*|niches?|space|gap|corner|walls?|espace|emplacement|coin|murs?)\b"
    r"(?! (?:of|in|between|inside|within|on|de|du|des|d'|entre|dans|sur) (?!(?:my|our|mon|ma|mes|notre|nos)\b))"
)
# ... and, named as theirs ("my wrist", "our table", « mon poignet »), their furniture, body and devices too
_CUSTOMERS_OWN_THINGS = (
    _CUSTOMERS_OWN_PLACES
    + r"|sofas?|couch\w*|settees?|armchairs?|chairs?|tables?|desks?|dressers?|shel(?:f|ves|ving)|bookcases?|doors?|"
    r"cupboards?|wardrobes?|closets?|drawers?|cabinets?|worktops?|counter\w*|fridges?|freezers?|ovens?|hobs?|sinks?|"
    r"baths?|bathtubs?|showers?|bikes?|prams?|buggy|strollers?|pushchairs?|head|face|wrists?|hands?|feet|foot|legs|"
    r"arms|neck|waist|hips|chest|body|phones?|laptops?|tablets?|tv|television|monitors?|canapes?|fauteuils?|chaises?|"
    r"tables?|bureaux?|etageres?|placards?|armoires?|tiroirs?|meubles?|portes?|plan de travail|frigo|four|evier|"
    r"baignoire|douche|velos?|poussettes?|tete|visage|poignets?|mains?|pieds?|cou|telephone|portable|ordinateur|"
    r"tablette|tele|televiseur"
)
_THEIR = r"(?:my|our|his|her|your|mon|ma|mes|notre|nos)"
_NOT_THE_CUSTOMERS_OWN = r"(?!\s?(?:[\w-]+ ){0,2}(?:" + _CUSTOMERS_OWN_PLACES + r")\b)"
# ... and the item said not to cover, reach or close round one of them ("won't go round my pillow", "won't
# close on my wrist", « ne couvre pas le matelas »): the fit told, not a part failing
_SHORT_OF_THEIR_OWN = re.compile(
    r"(?:\b(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|didn't|did not)\s(?:\w+ )?(?:cover|reach|"
    r"close|fasten|do up|go (?:round|around|over)|stretch (?:over|across|round|around)|stay on)\b"
    r"|\bne\s(?:\w+ )?(?:couvre|couvrent|arrive|arrivent|ferme|ferment|fait|font|tient|tiennent)\s"
    r"(?:pas|meme pas|plus)\b)"
    r"[^.!?,;]*?\b(?:" + _THEIR + r"\s(?:[\w-]+ ){0,3}?(?:" + _CUSTOMERS_OWN_THINGS + r")|(?:the|le|la|les|l')\s?"
    r"(?:[\w-]+ ){0,3}?(?:" + _CUSTOMERS_OWN_PLACES + r"))\b"
)
# A fit of one part of the item to another, or of the pair to itself, which is the item's fault, not the customer's fit
# ("The lid is too small for the pot it came with", « le couvercle est trop petit pour la casserole fournie avec », "one
# leg is longer than the other", « une manche plus longue que l'autre »); not of the item to the customer's own things
_FIT_OF_ITS_PARTS = re.compile(
    r"\b(?:came|comes|come|supplied|included|sold) with\b|\bfournie?s? avec\b|\blivree?s? avec\b|"
    # (... or bought with it: "the mattress I bought with it", « le matelas acheté avec »)
    r"\b(?:bought|ordered|purchased) (?:\w+ )?with (?:it|them)\b|\b(?:achetee?s?|commandee?s?) avec\b|"
    r"\b(?:too \w+|trop \w+) (?:for|pour) (?:the|its|their|le|la|les|l'|sa|son|ses|leur|leurs)\b"
    + _NOT_THE_CUSTOMERS_OWN
    + r"|\b(?:(?:doesn't|does not|don't|do not|won't|will not) fit|ne (?:rentre|rentrent|va|vont) pas) "
    r"(?:on|over|into|onto|in|around|sur|dans|autour d[eu]) (?:the|its|their|le|la|les|l'|sa|son|ses|leur|leurs)\b"
    + _NOT_THE_CUSTOMERS_OWN
    + r"|"
    # (one part set against the other, whatever the comparison and however the part is named: "one earcup is louder
    # than the other", "the left shoe is heavier than the other", « la manche droite est plus foncée que l'autre »; or
    # of the item's size: "longer than the other"; not the item against another item named after it: "more feminine
    # than the other coats I tried", "nicer than the other one I bought", « plus jolie que l'autre que j'avais »)
    r"\b(?:is|are|was|looks|feels|seems|sounds|est|etait|semble|parait|fait)\b[^.!?;,]{0,40}?\b(?:than the other|"
    r"que l'autre)(?: one)?\b(?! (?!(?:side|and|but|et|mais)\b)[\w'-]+)|"
    r"\b(?:longer|shorter|bigger|smaller|larger|wider|narrower|higher|lower|tighter|looser|thicker|thinner) than the "
    r"other\b|\b(?:plus|moins) (?:long|court|grand|petit|large|etroit|serre|haut|bas|epais|fin)\w* que l'autre\b|"
    r"\bnot the same (?:length|size)\b|\bpas (?:de )?la meme (?:taille|longueur)\b|"
    r"\bdifferent (?:lengths|sizes)\b|\bodd sizes?\b"
)


# A part that opens or turns said too tight: a lid, a cork, a knob screwed or stuck too tight ("the lid is screwed on
# too tight to undo", « le bouchon est trop serré »), or anything too tight to open ("so tight I can't unscrew it",
# « trop serré, impossible de l'ouvrir »): a fault of the item, not its fit on the customer (a cap or a top worn is
# told so only with the opening)
_CLOSURE = (
    r"(?:lids?|corks?|stoppers?|bungs?|knobs?|dials?|valves?|taps?|nuts?|bolts?|screws?|screw-? ?tops?|bouchons?|"
    r"couvercles?|capuchons?|vis|ecrous?|robinets?|molettes?|clapets?|bondes?)"
)
_TOO_TIGHT = r"(?:too|so|very|really|far too|way too|trop|tellement|si|tres|vraiment) (?:tight|stiff|serree?s?|dure?s?)"
_OPENING = (
    r"(?:open|unscrew|twist (?:it |them )?off|prise (?:it |them )?off|get (?:it|them|the \w+) off (?:the|my) "
    r"(?:bottle|jar|tube|flask|thermos|container|pot|tin|can)|ouvrir|l'ouvrir|les ouvrir|devisser|"
    r"le devisser|la devisser|les devisser|tourner|le tourner|la tourner)"
)
_CLOSURE_TOO_TIGHT = re.compile(
    r"\b" + _CLOSURE + r"\b[^.!?;]{0,40}?\b" + _TOO_TIGHT + r"\b|"
    r"\b" + _TOO_TIGHT + r" (?:to|pour) (?:undo|" + _OPENING + r")\b|"
    r"\b"
    + _TOO_TIGHT
    + r"\b[^.!?;]{0,40}?\b(?:(?:can't|cannot|couldn't|could not|unable to|impossible to) (?:\w+ )?"
    + _OPENING
    + r"|impossible (?:d'|de )"
    + _OPENING
    + r"|(?:n'arrive|n'arrivons|n'arrivent) (?:pas|plus) a "
    + _OPENING
    + r")\b"
)


def closure_too_tight(folded: str) -> bool:
    """Whether the text (`match_view`'s folded view) says a part that opens or turns is too tight (`_CLOSURE_TOO_TIGHT`:
    "the lid is screwed on too tight to undo", « le bouchon est trop serré »): a fault of the item, whatever fit
    words it uses."""
    return bool(_CLOSURE_TOO_TIGHT.search(folded))


def fit_felt(folded: str) -> str | None:
    """The way ("up": too small, "down": too big) the text (`match_view`'s folded view) tells the fit by what the item
    does to the body or set against the body or the rider (`_felt_ways`: "the boots squash my toes", "a tad roomy",
    "the bike is too tall for me", « trop étroit pour ma tête »); None where it tells neither way, or both."""
    ways = _felt_ways(folded)
    return next(iter(ways)) if len(ways) == 1 else None


def _part_hurts(sentence: str) -> bool:
    """Whether a sentence that tells the item pressing on the body (`_PRESSED`) names a sharp part of the item
    (`_SHARP_PART`) as what hurts: anywhere, but for a part told after the pressing giving way under the fit
    (`_GIVING_WAY`)."""
    pressed = _PRESSED.search(sentence)
    if pressed is None:
        return False
    return any(
        part.start() < pressed.end() or not _GIVING_WAY.match(sentence, part.end())
        for part in _SHARP_PART.finditer(sentence)
    )


def _of_no_height(sentence: str, at: int) -> bool:
    """Whether the clause of `sentence` that ends at `at` speaks of a setting, a sound, an angle or a time
    (`_NOT_A_HEIGHT`: "the bass is too low for me"), not of "delivery was quick, but it is too short for me"."""
    opens = max((end.end() for end in _FIT_CLAUSE_ENDS.finditer(sentence, 0, at)), default=0)
    return _NOT_A_HEIGHT.search(sentence, opens, at) is not None


def _felt_ways(folded: str) -> set[str]:
    """The ways the text tells the fit felt (`fit_felt`), sentence by sentence: pressing on the body unless a sharp part
    of the item does it (`_SHARP_PART`), too high or low, small or big for the customer unless of a setting, a sound,
    an angle or a time (`_NOT_A_HEIGHT`), and the other pictures of `_FIT_FELT`."""
    ways: set[str] = set()
    for sentence in _SENTENCE.findall(folded):
        # (a sharp part told anywhere in the sentence is what hurts, but for one told after the pressing giving way
        # under the fit: "the frame presses on my cheekbones and the hinges bow outwards")
        if _PRESSED.search(sentence) and not _part_hurts(sentence):
            ways.add("up")
        for height in _TOO_HIGH_OR_LOW.finditer(sentence):
            if not _of_no_height(sentence, height.start()):
                ways.add("down" if height.group(1) else "up")
        for measure in _TOO_FOR_THEM.finditer(sentence):
            if not _of_no_height(sentence, measure.start()):
                ways.add("up" if measure.group(1) else "down")
        ways.update(way for way, pattern in _FIT_FELT.items() if pattern.search(sentence))
    return ways


def fit_pictured(folded: str) -> bool:
    """Whether the text (`match_view`'s folded view) tells the fit in a picture (`_FIT_PICTURED`: "it sits on top of my
    head like a bottle cap", « je nage dedans »)."""
    return bool(_FIT_PICTURED.search(folded))


def said_besides_the_fit(folded: str, counted: bool = True) -> bool:
    """Whether the text (`match_view`'s folded view) says more than the fit that a complaint may hide in: a fit of the
    item's parts to each other (`_FIT_OF_ITS_PARTS`), a word of the item's state in a clause of the fit ("Too tight,
    the heel wobbles"), or, in a clause that does not speak of the fit (`_FIT_CLAUSE_ENDS`; "it doesn't fit" speaks of
    it), a word of the item's state ("one button is hanging by a thread"), the item said not to be or do something, a
    word of a fault in the item not denied (`_ITEM_FAULT_WORDS`: "and the strap snapped"), or more than one other word
    of four letters or more that says something of the item ("and the strap buckle keeps slipping open"), but for a
    sentence that makes light of what it tells. "I'm swimming in this coat, lovely colour though" says no more than the
    fit. Not `counted`, only the words of a flaw count (all but the other words): where the customer's own words point
    the fit one way or ask a size, other words alone do not hide a fault."""
    if _FIT_OF_ITS_PARTS.search(folded):
        return True
    # a sentence that makes light of what it tells ("Only flaw: the colour is a shade darker, nothing serious") tells
    # no complaint the return is for
    told = " . ".join(sentence for sentence in _SENTENCE.findall(folded) if not _MADE_LIGHT_OF.search(sentence))
    for clause in _FIT_CLAUSE_ENDS.split(told):
        # (the fit said with no way given is the fit too: "it doesn't fit", « elle ne me va pas », "it won't go round
        # my pillow")
        fit_said = DOES_NOT_FIT.search(clause) or GOES_NOT_ON_ME.search(clause) or _SHORT_OF_THEIR_OWN.search(clause)
        felt = bool(_felt_ways(clause))
        if SPEAKS_OF_FIT.search(clause) or _FIT_PICTURED.search(clause) or felt or fit_said:
            if _STATE_CUES.search(clause) or _small_flaw_told(clause) or _part_hurts(clause):
                return True
            continue
        if _STATE_CUES.search(clause) or _ITEM_DENIED.search(clause) or _small_flaw_told(clause):
            return True
        # ... or words of a fault in the item itself, but to deny it ("and the strap snapped", « et il manque la
        # ceinture »; not "nothing is missing")
        if _fault_word_told(clause):
            return True
        if not counted:
            continue
        if _COMPLAINT_CUES.search(clause) or _ITEM_DESCRIBED.search(clause):
            return True
        words = [word for word in _WORD.findall(clause) if len(word) >= 4 and word not in _SAYS_NOTHING_ELSE]
        if len(words) > 1:
            return True
    return False
