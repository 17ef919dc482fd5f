"""A plain keyword-rule reason classifier (English and French).

It is the yardstick the learned models must beat clearly: if a handful of keywords scored as
well, the texts would be templated and the learned model would be learning nothing useful.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from features.embeddings import TextInputMixin, as_text_list
from features.taxonomy import REASON_CODES
from features.text import ngram_view

# Checked in order; the first rule whose pattern matches wins. Patterns run on the lowercased,
# accent-folded text, so French keywords are written without accents.
KEYWORD_RULES: tuple[tuple[str, str], ...] = (
    ("missing_parts", r"missing|not included|manque|manquant|incomplet"),
    ("wrong_item", r"wrong (item|size|colou?r|product)|not what i ordered|mauvais (article|produit)|erreur de"),
    ("damaged_in_transit", r"damaged|broken|crushed|scratched|abime|casse|ecrase|raye"),
    ("defective", r"defective|doesn'?t work|does not work|stopped working|defectueux|ne marche|ne fonctionne"),
    ("poor_quality", r"poor quality|cheap|fell apart|pilling|mauvaise qualite|bouloche|decousu"),
    ("not_as_described", r"not as described|different from the (photo|picture|description)|pas conforme"),
    ("arrived_late", r"\blate\b|too late|delayed|en retard|trop tard"),
    ("too_small", r"too small|too tight|too short|trop petit|trop serre|trop court"),
    ("too_large", r"too (big|large|loose|long)|trop (grand|large|long)"),
    ("no_longer_needed", r"changed my mind|no longer need|don'?t need|change d'avis|plus besoin"),
)
_COMPILED = tuple((code, re.compile(pattern)) for code, pattern in KEYWORD_RULES)
FALLBACK_REASON = "other"


def keyword_reason(text: str) -> str:
    """The reason of the first keyword rule matching the text, else "other"."""
    folded = ngram_view(text)
    return next((code for code, pattern in _COMPILED if pattern.search(folded)), FALLBACK_REASON)


class KeywordBaseline(TextInputMixin, ClassifierMixin, BaseEstimator):
    """Scikit-learn classifier wrapping `keyword_reason`; `fit` learns nothing but the class list."""

    def fit(self, texts: Any, y: Any = None) -> KeywordBaseline:
        self.classes_ = np.array(REASON_CODES)
        return self

    def predict(self, texts: Any) -> np.ndarray:
        check_is_fitted(self, "classes_")
        return np.array([keyword_reason(text) for text in as_text_list(texts)])
