"""The shortcuts that make question parsing fast give what the long way gives."""

from __future__ import annotations

import random

from knowledge.questions import unread
from knowledge.questions.unread import normalise_tracked


def _long_way(text: str) -> tuple[str, list[int]]:
    """`normalise_tracked` character by character, without its plain-ASCII shortcut."""
    out: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        for ch in c.lower():
            ch = unread._QUOTES.get(ch, ch)
            if ch == "'" and unread._quoting(text, i):
                ch = " "
            if ch.isspace():
                if out and out[-1] != " ":
                    out.append(" ")
                    origin.append(i)
                continue
            out.append(ch)
            origin.append(i)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


def test_plain_ascii_shortcut_matches_the_long_way() -> None:
    """Random short texts of letters, spaces of every kind, quotes and non-ASCII letters."""
    rng = random.Random(7)
    alphabet = "aB Z1,.-'\"`\t\n\x1c\x0bİé’ "
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert normalise_tracked(text) == _long_way(text), repr(text)


def test_plain_question_is_its_lower_case() -> None:
    """A plain ASCII question is only lower-cased, each character from its own place."""
    expected = ("tank losses in may 2024", list(range(23)))
    assert normalise_tracked("Tank losses in May 2024") == expected
