"""A period asked unit by unit (wave 11, qrecord): "month by month in 2024", "broken down by
week": the whole period's figure, then one line per calendar month or Monday-to-Sunday week
inside it, each the daily series' own difference, never a figure no report gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.models import PeriodKind, Relation
from knowledge.questions.averages import breakdown_unit
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("russian tanks in q1 2024, month by month", PeriodKind.month),
        ("Month-by-month Russian personnel losses for the first half of 2025?", PeriodKind.month),
        ("russian losses in 2024 broken down by month", PeriodKind.month),
        ("can you split 2024 by month - russian drones", PeriodKind.month),
        ("a monthly breakdown of russian artillery losses in 2025", PeriodKind.month),
        ("one figure per month for russian personnel in 2024 please", PeriodKind.month),
        ("russian losses in march 2025 week by week", PeriodKind.week),
        ("break it down by week: russian tanks, february 2025", PeriodKind.week),
        ("weekly breakdown of russian losses in november 2024", PeriodKind.week),
    ],
)
def test_a_period_asked_unit_by_unit(question: str, unit: PeriodKind, store: ClaimStore) -> None:
    assert breakdown_unit(question) == unit
    result = answer(question, store, today=TODAY)
    periods = {(c.period_start, c.period_end) for c in result.claims}
    assert result.answered and len(periods) >= 3, result.text
    assert result.query is not None and not [u for u in result.query.unread if u.constrains]


def test_the_first_quarter_of_2024_month_by_month(store: ClaimStore) -> None:
    result = answer("russian tanks in q1 2024, month by month", store, today=TODAY)
    parts = [c for c in result.claims if c.relation == Relation.inside]
    assert [c.value for c in parts] == [339, 288, 376]
    assert "Month by month:" in result.text
    # the parts add up to the whole period's figure (corrections are inside both)
    whole = [c for c in result.claims if c.relation == Relation.exact]
    assert whole and sum(c.value for c in parts) == whole[0].value


@pytest.mark.parametrize(
    "question",
    [
        "average russian losses month by month in 2024",
        "russian losses per month in 2024",
        "worst month of 2024 for russia",
        "russian losses in 2024",
    ],
)
def test_no_list_where_none_is_asked(question: str, store: ClaimStore) -> None:
    result = answer(question, store, today=TODAY)
    assert "Month by month:" not in result.text
