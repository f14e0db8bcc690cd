"""Ukrainian and Russian periods named as a part of a year (a quarter or a half, by a Roman
numeral, an ordinal word or a digit) or as a span of days written in digits ("з 01.11 по
30.11"): the figure after them is that span's, not the day before publication nor a running
total. Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.dates import cyrillic_periods
from knowledge.extract.cyrillic_prose import read_prose
from knowledge.models import Metric, PeriodKind, Source

DAY = dt.date(2026, 4, 8)
D = dt.date

PARTS = [
    (
        "за i квартал 2026 року ворог втратив 80 000 осіб",
        PeriodKind.range,
        D(2026, 1, 1),
        D(2026, 3, 31),
    ),
    (
        "у першому кварталі 2025 року росіяни втратили",
        PeriodKind.range,
        D(2025, 1, 1),
        D(2025, 3, 31),
    ),
    ("в iv квартале 2025 года всу потеряли", PeriodKind.range, D(2025, 10, 1), D(2025, 12, 31)),
    (
        "во втором полугодии 2025 года потери составили",
        PeriodKind.range,
        D(2025, 7, 1),
        D(2025, 12, 31),
    ),
    ("за перше півріччя 2025-го ворог втратив", PeriodKind.range, D(2025, 1, 1), D(2025, 6, 30)),
    ("за третій квартал минулого року", PeriodKind.range, D(2025, 7, 1), D(2025, 9, 30)),
    ("за 3-й квартал 2024 г. противник потерял", PeriodKind.range, D(2024, 7, 1), D(2024, 9, 30)),
    (
        "протягом четвертого кварталу ворог втратив",
        PeriodKind.range,
        D(2025, 10, 1),
        D(2025, 12, 31),
    ),
    ("за той самий ii квартал 2025 року", PeriodKind.range, D(2025, 4, 1), D(2025, 6, 30)),
    (
        "за період з 01.11 по 30.11 включно противник втратив",
        PeriodKind.month,
        D(2025, 11, 1),
        D(2025, 11, 30),
    ),
    (
        "с 01.01.2026 по 31.03.2026 противник потерял",
        PeriodKind.range,
        D(2026, 1, 1),
        D(2026, 3, 31),
    ),
    ("з 02.03 по 08.03 росіяни втратили", PeriodKind.week, D(2026, 3, 2), D(2026, 3, 8)),
]


@pytest.mark.parametrize(("text", "kind", "start", "end"), PARTS)
def test_a_part_of_a_year_or_a_span_of_digits(
    text: str, kind: PeriodKind, start: dt.date, end: dt.date
) -> None:
    [period] = cyrillic_periods(text, DAY)
    assert (period.kind, period.start, period.end) == (kind, start, end)


@pytest.mark.parametrize(
    "text", ["у кварталі на сході міста", "в i корпусе", "за 5 квартал", "iii кварталы города"]
)
def test_no_part_of_a_year(text: str) -> None:
    assert not [p for p in cyrillic_periods(text, DAY) if p.kind == PeriodKind.range]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "За II квартал 2025 року ворог втратив 102 340 військових, повідомив Генштаб.",
            D(2025, 4, 1),
            D(2025, 6, 30),
        ),
        (
            "По данным Генштаба ВСУ, в I квартале 2026 года российская армия потеряла 88 100 "
            "военнослужащих.",
            D(2026, 1, 1),
            D(2026, 3, 31),
        ),
    ],
)
def test_a_quarters_figure_is_that_quarters(text: str, start: dt.date, end: dt.date) -> None:
    claims = read_prose(Source(id="t", text=text, publisher="Укрінформ", published=DAY))
    [claim] = [c for c in claims if c.metric == Metric.personnel]
    assert (claim.period_start, claim.period_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("з 24.02 по 30.11 ворог втратив", D(2025, 11, 30)),
        ("с 24.02 по 01.04 противник потерял", D(2026, 4, 1)),
        ("від 24.02.2022 до 31.03 росія втратила", D(2026, 3, 31)),
    ],
)
def test_a_running_total_to_a_day_without_its_year(text: str, end: dt.date) -> None:
    [period] = cyrillic_periods(text, DAY)
    assert (period.kind, period.start, period.end) == (PeriodKind.cumulative, D(2022, 2, 24), end)
