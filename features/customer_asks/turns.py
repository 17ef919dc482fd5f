"""The customer's own turns of a chat pasted as the reason (`customer_turns`).

A customer sometimes pastes a chat with the shop's support as their reason: "Customer: ... Agent: is it faulty?
Customer: no, it runs fine ...". The agent's turns are not the customer's words: a question ("was it damaged on
arrival?", « il est défectueux ? ») tells no fault, and an agent's guess is no claim of the customer's. Every reading
of what the customer says reads their turns only.
"""

from __future__ import annotations

import re

# Who speaks for the shop in a chat, as its tools and customers label the turns
_SHOP_SIDE = (
    r"agent|support|support team|advisor|adviser|assistant|rep|representative|operator|bot|chatbot|customer service|"
    r"customer care|customer support|seller|shop|store|conseill[eè]re?|service client|service clients|assistance|"
    r"op[eé]rat(?:eur|rice)|vendeu(?:r|se)|boutique|magasin|sav"
)
# ... and who speaks for the customer
_CUSTOMER_SIDE = r"customer|client|cliente|me|moi|buyer|acheteu(?:r|se)|you|vous"
# A turn's label: the speaker, maybe a time before it ("[10:42] Agent:", "14:03 Client :"), then a colon
_LABEL = re.compile(
    r"(?:\[?\b\d{1,2}[:h]\d{2}(?::\d{2})?\]? ?)?\b(?i:(?P<shop>"
    + _SHOP_SIDE
    + r")|(?P<customer>"
    + _CUSTOMER_SIDE
    + r")) ?:(?![/\d])"
)
# ... at the start of the text or of a line, or after a sentence ends; elsewhere, written with a capital (a chat pasted
# into one line: "... the air fryer Agent: is it faulty?"), not a word of a sentence ("the shop: useless")
_TURN_STARTS = re.compile(r"(?:^|[\n.!?)\]]) *$")


def _turns(text: str) -> list[re.Match[str]]:
    """The labels of the turns of a chat in `text` (`_LABEL`), where a turn may start."""
    return [
        label
        for label in _LABEL.finditer(text)
        if _TURN_STARTS.search(text[: label.start()])
        or text[label.start("shop") if label.group("shop") else label.start("customer")].isupper()
    ]


# A turn that opens agreeing with what the shop asked or said: "yes", "exactly", "that's right", « oui », « c'est ça »
_AGREES = re.compile(
    r"\s*(?i:yes|yeah|yep|yup|exactly|correct|that's right|that is right|right|indeed|absolutely|sadly yes|"
    r"unfortunately yes|afraid so|oui|ouais|exactement|c'est ça|c'est ca|tout à fait|tout a fait|effectivement|"
    r"voilà|voila|hélas oui|helas oui|malheureusement oui)\b"
)


def customer_turns(text: str) -> str:
    """`text` with the shop's turns of a chat pasted in it left out and the speakers' labels blanked, where it holds
    turns of both sides (`_turns`: "Customer: ... Agent: ..."); `text` as it is otherwise (a text that names no shop's
    turn is the customer's words throughout, "Me: too small" among them). A customer's turn that answers yes keeps the
    shop's turn it answers (`_AGREES`)."""
    turns = _turns(text)
    sides = {"shop" if turn.group("shop") else "customer" for turn in turns}
    if sides != {"shop", "customer"}:
        return text
    # (what comes before the first label is the customer's: they wrote it above the chat they pasted)
    kept = [text[: turns[0].start()]]
    said = [text[turn.end() : following.start() if following is not None else len(text)] for turn, following in
            zip(turns, [*turns[1:], None], strict=True)]  # fmt: skip
    for at, turn in enumerate(turns):
        if turn.group("shop"):
            continue
        # a turn that answers yes takes the shop's question it answers as its own words ("Agent: so the jug came
        # cracked? Me: yes, exactly"): a "no" leaves it out
        if at > 0 and turns[at - 1].group("shop") and _AGREES.match(said[at]):
            kept.append(said[at - 1])
        kept.append(said[at])
    # (each turn a sentence of its own: a turn ends where the next one starts, often with no full stop)
    return " ".join(_ended(part.strip()) for part in kept if part.strip())


def _ended(turn: str) -> str:
    """`turn` ending as a sentence does."""
    return turn if turn[-1] in ".!?" else turn + "."
