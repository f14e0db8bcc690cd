# ruff: noqa: E501 - one sentence a row, however long.
"""Rules for Ukrainian and Russian articles (wave 14, issues 13 and 15), each on texts of our
own, none copied from a blind round: loss verbs the lexicon lacked ("утратив", "вивели з
ладу", "підбили", "подавлены средствами РЭБ"), a list going on after "Серед іншого" and past a
sentence that only names who said it, "одним із 14" (the count, not the one), a broadcast
script's speaker labels, and a ticker's time-stamped lines that are no wrapped sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.general_staff import read_ukrainian_russian
from knowledge.models import Claim, Metric, Source, Subject

DAY = dt.date(2026, 5, 20)
UKRAINIAN_OUTLET = "Тестове видання (fixture)"
RUSSIAN_OUTLET = "РИА Новости"


def _claims(text: str, publisher: str = UKRAINIAN_OUTLET) -> list[Claim]:
    source = Source(id="t", text=text, publisher=publisher, published=DAY)
    return read_ukrainian_russian(source)


def _found(text: str, publisher: str = UKRAINIAN_OUTLET) -> set[tuple[Metric, int, Subject]]:
    return {(c.metric, c.value, c.subject) for c in _claims(text, publisher)}


# (sentence, metric, value, side that lost): a loss said with a verb the lexicon lacked.
LOSS_VERBS = [
    ("Минулого тижня ворог утратив 8 450 осіб і 21 танк.", Metric.personnel, 8_450, Subject.russia),
    ("За тиждень противник утратив 21 танк, повідомили в Генштабі.", Metric.tanks, 21, Subject.russia),
    ("Російська армія утратила за добу 1 020 військових.", Metric.personnel, 1_020, Subject.russia),
    ("За добу Сили оборони вивели з ладу 1 180 російських військових.", Metric.personnel, 1_180, Subject.russia),
    ("Сили оборони вивели з ладу 14 танків за добу.", Metric.tanks, 14, Subject.russia),
    ("За сутки ВСУ вывели из строя 1 180 российских военных.", Metric.personnel, 1_180, Subject.russia),
    ("Наші артилеристи підбили 4 ворожі танки.", Metric.tanks, 4, Subject.russia),
    ("Сили оборони за день підбили три танки.", Metric.tanks, 3, Subject.russia),
    ("За сутки средствами РЭБ подавлены 26 украинских беспилотников.", Metric.drones, 26, Subject.ukraine),
    ("Бійці приземлили 37 російських дронів за ніч.", Metric.drones, 37, Subject.russia),
    ("Десантники подорвали 2 украинских танка под Купянском.", Metric.tanks, 2, Subject.ukraine),
    ("За добу зруйновано 9 ворожих гармат.", Metric.artillery, 9, Subject.russia),
    ("ВСУ разбили 5 российских гаубиц.", Metric.artillery, 5, Subject.russia),
    ("Минулої доби відмінусували 44 окупантів.", Metric.personnel, 44, Subject.russia),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "value", "side"), LOSS_VERBS)
def test_a_loss_verb_of_the_lexicon(text: str, metric: Metric, value: int, side: Subject) -> None:
    assert (metric, value, side) in _found(text)


# A side named before the new verbs inflicted the loss: the figure is the other side's.
AGENTS = [
    ("Российские войска подбили 3 танка.", RUSSIAN_OUTLET, Subject.ukraine),
    ("Сили оборони підбили 3 танки.", UKRAINIAN_OUTLET, Subject.russia),
    ("Армия России за сутки вывела из строя 3 танка ВСУ.", RUSSIAN_OUTLET, Subject.ukraine),
]  # fmt: skip


@pytest.mark.parametrize(("text", "publisher", "side"), AGENTS)
def test_the_side_before_a_knocking_out_verb_inflicted_the_loss(
    text: str, publisher: str, side: Subject
) -> None:
    assert {(c.metric, c.value, c.subject) for c in _claims(text, publisher)} == {
        (Metric.tanks, 3, side)
    }


# "розбили на 3 групи": divided into, no loss.
NOT_LOSSES = [
    "Колону розбили на 3 групи по 20 бійців.",
    "Батальон разбили на 4 роты по 80 человек.",
    "Взвод розбили на дві групи по 12 військових.",
]


@pytest.mark.parametrize("text", NOT_LOSSES)
def test_split_into_groups_is_no_loss(text: str) -> None:
    assert _claims(text) == []


# A sentence with no verb going on with the figures just before ("Серед іншого — ..."), even
# past a sentence that only names who said them ("Про це повідомив Генштаб").
GOES_ON = [
    "За минулу добу ворог втратив 1 130 осіб. Серед іншого — 58 артсистем і 1 702 БпЛА.",
    "За минулу добу ворог втратив 1 130 осіб. Про це повідомив Генштаб ЗСУ. Серед іншого — 58 артсистем і 1 702 БпЛА.",
    "За сутки ВСУ потеряли 1 130 военнослужащих. Об этом сообщили в Минобороны России. Среди прочего — 58 орудий и 1 702 беспилотника.",
    "Протягом доби росіяни втратили 1 130 військових. Такі дані наводить Генштаб. Також — 58 гармат та 1 702 дрони.",
    "За сутки ВСУ потеряли 1 130 военнослужащих. Кроме того — 58 орудий полевой артиллерии и 1 702 беспилотника.",
]  # fmt: skip


@pytest.mark.parametrize("text", GOES_ON)
def test_a_list_goes_on_after_among_others(text: str) -> None:
    found = {
        (c.metric, c.value)
        for c in _claims(text, RUSSIAN_OUTLET if "ВСУ" in text else UKRAINIAN_OUTLET)
    }
    assert {(Metric.artillery, 58), (Metric.drones, 1_702)} <= found


def test_a_sentence_of_its_own_after_an_attribution_is_not_carried() -> None:
    text = "За добу ворог втратив 1 130 осіб. Про це повідомив Генштаб. Також волонтери передали 5 пікапів."
    assert {(c.metric, c.value) for c in _claims(text)} == {(Metric.personnel, 1_130)}


# "одним із 14": one member of a count; the count is the figure, the "one" none.
ONE_OF_MANY = [
    ("Затриманий був одним із 17 російських військових, які здалися в полон під Куп'янськом.", 17),
    ("Он оказался одним из 23 российских военных, сдавшихся в плен под Курском.", 23),
    ("Вона була однією з 12 українських військових, які потрапили в полон під Маріуполем.", 12),
    ("Один із 40 окупантів, які потрапили в полон, дав свідчення.", 40),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), ONE_OF_MANY)
def test_one_of_many_is_the_count(text: str, value: int) -> None:
    assert [c.value for c in _claims(text)] == [value]


# A broadcast script's capital speaker labels: "ЗК: Загалом ..." opens with "Загалом", so the
# figure with no noun of its own goes on with the losses before it.
SCRIPTS = [
    "ЗК: За минулу добу ворог втратив 1 040 окупантів.\n\nЗК: Загалом від початку вторгнення — 1 318 400 окупантів.",
    "ВЕДУЧИЙ: Генштаб оновив дані.\n\nКОРЕСПОНДЕНТ: За добу росіяни втратили 1 040 військових.\n\nКОРЕСПОНДЕНТ: Усього з початку вторгнення — 1 318 400.",
    "ВЕДУЩАЯ (в кадре): Минобороны обновило данные.\n\nЗК: За сутки ВСУ потеряли 1 040 военнослужащих.\n\nЗК: Всего с начала операции — 1 318 400.",
]  # fmt: skip


@pytest.mark.parametrize("text", SCRIPTS)
def test_a_speaker_label_does_not_hide_a_running_total(text: str) -> None:
    found = {(c.metric, c.value) for c in _claims(text)}
    assert {(Metric.personnel, 1_040), (Metric.personnel, 1_318_400)} <= found


# A label that is the line's own words (a claimant, a loss heading) is kept.
def test_a_claimant_label_is_kept() -> None:
    claims = _claims("МИНОБОРОНЫ: ВСУ за сутки потеряли 1 245 военнослужащих.", RUSSIAN_OUTLET)
    assert [(c.value, c.subject, c.claimant) for c in claims] == [
        (1_245, Subject.ukraine, "Russia's Ministry of Defence")
    ]


# A ticker's lines each open with a time of day: each its own sentence, however long the one
# before it (no wrapped line going on).
TICKERS = [
    "09:02 МИНОБОРОНЫ: ВСУ ЗА СУТКИ ПОТЕРЯЛИ ДО 1 310 ВОЕННОСЛУЖАЩИХ И 5 ТАНКОВ\n09:05 ПВО ЗА НОЧЬ СБИЛА 52 УКРАИНСКИХ БПЛА",
    "18:40 Генштаб ЗСУ: за добу росіяни втратили 1 310 військових і 5 танків\n18:45 Повітряні сили: за ніч збито 52 ворожі БпЛА над областю",
    "07:15 Минобороны России сообщило, что ВСУ за сутки потеряли 1 310 военных и 5 танков\n7:20 Над регионом за ночь сбиты 52 беспилотника ВСУ",
]  # fmt: skip


@pytest.mark.parametrize("text", TICKERS)
def test_a_ticker_line_is_its_own_sentence(text: str) -> None:
    publisher = RUSSIAN_OUTLET if "ВСУ" in text else UKRAINIAN_OUTLET
    quotes = {c.value: c.quote for c in _claims(text, publisher)}
    assert quotes.keys() >= {1_310, 52}
    assert "\n" not in quotes[1_310] and "\n" not in quotes[52]
