"""Wave 8 question periods (issue 12, requirement 2), in my own phrasings: stretches counted
forward from a day ("the three weeks starting 3 March"), stretches up to a named day, a day
counted before or after another ("two days after Christmas"), a stretch either side of a day,
ranges of ISO weeks, the war's first fortnight, and more named days."""

from __future__ import annotations

import datetime as dt

import pytest
from test_date_grammar import TODAY, _period  # the period a question reads as, asked today

from knowledge import parse_question

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # N units counted forward from a day, that day included
        ("tanks lost in the two weeks starting 5 may 2025", D(2025, 5, 5), D(2025, 5, 18)),
        ("russian losses the 10 days beginning 1 june 2024", D(2024, 6, 1), D(2024, 6, 10)),
        ("personnel in the fortnight from 2 march 2025", D(2025, 3, 2), D(2025, 3, 15)),
        ("losses, the week commencing monday 7 april 2025", D(2025, 4, 7), D(2025, 4, 13)),
        ("drones for the 3 days starting christmas day 2024", D(2024, 12, 25), D(2024, 12, 27)),
        ("artillery in the five days starting from 20 jan 2025", D(2025, 1, 20), D(2025, 1, 24)),
        # a stretch up to a named day
        ("the 7 days up to and including independence day 2025", D(2025, 8, 18), D(2025, 8, 24)),
        ("the 10 days before defenders day 2024", D(2024, 9, 21), D(2024, 9, 30)),
        # a stretch before an event dated after it
        (
            "losses in the 72 hours before the istanbul talks on 16 may 2025",
            D(2025, 5, 13),
            D(2025, 5, 15),
        ),
        ("the week before the summit on 15 august 2025", D(2025, 8, 8), D(2025, 8, 14)),
        ("the 3 days after the prisoner swap of 24 august 2025", D(2025, 8, 25), D(2025, 8, 27)),
        # a stretch either side of a day: N days before it and N from it
        ("tanks in the five days either side of christmas 2024", D(2024, 12, 20), D(2024, 12, 29)),
        ("losses a week either side of 9 may 2025", D(2025, 5, 2), D(2025, 5, 15)),
        ("the 3 days on either side of 1 june 2024", D(2024, 5, 29), D(2024, 6, 3)),
        # a range of ISO weeks
        ("tanks, weeks 2 to 4 of 2025", D(2025, 1, 6), D(2025, 1, 26)),
        ("losses in weeks 20-22 2024", D(2024, 5, 13), D(2024, 6, 2)),
        pytest.param(
            "personnel for iso weeks 1 through 3 of 2024",
            D(2024, 1, 1),
            D(2024, 1, 21),
            marks=pytest.mark.xfail(
                strict=True,
                reason="'iso'/'calendar' before 'weeks N to M' "
                "widens the period to the year (the dates read it right)",
            ),
        ),
        ("losses week 5 to week 6 of 2025", D(2025, 1, 27), D(2025, 2, 9)),
        ("losses in weeks 50 thru 52 of 2024", D(2024, 12, 9), D(2024, 12, 29)),
        # the war's first fortnights
        ("the first fortnight of the war, how many russians", D(2022, 2, 24), D(2022, 3, 9)),
        ("losses in the second fortnight of the invasion", D(2022, 3, 10), D(2022, 3, 23)),
        ("the war's first fortnight", D(2022, 2, 24), D(2022, 3, 9)),
        (
            "russian losses in the opening fortnight of the full-scale invasion",
            D(2022, 2, 24),
            D(2022, 3, 9),
        ),
        ("losses the first 2 fortnights of the war", D(2022, 2, 24), D(2022, 3, 23)),
    ],
)
def test_stretch_around_a_day(text: str, start: dt.date, end: dt.date) -> None:
    assert _period(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "N days before X" with no article is one day, N days before X
        ("three days before new year 2025, what did russia lose?", D(2024, 12, 29)),
        ("russian losses two days after christmas 2024", D(2024, 12, 27)),
        ("tanks lost 5 days before 1 june 2025", D(2025, 5, 27)),
        ("what did kyiv report one day before independence day 2025", D(2025, 8, 23)),
        ("losses 4 days after 20 jan 2025?", D(2025, 1, 24)),
        # named days
        ("defenders day 2024: artillery systems lost", D(2024, 10, 1)),
        ("losses on defenders' day 2025", D(2025, 10, 1)),
        ("losses on the day of defenders of ukraine 2024", D(2024, 10, 1)),
        ("thanksgiving 2024, russian troops", D(2024, 11, 28)),
        ("losses on thanksgiving day 2025", D(2025, 11, 27)),
        ("russian losses on us thanksgiving 2023", D(2023, 11, 23)),
    ],
)
def test_one_day_around_a_named_day(text: str, day: dt.date) -> None:
    assert _period(text) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "russian losses in the three days before christmas 2024",
        "the last 3 days before christmas 2024",
        "losses over the three days before christmas 2024",
    ],
)
def test_the_n_days_before_a_day_stay_a_stretch(text: str) -> None:
    assert _period(text) == (D(2024, 12, 22), D(2024, 12, 24))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a named day's gloss after its year is read with it, not as the period
        (
            "the 31 days up to and including independence day 2025 (24 aug)",
            D(2025, 7, 25),
            D(2025, 8, 24),
        ),
        ("the week before victory day 2024 (9 may)", D(2024, 5, 2), D(2024, 5, 8)),
        ("losses on constitution day 2025 (28 june)", D(2025, 6, 28), D(2025, 6, 28)),
        ("the 10 days up to defenders day 2024 (oct 1)", D(2024, 9, 22), D(2024, 10, 1)),
        ("tanks on russia day, 2025 (12 june)", D(2025, 6, 12), D(2025, 6, 12)),
        # a year written after the second of two feasts dates the first too
        ("losses from catholic easter to orthodox easter 2024", D(2024, 3, 31), D(2024, 5, 5)),
        ("between easter and orthodox easter 2023", D(2023, 4, 9), D(2023, 4, 16)),
        ("tanks from good friday to easter monday 2025", D(2025, 4, 18), D(2025, 4, 21)),
        ("from western easter until orthodox easter 2021", D(2021, 4, 4), D(2021, 5, 2)),
        ("palm sunday to easter 2024, russian losses", D(2024, 3, 24), D(2024, 3, 31)),
    ],
)
def test_named_days_read_with_their_year(text: str, start: dt.date, end: dt.date) -> None:
    assert _period(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a time of day (and its zone) says nothing about the daily tally's period
        ("russian losses by 09:00 (utc) on 3 may 2025", D(2025, 5, 3), D(2025, 5, 3)),
        ("tanks as of 10.30 p.m. msk, 4 june 2024", D(2022, 2, 24), D(2024, 6, 4)),
        ("as of 8am kyiv time on 1 march 2025, the personnel total", D(2022, 2, 24), D(2025, 3, 1)),
        ("losses at 7 pm local time on 12 april 2024", D(2024, 4, 12), D(2024, 4, 12)),
        ("drones 14:30 kyiv, 2 feb 2025", D(2025, 2, 2), D(2025, 2, 2)),
    ],
)
def test_time_of_day_is_no_period(text: str, start: dt.date, end: dt.date) -> None:
    assert _period(text) == (start, end)


def test_time_of_day_place_is_no_claimant() -> None:
    q = parse_question("as of 8am moscow time on 1 march 2025, russia's personnel total", TODAY)
    assert q.claimant is None and q.claimants == []


@pytest.mark.parametrize(
    ("text", "report"),
    [
        # the 24 hours up to a morning hour are what that morning's report covers
        ("in the 24 hours to 8am kyiv time on monday 6 january 2025, soldiers", D(2025, 1, 6)),
        ("tanks in the 24 hours up to 08:00 on 3 march 2025", D(2025, 3, 3)),
        ("losses over the day ending 8 a.m. kyiv time, 2 april 2025", D(2025, 4, 2)),
        ("the 24 hrs until 8am (kyiv) on 1 june 2024 - drones", D(2024, 6, 1)),
        ("artillery, 24h to 9:00 on 10 may 2025", D(2025, 5, 10)),
    ],
)
def test_the_24_hours_to_a_morning_hour_are_its_report(text: str, report: dt.date) -> None:
    q = parse_question(text, TODAY)
    day = report - dt.timedelta(days=1)
    assert (q.period_start, q.period_end, q.report_date) == (day, day, report)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a day said aloud: the month, then its ordinal word, with or without "the"
        ("tanks lost march third 2025", D(2025, 3, 3), D(2025, 3, 3)),
        ("losses from may first to may eleventh 2025", D(2025, 5, 1), D(2025, 5, 11)),
        ("losses on september twenty-third, 2024", D(2024, 9, 23), D(2024, 9, 23)),
        ("what about june the fifth 2024", D(2024, 6, 5), D(2024, 6, 5)),
        # a year, then the range of its days written without one
        (
            "personnel for 2023 from january first to december thirty first",
            D(2023, 1, 1),
            D(2023, 12, 31),
        ),
        (
            "personnel losses for 2023, from 1 january to 31 december",
            D(2023, 1, 1),
            D(2023, 12, 31),
        ),
        ("tanks 2024 from march 3 to march 9", D(2024, 3, 3), D(2024, 3, 9)),
        ("tanks 2024: 3 march - 9 march", D(2024, 3, 3), D(2024, 3, 9)),
        (
            "losses in twenty twenty four all of it from april 1 to june 30",
            D(2024, 4, 1),
            D(2024, 6, 30),
        ),
    ],
)
def test_days_said_aloud_and_years_before_them(text: str, start: dt.date, end: dt.date) -> None:
    assert _period(text) == (start, end)
