"""The self-contained Bento (issue 17): `triage bento build` and `bentoml serve <tag>` from an empty folder.

The build runs the real command in a subprocess with a BentoML home and a registry of this module's
own (a tiny TF-IDF reason champion), so BentoML's store is never the developer's.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from serving.api import EXAMPLE_EN
from serving.db import create_db_engine, migrate
from serving.stores.api_keys import ApiKeyStore
from serving.stores.predictions import PredictionLog
from tests.service.conftest import ServerProcess, register_tiny_reason_champion
from triage.settings import Settings

VERSION = "testbuild"
OFFLINE = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}


@pytest.fixture(scope="module")
def built(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run `triage bento build`: the Bento's folder, its manifest, the BentoML home and the champion version."""
    root = tmp_path_factory.mktemp("bento")
    tracking_uri = f"sqlite:///{root / 'mlflow.db'}"
    version = register_tiny_reason_champion(tracking_uri, root / "mlruns", settings.reason_model_name)
    home = root / "bentoml"
    env = os.environ | {
        "BENTOML_HOME": str(home),
        "TRIAGE_STATE_DIR": str(root / "state"),
        "TRIAGE_MLFLOW_TRACKING_URI": tracking_uri,
    }
    triage = Path(sys.executable).with_name("triage")
    result = subprocess.run(
        [str(triage), "bento", "build", "--version", VERSION], env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == f"returns_triage:{VERSION}"
    folder = home / "bentos" / "returns_triage" / VERSION
    return {
        "folder": folder,
        "manifest": yaml.safe_load((folder / "bento.yaml").read_text()),
        "home": home,
        "version": version,
    }


def test_the_bento_carries_its_models_policy_and_migrations(built, settings) -> None:
    manifest, folder = built["manifest"], built["folder"]
    name = settings.reason_model_name
    assert manifest["service"] == "serving.service:TriageService"
    assert manifest["labels"][f"model.{name}"] == built["version"]
    assert manifest["models"] == [
        {"tag": f"{name}:v{built['version']}", "module": "bentoml.mlflow", "alias": name}
        | {"creation_time": manifest["models"][0]["creation_time"]}
    ]
    model_folder = built["home"] / "models" / name / f"v{built['version']}"
    assert (model_folder / "mlflow_model" / "MLmodel").is_file()
    source = folder / "src"
    assert (source / "config" / "policy.yaml").is_file()
    assert sorted(path.name for path in (source / "serving" / "migrations" / "versions").glob("0*.py"))
    assert (source / "serving" / "service.py").is_file() and (source / "decisions" / "assembler.py").is_file()
    assert not list(source.rglob("__pycache__")) and not (source / "tests").exists()
    assert not (source / "training").exists()  # the service never imports training


@pytest.mark.on_demand
def test_the_bento_serves_triage_from_an_empty_folder(built, settings, tmp_path) -> None:
    """Only the database URL and the pseudonym key configure it: no repository, no MLflow registry."""
    database_url = f"sqlite:///{tmp_path / 'triage.db'}"
    engine = create_db_engine(database_url)
    migrate(engine)
    _, key = ApiKeyStore(engine).create("bento-test")
    empty = tmp_path / "empty"
    empty.mkdir()
    env = OFFLINE | {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "BENTOML_HOME": str(built["home"]),
        "TRIAGE_DATABASE_URL": database_url,
        "TRIAGE_PSEUDONYM_KEY": "bento-test-key",
    }
    server = ServerProcess(
        tmp_path, tmp_path / "serve.log", env=env, target=f"returns_triage:{VERSION}", cwd=empty, clean_env=True
    )
    server.start(timeout=240)
    try:
        request = copy.deepcopy(EXAMPLE_EN)
        response = httpx.post(
            f"{server.url}/triage",
            json={"returns": [request]},
            headers={"Authorization": f"Bearer {key}"},
            timeout=60,
        )
    finally:
        server.kill()
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert result["model_versions"][settings.reason_model_name] == built["version"]
    assert result["reason"]["code"] and result["decision"] is not None, result
    assert PredictionLog(engine, b"unused").count() == 1
    assert list(empty.iterdir()) == []  # nothing read from or written to the working folder
    engine.dispose()
