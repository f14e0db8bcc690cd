"""End to end in Telegram (issue 15): a Ukrainian private chat, a Russian group question,
/lang (kept across a restart of the real Application), and the user's Telegram language for a
question with no letters. A Ukrainian or Russian answer is Ukrainian or Russian throughout:
no English word outside names, web addresses and quotations, buttons included."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from telegram.ext import Application

from tests.harness import ask_and_wait, make_settings, start_bot, stop_bot, to
from tests.support.botapi import BotAPIServer, Call, parse_html
from tests.test_wording_tables import english_words


def _buttons(call: Call) -> list[dict[str, Any]]:
    markup = call.json("reply_markup") or {}
    return [key for row in markup.get("inline_keyboard", []) for key in row]


def _names(call: Call) -> set[str]:
    """The outlets the reply links to (their names stay as published)."""
    return {e["url"] for e in call.params.get("entities") or [] if e.get("url")} | {
        "Newsweek",
        "Reuters",
        "LADbible",
        "GB News",
        "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
    }


def _whole_reply_in_language(calls: list[Call], question: str = "") -> None:
    for call in calls:
        shown = call.plain.replace(f"❓ {question}", "") if question else call.plain
        assert not english_words(shown, _names(call)), call.plain
        for key in _buttons(call):
            assert not english_words(key["text"]), key["text"]


async def test_ukrainian_private_chat_is_answered_in_ukrainian(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    calls = await ask_and_wait(
        api, chat, user, "Скільки російських солдатів втратила росія 3 грудня 2024?"
    )
    reply = calls[0]
    assert reply.plain.startswith("Я прочитав запитання так: втрати росії, особовий склад")
    assert "1\xa0" in reply.plain or "за 3 грудня 2024" in reply.plain  # locale numbers/dates
    assert "Це заяви, а не перевірені факти" in reply.plain
    assert {k["text"] for k in _buttons(reply)} >= {"Хибна відповідь?"}
    _whole_reply_in_language(calls)


async def test_ukrainian_refusal_offers_ukrainian_questions_that_are_read_back(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    calls = await ask_and_wait(api, chat, user, "Скільки танків втратила росія у 2019 році?")
    _whole_reply_in_language(calls)
    suggestions = [k for k in _buttons(calls[-1]) if k["text"] != "Хибна відповідь?"]
    assert suggestions, calls[-1].plain
    before = len(api.sent(chat))
    api.push_callback_query(user, calls[-1].result, suggestions[0]["callback_data"])
    tapped = (await api.wait_for("sendMessage", where=to(chat), count=before + 1))[before:]
    assert tapped[0].plain.startswith("Я прочитав запитання так: втрати росії, танки"), tapped[
        0
    ].plain
    _whole_reply_in_language(tapped)


async def test_russian_group_question_is_answered_in_russian(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    group = api.group()
    calls = await ask_and_wait(api, group, user, "/ask Потери России 3 декабря 2024")
    assert calls[0].plain.startswith("Я прочитал вопрос так: потери России")
    assert "Это заявления, а не проверенные факты" in calls[0].plain
    _whole_reply_in_language(calls)


async def test_russian_follow_up_is_read_and_answered_in_russian(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    await ask_and_wait(api, chat, user, "Сколько танков потеряла Россия в ноябре 2024?")
    [follow] = await ask_and_wait(api, chat, user, "а в декабре 2024?")
    assert "Я прочитал" in follow.plain or follow.plain.startswith("Я "), follow.plain
    _whole_reply_in_language([follow])


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
    [usage] = await ask_and_wait(api, chat, user, "/lang xx")
    assert usage.plain.startswith("Як вибрати мову відповідей: /lang en")
    asked = "Russian losses on December 3, 2024"
    calls = await ask_and_wait(api, chat, user, asked)
    assert calls[0].plain.startswith("Я прочитав запитання так: втрати росії")
    _whole_reply_in_language(calls, asked)
    await ask_and_wait(api, chat, user, "/lang auto")
    [english] = await ask_and_wait(api, chat, user, "Russian losses on December 3, 2024")
    assert not english.plain.startswith("Я")


async def test_lang_choice_survives_a_restart(
    api: BotAPIServer, kb: tuple[Path, Path], admin: dict[str, Any], user: dict[str, Any]
) -> None:
    settings = make_settings(api, kb, {admin["id"]})
    bohdan = api.user("Bohdan")
    chat, other = api.private_chat(user), api.private_chat(bohdan)
    first = await start_bot(settings)
    try:
        await ask_and_wait(api, chat, user, "/lang ru")
    finally:
        await stop_bot(first)
    second = await start_bot(settings)  # a new Application: nothing kept in memory
    try:
        [reply] = await ask_and_wait(api, chat, user, "Russian tank losses in November 2024")
        assert "Я прочитал вопрос так: потери России, танки" in reply.plain, reply.plain
        [plain] = await ask_and_wait(api, other, bohdan, "Russian tank losses in November 2024")
        assert "Я " not in plain.plain  # another chat's choice is its own
        await ask_and_wait(api, chat, user, "/lang auto")
    finally:
        await stop_bot(second)
    third = await start_bot(settings)
    try:
        [back] = await ask_and_wait(api, chat, user, "Russian tank losses in November 2024")
        assert "Я " not in back.plain, back.plain
    finally:
        await stop_bot(third)


async def test_telegram_language_answers_a_question_without_letters(
    api: BotAPIServer, bot: Application
) -> None:
    user = {**api.user("Olena"), "language_code": "uk"}
    chat = api.private_chat(user)
    [reply] = await ask_and_wait(api, chat, user, "3.12.2024?")
    assert reply.plain.startswith("Я ")


async def test_about_is_in_the_chats_language(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    await ask_and_wait(api, chat, user, "/lang ru")
    calls = await ask_and_wait(api, chat, user, "/about")
    assert calls[0].plain.startswith("Об этих цифрах")
    assert "независимо не подтверждена" in calls[0].plain
    _whole_reply_in_language(calls)
    olena = {**api.user("Olena"), "language_code": "uk"}
    [about] = await ask_and_wait(api, api.private_chat(olena), olena, "/about")
    assert about.plain.startswith("Про ці цифри")


async def test_help_is_in_the_users_language(api: BotAPIServer, bot: Application) -> None:
    olena = {**api.user("Olena"), "language_code": "uk"}
    calls = await ask_and_wait(api, api.private_chat(olena), olena, "/help")
    shown = "\n".join(c.plain for c in calls)
    assert shown.startswith("Я відповідаю на запитання про військові втрати")
    assert "Спробуйте запитати:" in shown and "танки" in shown
    _whole_reply_in_language(calls)


async def test_inline_answer_is_in_the_questions_language(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    question = "Скільки російських солдатів втратила росія 3 грудня 2024?"
    api.push_inline_query(user, question)
    [call] = await api.wait_for("answerInlineQuery")
    results = call.json("results")
    assert results[0]["title"].startswith("Я прочитав запитання так")
    assert call.json("button")["text"] == "Як мене запитувати"
    for result in results:
        html = result["input_message_content"]["message_text"]
        # a claim card quotes the source's own sentence: it stays in the source's language
        plain, _ = parse_html(re.sub(r"<blockquote>.*?</blockquote>", "", html, flags=re.S))
        shown = plain.replace(question, "")
        assert not english_words(shown, _names(call)), plain
        assert not english_words(result["title"], _names(call)), result["title"]
