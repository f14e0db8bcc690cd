# ruff: noqa: E501 - one sentence a row, however long.
"""Numbers next to losses that are not losses, wave 5 rows (knowledge/extract/nonfigures.py):
civilian property damaged, drones an attack was made with, a breakdown of the civilians hurt,
who an exchanged group included, contract soldiers signed up. My own sentences in the
structures regional administrations, wires and Q&As use. The number is not stored; the loss
figure beside it, where there is one, still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

# (sentence, number that is not a loss, a loss figure in it or None)
ROWS: list[tuple[str, int, int | None]] = [
    # civilian property damaged
    (
        "Two people were injured in the city; 9 houses and 31 cars were damaged by the debris.",
        31,
        None,
    ),
    (
        "Air defence destroyed 14 drones overnight, while 6 apartment blocks and 18 cars were damaged.",
        18,
        14,
    ),
    (
        "The strike damaged a school, 40 private houses and 25 vehicles parked nearby, the governor said.",
        25,
        None,
    ),
    # the drones or missiles an attack was made with: launched, not lost
    (
        "Ukrainian forces attacked the region with 52 drones overnight, the governor said, and Russian air defences downed 44.",
        52,
        None,
    ),
    (
        "Russia attacked Ukraine with 120 drones and 8 missiles overnight; Ukraine's air force said 97 drones had been shot down.",
        120,
        97,
    ),
    (
        "The enemy targeted the city with 16 Shahed drones; 12 of them were destroyed, the mayor said.",
        16,
        None,
    ),
    # a breakdown of the civilians hurt
    (
        "A Russian strike injured nine people, three of them children, the regional governor said.",
        3,
        None,
    ),
    ("Shelling killed five residents, two of them women, in the village overnight.", 2, None),
    # who an exchanged group included
    (
        "The Coordination Headquarters for the Treatment of Prisoners of War said the group included 41 defenders of Azovstal.",
        41,
        None,
    ),
    (
        "Of the prisoners returned in the exchange, the ombudsman said, those freed included 17 National Guard members.",
        17,
        None,
    ),
    # recruitment
    (
        "Russia signs up roughly 30,000 contract soldiers a month, close to what it loses, the analyst said.",
        30_000,
        None,
    ),
    (
        "The ministry says it enlisted about 35,000 volunteers in March while losing 40,000 soldiers.",
        35_000,
        40_000,
    ),
]


@pytest.mark.parametrize(("sentence", "number", "figure"), ROWS)
def test_number_is_not_stored_as_a_loss(
    tmp_path: Path, sentence: str, number: int, figure: int | None
) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        f"---\npublisher: Reuters\npublished: 2026-06-30\n---\n{sentence}\n", encoding="utf-8"
    )
    values = {c.value for c in extract_claims(load_source(path))}
    assert number not in values
    if figure is not None:
        assert figure in values
