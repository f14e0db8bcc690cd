"""The words a regular expression cannot match without: a cheap test that skips most searches.

Extraction runs a few hundred table rows over every loss sentence, and most rows match none
(issue 13 req 7: speed). Each row's pattern is read once, from its parse tree, for the literal
strings one of which every match contains ("lost", "losses" or "casualties"); a text holding
none of them cannot match, and a substring test is many times cheaper than a search. Nothing is
written by hand: a row added to any table gets its words from its own pattern.

Texts and words are compared case-folded the way `re.IGNORECASE` compares characters (simple
lower case, plus the characters `re` treats as equal: "ſ" and "s", "ı" and "i", ...), so the
test never says "cannot match" for a case-sensitive or a case-insensitive pattern that can:
it may only let through a text the pattern then does not match.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from re import _casefix as _re_casefix  # type: ignore[attr-defined]  # 3.11's parser and case table
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any

from knowledge.lexicon.patterns import with_first_chars

# Sets of alternatives larger than this are not tracked (the test would cost a search).
_LIMIT = 32

# Characters `re` treats as equal under IGNORECASE beyond their lower case, each mapped to one
# of its class; "İ" lower-cases to two characters in `str.lower`, to "i" in `re`.
_EXTRA: dict[int, int] = {}
for _low, _others in _re_casefix._EXTRA_CASES.items():
    _EXTRA[_low] = min(_low, *_others)
    for _other in _others:
        _EXTRA[_other] = min(_low, *_others)
_BEFORE_LOWER = {0x130: "i"}


def fold(text: str) -> str:
    """`text` in the case folding the words are compared in."""
    if text.isascii():
        return text.lower()
    return text.translate(_BEFORE_LOWER).lower().translate(_EXTRA)


Words = frozenset[str]


def _best(candidates: Iterable[Words | None], limit: int = _LIMIT) -> Words | None:
    """The most selective requirement: the longest shortest word, then the fewest words."""
    usable = [c for c in candidates if c and "" not in c and len(c) <= limit]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _sequence(
    items: Sequence[tuple[Any, Any]], limit: int = _LIMIT
) -> tuple[Words | None, Words | None]:
    """(every string the items can match in a row, if few; a requirement) of a sequence."""
    whole, candidates = _sequence_candidates(items, limit)
    return whole, _best(candidates, limit)


def _sequence_candidates(
    items: Sequence[tuple[Any, Any]], limit: int = _LIMIT
) -> tuple[Words | None, list[Words | None]]:
    """(every string the items can match in a row, if few; every requirement of the sequence,
    each of which a match meets: its items' own and its runs of literal text)."""
    run: Words = frozenset({""})
    whole = True
    candidates: list[Words | None] = []
    for op, av in items:
        exact, needs = _node(op, av, limit)
        candidates.append(needs)
        if exact is not None and len(run) * len(exact) <= limit:
            run = frozenset(a + b for a in run for b in exact)
        else:
            candidates.append(run)
            whole = False
            run = exact if exact is not None else frozenset({""})
    candidates.append(run)
    return (run if whole else None), candidates


def _node(op: Any, av: Any, limit: int = _LIMIT) -> tuple[Words | None, Words | None]:
    """(every string the node can match, if few; a requirement) of one parse-tree node."""
    if op is _c.LITERAL:
        return frozenset({fold(chr(av))}), None
    if op is _c.IN:
        members = av
        if all(kind is _c.LITERAL for kind, _ in members) and len(members) <= 8:
            return frozenset(fold(chr(code)) for _, code in members), None
        return None, None
    if op is _c.SUBPATTERN:
        return _sequence(av[-1], limit)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, limit)
    if op is _c.BRANCH:
        return _branch(av[1], limit)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        exact, needs = _sequence(body, limit)
        if low == 0:
            optional = exact is not None and high == 1
            return (frozenset({""}) | exact if exact is not None and optional else None), None
        return (exact if low == high == 1 else None), _best([exact, needs], limit)
    if op is _c.AT or op is _c.ASSERT_NOT:
        return frozenset({""}), None  # zero width: adds nothing to the text around it
    if op is _c.ASSERT:  # the looked-at text is in the searched text, not in the match
        exact, needs = _sequence(av[1], limit)
        return frozenset({""}), _best([exact, needs], limit)
    return None, None  # any character, a class, a back reference: no literal


def _branch(
    branches: Sequence[Sequence[tuple[Any, Any]]], limit: int = _LIMIT
) -> tuple[Words | None, Words | None]:
    """(exact strings, requirement) of an alternation: every branch must require something."""
    exacts: list[Words | None] = []
    needs: set[str] = set()
    required = True
    for branch in branches:
        exact, need = _sequence(branch, limit)
        exacts.append(exact)
        best = _best([exact, need], limit)
        if best is None:
            required = False
        else:
            needs |= best
    union: Words | None = None
    known = [e for e in exacts if e is not None]
    if len(known) == len(exacts):
        union = frozenset().union(*known)
        union = union if len(union) <= limit else None
    return union, (frozenset(needs) if required and len(needs) <= limit else None)


def needed(pattern: re.Pattern[str], limit: int = _LIMIT) -> tuple[str, ...]:
    """Folded words one of which every text `pattern` matches in contains; () when none is
    certain (the pattern must then always be searched). Sets of more than `limit`
    alternatives are not tracked."""
    if not isinstance(pattern.pattern, str):
        return ()
    tree = _re_parser.parse(pattern.pattern, pattern.flags)
    exact, needs = _sequence(list(tree), limit)
    best = _best([exact, needs], limit)
    if not best:
        return ()
    # A word holding another is found whenever the other is: the shorter one is enough.
    words = {w for w in best if not any(o != w and o in w for o in best)}
    return tuple(sorted(words, key=lambda w: (len(w), w)))


def _opened(items: Sequence[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The items of a sequence with its plain groups opened in place: a group matches what
    its items match in a row, so each of its items' requirements is the whole's too."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _c.SUBPATTERN:
            out += _opened(av[-1])
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out += _opened(av)
        elif op is _c.BRANCH and len(av[1]) == 1:
            out += _opened(av[1][0])
        else:
            out.append((op, av))
    return out


def _fewest(words: Words) -> tuple[str, ...]:
    """`words` without those holding another: the shorter one is found whenever they are."""
    kept = {w for w in words if not any(o != w and o in w for o in words)}
    return tuple(sorted(kept, key=lambda w: (len(w), w)))


# More requirements than this cost more substring tests than the searches they save.
_MAX_REQUIREMENTS = 3


def requirements(pattern: re.Pattern[str], limit: int = _LIMIT) -> tuple[tuple[str, ...], ...]:
    """Sets of folded words such that every text `pattern` matches in holds a word of EACH
    set (a match holds all the literal parts its sequence cannot skip), most selective first;
    the first is `needed(pattern)` or better. () when none is certain."""
    if not isinstance(pattern.pattern, str):
        return ()
    tree = _re_parser.parse(pattern.pattern, pattern.flags)
    exact, candidates = _sequence_candidates(_opened(list(tree)), limit)
    usable = {
        _fewest(c)
        for c in [exact, *candidates]
        if c and "" not in c and len(c) <= limit and not all(len(w) == 1 and w.isalnum() for w in c)
    }  # a set of single letters (a lookahead for first letters) is met by almost any text
    chosen: list[tuple[str, ...]] = []
    for words in sorted(usable, key=lambda c: (min(map(len, c)), -len(c), c), reverse=True):
        # A set met whenever a chosen one is (each of that one's words holds one of its
        # words) adds nothing.
        if not any(all(any(w in o for w in words) for o in other) for other in chosen):
            chosen.append(words)
    return tuple(chosen[:_MAX_REQUIREMENTS])


# A pattern run once a question (not once a sentence, as the extractor's rows are) can
# afford a longer word list: a feast's or a holiday's names, a unit word.
_WIDE_LIMIT = 64


_WIDE: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}


def wide_needs(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """`needed(pattern)` with sets of up to 64 alternatives tracked, worked out once per
    pattern (kept by identity: hashing a pattern hashes its whole compiled code)."""
    entry = _WIDE.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_WIDE) > 4096:  # patterns made on the fly: keep the table bounded
            _WIDE.clear()
        entry = _WIDE[id(pattern)] = (pattern, needed(pattern, _WIDE_LIMIT))
    return entry[1]


def may_match(needs: tuple[str, ...], folded: str) -> bool:
    """False when `folded` (a folded text, or a folded text around it) holds none of `needs`."""
    if not needs:
        return True
    for word in needs:  # noqa: SIM110 - a loop, not any(): runs hundreds of times a question
        if word in folded:
            return True
    return False


@functools.lru_cache(maxsize=16)
def folded(text: str) -> str:
    """`fold(text)`, kept for the few texts (a sentence and its windows) read at a time."""
    return fold(text)


_NEEDS: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}
# Screening with more words than this costs about what the search it would save does: a
# substring test is some 50 ns on a sentence, a search of a big alternation several us (6 was
# too few: wordy rows such as "in total|so far|to date|..." went unscreened; 16 measured
# about 4% faster extraction, 32 no faster than 16).
_MAX_SCREEN_WORDS = 16


def _anchored(pattern: re.Pattern[str]) -> bool:
    """True for a pattern tried at the text's start only ("^..." without MULTILINE) that does
    not scan ahead first: its search fails at once, cheaper than any screen. One opening with
    a run of any characters ("^[^.;]{0,60}?\\bkilled by") tries every place in the run, and is
    screened like any other."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.MULTILINE:
        return False
    tree = list(_re_parser.parse(pattern.pattern, pattern.flags))
    if not (
        tree and tree[0][0] is _c.AT and tree[0][1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    ):
        return False
    opening = next((node for node in tree[1:] if not _spaces(node)), None)
    return opening is None or not _run(opening)


_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))


def _spaces(node: tuple[Any, Any]) -> bool:
    """Whether a parse-tree node is a run of white space only ("\\s*", " +")."""
    op, av = node
    if op not in _REPEATS:
        return False
    body = list(av[2])
    return len(body) == 1 and body[0] in (
        (_c.IN, [(_c.CATEGORY, _c.CATEGORY_SPACE)]),
        (_c.LITERAL, ord(" ")),
    )


def _run(node: tuple[Any, Any]) -> bool:
    """Whether a parse-tree node repeats something more than once ("[^.;]{0,60}?")."""
    return node[0] in _REPEATS and node[1][1] > 1


def needs_of(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The words `pattern` is screened by (`needed`, worked out once per pattern); () when
    screening would not pay (an anchored pattern, or too many words)."""
    entry = _NEEDS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_NEEDS) > 4096:  # patterns made on the fly: keep the table bounded
            _NEEDS.clear()
        words = () if _anchored(pattern) else needed(pattern)
        entry = _NEEDS[id(pattern)] = (pattern, words if len(words) <= _MAX_SCREEN_WORDS else ())
    return entry[1]


_REQUIREMENTS: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]] = {}


def requirements_of(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The word sets `pattern` is screened by (`requirements`, worked out once per pattern,
    sets of more than `_MAX_SCREEN_WORDS` words left out); () when screening would not pay."""
    entry = _REQUIREMENTS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_REQUIREMENTS) > 4096:  # patterns made on the fly: keep the table bounded
            _REQUIREMENTS.clear()
        sets = () if _anchored(pattern) else requirements(pattern)
        # Tested fewest words first: a text fails most rows, and a small set fails after few
        # substring tests (a fifth faster on the loser-phrase table than the order of
        # selectivity; the order never changes what is kept).
        kept = tuple(
            sorted(
                (words for words in sets if len(words) <= _MAX_SCREEN_WORDS),
                key=lambda words: (len(words), -min(map(len, words))),
            )
        )
        entry = _REQUIREMENTS[id(pattern)] = (pattern, kept)
    return entry[1]


def meets(sets: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Whether the folded `text` holds a word of each of `sets`."""
    for words in sets:
        for word in words:  # a loop, not any(): runs thousands of times an article
            if word in text:
                break
        else:
            return False
    return True


def can_match(pattern: re.Pattern[str], around: str) -> bool:
    """False when `pattern` cannot match in `around` or in any part of it (a sentence read in
    windows is screened once, whole)."""
    sets = requirements_of(pattern)
    return not sets or meets(sets, folded(around))


Row = tuple[re.Pattern[str], Any]


class _Table:
    """A row table's words, and its rows kept for the text screened last."""

    __slots__ = ("last", "needs", "rows")

    def __init__(self, rows: tuple[Row, ...]) -> None:
        self.rows = rows
        self.needs = tuple(requirements_of(row[0]) for row in rows)
        # (text, rows kept): one reference, swapped whole, so threads never see half of it
        self.last: tuple[str | None, tuple[Row, ...]] = (None, ())


_TABLES: dict[int, _Table] = {}


def rows_that_may_match(rows: tuple[Row, ...], around: str) -> tuple[Row, ...]:
    """The rows of a table (pattern first) whose pattern may match in `around` or in a part
    of it; each table's words are worked out once, and a sentence read for several figures
    is screened once."""
    table = _TABLES.get(id(rows))
    if table is None or table.rows is not rows:
        table = _TABLES[id(rows)] = _Table(rows)
    last = table.last
    if last[0] is around:
        return last[1]
    text = folded(around)
    kept: list[Row] = []
    for row, sets in zip(rows, table.needs, strict=True):
        for words in sets:  # a word of each set, or the row cannot match
            for word in words:
                if word in text:
                    break
            else:
                break
        else:
            kept.append(row)
    found = tuple(kept)
    table.last = (around, found)
    return found


class Scan:
    """A pattern compiled once (opened by a lookahead for its first characters when that is
    faster, `with_first_chars`), with the words it needs worked out once: `finditer` as the
    module function below, without looking the pattern up by its text on every call (speed)."""

    __slots__ = ("needs", "pattern", "sets")

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0) -> None:
        self.pattern = with_first_chars(re.compile(pattern, flags))
        self.needs = needs_of(self.pattern)
        self.sets = requirements_of(self.pattern)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, skipped when `text` lacks a word of a set needed."""
        sets = self.sets
        if not sets:
            return self.pattern.finditer(text)
        if text:
            low = folded(text)
            for words in sets:  # loops, not any(): runs thousands of times an article
                for word in words:
                    if word in low:
                        break
                else:
                    return iter(())
            return self.pattern.finditer(text)
        return iter(())


_SCANS: dict[tuple[str | re.Pattern[str], int], re.Pattern[str]] = {}


def finditer(pattern: str | re.Pattern[str], text: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """`re.finditer`, skipped when `text` holds none of the words the pattern needs."""
    compiled = _SCANS.get((pattern, flags))
    if compiled is None:
        if len(_SCANS) > 1024:
            _SCANS.clear()
        compiled = _SCANS[(pattern, flags)] = re.compile(pattern, flags)
    return compiled.finditer(text) if can_match(compiled, text) else iter(())
