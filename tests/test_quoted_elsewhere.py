"""A quoted figure that belongs to another side, kind or claimant (issue 12, claimant, side and
kind discipline): "Moscow's 1,351 - Ukrainian dead?" is answered no. The line saying whose
figure it is comes first, and what is shown for the question's own words is a suggestion, never
presented as the answer (`answered` is false). Phrasings written for this test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, answer, open_or_build

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


ELSEWHERE = [
    ("the kremlin's 1,351 - those are ukrainian soldiers, right?", "Ministry of Defence"),
    ("is 80,000 the number of russian dead?", "Ukraine's President"),
    ("so 133,190 is ukraine's own losses?", "Ukraine's armed forces"),
    ("Zelensky's 80,000 - is that how many russians died?", "Ukraine's President"),
    ("45,720 ukrainian losses, right?", "Ukraine's armed forces"),
    ("were 1,351 russian tanks lost?", "Ministry of Defence"),
    ("ukraine lost 1,351 soldiers according to russia, correct?", "Ministry of Defence"),
    ("someone told me 133,190 ukrainian troops died. true?", "Ukraine's armed forces"),
]


@pytest.mark.parametrize(("question", "owner"), ELSEWHERE)
def test_a_figure_of_another_side_or_kind_is_not_the_answer(
    store: ClaimStore, question: str, owner: str
) -> None:
    got = answer(question, store, today=TODAY)
    assert not got.answered, got.text
    head = "\n".join(got.text.splitlines()[:3])
    assert owner in head, got.text


def test_a_figure_that_fits_is_still_the_answer(store: ClaimStore) -> None:
    got = answer("kyiv's 45,720 for november 2024 - right?", store, today=TODAY)
    assert got.answered
    assert 45720 in [c.value for c in got.claims]
