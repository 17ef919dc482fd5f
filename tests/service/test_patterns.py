"""The description's identifier and name patterns accept exactly what the service's checks do: an identifier
(`serving.api.plain_identifier`) printable, without surrounding spaces and in Unicode NFKC, the last spelled out as a
regular expression (`serving.patterns`); a name (`_plain_name`) plain text. Read by Python's `re` (schemathesis draws
from it) and by `jsonschema_rs` (which checks the served description), over strings drawn from the characters each
rule is about: for identifiers those NFKC can change (marks, precomposed letters, Hangul jamo, compatibility
characters such as full-width letters and ligatures)."""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections.abc import Callable

import jsonschema_rs
import pytest

from features.dates import read_moment
from serving.api import EXAMPLE_EN, TIMESTAMP_PATTERN, ReturnRequest, identifier_schemas, plain_identifier
from serving.patterns import identifier_pattern

# Strings drawn: of 100,000, about 2,000 are refused for a pair of characters alone (a mark NFC composes with the
# character before it or sorts inside it, marks out of canonical order), the part of NFC spelled out in lookaheads.
DRAWS = 100_000


def _passes(check: Callable[[str], object], value: str) -> bool:
    try:
        check(value)
    except ValueError:
        return False
    return True


def _accepted(value: str) -> bool:
    return _passes(plain_identifier, value)


def _alphabet() -> list[str]:
    """Every combining mark and decomposable character (canonically or by compatibility: full-width, ligatures), Hangul
    jamo and a few syllables, spaces, letters."""
    points = (chr(point) for point in range(sys.maxunicode + 1))
    changing = [char for char in points if unicodedata.combining(char) or unicodedata.decomposition(char)]
    hangul = [chr(point) for point in [*range(0x1100, 0x1200), *range(0xAC00, 0xAC00 + 300)]]
    return [*changing, *hangul, *"aeouAEOUkq1-_. \u00a0\u3000\u200b\u2126"]


@pytest.fixture(scope="module")
def drawn() -> list[str]:
    alphabet = _alphabet()
    draw = random.Random(2612)
    return ["".join(draw.choices(alphabet, k=draw.randint(1, 5))) for _ in range(DRAWS)]


def test_the_identifier_pattern_is_the_identifier_check_as_python_reads_it(drawn: list[str]) -> None:
    pattern = re.compile(identifier_pattern())
    differing = [value for value in drawn if (pattern.fullmatch(value) is not None) != _accepted(value)]
    assert not differing, [value.encode("unicode_escape") for value in differing[:5]]
    assert 0.05 < sum(map(_accepted, drawn)) / len(drawn) < 0.95  # both sides are drawn


def test_the_served_identifier_schema_is_the_identifier_check_as_rust_reads_it(drawn: list[str]) -> None:
    validator = jsonschema_rs.validator_for(identifier_schemas()["Identifier"])
    differing = [value for value in drawn if validator.is_valid(value) != _accepted(value)]
    assert not differing, [value.encode("unicode_escape") for value in differing[:5]]


def test_the_served_name_schema_is_the_name_check() -> None:
    schema = ReturnRequest.model_json_schema()["properties"]["customer_name"]["anyOf"][0]
    pattern, validator = re.compile(schema["pattern"]), jsonschema_rs.validator_for(schema)
    alphabet = [
        *"Eve <>&\t\n\r\x00\x1f\x7f\u00ad\u200b\u200d\u202e\u2066\u2028\u2029\u3000\u00e9",
        *"\ufffd\ufffe\uffff\ufdd0\ufdef\ufdcf",
        "\U0001f600",
    ]
    draw = random.Random(2612)
    for value in ("".join(draw.choices(alphabet, k=draw.randint(1, 6))) for _ in range(DRAWS // 10)):
        try:
            ReturnRequest.model_validate(EXAMPLE_EN | {"customer_name": value})
            accepted = True
        except ValueError:
            accepted = False
        assert (pattern.fullmatch(value) is not None) == accepted == validator.is_valid(value), repr(value)


def test_every_timestamp_the_description_takes_is_read_by_the_service() -> None:
    """The description's date-time `format` and pattern take no moment `read_moment` refuses (a leap second, a tenth
    digit of fraction, year 0), and the pattern refuses no RFC 3339 date-time it reads."""
    schema = {"type": "string", "format": "date-time"}
    rfc_3339 = jsonschema_rs.validator_for(schema, validate_formats=True)
    described = jsonschema_rs.validator_for(schema | {"pattern": TIMESTAMP_PATTERN}, validate_formats=True)
    draw = random.Random(2612)
    for _ in range(DRAWS):
        year = draw.choice(["0000", "0001", "2026", "9999", f"{draw.randint(0, 9999):04d}"])
        day = f"{year}-{draw.randint(0, 13):02d}-{draw.randint(0, 32):02d}"
        time = f"{draw.randint(0, 24):02d}:{draw.randint(0, 60):02d}:{draw.randint(0, 61):02d}"
        fraction = draw.choice(["", "." + "7" * draw.randint(0, 11)])
        zone = draw.choice(["Z", "z", f"{draw.choice('+-')}{draw.randint(0, 24):02d}:{draw.randint(0, 60):02d}"])
        moment = f"{day}{draw.choice('Tt')}{time}{fraction}{zone}"
        assert described.is_valid(moment) == (rfc_3339.is_valid(moment) and _passes(read_moment, moment)), moment
