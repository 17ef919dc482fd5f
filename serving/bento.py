"""A self-contained Bento of the triage service: code, policy, migrations and the champion models.

`build_bento` imports each registered champion (MLflow alias `champion`) into the BentoML model
store, tagged `<model name>:v<MLflow version>` and aliased by the model name, and builds a Bento of
`serving.service:TriageService` carrying them, their versions in the Bento's labels. Served from
the Bento (`bentoml serve <tag>`), `triage.registry` loads the models the Bento carries instead of
asking the MLflow registry, so the Bento needs only `TRIAGE_DATABASE_URL` and an API key.
"""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING, Any

from triage.registry import SERVICE_IMPORT_PATH, artifact_transfers, champion_version
from triage.settings import REPO_ROOT, Settings

if TYPE_CHECKING:
    import bentoml

BENTO_NAME = "returns_triage"
# What the service imports and reads at run time: the code of the layers it uses (migrations, console
# templates and static files live in `serving/`), and the policy in force.
INCLUDE = [
    "features/**/*.py",
    "models/**/*.py",
    "decisions/**/*.py",
    "serving/**",
    "triage/*.py",
    "config/policy.yaml",
]
EXCLUDE = ["**/__pycache__/**", "**/*.pyc"]


def model_names(settings: Settings) -> list[str]:
    """The registered models the service serves (the reason classifier is mandatory, the rest optional)."""
    return [settings.reason_model_name, settings.risk_model_name, settings.reply_model_name]


def import_champion(settings: Settings, model_name: str) -> bentoml.Model | None:
    """The BentoML model holding `model_name`'s champion, imported from MLflow unless already there;
    None when the model has no champion."""
    import bentoml

    version = champion_version(settings, model_name)
    if version is None:
        return None
    tag = f"{model_name}:v{version.version}"
    try:
        return bentoml.models.get(tag)
    except bentoml.exceptions.NotFound:
        with artifact_transfers(settings):  # the champion's files, downloaded from the registry
            return bentoml.mlflow.import_model(
                tag,
                model_uri=f"models:/{model_name}/{version.version}",
                labels={"mlflow_model": model_name, "mlflow_version": str(version.version)},
                metadata={"mlflow_run_id": version.run_id or "", "tracking_uri": settings.tracking_uri_shown},
            )


def python_packages() -> list[str]:
    """The project's runtime requirements, as pinned in pyproject.toml (for `bentoml containerize`)."""
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    return list(project["dependencies"])


def build_bento(settings: Settings, version: str | None = None) -> bentoml.Bento:
    """Build the Bento with every available champion; its labels name each model's MLflow version.

    Raises:
        NoChampionError: no reason classifier champion (the service cannot start without one).
    """
    import bentoml

    from triage.registry import NoChampionError, train_command

    settings.prepare_state()
    models: dict[str, Any] = {name: import_champion(settings, name) for name in model_names(settings)}
    if models[settings.reason_model_name] is None:
        raise NoChampionError(
            f"no champion version of {settings.reason_model_name!r} in {settings.tracking_uri_shown}; "
            f"run `{train_command(settings, settings.reason_model_name)}` first"
        )
    carried = {name: model for name, model in models.items() if model is not None}
    labels = {"project": "returns-triage"} | {
        f"model.{name}": model.info.labels["mlflow_version"] for name, model in carried.items()
    }
    return bentoml.build(
        SERVICE_IMPORT_PATH,
        name=BENTO_NAME,
        version=version,
        labels=labels,
        description="Returns triage: reason, abuse risk, policy decision and reply draft for return requests.",
        include=INCLUDE,
        exclude=EXCLUDE,
        models=[{"tag": str(model.tag), "alias": name} for name, model in carried.items()],
        # Locking would resolve the requirements against PyPI at build time; pyproject pins the ranges.
        python={"packages": python_packages(), "lock_packages": False},
        build_ctx=str(REPO_ROOT),
    )
