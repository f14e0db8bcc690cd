# ruff: noqa: E501 - one sentence a row, however long.
"""Figures spelled out in words (issue 13): op-eds and speeches write "one hundred and fifty
thousand", "forty-six thousand", "three hundred and twenty thousand". Each is one number, never
its tail ("fifty thousand", "six thousand"). My own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

# (sentence, the one value stored, its subject)
ROWS = [
    ("Independent researchers have now confirmed one hundred and fifty thousand Russian dead by name.", 150_000, "russia"),
    ("Zelensky said last winter that forty-six thousand Ukrainian soldiers had been killed.", 46_000, "ukraine"),
    ("Kyiv says three hundred and twenty thousand Russian soldiers have been killed since 2022.", 320_000, "russia"),
    ("Moscow claims Ukraine lost twenty-five thousand troops in the Kursk region.", 25_000, "ukraine"),
    ("British officials put Russian casualties at seven hundred and fifty thousand.", 750_000, "russia"),
    ("The Kremlin says Ukraine lost ninety-eight thousand soldiers over the summer.", 98_000, "ukraine"),
    ("Kyiv puts Russia's dead at two hundred thousand, a figure Moscow rejects.", 200_000, "russia"),
    ("Russia has lost a hundred and twenty thousand men killed, British intelligence estimates.", 120_000, "russia"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "subject"), ROWS)
def test_a_spelled_figure_is_one_number(
    tmp_path: Path, sentence: str, value: int, subject: str
) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        f"---\npublisher: Test Op-Ed\npublished: 2026-07-08\n---\n{sentence}\n", encoding="utf-8"
    )
    got = {(c.value, c.subject.value) for c in extract_claims(load_source(path))}
    assert got == {(value, subject)}


def test_a_spelled_age_is_no_figure(tmp_path: Path) -> None:
    """A hyphenated age or duration stays out ("a forty-six-year-old officer")."""
    path = tmp_path / "a.md"
    path.write_text(
        "---\npublisher: Test\npublished: 2026-07-08\n---\n"
        "Kyiv said Russia lost 300 soldiers in a strike that also wounded a forty-six-year-old colonel.\n",
        encoding="utf-8",
    )
    assert {c.value for c in extract_claims(load_source(path))} == {300}
