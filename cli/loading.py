"""What the commands that decide or predict load: the policy in force, a champion model, the shop's allow and block
lists. Apart from `cli.common` because these bring scikit-learn and the registry, which the light commands (`keys`,
`agents`) never need."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

from cli.common import fail, open_database_or_exit
from decisions.policy import Policy, PolicyError, load_policy
from models.risk_model import FeatureMismatchError
from serving.stores.predictions import pseudonym_key
from serving.stores.risk_lists import RiskListStore
from triage.registry import ChampionModel, NoChampionError, load_champion
from triage.settings import Settings


def risk_list_store(settings: Settings, engine: Engine | None = None) -> RiskListStore:
    """The shop's allow and block lists in the service database (customers matched by their pseudonym), on `engine`
    when the command has opened the database already; exit code 1 naming the key file when it holds no key (an
    unkeyed hash would match no stored pseudonym)."""
    try:
        key = pseudonym_key(settings)
    except ValueError as error:
        raise fail(str(error), code=1) from None
    return RiskListStore(engine if engine is not None else open_database_or_exit(settings), key)


def load_policy_or_exit(path: Path) -> Policy:
    """The policy in `path`; exit code 2 naming the bad key when it is unusable."""
    try:
        return load_policy(path)
    except PolicyError as error:
        raise fail(f"invalid policy: {error}") from None


def load_champion_or_exit(settings: Settings, model_name: str) -> ChampionModel:
    """The champion of `model_name`; exit code 1 with the command that trains it when there is none or
    when it was fitted on other features than this code computes."""
    try:
        return load_champion(settings, model_name)
    except (NoChampionError, FeatureMismatchError) as error:
        raise fail(str(error), code=1) from None


def load_champion_if_any(settings: Settings, model_name: str) -> ChampionModel | None:
    """The champion of `model_name`, or None when there is none (exit code 1 as `load_champion_or_exit`
    when it was fitted on other features than this code computes)."""
    try:
        return load_champion(settings, model_name)
    except NoChampionError:
        return None
    except FeatureMismatchError as error:
        raise fail(str(error), code=1) from None
