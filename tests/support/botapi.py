"""A small stand-in of the Telegram Bot API, served over HTTP on 127.0.0.1 for end-to-end tests.

The bot under test talks to it exactly as it would to api.telegram.org (its base URL is
`server.base_url`): plain asyncio streams, HTTP/1.1 with keep-alive, no web framework.

It reads requests the way the Bot API does: a query string, a form-encoded body, a JSON body,
or multipart/form-data (uploads); in the first three, structured fields (`reply_parameters`,
`results`, `commands`, `scope`, ...) arrive as JSON-encoded strings. It answers with the Bot
API's envelope (`{"ok": true, "result": ...}` or `{"ok": false, "error_code", "description"}`),
and it is strict where Telegram is strict, so the tests catch what Telegram would refuse:

* HTML in `parse_mode=HTML` is parsed with Telegram's rules: only the supported tags, every
  tag closed in order, `<`, `>` and `&` escaped unless part of a tag or an entity; a message
  longer than 4096 characters after parsing, or empty, is refused with Telegram's wording;
* replies must name a message that exists in that chat (unless allow_sending_without_reply);
* inline results, bot commands and uploads are checked against the documented limits.

Tests fill the update queue (`push_message`, `push_inline_query`, `push_raw`), read every call
the bot made (`calls`, `wait_for`), and inject faults into the next N calls to a method: an
error answer (`fail_next`, e.g. a 429 with `retry_after` or a 500), a dropped connection
(`drop_next`), a body that is not JSON (`garble_next`), or a slow answer (`delay_next`: the
request is held, then carried out, as a slow Telegram would). `go_offline` closes the listener
and every connection (connection refused) until `go_online` listens again on the same port.
Like Telegram, it may deliver updates of kinds the bot did not ask for
(`honour_allowed_updates = False`; Telegram does so for updates queued before the call).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl, urlsplit

TOKEN = "123456789:TEST-not-a-real-token_0123456789abcdef"
MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024

JSON = dict[str, Any]


@dataclass
class Fault:
    """What the stand-in does instead of (or before) answering one call."""

    kind: str  # "error", "drop", "garble" or "delay"
    error: ApiError | None = None
    seconds: float = 0.0


class ApiError(Exception):
    """A Bot API error answer."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


@dataclass
class Call:
    """One request the bot made: method, decoded parameters, uploads, and what came back."""

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, str, bytes]] = field(default_factory=dict)
    # None while the server is still working on it (a long poll), then True or False.
    ok: bool | None = None
    error_code: int | None = None
    result: Any = None
    at: float = field(default_factory=time.monotonic)

    def json(self, name: str) -> Any:
        """A parameter that Telegram expects JSON-encoded (when it arrived as a string)."""
        value = self.params.get(name)
        return json.loads(value) if isinstance(value, str) else value

    @property
    def text(self) -> str:
        """The raw `text` (or caption) sent, HTML and all."""
        return str(self.params.get("text", self.params.get("caption", "")))

    @property
    def plain(self) -> str:
        """The text as a user sees it (after Telegram's HTML parsing)."""
        if isinstance(self.result, dict):
            return str(self.result.get("text", self.result.get("caption", "")))
        return ""


# -- Telegram HTML -----------------------------------------------------------------------------

_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)"
    r"((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)"
    r"\s*(/?)>"
)
_ATTR = re.compile(r"([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]*);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(html: str) -> tuple[str, list[JSON]]:
    """Telegram's HTML parse mode: the plain text and its entities, or a 400 `ApiError`."""

    def fail(what: str, index: int) -> ApiError:
        offset = len(html[:index].encode("utf-8"))
        return bad_request(f"can't parse entities: {what} at byte offset {offset}")

    out: list[str] = []
    units = 0
    stack: list[tuple[str, int, JSON, int]] = []
    extra: JSON
    entities: list[JSON] = []
    i = 0
    while i < len(html):
        char = html[i]
        if char == "<":
            match = _TAG.match(html, i)
            if match is None:
                raise fail('Unsupported start tag or unescaped "<"', i)
            closing, name, attrs, _selfclosing = match.groups()
            name = name.lower()
            if closing:
                if not stack:
                    raise fail(f'Unexpected end tag "{name}"', i)
                open_name, start, extra, _ = stack.pop()
                if open_name != name:
                    raise fail(
                        f'Unmatched end tag, expected "</{open_name}>", found "</{name}>"', i
                    )
                if units > start:
                    entity = {"type": _ENTITY_TYPES[open_name], "offset": start}
                    entity["length"] = units - start
                    entity.update(extra)
                    entities.append(entity)
            else:
                if name not in _ENTITY_TYPES:
                    raise fail(f'Unsupported start tag "{name}"', i)
                values = {
                    m.group(1).lower(): _unquote(m.group(2) or "") for m in _ATTR.finditer(attrs)
                }
                extra = {}
                if name == "span" and values.get("class") != "tg-spoiler":
                    raise fail('Tag "span" must have class "tg-spoiler"', i)
                if name == "a":
                    href = values.get("href", "")
                    if not href:
                        raise fail('Tag "a" must have attribute "href"', i)
                    extra = {"url": href}
                if name == "blockquote" and "expandable" in values:
                    extra = {"type": "expandable_blockquote"}
                stack.append((name, units, extra, i))
            i = match.end()
            continue
        if char == "&":
            match = _ENTITY.match(html, i)
            if match is None:
                raise fail('Character "&" is reserved and must be escaped', i)
            body = match.group(1)
            if body.startswith(("#x", "#X")):
                decoded = chr(int(body[2:], 16))
            elif body.startswith("#"):
                decoded = chr(int(body[1:]))
            elif body in _NAMED:
                decoded = _NAMED[body]
            else:
                raise fail(f'Unsupported HTML entity "&{body};"', i)
            out.append(decoded)
            units += utf16_len(decoded)
            i = match.end()
            continue
        if char == ">":
            raise fail('Character ">" is reserved and must be escaped', i)
        out.append(char)
        units += 2 if ord(char) > 0xFFFF else 1
        i += 1
    if stack:
        name = stack[-1][0]
        raise bad_request(
            f"can't parse entities: Can't find end tag corresponding to start tag \"{name}\""
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    for name, char in _NAMED.items():
        value = value.replace(f"&{name};", char)
    return value


def format_text(text: str, parse_mode: str | None, limit: int, what: str) -> tuple[str, list[JSON]]:
    """The text a user would see and its entities, checked like Telegram checks them."""
    if parse_mode is not None and parse_mode.lower() == "html":
        plain, entities = parse_html(text)
    elif parse_mode:
        plain, entities = text, []  # Markdown is not used by the bot under test
    else:
        plain, entities = text, []
    if not plain.strip():
        raise bad_request(f"{what} is empty")
    if utf16_len(plain) > limit:
        raise bad_request(
            "message is too long" if what == "message text" else f"{what} is too long"
        )
    return plain, entities


_COMMAND = re.compile(r"(?<![^\s])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}(?![\w])")


def text_entities(text: str) -> list[JSON]:
    """The entities Telegram's clients attach to what a user types: commands and @mentions."""
    found: list[JSON] = []
    for kind, pattern in (("bot_command", _COMMAND), ("mention", _MENTION)):
        for match in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group(0)),
                }
            )
    found.sort(key=lambda e: e["offset"])
    return found


# -- the server --------------------------------------------------------------------------------

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"RIFF")
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_INLINE_TYPES = frozenset(
    {
        "article",
        "photo",
        "gif",
        "mpeg4_gif",
        "video",
        "audio",
        "voice",
        "document",
        "location",
        "venue",
        "contact",
        "game",
        "sticker",
    }
)
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class BotAPIServer:
    """The Bot API on 127.0.0.1 for one bot, with users, chats, messages and an update queue."""

    def __init__(
        self,
        token: str = TOKEN,
        username: str = "loss_claims_test_bot",
        first_name: str = "Loss claims (test)",
    ) -> None:
        self.token = token
        self.bot: JSON = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.calls: list[Call] = []
        self.chats: dict[int, JSON] = {}
        self.messages: dict[tuple[int, int], JSON] = {}
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.webhook_url = ""
        self.allowed_updates: list[str] | None = None
        self._next_message_id: dict[int, int] = {}
        self._next_update_id = 1000
        self._next_user_id = 5000
        self._next_group_id = -1001000000000
        self._updates: list[JSON] = []
        self._inline_queries: dict[str, bool] = {}
        self._callback_queries: dict[str, bool] = {}
        self._failures: dict[str, list[Fault]] = {}
        # False: deliver every queued update, whatever `allowed_updates` asked for.
        self.honour_allowed_updates = True
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    # -- lifecycle ----------------------------------------------------------------------------
    async def start(self) -> BotAPIServer:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            await self._server.wait_closed()
            self._server = None

    async def go_offline(self) -> None:
        """Stop listening and hang up every connection: the bot now gets connection refused."""
        await self.stop()

    async def go_online(self) -> None:
        """Listen again on the same port (queued updates and recorded calls are kept)."""
        if self._server is None:
            await self.start()

    @property
    def online(self) -> bool:
        return self._server is not None

    @property
    def base_url(self) -> str:
        """What goes in TELEGRAM_API_BASE_URL: the client appends the token and the method."""
        return f"http://127.0.0.1:{self.port}/bot"

    # -- world --------------------------------------------------------------------------------
    def user(self, first_name: str = "Alice", username: str | None = None) -> JSON:
        """A new user, with a private chat with the bot (as if they had pressed Start)."""
        self._next_user_id += 1
        user: JSON = {"id": self._next_user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        self.chats[user["id"]] = {"id": user["id"], "type": "private", "first_name": first_name}
        return user

    def private_chat(self, user: JSON) -> JSON:
        return self.chats[user["id"]]

    def group(self, title: str = "OSINT desk") -> JSON:
        """A new supergroup the bot is a member of."""
        self._next_group_id -= 1
        chat: JSON = {"id": self._next_group_id, "type": "supergroup", "title": title}
        self.chats[chat["id"]] = chat
        return chat

    def message(self, chat: JSON, sender: JSON, text: str, *, reply_to: JSON | None = None) -> JSON:
        """A message a user wrote (entities as Telegram's clients make them), stored."""
        msg: JSON = {
            "message_id": self._message_id(chat["id"]),
            "from": sender,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        entities = text_entities(text)
        if entities:
            msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = {k: v for k, v in reply_to.items() if k != "reply_to_message"}
        self.messages[(chat["id"], msg["message_id"])] = msg
        return msg

    def push_message(
        self, chat: JSON, sender: JSON, text: str, *, reply_to: JSON | None = None
    ) -> JSON:
        """Queue an update with a new message; returns the message."""
        msg = self.message(chat, sender, text, reply_to=reply_to)
        self._push({"message": msg})
        return msg

    def push_inline_query(self, sender: JSON, query: str, chat_type: str = "sender") -> str:
        """Queue an inline query; returns its id."""
        query_id = f"{len(self._inline_queries) + 1}{sender['id']}"
        self._inline_queries[query_id] = False
        self._push(
            {
                "inline_query": {
                    "id": query_id,
                    "from": sender,
                    "query": query,
                    "offset": "",
                    "chat_type": chat_type,
                }
            }
        )
        return query_id

    def push_callback_query(self, sender: JSON, message: JSON, data: str) -> str:
        """Queue a tap on an inline button of the bot's `message`; returns the query's id."""
        query_id = f"cb{len(self._callback_queries) + 1}{sender['id']}"
        self._callback_queries[query_id] = False
        self._push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": sender,
                    "message": message,
                    "chat_instance": str(message["chat"]["id"]),
                    "data": data,
                }
            }
        )
        return query_id

    def callback_answered(self, query_id: str) -> bool:
        """Whether the bot answered the tap (Telegram shows a spinner until it does)."""
        return self._callback_queries.get(query_id, False)

    def push_raw(self, update: JSON) -> None:
        """Queue any update (an update_id is added)."""
        self._push(update)

    def _push(self, update: JSON) -> None:
        self._next_update_id += 1
        self._updates.append({"update_id": self._next_update_id, **update})
        self._new_update.set()

    def _message_id(self, chat_id: int) -> int:
        self._next_message_id[chat_id] = self._next_message_id.get(chat_id, 0) + 1
        return self._next_message_id[chat_id]

    @property
    def pending_updates(self) -> int:
        return len(self._updates)

    # -- test controls ------------------------------------------------------------------------
    def fail_next(
        self,
        method: str,
        error_code: int = 429,
        *,
        retry_after: int | None = 1,
        description: str | None = None,
        count: int = 1,
    ) -> None:
        """Answer the next `count` calls to `method` with an error (by default a 429 flood
        wait; a 5xx says "Internal Server Error" unless told otherwise)."""
        parameters = None
        if error_code == 429:
            parameters = {"retry_after": retry_after or 1}
            description = description or f"Too Many Requests: retry after {retry_after or 1}"
        elif error_code >= 500:
            description = description or "Internal Server Error"
        error = ApiError(error_code, description or "Bad Request: injected failure", parameters)
        self._add_faults(method, Fault("error", error=error), count)

    def drop_next(self, method: str, *, count: int = 1) -> None:
        """Close the connection instead of answering the next `count` calls to `method`."""
        self._add_faults(method, Fault("drop"), count)

    def garble_next(self, method: str, *, count: int = 1) -> None:
        """Answer the next `count` calls to `method` with HTTP 200 and a body that is not JSON
        (as a misbehaving proxy would); the call itself is not carried out."""
        self._add_faults(method, Fault("garble"), count)

    def delay_next(self, method: str, seconds: float, *, count: int = 1) -> None:
        """Hold the next `count` calls to `method` for `seconds`, then carry them out (even if
        the client gave up waiting meanwhile, as Telegram would)."""
        self._add_faults(method, Fault("delay", seconds=seconds), count)

    def faults_left(self, method: str) -> int:
        """Faults queued for `method` that no call has met yet."""
        return len(self._failures.get(method.lower(), []))

    def _add_faults(self, method: str, fault: Fault, count: int) -> None:
        self._failures.setdefault(method.lower(), []).extend([fault] * count)

    def calls_to(self, method: str, *, ok: bool | None = True) -> list[Call]:
        """Calls to `method` that succeeded (ok=True), failed (False), or all so far (None)."""
        return [
            c
            for c in self.calls
            if c.method.lower() == method.lower() and (ok is None or c.ok is ok)
        ]

    def sent(self, chat: JSON | None = None) -> list[Call]:
        """Messages, photos and documents the bot delivered (to `chat`, if given)."""
        return [
            c
            for c in self.calls
            if c.ok is True
            and c.method in {"sendMessage", "sendPhoto", "sendDocument"}
            and (chat is None or str(c.params.get("chat_id")) == str(chat["id"]))
        ]

    async def wait_for(
        self,
        method: str,
        *,
        count: int = 1,
        where: Callable[[Call], bool] | None = None,
        ok: bool | None = True,
        timeout: float = 5.0,
    ) -> list[Call]:
        """Wait until the bot has made `count` matching calls; return them (deadline, no sleeps)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            found = [c for c in self.calls_to(method, ok=ok) if where is None or where(c)]
            if len(found) >= count:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = ", ".join(f"{c.method}{'' if c.ok else '!'}" for c in self.calls[-15:])
                raise AssertionError(
                    f"timed out waiting for {count} {method} call(s); got {len(found)}. "
                    f"Latest calls: {seen}"
                )
            event = self._new_call
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._notify()

    def _finish(self, call: Call, ok: bool, error_code: int | None, result: Any = None) -> None:
        call.ok, call.error_code, call.result = ok, error_code, result
        call.at = time.monotonic()
        self._notify()

    def _notify(self) -> None:
        event, self._new_call = self._new_call, asyncio.Event()
        event.set()

    # -- HTTP ---------------------------------------------------------------------------------
    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    return
                request_line, *lines = head.decode("latin-1").rstrip("\r\n").split("\r\n")
                verb, target, _version = request_line.split(" ", 2)
                headers: dict[str, str] = {}
                for line in lines:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                if "chunked" in headers.get("transfer-encoding", "").lower():
                    body = await _read_chunked(reader)
                else:
                    body = await reader.readexactly(int(headers.get("content-length") or 0))
                answer = await self._dispatch(verb, target, headers, body)
                if answer is None:  # drop_next: hang up without answering
                    return
                status, payload = answer
                if isinstance(payload, bytes):  # garble_next
                    data = payload
                else:
                    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                writer.write(
                    (
                        f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
                        "Content-Type: application/json\r\n"
                        f"Content-Length: {len(data)}\r\n"
                        "Connection: keep-alive\r\n\r\n"
                    ).encode("latin-1")
                    + data
                )
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        except (ConnectionError, asyncio.CancelledError):
            return
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _dispatch(
        self, verb: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, JSON | bytes] | None:
        parts = urlsplit(target)
        match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", parts.path)
        if match is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        if match.group(1) != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        name = match.group(2)
        handler = self._methods().get(name.lower())
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        canonical = handler.__name__.removeprefix("_m_")
        canonical = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), canonical)
        try:
            params, files = _decode(parts.query, headers.get("content-type", ""), body)
        except ValueError as exc:
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}
        call = Call(canonical, params, files)
        self._record(call)  # on arrival, so a test can see a long poll that is still open
        pending = self._failures.get(name.lower())
        fault = pending.pop(0) if pending else None
        if fault is not None and fault.kind == "drop":
            self._finish(call, False, -1)
            return None
        if fault is not None and fault.kind == "garble":
            self._finish(call, False, 200)
            return 200, b"<html><body>Bad gateway</body></html>"
        if fault is not None and fault.error is not None:
            self._finish(call, False, fault.error.code)
            return fault.error.code, _error(fault.error)
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
        try:
            result = await handler(params, files)
        except ApiError as exc:
            self._finish(call, False, exc.code)
            return exc.code, _error(exc)
        self._finish(call, True, None, result)
        return 200, {"ok": True, "result": result}

    def _methods(self) -> dict[str, Callable[..., Any]]:
        return {
            name.removeprefix("_m_").replace("_", "").lower(): getattr(self, name)
            for name in dir(self)
            if name.startswith("_m_")
        }

    # -- methods ------------------------------------------------------------------------------
    async def _m_get_me(self, params: JSON, files: JSON) -> JSON:
        return self.bot

    async def _m_log_out(self, params: JSON, files: JSON) -> bool:
        return True

    async def _m_close(self, params: JSON, files: JSON) -> bool:
        return True

    async def _m_get_updates(self, params: JSON, files: JSON) -> list[JSON]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _int(params, "offset", 0)
        limit = min(max(_int(params, "limit", 100), 1), 100)
        timeout = max(_float(params, "timeout", 0.0), 0.0)
        allowed = _json(params, "allowed_updates")
        if isinstance(allowed, list) and allowed:
            self.allowed_updates = [str(a) for a in allowed]
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            ready = self._deliverable()
            if ready or loop.time() >= deadline:
                return ready[:limit]
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), deadline - loop.time())

    def _deliverable(self) -> list[JSON]:
        if self.allowed_updates and self.honour_allowed_updates:
            kept = []
            for update in self._updates:
                kinds = [k for k in update if k != "update_id"]
                if any(k in self.allowed_updates for k in kinds):
                    kept.append(update)
            self._updates = kept
        return list(self._updates)

    async def _m_set_webhook(self, params: JSON, files: JSON) -> bool:
        url = _str(params, "url")
        if url and not url.startswith("https://"):
            raise bad_request("bad webhook: HTTPS url must be provided for webhook")
        self.webhook_url = url
        return True

    async def _m_delete_webhook(self, params: JSON, files: JSON) -> bool:
        self.webhook_url = ""
        if _bool(params, "drop_pending_updates"):
            self._updates = []
        return True

    async def _m_get_webhook_info(self, params: JSON, files: JSON) -> JSON:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    async def _m_send_message(self, params: JSON, files: JSON) -> JSON:
        chat = self._chat(params)
        text = _str(params, "text")
        if not text:
            raise bad_request("message text is empty")
        plain, entities = format_text(text, params.get("parse_mode"), MESSAGE_LIMIT, "message text")
        msg = self._bot_message(chat, params)
        msg["text"] = plain
        if entities:
            msg["entities"] = entities
        _json(params, "link_preview_options")
        markup = _json(params, "reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            _check_keyboard(markup)
            msg["reply_markup"] = markup
        return msg

    async def _m_send_photo(self, params: JSON, files: JSON) -> JSON:
        chat = self._chat(params)
        photo = params.get("photo")
        content: bytes | None = None
        if isinstance(photo, str) and photo.startswith("attach://"):
            upload = files.get(photo.removeprefix("attach://"))
            content = upload[2] if upload else None
        elif "photo" in files:
            content = files["photo"][2]
        elif not photo:
            raise bad_request("there is no photo in the request")
        if content is not None and not content.startswith(_IMAGE_MAGIC):
            raise bad_request("IMAGE_PROCESS_FAILED")
        msg = self._bot_message(chat, params)
        size = len(content or b"")
        msg["photo"] = [
            {"file_id": f"photo-{msg['message_id']}-{w}", "file_unique_id": f"u{w}",
             "width": w, "height": w * 3 // 4, "file_size": size}
            for w in (90, 320, 800)
        ]  # fmt: skip
        _add_caption(msg, params)
        return msg

    async def _m_send_document(self, params: JSON, files: JSON) -> JSON:
        chat = self._chat(params)
        document = params.get("document")
        upload = None
        if isinstance(document, str) and document.startswith("attach://"):
            upload = files.get(document.removeprefix("attach://"))
        elif "document" in files:
            upload = files["document"]
        if upload is None:
            raise bad_request("there is no document in the request")
        if not upload[2]:
            raise bad_request("file must be non-empty")
        msg = self._bot_message(chat, params)
        msg["document"] = {
            "file_id": f"doc-{msg['message_id']}", "file_unique_id": f"d{msg['message_id']}",
            "file_name": upload[0], "mime_type": upload[1], "file_size": len(upload[2]),
        }  # fmt: skip
        _add_caption(msg, params)
        return msg

    async def _m_send_chat_action(self, params: JSON, files: JSON) -> bool:
        self._chat(params)
        if _str(params, "action") not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    async def _m_answer_callback_query(self, params: JSON, files: JSON) -> bool:
        query_id = _str(params, "callback_query_id")
        if query_id not in self._callback_queries or self._callback_queries[query_id]:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        if len(_str(params, "text")) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        self._callback_queries[query_id] = True
        return True

    async def _m_answer_inline_query(self, params: JSON, files: JSON) -> bool:
        query_id = _str(params, "inline_query_id")
        if self._inline_queries.get(query_id, True):
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        results = _json(params, "results")
        if not isinstance(results, list):
            raise bad_request("can't parse inline query results JSON object")
        if len(results) > 50:
            raise bad_request("RESULTS_TOO_MUCH")
        ids = set()
        for result in results:
            if not isinstance(result, dict) or result.get("type") not in _INLINE_TYPES:
                raise bad_request("RESULT_TYPE_INVALID")
            result_id = str(result.get("id", ""))
            if not 1 <= len(result_id.encode()) <= 64:
                raise bad_request("RESULT_ID_INVALID")
            if result_id in ids:
                raise bad_request("RESULT_ID_DUPLICATE")
            ids.add(result_id)
            if result["type"] == "article":
                if not result.get("title"):
                    raise bad_request("RESULT_TITLE_EMPTY")
                content = result.get("input_message_content")
                if not isinstance(content, dict) or "message_text" not in content:
                    raise bad_request("can't parse InputMessageContent")
                format_text(
                    str(content["message_text"]),
                    content.get("parse_mode"),
                    MESSAGE_LIMIT,
                    "message text",
                )
        button = _json(params, "button")
        if button is not None:
            start = button.get("start_parameter")
            if start is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", str(start)):
                raise bad_request("START_PARAM_INVALID")
            if not button.get("text"):
                raise bad_request("BUTTON_TEXT_INVALID")
        self._inline_queries[query_id] = True
        return True

    async def _m_set_my_commands(self, params: JSON, files: JSON) -> bool:
        commands = _json(params, "commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("can't parse commands JSON object")
        for command in commands:
            name = str(command.get("command", ""))
            description = str(command.get("description", ""))
            if not _COMMAND_NAME.match(name):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._scope_key(params)
        self.commands[key] = commands
        return True

    async def _m_get_my_commands(self, params: JSON, files: JSON) -> list[JSON]:
        return self.commands.get(self._scope_key(params), [])

    async def _m_delete_my_commands(self, params: JSON, files: JSON) -> bool:
        self.commands.pop(self._scope_key(params), None)
        return True

    # -- helpers ------------------------------------------------------------------------------
    def _scope_key(self, params: JSON) -> tuple[str, str]:
        scope = _json(params, "scope") or {"type": "default"}
        kind = scope.get("type", "default")
        if kind in {"chat", "chat_administrators", "chat_member"}:
            chat_id = _chat_id(scope.get("chat_id"))
            if chat_id not in self.chats:
                raise bad_request("chat not found")
            kind = f"{kind}:{chat_id}" + (f":{scope['user_id']}" if "user_id" in scope else "")
        return kind, _str(params, "language_code")

    def _chat(self, params: JSON) -> JSON:
        raw = params.get("chat_id")
        if raw in (None, ""):
            raise bad_request("chat_id is empty")
        chat_id = _chat_id(raw)
        chat = self.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def _bot_message(self, chat: JSON, params: JSON) -> JSON:
        msg: JSON = {
            "message_id": 0,
            "from": {k: self.bot[k] for k in ("id", "is_bot", "first_name", "username")},
            "chat": chat,
            "date": int(time.time()),
        }
        reply = _json(params, "reply_parameters")
        if reply is None and params.get("reply_to_message_id") not in (None, ""):
            reply = {
                "message_id": _int(params, "reply_to_message_id", 0),
                "allow_sending_without_reply": _bool(params, "allow_sending_without_reply"),
            }
        if reply is not None:
            target_chat = _chat_id(reply.get("chat_id", chat["id"]))
            replied = self.messages.get((target_chat, int(reply.get("message_id", 0))))
            if replied is None and not reply.get("allow_sending_without_reply"):
                raise bad_request("message to be replied not found")
            if replied is not None:
                msg["reply_to_message"] = {
                    k: v for k, v in replied.items() if k != "reply_to_message"
                }
        msg["message_id"] = self._message_id(chat["id"])
        self.messages[(chat["id"], msg["message_id"])] = msg
        return msg


def _error(exc: ApiError) -> JSON:
    payload: JSON = {"ok": False, "error_code": exc.code, "description": exc.description}
    if exc.parameters:
        payload["parameters"] = exc.parameters
    return payload


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = b""
    while True:
        size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
        if size == 0:
            await reader.readline()
            return body
        body += await reader.readexactly(size)
        await reader.readline()


def _decode(
    query: str, content_type: str, body: bytes
) -> tuple[dict[str, Any], dict[str, tuple[str, str, bytes]]]:
    """Parameters from the query string and the body, and uploaded files, like the Bot API."""
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    files: dict[str, tuple[str, str, bytes]] = {}
    kind = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return params, files
    if kind == "application/json":
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("JSON body must be an object")
        params.update(data)
    elif kind == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif kind == "multipart/form-data":
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        if not message.is_multipart():
            raise ValueError("broken multipart body")
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                files[name] = (filename, part.get_content_type(), bytes(payload))
            else:
                params[name] = bytes(payload).decode("utf-8")
    else:
        raise ValueError(f"unsupported content type {kind!r}")
    return params, files


def _check_keyboard(markup: JSON) -> None:
    """Telegram's limits on inline buttons: text present, callback data 1-64 bytes."""
    for row in markup.get("inline_keyboard") or []:
        for key in row:
            if not key.get("text"):
                raise bad_request("text buttons are unallowed in the inline keyboard")
            data = key.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise bad_request("BUTTON_DATA_INVALID")


def _json(params: JSON, name: str) -> Any:
    value = params.get(name)
    if isinstance(value, str):
        if not value:
            return None
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            raise bad_request(f"can't parse {name} JSON object") from None
    return value


def _str(params: JSON, name: str) -> str:
    value = params.get(name)
    return "" if value is None else str(value)


def _add_caption(msg: JSON, params: JSON) -> None:
    """Put a sent file's caption, checked and formatted like Telegram's, on its message."""
    caption = _str(params, "caption")
    if caption:
        plain, entities = format_text(
            caption, params.get("parse_mode"), CAPTION_LIMIT, "message caption"
        )
        msg["caption"] = plain
        if entities:
            msg["caption_entities"] = entities


def _int(params: JSON, name: str, default: int) -> int:
    value = params.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f'field "{name}" must be of type Integer') from None


def _float(params: JSON, name: str, default: float) -> float:
    value = params.get(name)
    if value in (None, ""):
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        raise bad_request(f'field "{name}" must be a Number') from None


def _bool(params: JSON, name: str) -> bool:
    value = params.get(name)
    if isinstance(value, str):
        return value.lower() in {"true", "1"}
    return bool(value)


def _chat_id(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request("chat not found") from None
