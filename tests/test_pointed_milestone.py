"""A milestone asked by pointing at a quoted figure (issue 12, agreement): "'9,000 tanks
destroyed' - when did the count pass that?" is the same question as "when did Russian tank
losses pass 9,000?". Phrasings written for this test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, answer, open_or_build

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


POINTED = [
    ("a post says 500,000 russian troops lost - when did the tally reach that?",
     "when did russian personnel losses pass 500,000?"),
    ("HEADLINE: 8,000 RUSSIAN TANKS GONE. when did kyiv's count cross that?",
     "when did russian tank losses pass 8,000?"),
    ("'700,000 Russian casualties' - on what date did the total pass that mark?",
     "when did russian personnel losses pass 700,000?"),
    ("my notes: 10,000 russian drones down. when did the general staff hit that number?",
     "when did russian drone losses pass 10,000?"),
    ("Breaking: 20,000 artillery systems. When did the count go past that?",
     "when did russian artillery losses pass 20,000?"),
    ("someone wrote 300,000 russian soldiers lost - which day did the tally top that?",
     "when did russian personnel losses pass 300,000?"),
    ("they say 5,000 tanks. what date did kyiv's total exceed it?",
     "when did russian tank losses pass 5,000?"),
    ("'1 million russians' - when did the general staff's tally reach that milestone?",
     "when did russian personnel losses pass 1,000,000?"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "plain"), POINTED)
def test_pass_that_is_the_milestone_of_the_quoted_figure(
    store: ClaimStore, question: str, plain: str
) -> None:
    got = answer(question, store, today=TODAY)
    want = answer(plain, store, today=TODAY)
    assert got.answered and want.answered, got.text
    assert [(c.value, c.period_end) for c in got.claims] == [
        (c.value, c.period_end) for c in want.claims
    ]
