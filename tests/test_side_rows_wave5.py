# ruff: noqa: E501
"""Whose losses, wave 5 rows (knowledge/extract/sides.py): casualties "among" a named force, a
named formation of one side as the loser ("Akhmat units had lost"), and a regional head on the
men "from the region". My own sentences in the structures real outlets use; zero tolerance: a
figure is stored with the expected side only."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

# (publisher, sentence, value, expected subject)
ROWS: list[tuple[str, str, int, str]] = [
    # "among" a force: whose casualties these are
    (
        "Reuters",
        "The think tank's estimate leaves out roughly 3,500 casualties among North Korean troops sent to Kursk.",
        3500,
        "other",
    ),
    (
        "Yonhap",
        "Seoul's spy agency said there had been some 4,700 casualties among the North Korean contingent since January.",
        4700,
        "other",
    ),
    (
        "TASS",
        "The Russian defence ministry said there were about 140 casualties among Russian troops after the strike on the depot.",
        140,
        "russia",
    ),
    (
        "Ukrinform",
        "Ukraine's General Staff said there were 120 casualties among Ukrainian servicemen in the Kursk salient last week.",
        120,
        "ukraine",
    ),
    (
        "BBC",
        "The researchers found 18,000 deaths among Russian convicts recruited from penal colonies.",
        18000,
        "russia",
    ),
    # a named formation of one side as the loser
    (
        "Meduza",
        "Ramzan Kadyrov said on Telegram that Akhmat units had lost 1,700 fighters since 2022.",
        1700,
        "russia",
    ),
    (
        "Reuters",
        "Kadyrov wrote that the Akhmat special forces had lost 950 men in the Kursk region.",
        950,
        "russia",
    ),
    (
        "The Guardian",
        "Prigozhin said Wagner had lost about 20,000 fighters in the battle for Bakhmut.",
        20000,
        "russia",
    ),
    (
        "Kyiv Independent",
        "The commander said the Azov brigade had lost 900 fighters since the full-scale invasion.",
        900,
        "ukraine",
    ),
    (
        "Meduza",
        "Kadyrov said Akhmat fighters had killed 3,000 Ukrainian soldiers near Kursk.",
        3000,
        "ukraine",
    ),
    # a regional head on the region's own dead
    (
        "Meduza",
        "Tatarstan's head Rustam Minnikhanov told lawmakers that 1,100 men from the republic had died in the special military operation.",
        1100,
        "russia",
    ),
    (
        "Novaya Gazeta Europe",
        "Bashkortostan's leader Radiy Khabirov said 2,300 soldiers from the republic had been killed in Ukraine.",
        2300,
        "russia",
    ),
    (
        "Sibir.Realii",
        "Russian officials in Buryatia said 640 men from the region had been killed since the mobilisation.",
        640,
        "russia",
    ),
]


def _claims(tmp_path: Path, publisher: str, text: str) -> list[object]:
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: {publisher}\npublished: 2026-03-10\n---\n{text}\n",
                    encoding="utf-8")  # fmt: skip
    return list(extract_claims(load_source(path)))


@pytest.mark.parametrize(("publisher", "sentence", "value", "subject"), ROWS)
def test_side_of_a_named_force(
    tmp_path: Path, publisher: str, sentence: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, sentence) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


def test_a_regional_head_after_a_commander(tmp_path: Path) -> None:
    """The region's dead stay Russian when a Russian commander was quoted just before."""
    text = (
        "Ramzan Kadyrov wrote that Akhmat units had lost 2,000 fighters since 2022.\n\n"
        "In Ufa, Bashkortostan's head told regional lawmakers that 1,900 men from the "
        "republic had been killed in the special military operation."
    )
    sides = {(c.value, str(c.subject)) for c in _claims(tmp_path, "Meduza", text)}  # type: ignore[attr-defined]
    assert sides == {(2000, "russia"), (1900, "russia")}


OFFICER_ROWS = [
    ('A Russian battalion commander wrote that two of our BMPs were destroyed by drones.', 2, "russia"),
    ("A Russian company commander told the channel that 14 of our men were killed in the assault.", 14, "russia"),
    ("A Ukrainian battalion commander said 9 of our soldiers were wounded in the shelling.", 9, "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "subject"), OFFICER_ROWS)
def test_an_officer_named_by_side_speaks_for_that_side(
    tmp_path: Path, sentence: str, value: int, subject: str
) -> None:
    """ "our" in a Russian officer's words is Russia's; a Ukrainian officer's, Ukraine's."""
    sides = {str(c.subject) for c in _claims(tmp_path, "Reuters", sentence) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


LOSER_ITS_ROWS = [
    ("Kyiv said Russia lost 40 of its T-90 tanks near Vuhledar in a single week.", 40, "russia"),
    ("Moscow claims Ukraine lost 6 of its Western-supplied Bradleys in the attack.", 6, "ukraine"),
    ("Ukraine's General Staff said Russian forces had lost 15 of their artillery systems overnight.", 15, "russia"),
    ("The Russian ministry said Ukrainian troops have lost 30 of their tanks near Kupiansk.", 30, "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "subject"), LOSER_ITS_ROWS)
def test_its_after_a_named_loser_is_that_loser(
    tmp_path: Path, sentence: str, value: int, subject: str
) -> None:
    """ "X lost N of its ...": "its" is X, whoever the claimant is."""
    sides = {str(c.subject) for c in _claims(tmp_path, "Reuters", sentence) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


def test_we_lost_in_a_ukrainian_commanders_reported_speech(tmp_path: Path) -> None:
    """ "they lost ..., and we lost ..., the Ukrainian brigade commander said": both sides."""
    text = "They lost 25 tanks in the battle, and we lost three Bradleys, a Ukrainian brigade commander said."
    got = {(c.value, str(c.subject)) for c in _claims(tmp_path, "AP", text)}  # type: ignore[attr-defined]
    assert got == {(25, "russia"), (3, "ukraine")}


KIND_OF_LOSS_ROWS = [
    ("Ukraine's tank losses stand at 1,150, according to the tracker.", 1150, "ukraine"),
    ("Russia's armour losses have passed 14,000 vehicles, the researchers say.", 14000, "russia"),
    ("Kyiv's estimate of losses puts the Russian dead at 250,000.", 250000, "russia"),
    ("Moscow's figures of Ukrainian losses are higher: 480,000.", 480000, "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "subject"), KIND_OF_LOSS_ROWS)
def test_a_kind_of_loss_after_a_side(
    tmp_path: Path, sentence: str, value: int, subject: str
) -> None:
    """ "Ukraine's tank losses" are Ukraine's; "Kyiv's estimate of losses" are not."""
    sides = {str(c.subject) for c in _claims(tmp_path, "Reuters", sentence) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}
