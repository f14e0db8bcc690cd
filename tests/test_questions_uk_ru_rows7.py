"""Ukrainian and Russian questions, wave 7 (issues 12 and 15): the words around a question that
carry no figure (pronouns for the other side, "тобто", "тогда", "именно"), a total as of a day
written in digits ("на 24.02.2025"), the General Staff's morning report by name, the dead
without the wounded ("без поранених", "не раненых"), quarters and halves in Roman numerals typed
with Cyrillic "І", the singular "місяць 2025" (one month of a year), an average per week with
words between ("в середньому танків за тиждень"), "той самий рік" in a follow-up, "так чи ні",
an anniversary ("роковини"), and the sources asked with their own verbs ("звідки беруться").

Every phrasing was written for these tests (at least five per row), not taken from a blind set.
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
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
D = dt.date
P = "personnel"
Row = tuple[str, dict[str, Any]]
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
Y25 = (D(2025, 1, 1), D(2025, 12, 31))

# Pronouns for the side asked about and the words that lead a question on carry no figure:
# every word read, the question still read as asked.
FILLERS: list[Row] = [
    ("скільки танків вони втратили у 2024?", {"m": ["tanks"], "p": Y24}),
    ("у них мінус 500 танків за 2024, так?", {"m": ["tanks"], "p": Y24}),
    ("скільки в них знищено танків у 2024", {"m": ["tanks"], "p": Y24}),
    ("а скільки їм коштував 2024 рік по танках?", {"m": ["tanks"], "p": Y24}),
    ("тобто скільки танків у 2024?", {"m": ["tanks"], "p": Y24}),
    ("давай тоді танки за 2024", {"m": ["tanks"], "p": Y24}),
    ("сколько танков они потеряли в 2024?", {"m": ["tanks"], "p": Y24}),
    ("сколько у них уничтожено танков в 2024", {"m": ["tanks"], "p": Y24}),
    ("то есть сколько именно танков в 2024?", {"m": ["tanks"], "p": Y24}),
    ("ок, тогда танки за 2024", {"m": ["tanks"], "p": Y24}),
    ("сколько им стоил 2024 год по танкам?", {"m": ["tanks"], "p": Y24}),
]  # fmt: skip

# "на 24.02.2025": a total as of a day written in digits, as "на 24 лютого" is.
ASOF: list[Row] = [
    ("на 24.02.2025 загальна кількість танків?", {"m": ["tanks"], "f": "total"}),
    ("скільки всього танків на 01.01.2025", {"m": ["tanks"], "f": "total"}),
    ("втрати особового складу на 24.02.2024", {"m": [P], "f": "total"}),
    ("на 31.12.2024 скільки всього літаків", {"m": ["aircraft"], "f": "total"}),
    ("на 24.02.2025 общее количество самолетов?", {"m": ["aircraft"], "f": "total"}),
    ("сколько всего танков на 01.01.2025", {"m": ["tanks"], "f": "total"}),
    ("потери личного состава на 24.02.2024", {"m": [P], "f": "total"}),
]  # fmt: skip

# The killed alone: "без поранених", "не раненых" leave the wounded out.
KILLED = {"k": "killed", "p": Y24}
KILLED_ONLY: list[Row] = [
    ("скільки загинуло росіян у 2024, без поранених?", KILLED),
    ("загиблих без поранених у 2024", KILLED),
    ("скільки саме вбитих, не поранених, за 2024", KILLED),
    ("убитых без раненых за 2024", KILLED),
    ("сколько именно погибших, не раненых, в 2024?", KILLED),
    ("сколько погибло россиян без учета раненых в 2024", KILLED),
]  # fmt: skip

# A quarter or half by its Roman numeral, typed with Latin or Cyrillic "І".
Q3 = {"p": (D(2025, 7, 1), D(2025, 9, 30))}
H1 = {"p": (D(2025, 1, 1), D(2025, 6, 30))}
ROMAN: list[Row] = [
    ("втрати рф за ІІІ квартал 2025", Q3),
    ("скільки танків у III кварталі 2025", {**Q3, "m": ["tanks"]}),
    ("потери за ІІІ квартал 2025", Q3),
    ("сколько танков в III квартале 2025", {**Q3, "m": ["tanks"]}),
    ("втрати рф за І півріччя 2025", H1),
    ("потери в I полугодии 2025", H1),
    ("за 1-е полугодие 2025 потери", H1),
]  # fmt: skip

# "місяць 2025": one month of the year (a record), never "months of".
MONTH_OF: list[Row] = [
    ("найгірший місяць 2025 по танках", {"m": ["tanks"], "f": "record", "p": Y25}),
    ("рекордний місяць 2025 по дронах", {"m": ["drones"], "f": "record", "p": Y25}),
    ("найкривавіший місяць 2024", {"f": "record", "p": Y24}),
    ("худший месяц 2025 по танкам", {"m": ["tanks"], "f": "record", "p": Y25}),
    ("рекордный месяц 2024 по личному составу", {"m": [P], "f": "record", "p": Y24}),
]  # fmt: skip

# An average per week or month with words between ("в середньому танків за тиждень").
AVERAGE: list[Row] = [
    ("скільки в середньому танків за тиждень у 2024?", {"m": ["tanks"], "p": Y24}),
    ("у середньому скільки танків за тиждень у 2024", {"m": ["tanks"], "p": Y24}),
    ("в середньому втрати рф за місяць у 2024", {"p": Y24}),
    ("сколько в среднем танков за неделю в 2024?", {"m": ["tanks"], "p": Y24}),
    ("в среднем потери россии за месяц в 2024", {"p": Y24}),
]  # fmt: skip

# The General Staff's morning report by name: the report of that date (which covers the day
# before it).
MORNING: list[tuple[str, dt.date]] = [
    ("що було в ранковому зведенні 1 січня 2025?", D(2025, 1, 1)),
    ("ранкове зведення Генштабу від 1 січня 2025", D(2025, 1, 1)),
    ("скільки танків у ранковому звіті 2 березня 2025", D(2025, 3, 2)),
    ("в ранковому зведенні Генштабу 2 березня 2025 по танках", D(2025, 3, 2)),
    ("что было в утренней сводке 9 мая 2025?", D(2025, 5, 9)),
    ("утренняя сводка Генштаба от 9 мая 2025", D(2025, 5, 9)),
    ("сколько танков в утреннем отчете 2 марта 2025", D(2025, 3, 2)),
]


@pytest.mark.parametrize(("question", "day"), MORNING)
def test_a_morning_report_is_the_report_of_that_date(question: str, day: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert problems(query, {}) == []
    assert query.report_date == day


# "на початок квітня 2022", "на начало апреля 2022": a total as of the first of that month.
APR1 = {"f": "total", "p": (D(2022, 2, 24), D(2022, 4, 1))}
START_OF: list[Row] = [
    ("скільки всього втратила росія на початок квітня 2022", APR1),
    ("втрати рф станом на початок квітня 2022", APR1),
    ("загальні втрати окупантів на початок квітня 2022?", APR1),
    ("сколько всего потеряла Россия на начало апреля 2022", APR1),
    ("потери РФ по состоянию на начало апреля 2022", APR1),
    ("общие потери оккупантов на начало апреля 2022?", APR1),
]  # fmt: skip

# "для них" names the side already asked about: it carries no figure.
FOR_THEM: list[Row] = [
    ("найгірший для них місяць 2025 по танках", {"m": ["tanks"], "f": "record", "p": Y25}),
    ("який місяць 2025 був для них найгіршим по танках?", {"m": ["tanks"], "p": Y25}),
    ("скільки для них коштував 2024 по танках", {"m": ["tanks"], "p": Y24}),
    ("худший для них месяц 2025 по танкам", {"m": ["tanks"], "f": "record", "p": Y25}),
    ("какой месяц 2025 был для них худшим по танкам?", {"m": ["tanks"], "p": Y25}),
]  # fmt: skip

# A record of a period with only "how many (then)?" after it: the personnel record.
RECORD_HOW_MANY: list[Row] = [
    ("Найспокійніший день 2025 — скільки тоді?", {"m": [P], "f": "record", "p": Y25}),
    ("найгірший тиждень 2024 - скільки?", {"m": [P], "f": "record", "p": Y24}),
    ("найкривавіший місяць 2024, скільки саме?", {"m": [P], "f": "record", "p": Y24}),
    ("Самый тихий день 2024 года, сколько именно?", {"m": [P], "f": "record", "p": Y24}),
    ("самая тяжелая неделя 2025 — сколько тогда?", {"m": [P], "f": "record", "p": Y25}),
    ("the quietest day of 2025 - how many then?", {"m": [P], "f": "record", "p": Y25}),
]  # fmt: skip

# The week, month or year before last ("позаминулий", "позапрошлый"), never the last one.
WK = (D(2026, 11, 16), D(2026, 11, 22))
BEFORE_LAST: list[Row] = [
    ("а за позаминулий тиждень?", {"p": WK}),
    ("втрати рф за позаминулий тиждень", {"p": WK}),
    ("втрати за позаминулий місяць", {"p": (D(2026, 9, 1), D(2026, 9, 30))}),
    ("втрати рф за позаминулий рік", {"p": Y24}),
    ("а за позапрошлую неделю?", {"p": WK}),
    ("потери в позапрошлом месяце", {"p": (D(2026, 9, 1), D(2026, 9, 30))}),
    ("потери за позапрошлый год", {"p": Y24}),
    ("сколько танков потеряли в позапрошлом году", {"m": ["tanks"], "p": Y24}),
]  # fmt: skip

# Asking verbs ("назви", "дай", "покажи", "нужны") carry nothing; dying verbs ask the dead.
ASKING: list[Row] = [
    ("назви цифру втрат рф за березень 2025", {"p": (D(2025, 3, 1), D(2025, 3, 31))}),
    ("дай цифри втрат за лютий 2025", {"p": (D(2025, 2, 1), D(2025, 2, 28))}),
    ("покажи втрати танків за 2024", {"m": ["tanks"], "p": Y24}),
    ("нужны цифры потерь за 2024", {"p": Y24}),
    ("назовите потери РФ за 2024", {"p": Y24}),
    ("покажите потери танков за 2024", {"m": ["tanks"], "p": Y24}),
    ("скільки гине окупантів на добу в 2025 році?", {"k": "killed", "p": Y25}),
    ("сколько в среднем гибнет оккупантов в сутки в 2025 году?", {"k": "killed", "p": Y25}),
    ("скільки росіян загинуло у 2024", {"k": "killed", "p": Y24}),
    ("сколько россиян погибло в 2024", {"k": "killed", "p": Y24}),
]  # fmt: skip

# A typo keeps the word's length: a longer word with a form inside is no typo of it.
TYPOS: list[Row] = [
    ("скільки тнаків втратила росія у 2024", {"m": ["tanks"], "p": Y24}),
    ("сколько танкв потеряла россия в 2024", {"m": ["tanks"], "p": Y24}),
    ("сколько самолтов потеряла россия в 2024", {"m": ["aircraft"], "p": Y24}),
    ("потери за позапрошлый год", {"p": Y24}),
    ("скільки гелікоптрів втратила росія у 2024", {"m": ["helicopters"], "p": Y24}),
]  # fmt: skip

# Russia named as the one who admits or reports ("признавала Россия", "визнала сама росія"):
# Russian officials are the claimant, whoever's losses are asked.
RU_OFF = "Russian officials"
RUSSIA_SAYS: list[Row] = [
    ("Сколько своих погибших официально признавала Россия?", {"c": RU_OFF, "k": "killed"}),
    ("скільки своїх загиблих визнала росія?", {"c": RU_OFF, "k": "killed", "s": "russia"}),
    ("Сколько погибших называла сама Россия?", {"c": RU_OFF, "k": "killed"}),
    ("Россия официально признала сколько погибших?", {"c": RU_OFF, "k": "killed"}),
    ("скільки загиблих офіційно називала москва?", {"c": RU_OFF, "k": "killed"}),
    ("Россия сообщила о потерях ВСУ в 2024", {"c": RU_OFF, "s": "ukraine", "p": Y24}),
    ("скільки танків втратила росія у 2024?", {"c": None, "m": ["tanks"], "p": Y24}),
]  # fmt: skip

ROWS: list[tuple[str, str, dict[str, Any]]] = [
    ("filler", q, e) for q, e in FILLERS
] + [("asof", q, e) for q, e in ASOF] + [("killed", q, e) for q, e in KILLED_ONLY] + [
    ("roman", q, e) for q, e in ROMAN
] + [("month", q, e) for q, e in MONTH_OF] + [("average", q, e) for q, e in AVERAGE] + [
    ("start", q, e) for q, e in START_OF
] + [("them", q, e) for q, e in FOR_THEM] + [
    ("record", q, e) for q, e in RECORD_HOW_MANY
] + [("before", q, e) for q, e in BEFORE_LAST] + [("asking", q, e) for q, e in ASKING] + [
    ("typo", q, e) for q, e in TYPOS
] + [("says", q, e) for q, e in RUSSIA_SAYS]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "exp"), [pytest.param(q, e, id=f"{k}:{q[:40]}") for k, q, e in ROWS]
)
def test_a_question_is_read(question: str, exp: dict[str, Any]) -> None:
    assert problems(parse_question(question, TODAY), exp) == []


@pytest.fixture(scope="module")
def seeds_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


# A follow-up that keeps the year: "той самий рік", "тот же год", "того ж року".
SAME_YEAR = [
    ("скільки танків у 2024?", "а літаків за той самий рік?"),
    ("скільки танків у 2024?", "а літаків того ж року?"),
    ("скільки танків у 2024?", "і літаків за той же рік?"),
    ("сколько танков в 2024?", "а самолетов за тот же год?"),
    ("сколько танков в 2024?", "а самолетов в том же году?"),
]


@pytest.mark.parametrize(("first", "then"), SAME_YEAR)
def test_the_same_year_is_kept(seeds_store: ClaimStore, first: str, then: str) -> None:
    conversation = Conversation()
    conversation.ask(first, seeds_store, today=TODAY)
    result = conversation.ask(then, seeds_store, today=TODAY)
    assert result.query is not None
    assert [m.value for m in result.query.metrics] == ["aircraft"]
    assert (result.query.period_start, result.query.period_end) == Y24
    assert [u.text for u in result.query.unread if u.constrains] == []


# A correction back to killed and wounded together: casualties, the year kept.
TOGETHER = [
    ("скільки вбитих без поранених у 2024?", "ні, давай тоді вбитих і поранених разом"),
    ("скільки вбитих без поранених у 2024?", "добре, тоді загиблі плюс поранені"),
    ("скільки вбитих без поранених у 2024?", "тоді разом з пораненими"),
    ("сколько убитых без раненых в 2024?", "ок, тогда убитые плюс раненые"),
    ("сколько убитых без раненых в 2024?", "нет, давай убитых и раненых вместе"),
]


@pytest.mark.parametrize(("first", "then"), TOGETHER)
def test_killed_and_wounded_together(seeds_store: ClaimStore, first: str, then: str) -> None:
    conversation = Conversation()
    conversation.ask(first, seeds_store, today=TODAY)
    result = conversation.ask(then, seeds_store, today=TODAY)
    assert result.query is not None
    assert result.query.personnel_kind is not None
    assert result.query.personnel_kind.value == "casualties"
    assert (result.query.period_start, result.query.period_end) == Y24
    assert [u.text for u in result.query.unread if u.constrains] == []
    assert result.answered


# A figure to check with "так чи ні", "да или нет", "правда?": checked, every word read.
YES_OR_NO = [
    "кажуть, 1 березня 2025 русні мінус 1 100. Так чи ні?",
    "1 березня 2025 ворог втратив 1 100 - так чи ні?",
    "1 березня 2025 рф втратила 1 100 осіб, це правда чи ні?",
    "говорят, 1 марта 2025 у них минус 1 100. Да или нет?",
    "1 марта 2025 Россия потеряла 1 100 - да или нет?",
]


@pytest.mark.parametrize("question", YES_OR_NO)
def test_a_yes_or_no_check_is_answered(seeds_store: ClaimStore, question: str) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert result.query is not None
    assert [u.text for u in result.query.unread if u.constrains] == []
    assert result.answered
    text = " ".join(result.text.replace("\u00a0", " ").replace("\u202f", " ").split())
    assert "1 110" in text or "1 050" in text


# The anniversary named after a date: a total as of that date, every word read.
ANNIVERSARY: list[Row] = [
    ("скільки всього на 24.02.2026, тобто на четверті роковини?", {"f": "total"}),
    ("втрати рф на четверті роковини вторгнення, 24.02.2026", {"f": "total"}),
    ("скільки всього на роковини, 24.02.2025?", {"f": "total"}),
    ("сколько всего на 24.02.2026, то есть на четвертую годовщину?", {"f": "total"}),
    ("потери на годовщину, 24.02.2025?", {"f": "total"}),
]  # fmt: skip


# Still wrong: the English parser reads a date and the anniversary restating it as two
# periods with nothing to compare, and refuses (its rows, not these).
_TWO_PERIODS = "a date restated as the anniversary is read as two periods"
_STILL_TWO = pytest.mark.xfail(strict=True, reason=_TWO_PERIODS)


@pytest.mark.parametrize(
    ("question", "exp"),
    [
        # the date first, then the anniversary restating it: one period (wave 12)
        pytest.param(q, e, marks=[] if "тобто" in q or "то есть" in q else _STILL_TWO)
        for q, e in ANNIVERSARY
    ],
)
def test_an_anniversary_is_read(question: str, exp: dict[str, Any]) -> None:
    assert problems(parse_question(question, TODAY), exp) == []


# The sources asked with their own verbs: answered from the sources, every word read.
SOURCES = [
    "Звідки беруться ці цифри Генштабу?",
    "Звідки беруться ці цифри і чи можна їм вірити?",
    "Де ви берете дані про втрати росії?",
    "Откуда берутся эти цифры Генштаба?",
    "Где вы берете данные о потерях России?",
    "Откуда данные и до какого числа они есть?",
    "Де ви берете дані і до якої дати вони?",
]


@pytest.mark.parametrize("question", SOURCES)
def test_the_sources_are_named(seeds_store: ClaimStore, question: str) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert result.query is not None
    assert [u.text for u in result.query.unread if u.constrains] == []
    assert "генштаб" in result.text.lower()


# A part of the front by its place's adjective ("на Запорізькому напрямку", "на Покровском
# направлении"): named whole as unread first, and no figure given for it.
PLACES: list[tuple[str, str]] = [
    ("втрати рф на Запорізькому напрямку у червні 2023", "Запорізькому напрямку"),
    ("скільки танків втратив ворог на Покровському напрямку у 2024", "Покровському напрямку"),
    ("втрати окупантів на Куп'янському напрямку за 2024", "Куп'янському напрямку"),
    ("потери РФ на Покровском направлении в 2024", "Покровском направлении"),
    ("сколько танков потеряли на Запорожском направлении летом 2023", "Запорожском направлении"),
    ("потери на Купянском направлении за 2024", "Купянском направлении"),
    ("потери на Харьковском направлении в мае 2024", "Харьковском направлении"),
]


@pytest.mark.parametrize(("question", "words"), PLACES)
def test_a_front_direction_is_named_unread(
    seeds_store: ClaimStore, question: str, words: str
) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert not result.answered
    assert result.query is not None
    assert [u.text for u in result.query.unread if u.constrains] == [words]
    assert words in result.text.split("\n")[0]


# Two parts of a year named with one unit ("перший і другий квартал 2025", "первое и второе
# полугодие 2024"), or two seasons with the kind of loss after "по": both compared, every
# word read.
COMPARED: list[tuple[str, str]] = [
    ("Порівняй перший і другий квартал 2025", "125"),
    ("порівняй 1 та 2 квартал 2025", "125"),
    ("Сравни первый и второй квартал 2025", "125"),
    ("сравни 1-й и 2-й квартал 2025 года", "125"),
    ("Сравни первое и второе полугодие 2024", "183"),
    ("порівняй перше і друге півріччя 2024", "183"),
    ("Порівняй літо 2024 і літо 2025 по дронах", "3 890"),
    ("Сравни лето 2024 и лето 2025 по БПЛА", "3 890"),
    ("сравни зиму 2023/24 и зиму 2024/25 по танкам", "1 046"),
]


@pytest.mark.parametrize(("question", "figure"), COMPARED)
def test_two_parts_are_compared(seeds_store: ClaimStore, question: str, figure: str) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert result.answered
    assert result.query is not None
    assert [u.text for u in result.query.unread if u.constrains] == []
    assert figure in " ".join(result.text.replace("\u00a0", " ").replace("\u202f", " ").split())


MAR_MAY = (D(2024, 3, 1), D(2024, 5, 31))

# "по" before the kind of loss is "for" it; before a day, a month or "now" it is "to".
BY_WHAT: list[Row] = [
    ("втрати влітку 2024 по танках", {"m": ["tanks"], "p": (D(2024, 6, 1), D(2024, 8, 31))}),
    ("потери летом 2024 по БПЛА", {"m": ["drones"], "p": (D(2024, 6, 1), D(2024, 8, 31))}),
    ("втрати з 1 по 15 листопада 2024", {"p": (D(2024, 11, 1), D(2024, 11, 15))}),
    ("потери с 1 по 15 ноября 2024", {"p": (D(2024, 11, 1), D(2024, 11, 15))}),
    ("втрати з березня по травень 2024", {"p": (D(2024, 3, 1), D(2024, 5, 31))}),
    ("потери с марта по май 2024 по танкам", {"m": ["tanks"], "p": MAR_MAY}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "exp"), BY_WHAT)
def test_po_before_a_kind_is_for(question: str, exp: dict[str, Any]) -> None:
    assert problems(parse_question(question, TODAY), exp) == []


# A season's convention is said in the asker's language, never in English.
SEASONS: list[tuple[str, str]] = [
    ("втрати рф влітку 2024", "метеорологічні: літо"),
    ("скільки танків знищено взимку 2023/24", "метеорологічні: зима"),
    ("втрати окупантів навесні 2024", "метеорологічні: весна"),
    ("потери РФ летом 2024", "метеорологические: лето"),
    ("сколько танков уничтожено осенью 2024", "метеорологические: осень"),
]


@pytest.mark.parametrize(("question", "said"), SEASONS)
def test_a_season_note_is_said_in_the_askers_language(
    seeds_store: ClaimStore, question: str, said: str
) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert said in result.text
    assert "Seasons are" not in result.text


@pytest.mark.parametrize("season", ["spring", "summer", "autumn", "fall", "winter"])
def test_the_date_grammar_spells_each_season_note_as_the_table(season: str) -> None:
    from knowledge.dates import _season_note
    from knowledge.wording import PHRASES

    assert _season_note(season) == PHRASES[f"date.season_{season}"]


# Words around a question about the sources or the data: every word read (what is answered
# is the English reading's; these pin that no Cyrillic word is left unread).
EVERY_WORD: list[str] = [
    "Скільки загиблих росіян підтвердила Медіазона на кінець 2025?",
    "А хто ще рахує втрати росії?",
    "чи перевіряє хтось ці цифри незалежно?",
    "Що таке «особовий склад» у зведенні — це лише вбиті?",
    "Які дані в тебе найсвіжіші?",
    "Сколько погибших россиян подтвердила Медиазона на конец 2025?",
    "А кто еще считает потери России?",
    "проверяет ли кто-то эти цифры независимо?",
    "Что значит «личный состав» в сводке — это только убитые?",
    "Какие у тебя самые свежие данные?",
    "растут ли потери РФ в 2025 по сравнению с 2024?",
    "втрати з понеділка 3 березня по неділю 9 березня 2025",
]


@pytest.mark.parametrize("question", EVERY_WORD)
def test_every_word_is_read(question: str) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread if u.constrains] == []
