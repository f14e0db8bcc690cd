"""Group-chat follow-ups (wave 8), my own phrasings, rows per class: a reply that opens with an
acknowledgement ("fine, ...", "ok cool ..."), "vs last year" after a month or a week (the same
period a year before), a side named that is already the subject ("and ru side?": that side's
own account), the difference of two running totals (the losses between them), and "the week
after" a single day (the seven days after it, counted from the day the chat started from)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, Conversation, Metric, parse_question
from knowledge.models import Figure, Subject
from knowledge.questions.followup import FollowKind, fragment_kind, read_followup

TODAY = dt.date(2026, 11, 30)
D = dt.date


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once (tests/conftest.py)."""
    return ClaimStore(series_kb[1])


# An acknowledgement before the fragment is no part of it: the fragment is read as without it.
@pytest.mark.parametrize(
    ("fragment", "bare"),
    [("fine, tanks then", "tanks then"), ("ok cool, and 2023?", "and 2023?"),
     ("alright what about drones", "what about drones"), ("thanks! and the year before?",
     "and the year before?"), ("hmm ok, source?", "source?"), ("got it. per day?", "per day?"),
     ("right, and ukraine?", "and ukraine?")],
)  # fmt: skip
def test_an_acknowledgement_first_reads_as_the_bare_fragment(fragment: str, bare: str) -> None:
    previous = parse_question("russian losses in march 2025", TODAY)
    assert fragment_kind(fragment) == fragment_kind(bare) is not None
    with_ack, without = (
        read_followup(fragment, previous, TODAY),
        read_followup(bare, previous, TODAY),
    )
    assert with_ack is not None and without is not None
    assert with_ack.query.model_dump(exclude={"text", "notes"}) == without.query.model_dump(
        exclude={"text", "notes"}
    )


@pytest.mark.parametrize(
    "fragment", ["fine, kyiv's then", "ok, kyiv then", "alright kyiv's figure then"]
)
def test_after_a_claimant_the_capital_acknowledged_is_that_sides_officials(fragment: str) -> None:
    previous = parse_question("per the Economist, russian losses Q1 2025?", TODAY)
    reading = read_followup(fragment, previous, TODAY)
    assert reading is not None
    assert reading.query.claimant_side == "ukraine"
    assert (reading.query.period_start, reading.query.period_end) == (D(2025, 1, 1), D(2025, 3, 31))


# (previous question, fragment, the other period's start and end): "vs last year" after a
# period is the same period a year before, "vs last month" the month before it.
LAST_UNIT_ROWS = [
    ("tanks april 2025", "vs last year", D(2024, 4, 1), D(2024, 4, 30)),
    ("russian losses first week of march 2025", "vs last year?", D(2024, 3, 1), D(2024, 3, 7)),
    ("drones in june 2025", "compared to last year", D(2024, 6, 1), D(2024, 6, 30)),
    ("artillery q2 2025", "and vs last year", D(2024, 4, 1), D(2024, 6, 30)),
    ("personnel losses on 9 may 2025", "versus last year", D(2024, 5, 9), D(2024, 5, 9)),
    ("tanks april 2025", "vs last month", D(2025, 3, 1), D(2025, 3, 31)),
    ("drones 10-16 march 2025", "vs last week?", D(2025, 3, 3), D(2025, 3, 9)),
]


@pytest.mark.parametrize(("previous", "fragment", "start", "end"), LAST_UNIT_ROWS)
def test_vs_last_year_is_the_same_period_a_year_before(
    previous: str, fragment: str, start: dt.date, end: dt.date
) -> None:
    reading = read_followup(fragment, parse_question(previous, TODAY), TODAY)
    assert reading is not None and reading.kind == FollowKind.compare
    assert reading.other is not None
    assert (reading.other.period_start, reading.other.period_end) == (start, end)


# A side named that is already whose losses were asked: what that side says of them.
@pytest.mark.parametrize(
    ("previous", "fragment", "side"),
    [("russian losses in april 2025", "and ru side?", "russia"),
     ("russian tanks in 2024", "what does the russian side say", "russia"),
     ("russian losses in may 2025", "russian side?", "russia"),
     ("ukrainian losses in 2024", "and the ua side?", "ukraine"),
     ("ukraine's losses in 2023", "ukrainian side?", "ukraine")],
)  # fmt: skip
def test_the_subjects_own_side_is_its_account(previous: str, fragment: str, side: str) -> None:
    before = parse_question(previous, TODAY)
    reading = read_followup(fragment, before, TODAY)
    assert reading is not None and reading.kind == FollowKind.refine
    assert reading.query.subject == before.subject
    assert reading.query.claimant_side == side
    assert (reading.query.period_start, reading.query.metrics) == (
        before.period_start,
        before.metrics,
    )


@pytest.mark.parametrize(
    ("previous", "fragment", "subject"),
    [("russian losses in april 2025", "and ua side?", Subject.ukraine),
     ("russian losses in april 2025", "ukrainian side?", Subject.ukraine),
     ("ukrainian losses in 2024", "and ru side", Subject.russia)],
)  # fmt: skip
def test_the_other_side_is_its_losses(previous: str, fragment: str, subject: Subject) -> None:
    reading = read_followup(fragment, parse_question(previous, TODAY), TODAY)
    assert reading is not None and reading.query.subject == subject
    assert reading.query.claimant_side is None


# Two running totals, then "the difference": the losses between the two reports.
@pytest.mark.parametrize(
    "fragment",
    ["difference?", "the diff", "what's the gap", "and the difference between them", "by how much"],
)
def test_the_difference_of_two_totals_is_the_losses_between(
    store: ClaimStore, fragment: str
) -> None:
    chat = Conversation()
    chat.ask("russian personnel total as of 1 january 2025", store, today=TODAY)
    chat.ask("and the total as of 1 january 2026?", store, today=TODAY)
    got = chat.ask(fragment, store, today=TODAY)
    assert got.query is not None and got.query.figure == Figure.period
    assert (got.query.period_start, got.query.period_end) == (D(2025, 1, 1), D(2025, 12, 31))
    assert got.answered and got.claims[0].metric == Metric.personnel


def test_a_total_a_year_later_is_still_a_total() -> None:
    previous = parse_question("russian personnel total as of 1 january 2025", TODAY)
    reading = read_followup("and a year later?", previous, TODAY)
    assert reading is not None and reading.query.figure == Figure.total
    assert (reading.query.period_start, reading.query.period_end) == (
        previous.period_start,
        D(2026, 1, 1),
    )


# "the day after?", then "the week after": the seven days after the day the chat started from.
@pytest.mark.parametrize(
    ("first", "second", "third", "start", "end"),
    [("losses on independence day 2025", "the day after?", "and the week after",
      D(2025, 8, 25), D(2025, 8, 31)),
     ("tanks on 1 june 2025", "the next day?", "and the week after?", D(2025, 6, 2),
      D(2025, 6, 8)),
     ("drones on 10 march 2025", "a day later", "what about the week after", D(2025, 3, 11),
      D(2025, 3, 17)),
     ("losses on 24 february 2025", "and the day before?", "the week before", D(2025, 2, 17),
      D(2025, 2, 23))],
)  # fmt: skip
def test_the_week_after_a_day_counts_from_the_chats_day(
    store: ClaimStore, first: str, second: str, third: str, start: dt.date, end: dt.date
) -> None:
    chat = Conversation()
    for text in (first, second):
        chat.ask(text, store, today=TODAY)
    got = chat.ask(third, store, today=TODAY)
    assert got.query is not None
    assert (got.query.period_start, got.query.period_end) == (start, end)


@pytest.mark.parametrize(
    ("previous", "fragment", "start", "end"),
    [("tanks on 1 june 2025", "the week after", D(2025, 6, 2), D(2025, 6, 8)),
     ("losses on 9 may 2025", "and the week before?", D(2025, 5, 2), D(2025, 5, 8)),
     ("drones on 3 march 2025", "what about the following week", D(2025, 3, 4), D(2025, 3, 10))],
)  # fmt: skip
def test_the_week_after_a_day_is_the_seven_days_after_it(
    previous: str, fragment: str, start: dt.date, end: dt.date
) -> None:
    reading = read_followup(fragment, parse_question(previous, TODAY), TODAY)
    assert reading is not None
    assert (reading.query.period_start, reading.query.period_end) == (start, end)


# "down" as a verb with its doer is a count of what was shot down, never losses going down.
@pytest.mark.parametrize(
    "question",
    ["uh how many drones did they down in august twenty twenty five",
     "how many shaheds did ukraine down in march 2025", "how many helicopters did the "
     "ukrainians down in 2024", "how many drones do they down per day in 2025",
     "how many cruise missiles has air defence down in june 2025"],
)  # fmt: skip
def test_did_they_down_counts_what_was_shot_down(question: str) -> None:
    from knowledge.questions.averages import read_comparison

    whole = parse_question(question, TODAY)
    assert read_comparison(question, whole, TODAY) is None


# "source?" after an average cites the figures the average was computed from, and the average.
@pytest.mark.parametrize(
    ("first", "average", "source"),
    [("drones in august 2025", "per day", "source?"),
     ("tanks in march 2025", "avg per day?", "where is this from?"),
     ("russian losses in q1 2025", "and per day on average", "who says so"),
     ("artillery in may 2025", "per day?", "sources"),
     ("russian losses first week of march 2025", "daily average?", "what's the source")],
)  # fmt: skip
def test_source_after_an_average_cites_its_total(
    store: ClaimStore, first: str, average: str, source: str
) -> None:
    chat = Conversation()
    total = chat.ask(first, store, today=TODAY).claims[0].value
    averaged = chat.ask(average, store, today=TODAY).claims[0].value
    got = chat.ask(source, store, today=TODAY)
    values = [c.value for c in got.claims]
    assert total in values and averaged in values and averaged < total


@pytest.mark.parametrize(
    "question",
    ["what's the latest total you have", "latest figures you have?",
     "the newest count in your data", "whats the current tally you've got",
     "the latest number that you have"],
)  # fmt: skip
def test_the_latest_total_you_have_is_the_newest_total(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.metrics == [Metric.personnel] and query.figure in (Figure.total, Figure.latest)


# After the newest total, a shift moves the day that total speaks of.
@pytest.mark.parametrize(
    ("first", "shift", "back"),
    [("what's the latest total you have", "and a month before that?", 31),
     ("latest total", "a week earlier?", 7), ("the newest count in your data",
     "what about a year before", 365), ("latest figures you have?", "and 2 months earlier", 61)],
)  # fmt: skip
def test_a_shift_after_the_newest_total_moves_its_day(
    store: ClaimStore, first: str, shift: str, back: int
) -> None:
    chat = Conversation()
    newest = chat.ask(first, store, today=TODAY).claims[0]
    assert newest.period_end is not None
    got = chat.ask(shift, store, today=TODAY)
    assert got.query is not None and got.query.figure == Figure.total
    assert got.query.period_end is not None
    assert abs((newest.period_end - got.query.period_end).days - back) <= 1
    assert got.answered and got.claims[0].value < newest.value


# Chat shorthand for "where is this from?".
@pytest.mark.parametrize(
    "fragment", ["src?", "link?", "link pls", "where from?", "sauce?", "source pls", "citation?"]
)
def test_chat_shorthand_asks_for_the_sources(fragment: str) -> None:
    assert fragment_kind(fragment) == FollowKind.sources


# "yoy?", "m/m": the previous period beside the same period a year (month, week) before.
@pytest.mark.parametrize(
    ("fragment", "start", "end"),
    [("yoy?", D(2024, 4, 1), D(2024, 4, 30)), ("year on year?", D(2024, 4, 1), D(2024, 4, 30)),
     ("y/y", D(2024, 4, 1), D(2024, 4, 30)), ("and year-over-year", D(2024, 4, 1),
     D(2024, 4, 30)), ("mom?", D(2025, 3, 1), D(2025, 3, 31)), ("month on month?",
     D(2025, 3, 1), D(2025, 3, 31)), ("compared w/ 2024", D(2024, 1, 1), D(2024, 12, 31))],
)  # fmt: skip
def test_year_on_year_sets_the_same_period_beside(
    fragment: str, start: dt.date, end: dt.date
) -> None:
    reading = read_followup(fragment, parse_question("russian losses in april 2025", TODAY), TODAY)
    assert reading is not None and reading.kind == FollowKind.compare and reading.other
    assert (reading.other.period_start, reading.other.period_end) == (start, end)


# "other sources?", "anyone else?": the claimant the previous question named is dropped.
@pytest.mark.parametrize(
    "fragment",
    ["any other source?", "other estimates?", "anyone else?", "other sources then",
     "and somebody else's figure"],
)  # fmt: skip
def test_other_sources_drop_the_claimant(fragment: str) -> None:
    previous = parse_question("russian losses in 2024 according to the general staff", TODAY)
    assert previous.claimant or previous.claimants
    reading = read_followup(fragment, previous, TODAY)
    assert reading is not None and reading.kind == FollowKind.refine
    assert not (reading.query.claimant or reading.query.claimants)
    assert reading.query.period_start == D(2024, 1, 1)


# A claimant named alone ("and the UK?", "mediazona?") asks what it says, the rest kept.
@pytest.mark.parametrize(
    "fragment",
    ["and the UK?", "what about the general staff", "zelensky?", "and the kremlin?",
     "how about UK intelligence"],
)  # fmt: skip
def test_a_claimant_named_alone_is_who_claims(fragment: str) -> None:
    reading = read_followup(fragment, parse_question("russian losses in 2024", TODAY), TODAY)
    assert reading is not None and reading.kind == FollowKind.refine
    query = reading.query
    assert query.claimant or query.claimants or query.claimant_side, fragment
    assert (query.period_start, query.metrics) == (D(2024, 1, 1), [Metric.personnel])


@pytest.mark.parametrize(
    ("fragment", "subject"),
    [("ukr side?", Subject.ukraine), ("and ukr?", Subject.ukraine), ("ua?", Subject.ukraine)],
)
def test_side_abbreviations_switch_whose_losses(fragment: str, subject: Subject) -> None:
    reading = read_followup(fragment, parse_question("russian losses in 2024", TODAY), TODAY)
    assert reading is not None and reading.query.subject == subject


@pytest.mark.parametrize(
    ("fragment", "metric", "year"),
    [("same q for 2023", Metric.personnel, 2023), ("same thing for tanks", Metric.tanks, 2024),
     ("same question but for 2022", Metric.personnel, 2022), ("same one for drones",
     Metric.drones, 2024), ("same for artillery", Metric.artillery, 2024)],
)  # fmt: skip
def test_same_question_for_another(fragment: str, metric: Metric, year: int) -> None:
    reading = read_followup(fragment, parse_question("russian losses in 2024", TODAY), TODAY)
    assert reading is not None and reading.kind == FollowKind.refine
    assert reading.query.metrics == [metric] and reading.query.period_start == D(year, 1, 1)


@pytest.mark.parametrize("fragment", ["and since?", "since?", "and ever since", "since then?"])
def test_since_alone_is_since_then(fragment: str) -> None:
    reading = read_followup(fragment, parse_question("russian losses in april 2025", TODAY), TODAY)
    assert reading is not None and reading.query.period_start == D(2025, 5, 1)
    assert reading.query.open_end


# "daily?", "weekly?": the previous question's average per day (week, month).
@pytest.mark.parametrize(
    ("fragment", "days"),
    [("daily?", 30), ("and daily", 30), ("weekly?", 30 / 7), ("daily rate?", 30),
     ("daily figure?", 30)],
)  # fmt: skip
def test_daily_alone_is_the_average(store: ClaimStore, fragment: str, days: float) -> None:
    chat = Conversation()
    total = chat.ask("russian losses in april 2025", store, today=TODAY).claims[0].value
    got = chat.ask(fragment, store, today=TODAY)
    assert got.answered and abs(got.claims[0].value - total / days) <= 1


# A part of the unit holding the previous day: the rest of it, up to it, the total at its end.
@pytest.mark.parametrize(
    ("fragment", "start", "end", "figure"),
    [("the rest of the month?", D(2025, 6, 11), D(2025, 6, 30), Figure.period),
     ("so far that month?", D(2025, 6, 1), D(2025, 6, 10), Figure.period),
     ("that month so far?", D(2025, 6, 1), D(2025, 6, 10), Figure.period),
     ("the remainder of that week", D(2025, 6, 11), D(2025, 6, 15), Figure.period),
     ("and the rest of the year", D(2025, 6, 11), D(2025, 12, 31), Figure.period),
     ("by the end of that month?", D(2022, 2, 24), D(2025, 6, 30), Figure.total),
     ("and by end of year?", D(2022, 2, 24), D(2025, 12, 31), Figure.total)],
)  # fmt: skip
def test_a_part_of_the_unit_holding_the_day(
    fragment: str, start: dt.date, end: dt.date, figure: Figure
) -> None:
    reading = read_followup(fragment, parse_question("tanks on 10 june 2025", TODAY), TODAY)
    assert reading is not None and reading.kind == FollowKind.refine
    query = reading.query
    assert (query.period_start, query.period_end, query.figure) == (start, end, figure)
    assert query.metrics == [Metric.tanks]


@pytest.mark.parametrize(
    ("fragment", "start", "end"),
    [("a fortnight later", D(2025, 6, 24), D(2025, 6, 24)),
     ("the fortnight after", D(2025, 6, 11), D(2025, 6, 24)),
     ("and the fortnight before?", D(2025, 5, 27), D(2025, 6, 9))],
)  # fmt: skip
def test_a_fortnight_is_two_weeks(fragment: str, start: dt.date, end: dt.date) -> None:
    reading = read_followup(fragment, parse_question("tanks on 10 june 2025", TODAY), TODAY)
    assert reading is not None
    assert (reading.query.period_start, reading.query.period_end) == (start, end)


# Two kinds of loss, then "which was higher?": both figures side by side, each its own.
@pytest.mark.parametrize(
    ("first", "second", "both"),
    [("tanks in 2023", "and drones?", "which was higher?"),
     ("tanks in march 2025", "and apcs?", "the difference?"),
     ("artillery in q2 2025", "mlrs?", "which was more"),
     ("drones in may 2025", "what about tanks", "compare them"),
     ("tanks in 2024", "and artillery", "how do they compare")],
)  # fmt: skip
def test_two_kinds_side_by_side_keep_their_own_figures(
    store: ClaimStore, first: str, second: str, both: str
) -> None:
    chat = Conversation()
    one = chat.ask(first, store, today=TODAY).claims[0]
    two = chat.ask(second, store, today=TODAY).claims[0]
    got = chat.ask(both, store, today=TODAY)
    shown = {(c.metric, c.value) for c in got.claims}
    assert {(one.metric, one.value), (two.metric, two.value)} <= shown


# "of the year", "of that year" after a month: the year asked about, not this one.
@pytest.mark.parametrize(
    ("fragment", "start", "end"),
    [("first half of the year?", D(2025, 1, 1), D(2025, 6, 30)),
     ("the second half of that year", D(2025, 7, 1), D(2025, 12, 31)),
     ("q3 of the same year?", D(2025, 7, 1), D(2025, 9, 30)),
     ("december of that year?", D(2025, 12, 1), D(2025, 12, 31)),
     ("the last quarter of the year", D(2025, 10, 1), D(2025, 12, 31))],
)  # fmt: skip
def test_of_that_year_is_the_year_asked_about(fragment: str, start: dt.date, end: dt.date) -> None:
    reading = read_followup(fragment, parse_question("tanks in march 2025", TODAY), TODAY)
    assert reading is not None and reading.query.metrics == [Metric.tanks]
    assert (reading.query.period_start, reading.query.period_end) == (start, end)
