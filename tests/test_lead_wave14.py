# ruff: noqa: E501
"""Lead's wave 14 rules (NOT blind: written after reading the thirteenth round's wrong sides, in
my own phrasings, three or more per rule). Whose losses: a side that denies another's claims
that "it had lost" N denies its own losses; "the commander said his unit had lost N" is the
speaker's own unit; "their losses" with both sides named before it in the clause is no side of its own;
people who fell defending a country served it; a Ukrainian or Russian unit that lost N with no
side named is the speaker's own; a side named right after a verb of pushing it back ("выбили
ВСУ") is the object, not the agent of the verb after it; "our" in one side's reported speech
("росіяни пишуть, що наші") is the narrator's, the reported side's enemy; "участников СВО" are
Russia's people, "учасників АТО" Ukraine's."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lead_wave12 import check_side

SIDES: list[tuple[str, str, int, str]] = [
    # a denial of "its" losses, whoever made the claim
    ("The Daily Ledger", "Kyiv denied Russian reports that it had lost 450 troops near Siversk.", 450, "ukraine"),
    ("The Daily Ledger", "Ukraine's military rejected Moscow's claims that it had lost 1,200 soldiers in a week.", 1200, "ukraine"),
    ("The Daily Ledger", "Russia's defence ministry dismissed Ukrainian claims that it had lost 30 tanks at Vuhledar.", 30, "russia"),
    ("The Daily Ledger", "Moscow denied allegations that they had lost 14 aircraft on the ground.", 14, "russia"),
    # the speaker's own unit
    ("The Daily Ledger", "A Ukrainian company commander said his unit had lost nine men since March.", 9, "ukraine"),
    ("The Daily Ledger", "The Russian platoon sergeant told reporters his platoon had lost 12 soldiers in one assault.", 12, "russia"),
    # "their losses" after both sides: never the last-named side by default
    # (no side of its own: the unattributed claim falls back to the claimant's enemy, Russia)
    ("The Daily Ledger", "Russian infantry kept attacking, and Ukrainian gunners said their losses topped 90 in three days.", 90, "russia"),
    # fell defending a country
    ("The Daily Ledger", "The village has buried 17 men who died defending Ukraine since the invasion.", 17, "ukraine"),
    ("The Daily Ledger", "The plaque honours 41 soldiers from the town who were killed defending Ukraine in 2023.", 41, "ukraine"),
    ("The Daily Ledger", "The district has lost 8 servicemen who fell defending Russia's borders, the governor said.", 8, "russia"),
    # a unit that lost N, no side named: the speaker's own
    ("Голос Полтавщини", "Батальйон утратив за місяць шістьох бійців загиблими, розповів його командир.", 6, "ukraine"),
    ("Голос Полтавщини", "Наша рота за два дні боїв втратила трьох бійців, кажуть побратими.", 3, "ukraine"),
    ("Вести Урала", "Полк потерял за неделю 14 военнослужащих погибшими, сообщил его командир.", 14, "russia"),
    # a side as the object of a verb that pushed it back
    ("Вести Урала", "Наши бойцы отбросили ВСУ от села, уничтожив до 20 военнослужащих.", 20, "ukraine"),
    ("Вести Урала", "Штурмовые группы выбили ВСУ из лесополосы, ликвидировав 12 военнослужащих.", 12, "ukraine"),
    ("Голос Полтавщини", "Наші десантники відкинули росіян від траси, знищивши 25 окупантів.", 25, "russia"),
    # "our" in one side's reported speech is the narrator's
    ("Голос Полтавщини", "Росіяни пишуть, що наші за добу втратили понад 700 бійців, але це брехня.", 700, "ukraine"),
    ("Вести Урала", "Украинцы пишут, что наши потеряли за неделю 3000 человек, но это ложь.", 3000, "russia"),
    ("Голос Полтавщини", "Окупанти хваляться, мовляв наші втратили 40 танків, що неправда.", 40, "ukraine"),
    # a side named by a phrase, not a stem
    ("Вести Урала", "Помощь получили семьи 205 погибших участников СВО из района.", 205, "russia"),
    ("Вести Урала", "В городе открыли аллею памяти 57 погибших участников специальной военной операции.", 57, "russia"),
    ("Голос Полтавщини", "Громада вшанувала пам'ять 19 загиблих учасників АТО з району.", 19, "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), SIDES)
def test_side_of_a_figure(
    tmp_path: Path, publisher: str, text: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    check_side(tmp_path, publisher, text, value, subject)
