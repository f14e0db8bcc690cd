"""Helpers for end-to-end tests: the real bot Application against the Bot API stand-in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bot.settings import Settings
from bot.telegram.app import ALLOWED_UPDATES, build_application
from knowledge.store import ClaimStore
from tests.support.botapi import BotAPIServer, Call

CAVEAT = "⚠️"


def make_settings(api: BotAPIServer, kb: tuple[Path, Path], admins: set[int]) -> Settings:
    return Settings(
        _env_file=None,
        telegram_bot_token=api.token,
        telegram_api_base_url=api.base_url,
        admin_user_ids=frozenset(admins),
        sources_dir=kb[0],
        knowledge_db=kb[1],
        state_db=kb[1].parent / "state.db",
    )


async def start_bot(settings: Settings) -> Application:
    """What `run_polling` does, step by step, inside the test's event loop."""
    app = build_application(settings, ClaimStore(settings.knowledge_db))
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
    await app.start()
    return app


async def stop_bot(app: Application) -> None:
    assert app.updater is not None
    if app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


def stored_figures(db: Path) -> set[str]:
    """Every claimed value in the knowledge base, written as the bot writes numbers."""
    store = ClaimStore(db)
    try:
        return {f"{row[0]:,}" for row in store.execute("SELECT value FROM claims")}
    finally:
        store.close()


def to(chat: dict[str, Any]) -> Callable[[Call], bool]:
    return lambda call: str(call.params.get("chat_id")) == str(chat["id"])


def replies_to(msg: dict[str, Any]) -> int | None:
    """The message id a sendMessage call quoted, if any."""
    return (msg.get("reply_to_message") or {}).get("message_id")


async def ask_and_wait(
    api: BotAPIServer, chat: dict[str, Any], sender: dict[str, Any], text: str, count: int = 1
) -> list[Call]:
    before = len(api.sent(chat))
    api.push_message(chat, sender, text)
    calls = await api.wait_for("sendMessage", where=to(chat), count=before + count)
    return calls[before:]
