"""Two readings people expect (wave 11, qrecord): "per hour" asks the period's average per
hour (its daily average over 24 hours), and "tons of tanks" said loosely is "lots of", not a
weight; "in tonnes" and "how many tons of" still ask for a weight no figure gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.models import PeriodKind
from knowledge.questions.averages import average_unit
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "how many russian soldiers an hour in 2024?",
        "russian losses per hour over 2024",
        "hourly russian casualties in 2024",
        "on average how many russians were lost every hour in 2024",
        "what's the average per hour for russian losses in 2024",
        "Russia losing 50 men an hour in 2024 - is that right?",
        "each hour of 2024, how many russian troops did ukraine say were lost?",
        "per-hour rate: russian personnel, 2024",
    ],
)
def test_per_hour_is_the_days_average_over_24_hours(question: str, store: ClaimStore) -> None:
    assert average_unit(question) == PeriodKind.hour
    result = answer(question, store, today=TODAY)
    [claim] = result.claims
    # 430,790 for the fighting of 2024 over its 366 days of 24 hours: 49 an hour
    assert result.answered and claim.value == round(430_790 / (366 * 24))
    assert "an hour on average" in result.text and "a hour" not in result.text
    assert result.query is not None
    assert not [u for u in result.query.unread if u.constrains]


@pytest.mark.parametrize(
    "question",
    [
        "russian losses in the last 24 hours",
        "what did the general staff report in the 24 hours to 8am on 3 march 2025",
        "russian losses yesterday",
        "daily average russian losses in 2024",
    ],
)
def test_hours_that_ask_no_hourly_average(question: str) -> None:
    assert average_unit(question) != PeriodKind.hour


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("tons of tanks lost by russia in 2024?", "tanks"),
        ("russia lost a ton of drones in march 2026, how many exactly", "drones"),
        ("tonnes of russian artillery lost in 2025 - the number?", "artillery"),
        ("ukraine says it destroyed tons of russian tanks in 2024, how many?", "tanks"),
        ("Russia has been losing tons of drones lately: how many in October 2025?", "drones"),
        ("so many tanks, tons of them, russia lost in 2024 - what's the count", "tanks"),
        ("a whole ton of artillery systems lost by russia in 2025?", "artillery"),
        ("tons of russian soldiers lost in 2024 - how many per kyiv", "personnel"),
    ],
)
def test_tons_of_said_loosely_is_not_a_weight(
    question: str, metric: str, store: ClaimStore
) -> None:
    result = answer(question, store, today=TODAY)
    assert result.answered, result.text
    assert result.query is not None
    assert [m.value for m in result.query.metrics][:1] == [metric]
    assert not [u for u in result.query.unread if u.kind == "measure"]


@pytest.mark.parametrize(
    "question",
    [
        "How much Russian armour was lost in tonnes in 2024?",
        "how many tons of tanks did russia lose in 2024",
        "russian losses in tons",
        "what tonnage of russian ships was sunk in 2024",
        "five metric tons of russian artillery lost in 2025?",
    ],
)
def test_a_weight_asked_is_still_unread(question: str, store: ClaimStore) -> None:
    result = answer(question, store, today=TODAY)
    assert result.query is not None
    assert [u for u in result.query.unread if u.kind == "measure" and u.constrains]
    assert not result.answered
