"""Feelings: the customer (or someone close to them) says the return has upset them deeply."""

from __future__ import annotations

import re

from features.customer_asks.clauses import NEGATION_IN_CLAUSE, clause_around, denied

# A heart said broken ("Heartbroken", "It broke my heart", "my heart sank", « j'ai le cœur brisé », « ça m'a brisé le
# cœur », « mon cœur est brisé »): a feeling, no broken item, so it is blanked before faults are read; not a
# heart-shaped thing that broke (« le pendentif cœur est brisé », « le cœur s'est brisé en deux », "the heart pendant is
# broken"): in French a person's heart is someone's (« mon cœur ») or had (« j'ai le cœur brisé »), never « le cœur »
# alone.
_HEART_BROKEN = (
    r"heart ?broken|heart-broken|broke (?:my|her|his|their|our) hearts?|(?:my|her|his|our|their) hearts? (?:broke|"
    r"sank|(?:is|was|has been) broken)|(?:mon|son|notre|leur|nos|leurs) coeurs? (?:s'est |est )?brisee?s?|"
    r"(?:ai|as|a|avons|avez|ont|avais|avait|avions|avaient|eu) le coeur brise|brise (?:le|mon|son|notre|leur) coeur"
)
HEART_BROKEN = re.compile(rf"\b(?:{_HEART_BROKEN})\b")
# Deep upset told in so many words: a heart broken, "She's devastated", "I'm gutted", "my daughter was in tears", "I was
# so upset", « elle est effondrée », « ma fille a pleuré », « je suis tellement triste », « dégoûtée ». Upset and sad
# only as someone's state ("I was so upset", « très triste »), not an upset stomach; crying only as what someone did.
_DEEPLY_UPSET = re.compile(
    rf"\b(?:{_HEART_BROKEN}|devastated|gutted|distraught|in (?:floods of )?tears|(?:led|leading|reduced \w+|close) to "
    r"tears|"
    r"(?:i|she|he|we|they|my \w+|our \w+) (?:cried|burst into tears|(?:was|were) (?:close to |nearly |almost )?"
    r"crying)|"
    r"(?:i'm|i am|i was|i felt|i feel|she's|she is|she was|he's|he is|he was|we're|we are|we were|they're|they are|"
    r"they were|left me|made me|made (?:her|him|them|us)|(?:got|gets|get|became) (?:so |really |very |quite )*)"
    r" ?(?:so |really |very |quite |absolutely |completely |utterly |extremely |deeply |terribly |genuinely |truly |"
    r"incredibly |pretty |properly )*(?:upset|sad)(?! (?:stomach|tummy)\b)|"
    # a person who is devastated (« je suis effondrée », « elle est anéantie »), not a thing that collapsed
    # (« l'étagère s'est effondrée »)
    r"(?<!s')(?<!\bse )(?:suis|est|etait|etais|sommes|sont|etaient|me sens|se sent) (?:vraiment |tellement |"
    r"completement |totalement |tres )*(?:effondree?s?|devastee?s?|aneantie?s?)|en larmes|en pleurs|"
    # crying told in French: « mon fils a pleuré », « elle pleure », not a doll's cry (« la poupée qui pleure ») nor
    # watering eyes (« les yeux qui pleurent »)
    r"(?:a|ont|avait|avaient|en a|en ont) pleure|(?:elle|il|ils|elles|je|on) (?:pleure|pleurait|pleurent|pleuraient)|"
    r"(?:suis|est|etait|etais|sommes|sont|etaient) (?:vraiment |tellement |si |tres |trop |super |hyper )*"
    r"(?:triste|tristes|degoutee?s?))\b|"
    # ... or said bare at the start of a sentence ("Very upset.", « Vraiment triste qu'elle ne m'aille pas ! »)
    r"(?:^|[.!?;] ?)(?:so |very |really |absolutely |vraiment |tellement |tres |trop |si )*(?:upset|sad|triste)\b"
    r"(?= *(?:$|[.!?;,]|(?:that|qu|de|d')\b))"
)
# ... nor tears of laughter ("I cried laughing at how big it is", « Je pleure de rire »)
_LAUGHING = re.compile(r" *(?:,? ?(?:laughing|with laughter|of laughter|from laughing|de rire)\b)")
# ... not a feeling only foreseen or supposed in its clause ("he'd be heartbroken", "I would be gutted if it broke",
# « elle serait effondrée »)
_ONLY_FORESEEN = re.compile(r"\b(?:would|'d|will|'ll|might|could|may|if|serait|seraient|sera|seront|si)\b")


def deeply_upset(folded: str) -> bool:
    """Whether the text says the return has upset someone deeply (`_DEEPLY_UPSET`), not a feeling only foreseen or
    supposed in its clause (`_ONLY_FORESEEN`), denied there ("not that upset", « pas triste ») nor tears of laughter
    (`_LAUGHING`)."""
    for match in _DEEPLY_UPSET.finditer(folded):
        clause = clause_around(folded, match)
        before = clause[: clause.index(match.group(0))]
        foreseen = _ONLY_FORESEEN.search(before) or denied(folded, match, NEGATION_IN_CLAUSE)
        if not (foreseen or _LAUGHING.match(folded, match.end())):
            return True
    return False
