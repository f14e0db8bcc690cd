"""Wave 13, qcheck: three gaps of the source and agreement classes, each written in phrasings of
this test's own (none copied from a blind file).

1. The bot's own method asked about with no word for "the data" ("how do you work?", "do you
   verify anything or just pass it on?"): answered from the sources, never as off-topic.
2. Errors and mistakes in the reports and how they are fixed: the tally's corrections, in
   English, Ukrainian and Russian.
3. A claimant that does not report daily speaking on a day ("what did the Kremlin say on 10
   March 2024?") stated it on that day; the General Staff's word on a day is that day's
   report, which covers the day before. A day-relative phrase beside a named day ("overnight on
   7 February") is the report of that day too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, answer, open_or_build, parse_question
from knowledge.questions.sources import Asked, read_source_question

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


def kind_of(store: ClaimStore, question: str) -> Asked | None:
    """What a question about the sources asks, or None when it asks about losses."""
    read = read_source_question(question, parse_question(question, TODAY), store.publishers())
    return None if read is None else read.asked


METHOD = [
    "Methodology?",
    "how do you work?",
    "How does this bot work, in a sentence?",
    "do you verify anything or just pass it on?",
    "Are you checking these figures yourself?",
    "do u just copy what the news says?",
    "what's your method",
    "Is any of this your own counting?",
    "explain your approach please",
    "Do you fact-check before you answer?",
]


@pytest.mark.parametrize("question", METHOD)
def test_the_bots_method_is_answered_from_its_sources(store: ClaimStore, question: str) -> None:
    got = answer(question, store, today=TODAY)
    assert kind_of(store, question) is not None
    assert "General Staff" in got.text
    assert got.claims == []


CORRECTIONS = [
    "what happens when the daily report has a mistake?",
    "How are errors in the tally fixed?",
    "do mistakes in the reports ever get corrected?",
    "who fixes errors in the figures?",
    "Як виправляють помилки в даних?",
    "Чи бувають помилки у звітах Генштабу?",
    "Как исправляют ошибки в данных?",
    "Бывают ли ошибки в сводках?",
]


@pytest.mark.parametrize("question", CORRECTIONS)
def test_errors_in_the_reports_are_the_tallys_corrections(store: ClaimStore, question: str) -> None:
    assert kind_of(store, question) == Asked.corrections


# (question, the day read, the report's date or None)
SAID_ON = [
    ("What did the Kremlin say on 10 March 2024?", dt.date(2024, 3, 10), None),
    ("what did Peskov claim on 12 april 2022 about russian dead", dt.date(2022, 4, 12), None),
    ("What did Zelensky say on 16 February 2024 about Ukrainian losses?",
     dt.date(2024, 2, 16), None),
    ("what did the UK MoD say on 5 may 2023?", dt.date(2023, 5, 5), None),
    ("What did Moscow say on 25 March 2022 about its dead?", dt.date(2022, 3, 25), None),
    ("what did Shoigu claim on 21 September 2022 about Russian dead?",
     dt.date(2022, 9, 21), None),
    # a daily reporter's word on a day is that day's report
    ("what did the General Staff say on 3 March 2024?", dt.date(2024, 3, 2), dt.date(2024, 3, 3)),
    ("did the general staff report 1,000 overnight on 9 may 2024?",
     dt.date(2024, 5, 8), dt.date(2024, 5, 9)),
    ("Kyiv claimed 1,200 russians killed in the past 24 hours on 2 March 2024 - true?",
     dt.date(2024, 3, 1), dt.date(2024, 3, 2)),
    ("did Ukraine report 900 losses overnight on 14 june 2025?",
     dt.date(2025, 6, 13), dt.date(2025, 6, 14)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "day", "report"), SAID_ON)
def test_a_statement_on_a_day(question: str, day: dt.date, report: dt.date | None) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (day, day)
    assert query.report_date == report


# 4. A change quoted in a comparison ("up about 9% on october", "20% more than 2024", "like
#    700?") is the claim the comparison checks: answered, with whether the change agrees.
# (question, agrees)
QUOTED_CHANGES = [
    ("Kyiv claims Russian losses in November 2024 were up about 9% on October 2024. Right?", True),
    ("my colleague wrote that 2025 saw 20% more russian losses than 2024 - check?", False),
    ("russian tank losses in 2024 were up 25 percent on 2023, is that so?", True),
    ("how many more russian tanks in 2024 than in 2023 — like 700?", True),
    ("were there 3,700 more russian losses in November 2024 than in October 2024?", True),
    ("did russian losses rise by 3,700 in november 2024 compared with october 2024?", True),
    ("2025 down 10% from 2024 for russian personnel?", False),
    ("were there 5,000 more russian losses in november 2024 than in october 2024?", False),
]  # fmt: skip


@pytest.mark.parametrize(("question", "agrees"), QUOTED_CHANGES)
def test_a_quoted_change_is_checked(store: ClaimStore, question: str, agrees: bool) -> None:
    got = answer(question, store, today=TODAY)
    assert got.answered
    assert ("agrees with these figures" in got.text) is agrees
    assert agrees or "is not what these figures give" in got.text


def test_a_periods_own_figure_is_not_read_as_the_change(store: ClaimStore) -> None:
    got = answer("was november 2024's 45,720 higher than october 2024?", store, today=TODAY)
    assert "The change you quote" not in got.text


# 5. A night's losses beside a longer period are a day of that period, not a day counted back
#    from today.
NIGHT_IN_A_MONTH = [
    ("reuters wrote ukraine destroyed 900 russians overnight in march 2024?", 2024, 3),
    ("1,000 killed overnight in May 2025 according to Kyiv - the highest that month?", 2025, 5),
    ("russia lost 1,200 in the past 24 hours in March 2024, a record?", 2024, 3),
    ("700 russian losses overnight in june 2023: a record for that month?", 2023, 6),
]


@pytest.mark.parametrize(("question", "year", "month"), NIGHT_IN_A_MONTH)
def test_a_night_in_a_month(question: str, year: int, month: int) -> None:
    query = parse_question(question, TODAY)
    assert query.period_start == dt.date(year, month, 1)
    assert query.period_end is not None and query.period_end.month == month


# 6. A quote closed before a bracketed year ('"... on Dec. 3" (2024)'): the year is the day's.
QUOTED_DAY_YEAR = [
    ('a post says "russia lost 1,100 soldiers on 5 march" (2025) - real?', dt.date(2025, 3, 5)),
    ("the line 'Moscow lost 1,230 troops on 15 July' (2025): true?", dt.date(2025, 7, 15)),
    ('headline: "1,500 russian losses on Nov. 20" (2024). check', dt.date(2024, 11, 20)),
    ("«Russia lost 1,000 on 1 may» (2024) - is that so?", dt.date(2024, 5, 1)),
]


@pytest.mark.parametrize(("question", "day"), QUOTED_DAY_YEAR)
def test_a_bracketed_year_after_a_quote(question: str, day: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (day, day)


# 7. Two bodies set against each other, one with no figure here: the other's figure is shown,
#    but what was asked (which is higher) is not answered.
SET_AGAINST_ABSENT = [
    "does Mediazona count more Russian dead than the General Staff does?",
    "Is Oryx's tank number lower than Kyiv's official one?",
    "General Staff vs Oryx on tanks: which is bigger?",
    "Чи більше танків рахує Oryx, ніж Генштаб?",
    "У Oryx танков больше, чем у Генштаба?",
]


@pytest.mark.parametrize("question", SET_AGAINST_ABSENT)
def test_a_comparison_with_an_absent_body_is_not_answered(store: ClaimStore, question: str) -> None:
    got = answer(question, store, today=TODAY)
    assert not got.answered, got.text
