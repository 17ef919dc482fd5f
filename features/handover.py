"""When a person, not a draft, should answer a return text (English and French).

A draft is the wrong answer to a customer who says someone was hurt (`features.injury`), who is angry, threatens
legal action, a chargeback or a public review, who says the payment was made without the card holder's consent ("my
son used my card", « j'ai utilisé la carte de ma mère ... elle n'était pas d'accord »: what happens to the money is a
person's matter whatever the policy says of the item), or asks for a person or a phone call, and to one who says what
the return is about is in another email or call ("Returned, see my email to customer service"): the draft cannot
read it, so its reason is a guess and its next steps may be for an item already sent back. Happy exclamation marks
("great!!!", « Super robe !!! ») and polite, mild disappointment are not signs of any of these.

Rules over a lower-case, accent-free view of the text, per language because a word can be harmless
in the other one (French "trop court" is not a court of law). Capitals count as shouting only
when most of a longer text is in capitals *and* it carries a complaint word: many customers simply
type in capitals ("I GOT IT AS A PRESENT, DON'T LOVE IT"). `data/handover/handover_messages.csv`
holds the labelled messages the rules are measured on (`tests/data/test_handover_set.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from features.injury import someone_hurt
from features.pattern_words import patterns_that_may_match
from features.text import VIEWS_MEMO, match_view, regex, sentence_bounds, words_before

HANDOVER_KINDS: tuple[str, ...] = (
    "injury",
    "legal",
    "payment_dispute",
    "unauthorised_payment",
    "public_review",
    "person",
    "explained_elsewhere",
    "unanswered",
    "angry",
    "shouting",
)

# Whom an earlier email or call went to, part of its pointer: "see my email to customer service"
_TO_THE_SHOP = r"(?: (?:to|with) (?:customer services?|(?:your|the) (?:team|colleague|customer service|shop)))?\b"
# ... not the item's own message or notes ("see the message on the screen: E3", « voir le message d'erreur », "see the
# notes in the manual"), nor the shop's confirmation mail (« comme indiqué dans le mail de confirmation »): no reason
# told elsewhere is in them
_NOT_ELSEWHERE = (
    r"(?! (?:on|in) (?:the |my |its |your )?(?:screen|display|app|device|manual|instructions|leaflet)\b|"
    r" d'erreur\b| (?:sur|a|dans) (?:l'ecran|l'afficheur|l'appli\w*|la notice|le manuel|le mode d'emploi)\b|"
    r" de (?:confirmation|commande|livraison|suivi|expedition)\b)"
)

# What an item shows, measures or does by itself, just before « n'importe quoi » (`_items_own_doing`): its readings are
# wrong, which is a fault, not anger at the shop (« Le thermomètre affiche vraiment n'importe quoi », « la balance
# indique tout et n'importe quoi », « Le robot fait n'importe quoi », « le détecteur sonne pour n'importe quoi »); not
# what the shop or its people do (« Votre service client fait n'importe quoi », « on fait n'importe quoi »)
_SHOPS_SIDE = (
    r"(?:service|sav|livreu\w*|vendeu\w*|site|magasin|boutique|personnel|equipe|support|transporteur|conseill\w*|"
    r"client|entreprise|societe|marque|enseigne|poste|plateforme|banque|direction|responsable|gerant\w*|standard\w*|"
    r"agent|agence|colissimo|chronopost|relais|boite|compagnie|maison)"
)
_ITEMS_OWN_DOING = re.compile(
    r"\b(?:affich|indiqu|marqu|mesur|donn|detect|capt|enregistr|imprim|calcul|compt|lit|lisait)\w*"
    r"(?: (?!pas\b|plus\b)[\w-]+){0,2}? (?:tout et )?$|"
    r"\b(?:sonn|bip|declench|reag|allum|demarr)\w* (?:pour|a|avec) $|"
    r"(?:\b(?P<pronoun>il|elle|ils|elles|ca)|\b(?:le|la|les|mon|ma|mes|ce|cet|cette|ces) (?!" + _SHOPS_SIDE + r"\b)"
    r"[\w-]+|\bl'(?!" + _SHOPS_SIDE + r"\b)[\w-]+) (?:fait|font|faisait|faisaient)(?: (?!pas\b|plus\b)[\w-]+){0,2}? "
    r"(?:tout et )?$"
)
# ... a pronoun there is a person's where the text names one before it (« J'ai eu une conseillère au téléphone, elle
# fait n'importe quoi »)
# (a person, not a place or a company: « Acheté sur votre site ..., il fait n'importe quoi » is the item)
_A_PERSON_NAMED = re.compile(
    r"\b(?:livreu\w*|vendeu\w*|conseill\w*|agent|responsable|gerant\w*|standardiste|personne|monsieur|madame|dame|"
    r"homme|femme|technicien\w*|interlocut\w*|operat\w*)\b"
)

# A purchase made again, after a count of times: "the third time I've ordered this from you", « c'est la troisième fois
# que je commande cette théière chez vous »: a loyal customer, not one chasing an answer
_NOT_A_PURCHASE_AGAIN = {
    "en": r"(?! (?:that |when )?(?:i|we)(?:'ve| have|'d| had)? (?:\w+ )?(?:ordered|bought|purchased|order|buy|ordering|"
    r"buying|shopped)\b)",
    "fr": r"(?! (?:que |qu')?(?:je |j'|on |nous )?(?:\w+ )?(?:commande|achete|recommande|prends|ai commande|ai achete|"
    r"avons commande|avons achete|a commande)\b)",
}
# Messages written again and again that the rest of their sentence says were answered ("I've emailed three times and
# each time you said to wait", "got the same template reply", "you were very helpful") or were of other times ("before I
# ordered", "about other orders", « dans le passé »): none went unanswered
_ANSWERED_AFTER = (
    # (an answer denied before it is none: "and got no reply", « sans réponse »)
    r"(?!(?:(?!\b(?:no|not|never|without|sans|aucune?|pas|jamais|nothing|rien)\b|n't\b)[^.!?]){0,80}?"
    r"\b(?:repond\w*|reponse|answer\w*|repl(?:y|ies|ied)|responded|told me|told us|said|says|dit|"
    r"helpful|before (?:i|we) (?:ordered|bought)|(?:about|for) (?:other|previous|past|earlier) orders?|in the past|"
    r"always had|avant (?:de|d'avoir) commander|dans le passe|autres commandes)\b)"
)
# A reply awaited from someone else than the shop ("I haven't had a response from the courier yet", "still no reply
# from Royal Mail"): no message of the customer's to the shop went unanswered.
_FROM_ELSEWHERE = (
    r"(?! (?:yet )?from (?:the |my )?(?:courier|delivery|driver|carrier|post office|royal mail|dpd|dhl|ups|hermes|evri|"
    r"bank|seller|manufacturer|brand|insurer|insurance)\b)"
)
# The customer's consent to a card used by someone close, said in the same sentence and of the use ("My partner used
# my card, I knew about it", "with my permission", « avec mon accord », « j'étais au courant »): no payment they
# refused. Not a word that only starts one ("I knew when I saw the statement", "I agreed to nothing", « aucun problème
# de taille », « c'est normal que je demande le remboursement »).
_CONSENT_EN = (
    r"(?:(?:with|w/?) my (?:full )?(?:permission|consent|knowledge|agreement|blessing|ok|okay)|"
    r"i knew about (?:it|this|that)|i knew (?:he|she|they) (?:was|were) (?:using|going to use)|"
    r"i (?:said|told (?:him|her|them)) (?:he|she|they) could|"
    r"i (?:told|asked) (?:him|her|them) to (?:use|order|buy|get)|"
    r"i let (?:him|her|them) (?:use|borrow|have)|i gave (?:him|her|them) (?:permission|the ok|the go-ahead|my card)|"
    r"i (?:agreed to|was aware of) (?:it|this|that)|i said yes|"
    r"(?:that's|that is|which is|which was|it's|it is|it was) (?:fine|ok|okay|no problem|not a problem)"
    r"(?= *(?:$|[.,;!?]|but|and))|(?:it's|it is|it was) a (?:present|gift) for me|"
    r"(?:i'm|i am|i was) (?:fine|ok|okay|happy) with (?:that|it|this)|we share (?:it|the card|a card|an account))\b"
)
_CONSENT_FR = (
    r"(?:avec (?:mon|notre) (?:accord|autorisation|consentement)|avec ma permission|j'? ?etais au courant|"
    r"je (?:le|la|les) savais(?! pas)|je (?:lui|leur) (?:avais |ai )?(?:dit oui|donne (?:mon accord|la permission)|"
    r"permis)|je l'(?:avais|ai) autorisee?|(?:(?:c'est|c'etait) (?:normal|ok|d'accord|convenu)|(?:aucun|pas de) "
    r"(?:souci|probleme))(?= *(?:$|[.,;!?]|mais|et))|(?:on|nous) (?:la )?partage(?:ons)?)\b"
)
# ... and a refusal anywhere in the text, which wins over any consent ("My son used my card. It was a gift for his
# girlfriend, I didn't know until the bank called.", « je l'ai su après », « je le savais pas »); not a not knowing of
# how the item is or which size to get ("My sister used my card, with my permission. I didn't know the dress was so
# short", « je ne savais pas que la robe était si courte »), which refuses nothing.
_OF_THE_ITEM_EN = (
    r"(?! (?:that )?(?:[\w'-]+ ){1,4}?(?:was|were|is|are|would be|ran|runs|run|came up|comes up|came|fit|fits|looked|"
    r"looks|took|takes|felt|feels) (?:so|too|very|such|quite|really|a bit|that|this|small|big|large|short|long|tight|"
    r"loose|sheer|thin|see-through)\b| (?:how to|which size|what size)\b)"
)
_OF_THE_ITEM_FR = (
    r"(?! (?:que |qu')(?:[\w'-]+ ){0,4}?(?:etait|etaient|est|sont|serait|taill\w*|faisait|allait) (?:si|trop|aussi|"
    r"tres|petite?s?|grande?s?|courte?s?|longue?s?|serree?s?|transparente?s?)\b| (?:comment|quelle taille)\b)"
)
_REFUSAL_EN = (
    r"(?:without (?:my|asking|telling|permission|consent)|behind my back|never (?:agreed|asked me)|(?:didn't|didnt|"
    r"did not) (?:agree|authori[sz]e|consent|give (?:permission|consent))|(?:he|she|they) (?:didn't|didnt|did not|"
    r"never) (?:ask|tell)|agreed to nothing|(?:not|never) authori[sz]ed|unauthori[sz]ed|(?:told|asked) (?:him|her|"
    r"them) to stop|(?:(?:didn't|didnt|did not) know|never knew|had no idea|(?:wasn't|wasnt|was not|not) aware)"
    + _OF_THE_ITEM_EN
    + r")\b"
)
_REFUSAL_FR = (
    r"(?:sans (?:mon|son|leur|notre) (?:accord|autorisation|consentement|permission)|sans (?:me|lui|leur|nous) "
    r"(?:demander|en parler|prevenir|le dire)|a mon insu|dans mon dos|jamais (?:demande|autorise)|pas (?:demande|"
    r"autorise|d'accord|au courant)|savais pas" + _OF_THE_ITEM_FR + r"|je l'ai (?:su|appris) apres|sans le savoir)\b"
)
# Someone close who used the customer's card: "my son used my card", « mon fils a utilisé ma carte »
_CARD_USED_EN = (
    r"\b(?:son|daughter|child|kid|kids|children|husband|hubby|wife|partner|boyfriend|bf|girlfriend|gf|fiance|fiancee|"
    r"brother|sister|flatmate|housemate|roommate|teenager|grandson|granddaughter|nephew|niece)(?: has| had)? (?:used|"
    r"took|borrowed) my (?:\w+ )?(?:card|paypal|card details|bank details)\b"
)
_CARD_USED_FR = (
    r"\b(?:fils|fille|enfants?|mari|femme|conjointe?|compagnon|compagne|copain|copine|frere|soeur|ado|adolescente?|"
    r"petit-fils|petite-fille|neveu|niece|colocataire)(?: a| m'a)? (?:utilise|pris|emprunte) ma carte\b"
)
# The words that go to the consumer magazine Which? ("contacting Which?", "report you to Which?", "I'm going to
# Which?"), each a look-behind of its own so that the reading is the name alone, which a citation before it then sets
# aside ("According to Which?"); not a plain "to" or "with", whose "which?" is most often a question ("Send it back to
# which?", "Reply to which?", "Compared with which?")
_WHICH_GONE_TO = (
    "(?:"
    + "|".join(
        rf"(?<=\b{words} )"
        for words in ("contact", "contacting", "contacted", "involve", "involving", "tell", "telling", "email",
                      "emailing", "ring", "ringing", "go to", "going to", "gone to", "went to", "goes to", "write to",
                      "writing to", "wrote to", "complain to", "complaining to", "complained to", "report you to",
                      "reporting you to", "reported you to", "report this to", "reporting this to", "reported this to",
                      "report it to", "reported it to", "take this to", "taking this to", "take it to", "taking it to",
                      "escalate this to", "escalating this to", "raise it with", "raise this with", "raising it with",
                      "raising this with")
    )
    + ")"
)  # fmt: skip
TRIGGERS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "legal": (
            r"\blawyers?\b",
            r"\bsolicitors?\b",
            r"\blegal (?:action|advice|proceedings|route)\b",
            r"\b(?:sue|suing)\b",
            r"\bsee you in court\b",
            r"\b(?:take|taking) (?:you|this|it) to court\b",
            # going to court as a threat ("I'm prepared to go to court over £89", "I will go straight to court if ..."),
            # not the trip ("a suit to go to court for jury service", "I go to court daily", "when I went to court as a
            # witness") nor a tennis court or "the court"
            r"\b(?:i'll|i will|i'm going to|i am going to|we'll|we will|we're going to|i shall|i'd|i would|(?:prepared|"
            r"ready|willing|happy|not afraid) to)(?: happily| gladly| just| have to)? go (?:straight )?to court\b",
            r"\b(?:go|going|gone|went) (?:straight )?to court (?:over|about|if|unless)\b",
            r"\b(?:small claims|county court|trading standards|ombudsman|citizens advice|consumer rights act)\b",
            # a consumer body gone to: the magazine Which? (its name only beside a step towards it or its own words, not
            # a question's "which?"), Resolver, the advertising watchdog, a consumer group
            _WHICH_GONE_TO
            + r"which\?(?!\w)|\bwhich\? (?:magazine|legal|consumer|money)\b|\bresolver\b|\badvertising standards\b|"
            # (consumer protection as a body, not the customer's rights: "I know my consumer protection rights")
            r"\bconsumers?'? (?:group|body|bodies|organi[sz]ations?|associations?|council|watchdog|helpline|protection "
            r"(?:agency|authority|office|body|service|team|department))\b",
            r"\bformal complaint\b",
            r"\b(?:letter before action|legal team)\b",
        ),
        "payment_dispute": (
            r"\bcharge ?back\b",
            r"\bsection 75\b",
            r"\bdisput\w* (?:the |this |that |my )?(?:payment|charge|transaction|debit)\b",
            r"\b(?:raise|raising|open|opening|file|filing) (?:a |an )?(?:dispute|claim|case)\b",
            # the customer brings the bank in, whatever the verb ("get my bank involved", "going through my bank");
            # not the bank named for what it did ("my bank refunded the fee") nor a bank card, account or statement;
            # going through it only as the customer's own act ("I'm going through my bank"), not money going through
            # it ("for the refund to go through my bank") nor a statement read ("I was going through my bank statement")
            # nor where the customer was on the way to ("I was going to the bank when the strap snapped")
            r"\b(?:contact|contacting|contacted|call|calling|go to|(?<!was )(?<!were )going to|speak to|speaking to|"
            r"involve|involving|"
            r"(?:i|we)(?:'ll|'m|'re|'d| will| am| are| would)?"
            r"(?: (?:have|need|got|going) to| gonna| just| simply| then)* (?:go|going) through|"
            r"turn to|turning to|get in touch with|getting in touch with|"
            r"(?:take|taking|took) (?:this|it|the matter) (?:up )?(?:with|to)|"
            r"(?:report|reporting|reported) (?:this|it|that|the (?:order|payment|charge|transaction)) to) "
            r"(?:my|the) (?:bank|card provider|card company|credit card company)\b"
            r"(?! (?:card|account|details|statements?|app|balance|transactions?|records?|history|online)\b)"
            # ... nor one asked whether money moved ("I'll call my bank to check whether the refund landed"); a check
            # on how to undo a payment is a dispute ("and see if they can reverse the payment", "to check my options")
            r"(?! (?:(?:to|and) (?:check|find out|confirm|make sure|see) |about )?(?:if|whether|where|when) "
            r"(?:the|my|your|this|that) (?:refund|money|payment|transfer|reimbursement|credit)\b"
            r"(?![^.!?]*\b(?:revers|cancel|stop|block|disput|charge ?back|claw)))",
            r"\b(?:get|getting|got|have|having) (?:my|the) (?:bank|card provider|card company|credit card company) "
            r"(?:involved|on (?:to )?(?:it|this|the case))\b",
            r"\b(?:my|the) bank (?:has advised|advised|says|told)\b",
            r"\bpaypal (?:dispute|claim|case)\b",
            r"\bunauthori[sz]ed (?:transaction|payment|charge|debit)\b|"
            r"\b(?:report|reporting|reported) (?:this|the|it)(?: \w+)? (?:as )?(?:unauthori[sz]ed|fraud\w*)\b",
        ),
        "unauthorised_payment": (
            # the card or account used without its holder's consent: "bought on my account without asking"; not a
            # refund asked to a new card
            r"\b(?:card|account|paypal|(?:card|bank) details)\b[^.!?]{0,60}\bwithout "
            r"(?:(?:my|her|his|their|our) (?:permission|consent|knowledge|agreement|authori[sz]ation)|"
            r"(?:asking|telling|checking with)\b)",
            # an order paid without consent: "my son ordered this without my permission"; not a gift bought twice
            # ("my husband bought the same one without telling me") nor an order made without glasses
            r"\b(?:ordered|bought|purchased|paid for)\b[^.!?]{0,60}\bwithout (?:my|her|his|their|our) "
            r"(?:permission|consent|authori[sz]ation)\b",
            # someone else used the customer's card: "my son used my card"; not told as an errand ("my husband used my
            # card to order me this", "my daughter used my card for her prom dress") nor with the customer's consent
            # in its sentence ("My partner used my card, I knew about it"), unless the text refuses it anywhere
            _CARD_USED_EN
            + r"(?:(?! (?:to|for|so)\b)(?![^.!?]{0,100}?\b"
            + _CONSENT_EN
            + r")|(?=.*?\b"
            + _REFUSAL_EN
            + r"))|\b"
            + _REFUSAL_EN
            + ".*?"
            + _CARD_USED_EN
            + r"|"
            r"\b(?:someone|somebody)(?: has| had)? (?:used|took) my (?:\w+ )?(?:card|paypal|card details|bank "
            r"details)\b",
            # the customer used someone else's card and its holder did not agree: "I used my mum's old card ... she
            # didn't agree"; not a refund asked back to it ("I paid with my mum's card, please refund her card")
            r"\b(?:mum|mom|mother|dad|father|parents|husband|wife|partner|grandma|grandmother|grandad|grandfather|"
            r"brother|sister|son|daughter|boss)'s (?:\w+ )?(?:card|paypal|account)\b.{0,150}?\b(?:(?:she|he|they) "
            r"(?:didn't|did not|hadn't|had not|never|wasn't|was not|weren't|were not) (?:agree|know|consent|give|"
            r"authori[sz]e|aware|ok|okay|happy)|without (?:her|his|their) (?:permission|consent|knowledge|agreement))",
        ),
        "public_review": (
            r"\btrustpilot\b",
            r"\b(?:one|1|zero|0)[- ]star\b",
            r"\b(?:bad|terrible|negative|awful|honest|scathing) reviews?\b",
            r"\b(?:post|posting|write|writing|share|sharing|put|putting|tell|telling)\b.{0,40}\b(?:facebook|twitter|"
            r"instagram|tiktok|social media|online|everyone|all my friends)\b",
            r"\bmake sure (?:people|everyone|others) know\b",
            # a newspaper only as whom the customer goes to, not what the parcel was packed in or what they read
            # not a press stud or a newspaper shop
            r"\b(?:watchdog|the press|journalists?)\b(?! (?:studs?|fasteners?|buttons?|poppers?)\b)|\b(?:go|going|went|"
            r"contact|contacting|write|writing|tell|telling|call|calling|ring|ringing|e-?mail|e-?mailing) (?:to )?"
            r"(?:the |a |my )?(?:local )?newspapers?\b(?! (?:shop|stand|kiosk|round|agent)s?\b)",
        ),
        "person": (
            r"\b(?:speak|talk|chat) (?:to|with) (?:a |an |some |your |the )?(?:human|person|someone|somebody|manager|"
            r"supervisor|real|actual|team leader|anyone|one of you)",
            r"\bput me through\b",
            r"\b(?:real|actual|living) (?:human|person)\b",
            r"\b(?:anyone|someone|somebody|anybody) (?:real|human)\b",
            r"\bhuman being\b",
            r"\bnot a (?:bot|robot|machine)\b",
            r"\b(?:chatbot|automated (?:reply|replies|email|emails|response|responses))\b",
            r"\b(?:call|ring|phone|telephone) me\b",
            r"\bgive me a (?:call|ring)\b",
            r"\b(?:need|want|expect|like|request) a (?:phone )?call\b",
            r"\b(?:can|could|would|will) (?:someone|somebody|anyone|you|a manager) (?:please )?(?:call|ring|phone)\b",
            r"\b(?:number|phone number) (?:i|we) (?:can|could) (?:call|ring|phone)\b",
            r"\b(?:escalate|escalated|escalating)\b",
            r"\b(?:manager|supervisor) (?:to )?(?:contact|call|ring|phone) me\b",
            r"\bcall from (?:a |your )?(?:manager|supervisor|person)\b",
            r"\b(?:let me|can i|could i|may i) (?:speak|talk) (?:to|with) (?:someone|somebody|a person|a human)\b",
        ),
        "explained_elsewhere": (
            # what the return is about is in another email, message or call, which a draft cannot read:
            # "Returned, see my email to customer service", "return - see previous email"; not "I can't see the email"
            r"(?:^|[.,;:!?()-] *|\breason:? *)(?:please )?see (?:my |our |the )?"
            r"(?:previous |earlier |last |other |first )?"
            r"(?:e-?mails?|messages?|chats?|(?:phone )?(?:calls?|conversations?)|letters?|notes?)"
            + _TO_THE_SHOP
            + _NOT_ELSEWHERE,
            # the shop's own written message quoted for what it says is not one ("as per your email, the return is
            # free"): its words are the shop's and said here; what it agreed is ("as agreed in your email")
            r"\bas (?!(?:per|mentioned in|explained in) your (?:previous |earlier |last )?(?:e-?mail|message|letter)\b)"
            r"(?:per|discussed in|agreed in|mentioned in|explained in) (?:my|our|the|your) "
            r"(?:previous |earlier |last )?(?:e-?mail|message|chat|(?:phone )?(?:call|conversation)|letter)\b",
            # the customer's own earlier message pointed to: "as I said in my previous email"; not "thanks for your
            # previous email", nor one named for itself ("ignore my previous email", "my last message was cut off")
            r"\b(?:in|per|from|cf\.?|check|read|refer to|further to|following|re:?|regarding) (?:my|our) "
            r"(?:previous|earlier|last|first|other) (?:e-?mails?|messages?|letters?)\b",
            r"\b(?:my|our) (?:previous|earlier|last|first|other) (?:e-?mails?|messages?|letters?) "
            r"(?:explains?|explained|says|said|describes?|described|details|covers|"
            r"(?:has|had|contains?) (?:all )?(?:the )?(?:details|everything|reason|photos|pictures))\b",
            r"\bas (?:(?:discussed|agreed|arranged) (?:with|by)|per) (?:your|the|a|one of your) "
            r"(?:team|colleague|agent|advisor|adviser|customer service|manager|staff)\b",
            r"\b(?:i'll|i will|will|i'd rather|i've|i have|already) explain(?:ed)? "
            r"(?:it |this |everything |why |the reason )?(?:in|by|on|over|to) (?:the |my |an? |your )?"
            r"(?:e-?mail|phone|call|message|team|customer service|colleague)" + _TO_THE_SHOP,
        ),
        # the customer says their earlier messages went unanswered: the draft first apologises for the wait; not a
        # parcel waited for ("I waited nine days for delivery"), nor a polite close ("I look forward to your reply")
        "unanswered": (
            r"\b(?:no ?one|no-one|nobody)(?: (?:has|have|had|ever|still|even))* (?:answered|replied|responded|"
            r"answers|replies|responds|got back|gotten back|gets back|bothered to (?:reply|answer|respond|get back))\b"
            r"(?! the door\b)",
            r"\b(?:still|yet) no (?:reply|answer|response|word from you)\b"
            + _FROM_ELSEWHERE
            + r"|\bno (?:reply|answer|response) "
            r"(?:yet|in|for|after|since|to (?:my|any|either|both))\b",
            r"\b(?:haven't|have not|hasn't|has not|never|not yet|still not)(?: had| got| gotten| received)? "
            r"(?:a |any |an )?(?:reply|replies|answer|response)\b(?! (?:is|was) needed\b)" + _FROM_ELSEWHERE,
            r"\b(?:haven't|have not|never|not) heard (?:anything |a word |a thing )?(?:back|from (?:you|anyone|"
            r"your \w+))\b|\bheard nothing (?:back|from (?:you|anyone))\b",
            r"\b(?:still|been) waiting(?: \w+){0,3}? (?:for|on) (?:a |an |any |your )?(?:reply|answer|response|"
            r"call ?back)\b",
            r"\b(?:second|third|fourth|fifth|sixth) time (?:i(?:'ve| have|'m| am)? )?(?:written|writing|wrote|"
            r"e-?mailed|e-?mailing|asked|asking|contacted|contacting|messaged|messaging|chased|chasing|called|calling)"
            r"\b|\bmy (?:second|third|fourth|fifth|sixth) (?:e-?mail|message|letter|chaser|attempt)\b",
            r"\b(?:days|weeks|a week|a fortnight|a month) (?:without|with no|and no|and still no) (?:a |any )?"
            r"(?:reply|answer|response|word from you)\b",
            # ... ignored, or written to again and again ("STOP IGNORING ME. I HAVE EMAILED SIX TIMES", "I've written
            # to you four times"); not a guide ignored ("I ignored the size guide")
            # ... by the shop, not by a courier or a seller ("The courier ignored my emails")
            r"(?:\byou(?:'re| are|'ve been| have been| keep| just| always| still)?|\bstop|\bquit|(?:^|[.!?] ))"
            r" ?(?:ignoring|ignored|ignore) (?:me|us|my (?:e-?mails?|messages?|calls?|letters?|complaints?))\b",
            r"\b(?:i|we)(?:'ve| have| had)? (?:e-?mailed|written(?: to)?|wrote(?: to)?|messaged|contacted|chased)"
            r"(?: you| your \w+)?(?: about (?:this|it))? (?:three|four|five|six|seven|eight|nine|ten|several|many|"
            r"multiple|[3-9]|\d{2}) times\b(?! (?:to|with) (?:the|your|their) (?:courier|carrier|driver|seller|"
            r"delivery|post|postman|brand|manufacturer)\b)" + _ANSWERED_AFTER,
        ),
        "angry": (
            # the same canned reply again: "I keep getting the same template reply"; an email or message only with a
            # complaint ("keep getting", "only", "again"): "I got another automated email saying my label is
            # attached" is a calm report
            r"\b(?:same|another|more) (?:automated|automatic|template|canned|copy[- ]?paste[d]?|standard) "
            r"(?:reply|replies|response|responses)\b",
            r"\b(?:keep|kept|still|only|just|yet|again)(?: \w+){0,2}? (?:same|another|more) (?:automated|automatic|"
            r"template|canned|copy[- ]?paste[d]?|standard) (?:emails?|messages?)\b|"
            r"\b(?:same|another|more) (?:automated|automatic|template|canned|copy[- ]?paste[d]?|standard) "
            r"(?:emails?|messages?)\b[^.!?]{0,40}\bagain\b",
            r"\b(?:unacceptable|disgusting|disgusted|disgrace|disgraceful|outrage|outrageous|outraged|"
            r"furious|fuming|livid|appalling|appalled|shocking|incompetent|shambles|unbelievable)\b",
            # "useless" or "pathetic" of the shop (its service, website, staff, "you") or as the first word ("^terrible"
            # below); of the item it is a verdict on it ("Bit useless for a clock", "useless to write with"), as
            # « nul » is in French
            r"\b(?:service|company|website|site|shop|staff|team|help ?desk|support|people|you|you're)"
            r"(?: (?:is|are|were|was|so|really|totally|utterly|absolutely|completely|just|bloody)){0,3} "
            r"(?:useless|pathetic)\b|\b(?:useless|pathetic) (?:customer )?(?:service|company|website|site|shop|staff|"
            r"team|help ?desk|support|people|lot)\b",
            # not how the customer looks in it: "I look ridiculous in it", "it looks ridiculous on my wrist"
            r"\b(?<!look )(?<!looks )(?<!looked )(?<!feel )(?<!felt )(?<!look a bit )(?<!look so )(?<!look really )"
            r"(?<!look quite )(?<!look absolutely )ridiculous\b",
            # the shop's policy or way called absurd ("Completely absurd policy, making me pay for your mistake"); not
            # the item ("the size is absurd")
            r"\b(?:absurd|nonsensical|insane) (?:returns? )?(?:policy|policies|rules?|system|process|procedure)\b|"
            r"\b(?:policy|policies|rules?|system|process|procedure) (?:is|are)(?: (?:completely|totally|utterly|just|"
            r"simply|absolutely))? (?:absurd|nonsensical|insane)\b",
            r"\b(?:fed up|sick of|sick and tired|had enough|beyond a joke|never again|how dare)\b",
            # the shop mocked for what it does ("You're having a laugh charging me for this", "you must be joking");
            # not a laugh had with the item ("the kids were having a laugh with it")
            r"\b(?:you're|you are|are you|you were) (?:\w+ )?having a (?:laugh|giraffe)\b|\b(?:you|u) (?:must|have got "
            r"to|'ve got to|gotta) be (?:joking|kidding)\b|\btaking the (?:piss|mickey|mick)\b",
            r"\bworst (?:company|service|customer service|experience|shop|retailer|ever)\b",
            r"\b(?:scam|scammers|con artists|rip[- ]?off|daylight robbery|theft|thieves|cowboys)\b",
            r"\b(?:what|such) a joke\b|\b(?:is this|this is) (?:some kind of |a )?joke\b|\bjoke of a\b|"
            r"\b(?:are|is|were|was) (?:an? |such an? )?(?:absolute |complete |total |utter |bloody )?joke\b",
            r"\b(?:terrible|awful|horrendous|diabolical|atrocious|rubbish|dreadful) (?:service|company|customer)\b",
            r"^(?:terrible|awful|useless|pathetic|disgraceful)\b",
            r"\b(?:so|very|really|extremely|absolutely) (?:angry|cross|annoyed|upset)\b",
            r"\bi am (?:angry|raging)\b|\bi'm (?:angry|raging)\b",
            r"\b(?:ignored|ignoring me|no one (?:answers|replies|has replied)|nobody (?:answers|replies|"
            r"has got back))\b",
            r"\b(?:i demand|demand a)\b",
            r"\bcompensation\b",
            # (not a purchase made again: "the third time I've ordered this from you")
            r"\b(?:third|fourth|fifth) (?:time|email|message)\b" + _NOT_A_PURCHASE_AGAIN["en"],
            # chasing again and again: "I have asked three times for someone to phone me", "chased twice"
            r"\b(?:asked|told|emailed|e-mailed|written|wrote|called|phoned|rung|rang|messaged|chased|contacted (?:you|"
            r"your \w+))(?: you| this| about this| for (?:this|it|a \w+))? (?:two|three|four|five|several|many|"
            r"multiple|\d+|a (?:few|couple of)) times\b|\b(?:asked|told|emailed|written|called|phoned|chased) (?:you )?"
            r"(?:twice|three times)\b",
            # "I've tried email four times", not a zip tried three times
            r"\b(?:tried|trying) (?:to )?(?:e-?mail(?:ing)?|call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|(?:the )?chat|"
            r"contact(?:ing)?|reach(?:ing)?|get(?:ting)? through)(?: (?:to )?(?:you|your \w+))? (?:two|three|four|five|"
            r"several|many|multiple|\d+|a (?:few|couple of)) times\b",
        ),
    },
    "fr": {
        "legal": (
            r"\bavocate?s?\b",
            r"\b(?:en justice|action en justice|poursuites?|poursuivre)\b",
            r"\b(?:tribunal|juge|huissier)\b",
            r"\bporte(?:r|rai|z)? plainte\b|\bdeposer (?:une )?plainte\b",
            r"\bmise en demeure\b",
            r"\b(?:dgccrf|que choisir|ufc|60 millions|signal ?conso|mediateur|association de consommateurs)\b",
            # a consumer body gone to: « une association de défense des consommateurs », « le centre européen des
            # consommateurs », la CLCV
            r"\b(?:associations? (?:de )?(?:defense )?(?:des |de )?consommateurs|centre europeen des consommateurs|"
            r"clcv)\b",
            r"\breclamation (?:officielle|formelle)\b",
            r"\b(?:juriste|conseil juridique|service juridique|protection juridique|repression des fraudes)\b",
        ),
        "payment_dispute": (
            # a card stopped already too: « quelqu'un a utilisé ma carte ... j'ai fait opposition »
            r"\b(?:faire|fais|ferai|vais faire|(?:ai|a|avons|ont) fait) opposition\b",
            r"\bopposition (?:sur|a|de) (?:ma|mon|la|le) (?:carte|paiement)\b",
            r"\bretrofacturation\b",
            r"\bcontester (?:le|la|ce|mon|ma) (?:paiement|prelevement|debit|transaction)\b",
            r"\b(?:ouvr\w*|ouvert|lanc\w*) (?:un |une )?(?:litige|reclamation paypal)\b",
            r"\blitige (?:paypal|bancaire|aupres)\b",
            # the customer brings the bank in, whatever the verb (« faire intervenir », « passer par »); not the bank
            # named for what it did (« ma banque m'a remboursé ») nor a bank card, nor online banking (« ma banque en
            # ligne »); passing through it only as the customer's act to come (« je vais passer par ma banque »), not
            # a payment made through it (« je suis passé par ma banque ») nor money going through it (« le
            # remboursement peut-il passer par ma banque »); nor the bank asked whether money moved: « voir avec » is
            # "check with", as « pour vérifier si », « pour savoir où »
            r"\b(?:contacter|contacte|appeler|j'ai appele|je contacte|(?:faire|fais|ferai|fait) intervenir|"
            r"(?:je|on|nous) (?:(?:vais|va|allons|dois|devrai|devrais|doit|peux|pourrais|compte|veux|prefere) )?"
            r"(?:devoir )?(?:passer|passe|passerai|passera|passerons) par|"
            r"(?:me )?(?:tourner|tourne|tournerai) vers|(?:saisir|saisis|saisirai)|(?:m'adresser|m'adresse|"
            r"m'adresserai) a|(?:alerter|alerte|alerterai)|(?:signaler|signale|signalee?s?|signalerai) a) "
            r"(?:ma|mon|notre) (?:banque|banquier|conseiller bancaire)\b"
            r"(?! en ligne\b| (?:pour|et|afin de) (?:verifier|savoir|confirmer|m'assurer|voir) "
            r"(?:si|ou en est|ou|quand) (?:(?:le|mon|votre|ce|la) |l')"
            r"(?:remboursement|virement|paiement|argent|credit)\b"
            r"(?![^.!?]*\b(?:annul|bloqu|contest|opposition|recuper)))",
            r"\bma banque (?:me conseille|m'a conseille|m'a dit)\b",
            r"\b(?:annuler|bloquer|contester|rembourser) (?:le|ce|mon) (?:paiement|prelevement|debit)\b",
            r"\b(?:transaction|paiement|prelevement|debit) (?:non autorisee?|frauduleux)\b",
            # reported as fraud by the customer, as the English "reporting this transaction as unauthorised"; not by
            # the bank itself (« ma banque a signalé le paiement comme frauduleux », « déclaré ... par ma banque »)
            r"\b(?<!banque a )(?<!banque l'a )(?:signal|declar)\w*(?: (?:(?:ce|cet|cette|le|la|mon|ma) |l')?\w+)? "
            r"comme (?:frauduleu\w*|non autorise\w*|une fraude)\b(?! par (?:ma|mon|la|le) (?:banque|banquier)\b)",
        ),
        "unauthorised_payment": (
            # la carte, le compte ou l'achat sans l'accord de qui paie : « achat fait sans son accord », « il a pris ma
            # carte sans me demander »; pas « mon mari l'a commandée sans me demander », qui ne dit rien du paiement
            r"\b(?:carte|compte|paypal|coordonnees bancaires|achat|paiement|prelevement|debit)\b[^.!?]{0,60}"
            r"\b(?:sans (?:mon|son|leur|notre) (?:accord|autorisation|consentement|permission)|"
            r"sans (?:me|lui|leur|nous) (?:demander|en parler|prevenir|le dire)|a (?:mon|son|leur|notre) insu)\b",
            # « mon fils a utilisé ma carte »; pas une course faite pour moi (« mon mari a utilisé ma carte pour me
            # l'offrir »), sauf sans me demander
            _CARD_USED_FR
            + r"(?:(?! (?:pour|afin)\b)(?![^.!?]{0,100}?\b"
            + _CONSENT_FR
            + r")|(?=.*?\b"
            + _REFUSAL_FR
            + r"))|\b"
            + _REFUSAL_FR
            + ".*?"
            + _CARD_USED_FR
            + r"|\bquelqu'un (?:a|m'a) (?:utilise|pris) ma carte\b",
            # la carte d'un autre, qui n'était pas d'accord : « l'ancienne carte bancaire de ma mère ... Elle n'était
            # pas d'accord »; pas un remboursement demandé sur elle
            r"\bcarte (?:bancaire |bleue |de credit )?de (?:ma|mon|mes) (?:mere|pere|maman|papa|parents|mari|femme|"
            r"conjointe?|compagnon|compagne|grand-mere|grand-pere|fils|fille|frere|soeur)\b.{0,150}?\b(?:(?:elle|il|"
            r"ils|elles) n'(?:etait|etaient|est|sont|a|ont|avait|avaient) (?:pas|jamais) (?:d'accord|au courant|donne "
            r"son accord|autorise)|sans (?:son|leur) (?:accord|autorisation|consentement)|a (?:son|leur) insu)",
        ),
        "public_review": (
            r"\btrustpilot\b",
            r"\b(?:une|1|zero|0) etoile\b",
            r"\bavis (?:tres |vraiment )?(?:negatif|negatifs|desastreux|incendiaire)\b",
            r"\b(?:reseaux sociaux|facebook|twitter|instagram|tiktok)\b",
            r"\b(?:le dire|le faire savoir|en parler|le raconter) (?:a tout le monde|partout|autour de moi)\b",
            r"\b(?:je vais|vais) (?:le )?faire savoir\b",
            r"\b(?:prevenir|avertir) (?:tout le monde|mon entourage|mes amis)\b",
            r"\bje ne vous recommanderai\b",
            r"\b(?:avis-verifies|avis verifies|google avis)\b",
        ),
        "person": (
            r"\binterlocuteur humain\b",
            r"\b(?:parler|discuter|avoir affaire) (?:a|avec) (?:un humain|une personne|quelqu'un|"
            r"quelqu un|un conseiller|"
            r"une conseillere|un responsable|votre responsable|une vraie personne|un etre humain|"
            r"un superieur|un manager)",
            r"\b(?:vraie personne|etre humain|personne reelle|pas (?:a )?un robot|pas une machine)\b",
            r"\bquelqu'un de (?:reel|vrai|humain)\b",
            r"\b(?:votre|un|une) (?:superieur|superieure|manager|chef|supervise\w+)\b",
            r"\betre (?:rappele|rappelee|contacte par telephone|appele|appelee)\b",
            r"\b(?:qu'on|qu'il|qu'elle|qu'un \w+|et) (?:me |m')(?:telephone|rappelle|appelle)\b",
            r"\b(?:passez|passer)[- ]moi (?:quelqu'un|un responsable|un conseiller|votre responsable)\b",
            r"\bun responsable (?:me contacte|me rappelle|m'appelle)\b",
            r"\b(?:je veux|je demande|je souhaite|j'exige|je voudrais) (?:un|le|votre) (?:responsable|conseiller)\b",
            r"\b(?:me telephoner|m'appeler|me rappeler|appelez[- ]moi|rappelez[- ]moi|telephonez[- ]moi)\b",
            r"\b(?:me joindre|joignable) (?:par|au) (?:telephone|tel)\b",
            r"\b(?:besoin d'un|attends un|veux un|souhaite un) appel\b",
            r"\bun numero pour (?:parler|appeler|joindre)\b",
            # a chatbot, not the product: « un robot cuiseur », « votre robot aspirateur »
            r"\b(?:reponses automatiques|mails automatiques|messages automatiques)\b|\b(?:votre|un) robot\b(?! (?:de "
            r"(?:cuisine|piscine)|menager|culinaire|multifonctions?|\w+eur)\b)",
            r"\b(?:superviseur|responsable) (?:aujourd'hui|rapidement|me contacte)\b",
            r"\bun appel d'un\b",
        ),
        "explained_elsewhere": (
            # ce dont il s'agit est dans un autre mail, message ou appel : « voir mail précédent », « déjà expliqué au
            # téléphone »; pas « je n'arrive pas à voir le message »
            r"(?:^|[.,;:!?()-] *|\b(?:raison|motif) ?:? *)(?:merci de |veuillez )?voir "
            r"(?:mon |mes |le |les |notre |nos |l')?(?:dernier |precedent |premier )?"
            r"(?:message|mail|e-mail|courriel|echange|appel|conversation)s?(?: telephoniques?)?"
            r"(?: (?:au|avec le) service client| (?:a|avec) (?:votre|la|le|un|une) "
            r"(?:conseill\w+|collegue|service))?\b" + _NOT_ELSEWHERE,
            r"(?:^|[.,;:!?()-] *)voir avec (?:le service client|votre (?:conseill\w+|collegue|service))\b",
            # the customer's own earlier message pointed to: « cf. mon message précédent », « dans mon dernier mail »;
            # not « merci pour votre message précédent », nor one named for itself (« ignorez mon message précédent »)
            r"\b(?:dans|cf\.?|selon|d'apres|relire|relisez|lire|lisez|suite a|concernant) (?:mon|mes|notre|nos) "
            r"(?:(?:mail|e-mail|courriel|message)s? precedents?|"
            r"(?:precedent|dernier|premier)s? (?:mail|e-mail|courriel|message)s?)\b",
            r"\b(?:mon|mes|notre|nos) (?:(?:mail|e-mail|courriel|message)s? precedents?|"
            r"(?:precedent|dernier|premier)s? (?:mail|e-mail|courriel|message)s?) "
            r"(?:explique|detaille|decrit|dit|contient|precise)\w*\b",
            r"\b(?:echange|appel|entretien) telephonique avec (?:votre|la|le|un|une) "
            r"(?:conseill\w+|collegue|service client)\b",
            r"\b(?:deja |je l'ai |je vous l'ai )?(?:explique|dit|signale|precise|detaille)e?s? "
            r"(?:au telephone|par (?:telephone|mail|e-mail|courriel|message)|"
            r"a (?:votre|la|une|un) (?:conseill\w+|collegue|service client))\b",
            r"\b(?:je vous )?expliquerai (?:tout |pourquoi )?(?:au telephone|par (?:telephone|mail|e-mail|courriel))\b",
            # not the shop's own written message quoted for what it says (« comme indiqué par votre mail »), as in
            # English; what it agreed is (« comme convenu dans votre mail »)
            r"\bcomme (?!(?:indique|explique|dit|vu) (?:par|dans) (?:votre|vos) (?:(?:dernier|precedent)s? )?"
            r"(?:mail|e-mail|courriel|message)s?\b)"
            r"(?:convenu|indique|explique|dit|vu) (?:avec|a|au|par|dans) (?:votre|le|la|mon|ma|un|une) "
            r"(?:(?:dernier|precedent) )?(?:conseill\w+|collegue|service client|telephone|mail|message|appel|echange)\b"
            + _NOT_ELSEWHERE,
        ),
        # le client dit que ses messages sont restés sans réponse : « personne ne m'a répondu depuis une semaine »;
        # pas un colis attendu, ni « sans réponse de votre part d'ici lundi », qui menace au lieu de dire une attente
        "unanswered": (
            r"\bpersonne ne (?:m'a|nous a|m'a jamais|nous a jamais|a) (?:repondu|rappelee?|recontactee?)\b|"
            r"\bpersonne ne (?:me |nous )?(?:repond|rappelle)\b",
            r"\bn'(?:ai|avons)(?: (?:toujours|jamais|encore|pas|rien|eu|recu|aucune|de|d'|la moindre)){1,5}? "
            r"reponse\b|\btoujours (?:pas de|sans|aucune) reponse\b",
            r"\b(?:jours|semaines|mois|une semaine|quinze jours|un mois|mails?|messages?|relances?|courriels?) "
            r"sans (?:aucune )?(?:reponse|nouvelles)\b|\bsans nouvelles? de (?:votre part|vous|votre service)\b",
            r"\b(?:deuxieme|troisieme|quatrieme|cinquieme|\d+e(?:me)?) (?:fois que je (?:vous )?(?:ecris|relance|"
            r"contacte|demande|envoie|appelle)|(?:mail|message|courriel|relance))\b",
            r"\bj'attends (?:toujours|encore|depuis \w+(?: \w+)?) (?:une |votre |vos |la |de )?reponses?\b|"
            r"\bj'attends (?:une |votre |vos |la )?reponses? depuis\b",
            # ... ignoré, ou écrit encore et encore (« Vous m'ignorez », « Je vous ai écrit six fois »; pas « J'ai écrit
            # trois fois » au vendeur partenaire, qui a répondu)
            r"\bvous (?:m'|nous )(?:ignorez|avez ignoree?s?)\b|\b(?:ignorez|ignore[rz]?) (?:mes|nos) (?:mails|messages|"
            r"courriels|appels|relances)\b",
            r"\b(?:je vous ai|nous vous avons)(?: deja)? (?:ecrit|relance|contacte|envoye (?:\w+ )?"
            r"(?:mails|messages|courriels))e?s? (?:trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|[3-9]|\d{2}) "
            r"fois\b" + _ANSWERED_AFTER,
        ),
        "angry": (
            # the same canned reply again: « je reçois toujours le même message type »; not a confirmation mail
            # received once more (« J'ai reçu encore le même mail automatique de confirmation, merci »)
            r"\b(?:toujours|encore) (?:le meme|la meme|les memes) reponses?(?: type| automatique)?s?\b",
            r"\b(?:toujours|que|juste|seulement|uniquement) (?:le meme|la meme|les memes) (?:message|mail|e-mail|"
            r"courriel)s?(?: type| automatique)?s?\b",
            r"\b(?:inadmissible|inacceptable|scandaleux|scandaleuse|scandale|honteux|honteuse|lamentable|deplorable|"
            r"revoltant|revoltee?|pitoyable|minable|inqualifiable|indigne|incompetents?)\b",
            # « nul » of the shop (its service, site, staff: « service complètement nul », « vous êtes nuls ») or as the
            # first word; of the item it is a verdict on it (« la qualité est nulle », « c'est nul » after a seam that
            # split), as "the quality is rubbish" is in English. « nulle part » is "nowhere"
            r"\b(?:service|sav|site|entreprise|societe|boutique|magasin|enseigne|personnel|equipe|support|vendeur|vous)"
            r"(?: client)?(?: (?:est|etes|sont|completement|vraiment|totalement|franchement|archi|super|tres|trop))"
            r"{0,3} (?:nul|nulle|nuls|nulles)\b(?! part\b)|^(?:nul|nulle)\b(?! part\b)",
            # the shop's policy or way called absurd (« Politique complètement absurde, me faire payer le retour de
            # votre erreur »); not the item (« la taille est absurde »)
            r"\b(?:politique|regles?|procedure|systeme|conditions|fonctionnement)(?: de retour| de retours)?(?: (?:est|"
            r"sont|completement|totalement|vraiment|franchement|tout a fait|parfaitement|archi)){0,2} (?:absurdes?|"
            r"ridicules?|delirante?s?|aberrante?s?)\b",
            r"\b(?:une honte|quelle honte|c'est honteux|c'est une honte)\b",
            # (« n'importe quoi » shown or measured by the item is its fault, not the customer's tone:
            # `_items_own_doing`)
            r"\bn'importe quoi\b|\b(?:ras[- ]le[- ]bol|marre|en ai (?:vraiment |plus qu')?assez|plus jamais|foutage|"
            r"c'en est trop|trop c'est trop)\b",
            r"\b(?:furieux|furieuse|hors de moi|en colere|de rage|enrage|enragee|exaspere|exasperee|excede|excedee)\b",
            # at the end of one's patience with the shop (« Je suis à bout avec vous »), not out of breath
            r"\b(?:je suis|on est|nous sommes|suis)(?: vraiment| completement| totalement)? a bout\b(?! de (?:souffle|"
            r"force|bras))",
            r"\b(?:ecoeurant|ecoeure|ecoeuree|aberrant|grotesque|epouvantable|affligeant|consternant|insupportable|"
            r"intolerable|ahurissant|invraisemblable|irrespectueux|mepris)\b",
            # disgusted by the shop (« dégoûté par votre service »); a bare « je suis dégoûtée » is mostly "gutted"
            # (« Je suis dégoûtée, merci de la reprendre », « dégoûtée qu'elle ne m'aille pas »): no anger
            r"\bdegoute(?:e)? (?:par|de) (?:votre|vos|la facon|ce service|cette)\b",
            r"\b(?:arnaque|arnaqueurs?|arnaqueuses?|escroc|escroquerie|escrocs|voleurs|du vol)\b",
            r"\bvous vous (?:moquez|fichez|foutez)\b|\bse (?:moquer|ficher|foutre) de\b|\bc'est une blague\b",
            r"\b(?:depasse les bornes|fiasco|catastrophe|le pire service)\b",
            r"\bcomment osez[- ]vous\b",
            r"\bj'exige\b|\bje demande un dedommagement\b|\bdedommagement\b",
            r"\b(?:personne ne (?:me )?repond|personne ne m'a repondu|toujours sans reponse|"
            r"sans reponse de votre part)\b",
            # (not a purchase made again, « la troisième fois que je commande chez vous », nor times that are no
            # chasing: « payer en trois fois sans frais », « tombé deux fois sans dégât »)
            r"\b(?:troisieme|quatrieme|cinquieme) (?:fois|erreur|mail|relance)\b" + _NOT_A_PURCHASE_AGAIN["fr"],
            r"\b(?:deux|trois|quatre|cinq|six|\d+) (?:fois|mails|relances|messages) (?:que je|sans (?:aucune )?"
            r"(?:reponse|retour|nouvelles?|suite|resultat|succes|reaction)|sans (?:que|qu') ?(?:personne|vous|on|"
            r"quiconque))\b" + _NOT_A_PURCHASE_AGAIN["fr"],
            # ... and the same failure again (« troisième colis abîmé »)
            r"\b(?:deuxieme|troisieme|quatrieme|cinquieme) (?:colis|article|produit|commande)s? (?:\w+ )?"
            r"(?:abime|casse|endommage|defectueux|errone|faux|perdu)e?s?\b",
            r"\b(?:j'ai|je vous ai|on a|nous avons)(?: deja)? (?:demande|appele|ecrit|relance|telephone|reclame)\w*"
            r"(?: \w+){0,5}? (?:deux|trois|quatre|cinq|plusieurs|\d+) fois\b",
        ),
    },
}

# A return form's neutral phrases (accent-free, lower-case), by what they say: the return itself, a reason withheld
# or personal, the legal window, the item unused, politeness. A text made only of them says nothing upset however
# terse it is; the tone model, whose labelled messages needing a person are often short, read « Retour sans motif
# particulier » as upset (0.56). Anything else beside them ("vous savez très bien pourquoi", "never again") is the
# tone model's to read.
NEUTRAL_FORM_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        # the return: "I would like to return this", "returning the scarf", "sending them back", "return please"
        r"\b(?:(?:i|we)(?: would like|'d like| d like| want| wish| need) to |(?:can|could|may) (?:i|we) |please )?"
        r"(?:return|returning|returned|process (?:the|my|this) return|(?:send|sending|sent) (?:it|this|these|them|one)"
        r" back|(?:send|sending|sent) back|going back)"
        r"(?: (?:it|this|these|them|item|(?:the|this|these|my) (?:item|[a-z]+)))?\b",
        # a reason withheld or personal: "no particular reason", "for personal reasons", "return reason is personal"
        r"\b(?:(?:for|with) )?no (?:particular |specific |special )?reason(?: given)?\b",
        r"\b(?:(?:for|due to) )?(?:a )?(?:personal|private) reasons?\b",
        r"\b(?:the )?(?:return )?reason(?: for (?:the )?return)?(?: is)?(?: ?: ?| )(?:a )?(?:personal|private)"
        r"(?: one)?\b",
        r"\bnothing (?:to add|to declare|else to add)\b",
        # a size asked one way: "going down a size", "I'll go up one size", "need a size up", "a bigger size please"
        r"\b(?:(?:i'll|i will|i'm|i am|i'd like to|i need to|need to|will|i|to) )?(?:go|going|come|coming|move|moving|"
        r"size|sizing) (?:up|down)(?: (?:a|one|half a) size)?\b|\b(?:(?:i|we) )?(?:need|want|would like|'d like)? ?"
        r"(?:a|one|half a|the next) (?:size|shoe size) (?:up|down|bigger|smaller|larger)\b|"
        r"\b(?:(?:i|we) )?(?:need|want|would like|'d like)? ?(?:a|the) (?:bigger|smaller|larger|next) size\b",
        # the legal window: "within the 14 days", "cooling-off period"
        r"\bwithin (?:the )?(?:\d+|fourteen|thirty) days?(?: (?:return|returns|cooling[- ]off) (?:period|window))?\b",
        r"\b(?:within )?(?:the )?(?:cooling[- ]off|return|returns) (?:period|window)\b",
        # the item unused: "unworn", "tags still on", "in the original packaging"
        r"\b(?:(?:it's|its|it is|item|all) )?(?:unused|unopened|unworn|never (?:used|worn|opened)|brand new|as new)\b",
        r"\b(?:(?:still )?(?:in|with) (?:the |its |their )?(?:original )?(?:box|packaging|tags)(?: (?:on|attached))?|"
        r"tags (?:still )?(?:on|attached))\b",
        # politeness
        r"\b(?:please|pls|thank you(?: very much)?|thanks(?: a lot)?|many thanks|cheers|kind regards|regards|hi|"
        r"hello|dear sir or madam)\b",
    ),
    "fr": (
        # the return: « je la retourne », « je vous la renvoie », « je souhaite retourner l'article », « retour »
        r"\b(?:(?:je|nous) (?:vous )?(?:le |la |les |l'|en )?(?:retourne|renvoie|rends|retournons|renvoyons)|"
        r"(?:je|nous) (?:voudrais|voudrions|souhaite|souhaitons|veux|demande|desire) (?:a )?(?:vous )?"
        r"(?:le |la |les |l')?(?:retourner|renvoyer|rendre)|(?:je|nous) (?:demande|demandons|souhaite|veux|voudrais) "
        r"(?:le |un )?retour|je me retracte|(?:demande de )?retour|renvoi)"
        r"(?: (?:de l'|du |de la |des |l'|le |la |les |ce |cet |cette |ces |mon |ma |mes )[a-z]+)?\b",
        # a reason withheld or personal: « sans motif particulier », « pour raisons personnelles », « motif : perso »
        r"\b(?:sans|aucun|aucune|pas de) (?:motif|raison|explication|commentaire)s?(?: (?:particulier|particuliere|"
        r"precis|precise|specifique)s?)?\b",
        r"\b(?:(?:pour|par) )?(?:(?:un|une|des) )?(?:motif|raison)s?(?: du retour)?(?: ?: ?| )(?:personnel|"
        r"personnelle|perso|prive|privee)s?\b|\bconvenance personnelle\b",
        r"\brien (?:de special|de particulier|a (?:signaler|ajouter|dire|declarer))\b",
        # a size asked one way: « Je descends d'une pointure », « je monte d'une taille », « une taille au-dessus »
        r"\b(?:je |on )?(?:descends|descend|monte|passe|prends|prendrai) (?:d'une|d une|dune|une) (?:taille|pointure|"
        r"demi-pointure)(?: (?:au-dessus|en dessous|au-dessous|plus grande|plus petite|superieure|inferieure))?\b|"
        r"\b(?:une |la )?(?:taille|pointure|demi-pointure) (?:au-dessus|en dessous|au-dessous|plus grande|plus petite|"
        r"superieure|inferieure)\b",
        # the legal window: « dans le délai de 14 jours », « droit de rétractation »
        r"\b(?:(?:dans|sous|selon) (?:le |mon |les )?)?(?:droit (?:de|a la) retractation|delai (?:legal |de "
        r"retractation )?(?:de (?:\d+|quatorze|trente) jours)?|(?:\d+|quatorze|trente) jours)\b",
        # the item unused: « article non utilisé », « jamais servi », « dans son emballage d'origine »
        r"\b(?:(?:l')?(?:article|produit|colis) )?(?:non (?:utilise|ouvert|porte|deballe)|jamais (?:servi|utilise|"
        r"porte|ouvert)|neuf|intact)e?s?\b",
        r"\b(?:dans (?:son|l'|leur) )?emballage(?: d'origine)?\b|\b(?:avec )?(?:les |ses )?etiquettes?"
        r"(?: encore)?(?: attachees?)?\b",
        # politeness
        r"\b(?:merci(?: (?:beaucoup|d'avance|a vous))?|s'il vous plait|svp|stp|cordialement|bonjour|bonsoir|"
        r"bonne (?:journee|soiree)|madame,? monsieur|salutations)\b",
    ),
}
# A form's words are few; longer texts say more than the form does (and are never scanned for it).
_NEUTRAL_FORM_MAX_WORDS = 25


def neutral_form(text: str, lang: str) -> bool:
    """Whether the text is made only of a return form's neutral phrases (`NEUTRAL_FORM_PHRASES`): « Retour sans
    motif particulier », "Return reason is personal". Such a text needs no person, whatever its tone reads.

    Args:
        text: the customer's words as typed.
        lang: "en" or "fr"; another language has no form phrases.
    """
    folded = match_view(text)
    phrases = NEUTRAL_FORM_PHRASES.get(lang)
    if not phrases or re.search(r"\w", folded) is None or len(folded.split()) > _NEUTRAL_FORM_MAX_WORDS:
        return False
    rest = regex("|".join(phrases)).sub(" ", folded)
    return re.search(r"\w", rest) is None


def without_pointers(text: str, lang: str) -> str:
    """The text (its match view) with its pointers to another email, message or call (the rules'
    "explained_elsewhere") blanked out. A pointer's words (an email, customer service, a phone call) are what most
    labelled messages needing a person talk about, so a tone model reads them as upset ("Returned, see my email to
    customer service": 0.86); the pointer already hands the text over for what it is, and its tone is in the rest.

    Args:
        text: the customer's words as typed.
        lang: "en" or "fr"; another language has no pointers.
    """
    folded = match_view(text)
    pointers = TRIGGERS.get(lang, {}).get("explained_elsewhere")
    return regex("|".join(pointers)).sub(" ", folded) if pointers else folded


# Words that make capitals or "!!!" read as fury rather than delight (accent-free, lower-case), each a whole word with
# any ending of gender or number (« cassée », « débitée »): not inside another ("against", « personnel »).
COMPLAINT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("still", "never", "not happy", "worst", "angry", "nobody", "no one", "money back", "refund now",
           "refund me", "fake", "broken", "waited", "waiting", "weeks", "charged", "again", "where is", "twice",
           "sort it out", "sort this out"),
    "fr": ("toujours rien", "toujours pas", "toujours sans", "jamais", "pas content", "pire", "colere",
           "personne", "contrefacon", "casse", "attends", "semaines", "debite", "facture", "immediatement",
           "remboursez-moi", "pourquoi", "ou est", "deux fois", "voleur"),
}  # fmt: skip
# A wait, a repeat or a breakage that is the customer's own story, not a complaint about the shop, blanked before the
# complaint words are looked for: the item awaited back in stock or eyed for weeks, the size or label they look forward
# to, an order placed twice by mistake or some weeks ago, "twice my size", a refund asked politely, nothing broken. A
# wait for the refund, a charge twice or a breakage stays ("STILL WAITING FOR MY REFUND!!!", « MIROIR CASSÉ »).
_OWN_STORY: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bwait(?:ed|ing)\b[^.!?]{0,40}?\bback in stock\b",
        r"\beye on\b[^.!?]{0,60}?\bfor (?:weeks|months|ages)\b",
        # not "been waiting for": the wait has lasted ("I HAVE BEEN WAITING FOR THE REPLACEMENT SINCE OCTOBER!!!")
        r"(?<!\bbeen )\bwaiting for (?:the|my|a|your) (?:bigger|smaller|larger|new|next|other|right|exchange|"
        r"replacement|"
        r"(?:return )?label|size)\b",
        r"\b(?:ordered|bought) (?:it |this |these |them |one )?twice by (?:accident|mistake)\b",
        r"\btwice (?:my|the) size\b",
        r"\b(?:ordered|bought) (?:it |this |these |them )?(?:\w+ )?weeks ago\b",
        r"\b(?:can|could) you (?:please )?refund me(?: please)?\b|\brefund me,? please\b",
    ),
    "fr": (
        r"\brepere\b[^.!?]{0,60}?\bdepuis des (?:semaines|mois)\b",
        r"\battendu\b[^.!?]{0,40}?\b(?:de nouveau |a nouveau )?en stock\b",
        r"\b(?:commande|achete|pris)e?s? (?:\w+ )?deux fois par (?:erreur|megarde|accident)\b",
        r"\brien n'(?:etait|est) casse\b",
        r"\b(?:commande|achete)e?s? il y a \w+ semaines\b",
    ),
}
_SHOUTING_SHARE = 0.7  # share of the letters in capitals
_SHOUTING_MIN_LETTERS = 20


def _shouting(text: str, folded: str, lang: str) -> bool:
    """Mostly capitals or "!!!"/"???" with a complaint word: shouting, not enthusiasm or a capitals habit."""
    letters = [char for char in text if char.isalpha()]
    capitals = len(letters) >= _SHOUTING_MIN_LETTERS and sum(c.isupper() for c in letters) / len(letters) >= (
        _SHOUTING_SHARE
    )
    marks = re.search(r"[!?]{3,}", text) is not None
    if not (capitals or marks):
        return False
    own_story = _OWN_STORY.get(lang)
    told = regex("|".join(own_story)).sub(" ", folded) if own_story else folded
    # a whole word (« cassée » is « casse » with an ending), not inside one ("awaiting", "whenever", « respire »)
    return any(re.search(rf"(?<!\w){re.escape(word)}e?s?(?!\w)", told) for word in COMPLAINT_WORDS.get(lang, ()))


# A legal word is no threat where the customer says it will not be taken ("I have no intention of taking legal action",
# "Not going to report you to trading standards", « Je ne vais pas porter plainte », « Aucune intention de saisir la
# DGCCRF »), up to five words before it in its clause; a threat held back only for now stays one ("I don't want to
# take legal action but I will", "I will not hesitate to", « Je n'hésiterai pas à »).
_LEGAL_DENIED = {
    "en": r"\b(?:no intention (?:of|to)|not (?:going|planning|about|trying) to|not gonna|not planning on|not "
    r"threatening(?: to)?|never going to|no plans? to|(?:won't|will not|wouldn't|would not) (?:be )?(?:sue|suing|"
    r"report|reporting|take|taking|go|going|contact|contacting|involve|involving|get|getting|bring|bringing|call|"
    r"calling|complain))\b(?:[^\w.!?;,]+\w+){0,5}[^\w.!?;,]*$",
    "fr": r"\b(?:ne (?:vais|compte|pense|cherche) pas|n'ai (?:pas|aucune) (?:l')?intention d[e']|aucune intention "
    r"d[e']|pas l'intention d[e']|pas question d[e'])(?:[^\w.!?;,]+\w+){0,5}[^\w.!?;,]*$",
}
# ... unless the rest of its sentence holds the threat back only for now ("I'm not going to take legal action yet",
# « pas pour l'instant ») or says a step to come after a "but" or a condition ("..., but if this isn't sorted by Friday
# I will"); a "but" alone goes on to something else ("I'm not going to sue, but please refund me").
_LEGAL_HELD_BACK = {
    "en": r"\b(?:yet|for now|at this stage|at the moment)\b|\b(?:but|unless|if|until|otherwise)\b.*\b(?:i will|i'll|"
    r"i shall|we will|we'll|i am going to|i'm going to|i would|i'd|i might|i may)\b",
    "fr": r"\b(?:encore|pour l'instant|pour le moment|pour l'heure)(?![\w-])|\b(?:mais|sauf si|si|tant que|sinon)\b.*"
    r"(?:\bje le ferai|\bje vais|\bj'irai|\bnous allons|\bje n'hesiterai|\bje porterai|\bje saisirai)(?![\w-])",
}
# ... and the profession stays a threat where its sentence goes on with a step to come ("I'm a solicitor and I will be
# taking this further", « je suis avocate et je vais ... »)
_STEP_TO_COME = {
    "en": r"\b(?:will|i'll|we'll|going to|taking this further|take this further|shall)\b",
    "fr": r"\b(?:je vais|nous allons|je compte|j'irai|je ferai|je saisirai|je porterai)(?![\w-])",
}
# ... nor is the customer's own profession ("I work as a lawyer and the suit is too small", « Je suis juriste »)
_LEGAL_PROFESSION = {
    "en": r"(?:lawyers?|solicitors?)",
    "fr": r"(?:avocate?s?|juriste)",
}
_THE_CUSTOMER_IS = {
    "en": r"\b(?:i(?:'m| am)|i work as|i'm working as|i am working as|i worked as|i used to be|as) (?:a |an )?"
    r"(?:trainee |junior |qualified |practising |practicing |retired |family |criminal |property )?$",
    "fr": r"\b(?:je suis|j'etais|je travaille comme|je travaille en tant que|en tant que|en tant qu') ?(?:une? )?"
    r"(?:\w+ )?$",
}
# ... nor a body or a law cited for what it says ("Trading standards say I'm entitled to a refund", "according to the
# Consumer Rights Act", « Selon la DGCCRF, j'ai droit à un remboursement », « L'UFC dit que ... »): the customer's right
# told, no threat to go to it, unless the text goes on with a step to come (`_STEP_TO_COME`: "... I will take this
# further if needed."), one taken or a deadline or condition set (`_STEP_TAKEN_OR_SET`: "... and I've already
# contacted them", "... give you 14 days before they step in", « Sans réponse sous 8 jours, je les contacte »)
_LEGAL_SOURCE = {
    "en": r"(?:trading standards|citizens advice|consumer rights act|ombudsman|which\?|resolver|advertising standards|"
    r"consumers?'? (?:groups?|bod(?:y|ies)|organi[sz]ations?|associations?|council|watchdog|helpline|protection "
    r"(?:agency|authority|office|body|service|team|department)))",
    "fr": r"(?:dgccrf|que choisir|ufc|60 millions|signal ?conso|mediateur|repression des fraudes|associations? (?:de )?"
    r"(?:defense )?(?:des |de )?consommateurs|centre europeen des consommateurs|clcv)",
}
_STEP_TAKEN_OR_SET = {
    "en": r"\b(?:(?:i've|i have|we've|we have|i|we) (?:already |just )?(?:contacted|reported|opened|filed|lodged|"
    r"raised|called|emailed|written to|complained)|otherwise|or else|before they|unless|within \d+ days|\d+ days)\b",
    "fr": r"\b(?:(?:j'ai|nous avons|je les ai|nous les avons) (?:deja )?(?:contacte|saisi|signale|ouvert|depose|ecrit|"
    r"appele)|sinon|sans reponse|faute de|sous \d+ jours|d'ici|je (?:les )?contacte)(?![\w-])",
}
# the words that cite it: (just before the body, just after it); a body cited for a test, a review or a rating
# read before buying ("A consumers' association rated it highly", « J'ai lu un test de la CLCV », « 60 Millions de
# consommateurs le classait premier ») is no body gone to either
_CITED = {
    "en": (
        r"\b(?:according to|as per|under|(?:test|tests|review|reviews|rating|ratings|report|survey|article|best buy|"
        r"recommendation|verdict|score) (?:by|from|of|in)) (?:the |a |an )?$",
        r"(?: magazine| mag)? (?:says?|said|states?|stated|told me|tells me|advised me|advises|confirmed|confirms|"
        r"rated|rates|recommended|recommends|ranked|ranks|tested|reviewed|named|gave it|had it|scored)\b",
    ),
    "fr": (
        r"\b(?:selon|d'apres|(?:test|tests|essai|essais|avis|classement|comparatif|article|dossier|banc d'essai|"
        r"numero|magazine|revue|note|enquete) (?:de|du|d'|des|dans)) ?(?:la |le |l'|les |une |un )?$",
        r"(?: de consommateurs)? (?:dit|disent|indique|precise|confirme|m'a dit|m'a indique|m'a confirme|(?:l'|le |la "
        r"|les )?(?:avait |a |"
        r"avaient |ont )?(?:recommandee?s?|recommande|conseillee?s?|classee?s?|classait|notee?s?|notait|testee?s?|"
        r"elue?s?|primee?s?))(?![\w-])",
    ),
}
# A dispute threatened or announced, not made: "refund me or I contact my bank", "If you don't sort this I'll do a
# chargeback", « Sans réponse d'ici lundi, j'ouvre un litige PayPal », « je vais faire opposition »
_DISPUTE_THREATENED = {
    "en": r"\b(?:if|unless|until|otherwise|or (?:else )?(?:i|we)|i'll|i will|we'll|we will|(?:i'm|i am|we're|we are) "
    r"(?:going to|about to)|gonna|i shall|i would|i'd|next step|tomorrow|no choice but)\b",
    "fr": r"\b(?:si|sinon|sans quoi|sans reponse|faute de|a defaut|ou je|ou j'|je vais|nous allons|j'irai|je ferai|"
    r"je lancerai|j'ouvrirai|je contesterai|prochaine etape|demain|d'ici)(?![\w-])|\bencore une semaine\b",
}


def payment_dispute_made(text: str, lang: str) -> bool:
    """Whether a `payment_dispute` the text tells of is one already made ("I've contacted my card provider to dispute
    the payment", « J'ai fait opposition »): some sentence that reads it says no condition, threat or plan
    (`_DISPUTE_THREATENED`)."""
    folded = match_view(text)
    threat = regex(_DISPUTE_THREATENED.get(lang, r"(?!)"))
    for pattern in TRIGGERS.get(lang, {}).get("payment_dispute", ()):
        for reading in regex(pattern).finditer(folded):
            begin, end = sentence_bounds(folded, reading.start(), reading.end())
            if not threat.search(folded[begin:end]):
                return True
    return False


# An angry word the customer turns on themselves, just after it ("so annoyed with myself", "fed up with myself",
# "Ridiculous of me", « énervée contre moi-même »), or a lesson drawn for next time ("Never again without measuring",
# « Plus jamais sans vérifier le guide »): a calm text of their own mistake, which a draft answers; not a "never again"
# said of the shop ("Never again will I order from you")
_AT_ONESELF = {
    "en": re.compile(
        r"(?: \w+){0,2}? (?:with|at) (?:myself|ourselves)\b|"
        r" of (?:me|us)\b(?! to (?:expect|trust|believe|think|hope)\b)|"
        r"(?<=never again)[^.!?]{0,40}?\bwithout (?:first )?(?:checking|measuring|reading|looking|trying)\b"
    ),
    "fr": re.compile(
        r"(?: \w+){0,2}? (?:contre|apres) (?:moi|nous)(?:-memes?)?\b|"
        r"(?<=plus jamais)[^.!?]{0,40}?\bsans (?:d'abord )?(?:verifier|mesurer|lire|regarder|essayer)\b"
    ),
}


# ... unless the sentence blames the shop too ("Furious with myself for ordering from you, and even more with your
# courier", « Furieuse contre moi-même d'avoir encore fait confiance à votre site »), or mocks the trust put in it
# ("Ridiculous of me to expect a dress to arrive on time")
_THE_SHOP_NAMED = {"en": r"\b(?:you|your|yours|u)\b", "fr": r"\b(?:vous|votre|vos)\b"}


def _at_oneself(folded: str, reading: re.Match[str], lang: str) -> bool:
    """Whether an angry word the text says is turned on the customer themselves (`_AT_ONESELF`, just after it), in a
    sentence that names no one of the shop's (`_THE_SHOP_NAMED`)."""
    if lang not in _AT_ONESELF or _AT_ONESELF[lang].match(folded, reading.end()) is None:
        return False
    begin, end = sentence_bounds(folded, reading.start(), reading.end())
    return regex(_THE_SHOP_NAMED[lang]).search(folded, begin, end) is None


# "Ignored" whose subject is the customer ("Should have ignored her", "I ignored the size guide", "we'd ignored the
# reviews"): what they did, a calm regret, not the shop ignoring them ("I've been ignored", "I feel ignored", "I think
# you ignored me"): no passive or feeling verb, no one else named, and no message of theirs ("I sent emails all
# ignored") between the customer and the word
_IGNORED_BY_ONESELF = re.compile(
    r"(?:\b(?:i|we)(?:'ve|'d)?|(?:^|[.!?;:,(] *)(?:should|shouldn't|should've|could've|wish|if only|must))"
    r"(?: (?!(?:was|were|been|being|be|get|got|gets|getting|feel|felt|feeling|am|are|is|you|your|they|them|he|she|it|"
    r"who|which|that|u|\d+|e-?mails?|messages?|calls?|letters?|complaints?|requests?|queries|chats?|texts?|dms?|"
    r"all|both|each|every)\b)[\w']+){0,3} $"
)
# ... nor "ignored" with its doer after it: "2 emails ignored by your team" is what was done to them
_DONE_BY = re.compile(r" by\b")


def _ignored_by_oneself(folded: str, reading: re.Match[str]) -> bool:
    """Whether the angry word "ignored" the text says is what the customer did (`_IGNORED_BY_ONESELF`, just before it),
    not what was done to them (`_DONE_BY` just after it)."""
    return (
        reading[0] == "ignored"
        and _IGNORED_BY_ONESELF.search(words_before(folded, reading.start())) is not None
        and _DONE_BY.match(folded, reading.end()) is None
    )


def _items_own_doing(folded: str, reading: re.Match[str]) -> bool:
    """Whether an angry word the text says is « n'importe quoi » that the item shows or does (`_ITEMS_OWN_DOING`), not
    a person named before its pronoun (`_A_PERSON_NAMED`)."""
    if reading[0] != "n'importe quoi":
        return False
    doing = _ITEMS_OWN_DOING.search(words_before(folded, reading.start()))
    return doing is not None and not (doing["pronoun"] and _A_PERSON_NAMED.search(folded, 0, reading.start()))


def _legal_threat(folded: str, reading: re.Match[str], lang: str) -> bool:
    """Whether a legal word the text says is a threat: not denied just before (`_LEGAL_DENIED`) unless held back only
    for now (`_LEGAL_HELD_BACK`), nor the customer's own profession (`_LEGAL_PROFESSION` after `_THE_CUSTOMER_IS`)
    with no step to come in its sentence (`_STEP_TO_COME`), nor a body or a law cited for what it says
    (`_LEGAL_SOURCE` with `_CITED` words) with no step to come, taken or set in the rest of the text."""
    before = words_before(folded, reading.start())
    _, end = sentence_bounds(folded, reading.start(), reading.end())
    if regex(_LEGAL_DENIED[lang]).search(before):
        return regex(_LEGAL_HELD_BACK[lang]).search(folded, reading.end(), end) is not None
    cited_before, cited_after = _CITED[lang]
    if regex(_LEGAL_SOURCE[lang]).fullmatch(reading.group(0)) and (
        regex(cited_before).search(before) or regex(cited_after).match(folded, reading.end())
    ):
        return any(regex(step[lang]).search(folded, reading.end()) for step in (_STEP_TO_COME, _STEP_TAKEN_OR_SET))
    return not (
        regex(_LEGAL_PROFESSION[lang]).fullmatch(reading.group(0))
        and regex(_THE_CUSTOMER_IS[lang]).search(before)
        and not regex(_STEP_TO_COME[lang]).search(folded, reading.end(), end)
    )


@lru_cache(maxsize=VIEWS_MEMO)
def handover_reasons(text: str, lang: str) -> tuple[str, ...]:
    """Why a person should answer this text (`HANDOVER_KINDS`, in that order); empty when a draft may.

    Remembered: the text reading asks it of a short text that may only threaten, and the handover detector of
    every text, within one triage.

    Args:
        text: the customer's words as typed.
        lang: "en" or "fr"; another language gets no rules and so no handover from words.
    """
    folded = match_view(text)
    triggers = TRIGGERS.get(lang, {})
    kinds = [
        kind
        for kind, patterns in triggers.items()
        if any(
            (kind != "legal" or _legal_threat(folded, match, lang))
            and not (
                kind == "angry"
                and (
                    _items_own_doing(folded, match)
                    or _at_oneself(folded, match, lang)
                    or _ignored_by_oneself(folded, match)
                )
            )
            for pattern in patterns_that_may_match(patterns, folded)
            for match in regex(pattern).finditer(folded)
        )
    ]
    if _shouting(text, folded, lang):
        kinds.append("shouting")
    hurt = someone_hurt(text, lang)
    if hurt is not None and hurt.needs_a_person:
        kinds.append("injury")  # a person answers whoever was hurt (`features.injury`), whatever the tone
    return tuple(kind for kind in HANDOVER_KINDS if kind in kinds)
