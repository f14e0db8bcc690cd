"""A figure set as a threshold ("did losses pass 30,000 in May 2025?", "did they stay under
40k?") asks yes or no against the period's figures, not whether that exact figure was claimed
(issue 12, qcheck wave 12). Phrasings are our own; the expected readings are the daily tally's
(by day of fighting and by report date)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, answer, open_or_build
from knowledge.lexicon.thresholds import threshold_before

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        ("did losses pass 30,000 in May 2025?", "Yes", 35370),
        ("Did Russian losses in 2025 top 400,000?", "Yes", 418170),
        ("Were Russian losses in November 2024 above 40,000?", "Yes", 45720),
        ("Did Kyiv's count for 2023 cross 250,000?", "Yes", 253290),
        ("did russia lose more than 50,000 troops in October 2024?", "No", 41980),
        ("Did Russian personnel losses in March 2025 stay under 40,000?", "No", 41160),
        ("Russian losses in 2024 went over 400k, right?", "Yes", 430790),
        ("Did Russian tank losses exceed 2,000 in 2024?", "Yes", 3689),
        ("russian losses in october 2024 - under 45,000?", "Yes", 41980),
        ("did the russians lose at least 1,000 tanks in 2025?", "Yes", 1816),
    ],
)
def test_a_threshold_is_answered_yes_or_no(
    store: ClaimStore, question: str, verdict: str, shown: int
) -> None:
    ans = answer(question, store, today=TODAY)
    first = ans.text.splitlines()[0]
    assert ans.answered, ans.text
    assert first.startswith(f"{verdict}:"), ans.text
    assert f"{shown:,}" in first
    assert "matches neither" not in ans.text


def test_a_threshold_between_the_two_readings_is_said_to_depend(store: ClaimStore) -> None:
    # March 2025: 41,160 by day of fighting, 40,670 by report date
    ans = answer("did russian losses in march 2025 pass 41,000?", store, today=TODAY)
    assert ans.text.startswith("It depends on how the days are counted"), ans.text


@pytest.mark.parametrize(
    ("before", "way"),
    [
        ("did losses pass ", "above"),
        ("did they top ", "above"),
        ("was it more than ", "above"),
        ("did it stay under ", "below"),
        ("fewer than ", "below"),
        ("is ", None),
        ("did they claim ", None),
    ],
)
def test_threshold_words(before: str, way: str | None) -> None:
    assert threshold_before(before) == way


def test_a_figure_to_match_is_still_checked_as_one(store: ClaimStore) -> None:
    ans = answer("is 35,370 right for May 2025?", store, today=TODAY)
    assert not ans.text.startswith(("Yes:", "No:")), ans.text
