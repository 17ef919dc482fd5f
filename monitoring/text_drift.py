"""Text drift as one figure: how well a classifier tells current reason texts from reference ones.

Each text is a sentence embedding (`features.profile`); a logistic regression on their main
principal components, scored out of fold, gives a ROC-AUC: 0.5 when the two sets of texts cannot
be told apart, towards 1 when customers write differently (new words, a new language mix, new
products). This is Evidently's `ModelDriftMethod` idea; it is computed here because Evidently's
`EmbeddingsDrift` metric also renders a t-SNE plot, which took minutes of CPU per run for a
figure nobody reads.
"""

from __future__ import annotations

import numpy as np
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

METRIC_ID = "triage:text_domain_classifier_auc"
# With a few hundred current texts, all 512 dimensions let the classifier fit noise.
COMPONENTS = 20
FOLDS = 5


def domain_classifier_auc(reference: np.ndarray, current: np.ndarray, seed: int = 0) -> float:
    """Out-of-fold ROC-AUC of telling `current` embeddings (rows) from `reference` ones."""
    vectors = np.vstack([reference, current])
    is_current = np.r_[np.zeros(len(reference)), np.ones(len(current))]
    classifier = make_pipeline(
        PCA(n_components=min(COMPONENTS, vectors.shape[1]), random_state=seed), LogisticRegression(max_iter=1000)
    )
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    scores = cross_val_predict(classifier, vectors, is_current, cv=folds, method="predict_proba")[:, 1]
    return float(roc_auc_score(is_current, scores))
