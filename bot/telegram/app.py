"""The bot's entry module: it only builds the Application, wires the handlers (in order) and
runs it, by long polling or behind a webhook.

In groups the bot reacts only to `/ask`, to messages that mention it and to replies to its own
messages; all other chatter is rejected by the handlers' filters, so no code of ours runs.
Forwarded commands are ignored (whoever forwards a `/reload`, it is not their command), and so
are edited messages and every other kind of update the handlers don't name.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import secrets
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.settings import Settings, open_store
from bot.telegram import fresh, handlers
from bot.telegram.delivery import FloodGate, PerChatUpdates, RetryingRateLimiter, TolerantBot
from bot.telegram.filters import GROUP_QUESTION, NEW_COMMAND, PRIVATE_QUESTION
from bot.telegram.handlers import BotState
from bot.telegram.redaction import protect_token
from knowledge import ClaimStore, ReloadError, warm_up

logger = logging.getLogger(__name__)

# Only what the handlers use; Telegram then does not even send the rest.
ALLOWED_UPDATES = [Update.MESSAGE, Update.INLINE_QUERY, Update.CALLBACK_QUERY]
# Seconds to wait for Telegram's answer to a request (PTB's default; not for long polls).
READ_TIMEOUT = 5.0
# Connections for sending (PTB's default) and for the long poll.
SEND_CONNECTIONS = 256
# Waits between attempts to reach Telegram at start: 0.5 s, doubling up to a minute.
FIRST_START_RETRY = 0.5
LONGEST_START_RETRY = 60.0

PUBLIC_COMMANDS = (
    BotCommand("ask", "Ask about a loss figure, e.g. /ask tanks lost in 2024"),
    BotCommand("help", "What I know and how to ask"),
    BotCommand("sources", "The articles I have read"),
    BotCommand("chart", "Chart of a daily series, e.g. /chart tanks November 2024"),
    BotCommand("export", "The claims behind my last answer as a CSV file"),
    BotCommand("lang", "Answer language: /lang en, uk, ru or auto"),
)
ADMIN_COMMANDS = (
    BotCommand("reload", "Admin: rebuild the knowledge base from the sources folder"),
    BotCommand("stats", "Admin: questions answered since start, claims, sources"),
    BotCommand("unanswered", "Admin: latest questions that found no figure"),
    BotCommand("check", "Admin: article figures checked against the daily series"),
)


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


class StartupError(RuntimeError):
    """The bot cannot start, for a reason one line tells (and that holds no secret)."""


class BotApplication(Application[Any, Any, Any, Any, Any, Any]):
    """PTB's Application, keeping at Telegram until it answers at start, and stopping within
    seconds even with replies queued behind Telegram's rate limits."""

    async def initialize(self) -> None:
        """Reach Telegram (getMe), retrying with backoff while it is unreachable; a rejected
        token ends the start with `StartupError` (its message never holds the token)."""
        delay = FIRST_START_RETRY
        while True:
            try:
                await super().initialize()
                return
            except InvalidToken:
                raise StartupError(
                    "Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN"
                ) from None
            except (NetworkError, RetryAfter) as exc:
                logger.warning("Telegram is not reachable (%s); trying again in %.1f s", exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, LONGEST_START_RETRY)

    async def stop(self) -> None:
        """Stop; replies still waiting for their turn get SHUTDOWN_GRACE, then are dropped."""
        limiter = self.bot.rate_limiter
        if isinstance(limiter, RetryingRateLimiter):
            limiter.wind_down()
        await super().stop()


Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]

# Commands: (names, handler, runs beside the chat's other updates). Slow admin work and
# charts run in threads and must not hold up the chat.
COMMANDS: tuple[tuple[tuple[str, ...], Callback, bool], ...] = (
    (("start", "help"), handlers.start, False),
    (("sources",), handlers.sources, False),
    (("ask",), handlers.ask, False),
    (("reload",), handlers.reload, True),
    (("stats",), handlers.stats, False),
    (("unanswered",), handlers.unanswered, False),
    (("check",), handlers.check, True),
    (("chart",), handlers.chart, True),
    (("export",), handlers.export, False),
    (("lang",), handlers.lang, False),
)


def _handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Every handler, in order: commands first, then free text, and only the gated kinds."""
    wired: list[BaseHandler[Any, Any, Any]] = [
        CommandHandler(names, callback, filters=NEW_COMMAND, block=not aside)
        for names, callback, aside in COMMANDS
    ]
    wired += [
        MessageHandler(PRIVATE_QUESTION, handlers.question),
        MessageHandler(GROUP_QUESTION, handlers.question),
        MessageHandler(
            NEW_COMMAND & filters.ChatType.PRIVATE & filters.COMMAND, handlers.unknown_command
        ),
        InlineQueryHandler(handlers.inline_query),
    ]
    return wired


def rate_limiter(settings: Settings) -> RetryingRateLimiter:
    """Telegram's quotas (overall, and 20 a minute per group), its flood waits, and retries."""
    return RetryingRateLimiter(
        overall_max_rate=settings.telegram_max_messages_per_second, max_retries=3
    )


def _bot(settings: Settings, token: str) -> TolerantBot:
    """The API client: HTML by default, no link previews, rate limited, retrying."""
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        allow_sending_without_reply=True,
    )
    return TolerantBot(
        token,
        base_url=settings.telegram_api_base_url,
        base_file_url=_file_base_url(settings.telegram_api_base_url),
        defaults=defaults,
        rate_limiter=rate_limiter(settings),
        request=HTTPXRequest(connection_pool_size=SEND_CONNECTIONS, read_timeout=READ_TIMEOUT),
        get_updates_request=HTTPXRequest(connection_pool_size=1),
    )


def build_application(settings: Settings, store: ClaimStore) -> Application:
    """The Application with every handler, from settings and an open knowledge base."""
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    application = (
        ApplicationBuilder()
        .application_class(BotApplication)
        .bot(_bot(settings, settings.telegram_bot_token))
        .concurrent_updates(PerChatUpdates())
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data["state"] = BotState(
        settings=settings,
        store=store,
        flood=FloodGate(
            settings.user_questions_per_minute,
            settings.chat_questions_per_minute,
            per_member=settings.member_questions_per_minute,
            per_user_commands=settings.user_commands_per_minute,
        ),
    )
    application.add_handlers(_handlers())
    application.add_error_handler(handlers.error_handler)
    fresh.register(application)  # fresh data: /update, /add, feeds, digests (bot/fresh)
    return application


def run_bot(settings: Settings) -> int:
    """`python -m bot run`: long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set."""
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
    try:
        if settings.telegram_webhook_url:
            return _run_webhook(application, settings)
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
    except StartupError as exc:
        logger.error("%s", exc)
        return 1
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
