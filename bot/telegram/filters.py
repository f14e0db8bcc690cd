"""Which messages reach a handler: commands typed by the sender, private questions, and in
groups only mentions of the bot and replies to it (all other chatter runs none of our code)."""

from __future__ import annotations

import re

from telegram import Message
from telegram.ext import filters


def _mention_pattern(username: str) -> re.Pattern[str]:
    """`@username` as a word of its own, in any case."""
    return re.compile(rf"(?<![\w@./])@{re.escape(username)}(?!\w)", re.IGNORECASE)


class _MentionsMe(filters.MessageFilter):
    """Messages whose text mentions this bot by @username (anywhere in the text)."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        """Whether the message passes this filter."""
        username = message.get_bot().username
        return bool(message.text and username and _mention_pattern(username).search(message.text))


class _RepliesToMe(filters.MessageFilter):
    """Replies to a message this bot sent (itself or through inline mode)."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        """Whether the message passes this filter."""
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
        """Whether the message passes this filter."""
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


def strip_mention(text: str, username: str | None) -> str:
    """The question without `@botname` (and the comma or colon after it)."""
    if username:
        pattern = _mention_pattern(username).pattern + r"[,:;]?"
        text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip(" ,:;")
