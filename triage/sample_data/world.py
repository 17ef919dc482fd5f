"""Simulate the shop: customers with latent behaviours, their orders, deliveries, returns and replies.

Every random draw comes from one `random.Random(seed)` consumed in a fixed order, so a seed
always produces the same tables. Signals of abuse (return counts, timing, claimed reasons) are
drawn so that they overlap between honest and abusive customers: some honest customers return a
lot, some fraudsters look clean, and the abuse flag is a noisy consequence of the inspection.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from features.schemas import CUSTOMER_BEHAVIOURS
from features.taxonomy import REASON_CODES, get_reason
from triage.sample_data import replies
from triage.sample_data.catalogue import COLOURS, PRODUCT_KINDS, STYLE_WORDS, ProductKind, size_neighbour
from triage.sample_data.texts import en, fr
from triage.sample_data.texts.compose import LanguageBank, Situation, compose_reason_text

START = datetime(2024, 7, 1)
END = datetime(2026, 1, 31, 23, 59)
CUSTOMERS_AT_SCALE_1 = 9_000
PRODUCTS_PER_KIND = 6
RETURN_WINDOW = timedelta(days=replies.RETURN_WINDOW_DAYS)
LABEL_FEE = {"EUR": 3.95, "GBP": 2.95}

BANKS: dict[str, LanguageBank] = {"en": en.BANK, "fr": fr.BANK}
REPLY_BANKS: dict[str, replies.ReplyBank] = {"en": en.REPLIES, "fr": fr.REPLIES}
FIRST_NAMES: dict[str, tuple[str, ...]] = {"en": en.FIRST_NAMES, "fr": fr.FIRST_NAMES}
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {
    "en": (("GB", "IE", "US", "NL", "DE"), (0.45, 0.12, 0.3, 0.07, 0.06)),
    "fr": (("FR", "BE", "CH", "CA"), (0.6, 0.15, 0.1, 0.15)),
}
FRENCH_SHARE = 0.39
BEHAVIOUR_SHARES = dict(zip(CUSTOMER_BEHAVIOURS, (0.82, 0.08, 0.05, 0.03, 0.02), strict=True))
CATEGORY_WEIGHTS = {
    "dresses": 11, "tops": 14, "trousers": 8, "jeans": 8, "knitwear": 8, "outerwear": 6, "shoes": 10,
    "underwear": 5, "bags": 3, "accessories": 4, "lighting": 3, "bedding": 4, "kitchen": 4, "decor": 6,
    "small_appliances": 3, "personalised": 2,
}  # fmt: skip
# Reason weights per product group, in REASON_CODES order:
# too_small, too_large, damaged, defective, poor_quality, missing_parts, not_as_described, wrong_item,
# arrived_late, no_longer_needed, other.
REASON_WEIGHTS: dict[str, tuple[float, ...]] = {
    "clothes": (20, 16, 2.5, 1.5, 11, 1.6, 12, 5, 3, 15, 4.5),
    "shoes": (22, 15, 3, 3, 10, 0.8, 8, 6, 3, 15, 4.5),
    "carry": (0, 0, 9, 6, 16, 5, 18, 9, 5, 24, 5),
    "lamp": (0, 0, 22, 22, 8, 12, 13, 7, 4, 12, 4),
    "bedding": (6, 4, 3, 0, 20, 4, 20, 10, 4, 20, 5),
    "cookware": (0, 0, 20, 14, 16, 8, 12, 7, 4, 13, 4),
    "tableware": (0, 0, 30, 0, 14, 8, 12, 8, 5, 16, 4),
    "decor": (0, 0, 28, 2, 12, 4, 18, 8, 5, 18, 4),
    "appliance": (0, 0, 14, 38, 6, 13, 8, 6, 3, 12, 4),
    "personalised": (0, 0, 12, 3, 12, 3, 18, 22, 14, 8, 6),
}
CLOTHES_GROUPS = ("dress", "top", "bottoms", "knit", "coat", "lingerie")
# A plausible different form choice for each true reason (mis-click or approximate category).
FORM_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "too_small": ("too_large", "not_as_described", "no_longer_needed"),
    "too_large": ("too_small", "not_as_described", "no_longer_needed"),
    "damaged_in_transit": ("defective", "poor_quality"),
    "defective": ("damaged_in_transit", "poor_quality"),
    "poor_quality": ("damaged_in_transit", "defective", "not_as_described"),
    "missing_parts": ("defective", "wrong_item"),
    "not_as_described": ("no_longer_needed", "poor_quality", "wrong_item"),
    "wrong_item": ("not_as_described", "missing_parts"),
    "arrived_late": ("no_longer_needed", "other"),
    "no_longer_needed": ("other", "not_as_described"),
    "other": ("no_longer_needed",),
}


@dataclass(frozen=True)
class Product:
    product_id: str
    name: str
    kind: ProductKind
    base_price: float


@dataclass
class Customer:
    customer_id: str
    first_name: str
    country: str
    lang: str
    created_at: datetime
    behaviour: str
    return_propensity: float


@dataclass
class Tables:
    """Rows of the four tables, as lists of dicts in schema column order."""

    customers: list[dict]
    orders: list[dict]
    line_items: list[dict]
    returns: list[dict]


def _weighted(rng: random.Random, options: dict[str, float]) -> str:
    return rng.choices(list(options), list(options.values()))[0]


def _reason_group(kind: ProductKind) -> str:
    if kind.group in CLOTHES_GROUPS:
        return "clothes"
    if kind.group in ("bag", "accessory"):
        return "carry"
    return kind.group


def build_catalogue(rng: random.Random) -> list[Product]:
    """A few products per kind, with a catalogue name and a base price (EUR)."""
    products = []
    for kind in PRODUCT_KINDS:
        for _ in range(PRODUCTS_PER_KIND):
            name = f"{rng.choice(STYLE_WORDS)} {rng.choice(COLOURS)} {kind.en.singular}".title()
            price = math.floor(rng.uniform(*kind.price)) + rng.choice((0.0, 0.5, 0.95, 0.99))
            products.append(Product(f"P{len(products) + 10001:05d}", name, kind, price))
    return products


def _customer(rng: random.Random, index: int) -> Customer:
    lang = "fr" if rng.random() < FRENCH_SHARE else "en"
    countries, weights = COUNTRIES[lang]
    behaviour = _weighted(rng, BEHAVIOUR_SHARES)
    created = (
        START - timedelta(days=400) + timedelta(seconds=rng.uniform(0, (END - START).total_seconds() + 370 * 86400))
    )
    # Honest customers vary a lot: a few return as much as serial returners do.
    propensity = rng.lognormvariate(0, 0.55)
    return Customer(
        customer_id=f"C{index + 100001:06d}",
        first_name=rng.choice(FIRST_NAMES[lang]),
        country=rng.choices(countries, weights)[0],
        lang=lang,
        created_at=created.replace(microsecond=0),
        behaviour=behaviour,
        return_propensity=propensity,
    )


def _order_times(rng: random.Random, customer: Customer) -> list[datetime]:
    """Order timestamps after account creation, with a November/December peak."""
    first = max(customer.created_at, START) + timedelta(hours=1)
    last = END - timedelta(days=3)
    if first >= last:
        return []
    activity = {"regular": 1.0, "bracketer": 1.5, "serial_returner": 1.5, "wardrober": 1.2, "fraudster": 0.9}
    expected = 8.5 * activity[customer.behaviour] * (last - first) / (END - START)
    count = max(1, round(rng.lognormvariate(math.log(max(expected, 0.5)), 0.6)))
    times = []
    while len(times) < min(count, 80):
        moment = first + (last - first) * rng.random()
        if rng.random() < (1.0 if moment.month in (11, 12) else 0.65):
            times.append(max(first, moment.replace(hour=rng.randint(7, 23))).replace(microsecond=0))
    return sorted(times)


def _pick_product(rng: random.Random, by_category: dict[str, list[Product]]) -> Product:
    category = _weighted(rng, CATEGORY_WEIGHTS)
    return rng.choice(by_category[category])


def _line(product: Product, size: str | None, price: float, discount: float) -> dict:
    return {
        "sku": f"{product.product_id}-{size}" if size else product.product_id,
        "product_id": product.product_id,
        "product_name": product.name,
        "product_category": product.kind.category,
        "size": size,
        "price": price,
        "discount": discount,
    }


def _reason(rng: random.Random, customer: Customer, kind: ProductKind, late_delivery: bool) -> str:
    weights = list(REASON_WEIGHTS[_reason_group(kind)])
    boost = {
        "fraudster": {"damaged_in_transit": 4, "defective": 4, "missing_parts": 5, "wrong_item": 2.5},
        "wardrober": {"no_longer_needed": 2.5, "too_large": 1.3, "not_as_described": 1.5},
        "serial_returner": {"no_longer_needed": 2, "too_small": 1.2, "too_large": 1.2},
    }.get(customer.behaviour, {})
    for index, code in enumerate(REASON_CODES):
        weights[index] *= boost.get(code, 1.0)
        if code == "arrived_late" and late_delivery:
            weights[index] *= 12
        if code in ("too_small", "too_large") and not kind.sizes and kind.group != "bedding":
            weights[index] = 0
    return rng.choices(REASON_CODES, weights)[0]


def _return_probability(customer: Customer, kind: ProductKind) -> float:
    fashion = kind.group in CLOTHES_GROUPS or kind.group in ("shoes", "bag", "accessory")
    base = 0.13 if fashion else 0.045
    if customer.behaviour == "serial_returner":
        base = 0.55 if fashion else 0.28
    elif customer.behaviour == "wardrober":
        base = 0.6 if kind.category in ("dresses", "outerwear") else base * 1.2
    elif customer.behaviour == "fraudster":
        base = 0.42
    return min(0.95, base * (customer.return_propensity if customer.behaviour in ("regular", "bracketer") else 1.0))


def _request_delay(rng: random.Random, customer: Customer, reason: str) -> timedelta:
    """Time from delivery to the return request: mostly within the window, some after it."""
    if customer.behaviour == "wardrober" and rng.random() < 0.7:
        days = rng.uniform(22, 30)  # after the event, just before the window closes
    elif reason in ("damaged_in_transit", "wrong_item", "missing_parts", "arrived_late") and rng.random() < 0.8:
        days = rng.uniform(0, 4)
    elif rng.random() < 0.055:
        days = rng.uniform(31, 80)
    else:
        days = 30 * rng.betavariate(1.2, 3.2)
    return timedelta(days=days, seconds=rng.randint(0, 3600))


def _inspection(rng: random.Random, customer: Customer, kind: ProductKind, reason: str) -> str:
    wearable = kind.group in CLOTHES_GROUPS or kind.group == "shoes"
    use = "worn" if wearable else "used"
    condition_claim = reason in ("damaged_in_transit", "defective")
    options: dict[str, float]
    if customer.behaviour == "fraudster":
        options = {"item_swapped": 0.24, "empty_box": 0.12, use: 0.24, "damaged": 0.08, "ok": 0.32}
    elif customer.behaviour == "wardrober":
        worn_share = 0.62 if kind.category in ("dresses", "outerwear") else 0.2
        options = {use: worn_share, "ok": 1 - worn_share}
    elif customer.behaviour == "serial_returner":
        options = {use: 0.12, "ok": 0.86, "damaged": 0.02}
    else:
        options = {use: 0.018, "ok": 0.975, "damaged": 0.007}
    if condition_claim:
        options["damaged"] = options.get("damaged", 0) + 0.5
    return _weighted(rng, options)


def _confirmed_abuse(rng: random.Random, outcome: str) -> bool:
    probability = {"item_swapped": 0.93, "empty_box": 0.95, "worn": 0.78, "used": 0.7}.get(outcome, 0.004)
    return rng.random() < probability


def _resolution(
    rng: random.Random, reason: str, kind: ProductKind, outcome: str, abuse: bool, late: bool, price: float
):
    """How the return was settled, and (when rejected) why."""
    if late:
        return ("rejected", "late") if rng.random() < 0.85 else ("store_credit", None)
    if outcome in ("item_swapped", "empty_box"):
        cause = "swapped" if outcome == "item_swapped" else "empty"
        return ("rejected", cause) if rng.random() < 0.9 else ("refund", None)
    if abuse:
        return _weighted(rng, {"rejected": 0.6, "store_credit": 0.3, "refund": 0.1}), "worn"
    shop_fault = get_reason(reason).shop_fault
    if kind.category == "personalised" and not shop_fault:
        return ("rejected", "personalised") if rng.random() < 0.8 else ("store_credit", None)
    if shop_fault:
        if price < 20 and rng.random() < 0.5:
            return "keep_item", None
        return _weighted(rng, {"refund": 0.65, "exchange": 0.25, "store_credit": 0.1}), None
    if reason in ("too_small", "too_large") and kind.sizes:
        return _weighted(rng, {"exchange": 0.45, "refund": 0.5, "store_credit": 0.05}), None
    return _weighted(rng, {"refund": 0.78, "store_credit": 0.2, "exchange": 0.02}), None


def _form_reason(rng: random.Random, customer: Customer, reason: str) -> str | None:
    if rng.random() >= 0.6:
        return None
    if customer.behaviour == "fraudster" and rng.random() < 0.65:
        return rng.choice([code for code in ("defective", "damaged_in_transit") if code != reason])
    if rng.random() < 0.84:
        return reason
    return rng.choice(FORM_CONFUSIONS[reason])


def _noisy_label(rng: random.Random, reason: str) -> str:
    if rng.random() < 0.03:
        return rng.choice([code for code in REASON_CODES if code != reason])
    return reason


def _other_size(rng: random.Random, kind: ProductKind, size: str | None, reason: str) -> str | None:
    if not size:
        return None
    step = {"too_small": 1, "too_large": -1}.get(reason) or rng.choice((-1, 1))
    neighbour = size_neighbour(kind.sizes, size, step)
    return neighbour if neighbour != size else size_neighbour(kind.sizes, size, -step)


def customer_count(scale: float) -> int:
    """How many customers a scale simulates."""
    return max(50, round(CUSTOMERS_AT_SCALE_1 * scale))


class World:
    """Runs the simulation; `tables()` returns the finished rows."""

    def __init__(self, seed: int, scale: float = 1.0) -> None:
        self.rng = random.Random(seed)
        self.n_customers = customer_count(scale)
        self.products = build_catalogue(self.rng)
        self.by_category: dict[str, list[Product]] = {}
        for product in self.products:
            self.by_category.setdefault(product.kind.category, []).append(product)

    def tables(self, progress=None) -> Tables:
        """Simulate every customer; `progress(n)` is called as customers are processed."""
        customers, orders, line_items, pending = [], [], [], []
        for index in range(self.n_customers):
            customer = _customer(self.rng, index)
            customers.append(customer)
            for order_ts in _order_times(self.rng, customer):
                self._order(customer, order_ts, orders, line_items, pending)
            if progress and index % 500 == 499:
                progress(500)
        return self._finish(customers, orders, line_items, pending)

    def _order(self, customer, order_ts, orders, line_items, pending) -> None:
        rng = self.rng
        late = rng.random() < 0.04
        delivery_days = rng.uniform(7, 10) if late else rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6)) + rng.random()
        delivery_ts = (order_ts + timedelta(days=delivery_days)).replace(microsecond=0)
        currency = "GBP" if customer.country == "GB" else "EUR"
        order = {"order_id": None, "customer_id": customer.customer_id, "order_ts": order_ts,
                 "delivery_ts": delivery_ts, "currency": currency}  # fmt: skip
        orders.append(order)
        discount = 0.0 if rng.random() < 0.65 else rng.choice((0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7))
        count = rng.choices((1, 2, 3, 4, 5), (0.5, 0.28, 0.13, 0.06, 0.03))[0]
        bracket = customer.behaviour == "bracketer" and rng.random() < 0.55
        lines: list[tuple[Product, str | None]] = []
        bracket_lines = 0
        for position in range(count):
            product = _pick_product(rng, self.by_category)
            while bracket and position == 0 and not product.kind.sizes:
                product = _pick_product(rng, self.by_category)
            sizes = product.kind.sizes
            size = rng.choice(sizes[1:-1] or sizes) if sizes else None
            if bracket and position == 0:
                # A bracketer orders neighbouring sizes of one product and keeps the one that fits.
                start = max(0, min(sizes.index(size) - 1, len(sizes) - 3))
                bracketed = sizes[start : start + rng.choice((2, 3))]
                lines += [(product, option) for option in bracketed]
                bracket_lines = len(bracketed)
            else:
                lines.append((product, size))
        kept = rng.randrange(bracket_lines) if bracket_lines else None
        for position, (product, size) in enumerate(lines):
            price = round(product.base_price * (0.86 if currency == "GBP" else 1.0), 2)
            line = {"line_item_id": None, "order_id": order} | _line(product, size, price, discount)
            line_items.append(line)
            if position < bracket_lines:
                if position != kept:
                    reason = "too_small" if position < kept else "too_large"
                    reason = "no_longer_needed" if rng.random() < 0.3 else reason
                    pending.append((customer, line, product, reason, late))
            elif rng.random() < _return_probability(customer, product.kind):
                pending.append((customer, line, product, _reason(rng, customer, product.kind, late), late))

    def _finish(self, customers, orders, line_items, pending) -> Tables:
        rng = self.rng
        orders.sort(key=lambda order: (order["order_ts"], order["customer_id"]))
        for number, order in enumerate(orders):
            order["order_id"] = f"O{number + 1000001:07d}"
        for number, line in enumerate(sorted(line_items, key=lambda line: line["order_id"]["order_id"])):
            line["line_item_id"] = f"L{number + 10000001:08d}"
        returns = []
        for customer, line, product, reason, late_delivery in pending:
            returns.extend(self._return(rng, customer, line, product, reason, late_delivery))
        returns.sort(key=lambda row: (row["request_ts"], row["line_item_id"]))
        for number, row in enumerate(returns):
            row["return_id"] = f"R{number + 1000001:07d}"
        for line in line_items:
            line["order_id"] = line["order_id"]["order_id"]
        line_items.sort(key=lambda line: line["line_item_id"])
        customer_rows = [
            {
                "customer_id": c.customer_id,
                "first_name": c.first_name,
                "country": c.country,
                "preferred_lang": c.lang,
                "created_at": c.created_at,
                "behaviour": c.behaviour,
            }
            for c in customers
        ]
        return Tables(customer_rows, orders, line_items, returns)

    def _return(self, rng, customer, line, product, reason, late_delivery) -> list[dict]:
        order = line["order_id"]
        kind = product.kind
        request_ts = (order["delivery_ts"] + _request_delay(rng, customer, reason)).replace(microsecond=0)
        if request_ts > END:
            return []
        late_request = request_ts - order["delivery_ts"] > RETURN_WINDOW
        outcome = _inspection(rng, customer, kind, reason)
        abuse = _confirmed_abuse(rng, outcome)
        amount = round(line["price"] * (1 - line["discount"]), 2)
        resolution, cause = _resolution(rng, reason, kind, outcome, abuse, late_request, amount)
        if resolution != "rejected":
            cause = None
        other_size = _other_size(rng, kind, line["size"], reason)
        text = compose_reason_text(
            rng, BANKS[customer.lang], reason, Situation(kind, line["size"], other_size, customer.country)
        )
        fee = 0.0 if get_reason(reason).shop_fault else LABEL_FEE[order["currency"]]
        case = replies.ReplyCase(
            first_name=customer.first_name,
            order_id=order["order_id"],
            product=kind.en if customer.lang == "en" else kind.fr,
            reason=reason,
            resolution=resolution,
            rejection_cause=cause,
            refund_amount=amount if resolution != "exchange" else 0.0,
            currency=order["currency"],
            request_ts=request_ts,
            other_size=other_size,
            label_fee=fee,
        )
        reply, contacted_again = replies.write_reply(rng, REPLY_BANKS[customer.lang], case)
        return [
            {
                "return_id": None,
                "line_item_id": line["line_item_id"],
                "order_id": order["order_id"],
                "customer_id": customer.customer_id,
                "request_ts": request_ts,
                "reason_text": text,
                "lang": customer.lang,
                "form_reason_code": _form_reason(rng, customer, reason),
                "label": _noisy_label(rng, reason),
                "resolution": resolution,
                "inspection_outcome": outcome,
                "confirmed_abuse": abuse,
                "agent_reply": reply,
                "contacted_again": contacted_again,
            }
        ]
