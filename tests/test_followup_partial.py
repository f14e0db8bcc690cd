"""A follow-up as a partial question (issue 12, conversations): the message is read by the same
parser as any question; the slots it leaves empty (period, metric, kind, side, claimant, report)
are the previous question's, and `Query.carried` names them. Also: "both together?" joins the
last two periods when they meet; a follow-up after a report-named question names a report
too; a span of the data's own end ("the last 7 days in your data") ends where the daily figures
do even as the first turn. All phrasings are my own, none from a blind file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, Conversation, Metric, Query, parse_question
from knowledge.models import Subject
from knowledge.questions.followup import FollowKind, read_followup, reads_the_data

TODAY = dt.date(2025, 11, 20)
D = dt.date


def _after(before: str, fragment: str, earlier: str | None = None) -> Query | None:
    """The merged reading of `fragment` after the question `before` (None: no follow-up)."""
    first = parse_question(before, TODAY)
    other = parse_question(earlier, TODAY) if earlier else None
    reading = read_followup(fragment, first, TODAY, other)
    return None if reading is None else reading.query


# -- a partial question: the parser reads what it names, the rest is carried --------------------


@pytest.mark.parametrize(
    ("fragment", "start", "end"),
    [
        ("H2 tot?", D(2024, 7, 1), D(2024, 12, 31)),
        ("h1 pls", D(2024, 1, 1), D(2024, 6, 30)),
        ("over the summer then", D(2024, 6, 1), D(2024, 8, 31)),
        ("Q3 total", D(2024, 7, 1), D(2024, 9, 30)),
        ("first half of 2023?", D(2023, 1, 1), D(2023, 6, 30)),
        ("during 2022 then", D(2022, 1, 1), D(2022, 12, 31)),
        ("for october 2023", D(2023, 10, 1), D(2023, 10, 31)),
        ("jan-mar 2024 overall", D(2024, 1, 1), D(2024, 3, 31)),
    ],
)
def test_a_period_alone_keeps_the_rest(fragment: str, start: dt.date, end: dt.date) -> None:
    merged = _after("russian tanks in q2 2024 according to the general staff", fragment)
    assert merged is not None, fragment
    assert (merged.period_start, merged.period_end) == (start, end)
    assert merged.metrics == [Metric.tanks]
    assert merged.claimant is not None and "General Staff" in merged.claimant
    assert "metric" in merged.carried and "claimant" in merged.carried
    assert "period" not in merged.carried


@pytest.mark.parametrize(
    "fragment",
    ["how come?", "why though", "when was the first time?", "is that normal", "hmm really",
     "interesting, tell me more", "what does it mean", "explain please"],
)  # fmt: skip
def test_a_message_naming_nothing_is_no_partial_question(fragment: str) -> None:
    """Words that fill no slot never repeat the last figure as if it answered them."""
    assert _after("russian tanks in q2 2024", fragment) is None


@pytest.mark.parametrize(
    ("fragment", "carried"),
    [
        ("and artillery?", ["period", "side", "claimant"]),
        ("what about 2023", ["metric", "side", "claimant"]),
        ("and ukraine's?", ["period", "metric"]),
        ("a year earlier", ["metric", "side", "claimant"]),
        ("per the UK MoD?", ["period", "metric", "side"]),
        ("killed only?", ["period", "side", "claimant"]),
        ("the month before", ["metric", "side", "claimant"]),
        ("and drones in 2023?", ["side", "claimant"]),
    ],
)
def test_the_carried_slots_are_reported(fragment: str, carried: list[str]) -> None:
    before = "russian personnel losses in march 2024 according to the general staff"
    merged = _after(before, fragment)
    assert merged is not None, fragment
    assert merged.carried == carried


def test_a_question_of_its_own_carries_nothing() -> None:
    assert parse_question("russian tanks in 2023", TODAY).carried == []


# -- both together: the last two periods as one, when they meet ---------------------------------


@pytest.mark.parametrize(
    "fragment",
    ["both together?", "combined?", "together", "add them up", "the two combined",
     "sum of both", "what's the total of the two", "and both of them together"],
)  # fmt: skip
def test_both_together_joins_two_periods_that_meet(fragment: str) -> None:
    merged = _after("russian tanks in april 2024", fragment, earlier="russian tanks in march 2024")
    assert merged is not None, fragment
    assert (merged.period_start, merged.period_end) == (D(2024, 3, 1), D(2024, 4, 30))


def test_both_together_refuses_two_periods_apart() -> None:
    """March and May sum to no period of their own: no figure rather than a wrong one."""
    assert _after("tanks in may 2024", "both together?", earlier="tanks in march 2024") is None


def test_both_together_needs_two_questions() -> None:
    assert _after("russian tanks in march 2024", "combined?") is None


# -- after a report-named question, the next day named is a report too --------------------------


@pytest.mark.parametrize(
    ("fragment", "report"),
    [
        ("and wednesday's?", D(2025, 11, 19)),
        ("and 14 nov?", D(2025, 11, 14)),
        ("what about 3 november", D(2025, 11, 3)),
        ("and on 1 nov 2025?", D(2025, 11, 1)),
        ("the one of 10 november", D(2025, 11, 10)),
        ("and 12.11.2025?", D(2025, 11, 12)),
        ("and 2025-11-05?", D(2025, 11, 5)),
        ("same for nov 9", D(2025, 11, 9)),
    ],
)
def test_a_report_follow_up_names_a_report(fragment: str, report: dt.date) -> None:
    merged = _after("what did the general staff report of 11 november 2025 say?", fragment)
    assert merged is not None, fragment
    assert merged.report_date == report
    assert merged.period_start == merged.period_end == report - dt.timedelta(days=1)


def test_a_follow_up_without_a_report_stays_a_fighting_day() -> None:
    merged = _after("russian losses on 11 november 2025", "and 12 november?")
    assert merged is not None and merged.report_date is None
    assert merged.period_start == D(2025, 11, 12)


# -- the data's own end, even as the first turn --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last 7 days in your data?", True),
        ("the last 14 days of your data", True),
        ("your latest week", True),
        ("most recent full month you have", True),
        ("latest complete week?", True),
        ("the last month you have", True),
        ("tanks in the last 7 days", False),
        ("losses last month", False),
    ],
)
def test_spans_of_the_data_end_are_recognised(text: str, expected: bool) -> None:
    assert reads_the_data(text) is expected


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once (tests/conftest.py)."""
    return ClaimStore(series_kb[1])


def test_a_first_turn_span_of_the_data_ends_with_the_data(store: ClaimStore) -> None:
    far_later = D(2031, 1, 1)  # years after the daily figures end
    result = Conversation().ask("last 7 days in your data?", store, today=far_later)
    assert result.query is not None
    start, end = result.query.period_start, result.query.period_end
    assert start is not None and end is not None
    assert end < far_later - dt.timedelta(days=300)
    assert (end - start).days == 6
    assert result.query.subject == Subject.russia and result.query.metrics == [Metric.personnel]


# -- a part of the previous period: its first or last days or weeks cut off ----------------------


@pytest.mark.parametrize(
    ("fragment", "start", "end"),
    [
        ("excluding the first week?", D(2024, 3, 8), D(2024, 3, 31)),
        ("without the last 3 days", D(2024, 3, 1), D(2024, 3, 28)),
        ("but leaving out the final week", D(2024, 3, 1), D(2024, 3, 24)),
        ("minus the first two weeks", D(2024, 3, 15), D(2024, 3, 31)),
        ("not counting the first day", D(2024, 3, 2), D(2024, 3, 31)),
        ("ok and skipping the last 10 days of it", D(2024, 3, 1), D(2024, 3, 21)),
        ("ignore the opening week then", D(2024, 3, 8), D(2024, 3, 31)),
        ("except for the last day of the month", D(2024, 3, 1), D(2024, 3, 30)),
    ],
)
def test_a_cut_keeps_the_rest_of_the_period(fragment: str, start: dt.date, end: dt.date) -> None:
    merged = _after("russian artillery systems in march 2024", fragment)
    assert merged is not None, fragment
    assert (merged.period_start, merged.period_end) == (start, end)
    assert merged.metrics == [Metric.artillery]


@pytest.mark.parametrize(
    ("before", "fragment"),
    [
        ("russian tanks on 3 march 2024", "excluding the first week?"),
        ("russian tanks in march 2024", "without the first 40 days"),
        ("latest russian tank total", "minus the last week"),
    ],
)
def test_a_cut_longer_than_the_period_is_no_answer(before: str, fragment: str) -> None:
    """Nothing to cut from: no figure rather than the whole period's figure again."""
    assert _after(before, fragment) is None


# -- the unit holding the period, however the unit is qualified -----------------------------------


@pytest.mark.parametrize(
    ("fragment", "start", "end"),
    [
        ("and the whole calendar week around it", D(2024, 3, 11), D(2024, 3, 17)),
        ("the full monday-to-sunday week containing that day", D(2024, 3, 11), D(2024, 3, 17)),
        ("what about the entire month that includes it", D(2024, 3, 1), D(2024, 3, 31)),
        ("and the whole year around it?", D(2024, 1, 1), D(2024, 12, 31)),
        ("the whole ISO week?", D(2024, 3, 11), D(2024, 3, 17)),
        ("and the full quarter containing it", D(2024, 1, 1), D(2024, 3, 31)),
        ("whole mon-sun week then", D(2024, 3, 11), D(2024, 3, 17)),
        ("the entire calendar month of that day", D(2024, 3, 1), D(2024, 3, 31)),
    ],
)
def test_the_whole_unit_around_a_day(fragment: str, start: dt.date, end: dt.date) -> None:
    merged = _after("russian losses on 14 march 2024", fragment)
    assert merged is not None, fragment
    assert (merged.period_start, merged.period_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("per day in that part", "day"),
        ("a day over that stretch", "day"),
        ("and per week for that period", "week"),
        ("per month across those days", "month"),
        ("so per day during it", "day"),
        ("per day then", "day"),
        ("a week in the same period", "week"),
        ("per day in the rest", "day"),
    ],
)
def test_per_unit_pointing_back_is_an_average(text: str, per: str) -> None:
    from knowledge.questions.averages import average_unit

    unit = average_unit(text)
    assert unit is not None and unit.value == per, text


# -- an average after two periods were set side by side: both averaged -----------------------------


@pytest.mark.parametrize(
    ("compare", "average"),
    [
        ("difference?", "per day?"),
        ("which was higher?", "daily?"),
        ("by how much?", "avg per day?"),
        ("compare them", "and per week?"),
    ],
)
def test_an_average_after_a_comparison_averages_both(
    store: ClaimStore, compare: str, average: str
) -> None:
    chat, today = Conversation(), D(2025, 6, 1)
    for text in ("russian tanks in march 2024", "and april 2024?", compare):
        chat.ask(text, store, today=today)
    result = chat.ask(average, store, today=today)
    assert result.answered and result.query is not None
    assert (result.query.period_start, result.query.period_end) == (D(2024, 3, 1), D(2024, 4, 30))
    spans = {(c.period_start, c.period_end) for c in result.claims}
    assert (D(2024, 3, 1), D(2024, 3, 31)) in spans and (D(2024, 4, 1), D(2024, 4, 30)) in spans
    assert "on average" in result.text  # the averages, not the two totals again


def test_an_average_without_a_comparison_averages_the_last_period(store: ClaimStore) -> None:
    chat, today = Conversation(), D(2025, 6, 1)
    for text in ("russian tanks in march 2024", "and april 2024?"):
        chat.ask(text, store, today=today)
    result = chat.ask("per day?", store, today=today)
    assert result.query is not None
    assert (result.query.period_start, result.query.period_end) == (D(2024, 4, 1), D(2024, 4, 30))


# -- a claimant named alone narrows to it, and replaces the names the last question missed -------

_TWO_SIDES = "Kyiv vs Moscow on russian tanks in 2023, both sides' figures"


@pytest.mark.parametrize(
    ("fragment", "side"),
    [
        ("only kyiv then", "ukraine"),
        ("just the UK", "uk"),
        ("the UK only", "uk"),
        ("ukraine's general staff only", "ukraine"),
        ("just mediazona?", "independent"),
        ("the kremlin instead", "russia"),
        ("ok just zelensky, per week on average", "ukraine"),
        ("fine, only the general staff then", "ukraine"),
    ],
)
def test_a_name_alone_narrows_the_claimant(fragment: str, side: str) -> None:
    merged = _after(_TWO_SIDES, fragment)
    assert merged is not None, fragment
    assert merged.claimant_side == side
    assert merged.unread == []  # "Moscow", "both sides" were who claims: replaced
    assert (merged.period_start, merged.metrics) == (D(2023, 1, 1), [Metric.tanks])


# -- a follow-up's own place (unit, model) it cannot read narrows it, never widens it ------------


@pytest.mark.parametrize(
    ("fragment", "words"),
    [
        ("and in avdiivka?", "avdiivka"),
        ("what about drones near bakhmut", "bakhmut"),
        ("and 2024 in kherson oblast?", "kherson oblast"),
        ("and for the 47th brigade?", "47th brigade"),
        ("same around pokrovsk", "pokrovsk"),
        ("how about in zaporizhzhia oblast", "zaporizhzhia oblast"),
        ("and near kupiansk in 2024?", "kupiansk"),
        ("and around vuhledar?", "vuhledar"),
    ],
)
def test_a_follow_ups_own_place_stays_unread(fragment: str, words: str) -> None:
    merged = _after("russian tanks in 2023", fragment)
    if merged is None:  # not read as a follow-up at all: asked alone, its words reported
        assert any(s.constrains for s in parse_question(fragment, TODAY).unread), fragment
        return
    assert any(s.text.lower() == words and s.constrains for s in merged.unread), merged.unread


# -- another period with "more or less?": both set side by side -----------------------------------


@pytest.mark.parametrize(
    ("fragment", "other"),
    [
        ("and the same month last year - more or less?", (D(2023, 9, 1), D(2023, 9, 30))),
        ("a year earlier, higher or lower?", (D(2023, 9, 1), D(2023, 9, 30))),
        ("the month before: up or down?", (D(2024, 8, 1), D(2024, 8, 31))),
        ("and august 2024 - which was worse?", (D(2024, 8, 1), D(2024, 8, 31))),
        ("what about october 2024, bigger or smaller", (D(2024, 10, 1), D(2024, 10, 31))),
        ("and the next month? more or fewer?", (D(2024, 10, 1), D(2024, 10, 31))),
        ("same month in 2023, which one was higher", (D(2023, 9, 1), D(2023, 9, 30))),
        ("and july 2024 - better or worse", (D(2024, 7, 1), D(2024, 7, 31))),
    ],
)
def test_another_period_asked_which_way_is_a_comparison(
    fragment: str, other: tuple[dt.date, dt.date]
) -> None:
    before = parse_question("russian tanks in september 2024", TODAY)
    reading = read_followup(fragment, before, TODAY)
    assert reading is not None and reading.kind == FollowKind.compare, fragment
    assert reading.other is not None
    assert (reading.other.period_start, reading.other.period_end) == other
    assert (reading.query.period_start, reading.query.period_end) == (
        D(2024, 9, 1),
        D(2024, 9, 30),
    )


def test_another_period_alone_is_no_comparison() -> None:
    before = parse_question("russian tanks in september 2024", TODAY)
    reading = read_followup("and the same month last year", before, TODAY)
    assert reading is not None and reading.kind == FollowKind.refine
