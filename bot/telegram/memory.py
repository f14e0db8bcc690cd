"""What the bot remembers between messages: each conversation's context, the buttons it sent,
and the "Wrong answer?" reports for admins.

All of it lives in memory and is bounded (least recently used entries go first). Contexts and
buttons are also written through to a `Keeper` (the state database, STATE_DB, when the bot runs
with one), so a restart keeps a follow-up ("and tanks?") and a tap on a button sent before it
working; a keeper that fails is logged and the memory copy stands. Without one, a restart
forgets them (a tap on an old button then says it expired). The feedback list, like
/unanswered's, keeps the latest `FEEDBACK_KEPT` reports.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from knowledge import Conversation, in_language, say

logger = logging.getLogger(__name__)
Result = TypeVar("Result")

CONVERSATIONS_KEPT = 10_000
BUTTONS_KEPT = 20_000
FEEDBACK_KEPT = 50
BUTTON_LABEL_CHARS = 60
WRONG_ANSWER = say("ui.wrong_answer")  # in English; each answer labels it in its language


# The callback data of this module's buttons (other modules' buttons have their own prefixes).
BUTTON_DATA = r"^[aw]:[A-Za-z0-9_-]+$"


class ButtonKind(StrEnum):
    """What a button does; the first part of its callback data."""

    ask = "a"  # ask the question it names
    wrong = "w"  # report the answer above it as wrong


class Keeper(Protocol):
    """Where contexts and buttons outlive a restart (bot.state.StateDB implements it)."""

    def save_context(self, chat_id: int, user_id: int | None, context: str) -> None: ...
    def context(self, chat_id: int, user_id: int | None) -> str | None: ...
    def forget_context(self, chat_id: int, user_id: int | None) -> None: ...
    def save_button(self, token: str, kind: str, question: str, answer: str) -> None: ...
    def button(self, token: str) -> tuple[str, str, str] | None: ...


@dataclass
class Feedback:
    """One "Wrong answer?" report: the question, the answer, and the user's optional note."""

    when: dt.datetime
    chat_id: int
    user_id: int | None
    question: str
    answer: str
    note: str | None = None
    # Its number in the state database (STATE_DB), when the fresh-data side keeps one.
    stored_id: int | None = None


@dataclass
class Memory:
    """Conversations per (chat, user), button payloads by token, and feedback reports."""

    conversations: OrderedDict[tuple[int, int | None], Conversation] = field(
        default_factory=OrderedDict
    )
    buttons: OrderedDict[str, tuple[ButtonKind, tuple[str, str]]] = field(
        default_factory=OrderedDict
    )
    feedback: deque[Feedback] = field(default_factory=lambda: deque(maxlen=FEEDBACK_KEPT))
    # The bot's "add a note" prompts: (chat id, message id) -> the report a reply annotates.
    note_prompts: OrderedDict[tuple[int, int], Feedback] = field(default_factory=OrderedDict)
    # Where contexts and buttons are written through to, when the bot has one.
    keeper: Keeper | None = None

    def conversation(self, chat_id: int, user_id: int | None) -> Conversation:
        """The conversation of one user in one chat (a private chat has one user): in memory,
        else the one the keeper kept, else a new one."""
        key = (chat_id, user_id)
        chat = self.conversations.pop(key, None) or self._kept(chat_id, user_id) or Conversation()
        self.conversations[key] = chat
        _bound(self.conversations, CONVERSATIONS_KEPT)
        return chat

    def keep(self, chat_id: int, user_id: int | None) -> None:
        """Write one conversation's context through to the keeper (after each answer)."""
        chat = self.conversations.get((chat_id, user_id))
        if self.keeper is not None and chat is not None:
            safely(self.keeper.save_context, chat_id, user_id, chat.dump())

    def forget(self, chat_id: int, user_id: int | None) -> None:
        """Forget one conversation's context, here and in the keeper (`/new`)."""
        self.conversation(chat_id, user_id).reset()
        if self.keeper is not None:
            safely(self.keeper.forget_context, chat_id, user_id)

    def _kept(self, chat_id: int, user_id: int | None) -> Conversation | None:
        """The keeper's context of one conversation; None when it has none or cannot read
        it (a context written by another version of the bot starts afresh)."""
        text = safely(self.keeper.context, chat_id, user_id) if self.keeper else None
        if text is None:
            return None
        try:
            return Conversation.load(text)
        except (ValueError, KeyError, TypeError) as exc:
            logger.info("A kept conversation context could not be read: %s", exc)
            return None

    def button(self, kind: ButtonKind, question: str, answer: str = "") -> str:
        """Callback data for a new button: its kind and a random token the payload is kept
        under (so a tap never carries free text the bot would trust)."""
        token = secrets.token_urlsafe(9)
        self.buttons[token] = (kind, (question, answer))
        _bound(self.buttons, BUTTONS_KEPT)
        if self.keeper is not None:
            safely(self.keeper.save_button, token, kind.value, question, answer)
        return f"{kind.value}:{token}"

    def pressed(self, data: str | None) -> tuple[ButtonKind, str, str] | None:
        """What a tapped button's data stands for (from memory, else the keeper), or None
        for unknown or forged data."""
        kind, _, token = (data or "").partition(":")
        stored = self.buttons.get(token)
        if stored is None and self.keeper is not None and token:
            kept = safely(self.keeper.button, token)
            if kept is not None and kept[0] in {k.value for k in ButtonKind}:
                stored = (ButtonKind(kept[0]), (kept[1], kept[2]))
        if stored is None or stored[0].value != kind:
            return None
        return stored[0], *stored[1]

    def remember_prompt(self, chat_id: int, message_id: int, report: Feedback) -> None:
        """Note the message that asks for a note, so a reply to it annotates `report`."""
        self.note_prompts[(chat_id, message_id)] = report
        _bound(self.note_prompts, FEEDBACK_KEPT)


def safely(use: Callable[..., Result], *args: Any) -> Result | None:
    """`use(*args)` on the state database, or None when it fails (logged): the memory copy
    stands, and a broken database never stops an answer."""
    try:
        return use(*args)
    except Exception as exc:  # a broken state database must not stop an answer
        logger.warning("The state database failed: %s", exc)
        return None


def _bound(table: OrderedDict[Any, Any], limit: int) -> None:
    """Drop the oldest entries beyond `limit`."""
    while len(table) > limit:
        table.popitem(last=False)


def keyboard(
    memory: Memory,
    suggestions: list[str],
    question: str,
    answer: str,
    *,
    wrong: bool,
    language: str = "en",
) -> InlineKeyboardMarkup | None:
    """The buttons under an answer: one per suggestion, then "Wrong answer?" (if `wrong`),
    labelled in the answer's `language` (a suggestion is already a question in it)."""
    rows = [
        [InlineKeyboardButton(_label(s), callback_data=memory.button(ButtonKind.ask, s))]
        for s in suggestions
    ]
    if wrong:
        data = memory.button(ButtonKind.wrong, question, answer)
        with in_language(language):
            label = say("ui.wrong_answer")
        rows.append([InlineKeyboardButton(label, callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None


def _label(suggestion: str) -> str:
    """A button's text: the suggestion, cut to fit a phone's width."""
    text = " ".join(suggestion.split())
    if len(text) <= BUTTON_LABEL_CHARS:
        return text
    return text[: BUTTON_LABEL_CHARS - 1].rstrip() + "…"
