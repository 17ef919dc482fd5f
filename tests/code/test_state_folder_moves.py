"""A state folder copied or moved serves its own champions: MLflow records artifact locations as absolute paths, so a
copy read the original's models and a moved folder lost its champions."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sklearn.dummy import DummyClassifier

from training.champion import register_and_gate
from triage import registry
from triage.registry import ChampionLoadError, RegistryUnavailableError, configure_tracking, load_champion
from triage.settings import Settings


def _registry_with_champion(state_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A state folder whose registry holds one champion of the reason model (a constant classifier)."""
    import mlflow

    monkeypatch.setenv("TRIAGE_STATE_DIR", str(state_dir))
    monkeypatch.delenv("TRIAGE_MLFLOW_TRACKING_URI", raising=False)
    settings = Settings()
    experiment = configure_tracking(settings)
    model = DummyClassifier(strategy="constant", constant="damaged").fit([[0], [1]], ["damaged", "other"])
    with mlflow.start_run(experiment_id=experiment.experiment_id) as run:
        mlflow.sklearn.log_model(model, name="model", serialization_format="pickle", pip_requirements=[])
    register_and_gate(settings, settings.reason_model_name, run.info.run_id, "model", 0.9, lambda _: 0.0)
    return settings


def _settings_at(state_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(state_dir))
    return Settings()


def test_a_moved_state_folder_keeps_its_champion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = tmp_path / "state"
    settings = _registry_with_champion(original, monkeypatch)
    assert load_champion(settings, settings.reason_model_name).model.predict([[0]])[0] == "damaged"

    moved = tmp_path / "moved"
    original.rename(moved)
    served = load_champion(_settings_at(moved, monkeypatch), settings.reason_model_name)
    assert served.model.predict([[0]])[0] == "damaged"


def test_a_copied_state_folder_reads_its_own_artifacts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = tmp_path / "state"
    settings = _registry_with_champion(original, monkeypatch)
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    shutil.rmtree(copy / "mlruns")  # a copy without its artifacts must not load the original's

    with pytest.raises(ChampionLoadError):
        load_champion(_settings_at(copy, monkeypatch), settings.reason_model_name)
    # the original still reads its own
    assert load_champion(_settings_at(original, monkeypatch), settings.reason_model_name).version == "1"


def test_a_copy_trains_into_its_own_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = tmp_path / "state"
    _registry_with_champion(original, monkeypatch)
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    experiment = configure_tracking(_settings_at(copy, monkeypatch))
    assert experiment.artifact_location == (copy / "mlruns").as_uri()


def test_a_copy_whose_registry_cannot_be_repointed_is_refused_naming_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a read-only copy went on with the recorded paths: the original's models, served without a word
    original = tmp_path / "state"
    settings = _registry_with_champion(original, monkeypatch)
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    shutil.rmtree(copy / "mlruns")
    opened = sqlite3.connect
    monkeypatch.setattr(
        registry.sqlite3, "connect", lambda path, timeout: opened(f"{Path(path).as_uri()}?mode=ro", uri=True)
    )
    with pytest.raises(RegistryUnavailableError) as refused:
        load_champion(_settings_at(copy, monkeypatch), settings.reason_model_name)
    message = str(refused.value)
    assert f"records its models under {(original / 'mlruns').as_uri()}" in message, message
    assert "readonly" in message and "TRIAGE_STATE_DIR" in message and "\n" not in message, message


def test_a_registry_file_that_is_no_database_is_left_to_mlflow_to_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = tmp_path / "state"
    state.mkdir()
    (state / "mlflow.db").write_bytes(b"not a database" * 100)
    with pytest.raises(RegistryUnavailableError, match=r"could not be read \(file is not a database\)"):
        load_champion(_settings_at(state, monkeypatch), "returns-reason-classifier")


def test_a_moved_registry_of_an_older_mlflow_is_repointed_in_the_tables_it_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # logged models came with MLflow 3: their table missing was refused as a registry that cannot be re-pointed
    original = tmp_path / "state"
    _registry_with_champion(original, monkeypatch)
    with contextlib.closing(sqlite3.connect(original / "mlflow.db")) as database, database:
        database.execute("DROP TABLE logged_models")
    moved = tmp_path / "moved"
    original.rename(moved)
    registry._follow_state_folder(_settings_at(moved, monkeypatch))
    with contextlib.closing(sqlite3.connect(moved / "mlflow.db")) as database:
        locations = [row[0] for row in database.execute("SELECT artifact_uri FROM runs")]
    assert locations and all(location.startswith((moved / "mlruns").as_uri() + "/") for location in locations)
