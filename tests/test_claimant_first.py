"""A quoted figure put in the mouth of a claimant with no figure here (issue 12, requirement 4):
"the UK MoD says 45,720 for November 2024, right?" says first that there is no figure from the
UK Ministry of Defence, then what the quoted figure is in the sources (another claimant's).
Phrasings written for this test.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from knowledge import ClaimStore, answer, open_or_build

TODAY = dt.date(2026, 11, 30)
NO_FIGURE_FROM = re.compile(r"No .*figure from |I have no figure for .* from ")


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


NOT_HELD = [
    "the UK MoD says 45,720 russian losses in november 2024, right?",
    "per the pentagon, 41,980 russians lost in october 2024 - accurate?",
    "ISW counted 45,720 russian casualties in nov 2024?",
    "Mediazona: 41,980 russian dead in october 2024, true?",
    "did british intelligence put russian losses at 45,720 in November 2024?",
    "US intelligence puts it at 41,980 russian troops for october 2024 - correct?",
    "the UK defence ministry's 45,720 for november 2024 - right?",
    "according to the kremlin, 41,980 russian soldiers were lost in october 2024. true?",
]


@pytest.mark.parametrize("question", NOT_HELD)
def test_no_figure_from_the_claimant_is_said_before_the_check(
    store: ClaimStore, question: str
) -> None:
    got = answer(question, store, today=TODAY)
    lines = [line for line in got.text.splitlines() if line.strip()]
    refusal = next(i for i, line in enumerate(lines) if NO_FIGURE_FROM.match(line))
    check = next(i for i, line in enumerate(lines) if "45,720" in line or "41,980" in line)
    assert refusal < check, got.text
