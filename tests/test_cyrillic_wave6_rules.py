"""Rules for Ukrainian and Russian article structures met in the fourth blind round (issues 13
and 15), each on sentences of our own in the forms outlets use: a period that spans a whole month
is that month; "за цей час" / "за этот период" is the period an earlier sentence named; a daily
average covers the span it averages, not its "за добу"; a colon header naming equipment heads
its dash list; equipment with its country's adjective; electronic-warfare stations; a fact
check's "what is being spread" paragraph stores nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.cyrillic_prose import read_prose
from knowledge.models import Claim, Metric, PeriodKind, PersonnelKind, Source, Stat, Subject

DAY = dt.date(2026, 2, 14)
NEUTRAL = "Вісник (fixture)"


def _claims(text: str) -> list[Claim]:
    return read_prose(Source(id="t", text=text, publisher=NEUTRAL, published=DAY))


def _one(text: str, value: int) -> Claim:
    """The one claim of `value` read from `text`."""
    [claim] = [c for c in _claims(text) if c.value == value]
    return claim


# "з 1 по 31 січня", "с 1 по 28 февраля": a range that spans a whole calendar month is that
# month, so a question about the month finds it.
WHOLE_MONTH = [
    ("За весь січень (з 1 по 31 січня) Генштаб нарахував 96 знищених танків.", 96,
     dt.date(2026, 1, 1)),
    ("С 1 по 31 января ВСУ, по данным Минобороны РФ, потеряли 41 танк.", 41, dt.date(2026, 1, 1)),
    ("Генштаб ЗСУ: з 1 по 31 грудня 2025 року окупанти втратили 118 танків.", 118,
     dt.date(2025, 12, 1)),
    ("За период с 1 по 31 декабря 2025 года уничтожено 77 танков противника.", 77,
     dt.date(2025, 12, 1)),
    ("Від 1 до 31 січня ворог втратив 2 300 артсистем, підрахував Генштаб.", 2300,
     dt.date(2026, 1, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "first"), WHOLE_MONTH)
def test_a_range_spanning_a_whole_month_is_that_month(
    text: str, value: int, first: dt.date
) -> None:
    claim = _one(text, value)
    assert claim.period_kind == PeriodKind.month
    assert claim.period_start == first


def test_a_range_inside_a_month_stays_a_range() -> None:
    claim = _one("З 1 по 14 січня окупанти втратили 54 танки, повідомив Генштаб.", 54)
    assert (claim.period_kind, claim.period_end) == (PeriodKind.range, dt.date(2026, 1, 14))


# A weekday before each date of a range ("з понеділка 2 лютого по неділю 8 лютого") is read
# past: the dates say the days.
WEEKDAY_RANGES = [
    "Генштаб звітував з понеділка 2 лютого по неділю 8 лютого: окупанти втратили 7 950 осіб.",
    "С понедельника 2 февраля по воскресенье 8 февраля ВСУ потеряли 7 950 военных, "
    "утверждает Минобороны РФ.",
    "Від понеділка 2 лютого до неділі 8 лютого ворог втратив 7 950 військових, за даними Генштабу.",
    "Минобороны РФ: со понедельника 2 февраля до воскресенья 8 февраля противник потерял "
    "7 950 военнослужащих.",
    "За тиждень (з понеділка 2 лютого по неділю 8 лютого включно) Генштаб нарахував 7 950 "
    "ліквідованих окупантів.",
]


@pytest.mark.parametrize("text", WEEKDAY_RANGES)
def test_a_weekday_before_each_date_is_read_past(text: str) -> None:
    claim = _one(text, 7950)
    assert (claim.period_start, claim.period_end) == (dt.date(2026, 2, 2), dt.date(2026, 2, 8))


# "За цей час" / "за этот период" points back at the period an earlier sentence named.
THIS_PERIOD = [
    ("Ми склали звіти Генштабу з 2 по 8 лютого. За цей час росія втратила 7 950 військових, "
     "тобто близько 1 136 за добу.", 7950),
    ("Минобороны РФ подвело итоги недели со 2 по 8 февраля. За этот период ВСУ потеряли "
     "свыше 8 400 военнослужащих.", 8400),
    ("Наступ тривав з 2 по 8 лютого. За цей період ворог втратив 65 танків, за даними "
     "Генштабу.", 65),
    ("Операция шла со 2 по 8 февраля. За это время противник лишился 310 бронемашин, "
     "сообщили в Минобороны.", 310),
    ("Ми рахували з 2 по 8 лютого. Загалом за вказаний період окупанти втратили 7 950 "
     "осіб, повідомив Генштаб.", 7950),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), THIS_PERIOD)
def test_this_period_is_the_one_named_before(text: str, value: int) -> None:
    claim = _one(text, value)
    span = (claim.period_kind, claim.period_start, claim.period_end)
    assert span == (PeriodKind.week, dt.date(2026, 2, 2), dt.date(2026, 2, 8))


# "в середньому 1 136 за добу": a daily average is over the span it averages; "за добу" says
# it is per day, not that it is one day's figure.
DAILY_AVERAGE = [
    ("За тиждень з 2 по 8 лютого росія втратила 7 950 осіб, тобто в середньому 1 136 за "
     "добу, за даними Генштабу.", 1136),
    ("За неделю со 2 по 8 февраля ВСУ потеряли 8 400 военных, в среднем 1 200 в сутки, "
     "утверждает Минобороны РФ.", 1200),
    ("З 2 по 8 лютого окупанти щодня втрачали в середньому 1 136 осіб, підрахував "
     "Генштаб.", 1136),
    ("Со 2 по 8 февраля противник в среднем терял 1 200 военнослужащих в сутки, сообщили "
     "в Минобороны РФ.", 1200),
    ("Генштаб ЗСУ: з 2 по 8 лютого ворог втрачав у середньому по 1 136 осіб на добу.", 1136),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), DAILY_AVERAGE)
def test_a_daily_average_covers_the_span_it_averages(text: str, value: int) -> None:
    claim = _one(text, value)
    assert claim.stat == Stat.daily_average
    assert (claim.period_start, claim.period_end) == (dt.date(2026, 2, 2), dt.date(2026, 2, 8))


# A colon header naming equipment counted for a period ("Серед техніки, яку Генштаб зарахував
# за тиждень:") heads the dash list below it.
EQUIPMENT_LISTS = [
    "Серед техніки, яку Генштаб зарахував за тиждень з 2 по 8 лютого:\n- 37 танків;\n"
    "- 115 артилерійських систем;\n- 12 РСЗВ.",
    "Техніка, яку ворог залишив за тиждень з 2 по 8 лютого, за даними Генштабу:\n"
    "— 37 танків;\n— 115 артилерійських систем;\n— 12 РСЗВ.",
    "Из техники, по подсчетам Минобороны РФ, за неделю со 2 по 8 февраля у ВСУ:\n"
    "- 37 танков;\n- 115 артиллерийских орудий;\n- 12 РСЗО.",
    "По технике за неделю со 2 по 8 февраля Минобороны РФ насчитало у ВСУ:\n"
    "• 37 танков;\n• 115 артиллерийских систем;\n• 12 РСЗО.",
    "Серед техніки за тиждень з 2 по 8 лютого Генштаб фіксує:\n* 37 танків\n"
    "* 115 артилерійських систем\n* 12 РСЗВ",
]


@pytest.mark.parametrize("text", EQUIPMENT_LISTS)
def test_a_colon_header_naming_equipment_heads_its_list(text: str) -> None:
    got = {(c.value, c.metric) for c in _claims(text)}
    assert {(37, Metric.tanks), (115, Metric.artillery), (12, Metric.mlrs)} <= got


# Equipment named with its country ("американських бронемашин", "немецких танков") and
# electronic-warfare stations (kept by the General Staff among special equipment).
EQUIPMENT_NAMED = [
    ("Минобороны РФ: уничтожены 63 бронемашины, в том числе 9 американских бронемашин.", 9,
     Metric.armored_vehicles),
    ("Генштаб РФ заявил, что уничтожены 4 немецких танка Leopard.", 4, Metric.tanks),
    ("ЗСУ, за даними рф, втратили 6 західних гаубиць.", 6, Metric.artillery),
    ("За неделю, по данным Минобороны, уничтожены 27 станций радиоэлектронной борьбы.", 27,
     Metric.special_equipment),
    ("Генштаб повідомив, що за добу знищено 5 станцій РЕБ.", 5, Metric.special_equipment),
    ("Минобороны сообщило, что поражены 3 станции РЭБ противника.", 3,
     Metric.special_equipment),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), EQUIPMENT_NAMED)
def test_equipment_with_its_country_and_ew_stations(text: str, value: int, metric: Metric) -> None:
    assert _one(text, value).metric == metric


# A fact check's paragraph of what is being spread quotes the fake; it is no one's claim.
FAKE_SPREAD = [
    "**Що поширюють.** Анонімні канали поширюють картинку: «ЗСУ втратили 2,1 мільйона».",
    "Фейк: «Міноборони рф визнало втрату 900 тисяч військових».",
    "**Что распространяют.** Каналы пишут, что «ВСУ потеряли 2,1 миллиона человек».",
    "Неправда. У соцмережах пишуть, що росія втратила 5 мільйонів військових.",
    "Фейк. В сети утверждают, что Россия потеряла 3 миллиона военных.",
]


@pytest.mark.parametrize("text", FAKE_SPREAD)
def test_the_fake_a_fact_check_quotes_is_not_stored(text: str) -> None:
    assert _claims(text) == []


def test_the_verdict_paragraph_after_the_fake_is_read() -> None:
    text = (
        "**Що поширюють.** Канали пишуть: «ЗСУ втратили 2,1 мільйона».\n\n"
        "**Що насправді.** Міноборони рф 14 лютого заявило, що ЗСУ втратили близько 1,5 млн "
        "військовослужбовців."
    )
    assert [c.value for c in _claims(text)] == [1_500_000]


# "У грудні 2024 року Зеленський назвав 43 тисячі загиблих": the month is when the total was
# said, so the figure is the war's running total as of then, not that month's losses.
SAID_IN = [
    ("У грудні 2024 року Зеленський назвав 43 тисячі загиблих українських військових.", 43_000,
     dt.date(2024, 12, 31)),
    ("В сентябре 2022 года Шойгу заявил о 5 937 погибших российских военных.", 5937,
     dt.date(2022, 9, 30)),
    ("Останній раз міноборони рф називало кількість загиблих у вересні 2022 року — тоді "
     "йшлося про 5 937 військових.", 5937, dt.date(2022, 9, 30)),
    ("Шойгу в последний раз говорил о потерях в сентябре 2022 года: 5 937 погибших.", 5937,
     dt.date(2022, 9, 30)),
    ("У лютому 2024 року президент повідомив, що загинули 31 тисяча українських військових.",
     31_000, dt.date(2024, 2, 29)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "end"), SAID_IN)
def test_the_month_a_total_was_said_is_as_of(text: str, value: int, end: dt.date) -> None:
    claim = _one(text, value)
    assert (claim.period_kind, claim.period_end) == (PeriodKind.cumulative, end)


def test_a_month_of_losses_stays_that_month() -> None:
    claim = _one("За вересень 2025 року окупанти втратили 29 тисяч військових, повідомив "
                 "Генштаб.", 29_000)  # fmt: skip
    assert claim.period_kind == PeriodKind.month


# A count of named dead (Mediazona with BBC, UALosses) is the war's running total as of its date.
NAMED_DEAD = [
    "«Медиазона» и Би-би-си установили имена 150 300 российских военных, погибших на войне.",
    "Медіазона разом із BBC встановила імена 150 300 загиблих російських військових.",
    "По данным «Медиазоны», известны имена 150 300 погибших военных РФ.",
    "Проєкт UALosses нарахував 150 300 загиблих українських військових.",
    "Русская служба Би-би-си подтвердила гибель 150 300 российских военнослужащих.",
]


@pytest.mark.parametrize("text", NAMED_DEAD)
def test_a_count_of_named_dead_is_a_running_total(text: str) -> None:
    claim = _one(text, 150_300)
    span = (claim.period_kind, claim.period_start, claim.period_end)
    assert span == (PeriodKind.cumulative, dt.date(2022, 2, 24), DAY)


# "з початку повномасштабного вторгнення", "с начала СВО": the war's running total.
SINCE_THE_START = [
    "З початку повномасштабного вторгнення росія втратила 1 250 000 військових, за даними "
    "Генштабу.",
    "Минобороны РФ утверждает, что ВСУ с начала СВО потеряли более 1,6 млн человек.",
    "С начала специальной военной операции, по данным Минобороны, уничтожено 660 самолетов.",
    "Від початку війни ворог втратив 11 400 танків, повідомив Генштаб ЗСУ.",
    "За даними міноборони рф, з початку спеціальної військової операції ЗСУ втратили близько "
    "1,6 млн військовослужбовців.",
]


@pytest.mark.parametrize("text", SINCE_THE_START)
def test_since_the_start_of_the_war_is_a_running_total(text: str) -> None:
    [claim] = _claims(text)
    assert (claim.period_kind, claim.period_start) == (PeriodKind.cumulative, dt.date(2022, 2, 24))


# Nouns for soldiers that a side's channels use ("добровольців", "укропов", "хохлов"), and
# "смертей" as a loss word.
SOLDIER_NOUNS = [
    ("Среди погибших — не менее 41 200 добровольцев.", 41_200, Subject.russia),
    ("Серед загиблих — 38 900 добровольців, встановили журналісти Медіазони.", 38_900,
     Subject.russia),
    ("По словам бойцов, положили не меньше 70 укропов.", 70, Subject.ukraine),
    ("Военкор пишет, что хохлы потеряли 40 человек, а мы уничтожили еще 25 хохлов.", 25,
     Subject.ukraine),
    ("Больше всего подтвержденных смертей в Бурятии — 1 040 человек, по данным Медиазоны.",
     1040, Subject.russia),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "side"), SOLDIER_NOUNS)
def test_soldier_nouns_of_each_sides_channels(text: str, value: int, side: Subject) -> None:
    claim = _one(text, value)
    assert (claim.metric, claim.subject) == (Metric.personnel, side)


# A totals line right after a day's figures ("Загалом з 24.02.2022 — близько 1 311 180
# окупантів.") goes on with them.
TOTALS_LINE = [
    "За добу росія втратила 1 070 військових. Загалом з 24.02.2022 — близько 1 260 000 окупантів.",
    "За сутки ВСУ потеряли 1 200 военных. Всего с начала СВО — более 1 500 000 человек.",
    "Генштаб: за добу ліквідовано 1 070 окупантів. Усього з 24.02.22 — 1 260 000 осіб.",
    "Минобороны РФ: за сутки уничтожено 1 200 военных ВСУ. Итого с 24 февраля 2022 года — "
    "более 1 500 000 человек.",
    "Ворог за добу втратив 1 070 військових. Всього з початку вторгнення — 1 260 000 осіб.",
]


@pytest.mark.parametrize("text", TOTALS_LINE)
def test_a_totals_line_goes_on_with_the_days_figures(text: str) -> None:
    claims = _claims(text)
    total = [c for c in claims if c.value in (1_260_000, 1_500_000)]
    day = [c for c in claims if c.value in (1070, 1200)]
    assert total and day and total[0].subject == day[0].subject
    assert total[0].period_kind == PeriodKind.cumulative


# Things a unit hits that no tally column holds (Starlink antennas and terminals, ground robots)
# are `other`, never the vehicles counted on the line before.
OTHER_THINGS = [
    "За тиждень бригада знищила:\n— автомобілів — 11\n— уражено антен «Starlink» — 6",
    "За неделю подразделение уничтожило:\n— автомобилей — 11\n— терминалов Starlink — 6",
    "Аеророзвідники бригади знищили 11 автомобілів і 6 терміналів «Starlink».",
    "Генштаб: за добу знищено 11 автомобілів та 6 наземних роботизованих комплексів.",
    "Бригада уразила 11 пікапів і 6 антен Старлінк, повідомили в пресслужбі.",
]


@pytest.mark.parametrize("text", OTHER_THINGS)
def test_things_no_column_holds_are_other(text: str) -> None:
    assert _one(text, 6).metric == Metric.other
    assert _one(text, 11).metric == Metric.vehicles


# Counts of the dead by name ("встановив 84 000 імен") and of hits on personnel ("близько двох
# тисяч уражень особового складу") count people.
PEOPLE_COUNTED = [
    ("Проєкт UALosses, який рахує загиблих українських військових, встановив 71 300 імен.",
     71_300, Subject.ukraine),
    ("Журналисты, считающие погибших российских военных, установили уже 150 300 имен.",
     150_300, Subject.russia),
    ("Волонтери, що рахують загиблих росіян, станом на 1 лютого зібрали 150 300 імен.",
     150_300, Subject.russia),
    ("За вересень наш батальйон підтвердив відео близько двох тисяч уражень особового складу "
     "окупантів.", 2000, Subject.russia),
    ("За месяц операторы подтвердили более 1 500 поражений личного состава противника, "
     "сообщили в Минобороны РФ.", 1500, Subject.ukraine),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "side"), PEOPLE_COUNTED)
def test_names_and_hits_count_people(text: str, value: int, side: Subject) -> None:
    claim = _one(text, value)
    assert (claim.metric, claim.subject) == (Metric.personnel, side)


def test_names_added_without_a_loss_word_are_not_stored() -> None:
    text = (
        "«Медиазона» установила имена 150 300 погибших российских военных. За две недели "
        "список пополнился на четыре тысячи имен."
    )
    assert [c.value for c in _claims(text)] == [150_300]


# A sentence that calls a figure made up ("Цифра 1,8 млн — вигадка") is a verdict on a fake,
# never a claim, even right after real figures.
FAKE_VERDICTS = [
    "UALosses встановив 71 300 імен загиблих. Цифра 1,8 млн — вигадка анонімних каналів.",
    "Медиазона установила имена 150 300 погибших. Цифра в 2 млн — фейк, такого никто не заявлял.",
    "Генштаб: за добу ліквідовано 1 070 окупантів. Допис про 5 000 загиблих за добу — фейк.",
    "Минобороны РФ сообщило о 1 200 погибших ВСУ за сутки. Цифра 3 000 — выдумка каналов.",
    "Медіазона встановила 150 300 імен загиблих. Дані про 900 тисяч загиблих не відповідають "
    "дійсності.",
]


@pytest.mark.parametrize("text", FAKE_VERDICTS)
def test_a_figure_called_fake_is_not_stored(text: str) -> None:
    assert len(_claims(text)) == 1


# "з початку квітня", "с начала марта": from that month's first day to the article's day.
SINCE_A_MONTH = [
    "З початку лютого на Покровському напрямку ворог втратив понад 3 100 осіб, повідомив "
    "командувач.",
    "С начала февраля, по данным Минобороны РФ, ВСУ потеряли свыше 3 100 военнослужащих.",
    "Від початку лютого окупанти втратили 3 100 військових на цьому напрямку, каже речник.",
    "Командувач угруповання: з початку лютого 2026 року противник втратив 3 100 осіб.",
    "Со начала февраля противник лишился 3 100 военных, утверждают в Минобороны России.",
]


@pytest.mark.parametrize("text", SINCE_A_MONTH)
def test_since_the_start_of_a_month(text: str) -> None:
    claim = _one(text, 3100)
    span = (claim.period_kind, claim.period_start, claim.period_end)
    assert span == (PeriodKind.range, dt.date(2026, 2, 1), DAY)


# The parts of a named-dead count ("Среди погибших — 40 000 добровольцев") are as of its day,
# never the week in which names were added.
NAMED_DEAD_PARTS = [
    "«Медиазона» установила имена 150 300 погибших. За неделю добавлены 1 100 фамилий.\n\n"
    "Среди погибших — около 40 тысяч добровольцев.",
    "Медіазона встановила імена 150 300 загиблих росіян. За тиждень додалося 1 100 прізвищ.\n\n"
    "Серед загиблих — близько 40 тисяч добровольців.",
    "По данным «Медиазоны», известны имена 150 300 погибших. За месяц список вырос на 4 000 "
    "фамилий. Добровольцев среди погибших — около 40 тысяч.",
    "Медиазона и Би-би-си установили имена 150 300 погибших. За две недели добавлено 2 000 "
    "имен. Больше всего среди погибших добровольцев — 40 000.",
    "UALosses встановив 150 300 імен загиблих. За тиждень — плюс 900 прізвищ. Серед загиблих — "
    "40 тисяч мобілізованих.",
]


@pytest.mark.parametrize("text", NAMED_DEAD_PARTS)
def test_parts_of_a_named_dead_count_are_as_of_its_day(text: str) -> None:
    claim = _one(text, 40_000)
    assert (claim.period_kind, claim.period_end) == (PeriodKind.cumulative, DAY)


# A period after "з них" / "из них" is the part's ("1 260 000, з них 1 070 — за добу"): the
# total before it never takes it.
TOTAL_THEN_PART = [
    "Загалом росія втратила 1 260 000 військових, з них 1 070 — за минулу добу.",
    "По данным Генштаба ВСУ, Россия потеряла около 1 260 000 военных, из них 1 070 — за "
    "последние сутки.",
    "Генштаб: ворог втратив 1 260 000 осіб, із них за минулу добу — 1 070.",
    "ВСУ, по версии Минобороны РФ, потеряли 1 260 000 человек, из которых 1 070 — за сутки.",
    "Росіяни втратили 1 260 000 військових, з яких 1 070 — протягом минулої доби, повідомив "
    "Генштаб.",
]


@pytest.mark.parametrize("text", TOTAL_THEN_PART)
def test_a_period_after_of_which_is_the_parts(text: str) -> None:
    assert _one(text, 1_260_000).period_kind != PeriodKind.day
    assert _one(text, 1070).period_kind == PeriodKind.day


# "за місяць" / "за месяц" after a named month ("За жовтень ... Двоє загиблих за місяць") is
# that month, not the thirty days before the article.
THE_MONTH_NAMED = [
    "За жовтень бригада знищила 300 окупантів. Власні втрати — 12 загиблих за місяць.",
    "В октябре, по данным Минобороны РФ, ВСУ потеряли 9 000 военных. За месяц уничтожено "
    "12 танков.",
    "Генштаб підбив підсумки: у жовтні ворог втратив 30 000 осіб. За місяць знищено 12 танків.",
    "— Скільки ворогів ви знищили за жовтень?\n\n— Понад триста окупантів. За місяць ми "
    "втратили 12 бійців.",
    "В октябре противник потерял 9 000 военных, сообщило Минобороны. Всего за месяц "
    "уничтожено 12 танков.",
]


@pytest.mark.parametrize("text", THE_MONTH_NAMED)
def test_the_month_is_the_one_named_before(text: str) -> None:
    claim = _one(text, 12)
    span = (claim.period_kind, claim.period_start, claim.period_end)
    assert span == (PeriodKind.month, dt.date(2025, 10, 1), dt.date(2025, 10, 31))


# The General Staff's "ліквідовано" counts the enemy's killed and wounded; Ukraine's own dead
# named in an article it is quoted in stay killed.
OWN_DEAD_NEAR_GENERAL_STAFF = [
    "Генштаб ЗСУ повідомив про 1 070 ліквідованих окупантів. Наші втрати — 3 загиблих.",
    "За даними Генштабу, за добу загинули 3 українських військових.",
    "Генштаб ВСУ: погибли 3 украинских военнослужащих.",
    "Генштаб повідомив, що ворог втратив 1 070 осіб, а Сили оборони — 3 загиблих бійців.",
    "За даними Генштабу ЗСУ, під час обстрілу загинули 3 військових ЗСУ.",
]


@pytest.mark.parametrize("text", OWN_DEAD_NEAR_GENERAL_STAFF)
def test_ukraines_own_dead_stay_killed(text: str) -> None:
    claim = _one(text, 3)
    assert (claim.subject, claim.personnel_kind) == (Subject.ukraine, PersonnelKind.killed)


# A clause led by "на" and a date ("На 26 января им известны имена ...", "По его данным, на
# 30 января Россия потеряла ...") is a running total as of that day.
AS_OF_A_DATE = [
    "На 30 января 2026 года «Медиазона» установила имена 150 300 погибших военных.",
    "По данным Генштаба ВСУ, на 30 января Россия потеряла около 1 250 000 военных.",
    "На 30 січня, за даними Генштабу, росія втратила близько 1 250 000 військових.",
    "За підрахунком UALosses, на 30 січня відомі імена 150 300 загиблих.",
    "По подсчетам редакции, на 30 января погибли 150 300 российских военных.",
]


@pytest.mark.parametrize("text", AS_OF_A_DATE)
def test_a_clause_led_by_a_date_is_as_of_it(text: str) -> None:
    claim = next(c for c in _claims(text) if c.value in (150_300, 1_250_000))
    span = (claim.period_kind, claim.period_end)
    assert span == (PeriodKind.cumulative, dt.date(2026, 1, 30))


def test_a_date_that_is_not_a_clauses_lead_is_no_as_of() -> None:
    claim = _one("Засідання, призначене на 30 січня, перенесли; за добу ворог втратив 1 070 "
                 "військових, повідомив Генштаб.", 1070)  # fmt: skip
    assert claim.period_kind == PeriodKind.day
