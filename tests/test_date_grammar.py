"""The question date grammar (issue 12, requirement 2): each row of `knowledge.dates.DATE_RULES`
read exactly, never widened to the month or year around it."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import parse_question
from knowledge.models import WAR_START

TODAY = dt.date(2026, 11, 30)
D = dt.date


def _period(text: str) -> tuple[dt.date | None, dt.date | None]:
    q = parse_question(text, TODAY)
    return q.period_start, q.period_end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # weekday plus date: the date, never "last Friday"
        ("losses on Friday 7 June 2024", D(2024, 6, 7), D(2024, 6, 7)),
        ("losses Monday, January 1st 2024", D(2024, 1, 1), D(2024, 1, 1)),
        ("losses on tuesday 3 december 2024", D(2024, 12, 3), D(2024, 12, 3)),
        # numeric dates
        ("losses 2024/11/29", D(2024, 11, 29), D(2024, 11, 29)),
        ("losses 2023.07.04", D(2023, 7, 4), D(2023, 7, 4)),
        ("losses 15/03/2023", D(2023, 3, 15), D(2023, 3, 15)),
        ("losses 03/15/2023", D(2023, 3, 15), D(2023, 3, 15)),
        ("losses 1.10.2025", D(2025, 10, 1), D(2025, 10, 1)),
        # first / last / n-th N days, weeks, fortnights, months of a month or a year
        ("losses in the first fortnight of may 2025", D(2025, 5, 1), D(2025, 5, 14)),
        ("losses in the second fortnight of may 2025", D(2025, 5, 15), D(2025, 5, 28)),
        ("losses in the first 50 days of 2024", D(2024, 1, 1), D(2024, 2, 19)),
        ("losses opening week of 2025", D(2025, 1, 1), D(2025, 1, 7)),
        ("tanks lost final week of march 2024", D(2024, 3, 25), D(2024, 3, 31)),
        ("losses in the last 7 days of January 2024", D(2024, 1, 25), D(2024, 1, 31)),
        ("losses last 3 months of 2023", D(2023, 10, 1), D(2023, 12, 31)),
        ("losses first three weeks of 2024", D(2024, 1, 1), D(2024, 1, 21)),
        ("losses in the last 10 days of 2023", D(2023, 12, 22), D(2023, 12, 31)),
        ("losses in the first 9 days of February 2024", D(2024, 2, 1), D(2024, 2, 9)),
        ("losses in the second week of may 2025", D(2025, 5, 8), D(2025, 5, 14)),
        ("losses in the first two months of 2024", D(2024, 1, 1), D(2024, 2, 29)),
        # the war's own calendar
        ("losses in the first 10 days of the war", WAR_START, D(2022, 3, 5)),
        ("losses in the first 100 days of the invasion", WAR_START, D(2022, 6, 3)),
        ("losses in the second week of the war", D(2022, 3, 3), D(2022, 3, 9)),
        # ISO weeks
        ("losses in week 48 of 2024", D(2024, 11, 25), D(2024, 12, 1)),
        ("losses in week 1 of 2025", D(2024, 12, 30), D(2025, 1, 5)),
        # seasons across a year end
        ("losses in winter 2023/24", D(2023, 12, 1), D(2024, 2, 29)),
        ("losses in winter 2022-2023", D(2022, 12, 1), D(2023, 2, 28)),
        # months joined into one period
        ("losses between march and may 2023", D(2023, 3, 1), D(2023, 5, 31)),
        ("losses from march to may 2023", D(2023, 3, 1), D(2023, 5, 31)),
        # N days / the week before or up to a date
        ("losses in the week before 14 february 2024", D(2024, 2, 7), D(2024, 2, 13)),
        ("losses in the 30 days to 31 july 2025", D(2025, 7, 2), D(2025, 7, 31)),
        ("tanks lost in the three days before Christmas 2023", D(2023, 12, 22), D(2023, 12, 24)),
        ("losses in the week up to feb 9 2024", D(2024, 2, 3), D(2024, 2, 9)),
        ("losses in the 2 days to 7 feb 2023", D(2023, 2, 6), D(2023, 2, 7)),
        # the start of a period, joined to an end
        ("losses since the start of 2025 up to 31 March 2025", D(2025, 1, 1), D(2025, 3, 31)),
        ("losses from the beginning of march 2024 to 10 march 2024", D(2024, 3, 1), D(2024, 3, 10)),
    ],
)
def test_period_read_exactly(text: str, start: dt.date, end: dt.date) -> None:
    assert _period(text) == (start, end)


def test_weekday_that_contradicts_the_date_is_reported() -> None:
    q = parse_question("losses on Monday 7 June 2024", TODAY)
    assert (q.period_start, q.period_end) == (D(2024, 6, 7), D(2024, 6, 7))
    assert any("Friday" in n and "Monday" in n for n in q.date_notes)


def test_ambiguous_numeric_date_says_which_reading() -> None:
    q = parse_question("losses 03/04/2023", TODAY)
    assert q.period_start == D(2023, 4, 3)
    assert any("3 April 2023" in n and "day first" in n for n in q.date_notes)


def test_unambiguous_numeric_date_has_no_note() -> None:
    q = parse_question("losses 15/03/2023", TODAY)
    assert not any("day first" in n for n in q.date_notes)


def test_iso_week_states_its_convention() -> None:
    q = parse_question("losses in week 48 of 2024", TODAY)
    assert any("ISO week" in n for n in q.date_notes)


def test_season_states_its_convention() -> None:
    q = parse_question("losses in winter 2023/24", TODAY)
    assert any("meteorological" in n for n in q.date_notes)


def test_months_between_are_one_period_not_a_list() -> None:
    q = parse_question("losses between march and may 2023", TODAY)
    assert q.prefer_kind is None


def test_since_the_start_of_a_year_runs_to_the_latest_report() -> None:
    q = parse_question("losses since the beginning of 2024", TODAY)
    assert (q.period_start, q.period_end, q.open_end) == (D(2024, 1, 1), None, True)
