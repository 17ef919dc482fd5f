"""The sizes the item itself is said to be, set against a size ordered or labelled: a wrong size sent. With no size
told of the item itself, the sizes ordered and labelled are not read for it."""

import pytest

from features.customer_asks import sizes
from features.customer_asks.sizes import item_sizes_not_ordered
from features.text import match_view


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The box says 40 like my order, but the boots themselves are a 37", ("37",)),
        ("La boîte dit 40, mais les chaussures à l'intérieur sont marquées 37", ("37",)),
        # the item said to be the size ordered: only the paper is wrong
        ("The dispatch note says 38 but I ordered 36, and the shoes are a 36 anyway", ()),
        # no size told of the item itself
        ("I ordered a 40 but the label says 38", ()),
        ("J'ai commandé du 40, l'étiquette indique 38", ()),
        ("The shoes are a 37.", ()),
    ],
)
def test_the_item_said_another_size_than_the_one_ordered_or_labelled(text: str, expected: tuple[str, ...]) -> None:
    assert item_sizes_not_ordered(match_view(text)) == expected


@pytest.mark.parametrize(
    ("text", "reads_ordered"),
    [
        ("I ordered a 40 but the label says 38", False),
        ("J'ai commandé du 40, l'étiquette indique 38", False),
        ("The box says 40 like my order, but the boots themselves are a 37", True),
    ],
)
def test_the_sizes_ordered_are_read_only_where_the_item_itself_is_given_a_size(
    monkeypatch: pytest.MonkeyPatch, text: str, reads_ordered: bool
) -> None:
    read: list[tuple[str, ...]] = []
    found = sizes.sizes_found

    def counted(patterns: tuple[str, ...], text: str, *args: object) -> list[str]:
        read.append(patterns)
        return found(patterns, text, *args)

    monkeypatch.setattr(sizes, "sizes_found", counted)
    item_sizes_not_ordered(match_view(text))
    assert any(patterns != sizes._ITEM_IS_SIZE for patterns in read) is reads_ordered
