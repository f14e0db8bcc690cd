"""Telegram wiring of fresh data: /update, /add and its buttons, /subscribe, and the jobs.

`register(application)` adds everything to an Application built by `bot.telegram`. The
handlers sit in group -1, ahead of the bot's own (a forwarded link from an admin must not be
taken for a question, nor /add for an unknown command), and stop the update there once they
have handled it. Jobs run in PTB's JobQueue: the series update and the digest once a day at
their hours in `DIGEST_TZ`, the digest once more at start (a digest missed while the bot was
down goes out then, and never twice), and the feeds every `FEED_POLL_MINUTES`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.fresh.articles import (
    ArticleError,
    Candidate,
    add,
    already_there,
    claims_from_json,
    claims_to_json,
    first_url,
    from_document,
    from_url,
    normalize_url,
)
from bot.fresh.feeds import poll_feed
from bot.fresh.series_update import UpdateResult, update_series
from bot.settings import Settings
from bot.state import Pending, StateDB
from bot.telegram import render
from bot.telegram.digest import (
    ARTICLE_CAVEAT,
    coverage_text,
    digest_blocks,
    digest_day,
    series_end,
)
from bot.telegram.handlers import current_store, feedback
from knowledge import ClaimStore, language, say

logger = logging.getLogger(__name__)

GROUP = -1
MISSED_DIGEST_DELAY = 5.0  # seconds after start
CLAIMS_SHOWN = 10
USAGE_ADD = (
    "Send <code>/add https://…</code> with an article's link, or send me the article as a "
    ".txt, .md or .html file, or forward me a message with its link."
)
ADMIN_ONLY = render.REFUSAL  # one wording for every admin-only command
FRESH_COMMANDS = (
    BotCommand("subscribe", "Get a digest of the figures every morning in this chat"),
    BotCommand("unsubscribe", "Stop the morning digest in this chat"),
    BotCommand("wrong", "Reply to an answer of mine that is wrong, and say why"),
)
FRESH_ADMIN_COMMANDS = (
    BotCommand("update", "Admin: download the daily tally now"),
    BotCommand("add", "Admin: add an article from a link"),
    BotCommand("queue", "Admin: articles from feeds awaiting Add or Discard"),
    BotCommand("reports", "Admin: latest reports of wrong answers (as /feedback)"),
)
_DECISION = re.compile(r"^fresh:(add|discard):(\d+)$")


@dataclass
class Fresh:
    """What the fresh-data handlers share, in `application.bot_data["fresh"]`."""

    settings: Settings
    state: StateDB

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admin_user_ids


def _fresh(context: ContextTypes.DEFAULT_TYPE) -> Fresh:
    fresh: Fresh = context.bot_data["fresh"]
    return fresh


def _store(context: ContextTypes.DEFAULT_TYPE) -> ClaimStore:
    store: ClaimStore = context.bot_data["state"].store
    return store


def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


def _who(update: Update) -> str:
    user = update.effective_user
    if user is None:
        return "unknown"
    return f"@{user.username}" if user.username else f"{user.full_name} ({user.id})"


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def _final(handler: Handler) -> Handler:
    """Run the handler, then stop: the bot's own handlers don't see this update."""

    async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await handler(update, context)
        raise ApplicationHandlerStop

    run.__name__ = run.__qualname__ = handler.__name__
    run.__doc__ = handler.__doc__
    return run


async def _reply(message: Message, blocks: list[str] | str, **kwargs: Any) -> None:
    """Reply in as many messages as needed; `kwargs` (buttons) go on the last one."""
    chunks = render.split_message(blocks)
    for n, chunk in enumerate(chunks):
        extra = kwargs if n == len(chunks) - 1 else {}
        await message.reply_text(chunk, do_quote=message.chat.type != ChatType.PRIVATE, **extra)


async def _admin_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Message | None:
    """The message of an admin's command, or None once a non-admin has been told no."""
    message = update.effective_message
    if message is None:
        return None
    if not _fresh(context).is_admin(_user_id(update)):
        await _reply(message, ADMIN_ONLY)
        return None
    return message


async def _tell_admins(bot: Bot, settings: Settings, blocks: list[str] | str) -> None:
    """Send a note to every admin's private chat (an admin who never started the bot, or
    blocked it, is skipped with a log line)."""
    for admin_id in sorted(settings.admin_user_ids):
        try:
            for chunk in render.split_message(blocks):
                await bot.send_message(admin_id, chunk)
        except TelegramError as exc:
            logger.warning("Could not tell admin %s: %s", admin_id, exc)


# -- the daily series ---------------------------------------------------------------------------


def update_blocks(result: UpdateResult) -> list[str]:
    mark = "✅" if result.ok else "❌"
    blocks = [f"{mark} {render.text(result.summary)}"]
    if result.details:
        blocks.append("\n".join(f"• {render.text(line)}" for line in result.details))
    return blocks


async def _run_update(application: Application, trigger: str) -> UpdateResult:
    """Update the series and, when it changed, switch the bot to the rebuilt knowledge base."""
    fresh: Fresh = application.bot_data["fresh"]
    result = await update_series(fresh.settings, fresh.state, trigger)
    if result.changed:
        await current_store(application.bot_data["state"])  # switch to the rebuilt file
    return result


async def update_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: /update downloads the daily tally now and says how it went."""
    message = await _admin_message(update, context)
    if message is None:
        return
    await _reply(message, "Downloading the daily tally…")
    result = await _run_update(context.application, f"/update by {_who(update)}")
    await _reply(message, update_blocks(result))


async def update_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The daily update; admins hear of failures and of new days."""
    result = await _run_update(context.application, "daily job")
    if not result.ok or result.changed:
        await _tell_admins(context.bot, _fresh(context).settings, update_blocks(result))


# -- adding articles ----------------------------------------------------------------------------


def offer_blocks(candidate: Candidate) -> list[str]:
    """An article's claims, before an admin decides to add it."""
    meta = [render.text(candidate.title or "Untitled")]
    if candidate.publisher:
        meta.append(render.text(candidate.publisher))
    meta.append(render.fmt_date(candidate.published) or "no publication date")
    head = "<b>" + meta[0] + "</b>\n" + ", ".join(meta[1:])
    if candidate.url:
        head += f"\n{render.text(candidate.url)}"
    count = len(candidate.claims)
    blocks = [head, f"I found <b>{count}</b> figure{'s' if count != 1 else ''}:"]
    blocks += [render.claim_block(claim) for claim in candidate.claims[:CLAIMS_SHOWN]]
    if count > CLAIMS_SHOWN:
        blocks.append(f"<i>… and {count - CLAIMS_SHOWN} more.</i>")
    blocks += [render.caveat_block(ARTICLE_CAVEAT), "Add it to the sources?"]
    return blocks


def _buttons(pending_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Add", callback_data=f"fresh:add:{pending_id}"),
                InlineKeyboardButton("Discard", callback_data=f"fresh:discard:{pending_id}"),
            ]
        ]
    )


def _known_urls(store: ClaimStore) -> set[str]:
    return {normalize_url(ref.url) for ref in store.sources() if ref.url}


async def _offer(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    read: Awaitable[Candidate],
    asked_url: str | None,
) -> None:
    """Read an article, then offer its claims with Add / Discard (or say why not)."""
    message = update.effective_message
    if message is None:
        return
    fresh = _fresh(context)
    try:
        candidate = await read
    except ArticleError as exc:
        await _reply(message, f"❌ {render.text(exc)}.")
        return
    reason = already_there(candidate, fresh.state, _known_urls(_store(context)), asked_url)
    if reason is not None:
        await _reply(message, f"This article is {render.text(reason)}.")
        return
    if not candidate.claims:
        await _reply(message, "I found no loss figures in it, so there is nothing to add.")
        return
    pending_id = fresh.state.queue(
        url=candidate.url,
        content_hash=candidate.content_hash,
        title=candidate.title,
        document=candidate.to_json(),
        claims_json=claims_to_json(candidate.claims),
        origin="telegram",
        requested_by=_user_id(update),
        chat_id=message.chat_id,
    )
    await _reply(message, offer_blocks(candidate), reply_markup=_buttons(pending_id))


def _command_argument(message: Message) -> str:
    text = message.text or ""
    return text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) > 1 else ""


async def add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: /add <url>."""
    message = await _admin_message(update, context)
    if message is None:
        return
    fresh = _fresh(context)
    url = first_url(_command_argument(message))
    if url is None:
        await _reply(message, USAGE_ADD)
        return
    await _offer(update, context, from_url(url, fresh.settings), url)


async def add_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin, private chat: a .txt/.md/.html file sent to the bot."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    fresh = _fresh(context)
    doc = message.document
    limit = fresh.settings.max_source_bytes
    if doc.file_size is not None and doc.file_size > limit:
        await _reply(
            message, f"❌ That file is too large ({doc.file_size:,} bytes, limit {limit:,})."
        )
        return
    try:
        data = bytes(await (await doc.get_file()).download_as_bytearray())
    except TelegramError as exc:
        await _reply(message, f"❌ Could not download the file from Telegram: {render.text(exc)}")
        return
    name = doc.file_name or "document"
    read = asyncio.to_thread(from_document, name, data, fresh.settings)
    await _offer(update, context, read, None)


def _message_link(message: Message) -> str | None:
    """The first link in a message: a URL in its text or a link behind words."""
    entities = message.parse_entities([MessageEntity.URL, MessageEntity.TEXT_LINK])
    entities |= message.parse_caption_entities([MessageEntity.URL, MessageEntity.TEXT_LINK])
    for entity, text in sorted(entities.items(), key=lambda item: item[0].offset):
        url = entity.url if entity.type == MessageEntity.TEXT_LINK else text
        if url and first_url(url):
            return first_url(url)
    return first_url(message.text or message.caption or "")


async def add_forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin, private chat: a forwarded message with a link adds that link's article.
    Anyone else's forward goes on to the bot's usual handlers."""
    message = update.effective_message
    fresh = _fresh(context)
    if message is None or not fresh.is_admin(_user_id(update)):
        return
    url = _message_link(message)
    if url is None:
        return
    await _offer(update, context, from_url(url, fresh.settings), url)
    raise ApplicationHandlerStop


async def decision(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The Add / Discard buttons."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    match = _DECISION.match(query.data)
    fresh = _fresh(context)
    if match is None:
        await _answer(query)
        return
    if not fresh.is_admin(_user_id(update)):
        await _answer(query, "Only the bot's admins can add articles.", show_alert=True)
        return
    action, pending_id = match.group(1), int(match.group(2))
    pending = fresh.state.pending(pending_id)
    status = "added" if action == "add" else "discarded"
    if pending is None or not fresh.state.decide(pending_id, status, _user_id(update)):
        await _answer(query, "That was already decided.")
        await _drop_buttons(query.message)
        return
    if action == "discard":
        await _answer(query, "Discarded.")
        await _drop_buttons(query.message, f"🗑 Discarded by {_who(update)}.")
        return
    await _answer(query, "Adding…")
    outcome = await _add_pending(context, pending, _who(update), _user_id(update))
    await _drop_buttons(query.message, outcome)


async def _answer(query: CallbackQuery, text: str | None = None, show_alert: bool = False) -> None:
    """Acknowledge a button press. Cosmetic: a press answered too late (Telegram allows a few
    seconds) must not stop the decision already recorded from being carried out."""
    try:
        await query.answer(text, show_alert=show_alert)
    except TelegramError as exc:
        logger.info("Could not answer a button press: %s", exc)


async def _add_pending(
    context: ContextTypes.DEFAULT_TYPE, pending: Pending, who: str, user_id: int | None
) -> str:
    """Add a queued article; the line that says how it went."""
    fresh = _fresh(context)
    store = _store(context)
    candidate = Candidate.from_json(pending.document, claims_from_json(pending.claims_json))
    reason = already_there(candidate, fresh.state, _known_urls(store))
    if reason is not None:
        return f"This article is {reason}."
    try:
        result = await asyncio.to_thread(add, candidate, fresh.settings, fresh.state, who, user_id)
    except ArticleError as exc:
        fresh.state.reopen_pending(pending.id)
        return f"❌ Not added: {exc}. It is still in the queue."
    await current_store(context.application.bot_data["state"])
    logger.info("Article added by %s: %s (%s)", who, result.path.name, candidate.url)
    return (
        f"✅ Added by {who} as {result.path.name}; the knowledge base now holds "
        f"{result.claims:,} claims from {result.sources:,} articles."
    )


async def _drop_buttons(message: object, note: str | None = None) -> None:
    """Take the buttons off an offer, and say what was decided below it."""
    if not isinstance(message, Message):
        return
    try:
        await message.edit_reply_markup(reply_markup=None)
    except TelegramError as exc:
        logger.info("Could not remove the buttons: %s", exc)
    if note:
        await message.reply_text(render.text(note), do_quote=False)


async def queue_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: every article awaiting a decision, each with its buttons again."""
    message = await _admin_message(update, context)
    if message is None:
        return
    fresh = _fresh(context)
    items = fresh.state.pending_items()
    if not items:
        await _reply(message, "No articles are waiting for a decision.")
        return
    for item in items[:10]:
        candidate = Candidate.from_json(item.document, claims_from_json(item.claims_json))
        await _reply(message, offer_blocks(candidate), reply_markup=_buttons(item.id))


# -- wrong answers ------------------------------------------------------------------------------

USAGE_WRONG = "Reply to my answer with <code>/wrong</code> and what is wrong with it."


async def wrong_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/wrong [note], in reply to one of the bot's answers: a report for the admins."""
    message = update.effective_message
    if message is None:
        return
    note = _command_argument(message)[:1000]
    replied = message.reply_to_message
    ours = (
        replied is not None
        and replied.from_user is not None
        and replied.from_user.id == context.bot.id
    )
    if not ours and not note:
        await _reply(message, USAGE_WRONG)
        return
    # Telegram sends the answer replied to, not the question it answered (its heading says
    # what was understood), so the question is kept only when the note gives it.
    answer_text = (replied.text or replied.caption or "") if ours and replied else ""
    number = _fresh(context).state.report_wrong_answer(
        _user_id(update), message.chat_id, "", answer_text[:4000], note
    )
    logger.info("Wrong-answer report #%d from %s: %s", number, _who(update), note[:200])
    await _reply(message, f"Thank you: report #{number} is with the admins.")


# -- the daily digest ---------------------------------------------------------------------------


async def _may_change_subscription(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Private chats decide for themselves; in groups, the group's admins (or the bot's)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    if chat.type == ChatType.PRIVATE or _fresh(context).is_admin(user.id):
        return True
    try:
        member = await chat.get_member(user.id)
    except TelegramError as exc:
        logger.warning("Could not look up a member of chat %s: %s", chat.id, exc)
        return False
    return member.status in {ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}


def _schedule_text(settings: Settings) -> str:
    return f"every morning at {settings.digest_hour:02d}:00 ({settings.digest_tz} time)"


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe: the morning digest in this chat."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if not await _may_change_subscription(update, context):
        await _reply(message, "Only this group's admins can subscribe it to the digest.")
        return
    fresh = _fresh(context)
    settings = fresh.settings
    local = dt.datetime.now(ZoneInfo(settings.digest_tz))
    # Subscribing after today's digest hour starts tomorrow, not with a late digest today.
    skip = local.date() if local.hour >= settings.digest_hour else None
    new = fresh.state.subscribe(chat.id, chat.type, chat.title, _user_id(update), skip)
    schedule = _schedule_text(settings)
    if new:
        text = (
            f"Subscribed. I will send this chat the latest day of the daily tally and the "
            f"figures from newly added articles {schedule}. /unsubscribe stops it."
        )
    else:
        text = f"This chat is already subscribed: the digest comes {schedule}."
    await _reply(message, render.text(text))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe: no more digests in this chat."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if not await _may_change_subscription(update, context):
        await _reply(message, "Only this group's admins can unsubscribe it from the digest.")
        return
    if _fresh(context).state.unsubscribe(chat.id):
        await _reply(message, "Unsubscribed: no more digests here. /subscribe starts them again.")
    else:
        await _reply(message, "This chat is not subscribed to the digest.")


async def send_digests(application: Application, day: dt.date) -> int:
    """Send `day`'s digest to every subscribed chat that has not had it; how many were sent."""
    fresh: Fresh = application.bot_data["fresh"]
    store: ClaimStore = application.bot_data["state"].store
    sent = 0
    for sub in fresh.state.subscriptions():
        previous = fresh.state.claim_digest(sub.chat_id, day)
        if previous is None:
            continue  # already sent for that day
        chosen = fresh.state.chat_language(sub.chat_id) or "en"
        blocks = digest_blocks(store, fresh.state, day, previous, chosen)
        try:
            for chunk in render.split_message(blocks):
                await application.bot.send_message(sub.chat_id, chunk)
        except Forbidden as exc:
            logger.info("Digest to chat %s refused (%s): unsubscribed", sub.chat_id, exc)
            fresh.state.unsubscribe(sub.chat_id)
            continue
        except TelegramError as exc:
            logger.warning(
                "Digest to chat %s failed (%s): retried at the next run", sub.chat_id, exc
            )
            fresh.state.release_digest(sub.chat_id, day, previous)
            continue
        sent += 1
    logger.info("Digest for %s sent to %d chats", day, sent)
    return sent


async def digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The morning digest (and, at start, the one missed while the bot was down)."""
    settings = _fresh(context).settings
    local = dt.datetime.now(ZoneInfo(settings.digest_tz))
    if local.hour < settings.digest_hour:
        return  # at start, before today's hour: the daily job will send it
    day = digest_day(settings.digest_tz)
    fresh = _fresh(context)
    if not any(
        s.last_digest_day is None or s.last_digest_day < day for s in fresh.state.subscriptions()
    ):
        return
    end = series_end(context.application.bot_data["state"].store)
    if end is None or end < day:
        # Today's report may be out since the morning update: one more try first.
        await _run_update(context.application, "before the digest")
    await send_digests(context.application, day)


# -- feeds ----------------------------------------------------------------------------------------


async def feeds_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Poll every feed; admins get the queued items with their buttons."""
    fresh = _fresh(context)
    application = context.application
    for feed_url in fresh.settings.feeds:
        store: ClaimStore = application.bot_data["state"].store
        report = await poll_feed(feed_url, fresh.settings, fresh.state, _known_urls(store))
        if report.added:
            await current_store(application.bot_data["state"])
            names = ", ".join(report.added)
            await _tell_admins(
                context.bot, fresh.settings, render.text(f"✅ From {feed_url}: added {names}")
            )
        for pending_id in report.queued:
            item = fresh.state.pending(pending_id)
            if item is None:
                continue
            candidate = Candidate.from_json(item.document, claims_from_json(item.claims_json))
            blocks = [f"📰 New in {render.text(feed_url)}:", *offer_blocks(candidate)]
            await _tell_offer(context.bot, fresh.settings, blocks, pending_id)


async def _tell_offer(bot: Bot, settings: Settings, blocks: list[str], pending_id: int) -> None:
    chunks = render.split_message(blocks)
    for admin_id in sorted(settings.admin_user_ids):
        try:
            for n, chunk in enumerate(chunks):
                markup = _buttons(pending_id) if n == len(chunks) - 1 else None
                await bot.send_message(admin_id, chunk, reply_markup=markup)
        except TelegramError as exc:
            logger.warning("Could not offer a feed item to admin %s: %s", admin_id, exc)


# -- /help and /stats, and the wiring ---------------------------------------------------------


def help_lines(bot_data: dict[str, Any]) -> list[str]:
    """For /help: where the daily figures end, when the last update ran and how it ended."""
    fresh: Fresh = bot_data["fresh"]
    store: ClaimStore = bot_data["state"].store
    settings = fresh.settings
    if language() != "en":  # /help's own lines say where the daily figures end
        subscribe = say("help.subscribe", hour=f"{settings.digest_hour:02d}", tz=settings.digest_tz)
        lines = [] if series_end(store) else [say("help.no_series")]
        return [render.text(line) for line in [*lines, subscribe]]
    schedule = _schedule_text(settings)
    return [
        render.text(coverage_text(store, fresh.state, detailed=False)),
        f"/subscribe sends a digest of the figures {render.text(schedule)}.",
    ]


def stats_lines(bot_data: dict[str, Any]) -> list[str]:
    """For /stats: the same in detail, with the digest, the queue and the feeds."""
    fresh: Fresh = bot_data["fresh"]
    store: ClaimStore = bot_data["state"].store
    counts = fresh.state.counts()
    lines = [
        "<b>Fresh data:</b>",
        f"• {render.text(coverage_text(store, fresh.state, detailed=True))}",
        f"• digest subscriptions: {counts['subscriptions']:,}",
        f"• articles added from Telegram and feeds: {counts['added']:,}",
        f"• awaiting Add/Discard: {len(fresh.state.pending_items()):,}",
        f"• conversation contexts and answer buttons kept across restarts: "
        f"{counts['conversations']:,} and {counts['buttons']:,}",
        "• /update downloads the tally now; /add &lt;link&gt; adds an article; /queue lists "
        "articles awaiting a decision",
    ]
    for feed_url in fresh.settings.feeds:
        status = fresh.state.feed_status(feed_url) or {}
        if status.get("failures"):
            state = f"failing ×{status['failures']}: {status.get('last_error')}"
        else:
            state = f"ok {status.get('last_ok_at') or 'not polled yet'}"
        lines.append(f"• feed {render.text(feed_url)}: {render.text(state)}")
    return lines


def register(application: Application) -> None:
    """Add the fresh-data handlers, jobs and /help and /stats lines to the Application."""
    settings: Settings = application.bot_data["state"].settings
    fresh = Fresh(settings, StateDB(settings.state_db))
    application.bot_data["fresh"] = fresh
    application.bot_data["state"].memory.keeper = fresh.state  # contexts survive restarts
    application.bot_data.setdefault("help_lines", []).append(help_lines)
    application.bot_data.setdefault("stats_lines", []).append(stats_lines)
    application.bot_data["state"].on_unanswered.append(
        lambda question: fresh.state.record_unanswered(question, None)
    )
    command = filters.UpdateType.MESSAGE & ~filters.FORWARDED
    private = filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE
    for name, callback in (
        ("update", update_command),
        ("add", add_command),
        ("queue", queue_command),
        ("subscribe", subscribe),
        ("unsubscribe", unsubscribe),
        ("wrong", wrong_command),
        ("reports", feedback),  # the same list as /feedback, from STATE_DB
    ):
        application.add_handler(CommandHandler(name, _final(callback), filters=command), GROUP)
    application.add_handler(
        MessageHandler(private & filters.Document.ALL & ~filters.COMMAND, _final(add_document)),
        GROUP,
    )
    application.add_handler(MessageHandler(private & filters.FORWARDED, add_forwarded), GROUP)
    application.add_handler(CallbackQueryHandler(_final(decision), pattern=r"^fresh:"), GROUP)
    _schedule(application, settings)
    _extend_menus(application, settings)
    _close_on_shutdown(application, fresh)


def _schedule(application: Application, settings: Settings) -> None:
    jobs = application.job_queue
    if jobs is None:
        logger.warning(
            "No JobQueue (install python-telegram-bot[job-queue]): no daily update, digest or feeds"
        )
        return
    zone = ZoneInfo(settings.digest_tz)
    jobs.run_daily(
        update_job, dt.time(settings.series_update_hour, tzinfo=zone), name="series update"
    )
    jobs.run_daily(digest_job, dt.time(settings.digest_hour, tzinfo=zone), name="digest")
    jobs.run_once(digest_job, MISSED_DIGEST_DELAY, name="missed digest")
    if settings.feeds:
        jobs.run_repeating(feeds_job, settings.feed_poll_minutes * 60, first=30, name="feeds")


def _extend_menus(application: Application, settings: Settings) -> None:
    """After the bot's own start-up, add our commands to the menus it set (a convenience:
    a failure is logged only)."""
    before = application.post_init

    async def post_init(app: Application) -> None:
        if before is not None:
            await before(app)
        scopes: list[tuple[BotCommandScope, tuple[BotCommand, ...]]] = [
            (BotCommandScopeDefault(), FRESH_COMMANDS)
        ]
        scopes += [
            (BotCommandScopeChat(admin_id), FRESH_COMMANDS + FRESH_ADMIN_COMMANDS)
            for admin_id in sorted(settings.admin_user_ids)
        ]
        for scope, ours in scopes:
            try:
                menu = list(await app.bot.get_my_commands(scope=scope))
                known = {c.command for c in menu}
                extra = [c for c in ours if c.command not in known]
                await app.bot.set_my_commands(menu + extra, scope=scope)
            except TelegramError as exc:
                logger.warning("Could not extend the command menu (%s): %s", scope.type, exc)

    application.post_init = post_init


def _close_on_shutdown(application: Application, fresh: Fresh) -> None:
    before = application.post_shutdown

    async def post_shutdown(app: Application) -> None:
        if before is not None:
            await before(app)
        fresh.state.close()

    application.post_shutdown = post_shutdown
