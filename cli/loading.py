"""What the commands that decide or predict load: the policy in force, a champion model, the shop's allow and block
lists. Apart from `cli.common` because these bring scikit-learn and the registry, which the light commands (`keys`,
`agents`) never need."""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy.engine import Engine

from cli.common import fail, open_database_or_exit
from decisions.policy import Policy, PolicyError, load_policy
from models.risk_model import FeatureMismatchError
from serving.stores.predictions import PSEUDONYM_KEY_FILE, existing_pseudonym_key, pseudonym_key
from serving.stores.risk_lists import RiskListStore
from triage.registry import ChampionModel, NoChampionError, load_champion
from triage.settings import Settings


def risk_list_store(settings: Settings, engine: Engine | None = None, read_only: bool = False) -> RiskListStore:
    """The shop's allow and block lists in the service database (customers matched by their pseudonym), on `engine`
    when the command has opened the database already; exit code 1 naming the key file when it holds no key (an
    unkeyed hash would match no stored pseudonym).

    `read_only`, for a command that only decides with the lists (`predict risk`, `monitor --current`) or takes an
    entry off them (`lists remove`): it makes neither the database nor the pseudonym key. Without a key yet no stored
    customer pseudonym can be matched: exit code 1 when the lists hold customer entries (made with a key since lost),
    else an unsaved key (there is no customer entry for it to miss).
    """
    try:
        key = existing_pseudonym_key(settings) if read_only else pseudonym_key(settings)
    except ValueError as error:
        raise fail(str(error), code=1) from None
    if engine is None:
        engine = open_database_or_exit(settings, create=not read_only)
    if key is not None:
        return RiskListStore(engine, key)
    store = RiskListStore(engine, secrets.token_hex(32).encode())
    if any(entry.kind == "customer" for entry in store.entries()):
        raise fail(
            f"the lists hold customer entries but there is no pseudonym key ({settings.state_dir / PSEUDONYM_KEY_FILE} "
            "or TRIAGE_PSEUDONYM_KEY) to match them with: restore the key they were stored with",
            code=1,
        )
    return store


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


def serving_risk_champion(settings: Settings) -> tuple[ChampionModel | None, str | None]:
    """The risk champion as the service loads it (`serving.components.load_components`), or None and why not: there
    is none, it does not load, or it was fitted on other features than this code computes. The service then answers
    without risk, and so does a command that answers as it would (`monitor --current`)."""
    try:
        return load_champion(settings, settings.risk_model_name), None
    except (NoChampionError, FeatureMismatchError) as error:
        return None, str(error)
