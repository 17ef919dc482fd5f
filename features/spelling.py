"""The ask and fault words customers mistype, mended before the keyword rules read a text.

Customers type on phones: "exchnage for 38 please", "refud to my card", « echnage en L svp », « rembourssement »,
"Lamp arrived craked", "havent recieved it". The rules that read what a text asks for spell each ask or fault word
one way, so a slip of one letter lost the ask, and with it the size asked ("exchaneg for 38 please!" read no size), or
the fault. A word one slip away from one of them (a letter dropped, doubled, added, changed, or two letters swapped) is
read as that word, unless it is a word of its own (« change », « emplacement », « échangeur », "exchanged", "defund",
"tracked", "receive", "broker"). French typed without its apostrophes (« jai pris du 38 », « dhabitude ») is read with
them.
"""

from __future__ import annotations

import re
import string
from functools import cache

# The ask words mended, longest first: a slip one slip away from two of them is read as the first ("echangr" is
# « échanger »). Words of 6 letters or more only: a slip in a shorter word ("swap": "soap", "snap") is as often
# another word.
_ASK_WORDS: tuple[str, ...] = (
    "remboursement", "remplacement", "replacement", "echanger", "exchange", "echange", "refund",
)  # fmt: skip
# The fault words mended, as the ask words are: a parcel that never came, or an item that came broken.
_FAULT_WORDS: tuple[str, ...] = (
    "scratched", "delivered", "received", "cracked", "damaged", "arrived", "chipped", "missing", "stained", "broken",
    "faulty",
)  # fmt: skip
# Words one slip away from an ask word that are words of their own, in either language (inflections of the ask
# words too: « échangez », "exchanged" say the same ask their own way, or a past one): never mended.
_WORDS_OF_THEIR_OWN = frozenset({
    "change", "changer", "rechange", "rechanger", "echanges", "echangee", "echangez", "echangea", "echangera",
    "echangeur", "echangeurs", "exchanges", "exchanged", "exchanger", "refunds", "defund", "refind", "refond",
    "refend", "replacements", "deplacement", "remplacements", "emplacement", "remboursements", "rembourserent",
    "remplacerent", "replacerent",
    # ... and from a fault word (every word one slip away in the English and French word lists)
    "clacked", "cracker", "crackled", "cranked", "cricked", "crocked", "fracked", "racked", "tracked", "deceived",
    "receive", "receiver", "receives", "damage", "damages", "broke", "broker", "scratche", "scratchee", "scratcher",
    "scratches", "scratchez", "arrive", "arrivee", "arriver", "arrives", "arrivez", "deliverer", "chapped", "chipper",
    "chirped", "chopped", "clipped", "hipped", "shipped", "whipped", "dissing", "hissing", "kissing", "massing",
    "messing", "misting", "misusing", "mussing", "pissing", "strained", "faculty", "fault", "faults",
    # ... and places an address or a delivery names, which the word lists leave out ("I live in Staines")
    "staines",
})  # fmt: skip
_WORD = re.compile(r"[a-z]+")
# Words customers shorten on a phone, read in full, one word for one: "sz up" is "size up", "need sz 10" "need size 10".
_SHORTHANDS = {"sz": "size"}


def _slips(word: str) -> set[str]:
    """Every spelling one slip away from `word`: a letter dropped, added or changed, or two neighbours swapped."""
    letters = string.ascii_lowercase
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {head + tail[1:] for head, tail in cuts if tail}
    added = {head + letter + tail for head, tail in cuts for letter in letters}
    changed = {head + letter + tail[1:] for head, tail in cuts if tail for letter in letters}
    swapped = {head + tail[1] + tail[0] + tail[2:] for head, tail in cuts if len(tail) > 1}
    return (dropped | added | changed | swapped) - {word}


@cache
def _mended_words() -> dict[str, str]:
    """Each slip of an ask or fault word (`_ASK_WORDS`, `_FAULT_WORDS`) and the word it is read as, built once."""
    mended: dict[str, str] = {}
    for word in _ASK_WORDS + _FAULT_WORDS:
        for slip in _slips(word) - _WORDS_OF_THEIR_OWN - set(_ASK_WORDS + _FAULT_WORDS):
            mended.setdefault(slip, word)
    return mended | _SHORTHANDS


# « échange » folds to "echange", which is also "exchange" typed without its x in an English text ("I'd like to echange
# it for a 40", "can I echange for a 12"): read as "exchange" next to an English word only, so a French text keeps its
# own word, and so does « echange en » after one ("trop petit pls echange en 38": SMS French borrows "pls", and the
# French size reading needs « echange en »); "echanged" and "echanging" are no French words.
_ECHANGE_IN_ENGLISH = re.compile(
    r"\b(?P<before>(?:to|an|i|please|pls|can|could|would|you|and|or) )echange\b(?! en\b)|"
    r"\bechange(?= (?:it|them|this|these|for|please|pls|the|my|or)\b)|\bechang(?P<english>ed|ing)\b"
)


# SMS French writes « un » as "1" before a size (« echange pour 1 40 svp », « je voudrais 1 M »): read as « un » after
# the words that ask for one, so the size rules see the article they know; not a count ("1 40 et 1 42 commandés" said
# first, "I'd like 1 40cm cushion").
_SMS_UN = re.compile(
    r"\b(?P<before>(?:pour|contre|en|voudrais|veux|voulais|faut|faudrait|prends|prendrai|prendrais|envoyer|"
    r"envoyez)(?:-moi)? )1(?= (?:\d{2}|x{0,3}[sml]|xxl)(?:$|[\s.,;:!?]))"
)


# French typed without its apostrophes (« jai pris du 38 », « dhabitude », « cest trop petit », « je lai renvoye »): an
# elided word written whole is read with its apostrophe, as the rules spell it. The forms customers write most (in
# the corpus's French texts), and only those that are no word of their own in either language (not « lavez », a wash,
# « lacet », « dune », « limage », "nose", "men", "Davis"); "dun" is read « d'un », the English colour being rare in
# a return.
_ELIDED_WORDS = {
    f"{head}{rest}": f"{head}'{rest}"
    for head, rests in (
        ("j", ("ai", "avais", "aurais", "aurai", "etais", "aime", "aimerais", "adore", "achete", "attends", "attendais",
               "essaie", "essaye", "hesite", "habite", "utilise", "y", "envoie", "avoue", "espere")),
        ("d", ("habitude", "autre", "autres", "accord", "abord", "ailleurs", "origine", "echange", "achat", "article",
               "etiquette", "emballage", "avance", "hiver", "un", "apres", "eau", "avoir", "usine", "ici", "usage",
               "anniversaire", "expedition")),
        ("c", ("est", "etait")),
        ("l", ("ai", "aurais", "autre", "article", "echange", "echanger", "etiquette", "emballage",
               "envoyer", "envoie", "envoi", "essayer", "essaye", "acheter", "ecran", "interieur", "appareil",
               "ouverture", "entrejambe", "annonce", "enveloppe", "odeur", "assise", "heure", "utiliser", "appli",
               "aspirateur", "ecrin", "ourlet", "arrivee", "imprimante", "ordinateur", "usage", "etape", "endroit",
               "elastique", "epaule", "entree", "escalier", "annee", "installer", "ancien", "armoire", "huile",
               "arceau", "imprime", "usure", "echelle", "enceinte", "envers", "ensemble", "anniversaire",
               "eau")),
        ("n", ("ai", "avais", "avait", "etait", "avons", "avez", "en", "arrive", "ont", "aime", "importe")),
        ("s", ("il", "ils", "est", "arrete", "arretent", "allume", "ecaille", "eteint", "y", "ouvre", "use",
               "effiloche")),
        ("m", ("envoyer", "envoyez", "avez", "avait", "arrive", "attendais", "indiquer", "adresser", "est")),
        ("qu", ("il", "ils", "on", "un", "une", "en", "annonce")),
        ("jusqu", ("a", "au", "aux")),
    )
    for rest in rests
} | {"aujourdhui": "aujourd'hui", "quelquun": "quelqu'un"}  # fmt: skip
# ... and forms that are words of their own ("the nest of tables", "Jen", "NY", « ma taille », « quelle taille », « je
# lavais », « en lavant »), read as elided only before the French word that follows them there (« nest pas », « jen
# ai besoin », « ny a rien », « ma envoye », « quelle soit », « je lavais commande »; « lavant », « limage » never)
_ELIDED_BEFORE = re.compile(
    r"\b(?:(?P<n>n)(?P<est>est|a)(?= (?:pas|plus|jamais|que|rien|point|toujours|vraiment|meme|aucun|aucune|ete)\b)|"
    r"(?P<qu>qu)(?P<elle>elles?)(?= (?:est|etait|soit|sont|soient|ont|avait|ne|n'\w+|me|m'\w+|se|s'\w+|fasse|fait|va|"
    r"aille|sera|serait|puisse|arrive|tient|ferme|marche|fonctionne|coute|allait)\b)|"
    r"(?P<l>l)(?P<avais>avai[st])(?= (?:deja|bien|pourtant|commande\w*|achete\w*|pris|recu\w*|eu|vu|paye\w*|porte\w*|"
    r"essaye\w*|choisi\w*|offert\w*|mis|garde\w*|renvoye\w*|retourne\w*|jamais|pas|plus|toujours|trouve\w*)\b)|"
    r"(?P<j>j)(?P<en>en)(?= (?:ai|avais|aurais|veux|voulais|voudrais|suis|prends|prendrai|ferai|achete|commande)\b)|"
    r"(?P<ny_n>n)(?P<y>y)(?= (?:a|avait|aura|arrive|arrivent|comprends|connais|peux)\b)|"
    r"(?P<m>m)(?P<a>a)(?= (?:envoye|envoyee|envoyes|ete|dit|fait|rembourse|remboursee|propose|conseille|repondu|"
    r"appele|appelee|livre|livree|vendu|coute|plu|pas|jamais|rien)\b))"
)


def _elided(folded: str) -> str:
    """`folded` with the French elisions typed without their apostrophe written with it (`_ELIDED_WORDS`,
    `_ELIDED_BEFORE`), word for word."""
    folded = _WORD.sub(lambda word: _ELIDED_WORDS.get(word[0], word[0]), folded)
    return _ELIDED_BEFORE.sub(lambda word: "'".join(part for part in word.groups() if part), folded)


def mended_ask_words(folded: str) -> str:
    """`folded` (a `features.text.match_view` text: lower case, no accents) with each ask or fault word typed one slip
    away from its spelling written as spelt ("exchnage for 38" -> "exchange for 38"), a shorthand in full ("sz up" ->
    "size up", `_SHORTHANDS`), and the French « échange »
    typed in an English text for "exchange" written "exchange", and SMS French "1" for « un » before a size
    (`_SMS_UN`), and French elisions typed without their apostrophe written with it (`_elided`), every other character
    kept: the text keeps its words one for one, as the size rules that pair its
    words with the text as typed need."""
    table = _mended_words()
    mended = _SMS_UN.sub(r"\g<before>un", _WORD.sub(lambda word: table.get(word[0], word[0]), _elided(folded)))
    return _ECHANGE_IN_ENGLISH.sub(lambda word: (word["before"] or "") + "exchang" + (word["english"] or "e"), mended)
