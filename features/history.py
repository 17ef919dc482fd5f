"""Point-in-time customer history features for the abuse-risk model and the return policy."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class HistorySummary(BaseModel):
    """What the policy and the risk model need to know about a customer's past, as of one request.

    Computed from the history tables, or supplied by the caller (`customer_history` in a request),
    in which case the supplied summary takes precedence.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    returns_last_30d: int = Field(default=0, ge=0)
    returns_last_90d: int = Field(default=0, ge=0)
    returns_last_365d: int = Field(default=0, ge=0)
    free_returns_used: int = Field(default=0, ge=0, description="Free returns used in the policy's quota window.")
    confirmed_abuse_count: int = Field(default=0, ge=0, description="Abuse confirmed before the request.")
    account_age_days: float | None = Field(default=None, ge=0)
