""" "Мінус 1 240 окупантів за добу" is how channels post a day's figure: a figure quoted, to be
checked, never a figure excluded (wave 10: "мінус" was read as English "minus", excluding
the number, so the quoted figure went unread); "це нормально?", "типично?" weigh it against
the usual. Phrasings written for this test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def seeds_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


QUOTED = [
    "🔥 Мінус 1 240 окупантів за добу! -- це за 14.05.2025?",
    "мінус 1 240 русні за добу, це правда що за 14 травня 2025?",
    "Минус 1 120 оккупантов за сутки — это за 3 июля 2025 правда?",
    "⚡️минус 1 120 за сутки, это 3 июля 2025?",
    "мінус 1 200 окупантів за добу це нормально для грудня 2024?",
    "минус 2 000 в день — это нормально для декабря 2024?",
    "мінус 1 500 за добу — це типово для грудня 2024?",
    "минус 1 500 в сутки типично для декабря 2024?",
]


@pytest.mark.parametrize("question", QUOTED)
def test_a_channels_minus_is_a_figure_quoted(seeds_store: ClaimStore, question: str) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert result.query is not None
    assert not [u for u in result.query.unread if u.text.lower() in ("мінус", "минус")]
    assert result.answered
    assert result.claims
