"""The handlers: one small coroutine per command or kind of message, and the error handler.

Answers come from `knowledge.answer`, which is synchronous and fast (well under a millisecond
on the seed knowledge base), so handlers call it directly: a thread hop would cost more than
the work. Only `/reload`, `/check` and `/chart` run in a thread (`asyncio.to_thread`), in
non-blocking handlers, so the bot keeps answering.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import unicodedata
from collections import deque
from dataclasses import dataclass, field

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError, TimedOut
from telegram.ext import ContextTypes

from bot.settings import Settings
from bot.telegram import render
from bot.telegram.delivery import FloodGate, chat_action, reply
from bot.telegram.filters import strip_mention
from bot.telegram.render import APOLOGY, REFUSAL, SLOW_DOWN, USAGE_ASK, USAGE_CHART
from knowledge import (
    Answer,
    ChartError,
    ClaimStore,
    ReloadError,
    ReloadInProgress,
    ReloadReport,
    SourceKind,
    answer,
    check_claims,
    format_check,
    rebuild,
    render_chart,
    warm_up,
)

logger = logging.getLogger(__name__)

INLINE_RESULTS = 4
INLINE_CACHE_SECONDS = 10
UNANSWERED_KEPT = 20
CHECK_ITEMS_SHOWN = 30


# -- state -------------------------------------------------------------------------------------


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
        else:
            self.other_messages += 1


def _state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    state: BotState = context.bot_data["state"]
    return state


# -- helpers -----------------------------------------------------------------------------------


async def _flooded(update: Update, state: BotState, message: Message) -> bool:
    """True when the asker or the chat is over its limit; says "slow down" once a window."""
    user = update.effective_user
    over = state.flood.over_limit(user.id if user else None, message.chat_id)
    if over is None:
        return False
    # A user is told once per chat they flood; a busy chat, once for everyone in it.
    key = over if over[0] == "chat" else (message.chat_id, *over)
    if state.flood.should_warn(key):
        await reply(message, SLOW_DOWN)
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
        await reply(message, USAGE_ASK)
        return
    if await _flooded(update, state, message):
        return
    result = answer(question, state.store)
    state.count(question, result)
    await reply(message, render.answer_blocks(result, question=question, cut_to=cut_to))


async def _refuse_unless_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True for admins; everyone else gets a polite refusal (and nothing else happens)."""
    if _state(context).is_admin(update):
        return False
    if update.effective_message is not None:
        await reply(update.effective_message, REFUSAL)
    return True


def knowledge_summary(store: ClaimStore) -> render.KnowledgeSummary:
    """Counts, dates and metrics of the knowledge base, for /help."""
    refs = store.sources()
    articles = [r for r in refs if r.kind == SourceKind.article]
    published = sorted(r.published for r in articles if r.published)
    earliest, latest, metrics = store.claim_coverage()
    return render.KnowledgeSummary(
        articles=len(articles),
        article_claims=store.count_claims(SourceKind.article),
        series=len(refs) - len(articles),
        series_claims=store.count_claims(SourceKind.series),
        first_published=published[0] if published else None,
        last_published=published[-1] if published else None,
        earliest=earliest,
        latest=latest,
        metrics=[render.metric_name(m) for m in metrics],
    )


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
    await reply(update.effective_message, blocks)


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the loaded sources: outlet, title, date."""
    if update.effective_message is None:
        return
    refs = _state(context).store.sources()
    await reply(update.effective_message, render.sources_blocks(refs), separator="\n")


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
        text = strip_mention(text, context.bot.username)
    await _answer_question(update, context, text)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point to /help for a command the bot does not have (private chats only)."""
    if update.effective_message is not None:
        await reply(update.effective_message, "I don't know that command. See /help.")


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
    await chat_action(message, ChatAction.TYPING)
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
        await reply(message, "A reload is already running; try again when it has finished.")
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
    await reply(message, render.reload_blocks(report), separator="\n\n")


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
    ]
    await reply(update.effective_message, "\n".join(lines))


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: the latest questions that found no figure."""
    if await _refuse_unless_admin(update, context) or update.effective_message is None:
        return
    items = list(_state(context).recent_unanswered)
    await reply(update.effective_message, render.unanswered_blocks(items), separator="\n")


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
        await reply(message, USAGE_CHART)
        return
    state = _state(context)
    if await _flooded(update, state, message):
        return
    await chat_action(message, ChatAction.UPLOAD_PHOTO)
    try:
        # matplotlib takes a good fraction of a second: off the event loop.
        png = await asyncio.to_thread(
            render_chart, state.store, metric, period, cumulative=cumulative
        )
    except ChartError as exc:
        await reply(message, f"I can't draw that: {render.text(exc)}.\n\n{USAGE_CHART}")
        return
    shown = "running total" if cumulative else "per day"
    caption = (
        f"<b>{render.text(metric)}</b>, {shown}, {render.text(period or 'last 90 days')}.\n"
        f"{render.CAVEAT_MARK} <i>Figures claimed by one side, not independently verified.</i>"
    )
    await message.reply_photo(png, caption=caption, do_quote=message.chat.type != ChatType.PRIVATE)


async def check(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: article figures checked against the daily series."""
    if await _refuse_unless_admin(update, context) or update.effective_message is None:
        return
    message = update.effective_message
    await chat_action(message, ChatAction.TYPING)
    report = await asyncio.to_thread(check_claims, _state(context).store)
    text = format_check(report, limit=CHECK_ITEMS_SHOWN)
    head, _, rest = text.partition("\n")
    blocks = [f"<b>{render.text(head)}</b>\n" + render.text(rest.split("\n\n")[0])]
    blocks += [render.text(part) for part in rest.split("\n\n")[1:]]
    await reply(message, blocks)


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
