"""MLflow set-up and the run metadata every training run records (dataset digest, git commit)."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pandas as pd

from features.tables import is_generated_sample

# Set-up lives with registry access (monitoring logs its runs too); training callers import it from here.
from triage.registry import GENERATED_DATA_TAG
from triage.registry import configure_tracking as configure_tracking
from triage.settings import REPO_ROOT


def dataset_digest(frame: pd.DataFrame) -> str:
    """A short content hash of a training frame, to tell later which data a model saw."""
    row_hashes = pd.util.hash_pandas_object(frame, index=False).to_numpy()
    return hashlib.sha256(row_hashes.tobytes()).hexdigest()[:16]


def git_commit() -> str | None:
    """The repository's HEAD commit, or None outside a git checkout."""
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, check=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


def log_run_metadata(frame: pd.DataFrame, dataset_name: str, source: str) -> None:
    """Record on the active run: the dataset (as an MLflow input with its digest), whether its folder `source` was the
    generated sample (`GENERATED_DATA_TAG`: where the sample may stand in for an empty history store) and the git
    commit."""
    import mlflow

    digest = dataset_digest(frame)
    dataset = mlflow.data.from_pandas(frame, source=source, name=dataset_name, digest=digest)
    mlflow.log_input(dataset, context="training")
    tags = {"dataset_digest": digest, GENERATED_DATA_TAG: str(is_generated_sample(Path(source))).lower()}
    commit = git_commit()
    if commit:
        tags["mlflow.source.git.commit"] = commit
    mlflow.set_tags(tags)
