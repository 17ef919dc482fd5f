"""The name a return text is signed with (`signed_name`): "Thanks, Ruth", « Je vous remercie par avance. Catherine »."""

from __future__ import annotations

import re

# The words a message closes with before the name signed, as customers write them (any case)
_SIGN_OFF = (
    r"(?i:thanks(?: again| so much| very much| in advance)?|thank you(?: again| so much| very much| in advance)?|"
    r"many thanks|(?:kind |best |warm |warmest |many )?regards|best wishes|all the best|best|cheers|(?:yours )?"
    r"(?:sincerely|faithfully|truly)|merci(?: beaucoup| encore| d'avance| par avance| a vous| à vous)?|par avance|"
    r"d'avance|(?:bien )?cordialement|bien (?:a|à) vous|(?:sinceres |sincères |meilleures )?salutations|bonne "
    r"(?:journee|journée|soiree|soirée)|amicalement|je vous remercie(?: par avance| d'avance)?)"
)
# Capitalised words that close a message and are no one's name: the shop's words, an article ("Thanks. Refund.",
# "Thank you. Appreciated.", "Thanks, The Smiths")
_NO_NAME = (
    r"(?:the|a|an|le|la|les|refund|refunds|appreciated|sorry|urgent|please|asap|again|anyway|everyone|all|team|"
    r"customer|return|returns|rembourse\w*|remboursement|retour|svp|encore|merci)"
)
# A title or a household signed before a surname ("Kind regards, Mrs Smith", « Cordialement, Mme Dupont », « Famille
# Dubois »): no first name
SIGNED_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "m", "mme", "mlle", "madame", "monsieur", "famille", "family"}
)
# ... then, after a comma, a full stop or a line break, the name alone at the very end: a capitalised first name, an
# initial or a title, maybe a surname, maybe an order number in brackets ("Thanks, Ruth (order 30918)", "Yours
# faithfully, R. Pemberton"); not "Thanks Sarah" with nothing between (said to someone), a second sign-off ("Merci.
# Bonne Journée") nor a word that is no name (`_NO_NAME`)
_SIGNATURE = re.compile(
    r"(?:^|[.!?,;:\n]\s*)"
    + _SIGN_OFF
    + r"\s*[,.!:;\n-]+\s*(?!(?:"
    + _SIGN_OFF
    + "|(?i:"
    + _NO_NAME
    + r"))\b)(?P<name>[A-ZÀ-Ý](?:[a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?|\.)(?: [A-ZÀ-Ý][a-zà-ÿ'-]+)?)"
    r"\s*(?:\([^()]*\))?\s*[.!]?\s*$"
)


def signed_name(text: str) -> str | None:
    """The name the text is signed with at its end ("Ruth", "R. Pemberton"), None where it is not signed."""
    found = _SIGNATURE.search(text.strip())
    return found.group("name") if found else None
