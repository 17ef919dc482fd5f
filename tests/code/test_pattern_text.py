"""A rule pattern's text read as `re` reads it: pieces, groups, top-level alternatives and inline flags."""

import pytest

from features.pattern_text import alternatives, group_end, pieces, sets_inline_flags, token_at, tokens


def test_a_set_and_an_escape_are_one_piece_each() -> None:
    assert [token for _, token in tokens(r"a[]|)]\(b")] == ["a", "[]|)]", "\\(", "b"]
    assert list(tokens(r"x[^]a]y", 1)) == [(1, "[^]a]"), (6, "y")]


@pytest.mark.parametrize("pattern", [r"a[]|)]\(b", r"[^]a", "ab\\", r"[a\]", "x\n[\n]", r"(a|b)\)"])
def test_the_pieces_are_the_tokens_where_each_begins(pattern: str) -> None:
    # a set not closed runs to the end, an escape at the end is one character: read alike by each reader
    found = list(tokens(pattern))
    assert pieces(pattern) == [token for _, token in found] == [token_at(pattern, index) for index, _ in found]
    assert "".join(pieces(pattern)) == pattern


def test_a_group_ends_at_its_own_parenthesis_not_at_one_in_a_set_or_escaped() -> None:
    pattern = r"(a(?:b|[)])\))c"
    assert group_end(pattern, 0) == len(pattern) - 1
    with pytest.raises(ValueError, match="unbalanced"):
        group_end("(a(b)", 0)
    assert group_end("(a(b)", 2) == 5
    assert group_end(r")(a)", 1) == 4  # a parenthesis closing nothing before it closes no group


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"a(?:b|c)|[|]d|\|e") == ["a(?:b|c)", "[|]d", "\\|e"]
    assert alternatives("") == [""]


@pytest.mark.parametrize(("pattern", "flags"), [(r"(?i)broken", True), (r"(?x: a b)", True), (r"(?:a)(?<!b)", False)])
def test_inline_flags_are_told_from_other_groups(pattern: str, flags: bool) -> None:
    assert sets_inline_flags(pattern) is flags
