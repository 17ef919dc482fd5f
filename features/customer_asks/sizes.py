"""Sizes: the size wanted, ordered, usual or rejected, how a size is written, and the sizes a text only counts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from features.customer_asks.clauses import clause_around
from features.customer_asks.kinds import LETTER_SIZES
from features.pattern_words import may_match, patterns_that_may_match
from features.schemas import PRODUCT_CATEGORIES
from features.text import regex, sentence_bounds, words_before

# The months in French, as a date names them (« le 25 février », « commandé en mars »): no size.
MONTHS_FR = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
# What a number is when a unit follows it: a time, a count, a price or a weight, never a size (« un échange pour 10
# jours », "Need 10 days to send it back", "maybe 10 pairs", « pour 20 euros de plus »), or a day of a month
# (« J'ai commandé le 25 février », "ordered the 25 January"; not "may" nor "march", which follow a size in English:
# "a 12 may fit", nor « mai » but before a stop, a year, « dernier » or « et » (« le 12 mai et reçu le 20 »), as SMS
# French writes « mais » so: « Je fais du 38 mai c'est trop petit »). Years and months as spans are left out, as
# children's clothes are sized by them ("a 10 years"), and centimetres, as a rug or an appliance is
# (« un lave-vaisselle 45 cm »); so is a pair in the singular ("a size 9 pair", "a 40 pair instead"), « h » of « h/f »
# (« un 38 h/f ») and the SMS « j » of « j ai ».
_UNIT_AFTER_NUMBER = (
    r" ?(?:days?|weeks?|hours?|hrs?|minutes?|mins?|secs?|seconds?|times|pairs|items?|pieces?|pcs|units?|packs?|"
    r"euros?|eur|pounds?|quid|gbp|dollars?|percent|%|kg|km|jours?|semaines?|heures?|h|mn|fois|paires|articles?|"
    r"exemplaires?|copies?|unites?|pourcent|mois|months?|j(?! (?:ai|avais|aurais|attends|attendais|etais|suis|en|y|"
    r"ne)\b)|"
    r"(?!mai\b)" + MONTHS_FR + r"|mai(?= ?(?:$|[.,;!?]|\d{4}|(?:dernier|et)\b))|january|february|april|june|july|"
    r"august|september|october|november|december|"
    # a month shortened ("the 10 nov", « le 14 janv. »)
    r"jan|janv|feb|fev|fevr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec)"
    r"(?![\w'/-])"
    # ... or written in figures after a slash (« le 10/11 », "on 3/11/2026"), but not a dual size ("a 10/12", "8/10")
    r"|(?!(?<=\b10)/12\b|(?<=\b8)/10\b|(?<=\b6)/8\b|(?<=\b4)/6\b)/(?:0?[1-9]|1[0-2])(?!\d)"
)
# A size as customers write it, in the folded text. Letter sizes are matched lower-case here, so they
# only count after a word that announces a size (`WANTED`, `REJECTED`); numbers are 2 digits (EU 34-48,
# shoes 35-47, waists 24-40) with an optional half, or a waist `w32`; none before a unit (`_UNIT_AFTER_NUMBER`).
SIZE = (
    # a baby's age in months, as babies' clothes are sized ("6-9 months", "0-3m", « 6 à 9 mois », « le 12 mois »,
    # "the 12 months"): a range anywhere; one number in French where no duration is said (« depuis 6 mois », « il y a
    # 3 mois », « au bout de 2 mois »), in English only named as a size ("a 12 months", "size 18 months"; not "in 6
    # months", "the 6 months since")
    r"(?:(?:\d{1,2} ?(?:-|/|to|a) ?\d{1,2} ?(?:months?|mths?|mois|m)|(?<!\bdepuis )(?<!\bil y a )(?<!\bpendant )"
    r"(?<!\bbout de )(?<!\bdans )(?<!\bapres )(?<!\bsous )(?<!\bde )(?<!\bd'ici )(?<!\bchaque )(?<!\btous les )"
    r"\d{1,2} mois|(?:(?<=\ba )|(?<=\bthe )|(?<=\bsize ))\d{1,2} ?(?:months?|mths?)(?! (?:old|ago|later|back|since|"
    r"before|of|on|in|for|warranty|guarantee|now|i|we|you)\b))(?![\w'-])|"
    # a child's age, as children's clothes are sized ("age 11-12", "age 7", "12-13 years", « le 10 ans »); a bare
    # "2 years" is a duration in English, so there only an age range, "age N" or one named as a size ("I need a 10
    # years", "the 10 years please"; not "a 10 year old", "the 2 years since") is a size
    r"(?:(?:age|ages|aged) \d{1,2}(?: ?(?:-|to|/) ?\d{1,2})?(?: ?(?:years?|yrs))?|\d{1,2} ?(?:-|/) ?\d{1,2} ?"
    r"(?:years|yrs|y|ans)|\d{1,2} ans|(?:(?<=\ba )|(?<=\bthe ))\d{1,2} ?(?:years|yrs)(?! (?:old|ago|later|back|since|"
    r"before|of|on|in|for|warranty|guarantee|now|i|we|you)\b))(?![\w'-])|"
    # a bare range asked for, closing the ask or weighed against another way: "Would you swap it for 4-5 please?",
    # "exchange it for a 9-10 with the same logo", "I'd rather swap for the 4-5 than keep rolling the sleeves up",
    # « échange contre le 4-5 svp », « la 10-11 plutôt »
    r"(?:(?<=for )|(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<=\ble )|(?<=\bla )|(?<=\bun )|(?<=\bune )|(?<=\ben ))"
    r"\d{1,2}-\d{1,2}(?= *(?:$|[.,;!?]|please|instead|thanks|than|rather|svp|merci|plutot|au lieu|a la place|with|"
    r"or|if)(?![\w'-]))|"
    # a waist or a leg length in words ("a 30 waist", « une longueur 28 »), before the number alone
    r"(?:\d{2} ?(?:in(?:ch)? )?(?:waist|leg)|(?:waist|longueur|inside leg) \d{2})(?![\w'-])|"
    # a bra's band and cup ("34C", « 90B ») and a suit's chest and length ("42R", "40L") before a plain number; a rug's
    # or a duvet's width and length in cm (« le 200x290 »)
    # ... a jeans' waist and leg length together ("W30 L30", "30W 32L", and "30/30" where jeans are spoken of,
    # `waists_and_legs_as_sizes`) before the waist alone
    r"(?:w ?\d{2}(?: ?[/x,] ?| )l ?\d{2}|\d{2} ?w(?: ?[/x,] ?| )\d{2} ?l|"
    r"x{1,3}s|x{1,3}l|[23]xl|2xs|s|m|l|w ?\d{2}|\d{2}(?:dd|[a-g])|\d{2}[rl]|\d{2,3} ?x ?\d{2,3}|\d{2}(?:[.,]5)?"
    # one digit (UK 8, shoe 7) only right after a word that announces a size
    r"|(?:(?<=size )|(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<=uk )|(?<=du )|(?<=\bun )|(?<=\ben ))\d(?:[.,]5)?)(?![\w'-])"
    f"(?!{_UNIT_AFTER_NUMBER})"
    # "a small" is a size only where no noun follows ("a small refund" is not); "the medium I normally wear" is one,
    # and so is French's borrowed « un large svp » (Canada's letter sizes said in English words)
    r"|(?:extra[- ]small|extra[- ]large|small|medium|large)(?=\s*(?:$|[.,;:!?)>→]|->|=>|instead|please|pls|plz|svp|stp|"
    r"s'il vous plait|size|one|rather|if|and|but|or|as|because|would|so|thanks|thank|next|this|for|in|"
    r"i (?:normally |usually |always |generally )?(?:wear|take|buy|get)\b))"
    # « Je l'échange pour un petit. », « un moyen svp »: the letter sizes said in words, closing the ask
    r"|(?<=\bun )(?:petit|moyen|grand)(?=\s*(?:$|[.!?;]|svp|s'il vous plait|plutot|a la place))"
    # a bra's cup alone ("I'm normally a C", "Need a B in this one", « il me faut un D », « Un bonnet A serait plus
    # juste »), closing the ask or before what closes it or says it would fit; not a letter naming something else ("a C
    # battery", "a B-grade finish", "Plan B")
    # ... and in French with its word after the article (« il me faudrait un bonnet B », « en bonnet C svp »)
    r"|(?:(?<=\ba )|(?<=\ban )|(?<=\bun )|(?<=\bbonnet )|(?<=\bcup )|(?:(?<=\bun )|(?<=\ble )|(?<=\bdu )|(?<=\ben ))"
    r"bonnet )(?:dd|[a-g])(?![\w'-])(?=\s*(?:$|[.,;:!?)]|(?:cup|"
    r"in|instead|please|rather|not|or|dans|svp|plutot|pas|ou|a la place|would|serait|irait|conviendrait)(?![\w'-])))"
    # a ring's letter alone (UK ring sizes: "Need an N please", "could I swap it for a P?"), closing the ask or before
    # what closes it, read only where a ring is spoken of (`ring_letters_need_a_ring`)
    r"|(?:(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<=\bsize ))[h-kn-rt-wyz](?![\w'-])(?=\s*(?:$|[.,;:!?)]|(?:instead|"
    r"please|rather|not|or|in)(?![\w'-]))))"
)
_WORDS_TO_LETTERS = {"extra small": "XS", "extra-small": "XS", "extra large": "XL", "extra-large": "XL",
                     "small": "S", "medium": "M", "large": "L", "petit": "S", "moyen": "M", "grand": "L"}  # fmt: skip
ARTICLE = r"(?:(?:a|an|the|size|a size|the size|un|une|le|la|du|en|taille|en taille|la taille|une taille|uk|eu|fr) )?"
# A search the customer says they will make themselves ("Return please, I'll look for a small size", "I'm going to look
# for a 12 in store"): no size asked of the shop, whose exchange would take the place of the refund they asked for;
# unless a refund follows as what they want if the search fails ("I'll look for a size 8 but if not I'll need a
# refund"): then the size is what they ask of the shop first
FALLBACK_AFTER = (
    r"(?=[^.!?]{0,60}\b(?:if not|if you don't|if you do not|otherwise|or else|failing that|sinon|a defaut)(?![\w'-]))"
)
# ... an adverb between ("I'll just look for", "I'll probably have a look for"); the look-behinds stand after the
# verb, so they are tried only where it is
SEARCH_ADVERBS = ("just", "probably", "definitely", "maybe", "perhaps", "then", "also", "instead", "now")


def _own_search(verb: str) -> str:
    """`verb` ("look for") unless the customer says they will do it themselves (no refund after it as the fallback)."""
    behind = "".join(
        f"(?<!{will} {adverb}{have}{verb})"
        for will in ("'ll", " will", "going to", "gonna")
        for adverb in ("", *(f"{adverb} " for adverb in SEARCH_ADVERBS))
        for have in ("", "have a ", "be ")
    )
    return f"{verb}(?:{behind}|{FALLBACK_AFTER})"


# The words for "instead of", in both languages (the French ones end before « de », « du », « d' »); the item nouns
# read them too.
INSTEAD_OF = r"(?:instead of|in place of|in lieu of|rather than|au lieu d|a la place d|en lieu et place d)"
# The day something came, said between the verb and the size that came (« reçu le 20 un 42 au lieu du 38 »)
_DAY_RECEIVED = r"(?:le \d{1,2}(?:er)?(?: " + MONTHS_FR + r")?|on the \d{1,2}(?:st|nd|rd|th)?|on \w+day)"
# What came in place of what was ordered, after a verb of the shop's sending: "You sent a 12 instead of the 10",
# "received an XL in place of an M", « vous m'avez envoyé un 42 au lieu du 40 ». The size that came is no size the
# customer wants, the one after is (`REJECTED`, `WANTED`). Not "I got a 10 instead of my usual 12" (the customer's
# choice) unless the second is the one ordered ("I got a 12 instead of the 10 I ordered"); « le 14 » after « livré »
# is a day, so French reads a size only after « un », « une », « du », « en » or « taille ».
# "Could I be sent a 12 instead?", "can I get sent", « être livrée en 42 »: a size asked to be sent, not one that came.
_SENT_A_SIZE = (
    r"\b(?<!\bbe )(?<!\bget )(?<!\betre )(?:sent|shipped|received|delivered|envoyee?s?|expediee?s?|recue?s?|"
    r"livree?s?)(?: me| us)? (?:" + _DAY_RECEIVED + r" )?(?:(?:a|an|the) )?"
    r"(?:(?:size|un|une|du|en|taille|une taille) )?"
)
_GOT_A_SIZE = r"\b(?:got|had) (?:a |an |the |size )?"
_IN_PLACE_OF_SIZE = " " + INSTEAD_OF + r"(?:e |u |es |'| )(?:(?:a|an|the|my|size|un|une|le|la|taille|la taille) )?"
_THE_ONE_ORDERED = (
    r" (?:(?:that |which )?(?:i|we) (?:ordered|asked for|paid for|chose)|(?:que j'ai |que j'avais )?commandee?)\b"
)
# The size ordered said first ("Instead of a size 10 I received a 12", « au lieu du M, j'ai reçu un L ») or after
# ("Reçu un L alors que j'avais commandé un M", "sent a 12 but I ordered a 10").
_ORDERED_FIRST = r"\b" + INSTEAD_OF + r"(?:e |u |es |'| )(?:(?:a|an|the|my|un|une|le|la) )?(?:(?:size|taille) )?"
_RECEIVED_AFTER = (
    r",? (?:(?:i|we) (?:received|got|was sent|were sent)|(?:j'ai|on m'a|vous m'avez) (?:recu|envoye|livre))"
)
_BUT_ORDERED = (
    r",? (?:alors que|but|when|whereas|although|mais) (?:i|we|j'ai|j'avais|nous avions|nous avons) (?:had )?(?:ordered|"
    r"commandee?s?) (?:(?:a|an|the|un|une|le|la|du|en) )?(?:(?:size|taille) )?"
)
# ... or said after a comma, a full stop or nothing, as messages in a hurry do ("You sent a 40R, I ordered 40L", « reçu
# taille 38 commandé 40 »); not where what follows makes it another order ("I ordered a 10 last year", "I ordered a 12
# as well", « commandé un 40 aussi », "in the black ones")
_ORDERED_AFTER_STOP = (
    r"[,;:.]? (?:(?:i|we|j'ai|j'avais|nous avions|nous avons) (?:had )?)?(?:ordered|commandee?s?) (?:(?:a|an|the|un|"
    r"une|le|la|du|en) )?(?:(?:size|taille) )?"
)
_NOT_ANOTHER_ORDER = (
    r"(?![^.!?]{0,40}?\b(?:last (?:year|time|month|week|season|winter|summer)|before|previously|as well|too|also|in "
    r"(?:the |a )?(?:other|another|different)|in the \w+ ones?|l'an dernier|l'annee derniere|la derniere fois|aussi|"
    r"egalement|avant|une autre fois)\b)"
)
_ARTICLE_AND_SIZE_WORD = r" (?:(?:a|an|the|un|une|le|la|du|en) )?(?:(?:size|taille) )?"
# The size the item's label gives, said before it: "the label says S", "the tag inside reads 10", "labelled M",
# « l'étiquette indique 36 », « sur l'étiquette c'est marqué 36 ». Beside another size ordered it is the size that came:
# a wrong size sent, not a fit.
# ... or the paper packed with it or its box, which name what was sent: "The packing slip says L but I ordered M", « le
# bon de livraison indique L », "The box says 38 but I ordered 36"
_LABEL_SAYS = (
    r"(?:\b(?:(?:size )?(?:labels?|tags?)|l'etiquette(?: de taille)?|(?:packing|delivery|dispatch) (?:slip|note)|"
    r"(?:shoe ?)?box|(?:la )?boite(?: a chaussures)?|(?:le )?carton|"
    r"(?:le )?bon de livraison|(?:le )?bordereau(?: de livraison)?)(?: (?:inside|in it|in them|on it|on them|sewn in|"
    r"at the back|in the back|in the neck|a l'interieur|interieure|cousue|dedans|(?:du|de la|des) [\w-]+))?"
    r"(?: (?:both|clearly|actually|even|also|still|bien|pourtant|meme))? (?:says?|said|reads?|shows?|showed|states?|"
    r"stated|is|was|are|were|indique|indiquait|dit|disait|affiche|porte|marque|mentionne|est|etait)(?: (?:as|bien|"
    r"clairement))?|\b(?:labell?ed|tagged|etiquetee?s?)(?: as| comme| en)?|"
    r"\bsur (?:l'etiquette|la boite|le carton|l'emballage|la facture|le bon de livraison|le bordereau)(?: [\w-]+)?,? "
    r"(?:c'est |il est |il y a )?(?:marque|ecrit|indique|note)?)"
    r" (?:(?:a|an|size|a size|un|une|du|le|la|en|taille|la taille|pointure) )?"
)
# The size ordered, said in the clause or sentence after the label's: "... but I ordered an M", « ... alors que j'ai
# commandé un 38 », ". I ordered a 12", "I definitely picked S"
_LABEL_BUT_ORDERED = (
    r"(?:[.;:] |,? )(?:(?:but|whereas|although|yet|when|even though|mais|alors que|pourtant|or) )?(?:i|we|j'ai|"
    r"j'avais|nous avions|nous avons) (?:had |clearly |definitely |bien )?(?:ordered|bought|chose|picked|"
    r"commandee?s?|achetee?s?|pris|choisie?s?) (?:(?:a|an|the|un|une|le|la|du|en) )?(?:(?:size|taille) )?"
)
# The size ordered, then the label's: "I ordered a 12 but the tag says 10", « J'ai commandé un 38 mais l'étiquette dit
# 36 ».
_ORDERED_BEFORE_LABEL = (
    r"(?:(?:\b(?:i|we) (?:had )?|(?:^|[.!?;] ))(?:ordered|chose|picked)|\b(?:j'ai|j'avais|nous avons|nous avions) "
    r"(?:commandee?s?|pris|choisie?s?)) (?:(?:a|an|the|size|a size|un|une|le|la|du|en|taille|en taille) )?"
)
_LABEL_AFTER_ORDERED = (
    r"\b[^.!?]{0,20}?(?:[.;:] |,? )(?:(?:but|whereas|yet|and yet|however|mais|alors que|pourtant|or|et pourtant) )?"
    r"(?:the |its |sur )?" + _LABEL_SAYS
)
# ... or the size got, told in the clause after the size ordered: "I ordered an M, I got an M", « J'ai commandé un M
# et reçu un M »: the size the item came in, as its label's is; not another order's ("I ordered a 10 last year, I got
# a 12 this time")
_GOT_AFTER_ORDERED = (
    r"\b(?:(?!\b(?:last|before|previously|l'an dernier|l'annee derniere|la derniere fois|avant)\b)[^.!?]){0,20}?"
    r"(?:; |,? )(?:(?:but|and|yet|mais|et|pourtant) )?(?:(?:(?:i|we) )?(?:got|received|was "
    r"sent|were sent)|(?:you|they)(?:'ve| have)? sent(?: me| us)?|(?:j'ai |nous avons )?(?:recue?s?|eue?s?)|"
    r"(?:vous m'avez|on m'a) (?:envoye|livre)e?s?)(?: (?:exactly|indeed|actually|bien|exactement))? (?:(?:a|an|the|"
    r"size|a size|un|une|le|la|du|en|taille|en taille) )?"
)
# Two groups each: the label's size and the size ordered, in the order the text says them.
_LABEL_AND_ORDER: tuple[tuple[str, bool], ...] = (
    (_LABEL_SAYS + "(" + SIZE + ")" + _LABEL_BUT_ORDERED + "(" + SIZE + ")", True),
    (_ORDERED_BEFORE_LABEL + "(" + SIZE + ")" + _LABEL_AFTER_ORDERED + "(" + SIZE + ")", False),
)
# ... and the size got after the size ordered, read only where they agree (another size got is the shop's mistake the
# fault patterns read, and no size the customer rejects)
_ORDER_AND_GOT: tuple[tuple[str, bool], ...] = (
    (
        _ORDERED_BEFORE_LABEL + "(" + SIZE + ")" + _GOT_AFTER_ORDERED + "(" + SIZE + r")(?![^.!?]{0,30}\b(?:this "
        r"time|cette fois)\b)",
        False,
    ),
)


# one group each: the size that came (`REJECTED`), the size ordered (`WANTED`)
CAME_INSTEAD: tuple[str, ...] = (
    _SENT_A_SIZE + "(" + SIZE + ")" + _IN_PLACE_OF_SIZE + "(?:" + SIZE + ")",
    _GOT_A_SIZE + "(" + SIZE + ")" + _IN_PLACE_OF_SIZE + "(?:" + SIZE + ")" + _THE_ONE_ORDERED,
    # "They sent a 10 instead, I need the 12"
    _SENT_A_SIZE + "(" + SIZE + r") instead\b",
    _ORDERED_FIRST + "(?:" + SIZE + ")" + _RECEIVED_AFTER + _ARTICLE_AND_SIZE_WORD + "(" + SIZE + ")",
    _SENT_A_SIZE + "(" + SIZE + ")" + _BUT_ORDERED + "(?:" + SIZE + ")",
    _SENT_A_SIZE + "(" + SIZE + ")" + _ORDERED_AFTER_STOP + "(?:" + SIZE + ")" + _NOT_ANOTHER_ORDER,
)
# A size in place of another said alone, as the ask: « un M au lieu du L », "A 10 instead of the 12 please"; not what
# came or was picked (a verb before it: "got a 10 instead of my usual 12")
_ASKED_IN_PLACE_START = (
    r"(?:^|[.!?;:,] )(?:(?:so|donc|alors|du coup|bref) )?(?:(?:un|une|le|la|en|a|an|the|size|taille) )?"
)
ASKED_IN_PLACE_END = r"(?= *(?:$|[.!?;,]|please|pls|plz|svp|merci|thanks)(?![\w'-]))"
# A size in one digit needs a word that announces it (`SIZE`), but a change from one size to another announces both:
# "Exchange 8 for 9 pls", "9 instead of 8 please"
_SIZE_OR_DIGIT = "(?:" + SIZE + r"|\d(?:[.,]5)?(?![\w'-]))"
_ORDERED_INSTEAD: tuple[str, ...] = (
    _SENT_A_SIZE + "(?:" + SIZE + ")" + _IN_PLACE_OF_SIZE + "(" + SIZE + ")",
    _GOT_A_SIZE + "(?:" + SIZE + ")" + _IN_PLACE_OF_SIZE + "(" + SIZE + ")" + _THE_ONE_ORDERED,
    _ORDERED_FIRST + "(" + SIZE + ")" + _RECEIVED_AFTER + _ARTICLE_AND_SIZE_WORD + "(?:" + SIZE + ")",
    _SENT_A_SIZE + "(?:" + SIZE + ")" + _BUT_ORDERED + "(" + SIZE + ")",
    _SENT_A_SIZE + "(?:" + SIZE + ")" + _ORDERED_AFTER_STOP + "(" + SIZE + ")" + _NOT_ANOTHER_ORDER,
)


# A baby's age in months as `SIZE` reads it ("6-9 months", "0-3m", « 6 a 9 mois », « 12 mois »), written "MONTHS 6-9"
_MONTHS_SIZE = re.compile(r"(\d{1,2})(?: ?(?:-|/|to|a) ?(\d{1,2}))? ?(?:months?|mths?|mois|m)")
_AGE_SIZE = re.compile(r"(?:ages?d? )?(\d{1,2})(?: ?(?:-|to|/) ?(\d{1,2}))?(?: ?(?:years?|yrs|y|ans))?")
# A text that sizes the item by age ("Age 10 is more like 13", « taille 8 ans »): a bare number it asks for is an age
# too ("Need a 9" is age 9, not a size 9); « depuis 10 ans » is a duration, not a size.
_SIZED_BY_AGE = re.compile(r"\b(?:age|ages|aged) \d{1,2}\b|\b(?:en|le|du|taille|un|une) \d{1,2} ans\b")
# ... but not where the age is the child's ("too small for my son, aged 7. Need a 13"), nor for shoes, which are never
# sized by age (a 13 is a child's shoe size): the product category says so, else a footwear word in the clause the age
# sizes ("age 8 boots"), not one elsewhere ("the age 10 top ..., she wears it over her boots")
_CHILD_AGED = re.compile(
    r"\b(?:son|daughter|boy|girl|kid|child|toddler|baby|grandson|granddaughter|nephew|niece|he|she|he's|she's|he is|"
    r"she is|who is|who's|fils|fille|garcon|neveu|niece|il a|elle a|qui a),? $"
)
_FOOTWEAR = re.compile(
    r"\b(?:shoes?|trainers?|sneakers?|boots?|sandals?|slippers?|wellies|wellingtons?|plimsolls?|chaussures?|"
    r"baskets?|bottes?|bottines?|sandales?|chaussons?|pantoufles?)\b"
)
_FOOTWEAR_CATEGORY = "shoes"
# A number in one digit said bare ("Swap 2 for 3 please", "2 instead of 1 please") is a count unless the item is sized:
# by its product category when the caller knows it, else by the words (a size or fit word, a shoe).
_SIZED_CATEGORIES = frozenset(category.code for category in PRODUCT_CATEGORIES if category.sized)
_SIZED_IN_WORDS = re.compile(
    r"\b(?:sizes?|sized|sizing|taille|tailles|pointures?|uk|eu|fit|fits|fitting|too (?:small|big|large|tight|loose)|"
    r"trop (?:petite?s?|grande?s?|serree?s?|large?s?)|tight|loose|snug)\b"
)
_DIGIT = re.compile(r"(?<![\w'.,-])\d(?:[.,]5)?(?![\w'-])")
OLDEST_AGE_SIZE = 16


# A jeans' waist and leg length written together ("w30 l30", "30w/32l"), as `normalise_size` reads them: "W30 L30".
WAIST_AND_LEG = re.compile(r"w ?(\d{2})(?: ?[/x,] ?| )l ?(\d{2})|(\d{2}) ?w(?: ?[/x,] ?| )(\d{2}) ?l")


def normalise_size(raw: str) -> str | None:
    """A size as the catalogue writes it ("W32", "XS", "40", "40.5", a child's "AGE 11-12"); None for what is
    not a size."""
    value = raw.strip().lower()
    months = _MONTHS_SIZE.fullmatch(value)
    if months:
        return "MONTHS " + "-".join(group for group in months.groups() if group)
    age = _AGE_SIZE.fullmatch(value)
    if age and re.search(r"[a-z]", value):
        return f"AGE {age.group(1)}" + (f"-{age.group(2)}" if age.group(2) else "")
    if age and age.group(2) and int(age.group(2)) == int(age.group(1)) + 1 <= OLDEST_AGE_SIZE + 1:
        # two years running ("4-5") are a child's age, as children's clothes are sized
        return f"AGE {age.group(1)}-{age.group(2)}"
    if value in _WORDS_TO_LETTERS:
        return _WORDS_TO_LETTERS[value]
    if re.fullmatch(r"x{1,3}[sl]", value):
        count = value.count("x")
        letter = value[-1].upper()
        return ("X" * count + letter) if count < 3 else f"3X{letter}"
    if re.fullmatch(r"2x[sl]", value):
        # two X written as a figure ("2XL", "2XS")
        return "XX" + value[-1].upper()
    if value.upper() in LETTER_SIZES:
        return value.upper()
    waist_and_leg = WAIST_AND_LEG.fullmatch(value)
    if waist_and_leg:
        waist, leg = (group for group in waist_and_leg.groups() if group)
        return f"W{waist} L{leg}"
    match = re.fullmatch(r"w ?(\d{2})|(\d{2}) ?(?:in(?:ch)? )?waist|waist (\d{2})", value)
    if match:
        return f"W{next(group for group in match.groups() if group)}"
    match = re.fullmatch(r"(\d{2}) ?(?:in(?:ch)? )?leg|(?:longueur|inside leg) (\d{2})", value)
    if match:
        return f"L{next(group for group in match.groups() if group)}"
    if re.fullmatch(r"\d{2}[rl]", value):
        return value.upper()
    match = re.fullmatch(r"(\d{2,3}) ?x ?(\d{2,3})", value)
    if match:
        return f"{match.group(1)}x{match.group(2)}"
    value = value.removeprefix("bonnet ")
    if re.fullmatch(r"(?:\d{2})?(?:dd|[a-g])|[h-kn-rt-wyz]", value):
        return value.upper()
    match = re.fullmatch(r"(\d{1,2})(?:[.,](5))?", value)
    if match and 2 <= int(match.group(1)) <= 60:
        return match.group(1) + (f".{match.group(2)}" if match.group(2) else "")
    return None


# A wait said for a size not in stock yet ("I'll wait", "happy to wait", « j'attendrai », « je peux attendre »): not the
# refund waited for instead ("I will wait for my refund", « j'attends le remboursement »), nor a wait refused ("I'll
# wait no longer")
_WAIT_SAID = (
    r"\b(?:(?:i'll|i will|i can|i'm happy to|happy to|i don't mind|i'd rather|i would rather|i'd prefer to|"
    r"i prefer to) (?:just )?wait(?:ing)?|j'attendrai|j'attends|(?:je prefere|je prefererais|je veux bien|je peux) "
    r"(?:bien )?attendre)\b"
    r"(?! (?:for|on|le|mon|un|the|my|a) (?:(?:the|my|a|le|mon|un) )?(?:refund|money|remboursement|argent)\b)"
    r"(?! (?:no|any|much) longer\b| plus\b)"
)
_WAIT = re.compile(_WAIT_SAID)
# ... in a sentence that speaks of the size's stock (`CustomerAsks.size_awaited`: "If the 34 isn't in stock, I'll
# wait", "happy to wait for the restock"); not a reply waited for ("I'll wait for your reply", « J'attends votre
# retour »)
_STOCK_SAID = re.compile(
    r"\b(?:in stock|out of stock|sold out|unavailable|available|restock\w*|back in|en stock|dispo\w*|disponibles?|"
    r"rupture|epuisee?s?|reassort)\b"
)


def size_awaited(folded: str) -> bool:
    """Whether a wait is said (`_WAIT_SAID`) in a sentence that speaks of the stock (`_STOCK_SAID`)."""
    return any(
        _STOCK_SAID.search(folded[slice(*sentence_bounds(folded, wait.start(), wait.end(), ".!?"))])
        for wait in _WAIT.finditer(folded)
    )


# Colour words, which name one of several items ordered or asked for ("the blue in a 12", « la noire »).
COLOURS = (
    r"(?:black|white|blue|navy|red|green|grey|gray|pink|beige|brown|cream|yellow|orange|purple|khaki|olive|burgundy|"
    r"silver|gold|noire?|blanche|blanc|bleue?|rouge|verte?|grise?|rose|marron|jaune|violette?|kaki|doree?|argentee?)"
)
# A change from one size to another, around the size had: "exchange size 8 for size 9", « passer du 38 au 40 »
_CHANGED_FROM = (
    r"\b(?:exchange|exchanging|swap|swapping|switch|switching|change|changing|echanger|echange|changer|passer|"
    r"remplacer)(?: it| them| this| these| (?:the|my|this|these|le|la|les|mon|ma|mes) \w+)?"
    # « échange souhaité : du 85C au 90C »
    r"(?: (?:souhaite|desire)e? ?:?)?(?: from| de)? " + ARTICLE
)
_CHANGED_TO = r" (?:to|for|into|contre|pour|par|au|a|en|vers|->|=>|\u2192) " + ARTICLE
# Phrases that introduce the size a customer wants. Each has one group: the size.
# The size ordered, told against another that came: what the customer wants is the item they ordered.
THE_SIZE_ORDERED: tuple[str, ...] = (
    *_ORDERED_INSTEAD,
    # « ... mais ma commande était en L », "but my order was an L"
    r"\b(?:alors que|mais|pourtant|but|whereas) (?:ma commande (?:etait|est)|my order (?:was|is)|i (?:had )?ordered) "
    r"(?:en |un |une |le |la |du |a |an |the |size |taille |for (?:a |an |the )?(?:size )?)?(" + SIZE + r")\b",
)
WANTED: tuple[str, ...] = (
    *THE_SIZE_ORDERED,
    _ASKED_IN_PLACE_START + "(" + _SIZE_OR_DIGIT + ")" + _IN_PLACE_OF_SIZE + _SIZE_OR_DIGIT + ASKED_IN_PLACE_END,
    rf"\b(?:need|needs|needed|want|wanted|would like|'d like|prefer|consider|'d take|would take|'ll take|will take|"
    rf"maybe|perhaps|"
    rf"peut-etre|exchange(?: it| them| this| these| (?:the|my|this|these) \w+)? for|"
    rf"swap(?: it| them| this| these| (?:the|my|this|these) \w+)? for|"
    rf"replace(?: it| them)? with|send(?: me)?|try|go for|going for|go with|going with|back for|"
    rf"returning(?: it| them| these)? for|{_own_search('look for')}|{_own_search('looking for')}|"
    rf"(?:go|going|move|moving) (?:up|down) to|"
    rf"exchanging(?: it| them)? for|change(?: it| them)? (?:for|to)|changing(?: it| them)? for|"
    rf"(?:swap|switch|swapping|switching)(?: it| them)? to|"
    rf"swapping(?: it| them)? for|get) "
    rf"{ARTICLE}({SIZE})\b(?! (?:was|is|were|are|pinch|dig|felt))",
    # a change from the size had to the one wanted: "exchange size 8 for size 9", "change from M to L", « passer du 38
    # au 40 », « échanger la taille 38 contre la taille 40 », "size 42 -> 44"; a size in one digit after the first is
    # announced by it. Not a change made ("I sized up from a 6 to a 7", « je suis passée du 38 au 40 »)
    _CHANGED_FROM + f"(?:{SIZE})" + _CHANGED_TO + rf"({SIZE}|(?<= )\d(?:[.,]5)?(?![\w'-]))",
    # ... from a size in one digit, the change closing the ask: "Exchange 8 for 9 pls"; not "change 2 for 3 items"
    _CHANGED_FROM + r"\d(?:[.,]5)?" + _CHANGED_TO + "(" + _SIZE_OR_DIGIT + ")" + ASKED_IN_PLACE_END,
    rf"\b(?:size |taille |pointure )?(?:{SIZE}) ?(?:->|=>|\u2192) ?{ARTICLE}({SIZE}|\d(?:[.,]5)?(?![\w'-]))",
    rf"\b(?:could|can|may|might) (?:i|we) (?:please )?(?:have|get|try) {ARTICLE}({SIZE})",
    # « peut-être qu'un 40 serait mieux », "maybe that a 12 ..."
    rf"\b(?:maybe|perhaps|peut-etre) (?:qu'|que ){ARTICLE}({SIZE})\b",
    # "could you send another one in a 12?", « m'en envoyer un en 42 »
    # "I want the same dress again but in a 12"
    rf"\b(?:send|have|get|want|need|like|try)(?: me| us)? (?:another(?: one| pair)?|one|the same(?: \w+)?(?: again)?,?"
    rf"(?: but| only| just)?|a new one) in (?:a |an |the |size |a size )?({SIZE})\b",
    r"\bm'en (?:\w+ )?(?:un|une) en (?:taille |pointure )?(" + SIZE + r")\b",
    # a size asked if there is one: "if you have the 40, I'll take it", « Si vous avez le 40, je prends »
    rf"\b(?:if you(?: have| have got|'ve got| still have)|si vous (?:avez|l'avez|en avez|l'avez encore)) "
    rf"{ARTICLE}({SIZE})\b",
    # ... or waited for if there is none yet: "If the 34 isn't in stock, I'll wait", « Si le 34 n'est pas dispo, je
    # préfère attendre » (the exchange, not the refund, is what they want)
    rf"\b(?:if|si) {ARTICLE}({SIZE}) (?:(?:isn't|is not|isnt|'s not|n'est pas|n'est plus) (?:yet |encore )?(?:in "
    rf"stock|available|back|en stock|dispo\w*|disponible)|is (?:out of stock|sold out|unavailable)|est (?:en rupture|"
    rf"epuisee?))\b[^.!?]{{0,40}}?" + _WAIT_SAID,
    # a size asked after whether the shop has it: « Est-ce que vous avez le 42 en stock ? Si oui j'échange », "Do you
    # have the 12?", « s'il existe en longueur 34 », "does it come in a 14?", "Do you have it in a 14?", « Vous l'avez
    # en 40 ? », « Possible de l'avoir en 40 ? »; not "do you have a 10% code"
    rf"\b(?:(?:do you (?:still )?have|have you (?:still )?got|do you (?:do|make|sell))(?: (?:it|them|this|these))?"
    rf"(?: in)?|(?:does|do) (?:it|they|this|these) come in|vous (?:l'|les )?(?:avez|auriez)|avez-vous|auriez-vous|"
    rf"(?:possible|puis-je|pourrais-je|peut-on|pourrait-on|pouvez-vous|pourriez-vous) (?:de |d')?(?:l'|les |me l'|me "
    rf"les )?(?:avoir|recevoir|envoyer)|il vous reste|"
    rf"(?:s'il|s'ils|si elle|si elles) exist\w* en|existe-t-(?:il|elle) en)(?: encore| toujours| en stock)? "
    rf"{ARTICLE}({SIZE})(?= ?(?:$|[?.,;!]|en stock|in stock|available|disponibles?|dispo|left|please|svp))",
    # another colour asked in a size: "Can you swap this one for the blue in a 12?", « contre la noire en 40 »; not
    # what came (« J'ai reçu la noire en M »)
    r"\b(?:for|send|want|like|swap|exchange|need|have|envoyer|envoyez-moi|voudrais|echanger|contre|pour) (?:the|a|la|"
    r"le|un|une) " + COLOURS + r"(?: one)? (?:in|en) (?:a |an |the |size |taille )?(" + SIZE + r")\b",
    # "can you send the actual 38s": the size ordered, after a wrong one was sent
    r"\bsend(?: me| us)? (?:the |a )?(?:actual|right|correct|proper) (\d{2}(?:[.,]5)?)s?\b",
    # "Can the XS be exchanged?"
    rf"\b(?:can|could) (?:the|a|an) ({SIZE}) be (?:exchanged|swapped|sent)\b",
    rf"\bin (?:a |an |the )?(?:size )?({SIZE}) instead\b",
    # not the customer's own pick over their usual size ("I got a 10 instead of my usual 12")
    rf"\b({SIZE}) instead\b(?! of (?:my|our) (?:usual|normal|regular)\b)",
    rf"\binstead,? (?:a |an |the |size )?({SIZE})\b",
    rf"\bsize ({SIZE}) (?:please|would|should|will)\b",
    r"\b(?:besoin|envie) (?:d'une taille|d'un|d'une|du|de la) ?(" + SIZE + r")\b",
    # « Je l'échangerais volontiers contre un 95C »: the exchange wished for, as asked; the item named or not
    # (« échanger ce modèle contre la taille XS », « échanger cette robe contre un 40 »); one refused is set aside by
    # `exchange.sizes_of_no_exchange_asked`
    # ... or in the imperative (« échangez-le contre un 40 », « remplacez-la par la taille M »)
    r"\b(?:echanger(?:ais|ai)?|echange|remplacer(?:ais|ai)?|(?:echangez|remplacez)-(?:le|la|les)(?:-moi)?|"
    r"(?:me (?:le|la|les) |me l')changer)"
    r"(?: (?:la|le|les|l'article|(?:ce|cet|cette|ces|mon|ma|mes) "
    r"\w+))?(?: volontiers| bien| avec plaisir)? (?:contre|pour|par) (?:un |une |le |la |"
    r"du |une taille |la taille )?(" + SIZE + r")\b",
    # « les échanger contre la même paire en 40 »
    r"\b(?:echanger|echange|remplacer)(?: (?:la|le|les|l'article))? (?:contre|par) (?:la meme|le meme|les memes) "
    r"(?:\w+ )?en (?:taille |pointure )?(" + SIZE + r")\b",
    r"\b(?:je voudrais|j'aimerais|je souhaite|je souhaiterais|je prefererais|je veux|il me faut|il me faudrait|"
    r"on voudrait|on aimerait|nous voudrions|nous aimerions|"
    r"pourriez-vous m'envoyer|envoyez-moi) (?:le |la |un |une |du |l'article |la robe |le modele |la meme |le meme |"
    r"les memes )?(?:en |taille |en taille |pointure |en pointure )(" + SIZE + r")\b",
    # ... or asked for in so many words: « Je demande le 45 », « je vous demande un 40 »
    r"\b(?:il me faut|il me faudrait|je voudrais|j'aimerais|je veux|on voudrait|on aimerait|nous voudrions|"
    r"je (?:vous )?demande|je (?:vous )?demanderais|nous (?:vous )?demandons) (?:un|une|le|la|du) (" + SIZE + r")\b",
    # "I'm asking for the 45", "I request a 40", "requesting the L"; not a size asked for before ("I asked for a 40")
    r"\b(?:(?:i'm|i am|we're|we are) (?:now |just |only )?asking for|(?:i|we) (?:would )?request|requesting) "
    r"(?:the |a |an |size |a size )?(" + SIZE + r")\b",
    # the size the shop is told to take or send: « Je chausse du 7, prenez un 8 », « envoyez-moi le 40 »
    r"\b(?:prenez|prenez-moi|envoyez-moi|envoyez-nous|mettez-moi) (?:plutot )?(?:un|une|le|la|du|en|la taille|taille) ("
    + SIZE
    + r")\b",
    # an exchange or a sending in a size: « me l'échanger en 56 ? », « m'envoyer une vraie paire en 41 », SMS « svp
    # echange 40 », « Échange souhaité en M. »
    r"\b(?:echanger|echangez|echangez-la|echangez-le|echangez-les|changer|echange)(?: souhaitee?| desiree?)?(?: en)? "
    r"(?:taille |pointure )?(" + SIZE + r")"
    r"(?= *(?:$|[.!?;,]|svp|s'il vous plait|merci|si possible|plutot|a la place)(?![\w'-]))",
    # ... and in English SMS: "pls echange 40", "Exchange 12 please"
    r"\b(?:exchange|swap) (?:size )?(" + SIZE + r")(?= *(?:$|[.!?;,]|please|pls|plz|thanks)(?![\w'-]))",
    # ... not a time or a count the thing sent comes in (« m'envoyer une étiquette en 24 heures », « un avoir en 10
    # jours », « le remboursement en 2 fois »: `_UNIT_AFTER_NUMBER`)
    r"\b(?:m'envoyer|me renvoyer|m'expedier|nous envoyer|envoyez-moi|renvoyez-moi|recevoir) (?:un|une|le|la|les)"
    r"(?: [\w-]+){0,2} en (?:taille |pointure )?(" + SIZE + r")\b",
    # « Pouvez-vous m'envoyer une paire de 39 ? », « merci de m'envoyer le 40 à vos frais »; not a day (« le 12 mars »)
    # nor a count (« m'envoyer un 2e colis »)
    r"\b(?:m'envoyer|me renvoyer|m'expedier|nous envoyer|envoyez-moi|renvoyez-moi) (?:le |la |un |une |une paire "
    r"(?:de |en ))(" + SIZE + r")\b(?! ?(?:colis|e|eme)\b)",
    # « je vais tenter le 42 », « je reprends un 42 », « je les renvoie pour un 45 »; « je prends du 40 » is usual
    r"\b(?:je vais|je vais plutot|je vais donc|je reprends|je reprendrai|je prendrai|je prendrais|je recommande|"
    r"je recommanderai|je tente|je tenterai|je retente|je retenterai|je testerai|je sollicite|en esperant|"
    r"j'essaie|j'essaierai) (?:(?:tenter|retenter|essayer|prendre|reprendre|commander|recommander|partir sur) )?"
    r"(?:le |la |un |une |du |en |la taille |taille )(" + SIZE + r")\b",
    # « je prends le 4 ans » is the size chosen now; « je prends du 38 » the usual one
    r"\bje prends (?:le|la) (" + SIZE + r")\b(?! (?:mois|dans|partout|d'habitude|habituellement|normalement|en "
    r"general|chez|toujours|ailleurs)\b)",
    r"\b(?:renvoie|renvoyer|retourne|retourner|retour|renvoi|echange|echanger)(?: \w+){0,2} pour (?:un |une |le |la |"
    r"du |en |"
    r"une taille |la taille |taille )(" + SIZE + r")\b",
    r"\ben (" + SIZE + r") (?:a la place|plutot|svp|s'il vous plait|si possible)\b",
    # ... or at the head of its clause, « à la place » or « plutôt » closing it: « Trop serrées. Un 43 à la place
    # svp », « une 38 plutôt, merci »; not what came, a verb before it (« On m'a envoyé un 40 à la place. »), nor one
    # in place of another (« un 40 à la place du 38 »: above), nor a clause after an order or what came told before it
    # in the text (« J'ai commandé un 38, un 42 à la place ! », « Commandé du 38. Du 42 à la place, inadmissible. »:
    # what came), nor an outcry (« ... à la place ! »)
    r"^(?:(?:(?!\b(?:commande\w*|recu\w*|recue?s?|livre\w*|envoye\w*|expedie\w*|pris|prise|achete\w*|ordered|"
    r"got|received)\b)[\s\S])*?[.!?;:,] )?(?:(?:donc|alors|du coup|bref) )?"
    r"(?:(?:un|une|le|la|du|en|taille|pointure) )?(" + SIZE + r") (?:a la place|plutot)"
    r"(?= *(?:$|[.?;,]|svp|stp|s'il vous plait|merci)(?![\w'-]))",
    # ... asked with a please after any size ordered (« Commandé un 38, trop petit, un 40 à la place svp »)
    r"(?:^|[.!?;:,] )(?:(?:donc|alors|du coup|bref) )?(?:(?:un|une|le|la|du|en|taille|pointure) )?(" + SIZE + r") "
    r"(?:a la place|plutot),? (?:svp|stp|s'il vous plait|merci)\b",
    # a sentence that is the size wanted against the one had: « en L pas en M svp », "In an L not an M please."; not
    # the customer's size told (« Je suis en M, pas en L »), nor a count (« 2 slats short, 18 not 20 »): a size in
    # figures is announced by a word
    r"(?:^|[.!?;:,] )(?:(?:en|in|in a|in an|in the|size|taille|the|an|a|le|la|un|une) |(?=[a-z]))(" + SIZE + r"),? "
    r"(?:et )?(?:pas|non|not)(?: (?:en|in|in a|in an|in the|size|taille|the|an|a|le|la|un|une|du))? " + SIZE + r"(?= *"
    r"(?:$|[.!?;,]|svp|s'il vous plait|merci|please|pls|plz|thanks)(?![\w'-]))",
    # « il faut clairement du 43 pour ce modèle », SMS « faut un 40 » and « il fo du S », « je vais passer au L »
    r"\b(?:il )?(?:me |nous |lui )?(?:faut|fo|faudrait) (?:clairement |plutot |donc |vraiment |bien )?(?:un |une |"
    r"le |la |du |en |une taille |la taille |taille )(" + SIZE + r")\b",
    # ... or the size alone closing the ask, as "I need 12" is read: « bague 54 trop grande, il me faut 52 »; not a
    # count or a time (« il me faut 2 semaines »), nor a count told short just after (« Pour mon service il me faut 12,
    # il n'y en avait que 10 dans le carton », « il me faut 6, j'en ai reçu 4 »)
    r"\b(?:il )?(?:me|nous|lui) (?:faut|faudrait) (" + SIZE + r")(?= *(?:$|[.!?;,]|svp|s'il vous plait|merci|plutot|"
    r"a la place)(?![\w'-]))(?![^!?]{0,40}?\b(?:n'y en (?:avait|a)(?: eu)? que|(?:j'en ai|n'en ai|nous en avons|"
    r"n'en avons) (?:recu|eu|que)|(?:il )?en manque|que \d+|seulement \d+)\b)",
    r"\b(?:passer|passe|passerai|repasser) (?:au |a la |en |a |a une |a un )(?:taille |pointure )?(" + SIZE + r")\b",
    # not what the item is: « ils sont plutôt 26 », « il taille plutôt 38 »
    r"(?<!\bsont )(?<!\best )(?<!etait )(?<!etaient )(?<!taille )(?<!taillent )(?<!\bfont )(?<!\bfait )\bplutot (?:un |"
    r"une |le |la |du |en |en taille |une taille |taille )?(" + SIZE + r")\b",
    r"\bla taille (" + SIZE + r") (?:m'irait|me conviendrait|irait)\b",
    # the item kept gladly in another size: « je la garde volontiers en 54 », "I'd happily keep it in a 12"; not the
    # item kept as it came (« je la garde en attendant », "I'll keep it in the drawer")
    r"\bje (?:la|le|les) (?:garderais|garderai|prendrais|reprendrais|garde (?:bien |tres )?volontiers|garde avec "
    r"plaisir)(?: (?:bien |tres )?volontiers| avec plaisir)? en (?:taille |pointure )?(" + SIZE + r")\b",
    rf"\b(?:'d|would|'ll|will|happily|gladly|happy to|love to) (?:happily |gladly |still )?keep (?:it|them|this|one) "
    rf"in {ARTICLE}({SIZE})\b",
    # the size they should have ordered: "I should have gone for the L", "Wish I'd gone for the L", « j'aurais dû
    # prendre le L » (regretted, `fit.sizes_regretted`: the size needed, no exchange asked)
    rf"\b(?:should have|should've|shoulda|wish (?:i|we)(?: had|'d)|if only (?:i|we)(?: had|'d)) (?:ordered|got|gotten|"
    rf"gone for|gone with|bought|taken|chosen|picked) "
    rf"{ARTICLE}({SIZE})\b",
    r"\bj'aurais (?:du|mieux fait de) (?:prendre|commander|choisir|partir sur) (?:le |la |un |une |du |en |la taille |"
    r"taille )(" + SIZE + r")\b",
    # a sentence that says which size would be right: « Un 30 serait parfait. », "A 10 would be better.", « Un bonnet A
    # serait plus juste », "A B cup would fit better", and in the future (« Le 41 sera mieux », « le 41 ira sûrement
    # mieux », "the 9 will probably be better"); not one that was (« Le 41 était mieux ») nor one that will not be
    r"(?:^|[.!?;:,] )(?:(?:but|so|i think|je pense qu'|je pense que|du coup) )?(?:un |une |le |la |a |an |the |size )"
    r"(?:bonnet |cup |taille |pointure )?(" + SIZE + r")(?: cup)? (?:serait|sera|irait|ira|m'irait|m'ira|conviendrait|"
    r"conviendra|(?:would|should|will)(?: (?:probably|definitely|surely|certainly))? (?:be|fit|work))"
    r"(?: (?:surement|certainement|sans doute|probablement))? (?:parfaite?|mieux|ideale?|plus juste|plus "
    r"confortable|nickel|perfect|better|ideal|right|spot on|more comfortable)\b",
    # a swap written as an arrow from the size had to the one wanted ("Exchange medium > large.", "swap M -> L", «
    # échange 38 → 40 »): the second
    r"\b(?:exchange|swap|echange|echanger|change)(?: (?:from|de|du))? (?:the |a |an |le |la |du |un |une )?(?:"
    + SIZE
    + r") ?(?:>|->|→|=>) ?(?:the |a |an |le |la |du |un |une )?("
    + SIZE
    + r")(?![\w'-])",
    # a size said alone as the ask: « XL svp. », "L please"
    r"(?:^|[.!?;:,] )(?:taille |size |en |le |la |un |une |a |the )?(" + SIZE + r") (?:svp|stp|s'il vous plait|please|"
    r"pls|plz|merci)\b",
    # ... in one digit after a size in one digit said not to fit: "Trainers size 7 too small. 8 plz"; not a count
    # after a size that fits ("Size 7 fits fine. 2 please")
    r"\b(?:size|uk|taille|pointure) \d(?:[.,]5)?(?![\w'-])[^.!?;,]{0,20}\b(?:too|trop)\b[^.!?;,]{0,20}[.!?;,] "
    r"(\d(?:[.,]5)?) (?:svp|stp|s'il vous plait|please|pls|plz|merci)\b",
    # "Please, the extra small.": the ask, then the size closing the sentence
    r"\b(?:please|svp|s'il vous plait),? (?:the |a |an |size |le |la |un |une |en |taille )?(" + SIZE + r")"
    r"(?=\s*(?:$|[.!?]))",
    # « Retour pour XS. », "back for 40.": a bare size closing the sentence that says what the return is for
    r"\b(?:retour|renvoi|renvoie|renvoyee?s?|echange|return|returning|back|exchange|swap) (?:\w+ )?(?:pour|for) ("
    + SIZE
    + r")(?=\s*(?:$|[.!?;]))",
)
# Two sizes weighed against each other ("maybe S or XS", « un 38 ou un 40 », "a 10 or 12"): the customer is unsure which
# they need, so neither is a size asked (the next size the fit points to is offered, or the reply asks which).
_OR_MAYBE = r" (?:or|ou) (?:maybe |perhaps |possibly |even |peut-etre |meme )?"
SIZE_OR_SIZE = re.compile(r"(?<![\w'-])(" + SIZE + ")" + _OR_MAYBE + ARTICLE + "(" + SIZE + ")")
# "Ordered my usual 38", « j'ai pris mon 38 habituel »: the customer's usual size, and the size they had; a usual size
# said besides ("... I'm usually a 39 in trainers") is the one to offer.
ORDERED_MY_USUAL: tuple[str, ...] = (
    rf"\b(?:ordered|bought|got|went for|chose|picked|took|ordering|buying)(?: in)? my (?:usual|normal|regular)"
    rf"(?: size)? (?:a |an )?({SIZE})\b",
    r"\b(?:commande|pris|achete|choisi) (?:mon|ma|en) (?:taille )?(" + SIZE + r") habituel(?:le)?\b",
)
# "I ordered a 38", « j'ai pris du 38 », « commandé en M »: the size the customer had, for a request that does not
# say it (the next size up or down runs from it).
ORDERED: tuple[str, ...] = (
    *ORDERED_MY_USUAL,
    rf"\b(?:i|we) (?:ordered|bought|got|took|chose|picked)(?: it| them| this| these)? (?:in )?{ARTICLE}({SIZE})\b"
    r"(?! (?:instead|for|as well|too|and|days?|weeks?|months?|years?|hours?|mins?|minutes?)\b)",
    # (with a word between: « J'ai donc pris un L », « j'ai finalement commandé du 40 »)
    r"\b(?:j'ai|nous avons|on a)(?: donc| alors| finalement| pourtant| bien| quand meme| du coup)? "
    r"(?:pris|commande|achete|choisi)(?: la| le| les| l'|)? ?(?:du |le |la |un |une |en |"
    r"en taille |taille |la taille )(" + SIZE + r")\b",
    r"\b(?:commandee?s?|prise?s?|achetee?s?) en (?:taille )?(" + SIZE + r")\b",
    # the subject dropped, the size after an article: "Ordered a 38 for my daughter"; not "Ordered 10 days ago",
    # "Ordered 24 pouches", "Ordered a 4 pack", "Ordered the 4 slice" (a toaster)
    # "... and ordered the L", "Need the 12 please, ordered the 10"
    r"(?:^|[.!?;,] |\band )(?:ordered|bought) (?:it |them )?(?:in )?(?:a|an|the|size|a size) (" + SIZE + r")\b"
    r"(?!%| (?:days?|"
    r"weeks?|months?|years?|hours?|mins?|minutes?|packs?|pouches|pieces?|items?|pairs?|sets?|slices?|seaters?|cups?|"
    r"litres?|liters?|people|person|rings?|burners?|drawers?|doors?|tiers?|speeds?|of|and)\b)",
    # the size named first, as a note opens a clause: "Size 10 ordered 3/11", « Taille S commandée »; not what came
    # ("got size 10 ordered 12")
    r"(?:^|[.!?;,] )(?:size|taille) (" + SIZE + r") (?:ordered|commandee?)\b",
    # a number alone closing the clause: "17 inch neck, ordered 17, can't do the top button"
    # ... not a count of which fewer came ("Ordered 12, only 10 in the box")
    r"(?:^|[.!?;,] )(?:ordered|bought) (\d{2}(?:[.,]5)?)(?= *(?:$|[.,;!?]))"
    r"(?![.,;!?]? *(?:but |and )?(?:only|just) \d)",
    # "I'm a 10 and got the S": the size had beside the usual one (not "I ordered a L and got a XL", what came)
    rf"\bi(?:'m| am) (?:a |an |size )(?:{SIZE}) and got (?:the |a |an |size )?({SIZE})\b",
    # the size moved to on the size chart's or reviews' advice: « je suis donc passée du 38 au 40 », "so I went up
    # from a 10 to a 12"; done, not wished (« je voudrais passer du 38 au 40 » is a size asked)
    r"\b(?:je suis|nous sommes|on est)(?: donc| alors| bien)? passee?s? (?:du|de la taille|d'un|d'une) "
    r"(?:" + SIZE + r") (?:au|a la taille|a un|a une|en) (" + SIZE + r")\b",
    rf"\bi (?:went|sized|moved)(?: up| down)? from (?:a |an |the |size )?(?:{SIZE}) "
    rf"to (?:a |an |the |size )?({SIZE})\b",
)
# "I'm usually a M", « je fais du 38 d'habitude »: the customer's usual size.
USUAL: tuple[str, ...] = (
    # the one it is for: « ma fille fait du 28 », "my son wears a 10"
    r"\b(?:ma fille|mon fils|mon mari|ma femme|mon compagnon|ma compagne|mon enfant|ma mere|mon pere|my daughter|"
    r"my son|my husband|my wife|my partner|my child|my mum|my mom|my dad) (?:fait|porte|chausse|wears|takes|is)"
    r"(?: toujours| normalement| habituellement| d'habitude| usually| normally| always)? (?:du |un |une |le |la |en |"
    r"taille |a |an |size |a size )(" + SIZE + r")\b",
    rf"\b(?:usually|normally|always) (?:wear |take |am |buy |get )?{ARTICLE}({SIZE})\b",
    rf"\bi(?:'m| am) (?:a |an )?({SIZE}) (?:usually|normally|in most|everywhere|elsewhere)\b",
    rf"\bi(?:'m| am) (?:a |an |size )({SIZE})(?= *(?:$|[.,;!]|(?:and|but|so|normally|usually|really)\b))",
    r"\b(?:je suis|jsuis|j'suis|chuis|je fais) (?:un |une |du |en )?(" + SIZE + r") (?:en vrai|normalement|d'habitude|"
    r"habituellement|en general|partout|de base)\b",
    rf"\bmy (?:usual|normal|regular)(?: size)?(?: is)? (?:a |an )?({SIZE})\b",
    r"\b(?:je fais|je porte|je prends|je chausse|moi qui fais|moi qui porte|moi qui prends|moi qui chausse)"
    r"(?: toujours| normalement| habituellement| d'habitude)? "
    r"(?:du |un |une |le |la |en |une taille |taille )?(" + SIZE + r")\b",
    r"\b(?:d'habitude|normalement|habituellement),? (?:je (?:fais|porte|prends|chausse) )?(?:du |un |une |le |"
    r"en |taille )?(" + SIZE + r")\b",
    r"\bma taille (?:habituelle |normale )?(?:est |c'est )?(?:le |du |un |une |en )?(" + SIZE + r")\b",
    # « Mon M habituel ne suffit pas »
    *ORDERED_MY_USUAL,
    r"\b(?:mon|ma) (?:taille )?(" + SIZE + r") habituel(?:le)?\b",
)
_NOT_FIT = (
    r"(?:was|is|were|are|felt|feels|came up|comes up|runs|ran)? ?(?:way |much |far |a bit |slightly |too |"
    r"also |still )*"
    r"(?:too small|too big|too large|too tight|too loose|too short|too long|tight|loose|huge|tiny|did(?:n't| not) fit|"
    r"does(?:n't| not) fit|won't fit|doesn't work|(?:won't|wouldn't|doesn't|didn't|does not|did not|will not) "
    r"(?:zip|close|do up|button|fasten))"
)
# "The 8 won't zip", "the 38 is too small": a size that does not fit, which the customer had
SIZE_NOT_FITTING = rf"\b(?:the|a|an|size|my|this|that) ({SIZE}) {_NOT_FIT}"
# « le 39 ne ferme pas au mollet », « Mon M habituel ne suffit pas », « le 38 est trop petit »
SIZE_NOT_FITTING_FR = (
    r"\b(?:le|la|du|en|taille|un|une|ce|cette|mon|ma) (" + SIZE + r")(?: habituel(?:le)?)? (?:est|etait|me va|"
    r"m'allait|taille|taillait)? ?(?:beaucoup |bien |vraiment |un peu |encore |deja |aussi |trop )*(?:trop (?:petit|"
    r"grand|serre|large|court|long)|ne (?:me )?(?:va|suffit|ferme|passe|convient|rentre) (?:pas|plus)|ne m'allait pas|"
    r"n'allait pas|serre)"
)
REJECTED: tuple[str, ...] = (
    *CAME_INSTEAD,
    _ASKED_IN_PLACE_START + _SIZE_OR_DIGIT + _IN_PLACE_OF_SIZE + "(" + _SIZE_OR_DIGIT + ")" + ASKED_IN_PLACE_END,
    SIZE_NOT_FITTING,
    rf"\b(?:not|no|never|don't send|do not send|don't want|tried|already tried|already have|already returned)"
    rf" (?:a |an |the |another |size |in )?({SIZE})\b(?! instead)",
    SIZE_NOT_FITTING_FR,
    r"\b(?:pas|surtout pas|jamais) (?:le|la|du|en|un|une|de|d'un|d'une)(?: taille)? (" + SIZE + r")\b",
    r"\b(?:deja essaye|deja commande|deja eu) (?:le |la |du |un |une |en )?(" + SIZE + r")\b",
)
# The other size already ordered by the customer ("Too big, I've reordered a size down.", "Returned the large,
# reordered in medium.", « j'ai recommandé en 41 », « je les recommande en L »): it is on its way to them, so the size
# is no exchange asked, and none is theirs to offer; a reorder at the new price names no size (« je le recommande au
# nouveau prix »), nor does a shop recommended (« une amie me l'avait recommandé pour les chandails »); « je
# recommande » now is also "I recommend" (« je recommande la taille au-dessus »), so only « je recommande en L » is one.
_OTHER_SIZE_ORDERED = re.compile(
    r"(?:\bre-?order(?:ed|e)|\bre-?bought|\b(?:j'ai|j'en ai|je l'ai|je les ai|on a|on l'a|nous avons) (?:deja |donc |"
    r"du coup |aussi )?re-?commandee?s?|\bje (?:le |la |les )?recommande(?= en ))"
    r"(?: (?:it|them|one|another|the|a|an|in|size|en|le|la|l'|un|une|du|taille|pointure))* ?(?:"
    + SIZE
    + r"|(?:size|taille) (?:up|down|above|below|au-dessus|en dessous|superieure|inferieure)|(?:smaller|bigger|larger)"
    r"(?: size| one)?|(?:au-dessus|en dessous|plus petit|plus grand)|(?:next|other) size|autre taille)(?![\w'-])"
)


@lru_cache(maxsize=32)
def size_matches(patterns: tuple[str, ...], text: str) -> tuple[re.Match[str], ...]:
    """Every match of `patterns` in `text`, pattern by pattern, none of a pattern whose words the text lacks
    (`patterns_that_may_match`). Kept for the texts read last: one text's wanted sizes (`WANTED`) are read for the
    size the customer regrets not having taken (`fit.sizes_regretted`), for an exchange told as done, and for the size
    asked, again with a regret or a musing set aside."""
    return tuple(
        match for pattern in patterns_that_may_match(patterns, text) for match in regex(pattern).finditer(text)
    )


def sizes_found(patterns: tuple[str, ...], text: str, unsaid_at: frozenset[int] = frozenset()) -> list[str]:
    """Every size the patterns find, in the order the text says them, each once; none that starts at `unsaid_at`."""
    found = sorted(
        (match.start(1), size)
        for match in size_matches(patterns, text)
        if match.start(1) not in unsaid_at and (size := normalise_size(match.group(1))) is not None
    )
    return list(dict.fromkeys(size for _, size in found))


# A size asked in place of another: "I want the 46 instead of the 45", « Je veux le 46 au lieu du 45 », "send me a 12 in
# place of the 10". Two groups: the size asked, the size had.
_ASKED_IN_PLACE_OF = "(" + SIZE + ")" + _IN_PLACE_OF_SIZE + "(" + _SIZE_OR_DIGIT + ")"
# A verb of ordering or receiving just before the first size: that one was had, not asked ("ordered a 10 instead of a
# 12", « reçu un 42 au lieu du 40 »)
_HAD_JUST_BEFORE = re.compile(
    r"\b(?:ordered|bought|got|took|picked|chose|received|sent|had|pris|commandee?s?|achetee?s?|choisie?s?|recue?s?|"
    r"envoyee?s?|livree?s?)(?: (?:a|an|the|size|un|une|le|la|du|en|taille))? $"
)


def held_in_place_of(sized: str, wanted: str | None) -> str | None:
    """The size the customer has, told after the size `wanted` asked in its place ("Je veux le 46 au lieu du 45": the
    45); None when the text tells none. The size that came in place of the one ordered ("You sent a 12 instead of the
    10") is never the one asked, so it is not read here."""
    if wanted is None:
        return None
    return next(
        (
            held
            for match in regex(_ASKED_IN_PLACE_OF).finditer(sized)
            if normalise_size(match.group(1)) == wanted
            and not _HAD_JUST_BEFORE.search(words_before(sized, match.start(1)))
            and (held := normalise_size(match.group(2))) is not None
            and held != wanted
        ),
        None,
    )


# Two sizes written as numbers this far apart are on two scales (EU 42 and UK 6.5, EU 38 and UK 10).
_SCALE_SPAN = 4


# How a size as `normalise_size` writes it is measured, by its first and last characters: "W32", "L30" (a leg length),
# "42R" (a suit's length), "34C" (a bra's band and cup), "C" (its cup alone), "AGE 7-8", "MONTHS 6-9"; a number
# otherwise.
_SYSTEM_OF_SIZE = re.compile(
    r"(?P<waist>W\d)|(?P<leg>L\d)|(?P<age>AGE )|(?P<months>MONTHS )|(?P<dimensions>\d+x\d+$)|"
    r"(?P<collar>\d+(?:\.\d)?\"$)|"
    r"(?<![\d.])\d+(?:\.\d)?(?:(?P<suit>[RL])|(?P<bra>DD|[A-G]))?$|(?P<cup>(?:DD|[A-G])$)"
)


def size_system(size: str) -> str:
    """How a size as `normalise_size` writes it is measured: "letter" (M), "number" (40, 7.5), "waist" (W32), "leg"
    (L30, a leg length), "suit" (42R), "bra" (34C), "cup" (C, a bra's cup alone), "age" (AGE 7-8), "months" (MONTHS
    6-9, a baby's), "dimensions" (200x290, in cm) or "collar" (17", in inches); sizes of two systems are never each
    other's."""
    if size in LETTER_SIZES:
        return "letter"
    written = _SYSTEM_OF_SIZE.match(size)
    return (written.lastgroup or "number") if written else "other"


_NUMBER_IN_SIZE = re.compile(r"\d+(?:\.\d)?")


def same_scale(size: str, other: str) -> bool:
    """Whether two sizes are written on one scale: one `size_system`, and their numbers (a band, a waist) within
    `_SCALE_SPAN` of each other (a bra's EU 75C and UK 36D are not)."""
    if size_system(size) != size_system(other):
        return False
    numbers = _NUMBER_IN_SIZE.search(size), _NUMBER_IN_SIZE.search(other)
    return not all(numbers) or abs(float(numbers[0].group()) - float(numbers[1].group())) <= _SCALE_SPAN


@lru_cache(maxsize=64)
def label_and_order_matches(pattern: str, text: str) -> tuple[re.Match[str], ...]:
    """Every match of one of the label-and-order patterns in `text`, none where the text lacks the words it needs
    (`may_match`). Kept for the texts read last: reading one text ran each of these patterns (over 5,000 characters
    each) on it up to seven times (`_labels_and_orders`, `ordered_beside_wrong_paper`), most often on a text without
    their words."""
    return tuple(regex(pattern).finditer(text)) if may_match(pattern, text) else ()


def _labels_and_orders(
    text: str, table: tuple[tuple[str, bool], ...] = _LABEL_AND_ORDER
) -> Iterator[tuple[re.Match[str], str, str]]:
    """Each size an item's label gives (or, with `_ORDER_AND_GOT`, the size got) beside a size ordered, as
    `normalise_size` writes them: the match, the size it came in and the size ordered."""
    for pattern, label_first in table:
        for match in label_and_order_matches(pattern, text):
            label, ordered = (match.group(1), match.group(2)) if label_first else (match.group(2), match.group(1))
            label_size, ordered_size = normalise_size(label), normalise_size(ordered)
            if label_size and ordered_size:
                yield match, label_size, ordered_size


# The item itself said to be a size, apart from its paper or box ("the shoes are a 36 anyway", "they're a 36 though", «
# les chaussures sont bien en 36 », « ce sont bien des 36 »): one group, the size
# A person or the body, never the item ("my daughter is a 10", "my feet are a 38", « mes pieds font du 38 »)
PERSON_OR_BODY = (
    r"(?:daughter|son|kids?|children|child|wife|husband|partner|boyfriend|girlfriend|baby|toddler|niece|nephew|mum|mom|"
    r"dad|mother|father|sister|brother|friend|feet|foot|waist|hips?|chest|bust|legs?|arms?|head|wrists?|hands?|"
    r"measurements?|fille|fils|enfants?|bebe|niece|neveu|mere|pere|soeur|frere|amie?|mari|femme|pieds?|hanches?|tour|"
    r"jambes?|bras|tete|poignets?|mains?|mesures?)s?\b"
)
# ... nor its paper, its box or a measure of it ("the sleeves are 60 cm")
_NOT_THE_ITEM = (
    r"(?!(?:label|tag|box|slip|note|invoice|order|receipt|packaging|bag|pouch|packet|sticker|wrapper|paperwork|sleeves?|"
    r"etiquette|facture|boite|bon|bordereau|commande|emballage|carton|sachet|pochette|manches?)s?\b|"
    + PERSON_OR_BODY
    + ")"
)
_NOT_A_MEASURE = (
    r"(?! ?(?:cm|mm|inch|inches|in|centimet\w*|millimet\w*|%|too|sizes?|times?|tailles?|pointures?|fois|years?|yrs|"
    r"old|ans|minutes?|hours?|days?|weeks?|months?|pounds?|euros?|quid|dollars?|percent|pairs?|paires?)\b)"
)
# A number size said in the plural ("the boots are 39s"), read as the size: the same length, so a match's place
# in the text stays
_PLURAL_NUMBER = re.compile(r"\b(\d{1,2})s\b")
_ITEM_IS_SIZE: tuple[str, ...] = (
    r"\b(?:the|these|those|both) "
    + _NOT_THE_ITEM
    + r"[\w-]+(?: themselves| itself| inside| in the box)? (?:is|are|was|"
    r"were) (?:(?:actually|indeed|definitely|really|in fact|all|still|marked|labell?ed|tagged) )*(?:(?:a|an|the|size|"
    r"a size|as) )?(" + SIZE + ")" + _NOT_A_MEASURE,
    # ... the item named by a pronoun, with a word that announces the size: "they're a 10", "it's an XL"
    r"\b(?:it's|it is|they're|they are|these are|this is)(?: (?:actually|indeed|definitely|really|in fact|all|still|"
    r"marked|labell?ed|clearly))* (?:a|an|size|a size) (" + SIZE + ")" + _NOT_A_MEASURE,
    # ... or the size got: "I got a 39", « j'ai reçu du 39 »
    r"\b(?:(?:i|we)(?: have|'ve)? (?:got|received|was sent|were sent)|(?:j'ai|nous avons|on m'a|vous m'avez) "
    r"(?:recue?s?|eue?s?|envoyee?s?|livree?s?)) (?:(?:a|an|the|size|a size|un|une|du|le|la|en|taille) )?("
    + SIZE
    + ")"
    + _NOT_A_MEASURE,
    r"\b(?:les|la|le|ces) " + _NOT_THE_ITEM + r"[\w-]+(?: elles?-memes?| eux-memes| lui-meme| a l'interieur| dedans| "
    r"dans la boite)? (?:sont|est|etaient|etait) (?:(?:bien|quand meme|pourtant|en fait|toutes?|tous|marquee?s?|"
    r"etiquetee?s?) )*(?:(?:un|une|du|des|en|taille|la taille|le) )?(" + SIZE + ")" + _NOT_A_MEASURE,
    r"\b(?:c'est|ce sont|c'etait) (?:bien |quand meme |pourtant |en fait )?(?:un |une |du |des |en )(" + SIZE + r")\b",
)


def _item_sizes(text: str) -> frozenset[str]:
    """The sizes the text says the item itself is (`_ITEM_IS_SIZE`)."""
    return frozenset(sizes_found(_ITEM_IS_SIZE, _PLURAL_NUMBER.sub(r"\1 ", text)))


# ... the size ordered set against another sent, not the item's: "it's the 42 I ordered, not the 40", "it's the 42 I
# ordered that I need", « c'est le 40 que j'ai commandé qu'il me faut »
_NOT_A_CLEFT = r"(?! (?:that|which|qui|dont|qu'il|qu'elle) )(?!,? (?:(?:and|but|et|mais) )?(?:not|pas|non)\b)"
# The size got said to be the one ordered in one phrase ("I received the 39 I ordered", « j'ai bien reçu le 39 que
# j'avais commandé », « reçu le 39 commandé »): the item is what was ordered, whatever its box or paper says
_GOT_AS_ORDERED = (
    r"\b(?:(?:i|we)(?: have|'ve)? (?:got|received|was sent|were sent)|(?:j'ai|nous avons|on a|on m'a|vous m'avez) "
    r"(?:bien )?(?:recue?s?|eue?s?|envoyee?s?|livree?s?)|(?:^|[.!?;,] *)(?:bien )?recue?s?) "
    r"(?:(?:the|my|le|la|mon|ma) )("
    + SIZE
    + r") (?:(?:that|which|que|qu') ?)?(?:(?:i|we)(?: had)? (?:ordered|chose|picked|bought|selected)|(?:(?:j'|je )?"
    r"(?:avais|ai)|nous avons|on a|on avait) (?:commandee?s?|choisie?s?|prise?s?)|commandee?s?|choisie?s?)\b",
    # ... or the item said to be it: "it's the L I ordered", "the jumper is the 12 we chose", "the dress itself is a
    # size 10 as ordered", « c'est bien le L que j'ai commandé », « les bottes sont bien en 40 comme commandé »
    r"\b(?:it's|it is|they're|they are|this is|these are|(?:the|these|those) "
    + _NOT_THE_ITEM
    + r"[\w-]+(?: [\w-]+)?(?: themselves|"
    r" itself| inside)? (?:is|are))(?: (?:indeed|actually|definitely|really|in fact|still|clearly))? (?:(?:the|a|an|"
    r"size|a size|my) )?(" + SIZE + r")(?:(?: (?:that |which )?|, (?:that|which) )(?:i|we)(?: had)? (?:ordered|chose|"
    r"picked|bought|selected|asked for)(?! (?:(?:a|an|the|size|a size) )?"
    + SIZE
    + r")|,? (?:exactly |just )?as (?:i |we )?"
    r"(?:ordered|chose|picked))\b" + _NOT_A_CLEFT,
    r"\b(?:c'est|ce sont|il est|elle est|ils sont|elles sont|(?:les|la|le|ces) " + _NOT_THE_ITEM + r"[\w-]+ (?:sont|"
    r"est))(?: (?:bien|quand meme|pourtant|en fait|effectivement))? (?:(?:le|la|les|un|une|du|des|en|taille) )?("
    + SIZE
    + r") (?:(?:que|qu') ?(?:j'ai|j'avais|nous avons|on a|on avait) (?:commandee?s?|choisie?s?|prise?s?)|"
    r"commandee?s?|choisie?s?|comme (?:commande|demande|prevu))\b" + _NOT_A_CLEFT,
    # ... or the size ordered said to be the item's, then named: "it is the size I ordered (M)", « c'est bien la taille
    # que j'ai commandée (M) »
    r"\b(?:it's|it is|they're|they are|c'est|ce sont)(?: (?:indeed|actually|definitely|really|bien|effectivement))? "
    r"(?:the|la) (?:size|taille|pointure) (?:(?:that|which) )?(?:(?:i|we)(?: had)? (?:ordered|chose|picked)|(?:que|"
    r"qu') ?(?:j'ai|j'avais|nous avons|on a) (?:commandee?|choisie?)|commandee)(?:,? \(| \(?(?:a|an|un|une|du|le|la) )("
    + SIZE
    + r")\b",
)


# ... but not where the item itself is said to carry another size, on its own label (sewn in, inside, on it: "the
# label inside says M", « l'étiquette cousue dit 36 »; not the box's: "the box label says 7") or by one of the pair
# ("the left one is a 38", « l'une fait 38 »), nor where a colour is named beside it ("in navy not black"): a wrong item
# sent the phrase does not rule out
_ITEM_NAMED_OTHERWISE = re.compile(
    r"\b(?<!box )(?<!bag )(?<!boite )(?<!pouch )(?<!packet )(?<!packaging )(?:labels?|tags?|etiquettes?)\b"
    r"(?! (?:on|of) the (?:box|bag|pouch|packet|packaging|wrapper|carton)\b)"
    r"(?! (?:sur |de )?(?:la |le |l')?(?:boite|carton|sachet|emballage|pochette|paquet)\b)(?! du (?:carton|sachet|"
    r"paquet)\b)|"
    r"\b(?:one (?:shoe|boot|of them|side)|the (?:left|right)(?: one| shoe| boot| foot)?|the other(?: one)?|l'une|l'un|"
    r"l'autre|(?:la|le) (?:gauche|droite?))\b|"
    r"\b(?:black|white|navy|blue|red|green|grey|gray|pink|brown|beige|cream|yellow|purple|orange|noire?s?|blanche?s?|"
    r"bleue?s?|rouges?|verte?s?|grise?s?|roses?|marron|jaunes?|violette?s?)\b"
)


# A doubt, a guess or another's word on what came ("I'm not sure these are the 9 I ordered", "Maybe it's the 10 I
# ordered", "Apparently it is the M I ordered", « peut-être que c'est le 40 commandé »), or a question: no word of the
# customer's that the item is the size ordered
_DOUBTED = re.compile(
    r"\b(?:not sure|unsure|no idea|maybe|perhaps|apparently|supposedly|allegedly|presumably|i think|i guess|i suppose|"
    r"i doubt|doubt|might|may be|could be|seems?|seemingly|wonder|whether|pas sure?|peut-etre|apparemment|"
    r"soi-disant|il parait|je crois|je pense|je suppose|il semble|on dirait|doute)\b"
)


def _doubted(text: str, at: int) -> bool:
    """Whether the sentence of `text` around `at` doubts or asks what is said at `at` (`_DOUBTED` before it, or a
    question mark closing it)."""
    opens = max((mark.end() for mark in re.finditer(r"[.!?;]", text[:at])), default=0)
    closes = re.search(r"[.!?;]", text[at:])
    return bool(_DOUBTED.search(text, opens, at)) or (closes is not None and closes.group() == "?")


def _got_as_ordered(text: str) -> list[str]:
    """The sizes the text says came as ordered in one phrase (`_GOT_AS_ORDERED`), where it names the item itself no
    otherwise (`_ITEM_NAMED_OTHERWISE`) and neither doubts nor asks it (`_doubted`)."""
    if _ITEM_NAMED_OTHERWISE.search(text):
        return []
    said = [match for match in size_matches(_GOT_AS_ORDERED, text) if not _doubted(text, match.start())]
    return list(dict.fromkeys(size for match in said if (size := normalise_size(match.group(1))) is not None))


# ... nor a size ordered besides this one ("I ordered a 12 as well")
_NOT_ORDERED_BESIDES = r"(?! (?:as well|too|also|aussi|egalement|en plus)\b)"
# ... or another time's, said right after the size ("The label says 42, I bought 43 last time", "I bought a M before
# from you", « j'ai acheté du 38 l'an dernier »); not this order's ("this time", « cette fois », "last week": an order
# a week ago is the one that just came), nor "before" of something else ("before the sale ended", « avant-hier »)
_ANOTHER_TIME_AFTER = (
    r"(?:,? (?:from you|with you|de chez vous|chez vous))? (?:last (?:year|time|month|season|order)|previously|"
    r"before(?= *(?:[.,;!?]|$|from|with|and|but|so)\b)|l'an dernier|l'annee derniere|la derniere fois|"
    r"(?:d')?avant(?= *(?:[.,;!?]|$|chez|et|mais|donc)(?:\b|$)))"
)
_ANOTHER_TIME = re.compile(_ANOTHER_TIME_AFTER)


def label_sizes_not_ordered(folded: str) -> tuple[str, ...]:
    """The sizes the item's label gives that are not the size ordered beside them ("The label says S but I ordered M":
    the S): a wrong size sent. A size written two ways is one ("I ordered a small, the label says S"), and two sizes
    on two scales are no mistake (a UK 7 ordered, an EU 40 on the label); two rugs' dimensions are always one scale.
    Nor is a label or a paper whose size the item itself is said not to be ("The dispatch note says 38 but I ordered
    36, and the shoes are a 36 anyway": only the paper is wrong, `_paper_only_wrong`)."""
    return tuple(
        dict.fromkeys(
            label
            for match, label, ordered in _labels_and_orders(folded)
            if label != ordered
            and not _ANOTHER_TIME.match(folded, match.end())
            and size_system(label) == size_system(ordered)
            and (size_system(label) != "number" or same_scale(label, ordered))
            and not _paper_only_wrong(folded, ordered)
        )
    )


def _paper_only_wrong(text: str, ordered: str) -> bool:
    """Whether the text says the item itself is the size ordered (`ordered`), so a label, a paper or a box naming
    another size beside it is no other size sent."""
    return ordered in _item_sizes(text)


def ordered_beside_wrong_paper(text: str) -> frozenset[int]:
    """Where the text names the size ordered against a label, a paper or a box of another size while the item itself
    is said to be the size ordered (`_paper_only_wrong`): the size the customer has, not one asked for."""
    return frozenset(
        match.start(2 if label_first else 1)
        for pattern, label_first in _LABEL_AND_ORDER
        for match in label_and_order_matches(pattern, text)
        if (ordered := normalise_size(match.group(2 if label_first else 1))) is not None
        and normalise_size(match.group(1 if label_first else 2)) != ordered
        and _paper_only_wrong(text, ordered)
    )


def _sizes_ordered(folded: str) -> list[str]:
    """The sizes the text says were ordered ("I ordered a 40", « j'ai commandé du 38 »), none ordered besides this one
    or another time ("I ordered a 10 as well", "I ordered a 10 last year"): no size set against this item's."""
    return sizes_found(
        (_ORDERED_BEFORE_LABEL + "(" + SIZE + ")" + _NOT_ORDERED_BESIDES + "(?!" + _ANOTHER_TIME_AFTER + ")",), folded
    )


def item_sizes_not_ordered(folded: str) -> tuple[str, ...]:
    """The sizes the text says the item itself is (`_ITEM_IS_SIZE`) where it names another size ordered, or, with no
    size ordered named, another on its label, paper or box, on the same scale ("I ordered a 40, the box says 40, but
    the boots themselves are a 37", « la boîte dit 40, mais les bottes elles-mêmes sont marquées 37 »): a wrong size
    sent. The item said to be the size ordered is none ("The dispatch note says 38 but I ordered 36, and the shoes are a
    36 anyway")."""
    items = sorted(_item_sizes(folded))
    if not items:
        # (no size told of the item itself: none to set against the sizes ordered or labelled, which go unread)
        return ()
    ordered = [*_sizes_ordered(folded), *(size for _, _, size in _labels_and_orders(folded)), *_got_as_ordered(folded)]
    named = ordered or sizes_found((_LABEL_SAYS + "(" + SIZE + ")",), folded)
    return tuple(
        size
        for size in items
        if size not in ordered
        and any(
            other != size and size_system(other) == size_system(size) and same_scale(other, size) for other in named
        )
    )


def _item_not_ordered(text: str, ordered: str) -> bool:
    """Whether the text says the item itself is another size than `ordered`, whatever its box or paper say ("I ordered
    a 40, the box says 40, but the boots themselves are marked 37")."""
    return any(size != ordered and size_system(size) == size_system(ordered) for size in _item_sizes(text))


def _came_in_and_ordered(text: str) -> Iterator[tuple[re.Match[str], str, str]]:
    """`_labels_and_orders` of the label's size, then of the size got."""
    yield from _labels_and_orders(text)
    yield from _labels_and_orders(text, _ORDER_AND_GOT)


def _paper_wrong_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a label or a paper naming another size than the one ordered, where the item itself is said to be
    the size ordered (`_paper_only_wrong`), with the words of the item's size: the paper's mistake, no wrong item."""
    spans = [
        match.span()
        for match, label, ordered in _labels_and_orders(text)
        if label != ordered and _paper_only_wrong(text, ordered)
    ]
    if spans:
        singular = _PLURAL_NUMBER.sub(r"\1 ", text)
        spans += [match.span() for pattern in _ITEM_IS_SIZE for match in regex(pattern).finditer(singular)]
    return spans


# Something other than the size told sent otherwise than ordered: another model, colour, version or range ("I ordered
# a 38 and received a 38 but it's a different model", "they're women's not men's", « en rouge au lieu de bleu », "the
# petite version"): the size ordered come rules out a wrong size only
_SENT_OTHERWISE = re.compile(
    r"\b(?:different|another|other|wrong|instead|rather than|version|model|colou?r|shade|style|pattern|print|range|"
    r"women'?s|men'?s|ladies'?|kids'?|child(?:ren)?'?s|petite|maternity|au lieu|a la place|autres?|differente?s?|"
    r"mauvaise?|modele|couleur|coloris|motif|gamme|femmes?|hommes?|enfants?)\b"
)
# ... but another size asked for is the fit's remedy, nothing sent otherwise ("Can I have a different size?", « une
# autre taille », "swap it for the L instead"): blanked before `_SENT_OTHERWISE` is read
_OTHER_SIZE_ASKED = re.compile(
    r"\b(?:an?|une?|the|la|le) (?:different|other|autre) (?:size|taille|pointure)\b|"
    r"\b(?:taille|pointure) (?:differente|autre)\b|"
    r"\b(?:swap|exchange|change|send|have|get|echanger|changer|envoyer|avoir)\b[^.!?;]*\b(?:instead|a la place)\b"
)


# The size got named where no order is spoken of and no other size is named (« J'ai reçu un 38 mais elle taille grand
# », "I received the 12 and it's huge"): the customer names no other size ordered, so it is the one they chose
_GOT_ALONE = re.compile(
    r"\b(?:(?:i|we)(?: have|'ve)? (?:got|received|was sent|were sent)|(?:j'ai|nous avons|on a) recue?s?)"
    + _ARTICLE_AND_SIZE_WORD
    + "("
    + SIZE
    + ")"
)
# A size named after the words that announce one ("the 12", "says M", « un 38 »): the size patterns alone read letters
# of any word
_ANY_SIZE = (
    r"\b(?:a|an|the|size|un|une|le|la|du|en|taille|says|said|shows|reads|dit|indique|porte|is|was|est|ecrit|marque|"
    r"written|marked|labell?ed) (" + SIZE + ")",
)
_ORDER_SPOKEN_OF = re.compile(
    r"\b(?:order\w*|chose|chosen|picked|bought|selected|commande\w*|choisi\w*|achete\w*|pris|prise?s?)\b"
)


# A size said sent or got: "you sent a 40", "I got the 12", « vous m'avez envoyé un 38 »
_SIZE_SENT = (_SENT_A_SIZE + "(" + SIZE + ")", _GOT_A_SIZE + "(" + SIZE + ")")


def size_came_as_ordered(text: str) -> str | None:
    """The size the text says the item came in where it is the size ordered, its label's or the size got (« L'étiquette
    indique M alors que j'ai commandé un medium », "I ordered an M, I got an M": M), or the size got where no order is
    spoken of (`_GOT_ALONE`); None where it says none, or tells of anything else sent otherwise than ordered
    (`_SENT_OTHERWISE`)."""
    if _SENT_OTHERWISE.search(_OTHER_SIZE_ASKED.sub(" ", text)):
        return None
    # the size got said to be the one ordered ("I received the 39 I ordered, the box says 38"), the item itself said
    # no other size
    got = next((size for size in _got_as_ordered(text) if not _item_not_ordered(text, size)), None)
    # ... or the item itself said to be the size ordered, in another phrase, whatever its box, bag or paper says ("I
    # ordered the 42, and the trainers are the 42, but the tag on the box says 41"), the item named no otherwise
    items = _item_sizes(text)
    if got is None and len(items) == 1 and items <= set(_sizes_ordered(text)):
        got = None if _ITEM_NAMED_OTHERWISE.search(text) or _DOUBTED.search(text) else next(iter(items))
    if got is not None:
        # ... and no other size said sent ("You sent a 40, it's the 42 I ordered")
        sent = sizes_found(_SIZE_SENT, text)
        return got if all(size == got or size_system(size) != size_system(got) for size in sent) else None
    agreed = next(
        (
            ordered
            for _, label, ordered in _came_in_and_ordered(text)
            if (label == ordered and not _item_not_ordered(text, ordered)) or _paper_only_wrong(text, ordered)
        ),
        None,
    )
    if agreed is not None or _ORDER_SPOKEN_OF.search(text):
        return agreed
    if item_sizes_not_ordered(text):
        # the item itself another size than its box or paper: no size it came in as chosen
        return None
    got = _GOT_ALONE.search(text)
    size = normalise_size(got.group(1)) if got else None
    # ... and no other size named: the one a label, a box or an invoice gives is the size ordered set against it ("I
    # received a S and the invoice says M")
    return size if size is not None and sizes_found(_ANY_SIZE, text) == [size] else None


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with those that overlap joined into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def label_agreeing_blanked(text: str) -> str:
    """`text` with a label said to give the size ordered, or the size got said to be it, blanked (« L'étiquette indique
    M alors que j'ai commandé un medium », "I ordered an M, I got an M, but it fits like an L"), or one naming another
    size than the item itself is said to be in (`_paper_wrong_spans`), blanked: the contrast words there are no wrong
    item sent."""
    agreeing = [
        match.span()
        for match, label, ordered in _came_in_and_ordered(text)
        if label == ordered and not _item_not_ordered(text, ordered)
    ]
    agreeing += _paper_wrong_spans(text)
    for start, end in sorted(_merged(agreeing), reverse=True):
        text = text[:start] + " ; " + text[end:]
    return text


# The size the item is said to fit like, one group: "it fits like an L", "more like a 14", « il taille comme un 40 »,
# « on dirait un XL »
_FITS_LIKE: tuple[str, ...] = (
    r"\b(?:fits?|fitted|fitting|feels?|comes? up|came up|runs?|more|closer) like (?:a |an |size |a size )?("
    + SIZE
    + ")",
    # (« comme » said: « je chausse du 38 », « ça taille en 38 » are the customer's size or the one had)
    r"\b(?:taillen?t?|taillait|chaussen?t?) comme (?:un |une |du )(" + SIZE + ")",
    r"\b(?:on dirait|c'est plutot|plutot) (?:un |une |du )(?:vrai )?(" + SIZE + ")",
)


def fits_like_way(sized: str, had: str | None) -> str | None:
    """The way the customer needs where the item is said to fit like a size bigger or smaller than `had`, the size it
    came in ("I ordered an M ... it fits like an L": the size down, as "it comes up a size big"); None where no such
    size is said, or it is on another scale."""
    if had is None:
        return None
    for like in sizes_found(_FITS_LIKE, sized):
        if like in LETTER_SIZES and had in LETTER_SIZES:
            step = LETTER_SIZES.index(like) - LETTER_SIZES.index(had)
        elif size_system(like) == size_system(had) == "number" and same_scale(like, had):
            step = float(like) - float(had)
        else:
            continue
        if step:
            return "down" if step > 0 else "up"
    return None


# A half size in words: "a 15 and a half", « un 38 et demi », "9 1/2": the size read is "15.5", "38.5", "9.5" (the
# size patterns read the half written "15.5"); a number of 1 or 2 digits only, not "3 and a half weeks" (a time).
_HALF_IN_WORDS = re.compile(
    r"\b(\d{1,2})(?: and a half| et demie?| ?1/2| ?\u00bd)(?![\w'/-])(?! ?(?:weeks?|days?|months?|years?|hours?|hrs?|"
    r"mins?|minutes?|semaines?|jours?|mois|ans|heures?|h|inch(?:es)?|cm|metres?|meters?|kg|litres?|liters?|miles?|km|"
    r"times?|fois|stars?|etoiles?|x)\b)"
)


def halves_as_sizes(sized: str) -> str:
    """The text the sizes are read in with each half size in words written as a half size ("15 and a half" ->
    "15.5")."""
    return _HALF_IN_WORDS.sub(r"\1.5", sized)


# Two numbers with a slash or a cross between them where jeans are spoken of ("Can I exchange for 30/30?", « en
# 32x34 »): a waist (24-44) and a leg length (26-36); not a date (« le 30/11 »), nor two sizes on other items ("a 34/36
# dress", trousers' double size « 34/36 », a cushion's « 40x40 »).
_WAIST_SLASH_LEG = re.compile(r"(?<![\w/])(?<!\d[.,])(2[4-9]|3\d|4[0-4]) ?[/x] ?(2[6-9]|3[0-6])(?![\w/]|[.,]\d)")
_LEGS_SPOKEN = re.compile(
    r"\b(?:jeans?|denim|waist|inseam|inside leg|leg length|entrejambe|longueur de jambe|tour de taille)\b"
)


def waists_and_legs_as_sizes(sized: str, category: str | None) -> str:
    """The text the sizes are read in with a waist and leg length written "30/30" as one size ("w30 l30") where the
    item is a pair of jeans (by its category, else, for trousers or no category known, by the words)."""
    if category == "jeans" or (category in (None, "trousers") and _LEGS_SPOKEN.search(sized)):
        return _WAIST_SLASH_LEG.sub(r"w\1 l\2", sized)
    return sized


def waist_and_leg_ordered(size: str, category: str | None) -> str | None:
    """A request's size that is a jeans' waist and leg length, written as the text's are read ("W32 L30"): "W32 L30",
    "W32/L30", and "32/30" for jeans in the ranges a text's "32/30" is read in; None for any other (a dress's or
    trousers' double size "34/36", "36/38")."""
    folded = size.strip().lower()
    if category == "jeans":
        folded = _WAIST_SLASH_LEG.sub(r"w\1 l\2", folded)
    return normalise_size(folded) if WAIST_AND_LEG.fullmatch(folded) else None


# A number glued to its unit of length ("the 30cm one", « la 26cm », "the 40mm"): a home item's or a watch's measure,
# which the size patterns read spaced from its unit ("the 30 cm one").
_GLUED_MEASURE = re.compile(r"\b(\d{1,3}(?:[.,]\d)?)(cm|mm)\b")


def measures_spaced(sized: str) -> str:
    """The text the sizes are read in with each measure glued to its unit spaced from it ("30cm" -> "30 cm")."""
    return _GLUED_MEASURE.sub(r"\1 \2", sized)


def letters_need_context(text: str, folded: str) -> str:
    """The folded text with bare one-letter words that the customer wrote in lower case ("a m" is rarely
    a size; "a M" is) replaced, so the size patterns read them only when written as sizes, or announced as one
    ("size m", « taille s », « échange en l svp »: French elides the « l' » and « s' » that « en » comes before)."""
    original_words = re.findall(r"\S+", unicodedata.normalize("NFKD", text))
    folded_words = folded.split(" ")
    if len(original_words) != len(folded_words):
        return folded
    kept: list[str] = []
    for original, word in zip(original_words, folded_words, strict=True):
        bare = word.strip(".,;:!?()\"'«»")
        announced = bool(kept) and kept[-1] in ("size", "taille", "en")
        if bare in ("s", "m", "l") and original.strip(".,;:!?()\"'«»") == bare and not announced:
            word = word.replace(bare, "_")
        kept.append(word)
    return " ".join(kept)


# A bra's cup alone ("Need a B in this one.") is read only where bras are sold, or with no category, where no width is
# spoken of: a shoe's fitting ("too narrow, I need an E", "a D width") and a toy's "a B" are no cups.
_CUP_CATEGORIES = frozenset({"underwear"})
_WIDTH_SPOKEN = re.compile(r"\b(?:widths?|fittings?|wide|wider|narrow|narrower|pointure|largeur)\b")
_CUP_ALONE = re.compile(r"(?:(?<=\ba )|(?<=\ban )|(?<=\bun )|(?<=\bbonnet )|(?<=\bcup ))(?:dd|[a-g])(?![\w'-])")


def cups_need_a_bra(sized: str, category: str | None) -> str:
    """The text the size patterns read with a cup alone blanked (same length) where it is no bra's cup."""
    if category in _CUP_CATEGORIES or (category is None and not _WIDTH_SPOKEN.search(sized)):
        return sized
    return _CUP_ALONE.sub(lambda cup: "_" * len(cup[0]), sized)


# A ring's letter alone ("Ring too small, need an N please") is read only where a ring is spoken of, in a category
# that sells rings or with no category: elsewhere "a P" or "the K" is no size.
_RING_CATEGORIES = frozenset({"accessories"})
_RING_SPOKEN = re.compile(
    r"(?<!\bkey )\b(?:rings?|bagues?|alliances?|chevalieres?)\b(?! (?:me|us|him|her|back|light|binder)\b)"
)
_RING_LETTER_ALONE = re.compile(r"(?:(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<=\bsize ))[h-kn-rt-wyz](?![\w'-])")


def ring_letters_need_a_ring(sized: str, category: str | None) -> str:
    """The text the size patterns read with a ring's letter alone blanked (same length) where no ring is spoken of."""
    if (category is None or category in _RING_CATEGORIES) and _RING_SPOKEN.search(sized):
        return sized
    return _RING_LETTER_ALONE.sub("_", sized)


# A text that sizes a shirt by its collar in inches ("17 inch neck, ordered 17", "my collar is 16.5", « le col de 16
# pouces »): a number it gives as a size is a collar size, written `17"`, a scale of its own (no letter size is next to
# it). A French collar in centimetres (« col 41 ») is no inch: only one said in inches is read.
SIZED_BY_COLLAR = re.compile(
    r"\b\d{2}(?:[.,]5)? ?(?:inch(?:es)?|in|\"|'')? ?(?:neck|collar)\b|"
    r"\b(?:neck|collar)(?: size)?(?: is| of)? \d{2}(?:[.,]5)?(?![\w.,'-]*\d)(?! ?(?:cm|mm)\b)|"
    r"\b(?:col|tour de cou)(?: de| en| taille)? \d{2}(?:[.,]5)? ?(?:pouces?|\"|'')|"
    r"\b\d{2}(?:[.,]5)? ?(?:pouces?|\"|'') (?:de )?(?:col|tour de cou)\b"
)
_COLLAR_INCHES = re.compile(r"1[3-9](?:\.5)?|20")


def in_collar_inches(size: str, sized_by_collar: bool) -> str:
    """A number said as a size in a text that sizes by collar (`SIZED_BY_COLLAR`), written as a collar size."""
    if sized_by_collar and _COLLAR_INCHES.fullmatch(size):
        return f'{size}"'
    return size


_COLLAR_NUMBER = re.compile(r"\d{2}(?:[.,]5)?")


def collar_sizes(folded: str) -> tuple[str, ...]:
    """The collar sizes the text gives in inches (`SIZED_BY_COLLAR`), written `16"`, each once: "I'm a size 16 with a
    15 inch neck" gives the 15 only, the 16 being a size of another kind."""
    numbers = (_COLLAR_NUMBER.search(match[0]) for match in SIZED_BY_COLLAR.finditer(folded))
    inches = (in_collar_inches(number[0].replace(",", "."), True) for number in numbers if number)
    return tuple(dict.fromkeys(size for size in inches if size.endswith('"')))


def sized_by_age(folded: str, category: str | None) -> bool:
    """Whether the text sizes the item by age (`_SIZED_BY_AGE`), so a bare number it asks for is an age too."""
    if category == _FOOTWEAR_CATEGORY:
        return False
    return any(
        not _CHILD_AGED.search(words_before(folded, age.start()))
        and (category is not None or not _FOOTWEAR.search(clause_around(folded, age)))
        for age in _SIZED_BY_AGE.finditer(folded)
    )


def count_starts(sized: str, folded: str, category: str | None) -> frozenset[int]:
    """Where the numbers in one digit that no word announces as a size start (`SIZE`), when the item is not sized:
    its category unsized, or, unknown, no size, fit or shoe word in the text (`_SIZED_IN_WORDS`, `_FOOTWEAR`). Read as
    sizes by a change from one to another ("Exchange 8 for 9 pls" of shoes), they are counts of anything else ("Swap 2
    for 3 please" of pillows)."""
    if category in _SIZED_CATEGORIES or (
        category is None and (_SIZED_IN_WORDS.search(folded) or _FOOTWEAR.search(folded))
    ):
        return frozenset()
    size = regex(SIZE)
    return frozenset(digit.start() for digit in _DIGIT.finditer(sized) if not size.match(sized, digit.start()))


def reordered_at(text: str) -> frozenset[int]:
    """Where the text tells of the other size already ordered (`_OTHER_SIZE_ORDERED`): a size or a way read there is
    the order placed, not one asked."""
    return frozenset(at for reorder in _OTHER_SIZE_ORDERED.finditer(text) for at in range(*reorder.span()))
