"""The one place that resolves which registered model version serves.

Everything that needs a production model (batch prediction, the service, the champion gate)
goes through `load_champion` / `load_model_version`, so "which version is live" is decided by
the MLflow alias `champion` and nowhere else. A Bento of the service (`triage bento build`) carries
the champions of its build; served from it, `load_champion` loads those instead.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from triage.settings import REPO_ROOT, Settings

SERVICE_IMPORT_PATH = "serving.service:TriageService"
# Exists only when this code runs from a built Bento: BentoML serves a Bento from its `src/` folder,
# which sits beside the Bento's manifest.
BENTO_FILE = REPO_ROOT.parent / "bento.yaml"


class NoChampionError(RuntimeError):
    """No version of a model carries the champion alias yet."""


class ChampionLoadError(NoChampionError):
    """The champion's artifact is missing, corrupt or incompatible: as unusable as no champion."""


class RegistryUnavailableError(RuntimeError):
    """The registry did not answer, or answered with an error: which version is champion is unknown, which is not
    "no champion" (a command would train a new one, or serve without a model that exists)."""


# What the registry answers for a model never registered, and for an alias no version carries: no champion.
_NOT_FOUND = ("RESOURCE_DOES_NOT_EXIST", "INVALID_PARAMETER_VALUE")


@dataclass(frozen=True)
class ChampionModel:
    """A loaded champion and where it came from (recorded next to every prediction)."""

    model: Any
    name: str
    version: str
    run_id: str | None


def train_command(settings: Settings, model_name: str) -> str:
    """The CLI command that trains and registers a model."""
    commands = {settings.reason_model_name: "triage train reasons", settings.risk_model_name: "triage train risk"}
    return commands.get(model_name, "triage train --help")


def _client(settings: Settings) -> Any:
    """An MLflow client on the settings' tracking URI, with model loading enabled.

    The registry lives in our own state folder and only holds models this project trained, so
    unpickling them is trusted; MLflow 3 refuses it unless told so explicitly.
    """
    import mlflow
    from mlflow.environment_variables import MLFLOW_ALLOW_PICKLE_DESERIALIZATION

    _open_registry(settings)
    mlflow.set_tracking_uri(settings.tracking_uri)
    mlflow.set_registry_uri(settings.tracking_uri)
    MLFLOW_ALLOW_PICKLE_DESERIALIZATION.set("true")
    return mlflow.MlflowClient(tracking_uri=settings.tracking_uri, registry_uri=settings.tracking_uri)


# MLflow's retries of a call to a tracking server that fails (7, back-off factor 2: four minutes of a server answering
# 503 before the command said anything); its own MLFLOW_HTTP_REQUEST_* variables still choose when set.
_SERVER_RETRIES = {"MLFLOW_HTTP_REQUEST_MAX_RETRIES": "2", "MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR": "1"}


def _call_seconds(settings: Settings) -> int:
    """How long a try of MLflow's call waits for the tracking server: MLflow reads whole seconds."""
    return math.ceil(settings.registry_answer_seconds)


def _timed_out(error: BaseException) -> bool:
    """Whether an MLflow error comes of a call the tracking server never answered: MLflow words it as any failure,
    the timeout sits in the chain of causes (`requests`' own, or urllib3's behind its retries)."""
    import requests
    from urllib3.exceptions import MaxRetryError
    from urllib3.exceptions import TimeoutError as CallTimeout

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, requests.Timeout | CallTimeout):
            return True
        reasons = [argument.reason for argument in seen.args if isinstance(argument, MaxRetryError)]
        if any(isinstance(reason, CallTimeout) for reason in reasons):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


# MLflow's wait for each try of a call (its own default 120 s), read from the environment on each call.
_CALL_WAIT = "MLFLOW_HTTP_REQUEST_TIMEOUT"


def _bound_server_calls(settings: Settings) -> None:
    """Bound MLflow's calls of the tracking server: its retries (`_SERVER_RETRIES`), and each try's wait for an answer
    to `registry_answer_seconds` (MLflow's own is 120 s: a server that answered `/health` and hung on its API calls
    held a command six minutes before the refusal). Calls moving a model's files wait as MLflow does
    (`artifact_transfers`)."""
    for variable, value in _SERVER_RETRIES.items():
        os.environ.setdefault(variable, value)  # MLflow reads them from the environment on each call
    with _TRANSFERS.lock:
        if not _TRANSFERS.running:
            os.environ.setdefault(_CALL_WAIT, str(_call_seconds(settings)))


@dataclass
class _Transfers:
    """The artifact transfers under way in this process, and the call wait the first of them lifted (None: a wait
    set outside, or none, applies throughout)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    running: int = 0
    lifted: str | None = None


_TRANSFERS = _Transfers()


@contextlib.contextmanager
def artifact_transfers(settings: Settings) -> Iterator[None]:
    """MLflow's own wait (120 s a try) for the calls inside, which move a model's files to or from a tracking server:
    the server stores an upload whole in its artifacts destination before it answers (an object store's upload of
    the model), and fetches a download whole before its first byte. At `registry_answer_seconds` (10 s) a model whose
    store took longer failed its training after three uploads, or failed to load. A wait set outside
    (MLFLOW_HTTP_REQUEST_TIMEOUT other than the registry's) stays; other threads' calls meanwhile wait as long."""
    with _TRANSFERS.lock:
        if not _TRANSFERS.running and os.environ.get(_CALL_WAIT) == str(_call_seconds(settings)):
            _TRANSFERS.lifted = os.environ.pop(_CALL_WAIT)
        _TRANSFERS.running += 1
    try:
        yield
    finally:
        with _TRANSFERS.lock:
            _TRANSFERS.running -= 1
            if not _TRANSFERS.running and _TRANSFERS.lifted is not None:
                os.environ.setdefault(_CALL_WAIT, _TRANSFERS.lifted)
                _TRANSFERS.lifted = None


def _check_server_answers(settings: Settings) -> None:
    """Raise `RegistryUnavailableError` when the tracking server does not answer within `registry_answer_seconds`,
    and bound MLflow's calls of it (`_bound_server_calls`).

    MLflow retries a call seven times with a growing back-off and a 120 s timeout each: a server that accepted
    connections and never answered held `triage predict reasons` for minutes, one that refused them for 100 s, and
    both then read as a registry without a champion. Any HTTP answer of `/health` will do (a proxy in front may want
    credentials there): it is the silence that is refused here, MLflow's error codes say the rest.
    """
    if settings.tracking_uri.startswith("postgresql"):
        _check_database_answers(settings)
    local_file = Path(settings.tracking_uri.removeprefix("sqlite:///"))
    if settings.tracking_uri.startswith("sqlite:///") and local_file.exists() and not local_file.is_file():
        # MLflow retried opening it for two minutes, then said "unable to open database file"
        kind = "a folder" if local_file.is_dir() else "no regular file (a FIFO, a socket or a device)"
        raise RegistryUnavailableError(
            f"the registry {settings.tracking_uri_shown} is {kind}, not a database file: check TRIAGE_STATE_DIR "
            "and TRIAGE_MLFLOW_TRACKING_URI"
        )
    if not settings.tracking_uri.startswith(("http://", "https://")):
        return
    import requests

    _bound_server_calls(settings)
    seconds = settings.registry_answer_seconds
    try:
        requests.get(f"{settings.tracking_uri.rstrip('/')}/health", timeout=seconds, allow_redirects=False)
    except requests.Timeout:
        why = f"did not answer within {seconds:g} s (TRIAGE_REGISTRY_ANSWER_SECONDS)"
    except requests.RequestException as error:
        why = f"could not be reached ({type(error).__name__})"
    else:
        return
    raise RegistryUnavailableError(
        f"the registry {settings.tracking_uri_shown} {why}: check TRIAGE_MLFLOW_TRACKING_URI and that its tracking "
        "server runs"
    )


def _check_database_answers(settings: Settings) -> None:
    """Raise `RegistryUnavailableError` when the registry's PostgreSQL server does not take a connection within
    `registry_answer_seconds`: MLflow retries opening it 15 times with a doubling back-off, most of an hour of a
    command saying nothing."""
    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool

    # libpq reads whole seconds, and fewer than 2 as 2
    seconds = max(2, math.ceil(settings.registry_answer_seconds))
    engine = sa.create_engine(settings.tracking_uri, poolclass=NullPool, connect_args={"connect_timeout": seconds})
    try:
        with _registry_read(settings), engine.connect():
            pass
    finally:
        engine.dispose()


# The most of a driver's or MLflow's words a refusal quotes: MLflow's carry the server's whole answer.
_SAID_CHARS = 300


@contextlib.contextmanager
def _registry_read(settings: Settings) -> Iterator[None]:
    """Raise `RegistryUnavailableError` for a registry that cannot be read: a database SQLAlchemy cannot read (a file
    that is no SQLite database, a server that refuses) or a tracking server that answers its calls with errors (a
    proxy's 503 before a stopped server). Each was a traceback from every command, MLflow's with the server's password
    in clear."""
    from mlflow.exceptions import MlflowException
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except SQLAlchemyError as error:
        said = str(getattr(error, "orig", None) or error)
    except MlflowException as error:
        if _timed_out(error):
            raise RegistryUnavailableError(
                f"the registry {settings.tracking_uri_shown} did not answer a call within "
                f"{_call_seconds(settings)} s (TRIAGE_REGISTRY_ANSWER_SECONDS): check that its tracking server runs"
            ) from None
        said = f"{error.error_code}: {error.message}"
    else:
        return
    # hidden before the cut: a cut through the password would leave its first characters unmatched, in clear
    if password := urlsplit(settings.tracking_uri).password:
        said = said.replace(password, "***")
    said = " ".join(said.split())[:_SAID_CHARS]
    raise RegistryUnavailableError(
        f"the registry {settings.tracking_uri_shown} could not be read ({said}): check TRIAGE_MLFLOW_TRACKING_URI"
    )


def _open_registry(settings: Settings) -> None:
    """Make the state folders, check that the registry answers and that a local one reads its own artifacts."""
    settings.prepare_state()
    _check_server_answers(settings)
    _follow_state_folder(settings)


# Where MLflow records an artifact's location, as an absolute `file://` URI (it resolves a relative one against the
# working directory when it writes it, and reads it as written): the experiment's root, each run's, each logged
# model's and each registered version's.
_ARTIFACT_COLUMNS = (
    ("experiments", "artifact_location"),
    ("runs", "artifact_uri"),
    ("logged_models", "artifact_location"),
    ("model_versions", "storage_location"),
)


def _follow_state_folder(settings: Settings) -> None:
    """Point the default registry (`mlflow.db` in the state folder) at the artifacts beside it when it records them
    under another folder: the state folder was copied or moved. A copy read the original's models (and trained into
    the original's folder), a moved one lost its champions ("could not be loaded"). The registry and its artifacts
    travel together only when `TRIAGE_MLFLOW_TRACKING_URI` is unset: a registry named there may serve several state
    folders, and is left as it is."""
    if settings.mlflow_tracking_uri is not None or not (settings.state_dir / "mlflow.db").is_file():
        return  # no registry made yet, or none SQLite can open: MLflow makes one, or says what is there
    here = settings.artifact_root.as_uri()
    # the registry's own lock wait: a trainer writing holds it for moments
    with contextlib.closing(sqlite3.connect(settings.state_dir / "mlflow.db", timeout=30)) as database:
        try:
            row = database.execute(
                "SELECT artifact_location FROM experiments WHERE name = ?", (settings.experiment_name,)
            ).fetchone()
        except sqlite3.DatabaseError as error:
            if _not_mlflows_yet(error):  # MLflow says what the file is when it opens it, or makes its tables
                return
            raise _not_followed(settings, error) from None
        recorded = row[0] if row else None
        if recorded is None or recorded == here or not recorded.startswith("file://"):
            return
        try:
            # a registry of an older MLflow has fewer of the tables (logged models came with MLflow 3)
            made = {name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            with database:  # one transaction: a reader sees the old folder or the new one, never half of each
                for table, column in _ARTIFACT_COLUMNS:  # names from the tuple above, never from input
                    if table not in made:
                        continue
                    database.execute(
                        f"UPDATE {table} SET {column} = ? || substr({column}, ?) "
                        f"WHERE {column} = ? OR substr({column}, 1, ?) = ?",
                        (here, len(recorded) + 1, recorded, len(recorded) + 1, f"{recorded}/"),
                    )
        except sqlite3.DatabaseError as error:  # read-only, locked past the wait, full
            raise _not_followed(settings, error, recorded) from None


def _not_mlflows_yet(error: sqlite3.DatabaseError) -> bool:
    """Whether `error` says the registry file is no SQLite database, or one MLflow has not made its tables in yet."""
    return error.sqlite_errorname == "SQLITE_NOTADB" or "no such table" in str(error)


def _not_followed(settings: Settings, error: sqlite3.DatabaseError, recorded: str | None = None) -> Exception:
    """The refusal of a registry that records its artifacts under another folder (`recorded`; None: unread) and could
    not be pointed at those beside it: going on, MLflow read the original's models without a word (a read-only copy
    served them)."""
    if recorded is None:
        why = "where it records its models could not be read"
    else:
        why = (
            f"it records its models under {recorded} (the state folder was copied or moved) and could not be pointed "
            f"at {settings.artifact_root.as_uri()}"
        )
    return RegistryUnavailableError(
        f"the registry {settings.tracking_uri_shown}: {why} ({error}); make the state folder writable, or set "
        "TRIAGE_STATE_DIR to the folder the registry was made in"
    )


def configure_tracking(settings: Settings) -> Any:
    """Point MLflow at the settings' tracking URI and return the experiment (created if missing).

    With a local registry the experiment's artifacts go under the state folder, so nothing lands in
    the working tree. With a tracking server (`http(s)://`, the multi-machine setup) the server
    chooses: it stores uploads in its `--artifacts-destination`, which every trainer and replica
    reads through it, where a path on one machine's disk would be missing on the others.
    """
    import mlflow

    _open_registry(settings)
    mlflow.set_tracking_uri(settings.tracking_uri)
    with _registry_read(settings):
        experiment = mlflow.get_experiment_by_name(settings.experiment_name)
        if experiment is None:
            on_server = settings.tracking_uri.startswith(("http://", "https://"))
            location = None if on_server else settings.artifact_root.as_uri()
            mlflow.create_experiment(settings.experiment_name, artifact_location=location)
            experiment = mlflow.get_experiment_by_name(settings.experiment_name)
        mlflow.set_experiment(experiment_id=experiment.experiment_id)
    return experiment


def load_model_version(settings: Settings, model_name: str, version: str) -> Any:
    """Load one registered version, point any embedding model at this machine's weights and apply the
    review threshold setting (`TRIAGE_REASON_REVIEW_THRESHOLD`) to a reason model that reads it."""
    import mlflow.sklearn

    _client(settings)
    with artifact_transfers(settings):
        model = mlflow.sklearn.load_model(f"models:/{model_name}/{version}")
    if hasattr(model, "use_embedding_model"):
        model.use_embedding_model(settings.resolved_embedding_model_path())
    if settings.reason_review_threshold is not None and hasattr(model, "use_review_threshold"):
        model.use_review_threshold(settings.reason_review_threshold)
    return model


# A reason model version's tag: the `training.corpus.corpus_version` of the corpus rows it was fitted on.
CORPUS_VERSION_TAG = "corpus_version"


def version_tags(settings: Settings, model_name: str, version: str) -> dict[str, str]:
    """The tags of one registered version."""
    return dict(_client(settings).get_model_version(model_name, version).tags)


def _registry_not_made(settings: Settings) -> bool:
    """Whether the registry is a local SQLite file not made yet: it holds no champion, and opening it would make it
    (and the state folders) on a read."""
    local_file = settings.tracking_uri.removeprefix("sqlite:///")
    # exists, not is_file: a folder in the registry's place is a registry that cannot be read, said so when opened; read
    # as no champion, `triage up` went on to train new ones
    return local_file != settings.tracking_uri and not Path(local_file).exists()


def champion_version(settings: Settings, model_name: str) -> Any | None:
    """The MLflow ModelVersion holding the champion alias, or None.

    Raises:
        RegistryUnavailableError: the registry did not answer, or answered with another error than "not found".
    """
    from mlflow.exceptions import MlflowException

    if _registry_not_made(settings):
        return None
    with _registry_read(settings):
        try:
            return _client(settings).get_model_version_by_alias(model_name, settings.champion_alias)
        except MlflowException as error:
            if error.error_code in _NOT_FOUND:
                return None
            raise


# A training run's tag: "true" when the folder it was fitted from held the sample generator's mark (invented customers,
# `features.tables.GENERATED_MARK`), "false" for a shop's own data. A retraining run carries its champion's (it refits
# the champion's data with the agents' corrections); runs made before the tag, and their successors, have none.
GENERATED_DATA_TAG = "training_data_generated_sample"


def generated_data_record(settings: Settings, model_name: str) -> str | None:
    """What the training run of `model_name`'s champion records under `GENERATED_DATA_TAG` ("true" / "false"); None
    without a champion or that record."""
    version = champion_version(settings, model_name)
    if version is None or version.run_id is None:
        return None
    return _client(settings).get_run(version.run_id).data.tags.get(GENERATED_DATA_TAG)


def fitted_on_shop_data(settings: Settings, model_name: str) -> bool:
    """Whether the champion of `model_name` was fitted on a shop's own data, as its training run records."""
    return generated_data_record(settings, model_name) == "false"


@functools.cache
def bento_models() -> dict[str, str]:
    """Model name -> BentoML model tag for each model the Bento this code runs from carries; {}
    when the code does not run from a Bento of the service (`serving.bento.build_bento`)."""
    import yaml

    if not BENTO_FILE.is_file():
        return {}
    manifest = yaml.safe_load(BENTO_FILE.read_text())
    if not isinstance(manifest, dict) or manifest.get("service") != SERVICE_IMPORT_PATH:
        return {}
    return {model["alias"]: model["tag"] for model in manifest.get("models") or [] if model.get("alias")}


def _load_from_bento(settings: Settings, model_name: str, tag: str | None) -> ChampionModel:
    """The champion the Bento carries: it was imported from the MLflow registry when the Bento was built."""
    import bentoml
    import mlflow.sklearn
    from mlflow.environment_variables import MLFLOW_ALLOW_PICKLE_DESERIALIZATION

    if tag is None:
        raise NoChampionError(
            f"the Bento carries no {model_name!r}: run `{train_command(settings, model_name)}`, "
            "then `triage bento build`"
        )
    stored = bentoml.models.get(tag)
    # The Bento's models were imported from our own registry by `triage bento build` (trusted).
    MLFLOW_ALLOW_PICKLE_DESERIALIZATION.set("true")
    model = mlflow.sklearn.load_model(stored.path_of("mlflow_model"))
    if hasattr(model, "use_embedding_model"):
        model.use_embedding_model(settings.resolved_embedding_model_path())
    return ChampionModel(
        model=model,
        name=model_name,
        version=str(stored.info.labels["mlflow_version"]),
        run_id=stored.info.metadata.get("mlflow_run_id") or None,
    )


def load_champion(settings: Settings, model_name: str) -> ChampionModel:
    """Load the version of `model_name` that carries the champion alias, or, served from a Bento,
    the version the Bento carries.

    Raises:
        NoChampionError: when no version is champion yet (the message names the command to run).
        ChampionLoadError: when the champion's artifact cannot be loaded (the message names the fix).
    """
    if carried := bento_models():
        return _load_from_bento(settings, model_name, carried.get(model_name))
    version = champion_version(settings, model_name)
    if version is None:
        raise NoChampionError(
            f"no champion version of {model_name!r} in {settings.tracking_uri_shown}; "
            f"run `{train_command(settings, model_name)}` first"
        )
    try:
        model = load_model_version(settings, model_name, version.version)
    except Exception as error:  # MLflow, the file system and unpickling each raise their own errors
        raise ChampionLoadError(
            f"the champion of {model_name!r} (version {version.version}) could not be loaded "
            f"({type(error).__name__}: {error}); run `{train_command(settings, model_name)}` to train and register "
            "a new champion, or move the alias to a version that loads"
        ) from error
    return ChampionModel(
        model=model,
        name=model_name,
        version=str(version.version),
        run_id=version.run_id,
    )


# Each registered version's run carries a sample of its test requests, profiled and predicted, for
# monitoring to compare live traffic with (written by training, read by `triage monitor`).
REFERENCE_ARTIFACT_DIR = "monitoring_reference"
REFERENCE_FILE = "reference.parquet"
REFERENCE_TAG = "monitoring_reference"


def load_reference(settings: Settings, model_name: str, version: str) -> Any | None:
    """The reference sample (a pandas frame) of one registered version, or None when it has none."""
    import mlflow
    import pandas as pd
    from mlflow.exceptions import MlflowException

    if _registry_not_made(settings):
        return None
    client = _client(settings)
    run_id = client.get_model_version(model_name, version).run_id
    try:
        with artifact_transfers(settings):
            path = mlflow.artifacts.download_artifacts(
                run_id=run_id,
                artifact_path=f"{REFERENCE_ARTIFACT_DIR}/{REFERENCE_FILE}",
                tracking_uri=settings.tracking_uri,
            )
    except (MlflowException, OSError):
        return None
    return pd.read_parquet(path)
