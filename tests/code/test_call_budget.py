"""A call's texts together stay within `MAX_CALL_TEXT_CHARS`, on both endpoints that read text."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from serving.api import EXAMPLE_EN, MAX_BATCH, MAX_CALL_TEXT_CHARS, ClassifyRequest, TriageRequest

EACH = MAX_CALL_TEXT_CHARS // MAX_BATCH


def _returns(chars: list[int]) -> dict:
    return {"returns": [EXAMPLE_EN | {"return_id": f"R{n}", "reason_text": "x" * c} for n, c in enumerate(chars)]}


def test_a_full_call_at_the_budget_is_valid() -> None:
    assert len(TriageRequest.model_validate(_returns([EACH] * MAX_BATCH)).returns) == MAX_BATCH
    assert len(ClassifyRequest.model_validate({"texts": ["x" * EACH] * MAX_BATCH}).texts) == MAX_BATCH


def test_a_few_long_texts_fit() -> None:
    assert TriageRequest.model_validate(_returns([5_000] * 51))


@pytest.mark.parametrize(
    ("body", "model", "field"),
    [
        (_returns([EACH] * (MAX_BATCH - 1) + [EACH + 1]), TriageRequest, "returns"),
        (_returns([5_000] * 52), TriageRequest, "returns"),
        ({"texts": ["x" * EACH] * (MAX_BATCH - 1) + ["x" * (EACH + 1)]}, ClassifyRequest, "texts"),
    ],
)
def test_one_character_over_the_budget_is_refused_naming_the_field(body: dict, model: type, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        model.model_validate(body)
    (error,) = refused.value.errors()
    assert error["loc"] == (field,)
    assert f"at most {MAX_CALL_TEXT_CHARS:,}" in error["msg"] and "smaller calls" in error["msg"]


def test_the_budget_counts_code_points_and_says_so() -> None:
    # An accent typed as a combining mark is a second code point: a client counting what it sees (one letter) finds
    # fewer characters than the service, so the refusal says what it counted.
    accented = "e\u0301" * (EACH // 2)
    assert ClassifyRequest.model_validate({"texts": [accented] * MAX_BATCH})
    with pytest.raises(ValidationError) as refused:
        ClassifyRequest.model_validate({"texts": [accented] * (MAX_BATCH - 1) + [accented + "e"]})
    (error,) = refused.value.errors()
    assert f"{MAX_CALL_TEXT_CHARS + 1:,} characters (Unicode code points" in error["msg"]
