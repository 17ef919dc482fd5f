"""Whether a return text says someone was hurt (English and French), and whom the reply can name.

A cut, a burn, bleeding, stitches, a trip to A&E or « aux urgences » the item caused, welts or a rash from a skin
reaction, what an allergy the text names did (wheezing, puffy eyes), the item falling on someone ("The shelf fell off
the wall onto my foot") or giving way under them ("My daughter sprained her wrist on the trampoline when the frame
bent"), a knock when the item moved of itself ("I banged my knee when the drawer shot out", « il s'est cogné quand
l'abattant est retombé ») or the moving item striking someone: the reply first says it is sorry that the person was hurt
(without saying by what), keeps the line to stop using the item, and a person answers (`features.handover`'s "injury").
Not an injury: the item's own cut or burn ("cut the tags off", "burnt orange", « coupé au lavage », « trace de
brûlure »), a fit that hurts ("it hurts my feet", « ça me fait mal aux pieds »: a fit complaint), feelings ("I was hurt
by your reply", « blessé par votre réponse »), a harm that did not happen ("nobody was hurt, luckily", "I nearly cut
myself", « il ne s'est pas blessé »), and A&E for something else ("I was at A&E with my mum when it was delivered").

A hurt from wearing shoes or clothes that do not fit (a black toenail, blisters, « des ampoules aux talons », bruised
toes, a twisted ankle, in a text about wearing them) is acknowledged too, but it is the fit return's to answer: no
person, no line to stop using the item (`Hurt.needs_a_person`). Not a blister pack nor « l'ampoule » of a lamp, nor
the red marks a band too tight leaves around the chest (the fit's own sign).

Rules over the lower-case, accent-free view of the text (`features.text.match_view`); each pattern is bounded
(no nested repeats), so a long hostile text is read in linear time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from features.pattern_words import patterns_that_may_match
from features.text import VIEWS_MEMO, match_view, regex, sentence_bounds

# Whom the reply can name: the customer, their son, daughter or child, nobody it can name safely ("someone"), or the
# customer's animal ("pet": « Mon chien a fait une réaction cutanée au collier »).
HURT_WHO: tuple[str, ...] = ("self", "son", "daughter", "child", "someone", "pet")
# What happened: an injury (a cut, a burn, bleeding), a reaction of the skin (welts, a rash, eczema) or a hurt from
# wearing the item (blisters, a black toenail).
HURT_KINDS: tuple[str, ...] = ("injury", "reaction", "wear")


class Hurt(NamedTuple):
    """Someone hurt, as the reply acknowledges it: whom it can name (`HURT_WHO`) and what happened (`HURT_KINDS`)."""

    who: str
    kind: str

    @property
    def needs_a_person(self) -> bool:
        """Whether a person answers it and the reply says to stop using the item: not for a hurt from wearing an item
        that does not fit, which its return answers."""
        return self.kind != "wear"


# A harm that did not happen, told just before the words of the harm (fixed-width look-behinds, one per form).
_EN_NOT = (
    r"(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bnearly )(?<!\balmost )(?<!\bcould )(?<!\bwould )(?<!\bmight )(?<!\bcan )"
    r"(?<!\bto )(?<!\bnot to )"
    # what could have happened ("I could have cut my finger", "I'd have cut myself"), not what has ("I've cut my
    # finger")
    r"(?<!\bcould have )(?<!\bwould have )(?<!\bmight have )(?<!\bshould have )(?<!\beasily have )(?<!'d have )"
    r"(?<!\bcould've )(?<!\bwould've )(?<!\bmight've )(?<!\bshould've )"
)
_BODY = (
    r"(?:hands?|fingers?|thumbs?|arms?|legs?|foot|feet|face|skin|lips?|mouth|eyes?|head|knees?|toes?|neck|wrists?|"
    r"palms?|chin|forehead|shin|ankles?|cheeks?|nose|ears?|ear ?lobes?|scalp|fingertips?|gums?|tongue|paws?|elbows?|"
    r"eyebrows?|brow|temple|knuckles?|forearms?|heels?)"
)
_EN_KIN = (
    r"(?:little |young |baby |youngest |eldest |oldest |older |younger )?(?:son|daughter|child|kid|boy|girl|baby|"
    r"toddler|husband|wife|partner|mum|mother|dad|father|grandson|granddaughter|grandchild|niece|nephew|friend|sister|"
    r"brother|grandmother|grandma|gran|nan|grandfather|grandad|granddad|grandpa)s?"
)
_EN_WHO = r"(?:i|we|he|she|they|my " + _EN_KIN + ")"
# The customer's animal or a person of theirs as the owner of the body part ("cut my dog's paw", "my son's wrist went
# red")
_EN_OWNER_OF = r"(?:(?:dog|cat|puppy|kitten|pet|rabbit|hamster|horse|pony|" + _EN_KIN + r")'?s )?"
_EN: tuple[str, ...] = (
    # "cut myself", "burnt himself", "hurt herself", "injured themselves"
    _EN_NOT + r"\b(?:cut|cuts|cutting|burnt|burned|burns|burning|scalded|scalds|injured|injures|hurt|hurts|sliced|"
    r"nicked|electrocuted) (?:myself|himself|herself|themselves|themself|ourselves|yourself)\b",
    # "burnt my hand", "cut his finger" (not "hurt my feet": pain from a fit, nor "blistered my heel" or "caught her
    # foot in it")
    _EN_NOT + r"\b(?:cut|burnt|burned|singed|scalded|injured|sliced|nicked|grazed|gashed|bruised|trapped|pinched|split|"
    r"skinned|scraped|busted|bloodied) (?:my|his|her|their|our|both(?: (?:of )?(?:my|his|her|their))?) "
    + _EN_OWNER_OF
    + r"(?:own |left |right )?"
    + _BODY
    + r"\b",
    # a wound named by the body part alone ("opened up his forehead", "a split lip", "a black eye", "a nasty bump on
    # her head"); not "opened my eyes", a black eye shadow, nor a bump on a thing's head
    _EN_NOT + r"\bopened (?:up )?(?:my|his|her|their|our) (?:forehead|head|chin|lip|eyebrow|brow|knee|elbow|scalp|"
    r"cheek|temple)\b",
    r"\b(?:a|an|his|her|my) (?:split|cut|fat|busted|bloody|bloodied) (?:lip|nose|eyebrow|brow|chin)\b|"
    r"(?<!\bno )(?<!\bnot )\ba black eye\b(?! ?(?:shadow|liner|pencil|look|make-?up|mask|pea|bean)s?\b)|"
    r"(?<!\bno )\b(?:a|an) (?:\w+ )?(?:bump|lump|egg|gash|graze) on (?:my|his|her|their) (?:head|forehead|brow)\b|"
    r"(?<!\bno )\b(?:a|an) (?:\w+ )?(?:bump|lump|egg|gash|graze) on (?:my|his|her|their) (?:knee|elbow|chin|shin)s?\b",
    # "my son was cut", "I got burnt", "she was badly burned"; hurt only of another person ("I was hurt by your
    # reply" is feelings), and not "was not hurt"
    r"\b" + _EN_WHO + r" (?:was|were|got|has been|have been|'s been|'ve been) (?:badly |seriously |slightly |quite |"
    r"really |severely |painfully )?(?:cut|burnt|burned|scalded|injured|electrocuted)\b",
    r"\bmy (?:little |young |baby |youngest |eldest |oldest )?(?:son|daughter|child|kid|boy|girl|baby|toddler|"
    r"husband|wife|partner|mum|mother|dad|father|grandson|granddaughter)s? (?:was|were|got|has been|have been) "
    r"(?:badly |seriously |slightly |quite |really )?hurt\b(?! by (?:your|the|this|that|how)\b)",
    # what a hurt leaves: stitches, A&E, bleeding, a burn or a cut on the body, welts, a rash
    r"\b(?:needed|need|needing|had|have|got|get|requiring|required) (?:\w+ )?stitch(?:es|ed)\b",
    r"\b" + _EN_WHO + r" (?:was|were|is|are|started|start|kept|keeps) (?:\w+ )?bleeding\b|"
    r"\bleft (?:me|him|her|them) bleeding\b|\bdrew blood\b|\bblood (?:everywhere|all over)\b",
    r"\b(?:a |the )?(?:nasty |bad |deep |small |big |painful |large )?(?:cut|burn|gash|wound|blister|scald) "
    r"(?:on|to|across) (?:my|his|her|their|our) (?:own |left |right )?" + _BODY + r"\b",
    # burns the item caused ("legal action over the burns from this hair straightener"); the article before "burns"
    # keeps out the verb ("everything burns from the first use"), and burns on a thing are the item's ("the burns from
    # the iron are all over the sleeve")
    r"\b(?:the|these|those|my|his|her|their|our|some|severe|serious|bad|nasty|painful) burns (?:caused by|from|left by|"
    r"given by|inflicted by) (?:the|this|that|these|those|your|it)\b"
    r"(?![^.!?;]*\b(?:on|all over|across) (?:the|its) (?!" + _BODY + r"\b))",
    # ... or suffered by someone, not denied ("I haven't suffered any injuries"), nor by a thing ("The sofa suffered
    # cuts in transit")
    r"\b" + _EN_WHO + r"(?:'ve| have| has| had)? (?:suffered|sustained) (?:\w+ )?(?:burns|cuts|injuries|an injury)\b",
)
# Blistered or sprained by the item where no shoe does it ("it blistered my palm", "The drill kicked back and sprained
# my wrist"), not the foot or the ankle (a fit's, `_EN_WEAR`), nor the person's own doing ("I sprained my wrist last
# month", "My husband broke his arm skiing"; `_OWN_DOING`)
_EN_STRAINED: tuple[str, ...] = (
    _EN_NOT + r"(?<!\bi )(?<!\bi've )(?<!\bi have )(?<!\bi had )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )"
    r"\b(?:blistered|sprained|twisted|fractured|broke|dislocated|jarred) (?:my|his|her|their|our) "
    + _EN_OWNER_OF
    + r"(?:own |left |right )?(?:hands?|palms?|fingers?|thumbs?|fingertips?|wrists?|arms?|elbows?|shoulders?|face|"
    r"lips?|mouth|tongue)\b",
)
# A fall or a knock the text says hurt nobody after it (`_DOWN`, `_EN_HURT_PART`): "he's fine", « elle n'a rien »
_HURT_DENIED = {
    # (said outright: "not hurt" but not "not hurt badly", "fine" but not "fine now" nor "otherwise fine")
    "en": r"\b(?:not|n't|never) (?:at all |even )?(?:hurt|injured|harmed)\b"
    r"(?! (?:badly|much|too|seriously|that|very)\b)|\bnot a scratch\b|"
    r"\b(?:unhurt|unharmed|uninjured|unscathed|no harm done|no injur\w*)\b|"
    r"\b(?:is|was|are|were|'s|seems?|seemed) (?:(?!otherwise\b|now\b)\w+ ){0,2}?(?:fine|ok|okay|alright|all right)\b"
    r"(?! (?:now|but|apart|otherwise|except)\b)",
    "fr": r"\bne (?:s'est|se sont|me suis|s'etait) (?:pas|jamais|rien) (?:\w+ )?(?:fait (?:\w+ )?mal|blesse\w*)|"
    r"\bn'(?:a|ont|avait|ai) (?:rien|pas (?:eu )?(?:de |d')?(?:mal|bobo|bleus?|blessures?))|\bpas (?:du tout )?"
    r"blesse\w*|\bindemnes?\b|\bplus de peur que de mal\b|\bsans (?:gravite|mal|bobo)\b|"
    r"(?<!\breste )(?<!\bsinon )\b(?:va|vont|allait|vais) (?:\w+ )?bien\b"
    r"(?! (?:maintenant|depuis|mieux|sauf|a part)\b)",
}
# (the hurt denied in the rest of the sentence of a fall or a knock, or in the next)
_NOT_DENIED_AFTER = {lang: r"(?!(?:[^.!?;]*[.!?;]+ )?[^.!?;]*(?:" + _HURT_DENIED[lang] + "))" for lang in ("en", "fr")}
# A body part hurt, sprained or broken, whoever did it ("My mum ... hurt her wrist", "My daughter sprained her wrist"),
# is the item's doing where it follows the item giving way or its flaw tripping them ("The stool leg snapped and I
# hurt my back", "tripped on the loose edge of the rug and hurt her wrist"), or is told to have come when it did
# ("sprained her wrist on the trampoline when the frame bent"); not a hurt told first and a break after it ("My son
# broke his arm at football and the sling split", "I hurt my back carrying it and then the box split"), the feet or
# toes a shoe too tight hurts, what the item hurts ("The strap broke and these heels hurt my ankles"), nor a hurt that
# did not happen ("nearly twisted my knee")
_HURT_PART = {
    "en": r"(?:hands?|fingers?|thumbs?|wrists?|palms?|arms?|elbows?|shoulders?|back|neck|head|face|nose|chin|"
    r"forehead|temple|brow|eyebrows?|cheeks?|lips?|mouth|jaw|teeth|tooth|eyes?|ears?|"
    r"legs?|knees?|ankles?|hips?|ribs|spine|tailbone|coccyx|collarbone)",
    "fr": r"(?:mains?|doigts?|pouces?|poignets?|paumes?|bras|coudes?|epaules?|dos|cou|tete|visage|nez|menton|"
    r"front|tempe|arcade|sourcils?|joues?|levres?|bouche|machoire|dents?|oeil|yeux|oreilles?|"
    r"jambes?|genoux|genou|chevilles?|hanches?|cotes|colonne|coccyx|clavicule)",
}
_EN_HURT_PART = (
    _EN_NOT
    + "".join(f"(?<!{worn} )" for worn in ("they", "these", "those", "it", "shoes", "boots", "heels", "trainers"))
    + r"\b(?:(?:hurt|sprained|twisted|broke|fractured|bruised|injured|jarred|dislocated|grazed|wrenched|strained|"
    r"cracked|caught|crushed|squashed|jammed) (?:my|his|her|their|our) "
    + _EN_OWNER_OF
    + r"(?:own |left |right |lower )?"
    + _HURT_PART["en"]
    + r"\b"
    # a knock, unless the text says it hurt nobody ("bumped his head, but he's fine")
    + r"|(?:banged|bumped|hit|knocked|smacked|whacked|bashed|struck|clipped) (?:my|his|her|their|our) "
    + _EN_OWNER_OF
    + r"(?:own |left |right |lower )?(?:"
    + _HURT_PART["en"]
    + r"|shins?|thighs?|calf|calves|foot|feet|toes?)\b"
    + _NOT_DENIED_AFTER["en"]
    + ")"
)
# ... the item or a part of it that gave way, not a state it came in ("the leg was bent when it arrived"), nor a
# person's own break ("the little one broke her wrist": a body part after it); or the item's flaw that tripped them
# (the item may be told with when it was got: "The stool I bought last month gave way", « le tabouret que j'ai acheté le
# mois dernier a cédé »)
_GOT_WHEN = {
    "en": r"(?: (?:that |which )?(?:i|we|you|he|she|they|my \w+) (?:bought|ordered|purchased|got|received|had)"
    r"(?: [\w'-]+){0,6}?)?",
    "fr": r"(?:qu(?:e |')(?:j'ai|on a|nous avons|il a|elle a|(?:mon|ma) \w+ a) (?:achete|commande|recu|eu)e?s?"
    r"(?: [\w'-]+){0,6}? )?",
}
# ... or the item or a part of it that moved of itself and struck ("I bumped my head when the shelf bracket slipped",
# "the cupboard door swung shut on her fingers", « elle s'est cognée quand le plateau a basculé », « le bras de la
# lampe est retombé »), not what is worn slipping (a heel, a strap: the fit's), a person's own slip ("my son slipped",
# « il a glissé »), nor a date or a price that slipped or dropped
_NOT_WHAT_MOVED = {
    "en": r"(?:heels?|shoes?|boots?|soles?|insoles?|trainers|sandals|slippers|socks?|toes?|straps?|laces?|"
    r"hats?|caps?|glasses|sleeves?|waistband|hood|dress|skirt|trousers|jeans|bra|bags?|handbags?|backpacks?|"
    r"rucksacks?|purses?|hands?|grip|fingers?|dates?|prices?|delivery|parcel|order|quality|standards?|plans?|"
    + _EN_KIN
    + r")",
    "fr": r"(?:talons?|chaussures?|semelles?|bretelles?|chaussettes?|lunettes|sacs?|sacoches?|mains?|doigts?|dates?|"
    r"prix|livraison|colis|commande|qualite|fils|filles?|enfants?|bebes?|mari|femme|garcon|pere|mere|frere|soeur|amie?)",
}
_ITEM_MOVED = {
    "en": r"\b(?:the|its|a|an|one|this|that|it)\b(?: (?!"
    + _NOT_WHAT_MOVED["en"]
    + r"\b)[\w'-]+){0,4}?"
    + _GOT_WHEN["en"]
    + r" (?:suddenly |just |then |unexpectedly )?(?:slipped|slid|swung|dropped|tipped|tilted|shifted|lurched|slammed|"
    r"sprang|sprung|jolted|jerked|swivelled|swiveled|pivoted|toppled|(?:bunched|rucked|rolled|curled) up|(?:shot|flew) "
    r"(?:out|off|open|back|up|down|forward)|came (?:down|crashing down|swinging|flying|hurtling)|"
    # ... or fell ("the clock fell off the wall and whacked my son"), not through, short or behind
    r"fell(?! (?:through|short|behind|flat|silent|asleep|ill|sick|in love|for|apart)\b))"
    r"\b(?! (?:my|his|her|their|our|your)\b)",
    "fr": r"\b(?:le|la|les|l'|un|une)\b ?(?:(?!"
    + _NOT_WHAT_MOVED["fr"]
    + r"\b)[\w'-]+ ){0,5}?"
    + _GOT_WHEN["fr"]
    + r"(?:(?:s'?\s?est|se sont|a|ont) (?:(?!ete\b)\w+ )?(?:glissee?s?|refermee?s?|rabattue?s?|pivotee?s?|devissee?s?|"
    r"deboitee?s?|degondee?s?|plissee?s?|retroussee?s?|ouverte?s? d'un coup)|(?:est|sont) (?:\w+ )?(?:retombee?s?|"
    r"redescendue?s?|(?:descendue?s?|partie?s?|sortie?s?) d'un coup|"
    # ... or fell (« le tableau est tombé et a heurté mon mari »), not broke down nor in love
    r"tombee?s?(?! (?:en panne|amoureu\w*|malade|enceinte|d'accord|pile|par hasard|sous le charme|des nues|a l'eau)"
    r"\b)))"
    r"\b(?! (?:le |la |les |l')?" + _HURT_PART["fr"] + r"\b)",
}
_GAVE_WAY = {
    "en": r"(?:"
    + _ITEM_MOVED["en"]
    + r"|\b(?:the|its|a|an|one|this|that|it|they)\b(?: [\w'-]+){0,3}?"
    + _GOT_WHEN["en"]
    + r" (?:suddenly |just )?(?<!\bwas )"
    r"(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\barrived )(?<!\bcame )(?:bent|snapped|broke|gave way|collapsed|"
    r"buckled|came loose|came off|came apart|fell apart|gave out|tipped over|split|cracked|folded|shattered|exploded)"
    r"\b(?! (?:my|his|her|their|our)\b)|\b(?:tripped|slipped|stumbled|caught (?:my|his|her|their) (?:foot|feet|toe|"
    r"heel)) (?:on|over|in) (?:the|a|an|its|this|that) (?:[\w-]+ ){0,2}?(?:loose|frayed|curled|curling|lifting|"
    r"raised|torn|uneven|wobbly|protruding|broken|sharp|exposed)\b)",
    "fr": r"(?:"
    + _ITEM_MOVED["fr"]
    + r"|\b(?:le|la|les|l'|son|sa|ses|un|une|il|elle|ils|elles)\b ?(?:[\w'-]+ ){0,4}?"
    + _GOT_WHEN["fr"]
    + r"(?:s'?\s?est|se sont|a|ont) "
    r"(?:\w+ )?(?:plie|replie|cede|casse|effondre|rompu|lache|decroche|detache|bascule|renverse|fendu|brise|explose|"
    r"deforme|ecroule)e?s?\b(?! (?:le |la |les |l')?" + _HURT_PART["fr"] + r"\b)|\b(?:pris les pieds|trebuche|glisse|"
    r"accroche) (?:dans|sur) (?:le|la|les|l'|un|une) ?(?:[\w-]+ ){0,2}?(?:decolle|releve|souleve|abime|dechire|"
    r"effiloche|instable|branlant|casse)e?s?\b)",
}
# ... the hurt after the giving way, or before it and told as its time
_GAVE_WAY_THEN = r"[^.!?;]{0,60}?"
_WHEN_IT_GAVE_WAY = {
    "en": r"[^.!?;]{0,60}?\b(?:when|as|after|because|once) (?:suddenly )?",
    "fr": r"[^.!?;]{0,60}?\b(?:quand|lorsque|lorsqu'|apres que|parce que|car|au moment ou) ?(?:soudain )?",
}
# A person of the customer's, named as the subject of what wearing did (« mon mari boite », « ma fille a boité ») or of
# a pain (« ma femme a mal au dos »)
_FR_KIN = (
    r"(?:mon|ma|notre) (?:\w+ )?(?:fils|fille|mari|femme|conjointe?|compagnon|compagne|enfant|bebe|pere|mere|frere|"
    r"soeur|amie?|petite?|garcon|grand-mere|grand-pere|mamie|papi|papy)"
)
# ... or a pain of a body part told after it ("The chair collapsed under me and now my back hurts", "I've had back pain
# since", « La chaise s'est effondrée sous moi, j'ai mal au dos depuis », « je me suis fait très mal »); not a pain the
# item's fit gives (the feet are no `_HURT_PART`)
_PAIN_AFTER = {
    "en": _EN_NOT
    + r"(?<!\bnot that )\b(?:(?:my|his|her|their|our) "
    + _EN_OWNER_OF
    + r"(?:left |right |lower |upper )?"
    + _HURT_PART["en"]
    + r" (?:hurts|hurt|is hurting|has been hurting|aches|ached|is aching|has been aching|is sore|was sore|is killing "
    r"(?:me|him|her))|(?:" + _HURT_PART["en"] + r") pain)\b"
    # (not from a cause of its own told after it: "My back hurts from the long walk home")
    r"(?! (?:\w+ )?(?:from|because of|due to|after) (?!(?:the |my |that )?(?:fall|impact|landing|collapse)\b))",
    # (typed with or without the apostrophe: « j ai mal au dos », « je me suis fait mal »)
    # (a person of the customer's too: « ma femme a mal au dos à cause du choc », « mon fils s'est fait mal »)
    "fr": r"\b(?:(?:j'?\s?ai|j'?\s?avais|il a|elle a|ils ont|elles ont|on a|" + _FR_KIN + r" (?:a|avait)) "
    r"(?:(?!pas\b|plus\b|jamais\b)\w+ )?mal (?:au|aux|a la|a l') ?" + _HURT_PART["fr"] + r"|(?:je me suis|il s'?\s?est|"
    r"elle s'?\s?est|on s'?\s?est|" + _FR_KIN + r" s'?\s?est) fait (?:(?!pas\b)\w+ )?mal|"
    r"douleurs? (?:au|aux|a la|a l'|dans le|dans la) ?" + _HURT_PART["fr"] + r")\b"
    r"(?! (?:\w+ )?(?:(?:a cause d|a force d)(?!e la chute\b|u choc\b)|apres avoir|apres (?:la|le|une|un) "
    r"(?!chute\b)))",
}
# ... in its sentence or the next ("The chair collapsed under me. My back is killing me.")
_PAIN_THEN = _GAVE_WAY_THEN + r"(?:[.!?;]+ [^.!?;]{0,30}?)?"
# ... nor a pain of its own, of long standing or of another cause, told as why the item cannot be used ("The handle
# broke and I've had back pain for years, so I can't carry the case", « j'ai mal au dos depuis des années », « une
# douleur au dos chronique », "since my operation", "a bad back")
_PAIN_OF_ITS_OWN = {
    "en": r"\b(?:for (?:years|months|ages|a long time|a while|decades)|chronic|bad back|since (?:my|the|an?|his|her) "
    r"(?:\w+ )?(?:operation|surgery|accident|injury|fall|op|birth|pregnancy))\b",
    "fr": r"\b(?:depuis (?:des annees|des mois|longtemps|toujours|(?:mon|ma|une|un|l') ?(?:\w+ )?(?:operation|"
    r"accident|chute|blessure|accouchement|grossesse|hernie))|chronique)\b",
}
_EN_HURT_WHEN_IT_GAVE_WAY: tuple[str, ...] = (
    _GAVE_WAY["en"] + _GAVE_WAY_THEN + _EN_HURT_PART,
    _EN_HURT_PART + _WHEN_IT_GAVE_WAY["en"] + _GAVE_WAY["en"],
)
# ... a sport or a time of its own in the sentence (also of a hurt told after the item gave way: "The zip broke and
# then I hurt my back at the gym", « ... puis je me suis foulé la cheville au foot »)
_A_SPORT = {
    # (skiing, not "skin" nor "skinned")
    "en": r"(?:ski(?:ing|s|ers?)?|snowboard\w*|football|tennis|rugby|netball|hockey|gym|climbing|accident|operation|"
    r"surgery)\b",
    "fr": r"(?:ski|snowboard|football|foot|tennis|rugby|hand|sport|accident|operation)\b",
}
_SPORT_OR_TIME = {
    "en": r"\b" + _A_SPORT["en"] + r"|\b(?:last (?:week|month|year|winter|summer)|in (?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december))\b",
    "fr": r"\b" + _A_SPORT["fr"] + r"|\b(?:l'an dernier|l'annee derniere|le mois dernier|en (?:janvier|fevrier|mars|"
    r"avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\b",
}
# ... a time is the hurt's own, not when the item was got, which is blanked before a sentence is read for what rules a
# hurt out: "The stool I bought from you last month gave way and I hurt my back", "I bought the stool last month and
# it gave way", « Le tabouret acheté chez vous le mois dernier a cédé »
_GOT_THEN = {
    "en": re.compile(
        r"\b(?:bought|ordered|purchased|received|delivered|arrived|got)\b(?: (?!" + _A_SPORT["en"] + r")[\w'-]+){0,4}? "
        r"(?:last (?:week|"
        r"month|year|winter|summer)|in (?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december)|(?:a|one|two|three|four|\d+) (?:days?|weeks?|months?) ago)\b"
    ),
    "fr": re.compile(
        r"\b(?:achete|commande|recu|livre|arrive|offert)e?s?\b(?: (?!" + _A_SPORT["fr"] + r")[\w'-]+){0,4}? "
        r"(?:l'an dernier|l'annee derniere|le "
        r"mois dernier|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|il "
        r"y a (?:\w+ )?(?:jours|semaines|mois))\b"
    ),
}
# ... and, of a strain with no item said to give way, a person of the customer's as the one who did it, or a fall
# ... and, of a hurt told in plain words with no item said to give way in its sentence nor to do it, a sport as its own
# cause ("My dad bruised his arm playing football", « Mon fils s'est écorché le genou au foot »: not the item's doing;
# "The ski binding snapped and I bruised my knee", "I cut my palm on the sharp edge of it at the gym" are)
_BY_THE_ITEM = {
    "en": r"\b(?:(?:on|by|from|with|off) (?:it|them|this|that|these|those|its)|sharp|edges?|blade|rough|jagged|spikes?|"
    r"hot|burrs?)\b",
    "fr": r"\b(?:(?:sur|par|avec|contre) (?:lui|elle|eux|ce|cet|cette|ces|son|sa|ses)|coupante?s?|tranchante?s?|"
    r"bords?|arete|lame|rugueu\w*|pointe|brulante?s?|chaude?s?)\b",
}
# ... a sport played ("at rugby", "playing football", "during a hockey match", "skiing", "went climbing", « au foot »,
# « en faisant du ski », « pendant le match de hand »), not a thing the sport names ("football boots", "a tennis
# racket", "the climbing frame", « une raquette de tennis », « la cage de foot »), nor an accident or an operation
# (`_A_SPORT`'s causes of their own: "an accident waiting to happen" is said of the item)
_SPORT_PLAYED = {
    "en": r"(?:(?:at|playing|during|doing|after|from|in) (?:(?:the|a|an|my|his|her|their|our|school|club|weekend|"
    r"sunday|saturday|indoor|five-a-side) ){0,2}(?:football|tennis|rugby|netball|hockey|gym|cricket|squash|badminton|"
    r"basketball|judo|karate|boxing)(?: (?:match|practice|training|game|class|session|lesson)s?)?|skiing|snowboarding|"
    r"(?:went|go|going|gone|while|when|was|were) climbing)\b"
    r"(?! (?:boots?|shoes?|trainers?|rackets?|racquets?|balls?|bats?|nets?|helmets?|gloves?|kits?|shirts?|socks|pads?|"
    r"goals?|clubs?|sticks?|bags?|mats?|frames?|walls?|lifts?|mirrors?|shorts|jackets?|equipment|gear|sets?)\b)",
    "fr": r"(?:au|en jouant au|en faisant du|pendant (?:le|la|un|une) (?:match|cours|entrainement|seance) de|"
    r"a la salle de) (?:ski|snowboard|football|foot|tennis|rugby|hand|handball|basket|judo|sport|escalade)\b",
}
_AT_A_SPORT = {
    lang: r"^(?![^.!?;]*(?:" + _GAVE_WAY[lang] + "|" + _BY_THE_ITEM[lang] + r"))[^.!?;]*\b" + _SPORT_PLAYED[lang]
    for lang in ("en", "fr")
}
_OWN_DOING = {
    "en": r"\bmy " + _EN_KIN + r"\b(?!'s)|\b(?:fell|fall|tripped|slipped)\b|" + _SPORT_OR_TIME["en"],
    "fr": r"\b(?:chute|tombee?|glisse)\b|" + _SPORT_OR_TIME["fr"],
}
# Someone of the customer's fell, or is left bruised, when the item gave way or just after it ("The chair broke and my
# mother fell; she's bruised but OK.", "My dad fell off the ladder when a rung snapped", « Ma fille est tombée quand la
# chaise a cédé », « L'escabeau a plié, mon père a des bleus »): a fall the item caused is a hurt a person answers, told
# or not what it did; not a fall that did not happen ("I nearly fell", « j'ai failli tomber », « elle n'est pas
# tombée »), one the text says hurt nobody after it ("my son fell but he's not hurt", "thankfully she's fine", « il ne
# s'est pas fait mal », « elle n'a rien »: `_HURT_DENIED`), bruises denied ("no bruises", « elle n'a pas de bleus ») or
# a thing's ("the apples were bruised"), a fall of another sense ("fell in love", "fell about laughing", "fell out with
# me", « tombée amoureuse », « tombé en panne », « tombée sur une promo », « tombée sous le charme »), nor one with no
# item giving way ("My son fell off his bike", `_SPORT_OR_TIME`)
_EN_FELL = (
    r"(?:fell|falls|fallen|took a (?:\w+ )?(?:fall|tumble)|went flying|hit the (?:floor|ground|deck))\b"
    r"(?! (?:in love|out of love|asleep|ill|sick|short|behind|for\b|flat|silent|pregnant|apart|through the cracks|"
    r"about|out (?:with|over|about)|foul|prey|victim))"
)
_FR_FELL = (
    r"tombee?s?\b(?! (?:amoureu\w*|malade|enceinte|en panne|des nues|d'accord|pile|par hasard|sous le charme|"
    # « tombée sur » a find (« une promo », « votre site »), not a fall onto the body or the floor
    r"sur (?!(?:le |la |les |l'|son |sa |ses |mon |ma |mes )?(?:"
    + _HURT_PART["fr"]
    + r"|sol|carrelage|parquet|fesses|derriere|cote|ventre|marches?|escaliers?|coin)\b)))"
)
_FR_BRUISES = (
    r"(?:des bleus|un (?:gros |petit |enorme |beau )?bleu(?= *(?:[,;:.!?]|$)| (?:au|aux|a la|a l'|sur (?:le|la|les|"
    r"son|sa|ses|mon|ma|mes)) ?"
    + _HURT_PART["fr"]
    + r"\b)|une? (?:\w+ )?(?:hematome|contusion|ecchymose|bosse)|des (?:\w+ )?(?:hematomes|contusions|ecchymoses|"
    r"bosses)|une (?:\w+ )?chute)\b"
)
_DOWN = {
    "en": r"\b(?:i|we|he|she|my (?:[\w-]+ )?"
    + _EN_KIN
    + r")\b(?:'s|'m|'ve|'d)?(?: (?!not\b|never\b|no\b)[\w']+){0,3}? "
    + _EN_NOT
    + r"(?<!\bno )(?:"
    + _EN_FELL
    + _NOT_DENIED_AFTER["en"]
    + r"|(?:bruised|bruises|a bruise|black and blue)\b)",
    "fr": r"(?:(?:\b(?:je suis|j'?\s?suis|on est|nous sommes|"
    + _FR_KIN
    + r" (?:est|etait)))(?: (?!pas\b|jamais\b|presque\b)\w+)? "
    + _FR_FELL
    + _NOT_DENIED_AFTER["fr"]
    + r"|\b(?:j'?\s?ai|j'?\s?avais|on a|(?:il|elle) (?:a|avait)|"
    + _FR_KIN
    + r" (?:a|avait)|(?:je me suis|(?:il|elle) s'est|"
    + _FR_KIN
    + r" s'est) fait|"
    # ... a pronoun after a person of theirs named, who fell and was hurt (« ... sous mon fils, il est tombé et a une
    # bosse »); a pronoun that fell alone may be the item (« sous mon fils, il est tombé en morceaux »)
    + _FR_KIN
    + r"\b[^.!?;]{0,40}?\b(?:il|elle) (?:est|etait) (?:\w+ )?tombee?s? et (?:a|avait))(?: (?!pas\b|plus\b|aucun\w*)"
    r"[\w']+){0,2}? " + _FR_BRUISES + r"|\b(?:couverte?s?|pleine?s?) de bleus\b)",
}
# ... after it gave way, but not told as what broke it ("The screen cracked when I fell off my bike", « L'écran s'est
# fendu quand je suis tombée »: the fall was the customer's own)
_NOT_ITS_CAUSE = r"(?!\b(?:when|as|because|after|since|quand|lorsque|lorsqu|parce|car|en)\b)[^.!?;]"
_DOWN_THEN = r"(?:" + _NOT_ITS_CAUSE + r"){0,60}?(?:[.!?;]+ (?:" + _NOT_ITS_CAUSE + r"){0,30}?)?"
_DOWN_WHEN_IT_GAVE_WAY = {
    lang: (_GAVE_WAY[lang] + _DOWN_THEN + _DOWN[lang], _DOWN[lang] + _WHEN_IT_GAVE_WAY[lang] + _GAVE_WAY[lang])
    for lang in ("en", "fr")
}
# The item fell on someone ("The shelf fell off the wall onto my foot", "the mirror came down and hit my daughter"): a
# hurt from the item giving way, not the customer's own fall ("I slipped and fell on my hands") nor a thing it fell on
_EN_STRUCK = (
    r"(?:(?:own |left |right |big )?(?:foot|feet|toes?|head|hands?|fingers?|legs?|arms?|shoulders?)|" + _EN_KIN + ")"
)
_EN_ITEM_FELL = (
    r"(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!slipped and )(?<!tripped and )(?<!stumbled and )"
    r"(?<!\bi then )"
    # ... nor what is worn, or a part of it, slipping down or giving way ("The straps keep falling down onto my arms",
    # "The shoulder seam collapsed on my shoulder"): the item's fall, once
    r"(?<!strap )(?<!straps )(?<!sleeve )(?<!sleeves )(?<!hood )(?<!waistband )(?<!seam )(?<!seams )(?<!hem )"
    r"(?<!hems )(?<!hat )(?<!cap )(?<!dress )(?<!skirt )(?<!trousers )(?<!jeans )(?<!top )(?<!collar )(?<!zip )"
    r"\b(?:fell|fallen|came down|crashed|collapsed|toppled|dropped)(?: (?:off|from|out of|down|over)(?: [\w']+){0,3}?)?"
)
_EN_FELL_ON: tuple[str, ...] = (
    _EN_ITEM_FELL + r" (?:on|onto|on to) (?:my|his|her|their|our) " + _EN_STRUCK + r"\b",
    _EN_ITEM_FELL
    + r",? (?:and )?(?:hit|hitting|struck|landed on) (?:me|him|her|us|them|(?:my|his|her|their|our) "
    + _EN_STRUCK
    + r")\b",
)
# ... or moved of itself and struck someone ("the mirror slipped off its hook and hit my son on the shoulder", "the
# drawer shot out into my knee", "the lid slammed shut on her fingers"), not a thing it struck ("the door swung and hit
# the wall", "slid into my car"), nor a ring or a glove that slipped on, nor a knock the text says hurt nobody
_EN_STRUCK_BODY = (
    r"(?:(?:own |left |right |big |lower )?(?:"
    + _HURT_PART["en"]
    + r"|shins?|thighs?|foot|feet|toes?)|"
    + _EN_KIN
    + ")"
)
_EN_STRUCK_WHEN_IT_MOVED: tuple[str, ...] = (
    _GAVE_WAY["en"]
    # (not what nearly happened: "fell and nearly hit my son", "narrowly missed")
    + r"[^.!?;]{0,40}?"
    + _EN_NOT
    + r"(?<!\bnarrowly )(?<!\bjust )(?<!\bonly just )\b(?:(?:hit|hitting|struck|striking|knocked|knocking|smacked|"
    r"whacked|bashed|caught|catching|"
    r"clipped|clipping|landed on|trapped|trapping|crushed|crushing|(?:banged|bumped|slammed|crashed|smashed) into|"
    r"(?:slammed|shut|closed|came down) on) (?:me|him|her|us|(?:my|his|her|their|our) "
    + _EN_STRUCK_BODY
    + r")|(?:into|against) (?:my|his|her|their|our) "
    + _EN_STRUCK_BODY
    + r")\b"
    + _NOT_DENIED_AFTER["en"],
)
# A trip to A&E is a hurt only in a sentence that says the item did it: what it did to the body, or that it was the
# cause ("I was at A&E with my mum when it was delivered" is an errand, not a hurt).
_EN_EMERGENCY: tuple[str, ...] = (
    r"\ba ?& ?e\b|\baccident and emergency\b|\b(?:went|go|gone|going|taken|take|took|rushed|trip|visit|straight) "
    r"to (?:the )?(?:a and e|emergency room|er|minor injuries)\b",
)
_EN_EMERGENCY_WHY = (
    r"\b(?:swallow(?:ed|ing)?|chok(?:ed|ing)|inhaled|allergic|reaction|swell(?:ed|ing)|swollen|burn(?:s|t|ed)?|"
    r"scald(?:ed)?|cut|bleeding|bled|stitches|trapped|concussion|injur(?:ed|y|ies)|(?:because of|due to|caused by|"
    r"thanks to) (?:it|them|this|that|the|your))\b|\b(?:it|they|this|that) (?:sent|landed|put) "
    r"(?:us|me|him|her|them) in\b"
)
# A reaction named by what the skin reacted to as well as by the skin ("a nickel reaction", "a contact reaction", "a
# wool reaction")
_EN_REACTION = r"(?:skin|allergic|nickel|metal|latex|contact|wool|dye|fragrance|perfume|lanolin|rubber) reaction"
# Where the skin shows a reaction to what touches it (earrings, a necklace, a watch strap, a collar); not the face or
# the cheeks, which go red for shame, nor the feet, which a shoe too tight leaves red and swollen (a fit's hurt)
_EN_REACTING_BODY = (
    r"(?:ears?|ear ?lobes?|lobes|neck|throat|wrists?|skin|fingers?|hands?|arms?|chest|lips|eyes|eyelids|scalp|legs?|"
    r"back|belly|tummy|armpits?|paws?)"
)
_EN_SKIN: tuple[str, ...] = (
    r"\b(?:raised |red |itchy |painful |angry )welts\b|\bwelts (?:on|all over|across|where)\b",
    # (not blisters from a shoe that rubs: a fit complaint, nor marks left by a tight elastic)
    # ("came up in a red, itchy blotch": the marks of it with up to three words of how they look)
    r"\b(?:gave|give|giving|given|caused|causing|came out in|come out in|came up in|come up in|broke out in|broken out "
    r"in|brought (?:me |him |her |us |them )?out in) (?:me |him |her |us |them |my (?:son|daughter|child|baby|dog|cat|"
    r"puppy|kitten|pet) )?(?:a |an )?(?:(?:nasty|bad|red|itchy|painful|horrible|awful|severe|terrible|angry|raised|"
    r"bumpy|blotchy),? (?:and )?){0,3}(?:rash|hives|burns?|blotch(?:es)?|welts|bumps|" + _EN_REACTION + r")\b",
    # a reaction or a rash had, as « une réaction cutanée » is in French ("had a skin reaction to the collar", "a
    # nickel reaction", "I got a rash", "My dog had a reaction when I used it"; not "had no reaction", "got no rash")
    _EN_NOT + r"(?<!\bno )\b(?:had|has|have|got|developed|suffered) (?:a |an )?(?:nasty |bad |severe |awful |"
    r"terrible |horrible |itchy |red |slight |mild )?(?:" + _EN_REACTION + r"|rash|hives|"
    # (a reaction alone only had, not one the customer has to something, "I have a reaction to chemical filters", an
    # allergy; and only beside a word of the body, a doctor, an allergy or the item's matter after it: "had a reaction
    # when she opened it", "a bad reaction to the noise" are joy or dislike)
    r"(?<!\bhave a )(?<!\bhas a )reaction(?=[^.!?]*\b(?:skin|rash|swell\w*|swollen|itch\w*|hives|welts|blotch\w*|"
    r"vet|doctor|gp|dermatologist|pharmacist|a ?& ?e|hospital|allerg\w*|metal|nickel|latex|dye|wool|fragrance|"
    r"perfume|chemicals?|ingredients?)\b))\b",
)
# "Since" or "after" the item: its wearing or use ("since I wore them", "ever since he got the watch", "after wearing
# it", « depuis que je les porte », « après avoir mis »), the item itself ("after these earrings", "after the boots",
# « depuis ce bracelet ») or a pronoun of it; not another time or cause ("since spring started", "after the party", «
# depuis ce matin »)
_WORN_THINGS = {
    "en": r"(?:boots?|shoes?|trainers?|sneakers?|sandals?|slippers?|socks?|earrings?|studs?|hoops?|necklace|chain|"
    r"pendant|bracelet|bangle|rings?|watch|strap|collar|harness|scarf|hat|gloves?|mittens?|jumper|sweater|cardigan|"
    r"top|dress|shirt|leggings|tights|bra|pyjamas|cream|serum|lotion|gel|perfume|mask|headphones|earbuds|item|"
    r"product|purchase)",
    "fr": r"(?:chaussures|bottes|bottines|baskets|sandales|chaussons|chaussettes|boucles(?: d'oreilles)?|creoles|"
    r"collier|chaine|pendentif|bracelet|bague|montre|harnais|echarpe|bonnet|gants|pull|gilet|robe|haut|legging|"
    r"collants?|soutien-gorge|pyjama|creme|serum|lotion|gel|parfum|masque|casque|ecouteurs|article|produit)",
}
# ... told before or after the state it explains, in its sentence ("my ears are itchy since I wore them", "Since I got
# these earrings my ears are itchy", « Depuis que j'ai reçu ce collier, j'ai le cou qui gratte »)
_SINCE_THE_ITEM = {
    # (a verb of getting only with the item after it, "since I got the watch", not "since I got back from holiday"; a
    # demonstrative alone only where its clause ends, "after that", not "after that wedding")
    "en": r"\b(?:since|after) (?:(?:i|we|he|she|they) (?:first |had |have )?(?:(?:wore|worn|put|used|tried|"
    r"played|applied|washed|handled)\b|started (?:wearing|using|putting|applying)\b|(?:got|bought|had|took|received|"
    r"opened) (?:(?:it|them)\b|(?:the|my|his|her|this|that|these|those) (?:new )?(?:\w+ )?"
    + _WORN_THINGS["en"]
    + r"\b))|(?:first )?(?:wearing|using|putting|trying|playing|applying|washing|handling)\b|(?:it|them)\b|"
    r"(?:these|those|this|that)(?= *(?:[,;:.!?]|$))|"
    r"(?:the|my|his|her|its|these|those|this|that) (?:new )?(?:\w+ )?" + _WORN_THINGS["en"] + r"\b)",
    "fr": r"\b(?:depuis|apres) (?:(?:que |qu')(?:je |j'|il |elle |on |nous )?(?:les |le |la |l')?"
    r"(?:(?:porte|portes|portent|mets|met|utilise|applique)\b|(?:ai|a|avons) (?:mis|porte|utilise|applique|joue|"
    r"essaye|recu|achete)\w*)|(?:les |le |la |l')?avoir (?:porte|mis|utilise|essaye|applique|joue)|"
    r"(?:ces|cette|ce|cet|les|la|le|mes|mon|ma|l') ?(?:nouvelle?s? |nouveaux? )?" + _WORN_THINGS["fr"] + r"\b)",
}
# The skin itself turned red or swelled where the item touched it, told as it happened ("my ears went red and itchy from
# these earrings", "my earlobes swelled up") or as what the item made it do ("made my earlobes swell up"); not a state
# denied ("my ears didn't go red") nor a red of another cause ("my face went red"; `_CAUSE_OF_ITS_OWN`)
_EN_SKIN_TURNED: tuple[str, ...] = (
    # (the body named with its owner, or alone where its clause starts: "Have reacted to the metal, ears are swollen")
    r"(?:\b(?:my|his|her|their|our) "
    + _EN_OWNER_OF
    + r"(?:\w+ )?|(?:^|[.,;:!?] |\band ))"
    + _EN_REACTING_BODY
    + r"(?: and (?:my |his |her )?"
    + _EN_REACTING_BODY
    + r")? (?:(?:went|turned|have gone|has gone|had gone|got|became|have become|has become|started going|were left|"
    r"was left|felt) (?:all |so |really |very |bright |quite |a bit |instantly |immediately )?(?:(?:hot|warm|itchy|"
    r"sore|tender|painful),? (?:and )?){0,2}(?:red|swollen|inflamed|"
    r"puffy|blotchy|bumpy|blistered|weepy)|(?:swelled|swelling|puffed|blew|flared) up|(?:are|is|were|was) (?:now |all "
    r"|still |so |really )?(?:swollen|inflamed|blistered|covered in (?:a rash|hives|bumps|spots|welts)))\b",
    r"\b(?:made|makes|make|making|left) (?:my|his|her|their|our) "
    + _EN_OWNER_OF
    + r"(?:\w+ )?"
    + _EN_REACTING_BODY
    + r" (?:go|turn|swell|puff up|break out|flare up)\b",
    # ... or as the state the item left it in, the face too ("The face cream left my cheeks stinging and blotchy"): the
    # item named as the cause, no shame; not the feet (a shoe that pinches)
    r"\b(?:left|leaves|leaving) (?:my|his|her|their|our) "
    + _EN_OWNER_OF
    + r"(?:\w+ )?(?:"
    + _EN_REACTING_BODY
    + r"|face|cheeks?|forehead|chin|nose) (?:all |so |really |very |bright )?(?:(?:red|itchy|stinging|burning|sore|raw|"
    r"tender),? (?:and )?){0,2}(?:red|itchy|stinging|burning|raw|blotchy|bumpy|swollen|puffy|inflamed|irritated|"
    r"blistered)\b",
)
_EN_SKIN_SINCE: tuple[str, ...] = (
    # ... or is red, itchy or raw, or itches, since or after the item (`_SINCE_THE_ITEM`: "my ears are itchy since I
    # wore them", "my dog's paws were red and raw after the boots"): the skin's state outlasts the wearing; not an itch
    # while it is worn ("my neck itches when I wear it": a scratchy wool), nor sore (headphones that press, shoes that
    # pinch: a fit), nor a state with no time told ("my hands are red") or another ("since spring started")
    r"(?:\b(?:my|his|her|their|our) "
    + _EN_OWNER_OF
    + r"(?:\w+ )?|(?:^|[.,;:!?] |\band ))"
    + _EN_REACTING_BODY
    + r" (?:(?:are|is|were|was|have been|has been|had been|feel|feels|felt) (?:now |all |still |so |really |very |"
    r"quite |a bit |bright |constantly )?(?:(?:red|itchy|irritated|stinging|raw|blotchy|bumpy),? (?:and )?){0,2}"
    r"(?:red|itchy|irritated|stinging|raw|blotchy|bumpy|flaky|weepy)|(?:(?:have|has|had) been |started |keep |kept )?"
    r"(?:itch|itches|itched|itching|sting|stings|stung|stinging))\b",
)
# What an allergy did, in a text that names the allergy ("I'm allergic to feathers: two nights under it and I woke up
# wheezing with puffy eyes", "I have a nickel allergy and by the end of the day there's an itchy red patch"); an allergy
# alone is none ("diagnosed with a latex allergy", nothing happened), nor an allergy of a pet's (`_NEGATED`).
_EN_ALLERGY: tuple[str, ...] = (
    r"\b(?:wheez(?:e|ed|ing|y)|sneez(?:e|ed|ing)|itch(?:y|ing|ed)|(?:puffy|swollen|streaming|watering) (?:eyes|face|"
    r"lips|ears)|(?:eyes|face|lips|throat|tongue) (?:swelled|swelling|swollen|puffed|were streaming|streaming)|red "
    r"(?:patch|patches|rash|skin|marks)|(?:a|an) (?:\w+ )?rash|hives|blotch(?:y|es)|go red|went red|short of breath|"
    r"(?:could ?n[o']t|struggl(?:ed|ing) to) breathe)\b",
    # the body red or raw where a reaction is named ("My dog reacted to the collar, his neck is red and raw")
    r"\b" + _EN_REACTING_BODY + r" (?:is|are|was|were|went|turned) (?:all |so |really |very |bright )?(?:red|raw|"
    r"blotchy|inflamed|irritated)\b",
    # a reaction on the body ("an instant reaction on my neck")
    r"(?<!\bno )(?<!\bany )(?<!\bwithout )\breactions? (?:\w+ )?(?:on|all over|across|around) "
    r"(?:my|his|her|their|our) " + _BODY + r"\b",
)
# ... an allergy the text does not deny ("I'm not allergic to wool but it's so itchy": a scratchy jumper)
# ... or a reaction to a substance the text names ("my GP thinks I'm reacting to chromium in the leather tanning")
_EN_ALLERGY_WHY = (
    r"(?<!\bnot )(?<!\bnot an )(?<!n't an )(?<!\bno )(?<!\bany )(?<!\bnever )\ballerg(?:y|ic|ies)\b|"
    r"(?<!\bnot )(?<!n't )(?<!\bnever )\breact(?:ing|ed|s)? to\b|(?<!\bno )(?<!\bany )(?<!\bwithout a )\breaction to\b"
)

# What wearing shoes or clothes that do not fit did ("Black toenail after a 10k", "they gave me blisters on both
# heels", "my toes are bruised", "I twisted my ankle when they slipped"), in a text about wearing them
# (`_EN_WORN`); not a blister pack, a nail polish, nor a hurt denied ("no blisters", "never had a blister")
_FOOT = r"(?:(?:big |little )?toes?|toe ?nails?|heels?|feet|foot|ankles?|soles?|insteps?|shins?|calf|calves)"
# Marks left on the body by what is worn too tight, up to where they are: "had a red line around", "left red marks on"
_MARKS_LEFT = (
    r"(?:had|have|has|got|get|getting|left|leave|leaves|leaving|gave|give|gives|with) (?:me |him |her )?(?:a |an |"
    r"deep |angry |painful |big |sore )?(?:red|purple) (?:lines?|marks?|welts?|indents?|grooves?|dents?|patches|"
    r"spots?) (?:all )?(?:around|round|under|on|across|along|in|into|down|over) "
)
# A limp told with a cause of its own named, not the item's: "I've been limping since my knee operation", "limping
# because of my sprained ankle", « Je boite depuis mon opération », « à cause de mon entorse »; not a limp since a
# time or since wearing them (« depuis deux jours », "was limping since"), nor « à cause de ces chaussures »
_NOT_SINCE_A_CAUSE = (
    r"(?![^.!?]{0,20}?\b(?:since|because of|due to|after|from|with|depuis|a cause d(?:e|u|')|suite a|apres|avec) ?"
    r"(?:my|his|her|their|an?|the|mon|ma|mes|son|sa|ses|une?|l'|la|le)? (?:[\w']+ ){0,2}?(?:op|operation|surgery|"
    r"injury|accident|fall|sprain|sprained|fracture|fractured|broken|arthritis|gout|entorse|chute|blessure|fracture|"
    r"arthrose|goutte|cassee?)\b)"
)
_EN_WEAR: tuple[str, ...] = (
    r"\bblack (?:toe ?nails?|nails?)\b(?! (?:polish|varnish|paint|art|gel|lacquer)\b)",
    r"\b(?:toe ?nails?|my (?:big |little )?(?:toe ?)?nails?) (?:has |have )?(?:went|turned|gone|going|is|are|now) "
    r"(?:all |completely |totally )?(?:black|purple)\b",
    r"\blost (?:a|my|two|both|three|the) (?:big )?toe ?nails?\b",
    _EN_NOT + r"\b(?:gave|give|giving|given|gives|got|get|getting|had|have|has|left|leave|leaves|caused|causing|"
    r"cause|rubbed|rub|rubbing|with) (?:me |him |her |us |them )?(?:(?!no |any |zero |not )\w+ )?(?:blisters|a "
    r"blister)\b(?! ?(?:packs?|packaging|cards?|foil)\b)",
    r"\bblisters? (?:on|at|across|all over) (?:my|his|her|their|both|the back of my) (?:\w+ )?" + _FOOT + r"\b",
    _EN_NOT + r"\bblistered (?:my |his |her |their )?(?:\w+ )?" + _FOOT + r"\b",
    r"\bmy (?:\w+ )?" + _FOOT + r" (?:are|were|is|was|got|have been|has been) (?:all |badly |really |so |now )?"
    r"(?:bruised|blistered|bleeding|raw|black and blue|throbbing)\b",
    _EN_NOT + r"\b(?:twisted|sprained|rolled) (?:my|his|her|their|an) (?:left |right )?ankle\b",
    # skin rubbed raw ("rubbed my heels raw", "The harness rubbed my dog's legs raw"); not a thing rubbed ("rubbed the
    # leather raw"): the body's owner is named
    _EN_NOT + r"\b(?:rubbed|rubs|rubbing|rub|chafed|chafes|chafing|chafe) (?:the skin (?:on|of) )?(?:my|his|her|their|"
    r"our) (?:[\w']+ ){1,3}?raw\b",
    # ribs a band too tight bruised; the red marks it leaves around the chest are the fit's own sign ("the band squeezes
    # my ribs ... had a red line around my whole chest": a band too tight, no hurt to be sorry for)
    _EN_NOT + r"\bbruised (?:my|his|her) (?:ribs|ribcage|rib cage|chest|shoulders?|breasts?|sides?)\b",
    # red marks shoes left on the feet ("he was limping and had red marks on both feet"), and the limp they left
    # (marks "on both heels", "on their soles" are the shoe's: the wearer's feet are named, "my heels", "both feet")
    _EN_NOT + r"(?<!\bno )(?<!\bwithout )\b" + _MARKS_LEFT + r"(?:(?:my|his|her) (?:\w+ )?" + _FOOT + r"|both (?:of "
    r"(?:my|his|her) )?(?:feet|ankles|shins))\b",
    # (any of them, unless a cause of its own is named after it)
    r"(?:\b"
    + _EN_WHO
    + r"(?: (?:was|were|is|are|has been|have been|had been|came home|started|ended up)|'ve been|'d been|"
    r"'s been) (?:(?!not\b|never\b)\w+ )?limping\b|"
    r"\b(?:left|had) (?:me|him|her|them) limping\b|"
    # ... with its subject left out, as after "and" or at a sentence's start: "Wore them to a wedding and was limping
    # after twenty minutes", "Limping by lunchtime.", "Been limping for three days"
    r"(?:^|[.!?;:] |\b(?:and|then|so|but) )(?:(?:was|were|ended up|came home|have been|had been|been) )?limping\b)"
    + _NOT_SINCE_A_CAUSE,
)
_EN_WORN = (
    r"\b(?:shoes?|boots?|trainers?|sneakers?|heels?|sandals?|pumps|loafers|runners|wear|wore|wearing|worn|walk\w*|"
    r"run|running|ran|jog|jogs|jogging|jogged|hike|hiking|trail|race|marathon|10k|5k|miles?|km|bras?|underwired?|"
    r"underwires?|"
    # ... or the fall the item gave ("The strap broke and I fell down the stairs, twisted my ankle.")
    r"soles?|straps?|fell|fall|fallen|falling|tripped|slipped|"
    # ... or what an animal wears, and the rubbing itself
    r"harness|harnesses|collars?|rubbed|rubs|rubbing|chafed|chafes|chafing)\b"
)

# Blisters told alone as what wearing it did, with how soon ("Blisters after an hour.", "Two blisters within ten
# minutes", « Des ampoules au bout d'une heure. »): no word of wearing is needed. Not blisters on a thing ("Blisters on
# the coating after a week", `_NOT_THE_SKINS`), a blister pack, nor a lamp's « ampoules » (« Ampoules grillées après
# une heure »: only the time right after them)
_WEAR_TIME = {
    "en": r"(?:an?|one|two|three|four|five|ten|twenty|thirty|\d+|half an|a few|a couple of|the first) (?:minutes?|"
    r"mins?|hours?|hrs?|days?|walks?|wears?|miles?|km)\b|(?:day|wear|walk) (?:one|1)\b|lunch\w*|the end of the day",
    "fr": r"(?:une?|deux|trois|quatre|cinq|dix|vingt|trente|\d+|quelques|la premiere|le premier|une demi-) ?"
    r"(?:minutes?|min|heures?|h|jours?|journee|marches?|sorties?|km|kilometres?)\b|midi\b|la fin de la journee",
}
_BLISTERS_TIMED: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:^|[.!?;:,] |\b(?:and|but|so|now|then|already) )(?:(?:huge|big|massive|painful|awful|nasty|terrible|"
        r"horrible|bad|two|three|several|multiple|blood) )?blisters?\b (?:after|within|by|in|in under|in less than|on)"
        r" (?:just |only )?(?:" + _WEAR_TIME["en"] + ")",
    ),
    "fr": (
        r"(?:^|[.!?;:,] |\b(?:et|mais|donc|deja) )(?:des |deux |trois |de grosses |grosses |plein d')?ampoules "
        r"(?:apres |au bout d'|au bout de |des |en moins d'|en moins de |en |le )(?:seulement )?(?:"
        + _WEAR_TIME["fr"]
        + ")",
    ),
}
# ... a thing's blisters, in the sentence: a coating or a paint, a lamp's bulbs
_NOT_THE_SKINS = {
    "en": r"\b(?:coating|paint|paintwork|varnish|enamel|non-?stick|glaze|lacquer|plaster|veneer|finish|surface|pan|"
    r"tablets?|pills?|packs?)\b|"
    # ... or on a part or the matter of the item ("Blisters after a day in the sun on the leather")
    r"\b(?:on|across|all over|in|under) (?:the|its|this|that|my) (?:\w+ )?(?:leather|suede|vinyl|straps?|soles?|print|"
    r"fabric|material|plastic|handle|lid|case|cover|screen|wood|uppers?)\b",
    "fr": r"\b(?:lampe|lampadaire|lustre|led|guirlande|grillee?s?|claquee?s?|douilles?|culots?|watts?|eclairage|"
    r"lumiere|revetement|peinture|vernis|email|poele)\b|"
    r"\b(?:sur|dans|sous) (?:le |la |les |l'|son |sa |ses )(?:\w+ )?(?:cuir|daim|vinyle|brides?|bretelles?|semelles?|"
    r"imprime|tissu|matiere|plastique|poignee|couvercle|coque|ecran|bois|tige)\b",
}

# What makes a hurt while wearing the item a fault's or a serious one: it broke, or a hospital (`someone_hurt`)
_WORN_BY_A_FAULT = {
    # (not shoes broken in: "broke them in")
    "en": r"\b(?:snapped|broke|broken|came off|came apart|gave way|fell apart|a ?& ?e|hospital|emergency room)\b"
    r"(?! (?:them |it |these )?in\b)",
    "fr": r"\b(?:casse|cassee|casses|cassees|lache|decolle|decollee|urgences|hopital)\b",
}

_FR_NOT = r"(?<!\bne )(?<!\bn')(?<!\bfailli )(?<!\bpu )(?<!\bpeut )(?<!\bpourrait )"
_FR_BODY = (
    r"(?:main|mains|doigt|doigts|pouce|bras|jambe|jambes|pied|pieds|visage|peau|levre|levres|bouche|oeil|yeux|tete|"
    r"genou|genoux|orteil|orteils|cou|poignet|paume|menton|front|joue|nez|oreille|cuir chevelu|patte|pattes|arcade|"
    r"arcade sourciliere|sourcil|coude|coudes|crane|tempe|talon|talons)"
)
# Someone cut, in French; « s'est coupé » is also a device that switched off (« le sèche-cheveux ... s'est coupé net »,
# « le moteur s'est coupé en plein milieu »), set aside only where a device is its subject or it is told as a
# switching off (net, tout seul, d'un coup, en plein ..., sans raison, et a redémarré); anything else errs to the cut
# (« Le verre était fêlé, elle s'est coupée. »). The hazards of `features.customer_asks` read it too.
_DEVICES = (
    "moteur", "appareil", "machine", "seche-cheveux", "tondeuse", "aspirateur", "robot", "lisseur", "fer", "radiateur",
    "chauffage", "ventilateur", "ecran", "chargeur", "batterie", "lampe", "ampoule",
)  # fmt: skip
_DEVICE_SUBJECT = "".join(f"(?<!{device} )" for device in (*_DEVICES, "tout", "courant"))
# ... and a device that is the subject of a few verbs before it, nobody named in the sentence up to it (« Le moteur a
# calé puis s'est coupé », « la tondeuse chauffe et s'est coupée »; not « le robot a glissé et mon fils s'est coupé »,
# « l'ampoule a éclaté et la petite s'est coupée », nor « Mon fils a démonté l'appareil puis s'est coupé »)
_NOBODY_WORD = r"(?!(?:je|j|il|elle|ils|elles|on|nous|vous|me|m|mon|ma|mes|notre|nos|son|sa|ses)\b)[\w'-]+"
# ... nor where another subject starts after a comma, « et » or « puis »: a noun or a name before its own verb (« ...,
# la petite l'a ramassée et s'est coupée », « ..., Paul a ramassé les morceaux et s'est coupé »)
_NEW_SUBJECT = (
    r"(?:(?:le|la|les|l'|un|une|ce|cet|cette) ?)?[\w-]+ (?:a|avait|est|etait|l'a|l'avait|les a|les avait|s'est|"
    r"s'etait|voulait|a voulu)\b"
)
_DEVICE_CUT_OUT = re.compile(
    r"(?:^|[.!?;:]) ?(?:"
    + _NOBODY_WORD
    + r",? ){0,10}?(?:l'|d')?(?:"
    + "|".join(_DEVICES)
    + r")\b(?: (?!et\b|puis\b)"
    + _NOBODY_WORD
    + r"|(?:,|,? et|,? puis) (?!"
    + _NEW_SUBJECT
    + r")"
    + _NOBODY_WORD
    + r"){0,8}?"
    # ... « s'est coupé » itself the device's: right after a word that joins it to the device's verbs, no subject of its
    # own between (« ... et le petit s'est coupé », « ... et Paul s'est coupé » are someone cut)
    + r",? (?:et puis|puis|et|mais|ensuite|alors|avant de) (?:(?:soudain|soudainement|brusquement|aussitot|ensuite|"
    r"d'un coup|tout a coup|finalement|enfin) )?(?P<cut>(?:s'est|se sont|s'etait) (?:\w+ )?coupee?s?)\b"
)


def device_cut_out_blanked(folded: str) -> str:
    """The accent-free `folded` text with a device's « s'est coupé » told after its own verbs (`_DEVICE_CUT_OUT`)
    blanked: a device that switched off, not someone cut (`FR_SOMEONE_CUT` reads the rest)."""
    return _DEVICE_CUT_OUT.sub(lambda found: found[0][: found.start("cut") - found.start()] + ";", folded)


FR_SOMEONE_CUT = (
    r"\b(?:me suis|t'es|nous sommes|vous etes|vous vous etes|m'etais|me sois) (?:\w+ )?coupee?s?\b|"
    + _DEVICE_SUBJECT
    + r"\b(?:s'est|se sont|s'etait|se soit|se serait) (?:\w+ )?coupee?s?\b(?! (?:net|nette|tout seul|toute seule|"
    r"d'un coup|brusquement|subitement|automatiquement|en plein|en cours|sans raison|apres quelques|au bout d)\b|,? "
    r"(?:et|puis) (?:a |s'est |ne |n'a )?(?:redemarr|rallum|remis)\w*)"
)
# The customer's animal or a person of theirs as the owner of the body part named before (« la patte de mon chien »,
# « le cou de ma fille »)
_FR_OF_OWNER = (
    r" (?:de|d') ?(?:mon|ma|mes|notre|nos|son|sa|ses) (?:\w+ )?(?:chiens?|chiennes?|chats?|chattes?|chiots?|chatons?|"
    r"lapins?|chevaux|cheval|poneys?|animal|animaux|fils|filles?|enfants?|bebes?|mari|femme|mere|pere|frere|soeur)"
)
_FR: tuple[str, ...] = (
    # « s'est coupé », « me suis brûlée », « se sont blessés », « s'est fait mal » (not « ça me fait mal aux pieds »)
    _FR_NOT + r"\b(?:s'est|se sont|me suis|t'es|nous sommes|vous etes|vous vous etes|s'etait|m'etais|se soit|"
    r"me sois|se serait) (?:\w+ )?(?:brulee?s?|blessee?s?|ebouillantee?s?|entaillee?s?|"
    r"electrocutee?s?|ecorchee?s?|egratignee?s?|eraflee?s?|pincee?s?|fait mal|fait une entaille|fait une brulure)\b",
    _FR_NOT + r"(?:" + FR_SOMEONE_CUT + ")",
    # a wound named by the body part alone (« il s'est ouvert le menton », « elle s'est fendu la lèvre », « je me suis
    # éraflé le coude », « l'arcade ouverte », « les genoux en sang »); not « s'est fendu la poire » (laughed), nor a
    # screw's head or a pipe's elbow split (« une vis à tête fendue », « le coude est fendu »)
    _FR_NOT + r"\b(?:s'est|se sont|me suis|t'es|nous sommes|s'etait|m'etais) (?:\w+ )?(?:ouvert|fendu|egratigne|erafle|"
    r"entaille|ecorche)e?s? (?:le |la |les |l')" + _FR_BODY + r"\b",
    r"\b(?:l'arcade|la levre|les levres|le menton|le crane|le genou|les genoux|le nez|l'oeil|le sourcil) (?:ouverte?|"
    r"fendue?|en sang|eclatee?)\b|\bun oeil au beurre noir\b",
    # « ça m'a brûlé la main », « la lame lui a coupé le doigt » (not « m'a coupé la parole »)
    r"\b(?:m'a|m'ont|lui a|lui ont|l'a|nous a) (?:\w+ )?(?:brule|coupe|blesse|ebouillante|entaille|electrocute)e?s?"
    r"(?: (?:a )?(?:la|le|les|au|aux|l') ?" + _FR_BODY + r"\b| (?:gravement|profondement|serieusement)\b)",
    # ... or a body part of another the item did it to (« Le fermoir a coupé la patte de mon chien », « le harnais a
    # blessé les pattes de mon chien »)
    r"\b(?:a|ont|avait|avaient) (?:\w+ )?(?:brule|coupe|blesse|ebouillante|entaille|ecorche)e?s? (?:la|le|les|l') ?"
    + _FR_BODY
    + _FR_OF_OWNER
    + r"\b",
    # « je me suis coupé le doigt » is above; « brûlé à la main », « coupure au doigt »
    r"\b(?:brulee?s?|coupee?s?|blessee?s?|brulures?|coupures?|entailles?|plaies?|cloques?) (?:\w+ )?(?:a la|au|aux|"
    r"sur la|sur le|sur les) " + _FR_BODY + r"\b",
    # burns the item caused (« une action en justice pour les brûlures causées par ce lisseur »; not « une brûlure de
    # cigarette » nor burns on a thing, « laissées par le fer sur la manche », nor none, « aucune brûlure »)
    r"(?<!\baucune )(?<!\bpas de )(?<!\bsans )\bbrulures? (?:\w+ )?(?:causees?|provoquees?|infligees?|laissees?) par "
    r"(?:le|la|les|l'|ce|cet|cette|ces|votre|vos)\b(?![^.!?;]*\bsur (?:la |le |les |l')(?!" + _FR_BODY + r"\b))",
    # ... or suffered by someone (« ma fille a subi de graves brûlures »; not « je n'ai pas subi de blessures », nor
    # a thing, « le canapé a subi des brûlures »)
    r"\b(?:j'ai|il a|elle a|ils ont|elles ont|nous avons|on a|je|il|elle|(?:mon|ma|notre|mes|nos) (?:\w+ )?(?:fils|"
    r"filles?|enfants?|bebe|mari|femme|mere|pere|conjointe?|compagnon|compagne|frere|soeur|amie?)(?: a| ont)?) "
    r"(?:\w+ )?(?:subi|souffert de|souffre de) (?:des |de |de graves |de serieuses )?(?:brulures|"
    r"blessures)\b",
    # what a hurt leaves: stitches, bleeding
    r"\bpoints de suture\b",
    # (not a colour that ran: « la couleur a saigné au lavage », « les couleurs saignent »)
    r"(?<!couleur )(?<!couleurs )(?<!couleur a )(?<!couleurs ont )(?<!teinture a )"
    r"\b(?:saignait|saigne|saignaient|saigner|saignement|saignements|sang partout)\b(?! (?:au|en|a la) (?:lavage|"
    r"machine|rincage))",
)
# ... in French (« La perceuse m'a tordu le poignet »; not « Le ski lui a cassé le bras »: `_OWN_DOING`)
_FR_STRAINED: tuple[str, ...] = (
    r"\b(?:m'a|m'ont|lui a|lui ont) (?:\w+ )?(?:tordu|foule|casse|luxe|fracture) (?:le |la |les |l')(?:poignet|pouce|"
    r"doigts?|main|bras|coude|epaule)\b",
)
# ... in French (« Ma fille s'est foulé le poignet sur le trampoline quand le cadre s'est plié »)
_FR_SELF_HURT = r"(?:s'est|se sont|me suis|t'es|nous sommes|s'etait|m'etais) (?:\w+ )?"
_FR_HURT_PART = (
    _FR_NOT
    + r"\b(?:"
    + _FR_SELF_HURT
    + r"(?:foule|tordu|casse|fracture|luxe|coince|pince|ecrase|demis|froisse|fait une entorse|fait une fracture)e?s? "
    r"(?:au |aux |a la |a l'|le |la |les |l')?"
    + _HURT_PART["fr"]
    + r"\b"
    # a knock, unless the text says it hurt nobody (« il s'est cogné la tête mais il n'a rien »), told with the body
    # part or, of a person, without it (« elle s'est cognée », « mon fils s'est cogné contre le bord »; not of things:
    # « les verres se sont cognés »)
    + r"|(?:"
    + _FR_SELF_HURT
    + r"(?:cogne|tape|heurte)e?s? (?:au |aux |a la |a l'|le |la |les |l')?"
    + _HURT_PART["fr"]
    + r"|(?:je me suis|me suis|il s'est|elle s'est|on s'est|"
    + _FR_KIN
    + r" s'est) (?:\w+ )?cognee?)\b"
    + _NOT_DENIED_AFTER["fr"]
    + ")"
)
_FR_HURT_WHEN_IT_GAVE_WAY: tuple[str, ...] = (
    _GAVE_WAY["fr"] + _GAVE_WAY_THEN + _FR_HURT_PART,
    _FR_HURT_PART + _WHEN_IT_GAVE_WAY["fr"] + _GAVE_WAY["fr"],
)
# ... and a pain told after it gave way, not one of its own (`_PAIN_OF_ITS_OWN`: that rules out the pain, not a hurt
# told in plain words beside it, "I hurt my back, and I've had a bad back for years")
_PAIN_WHEN_IT_GAVE_WAY = {lang: (_GAVE_WAY[lang] + _PAIN_THEN + _PAIN_AFTER[lang],) for lang in ("en", "fr")}
# « L'étagère s'est décrochée et m'est tombée sur le pied », « le miroir est tombé sur ma fille »; not the customer's
# own fall (« je suis tombée sur les mains »), nor what is worn slipping down (« les bretelles sont tombées sur mes
# bras », « La robe est tombée sur mes pieds quand je l'ai enlevée »)
_FR_FELL_ON: tuple[str, ...] = (
    r"(?<!bretelle )(?<!bretelles )(?<!manche )(?<!manches )(?<!robe )(?<!jupe )(?<!couture )(?<!ourlet )"
    r"(?<!chapeau )(?<!bonnet )(?<!pantalon )(?<!jean )"
    r"\b(?:m'est|m'etait|lui est|lui etait|nous est|est|sont|etait) (?:\w+ )?tombee?s? "
    r"(?:[\w']+ ){0,3}?sur (?:le|la|les|l'|mon|ma|mes|son|sa|ses|notre|nos) ?(?:\w+ )?(?:pieds?|orteils?|tete|mains?|"
    r"doigts?|jambes?|bras|epaules?|fils|fille|enfants?|bebe|mari|femme)\b",
)
# « le miroir a glissé de son crochet et a heurté ma fille à l'épaule », « le bras est retombé et lui a cogné la tête »;
# not a thing it struck (« le tiroir a glissé et a heurté le mur »), nor a knock that hurt nobody
_FR_STRUCK = (
    r"(?:" + _FR_BODY + "|" + _HURT_PART["fr"] + r"|fils|filles?|enfants?|bebes?|mari|femme|conjointe?|compagnon|"
    r"compagne|pere|mere|frere|soeur|amie?|garcons?|grand-mere|grand-pere|mamie|papi|papy)"
)
_NOT_QUITE_FR = r"(?!(?:failli|presque|pas|jamais|manque|rien)\b)"
_FR_STRUCK_WHEN_IT_MOVED: tuple[str, ...] = (
    _GAVE_WAY["fr"]
    # (not what nearly happened nor did not: « a failli », « a presque », « ne m'a pas heurté »)
    + r"[^.!?;]{0,40}?\b(?:(?:m'|lui |nous )(?:a|ont) (?:"
    + _NOT_QUITE_FR
    + r"\w+ )?(?:heurte|cogne|frappe|tape|percute|pince|coince|ecrase)e?s?|(?:a|ont|l'a|l'ont) (?:"
    + _NOT_QUITE_FR
    + r"\w+ )?(?:heurte|cogne|frappe|tape|percute|pince|coince|ecrase)e?s? (?:au |aux |a la |"
    r"a l'|sur (?:le |la |les |l'))?(?:le |la |les |l'|mon |ma |mes |notre |nos |son |sa |ses )(?:\w+ )?"
    + _FR_STRUCK
    # (a part of a thing named like the body's: « le pied du lit », « la tête de lit », « le bras du fauteuil »)
    + r"\b(?! (?:du|des|d'une?|de (?!(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)\b))))"
    + _NOT_DENIED_AFTER["fr"],
)
# the emergency room, as in English only where the sentence says the item did it (not « aux urgences pour rien »,
# nor « aux urgences avec ma mère quand le colis est arrivé »)
_FR_EMERGENCY: tuple[str, ...] = (r"\b(?:aux|les|des) urgences\b(?! pour rien)",)
_FR_EMERGENCY_WHY = (
    r"\b(?:avalee?s?|etouffee?s?|allergi(?:e|que)|reaction|gonflee?s?|brulee?s?|brulures?|coupee?s?|coupures?|"
    r"saign(?:e|ait|ement)|blessee?s?|points de suture|(?:a cause|par la faute) (?:de lui|d'elle|de ca|du|de la|"
    r"des|de l'))\b"
)
# Where the skin shows a reaction to what touches it, as `_EN_REACTING_BODY` (not the face, nor the feet)
_FR_REACTING_BODY = (
    r"(?:oreilles?|lobes?(?: d'oreilles?| des oreilles)?|cou|gorge|poignets?|peau|doigts?|mains?|bras|poitrine|levres|"
    r"yeux|paupieres|cuir chevelu|jambes?|ventre|dos|aisselles?|pattes?|babines|museau)"
)
_FR_SKIN: tuple[str, ...] = (
    r"\b(?:plaques? rouges?|urticaire|reaction allergique|reaction cutanee|eczema|irritations? (?:de la peau|"
    r"cutanees?))\b",
    # a reaction named by what the skin reacted to (« une réaction à la laine », « une réaction au nickel »), as "a wool
    # reaction"
    r"(?<!\baucune )(?<!\bpas de )(?<!\bsans )\breaction (?:a la |au |a l')(?:laine|nickel|metal|latex|teinture|"
    r"parfum|colorant|caoutchouc)\b",
)
# A person of the customer's or their animal, named as who had a reaction (« ma chienne avait les babines gonflées »;
# not « la poupée a les yeux rouges », « le pull a les poignets rouges »: the item's own)
_FR_KIN_OR_PET = (
    r"\b(?:mon|ma|mes|notre|nos) (?:\w+ )?(?:chien|chienne|chat|chatte|chiot|chaton|fils|fille|enfant|bebe|mari|"
    r"femme)s?"
)
# French: the skin itself turned red or swelled, as `_EN_SKIN_TURNED` (« mes oreilles sont devenues rouges », « mes
# lobes ont gonflé », « ces boucles m'ont fait gonfler les lobes »); not denied (« mes oreilles ne sont pas devenues
# rouges »: nothing may stand between)
_FR_SKIN_TURNED: tuple[str, ...] = (
    r"\b(?:(?:mes|mon|ma|ses|son|sa|la peau de (?:mes|mon|ma)) (?:\w+ )?"
    + _FR_REACTING_BODY
    + r"|(?:le|la|les|l') ?"
    + _FR_REACTING_BODY
    + _FR_OF_OWNER
    + r")(?: et (?:mes|mon|ma|le|la|les) [\w-]+)? (?:sont|est|etaient|etait|ont|a|avaient|avait)(?: (?:devenue?s?|"
    r"ete|vite|tout|toute|toutes|tous|rapidement|immediatement|aussitot))* (?:rouges?|gonflee?s?|enflee?s?|irritee?s?|"
    r"enflammee?s?|boursouflee?s?|couverte?s? de (?:plaques|boutons|cloques))\b",
    r"\b(?:m'a|m'ont|lui a|lui ont|a|ont) fait (?:gonfler|rougir|enfler) (?:les |le |la |l'|mes |mon |ma |ses |son |"
    r"sa )" + _FR_REACTING_BODY + r"\b",
    # ... or as the state the item left it in (« La crème m'a laissé les joues rouges et irritées »)
    r"\b(?:m'a|m'ont|lui a|lui ont) laisse (?:le |la |les |l')(?:"
    + _FR_REACTING_BODY
    + r"|visage|joues?|front|menton|nez) (?:tout |toute |toutes |tous )?(?:rouges?|irritee?s?|gonflee?s?|enflee?s?|"
    r"enflammee?s?|boursouflee?s?|brulante?s?)\b",
    # ... or had so (« elle avait les babines gonflées », « j'ai les lobes tout rouges »), by a person or an animal
    # (`_FR_KIN_OR_PET`); not a garment's own part (« la robe a le dos rouge »)
    r"(?:\bj'(?:ai|avais)|\b(?:il|elle|ils|elles) (?:avait|avaient)|" + _FR_KIN_OR_PET + r" (?:a|ont|avait|avaient)) "
    r"(?:les |le |la |l')(?:babines|museau|levres|yeux|paupieres|oreilles|lobes|"
    r"doigts|mains|poignets|cou|peau|pattes)(?: (?:tout|toute|toutes|tous))? (?:rouges?|gonflee?s?|enflee?s?|"
    r"irritee?s?|enflammee?s?)\b",
)
_FR_SKIN_SINCE: tuple[str, ...] = (
    # ... or itches or stings since or after the item (« mes oreilles me grattent depuis que je les porte », « j'ai les
    # oreilles qui piquent depuis hier », « des démangeaisons au cou depuis »), as `_EN_SKIN_TURNED`'s: not while it is
    # worn (« le cou me gratte quand je le porte »: a scratchy wool)
    r"(?:\b(?:mes|mon|ma|ses|son|sa) (?:\w+ )?"
    + _FR_REACTING_BODY
    + r" (?:me|lui|nous) (?:grattent|gratte|grattaient|grattait|piquent|pique|piquaient|piquait|demangent|demange|"
    r"demangeaient|demangeait)|(?:\bj'ai|\bj'avais|\b(?:il|elle) (?:a|avait)|" + _FR_KIN_OR_PET + r" (?:a|avait)) "
    r"(?:les |le |la |l')"
    + _FR_REACTING_BODY
    + r" qui (?:grattent|gratte|grattaient|grattait|piquent|pique|piquaient|piquait)|\bdemangeaisons? (?:au|aux|sur "
    r"(?:le|la|les|mon|ma|mes)) " + _FR_REACTING_BODY + r")\b",
)

# French: what an allergy did, in a text that names it (« allergique aux plumes, je me suis réveillée les yeux
# gonflés », « des démangeaisons et une rougeur ... une allergie au chrome »)
_FR_ALLERGY: tuple[str, ...] = (
    r"\b(?:yeux|visage|levres|gorge|langue|oreilles) (?:tout |toutes |rouges et )?(?:gonfles|gonfle|gonflees|gonflee|"
    r"bouffis|enfles)\b|\b(?:respir(?:e|ais|ait)|respirer) (?:tres )?mal\b|\b(?:du mal|de la peine) a respirer\b|"
    r"\bsifflements?\b|\bdemangeaisons?\b|\brougeurs?\b|\beternu(?:e|er|ements?|ait)\b|\b(?:plaques|boutons) "
    r"partout\b|\byeux qui (?:pleurent|piquent|coulent)\b|\bnez (?:bouche|qui coule)\b|(?<!\bpas d')(?<!\bsans )"
    r"(?<!\baucune )\birritations?\b",
    # a reaction on the body (« Réaction immédiate au cou »)
    r"(?<!\baucune )(?<!\bpas de )(?<!\bsans )\breactions? (?:\w+ )?(?:au|aux|a la|a l'|sur (?:le|la|les|l'|mon|ma|"
    r"mes|son|sa|ses)) ?" + _FR_BODY + r"\b",
)
_FR_ALLERGY_WHY = (
    r"(?<!\bpas )(?<!\bpas une )(?<!\bpas d')(?<!\baucune )(?<!\bsans )\ballergi(?:e|es|que|ques)\b|"
    r"(?<!\bne )(?<!\bn')\breagi(?:s|t|ssais|ssait)? (?:a|au|aux)\b|(?<!\baucune )(?<!\bsans )\breaction (?:a|au|aux)\b"
)


# French: « Après un trail de 15 km j'ai un ongle noir », « elles m'ont fait des ampoules aux talons », « des bleus aux
# orteils », « je me suis tordu la cheville », in a text about wearing them (`_FR_WORN`); not « l'ampoule » of a lamp
# nor a nail polish
# ... and « boite » followed by what makes it a box (« ma petite boite aux lettres », « la boite à chaussures », « une
# boite en carton »)
_NOT_A_BOX = (
    r"(?! (?:aux lettres|a lettres|a chaussures|a outils|a bijoux|a gants|a cadeau|de rangement|de conserve|de "
    r"chaussures|d'origine|en carton|en bois|en metal|en fer|en plastique|cadeau|carton)\b)"
)
_FR_FOOT = r"(?:talons?|pieds?|orteils?|petit orteil|gros orteil|chevilles?|tibias?|mollets?)"
_FR_WEAR: tuple[str, ...] = (
    r"(?<!vernis a )(?<!vernis )(?<!-)\bongles? (?:[\w']+ ){0,3}?(?:noirs?|noircis?|noirci)\b",
    r"\bperd\w* (?:un |l'|deux |mon |mes |les |des )ongles?\b",
    _FR_NOT
    + r"(?<!\bpas )\b(?:fait|faire|fais|font|donne|donnent|donnees?|file|filent|eu|ai|avoir|attrape|plein|pleins|"
    r"couverte?s?) (?:[\w']+ )?(?:d'|des |deux |trois |une |de grosses |de belles )ampoules?\b(?! (?:led|e27|e14|"
    r"gu10|de rechange|grillee|halogene)\b)",
    r"\bampoules? (?:[\w']+ )?(?:au|aux|sur (?:le|les|mon|mes)) " + _FR_FOOT + r"\b",
    r"\b(?:des |un )bleus? (?:au|aux|sur (?:le|les|mes|mon)) " + _FR_FOOT + r"\b",
    r"\b(?:orteils?|pieds?) (?:tout |tous |toute |toutes )?(?:en sang|meurtris?|couverts? d'ampoules)\b",
    # skin rubbed raw (« frotté à vif », « les pattes de mon chien sont à vif »)
    r"\b(?:frotte|irrite|ecorche)e?s? (?:[\w']+ ){0,5}?a vif\b|\b"
    + _FR_BODY
    + r"(?:"
    + _FR_OF_OWNER
    + r")? (?:sont|est|etaient|etait) (?:tout |toute |toutes |tous |completement )?a vif\b",
    # a nail or toe that throbbed (« mon ongle du gros orteil me lançait »)
    r"\b(?:ongles?|orteils?)\b(?: [\w']+){0,4}? (?:me|lui) (?:lancait|lancaient|lance|lancent)\b",
    _FR_NOT + r"(?<!\bpas )\b(?:tordu|foule|foulee|fait une entorse a|fait une entorse de) (?:la|ma|sa) cheville\b",
    # a limp (« je boitais après vingt minutes », « il boitait », « mon mari boite », « je suis rentrée en boitant »);
    # « boite » is a box but after its subject or « a / ai »
    r"(?:\b(?:je|il|elle|ils|elles|on|" + _FR_KIN + r") (?:boitais|boitait|boitaient|boite|boitent|boitille\w*)|"
    r"\b(?:j'ai|il a|elle a|on a|ils ont|elles ont|" + _FR_KIN + r" (?:a|ont)) (?:\w+ )?boite|\ben (?:boitant|"
    r"boitillant))\b(?! (?:pas|plus|jamais)\b)" + _NOT_A_BOX + _NOT_SINCE_A_CAUSE,
    # a sprained ankle, not one that is the limp's cause of its own (« Je boite depuis mon entorse de la cheville »)
    r"(?<!\bpas d')(?<!\bsans )(?<!\bdepuis mon )(?<!\bdepuis une )(?<!\bcause de mon )(?<!\bcause d'une )"
    r"(?<!\bsuite a mon )(?<!\bsuite a une )(?<!\bapres mon )(?<!\bapres une )\bentorse (?:a la|de la) cheville\b",
)
_FR_WORN = (
    r"\b(?:chaussures?|baskets?|bottes?|bottines?|escarpins?|sandales?|talons?|pieds?|orteils?|marche\w*|courir|"
    r"couru|course|trail|randonnee|rando|porte|portee?s?|pointure|km|kilometres?|bretelles?|"
    # ... or the fall the item gave (« La semelle s'est décollée, je suis tombée et je me suis foulé la cheville. »)
    r"semelles?|brides?|tombee?s?|chute|glisse|glissee|"
    # ... or what an animal wears, and the rubbing itself
    r"harnais|colliers?|frotte\w*)\b"
)


class _Table(NamedTuple):
    """Patterns of one kind of hurt, what the match's sentence (or, `text_wide`, the text) must also say for a match to
    count (None: nothing more), what the match's sentence must not say (None: nothing), and whether an itch alone of a
    garment or a fabric is no reaction (`_fabric_itch`)."""

    kind: str
    patterns: tuple[str, ...]
    also: str | None = None
    text_wide: bool = False
    unless: str | None = None
    fabric_itch_is_comfort: bool = False


# Marks the item's dye left on the wearer, not shoes too tight: "the dye left red marks on my feet" (a colour that
# runs, `features.customer_asks` reads it); not a dye that ran in the wash or came off on the skin beside marks the
# shoes left ("The dye ran in the rain and the straps ... left red marks"): the dye must be what left them
_DYE_MARKS = (
    r"\b(?:dye|dyes|colour|color|ink)\b(?: (?!but\b|and\b|yet\b|though\b|wearing\b)[\w']+){0,3}? (?:left|"
    r"leaves|leaving)\b"
)


# An itch told while the item is worn, in the sentence of an itch since the item ("Since I washed it, my neck itches
# when I wear it", « depuis le lavage, le cou me gratte quand je le porte »): a scratchy matter, no reaction
_WHILE_WORN = {
    "en": r"\b(?:when|while|whenever|each time|every time) (?:i|he|she|we|they) (?:wear|wears|have (?:it|them) on|put "
    r"(?:it|them) on)\b|\bwhile wearing\b",
    "fr": r"\b(?:quand|lorsque|chaque fois que|des que) (?:je|j'|il|elle|on) ?(?:le |la |les |l')?(?:porte|mets|met)\b|"
    r"\ben (?:le |la |les |l')?portant\b",
}


# What else turns the skin red or makes it swell, named in the sentence of it (`_EN_SKIN_TURNED`): the weather, a
# pregnancy, an illness or a hurt of its own ("My hands went red from the cold", "swollen with arthritis", « je suis
# enceinte »), or the item too small for what swelled ("My fingers swelled up in the heat and the ring wouldn't come
# off", « la bague ne passe plus »: a fit); not the item's own part ("swollen from the broken clasp digging in")
_CAUSE_OF_ITS_OWN = {
    # (a season, not what is worn in it: "this winter scarf", « l'écharpe d'hiver »)
    "en": r"\b(?:cold|heat|heatwave|hot weather|sun|sunburn|sunburnt|(?:summer|winter)(?! "
    + _WORN_THINGS["en"]
    + r"\b)|weather|pregnan\w*|arthritis|gout|injury|operation|surgery|sprain\w*|fracture\w*|hay ?fever|pollen|"
    r"crying|clapping)\b|\b(?:won't|wouldn't|doesn't|does not|didn't|did not|can't|cannot|couldn't|will not|would not) "
    r"(?:\w+ )?(?:go on|go over|come off|fit|get (?:it|them) (?:on|off))\b|\btoo (?:small|tight)\b",
    "fr": r"\b(?:froid|chaleur|canicule|soleil|(?<!d')hiver|enceinte|grossesse|arthrose|goutte|blessure|operation|"
    r"entorse|fracture|rhume des foins|pollens?|pleure|pleurer|applaudi\w*)\b|(?:\ben |\bcet |\bl')ete\b|\bne (?:passe|"
    r"rentre|va|ferme|s'enleve|sort)\w* (?:plus|pas)\b|\btrop (?:petite?s?|serree?s?|etroite?s?)\b",
}


# An allergy to what is no item, in the sentence of what it did ("I'm allergic to my cat, my eyes are red today")
_ALLERGY_ELSEWHERE = {
    "en": r"\ballergic to (?:my |the |our |his |her )?(?:cats?|dogs?|dust|pollen|grass|hay|animals?|pets?|horses?)\b|"
    r"\bhay ?fever\b",
    "fr": r"\ballergique (?:a|au|aux) (?:mon |ma |mes |la |le |l')?(?:chats?|chiens?|poussiere|pollens?|herbe|animaux|"
    r"poils)\b|\brhume des foins\b",
}


# An itch alone, since or after wearing a garment or a fabric ("My neck itched after I wore this jumper", « depuis que
# je porte ce pull, j'ai le cou qui gratte »): a scratchy matter, a comfort the return answers, not harm. Not an itch
# with a sign of the skin in its sentence (red, a rash, raw, swollen), nor one the text lays on a metal, jewellery, a
# cosmetic, a dye or an allergy (« Depuis que j'ai reçu ce collier, j'ai le cou qui gratte »), nor one the text tells
# harmed the skin or needed care (`_SKIN_HARMED`: it bled, peels, scabbed, hurts; a doctor, a dermatitis, a cream).
_ITCH = {"en": r"\bitch\w*", "fr": r"\b(?:gratt|piqu|demang)\w*"}
_SKIN_SIGN = {
    "en": r"\b(?:red|raw|rash\w*|swell\w*|swollen|blotch\w*|bump\w*|hives|welts?|sting\w*|stung|burn\w*|bleed\w*|"
    r"blister\w*|inflamed|irritat\w*|flak\w*|weep\w*|spots|sores?)\b",
    "fr": r"\b(?:rouge\w*|rougeurs?|a vif|plaques?|boutons?|gonfl\w*|enfl\w*|irrit\w*|brul\w*|saign\w*|cloques?|"
    r"eczema|urticaire)\b",
}
_SKIN_HARMED = {
    "en": r"\b(?:bled|bleed\w*|blood\w*|peel\w*|scabs?|scabbed|pain|pains|painful|hurts?|hurting|sore|agony|"
    r"dermatitis|eczema|psoriasis|infect\w*|doctor|gp|dermatologist|pharmacist|nurse|a ?& ?e|hospital|"
    r"antihistamines?|steroids?|prescri\w*|cream for|ointment)\b",
    "fr": r"\b(?:saign\w*|au sang|sang|pel\w*|desquam\w*|croutes?|douleur\w*|douloureu\w*|(?:fait|fais|font|faisait|ai|"
    r"avais|a) mal|dermatite|eczema|"
    r"psoriasis|infect\w*|medecin|docteur|dermato\w*|pharmacien\w*|infirmi\w*|urgences|hopital|antihistaminiques?|"
    r"corticoides?|cortisone|prescri\w*|pommade|ordonnance)\b",
}
_FABRIC = {
    "en": r"\b(?:jumpers?|sweaters?|jerseys?|cardigans?|hoodies?|sweatshirts?|wool|woollen|woolen|woolly|knit\w*|"
    r"mohair|acrylic|angora|fleece|fabric|material|polyester|labels?|tags?|seams?|lining|scarf|scarves|beanie|gloves?|socks?|"
    r"tights|leggings|pyjamas|jumpsuit|dress|top|shirt|blouse|jacket|coat|blanket|throw)\b",
    "fr": r"\b(?:pulls?|gilets?|sweats?|laine|tricot\w*|mohair|acrylique|angora|polaire|tissus?|matiere|polyester|"
    r"etiquettes?|coutures?|doublure|echarpes?|bonnets?|gants|chaussettes|collants|legging|pyjamas?|robes?|hauts?|"
    r"chemises?|chemisiers?|vestes?|manteaux?|couvertures?|plaids?)\b",
}
_NOT_FABRIC = {
    "en": r"\b(?:earrings?|studs?|hoops?|necklaces?|chains?|pendants?|bracelets?|bangles?|rings?|watch\w*|nickel|metal|"
    r"jewel\w*|cream|serum|lotion|gel|perfume|mask|detergent|powder|soap|allerg\w*|dyes?)\b",
    "fr": r"\b(?:boucles|creoles|colliers?|chaines?|pendentifs?|bracelets?|bagues?|montres?|nickel|metal|bijou\w*|"
    r"creme|serum|lotion|gel|parfum|masque|lessive|savon|allerg\w*|teintures?)\b",
}


def _fabric_itch(sentence: str, harm: str, folded: str, lang: str) -> bool:
    """Whether the `harm` a `sentence` of the text (`folded`) tells is an itch alone (`_ITCH`, no `_SKIN_SIGN` in the
    sentence, no `_SKIN_HARMED` in the text) in a text about a garment or a fabric (`_FABRIC`) that lays it on nothing
    else (`_NOT_FABRIC`)."""
    return (
        regex(_ITCH[lang]).search(harm) is not None
        and regex(_SKIN_SIGN[lang]).search(sentence) is None
        and regex(_SKIN_HARMED[lang]).search(folded) is None
        and regex(_FABRIC[lang]).search(folded) is not None
        and regex(_NOT_FABRIC[lang]).search(folded) is None
    )


# Per language, in order: an injury before a hurt from wear, before a reaction.
_TABLES: dict[str, tuple[_Table, ...]] = {
    "en": (
        _Table("injury", _EN, unless=_AT_A_SPORT["en"]),
        _Table("injury", _EN_STRAINED, unless=_OWN_DOING["en"]),
        _Table("injury", _EN_HURT_WHEN_IT_GAVE_WAY, unless=_SPORT_OR_TIME["en"]),
        _Table("injury", _PAIN_WHEN_IT_GAVE_WAY["en"], unless=_SPORT_OR_TIME["en"] + "|" + _PAIN_OF_ITS_OWN["en"]),
        _Table("injury", _DOWN_WHEN_IT_GAVE_WAY["en"], unless=_SPORT_OR_TIME["en"]),
        _Table("injury", _EN_FELL_ON),
        _Table("injury", _EN_STRUCK_WHEN_IT_MOVED),
        _Table("injury", _EN_EMERGENCY, _EN_EMERGENCY_WHY),
        _Table("wear", _EN_WEAR, _EN_WORN, text_wide=True, unless=_DYE_MARKS),
        _Table("wear", _BLISTERS_TIMED["en"], unless=_NOT_THE_SKINS["en"]),
        _Table("reaction", _EN_SKIN),
        _Table("reaction", _EN_SKIN_TURNED, unless=_CAUSE_OF_ITS_OWN["en"]),
        _Table(
            "reaction",
            _EN_SKIN_SINCE,
            _SINCE_THE_ITEM["en"],
            unless=_CAUSE_OF_ITS_OWN["en"] + "|" + _WHILE_WORN["en"],
            fabric_itch_is_comfort=True,
        ),
        _Table("reaction", _EN_ALLERGY, _EN_ALLERGY_WHY, text_wide=True, unless=_ALLERGY_ELSEWHERE["en"]),
    ),
    "fr": (
        _Table("injury", _FR, unless=_AT_A_SPORT["fr"]),
        _Table("injury", _FR_STRAINED, unless=_OWN_DOING["fr"]),
        _Table("injury", _FR_HURT_WHEN_IT_GAVE_WAY, unless=_SPORT_OR_TIME["fr"]),
        _Table("injury", _PAIN_WHEN_IT_GAVE_WAY["fr"], unless=_SPORT_OR_TIME["fr"] + "|" + _PAIN_OF_ITS_OWN["fr"]),
        _Table("injury", _DOWN_WHEN_IT_GAVE_WAY["fr"], unless=_SPORT_OR_TIME["fr"]),
        _Table("injury", _FR_FELL_ON),
        _Table("injury", _FR_STRUCK_WHEN_IT_MOVED),
        _Table("injury", _FR_EMERGENCY, _FR_EMERGENCY_WHY),
        _Table("wear", _FR_WEAR, _FR_WORN, text_wide=True),
        _Table("wear", _BLISTERS_TIMED["fr"], unless=_NOT_THE_SKINS["fr"]),
        _Table("reaction", _FR_SKIN),
        _Table("reaction", _FR_SKIN_TURNED, unless=_CAUSE_OF_ITS_OWN["fr"]),
        _Table(
            "reaction",
            _FR_SKIN_SINCE,
            _SINCE_THE_ITEM["fr"],
            unless=_CAUSE_OF_ITS_OWN["fr"] + "|" + _WHILE_WORN["fr"],
            fabric_itch_is_comfort=True,
        ),
        _Table("reaction", _FR_ALLERGY, _FR_ALLERGY_WHY, text_wide=True, unless=_ALLERGY_ELSEWHERE["fr"]),
    ),
}
# A sentence that says nobody was hurt, before the words of the harm.
_NEGATED = {
    "en": re.compile(r"\b(?:no ?one|nobody|no-one|nothing|none of (?:us|them))\b"),
    "fr": re.compile(r"\b(?:personne n'|personne ne|heureusement (?:il|elle|on|je) (?:ne|n'))"),
}
# The customer's animal named in the sentence of a hurt: the one hurt, unless the words of the harm are the customer's
# own ("my dog jumped and I cut my hand") or the sentence names a person of theirs (`_WHO`'s kin)
_PET = {
    "en": r"\b(?:my|our) (?:\w+ )?(?:dog|dogs|cat|cats|puppy|puppies|kitten|kittens|pet|pets|rabbit|hamster|horse|pony)"
    r"(?:'s)?\b",
    "fr": r"\b(?:mon|ma|notre|nos|mes) (?:\w+ )?(?:chien|chienne|chat|chatte|chiot|chaton|lapin|lapine|cheval|poney|"
    r"animal|animaux|hamster)s?\b",
}
# ... nor where the sentence names someone else ("Our dog knocked it over and someone cut themselves on the glass")
_SOMEONE = {
    "en": r"\b(?:someone|somebody|anyone|anybody|a (?:guest|visitor|friend|child|kid|neighbour|neighbor))\b",
    "fr": r"\b(?:quelqu'un|une personne|un invite|une invitee|un enfant|un ami|une amie|un voisin|une voisine)\b",
}
_FIRST_PERSON = {
    "en": r"\b(?:i|me|my|myself|we|us|our|ourselves)\b",
    "fr": r"\b(?:je\b|j'|me\b|m'|moi\b|mon\b|ma\b|mes\b|nous\b)",
}

# Who the sentence of a hurt names; a pronoun names someone else (but see `_who`).
_WHO = {
    "en": (
        ("son", r"\bmy (?:\w+ )?(?:son|boy|grandson)s?\b"),
        ("daughter", r"\bmy (?:\w+ )?(?:daughter|girl|granddaughter)s?\b"),
        ("child", r"\bmy (?:\w+ )?(?:child|children|kids?|baby|toddler|little one|grandchild)\b"),
        ("someone", r"\bmy (?:\w+ )?(?:husband|wife|partner|mum|mother|dad|father|friend|sister|brother|niece|"
         r"nephew|grandmother|grandma|gran|nan|grandfather|grandad|granddad|grandpa)\b"),
        ("pronoun", r"\b(?:he|she|they|him|her|himself|herself|themselves)\b"),
        ("self", r"\b(?:i|me|my|myself|i'm|i've)\b"),
    ),
    "fr": (
        ("son", r"\b(?:mon|notre) (?:\w+ )?(?:fils|garcon|petit-fils)\b"),
        ("daughter", r"\b(?:ma|notre) (?:\w+ )?(?:fille|petite-fille)\b"),
        ("child", r"\b(?:mon|notre|ma|mes|nos) (?:\w+ )?(?:enfants?|bebe|petits?|petite)\b"),
        ("someone", r"\b(?:mon mari|ma femme|ma mere|mon pere|mon conjoint|ma conjointe|mon compagnon|ma compagne|"
         r"mon ami|mon amie|ma grand-mere|mon grand-pere|ma mamie|mon papi|mon papy)\b"),
        ("pronoun", r"\b(?:il|elle|ils|elles|lui)\b"),
        # (« j ai », « jai »: typed without the apostrophe)
        ("self", r"\b(?:je|j'|me|m'|moi|mes|ma|mon)\b|\bme suis\b|\bj ?ai\b"),
    ),
}  # fmt: skip


# A person as the subject of what wearing did ("he was limping"), not the item ("they"); in French « il » and « elle »
# are as often the item (« elle me fait des ampoules »), but not of a limp (« il boite », « elle a boité »)
_WEARER_PRONOUN = {
    "en": r"\b(?:he|she)\b",
    "fr": r"\b(?:il|elle|ils|elles) (?:a |ont )?(?:\w+ )?boit(?:e|es|ent|ais|ait|aient|ille\w*)\b",
}


# a triage asks it twice of a text: for the handover and for the reply's sympathy (`models.reply_drafter`)
@lru_cache(maxsize=VIEWS_MEMO)
def someone_hurt(text: str, lang: str) -> Hurt | None:
    """Who the text says was hurt and how (`Hurt`), or None when it says nobody was; an injury before a reaction.

    The reply names a son, a daughter or a child only when the sentence of the hurt names that one alone
    (« Mon fils s'est coupé »), the customer when it speaks of itself only ("I burnt my hand"), and nobody
    ("someone") otherwise.

    Args:
        text: the customer's words as typed.
        lang: "en" or "fr"; another language gets no reading.
    """
    folded = device_cut_out_blanked(match_view(text)) if lang == "fr" else match_view(text)
    for table in _TABLES.get(lang, ()):
        if table.also is not None and table.text_wide and not regex(table.also).search(folded):
            continue
        for pattern in patterns_that_may_match(table.patterns, folded):
            position = 0
            while (match := regex(pattern).search(folded, position)) is not None:
                begin, position = sentence_bounds(folded, match.start(), match.end())
                sentence = folded[begin:position]
                also = table.also is None or table.text_wide or regex(table.also).search(sentence) is not None
                unless = (
                    table.unless is not None
                    and regex(table.unless).search(_GOT_THEN[lang].sub(" ", sentence)) is not None
                )
                comfort = table.fabric_itch_is_comfort and _fabric_itch(sentence, match[0], folded, lang)
                if also and not unless and not comfort and not _NEGATED[lang].search(sentence):
                    # a hurt while wearing it that the item's fault caused, or that sent someone to hospital, is an
                    # injury a person answers ("the heel snapped off and I sprained my ankle, I was in A&E")
                    kind = (
                        "injury"
                        if table.kind == "wear" and regex(_WORN_BY_A_FAULT[lang]).search(folded)
                        else table.kind
                    )
                    if _pet_hurt(sentence, begin, match, lang):
                        # an animal cannot tell how a harness or a collar fits: what wearing it did is an injury a
                        # person answers, not a fit's to leave to the return
                        return Hurt("pet", "injury" if kind == "wear" else kind)
                    return Hurt(_who(sentence, lang, wearer=table.kind == "wear", text=folded), kind)
                # a sentence that says nobody was hurt is read once, not once per harm it names: linear time
    return None


def _pet_hurt(sentence: str, begin: int, harm: re.Match[str], lang: str) -> bool:
    """Whether the one the `harm` of a `sentence` (starting at `begin` of the text) tells of is the customer's animal
    (`_PET`): not where a person of theirs is named there, nor where the harm's words, or the words from the animal to
    them, are the customer's own ("my dog jumped up and I cut my hand", "My dog loves it but I had a skin reaction")."""
    pet = regex(_PET[lang])
    named = pet.search(sentence)
    if (
        named is None
        or any(regex(pattern).search(sentence) for _, pattern in _WHO[lang][:4])
        or regex(_SOMEONE[lang]).search(sentence)
    ):
        return False
    harm_start, harm_end = harm.start() - begin, harm.end() - begin
    told = sentence[named.end() : harm_end] if named.end() <= harm_start else sentence[harm_start:harm_end]
    return not regex(_FIRST_PERSON[lang]).search(pet.sub(" ", told))


def _who(sentence: str, lang: str, wearer: bool, text: str = "") -> str:
    named = [who for who, pattern in _WHO[lang] if regex(pattern).search(sentence)]
    if wearer:
        # what wearing did is the wearer's unless another is named: a pronoun there is the item's ("they crush my
        # toes", « elles me font des ampoules »), and nobody named is the customer ("Black toenail after a 10k"); but
        # "he" or "she" is a person, the one the text names ("my son ... he was limping"), else someone
        if lang in _WEARER_PRONOUN and regex(_WEARER_PRONOUN[lang]).search(sentence) and "self" not in named:
            named = [who for who, pattern in _WHO[lang][:4] if regex(pattern).search(text)] or ["someone"]
        named = [who for who in named if who != "pronoun"] or ["self"]
    kin = [who for who in named if who in ("son", "daughter", "child")]
    if len(kin) == 1:
        return kin[0]
    if kin:
        return "child"
    if named == ["self"]:
        return "self"
    return "someone"
