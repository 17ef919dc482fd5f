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


# Doubt that a person reads the messages at all ("Is anyone even reading this?", "Does anybody actually read these?",
# "Nobody ever answers", "Am I talking to a robot?", « Est-ce que quelqu'un lit mes messages ? », « Personne ne
# répond jamais », « Je parle à un robot ? »): the reply says a person has read it. Asked of the shop's side, in a
# question or said of nobody there; not someone asked to be there for a delivery ("Is anyone home on Friday to sign for
# it?": no reading, no answer) nor a question about the item ("Does anyone know if it fits a king size?").
_THERE = r"(?: there| here| at your end| at (?:the|your) (?:shop|company|end))?"
# What is (not) read must be the customer's messages, said or pointed at ("this", "these", "my emails", "what I
# write"), or nothing at all before the question ends; not reviews, instructions, the goods or quality ("Does anyone
# read the instructions you print?", "Does anyone look at these before they're shipped?", "Does anyone care about
# quality?")
_MESSAGES = (
    r"(?:my|our|these|the|your|all (?:my|the))(?: \w+)? (?:messages?|e-?mails?|mails?|complaints?|letters?|replies|"
    r"chats?|requests?|questions?)|what (?:i|we) (?:write|wrote|send|sent|say|said)"
)
_POINTED = r"(?:this|these|that|them|it|me|us)(?= *(?:\?|\.{2,}|…|$))"
_MESSAGES_FR = (
    r"(?:(?:mes|nos|ces|les|vos) (?:messages|mails|e-mails|courriels|reclamations|demandes|relances)|ce que (?:j'|je |"
    r"nous |on )\w+|(?:mon|ce|notre) (?:message|mail|e-mail|courriel)|ma (?:demande|reclamation|relance))"
)
_HOW_MUCH = r"(?: even| actually| ever| really| at all)*"
_HOW_MUCH_FR = r"(?: vraiment| seulement| meme| au moins| jamais)*"
_NOT_HEARD = re.compile(
    r"\b(?:is|are) (?:anyone|anybody|someone|somebody|there anyone|there anybody|any of you|a human|a person)"
    + _THERE
    + _HOW_MUCH
    + r"(?: (?:reading|listening|answering|looking at|dealing with)(?= *(?:\?|\.{2,}|…|(?:this|these|that|them|it|my|"
    r"our|me|us|the (?:messages?|e-?mails?|complaints?))\b))| (?:there|out there|awake|alive|home)(?= *\?))|"
    r"\b(?:does|do|will|did) (?:anyone|anybody|someone|somebody|any of you|a human|a person|you)"
    + _THERE
    + _HOW_MUCH
    + r" (?:(?:read|reads|look at|looked at|see|saw) (?:"
    + _MESSAGES
    + r"|"
    + _POINTED
    + r")[^.!?]*\?|(?:read|reads|listen|listens|care)(?: at all)? *\?)|"
    r"\b(?:are|is) (?:these|my|our|the) (?:messages|emails|e-mails|complaints|letters|message|email|complaint)"
    + _HOW_MUCH
    + r" (?:being )?(?:read|looked at|seen)\b[^.!?]*\?|"
    r"\b(?:no ?one|nobody|no-one)(?: there| at all| here)? (?:ever |even |actually |seems to |bothers to |cares to )*"
    r"(?:reads? (?:my|our|these|them|the (?:messages?|e-?mails?))|listens?|answers?(?! the door)|replies|responds?|"
    r"gets? back)\b|"
    r"\bam i (?:talking|speaking|writing|chatting) to (?:a |an )?(?:robot|bot|machine|wall|brick wall|computer|"
    r"automated)\b|\bis (?:this|that|it) (?:just )?(?:a |an )?(?:bot|robot|automated (?:reply|response|message|"
    r"system)|auto-?reply|copy and paste)\b(?: *\?)|"
    r"\b(?:est-ce qu'?|est ce qu'?)?(?:quelqu'?un|quelqu un|une personne|un humain)(?:-il)?(?: va| peut| a)?"
    + _HOW_MUCH_FR
    + r" (?:(?:lit|lire|lu|lira)(?:-il)?(?:"
    + _HOW_MUCH_FR
    + r") (?:"
    + _MESSAGES_FR
    + r")[^.!?]*\?|(?:lit|lu|ecoute|m'ecoute)(?:-il)? *\?)|"
    r"\b(?:y a-t-il|il y a|y'a) (?:quelqu'un|une personne|un humain)(?: (?:qui (?:lit|lise|repond|reponde|ecoute|"
    r"s'occupe)\w*[^.!?]*|de vivant|(?:chez vous|la|la-bas)(?= *\?)))? *\?|"
    r"\b(?:mes|ces|nos) (?:messages|mails|e-mails|courriels|reclamations) (?:sont-ils|sont)"
    + _HOW_MUCH_FR
    + r" (?:lus|lues|regardes|ecoutes)\b[^.!?]*\?|"
    r"\bpersonne ne (?:me (?:lit|repond|ecoute)|repond|ecoute|lit (?:jamais |meme |vraiment )*"
    + _MESSAGES_FR
    + r"|prend la peine|daigne)\b|"
    r"\b(?:je parle|je m'adresse|j'ecris|je discute) (?:a|avec) (?:un|une) (?:robot|machine|mur|ordinateur)\b|"
    r"\bc'est (?:un|une) (?:robot|machine|reponse automatique) qui (?:repond|me repond)\b"
)


def not_heard(folded: str) -> bool:
    """Whether the text doubts that a person reads the customer's messages at all (`_NOT_HEARD`), not denied in its
    clause ("I know someone reads these", « je sais que quelqu'un lit »: no doubt there)."""
    return any(not denied(folded, match, NEGATION_IN_CLAUSE) for match in _NOT_HEARD.finditer(folded))


# A scornful verdict said in a sentence of its own, a word or two ("Useless.", "Pathetic!", "What a joke.", « Nul. »,
# « Lamentable ! », « C'est une honte. »): anger told in a word, which a congratulation would answer flippantly; not
# the word inside a longer sentence ("useless for my needs", « pas nul du tout »), nor a word of praise.
_SCORN_EN = (
    r"(?:useless|pathetic|ridiculous|unacceptable|disgraceful|disgusting|shocking|appalling|terrible|awful|rubbish|"
    r"hopeless|outrageous|shambolic|(?:what )?a (?:joke|disgrace|shambles)|not good enough|thanks for nothing)"
)
_SCORN_FR = (
    r"(?:nul|nulle|lamentable|inadmissible|inacceptable|honteux|scandaleux|pitoyable|inutile|ridicule|n'importe quoi|"
    r"(?:quelle|une) (?:honte|blague|arnaque))"
)
_INTENSIFIERS = (
    r"(?:(?:absolutely|completely|totally|utterly|just|so|really|simply|frankly|honestly|c'est|vraiment|franchement|"
    r"totalement|completement|tout simplement|juste|trop|tellement|archi|super) )*"
)
# ... said once or again ("Useless, absolutely useless.", « Nul, nul, nul. »), with a word of emphasis after it
# ("Pathetic really.", « Nul de chez nul. »)
_VERDICT = rf"{_INTENSIFIERS}(?:{_SCORN_EN}|{_SCORN_FR})"
_SCORN = re.compile(
    rf"(?:^|[.!?;:] *){_VERDICT}(?:[ ,!.…-]+{_VERDICT})*(?: (?:really|indeed|quoi|de chez nul|a souhait))?"
    r"(?= *(?:$|[.!?…]))"
)


def scorned(folded: str) -> bool:
    """Whether the text passes a scornful verdict in a sentence of its own (`_SCORN`: "Useless.", « Nul. »)."""
    return bool(_SCORN.search(folded))
