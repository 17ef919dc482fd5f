"""Data tests for the hand-written return-text corpus (data/corpus/<lang>/NN_<theme>.csv).

Every file in every language folder is checked: the schema, labels from the taxonomy, ids and
texts unique across the whole corpus, and the language column matching the folder.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from features.taxonomy import REASON_CODES

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "corpus"
COLUMNS = ["id", "lang", "text", "label", "product"]
FILE_NAME = re.compile(r"\d{2}_[a-z0-9_]+\.csv")
CORPUS_FILES = sorted(CORPUS_DIR.glob("*/*.csv"))


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    frames = [_read(path).assign(file=path.relative_to(CORPUS_DIR).as_posix()) for path in CORPUS_FILES]
    return pd.concat(frames, ignore_index=True)


def test_corpus_has_files_in_french() -> None:
    assert list((CORPUS_DIR / "fr").glob("*.csv")), "no French corpus file under data/corpus/fr"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: path.relative_to(CORPUS_DIR).as_posix())
def test_file_schema(path: Path) -> None:
    assert FILE_NAME.fullmatch(path.name), f"{path.name}: expected NN_<theme>.csv"
    frame = _read(path)
    assert list(frame.columns) == COLUMNS
    assert len(frame) > 0
    language = path.parent.name
    assert set(frame["lang"]) == {language}, f"{path.name}: lang column must be {language!r}"
    assert frame["id"].str.fullmatch(rf"c{language}\d{{4}}").all(), f"{path.name}: ids must look like c{language}0001"
    unknown = sorted(set(frame["label"]) - set(REASON_CODES))
    assert not unknown, f"{path.name}: labels outside the taxonomy: {unknown}"
    for column in ("text", "product"):
        blank = frame[frame[column].str.strip() == ""]["id"].tolist()
        assert not blank, f"{path.name}: empty {column} in {blank}"


def test_ids_unique_across_files(corpus: pd.DataFrame) -> None:
    repeated = corpus[corpus["id"].duplicated(keep=False)]
    assert repeated.empty, repeated[["id", "file"]].to_string()


def test_texts_unique_across_files(corpus: pd.DataFrame) -> None:
    normalised = corpus["text"].str.strip().str.lower()
    repeated = corpus[normalised.duplicated(keep=False)]
    assert repeated.empty, repeated[["id", "file", "text"]].to_string()


def test_french_corpus_covers_every_label(corpus: pd.DataFrame) -> None:
    french = corpus[corpus["lang"] == "fr"]
    missing = sorted(set(REASON_CODES) - set(french["label"]))
    assert not missing, f"French corpus has no text labelled {missing}"
