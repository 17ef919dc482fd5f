"""The words around a match: clauses and sentences, the negation before a reading, and the kinds of a rule table
found in a text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from features.pattern_words import patterns_that_may_match
from features.text import CLAUSE_END, WORDS_BEFORE_CHARS, regex, words_before

# This module's rules end a sentence at a semicolon too; one set of marks for `SENTENCE_END` and `sentence_bounds`.
SENTENCE_MARKS = ".!?;"
SENTENCE_END = re.compile(f"[{SENTENCE_MARKS}]")
# A "but" in a clause turns to another thing ("Nice design but the fabric is see-through")
_BUT = re.compile(r"\b(?:but|yet|mais)\b")
# A negation just before a fault word in the same sentence ("no damage", "not broken", « aucun défaut »,
# « sans tache »); "no change. faulty heater" is not one, nor one before the subject that begins another clause
# ("Not happy, it broke after a day", « pas bien, elles se détachent »). A conjunction does not end its reach here:
# "no scratches and dents" denies both.
NEGATION_WORDS = (
    r"\b(?:no|not|nothing|without|never|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|didn't|doesn't|"
    r"don't|won't|zero|pas|aucun|aucune|sans|ni|rien|jamais)\b"
)
_CLAUSE_SUBJECT = r"(?:it|they|he|she|we|i|you|il|elle|ils|elles|on)\b"
NEGATION = re.compile(NEGATION_WORDS + r"(?:[^\w.!?;]+(?!" + _CLAUSE_SUBJECT + r")\w+){0,2}[^\w.!?;]*$")
_SUBJECT_FIRST = re.compile(_CLAUSE_SUBJECT)
# A fault looked for and not found, said just after it ("checked for dead pixels and found none",
# "stuck pixels: none.", « vérifié les pixels morts, je n'en ai trouvé aucun »); not "found none of the screws". The
# gaps are bounded so that a scan from every position stays linear on a run of punctuation.
_NOT_FOUND_AFTER = re.compile(
    r"[^\w.!?;]{0,40}(?:(?:and|but|et|mais) )?(?:(?:i|we|je|on|nous) )?(?:(?:found|saw|there (?:are|were|was|is)) "
    r"none\b(?! of)|none(?: found)?[^\w]{0,40}(?:[.!?;]|$)|n'en (?:ai|avons|a) (?:trouve|vu) aucune?\b|"
    r"(?:il )?n'y en (?:a|avait) (?:aucune?|pas)\b)|"
    # ... or asked and answered no: "Shrank? no, it's just small", « Défectueux ? Non » (not "Broken? No idea")
    r" ?\?+ *(?:no|nope|nah|non)\b(?! (?:ideas?|clue|way)\b)"
)
# A late delivery is denied only in its own clause: "Didn't fit, arrived late too", "No, it arrived two days late"
# deny something else before the comma, "Didn't fit and arrived late" before the conjunction, and "Not happy it
# arrived late", "No surprise they came late" before the subject that begins the clause saying it.
_CLAUSE_START = r"(?:" + _CLAUSE_SUBJECT + r"|(?:and|but|plus|then|et|mais|puis)\b)"
NEGATION_IN_CLAUSE = re.compile(NEGATION_WORDS + r"(?:[^\w.!?;,:]+(?!" + _CLAUSE_START + r")\w+){0,2}[^\w.!?;,:]*$")


def first_reading(patterns: Sequence[str], text: str) -> re.Match[str] | None:
    """The first reading of any of the patterns in the text (of two at one place, the first pattern's): what one
    alternation of them would read, but each pattern scanned alone (`patterns_that_may_match`), so that a
    back-reference counts the groups of its own pattern, not of those before it ("i ordered the 10 litre and got the 5
    litre" was read no shop mistake)."""
    found = (match for pattern in patterns_that_may_match(patterns, text) if (match := regex(pattern).search(text)))
    return min(found, key=lambda match: match.start(), default=None)


# Kinds whose words say a negation of their own ("my parcel never arrived"): a negation before them is no denial but
# the text's tone (« Pas content, mon colis n'est jamais arrivé. », "Not happy, my order never came").
_SAID_WITH_ITS_NEGATION = frozenset({"not_received"})


def _any_match(patterns: Sequence[str], text: str) -> bool:
    """Whether one of the patterns matches somewhere in the text; only those whose words it holds are scanned."""
    return any(regex(pattern).search(text) for pattern in patterns_that_may_match(patterns, text))


def kinds_found(kinds: dict[str, tuple[str, ...]], text: str, negatable: bool = False) -> tuple[str, ...]:
    hits = []
    for kind, patterns in kinds.items():
        if not negatable or kind in _SAID_WITH_ITS_NEGATION:
            if _any_match(patterns, text):
                hits.append(kind)
            continue
        for pattern in patterns_that_may_match(patterns, text):
            matches = regex(pattern).finditer(text)
            if any(
                not denied(text, match, NEGATION) and not _NOT_FOUND_AFTER.match(text, match.end()) for match in matches
            ):
                hits.append(kind)
                break
    return tuple(hits)


def said_with(folded: str, reading: re.Match[str], words: int = 3) -> str:
    """A reading with the few `words` said either side of it in its clause, up to a "but" (`_BUT`): what it is said
    of ("the see-through sleeves are lovely", « le sac transparent »), not what else an unpunctuated text says."""
    before = words_before(folded, reading.start())
    breaks = list(CLAUSE_END.finditer(before)) + list(_BUT.finditer(before))
    before = before[max((found.end() for found in breaks), default=0) :]
    after = folded[reading.end() : reading.end() + WORDS_BEFORE_CHARS]
    ends = [found.start() for found in (CLAUSE_END.search(after), _BUT.search(after)) if found]
    after = after[: min(ends, default=len(after))]
    return " ".join([*before.split()[-words:], reading.group(0), *after.split()[:words]])


def denied(text: str, reading: re.Match[str], negation: re.Pattern[str], group: int | str = 0) -> bool:
    """Whether `negation` just before `reading` (or one `group` of it) denies it; a reading that begins with its subject
    ("it broke after a day") begins a clause of its own, which a negation before it does not reach ("Not happy, it
    broke ...")."""
    return not _SUBJECT_FIRST.match(text, reading.start(group)) and bool(
        negation.search(words_before(text, reading.start(group)))
    )


# A negated forget, mind or regret is no denial of what follows it but an ask or an assent ("Please don't forget to
# refund the engraving", "I didn't mind paying for next day delivery", « N'oubliez pas de rembourser la gravure »):
# `affirmed` reads the verb without its negation.
_NEGATED_CARE = re.compile(
    r"\b(?:don't|dont|do not|didn't|didnt|did not|never|won't|wont|will not)( (?:forget|mind|minded|regret|"
    r"regretted)\b)|\bn'(oubli(?:ez|e|ons)) pas\b|\bsans (oublier)\b|\bne (regrette) pas\b"
)


def affirmed(patterns: tuple[str, ...], folded: str) -> bool:
    """Whether one of `patterns` reads in `folded` with no negation in its clause just before it, nor just before the
    charge its `paid_for` group names (`NEGATION_IN_CLAUSE`): "I never paid any customs", « Je n'ai rien payé en
    frais de douane », "I paid by card, no customs charges" deny a payment; "Didn't fit, paid for express delivery"
    does not, nor does a negated forget, mind or regret (`_NEGATED_CARE`)."""
    folded = _NEGATED_CARE.sub(lambda care: "".join(verb for verb in care.groups() if verb), folded)
    for pattern in patterns:
        compiled = regex(pattern)
        groups = (0, "paid_for") if "paid_for" in compiled.groupindex else (0,)
        for match in compiled.finditer(folded):
            if not any(
                match.start(group) >= 0 and denied(folded, match, NEGATION_IN_CLAUSE, group) for group in groups
            ):
                return True
    return False


def clause_around(folded: str, reading: re.Match[str], group: int | str = 0) -> str:
    """The clause a reading (or one `group` of it) stands in, read at most `WORDS_BEFORE_CHARS` either side of it."""
    before = words_before(folded, reading.start(group))
    breaks = list(CLAUSE_END.finditer(before))
    after = folded[reading.end(group) : reading.end(group) + WORDS_BEFORE_CHARS]
    end = CLAUSE_END.search(after)
    return (
        before[breaks[-1].end() if breaks else 0 :] + reading.group(group) + after[: end.start() if end else len(after)]
    )
