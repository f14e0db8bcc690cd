"""Wave 9 engine changes for English single questions (issue 12): each with its own phrasings,
written for this file (never the blind rounds' questions), over the seed articles and series."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

# the wave 6 file's question helpers, shared rather than copied
from test_qen_wave6 import TODAY, ask, head

from knowledge import ClaimStore, open_or_build, parse_question
from knowledge.answering.checking import quoted_figures
from knowledge.models import Figure, PeriodKind
from knowledge.questions.averages import record_lowest


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


# -- "did it ever pass N in a day?": the record of that unit, the threshold read ---------------

THRESHOLDS = [
    ("has russia ever lost more than 1,500 soldiers in a single day?", PeriodKind.day),
    ("did the daily russian toll ever go over 2000?", PeriodKind.day),
    ("Did Russian losses ever top 3k in one day", PeriodKind.day),
    ("were russian tank losses ever above 40 in a day", PeriodKind.day),
    ("did moscow's weekly losses ever exceed 10,000?", PeriodKind.week),
    ("has the russian army ever passed 40,000 casualties in one month?", PeriodKind.month),
    ("did ukraine's general staff ever report over 100 drones downed in one day?", PeriodKind.day),
    ("ever surpassed 2,500 russian troops per day?", PeriodKind.day),
]


@pytest.mark.parametrize(("question", "unit"), THRESHOLDS)
def test_a_threshold_question_asks_for_the_record(question: str, unit: PeriodKind) -> None:
    query = parse_question(question, TODAY)
    assert query.figure == Figure.record, query
    assert query.prefer_kind in (unit, None), query
    assert not record_lowest(question)
    assert not [u for u in query.unread if any(c.isdigit() for c in u.text)], query.unread


def test_a_threshold_is_answered_with_the_highest_day(store: ClaimStore) -> None:
    ans = ask(store, "has russia ever lost more than 1,500 soldiers in a single day?")
    assert ans.answered, ans.text
    assert "highest" in head(ans, 1), ans.text


NOT_THRESHOLDS = [
    "russian losses above 2,000 in march 2024",
    "how many tanks did russia lose in 2023",
    "did russia ever admit its losses?",
]


@pytest.mark.parametrize("question", NOT_THRESHOLDS)
def test_a_number_without_ever_is_no_threshold(question: str) -> None:
    assert parse_question(question, TODAY).figure != Figure.record


# -- "was there ever a day with none?": the lowest record of that unit --------------------------

ZERO_DAYS = [
    "was there any day in 2023 with zero russian tanks destroyed?",
    "has there ever been a day without a single russian aircraft lost",
    "any week in 2024 with no russian helicopters downed?",
    "did a month ever pass with no russian ships lost?",
    "was there ever a day when russia lost nothing in artillery?",
    "has there been any day with nil russian losses of air defence systems",
    "ever a day with zero mlrs lost by the russians?",
    "any day in 2025 where russia lost no tanks at all",
]


@pytest.mark.parametrize("question", ZERO_DAYS)
def test_a_zero_day_question_asks_for_the_lowest(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.figure == Figure.record, query
    assert record_lowest(question), question


def test_a_zero_day_is_answered_with_the_lowest_day(store: ClaimStore) -> None:
    ans = ask(store, "was there any day in 2023 with zero russian tanks destroyed?")
    assert ans.answered, ans.text
    assert "lowest" in head(ans, 1), ans.text


# -- numeric dates follow the order another date of the same question proves --------------------

ORDERED_BY_ANOTHER = [
    ("russian losses from 03/01/2025 to 03/20/2025", dt.date(2025, 3, 1), dt.date(2025, 3, 20)),
    ("tanks 04/02/2024 - 04/29/2024", dt.date(2024, 4, 2), dt.date(2024, 4, 29)),
    ("between 06/05/2025 and 06/18/2025, drones", dt.date(2025, 6, 5), dt.date(2025, 6, 18)),
    ("artillery 10.02.2024 to 10.30.2024", dt.date(2024, 10, 2), dt.date(2024, 10, 30)),
    ("russian losses 13/01/2025 - 02/02/2025", dt.date(2025, 1, 13), dt.date(2025, 2, 2)),
    ("personnel from 20.05.2024 until 03.06.2024", dt.date(2024, 5, 20), dt.date(2024, 6, 3)),
    ("from 1/2/2025 to 1/31/2025, russian soldiers", dt.date(2025, 1, 2), dt.date(2025, 1, 31)),
    ("apcs 25/12/2024 through 06/01/2025", dt.date(2024, 12, 25), dt.date(2025, 1, 6)),
]


@pytest.mark.parametrize(("question", "start", "end"), ORDERED_BY_ANOTHER)
def test_an_ambiguous_numeric_date_takes_the_order_of_another(
    question: str, start: dt.date, end: dt.date
) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (start, end), query
    assert not query.unread, query.unread


def test_a_lone_ambiguous_numeric_date_is_still_day_first() -> None:
    query = parse_question("russian losses on 02/03/2025", TODAY)
    assert query.period_start == dt.date(2025, 3, 2), query
    assert any("day first" in note for note in query.date_notes), query.date_notes


def test_the_order_taken_is_said(store: ClaimStore) -> None:
    ans = ask(store, "russian losses from 03/01/2025 to 03/20/2025")
    assert "month first" in head(ans, 1) and "03/20/2025" in head(ans, 1), ans.text


# -- "did the ukrainian side publish a number for X": a claimant asked, never Ukraine's losses ---

SIDE_PUBLISHED = [
    ("did the ukrainian side publish a number for 30 december 2024?", "ukraine"),
    ("has the ukrainian side released a figure for christmas day 2024", "ukraine"),
    ("what did the russian side put out for 1 january 2025?", "russia"),
    ("did the ukrainian side issue an update for 29 december 2024", "ukraine"),
    ("has the russian side posted any numbers for december 2024?", "russia"),
    ("what figure did the ukrainian side give for 28 december 2024", "ukraine"),
    ("did kyiv publish a tally for boxing day 2024?", "ukraine"),
    ("what has the ukrainian side announced for 27 december 2024", "ukraine"),
]


@pytest.mark.parametrize(("question", "side"), SIDE_PUBLISHED)
def test_a_side_that_publishes_is_the_claimant(question: str, side: str) -> None:
    query = parse_question(question, TODAY)
    assert query.subject.value == "russia", query
    assert query.claimant_side == side or query.claimants, query
    assert not [u for u in query.unread if u.constrains], query.unread


def test_a_side_that_published_for_a_day_gets_that_days_figure(store: ClaimStore) -> None:
    ans = ask(store, "did the ukrainian side publish a number for 30 december 2024?")
    assert ans.answered, ans.text
    assert "30 december 2024" in head(ans, 1), ans.text
    assert "ukrainian personnel" not in ans.text.lower(), ans.text


# -- "A up or down on B": a comparison of the two periods named --------------------------------

UP_ON = [
    ("artillery: march 2025 up or down on march 2024?", "March 2025", "March 2024"),
    ("were russian losses in 2024 up on 2023?", "2024", "2023"),
    ("tanks, august 2025 down from july 2025?", "August 2025", "July 2025"),
    ("drone losses q2 2025 higher or lower vs q1 2025", "30 June 2025", "31 March 2025"),
    ("is june 2025 up over june 2024 for russian apcs", "June 2025", "June 2024"),
    ("russian personnel: october 2024 down or up on october 2023", "October 2024", "October 2023"),
    ("helicopters 2023 down on 2022?", "2023", "2022"),
    ("mlrs: may 2025 down from april 2025?", "May 2025", "April 2025"),
]


@pytest.mark.parametrize(("question", "first", "second"), UP_ON)
def test_up_or_down_on_compares_the_two_periods(
    store: ClaimStore, question: str, first: str, second: str
) -> None:
    line = ask(store, question, dt.date(2025, 10, 2)).text.splitlines()[0]
    assert first in line and second in line, line
    assert "month before" not in line, line


# -- the one normalising pass: chat wrapping and writers' slips read as the plain question -----

# (the question as typed, the plain question it must read like)
TIDIED = [
    (
        "Hello everyone! how many russian tanks were lost in march 2024? thanks in advance",
        "how many russian tanks were lost in march 2024",
    ),
    (
        "good afternoon team, russian artillery losses in 2023 please",
        "russian artillery losses in 2023",
    ),
    ("Hey bot - quick question: russian apcs in june 2025? cheers", "russian apcs in june 2025"),
    (
        "sorry to bother you, russian drones lost in may 2025, ahead of our 6pm bulletin",
        "russian drones lost in may 2025",
    ),
    (
        "hope you're well! russian personnel losses on 3 march 2025 thx",
        "russian personnel losses on 3 march 2025",
    ),
    (
        "In last five day of the October 2024 how many the Russian soldiers was killed?",
        "in the last five days of october 2024 how many russian soldiers were killed?",
    ),
    (
        "what is the number of russian losses in the day of 12 april 2025",
        "russian losses on 12 april 2025",
    ),
    (
        "first three week of the January 2025, russian tanks",
        "russian tanks in the first three weeks of january 2025",
    ),
    ("wats the latest tally u have?", "what's the latest tally you have?"),
    ("hw many russian helicopters in 2024 pls", "how many russian helicopters in 2024"),
]


@pytest.mark.parametrize(("typed", "plain"), TIDIED)
def test_chat_and_slips_read_like_the_plain_question(typed: str, plain: str) -> None:
    got, want = parse_question(typed, TODAY), parse_question(plain, TODAY)
    assert (got.intent, got.metrics, got.subject) == (want.intent, want.metrics, want.subject)
    assert (got.period_start, got.period_end, got.figure) == (
        want.period_start,
        want.period_end,
        want.figure,
    ), got
    assert not [u for u in got.unread if u.constrains], got.unread


BARE_GREETINGS = ["hi", "Hello!", "good morning", "hey there"]


@pytest.mark.parametrize("text", BARE_GREETINGS)
def test_a_bare_greeting_is_still_a_greeting(text: str) -> None:
    assert parse_question(text, TODAY).intent.value == "greeting"


def test_a_deadline_hour_is_not_read_as_a_date(store: ClaimStore) -> None:
    ans = ask(store, "hi! before my deadline at 4 - russian tanks in april 2024? thanks")
    assert ans.answered, ans.text
    assert "april 2024" in head(ans, 1) and "could not use" not in ans.text.lower(), ans.text


# -- what the asker is writing is framing, never the period or the unit asked --------------------

FRAMED = [
    (
        "I'm putting together a weekly roundup for our subscribers and need one figure: russian "
        "tanks lost in may 2025",
        "russian tanks lost in may 2025",
    ),
    (
        "Working on an explainer for Tuesday's edition. How many russian soldiers in april 2025?",
        "how many russian soldiers in april 2025?",
    ),
    (
        "we're preparing a monthly briefing for our desk - russian artillery losses in 2024",
        "russian artillery losses in 2024",
    ),
    (
        "Writing a long-read about the winter fighting. Russian drones lost in february 2025?",
        "russian drones lost in february 2025?",
    ),
    (
        "i am drafting a daily newsletter for our readers in Riga: russian apcs on 3 june 2025",
        "russian apcs on 3 june 2025",
    ),
    ("for tomorrow's bulletin: russian helicopters in 2023", "russian helicopters in 2023"),
    (
        "im compiling a quarterly report, we just need a single number: russian tanks in q1 2025",
        "russian tanks in q1 2025",
    ),
    (
        "Hi, I'm editing a fact-check for our newsroom. Russian losses on 1 march 2025?",
        "russian losses on 1 march 2025?",
    ),
]


@pytest.mark.parametrize(("typed", "plain"), FRAMED)
def test_the_askers_own_work_is_framing(typed: str, plain: str) -> None:
    got, want = parse_question(typed, TODAY), parse_question(plain, TODAY)
    assert (got.metrics, got.period_start, got.period_end) == (
        want.metrics,
        want.period_start,
        want.period_end,
    ), got
    assert got.prefer_kind == want.prefer_kind, got
    assert not [u for u in got.unread if u.constrains], got.unread


# -- "1 500": thousands grouped by a space are one number --------------------------------------

GROUPED = [
    ("did russia lose 1 500 soldiers on 1 may 2025?", "1,500"),
    ("is the 12 000 russian tanks figure real", "12,000"),
    ("a post says 35 000 russians died in may 2025, true?", "35,000"),
    ("russian losses passed 900 000 in 2025?", "900,000"),
    ("1 250 russians on 31 december 2024 - right?", "1,250"),
    ("someone wrote 2 200 russians in one day, is it so", "2,200"),
    ("russian drones: 3 100 in a week?", "3,100"),
    ("was it 10 500 tanks by april 2025", "10,500"),
]


@pytest.mark.parametrize(("question", "number"), GROUPED)
def test_digits_grouped_by_a_space_are_one_number(question: str, number: str) -> None:
    from knowledge.questions.tidy import tidy
    from knowledge.questions.unread import Tracked, normalise_tracked

    norm, origin = normalise_tracked(question)
    read = Tracked(norm, norm, origin)
    tidy(read)
    assert number in read.work, read.work


def test_a_grouped_figure_is_checked_whole(store: ClaimStore) -> None:
    ans = ask(store, "a post says 1 500 russians a day in may 2025 - does that hold up?")
    # a quoted rate is held against May's average (qcheck, wave 10): 1 500 is read whole
    assert ans.query is not None and quoted_figures(ans.query) == [1500], ans.query
    assert " 500 " not in ans.text, ans.text


def test_a_day_and_a_count_are_not_joined() -> None:
    query = parse_question("russian tanks on 3 may 2025", TODAY)
    assert query.period_start == dt.date(2025, 5, 3), query


# -- "june and july together": the listed periods as one figure ---------------------------------

ADDED_UP = [
    "russian artillery june and july 2023 together",
    "russian tanks in march and april 2024 combined",
    "russian drones, may and june 2025 added up",
    "personnel losses in 2023 and 2024 together",
    "russian apcs january and february 2025 altogether",
    "russian losses october and november 2024 as one total",
    "helicopters 2022 and 2023 combined",
    "russian mlrs in august and september 2024, summed",
]


@pytest.mark.parametrize("question", ADDED_UP)
def test_listed_periods_asked_together_are_one_span(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.prefer_kind is None, query
    assert query.period_start is not None and query.period_end is not None, query
    assert not [u for u in query.unread if u.constrains or u.kind == "word"], query.unread


def test_listed_periods_without_together_stay_side_by_side() -> None:
    query = parse_question("russian tanks in march and april 2024", TODAY)
    assert query.prefer_kind == PeriodKind.month, query


def test_two_months_together_are_answered_as_one_figure(store: ClaimStore) -> None:
    ans = ask(store, "russian tanks in march and april 2024 combined")
    assert ans.answered and "I do not add them up" not in ans.text, ans.text
    assert "1 march to 30 april 2024" in head(ans, 1), ans.text
