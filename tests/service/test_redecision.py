"""The model side decides a logged return again for the reason an agent corrected it to (`ModelSide.redecide_batch`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from serving.api import EXAMPLE_EN, ReturnRequest
from serving.db import predictions, risk_list_entries
from serving.model_side import ModelSide, Redecision
from serving.results import ResultBuilder
from serving.stored_replies import NAME_PLACEHOLDER
from serving.stores.predictions import pseudonym_key
from serving.stores.risk_lists import RiskListStore
from tests.service.conftest import TINY_REASON_MODEL
from tests.service.test_triage_assembly import FakeChampion, GrammarDrafter
from triage.settings import Settings


def _settings(engine: Engine, tiny_reason_registry: str, tmp_path: Path) -> Settings:
    return Settings(
        state_dir=tmp_path,
        database_url=engine.url.render_as_string(hide_password=False),
        mlflow_tracking_uri=tiny_reason_registry,
        reason_model_name=TINY_REASON_MODEL,
    )


@pytest.fixture
def side(engine: Engine, tiny_reason_registry: str, tmp_path: Path) -> Iterator[ModelSide]:
    model_side = ModelSide(_settings(engine, tiny_reason_registry, tmp_path))
    yield model_side
    model_side.database.dispose()


def _logged_request(engine: Engine, return_id: str) -> dict:
    with engine.connect() as connection:
        query = sa.select(predictions.c.request).where(predictions.c.return_id == return_id)
        return dict(connection.execute(query).scalar_one())


def test_a_logged_return_is_decided_again_for_an_agents_reason_without_logging(side: ModelSide, engine: Engine) -> None:
    request = ReturnRequest(**EXAMPLE_EN | {"reason_code": "no_longer_needed"})
    [served] = side.triage_batch([request])
    logged = _logged_request(engine, request.return_id)
    assert logged["customer_id"] != request.customer_id  # a pseudonym: the model side finds the customer
    with engine.connect() as connection:
        rows_before = connection.execute(sa.select(sa.func.count()).select_from(predictions)).scalar_one()
    asked = [
        Redecision(return_id=request.return_id, request=logged, reason=served.reason.code),
        Redecision(return_id=request.return_id, request=logged, reason="damaged_in_transit"),
        Redecision(return_id="R-never-triaged", request=logged | {"return_id": "R-never-triaged"}, reason="defective"),
    ]
    same, shop_fault, unknown = side.redecide_batch(asked)
    served_rules = {rule.code: rule.sentence for rule in served.decision.rules}
    same_rules = {rule["code"]: rule["sentence"] for rule in same["decision"]["rules"]}
    assert same["reason"]["code"] == served.reason.code and same["reason"]["confidence"] == 1.0
    assert not same["reason"]["mismatch"]  # the agent's reading settles the ticked reason
    # for the reason the classifier read, the served decision again, but for the ticked reason the agent settled
    assert same["decision"]["code"] == served.decision.code
    assert same_rules == {code: sentence for code, sentence in served_rules.items() if code != "REASON_MISMATCH"}
    assert "REASON_MISMATCH" in served_rules
    assert shop_fault["decision"]["code"] == "free_return"
    assert any("damaged in transit" in rule["sentence"] for rule in shop_fault["decision"]["rules"])
    assert unknown is None
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(predictions)).scalar_one() == rows_before
    with pytest.raises(ValueError, match="not reason codes: gone"):
        side.redecide_batch([Redecision(return_id=request.return_id, request=logged, reason="gone")])


def test_a_customer_greeted_by_name_is_greeted_by_name_in_the_redrafted_reply(
    side: ModelSide, engine: Engine, tmp_path: Path
) -> None:
    # the log holds the request's name as a pseudonym, so the re-decision drafted without it: for a customer the
    # history holds no first name of (every first return), the suggested "Hello {customer_name}," became
    # "Dear customer," and an agent sending it as drafted lost the greeting by name
    missing = {part: why for part, why in side.components.missing.items() if part != "reply"}
    drafting = replace(side.components, drafter=FakeChampion(GrammarDrafter(), "replies", "2"), missing=missing)
    side.results = ResultBuilder(drafting, Settings(state_dir=tmp_path))
    request = ReturnRequest(
        **EXAMPLE_EN | {"return_id": "R-named", "customer_id": "C-new-9", "customer_name": "Olivia"}
    )
    [served] = side.triage_batch([request])
    assert served.reply.body.splitlines()[0].endswith(" Olivia,")
    logged = _logged_request(engine, request.return_id)
    assert "Olivia" not in str(logged)
    [redone] = side.redecide_batch([Redecision(return_id=request.return_id, request=logged, reason="defective")])
    greeting = redone["reply"]["body"].splitlines()[0]
    assert greeting.endswith(f" {NAME_PLACEHOLDER},"), greeting
    # a request without a name is greeted as before: by the name the history holds, here none
    unnamed = ReturnRequest(**EXAMPLE_EN | {"return_id": "R-unnamed", "customer_id": "C-new-8", "customer_name": None})
    side.triage_batch([unnamed])
    logged = _logged_request(engine, unnamed.return_id)
    [redone] = side.redecide_batch([Redecision(return_id=unnamed.return_id, request=logged, reason="defective")])
    assert NAME_PLACEHOLDER not in redone["reply"]["body"]


def test_an_email_hash_entry_stored_before_its_pseudonym_is_matched_after_start_up(
    engine: Engine, tiny_reason_registry: str, tmp_path: Path
) -> None:
    # the entries stored before migration 0011 were named by every re-decision's look-up; start-up names them now
    settings = _settings(engine, tiny_reason_registry, tmp_path)
    RiskListStore(engine, pseudonym_key(settings)).add("block", "email_hash", "old-hash", "amelie")
    with engine.begin() as connection:
        connection.execute(risk_list_entries.update().values(value_pseudonym=None))
    model_side = ModelSide(settings)
    try:
        request = ReturnRequest(**EXAMPLE_EN | {"customer_email_hash": "old-hash"})
        model_side.triage_batch([request])
        logged = _logged_request(engine, request.return_id)
        assert logged["customer_email_hash"] != "old-hash"  # a pseudonym: the entry is found by its own
        [redone] = model_side.redecide_batch(
            [Redecision(return_id=request.return_id, request=logged, reason="defective")]
        )
    finally:
        model_side.database.dispose()
    assert "BLOCK_LIST" in {rule["code"] for rule in redone["decision"]["rules"]}


def test_a_return_logged_before_the_id_rule_is_decided_again_beside_its_batch_mates(
    side: ModelSide, engine: Engine
) -> None:
    # a request logged as "Ｒ１" with a SKU holding a zero-width space (taken then) failed today's id rule when read
    # back: its correction was not decided again, nor any other correction in its batch
    request = ReturnRequest(**EXAMPLE_EN | {"return_id": "RLEG1", "customer_id": "CLEG1"})
    side.triage_batch([request])
    logged = _logged_request(engine, request.return_id)
    legacy = logged | {"return_id": "\uff32\uff11", "sku": "SHO-0042\u200b-39"}
    plain = ReturnRequest(**EXAMPLE_EN | {"return_id": "RLEG2", "customer_id": "CLEG2"})
    side.triage_batch([plain])
    asked = [
        Redecision(return_id=request.return_id, request=legacy, reason="damaged_in_transit"),
        Redecision(return_id=plain.return_id, request=_logged_request(engine, plain.return_id), reason="defective"),
    ]
    old, mate = side.redecide_batch(asked)
    assert old is not None and old["decision"]["code"] == "free_return"
    assert mate is not None and mate["reason"]["code"] == "defective"
    # a request as sent is still held to the rule
    with pytest.raises(ValueError, match="Unicode NFKC"):
        ReturnRequest.model_validate(legacy)
