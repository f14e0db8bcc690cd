"""Rules for Ukrainian and Russian article styles met in the third blind round (issues 13 and
15), each on sentences of our own in the structures real outlets use: a speaker's own losses
named with a reflexive ("власних втрат", "собственных потерь") are the speaker's side, never the
other's; Russian MoD cumulative lists and sector briefings; bloggers' and governors' posts;
figures in forms not read before."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.cyrillic_prose import read_prose
from knowledge.extract.general_staff import read_daily_post
from knowledge.models import Claim, Metric, PeriodKind, PersonnelKind, Source, Stat, Subject

DAY = dt.date(2026, 3, 10)
RU, UA, NEUTRAL = "ТАСС", "Укрінформ", "Вестник (fixture)"


def _claims(text: str, publisher: str = NEUTRAL) -> list[Claim]:
    return read_prose(Source(id="t", text=text, publisher=publisher, published=DAY))


def _side_of(text: str, value: int, publisher: str = NEUTRAL) -> Subject:
    """The side of the one claim of `value` read from `text`."""
    [claim] = [c for c in _claims(text, publisher) if c.value == value]
    return claim.subject


# A reflexive possessive ("власних", "своїх", "собственных", "своих") points at the subject of
# its clause: a claimant or a side named before it. What comes after in the sentence is that
# side's own figure unless another side is named after the reflexive.
OWN_REFLEXIVE = [
    ("Міноборони рф про свої втрати не звітує від вересня 2022-го, коли Шойгу назвав 5 937 "
     "загиблих.", Subject.russia, 5937),
    ("Минобороны России не раскрывает собственных потерь: последний раз ведомство сообщало о "
     "5 937 погибших военнослужащих.", Subject.russia, 5937),
    ("В Кремле о своих потерях предпочитают молчать, хотя в 2022 году Шойгу говорил о 5 937 "
     "погибших.", Subject.russia, 5937),
    ("Генштаб ЗСУ власних втрат не розкриває, однак у лютому 2024 року Зеленський назвав 31 "
     "тисячу загиблих.", Subject.ukraine, 31_000),
    ("Киев о собственных потерях почти не говорит: в декабре 2024 года Зеленский назвал 43 000 "
     "погибших военных.", Subject.ukraine, 43_000),
    ("Російське відомство втрати власного війська називало лише двічі, востаннє — 5 937 "
     "загиблих.", Subject.russia, 5937),
    ("Офіційний Київ своїх втрат майже не називає; у грудні Зеленський говорив про 43 тисячі "
     "загиблих.", Subject.ukraine, 43_000),
]  # fmt: skip
# A side named after the reflexive owns the figure, as before.
OTHER_AFTER_REFLEXIVE = [
    ("Минобороны РФ, не называя собственных потерь, сообщило, что противник потерял до 1 200 "
     "военнослужащих.", Subject.ukraine, 1200),
    ("Генштаб ЗСУ не розкриває власних втрат, але повідомляє про 1 100 ліквідованих "
     "окупантів.", Subject.russia, 1100),
    ("Міноборони рф заявило, що власних втрат не має, а ЗСУ втратили 300 військових.",
     Subject.ukraine, 300),
    ("Ворог приховує свої втрати, але за добу він втратив 1 200 осіб, повідомив Генштаб ЗСУ.",
     Subject.russia, 1200),
    ("Противник скрывает свои потери: по данным Минобороны РФ, ВСУ за сутки лишились 410 "
     "военнослужащих.", Subject.ukraine, 410),
]  # fmt: skip


@pytest.mark.parametrize(("text", "side", "value"), OWN_REFLEXIVE + OTHER_AFTER_REFLEXIVE)
def test_a_reflexive_names_the_speakers_own_losses(text: str, side: Subject, value: int) -> None:
    assert _side_of(text, value) == side


# The General Staff's post as retold by outlets: lines led by a dash or a bullet, the Russian
# wording, ground robots as their own line (stored as `other`).
DASH_POSTS = [
    "Потери противника с 24.02.22 по 09.03.26 составили:\n"
    "— личного состава — около 1 280 400 (+1 210) человек;\n"
    "— танков — 11 800 (+4) ед.;\n"
    "— наземных роботизированных комплексов — 1 500 (+3).\n",
    "Втрати ворога станом на ранок:\n"
    "- особового складу - близько 1 280 400 (+1 210) осіб;\n"
    "- танків - 11 800 (+4) од.;\n"
    "- наземних роботизованих комплексів - 1 500 (+3) од.\n",
    "Бойові втрати росії:\n"
    "– особового складу – близько 1 280 400 (+1 210) осіб\n"
    "– танків – 11 800 (+4) од.\n"
    "– НРК – 1 500 (+3)\n",
    "Общие потери врага:\n"
    "• личного состава ‒ около 1280400 (+1210) человек\n"
    "• танков ‒ 11800 (+4) ед.\n"
    "• наземных робототехнических комплексов ‒ 1500 (+3) ед.\n",
]


@pytest.mark.parametrize("post", DASH_POSTS)
def test_a_general_staff_post_with_dash_bullets(post: str) -> None:
    source = Source(id="t", text=post, published=DAY)
    got = {(c.metric, c.value, c.subject) for c in read_daily_post(source)}
    assert got == {
        (Metric.personnel, 1_280_400, Subject.russia), (Metric.personnel, 1210, Subject.russia),
        (Metric.tanks, 11_800, Subject.russia), (Metric.tanks, 4, Subject.russia),
        (Metric.other, 1500, Subject.russia), (Metric.other, 3, Subject.russia),
    }  # fmt: skip


def _found(text: str, publisher: str = NEUTRAL) -> set[tuple[Metric, Subject, int, int | None]]:
    """(metric, side, value, value_max) of every claim read from `text`."""
    return {(c.metric, c.subject, c.value, c.value_max) for c in _claims(text, publisher)}


# Articles wrapped at a fixed width: a sentence over two lines is read whole (its side, its
# period and its group of forces are in the other line).
WRAPPED = [
    ("Минобороны России сообщило, что за минувшие сутки в зоне ответственности\n"
     "группировки войск «Юг» противник потерял до 145 военнослужащих, а в зоне\n"
     "группировки «Восток» — более 210.",
     {(Metric.personnel, Subject.ukraine, 145, None),
      (Metric.personnel, Subject.ukraine, 210, None)}),
    ("Всего с начала специальной военной операции, по данным российского ведомства, уничтожены\n"
     "655 самолетов, 280 вертолетов и 98 300 беспилотных летательных аппаратов.",
     {(Metric.aircraft, Subject.ukraine, 655, None),
      (Metric.helicopters, Subject.ukraine, 280, None),
      (Metric.drones, Subject.ukraine, 98_300, None)}),
    ("Сили оборони Таврійського напрямку повідомили, що за минулу добу було знищено\n"
     "77 окупантів, два танки та 14 одиниць автомобільної техніки ворога.",
     {(Metric.personnel, Subject.russia, 77, None), (Metric.tanks, Subject.russia, 2, None),
      (Metric.vehicles, Subject.russia, 14, None)}),
    ("За даними Генштабу ЗСУ, за березень російські загарбники втратили\n"
     "31 960 осіб убитими та пораненими.",
     {(Metric.personnel, Subject.russia, 31_960, None)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), WRAPPED)
def test_a_sentence_wrapped_over_lines(
    text: str, want: set[tuple[Metric, Subject, int, None]]
) -> None:
    assert _found(text) == want


def test_short_lines_of_a_post_stay_apart() -> None:
    """A post's short lines are items of their own: a line's figure keeps its own noun."""
    post = "За тиждень бійці бригади:\n☠️ ліквідували 140 окупантів\n💥 знищили 3 танки\n"
    assert _found(post) == {(Metric.personnel, Subject.russia, 140, None),
                            (Metric.tanks, Subject.russia, 3, None)}  # fmt: skip


# Times of day are no figures ("з 22:00 до 05:00", "в 06:30").
TIMES = [
    "Ворог втратив 300 осіб. Комендантська година діятиме з 23:00 до 05:00.",
    "Противник потерял 300 военнослужащих. Обстрел продолжался с 4:30 до 6:15.",
    "Ворог втратив 300 осіб, атака почалася о 05:40 і тривала до 07:10.",
]


@pytest.mark.parametrize("text", TIMES)
def test_times_of_day_are_no_figures(text: str) -> None:
    assert {c.value for c in _claims(text, UA)} == {300}


# An unattributed post speaks for the side its words take: Russian war-blogger words ("СВО",
# "боевики", "хохлы") or Ukrainian ones ("окупанти", "рашисти"); its "наши" is that side.
VOICE = [
    ("За сутки ВСУ потеряли до 90 боевиков. Наши потери — 6 «двухсотых».", 6, Subject.russia),
    ("#СВО\nПротивник откатился, оставив 40 убитых. У нас 5 трехсотых.", 5, Subject.russia),
    ("Хохлы потеряли 3 танка. Две наши БМП сгорели на марше.", 2, Subject.russia),
    ("Окупанти втратили 120 осіб. Наші втрати — 4 поранених.", 4, Subject.ukraine),
    ("Рашисти залишили 30 трупів. У нас 2 загиблих, вічна пам'ять.", 2, Subject.ukraine),
]


@pytest.mark.parametrize(("text", "value", "side"), VOICE)
def test_an_unattributed_post_speaks_for_its_side(text: str, value: int, side: Subject) -> None:
    assert _side_of(text, value, "Канал (fixture)") == side


# Nouns of losses not read before: boats are ships, motorcycles and buggies vehicles, former
# prisoners personnel.
NOUNS = [
    ("Сили оборони знищили 4 човни окупантів.", Metric.ships, 4),
    ("ВСУ потеряли 6 лодок у острова.", Metric.ships, 6),
    ("Бійці знищили 56 мотоциклів окупантів.", Metric.vehicles, 56),
    ("Уничтожены 12 мотоциклов и квадроциклов противника.", Metric.vehicles, 12),
    ("Загинули щонайменше 900 колишніх в'язнів, завербованих до армії рф.", Metric.personnel, 900),
]


@pytest.mark.parametrize(("text", "metric", "value"), NOUNS)
def test_more_nouns(text: str, metric: Metric, value: int) -> None:
    [claim] = _claims(text, UA)
    assert (claim.metric, claim.value) == (metric, value)


# A bare figure followed by the verb ("ще 204 поранили", "ещё 15 ранили", "12 взяли в полон").
VERB_AFTER = [
    ("☠️ ліквідували 318 окупантів\n🩸 ще 204 поранили", 204),
    ("Противник потерял убитыми 40 военнослужащих, ещё 15 ранили.", 15),
    ("Бійці знищили 70 окупантів, ще 12 взяли в полон.", 12),
]


@pytest.mark.parametrize(("text", "value"), VERB_AFTER)
def test_a_bare_figure_before_its_verb(text: str, value: int) -> None:
    [claim] = [c for c in _claims(text, UA) if c.value == value]
    assert claim.metric == Metric.personnel


# Half a scale word ("полмиллиона", "півмільйона", "полтысячи"), ranges in any form.
HALVES_AND_RANGES = [
    ("ВСУ потеряли почти полмиллиона военнослужащих.", 500_000, None),
    ("Ворог втратив майже півмільйона військових.", 500_000, None),
    ("Ворог втратив пів мільйона військових.", 500_000, None),
    ("Противник потерял полтысячи военнослужащих.", 500, None),
    ("Реально погибли от 180 до 230 тыс. российских военных.", 180_000, 230_000),
    ("Загинули від 190 до 240 тисяч російських військових.", 190_000, 240_000),
    ("Погибли между 150 и 200 тысячами российских военных.", 150_000, 200_000),
    ("Загинули між 40 і 50 тисячами російських військових.", 40_000, 50_000),
    ("Погибли 210–265 тысяч российских военных.", 210_000, 265_000),
]


@pytest.mark.parametrize(("text", "value", "value_max"), HALVES_AND_RANGES)
def test_halves_and_ranges(text: str, value: int, value_max: int | None) -> None:
    [claim] = _claims(text, UA)
    assert (claim.value, claim.value_max) == (value, value_max)


# Residents of a region killed in the war zone are soldiers, the speaker's own when no side is
# named (a governor counts his region's dead); residents killed elsewhere are civilians.
RESIDENTS = [
    ("Губернатор Курской области сообщил, что в зоне СВО погибли 320 жителей региона.", 320,
     Subject.russia),
    ("Глава республики рассказал, что на СВО погибли две тысячи четыреста российских жителей "
     "республики.", 2400, Subject.russia),
    ("По словам губернатора, на фронте погибли 57 уроженцев района, российских военных.", 57,
     Subject.russia),
    ("Начальник обласної військової адміністрації повідомив, що на війні загинули 410 мешканців "
     "області.", 410, Subject.ukraine),
    ("Губернатор Белгородской области Гладков: с начала спецоперации погибли 150 земляков.", 150,
     Subject.russia),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "side"), RESIDENTS)
def test_residents_killed_at_the_front(text: str, value: int, side: Subject) -> None:
    [claim] = _claims(text)
    assert (claim.metric, claim.subject, claim.value) == (Metric.personnel, side, value)


STRIKES = [
    "Внаслідок удару загинули 5 мешканців міста, ще 12 поранені.",
    "В результате обстрела погибли трое жителей села, ранены 7 человек.",
    "Уроженец района погиб, 4 жителя получили ранения при атаке дронов.",
]


@pytest.mark.parametrize("text", STRIKES)
def test_residents_killed_in_a_strike_are_no_soldiers(text: str) -> None:
    assert _claims(text, UA) == []


# A bare figure whose noun before it counts no losses ("атак — 96", "зіткнень за добу — 187")
# is no loss, though a loss figure came just before.
COUNTS_BEFORE = [
    "Противник потерял 400 военнослужащих. Больше всего штурмов — 41 — было на Купянском "
    "направлении.",
    "Ворог втратив 400 осіб. Кількість бойових зіткнень за добу — 187.",
    "ВСУ потеряли 400 военных; обстрелов за сутки — 45.",
    "Ворог втратив 400 осіб, атак на Лиманському напрямку — 62.",
    "Противник потерял 400 военнослужащих, боестолкновений за минувшие сутки — 52.",
]


@pytest.mark.parametrize("text", COUNTS_BEFORE)
def test_a_count_named_before_a_bare_figure_is_no_loss(text: str) -> None:
    assert {c.value for c in _claims(text)} == {400}


def _one(text: str, value: int, publisher: str = NEUTRAL) -> Claim:
    [claim] = [c for c in _claims(text, publisher) if c.value == value]
    return claim


# Claimants of intelligence and open-source counts, in both languages.
CLAIMANTS = [
    ("Міністерство оборони Великої Британії повідомило, що росія втратила 1 100 військових.",
     1100, "UK Ministry of Defence"),
    ("Министерство обороны Великобритании оценивает потери российской армии в 1 100 человек.",
     1100, "UK Ministry of Defence"),
    ("Британська розвідка: росіяни втратили 1 100 військових за добу.", 1100,
     "UK Ministry of Defence"),
    ("Аналітики ISW підрахували, що росія втратила 1 100 військових.", 1100,
     "the Institute for the Study of War"),
    ("В Институте изучения войны считают, что российская армия потеряла 1 100 военных.", 1100,
     "the Institute for the Study of War"),
    ("Проєкт Oryx налічує 1 100 втрачених російських танків.", 1100, "Oryx"),
    ("По подсчетам Oryx, Россия потеряла 1 100 танков.", 1100, "Oryx"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "claimant"), CLAIMANTS)
def test_intelligence_and_open_source_claimants(text: str, value: int, claimant: str) -> None:
    assert _one(text, value).claimant == claimant


# A daily average is never a total.
AVERAGES = [
    "У січні середньодобові втрати росії становили 1 080 осіб.",
    "Среднесуточные потери российской армии в январе составили 1 080 человек.",
    "Росія втрачала в середньому 1 080 військових за добу.",
    "Российская армия теряла в среднем 1 080 военных в сутки.",
    "Щодня росіяни втрачали близько 1 080 військових.",
]


@pytest.mark.parametrize("text", AVERAGES)
def test_a_daily_average_is_no_total(text: str) -> None:
    assert _one(text, 1080).stat == Stat.daily_average


# Troops of a third country fighting for one side are a third party's losses.
THIRD_PARTIES = [
    "КНДР втратила в Курській області близько 4 700 солдатів убитими та пораненими.",
    "Северокорейские военные потеряли около 4 700 человек.",
    "Втрати північнокорейських військових сягнули 4 700 осіб.",
    "Потери военнослужащих КНДР составили 4 700 человек.",
    "Сили оборони ліквідували 4 700 північнокорейських військових.",
]


@pytest.mark.parametrize("text", THIRD_PARTIES)
def test_third_country_troops_are_other(text: str) -> None:
    assert _one(text, 4700).subject == Subject.other


# A visual count's breakdown by status: parts of the total, as the English rows store them.
BREAKDOWN = [
    ("Oryx налічує 4 050 втрачених російських танків. З них 2 800 знищено, 180 пошкоджено, "
     "370 покинуто, а 700 захоплено.",
     {4050: None, 2800: "destroyed", 180: "damaged", 370: "abandoned", 700: "captured"}),
    ("По данным Oryx, Россия потеряла 4 050 танков, из которых 2 800 уничтожены, 180 повреждены, "
     "370 брошены и 700 захвачены.",
     {4050: None, 2800: "destroyed", 180: "damaged", 370: "abandoned", 700: "captured"}),
    ("Втрати України за даними Oryx — 1 150 танків, з яких 690 знищено.",
     {1150: None, 690: "destroyed"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "parts"), BREAKDOWN)
def test_a_status_breakdown_is_parts(text: str, parts: dict[int, str | None]) -> None:
    got = {c.value: c.part_of for c in _claims(text)}
    assert got == parts
    assert {c.metric for c in _claims(text)} == {Metric.tanks}


# A ministry named as a recruiter or an employer, not as a speaker, takes no claim from the
# outlet that counts ("завербованных «Вагнером» и Минобороны").
NOT_SPEAKING = [
    "По данным Медиазоны, погибли 140 000 российских военных. Заключенных, завербованных "
    "«Вагнером» и Минобороны, среди них не менее 20 000.",
    "За даними Медіазони, загинули 140 000 російських військових. В'язнів, завербованих "
    "Міноборони, серед них щонайменше 20 000.",
    "По подсчетам Медиазоны, погибли 140 000 российских военных; контрактников Минобороны среди "
    "них не менее 20 000.",
]


@pytest.mark.parametrize("text", NOT_SPEAKING)
def test_a_ministry_that_does_not_speak_is_no_claimant(text: str) -> None:
    assert _one(text, 20_000).claimant == "Mediazona"


# Both sides' figures in one list: each figure's side is the one named before it, never the
# side named after the next comma.
BOTH_SIDES = [
    ("Потери сторон: ВСУ — 450 человек, российские войска — до 90.",
     {450: Subject.ukraine, 90: Subject.russia}),
    ("Втрати сторін: ЗСУ — 450 осіб, російські війська — 900.",
     {450: Subject.ukraine, 900: Subject.russia}),
    ("За неделю ВСУ потеряли 450 человек, российские подразделения — не более 90.",
     {450: Subject.ukraine, 90: Subject.russia}),
    ("Росія втратила 11 000 танків, Україна — близько 1 000.",
     {11_000: Subject.russia, 1000: Subject.ukraine}),
    ("Россия потеряла 11 000 танков, украинские войска — около 1 000.",
     {11_000: Subject.russia, 1000: Subject.ukraine}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sides"), BOTH_SIDES)
def test_both_sides_in_one_list(text: str, sides: dict[int, Subject]) -> None:
    assert {c.value: c.subject for c in _claims(text)} == sides


# Those who survived are no losses, though the dead are named next to them.
SURVIVORS = [
    ("Пленный рассказал, что из его батальона в живых осталось 30 человек, погибли 120.", 120),
    ("За словами полоненого, з роти вижили лише 30 бійців, а 120 загинули.", 120),
    ("Из 150 мобилизованных выжили 30, погибли 120 российских военных.", 120),
]


@pytest.mark.parametrize(("text", "value"), SURVIVORS)
def test_survivors_are_no_losses(text: str, value: int) -> None:
    assert {c.value for c in _claims(text)} == {value}


# More words for soldiers and for dying.
SOLDIERS = [
    "Военкоры признали гибель 60 российских морпехов под Угледаром.",
    "Загинули 60 російських морпіхів.",
    "Удар HIMARS по казармам унес жизни 60 российских военнослужащих.",
    "Обстріл забрав життя 60 російських мобілізованих.",
    "Погибли 60 кадыровцев.",
    "Противник потерял 60 контрактников и мобиков.",
]


@pytest.mark.parametrize("text", SOLDIERS)
def test_more_words_for_soldiers_and_dying(text: str) -> None:
    [claim] = _claims(text, RU)
    assert (claim.metric, claim.value) == (Metric.personnel, 60)


# The missing are losses of no known kind: never killed.
MISSING = [
    "С начала года погибли 312 военнослужащих, а 140 числятся пропавшими без вести.",
    "Загинули 312 військових, ще 140 вважаються зниклими безвісти.",
    "Зникли безвісти 140 українських військових.",
]


@pytest.mark.parametrize("text", MISSING)
def test_the_missing_are_no_dead(text: str) -> None:
    claim = _one(text, 140)
    assert claim.metric == Metric.personnel
    assert claim.personnel_kind == PersonnelKind.unspecified


# "N загальних втрат" / "N общих потерь": the losses are the noun (killed and wounded).
TOTAL_LOSSES_NOUN = [
    ("- росія: від 189 500 до 223 000 загальних втрат, з них до 43 000 загиблих;",
     (189_500, 223_000)),
    ("Разведка США оценивает потери России в 190 000 общих потерь.", (190_000, None)),
    ("У документах ідеться про 124 500 загальних втрат України.", (124_500, None)),
    ("Росія зазнала понад 300 тисяч санітарних втрат.", (300_000, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), TOTAL_LOSSES_NOUN)
def test_total_losses_as_the_noun(text: str, values: tuple[int, int | None]) -> None:
    claim = _one(text, values[0])
    assert (claim.metric, claim.value_max) == (Metric.personnel, values[1])


# A figure said to be per month is a monthly average, never a total.
MONTHLY = [
    "По словам Путина, Украина ежемесячно теряет около 30 тысяч военнослужащих.",
    "Росія щомісяця втрачає близько 30 тисяч військових.",
    "Потери ВСУ составляют порядка 30 тысяч человек в месяц.",
    "Ворог втрачає в середньому 30 тисяч осіб на місяць.",
]


@pytest.mark.parametrize("text", MONTHLY)
def test_a_monthly_rate_is_a_monthly_average(text: str) -> None:
    assert _one(text, 30_000).stat == Stat.monthly_average


# A group of forces named before its noun ("«Северной» группировки") sets the zone too.
GROUP_BEFORE_NOUN = [
    ("Подразделения «Северной» группировки поразили формирования ВСУ. Противник потерял более "
     "200 военнослужащих.", "Battlegroup Sever"),
    ("Подразделения «Южной» группировки войск улучшили тактическое положение. Потери ВСУ "
     "составили до 200 человек.", "Battlegroup Yug"),
    ("Підрозділи «Східного» угруповання рф, за даними Міноборони рф, завдали ударів. ЗСУ втратили "
     "200 військових.", "Battlegroup Vostok"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "part"), GROUP_BEFORE_NOUN)
def test_a_group_named_before_its_noun(text: str, part: str) -> None:
    assert _one(text, 200, RU).part_of == part


# A Western model named within a total is the part, not the Cyrillic class word before it.
MODELS = [
    "ВСУ потеряли четыре боевые бронированные машины, в том числе две БМП Bradley.",
    "ЗСУ втратили чотири бойові броньовані машини, у тому числі дві БМП Bradley.",
    "Уничтожены четыре боевые бронированные машины, в том числе две БМП «Bradley».",
]


@pytest.mark.parametrize("text", MODELS)
def test_a_western_model_is_the_part(text: str) -> None:
    assert _one(text, 2, RU).part_of == "Bradley"


# "Потери [side] составили N" with no noun at all: people.
LOSSES_NO_NOUN = [
    "Сырский сообщил, что потери российской армии составили 38 тысяч, в том числе 17 тысяч "
    "безвозвратные.",
    "Втрати окупантів на цьому напрямку сягнули 38 тисяч.",
    "Потери ВСУ в Курской области превысили 38 тысяч.",
    "За даними ISW, втрати росіян за місяць становлять 38 тисяч.",
]


@pytest.mark.parametrize("text", LOSSES_NO_NOUN)
def test_losses_with_no_noun_are_people(text: str) -> None:
    assert _one(text, 38_000).metric == Metric.personnel


def test_losses_of_equipment_with_no_noun_after_are_not_people() -> None:
    assert _claims("Втрати техніки ворога за місяць сягнули 3 800.") == []


# A reflexive right after a figure ("12 своїх бійців") names the subject's own losses.
REFLEXIVE_AFTER = [
    ("Командир батальйону розповів, що його підрозділ знищив 300 окупантів, втративши 12 своїх "
     "бійців.", UA, Subject.ukraine),
    ("Ворог відступив, залишивши 12 своїх загиблих.", UA, Subject.russia),
    ("Противник отступил, бросив 12 своих убитых.", RU, Subject.ukraine),
]  # fmt: skip


@pytest.mark.parametrize(("text", "publisher", "side"), REFLEXIVE_AFTER)
def test_a_reflexive_after_the_figure(text: str, publisher: str, side: Subject) -> None:
    assert _one(text, 12, publisher).subject == side


# The General Staff's figures as outlets reprint them: numbered lines, "label: number" lines,
# and the whole list in one sentence.
REPRINTED_POSTS = [
    "Станом на ранок ворог втратив:\n1. особового складу — 1 015 300 (+1 120);\n"
    "2. танків — 10 960 (+5);\n3. артсистем — 31 100 (+40);\n4. автотехніки — 52 300 (+80).\n",
    "Потери врага на утро:\n1) личного состава — около 1 015 300 (+1 120);\n"
    "2) танков — 10 960 (+5);\n3) артсистем — 31 100 (+40);\n4) автотехники — 52 300 (+80).\n",
    "Потери российских войск по данным Генштаба ВСУ:\nличный состав: около 1 015 300 (+1 120)\n"
    "танки: 10 960 (+5)\nартсистемы: 31 100 (+40)\nавтотехника: 52 300 (+80)\n",
    "Втрати ворога:\nособовий склад: 1 015 300 (+1 120)\nтанки: 10 960 (+5)\n"
    "артсистеми: 31 100 (+40)\nавтотехніка: 52 300 (+80)\n",
    "Загальні бойові втрати противника орієнтовно склали: особового складу – близько 1 015 300 "
    "(+1 120) осіб, танків – 10 960 (+5) од, артилерійських систем – 31 100 (+40) од, "
    "автомобільної техніки – 52 300 (+80) од.",
    "Общие боевые потери противника составили: личного состава — около 1 015 300 (+1 120) "
    "человек; танков — 10 960 (+5); артиллерийских систем — 31 100 (+40); автомобильной "
    "техники — 52 300 (+80).",
]


@pytest.mark.parametrize("post", REPRINTED_POSTS)
def test_a_reprinted_general_staff_post(post: str) -> None:
    source = Source(id="t", text=post, published=DAY)
    got = {(c.metric, c.value) for c in read_daily_post(source)}
    assert got == {
        (Metric.personnel, 1_015_300), (Metric.personnel, 1120), (Metric.tanks, 10_960),
        (Metric.tanks, 5), (Metric.artillery, 31_100), (Metric.artillery, 40),
        (Metric.vehicles, 52_300), (Metric.vehicles, 80),
    }  # fmt: skip


# A unit's own tally in the same shapes has no day's additions: no General Staff post.
UNIT_TALLIES = [
    "За добу бригада знищила:\n1. танків — 3;\n2. ББМ — 7;\n3. артсистем — 12.\n",
    "Итоги дня:\nтанки: 3\nББМ: 7\nартсистемы: 12\n",
    "За тиждень бійці знищили: танків – 3, ББМ – 7, артсистем – 12.",
]


@pytest.mark.parametrize("post", UNIT_TALLIES)
def test_a_units_tally_is_no_general_staff_post(post: str) -> None:
    assert read_daily_post(Source(id="t", text=post, published=DAY)) == []


# A list under a header that names the losses ("знищили:", "Потери противника за сутки:"):
# each item is a loss, though it has no verb of its own; an item's number is no figure.
LISTS_UNDER_A_HEADER = [
    ("Протягом доби воїни бригади знищили:\n— 2 танки;\n— 5 ББМ;\n— 14 окупантів.", UA),
    ("За сутки подразделения уничтожили:\n• 2 танка\n• 5 ББМ\n• 14 военнослужащих противника", RU),
    ("Втрати ворога за тиждень:\n1. танків — 2;\n2. ББМ — 5;\n3. особового складу — 14.", UA),
    ("Потери противника за сутки:\nтанки: 2\nББМ: 5\nличный состав: 14", RU),
]


@pytest.mark.parametrize(("text", "publisher"), LISTS_UNDER_A_HEADER)
def test_a_list_under_a_loss_header(text: str, publisher: str) -> None:
    want = {(Metric.tanks, 2), (Metric.armored_vehicles, 5), (Metric.personnel, 14)}
    claims = _claims(text, publisher)
    assert {(c.metric, c.value) for c in claims} == want
    assert {c.subject for c in claims} == {Subject.ukraine if publisher == RU else Subject.russia}


def test_a_list_under_a_header_of_no_losses() -> None:
    text = "Допомога від партнерів:\n— 2 танки;\n— 5 ББМ;\n— 14 гармат."
    assert _claims(text, UA) == []


# A live blog's entries each under a line giving their date (and time): a "за добу" in an
# entry counts back from the entry's day, not the page's.
LIVE_BLOGS = [
    "14 травня, 09:30\nГенштаб ЗСУ: за минулу добу ворог втратив 1 090 осіб.\n\n"
    "13 травня, 09:40\nГенштаб: за добу росіяни втратили 1 250 військових.",
    "14 мая 2026, 09:30\nГенштаб ВСУ: за минувшие сутки враг потерял 1 090 человек.\n\n"
    "13 мая 2026, 09:40\nГенштаб ВСУ: за сутки российская армия потеряла 1 250 военных.",
    "14.05.2026 09:30\nЗа минулу добу ворог втратив 1 090 осіб.\n\n"
    "13.05.2026 09:40\nЗа добу росіяни втратили 1 250 військових.",
]


@pytest.mark.parametrize("text", LIVE_BLOGS)
def test_a_live_blog_entry_counts_from_its_own_day(text: str) -> None:
    source = Source(id="t", text=text, publisher=UA, published=dt.date(2026, 5, 14))
    days = {c.value: c.period_start for c in read_prose(source)}
    assert days == {1090: dt.date(2026, 5, 13), 1250: dt.date(2026, 5, 12)}


# "Загальні втрати", "общие потери" before a figure with no period of its own between:
# the running total since the invasion, not the day a "за добу" earlier in the sentence names.
RUNNING_TOTALS = [
    ("Мінус 1 230 окупантів за добу: загальні втрати росії сягнули 1,35 млн осіб.", 1_350_000),
    ("За сутки ВСУ потеряли 1 300 военных, общие потери превысили 700 тысяч.", 700_000),
    ("Ворог за добу втратив 1 100 осіб; загальні втрати — понад 1 млн.", 1_000_000),
    ("Генштаб ВСУ: за сутки россияне потеряли 1 530 военных. Общие потери превысили 718 тысяч.",
     718_000),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), RUNNING_TOTALS)
def test_a_running_total_after_a_days_figure(text: str, value: int) -> None:
    assert _one(text, value, UA).period_kind == PeriodKind.cumulative


def test_a_total_over_a_named_period_keeps_it() -> None:
    text = "За добу ворог втратив 1 100 осіб, а загальні втрати за березень — 30 тисяч."
    assert _one(text, 30_000, UA).period_kind == PeriodKind.month


# The president is stored under the one name the English rows and the question side use.
PRESIDENT = [
    "Зеленський заявив, що загинули 46 тисяч українських військових.",
    "Зеленский назвал число погибших украинских военных — 46 тысяч.",
    "Президент України повідомив, що загинули 46 тисяч українських військових.",
    "По словам президента Украины, погибли 46 тысяч украинских военных.",
]


@pytest.mark.parametrize("text", PRESIDENT)
def test_the_president_is_one_claimant(text: str) -> None:
    claim = _one(text, 46_000, UA)
    assert (claim.claimant, claim.subject) == ("Ukraine's President", Subject.ukraine)
