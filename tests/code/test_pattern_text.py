"""A rule pattern's text read as `re` reads it: pieces, groups, top-level alternatives and inline flags."""

import pytest

from features.pattern_text import alternatives, group_end, sets_inline_flags, tokens


def test_a_set_and_an_escape_are_one_piece_each() -> None:
    assert [token for _, token in tokens(r"a[]|)]\(b")] == ["a", "[]|)]", "\\(", "b"]
    assert list(tokens(r"x[^]a]y", 1)) == [(1, "[^]a]"), (6, "y")]


def test_a_group_ends_at_its_own_parenthesis_not_at_one_in_a_set_or_escaped() -> None:
    pattern = r"(a(?:b|[)])\))c"
    assert group_end(pattern, 0) == len(pattern) - 1
    with pytest.raises(ValueError, match="unbalanced"):
        group_end("(a(b)", 0)


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"a(?:b|c)|[|]d|\|e") == ["a(?:b|c)", "[|]d", "\\|e"]
    assert alternatives("") == [""]


@pytest.mark.parametrize(("pattern", "flags"), [(r"(?i)broken", True), (r"(?x: a b)", True), (r"(?:a)(?<!b)", False)])
def test_inline_flags_are_told_from_other_groups(pattern: str, flags: bool) -> None:
    assert sets_inline_flags(pattern) is flags
