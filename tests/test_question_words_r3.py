"""Question vocabulary rows added after the third blind round (issue 12, requirements 1, 3, 4,
6 and 7): categories the tally counts apart, air-defence models named with a launcher word,
troop branches whose names hold an equipment word, named fleets, a commander's forces, the
claimant named first in a refusal, and figures quoted to be checked.

Every phrasing is our own, written as readers type in chats and newsrooms; none is a blind
question. Each class has at least five phrasings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import answer, open_or_build, parse_question
from knowledge.models import Metric
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    return open_or_build(tmp_path_factory.mktemp("words-r3-kb") / "knowledge.db", SEEDS)


def _head(text: str, lines: int = 3) -> str:
    return "\n".join(text.splitlines()[:lines]).lower()


def _constraining(text: str, today: dt.date = TODAY) -> list[str]:
    return [u.text for u in parse_question(text, today).unread if u.constrains]


# -- categories the tally counts apart under `other` ------------------------------------------

CATEGORY_QUESTIONS = [
    "ground robots lost by the russians in june 2026",
    "how many UGVs did russia lose in july 2026",
    "unmanned ground vehicles destroyed in june 2026",
    "russian robotic systems destroyed in july 2026",
    "land drones the russians lost in june 2026",
    "how many ground robotic complexes has russia lost in july 2026?",
    "russian combat robots taken out in june 2026",
]


@pytest.mark.parametrize("text", CATEGORY_QUESTIONS)
def test_a_counted_category_is_read_as_its_own_series(text: str) -> None:
    query = parse_question(text, TODAY)
    assert query.metrics == [Metric.other]
    assert query.category == "ground robotic systems"
    assert _constraining(text) == []


@pytest.mark.parametrize("text", CATEGORY_QUESTIONS[:5])
def test_a_counted_category_is_answered_from_its_series_only(
    text: str, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert result.answered
    assert result.claims
    assert {c.label for c in result.claims} == {"ground robotic systems"}
    assert "ground robotic systems" in _head(result.text)


@pytest.mark.parametrize(
    "text",
    [
        "ground robots lost by russia in april 2026",
        "russian ugvs destroyed in 2024",
        "unmanned ground vehicles lost in march 2023",
        "robots destroyed in april 2022",
        "land drones russia lost in january 2026",
    ],
)
def test_a_category_before_its_first_report_gets_no_figure(
    text: str, seeds_store: ClaimStore
) -> None:
    """Before May 2026 no report counts ground robots: no figure of another `other` series
    (the SRBM systems of 2022) and no first cumulative is given as the period's losses."""
    result = answer(text, seeds_store, today=TODAY)
    assert not result.answered
    assert all(c.label == "ground robotic systems" for c in result.claims)
