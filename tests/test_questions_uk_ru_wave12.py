# ruff: noqa: E501 - one question a row, however long.
"""Ukrainian and Russian questions by class of failure (wave 12, issues 12 and 15), each on
phrasings of our own, none copied from a blind round: words about the answer's form
("коротко", "одним рядком", "таблицею", "у тис., округлено") ask for what every answer gives and
leave nothing unread; "загальні/общие/сумарні втрати" on one day ask for the running total as of
that day, as "total" does in English."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answering.checking import total_on_a_day
from knowledge.models import Figure, Metric
from knowledge.questions.cyrillic import as_english
from knowledge.questions.parse import PER_HOUR, ZERO_DAY, parse_question

TODAY = dt.date(2026, 11, 30)

# (question, metric, start, end): a figure asked with words about how the answer should look.
FORMAT_WORDS = [
    ("Втрати окупантів за 1–7.06.2025, коротко", Metric.personnel, "2025-06-01", "2025-06-07"),
    ("Коротко: скільки танків знищено у квітні 2025?", Metric.tanks, "2025-04-01", "2025-04-30"),
    ("Вкратце, сколько артиллерии уничтожено в 2024?", Metric.artillery, "2024-01-01", "2024-12-31"),
    ("потери России за 2024 год одной строкой, пожалуйста", Metric.personnel, "2024-01-01", "2024-12-31"),
    ("Скільки бпла за березень 2025 — одним рядком", Metric.drones, "2025-03-01", "2025-03-31"),
    ("Таблицею: втрати росіян за серпень 2025", Metric.personnel, "2025-08-01", "2025-08-31"),
    ("В виде таблицы: танки за июль 2025", Metric.tanks, "2025-07-01", "2025-07-31"),
    ("дай списком втрати ворога за перший тиждень червня 2025", Metric.personnel, "2025-06-01", "2025-06-07"),
    ("Втрати росіян за 2024, у тис., округлено", Metric.personnel, "2024-01-01", "2024-12-31"),
    ("Потери оккупантов за 2023 год в тысячах, округлённо", Metric.personnel, "2023-01-01", "2023-12-31"),
    ("Сколько дронов сбили в мае 2025 — только число", Metric.drones, "2025-05-01", "2025-05-31"),
    ("Скільки танків за 2024 рік? Лише цифру", Metric.tanks, "2024-01-01", "2024-12-31"),
    ("скільки бпла за квітень 2025, округли до тисяч", Metric.drones, "2025-04-01", "2025-04-30"),
    ("Если коротко, потери РФ за июнь 2025?", Metric.personnel, "2025-06-01", "2025-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric", "start", "end"), FORMAT_WORDS)
def test_format_words_leave_nothing_unread(
    question: str, metric: Metric, start: str, end: str
) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread] == []
    assert metric in query.metrics
    assert (query.period_start, query.period_end) == (
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end),
    )


# (question, day): the total on one day, in words that say "total" without the word.
TOTAL_ON_A_DAY = [
    ("Загальні втрати росії на 1 грудня 2024", "2024-12-01"),
    ("сумарні втрати ворога 15.03.2025", "2025-03-15"),
    ("Суммарные потери России на 9 мая 2025", "2025-05-09"),
    ("общие потери рф на 1 января 2025 года", "2025-01-01"),
    ("Общие потери РФ на вторую годовщину вторжения", "2024-02-24"),
    ("Загальні втрати рф у день третьої річниці вторгнення", "2025-02-24"),
    ("Совокупные потери армии РФ к 24.08.2025", "2025-08-24"),
    ("Сукупні втрати окупантів 31 грудня 2023", "2023-12-31"),
    ("Загальна кількість знищених танків на 31.12.2024", "2024-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "day"), TOTAL_ON_A_DAY)
def test_a_total_on_a_day_is_the_running_total(question: str, day: str) -> None:
    query = total_on_a_day(parse_question(question, TODAY))
    assert [u.text for u in query.unread] == []
    assert query.figure == Figure.total
    assert query.period_start == dt.date(2022, 2, 24)
    assert query.period_end == dt.date.fromisoformat(day)


# A day's own figure asked without "total" stays the day's.
def test_a_day_without_total_stays_a_day() -> None:
    query = total_on_a_day(parse_question("Скільки втратила росія 15.03.2025?", TODAY))
    assert query.figure == Figure.period
    assert query.period_start == query.period_end == dt.date(2025, 3, 15)


# (question, day): the running total as of a day, with the same day said again in other words
# (the war's years, its anniversary): one period, nothing unread.
TOTAL_SAID_TWICE = [
    ("Потери ВС РФ на 24.02.2026 — четыре года войны", "2026-02-24"),
    ("Втрати рф на 24.02.2025 - рівно три роки війни", "2025-02-24"),
    ("Скільки всього на 24.02.2026, тобто на четверті роковини?", "2026-02-24"),
    ("Загальні втрати рф станом на 24.02.2025, третя річниця вторгнення", "2025-02-24"),
    ("Сколько всего потеряла Россия к 24.02.2024, за два года войны?", "2024-02-24"),
    ("Общие потери РФ на 24 февраля 2025 — третья годовщина", "2025-02-24"),
    ("Втрати окупантів станом на 24 лютого 2024 року, тобто за два роки війни", "2024-02-24"),
    ("Total Russian losses as of 24 February 2025, the third anniversary", "2025-02-24"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "day"), TOTAL_SAID_TWICE)
def test_a_total_said_twice_is_one_period(question: str, day: str) -> None:
    query = total_on_a_day(parse_question(question, TODAY))
    assert [u.text for u in query.unread] == []
    assert Metric.personnel in query.metrics
    assert query.figure == Figure.total
    assert (query.period_start, query.period_end) == (
        dt.date(2022, 2, 24),
        dt.date.fromisoformat(day),
    )


# (question, metric, start): "the smallest" said with "самый/самий" and an adjective, or
# "найнижчий": a record of the lowest day, as "lowest" is in English.
LOWEST = [
    ("Самый маленький суточный показатель по танкам в 2025?", Metric.tanks, "2025-01-01"),
    ("Самая низкая суточная цифра по личному составу в 2024 году?", Metric.personnel, "2024-01-01"),
    ("самые малые потери за сутки в марте 2025", Metric.personnel, "2025-03-01"),
    ("Самий низький добовий показник по бпла за 2025?", Metric.drones, "2025-01-01"),
    ("Найнижчий добовий показник втрат ворога у 2024?", Metric.personnel, "2024-01-01"),
    ("какой был самый маленький день по потерям в 2023", Metric.personnel, "2023-01-01"),
    ("Наинизший суточный показатель по артиллерии за 2024", Metric.artillery, "2024-01-01"),
    ("самий малий день по танках у 2023 році", Metric.tanks, "2023-01-01"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric", "start"), LOWEST)
def test_the_smallest_is_a_record_of_the_lowest(question: str, metric: Metric, start: str) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread] == []
    assert query.figure == Figure.record
    assert query.metrics == [metric]
    assert query.period_start == dt.date.fromisoformat(start)
    assert "lowest" in as_english(question)


# (question, metric): "ever passed N" with the verb first and its subject after, as Ukrainian
# and Russian order it: a threshold answered by the record, the number read.
VERB_FIRST_THRESHOLD = [
    ("Превышали ли когда-нибудь суточные потери 2 тысячи?", Metric.personnel),
    ("Чи перевищували колись добові втрати 2000?", Metric.personnel),
    ("Чи перевищували коли-небудь добові втрати ворога 2 тисячі осіб?", Metric.personnel),
    ("Превышали ли хоть раз суточные потери России 1500 человек?", Metric.personnel),
    ("Превысили ли когда-нибудь суточные потери танков 50?", Metric.tanks),
    ("Чи перевищували хоч раз добові втрати бпла 300?", Metric.drones),
    ("Превышали ли хоть раз суточные потери артиллерии 60?", Metric.artillery),
    ("Чи перевищили колись добові втрати окупантів 1800?", Metric.personnel),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric"), VERB_FIRST_THRESHOLD)
def test_a_threshold_with_the_verb_first(question: str, metric: Metric) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread] == []
    assert query.figure == Figure.record
    assert query.metrics == [metric]


# A comparison of two years is no threshold: the year is never read as the number passed.
def test_exceed_before_a_year_is_no_threshold() -> None:
    query = parse_question("did daily losses in 2025 ever exceed those in 2024?", TODAY)
    assert query.figure != Figure.record or 2024 not in [u.text for u in query.unread]


# (question, metric): "were there days without losses" of a kind: the lowest day answers it
# (zero or not), every word read.
DAYS_WITHOUT = [
    ("Были ли в 2025 году дни без потерь танков?", Metric.tanks),
    ("Чи були у 2025 році дні без втрат танків?", Metric.tanks),
    ("were there days without tank losses in 2025?", Metric.tanks),
    ("Чи були дні без жодного знищеного танка у 2024?", Metric.tanks),
    ("Бывали ли дни без потерь самолетов в 2025 году?", Metric.aircraft),
    ("Чи були в березні 2025 дні без втрат артилерії?", Metric.artillery),
    ("Были ли дни без сбитых вертолётов в 2024?", Metric.helicopters),
    ("were there days with zero tank losses in 2025?", Metric.tanks),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric"), DAYS_WITHOUT)
def test_days_without_losses_ask_the_lowest_day(question: str, metric: Metric) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread] == []
    assert query.figure == Figure.record
    assert query.metrics == [metric]
    assert ZERO_DAY.search(as_english(question)) is not None  # the lowest, never the highest


# "how many per hour" with no kind of loss named: personnel per hour, as "per day" is.
PER_HOUR_ASKED = [
    "в час сколько в среднем в ноябре 2024",
    "скільки на годину в середньому в листопаді 2024",
    "how many per hour in november 2024",
    "сколько в час в среднем за 2024 год",
    "в среднем в час сколько было в марте 2025?",
    "скільки в середньому на годину за березень 2025",
    "по скольку в час выходило в октябре 2024",
    "how many per hour on average in may 2025",
]


@pytest.mark.parametrize("question", PER_HOUR_ASKED)
def test_how_many_per_hour_asks_personnel_per_hour(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.metrics == [Metric.personnel]
    assert PER_HOUR.search(as_english(question)) is not None
    assert query.period_start is not None


# (question, start, end): days of one month as "9-15.12", the year left out (the latest such
# days before today) or written after.
COMPACT_RANGES = [
    ("втрати рф 9–15.12", "2025-12-09", "2025-12-15"),
    ("Втрати окупантів 1–7.07, коротко", "2026-07-01", "2026-07-07"),
    ("потери РФ за 1-7.06", "2026-06-01", "2026-06-07"),
    ("втрати 9-15.12 2024 року", "2024-12-09", "2024-12-15"),
    ("потери с 1-7.06 2025 года", "2025-06-01", "2025-06-07"),
    ("скільки танків 10–20.03?", "2026-03-10", "2026-03-20"),
    ("сколько дронов сбили 3-9.11", "2026-11-03", "2026-11-09"),
    ("втрати рф за 2-й тиждень грудня 2024 (9–15.12)", "2024-12-09", "2024-12-15"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "start", "end"), COMPACT_RANGES)
def test_a_compact_range_without_its_year(question: str, start: str, end: str) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread] == []
    assert query.period_start == dt.date.fromisoformat(start)
    assert query.period_end == dt.date.fromisoformat(end)


# A decimal before a scale word is a figure, never days of a month.
def test_a_decimal_before_thousands_is_no_range() -> None:
    query = parse_question("чи були втрати 1-2.5 тисячі на день у 2025?", TODAY)
    assert query.period_start == dt.date(2025, 1, 1)
