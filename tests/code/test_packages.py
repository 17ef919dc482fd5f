"""The import packages are the repository's top-level folders, not same-named installed packages."""

import importlib
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("package", ["features", "models", "training", "serving", "monitoring", "triage"])
def test_package_resolves_inside_repo(package: str) -> None:
    module = importlib.import_module(package)
    assert Path(module.__file__).resolve().parent == REPO_ROOT / package
