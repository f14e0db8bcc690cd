"""End to end in Telegram (issue 15): a Ukrainian private chat, a Russian group question,
/lang, and the user's Telegram language for a question with no letters."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application

from tests.harness import ask_and_wait
from tests.support.botapi import BotAPIServer


async def test_ukrainian_private_chat_is_answered_in_ukrainian(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    [reply] = await ask_and_wait(
        api, chat, user, "Скільки російських солдатів втрати 3 грудня 2024?"
    )
    assert reply.plain.startswith("Я прочитав запитання так: втрати росії, особовий склад")
    assert "незалежно її не підтверджено" in reply.plain


async def test_russian_group_question_is_answered_in_russian(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    group = api.group()
    [reply] = await ask_and_wait(api, group, user, "/ask Потери России 3 декабря 2024")
    assert reply.plain.startswith("Я прочитал вопрос так: потери России")


async def test_unread_language_is_refused_naming_the_languages(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    [reply] = await ask_and_wait(api, chat, user, "Wie viele Panzer hat Russland verloren?")
    assert "I read questions in English, Ukrainian and Russian only." in reply.plain


async def test_lang_sets_the_chats_answer_language(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    [bad] = await ask_and_wait(api, chat, user, "/lang fr")
    assert bad.plain.startswith("Usage: /lang en")
    [chosen] = await ask_and_wait(api, chat, user, "/lang uk")
    assert chosen.plain == "Відповіді в цьому чаті будуть українською."
    [reply] = await ask_and_wait(api, chat, user, "Russian losses on December 3, 2024")
    assert reply.plain.startswith("Я прочитав запитання так: втрати росії")
    await ask_and_wait(api, chat, user, "/lang auto")
    [english] = await ask_and_wait(api, chat, user, "Russian losses on December 3, 2024")
    assert not english.plain.startswith("Я")


async def test_telegram_language_answers_a_question_without_letters(
    api: BotAPIServer, bot: Application
) -> None:
    user = {**api.user("Olena"), "language_code": "uk"}
    chat = api.private_chat(user)
    [reply] = await ask_and_wait(api, chat, user, "3.12.2024?")
    assert reply.plain.startswith("Я ")
