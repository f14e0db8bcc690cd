"""A period less some days at one of its edges, said right after it (wave 11, qrecord):
"November 2024 excluding the first week" is 8 to 30 November; "the whole 2024 calendar year
minus December" is January to November. Read as one period, never as unread words."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.questions.parse import parse_question

TODAY = dt.date(2026, 11, 30)
D = dt.date


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        (
            "November 2024 excluding the first week - russian losses",
            D(2024, 11, 8),
            D(2024, 11, 30),
        ),
        ("russian losses in 2025 minus the last 10 days", D(2025, 1, 1), D(2025, 12, 21)),
        (
            "russian losses october 2024 without the final fortnight",
            D(2024, 10, 1),
            D(2024, 10, 17),
        ),
        ("tanks in march 2025 except the first three days", D(2025, 3, 4), D(2025, 3, 31)),
        ("drones, july 2025 but not counting the last week", D(2025, 7, 1), D(2025, 7, 24)),
        (
            "russian personnel in 2024 leaving out the opening fortnight",
            D(2024, 1, 15),
            D(2024, 12, 31),
        ),
        ("artillery, q1 2025 excluding the first day", D(2025, 1, 2), D(2025, 3, 31)),
        (
            "the whole 2024 calendar year minus December: russian losses",
            D(2024, 1, 1),
            D(2024, 11, 30),
        ),
        ("russian losses for the full year 2023 except january", D(2023, 2, 1), D(2023, 12, 31)),
    ],
)
def test_a_period_less_its_edge_days(question: str, start: dt.date, end: dt.date) -> None:
    query = parse_question(question, today=TODAY)
    assert (query.period_start, query.period_end) == (start, end)
    assert not [u for u in query.unread if u.constrains], query.unread


def test_a_cut_as_long_as_the_period_leaves_it_alone() -> None:
    query = parse_question("russian losses on 3 march 2025 excluding the first week", today=TODAY)
    assert (query.period_start, query.period_end) == (D(2025, 3, 3), D(2025, 3, 3))


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        (
            "the 90 days that began on 1 April 2025, russian personnel",
            D(2025, 4, 1),
            D(2025, 6, 29),
        ),
        (
            "russian losses the three weeks which started on 3 march 2025",
            D(2025, 3, 3),
            D(2025, 3, 23),
        ),
        ("russian losses in the 30 days that begin 1 june 2025", D(2025, 6, 1), D(2025, 6, 30)),
        ("tanks, the 10 days which began 5 may 2025", D(2025, 5, 5), D(2025, 5, 14)),
        ("drones in the two weeks that started 7 july 2025", D(2025, 7, 7), D(2025, 7, 20)),
        (
            "the 60 days that commenced on 1 march 2024: russian losses",
            D(2024, 3, 1),
            D(2024, 4, 29),
        ),
        ("artillery over the 5 days that start on 2 june 2025", D(2025, 6, 2), D(2025, 6, 6)),
        ("russian losses in the 10 days starting 3 march 2025", D(2025, 3, 3), D(2025, 3, 12)),
    ],
)
def test_a_stretch_counted_from_the_day_it_began(
    question: str, start: dt.date, end: dt.date
) -> None:
    query = parse_question(question, today=TODAY)
    assert (query.period_start, query.period_end) == (start, end)
    assert not [u for u in query.unread if u.constrains], query.unread


@pytest.mark.parametrize(
    "question",
    [
        "tanks june vs july 2025 - was july worse?",
        "2025 without december - russian losses jan through nov",
        "russian drones, may and june 2025: did june beat may?",
        "march 2024 russian personnel - was march heavy?",
        "russian losses february to april 2025, so feb through apr",
        "artillery, jan-jun 2025 (january to june)",
        "april vs may 2025 russian tanks, which was higher, april or may?",
        "russian losses in october 2024 - october was the worst, right?",
    ],
)
def test_a_month_named_again_inside_the_period(question: str) -> None:
    query = parse_question(question, today=TODAY)
    assert query.period_start is not None
    assert not [u for u in query.unread if u.constrains], query.unread


@pytest.mark.parametrize(
    "question",
    ["russian losses in 2024 - and december?", "russian losses in 2024: what about july?"],
)
def test_one_month_inside_a_longer_period_still_asks_for_less(question: str) -> None:
    query = parse_question(question, today=TODAY)
    assert [u for u in query.unread if u.constrains]


@pytest.mark.parametrize(
    "question",
    [
        "from 15 august 2025 to 1 august 2025, tanks",
        "between 15 august 2025 and 1 august 2025, tanks",
        "russian tanks 15 august 2025 - 1 august 2025",
        "tanks from aug 15 2025 to aug 1 2025",
        "russian tank losses from 15.08.2025 to 01.08.2025",
        "from 15 aug 2025 until 1 aug 2025: russian tanks",
        "15 august 2025 through 1 august 2025 - russian tanks",
        "tanks: 2025-08-15 to 2025-08-01",
    ],
)
def test_a_range_written_latest_first_is_the_same_days(question: str) -> None:
    query = parse_question(question, today=TODAY)
    assert (query.period_start, query.period_end) == (D(2025, 8, 1), D(2025, 8, 15))
