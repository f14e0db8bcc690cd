"""Question periods, wave 5 (issue 12 requirements 2 and 3): rows of the one date grammar in
`knowledge.dates` for how readers type dates that it did not read yet. Each row is read
exactly (never widened to the month or year around it), and its date words are all read: none
is left over as "unread".

The phrasings are our own; they cover classes of phrasing, not any one blind question."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import parse_question
from knowledge.answering.average import _units
from knowledge.dates import movable_feast
from knowledge.models import PeriodKind
from knowledge.questions.averages import read_comparison
from knowledge.questions.followup import read_followup, then_day

TODAY = dt.date(2026, 11, 30)
D = dt.date


def _read(text: str, today: dt.date = TODAY) -> tuple[dt.date | None, dt.date | None, list[str]]:
    q = parse_question(text, today)
    return q.period_start, q.period_end, [u.text for u in q.unread if u.constrains]


ROWS: dict[str, list[tuple[str, dt.date, dt.date]]] = {
    # a numeric date whose order the question states: the stated order is obeyed
    "numeric_order_stated": [
        ("losses on 12/3/2024 (US date)", D(2024, 12, 3), D(2024, 12, 3)),
        ("losses 12/3/2024 (us format)", D(2024, 12, 3), D(2024, 12, 3)),
        ("losses on 3/12/2024 (uk date)", D(2024, 12, 3), D(2024, 12, 3)),
        ("losses 03/12/2024 (dd/mm/yyyy)", D(2024, 12, 3), D(2024, 12, 3)),
        ("losses 12/03/2024 (mm/dd/yyyy)", D(2024, 12, 3), D(2024, 12, 3)),
        ("losses on 12/3/24, american date format", D(2024, 12, 3), D(2024, 12, 3)),
        ("losses on 5/6/2024 (month first)", D(2024, 5, 6), D(2024, 5, 6)),
        ("losses 5/6/2024 (day first)", D(2024, 6, 5), D(2024, 6, 5)),
        ("losses on 9/2/2024 (british date format)", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses on 2/9/2024 in US format", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses 12.03.2024 (mm.dd.yyyy)", D(2024, 12, 3), D(2024, 12, 3)),
        ("losses on 12/3 (US)", D(2025, 12, 3), D(2025, 12, 3)),
        ("losses on 3/12 (uk date)", D(2025, 12, 3), D(2025, 12, 3)),
        ("losses 7/12/2024 (m/d/y)", D(2024, 7, 12), D(2024, 7, 12)),
    ],
    # days of the month given after (or in brackets after) a part of that month
    "days_of_the_month": [
        ("losses in the 2nd half of january 2025 (16th onwards)", D(2025, 1, 16), D(2025, 1, 31)),
        ("losses second half of march 2024 (from the 16th)", D(2024, 3, 16), D(2024, 3, 31)),
        ("losses late feb 2026, from the 20th through the 28th", D(2026, 2, 20), D(2026, 2, 28)),
        ("losses in late november 2024 (the 21st to the 30th)", D(2024, 11, 21), D(2024, 11, 30)),
        ("losses early may 2024 (1st-10th)", D(2024, 5, 1), D(2024, 5, 10)),
        ("losses in october 2024, the 11th to the 20th", D(2024, 10, 11), D(2024, 10, 20)),
        ("losses in march 2024 (days 1-15)", D(2024, 3, 1), D(2024, 3, 15)),
        ("losses in mid-march 2022 (16th)", D(2022, 3, 16), D(2022, 3, 16)),
    ],
    # a period that runs on to the end of its year or month
    "to_the_end": [
        ("losses from 16 march 2022 to year end", D(2022, 3, 16), D(2022, 12, 31)),
        ("losses from march 16 2022 to the end of the year", D(2022, 3, 16), D(2022, 12, 31)),
        ("losses from 6 aug 2024 to end of august", D(2024, 8, 6), D(2024, 8, 31)),
        ("losses 10 june 2024 through the end of the month", D(2024, 6, 10), D(2024, 6, 30)),
        ("losses from 1 nov 2024 until the end of that year", D(2024, 11, 1), D(2024, 12, 31)),
        ("losses from mid-march 2022 (16th) to year end", D(2022, 3, 16), D(2022, 12, 31)),
        ("losses from 3 sept 2023 to month-end", D(2023, 9, 3), D(2023, 9, 30)),
        ("losses from March 16 2022 to year's end", D(2022, 3, 16), D(2022, 12, 31)),
    ],
    # ten-day parts of a month: days 1-10, 11-20 and 21 to the month's end
    "ten_days": [
        ("losses in the middle ten days of October 2024", D(2024, 10, 11), D(2024, 10, 20)),
        ("losses middle 10 days of oct 2024", D(2024, 10, 11), D(2024, 10, 20)),
        ("losses in the second dekad of october 2024", D(2024, 10, 11), D(2024, 10, 20)),
        ("losses first decade of may 2024", D(2024, 5, 1), D(2024, 5, 10)),
        ("losses the last dekad of march 2024", D(2024, 3, 21), D(2024, 3, 31)),
        ("losses in the third ten-day period of january 2025", D(2025, 1, 21), D(2025, 1, 31)),
        ("losses the mid ten days of february 2024", D(2024, 2, 11), D(2024, 2, 20)),
    ],
    # movable feasts, from a table of their dates
    "movable_feast": [
        ("losses in the 7 days before orthodox easter 2024", D(2024, 4, 28), D(2024, 5, 4)),
        ("losses on orthodox easter 2023", D(2023, 4, 16), D(2023, 4, 16)),
        ("losses on easter sunday 2024", D(2024, 3, 31), D(2024, 3, 31)),
        ("losses over catholic easter 2025", D(2025, 4, 20), D(2025, 4, 20)),
        ("losses in the week before western easter 2022", D(2022, 4, 10), D(2022, 4, 16)),
        ("losses on good friday 2024", D(2024, 3, 29), D(2024, 3, 29)),
        ("losses on orthodox good friday 2024", D(2024, 5, 3), D(2024, 5, 3)),
        ("losses on easter monday 2023", D(2023, 4, 10), D(2023, 4, 10)),
        ("losses on orthodox trinity 2024", D(2024, 6, 23), D(2024, 6, 23)),
        # without a year after a word that makes it a date: the latest one (30 November 2026)
        ("losses over easter", D(2026, 4, 5), D(2026, 4, 5)),
        ("losses on orthodox easter", D(2026, 4, 12), D(2026, 4, 12)),
        ("losses in the week before easter", D(2026, 3, 29), D(2026, 4, 4)),
        ("losses over the easter weekend", D(2026, 4, 3), D(2026, 4, 6)),
        (
            "losses in the 7 days before orthodox easter 2024 (easter sunday was 5 may)",
            D(2024, 4, 28),
            D(2024, 5, 4),
        ),
    ],
    # named days of a fixed date
    "fixed_holiday": [
        ("losses on russia day 2024", D(2024, 6, 12), D(2024, 6, 12)),
        ("losses on defender of the fatherland day 2023", D(2023, 2, 23), D(2023, 2, 23)),
        ("losses in the week before unity day 2024", D(2024, 10, 28), D(2024, 11, 3)),
        ("losses on ukraine's constitution day 2025", D(2025, 6, 28), D(2025, 6, 28)),
        ("losses on valentine's day 2024", D(2024, 2, 14), D(2024, 2, 14)),
        ("losses on international women's day 2023", D(2023, 3, 8), D(2023, 3, 8)),
    ],
    # the week around a named day: Monday to Sunday
    "week_of_a_day": [
        ("losses over christmas week 2025", D(2025, 12, 22), D(2025, 12, 28)),
        ("losses during xmas week 2024", D(2024, 12, 23), D(2024, 12, 29)),
        ("losses the week of christmas 2024", D(2024, 12, 23), D(2024, 12, 29)),
        ("losses in the week containing 9 may 2024", D(2024, 5, 6), D(2024, 5, 12)),
        ("losses in the calendar week of 14 feb 2024", D(2024, 2, 12), D(2024, 2, 18)),
        ("losses new year's week 2025", D(2024, 12, 30), D(2025, 1, 5)),
        ("losses the week between christmas and new year 2024", D(2024, 12, 26), D(2024, 12, 31)),
    ],
    # weekdays, short or long, before the days of a range
    "weekday_range": [
        ("losses mon 22 - sun 28 dec 2025", D(2025, 12, 22), D(2025, 12, 28)),
        ("losses from tue 3 to fri 6 dec 2024", D(2024, 12, 3), D(2024, 12, 6)),
        ("losses monday 2 to sunday 8 december 2024", D(2024, 12, 2), D(2024, 12, 8)),
        (
            "losses over christmas week 2025 (mon 22 – sun 28 dec)",
            D(2025, 12, 22),
            D(2025, 12, 28),
        ),
        ("losses on tues 7 feb 2023", D(2023, 2, 7), D(2023, 2, 7)),
        ("losses weds 6 march 2024", D(2024, 3, 6), D(2024, 3, 6)),
        # without a year, the weekday says which year (the latest that fits)
        ("losses mon 30 dec - sun 5 jan", D(2024, 12, 30), D(2025, 1, 5)),
        ("losses on tuesday 7 february", D(2023, 2, 7), D(2023, 2, 7)),
        ("losses on friday, june 7", D(2024, 6, 7), D(2024, 6, 7)),
    ],
    # a report or update named by its date covers the fighting of the day before
    "report_named_by_date": [
        ("the general staff's morning update of 1 Dec 2024", D(2024, 11, 30), D(2024, 11, 30)),
        ("gs morning update of 1 dec 2024", D(2024, 11, 30), D(2024, 11, 30)),
        ("the daily report of 1 dec 2024", D(2024, 11, 30), D(2024, 11, 30)),
        ("Tues 7 Feb 2023 report: losses in the previous 24 hrs", D(2023, 2, 6), D(2023, 2, 6)),
        ("mon 2 dec 2024 update", D(2024, 12, 1), D(2024, 12, 1)),
        ("the latest update dated 2 dec 2024", D(2024, 12, 1), D(2024, 12, 1)),
        (
            "the 1 dec 2024 morning summary: losses over the previous day",
            D(2024, 11, 30),
            D(2024, 11, 30),
        ),
    ],
    # the figures a report published on a day: that report, the fighting of the day before
    "report_published_on": [
        ("the figures released on 1 dec 2024", D(2024, 11, 30), D(2024, 11, 30)),
        ("the gs numbers published 2 dec 2024", D(2024, 12, 1), D(2024, 12, 1)),
        ("the general staff post of 2 dec 2024", D(2024, 12, 1), D(2024, 12, 1)),
        ("the daily figure posted on 1 december 2024", D(2024, 11, 30), D(2024, 11, 30)),
        ("the report that came out on 1 dec 2024", D(2024, 11, 30), D(2024, 11, 30)),
        ("the official update on dec 1, 2024", D(2024, 11, 30), D(2024, 11, 30)),
    ],
    # "in (just) N days" beside a dated statement: the N days of fighting before it
    "n_days_in_a_dated_statement": [
        ("'3,000 in just three days' (gb news, 10 dec 2023)", D(2023, 12, 7), D(2023, 12, 9)),
        (
            "kyiv said on 10 dec 2023 that 3,010 died over three days",
            D(2023, 12, 7),
            D(2023, 12, 9),
        ),
        ("newsweek 9 feb 2024: 100 tanks in a week", D(2024, 2, 2), D(2024, 2, 8)),
        ("a 5 march 2024 post: 2,500 in only two days", D(2024, 3, 3), D(2024, 3, 4)),
        ("in the three days to 9 dec 2023", D(2023, 12, 7), D(2023, 12, 9)),
    ],
    # N days, weeks or months after (or before) a date, a weekday beside it checked
    "span_after_or_before": [
        ("losses in the 10 days after 6 aug 2024", D(2024, 8, 7), D(2024, 8, 16)),
        ("losses in the week after 6 aug 2024", D(2024, 8, 7), D(2024, 8, 13)),
        ("losses the day after christmas 2024", D(2024, 12, 26), D(2024, 12, 26)),
        ("losses 48 hours after 6 aug 2024", D(2024, 8, 7), D(2024, 8, 8)),
        ("losses in the month following 6 aug 2024", D(2024, 8, 7), D(2024, 9, 6)),
        ("losses the first 3 weeks after 1 june 2023", D(2023, 6, 2), D(2023, 6, 22)),
        ("losses the day before 9 may 2024", D(2024, 5, 8), D(2024, 5, 8)),
        ("losses the ten days up to and including 9 dec 2023", D(2023, 11, 30), D(2023, 12, 9)),
        ("losses the 3 days to and including 9 dec 2023", D(2023, 12, 7), D(2023, 12, 9)),
    ],
    # a week named by its last or first day: "week ending", "w/e", "week commencing", "w/c"
    "week_ending_or_commencing": [
        ("losses in the week ending sunday 11 feb 2024", D(2024, 2, 5), D(2024, 2, 11)),
        ("losses w/e 9 feb 2024", D(2024, 2, 3), D(2024, 2, 9)),
        ("losses in the week commencing 5 feb 2024", D(2024, 2, 5), D(2024, 2, 11)),
        ("losses w/c 5 feb 2024", D(2024, 2, 5), D(2024, 2, 11)),
        ("losses the week beginning monday 5 february 2024", D(2024, 2, 5), D(2024, 2, 11)),
        ("losses the week of feb 5 2024", D(2024, 2, 5), D(2024, 2, 11)),
    ],
    # parts of a month joined: "mid-to-late march"
    "parts_joined": [
        ("losses mid-to-late march 2024", D(2024, 3, 11), D(2024, 3, 31)),
        ("losses early to mid may 2024", D(2024, 5, 1), D(2024, 5, 20)),
        ("losses early-to-mid june 2023", D(2023, 6, 1), D(2023, 6, 20)),
        ("losses in mid to late october 2024", D(2024, 10, 11), D(2024, 10, 31)),
        ("losses early and mid january 2025", D(2025, 1, 1), D(2025, 1, 20)),
    ],
    # the first or last weekend of a month: its first or last Saturday and the Sunday after
    "weekend_of_month": [
        ("losses the first weekend of december 2024", D(2024, 12, 7), D(2024, 12, 8)),
        ("losses on the last weekend of march 2024", D(2024, 3, 30), D(2024, 3, 31)),
        ("losses the second weekend of may 2024", D(2024, 5, 11), D(2024, 5, 12)),
        ("losses the final weekend in june 2025", D(2025, 6, 28), D(2025, 6, 29)),
        ("losses 1st weekend of feb 2026", D(2026, 2, 7), D(2026, 2, 8)),
    ],
    # feasts that last more than a day
    "feast_span": [
        ("losses over the easter weekend 2024", D(2024, 3, 29), D(2024, 4, 1)),
        ("losses orthodox easter weekend 2023", D(2023, 4, 14), D(2023, 4, 17)),
        ("losses during easter weekend of 2025", D(2025, 4, 18), D(2025, 4, 21)),
        ("losses the 3 months to end-march 2025", D(2025, 1, 1), D(2025, 3, 31)),
        ("losses in the 6 months to end-june 2024", D(2024, 1, 1), D(2024, 6, 30)),
    ],
    # a part of last year ("the fourth quarter of last year", "march last year")
    "of_last_year": [
        ("losses in the fourth quarter of last year", D(2025, 10, 1), D(2025, 12, 31)),
        ("losses march last year", D(2025, 3, 1), D(2025, 3, 31)),
        ("losses in march of last year", D(2025, 3, 1), D(2025, 3, 31)),
        ("losses the first half of last year", D(2025, 1, 1), D(2025, 6, 30)),
        ("losses the last 3 months of the previous year", D(2025, 10, 1), D(2025, 12, 31)),
        ("losses q2 of last year", D(2025, 4, 1), D(2025, 6, 30)),
    ],
    # today's date a year back
    "this_time_last_year": [
        ("losses this time last year", D(2025, 11, 30), D(2025, 11, 30)),
        ("losses on this day last year", D(2025, 11, 30), D(2025, 11, 30)),
        ("losses at this point last year", D(2025, 11, 30), D(2025, 11, 30)),
        ("losses on this date a year ago", D(2025, 11, 30), D(2025, 11, 30)),
        ("losses around this time last year", D(2025, 11, 30), D(2025, 11, 30)),
    ],
    # how spreadsheets and filenames write dates, and ordinal days of a month with "the"
    "compact_forms": [
        ("losses 20241203", D(2024, 12, 3), D(2024, 12, 3)),
        ("losses mar-24", D(2024, 3, 1), D(2024, 3, 31)),
        ("losses in nov-2024", D(2024, 11, 1), D(2024, 11, 30)),
        ("losses from the 1st to the 15th of march 2024", D(2024, 3, 1), D(2024, 3, 15)),
        ("losses between the 7th and 9th dec 2024", D(2024, 12, 7), D(2024, 12, 9)),
        ("losses over the summer months of 2024", D(2024, 6, 1), D(2024, 8, 31)),
        ("losses over the winter months 2023/24", D(2023, 12, 1), D(2024, 2, 29)),
    ],
    # relative to today (Monday 30 November 2026), each said in a note
    "before_last_and_ago": [
        ("losses the week before last", D(2026, 11, 16), D(2026, 11, 22)),
        ("losses the weekend before last", D(2026, 11, 21), D(2026, 11, 22)),
        ("losses the month before last", D(2026, 9, 1), D(2026, 9, 30)),
        ("losses two weeks ago", D(2026, 11, 16), D(2026, 11, 22)),
        ("losses 2 months ago", D(2026, 9, 1), D(2026, 9, 30)),
        ("losses three years ago", D(2023, 1, 1), D(2023, 12, 31)),
    ],
    "past_hours_and_so_far": [
        ("losses over the past 48 hours", D(2026, 11, 28), D(2026, 11, 30)),
        ("losses in the past 72 hrs", D(2026, 11, 27), D(2026, 11, 30)),
        # "so far": up to yesterday, the last day fought a report covers (wave 10)
        ("losses in the year so far", D(2026, 1, 1), D(2026, 11, 29)),
        ("losses the month so far", D(2026, 11, 1), D(2026, 11, 29)),
        ("losses earlier this month", D(2026, 11, 1), D(2026, 11, 30)),
    ],
    # a part of this month or the last one
    "part_of_a_relative_month": [
        ("losses in the first half of last month", D(2026, 10, 1), D(2026, 10, 15)),
        ("losses second half of this month", D(2026, 11, 16), D(2026, 11, 30)),
        ("losses the first 10 days of last month", D(2026, 10, 1), D(2026, 10, 10)),
        ("losses in the last week of the previous month", D(2026, 10, 25), D(2026, 10, 31)),
        ("losses the first week of this month", D(2026, 11, 1), D(2026, 11, 7)),
    ],
    # the war's own calendar, said another way
    "war_calendar": [
        ("losses in the war's first 100 days", D(2022, 2, 24), D(2022, 6, 3)),
        ("losses during the first 24 hours of the invasion", D(2022, 2, 24), D(2022, 2, 24)),
        ("losses 100 days into the war", D(2022, 2, 24), D(2022, 6, 3)),
        ("how many had died 6 months into the war", D(2022, 2, 24), D(2022, 8, 23)),
        ("losses a year into the full-scale invasion", D(2022, 2, 24), D(2023, 2, 23)),
        ("losses in the invasion's first 3 months", D(2022, 2, 24), D(2022, 5, 23)),
    ],
    # the year written before its month
    "year_first": [
        ("losses 2024 december", D(2024, 12, 1), D(2024, 12, 31)),
        ("losses 2024, march", D(2024, 3, 1), D(2024, 3, 31)),
        ("losses 2024 jan-mar", D(2024, 1, 1), D(2024, 3, 31)),
        ("losses 2023 oct to dec", D(2023, 10, 1), D(2023, 12, 31)),
        ("losses in 2025 february", D(2025, 2, 1), D(2025, 2, 28)),
        ("losses 2024 december 3", D(2024, 12, 3), D(2024, 12, 3)),
        ("losses in 2024 may", D(2024, 5, 1), D(2024, 5, 31)),
    ],
    # years written in words
    "year_in_words": [
        ("losses in twenty twenty four", D(2024, 1, 1), D(2024, 12, 31)),
        ("losses in twenty twenty-five", D(2025, 1, 1), D(2025, 12, 31)),
        ("losses two thousand and twenty three", D(2023, 1, 1), D(2023, 12, 31)),
        ("losses in two thousand twenty-two", D(2022, 1, 1), D(2022, 12, 31)),
        ("losses march twenty twenty four", D(2024, 3, 1), D(2024, 3, 31)),
        ("losses in the whole of twenty twenty five", D(2025, 1, 1), D(2025, 12, 31)),
    ],
    # all of a year or a month, said around it
    "whole_period": [
        ("losses in the whole of 2025", D(2025, 1, 1), D(2025, 12, 31)),
        ("losses in 2025, like the full year", D(2025, 1, 1), D(2025, 12, 31)),
        ("losses the entire year 2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("losses for all of march 2024", D(2024, 3, 1), D(2024, 3, 31)),
        ("losses in 2023 (the whole year)", D(2023, 1, 1), D(2023, 12, 31)),
        ("losses in the whole of march 2024", D(2024, 3, 1), D(2024, 3, 31)),
    ],
    # an event dated in brackets, as the start or end of a period
    "event_dated": [
        (
            "losses from the start of the incursion (6 aug 2024) to end of august",
            D(2024, 8, 6),
            D(2024, 8, 31),
        ),
        (
            "losses since the launch of the offensive (10 may 2024) to 31 may 2024",
            D(2024, 5, 10),
            D(2024, 5, 31),
        ),
        (
            "losses from the beginning of the push (1 oct 2023) to 15 oct 2023",
            D(2023, 10, 1),
            D(2023, 10, 15),
        ),
        ("losses on the day of the dam breach (6 june 2023)", D(2023, 6, 6), D(2023, 6, 6)),
        (
            "losses from the start of the kursk operation (6 aug 2024) until the end of the month",
            D(2024, 8, 6),
            D(2024, 8, 31),
        ),
    ],
}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param(t, s, e, id=f"{rule}-{i}")
        for rule, rows in ROWS.items()
        for i, (t, s, e) in enumerate(rows)
    ],
)
def test_period_row(text: str, start: dt.date, end: dt.date) -> None:
    first, last, unread = _read(text)
    assert (first, last) == (start, end)
    assert not any(
        w in u
        for u in unread
        for w in (
            "date",
            "format",
            "first",
            "th",
            "day",
            "week",
            "easter",
            "christmas",
            "twenty",
            "end",
            "update",
            "report",
            "ten",
            "dekad",
            "decade",
            "hrs",
            "tue",
            "mon",
            "sun",
        )
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("losses on 12/3/2024 (US date)", "month first, as you said"),
        ("losses on 3/12/2024 (uk date)", "day first, as you said"),
        ("losses in the middle ten days of October 2024", "11-20"),
        ("losses over christmas week 2025", "Monday to Sunday"),
        ("losses on easter sunday 2024", "Western"),
        ("losses on orthodox easter 2024", "5 May 2024"),
        ("losses in october 2024, the 11th to the 20th", "11 October 2024 to 20 October 2024"),
    ],
)
def test_the_reading_is_said(text: str, said: str) -> None:
    notes = parse_question(text, TODAY).date_notes
    assert any(said in n for n in notes), notes


@pytest.mark.parametrize(
    "text",
    [
        "losses on 13/3/2024 (US date)",  # no 13th month: the stated order cannot be obeyed
        "russia lost 3,000 in just three days",  # three days of when? not silently the latest
        "losses in the middle week of october 2024",  # which week is the middle one?
        "losses around easter",  # which year's? (not guessed)
    ],
)
def test_what_cannot_be_read_exactly_is_reported(text: str) -> None:
    q = parse_question(text, TODAY)
    assert q.unread, (q.period_start, q.period_end)


@pytest.mark.parametrize(
    ("year", "western", "orthodox"),
    [
        (2022, D(2022, 4, 17), D(2022, 4, 24)),
        (2023, D(2023, 4, 9), D(2023, 4, 16)),
        (2024, D(2024, 3, 31), D(2024, 5, 5)),
        (2025, D(2025, 4, 20), D(2025, 4, 20)),
        (2026, D(2026, 4, 5), D(2026, 4, 12)),
    ],
)
def test_easter_table(year: int, western: dt.date, orthodox: dt.date) -> None:
    assert movable_feast("easter", year) == western
    assert movable_feast("orthodox easter", year) == orthodox


def test_stated_week_convention_is_read() -> None:
    # records count Monday-to-Sunday weeks: a question that says so has nothing unread
    for text in (
        "worst week of 2024 (mon-sun weeks)",
        "worst week of 2024, monday to sunday weeks",
        "deadliest week of 2024 (iso weeks)",
        "worst week of 2024 (weeks starting monday)",
        "worst week in 2024 (calendar weeks, mon-sun)",
    ):
        q = parse_question(text, TODAY)
        assert (q.period_start, q.period_end) == (D(2024, 1, 1), D(2024, 12, 31)), text
        assert not [u.text for u in q.unread if u.constrains], text


def test_a_week_convention_not_followed_is_reported() -> None:
    q = parse_question("worst week of 2024 (sunday to saturday weeks)", TODAY)
    assert q.unread


def test_inclusive_after_a_range_is_read() -> None:
    for text in (
        "losses between december 2024 and february 2025 inclusive",
        "losses 3-9 feb 2024 inclusive",
        "losses from 1 to 10 march 2024, both inclusive",
        "losses 1 march 2024 to 10 march 2024 (inclusive)",
        "losses december 2024 through february 2025, inclusive",
    ):
        q = parse_question(text, TODAY)
        assert "inclusive" not in " ".join(u.text for u in q.unread), text
        assert q.period_kind in (PeriodKind.range, PeriodKind.month), text


@pytest.mark.parametrize(
    "text",
    [
        "'3,000 in just three days' (gb news, 10 dec 2023). which days?",
        "losses 7-9 december 2023 - what dates exactly?",
        "which days does 'last week' in newsweek 3 dec 2024 mean",
        "losses in week 48 of 2024, which dates?",
        "the report of 1 dec 2024: what period is that?",
    ],
)
def test_asking_which_days_a_period_is_is_read(text: str) -> None:
    q = parse_question(text, TODAY)
    assert q.period_start is not None
    assert not [u.text for u in q.unread if u.kind == "period"], q.unread


@pytest.mark.parametrize(
    "text",
    [
        "losses between december 2024 and february 2025",
        "losses between december 2024 and february 2025 inclusive",
        "how many troops between nov 2023 and jan 2024",
        "russian tanks lost between october 2022 and march 2023?",
        "Between December 2024 and February 2025, how many did Kyiv report",
    ],
)
def test_between_two_months_is_one_stretch(text: str) -> None:
    q = parse_question(text, TODAY)
    assert q.period_kind == PeriodKind.range and q.prefer_kind is None, q.prefer_kind


def test_between_two_months_compared_stays_two_periods() -> None:
    q = parse_question("how much did losses grow between december 2024 and february 2025", TODAY)
    assert q.prefer_kind == PeriodKind.month


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("did losses drop in january 2026 compared with december?", D(2025, 12, 1), D(2026, 1, 31)),
        ("were losses in january 2025 higher than in december", D(2024, 12, 1), D(2025, 1, 31)),
        ("losses november 2024, more than october?", D(2024, 10, 1), D(2024, 11, 30)),
        ("losses in december and january 2024", D(2023, 12, 1), D(2024, 1, 31)),
        ("losses feb 2025 vs jan", D(2025, 1, 1), D(2025, 2, 28)),
    ],
)
def test_a_month_without_a_year_beside_one_is_the_nearest(
    text: str, start: dt.date, end: dt.date
) -> None:
    q = parse_question(text, TODAY)
    assert (q.period_start, q.period_end) == (start, end)


@pytest.mark.parametrize(
    "asked",
    [
        "when did they say that",
        "when was that published?",
        "and when did the kremlin say it",
        "date of that?",
        "so when was this reported",
    ],
)
def test_around_then_after_asking_when_is_the_day_it_was_said(asked: str) -> None:
    assert then_day(asked, D(2022, 4, 3), D(2022, 4, 8)) == D(2022, 4, 8)


@pytest.mark.parametrize(
    "asked",
    ["what's the kremlin's death toll", "russian losses in march 2022", "and tanks?"],
)
def test_around_then_after_a_figure_is_the_day_it_speaks_of(asked: str) -> None:
    assert then_day(asked, D(2022, 4, 3), D(2022, 4, 8)) == D(2022, 4, 3)


@pytest.mark.parametrize(
    ("text", "today", "other"),
    [
        (
            "did tank losses drop in january 2026 compared with december?",
            D(2026, 2, 4),
            D(2025, 12, 1),
        ),
        (
            "were losses in january 2025 higher or lower compared to december",
            D(2025, 3, 1),
            D(2024, 12, 1),
        ),
        ("losses in march 2024 compared with february", D(2024, 5, 1), D(2024, 2, 1)),
        (
            "did drone losses rise in february 2023 compared with january?",
            D(2023, 3, 9),
            D(2023, 1, 1),
        ),
        ("how did december 2023 compare with november", D(2024, 1, 9), D(2023, 11, 1)),
    ],
)
def test_a_compared_month_without_a_year_is_the_nearest(
    text: str, today: dt.date, other: dt.date
) -> None:
    found = read_comparison(text, parse_question(text, today), today)
    assert found is not None
    assert other in (found.first.period_start, found.second.period_start)


@pytest.mark.parametrize(
    "text",
    [
        "how many russian helicopters went down from march to may 2022",
        "how many jets went down between 1 and 20 march 2022",
        "how many drones go down per day in 2025",
        "how many su-25s have gone down since january 2024",
        "how many aircraft came down in the first week of the war",
    ],
)
def test_how_many_went_down_counts_losses_and_compares_nothing(text: str) -> None:
    today = D(2026, 1, 10)
    assert read_comparison(text, parse_question(text, today), today) is None


def test_did_losses_go_down_still_compares() -> None:
    text = "did losses go down in march 2024 compared with february 2024"
    today = D(2024, 5, 1)
    assert read_comparison(text, parse_question(text, today), today) is not None


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (D(2022, 3, 16), D(2022, 12, 31), 9.52),  # a month in part: its share of its own days
        (D(2024, 1, 1), D(2024, 3, 31), 3),  # whole calendar months: counted
        (D(2024, 2, 1), D(2024, 2, 29), 1),
        (D(2024, 1, 15), D(2024, 2, 14), 1.03),  # 17/31 + 14/29
        (D(2023, 1, 1), D(2023, 12, 31), 12),
    ],
)
def test_an_average_per_month_counts_the_months_of_the_period(
    start: dt.date, end: dt.date, months: float
) -> None:
    assert _units(PeriodKind.month, start, end) == months


@pytest.mark.parametrize(
    ("previous", "fragment", "start", "end"),
    [
        (
            "russian tank losses on 3 dec 2024",
            "and around that time in 2023?",
            D(2023, 12, 3),
            D(2023, 12, 3),
        ),
        (
            "russian losses in march 2024",
            "and the same period in 2023",
            D(2023, 3, 1),
            D(2023, 3, 31),
        ),
        (
            "drone losses in the first week of may 2025",
            "same week in 2024?",
            D(2024, 5, 1),
            D(2024, 5, 7),
        ),
        (
            "russian losses in q3 2024",
            "what about the same time in 2023",
            D(2023, 7, 1),
            D(2023, 9, 30),
        ),
        ("tanks lost 7-9 december 2023", "and about then in 2022?", D(2022, 12, 7), D(2022, 12, 9)),
    ],
)
def test_the_same_time_in_another_year_moves_the_previous_period(
    previous: str, fragment: str, start: dt.date, end: dt.date
) -> None:
    reading = read_followup(fragment, parse_question(previous, TODAY), TODAY)
    assert reading is not None
    assert (reading.query.period_start, reading.query.period_end) == (start, end)


def test_by_this_time_last_year_is_a_total() -> None:
    q = parse_question("how many had russia lost by this time last year", TODAY)
    assert (q.period_kind, q.period_end) == (PeriodKind.cumulative, D(2025, 11, 30))


def test_now_against_a_year_ago_is_the_same_stretch_a_year_back() -> None:
    text = "are russian losses higher now than a year ago?"
    found = read_comparison(text, parse_question(text, TODAY), TODAY)
    assert found is not None
    assert (found.second.period_start, found.second.period_end) == (D(2025, 1, 1), D(2025, 11, 30))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("losses since the beginning of the month", D(2026, 11, 1)),
        ("losses since the start of last month", D(2026, 10, 1)),
        ("losses since the start of this month", D(2026, 11, 1)),
        ("losses since the outset of the previous month", D(2026, 10, 1)),
        ("losses from the beginning of the current month", D(2026, 11, 1)),
    ],
)
def test_since_the_start_of_a_relative_month_runs_on(text: str, start: dt.date) -> None:
    q = parse_question(text, TODAY)
    assert (q.period_start, q.period_end, q.open_end) == (start, None, True)


def test_a_labelled_day_in_brackets_that_does_not_fit_is_said() -> None:
    notes = parse_question(
        "losses in the 7 days before orthodox easter 2024 (easter sunday was 12 may)", TODAY
    ).date_notes
    assert any("12 May 2024" in n and "not next to" in n for n in notes), notes


def test_a_year_then_may_the_verb_is_not_a_month() -> None:
    q = parse_question("russian losses in 2024 may have been higher", TODAY)
    assert (q.period_start, q.period_end) == (D(2024, 1, 1), D(2024, 12, 31))
