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

from pathlib import Path

import pytest
from test_side_rows_wave9 import _article

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


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), SIDES)
def test_side_of_a_figure(
    tmp_path: Path, publisher: str, text: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    language = "en" if text.isascii() else "uk" if any(ch in text for ch in "іїєґ") else "ru"
    claims = _article(tmp_path, publisher, text, language)
    sides = {c.subject.value for c in claims if c.value == value}
    assert sides == {subject}, (text, [(c.value, c.subject.value) for c in claims])


NO_SIDE_GUESSED = [
    "Противник только за месяц потерял свыше 30 000 человек, а мы — своих героев.",
    "Противник за неделю лишился 640 военнослужащих, сообщил выступающий.",
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
