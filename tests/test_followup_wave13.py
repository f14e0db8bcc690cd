"""Follow-ups that add one constraint to the last question (issue 12, wave 13), each gap fixed
as an engine rule and tried with my own phrasings (none copied from a blind file): "only" or
"just" before a period narrows the last period to its part inside it ("only the days in March"
after a week across two months); "<kind> for both months together" joins the last two periods
and asks the kind named; "until then, in total" / "everything before that" is the running total
up to the last period (to the day before it starts after "since ...", or with "before")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, Conversation
from knowledge.models import Figure, Intent, Metric
from knowledge.questions.followup import FollowKind, fragment_kind, read_followup
from knowledge.questions.parse import parse_question

D = dt.date
TODAY = D(2026, 8, 8)


def _second(first: str, then: str) -> tuple[D | None, D | None, Figure]:
    """The period and figure `then` asks after `first`."""
    reading = read_followup(then, parse_question(first, TODAY), TODAY)
    assert reading is not None, then
    query = reading.query
    return query.period_start, query.period_end, query.figure


NARROWED = [
    (
        "Russian losses in the week of 24 Feb 2025",
        "only the days in February",
        D(2025, 2, 24),
        D(2025, 2, 28),
    ),
    (
        "Russian losses in the week of 24 Feb 2025",
        "just the February days",
        D(2025, 2, 24),
        D(2025, 2, 28),
    ),
    ("Russian losses in the week of 24 Feb 2025", "only march", D(2025, 3, 1), D(2025, 3, 2)),
    (
        "Russian losses from 20 Dec 2024 to 10 Jan 2025",
        "only the part in 2025",
        D(2025, 1, 1),
        D(2025, 1, 10),
    ),
    (
        "Russian losses from 20 Dec 2024 to 10 Jan 2025",
        "just December",
        D(2024, 12, 20),
        D(2024, 12, 31),
    ),
    ("tanks in Q1 2025", "only March", D(2025, 3, 1), D(2025, 3, 31)),
    ("tanks in Q1 2025", "and only february?", D(2025, 2, 1), D(2025, 2, 28)),
    ("drones lost in 2024", "just the days of october", D(2024, 10, 1), D(2024, 10, 31)),
]


@pytest.mark.parametrize(("first", "then", "start", "end"), NARROWED)
def test_only_a_period_narrows_the_last_one(first: str, then: str, start: D, end: D) -> None:
    assert _second(first, then)[:2] == (start, end)


TOTAL_BEFORE = [
    ("Russian losses since the start of June 2025", "and until then, in total?", D(2025, 5, 31)),
    ("Russian losses since June 2025", "everything before that?", D(2025, 5, 31)),
    ("Russian losses since June 2025", "in total before then", D(2025, 5, 31)),
    ("Russian losses in May 2025", "and before that, in total?", D(2025, 4, 30)),
    ("Russian losses in May 2025", "and up to then overall?", D(2025, 5, 31)),
    ("Russian tank losses since 1 March 2024", "the total until then", D(2024, 2, 29)),
    ("Russian losses in 2023", "all the losses before that", D(2022, 12, 31)),
    (
        "Russian artillery losses since 10 May 2024",
        "up until that date, altogether?",
        D(2024, 5, 9),
    ),
]


@pytest.mark.parametrize(("first", "then", "end"), TOTAL_BEFORE)
def test_until_then_is_the_running_total(first: str, then: str, end: D) -> None:
    start, got_end, figure = _second(first, then)
    assert (start, got_end, figure) == (D(2022, 2, 24), end, Figure.total)


def test_before_that_alone_is_still_the_period_before() -> None:
    """Without a word for the total, "and before that?" moves the period back a unit."""
    assert _second("Russian losses in May 2025", "and before that?") == (
        D(2025, 4, 1),
        D(2025, 4, 30),
        Figure.period,
    )


JOINED = [
    (
        "How many Russian soldiers did Kyiv report for July 2025?",
        "and in august?",
        "ok, and tanks for both months together?",
        D(2025, 7, 1),
        D(2025, 8, 31),
        Metric.tanks,
    ),
    (
        "Russian tank losses in March 2024",
        "and April?",
        "what about artillery for the two months combined",
        D(2024, 3, 1),
        D(2024, 4, 30),
        Metric.artillery,
    ),
    (
        "Russian losses week of 3 June 2024",
        "and the week after?",
        "drones across both weeks together",
        D(2024, 6, 3),
        D(2024, 6, 16),
        Metric.drones,
    ),
    (
        "Russian losses in 2023",
        "and 2024?",
        "and the APCs over those two years in total",
        D(2023, 1, 1),
        D(2024, 12, 31),
        Metric.armored_vehicles,
    ),
    (
        "Russian tank losses in March 2024",
        "and April?",
        "both together?",
        D(2024, 3, 1),
        D(2024, 4, 30),
        Metric.tanks,
    ),
    (
        "Russian losses in January 2025",
        "and february",
        "and the artillery systems for the both months together",
        D(2025, 1, 1),
        D(2025, 2, 28),
        Metric.artillery,
    ),
    (
        "Russian losses in January 2025",
        "and february",
        "drones in the two months combined?",
        D(2025, 1, 1),
        D(2025, 2, 28),
        Metric.drones,
    ),
    (
        "Russian tank losses in Q1 2024",
        "and Q2?",
        "so personnel over both quarters together",
        D(2024, 1, 1),
        D(2024, 6, 30),
        Metric.personnel,
    ),
]


@pytest.mark.parametrize(("first", "second", "third", "start", "end", "metric"), JOINED)
def test_a_kind_over_both_periods_joins_them(
    first: str, second: str, third: str, start: D, end: D, metric: Metric
) -> None:
    one = parse_question(first, TODAY)
    two = read_followup(second, one, TODAY)
    assert two is not None
    joined = read_followup(third, two.query, TODAY, one)
    assert joined is not None
    assert (joined.query.period_start, joined.query.period_end) == (start, end)
    assert joined.query.metrics == [metric]


# "why is that different from the first number?": the last two answers side by side, each with
# its source (compare both); after one answer, or beside a figure it did not give ("the 45,720
# Newsweek printed"), the last answer's sources. Never the off-topic refusal.
WHY_BOTH = [
    "why is that different from the first number?",
    "how come they don't match?",
    "but why the gap between the two?",
    "why is that one so much lower?",
    "why does it differ from the previous one",
    "so why are they not the same?",
    "why the discrepancy?",
    "how come the numbers differ",
]


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once (tests/conftest.py)."""
    return ClaimStore(series_kb[1])


@pytest.mark.parametrize("why", WHY_BOTH)
def test_why_different_sets_the_last_two_side_by_side(store: ClaimStore, why: str) -> None:
    chat = Conversation()
    for turn in ("Russian tank losses in March 2025", "and April?"):
        chat.ask(turn, store, today=D(2026, 12, 1))
    got = chat.ask(why, store, today=D(2026, 12, 1))
    assert got.answered and "272" in got.text and "227" in got.text
    assert "General Staff" in got.text


@pytest.mark.parametrize(
    "why",
    ["why is that different from the 45,000 the BBC printed?", "why are they different?"],
)
def test_why_different_after_one_answer_names_its_sources(store: ClaimStore, why: str) -> None:
    chat = Conversation()
    chat.ask("Russian tank losses in March 2025", store, today=D(2026, 12, 1))
    got = chat.ask(why, store, today=D(2026, 12, 1))
    assert got.query is not None and got.query.intent == Intent.losses
    assert "General Staff" in got.text or "Daily tally" in got.text


# The same forms typed in Ukrainian or Russian, read by the same rows ("різниця" is the
# difference, never the anniversary "річниця" a letter away).
CYRILLIC_COMPARE = [
    "а різниця між ними?",
    "яка різниця між ними?",
    "а разница между ними?",
    "чому це відрізняється від першої цифри?",
    "чому вони різні?",
    "почему это отличается от первого числа?",
    "почему они не совпадают?",
    "в чем разница между ними?",
]


@pytest.mark.parametrize("text", CYRILLIC_COMPARE)
def test_cyrillic_differences_compare_the_last_two(text: str) -> None:
    assert fragment_kind(text) == FollowKind.compare


# "and since the start of June?" after May 2025: June of the last period's year, open to the
# newest report (never the single day 1 June).
SINCE_OPEN = [
    ("Russian losses in May 2025", "and since the start of June?", D(2025, 6, 1)),
    ("Russian losses in May 2025", "since june?", D(2025, 6, 1)),
    ("Russian tank losses in March 2024", "and from april on?", D(2024, 4, 1)),
    ("Russian losses in May 2025", "what about since the beginning of june", D(2025, 6, 1)),
    ("drones in January 2025", "and since February?", D(2025, 2, 1)),
    ("Russian losses in May 2025", "ok and since 1 june?", D(2025, 6, 1)),
    ("Russian artillery losses in October 2024", "and since november", D(2024, 11, 1)),
    ("Russian losses in Q1 2025", "and since the start of april?", D(2025, 4, 1)),
]


@pytest.mark.parametrize(("first", "then", "start"), SINCE_OPEN)
def test_since_a_month_without_a_year_stays_open(first: str, then: str, start: D) -> None:
    reading = read_followup(then, parse_question(first, TODAY), TODAY)
    assert reading is not None
    query = reading.query
    assert (query.period_start, query.period_end, query.open_end) == (start, None, True)


@pytest.mark.parametrize(
    "text",
    [
        "just curious, how many tanks did russia lose in 2023?",
        "just tell me russian losses in 2023",
    ],
)
def test_just_before_a_question_of_its_own_is_no_narrowing(text: str) -> None:
    assert fragment_kind(text) is None
