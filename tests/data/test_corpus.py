"""Data tests for the hand-written return texts: the training corpus (data/corpus/<lang>/NN_<theme>.csv)
and the drift demonstration's shifted texts (data/shift/, the same format).

Every file in every language folder of both is checked: the schema, labels from the taxonomy, ids and
texts unique across the whole set, the language column matching the folder, and enough texts of
every label in every language. Both become training text (the shifted texts through agents'
corrections), so these tests also prove they do not leak the evaluation texts: no text equals or
nearly equals a real customer text (../shared/data/real) or a blind-slice text (../shared/data/blind).
Those failures name our ids only, never the evaluation texts themselves. The shifted texts must also be
new to the corpus (no near copy of a corpus text), and a shifted text and its counterpart in the other
language (same id number) carry the same label.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from features.taxonomy import REASON_CODES

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
COLUMNS = ["id", "lang", "text", "label", "product"]
LANGUAGES = ("en", "fr")
FILE_NAME = re.compile(r"\d{2}_[a-z0-9_]+\.csv")


@dataclass(frozen=True)
class TextSet:
    folder: Path
    id_prefix: str
    # Every language holds at least this many texts of every label.
    min_per_label: int


SETS = {
    "corpus": TextSet(REPO_ROOT / "data" / "corpus", "c", 190),
    "shift": TextSet(REPO_ROOT / "data" / "shift", "s", 10),
}
FILES = [(name, path) for name, text_set in SETS.items() for path in sorted(text_set.folder.glob("*/*.csv"))]
# Character n-gram cosine at or above this counts as "nearly the same text" (a copy with a typo or two).
NEAR_DUPLICATE = 0.9


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def _file_id(file: tuple[str, Path]) -> str:
    return f"{file[0]}/{file[1].relative_to(SETS[file[0]].folder).as_posix()}"


def _load(name: str) -> pd.DataFrame:
    folder = SETS[name].folder
    frames = [_read(path).assign(file=path.relative_to(folder).as_posix()) for path in sorted(folder.glob("*/*.csv"))]
    return pd.concat(frames, ignore_index=True)


def _normalise(text: str) -> str:
    """Lowercase, accents and punctuation dropped, whitespace collapsed: the form evaluation texts are compared in."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


@pytest.fixture(scope="module", params=list(SETS))
def text_set(request: pytest.FixtureRequest) -> tuple[str, pd.DataFrame]:
    return request.param, _load(request.param)


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return _load("corpus")


@pytest.mark.parametrize("name", list(SETS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_files_in_every_language(name: str, language: str) -> None:
    assert list((SETS[name].folder / language).glob("*.csv")), f"no file under data/{name}/{language}"


@pytest.mark.parametrize("file", FILES, ids=_file_id)
def test_file_schema(file: tuple[str, Path]) -> None:
    name, path = file
    assert FILE_NAME.fullmatch(path.name), f"{path.name}: expected NN_<theme>.csv"
    frame = _read(path)
    assert list(frame.columns) == COLUMNS
    assert len(frame) > 0
    language = path.parent.name
    assert set(frame["lang"]) == {language}, f"{path.name}: lang column must be {language!r}"
    prefix = f"{SETS[name].id_prefix}{language}"
    assert frame["id"].str.fullmatch(rf"{prefix}\d{{4}}").all(), f"{path.name}: ids must look like {prefix}0001"
    unknown = sorted(set(frame["label"]) - set(REASON_CODES))
    assert not unknown, f"{path.name}: labels outside the taxonomy: {unknown}"
    for column in ("text", "product"):
        blank = frame[frame[column].str.strip() == ""]["id"].tolist()
        assert not blank, f"{path.name}: empty {column} in {blank}"
    # Trainers read the files with pandas' defaults, which turn texts such as "n/a" or "None" into NaN.
    as_missing = frame[pd.read_csv(path, encoding="utf-8")["text"].isna()]["id"].tolist()
    assert not as_missing, f"{path.name}: texts pandas reads as missing values: {as_missing}"


def test_ids_unique_across_files(text_set: tuple[str, pd.DataFrame]) -> None:
    _, texts = text_set
    repeated = texts[texts["id"].duplicated(keep=False)]
    assert repeated.empty, repeated[["id", "file"]].to_string()


def test_texts_unique_across_files(text_set: tuple[str, pd.DataFrame]) -> None:
    _, texts = text_set
    repeated = texts[texts["text"].str.strip().str.lower().duplicated(keep=False)]
    assert repeated.empty, repeated[["id", "file", "text"]].to_string()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_has_enough_texts(text_set: tuple[str, pd.DataFrame], language: str) -> None:
    name, texts = text_set
    minimum = SETS[name].min_per_label
    counts = texts[texts["lang"] == language]["label"].value_counts().reindex(REASON_CODES, fill_value=0)
    short = counts[counts < minimum].to_dict()
    assert not short, f"{name}, {language}: fewer than {minimum} texts for {short}"


def _evaluation_texts(folder: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted(folder.rglob("*.csv")):
        frame = _read(path)
        if "text" in frame.columns:
            texts.extend(frame["text"].tolist())
    return texts


def _copies(texts: pd.DataFrame, reference: list[str]) -> list[str]:
    """Ids of `texts` equal or nearly equal (character n-gram cosine) to a `reference` text, both normalised."""
    normalised = texts["text"].map(_normalise)
    reference = [_normalise(text) for text in reference]
    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit(normalised)
    similarity = vectoriser.transform(normalised) @ vectoriser.transform(reference).T
    rows = (similarity >= NEAR_DUPLICATE).nonzero()[0]
    return sorted(set(texts["id"][normalised.isin(set(reference))]) | set(texts["id"].iloc[rows]))


@pytest.mark.parametrize("slice_name", ["real", "blind"])
def test_no_text_copies_an_evaluation_text(text_set: tuple[str, pd.DataFrame], slice_name: str) -> None:
    folder = SHARED_DATA / slice_name
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    reference = _evaluation_texts(folder)
    assert reference, f"no texts read under {folder}"
    copies = _copies(text_set[1], reference)
    assert not copies, f"{text_set[0]} texts equal or nearly equal to {slice_name} texts: {copies}"


def test_shifted_texts_are_new_to_the_corpus(corpus: pd.DataFrame) -> None:
    copies = _copies(_load("shift"), corpus["text"].tolist())
    assert not copies, f"shift texts equal or nearly equal to corpus texts: {copies}"


def test_shifted_pairs_share_their_label() -> None:
    """The demo keeps a text and its counterpart in the other language on one side of its split by id number."""
    shift = _load("shift").assign(number=lambda frame: frame["id"].str[-4:])
    labels = shift.pivot(index="number", columns="lang", values="label").dropna()
    assert len(labels) > 100
    differ = labels[labels["en"] != labels["fr"]]
    assert differ.empty, f"pairs labelled differently: {differ.to_dict(orient='index')}"
