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
from telegram.ext import AIORateLimiter, BaseUpdateProcessor, ExtBot

from bot.telegram import render

logger = logging.getLogger(__name__)

# Retries of a request Telegram surely did not carry out: waits of 0.5, 1, 2 and 4 s.
SEND_RETRIES = 4
FIRST_RETRY_DELAY = 0.5
# Updates handled at once (each chat's one at a time, in order).
RUNNING_UPDATES = 64
# Seconds a reply may still wait for its turn once the bot is stopping: then it is dropped, so
# a stop ends well within systemd's 90 s even with a group's replies queued at 20 a minute.
SHUTDOWN_GRACE = 3.0
# Telegram's own accounts that many senders share: anonymous group admins (GroupAnonymousBot),
# channels posting into their discussion group (Channel_Bot), and linked channels' forwards.
SHARED_SENDER_IDS = frozenset({1087968824, 136817688, 777000})


class _RetriesAnswered(logging.Filter):
    """Drops AIORateLimiter's ERROR-with-traceback when a flood wait outlasts its retries:
    the error handler logs that event in one line (docs/reliability.md, item 19)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for that one message only."""
        return not record.getMessage().startswith("Rate limit hit after maximum of")


logging.getLogger("telegram.ext.AIORateLimiter").addFilter(_RetriesAnswered())


class Dropped(TelegramError):
    """A request not sent because the bot is stopping (it waited past SHUTDOWN_GRACE)."""


class FloodGate:
    """Questions per minute, per user and per chat (sliding window), in bounded memory."""

    SWEEP_EVERY = 1024  # calls between sweeps of idle users and chats

    def __init__(
        self,
        per_user: int,
        per_chat: int,
        window: float = 60.0,
        *,
        per_member: int = 0,
        per_user_commands: int = 0,
    ) -> None:
        self.per_user, self.per_chat, self.window = per_user, per_chat, window
        # Commands (/help, /sources, ...) have their own allowance per user, so a user told to
        # slow down with questions can still read /help, and no command goes unlimited.
        self.per_user_commands = per_user_commands
        # A member's share of one group: keeps one member from using up the group's 20
        # messages a minute that Telegram allows, which would delay everyone else's answers.
        self.per_member = per_member
        self._seen: dict[tuple[Any, ...], deque[float]] = {}
        self._warned: dict[Hashable, float] = {}
        self._calls = 0

    def allow(self, user_id: int | None, chat_id: int | None, now: float | None = None) -> bool:
        """Count one question; False when the user or the chat is over its limit."""
        return self.over_limit(user_id, chat_id, now) is None

    def over_limit(
        self,
        user_id: int | None,
        chat_id: int | None,
        now: float | None = None,
        *,
        group: bool = False,
        command: bool = False,
    ) -> tuple[Any, ...] | None:
        """Count one question (or command); the limit it is over (`("user", id)`,
        `("commands", id)`, `("member", chat, id)` in a group, or `("chat", id)`), or None.
        A refused one counts against nothing, so a flood can't use up the chat's allowance
        and silence the others."""
        now = time.monotonic() if now is None else now
        self._sweep(now)
        keys: list[tuple[tuple[Any, ...], int]] = []
        own_key, own_limit = (
            ("commands", self.per_user_commands) if command else ("user", self.per_user)
        )
        if user_id is not None and own_limit > 0:
            keys.append(((own_key, user_id), own_limit))
        if group and user_id is not None and chat_id is not None and self.per_member > 0:
            keys.append((("member", chat_id, user_id), self.per_member))
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
        """Forget users, chats and warnings idle for a whole window."""
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
    requests Telegram surely did not carry out, with backoff; once the bot is stopping, a
    request still waiting its turn after SHUTDOWN_GRACE is dropped (`Dropped`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stop_by: float | None = None  # event-loop time after which nothing waits
        self._waiting: set[asyncio.Timeout] = set()

    def wind_down(self, grace: float = SHUTDOWN_GRACE) -> None:
        """The bot is stopping: requests may wait `grace` seconds more, then are dropped."""
        self._stop_by = asyncio.get_running_loop().time() + grace
        for timeout in self._waiting:
            timeout.reschedule(self._stop_by)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send one request, unless the bot is stopping and it waited too long."""
        if self._stop_by is not None and asyncio.get_running_loop().time() >= self._stop_by:
            raise Dropped(f"{endpoint} not sent: the bot is stopping")
        timeout = asyncio.timeout(self._stop_by)
        self._waiting.add(timeout)
        try:
            async with timeout:
                return await self._with_retries(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
        except TimeoutError:
            if timeout.expired():
                raise Dropped(f"{endpoint} not sent: the bot is stopping") from None
            raise
        finally:
            self._waiting.discard(timeout)

    async def _with_retries(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """AIORateLimiter's request, retried with backoff if surely not carried out."""
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


class TolerantBot(ExtBot[int]):
    """The bot's API client; a received update that python-telegram-bot cannot read (a user
    with only an id, a message without a date) is logged once, without its content, and
    passed on empty, so polling moves past it instead of fetching it again for ever."""

    async def _post(self, endpoint: str, data: Any = None, *args: Any, **kwargs: Any) -> Any:
        """PTB's request; the updates of a getUpdates answer are checked one by one."""
        result = await super()._post(endpoint, data, *args, **kwargs)
        if endpoint == "getUpdates" and isinstance(result, list):
            readable = (self._readable(raw) for raw in result)
            return [update for update in readable if update is not None]
        return result

    def _readable(self, raw: Any) -> Any:
        """The update as received if PTB can read it, else only its update_id (None without
        one: nothing to move past)."""
        try:
            Update.de_json(raw, self)
        except Exception as exc:  # whatever PTB raises on it: the update is skipped
            update_id = raw.get("update_id") if isinstance(raw, dict) else None
            kinds = sorted(k for k in raw if k != "update_id") if isinstance(raw, dict) else []
            logger.warning(
                "Skipped update %s (%s) that python-telegram-bot cannot read: %s",
                update_id,
                ", ".join(map(str, kinds)) or "no content",
                type(exc).__name__,
            )
            return {"update_id": update_id} if isinstance(update_id, int) else None
        return raw


def chat_key(update: object) -> Hashable:
    """Whose turn an update waits for: its chat, else (inline queries) its user."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return ("chat", update.effective_chat.id)
        if update.effective_user is not None:  # inline queries
            return ("user", update.effective_user.id)
    return None


def sender_id(message: Message) -> int | None:
    """Whom a flood limit counts: the user, or for Telegram's shared accounts (anonymous
    admins, channels) the chat they speak for, so one group's anonymous flood silences no
    other group's. Chat ids are negative and user ids positive: the two never collide."""
    user = message.from_user
    if message.sender_chat is not None and (user is None or user.id in SHARED_SENDER_IDS):
        return message.sender_chat.id
    return user.id if user is not None else None


async def reply(message: Message, blocks: Sequence[str] | str, *, separator: str = "\n\n") -> None:
    """Reply in as many messages as needed; in groups the first one quotes the asker."""
    quote = message.chat.type != ChatType.PRIVATE
    for n, chunk in enumerate(render.split_message(blocks, separator=separator)):
        await send_html(message, chunk, quote=quote and n == 0)


async def send_html(message: Message, html: str, *, quote: bool) -> None:
    """Send one message of Telegram HTML; if Telegram refuses the HTML, the same text plain
    (an answer without its formatting beats an apology without the answer)."""
    try:
        await message.reply_text(html, do_quote=quote)
    except BadRequest as exc:
        if "can't parse entities" not in str(exc).lower():
            raise
        logger.warning("Telegram refused the HTML of a reply (%s); sending it as plain text", exc)
        await message.reply_text(render.plain(html), parse_mode=None, do_quote=quote)


async def chat_action(message: Message, action: str) -> None:
    """Show "typing…" or "sending photo…" while slow work runs (cosmetic: errors are logged)."""
    try:
        await message.reply_chat_action(action)
    except TelegramError as exc:
        logger.warning("Could not send a chat action: %s", exc)
