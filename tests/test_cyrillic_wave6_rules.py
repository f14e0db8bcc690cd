"""Rules for Ukrainian and Russian article structures met in the fourth blind round (issues 13
and 15), each on sentences of our own in the forms outlets use: a period that spans a whole month
is that month; "за цей час" / "за этот период" is the period an earlier sentence named; a daily
average covers the span it averages, not its "за добу"; a colon header naming equipment heads
its dash list; equipment with its country's adjective; electronic-warfare stations; a fact
check's "what is being spread" paragraph stores nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.cyrillic_prose import read_prose
from knowledge.models import Claim, Metric, PeriodKind, Source, Stat

DAY = dt.date(2026, 2, 14)
NEUTRAL = "Вісник (fixture)"


def _claims(text: str) -> list[Claim]:
    return read_prose(Source(id="t", text=text, publisher=NEUTRAL, published=DAY))


def _one(text: str, value: int) -> Claim:
    """The one claim of `value` read from `text`."""
    [claim] = [c for c in _claims(text) if c.value == value]
    return claim


# "з 1 по 31 січня", "с 1 по 28 февраля": a range that spans a whole calendar month is that
# month, so a question about the month finds it.
WHOLE_MONTH = [
    ("За весь січень (з 1 по 31 січня) Генштаб нарахував 96 знищених танків.", 96,
     dt.date(2026, 1, 1)),
    ("С 1 по 31 января ВСУ, по данным Минобороны РФ, потеряли 41 танк.", 41, dt.date(2026, 1, 1)),
    ("Генштаб ЗСУ: з 1 по 31 грудня 2025 року окупанти втратили 118 танків.", 118,
     dt.date(2025, 12, 1)),
    ("За период с 1 по 31 декабря 2025 года уничтожено 77 танков противника.", 77,
     dt.date(2025, 12, 1)),
    ("Від 1 до 31 січня ворог втратив 2 300 артсистем, підрахував Генштаб.", 2300,
     dt.date(2026, 1, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "first"), WHOLE_MONTH)
def test_a_range_spanning_a_whole_month_is_that_month(
    text: str, value: int, first: dt.date
) -> None:
    claim = _one(text, value)
    assert claim.period_kind == PeriodKind.month
    assert claim.period_start == first


def test_a_range_inside_a_month_stays_a_range() -> None:
    claim = _one("З 1 по 14 січня окупанти втратили 54 танки, повідомив Генштаб.", 54)
    assert (claim.period_kind, claim.period_end) == (PeriodKind.range, dt.date(2026, 1, 14))


# A weekday before each date of a range ("з понеділка 2 лютого по неділю 8 лютого") is read
# past: the dates say the days.
WEEKDAY_RANGES = [
    "Генштаб звітував з понеділка 2 лютого по неділю 8 лютого: окупанти втратили 7 950 осіб.",
    "С понедельника 2 февраля по воскресенье 8 февраля ВСУ потеряли 7 950 военных, "
    "утверждает Минобороны РФ.",
    "Від понеділка 2 лютого до неділі 8 лютого ворог втратив 7 950 військових, за даними Генштабу.",
    "Минобороны РФ: со понедельника 2 февраля до воскресенья 8 февраля противник потерял "
    "7 950 военнослужащих.",
    "За тиждень (з понеділка 2 лютого по неділю 8 лютого включно) Генштаб нарахував 7 950 "
    "ліквідованих окупантів.",
]


@pytest.mark.parametrize("text", WEEKDAY_RANGES)
def test_a_weekday_before_each_date_is_read_past(text: str) -> None:
    claim = _one(text, 7950)
    assert (claim.period_start, claim.period_end) == (dt.date(2026, 2, 2), dt.date(2026, 2, 8))


# "За цей час" / "за этот период" points back at the period an earlier sentence named.
THIS_PERIOD = [
    ("Ми склали звіти Генштабу з 2 по 8 лютого. За цей час росія втратила 7 950 військових, "
     "тобто близько 1 136 за добу.", 7950),
    ("Минобороны РФ подвело итоги недели со 2 по 8 февраля. За этот период ВСУ потеряли "
     "свыше 8 400 военнослужащих.", 8400),
    ("Наступ тривав з 2 по 8 лютого. За цей період ворог втратив 65 танків, за даними "
     "Генштабу.", 65),
    ("Операция шла со 2 по 8 февраля. За это время противник лишился 310 бронемашин, "
     "сообщили в Минобороны.", 310),
    ("Ми рахували з 2 по 8 лютого. Загалом за вказаний період окупанти втратили 7 950 "
     "осіб, повідомив Генштаб.", 7950),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), THIS_PERIOD)
def test_this_period_is_the_one_named_before(text: str, value: int) -> None:
    claim = _one(text, value)
    span = (claim.period_kind, claim.period_start, claim.period_end)
    assert span == (PeriodKind.week, dt.date(2026, 2, 2), dt.date(2026, 2, 8))


# "в середньому 1 136 за добу": a daily average is over the span it averages; "за добу" says
# it is per day, not that it is one day's figure.
DAILY_AVERAGE = [
    ("За тиждень з 2 по 8 лютого росія втратила 7 950 осіб, тобто в середньому 1 136 за "
     "добу, за даними Генштабу.", 1136),
    ("За неделю со 2 по 8 февраля ВСУ потеряли 8 400 военных, в среднем 1 200 в сутки, "
     "утверждает Минобороны РФ.", 1200),
    ("З 2 по 8 лютого окупанти щодня втрачали в середньому 1 136 осіб, підрахував "
     "Генштаб.", 1136),
    ("Со 2 по 8 февраля противник в среднем терял 1 200 военнослужащих в сутки, сообщили "
     "в Минобороны РФ.", 1200),
    ("Генштаб ЗСУ: з 2 по 8 лютого ворог втрачав у середньому по 1 136 осіб на добу.", 1136),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), DAILY_AVERAGE)
def test_a_daily_average_covers_the_span_it_averages(text: str, value: int) -> None:
    claim = _one(text, value)
    assert claim.stat == Stat.daily_average
    assert (claim.period_start, claim.period_end) == (dt.date(2026, 2, 2), dt.date(2026, 2, 8))


# A colon header naming equipment counted for a period ("Серед техніки, яку Генштаб зарахував
# за тиждень:") heads the dash list below it.
EQUIPMENT_LISTS = [
    "Серед техніки, яку Генштаб зарахував за тиждень з 2 по 8 лютого:\n- 37 танків;\n"
    "- 115 артилерійських систем;\n- 12 РСЗВ.",
    "Техніка, яку ворог залишив за тиждень з 2 по 8 лютого, за даними Генштабу:\n"
    "— 37 танків;\n— 115 артилерійських систем;\n— 12 РСЗВ.",
    "Из техники, по подсчетам Минобороны РФ, за неделю со 2 по 8 февраля у ВСУ:\n"
    "- 37 танков;\n- 115 артиллерийских орудий;\n- 12 РСЗО.",
    "По технике за неделю со 2 по 8 февраля Минобороны РФ насчитало у ВСУ:\n"
    "• 37 танков;\n• 115 артиллерийских систем;\n• 12 РСЗО.",
    "Серед техніки за тиждень з 2 по 8 лютого Генштаб фіксує:\n* 37 танків\n"
    "* 115 артилерійських систем\n* 12 РСЗВ",
]


@pytest.mark.parametrize("text", EQUIPMENT_LISTS)
def test_a_colon_header_naming_equipment_heads_its_list(text: str) -> None:
    got = {(c.value, c.metric) for c in _claims(text)}
    assert {(37, Metric.tanks), (115, Metric.artillery), (12, Metric.mlrs)} <= got


# Equipment named with its country ("американських бронемашин", "немецких танков") and
# electronic-warfare stations (kept by the General Staff among special equipment).
EQUIPMENT_NAMED = [
    ("Минобороны РФ: уничтожены 63 бронемашины, в том числе 9 американских бронемашин.", 9,
     Metric.armored_vehicles),
    ("Генштаб РФ заявил, что уничтожены 4 немецких танка Leopard.", 4, Metric.tanks),
    ("ЗСУ, за даними рф, втратили 6 західних гаубиць.", 6, Metric.artillery),
    ("За неделю, по данным Минобороны, уничтожены 27 станций радиоэлектронной борьбы.", 27,
     Metric.special_equipment),
    ("Генштаб повідомив, що за добу знищено 5 станцій РЕБ.", 5, Metric.special_equipment),
    ("Минобороны сообщило, что поражены 3 станции РЭБ противника.", 3,
     Metric.special_equipment),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), EQUIPMENT_NAMED)
def test_equipment_with_its_country_and_ew_stations(text: str, value: int, metric: Metric) -> None:
    assert _one(text, value).metric == metric


# A fact check's paragraph of what is being spread quotes the fake; it is no one's claim.
FAKE_SPREAD = [
    "**Що поширюють.** Анонімні канали поширюють картинку: «ЗСУ втратили 2,1 мільйона».",
    "Фейк: «Міноборони рф визнало втрату 900 тисяч військових».",
    "**Что распространяют.** Каналы пишут, что «ВСУ потеряли 2,1 миллиона человек».",
    "Неправда. У соцмережах пишуть, що росія втратила 5 мільйонів військових.",
    "Фейк. В сети утверждают, что Россия потеряла 3 миллиона военных.",
]


@pytest.mark.parametrize("text", FAKE_SPREAD)
def test_the_fake_a_fact_check_quotes_is_not_stored(text: str) -> None:
    assert _claims(text) == []


def test_the_verdict_paragraph_after_the_fake_is_read() -> None:
    text = (
        "**Що поширюють.** Канали пишуть: «ЗСУ втратили 2,1 мільйона».\n\n"
        "**Що насправді.** Міноборони рф 14 лютого заявило, що ЗСУ втратили близько 1,5 млн "
        "військовослужбовців."
    )
    assert [c.value for c in _claims(text)] == [1_500_000]
