"""Rules for Ukrainian and Russian article structures met in the fifth blind round (issues 13
and 15), each on texts of our own in the forms outlets and channels use: the General Staff's
"total (+day)" items reprinted inside prose, wrapped over lines or led by a dash; a running
total after "всього", "загалом", "всего" next to a day's figure; the week a Russian MoD summary
or a "last week" means; a war's length named in the lead."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.general_staff import read_ukrainian_russian
from knowledge.models import WAR_START, Claim, Metric, PeriodKind, Source, Subject

DAY = dt.date(2026, 3, 18)  # a Wednesday
NEUTRAL = "Вісник (fixture)"


def _claims(text: str, published: dt.date = DAY) -> list[Claim]:
    return read_ukrainian_russian(Source(id="t", text=text, publisher=NEUTRAL, published=published))


def _found(text: str, published: dt.date = DAY) -> set[tuple[Metric, int, PeriodKind]]:
    return {(c.metric, c.value, c.period_kind) for c in _claims(text, published)}


# The General Staff's "total (+the day's addition)" items, reprinted by channels and digests in
# running prose: a label wrapped onto the next line, a label led by a dash or a sentence, a
# label ending with a colon, "близько" before the figure on the next line.
BRACKET_ITEMS = [
    ("Генштаб: втрати ворога з 24.02.22 — особового складу близько 1 100 230 (+1 050) осіб, "
     "танків — 11 020 (+4), бойових броньованих машин — 22 900 (+9), артилерійських\n"
     "систем — 31 870 (+41).",
     {(Metric.personnel, 1100230), (Metric.personnel, 1050), (Metric.artillery, 31870),
      (Metric.artillery, 41), (Metric.tanks, 11020)}),
    ("Сводка на утро. Потери врага с 24.02.22 по 18.03.26 — личного состава\n"
     "около 1 100 230 (+1 050) человек, танков — 11 020 (+4), автомобильной\n"
     "техники и автоцистерн — 70 410 (+98).",
     {(Metric.personnel, 1100230), (Metric.vehicles, 70410), (Metric.vehicles, 98)}),
    ("Ранкове зведення. Особовий склад — близько\n1 100 230 (+1 050) осіб. Танки — 11 020 (+4), "
     "ББМ — 22 900 (+9), артсистеми — 31 870 (+41).",
     {(Metric.personnel, 1100230), (Metric.personnel, 1050), (Metric.armored_vehicles, 9)}),
    ("Головне за добу. Окремим рядком — наземні робототехнічні комплекси: 1 210 (+5). "
     "Танки — 11 020 (+4), артсистеми — 31 870 (+41), ББМ — 22 900 (+9).",
     {(Metric.other, 1210), (Metric.other, 5), (Metric.tanks, 4)}),
    ("Генштаб ВСУ: танков — 11 020 (+4), бронемашин — 22 900 (+9), артиллерийских систем —\n"
     "31 870 (+41), БПЛА оперативно-тактического уровня — 98 000 (+700).",
     {(Metric.artillery, 31870), (Metric.artillery, 41), (Metric.drones, 700)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), BRACKET_ITEMS)
def test_bracketed_additions_in_a_reprinted_list(
    text: str, wanted: set[tuple[Metric, int]]
) -> None:
    claims = _claims(text)
    got = {(c.metric, c.value) for c in claims}
    assert wanted <= got
    for c in claims:
        assert c.subject == Subject.russia
        if (c.metric, c.value) in wanted and c.value > 5000:
            assert (c.period_kind, c.period_start, c.period_end) == (
                PeriodKind.cumulative, WAR_START, DAY)  # fmt: skip


# One item with its addition inside a digest's prose: the total since the invasion and the
# day's addition, never a person count for the drones' addition.
PROSE_ITEMS = [
    ("— Генштаб: за добу окупанти втратили 930 осіб. БпЛА — 101 300 (+812).",
     Metric.drones, 101300, 812),
    ("Генштаб ЗСУ оновив дані: крилаті ракети — 3 900 (+12).", Metric.cruise_missiles, 3900, 12),
    ("За даними Генштабу, за добу знищено 4 танки. Артсистеми — 31 870 (+41).",
     Metric.artillery, 31870, 41),
    ("Генштаб ВСУ: за сутки противник потерял 930 человек. БПЛА — 101 300 (+812).",
     Metric.drones, 101300, 812),
    ("По данным Генштаба ВСУ, танков — 11 020 (+4); остальное — в карточках.",
     Metric.tanks, 11020, 4),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "total", "added"), PROSE_ITEMS)
def test_one_bracketed_item_in_prose(text: str, metric: Metric, total: int, added: int) -> None:
    got = _found(text)
    assert (metric, total, PeriodKind.cumulative) in got
    assert (metric, added, PeriodKind.day) in got
    assert (Metric.personnel, added, PeriodKind.day) not in got


# A running total named right after a day's figure ("за добу — 990, загалом — близько
# 1 275 980"; "всего — около ...", "а с начала вторжения ...") or by "загальна кількість ...
# сягнула": the total since the invasion to the article's day, not the day's figure.
RUNNING_TOTALS = [
    ("Генштаб: за минулу добу ворог втратив 1 010 осіб, загалом — близько 1 280 400.", 1280400),
    ("Генштаб ВСУ: за минувшие сутки потери противника составили 1 010 человек, всего — около\n"
     "1 280 400.", 1280400),
    ("За добу окупанти втратили 1 010 військових, а всього — 1 280 400, повідомив Генштаб.",
     1280400),
    ("Генштаб ЗСУ: протягом доби знищено 6 танків. Загальна кількість знищених танків сягнула "
     "11 300.", 11300),
    ("По данным Генштаба ВСУ, за сутки уничтожено 6 танков. Общее количество уничтоженных "
     "танков достигло 11 300.", 11300),
    ("За минувшие сутки ВСУ уничтожили 1 010 оккупантов, итого — 1 280 400, сообщил Генштаб.",
     1280400),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), RUNNING_TOTALS)
def test_a_running_total_next_to_a_days_figure(text: str, value: int) -> None:
    [claim] = [c for c in _claims(text) if c.value == value]
    assert (claim.period_kind, claim.period_start, claim.period_end) == (
        PeriodKind.cumulative, WAR_START, DAY)  # fmt: skip
    day = [c for c in _claims(text) if c.value != value]
    assert all(c.period_kind == PeriodKind.day for c in day)


# A sum of the day's own figures after "всього" stays that day's ("6 танків і 9 ББМ, всього 15
# одиниць техніки" is no running total).
def test_a_sum_of_the_days_figures_stays_the_days() -> None:
    text = "За добу Сили оборони знищили 6 танків і 9 ББМ — всього 15 одиниць бронетехніки."
    assert all(c.period_kind == PeriodKind.day for c in _claims(text))


# A noun and a dash right before a bare figure name its metric, though the sentence's previous
# figure counted something else ("танків сягнула 11 235, артилерійських систем — 33 464").
NOUN_DASH = [
    ("Генштаб: загальна кількість знищених танків сягнула 11 300, артилерійських систем — 33 900.",
     33900, Metric.artillery),
    ("По данным Генштаба ВСУ, уничтожено 11 300 танков, бронемашин — 23 100.", 23100,
     Metric.armored_vehicles),
    ("За добу Сили оборони знищили 1 010 окупантів; дронів — 1 870, повідомив Генштаб.", 1870,
     Metric.drones),
    ("ВСУ, по версии Минобороны РФ, потеряли 1 300 военнослужащих, танков — 4.", 4,
     Metric.tanks),
    ("Генштаб ЗСУ: ворог втратив 6 танків, а гармат — 41.", 41, Metric.artillery),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), NOUN_DASH)
def test_a_noun_and_a_dash_before_a_figure_name_its_metric(
    text: str, value: int, metric: Metric
) -> None:
    assert {c.metric for c in _claims(text) if c.value == value} == {metric}


# Bare figures listed right after a running total go on with it.
LISTED_AFTER_A_TOTAL = [
    "Генштаб: загальна кількість знищених танків сягнула 11 300, артилерійських систем — 33 900.",
    "Генштаб ЗСУ: загальні втрати ворога — 1 280 400 осіб, артсистем — 33 900.",
    "По данным Генштаба ВСУ, общие потери противника составили 1 280 400 человек, "
    "артиллерийских систем — 33 900.",
    "Загалом з 24.02.22 окупанти втратили 11 300 танків, артсистем — 33 900, повідомив Генштаб.",
    "Генштаб ВСУ: общее количество уничтоженных танков достигло 11 300; орудий — 33 900.",
]


@pytest.mark.parametrize("text", LISTED_AFTER_A_TOTAL)
def test_a_figure_listed_after_a_running_total_is_one(text: str) -> None:
    [claim] = [c for c in _claims(text) if c.value == 33900]
    assert (claim.metric, claim.period_kind) == (Metric.artillery, PeriodKind.cumulative)
    assert claim.period_end == DAY


def test_a_days_figure_after_a_running_total_stays_the_days() -> None:
    text = "Генштаб: загальні втрати ворога — 1 280 400 осіб, а за минулу добу — 1 010."
    [claim] = [c for c in _claims(text) if c.value == 1010]
    assert claim.period_kind == PeriodKind.day


# "Минулий тиждень", "прошлая неделя": Monday to Sunday of the week before publication (as the
# English "last week"); DAY is a Wednesday, so that week is 9-15 March.
LAST_WEEK = [
    "За минулий тиждень бригада знищила 310 окупантів, повідомив її речник.",
    "Минулого тижня ворог втратив на цій ділянці 12 танків, за даними Генштабу.",
    "На прошлой неделе ВСУ потеряли 2 100 военнослужащих, заявили в Минобороны РФ.",
    "За прошлую неделю противник потерял 45 единиц бронетехники, утверждает Минобороны РФ.",
    "Протягом минулого тижня Сили оборони знищили 64 артсистеми, повідомив Генштаб.",
]


@pytest.mark.parametrize("text", LAST_WEEK)
def test_last_week_is_the_calendar_week_before(text: str) -> None:
    [claim] = _claims(text)
    assert (claim.period_kind, claim.period_start, claim.period_end) == (
        PeriodKind.week, dt.date(2026, 3, 9), dt.date(2026, 3, 15))  # fmt: skip


# "За тиждень" / "за неделю" with no dates after a week the article named: that week.
THAT_WEEK = [
    "Генштаб: з 7 по 13 березня ворог втратив 7 100 осіб. Росіяни ж стверджують, що за тиждень "
    "ЗСУ втратили 2 400 військових.",
    "С 7 по 13 марта, по данным Минобороны РФ, ВСУ потеряли 2 400 военнослужащих. За неделю в "
    "плен сдались 31 украинский военный.",
    "За минулий тиждень бригада знищила 310 окупантів. Росіяни пишуть, що ваша бригада за "
    "тиждень втратила 150 військових.",
    "Итоги недели с 7 по 13 марта: ВСУ потеряли 2 400 военнослужащих. Кроме того, за ту же "
    "неделю сбиты 900 беспилотников.",
    "З 7 по 13 березня окупанти втратили 7 100 осіб. За той самий тиждень знищено 40 танків, "
    "повідомив Генштаб.",
]


@pytest.mark.parametrize("text", THAT_WEEK)
def test_a_week_without_dates_is_the_one_named_before(text: str) -> None:
    claims = _claims(text)
    assert len(claims) == 2
    for claim in claims:
        assert claim.period_kind == PeriodKind.week
        assert (claim.period_start, claim.period_end) in {
            (dt.date(2026, 3, 7), dt.date(2026, 3, 13)),
            (dt.date(2026, 3, 9), dt.date(2026, 3, 15)),
        }
    assert len({(c.period_start, c.period_end) for c in claims}) == 1


# Russia's MoD sums up its week on Friday or Saturday (Saturday to Friday): in an article
# naming that weekly summary, its "за неделю" with no dates is the week ending on the last
# Friday up to publication.
MOD_WEEK = [
    ("По информации Минобороны России, опубликованной в еженедельной сводке, за неделю ВСУ "
     "потеряли свыше 2 400 военнослужащих.", dt.date(2026, 3, 13)),
    ("Минобороны РФ в субботней сводке заявило, что за неделю ВСУ потеряли 2 400 военных.",
     dt.date(2026, 3, 13)),
    ("Міноборони РФ у щотижневому звіті стверджує, що за тиждень ЗСУ втратили 2 400 "
     "військовослужбовців.", dt.date(2026, 3, 13)),
    ("Российское Минобороны подвело итоги недели. По его данным, в течение недели противник "
     "потерял 2 400 человек.", dt.date(2026, 3, 13)),
    ("Міноборони рф оприлюднило тижневе зведення: за тиждень ЗСУ нібито втратили 2 400 "
     "військових.", dt.date(2026, 3, 13)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "friday"), MOD_WEEK)
def test_the_russian_mods_week_ends_on_a_friday(text: str, friday: dt.date) -> None:
    [claim] = [c for c in _claims(text) if c.value == 2400]
    assert (claim.period_kind, claim.period_start, claim.period_end) == (
        PeriodKind.week, friday - dt.timedelta(days=6), friday)  # fmt: skip


def test_the_russian_mods_week_without_its_summary_named_is_the_seven_days_before() -> None:
    text = "Міноборони рф заявило, що за тиждень знищило 40 українських танків."
    [claim] = _claims(text)
    assert (claim.period_start, claim.period_end) == (dt.date(2026, 3, 11), dt.date(2026, 3, 17))


def test_the_russian_mods_week_published_on_a_friday_ends_that_day() -> None:
    friday = dt.date(2026, 3, 20)
    text = "Минобороны России подвело итоги недели: за неделю ВСУ потеряли 2 400 военнослужащих."
    [claim] = [c for c in _claims(text, friday) if c.value == 2400]
    assert (claim.period_start, claim.period_end) == (dt.date(2026, 3, 14), friday)


# "З них", "из них" with no period of its own: the period of the figure it breaks down, not
# the article's first one.
PARTS_OF_THE_WEEK = [
    "Генштаб: за добу ворог втратив 900 осіб. Росіяни стверджують, що за минулий тиждень ЗСУ "
    "втратили 2 400 військових. З них на Покровському напрямку — до 700.",
    "Генштаб ВСУ: за сутки 900 человек. Минобороны РФ: на прошлой неделе ВСУ потеряли 2 400 "
    "военнослужащих. Из них в зоне группировки «Центр» — до 700.",
    "За добу знищено 900 окупантів. На прошлой неделе ВСУ, по данным Минобороны РФ, потеряли "
    "2 400 военнослужащих. Среди них до 700 — в зоне «Запада».",
    "За сутки ВСУ уничтожили 900 оккупантов. За минулий тиждень ЗСУ втратили 2 400 військових, "
    "пишуть росіяни. З них до 700 — під Покровськом.",
    "Генштаб: 900 осіб за добу. Минулого тижня, за даними Міноборони РФ, ЗСУ втратили 2 400 "
    "військових. З них 700 — на Покровському напрямку.",
]


@pytest.mark.parametrize("text", PARTS_OF_THE_WEEK)
def test_a_breakdown_takes_the_period_of_what_it_breaks_down(text: str) -> None:
    [claim] = [c for c in _claims(text) if c.value == 700]
    assert (claim.period_kind, claim.period_start) == (PeriodKind.week, dt.date(2026, 3, 9))


# A span of days with its dates in a heading ("Итоги трех суток (15–17 марта)", "15-17
# березня"), and "за трое суток" / "за три доби" after it: that span; with no dates named,
# the days before publication.
DAY_SPANS = [
    "Итоги трех суток (15–17 марта).\nЗа трое суток ВСУ потеряли до 400 военных.",
    "Підсумки 15-17 березня.\nЗа три доби окупанти втратили 400 осіб, повідомили в бригаді.",
    "С 15 по 17 марта противник, по данным Минобороны РФ, потерял 400 военнослужащих. За эти же "
    "трое суток сбиты 60 беспилотников.",
    "15–17 березня: ворог втратив 400 окупантів. За ці три дні знищено 60 дронів.",
    "Купянское направление, 15–17 марта. За трое суток наши потери — 400 «трехсотых».",
]


@pytest.mark.parametrize("text", DAY_SPANS)
def test_a_span_of_days_named_before(text: str) -> None:
    claims = _claims(text)
    assert claims
    for claim in claims:
        assert (claim.period_kind, claim.period_start, claim.period_end) == (
            PeriodKind.range, dt.date(2026, 3, 15), dt.date(2026, 3, 17))  # fmt: skip


def test_days_with_no_dates_named_are_the_days_before_publication() -> None:
    [claim] = _claims("За трое суток ВСУ, по данным Минобороны РФ, потеряли 400 военных.")
    assert (claim.period_kind, claim.period_start, claim.period_end) == (
        PeriodKind.range, dt.date(2026, 3, 15), dt.date(2026, 3, 17))  # fmt: skip


# The war's length named in a lead ("Четыре года спустя ...", "Три роки війни: ...") makes the
# totals after it running totals to the article's day.
WAR_LENGTH = [
    "Четыре года спустя у каждой стороны — своя цифра. Генштаб ВСУ оценил потери российской "
    "армии в 1 261 000 человек.",
    "Три роки повномасштабної війни. Генштаб називає 1 261 000 ліквідованих окупантів.",
    "Четыре года войны: по оценке Генштаба ВСУ, Россия потеряла 1 261 000 военных.",
    "Чотири роки по тому кожна сторона має свою цифру. Генштаб оцінює втрати росіян у "
    "1 261 000 осіб.",
    "Спустя три года после начала вторжения Генштаб ВСУ оценивает потери РФ в 1 261 000 человек.",
]


@pytest.mark.parametrize("text", WAR_LENGTH)
def test_the_wars_length_in_a_lead_makes_running_totals(text: str) -> None:
    [claim] = _claims(text)
    assert (claim.period_kind, claim.period_start, claim.period_end) == (
        PeriodKind.cumulative, WAR_START, DAY)  # fmt: skip


# A heading line naming losses with no figure ("Втрати Росії", "Потери ВСУ") heads the bullet
# list right under it: its items are losses though they have no loss word of their own.
HEADED_LISTS = [
    "Втрати Росії\n* За Генштабом ЗСУ — близько 1 261 000 осіб станом на 17 березня 2026 року.",
    "Потери России\n— По данным Генштаба ВСУ, около 1 261 000 человек на 17 марта 2026 года.",
    "Втрати окупантів\n• Генштаб ЗСУ: близько 1 261 000 осіб станом на 17.03.2026.",
    "Потери российской армии\n* Генштаб ВСУ — около 1 261 000 человек (на 17 марта 2026).",
    "Втрати ворога за даними Генштабу\n- близько 1 261 000 осіб станом на 17 березня 2026.",
]


@pytest.mark.parametrize("text", HEADED_LISTS)
def test_a_heading_naming_losses_heads_its_list(text: str) -> None:
    [claim] = [c for c in _claims(text) if c.value == 1261000]
    assert (claim.metric, claim.subject) == (Metric.personnel, Subject.russia)
    assert (claim.period_kind, claim.period_end) == (PeriodKind.cumulative, dt.date(2026, 3, 17))


# "Там само", "там же" (ibid.) in a list of sourced figures: the period of the item before.
IBID = [
    "* Генштаб ЗСУ — близько 1 261 000 осіб станом на 17 березня 2026 року.\n"
    "* Там само: наземні робототехнічні комплекси — 2 124.",
    "* Генштаб ВСУ — около 1 261 000 человек на 17 марта 2026 года.\n* Там же: танков — 2 124.",
    "— Генштаб ЗСУ: близько 1 261 000 осіб станом на 17.03.2026.\n— Там само: танків — 2 124.",
    "Генштаб ВСУ: потери противника — около 1 261 000 человек по состоянию на 17 марта 2026 "
    "года. Там же — 2 124 танка.",
    "Довідка (редакція від 18 березня 2026 року).\nВтрати ворога за Генштабом ЗСУ — близько "
    "1 261 000 осіб станом на 17 березня 2026 року. Там само: танків — 2 124.",
]


@pytest.mark.parametrize("text", IBID)
def test_ibid_takes_the_period_of_the_item_before(text: str) -> None:
    [claim] = [c for c in _claims(text) if c.value == 2124]
    assert (claim.period_kind, claim.period_end) == (PeriodKind.cumulative, dt.date(2026, 3, 17))


# A paragraph wrapped at a fixed width right before a dash ("Танків\n— два"): one sentence.
WRAPPED_BEFORE_A_DASH = [
    "ГІСТЬ: За минулий тиждень на нашій ділянці ми знищили 340 окупантів, ще 520 поранили. Танків\n"
    "— два, бронемашин — сім.",
    "ГОСТЬ: За прошлую неделю на нашем участке уничтожено 340 оккупантов, еще 520 ранены. Танков\n"
    "— два, бронемашин — семь.",
    "Речник: за минулий тиждень бригада знищила 340 окупантів і 520 поранила, а техніки: танків\n"
    "— два, бронемашин — сім.",
    "Командир: за прошлую неделю противник потерял убитыми 340 человек, ранеными 520. Танков\n"
    "— два, бронемашин — семь.",
    "За минулий тиждень наші бійці знищили 340 окупантів, поранили ще 520 і спалили танків\n"
    "— два, бронемашин — сім.",
]


@pytest.mark.parametrize("text", WRAPPED_BEFORE_A_DASH)
def test_a_line_wrapped_before_a_dash_goes_on(text: str) -> None:
    got = {(c.metric, c.value) for c in _claims(text)}
    assert {(Metric.tanks, 2), (Metric.armored_vehicles, 7)} <= got


# A sentence with no period right after one with figures, in the same paragraph, goes on with
# that sentence's period (its first figure's), not the article's first one.
GOES_ON = [
    "Генштаб: за добу ворог втратив 900 осіб.\n\nЗа минулий тиждень бригада знищила 340 "
    "окупантів. Також знищено 4 танки.",
    "Генштаб ВСУ: за сутки 900 человек.\n\nНа прошлой неделе бригада уничтожила 340 "
    "оккупантов. Кроме того, уничтожены 4 танка.",
    "За добу окупанти втратили 900 осіб.\n\nМинулого тижня на нашій ділянці ми знищили 340 "
    "окупантів, ще 100 поранили. Танків — чотири.",
    "Генштаб: за добу — 900 осіб.\n\nЗа минулий тиждень, за словами речника, знищено 340 "
    "окупантів. Ще 4 танки спалили дрони.",
    "Генштаб ВСУ: за сутки противник потерял 900 человек.\n\nЗа прошлую неделю бригада "
    "уничтожила 340 оккупантов. Танков — четыре.",
]


@pytest.mark.parametrize("text", GOES_ON)
def test_a_sentence_goes_on_with_the_period_of_the_one_before(text: str) -> None:
    [claim] = [c for c in _claims(text) if c.metric == Metric.tanks]
    assert (claim.period_kind, claim.period_start) == (PeriodKind.week, dt.date(2026, 3, 9))


# A caption's own number ("Графік 1.", "Карта 3.", "Таблиця 2") is a label, never a figure.
CAPTIONS = [
    "Генштаб ЗСУ: за добу ворог втратив 1 010 осіб.\nГрафік 1. Втрати особового складу РФ.",
    "Генштаб ВСУ: за сутки Россия потеряла 1 010 военных, всего — около 1 280 400.\nКарта 2.",
    "Втрати окупантів за добу — 1 010 осіб. Таблиця 3. Втрати за місяцями.",
    "Потери ВСУ за сутки, по данным Минобороны РФ, — до 1 010 военнослужащих. Рисунок 4.",
    "За добу ліквідовано 1 010 окупантів. Інфографіка 5: втрати техніки.",
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_a_captions_number_is_no_figure(text: str) -> None:
    assert {c.value for c in _claims(text)} <= {1010, 1280400}


# "Зарахував", "засчитал": the General Staff counting losses in ("зарахував 103 танки").
COUNTED_IN = [
    "У червні Генштаб зарахував 103 російські танки.",
    "Генштаб ЗСУ зарахував до втрат ворога ще 103 танки за місяць.",
    "В июне Генштаб ВСУ засчитал 103 российских танка.",
    "За червень до втрат окупантів зараховано 103 танки, повідомив Генштаб.",
    "За июнь Генштаб ВСУ зачислил в потери противника 103 танка.",
]


@pytest.mark.parametrize("text", COUNTED_IN)
def test_losses_counted_in(text: str) -> None:
    [claim] = _claims(text)
    assert (claim.metric, claim.value, claim.subject) == (Metric.tanks, 103, Subject.russia)


# Guns described by their kind ("41 полевое артиллерийское орудие", "12 польових гармат").
FIELD_GUNS = [
    "Также уничтожены 6 танков и 41 полевое артиллерийское орудие, заявили в Минобороны РФ.",
    "Минобороны РФ: уничтожено 41 орудие полевой артиллерии.",
    "За тиждень ЗСУ знищили 41 польову гармату окупантів.",
    "ВСУ, по данным Минобороны РФ, потеряли 41 полевое орудие.",
    "Знищено 41 буксировану гармату ворога, повідомив Генштаб.",
]


@pytest.mark.parametrize("text", FIELD_GUNS)
def test_field_guns_are_artillery(text: str) -> None:
    assert Metric.artillery in {c.metric for c in _claims(text) if c.value == 41}


# Residents of a region counted as killed in Ukraine ("жителей Бурятии, погибших в Украине")
# are soldiers, as residents killed "в зоне СВО" are.
RESIDENTS_KILLED_IN_UKRAINE = [
    "На 17 ноября в нашем списке 4 120 жителей Бурятии, погибших в Украине.",
    "В списке уже 4 120 уроженцев Бурятии, погибших на войне в Украине.",
    "Известны имена 4 120 жителей региона, погибших в Украине, сообщает издание.",
    "По подсчётам журналистов, в Украине погибли 4 120 жителей Бурятии.",
    "Установлены имена 4 120 выходцев из Бурятии, погибших в Украине.",
]


@pytest.mark.parametrize("text", RESIDENTS_KILLED_IN_UKRAINE)
def test_residents_killed_in_ukraine_are_soldiers(text: str) -> None:
    [claim] = _claims(text)
    assert (claim.metric, claim.value, claim.subject) == (Metric.personnel, 4120, Subject.russia)


def test_residents_killed_by_a_strike_stay_civilians() -> None:
    assert _claims("Внаслідок удару загинули 5 мешканців Харкова.") == []


# "Не менее 930 из них ...", "1 200 з них ...": a part of the people counted before.
PART_OF_THEM = [
    "В списке 4 120 погибших военных. Не менее 930 из них были мобилизованы.",
    "Відомо про 4 120 загиблих окупантів; щонайменше 930 з них — мобілізовані.",
    "Установлены имена 4 120 погибших военных, 930 из которых — мобилизованные.",
    "Мы насчитали 4 120 погибших российских военных, и как минимум 930 из них служили по "
    "мобилизации.",
    "Серед 4 120 загиблих росіян 930 з них були мобілізованими.",
]


@pytest.mark.parametrize("text", PART_OF_THEM)
def test_a_part_of_them(text: str) -> None:
    assert {(c.metric, c.subject) for c in _claims(text) if c.value == 930} == {
        (Metric.personnel, Subject.russia)
    }


# Thousands lost with no noun after a verb of losing ("противник потерял больше 100 тысяч"):
# people, as after the noun "losses".
THOUSANDS_LOST = [
    "Эксперт: с начала года противник потерял больше 100 тысяч, по данным министерства.",
    "За рік ворог втратив понад 100 тисяч, каже речник.",
    "По словам эксперта, ВСУ потеряли с начала года около 100 тысяч.",
    "Окупанти з початку року втратили вже 100 тисяч — і це лише за даними Генштабу.",
    "Российская армия, по оценке британской разведки, теряет в год до 100 тысяч.",
]


@pytest.mark.parametrize("text", THOUSANDS_LOST)
def test_thousands_lost_are_people(text: str) -> None:
    assert {c.metric for c in _claims(text) if c.value == 100_000} == {Metric.personnel}


def test_a_few_lost_with_no_noun_stay_unread() -> None:
    assert _claims("Ворог втратив ще 12, кажуть у бригаді.") == []


# A question asks and claims nothing ("Говорят, украинцы потеряли ещё и 7 танков?"); the answer
# right after it is the claim, with the question's loss ("За сутки — да, семь танков").
ASKED = [
    ("ВЕДУЩИЙ: Говорят, украинцы потеряли ещё и 7 танков?\n\nЭКСПЕРТ: За сутки — да, семь "
     "танков, по сводке Минобороны."),
    ("ВЕДУЧА: Кажуть, окупанти втратили ще 7 танків?\n\nГІСТЬ: За добу — так, сім танків, за "
     "даними Генштабу."),
    ("— Правда ли, что за сутки ВСУ лишились 7 танков?\n— Да, семь танков за сутки, по данным "
     "Минобороны."),
    ("— Чи правда, що ворог за добу втратив 7 танків?\n— Так, сім танків за добу, повідомив "
     "Генштаб."),
    ("ВЕДУЩИЙ: Неужели противник потерял 7 танков?\nЭКСПЕРТ: За сутки — семь танков, так в "
     "сводке Минобороны."),
]  # fmt: skip


@pytest.mark.parametrize("text", ASKED)
def test_a_question_claims_nothing_and_its_answer_does(text: str) -> None:
    claims = _claims(text)
    assert [(c.metric, c.value) for c in claims] == [(Metric.tanks, 7)]
    [claim] = claims
    assert "?" not in claim.quote
    assert claim.period_kind == PeriodKind.day
