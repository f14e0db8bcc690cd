"""Averages and records from the daily series (issue 12, requirement 6): the average per day,
week or month with its arithmetic; records that skip rounded early-war jumps and reports that
absorbed a correction, and say so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.models import PeriodKind, Relation
from knowledge.questions.averages import average_unit
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("daily average russian losses in 2024", PeriodKind.day),
        ("average russian losses per day november 2024", PeriodKind.day),
        ("avg daily drone losses 2025", PeriodKind.day),
        ("average losses a day in the first week of the war", PeriodKind.day),
        ("weekly average of russian losses in january 2025", PeriodKind.week),
        ("What was the monthly average of Russian losses in 2023?", PeriodKind.month),
        ("average tanks lost each month in 2024", PeriodKind.month),
        ("russian losses in 2024", None),
        ("worst day of 2024", None),
    ],
)
def test_average_rows(question: str, unit: PeriodKind | None) -> None:
    assert average_unit(question) == unit


def test_daily_average_shows_its_arithmetic(store: ClaimStore) -> None:
    result = answer("daily average russian losses in 2024", store, today=TODAY)
    [claim] = result.claims
    assert result.answered and claim.relation == Relation.exact
    # 430,790 for the fighting of 2024 over its 366 days
    assert claim.value == round(430790 / 366)
    assert "430,790 ÷ 366 days" in result.text
    assert "independently verified" in (result.caveat or "")


def test_monthly_average_divides_by_calendar_months(store: ClaimStore) -> None:
    result = answer("monthly average of russian losses in 2023", store, today=TODAY)
    assert "÷ 12 months" in result.text
    assert result.claims[0].label == "average per month"


def test_average_past_the_series_says_where_it_ends(store: ClaimStore) -> None:
    result = answer("average russian losses per day in 2026", store, today=TODAY)
    assert result.text.startswith("My daily figures end on 8 August 2026")
    assert result.claims[0].relation == Relation.inside


def test_record_skips_rounded_early_reports_and_says_so(store: ClaimStore) -> None:
    result = answer("what was the deadliest day for russia in the war", store, today=TODAY)
    top = result.claims[0]
    assert top.period_start is not None and top.period_start >= dt.date(2022, 3, 15)
    assert "3,160" not in result.text.split("Highest", 1)[1].split("\n")[1][:40]
    assert "rounded early-war estimates" in result.text
    assert "skipped" in result.text


def test_record_skips_a_report_that_absorbed_a_correction(store: ClaimStore) -> None:
    # The report of 28 February 2025 added 2,710, of which +1,650 a listed correction.
    result = answer("worst day for russian losses in february 2025", store, today=TODAY)
    assert result.claims[0].value != 2710
    assert "correction" in result.text
