"""Hardship: a bereavement, an illness or a separation the customer is going through; and its opposite, a happy event
they tell (a birth, a wedding, an engagement, a baby on the way, a new home)."""

from __future__ import annotations

import itertools
import re

from features.customer_asks.clauses import NEGATION, SENTENCE_END, clause_around, denied
from features.pattern_words import patterns_that_may_match
from features.text import WORDS_BEFORE_CHARS, regex, sentence_bounds, words_before

# A time long past ("ten years ago", "as a child", « il y a dix ans », « quand j'étais petite »): a hard time told with
# one is the customer's history, not what they are going through ("I had an operation ten years ago, so bending is
# hard"). A year or less ago ("last month", « l'an dernier ») is still recent.
_LONG_AGO = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|"
    r"many|a few|a couple of|some|\d+) years? (?:ago|back|before)|years (?:ago|back|before)|decades? ago|"
    r"(?:a )?long time ago|"
    r"as a (?:child|kid|teenager|teen|baby|student|girl|boy)|when i was (?:a |an )?(?:child|kid|little|young|younger|"
    r"small|teenager|teen|baby|student|girl|boy|at school|\d+)|(?:back )?in (?:19\d\d|20[01]\d)|"
    r"il y a (?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|des|plusieurs|quelques|"
    r"bien des|de nombreuses|\d+) (?:ans|annees)|(?:bien |tres )?longtemps)|quand j'etais (?:enfant|petite?|jeune|"
    r"ado\w*|bebe|etudiante?)|dans mon enfance|en (?:19\d\d|20[01]\d))\b"
)
# A hard time long past that still weighs ("My husband died two years ago and I'm still struggling", « je ne m'en
# remets pas »), and an illness recovered from ("diagnosed with cancer last year and I'm now in remission", « elle est
# guérie »): told in the hard time's sentence or the next. What is still hard must be the customer's lot, not the
# item's (« toujours difficile à fermer », "still very low quality", "still struggling with the zip"), and a recovery
# not denied ("not recovered at all", « pas encore guérie ») nor of something else ("the courier recovered the parcel").
_STILL_HARD = re.compile(
    r"\b(?:still|toujours|encore) (?:struggling(?! (?:to|with) (?!(?:cope|grieve|accept|come to terms|move on|get over|"
    r"the loss|grief|it all|everything|things|losing)\b))|grieving|mourning|"
    r"finding (?:it|things|everything) (?:hard|difficult|tough)|coming to terms|heartbroken|devastated|in shock|"
    r"not over it|very low|dur|difficile|en deuil|sous le choc|"
    r"tres (?:affectee?|eprouvee?|dur|difficile))\b(?! (?:a|de|quality)\b)|"
    r"\b(?:haven't|hasn't|have not|has not|never) (?:really )?"
    r"(?:got|gotten) over\b|\bne (?:m'en|s'en) (?:remets|remet|suis|est) (?:toujours )?pas\b|"
    r"\bpas (?:encore )?remise?\b"
)
_RECOVERED = re.compile(
    r"\b(?:in remission|(?:now |fully |completely )?recovered(?! (?:the|a|an|my|your|our|his|her|their|it|them)\b)|"
    r"(?:made|making) a (?:full|good) recovery|"
    r"(?:got|given) the all clear|all clear now|cancer[- ]free|back to (?:full )?health|en remission|"
    r"(?:completement |totalement |bien )?(?:guerie?s?|retablie?s?)|tiree? d'affaire)\b"
)
# Who a customer mourns: kin, a friend, a pet.
_KIN = (
    r"(?:mother|mum|mom|father|dad|husband|wife|partner|son|daughter|brother|sister|grandmother|grandfather|gran|"
    r"grandma|granny|grandad|grandpa|nan|nana|aunt|uncle|friend|baby|child|dog|cat|pet|parents?|loved one|family "
    r"member|relative|cousin|nephew|niece|fiance|fiancee|colleague)"
)
_BODY_PART_FR = r"jambe|cheville|poignet|bras|pied|hanche|genou|dos|epaule|coude|clavicule|doigt|orteil"
_HARDSHIP: dict[str, tuple[str, ...]] = {
    "bereavement": (
        # mourning, or a loss or a death, of someone: not of a thing ("still mourning the loss of my favourite jeans");
        # what follows a death or a funeral is a time or whose ("passed away a month ago", "the funeral for my aunt")
        r"\b(?:passed away|bereave\w*|funeral|memorial service|condolences)\b|"
        r"\b(?:period of|in|still) mourning\b"
        r"(?! (?:the (?:loss|death|end|demise) of|over|for|my|our|his|her|a|an|the)\b)|"
        r"\b(?:mourning (?:(?:the (?:loss|death) of|for|over) )?|(?:death|loss) of )(?:my|our|his|her|a)(?: \w+)? "
        + _KIN
        + r"\b",
        r"\b(?:my|our|his|her|their)(?: \w+)? " + _KIN + r"(?: has| had| sadly)? (?:died|passed)\b",
        # a miscarriage: "I've lost the baby", « j'ai perdu le bébé »; not "lost the baby monitor" nor "I've lost the
        # baby weight"
        r"\b(?:lost|losing) (?:the|our|my|a) baby\b(?!'s|[ -](?:weight|fat|bump|belly|tummy|pounds|monitors?|bottles?|"
        r"carriers?|seats?|gates?|slings?|"
        r"bath|wipes|food|clothes|blankets?|toys?|books?|shoes|sleeping|bags?|gym|walker|bouncer|swing|wrap|dummy|"
        r"cups?|things|stuff|box)\b)|\bperdu (?:le|notre|mon|un) bebe\b(?! (?:reborn|doudou)\b)",
        r"\bwho (?:has |had |sadly )?(?:died|passed)\b",
        r"\b(?:deces|decede|decedee|decedes|obseques|funerailles|enterrement|inhumation|deuil|condoleances)\b",
        r"\b(?:mon|ma|notre|son|sa)(?: \w+)? (?:mere|pere|mari|epouse|femme|compagnon|compagne|fils|fille|frere|"
        r"soeur|grand-mere|grand-pere|mamie|papi|tante|oncle|ami|amie|bebe|enfant|chien|chat) (?:est (?:mort|morte|"
        r"decede|decedee)|nous a quittes)\b",
    ),
    # not "my hospital job" or a nurse's shifts: someone is (or was) ill or in hospital
    "illness": (
        r"\b(?:in|into|from|out of|at the) (?:the )?hospital\b(?! (?:job|shift|shifts|work|canteen|shop))|"
        r"\bhospitali[sz](?:ed|ation)\b|\b(?:chemo\w*|cancer|seriously ill|terminally ill|intensive care)\b",
        # a stroke or a heart attack someone had, not a brush stroke, "a stroke of luck" nor the one "I nearly had" at
        # the price (« j'ai failli faire une crise cardiaque »)
        r"\b(?<!nearly )(?<!almost )(?:had|has had|have had|suffered|after|since|recovering from) (?:a |an |her |his |"
        r"my |their )?(?:stroke(?! of\b)|heart attack|cardiac arrest)\b|\b(?:avc|(?<!faire une )crise cardiaque|"
        r"infarctus)\b",
        # a recent operation ("I've just had surgery", « après son opération »), not one years ago (« depuis mon
        # opération de la hanche »)
        r"\b(?:just had|recently had|had an?|recovering from|after (?:my|his|her|an?)|since (?:my|his|her)) "
        r"(?:surgery|operation)\b|\b(?:apres|suite a) (?:mon|son|sa|une) operation\b|"
        r"\b(?:je (?:me suis fait|viens de me faire|vais me faire) operer|j'ai ete operee?|vient d'etre operee?|"
        r"(?:a|ont) ete operee?s?|s'est fait operer)\b",
        r"\b(?:a l'hopital|hospitalise\w*|hospitalisation|chimio\w*|cancer|gravement malade|soins intensifs|"
        r"reanimation)\b",
        # a reaction the item gave, which a doctor named: "it's since turned into a rash. My doctor says I probably
        # react to lanolin", « mon médecin parle d'une réaction allergique », "I woke up wheezing ... My GP thinks it's
        # the down" (suffered: not "no reaction", "allergy-friendly", "eczema-prone")
        r"(?<!\bno )(?<!\bnot a )(?<!\bwithout )(?<!\bwithout a )\b(?:rash|rashes|allerg\w*|eczema|hives|reaction|"
        r"dermatitis|blisters|wheez\w*|asthma\w*|sneez\w*|puffy eyes|swollen eyes|short of breath)\b"
        r"(?![- ](?:friendly|free|prone|safe|tested|proof)\b)[^.!?]{0,80}(?:[.!?] ?[^.!?]{0,40})?"
        r"\b(?:my|the|our|her|his) (?:doctor|gp|dermatologist|allergist)\b|\b(?:my|the|our|her|his) (?:doctor|gp|"
        r"dermatologist|allergist) (?:says|said|thinks|told me|has told me|confirmed|diagnosed)\b[^.!?]{0,60}\b(?:rash|"
        r"allerg\w*|eczema|hives|react\w*|dermatitis)\b(?![- ](?:friendly|free|prone|safe|tested|proof)\b)|"
        r"\b(?:mon|le|notre) (?:medecin|dermatologue|allergologue)\b"
        r"[^.!?]{0,60}\b(?:allergi\w*|eczema|urticaire|reaction|plaques)\b|\b(?:allergi\w*|eczema|urticaire|plaques "
        r"rouges|asthme|eternue\w*|yeux gonfles|essouffle\w*)\b[^.!?]{0,60}\b(?:mon|le|notre) (?:medecin|"
        r"dermatologue|allergologue)\b",
        # an injury that stops the customer ("I broke my ankle", "on crutches", « une fracture de fatigue au pied »);
        # not a thing broken nor a fracture in the glaze
        r"(?<!almost )(?<!nearly )(?<!could have )(?<!could've )(?<!would have )(?<!would've )(?<!might have )"
        r"(?<!practically )(?<!virtually )"
        r"\b(?:broke|broken|fractured) (?:my|her|his|their) (?:leg|ankle|foot|wrist|arm|hip|knee|back|collarbone|"
        r"shoulder|elbow)\b|\bon crutches\b|\bin a (?:plaster )?cast\b(?![ -](?:iron|aluminium|aluminum|metal|resin|"
        r"bronze|steel|concrete))|\b(?:stress|hairline) fracture (?:in|of|to) "
        r"(?:my|her|his)\b|\bfracture de fatigue\b|\b(?:sous|avec des) bequilles\b|"
        r"\b(?:(?:me suis|s'est|se sont) (?:casse|fracture) (?:la|le|les|une|un|mon|ma)|fracture (?:du|de la|au|a la)) "
        r"(?:" + _BODY_PART_FR + r")\b|\b(?:ma|mon|sa|son) (?:" + _BODY_PART_FR + r") cassee?\b|"
        # a stand's « pied cassé » or a figurine's « bras cassé » is the item's
        r"\b(?:" + _BODY_PART_FR + r") (?:dans le platre|platree?)\b",
    ),
    # a couple parting: "Engagement is off", "we've split up", « nous nous sommes séparés », « mon divorce »; not a
    # stock shortage (« rupture de stock »)
    "separation": (
        r"\bengagement(?:'s| is| was| has been)? (?:off|called off|broken off|cancell?ed|over)\b|"
        r"\b(?:called|broke(?:n)?) off (?:the|our|my) (?:engagement|wedding)\b|"
        r"\bwedding(?:'s| is| was| has been) (?:off|called off|cancell?ed)\b|"
        r"\b(?:we|i)(?:'ve| have| had)? (?:just |recently )?(?:split up|broke up|broken up|separated)\b"
        r"(?! (?:the|a|an|my|our|it|them|this|these|those|that|from|into|in two|all)\b)|"
        r"\b(?:going through|in the middle of|after) (?:a|my|the|our) (?:divorce|break-?up|separation)\b|"
        r"\bgetting divorced\b|\b(?:we're|we are|we were|we) no longer (?:together|a couple|engaged|getting married)\b|"
        r"\b(?:we're|we are) not together (?:any ?more|now)\b",
        r"\bfiancailles (?:\w+ )?(?:rompues|annulees|sont terminees|c'est fini)\b|\b(?:nous nous sommes|on s'est|"
        r"je me suis|je viens de me) (?:separee?s?|separer)\b(?! (?:de|des|du|d')\b)|"
        r"\b(?:mon|notre) divorce\b|\ben instance de divorce\b|\b(?:nous ne sommes|on n'est|on est) plus ensemble\b|"
        r"\b(?:mariage|fiancailles) (?:est |a ete )?annulee?s?\b|\bapres (?:notre|ma|une) rupture\b(?! de stock)",
    ),
}


def _told_long_ago(folded: str, reading: re.Match[str]) -> bool:
    """Whether the clause of `reading` says it was long ago (`_LONG_AGO`), or its sentence opens with such a time
    ("Ten years ago, I had an operation")."""
    sentence = SENTENCE_END.split(words_before(folded, reading.start()))[-1].lstrip()
    return bool(_LONG_AGO.search(clause_around(folded, reading)) or _LONG_AGO.match(sentence))


def _told_next(folded: str, reading: re.Match[str]) -> str:
    """What the text says from `reading` to the end of the next sentence, at most `WORDS_BEFORE_CHARS` characters on."""
    after = folded[reading.start() : reading.end() + WORDS_BEFORE_CHARS]
    ends = itertools.islice(SENTENCE_END.finditer(after, reading.end() - reading.start()), 2)
    second = next(itertools.islice(ends, 1, None), None)
    return after[: second.end()] if second else after


def _going_through(folded: str, kind: str, reading: re.Match[str]) -> bool:
    """Whether the hard time of `reading` is one the customer is going through: not long past (`_LONG_AGO`) unless
    they say it still weighs on them (`_STILL_HARD`), and not an illness they say they have recovered from
    (`_RECOVERED`), in its sentence or the next."""
    told_next = _told_next(folded, reading)
    recovered = (match for match in _RECOVERED.finditer(told_next) if not denied(told_next, match, NEGATION))
    if kind == "illness" and next(recovered, None):
        return False
    return not _told_long_ago(folded, reading) or bool(_STILL_HARD.search(told_next))


def hardship(folded: str) -> str | None:
    """The first hard time the text tells of (`HARDSHIP_KINDS` order) that the customer is going through."""
    for kind, patterns in _HARDSHIP.items():
        readings = (
            match for pattern in patterns_that_may_match(patterns, folded) for match in regex(pattern).finditer(folded)
        )
        if any(_going_through(folded, kind, match) for match in readings):
            return kind
    return None


# A happy event the customer tells beside the return: a baby born ("The baby came early", "we've had our little girl",
# « Notre bébé est né », « j'ai accouché »), the customer's own wedding ("We got married last month", "for our
# wedding", « nous nous sommes mariés », « pour notre mariage ») or engagement ("We just got engaged", « nous nous
# sommes fiancés »). Not a baby's things ("the baby monitor arrived", "had the baby shower"), a baby size ("newborn
# size"), a wedding's things ("my wedding ring", "my wedding dress"), an anniversary, someone else's wedding, a marriage
# named as a relationship (« mon mariage bat de l'aile »), nor an event to come ("before the baby comes").
_BABY_THINGS = (
    r"(?![ -](?:monitor|monitors|bath|bottles?|carrier|seat|gates?|sling|clothes|blankets?|toys?|shower|wipes|food|"
    r"bag|swing|walker|bouncer|gym|books?|shoes|sleeping|cot|crib|pram|stroller|buggy|sitter|sitting|size|sizes|"
    r"weight|steps|teeth|bump)\b)"
)
_WEDDING_AS_EVENT_EN = (
    r"(?= *(?:$|[.!?,;:)]|(?:is|was|'s|went|will|next|last|this|on|in|at|day|took|has|had|party|reception|ceremony|"
    r"weekend|abroad|coming|and|but|so|which|that)\b))"
)
# ... (« mon mariage » said bare may be the marriage or a thing of a wedding long past, « celle de mon mariage »: only
# the day told, « mon mariage a eu lieu samedi », « notre mariage est dans deux semaines »)
_MARIAGE_AS_EVENT = (
    r"(?= (?:a eu lieu|aura lieu|a lieu|approche|etait (?:samedi|hier|le|la|ce|en)|est (?:dans|le|ce|samedi|demain|"
    r"prevu|la semaine|en))\b)"
)
_ORDINAL_FR = r"(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|nouvel|nouveau|nouvelle) "
# A baby on the way, the customer's or their partner's ("I'm pregnant", "we're expecting our first", "my wife is six
# months pregnant", « je suis enceinte », « nous attendons un bébé »): not a look ("makes me look pregnant", « on dirait
# que je suis enceinte »), a question ("asked if I'm pregnant"), nor a time past ("when I was pregnant": the tense)
_NOT_AS_IF = r"(?<!\blike )(?<!\bif )(?<!\bwhether )(?<!\bthough )(?<!\bthat )(?<!\bque )(?<!\bsi )(?<!\bcomme )"
# A home of the customer's own, new ("We've just moved into our first house", "for our new flat", « nous venons
# d'emménager dans notre nouvel appartement », « notre nouvelle maison »): not a move told without one ("moved house
# and the parcel went to my old address"), someone else's ("my mum's new flat"), nor one forced or sought ("had to move
# to a smaller flat", "looking for a new home", « chercher un nouvel appartement »)
_HOME = r"(?:home|house|flat|apartment|place|bungalow|cottage)"
_HOME_FR = r"(?:maison|appartement|appart|logement|chez-nous|chez-moi|studio)"
_CELEBRATIONS: dict[str, tuple[str, ...]] = {
    "birth": (
        r"\b(?:the|our|my) (?:new |little )?baby" + _BABY_THINGS + r" (?:has |had )?(?:came|come|arrived|was born|is "
        r"here|is born|turned up|decided to (?:come|arrive)|made (?:an|her|his) (?:early )?(?:appearance|entrance))\b|"
        r"(?:^|[.!?] )baby (?:came|arrived|is here|was born)\b",
        r"\b(?:my|our|her|his) (?:new |first |second |third |fourth |little )?(?:baby|child|son|daughter|twins|"
        r"grandson|granddaughter|grandchild|grandbaby|niece|nephew|little (?:boy|girl|one)|baby (?:boy|girl)) "
        r"(?:was|were|has been|have been|had been) born\b",
        r"\b(?:i|we|i've|we've|i have|we have)(?: just| recently| finally)? (?:had|welcomed) (?:the|our|a|my) "
        r"(?:(?:new |first |second |third )?baby|little one|(?:baby )?(?:boy|girl)|twins)\b" + _BABY_THINGS,
        r"\b(?:i|we|she|my wife|my partner)(?: just| recently)? gave birth\b|"
        r"\b(?:i|we)(?:'ve| have)? (?:just |recently )?become (?:a )?(?:mum|mom|mother|dad|father|parents|"
        r"grandparents|grandma|grandpa|granny|nan)\b(?!-in-law)",
        r"\b(?:le|notre|mon) (?:petit )?bebe (?:est (?:arrivee?|nee?|la)|vient de naitre|"
        r"a pointe le bout de son nez)\b",
        r"\b(?:notre|mon|ma|nos|mes) (?:" + _ORDINAL_FR + r")?(?:fils|fille|filles|petit-fils|petite-fille|"
        r"petits-enfants|bebe|enfant|neveu|niece|jumeaux|jumelles) (?:est|sont|vient de|viennent de) (?:nee?s?|"
        r"naitre)\b",
        # ... or welcomed ("We've just welcomed our second child", « nous venons d'accueillir notre troisième enfant »)
        r"\b(?:i|we|i've|we've|i have|we have)(?: just| recently| finally)? (?:had|welcomed) (?:our|a|my) "
        r"(?:new |first |second |third |fourth )?(?:child|son|daughter)\b|"
        r"\b(?:accueillir|accueilli) (?:notre|mon|ma|un|une|nos|mes) (?:" + _ORDINAL_FR + r")?(?:petite? )?"
        r"(?:enfant|bebe|fils|fille|garcon|jumeaux|jumelles)\b",
        r"\bj'ai accouche\b|(?<!depuis )(?<!depuis la )\b(?:la )?naissance de (?:notre|mon|ma|nos|mes) "
        r"(?:fils|fille|bebe|enfant|jumeaux|"
        r"jumelles|petit-fils|petite-fille)\b|\b(?:nous avons|on a|j'ai) eu (?:un|une|notre) (?:" + _ORDINAL_FR + r")?"
        r"(?:bebe|petit garcon|petite fille|fils|fille|enfant)\b|\bje suis (?:devenue?|maintenant) (?:maman|papa|"
        r"mamie|papi|grand-mere|grand-pere)\b|\bnous sommes devenus (?:parents|grands-parents)\b",
    ),
    "wedding": (
        r"\b(?:we|i)(?:'ve| have)? (?:just |recently |finally )?got married\b|\b(?:we're|we are|i'm|i am) (?:getting "
        r"married|(?:just|newly) married)\b|\bnewlyweds?\b|\b(?:my|our) (?:own )?wedding(?: day)?\b"
        + _WEDDING_AS_EVENT_EN,
        r"\b(?:nous nous sommes|on s'est|je me suis) (?:mariee?s?)\b|\b(?:nous nous marions|on se marie|je me marie)\b|"
        r"\b(?:pour|avant|apres) (?:mon|notre) (?:propre )?mariage\b|\b(?:mon|notre) mariage\b" + _MARIAGE_AS_EVENT,
    ),
    "engagement": (
        r"\b(?:we|i)(?:'ve| have)? (?:just |recently |finally )?got engaged\b|\b(?:we're|we are|i'm|i am) (?:now |"
        r"newly |just )?engaged\b(?! (?:in|with|to (?:a|the)))",
        r"\b(?:nous nous sommes|on s'est|je me suis) fiancee?s?\b|\bnos fiancailles\b",
    ),
    "pregnancy": (
        _NOT_AS_IF + r"\b(?:i'm|i am|we're|we are|she's|she is|(?:my|our) (?:wife|partner|daughter|girlfriend) is)"
        r"(?: now| currently| finally)?(?: (?:\w+|\d+) (?:weeks?|months?))? pregnant\b|"
        # ("expecting" said bare only where its sentence or clause ends: "I'm expecting this to be refunded", "We are
        # expecting next week's delivery" expect something else)
        r"\b(?:i'm|i am|we're|we are)(?: now| finally)? expecting(?: (?:a baby|(?:our|my) (?:(?:first|second|third|"
        r"fourth)(?: baby| child)?|baby|child)|twins|a (?:boy|girl|little one))(?= *(?:$|[.!?,;:)]|(?:and|but|so|in|"
        r"this|next|due)\b))|(?= *(?:$|[.!?,;:)]|(?:and|but)\b)))|"
        r"\b(?:our|my) (?:baby|little one|first|second|third) is due\b",
        _NOT_AS_IF + r"\b(?:je suis|(?:ma|notre) (?:femme|compagne|fille|epouse) est|elle est)(?: enfin)? enceinte\b|"
        r"\b(?:nous attendons|on attend|j'attends) (?:un|une|notre|mon|des) (?:" + _ORDINAL_FR + r")?"
        r"(?:bebe|enfant|heureux evenement|petit garcon|petite fille|jumeaux|jumelles)\b",
    ),
    "new_home": (
        r"\b(?:i|we|i've|we've|i have|we have)(?: just| recently| finally)? (?:moved|moving) in(?:to| to)? (?:our|my|"
        r"a) (?:new|first|brand new|own) " + _HOME + r"\b|\b(?:i've|we've|i have|we have|we|i)(?: just| recently| "
        r"finally)? (?:bought|got the keys to) (?:our|my|a) (?:first |new |own )?(?:home|house|flat|apartment)\b|"
        # (said bare, a new one, not the place a parcel went: "sent to my old address instead of my new flat")
        r"(?<!\bfind )(?<!\bfinding )(?<!\bto )(?<!\bat )(?<!\bof )(?<!\bfrom )\b(?:our|my) new " + _HOME + r"\b|"
        r"\b(?:our|my) housewarming\b|\b(?:i|we|i've|we've|i have|we have) just moved in\b(?! with\b)",
        r"\b(?:emmenage|emmenager|emmenagee?s?) (?:dans|a) (?:notre|mon|ma|un|une|nos) (?:nouvel|nouvelle|nouveau|"
        r"premier|premiere|propre) "
        + _HOME_FR
        + r"\b|(?<!\bcherchons )(?<!\bcherche )(?<!\bchercher )(?<!\btrouver )(?<!\brecherche )(?<!\ba )(?<!\bde )"
        r"(?<!\bdans )\b(?:notre|mon|ma) (?:nouvel|nouvelle|nouveau) "
        + _HOME_FR
        + r"\b|\b(?:nous venons|je viens|on vient) d'emmenager\b|"
        r"\b(?:nous avons|on a|j'ai) (?:enfin )?achete (?:notre|ma|mon|une|un) (?:premiere |premier |nouvelle |"
        r"nouvel |nouveau )?(?:maison|appartement|appart)\b|\b(?:notre|ma) cremaillere\b",
    ),
}
# ... nor an event put off or called off ("our wedding was postponed", « notre mariage est reporté »)
_PUT_OFF = re.compile(r"\b(?:postponed|put off|called off|cancell?ed|off|delayed|reporte\w*|annule\w*|decale\w*)\b")
# ... nor a wedding told beside its anniversary, which was long ago ("for our anniversary", « pour nos dix ans de
# mariage », « notre anniversaire de mariage »)
_ANNIVERSARY = re.compile(
    r"\b(?:anniversary|anniversaire de (?:mariage|\w+ ans)|notre anniversaire|ans de mariage|noces)\b"
)


# ... nor a new home forced by a loss or a separation, or one not had ("We lost our home in a fire and our new flat is
# tiny", « après la séparation j'ai emménagé dans mon nouvel appartement », "Our new house sale fell through")
_HOME_NOT_HAPPY = re.compile(
    r"\b(?:lost (?:our|my|the) (?:home|house|flat|apartment)|fire|flood\w*|evict\w*|repossess\w*|divorce\w*|"
    r"separat\w*|split up|broke up|break-?up|fell through|falls? through|collapsed|"
    r"(?:on my own|by myself|alone)(?= *(?:$|[.!?,;]))|perdu (?:notre|ma|mon) (?:maison|appartement|logement)|"
    r"incendie|inondation|expuls\w*|rupture|(?:toute )?seule?(?= *(?:$|[.!?,;]))|tombee? a l'eau|capote)\b"
)
# ... and a home is new only in its first year: one bought or moved into a year ago is settled in ("We bought a house
# last year and are furnishing it bit by bit", « Nous avons acheté une maison l'an dernier »)
_A_YEAR_AGO = re.compile(
    r"\b(?:last year|a year ago|l'an dernier|l'an passe|l'annee (?:derniere|passee)|il y a un an)\b"
)


def celebration(folded: str) -> str | None:
    """The first happy event the text tells (`_CELEBRATIONS` order: a birth, a wedding, an engagement, a baby on the
    way, a new home) that is the customer's, recent (not long past: `_LONG_AGO`; a home not a year ago: `_A_YEAR_AGO`),
    not denied in its clause nor put off (`_PUT_OFF`)."""
    for kind, patterns in _CELEBRATIONS.items():
        if kind == "wedding" and _ANNIVERSARY.search(folded):
            continue
        for pattern in patterns_that_may_match(patterns, folded):
            for match in regex(pattern).finditer(folded):
                start, end = sentence_bounds(folded, match.start(), match.end())
                long_ago = _told_long_ago(folded, match) or _LONG_AGO.search(folded, start, end)
                long_ago = long_ago or (
                    kind == "new_home"
                    and bool(_A_YEAR_AGO.search(folded, start, end) or _HOME_NOT_HAPPY.search(folded))
                )
                put_off = _PUT_OFF.search(clause_around(folded, match))
                if not (long_ago or put_off or denied(folded, match, NEGATION)):
                    return kind
    return None
