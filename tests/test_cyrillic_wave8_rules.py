"""Rules for Ukrainian and Russian Telegram posts met in the sixth blind round (issues 13 and
15), each on texts of our own: a post's decoration (emoji before a line's label, "+" before
the day's figure) read past; numbers spelled in parts ("1 млн 344 тис. 180"); a channel's
abbreviated labels ("о/с", "л/с", "арта"); a line naming the report ("Зведення Генштабу на
ранок:") opening the list under it; the channel's own subscribers and fund-raising, no losses;
"це вже N" after the day's figure, the running total."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.general_staff import read_ukrainian_russian
from knowledge.models import WAR_START, Claim, Metric, PeriodKind, Source, Stat, Subject

DAY = dt.date(2026, 3, 18)
CHANNEL = "Фронтова зведенка, Telegram-канал (fixture)"


def _claims(text: str, published: dt.date = DAY) -> list[Claim]:
    return read_ukrainian_russian(Source(id="t", text=text, publisher=CHANNEL, published=published))


def _found(text: str) -> set[tuple[Metric, int, PeriodKind]]:
    return {(c.metric, c.value, c.period_kind) for c in _claims(text)}


YESTERDAY = PeriodKind.day
TOTAL = PeriodKind.cumulative

# A channel's retelling of the morning report: emoji before each label, "+" before the day's
# figure, the total in brackets or after "загалом"; the line naming the report opens the list.
DECORATED_POSTS = [
    ("Зведення Генштабу за добу, на ранок 18.03:\n💀 особовий склад — +1 040 (загалом 1 190 220)\n"
     "🚜 танки — +6\n💥 артсистеми — +31",
     {(Metric.personnel, 1040, YESTERDAY), (Metric.personnel, 1190220, TOTAL),
      (Metric.tanks, 6, YESTERDAY), (Metric.artillery, 31, YESTERDAY)}),
    ("⚡️ Сводка Генштаба ВСУ за сутки:\n▪️ танков — +3 (всего 11 410)\n"
     "▪️ беспилотников — +620",
     {(Metric.tanks, 3, YESTERDAY), (Metric.tanks, 11410, TOTAL),
      (Metric.drones, 620, YESTERDAY)}),
    ("ГШ ЗСУ, дані на ранок:\n🔥 ББМ — +12\n🔥 автотехніка — +97 (всього 70 120)",
     {(Metric.armored_vehicles, 12, YESTERDAY), (Metric.vehicles, 97, YESTERDAY),
      (Metric.vehicles, 70120, TOTAL)}),
    ("Генштаб: втрати ворога за добу 👇\n\n🪖 особовий склад — 980\n🛩 літаки — 0\n"
     "🚁 вертольоти — +1",
     {(Metric.personnel, 980, YESTERDAY), (Metric.helicopters, 1, YESTERDAY)}),
    ("🇺🇦 Зведення від ГШ на 18 березня:\n✅ танки — +4\n✅ БпЛА — +1 210 (всього 98 400)",
     {(Metric.tanks, 4, YESTERDAY), (Metric.drones, 1210, YESTERDAY),
      (Metric.drones, 98400, TOTAL)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), DECORATED_POSTS)
def test_a_decorated_post_reads_as_its_plain_list(
    text: str, wanted: set[tuple[Metric, int, PeriodKind]]
) -> None:
    claims = _claims(text)
    assert wanted <= {(c.metric, c.value, c.period_kind) for c in claims}
    assert all(c.subject == Subject.russia for c in claims)
    for c in claims:
        if c.period_kind == YESTERDAY:
            assert c.period_start == c.period_end == DAY - dt.timedelta(days=1)
        if c.period_kind == TOTAL:
            assert (c.period_start, c.period_end) == (WAR_START, DAY)


# A number spelled in parts: millions, then thousands, then units, each below the one before.
SPELLED_IN_PARTS = [
    ("Генштаб: втрати ворога — загалом 1 млн 190 тис. 220 осіб.", 1190220),
    ("Генштаб ЗСУ: загальні втрати росіян сягнули 1 млн 12 тис. 5 осіб.", 1012005),
    ("Генштаб: противник втратив з початку вторгнення 98 тис. 400 безпілотників.", 98400),
    ("Генштаб ВСУ: потери врага — около 1 млн 190 тыс. 220 человек.", 1190220),
    ("Генштаб ВСУ: всего уничтожено 11 тыс. 410 танков.", 11410),
]


@pytest.mark.parametrize(("text", "value"), SPELLED_IN_PARTS)
def test_a_number_spelled_in_parts_is_one_figure(text: str, value: int) -> None:
    values = [c.value for c in _claims(text)]
    assert value in values
    assert not {1_000_000, 190_000, 220, 12_000, 5, 400, 410} & set(values)


def test_parts_in_a_list_stay_apart() -> None:
    """Two scaled figures in a list, a comma between them, are two figures."""
    values = {c.value for c in _claims("Генштаб: втрати ворога — 1 млн, 12 тис. за рік.")}
    assert 1_012_000 not in values


# A channel's abbreviated labels: "о/с" and "л/с" for the personnel, "арта" for artillery.
ABBREVIATED = [
    ("Генштаб, втрати ворога за добу:\nо/с — 1 040\nтанки — 6", Metric.personnel, 1040),
    ("Сводка ГШ ВСУ за сутки:\nл/с — 1 110\nтанки — 5", Metric.personnel, 1110),
    ("Зведення ГШ за добу:\nарта — 44\nББМ — 9", Metric.artillery, 44),
    ("Сводка Генштаба за сутки:\nарты — 37\nтанков — 2", Metric.artillery, 37),
    ("Генштаб, втрати ворога за добу: о/с — плюс 990, арта — плюс 28.", Metric.artillery, 28),
]


@pytest.mark.parametrize(("text", "metric", "value"), ABBREVIATED)
def test_abbreviated_labels(text: str, metric: Metric, value: int) -> None:
    assert (metric, value, YESTERDAY) in _found(text)


def test_a_word_merely_starting_with_art_is_no_artillery() -> None:
    """Only the slang forms count: "артист", "арт-проєкт", "карта" are no guns."""
    text = "Генштаб: втрати ворога за добу — танки — 2.\nАртисти дали 5 концертів, карта 3."
    assert Metric.artillery not in {c.metric for c in _claims(text)}


# A channel's words to its readers: subscribers, donations, fund-raisers are no losses.
CHANNEL_CALLS = [
    "Генштаб: втрати ворога за добу — 1 040 осіб.\n\nПідписуйтесь, нас уже 52 тис.",
    "Генштаб ВСУ: потери врага за сутки — 1 040 человек.\n\nПодписывайтесь, нас 112 тыс.",
    "Генштаб: втрати ворога за добу — 1 040 осіб.\n\nДонат на FPV для бригади: 40 тис. грн.",
    "Генштаб: втрати ворога за добу — 1 040 осіб.\nНас уже 84 тис. підписників 🙏",
    "Генштаб ВСУ: потери врага за сутки — 1 040 человек.\nРепост — 5 тыс. за сутки, спасибо!",
]


@pytest.mark.parametrize("text", CHANNEL_CALLS)
def test_a_channels_own_call_is_no_loss(text: str) -> None:
    assert [c.value for c in _claims(text)] == [1040]


# "це вже N", "это уже N", "з початку": the running total after the day's figure.
ALREADY_TOTALS = [
    ("Генштаб, втрати ворога: БпЛА — 1 210 за добу, це вже 98 400 з початку.",
     Metric.drones, 98400),
    ("Генштаб ВСУ, потери врага: танков — 4 за сутки, это уже 11 410.", Metric.tanks, 11410),
    ("Генштаб, втрати ворога: о/с — 1 040 за добу, а з початку — 1 190 220.",
     Metric.personnel, 1190220),
    ("Генштаб ВСУ, потери врага: л/с — 1 110 за сутки, с начала вторжения — 1 190 220.",
     Metric.personnel, 1190220),
    ("Генштаб: ворог втратив 6 танків за добу, це вже 11 416 танків.", Metric.tanks, 11416),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "value"), ALREADY_TOTALS)
def test_already_after_the_days_figure_is_the_running_total(
    text: str, metric: Metric, value: int
) -> None:
    assert (metric, value, TOTAL) in _found(text)


def test_a_days_figure_per_day_is_that_days_count() -> None:
    """ "БпЛА — 1 210 за добу" is the day's total; "в середньому ... за добу" stays an average."""
    text = "Генштаб, втрати ворога: БпЛА — 1 210 за добу."
    day = next(c for c in _claims(text) if c.value == 1210)
    assert (day.stat, day.period_kind) == (Stat.total, YESTERDAY)
    text = "Генштаб: у березні ворог в середньому втрачав 1 100 осіб за добу."
    average = next(c for c in _claims(text) if c.value == 1100)
    assert average.stat == Stat.daily_average


NEWS = "Генштаб ЗСУ повідомив, що за минулу добу росія втратила 1 130 військових.\n\n"


# A comment thread under a news item: its header's count, the readers' reactions at a line's
# end and a moderator's note are no figures; a reader's own figure goes on about the item's.
THREADS = [
    (NEWS + "Коментарі (27)\n\nОлег: а позавчора було 1 020 👍 14\n\nІра: дякую ❤️ 5",
     {1130, 1020}),
    (NEWS + "Комментарии:\n\nАнна: вчера было 990 🔥 3\n\nМодератор: удалено 4 комментария",
     {1130, 990}),
    (NEWS + "Обговорення (12)\n\nПетро: ну і добре 👍 40\n\nОксана: ага 😂 2",
     {1130}),
    (NEWS + "Коментарі 8\n\nВасиль: тиждень тому було 1 250 👍 9",
     {1130, 1250}),
    (NEWS + "Отзывы (3)\n\nГость: а позавчера 1 070 👎 1\n\nАдмин: ветка закрыта (2)",
     {1130, 1070}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), THREADS)
def test_a_comment_thread_keeps_readers_figures_not_its_counts(text: str, values: set[int]) -> None:
    assert {c.value for c in _claims(text)} == values


# A reader asking about "ours" ("а наших скільки?"): the reply's figure is the own side's.
OURS_ASKED = [
    NEWS + "Коментарі (4)\n\nПанас: а наших скільки?\n\nМарина: Зеленський казав 46 тисяч загиблих",
    NEWS + "Коментарі (4)\n\nПанас: скільки ж наших?\n\nМарина: президент казав 46 тисяч загиблих",
    NEWS
    + "Комментарии (4)\n\nГость: а наших сколько?\n\nАнна: Зеленский говорил 46 тысяч погибших",
    NEWS + "Коментарі (4)\n\nІван: а наші втрати?\n\nОля: Зеленський казав 46 тисяч загиблих",
    NEWS + "Комментарии (4)\n\nГость: сколько наших погибло?\n\nАнна: Зеленский говорил 46 тысяч",
]


@pytest.mark.parametrize("text", OURS_ASKED)
def test_a_reply_to_a_question_about_ours_is_ours(text: str) -> None:
    reply = [c for c in _claims(text) if c.value == 46000]
    assert reply
    assert all(c.subject == Subject.ukraine for c in reply)


# An outlet correcting its own mistake: the replaced figure is stored nowhere in the article,
# the right one stays where the text gives it.
CORRECTIONS = [
    "За минулу добу ворог втратив 1 030 осіб, повідомив Генштаб.\n\n"
    "Виправлення: у попередній версії новини помилково вказано 1 300 осіб замість 1 030.",
    "Генштаб: за сутки противник потерял 1 030 человек.\n\n"
    "Уточнение: ранее мы ошибочно указали 1 300 погибших, верная цифра — 1 030.",
    "Генштаб: за добу ворог втратив 1 300 осіб.\n\nUPD: помилково зазначили 1 300, правильно — "
    "1 030 осіб.",
    "Генштаб: за добу ворог втратив 1 030 осіб (у першій версії новини помилково було 1 300).",
    "Генштаб ВСУ: за сутки противник потерял 1 300 человек.\n\n"
    "Исправление: в первоначальной версии было указано 1 300 вместо 1 030 — приносим извинения.",
    "Генштаб: за добу ворог втратив 1 300 осіб.\n\n"
    "Через помилку в тексті було 1 300, має бути 1 030.",
]


@pytest.mark.parametrize("text", CORRECTIONS)
def test_a_corrected_figure_is_not_stored(text: str) -> None:
    values = {c.value for c in _claims(text)}
    assert 1300 not in values
    assert values <= {1030}


def test_a_figure_outside_the_correction_stays() -> None:
    """Only the replaced figure goes: the day's tanks in the same article stay."""
    text = (
        "Генштаб: за добу ворог втратив 1 300 осіб і 6 танків.\n\n"
        "Виправлення: помилково вказано 1 300 осіб, правильно — 1 030."
    )
    assert {(c.metric, c.value) for c in _claims(text)} == {(Metric.tanks, 6)}


# The General Staff's participle standing as the noun ("960 ліквідованих за добу"): people.
PARTICIPLES = [
    ("Генштаб: за добу 1 040 ліквідованих, 6 знищених танків.", 1040),
    ("Генштаб ВСУ: за сутки 1 110 ликвидированных и 5 уничтоженных танков.", 1110),
    ("Генштаб: за добу знешкоджено 45 дронів, 990 ліквідованих.", 990),
    ("У ранковому звіті Генштаб вказав 870 ліквідованих за минулу добу.", 870),
    ("Генштаб ВСУ насчитал 1 200 ликвидированных за сутки.", 1200),
]


@pytest.mark.parametrize(("text", "value"), PARTICIPLES)
def test_a_participle_standing_as_the_noun_counts_people(text: str, value: int) -> None:
    assert (Metric.personnel, value, YESTERDAY) in _found(text)


def test_a_participle_before_its_noun_is_that_nouns() -> None:
    """ "12 ліквідованих складів": the depots', no people."""
    claims = _claims("Генштаб: за добу 12 ліквідованих складів ворога.")
    assert (Metric.personnel, 12) not in {(c.metric, c.value) for c in claims}


# A running total standing bare before the war's start date ("загалом 1 312 140 з 24.02.2022").
SINCE_THE_START = [
    "Генштаб: за добу 960 ліквідованих і загалом 1 190 220 з 24.02.2022.",
    "Генштаб ВСУ: за сутки 1 110 ликвидированных, всего 1 190 220 с 24.02.22.",
    "Генштаб: за добу 1 040 ліквідованих, а всього 1 190 220 з 24 лютого 2022 року.",
    "Генштаб: втрати ворога за добу 1 040 осіб, загалом 1 190 220 від 24.02.2022.",
    "Генштаб ВСУ: потери врага за сутки — 1 110 человек, итого 1 190 220 с 24 февраля 2022 года.",
]


@pytest.mark.parametrize("text", SINCE_THE_START)
def test_a_total_before_the_wars_start_date(text: str) -> None:
    assert (Metric.personnel, 1190220, TOTAL) in _found(text)


# A figure in words restated in brackets in digits: only the digits count, once.
RESTATED = [
    ("Генштаб: загальні втрати росії сягнули приблизно одного мільйона сімдесяти шести тисяч "
     "осіб (1 076 070).", 1076070),
    ("Генштаб ВСУ: потери врага — около одного миллиона ста тысяч человек (1 100 230).", 1100230),
    ("Генштаб: з початку вторгнення ворог втратив сорок тисяч осіб (40 120).", 40120),
    ("Генштаб: загалом ворог втратив одинадцять тисяч танків (11 020).", 11020),
    ("Генштаб ВСУ: всего противник потерял двадцать две тысячи девятьсот бронемашин (22 900).",
     22900),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), RESTATED)
def test_words_restated_in_digits_count_once(text: str, value: int) -> None:
    assert [c.value for c in _claims(text)] == [value]


def test_a_million_in_words_goes_on_with_its_thousands() -> None:
    """ "одного мільйона сімдесяти шести тисяч осіб": 1 076 000, never 76 000."""
    text = "Генштаб: загальні втрати росії сягнули одного мільйона сімдесяти шести тисяч осіб."
    assert [c.value for c in _claims(text)] == [1_076_000]
