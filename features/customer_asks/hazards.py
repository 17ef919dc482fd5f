"""Hazards: electrical, heat, sharp, danger and skin, and the heating, cable and power signs behind them."""

from __future__ import annotations

import re

from features.customer_asks.clauses import kinds_found
from features.customer_asks.kinds import HAZARD_KINDS
from features.injury import FR_SOMEONE_CUT, device_cut_out_blanked
from features.text import regex, words_before

# Smoke from the item ("smoke came out of the back", "it started smoking"): not smoke as a tint or a finish ("the
# description says 'smoke glass'", "smoke grey", "smoke-effect acrylic"), nor a smoke alarm, a smoke-free home or a
# smoking jacket.
SMOKE = (
    r"(?<!non-)(?<!non )smoke(?![ -](?:glass|grey|gray|tint\w*|tone|finish|lens(?:es)?|effect|colou?r|oak|quartz|"
    r"acrylic|perspex|alarms?|detectors?|free)\b)|(?<!non-)(?<!non )smoking(?! (?:area|room|home|household|jacket)\b)|"
    # ... and the item that smokes in French (« la bouilloire fume dès qu'on l'allume », « ça s'est mis à fumer »): the
    # verb closing its clause or before when; not a person who smokes (« je fume », « mon mari fume », « personne ne
    # fume »), nor a candle, which smokes by nature, nor smoke told normal (« fume un peu à la première utilisation,
    # c'est normal »; not « ce n'est pas normal », « est-ce normal ? », « dès la première utilisation »), nor smoked as
    # a tint or a food (« verre fumé », « gris fumé », « la vitre est fumée », « saumon fumé »)
    r"(?<!\bje )(?<!\btu )(?<!\bon )(?<!\bne )(?<!\best )(?<!\bsont )(?<!\betait )(?<!\betaient )(?<!\bverre )"
    r"(?<!\bverres )(?<!\bvitre )(?<!\bvitres )(?<!\bgris )(?<!\bnoir )(?<!\bsaumon )(?<!\bjambon )(?<!\beffet )"
    r"(?<!\bbois )(?<!\bbougie )(?<!\bbougies )(?<!\bmeche )(?<!\bmari )(?<!\bfemme )(?<!\bconjoint )"
    r"(?<!\bconjointe )(?<!\bcompagnon )(?<!\bcompagne )(?<!\bcopain )(?<!\bcopine )(?<!\bpartenaire )(?<!\bpere )"
    r"(?<!\bmere )(?<!\bfils )(?<!\bfille )(?<!\bfrere )(?<!\bsoeur )(?<!\bami )(?<!\bamie )(?<!\bvoisin )"
    r"(?<!\bvoisine )(?<!\bcolocataire )(?<!\bcoloc )(?<!\bpersonne )"
    r"fum(?:e|ent|ait|aient)(?= *(?:$|[.!?;,]|des (?:que|qu')|quand|lorsqu|au bout|a chaque|apres|beaucoup|de partout|"
    r"par |sous |derriere|un peu|aussi|depuis|des (?:la|le|les|sa|son|l'|ma|mon)\b))"
    r"(?![^.!?]{0,60}?(?:(?<!\bpas )(?<!\bplus )(?<!\bpas tres )(?<!\bpas du tout )(?<!\best-ce )"
    r"\bnormale?\b(?! *\?)|"
    r"\b(?:a la|lors de la|pour la|aux|lors des) premieres? (?:utilisations?|usages?|fois)\b))|"
    r"\b(?:se met|se mettent|s'est mise?|se sont mise?s|a commence|commence|commencent|ont commence) a fumer"
)
# Food an appliance cooks, which it may burn: burnt food is a fault at most, never a burn to anyone.
FOOD = (
    # not the « grille-pain » nor « la machine à pain » itself, nor an English pain ("a burning pain in my hand")
    r"(?<![\w-])(?<!\ba )(?:toast|toasts|bread|crumpets?|bagels?|waffles?|pancakes?|food|dinner|rice|pizza|sauce|"
    r"milk|coffee|cake|chips|(?:(?<=le )|(?<=du )|(?<=de )|(?<=un )|(?<=mon )|(?<=son )|(?<=ce ))pain|tartines?|"
    r"brioche|gaufres?|crepes?|riz|lait|gateau|repas|nourriture|plat)"
)
# ... not the appliance named after it ("the coffee machine burnt my hand", "bread maker", "waffle iron", "food
# processor", « la machine à pain »)
_NOT_AN_APPLIANCE = (
    r"(?! (?:machines?|makers?|cookers?|frothers?|ovens?|grinders?|warmers?|steamers?|jugs?|pots?|bins?|boxe?s?|"
    r"knife|knives|tins?|trays?|boards?|pans?|irons?|processors?|mixers?|blenders?|fryers?|dehydrators?|presses?|"
    r"a \w+)\b)"
)
# An appliance that does not switch itself off ("the toaster doesn't pop up, it just keeps going until the toast burns",
# « le grille-pain ne s'arrête pas, le pain finit carbonisé »): told with a burn, a heat hazard even where what burns
# is food, unlike burnt food on a setting ("burns the waffles on the lowest setting").
# Not what else does not stop ("doesn't stop leaking", "never stops beeping"), a lid that does not pop up, nor "going"
# on to something else ("kept going back to the shop", "kept going rusty").
_KEEPS_HEATING = regex(
    r"(?<!\blid )(?<!\blids )(?<!\bbutton )(?<!\bhandle )"
    r"\b(?:does ?n[o']?t|doesnt|won't|wont|will not|didn't|did not|never) (?:pop up|(?:switch|turn|shut) (?:itself )?"
    r"off|cut out|stop(?: heating| boiling| toasting|(?! \w+ing\b)))\b|"
    r"\b(?:just |still )?(?:keeps|kept) (?:going(?= *(?:[.,;:!?]|$)| (?:until|till|and|even|non-stop|forever|for)\b)|"
    r"heating|boiling|toasting|cooking|getting hotter)\b|\bnever stops(?: heating| boiling| toasting|(?! \w+ing\b))\b|"
    r"\b(?:ne|n') ?(?:s'arrete|s'eteint|s'eteignent|remonte|coupe|se coupe) (?:pas|plus|jamais)\b|"
    r"\bcontinue (?:de|a) (?:chauffer|griller|bouillir)\b"
)
# ... with a burn told, or of an appliance made to heat ("the kettle doesn't switch off"; not "the fan won't turn off")
_BURN_OR_HEATER = re.compile(
    r"\b(?:burn\w*|brul\w*|carbonis\w*|smok\w*|fumee?|kettles?|toasters?|irons?|heaters?|ovens?|grills?|hobs?|"
    r"hotplates?|straighteners?|curlers?|curling (?:iron|wand)s?|fryers?|bouilloires?|grille-pain|fers? a repasser|"
    r"radiateurs?|fours?|plaques?|friteuses?|lisseurs?|chauffages?)\b"
)
# What goes on the skin, which burns it by what it is made of, not by heat: "the serum made my face burn", « cette
# crème m'a brûlé le visage ». Not with anything that heats ("the straighteners burnt my neck", "hot wax", "the heated
# eye mask"), a heat hazard.
_ON_THE_SKIN = re.compile(
    r"\b(?:serums?|creams?|lotions?|moisturi[sz]ers?|cleansers?|toners?|(?:face |sheet |clay )?masks?|peels?|"
    r"sunscreens?|sun ?creams?|shampoos?|conditioners?|(?:hair )?dyes?|deodorants?|antiperspirants?|soaps?|"
    r"shower gels?|(?:face |body |hair )?oils?|balms?|scrubs?|exfoliants?|exfoliators?|retinol|acids?|"
    r"foundations?|make-?up|mascaras?|eyeliners?|lipsticks?|nail polish|perfumes?|fragrances?|cosmetics?|creme|"
    r"serum|lotion|masque|nettoyant|tonique|shampooing|apres-shampooing|coloration|teinture|deodorant|savon|"
    r"gel douche|huile|baume|gommage|exfoliant|ecran solaire|fond de teint|maquillage|mascara|rouge a levres|"
    r"vernis|parfum|cosmetiques?|soin)\b"
)
_HEATS = re.compile(
    r"\b(?:hot|heat\w*|warm\w*|melt\w*|smok\w*|fire|flames?|sparks?|plugs?|chargers?|batter(?:y|ies)|straighteners?|"
    r"curlers?|curling|irons?|dryers?|wax|steam\w*|chaud\w*|chauff\w*|fondu\w*|fumee|feu|etincelles?|prise|chargeur|"
    r"batterie|lisseur|boucleur|fer|seche-cheveux|cire|vapeur)\b"
)
# Food named with the burn word, in either order ("The toast burnt", "My toast is always burnt", "the toast comes out
# burnt", "it burns the toast", « il brûle le pain », « le pain ressort brûlé »): not a burn to anyone, so blanked
# before hazards are read; the words between stay in one clause ("the toast was fine but the toaster burnt my hand").
# Not food that burnt someone ("the hot milk burnt my daughter's arm", « le plat m'a brûlé les doigts ») nor food
# "burning hot": a burn to someone, or one waiting to happen.
_FOOD_BURNT = re.compile(
    r"\b" + FOOD + r"\b" + _NOT_AN_APPLIANCE + r"(?: (?!(?:and|but|so|or|then|et|mais|donc|ou|puis|m'a|m'ont|t'a|"
    r"lui|nous|vous)\b)[\w']+){0,4}? (?:burn\w*|brule\w*)\b(?! hot\b| (?:me|him|her|us|them|you|my|his|their|our|"
    r"your)\b)|"
    r"\b(?:burn\w*|brule\w*)(?: (?:even|always|still|every|my|the|our|your|all|toujours|meme|tout|le|la|les|mon|ma|"
    r"mes|du|des)){0,2} " + FOOD + r"\b"
)
# A burn told with how long the item was used: a candle burned as meant ("burned it for an evening").
_BURNED_FOR = r"(?!(?: it| them)? for (?:an?|about|around|just|only|one|two|three|four|five|a few|several|\d+)\b)"
# What has a glass that cracks without making a sharp pane: a watch, a screen (a tablet's, a laptop's, a TV's), a lens,
# spectacles.
_NOT_A_PANE = (
    r"\b(?:(?:smart)?watch(?:es)?|screens?|phones?|tablets?|ipads?|laptops?|tvs?|televisions?|monitors?|lens(?:es)?|"
    r"sunglasses|(?:reading|prescription) glasses|spectacles|camera|montres?|ecrans?|telephones?|portables?|tablettes?|"
    r"ordinateurs?|televiseurs?|lunettes|objectifs?)\b"
)
# A pane said not to be cracked ("No cracked glass, but ...", « le verre n'est pas fêlé »).
_PANE_DENIED = r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\baucune )(?<!\baucun )(?<!\bsans )"
_HAZARDS: dict[str, tuple[str, ...]] = {
    "electrical": (
        r"\b(?:sparks?|sparked|sparking|electric shock|shocked me|short[- ]circuit\w*)\b",
        # "Wiring fault in the fitting", « câblage défectueux »
        r"\b(?:(?:wiring|electrical) (?:fault|defect|problem|issue)s?|faulty (?:wiring|electrics)|bad wiring|"
        r"defaut (?:de |du )?(?:cablage|electrique)|cablage (?:defectueux|mal fait)|probleme electrique)\b",
        # the house's safety switch cut by the item: "trips the electrics in the whole kitchen", "keeps tripping the
        # fuse", « fait disjoncter le tableau »; not "tripped over the cable"
        r"\b(?:trips?|tripped|tripping) (?:out )?(?:the |our |my |all the |every )?(?:fuses?|electrics|electricity|"
        r"(?:circuit )?breakers?|rcd|trip switch|power|mains|circuits?|sockets?)\b",
        r"\b(?:etincelles?|decharge electrique|court-circuit|(?:fait|font|faisait) (?:sauter (?:les plombs|le "
        r"disjoncteur|le compteur)|disjoncter)|disjonct(?:e|ent|ait|aient))\b",
    ),
    "heat": (
        # not a candle's burning time: "burns for 10 hours", "'Burn time 60 hours'", « elle brûle 10h au lieu des 40h »
        # not a colour: "burnt orange"
        # not a part that failed: "the motor burnt out" (a defect)
        # nor food burnt (`_FOOD_BURNT`, blanked before hazards are read)
        # nor a candle's use: "burned it for an evening", "after burning it for a few evenings", "60 hour burn"; nor
        # its burn praised: "burns clean", "burns evenly", "burns really well"
        r"\b(?:(?<!hour )(?<!hours )burn(?![ -]time\b)|burns(?! for| (?:really |very |so |quite )?(?:clean|cleanly|"
        r"evenly|well|nicely|beautifully|steadily|slowly|down evenly)\b)|"
        r"burnt(?! out\b| (?:orange|sienna|umber|sugar|caramel|red|copper|amber|toffee)\b)" + _BURNED_FOR + "|"
        r"burned(?! out\b)" + _BURNED_FOR + r"|scalded|"
        r"burning(?![ -]time\b)" + _BURNED_FOR + r"|" + SMOKE + r"|overheat\w*|melted|melting|scorch\w*|"
        r"caught fire|on fire|dangerously hot|too hot to (?:touch|hold|handle))\b",
        # heat or flame told in other words, beside a candle's burn praised ("burns slowly but the glass jar got so hot
        # it cracked", "burns evenly at first, then the wick flared up and blackened the wall")
        r"\b(?:jar|glass|holder|tin|container|plug|charger|handle|base|lid|casing|wick) (?:got|gets|getting|became|"
        r"becomes|went) (?:so |too |really |very |dangerously |extremely )hot\b|"
        r"\b(?:flared|flares|flaring) up\b|\bblacken(?:ed|s|ing)? the (?:wall|ceiling|jar|glass|shelf)\b",
        # "the charger ... gets so hot I can't touch the plug"
        r"\b(?:so|too|that) hot (?:that )?(?:i|you|we|she|he) (?:can't|cannot|couldn't|could not|can barely|could "
        r"barely) (?:touch|hold|handle|pick)\b",
        # a part that should stay cool running hot, or a smell of hot plastic
        # not a smell told as normal ("smells hot, normal for a new one", « ça sent le chaud, c'est normal au début »)
        # nor one of damage done by heat ("smells of heat damage, like it was left in the sun")
        r"(?:\bsmells? (?:hot|of heat(?! damage))\b|\bsen(?:t|tent) (?:le chaud|le chauffe)\b|\bodeur de (?:chaud|"
        r"chauffe)\b)(?![^.!?;]{0,40}?(?<!not )(?<!n't )(?<!pas )\b(?:normal|normale|expected|to be expected)\b)|"
        r"\bsmells? (?:of|like) (?:hot|melting|molten|burning|burnt|burned) plastic\b|\b(?:hot|melting|burning|burnt) "
        r"plastic smell\b|"
        r"\b(?:plug|cable|lead|controller|charger|battery|adapter|socket|wire|wiring) (?:gets|got|getting|is|was|"
        r"goes|went) (?:very |really |extremely |scarily |so )hot\b|"
        # not hot enough to do its job ("hot enough to warm the room")
        r"\b(?:gets?|got|getting|goes|went|is|was|becomes?|became) (?:\w+ )?hot enough to\b"
        r"(?! (?:warm|heat|boil|cook|toast|dry|keep|make|brew|fry|bake|iron|do)\b)",
        r"\b(?:brule(?! (?:\d|pendant|environ|seulement|que|durant|en \d))|brulee|brulure|brulures|fumee|surchauffe|"
        r"fondu|fondue|pris feu|prend feu|brulante?s?|"
        r"chauffe dangereusement|dangereusement chaude?s?|trop chaude? pour (?:le |la |les )?toucher)\b",
    ),
    "sharp": (
        # not a fit that "feels like it might cut me in half"
        r"\b(?:cut (?:myself|my|me|her|his)\b(?! in (?:half|two)\b)|sharp (?:edge|edges|bits|pieces)|shattered|"
        r"splinter\w*|blade (?:came|snapped|broke))\b",
        # "glass broken, the parcel was bent in half", "shards of ceramic"; a cracked watch glass is not sharp
        r"\b(?:broken glass|glass (?:shade |lid |top |door |panel |jug )?(?:is |was |were |has been |had been |came |"
        r"arrived )?(?:broken|smashed|shattered)|"
        r"shards?|glass everywhere)\b",
        # a pane that came cracked, as a frame's or an aquarium's ("Frame corner split and glass cracked", « la
        # vitre est fêlée »); not in a sentence of a watch's, a screen's or spectacles' glass (`_NOT_A_PANE`), nor a
        # hairline crack
        r"(?:^|(?<=[.!?;] ))(?:(?!" + _NOT_A_PANE + r")[^.!?;])*?"
        r"(?:(?<!hairline )\bglass (?:(?:top|door|panel|shelf|lid) )?(?:is |was |has |had |came |arrived )?"
        r"(?:been |all )?cracked\b|"
        # "The mirror has a crack down the middle", "the glass panel arrived with a big crack running through it"
        r"\b(?:glass|mirror|pane)(?: (?:top|door|panel|shelf|lid))? (?:has|had|has got|came with|arrived with) "
        r"(?:a |an )?(?:(?!hairline\b)\w+ ){0,2}?cracks?\b|"
        # « une fissure traverse tout le verre », « une fêlure sur la vitre »; not a hairline one (« fine fissure »)
        r"(?<!\bfine )(?<!\blegere )\b(?:fissures?|felures?)\b(?! (?:fines?|capillaires?)\b)[^.!?;]{0,50}?"
        r"\b(?:dans|sur|traversen?t?|a travers|en travers d[eu]?|le long d[eu]?) (?:tout |toute )?(?:le |la |l')?"
        r"(?:verre|vitre|miroir|glace)\b|"
        r"(?<!hairline )"
        + _PANE_DENIED
        + r"\bcracked glass\b(?! (?:effect|finish|look|pattern|design|style|glaze)\b)|"
        + _PANE_DENIED
        + r"\b(?:vitres?|verres?)\b(?: (?!"
        + _NOT_A_PANE
        + r"|n'|ne\b|pas\b|plus\b|jamais\b)[\w']+){0,4}? "
        r"(?:fendue?s?|felee?s?|fissuree?s?)\b)"
        r"(?![^.!?;]*" + _NOT_A_PANE + r")",
        # a mirror or a pane that came cracked or in pieces (« le miroir est arrivé fendu », « en mille miettes », "a
        # crack running diagonally across the bottom corner of the glass"); not a hairline crack, nor a watch's or a
        # screen's glass
        r"\b(?:mirrors?|miroirs?)\b(?: [\w']+){0,3}? (?:cracked|broken|smashed|fendue?s?|fissuree?s?|cassee?s?|"
        r"brisee?s?|in pieces|en (?:mille )?(?:miettes|morceaux))\b|\b(?:cracked|broken|smashed) mirrors?\b|"
        r"(?<!hairline )\bcracks? [^.!?]{0,50}?\b(?:of|in|across|"
        r"on|through) (?:the|my|this) (?!(?:watch|screen|phone|lens)\b)(?:\w+ )?(?:mirror|glass|pane|glass (?:top|door|"
        r"panel|shelf))\b",
        # "two of the glasses were in pieces", « deux verres étaient en morceaux », « l'abat-jour en verre était en
        # morceaux »
        r"\bglass(?:es)? (?:were |was |are |is |came |arrived )?(?:in pieces|in bits|smashed|shattered)\b|"
        r"\b(?:verres?|en verre) (?:\w+ ){0,2}?(?:en morceaux|en miettes|brises?|eclates?)\b",
        # not « coupe » alone: « la coupe » is a garment's cut; nor a device that switched off (`FR_SOMEONE_CUT`)
        r"\b(?:coupure|" + FR_SOMEONE_CUT + r"|bord coupant|eclats? de verre|tranchant|"
        r"lame (?:cassee|s'est)|verre (?:est |etait )?(?:casse|brise)|bris de verre|morceaux de verre)\b",
    ),
    # unsafe without saying how: the customer is told to stop using it
    "danger": (
        r"\b(?:dangerous|unsafe|not safe|hazardous|(?:safety|fire|choking) hazard|(?:don't|do not|didn't|wouldn't|"
        r"would not|never) feel safe)\b"
        # safe with the shop, not on the item: "I don't feel safe ordering from you again", « avec vos livraisons »
        r"(?! (?:ordering|buying|shopping|paying|giving|entering|sharing|dealing|with you|with your|on your|"
        r"from you)\b)|"
        r"\bne me sens (?:pas|plus) en securite\b(?! (?:avec|chez|sur) (?:vous|vos|votre)\b)|"
        r"\b(?:starts?|started|causes?|could cause|could start) (?:a )?fires?\b",
        r"\b(?:dangereux|dangereuse|dangereuses|risque d'(?:incendie|electrocution|etouffement))\b",
    ),
}
# A worn power cable is an electrical hazard, in any words: "the cable has started to fray where it joins the base",
# « le câble s'est effiloché au niveau de la prise », "I can see the wires inside". Only with something that says it
# carries power (a plug, a charger, a lamp, the item's category), as a skipping rope's or a dog lead's does not.
_CABLE = r"\b(?:cable|cord|flex|lead|wires?|wiring|cordon|fil|rallonge)\b"
_WORN = r"(?:fray\w*|s'effiloch\w*|effiloch\w*|se denude|denude\w*)\b"
WORN_CABLE = re.compile(
    _CABLE + r"(?: [\w']+){0,4}? " + _WORN + r"|\b(?:see|showing|exposed|bare) (?:the |all the )?(?:wires|copper)\b|"
    r"\bfils? (?:a nu|apparents?)\b"
)
# ... or a word standing for a cable named before it: « Pourriez-vous m'envoyer un nouveau câble ? Le mien est
# effiloché près de la prise », "I need a new charger cable, mine is fraying"; the word opens its clause, as the
# cable's stand-in does, not "the case that came with it is fraying", "the pouch it came in is frayed"
_CABLE_NAMED = re.compile(_CABLE)
_WORN_STAND_IN = re.compile(
    r"(?:[.,;:!?] ?|\b(?:and|but|now|so|as|because|since|et|mais|car|donc|puis) )"
    r"(?:mine|it|the old one|my old one|my current one|le mien|la mienne|l'ancien|l'ancienne|il|elle)(?:'s)?\b"
    r"(?: [\w']+){0,3}? " + _WORN
)
# ... and it takes up the last thing named before it: « Mais l'abat-jour, il s'effiloche », "the shade, it's fraying"
# name the shade, whatever cable was named earlier; a thing named after "of", "on", « de » belongs to the name before it
# ("the cable on the lamp, it's fraying", « le câble de la lampe ... Il s'effiloche »).
_THING_NAMED = re.compile(
    r"(?<!\bof )(?<!\bon )(?<!\bin )(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bfrom )(?<!\bnear )(?<!\bde )(?<!\bsur )"
    r"(?<!\bpour )(?<!\bavec )(?<!\bdans )(?<!\ba )\b(?:(?:the|my|this|that|your|le|la|les|mon|ma|ce|cette|votre) |"
    r"l')([\w-]+)"
)
# Each word only where it means power: a charge is a fee too ("free of charge", "you charged me twice", « la prise en
# charge du retour »), « une prise » a taking, "electric blue" a colour, and "phone me", « par téléphone » a call.
CARRIES_POWER = re.compile(
    r"\b(?:plugs?|plugged|sockets?|mains|electri\w*(?! blue)|volt\w*|usb|lamps?|lampes?|appliances?|appareils?|"
    r"rallonges?|extension (?:leads?|cables?|cords?)|"
    r"prise(?! (?:jack|en charge|de (?:vue|tete|sang|poids|rendez-vous|contact|mesures?|commande|position))\b)|"
    r"charg(?:er|ers|ing|eur|eurs)|recharg\w*|(?:won't|wont|doesn't|didn't|don't|not|never|no longer|will not|"
    r"does not|full|low|on) charge|(?:hold|holds|holding|keep|keeps) (?:a |its |any )?charge|charges? (?:port|cable|"
    r"lead|socket|up|slowly|fully|it|them|my|the)|(?:se )?(?:re)?charge (?:pas|plus|mal)|"
    r"(?:est|sont|mis|mise|mettre|met|laisse) en charge|"
    r"(?<!by )(?<!on the )phones?(?! (?:me|us|you|him|her|them|back|number|call|calls)\b)|(?<!par )telephones?)\b"
)
# A smell of plastic is a part running hot only on an item that carries power ("The heater smells of plastic when it's
# on"); a PU bag that "smells of plastic" is what it is made of.
PLASTIC_SMELL = re.compile(
    r"\bsmells? (?:of|like) plastic\b|\bplastic(?:ky)? smell\b|\b(?:odeur de|sent le) plastique\b"
)
POWERED_CATEGORIES = frozenset({"lighting", "small_appliances"})
# An electric blanket (or a heated throw or mattress pad) that heats in part or not at all has a fault in the element
# the customer sleeps on: "Only one side heats", « elle ne chauffe que d'un côté ». Unsafe to keep using, like a
# wiring fault; only where the text names one (the shop's bedding is not electric: a duvet that "does not heat" or a
# topper with "hot spots" is no hazard).
HEATED_BEDDING = re.compile(
    r"\b(?:electric|heated) (?:blankets?|throws?|under-?blankets?|mattress (?:pads?|covers?|toppers?))\b|"
    r"\b(?:couvertures?|plaids?|surmatelas|sur-matelas) (?:chauffante?s?|electriques?)\b|\bchauffe-lits?\b"
)
HEATING_FAULT = re.compile(
    r"\b(?:only )?(?:one|1) (?:side|half|zone|part) (?:heats|warms|gets warm)\b|"
    r"\bonly (?:heats|warms)(?: up)? (?:on )?(?:one|1) (?:side|half)\b|"
    r"\b(?:left|right|other|one) (?:side|half|zone) (?:stays?|stayed|remains?|is|was) (?:stone )?cold\b|"
    r"\b(?:does ?n[o']?t|won't|will not|didn't|did not|never) heat(?: up)?\b(?! (?:enough|as much)\b)|"
    r"\bno heat\b|\bhot ?spots?\b|\bheats? unevenly\b|\buneven (?:heat|heating)\b|"
    r"\bheating (?:fault|defect|problem|issue|element)s?\b|"
    r"\bne chauffen?t? (?:que|qu'|pas|plus|jamais)\b(?! assez\b)|"
    r"\b(?:cote|moitie|zone|partie) (?:reste|restent|est|etait) froide?s?\b|\bpoints? chauds?\b|"
    r"\bchauffen?t? (?:mal|inegalement|par endroits)\b|"
    r"\bdefaut de (?:chauffe|chauffage)\b"
)


def worn_stand_in(folded: str) -> bool:
    """Whether a word standing for a cable named before it is worn (`_WORN_STAND_IN`): the cable is the last thing
    named in the words before the stand-in (`_THING_NAMED`), or, where they name nothing, named earlier."""
    cable = _CABLE_NAMED.search(folded)
    if cable is None:
        return False
    for stand_in in _WORN_STAND_IN.finditer(folded, cable.end()):
        before = words_before(folded, stand_in.start())
        cables = [match.start() for match in _CABLE_NAMED.finditer(before)]
        things = [
            match.start() for match in _THING_NAMED.finditer(before) if not _CABLE_NAMED.fullmatch(match.group(1))
        ]
        if (cables and (not things or things[-1] < cables[-1])) or not (cables or things):
            return True
    return False


# What does not stop is what the words just before it do, when they say something else than heating: « La bouilloire
# fuit, ça ne s'arrête pas », "it leaks and never stops", "the alarm beeps, it doesn't stop".
_STOPS_NOT = re.compile(r"(?:\bstops?|s'arreten?t? (?:pas|plus|jamais)|\bgoing)$")
_GOES_ON_OTHERWISE = re.compile(
    r"\b(?:fuit|fuient|fuite|goutte|gouttent|coule|coulent|bipe|bipent|sonne|sonnent|clignote|clignotent|vibre|"
    r"vibrent|leaks?|leaking|drips?|dripping|beeps?|beeping|whistles?|whistling|buzz(?:es|ing)?|flash(?:es|ing)|"
    r"rattles?|rattling|squeaks?|squeaking)\b,?(?: (?:and|et|mais|but))?(?: (?:ca|cela|it|that|this|il|elle))? $"
)


def _keeps_heating(folded: str) -> bool:
    """Whether the text tells of an appliance that does not switch itself off (`_KEEPS_HEATING`), not of something
    else that does not stop (`_GOES_ON_OTHERWISE`)."""
    return any(
        not (_STOPS_NOT.search(match.group()) and _GOES_ON_OTHERWISE.search(words_before(folded, match.start())))
        for match in _KEEPS_HEATING.finditer(folded)
    )


# A candle said to smoke, its words between (« La bougie parfumée fume beaucoup. »): it smokes by nature, neither a
# hazard nor a fault (blanked before both are read)
CANDLE_SMOKES = re.compile(r"\b(?:bougies?|meches?)\b[^.!?]{0,40}?\bfum(?:e|ent|ait|aient)\b")


def hazards_found(folded: str) -> tuple[str, ...]:
    """The hazards the text tells of (`_HAZARDS`), food burnt aside (`_FOOD_BURNT`); an appliance that does not switch
    itself off (`_keeps_heating`, `_BURN_OR_HEATER`) is a heat hazard, and a burn told of what goes on the skin with
    nothing that heats (`_ON_THE_SKIN`, `_HEATS`) a skin reaction."""
    told = CANDLE_SMOKES.sub(" ; ", folded)
    hazards = kinds_found(_HAZARDS, device_cut_out_blanked(_FOOD_BURNT.sub(" ; ", told)), negatable=True)
    if "heat" not in hazards and _BURN_OR_HEATER.search(folded) and _keeps_heating(folded):
        hazards = tuple(kind for kind in HAZARD_KINDS if kind in {*hazards, "heat"})
    if "heat" in hazards and _ON_THE_SKIN.search(folded) and not _HEATS.search(folded):
        hazards = tuple(kind for kind in HAZARD_KINDS if kind in {*hazards, "skin"} - {"heat"})
    return hazards
