"""The fictional shop's catalogue: product kinds per category, with the words customers use for them.

A product kind carries its English and French nouns (with French gender and number, so French
phrases agree: "elle est trop grande" vs "ils sont trop grands"), its sizes and a price range.
The text generator picks vocabulary by the kind's `group` (shoes, bottoms, lamps...), which is
finer than the schema's product category.
"""

from __future__ import annotations

from dataclasses import dataclass

LETTER_SIZES = ("XS", "S", "M", "L", "XL")
TROUSER_SIZES = ("34", "36", "38", "40", "42", "44", "46")
JEAN_SIZES = ("W25", "W26", "W27", "W28", "W29", "W30", "W31", "W32", "W34")
SHOE_SIZES = ("36", "37", "38", "39", "40", "41", "42", "43", "44")
BRA_SIZES = ("70B", "75B", "75C", "80B", "80C", "85C", "85D")


@dataclass(frozen=True)
class Noun:
    """How one language names a product kind. `gender`/`plural` drive French agreement and English number."""

    singular: str
    gender: str = "m"
    plural: bool = False


@dataclass(frozen=True)
class ProductKind:
    """One kind of product the shop sells (e.g. ankle boots), in a schema product category."""

    key: str
    category: str
    group: str
    en: Noun
    fr: Noun
    price: tuple[float, float]
    sizes: tuple[str, ...] = ()


def _kind(
    key: str,
    category: str,
    group: str,
    en: str,
    fr: tuple[str, str, bool],
    price: tuple[float, float],
    sizes: tuple[str, ...] = (),
    en_plural: bool = False,
) -> ProductKind:
    return ProductKind(key, category, group, Noun(en, plural=en_plural), Noun(fr[0], fr[1], fr[2]), price, sizes)


# group: the vocabulary family the text generator uses for the kind.
PRODUCT_KINDS: tuple[ProductKind, ...] = (
    _kind("midi_dress", "dresses", "dress", "midi dress", ("robe midi", "f", False), (45, 140), LETTER_SIZES),
    _kind("wrap_dress", "dresses", "dress", "wrap dress", ("robe portefeuille", "f", False), (40, 120), LETTER_SIZES),
    _kind("maxi_dress", "dresses", "dress", "maxi dress", ("robe longue", "f", False), (50, 160), LETTER_SIZES),
    _kind("slip_dress", "dresses", "dress", "slip dress", ("robe nuisette", "f", False), (35, 110), LETTER_SIZES),
    _kind("jumpsuit", "dresses", "dress", "jumpsuit", ("combinaison", "f", False), (45, 130), LETTER_SIZES),
    _kind("blouse", "tops", "top", "blouse", ("blouse", "f", False), (25, 80), LETTER_SIZES),
    _kind("shirt", "tops", "top", "shirt", ("chemise", "f", False), (25, 90), LETTER_SIZES),
    _kind("tshirt", "tops", "top", "t-shirt", ("t-shirt", "m", False), (12, 35), LETTER_SIZES),
    _kind("tank_top", "tops", "top", "tank top", ("débardeur", "m", False), (10, 30), LETTER_SIZES),
    _kind("bodysuit", "tops", "top", "bodysuit", ("body", "m", False), (18, 45), LETTER_SIZES),
    _kind("hoodie", "tops", "top", "hoodie", ("sweat à capuche", "m", False), (30, 70), LETTER_SIZES),
    _kind("chinos", "trousers", "bottoms", "chinos", ("chino", "m", False), (35, 85), TROUSER_SIZES, True),
    _kind(
        "wide_trousers",
        "trousers",
        "bottoms",
        "wide-leg trousers",
        ("pantalon large", "m", False),
        (40, 95),
        TROUSER_SIZES,
        True,
    ),
    _kind("leggings", "trousers", "bottoms", "leggings", ("legging", "m", False), (20, 50), LETTER_SIZES, True),
    _kind("skirt", "trousers", "bottoms", "pleated skirt", ("jupe plissée", "f", False), (30, 80), TROUSER_SIZES),
    _kind("shorts", "trousers", "bottoms", "linen shorts", ("short en lin", "m", False), (25, 55), TROUSER_SIZES, True),
    _kind("skinny_jeans", "jeans", "bottoms", "skinny jeans", ("jean slim", "m", False), (40, 110), JEAN_SIZES, True),
    _kind(
        "straight_jeans", "jeans", "bottoms", "straight jeans", ("jean droit", "m", False), (45, 120), JEAN_SIZES, True
    ),
    _kind("mom_jeans", "jeans", "bottoms", "mom jeans", ("jean mom", "m", False), (40, 100), JEAN_SIZES, True),
    _kind("jumper", "knitwear", "knit", "jumper", ("pull", "m", False), (35, 120), LETTER_SIZES),
    _kind("cardigan", "knitwear", "knit", "cardigan", ("gilet", "m", False), (35, 110), LETTER_SIZES),
    _kind(
        "roll_neck", "knitwear", "knit", "roll-neck sweater", ("pull col roulé", "m", False), (40, 130), LETTER_SIZES
    ),
    _kind("trench", "outerwear", "coat", "trench coat", ("trench", "m", False), (90, 260), LETTER_SIZES),
    _kind("puffer", "outerwear", "coat", "puffer jacket", ("doudoune", "f", False), (80, 240), LETTER_SIZES),
    _kind("wool_coat", "outerwear", "coat", "wool coat", ("manteau en laine", "m", False), (110, 320), LETTER_SIZES),
    _kind("denim_jacket", "outerwear", "coat", "denim jacket", ("veste en jean", "f", False), (50, 120), LETTER_SIZES),
    _kind("blazer", "outerwear", "coat", "blazer", ("blazer", "m", False), (60, 180), LETTER_SIZES),
    _kind("ankle_boots", "shoes", "shoes", "ankle boots", ("bottines", "f", True), (60, 180), SHOE_SIZES, True),
    _kind("trainers", "shoes", "shoes", "trainers", ("baskets", "f", True), (45, 140), SHOE_SIZES, True),
    _kind("sandals", "shoes", "shoes", "sandals", ("sandales", "f", True), (30, 110), SHOE_SIZES, True),
    _kind("loafers", "shoes", "shoes", "loafers", ("mocassins", "m", True), (55, 150), SHOE_SIZES, True),
    _kind("heels", "shoes", "shoes", "heels", ("escarpins", "m", True), (50, 160), SHOE_SIZES, True),
    _kind("bra", "underwear", "lingerie", "bra", ("soutien-gorge", "m", False), (20, 60), BRA_SIZES),
    _kind("briefs", "underwear", "lingerie", "briefs", ("culottes", "f", True), (8, 30), LETTER_SIZES, True),
    _kind("swimsuit", "underwear", "lingerie", "swimsuit", ("maillot de bain", "m", False), (25, 80), LETTER_SIZES),
    _kind("pyjamas", "underwear", "lingerie", "pyjamas", ("pyjama", "m", False), (25, 70), LETTER_SIZES, True),
    _kind("tote", "bags", "bag", "tote bag", ("cabas", "m", False), (30, 120), ()),
    _kind("crossbody", "bags", "bag", "crossbody bag", ("sac bandoulière", "m", False), (35, 150), ()),
    _kind("backpack", "bags", "bag", "backpack", ("sac à dos", "m", False), (40, 130), ()),
    _kind("belt", "accessories", "accessory", "leather belt", ("ceinture en cuir", "f", False), (20, 70), ()),
    _kind("scarf", "accessories", "accessory", "scarf", ("écharpe", "f", False), (15, 60), ()),
    _kind(
        "sunglasses", "accessories", "accessory", "sunglasses", ("lunettes de soleil", "f", True), (25, 120), (), True
    ),
    _kind("earrings", "accessories", "accessory", "earrings", ("boucles d'oreilles", "f", True), (15, 80), (), True),
    _kind("table_lamp", "lighting", "lamp", "table lamp", ("lampe de chevet", "f", False), (30, 140), ()),
    _kind("floor_lamp", "lighting", "lamp", "floor lamp", ("lampadaire", "m", False), (60, 220), ()),
    _kind("pendant", "lighting", "lamp", "pendant light", ("suspension", "f", False), (40, 180), ()),
    _kind(
        "string_lights", "lighting", "lamp", "string lights", ("guirlande lumineuse", "f", False), (15, 45), (), True
    ),
    _kind("duvet_cover", "bedding", "bedding", "duvet cover set", ("parure de couette", "f", False), (40, 130), ()),
    _kind("fitted_sheet", "bedding", "bedding", "fitted sheet", ("drap housse", "m", False), (20, 60), ()),
    _kind("throw", "bedding", "bedding", "throw", ("plaid", "m", False), (30, 90), ()),
    _kind("pillow", "bedding", "bedding", "pillow", ("oreiller", "m", False), (20, 70), ()),
    _kind("frying_pan", "kitchen", "cookware", "frying pan", ("poêle", "f", False), (25, 90), ()),
    _kind("saucepan_set", "kitchen", "cookware", "saucepan set", ("lot de casseroles", "m", False), (60, 200), ()),
    _kind("dinner_set", "kitchen", "tableware", "dinner set", ("service de table", "m", False), (50, 180), ()),
    _kind("glasses", "kitchen", "tableware", "set of glasses", ("verres", "m", True), (20, 60), (), True),
    _kind("vase", "decor", "decor", "ceramic vase", ("vase en céramique", "m", False), (20, 90), ()),
    _kind("frame", "decor", "decor", "photo frame", ("cadre photo", "m", False), (12, 50), ()),
    _kind("cushion", "decor", "decor", "cushion", ("coussin", "m", False), (15, 45), ()),
    _kind("mirror", "decor", "decor", "wall mirror", ("miroir mural", "m", False), (40, 160), ()),
    _kind("candle", "decor", "decor", "scented candle", ("bougie parfumée", "f", False), (12, 40), ()),
    _kind("kettle", "small_appliances", "appliance", "kettle", ("bouilloire", "f", False), (30, 90), ()),
    _kind("toaster", "small_appliances", "appliance", "toaster", ("grille-pain", "m", False), (30, 110), ()),
    _kind("blender", "small_appliances", "appliance", "blender", ("blender", "m", False), (40, 160), ()),
    _kind("coffee_maker", "small_appliances", "appliance", "coffee machine", ("cafetière", "f", False), (50, 220), ()),
    _kind("hair_dryer", "small_appliances", "appliance", "hair dryer", ("sèche-cheveux", "m", False), (30, 120), ()),
    _kind(
        "engraved_mug",
        "personalised",
        "personalised",
        "personalised mug",
        ("mug personnalisé", "m", False),
        (15, 35),
        (),
    ),
    _kind(
        "name_necklace", "personalised", "personalised", "name necklace", ("collier prénom", "m", False), (30, 90), ()
    ),
    _kind(
        "photo_cushion", "personalised", "personalised", "photo cushion", ("coussin photo", "m", False), (25, 55), ()
    ),
)

# Catalogue name parts (English, as the catalogue is English); purely decorative.
STYLE_WORDS: tuple[str, ...] = (
    "Ava",
    "Bianca",
    "Camille",
    "Dune",
    "Elsa",
    "Flore",
    "Gaia",
    "Hazel",
    "Iris",
    "June",
    "Lou",
    "Mila",
    "Nora",
    "Oslo",
    "Pia",
    "Rosa",
    "Sienna",
    "Tessa",
    "Uma",
    "Vera",
    "Willow",
    "Zoe",
)
COLOURS: tuple[str, ...] = (
    "black",
    "white",
    "navy",
    "ecru",
    "sage",
    "rust",
    "camel",
    "burgundy",
    "sky blue",
    "olive",
    "blush pink",
    "charcoal",
    "mustard",
    "cream",
    "forest green",
    "terracotta",
)


def size_neighbour(sizes: tuple[str, ...], size: str, step: int) -> str:
    """The size `step` positions away in the kind's size range, clamped to the range."""
    index = min(max(sizes.index(size) + step, 0), len(sizes) - 1)
    return sizes[index]
