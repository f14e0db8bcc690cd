# ruff: noqa: E501
# fmt: off
"""Whose losses, wave 6 rows: the Ukrainian army by its transliterated initials (ZSU, VSU), a
side that denies losing N, equipment captured from or abandoned by a side, fighters serving or
fighting on one side, an unattributed figure in an outlet of one side's state press or forces
(TASS, Zvezda, a Russian group of forces' channel), "the adversary" as the enemy, and list
sections under a bold side heading. My own sentences in the structures real outlets use (written
after reading the fifth blind round's wrong sides, not copied from them); zero tolerance: a
figure is stored with the expected side only."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

# (publisher, sentence, value, expected subject)
ROWS: list[tuple[str, str, int, str]] = [
    # the Ukrainian armed forces by their transliterated initials
    ("Telegram repost", "According to the post, the ZSU lost 14 tanks near Siversk over two days.", 14, "ukraine"),
    ("Daily Relay", "Over the week the VSU lost up to 1,900 servicemen on the Kharkiv axis, the group said.", 1900, "ukraine"),
    ("Daily Relay", "The VSU has lost another 320 fighters near Kurakhove, the channel wrote.", 320, "ukraine"),
    ("Telegram repost", "ZSU losses reached 640 men in the sector, the blogger claimed.", 640, "ukraine"),
    ("Daily Relay", "The AFU lost 17 armoured vehicles in the failed push, the post says.", 17, "ukraine"),
    # a side denying that it lost N: the denied figure is about that side
    ("Kyiv Wire", "Ukraine's army denied losing 2,400 soldiers in the Kursk salient, as Russian state media had claimed.", 2400, "ukraine"),
    ("Kyiv Wire", "Kyiv dismissed reports of losing 60 tanks in one week near Pokrovsk.", 60, "ukraine"),
    ("Moscow Digest", "Moscow denies having lost 300 soldiers at the airfield.", 300, "russia"),
    ("Wire Service", "The Kremlin denied losing 11 aircraft in the drone raid.", 11, "russia"),
    ("Wire Service", "Ukrainian officials denied that they had lost 25 tanks in the ambush.", 25, "ukraine"),
    # equipment captured from, or abandoned by, a side
    ("Wire Service", "The exhibition in Moscow shows 12 tanks captured from the Ukrainian army.", 12, "ukraine"),
    ("Kyiv Wire", "The display in Kyiv includes 9 armoured vehicles seized from Russian forces near Kupiansk.", 9, "russia"),
    ("Wire Service", "The haul included 40 trucks abandoned by retreating Russian troops in the Kharkiv region.", 40, "russia"),
    ("Wire Service", "Among the trophies were 6 howitzers taken from Ukrainian units during the advance.", 6, "ukraine"),
    ("Wire Service", "The parade featured 20 armoured vehicles captured from Ukraine's forces, the ministry said.", 20, "ukraine"),
    # fighters serving or fighting on one side
    ("Wire Service", "The ministry said up to 70 foreign mercenaries serving the Kiev regime were killed near Kharkiv.", 70, "ukraine"),
    ("Wire Service", "About 30 Georgian volunteers fighting for Ukraine have died since 2022, the legion said.", 30, "ukraine"),
    ("Caucasus Monitor", "The Chechen battalion, which fights on Ukraine's side, said it had lost 15 men this year.", 15, "ukraine"),
    ("Caucasus Monitor", "The Polish volunteer unit, which fights for Kyiv, said it had lost 8 fighters in March.", 8, "ukraine"),
    ("Wire Service", "At least 45 Nepalese soldiers fighting on Russia's side have been killed, Kathmandu said.", 45, "russia"),
    # an unattributed figure in one side's state press: the enemy's, unless a side is named
    ("TASS", "Up to 460 servicemen and four tanks were lost by the enemy over the day in the Donetsk direction.", 460, "ukraine"),
    ("RIA Novosti", "The enemy lost up to 230 soldiers near Kupiansk over the past day.", 230, "ukraine"),
    ("Zvezda TV", "The adversary lost up to 1,300 troops across the front over the day.", 1300, "ukraine"),
    ("Sever group channel", "The enemy lost up to 95 servicemen and two pickups near Vovchansk.", 95, "ukraine"),
    ("Vostok group post", "The enemy lost up to 180 soldiers in the Vostok group's zone.", 180, "ukraine"),
    ("Pro-Kremlin channel relay", "The enemy lost up to 600 men on the Zaporizhzhia axis this week.", 600, "ukraine"),
    ("Ukrinform", "The enemy lost 1,210 soldiers over the past day, the General Staff said.", 1210, "russia"),
    ("Kyiv Wire", "The adversary lost 1,050 troops over the past day, the General Staff reported.", 1050, "russia"),
    # ... but a side named as the loser still decides
    ("TASS", "Russian forces lost 14 servicemen in the shelling of Belgorod, the governor said.", 14, "russia"),
]

# A list under a bold side heading: the lines that name no side are that side's.
SECTION = """**Russian losses**
- Ukraine's General Staff: 1,400,000 killed and wounded as of June 2026.
- UK Defence Intelligence: more than 1.2 million casualties.

**Ukrainian losses**
- Volodymyr Zelensky: 43,000 killed and 370,000 wounded (December 2024).
- Russia's Ministry of Defence: almost 1.5 million.

**North Korean losses**
- South Korea's spy agency: about 4,000 casualties.
"""


def _claims(tmp_path: Path, publisher: str, text: str) -> list[object]:
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: {publisher}\npublished: 2026-03-10\n---\n{text}\n",
                    encoding="utf-8")  # fmt: skip
    return list(extract_claims(load_source(path)))


@pytest.mark.parametrize(("publisher", "sentence", "value", "subject"), ROWS)
def test_side_of_a_figure(
    tmp_path: Path, publisher: str, sentence: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, sentence) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


@pytest.mark.parametrize(
    ("value", "subject"),
    [(1_400_000, "russia"), (43_000, "ukraine"), (370_000, "ukraine"), (4_000, "other"),
     (1_500_000, "ukraine")],  # a bare number under "**Ukrainian losses**" (wave 7, xen)
)  # fmt: skip
def test_list_lines_under_a_bold_side_heading(tmp_path: Path, value: int, subject: str) -> None:
    """Each line of the list is stored with the side of the bold heading above it."""
    sides = {str(c.subject) for c in _claims(tmp_path, "Open Reference", SECTION) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


# "Your unit lost N" put to an interviewee: the interviewee's side (the article's own voice,
# from words only one side uses), whoever made the claim; "Росіяни пишуть" is Russian media.
# (language, text, value, expected subject, expected claimant)
ADDRESSED: list[tuple[str, str, int, str, str | None]] = [
    ("uk", "Ведучий: Окупанти знову штурмують. Росіяни пишуть, що ваш батальйон за тиждень втратив 300 бійців.\n\nГість: Це неправда.", 300, "ukraine", "Russian media"),
    ("uk", "Журналіст: Рашисти втратили багато техніки. Російські ЗМІ стверджують, що ваша бригада втратила до 450 військових.", 450, "ukraine", "Russian media"),
    ("uk", "— Окупанти кажуть, що ваша рота втратила 40 бійців. Це так?\n— Ні, це їхня пропаганда.", 40, "ukraine", None),
    ("ru", "Корреспондент: ВСУ снова атакуют, участники СВО держат позиции. Украинские каналы пишут, что ваш полк потерял 200 бойцов.", 200, "russia", None),
    ("ru", "Ведущий: Бойцы СВО продвигаются. В украинских пабликах пишут, что ваше подразделение за месяц потеряло до 120 человек.", 120, "russia", None),
    ("ru", "Ведущий: Россияне пишут, что ваша бригада потеряла 500 военных. Это ложь оккупантов.", 500, "ukraine", "Russian media"),
]


@pytest.mark.parametrize(("language", "text", "value", "subject", "claimant"), ADDRESSED)
def test_your_unit_lost_is_the_interviewees_side(
    tmp_path: Path, language: str, text: str, value: int, subject: str, claimant: str | None
) -> None:
    """Stored once, with the interviewee's side (and the Russian press as claimant where named)."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: Radio Test\npublished: 2026-01-20\nlanguage: {language}\n---\n{text}\n",
                    encoding="utf-8")
    found = [c for c in extract_claims(load_source(path)) if c.value == value]
    assert {str(c.subject) for c in found} == {subject}
    if claimant is not None:
        assert {c.claimant for c in found} == {claimant}


# A formation named right after the figure's noun is that formation's side, whoever speaks.
# (language, text, value, expected subject)
FORMATIONS: list[tuple[str, str, int, str]] = [
    ("uk", "Рамзан Кадиров написав, що від початку війни загинули 1 900 бійців «Ахмату».", 1900, "russia"),
    ("ru", "Кадыров сообщил, что с 2022 года погибли 1 700 бойцов «Ахмата».", 1700, "russia"),
    ("ru", "По данным Генштаба ВСУ, за неделю уничтожено 140 бойцов ЧВК «Вагнер» под Бахмутом.", 140, "russia"),
    ("ru", "Минобороны РФ заявило, что уничтожило 90 бойцов «Азова» под Мариуполем.", 90, "ukraine"),
    ("uk", "Пригожин визнав, що загинули 20 000 бійців «Вагнера».", 20000, "russia"),
    ("uk", "Росіяни стверджують, що знищили 45 бійців «Кракена» на Харківщині.", 45, "ukraine"),
]


@pytest.mark.parametrize(("language", "text", "value", "subject"), FORMATIONS)
def test_a_named_formation_after_the_figure(
    tmp_path: Path, language: str, text: str, value: int, subject: str
) -> None:
    """The figure is stored once, with the named formation's side."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: Test\npublished: 2026-01-20\nlanguage: {language}\n---\n{text}\n",
                    encoding="utf-8")
    found = [c for c in extract_claims(load_source(path)) if c.value == value]
    assert {str(c.subject) for c in found} == {subject}


# A sentence naming one side's own figure, then a figure that names no side: that side's.
OWN_FIGURE_BEFORE: list[tuple[str, str, int, str]] = [
    ("Wire Service", "Moscow stopped publishing its own figure in 2022. The last one was 5,900 dead, announced by the defence minister.", 5900, "russia"),
    ("Wire Service", "The Kremlin has not updated its own count for years. The only official number remains 6,000 killed, given by the ministry.", 6000, "russia"),
    ("Kyiv Wire", "Kyiv rarely gives its own losses. In February the president put the number at 46,000 killed.", 46000, "ukraine"),
    ("Wire Service", "Ukrainian officials seldom discuss their own casualties. The latest number, 31,000 dead, came from the president in 2024.", 31000, "ukraine"),
    ("TASS", "Russia last gave its own toll in September 2022. It was 5,937 dead, the defence ministry said then.", 5937, "russia"),
]


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), OWN_FIGURE_BEFORE)
def test_a_figure_after_a_sides_own_figure_is_named(
    tmp_path: Path, publisher: str, text: str, value: int, subject: str
) -> None:
    """The figure after "its own figure" is stored once, as that side's losses."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, text) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


# The second figure of a pair stays with the first's side when a side is named only in a later
# clause ("..., the last figure Kyiv gave"); North Korean casualties are a third party's.
PAIR_AND_THIRD_PARTY: list[tuple[str, str, int, str]] = [
    ("Wire Service", "Zelensky said 43,000 Ukrainian soldiers had died and 370,000 were wounded, the last figure Kyiv released.", 370000, "ukraine"),
    ("Wire Service", "The president said 31,000 Ukrainian troops had been killed and 100,000 injured, a number Moscow disputes.", 100000, "ukraine"),
    ("Kyiv Wire", "The General Staff said 1,200 Russian soldiers were killed and 2,300 wounded, figures Moscow has not confirmed.", 2300, "russia"),
    ("Wire Service", "Seoul's spy agency put North Korean casualties at about 4,000 by the spring.", 4000, "other"),
    ("Wire Service", "Analysts estimate North Korean losses at roughly 1,100 killed in the Kursk region.", 1100, "other"),
    ("Wire Service", "North Korean deaths have reached some 600, the agency told lawmakers.", 600, "other"),
]


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), PAIR_AND_THIRD_PARTY)
def test_pairs_and_third_parties(
    tmp_path: Path, publisher: str, text: str, value: int, subject: str
) -> None:
    """The figure is stored once, with the expected side."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, text) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


def test_a_bold_numbered_heading_keeps_its_paragraph(tmp_path: Path) -> None:
    """'**1. Title.**' opening a paragraph is a numbered heading, not a bold figure: the prose
    after it is read (a bold number alone is still unbolded)."""
    text = (
        "**1. The daily toll.** The General Staff's Tuesday report added 1,040 Russian personnel,\n"
        "bringing its total to 1,201,410 since the invasion began.\n\n"
        "**2. By the numbers** **1.2 million+** — Russian personnel losses claimed by Kyiv.\n"
    )
    values = {c.value for c in _claims(tmp_path, "Newsletter", text)}  # type: ignore[attr-defined]
    assert 1040 in values
