"""Periods counted back from the data's end, not from today (wave 13, qrecord), as one rule:
"your latest week", "the last 10 days of data", "until the latest report", "the latest date
your data goes up to" are read as the same span counted back from the last daily report (the
seed series ends with the report of 8 August 2026, covering the fighting of 7 August). A short
greeting with its mark ("Morning! ...") asks for nothing. The phrasings are our own, none
copied from a blind round."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.questions.parse import parse_question
from knowledge.questions.tidy import at_the_data_end
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
D = dt.date


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("russian losses in your latest week", D(2026, 8, 1), D(2026, 8, 7)),
        ("tanks over the most recent week you have", D(2026, 8, 1), D(2026, 8, 7)),
        ("personnel, the last week of data", D(2026, 8, 1), D(2026, 8, 7)),
        ("russian losses in the newest full week on record", D(2026, 8, 1), D(2026, 8, 7)),
        ("drones in the last 10 days of your data", D(2026, 7, 29), D(2026, 8, 7)),
        ("artillery in the latest month you have", D(2026, 7, 1), D(2026, 7, 31)),
        ("russian losses from 1 june 2026 until the latest report", D(2026, 6, 1),
         D(2026, 8, 7)),
        ("apcs from july 2026 to the end of the data", D(2026, 7, 1), D(2026, 8, 7)),
        ("personnel from 20 july 2026 up to the most recent update", D(2026, 7, 20),
         D(2026, 8, 7)),
        ("russian losses from 1 july 2026 until your data stops", D(2026, 7, 1), D(2026, 8, 7)),
    ],
)  # fmt: skip
def test_a_span_back_from_the_data_end(
    question: str, start: dt.date, end: dt.date, store: ClaimStore
) -> None:
    found = answer(question, store, today=TODAY)
    assert found.query is not None
    assert (found.query.period_start, found.query.period_end) == (start, end)
    assert found.claims, found.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the latest date your data goes up to?",
        "what is the last day you have data for?",
        "the most recent date in your data?",
        "what's the final date your figures run to?",
    ],
)
def test_how_far_the_data_goes_is_the_latest_figure(question: str, store: ClaimStore) -> None:
    found = answer(question, store, today=TODAY)
    assert [c.value for c in found.claims] == [1456610], found.text
    assert "8 August 2026" in found.text


@pytest.mark.parametrize(
    "question",
    [
        "russian losses last week",  # a calendar week back from today
        "the latest figure",
        "tanks in the last month",
        "personnel until 1 june 2025",
        "the last week of june 2025",
    ],
)
def test_spans_back_from_today_are_left_alone(question: str) -> None:
    assert at_the_data_end(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Morning! russian tanks in june 2023?",
        "Evening, how many russian troops in may 2024",
        "morning - artillery in june 2023 please",
        "Afternoon! personnel losses, march 2025",
    ],
)
def test_a_short_greeting_asks_for_nothing(question: str) -> None:
    query = parse_question(question, today=TODAY)
    assert query.period_start is not None
    assert not [u for u in query.unread if u.constrains], query.unread


def test_a_morning_report_is_still_read() -> None:
    query = parse_question("the morning report of 7 june 2025, tanks", today=TODAY)
    assert query.metrics and query.metrics[0].value == "tanks"


@pytest.mark.parametrize(
    ("question", "today", "first", "second"),
    [
        ("russian losses in the past fortnight vs the fortnight before", D(2025, 10, 15),
         (D(2025, 10, 1), D(2025, 10, 14)), (D(2025, 9, 17), D(2025, 9, 30))),
        ("tanks in the past 14 days compared with the 14 days before", D(2025, 10, 15),
         (D(2025, 10, 1), D(2025, 10, 14)), (D(2025, 9, 17), D(2025, 9, 30))),
        ("artillery 1-10 june 2025 against the same number of days before", TODAY,
         (D(2025, 6, 1), D(2025, 6, 10)), (D(2025, 5, 22), D(2025, 5, 31))),
        ("personnel in the past 30 days vs the preceding 30 days", D(2025, 10, 15),
         (D(2025, 9, 15), D(2025, 10, 14)), (D(2025, 8, 16), D(2025, 9, 14))),
        ("drones 11-20 may 2025 versus the ten days before", TODAY,
         (D(2025, 5, 11), D(2025, 5, 20)), (D(2025, 5, 1), D(2025, 5, 10))),
        ("russian losses in your latest week vs the week before", TODAY,
         (D(2026, 8, 1), D(2026, 8, 7)), (D(2026, 7, 25), D(2026, 7, 31))),
        ("apcs 15-28 feb 2025 compared to the previous fortnight", TODAY,
         (D(2025, 2, 15), D(2025, 2, 28)), (D(2025, 2, 1), D(2025, 2, 14))),
        ("were russian losses higher in the last 7 days of data than in the 7 days before?",
         TODAY, (D(2026, 8, 1), D(2026, 8, 7)), (D(2026, 7, 25), D(2026, 7, 31))),
    ],
)  # fmt: skip
def test_the_n_days_before_is_the_period_moved_back_by_its_length(
    question: str,
    today: dt.date,
    first: tuple[dt.date, dt.date],
    second: tuple[dt.date, dt.date],
    store: ClaimStore,
) -> None:
    found = answer(question, store, today=today)
    spans = {(c.period_start, c.period_end) for c in found.claims}
    assert {first, second} <= spans, found.text


@pytest.mark.parametrize(
    "question",
    [
        "how many russian tanks were lost in 2023, the year of the counteroffensive",
        "russian losses over the 72 hours of 1-3 march 2025",
        "personnel for may 2025 - is the month complete?",
        "artillery 2-8 june 2025, a full week",
        "russian losses in the two days of 10 and 11 feb 2026",
        "apcs 1-14 march 2025, a fortnight in all",
        "tanks in 2024, a whole year of fighting",
        "russian losses on 5 may 2025, one day only",
        "drones 7-13 july 2025 (seven days)",
    ],
)
def test_a_period_said_again_by_its_length_asks_for_nothing(question: str) -> None:
    query = parse_question(question, today=TODAY)
    assert query.period_start is not None
    assert not [u for u in query.unread if u.constrains], query.unread


@pytest.mark.parametrize(
    "question",
    [
        "russian losses in the week of 2025",  # a week is no part of a year said whole
        "tanks in june 2025, the 48 hours before the offensive",
    ],
)
def test_a_length_that_is_not_the_period_still_constrains(question: str) -> None:
    query = parse_question(question, today=TODAY)
    assert [u for u in query.unread if u.constrains], query.unread


def test_a_months_threshold_names_the_reports_of_its_days(store: ClaimStore) -> None:
    found = answer("did russian losses pass 40,000 in December 2024?", store, today=TODAY)
    assert "in the reports dated December 2024" in found.text
    assert "in the report dated December 2024" not in found.text


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("russian personnel losses in the ten days either side of new year 2025",
         D(2024, 12, 22), D(2025, 1, 10)),
        ("tanks in the week either side of 9 may 2025", D(2025, 5, 2), D(2025, 5, 15)),
        ("russian losses a fortnight each side of 1 june 2025", D(2025, 5, 18), D(2025, 6, 14)),
        ("artillery, 3 days on both sides of 24 february 2025", D(2025, 2, 21), D(2025, 2, 26)),
        ("two weeks either side of 1 march 2025, tanks", D(2025, 2, 15), D(2025, 3, 14)),
        ("personnel, five days either side of christmas 2024", D(2024, 12, 20), D(2024, 12, 29)),
        ("apcs in the seven days either side of 1 october 2025", D(2025, 9, 24),
         D(2025, 10, 7)),
        ("drones, the day either side of 20 july 2025", D(2025, 7, 19), D(2025, 7, 20)),
    ],
)  # fmt: skip
def test_days_either_side_of_a_date_are_no_side(
    question: str, start: dt.date, end: dt.date
) -> None:
    query = parse_question(question, today=TODAY)
    assert (query.period_start, query.period_end) == (start, end)
    assert not [u for u in query.unread if u.constrains], query.unread


@pytest.mark.parametrize(
    "question",
    [
        "losses on both sides in 2024",
        "russian losses in the days either side of 9 may 2025",  # no count: not read
        "either side's tank losses in 2024",
    ],
)
def test_both_sides_still_constrains(question: str) -> None:
    query = parse_question(question, today=TODAY)
    assert [u for u in query.unread if u.constrains], query.unread


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("The offensive started on 6 August 2024. Russian losses in the week after it began?",
         D(2024, 8, 7), D(2024, 8, 13)),
        ("The dam was destroyed on 6 June 2023. What were russian losses in the ten days "
         "after that?", D(2023, 6, 7), D(2023, 6, 16)),
        ("The counteroffensive was launched on June 4, 2023. Russian tank losses in the month "
         "following it?", D(2023, 6, 5), D(2023, 7, 4)),
        ("A ceasefire was announced on 1 march 2025. How many russian troops were lost in the "
         "seven days before it?", D(2025, 2, 22), D(2025, 2, 28)),
        ("The bridge attack happened on 17 july 2023: russian artillery losses in the fortnight "
         "after that day", D(2023, 7, 18), D(2023, 7, 31)),
        ("Avdiivka fell on 17 february 2024. Russian losses in the 30 days before then?",
         D(2024, 1, 18), D(2024, 2, 16)),
        ("The Kharkiv push began on 10 may 2024. personnel in the week after the start",
         D(2024, 5, 11), D(2024, 5, 17)),
        ("Talks opened on 16 may 2025. What did Russia lose in the three days after it?",
         D(2025, 5, 17), D(2025, 5, 19)),
    ],
)  # fmt: skip
def test_a_span_anchored_on_an_event_dated_the_sentence_before(
    question: str, start: dt.date, end: dt.date
) -> None:
    query = parse_question(question, today=TODAY)
    assert (query.period_start, query.period_end) == (start, end), query.unread


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("How many Russian troops were lost around Chasiv Yar in 2023?", "Chasiv Yar"),
        ("russian losses near Velyka Novosilka in 2024", "Velyka Novosilka"),
        ("tanks lost on the dnipro islands, october 2023", "dnipro islands"),
        ("Russian personnel near Kurakhove front in 2024", "Kurakhove front"),
        ("Bakhmut, Soledar and Chasiv Yar - tanks in 2023?", "Chasiv Yar"),
        ("artillery lost at Staromlynivka bridgehead, june 2023", "Staromlynivka bridgehead"),
        ("russian losses around Nova Kakhovka in 2023", "Nova Kakhovka"),
        ("what did russia lose near Siversk-Lyman axis in 2023", "Siversk-Lyman axis"),
    ],
)
def test_a_place_of_two_words_is_reported_whole(
    question: str, place: str, store: ClaimStore
) -> None:
    query = parse_question(question, today=TODAY)
    assert place in [u.text for u in query.unread], query.unread
    found = answer(question, store, today=TODAY)
    assert place.lower() in found.text.lower().split("\n")[0]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Toretsk, Feb 2025?", "Toretsk"),
        ("Bakhmut in may 2023", "Bakhmut"),
        ("Vuhledar - january 2023?", "Vuhledar"),
        ("Russian losses at night only, March 2025", "at night"),
        ("tanks lost during the daytime in may 2025", "during the daytime"),
        ("personnel losses by night, april 2024", "by night"),
        ("what did russia lose at dawn on 24 february 2022", "at dawn"),
        ("Avdiivka, october 2023", "Avdiivka"),
    ],
)
def test_a_place_or_a_time_of_day_is_named_not_ignored(
    question: str, said: str, store: ClaimStore
) -> None:
    found = answer(question, store, today=TODAY)
    assert found.query is not None and found.query.intent.value == "losses"
    assert said.lower() in found.text.lower().split("\n")[0], found.text
    assert not found.claims or all(c.relation is None for c in found.claims)


@pytest.mark.parametrize(
    "question",
    [
        "artillery in june and july 2024 together (not august)",
        "tanks in q1 2025, not april",
        "russian losses june 2024 (not july)",
        "tanks in march 2025, but not june",
        "apcs in may 2025 - excluding june",
        "drones, september 2025, without october",
        "personnel for the first half of 2024 and not july",
        "mlrs in november 2024 except december",
    ],
)
def test_a_month_ruled_out_beyond_the_period_asks_for_nothing(question: str) -> None:
    query = parse_question(question, today=TODAY)
    assert query.period_start is not None
    assert not [u for u in query.unread if u.constrains], query.unread


def test_a_month_ruled_out_inside_the_period_still_counts() -> None:
    query = parse_question("tanks in q1 2025, not february", today=TODAY)
    constraining = [u for u in query.unread if u.constrains]
    assert constraining or query.period_end != dt.date(2025, 3, 31)


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("Since most of them fall near Kupiansk, how many russians were lost in october 2025?",
         D(2025, 10, 1), D(2025, 10, 31)),
        ("they fall in the south mostly: russian losses in may 2025", D(2025, 5, 1),
         D(2025, 5, 31)),
        ("most of them fall around bakhmut - tanks in june 2024", D(2024, 6, 1), D(2024, 6, 30)),
        ("russian losses in fall 2024", D(2024, 9, 1), D(2024, 11, 30)),
        ("tanks, fall of 2023", D(2023, 9, 1), D(2023, 11, 30)),
    ],
)  # fmt: skip
def test_fall_after_its_doer_is_the_verb(question: str, start: dt.date, end: dt.date) -> None:
    query = parse_question(question, today=TODAY)
    assert (query.period_start, query.period_end) == (start, end)
