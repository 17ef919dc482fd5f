"""`triage predict reasons` rejects bad input with a clear message and a non-zero exit, never a traceback."""

import errno
import os
import stat
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import typer
from rich.progress import Progress
from typer.testing import CliRunner

from cli.app import app
from cli.common import predict_csv
from features.csv_input import BatchInputError, write_predictions
from serving.predict_reasons import read_texts_csv

runner = CliRunner()

# The start of an .xlsx as Excel writes it: a ZIP archive's first entry, its content types.
XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 16 + b"[Content_Types].xml"


def predict(input_path: Path, output_path: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["predict", "reasons", "--input", str(input_path), "--output", str(output_path)])
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"body,lang\nhello,en\n", "lacks columns: text (found: body, lang)"),
        (b"", "is empty"),
        (b"   \n", "is empty"),
        (b"text,lang\n", "has a header but no rows"),
        (b"text\ntrop \xe9troit\n", "is not UTF-8"),
        # read as a column "t" and one unnamed: "lacks columns: text (found: t, Unnamed: 1)"
        ("text\ntoo small\n".encode("utf-16-le"), "holds NUL bytes (the first at position 1)"),
        ("text\ntoo small\n".encode("utf-16"), "holds NUL bytes"),
        # a 50-million-character text was classified (80 s); the API refuses over 5,000
        (b"text\n" + b"x" * 5_001 + b"\n", "column text row 2: a text of 5,001 characters; at most 5,000"),
        # workbooks renamed .csv were "holds NUL bytes ... (UTF-16 or a binary file?)"
        (XLSX, "is a ZIP archive (an Excel .xlsx or OpenDocument workbook?), not a CSV: save it as CSV UTF-8"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "is an Excel 97-2003 .xls workbook, not a CSV"),
        # was classified as if the column were not there (/classify refuses the same language with a 422)
        (b"text,lang\ntrop petit,fr\ntoo small,xx\n", "column lang row 3: 'xx' is not one of en, fr (or empty)"),
        # a cell pasted by mistake was quoted whole
        (
            b"text,lang\ntoo small," + b"x" * 100_000 + b"\n",
            f"column lang row 2: {'x' * 40!r}… (100,000 characters) is not one of en, fr (or empty)",
        ),
        # was read as no language given, the language then detected (a French text read as English, say)
        (b"text,Lang\ntoo small,fr\n", "column 'Lang' is not read (the column read is spelled 'lang'): rename it"),
    ],
    ids=[
        "missing-column",
        "empty",
        "blank",
        "header-only",
        "latin-1",
        "utf-16-le",
        "utf-16",
        "long-text",
        "xlsx",
        "xls",
        "unknown-language",
        "language-pasted-by-mistake",
        "language-spelled-otherwise",
    ],
)
def test_bad_input_files(tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(content)
    code, output = predict(source, tmp_path / "out.csv")
    assert code == 2
    assert message in output
    assert "Traceback" not in output


def test_unreadable_path(tmp_path: Path) -> None:
    code, output = predict(tmp_path / "missing.csv", tmp_path / "out.csv")
    assert code == 2
    assert "cannot read" in output and "No such file" in output


def test_directory_as_input(tmp_path: Path) -> None:
    code, output = predict(tmp_path, tmp_path / "out.csv")
    assert code == 2
    assert "cannot read" in output


def test_output_folder_must_exist(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("text\ntoo small\n", encoding="utf-8")
    code, output = predict(source, tmp_path / "nowhere" / "out.csv")
    assert code == 2
    assert "does not exist" in output


def test_without_champion_names_the_training_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from triage.settings import get_settings

    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "empty-state"))
    get_settings.cache_clear()
    try:
        source = tmp_path / "in.csv"
        source.write_text("text\ntoo small\n", encoding="utf-8")
        code, output = predict(source, tmp_path / "out.csv")
    finally:
        get_settings.cache_clear()
    assert code == 1
    assert "triage train reasons" in output


def test_a_file_of_zeros_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    """A 1 GB sparse file of zeros took 19 s and was read whole, to say "lacks columns: text (found: Unnamed: 0)"."""
    source = tmp_path / "zeros.csv"
    with source.open("wb") as file:
        file.truncate(2**30)
    code, output = predict(source, tmp_path / "out.csv")
    assert code == 2 and "holds NUL bytes (the first at position 0)" in output


def test_the_output_may_not_be_the_input(tmp_path: Path) -> None:
    """The input was replaced by the predictions."""
    source = tmp_path / "in.csv"
    source.write_text("text\ntoo small\n", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(source)
    for output in (source, tmp_path / "link.csv"):
        code, said = predict(source, output)
        assert code == 2 and "is an input of this command" in said
    assert source.read_text(encoding="utf-8") == "text\ntoo small\n"


@pytest.mark.parametrize("kind", ["a FIFO", "a link to a FIFO"])
def test_an_output_that_is_no_regular_file_is_refused_and_left_as_it_is(tmp_path: Path, kind: str) -> None:
    """A file written whole is renamed over its path: `-o /dev/stdout` (a link), a FIFO or a device (run as root,
    `-o /dev/full` replaced the device node of /dev) was replaced by a regular file."""
    source = tmp_path / "in.csv"
    source.write_text("text\ntoo small\n", encoding="utf-8")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    output = fifo
    if kind == "a link to a FIFO":
        output = tmp_path / "stdout"
        output.symlink_to(fifo)
    for command in (["predict", "reasons", "-i", str(source), "-o", str(output)], ["report", "-o", str(output)]):
        result = CliRunner().invoke(app, command)
        said = " ".join(result.output.split())
        assert result.exit_code == 2 and f"cannot write {output}: it is not a regular file" in said, said
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and (kind == "a FIFO" or output.is_symlink())
    with pytest.raises(BatchInputError, match="it is not a regular file"):
        write_predictions(pd.DataFrame({"text": ["too small"]}), output)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_predictions_are_written_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that failed half-way (a full disk) left half a file where the last complete one was."""
    target = tmp_path / "out.csv"
    target.write_text("the last complete predictions\n", encoding="utf-8")
    frame = pd.DataFrame({"text": ["too small"] * 1000})

    def half_then_full(self: pd.DataFrame, file: Any, **_: Any) -> None:
        file.write("text\ntoo small\n")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", half_then_full)
    with pytest.raises(BatchInputError, match="No space left on device"):
        write_predictions(frame, target)
    assert target.read_text(encoding="utf-8") == "the last complete predictions\n"
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]
    monkeypatch.undo()
    write_predictions(frame, target)
    assert pd.read_csv(target)["text"].tolist() == ["too small"] * 1000
    with pytest.raises(BatchInputError, match="it is a folder"):
        write_predictions(frame, tmp_path)


def test_texts_a_spreadsheet_would_run_as_formulas_are_written_as_text(tmp_path: Path) -> None:
    # a customer's reason text (or a refused value in `data load --rejects`) starting with = + - @ was written as
    # typed, and a spreadsheet opening the predictions ran it
    texts = ['=HYPERLINK("http://x.example","refund")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1+1"]
    plain = ["too small", "-5", "+44", "12.5", "it's -ok", "1e3"]
    frame = pd.DataFrame({"text": texts + plain, "score": [-0.5] * len(texts + plain), "id": range(11)})
    target = tmp_path / "out.csv"
    write_predictions(frame, target)
    written = pd.read_csv(target, dtype={"text": str}, keep_default_na=False)
    assert written["text"].tolist() == [f"'{text}" for text in texts] + plain
    assert written["score"].tolist() == [-0.5] * 11  # numbers stay numbers


@pytest.mark.parametrize("kind", ["a symlink loop", "a link to a missing file"])
def test_an_output_that_is_a_link_leading_nowhere_is_refused_and_left_as_it_is(tmp_path: Path, kind: str) -> None:
    # the written file was renamed over the link: a symlink loop became a regular file, exit 0
    source = tmp_path / "in.csv"
    source.write_text("text\ntoo small\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    output.symlink_to(tmp_path / ("back.csv" if kind == "a symlink loop" else "missing.csv"))
    if kind == "a symlink loop":
        (tmp_path / "back.csv").symlink_to(output)
    for command in (["predict", "reasons", "-i", str(source), "-o", str(output)], ["report", "-o", str(output)]):
        result = CliRunner().invoke(app, command)
        said = " ".join(result.output.split())
        assert result.exit_code == 2 and f"cannot write {output}: it is not a regular file" in said, said
    with pytest.raises(BatchInputError, match="it is not a regular file"):
        write_predictions(pd.DataFrame({"text": ["too small"]}), output)
    assert output.is_symlink()


def test_a_write_refused_after_the_work_is_said_on_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a full disk the check before the work passes (an empty file fits): the refusal came after the work,
    below the progress bar's last state, in two lines."""
    source, target = tmp_path / "texts.csv", tmp_path / "out.csv"
    source.write_text("text\ntoo small\n", encoding="utf-8")

    def full(self: pd.DataFrame, file: Any, **_: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def classify(frame: pd.DataFrame, loaded: None, progress: Progress) -> pd.DataFrame:
        progress.advance(progress.add_task("reasons v1", total=len(frame)), len(frame))
        return frame.assign(reason="size_fit")

    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    with pytest.raises(typer.Exit) as exited:
        predict_csv(source, target, read_texts_csv, lambda frame: None, classify, lambda done, loaded: "wrote")
    assert exited.value.exit_code == 2
    assert capsys.readouterr().err.splitlines() == [f"error: cannot write {target}: No space left on device"]
