# ruff: noqa: E501 - one sentence a row, however long.
"""Engine-level rules for Ukrainian and Russian prose (wave 9, issues 13 and 15), each on texts
of our own: one engine for numbers in articles and questions (lexicon/cyrillic_numbers.py);
a wiki's footnote marks and a slide's bracketed label read past; "N втрат" counts people; a
sentence naming no loss goes on with the losses of the sentence before when it counts the same
thing; a day named as the figures' own ("найважчим став день 7 листопада") is that day."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.general_staff import read_ukrainian_russian
from knowledge.lexicon.cyrillic_numbers import digits_for_words, figure_value, spelled_value
from knowledge.models import Claim, Metric, PeriodKind, Source, Stat, Subject

DAY = dt.date(2026, 3, 18)


def _claims(text: str, publisher: str = "Тестове видання (fixture)") -> list[Claim]:
    return read_ukrainian_russian(Source(id="t", text=text, publisher=publisher, published=DAY))


def _values(text: str) -> set[tuple[Metric, int]]:
    return {(c.metric, c.value) for c in _claims(text)}


# (number as written, scale word, value): the one engine both readers use.
NUMBERS = [
    ("700", "тис.", 700_000),
    ("1,2", "млн", 1_200_000),
    ("1 230", None, 1_230),
    ("1.230", None, 1_230),
    ("1.230.500", None, 1_230_500),
    ("12,75", "тыс.", 12_750),
    ("двадцять сім", None, 27),
    ("сорок три", "тисячі", 43_000),
    ("три", "тысячами", 3_000),
    ("два", "мільйони", 2_000_000),
    ("п'ять", "тисячею", 5_000),
]  # fmt: skip


@pytest.mark.parametrize(("number", "scale", "value"), NUMBERS)
def test_one_engine_values_a_figure(number: str, scale: str | None, value: int) -> None:
    assert figure_value(number, scale) == value


def test_the_questions_read_scale_words_of_the_shared_table() -> None:
    """The questions' pass and the articles' reader share one scale table: new case forms
    ("тисячею", "миллионы") are read on both sides."""
    assert spelled_value("сорок тисяч") == 40_000
    assert spelled_value("два миллиона") == 2_000_000
    assert digits_for_words("понад тридцять одна тисяча загиблих") == "понад 31,000 загиблих"


# Sentences of our own, each with the one figure wanted (metric, value).
ARTICLE_NUMBERS = [
    ("Генштаб ЗСУ: з початку вторгнення росіяни втратили 1.230 танків.", (Metric.tanks, 1230)),
    ("За оцінкою розвідки, ворог втратив понад 700 тис. військових.", (Metric.personnel, 700_000)),
    ("Британська розвідка оцінює втрати Росії у 1,2 млн вбитими та пораненими.", (Metric.personnel, 1_200_000)),
    ("По данным Генштаба ВСУ, армия РФ потеряла 1 230 артиллерийских систем.", (Metric.artillery, 1230)),
    ("Генштаб ЗСУ повідомив, що ворог втратив сорок три тисячі військових.", (Metric.personnel, 43_000)),
    ("По оценке разведки, армия РФ потеряла 2.450 бронемашин.", (Metric.armored_vehicles, 2450)),
    ("Генштаб: окупанти втратили двадцять сім танків за тиждень.", (Metric.tanks, 27)),
    ("Аналитики насчитали 12,5 тыс. погибших российских военных.", (Metric.personnel, 12_500)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), ARTICLE_NUMBERS)
def test_an_article_figure_takes_the_engines_value(text: str, wanted: tuple[Metric, int]) -> None:
    assert wanted in _values(text)


# A wiki's footnote marks and a slide's or photo's bracketed label: never a figure, and the
# sentence after a footnote is its own (its claimant is its own).
BRACKETS = [
    ("Генштаб ЗСУ повідомив про 1 100 загиблих окупантів.[3] Британська розвідка оцінює втрати РФ у 900 тис. осіб.[4]",
     {(Metric.personnel, 1100), (Metric.personnel, 900_000)}),
    ("[Слайд 4] Генштаб ЗСУ: за добу ворог втратив 1 020 військових.", {(Metric.personnel, 1020)}),
    ("[Фото] Окупанти втратили 14 танків, повідомили в Генштабі ЗСУ.", {(Metric.tanks, 14)}),
    ("[Оновлено 2] Генштаб ВСУ: армия РФ потеряла 31 танк за сутки.", {(Metric.tanks, 31)}),
    ("По данным Генштаба ВСУ, Россия потеряла 950 военных за сутки.[12]", {(Metric.personnel, 950)}),
    ("[Видео] По данным ГУР, погибли 120 военных КНДР.", {(Metric.personnel, 120)}),
    ("Втрати РФ сягнули 1 100 осіб за добу,[7] повідомив Генштаб ЗСУ.", {(Metric.personnel, 1100)}),
    ("[Інфографіка 1] Генштаб ЗСУ: знищено 8 артсистем за добу.", {(Metric.artillery, 8)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), BRACKETS)
def test_brackets_of_footnotes_and_labels_are_no_figures(
    text: str, wanted: set[tuple[Metric, int]]
) -> None:
    assert _values(text) == wanted


def test_a_footnote_ends_the_sentence_of_its_claimant() -> None:
    """Past "…[3]" the next sentence names its own claimant (not the General Staff's)."""
    text = "Генштаб ЗСУ повідомив про 1 100 загиблих окупантів.[3] Британська розвідка оцінює втрати РФ у 900 тис. осіб.[4]"
    by_value = {c.value: c.claimant for c in _claims(text)}
    assert by_value[900_000] != by_value[1100]


# "Losses" in the plural genitive after a figure counts people; not when equipment is named.
LOSSES_AFTER = [
    ("Міноборони РФ заявляло про понад 500 тис. втрат ЗСУ.", (Metric.personnel, 500_000, Subject.ukraine)),
    ("Минобороны России заявило о 35 тысячах потерь ВСУ за месяц.", (Metric.personnel, 35_000, Subject.ukraine)),
    ("Генштаб ЗСУ нарахував 1 200 втрат ворога за добу.", (Metric.personnel, 1200, Subject.russia)),
    ("Минобороны РФ сообщило о 2 100 потерь украинских военных за неделю.", (Metric.personnel, 2100, Subject.ukraine)),
    ("Аналітики ISW пишуть про 40 тисяч втрат росіян за квітень.", (Metric.personnel, 40_000, Subject.russia)),
    ("Генштаб ВСУ насчитал 900 потерь армии РФ за сутки.", (Metric.personnel, 900, Subject.russia)),
    ("Міноборони РФ: понад 2 тисячі втрат ЗСУ на курському напрямку.", (Metric.personnel, 2000, Subject.ukraine)),
    ("За даними Генштабу, ворог зазнав 1 050 втрат за добу.", (Metric.personnel, 1050, Subject.russia)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), LOSSES_AFTER)
def test_losses_after_a_figure_count_people(text: str, wanted: tuple[Metric, int, Subject]) -> None:
    assert wanted in {(c.metric, c.value, c.subject) for c in _claims(text)}


@pytest.mark.parametrize(
    "text",
    ["Генштаб ЗСУ: ворог зазнав 300 втрат техніки за тиждень.",
     "Минобороны РФ заявило о 120 потерь вооружения ВСУ."],
)  # fmt: skip
def test_losses_of_equipment_are_no_people(text: str) -> None:
    assert Metric.personnel not in {c.metric for c in _claims(text)}


# A sentence naming no loss right after one that did, counting the same thing: its figure
# goes on with those losses. (first sentence, the next, the figure wanted)
ON_TOPIC = [
    ("За тиждень, за даними Генштабу ЗСУ, ворог втратив 7 100 осіб і 30 танків.", "У середньому це близько 1 000 осіб на добу.", 1000),
    ("За неделю армия РФ, по данным Генштаба ВСУ, потеряла 8 200 человек.", "В среднем выходит почти 1 170 человек в день.", 1170),
    ("За даними Генштабу ЗСУ, за місяць ворог втратив 32 000 осіб.", "Найгіршим для окупантів став день 12 березня: 1 480 осіб.", 1480),
    ("По данным Генштаба ВСУ, за месяц армия РФ потеряла 31 500 человек.", "Рекордным стал день 9 марта — 1 510 человек.", 1510),
    ("Генштаб ЗСУ: з 1 по 7 березня окупанти втратили 240 артсистем.", "Тобто щодня в середньому 34 артсистеми.", 34),
    ("Генштаб ВСУ: за неделю армия РФ потеряла 90 танков.", "Это почти 13 танков ежедневно.", 13),
    ("Генштаб ЗСУ: за тиждень ворог втратив 6 900 військових.", "Це на 400 військових більше, ніж тижнем раніше.", 400),
    ("За даними Генштабу ЗСУ, за тиждень окупанти втратили 210 БпЛА.", "Щодоби — близько 30 БпЛА.", 30),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "value"), ON_TOPIC)
def test_a_sentence_goes_on_with_the_losses_before(first: str, then: str, value: int) -> None:
    assert value in {c.value for c in _claims(f"{first} {then}")}


@pytest.mark.parametrize(
    "then",
    ["До складу бригади входять 3 000 військових.",
     "Евакуювали 1 200 осіб із прифронтових сіл."],
)  # fmt: skip
def test_no_loss_sentence_after_unrelated_text_claims_nothing(then: str) -> None:
    """Two sentences on: the figure is no loss of the sentence before."""
    text = f"Генштаб ЗСУ: за добу ворог втратив 1 100 осіб. Про це повідомили вранці. Ще одне речення. {then}"
    assert {c.value for c in _claims(text)} == {1100}


def test_an_average_going_on_is_a_daily_average() -> None:
    claims = _claims(
        "За тиждень, за даними Генштабу ЗСУ, ворог втратив 7 100 осіб. У середньому це близько 1 000 осіб на добу."
    )
    assert {(c.value, c.stat) for c in claims} >= {(1000, Stat.daily_average)}


# A day named as the figures' own: that day, its "за добу" no count back from it. (text, the
# figure, its day); a week's losses before, as in a weekly summary.
UK_WEEK = "За тиждень, за даними Генштабу ЗСУ, ворог втратив 7 000 осіб. "
RU_WEEK = "За неделю, по данным Генштаба ВСУ, армия РФ потеряла 8 000 человек. "
NAMED_DAYS = [
    (UK_WEEK + "Найважчим для окупантів став день 7 березня: 1 190 осіб за одну добу.", 1190, dt.date(2026, 3, 7)),
    (RU_WEEK + "Самым тяжёлым стал день 9 марта — 1 330 человек за сутки.", 1330, dt.date(2026, 3, 9)),
    ("Генштаб ЗСУ: рекордним став день 12 березня, коли ворог втратив 1 500 осіб за добу.", 1500, dt.date(2026, 3, 12)),
    ("Генштаб ЗСУ: 5 березня — 1 210 загиблих окупантів за добу.", 1210, dt.date(2026, 3, 5)),
    ("По данным Генштаба ВСУ, за 2 марта армия РФ потеряла 1 050 человек за сутки.", 1050, dt.date(2026, 3, 2)),
    (UK_WEEK + "Найкривавішим став день 3 березня — 1 400 осіб.", 1400, dt.date(2026, 3, 3)),
    (RU_WEEK + "Худшим для армии РФ стал день 11 марта: 1 290 человек.", 1290, dt.date(2026, 3, 11)),
    ("Генштаб ЗСУ: день 1 березня ворог завершив із втратами 980 осіб за добу.", 980, dt.date(2026, 3, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "day"), NAMED_DAYS)
def test_a_named_day_is_the_figures_day(text: str, value: int, day: dt.date) -> None:
    found = {
        (c.period_kind, c.period_start, c.period_end) for c in _claims(text) if c.value == value
    }
    assert found == {(PeriodKind.day, day, day)}


# The next paragraph, naming no day of its own, or a count of names added: no loss goes on.
OFF_TOPIC = [
    "Генштаб ЗСУ: за добу ворог втратив 1 100 осіб.\n\nНашу розсилку читають 27 тисяч осіб.",
    "По данным Генштаба ВСУ, армия РФ потеряла 1 020 человек.\n\nМобрезерв, по словам депутата, — 300 тысяч человек.",
    "Генштаб ЗСУ: за місяць ворог втратив 30 000 осіб.\n\nЗа місяць до списку додали 4 100 нових імен.",
    "Медиазона установила имена 160 тысяч погибших. За неделю добавили 900 новых имен.",
    "Генштаб ЗСУ: за добу ворог втратив 1 000 осіб.\n\nРосія перекинула на цей напрямок близько 40 тисяч військових.",
    "Генштаб ВСУ: армия РФ потеряла 12 танков.\n\nНа параде показали 40 танков.",
    "Генштаб ЗСУ: за добу знищено 9 артсистем.\n\nЗа рік завод випускає 300 артсистем.",
    "По данным Генштаба ВСУ, за сутки армия РФ потеряла 950 человек.\n\nВ городе живут 12 тысяч человек.",
]  # fmt: skip


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_no_loss_goes_on_off_topic(text: str) -> None:
    values = {c.value for c in _claims(text)}
    assert not values & {27_000, 300_000, 4100, 900, 40_000, 40, 300, 12_000}


# A figure's noun after a list of participles and adjectives ("знищених, пошкоджених і
# захоплених російських танків"), or in the clause right before it ("и дронов ... 1 853").
NOUNS_APART = [
    ("Oryx нарахував понад 3 100 знищених, пошкоджених і захоплених російських танків.", (Metric.tanks, 3100)),
    ("Oryx насчитал 2 900 уничтоженных, поврежденных и брошенных российских танков.", (Metric.tanks, 2900)),
    ("За даними Oryx, росіяни втратили 640 підбитих і покинутих самохідних гаубиць.", (Metric.artillery, 640)),
    ("По данным Oryx, армия РФ лишилась 410 захваченных, подбитых вертолетов.", (Metric.helicopters, 410)),
    ("Генштаб ВСУ: уничтожено 4 танка за сутки, и беспилотников оперативно-тактического уровня 910.", (Metric.drones, 910)),
    ("Генштаб ЗСУ: знищено 6 танків за добу, а безпілотників оперативно-тактичного рівня 870.", (Metric.drones, 870)),
    ("Генштаб ВСУ: армия РФ потеряла 7 танков; артиллерийских систем за сутки 33.", (Metric.artillery, 33)),
    ("Генштаб ЗСУ: ворог втратив 2 танки, і артилерійських систем за добу 41.", (Metric.artillery, 41)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), NOUNS_APART)
def test_a_figures_noun_apart_from_it(text: str, wanted: tuple[Metric, int]) -> None:
    found = {(c.metric, c.value) for c in _claims(text)}
    assert wanted in found
    assert not {(m, v) for m, v in found if v == wanted[1] and m != wanted[0]}


def test_a_carried_day_is_no_day_of_the_sentences_own() -> None:
    """A paragraph after the day's figures, naming no day itself, goes on with no loss."""
    text = (
        "Генштаб ЗСУ: 17 березня збито 90 ворожих безпілотників.\n\n"
        "Зафіксовано падіння 12 ударних БпЛА на 5 локаціях."
    )
    assert {c.value for c in _claims(text)} == {90}


@pytest.mark.parametrize(
    "text",
    ["OSINT-проєкт Oryx нарахував понад 3 300 знищених російських танків.",
     "Oryx насчитал 2 100 потерянных российских БМП.",
     "Аналітики Oryx задокументували 640 втрачених російських літаків і гелікоптерів.",
     "По подсчетам Oryx, Россия лишилась 1 200 танков.",
     "Проєкт Oryx: ворог втратив 540 одиниць артилерії.",
     "Согласно Oryx, армия РФ потеряла 90 вертолетов.",
     "За підрахунком Oryx, окупанти втратили 410 РСЗВ.",
     "Oryx подтвердил потерю 130 самолетов ВКС РФ."],
)  # fmt: skip
def test_an_oryx_count_is_a_running_total(text: str) -> None:
    """Oryx counts documented losses since the invasion: a running total as of the day."""
    claims = _claims(text)
    assert claims
    assert {(c.period_kind, c.period_end) for c in claims} == {(PeriodKind.cumulative, DAY)}


# A month or year in which an estimate was made, not the losses' period: the war's total.
ESTIMATED_THEN = [
    "Міністерство оборони Британії у квітні 2026 року оцінювало втрати Росії в 1,1 млн осіб.",
    "Британская разведка в марте 2026 года оценивала потери России в 1,1 млн человек.",
    "У лютому 2026 року британська розвідка оцінила втрати РФ у 1,1 млн убитими та пораненими.",
    "В январе 2026 года Минобороны Британии оценило потери РФ в 1,1 млн человек.",
    "Британська розвідка в 2025 році оцінювала втрати росіян у 1,1 млн.",
    "Американская разведка в феврале 2026 года оценила потери армии РФ в 1,1 млн военных.",
    "CSIS у січні 2026 року оцінив втрати Росії в 1,1 млн військових.",
    "В марте 2026 года аналитики CSIS оценивали потери РФ в 1,1 млн человек.",
]


@pytest.mark.parametrize("text", ESTIMATED_THEN)
def test_an_estimate_made_in_a_month_is_the_wars_total(text: str) -> None:
    claims = [c for c in _claims(text) if c.value == 1_100_000]
    assert claims
    assert {c.period_kind for c in claims} == {PeriodKind.cumulative}


# Two years joined by a dash: one span from the first's start to the second's end.
YEAR_SPANS = [
    ("Міноборони РФ заявляло про понад 600 тис. втрат ЗСУ за 2024–2025 роки.", 600_000, (2024, 2025)),
    ("Минобороны РФ заявило, что за 2023-2024 годы ВСУ потеряли 500 тысяч военных.", 500_000, (2023, 2024)),
    ("Генштаб ЗСУ: у 2024–2025 роках ворог втратив 800 тисяч осіб.", 800_000, (2024, 2025)),
    ("По данным Генштаба ВСУ, в 2024—2025 годах армия РФ потеряла 820 тысяч человек.", 820_000, (2024, 2025)),
    ("Генштаб ЗСУ повідомив, що за 2023-2025 рр. росіяни втратили 1 000 000 осіб.", 1_000_000, (2023, 2025)),
    ("Минобороны РФ: за 2024–2025 гг. ВСУ потеряли более 700 тыс. военнослужащих.", 700_000, (2024, 2025)),
    ("Протягом 2024-2025 років, за даними Генштабу ЗСУ, загинули 430 тисяч окупантів.", 430_000, (2024, 2025)),
    ("ISW: в 2022–2023 годах армия РФ потеряла 300 тысяч человек убитыми и ранеными.", 300_000, (2022, 2023)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "years"), YEAR_SPANS)
def test_a_span_of_years_is_one_period(text: str, value: int, years: tuple[int, int]) -> None:
    found = {
        (c.period_kind, c.period_start, c.period_end) for c in _claims(text) if c.value == value
    }
    assert found == {(PeriodKind.range, dt.date(years[0], 1, 1), dt.date(years[1], 12, 31))}


# A list under a heading that names its own week, month or year is that span's figures, no post
# of running totals: (heading, the span's first and last day).
SPAN_HEADINGS = [
    ("Втрати ворога за лютий 2026 року, за даними Генштабу ЗСУ:", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    ("Потери армии РФ за февраль 2026 года, по данным Генштаба ВСУ:", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    ("Генштаб ЗСУ: втрати окупантів за минулий тиждень", (dt.date(2026, 3, 9), dt.date(2026, 3, 15))),
    ("Инфографика. Потери ВС РФ в январе 2026 года (данные Генштаба ВСУ)", (dt.date(2026, 1, 1), dt.date(2026, 1, 31))),
    ("Підсумки тижня з 2 по 8 березня, Генштаб ЗСУ:", (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
    ("Итоги недели с 9 по 15 марта по данным Генштаба ВСУ:", (dt.date(2026, 3, 9), dt.date(2026, 3, 15))),
    ("Генштаб ЗСУ: скільки ворог втратив у січні 2026 року", (dt.date(2026, 1, 1), dt.date(2026, 1, 31))),
    ("Потери оккупантов за 2025 год, по данным Генштаба ВСУ:", (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
]  # fmt: skip
UK_LIST = "\n• особовий склад — 30 100\n• танки — 95\n• артилерійські системи — 880\n"
RU_LIST = "\n• личный состав — 30 100\n• танки — 95\n• артиллерийские системы — 880\n"


@pytest.mark.parametrize(("heading", "span"), SPAN_HEADINGS)
def test_a_list_under_a_span_heading_is_that_spans(
    heading: str, span: tuple[dt.date, dt.date]
) -> None:
    listed = UK_LIST if any(ch in heading for ch in "іїєґ") else RU_LIST
    claims = [c for c in _claims(heading + listed) if c.value in (30_100, 95, 880)]
    assert {c.value for c in claims} == {30_100, 95, 880}
    assert {(c.period_start, c.period_end) for c in claims} == {span}


# A figure out of a total ("58 із 64 дронів"): the noun after the total is the figure's, and
# the total (what was launched) no claim.
OUT_OF = [
    ("Повітряні сили: за ніч збито 47 із 55 ударних БпЛА.", (Metric.drones, 47), 55),
    ("Повітряні сили ЗСУ збили 63 з 70 дронів-камікадзе типу Shahed.", (Metric.drones, 63), 70),
    ("ПВО ВСУ, по данным Воздушных сил, сбила 81 из 90 беспилотников.", (Metric.drones, 81), 90),
    ("Воздушные силы ВСУ: сбиты 12 из 15 крылатых ракет.", (Metric.cruise_missiles, 12), 15),
    ("За ніч Повітряні сили знешкодили 104 зі 120 дронів.", (Metric.drones, 104), 120),
    ("Повітряні сили: уражено 9 з 11 крилатих ракет Х-101.", (Metric.cruise_missiles, 9), 11),
    ("Воздушные силы ВСУ сообщили, что уничтожены 140 из 152 ударных БПЛА.", (Metric.drones, 140), 152),
    ("Повітряні сили ЗСУ: протягом доби збито 1 020 з 1 100 дронів.", (Metric.drones, 1020), 1100),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "launched"), OUT_OF)
def test_a_figure_out_of_a_total(text: str, wanted: tuple[Metric, int], launched: int) -> None:
    found = {(c.metric, c.value) for c in _claims(text)}
    assert wanted in found
    assert launched not in {v for _, v in found}
