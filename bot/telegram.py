"""The Telegram bot: python-telegram-bot wiring and handlers.

`build_application` only wires handlers (order matters); each handler is a small coroutine.
Answers come from `knowledge.answer.answer`, which is synchronous and fast (well under a
millisecond on the seed knowledge base), so handlers call it directly: a thread hop would
cost more than the work. Only `/reload`, which rebuilds the knowledge base from files, runs in
a thread (`asyncio.to_thread`), in a non-blocking handler, so the bot keeps answering.

In groups the bot reacts only to `/ask`, to messages that mention it and to replies to its own
messages; all other chatter is rejected by the handlers' filters, so no code of ours runs.
Forwarded commands are ignored (whoever forwards a `/reload`, it is not their command), and so
are edited messages and every other kind of update the handlers don't name.

Updates of one chat are handled in order, different chats side by side (`PerChatUpdates`):
a group waiting out Telegram's 20 messages a minute, or a reply being retried, holds up only
its own chat.

Faults talking to Telegram (see docs/reliability.md): requests Telegram surely did not carry
out (429 flood waits, 5xx answers, connection refused or dropped before an answer, a body that
is not JSON) are retried a few times with backoff, so the reply still arrives once; a request
that timed out may have been carried out, so it is neither retried nor apologised for.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib.util
import logging
import re
import secrets
import time
import unicodedata
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
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
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import render
from bot.settings import Settings
from knowledge.answer import answer, warm_up
from knowledge.chart import ChartError, render_chart
from knowledge.check import check_claims, format_check
from knowledge.models import Answer, SourceKind
from knowledge.store import ClaimStore, ReloadError, ReloadInProgress, ReloadReport, rebuild

logger = logging.getLogger(__name__)

# Only what the handlers use; Telegram then does not even send the rest.
ALLOWED_UPDATES = [Update.MESSAGE, Update.INLINE_QUERY, Update.CALLBACK_QUERY]

PUBLIC_COMMANDS = (
    BotCommand("ask", "Ask about a loss figure, e.g. /ask tanks lost in 2024"),
    BotCommand("help", "What I know and how to ask"),
    BotCommand("sources", "The articles I have read"),
    BotCommand("chart", "Chart of a daily series, e.g. /chart tanks November 2024"),
    BotCommand("export", "The claims behind my last answer as a CSV file"),
)
ADMIN_COMMANDS = (
    BotCommand("reload", "Admin: rebuild the knowledge base from the sources folder"),
    BotCommand("stats", "Admin: questions answered since start, claims, sources"),
    BotCommand("unanswered", "Admin: latest questions that found no figure"),
    BotCommand("check", "Admin: article figures checked against the daily series"),
)

USAGE_CHART = (
    "Ask for a chart like this: <code>/chart tanks November 2024</code> "
    "(or <code>/chart personnel 2024</code>, <code>/chart drones last 30 days</code>, "
    "<code>/chart tanks total 2023</code> for the running total)."
)
USAGE_ASK = "Ask me like this: <code>/ask How many tanks did Russia lose in 2024?</code>"
REFUSAL = "Sorry, this command is only for the bot's admins."
APOLOGY = "Sorry, something went wrong while answering that. Please try again later."
SLOW_DOWN = "You are asking faster than I can answer here. Please wait a minute."
INLINE_RESULTS = 4
INLINE_CACHE_SECONDS = 10
UNANSWERED_KEPT = 20
CHECK_ITEMS_SHOWN = 30
# Retries of a request Telegram surely did not carry out: waits of 0.5, 1, 2 and 4 s.
SEND_RETRIES = 4
FIRST_RETRY_DELAY = 0.5
# Updates handled at once (each chat's one at a time, in order).
RUNNING_UPDATES = 64
# Seconds to wait for Telegram's answer to a request (PTB's default; not for long polls).
READ_TIMEOUT = 5.0


# -- state -------------------------------------------------------------------------------------


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
        for key in [k for k, at in self._warned.items() if now - at >= self.window]:
            del self._warned[key]


@dataclass
class BotState:
    """What the handlers share, kept in `application.bot_data["state"]`."""

    settings: Settings
    store: ClaimStore
    flood: FloodGate
    started_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    answered: int = 0
    unanswered: int = 0
    inline_queries: int = 0
    other_messages: int = 0  # greetings, "help", questions not about losses
    recent_unanswered: deque[tuple[dt.datetime, str]] = field(
        default_factory=lambda: deque(maxlen=UNANSWERED_KEPT)
    )
    last_reload: dt.datetime | None = None
    last_reload_ok: bool | None = None
    # Called with each question that found no figure (bot.fresh keeps them in STATE_DB).
    on_unanswered: list[Callable[[str], None]] = field(default_factory=list)

    def is_admin(self, update: Update) -> bool:
        user = update.effective_user
        return user is not None and user.id in self.settings.admin_user_ids

    def count(self, question: str, result: Answer) -> None:
        """Tally one answer; a question about losses without a figure is kept for admins."""
        if result.answered:
            self.answered += 1
        elif render.is_lookup(result):
            self.unanswered += 1
            self.recent_unanswered.appendleft((dt.datetime.now(dt.UTC), question))
            for hook in self.on_unanswered:
                hook(question)
        else:
            self.other_messages += 1


def _state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    state: BotState = context.bot_data["state"]
    return state


# -- talking to Telegram ------------------------------------------------------------------------


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
        key = _chat_key(update)
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


def _chat_key(update: object) -> Hashable:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return ("chat", update.effective_chat.id)
        if update.effective_user is not None:  # inline queries
            return ("user", update.effective_user.id)
    return None


# -- filters -----------------------------------------------------------------------------------


def _mention_pattern(username: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@./])@{re.escape(username)}(?!\w)", re.IGNORECASE)


class _MentionsMe(filters.MessageFilter):
    """Messages whose text mentions this bot by @username (anywhere in the text)."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        username = message.get_bot().username
        return bool(message.text and username and _mention_pattern(username).search(message.text))


class _RepliesToMe(filters.MessageFilter):
    """Replies to a message this bot sent (itself or through inline mode)."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        if replied is None or (replied.is_topic_message and replied.forum_topic_created):
            return False
        bot_id = message.get_bot().id
        return any(
            user is not None and user.id == bot_id for user in (replied.from_user, replied.via_bot)
        )


class _ViaMe(filters.MessageFilter):
    """Messages a user sent through this bot's inline mode (our own answers, reposted)."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        return message.via_bot is not None and message.via_bot.id == message.get_bot().id


MENTIONS_ME = _MentionsMe(name="MentionsMe")
REPLIES_TO_ME = _RepliesToMe(name="RepliesToMe")
VIA_ME = _ViaMe(name="ViaMe")
NEW_MESSAGE = filters.UpdateType.MESSAGE
# Commands count only as typed by the sender: a forwarded `/reload` is somebody else's words.
NEW_COMMAND = NEW_MESSAGE & ~filters.FORWARDED
PRIVATE_QUESTION = (
    NEW_MESSAGE & filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & ~VIA_ME
)
GROUP_QUESTION = (
    NEW_MESSAGE
    & filters.ChatType.GROUPS
    & filters.TEXT
    & ~filters.COMMAND
    & ~VIA_ME
    & (MENTIONS_ME | REPLIES_TO_ME)
)


# -- helpers -----------------------------------------------------------------------------------


async def _reply(message: Message, blocks: Sequence[str] | str, *, separator: str = "\n\n") -> None:
    """Reply in as many messages as needed; in groups the first one quotes the asker."""
    quote = message.chat.type != ChatType.PRIVATE
    for n, chunk in enumerate(render.split_message(blocks, separator=separator)):
        await message.reply_text(chunk, do_quote=quote and n == 0)


async def _chat_action(message: Message, action: str) -> None:
    """Show "typing…" or "sending photo…" while slow work runs (cosmetic: errors are logged)."""
    try:
        await message.reply_chat_action(action)
    except TelegramError as exc:
        logger.warning("Could not send a chat action: %s", exc)


async def _flooded(update: Update, state: BotState, message: Message) -> bool:
    """True when the asker or the chat is over its limit; says "slow down" once a window."""
    user = update.effective_user
    over = state.flood.over_limit(user.id if user else None, message.chat_id)
    if over is None:
        return False
    # A user is told once per chat they flood; a busy chat, once for everyone in it.
    key = over if over[0] == "chat" else (message.chat_id, *over)
    if state.flood.should_warn(key):
        await _reply(message, SLOW_DOWN)
    return True


def _clean(question: str) -> str:
    """The question without control characters (NUL, escapes, lone surrogates), lines kept."""
    question = question.replace("\r\n", "\n").replace("\r", "\n")
    if question.isprintable():
        return question
    return "".join(
        c for c in question if c in "\n\t" or unicodedata.category(c) not in {"Cc", "Cs"}
    )


def _clip(question: str, limit: int) -> tuple[str, int | None]:
    question = _clean(question).strip()
    if limit > 0 and len(question) > limit:
        return question[:limit].rstrip(), limit
    return question, None


def _strip_mention(text: str, username: str | None) -> str:
    """The question without `@botname` (and the comma or colon after it)."""
    if username:
        pattern = _mention_pattern(username).pattern + r"[,:;]?"
        text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip(" ,:;")


def _command_argument(message: Message) -> str:
    """The text after a leading `/command` or `/command@bot`, keeping its line breaks."""
    text = message.text or ""
    entities = message.entities
    if entities and entities[0].type == MessageEntity.BOT_COMMAND and entities[0].offset == 0:
        length = entities[0].length
        # Entity offsets count UTF-16 code units; a command is ASCII, so they match here.
        return text[length:].strip()
    return text.partition(" ")[2].strip()


async def _answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, raw: str) -> None:
    """Answer one question in the chat it came from, within the flood limits."""
    state = _state(context)
    message = update.effective_message
    if message is None:
        return
    question, cut_to = _clip(raw, state.settings.max_question_chars)
    if not question:
        await _reply(message, USAGE_ASK)
        return
    if await _flooded(update, state, message):
        return
    result = answer(question, state.store)
    state.count(question, result)
    if result.claims and context.chat_data is not None:
        context.chat_data[LAST_QUESTION] = question  # what /export sends the claims of
    await _reply(message, render.answer_blocks(result, question=question, cut_to=cut_to))


async def _refuse_unless_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True for admins; everyone else gets a polite refusal (and nothing else happens)."""
    if _state(context).is_admin(update):
        return False
    if update.effective_message is not None:
        await _reply(update.effective_message, REFUSAL)
    return True


def knowledge_summary(store: ClaimStore) -> render.KnowledgeSummary:
    """Counts, dates and metrics of the knowledge base, for /help."""
    refs = store.sources()
    articles = [r for r in refs if r.kind == SourceKind.article]
    published = sorted(r.published for r in articles if r.published)
    span = store.execute(
        "SELECT min(coalesce(period_start, period_end)), max(period_end) FROM claims"
    )[0]
    metrics = [
        row[0]
        for row in store.execute(
            "SELECT metric, count(*) AS n FROM claims WHERE metric != 'other' "
            "GROUP BY metric ORDER BY n DESC, metric"
        )
    ]
    return render.KnowledgeSummary(
        articles=len(articles),
        article_claims=store.count_claims(SourceKind.article),
        series=len(refs) - len(articles),
        series_claims=store.count_claims(SourceKind.series),
        first_published=published[0] if published else None,
        last_published=published[-1] if published else None,
        earliest=dt.date.fromisoformat(span[0]) if span[0] else None,
        latest=dt.date.fromisoformat(span[1]) if span[1] else None,
        metrics=[render.metric_name(m) for m in metrics],
    )


def _extra_lines(context: ContextTypes.DEFAULT_TYPE, key: str) -> list[str]:
    """Lines that other parts of the bot add to /help or /stats (bot.fresh.handlers)."""
    providers = context.bot_data.get(key, ())
    return [line for provider in providers for line in provider(context.bot_data)]


def _ago(when: dt.datetime) -> str:
    seconds = int((dt.datetime.now(dt.UTC) - when).total_seconds())
    hours, rest = divmod(seconds, 3600)
    return f"{hours} h {rest // 60} min" if hours else f"{rest // 60} min {rest % 60} s"


# -- handlers ----------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain what the bot knows and how to ask (/start and /help)."""
    if update.effective_message is None:
        return
    summary = knowledge_summary(_state(context).store)
    blocks = render.help_blocks(summary, bot_username=context.bot.username)
    blocks += ["\n".join(_extra_lines(context, "help_lines"))]
    await _reply(update.effective_message, blocks)


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the loaded sources: outlet, title, date."""
    if update.effective_message is None:
        return
    refs = _state(context).store.sources()
    await _reply(update.effective_message, render.sources_blocks(refs), separator="\n")


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer `/ask <question>` (the way to ask in groups)."""
    if update.effective_message is None:
        return
    await _answer_question(update, context, _command_argument(update.effective_message))


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a private message, a mention of the bot or a reply to the bot."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    text = message.text
    if message.chat.type != ChatType.PRIVATE:
        text = _strip_mention(text, context.bot.username)
    await _answer_question(update, context, text)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point to /help for a command the bot does not have (private chats only)."""
    if update.effective_message is not None:
        await _reply(update.effective_message, "I don't know that command. See /help.")


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer `@bot <question>` with the answer and its top claims as inline results."""
    query = update.inline_query
    if query is None:
        return
    state = _state(context)
    question_text, cut_to = _clip(query.query, state.settings.max_question_chars)
    button = InlineQueryResultsButton(text="How to ask me", start_parameter="help")
    if not question_text:
        await query.answer([], cache_time=INLINE_CACHE_SECONDS, button=button)
        return
    state.inline_queries += 1
    result = answer(question_text, state.store)
    await query.answer(
        _inline_results(result, question_text, cut_to),
        cache_time=INLINE_CACHE_SECONDS,
        button=button,
    )


def _inline_results(
    result: Answer, question_text: str, cut_to: int | None
) -> list[InlineQueryResultArticle]:
    blocks = render.answer_blocks(result, question=question_text, echo_question=True, cut_to=cut_to)
    first_line = result.text.strip().splitlines()[0] if result.text.strip() else "No answer"
    results = [
        InlineQueryResultArticle(
            id="answer",
            title=_shorten(first_line, 120),
            description=_shorten(result.caveat or "", 200) or None,
            input_message_content=InputTextMessageContent(
                render.one_message(blocks), parse_mode=ParseMode.HTML
            ),
        )
    ]
    for n, claim in enumerate(result.claims[: INLINE_RESULTS - 1], start=1):
        claim_blocks = [
            f"❓ <i>{render.text(question_text)}</i>",
            render.claim_block(claim),
        ]
        if result.caveat:
            claim_blocks.append(render.caveat_block(result.caveat))
        what = render.metric_name(claim.metric)
        results.append(
            InlineQueryResultArticle(
                id=f"claim-{n}",
                title=_shorten(f"{render.figure(claim)} {what} — {claim.claimant}", 120),
                description=_shorten(
                    f"{render.period(claim)} · {render.outlet(claim.source)}", 200
                ),
                input_message_content=InputTextMessageContent(
                    render.one_message(claim_blocks), parse_mode=ParseMode.HTML
                ),
            )
        )
    return results


def _shorten(value: str, limit: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: rebuild the knowledge base in a thread, swap it in, and report."""
    if await _refuse_unless_admin(update, context) or update.effective_message is None:
        return
    state = _state(context)
    message = update.effective_message
    await _chat_action(message, ChatAction.TYPING)
    settings = state.settings
    try:
        report: ReloadReport = await asyncio.to_thread(
            rebuild,
            settings.sources_dir,
            settings.knowledge_db,
            max_file_bytes=settings.max_source_bytes,
            max_claims_per_source=settings.max_claims_per_source,
            wait=False,
        )
    except ReloadInProgress:
        await _reply(message, "A reload is already running; try again when it has finished.")
        return
    except ReloadError as exc:
        report = exc.report
    if report.ok:
        state.store.reopen()
        await asyncio.to_thread(warm_up, state.store)
    state.last_reload = dt.datetime.now(dt.UTC)
    state.last_reload_ok = report.ok
    logger.info(
        "Reload by admin %s: ok=%s sources=%s claims=%s rejected=%s",
        update.effective_user.id if update.effective_user else "?",
        report.ok,
        report.sources,
        report.claims,
        len(report.rejected),
    )
    await _reply(message, render.reload_blocks(report), separator="\n\n")


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: questions since start, knowledge base size, last reload."""
    if await _refuse_unless_admin(update, context) or update.effective_message is None:
        return
    state = _state(context)
    store = state.store
    meta = store.meta()
    if state.last_reload is None:
        last_reload = "none since start"
    else:
        outcome = "ok" if state.last_reload_ok else "failed"
        last_reload = f"{state.last_reload:%Y-%m-%d %H:%M} UTC ({outcome})"
    lines = [
        f"<b>Since start</b> ({state.started_at:%Y-%m-%d %H:%M} UTC, "
        f"{_ago(state.started_at)} ago):",
        f"• questions answered: <b>{state.answered:,}</b>",
        f"• questions without a figure: <b>{state.unanswered:,}</b>",
        f"• other messages (greetings, off topic): {state.other_messages:,}",
        f"• inline queries: {state.inline_queries:,}",
        "<b>Knowledge base:</b>",
        f"• claims: <b>{store.count_claims():,}</b>",
        f"• sources: <b>{len(store.sources()):,}</b>",
        f"• rejected files: {len(store.rejected()):,}",
        f"• built: {render.text(meta.get('built_at', 'unknown'))}",
        f"• last reload: {render.text(last_reload)}",
        *_extra_lines(context, "stats_lines"),
    ]
    await _reply(update.effective_message, "\n".join(lines))


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: the latest questions that found no figure."""
    if await _refuse_unless_admin(update, context) or update.effective_message is None:
        return
    items = list(_state(context).recent_unanswered)
    await _reply(update.effective_message, render.unanswered_blocks(items), separator="\n")


_MONTH_WORDS = frozenset(
    name
    for n in range(1, 13)
    for name in (
        dt.date(2000, n, 1).strftime("%B").lower(),
        dt.date(2000, n, 1).strftime("%b").lower(),
    )
) | {"sept"}
_PERIOD_WORDS = frozenset({"last", "all", "war", "whole", "since", "everything"})
_CUMULATIVE_WORDS = frozenset({"total", "cumulative", "running"})


def split_chart_arguments(text: str) -> tuple[str, str, bool]:
    """`armoured vehicles total Nov 2024` → ("armoured vehicles", "Nov 2024", True)."""
    words = text.split()
    cumulative = any(w.lower() in _CUMULATIVE_WORDS for w in words)
    words = [w for w in words if w.lower() not in _CUMULATIVE_WORDS]
    for n, word in enumerate(words):
        low = word.lower().rstrip(".,")
        if low[:1].isdigit() or low in _MONTH_WORDS or low in _PERIOD_WORDS:
            return " ".join(words[:n]), " ".join(words[n:]), cumulative
    return " ".join(words), "", cumulative


async def chart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a PNG of a metric's daily series with the articles' claims marked on it."""
    message = update.effective_message
    if message is None:
        return
    metric, period, cumulative = split_chart_arguments(_command_argument(message))
    if not metric:
        await _reply(message, USAGE_CHART)
        return
    state = _state(context)
    if await _flooded(update, state, message):
        return
    await _chat_action(message, ChatAction.UPLOAD_PHOTO)
    try:
        # matplotlib takes a good fraction of a second: off the event loop.
        png = await asyncio.to_thread(
            render_chart, state.store, metric, period, cumulative=cumulative
        )
    except ChartError as exc:
        await _reply(message, f"I can't draw that: {render.text(exc)}.\n\n{USAGE_CHART}")
        return
    shown = "running total" if cumulative else "per day"
    caption = (
        f"<b>{render.text(metric)}</b>, {shown}, {render.text(period or 'last 90 days')}.\n"
        f"{render.CAVEAT_MARK} <i>Figures claimed by one side, not independently verified.</i>"
    )
    await message.reply_photo(png, caption=caption, do_quote=message.chat.type != ChatType.PRIVATE)


LAST_QUESTION = "last_question"
USAGE_EXPORT = (
    "Ask me something first, then send /export for the claims behind my answer as a CSV file, "
    "or give the question after it: <code>/export tanks lost in November 2024</code>."
)


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the claims behind the chat's last answer, or behind `/export <question>`, as CSV."""
    from bot.export import csv_bytes, filename_for

    message = update.effective_message
    if message is None:
        return
    state = _state(context)
    given, _ = _clip(_command_argument(message), state.settings.max_question_chars)
    question = given or (context.chat_data or {}).get(LAST_QUESTION, "")
    if not question:
        await _reply(message, USAGE_EXPORT)
        return
    if await _flooded(update, state, message):
        return
    # Answered again rather than kept: a chat holds one short string, not a list of claims.
    result = answer(question, state.store)
    if not result.claims:
        await _reply(message, f"I have no claims to export for <i>{render.text(question)}</i>.")
        return
    await _chat_action(message, ChatAction.UPLOAD_DOCUMENT)
    count = len(result.claims)
    caption = (
        f"{count} claim{'s' if count != 1 else ''} behind: <i>{render.text(question)}</i>\n"
        f"{render.CAVEAT_MARK} <i>Claims as published; none independently verified.</i>"
    )
    await message.reply_document(
        csv_bytes(result.claims),
        filename=filename_for(question),
        caption=caption,
        do_quote=message.chat.type != ChatType.PRIVATE,
    )


async def check(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: article figures checked against the daily series."""
    if await _refuse_unless_admin(update, context) or update.effective_message is None:
        return
    message = update.effective_message
    await _chat_action(message, ChatAction.TYPING)
    report = await asyncio.to_thread(check_claims, _state(context).store)
    text = format_check(report, limit=CHECK_ITEMS_SHOWN)
    head, _, rest = text.partition("\n")
    blocks = [f"<b>{render.text(head)}</b>\n" + render.text(rest.split("\n\n")[0])]
    blocks += [render.text(part) for part in rest.split("\n\n")[1:]]
    await _reply(message, blocks)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error; tell the chat, briefly and without details, that something failed."""
    error = context.error
    if isinstance(error, TimedOut):
        # Telegram may well have delivered it: an apology could be a second reply.
        logger.warning("Timed out talking to the Bot API (not resent): %s", error)
        return
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        # Telegram unreachable or slow: worth a line, not a traceback; PTB retries polling.
        logger.warning("Network error talking to the Bot API: %s", error)
    else:
        logger.error("Error while handling an update", exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(error, Forbidden):
        return  # blocked by the user or removed from the group: nobody to apologise to
    try:
        await context.bot.send_message(update.effective_chat.id, APOLOGY)
    except TelegramError as exc:
        logger.warning("Could not send the apology either: %s", exc)


# -- wiring ------------------------------------------------------------------------------------


async def post_init(application: Application) -> None:
    """Register the command menus (admins get more) and warn when nobody is admin."""
    state: BotState = application.bot_data["state"]
    bot = application.bot
    # One-off look-ups that the first questions would otherwise pay for.
    await asyncio.to_thread(warm_up, state.store)
    admins = sorted(state.settings.admin_user_ids)
    if not admins:
        logger.warning("ADMIN_USER_IDS is empty: nobody is admin, /reload /stats are refused")
    # The menus are a convenience: the bot answers without them, so a failure is logged only.
    try:
        await bot.set_my_commands(PUBLIC_COMMANDS, scope=BotCommandScopeDefault())
    except TelegramError as exc:
        logger.warning("Could not set the command menu: %s", exc)
    for admin_id in admins:
        try:
            await bot.set_my_commands(
                PUBLIC_COMMANDS + ADMIN_COMMANDS, scope=BotCommandScopeChat(admin_id)
            )
        except TelegramError as exc:
            # "chat not found" until that admin has opened a chat with the bot.
            logger.warning("Could not set the admin menu for user %s: %s", admin_id, exc)
    logger.info(
        "Bot @%s ready: %s claims from %s sources",
        bot.username,
        state.store.count_claims(),
        len(state.store.sources()),
    )


async def post_shutdown(application: Application) -> None:
    """Close the knowledge base."""
    state: BotState | None = application.bot_data.get("state")
    if state is not None:
        state.store.close()


def _file_base_url(base_url: str) -> str:
    """`…/bot` → `…/file/bot`: where a local Bot API server serves files."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return base_url.rstrip("/") + "/file/bot"


def build_application(settings: Settings, store: ClaimStore) -> Application:
    """The Application with every handler, from settings and an open knowledge base."""
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        allow_sending_without_reply=True,
    )
    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(_file_base_url(settings.telegram_api_base_url))
        .defaults(defaults)
        .read_timeout(READ_TIMEOUT)
        .rate_limiter(
            RetryingRateLimiter(
                overall_max_rate=settings.telegram_max_messages_per_second, max_retries=3
            )
        )
        .concurrent_updates(PerChatUpdates())
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data["state"] = BotState(
        settings=settings,
        store=store,
        flood=FloodGate(settings.user_questions_per_minute, settings.chat_questions_per_minute),
    )

    # Order matters: commands first, then free text, and only the gated kinds of it.
    application.add_handler(CommandHandler(["start", "help"], start, filters=NEW_COMMAND))
    application.add_handler(CommandHandler("sources", sources, filters=NEW_COMMAND))
    application.add_handler(CommandHandler("ask", ask, filters=NEW_COMMAND))
    application.add_handler(CommandHandler("reload", reload, filters=NEW_COMMAND, block=False))
    application.add_handler(CommandHandler("stats", stats, filters=NEW_COMMAND))
    application.add_handler(CommandHandler("unanswered", unanswered, filters=NEW_COMMAND))
    application.add_handler(CommandHandler("check", check, filters=NEW_COMMAND, block=False))
    application.add_handler(CommandHandler("chart", chart, filters=NEW_COMMAND, block=False))
    application.add_handler(CommandHandler("export", export, filters=NEW_COMMAND))
    application.add_handler(MessageHandler(PRIVATE_QUESTION, question))
    application.add_handler(MessageHandler(GROUP_QUESTION, question))
    application.add_handler(
        MessageHandler(NEW_COMMAND & filters.ChatType.PRIVATE & filters.COMMAND, unknown_command)
    )
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_error_handler(error_handler)
    from bot.fresh.handlers import register  # fresh data: /update, /add, feeds, digests

    register(application)
    return application


# -- running -----------------------------------------------------------------------------------


class RedactToken(logging.Filter):
    """Replaces the bot token in every log record (message, arguments and traceback)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "<token>")
        return True


def protect_token(token: str) -> None:
    """Keep the token out of the logs: httpx at WARNING, and a redacting filter as a backstop."""
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    redact = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


def run_bot(settings: Settings) -> int:
    """`python -m bot run`: long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set."""
    from bot.cli import open_store

    token = settings.telegram_bot_token
    if not token:
        logger.error("TELEGRAM_BOT_TOKEN is not set (see .env.example)")
        return 2
    protect_token(token)
    if settings.telegram_webhook_url and importlib.util.find_spec("tornado") is None:
        logger.error(
            "Webhook mode (TELEGRAM_WEBHOOK_URL) needs PTB's webhooks extra: "
            "pip install 'python-telegram-bot[webhooks]'"
        )
        return 2
    try:
        store = open_store(settings)
    except ReloadError as exc:
        logger.error("No knowledge base and none could be built: %s", exc.report.error)
        return 1
    application = build_application(settings, store)
    api = urlsplit(settings.telegram_api_base_url)
    logger.info("Using the Bot API at %s://%s", api.scheme, api.netloc)
    if settings.telegram_webhook_url:
        return _run_webhook(application, settings)
    application.run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0


def _run_webhook(application: Application, settings: Settings) -> int:
    """Serve Telegram's webhook calls behind an HTTPS reverse proxy (see .env.example)."""
    url = settings.telegram_webhook_url or ""
    path = urlsplit(url).path.lstrip("/")
    secret = settings.telegram_webhook_secret or secrets.token_urlsafe(32)
    logger.info(
        "Webhook mode: listening on %s:%s/%s",
        settings.telegram_webhook_listen,
        settings.telegram_webhook_port,
        path,
    )
    application.run_webhook(
        listen=settings.telegram_webhook_listen,
        port=settings.telegram_webhook_port,
        url_path=path,
        webhook_url=url,
        secret_token=secret,
        allowed_updates=ALLOWED_UPDATES,
    )
    return 0
