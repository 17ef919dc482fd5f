"""Item nouns: natural nouns with the right gender and number, from the name, the text or the category."""

from __future__ import annotations

import re
import sys

import pytest

from features.schemas import CATEGORY_CODES
from models import item_nouns
from models.item_nouns import CATEGORY_NOUNS, item_noun


def test_every_catalogue_category_and_common_departments_have_a_noun() -> None:
    assert set(CATEGORY_CODES) <= set(CATEGORY_NOUNS)
    assert {"electronics", "toys", "beauty", "tools", "home", "kitchen"} <= set(CATEGORY_NOUNS)


@pytest.mark.parametrize(
    ("category", "name", "text", "english", "french"),
    [
        ("dresses", None, "Too big", "your dress", "votre robe"),
        ("shoes", None, "They pinch", "your shoes", "vos chaussures"),
        ("kitchen", None, "The pan arrived scratched", "your frying pan", "votre poêle"),
        ("kitchen", None, "La poêle est rayée", "your frying pan", "votre poêle"),
        ("kitchen", None, "It's not what I expected", "your kitchen item", "votre article de cuisine"),
        ("trousers", None, "They're too short in the leg", "your trousers", "votre pantalon"),
        ("jeans", "Skinny Jeans W30", None, "your jeans", "votre jean"),
        ("shoes", "Vera Sage Trainers", None, "your trainers", "vos baskets"),
        ("accessories", None, "Please ring me about the scarf", "your scarf", "votre écharpe"),
        ("lighting", None, "I got a vase instead of my lamp", "your lamp", "votre lampe"),
        ("small_appliances", None, "The hairdryer sparks", "your hairdryer", "votre sèche-cheveux"),
        ("kitchen", None, "Two of the knives are bent", "your knives", "vos couteaux"),
        ("electronics", None, "In any case the headphones crackle", "your headphones", "votre casque"),
        ("toys", None, "The doll's arm fell off", "your doll", "votre poupée"),
        ("beauty", None, "The perfume leaked", "your perfume", "votre parfum"),
        ("tools", None, "La perceuse ne démarre pas", "your drill", "votre perceuse"),
        ("home", None, "Nice", "your item", "votre article"),
        # a plural that picks one of many names one item
        ("knitwear", None, "One of the warmest hoodies I own, but tight", "your hoodie", "votre sweat à capuche"),
        ("dresses", None, "L'une des plus belles robes que j'ai eues", "your dress", "votre robe"),
        ("dresses", None, "I ordered two dresses, both too small", "your dresses", "vos robes"),
        # a plural that names other items is not the item (review sheet: "Returning your bags" for one backpack)
        ("bags", None, "I chose this over several other bags for the rain cover", "your bag", "votre sac"),
        ("bags", None, "Great case, but we'll travel with backpacks from now on", "your bag", "votre sac"),
        ("accessories", None, "Lunettes arrivées avec une branche cassée", "your glasses", "vos lunettes"),
        ("decor", None, "Cracked on arrival", "your item", "votre article"),
        # review sheets: « vos sous-vêtements » for swimwear, "your accessory" for a ring and a funeral tie
        ("underwear", None, "Le short de bain est trop large", "your swim shorts", "votre short de bain"),
        ("underwear", None, "Le maillot est joli mais trop grand", "your swimsuit", "votre maillot de bain"),
        ("accessories", None, "Engagement is off. Returning the ring.", "your ring", "votre bague"),
        ("accessories", None, "The tie was for a funeral", "your tie", "votre cravate"),
        # a verb is not the item
        ("accessories", None, "It ties at the back and the bow is crooked", "your item", "votre article"),
        # review sheets 83 and 97: a part, the customer's body or another item is not the item
        ("lighting", None, "L'ampoule grésille et s'éteint. Même avec une autre ampoule.", "your lamp", "votre lampe"),
        ("shoes", None, "I walk out of them, they flop off my heels.", "your shoes", "vos chaussures"),
        ("shoes", None, "The heels are scuffed", "your heels", "vos escarpins"),
        ("dresses", None, "The top half is snug, the skirt part is loose", "your dress", "votre robe"),
        ("accessories", None, "Il a pris un 52 comme une autre de mes bagues", "your item", "votre article"),
        ("bags", None, "Sac de couchage « taille adulte », trop court", "your sleeping bag", "votre sac de couchage"),
        ("underwear", None, "La culotte baille sur les fesses", "your briefs", "votre culotte"),
        ("accessories", None, "Falls over my eyes, way too big", "your item", "votre article"),
        # review sheet 101, read after the fixes above
        ("underwear", None, "I'm a 32C in regular bras and ordered the small", "your underwear", "vos sous-vêtements"),
        # review sheets 113 and 127: a bra named by its cups or wire, a frame that is a part, a pendant
        ("underwear", None, "The cups gape and the underwire digs in", "your bra", "votre soutien-gorge"),
        ("underwear", None, "Les bonnets bâillent, il me faudrait un 85B", "your bra", "votre soutien-gorge"),
        ("decor", None, "Le cadre du miroir s'écaille déjà", "your mirror", "votre miroir"),
        ("decor", None, "Superbe, avec son cadre en rotin, mais trop grand", "your item", "votre article"),
        ("decor", None, "Le cadre photo est arrivé rayé", "your photo frame", "votre cadre"),
        ("accessories", None, "Le pendentif est minuscule", "your pendant", "votre pendentif"),
        ("tops", None, "The band on this bra rides up my back", "your bra", "votre soutien-gorge"),
        # review sheets 127 and 139 and the third round: underwear worn to swim is swimwear
        ("underwear", None, "She can't do her swimming lessons in it", "your swimsuit", "votre maillot de bain"),
        ("underwear", None, "The elastic went after a week in chlorine", "your swimsuit", "votre maillot de bain"),
        ("underwear", None, "La culotte descend quand je plonge", "your bikini bottoms", "votre bas de maillot"),
        ("accessories", None, "Porté pendant deux jours, le fermoir a lâché", "your item", "votre article"),
        # review sheets 151 and 163: a verb read as a part, a single cup or a band, words the lexicon missed, what
        # the bag should hold, a kind of item the customer looks silly in
        ("small_appliances", None, "La bouilloire part pas. Défectueuse.", "your kettle", "votre bouilloire"),
        ("underwear", None, "bonnet trop petit", "your bra", "votre soutien-gorge"),
        ("underwear", None, "Too loose around the band, the straps won't adjust", "your bra", "votre soutien-gorge"),
        (
            "lighting",
            None,
            "la moitié de la guirlande ne s'allume pas",
            "your string lights",
            "votre guirlande lumineuse",
        ),
        ("kitchen", None, "Set is supposed to be 5 pans with lids, I have 3 lids.", "your pans", "vos casseroles"),
        ("decor", None, "Pouvez-vous m'appeler au sujet de la housse renvoyée ?", "your cover", "votre housse"),
        ("bags", None, "Can't even fit my phone and my purse in it.", "your bag", "votre sac"),
        ("accessories", None, "I just look silly in hats it turns out.", "your hat", "votre chapeau"),
        # review sheets 151, 179 (read after the fifth round), 191 and 199 (the sixth)
        ("knitwear", None, "J'ai déjà trois pulls de cette collection. Celui-ci gratte.", "your jumper", "votre pull"),
        ("bedding", None, "Only one side heats.", "your electric blanket", "votre couverture chauffante"),
        ("small_appliances", None, "La friteuse ne chauffe pas l'huile.", "your fryer", "votre friteuse"),
        ("small_appliances", None, "Le robot tourne en rond, roue bloquée.", "your robot", "votre robot"),
        ("small_appliances", None, "Je veux parler à un humain, pas à un robot.", "your appliance", "votre appareil"),
        ("small_appliances", None, "Au bout de trois tasses la machine fuit.", "your machine", "votre machine"),
        ("small_appliances", None, "La machine à café fuit.", "your coffee machine", "votre cafetière"),
        ("kitchen", None, "The mug set inside is now four mugs and two handles.", "your mugs", "vos mugs"),
        ("decor", None, "I ordered these covers in terracotta.", "your covers", "vos housses"),
        ("kitchen", None, "Je vous retourne le poêle à pétrole reçu hier.", "your heater", "votre poêle"),
        # sheet 211: what the customer owns or wears, seen through or beside the item
        ("tops", None, "So thin I can see my bra through it.", "your top", "votre haut"),
        ("kitchen", None, "Much brighter than my existing cutlery.", "your kitchen item", "votre article de cuisine"),
        ("decor", None, "The ottoman lid slams down.", "your ottoman", "votre pouf"),
        ("kitchen", None, "The block is too bulky, knives are fine.", "your knife block", "votre bloc de couteaux"),
        # review sheets 223 and 227, and 211: a bra seen beside the top, a count weighed, words the lexicon missed
        ("tops", None, "Les emmanchures sont si larges qu'on voit mon soutien-gorge.", "your top", "votre haut"),
        ("dresses", None, "Elle me va, mais je n'ai pas le budget pour deux robes.", "your dress", "votre robe"),
        ("accessories", None, "Les créoles sont bien plus grandes que prévu.", "your hoop earrings", "vos créoles"),
        ("small_appliances", None, "What arrived was a capsule machine.", "your coffee machine", "votre cafetière"),
        ("small_appliances", None, "The dryer went bang.", "your hairdryer", "votre sèche-cheveux"),
        ("small_appliances", None, "Le sèche-linge est arrivé enfoncé.", "your tumble dryer", "votre sèche-linge"),
        # review sheets 241 and 251: one of two returned, a noun written without its hyphen, one boot named
        ("small_appliances", None, "Bought two kettles. Kept the other one.", "your kettle", "votre bouilloire"),
        ("small_appliances", None, "Deux grille-pain reçus, je renvoie celui-ci.", "your toaster", "votre grille-pain"),
        ("small_appliances", None, "Two kettles arrived, both leak.", "your kettles", "vos bouilloires"),
        ("small_appliances", None, "grille pain qui ne grille que d'un côté", "your toaster", "votre grille-pain"),
        ("shoes", None, "The left boot's zip is stuck.", "your boots", "vos bottes"),
        # the review of the change since bfebfdf: an idiom and a part are not the item
        (
            "accessories",
            "Classic Aviator",
            "I had to jump through hoops to return these.",
            "your item",
            "votre article",
        ),
        ("small_appliances", "Salad spinner", "The dryer basket cracked.", "your appliance", "votre appareil"),
        ("accessories", None, "The hoops are far too heavy.", "your hoop earrings", "vos créoles"),
        ("accessories", None, "Got silver hoops, I ordered gold studs.", "your hoop earrings", "vos créoles"),
        # review sheet 179, read after the fixes above
        ("knitwear", None, "I love an oversized cardi but this is a blanket.", "your cardigan", "votre gilet"),
        ("kitchen", None, "Hi, returning the dinner set.", "your dinner set", "votre service de table"),
        (
            "personalised",
            None,
            "Le stylo est fort joli, mais la gravure porte son nom.",
            "your engraved pen",
            "votre stylo gravé",
        ),
        # review sheets 271 and 277: a part of another of the category's items names that item; what came instead
        # of the one ordered stays what came; « la combi » is a jumpsuit
        ("accessories", None, "Le bracelet cuir de la montre est trop court.", "your watch", "votre montre"),
        ("accessories", None, "The strap of my watch snapped.", "your watch", "votre montre"),
        ("accessories", None, "Got a bracelet instead of the necklace.", "your bracelet", "votre bracelet"),
        ("accessories", None, "Reçu un bracelet au lieu du collier.", "your bracelet", "votre bracelet"),
        # "in place of", « à la place de », « en lieu et place de » read as "instead of"
        ("knitwear", None, "They sent a cardigan in place of the pullover I ordered.", "your cardigan", "votre gilet"),
        ("knitwear", None, "I received a cardigan in place of my pullover.", "your cardigan", "votre gilet"),
        ("accessories", None, "Got a bracelet in lieu of the necklace.", "your bracelet", "votre bracelet"),
        ("accessories", None, "Reçu un bracelet à la place du collier.", "your bracelet", "votre bracelet"),
        (
            "accessories",
            None,
            "On m'a envoyé un bracelet en lieu et place de mon collier.",
            "your bracelet",
            "votre bracelet",
        ),
        # the item ordered, named before the one that came in its place, is not the one returned; alone, it is
        ("outerwear", None, "In place of my parka you sent a raincoat.", "your raincoat", "votre imperméable"),
        ("outerwear", None, "Instead of the parka I ordered, I got a raincoat.", "your raincoat", "votre imperméable"),
        ("knitwear", None, "I ordered a jumper but received a cardigan in its place.", "your cardigan", "votre gilet"),
        (
            "small_appliances",
            None,
            "Je voulais une bouilloire, pas un grille-pain.",
            "your toaster",
            "votre grille-pain",
        ),
        ("knitwear", None, "I ordered a jumper and a cardigan, the jumper is too small.", "your jumper", "votre pull"),
        (
            "accessories",
            None,
            "J'ai commandé la montre, bracelet rose. J'ai reçu la version homme.",
            "your watch",
            "votre montre",
        ),
        ("dresses", None, "La combi me serre aux épaules.", "your jumpsuit", "votre combinaison"),
        # review sheets 287 and 293: a compound or a set names another item than its first word
        ("knitwear", None, "Heated gilet doesn't heat.", "your gilet", "votre gilet sans manches"),
        ("knitwear", None, "Le gilet est trop grand.", "your cardigan", "votre gilet"),
        ("kitchen", None, "I bought this saucepan set to replace my old one.", "your saucepans", "vos casseroles"),
        ("kitchen", None, "The saucepan is scratched.", "your saucepan", "votre casserole"),
        ("kitchen", None, "I set the pan down and it cracked.", "your frying pan", "votre poêle"),
        # ... and "set" a verb after the item is no set of it
        ("kitchen", None, "The frying pan set me back 60 pounds and it warped.", "your frying pan", "votre poêle"),
        ("kitchen", None, "The saucepan set alight on the hob.", "your saucepan", "votre casserole"),
        # an item received besides the one returned is not it
        (
            "shoes",
            None,
            "Wrong size sent, I ordered a 42 and got a 40. I also received a bag with them, a gift?",
            "your shoes",
            "vos chaussures",
        ),
        (
            "dresses",
            None,
            "Wrong colour sent: I ordered the green dress and received the blue one. Got a scarf as a "
            "gift too, thanks.",
            "your dress",
            "votre robe",
        ),
        ("dresses", None, "La robe de chambre en satin est très belle.", "your dressing gown", "votre robe de chambre"),
        ("dresses", None, "La robe est trop grande.", "your dress", "votre robe"),
        ("bags", None, "Sold as a 3 season bag, rated 0 degrees.", "your sleeping bag", "votre sac de couchage"),
        ("small_appliances", None, "Le mixeur plongeant est intact.", "your hand blender", "votre mixeur plongeant"),
        ("small_appliances", None, "Le mixeur est cassé.", "your blender", "votre mixeur"),
        # a wrong item: the one that came is returned, of whatever category (sheet 287)
        ("trousers", None, "reçu un short ??? jai commandé un pantalon", "your shorts", "votre short"),
        (
            "dresses",
            "Robe portefeuille",
            "Reçu la commande de quelqu'un d'autre. Un pantalon de ski taille 12 ans. Bon ben je le renvoie.",
            "your trousers",
            "votre pantalon",
        ),
        ("dresses", None, "The dress is too small and I got shoes to match.", "your dress", "votre robe"),
        ("trousers", None, "The shorts are too short.", "your shorts", "votre short"),
        # several items named: the one a fault is told of
        (
            "small_appliances",
            None,
            "I ordered a kettle and a toaster, the toaster sparks",
            "your toaster",
            "votre grille-pain",
        ),
        ("lighting", None, "The lamp is lovely but the glass shade was broken.", "your lamp", "votre lampe"),
        (
            "dresses",
            None,
            "I got the cream and got a different colour entirely, wrong item.",
            "your dress",
            "votre robe",
        ),
        ("small_appliances", None, "The kettle leaks and the toaster is fine", "your kettle", "votre bouilloire"),
        # the size worn in a kind of item names other items
        (
            "outerwear",
            None,
            "I'm normally a medium in coats and I ordered the medium in this parka.",
            "your parka",
            "votre parka",
        ),
        # sheets 307, 311 and 313: the item ordered in a text that says the wrong one came is not the item returned
        (
            "knitwear",
            None,
            "It's the crew neck, I ordered the hoodie version. Different item code.",
            "your jumper",
            "votre pull",
        ),
        (
            "knitwear",
            None,
            "I ordered the hoodie and it's lovely but too small.",
            "your hoodie",
            "votre sweat à capuche",
        ),
        (
            "small_appliances",
            None,
            "J'avais commandé le blender et j'ai reçu un presse-agrumes électrique.",
            "your citrus press",
            "votre presse-agrumes",
        ),
        # ... "what came is" the item that goes back (unseen sheet 509 #79 was "Once the shirt reaches us")
        (
            "tops",
            None,
            "I'm sure the shirt I ordered is lovely but what came is a pair of child's pyjamas with dinosaurs on them. "
            "The packing slip has my name but a different order number.",
            "your pyjamas",
            "votre pyjama",
        ),
        # ... what the parcel "had" in it, or was inside with its describing words (review sheet 587 #73: "Please send
        # the shirt back" of the shirt ordered, where a girl's party dress came)
        (
            "tops",
            None,
            "The box had a toddler's yellow raincoat in it. I ordered a linen shirt; the contents don't match.",
            "your raincoat",
            "votre imperméable",
        ),
        (
            "tops",
            None,
            "Inside were two ladies' silk scarves. No sign of my order, a white shirt.",
            "your scarves",
            "vos écharpes",
        ),
        # the near miss: no mistake told, the item had is the item
        (
            "tops",
            None,
            "The box had a tiny dent but the shirt inside was fine, just too small.",
            "your shirt",
            "votre chemise",
        ),
        # ... a kind switched to or disliked, others of the kind or all the customer's are one item of that kind
        (
            "underwear",
            None,
            "Je me réjouissais de passer aux culottes menstruelles. La culotte est bien pensée.",
            "your briefs",
            "votre culotte",
        ),
        (
            "accessories",
            None,
            "Offerte par mon fils, je n'aime pas les grosses montres. Je la retourne.",
            "your watch",
            "votre montre",
        ),
        ("accessories", None, "I don't like the earrings, returning them.", "your earrings", "vos boucles d'oreilles"),
        # a bra size the item is had or wanted in names a bra (sheet 577 #48 was « vos sous-vêtements »); not the
        # customer's own told for reference, nor a quantity or a time
        ("underwear", None, "Bonjour, échange souhaité : du 85C au 90C.", "your bra", "votre soutien-gorge"),
        ("underwear", None, "Ordered 34DD, way too loose.", "your bra", "votre soutien-gorge"),
        ("underwear", None, "I'm normally a 34C, it rolls down.", "your underwear", "vos sous-vêtements"),
        ("underwear", None, "A 36D everywhere else, this digs in.", "your underwear", "vos sous-vêtements"),
        ("underwear", None, "Je porte du 85C, ça serre.", "your underwear", "vos sous-vêtements"),
        ("underwear", None, "Got a 32gb card in the box and it lasts 40h.", "your underwear", "vos sous-vêtements"),
        ("underwear", None, "Washed at 30C as the label says and it shrank.", "your underwear", "vos sous-vêtements"),
        ("underwear", None, "Lavée à 60C, la couleur a déteint.", "your underwear", "vos sous-vêtements"),
        ("underwear", None, "Ordered the 60D in black, they laddered.", "your underwear", "vos sous-vêtements"),
        ("underwear", None, "I ordered 2 packs, both 34B, one pack open.", "your underwear", "vos sous-vêtements"),
        # ... or worn out one after another (sheet 577 #53 was "your swimsuits"); not the items gone through
        (
            "underwear",
            None,
            "I swim three times a week, so I go through swimsuits, but this one didn't last two months.",
            "your swimsuit",
            "votre maillot de bain",
        ),
        (
            "underwear",
            None,
            "Je nage tous les jours, j'use vite des maillots de bain, mais celui-ci n'a pas tenu un mois.",
            "your swimsuit",
            "votre maillot de bain",
        ),
        (
            "underwear",
            None,
            "I went through the swimsuits you sent: both too small.",
            "your swimsuits",
            "vos maillots de bain",
        ),
        (
            "underwear",
            None,
            "I go through bras so fast, but these both snapped in a week.",
            "your bras",
            "vos soutiens-gorge",
        ),
        (
            "kitchen",
            None,
            "We go through mugs in this house, but both of these cracked in the dishwasher.",
            "your mugs",
            "vos mugs",
        ),
        (
            "dresses",
            None,
            "Toutes mes jupes de bureau sont en 42. Celle-ci, je n'arrive pas à la fermer.",
            "your skirt",
            "votre jupe",
        ),
        ("kitchen", None, "I just don't like how it looks with my other mugs.", "your mug", "votre mug"),
        ("bags", None, "I chose this over several other bags and it's the worst.", "your bag", "votre sac"),
        # ... a nightdress is no shirt, and a towel set is towels
        ("tops", None, "La chemise de nuit en 38 lui fait une tente.", "your nightdress", "votre chemise de nuit"),
        ("tops", None, "The shirt is too tight.", "your shirt", "votre chemise"),
        # a part said to come with the item is not the item, and jumpers the customer has had are others
        (
            "lighting",
            None,
            "L'ampoule fournie a grillé au bout d'une heure, mais la lampe elle-même fonctionne.",
            "your lamp",
            "votre lampe",
        ),
        (
            "knitwear",
            None,
            "I've had three of your jumpers and they were all fine, this one shrank in a cold wash.",
            "your jumper",
            "votre pull",
        ),
        ("home", None, "They just don't dry. Poor towel set for the price.", "your towels", "vos serviettes"),
        # ... what the item is likened to is not the item, and a wrong item of the same kind keeps its noun
        ("dresses", None, "It's like a nightie on me.", "your dress", "votre robe"),
        ("tops", None, "Ça s'évase comme un haut de grossesse, démesuré au niveau des bras.", "your top", "votre haut"),
        ("tops", None, "On dirait une chemise de nuit sur moi.", "your top", "votre haut"),
        ("dresses", None, "I'd like a dress that fits, this skirt is huge.", "your dress", "votre robe"),
        (
            "small_appliances",
            None,
            "J'ai commandé la bouilloire noire, reçu la blanche.",
            "your kettle",
            "votre bouilloire",
        ),
        (
            "underwear",
            None,
            "C'est pas le maillot que j'ai commandé, j'ai reçu un une-pièce au lieu du bikini.",
            "your swimsuit",
            "votre maillot de bain",
        ),
        # one curtain, and Christmas decorations of lighting, were "your item" / « votre lampe »
        ("decor", None, "Le rideau est trop court.", "your curtain", "votre rideau"),
        ("decor", None, "Both curtains are too short.", "your curtains", "vos rideaux"),
        (
            "lighting",
            None,
            "Décorations de Noël livrées le 6 janvier. Retour évidemment.",
            "your Christmas decorations",
            "vos décorations de Noël",
        ),
        ("lighting", None, "The fairy lights arrived in January.", "your string lights", "votre guirlande lumineuse"),
        # sheets 509 and 523: a cover for a suitcase, glass as the stuff of a broken lid
        (
            "bags",
            None,
            "Hallo, the cover for the suitcase not go over the suitcase, it is for 24 inch. Please change to 28.",
            "your suitcase cover",
            "votre housse de valise",
        ),
        (
            "bags",
            None,
            "The suitcase cover is too small for my suitcase.",
            "your suitcase cover",
            "votre housse de valise",
        ),
        (
            "kitchen",
            None,
            "One lid arrived in pieces, glass everywhere in the box. Pans themselves ok but I'm not keeping a set "
            "with a smashed lid.",
            "your pans",
            "vos casseroles",
        ),
        ("kitchen", None, "Des éclats de verre partout, le saladier est cassé.", "your bowl", "votre bol"),
        ("kitchen", None, "Two of the six cracked. The glass is so thin.", "your glasses", "vos verres"),
    ],
)
def test_the_item_is_named_naturally(
    category: str, name: str | None, text: str | None, english: str, french: str
) -> None:
    noun = item_noun(category, name, text)
    assert noun.phrase("en") == english
    assert noun.phrase("fr") == french


@pytest.mark.parametrize(
    ("category", "text", "definite", "form"),
    [
        ("lighting", "the lampshade", "l'abat-jour", 0),
        ("decor", "the clock", "l'horloge", 1),
        ("tops", "", "le haut", 0),  # h aspiré: no elision
        ("bedding", "duvet cover", "la housse de couette", 1),
        ("shoes", "", "les chaussures", 3),
        ("decor", "curtains", "les rideaux", 2),
        ("small_appliances", "", "l'appareil", 0),
        ("kitchen", "le poêle à pétrole", "le poêle", 0),  # a stove, not « la poêle »
    ],
)
def test_french_articles_elide_and_agree(category: str, text: str, definite: str, form: int) -> None:
    noun = item_noun(category, text=text)
    assert noun.phrase("fr", "the") == definite
    assert noun.fr_form == form


def test_english_number_differs_from_french_where_the_languages_do() -> None:
    trousers = item_noun("trousers")
    assert trousers.en_plural and not trousers.fr_plural


def test_an_unknown_category_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="garden"):
        item_noun("garden")


class _SearchedCharacters:
    """A pattern that adds the characters each search of it is given to a shared count: the work of the searches."""

    def __init__(self, pattern: re.Pattern[str], searched: list[int]) -> None:
        self.pattern = pattern
        self.searched = searched

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.searched.append(min(len(text), endpos) - pos)
        return self.pattern.search(text, pos, endpos)

    def __getattr__(self, name: str) -> object:
        return getattr(self.pattern, name)


def _characters_searched(monkeypatch: pytest.MonkeyPatch, category: str, text: str) -> int:
    """The characters `item_noun` hands to the searches of its patterns (held alone or in a table by word) while it
    reads `text`."""
    searched: list[int] = []
    with monkeypatch.context() as patched:
        for name, value in vars(item_nouns).items():
            if isinstance(value, re.Pattern):
                patched.setattr(item_nouns, name, _SearchedCharacters(value, searched))
            elif isinstance(value, dict) and value and all(isinstance(rule, re.Pattern) for rule in value.values()):
                rules = {key: _SearchedCharacters(rule, searched) for key, rule in value.items()}
                patched.setattr(item_nouns, name, rules)
        item_noun(category, None, text)
    return sum(searched)


@pytest.mark.parametrize(
    ("category", "words"),
    [("bags", "can fit a bag "), ("bags", "bags "), ("shoes", "my shoes "), ("small_appliances", "for two kettles ")],
)
def test_reading_a_text_that_names_the_item_at_every_word_grows_with_its_length_not_its_square(
    monkeypatch: pytest.MonkeyPatch, category: str, words: str
) -> None:
    # the rules on the words before a noun searched the whole text before each of its mentions: 4x the text had
    # them search 16.0x the characters; read at most `WORDS_BEFORE_CHARS` before each
    # mention, 4x the text is searched 4.03-4.04x. Counted, not timed: the count is the same on a busy machine.
    short = words * (8000 // len(words))
    long = words * (32000 // len(words))
    assert _characters_searched(monkeypatch, category, long) < 5 * _characters_searched(monkeypatch, category, short)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # a curtain's fitting is no curtain (named "your curtain" / « votre rideau » since the singular was a noun)
        ("The curtain pole arrived bent, the brackets don't fit.", "item"),
        ("Curtain rings missing from the pack.", "item"),
        ("La tringle à rideau est arrivée tordue.", "item"),
        ("Les anneaux de rideaux sont trop petits.", "item"),
        # near misses
        ("The shower curtain is too short.", "curtain"),
        ("Le rideau est trop court.", "curtain"),
    ],
)
def test_a_curtains_fitting_is_no_curtain(text: str, noun: str) -> None:
    assert item_noun("decor", None, text).en == noun


# Nouns the sheets found wrong (no product name given, so the text's): a power tool under small appliances, a make-up
# mirror that lights up, one nightdress or one bra of the plural underwear category, a bikini top, one top the customer
# has washed for years, one shirt of three, a duvet cover that came in place of a backpack, the pan a lid is too big
# for. Near misses keep their noun.
NOUNS_FROM_THE_SHEETS = [
    ("small_appliances", "Case was cracked open and the drill had a chunk out of the housing.", "drill", "perceuse"),
    ("beauty", "Light doesn't turn on, batteries are new, checked the contacts. Dead.", "item", "article"),
    ("beauty", "The cream made my skin itchy.", "cream", "crème"),
    ("beauty", "Not for me, the texture is too thick.", "beauty product", "produit de beauté"),
    ("underwear", "Je n'arrive pas à la passer au niveau des épaules, l'encolure est trop étroite. Retour.",
     "underwear", "sous-vêtement"),
    ("underwear", "ne me convient pas, forme pas adaptée à ma poitrine", "underwear", "sous-vêtement"),
    ("underwear", "trop ptit le haut", "underwear", "sous-vêtement"),
    ("underwear", "Ils sont trop petits, je les renvoie.", "underwear", "sous-vêtements"),
    ("underwear", "Only the bikini top was in the bag, no bottoms.", "bikini top", "haut de maillot"),
    ("underwear", "le haut est ok mais la culotte rentre partout, trop petite.", "briefs", "culotte"),
    ("beauty", "The foundation is too light for my skin.", "beauty product", "produit de beauté"),
    ("tops", "Washed it once and it shrank. I've washed cotton tops for thirty years and never had one shrink like "
     "that.", "top", "haut"),
    # sheet 599 #1: a bare plural said of the kind in general is one item returned; the items named are not
    ("dresses", "i'm 5ft 1 so i know maxi skirts are a gamble but i fell for the print. just far too long for someone "
     "my height. returning", "skirt", "jupe"),
    ("dresses", "The skirts are a gamble, both too long.", "skirts", "jupes"),
    ("tops", "These tops always shrink, sending both back.", "tops", "hauts"),
    ("tops", "I bought three shirts from you for a new job, and two are perfect. On the third, the white one, two of "
     "the buttonholes were never cut open.", "shirt", "chemise"),
    ("tops", "I bought three shirts and all of them have a loose seam.", "shirts", "chemises"),
    ("bags", "Bonjour, au lieu du sac à dos pour le kot de ma fille, il y avait dans le carton une housse de couette "
     "et une facture au nom de quelqu'un d'autre.", "duvet cover", "housse de couette"),
    ("kitchen", "lid too big for the pan slides off", "kitchen item", "article de cuisine"),
    ("kitchen", "The pan is too big for the hob.", "frying pan", "poêle"),
    # sheet 541 #46, #40, #30: a sound told by what makes it is no item (« votre ventilateur » for an air fryer); the
    # fan itself still is
    ("small_appliances", "Elle marche très bien, cuisson parfaite. Un petit bruit de ventilateur un peu fort mais "
     "rien de grave. En fait elle prend trop de place sur mon plan de travail, je la renvoie.", "appliance",
     "appareil"),
    ("small_appliances", "Le ventilateur fait un bruit d'avion.", "fan", "ventilateur"),
    # the customer's « mixeur » is « votre mixeur », not « votre blender »; « blender » said stays
    ("small_appliances", "1 étoile. Le mixeur est annoncé avec trois vitesses et une fonction turbo, il n'a qu'une "
     "vitesse. Je le renvoie.", "blender", "mixeur"),
    ("small_appliances", "Le blender fuit par le bas.", "blender", "blender"),
    ("small_appliances", "Seul le pied mixeur était dans la boîte.", "hand blender", "mixeur plongeant"),
    # a frame whose glass is told of is a photo frame, unless a mirror is named beside it
    ("decor", "Le verre du cadre était fendu à l'ouverture, l'enveloppe était pliée.", "photo frame", "cadre"),
    ("decor", "The glass in the frame is cracked.", "photo frame", "cadre"),
    ("decor", "La vitre du cadre est fêlée. Le miroir est livré fendu en deux.", "mirror", "miroir"),
    # sheet 541 #27: bedding for the bathroom is "your item" where the text names no towel
    ("bedding", "Wrong colour for the bathroom, I'd chosen it from the screen and it's accurate but it doesn't go with "
     "the tiles. Return please.", "item", "article"),
    ("bedding", "The towel is too thin for the bathroom.", "towel", "serviette"),
    # sheet 547 #63: a tracksuit top among coats is no coat
    ("outerwear", "Hi there, the zip on this tracksuit top doesn't close.", "tracksuit top", "veste de survêtement"),
    ("outerwear", "La veste de survêtement a un trou à la manche.", "tracksuit top", "veste de survêtement"),
    # sheet 599 #7: a swimsuit told of as the kind one has trouble with was "the underwear"
    ("underwear", "I have a long torso, which I know is a problem with one-pieces, but the reviews were good so I gave "
     "it a go. The straps dig into my shoulders.", "swimsuit", "maillot de bain"),
    ("underwear", "Two one-pieces in the parcel, I only ordered one.", "swimsuits", "maillots de bain"),
    # sheet 667 #53: the heater of a coffee machine whose work is told is a part, not "your heater"; a heater or a fan
    # told only by its own work is the item
    ("small_appliances", "pumps water through but it comes out lukewarm, not hot. descaled it anyway even though its "
     "brand new. no change. faulty heater", "appliance", "appareil"),
    ("small_appliances", "L'eau sort tiède, pourtant détartrée. Le chauffage est défectueux.", "appliance", "appareil"),
    ("small_appliances", "The milk never gets hot, the heater must be faulty.", "appliance", "appareil"),
    ("small_appliances", "Le ventilateur tourne mais les cheveux restent mouillés.", "appliance", "appareil"),
    ("small_appliances", "The heater is faulty.", "heater", "radiateur"),
    ("small_appliances", "It just blows cold air. Heater that doesn't heat.", "heater", "radiateur"),
    ("small_appliances", "Le radiateur ne chauffe plus.", "heater", "radiateur"),
    ("small_appliances", "Le ventilateur fait un bruit horrible à pleine vitesse.", "fan", "ventilateur"),
    # ... nor is another appliance named after the part ("could boil a kettle faster" is a comparison), and a heater
    # told warming a room is the item whatever it is compared to
    ("small_appliances", "The heater in my kettle broke, water never boils.", "appliance", "appareil"),
    ("small_appliances", "The heater takes forever to warm the room, I could boil a kettle faster.", "heater",
     "radiateur"),
    ("small_appliances", "Le radiateur chauffe mal la pièce, je bois mon café en manteau.", "heater", "radiateur"),
    ("small_appliances", "My coffee machine heater is faulty, the coffee is cold.", "coffee machine", "cafetière"),
    # ... nor is the heat a fan blows, a smell or a room a heater is bought for another appliance's work
    ("small_appliances", "Le ventilateur souffle de l'air chaud, il ne rafraîchit pas du tout.", "fan", "ventilateur"),
    ("small_appliances", "The fans are noisy and just push hot air around the room.", "fans", "ventilateurs"),
    ("small_appliances", "The fan heater smells like burnt toast when it's on.", "heater", "radiateur"),
    ("small_appliances", "Bought this heater for the kitchen so I can cook in comfort, it cut out after a day.",
     "heater", "radiateur"),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "en", "fr"), NOUNS_FROM_THE_SHEETS)
def test_a_noun_the_sheets_found_wrong_is_the_items(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en"),
    [
        # hair appliances sell as beauty too
        ("beauty", "The hair straightener doesn't heat past lukewarm, useless on my thick hair.", "hair straightener"),
        ("small_appliances", "The hair straightener doesn't heat past lukewarm.", "hair straightener"),
        # near miss
        ("beauty", "Ce fond de teint m'a donné des boutons.", "beauty product"),
    ],
)
def test_a_hair_appliance_is_named_under_beauty_too(category: str, text: str, en: str) -> None:
    assert item_noun(category, None, text).en == en


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # an odd pair came: what another customer got is no item of this one's
        ("shoes", "Dans la boîte, un escarpin 38 et un escarpin 39. Une autre cliente a reçu la combinaison inverse, "
         "je suppose. Pouvez-vous m'envoyer une vraie paire en 38 ?", "heels", "escarpins"),
        # near miss: what the customer got in place of the item ordered is still the item returned
        ("shoes", "Vous m'avez envoyé une combinaison au lieu des escarpins.", "jumpsuit", "combinaison"),
        # what came for another customer is theirs (a sheet: "two polo shirts + swim shorts of another customer" was
        # "Returning your shirts")
        ("tops", "I received two polo shirts + swim shorts of another customer.", "top", "haut"),
        ("tops", "Got two polo shirts and swim shorts meant for someone else.", "top", "haut"),
        ("tops", "J'ai reçu deux chemises et un short d'un autre client.", "top", "haut"),
        # near misses: the item ordered named before what came, and one bought for someone else
        ("tops", "I ordered a blouse and got two polo shirts of another customer.", "blouse", "chemisier"),
        ("tops", "I bought the shirts for someone else, they don't fit him.", "shirts", "chemises"),
    ],
)  # fmt: skip
def test_what_someone_else_received_is_no_item_of_this_return(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


# One item of several comes back, so a reply names one: of two ordered, one sent back by its colour (« je renvoie le
# noir »), one too many ("don't need two kettles"), one of two identical ones; several bought as a set of which some
# broke are the set ("two of the six cracked ... the glass is so thin": the glasses). A kind a rule allows is not the
# item; a ski suit, string lights in the plural, a bikini's bottoms and top, oven gloves, a sauté pan that came in place
# of saucepans are named. Near misses keep their noun.
NOUNS_OF_ONE_OF_SEVERAL = [
    ("lighting", "J'avais pris les deux lampes de bureau, la verte et la blanche. Je renvoie la verte.", "lamp",
     "lampe"),
    ("lighting", "J'avais pris les deux lampes de bureau, elles sont trop faibles, je les renvoie.", "lamps",
     "lampes"),
    ("small_appliances", "my sister gave me hers when she moved abroad, we don't need two toasters. Unopened.",
     "toaster", "grille-pain"),
    ("outerwear", "Bought two coats to choose between at home. Keeping the navy, returning this grey one.", "coat",
     "manteau"),
    ("knitwear", "Vous m'avez envoyé deux gilets identiques en bleu, j'avais commandé un bleu et un gris.",
     "cardigan", "gilet"),
    ("knitwear", "I ordered two cardigans and both have holes at the cuffs.", "cardigans", "gilets"),
    ("kitchen", "Three of the eight arrived with chips on the rim. The bowl is so thin.", "bowls", "bols"),
    # sheet 571 #27: a set sent back whole, told of by one piece, was "your frying pan"; a set's own noun stays one
    ("kitchen", "The small pan is basically an egg boiler. Even the biggest one is too small for pasta for two. Not "
     "what I need, sending the set back.", "frying pans", "poêles"),
    ("kitchen", "La petite poêle est minuscule, même la grande ne suffit pas. Je vous renvoie le lot.", "frying pans",
     "poêles"),
    ("kitchen", "The pan is too small for pasta for two. Sending it back.", "frying pan", "poêle"),
    ("kitchen", "Trois assiettes du service de table sont fendues. Je vous renvoie le lot complet.", "dinner set",
     "service de table"),
    ("kitchen", "Le wok est trop petit pour nous. Je vous renvoie l'ensemble.", "frying pan", "poêle"),
    ("kitchen", "I sent the set back last month and this replacement pan is warped too.", "frying pan", "poêle"),
    # one item bought in several colours, the others sent back, was « votre coussin »; other items beside it are not it
    ("decor", "J'ai pris le coussin de sol en 3 coloris pour voir lequel allait dans le salon. Je garde le vert, je "
     "renvoie les 2 autres.", "cushions", "coussins"),
    ("decor", "I ordered the cushion in three colours to compare. Keeping the green, sending the other two back.",
     "cushions", "coussins"),
    ("decor", "I ordered the cushion in two colours to compare. Keeping the green, returning the other one.", "cushion",
     "coussin"),
    ("bags", "The bag is too small. I kept the dress and the scarf, returning the other two items.", "bag", "sac"),
    ("dresses", "J'ai commandé la robe en 3 tailles, elle est trop petite.", "dress", "robe"),
    ("knitwear", "The jumper is sold in 3 colours, I ordered the red. Too small. Returning the other two items from "
     "the order as well.", "jumper", "pull"),
    ("dresses", "I ordered the dress in two sizes and two tops. Keeping the 10, returning the other two tops.", "dress",
     "robe"),
    ("kitchen", "The bowl is chipped on the rim.", "bowl", "bol"),
    ("shoes", "The club now says only white trainers allowed, so he won't need the leather boots. Unworn.", "boots",
     "bottes"),
    ("shoes", "The trainers rub my heels.", "trainers", "baskets"),
    ("shoes", "The trainers are required for PE but they pinch.", "trainers", "baskets"),
    ("outerwear", "La combinaison de ski de ma fille est arrivée après les vacances.", "ski suit",
     "combinaison de ski"),
    ("outerwear", "The snowsuit came a week after we got back from the Alps.", "ski suit", "combinaison de ski"),
    # a one-piece among coats as the customer names it (« combinaison ski remonte pas ... » and « la combinaison:
    # chaude, ... » were « votre manteau »), a rug among home goods (« Le tapis ... » was "your item")
    ("outerwear", "combinaison ski remonte pas au dessus des hanches impossible de fermer. 1m70 70kg", "ski suit",
     "combinaison de ski"),
    ("outerwear", "Alors, la combinaison: chaude, bien pensée avec les poches partout.", "ski suit", "combinaison"),
    ("outerwear", "La combinaison de pluie de mon fils prend l'eau aux coutures.", "ski suit", "combinaison"),
    ("home", "Le tapis perd ses poils, je ramasse des touffes entières.", "rug", "tapis"),
    ("home", "The rug curls up at the corners.", "rug", "tapis"),
    # ... not the customer's own floor, which the item is used on
    ("home", "The vase leaked water all over my carpet.", "item", "article"),
    ("home", "Le coussin déteint sur mon tapis blanc, inadmissible.", "item", "article"),
    ("home", "Doesn't match the carpet in our lounge, returning the cushions.", "item", "article"),
    ("home", "J'ai posé le vase sur le tapis et il fuit.", "item", "article"),
    ("home", "Le tapis de bain glisse sur le carrelage.", "bath mat", "tapis de bain"),
    # sheet 479 #1: the skirt beside a bodice is the dress's; a skirt alone stays a skirt
    ("dresses", "Bodice is tight across the bust, I can't take a full breath. Length and skirt are perfect, so please "
     "exchange for a 12.", "dress", "robe"),
    ("dresses", "Le corsage serre trop, la jupe tombe bien.", "dress", "robe"),
    ("dresses", "The skirt is too long on me.", "skirt", "jupe"),
    # sheet 569 #43: a skirt joined to the dress's top is the dress's; not beside a tank top, nor one worn with it
    ("dresses", "Unfortunately the smocked top and the tiered skirt together made me look like I was wearing a "
     "lampshade.", "dress", "robe"),
    ("dresses", "Le haut et la jupe ne sont pas du même bleu.", "dress", "robe"),
    ("dresses", "The tank top and the skirt came separately, the skirt is too long.", "skirt", "jupe"),
    ("dresses", "I tried it on with jeans and with a skirt, the skirt is too long.", "skirt", "jupe"),
    # ... nor two pieces told as such: bought, wanted or worn together, a set or separates (each was "your dress")
    ("dresses", "I ordered the top and the skirt as a set, the skirt is too small.", "skirt", "jupe"),
    ("dresses", "Bought the cropped top and the matching skirt, the skirt is too tight.", "skirt", "jupe"),
    ("dresses", "Wore the skirt with the white top and the skirt was see-through.", "skirt", "jupe"),
    ("dresses", "Je voulais le haut et la jupe, la jupe est trop petite.", "skirt", "jupe"),
    ("dresses", "I ordered a 12. The smocked top and the tiered skirt don't sit right together.", "dress", "robe"),
    ("dresses", "Dans l'ensemble elle est jolie, mais le haut et la jupe ne sont pas du même bleu.", "dress", "robe"),
    ("dresses", "It was set to arrive Monday. The top and the skirt are two different shades.", "dress", "robe"),
    # sheet 479 #79: "keep the underwear" for a tankini sent in place of a one-piece
    ("underwear", "This is a tankini, I ordered a one piece. Different product.", "tankini", "tankini"),
    ("lighting", "Guirlandes reçues après Noël, elles ne servent plus.", "string lights", "guirlandes lumineuses"),
    ("underwear", "Au bord de la piscine la culotte baille, et le haut pareil, les bonnets flottent.", "swimsuit",
     "maillot de bain"),
    ("underwear", "Au bord de la piscine la culotte baille sur les fesses.", "bikini bottoms", "bas de maillot"),
    ("kitchen", "The oven gloves are so thin I burnt my fingers.", "oven gloves", "maniques"),
    ("kitchen", "Gloves are far too small, my fingers don't fit.", "oven gloves", "maniques"),
    ("kitchen", "Au lieu des trois casseroles en inox, j'ai reçu une seule sauteuse en fonte.", "sauté pan",
     "sauteuse"),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "en", "fr"), NOUNS_OF_ONE_OF_SEVERAL)
def test_one_item_of_several_a_kind_a_rule_allows_and_more_nouns_are_named(
    category: str, text: str, en: str, fr: str
) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # this round's own sentences: one of two returned as "that one", solar lights, a pushchair under toys
        ("home", "Ordered two storage boxes, the lid of one doesn't close. I'm returning that one.", "storage box",
         "boîte de rangement"),
        ("home", "Ordered two storage boxes, both lids crack when you press them.", "storage boxes",
         "boîtes de rangement"),
        ("lighting", "The solar lights stopped charging after three days in the garden.", "solar lights",
         "lampes solaires"),
        ("lighting", "The lamp's light is too cold for the bedroom.", "lamp", "lampe"),
        ("toys", "La poussette de poupée est arrivée avec une roue voilée.", "pushchair", "poussette"),
    ],
)  # fmt: skip
def test_this_rounds_own_nouns_beyond_clothing(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # the lead's sheet (seed 401): « les bagues de cette créatrice taillent petit » is all the maker's rings; the
        # one returned is « celle-ci » (was « vos bagues »). Near misses: both rings returned, a pair of earrings.
        ("accessories", "On m'avait prévenue que les bagues de cette créatrice taillent petit, alors j'ai pris un 56 "
         "au lieu de mon 54. Évidemment, celle-ci taille normalement.", "ring", "bague"),
        ("accessories", "I was told the rings from this designer run small, but this one is huge.", "ring", "bague"),
        ("accessories", "Les bagues sont trop grandes toutes les deux, je les renvoie.", "rings", "bagues"),
        ("tops", "J'avais acheté 3 t-shirts de cette marque. Au 2e lavage ils ont tous tourné. Je les renvoie.",
         "t-shirts", "t-shirts"),
        ("accessories", "The earrings from this brand are always lovely but these are too heavy.", "earrings",
         "boucles d'oreilles"),
    ],
)  # fmt: skip
def test_a_plural_for_all_a_makers_items_names_one(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "product", "text", "en", "fr"),
    [
        # a frame the text says holds a picture is the item ("the oak frame" was "your item"); a mirror's frame is a
        # part of the mirror, and a photo attached is no picture framed
        ("decor", None, "Ordered the oak frame for my daughter's graduation photo. The frame is nice solid wood, but "
         "the opening is too small for the print.", "photo frame", "cadre"),
        ("decor", None, "Le cadre pour la photo de mariage est arrivé fendu.", "photo frame", "cadre"),
        # sheet 569 #26: its size between the frame and what it holds (was « votre article »)
        ("decor", None, "J'ai pris le cadre 30x40 pour mon affiche de concert dédicacée.", "photo frame", "cadre"),
        ("decor", None, "Le cadre 30x40 est arrivé fendu.", "item", "article"),
        ("decor", None, "The mirror is lovely but the frame is chipped. See photo attached.", "mirror", "miroir"),
        ("decor", None, "The frame is chipped, photo attached.", "item", "article"),
        # sheet 563 #77: a frame named by what it is for (was "your item"); a mirror's frame stays the mirror's
        ("decor", None, "Bought the graduation frame for my niece's ceremony on the 4th. Returning the frame, "
         "unopened.", "photo frame", "cadre"),
        ("decor", None, "Le cadre de diplôme est arrivé fendu.", "photo frame", "cadre"),
        ("decor", None, "The mirror frame is scratched.", "mirror", "miroir"),
        # a part of a dress told of names the dress the product name names; a skirt sold as one stays a skirt
        ("dresses", "Skater dress", "The flared skirt is just not for my shape.", "dress", "robe"),
        ("dresses", "Pleated midi skirt", "The flared skirt is just not for my shape.", "skirt", "jupe"),
    ],
)  # fmt: skip
def test_a_frame_that_holds_a_picture_and_a_part_of_the_product_named(
    category: str, product: str | None, text: str, en: str, fr: str
) -> None:
    noun = item_noun(category, product, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # this round's own sentences beyond clothing: each was "your toy", "your item" or "your kitchen item"
        ("toys", "The baby monitor's camera won't pair with the parent unit.", "baby monitor", "babyphone"),
        ("home", "The yoga mat smells so strongly of rubber it gave me a headache.", "yoga mat", "tapis de yoga"),
        ("home", "Le vélo d'appartement grince à chaque tour de pédale.", "exercise bike", "vélo d'appartement"),
        ("kitchen", "Need a new jug, not a refund.", "jug", "carafe"),
        ("kitchen", "Le pichet est arrivé fendu.", "jug", "carafe"),
        ("home", "Le tapis de bain a déteint sur le carrelage.", "bath mat", "tapis de bain"),
    ],
)  # fmt: skip
def test_this_rounds_own_nouns_beyond_clothing_name_the_item(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # what the customer will wear or use in the item's place names no item ("your boots" for shoes returned)
        ("shoes", "The wedding has been moved to winter and I'll wear boots, nothing else I'd wear them with.",
         "shoes", "chaussures"),
        ("shoes", "Le mariage est reporté en hiver, je mettrai des bottes.", "shoes", "chaussures"),
        ("bags", "I'll use my old backpack instead, this bag is too small.", "bag", "sac"),
        # near misses: the item itself worn
        ("shoes", "I'll wear the boots once and they hurt.", "boots", "bottes"),
        ("shoes", "The boots rub, I'll wear them with thick socks.", "boots", "bottes"),
    ],
)  # fmt: skip
def test_what_the_customer_will_wear_instead_is_not_the_item(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # a kind a rule allows is not the item ("your bags" for one school bag); an accessory worn on a finger is a
        # ring ("your item")
        ("bags", "My daughters school has a rule about plain bags only, this has a logo. Nothing wrong with it.", "bag",
         "sac"),
        ("accessories", "It spins round and round my finger, way too big. I'd need a size smaller, M instead of O.",
         "ring", "bague"),
        ("accessories", "Elle tourne autour de mon doigt, trop grande.", "ring", "bague"),
        # near misses: the bags themselves, several worn on fingers, a strap on a wrist
        ("bags", "The bags only arrived yesterday and one is torn.", "bags", "sacs"),
        ("accessories", "They spin round my fingers, too big.", "item", "article"),
        ("accessories", "The strap is too tight for my wrist.", "item", "article"),
    ],
)  # fmt: skip
def test_a_kind_a_rule_names_and_an_accessory_worn_on_a_finger(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # a piece missing from the item is not the item: "bread knife missing from the set" was "Returning your knife"
        ("kitchen", "bread knife missing from the set", "kitchen item", "article de cuisine"),
        # ... the set it is missing from is the item (sheet 523: "your kitchen item")
        ("kitchen", "dessert bowls missing from the 16 piece set", "set", "ensemble"),
        ("small_appliances", "La verseuse manque dans le carton.", "appliance", "appareil"),
        # near misses: the item itself at fault, or missing a piece of its own
        ("kitchen", "The knife arrived bent.", "knife", "couteau"),
        ("kitchen", "The frying pan is missing its lid.", "frying pan", "poêle"),
    ],
)  # fmt: skip
def test_a_piece_missing_from_the_item_is_not_the_item(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


# Trouble said as a heading names the items the message is about; a kind one has trouble with is one item
TROUBLE_AS_A_HEADING = [
    ("kitchen", "Issue with plates, 3 of the 6 arrived chipped.", "plates", "assiettes"),
    ("kitchen", "Hi, problem with glasses: two arrived broken.", "glasses", "verres"),
    ("kitchen", "Souci avec les assiettes, 3 sur les 6 sont arrivées ébréchées.", "plates", "assiettes"),
    ("underwear", "I have a long torso, which I know is a problem with one-pieces. The straps dig in.", "swimsuit",
     "maillot de bain"),
    ("tops", "I always have trouble with tops, this one is too short.", "top", "haut"),
    # ... nor a heading followed by the one returned
    ("tops", "Problem with tops again, this one is too short.", "top", "haut"),
    # the items named with a determiner in the heading
    ("tops", "Hi, issue with the tops, both too short.", "tops", "hauts"),
    ("tops", "Problem with the top, too short.", "top", "haut"),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "en", "fr"), TROUBLE_AS_A_HEADING)
def test_trouble_said_as_a_heading_names_the_items(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


# A participle said without its verb tells the state of the items returned, not a habit of the kind
STATE_OF_THE_ITEMS = [
    ("tops", "Returning both. Tops never worn.", "tops", "hauts"),
    ("kitchen", "Mugs never used, wrong colour.", "mugs", "mugs"),
    ("tops", "Je renvoie les deux. Hauts jamais portés.", "tops", "hauts"),
    ("tops", "Tops always shrink with you, this one too.", "top", "haut"),
    ("tops", "Tops never fitted me right, this one neither.", "top", "haut"),
    ("knitwear", "Jumpers always bobbled, this one too after one wash.", "jumper", "pull"),
    ("tops", "Tops never washed well, this one shrank.", "top", "haut"),
]


@pytest.mark.parametrize(("category", "text", "en", "fr"), STATE_OF_THE_ITEMS)
def test_a_state_said_of_a_bare_plural_names_the_items(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # what the item is matched with is the customer's own ("the colour matches my throw perfectly" was "Returning
        # your throw" for cushion covers)
        ("bedding", "Nice stitching and the colour matches my throw, but the covers are far too big.", "bedding",
         "linge de lit"),
        ("bedding", "Jolies housses, elles vont avec mon plaid, mais elles sont trop grandes.", "bedding",
         "linge de lit"),
        ("bedding", "Doesn't go with my duvet cover, returning.", "bedding", "linge de lit"),
        # near misses: the customer's own word for the item
        ("bedding", "My throw arrived with a pulled thread.", "throw", "plaid"),
        ("bedding", "Le plaid est joli mais il bouloche.", "throw", "plaid"),
    ],
)  # fmt: skip
def test_what_the_item_is_matched_with_is_not_the_item(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # what the customer has more of than they want is their own stock (a sheet: « j'ai trop de chemisiers blancs »
        # was drafted « vos chemisiers »)
        ("tops", "Il est joli, conforme, mais en fait j'ai trop de chemisiers blancs. Retour.", "top", "haut"),
        ("tops", "Joli, mais j'ai déjà plein de pulls et de chemisiers blancs.", "top", "haut"),
        ("tops", "Lovely, as described, but I have too many white shirts already. Returning.", "top", "haut"),
        ("tops", "I've got loads of shirts like it, sending it back.", "top", "haut"),
        # ... with a word between (« beaucoup trop », « vraiment trop »)
        ("dresses", "Jolie mais j'ai beaucoup trop de robes noires, je la renvoie.", "dress", "robe"),
        ("dresses", "J'ai vraiment trop de robes, je la renvoie.", "dress", "robe"),
        # near misses: the items returned, after words of too much of something else
        ("tops", "J'ai trop de travail pour renvoyer les chemisiers, mais ils sont trop petits.", "blouses",
         "chemisiers"),
        ("tops", "The shirts are too big, returning both.", "shirts", "chemises"),
    ],
)  # fmt: skip
def test_what_the_customer_has_too_many_of_is_not_the_item(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)


@pytest.mark.parametrize(
    ("category", "text", "en", "fr"),
    [
        # an English noun said just before another of the category is what that one is made of or for ("Glass teapot
        # arrived in pieces" was "Returning your glass")
        ("kitchen", "Glass teapot came in pieces, you could hear it rattling.", "teapot", "théière"),
        ("bedding", "Throw pillow filling is lumpy and the zip broke.", "pillow", "oreiller"),
        # near misses: the noun alone, and French, which names the item first
        ("kitchen", "The glass arrived chipped on the rim.", "glass", "verre"),
        ("bedding", "The throw is lovely but too small for the sofa.", "throw", "plaid"),
        ("decor", "La housse coussin est déchirée.", "cover", "housse"),
        ("decor", "The mirror frame is chipped at one corner.", "mirror", "miroir"),
        # ... nor a noun before its own material or part
        ("kitchen", "The teapot glass is cloudy after one wash.", "teapot", "théière"),
        ("lighting", "The lamp bulb blew after a day.", "lamp", "lampe"),
        # ... nor glass before a part: the glass of a lid, a door or a top, not a glass (a sample text: "the glass lid
        # shattered in transit" was "your glass")
        ("kitchen", "Sadly the glass lid shattered in transit, it arrived in pieces.", "kitchen item",
         "article de cuisine"),
        ("kitchen", "The glass top is scratched.", "kitchen item", "article de cuisine"),
        ("small_appliances", "The glass door of the microwave cracked.", "microwave", "micro-ondes"),
        ("kitchen", "One glass was in pieces.", "glass", "verre"),
    ],
)  # fmt: skip
def test_a_noun_said_before_another_of_the_category_names_that_one(category: str, text: str, en: str, fr: str) -> None:
    noun = item_noun(category, None, text)
    assert (noun.en, noun.fr) == (en, fr)
