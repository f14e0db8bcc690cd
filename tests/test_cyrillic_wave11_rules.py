# ruff: noqa: E501 - one sentence a row, however long.
"""Engine-level rules for Ukrainian and Russian articles (wave 11, issues 13 and 15), each on
texts of our own, none copied from a blind round: a figure too large for the day, week or month
its sentence carries is the war's running total; "за той самий день", "за ту саму добу", "за тот
же день" point back at the day named before, in the same sentence too."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.general_staff import read_ukrainian_russian
from knowledge.models import Claim, Metric, PeriodKind, Source, Subject

DAY = dt.date(2026, 5, 20)
YESTERDAY = DAY - dt.timedelta(days=1)


def _claims(text: str, publisher: str = "Тестове видання (fixture)") -> list[Claim]:
    return read_ukrainian_russian(Source(id="t", text=text, publisher=publisher, published=DAY))


def _period(
    text: str, metric: Metric, value: int
) -> tuple[PeriodKind, dt.date | None, dt.date | None]:
    claim = next(c for c in _claims(text) if (c.metric, c.value) == (metric, value))
    return claim.period_kind, claim.period_start, claim.period_end


# (text, metric, value): a day's or week's sentence, and a total no day or week could hold.
TOO_LARGE_FOR_THE_SPAN = [
    ("За минулу добу ворог втратив 1 150 осіб. Загалом він уже втратив 1 356 900 військових, повідомив Генштаб.", Metric.personnel, 1_356_900),
    ("Генштаб: за добу окупанти втратили 980 осіб, а їхні сумарні втрати досягли 1 357 880.", Metric.personnel, 1_357_880),
    ("За сутки ВС РФ потеряли 1 020 человек, сообщил Генштаб ВСУ. В целом россияне лишились 1 358 900 военных.", Metric.personnel, 1_358_900),
    ("Минобороны России: за неделю ВСУ потеряли 8 900 военнослужащих, а с учётом прежних данных — более 1 600 000.", Metric.personnel, 1_600_000),
    ("За тиждень росіяни втратили 7 800 осіб і 40 танків. Танків за весь час — 11 950, повідомили в Генштабі.", Metric.tanks, 11_950),
    ("Генштаб повідомив про втрати ворога за добу: 4 танки. Їх, як і вчора, вже 11 948.", Metric.tanks, 11_948),
    ("За прошедшие сутки враг потерял 12 артсистем; всего артиллерийских систем потеряно 36 700, сообщил Генштаб ВСУ.", Metric.artillery, 36_700),
    ("За минулу добу знищено 25 бойових броньованих машин. Разом ББМ у ворога вже 24 410, за даними Генштабу.", Metric.armored_vehicles, 24_410),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "value"), TOO_LARGE_FOR_THE_SPAN)
def test_a_figure_too_large_for_its_span_is_the_running_total(
    text: str, metric: Metric, value: int
) -> None:
    assert _period(text, metric, value) == (PeriodKind.cumulative, dt.date(2022, 2, 24), DAY)


# A day's figure of the ordinary size keeps its day.
def test_a_day_figure_of_ordinary_size_keeps_its_day() -> None:
    text = "За минулу добу ворог втратив 1 150 осіб і 12 танків, повідомив Генштаб."
    assert _period(text, Metric.personnel, 1_150)[0] == PeriodKind.day
    assert _period(text, Metric.tanks, 12)[0] == PeriodKind.day


# (text, metric, value): a second figure "for the same day", after a running total between.
THE_SAME_DAY = [
    ("Генштаб ЗСУ заявив, що за добу ворог втратив 1 100 осіб, а всього з початку війни — 1 355 000; Міноборони РФ за той самий день нарахувало 1 250 українських військових.", Metric.personnel, 1_250),
    ("Генштаб ВСУ сообщил, что за сутки РФ потеряла 990 военных, а всего — 1 354 000, тогда как Минобороны России за тот же день насчитало до 1 300 военнослужащих ВСУ.", Metric.personnel, 1_300),
    ("За добу росіяни втратили 1 050 осіб, а загалом — 1 352 100. Міноборони рф за ту саму добу заявило про 1 400 українських військових.", Metric.personnel, 1_400),
    ("Генштаб ВСУ: за сутки потери РФ — 1 070 человек, а всего с 24 февраля 2022 года — 1 353 300. Минобороны РФ за те же сутки сообщило о потерях ВСУ в 1 180 военных.", Metric.personnel, 1_180),
    ("За добу ворог втратив 1 000 осіб, а загалом — понад 1 351 000. За цю ж добу, за даними Міноборони рф, ЗСУ втратили 1 320 військових.", Metric.personnel, 1_320),
    ("Вчера, по данным Генштаба ВСУ, ВС РФ лишились 1 110 человек, а всего — 1 350 500. За этот же день Минобороны России насчитало 1 260 украинских военных.", Metric.personnel, 1_260),
    ("За минулу добу Генштаб нарахував 1 090 російських втрат, а загалом уже 1 349 900. Російське міноборони за той же день заявило про 1 210 військових ЗСУ.", Metric.personnel, 1_210),
    ("По данным Генштаба ВСУ, за сутки РФ потеряла 1 030 военных, а всего — 1 348 700. Минобороны России за те самые сутки заявило о потере ВСУ 1 190 военных.", Metric.personnel, 1_190),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "value"), THE_SAME_DAY)
def test_the_same_day_points_back_at_the_day_named(text: str, metric: Metric, value: int) -> None:
    assert _period(text, metric, value) == (PeriodKind.day, YESTERDAY, YESTERDAY)


# (text, (metric, value) wanted, period kind): a list under a colon line that names no loss
# ("Що відомо:", "Головне:"), after a lead sentence that states whose losses and for when.
LIST_AFTER_A_LEAD = [
    ("Окупанти за червень втратили найбільше техніки від початку року, пише видання з посиланням на Генштаб.\nГоловне:\n- танки: 150;\n- артсистеми: 1 900;\n- особовий склад: 40 100 осіб.", (Metric.tanks, 150), PeriodKind.month),
    ("Окупанти за червень втратили найбільше техніки від початку року, пише видання з посиланням на Генштаб.\nГоловне:\n- танки: 150;\n- артсистеми: 1 900;\n- особовий склад: 40 100 осіб.", (Metric.personnel, 40_100), PeriodKind.month),
    ("Армия РФ в мае потеряла больше всего за полгода, подсчитало издание по сводкам Генштаба ВСУ.\nЧто известно:\n— личный состав: 41 200 человек;\n— танки: 140.", (Metric.personnel, 41_200), PeriodKind.month),
    ("Армия РФ в мае потеряла больше всего за полгода, подсчитало издание по сводкам Генштаба ВСУ.\nЧто известно:\n— личный состав: 41 200 человек;\n— танки: 140.", (Metric.tanks, 140), PeriodKind.month),
    ("Росія за квітень втратила рекордну кількість дронів, свідчать підрахунки Укрінформу за даними Генштабу.\nЦифри:\n- безпілотники: 50 210;\n- крилаті ракети: 190.", (Metric.drones, 50_210), PeriodKind.month),
    ("Росія за квітень втратила рекордну кількість дронів, свідчать підрахунки Укрінформу за даними Генштабу.\nЦифри:\n- безпілотники: 50 210;\n- крилаті ракети: 190.", (Metric.cruise_missiles, 190), PeriodKind.month),
    ("Российские войска за минувшую неделю потеряли больше обычного, следует из сводок Генштаба ВСУ.\nПодробности:\n• личный состав: 8 400;\n• артсистемы: 420.", (Metric.personnel, 8_400), PeriodKind.week),
    ("Российские войска за минувшую неделю потеряли больше обычного, следует из сводок Генштаба ВСУ.\nПодробности:\n• личный состав: 8 400;\n• артсистемы: 420.", (Metric.artillery, 420), PeriodKind.week),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "kind"), LIST_AFTER_A_LEAD)
def test_a_list_under_a_plain_colon_line_goes_on_with_the_lead(
    text: str, wanted: tuple[Metric, int], kind: PeriodKind
) -> None:
    claims = [c for c in _claims(text) if (c.metric, c.value) == wanted]
    assert [(c.subject, c.period_kind) for c in claims] == [(Subject.russia, kind)]


# A channel's list of the day under a heading naming the day, and a total line below it.
_DAY_LISTS = [
    "ГЕНШТАБ: ВТРАТИ ВОРОГА ЗА ДОБУ\n▪️ особовий склад — 1 100\n▪️ танки — 7\n▪️ артсистеми — 41\nЗагалом від початку вторгнення — 1 350 000 осіб.",
    "Втрати окупантів за минулу добу (дані Генштабу):\n• особовий склад — 1 100\n• танки — 7\n• артсистеми — 41\nВсього з 24.02.22 — 1 350 000 осіб.",
    "ПОТЕРИ РФ ЗА СУТКИ — ГЕНШТАБ ВСУ\n🔻 личный состав — 1 100\n🔻 танки — 7\n🔻 артсистемы — 41\nВсего с начала вторжения — 1 350 000 человек.",
    "Генштаб ВСУ: потери врага за прошедшие сутки\n— личный состав — 1 100\n— танки — 7\n— артсистемы — 41\nИтого с 24.02.2022 — 1 350 000.",
]  # fmt: skip
DAY_LISTS = [(t, w) for t in _DAY_LISTS for w in ((Metric.personnel, 1_100), (Metric.tanks, 7))]


@pytest.mark.parametrize(("text", "wanted"), DAY_LISTS)
def test_a_list_headed_by_the_day_is_the_days(text: str, wanted: tuple[Metric, int]) -> None:
    assert _period(text, *wanted) == (PeriodKind.day, YESTERDAY, YESTERDAY)
    assert _period(text, Metric.personnel, 1_350_000)[0] == PeriodKind.cumulative


# (text, value): a total with no noun of its own after a list of equipment: only people were
# lost by the half-million.
BARE_TOTAL_AFTER_EQUIPMENT = [
    ("Генштаб: за добу росіяни втратили 1 010 осіб і 320 БпЛА. Усього з 24.02.22 — 1 350 200.", 1_350_200),
    ("За сутки ВС РФ лишились 980 человек и 15 артсистем, сообщил Генштаб ВСУ. Всего с начала вторжения — 1 349 600.", 1_349_600),
    ("Генштаб ЗСУ: мінус 1 050 окупантів і 9 танків за добу. Разом з початку війни — 1 351 300.", 1_351_300),
    ("Втрати ворога за добу: 1 120 осіб, 290 дронів. Загалом від 24 лютого 2022 року — 1 352 400, повідомив Генштаб.", 1_352_400),
    ("За минувшие сутки, по данным Генштаба ВСУ, уничтожены 1 060 военных РФ и 48 единиц автотехники. Итого — 1 353 500.", 1_353_500),
    ("Генштаб повідомив, що за добу ворог втратив 1 005 осіб і 12 артсистем. Усього ж — близько 1 354 600.", 1_354_600),
    ("По данным Генштаба ВСУ, за сутки потери РФ — 1 090 человек и 22 ББМ. С начала войны — 1 355 700.", 1_355_700),
    ("Генштаб: мінус 1 130 окупантів і 410 БпЛА за добу. Від початку вторгнення — 1 356 800.", 1_356_800),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), BARE_TOTAL_AFTER_EQUIPMENT)
def test_a_bare_total_of_the_half_million_counts_people(text: str, value: int) -> None:
    assert _period(text, Metric.personnel, value)[0] == PeriodKind.cumulative
    assert all(c.metric == Metric.personnel for c in _claims(text) if c.value == value)


# (text, (metric, value)): a verbless sentence adding to the losses of the one just before.
ADDED_ON = [
    ("За тиждень ЗСУ нібито втратили 9 100 військових, пише міноборони рф. Плюс 38 танків і 170 одиниць автотехніки.", (Metric.tanks, 38)),
    ("За тиждень ЗСУ нібито втратили 9 100 військових, пише міноборони рф. Плюс 38 танків і 170 одиниць автотехніки.", (Metric.vehicles, 170)),
    ("По данным Минобороны РФ, за неделю ВСУ потеряли свыше 9 000 военнослужащих. Плюс 35 танков и около 160 автомобилей.", (Metric.tanks, 35)),
    ("Генштаб повідомив, що за добу ворог втратив 1 120 осіб. А також 14 артсистем і 310 БпЛА.", (Metric.artillery, 14)),
    ("Генштаб повідомив, що за добу ворог втратив 1 120 осіб. А також 14 артсистем і 310 БпЛА.", (Metric.drones, 310)),
    ("За сутки армия РФ потеряла 1 040 человек, сообщил Генштаб ВСУ. Кроме того — 9 танков и 22 артсистемы.", (Metric.tanks, 9)),
    ("За минулу добу окупанти втратили 980 осіб, йдеться у зведенні Генштабу. До того ж 6 танків і 17 артсистем.", (Metric.artillery, 17)),
    ("Минобороны России заявило, что за сутки ВСУ лишились до 1 250 военных. Вдобавок 4 танка и 11 бронемашин.", (Metric.tanks, 4)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), ADDED_ON)
def test_a_verbless_sentence_adds_to_the_losses_before(
    text: str, wanted: tuple[Metric, int]
) -> None:
    first = _claims(text)[0]
    claims = [c for c in _claims(text) if (c.metric, c.value) == wanted]
    assert [(c.subject, c.period_kind) for c in claims] == [(first.subject, first.period_kind)]


# An added sentence with a verb of its own says something else: no loss.
def test_an_added_sentence_with_its_own_verb_is_no_loss() -> None:
    text = "За добу ворог втратив 1 100 осіб і 5 танків, повідомив Генштаб. Крім того, волонтери передали бригаді 5 пікапів."
    assert [c.value for c in _claims(text)] == [1_100, 5]
    assert [c.quote for c in _claims(text) if "пікап" in c.quote] == []


# (text, value, (start, end) wanted): a comparison in brackets after a figure names its own
# figure's period, not the figure's before it.
_APRIL = (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
_MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
BRACKETED_COMPARISON = [
    ("Ворог за квітень втратив найбільше техніки цього року, свідчать дані Генштабу.\nГоловне:\n- танки: 171 (у березні — 120);\n- артсистеми: 1 950.", 171, _APRIL),
    ("Ворог за квітень втратив найбільше техніки цього року, свідчать дані Генштабу.\nГоловне:\n- танки: 171 (у березні — 120);\n- артсистеми: 1 950.", 120, _MARCH),
    ("Армия РФ за апрель потеряла больше всего за год, по данным Генштаба ВСУ.\nЧто известно:\n— танки: 171 (в марте — 120);\n— артсистемы: 1 950.", 171, _APRIL),
    ("Армия РФ за апрель потеряла больше всего за год, по данным Генштаба ВСУ.\nЧто известно:\n— танки: 171 (в марте — 120);\n— артсистемы: 1 950.", 120, _MARCH),
    ("За квітень окупанти втратили 41 300 осіб (за березень — 38 900), повідомив Генштаб.", 41_300, _APRIL),
    ("За квітень окупанти втратили 41 300 осіб (за березень — 38 900), повідомив Генштаб.", 38_900, _MARCH),
    ("По данным Генштаба ВСУ, за апрель РФ потеряла 41 300 военных. Танков — 171 (в марте было 120).", 171, _APRIL),
    ("По данным Генштаба ВСУ, за апрель РФ потеряла 41 300 военных. Танков — 171 (в марте было 120).", 120, _MARCH),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "span"), BRACKETED_COMPARISON)
def test_a_bracketed_comparison_keeps_its_period_to_itself(
    text: str, value: int, span: tuple[dt.date, dt.date]
) -> None:
    assert {(c.period_start, c.period_end) for c in _claims(text) if c.value == value} == {span}


# (text, value): air defence named as systems or complexes of ППО / ПВО.
AIR_DEFENCE_NOUNS = [
    ("За минулу добу ворог втратив сім систем ППО, повідомив Генштаб.", 7),
    ("Генштаб: окупанти за добу втратили 3 системи ППО і 40 дронів.", 3),
    ("Сили оборони знищили за тиждень 5 комплексів ППО ворога, повідомив Генштаб.", 5),
    ("ВС РФ за сутки потеряли 2 комплекса ПВО, сообщил Генштаб ВСУ.", 2),
    ("По данным Генштаба ВСУ, за неделю российская армия лишилась 6 систем ПВО.", 6),
    ("За добу росіяни втратили 4 засоби ППО, йдеться у зведенні Генштабу.", 4),
    ("Минобороны РФ: за сутки ВСУ потеряли 3 зенитных ракетных комплекса.", 3),
    ("Мінус 1 200 окупантів, дві системи протиповітряної оборони і 900 дронів — втрати ворога за добу.", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), AIR_DEFENCE_NOUNS)
def test_systems_and_complexes_of_air_defence(text: str, value: int) -> None:
    assert (Metric.air_defense, value) in {(c.metric, c.value) for c in _claims(text)}


_LEAD = "За добу ворог втратив 1 100 осіб, повідомив Генштаб.\n"
_LEAD_RU = "За сутки ВСУ потеряли до 1 300 военнослужащих, сообщило Минобороны РФ.\n"
# A post's own counters under its figures: no loss.
POST_COUNTERS = [
    _LEAD + "👁 Переглядів: 31 400",
    _LEAD + "Підписників каналу: 58 000",
    _LEAD + "💬 Коментарів: 1 250",
    _LEAD + "🔁 Репостів: 2 100",
    _LEAD_RU + "👁 Просмотров: 31 400",
    _LEAD_RU + "Подписчиков: 120 000",
    _LEAD_RU + "Комментариев: 1 250",
    _LEAD_RU + "Реакций: 4 800",
]  # fmt: skip


@pytest.mark.parametrize("text", POST_COUNTERS)
def test_a_posts_own_counters_are_no_loss(text: str) -> None:
    assert [c.value for c in _claims(text)] in ([1_100], [1_300])
