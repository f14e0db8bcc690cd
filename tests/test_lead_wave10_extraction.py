# ruff: noqa: E501
"""Lead rules of wave 10 (issue 13, NOT blind: written after reading the ninth blind round's one
wrong metric, in my own sentences). A figure whose kind is only carried over from a list of
drones and which counts a million or more is the personnel total it can only be; a million or
more drones named as such is production, never losses, and is not stored as lost drones."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_side_rows_wave6 import _claims  # one article of one passage, as wave 6 writes it

CARRIED = [
    "Kyiv's General Staff listed 1,320 Russian losses for the day, plus 9 tanks and 2,140 drones. The overall figure has now reached 1,310,450.",
    "The military said Russia lost 1,050 troops, 14 artillery systems and 1,988 drones on Monday. Its running total is 1,227,900.",
    "Ukraine's General Staff put Russian losses at 980 personnel and 2,401 drones in the past 24 hours; the cumulative figure stands at 1,388,120.",
]


@pytest.mark.parametrize("text", CARRIED)
def test_a_million_plus_figure_after_drones_is_the_personnel_total(
    tmp_path: Path, text: str
) -> None:
    """The big figure is personnel, never drones; the drones figure stays drones."""
    claims = _claims(tmp_path, "Wire Service", text)
    big = [c for c in claims if c.value > 1_000_000]
    assert big and {str(c.metric) for c in big} == {"personnel"}
    assert any(str(c.metric) == "drones" and c.value < 3_000 for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine says it will produce 4.5 million drones this year, the defence minister said.",
        "Russia has lost 1,500,000 drones since 2022, a pundit claimed without evidence.",
    ],
)
def test_a_million_plus_drones_is_never_stored_as_lost_drones(tmp_path: Path, text: str) -> None:
    """No claim counts a million or more lost drones."""
    claims = _claims(tmp_path, "Wire Service", text)
    assert not [c for c in claims if str(c.metric) == "drones" and c.value >= 1_000_000]


def test_hundreds_of_thousands_of_drones_stay_drones(tmp_path: Path) -> None:
    """The war's drone total as the daily series has it is stored as drones."""
    text = "By 8 August 2026 the General Staff's tally of Russian drones destroyed had reached 449,606."
    claims = _claims(tmp_path, "Wire Service", text)
    assert [str(c.metric) for c in claims if c.value == 449_606] == ["drones"]
