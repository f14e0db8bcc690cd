"""The bot's own state: what must survive a restart and is not rebuilt by a reload.

Subscriptions to the daily digest, feed positions and the items already seen, articles
awaiting an admin's Add/Discard, articles added, series updates and how they ended, questions
without an answer, wrong-answer reports, each chat's /lang choice, and each conversation's
context and the buttons under recent answers (so a restart keeps "and tanks?" and a tap on an
old button working) live here, in `STATE_DB`,
separate from the knowledge base that `/reload` replaces. Every write is one transaction.

The schema has a version (`PRAGMA user_version`); `MIGRATIONS` lists the steps from an empty
file to the current version, in order, and opening a file applies the missing ones. A file
written by a newer version of the bot is refused rather than guessed at.

This is the only module of `bot/` that talks SQL.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Each entry takes the schema from version N to N+1. Append; never edit a released step.
MIGRATIONS: tuple[str, ...] = (
    # 1: digest subscriptions, feeds, articles (queued and added), series updates.
    """
    CREATE TABLE subscriptions (
        chat_id INTEGER PRIMARY KEY,
        chat_type TEXT NOT NULL,
        title TEXT,
        subscribed_by INTEGER,
        subscribed_at TEXT NOT NULL,
        last_digest_day TEXT,
        last_digest_at TEXT
    );
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        last_ok_at TEXT,
        last_error TEXT,
        last_error_at TEXT,
        failures INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE seen_items (
        url TEXT PRIMARY KEY,
        content_hash TEXT,
        feed_url TEXT,
        seen_at TEXT NOT NULL,
        outcome TEXT NOT NULL
    );
    CREATE INDEX seen_items_hash ON seen_items (content_hash);
    CREATE TABLE pending (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        url TEXT,
        content_hash TEXT NOT NULL,
        title TEXT,
        document TEXT NOT NULL,
        claims_json TEXT NOT NULL,
        origin TEXT NOT NULL,
        requested_by INTEGER,
        chat_id INTEGER,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        decided_by INTEGER,
        decided_at TEXT
    );
    CREATE TABLE added (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        url TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        title TEXT,
        added_by INTEGER,
        added_at TEXT NOT NULL,
        claims_json TEXT NOT NULL
    );
    CREATE INDEX added_url ON added (url);
    CREATE TABLE updates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        trigger TEXT NOT NULL,
        ok INTEGER NOT NULL,
        summary TEXT NOT NULL,
        series_end TEXT
    );
    """,
    # 2: what users asked that found no figure, and reports of wrong answers.
    """
    CREATE TABLE unanswered (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        asked_at TEXT NOT NULL,
        question TEXT NOT NULL,
        chat_type TEXT
    );
    CREATE TABLE wrong_answer_reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        reported_at TEXT NOT NULL,
        user_id INTEGER,
        chat_id INTEGER,
        question TEXT NOT NULL,
        answer TEXT,
        note TEXT,
        status TEXT NOT NULL DEFAULT 'open'
    );
    """,
    # 3: each chat's /lang choice (issue 15), so a restart keeps the chat's answer language.
    """
    CREATE TABLE chat_languages (
        chat_id INTEGER PRIMARY KEY,
        language TEXT NOT NULL,
        chosen_at TEXT NOT NULL
    );
    """,
    # 4: conversation contexts (a follow-up after a restart) and button payloads (a tap on a
    # button sent before a restart). user_key is the user's id, or 0 for a chat without one.
    """
    CREATE TABLE conversations (
        chat_id INTEGER NOT NULL,
        user_key INTEGER NOT NULL,
        context TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (chat_id, user_key)
    );
    CREATE INDEX conversations_by_age ON conversations (updated_at);
    CREATE TABLE buttons (
        token TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX buttons_by_age ON buttons (created_at);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
UNANSWERED_KEPT = 1000
# As many as the bot keeps in memory (bot/telegram/memory.py): the oldest go first.
CONTEXTS_KEPT = 10_000
BUTTONS_KEPT = 20_000
# The kept contexts and buttons are pruned every this many writes, not on each (a prune
# walks the age index).
PRUNE_EVERY = 64


class StateError(RuntimeError):
    """The state database cannot be used (newer schema, not a database, unwritable)."""


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    chat_type: str
    title: str | None
    last_digest_day: dt.date | None
    last_digest_at: dt.datetime | None


@dataclass(frozen=True)
class UpdateRun:
    """One run of the daily series update."""

    started_at: dt.datetime
    finished_at: dt.datetime
    trigger: str
    ok: bool
    summary: str
    series_end: dt.date | None


@dataclass(frozen=True)
class Pending:
    """An article awaiting an admin's Add or Discard."""

    id: int
    url: str | None
    content_hash: str
    title: str | None
    document: str
    claims_json: str
    origin: str
    requested_by: int | None
    chat_id: int | None
    status: str


@dataclass(frozen=True)
class Added:
    """An article saved into the sources folder."""

    url: str | None
    content_hash: str
    path: str
    title: str | None
    added_by: int | None
    added_at: dt.datetime
    claims_json: str


def now() -> dt.datetime:
    """The current time in UTC (what every timestamp here is in)."""
    return dt.datetime.now(dt.UTC)


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _when(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def migrate(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> int:
    """Apply the missing migration steps up to version `upto`; the version reached."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StateError(
            f"state database has schema version {version}, newer than this bot's "
            f"{SCHEMA_VERSION}: upgrade the bot or point STATE_DB elsewhere"
        )
    for step in range(version, upto):
        # executescript commits first; BEGIN..COMMIT makes the step and its version one unit.
        conn.executescript(f"BEGIN; {MIGRATIONS[step]}; PRAGMA user_version = {step + 1}; COMMIT;")
    return max(version, upto)


class StateDB:
    """The state database: small, transactional, safe to use from threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL survives a crash of the bot intact; a power cut may lose the
            # last commits. FULL costs an fsync per write (6 ms here, on the event loop).
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA busy_timeout = 5000")
            migrate(self._conn)
        except sqlite3.DatabaseError as exc:
            raise StateError(f"state database {self.path} cannot be used: {exc}") from None
        except OSError as exc:
            raise StateError(f"state database {self.path}: {exc.strerror or exc}") from None
        self._lock = threading.RLock()
        self._writes = 0

    @property
    def version(self) -> int:
        return int(self._rows("PRAGMA user_version")[0][0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # -- subscriptions ----------------------------------------------------------------------
    def subscribe(
        self,
        chat_id: int,
        chat_type: str,
        title: str | None,
        user_id: int | None,
        done_day: dt.date | None = None,
    ) -> bool:
        """Subscribe a chat to the digest (counting `done_day`'s digest as sent); False when
        it already was."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO subscriptions (chat_id, chat_type, title, subscribed_by,"
                " subscribed_at, last_digest_day) VALUES (?, ?, ?, ?, ?, ?)",
                (chat_id, chat_type, title, user_id, _iso(now()), _iso(done_day)),
            )
            return cursor.rowcount == 1

    def unsubscribe(self, chat_id: int) -> bool:
        """Stop a chat's digest; False when it was not subscribed."""
        with self._transaction() as conn:
            return (
                conn.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,)).rowcount
                == 1
            )

    def subscriptions(self) -> list[Subscription]:
        rows = self._rows("SELECT * FROM subscriptions ORDER BY chat_id")
        return [
            Subscription(
                chat_id=row["chat_id"],
                chat_type=row["chat_type"],
                title=row["title"],
                last_digest_day=_day(row["last_digest_day"]),
                last_digest_at=_when(row["last_digest_at"]),
            )
            for row in rows
        ]

    def claim_digest(self, chat_id: int, day: dt.date) -> dt.datetime | None:
        """Mark `day`'s digest as being sent to a chat, if it was not already.

        Returns when the chat's previous digest went out (or its subscription began), or None
        when `day`'s digest was already claimed: the check and the mark are one transaction,
        so two runs can't both send it."""
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT last_digest_day, last_digest_at, subscribed_at FROM subscriptions"
                " WHERE chat_id = ?",
                (chat_id,),
            ).fetchone()
            if row is None or (row["last_digest_day"] or "") >= day.isoformat():
                return None
            conn.execute(
                "UPDATE subscriptions SET last_digest_day = ?, last_digest_at = ?"
                " WHERE chat_id = ?",
                (day.isoformat(), _iso(now()), chat_id),
            )
            return _when(row["last_digest_at"]) or _when(row["subscribed_at"])

    def release_digest(self, chat_id: int, day: dt.date, previous: dt.datetime | None) -> None:
        """Undo `claim_digest` after a send that surely failed, so a later run retries."""
        with self._transaction() as conn:
            before = conn.execute(
                "SELECT max(last_digest_day) FROM subscriptions WHERE chat_id = ?", (chat_id,)
            ).fetchone()[0]
            if before == day.isoformat():
                yesterday = (day - dt.timedelta(days=1)).isoformat()
                conn.execute(
                    "UPDATE subscriptions SET last_digest_day = ?, last_digest_at = ?"
                    " WHERE chat_id = ?",
                    (yesterday, _iso(previous), chat_id),
                )

    # -- series updates ---------------------------------------------------------------------
    def record_update(self, run: UpdateRun) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO updates (started_at, finished_at, trigger, ok, summary, series_end)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    _iso(run.started_at),
                    _iso(run.finished_at),
                    run.trigger,
                    int(run.ok),
                    run.summary,
                    _iso(run.series_end),
                ),
            )

    def last_update(self) -> UpdateRun | None:
        rows = self._rows("SELECT * FROM updates ORDER BY id DESC LIMIT 1")
        if not rows:
            return None
        row = rows[0]
        return UpdateRun(
            started_at=_when(row["started_at"]) or now(),
            finished_at=_when(row["finished_at"]) or now(),
            trigger=row["trigger"],
            ok=bool(row["ok"]),
            summary=row["summary"],
            series_end=_day(row["series_end"]),
        )

    # -- feeds ------------------------------------------------------------------------------
    def feed_ok(self, url: str) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO feeds (url, last_ok_at, failures) VALUES (?, ?, 0)"
                " ON CONFLICT (url) DO UPDATE SET last_ok_at = excluded.last_ok_at, failures = 0",
                (url, _iso(now())),
            )

    def feed_failed(self, url: str, error: str) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO feeds (url, last_error, last_error_at, failures) VALUES (?, ?, ?, 1)"
                " ON CONFLICT (url) DO UPDATE SET last_error = excluded.last_error,"
                " last_error_at = excluded.last_error_at, failures = failures + 1",
                (url, error, _iso(now())),
            )

    def feed_status(self, url: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM feeds WHERE url = ?", (url,))
        return dict(rows[0]) if rows else None

    def seen(self, url: str | None = None, content_hash: str | None = None) -> bool:
        """Whether a feed item with this URL or this content was handled before."""
        rows = self._rows(
            "SELECT 1 FROM seen_items WHERE url = ? OR (content_hash IS NOT NULL"
            " AND content_hash = ?) LIMIT 1",
            (url, content_hash),
        )
        return bool(rows)

    def mark_seen(self, url: str, content_hash: str | None, feed_url: str, outcome: str) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO seen_items (url, content_hash, feed_url, seen_at, outcome)"
                " VALUES (?, ?, ?, ?, ?)",
                (url, content_hash, feed_url, _iso(now()), outcome),
            )

    # -- articles ---------------------------------------------------------------------------
    def queue(
        self,
        *,
        url: str | None,
        content_hash: str,
        title: str | None,
        document: str,
        claims_json: str,
        origin: str,
        requested_by: int | None,
        chat_id: int | None,
    ) -> int:
        """Queue an article for Add/Discard; its id."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO pending (url, content_hash, title, document, claims_json, origin,"
                " requested_by, chat_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, content_hash, title, document, claims_json, origin, requested_by,
                 chat_id, _iso(now())),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def pending(self, pending_id: int) -> Pending | None:
        rows = self._rows("SELECT * FROM pending WHERE id = ?", (pending_id,))
        return _pending(rows[0]) if rows else None

    def pending_items(self) -> list[Pending]:
        rows = self._rows("SELECT * FROM pending WHERE status = 'pending' ORDER BY id")
        return [_pending(row) for row in rows]

    def decide(self, pending_id: int, status: str, user_id: int | None) -> bool:
        """Mark a queued article added or discarded; False when it was decided before."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE pending SET status = ?, decided_by = ?, decided_at = ?"
                " WHERE id = ? AND status = 'pending'",
                (status, user_id, _iso(now()), pending_id),
            )
            return cursor.rowcount == 1

    def reopen_pending(self, pending_id: int) -> None:
        """Put a decided article back in the queue (its save failed)."""
        with self._transaction() as conn:
            conn.execute(
                "UPDATE pending SET status = 'pending', decided_by = NULL, decided_at = NULL"
                " WHERE id = ?",
                (pending_id,),
            )

    def find_added(self, url: str | None, content_hash: str) -> Added | None:
        """The article already added with this URL or this content, if any."""
        rows = self._rows(
            "SELECT * FROM added WHERE content_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1",
            (content_hash, url),
        )
        return _added(rows[0]) if rows else None

    def record_added(self, added: Added) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO added (url, content_hash, path, title, added_by, added_at,"
                " claims_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (added.url, added.content_hash, added.path, added.title, added.added_by,
                 _iso(added.added_at), added.claims_json),
            )  # fmt: skip

    def added_since(self, since: dt.datetime | None) -> list[Added]:
        """Articles added after `since` (all of them for None), oldest first."""
        rows = self._rows(
            "SELECT * FROM added WHERE ? IS NULL OR added_at > ? ORDER BY added_at, id",
            (_iso(since), _iso(since)),
        )
        return [_added(row) for row in rows]

    # -- questions --------------------------------------------------------------------------
    def record_unanswered(self, question: str, chat_type: str | None) -> None:
        """Keep a question that found no figure (the latest UNANSWERED_KEPT are kept)."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO unanswered (asked_at, question, chat_type) VALUES (?, ?, ?)",
                (_iso(now()), question, chat_type),
            )
            conn.execute(
                "DELETE FROM unanswered WHERE id <= (SELECT max(id) FROM unanswered) - ?",
                (UNANSWERED_KEPT,),
            )

    def unanswered(self, limit: int = 20) -> list[tuple[dt.datetime, str]]:
        rows = self._rows(
            "SELECT asked_at, question FROM unanswered ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [(_when(row["asked_at"]) or now(), row["question"]) for row in rows]

    def report_wrong_answer(
        self, user_id: int | None, chat_id: int | None, question: str, answer: str, note: str
    ) -> int:
        """Keep a user's report that an answer is wrong; its number."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO wrong_answer_reports (reported_at, user_id, chat_id, question,"
                " answer, note) VALUES (?, ?, ?, ?, ?, ?)",
                (_iso(now()), user_id, chat_id, question, answer, note),
            )
            return int(cursor.lastrowid or 0)

    def add_report_note(self, report_id: int, note: str) -> None:
        """Add the user's note to a report made with the "Wrong answer?" button."""
        with self._transaction() as conn:
            conn.execute("UPDATE wrong_answer_reports SET note = ? WHERE id = ?", (note, report_id))

    def wrong_answer_reports(self, limit: int = 10) -> list[dict[str, Any]]:
        """The latest open reports, newest first."""
        rows = self._rows(
            "SELECT * FROM wrong_answer_reports WHERE status = 'open' ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [dict(row) for row in rows]

    # -- chat languages ---------------------------------------------------------------------
    def set_chat_language(self, chat_id: int, language: str | None) -> None:
        """Keep a chat's /lang choice; None forgets it (answers follow each question)."""
        with self._transaction() as conn:
            if language is None:
                conn.execute("DELETE FROM chat_languages WHERE chat_id = ?", (chat_id,))
                return
            conn.execute(
                "INSERT INTO chat_languages (chat_id, language, chosen_at) VALUES (?, ?, ?)"
                " ON CONFLICT(chat_id) DO UPDATE SET language = excluded.language,"
                " chosen_at = excluded.chosen_at",
                (chat_id, language, _iso(now())),
            )

    def chat_language(self, chat_id: int) -> str | None:
        """A chat's /lang choice, or None when it has not chosen."""
        rows = self._rows("SELECT language FROM chat_languages WHERE chat_id = ?", (chat_id,))
        return str(rows[0]["language"]) if rows else None

    # -- conversations and buttons ----------------------------------------------------------
    def save_context(self, chat_id: int, user_id: int | None, context: str) -> None:
        """Keep one conversation's context (`Conversation.dump`); the oldest beyond
        CONTEXTS_KEPT go."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO conversations (chat_id, user_key, context, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT(chat_id, user_key) DO UPDATE SET"
                " context = excluded.context, updated_at = excluded.updated_at",
                (chat_id, user_id or 0, context, _iso(now())),
            )
            self._prune(conn, "conversations", "updated_at", CONTEXTS_KEPT)

    def context(self, chat_id: int, user_id: int | None) -> str | None:
        """One conversation's kept context, or None."""
        rows = self._rows(
            "SELECT context FROM conversations WHERE chat_id = ? AND user_key = ?",
            (chat_id, user_id or 0),
        )
        return str(rows[0]["context"]) if rows else None

    def forget_context(self, chat_id: int, user_id: int | None) -> None:
        """Drop one conversation's context (`/new`)."""
        with self._transaction() as conn:
            conn.execute(
                "DELETE FROM conversations WHERE chat_id = ? AND user_key = ?",
                (chat_id, user_id or 0),
            )

    def save_button(self, token: str, kind: str, question: str, answer: str) -> None:
        """Keep what a button sent under an answer stands for; the oldest beyond
        BUTTONS_KEPT go."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO buttons (token, kind, question, answer, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (token, kind, question, answer, _iso(now())),
            )
            self._prune(conn, "buttons", "created_at", BUTTONS_KEPT)

    def _prune(self, conn: sqlite3.Connection, table: str, age: str, kept: int) -> None:
        """Every PRUNE_EVERY writes, delete the rows of `table` beyond its `kept` newest."""
        self._writes += 1
        if self._writes % PRUNE_EVERY == 0:
            _keep_newest(conn, table, age, kept)

    def button(self, token: str) -> tuple[str, str, str] | None:
        """(kind, question, answer) of a kept button, or None."""
        rows = self._rows("SELECT kind, question, answer FROM buttons WHERE token = ?", (token,))
        return (rows[0]["kind"], rows[0]["question"], rows[0]["answer"]) if rows else None

    def counts(self) -> dict[str, int]:
        """Rows per table, for /stats."""
        names = (
            "subscriptions", "pending", "added", "seen_items", "updates", "unanswered",
            "wrong_answer_reports", "conversations", "buttons",
        )  # fmt: skip
        with self._lock:
            return {
                name: int(self._conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
                for name in names
            }


def _keep_newest(conn: sqlite3.Connection, table: str, age: str, kept: int) -> None:
    """Delete the rows of `table` older than its `kept` newest by column `age` (both names
    are this module's constants, never user input)."""
    conn.execute(
        f"DELETE FROM {table} WHERE {age} < (SELECT {age} FROM {table}"
        f" ORDER BY {age} DESC LIMIT 1 OFFSET ?)",
        (kept - 1,),
    )


def _pending(row: sqlite3.Row) -> Pending:
    return Pending(
        id=row["id"],
        url=row["url"],
        content_hash=row["content_hash"],
        title=row["title"],
        document=row["document"],
        claims_json=row["claims_json"],
        origin=row["origin"],
        requested_by=row["requested_by"],
        chat_id=row["chat_id"],
        status=row["status"],
    )


def _added(row: sqlite3.Row) -> Added:
    return Added(
        url=row["url"],
        content_hash=row["content_hash"],
        path=row["path"],
        title=row["title"],
        added_by=row["added_by"],
        added_at=_when(row["added_at"]) or now(),
        claims_json=row["claims_json"],
    )


def dumps(value: object) -> str:
    """JSON for the text columns (compact, Unicode kept)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
