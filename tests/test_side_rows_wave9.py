# ruff: noqa: E501
# fmt: off
"""Whose losses, wave 9 rows (issue 13, lead, NOT blind: written after reading the eighth blind
round's wrong sides, in my own sentences). English: a side named by its forces' abbreviation or
by the other side's name for it ("the losses of the AFU", "drones of the Kiev regime"); the blow
as a participle after its agent's clause ("Russian troops struck Ukrainian positions, destroying
12 tanks"); the forces a blow landed on are no speaker ("inflicted defeat on formations of the
armed forces of Ukraine"). Ukrainian and Russian: a side that only advanced hands on the other
side ("Российские военные освободили ..."); the author's own voice ("наши потери" outside
quotation marks, a post's lines before any source is named) is the author's side; "скільки
окупантів ваш батальйон знищив" asks about the enemy's losses; a side adjective after the kinds
of loss ("погибших и раненых российских военных"). Zero tolerance: a figure is stored with the
expected side only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_side_rows_wave6 import _claims  # one article of one sentence, as wave 6 writes it

from knowledge import extract_claims, load_source

# (publisher, sentence, value, expected subject)
ENGLISH: list[object] = [
    # abbreviations and the other side's names for a side
    ("Relay Digest", "The losses of the AFU over the past day came to more than 410 servicemen.", 410, "ukraine"),
    ("Relay Digest", "Losses of the ZSU near Siversk reached 180 in a day, Moscow claimed.", 180, "ukraine"),
    ("Relay Digest", "Air defence units shot down 57 unmanned aerial vehicles of the Kiev regime overnight.", 57, "ukraine"),
    ("Relay Digest", "Over the week the ministry reported 23 tanks of the AFU destroyed.", 23, "ukraine"),
    ("Wire Service", "Kyiv's air force said it downed 40 drones of the RF Armed Forces overnight.", 40, "russia"),
    ("Wire Service", "Ukraine's General Staff said 960 servicemen of the Russian Federation were put out of action.", 960, "russia"),
    # the blow as a participle after the agent's clause
    ("Wire Service", "Russian troops struck Ukrainian positions near Lyman, destroying 12 tanks, the ministry in Moscow said.", 12, "ukraine"),
    ("Wire Service", "Ukrainian drones hit a Russian column near Kursk, destroying 7 tanks, the General Staff said.", 7, "russia"),
    ("Wire Service", "Ukraine's forces struck Russian positions overnight, killing 40 soldiers, Kyiv said.", 40, "russia"),
    ("Wire Service", "On Tuesday, Russia's army shelled Ukrainian lines, destroying up to 9 armoured vehicles, the ministry said.", 9, "ukraine"),
    ("Wire Service", "Ukrainian units repelled an assault near Pokrovsk, killing 25 soldiers.", 25, "russia"),
    pytest.param("Wire Service", "Russian forces attacked the bridgehead at dawn, eliminating as many as 60 servicemen, Moscow said.", 60, "ukraine",
                 marks=pytest.mark.xfail(strict=True, reason="missed: 'eliminating N servicemen' stores nothing (a recall gap, not a side)")),
]

# A Russian ministry statement in translation: the forces it struck are no claimant.
TRANSLATED_STATEMENT = (
    "*Our translation of the Russian Ministry of Defence's statement of 4 March 2026.*\n\n"
    "Units of the Vostok group inflicted defeat on formations of the armed forces of Ukraine "
    "near Velyka Novosilka. The enemy lost up to 175 servicemen and 2 tanks.\n\n"
    "Aviation struck manpower of the AFU in 84 areas. The losses of the AFU amounted to 95 servicemen.\n"
)


@pytest.mark.parametrize(("publisher", "sentence", "value", "subject"), ENGLISH)
def test_side_of_an_english_figure(tmp_path: Path, publisher: str, sentence: str, value: int, subject: str) -> None:
    """The figure is stored, and only with the expected side."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, sentence) if c.value == value}
    assert sides == {subject}


def _article(tmp_path: Path, publisher: str, text: str, language: str = "en",
             published: dt.date = dt.date(2026, 3, 4)) -> list[object]:
    path = tmp_path / "article.md"
    path.write_text(f'---\ntitle: "t"\npublisher: "{publisher}"\npublished: {published}\n'
                    f"language: {language}\n---\n{text}\n", encoding="utf-8")
    return list(extract_claims(load_source(path)))


@pytest.mark.parametrize(("value", "subject"), [(175, "ukraine"), (2, "ukraine"), (95, "ukraine")])
def test_translated_statement_struck_forces_are_no_claimant(tmp_path: Path, value: int, subject: str) -> None:
    """The statement's figures are Russia's ministry's claims about Ukraine's losses."""
    claims = [c for c in _article(tmp_path, "Translations Desk (fixture)", TRANSLATED_STATEMENT) if c.value == value]  # type: ignore[attr-defined]
    assert {str(c.subject) for c in claims} == {subject}  # type: ignore[attr-defined]
    assert all("Ukraine" not in c.claimant for c in claims)  # type: ignore[attr-defined]


# (publisher, text, value, expected subject)
CYRILLIC: list[object] = [
    # a side that only advanced hands on the other side
    ("Лента новостей (fixture)", "Российские военные освободили населенный пункт в Запорожской области, сообщили в Минобороны РФ.\n\nВсего с начала операции уничтожено 671 самолет и 283 вертолета.", 671, "ukraine"),
    ("Лента новостей (fixture)", "Российские военные освободили населенный пункт в Запорожской области, сообщили в Минобороны РФ.\n\nВсего с начала операции уничтожено 671 самолет и 283 вертолета.", 283, "ukraine"),
    ("Новини регіону (fixture)", "Сили оборони відбили шість штурмів біля Куп'янська, повідомив Генштаб ЗСУ.\n\nЗа добу знешкоджено 48 безпілотників.", 48, "russia"),
    ("Новини регіону (fixture)", "Українські підрозділи просунулися на 700 метрів, повідомив Генштаб ЗСУ.\n\nЗагалом за добу знищено 5 танків.", 5, "russia"),
    # a side hit by the agent stays the loser handed on
    ("Медиапроект (fixture)", "ВСУ нанесли удар по казарме, где находились российские резервисты.\n\nМинобороны признало гибель 41 военнослужащего.", 41, "russia"),
    # the author's own voice
    ("Канал «Фронтовой дневник» (fixture)", "Коротко за сутки. Наши потери тоже есть: 4 «двухсотых» и 11 «трехсотых» в роте. Хохлы в своем генштабе опять пишут про тысячу наших.", 4, "russia"),
    ("Канал «Фронтовой дневник» (fixture)", "Коротко за сутки. Потери противника, по словам взводного, — до 30 убитыми. Хохлы в своем генштабе опять пишут про тысячу наших.", 30, "ukraine"),
    ("Канал «Окопи» (fixture)", "Кацапське мінобороны отчиталось, кажуть, наші «потеряли до 980 военнослужащих». Ну-ну, орки як завжди брешуть.", 980, "ukraine"),
    ("Канал «Окопи» (fixture)", "Рашисти в своєму міноборони пишуть, що в нас 700 «двохсотих». Орки як завжди.", 700, "ukraine"),
    # a question about the enemy's losses, asked of an interviewee
    ("Локальні новини (fixture)", "— Скільки окупантів ваш батальйон знищив за травень?\n\n— За травень — 140 ліквідовано, ще стільки ж поранено.", 140, "russia"),
    ("Городские новости (fixture)", "— Сколько оккупантов ваша рота уничтожила за неделю?\n\n— За неделю 35 ликвидировано.", 35, "russia"),
    # a side adjective after the kinds of loss
    ("РБК-стиль (fixture)", "Генштаб ВСУ за те же сутки сообщил о 1 140 погибших и раненых российских военных.", 1140, "russia"),
    ("Новини (fixture)", "Міноборони РФ заявило про 420 вбитих і поранених українських військових за тиждень.", 420, "ukraine"),
]


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), CYRILLIC)
def test_side_of_a_cyrillic_figure(tmp_path: Path, publisher: str, text: str, value: int, subject: str) -> None:
    """The figure is stored, and only with the expected side."""
    language = "uk" if any(ch in text for ch in "іїєґ") else "ru"
    claims = _article(tmp_path, publisher, text, language)
    sides = {str(c.subject) for c in claims if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}
