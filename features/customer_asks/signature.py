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
# ... then, after a comma, a full stop or a line break, the name alone at the very end: a capitalised first name or an
# initial, maybe a surname, maybe an order number in brackets ("Thanks, Ruth (order 30918)", "Yours faithfully,
# R. Pemberton"); not "Thanks Sarah" with nothing between (said to someone), nor a second sign-off ("Merci. Bonne
# Journée")
_SIGNATURE = re.compile(
    r"(?:^|[.!?,;:\n]\s*)"
    + _SIGN_OFF
    + r"\s*[,.!:;\n-]+\s*(?!"
    + _SIGN_OFF
    + r"\b)(?P<name>[A-ZÀ-Ý](?:[a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?|\.)(?: [A-ZÀ-Ý][a-zà-ÿ'-]+)?)"
    r"\s*(?:\([^()]*\))?\s*[.!]?\s*$"
)


def signed_name(text: str) -> str | None:
    """The name the text is signed with at its end ("Ruth", "R. Pemberton"), None where it is not signed."""
    found = _SIGNATURE.search(text.strip())
    return found.group("name") if found else None
