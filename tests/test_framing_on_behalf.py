"""Who asks and why, said before a colon (wave 11, qrecord): "Asking for a colleague who can't
log in: ...", "My producer wants this before the 4pm call": framing, never a constraint on
the figures, and never a question about the sources; the question after it is answered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Asking for a friend in the Odesa bureau who is offline: Russian tanks, July 2024.",
        "For my editor, who distrusts every number out there: russian tanks in july 2024",
        "A listener asked me and I don't want to guess: russian tanks in July 2024?",
        "My colleague wants this, she's stuck in a train: russian tanks july 2024",
        "asked by our Kharkiv desk, who are always sceptical: tanks russia lost in july 2024",
        "For a student of mine writing a thesis on attrition: Russian tank losses, July 2024",
        "We don't want to guess on air: how many russian tanks in july 2024?",
        "Russian tank losses for July 2024 before the 4pm call, please",
        "russian tanks july 2024 - need it before our morning meeting",
    ],
)
def test_framing_is_skipped(question: str, store: ClaimStore) -> None:
    result = answer(question, store, today=TODAY)
    expected = answer("russian tanks in july 2024", store, today=TODAY)
    assert result.answered, result.text
    assert [c.value for c in result.claims][:1] == [c.value for c in expected.claims][:1]
    assert result.query is not None and not [u for u in result.query.unread if u.constrains]


def test_no_period_after_the_colon_keeps_the_question(store: ClaimStore) -> None:
    """With no period after the colon nothing is skipped: a question about the sources."""
    result = answer("For our fact-check team: where do your numbers come from?", store, today=TODAY)
    assert "General Staff" in result.text and not result.answered
