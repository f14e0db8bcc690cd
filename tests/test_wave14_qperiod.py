"""Wave 14, qperiod: English question periods read by general date rules (rows of
`knowledge.dates`), each with phrasings of our own beyond the blind items that showed the gap."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import parse_question

D = dt.date
TODAY = D(2026, 12, 1)


def _period(text: str, today: dt.date = TODAY) -> tuple[dt.date | None, dt.date | None]:
    q = parse_question(text, today)
    return q.period_start, q.period_end


# The n-th (last) weekday of a month or of a year: that one day, never the latest such weekday.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("personnel on the first monday of 2025", D(2025, 1, 6)),
        ("tanks lost the last friday of 2024?", D(2024, 12, 27)),
        ("russian losses on the second tuesday of march 2024", D(2024, 3, 12)),
        ("the 3rd Wednesday in July 2023: how many drones", D(2023, 7, 19)),
        ("losses on the last sunday of november 2025", D(2025, 11, 30)),
        ("APCs, the fourth thursday of october 2025", D(2025, 10, 23)),
        # no year: the latest such day by today
        ("the first saturday of june: personnel", D(2026, 6, 6)),
        ("losses on the first monday of december", D(2025, 12, 1)),
    ],
)
def test_nth_weekday_of_month_or_year(text: str, day: dt.date) -> None:
    q = parse_question(text, TODAY)
    assert (q.period_start, q.period_end) == (day, day)
    assert any(f"{day.day} {day:%B} {day.year}" in n for n in q.date_notes)


# A weekday or weekend counted from the day beside it ("after", "before") or from the date
# "it" stands for, never the latest one before that day.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("tanks on the monday after 9 may 2025", D(2025, 5, 12), D(2025, 5, 12)),
        ("losses the friday following 1 june 2024", D(2024, 6, 7), D(2024, 6, 7)),
        ("personnel on the wednesday before 24 august 2025", D(2025, 8, 20), D(2025, 8, 20)),
        ("losses the weekend after christmas 2024", D(2024, 12, 28), D(2024, 12, 29)),
        ("losses over the weekend before 1 march 2025", D(2025, 2, 22), D(2025, 2, 23)),
        ("losses from 6 march 2024 to the sunday after it", D(2024, 3, 6), D(2024, 3, 10)),
        ("drones, from the first monday of 2026 to the friday after that", D(2026, 1, 5),
         D(2026, 1, 9)),
        # the same weekday after itself is a week on, never the day itself
        ("tanks the saturday after saturday 8 june 2024", D(2024, 6, 15), D(2024, 6, 15)),
    ],
)  # fmt: skip
def test_weekday_counted_from_the_day_beside_it(text: str, start: dt.date, end: dt.date) -> None:
    assert _period(text) == (start, end)


# Early, mid and late in a season (its first, middle, last month) and in a year (its thirds,
# said in a note), never the whole season or year unsaid.
@pytest.mark.parametrize(
    ("text", "start", "end", "said"),
    [
        ("tanks in late summer 2023", D(2023, 8, 1), D(2023, 8, 31), "August 2023"),
        ("losses early spring 2024", D(2024, 3, 1), D(2024, 3, 31), "March 2024"),
        ("personnel in mid-autumn 2025", D(2025, 10, 1), D(2025, 10, 31), "October 2025"),
        ("losses in mid-2024", D(2024, 5, 1), D(2024, 8, 31), "May to August 2024"),
        ("tanks early 2025", D(2025, 1, 1), D(2025, 4, 30), "January to April 2025"),
        ("drones late in 2023", D(2023, 9, 1), D(2023, 12, 31), "September to December 2023"),
    ],
)
def test_part_of_a_season_or_year_is_said(
    text: str, start: dt.date, end: dt.date, said: str
) -> None:
    q = parse_question(text, TODAY)
    assert (q.period_start, q.period_end) == (start, end)
    assert any(said in n for n in q.date_notes)


# A looser period said more exactly right after it, with or without brackets: the days said,
# in the looser period's year (a leap February ends on the 29th).
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("tanks in early 2024 (jan-feb)", D(2024, 1, 1), D(2024, 2, 29)),
        ("losses around mid-2023 (june to august)", D(2023, 6, 1), D(2023, 8, 31)),
        ("drones in early 2025 - say january and february?", D(2025, 1, 1), D(2025, 2, 28)),
        ("personnel late 2024, i.e. november to december", D(2024, 11, 1), D(2024, 12, 31)),
        ("artillery in late summer 2024, by that i mean the last ten days of august",
         D(2024, 8, 22), D(2024, 8, 31)),
        ("losses in 2024: that is, the first half of march", D(2024, 3, 1), D(2024, 3, 15)),
        ("November 2024 weeks 45-47: losses?", D(2024, 11, 4), D(2024, 11, 24)),
    ],
)  # fmt: skip
def test_period_narrowed_by_the_days_said_after_it(text: str, start: dt.date, end: dt.date) -> None:
    assert _period(text) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # two months listed, not a gloss of the year: never January to March
        "tanks in 2024 - january and march",
        # days outside the period named first are no gloss of it
        "losses in 2023, say march 2024",
        "tanks in early 2025 - say october and november",
    ],
)
def test_what_does_not_narrow_is_no_gloss(text: str) -> None:
    start, end = _period(text)
    assert (start, end) not in (
        (D(2024, 1, 1), D(2024, 3, 31)),
        (D(2025, 10, 1), D(2025, 11, 30)),
    )


def test_iso_weeks_without_a_year_are_the_latest_begun() -> None:
    """Early in January, "weeks 49-52" are last year's, not a future stretch refused."""
    assert _period("losses in weeks 49-52", D(2025, 1, 3)) == (D(2024, 12, 2), D(2024, 12, 29))


# Small rows: "after D" starts the day after; an anniversary written with a hyphen; a named day
# followed by its own date with the year; "from" a year before the war is that year; the war's
# days counted in hundreds said without "of the war".
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("russian losses after 8 august 2025", D(2025, 8, 9), None),
        ("any tanks destroyed after 31 may 2026?", D(2026, 6, 1), None),
        ("personnel after the 3rd of march 2024", D(2024, 3, 4), None),
        ("tanks since the 5th of june 2025", D(2025, 6, 5), None),
        ("drones from the 2nd of may 2026", D(2026, 5, 2), None),
        ("tanks in the week after the third-anniversary", D(2025, 2, 25), D(2025, 3, 3)),
        ("the day of the second-anniversary: personnel", D(2024, 2, 24), D(2024, 2, 24)),
        ("tanks on christmas day, 25 december 2024", D(2024, 12, 25), D(2024, 12, 25)),
        ("losses on new year's day, january 1st, 2025", D(2025, 1, 1), D(2025, 1, 1)),
        ("drones on women's day, 8 march 2024?", D(2024, 3, 8), D(2024, 3, 8)),
        ("anything on russian losses from 2021?", D(2021, 1, 1), D(2021, 12, 31)),
        ("tank losses from 2019, before the war", D(2019, 1, 1), D(2019, 12, 31)),
        ("losses from december 2021", D(2021, 12, 1), D(2021, 12, 31)),
        ("around day 600, how many tanks", D(2023, 10, 16), D(2023, 10, 16)),
        ("personnel on day 1,000", D(2024, 11, 19), D(2024, 11, 19)),
        ("tanks lost on day no. 800?", D(2024, 5, 3), D(2024, 5, 3)),
        ("losses between day 500 and day 600", D(2023, 7, 8), D(2023, 10, 16)),
        ("drones, days 700-730", D(2024, 1, 24), D(2024, 2, 23)),
    ],
)
def test_small_period_rows(text: str, start: dt.date, end: dt.date | None) -> None:
    assert _period(text) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "russian losses per day 1000?",
        "day 600 of the siege of bakhmut",
        "losses 1 day, 1,000",
        "the record day 2024 for tanks",
        "worst day 2025, personnel?",
    ],
)
def test_a_day_number_of_something_else_is_no_war_day(text: str) -> None:
    start, _ = _period(text)
    assert start not in (D(2023, 10, 16), D(2024, 11, 19), D(2022, 2, 24))
    assert start is None or start <= TODAY


@pytest.mark.parametrize(
    "text",
    [
        "Could you give me the tank figure from the 3 March 2025 update?",
        "tanks from 3 march 2025 report",
        "the personnel number from the report of 3 march 2025",
        "APCs from the 3rd of march 2025 bulletin",
    ],
)
def test_from_a_report_is_where_the_figure_comes_from(text: str) -> None:
    """ "from the <date> update" names the report, never a period running on from it."""
    q = parse_question(text, TODAY)
    assert not q.open_end
    assert q.report_date == D(2025, 3, 3)


# Earlier sentences that only set the scene with loose dates (relative to today, or without a
# year) give way to the written date of the question's own last clause, and a note names them.
@pytest.mark.parametrize(
    ("text", "start", "end", "context"),
    [
        ("Writing about the winter fighting - how many tanks did Russia lose in January 2024?",
         D(2024, 1, 1), D(2024, 1, 31), "winter"),
        ("My editor asked me this on Monday. What were Russian drone losses in March 2025?",
         D(2025, 3, 1), D(2025, 3, 31), "monday"),
        ("We ran a piece last week; it used old numbers. Russian artillery lost in Q2 2024?",
         D(2024, 4, 1), D(2024, 6, 30), "last week"),
        ("Back in the summer we quoted a figure. Could you give personnel for 3 June 2025?",
         D(2025, 6, 3), D(2025, 6, 3), "summer"),
    ],
)  # fmt: skip
def test_scene_setting_dates_give_way_to_the_asked_one(
    text: str, start: dt.date, end: dt.date, context: str
) -> None:
    q = parse_question(text, TODAY)
    assert (q.period_start, q.period_end) == (start, end)
    assert any(f"{context}'" in n and "set the scene" in n for n in q.date_notes)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a range's two ends across a dash stay one range
        ("losses 3 feb - 9 feb 2025", D(2025, 2, 3), D(2025, 2, 9)),
        # a written date in the earlier sentence is no mere scene: it stays the period read
        ("In March 2024 Newsweek ran a piece. What did it say for 5 March 2024?",
         D(2024, 3, 1), D(2024, 3, 31)),
    ],
)  # fmt: skip
def test_no_scene_rule_where_the_dates_are_not_scene_and_question(
    text: str, start: dt.date, end: dt.date
) -> None:
    assert _period(text) == (start, end)


# A week, month or year named by the written day said before it: "later that month", "the
# rest of that week", "earlier in the same year", "the worst day of the year".
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Reuters called 7 February 2023 the deadliest day. Was it beaten later that month?",
         D(2023, 2, 8), D(2023, 2, 28)),
        ("1,300 on 10 june 2025 - was there a higher day earlier that month?",
         D(2025, 6, 1), D(2025, 6, 9)),
        ("tanks on wednesday 6 march 2024 and the rest of that week", D(2024, 3, 7),
         D(2024, 3, 10)),
        ("the 2,710 on 28 feb 2025: russia's worst day of the year?", D(2025, 1, 1),
         D(2025, 12, 31)),
        ("was 1 december 2024 the quietest day of the same month?", D(2024, 12, 1),
         D(2024, 12, 31)),
        ("5 may 2024 had 1,500; did any day later in the same year top it?", D(2024, 5, 6),
         D(2024, 12, 31)),
    ],
)  # fmt: skip
def test_unit_named_by_the_day_before_it(text: str, start: dt.date, end: dt.date) -> None:
    assert _period(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Russian casualties on the 1st of March 2025 - one day only, not the month",
         D(2025, 3, 1), D(2025, 3, 1)),
        ("tanks in the week after 5 may 2024", D(2024, 5, 6), D(2024, 5, 12)),
        ("losses in the year to 31 march 2025", D(2024, 4, 1), D(2025, 3, 31)),
    ],
)  # fmt: skip
def test_unit_turned_down_or_counted_otherwise_is_not_that_unit(
    text: str, start: dt.date, end: dt.date
) -> None:
    assert _period(text) == (start, end)


# N daily reports counted from a report or within a month or year: the days of fighting they
# cover (each morning report covers the day before), never the running total or the whole year.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("sum the last 7 reports before the 10 march 2025 one: tanks", D(2025, 3, 2),
         D(2025, 3, 8)),
        ("add up the five General Staff updates after 1 april 2024", D(2024, 4, 1),
         D(2024, 4, 5)),
        ("personnel in the 3 posts up to the 20 june 2025 report", D(2025, 6, 17),
         D(2025, 6, 19)),
        ("the first 5 bulletins of march 2024, drones?", D(2024, 2, 29), D(2024, 3, 4)),
        ("what did the last 4 daily reports of 2024 add for artillery", D(2024, 12, 27),
         D(2024, 12, 30)),
        ("total of the opening 14 posts of 2025", D(2024, 12, 31), D(2025, 1, 13)),
    ],
)  # fmt: skip
def test_n_reports_are_the_days_they_cover(text: str, start: dt.date, end: dt.date) -> None:
    q = parse_question(text, TODAY)
    assert (q.period_start, q.period_end) == (start, end)
    assert any("each morning report covers the day before" in n for n in q.date_notes)


# A state's budget year, with the country said: the US federal one from 1 October of the year
# before, the UK's from 1 April; a restatement with its years is read once with it.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("russian tanks in us fiscal year 2025", D(2024, 10, 1), D(2025, 9, 30)),
        ("personnel, FY2024 (the US federal budget year)", D(2023, 10, 1), D(2024, 9, 30)),
        ("drones in the UK financial year 2024/25", D(2024, 4, 1), D(2025, 3, 31)),
        ("british fiscal year 2023-24: artillery?", D(2023, 4, 1), D(2024, 3, 31)),
        ("losses in fy2026 (from 1 october 2025) - us", D(2025, 10, 1), D(2026, 9, 30)),
        ("tanks in FY2025 - the US federal fiscal year, Oct 2024 through Sep 2025",
         D(2024, 10, 1), D(2025, 9, 30)),
    ],
)  # fmt: skip
def test_fiscal_year_of_a_named_country(text: str, start: dt.date, end: dt.date) -> None:
    q = parse_question(text, TODAY)
    assert (q.period_start, q.period_end) == (start, end)
    assert not [u.text for u in q.unread if u.kind == "period"]


def test_fiscal_year_without_a_country_is_not_guessed() -> None:
    """Budget years differ by state: none is assumed (neither US nor UK dates)."""
    start, end = _period("russian losses in fiscal year 2025")
    assert (start, end) not in ((D(2024, 10, 1), D(2025, 9, 30)), (D(2025, 4, 1), D(2026, 3, 31)))
