"""bot.state: the state database on real SQLite files: versions, migrations, transactions."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from bot.state import SCHEMA_VERSION, Added, StateDB, StateError, migrate, now


def test_a_new_file_gets_the_current_schema(tmp_path: Path) -> None:
    state = StateDB(tmp_path / "state.db")
    assert state.version == SCHEMA_VERSION >= 2
    assert state.counts()["subscriptions"] == 0


def test_an_old_file_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, upto=1) == 1
    conn.execute(
        "INSERT INTO subscriptions (chat_id, chat_type, subscribed_at) VALUES (7, 'private', ?)",
        (now().isoformat(),),
    )
    conn.close()
    state = StateDB(path)
    assert state.version == SCHEMA_VERSION
    assert [s.chat_id for s in state.subscriptions()] == [7]
    state.record_unanswered("how many drones in 1812?", "private")  # a table of version 2
    assert [q for _, q in state.unanswered()] == ["how many drones in 1812?"]


def test_a_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StateError, match="newer than this bot's"):
        StateDB(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StateError, match="cannot be used"):
        StateDB(path)


def test_subscriptions_and_the_digest_day(tmp_path: Path) -> None:
    state = StateDB(tmp_path / "state.db")
    assert state.subscribe(1, "private", None, 1)
    assert not state.subscribe(1, "private", None, 1)
    day = dt.date(2026, 8, 9)
    assert state.claim_digest(1, day) is not None
    assert state.claim_digest(1, day) is None  # never twice for a day
    state.release_digest(1, day, None)
    assert state.claim_digest(1, day) is not None
    state.close()
    again = StateDB(tmp_path / "state.db")  # a restart
    assert again.claim_digest(1, day) is None
    assert again.unsubscribe(1) and not again.unsubscribe(1)


def test_a_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    state = StateDB(tmp_path / "state.db")
    added = Added("https://x.test/a", "h1", "a.md", "A", 1, now(), "[]")
    state.record_added(added)
    with pytest.raises(sqlite3.IntegrityError):
        state.record_added(added)  # the same content twice
    assert len(state.added_since(None)) == 1
    assert state.find_added("https://x.test/a", "other") is not None
    assert state.find_added(None, "h1") is not None
    assert state.find_added("https://x.test/b", "h2") is None


def test_unanswered_questions_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.state.UNANSWERED_KEPT", 3)
    state = StateDB(tmp_path / "state.db")
    for n in range(5):
        state.record_unanswered(f"q{n}", None)
    assert [q for _, q in state.unanswered()] == ["q4", "q3", "q2"]


def test_a_chats_language_choice_is_kept_and_forgotten(tmp_path: Path) -> None:
    db = StateDB(tmp_path / "state.db")
    db.set_chat_language(7, "uk")
    db.set_chat_language(7, "ru")
    db.set_chat_language(8, "uk")
    db.close()
    again = StateDB(tmp_path / "state.db")
    assert (again.chat_language(7), again.chat_language(8), again.chat_language(9)) == (
        "ru",
        "uk",
        None,
    )
    again.set_chat_language(7, None)
    assert again.chat_language(7) is None
    again.close()


def test_a_conversation_context_is_kept_per_user_and_forgotten(tmp_path: Path) -> None:
    db = StateDB(tmp_path / "state.db")
    db.save_context(1, 7, '{"a": 1}')
    db.save_context(1, None, '{"group": true}')
    db.save_context(1, 7, '{"a": 2}')  # the newer context replaces the older
    reopened = StateDB(tmp_path / "state.db")
    assert reopened.context(1, 7) == '{"a": 2}'
    assert reopened.context(1, None) == '{"group": true}'
    assert reopened.context(2, 7) is None
    reopened.forget_context(1, 7)
    assert reopened.context(1, 7) is None
    assert reopened.context(1, None) == '{"group": true}'


def test_buttons_are_kept_and_the_oldest_pruned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.state.BUTTONS_KEPT", 5)
    monkeypatch.setattr("bot.state.PRUNE_EVERY", 1)
    db = StateDB(tmp_path / "state.db")
    for n in range(8):
        db.save_button(f"t{n}", "a", f"question {n}", "")
    assert db.button("t7") == ("a", "question 7", "")
    assert db.button("t2") is None  # pruned: only the five newest stay
    assert db.counts()["buttons"] == 5
