"""A quoted rate held against the period's average (issue 12, agreement): "'nearly 1,600 a day in
December 2024' - fair summary?" is answered with December's average a day, never with one day
whose report happened to add 1,600; a rate quoted for one day is that day's figure. Phrasings
written for this test.
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


RATES = [
    ("'around 1,600 a day in December 2024' - is that fair?", "december 2024"),
    ("a columnist wrote 1,200 russians a day in May 2025. does it hold up?", "may 2025"),
    pytest.param(
        "1,100 per day through march 2024 - accurate?", "march 2024",
        marks=pytest.mark.xfail(strict=True, reason="'through P' is read as the total up to P"),
    ),
    ("1,100 per day throughout march 2024 - accurate?", "march 2024"),
    ("Kyiv: 1 300 a day in 2024. true?", "2024"),
    ("my draft says Russia lost 40,000 a month in 2024 - correct?", "2024"),
    ("is 'over 9,000 a week' in november 2024 consistent with the tally?", "november 2024"),
    ("'roughly 1,500 soldiers a day in June 2025' - does that check out?", "june 2025"),
    ("they say 1,000 troops a day in october 2024, legit?", "october 2024"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "period"), RATES)
def test_a_quoted_rate_is_checked_against_the_average(
    store: ClaimStore, question: str, period: str
) -> None:
    got = answer(question, store, today=TODAY)
    assert got.answered, got.text
    assert "on average" in got.text
    unit = "month" if "a month" in question else "week" if "a week" in question else "day"
    plain = answer(f"average russian losses per {unit} in {period}", store, today=TODAY)
    assert [c.value for c in got.claims] == [c.value for c in plain.claims]


def test_a_rate_quoted_for_one_day_is_that_days_figure(store: ClaimStore) -> None:
    got = answer("someone said 1,030 a day on 7 feb 2023, right?", store, today=TODAY)
    assert "on average" not in got.text
    assert 1030 in [c.value for c in got.claims]
