"""A quoted figure with who passed it on before a colon (issue 12, agreement): "Viral post:
45,720 ... legit?". The name before the colon is where the asker read the figure, not a way the
figures are broken down: it is said first and the figure is checked, never refused for it. A
place before a colon still constrains. Phrasings written for this test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, answer, open_or_build, parse_question

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


QUOTED = [
    ("Viral post: 45,720 russian losses in November 2024. legit?", 45720),
    ("Some Substack: 'Russia lost 41,980 in October 2024' - is that right?", 41980),
    ("Breaking Telegram: 45,720 russian troops lost in Nov 2024, correct?", 45720),
    ("My Uncle's Facebook: 45,720 Russians lost in Nov 2024 - true?", 45720),
    ("TikTok: 41,980 russian soldiers lost in October 2024, accurate?", 41980),
    ('WhatsApp forward: "45,720 Russian losses in November 2024" - does it hold up?', 45720),
    ("Local Radio: 41,980 Russian losses in October 2024. right?", 41980),
    ("a Mastodon thread: 41,980 for russia in oct 2024 - correct?", 41980),
]


@pytest.mark.parametrize(("question", "value"), QUOTED)
def test_who_passed_a_figure_on_is_said_not_a_constraint(
    store: ClaimStore, question: str, value: int
) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread if u.constrains] == []
    got = answer(question, store, today=TODAY)
    assert got.answered, got.text
    assert value in [c.value for c in got.claims]


def test_a_place_before_a_colon_still_constrains() -> None:
    query = parse_question("Avdiivka: 500 russian losses on 3 May 2024, right?", TODAY)
    assert [(u.text, u.kind) for u in query.unread if u.constrains] == [("Avdiivka", "place")]
