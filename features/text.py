"""Text normalisation shared by training and serving, and the quoting of a refused value in messages.

Customers type reasons on phones: mixed case, stray whitespace, decomposed accents, missing
accents in French. Every text model sees the text through these functions, so what is learned
in training is exactly what is looked up in serving.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Literal

from features.pattern_rewrite import opened_by_its_words

# The longest customer text the project reads: the API refuses a longer one, and so do the CSV readers.
MAX_TEXT_CHARS = 5_000
# The longest reply an agent sends that feedback stores, whether posted to the API (`edited_reply`) or saved from the
# console: one feedback table, read by one reader, so one limit. A draft is at most 2,000 characters
# (`models.reply_checker.MAX_BODY_CHARS`), which leaves room for an agent's additions.
MAX_REPLY_CHARS = 5_000
# The longest id (a return's, a customer's, an order's, a SKU, an e-mail hash) the API takes, and so the CSV readers.
MAX_ID_CHARS = 64
_WHITESPACE = re.compile(r"\s+")
# How far back a rule reading the words just before a match looks (`words_before`): the longest such rule reads
# seven words (`models.item_nouns._CONTENTS`), which 200 characters hold at 27 characters a word.
WORDS_BEFORE_CHARS = 200
_NON_WORD = re.compile(r"\W")
# Control characters no keyboard types (tab and line breaks are text); PostgreSQL cannot store NUL at all. The ranges
# of a regular expression's character class, which the API description's patterns also use (`serving.api`).
CONTROL_CHARACTER_RANGES = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_CONTROL_CHARACTERS = re.compile(f"[{CONTROL_CHARACTER_RANGES}]")


def has_control_characters(text: str) -> bool:
    """Whether `text` holds a control character other than tab, line feed and carriage return: what the
    API and the console refuse in free text (a customer's reason, an agent's note or reply)."""
    return _CONTROL_CHARACTERS.search(text) is not None


# What an identifier never holds: controls, format characters (zero-width, bidi), line separators, unassigned code
# points and noncharacters, private use, surrogates.
NOT_IN_IDENTIFIERS = frozenset({"Cc", "Cf", "Zl", "Zp", "Cn", "Co", "Cs"})


# Why a value is not in the Unicode form its field holds to (`identifier_problem`).
_NOT_IN_FORM = {
    "NFC": "must be in Unicode NFC: an accent written as a combining mark makes another value that reads the same",
    "NFKC": "must be in Unicode NFKC: an accent written as a combining mark, a full-width letter or digit (Ｒ１) or a "
    "ligature (ﬁ) makes another id that reads the same",
}


def identifier_problem(value: str, form: Literal["NFC", "NFKC"] = "NFKC") -> str | None:
    """Why `value` is no identifier the API takes, or None. Ids are matched exactly (retries, feedback, lists):
    invisible or surrounding characters would make two ids that look the same differ. A size is held to NFC only:
    "7½" is how a half size is written, and NFKC reads it as "71⁄2"."""
    if value != value.strip():
        return "must not start or end with spaces"
    if any(unicodedata.category(char) in NOT_IN_IDENTIFIERS for char in value):
        return "must be printable: no control, zero-width, bidirectional, unassigned or private-use characters"
    # "Ré-1" with its accent typed as a combining mark looks like "Ré-1" and is another id: a retry a client's stack
    # normalised so was triaged as another return, beside the first. NFKC, not NFC: a full-width "Ｒ１" or a ligature
    # "ﬁ-1" is read as "R1" or "fi-1" by people, by search boxes and by the stacks that fold compatibility characters,
    # yet was another return. Refused rather than folded: the shop's own system matches its ids exactly, so a folded id
    # would no longer be the one it sent, and a retry it sends as first written is still that return.
    if not unicodedata.is_normalized(form, value):
        return _NOT_IN_FORM[form]
    return None


def quoted_cut(value: str, shown_chars: int = 40) -> str:
    """`value` quoted as a message refusing it quotes it: whole up to `shown_chars` characters (40: a name), else
    its first `shown_chars` and its length. A value pasted by mistake (a page, a 10 MB cell) is named, not printed: it
    drowned the message that refused it."""
    if len(value) <= shown_chars:
        return repr(value)
    return f"{value[:shown_chars]!r}… ({len(value):,} characters)"


def amount_text(amount: float) -> str:
    """A price or a ceiling as a message says it: digits grouped, cents only when there are some ("100,000",
    "70,368,744,177,664", "99.50"), and every decimal of one finer than a cent ("12.3456": rounded to cents, a price
    of 12.35 was "above max_item_price (12.35)"). Printed with :g, the highest ceiling read "7.03687e+13"."""
    if round(amount, 2) != amount:
        return f"{amount:,}"
    return f"{amount:,.2f}".removesuffix(".00")


# Why a number a parser reads as 0 is refused when it is not written as 0, by the problem's type: every amount the
# project takes is 0 or more, and no till writes either.
ZERO_MISREADS: dict[str, str] = {
    "negative_zero": "is a negative zero: every amount is 0 or more, written without a sign",
    "underflow": "reads as 0: it is below the smallest number a double holds",
}


def zero_misread(literal: str) -> str | None:
    """The problem (a key of `ZERO_MISREADS`) of a number written as `literal` that reads as 0 though it is not
    written as 0: a negative zero (`-0`, `-0.0`: a parser reads `-0` as 0, so no check for a sign sees it) or a number
    below what a double holds (`1e-400`, taken as a price of 0 where `1e-300` is refused as finer than a cent); None
    for any other literal (`0`, `0.0`, `0e5`, every other number, and what is no number)."""
    try:
        if float(literal) != 0:
            return None
    except ValueError:
        return None
    if literal.startswith("-"):
        return "negative_zero"
    mantissa = literal.lower().partition("e")[0]
    return "underflow" if any(digit in "123456789" for digit in mantissa) else None


# Every currency the shop sells in (features.schemas.CURRENCIES: EUR, GBP) counts in cents.
CENT_DECIMALS = 2
FINER_THAN_CENTS = f"has more than {CENT_DECIMALS} decimals (amounts are in cents)"


def finer_than_cents(written: str) -> bool:
    """Whether an amount written as `written` (a JSON number's literal, a CSV cell) has a digit other than 0 past its
    cents, read from its digits: read as a double first, `89.000000000000000000001` is 89.0 and passed every check made
    on the double, though no till writes it. False for a number in cents (trailing zeros included: `89.990`) and for
    what is no finite number, which its reader refuses as such."""
    try:
        amount = Decimal(written.strip())
    except InvalidOperation:
        return False
    if not amount.is_finite():
        return False
    _, digits, exponent = amount.as_tuple()
    past_cents = -int(exponent) - CENT_DECIMALS  # digits written past the cents, the last `past_cents` of `digits`
    return past_cents > 0 and any(digits[-past_cents:])


_WHOLE_NUMBER = re.compile(r"([+-]?)0*([0-9]+)")


def whole_number_within(written: str, low: int, high: int) -> int | None:
    """`written` as a whole number from `low` to `high` when it is one in ASCII digits (a sign allowed), else None.
    Its digits are counted before they are read: Python reads at most 4,300 (a ValueError past them, which a query
    string or an argument can hold: the console's queue answered 500 to 5,000 of them)."""
    match = _WHOLE_NUMBER.fullmatch(written)
    if match is None or len(match[2]) > len(str(max(abs(low), abs(high)))):
        return None
    value = int(match[1] + match[2])
    return value if low <= value <= high else None


# A number as a person writes it in a cell or an argument: ASCII digits, a point, an exponent. float() also reads
# "8_9" as 89, Arabic-Indic "٨٩" as 89, " 5 " as 5 and "nan" as a number: a reply promised a refund of £85 for a price
# "8_9", and `data generate --scale 1_0` simulated a shop ten times the size.
_WRITTEN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def written_number(written: str) -> float | None:
    """`written` as a number when it is written in ASCII digits (a sign, a point and an exponent allowed), else None;
    one past what a double holds (`1e999`) reads as infinite, for its reader's range to refuse."""
    return float(written) if _WRITTEN_NUMBER.fullmatch(written) else None


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun as a summary or a refusal says it: digits grouped, the noun singular for one ("1
    prediction", "10,000 returns"); `plural` for a noun not made plural by an s ("replies")."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def printable_name(name: str, max_chars: int) -> str:
    """A name as a store keeps it (an agent's, an API key's): without surrounding spaces, 1 to `max_chars`
    printable characters.

    Raises:
        ValueError: "1-N printable characters, got <the name as typed>": quoted before stripping, so a name of spaces
            reads as the spaces it is, for every kind of name alike.
    """
    stripped = name.strip()
    if not stripped or len(stripped) > max_chars or not stripped.isprintable():
        raise ValueError(f"1-{max_chars} printable characters, got {quoted_cut(name)}")
    return stripped


def words_before(text: str, end: int) -> str:
    """`text[:end]` cut to its last `WORDS_BEFORE_CHARS` characters, from the start of a word: what a rule that
    reads the few words just before a match (a pattern ending in `$`) needs.

    Such a rule searched the whole text before every match, so a text naming its subject at every word read
    the text once per match, quadratic in its length (benchmarks/slow_text.py). The word the cut falls in is
    left out: its end alone could read as another word ("casi|no broken" is no negation).
    """
    start = max(0, end - WORDS_BEFORE_CHARS)
    if start and not _NON_WORD.match(text, start - 1):
        boundary = _NON_WORD.search(text, start, end)
        start = boundary.start() if boundary else end
    return text[start:end]


# What ends a sentence for the keyword rules (`sentence_bounds`); `match_view` leaves no line break to end one.
SENTENCE_MARKS = ".!?"
# What ends a clause for them: a sentence's end, a semicolon, a colon or a comma.
CLAUSE_END = re.compile(r"[.!?;:,]")


def sentence_bounds(text: str, start: int, end: int, marks: str = SENTENCE_MARKS) -> tuple[int, int]:
    """Where the sentence holding `text[start:end]` (a rule's match) begins and ends: just after the last of `marks`
    before `start` (0 when there is none) and at the first of them from `end` on (`len(text)` when there is none).

    A rule reads the sentence of a match to see whether it is said as a condition, a threat or a denial; the
    sentence is read back from the match, never the whole text before it.
    """
    begin = max(text.rfind(mark, 0, start) for mark in marks) + 1
    ends = [found for mark in marks if (found := text.find(mark, end)) != -1]
    return begin, min(ends, default=len(text))


@cache
def _format_characters() -> dict[int, None]:
    """A `str.translate` table that deletes every format character (Unicode category Cf), built once."""
    return dict.fromkeys((code for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"), None)


def visible_text(text: str) -> str:
    """The text without its format characters: zero-width spaces and joiners, the word joiner, the BOM,
    soft hyphens, bidirectional marks, embeddings, overrides and isolates, tag characters.

    They print nothing, or only reorder what prints, so "bro\u200bken" reads as "broken" to a customer
    and must read so to the models and the keyword rules too: otherwise an invisible character could
    change a reason, a detected request or a decision.
    """
    return text if text.isascii() else text.translate(_format_characters())


# Markup a web form or a mail client passes on as typed: HTML/XML tags ("<b>", "</p>", "<br/>", "<img src=x>"),
# comments, doctypes and processing instructions, and character references ("&nbsp;", "&#233;", "&#x2019;"). A tag
# opens with a letter, "/", "!" or "?" right after "<", so "I <3 it" and "size < 40" hold none.
_MARKUP = re.compile(r"<!--.*?(?:-->|$)|<[A-Za-z/!?][^<>]*>|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);", re.S)


def without_markup(text: str) -> str:
    """The text with each piece of markup (`_MARKUP`) put as a space: what it says in words. "<b></b>" says nothing,
    "<b>the strap broke</b>" says "the strap broke"."""
    return _MARKUP.sub(" ", text) if "<" in text or "&" in text else text


def normalise_text(text: object, *, lowercase: bool = True) -> str:
    """Unicode NFC, without format characters (`visible_text`), collapsed whitespace, stripped,
    optionally lowercased.

    Accents are kept: the embedding model reads real French. Missing values become "".
    """
    if text is None or (isinstance(text, float) and text != text):  # None or NaN from pandas
        return ""
    cleaned = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", visible_text(str(text)))).strip()
    return cleaned.lower() if lowercase else cleaned


@cache
def regex(pattern: str) -> re.Pattern[str]:
    """`re.compile`, kept for good: the keyword rule tables hold more patterns than `re`'s own cache (512
    entries), which then compiled most of them again on every request. Alternatives that open with look-arounds
    look for their words first (`opened_by_its_words`: the same matches)."""
    return re.compile(opened_by_its_words(pattern))


@cache
def _combining_marks() -> dict[int, None]:
    """A `str.translate` table that deletes every character `unicodedata.combining` flags (built once:
    translating is a C loop, a per-character Python test was a measurable share of a served request)."""
    return dict.fromkeys((code for code in range(sys.maxunicode + 1) if unicodedata.combining(chr(code))), None)


def strip_combining(text: str) -> str:
    """The text without its combining characters (the accents of decomposed text)."""
    return text if text.isascii() else text.translate(_combining_marks())


def fold_accents(text: str) -> str:
    """Remove diacritics ("très petite" -> "tres petite").

    French customers often type without accents; n-gram features on the folded view treat
    both spellings as the same word.
    """
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", strip_combining(unicodedata.normalize("NFD", text)))


def ngram_view(text: object) -> str:
    """The view character and word n-grams are computed on: normalised, lowercased, accent-folded."""
    return fold_accents(normalise_text(text))


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
# The texts of a few served batches: a triage asks the view of one text about nine times (the text reading, the
# handover rules, the injury reading, the item's noun, ...), each of them folding it again.
VIEWS_MEMO = 1024


@lru_cache(maxsize=VIEWS_MEMO)
def match_view(text: str) -> str:
    """The view keyword rules match on: lower-case, accent-free, ligatures spelt out, straight apostrophes,
    single spaces, no format characters (customers drop accents and capitals, and type ’ or ' alike)."""
    # the ligatures no Unicode decomposition splits: « écœurée », « sœur » match the rules' "oe"
    folded = fold_accents(visible_text(text).replace("’", "'").replace("`", "'").translate(_LIGATURES))
    return _WHITESPACE.sub(" ", folded).strip().lower()
