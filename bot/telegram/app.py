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
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.settings import Settings, open_store
from bot.telegram import handlers
from bot.telegram.delivery import FloodGate, PerChatUpdates, RetryingRateLimiter
from bot.telegram.filters import GROUP_QUESTION, NEW_COMMAND, PRIVATE_QUESTION
from bot.telegram.handlers import BotState
from bot.telegram.redaction import protect_token
from knowledge import ClaimStore, ReloadError, warm_up

logger = logging.getLogger(__name__)

# Only what the handlers use; Telegram then does not even send the rest.
ALLOWED_UPDATES = [Update.MESSAGE, Update.INLINE_QUERY]
# Seconds to wait for Telegram's answer to a request (PTB's default; not for long polls).
READ_TIMEOUT = 5.0

PUBLIC_COMMANDS = (
    BotCommand("ask", "Ask about a loss figure, e.g. /ask tanks lost in 2024"),
    BotCommand("help", "What I know and how to ask"),
    BotCommand("sources", "The articles I have read"),
    BotCommand("chart", "Chart of a daily series, e.g. /chart tanks November 2024"),
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
    application.add_handler(CommandHandler(["start", "help"], handlers.start, filters=NEW_COMMAND))
    application.add_handler(CommandHandler("sources", handlers.sources, filters=NEW_COMMAND))
    application.add_handler(CommandHandler("ask", handlers.ask, filters=NEW_COMMAND))
    application.add_handler(
        CommandHandler("reload", handlers.reload, filters=NEW_COMMAND, block=False)
    )
    application.add_handler(CommandHandler("stats", handlers.stats, filters=NEW_COMMAND))
    application.add_handler(CommandHandler("unanswered", handlers.unanswered, filters=NEW_COMMAND))
    application.add_handler(
        CommandHandler("check", handlers.check, filters=NEW_COMMAND, block=False)
    )
    application.add_handler(
        CommandHandler("chart", handlers.chart, filters=NEW_COMMAND, block=False)
    )
    application.add_handler(MessageHandler(PRIVATE_QUESTION, handlers.question))
    application.add_handler(MessageHandler(GROUP_QUESTION, handlers.question))
    application.add_handler(
        MessageHandler(
            NEW_COMMAND & filters.ChatType.PRIVATE & filters.COMMAND, handlers.unknown_command
        )
    )
    application.add_handler(InlineQueryHandler(handlers.inline_query))
    application.add_error_handler(handlers.error_handler)
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
