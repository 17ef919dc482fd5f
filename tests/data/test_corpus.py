"""Data tests for the hand-written return-text corpus (data/corpus/<lang>/NN_<theme>.csv).

Every file in every language folder is checked: the schema, labels from the taxonomy, ids and
texts unique across the whole corpus, the language column matching the folder, and enough texts of
every label in every language. The corpus is training text, so these tests also prove it does not
leak the evaluation texts: no corpus text equals or nearly equals a real customer text
(../shared/data/real) or a blind-slice text (../shared/data/blind). Those failures name corpus ids
only, never the evaluation texts themselves.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from features.taxonomy import REASON_CODES

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO_ROOT / "data" / "corpus"
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
COLUMNS = ["id", "lang", "text", "label", "product"]
LANGUAGES = ("en", "fr")
FILE_NAME = re.compile(r"\d{2}_[a-z0-9_]+\.csv")
CORPUS_FILES = sorted(CORPUS_DIR.glob("*/*.csv"))
# Every language holds at least this many texts of every label (the corpus grows in batches).
MIN_PER_LABEL = 190
# Character n-gram cosine at or above this counts as "nearly the same text" (a copy with a typo or two).
NEAR_DUPLICATE = 0.9


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def _normalise(text: str) -> str:
    """Lowercase, accents and punctuation dropped, whitespace collapsed: the form evaluation texts are compared in."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    frames = [_read(path).assign(file=path.relative_to(CORPUS_DIR).as_posix()) for path in CORPUS_FILES]
    return pd.concat(frames, ignore_index=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_corpus_has_files_in_every_language(language: str) -> None:
    assert list((CORPUS_DIR / language).glob("*.csv")), f"no corpus file under data/corpus/{language}"


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
    # Trainers read the files with pandas' defaults, which turn texts such as "n/a" or "None" into NaN.
    as_missing = frame[pd.read_csv(path, encoding="utf-8")["text"].isna()]["id"].tolist()
    assert not as_missing, f"{path.name}: texts pandas reads as missing values: {as_missing}"


def test_ids_unique_across_files(corpus: pd.DataFrame) -> None:
    repeated = corpus[corpus["id"].duplicated(keep=False)]
    assert repeated.empty, repeated[["id", "file"]].to_string()


def test_texts_unique_across_files(corpus: pd.DataFrame) -> None:
    repeated = corpus[corpus["text"].str.strip().str.lower().duplicated(keep=False)]
    assert repeated.empty, repeated[["id", "file", "text"]].to_string()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_has_enough_texts(corpus: pd.DataFrame, language: str) -> None:
    counts = corpus[corpus["lang"] == language]["label"].value_counts().reindex(REASON_CODES, fill_value=0)
    short = counts[counts < MIN_PER_LABEL].to_dict()
    assert not short, f"{language}: fewer than {MIN_PER_LABEL} texts for {short}"


def _evaluation_texts(folder: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted(folder.rglob("*.csv")):
        frame = _read(path)
        if "text" in frame.columns:
            texts.extend(frame["text"].tolist())
    return texts


@pytest.mark.parametrize("slice_name", ["real", "blind"])
def test_no_corpus_text_copies_an_evaluation_text(corpus: pd.DataFrame, slice_name: str) -> None:
    folder = SHARED_DATA / slice_name
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    reference = [_normalise(text) for text in _evaluation_texts(folder)]
    assert reference, f"no texts read under {folder}"
    texts = corpus["text"].map(_normalise)
    exact = corpus[texts.isin(set(reference))]
    assert exact.empty, f"corpus texts equal to {slice_name} texts: {exact['id'].tolist()}"
    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit(texts)
    similarity = vectoriser.transform(texts) @ vectoriser.transform(reference).T
    rows = (similarity >= NEAR_DUPLICATE).nonzero()[0]
    near = sorted(set(corpus["id"].iloc[rows]))
    assert not near, f"corpus texts nearly equal to {slice_name} texts: {near}"
