# ruff: noqa: E501
"""Whose losses a figure is (issue 13): one sentence per row of the subject rule in
knowledge/extract/claims.py, written here (not taken from the blind fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

# (publisher, sentence, value, expected subject)
ROWS: list[tuple[str, str, int, str]] = [
    # 1. words inside the figure's phrase
    ("Reuters", "Kyiv said 12 enemy tanks were destroyed near Tokmak on Monday.", 12, "russia"),
    (
        "TASS",
        "Our units wiped out 150 enemy soldiers near Kupyansk, the Russian MoD said.",
        150,
        "ukraine",
    ),
    (
        "Reuters",
        "About 40 North Korean soldiers were killed in Kursk, Seoul's spy agency said.",
        40,
        "other",
    ),
    (
        "TASS",
        "The nationalists lost more than 90 troops in the strike, Konashenkov said.",
        90,
        "ukraine",
    ),
    (
        "BBC",
        "The Georgian Legion said 7 of its fighters had been killed near Bakhmut.",
        7,
        "ukraine",
    ),
    # 2. words right after it
    (
        "The Guardian",
        "Ukrainian officers say they counted 800 Russian dead against 95 of their own.",
        95,
        "ukraine",
    ),
    (
        "Reuters",
        "Two Leopard tanks operated by the Ukrainian army were destroyed by Russian drones.",
        2,
        "ukraine",
    ),
    # 3. loser phrases before it
    (
        "TASS",
        "The AFU lost up to 450 troops near Kurakhove, while Russian units advanced.",
        450,
        "ukraine",
    ),
    (
        "NYT",
        "Officials put Russian casualties near 200,000 and Ukraine's at close to 60,000 killed.",
        60000,
        "ukraine",
    ),
    (
        "The Times",
        "Our losses near Pokrovsk last week were 85 killed, the Ukrainian commander said.",
        85,
        "ukraine",
    ),
    (
        "TASS",
        "Our forces destroyed 9 armoured vehicles, said the commander of the Akhmat unit.",
        9,
        "ukraine",
    ),
    (
        "TASS",
        "Kiev's forces tried to cross the river, but their losses came to 60 servicemen.",
        60,
        "ukraine",
    ),
    ("CNN", "Zelensky said his army had lost 31,000 soldiers killed.", 31000, "ukraine"),
    (
        "Politico",
        "An official said that while Russia was losing 1,200 troops a day, Ukraine's own "
        "casualties, which he put at 300,000, were a concern.",
        300000,
        "ukraine",
    ),
    (
        "Reuters",
        "About 200 North Korean soldiers fighting for Russia have been killed and 900 "
        "wounded, Seoul said.",
        900,
        "other",
    ),
    (
        "TASS",
        "The Ukrainian armed forces lost up to 900 servicemen in battles with Russian battlegroups, the Russian Defence Ministry said.",
        900,
        "ukraine",
    ),
    (
        "Reuters",
        "Oryx lists 500 Ukrainian tanks lost, including 120 captured by Russian troops.",
        120,
        "ukraine",
    ),
    (
        "Reuters",
        "The Russian MoD has not updated its own figure since 2022, when it said 4,100 servicemen had been killed.",
        4100,
        "russia",
    ),
    (
        "The Times",
        "The Ukrainian company commander says that since May he has lost 38 men killed.",
        38,
        "ukraine",
    ),
    (
        "Reuters",
        "Kyiv has kept quiet about its dead since March, when officials said 27,000 troops had died.",
        27000,
        "ukraine",
    ),
    (
        "Reuters",
        "Oryx has confirmed 90 Russian jets and 100 helicopters lost, against 60 planes and 20 helicopters for Ukraine.",
        60,
        "ukraine",
    ),
    # 4. a sentence naming no side continues the sentence before it
    (
        "BBC",
        "UALosses has named 50,000 Ukrainian soldiers killed. About 900 of the dead were officers.",
        900,
        "ukraine",
    ),
    # 5. the claimant's enemy; a bare ministry in a side's own outlet is that side's ministry
    (
        "Izvestia",
        "A missile strike destroyed four Su-25 jets at the airfield, the Defence Ministry "
        "reported.",
        4,
        "ukraine",
    ),
    (
        "Reuters",
        "Ukraine's General Staff said 1,150 troops were lost by the invaders on Sunday.",
        1150,
        "russia",
    ),
]


@pytest.mark.parametrize(("publisher", "sentence", "value", "subject"), ROWS)
def test_subject_of_figure(
    tmp_path: Path, publisher: str, sentence: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: {publisher}\npublished: 2024-11-14\n---\n{sentence}\n",
                    encoding="utf-8")  # fmt: skip
    sides = {str(c.subject) for c in extract_claims(load_source(path)) if c.value == value}
    assert sides == {subject}
