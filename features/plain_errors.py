"""Why a value is refused, in plain words rather than pydantic's: the one table for the policy file
(`decisions.policy`) and the `TRIAGE_*` settings (`triage.settings`, on the ground floor, reads this module and no
other of `features`: it imports nothing of the project, so the layers still point one way)."""

from __future__ import annotations

# What a refused value is not, by pydantic's error type: pydantic says "Input should be a valid number, unable to
# parse string as a number", "Field required", "Input should be a valid dictionary or instance of ReturnWindow".
_NOT = {
    "missing": "missing",
    "extra_forbidden": "unknown key",
    "float_parsing": "not a number",
    "float_type": "not a number",
    "int_parsing": "not a whole number",
    "int_from_float": "not a whole number",
    "int_type": "not a whole number",
    "finite_number": "not a finite number",
    "bool_parsing": "not true or false (1/0, yes/no, on/off)",
    "bool_type": "not true or false",
    "string_type": "not a text",
    "list_type": "not a list",
    "dict_type": "not a mapping of keys",
    "model_type": "not a mapping of keys",
    "date_parsing": "not a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "not a date (YYYY-MM-DD)",
}
_BOUNDS = frozenset({"greater_than", "greater_than_equal", "less_than", "less_than_equal"})


def validator_words(message: str) -> str:
    """A validator's own words, without the "Value error, " pydantic puts before them (Python's name of the exception
    raised, not a word about the value)."""
    return message.removeprefix("Value error, ")


def plain_words(kind: str, message: str) -> str:
    """Why a value is refused: plain words for a value of the wrong kind or out of bounds, else a validator's own
    words (without pydantic's "Value error, " before them)."""
    if kind in _BOUNDS:
        return message.replace("Input should be ", "must be ", 1)
    return _NOT.get(kind, validator_words(message))
