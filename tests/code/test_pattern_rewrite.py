"""Rule patterns that read an alternative's words before its opening look-arounds match exactly as written."""

import re

import pytest

from features.customer_asks.faults import FAULTS
from features.customer_asks.fit import UNFIXABLE
from features.customer_asks.requests import ASKED_OUTRIGHT
from features.pattern_rewrite import opened_by_its_words
from features.tables import read_table
from triage.settings import get_settings

# Texts that reach the look-behinds the rewrite moves behind a look-ahead: words with and without what they rule out.
TEXTS = (
    "please collect it from my house",
    "i will collect it myself, the courier collected it from the depot",
    "the driver picked it up yesterday but you never picked them up",
    "the bottle has burst in the box, the bubble wrap burst too",
    "le flacon a eclate dans le colis, j'ai eclate de rire",
    "I ordered a 10 and got a 12, the 3-pack of socks had 2 pairs",
    "no damage, not broken, but the zip is broken and there's a hole",
    "Ordered size M (my usual) [again]; sent back a |pipe| \\ here",
)


def _readings(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_an_alternative_opening_with_look_behinds_first_looks_ahead_for_its_words() -> None:
    written = r"\b(?<!\bi )(?<!\bwe )collect (it|them)\b|\bfoo|(?<!x)(a)\1"
    assert opened_by_its_words(written) == (
        r"\b(?=collect (?:it|them)\b)(?<!\bi )(?<!\bwe )collect (it|them)\b|\bfoo|(?<!x)(a)\1"
    )


@pytest.mark.parametrize(
    "written",
    [r"(?<!x)(a)?(?(1)b|c)", r"(?<!x)(?P<first>a)(?P=first)", r"(?x)(?<!x) foo  # (not a group", r"(?i)(?<!x)foo"],
    ids=["conditional group", "named back-reference", "verbose", "ignore case"],
)
def test_a_pattern_that_refers_to_a_group_or_sets_flags_is_kept_as_written(written: str) -> None:
    assert opened_by_its_words(written) == written


def test_groups_sets_and_escapes_are_read_as_such() -> None:
    written = r"(?<=[(|])(?P<size>\d+)[)\]|](x|y)\(|(?<!\|)z"
    rewritten = opened_by_its_words(written)
    assert rewritten == r"(?=(?:\d+)[)\]|](?:x|y)\()(?<=[(|])(?P<size>\d+)[)\]|](x|y)\(|(?=z)(?<!\|)z"
    for text in ("(12]x(", "|7)y( z", "\\|z"):
        assert _readings(re.compile(rewritten), text) == _readings(re.compile(written), text)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    returns = read_table("returns", get_settings().sample_data_dir)
    return [*TEXTS, *returns["reason_text"].astype(str).sample(120, random_state=0).str.lower()]


@pytest.mark.parametrize("table", [FAULTS, ASKED_OUTRIGHT, UNFIXABLE], ids=["faults", "asked", "unfixable"])
def test_every_rule_pattern_reads_the_same_matches_and_groups(
    table: dict[str, tuple[str, ...]], texts: list[str]
) -> None:
    rewritten = 0
    for patterns in table.values():
        for written in patterns:
            faster = opened_by_its_words(written)
            rewritten += faster != written
            as_written, as_rewritten = re.compile(written), re.compile(faster)
            assert as_rewritten.groupindex == as_written.groupindex
            for text in texts:
                assert _readings(as_rewritten, text) == _readings(as_written, text), (written, text)
    assert rewritten
