"""A review sheet of reply drafts, read the way a support lead reads them.

Builds requests from the project's own texts (`data/corpus/` and `data/handover/`, never the real or
blind evaluation texts), half English and half French, one situation each: inside and outside the
return window, a free and a paid label, a non-returnable category, the free-return quota used up, a
fault described (also past the window), an exchange asked with a size, an explicit request (no
printer, refund elsewhere, a call, a label by email), an angry customer, a cheap item the customer
keeps, a risky customer, a reason given that the text contradicts, an unsure reason, a long
review-style text and a short SMS-style one; a first name on every other request. The texts are drawn
with `--seed`, so another seed gives a sheet nobody read while fixing drafts.

Each request is drafted through `serving.predict_replies.draft_replies_frame` (what `triage predict
replies` runs) with the state's champions; rows without a reason are read by the reason champion.
Prints per situation the decisions, handovers and checker failures, and writes the sheet (CSV, the
`triage predict replies` input), the drafts (JSON) and a plain-text file to read them in.

    TRIAGE_STATE_DIR=... TRIAGE_REPLY_PREPARED_ON=2026-12-02 .venv/bin/python benchmarks/reply_review_sheet.py \
        [--seed 13] [--size 80] [--output-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from decisions.policy import load_policy
from features.text import fold_accents
from models.item_nouns import CATEGORY_NOUNS, item_noun
from serving.predict_replies import draft_replies_frame
from triage.registry import load_champion
from triage.settings import get_settings

ROOT = Path(__file__).resolve().parents[1]
REQUEST_DAY = date(2026, 11, 27)

# Words (accent-free, lower case) that place a product in one of the shop's categories.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "dresses": ("dress", "robe", "skirt", "jupe", "jumpsuit", "combinaison"),
    "tops": ("t-shirt", "shirt", "chemise", "chemisier", "blouse", "top", "haut", "debardeur", "corset top"),
    "trousers": ("trousers", "pantalon", "leggings", "legging", "shorts", "joggers", "chinos", "dungarees"),
    "jeans": ("jeans", "jean"),
    "knitwear": ("jumper", "pull", "cardigan", "gilet", "hoodie", "sweatshirt", "sweater", "chandail"),
    "outerwear": ("coat", "manteau", "jacket", "veste", "parka", "raincoat", "blazer", "doudoune", "trench coat"),
    "shoes": ("shoes", "chaussures", "trainers", "baskets", "boots", "bottes", "sandals", "sandales", "heels",
              "escarpins", "slippers", "chaussons", "hiking boots", "bottines", "mocassins", "loafers"),
    "underwear": ("bra", "soutien-gorge", "socks", "chaussettes", "pyjamas", "pyjama", "briefs", "culotte",
                  "tights", "collant", "maillot de bain", "swimsuit"),
    "bags": ("bag", "sac", "handbag", "sac a main", "backpack", "sac a dos", "suitcase", "valise", "wallet",
             "portefeuille"),
    "accessories": ("watch", "montre", "sunglasses", "lunettes de soleil", "necklace", "collier", "ring", "bague",
                    "earrings", "boucles d'oreilles", "hat", "gloves", "scarf", "echarpe", "belt", "ceinture"),
    "lighting": ("lamp", "lampe", "desk lamp", "lampadaire", "lampshade", "abat-jour", "string lights",
                 "guirlande", "ceiling light", "plafonnier"),
    "bedding": ("duvet cover", "housse de couette", "duvet", "couette", "pillow", "oreiller", "sheets", "draps",
                "blanket", "couverture", "throw", "plaid", "towel", "serviette"),
    "kitchen": ("frying pan", "pan", "poele", "saucepan", "casserole", "mug", "dinner set", "knife", "couteau",
                "teapot", "plates", "assiettes", "glasses", "verres", "cocotte"),
    "decor": ("rug", "tapis", "vase", "mirror", "miroir", "cushion", "coussin", "candle", "bougie", "curtains",
              "rideaux", "frame", "cadre", "clock", "horloge"),
    "small_appliances": ("kettle", "bouilloire", "toaster", "grille-pain", "blender", "mixeur", "coffee machine",
                         "cafetiere", "machine a cafe", "hair dryer", "seche-cheveux", "hair straightener",
                         "lisseur", "air fryer", "friteuse", "vacuum", "aspirateur", "iron", "fer a repasser"),
    "personalised": ("personalised", "personnalise", "engraved", "grave"),
}  # fmt: skip
_CATEGORY_PATTERNS = {
    category: re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    for category, words in CATEGORY_WORDS.items()
}
# Products whose name holds another category's word but which are something else: the category they are in
# (the sample catalogue's, `triage/sample_data/catalogue.py`: leggings are trousers, pyjamas underwear, a
# jumpsuit a dress), or None for what none of the shop's categories holds (safety and sports gear, nightwear
# other than pyjamas, tools, car and desk mats, heaters), so the sheet does not draw it.
OTHER_KINDS: tuple[tuple[str | None, tuple[str, ...]], ...] = (
    ("trousers", ("running tights", "sports tights", "cycling tights", "gym tights", "collant de running",
                  "collant de sport")),
    ("underwear", ("boxer shorts", "chemise de nuit", "nightdress", "nightie", "pyjama combinaison")),
    ("outerwear", ("combinaison de ski",)),
    ("kitchen", ("oven gloves",)),
    ("accessories", ("reading glasses", "glasses case")),
    ("lighting", ("ring light",)),
    (None, ("life jacket", "swim vest", "buoyancy aid", "gilet de sauvetage", "bath robe", "bathrobe",
            "dressing gown", "robe de chambre", "peignoir", "sleeping bag", "sac de couchage", "sac de frappe",
            "combinaison de plongee", "combinaison neoprene", "combinaison de moto", "combinaison moto",
            "combinaison pilote", "combinaison de travail", "hard hat", "garden gloves", "gardening gloves",
            "welding gloves", "work gloves", "rubber gloves", "tool belt", "tool bag", "back support belt",
            "ceinture lombaire", "bague anti-ronflement", "meuble a chaussures", "towel rail", "walking frame",
            "vacuum bags", "poele a bois", "poele a petrole", "tapis de souris", "tapis de voiture",
            "tapis de coffre", "tapis de course", "tapis de yoga", "tapis de jeu", "tapis d'eveil")),
)  # fmt: skip
_OTHER_KIND_PATTERNS = tuple(
    (category, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])"))
    for category, words in OTHER_KINDS
)
# A product for a pet is none of the shop's categories, whatever garment it is shaped like (a dog coat).
_FOR_A_PET = re.compile(r"(?<![\w-])(?:dogs?|cats?|pets?|chiens?|chats?|chiots?)(?![\w-])")
# Categories whose items are worn and fit a body: a message telling how its item fits, naming none, is about one.
FITTED_CATEGORIES = ("dresses", "tops", "trousers", "jeans", "knitwear", "outerwear", "shoes")
# Words that tell how an item fits its wearer (accent-free, lower case), or that it does not suit them (« la couleur ne
# me va pas », « qu'elle ne m'aille pas »); not what it does not go with (« ne va pas avec le canapé »).
_TELLS_FIT = re.compile(
    r"\b(?:sizes?|tailles?|pointure|fits?|fitted|swamps?|too (?:big|small|tight|loose|large|long|short|baggy)|"
    r"trop (?:grand|petit|serre|large|juste|ample|court|long)e?s?|serre|serree|"
    r"ne (?:me |m')(?:va|vont|aille|aillent|allait|allaient))\b"
)
FREE_CATEGORIES = ("dresses", "tops", "trousers", "jeans", "knitwear", "outerwear", "shoes", "bags", "accessories")
PAID_CATEGORIES = ("lighting", "kitchen", "small_appliances")
FIRST_NAMES = {"en": ("Olivia", "Tom", "Priya", "James", "Aisha"), "fr": ("Camille", "Louis", "Inès", "Hugo", "Léa")}


def category_of(words: str, lang: str | None = None) -> str | None:
    """The category of the product `words` name (a product name, or a customer's text when `lang` is None).

    A product name's category is its head noun's: the last product word in English ("dress watch" is a watch),
    the first in French (« veste en jean » is a jacket); in a text, the product named first. A compound that is
    something else (`OTHER_KINDS`) or a product named for a pet is placed apart first (a text about "live
    chat" or the customer's dog is about some other product).
    """
    view = fold_accents(str(words)).lower()
    for category, pattern in _OTHER_KIND_PATTERNS:
        if pattern.search(view):
            return category
    if lang is not None and _FOR_A_PET.search(view):
        return None
    found = [
        (match.start(), match.end(), category)
        for category, pattern in _CATEGORY_PATTERNS.items()
        for match in pattern.finditer(view)
    ]
    if not found:
        return None
    if lang == "en":
        return max(found, key=lambda place: (place[1], place[1] - place[0]))[2]
    return min(found, key=lambda place: (place[0], place[0] - place[1]))[2]


def category_of_message(text: str) -> str | None:
    """The category of the item a handover message names: by the sheet's words (`category_of`), else by the nouns a
    draft names the item with (`models.item_nouns`: « la housse renvoyée » is decor's cover), so the request's
    category never contradicts the item the text is about; None when it names no item of the shop's categories.

    A noun counts only when one of its words is in the text: the item nouns also read an item from its context
    (a remote control is an electric blanket's in bedding), which places nothing.
    """
    placed = category_of(text)
    if placed is not None:
        return placed
    view = fold_accents(text).lower()
    named = []
    for category in CATEGORY_WORDS:
        noun = item_noun(category, None, text)
        places = [view.find(fold_accents(word).lower()) for word in (noun.en, noun.fr)]
        if noun != CATEGORY_NOUNS[category] and max(places) >= 0:
            named.append((min(place for place in places if place >= 0), category))
    return min(named)[1] if named else None


def guessed_category(text: str, guess: str) -> str:
    """The category a message naming no item is drafted under: `guess`, the one drawn for it, unless the message tells
    how the item fits and `guess` holds nothing worn (« Mais une taille trop petite. » is no kitchen item); then a
    worn one picked from `guess` without a draw, so every seed still draws the texts it drew."""
    if guess in FITTED_CATEGORIES or not _TELLS_FIT.search(fold_accents(text).lower()):
        return guess
    return FITTED_CATEGORIES[list(CATEGORY_WORDS).index(guess) % len(FITTED_CATEGORIES)]


def load_texts() -> pd.DataFrame:
    """The corpus and handover texts with the category their product words name (None when none), their
    language, label (None for handover texts), source and whether a handover text needs a person."""
    corpus = pd.concat([pd.read_csv(path) for path in sorted((ROOT / "data/corpus").glob("*/*.csv"))])
    categories = [category_of(product, lang) for product, lang in zip(corpus["product"], corpus["lang"], strict=True)]
    corpus = corpus.assign(source="corpus", category=categories, needs_person=0, file=corpus["id"])
    handover = pd.read_csv(ROOT / "data/handover/handover_messages.csv")
    handover = handover.assign(
        source="handover", label=None, category=handover["text"].map(category_of_message), file=None
    )
    texts = pd.concat([corpus, handover], ignore_index=True)
    texts["folded"] = texts["text"].map(lambda text: fold_accents(str(text)).lower())
    return texts


@dataclass(frozen=True)
class Situation:
    """One kind of request on the sheet: which texts fit it and what the request says besides the text."""

    name: str
    pick: Callable[[pd.DataFrame], pd.Series]
    request: Callable[[pd.Series, np.random.Generator], dict[str, object]]
    categories: tuple[str, ...] | None = None


def _labels(*labels: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda texts: texts["label"].isin(labels)


def _matching(pattern: str, source: str | None = None) -> Callable[[pd.DataFrame], pd.Series]:
    compiled = re.compile(pattern)
    return lambda texts: (
        texts["folded"].str.contains(compiled) & (texts["source"] == source if source else texts["source"].notna())
    )


def _request(days_since_delivery: int = 6, **fields: object) -> Callable[[pd.Series, np.random.Generator], dict]:
    def build(text: pd.Series, rng: np.random.Generator) -> dict[str, object]:
        return {
            "product_category": text["category"],
            "price": fields.get("price", float(rng.choice([24.0, 39.0, 59.0, 89.0]))),
            "delivery_date": (REQUEST_DAY - timedelta(days=days_since_delivery)).isoformat(),
            **{key: value for key, value in fields.items() if key != "price"},
        }

    return build


_PREFERENCE = _labels("no_longer_needed", "too_small", "too_large")
_FAULT = _labels("defective", "damaged_in_transit", "missing_parts", "wrong_item", "poor_quality")
SITUATIONS: tuple[Situation, ...] = (
    Situation("inside_window_free", _PREFERENCE, _request(), FREE_CATEGORIES),
    Situation("outside_window", _PREFERENCE, _request(days_since_delivery=45)),
    Situation("paid_label_category", _labels("no_longer_needed", "too_small", "too_large"), _request(),
              PAID_CATEGORIES),
    Situation("non_returnable", _labels("no_longer_needed", "too_small", "too_large", "other"), _request(),
              ("underwear", "personalised")),
    Situation("quota_used", _PREFERENCE, _request(free_returns_used="3"), FREE_CATEGORIES),
    Situation("fault_described", _FAULT, _request()),
    Situation("fault_outside_window", _labels("defective", "poor_quality"), _request(days_since_delivery=60)),
    Situation("exchange_with_size", lambda t: _labels("too_small", "too_large")(t) & t["folded"].str.contains(
        r"\b(?:size|taille|need a|en \d{2}|w\d{2}|\d{2})\b"), _request(size="M"), ("dresses", "tops", "knitwear",
              "outerwear")),
    Situation("explicit_request", _matching(
        r"no printer|have a printer|pas d'imprimante|sans imprimante|email (?:me )?the label|send (?:me )?(?:a |the )?"
        r"label|l'etiquette par (?:e-?)?mail|collect|venir (?:le |la |les )?chercher|another card|new card|"
        r"autre carte|nouvelle carte|other account|autre compte|call me|phone me|ring me|me rappeler|m'appeler|"
        r"me telephoner|appelez-moi"), _request()),
    Situation("angry_or_person", lambda t: (t["source"] == "handover") & (t["needs_person"] == 1), _request()),
    Situation("happy_exclamation", lambda t: (t["source"] == "handover") & (t["needs_person"] == 0)
              & t["text"].str.contains("!"), _request()),
    Situation("keep_item_cheap", _labels("no_longer_needed", "poor_quality", "defective"),
              _request(price=8.0, risk_score="0.01")),
    Situation("risky_customer", _PREFERENCE, _request(risk_score="0.3")),
    Situation("reason_contradicts_text", _labels("too_small", "too_large", "no_longer_needed"),
              _request(reason="damaged_in_transit")),
    Situation("fault_reason_given_as_preference", _labels("defective", "damaged_in_transit"),
              _request(reason="no_longer_needed")),
    Situation("unsure_reason", lambda t: t["label"].isin(["other", "not_as_described", "poor_quality"]),
              _request(needs_review="true")),
    Situation("long_review", lambda t: (t["source"] == "corpus") & (t["text"].str.len() > 400), _request()),
    Situation("short_form", lambda t: (t["source"] == "corpus") & (t["text"].str.len() < 45), _request()),
    Situation("late_delivery", _labels("arrived_late"), _request()),
    Situation("not_as_described_or_wrong_item", _labels("not_as_described", "wrong_item"), _request()),
)  # fmt: skip


def build_sheet(texts: pd.DataFrame, seed: int, size: int) -> pd.DataFrame:
    """`size` requests, the situations in turn, alternating English and French, each text used once."""
    rng = np.random.default_rng(seed)
    # A handover message often names no product: it is about any returnable item.
    unplaced = texts["category"].isna() & (texts["source"] == "handover")
    drawn = rng.choice([c for c in CATEGORY_WORDS if c not in ("underwear", "personalised")], int(unplaced.sum()))
    guessed = [guessed_category(text, guess) for text, guess in zip(texts.loc[unplaced, "text"], drawn, strict=True)]
    placed = texts.assign(category=texts["category"].mask(unplaced, pd.Series(guessed, index=texts.index[unplaced])))
    placed = placed[placed["category"].notna()]
    used: set[int] = set()
    rows = []
    for index in range(size):
        situation = SITUATIONS[(index // 2) % len(SITUATIONS)]
        lang = ("en", "fr")[index % 2]
        fits = situation.pick(placed) & (placed["lang"] == lang) & ~placed.index.isin(used)
        if situation.categories is not None:
            fits &= placed["category"].isin(situation.categories)
        pool = placed[fits]
        if pool.empty:
            continue
        text = pool.loc[pool.index[rng.integers(len(pool))]]
        used.add(text.name)
        request = situation.request(text, rng)
        rows.append(
            {
                "situation": situation.name,
                "source_id": text["id"],
                "text": text["text"],
                "lang": lang,
                "currency": "GBP" if lang == "en" else "EUR",
                "request_date": REQUEST_DAY.isoformat(),
                "first_name": FIRST_NAMES[lang][index % 5] if index % 4 < 2 else "",
                "order_id": f"O{seed:03d}{index:04d}",
                **request,
            }
        )
    return pd.DataFrame(rows).fillna("")


def draft_sheet(sheet: pd.DataFrame) -> pd.DataFrame:
    """The sheet drafted as `triage predict replies` drafts it, with the state's champions."""
    settings = get_settings()
    drafter = load_champion(settings, settings.reply_model_name).model
    reasons = load_champion(settings, settings.reason_model_name).model
    columns = [column for column in sheet.columns if column not in ("situation", "source_id")]
    frame = sheet[columns].astype(str).replace("", None)
    drafted = draft_replies_frame(frame, drafter, load_policy(settings.policy_path), settings, reasons)
    return pd.concat([sheet[["situation", "source_id"]], drafted], axis=1)


def readable(drafted: pd.DataFrame) -> str:
    """Every request and its draft, one after another, as a reviewer reads them."""
    blocks = []
    for number, row in enumerate(drafted.itertuples(), start=1):
        header = (
            f"#{number} [{row.situation}] {row.lang} {row.product_category} {row.price} {row.currency} "
            f"delivered {row.delivery_date} size={row.size or '-'} used={row.free_returns_used or 0} "
            f"risk={row.risk_score or '-'} -> reason {row.reason}, {row.decision}, handover={row.handover} "
            f"({row.handover_reasons or '-'}), requests={row.requests or '-'}, check={row.check_problems}"
        )
        blocks.append(f"{header}\nTEXT: {row.text}\nSUBJECT: {row.subject}\n{row.body}\n")
    return ("\n" + "-" * 100 + "\n").join(blocks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--size", type=int, default=80, help="Requests on the sheet.")
    parser.add_argument("--output-dir", type=Path, default=None, help="Default: the state's reports folder.")
    args = parser.parse_args()
    out = args.output_dir or get_settings().reports_dir / "reply_review"
    out.mkdir(parents=True, exist_ok=True)
    sheet = build_sheet(load_texts(), args.seed, args.size)
    stem = f"sheet_seed{args.seed}"
    sheet.drop(columns=["situation", "source_id"]).to_csv(out / f"{stem}.csv", index=False)
    drafted = draft_sheet(sheet)
    (out / f"{stem}_drafts.txt").write_text(readable(drafted))
    records = drafted.astype(object).where(drafted.notna(), None).to_dict(orient="records")
    (out / f"{stem}_drafts.json").write_text(json.dumps(records, indent=1, ensure_ascii=False, default=str))
    failed = drafted["check_problems"] != "[]"
    print(f"{len(drafted)} requests ({Counter(drafted['lang'])}), seed {args.seed}")
    for situation, group in drafted.groupby("situation", sort=False):
        decisions = ", ".join(f"{code} {count}" for code, count in Counter(group["decision"]).most_common())
        print(
            f"  {situation:<34} {len(group):>2}: {decisions}; handover {int(group['handover'].sum())}, "
            f"checker failures {int(failed[group.index].sum())}"
        )
    print(
        f"decisions {dict(Counter(drafted['decision']))}; handover {int(drafted['handover'].sum())}; "
        f"checker failures {int(failed.sum())}"
    )
    print(f"wrote {out}/{stem}.csv, {stem}_drafts.json, {stem}_drafts.txt")


if __name__ == "__main__":
    main()
