# ruff: noqa: E501
# fmt: off
"""Whose losses, wave 10 rows (issue 13, lead, NOT blind: written after reading the ninth blind
round's two wrong sides, in my own sentences). A unit's commander named with his side is that
side's speaker ("признал командир батальона ВСУ": "наши потери" are Ukraine's, though "ВСУ" is
the other side's word for Ukraine's forces); the Russian MoD's stock formula ("подразделения
нанесли поражение противнику") is the Russian voice, so its "противник" is Ukraine; the enemy a
blow lands on ("противнику", "ворогу") is no agent of the inflicting verb after it. Zero
tolerance: a figure is stored with the expected side only."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_side_rows_wave9 import _article

ROWS: list[object] = [
    # a commander named with his side speaks for it
    ("Канал «Передок» (fixture)", "Наши потери за сутки — 12 раненых, рассказал командир роты ВСУ.", 12, "ukraine"),
    ("Канал «Передок» (fixture)", "У нас за неделю 9 погибших, признал комбат ВСУ в интервью.", 9, "ukraine"),
    ("Канал «Передок» (fixture)", "Командир штурмового батальона ВСУ сказал, что наши потери за месяц — 31 человек.", 31, "ukraine"),
    ("Канал «Окоп» (fixture)", "Наші втрати за тиждень — 14 поранених, розповів командир батальйону ЗСУ.", 14, "ukraine"),
    ("Канал «Передок» (fixture)", "Наши потери — 22 убитых, признал командир батальона ВС РФ.", 22, "russia"),
    ("Канал «Передок» (fixture)", "Командир бригады ВСУ сообщил, что противник за сутки потерял 260 человек.", 260, "russia"),
    # the Russian MoD's stock formula is the Russian voice
    ("Вести края (fixture)", "Подразделения нанесли поражение противнику, потерявшему до 480 военнослужащих.", 480, "ukraine"),
    ("Вести края (fixture)", "Отражая атаки, артиллеристы нанесли поражение живой силе противника; его потери составили до 230 человек.", 230, "ukraine"),
    ("Вести края (fixture)", "Авиация нанесла поражение противнику в районе Степового, уничтожив 3 танка.", 3, "ukraine"),
    # the enemy a blow lands on (dative) is no agent of the verb after it
    ("Новини фронту (fixture)", "Сили оборони завдали удару ворогу біля Часового Яру, знищивши 4 танки.", 4, "russia"),
    ("Новини фронту (fixture)", "Артилерія ЗСУ завдала ураження ворогу, знищивши 11 одиниць бронетехніки.", 11, "russia"),
    ("Вести края (fixture)", "В зоне СВО расчеты «Града» нанесли удар по противнику, уничтожив 2 танка и до 40 военнослужащих.", 40, "ukraine"),
]


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), ROWS)
def test_side_of_a_cyrillic_figure(tmp_path: Path, publisher: str, text: str, value: int, subject: str) -> None:
    """The figure is stored, and only with the expected side."""
    language = "uk" if any(ch in text for ch in "іїєґ") else "ru"
    claims = _article(tmp_path, publisher, text, language)
    sides = {str(c.subject) for c in claims if c.value == value}
    assert sides == {subject}
