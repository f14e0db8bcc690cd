# ruff: noqa: E501
"""Lead's wave 12 rules (NOT blind: written after reading the eleventh round's wrong sides and
confident wrong answers, in my own phrasings). Whose losses: a side named after a blow ("при
ударе беспилотников ВСУ", "во время обстрела со стороны ВСУ") is the attacker, so the dead
counted are the other side's; a side named as a figure's source ("по данным украинской
стороны", "за даними української сторони") is the speaker, never the loser, and gives the
speaker its side when no claimant does; a claimant in the sentence counting "погибших" with no
side named counts its own dead (the enemy's are "ликвидированы"); a Russian sentence that names
no side but "противник" and has no speaker known guesses no side (both sides' outlets write
Russian); English: a side's forces that fought and then "lost" N are the losers of N, whatever
side the first verb's object names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_side_rows_wave9 import _article

from knowledge import ClaimStore, Figure, answer, open_or_build, parse_question

TODAY = dt.date(2026, 12, 1)

SIDES: list[tuple[str, str, int, str]] = [
    # the attacker named after the blow
    ("Регион (fixture)", "Губернатор Курской области сообщил о гибели трёх военнослужащих при ударе беспилотников ВСУ.", 3, "russia"),
    ("Регион (fixture)", "Во время обстрела со стороны ВСУ погибли четыре военнослужащих, сообщил губернатор Белгородской области.", 4, "russia"),
    ("Область (fixture)", "Внаслідок атаки російських дронів загинули двоє військовослужбовців ЗСУ.", 2, "ukraine"),
    ("Область (fixture)", "Внаслідок удару російських ракет загинули п’ятеро військових.", 5, "ukraine"),
    ("Вести (fixture)", "Во время атаки ВСУ на Курскую область погибли трое российских военных.", 3, "russia"),
    # a side as the source of the count
    ("Новости (fixture)", "Потери в живой силе, по данным украинской стороны, составили 1 120 человек.", 1120, "russia"),
    ("Новости (fixture)", "По версии российской стороны, за неделю противник потерял 2 400 человек.", 2400, "ukraine"),
    ("Новости (fixture)", "По оценке российской стороны, потери ВСУ за неделю составили 2 100 человек.", 2100, "ukraine"),
    ("Новини (fixture)", "Втрати ворога, за даними української сторони, становлять 1 050 осіб.", 1050, "russia"),
    ("Новости (fixture)", "Согласно данным украинской стороны, потери армии РФ за сутки составили 1 100 человек.", 1100, "russia"),
    # a claimant's own dead
    ("Обзор (fixture)", "Минобороны РФ в последний раз называло число погибших в сентябре 2022 года: 5 937.", 5937, "russia"),
    ("Столичний вісник (fixture)", "У Росії визнали загибель 17 військових під час удару по полігону.", 17, "russia"),
    # English: fought, then lost
    ("Wire (fixture)", "Russian units stormed Ukrainian trenches outside Avdiivka but lost 9 tanks, Kyiv said.", 9, "russia"),
    ("Wire (fixture)", "Ukrainian troops repulsed Russian attacks near Kupiansk and lost three armoured vehicles.", 3, "ukraine"),
    ("Wire (fixture)", "Ukrainian marines beat back a Russian push on the left bank and lost two tanks of their own.", 2, "ukraine"),
    ("Wire (fixture)", "Ukrainian forces attacked Russian positions and destroyed 7 tanks.", 7, "russia"),
]  # fmt: skip


def check_side(tmp_path: Path, publisher: str, text: str, value: int, subject: str) -> None:
    """The figure is stored, and only with the expected side."""
    language = "en" if text.isascii() else "uk" if any(ch in text for ch in "іїєґ") else "ru"
    claims = _article(tmp_path, publisher, text, language)
    sides = {c.subject.value for c in claims if c.value == value}
    assert sides == {subject}, (text, [(c.value, c.subject.value) for c in claims])


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), SIDES)
def test_side_of_a_figure(
    tmp_path: Path, publisher: str, text: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    check_side(tmp_path, publisher, text, value, subject)


NO_SIDE_GUESSED = [
    "Противник только за месяц потерял свыше 30 000 человек, а мы — своих героев.",
    "Противник за неделю лишился 640 военнослужащих, а мы держим рубеж, сказал выступающий.",
]


@pytest.mark.parametrize("text", NO_SIDE_GUESSED)
def test_enemy_of_an_unknown_speaker_gets_no_side(tmp_path: Path, text: str) -> None:
    """A Russian sentence whose only side is "противник", with no speaker known, stores nothing
    rather than a guessed side (a missed figure, never a wrong one)."""
    assert _article(tmp_path, "Стенограммы (fixture)", text, "ru") == []


def test_enemy_in_ukrainian_is_russia(tmp_path: Path) -> None:
    """Ukrainian is written by one side's outlets: its "противник" is Russia."""
    claims = _article(
        tmp_path, "ОТУ (fixture)", "З 1 по 15 березня противник втратив 48 танків.", "uk"
    )
    assert {c.subject.value for c in claims if c.value == 48} == {"russia"}


# -- questions ----------------------------------------------------------------------------------
# "until May 2023" (and "до травня", "до мая") is the running total up to the month's start; a
# range "from March until May" keeps May; "what did the General Staff say on D" names the
# report of D when the date follows the verb (in "say about losses on D" it is the losses' day);
# "the record day before 2024" is a record searched up to then, not the total.

UNTIL: list[tuple[str, str, str]] = [
    ("Russian losses until May 2023", "2022-02-24", "2023-04-30"),
    ("how many tanks had russia lost up until june 2024", "2022-02-24", "2024-05-31"),
    ("russian artillery losses till 2025", "2022-02-24", "2024-12-31"),
    ("Втрати ворога до червня 2025", "2022-02-24", "2025-05-31"),
    ("Потери врага до апреля 2024", "2022-02-24", "2024-03-31"),
    ("russian losses from march until may 2025", "2025-03-01", "2025-05-31"),
    ("Втрати ворога з березня до травня 2025", "2025-03-01", "2025-05-31"),
]


@pytest.mark.parametrize(("text", "start", "end"), UNTIL)
def test_until_a_month_leaves_it_out(text: str, start: str, end: str) -> None:
    """The period read: up to the month's start, unless "until" closes a range."""
    query = parse_question(text, today=TODAY)
    assert (str(query.period_start), str(query.period_end)) == (start, end)


SAID_ON: list[tuple[str, str | None, str]] = [
    ("What did the General Staff say on 3 March 2025?", "2025-03-03", "2025-03-02"),
    ("what did the GS announce on 1 December 2025", "2025-12-01", "2025-11-30"),
    ("Що повідомив Генштаб 3 березня 2026?", "2026-03-03", "2026-03-02"),
    ("Что сообщил Генштаб 3 марта 2026?", "2026-03-03", "2026-03-02"),
    ("what did the general staff say about russian losses on 11 november 2024", None, "2024-11-11"),
]


@pytest.mark.parametrize(("text", "report", "day"), SAID_ON)
def test_a_body_speaking_on_a_day_is_that_days_report(
    text: str, report: str | None, day: str
) -> None:
    """The report's date and the fighting day read."""
    query = parse_question(text, today=TODAY)
    assert (query.report_date and str(query.report_date), str(query.period_end)) == (report, day)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("What was the record daily personnel figure before 2024?", "2023-12-31"),
        ("worst day for russian tanks before 2023", "2022-12-31"),
        ("biggest single-day loss of russian artillery prior to 2025", "2024-12-31"),
    ],
)
def test_a_record_before_a_year_is_a_record(text: str, end: str) -> None:
    """A record searched up to the year's start, not the running total."""
    query = parse_question(text, today=TODAY)
    assert query.figure == Figure.record and str(query.period_end) == end


# -- a body named beside another and absent: said first ------------------------------------------


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("Is the Oryx tank count higher than the General Staff one?", "oryx"),
        ("Oryx vs General Staff: tanks", "oryx"),
        ("are Mediazona's numbers bigger than the General Staff's for 2024?", "mediazona"),
        ("Дані Oryx по танках вищі, ніж у Генштабу?", "oryx"),
        ("Данные Oryx по танкам выше, чем у Генштаба?", "oryx"),
    ],
)
def test_a_named_body_with_no_figure_is_said_first(
    store: ClaimStore, question: str, absent: str
) -> None:
    """The first lines name the body that has no figure; no figure of it is shown."""
    ans = answer(question, store, today=TODAY)
    first = "\n".join(ans.text.splitlines()[:2]).lower()
    assert absent in first, ans.text
    assert all(absent not in c.claimant.lower() for c in ans.claims)
