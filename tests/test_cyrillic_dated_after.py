"""A running total dated by the sentence after it, which names no figure of its own ("... 181 300
погибших. Данные приведены по состоянию на 10 апреля."): the total ends on that day, not on
publication (issue 13). Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.cyrillic_prose import read_prose
from knowledge.models import PeriodKind, Source

DAY = dt.date(2026, 4, 14)
D = dt.date

DATED = [
    (
        "Издание установило имена не менее 181 300 российских военных, погибших в Украине. "
        "Данные приведены по состоянию на 10 апреля.",
        D(2026, 4, 10),
    ),
    (
        "Журналісти встановили імена 176 900 загиблих російських військових. Дані станом на "
        "3 квітня 2026 року.",
        D(2026, 4, 3),
    ),
    (
        "Загальні втрати ворога сягнули 1 304 000 осіб. Цифри наведено станом на 12.04.2026.",
        D(2026, 4, 12),
    ),
    (
        "Волонтеры подтвердили гибель 172 400 военнослужащих. Подсчет актуален на 31 марта.",
        D(2026, 3, 31),
    ),
    (
        "Встановлено імена 170 тисяч загиблих окупантів. Інформація — станом на 28 березня.",
        D(2026, 3, 28),
    ),
    (
        "По подсчетам журналистов, погибли не менее 179 800 военных РФ. Список обновлен по "
        "состоянию на 9 апреля 2026 года.",
        D(2026, 4, 9),
    ),
    ("Ворог втратив загалом 1 301 200 осіб. Це дані станом на ранок 11 квітня.", D(2026, 4, 11)),
    (
        "Всего, по данным украинской стороны, Россия потеряла 1 299 000 человек. Статистика — по "
        "состоянию на 8 апреля.",
        D(2026, 4, 8),
    ),
]


@pytest.mark.parametrize(("text", "end"), DATED)
def test_a_total_dated_by_the_next_sentence(text: str, end: dt.date) -> None:
    [claim] = read_prose(Source(id="t", text=text, publisher="Укрінформ", published=DAY))
    assert (claim.period_kind, claim.period_end) == (PeriodKind.cumulative, end)


def test_a_day_figure_is_not_redated() -> None:
    text = "За минулу добу ворог втратив 1 020 осіб. Дані станом на 13 квітня."
    [claim] = read_prose(Source(id="t", text=text, publisher="Укрінформ", published=DAY))
    assert claim.period_kind == PeriodKind.day


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Модель дає від 210 до 240 тисяч загиблих до кінця 2025 року.", D(2025, 12, 31)),
        ("Оценка — 230–260 тыс. погибших к середине 2026 года.", D(2026, 6, 30)),
        ("Встановлено імена 160 тисяч загиблих (дані на кінець березня).", D(2026, 3, 31)),
        ("Известны имена 158 тысяч погибших военных РФ на конец марта 2026 года.", D(2026, 3, 31)),
    ],
)
def test_a_total_to_a_months_or_years_end_or_middle(text: str, end: dt.date) -> None:
    claims = read_prose(Source(id="t", text=text, publisher="Медуза", published=DAY))
    assert [(c.period_kind, c.period_end) for c in claims] == [(PeriodKind.cumulative, end)]
