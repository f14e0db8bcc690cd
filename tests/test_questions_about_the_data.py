"""Questions about the bot's figures as a whole, in wordings no row was written for (who is
behind them, whether anyone checked them, how a day is counted, why a figure can differ from
one seen elsewhere): answered from the sources, never refused as off-topic and never answered
with the latest figure (issue 12, requirement 7; qcheck wave 12). Phrasings are our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, answer, open_or_build
from knowledge.wording import say

TODAY = dt.date(2026, 11, 30)
SOURCE_WORDS = ("general staff", "newsweek", "reuters", "gb news")


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Which bodies or agencies produce your data?", "I have "),
        ("Could anyone verify these totals independently?", "Every figure here is a claim"),
        ("Are the figures you give independently checked by anyone?", "Every figure here"),
        ("What time of day does the daily number come out?", "The daily figures are"),
        ("How do I credit your figures in a caption?", "I have "),
        ("In one sentence, how do you define a day in the tally?", "The daily figures are"),
        ("Do these stats come from one place or several?", "I have "),
        ("Which claimants do you have besides Kyiv?", "I have "),
        ("Whose figures do you have apart from the General Staff's?", "I have "),
        ("Why might your October 2024 figure be a bit different from what I saw on TV?",
         "The daily figures are"),
    ],
)  # fmt: skip
def test_a_question_about_the_data_is_answered_from_the_sources(
    store: ClaimStore, question: str, lead: str
) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.text.startswith(lead), ans.text
    assert any(word in ans.text.lower() for word in SOURCE_WORDS)
    assert say("chat.off_topic") not in ans.text


@pytest.mark.parametrize(
    "question",
    [
        "what are the latest figures?",
        "the newest count in your data",
        "russian tank losses in 2024, with the source",
        "how many drones did russia lose in your data for 2025?",
    ],
)
def test_a_question_for_figures_stays_one(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert not ans.text.startswith(("I have 5 articles", "Every figure here is a claim")), ans.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Who counted russian tank losses in 2024?", 3689),
        ("whose figure is the 2024 tank total?", 3689),
        ("The General Staff's tanks for 2025 - whose count is that, and how many?", 1816),
        ("russian tanks lost in 2025: who says so and what's the number?", 1816),
    ],
)
def test_whose_beside_a_period_and_a_kind_gives_that_figure(
    store: ClaimStore, question: str, value: int
) -> None:
    # the claimant's figures for other periods (42 tanks in February 2024) are no answer
    ans = answer(question, store, today=TODAY)
    assert ans.answered, ans.text
    assert f"{value:,}" in ans.text.splitlines()[1], ans.text
    assert "general staff" in ans.text.lower()
