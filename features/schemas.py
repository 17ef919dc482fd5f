"""Schemas of the historical tables (the sample data and the shop exports share this format).

Each table is a tuple of `Column`s; the data card, the loaders and the data tests all read
these definitions, so a column is named in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from features.taxonomy import REASON_CODES
from features.text import MAX_TEXT_CHARS

LANGUAGES: tuple[str, ...] = ("en", "fr")
# The currencies orders (and so return requests) come in; the policy sets a label fee and a keep-item price for each.
CURRENCIES: tuple[str, ...] = ("EUR", "GBP")


@dataclass(frozen=True)
class ProductCategory:
    code: str
    sized: bool
    department: str


PRODUCT_CATEGORIES: tuple[ProductCategory, ...] = (
    ProductCategory("dresses", True, "fashion"),
    ProductCategory("tops", True, "fashion"),
    ProductCategory("trousers", True, "fashion"),
    ProductCategory("jeans", True, "fashion"),
    ProductCategory("knitwear", True, "fashion"),
    ProductCategory("outerwear", True, "fashion"),
    ProductCategory("shoes", True, "fashion"),
    ProductCategory("underwear", True, "fashion"),
    ProductCategory("bags", False, "fashion"),
    ProductCategory("accessories", False, "fashion"),
    ProductCategory("lighting", False, "home"),
    ProductCategory("bedding", False, "home"),
    ProductCategory("kitchen", False, "home"),
    ProductCategory("decor", False, "home"),
    ProductCategory("small_appliances", False, "home"),
    ProductCategory("personalised", False, "home"),
)
CATEGORY_CODES: tuple[str, ...] = tuple(category.code for category in PRODUCT_CATEGORIES)

INSPECTION_OUTCOMES: tuple[str, ...] = ("ok", "damaged", "worn", "used", "item_swapped", "empty_box")
# Inspection outcomes that confirm abuse: the sample data flags these as `confirmed_abuse` (with
# noise), and agents' feedback sets the flag from them without noise.
ABUSIVE_INSPECTION_OUTCOMES: frozenset[str] = frozenset({"worn", "used", "item_swapped", "empty_box"})
RESOLUTIONS: tuple[str, ...] = ("refund", "exchange", "store_credit", "keep_item", "rejected")
CUSTOMER_BEHAVIOURS: tuple[str, ...] = ("regular", "bracketer", "serial_returner", "wardrober", "fraudster")


@dataclass(frozen=True)
class Column:
    """A column of a table: name, pandas dtype, meaning, (for categoricals) allowed values, (for free
    text) the most characters a value may hold, and whether it holds a person's words (`as_typed`).

    A person's words (a name, a text, a reply) are kept as typed, spaces included; every other value has a form (an
    id, a code, a number, a date) and is refused with a space before or after it (`features.tables.padded`). An id
    (`id_form`, the Unicode form it holds to: NFC for a size, "7½") is held to the API's rule for ids
    (`features.text.identifier_problem`): rows are joined and matched on it exactly.
    """

    name: str
    dtype: str
    description: str
    allowed: tuple[str, ...] | None = None
    nullable: bool = False
    max_chars: int | None = None
    as_typed: bool = False
    id_form: Literal["NFC", "NFKC"] | None = None


CUSTOMERS: tuple[Column, ...] = (
    Column("customer_id", "string", "Customer identifier, `C` + 6 digits.", id_form="NFKC"),
    Column("first_name", "string", "First name used to greet the customer in replies.", as_typed=True),
    Column("country", "string", "ISO 3166 country code of the delivery address."),
    Column("preferred_lang", "string", "Language the customer writes in.", LANGUAGES),
    Column("created_at", "datetime64[ns]", "Account creation timestamp (UTC)."),
    Column(
        "behaviour",
        "string",
        "Latent behaviour the generator simulated. Ground truth for analysis only: never a feature.",
        CUSTOMER_BEHAVIOURS,
    ),
)

ORDERS: tuple[Column, ...] = (
    Column("order_id", "string", "Order identifier, `O` + 7 digits.", id_form="NFKC"),
    Column("customer_id", "string", "Customer who placed the order.", id_form="NFKC"),
    Column("order_ts", "datetime64[ns]", "When the order was placed (UTC)."),
    Column("delivery_ts", "datetime64[ns]", "When the parcel was delivered (UTC)."),
    Column("currency", "string", "Currency of every amount in the order.", CURRENCIES),
)

LINE_ITEMS: tuple[Column, ...] = (
    Column("line_item_id", "string", "Line item identifier, `L` + 8 digits.", id_form="NFKC"),
    Column("order_id", "string", "Order the line belongs to.", id_form="NFKC"),
    Column("sku", "string", "Stock keeping unit: product id plus size when sized.", id_form="NFKC"),
    Column("product_id", "string", "Product identifier shared by all sizes of a product.", id_form="NFKC"),
    Column("product_name", "string", "Catalogue name of the product (English).", as_typed=True),
    Column("product_category", "string", "Product category.", CATEGORY_CODES),
    Column("size", "string", "Size ordered; empty for unsized products.", nullable=True, id_form="NFC"),
    Column("price", "float64", "Unit price paid before discount, in the order currency."),
    Column("discount", "float64", "Discount as a fraction of price, 0 to 0.7."),
)

RETURNS: tuple[Column, ...] = (
    Column("return_id", "string", "Return identifier, `R` + 7 digits.", id_form="NFKC"),
    Column("line_item_id", "string", "Line item being returned.", id_form="NFKC"),
    Column("order_id", "string", "Order of that line item.", id_form="NFKC"),
    Column("customer_id", "string", "Customer asking for the return.", id_form="NFKC"),
    Column("request_ts", "datetime64[ns]", "When the return was requested (UTC)."),
    Column(
        "reason_text", "string", "The customer's free-text reason, as typed.", max_chars=MAX_TEXT_CHARS, as_typed=True
    ),
    Column("lang", "string", "Language of reason_text.", LANGUAGES),
    Column(
        "form_reason_code",
        "string",
        "Reason picked in the shop's return form, when the form offered one; may disagree with the text.",
        REASON_CODES,
        nullable=True,
    ),
    Column("label", "string", "Main return reason as judged by an agent (about 3% noise).", REASON_CODES),
    Column("resolution", "string", "How the return was settled.", RESOLUTIONS),
    Column("inspection_outcome", "string", "Warehouse inspection of the returned parcel.", INSPECTION_OUTCOMES),
    Column("confirmed_abuse", "bool", "Abuse confirmed after inspection and review (noisy)."),
    Column("agent_reply", "string", "Reply the support agent sent, in the customer's language.", as_typed=True),
    Column("contacted_again", "bool", "The customer had to contact support again about this return."),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "customers": CUSTOMERS,
    "orders": ORDERS,
    "line_items": LINE_ITEMS,
    "returns": RETURNS,
}


def column_names(table: str) -> list[str]:
    """Column names of a table, in file order."""
    return [column.name for column in TABLES[table]]
