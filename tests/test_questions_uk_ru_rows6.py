"""Ukrainian and Russian questions, wave 6 (issues 12 and 15): whose losses when a Ukrainian
body is named as the one who reports them ("по информации ВСУ потери РФ": Russia's, never
Ukraine's), the ways readers say "according to", the General Staff's abbreviation (ГШ), a
rumour's channel ("в телеге пишут"), ground robotic systems, the General Staff's own label of
its drone count, "from the start of the invasion" with "від", a "period" word before a span,
named days ("день Победы"), "its own losses", short adjectives, and units named whole.

Every phrasing was written for these tests (at least five per row), not taken from a blind set.
The field checks are tests/test_questions_uk_ru.py's: m metrics, s subject, c claimant,
k personnel kind, f figure, p (start, end), u unread spans that constrain.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_questions_uk_ru import problems

from knowledge import answer, parse_question
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
D = dt.date
P = "personnel"
GS = "Ukraine's General Staff"
RU_MOD = "Russia's Ministry of Defence"
Y23 = (D(2023, 1, 1), D(2023, 12, 31))
Row = tuple[str, dict[str, Any]]

# A Ukrainian body named as the one who reports is the claimant, and the losses are the
# other side's: the worst misreading is Russia's losses answered with Ukraine's.
REPORTED_BY: list[Row] = [
    ("по информации ВСУ потери России в 2023", {"s": "russia", "p": Y23}),
    ("согласно данным ВСУ потери РФ в 2023", {"s": "russia", "p": Y23}),
    ("согласно ВСУ, потери оккупантов за 2023", {"s": "russia", "p": Y23}),
    ("по подсчетам ВСУ потери РФ в 2023 году", {"s": "russia", "p": Y23}),
    ("по сведениям ВСУ потери россиян за 2023", {"s": "russia", "p": Y23}),
    ("со слов ВСУ потери РФ в 2023", {"s": "russia", "p": Y23}),
    ("згідно з даними ЗСУ втрати росії у 2023", {"s": "russia", "p": Y23}),
    ("за інформацією ЗСУ втрати рф у 2023 році", {"s": "russia", "p": Y23}),
    ("за підрахунками ЗСУ втрати окупантів у 2023", {"s": "russia", "p": Y23}),
    ("відповідно до даних ЗСУ втрати рф за 2023", {"s": "russia", "p": Y23}),
    ("згідно із ЗСУ втрати ворога у 2023", {"s": "russia", "p": Y23}),
    # the General Staff by its abbreviation: the claimant, named
    ("за даними ГШ ЗСУ втрати рф у 2023", {"s": "russia", "c": GS, "p": Y23}),
    ("по данным ГШ ВСУ потери РФ за 2023 год", {"s": "russia", "c": GS, "p": Y23}),
    ("потери РФ по данным ГШ ВСУ за 2023", {"s": "russia", "c": GS, "p": Y23}),
    ("ГШ ВСУ: потери РФ в 2023", {"s": "russia", "c": GS, "p": Y23}),
    ("втрати ворога у 2023 за ГШ", {"s": "russia", "c": GS, "p": Y23}),
    # a body before a colon is the one who reports ("ЗСУ: ...")
    ("ЗСУ: втрати рф у 2023", {"s": "russia", "p": Y23}),
    ("ВСУ: потери РФ в 2023", {"s": "russia", "p": Y23}),
    ("Сили оборони: втрати окупантів за 2023", {"s": "russia", "p": Y23}),
    # and the other way round: Russia's MoD reporting Ukraine's losses
    ("по информации МО РФ потери ВСУ в 2023", {"s": "ukraine", "c": RU_MOD, "p": Y23}),
    ("согласно Минобороны РФ потери Украины за 2023", {"s": "ukraine", "c": RU_MOD, "p": Y23}),
    ("за інформацією міноборони рф втрати ЗСУ у 2023", {"s": "ukraine", "c": RU_MOD, "p": Y23}),
]  # fmt: skip

# "Is it true that ... 253,290?": the quoted figure is checked against Russia's losses.
CHECKED_FOR_RUSSIA = [
    "Правда ли, что по информации ВСУ потери РФ в 2023 году составили 253 290?",
    "чи правда, що за даними ГШ ЗСУ втрати рф у 2023 - 253 290?",
    "Правда ли, что по подсчетам ВСУ Россия потеряла в 2023 году 253 290 человек?",
    "Згідно з ЗСУ, росія у 2023 втратила 253 290. Це так?",
    "ГШ ВСУ: потери РФ за 2023 год 253 290 — верно?",
]

# Ukraine named as the one who destroyed, in any gender, number and word order: Russia's
# losses; a Ukrainian abbreviation after the thing lost, with a Russian agent, is Ukraine's.
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
AGENTS: list[Row] = [
    ("скільки танків знищили українські військові у 2024", {"m": ["tanks"], "s": "russia"}),
    ("скільки росіян знищили бійці ЗСУ у 2024", {"s": "russia", "p": Y24}),
    ("українська армія знищила 100 танків у 2024?", {"m": ["tanks"], "s": "russia"}),
    ("наші збили 10 літаків у 2024?", {"m": ["aircraft"], "s": "russia"}),
    ("скільки танків ЗСУ знищили російські війська у 2024", {"m": ["tanks"], "s": "ukraine"}),
    ("сколько танков уничтожила украинская армия в 2024", {"m": ["tanks"], "s": "russia"}),
    ("сколько россиян уничтожили бойцы ВСУ в 2024", {"s": "russia", "p": Y24}),
    ("ВСУ сбили 50 самолетов в 2024?", {"m": ["aircraft"], "s": "russia"}),
    ("сколько танков ВСУ уничтожила Россия в 2024", {"m": ["tanks"], "s": "ukraine"}),
    ("сколько танков ВСУ уничтожили российские войска в 2024", {"m": ["tanks"], "s": "ukraine"}),
]  # fmt: skip

# A rumour's channel ("в телеге пишут", "в соцсетях"): said, never a constraint.
RUMOURS: list[Row] = [
    ("в телеграмі пишуть, що ворог втратив 50 тисяч у 2023", {"s": "russia", "p": Y23}),
    ("у телеграм-каналах пишуть про втрати рф у 2023", {"s": "russia", "p": Y23}),
    ("в тг пишуть, що втрати рф у 2023 - 300 тисяч", {"s": "russia", "p": Y23}),
    ("в соцмережах пишуть про втрати росії за 2023", {"s": "russia", "p": Y23}),
    ("в телеге пишут, что потери РФ в 2023 - 300 тысяч", {"s": "russia", "p": Y23}),
    ("в телеграме пишут о потерях рф за 2023", {"s": "russia", "p": Y23}),
    ("в соцсетях пишут, что Россия потеряла 300 тысяч в 2023", {"s": "russia", "p": Y23}),
    ("в интернете пишут про потери оккупантов в 2023", {"s": "russia", "p": Y23}),
]  # fmt: skip

# Ground robotic systems: the General Staff's own series (metric other), never personnel.
JUL26 = (D(2026, 7, 1), D(2026, 7, 31))
ROBOT = {"m": ["other"], "p": JUL26}
ROBOTS: list[Row] = [
    ("скільки наземних роботизованих комплексів знищено у липні 2026", ROBOT),
    ("наземні роботизовані комплекси ворога за липень 2026", ROBOT),
    ("скільки НРК втратила росія у липні 2026", ROBOT),
    ("скільки наземних роботів втратили окупанти у липні 2026", ROBOT),
    ("сколько наземных робототехнических комплексов уничтожено в июле 2026", ROBOT),
    ("наземные роботизированные комплексы рф за июль 2026", ROBOT),
    ("сколько НРК потеряла россия в июле 2026", ROBOT),
    ("сколько наземных роботов потеряли оккупанты в июле 2026", ROBOT),
]  # fmt: skip

# The General Staff's label for its drone count: "БпЛА оперативно-тактичного рівня".
APR26 = (D(2026, 4, 1), D(2026, 4, 30))
DRONE = {"m": ["drones"], "p": APR26}
DRONES: list[Row] = [
    ("скільки БпЛА оперативно-тактичного рівня збито у квітні 2026", DRONE),
    ("безпілотники оперативно-тактичного рівня за квітень 2026", DRONE),
    ("скільки оперативно-тактичних БпЛА знищили у квітні 2026", DRONE),
    ("сколько БПЛА оперативно-тактического уровня сбито в апреле 2026", DRONE),
    ("беспилотники оперативно-тактического уровня за апрель 2026", DRONE),
    ("сколько оперативно-тактических БПЛА сбили в апреле 2026", DRONE),
]  # fmt: skip

# "від початку вторгнення", "с начала СВО": the whole war's total, every word read.
SINCE_START: list[Row] = [
    ("скільки танків рф знищено від початку вторгнення", {"m": ["tanks"], "f": "total"}),
    ("втрати росії від початку повномасштабного вторгнення", {"m": [P], "f": "total"}),
    ("скільки кораблів росія втратила від початку війни", {"m": ["ships"], "f": "total"}),
    ("втрати рф з початку повномасштабки", {"m": [P], "f": "total"}),
    ("сколько танков потеряла россия от начала вторжения", {"m": ["tanks"], "f": "total"}),
    ("потери россии с начала СВО", {"m": [P], "f": "total"}),
    ("сколько кораблей потеряла рф с начала спецоперации", {"m": ["ships"], "f": "total"}),
]  # fmt: skip

# A "period" word before the span it names carries nothing.
MAR25 = (D(2025, 3, 10), D(2025, 3, 20))
PERIOD_WORD: list[Row] = [
    ("потери за период с 10 по 20 марта 2025", {"p": MAR25}),
    ("потери рф в период с 10 по 20 марта 2025", {"p": MAR25}),
    ("потери оккупантов за промежуток с 10 по 20 марта 2025", {"p": MAR25}),
    ("втрати за період з 10 по 20 березня 2025", {"p": MAR25}),
    ("втрати рф у період з 10 до 20 березня 2025", {"p": MAR25}),
    ("втрати ворога за проміжок з 10 по 20 березня 2025", {"p": MAR25}),
]

# Named days in Ukrainian and Russian, alone or beside their date.
V24 = (D(2024, 5, 9), D(2024, 5, 9))
NAMED_DAYS: list[Row] = [
    ("потери 9 мая 2024 (день победы)", {"p": V24}),
    ("потери рф в день победы 2024", {"p": V24}),
    ("втрати рф 9 травня 2024 (день перемоги)", {"p": V24}),
    ("втрати окупантів у день незалежності 2024", {"p": (D(2024, 8, 24), D(2024, 8, 24))}),
    ("потери рф в день независимости украины 2024", {"p": (D(2024, 8, 24), D(2024, 8, 24))}),
    ("втрати рф у день росії 2024", {"p": (D(2024, 6, 12), D(2024, 6, 12))}),
    ("потери россии на новый год 2025", {"p": (D(2025, 1, 1), D(2025, 1, 1))}),
]

# "its own losses" asked of a claimant: that claimant's side's losses, every word read.
OWN: list[Row] = [
    ("що казав Кремль про свої втрати у 2023", {"s": "russia", "p": Y23}),
    ("скільки своїх втрат визнала росія у 2023", {"s": "russia", "p": Y23}),
    ("что говорил Кремль о своих потерях в 2023", {"s": "russia", "p": Y23}),
    ("что Кремль признал о своих потерях в 2023", {"s": "russia", "p": Y23}),
    ("що ЗСУ казали про свої втрати у 2023", {"s": "ukraine", "p": Y23}),
    ("что ВСУ говорили о своих потерях в 2023", {"s": "ukraine", "p": Y23}),
]

# Short adjectives and "had": every word read.
Y25 = (D(2025, 1, 1), D(2025, 12, 31))
SHORT: list[Row] = [
    ("у якому місяці 2025 ворог мав найбільші втрати", {"f": "record", "p": Y25}),
    ("в якому місяці 2025 русня мала найбільші втрати", {"f": "record", "p": Y25}),
    ("коли у 2025 окупанти мали найбільші втрати? який місяць", {"f": "record", "p": Y25}),
    ("в каком месяце 2025 россия имела наибольшие потери", {"f": "record", "p": Y25}),
    ("в каком месяце 2025 года у оккупантов были самые большие потери", {"f": "record", "p": Y25}),
]


# Chat words: surzhyk, slang verbs of losing, words for the enemy, "statistics".
NOV24 = (D(2024, 11, 1), D(2024, 11, 30))
CHAT: list[Row] = [
    ("потєрі росії за листопад 2024", {"s": "russia", "p": NOV24}),
    ("скільки орків приземлили у листопаді 2024", {"s": "russia", "p": NOV24}),
    ("скільки вражин знищено в листопаді 2024", {"s": "russia", "p": NOV24}),
    ("скільки свинособак знищили за листопад 2024", {"s": "russia", "p": NOV24}),
    ("яка статистика втрат ворога за листопад 2024", {"s": "russia", "p": NOV24}),
    ("скільки кацапів відправили на концерт кобзона у листопаді 2024", {"k": "killed", "p": NOV24}),
    ("сколько танков отминусовали в ноябре 2024", {"m": ["tanks"], "p": NOV24}),
    ("статистика потерь россии за ноябрь 2024", {"s": "russia", "p": NOV24}),
    ("сколько орков приземлили в ноябре 2024", {"s": "russia", "p": NOV24}),
    ("сколько оккупантов отправили на концерт кобзона в ноябре 2024", {"k": "killed", "p": NOV24}),
    ("скільки ворогів знищено у листопаді 2024", {"m": [P], "s": "russia", "p": NOV24}),
    ("сколько врагов уничтожили в ноябре 2024", {"m": [P], "s": "russia", "p": NOV24}),
]

# "за рік" / "за год" alone: the past year up to the last report (never all of the war).
PAST_YEAR = (D(2025, 11, 30), D(2026, 11, 29))
YEAR: list[Row] = [
    ("скільки бронетехніки втратив ворог за рік", {"m": ["armored_vehicles"], "p": PAST_YEAR}),
    ("втрати рф за останній рік", {"p": PAST_YEAR}),
    ("скільки танків знищили за рік?", {"m": ["tanks"], "p": PAST_YEAR}),
    ("сколько танков потеряла россия за год", {"m": ["tanks"], "p": PAST_YEAR}),
    ("потери рф за последний год", {"p": PAST_YEAR}),
]


def _all_rows() -> list[Any]:
    tables = {
        "reported_by": REPORTED_BY, "rumour": RUMOURS, "robots": ROBOTS, "drones": DRONES,
        "since_start": SINCE_START, "period_word": PERIOD_WORD, "named_day": NAMED_DAYS,
        "own": OWN, "short": SHORT, "chat": CHAT, "year": YEAR, "agents": AGENTS,
    }  # fmt: skip
    return [
        pytest.param(q, exp, id=f"{name}:{q[:40]}")
        for name, rows in tables.items()
        for q, exp in rows
    ]


@pytest.mark.parametrize(("question", "exp"), _all_rows())
def test_a_question_is_read(question: str, exp: dict[str, Any]) -> None:
    assert problems(parse_question(question, TODAY), exp) == []


@pytest.fixture(scope="module")
def seeds_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize("question", CHECKED_FOR_RUSSIA)
def test_a_quoted_figure_is_checked_for_russia(seeds_store: ClaimStore, question: str) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert result.query is not None
    assert result.query.subject.value == "russia"
    assert result.answered
    assert "253290" in re.sub(r"\D", "", "\n".join(result.text.split("\n")[:4]))


# Reliability asked in Russian or Ukrainian, with a short adjective ("надёжны", "надійні"):
# answered from the sources (the General Staff is a party to the war).
RELIABILITY = [
    "Насколько надёжны цифры ГШ ВСУ?",
    "насколько достоверны данные Генштаба ВСУ?",
    "Наскільки надійні цифри ГШ ЗСУ?",
    "наскільки достовірні дані Генштабу?",
    "можно ли верить цифрам ГШ?",
]


@pytest.mark.parametrize("question", RELIABILITY)
def test_reliability_is_answered_from_the_sources(seeds_store: ClaimStore, question: str) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert result.query is not None
    assert [u.text for u in result.query.unread if u.constrains] == []
    assert result.query.claimant == GS
    assert result.query.subject.value == "russia"
    head = "\n".join(result.text.split("\n")[:2]).lower()
    assert "генштаб" in head


# "Who counts them? Where are they from?": the sources, every word read.
WHO_COUNTS = [
    "Хто їх рахує?",
    "Звідки ці цифри? Хто їх рахує?",
    "хто рахує ці втрати?",
    "Кто их считает?",
    "Откуда эти цифры и кто их считает?",
]


@pytest.mark.parametrize("question", WHO_COUNTS)
def test_who_counts_is_answered_from_the_sources(seeds_store: ClaimStore, question: str) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert result.query is not None
    assert [u.text for u in result.query.unread if u.constrains] == []
    assert "генштаб" in result.text.lower()


# A unit named by its number and kind ("8-ї загальновійськової армії", "ЧВК Вагнер"): named
# whole as unread, and no figure given for it.
UNITS: list[tuple[str, str]] = [
    ("втрати 8-ї загальновійськової армії рф у 2024", "8-ї загальновійськової армії"),
    ("скільки втратила 58-ма загальновійськова армія у 2024", "58-ма загальновійськова армія"),
    ("потери 20-й общевойсковой армии в 2024", "20-й общевойсковой армии"),
    ("втрати 1-ї гвардійської танкової армії у 2024", "1-ї гвардійської танкової армії"),
    ("потери 1-й гвардейской танковой армии в 2024", "1-й гвардейской танковой армии"),
    ("потери ЧВК Вагнер в 2024", "ЧВК Вагнер"),
    ("втрати ПВК Вагнер у 2023", "ПВК Вагнер"),
    ("сколько погибло вагнеровцев в 2023", "вагнеровцев"),
]


@pytest.mark.parametrize(("question", "words"), UNITS)
def test_a_unit_is_named_whole(seeds_store: ClaimStore, question: str, words: str) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert not result.answered
    assert result.query is not None
    assert words in [u.text for u in result.query.unread if u.constrains]
    assert words in "\n".join(result.text.split("\n")[:2])
