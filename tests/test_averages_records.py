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
        ("whats the avg per day for russian casualties in may 2024", PeriodKind.day),
        ("how many russians on average a day in 2023", PeriodKind.day),
        ("mean daily russian losses 2024", PeriodKind.day),
        ("avrage russian losses per day in 2024", PeriodKind.day),
        ("russian losses per day on average in october 2024", PeriodKind.day),
        ("on average how many tanks per week did russia lose in 2024", PeriodKind.week),
        ("average weekly russian casualties in march 2024", PeriodKind.week),
        ("avg monthly artillery losses in 2025", PeriodKind.month),
        ("average per month russian losses 2024", PeriodKind.month),
        ("russian losses in 2024", None),
        ("what does kia mean", None),
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


def test_average_over_a_cut_period_says_which_days_it_covers(store: ClaimStore) -> None:
    result = answer("daily average russian losses in august 2026", store, today=TODAY)
    assert "You asked about August 2026 (31 days); my figures cover 1–7 August 2026 (7 days)" in (
        result.text
    )


# Records per day, week and month, highest and lowest: (question, unit, lowest).
RECORD_PHRASINGS = [
    ("worst day for russian losses in 2024", "day", False),
    ("deadliest single day for the russians in 2023", "day", False),
    ("what was the highest daily russian loss in 2025", "day", False),
    ("top day for russian tank losses in 2024", "day", False),
    ("most tanks russia lost in one day in 2024", "day", False),
    ("most drones downed in a singel day in 2025", "day", False),
    ("record day of russian casualties in 2024?", "day", False),
    ("which day had the fewest russian losses in 2024", "day", True),
    ("quietest day for russian losses in 2024", "day", True),
    ("worst week for russian losses in 2024", "week", False),
    ("which week of 2024 was the bloodiest for russia", "week", False),
    ("worst month for russian losses in 2024", "month", False),
    ("month with the most russian tanks lost in 2024", "month", False),
    ("deadliest month of 2023 for the russians", "month", False),
    ("quietest month for russian losses in 2024", "month", True),
    ("lowest month of russian losses in 2024", "month", True),
    ("best month of 2024 for the russians (fewest losses)", "month", True),
    ("best day for russia in 2024", "day", True),
]


@pytest.mark.parametrize(("question", "unit", "lowest"), RECORD_PHRASINGS)
def test_record_phrasings(store: ClaimStore, question: str, unit: str, lowest: bool) -> None:
    result = answer(question, store, today=TODAY)
    assert result.answered, result.text
    top = result.claims[0]
    assert top.period_start is not None and top.period_end is not None
    days = (top.period_end - top.period_start).days + 1
    assert {"day": days == 1, "week": days == 7, "month": 28 <= days <= 31}[unit]
    assert top.period_start.year in (2023, 2024, 2025)
    assert ("Lowest" if lowest else "Highest") in result.text
    assert top.derivation and ("lowest" if lowest else "highest") in top.derivation


def test_lowest_month_is_below_every_other_month(store: ClaimStore) -> None:
    low = answer("quietest month for russian losses in 2024", store, today=TODAY).claims[0]
    high = answer("worst month for russian losses in 2024", store, today=TODAY).claims[0]
    assert low.value < high.value
    assert "of the 12 full months" in (low.derivation or "")


def test_weekly_record_counts_whole_weeks_only(store: ClaimStore) -> None:
    result = answer("worst week for russian losses in 2024", store, today=TODAY)
    top = result.claims[0]
    assert top.period_start is not None and top.period_start.weekday() == 0
    assert "full Monday-to-Sunday weeks" in (top.derivation or "")


def test_average_since_a_date_runs_to_the_end_of_the_series(store: ClaimStore) -> None:
    result = answer("average russian losses per day since 1 january 2025", store, today=TODAY)
    [claim] = result.claims
    assert claim.period_start == dt.date(2025, 1, 1)
    assert claim.period_end == dt.date(2026, 8, 7)  # the fighting the last report covers
    assert result.text.startswith("My daily figures end on 8 August 2026")
    assert "÷ 584 days" in result.text


def test_average_since_the_start_of_the_war_is_an_average_not_the_total(
    store: ClaimStore,
) -> None:
    result = answer("average daily russian losses since the start of the war", store, today=TODAY)
    [claim] = result.claims
    assert claim.label == "average per day"
    assert claim.value == round(1456610 / 1626)
    assert "1,456,610 ÷ 1,626 days" in result.text


def test_best_estimate_is_not_a_record(store: ClaimStore) -> None:
    result = answer("best estimate of russian losses in 2024", store, today=TODAY)
    assert not any("highest" in (c.derivation or "") for c in result.claims)
