"""The handlers: one small coroutine per command or kind of message, and the error handler.

Answers come from `knowledge.answering`, which is synchronous and fast (well under a millisecond
on the seed knowledge base), so handlers call it directly: a thread hop would cost more than
the work. Only `/reload`, `/check` and `/chart` run in a thread (`asyncio.to_thread`), in
non-blocking handlers, so the bot keeps answering.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import unicodedata
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import (
    ForceReply,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputFile,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import ContextTypes

from bot.export import csv_bytes, filename_for
from bot.settings import Settings
from bot.telegram import render
from bot.telegram.delivery import Dropped, FloodGate, chat_action, reply, sender_id
from bot.telegram.filters import strip_mention
from bot.telegram.memory import ButtonKind, Feedback, Memory, keyboard, safely
from bot.telegram.render import (
    APOLOGY,
    BUTTON_EXPIRED,
    FEEDBACK_THANKS,
    NEW_CONTEXT,
    NOTE_THANKS,
    REFUSAL,
    SLOW_DOWN,
    UNKNOWN_COMMAND,
    USAGE_ASK,
    USAGE_CHART,
    USAGE_EXPORT,
)
from knowledge import (
    LANG_CHOSEN,
    Answer,
    ChartError,
    ClaimStore,
    ReloadError,
    ReloadInProgress,
    ReloadReport,
    SourceKind,
    answer,
    answer_language,
    check_claims,
    claimant_text,
    coverage_end,
    coverage_line,
    format_check,
    in_language,
    parse_chart_request,
    rebuild,
    render_chart,
    reply_language,
    say,
    warm_up,
)

logger = logging.getLogger(__name__)

INLINE_RESULTS = 4
INLINE_CACHE_SECONDS = 10
UNANSWERED_KEPT = 20
UNANSWERED_SHOWN = 20  # /unanswered lists at most this many
REPORTS_SHOWN = 10  # /feedback and /reports list at most this many
NOTE_CHARS = 1000
CHECK_ITEMS_SHOWN = 30
# chat_data key: the chat's last question that found claims (what /export sends).
LAST_QUESTION = "last_question"
# The chat's /lang choice ("en", "uk", "ru"); absent: each question's own language.
CHAT_LANGUAGE = "language"
# Messages a list may take before it goes as a file instead: a group shares Telegram's 20
# messages a minute among all its members, a private chat is the asker's own.
LIST_MESSAGES_GROUP = 1
LIST_MESSAGES_PRIVATE = 5


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
    # Which file the store has open: a reload from the command line swaps in a new one.
    db_identity: tuple[int, int] | None = None
    reopening: bool = False
    # Conversations, button payloads and "Wrong answer?" reports (bounded, in memory; contexts
    # and buttons also kept in STATE_DB when the fresh-data side opens it).
    memory: Memory = field(default_factory=Memory)
    # Called with each question that found no figure (bot.fresh keeps them in STATE_DB).
    on_unanswered: list[Callable[[str], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Note which knowledge-base file the store has open."""
        self.db_identity = _identity(self.store.path)

    def is_admin(self, update: Update) -> bool:
        """Whether the update's sender is one of ADMIN_USER_IDS."""
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
    """The handlers' shared state."""
    state: BotState = context.bot_data["state"]
    return state


def _identity(path: os.PathLike[str] | str) -> tuple[int, int] | None:
    """The file's device and inode (a rebuild swaps in a new file), None if it is missing."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


async def current_store(state: BotState) -> ClaimStore:
    """The knowledge base, switched to the new file first if a reload from the command line
    (or another process) swapped one in since: one `stat` per question, about a microsecond."""
    identity = _identity(state.store.path)
    if identity is None or identity == state.db_identity or state.reopening:
        return state.store
    state.reopening = True
    try:
        await asyncio.to_thread(_reopen, state.store)
        state.db_identity = identity
        logger.info("The knowledge base file was replaced: switched to the new one")
    except Exception as exc:  # a half-written or foreign file: keep serving the open one
        logger.warning("Could not open the new knowledge base file: %s", exc)
    finally:
        state.reopening = False
    return state.store


def _reopen(store: ClaimStore) -> None:
    """Open the store's file again and warm it up (in a thread: it reads the database)."""
    store.reopen()
    warm_up(store)


# -- helpers -----------------------------------------------------------------------------------


def _extra_lines(context: ContextTypes.DEFAULT_TYPE, key: str) -> list[str]:
    """Lines that other parts of the bot add to /help or /stats (bot.telegram.fresh)."""
    providers = context.bot_data.get(key, ())
    return [line for provider in providers for line in provider(context.bot_data)]


async def _flooded(state: BotState, message: Message, *, command: bool) -> bool:
    """True when the asker or the chat is over its limit; says "slow down" once a window."""
    group = message.chat.type != ChatType.PRIVATE
    over = state.flood.over_limit(sender_id(message), message.chat_id, group=group, command=command)
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
    """The cleaned question, cut to `limit` characters, and the limit if it was cut."""
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


async def _admitted(
    update: Update, context: ContextTypes.DEFAULT_TYPE, *, command: bool = True
) -> Message | None:
    """The message to answer, or None when there is none or its sender or chat is over the
    flood limits: every command and question counts, so none can crowd out the others."""
    message = update.effective_message
    if message is None or await _flooded(_state(context), message, command=command):
        return None
    return message


async def _answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, raw: str) -> None:
    """Answer one question in the chat it came from, within the flood limits."""
    state = _state(context)
    message = await _admitted(update, context, command=False)
    if message is None:
        return
    if await _took_note(context, message, raw):
        return
    question, cut_to = _clip(raw, state.settings.max_question_chars)
    if not question:
        await reply(message, USAGE_ASK)
        return
    await _respond(update, context, message, sender_id(message), question, cut_to)


async def _respond(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    message: Message,
    user_id: int | None,
    question: str,
    cut_to: int | None = None,
) -> None:
    """Answer `question` from `user_id` in `message`'s chat, read against that user's context
    there, with suggestion and "Wrong answer?" buttons under it."""
    state = _state(context)
    chat = state.memory.conversation(message.chat_id, user_id)
    chosen = chat_language(context, message.chat_id)
    user = update.effective_user
    prefer = reply_language(question, chosen, user.language_code if user else None)
    result = chat.ask(question, await current_store(state), language=prefer)
    state.memory.keep(message.chat_id, user_id)
    state.count(question, result)
    if result.claims and context.chat_data is not None:
        context.chat_data[LAST_QUESTION] = question  # what /export sends the claims of
    blocks = render.reply_blocks(result, question=question, cut_to=cut_to)
    parts = (result, *result.more_answers)  # several questions: every answer's suggestions
    markup = keyboard(
        state.memory,
        list(dict.fromkeys(s for part in parts for s in part.suggestions)),
        question,
        render.plain("\n\n".join(blocks)),
        wrong=render.is_lookup(result),
        language=result.language,
    )
    await reply(message, blocks, markup=markup)


async def _took_note(context: ContextTypes.DEFAULT_TYPE, message: Message, raw: str) -> bool:
    """Whether `message` replies to a "Wrong answer?" prompt: then it is the report's note."""
    state = _state(context)
    replied = message.reply_to_message
    if replied is None:
        return False
    key = (message.chat_id, replied.message_id)
    report = state.memory.note_prompts.get(key)
    if report is None or report.user_id != sender_id(message):  # only the reporter's note
        return False
    del state.memory.note_prompts[key]
    report.note = render.shorten(_clean(raw), NOTE_CHARS)
    if report.stored_id is not None:
        stored_id, note = report.stored_id, report.note
        _persist(context, lambda db: db.add_report_note(stored_id, note))
    await reply(message, NOTE_THANKS)
    return True


async def _admin_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Message | None:
    """The admin's command message; everyone else gets a polite refusal (within the flood
    limits) and None, and nothing else happens."""
    message = await _admitted(update, context)
    if message is None:
        return None
    if _state(context).is_admin(update):
        return message
    await reply(message, REFUSAL)
    return None


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
        coverage=coverage_line(last) if (last := coverage_end(store)) else None,
    )


def _ago(when: dt.datetime) -> str:
    """How long ago `when` was, in hours and minutes (or minutes and seconds)."""
    seconds = int((dt.datetime.now(dt.UTC) - when).total_seconds())
    hours, rest = divmod(seconds, 3600)
    return f"{hours} h {rest // 60} min" if hours else f"{rest // 60} min {rest % 60} s"


# -- handlers ----------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain what the bot knows and how to ask (/start and /help)."""
    message = await _admitted(update, context)
    if message is None:
        return
    store = await current_store(_state(context))
    with in_language(_chat_reads(update, context, message.chat_id)):
        summary = knowledge_summary(store)
        blocks = render.help_blocks(summary, bot_username=context.bot.username)
        blocks += ["\n".join(_extra_lines(context, "help_lines"))]
    await reply(message, blocks)


async def lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lang en|uk|ru|auto: the language this chat's answers are written in (issue 15)."""
    message = await _admitted(update, context)
    if message is None:
        return
    choice = _command_argument(message).strip().lower()
    if choice not in LANG_CHOSEN:
        with in_language(_chat_reads(update, context, message.chat_id)):
            await reply(message, render.text(say("lang.usage")))
        return
    chosen = None if choice == "auto" else choice
    if context.chat_data is not None:
        context.chat_data[CHAT_LANGUAGE] = chosen
    _persist(context, lambda db: db.set_chat_language(message.chat_id, chosen))
    await reply(message, render.text(LANG_CHOSEN[choice]))


def _chat_reads(update: Update, context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> str:
    """The language for a command's reply: the chat's /lang choice, else the Telegram user's
    language when the bot writes it, else English."""
    user = update.effective_user
    return (
        reply_language("", chat_language(context, chat_id), user.language_code if user else None)
        or "en"
    )


def chat_language(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> str | None:
    """The chat's /lang choice: remembered since this start, else kept in STATE_DB from an
    earlier run (so a restart keeps it), else None (each question's own language)."""
    if context.chat_data is not None and CHAT_LANGUAGE in context.chat_data:
        return context.chat_data[CHAT_LANGUAGE]
    state_db = getattr(context.bot_data.get("fresh"), "state", None)
    try:
        chosen = state_db.chat_language(chat_id) if state_db is not None else None
    except Exception as exc:  # an unreadable state file must not stop the answer
        logger.warning("Could not read the chat's language: %s", exc)
        return None
    if context.chat_data is not None:
        context.chat_data[CHAT_LANGUAGE] = chosen
    return chosen


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the loaded sources (outlet, title, date): in a few messages, or when they need
    more, the newest few and the whole list as a file."""
    message = await _admitted(update, context)
    if message is None:
        return
    refs = (await current_store(_state(context))).sources()
    blocks = render.sources_blocks(refs)
    private = message.chat.type == ChatType.PRIVATE
    most = LIST_MESSAGES_PRIVATE if private else LIST_MESSAGES_GROUP
    if len(render.split_message(blocks, separator="\n")) <= most:
        await reply(message, blocks, separator="\n")
        return
    listing = InputFile(render.sources_listing(refs).encode("utf-8"), filename="sources.txt")
    await message.reply_document(
        listing,
        caption=render.sources_caption(refs),
        do_quote=not private,
    )


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


async def new(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/new`: forget the sender's context in this chat; the next question stands alone."""
    message = await _admitted(update, context)
    if message is None:
        return
    _state(context).memory.forget(message.chat_id, sender_id(message))
    await reply(message, NEW_CONTEXT)


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/about`: the full caveat every answer's one line points to."""
    message = await _admitted(update, context)
    if message is not None:
        await reply(message, render.about_blocks(_chat_reads(update, context, message.chat_id)))


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A tapped button: ask its suggestion, or record "Wrong answer?". The data is only a
    token looked up in memory; unknown or forged data gets "expired" and does nothing else."""
    tap = update.callback_query
    if tap is None:
        return
    state = _state(context)
    message = tap.message if isinstance(tap.message, Message) else None
    pressed = state.memory.pressed(tap.data)
    if message is None or pressed is None:
        await tap.answer(BUTTON_EXPIRED)
        return
    group = message.chat.type != ChatType.PRIVATE
    if state.flood.over_limit(tap.from_user.id, message.chat_id, group=group) is not None:
        await tap.answer(SLOW_DOWN)
        return
    await tap.answer()
    kind, question, said = pressed
    if kind == ButtonKind.ask:
        await _respond(update, context, message, tap.from_user.id, question)
        return
    report = Feedback(dt.datetime.now(dt.UTC), message.chat_id, tap.from_user.id, question, said)
    state.memory.feedback.appendleft(report)
    report.stored_id = _persist(
        context,
        lambda db: db.report_wrong_answer(
            report.user_id, report.chat_id, report.question, report.answer, ""
        ),
    )
    # In a group, the prompt names the reporter so that only their reply box opens.
    who = f"{render.mention(tap.from_user.id, tap.from_user.first_name)} — " if group else ""
    prompt = await reply(message, who + FEEDBACK_THANKS, markup=ForceReply(selective=group))
    if prompt is not None:
        state.memory.remember_prompt(message.chat_id, prompt.message_id, report)


def _persist(context: ContextTypes.DEFAULT_TYPE, use: Callable[[Any], Any]) -> Any:
    """Use the state database (STATE_DB, the fresh-data side's, which keeps reports,
    unanswered questions and each chat's /lang choice across restarts) when it runs; the
    result, or None without it."""
    state_db = getattr(context.bot_data.get("fresh"), "state", None)
    return None if state_db is None else safely(use, state_db)


def _stored_reports(rows: list[dict[str, Any]]) -> list[render.ReportLine]:
    """The state database's wrong-answer reports as /feedback lists them."""
    return [
        render.ReportLine(
            _parse_time(row["reported_at"]), row["question"], row["answer"], row["note"], row["id"]
        )
        for row in rows
    ]


def _parse_time(value: str) -> dt.datetime:
    """An ISO timestamp from the state database (now when it cannot be read)."""
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return dt.datetime.now(dt.UTC)


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin (/feedback, /reports): the latest answers reported as wrong, with their notes."""
    message = await _admin_message(update, context)
    if message is None:
        return
    stored = _persist(context, lambda db: db.wrong_answer_reports(REPORTS_SHOWN))
    if stored is not None:
        items, since = _stored_reports(stored), None
    else:
        items = [
            render.ReportLine(f.when, f.question, f.answer, f.note)
            for f in _state(context).memory.feedback
        ]
        since = _state(context).started_at
    await reply(message, render.feedback_blocks(items, since), separator="\n")


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point to /help for a command the bot does not have (private chats only)."""
    message = await _admitted(update, context)
    if message is not None:
        await reply(message, UNKNOWN_COMMAND)


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer `@bot <question>` with the answer and its top claims as inline results."""
    query = update.inline_query
    if query is None:
        return
    state = _state(context)
    question_text, cut_to = _clip(query.query, state.settings.max_question_chars)
    user_code = query.from_user.language_code if query.from_user else None
    prefer = reply_language(question_text, None, user_code)
    with in_language(prefer or answer_language(question_text)):
        label = say("ui.how_to_ask")
    button = InlineQueryResultsButton(text=label, start_parameter="help")
    if not question_text:
        await query.answer([], cache_time=INLINE_CACHE_SECONDS, button=button)
        return
    state.inline_queries += 1
    result = answer(question_text, await current_store(state), language=prefer)
    await query.answer(
        _inline_results(result, question_text, cut_to),
        cache_time=INLINE_CACHE_SECONDS,
        button=button,
    )


def _inline_results(
    result: Answer, question_text: str, cut_to: int | None
) -> list[InlineQueryResultArticle]:
    """The answer and its top claims as inline results, each a whole message, in the
    answer's language."""
    with in_language(result.language):
        return _inline_articles(result, question_text, cut_to)


def _inline_articles(
    result: Answer, question_text: str, cut_to: int | None
) -> list[InlineQueryResultArticle]:
    """`_inline_results` in the current language."""
    blocks = render.answer_blocks(result, question=question_text, echo_question=True, cut_to=cut_to)
    first_line = result.text.strip().splitlines()[0] if result.text.strip() else "No answer"
    results = [
        InlineQueryResultArticle(
            id="answer",
            title=render.shorten(first_line, 120),
            description=render.shorten(result.caveat or "", 200) or None,
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
                title=render.shorten(
                    f"{render.figure(claim)} {what} — {claimant_text(claim.claimant)}", 120
                ),
                description=render.shorten(
                    f"{render.period(claim)} · {render.outlet(claim.source)}", 200
                ),
                input_message_content=InputTextMessageContent(
                    render.one_message(claim_blocks), parse_mode=ParseMode.HTML
                ),
            )
        )
    return results


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: rebuild the knowledge base in a thread, swap it in, and report."""
    message = await _admin_message(update, context)
    if message is None:
        return
    state = _state(context)
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
        await asyncio.to_thread(_reopen, state.store)
        state.db_identity = _identity(state.store.path)
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
    message = await _admin_message(update, context)
    if message is None:
        return
    state = _state(context)
    store = await current_store(state)
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
    await reply(message, "\n".join(lines))


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: the latest questions that found no figure (kept across restarts with STATE_DB)."""
    message = await _admin_message(update, context)
    if message is None:
        return
    stored = _persist(context, lambda db: db.unanswered(UNANSWERED_SHOWN))
    if stored is not None:
        await reply(message, render.unanswered_blocks(stored, None), separator="\n")
        return
    state = _state(context)
    items = list(state.recent_unanswered)
    await reply(message, render.unanswered_blocks(items, state.started_at), separator="\n")


def split_chart_arguments(text: str) -> tuple[str, str, bool]:
    """`armoured vehicles total Nov 2024` → ("armoured vehicles", "Nov 2024", True).

    The same reading as `python -m bot chart ...`: `knowledge.parse_chart_request`.
    """
    return parse_chart_request(text)


async def chart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a PNG of a metric's daily series with the articles' claims marked on it."""
    message = await _admitted(update, context)
    if message is None:
        return
    metric, period, cumulative = split_chart_arguments(_command_argument(message))
    if not metric:
        await reply(message, USAGE_CHART)
        return
    store = await current_store(_state(context))
    await chat_action(message, ChatAction.UPLOAD_PHOTO)
    try:
        # matplotlib takes a good fraction of a second: off the event loop.
        png = await asyncio.to_thread(render_chart, store, metric, period, cumulative=cumulative)
    except ChartError as exc:
        await reply(message, f"I can't draw that: {render.text(exc)}.\n\n{USAGE_CHART}")
        return
    shown = "running total" if cumulative else "per day"
    caption = (
        f"<b>{render.text(metric)}</b>, {shown}, {render.text(period or 'last 90 days')}.\n"
        f"{render.CAVEAT_MARK} <i>Figures claimed by one side, not independently verified.</i>"
    )
    photo = InputFile(png, filename=render.chart_file_name(metric, period, cumulative))
    await message.reply_photo(
        photo, caption=caption, do_quote=message.chat.type != ChatType.PRIVATE
    )


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the claims behind the chat's last answer, or behind `/export <question>`, as CSV."""
    message = await _admitted(update, context)
    if message is None:
        return
    state = _state(context)
    given, _ = _clip(_command_argument(message), state.settings.max_question_chars)
    question = given or (context.chat_data or {}).get(LAST_QUESTION, "")
    if not question:
        await reply(message, USAGE_EXPORT)
        return
    # Answered again rather than kept: a chat holds one short string, not a list of claims.
    result = answer(question, await current_store(state))
    if not result.claims:
        await reply(message, f"I have no claims to export for <i>{render.text(question)}</i>.")
        return
    await chat_action(message, ChatAction.UPLOAD_DOCUMENT)
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
    message = await _admin_message(update, context)
    if message is None:
        return
    await chat_action(message, ChatAction.TYPING)
    report = await asyncio.to_thread(check_claims, await current_store(_state(context)))
    text = format_check(report, limit=CHECK_ITEMS_SHOWN)
    head, _, rest = text.partition("\n")
    blocks = [f"<b>{render.text(head)}</b>\n" + render.text(rest.split("\n\n")[0])]
    blocks += [render.text(part) for part in rest.split("\n\n")[1:]]
    await reply(message, blocks)


@dataclass(frozen=True)
class ErrorRule:
    """How one kind of error is logged, and whether the chat gets an apology."""

    kind: type[BaseException]
    level: int
    traceback: bool
    apologise: bool
    what: str


# First match wins (subclasses before their bases: TimedOut and BadRequest are NetworkErrors).
ERROR_RULES = (
    ErrorRule(Dropped, logging.INFO, False, False, "Reply dropped"),
    # Telegram may well have delivered it: an apology could be a second reply.
    ErrorRule(TimedOut, logging.WARNING, False, False, "Timed out talking to the Bot API"),
    # The user blocked the bot or it left the group: expected, and nobody to apologise to.
    ErrorRule(Forbidden, logging.INFO, False, False, "Not allowed to write to that chat"),
    # Flood control outlasted the retries: an apology would only draw more 429s.
    ErrorRule(RetryAfter, logging.WARNING, False, False, "Telegram's flood control held"),
    ErrorRule(BadRequest, logging.ERROR, True, True, "Telegram refused a request"),
    # Telegram unreachable or slow: worth a line, not a traceback; PTB retries polling.
    ErrorRule(NetworkError, logging.WARNING, False, True, "Network error talking to the Bot API"),
    ErrorRule(BaseException, logging.ERROR, True, True, "Error while handling an update"),
)


def error_rule(error: BaseException | None) -> ErrorRule:
    """The first rule whose kind the error is."""
    return next(r for r in ERROR_RULES if isinstance(error, r.kind))


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error; tell the chat, briefly and without details, that something failed,
    unless sending to that chat is what failed."""
    error = context.error
    rule = error_rule(error)
    chat = update.effective_chat if isinstance(update, Update) else None
    logger.log(
        rule.level,
        "%s (chat %s): %s",
        rule.what,
        chat.id if chat else "-",
        error,
        exc_info=error if rule.traceback else None,
    )
    if chat is None or not rule.apologise:
        return
    try:
        await context.bot.send_message(chat.id, APOLOGY)
    except TelegramError as exc:
        logger.warning("Could not send the apology either: %s", exc)
