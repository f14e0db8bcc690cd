"""The word screen in front of the extractor's rows (issue 13 req 7): a pattern's needed words
are read from the pattern itself, and the screen never turns away a text the pattern matches."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import knowledge
from knowledge.lexicon.patterns import with_first_chars
from knowledge.lexicon.prefilter import (
    Scan,
    can_match,
    folded,
    may_match,
    needed,
    needs_of,
    requirements,
    requirements_of,
    rows_that_may_match,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bcasualt(?:y|ies)\b", ("casualty", "casualties")),
        (r"\b[Ff]or\s+(?:Ukraine|Kyiv)\b", ("kyiv", "ukraine")),
        (r"(?:Russia|Moscow)'s\s+losses", ("moscow's", "russia's")),
        (r"\benemy(?:'s)?\s+(?:losses|dead)", ("enemy",)),
        (r"(?i)killed\s+or\s+wounded", ("wounded",)),
        (r"\d+\s+\w+", ()),  # nothing literal
        (r"(?:lost|\d+)", ()),  # one branch needs no word: no screen
        (r"(?=.*\bofficial\b)", ("official",)),  # looked-ahead words are in the text
        (r"(?!.*\bofficial\b)x", ("x",)),  # words looked away from are not needed
        (r"years?\s+old", ("year",)),  # "years" holds "year": one is enough
    ],
)
def test_needed_words_come_from_the_pattern(pattern: str, words: tuple[str, ...]) -> None:
    assert set(needed(re.compile(pattern))) == set(words)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i)losses", "LOSSES"),
        (r"(?i)losses", "loſses"),  # re folds the long s with s
        (r"(?i)kill", "\u212aILL"),  # the Kelvin sign is a K to re
        (r"(?i)in", "\u0130N"),  # a dotted capital I is an i to re
        (r"(?i)ıt", "it"),
        (r"σας", "σας"),
        (r"(?i)ΣΑΣ", "σας"),
    ],
)
def test_screen_folds_case_as_re_does(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert compiled.search(text), "the example must match"
    assert can_match(compiled, text)


def test_screen_turns_away_texts_without_the_words() -> None:
    pattern = re.compile(r"\b(?:civilians?|residents)\b", re.I)
    assert not can_match(pattern, "Ukraine's forces lost 1,200 soldiers.")
    assert can_match(pattern, "1,200 RESIDENTS fled.")


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        # every part a match cannot skip is a requirement of its own, most selective first
        (r"\b(?:Ukraine|Kyiv)'s\s+(?:own\s+)?losses", [("losses",), ("kyiv's", "ukraine's")]),
        (r"(?i)since\s+the\s+start\s+of", [("start",), ("since",), ("the",)]),
        # a group is opened in place: its parts are the whole's
        (r"(?:\bour\s+(?:troops|men)\s+lost)", [("lost",), ("our",), ("men", "troops")]),
        # a set met whenever another is adds nothing ("lost" holds "los")
        (r"(?:lost|losses)\s+(?:los)", [("lost", "losses")]),
        (r"(?:lost|\d+)\s+\w+", []),  # one branch needs no word: no set
        (r"(?=[KU])(?:Kyiv|Ukraine)", [("kyiv", "ukraine")]),  # first letters are no set
    ],
)
def test_requirements_are_every_part_a_match_needs(
    pattern: str, sets: list[tuple[str, ...]]
) -> None:
    found = requirements(re.compile(pattern))
    assert [set(words) for words in found] == [set(words) for words in sets]


def test_a_text_lacking_any_one_required_part_is_turned_away() -> None:
    row = re.compile(r"\b(?:Ukraine|Kyiv)'s\s+(?:own\s+)?(?:losses|dead)\b")
    rows = ((row, "ukraine"),)
    for text in ("Ukraine's forces advanced.", "Russian losses rose.", "Kyiv said 40 died."):
        assert not can_match(row, text) and rows_that_may_match(rows, text) == ()
    for text in ("KYIV'S LOSSES", "Ukraine's own dead were 12.", "Kyiv's troops; their losses"):
        assert can_match(row, text) and rows_that_may_match(rows, text) == rows
    scan = Scan(row)
    assert list(scan.finditer("Ukraine's forces advanced.")) == []
    assert [m[0] for m in scan.finditer("Ukraine's dead")] == ["Ukraine's dead"]


def test_anchored_and_wordy_patterns_are_not_screened() -> None:
    assert needs_of(re.compile(r"^\s+of\s+their\s+own")) == ()
    assert needs_of(re.compile(r"^\s*(?:that\s+)?the\s+enemy")) == ()
    # ...but one that first runs over up to 60 characters tries every place: screened
    assert needs_of(re.compile(r"^[^.;]{0,60}?\bkilled\s+by\s+Russian")) == ("russian",)
    assert needs_of(re.compile(r"^\s*(?:[\w,-]+\s+){0,4}?for\s+Ukraine\b")) == ("ukraine",)
    wordy = re.compile("|".join(f"w{i}ord" for i in range(20)))
    assert len(needed(wordy)) == 20 and needs_of(wordy) == ()
    assert len(needs_of(re.compile("|".join(f"w{i}ord" for i in range(10))))) == 10


def test_scan_finds_what_its_pattern_finds() -> None:
    """A `Scan` skips only texts its pattern finds nothing in, and finds the same spans."""
    scan = Scan(r"\b(?:last|past)\s+(?P<unit>week|month)\b", re.I)
    assert scan.needs == ("last", "past")
    texts = ["Losses in the LAST week rose; the past month too.", "No period here.", ""]
    for text in texts:
        spans = [m.span() for m in scan.finditer(text)]
        assert spans == [m.span() for m in scan.pattern.finditer(text)]
    assert [m["unit"] for m in scan.finditer(texts[0])] == ["week", "month"]
    assert Scan(scan.pattern).pattern is scan.pattern  # a compiled pattern is kept as it is
    unscreened = Scan(r"\d+")
    assert unscreened.needs == () and [m[0] for m in unscreened.finditer("a 12 b 3")] == ["12", "3"]


def _knowledge_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the knowledge package keeps at module level, alone or in rows."""
    found: dict[int, re.Pattern[str]] = {}

    def take(value: object, depth: int = 0) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found[id(value)] = value
        elif isinstance(value, Scan):  # a finder's pattern, compiled once with its words
            found[id(value.pattern)] = value.pattern
        elif isinstance(value, tuple | list) and depth < 2:
            for item in value:
                take(item, depth + 1)

    for info in pkgutil.walk_packages(knowledge.__path__, "knowledge."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            take(value)
    return list(found.values())


def _texts() -> list[str]:
    """Lines and sentence-sized pieces of the repo's English articles (bounded)."""
    texts: list[str] = []
    folders = ["seeds", "tests/fixtures/articles", "tests/fixtures/blind/articles_en"]
    for folder in folders:
        for path in sorted((ROOT / folder).glob("*.*")):
            if path.suffix in {".md", ".txt"}:
                texts += [line for line in path.read_text().splitlines() if len(line) > 20]
    return texts[:1500]


def test_screen_never_turns_away_a_match() -> None:
    """Property: over every module-level pattern and the repo's article lines, a text the
    pattern matches (anywhere, or in a window of it) always passes the screen."""
    patterns = [p for p in _knowledge_patterns() if requirements_of(p)]
    assert len(patterns) > 50  # the rows really are screened
    assert sum(len(requirements_of(p)) > 1 for p in patterns) > 30  # by several word sets
    texts = _texts()
    for pattern in patterns:
        for text in texts:
            if pattern.search(text):
                assert can_match(pattern, text), (pattern.pattern[:80], text[:80])


@pytest.mark.parametrize(
    ("pattern", "flags", "opened"),
    [
        (r"\b(?:deploy(?:ed)?|sent)\W*$", re.I, r"(?=[ds])"),
        (r"(?<!fighting )\b[Ff]or\s+(?:Ukraine|Kyiv)\b", 0, r"(?=[Ff])"),
        (r"\b(?:he|she)\s+said\b", re.I, r"(?=[hs])"),
        (r"(?:between\s+|from\s+)?\d+", re.I, None),  # a digit class: not a few known chars
        (r"^[^.;]{0,60}?\bkilled", re.I, None),  # tried at the start only
        (r"\b(?=[lc])(?:lost|casualties)", re.I, None),  # opened by a lookahead already
        (r"(?:losses)?\bx?", re.I, None),  # can match nothing
        (r"[;.]|,\s+but\b", 0, None),  # case-sensitive, no assertion first: re skips already
        (r"\w+ lost", re.I, None),
        # a branch opening with an assertion: re enters it at every place
        (r"\b(?:losses)\s+of|(?<!fighting )\bfor\s+Kyiv", 0, r"(?=[fl])"),
        (r"abc|abd", 0, None),  # re skips to the first letter itself
        (r"(?i)12|34", 0, None),  # digits have no case: re skips to them too
    ],
)
def test_first_chars_are_read_from_the_pattern(
    pattern: str, flags: int, opened: str | None
) -> None:
    compiled = re.compile(pattern, flags)
    faster = with_first_chars(compiled)
    if opened is None:
        assert faster is compiled
    else:
        assert faster.pattern.startswith(opened) and faster.flags == compiled.flags


def test_first_chars_keep_inline_flags_and_groups() -> None:
    faster = with_first_chars(re.compile(r"(?i)\b(?P<verb>lost|killed)\s+(?P<n>\d+)"))
    assert faster.pattern.startswith("(?i)(?=[")
    m = faster.search("They LOST 40 tanks")
    assert m is not None and m["verb"] == "LOST" and m["n"] == "40" and m.span() == (5, 12)
    assert faster.groupindex == {"verb": 1, "n": 2}
    # a case-insensitive part of a case-sensitive pattern: its first letters in either case
    assert with_first_chars(re.compile(r"\b(?i:lost)")).pattern == r"\b(?i:lost)"


def test_first_chars_never_change_a_match() -> None:
    """Property: over every module-level pattern of the knowledge package and the repo's
    article lines, the pattern opened by its first characters finds the same spans and groups,
    whole and in windows (as the extractor searches them)."""
    texts = _texts()[:300]
    opened = 0
    for pattern in _knowledge_patterns():
        faster = with_first_chars(pattern)
        if faster is pattern:
            continue
        opened += 1
        for text in texts:
            for window in (text, text[:60], text[-60:]):
                got = [(m.span(), m.groups()) for m in faster.finditer(window)]
                assert got == [(m.span(), m.groups()) for m in pattern.finditer(window)], (
                    pattern.pattern[:80],
                    window,
                )
    assert opened > 30  # the rule really applies to the extractor's patterns


def test_extractor_screens_never_turn_away_a_match() -> None:
    """Property: the extractor's own screens (a list line must end in a number; a number in
    words needs a number word or a scale; a fraction its words) pass every line of the repo's
    articles that the pattern behind them matches, and a few written for the edges."""
    from knowledge.extract import claims

    written = [
        "Tanks – 9,502 (+14) units;",
        "• Personnel: about 1,200 people.",
        "2. artillery systems 31 PCS.",
        "Servicemen 40 servicemen ,",
        "Helicopters 12 pcſ",  # re folds the long s with s
        "one hundred and fifty",
        "a dozen",
        "1.5 Million",
        "half a million",
    ]
    for text in [*written, *_texts()]:
        if claims._LIST_LINE.match(text):
            assert claims._may_be_list_line(text), text
        if any(m["word"] or m["scale"] for m in claims._WORD_NUMBER.finditer(text)):
            assert may_match(claims._WORD_NUMBER_NEEDS, folded(text)), text
        if claims._FRACTION.search(text):
            assert can_match(claims._FRACTION, text), text
    assert not claims._may_be_list_line("Russia lost many tanks, officials said.")
    assert not may_match(claims._WORD_NUMBER_NEEDS, folded("Russia lost 40 tanks."))
