"""Wave 10 periods (issue 12), in my own phrasings, one gap each across the blind rounds:

- a period asked "so far" (so far, to date, since X, up to today) ends on the last day fought,
  yesterday: a day's losses are only reported the next morning, and "the last 30 days" already
  end yesterday; a period named alone ("this month") still runs to today;
- "the summer (winter, spring, autumn) before last" is the season a year before last summer's,
  as "the month before last" is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import parse_question

D = dt.date
TODAY = D(2026, 11, 30)
YESTERDAY = D(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("russian personnel losses so far this month", D(2026, 11, 1)),
        ("losses from the start of 2026 up to today", D(2026, 1, 1)),
        ("this quarter so far", D(2026, 10, 1)),
        ("russian drones this autumn so far", D(2026, 9, 1)),
        ("year-to-date russian artillery losses", D(2026, 1, 1)),
        ("since June 1 till today, how many russians?", D(2026, 6, 1)),
        ("russian losses since the start of 2026 until today", D(2026, 1, 1)),
        ("the year so far: tanks", D(2026, 1, 1)),
        ("2026 up to now, russian armour", D(2026, 1, 1)),
    ],
)
def test_a_period_running_to_now_ends_yesterday(text: str, start: dt.date) -> None:
    query = parse_question(text, TODAY)
    assert (query.period_start, query.period_end) == (start, YESTERDAY), text


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        ("russian losses today", TODAY, TODAY, TODAY),
        ("how many russian soldiers this year", TODAY, D(2026, 1, 1), TODAY),
        ("russian losses this month", TODAY, D(2026, 11, 1), TODAY),
        ("the past 24 hours", TODAY, YESTERDAY, TODAY),
        ("what did they lose yesterday", TODAY, YESTERDAY, YESTERDAY),
        ("so far this month", D(2026, 11, 1), D(2026, 11, 1), D(2026, 11, 1)),
        ("russian losses in 2025", TODAY, D(2025, 1, 1), D(2025, 12, 31)),
        ("russian losses in the last 30 days", TODAY, D(2026, 10, 31), YESTERDAY),
    ],
)
def test_periods_not_running_to_now_are_kept(
    text: str, today: dt.date, start: dt.date, end: dt.date
) -> None:
    query = parse_question(text, today)
    assert (query.period_start, query.period_end) == (start, end), text


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        ("ru tanks the summer before last", TODAY, D(2025, 6, 1), D(2025, 8, 31)),
        ("personnel in the winter before last", TODAY, D(2024, 12, 1), D(2025, 2, 28)),
        ("the spring before last, russian drones", D(2026, 4, 20), D(2024, 3, 1), D(2024, 5, 31)),
        ("russian losses during the autumn before last", TODAY, D(2024, 9, 1), D(2024, 11, 30)),
        ("how many tanks in the fall before last", TODAY, D(2024, 9, 1), D(2024, 11, 30)),
        ("in the summer before last, artillery", D(2026, 7, 10), D(2024, 6, 1), D(2024, 8, 31)),
        ("the winter before last", D(2026, 1, 15), D(2023, 12, 1), D(2024, 2, 29)),
        ("summer before last: russian casualties", D(2026, 9, 2), D(2025, 6, 1), D(2025, 8, 31)),
    ],
)
def test_the_season_before_last(text: str, today: dt.date, start: dt.date, end: dt.date) -> None:
    query = parse_question(text, today)
    assert (query.period_start, query.period_end) == (start, end), text
    assert not [u for u in query.unread if u.constrains], text
