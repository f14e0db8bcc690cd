"""The Bot API stand-in (tests/support/botapi.py) with what the fresh-data features use: inline
buttons and their callback queries, documents and their download, forwarded messages, and
chat members. The same strictness: unknown callback queries, files or messages are refused as
Telegram refuses them."""

from __future__ import annotations

import re
import time
from typing import Any
from urllib.parse import unquote

from tests.support.botapi import JSON, BotAPIServer, _int, _json, _str, bad_request


class FreshBotAPI(BotAPIServer):
    """BotAPIServer plus callback queries, files, forwards and chat members."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.files: dict[str, bytes] = {}
        self.owners: set[tuple[int, int]] = set()  # (chat id, user id) of group owners
        self._callbacks: dict[str, bool] = {}

    # -- world --------------------------------------------------------------------------------
    def push_document(self, chat: JSON, sender: JSON, name: str, content: bytes) -> JSON:
        """A user sends a file."""
        file_id = f"doc{len(self.files) + 1}"
        self.files[file_id] = content
        msg = self.message(chat, sender, "")
        del msg["text"]
        msg["document"] = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": name,
            "file_size": len(content),
        }
        self._push({"message": msg})
        return msg

    def push_forward(
        self, chat: JSON, sender: JSON, text: str, original: JSON, link: str | None = None
    ) -> JSON:
        """A user forwards another user's message (with `link` behind its first word)."""
        msg = self.message(chat, sender, text)
        msg["forward_origin"] = {"type": "user", "sender_user": original, "date": msg["date"]}
        if link is not None:
            first = text.split()[0]
            msg.setdefault("entities", []).append(
                {"type": "text_link", "offset": 0, "length": len(first), "url": link}
            )
        self._push({"message": msg})
        return msg

    def push_callback(self, sender: JSON, message: JSON, data: str) -> str:
        """A user presses an inline button under one of the bot's messages."""
        query_id = f"cb{len(self._callbacks) + 1}"
        self._callbacks[query_id] = False
        stored = self.messages[(message["chat"]["id"], message["message_id"])]
        self._push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": sender,
                    "message": stored,
                    "chat_instance": str(message["chat"]["id"]),
                    "data": data,
                }
            }
        )
        return query_id

    def buttons(self, message: JSON) -> list[str]:
        """The callback data of the inline buttons under a message the bot sent."""
        markup = message.get("reply_markup") or {}
        return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]

    # -- HTTP: files are served under /file/bot<token>/<path> ---------------------------------
    async def _dispatch(
        self, verb: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, JSON | bytes] | None:
        match = re.fullmatch(r"/file/bot([^/]+)/files/(\w+)", unquote(target))
        if match is None:
            return await super()._dispatch(verb, target, headers, body)
        if match.group(1) != self.token or match.group(2) not in self.files:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        return 200, self.files[match.group(2)]

    # -- methods ------------------------------------------------------------------------------
    async def _m_send_message(self, params: JSON, files: JSON) -> JSON:
        msg = await super()._m_send_message(params, files)
        markup = _json(params, "reply_markup")
        if markup:
            msg["reply_markup"] = markup
        return msg

    async def _m_answer_callback_query(self, params: JSON, files: JSON) -> bool:
        query_id = _str(params, "callback_query_id")
        if self._callbacks.get(query_id, True):
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        if len(_str(params, "text")) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        self._callbacks[query_id] = True
        return True

    async def _m_edit_message_reply_markup(self, params: JSON, files: JSON) -> JSON:
        chat = self._chat(params)
        msg = self.messages.get((chat["id"], _int(params, "message_id", 0)))
        if msg is None:
            raise bad_request("message to edit not found")
        markup = _json(params, "reply_markup")
        if not markup and "reply_markup" not in msg:
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        if markup:
            msg["reply_markup"] = markup
        else:
            msg.pop("reply_markup", None)
        msg["edit_date"] = int(time.time())
        return msg

    async def _m_get_file(self, params: JSON, files: JSON) -> JSON:
        file_id = _str(params, "file_id")
        if file_id not in self.files:
            raise bad_request("invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(self.files[file_id]),
            "file_path": f"files/{file_id}",
        }

    async def _m_get_chat_member(self, params: JSON, files: JSON) -> JSON:
        chat = self._chat(params)
        user_id = _int(params, "user_id", 0)
        user = {"id": user_id, "is_bot": False, "first_name": "Member"}
        if (chat["id"], user_id) in self.owners:
            return {"status": "creator", "user": user, "is_anonymous": False}
        return {"status": "member", "user": user}
