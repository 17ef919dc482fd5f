"""Slow text: every regular expression of the text readers timed on adversarial texts of the longest length a
request takes, then one full triage per adversarial text.

The reply drafter, the decisions and the feature readers read a customer's words with hundreds of regular
expressions; one that backtracks, or a caller that rescans the text once per match, turns a 5,000-character
text into seconds of a worker's time. The patterns are found by introspection, not by a list kept by hand:
every compiled pattern held by a module of `features`, `models`, `decisions` and `serving` (in its globals, in
containers held there and in its classes), and every string in such a container that reads as a pattern
(the keyword rule tables, compiled through `features.text.regex`), alone and as the alternation of its
container (the readers scan a kind's patterns one after another, `features.pattern_words.patterns_that_may_match`;
on a text that holds all their words the alternation does the same work at each position).

Each pattern scans (`finditer` to the end: a search's worst case) adversarial texts of `MAX_TEXT_CHARS`
characters, as typed and as the readers see them (`features.text.match_view`): repetitions of the pattern's
own words (each alone, all in turn, glued together), of common English and French words, of accents and
combining marks, and runs of whitespace, punctuation, digits and one letter. A slow scan is timed again on
half the text: a linear one takes about half the time, a quadratic one a quarter.

The readers that apply the patterns (`read_asks`, `handover_reasons`, `neutral_form`, `without_pointers`, `item_noun`,
`typeset_french`, the prediction log's `redact_contact_details`) then read those texts and ones where every match of a
rule table's kind follows what a rule on the words before a match looks for ("no broken no broken ...": a reader
asking such a rule at every match), each reader's slowest text again at half its length. Last,
`ModelSide.triage_batch` triages each generic text and each pattern's and each reader's slowest one as one return
(product name and customer name filled with the same text, up to their limits), through the models and the
prediction log. Prints the slowest
patterns, readers and triages; writes JSON (every pattern's slowest scan).

    TRIAGE_STATE_DIR=<copy of a served state> .venv/bin/python benchmarks/slow_text.py [--json out.json]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import itertools
import json
import pkgutil
import re
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from features.customer_asks import read_asks
from features.customer_asks.sizes import label_and_order_matches
from features.handover import handover_reasons, neutral_form, without_pointers
from features.injury import someone_hurt
from features.text import MAX_TEXT_CHARS, match_view
from models.item_nouns import CATEGORY_NOUNS, item_noun
from models.reply_grammar import typeset_french
from serving.api import EXAMPLE_EN
from serving.stores.predictions import redact_contact_details

EXAMPLE_CATEGORY = EXAMPLE_EN["product_category"]

# serving: the stores and the console read customers' and agents' text too (the log's redaction, the console's forms)
PACKAGES = ("features", "models", "decisions", "serving")
# alembic's migration scripts run against a database when imported
NOT_IMPORTED = ("serving.migrations",)
# Where a string in a rule table is a pattern rather than a plain word list entry.
PATTERN_SYNTAX = re.compile(r"\\[bwsdWSDB]|\(\?|[\[|*+{]")
OWN_WORD = re.compile(r"[^\W\d_]{2,}(?:['-][^\W\d_]+)*")
ESCAPE = re.compile(r"\\[a-zA-Z]")
# How many of a pattern's own words are each repeated alone (the rest come in the mixes).
OWN_WORDS_ALONE = 12
# A scan slower than this is timed again, REPEATS times in all, and its fastest kept.
RETIME_ABOVE_SECONDS = 0.001
REPEATS = 3
GENERIC_RUNS = {
    "one letter": "a",
    "two letters": "ab",
    "words: en": "the size was too small and i want a refund ",
    "words: fr": "je ne suis pas contente de la taille trop petite ",
    "negations": "no not never ",
    "negation words fr": "pas de rien sans ",
    "a word and a dot": "broken. ",
    "accents": "é",
    "accented words": "déçue très ",
    "combining marks": "e\u0301",
    "emoji": "🙂",
    "spaces": " ",
    "tabs and newlines": "\t\n",
    "newlines": "\n",
    "dots": ".",
    "exclamations": "!",
    "question and exclamation": "?!",
    "commas": ",",
    "apostrophes": "'",
    "hyphens": "-",
    "digits": "4",
    "sizes": "size 40 ",
    "slashes": "10/",
    "capitals": "REFUND NOW ",
    "letter and space": "a ",
    # unpunctuated words a pattern of the readers starts with: tried from every character of a sentence, such a text
    # cost read_asks its length squared (10x the text, 65x the time; tests held this until speed moved here)
    "one-letter word": "i ",
    "j'ai": "j'ai ",
    # the e-mail pattern read a run without "@" to its end from each character (redact_contact_details)
    "dots and hyphens": "a.b-",
    "word of 60 letters then a dot": "a" * 60 + ". ",
}


def text_modules() -> Iterator[ModuleType]:
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        yield package
        for info in pkgutil.walk_packages(package.__path__, f"{package_name}."):
            if not info.name.startswith(NOT_IMPORTED):
                yield importlib.import_module(info.name)


def _contents(value: object, depth: int = 0) -> Iterator[object]:
    """`value` and what its containers hold, to a few levels."""
    yield value
    if depth > 4:
        return
    if isinstance(value, dict):
        items: Any = itertools.chain(value.keys(), value.values())
    elif isinstance(value, list | tuple | set | frozenset):
        items = value
    else:
        return
    for item in items:
        yield from _contents(item, depth + 1)


def _pattern_strings(kind: list[object] | tuple[object, ...]) -> list[str]:
    return [item for item in kind if isinstance(item, str) and PATTERN_SYNTAX.search(item)]


def patterns_of(module: ModuleType) -> dict[str, re.Pattern[str]]:
    """Every pattern `module` defines, named `module.GLOBAL[#n]`; a tuple or list of pattern strings (a rule
    table's kind) also as its alternation (`module.GLOBAL (any of n)`): about the work of the readers' scan of each
    pattern in turn, and the source of `tail_texts`' subjects. A back-reference in it counts the groups of the
    patterns before it, so such a kind's alternation reads otherwise than any reader; its patterns are timed alone
    too."""
    found: dict[str, re.Pattern[str]] = {}
    holders: list[tuple[str, object]] = []
    for name, value in vars(module).items():
        if isinstance(value, type) and value.__module__ == module.__name__:
            holders += [(f"{name}.{attribute}", held) for attribute, held in vars(value).items()]
        elif not isinstance(value, ModuleType | type) and not callable(value):
            holders.append((name, value))
    for name, value in holders:
        compiled = [item for item in _contents(value) if isinstance(item, re.Pattern)]
        for index, pattern in enumerate(compiled):
            found[f"{module.__name__}.{name}" + (f"#{index}" if len(compiled) > 1 else "")] = pattern
        if isinstance(value, str):
            continue
        sources = [item for item in _contents(value) if isinstance(item, str) and PATTERN_SYNTAX.search(item)]
        kinds = [
            item for item in _contents(value) if isinstance(item, list | tuple) and len(_pattern_strings(item)) > 1
        ]
        for index, source in enumerate(sources):
            with contextlib.suppress(re.error):
                found[f"{module.__name__}.{name}[{index}]"] = re.compile(source)
        for index, kind in enumerate(kinds):
            with contextlib.suppress(re.error):
                alternation = "|".join(f"(?:{source})" for source in _pattern_strings(kind))
                found[f"{module.__name__}.{name} kind {index} (any of {len(kind)})"] = re.compile(alternation)
    return found


def all_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns of every text module, each source and flags once (the first name found)."""
    named: dict[str, re.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()
    for module in text_modules():
        for name, pattern in patterns_of(module).items():
            key = (pattern.pattern, pattern.flags)
            if isinstance(pattern.pattern, str) and key not in seen:
                seen.add(key)
                named[name] = pattern
    return named


def _filled(piece: str, limit: int = MAX_TEXT_CHARS) -> str:
    return (piece * (limit // max(1, len(piece)) + 1))[:limit]


def own_texts(pattern: re.Pattern[str]) -> dict[str, str]:
    """Texts made of the pattern's own words: each alone, all in turn, all glued, all with commas."""
    words = list(dict.fromkeys(OWN_WORD.findall(ESCAPE.sub(" ", pattern.pattern))))
    texts = {f"'{word}' repeated": _filled(f"{word} ") for word in words[:OWN_WORDS_ALONE]}
    if words:
        texts["its words in turn"] = _filled(" ".join(words) + " ")
        texts["its words glued"] = _filled("".join(words))
        texts["its words with commas"] = _filled(", ".join(words) + ", ")
        texts["its words, one sentence each"] = _filled(". ".join(words) + ". ")
    return texts


def generic_texts() -> dict[str, str]:
    return {name: _filled(piece) for name, piece in GENERIC_RUNS.items()}


def scan_seconds(pattern: re.Pattern[str], text: str) -> float:
    """The fastest of a few scans of a slow one: the machine's other work (a scheduler tick is milliseconds)
    would otherwise rank patterns by chance."""
    best = float("inf")
    for _ in range(REPEATS):
        began = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - began)
        if best < RETIME_ABOVE_SECONDS:
            break
    return best


def time_patterns(patterns: dict[str, re.Pattern[str]]) -> list[dict[str, Any]]:
    """Per pattern, its slowest scan over the generic and its own texts, typed and folded."""
    generic = generic_texts()
    rows = []
    for name, pattern in patterns.items():
        worst = {"seconds": 0.0, "text": None, "view": None}
        for text_name, text in {**generic, **own_texts(pattern)}.items():
            for view, shown in (("typed", text), ("folded", match_view(text))):
                seconds = scan_seconds(pattern, shown)
                if seconds > worst["seconds"]:
                    worst = {"seconds": seconds, "text": text_name, "view": view, "sample": shown}
        if worst["seconds"] > RETIME_ABOVE_SECONDS:
            # linear: about 2; quadratic: about 4
            half = scan_seconds(pattern, worst["sample"][: MAX_TEXT_CHARS // 2])
            worst["growth"] = worst["seconds"] / max(1e-9, half)
        rows.append({"pattern": name, **worst})
    return sorted(rows, key=lambda row: -row["seconds"])


def _first_word(pattern: re.Pattern[str]) -> str | None:
    return next(iter(OWN_WORD.findall(ESCAPE.sub(" ", pattern.pattern))), None)


def tail_texts(patterns: dict[str, re.Pattern[str]]) -> dict[str, str]:
    """Texts where every match of a rule table's kind follows what a rule on the words before a match (a pattern
    ending in `$`: a negation, an order already placed, "fits my") looks for: "no broken no broken ...". A
    reader that asks such a rule at each match is asked it at every word."""
    tails = {
        name: word
        for name, pattern in patterns.items()
        if pattern.pattern.endswith("$") and (word := _first_word(pattern))
    }
    subjects = {word for name, pattern in patterns.items() if "(any of" in name and (word := _first_word(pattern))}
    subjects.add(CATEGORY_NOUNS[EXAMPLE_CATEGORY].en)
    return {
        f"'{tail} {subject}' repeated ({name})": _filled(f"{tail} {subject} ")
        for name, tail in tails.items()
        for subject in sorted(subjects)
    }


# What the readers remember of the texts they read last (`features.text.VIEWS_MEMO`, the label-and-order patterns'
# matches): forgotten before each timed call, so that a text read before (by another reader, or by the call before) is
# timed as a first reading.
MEMOS = (match_view, someone_hurt, handover_reasons, label_and_order_matches)


def forget_memos() -> None:
    for memo in MEMOS:
        memo.cache_clear()


def readers() -> dict[str, Any]:
    """The functions that read a customer's text with the patterns, as the pipeline calls them."""
    return {
        "read_asks": read_asks,
        "handover_reasons": lambda text: handover_reasons(text, "en"),
        "neutral_form": lambda text: neutral_form(text, "fr"),
        "without_pointers": lambda text: without_pointers(text, "fr"),
        "item_noun": lambda text: item_noun(EXAMPLE_CATEGORY, None, text),
        "typeset_french": typeset_french,
        "redact_contact_details": redact_contact_details,
    }


def time_readers(texts: dict[str, str]) -> list[dict[str, Any]]:
    """Per reader, its slowest text and how its time grows from half the text to the whole."""
    rows = []
    for name, reader in readers().items():
        worst: dict[str, Any] = {"reader": name, "seconds": 0.0}
        for text_name, text in texts.items():
            seconds = call_seconds(reader, text)
            if seconds > worst["seconds"]:
                worst = {"reader": name, "seconds": seconds, "text": text_name, "sample": text}
        worst["growth"] = worst["seconds"] / max(1e-9, call_seconds(reader, worst["sample"][: MAX_TEXT_CHARS // 2]))
        rows.append(worst)
    return rows


def call_seconds(reader: Any, text: str) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        forget_memos()
        began = time.perf_counter()
        reader(text)
        best = min(best, time.perf_counter() - began)
        if best < RETIME_ABOVE_SECONDS * 10:
            break
    return best


def return_request(text: str) -> dict[str, Any]:
    return {
        **EXAMPLE_EN,
        "return_id": f"SLOW-{uuid.uuid4().hex[:12]}",
        "reason_text": text,
        "lang": None,
        "customer_name": _filled(re.sub(r"[^\w' -]", "a", text[:100]) or "a", 100).strip() or "Ann",
        "product_name": _filled(re.sub(r"[^\w' -]", "a", text[:200]) or "a", 200).strip() or "Shoes",
    }


def time_triages(texts: dict[str, str]) -> list[dict[str, Any]]:
    """Seconds of `ModelSide.triage_batch` for each text as a return of its own."""
    from pydantic import ValidationError

    from serving.api import ReturnRequest
    from serving.model_side import ModelSide
    from triage.settings import get_settings

    engine = ModelSide(get_settings())
    engine.triage_batch([ReturnRequest.model_validate(return_request("Too small, I need a 40."))])  # warm-up
    rows = []
    for name, text in texts.items():
        try:
            request = ReturnRequest.model_validate(return_request(text))
        except ValidationError as refused:
            rows.append({"text": name, "seconds": None, "refused": refused.errors()[0]["msg"]})
            continue
        forget_memos()
        began = time.perf_counter()
        engine.triage_batch([request])
        rows.append({"text": name, "seconds": time.perf_counter() - began})
    engine.database.dispose()
    return sorted(rows, key=lambda row: -(row["seconds"] or 0.0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="Write the figures here.")
    parser.add_argument("--show", type=int, default=15, help="How many of the slowest to print.")
    parser.add_argument("--no-triage", action="store_true", help="Time the patterns only.")
    args = parser.parse_args()
    patterns = all_patterns()
    began = time.perf_counter()
    rows = time_patterns(patterns)
    print(f"{len(patterns)} patterns timed in {time.perf_counter() - began:.1f} s; the slowest scans:")
    for row in rows[: args.show]:
        growth = f"x{row['growth']:.1f} from half" if "growth" in row else ""
        print(f"  {row['seconds'] * 1000:8.2f} ms {growth:>15}  {row['pattern']}  on {row['text']} ({row['view']})")
    texts = generic_texts()
    # each pattern's slowest text (typed, so the readers fold it themselves)
    for row in rows:
        own = own_texts(patterns[row["pattern"]]).get(row["text"])
        if own is not None:
            texts[f"{row['pattern']}: {row['text']}"] = own
    tails = tail_texts(patterns)
    began = time.perf_counter()
    reader_rows = time_readers({**texts, **tails})
    print(f"{len(readers())} readers on {len(texts) + len(tails)} texts in {time.perf_counter() - began:.1f} s:")
    for row in reader_rows:
        print(f"  {row['seconds'] * 1000:8.2f} ms x{row['growth']:.1f} from half  {row['reader']}  on {row['text']}")
    triages: list[dict[str, Any]] = []
    if not args.no_triage:
        # and the slowest text of each reader
        texts.update({f"{row['reader']}: {row['text']}": row["sample"] for row in reader_rows})
        triages = time_triages(texts)
        print(f"{len(triages)} triages; the slowest:")
        for row in triages[: args.show]:
            shown = "refused: " + row["refused"] if row["seconds"] is None else f"{row['seconds'] * 1000:8.1f} ms"
            print(f"  {shown}  {row['text']}")
    if args.json:
        summary = {
            "patterns": len(patterns),
            "max_text_chars": MAX_TEXT_CHARS,
            "slowest_scan_seconds": {row["pattern"]: round(row["seconds"], 6) for row in rows},
            "slowest_scans": [{key: value for key, value in row.items() if key != "sample"} for row in rows[:40]],
            "readers": [{key: value for key, value in row.items() if key != "sample"} for row in reader_rows],
            "triages": triages,
        }
        args.json.write_text(json.dumps(summary, indent=1))
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
