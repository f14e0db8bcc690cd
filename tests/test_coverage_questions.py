"""Questions about the span the bot's own figures cover (wave 11, qrecord): their first or
last day, how far back they go, whether they are still updated, whether a bare year is held.
Each is answered from the series: where it ends, where it starts, whose it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "what's the last date you have?",
        "which is your newest report?",
        "how far back do you have figures?",
        "How far back can I ask about?",
        "is this still being updated?",
        "did the data stop updating at some point?",
        "is the tally updated every day?",
        "do you cover 2023?",
        "does your data go back to 2022?",
        "what is the earliest day you hold?",
    ],
)
def test_a_question_about_the_span_held_says_where_it_ends_and_starts(
    question: str, store: ClaimStore
) -> None:
    text = answer(question, store, today=TODAY).text
    assert "My daily figures end on 8 August 2026" in text, text
    assert "They start with the report of 25 February 2022" in text
    assert "General Staff" in text


@pytest.mark.parametrize(
    "question",
    [
        "russian losses on the last day of 2024",
        "how far did russia advance in 2024",
        "russian losses in 2023",
        "the first day of the war: russian losses",
    ],
)
def test_a_question_about_losses_is_not_about_the_span(question: str, store: ClaimStore) -> None:
    assert "They start with the report of" not in answer(question, store, today=TODAY).text
