"""Compose customer return texts from a language's phrase banks, then add realistic noise.

The same composer serves every language: a language only contributes data (a `LanguageBank`).
A text is assembled from optional parts around one main complaint — openers, irrelevant context,
praise, body measurements, a minor second issue, a denial of a confusable reason, consequences,
requests, sign-offs — so that most texts never name their reason's obvious keyword. Noise
(typos, dropped accents, slang, caps, emojis) is applied last, with per-text probabilities.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from features.taxonomy import family_of
from triage.sample_data.catalogue import Noun, ProductKind

Phrases = tuple[str, ...]
# label (or family, or "*") -> vocabulary key (group, coarse group or "*") -> phrases
Keyed = Mapping[str, Mapping[str, Phrases]]

# Reasons a customer may mention as a minor side issue, and reasons they may explicitly rule out,
# given the main reason. Both make the keyword of one reason appear in another reason's text.
SIDE_ISSUES: dict[str, Phrases] = {
    "too_small": ("not_as_described", "poor_quality", "arrived_late", "no_longer_needed"),
    "too_large": ("not_as_described", "poor_quality", "arrived_late", "no_longer_needed"),
    "damaged_in_transit": ("arrived_late", "not_as_described", "poor_quality"),
    "defective": ("arrived_late", "poor_quality", "damaged_in_transit"),
    "poor_quality": ("too_small", "too_large", "not_as_described", "arrived_late"),
    "missing_parts": ("arrived_late", "damaged_in_transit", "poor_quality"),
    "not_as_described": ("too_small", "too_large", "poor_quality", "arrived_late"),
    "wrong_item": ("arrived_late", "damaged_in_transit"),
    "arrived_late": ("damaged_in_transit", "not_as_described", "poor_quality"),
    "no_longer_needed": ("too_small", "too_large", "not_as_described", "poor_quality", "arrived_late"),
    "other": (),  # "just returning" reads oddly after a side issue
}
RULED_OUT: dict[str, Phrases] = {
    "too_small": ("too_large", "poor_quality", "not_as_described"),
    "too_large": ("too_small", "poor_quality", "not_as_described"),
    "damaged_in_transit": ("defective", "poor_quality", "wrong_item"),
    "defective": ("damaged_in_transit", "missing_parts", "poor_quality"),
    "poor_quality": ("too_small", "too_large", "damaged_in_transit"),
    "missing_parts": ("damaged_in_transit", "defective", "wrong_item"),
    "not_as_described": ("too_small", "too_large", "damaged_in_transit", "wrong_item"),
    "wrong_item": ("not_as_described", "too_small", "too_large"),
    "arrived_late": ("poor_quality", "damaged_in_transit", "too_small", "too_large"),
    "no_longer_needed": ("too_small", "too_large", "poor_quality", "damaged_in_transit", "defective"),
    "other": (),
}
COARSE_GROUP: dict[str, str] = {
    "dress": "clothes",
    "top": "clothes",
    "bottoms": "clothes",
    "knit": "clothes",
    "coat": "clothes",
    "lingerie": "clothes",
    "shoes": "shoes",
    "bag": "carry",
    "accessory": "carry",
    "lamp": "home",
    "bedding": "home",
    "cookware": "home",
    "tableware": "home",
    "decor": "home",
    "appliance": "home",
    "personalised": "home",
}
SIZE_LABELS = ("too_small", "too_large")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
MAX_WORDS = 80
EMOJIS: Phrases = ("🙁", "😞", "😡", "🙄", "😅", "😕", "👎", "😩", "🤷", "😤", "😢", "🙏", "🤦")


@dataclass(frozen=True)
class LanguageBank:
    """Everything a language contributes to the composer: phrase banks and its grammar."""

    lang: str
    grammar: Callable[[Noun], dict[str, str]]
    complaints: Keyed
    keyword_complaints: Mapping[str, Phrases]
    short: Mapping[str, Phrases]
    minor: Mapping[str, Phrases]
    ruled_out: Mapping[str, Phrases]
    positives: Mapping[str, Phrases]
    narratives: Mapping[str, Phrases]
    measurements: Mapping[str, Phrases]
    consequences: Mapping[str, Phrases]
    requests: Mapping[str, Phrases]
    contexts: Phrases
    openers: Phrases
    closers: Phrases
    minor_joins: Phrases
    ruled_out_joins: Phrases
    heights: Phrases
    weights: Phrases
    usual_sizes: Mapping[str, Phrases]
    colours: Phrases
    fillers: Phrases
    hedges: Phrases
    synonyms: tuple[tuple[str, Phrases], ...]
    informal: tuple[tuple[str, str], ...]
    regional: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    orthography: tuple[tuple[str, str], ...] = ()
    accents_often_dropped: bool = False


@dataclass(frozen=True)
class Situation:
    """What the customer is writing about: the product, the sizes and where they live."""

    kind: ProductKind
    size: str | None
    other_size: str | None
    country: str


ELECTRIC_GROUPS = ("lamp", "appliance")
HARD_GROUPS = ("lamp", "appliance", "cookware", "tableware", "decor", "personalised")


def vocabulary_keys(group: str) -> tuple[str, ...]:
    """Bank keys to search for a product group, most specific first.

    "electric" holds phrases for things that plug in, "hard" for things that crack, dent or chip.
    """
    extra = ("electric",) * (group in ELECTRIC_GROUPS) + ("hard",) * (group in HARD_GROUPS)
    return (group, *extra, COARSE_GROUP[group], "*")


def _pick(rng: random.Random, phrases: Phrases) -> str:
    return phrases[rng.randrange(len(phrases))]


def _group_pool(by_key: Mapping[str, Phrases], group: str, rng: random.Random, generic: bool = True) -> Phrases:
    """Phrases for a product group: its own vocabulary is preferred over coarser or generic phrasing."""
    keys = [key for key in vocabulary_keys(group) if by_key.get(key) and (generic or key != "*")]
    if not keys:
        return ()
    weights = [3.0 if key == group else 2.0 if key != "*" else 1.5 for key in keys]
    return by_key[rng.choices(keys, weights)[0]]


def _keyed_pool(bank: Keyed, label: str, group: str, rng: random.Random) -> Phrases:
    """Phrases for a label and product group."""
    # Generic size phrasing is about clothes; products without sizes only use their own phrases.
    generic = label not in SIZE_LABELS or COARSE_GROUP[group] in ("clothes", "shoes")
    return _group_pool(bank.get(label, {}), group, rng, generic)


def for_reason(bank: Mapping[str, Phrases], label: str) -> Phrases:
    """Phrases for a label and its family together, else the generic ones."""
    return (bank.get(label, ()) + bank.get(family_of(label), ())) or bank.get("*", ())


def _fill(template: str, values: Mapping[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), template)


def _capitalise(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:] if sentence else sentence


def _clause(text: str) -> str:
    """A phrase usable inside a sentence: no final punctuation."""
    return text.rstrip(" .!")


class _Writer:
    """Builds one text; keeps the random source and the filled-in grammar together."""

    def __init__(self, rng: random.Random, bank: LanguageBank, label: str, situation: Situation) -> None:
        self.rng = rng
        self.bank = bank
        self.label = label
        self.group = situation.kind.group
        noun = situation.kind.en if bank.lang == "en" else situation.kind.fr
        self.values = bank.grammar(noun) | {
            "size": situation.size or "",
            "other_size": situation.other_size or "",
            "colour": _pick(rng, bank.colours),
            "height": _pick(rng, bank.heights),
            "weight": _pick(rng, bank.weights),
            "usual": _pick(rng, bank.usual_sizes.get(self.group) or bank.usual_sizes["*"]),
        }

    def fill(self, phrases: Phrases) -> str | None:
        # Phrases quoting a size only apply to products that have one.
        usable = [
            phrase for phrase in phrases if all(self.values.get(name, "?") for name in _PLACEHOLDER.findall(phrase))
        ]
        if not usable:
            return None
        return _fill(_pick(self.rng, usable), self.values)

    def keyed(self, bank: Keyed, label: str | None = None) -> str | None:
        return self.fill(_keyed_pool(bank, label or self.label, self.group, self.rng))

    def grouped(self, bank: Mapping[str, Phrases], generic: bool = True) -> str | None:
        return self.fill(_group_pool(bank, self.group, self.rng, generic))

    def main_complaint(self, keyword_share: float = 0.2) -> str:
        explicit = self.bank.keyword_complaints.get(self.label, ())
        if explicit and self.rng.random() < keyword_share:
            return self.fill(explicit) or ""
        return self.keyed(self.bank.complaints) or self.fill(explicit) or self.fill(self.bank.short[self.label]) or ""

    def side_label(self, table: Mapping[str, Phrases]) -> str | None:
        candidates = [
            label for label in table[self.label] if _keyed_pool(self.bank.complaints, label, self.group, self.rng)
        ]
        return self.rng.choice(candidates) if candidates else None

    def with_minor_issue(self, main: str) -> str:
        side = self.side_label(SIDE_ISSUES)
        minor = self.fill(self.bank.minor.get(side, ())) if side else None
        if not minor:
            return main
        return _fill(_pick(self.rng, self.bank.minor_joins), {"minor": _clause(minor), "main": _clause(main)})

    def size_denials(self, side: str) -> Phrases:
        """Denials of a size reason; generic ones ("the size is fine") only when the main reason is not a size."""
        generic = () if self.label in SIZE_LABELS else self.bank.ruled_out.get("size", ())
        return self.bank.ruled_out.get(side, ()) + generic

    def with_ruled_out(self, main: str) -> str:
        side = self.side_label(RULED_OUT)
        denial = self.fill(self.size_denials(side) if side in SIZE_LABELS else self.bank.ruled_out.get(side, ()))
        denial = denial if side else None
        if not denial:
            return main
        return _fill(_pick(self.rng, self.bank.ruled_out_joins), {"neg": _clause(denial), "main": _clause(main)})

    def optional(self, probability: float, phrase: str | None) -> list[str]:
        return [phrase] if phrase and self.rng.random() < probability else []


def _sentences(writer: _Writer) -> list[str]:
    """The sentences of one text, in order, before punctuation and noise.

    Shapes: a bare short phrase; a form entry (complaint, maybe details and a request); a review
    (praise, context and story around the complaint, which is not necessarily first); a complaint
    with a minor second issue; a complaint that first rules out a confusable reason.
    """
    rng, bank, label = writer.rng, writer.bank, writer.label
    shape = rng.choices(("short", "form", "review", "long", "minor", "ruled_out"), (0.09, 0.3, 0.28, 0.1, 0.12, 0.11))[
        0
    ]
    if shape == "short":
        return [writer.fill(bank.short[label]) or ""]
    if shape == "long":
        return _long_review(writer)
    # Joined clauses read badly around a bare keyword ("but mainly too small"), so those avoid it.
    main = writer.main_complaint(keyword_share=0.2 if shape in ("form", "review") else 0.0)
    first = main
    if shape == "minor":
        main = writer.with_minor_issue(main)
    elif shape == "ruled_out":
        main = writer.with_ruled_out(main)
    detail = writer.keyed(bank.complaints) if rng.random() < 0.3 else None
    core = [main] + ([detail] if detail and detail != first else [])
    if shape in ("form", "review") and rng.random() < 0.15:
        core[0] = f"{_pick(rng, bank.hedges)} {core[0]}"
    wearable = COARSE_GROUP[writer.group] in ("clothes", "shoes")
    measurement = writer.grouped(bank.measurements, generic=wearable)
    if label in SIZE_LABELS:
        core += writer.optional(0.45 if shape == "review" else 0.3, measurement)
    elif wearable and shape == "review" and rng.random() < 0.3:
        # Real reviews give sizes and fit notes for every kind of return, not only size ones.
        fit_note = writer.fill(writer.size_denials(rng.choice(SIZE_LABELS)))
        core = writer.optional(0.6, measurement) + writer.optional(0.7, fit_note) + core
    praise, story, context = writer.grouped(bank.positives), writer.grouped(bank.narratives), writer.fill(bank.contexts)
    consequence = writer.fill(for_reason(bank.consequences, label))
    request = writer.fill(for_reason(bank.requests, label))
    if shape == "review":
        lead = writer.optional(0.7, praise) + writer.optional(0.45, context) + writer.optional(0.5, story)
        if rng.random() < 0.3:  # a longer, chattier review
            lead += [writer.grouped(bank.positives) or "", writer.fill(bank.contexts) or ""]
        rng.shuffle(lead)
        tail = writer.optional(0.6, consequence) + writer.optional(0.25, request)
        if rng.random() < 0.3:  # the complaint first, praise as an afterthought
            return core + lead + tail
        return lead + core + tail
    lead = writer.optional(0.12, context) + writer.optional(0.2, story)
    tail = writer.optional(0.25, consequence) + writer.optional(0.4, request)
    return lead + core + tail + writer.optional(0.15, writer.fill(bank.closers))


def _long_review(writer: _Writer) -> list[str]:
    """A chatty review of 40-80 words: the complaint sits among praise, stories and side remarks."""
    rng, bank, label = writer.rng, writer.bank, writer.label
    wearable = COARSE_GROUP[writer.group] in ("clothes", "shoes")
    chatter = [writer.grouped(bank.positives), writer.grouped(bank.narratives), writer.fill(bank.contexts)]
    chatter += [writer.grouped(bank.positives), writer.fill(bank.contexts), writer.grouped(bank.narratives)]
    chatter = [sentence for sentence in dict.fromkeys(chatter) if sentence]
    rng.shuffle(chatter)
    main = writer.main_complaint(keyword_share=0.15)
    core = [writer.with_minor_issue(main) if rng.random() < 0.35 else main]
    core += writer.optional(0.6, writer.keyed(bank.complaints))
    measurement = writer.grouped(bank.measurements, generic=wearable)
    if label in SIZE_LABELS:
        core += writer.optional(0.6, measurement)
    elif wearable:
        fit_note = writer.fill(writer.size_denials(rng.choice(SIZE_LABELS)))
        core = writer.optional(0.35, measurement) + writer.optional(0.4, fit_note) + core
    split = rng.randint(1, min(3, len(chatter))) if chatter else 0
    tail = writer.optional(0.8, writer.fill(for_reason(bank.consequences, label)))
    tail += writer.optional(0.3, writer.fill(for_reason(bank.requests, label)))
    return chatter[:split] + core + chatter[split : split + 2] + tail


def _punctuate(rng: random.Random, sentences: list[str]) -> str:
    """Join sentences the way people type: mostly full stops, sometimes none, commas or exclamations."""
    style = rng.choices((". ", " ", ", ", "! ", "... ", "\n"), (0.62, 0.1, 0.12, 0.06, 0.05, 0.05))[0]
    pieces = [_clause(sentence) for sentence in sentences if sentence.strip()]
    text = ""
    for index, piece in enumerate(pieces):
        if index == 0 or style.strip(" ") not in (",", ""):
            piece = _capitalise(piece)
        if index == 0:
            text = piece
        elif text.endswith("?"):  # a question already ends its sentence
            text += (" " if style != "\n" else "\n") + _capitalise(piece)
        else:
            text += style.rstrip(" ") + (" " if style != "\n" else "") + piece
    if text.endswith("?"):
        return text
    return text + rng.choices(("", ".", "!", "!!", "?"), (0.4, 0.45, 0.08, 0.04, 0.03))[0]


def _orthography(text: str, bank: LanguageBank) -> str:
    """Apply the language's spelling rules to joined phrases (French elision: "que un" -> "qu'un")."""
    for pattern, replacement in bank.orthography:
        text = re.sub(pattern, replacement, text)
    return text


def _vary_words(rng: random.Random, text: str, bank: LanguageBank) -> str:
    """Swap common words for synonyms so that no phrase is always worded the same way."""
    for word, alternatives in bank.synonyms:
        if rng.random() < 0.4 and re.search(rf"\b{re.escape(word)}\b", text):
            text = re.sub(rf"\b{re.escape(word)}\b", _pick(rng, alternatives), text, count=1)
    return text


def _words_within(text: str, limit: int) -> bool:
    return len(text.split()) <= limit


def strip_accents(text: str) -> str:
    """Remove diacritics, as many French speakers do on phones and English keyboards."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if unicodedata.category(char) != "Mn"))


def _typo(rng: random.Random, text: str) -> str:
    """One keyboard slip: swap, drop or double a letter inside a word."""
    positions = [index for index in range(1, len(text) - 1) if text[index].isalpha() and text[index - 1].isalpha()]
    if not positions:
        return text
    index = rng.choice(positions)
    kind = rng.random()
    if kind < 0.4:
        return text[: index - 1] + text[index] + text[index - 1] + text[index + 1 :]
    if kind < 0.75:
        return text[:index] + text[index + 1 :]
    return text[:index] + text[index] + text[index:]


def _shout_one_word(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = [index for index, word in enumerate(words) if len(word) > 3]
    if candidates:
        index = rng.choice(candidates)
        words[index] = words[index].upper()
    return " ".join(words)


def add_noise(rng: random.Random, text: str, bank: LanguageBank, country: str, informal: bool) -> str:
    """Make a clean text look typed: regional words, slang, dropped accents, case, typos, emojis."""
    for pattern, replacement in bank.regional.get(country, ()):
        if rng.random() < 0.85:
            text = re.sub(pattern, replacement, text)
    if informal:
        for pattern, replacement in bank.informal:
            if rng.random() < 0.5:
                text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
        text = _orthography(text, bank)  # dropping "ne" re-exposes elisions: "je arrive" -> "j'arrive"
        if bank.fillers and rng.random() < 0.3:
            filler = _pick(rng, bank.fillers)
            text = f"{filler} {text}" if rng.random() < 0.3 else f"{text.rstrip('.')} {filler}"
    if bank.accents_often_dropped and rng.random() < (0.6 if informal else 0.3):
        text = strip_accents(text)
    case = rng.random()
    if case < 0.02:
        text = text.upper()
    elif case < 0.22 + (0.15 if informal else 0):
        text = text.lower()
    elif case < 0.3 + (0.15 if informal else 0):
        text = _shout_one_word(rng, text)
    for _ in range(rng.choices((0, 1, 2, 3), (0.62, 0.25, 0.09, 0.04))[0]):
        text = _typo(rng, text)
    if rng.random() < 0.05:
        text = re.sub(r"([!?.])$", r"\1\1\1", text) if re.search(r"[!?.]$", text) else text + "!!"
    if rng.random() < (0.15 if informal else 0.04):
        text = f"{text} {_pick(rng, EMOJIS)}"
    return text


def compose_reason_text(rng: random.Random, bank: LanguageBank, label: str, situation: Situation) -> str:
    """One customer-written return reason for `label` about `situation`, in the bank's language.

    Texts are 2 to 80 words: optional parts are dropped from the end of a too-long draft.
    """
    writer = _Writer(rng, bank, label, situation)
    sentences = list(dict.fromkeys(sentence for sentence in _sentences(writer) if sentence))
    opener = writer.fill(bank.openers) if rng.random() < 0.3 else None
    sentences = [_orthography(_vary_words(rng, sentence, bank), bank) for sentence in sentences]
    text = _punctuate(rng, sentences)
    while not _words_within(text, MAX_WORDS - 2) and len(sentences) > 1:
        sentences = sentences[:-1]
        text = _punctuate(rng, sentences)
    if opener:
        text = opener + rng.choice((" ", " ", "\n")) + text
    text = add_noise(rng, text, bank, situation.country, informal=rng.random() < 0.3)
    if len(text.split()) < 2:  # a one-word reason still comes with a greeting or a sign-off
        text = f"{_pick(rng, bank.openers)} {text}" if rng.random() < 0.5 else f"{text} {_pick(rng, bank.closers)}"
    return text if _words_within(text, MAX_WORDS) else " ".join(text.split()[:MAX_WORDS])
