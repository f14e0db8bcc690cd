"""The question date grammar (issue 12, requirement 2): each row of `knowledge.dates.DATE_RULES`
read exactly, never widened to the month or year around it."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import parse_question
from knowledge.models import WAR_START, PeriodKind

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


# -- rows added for the second-round blind questions (issue 12, requirement 2): each row with
# the ways a journalist would type the same thing, never the blind question itself. ----------

Row = tuple[str, dt.date, dt.date]
ROWS: dict[str, list[Row]] = {
    # D1-D2.MM.YYYY and D1-D2/MM/YYYY: days of one month, day first
    "numeric_range": [
        ("losses 1-15.08.2024", D(2024, 8, 1), D(2024, 8, 15)),
        ("losses 01-15.08.24", D(2024, 8, 1), D(2024, 8, 15)),
        ("losses 1 - 15/08/2024", D(2024, 8, 1), D(2024, 8, 15)),
        ("losses 1.-15.08.2024", D(2024, 8, 1), D(2024, 8, 15)),
        ("losses 1 to 15.08.2024", D(2024, 8, 1), D(2024, 8, 15)),
        ("losses 10–20.3.2023", D(2023, 3, 10), D(2023, 3, 20)),
    ],
    "numeric_dm_range": [
        ("losses 28.12-3.01.2025", D(2024, 12, 28), D(2025, 1, 3)),
        ("losses 28/12 - 03/01/2025", D(2024, 12, 28), D(2025, 1, 3)),
        ("losses 01.08-15.08.2024", D(2024, 8, 1), D(2024, 8, 15)),
        ("losses 25.11 to 1.12.24", D(2024, 11, 25), D(2024, 12, 1)),
        ("losses 5/2-9/2/2024", D(2024, 2, 5), D(2024, 2, 9)),
    ],
    # two-digit years in numeric dates, and day-month-year with dashes
    "numeric_day": [
        ("losses 29.11.24", D(2024, 11, 29), D(2024, 11, 29)),
        ("losses 29/11/24", D(2024, 11, 29), D(2024, 11, 29)),
        ("losses 29-11-2024", D(2024, 11, 29), D(2024, 11, 29)),
        ("losses on 7.6.2024", D(2024, 6, 7), D(2024, 6, 7)),
        ("losses 24.02.2022-23.02.2023", WAR_START, D(2023, 2, 23)),
    ],
    # a season across the year end, two-digit years; meteorological winter
    "season_years": [
        ("losses winter 24/25", D(2024, 12, 1), D(2025, 2, 28)),
        ("losses winter 2024/25", D(2024, 12, 1), D(2025, 2, 28)),
        ("losses in winter 2024-25", D(2024, 12, 1), D(2025, 2, 28)),
        ("losses over the 24/25 winter", D(2024, 12, 1), D(2025, 2, 28)),
        ("losses winter of 24-25", D(2024, 12, 1), D(2025, 2, 28)),
        ("losses winter '24/'25", D(2024, 12, 1), D(2025, 2, 28)),
    ],
    # halves of a month: 1-15 and 16 to the end
    "half_of_month": [
        ("losses 2nd half of october 2024", D(2024, 10, 16), D(2024, 10, 31)),
        ("losses the second half of Oct 2024", D(2024, 10, 16), D(2024, 10, 31)),
        ("losses first half of february 2024", D(2024, 2, 1), D(2024, 2, 15)),
        ("losses 1st half of feb. 2024", D(2024, 2, 1), D(2024, 2, 15)),
        ("losses in the latter half of november 2023", D(2023, 11, 16), D(2023, 11, 30)),
        ("losses second half of february 2024", D(2024, 2, 16), D(2024, 2, 29)),
    ],
    "half_of_year": [
        ("losses H1 2025", D(2025, 1, 1), D(2025, 6, 30)),
        ("losses h2 '24", D(2024, 7, 1), D(2024, 12, 31)),
        ("losses 1H25", D(2025, 1, 1), D(2025, 6, 30)),
        ("losses H1-2025", D(2025, 1, 1), D(2025, 6, 30)),
        ("losses in the last half of 2024", D(2024, 7, 1), D(2024, 12, 31)),
        ("losses H2 24", D(2024, 7, 1), D(2024, 12, 31)),
    ],
    "quarter": [
        ("drones downed first quarter '26", D(2026, 1, 1), D(2026, 3, 31)),
        ("drones Q1 '26", D(2026, 1, 1), D(2026, 3, 31)),
        ("losses q1 26", D(2026, 1, 1), D(2026, 3, 31)),
        ("losses 1Q26", D(2026, 1, 1), D(2026, 3, 31)),
        ("losses Q4/2025", D(2025, 10, 1), D(2025, 12, 31)),
        ("losses in the final quarter of 2025", D(2025, 10, 1), D(2025, 12, 31)),
        ("losses the last quarter of 2024", D(2024, 10, 1), D(2024, 12, 31)),
    ],
    # a month and two digits after "in", "during", "for", "throughout": the month of that year
    "month_number_as_year": [
        ("arty losses in oct 23", D(2023, 10, 1), D(2023, 10, 31)),
        ("losses during feb 24", D(2024, 2, 1), D(2024, 2, 29)),
        ("losses for march 25", D(2025, 3, 1), D(2025, 3, 31)),
        ("losses throughout jan 24", D(2024, 1, 1), D(2024, 1, 31)),
        ("losses in sept 22", D(2022, 9, 1), D(2022, 9, 30)),
    ],
    # ... and elsewhere a day
    "month_number_as_day": [
        ("losses on oct 23", D(2026, 10, 23), D(2026, 10, 23)),
        ("oct 23 losses", D(2026, 10, 23), D(2026, 10, 23)),
        ("losses on feb 24", D(2026, 2, 24), D(2026, 2, 24)),
        ("what happened nov 25", D(2026, 11, 25), D(2026, 11, 25)),
        ("losses on january 22", D(2026, 1, 22), D(2026, 1, 22)),
    ],
    # apostrophe years, glued years, and the day forms around them
    "apostrophe_year": [
        ("losses jan '25", D(2025, 1, 1), D(2025, 1, 31)),
        ("losses January '25", D(2025, 1, 1), D(2025, 1, 31)),
        ("losses 9th of Feb '24", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses feb 9 '24", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses summer '23", D(2023, 6, 1), D(2023, 8, 31)),
        ("losses in '24", D(2024, 1, 1), D(2024, 12, 31)),
        ("losses nov2024", D(2024, 11, 1), D(2024, 11, 30)),
    ],
    "day_forms": [
        ("losses feb 9 2024", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses February 9th, 2024", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses the 9th of february 2024", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses 9 Feb. 2024", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses Feb. 9, 2024", D(2024, 2, 9), D(2024, 2, 9)),
    ],
    # a year at the end of a range is both ends' year
    "range_year_at_end": [
        ("losses from 3 feb to 9 feb 2025", D(2025, 2, 3), D(2025, 2, 9)),
        ("losses 3rd to 9th feb 2025", D(2025, 2, 3), D(2025, 2, 9)),
        ("losses feb 3 thru feb 9 2025", D(2025, 2, 3), D(2025, 2, 9)),
        ("losses 3 feb - 9 feb 2025", D(2025, 2, 3), D(2025, 2, 9)),
        ("losses 3–9 feb 2025", D(2025, 2, 3), D(2025, 2, 9)),
        ("losses from feb 3 till feb 9, 2025", D(2025, 2, 3), D(2025, 2, 9)),
        ("losses 30 dec to 2 jan 2025", D(2024, 12, 30), D(2025, 1, 2)),
    ],
    # named days
    "holiday": [
        ("losses on xmas 2024", D(2024, 12, 25), D(2024, 12, 25)),
        ("losses christmas day 2023", D(2023, 12, 25), D(2023, 12, 25)),
        ("losses in the week before christmas 2023", D(2023, 12, 18), D(2023, 12, 24)),
        ("losses on boxing day 2024", D(2024, 12, 26), D(2024, 12, 26)),
        ("losses on new year's eve 2024", D(2024, 12, 31), D(2024, 12, 31)),
        ("losses on orthodox christmas 2024", D(2024, 1, 7), D(2024, 1, 7)),
        ("losses on independence day 2024", D(2024, 8, 24), D(2024, 8, 24)),
    ],
    # dates in brackets restate or narrow the period before them
    "brackets": [
        ("losses over xmas 2024 (24-26 dec)", D(2024, 12, 24), D(2024, 12, 26)),
        (
            "losses in the 4th year of the war (24 feb 2025 - 23 feb 2026)",
            D(2025, 2, 24),
            D(2026, 2, 23),
        ),
        ("losses early december 2024 (1-10 dec)", D(2024, 12, 1), D(2024, 12, 10)),
        ("losses christmas 2023 [24 - 26 december]", D(2023, 12, 24), D(2023, 12, 26)),
        ("losses last week (25 nov - 1 dec)", D(2026, 11, 25), D(2026, 12, 1)),
        ("losses in q1 2025 (1 jan - 31 mar 2025)", D(2025, 1, 1), D(2025, 3, 31)),
    ],
    # a report dated D covers the fighting of D-1
    "report_of_day": [
        ("the general staff report of 20 december 2024", D(2024, 12, 19), D(2024, 12, 19)),
        ("what did the report dated 20.12.2024 say", D(2024, 12, 19), D(2024, 12, 19)),
        ("20 december 2024's report", D(2024, 12, 19), D(2024, 12, 19)),
        ("the 20 dec 2024 morning report", D(2024, 12, 19), D(2024, 12, 19)),
        ("the update published on 20 december 2024", D(2024, 12, 19), D(2024, 12, 19)),
        (
            "the report of 20 december 2024, losses over the past day",
            D(2024, 12, 19),
            D(2024, 12, 19),
        ),
    ],
    # "since D0" in a report or article of D: after D0, to the fighting of D-1
    "since_in_report": [
        ("newsweek feb 9 2024: 42 tanks 'since feb 3'", D(2024, 2, 4), D(2024, 2, 8)),
        (
            "in its 9 february 2024 article newsweek counted 4,540 since february 3",
            D(2024, 2, 4),
            D(2024, 2, 8),
        ),
        ("on 9 feb 2024 kyiv said 103 AFVs since feb 3", D(2024, 2, 4), D(2024, 2, 8)),
        ("the 9.02.2024 piece: 36 drones since 3 feb", D(2024, 2, 4), D(2024, 2, 8)),
        ("reuters, 7 february 2023: 25 tanks since february 4", D(2023, 2, 5), D(2023, 2, 6)),
    ],
    # the last N days, weeks or months end yesterday; the past 24 hours are yesterday and today
    "last_n": [
        ("losses in the last 30 days", D(2026, 10, 31), D(2026, 11, 29)),
        ("tanks lost past 30 days", D(2026, 10, 31), D(2026, 11, 29)),
        ("losses the previous 30 days", D(2026, 10, 31), D(2026, 11, 29)),
        ("losses last 30d", D(2026, 10, 31), D(2026, 11, 29)),
        ("losses in the last 2 weeks", D(2026, 11, 16), D(2026, 11, 29)),
        ("losses past three months", D(2026, 8, 30), D(2026, 11, 29)),
        ("losses last seven days", D(2026, 11, 23), D(2026, 11, 29)),
    ],
    "past_24_hours": [
        ("past 24 hrs russian casulties", D(2026, 11, 29), TODAY),
        ("losses in the last 24 hours", D(2026, 11, 29), TODAY),
        ("losses last 24h", D(2026, 11, 29), TODAY),
        ("losses over the past day", D(2026, 11, 29), TODAY),
        ("losses the past 24 hr", D(2026, 11, 29), TODAY),
    ],
    # the war's own calendar
    "anniversary": [
        ("losses on the 3rd anniversary", D(2025, 2, 24), D(2025, 2, 24)),
        ("losses on the third anniversary of the invasion", D(2025, 2, 24), D(2025, 2, 24)),
        ("losses on the war's second anniversary", D(2024, 2, 24), D(2024, 2, 24)),
        ("losses on the one-year anniversary of the war", D(2023, 2, 24), D(2023, 2, 24)),
        ("losses 1st anniversary", D(2023, 2, 24), D(2023, 2, 24)),
    ],
    "war_day": [
        ("losses on day 1000 of the war", D(2024, 11, 19), D(2024, 11, 19)),
        ("losses the 1,000th day of the invasion", D(2024, 11, 19), D(2024, 11, 19)),
        ("losses day 500 of the full-scale war", D(2023, 7, 8), D(2023, 7, 8)),
        ("losses on day 1 of the invasion", WAR_START, WAR_START),
        ("losses the 100th day of the war", D(2022, 6, 3), D(2022, 6, 3)),
    ],
    "war_year": [
        ("losses in the 4th year of the war", D(2025, 2, 24), D(2026, 2, 23)),
        ("losses in year 3 of the war", D(2024, 2, 24), D(2025, 2, 23)),
        ("losses in the war's fourth year", D(2025, 2, 24), D(2026, 2, 23)),
        ("losses year two of the invasion", D(2023, 2, 24), D(2024, 2, 23)),
        ("losses during the third year of the full-scale invasion", D(2024, 2, 24), D(2025, 2, 23)),
    ],
    "iso_week": [
        ("losses wk 48 2024", D(2024, 11, 25), D(2024, 12, 1)),
        ("losses week #48 of 2024", D(2024, 11, 25), D(2024, 12, 1)),
        ("losses 2024-W48", D(2024, 11, 25), D(2024, 12, 1)),
        ("losses cw48 2024", D(2024, 11, 25), D(2024, 12, 1)),
        ("losses week 48/2024", D(2024, 11, 25), D(2024, 12, 1)),
        ("losses in week 48", D(2026, 11, 23), D(2026, 11, 29)),
    ],
    # early / mid / late: days 1-10, 11-20, 21 to the end
    "part_of_month": [
        ("losses mid-March 2024", D(2024, 3, 11), D(2024, 3, 20)),
        ("losses mid march 2024", D(2024, 3, 11), D(2024, 3, 20)),
        ("losses in the middle of march 2024", D(2024, 3, 11), D(2024, 3, 20)),
        ("losses early in march 2024", D(2024, 3, 1), D(2024, 3, 10)),
        ("losses late Feb 2024", D(2024, 2, 21), D(2024, 2, 29)),
    ],
}


# Relative rows (asked on Monday 30 November 2026), and numeric months.
ROWS.update({
    "day_before_yesterday": [
        ("losses the day before yesterday", D(2026, 11, 28), D(2026, 11, 28)),
        ("losses 2 days ago", D(2026, 11, 28), D(2026, 11, 28)),
        ("losses two days ago", D(2026, 11, 28), D(2026, 11, 28)),
        ("losses 3 days ago", D(2026, 11, 27), D(2026, 11, 27)),
        ("losses a day ago", D(2026, 11, 29), D(2026, 11, 29)),
    ],
    # to date: up to yesterday, the last day fought a report covers (wave 10)
    "to_date": [
        ("losses ytd", D(2026, 1, 1), D(2026, 11, 29)),
        ("losses year to date", D(2026, 1, 1), D(2026, 11, 29)),
        ("losses year-to-date", D(2026, 1, 1), D(2026, 11, 29)),
        ("losses mtd", D(2026, 11, 1), D(2026, 11, 29)),
        ("losses month to date", D(2026, 11, 1), D(2026, 11, 29)),
    ],
    "weekend": [
        ("losses over the weekend", D(2026, 11, 28), D(2026, 11, 29)),
        ("losses last weekend", D(2026, 11, 28), D(2026, 11, 29)),
        ("losses this weekend", D(2026, 11, 28), D(2026, 11, 29)),
        ("losses on the weekend", D(2026, 11, 28), D(2026, 11, 29)),
        ("losses the weekend of 7-8 december 2024", D(2024, 12, 7), D(2024, 12, 8)),
    ],
    "numeric_month": [
        ("losses 10/2023", D(2023, 10, 1), D(2023, 10, 31)),
        ("losses 10.2023", D(2023, 10, 1), D(2023, 10, 31)),
        ("losses 2023/10", D(2023, 10, 1), D(2023, 10, 31)),
        ("losses in 03/2024", D(2024, 3, 1), D(2024, 3, 31)),
        ("losses 2024-11", D(2024, 11, 1), D(2024, 11, 30)),
    ],
    # a relative stretch anchored to a date in the question
    "last_n_to_a_date": [
        ("tanks in the last 3 days up to 9 december 2023", D(2023, 12, 7), D(2023, 12, 9)),
        ("losses the past 7 days to feb 9 2024", D(2024, 2, 3), D(2024, 2, 9)),
        ("losses the last 2 weeks before christmas 2023", D(2023, 12, 11), D(2023, 12, 24)),
        ("losses the previous 30 days to 31 july 2025", D(2025, 7, 2), D(2025, 7, 31)),
        ("losses the final week before 14 february 2024", D(2024, 2, 7), D(2024, 2, 13)),
    ],
    # whole months (or a year) up to or before a month or a day
    "months_to_a_date": [
        ("losses the 12 months to june 2025", D(2024, 7, 1), D(2025, 6, 30)),
        ("losses in the year to 31 march 2025", D(2024, 4, 1), D(2025, 3, 31)),
        ("losses the year to march 2025", D(2024, 4, 1), D(2025, 3, 31)),
        ("losses the 3 months before may 2024", D(2024, 2, 1), D(2024, 4, 30)),
        ("losses in the month to 15 march 2024", D(2024, 2, 16), D(2024, 3, 15)),
        ("losses the twelve months to the end of june 2025", D(2024, 7, 1), D(2025, 6, 30)),
    ],
    # the year first: analysts' and spreadsheets' forms
    "year_part": [
        ("losses 2024 Q1", D(2024, 1, 1), D(2024, 3, 31)),
        ("losses 2024-Q3", D(2024, 7, 1), D(2024, 9, 30)),
        ("losses 2024/Q4", D(2024, 10, 1), D(2024, 12, 31)),
        ("losses 2025 H1", D(2025, 1, 1), D(2025, 6, 30)),
        ("losses 2024-h2", D(2024, 7, 1), D(2024, 12, 31)),
    ],
    "dmy_dashed": [
        ("24-Feb-2022 losses", WAR_START, WAR_START),
        ("losses 24-feb-22", WAR_START, WAR_START),
        ("losses 9-Feb-2024", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses 9.feb.2024", D(2024, 2, 9), D(2024, 2, 9)),
        ("losses 29-nov-24", D(2024, 11, 29), D(2024, 11, 29)),
        ("losses feb-2024", D(2024, 2, 1), D(2024, 2, 29)),
    ],
    # "the past month" and "the past year" roll, ending yesterday (as "the past week");
    # "last month" and "last year" are the calendar ones
    "past_month_year": [
        ("losses in the past month", D(2026, 10, 30), D(2026, 11, 29)),
        ("losses over the past year", D(2025, 11, 30), D(2026, 11, 29)),
        ("losses last month", D(2026, 10, 1), D(2026, 10, 31)),
        ("losses last year", D(2025, 1, 1), D(2025, 12, 31)),
        ("losses the past week", D(2026, 11, 23), D(2026, 11, 29)),
    ],
    # quarters relative to today: the calendar one before, this one to today, or rolling
    "relative_quarter": [
        ("losses last quarter", D(2026, 7, 1), D(2026, 9, 30)),
        ("losses in the previous quarter", D(2026, 7, 1), D(2026, 9, 30)),
        ("losses this quarter", D(2026, 10, 1), TODAY),
        ("losses the current quarter", D(2026, 10, 1), TODAY),
        ("losses the past quarter", D(2026, 8, 30), D(2026, 11, 29)),
    ],
    # parts of "the year" (this one)
    "of_the_year": [
        ("losses the first quarter of the year", D(2026, 1, 1), D(2026, 3, 31)),
        ("losses the first 6 months of the year", D(2026, 1, 1), D(2026, 6, 30)),
        ("losses in the first half of the year", D(2026, 1, 1), D(2026, 6, 30)),
        ("losses in the third quarter of this year", D(2026, 7, 1), D(2026, 9, 30)),
        ("losses the last 10 days of the year", D(2026, 12, 22), D(2026, 12, 31)),
    ],
    # two consecutive years, the second in two digits: both together (the answer says so)
    "year_range_short": [
        ("losses in 2023/24", D(2023, 1, 1), D(2024, 12, 31)),
        ("losses 2023-24", D(2023, 1, 1), D(2024, 12, 31)),
        ("losses over 2024/25", D(2024, 1, 1), D(2025, 12, 31)),
        ("losses 2023 - 24", D(2023, 1, 1), D(2024, 12, 31)),
        ("losses the year 2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("losses in the month of March 2024", D(2024, 3, 1), D(2024, 3, 31)),
    ],
    # this / last season: the latest begun, or the latest over
    "relative_season": [
        ("losses last summer", D(2026, 6, 1), D(2026, 8, 31)),
        ("losses last winter", D(2025, 12, 1), D(2026, 2, 28)),
        ("losses this autumn", D(2026, 9, 1), D(2026, 11, 30)),
        ("losses last autumn", D(2025, 9, 1), D(2025, 11, 30)),
        ("losses past spring", D(2026, 3, 1), D(2026, 5, 31)),
    ],
    # a relative phrase beside a named day counts from that day
    "relative_to_a_date": [
        ("newsweek 3 dec 2024: 11,390 last week", D(2024, 11, 25), D(2024, 12, 1)),
        ("losses last week per newsweek 3 dec 2024", D(2024, 11, 25), D(2024, 12, 1)),
        ("newsweek said on 3 dec 2024 that russia lost 1,760 yesterday", D(2024, 12, 2),
         D(2024, 12, 2)),
        ("on 9 feb 2024 kyiv said 1,160 over the past day", D(2024, 2, 8), D(2024, 2, 8)),
        ("kyiv, 7 february 2023: 1,030 russians in the last 24 hours", D(2023, 2, 6),
         D(2023, 2, 6)),
        ("the gs report of 20 december 2024: losses yesterday", D(2024, 12, 19),
         D(2024, 12, 19)),
        ("reuters 7 feb 2023: 3,000 in the past 3 days", D(2023, 2, 4), D(2023, 2, 6)),
    ],
})  # fmt: skip


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [pytest.param(*row, id=f"{name}: {row[0]}") for name, rows in ROWS.items() for row in rows],
)
def test_grammar_row(text: str, start: dt.date, end: dt.date) -> None:
    assert _period(text) == (start, end)
    assert not [u.text for u in parse_question(text, TODAY).unread if u.kind == "period"]


@pytest.mark.parametrize(
    "text",
    [
        "tanks russia lost since new year",
        "losses since the new year",
        "losses since new year's",
        "losses since new years day",
        "how many since new year?",
    ],
)
def test_since_new_year_runs_from_1_january_to_the_latest_report(text: str) -> None:
    q = parse_question(text, D(2026, 3, 10))
    assert (q.period_start, q.period_end, q.open_end) == (D(2026, 1, 1), None, True)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("arty losses in oct 23", "October 2023"),
        ("losses on oct 23", "23 October 2026"),
        ("losses during feb 24", "February 2024"),
        ("feb 24 losses", "24 February 2026"),
        ("losses for march 25", "March 2025"),
    ],
)
def test_month_and_two_digits_says_which_reading(text: str, reading: str) -> None:
    notes = parse_question(text, TODAY).date_notes
    assert any(f"as {reading}" in n for n in notes), notes


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("losses the report of 20 december 2024", "covers the fighting of the day before"),
        ("losses over xmas 2024 (24-26 dec)", "dates in brackets"),
        ("newsweek feb 9 2024: 42 tanks since feb 3", "up to the day before the report"),
        ("losses 2nd half of october 2024", "days 1-15 and 16"),
        ("losses in the past 24 hours", "yesterday and today"),
        ("losses by the 3rd anniversary", "24 February 2025"),
        ("losses on day 1000 of the war", "24 February 2022 is day 1"),
    ],
)
def test_each_convention_is_said(text: str, said: str) -> None:
    notes = parse_question(text, TODAY).date_notes
    assert any(said in n for n in notes), notes


def test_an_unused_date_has_no_note() -> None:
    # "the past day" beside the report's day is that day: no second reading is announced.
    q = parse_question("the report of 20 december 2024 over the past day", TODAY)
    assert not any("yesterday and today" in n for n in q.date_notes)


@pytest.mark.parametrize(
    "text",
    [
        "russian losses 2023 -> 2024",
        "losses 2023 vs 2024",
        "losses 2023 → 2024",
        "losses 2023 => 2024",
        "losses 2023 versus 2024",
    ],
)
def test_two_years_joined_by_an_arrow_or_vs_are_two_periods(text: str) -> None:
    q = parse_question(text, TODAY)
    assert (q.period_start, q.period_end, q.prefer_kind) == (
        D(2023, 1, 1),
        D(2024, 12, 31),
        PeriodKind.year,
    )


def test_by_the_anniversary_is_the_total_to_that_day() -> None:
    q = parse_question("the GS tally by the 3rd anniversary (24 feb 2025)", TODAY)
    assert (q.period_kind, q.period_start, q.period_end) == (
        PeriodKind.cumulative,
        WAR_START,
        D(2025, 2, 24),
    )


def test_as_of_early_month_is_the_total_to_its_tenth() -> None:
    q = parse_question("how many russians died as of early april 2022", TODAY)
    assert (q.period_kind, q.period_end) == (PeriodKind.cumulative, D(2022, 4, 10))


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("losses in the first days of the war", "first days"),
        ("losses in the first weeks of 2024", "first weeks"),
        ("losses the final days of 2023", "final days"),
        ("losses in the last months of 2024", "last months"),
        ("losses the opening weeks of the invasion", "opening weeks"),
    ],
)
def test_a_part_without_a_count_is_named_not_guessed(text: str, unread: str) -> None:
    q = parse_question(text, TODAY)
    assert unread in [u.text for u in q.unread]


@pytest.mark.parametrize(
    "text",
    [
        "losses on 3 dec 2024 vs last week",
        "losses from 3 dec 2024 to yesterday",
        "losses 3 dec 2024 compared to last week",
        "losses on 3 dec 2024 and last week",
        "losses between 3 dec 2024 and yesterday",
    ],
)
def test_a_relative_phrase_joined_to_a_date_is_not_anchored_to_it(text: str) -> None:
    notes = parse_question(text, TODAY).date_notes
    assert not any("the date given" in n for n in notes), notes


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("losses by end-2024", D(2024, 12, 31)),
        ("losses at year-end 2024", D(2024, 12, 31)),
        ("tanks lost by end-march 2024", D(2024, 3, 31)),
        ("losses year end 2023", D(2023, 12, 31)),
        ("total tanks end-2023", D(2023, 12, 31)),
        ("losses by end-Q3 2024", D(2024, 9, 30)),
    ],
)
def test_end_of_a_year_or_month_is_a_total_to_its_last_day(text: str, end: dt.date) -> None:
    q = parse_question(text, TODAY)
    assert (q.period_kind, q.period_start, q.period_end) == (PeriodKind.cumulative, WAR_START, end)
