"""An exchange only when a size swap fixes the complaint, in the size asked for, never a rejected one."""

from __future__ import annotations

import pytest

from features.customer_asks import read_asks
from models.exchange_offer import exchange_offer


@pytest.mark.parametrize(
    ("text", "had", "reason", "category", "offered", "size"),
    [
        ("The waist is tight, I need a W32.", "W30", "too_small", "jeans", True, "W32"),
        ("Way too roomy, could I have an extra small?", "M", "too_large", "tops", True, "XS"),
        ("Pinches at the toe, I need a 40.", "39", "too_small", "shoes", True, "40"),
        ("Bit tight.", "38", "too_small", "dresses", True, "40"),
        ("Bit tight.", "39", "too_small", "shoes", True, "40"),
        ("Bit tight.", None, "too_small", "dresses", True, None),
        ("Swamps me, I'm usually a S.", "L", "too_large", "tops", True, "S"),
        ("The trousers are far too long.", "M", "too_large", "trousers", False, None),
        ("The colour is nothing like the photo.", "M", "not_as_described", "tops", False, None),
        ("Sleeves are too long, otherwise fine.", "M", "too_large", "knitwear", False, None),
        ("The ripped-look knee is wearing so thin it'll be a hole soon, and the 30 is too small.", "30", "too_small",
         "jeans", False, None),
        ("Stain on the sleeve, also a bit big.", "M", "too_large", "tops", False, None),
        ("Too small, and the L was too small last time too.", "M", "too_small", "tops", False, None),
        ("Le 40 est trop grand, je voudrais l'échanger contre un 38.", "40", "too_large", "dresses", True, "38"),
        ("Il me faut une taille au-dessus.", "M", "too_large", "tops", True, "L"),
        ("Trop long, je suis petite.", "38", "too_large", "trousers", False, None),
        ("Changed my mind.", "M", "no_longer_needed", "tops", False, None),
        ("The 38 is too small, I need a 38 in the other colour", "38", "too_small", "dresses", False, None),
        # an order already placed a size up is history, not an ask: too big means the size below
        ("I ordered a size up as advised and it is far too big.", "M", "too_large", "tops", True, "S"),
        # a usual size written another way says nothing about which letter size fits
        ("Comes up huge, my normal size is a 12.", "L", "too_large", "dresses", True, "M"),
        ("Comes up big; I normally take a 10, so I'll go for the 8 instead.", "10", "too_large", "dresses", True, "8"),
        # the usual size ordered is the size had, the usual size said besides it the one to offer
        ("Ordered my usual 38 but they're tiny, I'm usually a 39 in trainers", None, "too_small", "shoes", True, "39"),
        ("They bunch over my shoes, I'd have to take them up by 5 inches.", "M", "too_large", "trousers", False,
         None),
        # review sheets 83 and 97: the size above or below asked for despite a sleeve or length complaint, and
        # a usual size with no size ordered known (it was the size they had)
        ("Les manches recouvrent mes mains. Échangez-le contre la taille inférieure.", "M", "too_large",
         "outerwear", True, "S"),
        ("Le torse est trop court pour moi. Il me faudrait la taille au-dessus.", None, "too_small", "dresses", True,
         None),
        ("Je fais du 38 partout. En 38 il me reste un pouce devant les orteils.", None, "too_small", "shoes", True,
         None),
        ("The chart said to size up. It swallowed me, the legs pool over my trainers.", "M", "too_large",
         "trousers", False, None),
        # review sheets 113 and 127: a fit reason guessed for a message that only asks for a call
        ("Please phone me back after six.", "M", "too_small", "tops", False, None),
        # sheet 151: boots too narrow in the calf were offered another size; a shaft's width is its shape's
        ("Gorgeous boots but the shaft is too narrow for my calves, the zip stops halfway.", "39", "too_small",
         "shoes", False, None),
        ("Tige trop large pour mes mollets fins, elles bâillent.", "38", "too_large", "shoes", False, None),
        ("Bottes trop serrées au mollet. Je tente le 41.", "40", "too_small", "shoes", True, "41"),
        # ... and one said to be better in the future (« Le 41 sera mieux »), as « Un 41 serait mieux » is
        ("Bottes de pluie trop serrées au mollet. Le 41 sera mieux.", "40", "too_small", "shoes", True, "41"),
        # sheet 199: a fault said in passing does not block the size the customer asks for on a fit reason
        ("Il manque un cordon, mais la vraie raison: je flotte dedans. Taille en dessous.", "M", "too_large",
         "outerwear", True, "S"),
        ("Stain on the sleeve, and I need a 12.", "10", "defective", "dresses", False, None),
        # sheet 191: "needs the smaller size" beside a length complaint is the size below asked for
        ("Too long in the body for him. Needs the smaller size.", "M", "too_large", "outerwear", True, "S"),
        # the money back wanted over an exchange: no size offered back ("If you would rather have it in size L" to "I'd
        # rather have my money back"), unless a size is named
        ("Too small. I'd rather have my money back.", "M", "too_small", "tops", False, None),
        ("Trop petit. Pas d'échange, je préfère être remboursée.", "M", "too_small", "tops", False, None),
        ("I'd rather have a 40 than my money back.", "39", "too_small", "shoes", True, "40"),
        # an exchange refused only for another colour, a size asked: the size is offered
        ("Too small. I don't want an exchange to a different colour, just a bigger size.", "M", "too_small", "tops",
         True, "L"),
        # a size said is more than a call request
        ("Need a 40, please ring me.", "39", "too_small", "shoes", True, "40"),
        # review sheet 151: the size ordered said in the text, on a request that does not carry it
        ("Je fais du 38, j'ai pris du 38, mais elle serre. Je la renvoie pour la taille au-dessus.", None, "too_small",
         "dresses", True, "40"),
        ("I ordered the small because I am slim. But it is like a tent on me.", None, "too_large", "outerwear", True,
         "XS"),
        ("I ordered a 38 and it's tight.", "40", "too_small", "dresses", True, "42"),
        # review sheets 241 and 251 and the seventh round's left-over: another cut is another product, whatever size
        # comes with it; the size asked for in other words
        ("Slim fit is far too slim on him. Going for the regular fit a size up.", "W28", "too_small", "jeans", False,
         None),
        ("Short in the leg, I need the long leg in a W32.", "W32", "too_small", "jeans", False, None),
        ("Il me faudrait la version longue, en 40.", "40", "too_small", "trousers", False, None),
        ("Tight across the back. I should have gone for the L.", "M", "too_small", "tops", True, "L"),
        ("Il porte du 32, on a pris du 32, trop grand. Un 30 serait parfait.", "32", "too_large", "jeans", True, "30"),
        ("Age 10 is more like 13. Need a 9.", None, "too_large", "jeans", True, "AGE 9"),
        # footwear is the item's category, not a word said about something else
        ("The age 10 top is too small, she wears it over her boots. Need a 12.", None, "too_small", "tops", True,
         "AGE 12"),
        ("The age 10 pair is too small. Need a 12.", None, "too_small", "shoes", True, "12"),
        ("Far too big for my daughter, rides up in the water. Need the child size.", "M", "too_large", "outerwear",
         False, None),
        # the review of the change since bfebfdf: a cut usually bought is none asked for, so the size asked stands
        ("I usually go for a slim fit but these are too tight. Need a 34.", "32", "too_small", "jeans", True, "34"),
        # the review of a468c9d: a size asked with another cut is still another product
        ("Need the regular fit, these are too tight. Need a W34.", "W32", "too_small", "jeans", False, None),
        ("Need a 34, going for the regular fit this time.", "32", "too_small", "jeans", False, None),
        ("Je voudrais un 42 en coupe droite.", "40", "too_small", "trousers", False, None),
        ("Please send a size 34 but I need the relaxed fit.", "32", "too_small", "jeans", False, None),
        # "the next size" points the way of the text's complaint, under a ticked reason the text contradicts too
        ("The hips are far too tight on me. Returning and will try the next size.", "38", "damaged_in_transit",
         "trousers", True, "40"),
        # the fourth round: a fit reason guessed for a threat and nothing else
        ("I'm going to post about this on Instagram.", "M", "too_small", "tops", False, None),
        # sheets 307, 311 and 313: a size asked whether in stock, in words, or from a usual size that does not fit; a
        # petite customer's size that comes up large; boots that do not close at the calf
        ("Est-ce que vous avez le 42 en stock, déjà? Si oui j'échange volontiers.", "40", "too_small", "outerwear",
         True, "42"),
        ("Le chandail est ben trop grand. Je l'échange pour un petit.", "M", "too_large", "knitwear", True, "S"),
        ("Je vous serais reconnaissante de m'indiquer s'il existe en longueur 34.", None, "too_small", "trousers", True,
         "L34"),
        ("Mon M habituel ne suffit pas sur ce modèle. Je le renvoie pour la taille au-dessus.", None, "too_small",
         "knitwear", True, "L"),
        ("I'm a petite 6 and the 6 in this is like a 10, gaping.", "M", "too_large", "dresses", False, None),
        ("Les bottes sont trop petites, je chausse du 39 d'habitude mais le 39 ne ferme pas au mollet.", None,
         "too_small", "shoes", False, None),
        ("Le manteau est bien trop large aux épaules, les manches me couvrent les mains. Retour pour un plus petit.",
         "M", "too_large", "outerwear", True, "S"),
        # a leg length or a suit's length is no number size: never offered in place of one
        ("Always a 28 leg, but these swamp me at the waist.", "30", "too_large", "trousers", True, "28"),
        ("I'm usually a 42R but the 44 swamps me.", "44", "too_large", "outerwear", True, "42"),
        # sheets 347 and 353: the size had said in the text wins over the request's; a usual size said plainly; a size
        # asked in place of another, or as a fallback; the size after sleeves too tight
        ("It's enormous on me, like wearing a duvet. I'm a 10 and got the S.", "M", "too_large", "outerwear", True,
         "XS"),
        ("jpp le crop top XS jpeux pa lever les bras sans que ça craque, jsuis un S en vrai", "XS", "too_small", "tops",
         True, "S"),
        ("la veste elle est chanmé mais jsuis perdu dedans. un M au lieu du L", None, "too_large", "outerwear", True,
         "M"),
        ("Sleeves finish an inch above my wrists. Do you do a tall version? If not I'll take the XL.", "L",
         "too_small", "knitwear", True, "XL"),
        ("La chemise est grande partout sauf aux bras, les manches me compriment. Je prendrais la taille d'après.", "M",
         "too_small", "tops", True, "L"),
        # the next size with no way said runs from the size had the way of the fit reason; a size of the shop's taking
        # (« prenez un 8 »); a usual size of the system of the size had, not a bra's band and cup said before it
        ("I look like a stuffed sausage in it. Need the next size.", "38", "too_small", "dresses", True, "40"),
        ("Need the next size please.", "M", "too_large", "tops", True, "S"),
        ("Need the next size please.", None, "too_small", "tops", True, None),
        ("Need the next size please.", "M", "defective", "tops", False, None),
        ("Elles me serrent au bout des orteils. Je chausse du 7, prenez un 8.", None, "too_small", "shoes", True, "8"),
        ("I'm a 34B and the bust gapes on me. I'm usually an S.", "L", "too_large", "dresses", True, "S"),
        # the way further said to be no way out: no size offered that way (the draft offered the S from an M)
        ("I'm a size 8, ordered XS. I don't think sizing down is an option.", "M", "too_large", "tops", False, None),
        # several sizes further: not the next size, the reply asks which
        ("Too small, I'm going to need 2 and a half sizes up", "38", "too_small", "shoes", True, None),
        ("Too small, I need a size up", "38", "too_small", "shoes", True, "39"),
        # a size change said not to help: no size offered (the draft offered an exchange to a customer refunding)
        ("too narrow. going up half a size didn't help on the last pair so refunding", "38", "too_small", "shoes",
         False, None),
        ("Sizing up didn't help on the last pair, can I swap for a size down?", "38", "too_large", "shoes", True, "37"),
        # a way asked in other words: the next size that way
        ("Too tight under the arms, that's the deal-breaker. Swapping up a size.", "M", "too_small", "outerwear", True,
         "L"),
        # two sizes weighed: the next size of the fit, not the first of the two as asked
        ("Too big. I'd like an exchange but not sure which size, maybe S or XS?", "M", "too_large", "tops", True, "S"),
        ("Too big. I'd like an exchange but not sure which size, maybe XS or XXS?", "S", "too_large", "tops", True,
         "XS"),
        # a collar in inches is no letter size: not the L after the M of the request, but the collar half an inch up
        # from the one the text says was ordered
        ("17 inch neck, ordered 17, can't do the top button. So that's fun.", "M", "too_small", "tops", True, '17.5"'),
        ("Collar too tight, I need a 17.5 collar.", "M", "too_small", "tops", True, '17.5"'),
        # a colour praised is no colour complaint: the next size of the fit
        ("The jumpsuit is too tight but the colour is great.", "M", "too_small", "dresses", True, "L"),
        ("Love the colour though. It's too big on me.", "M", "too_large", "outerwear", True, "S"),
        ("It's too big on me and the colour is not as pictured.", "M", "too_large", "outerwear", False, None),
        # a size change said to spoil another part: no size offered (the draft offered the S)
        ("Blouse gapes between the buttons over the chest. I'd need to go up a size but then the shoulders would be "
         "huge. Returning.", "M", "too_large", "tops", False, None),
        # the size moved to on the reviews' advice is the one had: the usual size named is offered, not the
        # request's neighbour (the draft offered the S after an M)
        ("Je suis donc passée du 38 au 40 pour cette robe. Mon 38 habituel aurait été parfait, je voudrais "
         "l'échanger.", "M", "too_large", "dresses", True, "38"),
        ("So I went up from a 10 to a 12 and it drowns me. I'm usually a 10.", "M", "too_large", "dresses", True,
         "10"),
        ("Je voudrais passer du 38 au 40.", "38", "too_small", "dresses", True, "40"),
        # sheet 593 #1: the other size already ordered by the customer is no exchange to offer them (they have it
        # coming); near misses: the size asked, or an exchange asked beside the reorder
        ("Returned the large, reordered in medium.", "L", "too_large", "outerwear", False, None),
        ("Too big, I've reordered a size down.", "L", "too_large", "outerwear", False, None),
        ("Trop grand, j'ai déjà recommandé le M.", "L", "too_large", "outerwear", False, None),
        ("Je renvoie le M, je recommande en L.", "M", "too_small", "tops", False, None),
        ("Too big, could I have a size down?", "L", "too_large", "outerwear", True, "M"),
        ("Returned the large, send a medium please.", "L", "too_large", "outerwear", True, "M"),
        ("J'ai recommandé en XL, mais un échange en XL si possible.", "L", "too_small", "tops", True, "XL"),
        ("Taille petit, je recommande une taille au-dessus.", "M", "too_small", "tops", True, "L"),
        # another fit asked is another product: no size of this one
        ("Too narrow for my face, they press on my temples. I'd need the wider fit.", None, "too_small", "accessories",
         False, None),
        # the size that would fit, looked for by the customer themselves: no size offered, least of all the other way
        # (the draft offered the S to an M whose "large" the reason read as too_large); near misses: a size asked of
        # the shop first, the customer's own search only if it is not there
        ("Refund please, I'll probably look for a large in the shop.", "M", "too_large", "tops", False, None),
        ("Too tight. It's going back and I'm going to look for a 12 in store.", "10", "too_small", "dresses", False,
         None),
        ("Remboursement svp, je chercherai sûrement un L en magasin.", "M", "too_large", "tops", False, None),
        ("Trop serré, je vais chercher une taille au-dessus ailleurs.", "M", "too_small", "tops", False, None),
        ("Too tight, could you send the large? If not I'll look for one in the shop.", "M", "too_small", "tops", True,
         "L"),
        ("Trop serré, je vais chercher une taille au-dessus ici, sinon remboursement.", "M", "too_small", "tops", True,
         "L"),
        # a size mused on before the refund is taken is the one named, not the next size (an S offered after "Maybe an
        # XS would work"); near misses: none mused names the next size, a mused size written another way than the
        # size had is not offered
        ("Too big everywhere. Maybe an XS would work, but I'll get a refund.", "M", "too_large", "tops", True, "XS"),
        ("Trop large, peut-être un 34 irait, mais je vais me faire rembourser.", "38", "too_large", "trousers", True,
         "34"),
        ("Too big everywhere. I'll get a refund.", "M", "too_large", "tops", True, "S"),
        ("Too big. Maybe a 10 would work, but I'll get a refund.", "M", "too_large", "tops", True, "S"),
        # a shirt's "16" on the request, in a text that sizes it by its collar, is collar 16": its neighbour is 16½",
        # not the dress size 18; near misses: a collar said without inches keeps the request's own scale
        ("The 16 inch neck is too tight, can't do the top button up.", "16", "too_small", "tops", True, '16.5"'),
        ("The 16 inch neck is far too loose.", "16", "too_large", "tops", True, '15.5"'),
        ("Le col de 16 pouces est trop serré.", "16", "too_small", "tops", True, '16.5"'),
        ("Collar too tight, can't do the top button up.", "16", "too_small", "tops", True, "18"),
        ("The 16 inch neck is too tight.", "M", "too_small", "tops", True, "L"),
        # ... and a request's 16 the text gives as a dress size beside a collar of another number stays a dress size
        ("I'm a size 16 with a 15 inch neck, the top is too tight on the bust.", "16", "too_small", "tops", True, "18"),
        # ... and a collar said with its half in words sizes by collar too (sheet 709 #15: "a 17 and a half collar ...
        # Exchange for an 18" was offered "size 18"); near miss: a half of something else
        ("He's a 17 and a half collar and it's too tight. Exchange for an 18 if you have it.", "M", "too_small", "tops",
         True, '18"'),
        ("I waited 3 and a half weeks and it's too tight. Exchange for an 18 if you have it.", "16", "too_small",
         "tops", True, "18"),
        # half a shoe size asked is the half size, not the whole one after it (a 40 told to « une demi-pointure de
        # plus » after a 39); a half size had steps to the whole one; no half of a letter or a dress size is guessed
        ("Trop petites. Il me faut une demi-pointure de plus.", "39", "too_small", "shoes", True, "39.5"),
        ("They pinch. Half a size up please.", "39", "too_small", "shoes", True, "39.5"),
        ("Slipping at the heel, need half a size down.", "7", "too_large", "shoes", True, "6.5"),
        ("Trop petites, je voudrais la pointure 39 ½.", "39", "too_small", "shoes", True, "39.5"),
        ("They pinch, a 39½ would be better.", "39", "too_small", "shoes", True, "39.5"),
        ("Trop juste, un 39 1/2 irait mieux", "39", "too_small", "shoes", True, "39.5"),
        ("Too small.", "39.5", "too_small", "shoes", True, "40"),
        ("Too small, I need a size up", "39", "too_small", "shoes", True, "40"),
        ("Half a size up please.", "M", "too_small", "tops", True, None),
        ("Half a size up please.", "38", "too_small", "dresses", True, None),
        # a bra's cup asked alone is sent on the band had (34C asking "a B cup" was offered "cup size B")
        ("The 34C gapes at the cup. I think I need a B cup.", "34C", "too_large", "underwear", True, "34B"),
        ("Le 34C bâille, il me faudrait un bonnet B.", "34C", "too_large", "underwear", True, "34B"),
        ("I'm normally a B, this gapes.", "75C", "too_large", "underwear", True, "75B"),
        ("I think I need a B cup.", None, "too_large", "underwear", True, "B"),
        ("I need a 32B.", "34C", "too_large", "underwear", True, "32B"),
        # the way the text's own fit complaint points, with no way asked, wins over a fit reason read the other way: a
        # habit's way is not this time's ("I normally go down one in your jeans, but these are too small" was offered
        # the 31 after a 32)
        ("I normally go down one in your jeans, but these are too small.", "32", "too_large", "jeans", True, "33"),
        ("D'habitude je prends une taille en dessous, mais ce jean est trop petit.", "32", "too_large", "jeans", True,
         "33"),
        ("I normally go down one in your jeans, and these are far too big.", "32", "too_large", "jeans", True, "31"),
        ("Too tight, I'd like the size down for my sister.", "32", "too_small", "jeans", True, "31"),
    ],
)  # fmt: skip
def test_exchange_offer(
    text: str, had: str | None, reason: str, category: str, offered: bool, size: str | None
) -> None:
    offer = exchange_offer(read_asks(text, category=category), had, reason, category)
    assert (offer.offered, offer.size) == (offered, size), offer


def test_an_offered_size_is_never_one_the_text_rejects() -> None:
    asks = read_asks("The 40 was too big and so was the 38. Please not the 38 again.")
    offer = exchange_offer(asks, "40", "too_large", "dresses")
    assert offer.size not in {"38", "40"}


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # an unsure fit reason on a text that says nothing of fit: no size swap
        ("I'm prepared to go to court over £89.", False),
        ("Bel exploit. Je veux être remboursée.", False),
        ("Not what I expected, sending it back.", False),
        # near misses: the text speaks of fit, so the unsure fit reason still offers one
        ("Bit snug across the shoulders.", True),
        ("Elle me serre un peu.", True),
        ("Not my size really.", True),
        ("My heel hangs off the back by a centimetre.", True),
    ],
)
def test_an_unsure_fit_reason_needs_the_text_to_speak_of_fit(text: str, offered: bool) -> None:
    asks = read_asks(text, category="tops")
    assert exchange_offer(asks, "M", "too_small", "tops", needs_review=True).offered is offered


def test_a_sure_fit_reason_offers_a_size_whatever_the_text_says() -> None:
    asks = read_asks("Not what I expected, sending it back.", category="tops")
    assert exchange_offer(asks, "M", "too_small", "tops").offered


@pytest.mark.parametrize(
    ("text", "had", "size"),
    [
        # sheet 569 #15: the size had told in numbers, the request's in letters: the M's neighbour ("size L") is not
        # a size the customer reckons in, so the reply asks which
        ("I'm 5ft 6, 34B, 28 waist, usually an 8. The 8 won't zip past my ribs.", "M", None),
        ("32B usually S, this S is too small.", "38", None),
        # near misses: the size had told the request's way, or none told, names the next size
        ("Usually a 10. The 10 won't zip past my ribs.", "10", "12"),
        ("Won't zip past my ribs.", "M", "L"),
    ],
)
def test_a_size_had_told_another_way_than_the_requests_asks_which(text: str, had: str, size: str | None) -> None:
    offer = exchange_offer(read_asks(text, category="dresses"), had, "too_small", "dresses")
    assert (offer.offered, offer.size) == (True, size), offer


@pytest.mark.parametrize(
    ("text", "category", "reason", "size"),
    [
        # sleeves too short beside a body too small or tight: the size up fixes both
        ("The body is too small and the sleeves are too short.", "tops", "too_small", "L"),
        ("It pulls across the chest and the sleeves stop before my wrists.", "tops", "too_small", "L"),
        ("Can't do the buttons up and the sleeves end above my wrists.", "outerwear", "too_small", "L"),
        ("La veste remonte dans le dos et les manches sont trop courtes. Trop petite pour moi.", "outerwear",
         "too_small", "L"),
        ("Il tire entre les boutons et les manches s'arrêtent avant le poignet.", "outerwear", "too_small", "L"),
        # ... too long beside a body too big: the size down
        ("Too big everywhere, the sleeves are too long too.", "knitwear", "too_large", "S"),
        ("Trop grand partout, les manches me couvrent les mains.", "knitwear", "too_large", "S"),
        # near misses: the sleeves alone, the body said to fit, or pointing against the body: no size fixes them
        ("The sleeves are too short but the body fits perfectly.", "knitwear", "too_small", None),
        ("The body isn't too small, the sleeves are just too short.", "knitwear", "too_small", None),
        ("Les manches sont trop longues, le reste va bien.", "knitwear", "too_large", None),
        ("Too big, yet the sleeves are too short.", "knitwear", "too_large", None),
        ("Trop large, mais les manches sont trop courtes.", "knitwear", "too_large", None),
        # ... nor a length of the hem or the leg, which the next size need not fix (nor sleeves beside one)
        ("The dress is too short and too tight across the hips.", "dresses", "too_small", None),
        ("Too short in the leg and tight on the waist.", "jeans", "too_small", None),
        ("Tight on the chest, the sleeves are too short and the hem is too short too.", "tops", "too_small", None),
        ("It's too short and the sleeves are too short.", "tops", "too_small", None),
        ("Il est trop court et les manches aussi sont trop courtes.", "tops", "too_small", None),
        # ... nor a handle (« le manche ») too short beside a word of tightness
        ("Le manche est trop court et il me serre la main.", "kitchen", "too_small", None),
    ],
)  # fmt: skip
def test_sleeves_pointing_the_bodys_way_are_fixed_by_the_size_that_way(
    text: str, category: str, reason: str, size: str | None
) -> None:
    offer = exchange_offer(read_asks(text, category=category), "M", reason, category)
    assert (offer.offered, offer.size) == (size is not None, size), offer


@pytest.mark.parametrize(
    ("text", "had", "size"),
    [
        # a jeans' waist and leg length asked together is that size, not the waist alone
        ("Too big in the waist. Please exchange for 30/30.", "32/32", "W30 L30"),
        ("Trop grand à la taille, je voudrais le 30/32 svp.", "W32 L32", "W30 L32"),
        # ... and the next size from a waist and leg had keeps the leg length
        ("Too big in the waist.", "32/32", "W31 L32"),
        ("Trop serré à la taille.", "W32 L30", "W33 L30"),
        # near misses: a waist alone, a date
        ("Too big in the waist. Please exchange for a 30.", "32", "30"),
        ("Delivered 30/11, too big in the waist.", "32", "31"),
    ],
)
def test_a_jeans_waist_and_leg_length_are_one_size(text: str, had: str, size: str) -> None:
    asks = read_asks(text, category="jeans")
    offer = exchange_offer(asks, had, "too_small" if asks.fit_way == "up" else "too_large", "jeans")
    assert (offer.offered, offer.size) == (True, size), offer


@pytest.mark.parametrize(
    ("text", "category", "had", "reason"),
    [
        # a double size ordered (a dress's or trousers' « 34/36 ») is no waist and leg length
        ("Trop petite.", "dresses", "34/36", "too_small"),
        ("Too small on me.", "trousers", "34/36", "too_small"),
        ("Trop grand, dommage.", "trousers", "36/38", "too_large"),
        ("Pantalon trop petit, je voudrais le 36/38.", "trousers", "34/36", "too_small"),
    ],
)
def test_a_double_size_of_another_item_is_no_jeans_waist_and_leg(
    text: str, category: str, had: str, reason: str
) -> None:
    offer = exchange_offer(read_asks(text, category=category), had, reason, category)
    assert offer.size is None or not offer.size.startswith("W"), offer


@pytest.mark.parametrize(
    ("text", "reason", "size"),
    [
        # a top that comes up short on a tall body: a smaller size is shorter still, a bigger one wider; none offered
        ("got my usual M and it's a crop top on me. I'm 6'1 so long torso but still", "too_large", None),
        ("Le pull fait crop top sur moi, je mesure 1m80.", "too_large", None),
        ("On dirait un crop top tellement il est court.", "too_small", None),
        # near misses: a crop top bought as one, a cropped style liked
        ("I ordered the crop top in M but it's too big.", "too_large", "S"),
        ("Love the cropped style, but it's too tight.", "too_small", "L"),
    ],
)
def test_a_top_cropped_on_a_tall_body_is_a_length_no_size_fixes(text: str, reason: str, size: str | None) -> None:
    offer = exchange_offer(read_asks(text, category="knitwear"), "M", reason, "knitwear")
    assert (offer.offered, offer.size) == (size is not None, size), offer


@pytest.mark.parametrize(
    ("text", "reason", "offered", "why"),
    [
        # a size or a swap that would fit, said before the money asked plainly: the money is the last word
        ("The next size up would do the trick, but honestly I'd rather have my money back.", "too_small", False,
         "refund_preferred"),
        ("La pointure en dessous serait parfaite, mais je veux le remboursement.", "too_large", False,
         "refund_preferred"),
        ("I'd thought of asking for the 14 instead, but refund me please.", "too_small", False, "refund_preferred"),
        ("Je pensais demander un échange contre le 38, finalement je préfère être remboursé.", "too_large", False,
         "refund_preferred"),
        ("I need a 10, so it's going back for a refund.", "too_small", False, "refund_preferred"),
        # ... not the money weighed against it, offered beside it, taken as the fallback or hedged
        ("Could I swap it for the 14 rather than get a refund?", "too_small", True, "asked_size"),
        ("Could I swap it for the 14 or get a refund?", "too_small", True, "asked_size"),
        ("Please swap it for the 14. If you don't have it, a refund.", "too_small", True, "asked_size"),
        ("Swap it for the 14, or refund me if you must.", "too_small", True, "asked_size"),
        ("Un échange contre le 38, ou bien un remboursement.", "too_large", True, "asked_size"),
        ("Je voudrais le 38. Sinon, remboursez-moi.", "too_large", True, "asked_size"),
        # ... nor the money of a charge, nor a size asked after the money
        ("Can I swap it for the 14 and have the postage back as a refund?", "too_small", True, "asked_size"),
        ("Refund please. Actually no, could I have the 14 instead?", "too_small", True, "asked_size"),
        # ... nor the money asked for another thing of the order
        ("Could I swap these for the 14? Also refund me for the gloves that came in the same box.", "too_small", True,
         "asked_size"),
        ("Je voudrais l'échanger contre le 38. Remboursez-moi le bonnet, je le renvoie aussi.", "too_large", True,
         "asked_size"),
        ("Il me faut le 38 svp. Quant au bonnet, remboursez-moi.", "too_large", True, "asked_size"),
        # ... nor the money granted as the shop's ease, or of a charge or a condition said further in its sentence
        ("Could I have the 14 instead? I realise a refund would be simpler for you, but I'd prefer the dress.",
         "too_small", True, "asked_size"),
        ("Please swap it for the 14. Refund to my card for the price difference, if there is any.", "too_small", True,
         "asked_size"),
        # ... but the money preferred in other words still is the last word
        ("I was thinking of the 14, but a refund would be simpler now.", "too_small", False, "refund_preferred"),
    ],
)  # fmt: skip
def test_a_size_or_a_swap_given_up_for_the_money_asked_after_it_is_not_offered(
    text: str, reason: str, offered: bool, why: str
) -> None:
    offer = exchange_offer(read_asks(text), "12" if reason == "too_small" else "40", reason, "dresses")
    assert (offer.offered, offer.why) == (offered, why)


@pytest.mark.parametrize(
    ("text", "reason", "offered", "why"),
    [
        # the design disliked: another size comes in the same design, whatever fit reason was read
        ("The stripes are far too bold for me, can I exchange it?", "too_large", False, "unfixable"),
        ("Les pois sont trop gros à mon goût, je peux l'échanger ?", "too_large", False, "unfixable"),
        ("I don't really like the print, could I swap it?", "too_small", False, "unfixable"),
        # ... not the design praised beside a fit, nor a size asked beside the design disliked
        ("Love the print but the dress is too big, can I swap it?", "too_large", True, "next_size"),
        ("Le motif est trop voyant, et de toute façon il me faut un 38.", "too_large", True, "asked_size"),
    ],
)  # fmt: skip
def test_a_design_disliked_is_no_fit_a_size_fixes(text: str, reason: str, offered: bool, why: str) -> None:
    offer = exchange_offer(read_asks(text), "40", reason, "dresses")
    assert (offer.offered, offer.why) == (offered, why)


@pytest.mark.parametrize(
    ("text", "had", "reason", "offered", "size"),
    [
        # the size ordered told with a word between (« J'ai donc pris un L »), and the usual one after « moi qui
        # fais »: the size the text says was had wins over the request's, so the usual size asked is offered
        ("Le guide disait de monter d'une taille. J'ai donc pris un L, moi qui fais M. Beaucoup trop ample, il me faut "
         "le M.", "M", "too_large", True, "M"),
        ("J'ai finalement commandé du 42, moi qui chausse du 41 : je flotte dedans.", "42", "too_large", True, "41"),
        # ... not a size that came, told with the same word
        ("J'ai donc reçu un L au lieu du M commandé.", "M", "wrong_item", False, None),
    ],
)  # fmt: skip
def test_the_size_ordered_told_with_a_word_between_is_the_size_had(
    text: str, had: str, reason: str, offered: bool, size: str | None
) -> None:
    offer = exchange_offer(read_asks(text), had, reason, "knitwear")
    assert (offer.offered, offer.size) == (offered, size)
