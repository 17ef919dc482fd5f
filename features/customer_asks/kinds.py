"""The kinds of things a return text asks and says, and `CustomerAsks`, the reading of one text."""

from __future__ import annotations

from dataclasses import dataclass

LETTER_SIZES: tuple[str, ...] = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL")
REQUEST_KINDS: tuple[str, ...] = (
    "call_me", "human", "collect", "email_label", "no_printer", "refund_elsewhere", "refund_method", "replacement",
    "exchange", "another_item", "refund_delivery", "sent_back", "send_missing", "refund_difference", "refund_received",
    "packaging", "exchange_time", "question", "needed_soon", "resize", "exchange_first", "refund_engraving",
    "refund_customs", "charged_twice", "refund_awaited", "gift_card_paid", "tell_carrier", "delivery_note",
    "return_costs", "store_credit",
)  # fmt: skip
FAULT_KINDS: tuple[str, ...] = (
    "damage", "defect", "stain", "hole", "missing_part", "shop_mistake", "empty_parcel", "not_received",
)  # fmt: skip
# Messages that are no return request (`CustomerAsks.not_a_return`): the parcel arrived empty, it never arrived
# ("tracking says delivered but nothing came", « colis jamais reçu »), or the item is already on its way back or
# refunded. Nothing can be sent back (or nothing again), so the policy sends each to a person.
NOT_A_RETURN: tuple[str, ...] = ("empty_parcel", "not_received", "already_returned")
# The requests that say the item is already sent back or refunded, or chase the refund of a return: `already_returned`
# (the first read is the one the reply answers).
ALREADY_RETURNED_REQUESTS: tuple[str, ...] = ("sent_back", "refund_received", "refund_awaited")
UNFIXABLE_KINDS: tuple[str, ...] = (
    "length", "petite", "petite_range", "colour", "sleeve", "size_range", "calf", "cut", "design",
)  # fmt: skip
HAZARD_KINDS: tuple[str, ...] = ("electrical", "heat", "sharp", "danger", "skin")
# Hard times the text mentions, which a reply acknowledges before anything else (first match wins).
HARDSHIP_KINDS: tuple[str, ...] = ("bereavement", "illness", "separation")


@dataclass(frozen=True)
class CustomerAsks:
    """What one return text asks for.

    Attributes:
        wanted_size: the size the customer says they need ("40", "W32", "XS"), normalised; None when unsaid.
        size_regretted: `wanted_size` is read only from a regret ("Wish I'd gone for the L", « J'aurais dû prendre le
            40 »), with no exchange asked: the size they need, which a reply may offer, but no exchange they asked for.
        size_mused: a size mused on as the one that would fit while the item goes back and no exchange is asked
            ("Maybe an XS would work, but I'll get a refund", « peut-être un 34 irait, mais je vais me faire
            rembourser »): no size asked, but the one an offer names.
        size_awaited: the customer says they would wait for the size asked if it is not in stock ("If the 34 isn't
            in stock, I'll wait", « j'attendrai »): the exchange noted does not fall back on the refund.
        collar_sizes: the collar sizes the text gives in inches, written `16"` ("The 16 inch neck is too tight",
            "collar 16", « le col de 16 pouces »): a request's size that is one of them is that collar, whose neighbours
            are half an inch away; one the text gives as another kind of size ("I'm a size 16 with a 15 inch neck")
            is not.
        size_direction: "up" or "down" when they ask for a bigger/smaller size without naming it; "next" when they
            ask for the next size and nothing in the text says which way ("Need the next size."): the fit reason's.
        several_sizes: the way asked is more than one size further ("2 and a half sizes up", « deux pointures
            au-dessus »): the next size is not the one they need.
        half_size: the way asked is half a size further ("half a size up", « une demi-pointure de plus »): a shoe's
            half size next to the one had (39.5 after a 39), not the whole size after it.
        size_runs: "up" or "down", the way the text says the customer needs without asking it: the item's own fit
            ("Comes up a size smaller than the size guide says": up), a way regretted (« J'aurais dû prendre
            au-dessus »: up) or told to a review's readers ("Order one size down"); None when it says none.
        usual_size: the size they say they usually wear ("I'm usually a M"), a weaker hint than `wanted_size`; of
            several, the one written like the size they say they had.
        usual_sizes: the usual size said in each way of writing sizes (`size_system`), `usual_size` first: "I'm a 34B
            ... I'm usually an S" tells a bra's band and cup and a letter size, and the one to offer is the one
            written like the size had.
        ordered_size: the size they say they had ("I ordered a 38", « j'ai pris du 38 »), else one they say does not
            fit ("the 8 won't zip"), for a request that does not carry it.
        ordered_told: whether `ordered_size` is said outright as ordered or had ("I'm a 10 and got the S"), so it wins
            over a request's size; one read only from a size that does not fit may be an earlier order's ("the L was too
            small last time too").
        rejected_sizes: sizes the text says do not fit or must not be sent.
        unfixable: complaints a different size does not fix (`UNFIXABLE_KINDS`); "petite" is a petite height or range
            told, "petite_range" the petite range asked for ("need the petite length", « il me faut la version
            petite »), which the reply names.
        requests: explicit requests (`REQUEST_KINDS`), in that order.
        faults: fault signals (`FAULT_KINDS`), in that order; `empty_parcel` is a parcel that arrived with
            nothing in it and `not_received` one that never arrived, so there is no item to send back.
        which_item_spoken_of: the text speaks at all of which item was ordered or came, or of another in its place
            ("not the one I ordered", "a blue one", « pas le bon », « j'avais choisi », a size named;
            `features.customer_asks.which_item`): a wrong item sent may be told there in words `faults` misses; "I
            received this vase, it is cracked", « J'ai reçu ce collier » speak of none.
        listing_spoken_of: the text speaks of the item's listing (photos, description, what it was sold as) other than
            to say the item matches it ("It matches the description, but it is grey": not spoken of).
        only_received: the text says no more than that the item came, when, and its name ("I received this lamp.",
            « J'ai reçu ce collier. »): no reason at all, which "received" alone is not.
        hazards: signs the item is unsafe to keep using (`HAZARD_KINDS`): sparks or shocks, burns or
            overheating, a cut or a sharp break, unsafe in the customer's own word ("dangerous"), or a burn on the
            skin from what was put on it ("the serum made my face burn"); an electric blanket that heats in part or
            not at all ("Only one side heats", « elle ne chauffe que d'un côté ») is an electrical one.
        hardship: the hard time the text mentions (`HARDSHIP_KINDS`): a death or a funeral, else a
            serious illness, an injury or a stay in hospital, else a couple parting (an engagement called off, a
            divorce); None when it mentions none.
        contact_only: a short message that only asks to be called or to reach a person (« Rappelez-moi
            après 17h svp. »), or only threatens to escalate (a lawyer, the bank, a public review: "I'll post
            about this on Instagram"): it says nothing about the item, so a reason guessed for it is no ground
            for naming a cause or offering a size.
        not_as_described: the text says the item differs from its description or photos ("not as pictured",
            « la photo est fausse », « la fiche indique une robe en soie »): the shop's description is at fault
            whatever the reason read, but nothing is broken, so it is no fault for the policy.
        late_delivery: the text says the parcel came late ("the dress came a week late", « livrée avec deux jours de
            retard »): a late delivery is the shop's to apologise for even when the reason read is unsure.
        ordered_to_compare: the customer says they ordered several sizes or versions to choose from ("ordered the 10
            and the 12 to see which fitted", « commandé la même en 38 et en 39 pour être sûre »): the return is their
            choice, whatever reason is read (a reason model took « je renvoie le 40 » for a wrong item sent).
        other_version: the exchange asked names another colour, model or version ("can I exchange it for the black
            one instead?", « je voudrais l'échanger contre la bleue », "exchange it for the bigger model"): another
            item, not one that works, even of an item returned as faulty.
        cut_instead: the cut asked (`unfixable` "cut") is offered as the other choice of the size ("swap them for
            half a size up, or a wide fit if you have one"), not asked with it ("Need a bigger size, going for the
            regular fit."): the reply names both with "or", not "and".
        refund_preferred: the customer says they want the money back rather than another size or item ("I'd rather
            have my money back", "a refund, not an exchange", « je préfère être remboursée »): no exchange is offered
            them.
        other_size_ordered: the customer says they have already ordered the other size themselves ("Too big, I've
            reordered a size down.", "Returned the large, reordered in medium.", « j'ai recommandé en 43 ») and asks
            no exchange: no size is offered them, this one is refunded.
        quality_complaint: the text complains of the item's quality in so many words ("Not the quality I paid for",
            "cheap material, not worth the money", « ça fait vraiment bas de gamme »): a complaint, whatever reason is
            read, even where no fault is named.
        service_complaint: the text judges the shop's service poor in so many words ("Dreadful service", « service
            client déplorable »): the shop apologises for it, whatever the return is for.
        service_praised: the text praises the shop's service or delivery ("Wow, that was quick!", « Très contente du
            service, 5 étoiles », « Livraison ultra rapide », « Ouah, c'était rapide », "came sooner than we
            expected"): the reply thanks them for it where it apologises for nothing.
        packaging_complaint: the text complains of the packaging itself ("way too much plastic", "a box far too big for
            a small vase", « beaucoup trop de plastique »): feedback the reply passes on, whatever the return is for.
        poorly_packed: the text says the item was packed too poorly for the journey, or asks that what comes next be
            packed better ("packaging was inadequate", « mal emballé », « nouveau vase, emballé cette fois »): the
            shop's packing, which the reply passes on to the warehouse.
        deeply_upset: the text says the return has upset the customer or someone close deeply ("Absolutely heartbroken
            it doesn't fit!", "my daughter was in tears", « j'ai le cœur brisé »): not a feeling only foreseen ("he'd be
            heartbroken") nor denied; the reply recognises it.
        celebration: the happy event the text tells beside the return ("birth", "wedding", "engagement", "pregnancy",
            "new_home": "The baby came early", "We got married last month", « nous nous sommes fiancés », "I'm
            pregnant", « notre nouvel appartement »), the customer's own and recent: the reply congratulates them.
        scorned: the text passes a scornful verdict in a sentence of its own ("Useless.", "What a joke.", « Nul. »,
            « C'est une honte. »): anger told in a word, beside which the reply congratulates no event.
        not_heard: the text doubts that a person reads the customer's messages at all ("Is anyone even reading this?",
            "Am I talking to a robot?", « Est-ce que quelqu'un lit mes messages ? »): the reply says a person has.
        gift_received: the customer says the item was a gift to them ("It was a present from my aunt", "Gift receipt
            enclosed", « ma tante m'a offert ce service à thé »): they did not pay for it, so the refund goes to the
            payment the order was made with, not "your original payment method".
        belongings_damaged: the text says the item damaged the customer's own things ("the iron stained my blouse",
            "the chair scratched our floor", « le jean a déteint sur mes draps »): not their own doing nor denied; the
            reply is sorry for it and asks for a photo should they want it looked at.
        counterfeit: the text says the item is not genuine, a counterfeit of its brand ("the bag is a fake", « c'est
            une contrefaçon »): a claim the reply acknowledges and passes on, whatever reason is read.
        collection_missed: the text says a collection of the return did not happen ("the courier never came to collect
            it", « le livreur n'est jamais venu chercher le colis »): the shop's carrier failed, so the reply
            apologises.
        repeated: the text says the shop made the same mistake before ("WRONG SIZE TWICE", « ce n'est pas la première
            fois »): an apology the reply owes says it is not the first time.
        occasion_missed: the text says the parcel came too late for the day it was needed ("Arrived too late for the
            wedding", "Missed the date I needed it for", « devait arriver pour mon entretien lundi »), or tells the day
            the item was for and, sentences later, the parcel come after it ("It was for a christening. ... They
            turned up the Sunday after", « Les guirlandes de Noël sont arrivées le 27 décembre »): a late
            delivery's apology says so, not a plain "sorry it was late".
        tracking_broken: the text says the shop's parcel tracking does not work (« votre suivi de colis ne marche
            pas », "the tracking link doesn't work"): the reply says it is passed on, and what to do if the return's
            status page fails them too.
        express_paid: the text says express delivery was paid for ("I paid for express shipping on top of the engraving
            fee", « j'avais payé la livraison express »): on a parcel that came late, its cost is owed back, asked in
            so many words or not (`models.reply_drafter.ReplyCase.requests`).
        speaks_of_fit: the text speaks of size or fit at all ("too big", "a size up", « la taille », « serré »): a fit
            reason guessed for a text that does not ("I'm prepared to go to court over £89.") is no ground for a size
            swap.
        does_not_fit: the text says in so many words that the item does not fit the customer, with no way said
            ("Absolutely heartbroken it doesn't fit!", « juste pas la bonne taille », « elle ne me va pas »): a fit
            complaint whatever reason was read, not "doesn't fit the description" nor "won't fit in the cupboard".
        reasons_denied: the reasons claiming a fault of the shop (a late delivery too) that the text denies in so
            many words ("it arrived in perfect condition" denies damage in transit, « elle fonctionne très bien » a
            defect, "it's the right item" a wrong item, "the parcel came on time" a late delivery;
            `features.customer_asks.denials`): a tick or a reading of one of them is contradicted where no fault is
            told besides.
        own_mistake: the customer says the order was their own mistake ("I ordered the wrong size", « je me suis
            trompée de taille », "my mistake"; not "not my fault") and no shop mistake is read beside it (which is then
            dropped from `faults`: either may be the customer's reading of the other): an item they chose wrongly is
            no wrong item sent.
        fit_way: the way the text's own fit complaint points, when it points one way only: "up" where the item is
            too small or tight on the customer ("it's too tight", « trop serré », "it runs small"), "down" where too
            big or loose (« elle taille grand »); None else. What the item does on them, not a size asked
            (`size_direction`).
        habit_way: "up" or "down", the way the customer says they habitually size ("I normally go down one in your
            jeans", « d'habitude je prends une taille au-dessus »); None when they tell none. No way asked now, and
            where it runs against `fit_way` ("..., but these are too small") this time's complaint is the reason.
        sleeves_with_fit: "up" or "down" where the sleeves point the way the body's own fit complaint points ("The
            body is too small and the sleeves are too short": up; « trop grand partout, les manches me couvrent les
            mains »: down) and the text tells no other length: the next size that way fixes both; None else (sleeves
            too short with nothing said of the body, or beside a body too big).
        refund_thanked: the text only thanks for a refund that has reached the customer ("Refund already in my
            account, that was quick, thank you!", « Merci pour le remboursement si rapide ! »): nothing to check,
            the reply thanks them back.
        came_as_ordered: the text says the item came in the size ordered, its label's or the size got ("I ordered an
            M, I got an M", « l'étiquette indique M et j'ai commandé un M »), or names the size got where no order is
            spoken of (« J'ai reçu un 38 mais elle taille grand »): no wrong size sent, whatever its fit.
        reason_of_their_own: the text says the return is for a reason of the customer's own, no fault of the item: no
            need of it, a change of mind, one had already, their own mistake, not to their taste ("It is exactly as
            pictured, just not my colours", « j'ai changé d'avis »; `features.customer_asks.denials`), whatever else it
            tells.
        fault_matter: the reasons claiming a fault of the shop whose matter the text speaks of at all, well or ill
            (whether it works, the state it came in, its parts, which item it is, its listing: "works great, said
            nobody", "exactly as pictured"), in `features.customer_asks.denials` order.
        said_besides: the text says more than a reason of the customer's own, a fault denied and words that say
            nothing of the item (greetings, thanks, praise, the item's name): what else it says may be a complaint the
            fault lists miss ("Arrived wet and mouldy, I don't want it anymore").
    """

    wanted_size: str | None = None
    size_regretted: bool = False
    size_mused: str | None = None
    size_awaited: bool = False
    collar_sizes: tuple[str, ...] = ()
    size_direction: str | None = None
    several_sizes: bool = False
    half_size: bool = False
    size_runs: str | None = None
    usual_size: str | None = None
    usual_sizes: tuple[str, ...] = ()
    ordered_size: str | None = None
    ordered_told: bool = False
    rejected_sizes: tuple[str, ...] = ()
    unfixable: tuple[str, ...] = ()
    requests: tuple[str, ...] = ()
    faults: tuple[str, ...] = ()
    which_item_spoken_of: bool = True
    only_received: bool = False
    listing_spoken_of: bool = False
    hazards: tuple[str, ...] = ()
    hardship: str | None = None
    contact_only: bool = False
    not_as_described: bool = False
    late_delivery: bool = False
    ordered_to_compare: bool = False
    other_version: bool = False
    cut_instead: bool = False
    refund_preferred: bool = False
    other_size_ordered: bool = False
    quality_complaint: bool = False
    service_complaint: bool = False
    service_praised: bool = False
    packaging_complaint: bool = False
    poorly_packed: bool = False
    deeply_upset: bool = False
    not_heard: bool = False
    celebration: str | None = None
    scorned: bool = False
    gift_received: bool = False
    belongings_damaged: bool = False
    counterfeit: bool = False
    collection_missed: bool = False
    repeated: bool = False
    occasion_missed: bool = False
    tracking_broken: bool = False
    express_paid: bool = False
    speaks_of_fit: bool = False
    does_not_fit: bool = False
    reasons_denied: tuple[str, ...] = ()
    own_mistake: bool = False
    fit_way: str | None = None
    habit_way: str | None = None
    sleeves_with_fit: str | None = None
    refund_thanked: bool = False
    came_as_ordered: bool = False
    reason_of_their_own: bool = False
    fault_matter: tuple[str, ...] = ()
    said_besides: bool = True

    @property
    def not_a_return(self) -> str | None:
        """What makes the message no return request (`NOT_A_RETURN`), None for a return request: the parcel
        arrived empty or never arrived, or the customer says the item is already sent back
        (`sent_back`) or the refund has already reached them (`refund_received`)."""
        if "empty_parcel" in self.faults:
            return "empty_parcel"
        if "not_received" in self.faults:
            return "not_received"
        if set(ALREADY_RETURNED_REQUESTS) & set(self.requests):
            return "already_returned"
        return None

    @property
    def has_fault(self) -> bool:
        """Whether the text describes damage, a defect or a shop mistake."""
        return bool(self.faults)
