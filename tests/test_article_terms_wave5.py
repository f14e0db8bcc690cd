# ruff: noqa: E501 - one sentence a row, however long.
"""Words posts and officials count losses in (issue 13): each side's words for the other's
soldiers ("militants", "Nazis") and Soviet-era vehicle types ("BMPs", "BTRs"). My own sentences,
in the structures pro-Kremlin channels, Russian officials and Ukrainian units use."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

# (publisher, sentence, value, metric, subject)
ROWS = [
    (
        "TASS",
        "Russia's Defence Ministry said the enemy lost up to 250 militants near Siversk over the day.",
        250,
        "personnel",
        "ukraine",
    ),
    (
        "RIA Novosti",
        "According to the ministry, Russian units eliminated more than 120 militants in the Kursk region.",
        120,
        "personnel",
        "ukraine",
    ),
    (
        "Meduza",
        "Kadyrov claimed his fighters had destroyed more than 4,000 Ukrainian Nazis since 2022.",
        4000,
        "personnel",
        "ukraine",
    ),
    (
        "Reuters",
        '"Two of our BMPs were burned by drones on the road," a Russian battalion commander wrote.',
        2,
        "armored_vehicles",
        "russia",
    ),
    (
        "Ukrinform",
        "Ukraine's army said it destroyed 14 BMPs and five tanks near Avdiivka on Tuesday.",
        14,
        "armored_vehicles",
        "russia",
    ),
    (
        "Kyiv Independent",
        "The brigade said its drone crews hit 6 BTRs and 2 tanks in one night.",
        6,
        "armored_vehicles",
        "russia",
    ),
]


# Western-supplied armour by model, and volunteers
ROWS += [
    ("TASS", "Moscow said Ukraine lost 11 of its US-supplied Bradleys near Avdiivka over the week.", 11, "armored_vehicles", "ukraine"),
    ("RIA Novosti", "The ministry said Russian drones destroyed 3 German Marders and 2 Strykers in the Kursk region.", 3, "armored_vehicles", "ukraine"),
    ("Reuters", '"We lost three Bradleys in the assault," a Ukrainian platoon commander said.', 3, "armored_vehicles", "ukraine"),
    ("Novaya Gazeta Europe", "The Kalinouski Regiment said 9 of its volunteers had been killed near Pokrovsk since the summer.", 9, "personnel", "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("publisher", "sentence", "value", "metric", "subject"), ROWS)
def test_a_word_for_soldiers_or_vehicles_is_counted(
    tmp_path: Path, publisher: str, sentence: str, value: int, metric: str, subject: str
) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        f"---\npublisher: {publisher}\npublished: 2026-03-11\n---\n{sentence}\n", encoding="utf-8"
    )
    got = {
        (c.metric.value, c.subject.value)
        for c in extract_claims(load_source(path))
        if c.value == value
    }
    assert got == {(metric, subject)}
