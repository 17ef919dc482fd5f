"""Fit: the way the size should go (up, down), complaints no size swap fixes (length, petite, colour, sleeves, cut) and
the words of a fit complaint.
"""

from __future__ import annotations

import re

from features.customer_asks.clauses import NEGATION, affirmed, denied
from features.customer_asks.sizes import ASKED_IN_PLACE_END, COLOURS, FALLBACK_AFTER, WANTED, size_matches
from features.text import regex, sentence_bounds, words_before

# A count of sizes, halves too: "a size", "2 and a half sizes", "a size and a half", « deux pointures et demie ».
_SIZES_COUNTED = (
    r"\b(?:(?:one|a|1)(?: and a half)? size|(?:two|2|three|3)(?: and a half)? sizes|[123][.,]5 sizes|half a size|"
    r"a size and a half)"
)
_SIZES_COUNTED_FR = r"\b(?:une (?:taille|pointure)|(?:deux|trois|2|3) (?:tailles|pointures))(?: et demie)?"
# ... and half a size asked in French (« échanger contre une demi-pointure en moins », « il me faudrait une
# demi-pointure de plus »): after the ask only, not how the item runs (« elles taillent une demi-pointure en dessous »)
_HALF_SIZE_ASKED_FR = (
    r"(?:\b(?:(?<!par )contre|pour|faudrait|faut|prends|prendrai|prendrais|voudrais|veux|besoin d') (?:une "
    r"demi-(?:pointure|taille)|un demi-point)|"
    # ... or opening its clause: « Un demi-point au-dessus svp. », « Demi-pointure en dessous. »
    r"(?:^|[.!?;:] )(?:une demi-(?:pointure|taille)|un demi-point|demi-(?:pointure|taille|point))) "
)
# ... more than one (`CustomerAsks.several_sizes`), where a direction read from a count begins
SEVERAL_SIZES = re.compile(
    r"(?:(?:one|a|1) and a half|two|2|three|3|[123][.,]5|a size and a half|deux|trois|une (?:taille|pointure) et "
    r"demie)\b"
)
# ... or half of one (`CustomerAsks.half_size`: "half a size up", "Could I go up half?", « une demi-pointure de plus »,
# « un demi-point au-dessus »), where it is not more than one
HALF_SIZE = re.compile(r"\b(?:half|demi)\b")
# ... not one negated ("I don't really need bigger")
_NEED_ONE_WORD = (
    r"(?<!n't )(?<!not )(?<!never )(?<!n't really )(?<!not really )(?<!n't even )(?<!not even )(?<!n't actually )"
    r"(?<!not actually )\b(?:need|needs|want|prefer|would like|'d like) "
)
# The way a size further goes, asked by going that way: "I'll go up a size", "Going down one size.", "I need to go up a
# size"; not the customer's habit ("I usually go up a size") nor advice followed ("I was told to go up a size so I
# ordered the 12", "You recommend going down a size", "Size guide says to go down one size"), only asked by them
_GOING = (
    r"(?:^|(?<=[.!?,;] )|(?<=\bi'll )|(?<=\bi will )|(?<=\bwe'll )|(?<=\bi'm )|(?<=\bneed to )|(?<=\bneeds to )|"
    r"(?<=\bwant to )|(?<='d like to )|(?<=\bgoing to )|(?<=\bcan i )|(?<=\bcould i )|(?<=\blet me )|(?<=\bplease ))"
    r"(?:go|going|move|moving) "
)
# ... nor a size advice followed in other words (« Le guide conseille de prendre une taille au-dessus, ce que j'ai
# fait », "The guide said to size up, which I did, and it's still small")
ADVISED = re.compile(
    r"\b(?:conseill\w*|recommand\w*|preconis\w*|suggere\w*|indiqu\w*|dit|disait|disent)(?: (?:de|d'|qu'il faut|"
    r"qu'il fallait))?(?: [\w']+){0,2} ?$|"
    r"\b(?:said|says|(?<!i'd )(?<!would )(?<!\bi )say|told|tells|recommend\w*|advis\w*|suggest\w*)"
    r"(?: (?:me|us|you|people|customers))?(?: to)?(?: [\w']+)? ?$"
)
# ... nor the customer's habit, the habit said in the way's clause (« D'habitude je prends une demi-pointure de plus,
# mais celles-ci sont trop grandes », "Usually I take a size up, but these are huge", "I go a size up usually"); not a
# way asked after the habit told (« D'habitude je fais du 40, mais là je prends une pointure de plus », « Je fais du 40
# d'habitude, il me faudrait une demi-pointure de plus »). The habit word is told with the one who takes the size or
# is it, or the taking (« je prends toujours », "I typically size up", "I'm usually a size up"), or opens the sentence
# (« D'habitude une taille au-dessus me va », "Always a size up for me"): a habit word bare before the way is no habit
# (« Je souhaite toujours une taille au-dessus », « toujours » = still; "normally a size up would fix it")
_HABITUALLY = (
    r"(?:d'habitude|habituellement|normalement|generalement|en general|toujours|j'ai l'habitude de|usually|normally|"
    r"generally|typically|always|tend to|tends to)"
)
_HABIT_SUBJECT = r"(?:i|we|je|on|nous)"
_HABIT_BEING = r"(?:i'm|im|i am|we're|we are|je suis|nous sommes)"
_HABIT_VERB = (
    r"(?:take|go|get|wear|buy|order|size|prends|prenons|fais|porte|commande|achete|chausse|j'achete|je commande)"
)
HABIT_BEFORE = re.compile(
    r"(?:(?:^|[.!?;:] )(?:d'habitude|habituellement|toujours|usually|typically|always),?(?: " + _HABIT_SUBJECT + r")?"
    r"|\b" + _HABITUALLY + r",?(?: " + _HABIT_SUBJECT + r"(?: " + _HABIT_VERB + r")?| " + _HABIT_VERB + r")"
    r"|\b(?:" + _HABIT_SUBJECT + "|" + _HABIT_BEING + "|" + _HABIT_VERB + r") " + _HABITUALLY + r")"
    r"(?: (?:half a|half|a|an|one|une|un|la|le))? ?$"
)
HABIT_AFTER = re.compile(r",? " + _HABITUALLY + r"\b")
# ... and a habit told in words `DIRECTION` reads as no ask ("I normally go down one in your jeans", "I usually size
# up in your shoes"): the way the customer habitually sizes
HABIT_WAY = re.compile(
    r"\b(?:" + _HABIT_SUBJECT + r" )?" + _HABITUALLY + r",?(?: " + _HABIT_SUBJECT + r")? (?:go|size|take|get|order|"
    r"buy)(?: (?:a|one|half a) size)? (?P<way>up|down)\b"
)
# ... or the way said right after the other way set aside ("Not a smaller size, a bigger one!"): read where the way not
# wanted is left as `SET_ASIDE` (`read_asks`), so a way said alone elsewhere ("Love the colour, the bigger one.") is
# none
SET_ASIDE = " ; "
# ... nor a way advised to other shoppers of a build said ("Size down if you're petite", « Prenez une taille en dessous
# si vous êtes fine »): the review's advice, not this customer's wish. A build "if you are" (not "short of" stock); "if
# you have" only a body part ("broad shoulders"): "a size up if you have wide fit", "if you have one" ask the shop's
# stock
_BUILD_MODIFIERS = r"(?:plutot |un peu |assez |tres |a bit |quite |very |on the )?"
TO_OTHER_SHOPPERS = re.compile(
    r"[^.!?;]{0,30}?\b(?:(?:si vous etes|si t'es|si tu es|if you're|if you are) " + _BUILD_MODIFIERS + r"(?:fine|mince|"
    r"menue|petite|slim|skinny|slender|tall|short(?! (?:of|on)\b)|grande?|petit|curvy|broad|between sizes|entre deux "
    r"tailles|wide|narrow|fort|forte|costaud|athletic|sportive?)|(?:if you're|if you are|if you've got|if you have|si "
    r"vous avez) " + _BUILD_MODIFIERS + r"(?:(?:broad|wide|narrow|big|small|large) (?:shoulders|feet|hips|chest|bust|"
    r"calves|thighs)|(?:de )?(?:larges|petites|grandes|fortes) (?:epaules|hanches|cuisses|pieds|mollets)))\b"
)
# ... nor a way told to the review's readers, a sentence that starts with it ("Order one size up from your normal.",
# « Prenez une taille au-dessus. », "Take a size down"): no wish of this customer's, who asks in their own words ("I'll
# need the size above", « il me faudrait la taille d'après »); not one asked of the shop ("Please order me a size up",
# "Order a size up for me please.", « prenez une taille au-dessus pour moi, merci »)
TOLD_TO_READERS = re.compile(r"(?:^|[.!?;:] )(?:prenez|commandez|choisissez|take|order)(?: (?:one|a|une|un))? $")
ASKED_FOR_ONESELF = re.compile(
    r"[^.!?;]{0,40}?\b(?:for me|for us|please|pls|thanks|thank you|pour moi|pour nous|svp|s'il vous plait|merci)\b"
)
# ... nor a way the customer regrets not having taken (« J'aurais dû prendre au-dessus », "I should have gone a size
# up", « il aurait fallu prendre la taille en dessous »): what they would have ordered, no size asked of the shop (not
# the shop's own, "you should have sent a size up", « vous auriez dû »); like the way told to readers it says which way
# the item runs, which an exchange asked with no size of its own goes
REGRETTED = re.compile(
    r"\b(?:(?<!\byou )(?:should have|should've|shoulda|ought to have)|wish (?:i|we)(?: had|'d)|if only (?:i|we)"
    r"(?: had|'d)|(?:aurais|aurait|aurions) (?:du|mieux fait de)|aurait (?:fallu|mieux valu)|regrette de ne pas avoir)"
    r"(?: [\w'-]+){0,3} ?$"
)


def sizes_regretted(sized: str) -> frozenset[int]:
    """Where the sizes read as wanted (`sizes.WANTED`) start that the customer regrets not having taken
    (`REGRETTED`: "Wish I'd gone for the L", « J'aurais dû prendre le 40 »): the size they need, but no exchange asked
    of the shop."""
    return frozenset(
        match.start(1) for match in size_matches(WANTED, sized) if REGRETTED.search(words_before(sized, match.start(1)))
    )


_WAY_CLOSING = r"(?<=" + SET_ASIDE + r")(?:[,;] )?(?:but |rather |instead )?(?:a |the )?{way} (?:size|pair|one)\b"
# The item asked for bigger or smaller by asking whether it exists so ("Do you have it smaller?", "Is there a bigger
# one?", « Est-ce qu'il existe en plus petit ? », « Vous l'avez en plus grand ? »): the item (it, this one, « ce
# modèle ») or nothing between the question's words and the way, and the way closing the question, or said of a size,
# one, pair or version; not a part or an extra ("Does it come with a bigger plug adapter?", "Do you have a smaller lid
# for it?"), a measure ("Is there one smaller than 180 cm?") nor a box to send it back in ("Is there a smaller box?")
_ITEM_ASKED_OF = r"(?: (?:it|them|this|these|this one|that one|the same(?: one)?))?(?: in)?(?: a| an)?"
_QUESTION_CLOSES = r"(?:,? (?:please|by any chance|at all|instead|svp|s'il vous plait|par hasard|du coup))? ?\?"
_EXISTS_ASKED = (
    r"\b(?:do you (?:have|do|make|sell|stock)|have you got|does (?:it|this|this one|that) come|do (?:they|these|"
    r"those) come|is there|are there|is it available|are they available)" + _ITEM_ASKED_OF + r" {way_en}(?: size| one|"
    # ... the swap said with it: "Is there a larger version I could exchange it for?"
    r" pair| version)?(?: (?:that )?(?:i|we) (?:could|can|might) (?:exchange|swap|change) (?:it|them|this|these) for)?"
    + _QUESTION_CLOSES
    + r"|"
    r"\b(?:existe-t-(?:il|elle)|existent-(?:ils|elles)|(?:il|elle)s? existen?t?|(?:vous )?(?:l'|les )?(?:avez|auriez)"
    r"(?:-vous)?|(?:vous )?(?:le |la |les )?faites(?:-vous)?|y a-t-il|il y a)(?: (?:ce modele|celui-ci|celle-ci|"
    r"ceux-ci|celles-ci|le meme|la meme|les memes))? en (?:{way_fr}|(?:une )?taille {way_fr}|(?:un )?format "
    r"{way_fr})" + _QUESTION_CLOSES
)
# "send" as the writer's own ask ("Please send me the larger one", "can you send the larger version?"), not what the
# shop or someone else did ("Did you send the larger version by mistake?", "they send the larger one")
_SEND_ASKED = r"(?:(?<!you )(?<!they )(?<!did )|(?<=can you )|(?<=could you )|(?<=would you )|(?<=will you ))send"
# A bigger or smaller one wished for and given up in the same sentence ("I'd love the larger version but it's too
# expensive, so just a refund please", « j'aimerais la version plus grande mais elle est épuisée »): no way asked; not
# one kept with a refund only as a fallback, a condition between the turn and the refund ("but I'll take a refund if
# it's sold out", "but failing that just a refund", « mais si vous ne l'avez pas, juste un remboursement »), nor with
# the refund refused ("so I'd rather exchange than just a refund"); "so a refund" gives it up ("I would love the
# bigger one but my partner says no, so a refund please")
_WISH_UNDONE = (
    r"(?![^.!?]*?\b(?:but|so|mais|donc|alors)\b(?:(?!\b(?:if|unless|failing|otherwise|else|si|s'il|s'ils|sinon|a "
    r"defaut)\b)[^.!?])*?(?<!\bthan )(?<!\bnot )(?<!\bpas )\b(?:too expensive|too dear|too pricey|sold out|out of "
    r"stock|unavailable|not available|(?:just|only) (?:a |the )?refund|so (?:a |my )?refund|trop chere?|epuisee?s?|en "
    r"rupture|plus disponibles?|indisponibles?|(?:juste|seulement|simplement) (?:un |le )?remboursement|(?:donc|alors) "
    r"(?:un |le )?remboursement)\b)"
)
# A bigger or smaller one or pair asked: "Need the bigger pair", "could I have a smaller one?", "I'd love the bigger
# one"
_ONE_ASKED = (
    r"\b(?:need|want|like|(?<='d )love|(?<=would )love|" + _SEND_ASKED + r"|for|try|get|prefer|have|swap|exchange)(?: "
    r"me| us| it| them)? (?:a |the )?"
)
# A bigger or smaller version asked of the shop ("could I have a larger version please?", "We need the smaller version",
# « je voudrais une version plus grande »), by the asker; `{way_en}`, `{way_fr}`: the way's words
_VERSION_ASKED = (
    r"(?:\b(?:(?:could|can|may) (?:i|we) (?:please )?(?:have|get)|(?:i'd|i would|we'd|we would) (?:like|prefer|love)|"
    r"(?:i|we) (?:need|want)|(?:please )?" + _SEND_ASKED + r"(?: me| us)?) (?:a |the )?{way_en} version\b|"
    r"\b{way_en} version,? please\b|"
    # ... « Pourriez-vous m'envoyer la version plus petite ? », « envoyez-moi ... » (not « vous m'avez envoyé »)
    r"\b(?:voudrais|aimerais|faudrait|faut|echanger|echange|contre|m'envoyer|me renvoyer|envoyez-moi|renvoyez-moi) "
    r"(?:une |la )?version {way_fr}\b)" + _WISH_UNDONE
)
# The way alone after a verb that takes a size, closing the ask (« Ça tire dans le dos. Prendre au-dessus. », « il me
# faudrait au-dessus svp »), and "the next one up": read from the way, so advice to readers (« Prenez au-dessus. ») or
# followed (« le guide conseille de prendre au-dessus ») is set aside as for the other ways; not « prenez au-dessus »,
# which reviews tell their readers after a comma too (« Ne taille pas normalement, prenez en dessous. »), nor a place
# (« la poche au-dessus », « prendre au-dessus du genou »)
_WAY_ALONE = (
    r"(?:\bthe next one {way_en}|(?:(?<=\bprendre )|(?<=\bprends )|(?<=\bprendrai )|(?<=\bprendrais )|"
    r"(?<=\bcommander )|(?<=\bpasser )|(?<=\bfaut )|(?<=\bfaudrait )|(?<=\bplutot ))(?:plutot )?{way_fr})"
    r"(?= *(?:$|[.!?;,]|svp|s'il vous plait|merci|a la place|pour moi|please|pls|thanks|instead)(?![\w'-]))"
)
# A size climbed or come down in French (« Je descends d'une pointure », « il faudrait monter d'une taille »), by the
# customer; not how the item runs (« elles montent d'une pointure »: no first person or ask before)
_CLIMB_FR = (
    r"(?:\bje (?:vais |voudrais |prefere |prefererais )?|\b(?:faut|faudrait|dois|devrais|veux|voudrais) )"
    r"{way} d'une (?:demi-)?(?:taille|pointure)\b"
)
_WAY_ALONE_UP = _WAY_ALONE.format(way_en="up", way_fr=r"(?:au-dessus|au dessus)")
_WAY_ALONE_DOWN = _WAY_ALONE.format(way_en="down", way_fr=r"(?:en-dessous|en dessous|au-dessous|au dessous)")
# ... with no negation before it in its clause (« je ne veux pas prendre au-dessus », "I don't want the next one up"):
# said alone, the way has no words of its own that a refusal could be read in (`DIRECTION_NOT_WANTED`)
WAYS_ALONE = frozenset({_WAY_ALONE_UP, _WAY_ALONE_DOWN})
DIRECTION: dict[str, tuple[str, ...]] = {
    "up": (
        # "2 and a half sizes up", not "two sizes bigger than the chart" (the item told of)
        _SIZES_COUNTED + r" (?:up|bigger|larger)\b(?! than\b)",
        r"\bsize up\b",
        r"\b(?:next|a) (?:size )?(?:up|bigger size|larger size)\b",
        # children's clothes are sized by age: "Next age up please", « l'âge au-dessus »
        r"\b(?:next|an|one) age (?:up|bigger|older)\b|\bthe (?:next )?age above\b|"
        r"\b(?:l'|un )age (?:au-dessus|au dessus|superieur)\b",
        r"\bthe size above\b|\bthe (?:bigger|larger) size\b|\bsize (?:bigger|larger)\b",
        # "I need one size more", "Swapping up a size."; not "one size more than the chart" (the item told of)
        r"\b(?:one|a|half a) size more\b(?! than\b)",
        r"\b(?:swap|swapping|change|changing|exchange|exchanging)(?: it| them)? up (?:a|one|half a) size\b",
        _GOING + r"up (?:a|one|half a) size\b",
        # ... the size said as a count alone, closing the ask ("Need to go up one.", "Could I go up half?")
        _GOING + r"up (?:one|half|a half|half a one)" + ASKED_IN_PLACE_END,
        _ONE_ASKED
        + r"(?:bigger|larger) (?:pair|one)\b"
        + _WISH_UNDONE
        + r"|\b(?:bigger|larger) (?:pair|one),? please\b|"
        r"(?:^|[.!?] )(?:bigger|larger) (?:pair|one)\b(?! (?:was|is|fits?)\b)|"
        r"\b(?:pour|contre|voudrais|faudrait|faut|echange|echanger) (?:juste |simplement |plutot )?"
        r"(?:un |une |le |la )?"
        r"plus grande?\b(?! que\b)",
        # ... or version, asked of the shop: "could I have a larger version please?", « je voudrais une version plus
        # grande »; not one the customer has or got elsewhere ("We have the larger version in the living room", "went
        # back to the shop for the larger version")
        _VERSION_ASKED.format(way_en=r"(?:bigger|larger)", way_fr=r"plus grande"),
        _NEED_ONE_WORD + r"(?:bigger|larger)" + ASKED_IN_PLACE_END,
        _WAY_CLOSING.format(way=r"(?:bigger|larger)"),
        _EXISTS_ASKED.format(way_en=r"(?:bigger|larger)", way_fr=r"plus grande?s?"),
        # the bigger one taken, of a rug or a duvet sized in cm: « 160x230 trop petit, je prends le plus grand »
        r"\b(?:je (?:prends|prendrai|prendrais|reprends|reprendrai|vais prendre|prefere|commande|recommande|vais "
        r"commander|tente)) (?:plutot )?(?:le|la) plus grande?(?= *(?:$|[.,;!?]|svp|merci|alors|donc|plutot|a la place|"
        r"si)(?![\w'-]))",
        # « taille au-dessus svp », not « aucune taille au-dessus ne résoudrait tout » nor « demi-pointure en dessous »
        _SIZES_COUNTED_FR + r" (?:au-dessus|au dessus|plus grandes?|de plus|superieures?|en plus)\b",
        # « Je monte d'une pointure », « il faudrait monter d'une taille »
        _CLIMB_FR.format(way=r"(?:monte|montes|monter|monterai|monterais|remonte|remonter)"),
        r"\b(?<!aucune )(?<!pas de )(?<!ni )(?<!demi-)(?:la )?(?:taille|pointure) (?:au-dessus|au dessus|superieure)\b",
        _HALF_SIZE_ASKED_FR + r"(?:de plus|en plus|au-dessus|au dessus|plus grande|superieure)\b",
        _WAY_ALONE_UP,
    ),
    "down": (
        _SIZES_COUNTED + r" (?:down|smaller)\b(?! than\b)",
        r"\bsize down\b",
        # not "I expect a down jacket to survive a wash"
        r"\b(?:next|a) (?:size )?(?:down|smaller size)\b(?! (?:jacket|coat|duvet|pillow|vest|gilet|parka|puffer|"
        r"filling|feathers?|sleeping bag|quilt|comforter|throw|blanket)s?\b)",
        r"\bthe size below\b|\bthe smaller size\b|\bsize smaller\b",
        r"\b(?:next|an|one) age (?:down|smaller|younger)\b|\bthe (?:next )?age below\b|\b(?:l'|un )age (?:en-dessous|"
        r"en dessous|au-dessous|au dessous|inferieur)\b",
        r"\b(?:one|a|half a) size less\b(?! than\b)",
        r"\b(?:swap|swapping|change|changing|exchange|exchanging)(?: it| them)? down (?:a|one|half a) size\b",
        _GOING + r"down (?:a|one|half a) size\b",
        _GOING + r"down (?:one|half|a half|half a one)" + ASKED_IN_PLACE_END,
        # "Smaller pair please", "could I have a smaller one?", « Retour pour un plus petit »
        _ONE_ASKED
        + r"smaller (?:pair|one)\b"
        + _WISH_UNDONE
        + r"|\bsmaller (?:pair|one),? please\b|(?:^|[.!?] )smaller "
        r"(?:pair|one)\b(?! (?:was|is|fits?)\b)|"
        r"\b(?:pour|contre|voudrais|faudrait|faut|echange|echanger) (?:juste |simplement |plutot )?"
        r"(?:un |une |le |la )?"
        r"plus petite?\b(?! que\b)",
        _VERSION_ASKED.format(way_en="smaller", way_fr=r"plus petite"),
        # a size said in one word: "Need smaller.", not "I'd need smaller arms" nor "don't need smaller"
        _NEED_ONE_WORD + r"smaller" + ASKED_IN_PLACE_END,
        _WAY_CLOSING.format(way="smaller"),
        _EXISTS_ASKED.format(way_en="smaller", way_fr=r"plus petite?s?"),
        _SIZES_COUNTED_FR + r" (?:en-dessous|en dessous|au-dessous|au dessous|plus petites?|de moins|inferieures?)\b",
        _CLIMB_FR.format(way=r"(?:descends|descend|descendre|descendrai|descendrais|redescends|redescendre)"),
        r"\b(?<!aucune )(?<!pas de )(?<!ni )(?<!demi-)(?:la )?(?:taille|pointure) (?:en-dessous|en dessous|au-dessous|"
        r"au dessous|inferieure)\b",
        _HALF_SIZE_ASKED_FR
        + r"(?:de moins|en moins|en-dessous|en dessous|au-dessous|au dessous|plus petite|inferieure)\b",
        _WAY_ALONE_DOWN,
    ),
}
# The size above or below said to be no way out ("I don't think sizing down is an option" of an XS still too wide,
# "a size up isn't possible", « une taille en dessous n'est pas envisageable »): no size further that way
# (`size_range`), and no direction asked.
_SIZE_THAT_WAY = r"(?:sizing|going|to size|to go|(?:a|one) size) (?:down|up|smaller|bigger)"
DIRECTION_REFUSED = re.compile(
    r"\b" + _SIZE_THAT_WAY + r"(?: again| further| any further)? (?:isn't|is not|wasn't|was not|won't be|will not be|"
    r"wouldn't be|would not be|is no longer|is never)(?: really| much of)? (?:an option|possible)\b|"
    r"\b(?:don't|do not|doesn't|does not|didn't|did not) think " + _SIZE_THAT_WAY + r" (?:is|would be|will be) "
    r"(?:an option|possible)\b|"
    r"\b(?:une )?(?:taille|pointure) (?:en-dessous|en dessous|au-dessous|au dessous|au-dessus|au dessus|inferieure|"
    r"superieure) (?:n'est|ne serait|ne sera) pas (?:une option|possible|envisageable)\b|"
    # ... or said not to help ("going up half a size didn't help on the last pair so refunding", « prendre une pointure
    # au-dessus n'a rien changé »)
    r"\b" + _SIZE_THAT_WAY + r"(?: (?:half a|a|one|a half) size)?(?: (?:again|before|last time|on the last pair|on my "
    r"last pair))? (?:didn't|did not|doesn't|does not|won't|will not|wouldn't|would not|never) (?:help|work|fix it|"
    r"solve it|make (?:a|any) difference)\b|"
    r"\b(?:une )?(?:demi-)?(?:taille|pointure) (?:en-dessous|en dessous|au-dessous|au dessous|au-dessus|au dessus|"
    r"inferieure|superieure) n'a (?:rien change|pas aide|pas suffi)\b|"
    # ... or said to spoil another part ("I'd need to go up a size but then the shoulders would be huge", « la taille
    # au-dessus, mais alors les épaules seraient trop larges »): no size fits
    r"\b(?:go|going|size|sizing|move|moving) (?:up|down)(?: (?:a|one|half a) size)?,? but (?:then |that way )?"
    r"[^.!?;]{0,40}?\b(?:would|will|'d|'ll) (?:be|look|get|feel|hang|swim|drown|gape|fall)\b|"
    r"\b(?:taille|pointure) (?:au-dessus|au dessus|en dessous|en-dessous|superieure|inferieure),? mais (?:alors |du "
    r"coup )?[^.!?;]{0,40}?\b(?:seraient|serait|flotterai\w*|baillerai\w*|tomberai\w*)\b"
)
# A way said not to be wanted is no way asked either, but no sign that no size fits ("I don't need a bigger size, I
# need a refund", "I don't think I need a bigger size, maybe one size down", "Not a bigger size, a smaller one
# please", "I don't think a bigger size would help", « je ne veux pas une taille au-dessus », « Je ne pense pas avoir
# besoin d'une taille au-dessus », « Pas une taille au-dessus, une taille en dessous svp »)
_NOT_THINK = r"(?: (?:think|believe|reckon) (?:i|we)(?: would| will| really)?)?"
WAY_FR = (
    r"(?:taille|pointure) (?:au-dessus|au dessus|en dessous|en-dessous|plus grande|plus petite|superieure|inferieure)\b"
)
DIRECTION_NOT_WANTED = re.compile(
    r"\b(?:don't|do not|dont|didn't|did not)" + _NOT_THINK + r"(?: really| even)? (?:want|need)(?: to (?:get|have|"
    r"try))? (?:a |the |another )?(?:bigger|smaller|larger) (?:size|one|pair)\b|\b(?:don't|do not|dont)"
    + _NOT_THINK
    + r"(?: really| even)? (?:want|need) to (?:go|size) (?:up|down)\b|\bno need for (?:a |the |another )?(?:bigger|"
    r"smaller|larger) (?:size|one|pair)\b|(?:^|[.!?;,] )not (?:a |the |another )?(?:bigger|smaller|larger) (?:size|"
    r"one|pair)\b|\b(?:don't|do not|dont) (?:think|believe) (?:a|the|another) (?:bigger|smaller|larger) (?:size|one|"
    r"pair) (?:would|will|'d|'ll)\b|(?:^|[.!?;,] )pas (?:une|la) " + WAY_FR + r"|\b(?:ne )?(?:pense|crois) pas "
    r"qu'(?:une|la) " + WAY_FR + r"|"
    r"\b(?:(?:ne )?(?:pense|crois) pas (?:avoir besoin|vouloir) (?:d'une|d une|de la|une|la)|(?:ne (?:veux|voudrais|"
    r"souhaite)|n'ai) pas (?:besoin )?(?:d'une|d une|une|de la|la)|pas besoin (?:d'une|d une|de la)) " + WAY_FR + r"|"
    # ... nor a version the shop need not send (« Pas besoin de me renvoyer la version plus grande », « Inutile de
    # m'envoyer la version plus petite », « ne m'envoyez pas la version plus grande »)
    r"\b(?:pas besoin de|inutile de|pas la peine de|pas question de)(?: me| m'| nous)? ?(?:envoyer|renvoyer) "
    r"(?:la |une )?version plus (?:grande|petite)\b|\bne (?:me |m'|nous )?(?:envoyez|renvoyez) pas (?:la |une )?"
    r"version plus (?:grande|petite)\b|"
    # ... nor one the customer will look for themselves ("Return please, I'll look for a smaller size", « je chercherai
    # une taille plus petite »), unless a refund follows if it fails: not asked of the shop (`sizes._own_search`)
    r"(?:\b(?:i'll|i will|i'm going to|i am going to|i'm gonna)(?: (?:just|probably|definitely|maybe|perhaps|then|also|"
    r"instead|now))?(?: have to| try to| have a| be)? (?:look|looking|"
    r"search|searching|hunt|shop)(?: around| online| elsewhere)? for (?:a |the |another )?(?:(?:bigger|smaller|larger) "
    r"(?:size|one|pair)|(?:next )?size (?:up|down))\b|"
    r"\bje (?:vais (?:plutot )?(?:chercher|regarder|voir)|chercherai|regarderai|verrai)(?: ailleurs| en magasin)?"
    r"(?: pour)? "
    r"(?:une |la )" + WAY_FR + ")(?!" + FALLBACK_AFTER + ")"
)
# A petite version named in French: « une version « petite » », « un modèle petite taille », « la coupe petite »
PETITE_VERSION_FR = r"\b(?:version|modele|coupe|gamme) (?:en )?[«\"' ]*petite\b"
# A colour asked with the petite range ("the petite length in black instead of the grey", « la version petite en
# bleu »): another version, which the reply does not narrow to the range (`UNFIXABLE_KINDS` "petite_range")
_NO_COLOUR_WITH_IT = r"(?![^.!?]{0,12}?\b(?:in|en) (?:the |a |la |le )?" + COLOURS + r"\b)"
# Another cut or range of the same item asked for ("going for the regular fit a size up", "need a long leg version",
# « il me faudrait la version longue », "Need the child size", « Je prends la taille enfant »): another product, which
# no size of this one replaces; not one the customer says does not exist ("I'd need a wide fit version, they don't do
# one"), nor the next size within the range (« la taille enfant en dessous »), nor one they do not want ("Don't need a
# child size") or habitually buy ("I usually go for a slim fit but these are too tight").
# ... in French, a habit said before the verb: « d'habitude je prends », « toujours pris »
_HABIT_FR = (
    r"(?<!d'habitude je )(?<!d'habitude, je )(?<!habituellement je )(?<!normalement je )(?<!en general je )"
    r"(?<!generalement je )(?<!toujours )(?<!souvent )"
)
_NOT_ASKING = r"(?<!not )(?<!n't )(?<!never )(?<!usually )(?<!always )(?<!normally )(?<!often )(?<!generally )"
# A cut named after the word that offers it: "a wide fit", « une version large », « en coupe droite »
_CUT_NAMED = (
    r"(?:for |in |en |contre )?(?:the |a |an |la |une )?(?:(?:regular|slim|skinny|relaxed|wide|wider|narrow|narrower|"
    r"straight|tall|long|standard|tapered|bootcut) (?:fit|leg|cut)|(?:version|coupe|forme) (?:large|slim|droite|"
    r"longue|normale))\b(?![^.!?]{0,30}\b(?:they|you) (?:don't|do not) (?:do|make|sell|have)\b)"
)
# A cut's word that names it alone, set against another (`CUT_ASKED`): "the regular, not the tall"
_CUT_WORD = (
    r"(?:regular|slim|skinny|relaxed|straight|tall|long|short|petite|standard|tapered|bootcut|normale|longue|courte|"
    r"droite|ajustee|evasee|classique|reguliere)"
)
# Another cut offered as the other choice of a swap asked: "swap them for half a size up, or a wide fit if you have
# one", « les échanger contre la pointure au-dessus, ou une version large »
_CUT_OFFERED_IN_SWAP = (
    r"\b(?:swap|exchange|change|replace|echanger|changer|remplacer)\b[^.!?]{0,60}?,? (?:or|ou) " + _CUT_NAMED
)
# Once a cut is read, an "or" right before it offers it as the other choice of the size, swap verb or not
# (`CustomerAsks.cut_instead`): « Il me faudrait une taille au-dessus ou une coupe droite. », "or maybe the wide fit"
CUT_INSTEAD_OF_SIZE = r"\b(?:or|ou|sinon|otherwise),? (?:maybe |perhaps |peut-etre )?" + _CUT_NAMED
# ... not one the customer will look for elsewhere ("I'll try the long version in another shop", « ailleurs »)
_BOUGHT_ELSEWHERE = (
    r"(?:elsewhere|(?:in|at|from) (?:another|a different|other|a other) (?:shop|store|brand|retailer|site|website)|"
    r"ailleurs|(?:dans|chez) (?:un autre|une autre) (?:magasin|boutique|marque|enseigne|site))"
)
CUT_ASKED: tuple[str, ...] = (
    # (not "went for": a cut chosen before, "I went for the petite length and they are still too long")
    r"\b" + _NOT_ASKING + r"(?:go|goes|going|try|trying|need|needs|want|prefer|get|getting|order|ordering|"
    r"swap(?: it| them)? for|"
    r"exchange(?: it| them)? for) (?:for )?(?:the |a )?(?:regular|slim|skinny|relaxed|wide|wider|narrow|narrower|"
    r"straight|tall|long|short|petite|loose|standard|classic|tapered|bootcut) (?:fit|leg|cut|length|version)\b"
    r"(?![^.!?]{0,30}"
    r"\b(?:(?:they|you) (?:don't|do not) (?:do|make|sell|have)|" + _BOUGHT_ELSEWHERE + r")\b)",
    # ... or offered as the other choice of a swap asked
    _CUT_OFFERED_IN_SWAP,
    # ... or of a size asked, whatever the verb: "Could I have a size up or the relaxed fit?", « une taille au-dessus
    # ou la coupe droite »; not cuts said both fine beside the size ("the next size up, regular fit or slim fit")
    r"\b(?:size|taille|pointure)(?: (?:up|down|bigger|smaller|larger|au-dessus|au dessus|en dessous|en-dessous|"
    r"plus grande|plus petite|superieure|inferieure))?,? (?:or|ou) (?:maybe |perhaps |peut-etre )?" + _CUT_NAMED,
    # another length asked after: « Il n'y a pas de longueur plus grande dans cette taille ? », "Is there a longer leg
    # in this size?"; a question (said flat, « il n'y a pas de longueur plus grande », it is none to ask for)
    r"\b(?:n'y a-t-il|il n'y a|y a-t-il|est-ce qu'il y a|avez-vous|auriez-vous|vous n'avez|vous n'auriez|"
    r"existe-t-il|existe-t-elle|is there|isn't there|is there not|do you (?:do|have|make|sell)|have you got)\b"
    r"[^.!?]{0,30}?\b(?:(?:longueur|jambe|entrejambe) (?:plus (?:grande|longue|courte)|longue|courte)|(?:longer|"
    r"shorter|long|tall) (?:length|leg|inseam))\b[^.!?]{0,40}?\?",
    # ... or swapped for, in French: « J'échange contre la longueur courte », « Je prends la coupe droite »; not the
    # one habitually taken (« Je prends toujours la longueur standard », « D'habitude je prends la coupe droite »)
    r"\b" + _HABIT_FR + r"(?:faudrait|faut|voudrais|aimerais|prefererais|souhaiterais|recevoir|prendre|prendrais|"
    r"tenter|essayer|essaierai|essayerai|passer|echange|echanger|echangerais|prends|reprends)\b(?! (?:toujours|"
    r"d'habitude|habituellement|normalement|generalement|en general|souvent)\b)[^.!?]{0,30}\b"
    r"(?:en|la|une) (?:coupe|version|longueur) (?:droite|slim|regular|large|ajustee|longue|courte|evasee|normale|"
    r"classique|standard|reguliere)\b(?![^.!?]{0,30}\b" + _BOUGHT_ELSEWHERE + r"\b)",
    # a boot made for wider calves asked for: « Vous n'auriez pas un modèle « mollet large » ? », "do you do a wide calf
    # version?"
    r"\b(?:auriez|avez|faites|faudrait|voudrais|aimerais|existe|do you (?:do|have|make|sell)|is there|"
    r"(?<!don't )(?<!do not )(?<!didn't )(?<!never )(?:need|want|prefer))\b[^.!?]{0,30}\b(?:mollets? larges?|"
    r"wide[- ]calf|wider calf)\b",
    # a cut set against another, the noun left out: "Please exchange for the regular, not the tall", "the petite rather
    # than the regular", « la normale, pas la longue »; not the one ordered or sent ("I ordered the regular, not the
    # tall")
    r"(?<!ordered )(?<!bought )(?<!received )(?<!got )(?<!sent )(?<!sent me )(?<!commande )(?<!recu )(?<!pris )"
    r"\b(?:the|a|la|le|une|un) "
    + _CUT_WORD
    + r"(?: (?:one|version|fit|leg|cut|length|coupe|longueur|modele))?(?: please| pls| svp| s'il vous plait)?,? "
    r"(?:not|and not|rather than|instead of|pas|et pas|non|plutot que|au lieu de) (?:the|a|la|le|une|un|de la|du) "
    + _CUT_WORD
    + r"\b",
    r"\b" + _NOT_ASKING + r"(?:need|needs|want|wants|for|get|order|try|prefer|go for|going for)(?: the| a)? "
    r"(?:child|children'?s|kids'?|"
    r"kid's|junior|adult) size\b|\b(?:pour|prends|prendre|faudrait|faut|voudrais|aimerais|avez-vous|auriez-vous)"
    r"(?: la| une)? taille (?:enfant|adulte|junior)\b(?! (?:en dessous|en-dessous|au-dessus|au dessus|inferieure|"
    r"superieure)\b)",
)
# A length the item falls short of, or a count of sizes: "two inches short of my ankles", "missing a good 3 cm",
# « il manque un bon centimètre », "a size short". A fit complaint, never a part missing from the box.
MEASURE = (
    r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half an?|a few|few|a couple of|"
    r"couple of|several|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|quelques|un peu|un demi|"
    r"une demie?) ?(?:(?:good|full|bare|solid|whole|bon|bons|bonne|bonnes|petit|petits|grand|grands|gros) "
    r"(?:\d+(?:[.,]\d+)? ?)?)?"
    r"(?:inch|inches|cm|cms|mm|centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?|ft|sizes?|tailles?|"
    r"pointures?|doigts?)\b"
)
# ... not a length that fits: « Elles me vont en longueur », "fine in length", "the length is perfect"
_FITS_IN_LENGTH = (
    r"(?<!vont en longueur)(?<!va en longueur)(?<!bien en longueur)(?<!bonnes en longueur)(?<!bons en longueur)"
    r"(?<!parfaite en longueur)(?<!parfaites en longueur)(?<!parfait en longueur)(?<!parfaits en longueur)"
    r"(?<!fine in length)(?<!fit in length)(?<!fits in length)(?<!perfect in length)(?<!good in length)"
    r"(?! (?:is |was |est |etait )?(?:perfect|fine|spot on|right|ok|okay|great|good|parfaite|nickel|ok|impeccable|"
    r"correcte|ideale|bonne|top)\b)"
)
UNFIXABLE: dict[str, tuple[str, ...]] = {
    "length": (
        r"\b(?:too|far too|way too|much too) (?:long|short) (?:in|on) the (?:leg|legs|body|hem)\b",
        # "2 inches short in the leg"
        r"\b" + MEASURE + r" (?:too )?(?:long|short|longer|shorter) (?:in|on) the (?:leg|legs|body|hem|length)\b",
        r"\b(?:leg|legs|hem|inseam|inside leg|length|legs are|hem is)\b.{0,30}\b(?:too long|too short|long|short)\b",
        r"\b(?:trousers|jeans|dress|skirt|legs|leggings|it|they)(?: are| is| were| was) (?:far |way |"
        r"much )?too (?:long|short)\b",
        # "about a foot longer than it should be on me"
        r"\b(?:longer|shorter) than (?:it|they) (?:should|ought to) be\b|"
        r"\b(?:plus longue?s?|plus courte?s?) qu'(?:il|elle|ils|elles) (?:ne )?(?:devrai(?:en)?t|faudrai(?:en)?t)\b",
        r"\blength\b" + _FITS_IN_LENGTH,
        r"\binseam\b",
        r"\b(?:trop long|trop longue|trop longs|trop longues|trop court|trop courte|trop courts|trop courtes)\b",
        r"\blongueur\b" + _FITS_IN_LENGTH,
        r"\bhem(?:med|ming)? (?:them|these|it|the)\b",
        # turned up to wear: "I'd have to roll them up three times. Way past my feet."
        r"\broll(?:ed|ing)? (?:them|it|the (?:legs?|hems?|bottoms?|trousers|jeans)) up\b|"
        r"\bpast my (?:feet|toes|heels)\b",
        r"\b(?:pool|pools|pooling|bunch|bunches|bunching) (?:around|at|on|over) (?:my|the)\b",
        # where the hem stops: "two inches short of my ankles", "finish 3 inches above my ankle", « s'arrête 5 cm
        # au-dessus des chevilles »; not boots that come up above the ankle, nor a dress above the knee (a style)
        r"\b(?:short|shy) of (?:my|her|his|the) (?:ankles?|knees?|feet|floor|ground|shoes|toes)\b|"
        r"\b(?:finish\w*|stop\w*|ends?|ending|sits?|sitting)\b[^.!?]{0,25}?\babove (?:my|her|his) (?:ankles?|shoes|"
        r"feet)\b|\b(?:s'arrete\w*|arrive\w*|tombe\w*)\b[^.!?]{0,25}?\bau-dessus (?:de mes|de ses|des) chevilles\b",
        # a top that stops short of the waist on a tall body: "it's a crop top on me", "cropped on me", « ça fait crop
        # top sur moi », « on dirait un crop top »; not a crop top bought as one ("I ordered the crop top")
        r"\b(?:(?:it's|it is|its|like|more like|basically|now) (?:a )?crop(?:ped)? top|crop(?:ped)? (?:top )?on me|"
        r"(?:fait|comme|dirait) (?:un )?crop(?:-| )?top|crop(?:-| )?top sur moi)\b",
        # the crotch hangs low (« l'entrejambe descend aux genoux »), not one that pulls (« ça me tire à l'entrejambe »)
        r"\bentrejambe (?:\w+ ){0,2}(?:descend|tombe|arrive|pend|traine|trop (?:bas|long|court))",
    ),
    "petite": (
        r"\bi(?:'m| am) (?:(?:a|an) (?:quite |very |rather )?(?:petite|short)\b|(?:quite |very |rather |only |just )?"
        r"(?:petite|short|5 ?'? ?[0-3]\b|4 ?'? ?(?:\d|1[01])\b|1[.,][45]\d ?m))",
        r"\bpetite (?:fit|range|length|version)\b|" + PETITE_VERSION_FR,
        r"\b(?:je (?:suis|mesure|fais)|j'ai) (?:assez |tres |plutot )?(?:petite|1 ?m ?[45]\d|1[.,][45]\d)\b",
    ),
    # ... the petite range asked for, not one told ("the petite length is still too long", « la version petite taille
    # grand ») nor one not wanted
    "petite_range": (
        r"\b" + _NOT_ASKING + r"(?:need|needs|want|wanted|prefer|get|getting|order|ordering|try|trying|go for|going "
        r"for|swap(?: it| them)? for|exchange(?: it| them)? for|(?:have|send|get)(?: it| them| one)? in) (?:the |a )?"
        r"petite (?:fit|range|length|version|leg|size)\b" + _NO_COLOUR_WITH_IT,
        r"\b(?:faudrait|faut|voudrais|veux|aimerais|prefererais|souhaiterais|recevoir|prendre|prendrais|tenter|passer|"
        # (not « il faut savoir que ce modèle petite ... », « il faut que je vous dise : la version petite ... »)
        r"contre)\b(?! (?:que|qu'|savoir|dire)\b)[^.!?:;]{0,20}?(?:la |une )?"
        + PETITE_VERSION_FR.removeprefix(r"\b")
        + _NO_COLOUR_WITH_IT,
    ),
    "colour": (
        r"\bcolou?rs?\b",
        # a lamp's shade is no colour: "the shade had a big dent", "lamp shade dented", "But the shade, it is fraying"
        r"(?<!lamp )(?<!lamp's )(?<!glass )(?<!fabric )(?<!paper )(?<!drum )(?<!pendant )(?<!for )\bshade\b"
        r"(?!(?:'s|,)? (?:\w+ ){0,3}?(?:fray\w*|torn|ripped|dent\w*|crack\w*|broken|bent|wonky|crooked|loose|crumpled|"
        r"squashed|smashed|shattered|attach\w*|fixing|ring|holder|fell|falls|split|creased|wobbl\w*|tilt\w*|came off|"
        r"comes off)\b)",
        r"\bcouleurs?\b",
        r"\bteinte\b",
        r"\bcoloris\b",
    ),
    "sleeve": (r"\bsleeves?\b", r"\bmanches\b", r"\b(?:la|une|ma|sa|chaque) manche\b"),  # « le manche » is a handle
    # the design disliked, said of the print, the pattern or the motif ("the print is far too loud", "the pattern is
    # too big and bold for me", "not keen on the design", « le motif est trop voyant », « les imprimés sont trop grands
    # à mon goût », « le dessin ne me plaît pas »): another of its sizes comes in the same design. Not the design
    # praised, nor the size printed ("the print on the label says 12") or a print that fades or cracks (a fault).
    "design": (
        r"\b(?:print|pattern|design|motif|graphic|logo|slogan|stripe|check|floral|polka dot)s? (?:(?:is|are|was|"
        r"were|looks?|looked|feels?|felt|seems?)"
        r" )?(?:(?:just|much|a bit|a little|quite|rather|really|very|so|far|way|too) ){0,3}(?:too |so )(?:loud|busy|"
        r"bold|bright|garish|gaudy|big|large|huge|small|tiny|childish|tacky|much|overwhelming|flashy|lurid|in your "
        r"face)\b",
        # "too loud a print", "far too busy a pattern for me"
        r"\btoo (?:loud|busy|bold|bright|garish|gaudy|big|large|small|childish|tacky|flashy|lurid) (?:a |an )?(?:print|"
        r"pattern|design|motif|graphic|logo)s?\b",
        r"\b(?:don't|do not|didn't|did not|dont|didnt) (?:really |much |particularly )?(?:like|love|care for|get on "
        r"with) (?:the|this|that|its) (?:\w+ )?(?:print|pattern|design|motif|graphic)s?\b|\bnot (?:keen on|a fan of|"
        r"into|sure about) (?:the|this|that|its) (?:\w+ )?(?:print|pattern|design|motif|graphic)s?\b",
        r"\b(?:l'imprime|les imprimes|le motif|les motifs|le dessin|les dessins|le logo|l'illustration|le graphisme|"
        # (not « les rayures », as often scratches)
        r"les carreaux|les pois|les fleurs)(?: (?:est|sont|etait|etaient|fait|font|fait vraiment|me semble|"
        r"me semblent))? (?:(?:beaucoup|bien|un peu|"
        r"vraiment|franchement) )?(?:trop|si) (?:voyante?s?|criarde?s?|chargee?s?|grande?s?|gros(?:se|ses)?|"
        r"petite?s?|enfantine?s?|kitsch|flashy|tape-a-l'oeil)\b",
        r"\b(?:l'imprime|les imprimes|le motif|les motifs|le dessin|les dessins|le logo|le graphisme) (?:ne me "
        r"(?:plait|plaisent|convient|conviennent) pas|n'est pas a mon gout|ne sont pas a mon gout)\b|\bpas (?:fan|"
        r"fanatique) (?:du motif|des motifs|de l'imprime|des imprimes|du dessin)\b",
    ),
    # a boot's shaft too narrow or too wide for the calf: its width is the shape's, not the foot size's, so another
    # size rarely fixes it ("can't zip the boots over my calves", « tige trop large pour mes mollets fins »)
    "calf": (
        r"\b(?:boots?|shafts?|bottes?|tiges?|cuissardes?)\b[^.!?]{0,60}\b(?:calf|calves|mollets?)\b|"
        r"\b(?:calf|calves|mollets?)\b[^.!?]{0,60}\b(?:boots?|shafts?|bottes?|tiges?|cuissardes?)\b",
        r"\b(?:wide|narrow|slim|skinny|athletic|muscular|chunky|thin) calf\b|\bmollets? (?:fins?|muscles?|forts?|"
        r"epais|larges?)\b",
        # a boot that will not close at the calf: « le 39 ne ferme pas au mollet », "won't zip up over my calves"
        r"\b(?:ferme\w*|zip\w*|close\w*|fasten\w*|do up)(?: pas| up)? (?:au|aux|over|around|at|on|past) (?:the |my |"
        r"mes |le |les )?(?:mollets?|calf|calves)\b",
        # "Wide in the calf and they slouch down to my ankles": a shaft too wide (one too tight may be the size's)
        r"\b(?:wide|loose|baggy|big) (?:in|on|around|at) the calf\b",
    ),
    "cut": CUT_ASKED,
    # "even the smallest size is too big", « la plus petite taille disponible »: no size further that way
    "size_range": (
        DIRECTION_REFUSED.pattern,
        r"\b(?:the )?(?:smallest|largest|biggest) (?:size|one|they (?:make|do|sell|have))\b",
        r"\b(?:la |leur )?plus (?:petite|grande) (?:taille|pointure)\b",
        # "sadly there's no XS", « il n'y a pas de XS »
        r"\bthere(?:'s| is) no (?:smaller|bigger|larger|x{1,3}s|x{1,3}l|[23]xl|2xs|(?:size )?\d{2})\b|"
        r"\bn'y a pas (?:de |plus )?(?:x{1,3}s|x{1,3}l|[23]xl|2xs|taille (?:plus petite|plus grande|en dessous|"
        r"au-dessus))\b",
        # « je ne vois pas de 37 sur le site », "no 38 in stock"
        r"\bne (?:vois|trouve) pas (?:de |d')(?:taille |pointure )?(?:\d{2}|x{1,3}s|x{1,3}l|[23]xl|2xs)\b|"
        r"\bno (?:size )?\d{2} (?:on the (?:web)?site|in stock|available|left)\b",
    ),
}
# A colour praised or said to be right ("Love the colour", "the colour is great", "the colour is a lovely deep tan",
# « la couleur est superbe », « j'adore la teinte »): no complaint a size swap leaves unfixed, so it is blanked before
# `UNFIXABLE` is read; not one disliked ("I don't love the colour", « la couleur n'est pas belle ») nor one praised
# that does not suit the customer ("the colour is lovely but just not on me", « la couleur est belle mais pas sur
# moi »).
COLOUR_WORD = r"(?:colou?rs?|shade|couleurs?|teinte|coloris)"
_COLOUR_LOVED = (
    r"(?<!n't )(?<!not )(?<!never )(?<!'d )(?<!would )(?<!pas )(?<!look )(?<!looks )(?<!looked )(?<!seems )"
    r"(?<!nothing )(?<!just )\b(?:love|loved|like|liked|adore|adored|j'adore|j'aime|adore|aime) (?:(?:the|this|that|"
    r"its|their|la|cette|sa|leur) )?(?:\w+ )?"
)
_COLOUR_ADJECTIVE = (
    r"(?<!pas la )(?<!pas une )(?<!not a )(?<!not the )(?<!n't a )(?<!n't the )\b(?:lovely|nice|beautiful|gorgeous|"
    r"great|pretty|stunning|fab|fabulous|perfect|rich|vibrant|belle|jolie|superbe|magnifique) "
    r"(?:(?!(?:the|a|an|this|that|la|le|les|un|une)\b)\w+ )?"
)
# (not one denied: "Not a nice surprise, this colour", « Pas une belle surprise cette couleur »)
_GOOD_SURPRISE = (
    r"(?<!\bnot a )(?<!\bnot an )(?<!\bno )(?<!n't a )(?<!n't an )(?<!\bpas une )(?<!\bpas un )(?<!\bpas )"
    r"(?<!\bpas si )(?<!\bnot so )(?<!\bhardly a )(?:lovely|nice|pleasant|happy|great|welcome|belle|bonne|agreable|"
    r"jolie|heureuse) surprise\b"
)
_COLOUR_SAID_GOOD = (
    r" (?:is|was|looks|itself is|est|etait)(?: so| really| very| just| absolutely| also| still| vraiment| tres| super|"
    r" aussi| trop| even more| encore plus)? (?:(?:lovely|nice|beautiful|gorgeous|great|fine|perfect|stunning|fab|"
    r"fabulous|"
    r"spot on|as pictured|as described|true to|exactly as|ok|okay|good|amazing|belle|jolie|superbe|magnifique|"
    r"parfaite|top|canon|sympa|conforme)\b|"
    # ... or a shade praised with an article: "is a lovely deep tan", « est une belle teinte »; not a complaint's noun
    # after the praise word ("is a great disappointment", "a good deal darker", « une belle déception »)
    r"(?:an?|une?) (?:lovely|nice|beautiful|gorgeous|great|fine|perfect|stunning|rich|belle|jolie|superbe|magnifique|"
    r"parfaite) (?:(?:deep|dark|pale|light|rich|soft|warm|muted|bright|vivid|dusky|rusty|profonde?|foncee?|claire?|"
    r"douce|chaude) )?(?:" + COLOURS + r"|tan|camel|indigo|champagne|rust|teal|mustard|sage|emerald|coral|taupe|"
    r"charcoal|ivory|plum|ochre|terracotta|shade|colou?r|tone|hue|teinte|nuance|couleur|ton)\b|"
    # ... or a good surprise ("is a lovely surprise", « est une belle surprise »)
    r"(?:an?|une?) " + _GOOD_SURPRISE + r")"
)
_COLOUR_PRAISED = regex(
    r"(?:" + _COLOUR_LOVED + "|" + _COLOUR_ADJECTIVE + ")" + COLOUR_WORD + r"\b|"
    # (the colour's name may stand between: "the colour honey is lovely", « la couleur miel est magnifique »; not
    # where it is seen, "the colour online is ...", nor another thing, "the colour the detailing is ...")
    r"\b(?:the |this |its |la |sa |cette )?"
    + COLOUR_WORD
    + r"(?: (?!(?:on|in|online|sur|en|dans|the|a|an|its|this|that|and|but|le|la|les|l|un|une|des|et|mais)\b)"
    r"[\w-]+){0,2}?"
    + _COLOUR_SAID_GOOD
    # ... or a good surprise just before it or as its heading: « Quelle belle surprise cette couleur », « Couleur :
    # belle surprise »
    + r"|\b"
    + _GOOD_SURPRISE
    + r",? (?:(?:this|that|the|cette|la|sa) )?"
    + COLOUR_WORD
    + r"\b|"
    r"\b" + COLOUR_WORD + r" ?: (?:(?:une?|an?|quelle|what a) )?" + _GOOD_SURPRISE
)
# The colour said to be the one ordered ("arrived in the right colour", "correct colour, wrong size", « reçue dans la
# bonne couleur »): a colour told right, no complaint; not where it is denied ("not the right colour", "didn't come in
# the right shade", « pas dans la bonne couleur »), read by `NEGATION`, nor asked ("Is this even the right colour?"),
# nor named as another than the one that came ("The right colour would have been navy", « La bonne couleur était le
# bleu »), nor the colour still awaited or wished for ("Happy to wait for the right colour", « renvoyez-moi la bonne
# couleur », "I wish it came in the right colour")
_COLOUR_RIGHT = re.compile(
    r"\b(?:(?:in|of|dans|de) )?(?:(?:the|a|la|une) )?(?:right|correct|expected|bonne) " + COLOUR_WORD + r"\b"
    r"(?![^.!?]*\?)(?! (?:would|should|could|is|was|were|will|est|etait|aurait|serait|sera)\b)"
)
_COLOUR_AWAITED = re.compile(
    r"\b(?:wait(?:ing)? for|send(?: me| us| out)?|want|need|like|get|have|receive|exchange(?: it| them)? for|"
    r"swap(?: it| them)? for|hoped for|expected|wish(?:ed)? (?:it|they) (?:came|had come|was|were|had been)(?: in)?|"
    r"should have (?:come|been)(?: in)?|attend\w*|envoy\w*|renvoy\w*|recevoir|voudrais|veux|echanger contre)"
    r"(?:[- ](?:moi|nous|me|us|le|la|les))?\W+$"
)
# ... nor one praised as the site, photo, listing or screen shows it and set against the colour had in the same sentence
# ("The colour is lovely in the photos but it came out brown", « La couleur est une belle teinte sur le site mais elle
# est arrivée marron », "On the website the colour looks great, in real life it's dull"): praise of the picture, said
# right after the praise or just before it in its clause; not the picture praised alone ("Love the colour in the
# photo! Too small though")
_ON_THE_PICTURE = (
    r"(?:(?:in|on) (?:the |your )?(?:photos?|pictures?|pics?|images?|website|web site|site|listing|advert|ad|screen|"
    r"app|catalogue)|online|sur (?:le site|la photo|les photos|l'image|les images|l'ecran|internet|la fiche|"
    r"l'annonce|le catalogue)|en photos?|en ligne|a l'ecran)\b"
)
_PICTURE_AFTER = re.compile(r" (?:(?:so|really|very|just|tres|vraiment) )?" + _ON_THE_PICTURE)
_PICTURE_BEFORE = re.compile(r"\b" + _ON_THE_PICTURE + r",? $")
# ... the colour had told after the turn: a colour named, or the colour or the item as a whole (it, the real thing, the
# colour, « elle », « la couleur ») said dull, faded, darker or different; not the size, nor another part so described
# ("The colour is lovely in the photos but it's too small", "but the cut is different", "but the straps are
# different", « mais la coupe est différente » stay praise)
_COLOUR_HAD_SAID = (
    r",? (?:(?:in real life|in person|irl|en vrai|en realite|en reel),? )?(?:it|it's|its|it is|they|they're|they are|"
    r"the real thing|the actual thing|the actual colou?r|the colou?r|the shade|elle|il|ils|elles|c'est|la couleur|la "
    r"teinte|le coloris)(?: (?:is|was|looks|looked|came out|comes out|arrived|seems|est|etait|semble|parait|a l'air|"
    r"est arrivee?))?(?: (?:much|a lot|far|way|so|very|quite|a bit|really|completely|totally|actually|just|bien|"
    r"beaucoup|plus|tres|completement|totalement|vraiment|carrement))*(?: (?:a|an|more|plus|une?))? (?:dull|duller|"
    r"drab|muddy|faded|washed out|darker|lighter|paler|brighter|different|not the same|nothing like|terne|fade|"
    r"delavee?|foncee?|claire?|differente?|pas la meme|rien a voir)\b"
    # ... of the colour, not of another thing named after it ("it's a different fit", "a lighter fabric", "lighter in
    # weight")
    r"(?! (?:in )?(?:fit|cut|size|sizing|style|shape|fabric|material|length|model|design|weight|feel|texture|quality|"
    r"item|product|thing|one|version|coupe|taille|matiere|tissu|forme|modele|longueur|qualite)\b)"
)
_TURN = re.compile(
    r"[^.!?]*?\b(?:but|yet|however|though|whereas|in real life|in person|irl|mais|pourtant|alors que|en vrai|en "
    r"realite|en reel)\b"
)
_COLOUR_HAD_SAID_RE = re.compile(_COLOUR_HAD_SAID)
_COLOUR_NAMED = re.compile(r"\b(?:" + COLOURS + r"|tan|camel|mustard|khaki|colou?rs?|shade|couleurs?|teinte)\b")
# ... but a colour named of a part is the part's, not the colour had (`_set_against`): in English a colour followed by a
# word other than a colour's or a joining one names that word's colour ("the black trim is loose", "the silver buckle
# fell off", "the white faux fur collar sheds"); in French a colour right after a noun other than the colour's or the
# item's names that noun's (« la bordure noire se découd », « la boucle dorée est tombée »). "It came out grey", « elle
# est arrivée grise », « en vrai c'est un gris terne » stay the item's.
_COLOUR_OF_A_PART_EN = re.compile(
    r"(?:black|white|blue|navy|red|green|grey|gray|pink|beige|brown|cream|yellow|orange|purple|khaki|olive|burgundy|"
    r"silver|gold|tan|camel|mustard) (?!(?:colou?rs?|shades?|ones?|tones?|hues?|and|or|but|in|on|not|no|with|than|to|"
    r"so|too|is|was|are|were|really|all|at|from|for|when|after|as|like|then|now|which|that|it|instead|rather|online|"
    r"though|actually|overall|by|of|if|even|still|either|any|more|less|very|quite|a|the|et|ou|mais|en|pas|sur|que|"
    r"comme|plutot|avec|dans|plus|tres)\b|\w+ly\b)[a-z]"
)
# ... unless it is the colour of what came, after a verb of its coming ("I received a grey dress", « j'ai reçu une robe
# grise »)
_CAME_BEFORE = re.compile(
    r"\b(?:received|got|sent|delivered|came|arrived|recu|recue|recus|recues|envoye\w*|livre\w*|arrive\w*) (?:me |us )?"
    r"(?:(?:a|an|the|un|une|le|la|les|des) )?(?:[\w-]+ )?$"
)
# (a part is named with a definite article: "the black handle", « la boucle dorée »; what came with an indefinite one,
# "what came is a brown jumper", « c'est un pull marron terne »)
_DEFINITE_BEFORE_EN = re.compile(r"\b(?:the|its|their|this|that|these|those) (?:[\w-]+ )?$")
_NOUN_BEFORE_FR = re.compile(
    r"\b(?:le|la|les|l'|son|sa|ses|ce|cet|cette|ces) ?(?!(?:couleur|teinte|ton|coloris|"
    r"nuance|modele|article|produit|vrai|realite|photo|site)\b)[a-z][\w-]* $"
)
_COLOUR_NOT_FR = frozenset(
    {"orange", "khaki", "tan", "camel", "mustard", "colour", "color", "colours", "colors", "shade"}
)


def _set_against(folded: str, end: int) -> bool:
    """Whether the sentence goes on from `end` to set the colour had against a colour praised: a turn ("but", « mais »,
    "in real life") and after it the colour had said (`_COLOUR_HAD_SAID`) or named, not a part's colour."""
    turn = _TURN.match(folded, end)
    if turn is None:
        return False
    if _COLOUR_HAD_SAID_RE.match(folded, turn.end()):
        return True
    _, sentence_end = sentence_bounds(folded, turn.start(), turn.end())
    return any(
        _CAME_BEFORE.search(words_before(folded, named.start()))
        or not (
            (
                _COLOUR_OF_A_PART_EN.match(folded, named.start())
                and _DEFINITE_BEFORE_EN.search(words_before(folded, named.start()))
            )
            or (named[0] not in _COLOUR_NOT_FR and _NOUN_BEFORE_FR.search(words_before(folded, named.start())))
        )
        for named in _COLOUR_NAMED.finditer(folded, turn.end(), sentence_end)
    )


_NOT_ON_ME = re.compile(
    r"[^.!?;]{0,30}?\b(?:not on me|pas sur moi|(?:doesn't|does not|don't|do not) suit me|ne me va pas|ne me vont pas|"
    r"washe?s? me out|me donne mauvaise mine)\b"
)
# "Loose" of the fit, not of a part come loose or named after it ("a loose thread or two", "the handle came loose",
# "tripped on the loose edge of the rug"): no fit to read there
_LOOSE = (
    r"(?<!\bcame )(?<!\bcome )(?<!\bcomes )(?<!\bcoming )(?<!\bworked )(?<!\bworking )(?<!\bworks )"
    r"loose(?! (?:threads?|stitch\w*|buttons?|handles?|edges?|screws?|bolts?|nuts?|parts?|bits?|pieces?|fittings?|"
    r"hinges?|legs?|ends?|fibres?|fibers?|wires?|connections?|tiles?|corners?|cables?|knobs?|lids?|caps?|sequins?|"
    r"beads?|stones?|panels?|plugs?|feathers?|fluff|hairs?|tea|leaf|change)\b)"
)
FIT_WORDS = re.compile(
    r"\b(?:too (?:small|tight|short|narrow|snug)|tight|snug|next size|size up|a size (?:up|bigger)|bigger size|"
    r"larger size|size chart|chart|sizing|measured|slim|grown|(?:past|over|under|round|around) (?:my|her|his)|choking|"
    r"can't breathe|ribs|bust|chest|hips|waist|calf|calves|thighs|bump|need (?:a|an|the) \S+)\b|"
    r"\btrop (?:petite?s?|serree?s?|courte?s?|etroite?s?|juste)\b|\btaille (?:au-dessus|superieure)\b|"
    r"\b(?:poitrine|hanches|mollets?|ventre|epaules)\b"
)
SIZE_COMPLAINT = re.compile(
    r"\b(?:(?:far |way |much |so |a bit |slightly )?too (?:big|large|loose|long|small|tight|wide)|so big|"
    r"trop (?:grande?s?|large?s?|ample?s?|longue?s?|longs?|petite?s?|serree?s?)|flotte dedans|(?:need|want) "
    r"(?:a |the )?(?:smaller|bigger|larger|child) (?:size|pair|one)?|(?:smaller|bigger|larger) (?:pair|size)|"
    r"taille (?:en dessous|en-dessous|au-dessus|au dessus))\b"
)
# The item said not to fit its wearer: "it doesn't fit", "didn't fit me at all"; not "doesn't fit the description",
# "won't fit in the cupboard", "doesn't fit my phone", nor what does not fit in it ("my laptop doesn't fit"), nor the
# words told of the item ("The description doesn't fit.", "the photo of it doesn't fit") or what goes in it ("The
# laptop doesn't fit."): they are no fit of the body
DOES_NOT_FIT = re.compile(
    r"(?:^|[.,;!?] *|\b(?<!of )(?:it|they|this|these|that|he|she|just|sadly|still|really|simply|"
    r"(?:the|this|these|that) (?!(?:description|photos?|pictures?|pics?|images?|listing|advert|ad|text|title|name|"
    r"wording|words|colou?r|price|reviews?|label|story|explanation|reason|answer|excuse|laptop|computer|phone|tablet|"
    r"ipad|kindle|books?|charger|battery|lens|bottle|documents?|folder|files?|wallet|keys?|camera|umbrella)\b)\w+) )"
    r"(?:does(?:n't| not)|did(?:n't| not)|won't|will not|don't|do not) fit(?: me| him| her| them| us)?"
    r"(?: (?:at all|properly|right|well))?(?= *(?:$|[.,;!?]))|"
    # "just not the right size", « juste pas la bonne taille », "wrong size for me": a fit
    # complaint with no way said (the size the shop sent in error is `FAULTS["shop_mistake"]`'s: « vous m'avez
    # envoyé la mauvaise taille », "not the size I ordered")
    r"\b(?:not|pas) (?:the right|la bonne) (?:size|taille|pointure)\b|\bwrong size for (?:me|him|her|us|them)\b"
)
# « elle ne me va pas » says the fit as often as the look: the fit, unless a colour is named (« La teinte correspond
# bien à la photo, c'est juste qu'elle ne me va pas »)
GOES_NOT_ON_ME = re.compile(r"\b(?:il|elle|ils|elles) ne (?:me|lui|leur|nous) va(?:nt)? pas\b")
# Any word of size or fit, broad on purpose: it only keeps a size swap off texts that say nothing of fit at all.
# "Long" and "short" of time, not of the item's length: a wait or a delivery that took long ("took so long", "as
# long as I get my refund", "a long wait", "no longer needed", « délai trop long », « la livraison a été trop longue »,
# « long à arriver », "too long to assemble"), a time that is short ("the return window is too short", « autonomie trop
# courte »), or short in another sense ("at short notice", "long story short"). Blanked before the fit's words and
# the complaints no size fixes are read (`length_of_time_blanked`).
_LENGTH_OF_TIME = re.compile(
    r"\blong story short\b|\b(?:no|any) longer\b|"
    r"\b(?:took|take|takes|taking|taken|wait|waited|waiting|last|lasted|lasts|lasting)(?: (?:so|too|very|far too|way "
    r"too|much too|a bit|much|even|quite|rather|a|such a|that|any))? (?:long|longer)\b|"
    r"\b(?:how|as|before|all (?:day|night|week|month|year)) long\b|\bfor (?:so |too |very |that )?long\b"
    r"(?! (?:legs?|arms?|torsos?|bodies|body|feet)\b)|"
    r"\blong (?:time|times|wait|waits|delay|delays|weekend|story|while|haul|run|day|days|week|weeks|journey|process|"
    r"queue|silence)\b|"
    r"\b(?:long|longer) (?:to|for) (?:arrive|come|get here|be delivered|deliver|ship|be shipped|dispatch|process|be "
    r"processed|respond|reply|answer|refund|be refunded|reach me|reach us|turn up|show up|assemble|put together|set "
    r"up|install|heat up|warm up|charge|dry|boil|read)\b|"
    # ... a time the item or the shop gives that is short ("the return window is too short", "battery life is too
    # short", « délai de retour trop court », « l'autonomie est trop courte »)
    r"\b(?:window|battery life|battery|warranty|guarantee|deadline|period|notice|run ?time)(?: (?:is|was))? (?:far "
    r"|way |much |very |so |too |rather )*(?:short|shorter)\b|"
    r"\b(?:delais?|autonomie|duree|garantie|periode|temps de (?:charge|chauffe|sechage|cuisson|pose))\b(?: [\w']+)"
    r"{0,3}? (?:trop |tres |bien |vraiment |un peu )?(?:court|courte|courts|courtes)\b|"
    r"\b(?:at|on) short notice\b|\bin short\b|\bshort of (?:time|money|cash|funds)\b|"
    r"\b(?:delais?|attente|livraison|expedition|acheminement|traitement|remboursement|reponse|temps)\b(?: [\w']+){0,3}?"
    r" (?:trop |tres |bien |super |vraiment |beaucoup trop |un peu )?(?:long|longue|longs|longues)\b|"
    r"\b(?:long|longue|longs|longues) (?:a|pour) (?:arriver|venir|recevoir|livrer|etre livree?s?|expedier|"
    r"rembourser|repondre|traiter|monter|assembler|installer|chauffer|charger|secher|lire)\b|"
    r"\b(?:longue|longues) (?:attente|semaines?|journees?|mois)\b|\blong (?:delai|moment|mois|temps)\b|\ba la longue\b"
)


def length_of_time_blanked(folded: str) -> str:
    """`folded` with "long" and "short" of time blanked (`_LENGTH_OF_TIME`): no fit nor length complaint is read
    there."""
    return _LENGTH_OF_TIME.sub(SET_ASIDE, folded)


SPEAKS_OF_FIT = re.compile(
    FIT_WORDS.pattern
    + "|"
    + SIZE_COMPLAINT.pattern
    # (not a matter made light of: "no big deal", "not a big deal")
    + r"|\b(?:sizes?|sized|fits?|fitting|fitted|small|smaller|big(?! deal\b)|bigger|large|larger|"
    + _LOOSE
    + r"|baggy|short|"
    r"shorter|wide|narrow|length|tailles?|taille|pointure|petite?s?|grande?s?|serree?s?|amples?|flotte|courtes?|courts|"
    r"trop ajustee?s?|"
    # (not of time: `length_of_time_blanked`)
    r"long|longer|longue?s?|"
    r"larges?|etroite?s?|longueur|moulante?s?|baille|glisse|dedans|gap|gaping|drown(?:s|ing)?|swamp(?:s|ed)?|"
    r"(?:hang|slip|fall)(?:s|ing)? off|room|heel lifts|squashed|pinch(?:es|ing)?|giant|huge|tiny|oversized|"
    r"dragg?(?:ed|ing|s)?|tall|height|hauteur|minuscule|enorme|immense|roomy|massive|swimming|slides? out|flop|"
    r"billows?|digs? in|squash(?:es|ed)?|pressed against|straining|walk out of|more like an? \d+)\b"
)
# The customer's usual size taken again after an order off it ("I sized up in these and they drown me, I'll go back to
# my usual size", « J'avais pris une taille au-dessus, je reprends ma taille habituelle »): the way back from the size
# taken (`usual_way_back`), else the fit complaint's; not a habit told ("I always go back to my usual size in boots")
BACK_TO_USUAL = re.compile(
    r"(?<!\balways )(?<!\busually )(?<!\bnormally )(?<!\btoujours )(?<!\balways go )(?<!\busually go )"
    r"\b(?:go(?:ing)? back to|back to|return(?:ing)? to|revert(?:ing)? to|stick(?:ing)? (?:to|with)|(?:i'll|i will|i'm "
    r"going to|i am going to) (?:take|get|have|order|try)|(?:need|want|would like|'d like|prefer)) (?:my|our) "
    r"(?:usual|normal|regular|standard|true|everyday) size\b|"
    r"\b(?:reprends|reprendrai|reprendre|reprendrais|repasse|repasserai|repasser|revenir|reviens|reviendrai|"
    r"retourne|retournerai|retourner|voudrais|veux|prefere|faut|faudrait) (?:a |en |dans )?(?:ma|mon|notre|la) "
    r"(?:taille|pointure) (?:habituelle|normale|d'habitude|de d'habitude|de tous les jours)\b"
)
_TAKEN_VERB = (
    r"\b(?:went|gone|ordered|got|took|bought|chose|picked|pris|prise|prises|commandee?s?|choisie?s?|achetee?s?|"
    r"passee?)\b[^.!?;]{0,30}?"
)
# ... the way said as a size ("a size up", "half a size up", « une pointure au-dessus », « pris au-dessus »), never a
# verb's "up" ("picked them up", "got them from the pick up point", "bought them to dress up")
_TAKEN_UP = re.compile(
    r"\bsized up\b|" + _TAKEN_VERB + r"(?:\b(?:a|one|half a|a half|two|2) size (?:up|bigger|larger)\b|\bsize up\b|"
    r"\bup (?:a|one|half a) size\b|\b(?:une|la|d'une) (?:taille|pointure|demi-pointure|demi-taille) (?:au-dessus|au "
    r"dessus|plus grande|superieure)\b|\bau-dessus\b|\bau dessus\b)"
)
_TAKEN_DOWN = re.compile(
    r"\bsized down\b|" + _TAKEN_VERB + r"(?:\b(?:a|one|half a|a half|two|2) size (?:down|smaller)\b|\bsize down\b|"
    r"\bdown (?:a|one|half a) size\b|\b(?:une|la|d'une) (?:taille|pointure|demi-pointure|demi-taille) (?:en-dessous|"
    r"en dessous|au-dessous|au dessous|plus petite|inferieure)\b|\ben-dessous\b|\ben dessous\b|\bau-dessous\b|"
    r"\bau dessous\b)"
)


def usual_way_back(folded: str) -> str | None:
    """The way back to the usual size: "down" after a size taken up ("I sized up", « pris une taille au-dessus »),
    "up" after one taken down; None where neither or both are told."""
    up, down = bool(_TAKEN_UP.search(folded)), bool(_TAKEN_DOWN.search(folded))
    return "down" if up and not down else "up" if down and not up else None


# "the next size" with no way said ("Returning and will try the next size", « je prendrai la taille suivante »): its
# direction is the fit complaint's, else the fit reason's ("next"). Not "the next size up/down" (`DIRECTION` reads
# those) nor "wait for the next size" of a range still to come.
NEXT_SIZE = re.compile(
    r"(?:\b(?:need|needs|want|try|for|like|please|get|prendrai|prendrais|prends|faudrait|voudrais|tenter|essayer|pour) "
    r"(?:the |la )?(?:next size|taille suivante|pointure suivante|taille d'apres|pointure d'apres)\b(?! (?:up|down|"
    r"bigger|smaller|larger|au-dessus|en dessous)\b)"
    r"(?<!wait for the next size)|"
    # ... or the next one, of the item said: « Je l'échange pour la suivante », « il me faudrait le bonnet d'après »;
    # not « pour la semaine d'après », « le modèle d'après »
    r"\b(?:prendrai|prendrais|prends|faudrait|faut|voudrais|pour|contre) (?:le |la )(?:suivante?|(?!(?:jour|semaine|"
    r"mois|annee|fois|commande|livraison|modele|couleur|coloris|version|saison|collection)\b)[a-z]+ d'apres)"
    + ASKED_IN_PLACE_END
    # ... or asked alone after what did not fit: « ça me cisaille le dessus du pied. la suivante svp », "Next size pls"
    + r"|(?:^|[.!?;:,] )(?:(?:so|donc|alors|du coup) )?(?:(?:le|la|the) )?(?:(?:taille|pointure) suivante|suivante?|"
    r"next size)" + ASKED_IN_PLACE_END + ")"
)
# A French verb of the fit negated after it, as French negates (« Je ne flotte pas dedans », « ça ne me serre pas »):
# no complaint that way. Not « pas » of an intensifier (« ça serre pas mal aux épaules », "quite a lot"; « ça me serre
# pas possible », « ça serre pas qu'un peu », "very"), nor « plus », which also compares (« elle me serre plus que
# l'autre »).
_NOT_AFTER_VERB = r"(?! (?:pas(?! (?:mal|possible|croyable|qu'un peu)\b)|jamais|point|guere)\b)"
TOO_SMALL = re.compile(
    r"\b(?:too (?:small|tight|short|narrow|snug)|tight|snug|(?:more|closer) like an? (?:\w+ ){0,1}smaller|trop "
    r"(?:petite?s?|serree?s?|juste|etroite?s?|courte?s?|ajustee?s?)|(?:serre|me serre|me serrent|me compriment?|"
    r"me cisaille)\b" + _NOT_AFTER_VERB + r")\b"
)
TOO_BIG = re.compile(
    r"\b(?:too (?:big|large|loose|wide|baggy)|huge|swamps?|baggy|" + _LOOSE + r"|enormous|trop (?:grande?s?|large?s?|"
    r"ample?s?)|(?:flotte|baille)\b" + _NOT_AFTER_VERB + r")\b"
)
# Sleeves that point the way the body's own fit complaint points (`sleeves_with_fit`): too short beside a body too small
# or tight ("The body is too small and the sleeves are too short", « La veste remonte dans le dos et les manches sont
# trop courtes. Trop petite pour moi. »), too long beside a body too big: the next size that way fixes both. The short
# and long words, with where a sleeve stops ("stop before my wrists", « s'arrêtent avant le poignet », "past my
# fingertips", « me couvrent les mains »):
_TOO_SHORT = (
    r"\b(?:(?:far |way |much )?too short|(?:far |way |much )?shorter than|trop courte?s?|(?:stop|stops|stopped|end|"
    r"ends|ended|ending|finish|finishes)\b[^.!?;,]{0,25}?\b(?:above|before|short of) (?:my|the|her|his) wrists?|"
    r"(?:s'arrete\w*|arrive\w*|finissent|finit)\b[^.!?;,]{0,25}?\b(?:avant|au-dessus) (?:du|des|de mes|de ses|le|les|"
    r"mes) poignets?)\b"
)
_TOO_LONG = (
    r"\b(?:(?:far |way |much )?too long|(?:far |way |much )?longer than|trop longue?s?|(?:past|over|beyond|cover\w*) "
    r"my (?:fingertips|fingers|hands|knuckles)|(?:jusqu')?au bout des doigts|(?:me )?couvr\w* (?:les|mes) mains)\b"
)
# ... the body's own complaint, read away from the sleeves' clauses: a fit word (`TOO_SMALL`, `TOO_BIG`) or the cloth
# pulling, riding up or not closing on the body, gaping or hanging off it
_BODY_TIGHT = (
    r"\b(?:pull\w*|strain\w*) (?:across|at|between|over|around)\b|\b(?:tire\w*|remonte\w*) (?:entre|aux?|sur|dans|"
    r"sous|au niveau)\b|\b(?:can't|cannot|can not|won't|wouldn't|doesn't|don't) (?:do (?:it|them|the \w+) up|"
    r"button|zip|close|fasten)\b|\bne (?:se )?ferm\w* pas\b"
)
_BODY_LOOSE = r"\b(?:gap\w*|hang\w* off|swim\w* (?:in|on))\b"
_WHERE_A_SLEEVE_ENDS = r"\b(?:wrists?|poignets?|fingertips|fingers|knuckles|hands|doigts|mains)\b"
_SLEEVE_CLAUSE_END = re.compile(r"[.!?;,:]|\b(?:and|but|though|while|et|mais|alors que)\b")


def _sleeve_pieces(folded: str) -> tuple[list[str], list[str], list[str]]:
    """The text cut into clauses: those telling sleeves too short, those telling them too long, and the others."""
    pieces = [piece for piece in _SLEEVE_CLAUSE_END.split(folded) if piece.strip()]
    # (a sleeve's clause, or one that goes on telling where it ends: "sleeve too short, is ending before my wrist")
    of_sleeves = [
        piece
        for piece in pieces
        if any(re.search(pattern, piece) for pattern in (*UNFIXABLE["sleeve"], _WHERE_A_SLEEVE_ENDS))
    ]
    short = [piece for piece in of_sleeves if re.search(_TOO_SHORT, piece)]
    long = [piece for piece in of_sleeves if re.search(_TOO_LONG, piece)]
    return short, long, [piece for piece in pieces if piece not in short and piece not in long]


def sleeves_with_fit(folded: str) -> str | None:
    """The way ("up", "down") in which the sleeves point along with the body's own fit complaint, so that the next size
    that way fixes both; None when the text gives no such pair (sleeves too short and nothing said of the body, "but
    the body fits perfectly", or a body too big beside sleeves too short)."""
    short, long, others = _sleeve_pieces(folded)
    body = " ; ".join(others)
    if bool(short) == bool(long) or re.search(_TOO_SHORT, body) or re.search(_TOO_LONG, body):
        # (a length told of the body too, "It's too short and the sleeves are too short", is no sleeves' alone)
        return None
    small = affirmed((TOO_SMALL.pattern, _BODY_TIGHT), body)
    big = affirmed((TOO_BIG.pattern, _BODY_LOOSE), body)
    if short and small and not big:
        return "up"
    if long and big and not small:
        return "down"
    return None


def sleeves_blanked(folded: str) -> str:
    """The text without the clauses telling the sleeves too short or too long: what else it says of the length."""
    short, long, others = _sleeve_pieces(folded)
    return " ; ".join(others) if short or long else folded


# The item said to run small or big, with no size named ("It runs small", « elle taille grand », « ces bottes chaussent
# un peu petit »; not a size's name: « en taille large »): the customer's fit complaint points that way, unless told as
# what others said or the customer read or thought (`RUNS_HEARSAY`), or made up for by the size ordered
# (`RUNS_MADE_UP_FOR`)
_RUNS_BY = (
    r"\b(?:runs?|running|comes? up|came up|fits?|(?<!\ben )(?<!\bune )(?<!\bla )(?<!\bma )(?<!\bde )(?<!\bd')"
    r"(?:taillen?t?|taillait|chaussen?t?)) (?:a (?:bit|little) |quite |very |really |un peu |assez |tres |vraiment |"
    r"plutot )?"
)
RUNS_SMALL = re.compile(_RUNS_BY + r"(?:small|petite?s?)\b")
RUNS_BIG = re.compile(_RUNS_BY + r"(?:big|large|grande?s?)\b")
# ... told as what others said or the customer read or thought ("Runs small, they said", "people said the waist runs
# small", « les avis disaient que ça taillait petit », « je pensais qu'il taillait grand »), or made up for by the size
# ordered anywhere in the text ("so I sized up", "I got the 16 instead of my usual 14", « j'ai pris un 44 au lieu de mon
# 42 »): how it was said to run, not the way it fits the customer
RUNS_HEARSAY = re.compile(
    r"\b(?:reviews?|avis|said|says|say|told|heard|read|apparently|supposedly|people|everyone|thought|tout le monde|"
    r"disai\w*|disent|dit|lu|prevenue?s?|conseill\w*|recommand\w*|pensais|croyais)\b"
)
RUNS_MADE_UP_FOR = re.compile(
    r"\b(?:sized|went|gone|ordered|got|took|bought|chose|picked|pris|prise|commandee?|choisie?|achetee?|passee?)\b"
    r"[^.!?;]{0,30}?\b(?:up|down|bigger|smaller|instead|au-dessus|en dessous|au-dessous|plus grand|plus petit|"
    r"au lieu)\b"
)
# An order already placed, just before a direction ("I ordered a size up and it is huge", "I took them a size up as
# advised", « j'ai pris une taille au-dessus », « je les ai prises une taille au-dessus ») or tried ("I tried swapping
# up a size last year"): what the customer did, not what they ask for.
PAST_ORDER = re.compile(
    r"\b(?:ordered|bought|went|got|took|picked|chose|sized|already|pris(?:es?)?|commandee?s?|achetee?s?|choisie?s?|"
    r"deja|tried)\b(?: (?:it|them|this|these|those|this one|that one))?"
    r"(?: (?:at least|easily|almost|about|a good|au moins|a moins|presque|bien))?"
    r"(?:\W+(?:a|an|one|the|une|la))?"
    # ... by half a size ("I took a half size up", "ordered half a size up")
    r"(?:\W+half(?: a)?)?"
    r"\W*$|"
    # ... or chose after a thought ("I felt a size up would be safer, but even this is tight", "we thought the next
    # size down would do")
    r"\b(?:i|we) (?:felt|thought|figured|reckoned|assumed|decided)(?: that)?(?: (?:a|an|one|the))? ?$"
)
# ... nor how the item is sized, just before the way ("it fits like two sizes up", « ça taille deux tailles
# au-dessus », "it's a size bigger", "Comes up a size smaller than the size guide says"): no way asked, but the item
# runs the other way from the customer's need (it comes up small: the customer needs the size up)
ITEM_FITS = re.compile(
    r"\b(?:fits like|fit like|fitting like|feels like|comes up|come up|came up|runs|run|taille|taillent)\b"
    r"(?: (?:at least|easily|almost|about|a good|au moins|a moins|presque|bien))?"
    r"(?:\W+(?:a|an|one|the|une|la))?"
    r"\W*$|"
    # ... told with a verb of fitting ("Fits a size smaller than the size guide says", "they feel a size bigger",
    # "more like a size smaller", « ce modèle chausse une pointure en dessous », « ça correspond à une taille en
    # dessous »), the way right after it: not "one that fits, a size bigger please", an ask after the comma (a plural's
    # "fit" after its subject only: "the regular fit a size up" is a cut asked)
    # ("felt" only after the item: "I felt a size up would be safer" is the customer's thought)
    r"\b(?:fits|fitted|(?<!\bi )(?<!\bwe )(?<!\byou )feels|(?:it|they|these|those|this|that|which|this one|it all) "
    r"felt|(?:they|these|those) (?:fit|feel)|more like|closer to|chausse|chaussent|chaussait|"
    r"correspond(?:ent)? (?:plutot |davantage |presque )?a)(?: (?:at least|easily|almost|about|a good|like|au moins|"
    r"presque|bien|plutot))?"
    r"(?: (?:a|an|one|une|un|la))? ?$|"
    # ... "It's at least a size bigger than the chart": the item said a size off, not a size asked ("Please send a size
    # bigger than the chart suggests", "It's the size up I need" are asked)
    r"\b(?:it's|it is|its|they're|they are|c'est|elle fait|il fait)(?: (?:at least|easily|almost|about|a good|au "
    r"moins|presque|bien))?\W+(?:a|an|one|une)\W*$"
)


def _praise_of_the_picture(folded: str, praise: re.Match[str]) -> bool:
    """Whether a colour praised is the picture's (`_PICTURE_AFTER`, `_PICTURE_BEFORE`) set against the colour had later
    in its sentence (`_set_against`)."""
    pictured = _PICTURE_AFTER.match(folded, praise.end()) or _PICTURE_BEFORE.search(
        words_before(folded, praise.start())
    )
    return bool(pictured and _set_against(folded, praise.end()))


def design_blanked(folded: str) -> str:
    """`folded` with the design it dislikes (`UNFIXABLE["design"]`) blanked: "the print is too big", « les motifs sont
    trop grands » say nothing of how the item fits."""
    for pattern in UNFIXABLE["design"]:
        folded = regex(pattern).sub(" ; ", folded)
    return folded


def colour_praise_blanked(folded: str) -> str:
    """`folded` with the colour it praises (`_COLOUR_PRAISED`, unless it does not suit the customer, `_NOT_ON_ME`, or is
    the picture's: `_praise_of_the_picture`) or says is the right one (`_COLOUR_RIGHT`, unless denied or still awaited:
    `_COLOUR_AWAITED`) blanked: no colour complaint is read there."""
    praised = _COLOUR_PRAISED.sub(
        lambda praise: (
            praise[0] if _NOT_ON_ME.match(folded, praise.end()) or _praise_of_the_picture(folded, praise) else " ; "
        ),
        folded,
    )
    return _COLOUR_RIGHT.sub(
        lambda right: (
            right[0]
            if denied(praised, right, NEGATION) or _COLOUR_AWAITED.search(words_before(praised, right.start()))
            else " ; "
        ),
        praised,
    )
