# ruff: noqa: E501
# fmt: off
"""Whose losses, wave 7 rows: Ukrainian-made weapons, a legion of one side, a formation known by
name speaking of itself (quoted, or "said it had lost"), "N of theirs" / "we killed N" as the
speaker's enemy, a side's killed set at a figure in quotes, "N men of his battalion" after a
person named by side, "his own side" set against the side just named, a side's hospitals
treating its own wounded, and a bare "Defence Ministry" in a monitoring report of one side's
broadcast. My own sentences in the structures real outlets use (written after reading the sixth
blind round's wrong sides, not copied from them); zero tolerance: a figure is stored with the
expected side only."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_side_rows_wave6 import _claims  # one article of one sentence, as wave 6 writes it

from knowledge import extract_claims, load_source

# (publisher, sentence, value, expected subject)
ROWS: list[tuple[str, str, int, str]] = [
    # Ukrainian-made weapons are Ukraine's
    ("Border Region Herald", "Air defences over Kursk shot down 31 Ukrainian-made Lyutyi drones before dawn.", 31, "ukraine"),
    ("Wire Service", "The ministry said 7 Ukrainian-built armoured vehicles were destroyed near Pokrovsk.", 7, "ukraine"),
    ("Wire Service", "Russian gunners hit 3 Ukrainian-made Bohdana howitzers in the Kherson region, the channel said.", 3, "ukraine"),
    ("Daily Relay", "Air defences downed 18 Ukrainian-produced drones over Bryansk, the governor said.", 18, "ukraine"),
    ("Wire Service", "Its crews destroyed 2 Ukrainian-designed armoured vehicles on the road to Siversk.", 2, "ukraine"),
    # a legion of one side
    ("Wire Service", "Colombia said 12 Colombian volunteers of Ukraine's International Legion had been killed this year.", 12, "ukraine"),
    ("Wire Service", "Georgia confirmed that 5 Georgian fighters of the Ukrainian Foreign Legion died near Bakhmut.", 5, "ukraine"),
    ("Wire Service", "At least 9 American volunteers of Ukraine's foreign legion were killed in 2025, a veterans' group said.", 9, "ukraine"),
    ("Wire Service", "Poland reported that 3 Polish volunteers of Ukraine's legion were killed in the Kharkiv region.", 3, "ukraine"),
    ("Wire Service", "Officials said 6 Chilean soldiers of Ukraine's International Legion had been wounded.", 6, "ukraine"),
    # a formation known by name, quoted about itself
    ("Kharkiv Desk", '"We lost 4 men and took out 30 of theirs," an Azov sergeant told reporters.', 4, "ukraine"),
    ("Kharkiv Desk", '"We lost 4 men and took out 30 of theirs," an Azov sergeant told reporters.', 30, "russia"),
    ("Front Notes", '"Our company lost 6 guys that week," a Da Vinci Wolves medic said.', 6, "ukraine"),
    ("Front Notes", '"We lost 11 fighters near the railway," a Wagner commander told the channel.', 11, "russia"),
    ("Front Notes", '"We lost 2 tanks in an hour," one Akhmat officer said.', 2, "russia"),
    ("Kharkiv Desk", '"We lost 5 pickups there," a Khartiia drone pilot told us.', 5, "ukraine"),
    # ... or "said it had lost"
    ("Front Notes", "The Azov brigade said it had lost 7 soldiers in the week's fighting near Toretsk.", 7, "ukraine"),
    ("Front Notes", "Kraken reported that it had lost 3 fighters during the raid.", 3, "ukraine"),
    ("Front Notes", "Wagner said it had lost 40 men in the assault on the village.", 40, "russia"),
    ("Front Notes", "Akhmat's commander said they had lost 12 fighters near Sudzha.", 12, "russia"),
    ("Front Notes", "The Da Vinci Wolves battalion says it has lost 9 men since January.", 9, "ukraine"),
    # "we killed N", "N of theirs": the speaker's enemy
    ("Front Notes", '"We killed at least 40 of them and lost 2," a Ukrainian platoon commander said.', 40, "russia"),
    ("Front Notes", '"We lost 3 tanks and we destroyed 6 of theirs," a Russian tank commander told the channel.', 6, "ukraine"),
    ("Front Notes", '"We lost 3 tanks and we destroyed 6 of theirs," a Russian tank commander told the channel.', 3, "russia"),
    ("Front Notes", '"We have killed 25 since Monday," a Ukrainian drone operator told us.', 25, "russia"),
    ("Front Notes", '"We shot down 14 drones and lost one crew," a Russian air-defence officer said.', 14, "ukraine"),
    # a side's killed set at a figure, the figure in quotes
    ("Nordic Desk", "Estonian analysts put Ukraine's killed at 'no fewer than 60,000' by the spring.", 60000, "ukraine"),
    ("Nordic Desk", "The institute put Russian dead at \"not less than 150,000\" in its report.", 150000, "russia"),
    ("Nordic Desk", "Researchers put Ukrainian casualties at 'about 300,000' in their paper.", 300000, "ukraine"),
    ("Nordic Desk", "The report puts Russian killed and wounded at 'more than 700,000'.", 700000, "russia"),
    ("Nordic Desk", "A think tank estimates Ukrainian dead at 'at least 45,000'.", 45000, "ukraine"),
    # "N men of his battalion" after a person named by side
    ("Monitoring Notes", "A Russian prisoner told Ukrainian TV that 30 men of his company had died in a month.", 30, "russia"),
    ("Monitoring Notes", "A Ukrainian soldier interviewed in hospital said 12 men of his platoon were killed in one night.", 12, "ukraine"),
    ("Monitoring Notes", "A captured Russian conscript said 8 soldiers from his unit were wounded on the first day.", 8, "russia"),
    ("Monitoring Notes", "One Ukrainian officer said 15 men of his own battalion were killed in the assault.", 15, "ukraine"),
    ("Monitoring Notes", "A Russian POW shown on Ukrainian television said 50 men of his regiment were killed.", 50, "russia"),
    # "his own side" set against the side just named
    ("Radio Desk", "He said the Russians had lost three hundred men there and his own side about forty.", 40, "ukraine"),
    ("Radio Desk", "She said the Ukrainians had lost 60 troops and her own side some 25.", 25, "russia"),
    ("Radio Desk", "The officer said Russia lost 500 men in the week and his own side around 70.", 70, "ukraine"),
    ("Radio Desk", "According to him, the Ukrainians lost 90 soldiers while his own side lost 20.", 20, "russia"),
    ("Radio Desk", "He estimated Russian losses at 800 and his own side's at about 150.", 150, "ukraine"),
    # a side's hospitals treat its own wounded (in that side's press)
    ("Kyiv Post", "The health minister said military hospitals had treated 3,100 wounded soldiers in April.", 3100, "ukraine"),
    ("Ukrinform", "Regional hospitals have admitted 420 wounded servicemen since the offensive began.", 420, "ukraine"),
    ("Kyiv Independent", "Field hospitals near the front received 260 wounded soldiers over the weekend, officials said.", 260, "ukraine"),
    ("TASS", "Military hospitals in the Rostov region have treated 1,900 wounded servicemen this year.", 1900, "russia"),
    ("RIA Novosti", "Hospitals in Belgorod have taken in 75 wounded soldiers since Friday.", 75, "russia"),
    # a commander's or leader's forces as the loser (the name is no claimant there)
    ("Monitoring Notes", "Syrskyi's forces lost 30 tanks near Pokrovsk last month, the Russian ministry claimed.", 30, "ukraine"),
    ("Wire Service", "Zaluzhnyi's army lost 120 armoured vehicles in the summer push, Moscow said.", 120, "ukraine"),
    ("Kyiv Wire", "Gerasimov's troops lost 900 men in three days, the General Staff said.", 900, "russia"),
    ("Kyiv Wire", "Putin's army has lost 14 helicopters since May, according to Kyiv.", 14, "russia"),
    ("Aviation Desk", "The Kremlin's bomber fleet lost 3 more aircraft on Sunday, Ukraine's air force said.", 3, "russia"),
    # Western systems only Ukraine fields
    ("Wire Service", "Russian forces destroyed 4 HIMARS launchers near Kharkiv, the ministry said.", 4, "ukraine"),
    ("Wire Service", "The defence ministry in Moscow said its drones hit 2 Leopard tanks near Robotyne.", 2, "ukraine"),
    ("Wire Service", "Moscow claimed 3 Bradleys were destroyed in the Kursk region.", 3, "ukraine"),
    ("Wire Service", "Oryx has confirmed the loss of 5 Abrams tanks since 2024.", 5, "ukraine"),
    ("Wire Service", "Russian troops hit 6 M777 artillery systems in a week, the channel said.", 6, "ukraine"),
    # ... unless captured: Russia fields the ones it took
    ("Kyiv Wire", "Ukrainian gunners destroyed 3 captured Leopards that Russian units had been using near Kupiansk.", 3, "russia"),
    ("Kyiv Wire", "Drone teams hit 2 Bradleys that Russian troops had seized and repainted.", 2, "russia"),
    ("Kyiv Wire", "Two HIMARS launchers that Russian forces had captured were destroyed in a strike near Pokrovsk.", 2, "russia"),
]


@pytest.mark.parametrize(("publisher", "sentence", "value", "subject"), ROWS)
def test_side_of_a_figure(
    tmp_path: Path, publisher: str, sentence: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, sentence) if c.value == value}
    assert sides == {subject}


# A broadcast monitoring report of one side's outlet: a bare "the Defence Ministry" is that
# side's, for the figures after it too, and "the enemy" is that side's enemy.
MONITORING = """Channel One, Moscow, in Russian 0900 gmt 3 Mar 26

[Newsreader] Now the Defence Ministry's summary of the past day.

[Statement read by newsreader] The enemy lost up to 380 servicemen near Kupiansk. Units of the
Sever group destroyed 6 pickup trucks. Air defence downed 47 drones overnight.

[Monitor's note: Ukraine's General Staff said Russia lost 1,120 soldiers the same day.]
"""


def test_a_monitoring_report_speaks_for_the_outlet_it_transcribes(tmp_path: Path) -> None:
    """Each figure is the monitored ministry's claim about the side its words give."""
    claims = _claims(tmp_path, "Monitoring Service", MONITORING)
    got = {c.value: (c.claimant, str(c.subject)) for c in claims}
    ministry = "Russia's Ministry of Defence"
    assert got[380] == (ministry, "ukraine")
    assert got[6] == (ministry, "ukraine")
    assert got[47] == (ministry, "ukraine")
    assert got[1120] == ("Ukraine's General Staff", "russia")


# "у"/"в" before a word for people is "they have", not a place: those people's losses, even
# after the speaker's own "у нас". (language, sentence, value, expected subject)
CYRILLIC_ROWS: list[tuple[str, str, int, str]] = [
    ("ru", "У нас на позиции тихо, а у хохлов за сутки насчитали 40 двухсотых.", 40, "ukraine"),
    ("ru", "У нас потерь нет, у укропов за неделю 25 двухсотых, видели сами.", 25, "ukraine"),
    ("uk", "У нас усе спокійно, а в росіян за ніч 60 загиблих на цій ділянці.", 60, "russia"),
    ("uk", "У нас двоє поранених, у окупантів 35 убитих за добу.", 35, "russia"),
    ("ru", "У нас трое раненых, а у русни за день 50 двухсотых.", 50, "russia"),
]


@pytest.mark.parametrize(("language", "sentence", "value", "subject"), CYRILLIC_ROWS)
def test_people_after_u_are_a_possessor(
    tmp_path: Path, language: str, sentence: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the side of the people named after "у"."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: Telegram channel\npublished: 2026-03-10\nlanguage: {language}\n---\n{sentence}\n",
                    encoding="utf-8")  # fmt: skip
    claims = extract_claims(load_source(path))
    assert {str(c.subject) for c in claims if c.value == value} == {subject}
