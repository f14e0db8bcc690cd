# ruff: noqa: E501 - one sentence a row, however long.
"""Engine-level rules for Ukrainian and Russian articles (wave 11, issues 13 and 15), each on
texts of our own, none copied from a blind round: a figure too large for the day, week or month
its sentence carries is the war's running total; "за той самий день", "за ту саму добу", "за тот
же день" point back at the day named before, in the same sentence too."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.general_staff import read_ukrainian_russian
from knowledge.models import Claim, Metric, PeriodKind, Source

DAY = dt.date(2026, 5, 20)
YESTERDAY = DAY - dt.timedelta(days=1)


def _claims(text: str, publisher: str = "Тестове видання (fixture)") -> list[Claim]:
    return read_ukrainian_russian(Source(id="t", text=text, publisher=publisher, published=DAY))


def _period(
    text: str, metric: Metric, value: int
) -> tuple[PeriodKind, dt.date | None, dt.date | None]:
    claim = next(c for c in _claims(text) if (c.metric, c.value) == (metric, value))
    return claim.period_kind, claim.period_start, claim.period_end


# (text, metric, value): a day's or week's sentence, and a total no day or week could hold.
TOO_LARGE_FOR_THE_SPAN = [
    ("За минулу добу ворог втратив 1 150 осіб. Загалом він уже втратив 1 356 900 військових, повідомив Генштаб.", Metric.personnel, 1_356_900),
    ("Генштаб: за добу окупанти втратили 980 осіб, а їхні сумарні втрати досягли 1 357 880.", Metric.personnel, 1_357_880),
    ("За сутки ВС РФ потеряли 1 020 человек, сообщил Генштаб ВСУ. В целом россияне лишились 1 358 900 военных.", Metric.personnel, 1_358_900),
    ("Минобороны России: за неделю ВСУ потеряли 8 900 военнослужащих, а с учётом прежних данных — более 1 600 000.", Metric.personnel, 1_600_000),
    ("За тиждень росіяни втратили 7 800 осіб і 40 танків. Танків за весь час — 11 950, повідомили в Генштабі.", Metric.tanks, 11_950),
    ("Генштаб повідомив про втрати ворога за добу: 4 танки. Їх, як і вчора, вже 11 948.", Metric.tanks, 11_948),
    ("За прошедшие сутки враг потерял 12 артсистем; всего артиллерийских систем потеряно 36 700, сообщил Генштаб ВСУ.", Metric.artillery, 36_700),
    ("За минулу добу знищено 25 бойових броньованих машин. Разом ББМ у ворога вже 24 410, за даними Генштабу.", Metric.armored_vehicles, 24_410),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "value"), TOO_LARGE_FOR_THE_SPAN)
def test_a_figure_too_large_for_its_span_is_the_running_total(
    text: str, metric: Metric, value: int
) -> None:
    assert _period(text, metric, value) == (PeriodKind.cumulative, dt.date(2022, 2, 24), DAY)


# A day's figure of the ordinary size keeps its day.
def test_a_day_figure_of_ordinary_size_keeps_its_day() -> None:
    text = "За минулу добу ворог втратив 1 150 осіб і 12 танків, повідомив Генштаб."
    assert _period(text, Metric.personnel, 1_150)[0] == PeriodKind.day
    assert _period(text, Metric.tanks, 12)[0] == PeriodKind.day


# (text, metric, value): a second figure "for the same day", after a running total between.
THE_SAME_DAY = [
    ("Генштаб ЗСУ заявив, що за добу ворог втратив 1 100 осіб, а всього з початку війни — 1 355 000; Міноборони РФ за той самий день нарахувало 1 250 українських військових.", Metric.personnel, 1_250),
    ("Генштаб ВСУ сообщил, что за сутки РФ потеряла 990 военных, а всего — 1 354 000, тогда как Минобороны России за тот же день насчитало до 1 300 военнослужащих ВСУ.", Metric.personnel, 1_300),
    ("За добу росіяни втратили 1 050 осіб, а загалом — 1 352 100. Міноборони рф за ту саму добу заявило про 1 400 українських військових.", Metric.personnel, 1_400),
    ("Генштаб ВСУ: за сутки потери РФ — 1 070 человек, а всего с 24 февраля 2022 года — 1 353 300. Минобороны РФ за те же сутки сообщило о потерях ВСУ в 1 180 военных.", Metric.personnel, 1_180),
    ("За добу ворог втратив 1 000 осіб, а загалом — понад 1 351 000. За цю ж добу, за даними Міноборони рф, ЗСУ втратили 1 320 військових.", Metric.personnel, 1_320),
    ("Вчера, по данным Генштаба ВСУ, ВС РФ лишились 1 110 человек, а всего — 1 350 500. За этот же день Минобороны России насчитало 1 260 украинских военных.", Metric.personnel, 1_260),
    ("За минулу добу Генштаб нарахував 1 090 російських втрат, а загалом уже 1 349 900. Російське міноборони за той же день заявило про 1 210 військових ЗСУ.", Metric.personnel, 1_210),
    ("По данным Генштаба ВСУ, за сутки РФ потеряла 1 030 военных, а всего — 1 348 700. Минобороны России за те самые сутки заявило о потере ВСУ 1 190 военных.", Metric.personnel, 1_190),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "value"), THE_SAME_DAY)
def test_the_same_day_points_back_at_the_day_named(text: str, metric: Metric, value: int) -> None:
    assert _period(text, metric, value) == (PeriodKind.day, YESTERDAY, YESTERDAY)
