"""Ukrainian and Russian messages with framing around the question (wave 11, issues 12 and 15):
a question asked on someone's behalf ("Шеф просить з'ясувати, ..."), a reason after it ("...,
бо ми готуємо огляд"), a long message whose question comes last ("Вибачте за довгий лист. Ми
робимо подкаст ... Скільки ...?"), a claimant described in a clause ("Генштаб, який щоранку
оприлюднює зведення, ..."). The framing is told by its grammar (a person or a verb form, and
no word a row reads), never by a list of the words a writer happened to use; a restriction or
the asker's interest keeps its clause ("лише мобілізованих", "мене цікавлять цивільні").
Questions about the data itself ("Яка у вас остання дата?", "Как часто обновляются данные?")
are answered from the sources, and "Є дані за ...?" asks for that period's personnel figure.

Every phrasing was written for these tests, not taken from a blind set. The field checks are
tests/test_questions_uk_ru.py's: m metrics, s subject, c claimant, p (start, end), u unread
spans that constrain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_questions_uk_ru import problems

from knowledge import answer, parse_question
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
D = dt.date
Row = tuple[str, dict[str, Any]]

FRAMED: list[Row] = [
    # on someone's behalf, before the question
    ("Шеф просить з'ясувати, скільки танків втратила росія у березні 2025",
     {"m": ["tanks"], "s": "russia", "p": (D(2025, 3, 1), D(2025, 3, 31))}),
    ("Наш продюсер питає: скільки артилерії знищено за квітень 2025?",
     {"m": ["artillery"], "p": (D(2025, 4, 1), D(2025, 4, 30))}),
    ("Коллега попросил уточнить, сколько танков потеряла Россия в мае 2025",
     {"m": ["tanks"], "s": "russia", "p": (D(2025, 5, 1), D(2025, 5, 31))}),
    # a reason after the question
    ("Скільки втрат рф за червень 2025, бо ми готуємо щомісячний огляд?",
     {"m": ["personnel"], "p": (D(2025, 6, 1), D(2025, 6, 30))}),
    ("Сколько потерь у России за июль 2025, мы верстаем еженедельный дайджест",
     {"m": ["personnel"], "p": (D(2025, 7, 1), D(2025, 7, 31))}),
    # a long message, the question last
    ("Вибачте за довгий лист. Ми записуємо подкаст, ведучий хоче озвучити підсумки кожного "
     "місяця, а я заплуталася. Скільки втрат рф за серпень 2025?",
     {"m": ["personnel"], "p": (D(2025, 8, 1), D(2025, 8, 31))}),
    ("Простите, что долго. Я монтирую ролик, редактор требует сверить цифры, а я запутался. "
     "Сколько танков потеряла Россия в сентябре 2025?",
     {"m": ["tanks"], "p": (D(2025, 9, 1), D(2025, 9, 30))}),
    # a claimant described in a clause before the question
    ("Генштаб, який щоранку оприлюднює зведення, скільки нарахував танків за жовтень 2025?",
     {"m": ["tanks"], "c": "Ukraine's General Staff", "p": (D(2025, 10, 1), D(2025, 10, 31))}),
    ("Генштаб, публикующий сводки каждое утро, сколько насчитал танков за октябрь 2025?",
     {"m": ["tanks"], "c": "Ukraine's General Staff", "p": (D(2025, 10, 1), D(2025, 10, 31))}),
]  # fmt: skip

# A restriction, the asker's interest or a topic keeps its clause: its unread words still
# constrain, so no figure of all the losses is given as the answer.
KEPT: list[Row] = [
    ("Скільки загинуло у 2024, якщо рахувати лише мобілізованих?",
     {"u": ["мобілізованих"]}),
    ("Мене цікавлять цивільні, скільки загинуло у 2024?", {"u": ["цивільні"]}),
    ("Меня интересуют гражданские. Сколько погибло в 2024?", {"u": ["гражданские"]}),
    ("Ми пишемо про мобілізованих. Скільки загинуло у 2024?", {"u": ["мобілізованих"]}),
]  # fmt: skip


def _params(rows: list[Row]) -> list[Any]:
    return [pytest.param(q, exp, id=q[:60]) for q, exp in rows]


@pytest.mark.parametrize(("question", "exp"), _params(FRAMED))
def test_the_framing_is_read_as_context(question: str, exp: dict[str, Any]) -> None:
    assert problems(parse_question(question, TODAY), exp) == []


@pytest.mark.parametrize(("question", "exp"), _params(KEPT))
def test_a_restriction_keeps_its_clause(question: str, exp: dict[str, Any]) -> None:
    got = [u.text for u in parse_question(question, TODAY).unread if u.constrains]
    assert got == exp["u"]


def test_a_statement_about_losses_is_kept() -> None:
    """A statement naming a loss is about what is asked: its unknown words still constrain."""
    text = "Я чув, що втрати цивільних зростають. Скільки було в січні 2025?"
    query = parse_question(text, TODAY)
    assert "цивільних" in [u.text for u in query.unread if u.constrains]


# --- questions about the data itself (wave 11) ------------------------------------------------

# How fresh the data is, in the words each language asks it: answered with where the daily
# figures end and whose they are.
COVERAGE = [
    "Яка у вас остання дата?",
    "Які в тебе останні дані?",
    "Какая у вас последняя дата?",
    "Какие последние данные у тебя?",
    "Як часто оновлюється зведення Генштабу?",
    "Как часто у вас обновляются данные?",
    "what is your latest data?",
    "how often are your figures updated?",
]
# Whether there is data for a period: a question about the personnel figure of that period.
DATA_FOR = [
    ("Є дані за березень 2021?", (D(2021, 3, 1), D(2021, 3, 31))),
    ("Есть ли данные за 2020 год?", (D(2020, 1, 1), D(2020, 12, 31))),
    ("А дані за грудень 2026 є?", (D(2026, 12, 1), D(2026, 12, 31))),
]


@pytest.fixture(scope="module")
def seeds_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize("question", COVERAGE)
def test_how_fresh_the_data_is(seeds_store: ClaimStore, question: str) -> None:
    got = answer(question, seeds_store, today=TODAY)
    assert got.answered is not False
    assert any(day in got.text for day in ("8 серпня 2026", "8 августа 2026", "8 August 2026"))


@pytest.mark.parametrize(("question", "period"), DATA_FOR)
def test_data_for_a_period_is_a_personnel_question(
    seeds_store: ClaimStore, question: str, period: tuple[dt.date, dt.date]
) -> None:
    got = answer(question, seeds_store, today=TODAY)
    assert got.query is not None and [m.value for m in got.query.metrics] == ["personnel"]
    assert (got.query.period_start, got.query.period_end) == period
    assert got.answered is False


# --- "up to now" ends where English "so far" does (wave 11) -----------------------------------

# The last day fought is the day before TODAY: a period running up to now ends there, in every
# language (one convention), never on TODAY, which no report covers yet.
UP_TO_NOW: list[Row] = [
    ("з 1 липня 2025 по сьогодні скільки танків",
     {"m": ["tanks"], "p": (D(2025, 7, 1), D(2026, 11, 29))}),
    ("с 1 июля 2025 до сих пор сколько танков",
     {"m": ["tanks"], "p": (D(2025, 7, 1), D(2026, 11, 29))}),
    ("втрати рф з 1 березня 2026 до сьогоднішнього дня",
     {"m": ["personnel"], "p": (D(2026, 3, 1), D(2026, 11, 29))}),
    ("потери РФ с 1 марта 2026 по сегодняшний день",
     {"m": ["personnel"], "p": (D(2026, 3, 1), D(2026, 11, 29))}),
    ("скільки літаків з 1 січня 2026 по теперішній час",
     {"m": ["aircraft"], "p": (D(2026, 1, 1), D(2026, 11, 29))}),
    ("сколько самолётов с 1 января 2026 по настоящее время",
     {"m": ["aircraft"], "p": (D(2026, 1, 1), D(2026, 11, 29))}),
    ("з початку року по сьогодні скільки окупантів",
     {"m": ["personnel"], "p": (D(2026, 1, 1), D(2026, 11, 29))}),
    ("с начала года по сей день сколько оккупантов",
     {"m": ["personnel"], "p": (D(2026, 1, 1), D(2026, 11, 29))}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "exp"), _params(UP_TO_NOW))
def test_up_to_now_ends_on_the_last_day_fought(question: str, exp: dict[str, Any]) -> None:
    """Read as an open end (resolved to the last day fought when answered) or ended there."""
    query = parse_question(question, TODAY)
    start, end = exp["p"]
    assert problems(query, {k: v for k, v in exp.items() if k != "p"}) == []
    assert query.period_start == start
    assert query.open_end or query.period_end == end


# --- "хоч раз", "когда-нибудь": ever (wave 11) ------------------------------------------------

EVER = [
    ("Потери России хоть раз превышали 2000 в сутки?", "2 200"),
    ("Чи хоч раз росія втрачала понад 2000 за добу?", "2 200"),
    ("Чи правда, що росія коли-небудь втрачала понад 2000 за добу?", "2 200"),
    ("Россия когда-либо теряла больше 50 танков в сутки?", "55"),
]


@pytest.mark.parametrize(("question", "day_figure"), EVER)
def test_ever_asks_of_any_day(seeds_store: ClaimStore, question: str, day_figure: str) -> None:
    got = answer(question, seeds_store, today=TODAY)
    assert got.answered is True
    assert day_figure in got.text.replace("\u00a0", " ")  # thousands split by a no-break space
