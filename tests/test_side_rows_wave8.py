# ruff: noqa: E501
# fmt: off
"""Whose losses, wave 8 rows: a side named after its forces ("the Armed Forces of Ukraine
lost", "the losses of the armed forces of Russia"), a side's unit with where it fought between
it and its loss verb, country codes as the loser ("UA lost"), "N tanks of the enemy", a person
named by side who spoke to the other side's media, figures paired with two claimants by
"respectively", and Moscow's term for the war as the voice of a sentence with no claimant. My
own sentences (written after reading the seventh blind round's wrong sides, not copied from
them: NOT blind); zero tolerance: a figure is stored with the expected side only."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_side_rows_wave6 import _claims  # one article of one sentence, as wave 6 writes it

# (publisher, sentence, value, expected subject)
ROWS: list[tuple[str, str, int, str]] = [
    # a side named after its forces
    ("Wire Service", "The Armed Forces of Ukraine lost 1,020 servicemen over the past day, the ministry claimed.", 1020, "ukraine"),
    ("Relay Digest", "Over the week the losses of the armed forces of Ukraine amounted to 8,400 servicemen.", 8400, "ukraine"),
    ("Relay Digest", "According to Kyiv, the army of Russia has lost 1,150 soldiers in a day.", 1150, "russia"),
    ("Relay Digest", "The troops of the Russian Federation lost up to 640 men near Kupiansk, the General Staff said.", 640, "russia"),
    ("Relay Digest", "Kyiv put the losses of the Russian Federation for October at 41,000 personnel.", 41000, "russia"),
    ("Relay Digest", "Moscow put the loss of Ukrainians for the month at 12,500 servicemen.", 12500, "ukraine"),
    # a side's unit, with where it fought between it and its loss verb
    ("Wire Service", "Ukrainian units near Toretsk have lost 230 soldiers since Monday, Moscow claims.", 230, "ukraine"),
    ("Wire Service", "Russian formations on the Kupiansk axis lost 1,900 men in a week, according to Kyiv.", 1900, "russia"),
    ("Wire Service", "Russian troops around Pokrovsk lost 45 armoured vehicles in three days, Ukraine's army said.", 45, "russia"),
    ("Wire Service", "Ukrainian brigades in the Kursk region had lost 300 men by then, a Russian general said.", 300, "ukraine"),
    # country codes as the loser
    ("Channel Digest", "UA GS: RU lost 1,090 troops in 24h.", 1090, "russia"),
    ("Channel Digest", "RU MoD claims UA lost up to 1,400 personnel yesterday.", 1400, "ukraine"),
    ("Channel Digest", "RF MoD says UA losses were 9,600 for the week.", 9600, "ukraine"),
    ("Channel Digest", "Per Kyiv, RU losses hit 38,000 in the month.", 38000, "russia"),
    # "of the enemy"
    ("Relay Digest", "In total since the start of the special military operation 660 aircraft of the enemy have been destroyed.", 660, "ukraine"),
    ("Ukrinform (fixture)", "Our gunners destroyed 14 tanks of the enemy near Vovchansk.", 14, "russia"),
    # a person named by side, speaking to the other side's media
    ("Wire Service", "A captured Russian conscript told Ukrainian journalists that his platoon had lost 9 men in one night.", 9, "russia"),
    ("Wire Service", "A Ukrainian prisoner told Russian state TV that his battalion had lost 70 soldiers.", 70, "ukraine"),
    ("Wire Service", "A Russian deserter told Ukrainian media his company lost 40 men in a month.", 40, "russia"),
    # two claimants and two figures paired by "respectively"
    ("Meridian Desk", "Kyiv and Moscow put each other's losses that week at 9,100 and 2,800 respectively.", 9100, "russia"),
    ("Meridian Desk", "Kyiv and Moscow put each other's losses that week at 9,100 and 2,800 respectively.", 2800, "ukraine"),
    ("Meridian Desk", "Russian and Ukrainian officials gave their own dead as 310 and 260, respectively.", 310, "russia"),
    ("Meridian Desk", "Russian and Ukrainian officials gave their own dead as 310 and 260, respectively.", 260, "ukraine"),
    ("Meridian Desk", "The Kremlin and Kyiv put the other side's tank losses at 52 and 47 respectively.", 52, "ukraine"),
    ("Meridian Desk", "The Kremlin and Kyiv put the other side's tank losses at 52 and 47 respectively.", 47, "russia"),
]


# Moscow's term for the war reported as Moscow's term does not make the words Moscow's.
REPORTED_TERM = [
    ("Wire Service", "Since what the Kremlin calls its special military operation began, the enemy has lost 500 tanks, Kyiv's army says.", 500, "russia"),
    ("Wire Service", 'Since the so-called "special military operation" began, Ukraine says Russia has lost 1,000,000 troops.', 1000000, "russia"),
]


@pytest.mark.parametrize(("publisher", "sentence", "value", "subject"), ROWS + REPORTED_TERM)
def test_side_of_a_figure(
    tmp_path: Path, publisher: str, sentence: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, sentence) if c.value == value}
    assert sides == {subject}
