"""The bot's memory (bot/telegram/memory.py) written through to a real state database: a
conversation context and a button outlive the Memory that made them, and a broken keeper
never stops an answer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.state import StateDB
from bot.telegram.memory import ButtonKind, Memory
from knowledge import ClaimStore, Conversation

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once (tests/conftest.py)."""
    return ClaimStore(series_kb[1])


def test_a_context_round_trips_through_json(store: ClaimStore) -> None:
    chat = Conversation()
    first = chat.ask("russian losses in November 2024", store, today=TODAY)
    copy = Conversation.load(chat.dump())
    assert copy.previous == chat.previous and copy.last == first
    follow = copy.ask("and tanks?", store, today=TODAY, now=chat.last_at)
    assert follow.query is not None and follow.query.metrics[0].value == "tanks"
    assert "November 2024" in follow.text


def test_a_new_memory_reads_the_kept_context_and_button(tmp_path: Path, store: ClaimStore) -> None:
    keeper = StateDB(tmp_path / "state.db")
    memory = Memory(keeper=keeper)
    memory.conversation(5, 9).ask("russian losses in November 2024", store, today=TODAY)
    memory.keep(5, 9)
    data = memory.button(ButtonKind.ask, "tanks in December 2024")
    later = Memory(keeper=StateDB(tmp_path / "state.db"))  # a restart
    assert later.conversation(5, 9).previous is not None
    assert later.conversation(5, 8).previous is None  # another user's context is theirs
    assert later.pressed(data) == (ButtonKind.ask, "tanks in December 2024", "")
    assert later.pressed("w:" + data.split(":")[1]) is None  # the kind must match
    later.forget(5, 9)
    assert Memory(keeper=StateDB(tmp_path / "state.db")).conversation(5, 9).previous is None


@pytest.mark.parametrize("kept", ["not json", "[1, 2]", '{"previous": {"metrics": 5}}'])
def test_an_unreadable_kept_context_starts_afresh(tmp_path: Path, kept: str) -> None:
    keeper = StateDB(tmp_path / "state.db")
    keeper.save_context(1, 2, kept)
    assert Memory(keeper=keeper).conversation(1, 2).previous is None


def test_a_broken_keeper_leaves_the_memory_copy(tmp_path: Path, store: ClaimStore) -> None:
    keeper = StateDB(tmp_path / "state.db")
    memory = Memory(keeper=keeper)
    keeper.close()  # every keeper call now fails
    chat = memory.conversation(3, 4)
    chat.ask("russian losses in November 2024", store, today=TODAY)
    memory.keep(3, 4)
    data = memory.button(ButtonKind.ask, "tanks in 2024")
    assert memory.pressed(data) == (ButtonKind.ask, "tanks in 2024", "")
    assert memory.conversation(3, 4) is chat
