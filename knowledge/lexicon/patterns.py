"""Turning a word table into a regular expression."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from re import _compiler as _re_compiler  # type: ignore[attr-defined]  # its prefix finders
from re import _constants as _c  # type: ignore[attr-defined]  # 3.11's parse-tree codes
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any


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


# -- a faster start for a compiled pattern (issue 13 req 7: speed) ------------------------------
#
# Python's `re` tries a pattern at every place of the text. A pattern opening with "\b" and an
# alternation of words checked case-insensitively enters every branch at every word start (its
# branches are not skipped on their first letter under IGNORECASE). A lookahead for the
# characters a match can start with fails at once at most places. The characters are read from
# the pattern's parse tree, so the lookahead never turns away a match: a pattern whose start is
# not a known set of characters (a class such as "\w", "." or an empty match) is kept as it is.

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))
_MAX_FIRST = 64  # a class wider than this is no faster than the pattern itself


def _first_of(nodes: Sequence[tuple[Any, Any]], flags: int) -> tuple[set[int], bool] | None:
    """(characters a match of the node sequence can start with, whether it can match empty);
    None when the start is not a known set of characters."""
    found: set[int] = set()
    for op, av in nodes:
        if op in _ZERO_WIDTH:
            continue
        step = _first_of_node(op, av, flags)
        if step is None:
            return None
        chars, empty = step
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of_node(op: Any, av: Any, flags: int) -> tuple[set[int], bool] | None:
    """`_first_of` for one consuming node."""
    if op is _c.LITERAL:
        return {av}, False
    if op is _c.IN:
        chars: set[int] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(value)
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_FIRST:
                chars.update(range(value[0], value[1] + 1))
            else:
                return None  # a negated class, a category ("\d", "\w")
        return chars, False
    if op is _c.SUBPATTERN:
        _group, add, _delete, body = av
        if add & re.IGNORECASE and not flags & re.IGNORECASE:
            return None  # "(?i:...)" in a case-sensitive pattern: the class would miss cases
        return _first_of(list(body), flags)
    if op is _c.BRANCH:
        union: set[int] = set()
        empty = False
        for branch in av[1]:
            step = _first_of(list(branch), flags)
            if step is None:
                return None
            union |= step[0]
            empty = empty or step[1]
        return union, empty
    if op in _REPEATS:
        low, _high, body = av
        step = _first_of(list(body), flags)
        if step is None:
            return None
        return step[0], step[1] or low == 0
    return None  # any character, a category, a back reference, a group reference


def _slow_start(tree: Any, flags: int) -> bool:
    """Whether `re` tries the pattern at every place without a quick test of the first
    character: its compiler finds no literal prefix or set of first characters to skip to (a
    pattern opening with "\\b", a lookbehind, or case-insensitive letters). Not for a pattern
    tried at the start only ("^"), nor for one that already looks ahead."""
    zero_width = list(itertools.takewhile(lambda node: node[0] in _ZERO_WIDTH, tree))
    if any(op is _c.ASSERT for op, _ in zero_width):
        return False  # already opened by a lookahead (`first_chars`)
    if any(
        op is _c.AT and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING) for op, av in zero_width
    ):
        return False
    if _re_compiler._get_literal_prefix(tree, flags)[0] or _re_compiler._get_charset_prefix(
        tree, flags
    ):
        return False
    return bool(flags & re.IGNORECASE) or _opens_with_assertion(list(tree))


def _opens_with_assertion(nodes: Sequence[tuple[Any, Any]]) -> bool:
    """Whether a match may open with an assertion ("\\b", "(?<!of )") in some branch: `re`
    skips a branch on its first character only when that is a plain character or set."""
    if not nodes:
        return False
    op, av = nodes[0]
    if op in _ZERO_WIDTH:
        return True
    if op is _c.SUBPATTERN:
        return _opens_with_assertion(list(av[-1]))
    if op is _c.BRANCH:
        return any(_opens_with_assertion(list(branch)) for branch in av[1])
    return False


_LEADING_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, opened by a lookahead for the characters its matches start with when these
    are known and few: the same matches, groups and spans, found faster. Otherwise `pattern`."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return pattern
    tree = _re_parser.parse(pattern.pattern, pattern.flags)
    if not _slow_start(tree, pattern.flags):
        return pattern
    step = _first_of(list(tree), pattern.flags)
    if step is None or step[1] or not step[0] or len(step[0]) > _MAX_FIRST:
        return pattern
    chars = "".join(re.escape(chr(c)) for c in sorted(step[0]))
    lead = _LEADING_FLAGS.match(pattern.pattern)
    head = lead[0] if lead else ""
    body = pattern.pattern[len(head) :]
    return re.compile(f"{head}(?=[{chars}])(?:{body})", pattern.flags)
