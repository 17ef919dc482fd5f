"""What the text says of which item came: whether it speaks at all of the item ordered or of another in its place,
and whether it says no more than that the item came.

A customer tells that the item came ("I received this lamp", « J'ai reçu ce collier ») before whatever is wrong with
it, and that alone claims nothing: the wrong item is told in words of the order, of the item's identity or of another
one in its place ("not the one I ordered", « pas le bon », "a blue one, I chose green", a size named), never in
"received" alone.
"""

from __future__ import annotations

import re

from features.customer_asks.kinds import LETTER_SIZES

# Words that speak of which item was ordered or came, or of another in its place, in the folded view: the order made
# (not the noun, « ma commande » / "my order" came), a choice, what was expected, the item's identity or another item,
# a mix-up, the papers that name it, someone else's ("not mine", « pas le mien »), another item named against it, the
# range it is for.
_WHICH_ITEM = re.compile(
    r"\b(?:ordered|ordering|bought|buying|purchased|chose|chosen|choose|picked|selected|asked for|expect\w*|paid for|"
    r"went for|wrong|right (?:one|item|size|colou?r|model)|correct|different|differs?|another|other|instead|"
    r"rather than|not (?:the|what|my|mine|ours)|isn't (?:the|what|mine)|someone else'?s?|mix-?up|mixed up|swapped|"
    r"sent|send|invoice|packing (?:slip|note)|dispatch note|labell?e?d?|barcode|stickers?|match\w*|says|size|sizes|"
    r"colou?rs?|shade|model|"
    r"version|style|pattern|quantity|(?:one|two|three|1|2|3) of|"
    # ... another item named against the one come ("a vase, not a lamp", « un vase, pas une lampe »), or the range it
    # is for ("a men's jacket", « un modèle homme »)
    r"not (?:a|an|any|some)|pas (?:un|une|des|du|de la)|(?:isn't|is not|aren't|are not|wasn't|was not) (?:a|an|my|our)|"
    # ... what it was meant to be, or the one awaited asked after ("was supposed to be a kettle", « ça devait être une
    # bouilloire », "where is my kettle?")
    r"meant to be|supposed to be|should (?:have )?be(?:en)?|cense\w* etre|devai(?:t|ent) etre|where(?:'s| is| are) "
    r"(?:my|the|our)|ou (?:est|sont) (?:mon|ma|mes|le|la|les)|"
    r"(?:men|women|ladies|girls|boys|kids|children|child|baby|toddler|adult|teen)'?s?|man|woman|unisex|junior|"
    r"homme|hommes|femme|femmes|enfants?|adultes?|garcons?|fillette|bebe|"
    r"(?:j'ai|j'avais|avais|avons|avions|on a|on avait|nous avons|nous avions|je l'ai|je les ai|l'avais|les avais) "
    r"(?:\w+ )?(?:commande|choisi|pris|demande|achete|paye|selectionne)\w*|(?:commande|choisi|achete)e?s? (?:en|le|la|"
    r"les|un|une|du|des|dans|sur|ce|cette|chez)\b|attend\w*|mauvaise?s?|bon(?:ne)?s? (?:article|modele|taille|couleur|"
    r"produit|reference|colis|commande)|pas (?:le|la|les|du|un|une|mon|ma|mes|ce|cette|celui|celle|ca) ?(?:bon|bonne|"
    r"bons|bonnes|mien|mienne|miens|miennes|que|qu'|commande|modele|taille|couleur|article)|autres?|au lieu|a la "
    r"place|plutot que|erreur|inverse|echange|envoy\w*|facture|bon de (?:commande|livraison)|etiquette|indique\w*|"
    r"correspond\w*|code-barres?|"
    # ... the item ordered named with its participle (« pas la casserole commandée », « le bracelet choisi »; not « ma
    # commande », the order that came)
    r"(?:le|la|les|l'|un|une|des|mon|ma|mes) ?(?!commande)[\w-]+ (?:\w+ )?(?:commandee?s?|choisie?s?)|"
    r"taille|tailles|pointure|couleur|coloris|teinte|modele|version|quantite|quelqu'un d'autre|"
    # a colour named: the one that came may be other than the one chosen
    r"white|black|grey|gray|silver|blue|navy|red|burgundy|green|olive|khaki|pink|brown|beige|camel|tan|yellow|"
    r"orange|purple|lilac|gold|golden|blanc|blanche|noir|noire|gris|grise|argente|bleu|bleue|marine|rouge|bordeaux|"
    r"vert|verte|kaki|rose|marron|jaune|violet|violette|mauve|dore|doree)s?\b"
)
# ... or a size named as customers write it: a letter size in capitals, or a number after a word that sizes it ("a 12",
# « du 38 », "size 10"), not a count of days or of money
_SIZE_NAMED = re.compile(
    r"\b(?:" + "|".join(LETTER_SIZES) + r")\b|"
    r"\b(?:[Aa]n?|[Tt]he|[Ss]ize|[Dd]u|[Uu]ne?|[Ll]e|[Ll]a|[Ee]n|[Ii]n) \d{1,2}(?:[.,]5)?\b(?![.,]?\d| ?(?:%|£|€|\$|"
    r"days?|weeks?|months?|hours?|minutes?|mins?|years?|pieces?|pack|jours?|semaines?|mois|heures?|ans|pieces?|"
    r"euros?|pounds?|eur|gbp)\b)"
)
# That the item or the parcel came, and when: "I received this lamp today", « J'ai reçu ce collier ce matin »,
# "Got the parcel", « Colis reçu »
_CAME = re.compile(
    r"\b(?:received|receive|receiving|got|came|arrived|arrive|delivered|recu|recue|recus|recues|recois|recoit|"
    r"receptionne\w*|arrivee?s?|livree?s?)\b"
)
_WHEN_AND_WHAT_CAME = re.compile(
    r"\b(?:received|receive|receiving|got|came|arrived|arrive|delivered|today|yesterday|morning|afternoon|evening|"
    r"week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|parcel|package|delivery|order|"
    r"recu|recue|recus|recues|recois|recoit|receptionne\w*|arrivee?s?|livree?s?|aujourd'hui|hier|matin|soir|"
    r"apres-midi|semaine|week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|colis|commande|livraison|"
    r"paquet)\b"
)
# ... and the words around it that say nothing: who, which, greetings, thanks, the return itself
_SAYS_NOTHING = frozenset(
    " ".join(
        (
            "i we i've we've have has had just this that these those the my our your a an it them is was were here",
            "at on in last hello hi hey dear thanks thank you cheers regards please return returning send sending",
            "back ok okay bonjour salut merci cordialement svp stp j'ai j ai avons nous on a je l'ai ce cet cette ces",
            "le la les l' mon ma mes notre nos votre vos un une des du de d' bien ete est c'est ceci voici retour",
            "retourner renvoyer renvoie new nouveau nouvelle",
        )
    ).split()
)
_WORD = re.compile(r"[a-z][a-z'-]*")
# The item's name, in a word ("this lamp", « ce collier »): a second word may be what is wrong with it ("the vase,
# cracked")
_NAME_WORDS = 1


# The item that came named as the one ordered, and nothing said against it ("Got the pan I ordered, I don't want it
# now", "I received the lamp we bought", « J'ai bien reçu la poêle que j'ai commandée »): the item ordered came, so
# those words speak of no other in its place; not the item ordered set against what came ("the pan I ordered is not
# the one that came", "the lamp I ordered but a vase arrived", « la poêle commandée n'est pas celle reçue »)
_CAME_AS_ORDERED = re.compile(
    r"\b(?:got|received|have|has|receive|finally got|(?:it|they|the parcel) (?:came|arrived)(?: with)?) (?:the|my|our) "
    r"(?:[\w-]+ ){1,3}?(?:that |which )?(?:i|we) (?:ordered|bought|chose|picked)\b"
    r"(?![^.!?;]{0,40}\b(?:but|instead|not|isn't|wasn't|wrong|different|other|another|rather|mais|pas)\b)|"
    r"\b(?:j'ai|on a|nous avons) (?:bien |enfin )?recu (?:le|la|les|mon|ma|mes|l') ?(?:[\w-]+ ){1,3}?"
    r"(?:que (?:j'ai|j'avais|nous avons|nous avions|on a|on avait) (?:commande|choisi|achete)e?s?|commandee?s?)\b"
    r"(?![^.!?;]{0,40}\b(?:mais (?:ce n'est|c'est|ce sont|elle n'est|il n'est|ils ne|elles ne)|au lieu|pas|autre|"
    r"mauvaise?s?|differente?s?)\b)"
)


# ... and a change of mind said after it ("Got the lamp I ordered but I no longer need it", « J'ai reçu la poêle
# commandée mais je n'en ai plus besoin »): the "but" sets the customer's need against the item, not another item;
# said to its clause's end, so what follows it is still read ("but I don't want the blue one" names a colour)
_CHANGE_OF_MIND = re.compile(
    r"(?:,? ?\b(?:but|though|yet|mais|sauf que)\b)? ?\b(?:(?:(?:i|we)(?:'ve| have)? )?(?:now |really |actually )?(?:no "
    r"longer|don't|dont|do not|didn't|didnt|did not|won't|will not) (?:really |actually |even )?(?:need|want|use)|"
    r"(?:i|we)(?:'ve| have)? changed (?:my|our) minds?|(?:i|we) (?:no longer|don't|do not) have (?:a |any )?(?:need|"
    r"use) for|(?:je n'en|nous n'en|on n'en|j'en) (?:ai|avons|a) (?:plus|pas) besoin|(?:je n'en|nous n'en|on n'en) "
    r"(?:veux|voulons|veut) (?:plus|pas)|(?:j'ai|nous avons|on a) change d'avis)"
    r"(?: (?:it|them|this|these|that|one|anymore|any more|now|after all|any longer|either|finalement|du tout))*"
    r"(?= *(?:$|[.!?;,]))"
)


def which_item_spoken_of(folded: str, text: str) -> bool:
    """Whether the text (`folded`, `match_view`'s view of `text` as typed) speaks at all of which item was ordered or
    came, or of another in its place (`_WHICH_ITEM`, a size named: `_SIZE_NAMED`): a wrong item sent may be told in any
    of those words, which the text's reading of a shop's mistake does not all catch. The item that came named as the
    one ordered (`_CAME_AS_ORDERED`) speaks of no other, nor does a change of mind said after it (`_CHANGE_OF_MIND`)."""
    came_as_ordered = _CAME_AS_ORDERED.sub(" ", _CHANGE_OF_MIND.sub(" ", folded))
    return bool(_WHICH_ITEM.search(came_as_ordered) or _SIZE_NAMED.search(text))


def only_received(folded: str) -> bool:
    """Whether the text (`match_view`'s folded view) says no more than that the item came (`_CAME`), and when, beside
    greetings, thanks and the item's name in a word ("I received this lamp.", « J'ai reçu ce collier. », "Got
    it today, thanks"): it tells no reason at all ("too big for me", "no lid in the box" are more)."""
    if not _CAME.search(folded):
        return False
    rest = _WHEN_AND_WHAT_CAME.sub(" ", folded)
    return len([word for word in _WORD.findall(rest) if word not in _SAYS_NOTHING]) <= _NAME_WORDS
