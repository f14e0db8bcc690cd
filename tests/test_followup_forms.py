"""The follow-up forms of knowledge/questions/followup.py's table, one class of phrasing each,
in my own phrasings (never a blind question): who publishes the figure, the difference between
the last two answers, "the N before that", the running total at that point, dropping a word the
previous question could not use ("forget X, the whole front"), checking the previous figure
against the daily data, and the most recent complete month or week of the data. Each is read
against the previous question alone, then through the conversation (console and Telegram use
the same `Conversation`)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from bot.console import run_chat
from bot.settings import Settings
from knowledge import ClaimStore, Conversation, Metric, Query, parse_question
from knowledge.models import WAR_START, Figure, PeriodKind, Subject
from knowledge.questions.followup import FollowKind, Reading, read_followup

TODAY = dt.date(2026, 11, 30)
D = dt.date


def _followed(before: Query, fragment: str, kind: FollowKind) -> Reading:
    """The reading of `fragment` after the question `before`, which must be of `kind`."""
    reading = read_followup(fragment, before, TODAY)
    assert reading is not None and reading.kind == kind, fragment
    return reading


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once (tests/conftest.py)."""
    return ClaimStore(series_kb[1])


# -- who publishes that figure: the previous answer's sources ----------------------------------


@pytest.mark.parametrize(
    "fragment",
    ["who publishes that count?", "who compiles those numbers", "whose figure is that?",
     "who puts out that tally?", "who's behind these numbers", "and who reports that figure?"],
)  # fmt: skip
def test_who_publishes_that_asks_for_the_sources(fragment: str) -> None:
    reading = _followed(
        parse_question("russian personnel losses in 2024", TODAY), fragment, FollowKind.sources
    )
    assert reading.query.metrics == [Metric.personnel]


# -- the difference between the last two answers -------------------------------------------------


@pytest.mark.parametrize(
    "fragment",
    ["difference between the two?", "what's the difference", "and the gap between them?",
     "which was deadlier", "how do they compare?", "which one was heavier?",
     "the difference?"],
)  # fmt: skip
def test_the_difference_compares_the_last_two_questions(fragment: str) -> None:
    earlier = parse_question("tank losses in march 2025", TODAY)
    previous = read_followup("april?", earlier, TODAY)
    assert previous is not None
    reading = read_followup(fragment, previous.query, TODAY, earlier)
    assert reading is not None and reading.kind == FollowKind.compare, fragment
    assert reading.other is earlier
    assert reading.query.period_start == D(2025, 4, 1)


# -- "the 7 before that": N of the previous period's own unit, next to it -----------------------

COUNT_ROWS: list[tuple[str, str, dt.date, dt.date]] = [
    ("russian losses 11-17 june 2025", "the 7 before that?", D(2025, 6, 4), D(2025, 6, 10)),
    ("russian losses 11-17 june 2025", "and the previous 7?", D(2025, 6, 4), D(2025, 6, 10)),
    ("russian losses 11-17 june 2025", "the next 7", D(2025, 6, 18), D(2025, 6, 24)),
    ("russian losses 1-14 sep 2025", "the 14 after that?", D(2025, 9, 15), D(2025, 9, 28)),
    ("tank losses in march 2025", "the 3 before that", D(2024, 12, 1), D(2025, 2, 28)),
    ("drones lost in 2024", "and the two before?", D(2022, 1, 1), D(2023, 12, 31)),
    ("russian losses 10-12 may 2025", "the 3 prior?", D(2025, 5, 7), D(2025, 5, 9)),
]


@pytest.mark.parametrize(("previous", "fragment", "start", "end"), COUNT_ROWS)
def test_the_n_before_that_counts_the_previous_periods_unit(
    previous: str, fragment: str, start: dt.date, end: dt.date
) -> None:
    before = parse_question(previous, TODAY)
    reading = _followed(before, fragment, FollowKind.refine)
    assert (reading.query.period_start, reading.query.period_end) == (start, end)
    assert reading.query.metrics == before.metrics


# -- the running total at that point --------------------------------------------------------------

TOTAL_ROWS: list[tuple[str, str, Metric, dt.date]] = [
    ("tanks lost in january 2025", "and the total at that point?", Metric.tanks, D(2025, 1, 31)),
    ("tanks lost in january 2025", "the total tanks at that point?", Metric.tanks,
     D(2025, 1, 31)),
    ("drone losses in may 2024", "what's the running total then?", Metric.drones, D(2024, 5, 31)),
    ("artillery lost in 2023", "cumulative by then?", Metric.artillery, D(2023, 12, 31)),
    ("russian losses on 3 march 2024", "and the overall tally at that time", Metric.personnel,
     D(2024, 3, 3)),
    # a named report: the total in that report, dated the day after the fighting it covers
    ("what did the 5 march 2024 morning report add for tanks?", "and the running total in it?",
     Metric.tanks, D(2024, 3, 5)),
    ("the update of 2 dec 2024: russian personnel?", "total in that report?", Metric.personnel,
     D(2024, 12, 2)),
]  # fmt: skip


@pytest.mark.parametrize(("previous", "fragment", "metric", "end"), TOTAL_ROWS)
def test_the_total_at_that_point_is_the_running_total_to_the_previous_end(
    previous: str, fragment: str, metric: Metric, end: dt.date
) -> None:
    reading = _followed(parse_question(previous, TODAY), fragment, FollowKind.refine)
    query = reading.query
    assert (query.figure, query.period_kind) == (Figure.total, PeriodKind.cumulative)
    assert (query.period_start, query.period_end, query.metrics) == (WAR_START, end, [metric])


# -- dropping a word the previous question could not use -----------------------------------------

DROP_ROWS: list[tuple[str, str, dt.date | None]] = [
    ("russian losses near bakhmut in may 2023", "forget bakhmut, the whole front may 2023",
     D(2023, 5, 1)),
    ("russian losses near bakhmut in may 2023", "ok, ignore bakhmut", D(2023, 5, 1)),
    ("russian losses near bakhmut in may 2023", "never mind the town, overall?", D(2023, 5, 1)),
    ("tank losses around kupiansk in 2024", "across the whole front then", D(2024, 1, 1)),
    ("tank losses around kupiansk in 2024", "nationwide in june 2024?", D(2024, 6, 1)),
    ("tank losses around kupiansk in 2024", "drop kupiansk, all fronts in 2023", D(2023, 1, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("previous", "fragment", "start"), DROP_ROWS)
def test_dropping_the_unread_word_keeps_the_rest(
    previous: str, fragment: str, start: dt.date | None
) -> None:
    before = parse_question(previous, TODAY)
    assert any(span.constrains for span in before.unread), before.unread
    reading = read_followup(fragment, before, TODAY)
    assert reading is not None and reading.kind == FollowKind.refine, fragment
    assert not any(span.constrains for span in reading.query.unread), reading.query.unread
    assert reading.query.metrics == before.metrics
    assert reading.query.period_start == start


# -- checking the previous figure against the daily data -----------------------------------------


@pytest.mark.parametrize(
    "fragment",
    ["does the daily data agree with that?", "does that match the general staff's numbers?",
     "do the daily figures back that up?", "is that consistent with the daily tally?",
     "can you check that against the daily numbers", "is that right?"],
)  # fmt: skip
def test_checking_the_figure_asks_the_previous_question_again(fragment: str) -> None:
    previous = parse_question("russian tank losses as of 9 feb 2024", TODAY)
    reading = _followed(previous, fragment, FollowKind.refine)
    query = reading.query
    assert (query.metrics, query.period_start, query.period_end, query.figure) == (
        previous.metrics,
        previous.period_start,
        previous.period_end,
        previous.figure,
    )


# -- the most recent complete month (or week) of the data ----------------------------------------

LAST_COMPLETE_ROWS: list[tuple[str, dt.date, dt.date, dt.date]] = [
    # (fragment, last report in the data, start, end)
    ("ok what's the most recent full month you have?", D(2026, 8, 8), D(2026, 7, 1),
     D(2026, 7, 31)),
    ("and the last complete month?", D(2026, 8, 1), D(2026, 7, 1), D(2026, 7, 31)),
    ("and the last complete month?", D(2026, 7, 31), D(2026, 6, 1), D(2026, 6, 30)),
    ("latest whole week you've got?", D(2026, 8, 8), D(2026, 7, 27), D(2026, 8, 2)),
    ("so the newest finished month then", D(2025, 3, 2), D(2025, 2, 1), D(2025, 2, 28)),
    ("what about the last full year in your data", D(2026, 8, 8), D(2025, 1, 1),
     D(2025, 12, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("fragment", "last_report", "start", "end"), LAST_COMPLETE_ROWS)
def test_the_most_recent_full_month_ends_before_the_datas_last_fighting_day(
    fragment: str, last_report: dt.date, start: dt.date, end: dt.date
) -> None:
    previous = parse_question("russian tank losses in september 2026", TODAY)
    reading = read_followup(fragment, previous, TODAY, coverage=last_report)
    assert reading is not None and reading.kind == FollowKind.refine, fragment
    query = reading.query
    assert (query.period_start, query.period_end, query.figure) == (start, end, Figure.period)
    assert query.metrics == [Metric.tanks]


# -- through the conversation: the console and the chats use the same one ------------------------


def _turns(store: ClaimStore, today: dt.date, *questions: str) -> list[str]:
    """The answer texts of one conversation."""
    chat = Conversation()
    return [chat.ask(q, store, today=today, now=chat.last_at).text for q in questions]


def test_conversation_the_seven_before_and_which_was_worse(store: ClaimStore) -> None:
    texts = _turns(store, D(2025, 6, 18), "losses over the past week", "the 7 before that?",
                   "which was deadlier?")  # fmt: skip
    assert texts[1].startswith("Personnel, 4–10 June 2025"), texts[1]
    assert "7,380" in texts[1] and "7,960" in texts[2] and "7,380" in texts[2], texts[2]


def test_conversation_total_at_that_point_and_the_check(store: ClaimStore) -> None:
    texts = _turns(store, TODAY, "tanks lost in january 2025", "and the total at that point?",
                   "does the daily data agree with that?")  # fmt: skip
    assert "9,893" in texts[1] or "9,902" in texts[1], texts[1]
    assert "9,893" in texts[2] or "9,902" in texts[2], texts[2]


def test_conversation_latest_complete_month_then_tanks(store: ClaimStore) -> None:
    texts = _turns(store, TODAY, "russian losses in october 2026",
                   "ok what's the latest full month you have?", "tanks that month")  # fmt: skip
    assert "42,860" in texts[1] or "42,600" in texts[1], texts[1]
    assert "162" in texts[2] or "164" in texts[2], texts[2]


def test_conversation_forget_the_place(store: ClaimStore) -> None:
    texts = _turns(store, TODAY, "russian losses near bakhmut in may 2023",
                   "forget bakhmut, the whole front", "and the daily average")  # fmt: skip
    assert "bakhmut" in texts[0].lower()
    assert "bakhmut" not in texts[1].lower() and "bakhmut" not in texts[2].lower(), texts[1]
    assert "May 2023" in texts[1]


def test_console_chat_reads_the_new_forms(store: ClaimStore) -> None:
    typed = "drone losses in q3 2025\nq4?\nthe difference?\nwho publishes that count?\n/quit\n"
    out = io.StringIO()
    run_chat(store, Settings(), stdin=io.StringIO(typed), stdout=out, today=TODAY)
    text = out.getvalue()
    assert "22,612" in text and "32,901" in text and "10,289" in text, text
    assert "General Staff" in text.split("who publishes that count?")[-1]


# -- a day without a year after a running total: the one nearest the total's day ---------------

AFTER_TOTAL_ROWS: list[tuple[str, str, dt.date]] = [
    ("russian losses in total as of 2 jan 2025", "and the fighting on 1 jan?", D(2025, 1, 1)),
    ("tanks lost by 10 march 2024, in total", "what about 9 march?", D(2024, 3, 9)),
    ("total drones lost as of 31 dec 2023", "and on 30 dec", D(2023, 12, 30)),
    ("russian losses in total as of 5 june 2025", "4 june?", D(2025, 6, 4)),
    ("artillery lost in total as of 1 feb 2024", "jan 31 then?", D(2024, 1, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("previous", "fragment", "day"), AFTER_TOTAL_ROWS)
def test_a_day_without_year_after_a_total_is_near_its_day(
    previous: str, fragment: str, day: dt.date
) -> None:
    before = parse_question(previous, TODAY)
    assert before.period_kind == PeriodKind.cumulative, before
    reading = read_followup(fragment, before, TODAY)
    assert reading is not None, fragment
    assert (reading.query.period_start, reading.query.period_end) == (day, day)


# -- "and since then?": from the day after the previous period to the latest report ------------

SINCE_ROWS: list[tuple[str, str, dt.date]] = [
    ("russian losses in march 2024", "and since then?", D(2024, 4, 1)),
    ("tanks lost in 2023", "what about since then", D(2024, 1, 1)),
    ("drones on 3 june 2025", "since then?", D(2025, 6, 4)),
    ("artillery 1-7 sep 2025", "ok and from then on?", D(2025, 9, 8)),
    ("russian losses in q1 2025", "and after that, up to now?", D(2025, 4, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("previous", "fragment", "start"), SINCE_ROWS)
def test_since_then_runs_from_after_the_previous_period(
    previous: str, fragment: str, start: dt.date
) -> None:
    before = parse_question(previous, TODAY)
    reading = _followed(before, fragment, FollowKind.refine)
    query = reading.query
    assert (query.period_start, query.period_end, query.open_end) == (start, None, True)
    assert query.metrics == before.metrics


# -- "and the total?": the running total to the previous period's end ---------------------------


@pytest.mark.parametrize(
    "fragment",
    ["and the total?", "what's the running total", "total?", "and the cumulative figure?",
     "the overall tally?"],
)  # fmt: skip
def test_the_bare_total_is_the_running_total_to_the_previous_end(fragment: str) -> None:
    reading = _followed(
        parse_question("tanks lost in june 2024", TODAY), fragment, FollowKind.refine
    )
    query = reading.query
    assert (query.figure, query.period_start, query.period_end) == (
        Figure.total,
        WAR_START,
        D(2024, 6, 30),
    )


def test_a_total_that_names_its_period_keeps_it() -> None:
    before = parse_question("tanks lost in june 2024", TODAY)
    reading = read_followup("and the total for 2023?", before, TODAY)
    assert reading is not None
    assert (reading.query.period_start, reading.query.period_end) == (
        D(2023, 1, 1),
        D(2023, 12, 31),
    )


# -- "and the whole month?": the unit holding the previous period -------------------------------

WHOLE_ROWS: list[tuple[str, str, dt.date, dt.date]] = [
    ("tanks lost on 5 jan 2025", "and the whole month?", D(2025, 1, 1), D(2025, 1, 31)),
    ("russian losses in march 2024", "and the whole year?", D(2024, 1, 1), D(2024, 12, 31)),
    ("drones 10-12 may 2025", "what about the full month", D(2025, 5, 1), D(2025, 5, 31)),
    ("russian losses on 14 nov 2024", "and that entire week?", D(2024, 11, 11), D(2024, 11, 17)),
    ("artillery in q3 2023", "for the year as a whole?", D(2023, 1, 1), D(2023, 12, 31)),
    ("tanks lost on 5 jan 2025", "all of that month", D(2025, 1, 1), D(2025, 1, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("previous", "fragment", "start", "end"), WHOLE_ROWS)
def test_the_whole_unit_holds_the_previous_period(
    previous: str, fragment: str, start: dt.date, end: dt.date
) -> None:
    before = parse_question(previous, TODAY)
    reading = _followed(before, fragment, FollowKind.refine)
    assert (reading.query.period_start, reading.query.period_end) == (start, end)
    assert reading.query.metrics == before.metrics


# -- "the fighting of that day": a named report's own day ---------------------------------------

THAT_DAY_ROWS: list[tuple[str, str, dt.date]] = [
    ("what did the 5 jan 2025 report say for tanks", "and the fighting of that day?",
     D(2025, 1, 5)),
    ("the update of 2 dec 2024: russian personnel?", "what about the day itself?", D(2024, 12, 2)),
    ("what did the 10 march 2024 morning report add for drones", "and that day's fighting",
     D(2024, 3, 10)),
    ("the 1 june 2025 update, artillery?", "the fighting on that day then?", D(2025, 6, 1)),
    ("tanks lost on 5 jan 2025", "and the fighting of that day?", D(2025, 1, 5)),
]  # fmt: skip


@pytest.mark.parametrize(("previous", "fragment", "day"), THAT_DAY_ROWS)
def test_the_fighting_of_that_day_is_the_named_reports_own_day(
    previous: str, fragment: str, day: dt.date
) -> None:
    before = parse_question(previous, TODAY)
    reading = _followed(before, fragment, FollowKind.refine)
    assert (reading.query.period_start, reading.query.period_end) == (day, day)
    assert reading.query.metrics == before.metrics


def test_conversation_that_day_the_whole_month_and_since_then(store: ClaimStore) -> None:
    texts = _turns(store, TODAY, "what did the 1 jan 2025 morning report add for personnel?",
                   "and the fighting of that day?", "and the whole month?",
                   "and since then?")  # fmt: skip
    assert texts[1].startswith("Personnel, 1 January 2025:") and "1,370" in texts[1], texts[1]
    assert "covers the fighting of the day before" not in texts[1]
    assert texts[2].startswith("Personnel, January 2025:"), texts[2]
    assert texts[3].startswith("Personnel, since 1 February 2025:"), texts[3]


# -- "the 3 months before that", "the next two weeks": a span of N units beside it ------------

SPAN_ROWS: list[tuple[str, str, dt.date, dt.date]] = [
    ("tank losses in march 2025", "the 3 months before that", D(2024, 12, 1), D(2025, 2, 28)),
    ("tank losses in march 2025", "the next 3 months?", D(2025, 4, 1), D(2025, 6, 30)),
    ("tank losses in march 2025", "and the previous two weeks", D(2025, 2, 15), D(2025, 2, 28)),
    ("tank losses in march 2025", "and the following 10 days", D(2025, 4, 1), D(2025, 4, 10)),
    ("drones in 2024", "what about the two years before?", D(2022, 1, 1), D(2023, 12, 31)),
    ("russian losses 1-7 sep 2025", "the 14 days after that", D(2025, 9, 8), D(2025, 9, 21)),
]  # fmt: skip


@pytest.mark.parametrize(("previous", "fragment", "start", "end"), SPAN_ROWS)
def test_the_n_units_before_that_is_a_span_beside_it(
    previous: str, fragment: str, start: dt.date, end: dt.date
) -> None:
    before = parse_question(previous, TODAY)
    reading = _followed(before, fragment, FollowKind.refine)
    assert (reading.query.period_start, reading.query.period_end) == (start, end)


# -- "how does that compare to 2024?": the previous period beside another -----------------------

COMPARE_ROWS: list[tuple[str, dt.date, dt.date]] = [
    ("how does that compare to 2024?", D(2024, 1, 1), D(2024, 12, 31)),
    ("how does that compare with the year before", D(2024, 3, 1), D(2024, 3, 31)),
    ("up or down from the month before?", D(2025, 2, 1), D(2025, 2, 28)),
    ("how did it compare to february?", D(2025, 2, 1), D(2025, 2, 28)),
    ("and compared with a year earlier?", D(2024, 3, 1), D(2024, 3, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("fragment", "start", "end"), COMPARE_ROWS)
def test_how_does_that_compare_sets_another_period_beside_it(
    fragment: str, start: dt.date, end: dt.date
) -> None:
    reading = _followed(
        parse_question("tank losses in march 2025", TODAY), fragment, FollowKind.compare
    )
    assert reading.other is not None
    assert (reading.other.period_start, reading.other.period_end) == (start, end)
    assert reading.query.period_start == D(2025, 3, 1)


# -- "what about ukraine?": a side alone switches whose losses -----------------------------------


@pytest.mark.parametrize(
    ("fragment", "subject"),
    [("and ukraine's?", Subject.ukraine), ("what about ukraine?", Subject.ukraine),
     ("and for ukraine", Subject.ukraine), ("ukraine's side?", Subject.ukraine),
     ("how about kyiv's", Subject.ukraine), ("the ukrainians?", Subject.ukraine)],
)  # fmt: skip
def test_a_side_alone_switches_whose_losses(fragment: str, subject: Subject) -> None:
    reading = _followed(
        parse_question("tank losses in march 2025", TODAY), fragment, FollowKind.refine
    )
    assert reading.query.subject == subject
    assert reading.query.period_start == D(2025, 3, 1)


def test_russia_alone_switches_back() -> None:
    before = parse_question("ukrainian losses in march 2025", TODAY)
    reading = read_followup("and russia?", before, TODAY)
    assert reading is not None and reading.query.subject == Subject.russia


# -- "according to moscow?": a claimant alone keeps the rest -------------------------------------


@pytest.mark.parametrize(
    "fragment",
    ["according to moscow?", "per ukraine's mod", "and per the kremlin?", "what about per the uk",
     "according to the general staff"],
)  # fmt: skip
def test_a_claimant_alone_keeps_the_rest(fragment: str) -> None:
    reading = _followed(
        parse_question("russian losses in march 2024", TODAY), fragment, FollowKind.refine
    )
    query = reading.query
    assert query.claimant or query.claimants or query.claimant_side, query
    assert (query.period_start, query.metrics) == (D(2024, 3, 1), [Metric.personnel])


# -- "what was it a year ago": a shift after "what was it" ---------------------------------------


@pytest.mark.parametrize(
    "fragment",
    ["what was it a year ago", "what was it the year before?", "and what was that a year earlier",
     "what were they a year before", "what about the figure a year ago?"],
)  # fmt: skip
def test_what_was_it_a_year_ago_shifts_the_period(fragment: str) -> None:
    reading = _followed(
        parse_question("tank losses in march 2025", TODAY), fragment, FollowKind.refine
    )
    assert (reading.query.period_start, reading.query.period_end) == (D(2024, 3, 1), D(2024, 3, 31))


# -- "and in total since the start?": the whole war's running total, the newest ------------------


@pytest.mark.parametrize(
    "fragment",
    ["and in total since the start?", "the whole war?", "since the start of the war?",
     "what about in total", "and overall since the invasion began?", "all told?"],
)  # fmt: skip
def test_the_whole_war_is_the_newest_running_total(fragment: str) -> None:
    reading = _followed(
        parse_question("tank losses in march 2025", TODAY), fragment, FollowKind.refine
    )
    query = reading.query
    assert (query.figure, query.period_start, query.period_end) == (Figure.total, None, None)
    assert query.metrics == [Metric.tanks]


# -- "and now?": the newest figure ----------------------------------------------------------------


@pytest.mark.parametrize(
    "fragment", ["and now?", "now?", "what about now", "as of now?", "and currently?"]
)
def test_and_now_is_the_newest_figure(fragment: str) -> None:
    reading = _followed(
        parse_question("tank losses in march 2025", TODAY), fragment, FollowKind.refine
    )
    query = reading.query
    assert (query.figure, query.period_start, query.period_end) == (Figure.latest, None, None)


# -- "which day was the worst?": the record inside the previous period ---------------------------


@pytest.mark.parametrize(
    "fragment",
    ["which day was the worst?", "what day was deadliest", "and which week had the highest?",
     "which day was the quietest", "what month was the worst then?"],
)  # fmt: skip
def test_which_day_was_worst_is_the_record_inside_the_period(fragment: str) -> None:
    reading = _followed(
        parse_question("russian losses in 2024", TODAY), fragment, FollowKind.refine
    )
    query = reading.query
    assert query.figure == Figure.record
    assert (query.period_start, query.period_end) == (D(2024, 1, 1), D(2024, 12, 31))


# -- "was it higher in 2024?": the previous period beside the one named --------------------------


@pytest.mark.parametrize(
    ("fragment", "start"),
    [("was it higher in 2024?", D(2024, 1, 1)), ("higher or lower than 2023?", D(2023, 1, 1)),
     ("is that more than in 2022", D(2022, 1, 1)), ("was it lower during 2024", D(2024, 1, 1)),
     ("more or less than 2023?", D(2023, 1, 1))],
)  # fmt: skip
def test_was_it_higher_in_another_year_compares(fragment: str, start: dt.date) -> None:
    reading = _followed(parse_question("tank losses in 2025", TODAY), fragment, FollowKind.compare)
    assert reading.other is not None and reading.other.period_start == start


# -- "what did the kremlin say about that?": that claimant, the rest kept -------------------------


@pytest.mark.parametrize(
    "fragment",
    ["what did the kremlin say about that", "and what does ukraine's mod say about it?",
     "what did the general staff say on that", "what do the british say about this?",
     "and what did moscow say about those?"],
)  # fmt: skip
def test_what_did_a_claimant_say_about_that_keeps_the_rest(fragment: str) -> None:
    reading = _followed(
        parse_question("russian losses in november 2024", TODAY), fragment, FollowKind.refine
    )
    query = reading.query
    assert query.claimant or query.claimants or query.claimant_side, query
    assert (query.period_start, query.period_end) == (D(2024, 11, 1), D(2024, 11, 30))
