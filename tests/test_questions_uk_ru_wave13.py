# ruff: noqa: E501 - one question a row, however long.
"""Ukrainian and Russian questions by class of failure (wave 13, issues 12 and 15), each on
phrasings of our own, none copied from a blind round: the way Cyrillic writers shorten and
anchor dates. A month abbreviated with a dot ("лют. 2025", "сент. 2024") is that month, never
an unknown word that leaves the year; a day in digits without a year ("01.12", "на 15.03")
is that day of the year the question is asked in; a span after a day ("тиждень після 6 серпня",
"неделю после 1 марта") starts the day after it, never the week before."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.lexicon.language import detect_language
from knowledge.models import Metric
from knowledge.questions.parse import parse_question

TODAY = dt.date(2026, 11, 30)

# (question, metric, start, end): a month shortened with a dot.
SHORT_MONTHS = [
    ("Танки, лют. 2025?", Metric.tanks, "2025-02-01", "2025-02-28"),
    ("БПЛА за жовт. 2024", Metric.drones, "2024-10-01", "2024-10-31"),
    ("втрати рф у груд. 2024 року", Metric.personnel, "2024-12-01", "2024-12-31"),
    ("особовий склад, берез. 2025", Metric.personnel, "2025-03-01", "2025-03-31"),
    ("скільки артилерії за верес.2025?", Metric.artillery, "2025-09-01", "2025-09-30"),
    ("Потери РФ, сент. 2024", Metric.personnel, "2024-09-01", "2024-09-30"),
    ("Танки за февр. 2025?", Metric.tanks, "2025-02-01", "2025-02-28"),
    ("ББМ, нояб. 2024", Metric.armored_vehicles, "2024-11-01", "2024-11-30"),
    ("сколько дронов в янв. 2025", Metric.drones, "2025-01-01", "2025-01-31"),
    ("артиллерия: авг. 2025", Metric.artillery, "2025-08-01", "2025-08-31"),
    ("потери за дек. 2023 г.", Metric.personnel, "2023-12-01", "2023-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric", "start", "end"), SHORT_MONTHS)
def test_a_month_shortened_with_a_dot_is_that_month(
    question: str, metric: Metric, start: str, end: str
) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread] == []
    assert metric in query.metrics
    assert (str(query.period_start), str(query.period_end)) == (start, end)


# A shortened month tells the language when no letter does ("февр." is Russian only).
SHORT_MONTH_LANGUAGE = [
    ("Танки, февр. 2025?", "ru"),
    ("Танки, лют. 2025?", "uk"),
    ("ББМ, нояб. 2024", "ru"),
    ("БПЛА за груд. 2024", "uk"),
]


@pytest.mark.parametrize(("question", "language"), SHORT_MONTH_LANGUAGE)
def test_a_shortened_month_tells_the_language(question: str, language: str) -> None:
    assert detect_language(question) == language


def test_a_word_like_a_short_month_without_a_dot_and_year_is_no_month() -> None:
    query = parse_question("Скільки танків у 2025? Лист від читача", TODAY)
    assert (str(query.period_start), str(query.period_end)) == ("2025-01-01", "2025-12-31")


def test_a_decimal_is_no_day_without_a_year() -> None:
    query = parse_question("чи правда, що втрати рф за 2024 рік - 1.12 млн?", TODAY)
    assert (str(query.period_start), str(query.period_end)) == ("2024-01-01", "2024-12-31")


# (question, start, end): a span counted from the day after a day.
AFTER_A_DAY = [
    ("Скільки росіян втрачено за тиждень після 6 серпня 2024?", "2024-08-07", "2024-08-13"),
    ("втрати ворога за перший тиждень після 10 травня 2025", "2025-05-11", "2025-05-17"),
    ("Сколько потеряли за неделю после 1 марта 2025?", "2025-03-02", "2025-03-08"),
    ("потери РФ в первую неделю после 20 июня 2025", "2025-06-21", "2025-06-27"),
    ("скільки окупантів знищено протягом тижня після 3 жовтня 2024", "2024-10-04", "2024-10-10"),
    ("потери в течение недели после 15 января 2025", "2025-01-16", "2025-01-22"),
    ("втрати за два тижні після 1 березня 2025", "2025-03-02", "2025-03-15"),
    ("потери за две недели после 1 апреля 2025", "2025-04-02", "2025-04-15"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "start", "end"), AFTER_A_DAY)
def test_a_span_after_a_day_starts_the_day_after(question: str, start: str, end: str) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread] == []
    assert (str(query.period_start), str(query.period_end)) == (start, end)


# (question, day, today): a day in digits without its year, in the year asked.
DAY_WITHOUT_YEAR = [
    ("Скільки втрат було 05.11?", "2026-11-05"),
    ("втрати рф за 14.10", "2026-10-14"),
    ("Сколько потерь за 03.09?", "2026-09-03"),
    ("потери россиян 21.11 по данным Генштаба", "2026-11-21"),
    ("скільки танків знищено 28.08", "2026-08-28"),
    ("сколько БПЛА сбили 02.10?", "2026-10-02"),
    ("Втрати ворога за добу 9.11", "2026-11-09"),
    ("танки за 17.07", "2026-07-17"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "day"), DAY_WITHOUT_YEAR)
def test_a_day_in_digits_without_a_year_is_that_day(question: str, day: str) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread] == []
    assert str(query.period_end) == day


# (question, start): since the start of a season runs from its first day to the latest report
# (never the season's end, never the season a year before); with no year, the latest begun.
SINCE_A_SEASON_BEGAN = [
    ("с начала лета 2026 сколько набралось", "2026-06-01"),
    ("з початку літа 2026 скільки втрат?", "2026-06-01"),
    ("Скільки танків знищено з початку осені?", "2026-09-01"),
    ("потери РФ с начала осени", "2026-09-01"),
    ("з початку зими скільки накопичилося?", "2025-12-01"),
    ("сколько бпла с начала весны 2025", "2025-03-01"),
    ("since the start of autumn how many Russian losses", "2026-09-01"),
    ("tanks since the beginning of summer 2025", "2025-06-01"),
    ("losses since the start of this spring", "2026-03-01"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "start"), SINCE_A_SEASON_BEGAN)
def test_since_a_season_began_runs_to_the_latest_report(question: str, start: str) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread] == []
    assert str(query.period_start) == start
    assert query.period_end is None or query.period_end >= dt.date(2026, 11, 29)


# A season asked while it is still going runs to yesterday (the last day fought a report
# covers), never to its end: a sum over reports dated after today answers nothing asked.
IN_PROGRESS_DAY = dt.date(2025, 11, 25)
SEASON_NOT_OVER = [
    "этой осенью сколько танков потеряла Россия",
    "скільки бпла цієї осені?",
    "втрати ворога восени 2025",
    "потери РФ осенью 2025 года",
    "how many Russian tanks this autumn",
    "Russian losses in autumn 2025",
    "artillery this fall",
    "особовий склад, осінь 2025",
]


@pytest.mark.parametrize("question", SEASON_NOT_OVER)
def test_a_season_not_over_runs_to_yesterday(question: str) -> None:
    query = parse_question(question, IN_PROGRESS_DAY)
    assert (str(query.period_start), str(query.period_end)) == ("2025-09-01", "2025-11-24")


# (question, place): a premise set before the question names where the fighting is and the
# question says "там" (there): the place is what is asked about, reported as unread (no
# figure counts by place), never dropped as the asker's reasons with the whole front
# answered as if no place were named.
PREMISE_NAMES_A_PLACE = [
    ("Оскільки основні втрати під Бахмутом, скільки їх там було у травні 2023?", "Бахмутом"),
    ("Поскольку основные бои идут под Авдеевкой, сколько их там погибло в октябре 2023?", "Авдеевкой"),
    ("Так как бои идут возле Торецка, сколько потерь там в июне 2025?", "Торецка"),
    ("Оскільки бої тривають під Часовим Яром, скільки втрат там у квітні 2025?", "Часовим"),
    ("Бо найважчі бої біля Покровська — скільки там втрат у березні 2025?", "Покровська"),
    ("Поскольку главные потери около Угледара, сколько их там в 2023?", "Угледара"),
    ("Оскільки бої йдуть в районі Торецька, скільки там знищено танків у 2025?", "Торецька"),
    ("Так как основные бои под Купянском, сколько там погибло в ноябре 2025?", "Купянском"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "place"), PREMISE_NAMES_A_PLACE)
def test_a_premise_naming_a_battle_place_is_no_mere_reason(question: str, place: str) -> None:
    query = parse_question(question, TODAY)
    assert place in [u.text for u in query.unread]
    assert Metric.personnel in query.metrics or Metric.tanks in query.metrics


def test_a_reason_without_a_place_is_still_dropped() -> None:
    query = parse_question("бо я готую огляд, скільки втрат за жовтень 2023?", TODAY)
    assert [u.text for u in query.unread] == []


# (question, start, end): an event dated in a sentence (or clause) of its own, then its start
# named by a pronoun ("після її початку", "с его начала"): the span is anchored on that day,
# and the day is never read as a second period.
EVENT_ANCHORED = [
    ("Операція почалась 1 березня 2025, скільки втрат за місяць після її початку?", "2025-03-02", "2025-04-01"),
    ("Наступ почався 10 травня 2025 - скільки втрат з його початку?", "2025-05-10", "open"),
    ("Наступление началось 10 мая 2025 года — сколько потерь с его начала?", "2025-05-10", "open"),
    ("Операция стартовала 1 марта 2025. Сколько танков потеряно за месяц после её начала?", "2025-03-02", "2025-04-01"),
    ("Контрнаступ стартував 4 червня 2023. Скільки танків рф втратила за два тижні після його старту?", "2023-06-05", "2023-06-18"),
    ("Штурм розпочався 20 жовтня 2023 року. Скільки окупантів знищено за тиждень після його початку?", "2023-10-21", "2023-10-27"),
    ("Атака началась 12 января 2025. Сколько погибло за неделю после ее начала?", "2025-01-13", "2025-01-19"),
    ("Операція розпочалася 15 квітня 2024; скільки бпла збито з її початку?", "2024-04-15", "open"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "start", "end"), EVENT_ANCHORED)
def test_a_span_anchored_on_an_event_dated_before(question: str, start: str, end: str) -> None:
    query = parse_question(question, TODAY)
    assert str(query.period_start) == start
    assert query.period_end is None if end == "open" else str(query.period_end) == end
