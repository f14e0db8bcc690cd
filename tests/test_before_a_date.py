"""A running total "before" a date (issue 12, agreement and requirement 2): "did losses pass
10,000 before April 2025?" asks for the total as of the day before, never for April itself and
never with "before" dropped. Phrasings written for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import parse_question
from knowledge.models import PeriodKind

TODAY = dt.date(2026, 11, 30)
WAR = dt.date(2022, 2, 24)

BEFORE = [
    ("did russian tank losses pass ten thousand before April 2025?", dt.date(2025, 3, 31)),
    ("russian personnel losses before june 2024", dt.date(2024, 5, 31)),
    ("how many drones had russia lost prior to 1 may 2024", dt.date(2024, 4, 30)),
    ("had kyiv's count topped 400,000 ahead of 2024?", dt.date(2023, 12, 31)),
    ("was the total already over a million before 15 june 2025?", dt.date(2025, 6, 14)),
    ("russian artillery losses before 2025 according to ukraine", dt.date(2024, 12, 31)),
    ("did the tank tally cross 8,000 before the end of 2023?", dt.date(2023, 12, 31)),
    ("Russian losses prior to September 2023, per the General Staff", dt.date(2023, 8, 31)),
]


@pytest.mark.parametrize(("question", "end"), BEFORE)
def test_before_a_date_is_the_running_total_the_day_before(question: str, end: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_kind, query.period_start, query.period_end) == (
        PeriodKind.cumulative,
        WAR,
        end,
    )
    assert [u.text for u in query.unread if u.kind == "period"] == []


def test_the_week_before_a_date_stays_that_week() -> None:
    query = parse_question("russian losses in the week before 14 february 2024", TODAY)
    assert (query.period_start, query.period_end) == (dt.date(2024, 2, 7), dt.date(2024, 2, 13))
