"""Follow-ups as people type them on a phone, each read against the previous question: a bare
period ("feb?"), a bare metric ("tanks?"), a shift by a unit ("a year earlier", "the week before
that", "same month last year"), a kind of the same losses ("how many of those were killed"),
and when the figure was said ("when did they say that"). My own phrasings, rows per class."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, Conversation, Metric, parse_question
from knowledge.models import PersonnelKind
from knowledge.questions.followup import FollowKind, read_followup

TODAY = dt.date(2026, 11, 30)
D = dt.date


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once (tests/conftest.py)."""
    return ClaimStore(series_kb[1])


# (previous question, fragment, metric, start, end)
REFINE_ROWS: list[tuple[str, str, Metric, dt.date, dt.date]] = [
    # a bare period keeps the metric and side
    ("drone losses in January 2025", "feb?", Metric.drones, D(2025, 2, 1), D(2025, 2, 28)),
    ("drone losses in January 2025", "February", Metric.drones, D(2025, 2, 1), D(2025, 2, 28)),
    ("tanks lost in 2023", "2024?", Metric.tanks, D(2024, 1, 1), D(2024, 12, 31)),
    (
        "artillery losses in march 2024",
        "in april?",
        Metric.artillery,
        D(2024, 4, 1),
        D(2024, 4, 30),
    ),
    (
        "how many helicopters in may 2025",
        "june 2025?",
        Metric.helicopters,
        D(2025, 6, 1),
        D(2025, 6, 30),
    ),
    ("MLRS losses in October 2024", "for september", Metric.mlrs, D(2024, 9, 1), D(2024, 9, 30)),
    ("tanks lost on 3 December 2024", "4 dec?", Metric.tanks, D(2024, 12, 4), D(2024, 12, 4)),
    # a bare metric keeps the period
    ("russian losses in November 2024", "tanks?", Metric.tanks, D(2024, 11, 1), D(2024, 11, 30)),
    ("losses in 2023", "artillery", Metric.artillery, D(2023, 1, 1), D(2023, 12, 31)),
    ("russian losses in March 2025", "drones??", Metric.drones, D(2025, 3, 1), D(2025, 3, 31)),
    (
        "personnel losses in June 2024",
        "APCs?",
        Metric.armored_vehicles,
        D(2024, 6, 1),
        D(2024, 6, 30),
    ),
    # a shift by a unit: the same period a unit away, or the unit-long period next to it
    (
        "tanks in March 2025",
        "what about a year earlier",
        Metric.tanks,
        D(2024, 3, 1),
        D(2024, 3, 31),
    ),
    ("tanks in March 2025", "a year before?", Metric.tanks, D(2024, 3, 1), D(2024, 3, 31)),
    ("tanks in March 2025", "and 2 years earlier", Metric.tanks, D(2023, 3, 1), D(2023, 3, 31)),
    (
        "personnel losses in July 2025",
        "same month last year?",
        Metric.personnel,
        D(2024, 7, 1),
        D(2024, 7, 31),
    ),
    (
        "personnel losses in July 2025",
        "same period a year ago",
        Metric.personnel,
        D(2024, 7, 1),
        D(2024, 7, 31),
    ),
    (
        "russian losses 1-7 Sep 2025",
        "and the week before that",
        Metric.personnel,
        D(2025, 8, 25),
        D(2025, 8, 31),
    ),
    (
        "russian losses 1-7 Sep 2025",
        "the previous week?",
        Metric.personnel,
        D(2025, 8, 25),
        D(2025, 8, 31),
    ),
    ("russian losses 1-7 Sep 2025", "week after?", Metric.personnel, D(2025, 9, 8), D(2025, 9, 14)),
    ("drones in June 2025", "a month earlier", Metric.drones, D(2025, 5, 1), D(2025, 5, 31)),
    ("drones in June 2025", "two months before?", Metric.drones, D(2025, 4, 1), D(2025, 4, 30)),
    ("drones in June 2025", "and the week before?", Metric.drones, D(2025, 5, 25), D(2025, 5, 31)),
    ("tanks on 3 December 2024", "the day before?", Metric.tanks, D(2024, 12, 2), D(2024, 12, 2)),
    ("tanks in 2024", "and the year after?", Metric.tanks, D(2025, 1, 1), D(2025, 12, 31)),
    ("tanks in 2024", "the previous year", Metric.tanks, D(2023, 1, 1), D(2023, 12, 31)),
]


@pytest.mark.parametrize(("previous", "fragment", "metric", "start", "end"), REFINE_ROWS)
def test_a_fragment_refines_the_previous_question(
    previous: str, fragment: str, metric: Metric, start: dt.date, end: dt.date
) -> None:
    reading = read_followup(fragment, parse_question(previous, TODAY), TODAY)
    assert reading is not None and reading.kind == FollowKind.refine, fragment
    query = reading.query
    assert (query.metrics, query.period_start, query.period_end) == ([metric], start, end)


# (previous question, fragment, personnel kind)
KIND_ROWS: list[tuple[str, str, PersonnelKind]] = [
    ("russian losses in 2024", "how many of those were killed", PersonnelKind.killed),
    ("russian casualties in 2023", "and how many of them died?", PersonnelKind.killed),
    ("russian losses in 2024", "of those, how many wounded?", PersonnelKind.wounded),
    ("russian casualties in 2023", "killed only?", PersonnelKind.killed),
    ("russian losses in May 2025", "just the dead?", PersonnelKind.killed),
]


@pytest.mark.parametrize(("previous", "fragment", "kind"), KIND_ROWS)
def test_a_kind_of_the_same_losses_keeps_the_period(
    previous: str, fragment: str, kind: PersonnelKind
) -> None:
    before = parse_question(previous, TODAY)
    reading = read_followup(fragment, before, TODAY)
    assert reading is not None and reading.kind == FollowKind.refine, fragment
    assert reading.query.personnel_kind == kind
    assert (reading.query.period_start, reading.query.period_end) == (
        before.period_start,
        before.period_end,
    )


@pytest.mark.parametrize(
    "fragment",
    ["when did they say that", "when was that published?", "when did the kremlin say it?",
     "when was this reported", "date of that?"],
)  # fmt: skip
def test_when_was_it_said_asks_for_the_sources(fragment: str) -> None:
    previous = parse_question("how many soldiers did the kremlin say russia lost", TODAY)
    reading = read_followup(fragment, previous, TODAY)
    assert reading is not None and reading.kind == FollowKind.sources, fragment


@pytest.mark.parametrize(
    "question",
    ["Russian losses in November 2024", "How many tanks has Russia lost in total?",
     "how many helicopters did russia lose in 2023", "ukrainian losses according to zelensky",
     "worst day for russian tank losses"],
)  # fmt: skip
def test_a_whole_question_is_not_a_fragment(question: str) -> None:
    previous = parse_question("drone losses in January 2025", TODAY)
    assert read_followup(question, previous, TODAY) is None


@pytest.mark.parametrize(
    "fragment",
    ["and what did ukraine claim around then", "what did kyiv say at the time?",
     "and the general staff's figure by then?", "same time, ukrainian figure?",
     "ukraine's number at that point?"],
)  # fmt: skip
def test_around_then_is_the_total_as_of_the_previous_figures_day(
    store: ClaimStore, fragment: str
) -> None:
    """After a question without a period, "around then" is the day the figure shown spoke of."""
    chat = Conversation()
    first = chat.ask("how many soldiers did the kremlin say russia lost", store, today=TODAY)
    assert first.claims
    said = first.claims[0].period_end or first.claims[0].source.published
    follow = chat.ask(fragment, store, today=TODAY, now=chat.last_at)
    assert follow.query is not None and follow.query.period_end == said, follow.text
    assert follow.query.claimant_side == "ukraine" or follow.query.claimants, follow.query
