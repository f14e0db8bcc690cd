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
