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


# "з 3 нашими земляками" (an instrumental noun after it: "with") is no "out of 3 launched"; a
# front's direction, or serving under contract, makes residents soldiers.
RESIDENTS_AT_WAR = [
    ("Сьогодні громада прощається з двома земляками, загиблими на Куп'янському напрямку.", 2, Subject.ukraine),
    ("Сьогодні прощаємося з 4 нашими земляками, загиблими на фронті.", 4, Subject.ukraine),
    ("У громаді загинули 38 жителів, які служили у ЗСУ.", 38, Subject.ukraine),
    ("Погибли 27 жителей района, проходивших службу по контракту.", 27, Subject.russia),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "side"), RESIDENTS_AT_WAR)
def test_residents_who_served_are_soldiers(text: str, value: int, side: Subject) -> None:
    publisher = "Администрация района (fixture)" if "жителей" in text else UKRAINIAN_OUTLET
    source = Source(id="t", text=text, publisher=publisher, published=DAY)
    found = {(c.metric, c.value) for c in read_ukrainian_russian(source)}
    assert (Metric.personnel, value) in found
    if side == Subject.ukraine:  # a Ukrainian outlet's own dead
        assert (Metric.personnel, value, side) in _found(text)


def test_residents_of_a_shelled_place_stay_civilians() -> None:
    assert _claims("Внаслідок обстрілу загинули 3 мешканці села.") == []
    assert _claims("При обстреле погибли 5 жителей поселка.", RUSSIAN_OUTLET) == []


# Loss words and nouns the lexicon lacked: "недорахувалися", "склали зброю", assault troopers,
# mercenaries, participants of the war by its names, "N потерях ВСУ".
MORE_NOUNS = [
    ("Окупанти за добу недорахувалися трьох танків та 51 артсистеми.", Metric.artillery, 51, Subject.russia, UKRAINIAN_OUTLET),
    ("Під Часовим Яром 9 військових РФ склали зброю.", Metric.personnel, 9, Subject.russia, UKRAINIAN_OUTLET),
    ("Ворог втратив 44 своїх штурмовиків біля Торецька.", Metric.personnel, 44, Subject.russia, UKRAINIAN_OUTLET),
    ("Щонайменше 120 найманців, завербованих до російської армії, загинули на фронті.", Metric.personnel, 120, Subject.russia, UKRAINIAN_OUTLET),
    ("В 2025 году погибли 215 участников СВО из области.", Metric.personnel, 215, Subject.russia, RUSSIAN_OUTLET),
    ("Минобороны России заявило о 1 240 потерях ВСУ за сутки.", Metric.personnel, 1_240, Subject.ukraine, RUSSIAN_OUTLET),
    ("Генштаб ЗСУ повідомив про 1 180 втрат російської армії за добу.", Metric.personnel, 1_180, Subject.russia, UKRAINIAN_OUTLET),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "value", "side", "publisher"), MORE_NOUNS)
def test_more_loss_words_and_nouns(
    text: str, metric: Metric, value: int, side: Subject, publisher: str
) -> None:
    assert (metric, value, side) in _found(text, publisher)


def test_losses_of_equipment_are_no_people() -> None:
    assert _claims("Армія зазнала 40 втрат техніки за тиждень.") == []


# The side people fought for, right after their noun, is the figure's side.
FOUGHT_FOR = [
    ("Уничтожены до 45 иностранных наемников, воевавших на стороне Киева.", Subject.ukraine),
    ("Ліквідовано 25 найманців, які воювали на боці росії.", Subject.russia),
    ("Уничтожены 30 наемников, воевавших за Украину.", Subject.ukraine),
]  # fmt: skip


@pytest.mark.parametrize(("text", "side"), FOUGHT_FOR)
def test_the_side_fought_for_is_the_figures(text: str, side: Subject) -> None:
    assert {c.subject for c in _claims(text, RUSSIAN_OUTLET)} == {side}


# A collective numeral counts people by itself; a unit where they fell with no side named is
# the speaker's own.
COLLECTIVES = [
    ("Командир каже, у них у роті за тиждень загинули шестеро.", 6, Subject.ukraine),
    ("Побратим розповів, що в батальйоні за місяць поранені п'ятеро.", 5, Subject.ukraine),
    ("У росіян у роті загинули семеро.", 7, Subject.russia),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "side"), COLLECTIVES)
def test_a_collective_numeral_counts_people(text: str, value: int, side: Subject) -> None:
    assert (Metric.personnel, value, side) in _found(text)


# A diary's date line with a weekday dates the entry: its "за добу" counts back from that day.
DIARY_DAYS = [
    "14 квітня, вівторок.\nЗранку відкрила зведення: за добу мінус 830 окупантів.",
    "14 апреля, вторник.\nУтром Минобороны сообщило: за сутки ВСУ потеряли 830 военных.",
    "14.04.2026, вівторок\nЗа минулу добу ворог втратив 830 осіб.",
]  # fmt: skip


@pytest.mark.parametrize("text", DIARY_DAYS)
def test_a_dated_diary_entry_with_a_weekday(text: str) -> None:
    source = Source(id="t", text=text, publisher=UKRAINIAN_OUTLET, published=dt.date(2026, 4, 16))
    days = {(c.value, c.period_start, c.period_end) for c in read_ukrainian_russian(source)}
    assert (830, dt.date(2026, 4, 13), dt.date(2026, 4, 13)) in days


# "від початку вторгнення станом на 1 серпня": the war so far, as of that day (not since it).
AS_OF_THE_WAR = [
    "Від початку повномасштабного вторгнення станом на 1 травня 2026 року загинули 41 військовий громади.",
    "С начала специальной военной операции по состоянию на 1 мая 2026 года погибли 41 военнослужащий района.",
]  # fmt: skip


@pytest.mark.parametrize("text", AS_OF_THE_WAR)
def test_the_war_as_of_a_day(text: str) -> None:
    claims = _claims(text, RUSSIAN_OUTLET if "С начала" in text else UKRAINIAN_OUTLET)
    assert [(c.value, c.period_start, c.period_end) for c in claims] == [
        (41, dt.date(2022, 2, 24), dt.date(2026, 5, 1))
    ]


# "за останні сім днів", "за последние 10 дней": that many days up to the day before.
LAST_N_DAYS = [
    ("За останні сім днів ворог втратив 7 900 осіб.", dt.date(2026, 5, 13), dt.date(2026, 5, 19)),
    ("За последние 10 дней ВСУ потеряли 9 100 военных.", dt.date(2026, 5, 10), dt.date(2026, 5, 19)),
    ("За останні 5 діб росіяни втратили 5 600 військових.", dt.date(2026, 5, 15), dt.date(2026, 5, 19)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start", "end"), LAST_N_DAYS)
def test_the_last_n_days(text: str, start: dt.date, end: dt.date) -> None:
    claims = _claims(text, RUSSIAN_OUTLET if "ВСУ" in text else UKRAINIAN_OUTLET)
    assert [(c.period_start, c.period_end) for c in claims] == [(start, end)]


def test_days_before_an_event_are_no_span() -> None:
    claims = _claims("За 10 днів до виборів загинули 12 військових.")
    assert all(c.period_start is None for c in claims)


# A bot's abbreviated labels read as the General Staff's lines.
def test_abbreviated_labels_of_a_bot() -> None:
    text = "зведення на 19.05.2026\n👤 о/с: 1 401 250 (+1 090)\n🛡 танки: 12 020 (+7)\n💥 арт. системи: 45 300 (+38)\n✈️ БпЛА: 400 100 (+1 420)"
    found = {(c.metric, c.value) for c in _claims(text)}
    assert {(Metric.personnel, 1_090), (Metric.artillery, 38), (Metric.artillery, 45_300)} <= found


# Soldiers from among a place's residents, and residents who are defenders, are soldiers.
SOLDIERS_FROM_RESIDENTS = [
    ("Погибшими числятся 64 военнослужащих из числа жителей округа.", 64, RUSSIAN_OUTLET),
    ("Від початку вторгнення загинули 29 наших земляків-захисників.", 29, UKRAINIAN_OUTLET),
    ("Загинули 17 військовослужбовців з числа мешканців громади.", 17, UKRAINIAN_OUTLET),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "publisher"), SOLDIERS_FROM_RESIDENTS)
def test_soldiers_from_among_residents(text: str, value: int, publisher: str) -> None:
    assert [(c.metric, c.value) for c in _claims(text, publisher)] == [(Metric.personnel, value)]


# A stream chat's bracketed donation label opening a line is no call to donate.
DONATION_LABELS = [
    ("[донат 300₽] хохлы сегодня минус 9 танков по данным МО", Subject.ukraine),
    ("[донат 150 грн] орки за добу мінус 9 танків, пише Генштаб", Subject.russia),
    ("[донат 1000₽] ВСУ за сутки потеряли 9 танков, пишет МО", Subject.ukraine),
]  # fmt: skip


@pytest.mark.parametrize(("text", "side"), DONATION_LABELS)
def test_a_donation_label_is_no_call_to_donate(text: str, side: Subject) -> None:
    assert (Metric.tanks, 9, side) in _found(text, "Стрим-чат (fixture)")


# A label of the enemy's before a colon ("о/с ворога: +1 120 за добу") counts its losses.
ENEMY_LABELS = [
    "о/с ворога: +1 210 за добу, танки: +8",
    "Особовий склад противника: 1 210 за добу, танки: 8.",
    "Личный состав противника: 1 210 за сутки, танки: 8",
]  # fmt: skip


@pytest.mark.parametrize("text", ENEMY_LABELS)
def test_a_label_of_the_enemys_counts_its_losses(text: str) -> None:
    assert {(Metric.personnel, 1_210, Subject.russia), (Metric.tanks, 8, Subject.russia)} <= _found(
        text
    )


def test_the_enemys_shelling_is_no_loss() -> None:
    assert _claims("Обстріли ворога: 120 за добу.") == []


# The answer to a question about losses that names no side counts what the question asked
# about; a question naming whose losses it asks about leaves its bare answer unread.
ANSWERS = [
    ("— Скільки танків знищено за тиждень?\n— Генштаб каже: 41.", Metric.tanks, 41, Subject.russia),
    ("— Сколько беспилотников сбито за ночь?\n— Минобороны России сообщило: 57.", Metric.drones, 57, Subject.ukraine),
    ("Питання: скільки гармат знищено за добу? Відповідь: Генштаб ЗСУ повідомив про 33.", Metric.artillery, 33, Subject.russia),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "value", "side"), ANSWERS)
def test_an_answer_counts_what_was_asked(
    text: str, metric: Metric, value: int, side: Subject
) -> None:
    assert (metric, value, side) in _found(text)


def test_an_answer_to_a_question_naming_a_side_is_not_guessed() -> None:
    text = "Питання: скільки наших дронів збили росіяни вчора? Відповідь: Міноборони РФ заявило про 31."
    assert _claims(text) == []
