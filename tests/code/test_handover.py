"""When the rules hand a text to a person: what the review of the change since bfebfdf found misread, each with a
counter-example that keeps its reading (the rules' recall is measured in tests/model/test_handover_detector.py)."""

from __future__ import annotations

import pytest

from features.handover import handover_reasons, neutral_form


@pytest.mark.parametrize(
    ("text", "lang", "angry"),
    [
        # a canned email received is a calm report; the same one again and again is a complaint
        ("I got another automated email saying my label is attached, thanks.", "en", False),
        ("I keep getting the same automated email and no answer.", "en", True),
        ("Another automated reply, still no refund.", "en", True),
        ("J'ai reçu encore le même mail automatique de confirmation, merci", "fr", False),
        ("Je reçois toujours le même message type.", "fr", True),
        # « dégoûtée » alone is "gutted"; disgusted by the shop is angry
        ("Je suis dégoûtée, merci de la reprendre.", "fr", False),
        ("Franchement, je suis dégoûté. L'annonce disait 100 % laine.", "fr", False),
        ("Je suis dégoûtée par votre service.", "fr", True),
        # « nulle part » is "nowhere", not « nulle »: « Des frais de douane indiqués nulle part. J'ai refusé le colis. »
        ("Des frais de douane, ce qui n'était indiqué nulle part. J'ai refusé le colis.", "fr", False),
        ("Entreprise nulle, site nul.", "fr", True),
        # review sheet 443: « nul » of the item is a verdict on it, as "the quality is rubbish" is in English; of the
        # shop (its service, site, staff) or as the whole first word, it is anger
        ("Plaid tout doux à la réception mais boulochage total après 1 lavage à froid. c'est nul", "fr", False),
        ("Trop joli sur les photos. Par contre la qualité est nulle. Merci de m'en renvoyer un neuf.", "fr", False),
        ("Semelle des claquettes déjà craquée en 2 semaines d'été, nul", "fr", False),
        ("Nul. Service complètement nul.", "fr", True),
        ("Votre service client est vraiment nul, trois mails sans réponse.", "fr", True),
        ("Vous êtes nuls.", "fr", True),
        ("Nul, rien ne marche.", "fr", True),
        # review sheet 457: "useless" and "pathetic" likewise, of the item or of the shop
        ("Loses about half an hour a day. Bit useless for a clock.", "en", False),
        ("Handsome pen to look at, useless to write with. Refund please.", "en", False),
        ("Three weeks is pathetic. Not worth the money.", "en", False),
        ("Useless. Absolutely useless service.", "en", True),
        ("Useless company, useless website, useless staff", "en", True),
        ("Totally useless help desk.", "en", True),
        ("Your customer service is utterly pathetic.", "en", True),
        ("You are useless, three emails and no answer.", "en", True),
        # reply review sheet 613 #20: the shop's policy called absurd is anger; an item's size so called is not
        ("Politique complètement absurde, me faire payer le retour de votre erreur.", "fr", True),
        ("Completely absurd policy, making me pay to return your mistake.", "en", True),
        ("Your returns policy is absurd.", "en", True),
        ("La taille est absurde, on dirait du 36 pour du 40.", "fr", False),
        ("The sizing is absurd, a 12 fits like an 8.", "en", False),
        ("Votre politique de retour est claire, merci, je renvoie la robe.", "fr", False),
        # « n'importe quoi » shown or measured by the item is its fault (a sheet: a thermometer that « affiche n'importe
        # quoi » was answered « Je comprends tout à fait votre agacement »); said of the shop, it is anger
        ("Mon thermomètre de cuisine affiche n'importe quoi depuis le premier jour.", "fr", False),
        ("La balance indique n'importe quoi, trois kilos de plus à chaque pesée.", "fr", False),
        ("Il fait n'importe quoi depuis le premier jour, il sonne à 3 h du matin.", "fr", False),
        ("C'est n'importe quoi de me faire payer le retour.", "fr", True),
        ("Vous faites n'importe quoi, je veux être remboursée.", "fr", True),
        ("La sonde de cuisson affiche n'importe quoi, et votre service aussi : c'est n'importe quoi.", "fr", True),
        # ... with words between, and whatever the item does by itself (a thing its subject, not the shop's people)
        ("Le thermomètre affiche vraiment n'importe quoi, 40 degrés dans le frigo.", "fr", False),
        ("La balance indique tout et n'importe quoi, impossible de peser la farine.", "fr", False),
        ("Le robot fait n'importe quoi, il s'arrête et redémarre tout seul.", "fr", False),
        ("Le détecteur sonne pour n'importe quoi, même la vapeur.", "fr", False),
        ("Le service client fait vraiment n'importe quoi.", "fr", True),
        ("Le livreur fait n'importe quoi, le colis était ouvert.", "fr", True),
        ("On fait n'importe quoi chez vous.", "fr", True),
        # ... nor the company or the carrier, nor a person named before « elle »
        ("Cette entreprise fait vraiment n'importe quoi.", "fr", True),
        ("La poste fait n'importe quoi, colis perdu deux fois, je veux être remboursée.", "fr", True),
        ("J'ai eu une conseillère au téléphone, elle fait n'importe quoi.", "fr", True),
        ("Ça fait n'importe quoi, l'écran clignote.", "fr", False),
        # (a place or a company named before « il » is no person)
        ("Acheté sur votre site il y a une semaine, il fait n'importe quoi, l'écran s'éteint.", "fr", False),
        # the shop mocked for what it does is anger (a sheet: "You're having a laugh charging me for this." got a flat
        # thanks); a laugh had with the item is not
        ("You're having a laugh charging me for this.", "en", True),
        ("Are you having a laugh? Four pounds for a label when you sent the wrong one.", "en", True),
        ("You must be joking, charging me postage for your mistake.", "en", True),
        ("The kids were having a laugh with it, but it broke after a day.", "en", False),
        ("We had a good laugh about the size, it is far too big.", "en", False),
        # an angry word the customer turns on themselves, or a lesson for next time, is a calm text of their own
        # mistake; the same words at the shop are anger
        ("My fault entirely, so annoyed with myself, sorry for the bother.", "en", False),
        ("Ridiculous of me, I should have checked the chart. Sorry for the bother.", "en", False),
        ("Sorry for the bother, my fault. Never again without measuring first!", "en", False),
        ("Je suis furieuse contre moi-même, j'ai pris la mauvaise taille, désolée du dérangement.", "fr", False),
        ("C'est ma faute. Plus jamais sans vérifier le guide des tailles !", "fr", False),
        ("I'm so annoyed with you, the dress came torn.", "en", True),
        ("Never again will I order from you, it came torn.", "en", True),
        ("Ridiculous, the dress came torn.", "en", True),
        ("Furieuse contre votre transporteur, colis en retard.", "fr", True),
        ("Plus jamais je ne commanderai chez vous.", "fr", True),
        # ... nor where the sentence blames the shop too, or mocks the trust put in it
        (
            "Furious with myself for ordering from you, and even more with your courier who threw it over the fence.",
            "en",
            True,
        ),
        ("Ridiculous of me to expect a dress to arrive on time.", "en", True),
        (
            "Furieuse contre moi-même d'avoir encore fait confiance à votre site, la robe est arrivée déchirée.",
            "fr",
            True,
        ),
        ("So cross with myself, I ordered the wrong size. Can you send the 12?", "en", False),
        # "ignored" of what the customer did is a calm regret; of what was done to them, anger
        ("My friend said it would suit me. Should have ignored her.", "en", False),
        ("I ignored the size guide and ordered my usual, my mistake.", "en", False),
        ("We'd ignored the reviews about the sizing.", "en", False),
        ("I've been ignored for two weeks.", "en", True),
        ("I feel completely ignored.", "en", True),
        ("I think you ignored me on purpose.", "en", True),
        ("I asked twice and got ignored.", "en", True),
        ("I sent 2 emails ignored by your team and I'm still waiting.", "en", True),
        ("I sent emails all ignored.", "en", True),
        ("I wrote messages, ignored every time.", "en", True),
        ("If only I hadn't ignored the size chart.", "en", False),
        ("J'aurais dû ignorer les conseils de ma sœur, elle est trop petite.", "fr", False),
        ("Je me sens ignorée, personne ne me répond.", "fr", True),
        # a count of times that is a purchase made again, a payment in instalments or falls without harm is no chasing
        ("C'est la quatrième fois que j'achète ce mixeur chez vous, mais le bol de celui-ci est fissuré.", "fr", False),
        ("J'avais choisi le paiement en quatre fois sans frais et j'ai été débitée en une seule fois.", "fr", False),
        ("La lampe est tombée deux fois sans casser, mais l'interrupteur ne marche plus.", "fr", False),
        ("Mon téléphone est tombé deux fois sans rien casser, mais la coque a jauni.", "fr", False),
        ("Ça fait trois fois que je commande chez vous et toujours parfait.", "fr", False),
        ("This is the third time I've ordered this from you and I love it.", "en", False),
        ("Ça fait trois fois que je vous écris.", "fr", True),
        ("Trois mails sans réponse, c'est honteux.", "fr", True),
        ("Relancé trois fois sans que personne ne réponde.", "fr", True),
        ("J'ai écrit deux fois sans qu'on me rappelle.", "fr", True),
        ("Troisième fois que je commande chez vous, troisième colis abîmé.", "fr", True),
        ("C'est la troisième fois que je vous écris.", "fr", True),
        ("Third email about this.", "en", True),
        # at the end of one's patience, not out of breath
        ("Je suis vraiment à bout avec votre service.", "fr", True),
        ("Je suis à bout de souffle après cinq étages avec ce colis, trop lourd.", "fr", False),
    ],
)
def test_angry_only_where_the_text_complains(text: str, lang: str, angry: bool) -> None:
    assert ("angry" in handover_reasons(text, lang)) is angry


@pytest.mark.parametrize(
    ("text", "lang", "disputed"),
    [
        # a card stopped already is a payment disputed as much as one about to be
        ("Quelqu'un a utilisé ma carte, je n'ai pas ouvert le colis et j'ai fait opposition.", "fr", True),
        ("Nous avons fait opposition sur la carte hier.", "fr", True),
        ("Je vais faire opposition sur ma carte bancaire", "fr", True),
        ("Il a fait une belle opposition de couleurs, mais la taille ne va pas.", "fr", False),
    ],
)
def test_a_card_stopped_is_a_payment_dispute(text: str, lang: str, disputed: bool) -> None:
    assert ("payment_dispute" in handover_reasons(text, lang)) is disputed


@pytest.mark.parametrize(
    ("text", "lang", "legal"),
    [
        # sheet 541 #19: going to court oneself is a legal threat, as taking the shop there is; a court of another kind
        # is not
        ("I'm ready to go to court over this.", "en", True),
        ("I will go straight to court if this isn't refunded.", "en", True),
        ("Going to court over a jumper is not what I want, but I will.", "en", True),
        ("We go to the court every Sunday and the soles are already worn through.", "en", False),
        # the trip to court, not a threat (the review of eae6266)
        ("Bought this suit to go to court for jury service, the trousers are far too long.", "en", False),
        ("I needed a dress to go to court next week for my divorce hearing", "en", False),
        ("Wore them once when I went to court as a witness, the heel snapped", "en", False),
        ("I'm a barrister and go to court daily, this shirt creased after one wear", "en", False),
        ("I go to court twice a week", "en", False),
        ("The court shoes rub my heel, returning them.", "en", False),
        ("Pantalon trop court, dommage.", "fr", False),
        # a legal step the customer says will not be taken, or the customer's own profession, is no threat (each read
        # one)
        ("I have no intention of taking legal action, I just want my refund.", "en", False),
        ("Not going to report you to trading standards, just sort it please.", "en", False),
        ("I won't report you to trading standards, just refund me please.", "en", False),
        ("I work as a lawyer and the suit is too small.", "en", False),
        ("Je ne vais pas porter plainte, je veux juste être remboursée.", "fr", False),
        ("Aucune intention de saisir la DGCCRF, remboursez-moi simplement.", "fr", False),
        ("Je suis juriste et la robe est trop petite.", "fr", False),
        # near misses: a threat not held back, held back only for now, or beside the profession
        ("I will not hesitate to take legal action.", "en", True),
        ("I don't want to take legal action but I will if I have to.", "en", True),
        ("I'm not going to take legal action yet, but if this isn't sorted by Friday I will.", "en", True),
        ("I'm a lawyer and I know my rights, refund me now or I sue.", "en", True),
        ("My solicitor will be in touch.", "en", True),
        ("Je n'hésiterai pas à saisir la DGCCRF.", "fr", True),
        ("Je ne vais pas porter plainte pour l'instant, mais sans remboursement je le ferai.", "fr", True),
        ("I'm a solicitor and I will be taking this further.", "en", True),
        # ... while a "but" or an "if" with no step to come after the denial leaves it denied
        ("I'm not going to sue, but please refund me.", "en", False),
        ("Je ne vais pas porter plainte, mais je veux être remboursée.", "fr", False),
        ("I won't be reporting you to trading standards, if you just sort this out.", "en", False),
        # a body or a law cited for what it says is no threat (each read one); near misses: a step to come after it,
        # in its sentence or the next, a body reported to or to be, and the profession of someone close (a veiled
        # threat a person reads)
        ("Trading standards say I'm entitled to a refund.", "en", False),
        ("According to the Consumer Rights Act I am owed a full refund.", "en", False),
        ("Selon la DGCCRF, j'ai droit à un remboursement.", "fr", False),
        ("Trading standards say I'm entitled to a refund. I will take this further if needed.", "en", True),
        ("Selon la DGCCRF, j'ai droit à un remboursement, je vais les saisir.", "fr", True),
        ("I've reported you to trading standards.", "en", True),
        ("Je vais saisir la DGCCRF.", "fr", True),
        ("My husband is a solicitor.", "en", True),
        # ... and a step taken or a deadline set after it
        ("Trading standards say I'm entitled to a refund and I've already contacted them.", "en", True),
        ("Trading standards told me to give you 14 days before they step in.", "en", True),
        ("Selon la DGCCRF, j'ai droit à un remboursement. Sans réponse sous 8 jours, je les contacte.", "fr", True),
        # a body cited for a test, a rating or a recommendation read before buying is no threat either; one gone to,
        # or a step to come after the test, still is (a consumers' association too)
        ("Je l'ai pris après avoir lu un comparatif de l'UFC, quelle déception.", "fr", False),
        ("Une association de consommateurs l'avait classée première, pourtant elle fuit.", "fr", False),
        ("60 millions de consommateurs l'avait notée 17/20, je ne comprends pas.", "fr", False),
        ("A consumers' association recommended it, which is why I chose it.", "en", False),
        ("I read a review by a consumer group before buying, and it still broke.", "en", False),
        ("J'ai lu un comparatif de l'UFC, et je vais les saisir si vous ne remboursez pas.", "fr", True),
        ("I'm reporting you to a consumers' association.", "en", True),
        ("Je vais écrire à 60 millions de consommateurs.", "fr", True),
    ],
)
def test_a_legal_threat_is_one_made(text: str, lang: str, legal: bool) -> None:
    assert ("legal" in handover_reasons(text, lang)) is legal


@pytest.mark.parametrize(
    ("text", "lang", "legal"),
    [
        # a consumer body gone to is a threat a person answers, as trading standards is ("I'll be contacting Which?
        # about this." got only "Thank you for your message")
        ("I'll be contacting Which? about this.", "en", True),
        ("Going to report you to Which? if this isn't sorted.", "en", True),
        ("Which? magazine will hear about this.", "en", True),
        ("I'll take this to Resolver.", "en", True),
        ("I've reported this to a consumer group.", "en", True),
        ("Je vais contacter une association de défense des consommateurs.", "fr", True),
        ("J'ai saisi le Centre européen des consommateurs.", "fr", True),
        # near misses: "which?" of a question, a best buy, a body cited for what it says or not to be contacted
        ("Two straps came, which? I don't know which to use.", "en", False),
        ("Is it a best buy? Which?", "en", False),
        ("The dress was rated a Which? Best Buy, but it is too small.", "en", False),
        ("According to Which?, I'm entitled to a full refund.", "en", False),
        ("Which? says I'm entitled to a refund.", "en", False),
        ("According to a consumer group, I am owed a refund.", "en", False),
        ("I'm not going to contact Which? but please refund me.", "en", False),
        ("Selon une association de consommateurs, j'ai droit au remboursement.", "fr", False),
        # ... nor "which?" asked after a plain "to" or "with", nor consumer protection as the customer's rights
        ("I can send it back, but to which? You have two addresses on the site.", "en", False),
        ("Send it back to which? The warehouse or the shop?", "en", False),
        ("You sent two emails with different codes. Reply to which?", "en", False),
        ("Compared with which? The old model was better.", "en", False),
        ("I know my consumer protection rights.", "en", False),
        ("I'm a consumer champion at heart, just want it sorted.", "en", False),
        ("Not going to Which? or anything, just refund me.", "en", False),
        ("Sort this out or I'm going to Which?.", "en", True),
        ("I'll raise it with Resolver.", "en", True),
        ("I'll report it to the consumer protection agency.", "en", True),
    ],
)
def test_a_consumer_body_gone_to_is_a_legal_threat(text: str, lang: str, legal: bool) -> None:
    assert ("legal" in handover_reasons(text, lang)) is legal


@pytest.mark.parametrize(
    ("text", "lang", "public"),
    [
        # review sheet 359: plates packed in one sheet of newspaper were read as a threat to go to the press
        ("Whoever packed this used one sheet of newspaper for the lot.", "en", False),
        ("Wrapped in old newspaper, two plates in pieces.", "en", False),
        ("I'm 88 and I prefer my newspaper. Nothing wrong with it.", "en", False),
        ("I'll be going to the newspapers about this.", "en", True),
        ("I'm contacting my local newspaper.", "en", True),
        ("I will tell the press.", "en", True),
    ],
)
def test_a_newspaper_is_a_threat_only_as_whom_the_customer_goes_to(text: str, lang: str, public: bool) -> None:
    assert ("public_review" in handover_reasons(text, lang)) is public


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        # a kitchen robot is the product, not a chatbot the customer wants a person instead of
        ("Cadeau de mes enfants, un robot cuiseur haut de gamme, mais je cuisine depuis soixante ans.", "fr", False),
        ("Votre robot aspirateur ne charge plus.", "fr", False),
        ("Un robot de cuisine trop bruyant pour mon appartement.", "fr", False),
        ("Je parle à un robot ? Je veux un humain.", "fr", True),
        ("Je ne veux plus parler à un robot.", "fr", True),
        ("Votre robot tourne en rond, je veux une vraie réponse.", "fr", True),
    ],
)
def test_a_robot_is_a_chatbot_only_when_it_is_no_product(text: str, lang: str, person: bool) -> None:
    assert ("person" in handover_reasons(text, lang)) is person


@pytest.mark.parametrize(
    ("text", "lang", "neutral"),
    [
        # a return form's own words: the return, a reason withheld or personal, the legal window, unused, thanks
        ("Retour sans motif particulier", "fr", True),
        ("Retour, sans commentaire.", "fr", True),
        ("Je vous la renvoie pour raisons personnelles. Article non utilisé, merci.", "fr", True),
        ("retour dans le délai de 14 jours, droit de rétractation", "fr", True),
        ("Motif : personnel", "fr", True),
        ("Return reason is personal", "en", True),
        ("I would like to return this, no particular reason. Unworn, tags still on. Thanks", "en", True),
        ("Returning the scarf for personal reasons, within the 14 days.", "en", True),
        # ... or a size asked one way, all the text says (the tone model read « Je descends d'une pointure » as upset)
        ("Je descends d'une pointure.", "fr", True),
        ("je descends d une pointure", "fr", True),
        ("Je monte d'une taille, merci.", "fr", True),
        ("Bonjour, une taille au-dessus svp.", "fr", True),
        ("Going down a size.", "en", True),
        ("Returning to go up one size, thanks.", "en", True),
        ("A bigger size please.", "en", True),
        ("Je descends d'une pointure, c'est la troisième fois que je vous écris.", "fr", False),
        ("Going down a size. Never again.", "en", False),
        ("Need a size up, you know why.", "en", False),
        # anything else said beside them is not the form's: the tone model reads it
        ("Retour. Toujours sans nouvelles de votre part.", "fr", False),
        ("Retour sans motif particulier, vous comprendrez pourquoi.", "fr", False),
        ("Retour sans explication, vous savez très bien pourquoi", "fr", False),
        ("Retour sans réponse", "fr", False),
        ("Return. You know why.", "en", False),
        ("Returning it for personal reasons. Never again.", "en", False),
        ("Returning, no reason. The jumper is too small.", "en", False),
        ("", "en", False),
        ("?", "fr", False),
        ("I'd like to return this for personal reasons.", "en", True),
        ("Je demande le retour pour raison personnelle.", "fr", True),
        ("Retour sans motif particulier", "de", False),
    ],
)
def test_a_neutral_form_text_is_only_the_return_forms_words(text: str, lang: str, neutral: bool) -> None:
    assert neutral_form(text, lang) is neutral


def test_a_long_text_is_never_a_neutral_form() -> None:
    assert not neutral_form("Retour sans motif particulier. " * 20, "fr")


@pytest.mark.parametrize(
    ("text", "lang", "points_back"),
    [
        # what the return is about is in another email, message or call: the draft cannot read it
        ("Returned, see my email to customer service.", "en", True),
        ("Sent back - please see previous message.", "en", True),
        ("Return as per our phone conversation last week.", "en", True),
        ("Returning, I will explain on the phone.", "en", True),
        ("See call on Monday, ref 4411.", "en", True),
        ("Voir message", "fr", True),
        ("Je rends l'article, raison : voir mon mail précédent.", "fr", True),
        ("Voir avec votre conseillère, déjà expliqué par téléphone.", "fr", True),
        ("Comme convenu avec votre collègue, je renvoie la veste.", "fr", True),
        ("Voir échange téléphonique avec votre conseillère.", "fr", True),
        # an email or a message named for something else
        ("Please could you email me the return label?", "en", False),
        ("I can't see the email with the label in it.", "en", False),
        ("As you can see in the photo, the seam is open.", "en", False),
        ("Je n'arrive pas à voir le message avec l'étiquette.", "fr", False),
        ("Taille prise comme indiqué dans le guide, trop petite.", "fr", False),
        ("Le téléphone ne s'allume pas.", "fr", False),
        # the item's own message or notes, and the shop's confirmation mail, hold no reason told elsewhere
        ("It won't turn on, see the message on the screen: E3.", "en", False),
        ("The kettle stopped working. See the notes in the manual, it should not do that.", "en", False),
        ("L'écran affiche une erreur, voir le message d'erreur.", "fr", False),
        ("Ne s'allume plus, voir le message sur l'écran.", "fr", False),
        ("Comme indiqué dans le mail de confirmation, le retour est gratuit. La robe est trop petite.", "fr", False),
        # the customer's own earlier message points back, in either language; the shop's own message, thanked for
        # or quoted for what it says, leaves nothing to read elsewhere (its words are the shop's, and said here)
        ("As I said in my previous email, the zip broke on the first day.", "en", True),
        ("Comme dit dans mon dernier mail, la fermeture a cassé.", "fr", True),
        ("Retour, cf. mon message précédent.", "fr", True),
        ("Return, as mentioned in my last message.", "en", True),
        ("Thanks for your previous email, all clear, the dress is too big.", "en", False),
        ("Merci pour votre message précédent, tout est clair, la robe est trop grande.", "fr", False),
        ("As per your email, the return is free. The dress is too big.", "en", False),
        ("Comme indiqué par votre mail, je renvoie la robe, elle est trop grande.", "fr", False),
        ("As mentioned in your email, I've dropped it at the post office.", "en", False),
        ("Please see your email about the label, the coat is too small.", "en", False),
        # what a colleague or a call agreed is not in any message the shop sends: a person needs it
        ("As agreed in your email, I'm returning it for a full refund.", "en", True),
        ("Comme convenu dans votre mail, je renvoie la veste.", "fr", True),
        ("Comme indiqué par votre conseiller, je renvoie la veste.", "fr", True),
        ("As per your colleague on the phone, returning the coat.", "en", True),
        # the customer's earlier message named without pointing to it for the reason: the reason is here
        ("Please ignore my previous email, the dress is simply too big.", "en", False),
        ("Sorry, my last message was cut off: the zip broke on the first day.", "en", False),
        ("This is my first message to you, the shoes are too small.", "en", False),
        ("Return, the details are in my other email.", "en", True),
        ("My previous email explains everything.", "en", True),
        ("Further to my last email, I'm returning the coat.", "en", True),
        ("Regarding my earlier message, the coat is still too small.", "en", True),
        ("Mon dernier mail explique tout.", "fr", True),
        ("Suite à mon dernier mail, je renvoie la robe.", "fr", True),
        ("My previous email had the wrong order number, it is 12345. The dress is too big.", "en", False),
        ("Merci d'ignorer mon message précédent, la robe est juste trop grande.", "fr", False),
        ("C'est mon premier message, les chaussures sont trop petites.", "fr", False),
        ("Désolé, mon dernier mail était incomplet : la fermeture a cassé.", "fr", False),
        ("Comme dit dans votre dernier message, le retour est gratuit. La robe est trop grande.", "fr", False),
    ],
)
def test_a_pointer_to_another_message_is_its_own_kind(text: str, lang: str, points_back: bool) -> None:
    assert ("explained_elsewhere" in handover_reasons(text, lang)) is points_back


@pytest.mark.parametrize(
    ("text", "public"),
    [
        # a press stud or a newspaper shop is no threat to go public
        ("The press stud came off the first time I wore it.", False),
        ("Three of the press studs do not hold, they open again at once.", False),
        ("I was going to the newspaper shop when the heel snapped.", False),
        ("I will tell the press about this.", True),
        ("I'm contacting my local newspaper.", True),
    ],
)
def test_a_press_stud_or_a_newspaper_shop_is_no_threat_to_go_public(text: str, public: bool) -> None:
    assert ("public_review" in handover_reasons(text, "en")) is public


@pytest.mark.parametrize(
    ("text", "lang", "disputed"),
    [
        # bringing the bank in is a threat of a chargeback, whatever the verb: « faire intervenir », « passer par »
        ("Sinon je fais intervenir ma banque, c'est simple.", "fr", True),
        ("Je vais passer par ma banque pour récupérer mon argent.", "fr", True),
        ("Je me tourne vers ma banque si rien ne bouge.", "fr", True),
        ("I'll have to get my bank involved.", "en", True),
        ("If this isn't sorted I'm going through my bank.", "en", True),
        ("I'll be taking this up with my bank on Monday.", "en", True),
        ("Refund me or I involve my credit card company.", "en", True),
        # reported as fraud, in either language
        ("Je l'ai signalé comme frauduleux à ma banque.", "fr", True),
        ("Je déclare cet achat comme non autorisé.", "fr", True),
        ("Le transporteur a signalé le colis comme livré.", "fr", False),
        # the bank named for what it did, or a bank card: no threat
        ("Ma banque m'a remboursé les frais, merci quand même.", "fr", False),
        ("Remboursement sur ma carte bancaire svp.", "fr", False),
        ("My bank card was charged twice for the same order.", "en", False),
        ("My bank refunded the fee, so all is fine.", "en", False),
        ("Please refund to my bank account rather than the card.", "en", False),
        # the bank's statement, app or online banking read, money going through the bank, a payment made through it
        ("I was going through my bank statement and saw you charged me twice.", "en", False),
        ("I'm going through my bank app and can't see the refund yet.", "en", False),
        ("It can take 5 days for the refund to go through my bank, I'll wait.", "en", False),
        ("The payment didn't go through my bank the first time so I paid again.", "en", False),
        ("I'll have to go through my bank if I don't hear back.", "en", True),
        ("J'ai payé par virement, je suis passé par ma banque.", "fr", False),
        ("Je passe par ma banque en ligne pour suivre le remboursement.", "fr", False),
        ("Le remboursement peut-il passer par ma banque plutôt que par PayPal ?", "fr", False),
        ("Je préfère que le virement passe par ma banque.", "fr", False),
        ("Sinon je passe par ma banque.", "fr", True),
        ("On va devoir passer par notre banque.", "fr", True),
        # the bank flagged the payment itself: no threat of the customer's
        ("Ma banque a signalé le paiement comme frauduleux, pouvez-vous relancer la commande ?", "fr", False),
        ("Le paiement a été déclaré comme non autorisé par ma banque, la commande est annulée.", "fr", False),
        # on the way to the bank: where the customer was, no threat
        ("I was going to the bank when the strap snapped.", "en", False),
        ("We were going to the bank and the wheel came off the case.", "en", False),
        ("I'm going to the bank about this charge tomorrow.", "en", True),
    ],
)
def test_bringing_the_bank_in_is_a_payment_dispute(text: str, lang: str, disputed: bool) -> None:
    assert ("payment_dispute" in handover_reasons(text, lang)) is disputed


@pytest.mark.parametrize(
    ("text", "lang", "disputed"),
    [
        # checking with the bank whether money moved is no threat to bring it in: « voir avec » is "check with"
        ("Je n'ai toujours pas reçu le remboursement, je vais voir avec ma banque.", "fr", False),
        ("Je vais voir ça avec ma banque demain.", "fr", False),
        ("I'll call my bank to check whether the refund landed.", "en", False),
        ("I'll contact my bank to see if the refund has come through.", "en", False),
        ("I'm going to call my bank and find out where the money is.", "en", False),
        ("Je vais appeler ma banque pour vérifier si le remboursement est arrivé.", "fr", False),
        ("Je vais contacter ma banque pour savoir où en est le remboursement.", "fr", False),
        # ... but a check that names a dispute, or the bank brought in to undo the payment, still is one
        ("I'll call my bank to reverse the payment.", "en", True),
        ("I'll check with my bank whether I can do a chargeback.", "en", True),
        ("Je vais voir avec ma banque pour faire opposition.", "fr", True),
        ("Je vais contacter ma banque si je ne suis pas remboursé.", "fr", True),
        ("I'll contact my bank if I don't hear back.", "en", True),
    ],
)
def test_checking_with_the_bank_is_no_payment_dispute(text: str, lang: str, disputed: bool) -> None:
    assert ("payment_dispute" in handover_reasons(text, lang)) is disputed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the bank asked how to undo the payment, or the customer's options if not repaid: a dispute, not a check on
        # whether money moved
        ("I'll call my bank and see if they can reverse the payment.", "en"),
        ("I'll contact my bank to see whether they can claw the money back.", "en"),
        ("I'm calling my bank to make sure this charge gets reversed.", "en"),
        ("I'll contact my bank to find out how to dispute this.", "en"),
        ("If I'm not refunded by Friday I'll call my bank to check my options.", "en"),
        ("I'll call my bank to check whether the payment can be reversed.", "en"),
        ("Je vais appeler ma banque pour savoir comment récupérer mon argent.", "fr"),
        ("Je vais contacter ma banque pour vérifier si le paiement peut être annulé.", "fr"),
    ],
)
def test_asking_the_bank_how_to_undo_a_payment_is_a_payment_dispute(text: str, lang: str) -> None:
    assert "payment_dispute" in handover_reasons(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "hurt"),
    [("Mon fils s'est coupé avec la protection de lame.", "fr", True),
     ("I burnt my hand on the handle, it melted.", "en", True),
     ("Nobody was hurt, luckily, but the handle melted.", "en", False),
     ("I cut the tags off before I tried it.", "en", False),
     ("Il est coupé au lavage.", "fr", False)],
)  # fmt: skip
def test_someone_hurt_is_handed_to_a_person(text: str, lang: str, hurt: bool) -> None:
    # sheet 389 #60: « Mon fils s'est coupé avec la protection de lame » was drafted like any fault
    assert ("injury" in handover_reasons(text, lang)) is hurt


@pytest.mark.parametrize(
    ("text", "lang", "dispute"),
    [
        # review sheet 421 #31: an order the customer never placed, "already reported to my bank", drafted as a return
        ("I've checked my account and there's an order I don't recognise. I've already reported it to my bank.", "en",
         True),
        ("I reported the payment to my bank, please reverse it.", "en", True),
        ("Je ne reconnais pas cette commande, je l'ai signalé à ma banque.", "fr", True),
        ("Je vais le signaler à ma banque si rien ne bouge.", "fr", True),
        # reported to someone else than the bank
        ("I reported it to the courier, the box was crushed.", "en", False),
        ("Je l'ai signalé au livreur, le carton était écrasé.", "fr", False),
    ],
)  # fmt: skip
def test_a_payment_reported_to_the_bank_is_a_payment_dispute(text: str, lang: str, dispute: bool) -> None:
    assert ("payment_dispute" in handover_reasons(text, lang)) is dispute


@pytest.mark.parametrize(
    ("text", "lang", "unauthorised"),
    [
        # a payment the card holder did not agree to is a person's matter, whatever the policy says of the item
        (
            "J'ai utilisé l'ancienne carte bancaire de ma mère, enregistrée sur le compte familial. Elle n'était pas "
            "d'accord. Je vous les renvoie sans les avoir ouvertes.",
            "fr",
            True,
        ),
        ("Mon fils a utilisé ma carte sans me demander.", "fr", True),
        # a card used on the customer's errand is no payment they refused (all were handed over)
        ("My daughter used my card to buy this for her prom but it doesn't fit.", "en", False),
        ("My husband used my card to order me this as a birthday present, it's too small.", "en", False),
        ("My son used my PayPal to get these trainers for school, they are too tight.", "en", False),
        ("Ma fille a utilisé ma carte pour acheter cette robe pour son bal, elle est trop petite.", "fr", False),
        ("Mon mari a utilisé ma carte pour me l'offrir, mais c'est trop petit.", "fr", False),
        ("My son used my card to buy these without asking.", "en", True),
        ("Someone used my card to buy this, I didn't order it.", "en", True),
        ("Retour demandé par mon curateur, achat fait sans son accord.", "fr", True),
        ("My son used my card.", "en", True),
        ("Bought by a family member on my account without asking. Please refund.", "en", True),
        ("I used my mum's credit card and she didn't know. Sorry.", "en", True),
        ("My daughter ordered this without my permission.", "en", True),
        # the customer's consent said after the card used is no payment refused; said refused, it still is one
        ("My partner used my card, I knew about it, but it's too small.", "en", False),
        ("My husband used my card with my permission, the dress is too big.", "en", False),
        ("My daughter used my card (I said she could) but it's the wrong size.", "en", False),
        ("My son used my card, which is fine, but the shoes are too small.", "en", False),
        ("Mon mari a utilisé ma carte avec mon accord, mais c'est trop petit.", "fr", False),
        ("Mon fils a utilisé ma carte, j'étais au courant, mais c'est trop petit.", "fr", False),
        ("mon mari a utilise ma carte, j etais au courant", "fr", False),
        ("My son used my card, I knew nothing about it.", "en", True),
        # ... a consent only in a word that starts one, or with a refusal anywhere in the text, is none
        ("My son used my card. I knew when I saw the statement, I want this refunded.", "en", True),
        ("My son used my card and I knew straight away when the bank texted me. Please cancel it.", "en", True),
        ("My son used my card. It was a gift for his girlfriend, I didn't know until the bank called.", "en", True),
        ("My son used my card. I agreed to nothing.", "en", True),
        ("My son used my card. I told him to stop but he didn't.", "en", True),
        ("I didn't know, but my son used my card to buy this.", "en", True),
        ("Mon fils a utilisé ma carte, aucun problème de taille mais je n'étais pas au courant.", "fr", True),
        ("Mon fils a utilisé ma carte. Aucun souci pour lui, mais je n'étais pas d'accord.", "fr", True),
        ("Mon fils a utilisé ma carte, c'est normal que je demande le remboursement.", "fr", True),
        ("Mon fils a utilisé ma carte, je le savais pas.", "fr", True),
        (
            "Ma fille a pris ma carte, je l'ai su après. Pas de problème pour la taille mais je veux annuler.",
            "fr",
            True,
        ),
        ("Mon mari a utilisé ma carte, aucun souci, mais la taille ne va pas.", "fr", False),
        ("my bf used my card, i didnt know", "en", True),
        ("My daughter used my card and I'm not happy with that.", "en", True),
        ("Mon fils a utilisé ma carte, je n'étais pas au courant.", "fr", True),
        # ... but not knowing how the item is, or which size to get, refuses nothing ("My sister used my card, with my
        # permission. I didn't know the dress was so short" was handed over as a payment refused)
        ("My sister used my card, with my permission. I didn't know the dress was so short", "en", False),
        ("my sister used my card w my permission. didnt know the dress was so short lol", "en", False),
        ("My partner used my card, I knew about it. Had no idea the sizes were so small though.", "en", False),
        ("My sister used my card, with my permission. I didn't know which size to get.", "en", False),
        ("Ma soeur a utilisé ma carte, avec mon accord. Je ne savais pas que la robe était si courte.", "fr", False),
        ("My son used my card, with my permission, but I didn't know he had bought three coats.", "en", True),
        ("Ma soeur a utilisé ma carte, j'étais au courant. Je ne savais pas qu'elle en prendrait trois.", "fr", True),
        ("My sister used my card. I didn't know the dress was so short", "en", True),
        # a card named for where the refund goes, a gift bought twice, an order without a word of its payment
        ("Please refund to my new card, my old card has expired.", "en", False),
        ("I paid with my mum's card, please refund it to her card.", "en", False),
        ("My husband bought the same hair dryer without telling me, so I have two.", "en", False),
        ("I ordered it without my glasses on and got the wrong colour.", "en", False),
        ("Je voudrais être remboursée sur ma nouvelle carte, l'ancienne a expiré.", "fr", False),
        ("Mon mari l'a commandée sans me demander. Il dit qu'il n'y a pas de souci avec.", "fr", False),
        ("J'ai payé avec la carte de ma mère, merci de la rembourser sur sa carte.", "fr", False),
    ],
)
def test_a_payment_without_the_card_holders_consent_is_handed_over(text: str, lang: str, unauthorised: bool) -> None:
    assert ("unauthorised_payment" in handover_reasons(text, lang)) is unauthorised
