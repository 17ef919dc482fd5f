"""`triage predict reasons` rejects bad input with a clear message and a non-zero exit, never a traceback."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app

runner = CliRunner()


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
    ],
    ids=["missing-column", "empty", "blank", "header-only", "latin-1"],
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
