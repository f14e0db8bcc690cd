"""Ukrainian and Russian questions, wave 8 (issues 12 and 15): numbers written in words read as
digits once, before any row (a figure "тридцять одна тисяча", a range "від тисячі до півтори
тисячі", a year "двадцять п'ятого року", a day "двадцять четвертого лютого", "1,2 млн"); the
fillers of voice messages ("е-е", "э-э", "вроде", "здається" — never "surrendered"); church
feasts (Великдень, Пасха, Різдво, Рождество, Водохреща); the chat verb "поклали" for the
General Staff's count; "в середньому за добу" as an average a day.

Every phrasing was written for these tests (at least five per rule), not taken from a blind set.
The field checks are tests/test_questions_uk_ru.py's: m metrics, s subject, c claimant,
k personnel kind, f figure, p (start, end), u unread spans that constrain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_questions_uk_ru import problems

from knowledge import Conversation, answer, parse_question
from knowledge.lexicon.cyrillic_numbers import digits_for_words, spelled_value
from knowledge.lexicon.language import detect_language
from knowledge.store import ClaimStore


@pytest.fixture(scope="module")
def seeds_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


TODAY = dt.date(2026, 11, 30)
D = dt.date
P = "personnel"
Row = tuple[str, dict[str, Any]]

# Numbers in words: the text the rows see, digits in place of the words.
SPELLED: list[tuple[str, str]] = [
    ("тридцять одна тисяча за листопад", "31,000 за листопад"),
    ("сорок п'ять тисяч окупантів", "45,000 окупантів"),
    ("понад тисячу на добу", "понад 1,000 на добу"),
    ("від тисячі до півтори тисячі", "від 1,000 до 1,500"),
    ("от тысячи до полутора тысяч в сутки", "от 1,000 до 1,500 в сутки"),
    ("двести сорок тысяч за год", "240,000 за год"),
    ("около 1,2 млн", "около 1,200,000"),
    ("вісімсот п'ятдесят танків", "850 танків"),
    ("в липні двадцять п'ятого року", "в липні 2025 року"),
    ("в феврале двадцать шестого года", "в феврале 2026 года"),
    ("у дві тисячі двадцять четвертому році", "у 2024 році"),
    ("двадцять четвертого лютого", "24 лютого"),
    ("тридцать первого декабря", "31 декабря"),
    # a lone small number word, or a bare "тисячі" with no preposition, is left to the rows
    ("за два тижні", "за два тижні"),
    ("за перший рік війни", "за перший рік війни"),
    ("за второй год войны", "за второй год войны"),
    ("за одну добу", "за одну добу"),
    ("тисячі окупантів", "тисячі окупантів"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "digits"), SPELLED)
def test_numbers_in_words_are_read_as_digits(text: str, digits: str) -> None:
    assert digits_for_words(text) == digits


@pytest.mark.parametrize(
    ("text", "value"),
    [("тридцять одна тисяча", 31_000), ("сорок тысяч", 40_000), ("полутора тысяч", 1_500),
     ("двісті тисяч", 200_000), ("пятьдесят", 50), ("танки", None)],
)  # fmt: skip
def test_a_quoted_figure_in_words_has_its_value(text: str, value: int | None) -> None:
    assert spelled_value(text) == value


NOV25 = {"m": [P], "p": (D(2025, 11, 1), D(2025, 11, 30))}
JUL25 = (D(2025, 7, 1), D(2025, 7, 31))
FEB26 = (D(2026, 2, 1), D(2026, 2, 28))
WORDS: list[Row] = [
    ("скільки танків у липні двадцять п'ятого року", {"m": ["tanks"], "p": JUL25}),
    ("танки за липень двадцять п'ятого року", {"m": ["tanks"], "p": JUL25}),
    ("сколько танков в июле двадцать пятого года", {"m": ["tanks"], "p": JUL25}),
    ("потери в феврале двадцать шестого года", {"m": [P], "p": FEB26}),
    ("втрати у лютому двадцять шостого року", {"m": [P], "p": FEB26}),
    ("скільки втратили двадцять четвертого лютого 2025", {"p": (D(2025, 2, 24), D(2025, 2, 24))}),
]  # fmt: skip

# Fillers of a voice message or a chat: nothing to read, the question read as asked.
FILLERS: list[Row] = [
    ("е-е скільки там танків було в липні 2025", {"m": ["tanks"], "p": JUL25}),
    ("ееее скільки танків у липні 2025", {"m": ["tanks"], "p": JUL25}),
    ("э-э сколько там потеряли ну в феврале 2026", {"m": [P], "p": FEB26}),
    ("ммм сколько потеряли в феврале 2026", {"m": [P], "p": FEB26}),
    ("здається, у листопаді 2025 втратили 31 000 -- так?", {**NOV25, "k": None}),
    ("мабуть у листопаді 2025 втрати були 31 000?", {**NOV25, "k": None}),
    ("вроде в ноябре 2025 потери были 31 тыс. -- так?", {**NOV25, "k": None}),
    ("кажется, в ноябре 2025 потеряли 31 000?", {**NOV25, "k": None}),
    ("похоже в ноябре 2025 потери 31 000?", {**NOV25, "k": None}),
]  # fmt: skip

# Church feasts: the day the date grammar gives them (Julian Easter; Christmas by each church).
FEASTS: list[Row] = [
    ("на Великдень 2025 скільки втратили", {"p": (D(2025, 4, 20), D(2025, 4, 20))}),
    ("втрати ворога на Великдень 2024", {"p": (D(2024, 5, 5), D(2024, 5, 5))}),
    ("на Пасху 2025 сколько потеряли", {"p": (D(2025, 4, 20), D(2025, 4, 20))}),
    ("потери на Пасху 2024", {"p": (D(2024, 5, 5), D(2024, 5, 5))}),
    ("скільки втратили на Різдво 2024", {"p": (D(2024, 12, 25), D(2024, 12, 25))}),
    ("потери на Рождество 2025", {"p": (D(2025, 1, 7), D(2025, 1, 7))}),
    ("втрати на Водохреща 2025", {"p": (D(2025, 1, 6), D(2025, 1, 6))}),
    ("в День защитника Отечества 2025 какие потери", {"p": (D(2025, 2, 23), D(2025, 2, 23))}),
]  # fmt: skip

APR25 = (D(2025, 4, 1), D(2025, 4, 30))
# "поклали", like "ліквідували", is the General Staff's count, not the dead only.
LAID: list[Row] = [
    ("скільки русні поклали в квітні 2025", {"m": [P], "k": None, "p": APR25}),
    ("скільки орків поклали у квітні 2025?", {"m": [P], "k": None, "p": APR25}),
    ("наші поклали скільки окупантів за квітень 2025", {"m": [P], "k": None, "p": APR25}),
    ("ЗСУ поклала скільки ворогів у квітні 2025", {"m": [P], "k": None, "p": APR25}),
    ("скільки рашистів поклали в квітні 2025, по даним ГШ", {"m": [P], "k": None, "p": APR25}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "exp"), WORDS + FILLERS + FEASTS + LAID)
def test_a_question_is_read(question: str, exp: dict[str, Any]) -> None:
    assert problems(parse_question(question, TODAY), exp) == []


AVERAGE: list[str] = [
    "в середньому за добу в січні 2026 скільки?",
    "у середньому на добу за січень 2026",
    "скільки в середньому за добу втрачали в січні 2026",
    "в среднем за сутки в январе 2026",
    "сколько в среднем в сутки теряли в январе 2026",
    "в среднем за день в январе 2026",
]


@pytest.mark.parametrize("question", AVERAGE)
def test_an_average_a_day_is_answered(seeds_store: ClaimStore, question: str) -> None:
    got = answer(question, seeds_store, today=TODAY).model_dump(mode="json")
    assert got["answered"], got["text"][:300]
    text = got["text"].replace("\u00a0", " ").replace("\u202f", " ")
    assert "1 023" in text or "1 022" in text, text[:300]


QUOTED: list[tuple[str, str]] = [
    ("тридцять одна тисяча у листопаді 2025 -- так?", "тридцять одна тисяча"),
    ("сорок тысяч за октябрь 2025, верно?", "сорок тысяч"),
    ("двадцять тисяч у листопаді 2025, це так?", "двадцять тисяч"),
    ("у листопаді 2025 було сорок тисяч?", "сорок тисяч"),
    ("в ноябре 2025 было тридцать тысяч, да?", "тридцать тысяч"),
]


@pytest.mark.parametrize(("question", "words"), QUOTED)
def test_a_figure_in_words_is_checked(seeds_store: ClaimStore, question: str, words: str) -> None:
    got = answer(question, seeds_store, today=TODAY).model_dump(mode="json")
    assert got["answered"], got["text"][:300]
    assert words in got["text"], got["text"][:300]


# A short Cyrillic follow-up whose letters do not tell the language keeps the conversation's;
# a month name tells it ("артсистем за ноябрь": Russian).
KEEPS_LANGUAGE: list[tuple[str, str, str]] = [
    ("скільки танків втратила росія у березні 2025?", "а по ББМ?", "uk"),
    ("скільки танків втратила росія у березні 2025?", "а по гелікоптерах?", "uk"),
    ("скільки 200-тих у рашистів за березень 2025?", "а 300-тих?", "uk"),
    ("втрати окупантів за березень 2025", "а по танках?", "uk"),
    ("сколько танков потеряла Россия в марте 2025?", "а по самолетам?", "ru"),
    ("сколько танков потеряла Россия в марте 2025?", "а по ББМ?", "ru"),
]


@pytest.mark.parametrize(("first", "then", "lang"), KEEPS_LANGUAGE)
def test_a_followup_keeps_the_language(
    seeds_store: ClaimStore, first: str, then: str, lang: str
) -> None:
    conversation = Conversation()
    conversation.ask(first, seeds_store, today=TODAY)
    got = conversation.ask(then, seeds_store, today=TODAY).model_dump(mode="json")
    assert got["language"] == lang, got["text"][:200]


@pytest.mark.parametrize(
    ("question", "lang"),
    [("артсистем за ноябрь 2025", "ru"), ("танки за травень 2025", "uk"),
     ("ББМ за листопад 2025", "uk"), ("ББМ за октябрь 2025", "ru"),
     ("РСЗВ за вересень 2025", "uk"), ("танков в мае 2025", "ru")],
)  # fmt: skip
def test_a_month_name_tells_the_language(question: str, lang: str) -> None:
    assert detect_language(question) == lang


JAN1 = (D(2022, 2, 24), D(2026, 1, 1))
# The hour of a morning report and its time zone carry nothing: the total as of that day.
HOURS: list[Row] = [
    ("станом на 8 ранку 1 січня 2026 скільки всього втратила рф", {"f": "total", "p": JAN1}),
    ("станом на 08:00 1 січня 2026 загальні втрати росії", {"f": "total", "p": JAN1}),
    ("на 8 ранку за київським часом 1 січня 2026 скільки всього", {"f": "total", "p": JAN1}),
    ("по состоянию на 8 утра по Киеву 1 января 2026 общие потери", {"f": "total", "p": JAN1}),
    ("по состоянию на 08:00 1 января 2026 сколько всего потеряла рф", {"f": "total", "p": JAN1}),
    ("на 8 утра 1 января 2026 всего потерь", {"f": "total", "p": JAN1}),
]  # fmt: skip

AUG24 = {"p": (D(2024, 8, 24), D(2024, 8, 24))}
# "за ту добу": the day the question names, not a quoted one.
THAT_DAY: list[Row] = [
    ("День Незалежності 2024 -- втрати ворога за ту добу", AUG24),
    ("24 серпня 2024 -- скільки втратили окупанти за той день", AUG24),
    ("24 серпня 2024 року, втрати росії того дня", AUG24),
    ("24 августа 2024 -- потери врага за те сутки", AUG24),
    ("24 августа 2024, сколько потеряли в тот день", AUG24),
]  # fmt: skip

SINCE: list[Row] = [
    ("скільки з початку 2026 року?", {"p": (D(2026, 1, 1), None)}),
    ("втрати окупантів від початку 2026", {"p": (D(2026, 1, 1), None)}),
    ("сколько с начала 2026 года", {"p": (D(2026, 1, 1), None)}),
    ("потери рф с начала 2026", {"p": (D(2026, 1, 1), None)}),
    ("з початку літа 2026 скільки втратили", {"p": (D(2026, 6, 1), None)}),
    ("с начала лета 2026 сколько потеряли", {"p": (D(2026, 6, 1), None)}),
    ("с начала весны 2025 сколько потеряли", {"p": (D(2025, 3, 1), None)}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "exp"), HOURS + THAT_DAY + SINCE)
def test_hours_that_day_and_since_are_read(question: str, exp: dict[str, Any]) -> None:
    assert problems(parse_question(question, TODAY), exp) == []


@pytest.mark.parametrize(("question", "exp"), SINCE[:4])
def test_since_the_start_of_a_year_runs_to_date(question: str, exp: dict[str, Any]) -> None:
    assert parse_question(question, TODAY).period_end in (None, TODAY)
