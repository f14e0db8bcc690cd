"""Talking to Telegram: the flood gate, the retrying rate limiter, per-chat update order, and
sending replies.

Faults talking to Telegram (see docs/reliability.md): requests Telegram surely did not carry
out (429 flood waits, 5xx answers, connection refused or dropped before an answer, a body that
is not JSON) are retried a few times with backoff, so the reply still arrives once; a request
that timed out may have been carried out, so it is neither retried nor apologised for.

Updates of one chat are handled in order, different chats side by side (`PerChatUpdates`):
a group waiting out Telegram's 20 messages a minute, or a reply being retried, holds up only
its own chat.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Hashable, Sequence
from typing import Any

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import AIORateLimiter, BaseUpdateProcessor

from bot.telegram import render

logger = logging.getLogger(__name__)

# Retries of a request Telegram surely did not carry out: waits of 0.5, 1, 2 and 4 s.
SEND_RETRIES = 4
FIRST_RETRY_DELAY = 0.5
# Updates handled at once (each chat's one at a time, in order).
RUNNING_UPDATES = 64


class FloodGate:
    """Questions per minute, per user and per chat (sliding window), in bounded memory."""

    SWEEP_EVERY = 1024  # calls between sweeps of idle users and chats

    def __init__(self, per_user: int, per_chat: int, window: float = 60.0) -> None:
        self.per_user, self.per_chat, self.window = per_user, per_chat, window
        self._seen: dict[tuple[str, int], deque[float]] = {}
        self._warned: dict[Hashable, float] = {}
        self._calls = 0

    def allow(self, user_id: int | None, chat_id: int | None, now: float | None = None) -> bool:
        """Count one question; False when the user or the chat is over its limit."""
        return self.over_limit(user_id, chat_id, now) is None

    def over_limit(
        self, user_id: int | None, chat_id: int | None, now: float | None = None
    ) -> tuple[str, int] | None:
        """Count one question; the limit it is over (`("user", id)` or `("chat", id)`), or
        None. A refused question counts against nothing, so a flood can't use up the chat's
        allowance and silence the others."""
        now = time.monotonic() if now is None else now
        self._sweep(now)
        keys = []
        if user_id is not None and self.per_user > 0:
            keys.append((("user", user_id), self.per_user))
        if chat_id is not None and self.per_chat > 0:
            keys.append((("chat", chat_id), self.per_chat))
        for key, limit in keys:
            seen = self._seen.setdefault(key, deque())
            while seen and now - seen[0] >= self.window:
                seen.popleft()
            if len(seen) >= limit:
                return key
        for key, _ in keys:
            self._seen[key].append(now)
        return None

    def should_warn(self, key: Hashable, now: float | None = None) -> bool:
        """True once per window per key (a chat, or a user in a chat), so a flood is told off
        once, not per message."""
        now = time.monotonic() if now is None else now
        if now - self._warned.get(key, -self.window) < self.window:
            return False
        self._warned[key] = now
        return True

    @property
    def tracked(self) -> int:
        """Users, chats and warnings held in memory (idle ones are swept)."""
        return len(self._seen) + len(self._warned)

    def _sweep(self, now: float) -> None:
        self._calls += 1
        if self._calls % self.SWEEP_EVERY:
            return
        idle = [k for k, seen in self._seen.items() if not seen or now - seen[-1] >= self.window]
        for key in idle:
            del self._seen[key]
        for warned in [k for k, at in self._warned.items() if now - at >= self.window]:
            del self._warned[warned]


def not_carried_out(error: TelegramError) -> bool:
    """Whether Telegram surely did not carry out the request that failed (safe to resend).

    A timed-out request may have been carried out (resending could answer twice); 4xx answers
    and flood waits are final (AIORateLimiter already waited out the flood waits).
    """
    if isinstance(error, TimedOut):
        return "Pool timeout" in str(error)  # never sent: no free connection
    if isinstance(error, BadRequest | Forbidden | InvalidToken | Conflict | ChatMigrated):
        return False
    if isinstance(error, RetryAfter):
        return False
    if isinstance(error, NetworkError):
        return True  # 5xx, 502, connection refused, hung up before answering
    return str(error) == "Invalid server response"  # a body that is not JSON (a proxy's page)


class RetryingRateLimiter(AIORateLimiter):
    """Telegram's rate limits and flood waits (AIORateLimiter), plus a few retries of the
    requests Telegram surely did not carry out, with backoff."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        delay = FIRST_RETRY_DELAY
        for attempt in range(SEND_RETRIES + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except TelegramError as exc:
                if attempt == SEND_RETRIES or endpoint == "sendChatAction":
                    raise
                if not not_carried_out(exc):
                    raise
                logger.warning("%s failed (%s); retrying in %.1f s", endpoint, exc, delay)
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")


class PerChatUpdates(BaseUpdateProcessor):
    """Each chat's updates in order, one at a time; different chats side by side (at most
    `running` at once), so a slow chat holds up nobody else."""

    def __init__(self, running: int = RUNNING_UPDATES) -> None:
        # PTB's own cap counts updates waiting for their chat too: ours is the one that bites.
        super().__init__(max_concurrent_updates=2**16)
        self._running = asyncio.Semaphore(running)
        self._chats: dict[Hashable, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update's handlers after the earlier updates of its chat."""
        key = chat_key(update)
        lock, users = self._chats.get(key) or (asyncio.Lock(), 0)
        self._chats[key] = (lock, users + 1)
        try:
            async with lock, self._running:
                await coroutine
        finally:
            lock, users = self._chats[key]
            if users == 1:
                del self._chats[key]
            else:
                self._chats[key] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""


def chat_key(update: object) -> Hashable:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return ("chat", update.effective_chat.id)
        if update.effective_user is not None:  # inline queries
            return ("user", update.effective_user.id)
    return None


async def reply(message: Message, blocks: Sequence[str] | str, *, separator: str = "\n\n") -> None:
    """Reply in as many messages as needed; in groups the first one quotes the asker."""
    quote = message.chat.type != ChatType.PRIVATE
    for n, chunk in enumerate(render.split_message(blocks, separator=separator)):
        await message.reply_text(chunk, do_quote=quote and n == 0)


async def chat_action(message: Message, action: str) -> None:
    """Show "typing…" or "sending photo…" while slow work runs (cosmetic: errors are logged)."""
    try:
        await message.reply_chat_action(action)
    except TelegramError as exc:
        logger.warning("Could not send a chat action: %s", exc)
