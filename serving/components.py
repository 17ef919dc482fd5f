"""What a serving worker's model side loads at start-up: the champions, the policy and the history store.

Each part of a triage result comes from a component that may not exist yet (no risk champion, no
policy file, no reply drafter). A missing component makes its part — and the parts that depend on
it — null, with the reason listed in the result's `unavailable`; nothing is ever filled in by a
stand-in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from sqlalchemy.engine import Engine

from decisions.assembler import Drafter
from decisions.policy import Policy, load_policy
from models.reason_classifier import ReasonPrediction
from models.risk_model import FeatureMismatchError
from serving.api import Part
from serving.stores.history import HistoryStore
from triage.registry import NoChampionError, load_champion
from triage.settings import Settings

Model = TypeVar("Model", covariant=True)


class Loaded(Protocol[Model]):
    """A model loaded from the registry, with the name and version recorded next to every prediction
    (`triage.registry.ChampionModel`)."""

    @property
    def model(self) -> Model: ...

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...


class ReasonModel(Protocol):
    """What the service needs of the reason classifier (`models.reason_classifier.ReasonClassifier`)."""

    def predict_reasons(
        self,
        texts: list[str],
        langs: Sequence[str | None] | None = None,
        picked: Sequence[str | None] | None = None,
    ) -> list[ReasonPrediction]: ...


class RiskModel(Protocol):
    """What the service needs of the risk model (`models.risk_model.RiskModel`), beside what
    `models.risk_reasons.score_and_explain` reads."""

    def compile_trees(self) -> object: ...


class ReplyModel(Drafter, Protocol):
    """What the service needs of the reply drafter (`models.reply_drafter.ReplyDrafter`)."""

    def share_embedder(self, embedder: object) -> bool: ...


@dataclass
class Components:
    """What the service loaded at start-up; `missing` says why an optional component is absent.

    `reasons` is required; `load_components` also refuses to start without a usable `policy` (a
    bad policy file stops the service rather than let it answer without decisions). `history`, `risk`
    and `drafter` are optional.
    """

    reasons: Loaded[ReasonModel]
    policy: Policy | None = None
    history: HistoryStore | None = None
    risk: Loaded[RiskModel] | None = None
    drafter: Loaded[ReplyModel] | None = None
    missing: dict[Part, str] = field(default_factory=dict)

    def model_versions(self) -> dict[str, str]:
        """Which version of each loaded model and policy answered (stored with every prediction)."""
        versions = {model.name: model.version for model in (self.reasons, self.risk, self.drafter) if model is not None}
        if self.policy is not None:
            versions["policy"] = self.policy.version
        return versions

    def quota_window_days(self) -> int | None:
        """The days of the policy's free-return quota window, which a request's `customer_history` is held to."""
        return None if self.policy is None else self.policy.free_return_quota.window_days

    def missing_parts(self) -> dict[Part, str]:
        """Why each part that cannot be produced with the loaded components is unavailable."""
        missing: dict[Part, str] = dict(self.missing)
        if self.policy is None or self.history is None:
            missing.setdefault("decision", "no return policy or customer history store is loaded")
        if self.risk is None:
            missing.setdefault("risk", "no risk model is loaded")
        elif "decision" in missing:
            missing.setdefault("risk", "risk features need the return policy, which is not loaded")
        if "decision" in missing:
            missing.setdefault("reply", "replies need a policy decision, which is unavailable")
        elif self.drafter is None:
            missing.setdefault("reply", "no reply drafter is loaded")
        return missing


def load_components(settings: Settings, engine: Engine) -> Components:
    """Load every component that exists; the return policy and the reason classifier are mandatory.

    Raises:
        PolicyError: the policy file is unusable (the message names the key and what to add): decisions
            are the service's job, so it answers none rather than guess a policy.
        NoChampionError: no reason classifier champion (its message names the command to run).
    """
    policy = load_policy(settings.policy_path)  # first: a bad file stops start-up before any model loads
    components = Components(
        reasons=load_champion(settings, settings.reason_model_name), policy=policy, history=HistoryStore(engine)
    )
    for attribute, part, model_name in (
        ("risk", "risk", settings.risk_model_name),
        ("drafter", "reply", settings.reply_model_name),
    ):
        try:
            setattr(components, attribute, load_champion(settings, model_name))
        except (NoChampionError, FeatureMismatchError) as error:  # served without it, saying why
            components.missing[part] = str(error)
    if components.drafter is not None:
        # The reason classifier embeds every request text first; sharing its embedder (and vector
        # cache) makes drafting cost no second model call when both use the same model.
        components.drafter.model.share_embedder(getattr(components.reasons.model, "embedder_", None))
    for model in (components.reasons, components.drafter):
        embedder = getattr(model.model, "embedder_", None) if model is not None else None
        if embedder is not None:
            embedder.set_params(torch_threads=settings.serve_threads)
    return components
