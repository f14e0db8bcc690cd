# ruff: noqa: E501 - one sentence a row, however long.
"""Engine-level rules for Ukrainian and Russian articles laid out as a heading over label-value
lines (wave 13, issues 13 and 15), each on texts of our own, none copied from a blind round: a
long heading ending with a colon is not a wrapped sentence going on into its list's first line,
and every line under it takes the heading's claimant and period."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.general_staff import read_ukrainian_russian
from knowledge.models import Claim, Metric, PeriodKind, PersonnelKind, Source, Stat, Subject

DAY = dt.date(2026, 5, 20)
APRIL = (PeriodKind.month, dt.date(2026, 4, 1), dt.date(2026, 4, 30))


def _claims(text: str) -> list[Claim]:
    source = Source(id="t", text=text, publisher="Тестове видання (fixture)", published=DAY)
    return read_ukrainian_russian(source)


def _rows(text: str) -> set[tuple[Metric, int, Subject, str | None, tuple[object, ...]]]:
    return {
        (c.metric, c.value, c.subject, c.claimant, (c.period_kind, c.period_start, c.period_end))
        for c in _claims(text)
    }


# A long heading (50+ characters, the wrapped-line length) ending with a colon, and the April
# losses listed under it: personnel 31 200 and tanks 96, each its own line.
LONG_HEADINGS = [
    "Зведення Генерального штабу ЗСУ за квітень 2026 року, з урахуванням уточнених за місяць даних:\nособовий склад — 31 200 осіб;\nтанки — 96;\nбойові броньовані машини — 210.",
    "Сводка Генерального штаба ВСУ об итогах апреля (с 1 по 30 апреля, по дням боев):\nличный состав — 31 200 человек;\nтанки — 96;\nартиллерийские системы — 1 020.",
    "Інфографіка: що втратила росія у квітні, за даними Генерального штабу Збройних сил:\nОсобовий склад: 31 200\nТанки: 96\nАртилерійські системи: 1 020",
    "На слайді — підсумки квітня за даними Генерального штабу ЗСУ (з 1 по 30 квітня включно):\nособовий склад — 31 200 осіб;\nтанки — 96.",
    "Втрати російських військ у квітні, які щоранку оприлюднював Генштаб ЗСУ у своїх зведеннях:\nособовий склад — 31 200;\nтанки — 96.",
    "Потери российских войск в апреле по ежедневным сводкам украинского Генерального штаба ВСУ:\nличный состав — 31 200;\nтанки — 96.",
    "Карточка месяца: сколько потеряла российская армия в апреле, по подсчётам Генштаба ВСУ:\nличный состав — 31 200 человек;\nтанки — 96 единиц.",
    "Місячний підсумок від Генштабу ЗСУ: втрати окупантів у квітні 2026 року (по днях боїв):\nособовий склад — 31 200 осіб;\nтанки — 96 одиниць.",
]  # fmt: skip


@pytest.mark.parametrize("text", LONG_HEADINGS)
def test_a_long_heading_over_a_list_gives_each_line_its_period(text: str) -> None:
    rows = _rows(text)
    general_staff = "Ukraine's General Staff"
    assert (Metric.personnel, 31_200, Subject.russia, general_staff, APRIL) in rows
    assert (Metric.tanks, 96, Subject.russia, general_staff, APRIL) in rows


# (text, side that lost): the claimant's own side adjective ("украинский Генштаб", "російське
# Міноборони") stands nearer the figure than the losing side, which is named first.
NATIONALITY_OF_THE_CLAIMANT = [
    ("Потери российских войск в апреле, сообщает украинский Генштаб:\nличный состав — 31 200;\nтанки — 96.", Subject.russia),
    ("Потери российских войск в апреле по ежедневным сводкам украинского Генерального штаба ВСУ:\nличный состав — 31 200;\nтанки — 96.", Subject.russia),
    ("Втрати російської армії у квітні, за підрахунками українського Генштабу:\nособовий склад — 31 200;\nтанки — 96.", Subject.russia),
    ("Втрати окупантів у квітні за даними українського Генерального штабу ЗСУ:\nособовий склад — 31 200 осіб;\nтанки — 96.", Subject.russia),
    ("Потери ВСУ в апреле, по версии российского Минобороны:\nличный состав — 31 200;\nтанки — 96.", Subject.ukraine),
    ("Втрати ЗСУ у квітні, як стверджує російське Міноборони:\nособовий склад — 31 200;\nтанки — 96.", Subject.ukraine),
    ("Потери Украины в апреле, если верить российскому Министерству обороны:\nличный состав — 31 200;\nтанки — 96.", Subject.ukraine),
    ("Російська армія у квітні, за даними українського Генштабу, втратила 31 200 військових і 96 танків.", Subject.russia),
]  # fmt: skip


@pytest.mark.parametrize(("text", "side"), NATIONALITY_OF_THE_CLAIMANT)
def test_the_claimants_side_adjective_is_not_the_side_that_lost(text: str, side: Subject) -> None:
    sides = {
        c.subject
        for c in _claims(text)
        if (c.metric, c.value) in {(Metric.personnel, 31_200), (Metric.tanks, 96)}
    }
    assert sides == {side}


REPORT_DAY = DAY - dt.timedelta(days=1)  # a morning report of DAY counts the day before
PREVIOUS_REPORT_DAY = DAY - dt.timedelta(days=2)

# (text, the earlier report's figure): an article on today's daily report names another figure
# for "yesterday" ("напередодні", "вчора"): the report before, whose day is the one before.
PREVIOUS_REPORT = [
    ("За минулу добу росія втратила 1 130 військових, повідомив Генштаб ЗСУ. Напередодні ворог втратив 1 020 осіб.", 1_020),
    ("Генштаб ВСУ: за сутки Россия потеряла 1 130 военных. Вчера потери составляли 1 020 человек.", 1_020),
    ("Генштаб: за минулу добу окупанти втратили 1 130 солдатів.\n\nКоментарі (3)\n\nІрина: вчора було 1 020, а не більше.", 1_020),
    ("Сили оборони за добу ліквідували 1 130 окупантів, повідомляє Генштаб. Як ми писали, напередодні росіяни втратили 1 020 осіб.", 1_020),
    ("Втрати ворога за минулу добу — 1 130 осіб, за даними Генштабу. Вчора Генштаб звітував про 1 020 ліквідованих.", 1_020),
    ("По данным Генштаба ВСУ, за минувшие сутки армия РФ лишилась 1 130 военных. Вчера сообщалось о 1 020 погибших и раненых.", 1_020),
    ("Генштаб ЗСУ: за добу знищено 1 130 окупантів. Для порівняння: вчора — 1 020.", 1_020),
    ("За минувшие сутки ВС РФ потеряли 1 130 человек, сообщил Генштаб ВСУ. Днем ранее, то есть вчера, потери составили 1 020.", 1_020),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), PREVIOUS_REPORT)
def test_yesterdays_other_figure_is_the_previous_report(text: str, value: int) -> None:
    days = {
        (c.value, c.period_start, c.period_end)
        for c in _claims(text)
        if c.metric == Metric.personnel
    }
    assert (1_130, REPORT_DAY, REPORT_DAY) in days
    assert (value, PREVIOUS_REPORT_DAY, PREVIOUS_REPORT_DAY) in days


# "Yesterday" with no other figure of that day stays the day before publication.
YESTERDAY_ALONE = [
    "Вчора ППО збила 40 дронів над областю, повідомив начальник ОВА.",
    "Вчера над регионом сбили 40 беспилотников, сообщил губернатор.",
    "Вчора ввечері над містом знищили 40 шахедів, повідомили Повітряні сили.",
]


@pytest.mark.parametrize("text", YESTERDAY_ALONE)
def test_yesterday_alone_is_the_day_before(text: str) -> None:
    days = {(c.period_start, c.period_end) for c in _claims(text) if c.value == 40}
    assert days == {(REPORT_DAY, REPORT_DAY)}


# (text, value): a loss told by a verb form the stems missed: the imperfective "выбывать",
# its participle, "полягли"/"полегли", "померли"/"умерли" (of wounds).
VERB_FORMS_OF_LOSS = [
    ("Генштаб ВСУ сообщил о 1 500 российских военных, выбывших за сутки, и о 69 артиллерийских системах.", 1_500),
    ("Генштаб ВСУ сообщил о 1 500 выбывших российских военных.", 1_500),
    ("За тиждень вибувають з ладу близько 1 500 російських військових, каже Генштаб.", 1_500),
    ("Під Покровськом за тиждень полягли 1 500 російських військових, за даними Генштабу.", 1_500),
    ("Под Авдеевкой за неделю полегли 1 500 российских военных, сообщил Генштаб ВСУ.", 1_500),
    ("За сутки от ран умерли 1 500 российских военных, утверждает Буданов.", 1_500),
    ("За місяць від поранень у шпиталях померли 1 500 військових ЗСУ, пишуть російські ЗМІ.", 1_500),
    ("По словам Буданова, в госпиталях ежемесячно умирают около 1 500 российских военных.", 1_500),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), VERB_FORMS_OF_LOSS)
def test_a_loss_told_by_another_verb_form_is_stored(text: str, value: int) -> None:
    assert value in {c.value for c in _claims(text) if c.metric == Metric.personnel}


def test_died_of_wounds_is_killed_not_wounded() -> None:
    claims = _claims(
        "За місяць від поранень у шпиталях померли 1 500 військових ЗСУ, пишуть російські ЗМІ."
    )
    assert [(c.value, c.personnel_kind) for c in claims] == [(1_500, PersonnelKind.killed)]


def test_moderate_is_no_death() -> None:
    assert not _claims(
        "Навантаження на ППО було умеренным: 40 вылетов за сутки, сообщил губернатор."
    )


AS_OF = dt.date(2026, 5, 15)

# (text, part): a named-dead list's running total as of a stated day, then parts of that list
# with no date of their own ("больше всего" is "most", no total of its own): as of that day.
PARTS_OF_A_DATED_LIST = [
    ("«Медиазона» и Би-би-си на 15 мая 2026 года установили имена 150 200 погибших военных. Больше всего среди них добровольцев — около 42 тысяч.", 42_000),
    ("На 15 мая 2026 года Медиазона насчитала 150 200 погибших российских военных. За неделю список вырос на 1 100 имен.\n\nПрежде всего погибали мобилизованные — 19 800 человек.", 19_800),
    ("«Медіазона» станом на 15 травня 2026 року встановила імена 150 200 загиблих. За тиждень додалося 1 100 прізвищ.\n\nОфіцерів серед загиблих у списку — 6 500.", 6_500),
    ("По данным Медиазоны на 15 мая 2026 года, известны имена 150 200 погибших.\n\nЗаключенных в списке не менее 27 000, мобилизованных — 19 800.", 27_000),
    ("Би-би-си и «Медиазона»: на 15 мая 2026 года подтверждена гибель 150 200 военных РФ. Чаще всего гибнут добровольцы — их 42 тысячи.", 42_000),
    ("Медиазона на 15 мая 2026 года: 150 200 погибших. За неделю — плюс 1 100.\n\nОфицеров — 6 500, из них 14 генералов.", 6_500),
    ("За даними «Медіазони» станом на 15 травня 2026 року, відомо про 150 200 загиблих.\n\nЗ них мобілізованих — 19 800.", 19_800),
    ("Медиазона по состоянию на 15 мая 2026 года установила 150 200 имен погибших. Всего лишь за неделю добавилось 1 100.\n\nДобровольцев среди погибших — около 42 тысяч.", 42_000),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), PARTS_OF_A_DATED_LIST)
def test_the_parts_of_a_dated_list_are_as_of_its_day(text: str, value: int) -> None:
    assert _period(text, value) == (PeriodKind.cumulative, dt.date(2022, 2, 24), AS_OF)


def _period(text: str, value: int) -> tuple[PeriodKind, dt.date | None, dt.date | None]:
    claim = next(c for c in _claims(text) if c.value == value and c.metric == Metric.personnel)
    return claim.period_kind, claim.period_start, claim.period_end


# (text, average): a month's list, then in its own paragraph the daily average of its people
# with no loss word ("Це середнє в ..."), though the list's last line counted another noun.
AVERAGE_UNDER_A_LIST = [
    ("Підсумки квітня за даними Генштабу:\nособовий склад — 31 200 осіб;\nтанки — 96.\n\nЦе середнє в 1 040 осіб на добу.", 1_040),
    ("Итоги апреля по данным Генштаба ВСУ:\nличный состав — 31 200 человек;\nтанки — 96.\n\nВ среднем это 1 040 человек в сутки.", 1_040),
    ("Втрати ворога за квітень, за даними Генштабу:\nособовий склад — 31 200;\nБпЛА — 4 100.\n\nУ середньому 1 040 осіб на добу.", 1_040),
    ("Потери противника за апрель по данным Генштаба ВСУ:\nличный состав — 31 200;\nартсистемы — 900.\n\nЭто в среднем 1 040 человек ежедневно.", 1_040),
    ("Генштаб: за квітень ворог втратив 31 200 осіб і 96 танків.\n\nЦе в середньому 1 040 осіб на добу.", 1_040),
    ("Генштаб ВСУ: за апрель армия РФ потеряла 31 200 человек и 96 танков.\n\nСреднесуточно — 1 040 человек.", 1_040),
    ("Генштаб ЗСУ, втрати ворога за квітень: особовий склад — 31 200, танки — 96, БпЛА — 4 100.\n\nСереднє — 1 040 осіб на добу.", 1_040),
    ("Підсумок квітня від Генштабу:\nособовий склад — 31 200;\nтанки — 96.\n\nСередньодобово — 1 040 осіб.", 1_040),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), AVERAGE_UNDER_A_LIST)
def test_a_daily_average_under_a_list_is_stored(text: str, value: int) -> None:
    claims = [c for c in _claims(text) if c.value == value]
    assert [(c.metric, c.stat) for c in claims] == [(Metric.personnel, Stat.daily_average)]


def test_hospital_arrivals_under_a_list_are_no_loss() -> None:
    text = "Генштаб: за квітень ворог втратив 31 200 осіб і 96 танків.\n\nДо шпиталів Ростова щодня надходило в середньому 1 040 осіб."
    assert 1_040 not in {c.value for c in _claims(text)}


# The wounded or dead of a shelling or strike on a place, no soldier named: the place's people.
SHELLED_PLACES = [
    "Ввечері — розбір обстрілу Запоріжжя, там 14 поранених.",
    "Внаслідок ракетного удару по Харкову 14 поранених, повідомив мер.",
    "После обстрела Белгорода в больницы доставили 14 раненых, сообщил губернатор.",
    "Атака на Одесу: 14 поранених, серед них двоє в тяжкому стані.",
    "Удар по Сумах: загинули 14 людей, повідомила ОВА.",
    "Авиаудар по Херсону: 14 погибших, сообщили местные власти.",
    "Прильот у центрі міста: 14 поранених, розповів голова громади.",
    "В результате обстрела Донецка ранены 14 человек.",
]


@pytest.mark.parametrize("text", SHELLED_PLACES)
def test_the_wounded_of_a_shelled_place_are_no_military_loss(text: str) -> None:
    assert not _claims(text)


# A digest whose items open with keycap digits: each item is its own line, whatever its width.
def test_a_keycap_digest_keeps_its_items_apart() -> None:
    text = (
        "☕ Дайджест | вівторок\n\n"
        "1️⃣ Генштаб: за добу ворог втратив 1 010 осіб убитими та пораненими. #втрати #Генштаб\n"
        "2️⃣ Знищено шість танків і 1 500 БпЛА. #техніка\n"
        "3️⃣ Усього з 24.02.2022 — 1 300 000 окупантів. #підсумок\n"
        "4️⃣ Увечері — розбір обстрілу Запоріжжя, там 14 поранених. #Запоріжжя"
    )
    found = {(c.metric, c.value, c.period_kind) for c in _claims(text)}
    assert (Metric.personnel, 1_010, PeriodKind.day) in found
    assert (Metric.personnel, 1_300_000, PeriodKind.cumulative) in found
    assert 14 not in {value for _, value, _ in found}


# (text, side that lost): the side named as a blow's target ("обстрілу позицій ЗСУ") lost the
# figure; it did not inflict it. (Left wrong: "на скоплении оккупантов уничтожено 40 военных"
# reads the occupiers as the agent of a passive verb; a passive-verb rule broke "над регионами
# России ... уничтожены 142 беспилотника", so it waits for a place-versus-owner reading.)
TARGET_NOT_AGENT = [
    ("Під час обстрілу позицій ЗСУ загинули 11 військових, заявили в Міноборони РФ.", Subject.ukraine),
    ("Во время обстрела позиций ВСУ погибли 11 военных, заявили в Минобороны РФ.", Subject.ukraine),
    ("При обстреле колонны ВСУ погибли 11 военных, утверждают в Минобороны РФ.", Subject.ukraine),
    ("Внаслідок обстрілу бліндажа окупантів загинули 11 військових, повідомила бригада.", Subject.russia),
    ("Під час нальоту на позиції ЗСУ загинули 11 бійців, стверджують у Міноборони РФ.", Subject.ukraine),
    ("Во время обстрела со стороны ВСУ погибли 11 военных, заявили в Минобороны РФ.", Subject.russia),
    ("Сили оборони знищили 11 окупантів, повідомив Генштаб.", Subject.russia),
]  # fmt: skip


@pytest.mark.parametrize(("text", "side"), TARGET_NOT_AGENT)
def test_a_blows_target_side_lost_the_figure(text: str, side: Subject) -> None:
    assert {c.subject for c in _claims(text) if c.value == 11} == {side}
