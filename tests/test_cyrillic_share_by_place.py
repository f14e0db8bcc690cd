"""A share of a loss total told by where it fell, with no noun of its own ("в том числе до 1 700
в зоне действий группировки", "з них 300 припало на ділянку"): it is a figure of the total's
kind, side and period (issue 13). Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.cyrillic_prose import read_prose
from knowledge.models import Metric, Source, Subject

DAY = dt.date(2026, 5, 16)

SHARES = [
    (
        "ВСУ за сутки потеряли до 1 240 военнослужащих. Из них до 210 пришлось на зону "
        "ответственности группировки «Север».",
        "ТАСС",
        210,
        Subject.ukraine,
    ),
    (
        "За неделю ВСУ потеряли более 8 100 военнослужащих, в том числе до 1 900 в зоне "
        "действий группировки «Центр».",
        "ТАСС",
        1900,
        Subject.ukraine,
    ),
    (
        "ВСУ потеряли свыше 1 100 человек, из них около 300 в полосе группировки «Восток».",
        "РИА Новости",
        300,
        Subject.ukraine,
    ),
    (
        "Противник за сутки лишился 1 050 военнослужащих, из которых 240 приходится на участок "
        "группировки «Днепр».",
        "ТАСС",
        240,
        Subject.ukraine,
    ),
    (
        "Ворог за добу втратив 1 180 осіб, з них 420 припало на Покровський напрямок.",
        "Укрінформ",
        420,
        Subject.russia,
    ),
    (
        "Росіяни втратили за тиждень 7 400 військових, зокрема понад 2 000 у смузі "
        "відповідальності ОСУВ «Хортиця».",
        "Укрінформ",
        2000,
        Subject.russia,
    ),
    (
        "Загалом окупанти втратили 1 030 осіб, у тому числі 260 на Костянтинівському напрямку.",
        "Укрінформ",
        260,
        Subject.russia,
    ),
    (
        "Потери ВСУ за сутки составили до 1 300 военнослужащих, из них до 450 на "
        "красноармейском направлении.",
        "ТАСС",
        450,
        Subject.ukraine,
    ),
]


@pytest.mark.parametrize(("text", "publisher", "value", "side"), SHARES)
def test_a_share_by_place_is_the_totals_kind(
    text: str, publisher: str, value: int, side: Subject
) -> None:
    claims = read_prose(Source(id="t", text=text, publisher=publisher, published=DAY))
    total, share = claims[0], next(c for c in claims if c.value == value)
    assert (share.metric, share.subject) == (Metric.personnel, side)
    assert (share.period_start, share.period_end) == (total.period_start, total.period_end)


def test_a_place_alone_makes_no_figure() -> None:
    text = "У районі Покровська працюють 3 групи евакуації, повідомила ОВА."
    assert read_prose(Source(id="t", text=text, publisher="Укрінформ", published=DAY)) == []
