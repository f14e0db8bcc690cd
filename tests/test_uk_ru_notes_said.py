"""A Ukrainian or Russian answer never says how a date was read in English (wave 10: the note
on dates in brackets, which no wording table has, was left in English in a Ukrainian answer):
a note the tables cannot say is replaced by the period it led to. Phrasings written for this
test, each leading to a different date note."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
ENGLISH_NOTE = re.compile(r"\bI read\b|\bSeasons are\b|\bI also have\b")

QUESTIONS = [
    "скільки ворог втратив від Різдва до Водохреща (25.12.2024 - 06.01.2025)?",
    "втрати окупантів на зимові свята (1-7 січня 2025)",
    "сколько потеряли оккупанты в новогодние праздники (1-8 января 2025)",
    "втрати росії у 3-й тиждень 2025 року",
    "потери россии за 1000-й день войны",
    "скільки танків втратила росія влітку 2025",
    "потери россии на прошлых выходных",
    "втрати росії 24.02.2025, у третю річницю вторгнення",
]


@pytest.fixture(scope="module")
def seeds_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize("question", QUESTIONS)
def test_no_date_note_is_left_in_english(seeds_store: ClaimStore, question: str) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert result.language in ("uk", "ru")
    assert not ENGLISH_NOTE.search(result.text), result.text
