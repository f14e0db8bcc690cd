"""Periods said in shapes the grammar did not read (wave 12, qrecord), each as a general rule:
- a range said backwards ("from 30 June back to 1 June") is the same range;
- a period less several months at one edge ("2025 without January and February");
- the days of the period's month named after it with a lead word ("November 2024 minus the
  first week, so the 8th to the 30th"): read as those days, never as unread numbers.
The phrasings are our own, none copied from a blind round."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.answering.events import milestone
from knowledge.models import PeriodKind, Relation
from knowledge.questions.parse import parse_question
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
D = dt.date


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


def _read(question: str) -> tuple[dt.date | None, dt.date | None]:
    """The period `question` is read for, with no constraining word left unread."""
    query = parse_question(question, today=TODAY)
    assert not [u for u in query.unread if u.constrains], query.unread
    return query.period_start, query.period_end


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("russian losses from 30 june 2025 back to 1 june 2025", D(2025, 6, 1), D(2025, 6, 30)),
        ("artillery from 9 feb 2024 back to 3 feb 2024", D(2024, 2, 3), D(2024, 2, 9)),
        ("tanks, 20 march 2024 going back to 10 march 2024", D(2024, 3, 10), D(2024, 3, 20)),
        ("drones from october 2024 back to july 2024", D(2024, 7, 1), D(2024, 10, 31)),
        ("personnel from 12 april back to 1 april 2025", D(2025, 4, 1), D(2025, 4, 12)),
        ("russian losses counting back from 31 jan 2025 to 1 jan 2025", D(2025, 1, 1),
         D(2025, 1, 31)),
        ("from the 20th of may 2025 back till the 5th of may 2025, apcs", D(2025, 5, 5),
         D(2025, 5, 20)),
        ("russian losses 31 may 2025 backwards to 20 may 2025", D(2025, 5, 20), D(2025, 5, 31)),
        ("between 31 may 2025 and 20 may 2025, how many russian troops", D(2025, 5, 20),
         D(2025, 5, 31)),
    ],
)  # fmt: skip
def test_a_range_said_backwards_is_the_same_range(
    question: str, start: dt.date, end: dt.date
) -> None:
    assert _read(question) == (start, end)


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("russian personnel in 2024 except november and december", D(2024, 1, 1),
         D(2024, 10, 31)),
        ("tanks in 2025 excluding january, february and march", D(2025, 4, 1), D(2025, 12, 31)),
        ("q1 2025 without january and february - drones", D(2025, 3, 1), D(2025, 3, 31)),
        ("losses in 2023 minus jan and feb", D(2023, 3, 1), D(2023, 12, 31)),
        ("russian losses 2024, leaving out october, november and december", D(2024, 1, 1),
         D(2024, 9, 30)),
        ("artillery for the whole of 2025 bar january & february", D(2025, 3, 1),
         D(2025, 12, 31)),
        ("the second half of 2024 apart from november and december, personnel",
         D(2024, 7, 1), D(2024, 10, 31)),
        ("2025 not counting february and january, russian losses", D(2025, 3, 1),
         D(2025, 12, 31)),
    ],
)  # fmt: skip
def test_a_period_less_several_edge_months(question: str, start: dt.date, end: dt.date) -> None:
    assert _read(question) == (start, end)


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("november 2024 minus the first week, so the 8th to the 30th", D(2024, 11, 8),
         D(2024, 11, 30)),
        ("tanks in june 2025 - namely the 10th to the 20th", D(2025, 6, 10), D(2025, 6, 20)),
        ("personnel, april 2024, just the 5th through the 12th", D(2024, 4, 5), D(2024, 4, 12)),
        ("drones in may 2025 (so 1st-11th)", D(2025, 5, 1), D(2025, 5, 11)),
        ("october 2024 except the last week (so 1st to 24th)", D(2024, 10, 1), D(2024, 10, 24)),
        ("losses in february 2025, specifically the 14th to the 20th", D(2025, 2, 14),
         D(2025, 2, 20)),
        ("artillery july 2025, only the 1st to the 7th", D(2025, 7, 1), D(2025, 7, 7)),
        ("russian losses in may 2025, meaning the 2nd to the 8th", D(2025, 5, 2), D(2025, 5, 8)),
    ],
)  # fmt: skip
def test_the_days_of_the_month_named_after_it(question: str, start: dt.date, end: dt.date) -> None:
    assert _read(question) == (start, end)


# -- the top N days: "the five worst days of 2024" ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "count", "lowest"),
    [
        ("the five worst days of 2024 for russian losses", 5, False),
        ("top 3 days for russian tank losses in 2025", 3, False),
        ("what were the 3 deadliest days in 2023 for russia", 3, False),
        ("russian personnel: the ten highest single days of 2025", 10, False),
        ("list the four quietest days of 2024 for russian losses", 4, True),
        ("top five days for russian drone losses in 2025, ranked", 5, False),
        ("the 2 heaviest days of march 2025 for russian artillery", 2, False),
        ("which were the three bloodiest days for russia in 2024?", 3, False),
    ],
)
def test_the_top_days_are_read_as_a_ranking(question: str, count: int, lowest: bool) -> None:
    query = parse_question(question, today=TODAY)
    assert query.ranked == count
    assert query.prefer_kind in (None, PeriodKind.day)
    assert not [u for u in query.unread if u.constrains], query.unread


def test_the_top_days_list_each_day_from_the_series(store: ClaimStore) -> None:
    """The days of a ranking are the series' highest days of the period, highest first, each
    with its own day; none is the period's total."""
    got = answer("the three worst days of 2025 for russian personnel", store, today=TODAY)
    assert got.answered
    days = [c for c in got.claims if c.period_kind == PeriodKind.day]
    assert len(days) == 3
    values = [c.value for c in days]
    assert values == sorted(values, reverse=True)
    assert len({c.period_start for c in days}) == 3
    assert all(c.period_start and c.period_start.year == 2025 for c in days)
    best = answer("worst day of 2025 for russian personnel", store, today=TODAY)
    assert values[0] == max(c.value for c in best.claims)


def test_the_lowest_days_come_lowest_first(store: ClaimStore) -> None:
    got = answer("the two quietest days of 2024 for russian losses", store, today=TODAY)
    values = [c.value for c in got.claims if c.period_kind == PeriodKind.day]
    assert len(values) == 2 and values == sorted(values)


@pytest.mark.parametrize(
    "question",
    ["the worst 7 days in a row for russia in 2024", "worst 5 days running in 2025, personnel"],
)
def test_a_stretch_of_days_is_no_ranking(question: str) -> None:
    assert parse_question(question, today=TODAY).ranked is None


# -- a part too small to answer a long period --------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how many died in 2023",
        "russian soldiers killed in 2023, how many?",
        "total russian dead for the year 2023",
        "how many russian troops died during 2023",
        "russian deaths in the first half of 2023",
        "killed russians in q1 2023",
        "how many russians were killed in february 2023",
        "russian military deaths over 2022-2023",
    ],
)
def test_a_single_day_is_no_part_answer_for_a_long_period(question: str, store: ClaimStore) -> None:
    """A one-day figure inside a month or a year is not shown as answering it in part (it is
    too small a share to say anything of the period); it may be named as what there is."""
    got = answer(question, store, today=TODAY)
    q = got.query
    assert q is not None and q.period_start is not None and q.period_end is not None
    asked = (q.period_end - q.period_start).days + 1
    for c in got.claims:
        if c.relation in (Relation.inside, Relation.stated_within) and c.period_start:
            days = ((c.period_end or c.period_start) - c.period_start).days + 1
            assert days > 1 and days * 30 >= asked, (c.value, c.period_start, c.period_end)


# -- a milestone said in words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "mark", "daily"),
    [
        ("when did daily russian losses first go above two thousand", 2000, True),
        ("when did russian tank losses pass ten thousand", 10_000, False),
        ("when did drone losses exceed twenty thousand?", 20_000, False),
        ("first day russian losses went past one thousand in a single day", 1000, True),
        ("which day did artillery losses reach fifteen thousand", 15_000, False),
        ("when did the count of russian apcs hit twenty thousand", 20_000, False),
        ("since when has the personnel tally been over eight hundred thousand", 800_000, False),
        ("what date did the running total top nine hundred thousand", 900_000, False),
    ],
)
def test_a_mark_said_in_words(question: str, mark: int, daily: bool) -> None:
    assert milestone(question) == (mark, daily)


# -- a compact US range: month first, with slashes --------------------------------------------


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("russian tanks 06/20-06/30/25", D(2025, 6, 20), D(2025, 6, 30)),
        ("losses 3/15-3/22/2025", D(2025, 3, 15), D(2025, 3, 22)),
        ("drones 12/24-12/31/24", D(2024, 12, 24), D(2024, 12, 31)),
        ("personnel 7/1 - 7/15/2025", D(2025, 7, 1), D(2025, 7, 15)),
        ("apcs 01/13 to 01/19/2025", D(2025, 1, 13), D(2025, 1, 19)),
        ("artillery 11/20–11/30/2024", D(2024, 11, 20), D(2024, 11, 30)),
        ("russian losses 2/1-2/14/25", D(2025, 2, 1), D(2025, 2, 14)),
        ("russian losses 12/28-1/3/25", D(2024, 12, 28), D(2025, 1, 3)),
    ],
)
def test_a_us_range_month_first(question: str, start: dt.date, end: dt.date) -> None:
    assert _read(question) == (start, end)


def test_a_day_first_range_stays_day_first() -> None:
    assert _read("russian losses 1/3-7/3/2025") == (D(2025, 3, 1), D(2025, 3, 7))
