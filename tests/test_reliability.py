"""Faults, hostile updates, access and load at the bot level, against the Bot API stand-in.

Each test drives the real Application (`tests.test_telegram.start_bot`) and injects faults with
the stand-in's controls (`fail_next`, `drop_next`, `garble_next`, `delay_next`, `go_offline`,
`honour_allowed_updates`). "None lost, none twice" is checked by giving every question its own
private chat and counting the replies delivered to it. Every wait has a deadline.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

import bot.telegram.app as bot_telegram
import knowledge.ingest.build as store_module
from bot.telegram.delivery import FloodGate
from bot.telegram.handlers import APOLOGY, REFUSAL, SLOW_DOWN
from tests.conftest import ROOT
from tests.harness import CAVEAT, ask_and_wait, make_settings, start_bot, stop_bot, to
from tests.support.botapi import BotAPIServer, Call

QUESTION = "How many tanks did Russia lose in 3 days?"

# PTB warns about the future type of RetryAfter.retry_after when it builds the error.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


# -- fixtures (as in test_telegram) ------------------------------------------------------------


def ask_many(api: BotAPIServer, count: int, text: str = QUESTION) -> list[dict[str, Any]]:
    """`count` questions, each from a new user in their own private chat; returns the chats."""
    chats = []
    for n in range(count):
        sender = api.user(f"Asker {n}")
        chat = api.private_chat(sender)
        api.push_message(chat, sender, text)
        chats.append(chat)
    return chats


async def each_answered_once(
    api: BotAPIServer, chats: list[dict[str, Any]], timeout: float = 15.0
) -> list[Call]:
    """Wait for a reply in every chat; then check none was answered twice or apologised to."""
    replies = []
    for chat in chats:
        [reply] = await api.wait_for("sendMessage", where=to(chat), timeout=timeout)
        replies.append(reply)
    # Let anything still in flight land before counting (the bot is idle once all answered).
    await settle(api)
    for chat in chats:
        delivered = api.sent(chat)
        assert len(delivered) == 1, [c.plain[:60] for c in delivered]
        assert APOLOGY not in delivered[0].plain
        assert CAVEAT in delivered[0].plain
    return replies


async def settle(api: BotAPIServer, quiet: float = 0.3, timeout: float = 10.0) -> None:
    """Wait until the bot has made no call but long polls for `quiet` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        busy = [c for c in api.calls if c.method != "getUpdates"]
        last = max((c.at for c in busy), default=0.0)
        if time.monotonic() - last >= quiet and all(c.ok is not None for c in busy):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the bot never went quiet")


# -- Telegram faults ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "failed"),
    [
        (lambda api: api.fail_next("sendMessage", 500, count=2), 2),
        (lambda api: api.fail_next("sendMessage", 502, description="Bad Gateway"), 1),
        (lambda api: api.fail_next("sendMessage", 429, retry_after=1), 1),
        (lambda api: api.drop_next("sendMessage", count=2), 2),
        (lambda api: api.garble_next("sendMessage"), 1),
    ],
    ids=["500-twice", "502", "429-retry-after", "dropped-twice", "not-json"],
)
async def test_send_faults_are_retried_and_delivered_once(
    api: BotAPIServer, bot: Application, fault: Any, failed: int
) -> None:
    fault(api)
    chats = ask_many(api, 3)
    await each_answered_once(api, chats)
    assert len(api.calls_to("sendMessage", ok=False)) == failed


async def test_timed_out_send_is_neither_resent_nor_apologised_for(
    api: BotAPIServer,
    kb: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(bot_telegram, "READ_TIMEOUT", 0.5)
    app = await start_bot(make_settings(api, kb, set()))
    try:
        # Telegram holds the reply longer than the bot waits, then delivers it anyway.
        api.delay_next("sendMessage", 1.5)
        [slow] = ask_many(api, 1)
        await api.wait_for("sendMessage", where=to(slow), timeout=10)
        others = ask_many(api, 3)  # the bot carries on meanwhile
        await each_answered_once(api, [slow, *others])
    finally:
        await stop_bot(app)
    assert "Timed out" in caplog.text


@pytest.mark.parametrize(
    "fault",
    [
        lambda api: api.fail_next("getUpdates", 500),
        lambda api: api.fail_next("getUpdates", 429, retry_after=1),
        lambda api: api.garble_next("getUpdates"),
        lambda api: api.drop_next("getUpdates"),
        lambda api: api.delay_next("getUpdates", 3.0),  # longer than the client waits
    ],
    ids=["500", "429", "not-json", "dropped", "timeout"],
)
async def test_polling_survives_faults_and_loses_nothing(
    api: BotAPIServer,
    kb: tuple[Path, Path],
    fault: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bot_telegram, "READ_TIMEOUT", 0.5)
    fault(api)  # the bot's first long poll meets the fault
    app = await start_bot(make_settings(api, kb, set()))
    try:
        chats = ask_many(api, 5)
        await each_answered_once(api, chats, timeout=20)
    finally:
        await stop_bot(app)
    assert api.faults_left("getUpdates") == 0  # the fault was met


async def test_connection_refused_for_a_while_then_everything_is_answered_once(
    api: BotAPIServer, bot: Application
) -> None:
    [before] = ask_many(api, 1)
    await api.wait_for("sendMessage", where=to(before))
    await api.go_offline()
    chats = ask_many(api, 10)  # queued at Telegram while the bot can't reach it
    await asyncio.sleep(1.5)  # the outage itself: the bot meets connection refused meanwhile
    assert not api.sent(chats[0])
    await api.go_online()
    await each_answered_once(api, [before, *chats], timeout=20)


async def test_updates_of_kinds_the_bot_does_not_handle_are_ignored(
    api: BotAPIServer,
    bot: Application,
    admin: dict[str, Any],
    user: dict[str, Any],
    kb: tuple[Path, Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Telegram may still deliver kinds outside allowed_updates (those queued before the call).
    api.honour_allowed_updates = False
    before = kb[1].stat().st_mtime_ns
    private, group = api.private_chat(admin), api.group()
    channel = {"id": -1009999, "type": "channel", "title": "News"}
    edited = api.message(private, admin, "/reload")
    edited["edit_date"] = edited["date"] + 5
    sticker = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    member = {"user": user, "status": "member"}
    strange: list[dict[str, Any]] = [
        {"edited_message": edited},
        {"channel_post": {**api.message(private, admin, "/reload"), "chat": channel}},
        {"edited_channel_post": {**api.message(private, admin, "tanks?"), "chat": channel}},
        {"message": {**api.message(private, user, "x"), "text": None, "sticker": sticker}},
        {"message": {**api.message(group, user, "x"), "text": None, "new_chat_members": [user]}},
        {"message": {**api.message(group, user, "x"), "text": None, "left_chat_member": user}},
        {"callback_query": {"id": "cb1", "from": user, "chat_instance": "ci", "data": "/reload"}},
        {
            "my_chat_member": {
                "chat": group,
                "from": user,
                "date": 1,
                "old_chat_member": {"user": api.bot, "status": "member"},
                "new_chat_member": {"user": api.bot, "status": "left"},
            }
        },
        {
            "chat_member": {
                "chat": group,
                "from": user,
                "date": 1,
                "old_chat_member": member,
                "new_chat_member": member,
            }
        },
        {"some_future_kind": {"what": "Telegram added a new update type"}},
    ]
    for update in strange:
        api.push_raw(update)
    # Handled in arrival order per chat, so this reply means the private ones were seen.
    [reply] = await ask_and_wait(api, private, admin, QUESTION)
    await settle(api)
    assert CAVEAT in reply.plain
    assert len(api.sent()) == 1, [c.plain[:50] for c in api.sent()]
    assert not api.calls_to("sendChatAction", ok=None)
    assert kb[1].stat().st_mtime_ns == before  # no reload ran
    assert "Error while handling" not in caplog.text


# -- access ------------------------------------------------------------------------------------


def forwarded(
    api: BotAPIServer, chat: dict[str, Any], sender: dict[str, Any], origin: Any, text: str
) -> dict[str, Any]:
    """A message `sender` forwards into `chat`, first written by `origin` (a user)."""
    msg = api.message(chat, sender, text)
    msg["forward_origin"] = {"type": "user", "date": msg["date"] - 60, "sender_user": origin}
    return msg


async def test_forwarded_commands_are_ignored_whoever_forwards_them(
    api: BotAPIServer,
    bot: Application,
    admin: dict[str, Any],
    user: dict[str, Any],
    kb: tuple[Path, Path],
) -> None:
    before = kb[1].stat().st_mtime_ns
    group = api.group()
    for chat, sender, origin in [
        (api.private_chat(user), user, admin),  # an admin's /reload, forwarded by a user
        (group, user, admin),
        (api.private_chat(admin), admin, user),  # even the admin forwarding it
        (api.private_chat(admin), admin, admin),
    ]:
        for command in ("/reload", "/stats", "/unanswered", "/check", "/frobnicate"):
            api.push_raw({"message": forwarded(api, chat, sender, origin, command)})
    [reply] = await ask_and_wait(api, api.private_chat(admin), admin, "/stats")
    [user_reply] = await ask_and_wait(api, api.private_chat(user), user, QUESTION)
    await ask_and_wait(api, group, user, "/ask " + QUESTION)
    await settle(api)
    assert "questions answered" in reply.plain
    assert CAVEAT in user_reply.plain
    assert len(api.sent()) == 3
    assert kb[1].stat().st_mtime_ns == before


async def test_admin_commands_refused_in_private_and_groups(
    api: BotAPIServer, bot: Application, user: dict[str, Any], kb: tuple[Path, Path]
) -> None:
    before = kb[1].stat().st_mtime_ns
    for chat in (api.private_chat(user), api.group()):
        for command in ("/reload", "/reload@loss_claims_test_bot", "/check", "/stats"):
            [reply] = await ask_and_wait(api, chat, user, command)
            assert reply.plain == REFUSAL
    assert kb[1].stat().st_mtime_ns == before


async def test_no_admins_means_nobody_is_admin_and_says_so(
    api: BotAPIServer,
    kb: tuple[Path, Path],
    admin: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    app = await start_bot(make_settings(api, kb, set()))
    try:
        [reply] = await ask_and_wait(api, api.private_chat(admin), admin, "/reload")
    finally:
        await stop_bot(app)
    assert reply.plain == REFUSAL
    assert "ADMIN_USER_IDS is empty: nobody is admin" in caplog.text


# -- flood control -----------------------------------------------------------------------------


def replying_to(msg: dict[str, Any]) -> Any:
    """Where: the bot's reply quoting `msg`."""
    return lambda c: (
        (c.result or {}).get("reply_to_message", {}).get("message_id") == msg["message_id"]
    )


async def test_a_flooding_user_does_not_starve_others(
    api: BotAPIServer, kb: tuple[Path, Path]
) -> None:
    settings = make_settings(api, kb, set())
    settings.user_questions_per_minute = 3
    app = await start_bot(settings)
    group, flooder, calm = api.group(), api.user("Flood"), api.user("Calm")
    flooded = [group, api.private_chat(flooder)]
    try:
        for _ in range(40):
            api.push_message(group, flooder, "/ask " + QUESTION)
            api.push_message(api.private_chat(flooder), flooder, QUESTION)
        started = time.monotonic()
        api.push_message(api.private_chat(calm), calm, QUESTION)
        in_group = api.push_message(group, calm, "/ask " + QUESTION)
        await api.wait_for("sendMessage", where=to(api.private_chat(calm)), timeout=5)
        await api.wait_for("sendMessage", where=replying_to(in_group), timeout=5)
        assert time.monotonic() - started < 3, "the calm user waited behind the flood"
        # More of the flood within the same minute: no second notice.
        for _ in range(10):
            api.push_message(group, flooder, "/ask " + QUESTION)
        sentinel = api.push_message(group, calm, "/ask tanks?")
        await api.wait_for("sendMessage", where=replying_to(sentinel), timeout=5)
        await settle(api)
    finally:
        await stop_bot(app)
    # The limit is per user (across chats): 3 answers in all, then one notice in each chat.
    answers = 0
    for chat in flooded:
        to_flooder = [
            c.plain
            for c in api.sent(chat)
            if chat["type"] == "private"
            or c.result["reply_to_message"]["from"]["id"] == flooder["id"]
        ]
        assert to_flooder.count(SLOW_DOWN) == 1, (chat["type"], to_flooder)
        answers += len([t for t in to_flooder if CAVEAT in t])
        assert len(to_flooder) == len([t for t in to_flooder if CAVEAT in t]) + 1
    assert answers == 3


def test_flood_gate_warns_each_flooding_user_once_and_forgets_idle_ones() -> None:
    gate = FloodGate(per_user=1, per_chat=100, window=60)
    assert gate.over_limit(1, 10, now=0) is None
    assert gate.over_limit(1, 10, now=1) == ("user", 1)
    assert gate.over_limit(2, 10, now=1) is None  # the flood used none of the chat's allowance
    assert gate.should_warn((10, "user", 1), now=1) and gate.should_warn((10, "user", 2), now=1)
    assert not gate.should_warn((10, "user", 1), now=30)
    for n in range(3 * FloodGate.SWEEP_EVERY):
        gate.over_limit(1000 + n, 2000 + n, now=100 + n)
    # Only users and chats seen within the last minute are still held.
    assert gate.tracked <= 2 * 60 + FloodGate.SWEEP_EVERY * 2


# -- reloads -----------------------------------------------------------------------------------


async def test_answers_flow_during_several_reloads(
    api: BotAPIServer,
    bot: Application,
    admin: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    admin_chat = api.private_chat(admin)
    chats = []
    for _ in range(4):
        api.push_message(admin_chat, admin, "/reload")
        chats += ask_many(api, 15)
    await each_answered_once(api, chats, timeout=30)
    reloads = await api.wait_for("sendMessage", where=to(admin_chat), count=4, timeout=30)
    for reply in reloads:
        assert "Reloaded" in reply.plain or "already running" in reply.plain
    assert any("Reloaded" in r.plain for r in reloads)
    assert "database is locked" not in caplog.text
    assert "Error while handling" not in caplog.text


async def test_second_reload_is_refused_while_the_first_runs(
    api: BotAPIServer,
    bot: Application,
    admin: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = asyncio.Event()
    loop = asyncio.get_running_loop()
    real = store_module._rebuild_locked

    def slow(*args: Any, **kwargs: Any) -> Any:  # holds the build lock until released
        asyncio.run_coroutine_threadsafe(release.wait(), loop).result(timeout=10)
        return real(*args, **kwargs)

    monkeypatch.setattr(store_module, "_rebuild_locked", slow)
    chat = api.private_chat(admin)
    api.push_message(chat, admin, "/reload")
    await api.wait_for("sendChatAction")
    [refused] = await ask_and_wait(api, chat, admin, "/reload")
    assert "already running" in refused.plain
    release.set()
    done = await api.wait_for("sendMessage", where=to(chat), count=2)
    assert "Reloaded" in done[1].plain


async def test_bot_start_cleans_up_after_a_reload_killed_half_way(
    api: BotAPIServer, kb: tuple[Path, Path], user: dict[str, Any]
) -> None:
    sources, db = kb
    crash = (
        "import os, sys\n"
        "import knowledge.ingest.build as s\n"
        "s._check = lambda tmp: os._exit(3)\n"
        "s.rebuild(sys.argv[1], sys.argv[2])\n"
    )
    result = subprocess.run([sys.executable, "-c", crash, str(sources), str(db)], cwd=ROOT)
    assert result.returncode == 3
    assert list(db.parent.glob("knowledge.db.building-*")), "the crash left no temp file"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADMIN_"))},
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "KNOWLEDGE_DB": str(db),
        "SOURCES_DIR": str(sources),
        "PYTHONPATH": str(ROOT),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=db.parent,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        await api.wait_for("getUpdates", ok=None, timeout=30)
        assert not list(db.parent.glob("knowledge.db.building-*"))
        [reply] = await ask_and_wait(api, api.private_chat(user), user, QUESTION)
        assert CAVEAT in reply.plain
    finally:
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), 20)
    assert process.returncode == 0
