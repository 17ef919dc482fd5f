"""Language detection (English or French) for return texts.

The shop only writes in English and French, so the detector is restricted to those two: that is
faster and far more accurate on 3-word texts than an open-set detector. A language the caller
already knows (the form's `lang` field) always wins over detection.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from features.schemas import LANGUAGES
from features.text import normalise_text

if TYPE_CHECKING:
    from lingua import LanguageDetector

DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """Build the lingua detector once per process (building it loads the language models)."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()


def detect_language(text: str) -> str:
    """ "en" or "fr" for a text; English when the text gives no clue (empty, emojis, digits)."""
    cleaned = normalise_text(text, lowercase=False)
    if not cleaned:
        return DEFAULT_LANGUAGE
    detected = _detector().detect_language_of(cleaned)
    if detected is None:
        return DEFAULT_LANGUAGE
    return "fr" if detected.name == "FRENCH" else "en"


def resolve_languages(texts: Sequence[str], langs: Sequence[str | None] | None = None) -> list[str]:
    """The language of each text: the given one when it is a known language, else detected."""
    if langs is not None and len(langs) != len(texts):
        raise ValueError(f"got {len(texts)} texts but {len(langs)} languages")
    given = langs if langs is not None else [None] * len(texts)
    resolved = []
    for text, lang in zip(texts, given, strict=True):
        code = normalise_text(lang) if isinstance(lang, str) else ""
        resolved.append(code if code in LANGUAGES else detect_language(text))
    return resolved
