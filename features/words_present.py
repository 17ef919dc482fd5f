"""Which of many literal words a text holds, found in one pass of `re` over the text.

Testing each word with `in` costs a step of Python per word, and the rule tables' patterns need some 2,600 words
(`features.pattern_words`), asked of every text. One regular expression holds them all as a trie (a shared beginning
written once) and reads, at each position of the text, the longest word that starts there; every shorter word that
starts there is a beginning of that one, so the words a text holds are the beginnings of the longest ones found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]
# The key of a trie node that ends a word (no character is the empty string).
_END = ""


def _trie_pattern(node: _Trie) -> str:
    """The words below `node` as one pattern; greedy, so a longer word is read before a word that ends here."""
    branches = [re.escape(character) + _trie_pattern(child) for character, child in sorted(node.items()) if character]
    if not branches:
        return ""
    below = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{below})?" if _END in node else below


class WordsPresent:
    """The words, of a fixed set, that a text holds as substrings (what `word in text` says of each)."""

    def __init__(self, words: Iterable[str]) -> None:
        known = frozenset(words)
        if _END in known:
            raise ValueError("an empty word is in every text: it needs no scan")
        trie: _Trie = {}
        for word in known:
            node = trie
            for character in word:
                node = node.setdefault(character, {})
            node[_END] = {}
        # a look-ahead reads at every position, so a word inside or across another one is found too
        self._longest = re.compile(f"(?=({_trie_pattern(trie)}))") if known else None
        self._beginnings = {
            word: frozenset(word[:end] for end in range(1, len(word) + 1) if word[:end] in known) for word in known
        }

    def in_text(self, text: str) -> frozenset[str]:
        """The words that occur in `text`."""
        if self._longest is None:
            return frozenset()
        return frozenset().union(*map(self._beginnings.__getitem__, self._longest.findall(text)))
