"""English phrase banks for customer return texts (UK/IE/US shoppers). Data only; see `compose`.

Placeholders: {it} {It} {is} {was} {does} {has} {them} {this} {s} (verb ending) {item} {the_item}
{size} {other_size} {colour} {height} {weight} {usual}.
"""

from __future__ import annotations

from datetime import datetime

from triage.sample_data.catalogue import Noun
from triage.sample_data.replies import Agent, ReplyBank
from triage.sample_data.texts.compose import LanguageBank


def grammar(noun: Noun) -> dict[str, str]:
    """English words that agree with the product noun's number."""
    many = noun.plural
    return {
        "it": "they" if many else "it",
        "It": "They" if many else "It",
        "is": "are" if many else "is",
        "was": "were" if many else "was",
        "does": "do" if many else "does",
        "has": "have" if many else "has",
        "them": "them" if many else "it",
        "this": "these" if many else "this",
        "s": "" if many else "s",
        "item": noun.singular,
        "the_item": f"the {noun.singular}",
    }


COMPLAINTS = {
    "too_small": {
        "*": (
            "I couldn't even get {it} on properly",
            "{it} {is} at least a size off, I need the one above",
            "I need to go up a size",
            "had to size up, {the_item} just doesn't work in my usual size",
            "{it} fit{s} like a child's size",
            "I can barely move in {them}",
            "way too snug everywhere",
            "there's no room at all, {it} {is} skin tight",
            "I'd need the {other_size} really",
            "{the_item} come{s} up really narrow",
            "{the_item} run{s} at least one size under",
            "ordered my normal {size} and {it} {is} more like a size below",
            "could I swap for the {other_size}, the {size} doesn't fit",
        ),
        "clothes": (
            "I can't zip {it} up",
            "the zip won't close past my ribs",
            "{it} pull{s} across the shoulders when I lift my arms",
            "the buttons gape across the chest",
            "I can't lift my arms in {them}",
            "the sleeves stop above my wrists",
            "{it} ride{s} up constantly and {is} too short in the body",
            "digs in under the arms",
            "it's so short I can't bend over",
            "I could hardly breathe in {them}",
            "cuts into me at the waist",
        ),
        "dress": (
            "the bust is far too snug and the zip won't go up",
            "the hem sits way above my knee, much shorter than on the model",
            "the straps dig into my shoulders",
            "{it} cling{s} in all the wrong places and I can't sit down in {them}",
            "the waist sits somewhere around my ribs",
        ),
        "top": (
            "the buttons pull open across my chest",
            "barely covers my stomach",
            "the armholes cut into me",
        ),
        "bottoms": (
            "I can't do up the button",
            "couldn't get them over my thighs",
            "the waistband digs in and leaves marks",
            "the inseam is too short, they stop above my ankles",
            "the rise is too low and the waist won't close",
            "I can't sit down without the button popping",
        ),
        "knit": (
            "the sleeves end halfway up my forearms",
            "the body is cropped far more than the photo suggests and clings to my stomach",
            "{it} {is} so fitted I can't wear anything under {them}",
        ),
        "coat": (
            "I can't wear a jumper underneath",
            "can't button {it} over a thick jumper",
            "the sleeves are short on me and pull across the back",
        ),
        "shoes": (
            "{it} pinch at the toes",
            "my toes are squashed at the front",
            "my heel hangs over the back",
            "I can't get my foot in past the heel",
            "the toe box is really narrow, my little toe is crushed",
            "gave me blisters within ten minutes of walking round the flat",
            "need a half size up at least",
            "they rub on the top of my foot",
        ),
        "lingerie": (
            "the band digs in and the cups overflow",
            "the underwire sits on my breast tissue",
            "leaves red marks everywhere",
        ),
        "bedding": (
            "the fitted sheet won't stretch over the corners of my mattress",
            "it doesn't go over our double duvet, there's a gap of about 20cm",
            "the corners keep pinging off, the mattress is deeper than the pockets",
            "barely covers a single bed",
        ),
    },
    "too_large": {
        "*": (
            "I'm swimming in {them}",
            "{it} hang{s} off me",
            "{it} {is} huge on me, I'll need a size down",
            "I need a size down",
            "{it} look{s} like a tent on me",
            "{it} come{s} up really roomy, you could fit two of me in there",
            "I'd need the {other_size}",
            "ordered my usual {size} but {it} fit{s} like two sizes up",
            "{it} {is} so baggy it's unflattering",
            "far too much fabric, it drowns me",
        ),
        "clothes": (
            "the shoulders hang halfway down my arms",
            "the sleeves come past my fingertips",
            "{it} gape{s} at the back and the neckline falls open",
            "it's boxy and wide, nothing like the fitted look on the model",
            "I could fit a cushion in there with me",
            "the armholes go down to my waist",
        ),
        "dress": (
            "the straps keep sliding off my shoulders",
            "the hem drags on the floor even in heels",
            "the bust gapes and the waist sits on my hips",
            "there's loads of extra fabric around the waist",
        ),
        "bottoms": (
            "the waist gapes at the back, I need a belt to keep them up",
            "they fall down when I walk",
            "the legs are so long they pool at my feet",
            "the inseam is way longer than stated, I'd have to take them up 10cm",
            "saggy in the seat and the crotch hangs low",
        ),
        "knit": (
            "the sleeves come down over my hands",
            "{it} stretched out within an hour and now it reaches my knees",
            "{it} {is} so oversized it swallows me",
        ),
        "coat": (
            "the shoulders are way too wide and the sleeves cover my hands",
            "{it} look{s} like I borrowed it from my dad",
        ),
        "shoes": (
            "my heel slips out with every step",
            "there's a thumb's width at the toe",
            "I walk right out of them",
            "even with an insole they slide around",
            "a half size down would be better",
        ),
        "lingerie": (
            "the cups gape",
            "the band rides up my back",
            "the straps slip off even on the shortest setting",
        ),
        "bedding": (
            "the fitted sheet is baggy on the mattress and wrinkles",
            "the duvet cover is massive, the duvet slides around inside it",
        ),
    },
    "damaged_in_transit": {
        "*": (
            "the box was crushed and {the_item} inside {was} damaged",
            "{it} arrived in pieces",
            "{it} arrived with a big scratch on the front",
            "the parcel was soaking wet when it got here and {the_item} {is} stained",
            "the courier clearly dropped the box, one corner is caved in and {the_item} with it",
            "{it} came with a crack across the side",
            "there's a dent in {it} straight out of the box",
            "the packaging was ripped open and {the_item} {is} scuffed",
            "the parcel looked like it had been run over",
        ),
        "clothes": (
            "{it} arrived with a tear next to the seam and a dirty mark",
            "there's a hole in the fabric and the bag was ripped open",
            "{it} came with a big stain on the front, it was like that in the bag",
        ),
        "shoes": (
            "the box was squashed and one shoe is creased and scuffed at the toe",
            "one heel is scratched down to the plastic, the box was crushed",
        ),
        "lamp": (
            "the shade arrived dented and the glass base is chipped",
            "the lampshade was squashed flat in the box",
            "the glass was shattered when I opened it",
        ),
        "tableware": (
            "two of the plates were smashed when I opened the box",
            "one glass was in pieces and another is chipped at the rim",
            "the bowls are chipped, there was barely any bubble wrap",
        ),
        "cookware": (
            "the lid was cracked and the pan has a dent in the rim",
            "the handle came loose in transit and the coating is scratched",
        ),
        "decor": (
            "the vase was in pieces, bits of ceramic everywhere",
            "the glass in the frame is cracked",
            "the mirror arrived with a crack right across it",
            "the candle jar is chipped at the top",
        ),
        "appliance": (
            "the casing is cracked and the box was clearly dropped",
            "the jug has a crack down the side",
        ),
    },
    "defective": {
        "*": (
            "{it} stopped working after two days",
            "{it} won't turn on at all",
            "{it} worked once and then died",
            "{it} cut{s} out after a few minutes every time",
            "nothing happens when I press the button",
            "tried it on different sockets and still nothing",
        ),
        "clothes": (
            "the zip broke the first time I used it",
            "the zip is stuck halfway and won't budge",
            "the poppers won't close",
        ),
        "carry": (
            "the clasp won't stay shut",
            "the zip jams every time",
            "the magnetic closure doesn't hold",
        ),
        "shoes": (
            "the sole came unglued after one afternoon",
            "the zip on the side jams every time I put them on",
        ),
        "lamp": (
            "the bulb flickers constantly even with a new bulb",
            "the switch doesn't do anything",
            "the dimmer only works on the brightest setting",
            "it buzzes and the light cuts out",
            "there's a burning smell from the wiring when it's on",
            "half the lights on the string don't come on",
        ),
        "appliance": (
            "the kettle won't switch off when it boils",
            "the toaster only heats on one side",
            "the blender makes a grinding noise and the blade doesn't spin",
            "it trips the fuse every time I plug it in",
            "water leaks from the bottom every time",
            "the display lights up but the motor doesn't start",
            "it gets so hot the plug smells of burning",
            "the thermostat doesn't work, it's either off or scorching",
        ),
        "cookware": (
            "the handle wobbles and won't tighten",
            "the base is warped and it spins on the hob",
            "the non-stick isn't non-stick at all, everything burns on it from the first use",
            "doesn't work on my induction hob even though it says it does",
        ),
    },
    "poor_quality": {
        "*": (
            "feels really cheap for the price",
            "the finish is rough and cheap looking",
            "{it} look{s} nothing like good quality in real life",
            "I expected much better for what I paid",
            "{it} feel{s} flimsy and like it won't last",
        ),
        "clothes": (
            "the fabric is so thin it's see-through",
            "it started pilling after one wear",
            "the seams are coming undone already",
            "loose threads everywhere and a button came off",
            "the material is scratchy, like cheap polyester",
            "it shrank two sizes after one gentle wash",
            "the colour ran in the first wash and stained everything",
            "the hem unravelled after a week",
            "the stitching is wonky and the fabric feels like paper",
        ),
        "knit": (
            "bobbled under the arms after a day",
            "the knit is so loose you can see through it and it's already snagged",
            "it's itchy and shedding fluff all over my clothes",
        ),
        "shoes": (
            "the glue is visible along the sole and the faux leather is already cracking",
            "the insole peeled off after a week",
            "the stitching on the strap is coming apart",
        ),
        "carry": (
            "the strap is fraying after two weeks",
            "the lining ripped the first time I used it",
            "the leather is peeling at the corners",
            "the plating is already rubbing off and turning my skin green",
        ),
        "bedding": (
            "the thread count can't be right, it's rough and thin",
            "the duvet cover bobbled after one wash",
            "the filling has clumped and it's gone flat",
            "the stitching came apart in the wash",
        ),
        "cookware": (
            "the non-stick coating is flaking off after a few uses",
            "the pan warped the first time I used it",
            "it rusted after the first wash",
        ),
        "tableware": (
            "the glaze is uneven with little bubbles all over",
            "the glasses are thin and one cracked in the dishwasher",
        ),
        "decor": (
            "the cushion cover is thin and the zip is flimsy",
            "the paint is patchy and there are bubbles in the glaze",
            "the frame is cheap plastic, not wood as I thought",
            "the candle burns unevenly and barely smells",
        ),
        "lamp": (
            "the base is lightweight plastic and wobbles",
            "the shade is made of cheap card",
        ),
    },
    "missing_parts": {
        "*": (
            "there were no screws in the box",
            "half the pieces aren't in the box",
            "{it} came without the bits needed to put {it} together",
            "no instructions and a part is clearly not there",
            "only got part of what was pictured",
        ),
        "clothes": (
            "the belt that's shown in the photos wasn't in the bag",
            "one of the spare buttons and the detachable hood weren't included",
        ),
        "carry": (
            "the shoulder strap wasn't in the box",
            "there was only one earring in the box",
            "the dust bag and the long strap weren't included",
        ),
        "lamp": (
            "no bulb included even though the listing says it comes with one",
            "the shade was there but not the base fittings",
            "the harp and the finial weren't in the box",
        ),
        "cookware": (
            "the lid wasn't in the box",
            "the set should have three pans, I got two",
        ),
        "tableware": (
            "it's a set of six and there are only four",
            "the side plates weren't in the box",
        ),
        "appliance": (
            "the jug for the blender wasn't in the box",
            "there's no plug adaptor and the filter isn't there",
            "the crumb tray is not included",
            "the diffuser attachment wasn't in the box",
        ),
        "bedding": (
            "only one pillowcase instead of two",
            "the pillowcases weren't in the pack",
        ),
        "decor": (
            "the hook for hanging it isn't there",
            "the stand for the frame wasn't included",
        ),
        "personalised": ("the gift box and card weren't included",),
    },
    "not_as_described": {
        "*": (
            "the colour is completely different from the photo",
            "{it} look{s} nothing like the pictures",
            "the {colour} on the website is nothing like the one I received",
            "the website says 100% cotton, the label says polyester",
            "looks much cheaper than on the product page",
            "the photos are misleading",
            "{it} {is} a totally different shade, more grey than {colour}",
            "the measurements on the listing are wrong",
        ),
        "clothes": (
            "the photo shows a longer length, in reality {it} {is} cropped",
            "{it}'s sheer, which the description doesn't mention",
            "it has shoulder pads that aren't visible in any photo",
            "the print is much bigger and brighter than pictured",
            "described as linen but it's mostly viscose",
            "no pockets even though the description says there are",
        ),
        "shoes": (
            "described as leather but they're synthetic",
            "the heel is much higher than the listing said",
        ),
        "carry": (
            "it's much smaller than the dimensions listed, my laptop doesn't fit",
            "the gold is very brassy, not the soft gold in the photos",
        ),
        "lamp": (
            "the light is cold blue, the listing said warm white",
            "far smaller than the dimensions given",
            "it's not dimmable even though the description says it is",
        ),
        "bedding": (
            "the listing said 400 thread count but it feels nothing like it",
            "the pink is more of a salmon in real life",
        ),
        "decor": (
            "the vase is half the height the listing says",
            "the cushion is a much darker shade than the photo",
            "the frame isn't real wood like it says",
        ),
        "appliance": (
            "the capacity is much less than stated",
            "the listing says it has a keep warm function and it doesn't",
        ),
        "cookware": ("it says dishwasher safe but the instructions say hand wash only",),
    },
    "wrong_item": {
        "*": (
            "that's not what I ordered",
            "I received a completely different product",
            "you sent me someone else's order",
            "the item in the parcel doesn't match my order confirmation",
            "got a {colour} one instead of the one I picked",
        ),
        "clothes": (
            "I ordered a {size} and got a {other_size}",
            "the label says {other_size} but I ordered {size}",
            "I ordered the {colour} and got a different colour entirely",
            "I got a skirt, I ordered trousers",
        ),
        "shoes": (
            "I got two left shoes",
            "the box says {other_size} but I ordered {size}",
            "two different sizes in the same box",
        ),
        "home": (
            "I got a different model from the one on my order",
            "received the single instead of the double",
            "this is a different design from what I chose",
        ),
        "personalised": (
            "the name is spelt wrong, I typed it correctly on the order",
            "the engraving says someone else's name",
            "the photo printed is not the one I uploaded",
        ),
    },
    "arrived_late": {
        "*": (
            "it came after the wedding so no use to me now",
            "it took nearly two weeks when it said 3 days",
            "ordered it for a holiday and it turned up after I'd left",
            "it arrived the day after the party",
            "was meant to come by Friday and came the following Thursday",
            "the delivery date kept changing and now it's too late",
            "needed it for an event last weekend, it turned up on Monday",
            "it was supposed to be a birthday present and it came after the birthday",
            "tracking said delivered but it only showed up a week later",
        ),
        "personalised": ("it was for a christening and arrived three days after",),
    },
    "no_longer_needed": {
        "*": (
            "changed my mind",
            "I ordered two and decided to keep the other one",
            "bought it by mistake",
            "found {it} cheaper elsewhere",
            "it was a gift and they already have one",
            "don't need {it} anymore",
            "I've decided {it}'s not for me after all",
            "I ordered a few to choose from, keeping the other one",
            "my partner bought me the same thing",
            "ordered the wrong one by mistake, my fault",
            "the event was cancelled so I don't need {it}",
            "saw {it} in the sale somewhere else for much less",
            "it's a duplicate order",
        ),
        "clothes": (
            "the style just isn't me",
            "I don't like how {it} look{s} on me",
            "the colour doesn't suit me at all",
            "not flattering on my figure",
            "it made me look frumpy",
            "I've got something very similar already",
            "looks great on the model, just not on me",
        ),
        "home": (
            "doesn't go with the rest of the room",
            "my partner hates it",
            "we're moving house so we don't need it",
            "it doesn't go with our kitchen after all",
        ),
    },
    "other": {
        "*": (
            "just returning",
            "see attached",
            "n/a",
            "returning as discussed on the phone",
            "please process the return",
            "as per my email",
            "return",
            "your colleague told me to fill this in",
            "I'd rather not say",
            "reason in the note inside the parcel",
            "the courier was rude when he delivered it",
            "I can't log in to my account to track my points",
            "my promo code didn't apply at checkout",
            "returning on behalf of my mum",
            "none",
            "personal reasons",
            "it's for my daughter, she's sending it back",
        ),
    },
}

KEYWORD_COMPLAINTS = {
    "too_small": ("too small", "{it} {is} too small", "too tight", "runs small", "{it} {is} much too tight, size up"),
    "too_large": ("too big", "{it} {is} too large", "way too loose", "runs large, size down", "{it} {is} too big"),
    "damaged_in_transit": ("arrived damaged", "{it} {was} damaged in transit", "broken on arrival"),
    "defective": ("{it} {is} defective", "faulty, doesn't work", "{it} {does}n't work"),
    "poor_quality": ("poor quality", "very bad quality", "the quality is awful"),
    "missing_parts": ("parts missing", "a piece is missing", "missing the lid", "missing parts"),
    "not_as_described": ("not as described", "not like the description", "different from the photo"),
    "wrong_item": ("wrong item sent", "wrong size sent", "wrong colour sent", "you sent the wrong item"),
    "arrived_late": ("arrived late", "came too late", "delivery was late"),
    "no_longer_needed": ("no longer needed", "changed my mind", "don't need it anymore"),
    "other": ("other", "other reason"),
}

SHORT = {
    "too_small": ("too small", "too tight", "size up please", "doesn't fit, too snug", "need bigger", "way too small"),
    "too_large": ("too big", "too large", "way too big", "huge on me", "too loose", "need a smaller one"),
    "damaged_in_transit": ("arrived broken", "arrived smashed", "box crushed, item broken", "cracked on arrival"),
    "defective": ("doesn't work", "won't turn on", "stopped working", "faulty item", "not working"),
    "poor_quality": ("bad quality", "cheap material", "fell apart", "poor quality", "pilling already"),
    "missing_parts": ("parts missing", "missing pieces", "incomplete set", "lid missing"),
    "not_as_described": ("not as pictured", "not as described", "colour not as shown", "not like the photo"),
    "wrong_item": ("wrong item", "wrong size sent", "wrong colour", "not what i ordered", "wrong product"),
    "arrived_late": ("arrived too late", "came late", "too late for the event", "delivery too slow"),
    "no_longer_needed": ("changed my mind", "don't need it", "no longer needed", "not for me", "ordered by mistake"),
    "other": ("just returning", "n/a", "see attached", "no reason", "return please", "other"),
}

MINOR = {
    "too_small": ("it's a little snug", "slightly tight on the arms", "maybe a touch short"),
    "too_large": ("it's a bit roomy", "slightly long", "a little loose at the waist"),
    "damaged_in_transit": ("the box was a bit battered", "the packaging was torn"),
    "defective": ("the button is a bit stiff",),
    "poor_quality": ("the fabric is a little thin", "the stitching isn't the neatest", "it creases easily"),
    "missing_parts": ("the spare button wasn't there",),
    "not_as_described": ("the colour is a bit off", "slightly darker than the photo", "the shade is a bit different"),
    "wrong_item": ("the packing slip had someone else's name",),
    "arrived_late": ("delivery took a few days longer than promised", "it came a bit late", "it took ages to arrive"),
    "no_longer_needed": ("I'm not totally sold on the style", "not sure about the colour on me"),
    "other": ("the website was slow",),
}

RULED_OUT = {
    "too_small": ("it's not too small", "the size is fine", "fits fine actually", "not a sizing problem"),
    "too_large": ("it's not too big", "the fit is fine", "the size is right", "it's not a fit issue"),
    "damaged_in_transit": ("it arrived in perfect condition", "nothing was broken", "the packaging was fine"),
    "defective": ("it works fine", "it does work", "nothing wrong with how it works"),
    "poor_quality": ("the quality is actually nice", "the material is lovely", "nothing wrong with the quality"),
    "missing_parts": ("everything was in the box",),
    "not_as_described": ("it looks like the photos", "it's exactly as pictured"),
    "wrong_item": ("you sent the right thing", "it's what I ordered"),
    "arrived_late": ("delivery was quick",),
    "no_longer_needed": ("I'd still like it",),
}

POSITIVES = {
    "*": (
        "really wanted to love {this}",
        "lovely design",
        "love the colour",
        "looks gorgeous in the pictures",
        "was so excited when it arrived",
        "I've bought from you loads of times and always been happy",
        "fast delivery, thanks",
    ),
    "clothes": (
        "the fabric is beautiful and soft",
        "the colour is gorgeous",
        "the cut is lovely",
        "great quality for the price",
        "it's such a pretty print",
    ),
    "shoes": ("they're really comfy otherwise", "love the style", "the leather is lovely and soft"),
    "home": ("looks lovely in the room", "it's a really nice design", "nice sturdy packaging"),
}

MEASUREMENTS = {
    "*": (
        "I'm {height} and usually {usual}",
        "for reference I'm {height}, {weight}, normally {usual}",
        "I'm usually {usual} in everything",
        "I'm normally {usual} and followed the size chart",
        "I checked the size chart and went with my usual size",
        "I'm {height} and between sizes, usually {usual}",
        "{usual} everywhere else",
    ),
    "shoes": (
        "I'm always {usual} in every brand",
        "I have quite wide feet but I'm normally {usual}",
        "usually {usual} in trainers",
    ),
    "bedding": ("our mattress is a standard double",),
}

CONSEQUENCES = {
    "size": ("so it's going back", "shame as I really liked it", "so unfortunately it has to go back", "sadly"),
    "condition": (
        "really disappointed",
        "not what you expect when you pay this much",
        "can't use it like this",
        "not happy at all",
    ),
    "fulfillment": ("very frustrating", "no use to me now", "pretty annoying to be honest"),
    "*": ("so it's going back", "unfortunately it's a return", "such a shame", "returning it"),
}

REQUESTS = {
    "size": (
        "can I exchange for a {other_size}?",
        "I'd like to swap for the {other_size} please",
        "please send the {other_size} instead",
        "I'd like a refund please",
        "refund please",
        "would like to exchange for the next size",
    ),
    "condition": (
        "I'd like a replacement",
        "please send a new one",
        "I want a full refund",
        "can you refund me please",
        "do I need to send it back or can you just refund?",
    ),
    "fulfillment": ("please send the right one", "I'd like a refund", "I want my money back"),
    "*": ("I'd like a refund", "refund please", "can I get store credit instead?", "please refund to my card"),
}

CONTEXTS = (
    "I bought it for my sister's wedding",
    "it was meant to be a present for my mum",
    "ordered this for a holiday",
    "I ordered it with a few other bits",
    "got it in the sale",
    "I've been looking for one of these for ages",
    "bought it for work",
    "my friend recommended your shop",
    "it was for a birthday",
    "first time ordering from you",
    "I ordered this two weeks ago",
    "I'm moving into a new flat",
    "bought with a discount code",
)

OPENERS = ("Hi,", "Hello,", "Hi there,", "hello", "Hey,", "Good morning,", "Dear customer service,", "Hiya,")
CLOSERS = ("Thanks", "Thank you", "Many thanks", "Cheers", "Kind regards", "thx", "Thanks in advance")
MINOR_JOINS = (
    "{minor}, but mainly {main}",
    "{minor} but the real problem is {main}",
    "{minor}, I could live with that. The main thing is {main}",
    "{minor}, but more importantly {main}",
    "apart from the fact that {minor}, {main}",
)
RULED_OUT_JOINS = ("{neg}, {main}", "{neg}. {main}", "{neg} - the problem is {main}", "{neg}, it's just that {main}")

BANK = LanguageBank(
    lang="en",
    grammar=grammar,
    complaints=COMPLAINTS,
    keyword_complaints=KEYWORD_COMPLAINTS,
    short=SHORT,
    minor=MINOR,
    ruled_out=RULED_OUT,
    positives=POSITIVES,
    measurements=MEASUREMENTS,
    consequences=CONSEQUENCES,
    requests=REQUESTS,
    contexts=CONTEXTS,
    openers=OPENERS,
    closers=CLOSERS,
    minor_joins=MINOR_JOINS,
    ruled_out_joins=RULED_OUT_JOINS,
    heights=("5'2", "5'4", "5'6\"", "5 ft 7", "5'9", "165cm", "172 cm", "5'3", "6ft", "158cm"),
    weights=("120 lbs", "135lbs", "9 stone", "11st", "60kg", "72 kg", "150 pounds", "10 stone"),
    usual_sizes={
        "*": ("a 10", "a size 12", "a medium", "an 8", "a UK 14", "a small", "a 6", "an S", "a large"),
        "shoes": ("a 5", "a 6.5", "a 7", "a UK 4", "a 39", "a size 8", "a 38"),
        "bottoms": ("a 28 waist", "a 12", "a 30", "a size 10", "a 26"),
        "lingerie": ("a 34C", "a 32B", "a 36D"),
    },
    colours=("navy", "black", "sage green", "cream", "rust", "blush pink", "grey", "mustard", "olive", "burgundy"),
    fillers=("lol", "tbh", "honestly", "ugh", "sadly", "unfortunately", "tho"),
    informal=(
        (r"\byou\b", "u"),
        (r"\byour\b", "ur"),
        (r"\bplease\b", "pls"),
        (r"\bthanks\b", "thx"),
        (r"\bbecause\b", "cos"),
        (r"\bI'm\b", "im"),
        (r"\bdon't\b", "dont"),
        (r"\bit's\b", "its"),
    ),
)


def _money(amount: float, currency: str) -> str:
    return f"{'£' if currency == 'GBP' else '€'}{amount:,.2f}"


def _date(moment: datetime) -> str:
    return f"{moment.day} {moment:%B}"


REPLIES = ReplyBank(
    agents=(
        Agent("Sophie", empathy=0.95, timing=0.95, next_steps=0.9, label_info=0.9, formal=True),
        Agent("Tom", empathy=0.5, timing=0.6, next_steps=0.5, label_info=0.7, formal=False),
        Agent("Priya", empathy=0.85, timing=0.9, next_steps=0.8, label_info=0.8, formal=False),
        Agent("Mark", empathy=0.2, timing=0.35, next_steps=0.3, label_info=0.5, formal=True),
        Agent("Aoife", empathy=0.9, timing=0.75, next_steps=0.95, label_info=0.85, formal=False),
        Agent("Daniel", empathy=0.6, timing=0.85, next_steps=0.6, label_info=0.6, formal=True),
    ),
    greetings_formal=("Dear {name},", "Hello {name},", "Good morning {name},"),
    greetings_casual=("Hi {name},", "Hi {name}!", "Hey {name},", "Hello {name},"),
    acknowledgements=(
        "Thanks for getting in touch about order {order}.",
        "Thank you for your message about order {order}.",
        "I've had a look at your return request for order {order}.",
        "Thanks for letting us know about {item} from order {order}.",
        "Thank you for contacting us regarding order {order}.",
    ),
    apologies={
        "damaged_in_transit": (
            "I'm so sorry {item} arrived damaged - that's not the state it should have reached you in.",
            "I'm really sorry the parcel was damaged on the way to you.",
        ),
        "defective": (
            "I'm sorry {item} isn't working properly, that must be frustrating.",
            "Apologies that {item} turned out to be faulty.",
        ),
        "missing_parts": ("I'm sorry that something was missing from your parcel.",),
        "not_as_described": ("I'm sorry {item} wasn't what you expected from our description.",),
        "wrong_item": (
            "I'm so sorry we sent you the wrong item - a mistake on our side.",
            "Apologies for the mix-up in our warehouse.",
        ),
    },
    sympathy=(
        "I'm sorry {item} didn't work out for you.",
        "Sorry to hear it wasn't quite right.",
        "That's a shame, and I understand the frustration.",
        "I'm sorry for the trouble.",
    ),
    decisions={
        "refund": (
            "I've approved a full refund of {amount}.",
            "We'll refund {amount} to your original payment method.",
            "Your refund of {amount} is approved.",
        ),
        "exchange": ("We'll send you a replacement as an exchange.", "I've arranged an exchange for you."),
        "exchange_size": (
            "I've set up an exchange for size {size}.",
            "We'll send you the {size} in exchange.",
            "I've reserved a {size} for you as an exchange.",
        ),
        "store_credit": (
            "I've added {amount} of store credit to your account.",
            "We've issued store credit of {amount}, which you can use on anything on the site.",
        ),
        "keep_item": (
            "There's no need to send it back - please keep it, and I've refunded {amount}.",
            "Please keep the item; we've refunded {amount} in full.",
        ),
        "rejected_late": (
            "Unfortunately your request reached us after our {days}-day return window, which closed on {window_end}, "
            "so we can't accept this return.",
            "I'm afraid we can't accept the return as the {days}-day return period ended on {window_end}.",
        ),
        "rejected_worn": (
            "Our warehouse team found that the item had been worn or used, so we're unable to accept the return.",
            "Unfortunately the item came back with signs of use, so it doesn't meet our return conditions.",
        ),
        "rejected_swapped": ("The item we received back is not the one we sent you, so we can't process a refund.",),
        "rejected_empty": ("The parcel that reached our warehouse was empty, so we can't issue a refund.",),
        "rejected_personalised": (
            "Personalised items can only be returned if they are faulty, so we can't accept this return.",
        ),
    },
    timings=(
        "You should see the money back between {date_from} and {date_to}.",
        "Refunds take 3 to 5 working days once the parcel reaches us, so expect it by {date_to}.",
        "The amount should show on your statement by {date_to} at the latest.",
    ),
    labels_free=(
        "Your prepaid return label is attached; please drop the parcel off by {return_by}.",
        "I've emailed you a free return label - just send it back by {return_by}.",
    ),
    labels_paid=(
        "A return label costs {fee}, which we'll deduct from the refund; please post it by {return_by}.",
        "The return label is attached ({fee} will be taken off the refund). Please send it by {return_by}.",
    ),
    exchange_notes=(
        "The new one will go out as soon as your return is scanned by the courier.",
        "We'll dispatch the replacement as soon as we receive the original.",
    ),
    next_steps=(
        "You'll get an email as soon as we've received your parcel.",
        "You can follow the return under My orders in your account.",
        "If anything else comes up, just reply to this email.",
    ),
    signoffs_formal=("Kind regards,\n{agent}\nCustomer Care", "Best wishes,\n{agent}", "Regards,\n{agent}"),
    signoffs_casual=("Thanks,\n{agent}", "Cheers,\n{agent}", "Take care,\n{agent}", "Best,\n{agent}"),
    money=_money,
    date=_date,
    possessive=lambda noun: f"your {noun.singular}",
)

FIRST_NAMES = (
    "Emma",
    "Olivia",
    "Sophie",
    "Chloe",
    "Jessica",
    "Hannah",
    "Grace",
    "Lucy",
    "Amelia",
    "Charlotte",
    "Ella",
    "Megan",
    "Ruby",
    "Isla",
    "Holly",
    "Laura",
    "Rachel",
    "Sarah",
    "Emily",
    "Amy",
    "Zoe",
    "Niamh",
    "Aisling",
    "Siobhan",
    "Ciara",
    "Orla",
    "Katie",
    "Rebecca",
    "Jennifer",
    "Ashley",
    "Madison",
    "Taylor",
    "Brittany",
    "Kayla",
    "Lauren",
    "Nicole",
    "Heather",
    "Megan",
    "Priya",
    "Aisha",
    "Fatima",
    "Mei",
    "Anna",
    "Maria",
    "James",
    "Oliver",
    "Jack",
    "Harry",
    "Thomas",
    "Daniel",
    "Matthew",
    "Ryan",
    "Connor",
    "Sean",
    "Liam",
    "Michael",
    "David",
    "Chris",
    "Tyler",
    "Josh",
    "Ben",
    "Sam",
    "Alex",
    "Jordan",
    "Kirsty",
    "Fiona",
    "Gemma",
    "Leanne",
    "Stacey",
    "Kelly",
    "Joanne",
)
